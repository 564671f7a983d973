/*
** account.c: accounts, sessions, API tokens and approvals (account.h).
*/
#include "storeInt.h"
#include "account.h"
#include "sign.h"

#include <pthread.h>
#include <assert.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* Start libsodium once (it is safe to call repeatedly). */
static void sodium_start(void){
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
}

/* The time nMinutes from now as "YYYY-MM-DDTHH:MM:SSZ". */
static void time_plus(int nMinutes, char zOut[21]){
  time_t t = time(0) + (time_t)nMinutes*60;
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(zOut, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* BLAKE2b-256 of a token, in hex (storeInt.h). */
void store_token_hash(const char *zToken, char *zOut){
  unsigned char a[32];
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  crypto_generichash(a, sizeof(a), (const unsigned char*)zToken,
                     strlen(zToken), 0, 0);
  sodium_bin2hex(zOut, TOKEN_HEX, a, sizeof(a));
}

/* n random bytes as hex into zOut, 2n+1 bytes (storeInt.h). */
void store_random_hex(char *zOut, size_t n){
  unsigned char a[32];
  assert( n<=sizeof(a) );
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  randombytes_buf(a, n);
  sodium_bin2hex(zOut, 2*n+1, a, n);
}

/* Read an account row (columns of SQ_ACC_GET: id, login, name, role,
** party, lang, ...) into *pOut. */
void store_account_row(Store *p, DbStmt *pS, Account *pOut){
  const DbDriver *d = p->pDrv;
  int r;
  memset(pOut, 0, sizeof(*pOut));
  pOut->id = d->xColumnInt(pS, 0);
  snprintf(pOut->zLogin, sizeof(pOut->zLogin), "%s", d->xColumnText(pS, 1));
  snprintf(pOut->zName, sizeof(pOut->zName), "%s", d->xColumnText(pS, 2));
  r = access_role_parse(d->xColumnText(pS, 3));
  pOut->eRole = r<0 ? ROLE_PUBLIC : (Role)r;
  pOut->iParty = d->xColumnType(pS, 4)==DB_NULL ? 0 : d->xColumnInt(pS, 4);
  snprintf(pOut->zLang, sizeof(pOut->zLang), "%s", d->xColumnText(pS, 5));
  store_grant_load(p, pOut);
}

/* Hash zLogin's new password with argon2id.  ACC_INVALID if the policy
** (store_password_check()) refuses it. */
static AccRc password_hash(const char *zLogin, const char *zPw,
                           char zOut[crypto_pwhash_STRBYTES],
                           char *zErr, int nErr){
  AccRc rc;
  sodium_start();
  rc = store_password_check(zLogin, zPw, zErr, nErr);
  if( rc ) return rc;
  if( crypto_pwhash_str(zOut, zPw, strlen(zPw),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE)!=0 ){
    acc_fatal("out of memory hashing a password");
  }
  return ACC_OK;
}

AccRc store_account_add(Store *p, const char *zLogin, const char *zName,
                        Role eRole, int64_t iParty, const char *zPassword,
                        int64_t *pId, char *zErr, int nErr){
  char zHash[crypto_pwhash_STRBYTES], zAt[21], zData[400];
  char zNameDig[TOKEN_HEX], zPwDig[TOKEN_HEX];
  DbStmt *pS;
  AccRc rc;
  const char *c;
  Account acc;
  if( zLogin==0 || zLogin[0]==0 || strlen(zLogin)>64 ){
    snprintf(zErr, nErr, "login: 1 to 64 characters");
    return ACC_INVALID;
  }
  for(c=zLogin; *c; c++){
    if( !((*c>='a' && *c<='z') || (*c>='0' && *c<='9') || *c=='.'
          || *c=='-' || *c=='_' || *c=='@') ){
      snprintf(zErr, nErr, "login: use lower-case letters, digits and "
               ". - _ @ only");
      return ACC_INVALID;
    }
  }
  if( zName==0 || zName[0]==0 ){
    snprintf(zErr, nErr, "name: required");
    return ACC_INVALID;
  }
  if( (eRole==ROLE_COCHAIR || eRole==ROLE_SECRETARIAT) && iParty==0 ){
    snprintf(zErr, nErr, "party: a %s serves a party; give --party",
             azRoleName[eRole]);
    return ACC_INVALID;
  }
  if( iParty ){
    Value v;
    char zMsg[200];
    v.eType = VAL_INT;
    v.i = iParty;
    if( store_ref_resolve(p, ENT_PARTY, &v, zMsg, sizeof(zMsg)) ){
      snprintf(zErr, nErr, "party: %s", zMsg);
      return ACC_INVALID;
    }
  }
  if( store_account_get(p, zLogin, &acc)==ACC_OK ){
    snprintf(zErr, nErr, "login: \"%s\" is taken", zLogin);
    return ACC_CONFLICT;
  }
  if( zPassword
   && (rc = password_hash(zLogin, zPassword, zHash, zErr, nErr))!=0 ){
    return rc;
  }
  store_now(zAt);
  pS = store_sq_stmt(p, SQ_ACC_INSERT);
  p->pDrv->xBindText(pS, 1, zLogin);
  p->pDrv->xBindText(pS, 2, zName);
  p->pDrv->xBindText(pS, 3, azRoleName[eRole]);
  store_bind_id(p, pS, 4, iParty);
  if( zPassword ) p->pDrv->xBindText(pS, 5, zHash);
  else p->pDrv->xBindNull(pS, 5);
  p->pDrv->xBindText(pS, 6, zAt);
  rc = store_run(p, pS, zErr, nErr);
  if( rc ) return rc;
  if( pId ) *pId = p->pDrv->xLastId(p->pDb);
  /* The name and the password hash as digests (replay.c): the log
  ** shows neither, and `accord verify` finds either swapped. */
  store_token_hash(zName, zNameDig);
  if( zPassword ) store_token_hash(zHash, zPwDig);
  snprintf(zData, sizeof(zData), "{\"login\":\"%s\",\"role\":\"%s\","
           "\"party_id\":%lld,\"lang\":\"en\",\"name_digest\":\"%s\","
           "\"password_digest\":%s%s%s}", zLogin, azRoleName[eRole],
           (long long)iParty, zNameDig, zPassword ? "\"" : "",
           zPassword ? zPwDig : "null", zPassword ? "\"" : "");
  return store_audit_add(p, "account", "account", p->pDrv->xLastId(p->pDb),
                         zData);
}

AccRc store_account_password(Store *p, const char *zLogin,
                             const char *zPassword, char *zErr, int nErr){
  char zHash[crypto_pwhash_STRBYTES];
  Account acc;
  DbStmt *pS;
  AccRc rc;
  if( store_account_get(p, zLogin, &acc) ){
    snprintf(zErr, nErr, "no account \"%s\"", zLogin);
    return ACC_NOTFOUND;
  }
  rc = password_hash(zLogin, zPassword, zHash, zErr, nErr);
  if( rc ) return rc;
  pS = store_sq_stmt(p, SQ_ACC_PASSWORD);
  p->pDrv->xBindText(pS, 1, zLogin);
  p->pDrv->xBindText(pS, 2, zHash);
  rc = store_run(p, pS, zErr, nErr);
  if( rc==ACC_OK ){
    char zDig[TOKEN_HEX], zData[120];
    store_token_hash(zHash, zDig);
    snprintf(zData, sizeof(zData), "{\"password\":\"changed\","
             "\"password_digest\":\"%s\"}", zDig);
    rc = store_audit_add(p, "account", "account", acc.id, zData);
  }
  return rc;
}

AccRc store_account_get(Store *p, const char *zLogin, Account *pOut){
  DbStmt *pS = store_sq_stmt(p, SQ_ACC_GET);
  AccRc rc = ACC_NOTFOUND;
  p->pDrv->xBindText(pS, 1, zLogin);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    store_account_row(p, pS, pOut);
    rc = ACC_OK;
  }
  p->pDrv->xReset(pS);
  return rc;
}

/* Read an account by id. */
static AccRc account_by_id(Store *p, int64_t id, Account *pOut){
  DbStmt *pS = store_sq_stmt(p, SQ_ACC_BY_ID);
  AccRc rc = ACC_NOTFOUND;
  p->pDrv->xBindInt(pS, 1, id);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    store_account_row(p, pS, pOut);
    rc = ACC_OK;
  }
  p->pDrv->xReset(pS);
  return rc;
}

