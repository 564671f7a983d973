/*
** item.c: reading and writing items of any entity (see store.h).
**
** Before a write, references are checked one by one so that an error can
** name the field ("area_id: no area with id 9"), and a duplicate code is
** reported as such; the database's own constraints remain the last word.
** Every write appends an audit entry: the whole row for an insert or a
** delete, the changed fields (old and new) for an update.
*/
#include "storeInt.h"
#include "dimension.h"
#include "planlife.h"
#include "account.h"
#include "obsrow.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A Value as a new jansson reference. */
static json_t *value_json(const Value *pV){
  switch( pV->eType ){
    case VAL_INT:  return json_integer(pV->i);
    case VAL_REAL: return json_real(pV->r);
    case VAL_TEXT: return json_string(pV->z);
    default:       return json_null();
  }
}

char *store_row_json(int e, int64_t id, const Value *aVal){
  json_t *pObj = json_object();
  char *z;
  int i;
  if( id ) json_object_set_new(pObj, "id", json_integer(id));
  for(i=0; i<aEntity[e].nField; i++){
    json_object_set_new(pObj, aEntity[e].aField[i].zName,
                        value_json(&aVal[i]));
  }
  z = json_dumps(pObj, JSON_COMPACT|JSON_SORT_KEYS|JSON_REAL_PRECISION(17));
  json_decref(pObj);
  if( z==0 ) acc_fatal("cannot render JSON");
  return z;
}

json_t *store_item_json(int e, int64_t id, const Value *aVal){
  json_t *pObj = json_object();
  int i;
  json_object_set_new(pObj, "id", json_integer(id));
  for(i=0; i<aEntity[e].nField; i++){
    const Value *pV = &aVal[i];
    json_t *pJ;
    switch( pV->eType ){
      case VAL_INT:
        pJ = aEntity[e].aField[i].eType==FT_BOOL ? json_boolean(pV->i!=0)
                                                 : json_integer(pV->i);
        break;
      case VAL_REAL: pJ = json_real(pV->r); break;
      case VAL_TEXT: pJ = json_string(pV->z); break;
      default:       pJ = json_null(); break;
    }
    json_object_set_new(pObj, aEntity[e].aField[i].zName, pJ);
  }
  return pObj;
}

static AccRc item_get(Store *p, int e, int64_t id, int op, Arena *pArena,
                      Value **paVal);

/* Whether two values are the same. */
static int value_same(const Value *a, const Value *b){
  if( a->eType!=b->eType ) return 0;
  switch( a->eType ){
    case VAL_INT:  return a->i==b->i;
    case VAL_REAL: return a->r==b->r;
    case VAL_TEXT: return strcmp(a->z, b->z)==0;
    default:       return 1;
  }
}

AccRc store_item_find_code(Store *p, int e, const char *zCode,
                           int64_t *pId){
  DbStmt *pS;
  AccRc rc = ACC_NOTFOUND;
  if( model_code_field(e)<0 ) return ACC_NOTFOUND;
  pS = store_item_stmt(p, e, OP_CODE, -1);
  p->pDrv->xBindText(pS, 1, zCode);
  p->pDrv->xBindInt(pS, 2, p->eView);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    *pId = p->pDrv->xColumnInt(pS, 0);
    rc = ACC_OK;
  }
  p->pDrv->xReset(pS);
  return rc;
}

/* Whether item id of entity e exists. */
static int item_exists(Store *p, int e, int64_t id){
  DbStmt *pS = store_item_stmt(p, e, OP_EXISTS, -1);
  int bFound;
  p->pDrv->xBindInt(pS, 1, id);
  p->pDrv->xBindInt(pS, 2, p->eView);
  bFound = p->pDrv->xStep(pS)==DB_ROW;
  p->pDrv->xReset(pS);
  return bFound;
}

