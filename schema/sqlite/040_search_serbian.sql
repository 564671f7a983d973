-- 040_search_serbian.sql: search finds an item by its Serbian text.
--
-- The triggers of 003_search.sql, 010_publication.sql, 024_projects.sql
-- and 025_reports.sql indexed the English text of each kind (and a few
-- Serbian names); the Serbian twins added since (023_serbian.sql,
-- 033, 036, 037 and 039_serbian_content.sql) were left out, so a reader
-- who knows an item by its Serbian title or note found nothing.  Each
-- trigger is made again with the twins beside the English text: a title
-- twin in the title column (English first, a line between), every other
-- twin in the body, after its English field.  The rowids stay those of
-- 003 (id*4 + 0 project, 1 goal, 2 meeting, 3 document) and 025
-- (2^40 + id*32 + k).  New here, with their English text too: a
-- meeting's level; an activity's title and note (k 21); the notes of a
-- project's parties (with the party's agency, 22), fundings (23) and
-- links (24), of a step's fulfilment (25), a readiness criterion (26)
-- and an area cross-walk (27), a row only while one of them is set (as
-- an observation's, now when its note or its Serbian note is set).
--
-- Serbian is entered in Latin or Cyrillic and indexed as entered;
-- store_search() looks for each word of a query in both scripts
-- (src/store/search.c), so "економија" finds "ekonomija" and the other
-- way round.  A narrative's row (text and text_sr) is unchanged.  The
-- index decides nothing about who reads a hit (store_item_get()).
--
-- Every trigger is dropped before it is made and both indexes are filled
-- again from the tables at the end, so that this migration may run again
-- on a database whose version was set back (tests/db.sh).

-- project (id*4)
DROP TRIGGER IF EXISTS search_project_insert;
DROP TRIGGER IF EXISTS search_project_update;
DROP TRIGGER IF EXISTS search_project_delete;
DROP TRIGGER IF EXISTS search_pub_project_insert;
DROP TRIGGER IF EXISTS search_pub_project_delete;
CREATE TRIGGER search_project_insert
  AFTER INSERT ON project
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4, 'project', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_project_update
  AFTER UPDATE OF description, description_sr, note, note_sr, title,
  title_sr
  ON project
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4, 'project', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_project_delete
  AFTER DELETE ON project
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4;
END;
CREATE TRIGGER search_pub_project_insert
  AFTER INSERT ON pub_project
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4, 'project', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_project_delete
  AFTER DELETE ON pub_project
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=old.id*4;
END;

-- goal (id*4+1)
DROP TRIGGER IF EXISTS search_goal_insert;
DROP TRIGGER IF EXISTS search_goal_update;
DROP TRIGGER IF EXISTS search_goal_delete;
DROP TRIGGER IF EXISTS search_pub_goal_insert;
DROP TRIGGER IF EXISTS search_pub_goal_delete;
CREATE TRIGGER search_goal_insert
  AFTER INSERT ON goal
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4+1, 'goal', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.means, '')
         || char(10) || coalesce(new.means_sr, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_goal_update
  AFTER UPDATE OF means, means_sr, note, note_sr, title, title_sr
  ON goal
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+1;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4+1, 'goal', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.means, '')
         || char(10) || coalesce(new.means_sr, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_goal_delete
  AFTER DELETE ON goal
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+1;
END;
CREATE TRIGGER search_pub_goal_insert
  AFTER INSERT ON pub_goal
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4+1, 'goal', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.means, '')
         || char(10) || coalesce(new.means_sr, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_goal_delete
  AFTER DELETE ON pub_goal
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=old.id*4+1;
END;

-- meeting (id*4+2)
DROP TRIGGER IF EXISTS search_meeting_insert;
DROP TRIGGER IF EXISTS search_meeting_update;
DROP TRIGGER IF EXISTS search_meeting_delete;
DROP TRIGGER IF EXISTS search_pub_meeting_insert;
DROP TRIGGER IF EXISTS search_pub_meeting_delete;
CREATE TRIGGER search_meeting_insert
  AFTER INSERT ON meeting
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4+2, 'meeting', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.level, '')
         || char(10) || coalesce(new.level_sr, '')
         || char(10) || coalesce(new.agenda, '')
         || char(10) || coalesce(new.agenda_sr, '')
         || char(10) || coalesce(new.minutes, '')
         || char(10) || coalesce(new.minutes_sr, '');
END;
CREATE TRIGGER search_meeting_update
  AFTER UPDATE OF agenda, agenda_sr, level, level_sr, minutes, minutes_sr,
  title, title_sr
  ON meeting
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+2;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4+2, 'meeting', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.level, '')
         || char(10) || coalesce(new.level_sr, '')
         || char(10) || coalesce(new.agenda, '')
         || char(10) || coalesce(new.agenda_sr, '')
         || char(10) || coalesce(new.minutes, '')
         || char(10) || coalesce(new.minutes_sr, '');
END;
CREATE TRIGGER search_meeting_delete
  AFTER DELETE ON meeting
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+2;
END;
CREATE TRIGGER search_pub_meeting_insert
  AFTER INSERT ON pub_meeting
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4+2, 'meeting', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.level, '')
         || char(10) || coalesce(new.level_sr, '')
         || char(10) || coalesce(new.agenda, '')
         || char(10) || coalesce(new.agenda_sr, '')
         || char(10) || coalesce(new.minutes, '')
         || char(10) || coalesce(new.minutes_sr, '');
