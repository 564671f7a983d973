/*
** http.c: the HTTP server, on libmicrohttpd.
**
** With http_req.c (the parameters, the caller, the language: httpReq.h),
** the only file that includes microhttpd.h and reads raw request data.
** For each request it: collects the body (up to
** HTTP_MAX_BODY), identifies the caller (session cookie or API token),
** finds the route, checks the caller's role and the CSRF token of forms,
** keeps only the route's declared parameters, validated, and calls the
** handler with a Req whose arena lives until the reply is sent.  Each
** worker thread has its own database connection.  The server runs on
** epoll with a small thread pool, caps connections (in all and from one
** address), times out idle ones, gives a client a deadline to send each
** request that trickling bytes cannot extend, and on SIGTERM stops
** accepting, lets requests in flight finish, and exits.  Every request
** is logged as one JSON line on standard error.
**
** Workers only read.  The handler of a write (any method but GET and
** HEAD) runs on the one writer thread, with a connection of its own: the
** worker checks the request, suspends the connection, queues it
** (queue.c) and is free for the next request; the writer runs the
** handler, waiting for the database lock as long as the request may
** wait (HTTP_WRITE_WAIT in all), and resumes the connection, whose reply
** is queued when libmicrohttpd calls on_request() again.  A login first
** has its password checked on the hashing threads (argon2id takes tens
** of milliseconds of CPU), then goes to the writer, which records the
** outcome.  A full queue answers 503 with Retry-After at once.  While a
** connection is suspended nothing else touches its Conn, so the Req
** moves between threads whole; each thread uses only its own Store.
*/
#include "web.h"
#include "httpInt.h"
#include "httpReq.h"
#include "queue.h"
#include "../report/report.h"   /* the reports' style, for the CSP */

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define HTTP_MAX_BODY (1<<20)       /* request bodies above: 413 */
#define HTTP_MAX_UPLOAD (20<<20)    /* ... of an upload (http_upload_path()) */
#define HTTP_MAX_CONN 256           /* connections at once */
#define HTTP_TIMEOUT 30             /* seconds an idle connection lives */
#define HTTP_HEAD_DEADLINE 10       /* seconds to send a request's headers */
#define HTTP_BODY_DEADLINE 30       /* ... and then its body */
#define HTTP_WRITE_WAIT 60          /* seconds a write may wait in all */
/* Per-connection memory (libmicrohttpd's pool): the request line and
** headers (in half of it: 8 KB, as nginx's and Apache's default limits),
** the reply's headers.  libmicrohttpd clears the whole pool between two
** requests of a connection, so its size is a cost of every request: at
** 32 KB, its default, the clearing was half of the server's own
** instructions for a cached reply (bench/README.md). */
#define HTTP_MEMORY (16*1024)
#define SESSION_HOURS 12

/* Server configuration, shared read-only by the threads. */
static struct {
  const char *zDb;       /* database path */
  int bQuiet;            /* no access log */
  char zCsp[400];        /* the Content-Security-Policy of every reply */
  WebLimits lim;         /* threads and queues */
  WorkQueue *pWriteQ;    /* writes, for the writer thread */
  WorkQueue *pHashQ;     /* logins, for the hashing threads */
} srv;

/* Connections of the workers, closed at shutdown. */
static pthread_mutex_t storeMutex = PTHREAD_MUTEX_INITIALIZER;
static Store *aStore[64];
static int nStore = 0;
static __thread Store *tlsStore = 0;

/* The most memory a request's arena held (cache_report(), on SIGUSR1). */
static pthread_mutex_t arenaMutex = PTHREAD_MUTEX_INITIALIZER;
static size_t nArenaMost = 0;

/* The page cache of each of the server's connections, in KiB.  A
** reader's cache starts afresh after every write (WAL), so only the
** writer's fills, with the pages its inserts touch as the database grows;
** bounded at half of SQLite's default it is full within the first minutes
** of steady writing instead of growing for ten (docs/reliability.md). */
#define WEB_CACHE_KIB 1024

/* The worker thread's database connection, opened on first use. */
static Store *worker_store(void){
  if( tlsStore==0 ){
    char zErr[300];
    if( store_open(srv.zDb, 0, &tlsStore, zErr, sizeof(zErr)) ){
      acc_fatal("%s", zErr);
    }
    store_cache_limit(tlsStore, WEB_CACHE_KIB);
    store_version_watch(tlsStore);
    pthread_mutex_lock(&storeMutex);
    if( nStore<(int)(sizeof(aStore)/sizeof(aStore[0])) ){
      aStore[nStore++] = tlsStore;
    }
    pthread_mutex_unlock(&storeMutex);
  }
  return tlsStore;
}

