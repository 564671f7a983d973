/*
** store.h: the one interface to an Accord database.
**
** Everything the CLI (and later the web server and the reports) reads or
** writes goes through these functions; none of them sees SQL.  Items are
** rows of the entities of model.h, passed as arrays of Value in the
** order of the entity's fields.  Every change is recorded in the audit
** log, in the same transaction, as a hash chain (store_audit_verify()).
**
** The logic lives in store.c and works through the driver of storeInt.h;
** sqlite.c is the SQLite driver, and a PostgreSQL driver can be added
** beside it without touching this interface or anything above it.
*/
#ifndef ACCORD_STORE_H
#define ACCORD_STORE_H

#include <stdint.h>

#include "../core/model.h"
#include "../util/util.h"

typedef struct Store Store;

#define STORE_CREATE   0x01   /* create the database if it does not exist */
#define STORE_READONLY 0x02   /* open read-only */
#define STORE_MUSTBENEW 0x04  /* fail with ACC_CONFLICT if it exists */

/* Open the database at zPath, applying pending migrations.  On failure
** writes a message to zErr and returns ACC_IO (cannot open, not an Accord
** database), ACC_NOTFOUND (no such file, without STORE_CREATE),
** ACC_CONFLICT (exists, with STORE_MUSTBENEW) or ACC_BUSY.  The caller
** frees *ppStore with store_close(). */
AccRc store_open(const char *zPath, int flags, Store **ppStore,
                 char *zErr, int nErr);
void store_close(Store *p);
/* A line on SQLite's memory into z (sqlite.c; with ACCORD_MEMSTAT set). */
void store_memstat(char *z, int n);
/* Each connection keeps at most STORE_CACHE_KIB KiB of database pages in
** memory (SQLite's default, set explicitly), or what store_cache_limit()
** set for it (the server's connections, held as long as it runs: web
** http.c); store_cache_bytes() is what p's connection holds now. */
#define STORE_CACHE_KIB 2000
#define STORE_CACHE_KIB_STR "2000"
void store_cache_limit(Store *p, int nKiB);
int64_t store_cache_bytes(Store *p);
/* Schema version of the open database (number of the last migration). */
int store_schema_version(Store *p);

/* Who is acting: recorded in the audit log and in entered_by.  The string
** is copied. */
void store_set_actor(Store *p, const char *zActor);
const char *store_actor(Store *p);

/* The reader.  Every read of items (get, each, count, code and reference
** look-ups) shows only what a reader cleared up to eMax may see: items of
** that classification or lower, whose visibility parent (their dialogue,
** indicator, meeting, ...) is visible too.  CLASS_PUBLIC reads the
** published rows only (publish.c): of each item the version every party
** of its dialogue approved, observations a data release covers, sources
** cited by published rows; never people, memberships, contacts,
** benefits or participants.  The default, for the command line, is
** CLASS_RESTRICTED: everything. */
void store_set_viewer(Store *p, Class eMax);
Class store_viewer(Store *p);

/* How long a statement waits for another connection's write lock
** before failing with ACC_BUSY: STORE_BUSY_MS unless set (the web
** server's writer waits longer, see src/web/http.c). */
#define STORE_BUSY_MS 5000
void store_busy_timeout(Store *p, int nMs);

/* A number that changes with every change to the data: what caches of
** rendered pages, sessions and tokens are keyed by (compare it for
** equality only).  The id of the latest audit entry, read from the
** database; in a process that watches a PostgreSQL database
** (store_watch_start()), a counter in memory that the database's
** notifications step, read without a round trip. */
int64_t store_data_version(Store *p);
/* Let store_data_version() skip its query while no commit has happened
** since it last ran (SQLite in WAL mode; sqlite.c): for connections that
** stay open, as the web server's do. */
void store_version_watch(Store *p);

/* Watch database zPath for changes from this process (`accord serve`):
** on PostgreSQL a thread keeps a connection that LISTENs for the
** notifications of new audit entries (schema/pg/030_pgnotify.sql), so
** that store_data_version() of every Store of the process reads memory;
** while that connection is lost it asks the database, as without a
** watch.  On SQLite nothing is started (the query is a read of the local
** file).  store_watch_stop() ends the thread. */
AccRc store_watch_start(const char *zPath, char *zErr, int nErr);
void store_watch_stop(void);

