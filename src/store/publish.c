/*
** publish.c: publication, the version both parties approved (store.h).
**
** The public reads published rows only: the tables pub_<table> of
** migration 010 hold, for every kind the public may see, the version of
** each item that every party of its dialogue approved, and the store's
** statements for the public read them under the live table's name
** (sql_from() of store.c).  An edit makes a draft; the published version
** stays until the new one is approved; a delete removes it.
**
** A version is published when the last approval it needs lands
** (store_publish_if_joint(), called by store_approve() in the same
** transaction): the row is copied into its pub_ table, a row is added to
** table publication, and an audit entry with action "publish" records
** the published row as an "insert" entry would.  Whose approvals count
** is the dialogue's approved set of parties: its published parties once
** at least two are published, and until then all its parties (at least
** two).  A party added later is a draft the approved parties approve; it
** changes nothing already published.
**
** Sources are published with the rows that cite them.  Observations are
** published by data releases (entity release): when a release is
** published, the observations of its indicator (or of every indicator
** of its dialogue) whose periods end by the end of its period replace
** that indicator's published set, with one "publish" audit entry per
** indicator listing the rows.
*/
#include "storeInt.h"
#include "account.h"
#include "sign.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* SQL of the PQ_* statements ('?' rewritten for the driver). */
static const char *const azPq[PQ__MAX] = {
  /* PQ_PUB_PARTY_COUNT */
  "SELECT count(*) FROM pub_party WHERE dialogue_id=?1",
  /* PQ_APPR_PUB_COUNT: approvals of a version by published parties */
  "SELECT count(DISTINCT a.party_id) FROM approval a JOIN pub_party pp"
  " ON pp.id=a.party_id WHERE a.entity=?1 AND a.item_id=?2"
  " AND a.version=?3 AND pp.dialogue_id=?4",
  /* PQ_PUB_VERSION */
  "SELECT version, at FROM publication WHERE entity=?1 AND item_id=?2"
  " ORDER BY id DESC LIMIT 1",
  /* PQ_PUBLICATION_ADD */
  "INSERT INTO publication(entity, item_id, version, at)"
  " VALUES(?1, ?2, ?3, ?4)",
  /* PQ_PUBLISHED_EVER: a publication of the item while its own latest
  ** change was ?3 (a publication's version is the approval version,
  ** which may be a later change of what the item cites: content.c) */
  "SELECT 1 FROM publication b WHERE b.entity=?1 AND b.item_id=?2"
  " AND b.version>=?3 AND NOT EXISTS(SELECT 1 FROM audit_log l"
  " WHERE l.entity=?1 AND l.item_id=?2 AND l.action<>'publish'"
  " AND l.id>?3 AND l.id<=b.version)",
  /* PQ_OBS_SERIES: as SQ_OBS_SERIES, published values */
  "SELECT id, period, value, source_id, entered_at, preferred,"
  " preferred_upto, breakdown FROM pub_observation"
  " WHERE indicator_id=?1 AND period>=?2 AND period<=?3",
  /* PQ_OBS_RECENT */
  "SELECT id, period, value, source_id, entered_by, entered_at, note,"
  " preferred, preferred_upto, breakdown, note_sr FROM pub_observation"
  " WHERE id IN (SELECT id FROM"
  " pub_observation WHERE indicator_id=?1 ORDER BY id DESC LIMIT ?2)",
  /* PQ_OBS_DISPUTED */
  "SELECT id, period, value, source_id, entered_by, entered_at, note,"
  " preferred, preferred_upto, breakdown, note_sr FROM pub_observation o"
  " WHERE indicator_id=?1 AND EXISTS"
  " (SELECT 1 FROM pub_observation d WHERE d.indicator_id=?1"
  " AND d.period=o.period"
  " AND coalesce(d.breakdown, '')=coalesce(o.breakdown, '')"
  " AND d.value<>o.value)",
  /* PQ_OBS_PERIOD */
  "SELECT id, period, value, source_id, entered_by, entered_at, note,"
  " preferred, preferred_upto, breakdown, note_sr FROM pub_observation"
  " WHERE indicator_id=?1 AND period=?2",
  /* PQ_OBS_RELEASE_ROWS: the candidates of a release */
  "SELECT id, period, source_id FROM observation WHERE indicator_id=?1"
  " ORDER BY id",
  /* PQ_OBS_PUBLISH */
  "INSERT INTO pub_observation(id, indicator_id, period, value, source_id,"
  " entered_by, entered_at, preferred, note, pub_version, pub_at,"
  " preferred_upto, breakdown, note_sr)"
  " SELECT id, indicator_id, period, value, source_id, entered_by,"
  " entered_at, preferred, note, ?2, ?3, preferred_upto, breakdown,"
  " note_sr FROM observation WHERE id=?1",
  /* PQ_PENDING: whether a party approved a version */
  "SELECT 1 FROM approval WHERE entity=?1 AND item_id=?2 AND version=?3"
  " AND party_id=?4",
  /* PQ_APPR_EACH: as SQ_APPR_EACH for the public: the approvals of
  ** published versions by published parties, under their published
  ** names; "current" is the version the public reads (no draft shows) */
  "SELECT a.party_id, p.name, c.login, c.name, a.at, a.version=(SELECT"
  " b.version FROM publication b WHERE b.entity=?1 AND b.item_id=?2"
  " ORDER BY b.id DESC LIMIT 1)"
  " FROM approval a JOIN pub_party p ON p.id=a.party_id"
  " JOIN account c ON c.id=a.account_id"
  " WHERE a.entity=?1 AND a.item_id=?2 AND EXISTS(SELECT 1 FROM"
  " publication b WHERE b.entity=?1 AND b.item_id=?2"
  " AND b.version=a.version) ORDER BY a.id DESC",
  /* PQ_OBS_PUB_ROWS: an indicator's published values, before a release */
  "SELECT id, period FROM pub_observation WHERE indicator_id=?1",
  /* PQ_OBS_UNPUBLISH_ID */
  "DELETE FROM pub_observation WHERE id=?1",
};

