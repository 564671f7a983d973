/*
** api_openapi_paths.c: the paths of GET /api/v1/openapi.json (see
** api_openapi.c, which writes the schemas and the document): one
** operation per route of aApiRoute, with its parameters, request body,
** replies and security, from aApiRoute and its parallel aApiDoc
** (api_route.c), and the standard error replies.
*/
#include "api.h"

#include <assert.h>
#include <ctype.h>
#include <string.h>

/* The reply of a handler that answers with a plain object. */
static json_t *ok_response(json_t *pSchema, const char *zDesc){
  return json_pack("{s:s,s:{s:{s:o}}}", "description", zDesc, "content",
                   "application/json", "schema", pSchema);
}

/* The standard error replies, as components/responses. */
static const struct {
  const char *zStatus, *zName, *zDesc;
} aErrResp[] = {
  { "400", "BadRequest", "invalid input; error.field names the field" },
  { "401", "Unauthorized", "no valid API token (send Authorization: "
    "Bearer TOKEN)" },
  { "403", "Forbidden", "the caller's role may not do this" },
  { "404", "NotFound", "no such item, or not visible to the caller" },
  { "409", "Conflict", "duplicate code or value, or the item is still "
    "referred to" },
  { "413", "PayloadTooLarge", "the request body is larger than 1 MiB" },
  { "415", "UnsupportedMediaType", "send application/json" },
  { "429", "TooManyRequests", "too many requests; try again later" },
  { "503", "ServiceUnavailable", "the database is busy; try again" },
};

static void add_error(json_t *pResp, const char *zStatus){
  int i;
  for(i=0; i<(int)(sizeof(aErrResp)/sizeof(aErrResp[0])); i++){
    if( strcmp(aErrResp[i].zStatus, zStatus)==0 ){
      char zRef[80];
      strcpy(zRef, "#/components/responses/");
      strcat(zRef, aErrResp[i].zName);
      json_object_set_new(pResp, zStatus, oas_ref_schema(zRef));
    }
  }
}

/* Check that the list parameters of kind e cover exactly its reference
** fields, its code, ?dialogue_id where the kind belongs to a dialogue,
** and the page (a bug in api_route.c otherwise). */
static void check_list_params(int e, const Field *aParam){
  const EntityDef *pE = &aEntity[e];
  int i, j, bDialogue = pE->iDialogue>=0;
  int k = e;
  while( !bDialogue && aEntity[k].iParent>=0 ){
    k = aEntity[k].aField[aEntity[k].iParent].eRef;
    bDialogue = aEntity[k].iDialogue>=0;
  }
  for(i=0; aParam[i].zName; i++){
    j = model_field_find(e, aParam[i].zName);
    assert( strcmp(aParam[i].zName, "limit")==0
         || strcmp(aParam[i].zName, "offset")==0
         || (strcmp(aParam[i].zName, "code")==0 && model_code_field(e)>=0)
         || (strcmp(aParam[i].zName, "dialogue_id")==0 && bDialogue)
         || (j>=0 && pE->aField[j].eType==FT_REF
             && pE->aField[j].eRef==aParam[i].eRef) );
  }
  for(j=0; j<pE->nField; j++){
    int bFound = 0;
    if( pE->aField[j].eType!=FT_REF && !(pE->aField[j].flags & FF_CODE) ){
      continue;
    }
    for(i=0; aParam[i].zName; i++){
      if( strcmp(aParam[i].zName, pE->aField[j].zName)==0 ) bFound = 1;
    }
    assert( bFound );
    (void)bFound;
  }
  (void)i;
}

/* How a report is cut, in the body of POST /api/v1/reports and in each
** version of an issued report (api_report.c). */
static json_t *report_by_schema(const char *zDesc){
  return json_pack("{s:s,s:[s,s],s:s}", "type", "string", "enum", "area",
                   "sector", "description", zDesc);
}

/* An issued report's version, as api_report.c writes it (the members
** that need saying; the rest are in docs/api.md). */
static json_t *report_version_schema(void){
  return json_pack("{s:s,s:{s:o}}", "type", "object", "properties", "by",
    report_by_schema("how the report was cut: goals under their own "
    "framework area (area) or under the agreement's sectors (sector)"));
}

