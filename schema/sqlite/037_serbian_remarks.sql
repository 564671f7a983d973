-- 037_serbian_remarks.sql: Serbian twins of the remarks a Serbian reader
-- still met in English (as 033_serbian_notes.sql did for steps and
-- events): a source's note, and who proposed a goal and the note on its
-- proposal (a goal's life, goal_event).  Titles of sources are proper
-- names and keep their language; what is said about them is prose.
--
-- Entered in Latin or Cyrillic, the other script derived when shown.  The
-- fields join the content hash only when set (FF_HASH0), so approvals
-- signed before this migration still verify.  Sources and goal events are
-- published: their pub_ tables get the columns too.
ALTER TABLE source ADD COLUMN note_sr TEXT;
ALTER TABLE pub_source ADD COLUMN note_sr TEXT;
ALTER TABLE goal_event ADD COLUMN proposer_sr TEXT;
ALTER TABLE pub_goal_event ADD COLUMN proposer_sr TEXT;
ALTER TABLE goal_event ADD COLUMN note_sr TEXT;
ALTER TABLE pub_goal_event ADD COLUMN note_sr TEXT;
