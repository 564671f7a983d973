/*
** whatif_import.c: an experiment, not part of accord nor of `make bench`.
** It measures what `accord import observations` would gain from the changes
** that bench/README.md proposes, without touching src/.
**
**   cc -O2 -o bench/out/whatif_import bench/whatif_import.c -lsqlite3 -lcsv
**   bench/out/whatif_import DB FILE.csv [OPTION...]
**
** DB is an accord database (accord init + the fixture of bench/gen_obs);
** FILE.csv has the columns indicator,period,value,source,note in that
** order (what gen_obs writes).  The loader does the per-row work that
** accord's importer does: libcsv parsing in strict mode, indicator and
** source codes resolved once and cached, the period checked
** (YYYY-MM, month 01..12), the value checked as a finite decimal number
** (strtod), one INSERT per row into the real observation table, all in
** one BEGIN IMMEDIATE transaction.  It stops at the first bad row, and
** does not write the audit entry.  Options:
**
**   fkoff      PRAGMA foreign_keys=OFF for the import (the ids are
**              resolved inside the write transaction, so the checks
**              are redundant)
**   static     entered_by and entered_at as SQL literals, not bound per
**              row; the period bound SQLITE_STATIC; no
**              sqlite3_clear_bindings() after each step
**   nomemstat  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) before opening
**   multi=K    K rows per INSERT statement (VALUES (...),(...),...);
**              N must be a multiple of K
**   orfail     INSERT OR FAIL: no statement journal for multi-row
**              statements (without it, the statement journal spills to
**              a temporary file and costs ~150,000 pwrite calls per
**              million rows)
**   memtemp    PRAGMA temp_store=MEMORY (another way to keep the
**              statement journal off the disk)
**   slim       implies static; the table has batch_id instead of
**              entered_by and entered_at (the caller must have changed
**              the schema of DB accordingly; see bench/README.md)
*/
#include <csv.h>
#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bFkOff, bStatic, bNoMemstat, nMulti = 1, bOrFail, bMemTemp, bSlim;
static sqlite3 *db;
static sqlite3_stmt *pIns;
static char aField[8][64];
static int nField, bHeader;
static long long nRow;
static int nPend;
static char azPer[1000][8];    /* periods of the pending rows (static binds) */

typedef struct Ent { char z[64]; long long id; } Ent;
static Ent aInd[256], aSrc[16];
static int nInd, nSrc;

static void die(const char *z){
  fprintf(stderr, "whatif_import: %s: %s\n", z, sqlite3_errmsg(db));
  exit(1);
}

/* Id of code z in table zTab, cached in a[]. */
static long long resolve(Ent *a, int *pn, int nMax, const char *zTab,
                         const char *z){
  int i;
  char zSql[100];
  sqlite3_stmt *p;
  long long id = -1;
  for(i=*pn-1; i>=0; i--) if( strcmp(a[i].z, z)==0 ) return a[i].id;
  snprintf(zSql, sizeof zSql, "SELECT id FROM %s WHERE code=?1", zTab);
  if( sqlite3_prepare_v2(db, zSql, -1, &p, 0) ) die("prepare");
  sqlite3_bind_text(p, 1, z, -1, SQLITE_STATIC);
  if( sqlite3_step(p)==SQLITE_ROW ) id = sqlite3_column_int64(p, 0);
  sqlite3_finalize(p);
  if( id<0 ){ fprintf(stderr, "whatif_import: no %s %s\n", zTab, z); exit(1); }
  if( *pn<nMax && strlen(z)<sizeof(a[0].z) ){
    strcpy(a[*pn].z, z);
    a[(*pn)++].id = id;
  }
  return id;
}

static void flush(void){
  if( nPend==0 ) return;
  if( sqlite3_step(pIns)!=SQLITE_DONE ) die("insert");
  sqlite3_reset(pIns);
  if( !bStatic ) sqlite3_clear_bindings(pIns);
  nPend = 0;
}

static void cb_field(void *s, size_t n, void *pArg){
  (void)pArg;
  if( nField<8 ){
    if( n>63 ) n = 63;
    if( s ) memcpy(aField[nField], s, n); else n = 0;
    aField[nField][n] = 0;
  }
  nField++;
}

static int is_digits(const char *z, int n){
  int i;
  for(i=0; i<n; i++) if( z[i]<'0' || z[i]>'9' ) return 0;
  return 1;
}

