/*
** pg.c: the PostgreSQL driver of the store (see storeInt.h), over libpq.
**
** With pgwatch.c (the listening connection of a server), the only file
** that includes libpq-fe.h.  A database is named by
** libpq's own forms: a URI (postgres://... or postgresql://...) or a
** keyword string ("host=/run/postgresql dbname=accord"); see
** store_is_pg_name().
**
** Round trips to the server are what a process of a few statements
** spends its time on, so they are few: a finalized statement's
** DEALLOCATE waits to go with others (PG_DEALLOC_BATCH).
**
** Statements are prepared on the server (PQprepare, named "aN") with the
** placeholders translated: '?NNN' and '?' of SQLite's style become
** '$NNN' outside string literals, quoted identifiers and comments.
** Parameters go as text (blobs as binary bytea) and results come back as
** text, converted by the xColumn* functions.  A statement's whole result
** is fetched when it is first stepped.
**
** Behaviour that SQLite has and PostgreSQL lacks is kept here:
**   - a failed statement inside a transaction does not abort the
**     transaction: each write inside one runs under a savepoint, rolled
**     back if the statement fails, as SQLite rolls back a statement
**     (SAVEPOINT, the statement and RELEASE go in one round trip, in
**     libpq's pipeline mode: pg_saved());
**   - "BEGIN IMMEDIATE" (store.c) takes the one writer's lock, an
**     advisory lock held to the end of the transaction, so that writers
**     follow each other as on SQLite and the audit chain stays strictly
**     ordered; readers are not blocked;
**   - the id of the last row inserted (xLastId): an INSERT of a table
**     with an id column gets " RETURNING id" appended at prepare time
**     (which tables have one is read from the catalogue once);
**   - SQLSTATE class 23 (integrity, also raised by our triggers) is
**     -ACC_CONFLICT; serialization failures, deadlocks and lock timeouts
**     are -ACC_BUSY.
*/
#include "storeInt.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Type OIDs of pg_type that the driver converts. */
#define PG_BOOLOID    16
#define PG_BYTEAOID   17
#define PG_INT8OID    20
#define PG_INT2OID    21
#define PG_INT4OID    23
#define PG_FLOAT4OID  700
#define PG_FLOAT8OID  701
#define PG_NUMERICOID 1700

/* Finalized statements whose DEALLOCATEs are sent together. */
#define PG_DEALLOC_BATCH 32

/* The key of the writers' advisory lock: "ACCD". */
#define PG_WRITE_LOCK "1094927172"

struct Db {
  PGconn *pg;
  int nStmt;              /* statements prepared so far: their names */
  int64_t iLastId;        /* id of the last row inserted */
  int bBulk;              /* the next transaction is a bulk load */
  Buf dealloc;            /* DEALLOCATEs of finalized statements, unsent */
  int nDealloc;           /* how many */
  char *zTabs;            /* ",T+,U-,": tables with (+) or without an id
                          ** column; 0 until the first INSERT is prepared */
  char zErr[400];         /* message of the last failure */
};
struct DbStmt {
  Db *pDb;
  char zName[24];         /* the server's name of the statement */
  char *zSql;             /* its text as prepared, for messages */
  int nParam;
  char **azVal;           /* bound values (NULL: SQL NULL) */
  int *anLen;             /* their lengths */
  int *aFmt;              /* 0 text, 1 binary */
  unsigned char *aOwn;    /* 1 if azVal[i] is ours to free */
  PGresult *pRes;         /* the result, once stepped */
  int iRow;               /* the current row; -1 before the first step */
  int bWrite;             /* INSERT, UPDATE, DELETE */
  int bAddedId;           /* " RETURNING id" appended by the driver */
  char *zBlob;            /* a decoded bytea column */
};

/* Whether store_open() opens zPath with this driver: a PostgreSQL name,
** or under ACCORD_PG_TEST any path but SQLite's ":memory:". */
int store_pg_wants(const char *zPath){
  const char *zTest = getenv("ACCORD_PG_TEST");
  return store_is_pg_name(zPath)
      || (zTest && zTest[0] && strcmp(zPath, ":memory:")!=0);
}

/* Whether zPath names a PostgreSQL database: a URI of either scheme or
** a libpq keyword string (a "key=value" word first). */
int store_is_pg_name(const char *zPath){
  const char *z;
  if( zPath==0 ) return 0;
  if( strncmp(zPath, "postgres://", 11)==0
   || strncmp(zPath, "postgresql://", 13)==0 ) return 1;
  for(z=zPath; *z>='a' && *z<='z'; z++){}
  return z>zPath && *z=='=';
}

