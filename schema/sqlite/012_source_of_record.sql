-- 012_source_of_record.sql: an indicator's source of record.
--
-- When an indicator names its source of record (e.g. the US Census
-- Bureau for US-Serbia trade), the status engine grades only that
-- source's values (and values the owner marked preferred); values of
-- other sources are shown beside them and never graded.  Without one,
-- a period whose sources disagree is judged on each source's own series
-- (docs/status.md, "Sources").  NULL: no source of record.
ALTER TABLE indicator ADD COLUMN source_id INTEGER REFERENCES source(id);
-- The published copy of an indicator (010_publication.sql) has the same
-- columns as the indicator: a column added to a published kind is added
-- to its pub_ table too.
ALTER TABLE pub_indicator ADD COLUMN source_id INTEGER;
