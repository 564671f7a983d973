/*
** home.c: what a person's home page reads and keeps (see home.h and
** schema/sqlite/011_home.sql).
**
** The account's person and visits are columns of the account table; the
** rest is read through the store's own functions (items, approvals, the
** audit log and store_item_history()), so the reader's clearance applies
** as everywhere else.  The statements are this file's own closed set
** (azHq), prepared when used, as issued.c does: the home page is one
** request, not a loop.
*/
#include "home.h"
#include "storeInt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { HQ_PERSON_SET = 0, HQ_PERSON_GET, HQ_VISIT, HQ_VISIT_GET, HQ_CHOSEN,
       HQ__MAX };

static const char *const azHq[HQ__MAX] = {
  /* HQ_PERSON_SET */
  "UPDATE account SET person_id=?2 WHERE id=?1",
  /* HQ_PERSON_GET */
  "SELECT person_id FROM account WHERE id=?1",
  /* HQ_VISIT: the visit that began before this one is now the previous */
  "UPDATE account SET visit_prev=visit_at, visit_at=?2 WHERE id=?1",
  /* HQ_VISIT_GET */
  "SELECT visit_prev FROM account WHERE id=?1",
  /* HQ_CHOSEN: the periods of an indicator where the owner chose a value
  ** and a value was entered since, which may have reopened the choice */
  "SELECT DISTINCT period FROM observation WHERE indicator_id=?1"
  " AND preferred=1 AND preferred_upto IS NOT NULL AND EXISTS(SELECT 1"
  " FROM observation o WHERE o.indicator_id=observation.indicator_id"
  " AND o.period=observation.period AND o.id>observation.preferred_upto)"
  " ORDER BY period",
};

/* Prepare statement i for this driver; the caller finalizes it. */
static DbStmt *hq_prepare(Store *p, int i){
  char *z = acc_strdup(azHq[i]), *c;
  DbStmt *pS;
  for(c=z; *c; c++){
    if( *c=='?' ) *c = p->pDrv->cParam;
  }
  pS = p->pDrv->xPrepare(p->pDb, z);
  free(z);
  return pS;
}

AccRc store_account_person_set(Store *p, const char *zLogin,
                               const char *zPerson, char *zErr, int nErr){
  Account acc;
  Value v;
  DbStmt *pS;
  char zMsg[200], zData[200];
  int bOwn = 0;
  AccRc rc;
  if( zLogin==0 || store_account_find(p, zLogin, &acc) ){
    snprintf(zErr, nErr, "login: no account \"%.64s\"", zLogin ? zLogin : "");
    return ACC_NOTFOUND;
  }
  memset(&v, 0, sizeof(v));
  if( zPerson==0 || zPerson[0]==0 ){
    snprintf(zErr, nErr, "person: give a person's code or id, or none");
    return ACC_INVALID;
  }
  if( strcmp(zPerson, "none")!=0 ){
    v.eType = VAL_TEXT;
    v.z = zPerson;
    if( zPerson[0]>='0' && zPerson[0]<='9'
     && strspn(zPerson, "0123456789")==strlen(zPerson) ){
      v.eType = VAL_INT;
      v.i = strtoll(zPerson, 0, 10);
    }
    if( store_ref_resolve(p, ENT_PERSON, &v, zMsg, sizeof(zMsg)) ){
      snprintf(zErr, nErr, "person: %s", zMsg);
      return ACC_INVALID;
    }
  }
  if( p->nTxn==0 ){
    if( store_begin(p) ){
      snprintf(zErr, nErr, "the database is busy");
      return ACC_BUSY;
    }
    bOwn = 1;
  }
  pS = hq_prepare(p, HQ_PERSON_SET);
  p->pDrv->xBindInt(pS, 1, acc.id);
  store_bind_id(p, pS, 2, v.eType==VAL_INT ? v.i : 0);
  rc = store_run(p, pS, zErr, nErr);
  p->pDrv->xFinalize(pS);
  if( rc==ACC_OK ){
    snprintf(zData, sizeof(zData), "{\"login\":\"%s\",\"person_id\":%lld}",
             acc.zLogin, (long long)(v.eType==VAL_INT ? v.i : 0));
    rc = store_audit_add(p, "account", "account", acc.id, zData);
  }
  if( bOwn ){
    if( rc==ACC_OK ) rc = store_commit(p);
    if( rc!=ACC_OK ) store_rollback(p);
  }
  if( rc==ACC_BUSY ) snprintf(zErr, nErr, "the database is busy");
  return rc;
}

int64_t store_account_person(Store *p, int64_t iAccount){
  DbStmt *pS = hq_prepare(p, HQ_PERSON_GET);
  int64_t id = 0;
  p->pDrv->xBindInt(pS, 1, iAccount);
  if( p->pDrv->xStep(pS)==DB_ROW
   && p->pDrv->xColumnType(pS, 0)!=DB_NULL ){
    id = p->pDrv->xColumnInt(pS, 0);
  }
  p->pDrv->xFinalize(pS);
  if( id ){
    /* A person since deleted, or one the reader may not see, is no link. */
    Arena a = ARENA_INIT;
    Value *aVal;
    if( store_item_get(p, ENT_PERSON, id, &a, &aVal) ) id = 0;
    arena_free(&a);
  }
  return id;
}

