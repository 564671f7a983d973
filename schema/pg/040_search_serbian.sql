-- 040_search_serbian.sql: search finds an item by its Serbian text (the
-- PostgreSQL twin of schema/sqlite/040_search_serbian.sql).
--
-- accord_search_row() (024_projects.sql, 025_reports.sql) gave the index
-- row of each kind from its English text (and a few Serbian names); the
-- Serbian twins added since (023, 033, 036, 037, 039) were left out.  It
-- is made again with the twins beside the English text: a title twin in
-- the title (English first, a line between), every other twin in the
-- body after its English field.  Goals, meetings and documents join it
-- (their ids stay id*4+1..3; accord_search_sync() of 020_baseline.sql
-- goes), and so do a meeting's level, activities (k 21) and the notes of
-- a project's parties (with the agency, 22), fundings (23), links (24),
-- a step's fulfilments (25), readiness criteria (26) and area cross-walks
-- (27), a row only while one of them is set.  Each trigger's UPDATE OF
-- list names the new columns, so an edit of a twin keeps the index in
-- step.  Serbian is indexed as entered; store_search() looks for each
-- word in both scripts (src/store/search.c).
--
-- Triggers are dropped before they are made and both indexes are filled
-- again at the end, so that this migration may run again on a database
-- whose version was set back (tests/db.sh).

CREATE OR REPLACE FUNCTION accord_search_row(zTab TEXT, r JSONB,
  OUT iKey BIGINT, OUT zEntity TEXT, OUT zTitle TEXT, OUT zBody TEXT)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  k BIGINT;
