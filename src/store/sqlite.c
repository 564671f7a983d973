/*
** sqlite.c: the SQLite driver of the store (see storeInt.h).
**
** The only file that includes sqlite3.h.  Connections run with foreign
** keys on, WAL journaling, synchronous=NORMAL and a busy timeout; our own
** SQL failing to prepare or to run is a bug and ends the program with the
** SQL text (STYLE.md section 5).  Each connection's page cache is
** bounded: PRAGMA cache_size of STORE_CACHE_KIB (store.h).
**
** Before the first connection the library's memory statistics are
** turned off: Accord never reads them, and keeping them takes a global
** mutex around every allocation SQLite makes (bench/README.md).
*/
#include "storeInt.h"

#include <fcntl.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct Db {
  sqlite3 *db;
  /* store_version_watch(): the WAL-index of the database, mapped, and
  ** the data version read when its header was aStamp. */
  int bWatch;             /* asked for (the web server's connections) */
  int bWatchFailed;       /* no WAL-index to map: always ask the database */
  const volatile unsigned char *pShm;   /* the -shm file's first page */
  int bKept;              /* aStamp and iKept are set */
  unsigned char aStamp[SQ_STAMP];
  int64_t iKept;
};
struct DbStmt {
  sqlite3_stmt *pStmt;
  Db *pDb;
};

static AccRc sq_exec(Db *p, const char *zSql, char *zErr, int nErr){
  char *zMsg = 0;
  int rc = sqlite3_exec(p->db, zSql, 0, 0, &zMsg);
  if( rc!=SQLITE_OK ){
    snprintf(zErr, nErr, "%s", zMsg ? zMsg : sqlite3_errstr(rc));
    sqlite3_free(zMsg);
    return (rc&0xff)==SQLITE_BUSY ? ACC_BUSY : ACC_IO;
  }
  return ACC_OK;
}

/* Library-wide settings, made once before the first sqlite3_open.  With
** ACCORD_MEMSTAT set in the environment the statistics stay on, for
** store_memstat() (a debugging aid: the server's SIGUSR1 report). */
static pthread_once_t sqInitOnce = PTHREAD_ONCE_INIT;
static void sq_init(void){
  /* SQLITE_MISUSE if the library is already initialized: then the
  ** statistics simply stay on. */
  if( getenv("ACCORD_MEMSTAT")==0 ){
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  }
}

/* The bytes of pages the page cache of p's connection holds now
** (store.h: at most STORE_CACHE_KIB KiB and some bookkeeping). */
int64_t store_cache_bytes(Store *p){
  int nCur = 0, nHi = 0;
  if( p->pDrv!=&sqliteDriver ) return 0;   /* PostgreSQL's is the server's */
  sqlite3_db_status(p->pDb->db, SQLITE_DBSTATUS_CACHE_USED, &nCur, &nHi, 0);
  return nCur;
}

/* Bound the page cache of p's connection to nKiB KiB instead. */
void store_cache_limit(Store *p, int nKiB){
  char zSql[60], zErr[200];
  if( p->pDrv!=&sqliteDriver ) return;
  snprintf(zSql, sizeof(zSql), "PRAGMA cache_size=-%d;", nKiB);
  if( sq_exec(p->pDb, zSql, zErr, sizeof(zErr)) ){
    acc_fatal("SQL error: %s\n  in: %s", zErr, zSql);
  }
}

/* SQLite's memory in z: all it holds now and at most, and of that its
** page caches (0 unless the statistics are on: ACCORD_MEMSTAT). */
void store_memstat(char *z, int n){
  sqlite3_int64 nCur = 0, nHi = 0, nPc = 0, nPcHi = 0;
  sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &nCur, &nHi, 0);
  sqlite3_status64(SQLITE_STATUS_PAGECACHE_OVERFLOW, &nPc, &nPcHi, 0);
  snprintf(z, n, "sqlite %lld KiB (most %lld KiB), page caches %lld KiB",
           (long long)nCur/1024, (long long)nHi/1024, (long long)nPc/1024);
}