/* Transactions.  Writes outside an explicit transaction each run in one
** of their own.  store_rollback() is safe to call when none is open. */
AccRc store_begin(Store *p);
AccRc store_commit(Store *p);
void store_rollback(Store *p);
/* Begin a transaction for a bulk load whose caller has resolved every
** reference itself, inside this transaction (so that nothing can remove
** what it refers to meanwhile): the database does not check references
** again row by row.  The checks are back on after store_commit() or
** store_rollback(). */
AccRc store_begin_bulk(Store *p);

/* Row aVal of item id of entity e as a new JSON object: "id" and every
** field by name (booleans as true/false, empty as null): an item as the
** API and `accord status --json` give it. */
struct json_t;
struct json_t *store_item_json(int e, int64_t id, const Value *aVal);

/* Items.  aVal holds aEntity[e].nField values; FT_REF values must be
** VAL_INT ids (see store_ref_resolve()).  Errors (ACC_INVALID for a bad
** reference, ACC_CONFLICT for a duplicate code or an item still referred
** to) are described in zErr, naming the field. */
AccRc store_item_insert(Store *p, int e, const Value *aVal, int64_t *pId,
                        char *zErr, int nErr);
AccRc store_item_update(Store *p, int e, int64_t id, const Value *aVal,
                        char *zErr, int nErr);
AccRc store_item_delete(Store *p, int e, int64_t id, char *zErr, int nErr);
/* The current version of item id of entity e: the id of its latest audit
** entry (what approvals name and what API ETags carry), 0 if none. */
int64_t store_item_version(Store *p, int e, int64_t id);
/* As store_item_update() and store_item_delete(), but only if the item is
** still at version iExpect (0: whatever it is; STORE_VERSION_NONE: an
** item that has no audit entry yet, as observations imported in bulk),
** checked inside the write's transaction.  Otherwise nothing changes, *piNow (if not NULL)
** gets the current version and ACC_CONFLICT is returned with zErr saying
** the item was changed by someone else since that version. */
#define STORE_VERSION_NONE (-1)
AccRc store_item_update_if(Store *p, int e, int64_t id, int64_t iExpect,
                           int64_t *piNow, const Value *aVal, char *zErr,
                           int nErr);
AccRc store_item_delete_if(Store *p, int e, int64_t id, int64_t iExpect,
                           int64_t *piNow, char *zErr, int nErr);
/* Read item id of entity e.  The values are allocated in pArena.
** Returns ACC_NOTFOUND if there is none. */
AccRc store_item_get(Store *p, int e, int64_t id, Arena *pArena,
                     Value **paVal);
/* The id of the item of entity e whose code is zCode, or ACC_NOTFOUND. */
AccRc store_item_find_code(Store *p, int e, const char *zCode,
                           int64_t *pId);
/* The classification row aVal of entity e is read under: its own, or
** its visibility parents' (dialogue, indicator, meeting, ...) when one of
** them is more secret, or, for a kind with none of its own, its nearest
** parent's; *peFrom and *pidFrom name the parent it comes from (-1 and 0
** if its own).  A kind the public never reads is at least internal.  Read as the reader of store_set_viewer(), who sees the item
** and so its parents. */
Class store_item_class(Store *p, int e, const Value *aVal, int *peFrom,
                       int64_t *pidFrom);
/* Field j of row aVal of kind e was just set by a writer (a PATCH, `set
** --FIELD`): if it is an observation's preferred made true, the owner
** chooses again, and a choice a later value reopened is settled as by
** `accord prefer` (preferred_upto cleared, to be stamped anew). */
void store_obs_choose_again(int e, int j, Value *aVal);
/* Resolve an FT_REF value given as text (a code) or number (an id) into
** a VAL_INT id of an existing item of entity eRef.  On failure writes
** "no <entity> with code X" to zErr and returns ACC_INVALID. */
AccRc store_ref_resolve(Store *p, int eRef, Value *pVal, char *zErr,
                        int nErr);