AccRc store_account_visit(Store *p, int64_t iAccount){
  DbStmt *pS = hq_prepare(p, HQ_VISIT);
  char zNow[21];
  AccRc rc;
  store_now(zNow);
  p->pDrv->xBindInt(pS, 1, iAccount);
  p->pDrv->xBindText(pS, 2, zNow);
  rc = store_run(p, pS, 0, 0);
  p->pDrv->xFinalize(pS);
  return rc;
}

void store_account_visit_prev(Store *p, int64_t iAccount, char zPrev[21]){
  DbStmt *pS = hq_prepare(p, HQ_VISIT_GET);
  zPrev[0] = 0;
  p->pDrv->xBindInt(pS, 1, iAccount);
  if( p->pDrv->xStep(pS)==DB_ROW
   && p->pDrv->xColumnType(pS, 0)==DB_TEXT ){
    snprintf(zPrev, 21, "%s", p->pDrv->xColumnText(pS, 0));
  }
  p->pDrv->xFinalize(pS);
}

/* State of the walk over one item's approvals. */
typedef struct ApprovedCtx {
  int64_t iParty;
  int bDone;              /* the party approved the current version */
} ApprovedCtx;

static int approved_cb(void *pArg, const Approval *pA){
  ApprovedCtx *c = pArg;
  if( pA->bCurrent && pA->iParty==c->iParty ){
    c->bDone = 1;
    return 1;
  }
  return 0;
}

AccRc store_awaiting_approval(Store *p, const Account *pAcc,
                              int (*x)(void*, int e, int64_t id),
                              void *pArg){
  Arena a = ARENA_INIT;
  Value *aParty;
  int64_t idD;
  int e, i;
  if( pAcc->eRole!=ROLE_COCHAIR || pAcc->iParty==0 ) return ACC_OK;
  if( store_item_get(p, ENT_PARTY, pAcc->iParty, &a, &aParty) ){
    arena_free(&a);
    return ACC_OK;
  }
  idD = aParty[aEntity[ENT_PARTY].iDialogue].eType==VAL_INT
          ? aParty[aEntity[ENT_PARTY].iDialogue].i : 0;
  arena_free(&a);
  for(e=0; e<ENT__MAX && idD; e++){
    IdList ids = IDLIST_INIT;
    if( !aEntity[e].bPublish || aEntity[e].iDialogue<0 ) continue;
    /* Collect first: the approvals are read with other statements. */
    store_item_each(p, e, aEntity[e].iDialogue, idD, store_row_collect_id,
                    &ids);
    for(i=0; i<ids.n; i++){
      ApprovedCtx c;
      c.iParty = pAcc->iParty;
      c.bDone = 0;
      store_approval_each(p, e, ids.a[i], approved_cb, &c);
      if( !c.bDone && x(pArg, e, ids.a[i]) ){
        e = ENT__MAX;
        break;
      }
    }
    free(ids.a);
  }
  return ACC_OK;
}

/* One audit entry that may tell of a change, copied out of the walk. */
typedef struct Cand {
  int64_t idEntry;
  int e;
  int64_t id;
  const char *zAt, *zActor, *zAction;
} Cand;

/* State of store_changes_since(). */
typedef struct SinceCtx {
  Arena *pA;
  const char *zSince;
  Cand *a;
  int n, nAlloc;
} SinceCtx;

static int since_entry(void *pArg, const AuditEntry *pE){
  SinceCtx *c = pArg;
  int e;
  if( c->zSince && pE->zAt && strcmp(pE->zAt, c->zSince)<0 ) return 1;
  if( pE->zEntity==0 || pE->iItem<=0 ) return 0;
  e = model_entity_find(pE->zEntity);
  if( e<0 ) return 0;
  if( c->n>=c->nAlloc ){
    Cand *aNew;
    c->nAlloc = c->nAlloc ? 2*c->nAlloc : 64;
    aNew = arena_alloc(c->pA, sizeof(Cand)*c->nAlloc);
    if( c->n ) memcpy(aNew, c->a, sizeof(Cand)*c->n);
    c->a = aNew;
  }
  c->a[c->n].idEntry = pE->id;
  c->a[c->n].e = e;
  c->a[c->n].id = pE->iItem;
  c->a[c->n].zAt = arena_strdup(c->pA, pE->zAt ? pE->zAt : "");
  c->a[c->n].zActor = arena_strdup(c->pA, pE->zActor ? pE->zActor : "");
  c->a[c->n].zAction = arena_strdup(c->pA, pE->zAction ? pE->zAction : "");
  c->n++;
  return 0;
}

/* The entries of one item's history the reader may see, by id. */
typedef struct SeenIds {
  int64_t *a;
  int n, nAlloc;
  Arena *pA;
} SeenIds;

