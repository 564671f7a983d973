/*
** obs.c: the bulk path for observations, source look-up and backup
** (see store.h).
**
** store_obs_insert() inserts one row with one cached prepared statement,
** values bound, no per-row audit entry and no reference checks (the
** caller has already resolved the indicator and the source).
**
** The ObsBatch functions are what `accord import observations` uses:
** the same insert, STORE_OBS_BATCH rows to one statement, so that the
** per-statement work of SQLite (opening the table and index cursors,
** finding the next rowid, halting) is done once for 50 rows.  The actor
** and the time are bound once (again only when the second changes), the
** texts without a copy, from the batch's own buffer.  The statement is
** INSERT OR FAIL: with the default ABORT, SQLite would keep a statement
** journal for every multi-row statement, and that journal spills to a
** temporary file.
**
** OR FAIL also tells which row of a failing batch conflicts, without a
** savepoint or a second run: SQLite inserts the rows of the VALUES list in
** order, checks each row's constraints before inserting it, and keeps the
** rows before the failing one.  Those got rowids above the largest id
** before the batch (a new rowid is one more than the largest), so their
** number -- counted by id -- is the index of the failing row.  (A savepoint
** around every batch would cost a sub-journal copy of every page the batch
** changes: in period order, 50 index pages per batch, a quarter of the
** import's time.)  bench/README.md has the measurements.
**
** Every row inserted here is also appended to the store's obsLog
** (store_obs_log()), which the import's one audit entry then carries
** (audit.c), so that `accord verify` can rebuild the observations from
** the log alone (replay.c).
*/
#include "storeInt.h"
#include "account.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* One pending row of a batch. */
typedef struct ObsRow {
  int64_t iIndicator;
  int64_t iSource;        /* 0 for none */
  double rValue;
  size_t iPeriod;         /* offset of the period in ObsBatch.text */
  size_t iNote;           /* offset of the note, or (size_t)-1 for none */
  size_t iCell;           /* offset of the breakdown, or (size_t)-1 for
                          ** the total */
  size_t iNoteSr;         /* offset of the note in Serbian, or (size_t)-1 */
  int nPeriod, nNote;     /* their lengths in bytes */
} ObsRow;

struct ObsBatch {
  Store *pStore;
  DbStmt *pMulti;         /* INSERT of STORE_OBS_BATCH rows */
  time_t tAt;             /* second of zAt */
  char zAt[21];           /* entered_at, bound to ?2 */
  int64_t iMaxId;         /* the largest id in observation before the batch */
  int nRow;               /* rows pending */
  ObsRow aRow[STORE_OBS_BATCH];
  Buf text;               /* their periods and notes, NUL-terminated */
};

AccRc store_obs_authorize(Store *p, int64_t iIndicator, char *zErr,
                          int nErr){
  Value aV[MAX_FIELDS];
  if( p->pWho==0 ) return ACC_OK;
  memset(aV, 0, sizeof(aV));
  aV[model_field_find(ENT_OBSERVATION, "indicator_id")].eType = VAL_INT;
  aV[model_field_find(ENT_OBSERVATION, "indicator_id")].i = iIndicator;
  return store_authorize(p, p->pWho, ENT_OBSERVATION, 0, aV, zErr, nErr);
}

AccRc store_obs_insert(Store *p, int64_t iIndicator, const char *zPeriod,
                       double rValue, int64_t iSource, const char *zNote,
                       char *zErr, int nErr){
  DbStmt *pS = store_sq_stmt(p, SQ_OBS_INSERT);
  /* The time, formatted again only when the second changes (an import of
  ** a million rows calls this a million times). */
  static __thread char zAt[21];
  static __thread time_t tAt = 0;
  time_t tNow = time(0);
  AccRc rc = store_obs_authorize(p, iIndicator, zErr, nErr);
  if( rc ) return rc;
  if( tNow!=tAt ){
    store_now(zAt);
    tAt = tNow;
  }
  p->pDrv->xBindInt(pS, 1, iIndicator);
  p->pDrv->xBindText(pS, 2, zPeriod);
  p->pDrv->xBindReal(pS, 3, rValue);
  store_bind_id(p, pS, 4, iSource);
  p->pDrv->xBindText(pS, 5, p->zActor);
  p->pDrv->xBindText(pS, 6, zAt);
  if( zNote && zNote[0] ){
    p->pDrv->xBindText(pS, 7, zNote);
  }else{
    p->pDrv->xBindNull(pS, 7);
  }
  rc = store_run(p, pS, zErr, nErr);
  if( rc==ACC_CONFLICT ){
    snprintf(zErr, nErr, "this value for %s from this source is already "
             "recorded", zPeriod);
  }else if( rc==ACC_OK ){
    store_obs_log(p, p->pDrv->xLastId(p->pDb), iIndicator, zPeriod, -1,
                  rValue, iSource, zAt, zNote && zNote[0] ? zNote : 0, -1,
                  0, 0);
  }
  return rc;
}

