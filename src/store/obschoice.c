/*
** obschoice.c: the values of a period that wait for a decision, and the
** owner's choice of the one that counts (store_obs_conflicts(),
** store_obs_prefer()).
**
** One rule for `accord conflicts` and `accord prefer`, GET
** /api/v1/conflicts and POST /api/v1/observations/{id}/prefer, and the
** form of the pages (POST /observation/ID/prefer): the values of one
** indicator, period and cell of a breakdown (the total is a cell) wait
** for a decision when status_period_open() says so; choosing marks one
** of them preferred and unmarks the others of that cell, in one
** transaction.  The walks go through store_item_each(), so a reader sees
** the observations their classification allows and no others.
*/
#include "storeInt.h"
#include "../core/status.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An observation collected by a walk, with its indicator. */
typedef struct ObsRow {
  int64_t iInd;
  StoreObs o;
} ObsRow;
/* The observations collected by a walk, their strings malloc'd. */
typedef struct ObsSet {
  ObsRow *a;
  int n, nAlloc;
} ObsSet;

static char *dup_text(const Value *v){
  return v->eType==VAL_TEXT ? acc_strdup(v->z) : 0;
}

static int obs_collect(void *pArg, int64_t id, const Value *aVal){
  ObsSet *s = pArg;
  const int e = ENT_OBSERVATION;
  StoreObs *o;
  if( s->n>=s->nAlloc ){
    s->nAlloc = s->nAlloc ? 2*s->nAlloc : 64;
    s->a = acc_realloc(s->a, sizeof(ObsRow)*(size_t)s->nAlloc);
  }
  memset(&s->a[s->n], 0, sizeof(ObsRow));
  s->a[s->n].iInd = model_value(e, aVal, "indicator_id")->i;
  o = &s->a[s->n++].o;
  o->id = id;
  o->zPeriod = dup_text(model_value(e, aVal, "period"));
  if( o->zPeriod==0 ) o->zPeriod = acc_strdup("");
  o->r = model_value(e, aVal, "value")->r;
  o->iSource = model_value(e, aVal, "source_id")->eType==VAL_INT
             ? model_value(e, aVal, "source_id")->i : 0;
  o->zBy = dup_text(model_value(e, aVal, "entered_by"));
  o->zAt = dup_text(model_value(e, aVal, "entered_at"));
  o->bPreferred = model_value(e, aVal, "preferred")->i!=0;
  o->iChoice = model_value(e, aVal, "preferred_upto")->eType==VAL_INT
             ? model_value(e, aVal, "preferred_upto")->i : 0;
  o->zCell = dup_text(model_value(e, aVal, "breakdown"));
  return 0;
}

static void obs_set_free(ObsSet *s){
  int i;
  for(i=0; i<s->n; i++){
    free((char*)s->a[i].o.zPeriod);
    free((char*)s->a[i].o.zBy);
    free((char*)s->a[i].o.zAt);
    free((char*)s->a[i].o.zCell);
  }
  free(s->a);
}

int store_obs_same_cell(const char *zA, const char *zB){
  return strcmp(zA ? zA : "", zB ? zB : "")==0;
}

/* The order of a conflict list: indicator, period, cell (the total
** first), id. */
static int obs_cmp(const void *a, const void *b){
  const ObsRow *x = a, *y = b;
  int c;
  if( x->iInd!=y->iInd ) return x->iInd<y->iInd ? -1 : 1;
  c = strcmp(x->o.zPeriod, y->o.zPeriod);
  if( c ) return c;
  c = strcmp(x->o.zCell ? x->o.zCell : "", y->o.zCell ? y->o.zCell : "");
  if( c ) return c;
  return x->o.id<y->o.id ? -1 : x->o.id>y->o.id;
}

/* Whether the values a[0..n-1] of one indicator, period and cell wait
** for a decision (status_period_open()). */
static int obs_open(const ObsRow *a, int n){
  ObsPoint *aP = acc_malloc(sizeof(ObsPoint)*(size_t)(n ? n : 1));
  int i, eOpen;
  memset(aP, 0, sizeof(ObsPoint)*(size_t)(n ? n : 1));
  for(i=0; i<n; i++){
    period_parse(a[i].o.zPeriod, &aP[i].period);
    aP[i].value = a[i].o.r;
    aP[i].bPreferred = a[i].o.bPreferred;
    aP[i].iSeq = a[i].o.id;
    aP[i].iSource = a[i].o.iSource;
    aP[i].iChoice = a[i].o.iChoice;
  }
  eOpen = status_period_open(aP, n);
  free(aP);
  return eOpen;
}

