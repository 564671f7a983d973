/*
** api_item.c: the JSON API's handlers for every kind of item:
**
**   GET    /api/v1/KINDS              list, filtered and paginated
**   POST   /api/v1/KINDS              add an item
**   GET    /api/v1/KINDS/{id}         one item (id or code)
**   PATCH  /api/v1/KINDS/{id}         change fields; null clears
**   DELETE /api/v1/KINDS/{id}         remove an item
**   GET    /api/v1/KINDS/{id}/history its audit entries
**
** An item's reply carries its version (store_item_version(): its latest
** audit entry) as a strong ETag, "\"v123\"".  A PATCH or DELETE with
** If-Match: "\"v123\"" changes the item only if it is still at that
** version, checked inside the write (store_item_update_if()); else it
** answers 409 with the error, the current version and the current item,
** and changes nothing.  Without If-Match it writes as before (clients
** SHOULD send it).
**
** The kind comes from the path (api_path_entity()).  The logic is that
** of `accord KIND list|show|add|set|rm` (cli/cmd_item.c): defaults as the
** CLI applies them, entered_by and entered_at set by Accord, every value
** checked by model_value_parse() and store_ref_resolve(), the row by the
** store.  Every read goes through the store's viewer, set by http.c to
** the caller's clearance, so nothing the caller may not see is listed,
** shown, referred to, changed or removed.
*/
#include "api.h"

#include <stdlib.h>
#include <string.h>

/* The dialogue of an item seen through its visibility parents, cached
** per request: what ?dialogue_id filters on for kinds that have no
** dialogue field (an observation's indicator's dialogue). */
#define DCACHE 64
typedef struct DialogueCache {
  int aEnt[DCACHE];
  int64_t aId[DCACHE], aDialogue[DCACHE];
} DialogueCache;

/* The dialogue of item id of entity e (0 if none), with row aVal if the
** caller has it (else it is read). */
static int64_t item_dialogue(Req *p, DialogueCache *pC, int e, int64_t id,
                             const Value *aVal){
  const EntityDef *pE = &aEntity[e];
  int h = (int)(((uint64_t)id*31u + (uint64_t)e) % DCACHE);
  int64_t idD = 0;
  Value *aRow = 0;
  if( e==ENT_DIALOGUE ) return id;
  if( pC->aId[h]==id && pC->aEnt[h]==e ) return pC->aDialogue[h];
  if( aVal==0 ){
    if( store_item_get(p->pStore, e, id, &p->arena, &aRow) ) return 0;
    aVal = aRow;
  }
  if( pE->iDialogue>=0 && aVal[pE->iDialogue].eType==VAL_INT ){
    idD = aVal[pE->iDialogue].i;
  }else if( pE->iParent>=0 && aVal[pE->iParent].eType==VAL_INT ){
    idD = item_dialogue(p, pC, pE->aField[pE->iParent].eRef,
                        aVal[pE->iParent].i, 0);
  }
  pC->aEnt[h] = e;
  pC->aId[h] = id;
  pC->aDialogue[h] = idD;
  return idD;
}

/* The state of a list walk. */
typedef struct ListCtx {
  Req *p;
  int e;
  int aiField[MAX_FIELDS];   /* reference fields filtered on */
  int64_t aidWant[MAX_FIELDS];
  int nFilter;
  int64_t idDialogue;        /* ?dialogue_id through parents, or 0 */
  DialogueCache cache;
  int64_t nSkip, nLimit;     /* the page */
  int64_t nMatch;            /* rows that pass the filters */
  int bCountAll;             /* go on counting after the page is full */
  json_t *pArr;
} ListCtx;

static int list_row(void *pArg, int64_t id, const Value *aVal){
  ListCtx *c = pArg;
  int i;
  for(i=0; i<c->nFilter; i++){
    const Value *v = &aVal[c->aiField[i]];
    if( v->eType!=VAL_INT || v->i!=c->aidWant[i] ) return 0;
  }
  if( c->idDialogue
   && item_dialogue(c->p, &c->cache, c->e, id, aVal)!=c->idDialogue ){
    return 0;
  }
  c->nMatch++;
  if( c->nMatch<=c->nSkip ) return 0;
  if( c->nMatch - c->nSkip<=c->nLimit ){
    json_array_append_new(c->pArr, store_item_json(c->e, id, aVal));
    return 0;
  }
  return !c->bCountAll;
}