/* The body of POST /api/v1/reports. */
static json_t *report_issue_body(void){
  json_t *pProp = json_object();
  json_object_set_new(pProp, "dialogue_id", json_pack("{s:[s,s],s:s}",
    "type", "integer", "string", "description", "the dialogue's id or "
    "code"));
  json_object_set_new(pProp, "kind", json_pack("{s:s,s:[s,s,s]}", "type",
    "string", "enum", "quarterly", "annual", "public"));
  json_object_set_new(pProp, "period", json_pack("{s:s,s:s}", "type",
    "string", "description", "a quarter (2026-Q3) or a year (2026)"));
  json_object_set_new(pProp, "format", json_pack("{s:s,s:[s,s,s,s],s:s}",
    "type", "string", "enum", "html", "pdf", "xlsx", "csv", "default",
    "pdf"));
  json_object_set_new(pProp, "lang", json_pack("{s:s,s:[s,s,s],s:s}",
    "type", "string", "enum", "en", "sr-Latn", "sr-Cyrl", "description",
    "default: the caller's language"));
  json_object_set_new(pProp, "by", report_by_schema("goals under their own "
    "framework area (area, the default) or under the agreement's sectors "
    "(sector); stored with the report, and its corrections are cut the "
    "same way"));
  json_object_set_new(pProp, "reason", json_pack("{s:s,s:i}", "type",
    "string", "maxLength", 2000));
  return json_pack("{s:b,s:{s:{s:{s:s,s:[s,s,s],s:o}}}}", "required", 1,
    "content", "application/json", "schema", "type", "object", "required",
    "dialogue_id", "kind", "period", "properties", pProp);
}

/* The summary of a route. */
static const char *op_summary(Req *p, ApiOp eOp, int e){
  const char *zT = e>=0 ? aEntity[e].zTitle : "";
  const char *zPl = e>=0 ? aEntity[e].zPlural : "";
  switch( eOp ){
    case AOP_LIST: return arena_printf(&p->arena, "List %s", zPl);
    case AOP_CREATE: return arena_printf(&p->arena, "Add a %s", zT);
    case AOP_GET: return arena_printf(&p->arena, "One %s (id or code)", zT);
    case AOP_PATCH: return arena_printf(&p->arena, "Change a %s; null "
                                        "clears a field", zT);
    case AOP_DELETE: return arena_printf(&p->arena, "Remove a %s", zT);
    case AOP_HISTORY: return arena_printf(&p->arena, "The audit entries "
      "of a %s, newest first; those of a time the caller could not see it "
      "are redacted", zT);
    case AOP_DIALOGUE_STATUS: return "The status of every goal of a "
                                     "dialogue at a date";
    case AOP_GOAL_STATUS: return "The status of a goal at a date";
    case AOP_APPROVALS: return arena_printf(&p->arena, "The co-chairs' "
                                            "approvals of a %s", zT);
    case AOP_APPROVE: return arena_printf(&p->arena, "Approve a %s for the "
                                          "caller's party (co-chairs)", zT);
    case AOP_CONFLICTS: return "Periods whose sources disagree, unresolved";
    case AOP_PREFER: return "Mark the observation that counts for its "
                            "period";
    case AOP_IMPORT: return "Import observations, all or nothing";
    case AOP_ME: return "The caller's account and role";
    case AOP_AUDIT: return "The latest audit entries (administrators)";
    case AOP_AUDIT_VERIFY: return "Verify the audit log's hash chain "
                                  "(administrators)";
    case AOP_REPORTS: return "Issued reports the caller may read, each "
                             "version with its approvals";
    case AOP_REPORT_ISSUE: return "Issue (freeze) a report (the secretariat, "
                                  "co-chairs)";
    case AOP_REPORT_APPROVE: return "Approve a pending public report version "
                                    "for the caller's party (co-chairs)";
    case AOP_PLAN: return "The action plan in force at a date, goal by "
                          "goal with its life, and the long-term goal's "
                          "readiness";
    case AOP_GOAL_LIFE: return "A goal's life: proposed, adopted, revised, "
                               "retired, and by which decision";
    case AOP_STEP_STATE: return "A roadmap step's state from the record";
    case AOP_DIMENSIONS: return "The dimensions of a dialogue's breakdowns, "
                                "each with its labels, values, recorded "
                                "cells and whether it is published";
    case AOP_OPENAPI: return "This document";
    default: return "";
  }
}

