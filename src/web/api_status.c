/*
** api_status.c: the JSON API's handlers that are not about one kind of
** item in general: the status of goals (computed by goalstat.c, as
** `accord status` does), joint approval of goals and documents, data
** conflicts and the observation that counts (`accord conflicts` and
** `accord prefer`), the caller's own account, and the audit log (`accord
** log` and `accord verify`).
*/
#include "api.h"
#include "i18n.h"
#include "../store/goalstat.h"
#include "../store/sign.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* What a reader of the request's language (?lang=, Accept-Language)
** reads of goal g, beside the stable English codes and texts: the
** language, the goal's title (its Serbian twin, or the English title
** with title_fallback true), its area's name, the status label and the
** explanation built from the engine's message ids (status_why_lang()). */
static json_t *goal_localized(Req *p, const GoalStatus *g){
  const char *zSr = web_text(ENT_GOAL, g->aGoal, "title_sr");
  const Value *pA = model_value(ENT_GOAL, g->aGoal, "area_id");
  Value *aA = 0;
  int bFallback = p->eLang!=LANG_EN && zSr[0]==0;
  json_t *pL = json_object();
  json_object_set_new(pL, "lang", json_string(azLangCode[p->eLang]));
  json_object_set_new(pL, "title", json_string(p->eLang==LANG_EN || bFallback
                      ? web_text(ENT_GOAL, g->aGoal, "title")
                      : tr_text(p, zSr)));
  json_object_set_new(pL, "title_fallback", json_boolean(bFallback));
  if( pA->eType==VAL_INT
   && store_item_get(p->pStore, ENT_AREA, pA->i, &p->arena, &aA)==ACC_OK ){
    json_object_set_new(pL, "area", json_string(web_name(p, ENT_AREA, aA)));
  }
  json_object_set_new(pL, "status_label",
                      json_string(tr(p, azStatusLabel[g->res.eStatus])));
  json_object_set_new(pL, "explanation",
                      json_string(web_why(p, &g->res, g->aIndicator)));
  return pL;
}

/* Adds "localized" to goal g's object pObj (goalstat_dialogue_json()). */
static void goal_add_localized(void *pCtx, const GoalStatus *g,
                               json_t *pObj){
  json_object_set_new(pObj, "localized", goal_localized((Req*)pCtx, g));
}

/* The date of ?at, else today. */
static Date at_arg(Req *p){
  Date at = date_today();
  if( req_arg(p, "at") ) date_parse(req_arg(p, "at"), &at);
  return at;
}

/* The date of ?known_on in *pD, else DATE_NONE (every observation).
** Replies 400 and returns 1 if it is not a date. */
static int known_arg(Req *p, Date *pD){
  *pD = DATE_NONE;
  if( req_arg(p, "known_on") && date_parse(req_arg(p, "known_on"), pD) ){
    api_error(p, 400, ACC_INVALID, "known_on", "expected a date YYYY-MM-DD");
    return 1;
  }
  return 0;
}

/*
** GET /api/v1/dialogues/{id}/status[?at=DATE]: the status of every goal
** of the dialogue the caller may see, at DATE (default today), with the
** count of goals per status.
*/
void api_dialogue_status(Req *p){
  int64_t idD = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  GoalStatus *aG;
  Value *aD;
  int n;
  Date at = at_arg(p), known;
  if( idD==0 ) return;
  store_item_get(p->pStore, ENT_DIALOGUE, idD, &p->arena, &aD);
  if( known_arg(p, &known) ) return;
  goalstat_dialogue_known(p->pStore, idD, at, known, &p->arena, &aG, &n);
  req_json(p, goalstat_dialogue_json(p->pStore, idD, aD, at, known, aG, n,
                                     &p->arena, goal_add_localized, p));
}

