-- 006_no_id_reuse.sql: ids are never given twice.
--
-- A table whose key is a plain INTEGER PRIMARY KEY gives a new row the
-- largest id plus one, so deleting the newest item and adding another
-- gave the new item the old one's id, and with it the old item's audit
-- entries, approvals and history.  AUTOINCREMENT never gives an id again:
-- SQLite keeps the largest id ever used in sqlite_sequence.  A table
-- cannot be altered to AUTOINCREMENT, so every item table and the
-- account, session, token and approval tables are rebuilt with the same
-- columns, constraints and indexes (the search triggers of 003_search.sql
-- go with their tables and are made again); rows keep their ids.  The
-- sequence of each table starts at the largest id it holds or the audit
-- log ever named for it, so an id deleted before this migration is not
-- given again either.
--
-- The store runs a migration in one transaction with foreign keys on,
-- where PRAGMA foreign_keys cannot change, and a DROP TABLE then deletes
-- the rows first, with the checks and cascades of their references.  So
-- the rows are copied and the tables dropped children first (sessions and
-- tokens before the accounts they would go with), then made again
-- parents first; the checks are deferred to the commit, so that rows of
-- tables not rebuilt (a report's dialogue) may lack their parent between
-- its drop and its copy: the copy makes good what the drop counted.

PRAGMA defer_foreign_keys=ON;

-- The rows, children first.
CREATE TEMP TABLE m_approval AS SELECT * FROM main.approval;
DROP TABLE main.approval;
CREATE TEMP TABLE m_api_token AS SELECT * FROM main.api_token;
DROP TABLE main.api_token;
CREATE TEMP TABLE m_session AS SELECT * FROM main.session;
DROP TABLE main.session;
CREATE TEMP TABLE m_account AS SELECT * FROM main.account;
DROP TABLE main.account;
CREATE TEMP TABLE m_risk AS SELECT * FROM main.risk;
DROP TABLE main.risk;
CREATE TEMP TABLE m_document AS SELECT * FROM main.document;
DROP TABLE main.document;
CREATE TEMP TABLE m_decision AS SELECT * FROM main.decision;
DROP TABLE main.decision;
CREATE TEMP TABLE m_participant AS SELECT * FROM main.participant;
DROP TABLE main.participant;
CREATE TEMP TABLE m_meeting AS SELECT * FROM main.meeting;
DROP TABLE main.meeting;
CREATE TEMP TABLE m_roadmap_step AS SELECT * FROM main.roadmap_step;
DROP TABLE main.roadmap_step;
CREATE TEMP TABLE m_goal_benefit AS SELECT * FROM main.goal_benefit;
DROP TABLE main.goal_benefit;
CREATE TEMP TABLE m_goal AS SELECT * FROM main.goal;
DROP TABLE main.goal;
CREATE TEMP TABLE m_observation AS SELECT * FROM main.observation;
DROP TABLE main.observation;
CREATE TEMP TABLE m_indicator AS SELECT * FROM main.indicator;
DROP TABLE main.indicator;
CREATE TEMP TABLE m_benefit AS SELECT * FROM main.benefit;
DROP TABLE main.benefit;
CREATE TEMP TABLE m_wg_log AS SELECT * FROM main.wg_log;
DROP TABLE main.wg_log;
CREATE TEMP TABLE m_wg_member AS SELECT * FROM main.wg_member;
DROP TABLE main.wg_member;
CREATE TEMP TABLE m_working_group AS SELECT * FROM main.working_group;
DROP TABLE main.working_group;
CREATE TEMP TABLE m_area AS SELECT * FROM main.area;
DROP TABLE main.area;
CREATE TEMP TABLE m_person AS SELECT * FROM main.person;
DROP TABLE main.person;
CREATE TEMP TABLE m_party AS SELECT * FROM main.party;
DROP TABLE main.party;
CREATE TEMP TABLE m_dialogue AS SELECT * FROM main.dialogue;
DROP TABLE main.dialogue;
CREATE TEMP TABLE m_source AS SELECT * FROM main.source;
DROP TABLE main.source;

-- The tables again, parents first, with their rows and indexes.
CREATE TABLE source(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  publisher TEXT,
  url TEXT,
  published_on TEXT CHECK(published_on IS NULL OR date(published_on)=published_on),
  note TEXT
);
INSERT INTO main.source SELECT * FROM temp.m_source;
DROP TABLE temp.m_source;

CREATE TABLE dialogue(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  state TEXT NOT NULL CHECK(state IN ('proposed','negotiation','established','comprehensive')),
  launched_year INTEGER CHECK(launched_year IS NULL OR launched_year BETWEEN 1 AND 9999),
  launched_on TEXT CHECK(launched_on IS NULL OR date(launched_on)=launched_on),
  launched_at TEXT,
  launch_note TEXT,
  launch_source_id INTEGER REFERENCES source(id),
  focus TEXT,
  long_term_goal TEXT,
  target_on TEXT CHECK(target_on IS NULL OR date(target_on)=target_on),
  on_track_ratio REAL CHECK(on_track_ratio IS NULL OR on_track_ratio>0),
  at_risk_ratio REAL CHECK(at_risk_ratio IS NULL OR at_risk_ratio>=0),
  horizon_days INTEGER CHECK(horizon_days IS NULL OR horizon_days>=0),
  classification TEXT NOT NULL CHECK(classification IN ('public','internal','restricted'))
);
INSERT INTO main.dialogue SELECT * FROM temp.m_dialogue;
DROP TABLE temp.m_dialogue;

CREATE TABLE party(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_sr TEXT
);
INSERT INTO main.party SELECT * FROM temp.m_party;
DROP TABLE temp.m_party;
CREATE INDEX party_dialogue ON party(dialogue_id);

CREATE TABLE person(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  party_id INTEGER REFERENCES party(id),
  position TEXT,
  email TEXT
);
INSERT INTO main.person SELECT * FROM temp.m_person;
DROP TABLE temp.m_person;

CREATE TABLE area(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  code TEXT NOT NULL UNIQUE,
  area_set TEXT NOT NULL,
  name TEXT NOT NULL,
  name_sr TEXT,
  description TEXT,
  position INTEGER
);
INSERT INTO main.area SELECT * FROM temp.m_area;
DROP TABLE temp.m_area;
CREATE INDEX area_dialogue ON area(dialogue_id);

CREATE TABLE working_group(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  area_id INTEGER REFERENCES area(id),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  mandate TEXT,
  formed_on TEXT CHECK(formed_on IS NULL OR date(formed_on)=formed_on)
);
INSERT INTO main.working_group SELECT * FROM temp.m_working_group;
DROP TABLE temp.m_working_group;
CREATE INDEX wg_dialogue ON working_group(dialogue_id);

CREATE TABLE wg_member(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  wg_id INTEGER NOT NULL REFERENCES working_group(id),
  person_id INTEGER NOT NULL REFERENCES person(id),
  role TEXT NOT NULL CHECK(role IN ('co-lead','member')),
  UNIQUE(wg_id, person_id)
);
INSERT INTO main.wg_member SELECT * FROM temp.m_wg_member;
DROP TABLE temp.m_wg_member;

CREATE TABLE wg_log(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  wg_id INTEGER NOT NULL REFERENCES working_group(id),
  held_on TEXT NOT NULL CHECK(date(held_on)=held_on),
  kind TEXT NOT NULL CHECK(kind IN ('meeting','call','email','note')),
  summary TEXT NOT NULL,
  classification TEXT NOT NULL CHECK(classification IN ('public','internal','restricted'))
);
INSERT INTO main.wg_log SELECT * FROM temp.m_wg_log;
DROP TABLE temp.m_wg_log;
CREATE INDEX wg_log_wg ON wg_log(wg_id, held_on);

CREATE TABLE benefit(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  party_id INTEGER NOT NULL REFERENCES party(id),
  code TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  position INTEGER
);
INSERT INTO main.benefit SELECT * FROM temp.m_benefit;
DROP TABLE temp.m_benefit;

CREATE TABLE indicator(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  frequency TEXT NOT NULL CHECK(frequency IN ('month','quarter','year')),
  aggregation TEXT NOT NULL CHECK(aggregation IN ('sum','last','mean')),
  statistics_of TEXT,
  owner_id INTEGER REFERENCES person(id),
  description TEXT,
  classification TEXT NOT NULL CHECK(classification IN ('public','internal','restricted'))
);
INSERT INTO main.indicator SELECT * FROM temp.m_indicator;
DROP TABLE temp.m_indicator;
CREATE INDEX indicator_dialogue ON indicator(dialogue_id);

CREATE TABLE observation(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  indicator_id INTEGER NOT NULL REFERENCES indicator(id),
  period TEXT NOT NULL,
  value REAL NOT NULL,
  source_id INTEGER REFERENCES source(id),
  entered_by TEXT NOT NULL,
  entered_at TEXT NOT NULL,
  preferred INTEGER NOT NULL DEFAULT 0 CHECK(preferred IN (0,1)),
  note TEXT
);
INSERT INTO main.observation SELECT * FROM temp.m_observation;
DROP TABLE temp.m_observation;
CREATE UNIQUE INDEX observation_key
  ON observation(indicator_id, period, coalesce(source_id, 0), value);

CREATE TABLE goal(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  area_id INTEGER NOT NULL REFERENCES area(id),
  wg_id INTEGER REFERENCES working_group(id),
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('growth','count_period','count_window','milestone','level')),
  owner_id INTEGER REFERENCES person(id),
  means TEXT,
  indicator_id INTEGER REFERENCES indicator(id),
  target REAL,
  period TEXT CHECK(period IS NULL OR period IN ('month','quarter','year')),
  compounding INTEGER NOT NULL DEFAULT 1 CHECK(compounding IN (0,1)),
  decrease INTEGER NOT NULL DEFAULT 0 CHECK(decrease IN (0,1)),
  baseline_period TEXT,
  baseline_value REAL,
  start_on TEXT CHECK(start_on IS NULL OR date(start_on)=start_on),
  deadline TEXT CHECK(deadline IS NULL OR date(deadline)=deadline),
  started_on TEXT CHECK(started_on IS NULL OR date(started_on)=started_on),
  achieved_on TEXT CHECK(achieved_on IS NULL OR date(achieved_on)=achieved_on),
  classification TEXT NOT NULL CHECK(classification IN ('public','internal','restricted')),
  note TEXT,
  CHECK(kind='milestone' OR (indicator_id IS NOT NULL AND target IS NOT NULL))
);
INSERT INTO main.goal SELECT * FROM temp.m_goal;
DROP TABLE temp.m_goal;
CREATE INDEX goal_dialogue ON goal(dialogue_id, area_id);