/* Where a request is (Conn.eState). */
#define CONN_READ   0    /* receiving it, checking it */
#define CONN_QUEUED 1    /* suspended, queued for the writer or hashing */
#define CONN_DONE   2    /* the reply is ready (after resuming) */

/* The state of one request across libmicrohttpd's callbacks.  req comes
** first: req_login() finds its Conn from it. */
typedef struct Conn {
  Req req;
  Buf upload;            /* the request body */
  size_t nMax;           /* its limit: HTTP_MAX_BODY or HTTP_MAX_UPLOAD */
  int bTooBig;           /* the body exceeded nMax */
  Buf file;              /* the file of a multipart/form-data body */
  int eState;            /* CONN_READ, CONN_QUEUED, CONN_DONE */
  struct MHD_Connection *pConn;  /* while queued: to resume it */
  const Route *pRoute;   /* while queued: the handler to run */
  struct timespec t0;    /* arrival, for the log */
  struct timespec tQueued;  /* when it was queued */
  int bLoginChecked;     /* the hashing threads checked the login */
  AccRc loginRc;         /* ... and answered this (req_login()) */
  Account loginAcc;      /* ... for this account if ACC_OK */
  int loginWait;         /* ... seconds to wait if ACC_BUSY */
  int64_t loginDevice;   /* ... its known device (LoginTry.iDevice) */
  char zIp[48];          /* client address */
} Conn;

/* What dispatch() leaves to do. */
#define DISPATCH_DONE  0   /* the reply is ready */
#define DISPATCH_WRITE 1   /* run pC->pRoute's handler on the writer */
#define DISPATCH_LOGIN 2   /* check the password, then as DISPATCH_WRITE */