/* A unique violation (SQLSTATE 23505) in SQLite's words, which the store
** turns into a message naming the fields (item.c, conflict_message()):
** "UNIQUE constraint failed: T.a, T.b" from the detail "Key (a, b)=(...)
** already exists.", or "UNIQUE constraint failed: index 'NAME'" for a key
** on expressions.  0 (p->zErr untouched) if pRes is no such violation or
** its detail is not in that form. */
static int pg_note_unique(Db *p, const PGresult *pRes){
  const char *zState = PQresultErrorField(pRes, PG_DIAG_SQLSTATE);
  const char *zTab = PQresultErrorField(pRes, PG_DIAG_TABLE_NAME);
  const char *zIdx = PQresultErrorField(pRes, PG_DIAG_CONSTRAINT_NAME);
  const char *zKey = PQresultErrorField(pRes, PG_DIAG_MESSAGE_DETAIL);
  const char *zEnd;
  Buf b = BUF_INIT;
  int nCol = 0;
  if( zState==0 || strcmp(zState, "23505")!=0 || zTab==0 || zKey==0
   || strncmp(zKey, "Key (", 5)!=0
   || (zEnd = strstr(zKey, ")=("))==0 ) return 0;
  zKey += 5;
  buf_puts(&b, "UNIQUE constraint failed: ");
  if( memchr(zKey, '(', (size_t)(zEnd-zKey)) ){
    buf_appendf(&b, "index '%s'", zIdx ? zIdx : "");
  }else{
    while( zKey<zEnd ){
      size_t n = strcspn(zKey, ",");
      if( zKey+n>zEnd ) n = (size_t)(zEnd-zKey);
      while( n>0 && *zKey==' ' ){ zKey++; n--; }
      buf_appendf(&b, "%s%s.", nCol++ ? ", " : "", zTab);
      /* A column name that is a keyword comes quoted. */
      if( n>=2 && zKey[0]=='"' && zKey[n-1]=='"' ){
        buf_append(&b, zKey+1, n-2);
      }else{
        buf_append(&b, zKey, n);
      }
      zKey += n;
      if( zKey<zEnd ) zKey++;
    }
  }
  snprintf(p->zErr, sizeof(p->zErr), "%s", buf_str(&b));
  buf_free(&b);
  return 1;
}

/* Copy the message of a failed result (or of the connection) into
** p->zErr, without its trailing newline. */
static void pg_note(Db *p, const PGresult *pRes){
  const char *z = pRes ? PQresultErrorField(pRes, PG_DIAG_MESSAGE_PRIMARY)
                       : 0;
  size_t n;
  if( pRes && pg_note_unique(p, pRes) ) return;
  if( z==0 ) z = PQerrorMessage(p->pg);
  snprintf(p->zErr, sizeof(p->zErr), "%s", z ? z : "unknown error");
  n = strlen(p->zErr);
  while( n>0 && (p->zErr[n-1]=='\n' || p->zErr[n-1]==' ') ) p->zErr[--n] = 0;
}

/* The ACC_* of a failed result: class 23 a conflict, class 40 and lock
** timeouts busy, a write to a read-only connection ACC_IO; 0 if none of
** these (a bug in our SQL). */
static AccRc pg_rc(const PGresult *pRes){
  const char *z = pRes ? PQresultErrorField(pRes, PG_DIAG_SQLSTATE) : 0;
  if( z==0 ) return 0;
  if( strncmp(z, "23", 2)==0 ) return ACC_CONFLICT;
  if( strcmp(z, "40001")==0 || strcmp(z, "40P01")==0
   || strcmp(z, "55P03")==0 || strcmp(z, "57014")==0 ) return ACC_BUSY;
  if( strcmp(z, "25006")==0 ) return ACC_IO;
  return 0;
}

/* Run SQL text; ACC_OK or the failure (message in zErr). */
static AccRc pg_run(Db *p, const char *zSql, char *zErr, int nErr){
  PGresult *pRes = PQexec(p->pg, zSql);
  ExecStatusType e = PQresultStatus(pRes);
  AccRc rc = ACC_OK;
  if( e!=PGRES_COMMAND_OK && e!=PGRES_TUPLES_OK ){
    pg_note(p, pRes);
    if( zErr ) snprintf(zErr, nErr, "%s", p->zErr);
    rc = pg_rc(pRes);
    if( rc==0 ) rc = ACC_IO;
  }
  PQclear(pRes);
  return rc;
}