CREATE TABLE goal_benefit(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  goal_id INTEGER NOT NULL REFERENCES goal(id),
  benefit_id INTEGER NOT NULL REFERENCES benefit(id),
  UNIQUE(goal_id, benefit_id)
);
INSERT INTO main.goal_benefit SELECT * FROM temp.m_goal_benefit;
DROP TABLE temp.m_goal_benefit;

CREATE TABLE roadmap_step(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  code TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  planned_label TEXT,
  planned_on TEXT CHECK(planned_on IS NULL OR date(planned_on)=planned_on),
  ongoing INTEGER NOT NULL DEFAULT 0 CHECK(ongoing IN (0,1)),
  started_on TEXT CHECK(started_on IS NULL OR date(started_on)=started_on),
  done_on TEXT CHECK(done_on IS NULL OR date(done_on)=done_on),
  note TEXT,
  UNIQUE(dialogue_id, position)
);
INSERT INTO main.roadmap_step SELECT * FROM temp.m_roadmap_step;
DROP TABLE temp.m_roadmap_step;

CREATE TABLE meeting(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  code TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK(kind IN ('inaugural','annual_review','sector_coordination','working_group','other')),
  title TEXT NOT NULL,
  level TEXT,
  wg_id INTEGER REFERENCES working_group(id),
  held_on TEXT CHECK(held_on IS NULL OR date(held_on)=held_on),
  place TEXT,
  state TEXT NOT NULL CHECK(state IN ('planned','held','cancelled')),
  agenda TEXT,
  minutes TEXT,
  classification TEXT NOT NULL CHECK(classification IN ('public','internal','restricted'))
);
INSERT INTO main.meeting SELECT * FROM temp.m_meeting;
DROP TABLE temp.m_meeting;
CREATE INDEX meeting_dialogue ON meeting(dialogue_id, held_on);

