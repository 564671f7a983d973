/*
** grant.c: grants of a role for a dialogue or a working group, with a
** clearance there (account.h; migration 014), the reader's clearances
** in the statements of store.c, who entered and changed an item, and
** the co-lead rule of working groups.
**
** An account's role is its grant for everything.  A scoped grant adds
** a role where it applies and a clearance: a working group's lead may
** read its group's restricted goals (their indicators and observations
** follow through their visibility parents) without reading every
** restricted item.  The clearances of the account a Store reads for are
** rows of a temporary table of its connection (scope_clear, made
** by store_open()), which the visibility condition of every classified
** kind consults (store_scope_sql()), so the statements stay the same
** for every reader and only the table's rows change.
**
** Every grant added or removed is an audit entry of the account (action
** "account", with "grant_added" or "grant_removed"): a new data version,
** so a server's caches of sessions see it, and replay.c rebuilds the
** table from the log.
*/
#include "storeInt.h"
#include "account.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void store_grant_load(Store *p, Account *pOut){
  const DbDriver *d = p->pDrv;
  DbStmt *pS = store_sq_stmt(p, SQ_GRANT_OF);
  pOut->nGrant = 0;
  d->xBindInt(pS, 1, pOut->id);
  while( d->xStep(pS)==DB_ROW && pOut->nGrant<ACCOUNT_GRANT_MAX ){
    AccGrant *g = &pOut->aGrant[pOut->nGrant++];
    int r = access_role_parse(d->xColumnText(pS, 1));
    int c = model_enum_find(azClassName, d->xColumnText(pS, 4));
    g->id = d->xColumnInt(pS, 0);
    g->eRole = r<0 ? ROLE_OBSERVER : (Role)r;
    g->iDialogue = d->xColumnInt(pS, 2);
    g->iWg = d->xColumnInt(pS, 3);
    g->eClear = c<0 ? CLASS_INTERNAL : (Class)c;
  }
  d->xReset(pS);
  pOut->iOwnParty = pOut->iParty;
  if( pOut->iOwnParty==0 ){
    pS = store_sq_stmt(p, SQ_ACC_PERSON_PARTY);
    d->xBindInt(pS, 1, pOut->id);
    if( d->xStep(pS)==DB_ROW && d->xColumnType(pS, 0)!=DB_NULL ){
      pOut->iOwnParty = d->xColumnInt(pS, 0);
    }
    d->xReset(pS);
  }
}

void store_scope_sql(Buf *pB, int e){
  const EntityDef *pE = &aEntity[e];
  const char *zT = pE->zTable;
  int iWg = model_field_find(e, "wg_id");
  buf_appendf(pB, " OR EXISTS(SELECT 1 FROM scope_clear sc WHERE"
    " sc.level>=(CASE %s.classification WHEN 'public' THEN 0"
    " WHEN 'internal' THEN 1 ELSE 2 END) AND (FALSE", zT);
  if( e==ENT_DIALOGUE ) buf_puts(pB, " OR sc.dialogue_id=dialogue.id");
  if( pE->iDialogue>=0 ){
    buf_appendf(pB, " OR sc.dialogue_id=%s.%s", zT,
                pE->aField[pE->iDialogue].zName);
  }
  if( iWg>=0 ){
    buf_appendf(pB, " OR sc.wg_id=%s.wg_id", zT);
    if( pE->iDialogue<0 ){
      buf_appendf(pB, " OR sc.dialogue_id=(SELECT w.dialogue_id FROM"
                  " working_group w WHERE w.id=%s.wg_id)", zT);
    }
  }
  if( e==ENT_INDICATOR ){
    buf_puts(pB, " OR sc.wg_id IN (SELECT g.wg_id FROM goal g"
             " WHERE g.indicator_id=indicator.id)");
  }
  buf_puts(pB, "))");
}