END;
CREATE TRIGGER search_pub_meeting_delete
  AFTER DELETE ON pub_meeting
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=old.id*4+2;
END;

-- document (id*4+3)
DROP TRIGGER IF EXISTS search_document_insert;
DROP TRIGGER IF EXISTS search_document_update;
DROP TRIGGER IF EXISTS search_document_delete;
DROP TRIGGER IF EXISTS search_pub_document_insert;
DROP TRIGGER IF EXISTS search_pub_document_delete;
CREATE TRIGGER search_document_insert
  AFTER INSERT ON document
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4+3, 'document', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.body, '')
         || char(10) || coalesce(new.body_sr, '');
END;
CREATE TRIGGER search_document_update
  AFTER UPDATE OF body, body_sr, title, title_sr
  ON document
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+3;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4+3, 'document', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.body, '')
         || char(10) || coalesce(new.body_sr, '');
END;
CREATE TRIGGER search_document_delete
  AFTER DELETE ON document
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+3;
END;
CREATE TRIGGER search_pub_document_insert
  AFTER INSERT ON pub_document
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT new.id*4+3, 'document', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.body, '')
         || char(10) || coalesce(new.body_sr, '');
END;
CREATE TRIGGER search_pub_document_delete
  AFTER DELETE ON pub_document
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=old.id*4+3;
END;

-- source (1099511627776+id*32+4)
DROP TRIGGER IF EXISTS search_source_insert;
DROP TRIGGER IF EXISTS search_source_update;
DROP TRIGGER IF EXISTS search_source_delete;
DROP TRIGGER IF EXISTS search_pub_source_insert;
DROP TRIGGER IF EXISTS search_pub_source_delete;
CREATE TRIGGER search_source_insert
  AFTER INSERT ON source
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+4, 'source', new.id,
         coalesce(new.title, ''),
         coalesce(new.publisher, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_source_update
  AFTER UPDATE OF note, note_sr, publisher, title
  ON source
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+4;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+4, 'source', new.id,
         coalesce(new.title, ''),
         coalesce(new.publisher, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_source_delete
  AFTER DELETE ON source
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+4;
END;
CREATE TRIGGER search_pub_source_insert
  AFTER INSERT ON pub_source
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+4, 'source', new.id,
         coalesce(new.title, ''),
         coalesce(new.publisher, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_source_delete
  AFTER DELETE ON pub_source
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+4;
END;

-- dialogue (1099511627776+id*32+5)
DROP TRIGGER IF EXISTS search_dialogue_insert;
DROP TRIGGER IF EXISTS search_dialogue_update;
DROP TRIGGER IF EXISTS search_dialogue_delete;
DROP TRIGGER IF EXISTS search_pub_dialogue_insert;
DROP TRIGGER IF EXISTS search_pub_dialogue_delete;
CREATE TRIGGER search_dialogue_insert
  AFTER INSERT ON dialogue
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+5, 'dialogue', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.focus, '')
         || char(10) || coalesce(new.focus_sr, '')
         || char(10) || coalesce(new.long_term_goal, '')
         || char(10) || coalesce(new.long_term_goal_sr, '')
         || char(10) || coalesce(new.launch_note, '')
         || char(10) || coalesce(new.launch_note_sr, '');
END;
CREATE TRIGGER search_dialogue_update
  AFTER UPDATE OF focus, focus_sr, launch_note, launch_note_sr,
  long_term_goal, long_term_goal_sr, title, title_sr
  ON dialogue
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+5;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+5, 'dialogue', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.focus, '')
         || char(10) || coalesce(new.focus_sr, '')
         || char(10) || coalesce(new.long_term_goal, '')
         || char(10) || coalesce(new.long_term_goal_sr, '')
         || char(10) || coalesce(new.launch_note, '')
         || char(10) || coalesce(new.launch_note_sr, '');
END;
CREATE TRIGGER search_dialogue_delete
  AFTER DELETE ON dialogue
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+5;
END;
CREATE TRIGGER search_pub_dialogue_insert
  AFTER INSERT ON pub_dialogue
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+5, 'dialogue', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.focus, '')
         || char(10) || coalesce(new.focus_sr, '')
         || char(10) || coalesce(new.long_term_goal, '')
         || char(10) || coalesce(new.long_term_goal_sr, '')
         || char(10) || coalesce(new.launch_note, '')
         || char(10) || coalesce(new.launch_note_sr, '');
END;
CREATE TRIGGER search_pub_dialogue_delete
  AFTER DELETE ON pub_dialogue
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+5;
END;

-- party (1099511627776+id*32+6)
DROP TRIGGER IF EXISTS search_party_insert;
DROP TRIGGER IF EXISTS search_party_update;
DROP TRIGGER IF EXISTS search_party_delete;
DROP TRIGGER IF EXISTS search_pub_party_insert;
DROP TRIGGER IF EXISTS search_pub_party_delete;
CREATE TRIGGER search_party_insert
  AFTER INSERT ON party
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+6, 'party', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         '';
END;
CREATE TRIGGER search_party_update
  AFTER UPDATE OF name, name_sr
  ON party
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+6;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+6, 'party', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         '';
END;
CREATE TRIGGER search_party_delete
  AFTER DELETE ON party
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+6;
END;
CREATE TRIGGER search_pub_party_insert
  AFTER INSERT ON pub_party
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+6, 'party', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         '';
END;
CREATE TRIGGER search_pub_party_delete
  AFTER DELETE ON pub_party
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+6;
END;