AccRc store_account_each(Store *p, int (*x)(void*, const Account*),
                         void *pArg){
  DbStmt *pS = store_sq_stmt(p, SQ_ACC_EACH);
  Account acc;
  while( p->pDrv->xStep(pS)==DB_ROW ){
    store_account_row(p, pS, &acc);
    if( x(pArg, &acc) ) break;
  }
  p->pDrv->xReset(pS);
  return ACC_OK;
}

/* A hash made once with the same cost as real ones. */
static char zDummyHash[crypto_pwhash_STRBYTES];
static pthread_once_t dummyOnce = PTHREAD_ONCE_INIT;
static void dummy_make(void){
  if( crypto_pwhash_str(zDummyHash, "not a password", 14,
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE)!=0 ){
    acc_fatal("out of memory hashing a password");
  }
}

/* Verify a password against the dummy hash; the answer is ignored. */
static void dummy_verify(const char *zPassword){
  pthread_once(&dummyOnce, dummy_make);
  if( crypto_pwhash_str_verify(zDummyHash, zPassword, strlen(zPassword))==0 ){
    return;   /* the answer does not matter */
  }
}

AccRc store_login_verify(Store *p, const char *zLogin, const char *zPassword,
                         Account *pOut){
  DbStmt *pS;
  char zHash[crypto_pwhash_STRBYTES];
  int bOk = 0, bFound = 0;
  Account acc;
  sodium_start();
  /* The hash is copied out so that no read transaction stays open while
  ** it is checked (on a hashing thread of the server, for a second). */
  zHash[0] = 0;
  pS = store_sq_stmt(p, SQ_ACC_GET);
  p->pDrv->xBindText(pS, 1, zLogin);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    bFound = 1;
    snprintf(zHash, sizeof(zHash), "%s", p->pDrv->xColumnText(pS, 6));
    store_account_row(p, pS, &acc);
  }
  p->pDrv->xReset(pS);
  if( bFound && zHash[0] ){
    if( crypto_pwhash_str_verify(zHash, zPassword, strlen(zPassword))==0 ){
      *pOut = acc;
      bOk = 1;
    }
  }else{
    /* Take as long for an unknown login (or one without a password) as
    ** for a wrong password, so the time of the answer does not tell
    ** which logins exist. */
    dummy_verify(zPassword);
  }
  return bOk ? ACC_OK : ACC_NOTFOUND;
}

