/*
** fixture.c: loading and writing JSON fixtures (see fixture.h).
**
** Values are converted to text and go through model_value_parse(), so a
** fixture is checked exactly like the command line; then each item goes
** through store_item_insert() with its reference and code checks and its
** audit entry.
*/

#include "fixture.h"
#include "fixtureInt.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Convert JSON value pJ to text in zBuf (or point *pz at its string).
** Returns 0, or -1 for arrays and objects. */
static int json_text(json_t *pJ, char *zBuf, int nBuf, const char **pz){
  switch( json_typeof(pJ) ){
    case JSON_STRING:  *pz = json_string_value(pJ); return 0;
    case JSON_INTEGER:
      snprintf(zBuf, nBuf, "%lld", (long long)json_integer_value(pJ));
      break;
    case JSON_REAL:
      snprintf(zBuf, nBuf, "%.17g", json_real_value(pJ));
      break;
    case JSON_TRUE:    snprintf(zBuf, nBuf, "1"); break;
    case JSON_FALSE:   snprintf(zBuf, nBuf, "0"); break;
    case JSON_NULL:    zBuf[0] = 0; break;
    default:           return -1;
  }
  *pz = zBuf;
  return 0;
}

/* Load one item of entity e from object pObj (the i-th of its array).
** Returns ACC_OK or an error described in zErr. */
static AccRc load_item(Store *p, int e, int i, json_t *pObj, Arena *pA,
                       char *zErr, int nErr){
  const EntityDef *pE = &aEntity[e];
  Value aVal[MAX_FIELDS];
  const char *zKey;
  json_t *pV;
  char zMsg[400], zWhere[200], zAt[21];
  int j, iCode = model_code_field(e);
  AccRc rc;
  if( !json_is_object(pObj) ){
    snprintf(zErr, nErr, "%s[%d]: expected an object", pE->zPlural, i);
    return ACC_INVALID;
  }
  snprintf(zWhere, sizeof(zWhere), "%s[%d]", pE->zPlural, i);
  if( iCode>=0 && json_is_string(json_object_get(pObj, "code")) ){
    snprintf(zWhere, sizeof(zWhere), "%s[%d] (%s)", pE->zPlural, i,
             json_string_value(json_object_get(pObj, "code")));
  }
  json_object_foreach(pObj, zKey, pV){
    if( model_field_find(e, zKey)<0 ){
      snprintf(zErr, nErr, "%s: unknown field \"%s\"", zWhere, zKey);
      return ACC_INVALID;
    }
  }
  for(j=0; j<pE->nField; j++){
    const Field *pF = &pE->aField[j];
    char zNum[64];
    const char *z = 0;
    pV = json_object_get(pObj, pF->zName);
    if( pV==0 ){
      z = model_field_default(e, j);
    }else if( json_text(pV, zNum, sizeof(zNum), &z) ){
      snprintf(zErr, nErr, "%s: %s: expected a single value", zWhere,
               pF->zName);
      return ACC_INVALID;
    }
    if( z ) z = arena_strdup(pA, z);
    if( model_value_parse(pF, z, &aVal[j], zMsg, sizeof(zMsg))
     || (pF->eType==FT_REF
         && store_ref_resolve(p, pF->eRef, &aVal[j], zMsg, sizeof(zMsg))) ){
      snprintf(zErr, nErr, "%s: %s: %s", zWhere, pF->zName, zMsg);
      return ACC_INVALID;
    }
  }
  if( model_field_find(e, "entered_by")>=0 ){
    Value *pBy = &aVal[model_field_find(e, "entered_by")];
    Value *pAt = &aVal[model_field_find(e, "entered_at")];
    if( pBy->eType==VAL_NULL ){
      pBy->eType = VAL_TEXT;
      pBy->z = store_actor(p);
    }
    if( pAt->eType==VAL_NULL ){
      store_now(zAt);
      pAt->eType = VAL_TEXT;
      pAt->z = arena_strdup(pA, zAt);
    }
  }
  rc = store_item_insert(p, e, aVal, 0, zMsg, sizeof(zMsg));
  if( rc ) snprintf(zErr, nErr, "%s: %s", zWhere, zMsg);
  return rc;
}

