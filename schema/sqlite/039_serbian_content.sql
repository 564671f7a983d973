-- 039_serbian_content.sql: Serbian twins of the last kinds of content a
-- Serbian reader met in English (as 037_serbian_remarks.sql did for
-- sources and a goal's life): an observation's note; a project's
-- description and note, a party's note on its part in a project, a
-- funding's note, an activity's title and note, a link's note; a step's
-- fulfilment, a readiness criterion and an area cross-walk's note; a
-- participant's role at a meeting (free text: "head of delegation"), a
-- meeting's level ("foreign ministers") and whose statistics an
-- indicator holds (prose: "US Census Bureau (Census basis)").  The
-- English statistics_of stays what imports are checked against.
--
-- Entered in Latin or Cyrillic, the other script derived when shown.  The
-- fields join the content hash only when set (FF_HASH0), so approvals
-- signed before this migration still verify.  Published kinds get the
-- columns in their pub_ tables too.  Every column is nullable without a
-- default: adding it to a table of a million observations rewrites
-- nothing, and an import without the column binds one NULL more a row.
ALTER TABLE observation ADD COLUMN note_sr TEXT;
ALTER TABLE pub_observation ADD COLUMN note_sr TEXT;
ALTER TABLE project ADD COLUMN description_sr TEXT;
ALTER TABLE pub_project ADD COLUMN description_sr TEXT;
ALTER TABLE project ADD COLUMN note_sr TEXT;
ALTER TABLE pub_project ADD COLUMN note_sr TEXT;
ALTER TABLE project_party ADD COLUMN note_sr TEXT;
ALTER TABLE pub_project_party ADD COLUMN note_sr TEXT;
ALTER TABLE project_funding ADD COLUMN note_sr TEXT;
ALTER TABLE pub_project_funding ADD COLUMN note_sr TEXT;
ALTER TABLE activity ADD COLUMN title_sr TEXT;
ALTER TABLE pub_activity ADD COLUMN title_sr TEXT;
ALTER TABLE activity ADD COLUMN note_sr TEXT;
ALTER TABLE pub_activity ADD COLUMN note_sr TEXT;
ALTER TABLE project_link ADD COLUMN note_sr TEXT;
ALTER TABLE pub_project_link ADD COLUMN note_sr TEXT;
ALTER TABLE step_fulfilment ADD COLUMN note_sr TEXT;
ALTER TABLE pub_step_fulfilment ADD COLUMN note_sr TEXT;
ALTER TABLE readiness_criterion ADD COLUMN note_sr TEXT;
ALTER TABLE pub_readiness_criterion ADD COLUMN note_sr TEXT;
ALTER TABLE area_crosswalk ADD COLUMN note_sr TEXT;
ALTER TABLE pub_area_crosswalk ADD COLUMN note_sr TEXT;
ALTER TABLE participant ADD COLUMN role_sr TEXT;
ALTER TABLE meeting ADD COLUMN level_sr TEXT;
ALTER TABLE pub_meeting ADD COLUMN level_sr TEXT;
ALTER TABLE indicator ADD COLUMN statistics_of_sr TEXT;
ALTER TABLE pub_indicator ADD COLUMN statistics_of_sr TEXT;