DbStmt *store_pq_stmt(Store *p, int i){
  if( p->aPq[i]==0 ){
    char *z = acc_strdup(azPq[i]), *c;
    for(c=z; *c; c++){
      if( *c=='?' ) *c = p->pDrv->cParam;
    }
    p->aPq[i] = p->pDrv->xPrepare(p->pDb, z);
    free(z);
  }
  return p->aPq[i];
}

int store_pub_kind(int e){
  if( aEntity[e].bPublish ) return PUB_APPROVE;
  if( e==ENT_SOURCE || e==ENT_OBSERVATION ) return PUB_WITH;
  return PUB_NEVER;
}

/* One integer from statement pS, already bound; reset.  0 if no row. */
static int64_t pq_int(Store *p, DbStmt *pS){
  int64_t v = 0;
  if( p->pDrv->xStep(pS)==DB_ROW ) v = p->pDrv->xColumnInt(pS, 0);
  p->pDrv->xReset(pS);
  return v;
}

/* Read item id of entity e as it is now, whoever reads. */
static AccRc row_now(Store *p, int e, int64_t id, Arena *pA, Value **paV){
  Class eSave = p->eView;
  AccRc rc;
  p->eView = CLASS_RESTRICTED;
  rc = store_item_get(p, e, id, pA, paV);
  p->eView = eSave;
  return rc;
}

int64_t store_pub_dialogue(Store *p, int e, int64_t id){
  const EntityDef *pE = &aEntity[e];
  Arena a = ARENA_INIT;
  Value *aV;
  int64_t idD = 0;
  int n;
  for(n=0; n<8 && row_now(p, e, id, &a, &aV)==ACC_OK; n++){
    if( e==ENT_DIALOGUE ){
      idD = id;
      break;
    }
    pE = &aEntity[e];
    if( pE->iDialogue>=0 ){
      if( aV[pE->iDialogue].eType==VAL_INT ) idD = aV[pE->iDialogue].i;
      break;
    }
    if( pE->iParent<0 || aV[pE->iParent].eType!=VAL_INT ) break;
    id = aV[pE->iParent].i;
    e = pE->aField[pE->iParent].eRef;
  }
  arena_free(&a);
  return idD;
}