void store_json_string(Buf *pB, const char *z, int n){
  const char *zEnd = n<0 ? z+strlen(z) : z+n, *zRun;
  buf_putc(pB, '"');
  while( z<zEnd ){
    for(zRun=z; z<zEnd && (unsigned char)*z>=0x20 && *z!='"' && *z!='\\';
        z++){}
    if( z>zRun ) buf_append(pB, zRun, (size_t)(z-zRun));
    if( z<zEnd ){
      if( *z=='"' || *z=='\\' ){
        buf_putc(pB, '\\');
        buf_putc(pB, *z);
      }else{
        buf_appendf(pB, "\\u%04x", (unsigned char)*z);
      }
      z++;
    }
  }
  buf_putc(pB, '"');
}

/* Append the decimal integer v and the character c to pB. */
static void obs_log_int(Buf *pB, int64_t v, char c){
  char z[24];
  int i = (int)sizeof(z);
  uint64_t u = v<0 ? (uint64_t)0-(uint64_t)v : (uint64_t)v;
  z[--i] = c;
  do{ z[--i] = (char)('0' + u%10); u /= 10; }while( u );
  if( v<0 ) z[--i] = '-';
  buf_append(pB, z+i, sizeof(z)-(size_t)i);
}

/*
** The shortest decimal text that reads back as r, with a point or an
** exponent, into z (40 bytes); returns its length.  Most values have a
** few decimals: k/10^d, k an integer, is tried first for d = 0..6, and
** taken when the division gives r back (both it and strtod() of the
** text round the same rational number to the nearest double).  Else
** printf's %.15g, or %.17g if that does not read back.
*/
static int obs_log_real(double r, char *z){
  static const double aScale[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6 };
  int d, n;
  if( r>-1e12 && r<1e12 && (r!=0 || 1/r>0) ){
    for(d=0; d<7; d++){
      double x = r*aScale[d];
      int64_t k = (int64_t)(x<0 ? x-0.5 : x+0.5);
      if( (double)k/aScale[d]==r ){
        uint64_t u = k<0 ? (uint64_t)0-(uint64_t)k : (uint64_t)k;
        uint64_t p10 = (uint64_t)aScale[d], ip = u/p10, fp = u%p10;
        char zRev[24];
        int i = 0;
        n = 0;
        if( k<0 ) z[n++] = '-';
        do{ zRev[i++] = (char)('0' + ip%10); ip /= 10; }while( ip );
        while( i>0 ) z[n++] = zRev[--i];
        z[n++] = '.';
        if( d==0 ){
          z[n++] = '0';
        }else{
          for(i=d-1; i>=0; i--){ z[n+i] = (char)('0' + fp%10); fp /= 10; }
          n += d;
        }
        z[n] = 0;
        return n;
      }
    }
  }
  n = snprintf(z, 40, "%.15g", r);
  if( strtod(z, 0)!=r ) n = snprintf(z, 40, "%.17g", r);
  if( strpbrk(z, ".eEn")==0 ){
    memcpy(z+n, ".0", 3);
    n += 2;
  }
  return n;
}

