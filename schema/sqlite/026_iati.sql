-- 026_iati.sql: the codes IATI asks of the parties, areas and projects
-- (docs/iati.md).
--
-- A party gets its country (ISO 3166-1 alpha-2, the recipient-country of
-- the IATI export) and, when it has one, its IATI organisation identifier
-- (the reporting-org of the activities it reports).  An area and a
-- project get their OECD DAC 5-digit sector codes (IATI sector vocabulary
-- 1), separated by spaces; the lists are checked by the model
-- (src/core/codes.c), the shapes here.  The content hash leaves each of
-- these fields out while it is empty (FF_HASH0), so approvals signed
-- before this migration still hold.  A column added to a published kind
-- is added to its pub_ table too (010_publication.sql).
ALTER TABLE party ADD COLUMN country TEXT
  CHECK(country IS NULL OR (length(country)=2 AND country=upper(country)));
ALTER TABLE party ADD COLUMN org_ref TEXT;
ALTER TABLE pub_party ADD COLUMN country TEXT;
ALTER TABLE pub_party ADD COLUMN org_ref TEXT;
ALTER TABLE area ADD COLUMN sectors TEXT;
ALTER TABLE pub_area ADD COLUMN sectors TEXT;
ALTER TABLE project ADD COLUMN sectors TEXT;
ALTER TABLE pub_project ADD COLUMN sectors TEXT;
