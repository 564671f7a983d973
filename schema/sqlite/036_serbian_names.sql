-- 036_serbian_names.sql: Serbian twins of the last texts a Serbian
-- report or page showed only in English (as 033_serbian_notes.sql did for
-- notes): a dialogue's account of its launch, and a person's name as
-- Serbian writes it (the press's transcription: "Marko Rubio").
--
-- Entered in Latin or Cyrillic, the other script derived when shown.  The
-- fields join the content hash only when set (FF_HASH0), so approvals
-- signed before this migration still verify.  Dialogues are published:
-- their pub_ table gets the column too.
ALTER TABLE dialogue ADD COLUMN launch_note_sr TEXT;
ALTER TABLE pub_dialogue ADD COLUMN launch_note_sr TEXT;
ALTER TABLE person ADD COLUMN name_sr TEXT;
