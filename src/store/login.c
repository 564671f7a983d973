/*
** login.c: throttling of failed logins and known devices (account.h).
**
** A failure is one row of login_failure: a hash of the login as typed,
** the client's address and the time.  Rows older than LOGIN_WINDOW, and
** the oldest beyond LOGIN_FAILURE_CAP, are deleted whenever a failure is
** written, so the table stays small whatever is sent.  A known device is
** a row of login_device: the hash of a random token that a browser got
** as a cookie when it logged in to an account.
*/
#include "storeInt.h"
#include "account.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* Start libsodium once (it is safe to call repeatedly). */
static void login_sodium(void){
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
}

/* The time of an attempt: its own, else now. */
static int64_t try_now(const LoginTry *pT){
  return pT->iNow ? pT->iNow : (int64_t)time(0);
}

/* The key of a login in login_failure: BLAKE2b-128 of it, in hex, so the
** table never holds what was typed (a mistyped password, at times). */
static void login_key(const char *zLogin, char zOut[33]){
  unsigned char a[16];
  login_sodium();
  crypto_generichash(a, sizeof(a), (const unsigned char*)zLogin,
                     strlen(zLogin), 0, 0);
  sodium_bin2hex(zOut, 33, a, sizeof(a));
}

/* The number of failures (of statement iSq, keyed by zKey) since iSince,
** and the time of the last one in *piLast. */
static int64_t fail_count(Store *p, int iSq, const char *zKey,
                          int64_t iSince, int64_t *piLast){
  DbStmt *pS = store_sq_stmt(p, iSq);
  int64_t n = 0;
  *piLast = 0;
  p->pDrv->xBindText(pS, 1, zKey);
  p->pDrv->xBindInt(pS, 2, iSince);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    n = p->pDrv->xColumnInt(pS, 0);
    *piLast = p->pDrv->xColumnInt(pS, 1);
  }
  p->pDrv->xReset(pS);
  return n;
}

/* Seconds left to wait after nFail failures, the last at iLast, when
** nFree are free and the first wait is iBase seconds, doubling. */
static int backoff(int64_t nFail, int64_t iLast, int nFree, int64_t iBase,
                   int64_t iNow){
  int64_t iWait = iBase, k;
  if( nFail<nFree ) return 0;
  for(k=nFree; k<nFail && iWait<LOGIN_WINDOW; k++) iWait *= 2;
  if( iWait>LOGIN_WINDOW ) iWait = LOGIN_WINDOW;
  iWait = iLast + iWait - iNow;
  return iWait>0 ? (int)iWait : 0;
}

/* The known device of pT for account iAcc that has not lost its standing,
** or 0. */
static int64_t device_find(Store *p, const LoginTry *pT, int64_t iAcc){
  DbStmt *pS;
  char zHash[TOKEN_HEX];
  int64_t id = 0;
  if( pT->zDevice==0 || strlen(pT->zDevice)!=TOKEN_HEX-1 ) return 0;
  store_token_hash(pT->zDevice, zHash);
  pS = store_sq_stmt(p, SQ_DEV_GET);
  p->pDrv->xBindText(pS, 1, zHash);
  p->pDrv->xBindInt(pS, 2, iAcc);
  p->pDrv->xBindInt(pS, 3, try_now(pT) - (int64_t)LOGIN_DEVICE_DAYS*86400);
  if( p->pDrv->xStep(pS)==DB_ROW
   && p->pDrv->xColumnInt(pS, 1)<LOGIN_DEVICE_FAILURES ){
    id = p->pDrv->xColumnInt(pS, 0);
  }
  p->pDrv->xReset(pS);
  return id;
}

