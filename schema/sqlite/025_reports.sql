-- 025_reports.sql: the public report carries the benefits and the
-- narratives both parties approved.
--
-- Benefits (what the dialogue brings each party), the links of goals to
-- the benefits they serve, and the secretariat's narratives of an area
-- for a period become published kinds (aEntity[].bPublish in
-- src/core/model.c): each is public once every party of its dialogue
-- approved its current version, and the public reads these copies only
-- (src/store/publish.c).  Nothing is published by this migration.
CREATE TABLE pub_benefit AS SELECT * FROM benefit WHERE 0;
ALTER TABLE pub_benefit ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_benefit ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_benefit_id ON pub_benefit(id);
CREATE INDEX pub_benefit_dialogue ON pub_benefit(dialogue_id);

CREATE TABLE pub_goal_benefit AS SELECT * FROM goal_benefit WHERE 0;
ALTER TABLE pub_goal_benefit ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_goal_benefit ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_goal_benefit_id ON pub_goal_benefit(id);
CREATE INDEX pub_goal_benefit_goal ON pub_goal_benefit(goal_id);

CREATE TABLE pub_narrative AS SELECT * FROM narrative WHERE 0;
ALTER TABLE pub_narrative ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_narrative ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_narrative_id ON pub_narrative(id);
CREATE INDEX pub_narrative_area ON pub_narrative(area_id);

-- Search over every kind a reader may see (src/store/search.c).  Besides
-- goals, meetings and documents (003_search.sql, rowid id*4+1..3), the
-- full-text indexes hold sources, dialogues, parties, people, areas,
-- working groups, contact logs, benefits, indicators, observations with
-- a note, roadmap steps, participants, decisions, risks, data releases,
-- events and narratives: a row per item, its rowid 2^40 + id*32 + k with
-- k the kind's number below (so it never meets 003's rowids), kept in
-- step by triggers.  A row holds text the item's page shows, never a
-- login or an e-mail address (an observation's entered_by, a person's
-- e-mail are left out).  search_fts holds every item; the public's
-- search_pub_fts the published rows (pub_<table>; people, contact logs
-- and participants are never public and have none).  The index decides
-- nothing about who reads a hit: store_search() reads every hit back as
-- the reader (store_item_get()) and drops what the reader may not see.
--   4 source  5 dialogue  6 party  7 person  8 area  9 wg  10 contact
--   11 benefit  12 indicator  13 observation  14 step  15 participant
--   16 decision  17 risk  18 release  19 event  20 narrative

CREATE TRIGGER search_source_insert AFTER INSERT ON source
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+4, 'source', new.id, new.title,
         coalesce(new.publisher, '') || char(10) || coalesce(new.note, '');
END;
CREATE TRIGGER search_source_update AFTER UPDATE OF note, publisher, title
  ON source
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+4;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+4, 'source', new.id, new.title,
         coalesce(new.publisher, '') || char(10) || coalesce(new.note, '');
END;
CREATE TRIGGER search_source_delete AFTER DELETE ON source BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+4;
END;
CREATE TRIGGER search_pub_source_insert AFTER INSERT ON pub_source
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+4, 'source', new.id, new.title,
         coalesce(new.publisher, '') || char(10) || coalesce(new.note, '');
END;
CREATE TRIGGER search_pub_source_delete AFTER DELETE ON pub_source BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+4;
END;

CREATE TRIGGER search_dialogue_insert AFTER INSERT ON dialogue
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+5, 'dialogue', new.id, new.title,
         coalesce(new.focus, '') || char(10) ||
         coalesce(new.long_term_goal, '') || char(10) ||
         coalesce(new.launch_note, '');
END;
CREATE TRIGGER search_dialogue_update AFTER UPDATE OF focus, launch_note, long_term_goal, title
  ON dialogue
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+5;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+5, 'dialogue', new.id, new.title,
         coalesce(new.focus, '') || char(10) ||
         coalesce(new.long_term_goal, '') || char(10) ||
         coalesce(new.launch_note, '');
END;
CREATE TRIGGER search_dialogue_delete AFTER DELETE ON dialogue BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+5;
END;
CREATE TRIGGER search_pub_dialogue_insert AFTER INSERT ON pub_dialogue
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+5, 'dialogue', new.id, new.title,
         coalesce(new.focus, '') || char(10) ||
         coalesce(new.long_term_goal, '') || char(10) ||
         coalesce(new.launch_note, '');
END;
CREATE TRIGGER search_pub_dialogue_delete AFTER DELETE ON pub_dialogue BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+5;
END;

CREATE TRIGGER search_party_insert AFTER INSERT ON party
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+6, 'party', new.id, new.name,
         coalesce(new.name_sr, '');
