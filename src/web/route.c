/*
** route.c: the routes of the session and of static files, and helpers
** shared by pages and API handlers.
*/
#include "web.h"

#include <stdlib.h>
#include <string.h>

/* Parameters of the login form. */
static const Field aLoginParam[] = {
  { "login", FT_TEXT, 0, 0, 0, "login" },
  { "password", FT_TEXT, 0, 0, 0, "password" },
  { "next", FT_TEXT, 0, 0, 0, "where to go after logging in" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aNoParam[] = { { 0, 0, 0, 0, 0, 0 } };

const Route aRoute[] = {
  { "GET",  "/login", page_login, ACT_READ, -1, 0, aLoginParam },
  { "POST", "/login", page_login_post, ACT_READ, -1, 0, aLoginParam },
  { "POST", "/logout", page_logout_post, ACT_READ, -1, 1, aNoParam },
  { "GET",  "/static/accord.css", page_static_css, ACT_READ, -1, 0,
    aNoParam },
  { "GET",  "/static/accord.js", page_static_js, ACT_READ, -1, 0, aNoParam },
};
const int nRoute = (int)(sizeof(aRoute)/sizeof(aRoute[0]));

int64_t req_item_or_reply(Req *p, int e, const char *zIdOrCode){
  Value v;
  char zErr[200];
  v.eType = VAL_TEXT;
  v.z = zIdOrCode;
  if( zIdOrCode[0]>='0' && zIdOrCode[0]<='9'
   && strspn(zIdOrCode, "0123456789")==strlen(zIdOrCode) ){
    v.eType = VAL_INT;
    v.i = strtoll(zIdOrCode, 0, 10);
  }
  if( zIdOrCode[0]==0
   || store_ref_resolve(p->pStore, e, &v, zErr, sizeof(zErr)) ){
    req_error(p, 404, ACC_NOTFOUND, "no %s %s", aEntity[e].zTitle,
              zIdOrCode);
    return 0;
  }
  return v.i;
}
