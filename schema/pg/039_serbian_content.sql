-- 039_serbian_content.sql: Serbian twins of the last kinds of content a
-- Serbian reader met in English (the PostgreSQL twin of
-- schema/sqlite/039_serbian_content.sql): an observation's note; a
-- project's description and note, a project party's, a funding's, an
-- activity's (and its title) and a link's note; a step fulfilment's, a
-- readiness criterion's and an area cross-walk's note; a participant's
-- role, a meeting's level and whose statistics an indicator holds.
-- Published kinds get the columns in their pub_ tables too.  Nullable
-- without a default: nothing of a large observation table is rewritten.
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