-- person (1099511627776+id*32+7)
DROP TRIGGER IF EXISTS search_person_insert;
DROP TRIGGER IF EXISTS search_person_update;
DROP TRIGGER IF EXISTS search_person_delete;
CREATE TRIGGER search_person_insert
  AFTER INSERT ON person
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+7, 'person', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         coalesce(new.position, '')
         || char(10) || coalesce(new.position_sr, '');
END;
CREATE TRIGGER search_person_update
  AFTER UPDATE OF name, name_sr, position, position_sr
  ON person
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+7;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+7, 'person', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         coalesce(new.position, '')
         || char(10) || coalesce(new.position_sr, '');
END;
CREATE TRIGGER search_person_delete
  AFTER DELETE ON person
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+7;
END;

-- area (1099511627776+id*32+8)
DROP TRIGGER IF EXISTS search_area_insert;
DROP TRIGGER IF EXISTS search_area_update;
DROP TRIGGER IF EXISTS search_area_delete;
DROP TRIGGER IF EXISTS search_pub_area_insert;
DROP TRIGGER IF EXISTS search_pub_area_delete;
CREATE TRIGGER search_area_insert
  AFTER INSERT ON area
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+8, 'area', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, '');
END;
CREATE TRIGGER search_area_update
  AFTER UPDATE OF description, description_sr, name, name_sr
  ON area
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+8;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+8, 'area', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, '');
END;
CREATE TRIGGER search_area_delete
  AFTER DELETE ON area
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+8;
END;
CREATE TRIGGER search_pub_area_insert
  AFTER INSERT ON pub_area
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+8, 'area', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, '');
END;
CREATE TRIGGER search_pub_area_delete
  AFTER DELETE ON pub_area
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+8;
END;

-- wg (1099511627776+id*32+9)
DROP TRIGGER IF EXISTS search_working_group_insert;
DROP TRIGGER IF EXISTS search_working_group_update;
DROP TRIGGER IF EXISTS search_working_group_delete;
DROP TRIGGER IF EXISTS search_pub_working_group_insert;
DROP TRIGGER IF EXISTS search_pub_working_group_delete;
CREATE TRIGGER search_working_group_insert
  AFTER INSERT ON working_group
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+9, 'wg', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         coalesce(new.mandate, '')
         || char(10) || coalesce(new.mandate_sr, '');
END;
CREATE TRIGGER search_working_group_update
  AFTER UPDATE OF mandate, mandate_sr, name, name_sr
  ON working_group
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+9;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+9, 'wg', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         coalesce(new.mandate, '')
         || char(10) || coalesce(new.mandate_sr, '');
END;
CREATE TRIGGER search_working_group_delete
  AFTER DELETE ON working_group
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+9;
END;
CREATE TRIGGER search_pub_working_group_insert
  AFTER INSERT ON pub_working_group
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+9, 'wg', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         coalesce(new.mandate, '')
         || char(10) || coalesce(new.mandate_sr, '');
END;
CREATE TRIGGER search_pub_working_group_delete
  AFTER DELETE ON pub_working_group
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+9;
END;

-- contact (1099511627776+id*32+10)
DROP TRIGGER IF EXISTS search_wg_log_insert;
DROP TRIGGER IF EXISTS search_wg_log_update;
DROP TRIGGER IF EXISTS search_wg_log_delete;
CREATE TRIGGER search_wg_log_insert
  AFTER INSERT ON wg_log
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+10, 'contact', new.id,
         coalesce(new.summary, '')
         || char(10) || coalesce(new.summary_sr, ''),
         '';
END;
CREATE TRIGGER search_wg_log_update
  AFTER UPDATE OF summary, summary_sr
  ON wg_log
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+10;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+10, 'contact', new.id,
         coalesce(new.summary, '')
         || char(10) || coalesce(new.summary_sr, ''),
         '';
END;
CREATE TRIGGER search_wg_log_delete
  AFTER DELETE ON wg_log
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+10;
END;

-- benefit (1099511627776+id*32+11)
DROP TRIGGER IF EXISTS search_benefit_insert;
DROP TRIGGER IF EXISTS search_benefit_update;
DROP TRIGGER IF EXISTS search_benefit_delete;
DROP TRIGGER IF EXISTS search_pub_benefit_insert;
DROP TRIGGER IF EXISTS search_pub_benefit_delete;
CREATE TRIGGER search_benefit_insert
  AFTER INSERT ON benefit
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+11, 'benefit', new.id,
         coalesce(new.text, '')
         || char(10) || coalesce(new.text_sr, ''),
         '';
END;
CREATE TRIGGER search_benefit_update
  AFTER UPDATE OF text, text_sr
  ON benefit
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+11;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+11, 'benefit', new.id,
         coalesce(new.text, '')
         || char(10) || coalesce(new.text_sr, ''),
         '';
END;
CREATE TRIGGER search_benefit_delete
  AFTER DELETE ON benefit
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+11;
END;
CREATE TRIGGER search_pub_benefit_insert
  AFTER INSERT ON pub_benefit
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+11, 'benefit', new.id,
         coalesce(new.text, '')
         || char(10) || coalesce(new.text_sr, ''),
         '';