AccRc store_ref_resolve(Store *p, int eRef, Value *pVal, char *zErr,
                        int nErr){
  int64_t id;
  if( pVal->eType==VAL_NULL ) return ACC_OK;
  if( pVal->eType==VAL_TEXT ){
    if( store_item_find_code(p, eRef, pVal->z, &id)!=ACC_OK ){
      snprintf(zErr, nErr, "no %s with code \"%s\"", aEntity[eRef].zTitle,
               pVal->z);
      return ACC_INVALID;
    }
    pVal->eType = VAL_INT;
    pVal->i = id;
    return ACC_OK;
  }
  if( pVal->eType!=VAL_INT || !item_exists(p, eRef, pVal->i) ){
    snprintf(zErr, nErr, "no %s with id %lld", aEntity[eRef].zTitle,
             (long long)pVal->i);
    return ACC_INVALID;
  }
  return ACC_OK;
}

/* The dialogue of item id of entity e (0 if it has none), read through
** the visibility parents (an observation's indicator's dialogue). */
static int64_t item_dialogue(Store *p, int e, int64_t id){
  Arena a = ARENA_INIT;
  Value *aV;
  int64_t idD = 0;
  const EntityDef *pE = &aEntity[e];
  if( e==ENT_DIALOGUE ) return id;
  if( store_item_get(p, e, id, &a, &aV)==ACC_OK ){
    if( pE->iDialogue>=0 && aV[pE->iDialogue].eType==VAL_INT ){
      idD = aV[pE->iDialogue].i;
    }else if( pE->iParent>=0 && aV[pE->iParent].eType==VAL_INT ){
      idD = item_dialogue(p, pE->aField[pE->iParent].eRef,
                          aV[pE->iParent].i);
    }
  }
  arena_free(&a);
  return idD;
}

/* Whether the cell *pB of an observation of indicator idInd names only
** dimensions and values its dialogue declares (dimension.h). */
static AccRc obs_cell_check(Store *p, int64_t idInd, const Value *pB,
                            char *zErr, int nErr){
  DimSet s;
  char zMsg[400];
  AccRc rc;
  if( pB->eType!=VAL_TEXT || pB->z[0]==0 ) return ACC_OK;
  store_dims_load_all(p, store_dims_dialogue(p, idInd), &s);
  rc = store_dims_check(&s, pB->z, 0, zMsg, sizeof(zMsg));
  if( rc ) snprintf(zErr, nErr, "breakdown: %s", zMsg);
  store_dims_free(&s);
  return rc;
}

/* Rules that need the database: an item of a dialogue refers only to
** items of the same dialogue (a goal's area, working group, indicator);
** an observation's period has its indicator's frequency; the plan's
** kinds' own rules (planlife.c). */
static AccRc item_crosscheck(Store *p, int e, const Value *aVal, char *zErr,
                             int nErr){
  const EntityDef *pE = &aEntity[e];
  int i;
  if( store_plan_crosscheck(p, e, aVal, zErr, nErr) ) return ACC_INVALID;
  if( pE->iDialogue>=0 && aVal[pE->iDialogue].eType==VAL_INT ){
    int64_t idD = aVal[pE->iDialogue].i;
    for(i=0; i<pE->nField; i++){
      const Field *pF = &pE->aField[i];
      int64_t idOther;
      if( i==pE->iDialogue || pF->eType!=FT_REF || aVal[i].eType!=VAL_INT
       || pF->eRef==ENT_SOURCE || pF->eRef==ENT_PERSON ){
        continue;
      }
      idOther = item_dialogue(p, pF->eRef, aVal[i].i);
      if( idOther && idOther!=idD ){
        snprintf(zErr, nErr, "%s: %s %lld belongs to another dialogue",
                 pF->zName, aEntity[pF->eRef].zTitle, (long long)aVal[i].i);
        return ACC_INVALID;
      }
    }
  }
  if( e==ENT_OBSERVATION ){
    const Value *pI = &aVal[model_field_find(e, "indicator_id")];
    const Value *pP = &aVal[model_field_find(e, "period")];
    Arena a = ARENA_INIT;
    Value *aI = 0;
    Period per;
    Freq f;
    AccRc rc = ACC_OK;
    const Value *pV = &aVal[model_field_find(e, "value")];
    ObsIndicator ind;
    if( pI->eType==VAL_INT && pP->eType==VAL_TEXT
     && period_parse(pP->z, &per)==0
     && store_item_get(p, ENT_INDICATOR, pI->i, &a, &aI)==ACC_OK
     && freq_parse(aI[model_field_find(ENT_INDICATOR, "frequency")].z,
                   &f)==0
     && per.eFreq!=(int)f ){
      snprintf(zErr, nErr, "period: %s is a %s, but the indicator is "
               "measured by %s", pP->z, azFreqName[per.eFreq],
               azFreqName[f]);
      rc = ACC_INVALID;
    }
    if( rc==ACC_OK && pI->eType==VAL_INT && pP->eType==VAL_TEXT
     && pV->eType==VAL_REAL
     && obsrow_indicator_get(p, pI->i, &ind)==ACC_OK ){
      const char *zField = 0;
      char zMsg[300];
      if( obsrow_rules(&ind, ind.zCode, pP->z, pV->r, 0, date_today(), &zField,
                       zMsg, sizeof(zMsg)) ){
        snprintf(zErr, nErr, "%s: %s", zField, zMsg);
        rc = ACC_INVALID;
      }
    }
    if( rc==ACC_OK && pI->eType==VAL_INT ){
      rc = obs_cell_check(p, pI->i, &aVal[model_field_find(e, "breakdown")],
                          zErr, nErr);
    }
    arena_free(&a);
    return rc;
  }
  return model_row_when(e, aVal, date_today(), zErr, nErr);
}