static AccRc sq_open(const char *zPath, int flags, Db **ppDb, char *zErr,
                     int nErr){
  Db *p;
  int rc, oflags;
  AccRc arc;
  *ppDb = 0;
  if( (flags & STORE_MUSTBENEW) && access(zPath, F_OK)==0 ){
    snprintf(zErr, nErr, "%s already exists", zPath);
    return ACC_CONFLICT;
  }
  if( !(flags & STORE_CREATE) && access(zPath, F_OK)!=0 ){
    snprintf(zErr, nErr, "no database at %s (run `accord init` or "
             "`accord demo` first)", zPath);
    return ACC_NOTFOUND;
  }
  oflags = (flags & STORE_READONLY) ? SQLITE_OPEN_READONLY
         : SQLITE_OPEN_READWRITE | ((flags & STORE_CREATE)
                                    ? SQLITE_OPEN_CREATE : 0);
  pthread_once(&sqInitOnce, sq_init);
  p = acc_malloc(sizeof(*p));
  memset(p, 0, sizeof(*p));
  rc = sqlite3_open_v2(zPath, &p->db, oflags | SQLITE_OPEN_NOMUTEX, 0);
  if( rc!=SQLITE_OK ){
    snprintf(zErr, nErr, "cannot open %s: %s", zPath,
             p->db ? sqlite3_errmsg(p->db) : sqlite3_errstr(rc));
    sqlite3_close(p->db);
    free(p);
    return ACC_IO;
  }
  sqlite3_busy_timeout(p->db, STORE_BUSY_MS);
  sqlite3_extended_result_codes(p->db, 1);
  arc = sq_exec(p, "PRAGMA foreign_keys=ON; PRAGMA cache_size=-"
                STORE_CACHE_KIB_STR ";", zErr, nErr);
  if( arc==ACC_OK && !(flags & STORE_READONLY) ){
    arc = sq_exec(p, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                  zErr, nErr);
  }
  if( arc!=ACC_OK ){
    char zMsg[200];
    snprintf(zMsg, sizeof(zMsg), "%s", zErr);
    snprintf(zErr, nErr, "%s: %s", zPath,
             strstr(zMsg, "file is not a database") ? "not an Accord "
             "database (the file is not an SQLite database)" : zMsg);
    sqlite3_close(p->db);
    free(p);
    return arc==ACC_BUSY ? ACC_BUSY : ACC_IO;
  }
  *ppDb = p;
  return ACC_OK;
}

static void sq_close(Db *p){
  if( p && getenv("ACCORD_MEMSTAT") ){
    /* The debugging report (store_memstat()): what this connection held. */
    int nCache = 0, nSchema = 0, nStmt = 0, nHi = 0, nHit = 0, nMiss = 0;
    sqlite3_db_status(p->db, SQLITE_DBSTATUS_CACHE_USED, &nCache, &nHi, 0);
    sqlite3_db_status(p->db, SQLITE_DBSTATUS_SCHEMA_USED, &nSchema, &nHi, 0);
    sqlite3_db_status(p->db, SQLITE_DBSTATUS_STMT_USED, &nStmt, &nHi, 0);
    sqlite3_db_status(p->db, SQLITE_DBSTATUS_CACHE_HIT, &nHit, &nHi, 0);
    sqlite3_db_status(p->db, SQLITE_DBSTATUS_CACHE_MISS, &nMiss, &nHi, 0);
    fprintf(stderr, "accord: connection: page cache %d KiB, schema %d KiB, "
            "statements %d KiB; cache hits %d, misses %d\n", nCache/1024,
            nSchema/1024, nStmt/1024, nHit, nMiss);
  }
  if( p ){
    sqlite3_close(p->db);
    free(p);
  }
}

/* store_data_version()'s short cut on SQLite.
**
** In WAL mode every commit, by any process, rewrites the header of the
** WAL-index (the -shm file every connection maps: "WAL-mode File
** Formats" of SQLite's documentation): its change counter, the number of
** frames, their running checksum and the salts.  Until the first copy of
** that header changes no reader can see a new commit, so the data
** version read when the header was last seen still holds, and the
** query, with the read transaction and file locks it costs, is not
** needed (bench/README.md: about a fifth of a cached page's cost).
**
** The -shm file is opened and mapped read-only once per connection that
** asks for it (the web server's), after the connection has read the
** database, so the file exists and stays while the connection is open
** (SQLite deletes it only when the last connection to the database
** closes).  The descriptor is never closed: closing any descriptor of a
** file drops every POSIX lock the process holds on it, SQLite's own
** included.  Where there is no such file (another journal mode, an
** in-memory database) the query runs every time. */
void store_version_watch(Store *p){
  if( p->pDrv==&sqliteDriver ) p->pDb->bWatch = 1;
}