/*
** GET /api/v1/goals/{id}/status[?at=DATE]: the status of one goal at DATE
** (default today), and its indicator.
*/
void api_goal_status(Req *p){
  int64_t id = req_item_or_reply(p, ENT_GOAL, req_path(p, 0));
  Value *aG;
  GoalStatus gs;
  StatusConfig cfg;
  Date at = at_arg(p), known;
  char zAt[11];
  json_t *pObj;
  if( id==0 ) return;
  store_item_get(p->pStore, ENT_GOAL, id, &p->arena, &aG);
  goalstat_config(p->pStore, model_value(ENT_GOAL, aG, "dialogue_id")->i, &cfg);
  if( known_arg(p, &known) ) return;
  goalstat_get_known(p->pStore, id, at, known, &cfg, &p->arena, &gs);
  pObj = goalstat_goal_json(p->pStore, &gs, &p->arena);
  json_object_set_new(pObj, "localized", goal_localized(p, &gs));
  date_format(at, zAt);
  json_object_set_new(pObj, "at", json_string(zAt));
  if( gs.aIndicator ){
    json_object_set_new(pObj, "indicator", store_item_json(ENT_INDICATOR,
                        model_value(ENT_GOAL, aG, "indicator_id")->i,
                        gs.aIndicator));
  }else{
    json_object_set_new(pObj, "indicator", json_null());
  }
  req_json(p, pObj);
}

/* State of an approvals walk. */
typedef struct ApprCtx {
  json_t *pArr;
  int bLogin;        /* show who approved by login too */
} ApprCtx;

static int appr_row(void *pArg, const Approval *a){
  ApprCtx *c = pArg;
  json_t *pObj = json_pack("{s:I,s:s,s:s,s:s,s:b}", "party_id",
                           (json_int_t)a->iParty, "party", a->zParty,
                           "name", a->zName, "at", a->zAt,
                           "current", a->bCurrent);
  if( pObj==0 ) return 0;
  if( c->bLogin ) json_object_set_new(pObj, "login", json_string(a->zLogin));
  json_array_append_new(c->pArr, pObj);
  return 0;
}

/* Reply with the approvals of item id of entity e. */
static void reply_approvals(Req *p, int e, int64_t id){
  ApprCtx c;
  c.pArr = json_array();
  c.bLogin = p->bLoggedIn;
  store_approval_each(p->pStore, e, id, appr_row, &c);
  req_json(p, json_pack("{s:s,s:I,s:b,s:o}", "kind", aEntity[e].zName,
                        "id", (json_int_t)id, "published",
                        store_item_published(p->pStore, e, id),
                        "approvals", c.pArr));
}

/*
** GET /api/v1/goals/{id}/approvals, /api/v1/documents/{id}/approvals:
** the co-chairs' approvals of the item, newest first, each saying whether
** it is for the current version; "published" when every party of the
** dialogue approved the current version.  Logins are shown to logged-in
** callers only.
*/
void api_approvals(Req *p){
  int e = api_path_entity(p);
  int64_t id;
  if( e<0 || !aEntity[e].bPublish ){
    api_error(p, 404, ACC_NOTFOUND, 0, "no such kind of item");
    return;
  }
  id = req_item_or_reply(p, e, req_path(p, 0));
  if( id==0 ) return;
  reply_approvals(p, e, id);
}

