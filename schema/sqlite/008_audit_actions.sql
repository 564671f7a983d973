-- 008_audit_actions.sql: the audit log names the joint record's actions.
--
-- The joint record adds actions the log must be able to hold: the
-- publication of a jointly approved version ('publish'), a data release
-- ('release'), a signed checkpoint of the chain's head ('checkpoint'),
-- a signing key made, designated, rotated or retired ('key'), an item
-- returned for changes with a reason ('return') and a session opened or
-- closed ('session').  A CHECK constraint cannot be altered, so the table
-- is rebuilt with the same rows, ids and hashes (nothing refers to it),
-- and its index and its append-only triggers are made again.

CREATE TEMP TABLE m_audit_log AS SELECT * FROM main.audit_log;
DROP TABLE main.audit_log;
CREATE TABLE main.audit_log(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK(action IN ('insert','update','delete','import',
                                       'approve','account','publish',
                                       'release','checkpoint','key',
                                       'return','session')),
  entity TEXT NOT NULL,
  item_id INTEGER,
  data TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO main.audit_log SELECT * FROM temp.m_audit_log ORDER BY id;
DROP TABLE temp.m_audit_log;
CREATE INDEX main.audit_item ON audit_log(entity, item_id);
CREATE TRIGGER main.audit_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER main.audit_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