/* Map the WAL-index of p's database (see store_version_watch()). */
static void sq_watch_map(Db *p){
  const char *zDb = sqlite3_db_filename(p->db, "main");
  char zShm[4200];
  struct stat st;
  void *pMap;
  int fd;
  p->bWatchFailed = 1;
  if( zDb==0 || zDb[0]==0 ) return;
  if( snprintf(zShm, sizeof(zShm), "%s-shm", zDb)>=(int)sizeof(zShm) ) return;
  fd = open(zShm, O_RDONLY | O_CLOEXEC);
  if( fd<0 ) return;
  if( fstat(fd, &st) || st.st_size<4096 ){
    /* Not closed (see above); a descriptor of a file too short. */
    return;
  }
  pMap = mmap(0, 4096, PROT_READ, MAP_SHARED, fd, 0);
  if( pMap==MAP_FAILED ) return;
  p->pShm = pMap;
  p->bWatchFailed = 0;
}

/* The header of the WAL-index now, into a; 0 if there is one. */
static int sq_stamp(Db *p, unsigned char *a){
  int i;
  if( !p->bWatch || p->bWatchFailed ) return 1;
  if( p->pShm==0 ){
    sq_watch_map(p);
    if( p->pShm==0 ) return 1;
  }
  __atomic_thread_fence(__ATOMIC_ACQUIRE);
  for(i=0; i<SQ_STAMP; i++) a[i] = p->pShm[i];
  __atomic_thread_fence(__ATOMIC_ACQUIRE);
  return 0;
}

int store_sq_version_kept(Store *p, int64_t *piVersion,
                          unsigned char *aStamp){
  Db *pDb = p->pDb;
  if( p->pDrv!=&sqliteDriver || p->nTxn || sq_stamp(pDb, aStamp) ){
    return -1;
  }
  if( pDb->bKept && memcmp(aStamp, pDb->aStamp, SQ_STAMP)==0 ){
    *piVersion = pDb->iKept;
    return 1;
  }
  return 0;
}

void store_sq_version_keep(Store *p, const unsigned char *aStamp,
                           int64_t iVersion){
  memcpy(p->pDb->aStamp, aStamp, SQ_STAMP);
  p->pDb->iKept = iVersion;
  p->pDb->bKept = 1;
}

static DbStmt *sq_prepare(Db *p, const char *zSql){
  DbStmt *pS = acc_malloc(sizeof(*pS));
  int rc = sqlite3_prepare_v3(p->db, zSql, -1, SQLITE_PREPARE_PERSISTENT,
                              &pS->pStmt, 0);
  if( rc!=SQLITE_OK ){
    acc_fatal("SQL error: %s\n  in: %s", sqlite3_errmsg(p->db), zSql);
  }
  pS->pDb = p;
  return pS;
}

static void sq_bind_null(DbStmt *p, int i){
  sqlite3_bind_null(p->pStmt, i);
}
static void sq_bind_int(DbStmt *p, int i, int64_t v){
  sqlite3_bind_int64(p->pStmt, i, v);
}
static void sq_bind_real(DbStmt *p, int i, double r){
  sqlite3_bind_double(p->pStmt, i, r);
}
static void sq_bind_text(DbStmt *p, int i, const char *z){
  sqlite3_bind_text(p->pStmt, i, z, -1, SQLITE_TRANSIENT);
}

static void sq_bind_blob(DbStmt *p, int i, const void *pData, int64_t n){
  sqlite3_bind_blob64(p->pStmt, i, n ? pData : "", (sqlite3_uint64)n,
                      SQLITE_TRANSIENT);
}
static const void *sq_column_blob(DbStmt *p, int i, int64_t *pn){
  const void *pData = sqlite3_column_blob(p->pStmt, i);
  *pn = sqlite3_column_bytes(p->pStmt, i);
  return pData ? pData : "";
}
static void sq_bind_text_static(DbStmt *p, int i, const char *z, int n){
  sqlite3_bind_text(p->pStmt, i, z, n, SQLITE_STATIC);
}

static int sq_step(DbStmt *p){
  int rc = sqlite3_step(p->pStmt);
  switch( rc & 0xff ){
    case SQLITE_ROW:  return DB_ROW;
    case SQLITE_DONE: return DB_DONE;
    case SQLITE_CONSTRAINT: return -ACC_CONFLICT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return -ACC_BUSY;
    case SQLITE_READONLY: return -ACC_IO;
    default: break;
  }
  acc_fatal("SQL error: %s\n  in: %s", sqlite3_errmsg(p->pDb->db),
            sqlite3_sql(p->pStmt));
}