/* Read ?limit (1 to nMax, default API_LIMIT_DEFAULT) and ?offset (0 or
** more, default 0) into *pnLimit and *pnSkip.  Replies 400 and returns -1
** if out of range. */
static int page_args(Req *p, int nMax, int64_t *pnLimit, int64_t *pnSkip){
  const char *zLimit = req_arg(p, "limit"), *zOffset = req_arg(p, "offset");
  *pnLimit = API_LIMIT_DEFAULT;
  *pnSkip = 0;
  if( zLimit ){
    *pnLimit = strtoll(zLimit, 0, 10);
    if( *pnLimit<1 || *pnLimit>nMax ){
      api_error(p, 400, ACC_INVALID, "limit", "limit: expected 1 to %d, "
                "got %s", nMax, zLimit);
      return -1;
    }
  }
  if( zOffset ){
    *pnSkip = strtoll(zOffset, 0, 10);
    if( *pnSkip<0 ){
      api_error(p, 400, ACC_INVALID, "offset", "offset: expected 0 or "
                "more, got %s", zOffset);
      return -1;
    }
  }
  return 0;
}

/*
** GET /api/v1/KINDS[?dialogue_id=D][&REF_FIELD=X][&code=C][&limit=N]
**   [&offset=M]
** Replies {"KINDS":[rows], "total":T, "limit":N, "offset":M}: the rows of
** the page in id order, and the number of rows that pass the filters.
** Filters take ids or codes; ?dialogue_id also works for kinds that
** belong to a dialogue only through a parent (observations, members...);
** ?code finds the item whose code holds a '/', which a path cannot.
*/
void api_item_list(Req *p){
  int e = api_path_entity(p), i, iSql = -1;
  const EntityDef *pE;
  ListCtx c;
  const char *zD = req_arg(p, "dialogue_id");
  const char *zCode = req_arg(p, "code");   /* kinds with codes */
  int64_t idSql = 0;
  if( e<0 ){
    api_error(p, 404, ACC_NOTFOUND, 0, "no such kind of item");
    return;
  }
  pE = &aEntity[e];
  memset(&c, 0, sizeof(c));
  c.p = p;
  c.e = e;
  if( page_args(p, API_LIMIT_MAX, &c.nLimit, &c.nSkip) ) return;
  for(i=0; i<pE->nField; i++){
    const Field *pF = &pE->aField[i];
    const char *z;
    if( pF->eType!=FT_REF || (z = req_arg(p, pF->zName))==0 ) continue;
    c.aiField[c.nFilter] = i;
    c.aidWant[c.nFilter] = api_filter_id(p, pF->zName, pF->eRef, z);
    if( c.aidWant[c.nFilter]==0 ) return;
    c.nFilter++;
  }
  if( zD && pE->iDialogue<0 ){
    c.idDialogue = api_filter_id(p, "dialogue_id", ENT_DIALOGUE, zD);
    if( c.idDialogue==0 ) return;
  }
  /* The first filter runs in SQL, the others on each row.  Without
  ** filters on rows, the total is one count and the walk stops after
  ** the page. */
  if( c.nFilter>0 ){
    iSql = c.aiField[0];
    idSql = c.aidWant[0];
  }
  c.pArr = json_array();
  if( zCode ){
    /* One item at most: look it up, then apply the other filters. */
    int64_t id;
    Value *aRow;
    if( store_item_find_code(p->pStore, e, zCode, &id)==ACC_OK
     && store_item_get(p->pStore, e, id, &p->arena, &aRow)==ACC_OK ){
      list_row(&c, id, aRow);
    }
  }else{
    c.bCountAll = c.nFilter>1 || c.idDialogue;
    store_item_each(p->pStore, e, iSql, idSql, list_row, &c);
    if( !c.bCountAll ){
      c.nMatch = store_item_count(p->pStore, e, iSql, idSql);
    }
  }
  req_json(p, json_pack("{s:o,s:I,s:I,s:I}", pE->zPlural, c.pArr,
                        "total", (json_int_t)c.nMatch,
                        "limit", (json_int_t)c.nLimit,
                        "offset", (json_int_t)c.nSkip));
}