AccRc store_session_new(Store *p, int64_t iAccount, int nHours,
                        char zToken[TOKEN_HEX], char zCsrf[CSRF_HEX]){
  DbStmt *pS = store_sq_stmt(p, SQ_SESS_INSERT);
  char zHash[TOKEN_HEX], zNow[21], zEnd[21], zData[300];
  int bOwn;
  AccRc rc;
  sodium_start();
  store_random_hex(zToken, 32);
  store_random_hex(zCsrf, 16);
  store_token_hash(zToken, zHash);
  store_now(zNow);
  time_plus(nHours*60, zEnd);
  p->pDrv->xBindText(pS, 1, zHash);
  p->pDrv->xBindInt(pS, 2, iAccount);
  p->pDrv->xBindText(pS, 3, zCsrf);
  p->pDrv->xBindText(pS, 4, zNow);
  p->pDrv->xBindText(pS, 5, zEnd);
  bOwn = !p->nTxn;
  if( bOwn && store_begin(p) ){
    p->pDrv->xReset(pS);
    return ACC_BUSY;
  }
  rc = store_run(p, pS, 0, 0);
  if( rc==ACC_OK ){
    /* Opened through Accord: the token's hash is in the log (replay.c). */
    snprintf(zData, sizeof(zData), "{\"account_id\":%lld,\"token_hash\":"
             "\"%s\",\"created_at\":\"%s\",\"expires_at\":\"%s\"}",
             (long long)iAccount, zHash, zNow, zEnd);
    rc = store_audit_add(p, "session", "session", p->pDrv->xLastId(p->pDb),
                         zData);
  }
  if( bOwn ){
    if( rc==ACC_OK ) rc = store_commit(p);
    if( rc!=ACC_OK ) store_rollback(p);
  }
  return rc;
}

