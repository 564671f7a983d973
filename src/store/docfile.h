/*
** docfile.h: the file a document carries (docfile.c, migration 028).
**
** One file per document -- a joint statement's PDF or its text -- stored
** with its SHA-256, media type and size.  Its classification is the
** document's: store_docfile_get() finds the file only when the store's
** viewer may read the document (store_item_get(): its classification,
** scoped clearances, the public's published rows) and, for the public,
** only when the document as it is now is public too and the file was
** attached before the document's latest publication (a file attached
** since waits for the next one).  Attaching is a change of the document
** (store_authorize()) recorded in the audit log with the hash.
*/
#ifndef ACCORD_DOCFILE_H
#define ACCORD_DOCFILE_H

#include "store.h"
#include "replay.h"

#define DOCFILE_MAX (20<<20)       /* bytes of one file, at most */

typedef struct DocFile {
  int64_t idDoc;
  const char *zName;        /* its file name as given */
  const char *zType;        /* "application/pdf" or "text/plain" */
  int64_t nSize;
  const char *zSha256;      /* 64 hex digits */
  const char *zAddedAt, *zAddedBy;
  const unsigned char *aData;  /* NULL unless asked for */
} DocFile;

/* Attach the n bytes at pData, named zName, to document idDoc (replacing
** the file it had): a PDF (it starts "%PDF-") or UTF-8 text without
** control characters, at most DOCFILE_MAX bytes, for a document the
** store's account may change.  In a transaction of its own, with one audit
** entry.  ACC_OK; ACC_NOTFOUND, ACC_DENIED, ACC_INVALID or ACC_BUSY with
** the reason, naming the field, in zErr. */
AccRc store_docfile_put(Store *p, int64_t idDoc, const char *zName,
                        const void *pData, int64_t n, char *zErr, int nErr);

/* The file of document idDoc as the store's viewer may read it, in
** pArena (with its bytes if bData).  ACC_NOTFOUND if there is none or the
** viewer may not read the document. */
AccRc store_docfile_get(Store *p, int64_t idDoc, int bData, Arena *pArena,
                        DocFile *pF);

/* Check every stored file against its SHA-256 and size, and against the
** hash of its latest audit entry; x gets each finding.  Returns the
** number of findings. */
int64_t store_docfile_verify(Store *p, VerifyFn x, void *pArg);

#endif