BEGIN
  CASE zTab
  WHEN 'project' THEN
    zTitle := coalesce(r->>'title', '')
      || chr(10) || coalesce(r->>'title_sr', '');
    zBody := coalesce(r->>'description', '')
      || chr(10) || coalesce(r->>'description_sr', '')
      || chr(10) || coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'project';
    iKey := (r->>'id')::BIGINT*4;
    RETURN;
  WHEN 'goal' THEN
    zTitle := coalesce(r->>'title', '')
      || chr(10) || coalesce(r->>'title_sr', '');
    zBody := coalesce(r->>'means', '')
      || chr(10) || coalesce(r->>'means_sr', '')
      || chr(10) || coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'goal';
    iKey := (r->>'id')::BIGINT*4+1;
    RETURN;
  WHEN 'meeting' THEN
    zTitle := coalesce(r->>'title', '')
      || chr(10) || coalesce(r->>'title_sr', '');
    zBody := coalesce(r->>'level', '')
      || chr(10) || coalesce(r->>'level_sr', '')
      || chr(10) || coalesce(r->>'agenda', '')
      || chr(10) || coalesce(r->>'agenda_sr', '')
      || chr(10) || coalesce(r->>'minutes', '')
      || chr(10) || coalesce(r->>'minutes_sr', '');
    zEntity := 'meeting';
    iKey := (r->>'id')::BIGINT*4+2;
    RETURN;
  WHEN 'document' THEN
    zTitle := coalesce(r->>'title', '')
      || chr(10) || coalesce(r->>'title_sr', '');
    zBody := coalesce(r->>'body', '')
      || chr(10) || coalesce(r->>'body_sr', '');
    zEntity := 'document';
    iKey := (r->>'id')::BIGINT*4+3;
    RETURN;
  WHEN 'source' THEN
    zTitle := coalesce(r->>'title', '');
    zBody := coalesce(r->>'publisher', '')
      || chr(10) || coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'source';
    k := 4;
  WHEN 'dialogue' THEN
    zTitle := coalesce(r->>'title', '')
      || chr(10) || coalesce(r->>'title_sr', '');
    zBody := coalesce(r->>'focus', '')
      || chr(10) || coalesce(r->>'focus_sr', '')
      || chr(10) || coalesce(r->>'long_term_goal', '')
      || chr(10) || coalesce(r->>'long_term_goal_sr', '')
      || chr(10) || coalesce(r->>'launch_note', '')
      || chr(10) || coalesce(r->>'launch_note_sr', '');
    zEntity := 'dialogue';
    k := 5;
  WHEN 'party' THEN
    zTitle := coalesce(r->>'name', '')
      || chr(10) || coalesce(r->>'name_sr', '');
    zBody := '';
    zEntity := 'party';
    k := 6;
  WHEN 'person' THEN
    zTitle := coalesce(r->>'name', '')
      || chr(10) || coalesce(r->>'name_sr', '');
    zBody := coalesce(r->>'position', '')
      || chr(10) || coalesce(r->>'position_sr', '');
    zEntity := 'person';
    k := 7;
  WHEN 'area' THEN
    zTitle := coalesce(r->>'name', '')
      || chr(10) || coalesce(r->>'name_sr', '');
    zBody := coalesce(r->>'description', '')
      || chr(10) || coalesce(r->>'description_sr', '');
    zEntity := 'area';
    k := 8;
  WHEN 'working_group' THEN
    zTitle := coalesce(r->>'name', '')
      || chr(10) || coalesce(r->>'name_sr', '');
    zBody := coalesce(r->>'mandate', '')
      || chr(10) || coalesce(r->>'mandate_sr', '');
    zEntity := 'wg';
    k := 9;
  WHEN 'wg_log' THEN
    zTitle := coalesce(r->>'summary', '')
      || chr(10) || coalesce(r->>'summary_sr', '');
    zBody := '';
    zEntity := 'contact';
    k := 10;
  WHEN 'benefit' THEN
    zTitle := coalesce(r->>'text', '')
      || chr(10) || coalesce(r->>'text_sr', '');
    zBody := '';
    zEntity := 'benefit';
    k := 11;
  WHEN 'indicator' THEN
    zTitle := coalesce(r->>'name', '')
      || chr(10) || coalesce(r->>'name_sr', '');
    zBody := coalesce(r->>'statistics_of', '')
      || chr(10) || coalesce(r->>'statistics_of_sr', '')
      || chr(10) || coalesce(r->>'description', '')
      || chr(10) || coalesce(r->>'description_sr', '');
    zEntity := 'indicator';
    k := 12;
  WHEN 'observation' THEN
    zTitle := CASE WHEN r->>'note' IS NOT NULL
      OR r->>'note_sr' IS NOT NULL
      THEN coalesce(r->>'period', '') END;
    zBody := coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'observation';
    k := 13;
  WHEN 'roadmap_step' THEN
    zTitle := coalesce(r->>'title', '')
      || chr(10) || coalesce(r->>'title_sr', '');
    zBody := coalesce(r->>'planned_label', '')
      || chr(10) || coalesce(r->>'planned_label_sr', '')
      || chr(10) || coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'step';
    k := 14;
  WHEN 'participant' THEN
    zTitle := coalesce(r->>'role', '')
      || chr(10) || coalesce(r->>'role_sr', '');
    zBody := '';
    zEntity := 'participant';
    k := 15;
  WHEN 'decision' THEN
    zTitle := coalesce(r->>'text', '')
      || chr(10) || coalesce(r->>'text_sr', '');
    zBody := coalesce(r->>'action', '')
      || chr(10) || coalesce(r->>'action_sr', '');
    zEntity := 'decision';
    k := 16;
  WHEN 'risk' THEN
    zTitle := coalesce(r->>'description', '')
      || chr(10) || coalesce(r->>'description_sr', '');
    zBody := coalesce(r->>'mitigation', '')
      || chr(10) || coalesce(r->>'mitigation_sr', '');
    zEntity := 'risk';
    k := 17;
  WHEN 'release' THEN
    zTitle := coalesce(r->>'title', '')
      || chr(10) || coalesce(r->>'title_sr', '');
    zBody := '';
    zEntity := 'release';
    k := 18;
  WHEN 'event' THEN
    zTitle := coalesce(r->>'title', '')
      || chr(10) || coalesce(r->>'title_sr', '');
    zBody := coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'event';
    k := 19;
  WHEN 'narrative' THEN
    zTitle := r->>'period';
    zBody := (r->>'text') || chr(10) || coalesce(r->>'text_sr', '');
    zEntity := 'narrative';
    k := 20;
  WHEN 'activity' THEN
    zTitle := coalesce(r->>'title', '')
      || chr(10) || coalesce(r->>'title_sr', '');
    zBody := coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'activity';
    k := 21;
  WHEN 'project_party' THEN
    zTitle := CASE WHEN r->>'agency' IS NOT NULL
      OR r->>'note' IS NOT NULL
      OR r->>'note_sr' IS NOT NULL
      THEN coalesce(r->>'agency', '') END;
    zBody := coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'project-party';
    k := 22;
  WHEN 'project_funding' THEN
    zTitle := CASE WHEN r->>'note' IS NOT NULL
      OR r->>'note_sr' IS NOT NULL
      THEN '' END;
    zBody := coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'funding';
    k := 23;
  WHEN 'project_link' THEN
    zTitle := CASE WHEN r->>'note' IS NOT NULL
      OR r->>'note_sr' IS NOT NULL
      THEN '' END;
    zBody := coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'project-link';
    k := 24;
  WHEN 'step_fulfilment' THEN
    zTitle := CASE WHEN r->>'note' IS NOT NULL
      OR r->>'note_sr' IS NOT NULL
      THEN '' END;
    zBody := coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'fulfilment';
    k := 25;
  WHEN 'readiness_criterion' THEN
    zTitle := CASE WHEN r->>'note' IS NOT NULL
      OR r->>'note_sr' IS NOT NULL
      THEN '' END;
    zBody := coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'readiness';
    k := 26;
  WHEN 'area_crosswalk' THEN
    zTitle := CASE WHEN r->>'note' IS NOT NULL
      OR r->>'note_sr' IS NOT NULL
      THEN '' END;
    zBody := coalesce(r->>'note', '')
      || chr(10) || coalesce(r->>'note_sr', '');
    zEntity := 'crosswalk';
    k := 27;
  ELSE
    RETURN;
  END CASE;
  iKey := 1099511627776+(r->>'id')::BIGINT*32+k;