/*
** One row of an import as the audit entry records it: a JSON array
** [id, indicator_id, period, value, source_id, note] and, on the first
** row and whenever it differs from the row before, entered_at as a
** seventh element; a cell of a breakdown (032_breakdown.sql) has
** entered_at and then the breakdown as an eighth; a note in Serbian
** (039_serbian_content.sql) has entered_at, the breakdown (null for the
** total) and then the note in Serbian as a ninth.  The value is the
** shortest decimal that reads back as the same double, always with a
** point or an exponent (a real); null for no source or no note.
** entered_by is the entry's actor, preferred 0.
*/
void store_obs_log(Store *p, int64_t id, int64_t iIndicator,
                   const char *zPeriod, int nPeriod, double rValue,
                   int64_t iSource, const char *zAt, const char *zNote,
                   int nNote, const char *zCell, const char *zNoteSr){
  char zNum[48];
  Buf *pB = &p->obsLog;
  int n;
  if( p->nObsLog ){
    buf_putc(pB, ',');
  }else{
    buf_reset(pB);
    buf_append(pB, "", 0);
    while( pB->n<OBSLOG_HEAD ) buf_putc(pB, ' ');
  }
  if( iIndicator!=p->iObsTouchLast ){
    idlist_add(&p->obsTouched, iIndicator);
    p->iObsTouchLast = iIndicator;
  }
  buf_putc(pB, '[');
  obs_log_int(pB, id, ',');
  obs_log_int(pB, iIndicator, ',');
  store_json_string(pB, zPeriod, nPeriod);
  zNum[0] = ',';
  n = 1 + obs_log_real(rValue, zNum+1);
  zNum[n++] = ',';
  buf_append(pB, zNum, (size_t)n);
  if( iSource ) obs_log_int(pB, iSource, ',');
  else buf_append(pB, "null,", 5);
  if( zNote ) store_json_string(pB, zNote, nNote);
  else buf_append(pB, "null", 4);
  if( p->nObsLog==0 || strcmp(p->zObsAt, zAt)!=0 || zCell || zNoteSr ){
    buf_putc(pB, ',');
    store_json_string(pB, zAt, -1);
    snprintf(p->zObsAt, sizeof(p->zObsAt), "%s", zAt);
  }
  if( zCell ){
    buf_putc(pB, ',');
    store_json_string(pB, zCell, -1);
  }else if( zNoteSr ){
    buf_append(pB, ",null", 5);
  }
  if( zNoteSr ){
    buf_putc(pB, ',');
    store_json_string(pB, zNoteSr, -1);
  }
  buf_putc(pB, ']');
  p->nObsLog++;
}

/* Log the rows of batch pB from index iFrom to iTo (exclusive), the
** first of which got id iFirst. */
static void obs_log_rows(ObsBatch *pB, int iFrom, int iTo, int64_t iFirst){
  int i;
  for(i=iFrom; i<iTo; i++){
    const ObsRow *pR = &pB->aRow[i];
    store_obs_log(pB->pStore, iFirst+(i-iFrom), pR->iIndicator,
                  pB->text.z + pR->iPeriod, pR->nPeriod, pR->rValue,
                  pR->iSource, pB->zAt,
                  pR->iNote!=(size_t)-1 ? pB->text.z + pR->iNote : 0,
                  pR->nNote,
                  pR->iCell!=(size_t)-1 ? pB->text.z + pR->iCell : 0,
                  pR->iNoteSr!=(size_t)-1 ? pB->text.z + pR->iNoteSr : 0);
  }
}

/* The integer that statement i of the SQ_* list returns (with ?1 = iArg
** if it has a parameter). */
static int64_t obs_query_int(Store *p, int i, int64_t iArg){
  DbStmt *pS = store_sq_stmt(p, i);
  int64_t v = 0;
  if( i==SQ_OBS_COUNT_AFTER ) p->pDrv->xBindInt(pS, 1, iArg);
  if( p->pDrv->xStep(pS)==DB_ROW ) v = p->pDrv->xColumnInt(pS, 0);
  p->pDrv->xReset(pS);
  return v;
}