static AccRc pg_exec(Db *p, const char *zSql, char *zErr, int nErr){
  /* The store's write transaction: one writer at a time (see above). */
  if( strcmp(zSql, "BEGIN IMMEDIATE")==0 ){
    /* In one round trip; a bulk load checks references at its commit
    ** (pg_bulk()). */
    AccRc rc = pg_run(p, p->bBulk
        ? "BEGIN; SELECT pg_advisory_xact_lock(" PG_WRITE_LOCK ");"
          " SET CONSTRAINTS ALL DEFERRED"
        : "BEGIN; SELECT pg_advisory_xact_lock(" PG_WRITE_LOCK ")",
        zErr, nErr);
    if( rc!=ACC_OK && PQtransactionStatus(p->pg)!=PQTRANS_IDLE ){
      pg_run(p, "ROLLBACK", 0, 0);
    }
    return rc;
  }
  /* What the tables are may change (the migrations run here). */
  if( strcasestr(zSql, "CREATE ") || strcasestr(zSql, "ALTER ")
   || strcasestr(zSql, "DROP ") ){
    free(p->zTabs);
    p->zTabs = 0;
  }
  return pg_run(p, zSql, zErr, nErr);
}

static void pg_busy_timeout(Db *p, int nMs);
static void pg_first_table(PGconn *pg, char *zOut, int nOut);

static AccRc pg_open(const char *zPath, int flags, Db **ppDb, char *zErr,
                     int nErr){
  const char *zTest = getenv("ACCORD_PG_TEST");
  char zInfo[700], zSql[300];
  Db *p;
  AccRc rc;
  PGresult *pRes;
  int bHave = 0;
  *ppDb = 0;
  p = acc_malloc(sizeof(*p));
  memset(p, 0, sizeof(*p));
  if( !store_is_pg_name(zPath) && zTest && zTest[0] ){
    rc = store_pg_test_connect(zTest, zPath, flags, &p->pg, zInfo,
                               sizeof(zInfo), zErr, nErr);
    if( rc ){
      free(p);
      return rc;
    }
    flags &= ~STORE_MUSTBENEW;
  }else{
    p->pg = PQconnectdb(zPath);
    if( PQstatus(p->pg)!=CONNECTION_OK ){
      char zMsg[300];
      size_t n;
      snprintf(zMsg, sizeof(zMsg), "%s", PQerrorMessage(p->pg));
      n = strlen(zMsg);
      while( n>0 && zMsg[n-1]=='\n' ) zMsg[--n] = 0;
      snprintf(zErr, nErr, "cannot open %s: %s", zPath, zMsg);
      PQfinish(p->pg);
      free(p);
      return ACC_IO;
    }
  }
  /* The session's settings and whether the database holds an Accord
  ** schema, in one round trip.  Messages of the server's notices
  ** (CREATE ... IF NOT EXISTS) are not ours to print.  No JIT: the
  ** visibility conditions' subqueries on the temporary table
  ** scope_clear, which has no statistics, are estimated dear enough to
  ** be compiled, and compiling a statement of a few rows took two
  ** seconds where running it takes a millisecond. */
  snprintf(zSql, sizeof(zSql), "SET client_min_messages=warning;"
           " SET extra_float_digits=3; SET jit=off; SET lock_timeout=%d;%s"
           " SELECT to_regclass('accord_schema') IS NOT NULL",
           STORE_BUSY_MS, (flags & STORE_READONLY)
           ? " SET default_transaction_read_only=on;" : "");
  pRes = PQexec(p->pg, zSql);
  if( PQresultStatus(pRes)==PGRES_TUPLES_OK && PQntuples(pRes)==1 ){
    bHave = PQgetvalue(pRes, 0, 0)[0]=='t';
    rc = ACC_OK;
  }else{
    pg_note(p, pRes);
    snprintf(zErr, nErr, "%s", p->zErr);
    rc = ACC_IO;
  }
  PQclear(pRes);
  if( rc==ACC_OK ){
    if( bHave && (flags & STORE_MUSTBENEW) ){
      snprintf(zErr, nErr, "%s already exists", zPath);
      rc = ACC_CONFLICT;
    }else if( !bHave && !(flags & STORE_CREATE) ){
      snprintf(zErr, nErr, "no Accord database at %s (run `accord init` "
               "or `accord demo` first)", zPath);
      rc = ACC_NOTFOUND;
    }else if( !bHave && (flags & STORE_MUSTBENEW) ){
      /* A new database goes only where there is nothing else. */
      char zTable[200];
      pg_first_table(p->pg, zTable, sizeof(zTable));
      if( zTable[0] ){
        snprintf(zErr, nErr, "%s is not empty: it holds \"%s\", which is "
                 "not an Accord database's (give Accord a database of its "
                 "own)", zPath, zTable);
        rc = ACC_CONFLICT;
      }
    }
  }
  if( rc!=ACC_OK ){
    PQfinish(p->pg);
    free(p);
    return rc;
  }
  *ppDb = p;
  return ACC_OK;
}