int64_t store_account_scope_key(const Account *pAcc){
  Class eBase;
  uint64_t h = 1469598103934665603ull;
  int i, n = 0;
  if( pAcc==0 ) return 0;
  eBase = access_max_class(pAcc->eRole);
  for(i=0; i<pAcc->nGrant; i++){
    const AccGrant *g = &pAcc->aGrant[i];
    if( g->eClear<=eBase ) continue;
    h = (h ^ (uint64_t)g->iDialogue)*1099511628211ull;
    h = (h ^ (uint64_t)g->iWg)*1099511628211ull;
    h = (h ^ (uint64_t)g->eClear)*1099511628211ull;
    n++;
  }
  return n ? (int64_t)(h>>1) | 1 : 0;
}

AccRc store_scope_table(Store *p, char *zErr, int nErr){
  AccRc rc = p->pDrv->xExec(p->pDb, "CREATE TEMP TABLE IF NOT EXISTS"
      " scope_clear(dialogue_id INTEGER, wg_id INTEGER,"
      " level INTEGER NOT NULL)", zErr, nErr);
  p->iScopeKey = -1;   /* fill it again */
  if( rc==ACC_OK ){
    if( p->pWho ){
      Account acc = *p->pWho;
      store_set_account(p, &acc);
    }else{
      store_set_account(p, 0);
    }
  }
  return rc;
}

void store_set_account(Store *p, const Account *pAcc){
  int64_t iKey = store_account_scope_key(pAcc);
  if( pAcc ){
    if( p->pWho==0 ) p->pWho = acc_malloc(sizeof(Account));
    *p->pWho = *pAcc;
  }else{
    free(p->pWho);
    p->pWho = 0;
  }
  if( iKey!=p->iScopeKey ){
    Class eBase = pAcc ? access_max_class(pAcc->eRole) : CLASS_RESTRICTED;
    int i;
    store_run(p, store_sq_stmt(p, SQ_SCOPE_CLEAR_DEL), 0, 0);
    for(i=0; pAcc && i<pAcc->nGrant; i++){
      const AccGrant *g = &pAcc->aGrant[i];
      DbStmt *pS;
      if( g->eClear<=eBase ) continue;
      pS = store_sq_stmt(p, SQ_SCOPE_CLEAR_ADD);
      store_bind_id(p, pS, 1, g->iDialogue);
      store_bind_id(p, pS, 2, g->iWg);
      p->pDrv->xBindInt(pS, 3, g->eClear);
      store_run(p, pS, 0, 0);
    }
    p->iScopeKey = iKey;
  }
}

/* Find account zLogin (disabled too) or say so. */
static AccRc grant_account(Store *p, const char *zLogin, Account *pAcc,
                           char *zErr, int nErr){
  if( zLogin==0 || store_account_find(p, zLogin, pAcc) ){
    snprintf(zErr, nErr, "login: no account \"%s\"", zLogin ? zLogin : "");
    return ACC_NOTFOUND;
  }
  return ACC_OK;
}

/* Check a scope: a dialogue or a working group that exists (read as the
** operator: grants are given by whoever manages accounts). */
static AccRc grant_scope_check(Store *p, int64_t iDialogue, int64_t iWg,
                               char *zErr, int nErr){
  Class eView = p->eView;
  Arena a = ARENA_INIT;
  Value *aV;
  AccRc rc = ACC_OK;
  p->eView = CLASS_RESTRICTED;
  if( iDialogue && iWg ){
    snprintf(zErr, nErr, "scope: a grant is for a dialogue or for a "
             "working group, not both");
    rc = ACC_INVALID;
  }else if( iDialogue
         && store_item_get(p, ENT_DIALOGUE, iDialogue, &a, &aV) ){
    snprintf(zErr, nErr, "dialogue: no dialogue with id %lld",
             (long long)iDialogue);
    rc = ACC_INVALID;
  }else if( iWg && store_item_get(p, ENT_WG, iWg, &a, &aV) ){
    snprintf(zErr, nErr, "wg: no working group with id %lld",
             (long long)iWg);
    rc = ACC_INVALID;
  }
  arena_free(&a);
  p->eView = eView;
  return rc;
}

