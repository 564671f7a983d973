/*
** session.c: logging in and out.
**
** The login form carries a double-submit token: a random value set as a
** SameSite=Strict cookie when the form is shown, and sent back as a form
** field.  A successful login starts a session (store_session_new) whose
** token goes into an HttpOnly, SameSite=Strict cookie (Secure when the
** server is told it is behind TLS); every later form carries the
** session's own CSRF token.
**
** A login is three store calls: store_login_throttle() (may this client
** try now?), store_login_verify() (the password) and store_login_record()
** (a failure, or the known-device token to give the browser).  Failures
** are throttled per address and per login, never for a browser that
** logged in to the account before (its accord_device cookie): see
** account.h.  A login longer than LOGIN_MAX bytes is refused before
** anything is stored.
*/
#include "web.h"
#include "../store/home.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

/* A local path to go to after logging in: only "/..." and never "//". */
static const char *safe_next(const char *z){
  if( z==0 || z[0]!='/' || z[1]=='/' || z[1]=='\\' || strchr(z, '\r')
   || strchr(z, '\n') ){
    return "/";
  }
  return z;
}

/* Whether cookies are marked Secure (web_cookie_secure_set()). */
static int bCookieSecure = 0;

void web_cookie_secure_set(int bOn){
  bCookieSecure = bOn;
}

const char *web_cookie_secure(void){
  return bCookieSecure ? "; Secure" : "";
}

/* Show the login form, with zError above it if not NULL. */
static void login_form(Req *p, const char *zError, const char *zLogin){
  unsigned char a[16];
  char zTok[33];
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  randombytes_buf(a, sizeof(a));
  sodium_bin2hex(zTok, sizeof(zTok), a, sizeof(a));
  req_header(p, "Set-Cookie", arena_printf(&p->arena,
    "accord_csrf=%s; Path=/login; HttpOnly; SameSite=Strict%s", zTok,
    web_cookie_secure()));
  page_begin(p, tr(p, "Log in"));
  html_printf(&p->body, "<h1>%h</h1>\n", tr(p, "Log in"));
  if( zError ){
    html_printf(&p->body, "<p class=\"error\" role=\"alert\">%h</p>\n",
                zError);
  }
  html_printf(&p->body,
    "<form method=\"post\" action=\"/login\" class=\"login\">\n"
    "<input type=\"hidden\" name=\"csrf\" value=\"%h\">\n"
    "<input type=\"hidden\" name=\"next\" value=\"%h\">\n"
    "<label>%h <input name=\"login\" autocomplete=\"username\" required "
    "value=\"%h\"></label>\n"
    "<label>%h <input type=\"password\" name=\"password\" "
    "autocomplete=\"current-password\" required></label>\n"
    "<button type=\"submit\">%h</button>\n</form>\n",
    zTok, safe_next(req_arg(p, "next")), tr(p, "Login"),
    zLogin ? zLogin : "", tr(p, "Password"), tr(p, "Log in"));
  page_end(p);
}

void page_login(Req *p){
  login_form(p, 0, 0);
}

void page_login_post(Req *p){
  const char *zLogin = req_arg(p, "login"), *zPw = req_arg(p, "password");
  char zToken[TOKEN_HEX], zCsrf[CSRF_HEX], zDevice[TOKEN_HEX];
  LoginTry t;
  Account acc;
  int nWait;
  AccRc rc;
  if( zLogin==0 || zPw==0 ){
    p->iStatus = 400;
    login_form(p, tr(p, "Give your login and password."),
               zLogin && strlen(zLogin)<=LOGIN_MAX ? zLogin : 0);
    return;
  }
  if( strlen(zLogin)>LOGIN_MAX ){
    /* Refused before anything is stored or checked. */
    p->iStatus = 400;
    login_form(p, tr(p, "A login has at most 64 characters."), 0);
    return;
  }
  memset(&t, 0, sizeof(t));
  t.zLogin = zLogin;
  t.zIp = p->zIp ? p->zIp : "";
  t.zDevice = p->zDevice;
  /* Throttle, then the password (on the server's hashing threads). */
  rc = req_login(p, &t, zPw, &acc, &nWait);
  if( rc==ACC_BUSY ){
    p->iStatus = 429;
    req_header(p, "Retry-After", arena_printf(&p->arena, "%d", nWait));
    login_form(p, tr(p, "Too many failed logins; wait a few minutes and "
                     "try again."), zLogin);
    return;
  }
  store_login_record(p->pStore, &t, rc==ACC_OK ? &acc : 0, zDevice);
  if( rc ){
    p->iStatus = 401;
    login_form(p, tr(p, "Wrong login or password."), zLogin);
    return;
  }
  if( store_session_new(p->pStore, acc.id, 12, zToken, zCsrf) ){
    req_error(p, 503, ACC_BUSY, "the database is busy; try again");
    return;
  }
  /* A new visit: the home page lists what changed since the last one. */
  store_account_visit(p->pStore, acc.id);
  req_header(p, "Set-Cookie", arena_printf(&p->arena,
    "accord_session=%s; Path=/; HttpOnly; SameSite=Strict%s", zToken,
    web_cookie_secure()));
  if( zDevice[0] ){
    /* This browser is now a known device of the account: failed logins
    ** elsewhere do not throttle it (store_login_throttle()). */
    req_header(p, "Set-Cookie", arena_printf(&p->arena,
      "accord_device=%s; Path=/login; Max-Age=%d; HttpOnly; "
      "SameSite=Strict%s", zDevice, LOGIN_DEVICE_DAYS*86400,
      web_cookie_secure()));
  }
  req_redirect(p, safe_next(req_arg(p, "next")));
}

void page_logout_post(Req *p){
  /* The session token is not kept in Req; end every trace of it by
  ** expiring the cookie and deleting the session the cookie names. */
  if( p->zSessionToken ){
    store_session_end(p->pStore, p->zSessionToken);
    auth_cache_forget(p->zSessionToken, 1);
  }
  req_header(p, "Set-Cookie", arena_printf(&p->arena, "accord_session=; "
             "Path=/; HttpOnly; SameSite=Strict; Max-Age=0%s",
             web_cookie_secure()));
  req_redirect(p, "/");
}
