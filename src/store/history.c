/*
** history.c: an item's history from the audit log, redacted entry by
** entry for the reader (see store_item_history() in store.h).
**
** The audit log keeps old values: the whole row of an insert and of a
** delete, [old, new] for each field an update changed.  So a reader
** cleared for what an item is now must not see an entry of the time the
** item was more secret: a goal once restricted, an observation of a
** restricted indicator that was moved to an internal one.  An entry is
** shown only if the item, before and after it, was visible to the reader
** by the same rule as store_set_viewer() applies to the present: its own
** classification, if it has one, within the reader's class or its scoped
** clearance there (the grants of store_set_account(), in the scope the
** item had then: a group's lead cleared for restricted sees its group's
** restricted history); for the public the joint publication
** of the version it had then; and its visibility parent as that parent
** was at the same entry, up the chain of parents.
**
** The states are rebuilt from the log.  Each run of an item's entries
** ends with its delete entry (the whole row) or with the row as it is
** now; walking back from that end and undoing each update gives the
** state before and after every entry, even for observations an import
** inserted without an entry of their own.  Where the run begins with an
** insert, its row is also carried forward through the updates, and
** both states must be visible: a change the log did not record makes
** the entry hidden rather than shown.  A state that cannot be known
** hides the entry.
**
** An insert entry begins an item, and so does the first entry after a
** delete: older entries with the same id are of an earlier item (before
** migration 006 SQLite gave a deleted item's id again) and are never
** shown with the new one.
*/
#include "storeInt.h"
#include "account.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* How far up the chain of visibility parents a check goes. */
#define HIST_MAX_DEPTH 8

/* What an item was at one point of its history, as far as visibility
** goes. */
typedef struct HistState {
  int eKind;            /* HS_* */
  int iClass;           /* classification rank; -1 if the entity has none */
  int64_t idParent;     /* the visibility parent, 0 if none */
  int64_t idDialogue;   /* the dialogue, for joint publication; 0 if none */
  int64_t idWg;         /* its working group (wg_id), for clearances */
} HistState;
#define HS_NONE    0    /* the item did not exist */
#define HS_KNOWN   1
#define HS_UNKNOWN 2    /* cannot be told: treated as not visible */

/* One audit entry of the item, with the states around it. */
typedef struct HistEntry {
  AuditEntry a;         /* strings in the walk's arena */
  json_t *pData;        /* the data parsed, or NULL */
  HistState before, after;     /* walking back from the run's end */
  HistState fBefore, fAfter;   /* carried forward from the insert */
  int bForward;         /* fBefore and fAfter are set */
  int iRun;             /* index of the first entry of its run */
} HistEntry;

/* All entries of one item, oldest first. */
typedef struct HistLine {
  int e;
  int64_t id;
  HistEntry *aEnt;
  int nEnt;
  int bHaveRow;         /* the item exists now */
  HistState now;        /* its state now, if bHaveRow */
  struct HistLine *pNext;
} HistLine;

/* A walk: the reader, and the lines read so far (the item's own and
** those of its parents). */
typedef struct HistWalk {
  Store *p;
  Class eView;
  Arena arena;
  HistLine *pLines;
} HistWalk;

/* The rank of a classification name in JSON, or -1. */
static int json_class(json_t *pJ){
  return json_is_string(pJ)
    ? model_enum_find(azClassName, json_string_value(pJ)) : -1;
}

/* Set the field iField of state *pS (the classification, parent or
** dialogue field of entity e) from JSON value pJ. */
static void state_set(int e, HistState *pS, int iField, json_t *pJ){
  const EntityDef *pE = &aEntity[e];
  if( pS->eKind!=HS_KNOWN ) return;
  if( iField==model_field_find(e, "classification") ){
    pS->iClass = json_class(pJ);
    if( pS->iClass<0 ) pS->eKind = HS_UNKNOWN;
    return;
  }
  if( iField==pE->iParent || iField==pE->iDialogue
   || iField==model_field_find(e, "wg_id") ){
    int64_t v = 0;
    if( json_is_integer(pJ) ){
      v = json_integer_value(pJ);
    }else if( !json_is_null(pJ) ){
      pS->eKind = HS_UNKNOWN;
      return;
    }
    if( iField==pE->iParent ) pS->idParent = v;
    if( iField==pE->iDialogue ) pS->idDialogue = v;
    if( iField==model_field_find(e, "wg_id") ) pS->idWg = v;
  }
}

