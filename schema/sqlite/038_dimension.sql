-- 038_dimension.sql: the dimensions a dialogue declares for the
-- breakdowns of its indicators (docs/design.md, "Breakdowns").
--
-- dimension: a name as a breakdown's cell writes it ("sex", the form of
-- src/core/breakdown.c), with its label in English and Serbian, once per
-- dialogue.  dimension_value: a value the dimension allows, with its
-- labels; a dimension without values allows any value (e.g. age bands).
-- An observation's cell names only declared dimensions and values
-- (src/store/dimension.c), and readers see the declared labels.
--
-- Cells recorded before this migration named any dimension.  So that none
-- becomes invalid, the first open of the database after this migration
-- declares every dimension and value the recorded cells name, labelled
-- as written, each as an item with its audit entry
-- (store_dims_declare_found(), run by store.c): the secretariat then
-- gives them their labels.
--
-- Both kinds are published like the others (010_publication.sql): the
-- public reads the version every party approved, from its pub_ table.
CREATE TABLE dimension(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  label TEXT NOT NULL,
  label_sr TEXT,
  position INTEGER,
  UNIQUE(dialogue_id, name)
);
CREATE TABLE dimension_value(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dimension_id INTEGER NOT NULL REFERENCES dimension(id),
  value TEXT NOT NULL,
  label TEXT NOT NULL,
  label_sr TEXT,
  position INTEGER,
  UNIQUE(dimension_id, value)
);

-- The published copies.
CREATE TABLE pub_dimension AS SELECT * FROM dimension WHERE 0;
ALTER TABLE pub_dimension ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_dimension ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_dimension_id ON pub_dimension(id);
CREATE INDEX pub_dimension_dialogue ON pub_dimension(dialogue_id);
CREATE TABLE pub_dimension_value AS SELECT * FROM dimension_value WHERE 0;
ALTER TABLE pub_dimension_value ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_dimension_value ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_dimension_value_id ON pub_dimension_value(id);
CREATE INDEX pub_dimension_value_dimension
  ON pub_dimension_value(dimension_id);