/* The item of the path, visible to the caller, and its entity in *pe.
** Replies 404 and returns 0 if there is none. */
static int64_t path_item_or_reply(Req *p, int *pe){
  int e = api_path_entity(p);
  *pe = e;
  if( e<0 ){
    api_error(p, 404, ACC_NOTFOUND, 0, "no such kind of item");
    return 0;
  }
  return req_item_or_reply(p, e, req_path(p, 0));
}

/* The ETag of version v of an item. */
static const char *version_etag(Req *p, int64_t v){
  return arena_printf(&p->arena, "\"v%lld\"", (long long)v);
}

/* Set *piExpect to the version the If-Match header names: 0 if there is
** none or it is "*" (any version); STORE_VERSION_NONE for "\"v0\"" (an
** item with no audit entry yet).  Replies 400 and returns -1 if it is not
** the ETag of an item ("\"v123\""). */
static int if_match_version(Req *p, int64_t *piExpect){
  const char *z = p->zIfMatch;
  char *zEnd = 0;
  long long v = 0;
  *piExpect = 0;
  if( z==0 ) return 0;
  while( *z==' ' || *z=='\t' ) z++;
  if( strcmp(z, "*")==0 ) return 0;
  if( strncmp(z, "\"v0\"", 4)==0 ){
    /* An item with no audit entry yet (imported in bulk). */
    v = STORE_VERSION_NONE;
    zEnd = (char*)z + 4;
    while( *zEnd==' ' || *zEnd=='\t' ) zEnd++;
  }else if( z[0]=='"' && z[1]=='v' && z[2]>='1' && z[2]<='9' ){
    v = strtoll(z+2, &zEnd, 10);
    if( zEnd[0]=='"' ){
      for(zEnd++; *zEnd==' ' || *zEnd=='\t'; zEnd++){}
    }else{
      v = 0;
    }
  }
  if( v==0 || *zEnd ){
    api_error(p, 400, ACC_INVALID, "If-Match", "If-Match: expected one "
              "item ETag as GET gave it, e.g. \"v123\" (quotes included)");
    return -1;
  }
  *piExpect = (int64_t)v;
  return 0;
}

/* Reply 409 to a write whose If-Match named version iExpect of item id
** while it is at version iNow: the error, the current version and the
** current item (what the other writer made of it). */
static void reply_stale(Req *p, int e, int64_t id, int64_t iNow,
                        const char *zErr){
  Value *aVal;
  json_t *pErr = json_pack("{s:i,s:s,s:s,s:s}", "code", (int)ACC_CONFLICT,
                           "name", azAccRcName[ACC_CONFLICT], "message",
                           zErr, "field", "If-Match");
  json_t *pCur = json_null();
  if( store_item_get(p->pStore, e, id, &p->arena, &aVal)==ACC_OK ){
    json_decref(pCur);
    pCur = store_item_json(e, id, aVal);
  }
  p->iStatus = 409;
  req_header(p, "ETag", version_etag(p, iNow));
  req_json(p, json_pack("{s:o,s:s,s:I,s:o}", "error", pErr, "etag",
                        version_etag(p, iNow), "version", (json_int_t)iNow,
                        "current", pCur));
}

/* Add to item object pObj the classification it is read under
** (store_item_class(), as its page says): its own, or the more secret
** one of a parent it inherits, with that parent's kind and id; people,
** members, contacts, benefits and participants are never public. */
static void add_read_under(Req *p, int e, const Value *aVal, json_t *pObj){
  int eFrom;
  int64_t idFrom;
  Class c = store_item_class(p->pStore, e, aVal, &eFrom, &idFrom);
  json_t *pR = json_pack("{s:s}", "classification", azClassName[c]);
  if( eFrom>=0 ){
    json_object_set_new(pR, "from", json_pack("{s:s,s:I}", "kind",
                        aEntity[eFrom].zName, "id", (json_int_t)idFrom));
  }else if( model_field_find(e, "classification")<0 ){
    json_object_set_new(pR, "never_public", json_true());
  }
  json_object_set_new(pObj, "read_under", pR);
}