END;
CREATE TRIGGER search_party_update AFTER UPDATE OF name, name_sr
  ON party
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+6;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+6, 'party', new.id, new.name,
         coalesce(new.name_sr, '');
END;
CREATE TRIGGER search_party_delete AFTER DELETE ON party BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+6;
END;
CREATE TRIGGER search_pub_party_insert AFTER INSERT ON pub_party
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+6, 'party', new.id, new.name,
         coalesce(new.name_sr, '');
END;
CREATE TRIGGER search_pub_party_delete AFTER DELETE ON pub_party BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+6;
END;

CREATE TRIGGER search_person_insert AFTER INSERT ON person
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+7, 'person', new.id, new.name,
         coalesce(new.position, '');
END;
CREATE TRIGGER search_person_update AFTER UPDATE OF name, position
  ON person
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+7;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+7, 'person', new.id, new.name,
         coalesce(new.position, '');
END;
CREATE TRIGGER search_person_delete AFTER DELETE ON person BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+7;
END;

CREATE TRIGGER search_area_insert AFTER INSERT ON area
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+8, 'area', new.id, new.name,
         coalesce(new.name_sr, '') || char(10) ||
         coalesce(new.description, '');
END;
CREATE TRIGGER search_area_update AFTER UPDATE OF description, name, name_sr
  ON area
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+8;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+8, 'area', new.id, new.name,
         coalesce(new.name_sr, '') || char(10) ||
         coalesce(new.description, '');
END;
CREATE TRIGGER search_area_delete AFTER DELETE ON area BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+8;
END;
CREATE TRIGGER search_pub_area_insert AFTER INSERT ON pub_area
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+8, 'area', new.id, new.name,
         coalesce(new.name_sr, '') || char(10) ||
         coalesce(new.description, '');
END;
CREATE TRIGGER search_pub_area_delete AFTER DELETE ON pub_area BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+8;
END;

CREATE TRIGGER search_working_group_insert AFTER INSERT ON working_group
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+9, 'wg', new.id, new.name,
         coalesce(new.mandate, '');
END;
CREATE TRIGGER search_working_group_update AFTER UPDATE OF mandate, name
  ON working_group
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+9;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+9, 'wg', new.id, new.name,
         coalesce(new.mandate, '');
END;
CREATE TRIGGER search_working_group_delete AFTER DELETE ON working_group BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+9;
END;
CREATE TRIGGER search_pub_working_group_insert AFTER INSERT ON pub_working_group
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+9, 'wg', new.id, new.name,
         coalesce(new.mandate, '');
END;
CREATE TRIGGER search_pub_working_group_delete AFTER DELETE ON pub_working_group BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+9;
END;

CREATE TRIGGER search_wg_log_insert AFTER INSERT ON wg_log
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+10, 'contact', new.id, new.summary,
         '';
END;
CREATE TRIGGER search_wg_log_update AFTER UPDATE OF summary
  ON wg_log
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+10;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+10, 'contact', new.id, new.summary,
         '';
END;
CREATE TRIGGER search_wg_log_delete AFTER DELETE ON wg_log BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+10;
END;

CREATE TRIGGER search_benefit_insert AFTER INSERT ON benefit
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+11, 'benefit', new.id, new.text,
         '';
END;
CREATE TRIGGER search_benefit_update AFTER UPDATE OF text
  ON benefit
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+11;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+11, 'benefit', new.id, new.text,
         '';
END;
CREATE TRIGGER search_benefit_delete AFTER DELETE ON benefit BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+11;
END;
CREATE TRIGGER search_pub_benefit_insert AFTER INSERT ON pub_benefit
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+11, 'benefit', new.id, new.text,
         '';
END;
CREATE TRIGGER search_pub_benefit_delete AFTER DELETE ON pub_benefit BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+11;
END;

CREATE TRIGGER search_indicator_insert AFTER INSERT ON indicator
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+12, 'indicator', new.id, new.name,
         coalesce(new.statistics_of, '') || char(10) ||
         coalesce(new.description, '');
END;
CREATE TRIGGER search_indicator_update AFTER UPDATE OF description, name, statistics_of
  ON indicator
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+12;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+12, 'indicator', new.id, new.name,
         coalesce(new.statistics_of, '') || char(10) ||
         coalesce(new.description, '');
END;
CREATE TRIGGER search_indicator_delete AFTER DELETE ON indicator BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+12;
END;
CREATE TRIGGER search_pub_indicator_insert AFTER INSERT ON pub_indicator
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+12, 'indicator', new.id, new.name,
         coalesce(new.statistics_of, '') || char(10) ||
         coalesce(new.description, '');