static void pg_close(Db *p){
  if( p ){
    PQfinish(p->pg);
    buf_free(&p->dealloc);
    free(p->zTabs);
    free(p);
  }
}

/* Translate SQLite's placeholders in zSql to PostgreSQL's: '?NNN' to
** '$NNN', a bare '?' to the next number; string literals, quoted
** identifiers and comments are copied as they are.  The highest number
** used goes to *pnParam.  The caller frees the result. */
static char *pg_translate(const char *zSql, int *pnParam){
  Buf b = BUF_INIT;
  const char *z = zSql;
  int nMax = 0;
  while( *z ){
    if( *z=='\'' || *z=='"' ){
      char q = *z;
      const char *zEnd = z+1;
      while( *zEnd && *zEnd!=q ) zEnd++;
      if( *zEnd ) zEnd++;
      buf_append(&b, z, (int)(zEnd-z));
      z = zEnd;
    }else if( z[0]=='-' && z[1]=='-' ){
      const char *zEnd = strchr(z, '\n');
      if( zEnd==0 ) zEnd = z+strlen(z);
      buf_append(&b, z, (int)(zEnd-z));
      z = zEnd;
    }else if( (*z=='?' || *z=='$') && (z[1]>='0' && z[1]<='9') ){
      int n = atoi(z+1);
      if( n>nMax ) nMax = n;
      buf_appendf(&b, "$%d", n);
      for(z++; *z>='0' && *z<='9'; z++){}
    }else if( *z=='?' ){
      buf_appendf(&b, "$%d", ++nMax);
      z++;
    }else{
      buf_append(&b, z, 1);
      z++;
    }
  }
  *pnParam = nMax;
  {
    char *zOut = acc_strdup(buf_str(&b));
    buf_free(&b);
    return zOut;
  }
}

/* Whether zSql begins with keyword zKw (any case), after spaces. */
static int pg_starts(const char *zSql, const char *zKw){
  size_t n = strlen(zKw);
  while( *zSql==' ' || *zSql=='\n' || *zSql=='(' ) zSql++;
  return strncasecmp(zSql, zKw, n)==0
      && (zSql[n]==' ' || zSql[n]=='\n' || zSql[n]==0);
}

/* Run one command under the savepoint accord_stmt of the transaction
** in progress, in one round trip: SAVEPOINT, the command and RELEASE
** pipelined.  The command is the preparation of zPrep as pS's statement
** if zPrep is given, else pS's execution with its bound values.  Returns
** the command's result; if it failed, the savepoint has been rolled back
** (one more round trip), so the transaction goes on as before it. */
static PGresult *pg_saved(Db *p, DbStmt *pS, const char *zPrep){
  PGconn *pg = p->pg;
  PGresult *aRes[3] = { 0, 0, 0 }, *r;
  ExecStatusType e;
  int i, bSent;
  if( PQenterPipelineMode(pg)!=1 ){
    return PQmakeEmptyPGresult(pg, PGRES_FATAL_ERROR);
  }
  bSent = PQsendQueryParams(pg, "SAVEPOINT accord_stmt", 0, 0, 0, 0, 0, 0)
    && (zPrep ? PQsendPrepare(pg, pS->zName, zPrep, 0, 0)
              : PQsendQueryPrepared(pg, pS->zName, pS->nParam,
                                    (const char *const*)pS->azVal,
                                    pS->anLen, pS->aFmt, 0))
    && PQsendQueryParams(pg, "RELEASE SAVEPOINT accord_stmt", 0, 0, 0, 0, 0,
                         0)
    && PQpipelineSync(pg);
  /* Each command's result, then NULL; then the sync's.  (A lost
  ** connection gives NULL only.) */
  for(i=0; bSent && i<3; i++){
    while( (r = PQgetResult(pg))!=0 ){
      if( aRes[i]==0 ) aRes[i] = r; else PQclear(r);
    }
  }
  while( bSent && (r = PQgetResult(pg))!=0 ){
    e = PQresultStatus(r);
    PQclear(r);
    if( e==PGRES_PIPELINE_SYNC ) break;
  }
  PQexitPipelineMode(pg);
  if( aRes[0]==0 || PQresultStatus(aRes[0])!=PGRES_COMMAND_OK ){
    /* No savepoint: its failure is the command's. */
    PQclear(aRes[1]);
    aRes[1] = aRes[0];
    aRes[0] = 0;
  }else{
    e = aRes[1] ? PQresultStatus(aRes[1]) : PGRES_FATAL_ERROR;
    if( e!=PGRES_COMMAND_OK && e!=PGRES_TUPLES_OK ){
      pg_run(p, "ROLLBACK TO SAVEPOINT accord_stmt;"
                " RELEASE SAVEPOINT accord_stmt", 0, 0);
    }
  }
  PQclear(aRes[0]);
  PQclear(aRes[2]);
  return aRes[1] ? aRes[1] : PQmakeEmptyPGresult(pg, PGRES_FATAL_ERROR);
}

