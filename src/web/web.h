/*
** web.h: the web application's shared interface: requests, replies,
** routes, the HTML writer and the JSON helpers.
**
** http.c owns libmicrohttpd and is the only file that touches raw request
** data; it parses the request into a Req, finds the route, checks the
** caller's role, validates the route's declared parameters, and calls the
** handler.  Handlers read only validated values (req_arg), write HTML
** with html_printf() or JSON with jansson, and never see the network.
*/
#ifndef ACCORD_WEB_H
#define ACCORD_WEB_H

#include <jansson.h>
#include <stdarg.h>

#include "../core/access.h"
#include "../core/l10n.h"
#include "../core/model.h"
#include "../store/account.h"
#include "../store/store.h"
#include "../util/util.h"

/* Languages of the interface. */
typedef enum Lang { LANG_EN = 0, LANG_SR_LATN, LANG_SR_CYRL, LANG__MAX } Lang;
extern const char *const azLangCode[LANG__MAX];    /* "en", "sr-Latn", ... */

#define REQ_MAX_ARGS 256     /* parameters of one request, at most (a
                             ** data-entry grid sends 6 a row) */

/* A validated parameter of a request. */
typedef struct ReqArg {
  const char *zName;
  const char *zValue;      /* the text as sent, NUL-terminated, UTF-8 */
} ReqArg;

/* One request and its reply.  Everything is allocated in arena, freed
** after the reply is sent. */
typedef struct Req {
  Arena arena;
  const char *zMethod;     /* "GET", "POST", ... */
  const char *zPath;       /* the path, without the query */
  const char *azPath[8];   /* captured path segments (":x" in routes) */
  int nPath;
  ReqArg aArg[REQ_MAX_ARGS];  /* query and form parameters, validated */
  int nArg;
  json_t *pBody;           /* a JSON request body, or NULL */
  const char *zUpload;     /* an uploaded file: the "file" part of a
                           ** multipart/form-data body or a text/csv body
                           ** (upload routes only, http.c), or NULL */
  size_t nUpload;          /* its bytes */
  const char *zUploadName; /* its file name as sent ("" if none) */
  Store *pStore;           /* this worker's database connection */
  Account acc;             /* the caller; acc.eRole==ROLE_PUBLIC if none */
  int bLoggedIn;           /* a session or token identified the caller */
  int bApi;                /* the route is under /api/ */
  char zCsrf[CSRF_HEX];    /* the session's CSRF token */
  const char *zSessionToken; /* the session cookie, if it named a session */
  const char *zIp;         /* the client's address ("" if unknown) */
  const char *zDevice;     /* the known-device cookie (login), or NULL */
  Lang eLang;              /* the reader's language */
  TimeZone eZone;          /* the zone times are shown in (l10n.h) */
  const char *zIfNoneMatch;  /* If-None-Match request header */
  const char *zIfMatch;    /* If-Match request header (api_item.c) */
  /* The reply */
  int iStatus;             /* HTTP status, 200 unless set */
  const char *zType;       /* Content-Type */
  Buf body;                /* the reply body */
  const char *azHeader[16];  /* extra headers: name, value pairs */
  int nHeader;
  void *pShared;           /* a whole reply kept by the cache, held, or
                           ** NULL (cache_get(), web_reply_hold()) */
  struct DimSet *pDims;    /* the dimensions of the dialogue of indicator
                           ** iDimsInd, in arena (page_cell()), or NULL */
  int64_t iDimsInd;
} Req;

/* A route handler.  It fills pReq's reply. */
typedef void (*RouteFn)(Req *pReq);

/* A route: method, path pattern (":name" segments capture), handler, the
** role needed, and the parameters it accepts with their types (a NULL-
** terminated list of Fields: only these reach the handler, each checked
** by model_value_parse()). */
typedef struct Route {
  const char *zMethod;
  const char *zPattern;
  RouteFn xHandler;
  Action eAct;             /* ACT_READ, ACT_WRITE, ACT_APPROVE, ACT_ADMIN */
  int eEnt;                /* entity written (ACT_WRITE), or -1 */
  int bLogin;              /* needs a logged-in caller */
  const Field *aParam;     /* accepted parameters, ending with zName NULL */
} Route;
/* The route tables: the session and static routes (route.c), the pages
** (aPageRoute, page_route.c) and the API (aApiRoute, api_route.c).  Each
** is sorted by pattern; http.c looks a request up in all three. */
extern const Route aRoute[];
extern const int nRoute;
extern const Route aPageRoute[];
extern const int nPageRoute;
extern const Route aApiRoute[];
extern const int nApiRoute;

/* Validated parameter zName, or NULL if absent or empty. */
const char *req_arg(Req *p, const char *zName);
/* Captured path segment i (from 0), or "". */
const char *req_path(Req *p, int i);
/* Add a reply header (both strings must outlive the request). */
void req_header(Req *p, const char *zName, const char *zValue);
/* Reply with a redirect (303 See Other) to zUrl. */
void req_redirect(Req *p, const char *zUrl);
/* Reply with an error page or JSON error ({"error":{"code":...}}). */
void req_error(Req *p, int iStatus, AccRc rc, const char *zFmt, ...)
  __attribute__((format(printf, 4, 5)));
/* Reply with JSON (takes the reference). */
void req_json(Req *p, json_t *pJ);
/* Whether the caller may perform eAct on entity eEnt. */
int req_can(Req *p, Action eAct, int eEnt);
/* Whether the reader may change item id of entity e (store_authorize():
** its grants' scopes, a party's own items, cited sources). */
int req_can_item(Req *p, int e, int64_t id);
/* Reply 403 and return 1 unless the reader may change item id of
** entity e (0: a new item whose row is aNew), as req_can_item(). */
int req_deny_item(Req *p, int e, int64_t id, const Value *aNew);
/* The same for a new item of entity e in dialogue idD: what issuing or
** correcting a dialogue's report asks (the writers of its narratives). */
int req_deny_in_dialogue(Req *p, int e, int64_t idD);