END;
CREATE TRIGGER search_pub_benefit_delete
  AFTER DELETE ON pub_benefit
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+11;
END;

-- indicator (1099511627776+id*32+12)
DROP TRIGGER IF EXISTS search_indicator_insert;
DROP TRIGGER IF EXISTS search_indicator_update;
DROP TRIGGER IF EXISTS search_indicator_delete;
DROP TRIGGER IF EXISTS search_pub_indicator_insert;
DROP TRIGGER IF EXISTS search_pub_indicator_delete;
CREATE TRIGGER search_indicator_insert
  AFTER INSERT ON indicator
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+12, 'indicator', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         coalesce(new.statistics_of, '')
         || char(10) || coalesce(new.statistics_of_sr, '')
         || char(10) || coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, '');
END;
CREATE TRIGGER search_indicator_update
  AFTER UPDATE OF description, description_sr, name, name_sr,
  statistics_of, statistics_of_sr
  ON indicator
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+12;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+12, 'indicator', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         coalesce(new.statistics_of, '')
         || char(10) || coalesce(new.statistics_of_sr, '')
         || char(10) || coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, '');
END;
CREATE TRIGGER search_indicator_delete
  AFTER DELETE ON indicator
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+12;
END;
CREATE TRIGGER search_pub_indicator_insert
  AFTER INSERT ON pub_indicator
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+12, 'indicator', new.id,
         coalesce(new.name, '')
         || char(10) || coalesce(new.name_sr, ''),
         coalesce(new.statistics_of, '')
         || char(10) || coalesce(new.statistics_of_sr, '')
         || char(10) || coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, '');
END;
CREATE TRIGGER search_pub_indicator_delete
  AFTER DELETE ON pub_indicator
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+12;
END;

-- observation (1099511627776+id*32+13)
DROP TRIGGER IF EXISTS search_observation_insert;
DROP TRIGGER IF EXISTS search_observation_update;
DROP TRIGGER IF EXISTS search_observation_delete;
DROP TRIGGER IF EXISTS search_pub_observation_insert;
DROP TRIGGER IF EXISTS search_pub_observation_delete;
CREATE TRIGGER search_observation_insert
  AFTER INSERT ON observation
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+13, 'observation', new.id,
         coalesce(new.period, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_observation_update
  AFTER UPDATE OF note, note_sr, period
  ON observation
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+13;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+13, 'observation', new.id,
         coalesce(new.period, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '')
  WHERE new.note IS NOT NULL OR new.note_sr IS NOT NULL;
END;
CREATE TRIGGER search_observation_delete
  AFTER DELETE ON observation
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+13;
END;
CREATE TRIGGER search_pub_observation_insert
  AFTER INSERT ON pub_observation
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+13, 'observation', new.id,
         coalesce(new.period, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_observation_delete
  AFTER DELETE ON pub_observation
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+13;
END;

-- step (1099511627776+id*32+14)
DROP TRIGGER IF EXISTS search_roadmap_step_insert;
DROP TRIGGER IF EXISTS search_roadmap_step_update;
DROP TRIGGER IF EXISTS search_roadmap_step_delete;
DROP TRIGGER IF EXISTS search_pub_roadmap_step_insert;
DROP TRIGGER IF EXISTS search_pub_roadmap_step_delete;
CREATE TRIGGER search_roadmap_step_insert
  AFTER INSERT ON roadmap_step
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+14, 'step', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.planned_label, '')
         || char(10) || coalesce(new.planned_label_sr, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_roadmap_step_update
  AFTER UPDATE OF note, note_sr, planned_label, planned_label_sr, title,
  title_sr
  ON roadmap_step
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+14;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+14, 'step', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.planned_label, '')
         || char(10) || coalesce(new.planned_label_sr, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_roadmap_step_delete
  AFTER DELETE ON roadmap_step
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+14;
END;
CREATE TRIGGER search_pub_roadmap_step_insert
  AFTER INSERT ON pub_roadmap_step
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+14, 'step', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.planned_label, '')
         || char(10) || coalesce(new.planned_label_sr, '')
         || char(10) || coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_roadmap_step_delete
  AFTER DELETE ON pub_roadmap_step
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+14;
END;

-- participant (1099511627776+id*32+15)
DROP TRIGGER IF EXISTS search_participant_insert;
DROP TRIGGER IF EXISTS search_participant_update;
DROP TRIGGER IF EXISTS search_participant_delete;
CREATE TRIGGER search_participant_insert
  AFTER INSERT ON participant
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+15, 'participant', new.id,
         coalesce(new.role, '')
         || char(10) || coalesce(new.role_sr, ''),
         '';
END;
CREATE TRIGGER search_participant_update
  AFTER UPDATE OF role, role_sr
  ON participant
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+15;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+15, 'participant', new.id,
         coalesce(new.role, '')
         || char(10) || coalesce(new.role_sr, ''),
         '';
END;
CREATE TRIGGER search_participant_delete
  AFTER DELETE ON participant
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+15;
END;

-- decision (1099511627776+id*32+16)
DROP TRIGGER IF EXISTS search_decision_insert;
DROP TRIGGER IF EXISTS search_decision_update;
DROP TRIGGER IF EXISTS search_decision_delete;
DROP TRIGGER IF EXISTS search_pub_decision_insert;
DROP TRIGGER IF EXISTS search_pub_decision_delete;
CREATE TRIGGER search_decision_insert
  AFTER INSERT ON decision
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+16, 'decision', new.id,
         coalesce(new.text, '')
         || char(10) || coalesce(new.text_sr, ''),
         coalesce(new.action, '')
         || char(10) || coalesce(new.action_sr, '');
END;
CREATE TRIGGER search_decision_update
  AFTER UPDATE OF action, action_sr, text, text_sr
  ON decision
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+16;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+16, 'decision', new.id,
         coalesce(new.text, '')
         || char(10) || coalesce(new.text_sr, ''),
         coalesce(new.action, '')
         || char(10) || coalesce(new.action_sr, '');
END;
CREATE TRIGGER search_decision_delete
  AFTER DELETE ON decision
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+16;
END;
CREATE TRIGGER search_pub_decision_insert
  AFTER INSERT ON pub_decision
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+16, 'decision', new.id,
         coalesce(new.text, '')
         || char(10) || coalesce(new.text_sr, ''),
         coalesce(new.action, '')
         || char(10) || coalesce(new.action_sr, '');
END;
CREATE TRIGGER search_pub_decision_delete
  AFTER DELETE ON pub_decision
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+16;
END;

-- risk (1099511627776+id*32+17)
DROP TRIGGER IF EXISTS search_risk_insert;
DROP TRIGGER IF EXISTS search_risk_update;
DROP TRIGGER IF EXISTS search_risk_delete;
DROP TRIGGER IF EXISTS search_pub_risk_insert;
DROP TRIGGER IF EXISTS search_pub_risk_delete;
CREATE TRIGGER search_risk_insert
  AFTER INSERT ON risk
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+17, 'risk', new.id,
         coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, ''),
         coalesce(new.mitigation, '')
         || char(10) || coalesce(new.mitigation_sr, '');