CREATE TABLE participant(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  person_id INTEGER NOT NULL REFERENCES person(id),
  role TEXT,
  UNIQUE(meeting_id, person_id)
);
INSERT INTO main.participant SELECT * FROM temp.m_participant;
DROP TABLE temp.m_participant;

CREATE TABLE decision(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  text TEXT NOT NULL,
  goal_id INTEGER REFERENCES goal(id),
  action TEXT,
  owner_id INTEGER REFERENCES person(id),
  due_on TEXT CHECK(due_on IS NULL OR date(due_on)=due_on),
  done_on TEXT CHECK(done_on IS NULL OR date(done_on)=done_on)
);
INSERT INTO main.decision SELECT * FROM temp.m_decision;
DROP TABLE temp.m_decision;

CREATE TABLE document(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  code TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK(kind IN ('joint_statement','agreement','minutes','report','other')),
  title TEXT NOT NULL,
  meeting_id INTEGER REFERENCES meeting(id),
  issued_on TEXT CHECK(issued_on IS NULL OR date(issued_on)=issued_on),
  state TEXT NOT NULL CHECK(state IN ('draft','approved','published')),
  body TEXT,
  source_id INTEGER REFERENCES source(id),
  classification TEXT NOT NULL CHECK(classification IN ('public','internal','restricted'))
);
INSERT INTO main.document SELECT * FROM temp.m_document;
DROP TABLE temp.m_document;

