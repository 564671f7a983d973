-- 028_document_file.sql: a document carries its file (the PostgreSQL
-- twin of schema/sqlite/028_document_file.sql, in the form of
-- 020_baseline.sql).
--
-- One PDF or UTF-8 text file per document, with its SHA-256 (hex), media
-- type and size; its classification is the document's, checked on every
-- read (src/store/docfile.c).  Not a published kind.
CREATE TABLE document_file(
  document_id BIGINT PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE
    DEFERRABLE,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL CHECK(media_type IN ('application/pdf',
                                                'text/plain')),
  size BIGINT NOT NULL CHECK(size>=0),
  sha256 TEXT NOT NULL CHECK(length(sha256)=64),
  data BYTEA NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL
);