int store_pub_joint(Store *p, int e, int64_t id, int64_t v){
  int64_t idD = store_pub_dialogue(p, e, id), nNeed, nAppr;
  DbStmt *pS;
  if( idD==0 || v==0 ) return 0;
  pS = store_pq_stmt(p, PQ_PUB_PARTY_COUNT);
  p->pDrv->xBindInt(pS, 1, idD);
  nNeed = pq_int(p, pS);
  if( nNeed>=2 ){
    /* The approved set of parties decides. */
    pS = store_pq_stmt(p, PQ_APPR_PUB_COUNT);
    p->pDrv->xBindText(pS, 1, aEntity[e].zName);
    p->pDrv->xBindInt(pS, 2, id);
    p->pDrv->xBindInt(pS, 3, v);
    p->pDrv->xBindInt(pS, 4, idD);
    nAppr = pq_int(p, pS);
  }else{
    /* No approved set yet: every party, at least two. */
    pS = store_sq_stmt(p, SQ_PARTY_COUNT);
    p->pDrv->xBindInt(pS, 1, idD);
    nNeed = pq_int(p, pS);
    if( nNeed<2 ) nNeed = 2;
    pS = store_sq_stmt(p, SQ_APPR_COUNT);
    p->pDrv->xBindText(pS, 1, aEntity[e].zName);
    p->pDrv->xBindInt(pS, 2, id);
    p->pDrv->xBindInt(pS, 3, v);
    nAppr = pq_int(p, pS);
  }
  return nAppr>=nNeed;
}

int64_t store_pub_version(Store *p, int e, int64_t id, Arena *pArena,
                          const char **pzAt){
  DbStmt *pS = store_pq_stmt(p, PQ_PUB_VERSION);
  int64_t v = 0;
  if( pzAt ) *pzAt = 0;
  p->pDrv->xBindText(pS, 1, aEntity[e].zName);
  p->pDrv->xBindInt(pS, 2, id);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    v = p->pDrv->xColumnInt(pS, 0);
    if( pzAt && pArena ){
      *pzAt = arena_strdup(pArena, p->pDrv->xColumnText(pS, 1));
    }
  }
  p->pDrv->xReset(pS);
  return v;
}