/* Whether the table that the INSERT zSql writes has an id column: 1, 0,
** or -1 if the catalogue did not say (a table made since it was read). */
static int pg_insert_has_id(Db *p, const char *zSql){
  char zKey[80];
  const char *z, *zHit;
  size_t n;
  if( p->zTabs==0 ){
    PGresult *pRes = PQexec(p->pg, "SELECT ',' || string_agg(c.relname"
        " || CASE WHEN a.attname IS NULL THEN '-' ELSE '+' END, ',') || ','"
        " FROM pg_class c JOIN pg_namespace n ON n.oid=c.relnamespace"
        " LEFT JOIN pg_attribute a ON a.attrelid=c.oid AND a.attname='id'"
        " AND NOT a.attisdropped"
        " WHERE c.relkind IN ('r','p') AND n.nspname=ANY(current_schemas(true))");
    p->zTabs = acc_strdup(PQresultStatus(pRes)==PGRES_TUPLES_OK
                          && PQntuples(pRes)==1
                          ? PQgetvalue(pRes, 0, 0) : ",");
    PQclear(pRes);
  }
  z = zSql;
  while( *z==' ' || *z=='\n' || *z=='(' ) z++;
  z += 6;                                   /* INSERT */
  while( *z==' ' || *z=='\n' ) z++;
  if( strncasecmp(z, "INTO", 4)!=0 ) return -1;
  for(z+=4; *z==' ' || *z=='\n'; z++){}
  n = strspn(z, "abcdefghijklmnopqrstuvwxyz0123456789_");
  if( n==0 || n>sizeof(zKey)-4 ) return -1;
  zKey[0] = ',';
  memcpy(zKey+1, z, n);
  zKey[n+1] = 0;
  for(zHit=p->zTabs; (zHit = strstr(zHit, zKey))!=0; zHit++){
    if( (zHit[n+1]=='+' || zHit[n+1]=='-') && zHit[n+2]==',' ){
      return zHit[n+1]=='+';
    }
  }
  return -1;
}

/* Prepare zSql as statement zName; 0 on success, else the failure. */
static PGresult *pg_try_prepare(Db *p, const char *zName, const char *zSql){
  PGresult *pRes = PQprepare(p->pg, zName, zSql, 0, 0);
  if( PQresultStatus(pRes)==PGRES_COMMAND_OK ){
    PQclear(pRes);
    return 0;
  }
  return pRes;
}