/* The audit entry of a grant added or removed (zWhat). */
static AccRc grant_audit(Store *p, const Account *pAcc, const char *zWhat,
                         int64_t id, Role eRole, int64_t iDialogue,
                         int64_t iWg, Class eClear, const char *zAt){
  char zData[400];
  snprintf(zData, sizeof(zData), "{\"login\":\"%s\",\"%s\":{\"id\":%lld,"
           "\"role\":\"%s\",\"dialogue_id\":%lld,\"wg_id\":%lld,"
           "\"clearance\":\"%s\",\"created_at\":\"%s\"}}", pAcc->zLogin,
           zWhat, (long long)id, azRoleName[eRole], (long long)iDialogue,
           (long long)iWg, azClassName[eClear], zAt ? zAt : "");
  return store_audit_add(p, "account", "account", pAcc->id, zData);
}

AccRc store_grant_add(Store *p, const char *zLogin, Role eRole,
                      int64_t iDialogue, int64_t iWg, int eClear,
                      char *zErr, int nErr){
  Account acc;
  DbStmt *pS;
  char zAt[21];
  AccRc rc;
  int bOwn = 0;
  if( (rc = grant_account(p, zLogin, &acc, zErr, nErr))!=0 ) return rc;
  if( (int)eRole<=ROLE_PUBLIC || eRole>=ROLE__MAX ){
    snprintf(zErr, nErr, "role: expected observer, wg_member, wg_lead, "
             "cochair, secretariat or admin");
    return ACC_INVALID;
  }
  if( iDialogue==0 && iWg==0 ){
    /* For everything: the account's role. */
    if( eClear>=0 && (Class)eClear!=access_max_class(eRole) ){
      snprintf(zErr, nErr, "clearance: a role for everything has its own "
               "clearance (%s for %s)", azClassName[access_max_class(eRole)],
               azRoleName[eRole]);
      return ACC_INVALID;
    }
    return store_account_set(p, zLogin, eRole, -1, 0, 0, zErr, nErr);
  }
  if( eRole==ROLE_COCHAIR || eRole==ROLE_ADMIN ){
    snprintf(zErr, nErr, "role: a %s is a role for everything (a co-chair "
             "approves for its party's dialogue, an administrator manages "
             "accounts); give no --dialogue or --wg", azRoleName[eRole]);
    return ACC_INVALID;
  }
  if( eRole==ROLE_SECRETARIAT && iWg ){
    snprintf(zErr, nErr, "wg: a secretariat serves a dialogue; give "
             "--dialogue");
    return ACC_INVALID;
  }
  if( eClear>=CLASS__MAX ){
    snprintf(zErr, nErr, "clearance: expected public, internal or "
             "restricted");
    return ACC_INVALID;
  }
  if( eClear<0 ) eClear = (int)access_max_class(eRole);
  if( (rc = grant_scope_check(p, iDialogue, iWg, zErr, nErr))!=0 ){
    return rc;
  }
  if( acc.nGrant>=ACCOUNT_GRANT_MAX ){
    snprintf(zErr, nErr, "login: %s holds %d grants already, the most an "
             "account may hold", acc.zLogin, ACCOUNT_GRANT_MAX);
    return ACC_INVALID;
  }
  if( !p->nTxn ){
    if( store_begin(p) ){
      snprintf(zErr, nErr, "the database is busy");
      return ACC_BUSY;
    }
    bOwn = 1;
  }
  store_now(zAt);
  pS = store_sq_stmt(p, SQ_GRANT_ADD);
  p->pDrv->xBindInt(pS, 1, acc.id);
  p->pDrv->xBindText(pS, 2, azRoleName[eRole]);
  store_bind_id(p, pS, 3, iDialogue);
  store_bind_id(p, pS, 4, iWg);
  p->pDrv->xBindText(pS, 5, azClassName[eClear]);
  p->pDrv->xBindText(pS, 6, zAt);
  rc = store_run(p, pS, 0, 0);
  if( rc==ACC_CONFLICT ){
    snprintf(zErr, nErr, "role: %s already holds the role %s there",
             acc.zLogin, azRoleName[eRole]);
  }else if( rc==ACC_OK ){
    rc = grant_audit(p, &acc, "grant_added", p->pDrv->xLastId(p->pDb),
                     eRole, iDialogue, iWg, (Class)eClear, zAt);
  }
  if( bOwn ){
    if( rc==ACC_OK ) rc = store_commit(p);
    if( rc!=ACC_OK ) store_rollback(p);
  }
  return rc;
}