/* Check references and the code of a row about to be written as item
** idSelf (0 for a new item).  The references of fields whose bit is set
** in mKept are hidden from the writer and kept as they were: they are not
** checked again.  ACC_OK, or an error naming the field. */
static AccRc item_precheck(Store *p, int e, int64_t idSelf, uint32_t mKept,
                           const Value *aVal, char *zErr, int nErr){
  const EntityDef *pE = &aEntity[e];
  int i;
  for(i=0; i<pE->nField; i++){
    const Field *pF = &pE->aField[i];
    if( pF->eType==FT_REF && aVal[i].eType!=VAL_NULL
     && (mKept & (1u<<i))==0 ){
      Value v = aVal[i];
      char zMsg[160];
      if( store_ref_resolve(p, pF->eRef, &v, zMsg, sizeof(zMsg)) ){
        snprintf(zErr, nErr, "%s: %s", pF->zName, zMsg);
        return ACC_INVALID;
      }
    }
    if( (pF->flags & FF_CODE) && aVal[i].eType==VAL_TEXT ){
      int64_t idOther;
      Class eView = p->eView;
      AccRc rcFind;
      /* Codes are unique over all items, seen or not: look for it among
      ** all, and name the holder only if the writer may see it. */
      p->eView = CLASS_RESTRICTED;
      rcFind = store_item_find_code(p, e, aVal[i].z, &idOther);
      p->eView = eView;
      if( rcFind==ACC_OK && idOther!=idSelf ){
        const char *zA = strchr("aeiou", pE->zTitle[0]) ? "an" : "a";
        if( item_exists(p, e, idOther) ){
          snprintf(zErr, nErr, "code: %s %s with code \"%s\" already exists "
                   "(id %lld)", zA, pE->zTitle, aVal[i].z,
                   (long long)idOther);
        }else{
          snprintf(zErr, nErr, "code: %s %s with code \"%s\" already "
                   "exists", zA, pE->zTitle, aVal[i].z);
        }
        return ACC_CONFLICT;
      }
    }
  }
  AccRc rc = model_row_check(e, aVal, zErr, nErr);
  if( rc ) return rc;
  if( e==ENT_WG_MEMBER ){
    rc = store_colead_check(p, idSelf, aVal, zErr, nErr);
    if( rc ) return rc;
  }
  if( e==ENT_PERSON && idSelf ){
    rc = store_person_seat_check(p, idSelf, aVal, zErr, nErr);
    if( rc ) return rc;
  }
  return item_crosscheck(p, e, aVal, zErr, nErr);
}