static DbStmt *pg_prepare(Db *p, const char *zSql){
  DbStmt *pS = acc_malloc(sizeof(*pS));
  PGresult *pRes = 0;
  int bTxn = PQtransactionStatus(p->pg)==PQTRANS_INTRANS;
  memset(pS, 0, sizeof(*pS));
  pS->pDb = p;
  pS->iRow = -1;
  snprintf(pS->zName, sizeof(pS->zName), "a%d", ++p->nStmt);
  pS->zSql = pg_translate(zSql, &pS->nParam);
  pS->bWrite = pg_starts(pS->zSql, "INSERT") || pg_starts(pS->zSql, "UPDATE")
            || pg_starts(pS->zSql, "DELETE");
  /* An INSERT tells its row's id, if the table has an id column: with
  ** RETURNING; where the catalogue does not say, tried (under a
  ** savepoint in a transaction, which a failure would otherwise
  ** abort). */
  if( pg_starts(pS->zSql, "INSERT") && strstr(pS->zSql, "RETURNING")==0
   && pg_insert_has_id(p, pS->zSql)!=0 ){
    char *zId = acc_malloc(strlen(pS->zSql)+16);
    strcpy(zId, pS->zSql);
    strcat(zId, " RETURNING id");
    if( bTxn ){
      pRes = pg_saved(p, pS, zId);
      if( PQresultStatus(pRes)==PGRES_COMMAND_OK ){
        PQclear(pRes);
        pRes = 0;
      }
    }else{
      pRes = pg_try_prepare(p, pS->zName, zId);
    }
    if( pRes==0 ){
      pS->bAddedId = 1;
      free(pS->zSql);
      pS->zSql = zId;
    }else{
      free(zId);
      PQclear(pRes);
      pRes = 0;
    }
  }
  if( !pS->bAddedId ) pRes = pg_try_prepare(p, pS->zName, pS->zSql);
  if( pRes ){
    pg_note(p, pRes);
    acc_fatal("SQL error: %s\n  in: %s", p->zErr, pS->zSql);
  }
  if( pS->nParam>0 ){
    pS->azVal = acc_malloc(sizeof(char*)*pS->nParam);
    pS->anLen = acc_malloc(sizeof(int)*pS->nParam);
    pS->aFmt = acc_malloc(sizeof(int)*pS->nParam);
    pS->aOwn = acc_malloc(pS->nParam);
    memset(pS->azVal, 0, sizeof(char*)*pS->nParam);
    memset(pS->anLen, 0, sizeof(int)*pS->nParam);
    memset(pS->aFmt, 0, sizeof(int)*pS->nParam);
    memset(pS->aOwn, 0, pS->nParam);
  }
  return pS;
}

/* Forget the result of pS's last run. */
static void pg_clear_result(DbStmt *p){
  if( p->pRes ){
    PQclear(p->pRes);
    p->pRes = 0;
  }
  free(p->zBlob);
  p->zBlob = 0;
  p->iRow = -1;
}

/* Set parameter i (from 1) to the n bytes at z (NULL: SQL NULL), taking
** ownership of z if bOwn. */
static void pg_set(DbStmt *p, int i, char *z, int n, int bFmt, int bOwn){
  if( i<1 || i>p->nParam ){
    if( bOwn ) free(z);
    return;
  }
  i--;
  if( p->aOwn[i] ) free(p->azVal[i]);
  p->azVal[i] = z;
  p->anLen[i] = n;
  p->aFmt[i] = bFmt;
  p->aOwn[i] = (unsigned char)bOwn;
}

static void pg_bind_null(DbStmt *p, int i){
  pg_set(p, i, 0, 0, 0, 0);
}
static void pg_bind_int(DbStmt *p, int i, int64_t v){
  char z[24];
  snprintf(z, sizeof(z), "%lld", (long long)v);
  pg_set(p, i, acc_strdup(z), 0, 0, 1);
}
static void pg_bind_real(DbStmt *p, int i, double r){
  char z[40];
  snprintf(z, sizeof(z), "%.17g", r);
  pg_set(p, i, acc_strdup(z), 0, 0, 1);
}
static void pg_bind_text(DbStmt *p, int i, const char *z){
  pg_set(p, i, acc_strdup(z), 0, 0, 1);
}
static void pg_bind_text_static(DbStmt *p, int i, const char *z, int n){
  char *zCopy;
  if( n<0 ){
    pg_bind_text(p, i, z);
    return;
  }
  /* Text parameters of libpq end at a NUL: copied with one. */
  zCopy = acc_malloc(n+1);
  memcpy(zCopy, z, n);
  zCopy[n] = 0;
  pg_set(p, i, zCopy, 0, 0, 1);
}
static void pg_bind_blob(DbStmt *p, int i, const void *pData, int64_t n){
  char *z = acc_malloc(n>0 ? (size_t)n : 1);
  if( n>0 ) memcpy(z, pData, (size_t)n);
  pg_set(p, i, z, (int)n, 1, 1);
}

