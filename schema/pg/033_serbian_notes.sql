-- 033_serbian_notes.sql: Serbian twins of the remaining texts a person
-- reads (the PostgreSQL twin of schema/sqlite/033_serbian_notes.sql): a
-- roadmap step's and an event's remarks, a working group's contact
-- summary, a person's position.  Steps and events are published: their
-- pub_ tables get the columns too.
ALTER TABLE roadmap_step ADD COLUMN note_sr TEXT;
ALTER TABLE pub_roadmap_step ADD COLUMN note_sr TEXT;
ALTER TABLE event ADD COLUMN note_sr TEXT;
ALTER TABLE pub_event ADD COLUMN note_sr TEXT;
ALTER TABLE wg_log ADD COLUMN summary_sr TEXT;
ALTER TABLE person ADD COLUMN position_sr TEXT;
