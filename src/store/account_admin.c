/*
** account_admin.c: changing, disabling and removing accounts, and
** listing and ending their sessions and tokens (account.h).
**
** Each change is one transaction with its audit entry (action "account"
** on the account), so whoever keeps sessions or tokens in memory for a
** data version (the server's authcache.c) looks them up again.
*/
#include "storeInt.h"
#include "account.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

/* Open a transaction unless one is open: 1 if opened, 0 if one was open,
** -1 if the database is busy. */
static int txn_open(Store *p){
  if( p->nTxn ) return 0;
  return store_begin(p) ? -1 : 1;
}

/* Close what txn_open() opened: commit if rc is ACC_OK, else roll back. */
static AccRc txn_close(Store *p, int bOwn, AccRc rc){
  if( bOwn>0 ){
    if( rc==ACC_OK ) rc = store_commit(p);
    if( rc!=ACC_OK ) store_rollback(p);
  }
  return rc;
}

/* Read the account row of SQ_ACC_ANY or SQ_ACC_ALL: SQ_ACC_GET's columns,
** then the password hash and whether it is disabled. */
static void admin_row(Store *p, DbStmt *pS, Account *pOut){
  store_account_row(p, pS, pOut);
  pOut->bDisabled = p->pDrv->xColumnInt(pS, 7)!=0;
}

AccRc store_account_find(Store *p, const char *zLogin, Account *pOut){
  DbStmt *pS = store_sq_stmt(p, SQ_ACC_ANY);
  AccRc rc = ACC_NOTFOUND;
  p->pDrv->xBindText(pS, 1, zLogin);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    admin_row(p, pS, pOut);
    rc = ACC_OK;
  }
  p->pDrv->xReset(pS);
  return rc;
}

AccRc store_account_list(Store *p,
                         int (*x)(void*, const Account*, const char *zLast),
                         void *pArg){
  DbStmt *pS = store_sq_stmt(p, SQ_ACC_ALL);
  Account acc;
  while( p->pDrv->xStep(pS)==DB_ROW ){
    const char *zLast = p->pDrv->xColumnType(pS, 8)==DB_NULL ? ""
                        : p->pDrv->xColumnText(pS, 8);
    admin_row(p, pS, &acc);
    if( x(pArg, &acc, zLast) ) break;
  }
  p->pDrv->xReset(pS);
  return ACC_OK;
}

/* Find zLogin (disabled too) or say so in zErr. */
static AccRc admin_find(Store *p, const char *zLogin, Account *pAcc,
                        char *zErr, int nErr){
  if( zLogin==0 || store_account_find(p, zLogin, pAcc) ){
    snprintf(zErr, nErr, "login: no account \"%s\"", zLogin ? zLogin : "");
    return ACC_NOTFOUND;
  }
  return ACC_OK;
}

/* End the sessions of iAccount but the one of hash zKeep ("" for none);
** *pn gets how many. */
static AccRc sessions_end(Store *p, int64_t iAccount, const char *zKeep,
                          int *pn){
  DbStmt *pS = store_sq_stmt(p, SQ_SESS_END_ALL);
  Buf b = BUF_INIT;
  int rc, n = 0;
  AccRc arc;
  p->pDrv->xBindInt(pS, 1, iAccount);
  p->pDrv->xBindText(pS, 2, zKeep);
  buf_appendf(&b, "{\"account_id\":%lld,\"closed\":[", (long long)iAccount);
  while( (rc = p->pDrv->xStep(pS))==DB_ROW ){
    buf_appendf(&b, "%s%lld", n ? "," : "",
                (long long)p->pDrv->xColumnInt(pS, 0));
    n++;
  }
  p->pDrv->xReset(pS);
  buf_puts(&b, "]}");
  *pn = n;
  arc = rc<0 ? (AccRc)(-rc) : ACC_OK;
  /* Which sessions ended, for replay.c. */
  if( arc==ACC_OK && n>0 ){
    arc = store_audit_add(p, "session", "session", 0, buf_str(&b));
  }
  buf_free(&b);
  return arc;
}