AccRc fixture_load(Store *p, const char *z, size_t n, const char *zName,
                   int *pnItem, char *zErr, int nErr){
  int flags = 0;
  return fixture_load_ex(p, z, n, zName, &flags, pnItem, zErr, nErr);
}

AccRc fixture_load_ex(Store *p, const char *z, size_t n, const char *zName,
                      int *pFlags, int *pnItem, char *zErr, int nErr){
  json_error_t jerr;
  json_t *pRoot = json_loadb(z, n, 0, &jerr);
  const char *zKey;
  json_t *pV;
  Arena arena = ARENA_INIT;
  AccRc rc = ACC_OK;
  int e, i, nItem = 0;
  char zMsg[600];
  *pnItem = 0;
  zMsg[0] = 0;
  if( pRoot==0 ){
    TextBad bad;
    int bCp1250 = text_check(z, n, &bad)==TEXT_UTF8 && bad.bCp1250;
    snprintf(zErr, nErr, "%s: line %d, column %d: %s%s", zName, jerr.line,
             jerr.column, jerr.text, bCp1250 ? "; the file reads as "
             "Windows-1250: convert it to UTF-8 (iconv -f windows-1250 "
             "-t utf-8)" : "");
    return ACC_INVALID;
  }
  if( !json_is_object(pRoot) ){
    snprintf(zErr, nErr, "%s: expected a JSON object", zName);
    json_decref(pRoot);
    return ACC_INVALID;
  }
  pV = json_object_get(pRoot, "format");
  if( !json_is_string(pV)
   || strcmp(json_string_value(pV), FIXTURE_FORMAT)!=0 ){
    snprintf(zErr, nErr, "%s: format: expected \"%s\"", zName,
             FIXTURE_FORMAT);
    json_decref(pRoot);
    return ACC_INVALID;
  }
  pV = json_object_get(pRoot, "installation");
  if( pV && (*pFlags & FIXTURE_ITEMS_ONLY)==0 ){
    int64_t nRow = 0;
    *pFlags = 0;
    rc = fixture_all_restore(p, pV, &nRow, zMsg, sizeof(zMsg));
    if( rc ){
      snprintf(zErr, nErr, "%s: %s", zName, zMsg);
    }else{
      *pFlags = FIXTURE_RESTORED;
      *pnItem = (int)nRow;
    }
    json_decref(pRoot);
    return rc;
  }
  *pFlags = 0;
  json_object_foreach(pRoot, zKey, pV){
    if( strcmp(zKey, "installation")==0 ) continue;
    if( strcmp(zKey, "format")!=0 && model_entity_find(zKey)<0 ){
      snprintf(zErr, nErr, "%s: unknown key \"%s\"", zName, zKey);
      json_decref(pRoot);
      return ACC_INVALID;
    }
  }
  rc = store_begin(p);
  if( rc ){
    snprintf(zErr, nErr, "%s: the database is busy", zName);
    json_decref(pRoot);
    return rc;
  }
  for(e=0; e<ENT__MAX && rc==ACC_OK; e++){
    json_t *pArr = json_object_get(pRoot, aEntity[e].zPlural);
    if( pArr==0 ) continue;
    if( !json_is_array(pArr) ){
      snprintf(zMsg, sizeof(zMsg), "%s: expected an array",
               aEntity[e].zPlural);
      rc = ACC_INVALID;
      break;
    }
    for(i=0; i<(int)json_array_size(pArr) && rc==ACC_OK; i++){
      rc = load_item(p, e, i, json_array_get(pArr, i), &arena, zMsg,
                     sizeof(zMsg));
      nItem++;
    }
  }
  if( rc==ACC_OK ){
    snprintf(zMsg, sizeof(zMsg), "{\"fixture\":\"%s\",\"items\":%d}",
             strchr(zName, '"') ? "?" : zName, nItem);
    rc = store_audit_add(p, "import", "fixture", 0, zMsg);
  }
  if( rc==ACC_OK ) rc = store_commit(p);
  if( rc!=ACC_OK ){
    store_rollback(p);
    snprintf(zErr, nErr, "%s: %s", zName, zMsg);
  }else{
    *pnItem = nItem;
  }
  arena_free(&arena);
  json_decref(pRoot);
  return rc;
}