/*
** POST /api/v1/goals/{id}/approve, /api/v1/documents/{id}/approve: the
** caller, a co-chair, approves the item's current version for their
** party with a signature.  The body is {"content_hash": H, "password": P}
** (the server unseals the caller's key and signs) or {"content_hash": H,
** "key_id": N, "signature": S} (a signature made elsewhere, hex).  403 if
** they are not a co-chair of a party of its dialogue or the password or
** signature is wrong; 409 with the current "content_hash" and "version"
** if the item changed since H.  Replies with the approvals, as GET
** .../approvals.
*/
void api_approve(Req *p){
  int e = api_path_entity(p);
  int64_t id;
  char zErr[400];
  SignReq r;
  json_t *pB = p->pBody;
  AccRc rc;
  if( e<0 || !aEntity[e].bPublish ){
    api_error(p, 404, ACC_NOTFOUND, 0, "no such kind of item");
    return;
  }
  id = req_item_or_reply(p, e, req_path(p, 0));
  if( id==0 ) return;
  /* Who may approve is checked before the body. */
  if( (rc = store_approver_check(p->pStore, e, id, &p->acc, zErr,
                                 sizeof(zErr)))!=0 ){
    api_error(p, rc==ACC_NOTFOUND ? 404 : 403, rc, 0, "%s", zErr);
    return;
  }
  memset(&r, 0, sizeof(r));
  if( pB && !json_is_object(pB) ){
    api_error(p, 400, ACC_INVALID, 0, "the body must be a JSON object");
    return;
  }
  if( api_sign_req(p, &r, "") ) return;
  api_actor(p);
  rc = store_approve(p->pStore, e, id, &p->acc, &r, zErr, sizeof(zErr));
  if( rc==ACC_CONFLICT && r.zNow[0] ){
    /* The error, as api_error() writes it, and the current version. */
    p->iStatus = 409;
    req_json(p, json_pack("{s:{s:i,s:s,s:s,s:s},s:s,s:I}", "error", "code",
                          (int)rc, "name", azAccRcName[rc], "message", zErr,
                          "field", "content_hash", "content_hash", r.zNow,
                          "version", (json_int_t)r.iVersionNow));
    return;
  }
  if( rc ){
    if( rc==ACC_INVALID ){
      api_error(p, 403, rc, 0, "%s", zErr);
    }else{
      api_store_error(p, e, rc, zErr);
    }
    return;
  }
  reply_approvals(p, e, id);
}

/* Collects the conflicts of GET /api/v1/conflicts as JSON. */
typedef struct ConflictJson {
  Req *p;
  int64_t idDialogue;      /* 0: every dialogue */
  json_t *pArr;
} ConflictJson;

static int conflict_json(void *pArg, const StoreConflict *c){
  ConflictJson *cj = pArg;
  Req *p = cj->p;
  Value *aI;
  json_t *pObs;
  int k;
  if( store_item_get(p->pStore, ENT_INDICATOR, c->iIndicator, &p->arena,
                     &aI) ){
    return 0;
  }
  if( cj->idDialogue
   && model_value(ENT_INDICATOR, aI, "dialogue_id")->i!=cj->idDialogue ){
    return 0;
  }
  pObs = json_array();
  for(k=0; k<c->n; k++){
    Value *aS;
    json_t *pO = json_pack("{s:I,s:f,s:s?,s:s?,s:b}", "id",
                           (json_int_t)c->a[k].id, "value", c->a[k].r,
                           "entered_by", c->a[k].zBy,
                           "entered_at", c->a[k].zAt,
                           "preferred", c->a[k].bPreferred);
    if( pO==0 ) continue;
    if( c->a[k].iSource
     && store_item_get(p->pStore, ENT_SOURCE, c->a[k].iSource, &p->arena,
                       &aS)==ACC_OK ){
      json_object_set_new(pO, "source_id", json_integer(c->a[k].iSource));
      json_object_set_new(pO, "source",
                          json_string(model_value(ENT_SOURCE, aS,
                                                  "title")->z));
    }else{
      json_object_set_new(pO, "source_id", json_null());
      json_object_set_new(pO, "source", json_null());
    }
    json_array_append_new(pObs, pO);
  }
  json_array_append_new(cj->pArr, json_pack("{s:I,s:s,s:s,s:s,s:s?,s:b,s:o}",
    "indicator_id", (json_int_t)c->iIndicator,
    "indicator", model_value(ENT_INDICATOR, aI, "code")->z,
    "indicator_name", model_value(ENT_INDICATOR, aI, "name")->z,
    "period", c->zPeriod,
    "breakdown", c->zCell && c->zCell[0] ? c->zCell : 0,
    "reopened", c->bReopened,
    "observations", pObs));
  return 0;
}