AccRc store_login_throttle(Store *p, LoginTry *pT, int *pnWait){
  char zKey[33];
  int64_t iNow = try_now(pT), iLast, n;
  int nWait, nAcc;
  Account acc;
  *pnWait = 0;
  pT->iDevice = 0;
  if( pT->zLogin==0 || pT->zLogin[0]==0 || strlen(pT->zLogin)>LOGIN_MAX ){
    return ACC_INVALID;
  }
  if( store_account_get(p, pT->zLogin, &acc)==ACC_OK ){
    pT->iDevice = device_find(p, pT, acc.id);
    if( pT->iDevice ) return ACC_OK;
  }
  n = fail_count(p, SQ_FAIL_ADDR, pT->zIp ? pT->zIp : "",
                 iNow - LOGIN_WINDOW, &iLast);
  nWait = backoff(n, iLast, LOGIN_ADDR_FREE, 1, iNow);
  login_key(pT->zLogin, zKey);
  n = fail_count(p, SQ_FAIL_LOGIN, zKey, iNow - LOGIN_WINDOW, &iLast);
  nAcc = backoff(n, iLast, LOGIN_ACCOUNT_FREE, 60, iNow);
  if( nAcc>nWait ) nWait = nAcc;
  *pnWait = nWait;
  return nWait ? ACC_BUSY : ACC_OK;
}

/* Remember a new device token for account iAcc; forget devices unused
** for LOGIN_DEVICE_DAYS and the account's oldest beyond
** LOGIN_DEVICE_MAX. */
static void device_add(Store *p, int64_t iAcc, int64_t iNow,
                       char zDevice[TOKEN_HEX]){
  char zHash[TOKEN_HEX];
  DbStmt *pS;
  store_random_hex(zDevice, 32);
  store_token_hash(zDevice, zHash);
  pS = store_sq_stmt(p, SQ_DEV_ADD);
  p->pDrv->xBindText(pS, 1, zHash);
  p->pDrv->xBindInt(pS, 2, iAcc);
  p->pDrv->xBindInt(pS, 3, iNow);
  store_run(p, pS, 0, 0);
  pS = store_sq_stmt(p, SQ_DEV_PRUNE);
  p->pDrv->xBindInt(pS, 1, iNow - (int64_t)LOGIN_DEVICE_DAYS*86400);
  p->pDrv->xBindInt(pS, 2, iAcc);
  p->pDrv->xBindInt(pS, 3, LOGIN_DEVICE_MAX);
  store_run(p, pS, 0, 0);
}

void store_login_record(Store *p, const LoginTry *pT, const Account *pAcc,
                        char zDevice[TOKEN_HEX]){
  char zKey[33];
  int64_t iNow = try_now(pT);
  DbStmt *pS;
  if( zDevice ) zDevice[0] = 0;
  if( pT->zLogin==0 || strlen(pT->zLogin)>LOGIN_MAX ) return;
  if( pT->iDevice ){
    /* A known device: count its failures on the device only, and keep
    ** it known for as long as it is used. */
    pS = store_sq_stmt(p, pAcc ? SQ_DEV_USED : SQ_DEV_FAIL);
    p->pDrv->xBindInt(pS, 1, pT->iDevice);
    if( pAcc ) p->pDrv->xBindInt(pS, 2, iNow);
    store_run(p, pS, 0, 0);
    return;
  }
  login_key(pT->zLogin, zKey);
  if( pAcc ){
    /* The failures of this login from this address were the user's own
    ** mistakes; those from elsewhere still count. */
    pS = store_sq_stmt(p, SQ_FAIL_CLEAR);
    p->pDrv->xBindText(pS, 1, zKey);
    p->pDrv->xBindText(pS, 2, pT->zIp ? pT->zIp : "");
    store_run(p, pS, 0, 0);
    if( zDevice ) device_add(p, pAcc->id, iNow, zDevice);
    return;
  }
  pS = store_sq_stmt(p, SQ_FAIL_ADD);
  p->pDrv->xBindText(pS, 1, zKey);
  p->pDrv->xBindText(pS, 2, pT->zIp ? pT->zIp : "");
  p->pDrv->xBindInt(pS, 3, iNow);
  store_run(p, pS, 0, 0);
  pS = store_sq_stmt(p, SQ_FAIL_PRUNE);
  p->pDrv->xBindInt(pS, 1, iNow - LOGIN_WINDOW);
  p->pDrv->xBindInt(pS, 2, LOGIN_FAILURE_CAP);
  store_run(p, pS, 0, 0);
}
