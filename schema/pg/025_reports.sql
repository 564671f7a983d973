-- 025_reports.sql: the public report carries the benefits and the
-- narratives both parties approved (the PostgreSQL twin of
-- schema/sqlite/025_reports.sql, in the form of 020_baseline.sql).
--
-- Benefits, the links of goals to the benefits they serve, and the
-- secretariat's narratives become published kinds: each is public once
-- every party of its dialogue approved its current version, and the
-- public reads these copies only (src/store/publish.c).  Nothing is
-- published by this migration.
CREATE TABLE pub_benefit AS SELECT * FROM benefit WITH NO DATA;
ALTER TABLE pub_benefit ADD COLUMN pub_version BIGINT;
ALTER TABLE pub_benefit ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_benefit_id ON pub_benefit(id);
CREATE INDEX pub_benefit_dialogue ON pub_benefit(dialogue_id);

CREATE TABLE pub_goal_benefit AS SELECT * FROM goal_benefit WITH NO DATA;
ALTER TABLE pub_goal_benefit ADD COLUMN pub_version BIGINT;
ALTER TABLE pub_goal_benefit ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_goal_benefit_id ON pub_goal_benefit(id);
CREATE INDEX pub_goal_benefit_goal ON pub_goal_benefit(goal_id);

CREATE TABLE pub_narrative AS SELECT * FROM narrative WITH NO DATA;
ALTER TABLE pub_narrative ADD COLUMN pub_version BIGINT;
ALTER TABLE pub_narrative ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_narrative_id ON pub_narrative(id);
CREATE INDEX pub_narrative_area ON pub_narrative(area_id);

-- Search over every kind a reader may see (src/store/search.c).  Besides
-- goals, meetings, documents (ids id*4+1..3) and projects (id*4), the
-- indexes hold sources, dialogues, parties, people, areas, working
-- groups, contact logs, benefits, indicators, observations with a note,
-- roadmap steps, participants, decisions, risks, data releases, events
-- and narratives: a row per item, its id 2^40 + id*32 + k with k the
-- kind's number below, kept in step by accord_search_item() triggers.
-- search_doc holds every item; the public's search_pub_doc the published
-- rows (people, contact logs and participants are never public and have
-- none).  A row holds text the item's page shows, never a login or an
-- e-mail address.
--   4 source  5 dialogue  6 party  7 person  8 area  9 wg  10 contact
--   11 benefit  12 indicator  13 observation  14 step  15 participant
--   16 decision  17 risk  18 release  19 event  20 narrative
CREATE OR REPLACE FUNCTION accord_search_row(zTab TEXT, r JSONB,
  OUT iKey BIGINT, OUT zEntity TEXT, OUT zTitle TEXT, OUT zBody TEXT)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  k BIGINT;
BEGIN
  CASE zTab
  WHEN 'project' THEN
    iKey := (r->>'id')::BIGINT*4;
    zEntity := 'project';
    zTitle := r->>'title';
    zBody := coalesce(r->>'title_sr', '') || chr(10)
             || coalesce(r->>'description', '') || chr(10)
             || coalesce(r->>'note', '');
    RETURN;
  WHEN 'source' THEN
    k := 4;
    zEntity := 'source';
    zTitle := r->>'title';
    zBody := coalesce(r->>'publisher', '') || chr(10)
             || coalesce(r->>'note', '');
  WHEN 'dialogue' THEN
    k := 5;
    zEntity := 'dialogue';
    zTitle := r->>'title';
    zBody := coalesce(r->>'focus', '') || chr(10)
             || coalesce(r->>'long_term_goal', '') || chr(10)
             || coalesce(r->>'launch_note', '');
  WHEN 'party' THEN
    k := 6;
    zEntity := 'party';
    zTitle := r->>'name';
    zBody := coalesce(r->>'name_sr', '');
  WHEN 'person' THEN
    k := 7;
    zEntity := 'person';
    zTitle := r->>'name';
    zBody := coalesce(r->>'position', '');
  WHEN 'area' THEN
    k := 8;
    zEntity := 'area';
    zTitle := r->>'name';
    zBody := coalesce(r->>'name_sr', '') || chr(10)
             || coalesce(r->>'description', '');
  WHEN 'working_group' THEN
    k := 9;
    zEntity := 'wg';
    zTitle := r->>'name';
    zBody := coalesce(r->>'mandate', '');
  WHEN 'wg_log' THEN
    k := 10;
    zEntity := 'contact';
    zTitle := r->>'summary';
    zBody := '';
  WHEN 'benefit' THEN
    k := 11;
    zEntity := 'benefit';
    zTitle := r->>'text';
    zBody := '';
  WHEN 'indicator' THEN
    k := 12;
    zEntity := 'indicator';
    zTitle := r->>'name';
    zBody := coalesce(r->>'statistics_of', '') || chr(10)
             || coalesce(r->>'description', '');
  WHEN 'observation' THEN
    k := 13;
    zEntity := 'observation';
    zTitle := CASE WHEN r->>'note' IS NOT NULL THEN r->>'period' END;
    zBody := r->>'note';
  WHEN 'roadmap_step' THEN
    k := 14;
    zEntity := 'step';
    zTitle := r->>'title';
    zBody := coalesce(r->>'planned_label', '') || chr(10)
             || coalesce(r->>'note', '');
  WHEN 'participant' THEN
    k := 15;
    zEntity := 'participant';
    zTitle := coalesce(r->>'role', '');
    zBody := '';
  WHEN 'decision' THEN
    k := 16;
    zEntity := 'decision';
    zTitle := r->>'text';
    zBody := coalesce(r->>'action', '');
  WHEN 'risk' THEN
    k := 17;
    zEntity := 'risk';
    zTitle := r->>'description';
    zBody := coalesce(r->>'mitigation', '');
  WHEN 'release' THEN
    k := 18;
    zEntity := 'release';
    zTitle := r->>'title';
    zBody := '';
  WHEN 'event' THEN
    k := 19;
    zEntity := 'event';
    zTitle := r->>'title';
    zBody := coalesce(r->>'note', '');
  WHEN 'narrative' THEN
    k := 20;
    zEntity := 'narrative';
    zTitle := r->>'period';
    zBody := (r->>'text') || chr(10) || coalesce(r->>'text_sr', '');
  ELSE
    RETURN;
  END CASE;
  iKey := 1099511627776+(r->>'id')::BIGINT*32+k;