/* Reply with item id of entity e as read back, with status iStatus and
** its version as ETag.  An item the caller cannot read back (they made
** it restricted) is given by its id alone. */
static void reply_item(Req *p, int e, int64_t id, int iStatus){
  Value *aVal;
  p->iStatus = iStatus;
  if( store_item_get(p->pStore, e, id, &p->arena, &aVal)==ACC_OK ){
    req_header(p, "ETag", version_etag(p, store_item_version(p->pStore, e,
                                                             id)));
    json_t *pObj = store_item_json(e, id, aVal);
    add_read_under(p, e, aVal, pObj);
    req_json(p, pObj);
  }else{
    req_json(p, json_pack("{s:I}", "id", (json_int_t)id));
  }
}

/*
** GET /api/v1/KINDS/{id}: one item, by id or code.
*/
void api_item_get(Req *p){
  int e;
  int64_t id = path_item_or_reply(p, &e);
  if( id==0 ) return;
  reply_item(p, e, id, 200);
}

/* Apply the members of JSON object pObj to row aVal of entity e.  Every
** key must be a field the client may set.  Replies 400 (naming the field)
** and returns -1 on the first error; else returns the number of fields
** set. */
static int body_apply(Req *p, int e, json_t *pObj, Value *aVal){
  const char *zKey;
  json_t *pV;
  int n = 0;
  char zErr[400];
  if( !json_is_object(pObj) ){
    api_error(p, pObj ? 400 : 415, ACC_INVALID, 0, "send a JSON object of "
              "fields (Content-Type: application/json)");
    return -1;
  }
  json_object_foreach(pObj, zKey, pV){
    int j = model_field_find(e, zKey);
    if( j<0 ){
      api_error(p, 400, ACC_INVALID, zKey, "%s: not a field of %s",
                utf8_text_ok(zKey) ? zKey : "?", aEntity[e].zPlural);
      return -1;
    }
    if( aEntity[e].aField[j].flags & FF_AUTO ){
      api_error(p, 400, ACC_INVALID, zKey, "%s: set by accord, not by the "
                "client", zKey);
      return -1;
    }
    if( api_field_value(p, e, j, pV, &aVal[j], zErr, sizeof(zErr)) ){
      api_error(p, 400, ACC_INVALID, zKey, "%s", zErr);
      return -1;
    }
    store_obs_choose_again(e, j, aVal);
    n++;
  }
  return n;
}

/*
** POST /api/v1/KINDS with a JSON object of fields.  Fields not given take
** the CLI's defaults (classification internal, the first state, ...);
** entered_by and entered_at of observations are the caller and now.
** Replies 201 with the item and its Location.
*/
void api_item_create(Req *p){
  int e = api_path_entity(p), i;
  const EntityDef *pE;
  Value *aVal;
  char zErr[400], zAt[21];
  int64_t id = 0;
  AccRc rc;
  if( e<0 ){
    api_error(p, 404, ACC_NOTFOUND, 0, "no such kind of item");
    return;
  }
  pE = &aEntity[e];
  api_actor(p);
  aVal = arena_alloc(&p->arena, sizeof(Value)*pE->nField);
  for(i=0; i<pE->nField; i++){
    const char *zDef = model_field_default(e, i);
    if( zDef ){
      model_value_parse(&pE->aField[i], zDef, &aVal[i], zErr, sizeof(zErr));
    }
  }
  if( model_field_find(e, "entered_by")>=0 ){
    Value *pBy = &aVal[model_field_find(e, "entered_by")];
    Value *pAt = &aVal[model_field_find(e, "entered_at")];
    store_now(zAt);
    pBy->eType = VAL_TEXT;
    pBy->z = arena_strdup(&p->arena, store_actor(p->pStore));
    pAt->eType = VAL_TEXT;
    pAt->z = arena_strdup(&p->arena, zAt);
  }
  if( body_apply(p, e, p->pBody, aVal)<0 ) return;
  rc = store_item_insert(p->pStore, e, aVal, &id, zErr, sizeof(zErr));
  if( rc ){
    api_store_error(p, e, rc, zErr);
    return;
  }
  req_header(p, "Location", arena_printf(&p->arena, "/api/v1/%s/%lld",
                                         pE->zPlural, (long long)id));
  reply_item(p, e, id, 201);
}