/* Handle a complete request: everything but sending, and but running
** the handler of a write (returns DISPATCH_WRITE or DISPATCH_LOGIN with
** pC->pRoute set). */
static int dispatch(struct MHD_Connection *c, Conn *pC, const char *zUrl,
                    const char *zMethod){
  Req *p = &pC->req;
  RawArgs raw;
  const Route *pR;
  int bPath;
  const char *zType, *zDevice;
  int64_t iVersion;
  int bToken;
  p->pStore = worker_store();
  p->zMethod = arena_strdup(&p->arena, zMethod);
  p->zPath = arena_strdup(&p->arena, zUrl);
  p->bApi = strncmp(zUrl, "/api/", 5)==0;
  p->iStatus = 200;
  p->zType = "text/html; charset=utf-8";
  p->zIfNoneMatch = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                                "If-None-Match");
  p->zIfMatch = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-Match");
  if( p->zIfMatch ) p->zIfMatch = arena_strdup(&p->arena, p->zIfMatch);
  raw.pReq = p;            /* its arrays are read only below raw.n */
  raw.n = raw.nQuery = 0;
  p->zIp = pC->zIp;
  zDevice = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "accord_device");
  if( zDevice && strlen(zDevice)<TOKEN_HEX ){
    p->zDevice = arena_strdup(&p->arena, zDevice);
  }
  iVersion = store_data_version(p->pStore);
  bToken = http_identify(c, p, iVersion);
  store_set_viewer(p->pStore, access_max_class(p->acc.eRole));
  store_set_account(p->pStore, p->bLoggedIn ? &p->acc : 0);
  store_set_actor(p->pStore, p->bLoggedIn ? p->acc.zLogin : "public");
  http_args_query(c, &raw);
  http_pick_lang(c, p, &raw);
  http_pick_zone(c, p, &raw);
  if( pC->bTooBig && pC->nMax==HTTP_MAX_UPLOAD ){
    req_error(p, 413, ACC_INVALID, "file: the upload is larger than %d MB "
              "(%d bytes), the most one upload may carry; split the file "
              "and upload the parts one by one", HTTP_MAX_UPLOAD>>20,
              HTTP_MAX_UPLOAD);
    return DISPATCH_DONE;
  }
  if( pC->bTooBig ){
    req_error(p, 413, ACC_INVALID, "the request body is larger than %d "
              "bytes", HTTP_MAX_BODY);
    return DISPATCH_DONE;
  }
  if( !utf8_text_ok(zUrl) ){
    req_error(p, 400, ACC_INVALID, "the path is not valid UTF-8");
    return DISPATCH_DONE;
  }
  zType = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
  if( pC->upload.n ){
    if( zType && strncmp(zType, "application/json", 16)==0 ){
      json_error_t err;
      p->pBody = json_loadb(pC->upload.z, pC->upload.n, 0, &err);
      if( p->pBody==0 ){
        req_error(p, 400, ACC_INVALID, "body: line %d, column %d: %s",
                  err.line, err.column, err.text);
        return DISPATCH_DONE;
      }
    }else if( zType && strncmp(zType, "application/x-www-form-urlencoded",
                               33)==0 ){
      http_args_form(&raw, pC->upload.z);
    }else if( zType && strncmp(zType, "multipart/form-data", 19)==0
           && pC->nMax==HTTP_MAX_UPLOAD ){
      if( http_args_multipart(c, &raw, pC->upload.z, pC->upload.n,
                              &pC->file) ){
        return DISPATCH_DONE;
      }
    }else if( zType && strncmp(zType, "text/csv", 8)==0
           && pC->nMax==HTTP_MAX_UPLOAD ){
      p->zUpload = pC->upload.z;
      p->nUpload = pC->upload.n;
      p->zUploadName = "";
    }else{
      req_error(p, 415, ACC_INVALID, "send application/json or a form");
      return DISPATCH_DONE;
    }
  }
  pR = http_route_find(p, zMethod, zUrl, &bPath);
  if( pR==0 ){
    if( bPath ){
      req_header(p, "Allow", http_route_methods(p, zUrl));
      req_error(p, 405, ACC_INVALID, "%s is not allowed here", zMethod);
    }else{
      req_error(p, 404, ACC_NOTFOUND, "%s", tr(p, "no page at this address"));
    }
    return DISPATCH_DONE;
  }
  if( (pR->bLogin || pR->eAct!=ACT_READ) && !p->bLoggedIn ){
    if( p->bApi ){
      req_header(p, "WWW-Authenticate", "Bearer");
      req_error(p, 401, ACC_INVALID, "log in or send an API token");
    }else{
      req_redirect(p, arena_printf(&p->arena, "/login?next=%s",
                                   strcmp(zMethod, "GET")==0 ? zUrl : "/"));
    }
    return DISPATCH_DONE;
  }
  if( !store_account_can(&p->acc, pR->eAct, pR->eEnt) ){
    req_error(p, 403, ACC_INVALID, "your role (%s) may not do this",
              azRoleWord[p->acc.eRole]);
    return DISPATCH_DONE;
  }
  /* Forms of a session carry its CSRF token; the login form carries the
  ** double-submit token of its cookie.  It comes in the body (the csrf
  ** field) or an X-CSRF-Token header, never in the query string, which
  ** ends up in logs, histories and Referer headers. */
  if( strcmp(zMethod, "GET")!=0 && strcmp(zMethod, "HEAD")!=0 && !p->bApi ){
    const char *zSent = 0, *zWant = p->bLoggedIn ? p->zCsrf
      : MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "accord_csrf");
    int i;
    for(i=raw.nQuery; i<raw.n; i++){
      if( strcmp(raw.azName[i], "csrf")==0 ) zSent = raw.azValue[i];
    }
    if( zSent==0 ){
      zSent = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
                                          "X-CSRF-Token");
    }
    if( zWant==0 || zSent==0 || zWant[0]==0 || strcmp(zWant, zSent)!=0 ){
      req_error(p, 403, ACC_INVALID, "the form has expired or did not come "
                "from this site; reload the page and try again");
      return DISPATCH_DONE;
    }
  }
  /* Only an API token writes through the API: a session cookie is never
  ** enough there, whatever other headers come with it (an API request
  ** carries no CSRF token). */
  if( p->bApi && strcmp(zMethod, "GET")!=0 && strcmp(zMethod, "HEAD")!=0
   && p->bLoggedIn && !bToken ){
    req_error(p, 403, ACC_INVALID, "API writes need an API token "
              "(Authorization: Bearer TOKEN); a session cookie cannot write");
    return DISPATCH_DONE;
  }
  if( http_args_validate(p, pR, &raw) ) return DISPATCH_DONE;
  /* Replies that are the same for every reader of a classification, role,
  ** party and language come from the cache while the data has not
  ** changed; a logged-in reader's page is kept as a template without the
  ** reader's name and CSRF token (cache.c).  Not a feed read with a
  ** calendar key (page_feed.c): it is one account's, and a key removed
  ** must stop working at once.  Nor /account and /admin/ (page_admin.c):
  ** they show one person's sessions and tokens; nor /home (page_home.c),
  ** one person's work and what changed since their last visit. */
  if( strcmp(pR->zMethod, "GET")==0 && strcmp(zUrl, "/api/v1/me")!=0
   && req_arg(p, "key")==0 && strncmp(zUrl, "/account", 8)!=0
   && strncmp(zUrl, "/admin/", 7)!=0 && strcmp(zUrl, "/home")!=0 ){
    Buf key = BUF_INIT;
    char zDay[11];
    int bTemplate = p->bLoggedIn && !p->bApi;
    int i, nHeader0 = p->nHeader;
    date_format(date_today(), zDay);
    buf_appendf(&key, "%d|%d|%lld|%d|%d|%d|%s|%s",
                (int)store_viewer(p->pStore), (int)p->acc.eRole,
                (long long)p->acc.iParty, (int)p->eLang, (int)p->eZone,
                p->bLoggedIn, zDay, zUrl);
    /* Grants: the pages of an account with scoped grants are its own. */
    if( p->acc.nGrant ){
      buf_appendf(&key, "|g%lld", (long long)p->acc.id);
    }else if( p->acc.iOwnParty!=p->acc.iParty ){
      buf_appendf(&key, "|o%lld", (long long)p->acc.iOwnParty);
    }
    /* Only the parameters the route declared reach the handler: others
    ** must not make a new entry (or anyone could push pages out). */
    for(i=0; i<p->nArg; i++){
      buf_appendf(&key, "&%s=%s", p->aArg[i].zName, p->aArg[i].zValue);
    }
    if( cache_get(p, buf_str(&key), iVersion) ){
      http_reply_share(p, buf_str(&key), iVersion, srv.zCsp);
    }else{
      char zName[sizeof(p->acc.zName)], zCsrf[CSRF_HEX];
      if( bTemplate ){
        memcpy(zName, p->acc.zName, sizeof(zName));
        memcpy(zCsrf, p->zCsrf, sizeof(zCsrf));
        snprintf(p->acc.zName, sizeof(p->acc.zName), "%s",
                 cache_marker(CACHE_NAME));
        snprintf(p->zCsrf, sizeof(p->zCsrf), "%s", cache_marker(CACHE_CSRF));
      }
      pR->xHandler(p);
      if( bTemplate ){
        memcpy(p->acc.zName, zName, sizeof(zName));
        memcpy(p->zCsrf, zCsrf, sizeof(zCsrf));
      }
      for(i=nHeader0; i<p->nHeader; i+=2){
        if( strcmp(p->azHeader[i], "Set-Cookie")==0 ) break;
      }
      cache_put(p, buf_str(&key), iVersion, bTemplate, i>=p->nHeader);
    }
    buf_free(&key);
    return DISPATCH_DONE;
  }
  if( strcmp(zMethod, "GET")!=0 && strcmp(zMethod, "HEAD")!=0 ){
    pC->pRoute = pR;
    return pR->xHandler==page_login_post ? DISPATCH_LOGIN : DISPATCH_WRITE;
  }
  pR->xHandler(p);
  return DISPATCH_DONE;
}

