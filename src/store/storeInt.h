/*
** storeInt.h: what the store's logic (store.c) and its database drivers
** (sqlite.c, later pg.c) share.  Not for use outside src/store.
**
** A driver is a table of functions over prepared statements, in the
** manner of a tiny DB-API.  store.c composes every statement once, from
** the const entity tables of model.c (identifiers only, never data),
** prepares it, caches it and binds values: no value is ever formatted
** into SQL text.
*/
#ifndef ACCORD_STOREINT_H
#define ACCORD_STOREINT_H

#include "store.h"

typedef struct DbStmt DbStmt;  /* a driver's prepared statement */
typedef struct Db Db;          /* a driver's connection */

/* Step results. */
#define DB_ROW  1
#define DB_DONE 0

/* Column types, as reported by xColumnType. */
#define DB_NULL 0
#define DB_INT  1
#define DB_REAL 2
#define DB_TEXT 3

typedef struct DbDriver {
  const char *zName;           /* "sqlite" */
  char cParam;                 /* placeholder character: '?' or '$' */
  /* Open the database (flags as store_open).  ACC_* with zErr. */
  AccRc (*xOpen)(const char *zPath, int flags, Db **ppDb, char *zErr,
                 int nErr);
  void (*xClose)(Db*);
  /* Run SQL text with no parameters (migrations, BEGIN, COMMIT). */
  AccRc (*xExec)(Db*, const char *zSql, char *zErr, int nErr);
  /* Prepare.  Failure of our own SQL is a bug: the driver calls
  ** acc_fatal() with the SQL and the message. */
  DbStmt *(*xPrepare)(Db*, const char *zSql);
  void (*xBindNull)(DbStmt*, int i);          /* i from 1 */
  void (*xBindInt)(DbStmt*, int i, int64_t v);
  void (*xBindReal)(DbStmt*, int i, double r);
  void (*xBindText)(DbStmt*, int i, const char *z);  /* copied */
  /* Bind the n bytes at z without copying them: they must stay
  ** unchanged until the statement is next reset or bound again. */
  void (*xBindTextStatic)(DbStmt*, int i, const char *z, int n);
  /* DB_ROW, DB_DONE, or -ACC_CONFLICT (constraint), -ACC_BUSY; any other
  ** failure is fatal.  The message of a constraint failure is in
  ** xErrmsg(). */
  int (*xStep)(DbStmt*);
  int (*xColumnType)(DbStmt*, int i);         /* i from 0 */
  int64_t (*xColumnInt)(DbStmt*, int i);
  double (*xColumnReal)(DbStmt*, int i);
  const char *(*xColumnText)(DbStmt*, int i); /* valid until next step */
  void (*xReset)(DbStmt*);                    /* also clears bindings */
  void (*xResetKeep)(DbStmt*);                /* keeps the bindings */
  void (*xFinalize)(DbStmt*);
  const char *(*xErrmsg)(Db*);
  int64_t (*xLastId)(Db*);
  /* Settings of a bulk load on (no checks of references, temporary
  ** files in memory) or back off; outside a transaction (see
  ** store_begin_bulk()). */
  void (*xBulk)(Db*, int bOn);
  AccRc (*xBackup)(Db*, const char *zPath, char *zErr, int nErr);
  /* Bytes that may hold NULs (frozen reports): bind n bytes (copied);
  ** read a column's bytes, valid until the next step, and their count. */
  void (*xBindBlob)(DbStmt*, int i, const void *p, int64_t n);
  const void *(*xColumnBlob)(DbStmt*, int i, int64_t *pn);
  /* How long a statement waits for another connection's lock before
  ** failing with ACC_BUSY, in milliseconds. */
  void (*xBusyTimeout)(Db*, int nMs);
  /* Rows in bulk, inside a transaction: zSql a "COPY t(c, ...) FROM
  ** STDIN", zData nData bytes of rows in COPY's text format.  NULL where
  ** the driver has no such path (SQLite, whose prepared inserts are as
  ** fast): the caller inserts row by row. */
  AccRc (*xCopyIn)(Db*, const char *zSql, const char *zData, size_t nData,
                   char *zErr, int nErr);
} DbDriver;

extern const DbDriver sqliteDriver;
extern const DbDriver pgDriver;      /* pg.c */
/* Whether zPath names a PostgreSQL database (a postgres:// or
** postgresql:// URI, or a libpq keyword string such as "host=/run/x
** dbname=y"); whether store_open() opens it with pgDriver (also any path
** under ACCORD_PG_TEST, the test suite's cluster: tests/pg/run). */
int store_is_pg_name(const char *zPath);
int store_pg_wants(const char *zPath);
/* The libpq connection string of the existing PostgreSQL database zPath
** (under ACCORD_PG_TEST, the test cluster's database of the path) into
** zOut (pgtest.c). */
AccRc store_pg_conninfo(const char *zPath, char *zOut, int nOut, char *zErr,
                        int nErr);