/* Turn a driver's constraint message into one that names the fields:
** "UNIQUE constraint failed: roadmap_step.dialogue_id, roadmap_step.position"
** becomes "dialogue_id, position: another roadmap step has the same". */
static void conflict_message(int e, char *zErr, int nErr){
  static const char zUniq[] = "UNIQUE constraint failed: ";
  Buf b = BUF_INIT;
  const char *z;
  if( strncmp(zErr, zUniq, sizeof(zUniq)-1)!=0 ) return;
  for(z=zErr+sizeof(zUniq)-1; *z; ){
    const char *zDot = strchr(z, '.'), *zEnd;
    if( zDot==0 ) break;
    zEnd = strchr(zDot, ',');
    buf_append(&b, zDot+1, zEnd ? (size_t)(zEnd-zDot-1) : strlen(zDot+1));
    if( zEnd==0 ) break;
    buf_puts(&b, ", ");
    z = zEnd + 2;
  }
  if( b.n==0 ){
    /* An index on expressions names no columns. */
    buf_appendf(&b, "an equal %s already exists", aEntity[e].zTitle);
  }else{
    buf_appendf(&b, ": another %s has the same", aEntity[e].zTitle);
  }
  snprintf(zErr, nErr, "%s", buf_str(&b));
  buf_free(&b);
}

/* After a write of an observation (entity e, row aV, and aW the row it
** became if not NULL): its indicators' data changed (content.c). */
static AccRc obs_touch(Store *p, int e, const Value *aV, const Value *aW){
  int iF;
  AccRc rc = ACC_OK;
  if( e!=ENT_OBSERVATION ) return ACC_OK;
  iF = model_field_find(e, "indicator_id");
  if( aV[iF].eType==VAL_INT ) rc = store_obs_touch(p, aV[iF].i);
  if( rc==ACC_OK && aW && aW[iF].eType==VAL_INT
   && (aV[iF].eType!=VAL_INT || aW[iF].i!=aV[iF].i) ){
    rc = store_obs_touch(p, aW[iF].i);
  }
  return rc;
}

/*
** The owner's choice (docs/status.md 2.4): in row aV of an observation
** about to be written, a preferred value without preferred_upto gets the
** id of the latest observation of its indicator and period, the values
** the choice was made knowing; a value not preferred has none.  A caller
** that chooses again (`accord prefer`) clears preferred_upto first.
** Inside the write's transaction.
*/
static void obs_choice_stamp(Store *p, int e, Value *aV){
  int iPref, iUpto, iInd, iPer;
  DbStmt *pS;
  if( e!=ENT_OBSERVATION ) return;
  iPref = model_field_find(e, "preferred");
  iUpto = model_field_find(e, "preferred_upto");
  iInd = model_field_find(e, "indicator_id");
  iPer = model_field_find(e, "period");
  if( aV[iPref].eType!=VAL_INT || aV[iPref].i==0 ){
    aV[iUpto].eType = VAL_NULL;
    return;
  }
  if( aV[iUpto].eType==VAL_INT || aV[iInd].eType!=VAL_INT
   || aV[iPer].eType!=VAL_TEXT ){
    return;
  }
  pS = store_sq_stmt(p, SQ_OBS_CHOICE_UPTO);
  p->pDrv->xBindInt(pS, 1, aV[iInd].i);
  p->pDrv->xBindText(pS, 2, aV[iPer].z);
  {
    /* The choice is among the values of the same cell of a breakdown. */
    const Value *pCell = &aV[model_field_find(e, "breakdown")];
    if( pCell->eType==VAL_TEXT ) p->pDrv->xBindText(pS, 3, pCell->z);
    else p->pDrv->xBindNull(pS, 3);
  }
  if( p->pDrv->xStep(pS)==DB_ROW ){
    aV[iUpto].eType = VAL_INT;
    aV[iUpto].i = p->pDrv->xColumnInt(pS, 0);
  }
  p->pDrv->xReset(pS);
}

void store_obs_choose_again(int e, int j, Value *aVal){
  if( e!=ENT_OBSERVATION || j!=model_field_find(e, "preferred")
   || aVal[j].eType!=VAL_INT || aVal[j].i==0 ){
    return;
  }
  aVal[model_field_find(e, "preferred_upto")].eType = VAL_NULL;
}