static int pg_step(DbStmt *p){
  Db *pDb = p->pDb;
  if( p->iRow<0 ){
    int bSave = p->bWrite
             && PQtransactionStatus(pDb->pg)==PQTRANS_INTRANS;
    ExecStatusType e;
    if( bSave ){
      p->pRes = pg_saved(pDb, p, 0);
    }else{
      p->pRes = PQexecPrepared(pDb->pg, p->zName, p->nParam,
                               (const char *const*)p->azVal, p->anLen,
                               p->aFmt, 0);
    }
    e = PQresultStatus(p->pRes);
    if( e!=PGRES_COMMAND_OK && e!=PGRES_TUPLES_OK ){
      AccRc rc = pg_rc(p->pRes);
      pg_note(pDb, p->pRes);
      if( rc==0 ){
        acc_fatal("SQL error: %s\n  in: %s", pDb->zErr, p->zSql);
      }
      PQclear(p->pRes);
      p->pRes = 0;
      p->iRow = 0;
      return -(int)rc;
    }
    p->iRow = 0;
    if( p->bAddedId ){
      int n = PQntuples(p->pRes);
      if( n>0 ) pDb->iLastId = strtoll(PQgetvalue(p->pRes, n-1, 0), 0, 10);
      return DB_DONE;
    }
  }else{
    p->iRow++;
  }
  if( p->pRes==0 || p->bAddedId || p->iRow>=PQntuples(p->pRes) ){
    return DB_DONE;
  }
  free(p->zBlob);
  p->zBlob = 0;
  return DB_ROW;
}

static int pg_column_type(DbStmt *p, int i){
  if( PQgetisnull(p->pRes, p->iRow, i) ) return DB_NULL;
  switch( PQftype(p->pRes, i) ){
    case PG_BOOLOID: case PG_INT2OID: case PG_INT4OID: case PG_INT8OID:
      return DB_INT;
    case PG_FLOAT4OID: case PG_FLOAT8OID:
      return DB_REAL;
    case PG_NUMERICOID: {
      const char *z = PQgetvalue(p->pRes, p->iRow, i);
      return strchr(z, '.') ? DB_REAL : DB_INT;
    }
    default:
      return DB_TEXT;
  }
}
static int64_t pg_column_int(DbStmt *p, int i){
  const char *z = PQgetvalue(p->pRes, p->iRow, i);
  if( PQftype(p->pRes, i)==PG_BOOLOID ) return z[0]=='t';
  if( strchr(z, '.') || strchr(z, 'e') ) return (int64_t)strtod(z, 0);
  return strtoll(z, 0, 10);
}
static double pg_column_real(DbStmt *p, int i){
  const char *z = PQgetvalue(p->pRes, p->iRow, i);
  if( PQftype(p->pRes, i)==PG_BOOLOID ) return z[0]=='t';
  return strtod(z, 0);
}
static const char *pg_column_text(DbStmt *p, int i){
  if( PQftype(p->pRes, i)==PG_BOOLOID ){
    return PQgetvalue(p->pRes, p->iRow, i)[0]=='t' ? "1" : "0";
  }
  return PQgetvalue(p->pRes, p->iRow, i);
}
static const void *pg_column_blob(DbStmt *p, int i, int64_t *pn){
  const char *z = PQgetvalue(p->pRes, p->iRow, i);
  size_t n = 0;
  if( PQftype(p->pRes, i)!=PG_BYTEAOID ){
    *pn = PQgetlength(p->pRes, p->iRow, i);
    return z;
  }
  free(p->zBlob);
  p->zBlob = (char*)PQunescapeBytea((const unsigned char*)z, &n);
  *pn = (int64_t)n;
  return p->zBlob ? p->zBlob : "";
}
static void pg_reset_keep(DbStmt *p){
  pg_clear_result(p);
}
static void pg_reset(DbStmt *p){
  int i;
  pg_clear_result(p);
  for(i=1; i<=p->nParam; i++) pg_bind_null(p, i);
}
static void pg_finalize(DbStmt *p){
  Db *pDb;
  if( p==0 ) return;
  pDb = p->pDb;
  pg_reset(p);
  /* The server forgets it with others (not in a failed transaction,
  ** where it would refuse). */
  buf_appendf(&pDb->dealloc, "DEALLOCATE %s;", p->zName);
  if( ++pDb->nDealloc>=PG_DEALLOC_BATCH
   && PQtransactionStatus(pDb->pg)!=PQTRANS_INERROR ){
    pg_run(pDb, buf_str(&pDb->dealloc), 0, 0);
    buf_reset(&pDb->dealloc);
    pDb->nDealloc = 0;
  }
  free(p->azVal);
  free(p->anLen);
  free(p->aFmt);
  free(p->aOwn);
  free(p->zSql);
  free(p);
}
static const char *pg_errmsg(Db *p){
  return p->zErr;
}
static int64_t pg_last_id(Db *p){
  return p->iLastId;
}

