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

/* The state of reading a multipart/form-data body. */
typedef struct Multipart {
  RawArgs *r;
  Buf *pFile;            /* the part named "file" */
  int bFile;             /* ... was seen */
  int bTwice;            /* ... twice */
  char zKey[64];         /* the field being read ("" for none) */
  int bInFile;           /* it is the file */
  Buf field;             /* its value so far */
} Multipart;

/* The field being read is complete. */
static void multipart_flush(Multipart *m){
  if( m->zKey[0] && !m->bInFile ){
    raw_add(m->r, m->zKey, buf_str(&m->field));
  }
  m->zKey[0] = 0;
  m->bInFile = 0;
  buf_reset(&m->field);
}

/* An MHD_PostDataIterator: a piece of a part of the body. */
static enum MHD_Result multipart_cb(void *pArg, enum MHD_ValueKind kind,
                                    const char *zKey, const char *zFile,
                                    const char *zType, const char *zEnc,
                                    const char *z, uint64_t iOff,
                                    size_t n){
  Multipart *m = pArg;
  Req *p = m->r->pReq;
  (void)kind; (void)zType; (void)zEnc;
  if( zKey==0 ) return MHD_YES;
  if( iOff==0 || strcmp(zKey, m->zKey)!=0 ){
    multipart_flush(m);
    snprintf(m->zKey, sizeof(m->zKey), "%s", zKey);
    if( strcmp(zKey, "file")==0 ){
      if( m->bFile ) m->bTwice = 1;
      m->bFile = 1;
      m->bInFile = 1;
      buf_reset(m->pFile);
      p->zUploadName = arena_strdup(&p->arena, zFile ? zFile : "");
    }
  }
  if( n==0 ) return MHD_YES;
  buf_append(m->bInFile ? m->pFile : &m->field, z, n);
  return MHD_YES;
}

int http_args_multipart(struct MHD_Connection *c, RawArgs *r,
                        const char *z, size_t n, Buf *pFile){
  Req *p = r->pReq;
  Multipart m;
  struct MHD_PostProcessor *pPP;
  enum MHD_Result rc;
  memset(&m, 0, sizeof(m));
  m.r = r;
  m.pFile = pFile;
  pPP = MHD_create_post_processor(c, 64*1024, multipart_cb, &m);
  if( pPP==0 ){
    req_error(p, 400, ACC_INVALID, "body: not a multipart/form-data body "
              "this server can read (is its boundary missing?)");
    return 1;
  }
  rc = MHD_post_process(pPP, z, n);
  multipart_flush(&m);
  if( MHD_destroy_post_processor(pPP)!=MHD_YES || rc!=MHD_YES ){
    buf_free(&m.field);
    req_error(p, 400, ACC_INVALID, "body: malformed multipart/form-data "
              "(cut short, or a part without its boundary)");
    return 1;
  }
  buf_free(&m.field);
  if( m.bTwice ){
    req_error(p, 400, ACC_INVALID, "file: send one file");
    return 1;
  }
  if( m.bFile ){
    p->zUpload = pFile->z ? pFile->z : "";
    p->nUpload = pFile->n;
  }
  return 0;
}

/* The routes that take an upload: a CSV file of observations, a
** document's file. */
int http_upload_path(const char *zUrl){
  size_t n = strlen(zUrl);
  if( strcmp(zUrl, "/api/v1/import/observations")==0 ) return 1;
  if( strncmp(zUrl, "/document/", 10)==0 && n>15
   && strcmp(zUrl+n-5, "/file")==0 ){
    return 1;
  }
  return strncmp(zUrl, "/dialogue/", 10)==0 && n>17
      && strcmp(zUrl+n-7, "/import")==0;
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