/* Bracket a single write in a transaction unless one is open. */
static AccRc auto_begin(Store *p, int *pbOwn){
  AccRc rc = ACC_OK;
  *pbOwn = 0;
  if( !p->nTxn ){
    rc = store_begin(p);
    if( rc==ACC_OK ) *pbOwn = 1;
  }
  return rc;
}
static AccRc auto_end(Store *p, int bOwn, AccRc rc){
  if( bOwn ){
    if( rc==ACC_OK ) rc = store_commit(p);
    if( rc!=ACC_OK ) store_rollback(p);
  }
  return rc;
}

AccRc store_item_insert(Store *p, int e, const Value *aVal, int64_t *pId,
                        char *zErr, int nErr){
  Arena arena = ARENA_INIT;
  DbStmt *pS;
  int i, bOwn;
  AccRc rc;
  /* The account the store acts for may write it (authz.c), once the
  ** row itself is whole. */
  if( p->pWho
   && ((rc = model_row_check(e, aVal, zErr, nErr))!=0
       || (rc = store_authorize(p, p->pWho, e, 0, aVal, zErr, nErr))!=0) ){
    return rc;
  }
  rc = item_precheck(p, e, 0, 0, aVal, zErr, nErr);
  if( rc ) return rc;
  rc = auto_begin(p, &bOwn);
  if( rc ){
    snprintf(zErr, nErr, "the database is busy");
    return rc;
  }
  if( e==ENT_OBSERVATION ){
    Value *aCopy = arena_alloc(&arena, sizeof(Value)*aEntity[e].nField);
    memcpy(aCopy, aVal, sizeof(Value)*aEntity[e].nField);
    obs_choice_stamp(p, e, aCopy);
    aVal = aCopy;
  }
  pS = store_item_stmt(p, e, OP_INSERT, -1);
  for(i=0; i<aEntity[e].nField; i++){
    store_bind_value(p, pS, i+1, &aVal[i]);
  }
  rc = store_run(p, pS, zErr, nErr);
  if( rc==ACC_CONFLICT ) conflict_message(e, zErr, nErr);
  if( rc==ACC_OK ){
    int64_t id = p->pDrv->xLastId(p->pDb);
    char *zData = store_row_json(e, id, aVal);
    rc = store_audit_add(p, "insert", aEntity[e].zName, id, zData);
    free(zData);
    if( rc==ACC_OK ) rc = obs_touch(p, e, aVal, 0);
    if( pId ) *pId = id;
  }
  rc = auto_end(p, bOwn, rc);
  arena_free(&arena);
  return rc;
}

int64_t store_item_version(Store *p, int e, int64_t id){
  DbStmt *pS = store_sq_stmt(p, SQ_ITEM_VERSION);
  int64_t v = 0;
  p->pDrv->xBindText(pS, 1, aEntity[e].zName);
  p->pDrv->xBindInt(pS, 2, id);
  if( p->pDrv->xStep(pS)==DB_ROW ) v = p->pDrv->xColumnInt(pS, 0);
  p->pDrv->xReset(pS);
  return v;
}

/* Inside the write's transaction: whether item id of entity e is still
** at version iExpect (0: any version will do; STORE_VERSION_NONE: none,
** the item has no audit entry).  If not, says so in zErr,
** sets *piNow to its current version and returns ACC_CONFLICT. */
static AccRc version_check(Store *p, int e, int64_t id, int64_t iExpect,
                           int64_t *piNow, char *zErr, int nErr){
  int64_t v;
  if( iExpect==0 ) return ACC_OK;
  v = store_item_version(p, e, id);
  if( v==(iExpect==STORE_VERSION_NONE ? 0 : iExpect) ) return ACC_OK;
  if( piNow ) *piNow = v;
  snprintf(zErr, nErr, "%s %lld was changed by someone else since you read "
           "it (version %lld, now %lld); nothing was changed: read it again "
           "and redo your change", aEntity[e].zTitle, (long long)id,
           (long long)(iExpect<0 ? 0 : iExpect), (long long)v);
  return ACC_CONFLICT;
}

AccRc store_item_update(Store *p, int e, int64_t id, const Value *aVal,
                        char *zErr, int nErr){
  return store_item_update_if(p, e, id, 0, 0, aVal, zErr, nErr);
}

