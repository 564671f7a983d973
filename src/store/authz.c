/*
** authz.c: who may write what (account.h: store_account_can(),
** store_authorize()).  The one check of every write by an account: the
** route gate of the web server and the buttons of its pages ask
** store_account_can(), the forms and the API ask store_authorize()
** before they show or take a change, and the store's own writes
** (item.c, obs.c) ask it again inside, so no way in can skip it.
**
** An account's grants are its role for everything (a co-chair's or a
** secretariat's: its party's dialogue) and its scoped grants (grant.c).
** A write is allowed when one grant's role may write the kind
** (access_can()) and the item lies in that grant's scope, before and
** after the change; then a party's own items and cited sources are
** checked (see account.h).  Items are read here as the operator reads
** them (every classification): the decision must not depend on what the
** writer may see, and its reason names no hidden item.
*/
#include "storeInt.h"
#include "account.h"

#include <stdio.h>
#include <string.h>

#define SCOPE_WG_MAX 16

/* Where an item lies. */
typedef struct ItemScope {
  int64_t idDialogue;          /* its dialogue, 0 if none (a source) */
  int64_t aWg[SCOPE_WG_MAX];   /* the working groups it belongs to */
  int nWg;
  int64_t idParty;             /* the party whose own item it is, or 0 */
  const char *zField;          /* the field that places it */
} ItemScope;

/* Read item id of entity e as the operator does, or return nonzero. */
static int raw_get(Store *p, int e, int64_t id, Arena *pA, Value **paV){
  return id<=0 || store_item_get(p, e, id, pA, paV)!=ACC_OK;
}

/* The id in field zName of row aV of entity e, or 0. */
static int64_t row_ref(int e, const Value *aV, const char *zName){
  int i = model_field_find(e, zName);
  return i>=0 && aV[i].eType==VAL_INT ? aV[i].i : 0;
}

/* The dialogue of row aV (item id) of entity e: its dialogue field, or
** its visibility parent's dialogue. */
static int64_t row_dialogue(Store *p, int e, int64_t id, const Value *aV,
                            Arena *pA, int nDepth){
  const EntityDef *pE = &aEntity[e];
  Value *aP;
  if( e==ENT_DIALOGUE ) return id;
  if( pE->iDialogue>=0 && aV[pE->iDialogue].eType==VAL_INT ){
    return aV[pE->iDialogue].i;
  }
  if( pE->iParent>=0 && aV[pE->iParent].eType==VAL_INT && nDepth<8 ){
    int eP = pE->aField[pE->iParent].eRef;
    int64_t idP = aV[pE->iParent].i;
    if( raw_get(p, eP, idP, pA, &aP)==0 ){
      return row_dialogue(p, eP, idP, aP, pA, nDepth+1);
    }
  }
  return 0;
}

/* Add working group idWg to s. */
static void scope_wg(ItemScope *s, int64_t idWg){
  if( idWg && s->nWg<SCOPE_WG_MAX ) s->aWg[s->nWg++] = idWg;
}

/* Add the groups whose goals measure indicator idInd. */
static void scope_ind_wgs(Store *p, ItemScope *s, int64_t idInd){
  DbStmt *pS = store_sq_stmt(p, SQ_IND_WGS);
  p->pDrv->xBindInt(pS, 1, idInd);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    scope_wg(s, p->pDrv->xColumnInt(pS, 0));
  }
  p->pDrv->xReset(pS);
}

/* Where row aV (item id, 0 if new) of entity e lies. */
static void item_scope(Store *p, int e, int64_t id, const Value *aV,
                       Arena *pA, ItemScope *s){
  Value *aP;
  int64_t idRef;
  memset(s, 0, sizeof(*s));
  s->idDialogue = row_dialogue(p, e, id, aV, pA, 0);
  s->zField = aEntity[e].iDialogue>=0
    ? aEntity[e].aField[aEntity[e].iDialogue].zName : "id";
  if( model_field_find(e, "wg_id")>=0 ){
    scope_wg(s, row_ref(e, aV, "wg_id"));
    s->zField = "wg_id";
  }
  switch( e ){
    case ENT_PARTICIPANT:
    case ENT_DECISION:
      idRef = row_ref(e, aV, "meeting_id");
      if( raw_get(p, ENT_MEETING, idRef, pA, &aP)==0 ){
        scope_wg(s, row_ref(ENT_MEETING, aP, "wg_id"));
      }
      s->zField = "meeting_id";
      break;
    case ENT_GOAL_BENEFIT:
    case ENT_GOAL_EVENT:
      idRef = row_ref(e, aV, "goal_id");
      if( raw_get(p, ENT_GOAL, idRef, pA, &aP)==0 ){
        scope_wg(s, row_ref(ENT_GOAL, aP, "wg_id"));
      }
      s->zField = "goal_id";
      break;
    case ENT_INDICATOR:
      if( id ) scope_ind_wgs(p, s, id);
      break;
    case ENT_OBSERVATION:
    case ENT_EVENT:
      idRef = row_ref(e, aV, "indicator_id");
      if( idRef ) scope_ind_wgs(p, s, idRef);
      s->zField = "indicator_id";
      break;
    case ENT_PROJECT_GOAL:
    case ENT_PROJECT_PARTY:
    case ENT_FUNDING:
    case ENT_ACTIVITY:
    case ENT_PROJECT_LINK:
      /* What belongs to a project lies in its project's group. */
      idRef = row_ref(e, aV, "project_id");
      if( raw_get(p, ENT_PROJECT, idRef, pA, &aP)==0 ){
        scope_wg(s, row_ref(ENT_PROJECT, aP, "wg_id"));
      }
      s->zField = "project_id";
      break;
    case ENT_PARTY:
      s->idParty = id;
      break;
    case ENT_BENEFIT:
    case ENT_PERSON:
      /* A party's benefits and people are its own. */
      s->idParty = row_ref(e, aV, "party_id");
      break;
  }
}

