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
** it.  docs/api.md gives the command that validates it.  The schemas and
** the document are written here, the paths in api_openapi_paths.c.
*/
#include "api.h"

#include <ctype.h>
#include <string.h>

/* The name of entity e's schema: its title in CamelCase ("framework
** area" -> "FrameworkArea"), followed by zSuffix ("Input", ...). */
const char *oas_schema_name(Req *p, int e, const char *zSuffix){
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
json_t *oas_ref_schema(const char *zName){
  json_t *pJ = json_object();
  json_object_set_new(pJ, "$ref", json_string(zName));
  return pJ;
}
json_t *oas_schema_ref(Req *p, const char *zName){
  return oas_ref_schema(arena_printf(&p->arena, "#/components/schemas/%s",
                                 zName));
}

/* A "type" that may be null: "T" or ["T", "null"]. */
static json_t *type_of(const char *zType, int bNull){
  return bNull ? json_pack("[s,s]", zType, "null") : json_string(zType);
}

/* The schema of field pF.  bInput: as a client sends it (references as
** id or code); bNull: null is allowed. */
json_t *oas_field_schema(const Field *pF, int bInput, int bNull){
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
    json_object_set_new(pProps, pF->zName, oas_field_schema(pF, 0, !bReq));
    json_array_append_new(pReq, json_string(pF->zName));
    if( pF->flags & FF_AUTO ) continue;
    bReq = bReq && model_field_default(e, i)==0;
    json_object_set_new(pIn, pF->zName, oas_field_schema(pF, 1, !bReq));
    if( bReq ) json_array_append_new(pInReq, json_string(pF->zName));
    json_object_set_new(pPatch, pF->zName, oas_field_schema(pF, 1,
                        !(pF->flags & FF_REQUIRED)));
  }
  json_object_set_new(pSchemas, oas_schema_name(p, e, ""), json_pack(
    "{s:s,s:s,s:o,s:o,s:b}", "type", "object", "description", pE->zHelp,
    "properties", pProps, "required", pReq, "additionalProperties", 0));
  json_object_set_new(pSchemas, oas_schema_name(p, e, "Input"), json_pack(
    "{s:s,s:s,s:o,s:o,s:b}", "type", "object", "description",
    arena_printf(&p->arena, "a new %s: fields not given take their "
                 "defaults", pE->zTitle), "properties", pIn, "required",
    pInReq, "additionalProperties", 0));
  json_object_set_new(pSchemas, oas_schema_name(p, e, "Patch"), json_pack(
    "{s:s,s:s,s:o,s:i,s:b}", "type", "object", "description",
    arena_printf(&p->arena, "fields of a %s to change; null clears a "
                 "field", pE->zTitle), "properties", pPatch,
    "minProperties", 1, "additionalProperties", 0));
  json_object_set_new(pSchemas, oas_schema_name(p, e, "List"), json_pack(
    "{s:s,s:{s:{s:s,s:o},s:{s:s},s:{s:s},s:{s:s}},s:[s,s,s,s]}",
    "type", "object", "properties", pE->zPlural, "type", "array", "items",
    oas_schema_ref(p, oas_schema_name(p, e, "")), "total", "type", "integer",
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
  pObj = json_deep_copy(json_object_get(pS, oas_schema_name(p, ENT_GOAL, "")));
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
       oas_schema_ref(p, oas_schema_name(p, ENT_INDICATOR, "")), "type", "null"));
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
  prop(pObj, "goals", arr_schema(oas_schema_ref(p, "GoalStatus")));
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
  prop(pObj, "entries", arr_schema(oas_schema_ref(p, "AuditEntry")));
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
  prop(pObj, "note_sr", ty("string", 1));
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

/*
** GET /api/v1/openapi.json: the OpenAPI 3.1 document of this API.
*/
void api_openapi(Req *p){
  json_t *pDoc, *pPaths, *pSchemas = json_object(), *pResps;
  int e;
  for(e=0; e<ENT__MAX; e++) entity_schemas(p, e, pSchemas);
  other_schemas(p, pSchemas);
  pResps = oas_error_responses(p);
  pPaths = oas_paths(p);
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