AccRc store_session_get(Store *p, const char *zToken, Account *pOut,
                        char zCsrf[CSRF_HEX], char zExpires[21]){
  DbStmt *pS = store_sq_stmt(p, SQ_SESS_GET);
  char zHash[TOKEN_HEX], zNow[21];
  int64_t iAcc = 0;
  sodium_start();
  store_token_hash(zToken, zHash);
  store_now(zNow);
  p->pDrv->xBindText(pS, 1, zHash);
  p->pDrv->xBindText(pS, 2, zNow);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    iAcc = p->pDrv->xColumnInt(pS, 0);
    snprintf(zCsrf, CSRF_HEX, "%s", p->pDrv->xColumnText(pS, 1));
    if( zExpires ) snprintf(zExpires, 21, "%s", p->pDrv->xColumnText(pS, 2));
  }
  p->pDrv->xReset(pS);
  if( iAcc==0 ) return ACC_NOTFOUND;
  return account_by_id(p, iAcc, pOut);
}

void store_session_end(Store *p, const char *zToken){
  DbStmt *pS = store_sq_stmt(p, SQ_SESS_DEL);
  char zHash[TOKEN_HEX], zData[80];
  int64_t iAcc = 0, iSess = 0;
  AccRc rc = ACC_OK;
  int bOwn, r;
  sodium_start();
  store_token_hash(zToken, zHash);
  /* The row and its audit entry in one write transaction: outside one,
  ** the entry's link to the last entry (SQ_AUDIT_LAST) could be read
  ** while another writer's entry is not yet committed, and the two
  ** would hang from the same entry (a fork of the chain that `accord
  ** verify` reports); on PostgreSQL nothing else held the writers' lock
  ** (pg.c), and the row could go without its entry. */
  bOwn = !p->nTxn;
  if( bOwn && store_begin(p) ) return;   /* busy: the session stays */
  p->pDrv->xBindText(pS, 1, zHash);
  while( (r = p->pDrv->xStep(pS))==DB_ROW ){
    iAcc = p->pDrv->xColumnInt(pS, 0);
    iSess = p->pDrv->xColumnInt(pS, 1);
  }
  p->pDrv->xReset(pS);
  if( r<0 ) rc = (AccRc)(-r);
  /* Ending a session is a change of the data (store_data_version()), so
  ** that whoever keeps sessions in memory sees it on the next request. */
  if( rc==ACC_OK && iAcc ){
    snprintf(zData, sizeof(zData), "{\"account_id\":%lld,\"closed\":"
             "[%lld]}", (long long)iAcc, (long long)iSess);
    rc = store_audit_add(p, "session", "session", 0, zData);
  }
  if( bOwn ){
    if( rc==ACC_OK ) rc = store_commit(p);
    if( rc!=ACC_OK ) store_rollback(p);
  }
}

/* A new token of scope zScope ("api" or "calendar") for account zLogin;
** see store_token_new() and store_calendar_key_new(). */
static AccRc token_new(Store *p, const char *zLogin, const char *zLabel,
                       const char *zScope, char zToken[TOKEN_HEX],
                       char *zErr, int nErr){
  DbStmt *pS;
  Account acc;
  char zHash[TOKEN_HEX], zNow[21];
  AccRc rc;
  if( store_account_get(p, zLogin, &acc) ){
    snprintf(zErr, nErr, "no account \"%s\"", zLogin);
    return ACC_NOTFOUND;
  }
  sodium_start();
  store_random_hex(zToken, 32);
  store_token_hash(zToken, zHash);
  store_now(zNow);
  pS = store_sq_stmt(p, SQ_TOK_INSERT);
  p->pDrv->xBindText(pS, 1, zHash);
  p->pDrv->xBindInt(pS, 2, acc.id);
  p->pDrv->xBindText(pS, 3, zLabel ? zLabel : "");
  p->pDrv->xBindText(pS, 4, zNow);
  p->pDrv->xBindText(pS, 5, zScope);
  rc = store_run(p, pS, zErr, nErr);
  if( rc==ACC_OK ){
    /* The token's row as replay.c rebuilds it (the hash, never the
    ** token). */
    Buf b = BUF_INIT;
    buf_appendf(&b, "{\"%s\":\"added\",\"id\":%lld,\"token_hash\":\"%s\","
                "\"created_at\":\"%s\",\"label\":",
                strcmp(zScope, "api")==0 ? "api_token" : "calendar_key",
                (long long)p->pDrv->xLastId(p->pDb), zHash, zNow);
    store_json_string(&b, zLabel ? zLabel : "", -1);
    buf_putc(&b, '}');
    rc = store_audit_add(p, "account", "account", acc.id, buf_str(&b));
    buf_free(&b);
  }
  return rc;
}

