-- 024_projects.sql: cooperation projects, the means of the action plan's
-- goals.
--
-- A project (kind "project", src/core/model_project.c) belongs to a
-- working group of a dialogue and serves one or more goals
-- (project_goal).  Each party names its implementing agency and lead
-- (project_party) and the funding it gives (project_funding); the work
-- is split into activities with their own dates and status; documents
-- and meetings about it are linked (project_link).  Amounts of money are
-- exact decimal text with an ISO 4217 code, never binary numbers
-- (src/core/money.c).  A project's progress is the share of its
-- activities done, or a percentage the parties declare (progress_by).
--
-- Only the project has a classification; what belongs to it is seen by
-- whoever may see the project.  Every kind is published like the others
-- (docs/design.md "trust model"): the public reads the version every
-- party approved, from its pub_ table, and a child only while its
-- project is published.  Search finds projects by title and description
-- (search_fts rowid id*4, free since 003_search.sql).
CREATE TABLE project(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  wg_id INTEGER NOT NULL REFERENCES working_group(id),
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_sr TEXT,
  state TEXT NOT NULL CHECK(state IN ('proposed', 'agreed', 'active',
    'completed', 'suspended', 'cancelled')),
  description TEXT,
  planned_start TEXT CHECK(planned_start IS NULL
    OR date(planned_start)=planned_start),
  planned_end TEXT CHECK(planned_end IS NULL OR date(planned_end)=planned_end),
  actual_start TEXT CHECK(actual_start IS NULL
    OR date(actual_start)=actual_start),
  actual_end TEXT CHECK(actual_end IS NULL OR date(actual_end)=actual_end),
  budget TEXT CHECK(budget IS NULL OR typeof(budget)='text'),
  currency TEXT CHECK(currency IS NULL OR length(currency)=3),
  progress_by TEXT CHECK(progress_by IS NULL
    OR progress_by IN ('activities', 'declared')),
  progress_pct INTEGER CHECK(progress_pct IS NULL
    OR progress_pct BETWEEN 0 AND 100),
  source_id INTEGER REFERENCES source(id),
  classification TEXT NOT NULL
    CHECK(classification IN ('public', 'internal', 'restricted')),
  note TEXT
);
CREATE INDEX project_dialogue ON project(dialogue_id);
CREATE INDEX project_wg ON project(wg_id);

CREATE TABLE project_goal(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id INTEGER NOT NULL REFERENCES project(id),
  goal_id INTEGER NOT NULL REFERENCES goal(id),
  UNIQUE(project_id, goal_id)
);
CREATE INDEX project_goal_goal ON project_goal(goal_id);

CREATE TABLE project_party(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id INTEGER NOT NULL REFERENCES project(id),
  party_id INTEGER NOT NULL REFERENCES party(id),
  agency TEXT,
  lead_id INTEGER REFERENCES person(id),
  note TEXT,
  UNIQUE(project_id, party_id)
);

CREATE TABLE project_funding(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id INTEGER NOT NULL REFERENCES project(id),
  party_id INTEGER NOT NULL REFERENCES party(id),
  amount TEXT NOT NULL CHECK(typeof(amount)='text'),
  currency TEXT NOT NULL CHECK(length(currency)=3),
  state TEXT NOT NULL CHECK(state IN ('pledged', 'committed', 'disbursed')),
  funded_on TEXT CHECK(funded_on IS NULL OR date(funded_on)=funded_on),
  source_id INTEGER REFERENCES source(id),
  note TEXT
);
CREATE INDEX project_funding_project ON project_funding(project_id);

CREATE TABLE activity(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id INTEGER NOT NULL REFERENCES project(id),
  title TEXT NOT NULL,
  state TEXT NOT NULL CHECK(state IN ('planned', 'ongoing', 'done',
    'cancelled')),
  planned_start TEXT CHECK(planned_start IS NULL
    OR date(planned_start)=planned_start),
  planned_end TEXT CHECK(planned_end IS NULL OR date(planned_end)=planned_end),
  actual_start TEXT CHECK(actual_start IS NULL
    OR date(actual_start)=actual_start),
  actual_end TEXT CHECK(actual_end IS NULL OR date(actual_end)=actual_end),
  note TEXT
);
CREATE INDEX activity_project ON activity(project_id);

CREATE TABLE project_link(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id INTEGER NOT NULL REFERENCES project(id),
  document_id INTEGER REFERENCES document(id),
  meeting_id INTEGER REFERENCES meeting(id),
  note TEXT,
  CHECK((document_id IS NULL) <> (meeting_id IS NULL))
);
CREATE INDEX project_link_project ON project_link(project_id);

-- The published copies (010_publication.sql).
CREATE TABLE pub_project AS SELECT * FROM project WHERE 0;
ALTER TABLE pub_project ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_project ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_project_id ON pub_project(id);
CREATE TABLE pub_project_goal AS SELECT * FROM project_goal WHERE 0;
ALTER TABLE pub_project_goal ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_project_goal ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_project_goal_id ON pub_project_goal(id);
CREATE TABLE pub_project_party AS SELECT * FROM project_party WHERE 0;
ALTER TABLE pub_project_party ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_project_party ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_project_party_id ON pub_project_party(id);
CREATE TABLE pub_project_funding AS SELECT * FROM project_funding WHERE 0;
ALTER TABLE pub_project_funding ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_project_funding ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_project_funding_id ON pub_project_funding(id);
CREATE TABLE pub_activity AS SELECT * FROM activity WHERE 0;
ALTER TABLE pub_activity ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_activity ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_activity_id ON pub_activity(id);
CREATE TABLE pub_project_link AS SELECT * FROM project_link WHERE 0;
ALTER TABLE pub_project_link ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_project_link ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_project_link_id ON pub_project_link(id);

-- Search (003_search.sql): a project's row is id*4.
CREATE TRIGGER search_project_insert AFTER INSERT ON project BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4, 'project', new.id, new.title,
         coalesce(new.title_sr, '') || char(10)
         || coalesce(new.description, '') || char(10)
         || coalesce(new.note, ''));
END;
CREATE TRIGGER search_project_update
  AFTER UPDATE OF title, title_sr, description, note ON project
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4, 'project', new.id, new.title,
         coalesce(new.title_sr, '') || char(10)
         || coalesce(new.description, '') || char(10)
         || coalesce(new.note, ''));
END;
CREATE TRIGGER search_project_delete AFTER DELETE ON project BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4;
END;
-- The public searches the published text (010_publication.sql).
CREATE TRIGGER search_pub_project_insert AFTER INSERT ON pub_project BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4, 'project', new.id, new.title,
         coalesce(new.title_sr, '') || char(10)
         || coalesce(new.description, '') || char(10)
         || coalesce(new.note, ''));
END;
CREATE TRIGGER search_pub_project_delete AFTER DELETE ON pub_project BEGIN
  DELETE FROM search_pub_fts WHERE rowid=old.id*4;
END;
