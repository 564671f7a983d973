/*
** obs.c: the bulk path for observations, source look-up and backup
** (see store.h).
**
** store_obs_insert() is what `accord import observations` calls once per
** row: one cached prepared statement, values bound, no per-row audit
** entry and no reference checks (the importer has already resolved the
** indicator and the source), so that a million rows load at the rate of
** SQLite itself.
*/
#include "storeInt.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

AccRc store_obs_insert(Store *p, int64_t iIndicator, const char *zPeriod,
                       double rValue, int64_t iSource, const char *zNote,
                       char *zErr, int nErr){
  DbStmt *pS = store_sq_stmt(p, SQ_OBS_INSERT);
  /* The time, formatted again only when the second changes (an import of
  ** a million rows calls this a million times). */
  static __thread char zAt[21];
  static __thread time_t tAt = 0;
  time_t tNow = time(0);
  AccRc rc;
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
  }
  return rc;
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
                       int (*x)(void*, const char*, double, int, int64_t),
                       void *pArg){
  DbStmt *pS = store_sq_stmt(p, SQ_OBS_SERIES);
  int rc;
  p->pDrv->xBindInt(pS, 1, iIndicator);
  p->pDrv->xBindText(pS, 2, zFrom);
  p->pDrv->xBindText(pS, 3, zTo);
  while( (rc = p->pDrv->xStep(pS))==DB_ROW ){
    if( x(pArg, p->pDrv->xColumnText(pS, 0), p->pDrv->xColumnReal(pS, 1),
          p->pDrv->xColumnInt(pS, 2)!=0, p->pDrv->xColumnInt(pS, 3)) ){
      break;
    }
  }
  p->pDrv->xReset(pS);
  return rc<0 ? (AccRc)(-rc) : ACC_OK;
}

AccRc store_obs_rows(Store *p, int64_t iIndicator, int nRecent,
                     const char *zPeriod,
                     int (*x)(void*, const StoreObs*), void *pArg){
  DbStmt *pS = store_sq_stmt(p, zPeriod ? SQ_OBS_PERIOD
                                : nRecent>0 ? SQ_OBS_RECENT : SQ_OBS_DISPUTED);
  const DbDriver *d = p->pDrv;
  int rc;
  d->xBindInt(pS, 1, iIndicator);
  if( zPeriod ) d->xBindText(pS, 2, zPeriod);
  else if( nRecent>0 ) d->xBindInt(pS, 2, nRecent);
  while( (rc = d->xStep(pS))==DB_ROW ){
    StoreObs o;
    o.id = d->xColumnInt(pS, 0);
    o.zPeriod = d->xColumnText(pS, 1);
    o.r = d->xColumnReal(pS, 2);
    o.iSource = d->xColumnType(pS, 3)==DB_NULL ? 0 : d->xColumnInt(pS, 3);
    o.zBy = d->xColumnText(pS, 4);
    o.zAt = d->xColumnText(pS, 5);
    o.zNote = d->xColumnType(pS, 6)==DB_NULL ? 0 : d->xColumnText(pS, 6);
    o.bPreferred = d->xColumnInt(pS, 7)!=0;
    if( x(pArg, &o) ) break;
  }
  d->xReset(pS);
  return rc<0 ? (AccRc)(-rc) : ACC_OK;
}