END;
CREATE TRIGGER search_risk_update
  AFTER UPDATE OF description, description_sr, mitigation, mitigation_sr
  ON risk
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+17;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+17, 'risk', new.id,
         coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, ''),
         coalesce(new.mitigation, '')
         || char(10) || coalesce(new.mitigation_sr, '');
END;
CREATE TRIGGER search_risk_delete
  AFTER DELETE ON risk
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+17;
END;
CREATE TRIGGER search_pub_risk_insert
  AFTER INSERT ON pub_risk
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+17, 'risk', new.id,
         coalesce(new.description, '')
         || char(10) || coalesce(new.description_sr, ''),
         coalesce(new.mitigation, '')
         || char(10) || coalesce(new.mitigation_sr, '');
END;
CREATE TRIGGER search_pub_risk_delete
  AFTER DELETE ON pub_risk
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+17;
END;

-- release (1099511627776+id*32+18)
DROP TRIGGER IF EXISTS search_release_insert;
DROP TRIGGER IF EXISTS search_release_update;
DROP TRIGGER IF EXISTS search_release_delete;
DROP TRIGGER IF EXISTS search_pub_release_insert;
DROP TRIGGER IF EXISTS search_pub_release_delete;
CREATE TRIGGER search_release_insert
  AFTER INSERT ON release
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+18, 'release', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         '';
END;
CREATE TRIGGER search_release_update
  AFTER UPDATE OF title, title_sr
  ON release
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+18;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+18, 'release', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         '';
END;
CREATE TRIGGER search_release_delete
  AFTER DELETE ON release
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+18;
END;
CREATE TRIGGER search_pub_release_insert
  AFTER INSERT ON pub_release
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+18, 'release', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         '';
END;
CREATE TRIGGER search_pub_release_delete
  AFTER DELETE ON pub_release
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+18;
END;

-- event (1099511627776+id*32+19)
DROP TRIGGER IF EXISTS search_event_insert;
DROP TRIGGER IF EXISTS search_event_update;
DROP TRIGGER IF EXISTS search_event_delete;
DROP TRIGGER IF EXISTS search_pub_event_insert;
DROP TRIGGER IF EXISTS search_pub_event_delete;
CREATE TRIGGER search_event_insert
  AFTER INSERT ON event
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+19, 'event', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_event_update
  AFTER UPDATE OF note, note_sr, title, title_sr
  ON event
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+19;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+19, 'event', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_event_delete
  AFTER DELETE ON event
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+19;
END;
CREATE TRIGGER search_pub_event_insert
  AFTER INSERT ON pub_event
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+19, 'event', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_event_delete
  AFTER DELETE ON pub_event
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+19;
END;