/* The fields of entity e that visibility depends on, in aiField; returns
** their number. */
static int state_fields(int e, int aiField[4]){
  const EntityDef *pE = &aEntity[e];
  int n = 0, iClass = model_field_find(e, "classification");
  int iWg = model_field_find(e, "wg_id");
  if( iClass>=0 ) aiField[n++] = iClass;
  if( pE->iParent>=0 ) aiField[n++] = pE->iParent;
  if( pE->iDialogue>=0 && pE->iDialogue!=pE->iParent ){
    aiField[n++] = pE->iDialogue;
  }
  if( iWg>=0 && iWg!=pE->iParent && iWg!=pE->iDialogue ){
    aiField[n++] = iWg;
  }
  return n;
}

/* The state of a whole row in JSON (an insert's or a delete's data). */
static HistState state_of_row(int e, json_t *pRow){
  HistState s;
  int ai[4], i, n = state_fields(e, ai);
  memset(&s, 0, sizeof(s));
  s.eKind = json_is_object(pRow) ? HS_KNOWN : HS_UNKNOWN;
  s.iClass = -1;
  for(i=0; i<n && s.eKind==HS_KNOWN; i++){
    json_t *pJ = json_object_get(pRow, aEntity[e].aField[ai[i]].zName);
    if( pJ==0 ){
      s.eKind = HS_UNKNOWN;
    }else{
      state_set(e, &s, ai[i], pJ);
    }
  }
  return s;
}

/* Apply side iSide (0 old, 1 new) of an update's [old, new] pairs to
** *pS. */
static void state_apply(int e, HistState *pS, json_t *pData, int iSide){
  int ai[4], i, n = state_fields(e, ai);
  if( !json_is_object(pData) ){
    pS->eKind = HS_UNKNOWN;
    return;
  }
  for(i=0; i<n; i++){
    json_t *pPair = json_object_get(pData, aEntity[e].aField[ai[i]].zName);
    if( pPair==0 ) continue;
    if( !json_is_array(pPair) || json_array_size(pPair)!=2 ){
      if( pS->eKind==HS_KNOWN ) pS->eKind = HS_UNKNOWN;
      continue;
    }
    state_set(e, pS, ai[i], json_array_get(pPair, iSide));
  }
}

/* The state of the current row aVal of entity e. */
static HistState state_of_values(int e, const Value *aVal){
  HistState s;
  int ai[4], i, n = state_fields(e, ai);
  memset(&s, 0, sizeof(s));
  s.eKind = HS_KNOWN;
  s.iClass = -1;
  for(i=0; i<n; i++){
    const Value *pV = &aVal[ai[i]];
    json_t *pJ = pV->eType==VAL_TEXT ? json_string(pV->z)
               : pV->eType==VAL_INT ? json_integer(pV->i) : json_null();
    state_set(e, &s, ai[i], pJ);
    json_decref(pJ);
  }
  return s;
}

/* Whether the action of entry pH is zAction. */
static int is_action(const HistEntry *pH, const char *zAction){
  return strcmp(pH->a.zAction, zAction)==0;
}

/* Rebuild the states of the run aEnt[iFirst..iEnd-1]. */
static void line_run(HistLine *pL, int iFirst, int iEnd){
  HistState cur;
  int k;
  /* Back from the end: the row deleted, or the row as it is now. */
  if( is_action(&pL->aEnt[iEnd-1], "delete") ){
    memset(&cur, 0, sizeof(cur));
    cur.eKind = HS_NONE;
  }else if( iEnd==pL->nEnt && pL->bHaveRow ){
    cur = pL->now;
  }else{
    memset(&cur, 0, sizeof(cur));
    cur.eKind = HS_UNKNOWN;
  }
  for(k=iEnd-1; k>=iFirst; k--){
    HistEntry *pH = &pL->aEnt[k];
    pH->iRun = iFirst;
    pH->after = cur;
    if( is_action(pH, "delete") ){
      cur = state_of_row(pL->e, pH->pData);
    }else if( is_action(pH, "insert") ){
      memset(&cur, 0, sizeof(cur));
      cur.eKind = HS_NONE;
    }else if( is_action(pH, "update") ){
      state_apply(pL->e, &cur, pH->pData, 0);
    }
    pH->before = cur;
  }
  /* Forward from the insert's row. */
  if( is_action(&pL->aEnt[iFirst], "insert") ){
    memset(&cur, 0, sizeof(cur));
    cur.eKind = HS_NONE;
    for(k=iFirst; k<iEnd; k++){
      HistEntry *pH = &pL->aEnt[k];
      pH->bForward = 1;
      pH->fBefore = cur;
      if( is_action(pH, "insert") ){
        cur = state_of_row(pL->e, pH->pData);
      }else if( is_action(pH, "delete") ){
        memset(&cur, 0, sizeof(cur));
        cur.eKind = HS_NONE;
      }else if( is_action(pH, "update") ){
        state_apply(pL->e, &cur, pH->pData, 1);
      }
      pH->fAfter = cur;
    }
  }
}