/* The operationId of a route: unique, from the operation and kind. */
static const char *op_id(Req *p, ApiOp eOp, int e){
  static const char *const azOp[AOP__MAX] = {
    "list", "create", "get", "update", "delete", "history", "status",
    "status", "approvals", "approve", "conflicts", "prefer", "import",
    "me", "audit", "audit_verify", "list_reports", "issue_report",
    "approve_report_version", "plan", "life", "state", "dimensions",
    "openapi"
  };
  char *z;
  int i;
  if( e<0 ) return azOp[eOp];
  z = arena_printf(&p->arena, "%s_%s", azOp[eOp],
                   eOp==AOP_LIST || eOp==AOP_IMPORT ? aEntity[e].zPlural
                   : aEntity[e].zName);
  for(i=0; z[i]; i++){
    if( z[i]=='-' ) z[i] = '_';
  }
  return z;
}

/* Reply pResp with the item's ETag header. */
static json_t *with_etag(json_t *pResp){
  json_object_set_new(pResp, "headers", json_pack("{s:{s:s}}", "ETag",
                      "$ref", "#/components/headers/ETag"));
  return pResp;
}

/* The success reply of a route. */
static json_t *op_ok(Req *p, ApiOp eOp, int e, const char **pzStatus){
  *pzStatus = "200";
  switch( eOp ){
    case AOP_LIST:
      return ok_response(oas_schema_ref(p, oas_schema_name(p, e, "List")),
                         "one page of the items the caller may see");
    case AOP_CREATE:
      *pzStatus = "201";
      return with_etag(ok_response(oas_schema_ref(p, oas_schema_name(p, e, "")),
                       "added; Location names the new item"));
    case AOP_GET: case AOP_PATCH:
      return with_etag(ok_response(oas_schema_ref(p, oas_schema_name(p, e, "")),
                       "the item"));
    case AOP_DELETE:
      return ok_response(json_pack("{s:s,s:{s:{s:s},s:{s:s}}}", "type",
        "object", "properties", "id", "type", "integer", "deleted", "type",
        "boolean"), "removed");
    case AOP_HISTORY:
      return ok_response(oas_schema_ref(p, "History"), "audit entries");
    case AOP_DIALOGUE_STATUS:
      return ok_response(oas_schema_ref(p, "DialogueStatus"), "statuses");
    case AOP_GOAL_STATUS:
      return ok_response(oas_schema_ref(p, "GoalStatus"), "the status");
    case AOP_APPROVALS: case AOP_APPROVE:
      return ok_response(oas_schema_ref(p, "Approvals"), "the approvals");
    case AOP_CONFLICTS:
      return ok_response(oas_schema_ref(p, "Conflicts"), "the conflicts");
    case AOP_PREFER:
      return ok_response(json_pack("{s:s,s:{s:o,s:{s:s,s:{s:s}}}}", "type",
        "object", "properties", "observation",
        oas_schema_ref(p, oas_schema_name(p, ENT_OBSERVATION, "")), "unmarked",
        "type", "array", "items", "type", "integer"), "marked");
    case AOP_IMPORT:
      return ok_response(json_pack("{s:s,s:{s:{s:s},s:{s:s},s:{s:s}}}",
        "type", "object", "properties", "imported", "type", "integer",
        "checked", "type", "integer", "dry_run", "type", "boolean"),
        "every element was imported (or checked)");
    case AOP_ME:
      return ok_response(oas_schema_ref(p, "Me"), "the caller");
    case AOP_AUDIT:
      return ok_response(json_pack("{s:s,s:{s:{s:s,s:o}}}", "type",
        "object", "properties", "entries", "type", "array", "items",
        oas_schema_ref(p, "AuditEntry")), "audit entries");
    case AOP_AUDIT_VERIFY:
      return ok_response(json_pack("{s:s,s:{s:{s:s},s:{s:s},s:{s:s},"
        "s:{s:s}},s:[s,s]}", "type", "object", "properties", "ok", "type",
        "boolean", "entries", "type", "integer", "first_bad", "type",
        "integer", "message", "type", "string", "required", "ok",
        "entries"), "the result of the check");
    case AOP_REPORTS:
      return ok_response(json_pack("{s:s,s:{s:{s:s,s:o}}}", "type", "object",
        "properties", "reports", "type", "array", "items",
        report_version_schema()), "the report versions");
    case AOP_REPORT_ISSUE:
      *pzStatus = "201";
      return ok_response(report_version_schema(),
                         "the version issued (pending for a public report)");
    case AOP_REPORT_APPROVE:
      return ok_response(json_pack("{s:s}", "type", "object"), "approved");
    case AOP_PLAN: case AOP_GOAL_LIFE: case AOP_STEP_STATE:
      return ok_response(json_pack("{s:s}", "type", "object"),
                         "as of the end of the day asked (docs/api.md)");
    case AOP_DIMENSIONS:
      return ok_response(json_pack("{s:s}", "type", "object"),
                         "the declarations the caller may see "
                         "(docs/api.md)");
    default:
      return ok_response(json_pack("{s:s}", "type", "object"),
                         "an OpenAPI 3.1 document");
  }
}