/* Visit items of entity e in id order.  If iField>=0, only those whose
** field iField (an FT_REF) equals id.  xRow's values are valid during the
** call only; a non-zero return stops the walk. */
typedef int (*StoreRowFn)(void *pArg, int64_t id, const Value *aVal);
AccRc store_item_each(Store *p, int e, int iField, int64_t id,
                      StoreRowFn xRow, void *pArg);
/* A StoreRowFn that appends each id to the IdList pArg (util.h). */
int store_row_collect_id(void *pArg, int64_t id, const Value *aVal);
/* Number of items of entity e (with the same filter). */
int64_t store_item_count(Store *p, int e, int iField, int64_t id);

/* Whether the account the store acts for (store_set_account(); none: the
** operator, who may) may add observations to indicator iIndicator:
** ACC_DENIED with the reason in zErr if not (store_authorize()). */
AccRc store_obs_authorize(Store *p, int64_t iIndicator, char *zErr,
                          int nErr);
/* The version of indicator iIndicator's observations: the audit entry of
** the latest insert, update, delete or import of one of them (table
** obs_version, content.c), 0 if none is known.  What the data-entry grid
** carries to refuse a stale save. */
int64_t store_obs_version(Store *p, int64_t iIndicator);
/* Fast path for bulk imports of observations, inside a transaction the
** caller opened: no per-row audit entry (the caller records one with
** store_audit_add()).  Returns ACC_CONFLICT if the same value from the
** same source is already recorded for the period. */
AccRc store_obs_insert(Store *p, int64_t iIndicator, const char *zPeriod,
                       double rValue, int64_t iSource, const char *zNote,
                       char *zErr, int nErr);
/* Bulk insert of observations, for imports: the same rows as
** store_obs_insert() would insert, STORE_OBS_BATCH to one statement.
** Inside a transaction the caller opened (best with store_begin_bulk()):
**
**   ObsBatch *pB = store_obs_batch_begin(pStore);
**   for each row:
**     if( store_obs_batch_add(pB, ...)==STORE_OBS_BATCH ){
**       store_obs_batch_flush(pB, &iBad, zErr, nErr);
**     }
**   store_obs_batch_flush(pB, &iBad, zErr, nErr);
**   store_obs_batch_end(pB);
**
** store_obs_batch_add() copies the texts, checks nothing and writes
** nothing; it returns the number of rows now pending (at most
** STORE_OBS_BATCH: the caller must flush then).  store_obs_batch_flush()
** inserts the pending rows.  If one of them is already recorded (the
** same value from the same source for the period, in the database or
** earlier in the batch), it returns ACC_CONFLICT, sets *piRow to the
** index (from 0, in the order added since the last flush) of the first
** such row and describes it in zErr; the rows of the batch before it may
** then be inserted, and the caller should roll the transaction back.
** Either way the batch is empty afterwards.  store_obs_batch_end()
** frees the batch and discards rows not flushed. */
#define STORE_OBS_BATCH 50
typedef struct ObsBatch ObsBatch;
ObsBatch *store_obs_batch_begin(Store *p);
int store_obs_batch_add(ObsBatch *pB, int64_t iIndicator,
                        const char *zPeriod, double rValue, int64_t iSource,
                        const char *zNote);
/* The same for a cell of a breakdown (zCell well formed, breakdown.h;
** NULL or "" for the total), with the note in Serbian (NULL or "" for
** none). */
int store_obs_batch_add_cell(ObsBatch *pB, int64_t iIndicator,
                             const char *zPeriod, double rValue,
                             int64_t iSource, const char *zNote,
                             const char *zCell, const char *zNoteSr);
