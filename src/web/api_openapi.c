/*
** api_openapi.c: GET /api/v1/openapi.json, the API described as an
** OpenAPI 3.1 document generated from the tables the API itself runs on.
**
** The schemas of items come from the entity tables of model.c (a field's
** type, enumeration, reference, whether it is required, its help line);
** the paths, parameters, access and bodies from aApiRoute and its
** parallel aApiDoc (api_route.c).  So the document cannot fall out of
** step with the code: a field added to model.c appears in every schema,
** a route added to API_ROUTES appears in the paths.  The document is
** built once per request with jansson; the reply cache of http.c keeps
** it.  docs/api.md gives the command that validates it.
*/
#include "api.h"

#include <assert.h>
#include <ctype.h>
#include <string.h>

/* The name of entity e's schema: its title in CamelCase ("framework
** area" -> "FrameworkArea"), followed by zSuffix ("Input", ...). */
static const char *schema_name(Req *p, int e, const char *zSuffix){
  Buf b = BUF_INIT;
  const char *z;
  int bUp = 1;
  char *zOut;
  for(z=aEntity[e].zTitle; *z; z++){
    if( *z==' ' || *z=='-' ){
      bUp = 1;
      continue;
    }
    buf_putc(&b, bUp ? (char)toupper((unsigned char)*z) : *z);
    bUp = 0;
  }
  buf_puts(&b, zSuffix);
  zOut = arena_strdup(&p->arena, buf_str(&b));
  buf_free(&b);
  return zOut;
}

/* {"$ref": "#/components/schemas/NAME"} */
static json_t *ref_schema(const char *zName){
  json_t *pJ = json_object();
  json_object_set_new(pJ, "$ref", json_string(zName));
  return pJ;
}
static json_t *schema_ref(Req *p, const char *zName){
  return ref_schema(arena_printf(&p->arena, "#/components/schemas/%s",
                                 zName));
}

/* A "type" that may be null: "T" or ["T", "null"]. */
static json_t *type_of(const char *zType, int bNull){
  return bNull ? json_pack("[s,s]", zType, "null") : json_string(zType);
}

/* The schema of field pF.  bInput: as a client sends it (references as
** id or code); bNull: null is allowed. */
static json_t *field_schema(const Field *pF, int bInput, int bNull){
  json_t *pS = json_object();
  int i;
  switch( pF->eType ){
    case FT_INT:
      json_object_set_new(pS, "type", type_of("integer", bNull));
      break;
    case FT_REAL:
      json_object_set_new(pS, "type", type_of("number", bNull));
      break;
    case FT_BOOL:
      json_object_set_new(pS, "type", type_of("boolean", bNull));
      break;
    case FT_DATE:
      json_object_set_new(pS, "type", type_of("string", bNull));
      json_object_set_new(pS, "format", json_string("date"));
      break;
    case FT_PERIOD:
      json_object_set_new(pS, "type", type_of("string", bNull));
      json_object_set_new(pS, "pattern", json_string(
        "^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$"));
      break;
    case FT_ENUM: {
      json_t *pEnum = json_array();
      for(i=0; pF->azEnum[i]; i++){
        json_array_append_new(pEnum, json_string(pF->azEnum[i]));
      }
      if( bNull ) json_array_append_new(pEnum, json_null());
      json_object_set_new(pS, "type", type_of("string", bNull));
      json_object_set_new(pS, "enum", pEnum);
      break;
    }
    case FT_REF:
      if( bInput ){
        json_object_set_new(pS, "type", bNull
          ? json_pack("[s,s,s]", "integer", "string", "null")
          : json_pack("[s,s]", "integer", "string"));
      }else{
        json_object_set_new(pS, "type", type_of("integer", bNull));
      }
      break;
    default:
      json_object_set_new(pS, "type", type_of("string", bNull));
      break;
  }
  if( pF->zHelp && pF->eType==FT_REF ){
    json_object_set_new(pS, "description", json_pack("s+", pF->zHelp,
                        bInput ? ": its id or code" : ": its id"));
  }else if( pF->zHelp ){
    json_object_set_new(pS, "description", json_string(pF->zHelp));
  }
  if( pF->flags & FF_AUTO ) json_object_set_new(pS, "readOnly", json_true());
  return pS;
}