/* Whether a grant of role eRole for dialogue iD or group iWg (both 0:
** everything) covers a write of an item of entity e lying in s. */
static int grant_covers(Role eRole, int64_t iD, int64_t iWg, int e,
                        const ItemScope *s){
  int i;
  if( !access_can(eRole, ACT_WRITE, e) ) return 0;
  if( (iD==0 && iWg==0) || e==ENT_SOURCE ) return 1;
  if( iD ) return s->idDialogue==iD;
  for(i=0; i<s->nWg; i++){
    if( s->aWg[i]==iWg ) return 1;
  }
  return 0;
}

/* The roles (bit 1<<role) of pAcc's grants that cover a write of an item
** of entity e lying in s. */
static unsigned covering_roles(Store *p, const Account *pAcc, int e,
                               const ItemScope *s, Arena *pA){
  unsigned m = 0;
  int64_t iD = 0;
  int i;
  if( (pAcc->eRole==ROLE_COCHAIR || pAcc->eRole==ROLE_SECRETARIAT)
   && pAcc->iParty ){
    /* A party's co-chair and secretariat serve its dialogue. */
    Value *aP;
    if( raw_get(p, ENT_PARTY, pAcc->iParty, pA, &aP)==0 ){
      iD = row_ref(ENT_PARTY, aP, "dialogue_id");
    }
    if( iD==0 ) iD = -1;
  }
  if( grant_covers(pAcc->eRole, iD, 0, e, s) ) m |= 1u<<pAcc->eRole;
  for(i=0; i<pAcc->nGrant; i++){
    const AccGrant *g = &pAcc->aGrant[i];
    if( grant_covers(g->eRole, g->iDialogue, g->iWg, e, s) ){
      m |= 1u<<g->eRole;
    }
  }
  return m;
}

int store_account_can(const Account *pAcc, Action eAct, int eEnt){
  int i;
  if( pAcc==0 ) return 0;
  if( access_can(pAcc->eRole, eAct, eEnt) ) return 1;
  if( eAct!=ACT_WRITE ) return 0;
  for(i=0; i<pAcc->nGrant; i++){
    if( access_can(pAcc->aGrant[i].eRole, eAct, eEnt) ) return 1;
  }
  return 0;
}

/* Whether source id is cited by official data. */
static int source_cited(Store *p, int64_t id){
  DbStmt *pS = store_sq_stmt(p, SQ_SOURCE_CITED);
  int b = 0;
  p->pDrv->xBindInt(pS, 1, id);
  if( p->pDrv->xStep(pS)==DB_ROW ) b = p->pDrv->xColumnInt(pS, 0)!=0;
  p->pDrv->xReset(pS);
  return b;
}

/* Check one state (before or after) of the item; *pm gets the covering
** roles.  ACC_OK or ACC_DENIED with zErr. */
static AccRc state_check(Store *p, const Account *pAcc, int e, int64_t id,
                         const Value *aV, Arena *pA, unsigned *pm,
                         char *zErr, int nErr){
  ItemScope s;
  const char *zT = aEntity[e].zTitle;
  item_scope(p, e, id, aV, pA, &s);
  *pm = covering_roles(p, pAcc, e, &s, pA);
  if( *pm==0 ){
    snprintf(zErr, nErr, "%s: %s may not write this %s: it is outside the "
             "scope of %s's grants (its role %s, and `accord grant list "
             "%s`)", s.zField, pAcc->zLogin, zT, pAcc->zLogin,
             azRoleWord[pAcc->eRole], pAcc->zLogin);
    return ACC_DENIED;
  }
  if( s.idParty && s.idParty!=pAcc->iOwnParty ){
    snprintf(zErr, nErr, "%s: this %s is party %lld's own; only that "
             "party's accounts may write it", e==ENT_PARTY ? "id"
             : "party_id", zT, (long long)s.idParty);
    return ACC_DENIED;
  }
  return ACC_OK;
}

AccRc store_authorize(Store *p, const Account *pAcc, int e, int64_t id,
                      const Value *aNew, char *zErr, int nErr){
  Class eView = p->eView;
  Arena a = ARENA_INIT;
  Value *aOld;
  unsigned mOld = ~0u, mNew = ~0u;
  AccRc rc = ACC_OK;
  if( pAcc==0 ) return ACC_OK;
  if( !store_account_can(pAcc, ACT_WRITE, e) ){
    snprintf(zErr, nErr, "role: %s may not write a %s (role %s)",
             pAcc->zLogin, aEntity[e].zTitle, azRoleWord[pAcc->eRole]);
    return ACC_DENIED;
  }
  p->eView = CLASS_RESTRICTED;
  if( id && raw_get(p, e, id, &a, &aOld)==0 ){
    rc = state_check(p, pAcc, e, id, aOld, &a, &mOld, zErr, nErr);
  }
  if( rc==ACC_OK && aNew ){
    rc = state_check(p, pAcc, e, id, aNew, &a, &mNew, zErr, nErr);
  }
  if( rc==ACC_OK && e==ENT_SOURCE && id
   && !((mOld & mNew) & (1u<<ROLE_SECRETARIAT)) && source_cited(p, id) ){
    snprintf(zErr, nErr, "source: official data cite this source (as "
             "where values come from, or as a series' source of record); "
             "only a secretariat may change or remove it");
    rc = ACC_DENIED;
  }
  p->eView = eView;
  arena_free(&a);
  return rc;
}