ObsBatch *store_obs_batch_begin(Store *p){
  ObsBatch *pB = acc_malloc(sizeof(*pB));
  Buf sql = BUF_INIT;
  char c = p->pDrv->cParam;
  int i;
  memset(pB, 0, sizeof(*pB));
  pB->pStore = p;
  /* Composed from parameter numbers only: ?1 is the actor, ?2 the time,
  ** and row i has ?(3+7i) .. ?(9+7i), as SQ_OBS_ADD has for one row.
  ** SQLite keeps the rows before a failing one (OR FAIL), which tells
  ** the row; PostgreSQL has no such mode: the rows go again one by one
  ** (store_obs_batch_flush()). */
  buf_puts(&sql, STORE_PG(p) ? "INSERT INTO" : "INSERT OR FAIL INTO");
  buf_puts(&sql, " observation(indicator_id, period,"
           " value, source_id, entered_by, entered_at, preferred, note,"
           " breakdown, note_sr) VALUES");
  for(i=0; i<STORE_OBS_BATCH; i++){
    int b = 2 + 7*i;
    buf_appendf(&sql, "%s(%c%d, %c%d, %c%d, %c%d, %c1, %c2, 0, %c%d, %c%d,"
                " %c%d)", i ? "," : "", c, b+1, c, b+2, c, b+3, c, b+4, c, c,
                c, b+5, c, b+6, c, b+7);
  }
  pB->pMulti = p->pDrv->xPrepare(p->pDb, buf_str(&sql));
  buf_free(&sql);
  p->pDrv->xBindText(pB->pMulti, 1, p->zActor);
  pB->iMaxId = obs_query_int(p, SQ_OBS_MAX_ID, 0);
  return pB;
}

int store_obs_batch_add(ObsBatch *pB, int64_t iIndicator,
                        const char *zPeriod, double rValue, int64_t iSource,
                        const char *zNote){
  return store_obs_batch_add_cell(pB, iIndicator, zPeriod, rValue, iSource,
                                  zNote, 0, 0);
}

int store_obs_batch_add_cell(ObsBatch *pB, int64_t iIndicator,
                             const char *zPeriod, double rValue,
                             int64_t iSource, const char *zNote,
                             const char *zCell, const char *zNoteSr){
  ObsRow *pR;
  size_t n;
  assert( pB->nRow<STORE_OBS_BATCH );
  pR = &pB->aRow[pB->nRow++];
  pR->iIndicator = iIndicator;
  pR->iSource = iSource;
  pR->rValue = rValue;
  n = strlen(zPeriod);
  pR->iPeriod = pB->text.n;
  pR->nPeriod = (int)n;
  buf_append(&pB->text, zPeriod, n+1);
  if( zNote && zNote[0] ){
    n = strlen(zNote);
    pR->iNote = pB->text.n;
    pR->nNote = (int)n;
    buf_append(&pB->text, zNote, n+1);
  }else{
    pR->iNote = (size_t)-1;
    pR->nNote = 0;
  }
  if( zCell && zCell[0] ){
    pR->iCell = pB->text.n;
    buf_append(&pB->text, zCell, strlen(zCell)+1);
  }else{
    pR->iCell = (size_t)-1;
  }
  if( zNoteSr && zNoteSr[0] ){
    pR->iNoteSr = pB->text.n;
    buf_append(&pB->text, zNoteSr, strlen(zNoteSr)+1);
  }else{
    pR->iNoteSr = (size_t)-1;
  }
  return pB->nRow;
}

/* Bind row pR to the seven parameters from iFirst of pS. */
static void obs_bind_row(ObsBatch *pB, DbStmt *pS, int iFirst,
                         const ObsRow *pR){
  const DbDriver *pDrv = pB->pStore->pDrv;
  pDrv->xBindInt(pS, iFirst, pR->iIndicator);
  pDrv->xBindTextStatic(pS, iFirst+1, pB->text.z + pR->iPeriod,
                        pR->nPeriod);
  pDrv->xBindReal(pS, iFirst+2, pR->rValue);
  if( pR->iSource ){
    pDrv->xBindInt(pS, iFirst+3, pR->iSource);
  }else{
    pDrv->xBindNull(pS, iFirst+3);
  }
  if( pR->iNote!=(size_t)-1 ){
    pDrv->xBindTextStatic(pS, iFirst+4, pB->text.z + pR->iNote, pR->nNote);
  }else{
    pDrv->xBindNull(pS, iFirst+4);
  }
  if( pR->iCell!=(size_t)-1 ){
    pDrv->xBindTextStatic(pS, iFirst+5, pB->text.z + pR->iCell, -1);
  }else{
    pDrv->xBindNull(pS, iFirst+5);
  }
  if( pR->iNoteSr!=(size_t)-1 ){
    pDrv->xBindTextStatic(pS, iFirst+6, pB->text.z + pR->iNoteSr, -1);
  }else{
    pDrv->xBindNull(pS, iFirst+6);
  }
}

