-- 005_reports.sql: reports issued, frozen byte for byte.
--
-- A report (report_issue) is what was asked for: kind, dialogue, period,
-- language, format and the clearance of its readers.  Each of its
-- versions (report_version) holds the exact bytes, the BLAKE2b-256 of
-- those bytes and of the data the report was built from, who made it and
-- when; version 1 is the report as first issued, each later one a
-- correction with the reason for it.  A version of a public report waits
-- ('pending') until a co-chair of every party of its dialogue approved it
-- (rows of approval with entity 'report' and item_id = version = the
-- version's id), then is 'issued'.  Triggers refuse to delete versions or
-- change them, except the one step from pending to issued, so a report
-- issued in 2026 still reads the same in 2030 (src/store/issued.c).

CREATE TABLE report_issue(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL
    CHECK(kind IN ('quarterly', 'annual', 'public', 'portfolio')),
  dialogue_id INTEGER REFERENCES dialogue(id),
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  lang TEXT NOT NULL CHECK(lang IN ('en', 'sr-Latn', 'sr-Cyrl')),
  format TEXT NOT NULL CHECK(format IN ('html', 'pdf', 'xlsx', 'csv')),
  viewer TEXT NOT NULL CHECK(viewer IN ('public', 'internal', 'restricted')),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK(period_from<=period_to),
  CHECK(kind<>'public' OR viewer='public')
);
CREATE INDEX report_issue_dialogue ON report_issue(dialogue_id);

CREATE TABLE report_version(
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES report_issue(id),
  version INTEGER NOT NULL CHECK(version>=1),
  state TEXT NOT NULL CHECK(state IN ('pending', 'issued')),
  body BLOB NOT NULL,
  body_hash TEXT NOT NULL,
  data_hash TEXT NOT NULL,
  data_version INTEGER NOT NULL,
  generated TEXT NOT NULL,
  made_by TEXT NOT NULL,
  made_at TEXT NOT NULL,
  issued_at TEXT,
  reason TEXT,
  CHECK(version=1 OR length(trim(reason))>0),
  CHECK((state='issued')=(issued_at IS NOT NULL)),
  UNIQUE(report_id, version)
);

CREATE TRIGGER report_issue_frozen BEFORE UPDATE ON report_issue BEGIN
  SELECT RAISE(ABORT, 'an issued report cannot be changed');
END;
CREATE TRIGGER report_issue_kept BEFORE DELETE ON report_issue BEGIN
  SELECT RAISE(ABORT, 'an issued report cannot be deleted');
END;
CREATE TRIGGER report_version_frozen BEFORE UPDATE ON report_version
WHEN old.state<>'pending' OR new.state<>'issued'
  OR new.body IS NOT old.body OR new.body_hash IS NOT old.body_hash
  OR new.data_hash IS NOT old.data_hash OR new.report_id IS NOT old.report_id
  OR new.version IS NOT old.version OR new.reason IS NOT old.reason
  OR new.made_at IS NOT old.made_at OR new.made_by IS NOT old.made_by
BEGIN
  SELECT RAISE(ABORT, 'an issued report cannot be changed');
END;
CREATE TRIGGER report_version_kept BEFORE DELETE ON report_version BEGIN
  SELECT RAISE(ABORT, 'an issued report cannot be deleted');
END;