AccRc store_obs_conflicts(Store *p, int64_t iIndicator,
                          int (*x)(void*, const StoreConflict*),
                          void *pArg){
  ObsSet s;
  int i, j;
  AccRc rc;
  memset(&s, 0, sizeof(s));
  rc = store_item_each(p, ENT_OBSERVATION,
                       iIndicator ? model_field_find(ENT_OBSERVATION,
                                                     "indicator_id") : -1,
                       iIndicator, obs_collect, &s);
  if( rc ){
    obs_set_free(&s);
    return rc;
  }
  if( s.n>1 ) qsort(s.a, s.n, sizeof(ObsRow), obs_cmp);
  for(i=0; i<s.n; i=j){
    StoreConflict c;
    StoreObs *aGroup;
    int eOpen, k, bStop;
    for(j=i; j<s.n && s.a[j].iInd==s.a[i].iInd
        && strcmp(s.a[j].o.zPeriod, s.a[i].o.zPeriod)==0
        && store_obs_same_cell(s.a[j].o.zCell, s.a[i].o.zCell); j++){}
    if( (eOpen = obs_open(&s.a[i], j-i))==0 ) continue;
    aGroup = acc_malloc(sizeof(StoreObs)*(size_t)(j-i));
    for(k=i; k<j; k++) aGroup[k-i] = s.a[k].o;
    c.iIndicator = s.a[i].iInd;
    c.zPeriod = s.a[i].o.zPeriod;
    c.zCell = s.a[i].o.zCell;
    c.bReopened = eOpen==STATUS_OPEN_REOPENED;
    c.a = aGroup;
    c.n = j-i;
    bStop = x(pArg, &c);
    free(aGroup);
    if( bStop ) break;
  }
  obs_set_free(&s);
  return ACC_OK;
}

AccRc store_obs_prefer(Store *p, int64_t id, IdList *pOff, char *zErr,
                       int nErr){
  const int e = ENT_OBSERVATION;
  int iPref = model_field_find(e, "preferred");
  int iUpto = model_field_find(e, "preferred_upto");
  Arena arena = ARENA_INIT;
  ObsSet s;
  Value *aVal;
  const char *zPeriod, *zCell;
  AccRc rc;
  int i;
  memset(&s, 0, sizeof(s));
  zErr[0] = 0;
  if( store_begin(p) ){
    snprintf(zErr, (size_t)nErr, "the database is busy");
    return ACC_BUSY;
  }
  rc = store_item_get(p, e, id, &arena, &aVal);
  if( rc ){
    store_rollback(p);
    arena_free(&arena);
    snprintf(zErr, (size_t)nErr, "no observation with id %lld",
             (long long)id);
    return rc;
  }
  zPeriod = model_value(e, aVal, "period")->z;
  zCell = model_value(e, aVal, "breakdown")->eType==VAL_TEXT
        ? model_value(e, aVal, "breakdown")->z : 0;
  rc = store_item_each(p, e, model_field_find(e, "indicator_id"),
                       model_value(e, aVal, "indicator_id")->i,
                       obs_collect, &s);
  for(i=0; i<s.n && rc==ACC_OK; i++){
    Value *aO;
    const StoreObs *o = &s.a[i].o;
    int bWant = o->id==id;
    /* The value chosen is written even if it was already preferred:
    ** choosing again settles a choice that a later value reopened.  The
    ** choice is among the values of one cell (the total is a cell). */
    if( strcmp(o->zPeriod, zPeriod)!=0
     || !store_obs_same_cell(o->zCell, zCell)
     || (o->bPreferred==bWant && !bWant) ){
      continue;
    }
    if( store_item_get(p, e, o->id, &arena, &aO) ) continue;
    aO[iPref].eType = VAL_INT;
    aO[iPref].i = bWant;
    aO[iUpto].eType = VAL_NULL;
    rc = store_item_update(p, e, o->id, aO, zErr, nErr);
    if( rc==ACC_OK && !bWant && pOff ) idlist_add(pOff, o->id);
  }
  if( rc==ACC_OK ){
    rc = store_commit(p);
    if( rc ) snprintf(zErr, (size_t)nErr, "the database is busy");
  }
  if( rc ){
    store_rollback(p);
    if( zErr[0]==0 ) snprintf(zErr, (size_t)nErr, "cannot read the "
                              "observations of the period");
    if( pOff ) pOff->n = 0;
  }
  obs_set_free(&s);
  arena_free(&arena);
  return rc;
}
