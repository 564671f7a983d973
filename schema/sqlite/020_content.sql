-- 020_content.sql: what an approval covers beyond the item's own fields.
--
-- The signed content of an item includes the sources it cites and, for a
-- data release, the observations it publishes (src/store/content.c), and
-- the version approved is the latest change to any of them.  For
-- released data that change is kept here per indicator: the audit entry
-- of the latest insert, update, delete or import of one of its
-- observations, written by the store in the same transaction.  Changes
-- made before this migration are not known (no row: 0); it is derived
-- data, checked by no replay, rebuilt by no load.
CREATE TABLE obs_version(
  indicator_id INTEGER PRIMARY KEY,
  audit_id INTEGER NOT NULL
);