AccRc store_pub_get(Store *p, int e, int64_t id, Arena *pArena,
                    Value **paVal){
  Class eSave = p->eView;
  DbStmt *pS;
  AccRc rc = ACC_NOTFOUND;
  int i, n = aEntity[e].nField;
  if( store_pub_kind(e)==PUB_NEVER ) return ACC_NOTFOUND;
  /* The public's statement reads pub_<table>; bound as a reader cleared
  ** for everything, no classification hides the row. */
  p->eView = CLASS_PUBLIC;
  pS = store_item_stmt(p, e, OP_GETRAW, -1);
  p->eView = eSave;
  p->pDrv->xBindInt(pS, 1, id);
  p->pDrv->xBindInt(pS, 2, CLASS_RESTRICTED);
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

int store_party_approved(Store *p, const char *zEntity, int64_t id,
                         int64_t v, int64_t idParty){
  DbStmt *pS = store_pq_stmt(p, PQ_PENDING);
  p->pDrv->xBindText(pS, 1, zEntity);
  p->pDrv->xBindInt(pS, 2, id);
  p->pDrv->xBindInt(pS, 3, v);
  p->pDrv->xBindInt(pS, 4, idParty);
  return pq_int(p, pS)!=0;
}

int store_pub_was_published(Store *p, int e, int64_t id, int64_t v){
  DbStmt *pS = store_pq_stmt(p, PQ_PUBLISHED_EVER);
  p->pDrv->xBindText(pS, 1, aEntity[e].zName);
  p->pDrv->xBindInt(pS, 2, id);
  p->pDrv->xBindInt(pS, 3, v);
  return pq_int(p, pS)!=0;
}

/* The statement deleting item ?1 from pub_<table> of entity e. */
static DbStmt *pub_del_stmt(Store *p, int e){
  if( p->aPubDel[e]==0 ){
    Buf b = BUF_INIT;
    buf_appendf(&b, "DELETE FROM pub_%s WHERE id=", aEntity[e].zTable);
    buf_appendf(&b, "%c1", p->pDrv->cParam);
    p->aPubDel[e] = p->pDrv->xPrepare(p->pDb, buf_str(&b));
    buf_free(&b);
  }
  return p->aPubDel[e];
}

/* The statement copying item ?1 of entity e into pub_<table> as version
** ?2, published at ?3. */
static DbStmt *pub_copy_stmt(Store *p, int e){
  if( p->aPubCopy[e]==0 ){
    const EntityDef *pE = &aEntity[e];
    Buf b = BUF_INIT, c = BUF_INIT;
    char cP = p->pDrv->cParam;
    int i;
    buf_puts(&c, "id");
    for(i=0; i<pE->nField; i++) buf_appendf(&c, ", %s", pE->aField[i].zName);
    buf_appendf(&b, "INSERT INTO pub_%s(%s, pub_version, pub_at) SELECT %s,"
                " %c2, %c3 FROM %s WHERE id=%c1", pE->zTable, buf_str(&c),
                buf_str(&c), cP, cP, pE->zTable, cP);
    p->aPubCopy[e] = p->pDrv->xPrepare(p->pDb, buf_str(&b));
    buf_free(&b);
    buf_free(&c);
  }
  return p->aPubCopy[e];
}

AccRc store_unpublish(Store *p, int e, int64_t id){
  DbStmt *pS;
  if( store_pub_kind(e)==PUB_NEVER ) return ACC_OK;
  pS = pub_del_stmt(p, e);
  p->pDrv->xBindInt(pS, 1, id);
  return store_run(p, pS, 0, 0);
}

static AccRc pub_sources(Store *p, int e, const Value *aV, const char *zAt);

/* Publish version v of item id of entity e: copy the row, record the
** publication and its audit entry, then the sources it cites. */
static AccRc pub_copy(Store *p, int e, int64_t id, int64_t v,
                      const char *zAt){
  Arena a = ARENA_INIT;
  Value *aV;
  DbStmt *pS;
  char *zData;
  AccRc rc = store_unpublish(p, e, id);
  if( rc==ACC_OK ){
    pS = pub_copy_stmt(p, e);
    p->pDrv->xBindInt(pS, 1, id);
    p->pDrv->xBindInt(pS, 2, v);
    p->pDrv->xBindText(pS, 3, zAt);
    rc = store_run(p, pS, 0, 0);
  }
  if( rc==ACC_OK ){
    pS = store_pq_stmt(p, PQ_PUBLICATION_ADD);
    p->pDrv->xBindText(pS, 1, aEntity[e].zName);
    p->pDrv->xBindInt(pS, 2, id);
    p->pDrv->xBindInt(pS, 3, v);
    p->pDrv->xBindText(pS, 4, zAt);
    rc = store_run(p, pS, 0, 0);
  }
  if( rc==ACC_OK && row_now(p, e, id, &a, &aV)==ACC_OK ){
    zData = store_row_json(e, id, aV);
    rc = store_audit_add(p, "publish", aEntity[e].zName, id, zData);
    free(zData);
    if( rc==ACC_OK ) rc = pub_sources(p, e, aV, zAt);
  }
  arena_free(&a);
  return rc;
}

/* Publish source id, cited by a published row, unless its current
** version is published already. */
static AccRc pub_source(Store *p, int64_t id, const char *zAt){
  int64_t v = store_item_version(p, ENT_SOURCE, id);
  if( v && store_pub_version(p, ENT_SOURCE, id, 0, 0)==v ) return ACC_OK;
  return pub_copy(p, ENT_SOURCE, id, v, zAt);
}

/* Publish the sources row aV of entity e cites. */
static AccRc pub_sources(Store *p, int e, const Value *aV, const char *zAt){
  const EntityDef *pE = &aEntity[e];
  int i;
  AccRc rc = ACC_OK;
  if( e==ENT_SOURCE ) return ACC_OK;
  for(i=0; i<pE->nField && rc==ACC_OK; i++){
    if( pE->aField[i].eType==FT_REF && pE->aField[i].eRef==ENT_SOURCE
     && aV[i].eType==VAL_INT ){
      rc = pub_source(p, aV[i].i, zAt);
    }
  }
  return rc;
}

/* Publish the observations of indicator idInd whose periods end by the
** end of period zUpTo, for release idRel at version v: they replace the
** indicator's published values of that range; later ones (of a release
** that went further) stay.  The audit entry says so ("range"). */
static AccRc pub_release_indicator(Store *p, int64_t idRel, int64_t v,
                                   int64_t idInd, const char *zUpTo,
                                   const char *zAt){
  const DbDriver *d = p->pDrv;
  DbStmt *pS = store_pq_stmt(p, PQ_OBS_PUB_ROWS);
  IdList ids = IDLIST_INIT, src = IDLIST_INIT;
  Period up, per;
  json_t *pObj, *pRows;
  char *zData;
  int i;
  AccRc rc = ACC_OK;
  if( period_parse(zUpTo, &up) ) return ACC_INVALID;
  d->xBindInt(pS, 1, idInd);
  while( d->xStep(pS)==DB_ROW ){
    if( period_parse(d->xColumnText(pS, 1), &per)==0
     && period_end(per)<=period_end(up) ){
      idlist_add(&ids, d->xColumnInt(pS, 0));
    }
  }
  d->xReset(pS);
  for(i=0; i<ids.n && rc==ACC_OK; i++){
    pS = store_pq_stmt(p, PQ_OBS_UNPUBLISH_ID);
    d->xBindInt(pS, 1, ids.a[i]);
    rc = store_run(p, pS, 0, 0);
  }
  ids.n = 0;
  if( rc ){
    free(ids.a);
    return rc;
  }
  pS = store_pq_stmt(p, PQ_OBS_RELEASE_ROWS);
  d->xBindInt(pS, 1, idInd);
  while( d->xStep(pS)==DB_ROW ){
    if( period_parse(d->xColumnText(pS, 1), &per)==0
     && period_end(per)<=period_end(up) ){
      idlist_add(&ids, d->xColumnInt(pS, 0));
      if( d->xColumnType(pS, 2)!=DB_NULL ){
        idlist_add(&src, d->xColumnInt(pS, 2));
      }
    }
  }
  d->xReset(pS);
  pObj = json_object();
  pRows = json_array();
  for(i=0; i<ids.n && rc==ACC_OK; i++){
    Arena a = ARENA_INIT;
    Value *aV;
    pS = store_pq_stmt(p, PQ_OBS_PUBLISH);
    d->xBindInt(pS, 1, ids.a[i]);
    d->xBindInt(pS, 2, v);
    d->xBindText(pS, 3, zAt);
    rc = store_run(p, pS, 0, 0);
    if( rc==ACC_OK && row_now(p, ENT_OBSERVATION, ids.a[i], &a, &aV)==0 ){
      char *zRow = store_row_json(ENT_OBSERVATION, ids.a[i], aV);
      json_array_append_new(pRows, json_loads(zRow, 0, 0));
      free(zRow);
    }
    arena_free(&a);
  }
  for(i=0; i<src.n && rc==ACC_OK; i++){
    rc = pub_source(p, src.a[i], zAt);
  }
  json_object_set_new(pObj, "release_id", json_integer(idRel));
  json_object_set_new(pObj, "indicator_id", json_integer(idInd));
  json_object_set_new(pObj, "up_to", json_string(zUpTo));
  json_object_set_new(pObj, "range", json_true());
  json_object_set_new(pObj, "rows", pRows);
  zData = json_dumps(pObj, JSON_COMPACT|JSON_SORT_KEYS
                           |JSON_REAL_PRECISION(17));
  json_decref(pObj);
  if( rc==ACC_OK ){
    rc = store_audit_add(p, "publish", "observation", 0, zData);
  }
  free(zData);
  free(ids.a);
  free(src.a);
  return rc;
}

/* Publish the observations release idRel (version v) covers. */
static AccRc pub_release(Store *p, int64_t idRel, int64_t v,
                         const char *zAt){
  Arena a = ARENA_INIT;
  Value *aV;
  IdList ids = IDLIST_INIT;
  Class eSave = p->eView;
  const Value *pInd, *pUpTo;
  int i;
  AccRc rc = ACC_OK;
  if( row_now(p, ENT_RELEASE, idRel, &a, &aV) ){
    arena_free(&a);
    return ACC_NOTFOUND;
  }
  pInd = model_value(ENT_RELEASE, aV, "indicator_id");
  pUpTo = model_value(ENT_RELEASE, aV, "up_to");
  if( pInd->eType==VAL_INT ){
    idlist_add(&ids, pInd->i);
  }else{
    p->eView = CLASS_RESTRICTED;
    store_item_each(p, ENT_INDICATOR, model_field_find(ENT_INDICATOR,
                    "dialogue_id"), model_value(ENT_RELEASE, aV,
                    "dialogue_id")->i, store_row_collect_id, &ids);
    p->eView = eSave;
  }
  for(i=0; i<ids.n && rc==ACC_OK; i++){
    rc = pub_release_indicator(p, idRel, v, ids.a[i], pUpTo->z, zAt);
  }
  free(ids.a);
  arena_free(&a);
  return rc;
}

AccRc store_publish_if_joint(Store *p, int e, int64_t id){
  int64_t v;
  char zAt[21];
  AccRc rc;
  if( store_pub_kind(e)!=PUB_APPROVE ) return ACC_OK;
  v = store_approval_version(p, e, id);
  if( v==0 || store_pub_version(p, e, id, 0, 0)==v
   || !store_pub_joint(p, e, id, v) ){
    return ACC_OK;
  }
  store_now(zAt);
  rc = pub_copy(p, e, id, v, zAt);
  if( rc==ACC_OK && e==ENT_RELEASE ) rc = pub_release(p, id, v, zAt);
  return rc;
}

AccRc store_pending_each(Store *p, int64_t idParty,
                         int (*x)(void*, const StorePending*), void *pArg){
  Arena a = ARENA_INIT;
  Value *aParty;
  Class eSave = p->eView;
  int e, bStop = 0;
  int64_t idD;
  if( row_now(p, ENT_PARTY, idParty, &a, &aParty) ){
    arena_free(&a);
    return ACC_NOTFOUND;
  }
  idD = model_value(ENT_PARTY, aParty, "dialogue_id")->i;
  arena_free(&a);
  for(e=0; e<ENT__MAX && !bStop; e++){
    IdList ids = IDLIST_INIT;
    int i;
    if( store_pub_kind(e)!=PUB_APPROVE ) continue;
    p->eView = CLASS_RESTRICTED;
    store_item_each(p, e, -1, 0, store_row_collect_id, &ids);
    p->eView = eSave;
    for(i=0; i<ids.n && !bStop; i++){
      StorePending sp;
      DbStmt *pS;
      if( store_pub_dialogue(p, e, ids.a[i])!=idD ) continue;
      memset(&sp, 0, sizeof(sp));
      sp.e = e;
      sp.id = ids.a[i];
      sp.iVersion = store_approval_version(p, e, ids.a[i]);
      sp.iPublished = store_pub_version(p, e, ids.a[i], 0, 0);
      if( sp.iVersion==sp.iPublished ) continue;
      pS = store_pq_stmt(p, PQ_PENDING);
      p->pDrv->xBindText(pS, 1, aEntity[e].zName);
      p->pDrv->xBindInt(pS, 2, sp.id);
      p->pDrv->xBindInt(pS, 3, sp.iVersion);
      p->pDrv->xBindInt(pS, 4, idParty);
      sp.bApproved = pq_int(p, pS)!=0;
      bStop = x(pArg, &sp);
    }
    free(ids.a);
  }
  return ACC_OK;
}