CREATE TABLE risk(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  code TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL,
  likelihood TEXT CHECK(likelihood IS NULL OR likelihood IN ('low','medium','high')),
  impact TEXT CHECK(impact IS NULL OR impact IN ('low','medium','high')),
  owner_id INTEGER REFERENCES person(id),
  mitigation TEXT,
  review_on TEXT CHECK(review_on IS NULL OR date(review_on)=review_on),
  state TEXT NOT NULL CHECK(state IN ('open','closed')),
  classification TEXT NOT NULL CHECK(classification IN ('public','internal','restricted'))
);
INSERT INTO main.risk SELECT * FROM temp.m_risk;
DROP TABLE temp.m_risk;

CREATE TABLE account(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  login TEXT NOT NULL UNIQUE CHECK(length(login) BETWEEN 1 AND 64),
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK(role IN ('public','observer','wg_member','wg_lead',
                                    'cochair','secretariat','admin')),
  party_id INTEGER REFERENCES party(id),
  password_hash TEXT,
  lang TEXT NOT NULL DEFAULT 'en' CHECK(lang IN ('en','sr-Latn','sr-Cyrl')),
  created_at TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK(disabled IN (0,1))
);
INSERT INTO main.account SELECT * FROM temp.m_account;
DROP TABLE temp.m_account;

CREATE TABLE session(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  token_hash TEXT NOT NULL UNIQUE,
  account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
INSERT INTO main.session SELECT * FROM temp.m_session;
DROP TABLE temp.m_session;

CREATE TABLE api_token(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  token_hash TEXT NOT NULL UNIQUE,
  account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_used TEXT,
  scope TEXT NOT NULL DEFAULT 'api' CHECK(scope IN ('api', 'calendar'))
);
INSERT INTO main.api_token SELECT * FROM temp.m_api_token;
DROP TABLE temp.m_api_token;

CREATE TABLE approval(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  party_id INTEGER NOT NULL REFERENCES party(id),
  account_id INTEGER NOT NULL REFERENCES account(id),
  at TEXT NOT NULL,
  UNIQUE(entity, item_id, version, party_id)
);
INSERT INTO main.approval SELECT * FROM temp.m_approval;
DROP TABLE temp.m_approval;
CREATE INDEX approval_item ON approval(entity, item_id);

-- The search triggers of 003_search.sql (the index itself is untouched).
CREATE TRIGGER search_goal_insert AFTER INSERT ON goal BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+1, 'goal', new.id, new.title,
         coalesce(new.means, '') || char(10) || coalesce(new.note, ''));
END;
CREATE TRIGGER search_goal_update AFTER UPDATE OF title, means, note ON goal
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+1;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+1, 'goal', new.id, new.title,
         coalesce(new.means, '') || char(10) || coalesce(new.note, ''));
END;
CREATE TRIGGER search_goal_delete AFTER DELETE ON goal BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+1;
END;

CREATE TRIGGER search_meeting_insert AFTER INSERT ON meeting BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+2, 'meeting', new.id, new.title,
         coalesce(new.agenda, '') || char(10) || coalesce(new.minutes, ''));
END;
CREATE TRIGGER search_meeting_update
  AFTER UPDATE OF title, agenda, minutes ON meeting
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+2;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+2, 'meeting', new.id, new.title,
         coalesce(new.agenda, '') || char(10) || coalesce(new.minutes, ''));