/* The four schemas of entity e into pSchemas: the item as read (every
** field present, null when empty), as sent to add one (Input: required
** fields without defaults are required), as sent to change one (Patch:
** nothing required, null clears) and a page of a list (List). */
static void entity_schemas(Req *p, int e, json_t *pSchemas){
  const EntityDef *pE = &aEntity[e];
  json_t *pProps = json_object(), *pReq = json_array();
  json_t *pIn = json_object(), *pInReq = json_array(), *pPatch = json_object();
  int i;
  json_object_set_new(pProps, "id", json_pack("{s:s,s:i,s:s}", "type",
                      "integer", "minimum", 1, "description", "the id"));
  json_array_append_new(pReq, json_string("id"));
  /* Only in the reply of one item (api_item.c): what it is read under. */
  json_object_set_new(pProps, "read_under", json_pack(
    "{s:s,s:s,s:{s:{s:s,s:[sss]},s:{s:s,s:{s:{s:s},s:{s:s}}},"
    "s:{s:s}},s:[s],s:b}", "type", "object", "description",
    "the classification the item is read under: its own, or that of a "
    "parent it inherits (from); never_public for people, members, "
    "contacts, benefits and participants; only in the reply of one item",
    "properties", "classification", "type", "string", "enum", "public",
    "internal", "restricted", "from", "type", "object", "properties",
    "kind", "type", "string", "id", "type", "integer", "never_public",
    "type", "boolean", "required", "classification",
    "additionalProperties", 0));
  for(i=0; i<pE->nField; i++){
    const Field *pF = &pE->aField[i];
    int bReq = (pF->flags & FF_REQUIRED)!=0;
    json_object_set_new(pProps, pF->zName, field_schema(pF, 0, !bReq));
    json_array_append_new(pReq, json_string(pF->zName));
    if( pF->flags & FF_AUTO ) continue;
    bReq = bReq && model_field_default(e, i)==0;
    json_object_set_new(pIn, pF->zName, field_schema(pF, 1, !bReq));
    if( bReq ) json_array_append_new(pInReq, json_string(pF->zName));
    json_object_set_new(pPatch, pF->zName, field_schema(pF, 1,
                        !(pF->flags & FF_REQUIRED)));
  }
  json_object_set_new(pSchemas, schema_name(p, e, ""), json_pack(
    "{s:s,s:s,s:o,s:o,s:b}", "type", "object", "description", pE->zHelp,
    "properties", pProps, "required", pReq, "additionalProperties", 0));
  json_object_set_new(pSchemas, schema_name(p, e, "Input"), json_pack(
    "{s:s,s:s,s:o,s:o,s:b}", "type", "object", "description",
    arena_printf(&p->arena, "a new %s: fields not given take their "
                 "defaults", pE->zTitle), "properties", pIn, "required",
    pInReq, "additionalProperties", 0));
  json_object_set_new(pSchemas, schema_name(p, e, "Patch"), json_pack(
    "{s:s,s:s,s:o,s:i,s:b}", "type", "object", "description",
    arena_printf(&p->arena, "fields of a %s to change; null clears a "
                 "field", pE->zTitle), "properties", pPatch,
    "minProperties", 1, "additionalProperties", 0));
  json_object_set_new(pSchemas, schema_name(p, e, "List"), json_pack(
    "{s:s,s:{s:{s:s,s:o},s:{s:s},s:{s:s},s:{s:s}},s:[s,s,s,s]}",
    "type", "object", "properties", pE->zPlural, "type", "array", "items",
    schema_ref(p, schema_name(p, e, "")), "total", "type", "integer",
    "limit", "type", "integer", "offset", "type", "integer",
    "required", pE->zPlural, "total", "limit", "offset"));
}

/* {"type": T} or {"type": [T, "null"]}. */
static json_t *ty(const char *zType, int bNull){
  return json_pack("{s:o}", "type", type_of(zType, bNull));
}