/* Step statement pS of no rows and reset it, keeping its bindings. */
static int obs_step(Store *p, DbStmt *pS){
  int rc = p->pDrv->xStep(pS);
  p->pDrv->xResetKeep(pS);
  return rc;
}

/* Row i of the batch failed with step result r: describe it. */
static AccRc obs_fail(ObsBatch *pB, int r, int i, int *piRow, char *zErr,
                      int nErr){
  const ObsRow *pR = &pB->aRow[i];
  Store *p = pB->pStore;
  *piRow = i;
  if( r==-ACC_CONFLICT ){
    snprintf(zErr, nErr, "this value for %.*s%s%s%s from this source is "
             "already recorded", pR->nPeriod, pB->text.z + pR->iPeriod,
             pR->iCell!=(size_t)-1 ? " (" : "",
             pR->iCell!=(size_t)-1 ? pB->text.z + pR->iCell : "",
             pR->iCell!=(size_t)-1 ? ")" : "");
  }else{
    snprintf(zErr, nErr, "%s", p->pDrv->xErrmsg(p->pDb));
  }
  return (AccRc)(-r);
}

AccRc store_obs_batch_flush(ObsBatch *pB, int *piRow, char *zErr, int nErr){
  Store *p = pB->pStore;
  const DbDriver *pDrv = p->pDrv;
  DbStmt *pOne;
  time_t tNow = time(0);
  AccRc rc = ACC_OK;
  int i, r;
  assert( p->nTxn );
  if( pB->nRow==0 ) return ACC_OK;
  if( tNow!=pB->tAt ){
    store_now(pB->zAt);
    pB->tAt = tNow;
    pDrv->xBindTextStatic(pB->pMulti, 2, pB->zAt, -1);
  }
  if( pB->nRow==STORE_OBS_BATCH ){
    for(i=0; i<STORE_OBS_BATCH; i++){
      obs_bind_row(pB, pB->pMulti, 3 + 7*i, &pB->aRow[i]);
    }
    r = obs_step(p, pB->pMulti);
    if( r==DB_DONE ){
      pB->iMaxId = pDrv->xLastId(p->pDb);
      /* One statement's rows get consecutive ids, in the order given. */
      obs_log_rows(pB, 0, STORE_OBS_BATCH, pB->iMaxId-STORE_OBS_BATCH+1);
      goto out;
    }else if( STORE_PG(p) && r==-ACC_CONFLICT ){
      /* Nothing of the statement stays: find the row one at a time. */
    }else{
      i = (int)obs_query_int(p, SQ_OBS_COUNT_AFTER, pB->iMaxId);
      rc = obs_fail(pB, r, i<STORE_OBS_BATCH ? i : 0, piRow, zErr, nErr);
      goto out;
    }
  }
  /* A partial batch (or a full one PostgreSQL refused): one row at a time. */
  pOne = store_sq_stmt(p, SQ_OBS_ADD);
  pDrv->xBindText(pOne, 1, p->zActor);
  pDrv->xBindText(pOne, 2, pB->zAt);
  for(i=0; i<pB->nRow; i++){
    obs_bind_row(pB, pOne, 3, &pB->aRow[i]);
    r = obs_step(p, pOne);
    if( r!=DB_DONE ){
      rc = obs_fail(pB, r, i, piRow, zErr, nErr);
      break;
    }
    pB->iMaxId = pDrv->xLastId(p->pDb);
    obs_log_rows(pB, i, i+1, pB->iMaxId);
  }
  pDrv->xReset(pOne);
out:
  pB->nRow = 0;
  buf_reset(&pB->text);
  return rc;
}

void store_obs_batch_end(ObsBatch *pB){
  if( pB==0 ) return;
  pB->pStore->pDrv->xFinalize(pB->pMulti);
  buf_free(&pB->text);
  free(pB);
}

AccRc store_source_find(Store *p, const char *zTitle, const char *zUrl,
                        int64_t *pId){
  DbStmt *pS = store_sq_stmt(p, SQ_SOURCE_FIND);
  AccRc rc = ACC_NOTFOUND;
  if( zTitle ) p->pDrv->xBindText(pS, 1, zTitle);
  if( zUrl ) p->pDrv->xBindText(pS, 2, zUrl);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    *pId = p->pDrv->xColumnInt(pS, 0);
    rc = ACC_OK;
  }
  p->pDrv->xReset(pS);
  return rc;
}