AccRc store_grant_remove(Store *p, const char *zLogin, Role eRole,
                         int64_t iDialogue, int64_t iWg, char *zErr,
                         int nErr){
  Account acc;
  DbStmt *pS;
  int64_t id = 0;
  int i, bOwn = 0;
  AccRc rc;
  Class eClear = CLASS_INTERNAL;
  if( (rc = grant_account(p, zLogin, &acc, zErr, nErr))!=0 ) return rc;
  if( (int)eRole<=ROLE_PUBLIC || eRole>=ROLE__MAX ){
    snprintf(zErr, nErr, "role: expected observer, wg_member, wg_lead, "
             "cochair, secretariat or admin");
    return ACC_INVALID;
  }
  if( iDialogue==0 && iWg==0 ){
    if( acc.eRole!=eRole ){
      snprintf(zErr, nErr, "role: %s's role for everything is %s, not %s",
               acc.zLogin, azRoleName[acc.eRole], azRoleName[eRole]);
      return ACC_NOTFOUND;
    }
    /* An account without a role for everything reads as an observer. */
    return store_account_set(p, zLogin, ROLE_OBSERVER, -1, 0, 0, zErr,
                             nErr);
  }
  for(i=0; i<acc.nGrant; i++){
    const AccGrant *g = &acc.aGrant[i];
    if( g->eRole==eRole && g->iDialogue==iDialogue && g->iWg==iWg ){
      id = g->id;
      eClear = g->eClear;
    }
  }
  if( id==0 ){
    snprintf(zErr, nErr, "role: %s holds no such grant of %s",
             acc.zLogin, azRoleName[eRole]);
    return ACC_NOTFOUND;
  }
  if( !p->nTxn ){
    if( store_begin(p) ){
      snprintf(zErr, nErr, "the database is busy");
      return ACC_BUSY;
    }
    bOwn = 1;
  }
  pS = store_sq_stmt(p, SQ_GRANT_DEL);
  p->pDrv->xBindInt(pS, 1, id);
  rc = store_run(p, pS, zErr, nErr);
  if( rc==ACC_OK ){
    rc = grant_audit(p, &acc, "grant_removed", id, eRole, iDialogue, iWg,
                     eClear, 0);
  }
  if( bOwn ){
    if( rc==ACC_OK ) rc = store_commit(p);
    if( rc!=ACC_OK ) store_rollback(p);
  }
  return rc;
}

AccRc store_grant_each(Store *p, int64_t iAccount,
                       int (*x)(void*, const char *zLogin, const AccGrant*),
                       void *pArg){
  const DbDriver *d = p->pDrv;
  DbStmt *pS = store_sq_stmt(p, SQ_GRANT_ALL);
  int rc;
  d->xBindInt(pS, 1, iAccount);
  while( (rc = d->xStep(pS))==DB_ROW ){
    AccGrant g;
    int r = access_role_parse(d->xColumnText(pS, 2));
    int c = model_enum_find(azClassName, d->xColumnText(pS, 5));
    g.id = d->xColumnInt(pS, 1);
    g.eRole = r<0 ? ROLE_OBSERVER : (Role)r;
    g.iDialogue = d->xColumnInt(pS, 3);
    g.iWg = d->xColumnInt(pS, 4);
    g.eClear = c<0 ? CLASS_INTERNAL : (Class)c;
    if( x(pArg, d->xColumnText(pS, 0), &g) ) break;
  }
  d->xReset(pS);
  return rc<0 ? (AccRc)(-rc) : ACC_OK;
}

