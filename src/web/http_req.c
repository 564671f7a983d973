/*
** http_req.c: what the server (http.c) reads of a request before it
** dispatches it: the parameters of the query string and of a form body,
** kept only as the route declares them and validated, the caller (session
** cookie or API token), and the reader's language and time zone
** (httpReq.h).
*/
#include "web.h"
#include "httpInt.h"
#include "httpReq.h"

#include <ctype.h>
#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void raw_add(RawArgs *r, const char *zName, const char *zValue){
  if( r->n < REQ_MAX_ARGS*2 && zName ){
    r->azName[r->n] = arena_strdup(&r->pReq->arena, zName);
    r->azValue[r->n] = arena_strdup(&r->pReq->arena, zValue ? zValue : "");
    r->n++;
  }
}

static enum MHD_Result query_cb(void *pArg, enum MHD_ValueKind kind,
                                const char *zKey, const char *zValue){
  (void)kind;
  raw_add(pArg, zKey, zValue);
  return MHD_YES;
}

/* Parse an application/x-www-form-urlencoded body. */
void http_args_form(RawArgs *r, char *z){
  while( z && *z ){
    char *zAmp = strchr(z, '&'), *zEq;
    if( zAmp ) *zAmp = 0;
    zEq = strchr(z, '=');
    if( zEq ){
      *zEq = 0;
      http_url_decode(z);
      http_url_decode(zEq+1);
      raw_add(r, z, zEq+1);
    }
    z = zAmp ? zAmp+1 : 0;
  }
}

/* libmicrohttpd's unescaper, for the path and query: decodes %XX, and
** turns a decoded NUL into the byte 0xFF, so that a value cut short by a
** NUL can never pass for a shorter one (utf8_text_ok() refuses 0xFF). */
size_t http_unescape(void *cls, struct MHD_Connection *c, char *z){
  char *zOut = z, *zStart = z;
  (void)cls; (void)c;
  while( *z ){
    if( z[0]=='%' && isxdigit((unsigned char)z[1])
     && isxdigit((unsigned char)z[2]) ){
      char h[3] = { z[1], z[2], 0 };
      char v = (char)strtol(h, 0, 16);
      *zOut++ = v ? v : (char)0xff;
      z += 3;
    }else{
      *zOut++ = *z++;
    }
  }
  *zOut = 0;
  return (size_t)(zOut - zStart);
}

/* Keep the declared parameters of route pR, validated. */
int http_args_validate(Req *p, const Route *pR, RawArgs *r){
  int i, j;
  for(i=0; i<r->n; i++){
    const Field *pF = 0;
    Value v;
    char zErr[300];
    TextBad bad;
    if( pR->aParam ){
      for(j=0; pR->aParam[j].zName; j++){
        if( strcmp(pR->aParam[j].zName, r->azName[i])==0 ){
          pF = &pR->aParam[j];
        }
      }
    }else if( pR->eEnt>=0 ){
      j = model_field_find(pR->eEnt, r->azName[i]);
      if( j>=0 ) pF = &aEntity[pR->eEnt].aField[j];
    }
    if( pF==0 ) continue;
    if( text_check(r->azValue[i], strlen(r->azValue[i]), &bad) ){
      model_text_error(r->azValue[i], &bad, zErr, sizeof(zErr));
      req_error(p, 400, ACC_INVALID, "%s: %s", pF->zName, zErr);
      return -1;
    }
    if( model_value_parse(pF, r->azValue[i], &v, zErr, sizeof(zErr)) ){
      req_error(p, 400, ACC_INVALID, "%s: %s", pF->zName, zErr);
      return -1;
    }
    if( p->nArg<REQ_MAX_ARGS ){
      p->aArg[p->nArg].zName = pF->zName;
      p->aArg[p->nArg].zValue = r->azValue[i];
      p->nArg++;
    }
  }
  return 0;
}