AccRc store_account_set(Store *p, const char *zLogin, int eRole,
                        int64_t iParty, const char *zName,
                        const char *zLang, char *zErr, int nErr){
  Account acc;
  DbStmt *pS;
  char zData[300];
  AccRc rc;
  int bOwn;
  if( (rc = admin_find(p, zLogin, &acc, zErr, nErr))!=0 ) return rc;
  if( eRole>=0 && (eRole<=ROLE_PUBLIC || eRole>=ROLE__MAX) ){
    snprintf(zErr, nErr, "role: expected observer, wg_member, wg_lead, "
             "cochair, secretariat or admin");
    return ACC_INVALID;
  }
  if( zName && (zName[0]==0 || strlen(zName)>128) ){
    snprintf(zErr, nErr, "name: 1 to 128 bytes");
    return ACC_INVALID;
  }
  if( zLang && strcmp(zLang, "en") && strcmp(zLang, "sr-Latn")
   && strcmp(zLang, "sr-Cyrl") ){
    snprintf(zErr, nErr, "lang: expected en, sr-Latn or sr-Cyrl, got "
             "\"%.40s\"", zLang);
    return ACC_INVALID;
  }
  if( eRole>=0 ) acc.eRole = (Role)eRole;
  if( iParty>=0 ) acc.iParty = iParty;
  if( zName ) snprintf(acc.zName, sizeof(acc.zName), "%s", zName);
  if( zLang ) snprintf(acc.zLang, sizeof(acc.zLang), "%s", zLang);
  if( acc.iParty ){
    Value v;
    char zMsg[200];
    v.eType = VAL_INT;
    v.i = acc.iParty;
    if( store_ref_resolve(p, ENT_PARTY, &v, zMsg, sizeof(zMsg)) ){
      snprintf(zErr, nErr, "party: %s", zMsg);
      return ACC_INVALID;
    }
  }
  if( (acc.eRole==ROLE_COCHAIR || acc.eRole==ROLE_SECRETARIAT)
   && acc.iParty==0 ){
    snprintf(zErr, nErr, "party: a %s serves a party; give --party",
             azRoleName[acc.eRole]);
    return ACC_INVALID;
  }
  if( (bOwn = txn_open(p))<0 ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  pS = store_sq_stmt(p, SQ_ACC_SET);
  p->pDrv->xBindInt(pS, 1, acc.id);
  p->pDrv->xBindText(pS, 2, azRoleName[acc.eRole]);
  store_bind_id(p, pS, 3, acc.iParty);
  p->pDrv->xBindText(pS, 4, acc.zName);
  p->pDrv->xBindText(pS, 5, acc.zLang);
  rc = store_run(p, pS, zErr, nErr);
  if( rc==ACC_OK ){
    /* The name is not copied into the log: it is the account's own. */
    char zDig[TOKEN_HEX];
    store_token_hash(acc.zName, zDig);
    snprintf(zData, sizeof(zData), "{\"login\":\"%s\",\"role\":\"%s\","
             "\"party_id\":%lld,\"lang\":\"%s\"%s,\"name_digest\":\"%s\"}",
             acc.zLogin, azRoleName[acc.eRole], (long long)acc.iParty,
             acc.zLang, zName ? ",\"name\":\"changed\"" : "", zDig);
    rc = store_audit_add(p, "account", "account", acc.id, zData);
  }
  return txn_close(p, bOwn, rc);
}

AccRc store_account_disable(Store *p, const char *zLogin, int bDisable,
                            char *zErr, int nErr){
  Account acc;
  DbStmt *pS;
  char zData[120];
  AccRc rc;
  int bOwn, n = 0;
  if( (rc = admin_find(p, zLogin, &acc, zErr, nErr))!=0 ) return rc;
  if( (bOwn = txn_open(p))<0 ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  pS = store_sq_stmt(p, SQ_ACC_DISABLE);
  p->pDrv->xBindInt(pS, 1, acc.id);
  p->pDrv->xBindInt(pS, 2, bDisable ? 1 : 0);
  rc = store_run(p, pS, zErr, nErr);
  if( rc==ACC_OK && bDisable ) rc = sessions_end(p, acc.id, "", &n);
  if( rc==ACC_OK ){
    snprintf(zData, sizeof(zData), "{\"login\":\"%s\",\"disabled\":%s,"
             "\"sessions_ended\":%d}", acc.zLogin,
             bDisable ? "true" : "false", n);
    rc = store_audit_add(p, "account", "account", acc.id, zData);
  }
  return txn_close(p, bOwn, rc);
}

AccRc store_account_remove(Store *p, const char *zLogin, char *zErr,
                           int nErr){
  Account acc;
  DbStmt *pS;
  char zData[120];
  int64_t nAppr = 0, nReport = 0, nObs = 0, nKey = 0;
  AccRc rc;
  int bOwn;
  if( (rc = admin_find(p, zLogin, &acc, zErr, nErr))!=0 ) return rc;
  pS = store_sq_stmt(p, SQ_ACC_REFS);
  p->pDrv->xBindInt(pS, 1, acc.id);
  p->pDrv->xBindText(pS, 2, acc.zLogin);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    nAppr = p->pDrv->xColumnInt(pS, 0);
    nReport = p->pDrv->xColumnInt(pS, 1);
    nObs = p->pDrv->xColumnInt(pS, 2);
    nKey = p->pDrv->xColumnInt(pS, 3);
  }
  p->pDrv->xReset(pS);
  if( nAppr || nReport || nObs || nKey ){
    /* A signing key stays, so that its signatures still verify. */
    snprintf(zErr, nErr, "login: the record refers to \"%s\" (%lld "
             "approvals, %lld issued reports, %lld observations, %lld "
             "signing keys); it is kept: disable it instead (accord user "
             "disable %s)", acc.zLogin, (long long)nAppr,
             (long long)nReport, (long long)nObs, (long long)nKey,
             acc.zLogin);
    return ACC_CONFLICT;
  }
  if( (bOwn = txn_open(p))<0 ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  /* Sessions, tokens and devices go with it (ON DELETE CASCADE). */
  pS = store_sq_stmt(p, SQ_ACC_DEL);
  p->pDrv->xBindInt(pS, 1, acc.id);
  rc = store_run(p, pS, zErr, nErr);
  if( rc==ACC_OK ){
    snprintf(zData, sizeof(zData), "{\"login\":\"%s\",\"removed\":true}",
             acc.zLogin);
    rc = store_audit_add(p, "account", "account", acc.id, zData);
  }
  return txn_close(p, bOwn, rc);
}

AccRc store_session_end_all(Store *p, int64_t iAccount,
                            const char *zKeepSession, int *pnEnded){
  char zKeep[TOKEN_HEX], zData[80];
  AccRc rc;
  int bOwn, n = 0;
  zKeep[0] = 0;
  if( zKeepSession ) store_token_hash(zKeepSession, zKeep);
  if( (bOwn = txn_open(p))<0 ) return ACC_BUSY;
  rc = sessions_end(p, iAccount, zKeep, &n);
  if( rc==ACC_OK && n>0 ){
    snprintf(zData, sizeof(zData), "{\"sessions_ended\":%d}", n);
    rc = store_audit_add(p, "account", "account", iAccount, zData);
  }
  if( pnEnded ) *pnEnded = n;
  return txn_close(p, bOwn, rc);
}

AccRc store_account_password_reset(Store *p, const char *zLogin,
                                   const char *zPassword,
                                   const char *zKeepSession,
                                   int bRevokeTokens, int *pnEnded,
                                   char *zErr, int nErr){
  Account acc;
  DbStmt *pS;
  char zKeep[TOKEN_HEX], zData[120];
  AccRc rc;
  int bOwn, n = 0, nTok = 0, r;
  if( (rc = admin_find(p, zLogin, &acc, zErr, nErr))!=0 ) return rc;
  rc = store_password_check(zLogin, zPassword, zErr, nErr);
  if( rc ) return rc;
  if( (bOwn = txn_open(p))<0 ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  /* store_account_password() hashes the password and logs the change. */
  rc = store_account_password(p, zLogin, zPassword, zErr, nErr);
  if( rc==ACC_NOTFOUND && acc.bDisabled ){
    snprintf(zErr, nErr, "login: \"%s\" is disabled; enable it first",
             zLogin);
  }
  zKeep[0] = 0;
  if( zKeepSession ) store_token_hash(zKeepSession, zKeep);
  if( rc==ACC_OK ) rc = sessions_end(p, acc.id, zKeep, &n);
  if( rc==ACC_OK && bRevokeTokens ){
    pS = store_sq_stmt(p, SQ_TOK_DEL_ALL);
    p->pDrv->xBindInt(pS, 1, acc.id);
    while( (r = p->pDrv->xStep(pS))==DB_ROW ) nTok++;
    p->pDrv->xReset(pS);
    if( r<0 ) rc = (AccRc)(-r);
  }
  if( rc==ACC_OK && (n>0 || nTok>0) ){
    snprintf(zData, sizeof(zData), "{\"sessions_ended\":%d,"
             "\"tokens_removed\":%d}", n, nTok);
    rc = store_audit_add(p, "account", "account", acc.id, zData);
  }
  if( pnEnded ) *pnEnded = n;
  return txn_close(p, bOwn, rc);
}

AccRc store_session_each(Store *p, int64_t iAccount, const char *zCurrent,
                         int (*x)(void*, const SessionInfo*), void *pArg){
  DbStmt *pS = store_sq_stmt(p, SQ_SESS_EACH);
  char zHash[TOKEN_HEX], zNow[21];
  SessionInfo s;
  zHash[0] = 0;
  if( zCurrent ) store_token_hash(zCurrent, zHash);
  store_now(zNow);
  p->pDrv->xBindInt(pS, 1, iAccount);
  p->pDrv->xBindText(pS, 2, zNow);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    s.id = p->pDrv->xColumnInt(pS, 0);
    s.bCurrent = zHash[0] && strcmp(p->pDrv->xColumnText(pS, 1), zHash)==0;
    s.zCreated = p->pDrv->xColumnText(pS, 2);
    s.zExpires = p->pDrv->xColumnText(pS, 3);
    if( x(pArg, &s) ) break;
  }
  p->pDrv->xReset(pS);
  return ACC_OK;
}

AccRc store_session_end_id(Store *p, int64_t iAccount, int64_t id){
  DbStmt *pS = store_sq_stmt(p, SQ_SESS_DEL_ID);
  char zData[80];
  AccRc rc = ACC_OK;
  int bOwn, r, n = 0;
  if( (bOwn = txn_open(p))<0 ) return ACC_BUSY;
  p->pDrv->xBindInt(pS, 1, id);
  p->pDrv->xBindInt(pS, 2, iAccount);
  while( (r = p->pDrv->xStep(pS))==DB_ROW ) n++;
  p->pDrv->xReset(pS);
  if( r<0 ) rc = (AccRc)(-r);
  else if( n==0 ) rc = ACC_NOTFOUND;
  if( rc==ACC_OK ){
    snprintf(zData, sizeof(zData), "{\"session_ended\":%lld}",
             (long long)id);
    rc = store_audit_add(p, "account", "account", iAccount, zData);
  }
  return txn_close(p, bOwn, rc);
}

AccRc store_token_each(Store *p, int64_t iAccount,
                       int (*x)(void*, const TokenInfo*), void *pArg){
  DbStmt *pS = store_sq_stmt(p, SQ_TOK_EACH);
  TokenInfo t;
  p->pDrv->xBindInt(pS, 1, iAccount);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    t.id = p->pDrv->xColumnInt(pS, 0);
    t.zLogin = p->pDrv->xColumnText(pS, 1);
    t.zLabel = p->pDrv->xColumnText(pS, 2);
    t.zScope = p->pDrv->xColumnText(pS, 3);
    t.zCreated = p->pDrv->xColumnText(pS, 4);
    t.zLastUsed = p->pDrv->xColumnType(pS, 5)==DB_NULL ? ""
                  : p->pDrv->xColumnText(pS, 5);
    if( x(pArg, &t) ) break;
  }
  p->pDrv->xReset(pS);
  return ACC_OK;
}

AccRc store_token_remove(Store *p, int64_t id, int64_t iAccount,
                         char *zErr, int nErr){
  DbStmt *pS = store_sq_stmt(p, SQ_TOK_DEL);
  char zData[80], zScope[16];
  int64_t iAcc = 0;
  AccRc rc = ACC_OK;
  int bOwn, r;
  if( (bOwn = txn_open(p))<0 ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  zScope[0] = 0;
  p->pDrv->xBindInt(pS, 1, id);
  p->pDrv->xBindInt(pS, 2, iAccount);
  while( (r = p->pDrv->xStep(pS))==DB_ROW ){
    iAcc = p->pDrv->xColumnInt(pS, 0);
    snprintf(zScope, sizeof(zScope), "%s", p->pDrv->xColumnText(pS, 1));
  }
  p->pDrv->xReset(pS);
  if( r<0 ){
    rc = (AccRc)(-r);
    snprintf(zErr, nErr, "%s", p->pDrv->xErrmsg(p->pDb));
  }else if( iAcc==0 ){
    snprintf(zErr, nErr, "id: no token %lld", (long long)id);
    rc = ACC_NOTFOUND;
  }else{
    snprintf(zData, sizeof(zData), "{\"%s\":\"removed\",\"id\":%lld}",
             strcmp(zScope, "calendar")==0 ? "calendar_key" : "api_token",
             (long long)id);
    rc = store_audit_add(p, "account", "account", iAcc, zData);
  }
  return txn_close(p, bOwn, rc);
}