/* State of a dump of one entity. */
typedef struct DumpCtx {
  Store *p;
  int e;
  json_t *pArr;
  Arena *pA;
  char *zErr;        /* the first row that cannot be written */
  int nErr;
  AccRc rc;
} DumpCtx;

/* Collect one row as a JSON object, references still as ids. */
static int dump_row(void *pArg, int64_t id, const Value *aVal){
  DumpCtx *c = pArg;
  json_t *pObj;
  int j;
  if( model_row_utf8(c->e, id, aVal, c->zErr, c->nErr) ){
    c->rc = ACC_INVALID;
    return 1;
  }
  pObj = json_object();
  for(j=0; j<aEntity[c->e].nField; j++){
    const Value *v = &aVal[j];
    json_t *pJ = v->eType==VAL_INT ? json_integer(v->i)
               : v->eType==VAL_REAL ? json_real(v->r)
               : v->eType==VAL_TEXT ? json_string(v->z) : 0;
    if( pJ ) json_object_set_new(pObj, aEntity[c->e].aField[j].zName, pJ);
  }
  json_array_append_new(c->pArr, pObj);
  return 0;
}

/* Replace reference ids by the referred items' codes. */
static void dump_codes(Store *p, int e, json_t *pArr){
  size_t i;
  int j;
  for(i=0; i<json_array_size(pArr); i++){
    json_t *pObj = json_array_get(pArr, i);
    for(j=0; j<aEntity[e].nField; j++){
      const Field *pF = &aEntity[e].aField[j];
      json_t *pId = json_object_get(pObj, pF->zName);
      int iCode = pF->eType==FT_REF ? model_code_field(pF->eRef) : -1;
      Arena a = ARENA_INIT;
      Value *aRef;
      if( iCode<0 || !json_is_integer(pId) ) continue;
      if( store_item_get(p, pF->eRef, json_integer_value(pId), &a,
                         &aRef)==ACC_OK && aRef[iCode].eType==VAL_TEXT ){
        json_object_set_new(pObj, pF->zName, json_string(aRef[iCode].z));
      }
      arena_free(&a);
    }
  }
}

AccRc fixture_dump(Store *p, FILE *out, char *zErr, int nErr){
  json_t *pRoot;
  int e;
  /* One transaction, so that every table is of the same moment. */
  if( store_begin(p) ) return ACC_BUSY;
  pRoot = json_object();
  json_object_set_new(pRoot, "format", json_string(FIXTURE_FORMAT));
  for(e=0; e<ENT__MAX; e++){
    DumpCtx c;
    memset(&c, 0, sizeof(c));
    c.p = p;
    c.e = e;
    c.pArr = json_array();
    c.zErr = zErr;
    c.nErr = nErr;
    store_item_each(p, e, -1, 0, dump_row, &c);
    if( c.rc ){
      /* Nothing is written rather than a field left out. */
      json_decref(c.pArr);
      json_decref(pRoot);
      store_rollback(p);
      return c.rc;
    }
    dump_codes(p, e, c.pArr);
    json_object_set_new(pRoot, aEntity[e].zPlural, c.pArr);
  }
  json_object_set_new(pRoot, "installation", fixture_all_dump(p));
  store_rollback(p);
  if( json_dumpf(pRoot, out, JSON_INDENT(1)|JSON_PRESERVE_ORDER
                 |JSON_REAL_PRECISION(17)) ){
    json_decref(pRoot);
    return ACC_IO;
  }
  fputc('\n', out);
  json_decref(pRoot);
  return ferror(out) ? ACC_IO : ACC_OK;
}