AccRc store_backup(Store *p, const char *zPath, char *zErr, int nErr){
  return p->pDrv->xBackup(p->pDb, zPath, zErr, nErr);
}

AccRc store_obs_series(Store *p, int64_t iIndicator, const char *zFrom,
                       const char *zTo,
                       int (*x)(void*, const StoreObs*),
                       void *pArg){
  /* The public reads the values data releases published. */
  DbStmt *pS = p->eView==CLASS_PUBLIC ? store_pq_stmt(p, PQ_OBS_SERIES)
                                      : store_sq_stmt(p, SQ_OBS_SERIES);
  const DbDriver *d = p->pDrv;
  int rc;
  d->xBindInt(pS, 1, iIndicator);
  d->xBindText(pS, 2, zFrom);
  d->xBindText(pS, 3, zTo);
  while( (rc = d->xStep(pS))==DB_ROW ){
    StoreObs o;
    memset(&o, 0, sizeof(o));
    o.id = d->xColumnInt(pS, 0);
    o.zPeriod = d->xColumnText(pS, 1);
    o.r = d->xColumnReal(pS, 2);
    o.iSource = d->xColumnType(pS, 3)==DB_NULL ? 0 : d->xColumnInt(pS, 3);
    o.zAt = d->xColumnText(pS, 4);
    o.bPreferred = d->xColumnInt(pS, 5)!=0;
    o.iChoice = d->xColumnType(pS, 6)==DB_NULL ? 0 : d->xColumnInt(pS, 6);
    o.zCell = d->xColumnType(pS, 7)==DB_NULL ? 0 : d->xColumnText(pS, 7);
    if( x(pArg, &o) ) break;
  }
  p->pDrv->xReset(pS);
  return rc<0 ? (AccRc)(-rc) : ACC_OK;
}

AccRc store_obs_rows(Store *p, int64_t iIndicator, int nRecent,
                     const char *zPeriod,
                     int (*x)(void*, const StoreObs*), void *pArg){
  int bPub = p->eView==CLASS_PUBLIC;
  DbStmt *pS = zPeriod ? (bPub ? store_pq_stmt(p, PQ_OBS_PERIOD)
                               : store_sq_stmt(p, SQ_OBS_PERIOD))
             : nRecent>0 ? (bPub ? store_pq_stmt(p, PQ_OBS_RECENT)
                                 : store_sq_stmt(p, SQ_OBS_RECENT))
             : (bPub ? store_pq_stmt(p, PQ_OBS_DISPUTED)
                     : store_sq_stmt(p, SQ_OBS_DISPUTED));
  const DbDriver *d = p->pDrv;
  int rc;
  /* Data conflicts are never public: the public reads no disputed rows. */
  if( bPub && zPeriod==0 && nRecent<=0 ) return ACC_OK;
  d->xBindInt(pS, 1, iIndicator);
  if( zPeriod ) d->xBindText(pS, 2, zPeriod);
  else if( nRecent>0 ) d->xBindInt(pS, 2, nRecent);
  while( (rc = d->xStep(pS))==DB_ROW ){
    StoreObs o;
    o.id = d->xColumnInt(pS, 0);
    o.zPeriod = d->xColumnText(pS, 1);
    o.r = d->xColumnReal(pS, 2);
    o.iSource = d->xColumnType(pS, 3)==DB_NULL ? 0 : d->xColumnInt(pS, 3);
    o.zBy = p->eView==CLASS_PUBLIC ? "" : d->xColumnText(pS, 4);
    o.zAt = d->xColumnText(pS, 5);
    o.zNote = d->xColumnType(pS, 6)==DB_NULL ? 0 : d->xColumnText(pS, 6);
    o.bPreferred = d->xColumnInt(pS, 7)!=0;
    o.iChoice = d->xColumnType(pS, 8)==DB_NULL ? 0 : d->xColumnInt(pS, 8);
    o.zCell = d->xColumnType(pS, 9)==DB_NULL ? 0 : d->xColumnText(pS, 9);
    o.zNoteSr = d->xColumnType(pS, 10)==DB_NULL ? 0
              : d->xColumnText(pS, 10);
    if( x(pArg, &o) ) break;
  }
  d->xReset(pS);
  return rc<0 ? (AccRc)(-rc) : ACC_OK;
}