END $$;

DROP TRIGGER IF EXISTS search_project ON project;
CREATE TRIGGER search_project
  AFTER INSERT OR DELETE OR UPDATE OF
  description, description_sr, note, note_sr, title, title_sr
  ON project
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_project
  ON pub_project;
CREATE TRIGGER search_pub_project
  AFTER INSERT OR DELETE ON pub_project
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_goal ON goal;
CREATE TRIGGER search_goal
  AFTER INSERT OR DELETE OR UPDATE OF
  means, means_sr, note, note_sr, title, title_sr
  ON goal
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_goal
  ON pub_goal;
CREATE TRIGGER search_pub_goal
  AFTER INSERT OR DELETE ON pub_goal
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_meeting ON meeting;
CREATE TRIGGER search_meeting
  AFTER INSERT OR DELETE OR UPDATE OF
  agenda, agenda_sr, level, level_sr, minutes, minutes_sr, title, title_sr
  ON meeting
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_meeting
  ON pub_meeting;
CREATE TRIGGER search_pub_meeting
  AFTER INSERT OR DELETE ON pub_meeting
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_document ON document;
CREATE TRIGGER search_document
  AFTER INSERT OR DELETE OR UPDATE OF
  body, body_sr, title, title_sr
  ON document
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_document
  ON pub_document;
CREATE TRIGGER search_pub_document
  AFTER INSERT OR DELETE ON pub_document
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_source ON source;
CREATE TRIGGER search_source
  AFTER INSERT OR DELETE OR UPDATE OF
  note, note_sr, publisher, title
  ON source
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_source
  ON pub_source;
CREATE TRIGGER search_pub_source
  AFTER INSERT OR DELETE ON pub_source
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_dialogue ON dialogue;
CREATE TRIGGER search_dialogue
  AFTER INSERT OR DELETE OR UPDATE OF
  focus, focus_sr, launch_note, launch_note_sr, long_term_goal,
  long_term_goal_sr, title, title_sr
  ON dialogue
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_dialogue
  ON pub_dialogue;
CREATE TRIGGER search_pub_dialogue
  AFTER INSERT OR DELETE ON pub_dialogue
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_party ON party;
CREATE TRIGGER search_party
  AFTER INSERT OR DELETE OR UPDATE OF
  name, name_sr
  ON party
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_party
  ON pub_party;
