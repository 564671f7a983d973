/*
** content.c: what an approval covers beyond the item's own fields.
**
** The public reads an approved item together with what it brings along:
** the sources it cites, and for a data release the observations it
** publishes (publish.c).  So the canonical text of a version (sign.c)
** carries them, and the version approved is the item's *approval
** version*: the latest of the item's own audit entry, its cited sources'
** and, for a release, the latest change to the observations of the
** indicators it covers (table obs_version, kept by every write of an
** observation: item.c one row at a time, obs.c and audit.c an import).
** An edit of a cited source or of released data thus makes a new
** version the co-chairs approve again, and the old one stays public.
**
** The statements are this file's own closed set, prepared when used.
*/
#include "signInt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char zTouchSql[] =
  "INSERT INTO obs_version(indicator_id, audit_id)"
  " VALUES(?1, (SELECT coalesce(max(id), 0) FROM audit_log))"
  " ON CONFLICT(indicator_id) DO UPDATE SET audit_id=excluded.audit_id";
static const char zObsVerSql[] =
  "SELECT audit_id FROM obs_version WHERE indicator_id=?1";
static const char zRowsSql[] =
  "SELECT id, period, value, source_id, preferred, note, breakdown,"
  " note_sr FROM observation WHERE indicator_id=?1 ORDER BY id";

AccRc store_obs_touch(Store *p, int64_t iIndicator){
  DbStmt *pS;
  AccRc rc;
  if( iIndicator<=0 ) return ACC_OK;
  pS = sign_stmt(p, zTouchSql);
  p->pDrv->xBindInt(pS, 1, iIndicator);
  rc = store_run(p, pS, 0, 0);
  p->pDrv->xFinalize(pS);
  return rc;
}

static int id_cmp(const void *a, const void *b);

AccRc store_obs_touch_logged(Store *p){
  IdList *pL = &p->obsTouched;
  AccRc rc = ACC_OK;
  int i;
  /* An import whose rows alternate between indicators lists each many
  ** times (store_obs_log() skips only repeats in a row): sorted, each
  ** is touched once. */
  if( pL->n>1 ) qsort(pL->a, pL->n, sizeof(pL->a[0]), id_cmp);
  for(i=0; i<pL->n && rc==ACC_OK; i++){
    if( i==0 || pL->a[i]!=pL->a[i-1] ) rc = store_obs_touch(p, pL->a[i]);
  }
  store_obs_touch_reset(p);
  return rc;
}

void store_obs_touch_reset(Store *p){
  p->obsTouched.n = 0;
  p->iObsTouchLast = 0;
}

/* The latest change to indicator iInd's observations (0: none known). */
static int64_t obs_version(Store *p, int64_t iInd){
  DbStmt *pS = sign_stmt(p, zObsVerSql);
  int64_t v = 0;
  p->pDrv->xBindInt(pS, 1, iInd);
  if( p->pDrv->xStep(pS)==DB_ROW ) v = p->pDrv->xColumnInt(pS, 0);
  p->pDrv->xFinalize(pS);
  return v;
}

int64_t store_obs_version(Store *p, int64_t iIndicator){
  return obs_version(p, iIndicator);
}

static void idlist_add_new(IdList *pL, int64_t id){
  int i;
  for(i=0; i<pL->n && pL->a[i]!=id; i++){}
  if( i==pL->n ) idlist_add(pL, id);
}

static int id_cmp(const void *a, const void *b){
  int64_t x = *(const int64_t*)a, y = *(const int64_t*)b;
  return x<y ? -1 : x>y;
}

/* The indicators release aV covers, in id order. */
static void release_indicators(Store *p, const Value *aV, IdList *pL){
  const Value *pInd = model_value(ENT_RELEASE, aV, "indicator_id");
  Class eSave = p->eView;
  if( pInd->eType==VAL_INT ){
    idlist_add(pL, pInd->i);
  }else{
    p->eView = CLASS_RESTRICTED;
    store_item_each(p, ENT_INDICATOR, model_field_find(ENT_INDICATOR,
                    "dialogue_id"), model_value(ENT_RELEASE, aV,
                    "dialogue_id")->i, store_row_collect_id, pL);
    p->eView = eSave;
  }
  if( pL->n>1 ) qsort(pL->a, pL->n, sizeof(pL->a[0]), id_cmp);
}