END $$;

CREATE TRIGGER search_source AFTER INSERT OR DELETE OR UPDATE OF title,
  publisher, note ON source FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_doc');
CREATE TRIGGER search_pub_source AFTER INSERT OR DELETE ON pub_source FOR EACH
  ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
CREATE TRIGGER search_dialogue AFTER INSERT OR DELETE OR UPDATE OF title,
  focus, long_term_goal, launch_note ON dialogue FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_doc');
CREATE TRIGGER search_pub_dialogue AFTER INSERT OR DELETE ON pub_dialogue FOR
  EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
CREATE TRIGGER search_party AFTER INSERT OR DELETE OR UPDATE OF name, name_sr
  ON party FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
CREATE TRIGGER search_pub_party AFTER INSERT OR DELETE ON pub_party FOR EACH
  ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
CREATE TRIGGER search_person AFTER INSERT OR DELETE OR UPDATE OF name,
  position ON person FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_doc');
CREATE TRIGGER search_area AFTER INSERT OR DELETE OR UPDATE OF name, name_sr,
  description ON area FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_doc');
CREATE TRIGGER search_pub_area AFTER INSERT OR DELETE ON pub_area FOR EACH ROW
  EXECUTE FUNCTION accord_search_item('search_pub_doc');
CREATE TRIGGER search_working_group AFTER INSERT OR DELETE OR UPDATE OF name,
  mandate ON working_group FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_doc');
CREATE TRIGGER search_pub_working_group AFTER INSERT OR DELETE ON
  pub_working_group FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_pub_doc');
CREATE TRIGGER search_wg_log AFTER INSERT OR DELETE OR UPDATE OF summary ON
  wg_log FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
CREATE TRIGGER search_benefit AFTER INSERT OR DELETE OR UPDATE OF text ON
  benefit FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
CREATE TRIGGER search_pub_benefit AFTER INSERT OR DELETE ON pub_benefit FOR
  EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
CREATE TRIGGER search_indicator AFTER INSERT OR DELETE OR UPDATE OF name,
  statistics_of, description ON indicator FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_doc');
CREATE TRIGGER search_pub_indicator AFTER INSERT OR DELETE ON pub_indicator
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
CREATE TRIGGER search_observation AFTER INSERT OR DELETE OR UPDATE OF period,
  note ON observation FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_doc');
CREATE TRIGGER search_pub_observation AFTER INSERT OR DELETE ON
  pub_observation FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_pub_doc');
CREATE TRIGGER search_roadmap_step AFTER INSERT OR DELETE OR UPDATE OF title,
  planned_label, note ON roadmap_step FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_doc');
CREATE TRIGGER search_pub_roadmap_step AFTER INSERT OR DELETE ON
  pub_roadmap_step FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_pub_doc');
CREATE TRIGGER search_participant AFTER INSERT OR DELETE OR UPDATE OF role ON
  participant FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
CREATE TRIGGER search_decision AFTER INSERT OR DELETE OR UPDATE OF text,
  action ON decision FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_doc');
CREATE TRIGGER search_pub_decision AFTER INSERT OR DELETE ON pub_decision FOR
  EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
CREATE TRIGGER search_risk AFTER INSERT OR DELETE OR UPDATE OF description,
  mitigation ON risk FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_doc');
CREATE TRIGGER search_pub_risk AFTER INSERT OR DELETE ON pub_risk FOR EACH ROW
  EXECUTE FUNCTION accord_search_item('search_pub_doc');
CREATE TRIGGER search_release AFTER INSERT OR DELETE OR UPDATE OF title ON
  release FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
CREATE TRIGGER search_pub_release AFTER INSERT OR DELETE ON pub_release FOR
  EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
CREATE TRIGGER search_event AFTER INSERT OR DELETE OR UPDATE OF title, note ON
  event FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_doc');
CREATE TRIGGER search_pub_event AFTER INSERT OR DELETE ON pub_event FOR EACH
  ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');
CREATE TRIGGER search_narrative AFTER INSERT OR DELETE OR UPDATE OF period,
  text, text_sr ON narrative FOR EACH ROW EXECUTE FUNCTION
  accord_search_item('search_doc');
CREATE TRIGGER search_pub_narrative AFTER INSERT OR DELETE ON pub_narrative
  FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc');

-- Items that exist already.
DO $$
DECLARE
  zTab TEXT;
BEGIN
  FOREACH zTab IN ARRAY ARRAY['source', 'dialogue', 'party', 'person', 'area',
    'working_group', 'wg_log', 'benefit', 'indicator', 'observation',
    'roadmap_step', 'participant', 'decision', 'risk', 'release',
    'event', 'narrative'] LOOP
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