AccRc store_item_update_if(Store *p, int e, int64_t id, int64_t iExpect,
                           int64_t *piNow, const Value *aVal, char *zErr,
                           int nErr){
  const EntityDef *pE = &aEntity[e];
  Arena arena = ARENA_INIT;
  Value *aOld = 0, *aSeen = 0, *aNew;
  DbStmt *pS;
  int i, bOwn;
  uint32_t mKept = 0;
  AccRc rc = item_get(p, e, id, OP_GETRAW, &arena, &aOld);
  if( rc ){
    snprintf(zErr, nErr, "no %s with id %lld", pE->zTitle, (long long)id);
    goto out;
  }
  /* A reference the writer cannot see was read as NULL (sql_columns())
  ** and comes back so: it is kept, not cleared. */
  item_get(p, e, id, OP_GET, &arena, &aSeen);
  aNew = arena_alloc(&arena, sizeof(Value)*pE->nField);
  memcpy(aNew, aVal, sizeof(Value)*pE->nField);
  for(i=0; i<pE->nField; i++){
    if( pE->aField[i].eType==FT_REF && aNew[i].eType==VAL_NULL
     && aSeen[i].eType==VAL_NULL && aOld[i].eType!=VAL_NULL ){
      aNew[i] = aOld[i];
      mKept |= 1u<<i;
    }
  }
  aVal = aNew;
  if( p->pWho
   && (rc = store_authorize(p, p->pWho, e, id, aVal, zErr, nErr))!=0 ){
    goto out;
  }
  /* No recorded cell may be left naming what is not declared. */
  if( (rc = store_dims_guard(p, e, id, aOld, aVal, zErr, nErr))!=0 ){
    goto out;
  }
  rc = item_precheck(p, e, id, mKept, aVal, zErr, nErr);
  if( rc ) goto out;
  rc = auto_begin(p, &bOwn);
  if( rc ){
    snprintf(zErr, nErr, "the database is busy");
    goto out;
  }
  rc = version_check(p, e, id, iExpect, piNow, zErr, nErr);
  if( rc ){
    auto_end(p, bOwn, rc);
    goto out;
  }
  obs_choice_stamp(p, e, aNew);
  pS = store_item_stmt(p, e, OP_UPDATE, -1);
  for(i=0; i<pE->nField; i++){
    store_bind_value(p, pS, i+1, &aVal[i]);
  }
  p->pDrv->xBindInt(pS, pE->nField+1, id);
  rc = store_run(p, pS, zErr, nErr);
  if( rc==ACC_CONFLICT ) conflict_message(e, zErr, nErr);
  if( rc==ACC_OK ){
    json_t *pObj = json_object();
    char *zData;
    for(i=0; i<pE->nField; i++){
      if( !value_same(&aOld[i], &aVal[i]) ){
        json_t *pPair = json_array();
        json_array_append_new(pPair, value_json(&aOld[i]));
        json_array_append_new(pPair, value_json(&aVal[i]));
        json_object_set_new(pObj, pE->aField[i].zName, pPair);
      }
    }
    zData = json_dumps(pObj, JSON_COMPACT|JSON_SORT_KEYS
                             |JSON_REAL_PRECISION(17));
    json_decref(pObj);
    rc = store_audit_add(p, "update", pE->zName, id, zData);
    free(zData);
    if( rc==ACC_OK ) rc = obs_touch(p, e, aOld, aVal);
  }
  rc = auto_end(p, bOwn, rc);
out:
  arena_free(&arena);
  return rc;
}

AccRc store_item_delete(Store *p, int e, int64_t id, char *zErr, int nErr){
  return store_item_delete_if(p, e, id, 0, 0, zErr, nErr);
}