-- activity (1099511627776+id*32+21)
DROP TRIGGER IF EXISTS search_activity_insert;
DROP TRIGGER IF EXISTS search_activity_update;
DROP TRIGGER IF EXISTS search_activity_delete;
DROP TRIGGER IF EXISTS search_pub_activity_insert;
DROP TRIGGER IF EXISTS search_pub_activity_delete;
CREATE TRIGGER search_activity_insert
  AFTER INSERT ON activity
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+21, 'activity', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_activity_update
  AFTER UPDATE OF note, note_sr, title, title_sr
  ON activity
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+21;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+21, 'activity', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_activity_delete
  AFTER DELETE ON activity
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+21;
END;
CREATE TRIGGER search_pub_activity_insert
  AFTER INSERT ON pub_activity
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+21, 'activity', new.id,
         coalesce(new.title, '')
         || char(10) || coalesce(new.title_sr, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_activity_delete
  AFTER DELETE ON pub_activity
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+21;
END;

-- project-party (1099511627776+id*32+22)
DROP TRIGGER IF EXISTS search_project_party_insert;
DROP TRIGGER IF EXISTS search_project_party_update;
DROP TRIGGER IF EXISTS search_project_party_delete;
DROP TRIGGER IF EXISTS search_pub_project_party_insert;
DROP TRIGGER IF EXISTS search_pub_project_party_delete;
CREATE TRIGGER search_project_party_insert
  AFTER INSERT ON project_party
  WHEN new.agency IS NOT NULL OR new.note IS NOT NULL
    OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+22, 'project-party', new.id,
         coalesce(new.agency, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_project_party_update
  AFTER UPDATE OF agency, note, note_sr
  ON project_party
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+22;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+22, 'project-party', new.id,
         coalesce(new.agency, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '')
  WHERE new.agency IS NOT NULL OR new.note IS NOT NULL
    OR new.note_sr IS NOT NULL;
END;
CREATE TRIGGER search_project_party_delete
  AFTER DELETE ON project_party
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+22;
END;
CREATE TRIGGER search_pub_project_party_insert
  AFTER INSERT ON pub_project_party
  WHEN new.agency IS NOT NULL OR new.note IS NOT NULL
    OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+22, 'project-party', new.id,
         coalesce(new.agency, ''),
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_project_party_delete
  AFTER DELETE ON pub_project_party
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+22;
END;

-- funding (1099511627776+id*32+23)
DROP TRIGGER IF EXISTS search_project_funding_insert;
DROP TRIGGER IF EXISTS search_project_funding_update;
DROP TRIGGER IF EXISTS search_project_funding_delete;
DROP TRIGGER IF EXISTS search_pub_project_funding_insert;
DROP TRIGGER IF EXISTS search_pub_project_funding_delete;
CREATE TRIGGER search_project_funding_insert
  AFTER INSERT ON project_funding
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+23, 'funding', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_project_funding_update
  AFTER UPDATE OF note, note_sr
  ON project_funding
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+23;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+23, 'funding', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '')
  WHERE new.note IS NOT NULL OR new.note_sr IS NOT NULL;
END;
CREATE TRIGGER search_project_funding_delete
  AFTER DELETE ON project_funding
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+23;
END;
CREATE TRIGGER search_pub_project_funding_insert
  AFTER INSERT ON pub_project_funding
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+23, 'funding', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_project_funding_delete
  AFTER DELETE ON pub_project_funding
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+23;
END;

-- project-link (1099511627776+id*32+24)
DROP TRIGGER IF EXISTS search_project_link_insert;
DROP TRIGGER IF EXISTS search_project_link_update;
DROP TRIGGER IF EXISTS search_project_link_delete;
DROP TRIGGER IF EXISTS search_pub_project_link_insert;
DROP TRIGGER IF EXISTS search_pub_project_link_delete;
CREATE TRIGGER search_project_link_insert
  AFTER INSERT ON project_link
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+24, 'project-link', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_project_link_update
  AFTER UPDATE OF note, note_sr
  ON project_link
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+24;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+24, 'project-link', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '')
  WHERE new.note IS NOT NULL OR new.note_sr IS NOT NULL;
END;
CREATE TRIGGER search_project_link_delete
  AFTER DELETE ON project_link
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+24;
END;
CREATE TRIGGER search_pub_project_link_insert
  AFTER INSERT ON pub_project_link
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+24, 'project-link', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_project_link_delete
  AFTER DELETE ON pub_project_link
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+24;
END;

-- fulfilment (1099511627776+id*32+25)
DROP TRIGGER IF EXISTS search_step_fulfilment_insert;
DROP TRIGGER IF EXISTS search_step_fulfilment_update;
DROP TRIGGER IF EXISTS search_step_fulfilment_delete;
DROP TRIGGER IF EXISTS search_pub_step_fulfilment_insert;
DROP TRIGGER IF EXISTS search_pub_step_fulfilment_delete;
CREATE TRIGGER search_step_fulfilment_insert
  AFTER INSERT ON step_fulfilment
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+25, 'fulfilment', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_step_fulfilment_update
  AFTER UPDATE OF note, note_sr
  ON step_fulfilment
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+25;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+25, 'fulfilment', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '')
  WHERE new.note IS NOT NULL OR new.note_sr IS NOT NULL;
END;
CREATE TRIGGER search_step_fulfilment_delete
  AFTER DELETE ON step_fulfilment
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+25;
END;
CREATE TRIGGER search_pub_step_fulfilment_insert
  AFTER INSERT ON pub_step_fulfilment
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+25, 'fulfilment', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_step_fulfilment_delete
  AFTER DELETE ON pub_step_fulfilment
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+25;
END;