AccRc store_obs_batch_flush(ObsBatch *pB, int *piRow, char *zErr, int nErr);
void store_obs_batch_end(ObsBatch *pB);
/* Some observations of an indicator, in no particular order: with
** zPeriod those of that period; else with nRecent>0 the nRecent newest
** (largest id); else all those of the periods whose values disagree.
** For dashboards, which would otherwise read whole series; the caller has
** already read the indicator, so its visibility is checked.  The strings
** live until x returns. */
typedef struct StoreObs {
  int64_t id;
  const char *zPeriod;
  double r;                /* value */
  int64_t iSource;         /* 0 if none */
  const char *zBy, *zAt;   /* entered by ("" for the public viewer), at */
  const char *zNote;       /* or NULL */
  const char *zNoteSr;     /* the note in Serbian, or NULL */
  int bPreferred;
  int64_t iChoice;         /* preferred: preferred_upto, 0 if NULL */
  const char *zCell;       /* the cell of a breakdown it is, or NULL for
                           ** the total (032_breakdown.sql) */
} StoreObs;
AccRc store_obs_rows(Store *p, int64_t iIndicator, int nRecent,
                     const char *zPeriod,
                     int (*x)(void*, const StoreObs*), void *pArg);
/* Visit the observations of an indicator whose periods lie between zFrom
** and zTo (inclusive, as text of the indicator's frequency), in no
** particular order, with id, period, value, source, entered_at and
** preferred set (zBy and zNote are not).  For the status engine; the
** caller has already read the indicator, so its visibility is checked. */
AccRc store_obs_series(Store *p, int64_t iIndicator, const char *zFrom,
                       const char *zTo,
                       int (*x)(void*, const StoreObs*),
                       void *pArg);
/* The values of one indicator, period and cell of a breakdown that wait
** for a decision (status_period_open()): what `accord conflicts`, GET
** /api/v1/conflicts and the pages list (obschoice.c). */
typedef struct StoreConflict {
  int64_t iIndicator;
  const char *zPeriod;
  const char *zCell;       /* the cell, NULL the total */
  int bReopened;           /* a later value reopened the owner's choice */
  const StoreObs *a;       /* the values, by id (zNote not set) */
  int n;
} StoreConflict;
/* Visit every open conflict of indicator iIndicator (0: of every
** indicator the reader may see) in the order indicator, period, cell,
** the strings valid during the call; a non-zero return stops. */
AccRc store_obs_conflicts(Store *p, int64_t iIndicator,
                          int (*x)(void*, const StoreConflict*),
                          void *pArg);
/* Make observation id the value that counts for its indicator, period
** and cell, and unmark the others of that cell, in one transaction of
** its own; the ids unmarked are added to pOff (may be NULL).  The value
** chosen is written even if already preferred (it settles a reopened
** choice).  The caller checked that the reader may see and write it. */
AccRc store_obs_prefer(Store *p, int64_t id, IdList *pOff, char *zErr,
                       int nErr);
/* Whether two cells of a breakdown are the same (NULL or "": the total). */
int store_obs_same_cell(const char *zA, const char *zB);
/* Find a source by title and URL (either may be NULL), or ACC_NOTFOUND. */
AccRc store_source_find(Store *p, const char *zTitle, const char *zUrl,
                        int64_t *pId);

/* The audit log. */
AccRc store_audit_add(Store *p, const char *zAction, const char *zEntity,
                      int64_t iItem, const char *zData);
/* The audit entry of a bulk import of nRow observations from zFile.  Like
** any 'import' entry of entity observation, it carries the rows inserted
** by store_obs_insert() and the ObsBatch functions since the transaction
** began ("obs", see obs.c), for `accord verify` (replay.h). */
AccRc store_audit_import(Store *p, const char *zFile, int64_t nRow);
typedef struct AuditEntry {
  int64_t id;
  /* zActor is a login: "" for the public viewer (store_audit_each) */
  const char *zAt, *zActor, *zAction, *zEntity, *zData;
  int64_t iItem;           /* 0 if none */
  const char *zPrevHash, *zHash;
} AuditEntry;
typedef int (*StoreAuditFn)(void *pArg, const AuditEntry *pEntry);
/* Visit entries newest first; zEntity/iItem filter when set. */
AccRc store_audit_each(Store *p, const char *zEntity, int64_t iItem,
                       int nLimit, StoreAuditFn x, void *pArg);
/* Visit the entries recorded at zFrom or later and before zTo (times as
** the log writes them, "2026-07-01T00:00:00Z"; a date "2026-07-01" is its
** midnight), newest first, with zData "": what an entry did, not the rows
** it carried. */
AccRc store_audit_each_between(Store *p, const char *zFrom,
                               const char *zTo, StoreAuditFn x, void *pArg);
