-- 028_document_file.sql: a document carries its file.
--
-- A document (a joint statement, an agreement, minutes: the document kind
-- of src/core/model.c) may have one file attached: a PDF or UTF-8 text,
-- stored here with its SHA-256 (hex), media type and size, and who added
-- it when.  The file has no classification of its own: it is the
-- document's, checked on every read (src/store/docfile.c), so that a
-- restricted document's file reaches no reader without clearance.  Each
-- attachment is an audit entry ('import', entity 'document_file', with
-- the name, type, size and hash; never the bytes), and `accord verify`
-- checks each stored file against its hash and against the hash its
-- latest audit entry recorded.  `export all` carries the table (the
-- bytes as hex) and `load` restores it.  Not a published kind: the
-- public reads a file only while the document's published row and its
-- current row are both public, and only one attached before the
-- document's latest publication.
CREATE TABLE document_file(
  document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL CHECK(media_type IN ('application/pdf',
                                                'text/plain')),
  size INTEGER NOT NULL CHECK(size>=0),
  sha256 TEXT NOT NULL CHECK(length(sha256)=64),
  data BLOB NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL
);