/* Read the entries of item id of entity e, oldest first, and rebuild its
** states; the line is kept in the walk. */
static HistLine *line_get(HistWalk *w, int e, int64_t id){
  Store *p = w->p;
  const DbDriver *d = p->pDrv;
  HistLine *pL;
  DbStmt *pS;
  Value *aVal;
  Class eSave = p->eView;
  int nAlloc = 0, k, iFirst;
  for(pL=w->pLines; pL; pL=pL->pNext){
    if( pL->e==e && pL->id==id ) return pL;
  }
  pL = arena_alloc(&w->arena, sizeof(*pL));
  pL->e = e;
  pL->id = id;
  pL->pNext = w->pLines;
  w->pLines = pL;
  /* The row as it is, whoever reads. */
  p->eView = CLASS_RESTRICTED;
  if( store_item_get(p, e, id, &w->arena, &aVal)==ACC_OK ){
    pL->bHaveRow = 1;
    pL->now = state_of_values(e, aVal);
  }
  p->eView = eSave;
  pS = store_sq_stmt(p, SQ_AUDIT_ITEM_ASC);
  d->xBindText(pS, 1, aEntity[e].zName);
  d->xBindInt(pS, 2, id);
  while( d->xStep(pS)==DB_ROW ){
    HistEntry *pH;
    AuditEntry *pA;
    if( pL->nEnt==nAlloc ){
      HistEntry *aNew;
      nAlloc = nAlloc ? 2*nAlloc : 16;
      aNew = arena_alloc(&w->arena, sizeof(HistEntry)*nAlloc);
      if( pL->nEnt ) memcpy(aNew, pL->aEnt, sizeof(HistEntry)*pL->nEnt);
      pL->aEnt = aNew;
    }
    pH = &pL->aEnt[pL->nEnt++];
    memset(pH, 0, sizeof(*pH));
    pA = &pH->a;
    pA->id = d->xColumnInt(pS, 0);
    pA->zAt = arena_strdup(&w->arena, d->xColumnText(pS, 1));
    /* Logins never reach the public (as in store_audit_each()). */
    pA->zActor = p->eView==CLASS_PUBLIC ? ""
      : arena_strdup(&w->arena, d->xColumnText(pS, 2));
    pA->zAction = arena_strdup(&w->arena, d->xColumnText(pS, 3));
    pA->zEntity = arena_strdup(&w->arena, d->xColumnText(pS, 4));
    pA->iItem = d->xColumnType(pS, 5)==DB_NULL ? 0 : d->xColumnInt(pS, 5);
    pA->zData = arena_strdup(&w->arena, d->xColumnText(pS, 6));
    pA->zPrevHash = arena_strdup(&w->arena, d->xColumnText(pS, 7));
    pA->zHash = arena_strdup(&w->arena, d->xColumnText(pS, 8));
    pH->pData = json_loads(pA->zData, 0, 0);
  }
  d->xReset(pS);
  /* Runs: an insert begins one, and so does the entry after a delete. */
  for(k=0, iFirst=0; k<=pL->nEnt; k++){
    if( k==pL->nEnt
     || (k>iFirst && (is_action(&pL->aEnt[k], "insert")
                      || is_action(&pL->aEnt[k-1], "delete"))) ){
      if( k>iFirst ) line_run(pL, iFirst, k);
      iFirst = k;
    }
  }
  return pL;
}

static int hist_state_visible(HistWalk *w, int e, int64_t id,
                              const HistState *pS, int64_t iVersion,
                              int64_t iAt, int bNoneOk, int nDepth);

/* Whether item id of entity e was visible to the reader as of audit
** entry iAt (after it and every entry before it). */
static int hist_item_visible(HistWalk *w, int e, int64_t id, int64_t iAt,
                             int nDepth){
  HistLine *pL;
  const HistEntry *pH;
  int k;
  if( nDepth>HIST_MAX_DEPTH ) return 0;
  pL = line_get(w, e, id);
  for(k=pL->nEnt-1; k>=0 && pL->aEnt[k].a.id>iAt; k--){}
  if( k<0 ){
    /* No entry yet: an item older than its first entry (one the log does
    ** not show being made) was then as that entry found it; one made
    ** later did not exist. */
    if( pL->nEnt==0 ){
      return pL->bHaveRow
          && hist_state_visible(w, e, id, &pL->now, 0, iAt, 0, nDepth);
    }
    pH = &pL->aEnt[0];
    if( is_action(pH, "insert") ) return 0;
    return hist_state_visible(w, e, id, &pH->before, 0, iAt, 0, nDepth);
  }
  pH = &pL->aEnt[k];
  if( !hist_state_visible(w, e, id, &pH->after, pH->a.id, iAt, 0, nDepth) ){
    return 0;
  }
  return !pH->bForward
      || hist_state_visible(w, e, id, &pH->fAfter, pH->a.id, iAt, 0, nDepth);
}