/* The party rule of a working-group seat: its person serves one of the
** parties of the group's dialogue.  The caller reads as the operator. */
static AccRc member_party_check(Store *p, const Value *pWg,
                                const Value *pPer, Arena *pA, char *zErr,
                                int nErr){
  Value *aP, *aPa, *aW;
  int64_t idParty = 0, idD = 0, idDW = 0;
  const char *zPer = "";
  if( pWg->eType!=VAL_INT || pPer->eType!=VAL_INT ) return ACC_OK;
  if( store_item_get(p, ENT_WG, pWg->i, pA, &aW)==ACC_OK ){
    idDW = model_value(ENT_WG, aW, "dialogue_id")->i;
  }
  if( store_item_get(p, ENT_PERSON, pPer->i, pA, &aP)!=ACC_OK ){
    return ACC_OK;     /* the reference check names it */
  }
  zPer = model_value(ENT_PERSON, aP, "code")->z;
  if( model_value(ENT_PERSON, aP, "party_id")->eType==VAL_INT ){
    idParty = model_value(ENT_PERSON, aP, "party_id")->i;
  }
  if( idParty
   && store_item_get(p, ENT_PARTY, idParty, pA, &aPa)==ACC_OK ){
    idD = model_value(ENT_PARTY, aPa, "dialogue_id")->i;
  }
  if( idDW && idD!=idDW ){
    snprintf(zErr, nErr, "person_id: %s %s; a working group's members "
             "belong to the parties of its dialogue", zPer ? zPer : "",
             idParty ? "serves a party of another dialogue"
                     : "serves no party");
    return ACC_INVALID;
  }
  return ACC_OK;
}

AccRc store_colead_check(Store *p, int64_t idSelf, const Value *aVal,
                         char *zErr, int nErr){
  const Value *pWg = &aVal[model_field_find(ENT_WG_MEMBER, "wg_id")];
  const Value *pPer = &aVal[model_field_find(ENT_WG_MEMBER, "person_id")];
  const Value *pRole = &aVal[model_field_find(ENT_WG_MEMBER, "role")];
  Class eView = p->eView;
  Arena a = ARENA_INIT;
  Value *aP;
  int64_t idParty = 0;
  AccRc rc = ACC_OK;
  p->eView = CLASS_RESTRICTED;
  rc = member_party_check(p, pWg, pPer, &a, zErr, nErr);
  if( rc || pRole->eType!=VAL_TEXT || strcmp(pRole->z, "co-lead")!=0
   || pWg->eType!=VAL_INT || pPer->eType!=VAL_INT ){
    p->eView = eView;
    arena_free(&a);
    return rc;
  }
  if( store_item_get(p, ENT_PERSON, pPer->i, &a, &aP)==ACC_OK ){
    const Value *v = &aP[model_field_find(ENT_PERSON, "party_id")];
    if( v->eType==VAL_INT ) idParty = v->i;
  }
  if( idParty ){
    DbStmt *pS = store_sq_stmt(p, SQ_COLEAD_OF_PARTY);
    p->pDrv->xBindInt(pS, 1, pWg->i);
    p->pDrv->xBindInt(pS, 2, idParty);
    p->pDrv->xBindInt(pS, 3, idSelf);
    if( p->pDrv->xStep(pS)==DB_ROW ){
      const char *zParty = "";
      Value *aPa;
      if( store_item_get(p, ENT_PARTY, idParty, &a, &aPa)==ACC_OK ){
        zParty = aPa[model_field_find(ENT_PARTY, "code")].z;
      }
      snprintf(zErr, nErr, "role: the working group has a co-lead of "
               "party %s already (%s); a group has at most one co-lead "
               "per party", zParty, p->pDrv->xColumnText(pS, 0));
      rc = ACC_INVALID;
    }
    p->pDrv->xReset(pS);
  }
  p->eView = eView;
  arena_free(&a);
  return rc;
}