CREATE TRIGGER search_pub_party
  AFTER INSERT OR DELETE ON pub_party
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_person ON person;
CREATE TRIGGER search_person
  AFTER INSERT OR DELETE OR UPDATE OF
  name, name_sr, position, position_sr
  ON person
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_area ON area;
CREATE TRIGGER search_area
  AFTER INSERT OR DELETE OR UPDATE OF
  description, description_sr, name, name_sr
  ON area
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_area
  ON pub_area;
CREATE TRIGGER search_pub_area
  AFTER INSERT OR DELETE ON pub_area
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_working_group ON working_group;
CREATE TRIGGER search_working_group
  AFTER INSERT OR DELETE OR UPDATE OF
  mandate, mandate_sr, name, name_sr
  ON working_group
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_working_group
  ON pub_working_group;
CREATE TRIGGER search_pub_working_group
  AFTER INSERT OR DELETE ON pub_working_group
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_wg_log ON wg_log;
CREATE TRIGGER search_wg_log
  AFTER INSERT OR DELETE OR UPDATE OF
  summary, summary_sr
  ON wg_log
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_benefit ON benefit;
CREATE TRIGGER search_benefit
  AFTER INSERT OR DELETE OR UPDATE OF
  text, text_sr
  ON benefit
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_benefit
  ON pub_benefit;
CREATE TRIGGER search_pub_benefit
  AFTER INSERT OR DELETE ON pub_benefit
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_indicator ON indicator;
CREATE TRIGGER search_indicator
  AFTER INSERT OR DELETE OR UPDATE OF
  description, description_sr, name, name_sr, statistics_of,
  statistics_of_sr
  ON indicator
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_indicator
  ON pub_indicator;
CREATE TRIGGER search_pub_indicator
  AFTER INSERT OR DELETE ON pub_indicator
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_observation ON observation;
CREATE TRIGGER search_observation
  AFTER INSERT OR DELETE OR UPDATE OF
  note, note_sr, period
  ON observation
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_observation
  ON pub_observation;
CREATE TRIGGER search_pub_observation
  AFTER INSERT OR DELETE ON pub_observation
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_roadmap_step ON roadmap_step;
CREATE TRIGGER search_roadmap_step
  AFTER INSERT OR DELETE OR UPDATE OF
  note, note_sr, planned_label, planned_label_sr, title, title_sr
  ON roadmap_step
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_roadmap_step
  ON pub_roadmap_step;
CREATE TRIGGER search_pub_roadmap_step
  AFTER INSERT OR DELETE ON pub_roadmap_step
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_participant ON participant;
CREATE TRIGGER search_participant
  AFTER INSERT OR DELETE OR UPDATE OF
  role, role_sr
  ON participant
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_decision ON decision;
CREATE TRIGGER search_decision
  AFTER INSERT OR DELETE OR UPDATE OF
  action, action_sr, text, text_sr
  ON decision
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_decision
  ON pub_decision;
CREATE TRIGGER search_pub_decision
  AFTER INSERT OR DELETE ON pub_decision
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_risk ON risk;
CREATE TRIGGER search_risk
  AFTER INSERT OR DELETE OR UPDATE OF
  description, description_sr, mitigation, mitigation_sr
  ON risk
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_risk
  ON pub_risk;
CREATE TRIGGER search_pub_risk
  AFTER INSERT OR DELETE ON pub_risk
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_release ON release;
CREATE TRIGGER search_release
  AFTER INSERT OR DELETE OR UPDATE OF
  title, title_sr
  ON release
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_release
  ON pub_release;
CREATE TRIGGER search_pub_release
  AFTER INSERT OR DELETE ON pub_release
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_event ON event;
CREATE TRIGGER search_event
  AFTER INSERT OR DELETE OR UPDATE OF
  note, note_sr, title, title_sr
  ON event
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_event
  ON pub_event;
CREATE TRIGGER search_pub_event
  AFTER INSERT OR DELETE ON pub_event
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_activity ON activity;
CREATE TRIGGER search_activity
  AFTER INSERT OR DELETE OR UPDATE OF
  note, note_sr, title, title_sr
  ON activity
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_activity
  ON pub_activity;
