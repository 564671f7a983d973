-- 021_source_class.sql: a source has a classification of its own (the
-- PostgreSQL twin of schema/sqlite/021_source_class.sql).
--
-- Every kind a reader can see carries a classification or inherits its
-- visibility parent's (docs/design.md, "Classification"); a source has no
-- parent, so it has its own.  The sources so far are public, as is a new
-- one unless marked otherwise.
ALTER TABLE source ADD COLUMN classification TEXT NOT NULL DEFAULT 'public'
  CHECK(classification IN ('public','internal','restricted'));
-- The published copy has the same columns.
ALTER TABLE pub_source ADD COLUMN classification TEXT;
UPDATE pub_source SET classification='public';