END;
CREATE TRIGGER search_meeting_delete AFTER DELETE ON meeting BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+2;
END;

CREATE TRIGGER search_document_insert AFTER INSERT ON document BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+3, 'document', new.id, new.title,
         coalesce(new.body, ''));
END;
CREATE TRIGGER search_document_update AFTER UPDATE OF title, body ON document
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+3;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+3, 'document', new.id, new.title,
         coalesce(new.body, ''));
END;
CREATE TRIGGER search_document_delete AFTER DELETE ON document BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+3;
END;

-- Each sequence from the largest id in the table or in the audit log.
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence(name, seq) VALUES('source', max(
  (SELECT coalesce(max(id), 0) FROM source),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='source')));
INSERT INTO sqlite_sequence(name, seq) VALUES('dialogue', max(
  (SELECT coalesce(max(id), 0) FROM dialogue),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='dialogue')));
INSERT INTO sqlite_sequence(name, seq) VALUES('party', max(
  (SELECT coalesce(max(id), 0) FROM party),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='party')));
INSERT INTO sqlite_sequence(name, seq) VALUES('person', max(
  (SELECT coalesce(max(id), 0) FROM person),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='person')));
INSERT INTO sqlite_sequence(name, seq) VALUES('area', max(
  (SELECT coalesce(max(id), 0) FROM area),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='area')));
INSERT INTO sqlite_sequence(name, seq) VALUES('working_group', max(
  (SELECT coalesce(max(id), 0) FROM working_group),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='wg')));
INSERT INTO sqlite_sequence(name, seq) VALUES('wg_member', max(
  (SELECT coalesce(max(id), 0) FROM wg_member),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='member')));
INSERT INTO sqlite_sequence(name, seq) VALUES('wg_log', max(
  (SELECT coalesce(max(id), 0) FROM wg_log),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='contact')));
INSERT INTO sqlite_sequence(name, seq) VALUES('benefit', max(
  (SELECT coalesce(max(id), 0) FROM benefit),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='benefit')));
INSERT INTO sqlite_sequence(name, seq) VALUES('indicator', max(
  (SELECT coalesce(max(id), 0) FROM indicator),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='indicator')));
INSERT INTO sqlite_sequence(name, seq) VALUES('observation', max(
  (SELECT coalesce(max(id), 0) FROM observation),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='observation')));
INSERT INTO sqlite_sequence(name, seq) VALUES('goal', max(
  (SELECT coalesce(max(id), 0) FROM goal),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='goal')));
INSERT INTO sqlite_sequence(name, seq) VALUES('goal_benefit', max(
  (SELECT coalesce(max(id), 0) FROM goal_benefit),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='goal-benefit')));
INSERT INTO sqlite_sequence(name, seq) VALUES('roadmap_step', max(
  (SELECT coalesce(max(id), 0) FROM roadmap_step),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='step')));
INSERT INTO sqlite_sequence(name, seq) VALUES('meeting', max(
  (SELECT coalesce(max(id), 0) FROM meeting),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='meeting')));
INSERT INTO sqlite_sequence(name, seq) VALUES('participant', max(
  (SELECT coalesce(max(id), 0) FROM participant),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='participant')));
INSERT INTO sqlite_sequence(name, seq) VALUES('decision', max(
  (SELECT coalesce(max(id), 0) FROM decision),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='decision')));
INSERT INTO sqlite_sequence(name, seq) VALUES('document', max(
  (SELECT coalesce(max(id), 0) FROM document),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='document')));
INSERT INTO sqlite_sequence(name, seq) VALUES('risk', max(
  (SELECT coalesce(max(id), 0) FROM risk),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='risk')));
INSERT INTO sqlite_sequence(name, seq) VALUES('account', max(
  (SELECT coalesce(max(id), 0) FROM account),
  (SELECT coalesce(max(item_id), 0) FROM audit_log WHERE entity='account')));
INSERT INTO sqlite_sequence(name, seq)
  SELECT 'session', coalesce(max(id), 0) FROM session;
INSERT INTO sqlite_sequence(name, seq)
  SELECT 'api_token', coalesce(max(id), 0) FROM api_token;
INSERT INTO sqlite_sequence(name, seq)
  SELECT 'approval', coalesce(max(id), 0) FROM approval;