END;
CREATE TRIGGER search_pub_indicator_delete AFTER DELETE ON pub_indicator BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+12;
END;

CREATE TRIGGER search_observation_insert AFTER INSERT ON observation
  WHEN new.note IS NOT NULL
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+13, 'observation', new.id, new.period,
         new.note;
END;
CREATE TRIGGER search_observation_update AFTER UPDATE OF note, period
  ON observation
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+13;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+13, 'observation', new.id, new.period,
         new.note WHERE new.note IS NOT NULL;
END;
CREATE TRIGGER search_observation_delete AFTER DELETE ON observation BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+13;
END;
CREATE TRIGGER search_pub_observation_insert AFTER INSERT ON pub_observation
  WHEN new.note IS NOT NULL
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+13, 'observation', new.id, new.period,
         new.note;
END;
CREATE TRIGGER search_pub_observation_delete AFTER DELETE ON pub_observation BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+13;
END;

CREATE TRIGGER search_roadmap_step_insert AFTER INSERT ON roadmap_step
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+14, 'step', new.id, new.title,
         coalesce(new.planned_label, '') || char(10) ||
         coalesce(new.note, '');
END;
CREATE TRIGGER search_roadmap_step_update AFTER UPDATE OF note, planned_label, title
  ON roadmap_step
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+14;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+14, 'step', new.id, new.title,
         coalesce(new.planned_label, '') || char(10) ||
         coalesce(new.note, '');
END;
CREATE TRIGGER search_roadmap_step_delete AFTER DELETE ON roadmap_step BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+14;
END;
CREATE TRIGGER search_pub_roadmap_step_insert AFTER INSERT ON pub_roadmap_step
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+14, 'step', new.id, new.title,
         coalesce(new.planned_label, '') || char(10) ||
         coalesce(new.note, '');
END;
CREATE TRIGGER search_pub_roadmap_step_delete AFTER DELETE ON pub_roadmap_step BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+14;
END;

CREATE TRIGGER search_participant_insert AFTER INSERT ON participant
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+15, 'participant', new.id, coalesce(new.role, ''),
         '';
END;
CREATE TRIGGER search_participant_update AFTER UPDATE OF role
  ON participant
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+15;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+15, 'participant', new.id, coalesce(new.role, ''),
         '';
END;
CREATE TRIGGER search_participant_delete AFTER DELETE ON participant BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+15;
END;

CREATE TRIGGER search_decision_insert AFTER INSERT ON decision
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+16, 'decision', new.id, new.text,
         coalesce(new.action, '');
END;
CREATE TRIGGER search_decision_update AFTER UPDATE OF action, text
  ON decision
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+16;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+16, 'decision', new.id, new.text,
         coalesce(new.action, '');
END;
CREATE TRIGGER search_decision_delete AFTER DELETE ON decision BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+16;
END;
CREATE TRIGGER search_pub_decision_insert AFTER INSERT ON pub_decision
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+16, 'decision', new.id, new.text,
         coalesce(new.action, '');
END;
CREATE TRIGGER search_pub_decision_delete AFTER DELETE ON pub_decision BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+16;
END;

CREATE TRIGGER search_risk_insert AFTER INSERT ON risk
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+17, 'risk', new.id, new.description,
         coalesce(new.mitigation, '');
END;
CREATE TRIGGER search_risk_update AFTER UPDATE OF description, mitigation
  ON risk
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+17;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+17, 'risk', new.id, new.description,
         coalesce(new.mitigation, '');
END;
CREATE TRIGGER search_risk_delete AFTER DELETE ON risk BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+17;
END;
CREATE TRIGGER search_pub_risk_insert AFTER INSERT ON pub_risk
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+17, 'risk', new.id, new.description,
         coalesce(new.mitigation, '');
END;
CREATE TRIGGER search_pub_risk_delete AFTER DELETE ON pub_risk BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+17;
END;

CREATE TRIGGER search_release_insert AFTER INSERT ON release
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+18, 'release', new.id, new.title,
         '';
END;
CREATE TRIGGER search_release_update AFTER UPDATE OF title
  ON release
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+18;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+18, 'release', new.id, new.title,
         '';
END;
CREATE TRIGGER search_release_delete AFTER DELETE ON release BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+18;
END;
CREATE TRIGGER search_pub_release_insert AFTER INSERT ON pub_release
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+18, 'release', new.id, new.title,
         '';
END;
CREATE TRIGGER search_pub_release_delete AFTER DELETE ON pub_release BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+18;
END;

CREATE TRIGGER search_event_insert AFTER INSERT ON event
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+19, 'event', new.id, new.title,
         coalesce(new.note, '');
