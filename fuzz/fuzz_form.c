/*
** fuzz_form.c: libFuzzer target for query strings and form bodies as the
** server reads them (src/web/http.c, included here for its static
** functions, and http_req.c): the form splitter and %XX decoder (http_args_form(),
** http_url_decode()), the path unescaper (http_unescape()), the route look-up
** (http_route_find()) and the validation of a route's declared parameters
** (http_args_validate(): utf8_text_ok() and model_value_parse() per field).
**
** Input: two bytes pick one of the routes; the rest is "PATH\nBODY", the
** path (with %XX) looked up as GET and POST, the body split as a form and
** validated against the picked route.  Every parameter that passes must
** be valid text that parses as its field; a refusal must be a 400.
*/
#define web_serve fuzz_web_serve
#define req_login fuzz_req_login
#include "../src/web/http.c"
#undef web_serve
#undef req_login

#include <assert.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  Req r;
  RawArgs raw;
  const Route *pR;
  char *zPath, *zBody, *zNl;
  int iRoute, bPath, i;
  if( nData<2 || nData>(1<<16) ) return 0;
  iRoute = (aData[0] | aData[1]<<8) % (nRoute + nPageRoute + nApiRoute);
  pR = iRoute<nRoute ? &aRoute[iRoute]
     : iRoute<nRoute+nPageRoute ? &aPageRoute[iRoute-nRoute]
     : &aApiRoute[iRoute-nRoute-nPageRoute];
  zPath = malloc(nData-1);
  memcpy(zPath, aData+2, nData-2);
  zPath[nData-2] = 0;
  zNl = strchr(zPath, '\n');
  zBody = zNl ? zNl+1 : "";
  if( zNl ) *zNl = 0;
  memset(&r, 0, sizeof(r));
  memset(&raw, 0, sizeof(raw));
  raw.pReq = &r;
  r.iStatus = 200;
  r.bApi = strncmp(zPath, "/api/", 5)==0;
  http_unescape(0, 0, zPath);
  if( utf8_text_ok(zPath) ){
    http_route_find(&r, "GET", zPath, &bPath);
    http_route_find(&r, "POST", zPath, &bPath);
    if( bPath ) http_route_methods(&r, zPath);
  }
  http_args_form(&raw, zBody);
  for(i=0; i<raw.n; i++){
    assert( raw.azName[i]!=0 && raw.azValue[i]!=0 );
  }
  r.nArg = 0;
  if( http_args_validate(&r, pR, &raw)==0 ){
    assert( r.nArg<=REQ_MAX_ARGS );
    for(i=0; i<r.nArg; i++){
      const Field *pF = 0;
      Value v;
      char zErr[300];
      int j;
      assert( utf8_text_ok(r.aArg[i].zValue) );
      if( pR->aParam ){
        for(j=0; pR->aParam[j].zName; j++){
          if( strcmp(pR->aParam[j].zName, r.aArg[i].zName)==0 ){
            pF = &pR->aParam[j];
          }
        }
      }else{
        j = model_field_find(pR->eEnt, r.aArg[i].zName);
        assert( j>=0 );
        pF = &aEntity[pR->eEnt].aField[j];
      }
      assert( pF!=0 );
      assert( model_value_parse(pF, r.aArg[i].zValue, &v, zErr,
                                sizeof(zErr))==ACC_OK );
    }
  }else{
    assert( r.iStatus==400 );
  }
  if( r.pBody ) json_decref(r.pBody);
  buf_free(&r.body);
  arena_free(&r.arena);
  free(zPath);
  return 0;
}
