/*
** fuzz_http.c: libFuzzer target for whole HTTP requests: libmicrohttpd's
** request parser and the server's handling of what it yields (src/web/
** http.c, included here for its callbacks): headers, cookies (the session
** cookie, accord_csrf, accord_lang), Authorization, If-None-Match,
** Content-Type, the query string, form and JSON bodies, routes, roles,
** CSRF checks and every handler behind them, on the demo database.
**
** The input is the bytes a client sends on one connection; in it,
** "@TOKEN@", "@SESSION@" and "@CSRF@" stand for an admin's API token,
** session cookie and its CSRF token, so that seeds reach the logged-in
** handlers.  A daemon without a listening socket is handed one end of a
** socket pair, the input is written to the other, and the reply read
** back.  No reply may be a 5xx.  The database starts again from the demo
** every 1000 inputs.
*/
#define web_serve fuzz_web_serve
#define req_login fuzz_req_login
#include "../src/web/http.c"
#undef web_serve
#undef req_login
#include "fuzz_util.h"

#include <assert.h>
#include <fcntl.h>
#include <sys/socket.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

/* Append the input to pOut with the placeholders replaced. */
static void fz_expand(Buf *pOut, const uint8_t *aData, size_t nData){
  static const char *const azName[] = { "@TOKEN@", "@SESSION@", "@CSRF@" };
  const char *azValue[3];
  size_t i = 0;
  int k;
  azValue[0] = fzToken;
  azValue[1] = fzSession;
  azValue[2] = fzCsrf;
  while( i<nData ){
    for(k=0; k<3; k++){
      size_t n = strlen(azName[k]);
      if( i+n<=nData && memcmp(aData+i, azName[k], n)==0 ){
        buf_puts(pOut, azValue[k]);
        i += n;
        break;
      }
    }
    if( k==3 ) buf_append(pOut, (const char*)aData+i++, 1);
  }
}

/* The daemon, started on first use. */
static struct MHD_Daemon *fz_daemon(void){
  static struct MHD_Daemon *d = 0;
  if( d ) return d;
  fz_store();
  srv.zDb = fzDb;
  srv.bQuiet = 1;
  snprintf(srv.zCsp, sizeof(srv.zCsp), "default-src 'self'");
  signal(SIGPIPE, SIG_IGN);
  d = MHD_start_daemon(MHD_USE_NO_LISTEN_SOCKET, 0, 0, 0, on_request, 0,
                       MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32*1024,
                       MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
                       MHD_OPTION_NOTIFY_COMPLETED, on_completed, (void*)0,
                       MHD_OPTION_UNESCAPE_CALLBACK, http_unescape, (void*)0,
                       MHD_OPTION_END);
  if( d==0 ) fz_die("MHD_start_daemon", strerror(errno));
  return d;
}

/* Start again from the demo database: the worker's connection and the
** caches go too. */
static void fz_http_reset(void){
  if( tlsStore ){
    store_close(tlsStore);
    tlsStore = 0;
    nStore = 0;
  }
  cache_clear();
  auth_cache_clear();
  fz_reset();
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  static int nRun = 0;
  struct MHD_Daemon *d = fz_daemon();
  struct sockaddr_in sa;
  Buf in = BUF_INIT, out = BUF_INIT;
  size_t nSent = 0;
  int sv[2], i, bEof = 0, bShut = 0;
  if( nData>(1<<16) ) return 0;
  if( ++nRun % 1000==0 ) fz_http_reset();
  fz_expand(&in, aData, nData);
  if( socketpair(AF_UNIX, SOCK_STREAM, 0, sv) ) fz_die("socketpair", "");
  fcntl(sv[1], F_SETFL, O_NONBLOCK);
  memset(&sa, 0, sizeof(sa));
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(0x7f000001);
  if( MHD_add_connection(d, sv[0], (struct sockaddr*)&sa, sizeof(sa))
      !=MHD_YES ){
    close(sv[1]);
    buf_free(&in);
    return 0;
  }
  for(i=0; i<2000 && !bEof; i++){
    char aBuf[8192];
    ssize_t n;
    if( nSent<in.n ){
      n = write(sv[1], in.z+nSent, in.n-nSent);
      if( n>0 ) nSent += (size_t)n;
    }
    if( nSent>=in.n && !bShut ){
      shutdown(sv[1], SHUT_WR);
      bShut = 1;
    }
    MHD_run(d);
    while( (n = read(sv[1], aBuf, sizeof(aBuf)))>0 ){
      buf_append(&out, aBuf, (size_t)n);
    }
    if( n==0 ) bEof = 1;
  }
  close(sv[1]);
  for(i=0; i<4; i++) MHD_run(d);
  /* The status of the first reply (shown with FUZZ_SHOW=1): no server
  ** error.  libmicrohttpd's own 501 (method) and 505 (version) are
  ** answers to the client; a 503 must say when to come back. */
  if( getenv("FUZZ_SHOW") ){
    fprintf(stderr, "%d rounds: %.*s\n", i,
            (int)strcspn(buf_str(&out), "\r\n"), buf_str(&out));
  }
  if( out.n>=12 && strncmp(out.z, "HTTP/1.", 7)==0 ){
    int iStatus = atoi(out.z+9);
    assert( iStatus!=500 && iStatus!=502 && iStatus!=504 );
    assert( iStatus!=503 || strstr(buf_str(&out), "Retry-After")!=0 );
  }
  buf_free(&in);
  buf_free(&out);
  return 0;
}
