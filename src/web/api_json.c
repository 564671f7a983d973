/*
** api_json.c: helpers the JSON API's handlers share (see api.h): errors
** in the API's format, rows as JSON, JSON values checked against fields.
**
** A JSON value reaches the store only through api_field_value(), which
** turns it into the text the command line would have received and checks
** it with model_value_parse() and store_ref_resolve(), so the API accepts
** exactly what `accord KIND add --FIELD VALUE` accepts, and references
** resolve only to items the caller may see.
*/
#include "api.h"
#include "i18n.h"

#include <stdio.h>
#include <string.h>

int api_http_status(AccRc rc){
  switch( rc ){
    case ACC_OK:       return 200;
    case ACC_INVALID:  return 400;
    case ACC_NOTFOUND: return 404;
    case ACC_CONFLICT: return 409;
    case ACC_BUSY:     return 503;
    case ACC_DENIED:   return 403;
    default:           return 500;
  }
}

void api_error(Req *p, int iStatus, AccRc rc, const char *zField,
               const char *zFmt, ...){
  Buf msg = BUF_INIT;
  json_t *pErr;
  va_list ap;
  if( (int)rc<0 || rc>=ACC_RC__MAX ) rc = ACC_INVALID;
  va_start(ap, zFmt);
  buf_vappendf(&msg, zFmt, ap);
  va_end(ap);
  pErr = json_pack("{s:i,s:s,s:s}", "code", (int)rc, "name",
                   azAccRcName[rc], "message", tr_err(p, buf_str(&msg)));
  if( pErr==0 ){
    /* Only a message that is not UTF-8 gets here: it echoes input. */
    pErr = json_pack("{s:i,s:s,s:s}", "code", (int)rc, "name",
                     azAccRcName[rc], "message", "invalid text");
  }
  if( zField ) json_object_set_new(pErr, "field", json_string(zField));
  if( rc==ACC_BUSY ) req_header(p, "Retry-After", "1");
  p->iStatus = iStatus;
  req_json(p, json_pack("{s:o}", "error", pErr));
  buf_free(&msg);
}

void api_store_error(Req *p, int e, AccRc rc, const char *zErr){
  const char *zColon = strchr(zErr, ':');
  const char *zField = 0;
  if( zColon ){
    /* "dialogue_id, position: ..." names the first field. */
    size_t n = strcspn(zErr, ":,");
    char *z = arena_alloc(&p->arena, n+1);
    memcpy(z, zErr, n);
    if( model_field_find(e, z)>=0 ) zField = z;
  }
  if( rc==ACC_BUSY ){
    api_error(p, 503, rc, 0, "the database is busy; try again");
  }else if( zErr[0]==':' ){
    /* A constraint the store could not name the fields of. */
    api_error(p, api_http_status(rc), rc, 0, "an equal %s already exists",
              aEntity[e].zTitle);
  }else if( zField ){
    api_error(p, api_http_status(rc), rc, zField, "%s", zErr);
  }else{
    api_error(p, api_http_status(rc), rc, 0, "%s", zErr);
  }
}

int api_path_entity(Req *p){
  static const char zPre[] = "/api/v1/";
  const char *z = p->zPath + sizeof(zPre) - 1;
  size_t n = strcspn(z, "/");
  char zName[40];
  if( strncmp(p->zPath, zPre, sizeof(zPre)-1)!=0 || n>=sizeof(zName) ){
    return -1;
  }
  memcpy(zName, z, n);
  zName[n] = 0;
  return model_entity_find(zName);
}

const char *api_json_text(Req *p, const Field *pF, json_t *pJ, char *zErr,
                          int nErr){
  switch( json_typeof(pJ) ){
    case JSON_STRING: {
      const char *z = json_string_value(pJ);
      TextBad bad;
      if( text_check(z, json_string_length(pJ), &bad) ){
        char zWhere[100];
        text_describe(z, json_string_length(pJ), &bad, zWhere,
                      sizeof(zWhere));
        snprintf(zErr, nErr, "not valid text: %s", zWhere);
        return 0;
      }
      return arena_strdup(&p->arena, z);
    }
    case JSON_INTEGER:
      return arena_printf(&p->arena, "%lld",
                          (long long)json_integer_value(pJ));
    case JSON_REAL:
      return arena_printf(&p->arena, "%.17g", json_real_value(pJ));
    case JSON_TRUE:
    case JSON_FALSE:
      if( pF->eType!=FT_BOOL ){
        snprintf(zErr, nErr, "expected %s, got a boolean",
                 azFieldTypeName[pF->eType]);
        return 0;
      }
      return json_is_true(pJ) ? "1" : "0";
    case JSON_NULL:
      return "";
    default:
      snprintf(zErr, nErr, "expected a single value, got an %s",
               json_is_array(pJ) ? "array" : "object");
      return 0;
  }
}

AccRc api_field_value(Req *p, int e, int iField, json_t *pJ, Value *pV,
                      char *zErr, int nErr){
  const Field *pF = &aEntity[e].aField[iField];
  char zMsg[300];
  const char *z = api_json_text(p, pF, pJ, zMsg, sizeof(zMsg));
  if( z==0
   || model_value_parse(pF, z, pV, zMsg, sizeof(zMsg))
   || (pF->eType==FT_REF
       && store_ref_resolve(p->pStore, pF->eRef, pV, zMsg, sizeof(zMsg))) ){
    snprintf(zErr, nErr, "%s: %s", pF->zName, zMsg);
    return ACC_INVALID;
  }
  return ACC_OK;
}

int64_t api_filter_id(Req *p, const char *zName, int eRef,
                      const char *z){
  Field f;
  Value v;
  char zErr[200];
  memset(&f, 0, sizeof(f));
  f.zName = zName;
  f.eType = FT_REF;
  f.eRef = eRef;
  if( model_value_parse(&f, z, &v, zErr, sizeof(zErr))
   || store_ref_resolve(p->pStore, eRef, &v, zErr, sizeof(zErr)) ){
    api_error(p, 400, ACC_INVALID, zName, "%s: %s", zName, zErr);
    return 0;
  }
  return v.i;
}

void api_actor(Req *p){
  store_set_actor(p->pStore, p->bLoggedIn ? p->acc.zLogin : "public");
}
