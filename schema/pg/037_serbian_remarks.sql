-- 037_serbian_remarks.sql: Serbian twins of the remarks a Serbian reader
-- still met in English (the PostgreSQL twin of
-- schema/sqlite/037_serbian_remarks.sql): a source's note, and who
-- proposed a goal and the note on its proposal (goal_event).  Sources and
-- goal events are published: their pub_ tables get the columns too.
ALTER TABLE source ADD COLUMN note_sr TEXT;
ALTER TABLE pub_source ADD COLUMN note_sr TEXT;
ALTER TABLE goal_event ADD COLUMN proposer_sr TEXT;
ALTER TABLE pub_goal_event ADD COLUMN proposer_sr TEXT;
ALTER TABLE goal_event ADD COLUMN note_sr TEXT;
ALTER TABLE pub_goal_event ADD COLUMN note_sr TEXT;