CREATE TRIGGER search_pub_activity
  AFTER INSERT OR DELETE ON pub_activity
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_project_party ON project_party;
CREATE TRIGGER search_project_party
  AFTER INSERT OR DELETE OR UPDATE OF
  agency, note, note_sr
  ON project_party
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_project_party
  ON pub_project_party;
CREATE TRIGGER search_pub_project_party
  AFTER INSERT OR DELETE ON pub_project_party
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_project_funding ON project_funding;
CREATE TRIGGER search_project_funding
  AFTER INSERT OR DELETE OR UPDATE OF
  note, note_sr
  ON project_funding
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_project_funding
  ON pub_project_funding;
CREATE TRIGGER search_pub_project_funding
  AFTER INSERT OR DELETE ON pub_project_funding
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_project_link ON project_link;
CREATE TRIGGER search_project_link
  AFTER INSERT OR DELETE OR UPDATE OF
  note, note_sr
  ON project_link
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_project_link
  ON pub_project_link;
CREATE TRIGGER search_pub_project_link
  AFTER INSERT OR DELETE ON pub_project_link
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_step_fulfilment ON step_fulfilment;
CREATE TRIGGER search_step_fulfilment
  AFTER INSERT OR DELETE OR UPDATE OF
  note, note_sr
  ON step_fulfilment
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_step_fulfilment
  ON pub_step_fulfilment;
CREATE TRIGGER search_pub_step_fulfilment
  AFTER INSERT OR DELETE ON pub_step_fulfilment
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_readiness_criterion ON readiness_criterion;
CREATE TRIGGER search_readiness_criterion
  AFTER INSERT OR DELETE OR UPDATE OF
  note, note_sr
  ON readiness_criterion
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_readiness_criterion
  ON pub_readiness_criterion;
CREATE TRIGGER search_pub_readiness_criterion
  AFTER INSERT OR DELETE ON pub_readiness_criterion
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP TRIGGER IF EXISTS search_area_crosswalk ON area_crosswalk;
CREATE TRIGGER search_area_crosswalk
  AFTER INSERT OR DELETE OR UPDATE OF
  note, note_sr
  ON area_crosswalk
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
DROP TRIGGER IF EXISTS search_pub_area_crosswalk
  ON pub_area_crosswalk;
CREATE TRIGGER search_pub_area_crosswalk
  AFTER INSERT OR DELETE ON pub_area_crosswalk
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
DROP FUNCTION IF EXISTS accord_search_sync();

-- Every item again, with its Serbian text.
DELETE FROM search_doc;
DELETE FROM search_pub_doc;
DO $$
DECLARE
  zTab TEXT;
BEGIN
  FOREACH zTab IN ARRAY ARRAY[
    'project', 'goal', 'meeting', 'document', 'source', 'dialogue',
    'party', 'person', 'area', 'working_group', 'wg_log', 'benefit',
    'indicator', 'observation', 'roadmap_step', 'participant',
    'decision', 'risk', 'release', 'event', 'narrative', 'activity',
    'project_party', 'project_funding', 'project_link',
    'step_fulfilment', 'readiness_criterion', 'area_crosswalk'] LOOP
    EXECUTE format('INSERT INTO search_doc(id, entity, item_id, title, body,'
      ' tsv) SELECT s.iKey, s.zEntity, t.id, s.zTitle, coalesce(s.zBody, %L),'
      ' accord_search_tsv(s.zTitle, coalesce(s.zBody, %L)) FROM %I t,'
      ' accord_search_row(%L, to_jsonb(t)) s WHERE s.zTitle IS NOT NULL',
      '', '', zTab, zTab);
    IF to_regclass('pub_' || zTab) IS NOT NULL THEN
      EXECUTE format('INSERT INTO search_pub_doc(id, entity, item_id, title,'
        ' body, tsv) SELECT s.iKey, s.zEntity, t.id, s.zTitle,'
        ' coalesce(s.zBody, %L), accord_search_tsv(s.zTitle,'
        ' coalesce(s.zBody, %L)) FROM %I t, accord_search_row(%L,'
        ' to_jsonb(t)) s WHERE s.zTitle IS NOT NULL',
        '', '', 'pub_' || zTab, zTab);
    END IF;
  END LOOP;
END $$;
