/*
** http_reply.c: what every reply of the server carries (its headers:
** type, the security headers, no-store for a reader who logged in,
** Retry-After on a 503), and the replies the page cache keeps whole
** (cache_share()): for the public, a cached page's second request on
** makes it one libmicrohttpd response, headers and body, that later
** requests send as it is.
*/
#include "web.h"
#include "httpReq.h"

#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>

#define HTTP_RETRY_AFTER "5"        /* seconds, in a 503's Retry-After */

void http_reply_headers(struct MHD_Response *pResp, const Req *p,
                        const char *zCsp){
  int i, bRetry = 0;
  MHD_add_response_header(pResp, "Content-Type", p->zType);
  MHD_add_response_header(pResp, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(pResp, "X-Frame-Options", "DENY");
  MHD_add_response_header(pResp, "Referrer-Policy", "same-origin");
  MHD_add_response_header(pResp, "Content-Security-Policy", zCsp);
  if( p->bLoggedIn ){
    MHD_add_response_header(pResp, "Cache-Control", "no-store");
  }
  for(i=0; i+1<p->nHeader; i+=2){
    MHD_add_response_header(pResp, p->azHeader[i], p->azHeader[i+1]);
    if( strcmp(p->azHeader[i], "Retry-After")==0 ) bRetry = 1;
  }
  /* Every 503 is a busy server or database: say when to try again. */
  if( p->iStatus==503 && !bRetry ){
    MHD_add_response_header(pResp, "Retry-After", HTTP_RETRY_AFTER);
  }
}

/* A whole reply kept by the cache (cache_share()): libmicrohttpd's
** response, with its headers, sent as it is to every request of the
** public that the cache entry answers, with no copy of the body and no
** headers built per request.  libmicrohttpd counts the connections that
** send it; nRef counts the cache and the requests about to queue it. */
typedef struct Shared {
  struct MHD_Response *pResp;
  int nRef;
} Shared;

void web_reply_hold(void *pShared){
  __atomic_add_fetch(&((Shared*)pShared)->nRef, 1, __ATOMIC_RELAXED);
}

void web_reply_release(void *pShared){
  Shared *pS = pShared;
  if( __atomic_sub_fetch(&pS->nRef, 1, __ATOMIC_ACQ_REL)==0 ){
    MHD_destroy_response(pS->pResp);
    free(pS);
  }
}

void http_reply_share(Req *p, const char *zKey, int64_t iVersion,
                      const char *zCsp){
  Shared *pS;
  if( p->pShared || p->bLoggedIn || p->iStatus!=200 || p->nHeader!=2
   || strcmp(p->azHeader[0], "ETag")!=0 ){
    return;
  }
  pS = acc_malloc(sizeof(*pS));
  pS->pResp = MHD_create_response_from_buffer(p->body.n,
                                              p->body.z ? p->body.z : "",
                                              MHD_RESPMEM_MUST_COPY);
  if( pS->pResp==0 ){
    free(pS);
    return;
  }
  pS->nRef = 1;
  http_reply_headers(pS->pResp, p, zCsp);
  cache_share(zKey, iVersion, pS);
  p->pShared = pS;
}

enum MHD_Result http_reply_shared(struct MHD_Connection *c, Req *p){
  Shared *pS = p->pShared;
  enum MHD_Result r;
  p->pShared = 0;
  r = MHD_queue_response(c, 200, pS->pResp);
  web_reply_release(pS);
  return r;
}