/* Append the observations of indicator iInd that release up to zUpTo
** publishes, noting the sources they cite in pSrc. */
static void release_rows(Store *p, int64_t iInd, const char *zUpTo,
                         Buf *pB, IdList *pSrc){
  const DbDriver *d = p->pDrv;
  DbStmt *pS = sign_stmt(p, zRowsSql);
  Period up, per;
  Value v;
  if( period_parse(zUpTo, &up) ){
    d->xFinalize(pS);
    return;
  }
  d->xBindInt(pS, 1, iInd);
  while( d->xStep(pS)==DB_ROW ){
    int64_t id = d->xColumnInt(pS, 0);
    if( period_parse(d->xColumnText(pS, 1), &per)
     || period_end(per)>period_end(up) ){
      continue;
    }
    buf_appendf(pB, "observation\t%lld\n", (long long)id);
    v.eType = VAL_INT;
    v.i = iInd;
    sign_canon_value(pB, "indicator_id", &v);
    v.eType = VAL_TEXT;
    v.z = d->xColumnText(pS, 1);
    sign_canon_value(pB, "period", &v);
    v.eType = VAL_REAL;
    v.r = d->xColumnReal(pS, 2);
    sign_canon_value(pB, "value", &v);
    if( d->xColumnType(pS, 3)==DB_NULL ){
      v.eType = VAL_NULL;
    }else{
      v.eType = VAL_INT;
      v.i = d->xColumnInt(pS, 3);
      idlist_add_new(pSrc, v.i);
    }
    sign_canon_value(pB, "source_id", &v);
    v.eType = VAL_INT;
    v.i = d->xColumnInt(pS, 4);
    sign_canon_value(pB, "preferred", &v);
    if( d->xColumnType(pS, 5)==DB_NULL ){
      v.eType = VAL_NULL;
    }else{
      v.eType = VAL_TEXT;
      v.z = d->xColumnText(pS, 5);
    }
    sign_canon_value(pB, "note", &v);
    /* A cell of a breakdown names it; a total hashes as before (signed
    ** approvals of releases made before 032_breakdown.sql still hold). */
    if( d->xColumnType(pS, 6)!=DB_NULL ){
      v.eType = VAL_TEXT;
      v.z = d->xColumnText(pS, 6);
      sign_canon_value(pB, "breakdown", &v);
    }
    /* So does a note in Serbian (039_serbian_content.sql), when set. */
    if( d->xColumnType(pS, 7)!=DB_NULL ){
      v.eType = VAL_TEXT;
      v.z = d->xColumnText(pS, 7);
      sign_canon_value(pB, "note_sr", &v);
    }
  }
  d->xFinalize(pS);
}

int64_t content_cited(Store *p, int e, const Value *aV, Buf *pB,
                      IdList *pSrc){
  const EntityDef *pE = &aEntity[e];
  IdList src = IDLIST_INIT, ind = IDLIST_INIT;
  Buf rows = BUF_INIT;
  Class eSave = p->eView;
  int64_t v = 0, w;
  int i, j;
  if( e==ENT_SOURCE || e==ENT_OBSERVATION ) return 0;
  for(i=0; i<pE->nField; i++){
    if( pE->aField[i].eType==FT_REF && pE->aField[i].eRef==ENT_SOURCE
     && aV[i].eType==VAL_INT ){
      idlist_add_new(&src, aV[i].i);
    }
  }
  if( e==ENT_RELEASE ){
    const Value *pUpTo = model_value(ENT_RELEASE, aV, "up_to");
    release_indicators(p, aV, &ind);
    for(i=0; i<ind.n; i++){
      w = obs_version(p, ind.a[i]);
      if( w>v ) v = w;
      if( pUpTo->eType==VAL_TEXT ){
        release_rows(p, ind.a[i], pUpTo->z, &rows, &src);
      }
    }
  }
  if( src.n>1 ) qsort(src.a, src.n, sizeof(src.a[0]), id_cmp);
  if( (src.n || rows.n) && pB ) buf_appendf(pB, "cited\n");
  p->eView = CLASS_RESTRICTED;
  for(i=0; i<src.n; i++){
    Arena a = ARENA_INIT;
    Value *aS;
    w = store_item_version(p, ENT_SOURCE, src.a[i]);
    if( w>v ) v = w;
    if( pB && store_item_get(p, ENT_SOURCE, src.a[i], &a, &aS)==ACC_OK ){
      buf_appendf(pB, "source\t%lld\n", (long long)src.a[i]);
      for(j=0; j<aEntity[ENT_SOURCE].nField; j++){
        if( sign_field_skipped(ENT_SOURCE, j, &aS[j]) ) continue;
        sign_canon_value(pB, aEntity[ENT_SOURCE].aField[j].zName, &aS[j]);
      }
    }
    arena_free(&a);
  }
  p->eView = eSave;
  if( pB && rows.n ) buf_append(pB, buf_str(&rows), rows.n);
  buf_free(&rows);
  if( pSrc ){
    *pSrc = src;
    src.a = 0;
  }
  free(src.a);
  free(ind.a);
  return v;
}

int64_t store_approval_version(Store *p, int e, int64_t id){
  Arena a = ARENA_INIT;
  Value *aV;
  Class eSave = p->eView;
  int64_t v = store_item_version(p, e, id), w;
  AccRc rc;
  if( v==0 ) return 0;
  p->eView = CLASS_RESTRICTED;
  rc = store_item_get(p, e, id, &a, &aV);
  p->eView = eSave;
  if( rc==ACC_OK ){
    w = content_cited(p, e, aV, 0, 0);
    if( w>v ) v = w;
  }
  arena_free(&a);
  return v;
}

void store_cited_sources(Store *p, int e, int64_t id, IdList *pOut){
  Arena a = ARENA_INIT;
  Value *aV;
  Class eSave = p->eView;
  AccRc rc;
  p->eView = CLASS_RESTRICTED;
  rc = store_item_get(p, e, id, &a, &aV);
  p->eView = eSave;
  if( rc==ACC_OK ) content_cited(p, e, aV, 0, pOut);
  arena_free(&a);
}