/* A bulk load: the references (DEFERRABLE in schema/pg) are checked at
** the commit of the transaction, not row by row, so that rows may come
** in any order (SQLite turns the checks off).  Set before BEGIN. */
static void pg_bulk(Db *p, int bOn){
  p->bBulk = bOn;
}

static AccRc pg_backup(Db *p, const char *zPath, char *zErr, int nErr){
  (void)p;
  snprintf(zErr, nErr, "cannot back up to %s: a PostgreSQL database is "
           "backed up with pg_dump (or `accord export all`)", zPath);
  return ACC_IO;
}

static void pg_busy_timeout(Db *p, int nMs){
  char zSql[60];
  snprintf(zSql, sizeof(zSql), "SET lock_timeout=%d", nMs);
  pg_run(p, zSql, 0, 0);
}

/* COPY ... FROM STDIN of nData bytes of rows in the text format, in one
** go; a failure aborts the transaction (the caller rolls back).  The
** message names the line of zData that failed (COPY's CONTEXT). */
static AccRc pg_copy_in(Db *p, const char *zSql, const char *zData,
                        size_t nData, char *zErr, int nErr){
  PGresult *pRes = PQexec(p->pg, zSql);
  AccRc rc = ACC_OK;
  const size_t nChunk = 1<<20;
  size_t i;
  if( PQresultStatus(pRes)!=PGRES_COPY_IN ){
    pg_note(p, pRes);
    snprintf(zErr, nErr, "%s", p->zErr);
    rc = pg_rc(pRes);
    PQclear(pRes);
    return rc ? rc : ACC_IO;
  }
  PQclear(pRes);
  for(i=0; i<nData; i+=nChunk){
    size_t n = nData-i<nChunk ? nData-i : nChunk;
    if( PQputCopyData(p->pg, zData+i, (int)n)!=1 ) break;
  }
  PQputCopyEnd(p->pg, i<nData ? "the client stopped sending" : 0);
  while( (pRes = PQgetResult(p->pg))!=0 ){
    if( PQresultStatus(pRes)!=PGRES_COMMAND_OK && rc==ACC_OK ){
      const char *zCtx = PQresultErrorField(pRes, PG_DIAG_CONTEXT);
      pg_note(p, pRes);
      snprintf(zErr, nErr, "%s%s%s", p->zErr, zCtx ? " (" : "",
               zCtx ? zCtx : "");
      if( zCtx ) snprintf(zErr+strlen(zErr), nErr-strlen(zErr), ")");
      rc = pg_rc(pRes);
      if( rc==0 ) rc = ACC_INVALID;
    }
    PQclear(pRes);
  }
  return rc;
}

const DbDriver pgDriver = {
  "postgres", '$',
  pg_open, pg_close, pg_exec, pg_prepare,
  pg_bind_null, pg_bind_int, pg_bind_real, pg_bind_text, pg_bind_text_static,
  pg_step, pg_column_type, pg_column_int, pg_column_real, pg_column_text,
  pg_reset, pg_reset_keep, pg_finalize, pg_errmsg, pg_last_id,
  pg_bulk, pg_backup, pg_bind_blob, pg_column_blob, pg_busy_timeout,
  pg_copy_in,
};

/* The first table (or view) of the connection's schema into zOut (""
** if none). */
static void pg_first_table(PGconn *pg, char *zOut, int nOut){
  PGresult *pRes = PQexec(pg, "SELECT c.relname FROM pg_class c"
      " JOIN pg_namespace n ON n.oid=c.relnamespace"
      " WHERE n.nspname=current_schema() AND c.relkind IN ('r','p','v','m','f')"
      " ORDER BY c.relname LIMIT 1");
  zOut[0] = 0;
  if( PQresultStatus(pRes)==PGRES_TUPLES_OK && PQntuples(pRes)==1 ){
    snprintf(zOut, nOut, "%s", PQgetvalue(pRes, 0, 0));
  }
  PQclear(pRes);
}
