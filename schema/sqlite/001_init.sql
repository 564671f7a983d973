-- 001_init.sql: the first schema of an Accord database (SQLite).
--
-- One table per entity of src/core/model.c, columns in the same order.
-- Enumerated columns store names and are guarded by CHECK constraints;
-- dates are 'YYYY-MM-DD' text, periods 'YYYY', 'YYYY-Qn' or 'YYYY-MM'.
-- Every change is recorded in audit_log by the store, in the same
-- transaction, as a hash chain (see src/store/audit.c).

CREATE TABLE source(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  publisher TEXT,
  url TEXT,
  published_on TEXT CHECK(published_on IS NULL OR date(published_on)=published_on),
  note TEXT
);

CREATE TABLE dialogue(
  id INTEGER PRIMARY KEY,
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

CREATE TABLE party(
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_sr TEXT
);
CREATE INDEX party_dialogue ON party(dialogue_id);

CREATE TABLE person(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  party_id INTEGER REFERENCES party(id),
  position TEXT,
  email TEXT
);

CREATE TABLE area(
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  code TEXT NOT NULL UNIQUE,
  area_set TEXT NOT NULL,
  name TEXT NOT NULL,
  name_sr TEXT,
  description TEXT,
  position INTEGER
);
CREATE INDEX area_dialogue ON area(dialogue_id);

CREATE TABLE working_group(
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  area_id INTEGER REFERENCES area(id),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  mandate TEXT,
  formed_on TEXT CHECK(formed_on IS NULL OR date(formed_on)=formed_on)
);
CREATE INDEX wg_dialogue ON working_group(dialogue_id);

CREATE TABLE wg_member(
  id INTEGER PRIMARY KEY,
  wg_id INTEGER NOT NULL REFERENCES working_group(id),
  person_id INTEGER NOT NULL REFERENCES person(id),
  role TEXT NOT NULL CHECK(role IN ('co-lead','member')),
  UNIQUE(wg_id, person_id)
);

CREATE TABLE wg_log(
  id INTEGER PRIMARY KEY,
  wg_id INTEGER NOT NULL REFERENCES working_group(id),
  held_on TEXT NOT NULL CHECK(date(held_on)=held_on),
  kind TEXT NOT NULL CHECK(kind IN ('meeting','call','email','note')),
  summary TEXT NOT NULL,
  classification TEXT NOT NULL CHECK(classification IN ('public','internal','restricted'))
);
CREATE INDEX wg_log_wg ON wg_log(wg_id, held_on);

CREATE TABLE benefit(
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  party_id INTEGER NOT NULL REFERENCES party(id),
  code TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  position INTEGER
);

CREATE TABLE indicator(
  id INTEGER PRIMARY KEY,
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
CREATE INDEX indicator_dialogue ON indicator(dialogue_id);

-- Two sources may give different values for one period: both are kept,
-- and the indicator's owner marks the one that counts (preferred).
CREATE TABLE observation(
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicator(id),
  period TEXT NOT NULL,
  value REAL NOT NULL,
  source_id INTEGER REFERENCES source(id),
  entered_by TEXT NOT NULL,
  entered_at TEXT NOT NULL,
  preferred INTEGER NOT NULL DEFAULT 0 CHECK(preferred IN (0,1)),
  note TEXT
);
-- The same value for the same period from the same source (or from no
-- source) is recorded once.
CREATE UNIQUE INDEX observation_key
  ON observation(indicator_id, period, coalesce(source_id, 0), value);

CREATE TABLE goal(
  id INTEGER PRIMARY KEY,
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
CREATE INDEX goal_dialogue ON goal(dialogue_id, area_id);

CREATE TABLE goal_benefit(
  id INTEGER PRIMARY KEY,
  goal_id INTEGER NOT NULL REFERENCES goal(id),
  benefit_id INTEGER NOT NULL REFERENCES benefit(id),
  UNIQUE(goal_id, benefit_id)
);

CREATE TABLE roadmap_step(
  id INTEGER PRIMARY KEY,
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

CREATE TABLE meeting(
  id INTEGER PRIMARY KEY,
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
CREATE INDEX meeting_dialogue ON meeting(dialogue_id, held_on);

CREATE TABLE participant(
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  person_id INTEGER NOT NULL REFERENCES person(id),
  role TEXT,
  UNIQUE(meeting_id, person_id)
);

CREATE TABLE decision(
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id),
  text TEXT NOT NULL,
  goal_id INTEGER REFERENCES goal(id),
  action TEXT,
  owner_id INTEGER REFERENCES person(id),
  due_on TEXT CHECK(due_on IS NULL OR date(due_on)=due_on),
  done_on TEXT CHECK(done_on IS NULL OR date(done_on)=done_on)
);

CREATE TABLE document(
  id INTEGER PRIMARY KEY,
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

CREATE TABLE risk(
  id INTEGER PRIMARY KEY,
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

-- The audit log: append-only (triggers refuse UPDATE and DELETE), and a
-- hash chain: hash = BLAKE2b-256(prev_hash || canonical text of the row).
CREATE TABLE audit_log(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK(action IN ('insert','update','delete','import',
                                       'approve','account')),
  entity TEXT NOT NULL,
  item_id INTEGER,
  data TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_item ON audit_log(entity, item_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