/* The account of a token of scope zScope, or ACC_NOTFOUND. */
static AccRc token_get(Store *p, const char *zToken, const char *zScope,
                       Account *pOut){
  DbStmt *pS = store_sq_stmt(p, SQ_TOK_GET);
  char zHash[TOKEN_HEX];
  int64_t iAcc = 0;
  sodium_start();
  store_token_hash(zToken, zHash);
  p->pDrv->xBindText(pS, 1, zHash);
  p->pDrv->xBindText(pS, 2, zScope);
  if( p->pDrv->xStep(pS)==DB_ROW ) iAcc = p->pDrv->xColumnInt(pS, 0);
  p->pDrv->xReset(pS);
  if( iAcc==0 ) return ACC_NOTFOUND;
  return account_by_id(p, iAcc, pOut);
}

AccRc store_token_new(Store *p, const char *zLogin, const char *zLabel,
                      char zToken[TOKEN_HEX], char *zErr, int nErr){
  return token_new(p, zLogin, zLabel, "api", zToken, zErr, nErr);
}

AccRc store_token_get(Store *p, const char *zToken, Account *pOut){
  return token_get(p, zToken, "api", pOut);
}

AccRc store_calendar_key_new(Store *p, const char *zLogin,
                             const char *zLabel, char zKey[TOKEN_HEX],
                             char *zErr, int nErr){
  return token_new(p, zLogin, zLabel, "calendar", zKey, zErr, nErr);
}

AccRc store_calendar_key_get(Store *p, const char *zKey, Account *pOut){
  return token_get(p, zKey, "calendar", pOut);
}

/* The dialogue of an item that needs publication, or 0. */
static int64_t publish_dialogue(Store *p, int e, int64_t id){
  Arena a = ARENA_INIT;
  Value *aV;
  int64_t idD = 0;
  if( aEntity[e].bPublish
   && store_item_get(p, e, id, &a, &aV)==ACC_OK ){
    idD = store_pub_dialogue(p, e, id);
  }
  arena_free(&a);
  return idD;
}

/* Who approves item id of entity e for pAcc: the signer (pAcc with the
** party it signs for) into *pSigner, the item's dialogue into *pidD. */
static AccRc approver_of(Store *p, int e, int64_t id, const Account *pAcc,
                         Account *pSigner, int64_t *pidD,
                         char *zErr, int nErr){
  int64_t idD = publish_dialogue(p, e, id);
  *pidD = idD;
  if( idD==0 ){
    snprintf(zErr, nErr, "no %s %lld that needs approval",
             aEntity[e].zTitle, (long long)id);
    return ACC_NOTFOUND;
  }
  /* A co-chair of a party of the dialogue approves for their party;
  ** whom a party's co-chair designated (a key of that party), for it. */
  if( store_signer_for(p, pAcc, idD, pSigner) ){
    snprintf(zErr, nErr, "only a co-chair of a party of this dialogue "
             "(or whom its co-chair designated to sign) may approve");
    return ACC_INVALID;
  }
  return ACC_OK;
}

AccRc store_approver_check(Store *p, int e, int64_t id, const Account *pAcc,
                           char *zErr, int nErr){
  Account signer;
  int64_t idD;
  return approver_of(p, e, id, pAcc, &signer, &idD, zErr, nErr);
}