/* The deadline of connection c (queue.h), or NULL. */
static Sock *conn_sock(struct MHD_Connection *c){
  const union MHD_ConnectionInfo *pInfo =
    MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
  return pInfo ? pInfo->socket_context : 0;
}

/* Queue the reply of pC. */
static enum MHD_Result reply(struct MHD_Connection *c, Conn *pC){
  struct MHD_Response *pResp;
  enum MHD_Result r;
  size_t n = pC->req.body.n;
  if( pC->req.pShared ) return http_reply_shared(c, &pC->req);
  pResp = MHD_create_response_from_buffer(n, buf_detach(&pC->req.body),
                                          MHD_RESPMEM_MUST_FREE);
  http_reply_headers(pResp, &pC->req, srv.zCsp);
  r = MHD_queue_response(c, (unsigned)pC->req.iStatus, pResp);
  MHD_destroy_response(pResp);
  return r;
}

/* Reply 503: the queue is full, the write waited too long for the
** database, or the server is stopping. */
static void busy_reply(Conn *pC){
  Req *p = &pC->req;
  buf_reset(&p->body);
  req_error(p, 503, ACC_BUSY, "the server is busy; try again in a few "
            "seconds");
}

/* Milliseconds since t. */
static double ms_since(const struct timespec *t){
  struct timespec t1;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  return (t1.tv_sec - t->tv_sec)*1e3 + (t1.tv_nsec - t->tv_nsec)/1e6;
}