/* The history of item id of entity e, newest first, at most nLimit
** entries (all if nLimit<=0), for the reader of store_set_viewer(): only
** the entries of this item (not those of an earlier item that had the
** same id), each with bRedacted set if the reader may not see its data:
** if before or after it the item, or its visibility parent as of that
** entry (up the chain), was of a classification above the reader's, or,
** for the public, not jointly published in that version (history.c).
** ACC_NOTFOUND if the reader may not see the item now. */
typedef int (*StoreHistFn)(void *pArg, const AuditEntry *pEntry,
                           int bRedacted);
AccRc store_item_history(Store *p, int e, int64_t id, int nLimit,
                         StoreHistFn x, void *pArg);
/* The newest entry about an item the reader may see (any entry, for a
** reader cleared for everything), its strings in pArena; ACC_NOTFOUND if
** none.  A reader's "data as of": a write they cannot see (a restricted
** item, an account) does not move it. */
AccRc store_audit_latest_seen(Store *p, Arena *pArena, AuditEntry *pOut);
/* Check the whole chain.  Returns ACC_OK and sets *pnEntry, or
** ACC_CONFLICT with the id of the first entry that does not fit in
** *piBad and the reason in zErr. */
AccRc store_audit_verify(Store *p, int64_t *pnEntry, int64_t *piBad,
                         char *zErr, int nErr);

/* Issued reports (issued.c): frozen bytes of a report, with the hash of
** the data it was built from.  A report has versions 1, 2, ...: the first
** as issued, each later one a correction with its reason.  A version of
** a public report is 'pending' until a co-chair of every party of its
** dialogue (at least two) approved it, then 'issued'; other kinds are
** issued at once.  Nothing is ever changed or deleted. */
typedef struct IssuedReport {
  int64_t iReport;         /* the report */
  int64_t iVersionId;      /* this version's row (what approvals name) */
  int iVersion;            /* 1, 2, ... */
  const char *zKind;       /* "quarterly", "annual", "public", "portfolio" */
  int64_t idDialogue;      /* 0 for the portfolio */
  const char *zFrom, *zTo; /* the period, YYYY-MM-DD */
  const char *zLang;       /* "en", "sr-Latn", "sr-Cyrl" */
  const char *zFormat;     /* "html", "pdf", "xlsx", "csv" */
  const char *zViewer;     /* classification of its readers */
  const char *zCut;        /* "area": goals under their own framework
                           ** area; "sector": under the agreement's
                           ** sectors (REPORT_BY_SECTOR, --by) */
  const char *zState;      /* "pending" or "issued" */
  const unsigned char *pBody;  /* the bytes */
  int64_t nBody;
  const char *zBodyHash;   /* BLAKE2b-256 of the bytes, hex */
  const char *zDataHash;   /* of the data read (Report.zDataHash) */
  int64_t iDataVersion;    /* store_data_version() when built */
  const char *zGenerated;  /* the data's time (Report.zGenerated) */
  const char *zMadeBy, *zMadeAt;   /* who built this version, when */
  const char *zIssuedAt;   /* when it was issued, or NULL while pending */
  const char *zReason;     /* why this version was made (NULL for 1) */
} IssuedReport;

/* Store a new report (iReport 0) or a correction of report iReport (then
** zReason is required, and kind, dialogue, period, language, format,
** viewer and cut must be those of the report).  Fields read from *pIn:
** all but iReport, iVersionId, iVersion, zState, zBodyHash, zMadeBy, zMadeAt,
** zIssuedAt, which the store sets (the actor is the maker).  On success
** *pOut holds the new version (strings in pArena).  ACC_INVALID with a
** message naming the field; ACC_NOTFOUND if iReport does not exist. */
AccRc store_report_issue(Store *p, int64_t iReport, const IssuedReport *pIn,
                         Arena *pArena, IssuedReport *pOut,
                         char *zErr, int nErr);
/* Read version iVersion of report iReport (0: the latest issued one; -1:
** the latest, pending or not), checking that its bytes still have their
** hash (ACC_CONFLICT, with a message, if not).  Only readers cleared for
** the report's viewer see it, and the public only issued versions.
** Strings and bytes are allocated in pArena.  ACC_NOTFOUND if none. */
AccRc store_report_get(Store *p, int64_t iReport, int iVersion,
                       Arena *pArena, IssuedReport *pOut);