/* The operation object of route i. */
static json_t *operation(Req *p, int iRoute){
  const Route *pR = &aApiRoute[iRoute];
  const ApiDoc *pD = &aApiDoc[iRoute];
  json_t *pOp = json_object(), *pParams = json_array();
  json_t *pResp = json_object();
  const char *zStatus;
  int i, bBody = pD->eOp==AOP_CREATE || pD->eOp==AOP_PATCH
              || pD->eOp==AOP_IMPORT;
  int bAuth = pR->bLogin || pR->eAct!=ACT_READ;
  int bWrite = pR->zMethod[0]!='G';
  json_object_set_new(pOp, "operationId", json_string(op_id(p, pD->eOp,
                      pD->eEnt)));
  json_object_set_new(pOp, "summary", json_string(op_summary(p, pD->eOp,
                      pD->eEnt)));
  json_object_set_new(pOp, "tags", json_pack("[s]", pD->eEnt>=0
                      ? aEntity[pD->eEnt].zPlural : "accord"));
  if( strstr(pR->zPattern, "/:id") ){
    json_array_append_new(pParams, oas_ref_schema(
                          "#/components/parameters/IdOrCode"));
  }
  if( pD->eOp==AOP_LIST ) check_list_params(pD->eEnt, pR->aParam);
  for(i=0; pR->aParam && pR->aParam[i].zName; i++){
    const Field *pF = &pR->aParam[i];
    json_array_append_new(pParams, json_pack("{s:s,s:s,s:s,s:b,s:o}",
      "name", pF->zName, "in", "query", "description", pF->zHelp,
      "required", 0, "schema", oas_field_schema(pF, 1, 0)));
  }
  json_object_set_new(pOp, "parameters", pParams);
  if( bBody ){
    json_t *pSchema = pD->eOp==AOP_IMPORT
      ? json_pack("{s:s,s:o}", "type", "array", "items",
                  oas_schema_ref(p, "ImportRow"))
      : oas_schema_ref(p, oas_schema_name(p, pD->eEnt,
                   pD->eOp==AOP_CREATE ? "Input" : "Patch"));
    json_object_set_new(pOp, "requestBody", json_pack("{s:b,s:{s:{s:o}}}",
                        "required", 1, "content", "application/json",
                        "schema", pSchema));
  }
  if( pD->eOp==AOP_APPROVE ){
    /* An approval is a signature (docs/api.md): the content hash of the
    ** version shown, and the password or a signature made elsewhere. */
    json_object_set_new(pOp, "requestBody", json_pack(
      "{s:b,s:{s:{s:{s:s,s:[s],s:{s:{s:s,s:s},s:{s:s},s:{s:s},s:{s:s}}}}}}",
      "required", 1, "content", "application/json", "schema", "type",
      "object", "required", "content_hash", "properties", "content_hash",
      "type", "string", "description", "the canonical hash of the version "
      "approved", "password", "type", "string", "key_id", "type", "integer",
      "signature", "type", "string"));
  }
  if( pD->eOp==AOP_REPORT_ISSUE ){
    json_object_set_new(pOp, "requestBody", report_issue_body());
  }
  {
    json_t *pOk = op_ok(p, pD->eOp, pD->eEnt, &zStatus);
    json_object_set_new(pResp, zStatus, pOk);
  }
  add_error(pResp, "400");
  if( bAuth ){
    add_error(pResp, "401");
    add_error(pResp, "403");
  }
  if( strstr(pR->zPattern, "/:id") ) add_error(pResp, "404");
  if( pD->eOp==AOP_PATCH || pD->eOp==AOP_DELETE ){
    json_array_append_new(pParams, oas_ref_schema(
                          "#/components/parameters/IfMatch"));
    json_object_set_new(pResp, "409", with_etag(json_pack(
      "{s:s,s:{s:{s:{s:[o,o]}}}}", "description", "the item was changed "
      "since the version If-Match names (etag, version and current give "
      "it as it is now; nothing was changed), a duplicate code or value, "
      "or the item is still referred to", "content", "application/json",
      "schema", "anyOf", oas_schema_ref(p, "Error"), oas_schema_ref(p, "Stale"))));
  }else if( bWrite ){
    add_error(pResp, "409");
  }
  if( bWrite ){
    add_error(pResp, "413");
    add_error(pResp, "415");
    add_error(pResp, "503");
  }
  json_object_set_new(pOp, "responses", pResp);
  json_object_set_new(pOp, "security", bAuth
    ? json_pack("[{s:[]}]", "bearerAuth")
    : json_pack("[{},{s:[]}]", "bearerAuth"));
  return pOp;
}