/* The reply of a queued request is ready: hand it back to its worker. */
static void finish(Conn *pC){
  pC->eState = CONN_DONE;
  MHD_resume_connection(pC->pConn);
}

/* Run a write's handler on the connection of the calling thread, waiting
** for the database lock at most msWait milliseconds. */
static void run_write(Conn *pC, int msWait){
  Req *p = &pC->req;
  p->pStore = worker_store();
  store_busy_timeout(p->pStore, msWait);
  store_set_viewer(p->pStore, access_max_class(p->acc.eRole));
  store_set_account(p->pStore, p->bLoggedIn ? &p->acc : 0);
  store_set_actor(p->pStore, p->bLoggedIn ? p->acc.zLogin : "public");
  pC->pRoute->xHandler(p);
  store_rollback(p->pStore);   /* no transaction outlives its handler */
}

/* The writer thread: run a write's handler on the writer's connection,
** waiting for the database lock at most what is left of
** HTTP_WRITE_WAIT since the request was queued. */
static void write_job(void *pArg, int bCancel){
  Conn *pC = pArg;
  double msLeft = HTTP_WRITE_WAIT*1e3 - ms_since(&pC->tQueued);
  pC->req.pStore = worker_store();
  if( bCancel || msLeft<1 ){
    busy_reply(pC);
  }else{
    run_write(pC, (int)msLeft);
  }
  finish(pC);
}

/* Throttle and check a login on store pStore (see req_login()). */
static AccRc login_check(Store *pStore, LoginTry *pT, const char *zPassword,
                         Account *pAcc, int *pnWait){
  AccRc rc = store_login_throttle(pStore, pT, pnWait);
  if( rc==ACC_OK ) rc = store_login_verify(pStore, pT->zLogin, zPassword,
                                           pAcc);
  return rc;
}

/* A hashing thread: throttle and check a login (reads and CPU only),
** then queue it for the writer, whose handler records the outcome. */
static void hash_job(void *pArg, int bCancel){
  Conn *pC = pArg;
  Req *p = &pC->req;
  const char *zLogin = req_arg(p, "login"), *zPw = req_arg(p, "password");
  if( !bCancel && zLogin && zPw ){
    LoginTry t;
    memset(&t, 0, sizeof(t));
    t.zLogin = zLogin;
    t.zIp = p->zIp ? p->zIp : "";
    t.zDevice = p->zDevice;
    pC->loginRc = login_check(worker_store(), &t, zPw, &pC->loginAcc,
                              &pC->loginWait);
    pC->loginDevice = t.iDevice;
    pC->bLoginChecked = 1;
  }
  if( bCancel || workq_reserve(srv.pWriteQ) ){
    p->pStore = worker_store();
    busy_reply(pC);
    finish(pC);
    return;
  }
  workq_push(srv.pWriteQ, pC);
}

AccRc req_login(Req *p, LoginTry *pT, const char *zPassword, Account *pAcc,
                int *pnWait){
  Conn *pC = (Conn*)p;   /* p is the first member of its Conn */
  if( !pC->bLoginChecked ){
    return login_check(p->pStore, pT, zPassword, pAcc, pnWait);
  }
  pT->iDevice = pC->loginDevice;
  *pnWait = pC->loginWait;
  if( pC->loginRc==ACC_OK ) *pAcc = pC->loginAcc;
  return pC->loginRc;
}