AccRc store_item_delete_if(Store *p, int e, int64_t id, int64_t iExpect,
                           int64_t *piNow, char *zErr, int nErr){
  Arena arena = ARENA_INIT;
  Value *aOld = 0;
  DbStmt *pS;
  int bOwn;
  AccRc rc = item_get(p, e, id, OP_GETRAW, &arena, &aOld);
  if( rc ){
    snprintf(zErr, nErr, "no %s with id %lld", aEntity[e].zTitle,
             (long long)id);
    goto out;
  }
  if( p->pWho
   && (rc = store_authorize(p, p->pWho, e, id, 0, zErr, nErr))!=0 ){
    goto out;
  }
  if( (rc = store_dims_guard(p, e, id, aOld, 0, zErr, nErr))!=0 ){
    goto out;
  }
  rc = auto_begin(p, &bOwn);
  if( rc ){
    snprintf(zErr, nErr, "the database is busy");
    goto out;
  }
  rc = version_check(p, e, id, iExpect, piNow, zErr, nErr);
  if( rc ){
    auto_end(p, bOwn, rc);
    goto out;
  }
  pS = store_item_stmt(p, e, OP_DELETE, -1);
  p->pDrv->xBindInt(pS, 1, id);
  rc = store_run(p, pS, zErr, nErr);
  if( rc==ACC_CONFLICT ){
    /* The referrers may be hidden from the writer: name none of them. */
    snprintf(zErr, nErr, "%s %lld is still referred to by other items; "
             "remove or change those first", aEntity[e].zTitle,
             (long long)id);
  }else if( rc==ACC_OK ){
    char *zData = store_row_json(e, id, aOld);
    rc = store_audit_add(p, "delete", aEntity[e].zName, id, zData);
    free(zData);
    if( rc==ACC_OK ) rc = obs_touch(p, e, aOld, 0);
    /* A deleted item is no longer public either (publish.c). */
    if( rc==ACC_OK ) rc = store_unpublish(p, e, id);
  }
  rc = auto_end(p, bOwn, rc);
out:
  arena_free(&arena);
  return rc;
}

/* Read item id of entity e as the reader sees it (op OP_GET: references
** to hidden items read as NULL) or with every reference (OP_GETRAW). */
static AccRc item_get(Store *p, int e, int64_t id, int op, Arena *pArena,
                      Value **paVal){
  DbStmt *pS = store_item_stmt(p, e, op, -1);
  AccRc rc = ACC_NOTFOUND;
  int i, n = aEntity[e].nField;
  p->pDrv->xBindInt(pS, 1, id);
  p->pDrv->xBindInt(pS, 2, p->eView);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    Value *aVal = arena_alloc(pArena, sizeof(Value)*n);
    for(i=0; i<n; i++){
      store_column_value(p, pS, i+1, &aEntity[e].aField[i], pArena,
                         &aVal[i]);
    }
    *paVal = aVal;
    rc = ACC_OK;
  }
  p->pDrv->xReset(pS);
  return rc;
}

AccRc store_item_get(Store *p, int e, int64_t id, Arena *pArena,
                     Value **paVal){
  return item_get(p, e, id, OP_GET, pArena, paVal);
}

int store_row_collect_id(void *pArg, int64_t id, const Value *aVal){
  (void)aVal;
  idlist_add((IdList*)pArg, id);
  return 0;
}

AccRc store_item_each(Store *p, int e, int iField, int64_t id,
                      StoreRowFn xRow, void *pArg){
  DbStmt *pS = store_item_stmt(p, e, OP_EACH, iField);
  Value aVal[MAX_FIELDS];
  int i, rc, n = aEntity[e].nField;
  if( iField>=0 ) p->pDrv->xBindInt(pS, 1, id);
  p->pDrv->xBindInt(pS, iField>=0 ? 2 : 1, p->eView);
  while( (rc = p->pDrv->xStep(pS))==DB_ROW ){
    for(i=0; i<n; i++){
      store_column_value(p, pS, i+1, &aEntity[e].aField[i], 0, &aVal[i]);
    }
    if( xRow(pArg, p->pDrv->xColumnInt(pS, 0), aVal) ) break;
  }
  p->pDrv->xReset(pS);
  return rc<0 ? (AccRc)(-rc) : ACC_OK;
}

int64_t store_item_count(Store *p, int e, int iField, int64_t id){
  DbStmt *pS = store_item_stmt(p, e, OP_COUNT, iField);
  int64_t n = 0;
  if( iField>=0 ) p->pDrv->xBindInt(pS, 1, id);
  p->pDrv->xBindInt(pS, iField>=0 ? 2 : 1, p->eView);
  if( p->pDrv->xStep(pS)==DB_ROW ) n = p->pDrv->xColumnInt(pS, 0);
  p->pDrv->xReset(pS);
  return n;
}