/* Pattern "/api/v1/goals/:id/status" as an OpenAPI path, with {id}. */
static const char *oas_path(Req *p, const char *zPattern){
  Buf b = BUF_INIT;
  const char *z;
  char *zOut;
  for(z=zPattern; *z; z++){
    if( *z==':' ){
      size_t n = strcspn(z+1, "/");
      buf_putc(&b, '{');
      buf_append(&b, z+1, n);
      buf_putc(&b, '}');
      z += n;
    }else{
      buf_putc(&b, *z);
    }
  }
  zOut = arena_strdup(&p->arena, buf_str(&b));
  buf_free(&b);
  return zOut;
}

json_t *oas_error_responses(Req *p){
  json_t *pResps = json_object();
  int i;
  for(i=0; i<(int)(sizeof(aErrResp)/sizeof(aErrResp[0])); i++){
    json_object_set_new(pResps, aErrResp[i].zName, ok_response(
      oas_schema_ref(p, "Error"), aErrResp[i].zDesc));
  }
  return pResps;
}

json_t *oas_paths(Req *p){
  json_t *pPaths = json_object();
  int i;
  for(i=0; i<nApiRoute; i++){
    const char *zPath = oas_path(p, aApiRoute[i].zPattern);
    json_t *pItem = json_object_get(pPaths, zPath);
    char zMethod[8];
    int k;
    assert( aApiDoc[i].eEnt<0 || aApiDoc[i].eOp>=AOP_DIALOGUE_STATUS
         || strncmp(aApiRoute[i].zPattern+8, aEntity[aApiDoc[i].eEnt].zPlural,
                    strlen(aEntity[aApiDoc[i].eEnt].zPlural))==0 );
    if( pItem==0 ){
      pItem = json_object();
      json_object_set_new(pPaths, zPath, pItem);
    }
    for(k=0; aApiRoute[i].zMethod[k] && k<7; k++){
      zMethod[k] = (char)tolower((unsigned char)aApiRoute[i].zMethod[k]);
    }
    zMethod[k] = 0;
    json_object_set_new(pItem, zMethod, operation(p, i));
  }
  return pPaths;
}