/* The data version a watching process keeps (pgwatch.c): 1 with *pV
** while its listening connection is up, else 0 (ask the database).  A
** commit of this process that changed the data steps it at once
** (store_watch_bump()), not waiting for its own notification. */
int store_watch_version(int64_t *pV);
void store_watch_bump(void);
/* A path of the SQLite kind under ACCORD_PG_TEST names a database of
** the test cluster, as it would a file (pgtest.c): if bDrop, drop it, as a
** file is removed; else ACC_OK if it exists, ACC_NOTFOUND if not.
** ACC_INVALID if zPath is no such path. */
AccRc store_pg_test_db(const char *zPath, int bDrop, char *zErr, int nErr);
/* The test cluster's database that the path zPath names under
** ACCORD_PG_TEST (pgtest.c). */
void store_pg_test_name(const char *zPath, char *zOut, int nOut);
/* A connection (libpq's PGconn) to that database of the cluster zBase,
** made if flags has STORE_CREATE; its conninfo to zOut (pgtest.c). */
struct pg_conn;
AccRc store_pg_test_connect(const char *zBase, const char *zPath, int flags,
                            struct pg_conn **ppConn, char *zOut, int nOut,
                            char *zErr, int nErr);
/* Whether p's database is PostgreSQL: the statement tables keep, where
** the dialects differ, one text per dialect side by side, chosen by
** this (docs/design.md "Two databases"). */
#define STORE_PG(p) ((p)->pDrv==&pgDriver)

/* Migrations, embedded at build time from schema/sqlite/NNN_*.sql
** (build/gen/embed.c, made by tools/embed.c). */
typedef struct Migration {
  int iVersion;       /* NNN */
  const char *zName;  /* file name */
  const char *zSql;   /* its text */
} Migration;
extern const Migration aSqliteMigration[];
extern const int nSqliteMigration;
/* The PostgreSQL ones, from schema/pg/NNN_*.sql: the same version
** numbers (020 is the baseline equal to SQLite's 001..020). */
extern const Migration aPgMigration[];
extern const int nPgMigration;

/* PRAGMA application_id of an Accord SQLite database: "ACCD". */
#define ACCORD_APPLICATION_ID 0x41434344

/* Operations with a cached statement per entity. */
enum {
  OP_INSERT = 0, OP_UPDATE, OP_DELETE, OP_GET, OP_CODE, OP_EXISTS,
  OP_EACH, OP_COUNT,
  OP_GETRAW,     /* OP_GET with references to hidden items kept */
  OP__MAX
};
/* Other statements (SQL in azSq of store.c). */
enum {
  SQ_AUDIT_LAST = 0, SQ_AUDIT_INSERT, SQ_AUDIT_ALL_ASC, SQ_AUDIT_RECENT,
  SQ_AUDIT_ITEM, SQ_OBS_INSERT, SQ_SOURCE_FIND,
  SQ_ACC_INSERT, SQ_ACC_GET, SQ_ACC_BY_ID, SQ_ACC_EACH, SQ_ACC_PASSWORD,
  SQ_FAIL_ADDR, SQ_FAIL_LOGIN, SQ_FAIL_ADD, SQ_FAIL_CLEAR, SQ_FAIL_PRUNE,
  SQ_DEV_GET, SQ_DEV_FAIL, SQ_DEV_USED, SQ_DEV_ADD, SQ_DEV_PRUNE,
  SQ_SESS_INSERT, SQ_SESS_GET,
  SQ_SESS_DEL, SQ_TOK_INSERT, SQ_TOK_GET, SQ_TOK_USED, SQ_APPR_INSERT,
  SQ_APPR_EACH, SQ_ITEM_VERSION, SQ_APPR_COUNT, SQ_PARTY_COUNT,
  SQ_DATA_VERSION, SQ_OBS_SERIES, SQ_OBS_RECENT, SQ_OBS_DISPUTED,
  SQ_OBS_PERIOD, SQ_OBS_ADD, SQ_OBS_MAX_ID, SQ_OBS_COUNT_AFTER,
  SQ_AUDIT_ITEM_ASC,
  /* account_admin.c */
  SQ_ACC_ANY, SQ_ACC_ALL, SQ_ACC_SET, SQ_ACC_DISABLE, SQ_ACC_REFS,
  SQ_ACC_DEL, SQ_SESS_END_ALL, SQ_SESS_EACH, SQ_SESS_DEL_ID, SQ_TOK_EACH,
  SQ_TOK_DEL, SQ_TOK_DEL_ALL,
  /* grant.c, authz.c */
  SQ_GRANT_OF, SQ_GRANT_ALL, SQ_GRANT_ADD, SQ_GRANT_FIND, SQ_GRANT_DEL,
  SQ_ACC_PERSON_PARTY, SQ_IND_WGS, SQ_SOURCE_CITED, SQ_ITEM_CHANGED,
  SQ_ITEM_ENTERED, SQ_COLEAD_OF_PARTY, SQ_WG_NO_COLEAD, SQ_SCOPE_CLEAR_DEL,
  SQ_SCOPE_CLEAR_ADD, SQ_PERSON_SEATS,
  /* item.c: the owner's choice between disagreeing values */
  SQ_OBS_CHOICE_UPTO,
  /* item.c: the latest change a reader may see */
  SQ_AUDIT_SEEN,
  /* audit.c: the entries of a time range, without their data */
  SQ_AUDIT_BETWEEN,
  SQ__MAX
};
/* Statements of publication (SQL in azPq of publish.c). */
enum {
  PQ_PUB_PARTY_COUNT = 0, PQ_APPR_PUB_COUNT, PQ_PUB_VERSION,
  PQ_PUBLICATION_ADD, PQ_PUBLISHED_EVER, PQ_OBS_SERIES, PQ_OBS_RECENT,
  PQ_OBS_DISPUTED, PQ_OBS_PERIOD, PQ_OBS_RELEASE_ROWS,
  PQ_OBS_PUBLISH, PQ_PENDING, PQ_APPR_EACH, PQ_OBS_PUB_ROWS,
  PQ_OBS_UNPUBLISH_ID,
  PQ__MAX
};

