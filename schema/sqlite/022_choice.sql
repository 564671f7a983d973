-- 022_choice.sql: when the owner chose between disagreeing values.
--
-- An observation the indicator's owner marked preferred (`accord
-- prefer`) counts for its period whatever the other sources say
-- (docs/status.md, "Sources").  preferred_upto is the id of the latest
-- observation of the same indicator and period when the owner chose it:
-- the choice was made knowing those values.  A value of another source
-- entered later (a larger id) that disagrees reopens the choice: the
-- period is disputed again and the owner is told, until they choose
-- again.  Written by the store whenever preferred becomes 1 (or the
-- owner chooses again) and cleared when it becomes 0.  NULL on a
-- preferred value: a choice made before this migration, which covers
-- every value (it is never reopened).
ALTER TABLE observation ADD COLUMN preferred_upto INTEGER;
-- The published copy of an observation (010_publication.sql) has the
-- same columns: a column added to a published kind is added to its pub_
-- table too.
ALTER TABLE pub_observation ADD COLUMN preferred_upto INTEGER;
