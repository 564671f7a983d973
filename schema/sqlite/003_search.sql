-- 003_search.sql: full-text search over goals, meetings and documents.
--
-- One FTS5 table holds a row per searchable item: the entity's name, the
-- item's id, a title and a body (goal: means and note; meeting: agenda
-- and minutes; document: body).  Its rowid is id*4 + 1 (goal), 2
-- (meeting) or 3 (document), so that a trigger finds an item's row
-- without a scan.  Triggers keep it in step with the three tables; the
-- table never decides who may read a hit: store_search() checks every
-- hit against the reader with store_item_get() (src/store/search.c).
-- The tokenizer folds case and diacritics (Serbian Latin š ž č ć đ) and
-- stems English words.

CREATE VIRTUAL TABLE search_fts USING fts5(
  entity UNINDEXED,
  item_id UNINDEXED,
  title,
  body,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_goal_insert AFTER INSERT ON goal BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+1, 'goal', new.id, new.title,
         coalesce(new.means, '') || char(10) || coalesce(new.note, ''));
END;
CREATE TRIGGER search_goal_update AFTER UPDATE OF title, means, note ON goal
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+1;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+1, 'goal', new.id, new.title,
         coalesce(new.means, '') || char(10) || coalesce(new.note, ''));
END;
CREATE TRIGGER search_goal_delete AFTER DELETE ON goal BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+1;
END;

CREATE TRIGGER search_meeting_insert AFTER INSERT ON meeting BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+2, 'meeting', new.id, new.title,
         coalesce(new.agenda, '') || char(10) || coalesce(new.minutes, ''));
END;
CREATE TRIGGER search_meeting_update
  AFTER UPDATE OF title, agenda, minutes ON meeting
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+2;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+2, 'meeting', new.id, new.title,
         coalesce(new.agenda, '') || char(10) || coalesce(new.minutes, ''));
END;
CREATE TRIGGER search_meeting_delete AFTER DELETE ON meeting BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+2;
END;

CREATE TRIGGER search_document_insert AFTER INSERT ON document BEGIN
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+3, 'document', new.id, new.title,
         coalesce(new.body, ''));
END;
CREATE TRIGGER search_document_update AFTER UPDATE OF title, body ON document
BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+3;
  INSERT INTO search_fts(rowid, entity, item_id, title, body)
  VALUES(new.id*4+3, 'document', new.id, new.title,
         coalesce(new.body, ''));
END;
CREATE TRIGGER search_document_delete AFTER DELETE ON document BEGIN
  DELETE FROM search_fts WHERE rowid=old.id*4+3;
END;

-- Items that exist already.
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT id*4+1, 'goal', id, title,
         coalesce(means, '') || char(10) || coalesce(note, '') FROM goal;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT id*4+2, 'meeting', id, title,
         coalesce(agenda, '') || char(10) || coalesce(minutes, '')
  FROM meeting;
INSERT INTO search_fts(rowid, entity, item_id, title, body)
  SELECT id*4+3, 'document', id, title, coalesce(body, '') FROM document;