/* Identify the caller from the session cookie or the API token, checked
** in the database unless the token cache knows it at data version
** iVersion (read before the database is asked, so that a change made
** meanwhile gives a newer version and a new check).  Returns 1 if an API
** token (Authorization: Bearer) identified the caller, else 0. */
int http_identify(struct MHD_Connection *c, Req *p, int64_t iVersion){
  const char *zAuth = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                  "Authorization");
  const char *zCookie = MHD_lookup_connection_value(c, MHD_COOKIE_KIND,
                                                    "accord_session");
  memset(&p->acc, 0, sizeof(p->acc));
  p->acc.eRole = ROLE_PUBLIC;
  if( zAuth && strncmp(zAuth, "Bearer ", 7)==0 && strlen(zAuth)<200 ){
    const char *zTok = zAuth+7;
    if( auth_cache_get(zTok, 0, iVersion, &p->acc, 0) ){
      p->bLoggedIn = 1;
    }else if( store_token_get(p->pStore, zTok, &p->acc)==ACC_OK ){
      p->bLoggedIn = 1;
      auth_cache_put(zTok, 0, iVersion, &p->acc, 0, 0);
    }
  }else if( zCookie && strlen(zCookie)<200 ){
    char zExpires[21];
    if( auth_cache_get(zCookie, 1, iVersion, &p->acc, p->zCsrf) ){
      p->bLoggedIn = 1;
    }else if( store_session_get(p->pStore, zCookie, &p->acc, p->zCsrf,
                                zExpires)==ACC_OK ){
      p->bLoggedIn = 1;
      auth_cache_put(zCookie, 1, iVersion, &p->acc, p->zCsrf, zExpires);
    }
    if( p->bLoggedIn ) p->zSessionToken = arena_strdup(&p->arena, zCookie);
  }
  if( !p->bLoggedIn ){
    memset(&p->acc, 0, sizeof(p->acc));
    p->acc.eRole = ROLE_PUBLIC;
  }
  return p->bLoggedIn && p->zSessionToken==0;
}

/* Pick the language: ?lang=, else the account's, else Accept-Language. */
void http_pick_lang(struct MHD_Connection *c, Req *p, RawArgs *r){
  const char *z = 0;
  int i;
  for(i=0; i<r->n; i++){
    if( strcmp(r->azName[i], "lang")==0 ) z = r->azValue[i];
  }
  if( z ){
    /* Remember an explicit choice. */
    for(i=0; i<LANG__MAX; i++){
      if( strcmp(z, azLangCode[i])==0 ){
        req_header(p, "Set-Cookie", arena_printf(&p->arena,
                   "accord_lang=%s; Path=/; SameSite=Strict%s", azLangCode[i],
                   web_cookie_secure()));
      }
    }
  }
  if( z==0 ) z = MHD_lookup_connection_value(c, MHD_COOKIE_KIND,
                                             "accord_lang");
  if( z==0 && p->bLoggedIn ) z = p->acc.zLang;
  if( z==0 ){
    const char *zAL = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                  "Accept-Language");
    if( zAL && (strncmp(zAL, "sr-Cyrl", 7)==0) ) z = "sr-Cyrl";
    else if( zAL && strncmp(zAL, "sr", 2)==0 ) z = "sr-Latn";
  }
  p->eLang = LANG_EN;
  for(i=0; z && i<LANG__MAX; i++){
    if( strcmp(z, azLangCode[i])==0 ) p->eLang = (Lang)i;
  }
}

/* Pick the time zone times are shown in: ?tz= (an IANA name of
** azTimeZoneName, remembered in a cookie), else the cookie, else the
** language's (l10n_tz_default(): Belgrade for Serbian, UTC for
** English).  After pick_lang(). */
void http_pick_zone(struct MHD_Connection *c, Req *p, RawArgs *r){
  const char *z = 0;
  TimeZone e;
  int i;
  for(i=0; i<r->n; i++){
    if( strcmp(r->azName[i], "tz")==0 ) z = r->azValue[i];
  }
  if( z && l10n_tz_parse(z, &e)==0 ){
    req_header(p, "Set-Cookie", arena_printf(&p->arena,
               "accord_tz=%s; Path=/; SameSite=Strict", azTimeZoneName[e]));
  }else{
    z = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "accord_tz");
  }
  if( z==0 || l10n_tz_parse(z, &e) ) e = l10n_tz_default((int)p->eLang);
  p->eZone = e;
}

void http_args_query(struct MHD_Connection *c, RawArgs *r){
  MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, query_cb, r);
  r->nQuery = r->n;
}
