-- 010_publication.sql: the public reads the versions both parties approved.
--
-- For every kind a public reader can see there is a snapshot table
-- pub_<table> with the same columns (no constraints but a unique id) and
-- two more: pub_version, the audit id of the version that was approved
-- (the item's latest audit entry then), and pub_at, when the last
-- party's approval made it public.  The store reads the public's rows
-- from these tables only ("FROM pub_goal AS goal", src/store/store.c), so
-- an edit makes a draft while the approved version stays public until
-- the new one is approved; a delete removes the public version too.
-- Observations are published by data releases (a new kind, release): an
-- approved release copies its indicators' observations up to its period
-- into pub_observation.  Sources are copied with the published rows that
-- cite them.  Table publication lists every publication made (what the
-- history of an item shows the public: approved versions only).  Nothing
-- is published by this migration: what was public before is public again
-- once it is approved under the new rule.
--
-- A dialogue decides whether its risks are public (publish_risks, off).

ALTER TABLE dialogue ADD COLUMN publish_risks INTEGER NOT NULL DEFAULT 0
  CHECK(publish_risks IN (0,1));

CREATE TABLE release(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  code TEXT NOT NULL UNIQUE,
  indicator_id INTEGER REFERENCES indicator(id),
  title TEXT NOT NULL,
  up_to TEXT NOT NULL,
  classification TEXT NOT NULL CHECK(classification IN ('public','internal','restricted'))
);
CREATE INDEX release_dialogue ON release(dialogue_id);
CREATE INDEX release_indicator ON release(indicator_id);

CREATE TABLE pub_source AS SELECT * FROM source WHERE 0;
CREATE TABLE pub_dialogue AS SELECT * FROM dialogue WHERE 0;
CREATE TABLE pub_party AS SELECT * FROM party WHERE 0;
CREATE TABLE pub_area AS SELECT * FROM area WHERE 0;
CREATE TABLE pub_working_group AS SELECT * FROM working_group WHERE 0;
CREATE TABLE pub_indicator AS SELECT * FROM indicator WHERE 0;
CREATE TABLE pub_observation AS SELECT * FROM observation WHERE 0;
CREATE TABLE pub_goal AS SELECT * FROM goal WHERE 0;
CREATE TABLE pub_roadmap_step AS SELECT * FROM roadmap_step WHERE 0;
CREATE TABLE pub_meeting AS SELECT * FROM meeting WHERE 0;
CREATE TABLE pub_decision AS SELECT * FROM decision WHERE 0;
CREATE TABLE pub_document AS SELECT * FROM document WHERE 0;
CREATE TABLE pub_risk AS SELECT * FROM risk WHERE 0;
CREATE TABLE pub_release AS SELECT * FROM release WHERE 0;

ALTER TABLE pub_source ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_source ADD COLUMN pub_at TEXT;
ALTER TABLE pub_dialogue ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_dialogue ADD COLUMN pub_at TEXT;
ALTER TABLE pub_party ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_party ADD COLUMN pub_at TEXT;
ALTER TABLE pub_area ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_area ADD COLUMN pub_at TEXT;
ALTER TABLE pub_working_group ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_working_group ADD COLUMN pub_at TEXT;
ALTER TABLE pub_indicator ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_indicator ADD COLUMN pub_at TEXT;
ALTER TABLE pub_observation ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_observation ADD COLUMN pub_at TEXT;
ALTER TABLE pub_goal ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_goal ADD COLUMN pub_at TEXT;
ALTER TABLE pub_roadmap_step ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_roadmap_step ADD COLUMN pub_at TEXT;
ALTER TABLE pub_meeting ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_meeting ADD COLUMN pub_at TEXT;
ALTER TABLE pub_decision ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_decision ADD COLUMN pub_at TEXT;
ALTER TABLE pub_document ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_document ADD COLUMN pub_at TEXT;
ALTER TABLE pub_risk ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_risk ADD COLUMN pub_at TEXT;
ALTER TABLE pub_release ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_release ADD COLUMN pub_at TEXT;

CREATE UNIQUE INDEX pub_source_id ON pub_source(id);
CREATE UNIQUE INDEX pub_dialogue_id ON pub_dialogue(id);
CREATE UNIQUE INDEX pub_party_id ON pub_party(id);
CREATE INDEX pub_party_dialogue ON pub_party(dialogue_id);
CREATE UNIQUE INDEX pub_area_id ON pub_area(id);
CREATE UNIQUE INDEX pub_working_group_id ON pub_working_group(id);
CREATE UNIQUE INDEX pub_indicator_id ON pub_indicator(id);
CREATE UNIQUE INDEX pub_observation_id ON pub_observation(id);
CREATE INDEX pub_observation_indicator
  ON pub_observation(indicator_id, period);
CREATE UNIQUE INDEX pub_goal_id ON pub_goal(id);
CREATE UNIQUE INDEX pub_roadmap_step_id ON pub_roadmap_step(id);
CREATE UNIQUE INDEX pub_meeting_id ON pub_meeting(id);
CREATE UNIQUE INDEX pub_decision_id ON pub_decision(id);
CREATE UNIQUE INDEX pub_document_id ON pub_document(id);
CREATE UNIQUE INDEX pub_risk_id ON pub_risk(id);
CREATE UNIQUE INDEX pub_release_id ON pub_release(id);

-- Every publication: which version of which item, when.
CREATE TABLE publication(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX publication_item ON publication(entity, item_id, version);

-- The public's search index: the published text only (as search_fts of
-- 003_search.sql, over the pub_ tables; rows are deleted before a
-- publication inserts them again).
CREATE VIRTUAL TABLE search_pub_fts USING fts5(
  entity UNINDEXED,
  item_id UNINDEXED,
  title,
  body,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_pub_goal_insert AFTER INSERT ON pub_goal BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+1, 'goal', new.id, new.title,
         coalesce(new.means, '') || char(10) || coalesce(new.note, ''));
END;
CREATE TRIGGER search_pub_goal_delete AFTER DELETE ON pub_goal BEGIN
  DELETE FROM search_pub_fts WHERE rowid=old.id*4+1;
END;
CREATE TRIGGER search_pub_meeting_insert AFTER INSERT ON pub_meeting BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+2, 'meeting', new.id, new.title,
         coalesce(new.agenda, '') || char(10) || coalesce(new.minutes, ''));
END;
CREATE TRIGGER search_pub_meeting_delete AFTER DELETE ON pub_meeting BEGIN
  DELETE FROM search_pub_fts WHERE rowid=old.id*4+2;
END;
CREATE TRIGGER search_pub_document_insert AFTER INSERT ON pub_document
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+3, 'document', new.id, new.title,
         coalesce(new.body, ''));
END;
CREATE TRIGGER search_pub_document_delete AFTER DELETE ON pub_document
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=old.id*4+3;
END;