/* A new object schema; prop() adds a property (taking pSchema). */
static json_t *obj_schema(void){
  return json_pack("{s:s,s:{}}", "type", "object", "properties");
}
static void prop(json_t *pObj, const char *zName, json_t *pSchema){
  json_object_set_new(json_object_get(pObj, "properties"), zName, pSchema);
}
/* Make properties zA, zB, ... (NULL-ended) of pObj required. */
static void required(json_t *pObj, const char *const *az){
  json_t *pArr = json_array();
  int i;
  for(i=0; az[i]; i++) json_array_append_new(pArr, json_string(az[i]));
  json_object_set_new(pObj, "required", pArr);
}
/* An array schema of items pItems. */
static json_t *arr_schema(json_t *pItems){
  return json_pack("{s:s,s:o}", "type", "array", "items", pItems);
}
/* A string schema with the names of az (a name table of n entries). */
static json_t *enum_schema(const char *const *az, int n){
  json_t *pEnum = json_array();
  int i;
  for(i=0; i<n; i++) json_array_append_new(pEnum, json_string(az[i]));
  return json_pack("{s:s,s:o}", "type", "string", "enum", pEnum);
}

/* Schemas that are not items.  pS already holds the items' schemas. */
static void other_schemas(Req *p, json_t *pS){
  static const char *const azErrReq[] = { "code", "name", "message", 0 };
  static const char *const azTop[] = { "error", 0 };
  static const char *const azImpReq[] = {
    "indicator", "period", "value", 0
  };
  json_t *pErr = obj_schema(), *pTop = obj_schema(), *pItem, *pObj, *pSub;
  int i;
  /* Error */
  prop(pErr, "code", json_pack("{s:s,s:i,s:i,s:s}", "type", "integer",
       "minimum", 0, "maximum", ACC_RC__MAX-1, "description", "the AccRc "
       "code: 1 invalid, 2 not_found, 3 conflict, 4 busy, 5 io; released "
       "numbers never change"));
  prop(pErr, "name", enum_schema(azAccRcName, ACC_RC__MAX));
  prop(pErr, "message", ty("string", 0));
  prop(pErr, "field", json_pack("{s:s,s:s}", "type", "string",
       "description", "the field or parameter at fault, if there is one"));
  prop(pErr, "index", json_pack("{s:s,s:s}", "type", "integer",
       "description", "import: the index of the first element at fault"));
  prop(pErr, "count", json_pack("{s:s,s:s}", "type", "integer",
       "description", "import: the number of errors found"));
  pItem = obj_schema();
  prop(pItem, "index", ty("integer", 0));
  prop(pItem, "field", ty("string", 1));
  prop(pItem, "message", ty("string", 0));
  prop(pErr, "errors", arr_schema(pItem));
  required(pErr, azErrReq);
  prop(pTop, "error", pErr);
  required(pTop, azTop);
  json_object_set_new(pS, "Error", pTop);
  /* Stale: the 409 of a write whose If-Match names an old version. */
  pObj = json_deep_copy(pTop);
  json_object_set_new(pObj, "description", json_string("an error; when "
    "If-Match named a version that is no longer current, also the "
    "item's current ETag and version and the item as it is now"));
  prop(pObj, "etag", json_pack("{s:s,s:s}", "type", "string",
       "description", "the item's current ETag, to send as If-Match"));
  prop(pObj, "version", ty("integer", 0));
  prop(pObj, "current", json_pack("{s:[s,s],s:s}", "type", "object", "null",
       "description", "the item as it is now: what the other writer made "
       "of it"));
  json_object_set_new(pS, "Stale", pObj);
  /* GoalStatus: a goal and its verdict (the goal's schema, extended:
  ** allOf would trip on its additionalProperties). */
  pObj = json_deep_copy(json_object_get(pS, schema_name(p, ENT_GOAL, "")));
  json_object_set_new(pObj, "description", json_string("a goal and its "
                      "status at a date"));
  prop(pObj, "area", ty("string", 1));
  prop(pObj, "status", enum_schema(azStatusName, STATUS__MAX));
  prop(pObj, "explanation", ty("string", 0));
  /* What a reader of the request's language reads (api_status.c). */
  pSub = obj_schema();
  json_object_set_new(pSub, "description", json_string("the goal in the "
                      "reader's language (?lang=, Accept-Language): title, "
                      "area, status label and explanation; title_fallback "
                      "when the title has no Serbian form yet"));
  prop(pSub, "lang", ty("string", 0));
  prop(pSub, "title", ty("string", 0));
  prop(pSub, "title_fallback", ty("boolean", 0));
  prop(pSub, "area", ty("string", 0));
  prop(pSub, "status_label", ty("string", 0));
  prop(pSub, "explanation", ty("string", 0));
  prop(pObj, "localized", pSub);
  prop(pObj, "ratio", ty("number", 1));
  prop(pObj, "observed_rate_pct", ty("number", 1));
  pSub = obj_schema();
  json_object_set_new(pSub, "type", type_of("object", 1));
  prop(pSub, "period", ty("string", 0));
  prop(pSub, "value", ty("number", 0));
  prop(pSub, "target", ty("number", 0));
  prop(pObj, "projection", pSub);
  /* latest: a closed period with nothing reported has no value
  ** (count goals, docs/status.md 6). */
  pSub = obj_schema();
  json_object_set_new(pSub, "type", type_of("object", 1));
  prop(pSub, "period", ty("string", 0));
  prop(pSub, "value", ty("number", 1));
  prop(pSub, "not_reported", ty("boolean", 0));
  prop(pObj, "latest", pSub);
  prop(pObj, "conflicts", ty("integer", 0));
  pSub = obj_schema();
  json_object_set_new(pSub, "type", type_of("object", 1));
  prop(pSub, "change_pct", ty("number", 0));
  prop(pSub, "against_verdict", ty("boolean", 0));
  prop(pObj, "year_to_date", pSub);
  pSub = obj_schema();
  prop(pSub, "due", ty("integer", 0));
  prop(pSub, "reported", ty("integer", 0));
  prop(pObj, "completeness", pSub);
  {
    /* The sources of the judged figures (goalstat_json.c). */
    json_t *pSrc = obj_schema(), *pFig, *pVer, *pOne;
    json_object_set_new(pSrc, "description", json_string("a source: its "
                        "id, code, title, publisher and short name"));
    prop(pSrc, "id", ty("integer", 0));
    prop(pSrc, "code", ty("string", 0));
    prop(pSrc, "title", ty("string", 0));
    prop(pSrc, "publisher", ty("string", 0));
    prop(pSrc, "short", ty("string", 0));
    pOne = json_pack("{s:[o,{s:s,s:[s]},{s:s}]}", "oneOf", pSrc,
                     "type", "string", "enum", "several", "type", "null");
    prop(pObj, "source", json_deep_copy(pOne));
    pFig = obj_schema();
    prop(pFig, "period", ty("string", 0));
    prop(pFig, "value", ty("number", 1));
    prop(pFig, "not_reported", ty("boolean", 0));
    prop(pFig, "events", ty("boolean", 0));
    prop(pFig, "source", json_deep_copy(pOne));
    pSub = obj_schema();
    prop(pSub, "with_data", ty("integer", 0));
    prop(pSub, "of", ty("integer", 0));
    prop(pFig, "sub_periods", pSub);
    prop(pFig, "baseline", ty("boolean", 0));
    prop(pFig, "revised", ty("boolean", 0));
    prop(pFig, "preferred", ty("boolean", 0));
    prop(pObj, "figures", arr_schema(pFig));
    {
      /* reopened: an owner's choice a later disagreeing value reopened */
      json_t *pRe = obj_schema(), *pC = obj_schema(), *pN;
      json_object_set_new(pRe, "type", type_of("object", 1));
      prop(pC, "period", ty("string", 0));
      prop(pC, "value", ty("number", 0));
      prop(pC, "source", json_deep_copy(pOne));
      pN = json_deep_copy(pC);
      prop(pRe, "period", ty("string", 0));
      prop(pRe, "periods", ty("integer", 0));
      prop(pRe, "chosen", pC);
      prop(pRe, "new", pN);
      prop(pObj, "reopened", pRe);
    }
    pVer = obj_schema();
    prop(pVer, "source", pOne);
    prop(pVer, "status", enum_schema(azStatusName, STATUS__MAX));
    pSub = obj_schema();
    json_object_set_new(pSub, "type", type_of("object", 1));
    prop(pSub, "period", ty("string", 0));
    prop(pSub, "value", ty("number", 0));
    prop(pVer, "latest", pSub);
    prop(pObj, "verdicts", arr_schema(pVer));
    prop(pObj, "known_on", json_pack("{s:s,s:s}", "type", "string",
                                     "format", "date"));
  }
  prop(pObj, "at", json_pack("{s:s,s:s}", "type", "string", "format",
                              "date"));
  prop(pObj, "indicator", json_pack("{s:[o,{s:s}]}", "oneOf",
       schema_ref(p, schema_name(p, ENT_INDICATOR, "")), "type", "null"));
  json_object_set_new(pS, "GoalStatus", pObj);
  /* DialogueStatus */
  pObj = obj_schema();
  prop(pObj, "dialogue_id", ty("integer", 0));
  prop(pObj, "dialogue", ty("string", 0));
  prop(pObj, "title", ty("string", 0));
  prop(pObj, "at", json_pack("{s:s,s:s}", "type", "string", "format",
                              "date"));
  prop(pObj, "known_on", json_pack("{s:s,s:s}", "type", "string", "format",
                                   "date"));
  pSub = obj_schema();
  for(i=0; i<STATUS__MAX; i++) prop(pSub, azStatusName[i], ty("integer", 0));
  prop(pObj, "counts", pSub);
  prop(pObj, "goals", arr_schema(schema_ref(p, "GoalStatus")));
  json_object_set_new(pS, "DialogueStatus", pObj);
  /* Approvals */
  pObj = obj_schema();
  prop(pObj, "kind", ty("string", 0));
  prop(pObj, "id", ty("integer", 0));
  prop(pObj, "published", ty("boolean", 0));
  pItem = obj_schema();
  prop(pItem, "party_id", ty("integer", 0));
  prop(pItem, "party", ty("string", 0));
  prop(pItem, "name", ty("string", 0));
  prop(pItem, "login", json_pack("{s:s,s:s}", "type", "string",
       "description", "shown to logged-in callers only"));
  prop(pItem, "at", ty("string", 0));
  prop(pItem, "current", ty("boolean", 0));
  prop(pObj, "approvals", arr_schema(pItem));
  json_object_set_new(pS, "Approvals", pObj);
  /* AuditEntry and History */
  pItem = obj_schema();
  prop(pItem, "id", ty("integer", 0));
  prop(pItem, "at", ty("string", 0));
  prop(pItem, "actor", ty("string", 0));
  prop(pItem, "action", ty("string", 0));
  prop(pItem, "entity", ty("string", 0));
  prop(pItem, "item_id", ty("integer", 1));
  prop(pItem, "data", json_pack("{s:s}", "description", "the row (insert, "
       "delete) or [old, new] per changed field (update); null if "
       "redacted: the caller could not see the item, or its visibility "
       "parent, at that entry"));
  prop(pItem, "redacted", ty("boolean", 0));
  prop(pItem, "hash", ty("string", 0));
  prop(pItem, "prev_hash", ty("string", 0));
  json_object_set_new(pS, "AuditEntry", pItem);
  pObj = obj_schema();
  prop(pObj, "kind", ty("string", 0));
  prop(pObj, "id", ty("integer", 0));
  prop(pObj, "entries", arr_schema(schema_ref(p, "AuditEntry")));
  json_object_set_new(pS, "History", pObj);
  /* Conflicts */
  pItem = obj_schema();
  prop(pItem, "id", ty("integer", 0));
  prop(pItem, "value", ty("number", 0));
  prop(pItem, "source_id", ty("integer", 1));
  prop(pItem, "source", ty("string", 1));
  prop(pItem, "entered_by", ty("string", 0));
  prop(pItem, "entered_at", ty("string", 0));
  prop(pItem, "preferred", ty("boolean", 0));
  pSub = obj_schema();
  prop(pSub, "indicator_id", ty("integer", 0));
  prop(pSub, "indicator", ty("string", 0));
  prop(pSub, "indicator_name", ty("string", 0));
  prop(pSub, "period", ty("string", 0));
  prop(pSub, "reopened", ty("boolean", 0));
  prop(pSub, "observations", arr_schema(pItem));
  pObj = obj_schema();
  prop(pObj, "conflicts", arr_schema(pSub));
  json_object_set_new(pS, "Conflicts", pObj);
  /* ImportRow */
  pObj = obj_schema();
  prop(pObj, "indicator", json_pack("{s:[s,s],s:s}", "type", "integer",
       "string", "description", "the indicator's id or code"));
  prop(pObj, "period", json_pack("{s:[s,s],s:s}", "type", "string",
       "integer", "description", "2025, 2025-Q3 or 2025-07: the "
       "indicator's frequency"));
  prop(pObj, "value", json_pack("{s:[s,s],s:s}", "type", "number",
       "string", "description", "a finite number"));
  prop(pObj, "source", json_pack("{s:[s,s,s],s:s}", "type", "integer",
       "string", "null", "description", "an existing source's id or code"));
  prop(pObj, "note", ty("string", 1));
  required(pObj, azImpReq);
  json_object_set_new(pObj, "additionalProperties", json_false());
  json_object_set_new(pS, "ImportRow", pObj);
  /* Me */
  pObj = obj_schema();
  prop(pObj, "logged_in", ty("boolean", 0));
  prop(pObj, "role", enum_schema(azRoleName, ROLE__MAX));
  prop(pObj, "role_label", ty("string", 0));
  prop(pObj, "clearance", enum_schema(azClassName, CLASS__MAX));
  prop(pObj, "login", ty("string", 1));
  prop(pObj, "name", ty("string", 1));
  prop(pObj, "party_id", ty("integer", 1));
  prop(pObj, "lang", ty("string", 0));
  prop(pObj, "may_write", arr_schema(ty("string", 0)));
  prop(pObj, "may_approve", arr_schema(ty("string", 0)));
  prop(pObj, "admin", ty("boolean", 0));
  json_object_set_new(pS, "Me", pObj);
}

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
      json_object_set_new(pResp, zStatus, ref_schema(zRef));
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
    "approve_report_version", "plan", "life", "state", "openapi"
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
      return ok_response(schema_ref(p, schema_name(p, e, "List")),
                         "one page of the items the caller may see");
    case AOP_CREATE:
      *pzStatus = "201";
      return with_etag(ok_response(schema_ref(p, schema_name(p, e, "")),
                       "added; Location names the new item"));
    case AOP_GET: case AOP_PATCH:
      return with_etag(ok_response(schema_ref(p, schema_name(p, e, "")),
                       "the item"));
    case AOP_DELETE:
      return ok_response(json_pack("{s:s,s:{s:{s:s},s:{s:s}}}", "type",
        "object", "properties", "id", "type", "integer", "deleted", "type",
        "boolean"), "removed");
    case AOP_HISTORY:
      return ok_response(schema_ref(p, "History"), "audit entries");
    case AOP_DIALOGUE_STATUS:
      return ok_response(schema_ref(p, "DialogueStatus"), "statuses");
    case AOP_GOAL_STATUS:
      return ok_response(schema_ref(p, "GoalStatus"), "the status");
    case AOP_APPROVALS: case AOP_APPROVE:
      return ok_response(schema_ref(p, "Approvals"), "the approvals");
    case AOP_CONFLICTS:
      return ok_response(schema_ref(p, "Conflicts"), "the conflicts");
    case AOP_PREFER:
      return ok_response(json_pack("{s:s,s:{s:o,s:{s:s,s:{s:s}}}}", "type",
        "object", "properties", "observation",
        schema_ref(p, schema_name(p, ENT_OBSERVATION, "")), "unmarked",
        "type", "array", "items", "type", "integer"), "marked");
    case AOP_IMPORT:
      return ok_response(json_pack("{s:s,s:{s:{s:s},s:{s:s},s:{s:s}}}",
        "type", "object", "properties", "imported", "type", "integer",
        "checked", "type", "integer", "dry_run", "type", "boolean"),
        "every element was imported (or checked)");
    case AOP_ME:
      return ok_response(schema_ref(p, "Me"), "the caller");
    case AOP_AUDIT:
      return ok_response(json_pack("{s:s,s:{s:{s:s,s:o}}}", "type",
        "object", "properties", "entries", "type", "array", "items",
        schema_ref(p, "AuditEntry")), "audit entries");
    case AOP_AUDIT_VERIFY:
      return ok_response(json_pack("{s:s,s:{s:{s:s},s:{s:s},s:{s:s},"
        "s:{s:s}},s:[s,s]}", "type", "object", "properties", "ok", "type",
        "boolean", "entries", "type", "integer", "first_bad", "type",
        "integer", "message", "type", "string", "required", "ok",
        "entries"), "the result of the check");
    case AOP_REPORTS:
      return ok_response(json_pack("{s:s,s:{s:{s:s}}}", "type", "object",
        "properties", "reports", "type", "array"), "the report versions");
    case AOP_REPORT_ISSUE:
      *pzStatus = "201";
      return ok_response(json_pack("{s:s}", "type", "object"),
                         "the version issued (pending for a public report)");
    case AOP_REPORT_APPROVE:
      return ok_response(json_pack("{s:s}", "type", "object"), "approved");
    case AOP_PLAN: case AOP_GOAL_LIFE: case AOP_STEP_STATE:
      return ok_response(json_pack("{s:s}", "type", "object"),
                         "as of the end of the day asked (docs/api.md)");
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
    json_array_append_new(pParams, ref_schema(
                          "#/components/parameters/IdOrCode"));
  }
  if( pD->eOp==AOP_LIST ) check_list_params(pD->eEnt, pR->aParam);
  for(i=0; pR->aParam && pR->aParam[i].zName; i++){
    const Field *pF = &pR->aParam[i];
    json_array_append_new(pParams, json_pack("{s:s,s:s,s:s,s:b,s:o}",
      "name", pF->zName, "in", "query", "description", pF->zHelp,
      "required", 0, "schema", field_schema(pF, 1, 0)));
  }
  json_object_set_new(pOp, "parameters", pParams);
  if( bBody ){
    json_t *pSchema = pD->eOp==AOP_IMPORT
      ? json_pack("{s:s,s:o}", "type", "array", "items",
                  schema_ref(p, "ImportRow"))
      : schema_ref(p, schema_name(p, pD->eEnt,
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
    json_array_append_new(pParams, ref_schema(
                          "#/components/parameters/IfMatch"));
    json_object_set_new(pResp, "409", with_etag(json_pack(
      "{s:s,s:{s:{s:{s:[o,o]}}}}", "description", "the item was changed "
      "since the version If-Match names (etag, version and current give "
      "it as it is now; nothing was changed), a duplicate code or value, "
      "or the item is still referred to", "content", "application/json",
      "schema", "anyOf", schema_ref(p, "Error"), schema_ref(p, "Stale"))));
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

/*
** GET /api/v1/openapi.json: the OpenAPI 3.1 document of this API.
*/
void api_openapi(Req *p){
  json_t *pDoc, *pPaths = json_object(), *pSchemas = json_object();
  json_t *pResps = json_object();
  int i, e;
  for(e=0; e<ENT__MAX; e++) entity_schemas(p, e, pSchemas);
  other_schemas(p, pSchemas);
  for(i=0; i<(int)(sizeof(aErrResp)/sizeof(aErrResp[0])); i++){
    json_object_set_new(pResps, aErrResp[i].zName, ok_response(
      schema_ref(p, "Error"), aErrResp[i].zDesc));
  }
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
  pDoc = json_pack("{s:s,s:{s:s,s:s,s:s},s:o}", "openapi", "3.1.0",
    "info", "title", "Accord API", "version", "1.0.0", "description",
    "The JSON API of Accord: bilateral strategic dialogues, their goals, "
    "indicators, observations and statuses.  Reads are open (the public "
    "sees public items and jointly published goals and documents only); "
    "an API token (accord token add LOGIN) identifies the caller, whose "
    "role decides what they may read and write.  See docs/api.md.",
    "paths", pPaths);
  json_object_set_new(pDoc, "components", json_pack("{s:o,s:o,s:{s:{s:s,"
    "s:s,s:s,s:b,s:{s:s}}},s:{s:{s:s,s:s,s:s,s:s}}}",
    "schemas", pSchemas, "responses", pResps,
    "parameters", "IdOrCode", "name", "id", "in", "path", "description",
    "the item's id, or its code", "required", 1, "schema", "type", "string",
    "securitySchemes", "bearerAuth", "type", "http", "scheme", "bearer",
    "bearerFormat", "64 hex digits", "description", "an API token from "
    "`accord token add LOGIN`"));
  {
    json_t *pComp = json_object_get(pDoc, "components");
    json_object_set_new(json_object_get(pComp, "parameters"), "IfMatch",
      json_pack("{s:s,s:s,s:s,s:b,s:{s:s,s:s}}", "name", "If-Match", "in",
      "header", "description", "the item's ETag as read (\"v123\", quotes "
      "included): the write is made only if the item is still at that "
      "version, else 409 and nothing changes.  Clients SHOULD send it; "
      "without it (or with *) the write is made whatever the version; a "
      "malformed value is 400", "required", 0, "schema", "type", "string",
      "pattern", "^(\\*|\"v(0|[1-9][0-9]*)\")$"));
    json_object_set_new(pComp, "headers", json_pack("{s:{s:s,s:{s:s}}}",
      "ETag", "description", "the item's version (its latest audit entry) "
      "as a strong ETag, \"v123\": send it as If-Match to change or "
      "remove the item", "schema", "type", "string"));
  }
  req_json(p, pDoc);
}
