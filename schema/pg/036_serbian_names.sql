-- 036_serbian_names.sql: Serbian twins of the last texts a Serbian
-- report or page showed only in English (the PostgreSQL twin of
-- schema/sqlite/036_serbian_names.sql): a dialogue's account of its
-- launch, and a person's name as Serbian writes it.  Dialogues are
-- published: their pub_ table gets the column too.
ALTER TABLE dialogue ADD COLUMN launch_note_sr TEXT;
ALTER TABLE pub_dialogue ADD COLUMN launch_note_sr TEXT;
ALTER TABLE person ADD COLUMN name_sr TEXT;