/*
** GET /api/v1/conflicts[?dialogue_id=D][&indicator_id=I]: every period of
** an indicator the caller may see with two or more observations of
** different values and no choice standing (none marked preferred, or a
** later value of another source reopened the choice: "reopened"), with
** those observations and their sources.  Resolve one with POST
** /observations/{id}/prefer.
*/
void api_conflicts(Req *p){
  ConflictJson cj;
  int64_t idI = 0;
  const char *z;
  AccRc rc;
  memset(&cj, 0, sizeof(cj));
  cj.p = p;
  if( (z = req_arg(p, "dialogue_id"))!=0
   && (cj.idDialogue = api_filter_id(p, "dialogue_id", ENT_DIALOGUE, z))==0 ){
    return;
  }
  if( (z = req_arg(p, "indicator_id"))!=0
   && (idI = api_filter_id(p, "indicator_id", ENT_INDICATOR, z))==0 ){
    return;
  }
  cj.pArr = json_array();
  rc = store_obs_conflicts(p->pStore, idI, conflict_json, &cj);
  if( rc ){
    /* a part of the list is not the list: say so, with no 200 */
    json_decref(cj.pArr);
    api_error(p, api_http_status(rc), rc, 0,
              rc==ACC_BUSY ? "the database is busy; try again"
                           : "the conflicts could not be read");
    return;
  }
  req_json(p, json_pack("{s:o}", "conflicts", cj.pArr));
}

/*
** POST /api/v1/observations/{id}/prefer: mark the observation as the
** value that counts for its indicator and period, and unmark the others
** of that period, in one transaction (`accord prefer`).  Replies with the
** observation and the ids unmarked.
*/
void api_prefer(Req *p){
  const int e = ENT_OBSERVATION;
  int64_t id = req_item_or_reply(p, e, req_path(p, 0));
  IdList off = IDLIST_INIT;
  Value *aVal;
  char zErr[300];
  AccRc rc;
  json_t *pOff;
  int i;
  if( id==0 ) return;
  if( req_deny_item(p, e, id, 0) ) return;
  api_actor(p);
  rc = store_obs_prefer(p->pStore, id, &off, zErr, sizeof(zErr));
  if( rc ){
    free(off.a);
    api_store_error(p, e, rc, zErr);
    return;
  }
  pOff = json_array();
  for(i=0; i<off.n; i++) json_array_append_new(pOff, json_integer(off.a[i]));
  free(off.a);
  store_item_get(p->pStore, e, id, &p->arena, &aVal);
  req_json(p, json_pack("{s:o,s:o}", "observation", store_item_json(e, id, aVal),
                        "unmarked", pOff));
}

/*
** GET /api/v1/me: the caller's account and role, the most secret
** classification they may read, what they may write and approve, and
** their scoped grants.
** For a caller without a token: role "public", logged_in false.
*/
void api_me(Req *p){
  json_t *pObj, *pWrite = json_array(), *pApprove = json_array();
  Role eRole = p->acc.eRole;
  int e;
  for(e=0; e<ENT__MAX; e++){
    if( p->bLoggedIn && store_account_can(&p->acc, ACT_WRITE, e) ){
      json_array_append_new(pWrite, json_string(aEntity[e].zName));
    }
    if( p->bLoggedIn && aEntity[e].bPublish
     && access_can(eRole, ACT_APPROVE, e) ){
      json_array_append_new(pApprove, json_string(aEntity[e].zName));
    }
  }
  pObj = json_pack("{s:b,s:s,s:s,s:s,s:o,s:o,s:b}", "logged_in",
                   p->bLoggedIn, "role", azRoleName[eRole], "role_label",
                   azRoleLabel[eRole], "clearance",
                   azClassName[access_max_class(eRole)], "may_write", pWrite,
                   "may_approve", pApprove, "admin",
                   p->bLoggedIn && access_can(eRole, ACT_ADMIN, -1));
  if( p->bLoggedIn ){
    json_object_set_new(pObj, "login", json_string(p->acc.zLogin));
    json_object_set_new(pObj, "name", json_string(p->acc.zName));
    json_object_set_new(pObj, "party_id", p->acc.iParty
                        ? json_integer(p->acc.iParty) : json_null());
    json_object_set_new(pObj, "lang", json_string(p->acc.zLang));
    /* Its scoped grants (grant.c): may_write names the kinds any grant
    ** may write somewhere; each write is checked against the scopes. */
    {
      json_t *pG = json_array();
      int i;
      for(i=0; i<p->acc.nGrant; i++){
        const AccGrant *g = &p->acc.aGrant[i];
        json_array_append_new(pG, json_pack("{s:s,s:s,s:I,s:s}", "role",
          azRoleName[g->eRole], "scope", g->iDialogue ? "dialogue" : "wg",
          "id", (json_int_t)(g->iDialogue ? g->iDialogue : g->iWg),
          "clearance", azClassName[g->eClear]));
      }
      json_object_set_new(pObj, "grants", pG);
    }
  }else{
    json_object_set_new(pObj, "login", json_null());
    json_object_set_new(pObj, "name", json_null());
    json_object_set_new(pObj, "party_id", json_null());
    json_object_set_new(pObj, "lang", json_string(azLangCode[p->eLang]));
  }
  req_json(p, pObj);
}