/* The HTML writer, html_printf(), is declared in util.h. */

/* Start and end a page: the document head, the header with navigation and
** the language and login links, and the footer. */
void page_begin(Req *p, const char *zTitle);
void page_end(Req *p);

/* Translate a message of the interface into the reader's language. */
const char *tr(Req *p, const char *zMsg);

/* Route handlers of route.c and session.c. */
void page_login(Req*);
void page_login_post(Req*);
void page_logout_post(Req*);
void page_static_css(Req*);
void page_static_js(Req*);

/* Helpers for pages (page_dialogue.c). */
const char *web_text(int e, const Value *aVal, const char *zName);
int64_t web_int(int e, const Value *aVal, const char *zName);
const char *web_name(Req *p, int e, const Value *aVal);
const char *web_tx(Req *p, int e, const Value *aVal, const char *zName);
const char *web_why(Req *p, const StatusResult *r, const Value *aI);
int64_t *web_ids(Req *p, int e, int iField, int64_t id, int *pn);
void web_status_badge(Req *p, Status e);
void web_status_warning(Req *p, const StatusResult *r);

/* Pages. */
void page_portfolio(Req*);
void page_dialogue(Req*);
void page_goal(Req*);

/* API. */
void api_dialogue_status(Req*);

/* Look up an item given in the path as id or code, visible to the
** caller.  On failure replies 404 and returns 0 (the _or_reply rule). */
int64_t req_item_or_reply(Req *p, int e, const char *zIdOrCode);

/* The reply cache (cache.c).  cache_get fills the reply of p from the
** entry zKey if it was built from data version iVersion and returns 1;
** replies to the public and API replies carry an ETag (304 when it
** matches).  A logged-in reader's page is a template: built while
** p->acc.zName and p->zCsrf held cache_marker(CACHE_NAME) and
** cache_marker(CACHE_CSRF), kept with those places open, and filled with
** each reader's own name and CSRF token (cache_get, and cache_put for the
** reply that built it).  cache_put keeps p's 200 reply if bKeep, and
** fills the template in any case. */
#define CACHE_NAME 0
#define CACHE_CSRF 1
const char *cache_marker(int k);
int cache_get(Req *p, const char *zKey, int64_t iVersion);
void cache_put(Req *p, const char *zKey, int64_t iVersion, int bTemplate,
               int bKeep);
void cache_clear(void);
/* A whole reply to the public (headers and body, built once by the
** server: http.c) kept with the entry zKey of data version iVersion:
** cache_get() then hands it, held, to a request of the public that has
** no headers of its own in p->pShared instead of copying the body.
** cache_share() takes a hold of its own if it keeps pShared (returns 1);
** the cache drops it with the entry.  web_reply_hold() and
** web_reply_release() count the holders; the last one frees it. */
int cache_share(const char *zKey, int64_t iVersion, void *pShared);
void web_reply_hold(void *pShared);
void web_reply_release(void *pShared);
size_t cache_bytes(int *pnEntry);
void cache_report(size_t nArenaMost);

/* The cache of tokens (authcache.c): the account (and a session's CSRF
** token) a session cookie (bSession) or API token named when checked at
** data version iVersion.  auth_cache_get returns 1 and fills *pAcc and
** zCsrf (may be NULL) if the token was checked at iVersion and, for a
** session, the session has not ended; zExpires is the session's end. */
int auth_cache_get(const char *zToken, int bSession, int64_t iVersion,
                   Account *pAcc, char zCsrf[CSRF_HEX]);
void auth_cache_put(const char *zToken, int bSession, int64_t iVersion,
                    const Account *pAcc, const char *zCsrf,
                    const char *zExpires);
void auth_cache_forget(const char *zToken, int bSession);
void auth_cache_clear(void);

/* Throttle and check a login: store_login_throttle(), then, if it may go
** on, store_login_verify() (argon2id).  The server does this on threads
** of its own before the handler runs (http.c) and this returns that
** answer, with pT->iDevice and *pnWait as the throttle set them; without
** them it does it on p->pStore.  The caller records the outcome
** (store_login_record()). */
AccRc req_login(Req *p, LoginTry *pT, const char *zPassword, Account *pAcc,
                int *pnWait);

/* The server's threads and limits (`accord serve`'s options). */
typedef struct WebLimits {
  int nWorker;         /* threads answering requests */
  int nPerIp;          /* connections from one address at once */
  int nHashThread;     /* threads checking passwords */
  int nHashQueue;      /* logins waiting for them, at most */
  int nWriteQueue;     /* writes waiting for the writer thread, at most */
  const char *zTlsCert; /* PEM text of the certificate chain, or NULL */
  const char *zTlsKey;  /* PEM text of its private key (with zTlsCert) */
} WebLimits;
#define WEB_LIMITS_DEFAULT { 2, 64, 2, 16, 64 }

/* "; Secure" if cookies must be marked Secure, else "" (session.c):
** web_serve() turns it on when the server answers over TLS (--tls-cert)
** or ACCORD_TLS=1 says that it is behind a TLS proxy, before its threads
** start. */
const char *web_cookie_secure(void);
void web_cookie_secure_set(int bOn);

/* Run the server until SIGTERM or SIGINT: zDb the database, zListen
** "ADDR:PORT".  Returns a process exit code. */
int web_serve(const char *zDb, const char *zListen, int bQuiet,
              const WebLimits *pLim);

#endif