END;
CREATE TRIGGER search_event_update AFTER UPDATE OF note, title
  ON event
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+19;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+19, 'event', new.id, new.title,
         coalesce(new.note, '');
END;
CREATE TRIGGER search_event_delete AFTER DELETE ON event BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+19;
END;
CREATE TRIGGER search_pub_event_insert AFTER INSERT ON pub_event
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+19, 'event', new.id, new.title,
         coalesce(new.note, '');
END;
CREATE TRIGGER search_pub_event_delete AFTER DELETE ON pub_event BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+19;
END;

CREATE TRIGGER search_narrative_insert AFTER INSERT ON narrative
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+20, 'narrative', new.id, new.period,
         new.text || char(10) || coalesce(new.text_sr, '');
END;
CREATE TRIGGER search_narrative_update AFTER UPDATE OF period, text, text_sr
  ON narrative
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+20;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+20, 'narrative', new.id, new.period,
         new.text || char(10) || coalesce(new.text_sr, '');
END;
CREATE TRIGGER search_narrative_delete AFTER DELETE ON narrative BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+20;
END;
CREATE TRIGGER search_pub_narrative_insert AFTER INSERT ON pub_narrative
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+20, 'narrative', new.id, new.period,
         new.text || char(10) || coalesce(new.text_sr, '');
END;
CREATE TRIGGER search_pub_narrative_delete AFTER DELETE ON pub_narrative BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+20;
END;

-- Items that exist already.
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+4, 'source', id, title,
         coalesce(publisher, '') || char(10) || coalesce(note, '') FROM source;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+4, 'source', id, title,
         coalesce(publisher, '') || char(10) || coalesce(note, '') FROM pub_source;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+5, 'dialogue', id, title,
         coalesce(focus, '') || char(10) ||
         coalesce(long_term_goal, '') || char(10) ||
         coalesce(launch_note, '') FROM dialogue;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+5, 'dialogue', id, title,
         coalesce(focus, '') || char(10) ||
         coalesce(long_term_goal, '') || char(10) ||
         coalesce(launch_note, '') FROM pub_dialogue;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+6, 'party', id, name,
         coalesce(name_sr, '') FROM party;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+6, 'party', id, name,
         coalesce(name_sr, '') FROM pub_party;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+7, 'person', id, name,
         coalesce(position, '') FROM person;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+8, 'area', id, name,
         coalesce(name_sr, '') || char(10) ||
         coalesce(description, '') FROM area;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+8, 'area', id, name,
         coalesce(name_sr, '') || char(10) ||
         coalesce(description, '') FROM pub_area;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+9, 'wg', id, name,
         coalesce(mandate, '') FROM working_group;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+9, 'wg', id, name,
         coalesce(mandate, '') FROM pub_working_group;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+10, 'contact', id, summary,
         '' FROM wg_log;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+11, 'benefit', id, text,
         '' FROM benefit;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+11, 'benefit', id, text,
         '' FROM pub_benefit;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+12, 'indicator', id, name,
         coalesce(statistics_of, '') || char(10) ||
         coalesce(description, '') FROM indicator;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+12, 'indicator', id, name,
         coalesce(statistics_of, '') || char(10) ||
         coalesce(description, '') FROM pub_indicator;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+13, 'observation', id, period,
         note FROM observation WHERE note IS NOT NULL;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+13, 'observation', id, period,
         note FROM pub_observation WHERE note IS NOT NULL;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+14, 'step', id, title,
         coalesce(planned_label, '') || char(10) ||
         coalesce(note, '') FROM roadmap_step;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+14, 'step', id, title,
         coalesce(planned_label, '') || char(10) ||
         coalesce(note, '') FROM pub_roadmap_step;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+15, 'participant', id, coalesce(role, ''),
         '' FROM participant;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+16, 'decision', id, text,
         coalesce(action, '') FROM decision;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+16, 'decision', id, text,
         coalesce(action, '') FROM pub_decision;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+17, 'risk', id, description,
         coalesce(mitigation, '') FROM risk;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+17, 'risk', id, description,
         coalesce(mitigation, '') FROM pub_risk;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+18, 'release', id, title,
         '' FROM release;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+18, 'release', id, title,
         '' FROM pub_release;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+19, 'event', id, title,
         coalesce(note, '') FROM event;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+19, 'event', id, title,
         coalesce(note, '') FROM pub_event;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+20, 'narrative', id, period,
         text || char(10) || coalesce(text_sr, '') FROM narrative;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+20, 'narrative', id, period,
         text || char(10) || coalesce(text_sr, '') FROM pub_narrative;