static int sq_column_type(DbStmt *p, int i){
  switch( sqlite3_column_type(p->pStmt, i) ){
    case SQLITE_INTEGER: return DB_INT;
    case SQLITE_FLOAT:   return DB_REAL;
    case SQLITE_NULL:    return DB_NULL;
    default:             return DB_TEXT;
  }
}
static int64_t sq_column_int(DbStmt *p, int i){
  return sqlite3_column_int64(p->pStmt, i);
}
static double sq_column_real(DbStmt *p, int i){
  return sqlite3_column_double(p->pStmt, i);
}
static const char *sq_column_text(DbStmt *p, int i){
  const unsigned char *z = sqlite3_column_text(p->pStmt, i);
  return z ? (const char*)z : "";
}
static void sq_reset(DbStmt *p){
  sqlite3_reset(p->pStmt);
  sqlite3_clear_bindings(p->pStmt);
}
static void sq_reset_keep(DbStmt *p){
  sqlite3_reset(p->pStmt);
}
static void sq_finalize(DbStmt *p){
  if( p ){
    sqlite3_finalize(p->pStmt);
    free(p);
  }
}
static const char *sq_errmsg(Db *p){
  return sqlite3_errmsg(p->db);
}
static int64_t sq_last_id(Db *p){
  return sqlite3_last_insert_rowid(p->db);
}

/* A bulk load (store_begin_bulk()): no foreign-key checks, and temporary
** files in memory, so that a statement or savepoint journal the
** transaction may need stays in memory: by default SQLite moves one to a
** file in /var/tmp once it has outgrown 64 KiB, keeps the file for the
** rest of the transaction and writes every journaled page to it. */
static void sq_bulk(Db *p, int bOn){
  char zErr[200];
  if( sq_exec(p, bOn ? "PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY;"
                     : "PRAGMA foreign_keys=ON; PRAGMA temp_store=DEFAULT;",
              zErr, sizeof(zErr)) ){
    acc_fatal("SQL error: %s\n  in: PRAGMA foreign_keys, temp_store", zErr);
  }
}

static AccRc sq_backup(Db *p, const char *zPath, char *zErr, int nErr){
  sqlite3 *pDest = 0;
  sqlite3_backup *pB;
  int rc = sqlite3_open_v2(zPath, &pDest,
                           SQLITE_OPEN_READWRITE|SQLITE_OPEN_CREATE, 0);
  if( rc!=SQLITE_OK ){
    snprintf(zErr, nErr, "cannot open %s: %s", zPath,
             pDest ? sqlite3_errmsg(pDest) : sqlite3_errstr(rc));
    sqlite3_close(pDest);
    return ACC_IO;
  }
  pB = sqlite3_backup_init(pDest, "main", p->db, "main");
  if( pB==0 ){
    snprintf(zErr, nErr, "cannot back up to %s: %s", zPath,
             sqlite3_errmsg(pDest));
    sqlite3_close(pDest);
    return ACC_IO;
  }
  do{
    rc = sqlite3_backup_step(pB, 256);
    if( rc==SQLITE_BUSY || rc==SQLITE_LOCKED ) sqlite3_sleep(20);
  }while( rc==SQLITE_OK || rc==SQLITE_BUSY || rc==SQLITE_LOCKED );
  sqlite3_backup_finish(pB);
  if( rc!=SQLITE_DONE ){
    snprintf(zErr, nErr, "backup to %s failed: %s", zPath,
             sqlite3_errmsg(pDest));
    sqlite3_close(pDest);
    return ACC_IO;
  }
  rc = sqlite3_close(pDest);
  if( rc!=SQLITE_OK ){
    snprintf(zErr, nErr, "backup to %s failed: %s", zPath,
             sqlite3_errstr(rc));
    return ACC_IO;
  }
  return ACC_OK;
}

static void sq_busy_timeout(Db *p, int nMs){
  sqlite3_busy_timeout(p->db, nMs);
}

const DbDriver sqliteDriver = {
  "sqlite", '?',
  sq_open, sq_close, sq_exec, sq_prepare,
  sq_bind_null, sq_bind_int, sq_bind_real, sq_bind_text, sq_bind_text_static,
  sq_step, sq_column_type, sq_column_int, sq_column_real, sq_column_text,
  sq_reset, sq_reset_keep, sq_finalize, sq_errmsg, sq_last_id,
  sq_bulk, sq_backup, sq_bind_blob, sq_column_blob, sq_busy_timeout,
  0,
};