/* An open store. */
struct Store {
  const DbDriver *pDrv;   /* the driver */
  Db *pDb;                /* its connection */
  char *zActor;           /* who acts, for the audit log */
  int nTxn;               /* 1 while an explicit transaction is open */
  int bBulk;              /* the transaction is a bulk load (no FK checks) */
  int bChanged;           /* it added an audit entry that changes the
                          ** data version (store_data_version()) */
  int iVersion;           /* schema version */
  Class eView;            /* most secret classification the reader sees */
  DbStmt *aOp[ENT__MAX][OP__MAX];         /* cached item statements */
  DbStmt *aEachBy[ENT__MAX][MAX_FIELDS];  /* OP_EACH filtered by field */
  DbStmt *aCountBy[ENT__MAX][MAX_FIELDS]; /* OP_COUNT filtered by field */
  DbStmt *aSq[SQ__MAX];                   /* other statements */
  /* The observations inserted in bulk since the transaction began, as
  ** JSON arrays (obs.c): what the import's audit entry records. */
  Buf obsLog;
  int64_t nObsLog;
  char zObsAt[21];        /* entered_at of the last row logged */
  /* The indicators whose observations were inserted in bulk since the
  ** last import's audit entry (content.c: their obs_version). */
  IdList obsTouched;
  int64_t iObsTouchLast;
  /* The public's statements read the published rows (publish.c). */
  DbStmt *aPubOp[ENT__MAX][OP__MAX];
  DbStmt *aPubEachBy[ENT__MAX][MAX_FIELDS];
  DbStmt *aPubCountBy[ENT__MAX][MAX_FIELDS];
  DbStmt *aPubCopy[ENT__MAX];             /* row -> pub_<table> */
  DbStmt *aPubDel[ENT__MAX];              /* delete from pub_<table> */
  DbStmt *aPq[PQ__MAX];                   /* publish.c's statements */
  /* The account writes are checked for (NULL: the operator), and the
  ** key of the clearances temp.scope_clear holds (grant.c). */
  struct Account *pWho;
  int64_t iScopeKey;
};

/* store_data_version()'s short cut on SQLite (sqlite.c,
** store_version_watch()): the WAL-index header, SQ_STAMP bytes, into
** aStamp; 1 and *piVersion if it is the one the version was kept with,
** 0 if not (run the query, then store_sq_version_keep() with aStamp),
** -1 if there is no short cut (run the query). */
#define SQ_STAMP 48
int store_sq_version_kept(Store *p, int64_t *piVersion,
                          unsigned char *aStamp);
void store_sq_version_keep(Store *p, const unsigned char *aStamp,
                           int64_t iVersion);