/* Suspend connection c and queue pC on q, or reply 503 if q is full. */
static enum MHD_Result defer(struct MHD_Connection *c, Conn *pC,
                             WorkQueue *q){
  if( workq_reserve(q) ){
    busy_reply(pC);
    return reply(c, pC);
  }
  pC->pConn = c;
  pC->eState = CONN_QUEUED;
  clock_gettime(CLOCK_MONOTONIC, &pC->tQueued);
  MHD_suspend_connection(c);
  workq_push(q, pC);
  return MHD_YES;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c,
                                  const char *zUrl, const char *zMethod,
                                  const char *zVersion,
                                  const char *zUpload, size_t *pnUpload,
                                  void **ppState){
  Conn *pC = *ppState;
  const char *zType;
  int e;
  (void)cls; (void)zVersion;
  if( pC==0 ){
    const union MHD_ConnectionInfo *pInfo;
    pC = acc_malloc(sizeof(*pC));
    memset(pC, 0, sizeof(*pC));
    clock_gettime(CLOCK_MONOTONIC, &pC->t0);
    pInfo = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if( pInfo && pInfo->client_addr
     && pInfo->client_addr->sa_family==AF_INET ){
      inet_ntop(AF_INET,
                &((struct sockaddr_in*)pInfo->client_addr)->sin_addr,
                pC->zIp, sizeof(pC->zIp));
    }
    *ppState = pC;
    /* Files (a form's multipart/form-data, a text/csv body) may be larger
    ** than other bodies, on the routes that take them. */
    zType = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
    pC->nMax = HTTP_MAX_BODY;
    if( zType && http_upload_path(zUrl)
     && (strncmp(zType, "multipart/form-data", 19)==0
         || strncmp(zType, "text/csv", 8)==0) ){
      pC->nMax = HTTP_MAX_UPLOAD;
    }
    /* The headers are in: now the body has its own deadline. */
    conn_sock_deadline(conn_sock(c), HTTP_BODY_DEADLINE);
    return MHD_YES;
  }
  if( pC->eState==CONN_DONE ) return reply(c, pC);
  if( pC->eState==CONN_QUEUED ) return MHD_YES;   /* not expected */
  if( *pnUpload ){
    if( pC->upload.n + *pnUpload > pC->nMax ) pC->bTooBig = 1;
    if( !pC->bTooBig ) buf_append(&pC->upload, zUpload, *pnUpload);
    *pnUpload = 0;
    return MHD_YES;
  }
  /* The request is in: no deadline while it is answered. */
  conn_sock_deadline(conn_sock(c), 0);
  e = dispatch(c, pC, zUrl, zMethod);
  if( e==DISPATCH_DONE ) return reply(c, pC);
  if( srv.pWriteQ==0 ){
    /* No queues: a server driven by one thread (the fuzz targets, with
    ** MHD_run()) answers writes and logins on that thread. */
    run_write(pC, STORE_BUSY_MS);
    return reply(c, pC);
  }
  return defer(c, pC, e==DISPATCH_LOGIN ? srv.pHashQ : srv.pWriteQ);
}

/* The first line of a request came in: it has HTTP_HEAD_DEADLINE
** seconds to send its headers, however it trickles them. */
static void *on_uri(void *cls, const char *zUri, struct MHD_Connection *c){
  (void)cls; (void)zUri;
  conn_sock_deadline(conn_sock(c), HTTP_HEAD_DEADLINE);
  return 0;
}

/* A connection opened or closed: its deadline (queue.h).  A new one has
** HTTP_HEAD_DEADLINE seconds to send its first request line. */
static void on_connection(void *cls, struct MHD_Connection *c,
                          void **ppSock,
                          enum MHD_ConnectionNotificationCode e){
  (void)cls;
  if( e==MHD_CONNECTION_NOTIFY_STARTED ){
    const union MHD_ConnectionInfo *pInfo =
      MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
    *ppSock = pInfo ? conn_sock_new(pInfo->connect_fd, HTTP_HEAD_DEADLINE)
                    : 0;
  }else{
    conn_sock_free(*ppSock);
    *ppSock = 0;
  }
}