-- readiness (1099511627776+id*32+26)
DROP TRIGGER IF EXISTS search_readiness_criterion_insert;
DROP TRIGGER IF EXISTS search_readiness_criterion_update;
DROP TRIGGER IF EXISTS search_readiness_criterion_delete;
DROP TRIGGER IF EXISTS search_pub_readiness_criterion_insert;
DROP TRIGGER IF EXISTS search_pub_readiness_criterion_delete;
CREATE TRIGGER search_readiness_criterion_insert
  AFTER INSERT ON readiness_criterion
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+26, 'readiness', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_readiness_criterion_update
  AFTER UPDATE OF note, note_sr
  ON readiness_criterion
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+26;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+26, 'readiness', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '')
  WHERE new.note IS NOT NULL OR new.note_sr IS NOT NULL;
END;
CREATE TRIGGER search_readiness_criterion_delete
  AFTER DELETE ON readiness_criterion
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+26;
END;
CREATE TRIGGER search_pub_readiness_criterion_insert
  AFTER INSERT ON pub_readiness_criterion
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+26, 'readiness', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_readiness_criterion_delete
  AFTER DELETE ON pub_readiness_criterion
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+26;
END;

-- crosswalk (1099511627776+id*32+27)
DROP TRIGGER IF EXISTS search_area_crosswalk_insert;
DROP TRIGGER IF EXISTS search_area_crosswalk_update;
DROP TRIGGER IF EXISTS search_area_crosswalk_delete;
DROP TRIGGER IF EXISTS search_pub_area_crosswalk_insert;
DROP TRIGGER IF EXISTS search_pub_area_crosswalk_delete;
CREATE TRIGGER search_area_crosswalk_insert
  AFTER INSERT ON area_crosswalk
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+27, 'crosswalk', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_area_crosswalk_update
  AFTER UPDATE OF note, note_sr
  ON area_crosswalk
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+27;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+27, 'crosswalk', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '')
  WHERE new.note IS NOT NULL OR new.note_sr IS NOT NULL;
END;
CREATE TRIGGER search_area_crosswalk_delete
  AFTER DELETE ON area_crosswalk
BEGIN
  DELETE FROM search_fts WHERE rowid=1099511627776+old.id*32+27;
END;
CREATE TRIGGER search_pub_area_crosswalk_insert
  AFTER INSERT ON pub_area_crosswalk
  WHEN new.note IS NOT NULL OR new.note_sr IS NOT NULL
BEGIN
  INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+new.id*32+27, 'crosswalk', new.id,
         '',
         coalesce(new.note, '')
         || char(10) || coalesce(new.note_sr, '');
END;
CREATE TRIGGER search_pub_area_crosswalk_delete
  AFTER DELETE ON pub_area_crosswalk
BEGIN
  DELETE FROM search_pub_fts WHERE rowid=1099511627776+old.id*32+27;
END;