static int audit_row(void *pArg, const AuditEntry *pA){
  json_t *pData = json_loads(pA->zData, 0, 0);
  json_t *pEnt = json_pack("{s:I,s:s,s:s,s:s,s:s,s:o,s:s,s:s}", "id",
    (json_int_t)pA->id, "at", pA->zAt, "actor", pA->zActor, "action",
    pA->zAction, "entity", pA->zEntity, "data",
    pData ? pData : json_null(), "hash", pA->zHash, "prev_hash",
    pA->zPrevHash);
  if( pEnt ){
    json_object_set_new(pEnt, "item_id", pA->iItem ? json_integer(pA->iItem)
                        : json_null());
    json_array_append_new(pArg, pEnt);
  }
  return 0;
}

/*
** GET /api/v1/audit[?limit=N]: the latest N entries of the audit log
** (default 100), newest first (`accord log`).  Administrators only: the
** entries hold every item's data, whatever its classification.
*/
void api_audit(Req *p){
  const char *z = req_arg(p, "limit");
  int64_t n = z ? strtoll(z, 0, 10) : API_LIMIT_DEFAULT;
  json_t *pArr;
  if( n<1 || n>API_HISTORY_MAX ){
    api_error(p, 400, ACC_INVALID, "limit", "limit: expected 1 to %d, got "
              "%s", API_HISTORY_MAX, z);
    return;
  }
  pArr = json_array();
  store_audit_each(p->pStore, 0, 0, (int)n, audit_row, pArr);
  req_json(p, json_pack("{s:o}", "entries", pArr));
}

/*
** GET /api/v1/audit/verify: check the audit log's hash chain (`accord
** verify`).  Replies {"ok":true,"entries":N}, or "ok":false with the id
** of the first entry that does not fit and the reason.
*/
void api_audit_verify(Req *p){
  int64_t n = 0, iBad = 0;
  char zErr[300];
  if( store_audit_verify(p->pStore, &n, &iBad, zErr, sizeof(zErr)) ){
    req_json(p, json_pack("{s:b,s:I,s:I,s:s}", "ok", 0, "entries",
                          (json_int_t)n, "first_bad", (json_int_t)iBad,
                          "message", zErr));
    return;
  }
  req_json(p, json_pack("{s:b,s:I}", "ok", 1, "entries", (json_int_t)n));
}int api_sign_req(Req *p, SignReq *pR, const char *zHashHow){
  json_t *pB = p->pBody, *pK;
  if( pB ){
    pR->zHash = json_string_value(json_object_get(pB, "content_hash"));
    pR->zPassword = json_string_value(json_object_get(pB, "password"));
    pR->zSignature = json_string_value(json_object_get(pB, "signature"));
    pK = json_object_get(pB, "key_id");
    if( pK && !json_is_integer(pK) ){
      api_error(p, 400, ACC_INVALID, "key_id", "a key's id, a number");
      return 1;
    }
    pR->iKey = pK ? json_integer_value(pK) : 0;
  }
  if( pR->zHash==0 ){
    api_error(p, 400, ACC_INVALID, "content_hash", "required: the content "
              "hash of the version you approve%s", zHashHow);
    return 1;
  }
  if( (pR->zPassword==0 || pR->zPassword[0]==0)
   && (pR->zSignature==0 || pR->zSignature[0]==0) ){
    api_error(p, 400, ACC_INVALID, "password", "required, to sign with "
              "your key (or give key_id and signature)");
    return 1;
  }
  return 0;
}


