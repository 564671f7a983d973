-- 027_planlife.sql: the action plan's life from meeting to meeting, the
-- roadmap steps the record fulfils, the readiness criteria of the
-- long-term goal, and the cross-walk between a dialogue's two sets of
-- framework areas (docs/design.md "The plan's life").
--
-- goal_event: a goal is proposed (by a working group, or by whoever the
-- record names), adopted by a decision of a meeting, revised or retired
-- with a reason and the decision that did it.  The goals in force on a
-- day are those adopted by a decision of a meeting held on or before it
-- and not retired by then (src/store/planlife.c).
--
-- step_fulfilment: what fulfils a roadmap step (a meeting, a decision or
-- a document); a step is done when each is on the record as held or
-- issued and every party approved it, instead of being ticked by hand.
-- roadmap_step.commitment: an ongoing step the record can check (an
-- annual high-level meeting each year, quarterly coordination meetings,
-- quarterly reports issued, working groups in regular contact).
--
-- readiness_criterion: a goal or a step that must stand before the
-- long-term goal (a comprehensive strategic partnership) is in reach;
-- its readiness is the share of them met.
--
-- area_crosswalk: an area of one set (the proposal's) shown under an
-- area of the other (the agreement's sectors); named so as not to meet
-- the DAC sector codes of the IATI export.
--
-- Every kind is published like the others (010_publication.sql): the
-- public reads the version every party approved, from its pub_ table;
-- a column added to a published kind is added to its pub_ table too.
CREATE TABLE goal_event(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  goal_id INTEGER NOT NULL REFERENCES goal(id),
  kind TEXT NOT NULL CHECK(kind IN ('proposed', 'adopted', 'revised',
    'retired')),
  dated_on TEXT CHECK(dated_on IS NULL OR date(dated_on)=dated_on),
  wg_id INTEGER REFERENCES working_group(id),
  proposer TEXT,
  decision_id INTEGER REFERENCES decision(id),
  reason TEXT,
  reason_sr TEXT,
  source_id INTEGER REFERENCES source(id),
  note TEXT
);
CREATE INDEX goal_event_goal ON goal_event(goal_id);
CREATE INDEX goal_event_decision ON goal_event(decision_id);

CREATE TABLE step_fulfilment(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  step_id INTEGER NOT NULL REFERENCES roadmap_step(id),
  meeting_id INTEGER REFERENCES meeting(id),
  decision_id INTEGER REFERENCES decision(id),
  document_id INTEGER REFERENCES document(id),
  note TEXT,
  CHECK((meeting_id IS NOT NULL) + (decision_id IS NOT NULL)
        + (document_id IS NOT NULL) = 1)
);
CREATE INDEX step_fulfilment_step ON step_fulfilment(step_id);

ALTER TABLE roadmap_step ADD COLUMN commitment TEXT
  CHECK(commitment IS NULL OR commitment IN ('none', 'annual_meeting',
    'quarterly_meeting', 'quarterly_report', 'wg_contact'));
ALTER TABLE pub_roadmap_step ADD COLUMN commitment TEXT;

CREATE TABLE readiness_criterion(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  goal_id INTEGER REFERENCES goal(id),
  step_id INTEGER REFERENCES roadmap_step(id),
  decision_id INTEGER REFERENCES decision(id),
  position INTEGER,
  note TEXT,
  CHECK((goal_id IS NULL) <> (step_id IS NULL))
);
CREATE INDEX readiness_criterion_dialogue ON readiness_criterion(dialogue_id);

CREATE TABLE area_crosswalk(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  area_id INTEGER NOT NULL REFERENCES area(id),
  sector_id INTEGER NOT NULL REFERENCES area(id),
  note TEXT,
  UNIQUE(area_id, sector_id),
  CHECK(area_id<>sector_id)
);
CREATE INDEX area_crosswalk_sector ON area_crosswalk(sector_id);

-- The published copies.
CREATE TABLE pub_goal_event AS SELECT * FROM goal_event WHERE 0;
ALTER TABLE pub_goal_event ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_goal_event ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_goal_event_id ON pub_goal_event(id);
CREATE INDEX pub_goal_event_goal ON pub_goal_event(goal_id);
CREATE TABLE pub_step_fulfilment AS SELECT * FROM step_fulfilment WHERE 0;
ALTER TABLE pub_step_fulfilment ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_step_fulfilment ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_step_fulfilment_id ON pub_step_fulfilment(id);
CREATE TABLE pub_readiness_criterion AS
  SELECT * FROM readiness_criterion WHERE 0;
ALTER TABLE pub_readiness_criterion ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_readiness_criterion ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_readiness_criterion_id
  ON pub_readiness_criterion(id);
CREATE TABLE pub_area_crosswalk AS SELECT * FROM area_crosswalk WHERE 0;
ALTER TABLE pub_area_crosswalk ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_area_crosswalk ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_area_crosswalk_id ON pub_area_crosswalk(id);