-- Every item again, with its Serbian text (the narratives' rows are
-- made as 025_reports.sql made them).
DELETE FROM search_fts;
DELETE FROM search_pub_fts;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT id*4, 'project', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(description, '')
         || char(10) || coalesce(description_sr, '')
         || char(10) || coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM project;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT id*4, 'project', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(description, '')
         || char(10) || coalesce(description_sr, '')
         || char(10) || coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_project;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT id*4+1, 'goal', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(means, '')
         || char(10) || coalesce(means_sr, '')
         || char(10) || coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM goal;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT id*4+1, 'goal', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(means, '')
         || char(10) || coalesce(means_sr, '')
         || char(10) || coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_goal;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT id*4+2, 'meeting', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(level, '')
         || char(10) || coalesce(level_sr, '')
         || char(10) || coalesce(agenda, '')
         || char(10) || coalesce(agenda_sr, '')
         || char(10) || coalesce(minutes, '')
         || char(10) || coalesce(minutes_sr, '')
  FROM meeting;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT id*4+2, 'meeting', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(level, '')
         || char(10) || coalesce(level_sr, '')
         || char(10) || coalesce(agenda, '')
         || char(10) || coalesce(agenda_sr, '')
         || char(10) || coalesce(minutes, '')
         || char(10) || coalesce(minutes_sr, '')
  FROM pub_meeting;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT id*4+3, 'document', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(body, '')
         || char(10) || coalesce(body_sr, '')
  FROM document;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT id*4+3, 'document', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(body, '')
         || char(10) || coalesce(body_sr, '')
  FROM pub_document;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+4, 'source', id,
         coalesce(title, ''),
         coalesce(publisher, '')
         || char(10) || coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM source;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+4, 'source', id,
         coalesce(title, ''),
         coalesce(publisher, '')
         || char(10) || coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_source;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+5, 'dialogue', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(focus, '')
         || char(10) || coalesce(focus_sr, '')
         || char(10) || coalesce(long_term_goal, '')
         || char(10) || coalesce(long_term_goal_sr, '')
         || char(10) || coalesce(launch_note, '')
         || char(10) || coalesce(launch_note_sr, '')
  FROM dialogue;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+5, 'dialogue', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(focus, '')
         || char(10) || coalesce(focus_sr, '')
         || char(10) || coalesce(long_term_goal, '')
         || char(10) || coalesce(long_term_goal_sr, '')
         || char(10) || coalesce(launch_note, '')
         || char(10) || coalesce(launch_note_sr, '')
  FROM pub_dialogue;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+6, 'party', id,
         coalesce(name, '')
         || char(10) || coalesce(name_sr, ''),
         ''
  FROM party;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+6, 'party', id,
         coalesce(name, '')
         || char(10) || coalesce(name_sr, ''),
         ''
  FROM pub_party;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+7, 'person', id,
         coalesce(name, '')
         || char(10) || coalesce(name_sr, ''),
         coalesce(position, '')
         || char(10) || coalesce(position_sr, '')
  FROM person;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+8, 'area', id,
         coalesce(name, '')
         || char(10) || coalesce(name_sr, ''),
         coalesce(description, '')
         || char(10) || coalesce(description_sr, '')
  FROM area;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+8, 'area', id,
         coalesce(name, '')
         || char(10) || coalesce(name_sr, ''),
         coalesce(description, '')
         || char(10) || coalesce(description_sr, '')
  FROM pub_area;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+9, 'wg', id,
         coalesce(name, '')
         || char(10) || coalesce(name_sr, ''),
         coalesce(mandate, '')
         || char(10) || coalesce(mandate_sr, '')
  FROM working_group;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+9, 'wg', id,
         coalesce(name, '')
         || char(10) || coalesce(name_sr, ''),
         coalesce(mandate, '')
         || char(10) || coalesce(mandate_sr, '')
  FROM pub_working_group;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+10, 'contact', id,
         coalesce(summary, '')
         || char(10) || coalesce(summary_sr, ''),
         ''
  FROM wg_log;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+11, 'benefit', id,
         coalesce(text, '')
         || char(10) || coalesce(text_sr, ''),
         ''
  FROM benefit;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+11, 'benefit', id,
         coalesce(text, '')
         || char(10) || coalesce(text_sr, ''),
         ''
  FROM pub_benefit;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+12, 'indicator', id,
         coalesce(name, '')
         || char(10) || coalesce(name_sr, ''),
         coalesce(statistics_of, '')
         || char(10) || coalesce(statistics_of_sr, '')
         || char(10) || coalesce(description, '')
         || char(10) || coalesce(description_sr, '')
  FROM indicator;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+12, 'indicator', id,
         coalesce(name, '')
         || char(10) || coalesce(name_sr, ''),
         coalesce(statistics_of, '')
         || char(10) || coalesce(statistics_of_sr, '')
         || char(10) || coalesce(description, '')
         || char(10) || coalesce(description_sr, '')
  FROM pub_indicator;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+13, 'observation', id,
         coalesce(period, ''),
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM observation
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+13, 'observation', id,
         coalesce(period, ''),
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_observation
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+14, 'step', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(planned_label, '')
         || char(10) || coalesce(planned_label_sr, '')
         || char(10) || coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM roadmap_step;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+14, 'step', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(planned_label, '')
         || char(10) || coalesce(planned_label_sr, '')
         || char(10) || coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_roadmap_step;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+15, 'participant', id,
         coalesce(role, '')
         || char(10) || coalesce(role_sr, ''),
         ''
  FROM participant;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+16, 'decision', id,
         coalesce(text, '')
         || char(10) || coalesce(text_sr, ''),
         coalesce(action, '')
         || char(10) || coalesce(action_sr, '')
  FROM decision;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+16, 'decision', id,
         coalesce(text, '')
         || char(10) || coalesce(text_sr, ''),
         coalesce(action, '')
         || char(10) || coalesce(action_sr, '')
  FROM pub_decision;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+17, 'risk', id,
         coalesce(description, '')
         || char(10) || coalesce(description_sr, ''),
         coalesce(mitigation, '')
         || char(10) || coalesce(mitigation_sr, '')
  FROM risk;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+17, 'risk', id,
         coalesce(description, '')
         || char(10) || coalesce(description_sr, ''),
         coalesce(mitigation, '')
         || char(10) || coalesce(mitigation_sr, '')
  FROM pub_risk;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+18, 'release', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         ''
  FROM release;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+18, 'release', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         ''
  FROM pub_release;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+19, 'event', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM event;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+19, 'event', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_event;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+20, 'narrative', id, period,
         text || char(10) || coalesce(text_sr, '') FROM narrative;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+20, 'narrative', id, period,
         text || char(10) || coalesce(text_sr, '') FROM pub_narrative;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+21, 'activity', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM activity;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+21, 'activity', id,
         coalesce(title, '')
         || char(10) || coalesce(title_sr, ''),
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_activity;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+22, 'project-party', id,
         coalesce(agency, ''),
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM project_party
WHERE agency IS NOT NULL OR note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+22, 'project-party', id,
         coalesce(agency, ''),
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_project_party
WHERE agency IS NOT NULL OR note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+23, 'funding', id,
         '',
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM project_funding
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+23, 'funding', id,
         '',
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_project_funding
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+24, 'project-link', id,
         '',
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM project_link
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+24, 'project-link', id,
         '',
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_project_link
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+25, 'fulfilment', id,
         '',
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM step_fulfilment
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+25, 'fulfilment', id,
         '',
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_step_fulfilment
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+26, 'readiness', id,
         '',
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM readiness_criterion
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+26, 'readiness', id,
         '',
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_readiness_criterion
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+27, 'crosswalk', id,
         '',
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM area_crosswalk
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
INSERT INTO search_pub_fts(rowid, entity, item_id, title, body)
  SELECT 1099511627776+id*32+27, 'crosswalk', id,
         '',
         coalesce(note, '')
         || char(10) || coalesce(note_sr, '')
  FROM pub_area_crosswalk
WHERE note IS NOT NULL OR note_sr IS NOT NULL;
