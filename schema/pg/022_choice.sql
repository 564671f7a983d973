-- 022_choice.sql: when the owner chose between disagreeing values (the
-- PostgreSQL twin of schema/sqlite/022_choice.sql).
--
-- preferred_upto is the id of the latest observation of the same
-- indicator and period when the owner marked this one preferred: a value
-- of another source entered later that disagrees reopens the choice.
-- NULL on a preferred value: a choice made before this migration, which
-- covers every value.
ALTER TABLE observation ADD COLUMN preferred_upto BIGINT;
-- A column added to a published kind is added to its pub_ table too.
ALTER TABLE pub_observation ADD COLUMN preferred_upto BIGINT;