/* Append the observation just inserted as id to Store.obsLog (obs.c).
** The log starts with OBSLOG_HEAD bytes of room, where audit.c puts the
** start of the entry's data so that the rows are not copied. */
#define OBSLOG_HEAD 512
void store_obs_log(Store *p, int64_t id, int64_t iIndicator,
                   const char *zPeriod, int nPeriod, double rValue,
                   int64_t iSource, const char *zAt, const char *zNote,
                   int nNote, const char *zCell, const char *zNoteSr);
/* obs_version (content.c): record that indicator iIndicator's
** observations changed with the latest audit entry; the same for every
** indicator of Store.obsTouched (then emptied); empty it. */
AccRc store_obs_touch(Store *p, int64_t iIndicator);
AccRc store_obs_touch_logged(Store *p);
void store_obs_touch_reset(Store *p);
/* Append z (n bytes, or up to its NUL if n<0) to pB as a JSON string. */
void store_json_string(Buf *pB, const char *z, int n);

/* The statement for operation op on entity e; for OP_EACH and OP_COUNT
** filtered by field iField when iField>=0.  Composed, prepared and cached
** on first use; owned by the Store. */
DbStmt *store_item_stmt(Store *p, int e, int op, int iField);
/* Statement i of the SQ_* list, prepared and cached on first use. */
DbStmt *store_sq_stmt(Store *p, int i);
/* Bind *pV to parameter i (from 1). */
void store_bind_value(Store *p, DbStmt *pS, int i, const Value *pV);
/* Bind id, or NULL when id is 0. */
void store_bind_id(Store *p, DbStmt *pS, int i, int64_t id);
/* Read column iCol as field pF into *pV.  Text is copied into pArena, or
** points into the statement (valid until its next step) if pArena is
** NULL. */
void store_column_value(Store *p, DbStmt *pS, int iCol, const Field *pF,
                        Arena *pArena, Value *pV);
/* Step a statement that returns no rows, then reset it.  ACC_OK,
** ACC_CONFLICT (constraint; the driver's message in zErr if not NULL) or
** ACC_BUSY. */
AccRc store_run(Store *p, DbStmt *pS, char *zErr, int nErr);
/* Render the row of entity e as compact JSON with sorted keys (for the
** audit log).  The caller frees the result with free(). */
char *store_row_json(int e, int64_t id, const Value *aVal);

/* Publication (publish.c).  How the public may see items of entity e:
** PUB_NEVER (people, memberships, contacts, participants),
** PUB_APPROVE (bPublish: the version every party approved), PUB_WITH
** (sources, with the published rows that cite them; observations, by
** data releases). */
#define PUB_NEVER   0
#define PUB_APPROVE 1
#define PUB_WITH    2
int store_pub_kind(int e);
/* Statement i of the PQ_* list, prepared and cached on first use. */
DbStmt *store_pq_stmt(Store *p, int i);
/* Remove the public version of item id of entity e (it was deleted). */
AccRc store_unpublish(Store *p, int e, int64_t id);

/* Read the account columns (id, login, name, role, party, lang) of the
** current row of an account statement into *pOut (account.c). */
struct Account;
void store_account_row(Store *p, DbStmt *pS, struct Account *pOut);
/* Make the connection's table of the reader's scoped clearances
** (temp.scope_clear) if it has none (a new connection; a change of
** temp_store drops it), holding the clearances of the account set. */
AccRc store_scope_table(Store *p, char *zErr, int nErr);
/* Read account pOut's scoped grants and own party (grant.c). */
void store_grant_load(Store *p, struct Account *pOut);
/* The SQL of the clearance a reader has in an item's scope beyond its
** class (grant.c): " OR EXISTS(...)" over temp.scope_clear, for the
** visibility condition of entity e (store.c). */
void store_scope_sql(Buf *pB, int e);
/* The rules of a working-group seat about to be written as item idSelf
** (0: new): its person serves a party of the group's dialogue, and at
** most one co-lead per party (grant.c). */
AccRc store_colead_check(Store *p, int64_t idSelf, const Value *aVal,
                         char *zErr, int nErr);
/* The same rules seen from person idSelf about to be written with aVal:
** its party (or none) must still be a party of the dialogue of every
** group it sits in, and not give a group two co-leads of one party. */
AccRc store_person_seat_check(Store *p, int64_t idSelf, const Value *aVal,
                              char *zErr, int nErr);

/* The BLAKE2b-256 of a session, API, calendar or device token, in hex
** (TOKEN_HEX bytes at zOut): what the tables keep instead of the token. */
void store_token_hash(const char *zToken, char *zOut);
/* n (at most 32) random bytes as hex into zOut (2n+1 bytes). */
void store_random_hex(char *zOut, size_t n);

#endif