/* Whether the working group idWg belongs to dialogue idD (read as the
** operator: the question is the reader's clearance, not the group). */
static int wg_in_dialogue(Store *p, int64_t idWg, int64_t idD){
  Class eSave = p->eView;
  Arena a = ARENA_INIT;
  Value *aW;
  int b = 0;
  p->eView = CLASS_RESTRICTED;
  if( idWg && store_item_get(p, ENT_WG, idWg, &a, &aW)==ACC_OK ){
    b = model_value(ENT_WG, aW, "dialogue_id")->i==idD;
  }
  p->eView = eSave;
  arena_free(&a);
  return b;
}

/* Whether working group idWg's goals measure indicator idInd. */
static int wg_measures(Store *p, int64_t idWg, int64_t idInd){
  DbStmt *pS = store_sq_stmt(p, SQ_IND_WGS);
  int b = 0;
  p->pDrv->xBindInt(pS, 1, idInd);
  while( !b && p->pDrv->xStep(pS)==DB_ROW ){
    b = p->pDrv->xColumnInt(pS, 0)==idWg;
  }
  p->pDrv->xReset(pS);
  return b;
}

/* Whether the reader's scoped clearance (a grant of the account the store
** acts for, store_set_account()) covers item id of entity e in state *pS:
** the same scopes as every read (store_scope_sql() of grant.c): the
** item's dialogue, its working group, a contact's group's dialogue, the
** groups whose goals measure an indicator. */
static int hist_cleared(HistWalk *w, int e, int64_t id, const HistState *pS){
  const Account *pAcc = w->p->pWho;
  int i;
  if( pAcc==0 ) return 0;
  for(i=0; i<pAcc->nGrant; i++){
    const AccGrant *g = &pAcc->aGrant[i];
    if( (int)g->eClear<pS->iClass ) continue;
    if( g->iDialogue ){
      if( (e==ENT_DIALOGUE && g->iDialogue==id)
       || (pS->idDialogue && g->iDialogue==pS->idDialogue)
       || (e==ENT_WG_LOG && wg_in_dialogue(w->p, pS->idWg, g->iDialogue)) ){
        return 1;
      }
    }else if( g->iWg ){
      if( (pS->idWg && g->iWg==pS->idWg)
       || (e==ENT_INDICATOR && wg_measures(w->p, g->iWg, id)) ){
        return 1;
      }
    }
  }
  return 0;
}

/* Whether the reader could see item id of entity e in state *pS, when
** its version (its latest audit entry) was iVersion (0 if unknown), as of
** audit entry iAt.  A state in which the item did not exist counts as
** visible if bNoneOk. */
static int hist_state_visible(HistWalk *w, int e, int64_t id,
                              const HistState *pS, int64_t iVersion,
                              int64_t iAt, int bNoneOk, int nDepth){
  const EntityDef *pE = &aEntity[e];
  if( pS->eKind==HS_NONE ) return bNoneOk;
  if( pS->eKind!=HS_KNOWN ) return 0;
  if( pS->iClass>(int)w->eView
   && (w->eView==CLASS_PUBLIC || !hist_cleared(w, e, id, pS)) ){
    return 0;
  }
  if( w->eView==CLASS_PUBLIC ){
    /* The public sees the versions that were published (publish.c):
    ** of kinds published with others (sources, observations) and kinds
    ** never public, no history. */
    if( !pE->bPublish || iVersion==0
     || !store_pub_was_published(w->p, e, id, iVersion) ){
      return 0;
    }
  }
  if( pE->iParent>=0 && pS->idParent ){
    return hist_item_visible(w, pE->aField[pE->iParent].eRef, pS->idParent,
                             iAt, nDepth+1);
  }
  return 1;
}