static int seen_hist(void *pArg, const AuditEntry *pE, int bRedacted){
  SeenIds *s = pArg;
  if( bRedacted ) return 0;
  if( s->n>=s->nAlloc ){
    int64_t *aNew;
    s->nAlloc = s->nAlloc ? 2*s->nAlloc : 16;
    aNew = arena_alloc(s->pA, sizeof(int64_t)*s->nAlloc);
    if( s->n ) memcpy(aNew, s->a, sizeof(int64_t)*s->n);
    s->a = aNew;
  }
  s->a[s->n++] = pE->id;
  return 0;
}

static int seen_has(const SeenIds *s, int64_t id){
  int i;
  for(i=0; i<s->n; i++) if( s->a[i]==id ) return 1;
  return 0;
}

AccRc store_changes_since(Store *p, const char *zSince, int nMax,
                          int (*x)(void*, const HomeChange*), void *pArg){
  Arena a = ARENA_INIT;
  SinceCtx c;
  int i, k, nOut = 0;
  AccRc rc;
  memset(&c, 0, sizeof(c));
  c.pA = &a;
  c.zSince = zSince && zSince[0] ? zSince : 0;
  /* First read the entries, then each item's history: the walk of the
  ** log must be over before other statements read the same table. */
  rc = store_audit_each(p, 0, 0, HOME_SCAN, since_entry, &c);
  for(i=0; rc==ACC_OK && i<c.n && nOut<nMax; i++){
    SeenIds s;
    HomeChange h;
    int bFirst = 1;
    if( c.a[i].e<0 ) continue;          /* an item already given */
    memset(&s, 0, sizeof(s));
    s.pA = &a;
    /* ACC_NOTFOUND: the reader may not see the item now, or it is gone. */
    if( store_item_history(p, c.a[i].e, c.a[i].id, 0, seen_hist, &s) ){
      s.n = 0;
    }
    memset(&h, 0, sizeof(h));
    for(k=i; k<c.n; k++){
      if( c.a[k].e!=c.a[i].e || c.a[k].id!=c.a[i].id ) continue;
      if( seen_has(&s, c.a[k].idEntry) ){
        if( bFirst ){
          h.e = c.a[k].e;
          h.id = c.a[k].id;
          h.zAt = c.a[k].zAt;
          h.zActor = p->eView==CLASS_PUBLIC ? "" : c.a[k].zActor;
          h.zAction = c.a[k].zAction;
          bFirst = 0;
        }
        h.nChange++;
      }
      if( k>i ) c.a[k].e = -1;
    }
    if( h.nChange ){
      nOut++;
      if( x(pArg, &h) ) break;
    }
  }
  arena_free(&a);
  return rc;
}

/* The observations of one period as the engine sees them. */
typedef struct ChoiceObs {
  ObsPoint *a;
  int n, nAlloc;
} ChoiceObs;

static int choice_obs(void *pArg, const StoreObs *pO){
  ChoiceObs *c = pArg;
  ObsPoint *o;
  if( pO->zCell ) return 0;   /* a cell of a breakdown: the total's choice */
  if( c->n>=c->nAlloc ){
    c->nAlloc = c->nAlloc ? 2*c->nAlloc : 16;
    c->a = acc_realloc(c->a, sizeof(ObsPoint)*(size_t)c->nAlloc);
  }
  o = &c->a[c->n];
  memset(o, 0, sizeof(*o));
  if( period_parse(pO->zPeriod, &o->period) ) return 0;
  o->value = pO->r;
  o->bPreferred = pO->bPreferred;
  o->iChoice = pO->iChoice;
  o->iSeq = pO->id;
  o->iSource = pO->iSource;
  c->n++;
  return 0;
}

AccRc store_obs_reopened(Store *p, int64_t iIndicator,
                         int (*x)(void*, const StatusReopen*), void *pArg){
  DbStmt *pS;
  char **azPer = 0;
  int nPer = 0, i, rc;
  AccRc arc = ACC_OK;
  int bStop = 0;
  Arena a = ARENA_INIT;
  Value *aI;
  if( store_item_get(p, ENT_INDICATOR, iIndicator, &a, &aI) ){
    arena_free(&a);
    return ACC_NOTFOUND;
  }
  arena_free(&a);
  pS = hq_prepare(p, HQ_CHOSEN);
  if( pS==0 ) return ACC_IO;
  p->pDrv->xBindInt(pS, 1, iIndicator);
  while( (rc = p->pDrv->xStep(pS))==DB_ROW ){
    azPer = acc_realloc(azPer, sizeof(char*)*(size_t)(nPer+1));
    azPer[nPer++] = acc_strdup(p->pDrv->xColumnText(pS, 0));
  }
  p->pDrv->xFinalize(pS);
  if( rc<0 ) arc = (AccRc)(-rc);
  for(i=0; i<nPer; i++){
    ChoiceObs c;
    StatusReopen re;
    memset(&c, 0, sizeof(c));
    if( arc==ACC_OK && !bStop ){
      arc = store_obs_series(p, iIndicator, azPer[i], azPer[i], choice_obs,
                             &c);
    }
    if( arc==ACC_OK && !bStop && status_choice_reopened(c.a, c.n, &re) ){
      bStop = x(pArg, &re)!=0;
    }
    free(c.a);
    free(azPer[i]);
  }
  free(azPer);
  return arc;
}