/* Visit every version the reader may see (of dialogue idDialogue if not
** 0), newest report first, versions in order; pBody is NULL in the
** visit.  Values are valid during the call. */
AccRc store_report_each(Store *p, int64_t idDialogue,
                        int (*x)(void*, const IssuedReport*), void *pArg);
/* Approve version iVersionId of a public report for the account's party
** (account.h's Account) with a signature, as store_approve() (pReq, see
** sign.h); when every party approved it, it is issued.  ACC_INVALID if
** the account is not a co-chair of a party of the report's dialogue, the
** version needs no approval, or the password or signature is wrong. */
struct Account;
struct SignReq;
AccRc store_report_approve(Store *p, int64_t iVersionId,
                           const struct Account *pAcc,
                           struct SignReq *pReq, char *zErr, int nErr);

/* Publication (publish.c).  The dialogue an item of a kind needing
** joint approval belongs to (through its parents), or 0. */
int64_t store_pub_dialogue(Store *p, int e, int64_t id);
/* Whether version v of item id of entity e is approved by every party of
** the dialogue's approved set: its published parties once two or more
** are published, else every party (at least two). */
int store_pub_joint(Store *p, int e, int64_t id, int64_t v);
/* Inside the transaction of an approval: publish the item's current
** version if it is now jointly approved and not yet published (copy to
** its pub_ table, a "publish" audit entry; a release also publishes the
** observations it covers).  ACC_OK if there was nothing to do. */
AccRc store_publish_if_joint(Store *p, int e, int64_t id);
/* The published version of item id of entity e (0 if never published)
** and when it was published (*pzAt, in pArena; may be NULL). */
int64_t store_pub_version(Store *p, int e, int64_t id, Arena *pArena,
                          const char **pzAt);
/* Read the published row of item id of entity e (its pub_ table),
** whatever its classification: what the public reads once it is public.
** ACC_NOTFOUND if never published (or the kind is never published). */
AccRc store_pub_get(Store *p, int e, int64_t id, Arena *pArena,
                    Value **paVal);
/* Whether party idParty approved version v of item id of the entity
** named zEntity ("goal", ...; "report": of report version id, v its id). */
int store_party_approved(Store *p, const char *zEntity, int64_t id,
                         int64_t v, int64_t idParty);
/* Whether the item was ever published while its latest change was the
** audit entry v (its own version v). */
int store_pub_was_published(Store *p, int e, int64_t id, int64_t v);
/* What awaits approval in the dialogue of party idParty: each item whose
** current version is not the published one (or that was never
** published), with whether that party approved its current version. */
typedef struct StorePending {
  int e;
  int64_t id;
  int64_t iVersion;     /* current */
  int64_t iPublished;   /* published, 0 if never */
  int bApproved;        /* the party approved the current version */
} StorePending;
AccRc store_pending_each(Store *p, int64_t idParty,
                         int (*x)(void*, const StorePending*), void *pArg);

/* Who entered item id of entity e and when, and who changed it last
** and when (grant.c), from the audit log, strings in pArena ("" if the
** log has no such entry: an item loaded before the log, or never
** changed).  For the reader of store_set_viewer(): nothing for the
** public (names of people are not public). */
typedef struct ItemStamp {
  const char *zEnteredBy, *zEnteredAt;
  const char *zChangedBy, *zChangedAt;
} ItemStamp;
void store_item_stamp(Store *p, int e, int64_t id, Arena *pArena,
                      ItemStamp *pOut);
/* The parties of working group idWg's dialogue that have no co-lead in
** it (their seats of role co-lead, by the person's party), in pList. */
AccRc store_wg_colead_missing(Store *p, int64_t idWg, IdList *pList);

/* Copy the open database to zPath with the online backup API. */
AccRc store_backup(Store *p, const char *zPath, char *zErr, int nErr);

/* The current time as "YYYY-MM-DDTHH:MM:SSZ" (for entered_at). */
void store_now(char zOut[21]);

#endif
