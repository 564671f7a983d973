-- 032_breakdown.sql: disaggregated observations (docs/design.md,
-- "Breakdowns").
--
-- An observation may be one cell of a breakdown of its indicator: by sex,
-- age, region, party or any other dimension.  breakdown names the cell as
-- "dimension=value" pairs joined by ";" in the order of the dimensions'
-- names ("age=15-24;sex=female"; src/core/breakdown.c checks the form);
-- NULL is the total.  Status judges only totals; the breakdown is shown.
-- The same value for the same period and source may be recorded once per
-- cell, so the key of 001_init.sql gains the cell.
ALTER TABLE observation ADD COLUMN breakdown TEXT;
DROP INDEX observation_key;
CREATE UNIQUE INDEX observation_key
  ON observation(indicator_id, period, coalesce(source_id, 0), value,
                 coalesce(breakdown, ''));
-- A column added to a published kind is added to its pub_ table too.
ALTER TABLE pub_observation ADD COLUMN breakdown TEXT;