/* Whether entry k of line pL is to be hidden from the reader. */
static int hist_hidden(HistWalk *w, HistLine *pL, int k){
  const HistEntry *pH = &pL->aEnt[k];
  int64_t iPrev = k>pH->iRun ? pL->aEnt[k-1].a.id : 0;
  int64_t iAt = pH->a.id;
  if( !hist_state_visible(w, pL->e, pL->id, &pH->before, iPrev, iAt, 1, 0)
   || !hist_state_visible(w, pL->e, pL->id, &pH->after, iAt, iAt, 1, 0) ){
    return 1;
  }
  if( pH->bForward
   && (!hist_state_visible(w, pL->e, pL->id, &pH->fBefore, iPrev, iAt, 1, 0)
    || !hist_state_visible(w, pL->e, pL->id, &pH->fAfter, iAt, iAt, 1, 0)) ){
    return 1;
  }
  return 0;
}

/* Whether the reader may see item id of entity e now (the rule of every
** read: a reference to an item the reader may not see reads as NULL). */
static int ref_visible(Store *p, int e, json_t *pJ){
  Arena a = ARENA_INIT;
  Value *aVal;
  int bOk;
  if( !json_is_integer(pJ) ) return 1;
  bOk = store_item_get(p, e, (int64_t)json_integer_value(pJ), &a,
                       &aVal)==ACC_OK;
  arena_free(&a);
  return bOk;
}

/* The data of an entry shown to the reader, in w's arena: the references
** (whole values of an insert or delete, old and new of an update) to
** items the reader may not see now are null, as in every other read.
** The entry's own text if nothing is hidden. */
static const char *hist_data_seen(HistWalk *w, int e, const HistEntry *pH){
  const EntityDef *pE = &aEntity[e];
  json_t *pCopy = 0;
  char *z;
  const char *zOut;
  int i, j;
  if( !json_is_object(pH->pData) ) return pH->a.zData;
  for(i=0; i<pE->nField; i++){
    const Field *pF = &pE->aField[i];
    json_t *pV, *pTarget;
    if( pF->eType!=FT_REF ) continue;
    pV = json_object_get(pH->pData, pF->zName);
    if( pV==0 ) continue;
    for(j=0; j<2; j++){
      json_t *pOne = json_is_array(pV) ? json_array_get(pV, j) : pV;
      if( pOne==0 || ref_visible(w->p, pF->eRef, pOne) ) continue;
      if( pCopy==0 ) pCopy = json_deep_copy(pH->pData);
      pTarget = json_object_get(pCopy, pF->zName);
      if( json_is_array(pTarget) ){
        json_array_set_new(pTarget, j, json_null());
      }else{
        json_object_set_new(pCopy, pF->zName, json_null());
      }
      if( !json_is_array(pV) ) break;
    }
  }
  if( pCopy==0 ) return pH->a.zData;
  z = json_dumps(pCopy, JSON_COMPACT|JSON_PRESERVE_ORDER);
  json_decref(pCopy);
  if( z==0 ) return pH->a.zData;
  zOut = arena_strdup(&w->arena, z);
  free(z);
  return zOut;
}

AccRc store_item_history(Store *p, int e, int64_t id, int nLimit,
                         StoreHistFn x, void *pArg){
  HistWalk w;
  HistLine *pL, *pNext;
  Arena a = ARENA_INIT;
  Value *aVal;
  int k, n = 0, iRun;
  /* Only the history of an item the reader may see now. */
  if( store_item_get(p, e, id, &a, &aVal)!=ACC_OK ){
    arena_free(&a);
    return ACC_NOTFOUND;
  }
  arena_free(&a);
  memset(&w, 0, sizeof(w));
  w.p = p;
  w.eView = p->eView;
  pL = line_get(&w, e, id);
  iRun = pL->nEnt ? pL->aEnt[pL->nEnt-1].iRun : 0;
  if( pL->nEnt && is_action(&pL->aEnt[pL->nEnt-1], "delete") ){
    /* The item exists, yet the latest entry of its id deleted one: it is
    ** a later item with no entry of its own (an imported observation),
    ** and every entry is an earlier item's. */
    iRun = pL->nEnt;
  }
  for(k=pL->nEnt-1; k>=iRun && (nLimit<=0 || n<nLimit); k--, n++){
    int bHide = w.eView<CLASS_RESTRICTED && hist_hidden(&w, pL, k);
    AuditEntry ent = pL->aEnt[k].a;
    if( !bHide && w.eView<CLASS_RESTRICTED ){
      ent.zData = hist_data_seen(&w, e, &pL->aEnt[k]);
    }
    if( x(pArg, &ent, bHide) ) break;
  }
  for(pL=w.pLines; pL; pL=pNext){
    pNext = pL->pNext;
    for(k=0; k<pL->nEnt; k++){
      if( pL->aEnt[k].pData ) json_decref(pL->aEnt[k].pData);
    }
  }
  arena_free(&w.arena);
  return ACC_OK;
}
