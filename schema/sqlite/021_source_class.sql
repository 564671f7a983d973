-- 021_source_class.sql: a source has a classification of its own.
--
-- Every kind a reader can see carries a classification or inherits its
-- visibility parent's (docs/design.md, "Classification"); a source has no
-- parent, so it has its own.  A source is a published document: the
-- sources so far are public, as is a new one unless marked otherwise
-- (the public still sees one only when a published item cites it).  The
-- content hash leaves a public source's classification out (FF_HASH0), so
-- that approvals signed before this migration still hold.
ALTER TABLE source ADD COLUMN classification TEXT NOT NULL DEFAULT 'public'
  CHECK(classification IN ('public','internal','restricted'));
-- The published copy has the same columns (010_publication.sql).
ALTER TABLE pub_source ADD COLUMN classification TEXT;
UPDATE pub_source SET classification='public';
