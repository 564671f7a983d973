-- 032_breakdown.sql: disaggregated observations (the PostgreSQL twin of
-- schema/sqlite/032_breakdown.sql).
--
-- breakdown names the cell of a breakdown an observation is
-- ("age=15-24;sex=female", dimensions in the order of their names); NULL
-- is the total.  The key gains the cell.
ALTER TABLE observation ADD COLUMN breakdown TEXT;
DROP INDEX observation_key;
CREATE UNIQUE INDEX observation_key
  ON observation(indicator_id, period, coalesce(source_id, 0), value,
                 coalesce(breakdown, ''));
-- A column added to a published kind is added to its pub_ table too.
ALTER TABLE pub_observation ADD COLUMN breakdown TEXT;
