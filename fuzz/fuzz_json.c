/*
** fuzz_json.c: libFuzzer target for JSON request bodies: jansson's
** parser as http.c calls it, then the API's conversion of a JSON object
** to an item (body_apply(), api_field_value() of src/web/api_item.c and
** api_json.c) in POST /api/v1/KINDS and PATCH /api/v1/KINDS/{id}, and of
** an array to observations in POST /api/v1/import/observations, as an
** admin on the demo database.
**
** The first byte picks the route and the kind of item; the rest is the
** body.  No reply may be a 5xx; a reply of 4xx must change nothing.  The
** database starts again from the demo every 2000 inputs.
*/
#include "../src/web/api.h"
#include "fuzz_util.h"

#include <assert.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  static int nRun = 0;
  Store *p = fz_store();
  int64_t iVersion;
  json_error_t err;
  Req r;
  int e, iOp;
  if( nData<1 || nData>(1<<20) ) return 0;
  if( ++nRun % 2000==0 ) p = fz_reset();
  iVersion = store_data_version(p);
  memset(&r, 0, sizeof(r));
  r.pBody = json_loadb((const char*)aData+1, nData-1, 0, &err);
  if( r.pBody==0 ) return 0;
  e = aData[0] % ENT__MAX;
  iOp = (aData[0] / ENT__MAX) % 3;
  r.pStore = p;
  r.bApi = 1;
  r.bLoggedIn = 1;
  r.iStatus = 200;
  r.acc.id = 1;
  r.acc.eRole = ROLE_ADMIN;
  snprintf(r.acc.zLogin, sizeof(r.acc.zLogin), "fuzz");
  snprintf(r.acc.zName, sizeof(r.acc.zName), "Fuzz");
  store_set_viewer(p, CLASS_RESTRICTED);
  if( iOp==0 ){
    r.zMethod = "POST";
    r.zPath = arena_printf(&r.arena, "/api/v1/%s", aEntity[e].zPlural);
    api_item_create(&r);
  }else if( iOp==1 ){
    r.zMethod = "PATCH";
    r.zPath = arena_printf(&r.arena, "/api/v1/%s/1", aEntity[e].zPlural);
    r.azPath[0] = "1";
    r.nPath = 1;
    api_item_patch(&r);
  }else{
    r.zMethod = "POST";
    r.zPath = "/api/v1/import/observations";
    api_import_observations(&r);
  }
  assert( r.iStatus<500 );
  if( r.iStatus>=400 ) assert( store_data_version(p)==iVersion );
  json_decref(r.pBody);
  buf_free(&r.body);
  arena_free(&r.arena);
  return 0;
}