AccRc store_person_seat_check(Store *p, int64_t idSelf, const Value *aVal,
                              char *zErr, int nErr){
  const Value *pParty = &aVal[model_field_find(ENT_PERSON, "party_id")];
  const char *zPer = aVal[model_field_find(ENT_PERSON, "code")].z;
  int64_t idParty = pParty->eType==VAL_INT ? pParty->i : 0, idD = 0;
  Class eView = p->eView;
  Arena a = ARENA_INIT;
  Value *aPa;
  DbStmt *pS;
  AccRc rc = ACC_OK;
  p->eView = CLASS_RESTRICTED;
  if( store_item_get(p, ENT_PERSON, idSelf, &a, &aPa)==ACC_OK ){
    const Value *pOld = model_value(ENT_PERSON, aPa, "party_id");
    if( (pOld->eType==VAL_INT ? pOld->i : 0)==idParty ){
      p->eView = eView;      /* the party stays: no seat changes */
      arena_free(&a);
      return ACC_OK;
    }
  }
  if( idParty && store_item_get(p, ENT_PARTY, idParty, &a, &aPa)==ACC_OK ){
    idD = model_value(ENT_PARTY, aPa, "dialogue_id")->i;
  }
  pS = store_sq_stmt(p, SQ_PERSON_SEATS);
  p->pDrv->xBindInt(pS, 1, idSelf);
  while( rc==ACC_OK && p->pDrv->xStep(pS)==DB_ROW ){
    const char *zWg = p->pDrv->xColumnText(pS, 0);
    const char *zRole = p->pDrv->xColumnText(pS, 2);
    if( p->pDrv->xColumnInt(pS, 1)!=idD ){
      snprintf(zErr, nErr, "party_id: %s sits in working group %s, whose "
               "members belong to the parties of its dialogue; %s",
               zPer ? zPer : "", zWg ? zWg : "",
               idParty ? "this party is of another dialogue"
                       : "a member must serve a party");
      rc = ACC_INVALID;
    }else if( idParty && zRole && strcmp(zRole, "co-lead")==0 ){
      DbStmt *pC = store_sq_stmt(p, SQ_COLEAD_OF_PARTY);
      p->pDrv->xBindInt(pC, 1, p->pDrv->xColumnInt(pS, 3));
      p->pDrv->xBindInt(pC, 2, idParty);
      p->pDrv->xBindInt(pC, 3, p->pDrv->xColumnInt(pS, 4));
      if( p->pDrv->xStep(pC)==DB_ROW ){
        snprintf(zErr, nErr, "party_id: %s is a co-lead of working group "
                 "%s, which has a co-lead of this party already (%s); a "
                 "group has at most one co-lead per party", zPer ? zPer : "",
                 zWg ? zWg : "", p->pDrv->xColumnText(pC, 0));
        rc = ACC_INVALID;
      }
      p->pDrv->xReset(pC);
    }
  }
  p->pDrv->xReset(pS);
  p->eView = eView;
  arena_free(&a);
  return rc;
}

AccRc store_wg_colead_missing(Store *p, int64_t idWg, IdList *pList){
  DbStmt *pS = store_sq_stmt(p, SQ_WG_NO_COLEAD);
  int rc;
  p->pDrv->xBindInt(pS, 1, idWg);
  while( (rc = p->pDrv->xStep(pS))==DB_ROW ){
    idlist_add(pList, p->pDrv->xColumnInt(pS, 0));
  }
  p->pDrv->xReset(pS);
  return rc<0 ? (AccRc)(-rc) : ACC_OK;
}

/* Read at and actor of statement i for the item into *pzAt, *pzBy. */
static void stamp_read(Store *p, int i, int e, int64_t id, Arena *pArena,
                       const char **pzAt, const char **pzBy){
  DbStmt *pS = store_sq_stmt(p, i);
  *pzAt = *pzBy = "";
  p->pDrv->xBindText(pS, 1, aEntity[e].zName);
  p->pDrv->xBindInt(pS, 2, id);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    *pzAt = arena_strdup(pArena, p->pDrv->xColumnText(pS, 0));
    *pzBy = arena_strdup(pArena, p->pDrv->xColumnText(pS, 1));
  }
  p->pDrv->xReset(pS);
}

void store_item_stamp(Store *p, int e, int64_t id, Arena *pArena,
                      ItemStamp *pOut){
  pOut->zEnteredBy = pOut->zEnteredAt = "";
  pOut->zChangedBy = pOut->zChangedAt = "";
  if( p->eView==CLASS_PUBLIC ) return;
  stamp_read(p, SQ_ITEM_ENTERED, e, id, pArena, &pOut->zEnteredAt,
             &pOut->zEnteredBy);
  stamp_read(p, SQ_ITEM_CHANGED, e, id, pArena, &pOut->zChangedAt,
             &pOut->zChangedBy);
}
