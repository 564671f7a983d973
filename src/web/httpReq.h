/*
** httpReq.h: reading a request's parameters and caller, between the
** server (http.c) and http_req.c.  The two files that include
** microhttpd.h.
*/
#ifndef ACCORD_HTTPREQ_H
#define ACCORD_HTTPREQ_H

#include "web.h"

#include <microhttpd.h>
#include <stddef.h>

struct MHD_Connection;
struct MHD_Response;

/* Collected raw parameters before validation. */
typedef struct RawArgs {
  Req *pReq;
  const char *azName[REQ_MAX_ARGS*2];
  const char *azValue[REQ_MAX_ARGS*2];
  int n;
  int nQuery;            /* the first nQuery came from the query string */
} RawArgs;

/* The query string's parameters, first into *r (r->nQuery of them). */
void http_args_query(struct MHD_Connection *c, RawArgs *r);
/* Then those of an application/x-www-form-urlencoded body z (decoded in
** place). */
void http_args_form(RawArgs *r, char *z);
/* Those of a multipart/form-data body z of n bytes (HTTP_MAX_UPLOAD at
** most): its fields into *r, the part named "file" into *pFile and
** r->pReq->zUpload.  1 if the reply (an error) is ready. */
int http_args_multipart(struct MHD_Connection *c, RawArgs *r,
                        const char *z, size_t n, Buf *pFile);
/* Whether the route of path zUrl takes an upload (multipart/form-data or
** text/csv, up to HTTP_MAX_UPLOAD bytes). */
int http_upload_path(const char *zUrl);
/* libmicrohttpd's unescaper of the path and query (a decoded NUL becomes
** the byte 0xFF). */
size_t http_unescape(void *cls, struct MHD_Connection *c, char *z);
/* Keep the declared parameters of route pR, validated, in p; 1 if the
** reply (an error) is ready. */
int http_args_validate(Req *p, const Route *pR, RawArgs *r);
/* Identify the caller: session cookie or API token, checked against the
** caches at data version iVersion.  1 if an API token identified it. */
int http_identify(struct MHD_Connection *c, Req *p, int64_t iVersion);
/* The reader's language (?lang=, the account's, Accept-Language), then
** time zone (?tz=, its cookie, the language's). */
void http_pick_lang(struct MHD_Connection *c, Req *p, RawArgs *r);
void http_pick_zone(struct MHD_Connection *c, Req *p, RawArgs *r);

/* http_reply.c.  The headers of every reply, and those of p, on pResp
** (zCsp: the server's Content-Security-Policy). */
void http_reply_headers(struct MHD_Response *pResp, const Req *p,
                        const char *zCsp);
/* p's reply came from the cache entry zKey of data version iVersion and
** can be kept whole: a 200 to the public with no header but the ETag.
** Build it and hand it to the cache (cache_share()); p sends it. */
void http_reply_share(Req *p, const char *zKey, int64_t iVersion,
                      const char *zCsp);
/* Queue the whole reply p->pShared on c, and let go of p's hold on it. */
enum MHD_Result http_reply_shared(struct MHD_Connection *c, Req *p);

#endif