AccRc store_approve(Store *p, int e, int64_t id, const Account *pAcc,
                    SignReq *pReq, char *zErr, int nErr){
  int64_t idD = 0, v = 0, iKey = 0;
  char zSig[SIGN_SIG_HEX], zSecret[SIGN_SK_HEX];
  Account signer;
  AccRc rc;
  int bOwn;
  rc = approver_of(p, e, id, pAcc, &signer, &idD, zErr, nErr);
  if( rc ) return rc;
  pAcc = &signer;
  /* The signature is made (the key unsealed: slow) before the
  ** transaction; store_approval_land() checks the version again in it. */
  rc = sign_approval_prepare(p, aEntity[e].zName, id, pAcc, pReq, &v, &iKey,
                             zSig, zSecret, zErr, nErr);
  if( rc ) return rc;
  bOwn = !p->nTxn;
  if( bOwn && store_begin(p) ){
    sodium_memzero(zSecret, sizeof(zSecret));
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  rc = store_approval_land(p, aEntity[e].zName, id, v, pAcc, pReq, iKey,
                           zSig, zSecret, zErr, nErr);
  sodium_memzero(zSecret, sizeof(zSecret));
  if( rc==ACC_OK ) rc = store_publish_if_joint(p, e, id);
  if( bOwn ){
    if( rc==ACC_OK ) rc = store_commit(p);
    if( rc!=ACC_OK ) store_rollback(p);
  }
  return rc;
}

/* The approvals of item id of the entity named zEntity, newest first.
** bReport: of a report version, which the public sees once issued
** (store_report_get() decides that), from SQ_APPR_EACH with the party's
** name left out (the caller reads the published one). */
static AccRc approval_each(Store *p, const char *zEntity, int64_t id,
                           int bReport, int (*x)(void*, const Approval*),
                           void *pArg){
  /* The public reads the parties' published names (publish.c). */
  int bPq = p->eView==CLASS_PUBLIC && !bReport;
  DbStmt *pS = bPq ? store_pq_stmt(p, PQ_APPR_EACH)
                   : store_sq_stmt(p, SQ_APPR_EACH);
  Approval ap;
  p->pDrv->xBindText(pS, 1, zEntity);
  p->pDrv->xBindInt(pS, 2, id);
  /* The current version: an item's approval version (content.c); a
  ** report version's approvals are of itself. */
  if( !bPq ){
    int e = bReport ? -1 : model_entity_find(zEntity);
    p->pDrv->xBindInt(pS, 3, e<0 ? id : store_approval_version(p, e, id));
  }
  while( p->pDrv->xStep(pS)==DB_ROW ){
    ap.iParty = p->pDrv->xColumnInt(pS, 0);
    ap.zParty = bReport && p->eView==CLASS_PUBLIC ? ""
              : p->pDrv->xColumnText(pS, 1);
    /* Logins are never shown to the public. */
    ap.zLogin = p->eView==CLASS_PUBLIC ? "" : p->pDrv->xColumnText(pS, 2);
    ap.zName = p->pDrv->xColumnText(pS, 3);
    ap.zAt = p->pDrv->xColumnText(pS, 4);
    ap.bCurrent = p->pDrv->xColumnInt(pS, 5)!=0;
    if( x(pArg, &ap) ) break;
  }
  p->pDrv->xReset(pS);
  return ACC_OK;
}

AccRc store_approval_each(Store *p, int e, int64_t id,
                          int (*x)(void*, const Approval*), void *pArg){
  return approval_each(p, aEntity[e].zName, id, 0, x, pArg);
}

AccRc store_report_approval_each(Store *p, int64_t iVersionId,
                                 int (*x)(void*, const Approval*),
                                 void *pArg){
  return approval_each(p, "report", iVersionId, 1, x, pArg);
}

int store_item_published(Store *p, int e, int64_t id){
  /* Its current version is the published one (publish.c); for the
  ** public, which reads the published version, that there is one. */
  int64_t v = store_pub_version(p, e, id, 0, 0);
  if( p->eView==CLASS_PUBLIC ) return aEntity[e].bPublish && v!=0;
  return aEntity[e].bPublish && v!=0 && v==store_approval_version(p, e, id);
}