/* The latest audit entry whose change the reader may see: its id and
** time (and action, entity and item; no data, actor or hashes). A
** session opened or closed changes no data; below restricted, an entry
** counts when its item exists for the reader. */
AccRc store_audit_latest_seen(Store *p, Arena *pArena, AuditEntry *pOut){
  DbStmt *pS = store_sq_stmt(p, SQ_AUDIT_SEEN);
  int64_t iBefore = INT64_MAX;
  int r, nRow;
  do{
    nRow = 0;
    p->pDrv->xBindInt(pS, 1, iBefore);
    while( (r = p->pDrv->xStep(pS))==DB_ROW ){
      const char *zAction = p->pDrv->xColumnText(pS, 2);
      const char *zEntity = p->pDrv->xColumnText(pS, 3);
      int64_t iItem = p->pDrv->xColumnInt(pS, 4);
      nRow++;
      iBefore = p->pDrv->xColumnInt(pS, 0);
      if( zAction && strcmp(zAction, "session")==0 ) continue;
      if( p->eView<CLASS_RESTRICTED ){
        int e = zEntity && iItem ? model_entity_find(zEntity) : -1;
        if( e<0 || !item_exists(p, e, iItem) ) continue;
      }
      memset(pOut, 0, sizeof(*pOut));
      pOut->id = iBefore;
      pOut->zAt = arena_strdup(pArena, p->pDrv->xColumnText(pS, 1));
      pOut->zAction = arena_strdup(pArena, zAction ? zAction : "");
      pOut->zEntity = arena_strdup(pArena, zEntity ? zEntity : "");
      pOut->iItem = iItem;
      pOut->zActor = pOut->zData = pOut->zPrevHash = pOut->zHash = "";
      p->pDrv->xReset(pS);
      return ACC_OK;
    }
    p->pDrv->xReset(pS);
    if( r<0 ) return (AccRc)(-r);
  }while( nRow>0 );
  return ACC_NOTFOUND;
}

Class store_item_class(Store *p, int e, const Value *aVal, int *peFrom,
                       int64_t *pidFrom){
  const EntityDef *pE = &aEntity[e];
  int i = model_field_find(e, "classification");
  int bOwn = i>=0, nDepth, k;
  Class c = CLASS_PUBLIC;
  Arena a = ARENA_INIT;
  *peFrom = -1;
  *pidFrom = 0;
  if( bOwn && aVal[i].eType==VAL_TEXT ){
    k = model_enum_find(azClassName, aVal[i].z);
    c = k<0 ? CLASS_RESTRICTED : (Class)k;
  }
  /* Up the visibility parents: the most secret one decides; an item
  ** without a classification of its own takes its nearest parent's. */
  for(nDepth=0; nDepth<8 && pE->iParent>=0
              && aVal[pE->iParent].eType==VAL_INT; nDepth++){
    int eP = pE->aField[pE->iParent].eRef;
    int64_t idP = aVal[pE->iParent].i;
    Value *aP;
    if( store_item_get(p, eP, idP, &a, &aP)!=ACC_OK ) break;
    i = model_field_find(eP, "classification");
    if( i>=0 && aP[i].eType==VAL_TEXT ){
      k = model_enum_find(azClassName, aP[i].z);
      if( k<0 ) k = CLASS_RESTRICTED;
      if( k>(int)c || (!bOwn && *peFrom<0) ){
        c = (Class)k;
        *peFrom = eP;
        *pidFrom = idP;
      }
    }
    pE = &aEntity[eP];
    aVal = aP;
  }
  /* People, memberships, contacts, benefits and participants are never
  ** public (store_set_viewer()). */
  if( c==CLASS_PUBLIC && store_pub_kind(e)==PUB_NEVER ){
    c = CLASS_INTERNAL;
    *peFrom = -1;
    *pidFrom = 0;
  }
  arena_free(&a);
  return c;
}