/*
** PATCH /api/v1/KINDS/{id} with a JSON object of the fields to change;
** null (or "") clears a field.  Replies 200 with the item.
*/
void api_item_patch(Req *p){
  int e, n;
  int64_t id = path_item_or_reply(p, &e), iExpect, iNow = 0;
  Value *aVal;
  char zErr[400];
  AccRc rc;
  if( id==0 ) return;
  if( if_match_version(p, &iExpect) ) return;
  api_actor(p);
  if( store_item_get(p->pStore, e, id, &p->arena, &aVal) ){
    api_error(p, 404, ACC_NOTFOUND, 0, "no %s %lld", aEntity[e].zTitle,
              (long long)id);
    return;
  }
  if( req_deny_item(p, e, id, 0) ) return;
  n = body_apply(p, e, p->pBody, aVal);
  if( n<0 ) return;
  if( n==0 ){
    api_error(p, 400, ACC_INVALID, 0, "nothing to change: send the fields "
              "to change");
    return;
  }
  rc = store_item_update_if(p->pStore, e, id, iExpect, &iNow, aVal, zErr,
                            sizeof(zErr));
  if( rc==ACC_CONFLICT && iNow ){
    reply_stale(p, e, id, iNow, zErr);
    return;
  }
  if( rc ){
    api_store_error(p, e, rc, zErr);
    return;
  }
  reply_item(p, e, id, 200);
}

/*
** DELETE /api/v1/KINDS/{id}: remove an item no other item refers to
** (409 otherwise).  Replies {"id":N,"deleted":true}.
*/
void api_item_delete(Req *p){
  int e;
  int64_t id = path_item_or_reply(p, &e), iExpect, iNow = 0;
  char zErr[400];
  AccRc rc;
  if( id==0 ) return;
  if( req_deny_item(p, e, id, 0) ) return;
  if( if_match_version(p, &iExpect) ) return;
  api_actor(p);
  rc = store_item_delete_if(p->pStore, e, id, iExpect, &iNow, zErr,
                            sizeof(zErr));
  if( rc==ACC_CONFLICT && iNow ){
    reply_stale(p, e, id, iNow, zErr);
    return;
  }
  if( rc ){
    api_store_error(p, e, rc, zErr);
    return;
  }
  req_json(p, json_pack("{s:I,s:b}", "id", (json_int_t)id, "deleted", 1));
}

/* One audit entry, newest first (store_item_history()).  An entry of a
** time when the caller could not have seen the item is listed without
** its data. */
static int hist_row(void *pArg, const AuditEntry *pA, int bRedacted){
  json_t *pArr = pArg, *pEnt;
  pEnt = json_pack("{s:I,s:s,s:s,s:s,s:s,s:s}", "id", (json_int_t)pA->id,
                   "at", pA->zAt, "actor", pA->zActor, "action",
                   pA->zAction, "hash", pA->zHash, "prev_hash",
                   pA->zPrevHash);
  if( pEnt==0 ) return 0;
  if( bRedacted ){
    json_object_set_new(pEnt, "data", json_null());
    json_object_set_new(pEnt, "redacted", json_true());
  }else{
    json_t *pData = json_loads(pA->zData, 0, 0);
    json_object_set_new(pEnt, "data", pData ? pData : json_null());
  }
  json_array_append_new(pArr, pEnt);
  return 0;
}

/*
** GET /api/v1/KINDS/{id}/history[?limit=N]: the item's audit entries,
** newest first (at most N, default 100): who changed what when, with the
** whole row for an insert and [old, new] pairs for an update.  Needs a
** logged-in caller.  Only the entries of this item, not of an earlier one
** that had its id; an entry of a time when the caller could not have seen
** the item (its classification, or its parent's then, above the caller's
** clearance) is listed with "data": null, "redacted": true.
*/
void api_item_history(Req *p){
  int e;
  int64_t id = path_item_or_reply(p, &e), nLimit, nSkip;
  json_t *pArr;
  if( id==0 ) return;
  if( page_args(p, API_HISTORY_MAX, &nLimit, &nSkip) ) return;
  pArr = json_array();
  store_item_history(p->pStore, e, id, (int)nLimit, hist_row, pArr);
  req_json(p, json_pack("{s:s,s:I,s:o}", "kind", aEntity[e].zName, "id",
                        (json_int_t)id, "entries", pArr));
}