/* After the reply: log the request and free its state. */
static void on_completed(void *cls, struct MHD_Connection *c, void **ppState,
                         enum MHD_RequestTerminationCode e){
  Conn *pC = *ppState;
  (void)cls;
  /* Between requests a connection may stay idle as long as the idle
  ** timeout, but no longer however it trickles its next request line. */
  conn_sock_deadline(conn_sock(c), HTTP_TIMEOUT);
  if( pC==0 ) return;
  if( !srv.bQuiet && pC->req.zPath ){
    struct timespec t1;
    char zAt[21];
    double ms;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ms = (t1.tv_sec - pC->t0.tv_sec)*1e3 + (t1.tv_nsec - pC->t0.tv_nsec)/1e6;
    store_now(zAt);
    /* Path and login are bytes of the request: written as JSON strings. */
    {
      json_t *pLog = json_pack("{s:s,s:s,s:s,s:s,s:i,s:s,s:f,s:b}",
        "at", zAt, "ip", pC->zIp, "method", pC->req.zMethod,
        "path", pC->req.zPath, "status", pC->req.iStatus,
        "user", pC->req.bLoggedIn ? pC->req.acc.zLogin : "-",
        "ms", ms, "complete", e==MHD_REQUEST_TERMINATED_COMPLETED_OK);
      if( pLog ){
        /* "ms" to 6 significant digits (0.412, 1234.57), not 17 */
        char *z = json_dumps(pLog, JSON_COMPACT|JSON_REAL_PRECISION(6));
        if( z ){
          fprintf(stderr, "%s\n", z);
          free(z);
        }
        json_decref(pLog);
      }
    }
  }
  if( pC->req.pBody ) json_decref(pC->req.pBody);
  if( pC->req.pShared ) web_reply_release(pC->req.pShared);
  buf_free(&pC->req.body);
  buf_free(&pC->file);
  buf_free(&pC->upload);
  pthread_mutex_lock(&arenaMutex);
  if( arena_size(&pC->req.arena)>nArenaMost ){
    nArenaMost = arena_size(&pC->req.arena);
  }
  pthread_mutex_unlock(&arenaMutex);
  arena_free(&pC->req.arena);
  free(pC);
  *ppState = 0;
}

/* libmicrohttpd's messages: one line each on standard error, marked as
** the server's own (the access log's other lines are JSON). */
static void on_log(void *cls, const char *zFmt, va_list ap){
  char zMsg[400];
  size_t n;
  (void)cls;
  vsnprintf(zMsg, sizeof(zMsg), zFmt, ap);
  n = strlen(zMsg);
  while( n>0 && (zMsg[n-1]=='\n' || zMsg[n-1]=='\r') ) zMsg[--n] = 0;
  fprintf(stderr, "accord: libmicrohttpd: %s\n", zMsg);
}

/* Parse "ADDR:PORT" into sa.  Returns 0 or -1. */
static int parse_listen(const char *z, struct sockaddr_in *sa){
  const char *zColon = strrchr(z, ':');
  char zAddr[64];
  long port;
  char *zEnd;
  if( zColon==0 || (size_t)(zColon-z)>=sizeof(zAddr) ) return -1;
  memcpy(zAddr, z, (size_t)(zColon-z));
  zAddr[zColon-z] = 0;
  port = strtol(zColon+1, &zEnd, 10);
  if( *zEnd || port<0 || port>65535 ) return -1;
  memset(sa, 0, sizeof(*sa));
  sa->sin_family = AF_INET;
  sa->sin_port = htons((unsigned short)port);
  if( inet_pton(AF_INET, zAddr[0] ? zAddr : "127.0.0.1", &sa->sin_addr)!=1 ){
    return -1;
  }
  return 0;
}