static void cb_row(int c, void *pArg){
  (void)c; (void)pArg;
  if( nField==0 ) return;
  if( !bHeader ){ bHeader = 1; nField = 0; return; }
  if( nField!=5 ){ fprintf(stderr, "whatif_import: expected 5 fields\n"); exit(1); }
  {
    const char *zP = aField[1];
    long long iInd = resolve(aInd, &nInd, 256, "indicator", aField[0]);
    long long iSrc = resolve(aSrc, &nSrc, 16, "source", aField[3]);
    int b = nPend*7, m;
    char *zEnd;
    double r;
    if( strlen(zP)!=7 || zP[4]!='-' || !is_digits(zP, 4) || !is_digits(zP+5, 2)
     || (m = (zP[5]-'0')*10 + zP[6]-'0')<1 || m>12 ){
      fprintf(stderr, "whatif_import: bad period %s\n", zP);
      exit(1);
    }
    errno = 0;
    r = strtod(aField[2], &zEnd);
    if( zEnd==aField[2] || *zEnd || errno || !isfinite(r) ){
      fprintf(stderr, "whatif_import: bad value %s\n", aField[2]);
      exit(1);
    }
    memcpy(azPer[nPend], zP, 8);
    sqlite3_bind_int64(pIns, b+1, iInd);
    sqlite3_bind_text(pIns, b+2, azPer[nPend], 7,
                      bStatic ? SQLITE_STATIC : SQLITE_TRANSIENT);
    sqlite3_bind_double(pIns, b+3, r);
    sqlite3_bind_int64(pIns, b+4, iSrc);
    if( !bStatic ){
      sqlite3_bind_text(pIns, b+5, "cli", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(pIns, b+6, "2026-01-01T00:00:00Z", -1,
                        SQLITE_TRANSIENT);
    }
    if( aField[4][0] ){
      sqlite3_bind_text(pIns, b+7, aField[4], -1, SQLITE_TRANSIENT);
    }else{
      sqlite3_bind_null(pIns, b+7);
    }
    nRow++;
    if( ++nPend==nMulti ) flush();
  }
  nField = 0;
}

int main(int argc, char **argv){
  static char zSql[100000];
  static char aBuf[1<<20];
  struct csv_parser csv;
  size_t n;
  FILE *in;
  int i;
  if( argc<3 ){
    fprintf(stderr, "usage: whatif_import DB FILE.csv [fkoff] [static] "
            "[nomemstat] [multi=K] [orfail] [memtemp] [slim]\n");
    return 1;
  }
  for(i=3; i<argc; i++){
    if( strcmp(argv[i], "fkoff")==0 ) bFkOff = 1;
    else if( strcmp(argv[i], "static")==0 ) bStatic = 1;
    else if( strcmp(argv[i], "nomemstat")==0 ) bNoMemstat = 1;
    else if( strncmp(argv[i], "multi=", 6)==0 ) nMulti = atoi(argv[i]+6);
    else if( strcmp(argv[i], "orfail")==0 ) bOrFail = 1;
    else if( strcmp(argv[i], "memtemp")==0 ) bMemTemp = 1;
    else if( strcmp(argv[i], "slim")==0 ) bSlim = bStatic = 1;
    else { fprintf(stderr, "whatif_import: unknown option %s\n", argv[i]); return 1; }
  }
  if( nMulti<1 || nMulti>1000 ){ fprintf(stderr, "whatif_import: multi=1..1000\n"); return 1; }
  if( bNoMemstat ) sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  if( sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE|SQLITE_OPEN_NOMUTEX, 0) ){
    die("open");
  }
  /* As accord's driver (src/store/sqlite.c), except for the options. */
  sqlite3_exec(db, bFkOff ? "PRAGMA foreign_keys=OFF" : "PRAGMA foreign_keys=ON",
               0, 0, 0);
  sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", 0, 0, 0);
  if( bMemTemp ) sqlite3_exec(db, "PRAGMA temp_store=MEMORY", 0, 0, 0);
  if( sqlite3_exec(db, "BEGIN IMMEDIATE", 0, 0, 0) ) die("begin");
  snprintf(zSql, sizeof zSql, "INSERT%s INTO observation(indicator_id, "
           "period, value, source_id, %s, preferred, note) VALUES",
           bOrFail ? " OR FAIL" : "",
           bSlim ? "batch_id" : "entered_by, entered_at");
  for(i=0; i<nMulti; i++){
    char z[128];
    int b = i*7;
    if( bSlim ){
      snprintf(z, sizeof z, "%s(?%d,?%d,?%d,?%d,1,0,?%d)", i ? "," : "",
               b+1, b+2, b+3, b+4, b+7);
    }else if( bStatic ){
      snprintf(z, sizeof z, "%s(?%d,?%d,?%d,?%d,'cli','2026-01-01T00:00:00Z',0,?%d)",
               i ? "," : "", b+1, b+2, b+3, b+4, b+7);
    }else{
      snprintf(z, sizeof z, "%s(?%d,?%d,?%d,?%d,?%d,?%d,0,?%d)", i ? "," : "",
               b+1, b+2, b+3, b+4, b+5, b+6, b+7);
    }
    strcat(zSql, z);
  }
  if( sqlite3_prepare_v3(db, zSql, -1, SQLITE_PREPARE_PERSISTENT, &pIns, 0) ){
    die("prepare");
  }
  in = fopen(argv[2], "rb");
  if( in==0 ){ perror(argv[2]); return 1; }
  if( csv_init(&csv, CSV_STRICT|CSV_STRICT_FINI|CSV_REPALL_NL) ) return 1;
  while( (n = fread(aBuf, 1, sizeof aBuf, in))>0 ){
    if( csv_parse(&csv, aBuf, n, cb_field, cb_row, 0)!=n ){
      fprintf(stderr, "whatif_import: malformed CSV\n");
      return 1;
    }
  }
  if( csv_fini(&csv, cb_field, cb_row, 0) ){
    fprintf(stderr, "whatif_import: malformed CSV at the end\n");
    return 1;
  }
  if( nPend ){
    fprintf(stderr, "whatif_import: %lld rows, not a multiple of multi=%d\n",
            nRow, nMulti);
    return 1;
  }
  sqlite3_finalize(pIns);
  if( sqlite3_exec(db, "COMMIT", 0, 0, 0) ) die("commit");
  sqlite3_close(db);
  csv_free(&csv);
  fclose(in);
  printf("%lld rows\n", nRow);
  return 0;
}
