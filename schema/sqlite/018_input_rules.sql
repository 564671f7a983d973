-- 018_input_rules.sql: an indicator may take forecasts.
--
-- An observation's period must have begun (docs/design.md, "Input"):
-- values for a period after the current one are refused, unless the
-- indicator is marked as taking forecasts (e.g. a projection series).
-- 0: no forecasts (every indicator so far).
ALTER TABLE indicator ADD COLUMN forecasts INTEGER NOT NULL DEFAULT 0
  CHECK(forecasts IN (0,1));
-- The published copy of an indicator (010_publication.sql) has the same
-- columns as the indicator: a column added to a published kind is added
-- to its pub_ table too.
ALTER TABLE pub_indicator ADD COLUMN forecasts INTEGER;