/* Wait up to nTenths tenths of a second for d to have no connections. */
static void drain(struct MHD_Daemon *d, int nTenths){
  const union MHD_DaemonInfo *pInfo;
  int i;
  for(i=0; i<nTenths; i++){
    pInfo = MHD_get_daemon_info(d, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
    if( pInfo==0 || pInfo->num_connections==0 ) break;
    usleep(100000);
  }
}

int web_serve(const char *zDb, const char *zListen, int bQuiet,
              const WebLimits *pLim){
  struct sockaddr_in sa;
  struct MHD_Daemon *d;
  const union MHD_DaemonInfo *pInfo;
  sigset_t sigs;
  int sig = 0, i;
  char zAddr[64];
  const char *zTls;
  struct MHD_OptionItem aTls[3];
  if( !http_routes_check() ){
    acc_fatal("a route outside /api/ in the API's table, or one that could "
              "match under /api/ in the pages' (src/web/http_text.c)");
  }
  srv.zDb = zDb;
  srv.bQuiet = bQuiet;
  srv.lim = *pLim;
  zTls = getenv("ACCORD_TLS");
  web_cookie_secure_set(pLim->zTlsCert!=0 || (zTls && zTls[0]=='1'));
  memset(aTls, 0, sizeof(aTls));
  aTls[0].option = MHD_OPTION_END;
  if( pLim->zTlsCert ){
    aTls[0].option = MHD_OPTION_HTTPS_MEM_CERT;
    aTls[0].ptr_value = (void*)pLim->zTlsCert;
    aTls[1].option = MHD_OPTION_HTTPS_MEM_KEY;
    aTls[1].ptr_value = (void*)pLim->zTlsKey;
    aTls[2].option = MHD_OPTION_END;
  }
  /* Pages use the style sheet of /static; reports (page_report.c) are
  ** standalone documents whose one inline style sheet is allowed by its
  ** hash, and nothing else inline. */
  snprintf(srv.zCsp, sizeof(srv.zCsp), "default-src 'self'; img-src 'self' "
           "data:; style-src 'self' %s; script-src 'self'; frame-ancestors "
           "'none'; form-action 'self'", render_html_style_csp());
  if( parse_listen(zListen, &sa) ){
    fprintf(stderr, "accord: --listen: expected ADDRESS:PORT, got \"%s\"\n",
            zListen);
    return 1;
  }
  /* Workers inherit the blocked signals; the main thread waits for them. */
  sigemptyset(&sigs);
  sigaddset(&sigs, SIGTERM);
  sigaddset(&sigs, SIGINT);
  sigaddset(&sigs, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &sigs, 0);
  signal(SIGPIPE, SIG_IGN);
  srv.pWriteQ = workq_start(1, pLim->nWriteQueue, write_job);
  srv.pHashQ = workq_start(pLim->nHashThread, pLim->nHashQueue, hash_job);
  conn_watch_start();
  d = MHD_start_daemon(MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ITC
                       | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG
                       | (pLim->zTlsCert ? MHD_USE_TLS : 0),
                       0, 0, 0, on_request, 0,
                       MHD_OPTION_EXTERNAL_LOGGER, on_log, (void*)0,
                       MHD_OPTION_SOCK_ADDR, (struct sockaddr*)&sa,
                       MHD_OPTION_THREAD_POOL_SIZE, (unsigned)pLim->nWorker,
                       MHD_OPTION_CONNECTION_LIMIT, (unsigned)HTTP_MAX_CONN,
                       MHD_OPTION_PER_IP_CONNECTION_LIMIT,
                       (unsigned)pLim->nPerIp,
                       MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)HTTP_TIMEOUT,
                       MHD_OPTION_CONNECTION_MEMORY_LIMIT,
                       (size_t)HTTP_MEMORY,
                       MHD_OPTION_NOTIFY_COMPLETED, on_completed, (void*)0,
                       MHD_OPTION_NOTIFY_CONNECTION, on_connection, (void*)0,
                       MHD_OPTION_URI_LOG_CALLBACK, on_uri, (void*)0,
                       MHD_OPTION_UNESCAPE_CALLBACK, http_unescape, (void*)0,
                       MHD_OPTION_ARRAY, aTls,
                       MHD_OPTION_END);
  if( d==0 ){
    int iErr = errno;
    workq_stop(srv.pHashQ);
    workq_stop(srv.pWriteQ);
    conn_watch_stop();
    if( pLim->zTlsCert ){
      fprintf(stderr, "accord: cannot listen on %s with --tls-cert and "
              "--tls-key (the reason is above): %s\n", zListen,
              strerror(iErr));
    }else{
      fprintf(stderr, "accord: cannot listen on %s: %s\n", zListen,
              strerror(iErr));
    }
    return 6;
  }
  pInfo = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
  inet_ntop(AF_INET, &sa.sin_addr, zAddr, sizeof(zAddr));
  printf("accord: serving %s on http%s://%s:%u/\n", zDb,
         pLim->zTlsCert ? "s" : "", zAddr,
         pInfo ? (unsigned)pInfo->port : 0u);
  fflush(stdout);
  /* SIGUSR1: a line on the memory (cache_report()); wait on. */
  while( sigwait(&sigs, &sig)==0 && sig==SIGUSR1 ){
    pthread_mutex_lock(&arenaMutex);
    cache_report(nArenaMost);
    pthread_mutex_unlock(&arenaMutex);
  }
  /* Stop accepting, let requests in flight finish (10 s at most); then
  ** answer the queued ones that did not start 503, let the running ones
  ** finish, and give their replies a second to go out. */
  MHD_quiesce_daemon(d);
  drain(d, 100);
  workq_stop(srv.pHashQ);
  workq_stop(srv.pWriteQ);
  drain(d, 10);
  MHD_stop_daemon(d);
  conn_watch_stop();
  cache_clear();
  auth_cache_clear();
  for(i=0; i<nStore; i++) store_close(aStore[i]);
  nStore = 0;
  fprintf(stderr, "accord: stopped (signal %d)\n", sig);
  return 0;
}
