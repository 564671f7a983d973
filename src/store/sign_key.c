/*
** sign_key.c: signing keys and their life (sign.h): made, registered
** from offline, designated, rotated by a signed hand-over, replaced after
** a lost password with the other party's acknowledgement, re-sealed when
** the password changes.  Every event is an audit entry (action "key",
** entity "signing_key") with the public key, never the secret.
**
** A secret key on the server is sealed: argon2id (crypto_pwhash, its own
** random salt, interactive limits) derives a key from the holder's
** password, and XChaCha20-Poly1305 encrypts the 64-byte Ed25519 secret
** with the public key (hex) as associated data.  The column "sealed"
** holds hex(nonce || ciphertext).
*/
#include "signInt.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char zKeyInsSql[] =
  "INSERT INTO signing_key(account_id, party_id, public_key, sealed, salt,"
  " kdf, opslimit, memlimit, valid_from, state, origin, self_signature,"
  " by_key_id, by_signature, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6,"
  " ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
static const char zKeyGetSql[] = "SELECT " SIGN_KEY_COLS " WHERE k.id=?1";
static const char zKeyCurSql[] =
  "SELECT " SIGN_KEY_COLS " WHERE k.account_id=?1 AND k.party_id=?2"
  " AND k.state='active' AND k.valid_to IS NULL ORDER BY k.id DESC LIMIT 1";
static const char zKeyLiveSql[] =
  "SELECT " SIGN_KEY_COLS " WHERE k.account_id=?1 AND k.party_id=?2"
  " AND k.state IN ('active','pending') ORDER BY k.id DESC LIMIT 1";
static const char zKeyDialSql[] =
  "SELECT " SIGN_KEY_COLS " WHERE k.account_id=?1 AND pt.dialogue_id=?2"
  " AND k.state='active' AND k.valid_to IS NULL ORDER BY k.id DESC LIMIT 1";
static const char zKeyEachSql[] =
  "SELECT " SIGN_KEY_COLS " WHERE ?1=0 OR k.party_id=?1 ORDER BY k.id";
static const char zKeySealedSql[] =
  "SELECT sealed, salt, opslimit, memlimit, public_key FROM signing_key"
  " WHERE id=?1";
static const char zKeyEndSql[] =
  "UPDATE signing_key SET state=?2, valid_to=?3 WHERE id=?1";
static const char zKeyActSql[] =
  "UPDATE signing_key SET state='active', valid_from=?2, by_key_id=?3,"
  " by_signature=?4 WHERE id=?1 AND state='pending'";
static const char zKeyResealSql[] =
  "UPDATE signing_key SET sealed=?2, salt=?3, opslimit=?4, memlimit=?5"
  " WHERE id=?1";
static const char zKeyAccLiveSql[] =
  "SELECT id, state FROM signing_key WHERE account_id=?1"
  " AND state IN ('active','pending') AND sealed IS NOT NULL ORDER BY id";
static const char zKeyAccActiveSql[] =
  "SELECT id FROM signing_key WHERE account_id=?1 AND party_id=?2"
  " AND state='active' AND id<>?3";

void sign_key_row(Store *p, DbStmt *pS, SigningKey *pOut){
  const DbDriver *d = p->pDrv;
  memset(pOut, 0, sizeof(*pOut));
  pOut->id = d->xColumnInt(pS, 0);
  pOut->iAccount = d->xColumnInt(pS, 1);
  pOut->iParty = d->xColumnInt(pS, 2);
  pOut->iByKey = d->xColumnInt(pS, 3);
  snprintf(pOut->zLogin, sizeof(pOut->zLogin), "%s", d->xColumnText(pS, 4));
  snprintf(pOut->zParty, sizeof(pOut->zParty), "%s", d->xColumnText(pS, 5));
  snprintf(pOut->zPublic, sizeof(pOut->zPublic), "%s", d->xColumnText(pS, 6));
  snprintf(pOut->zValidFrom, sizeof(pOut->zValidFrom), "%s",
           d->xColumnText(pS, 7));
  snprintf(pOut->zValidTo, sizeof(pOut->zValidTo), "%s",
           d->xColumnText(pS, 8));
  snprintf(pOut->zState, sizeof(pOut->zState), "%s", d->xColumnText(pS, 9));
  snprintf(pOut->zOrigin, sizeof(pOut->zOrigin), "%s",
           d->xColumnText(pS, 10));
  pOut->bSealed = (int)d->xColumnInt(pS, 11);
}

/* Run a key statement with up to three int parameters; read one row. */
static AccRc key_read(Store *p, const char *zSql, int nArg, int64_t a1,
                      int64_t a2, SigningKey *pOut){
  DbStmt *pS = sign_stmt(p, zSql);
  AccRc rc = ACC_NOTFOUND;
  if( nArg>=1 ) p->pDrv->xBindInt(pS, 1, a1);
  if( nArg>=2 ) p->pDrv->xBindInt(pS, 2, a2);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    sign_key_row(p, pS, pOut);
    rc = ACC_OK;
  }
  p->pDrv->xFinalize(pS);
  return rc;
}

AccRc store_key_get(Store *p, int64_t iKey, SigningKey *pOut){
  return key_read(p, zKeyGetSql, 1, iKey, 0, pOut);
}

AccRc store_key_current(Store *p, int64_t iAccount, int64_t iParty,
                        SigningKey *pOut){
  return key_read(p, zKeyCurSql, 2, iAccount, iParty, pOut);
}

AccRc store_signer_for(Store *p, const Account *pAcc, int64_t idD,
                       Account *pOut){
  char zParty[80], zDial[80];
  int64_t idMine = 0;
  SigningKey k;
  *pOut = *pAcc;
  if( pAcc->eRole==ROLE_COCHAIR && pAcc->iParty
   && store_party_codes(p, pAcc->iParty, zParty, sizeof(zParty), zDial,
                        sizeof(zDial), &idMine)==ACC_OK && idMine==idD ){
    return ACC_OK;
  }
  if( key_read(p, zKeyDialSql, 2, pAcc->id, idD, &k)==ACC_OK ){
    pOut->iParty = k.iParty;
    return ACC_OK;
  }
  return ACC_INVALID;
}

AccRc store_key_each(Store *p, int64_t iParty,
                     int (*x)(void*, const SigningKey*), void *pArg){
  DbStmt *pS = sign_stmt(p, zKeyEachSql);
  SigningKey k;
  p->pDrv->xBindInt(pS, 1, iParty);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    sign_key_row(p, pS, &k);
    if( x(pArg, &k) ) break;
  }
  p->pDrv->xFinalize(pS);
  return ACC_OK;
}

/* A sealed secret: hex nonce||ciphertext, hex salt, and the limits. */
typedef struct Sealed {
  char zSealed[2*(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
                  + crypto_sign_SECRETKEYBYTES
                  + crypto_aead_xchacha20poly1305_ietf_ABYTES)+1];
  char zSalt[2*crypto_pwhash_SALTBYTES+1];
  int64_t nOps, nMem;
} Sealed;

/* Derive the sealing key from a password; 0 or -1 (out of memory). */
static int seal_kdf(const char *zPw, const unsigned char *salt,
                    int64_t nOps, int64_t nMem, unsigned char *aKey){
  return crypto_pwhash(aKey, crypto_aead_xchacha20poly1305_ietf_KEYBYTES,
                       zPw, strlen(zPw), salt, (unsigned long long)nOps,
                       (size_t)nMem, crypto_pwhash_ALG_ARGON2ID13);
}

/* Seal secret zSecret (hex) of public key zPublic with password zPw. */
static void seal(const char *zSecret, const char *zPublic, const char *zPw,
                 Sealed *pOut){
  unsigned char salt[crypto_pwhash_SALTBYTES];
  unsigned char aKey[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
  unsigned char sk[crypto_sign_SECRETKEYBYTES];
  unsigned char aOut[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
                     + crypto_sign_SECRETKEYBYTES
                     + crypto_aead_xchacha20poly1305_ietf_ABYTES];
  unsigned long long nC = 0;
  size_t nSk = 0;
  sign_sodium();
  randombytes_buf(salt, sizeof(salt));
  pOut->nOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
  pOut->nMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
  if( seal_kdf(zPw, salt, pOut->nOps, pOut->nMem, aKey) ){
    acc_fatal("out of memory sealing a key");
  }
  if( sodium_hex2bin(sk, sizeof(sk), zSecret, strlen(zSecret), 0, &nSk, 0)
   || nSk!=sizeof(sk) ){
    acc_fatal("a secret key is malformed");
  }
  randombytes_buf(aOut, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      aOut+crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &nC, sk, sizeof(sk),
      (const unsigned char*)zPublic, strlen(zPublic), 0, aOut, aKey);
  sodium_memzero(sk, sizeof(sk));
  sodium_memzero(aKey, sizeof(aKey));
  sodium_bin2hex(pOut->zSealed, sizeof(pOut->zSealed), aOut, sizeof(aOut));
  sodium_bin2hex(pOut->zSalt, sizeof(pOut->zSalt), salt, sizeof(salt));
}

AccRc store_key_unseal(Store *p, int64_t iKey, const char *zPassword,
                       char zSecret[SIGN_SK_HEX], char *zErr, int nErr){
  DbStmt *pS = sign_stmt(p, zKeySealedSql);
  unsigned char salt[crypto_pwhash_SALTBYTES];
  unsigned char aKey[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
  unsigned char sk[crypto_sign_SECRETKEYBYTES];
  unsigned char aIn[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
                    + crypto_sign_SECRETKEYBYTES
                    + crypto_aead_xchacha20poly1305_ietf_ABYTES];
  char zPublic[SIGN_PK_HEX], zSealed[sizeof(aIn)*2+1], zSalt[SIGN_PK_HEX];
  int64_t nOps = 0, nMem = 0;
  unsigned long long nM = 0;
  size_t n1 = 0, n2 = 0;
  int bFound = 0;
  sign_sodium();
  zSecret[0] = 0;
  zSealed[0] = 0;
  p->pDrv->xBindInt(pS, 1, iKey);
  if( p->pDrv->xStep(pS)==DB_ROW && p->pDrv->xColumnType(pS, 0)!=DB_NULL ){
    bFound = 1;
    snprintf(zSealed, sizeof(zSealed), "%s", p->pDrv->xColumnText(pS, 0));
    snprintf(zSalt, sizeof(zSalt), "%s", p->pDrv->xColumnText(pS, 1));
    nOps = p->pDrv->xColumnInt(pS, 2);
    nMem = p->pDrv->xColumnInt(pS, 3);
    snprintf(zPublic, sizeof(zPublic), "%s", p->pDrv->xColumnText(pS, 4));
  }
  p->pDrv->xFinalize(pS);
  if( !bFound ){
    snprintf(zErr, nErr, "key %lld is not kept on this server: sign with "
             "`accord sign` where it is kept", (long long)iKey);
    return ACC_INVALID;
  }
  if( sodium_hex2bin(aIn, sizeof(aIn), zSealed, strlen(zSealed), 0, &n1, 0)
   || n1!=sizeof(aIn)
   || sodium_hex2bin(salt, sizeof(salt), zSalt, strlen(zSalt), 0, &n2, 0)
   || n2!=sizeof(salt) || nOps<1 || nMem<8192 || nMem>((int64_t)1<<32) ){
    snprintf(zErr, nErr, "key %lld: its sealed secret is damaged",
             (long long)iKey);
    return ACC_INVALID;
  }
  if( seal_kdf(zPassword, salt, nOps, nMem, aKey) ){
    acc_fatal("out of memory unsealing a key");
  }
  if( crypto_aead_xchacha20poly1305_ietf_decrypt(sk, &nM, 0,
        aIn+crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
        sizeof(aIn)-crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
        (const unsigned char*)zPublic, strlen(zPublic), aIn, aKey)!=0
   || nM!=sizeof(sk) ){
    sodium_memzero(aKey, sizeof(aKey));
    snprintf(zErr, nErr, "password: wrong (it does not unseal key %lld)",
             (long long)iKey);
    return ACC_INVALID;
  }
  sodium_memzero(aKey, sizeof(aKey));
  sodium_bin2hex(zSecret, SIGN_SK_HEX, sk, sizeof(sk));
  sodium_memzero(sk, sizeof(sk));
  return ACC_OK;
}

/* One new key row and its audit entry.  zSecret (hex) is sealed with
** zPw when both are given; it also makes the self-signature. */
typedef struct NewKey {
  const Account *pAcc;
  int64_t iParty;
  const char *zPartyCode;
  const char *zPublic;
  const char *zSecret;       /* or NULL */
  const char *zPw;           /* or NULL */
  const char *zState, *zOrigin;
  const char *zValidFrom;    /* or NULL (pending) */
  int64_t iByKey;            /* or 0 */
  const char *zBySig;        /* or NULL */
} NewKey;

static AccRc key_insert(Store *p, const NewKey *k, int64_t *piKey,
                        char *zErr, int nErr){
  DbStmt *pS = sign_stmt(p, zKeyInsSql);
  char zSelf[SIGN_SIG_HEX], zNow[21];
  Buf m = BUF_INIT, d = BUF_INIT;
  Sealed s;
  AccRc rc;
  int64_t iKey;
  store_now(zNow);
  sign_key_message(&m, k->zOrigin, k->zPublic, k->zPartyCode,
                   k->pAcc->zLogin);
  p->pDrv->xBindInt(pS, 1, k->pAcc->id);
  p->pDrv->xBindInt(pS, 2, k->iParty);
  p->pDrv->xBindText(pS, 3, k->zPublic);
  if( k->zSecret && k->zPw ){
    seal(k->zSecret, k->zPublic, k->zPw, &s);
    p->pDrv->xBindText(pS, 4, s.zSealed);
    p->pDrv->xBindText(pS, 5, s.zSalt);
    p->pDrv->xBindText(pS, 6, "argon2id13");
    p->pDrv->xBindInt(pS, 7, s.nOps);
    p->pDrv->xBindInt(pS, 8, s.nMem);
  }
  if( k->zValidFrom ) p->pDrv->xBindText(pS, 9, k->zValidFrom);
  p->pDrv->xBindText(pS, 10, k->zState);
  p->pDrv->xBindText(pS, 11, k->zOrigin);
  if( k->zSecret ){
    sign_detached(k->zSecret, buf_str(&m), strlen(buf_str(&m)), zSelf);
    p->pDrv->xBindText(pS, 12, zSelf);
  }
  store_bind_id(p, pS, 13, k->iByKey);
  if( k->zBySig ) p->pDrv->xBindText(pS, 14, k->zBySig);
  p->pDrv->xBindText(pS, 15, zNow);
  rc = store_run(p, pS, zErr, nErr);
  p->pDrv->xFinalize(pS);
  buf_free(&m);
  if( rc ){
    if( rc==ACC_CONFLICT ) snprintf(zErr, nErr, "public_key: already "
                                    "registered");
    return rc;
  }
  iKey = p->pDrv->xLastId(p->pDb);
  buf_appendf(&d, "{\"event\":\"%s\",\"public_key\":\"%s\",\"account\":"
              "\"%s\",\"party_id\":%lld,\"state\":\"%s\"", k->zOrigin,
              k->zPublic, k->pAcc->zLogin, (long long)k->iParty, k->zState);
  if( k->iByKey ){
    buf_appendf(&d, ",\"by_key_id\":%lld,\"signature\":\"%s\"",
                (long long)k->iByKey, k->zBySig ? k->zBySig : "");
  }
  buf_puts(&d, "}");
  rc = store_audit_add(p, "key", "signing_key", iKey, buf_str(&d));
  buf_free(&d);
  if( piKey ) *piKey = iKey;
  return rc;
}

/* An audit entry of a key event on an existing key. */
static AccRc key_event(Store *p, int64_t iKey, const char *zEvent,
                       const char *zExtra){
  SigningKey k;
  Buf d = BUF_INIT;
  AccRc rc;
  store_key_get(p, iKey, &k);
  buf_appendf(&d, "{\"event\":\"%s\",\"public_key\":\"%s\"%s}", zEvent,
              k.zPublic, zExtra ? zExtra : "");
  rc = store_audit_add(p, "key", "signing_key", iKey, buf_str(&d));
  buf_free(&d);
  return rc;
}

/* End key iKey: state zState, valid to zAt. */
static AccRc key_end(Store *p, int64_t iKey, const char *zState,
                     const char *zAt){
  DbStmt *pS = sign_stmt(p, zKeyEndSql);
  AccRc rc;
  p->pDrv->xBindInt(pS, 1, iKey);
  p->pDrv->xBindText(pS, 2, zState);
  p->pDrv->xBindText(pS, 3, zAt);
  rc = store_run(p, pS, 0, 0);
  p->pDrv->xFinalize(pS);
  if( rc==ACC_OK ) rc = key_event(p, iKey, zState, 0);
  return rc;
}

/* The account zLogin, whose password must be zPw; and the party (iParty,
** or the account's own if 0) with its code. */
static AccRc key_holder(Store *p, const char *zLogin, const char *zPw,
                        int64_t *piParty, char *zParty, int nParty,
                        Account *pAcc, char *zErr, int nErr){
  char zDial[80];
  if( store_account_get(p, zLogin, pAcc) ){
    snprintf(zErr, nErr, "login: no account \"%s\"", zLogin);
    return ACC_NOTFOUND;
  }
  if( *piParty==0 ) *piParty = pAcc->iParty;
  if( *piParty==0 ){
    snprintf(zErr, nErr, "party: %s serves no party; give --party",
             zLogin);
    return ACC_INVALID;
  }
  if( store_party_codes(p, *piParty, zParty, nParty, zDial, sizeof(zDial),
                        0) ){
    snprintf(zErr, nErr, "party: no party %lld", (long long)*piParty);
    return ACC_INVALID;
  }
  if( zPw==0 || store_login_verify(p, zLogin, zPw, pAcc) ){
    snprintf(zErr, nErr, "password: wrong for %s", zLogin);
    return ACC_INVALID;
  }
  return ACC_OK;
}

AccRc store_key_create(Store *p, const char *zLogin, int64_t iParty,
                       const char *zPassword, SigningKey *pOut,
                       char *zErr, int nErr){
  char zPub[SIGN_PK_HEX], zSec[SIGN_SK_HEX], zParty[80], zNow[21];
  SigningKey old;
  Account acc;
  NewKey k;
  int64_t iKey = 0;
  AccRc rc;
  int bOwn, bCochair;
  rc = key_holder(p, zLogin, zPassword, &iParty, zParty, sizeof(zParty),
                  &acc, zErr, nErr);
  if( rc ) return rc;
  if( key_read(p, zKeyLiveSql, 2, acc.id, iParty, &old)==ACC_OK ){
    snprintf(zErr, nErr, "%s already has key %lld for %s (%s): rotate it "
             "with `accord key rotate`", zLogin, (long long)old.id, zParty,
             old.zState);
    return ACC_CONFLICT;
  }
  bCochair = acc.eRole==ROLE_COCHAIR && acc.iParty==iParty;
  sign_keypair(zPub, zSec);
  store_now(zNow);
  memset(&k, 0, sizeof(k));
  k.pAcc = &acc;
  k.iParty = iParty;
  k.zPartyCode = zParty;
  k.zPublic = zPub;
  k.zSecret = zSec;
  k.zPw = zPassword;
  k.zState = bCochair ? "active" : "pending";
  k.zOrigin = bCochair ? "created" : "designated";
  k.zValidFrom = bCochair ? zNow : 0;
  if( (bOwn = sign_txn_open(p))<0 ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  rc = key_insert(p, &k, &iKey, zErr, nErr);
  sodium_memzero(zSec, sizeof(zSec));
  rc = sign_txn_close(p, bOwn, rc);
  if( rc==ACC_OK && pOut ) store_key_get(p, iKey, pOut);
  return rc;
}

AccRc store_key_add(Store *p, const char *zLogin, const char *zPublic,
                    const char *zPassword, SigningKey *pOut,
                    char *zErr, int nErr){
  char zParty[80], zNow[21];
  unsigned char pk[32];
  size_t n = 0;
  SigningKey old;
  Account acc;
  NewKey k;
  int64_t iKey = 0, iParty = 0;
  AccRc rc;
  int bOwn;
  sign_sodium();
  if( zPublic==0 || strlen(zPublic)!=64
   || sodium_hex2bin(pk, sizeof(pk), zPublic, 64, 0, &n, 0) || n!=32 ){
    snprintf(zErr, nErr, "--public: 64 hex digits, an Ed25519 public key");
    return ACC_INVALID;
  }
  rc = key_holder(p, zLogin, zPassword, &iParty, zParty, sizeof(zParty),
                  &acc, zErr, nErr);
  if( rc ) return rc;
  if( acc.eRole!=ROLE_COCHAIR ){
    snprintf(zErr, nErr, "%s is no co-chair: a party's co-chair "
             "designates who else signs", zLogin);
    return ACC_INVALID;
  }
  if( key_read(p, zKeyLiveSql, 2, acc.id, iParty, &old)==ACC_OK ){
    snprintf(zErr, nErr, "%s already has key %lld for %s (%s)", zLogin,
             (long long)old.id, zParty, old.zState);
    return ACC_CONFLICT;
  }
  store_now(zNow);
  memset(&k, 0, sizeof(k));
  k.pAcc = &acc;
  k.iParty = iParty;
  k.zPartyCode = zParty;
  k.zPublic = zPublic;
  k.zState = "active";
  k.zOrigin = "added";
  k.zValidFrom = zNow;
  if( (bOwn = sign_txn_open(p))<0 ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  rc = key_insert(p, &k, &iKey, zErr, nErr);
  rc = sign_txn_close(p, bOwn, rc);
  if( rc==ACC_OK && pOut ) store_key_get(p, iKey, pOut);
  return rc;
}

/* Activate pending key pK: signed by key iBy with secret zBySecret. */
static AccRc key_activate(Store *p, const SigningKey *pK, int64_t iBy,
                          const char *zBySecret, char *zErr, int nErr){
  char zSig[SIGN_SIG_HEX], zNow[21], zExtra[200];
  DbStmt *pS;
  Buf m = BUF_INIT;
  AccRc rc;
  sign_key_message(&m, pK->zOrigin, pK->zPublic, pK->zParty, pK->zLogin);
  sign_detached(zBySecret, buf_str(&m), strlen(buf_str(&m)), zSig);
  buf_free(&m);
  store_now(zNow);
  pS = sign_stmt(p, zKeyActSql);
  p->pDrv->xBindInt(pS, 1, pK->id);
  p->pDrv->xBindText(pS, 2, zNow);
  p->pDrv->xBindInt(pS, 3, iBy);
  p->pDrv->xBindText(pS, 4, zSig);
  rc = store_run(p, pS, zErr, nErr);
  p->pDrv->xFinalize(pS);
  if( rc==ACC_OK ){
    snprintf(zExtra, sizeof(zExtra), ",\"by_key_id\":%lld,\"signature\":"
             "\"%s\"", (long long)iBy, zSig);
    rc = key_event(p, pK->id, strcmp(pK->zOrigin, "replaced")==0
                   ? "acknowledged" : "designated", zExtra);
  }
  if( rc==ACC_OK ){
    /* The holder's other live keys for the party end now. */
    IdList ids = IDLIST_INIT;
    int i;
    pS = sign_stmt(p, zKeyAccActiveSql);
    p->pDrv->xBindInt(pS, 1, pK->iAccount);
    p->pDrv->xBindInt(pS, 2, pK->iParty);
    p->pDrv->xBindInt(pS, 3, pK->id);
    while( p->pDrv->xStep(pS)==DB_ROW ){
      idlist_add(&ids, p->pDrv->xColumnInt(pS, 0));
    }
    p->pDrv->xFinalize(pS);
    for(i=0; rc==ACC_OK && i<ids.n; i++){
      rc = key_end(p, ids.a[i], "retired", zNow);
    }
    free(ids.a);
  }
  return rc;
}

/* Activate pending key pK, vouched for by the key of account iAcc valid
** now for party iParty, unsealed with zPassword (a designation or the
** acknowledgement of a replacement). */
static AccRc key_vouch(Store *p, const SigningKey *pK, int64_t iAcc,
                       int64_t iParty, const char *zPassword,
                       char *zErr, int nErr){
  char zSec[SIGN_SK_HEX];
  SigningKey mine;
  AccRc rc;
  int bOwn;
  if( store_key_current(p, iAcc, iParty, &mine) ){
    snprintf(zErr, nErr, "you have no signing key valid now");
    return ACC_INVALID;
  }
  rc = store_key_unseal(p, mine.id, zPassword, zSec, zErr, nErr);
  if( rc ) return rc;
  if( (bOwn = sign_txn_open(p))<0 ){
    sodium_memzero(zSec, sizeof(zSec));
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  rc = key_activate(p, pK, mine.id, zSec, zErr, nErr);
  sodium_memzero(zSec, sizeof(zSec));
  return sign_txn_close(p, bOwn, rc);
}

AccRc store_key_designate(Store *p, const char *zLogin, int64_t iParty,
                          const Account *pCochair, const char *zPassword,
                          SigningKey *pOut, char *zErr, int nErr){
  SigningKey k;
  Account acc;
  AccRc rc;
  if( pCochair->eRole!=ROLE_COCHAIR || pCochair->iParty!=iParty ){
    snprintf(zErr, nErr, "only a co-chair of the party designates who "
             "signs for it");
    return ACC_INVALID;
  }
  if( store_account_get(p, zLogin, &acc) ){
    snprintf(zErr, nErr, "login: no account \"%s\"", zLogin);
    return ACC_NOTFOUND;
  }
  if( key_read(p, zKeyLiveSql, 2, acc.id, iParty, &k)
   || strcmp(k.zState, "pending")!=0 || strcmp(k.zOrigin, "designated")!=0 ){
    snprintf(zErr, nErr, "%s has no key waiting for designation for this "
             "party: they make one first with `accord key create %s "
             "--party P`", zLogin, zLogin);
    return ACC_NOTFOUND;
  }
  rc = key_vouch(p, &k, pCochair->id, iParty, zPassword, zErr, nErr);
  if( rc==ACC_OK && pOut ) store_key_get(p, k.id, pOut);
  return rc;
}

AccRc store_key_rotate(Store *p, const char *zLogin, int64_t iParty,
                       const char *zPassword, SigningKey *pOut,
                       char *zErr, int nErr){
  char zPub[SIGN_PK_HEX], zSec[SIGN_SK_HEX], zOld[SIGN_SK_HEX];
  char zParty[80], zNow[21], zSig[SIGN_SIG_HEX];
  SigningKey old;
  Account acc;
  Buf m = BUF_INIT;
  NewKey k;
  int64_t iKey = 0;
  AccRc rc;
  int bOwn;
  rc = key_holder(p, zLogin, zPassword, &iParty, zParty, sizeof(zParty),
                  &acc, zErr, nErr);
  if( rc ) return rc;
  if( store_key_current(p, acc.id, iParty, &old) ){
    snprintf(zErr, nErr, "%s has no key valid now for %s", zLogin, zParty);
    return ACC_NOTFOUND;
  }
  rc = store_key_unseal(p, old.id, zPassword, zOld, zErr, nErr);
  if( rc ) return rc;
  sign_keypair(zPub, zSec);
  sign_key_message(&m, "handover", zPub, zParty, acc.zLogin);
  sign_detached(zOld, buf_str(&m), strlen(buf_str(&m)), zSig);
  buf_free(&m);
  sodium_memzero(zOld, sizeof(zOld));
  store_now(zNow);
  memset(&k, 0, sizeof(k));
  k.pAcc = &acc;
  k.iParty = iParty;
  k.zPartyCode = zParty;
  k.zPublic = zPub;
  k.zSecret = zSec;
  k.zPw = zPassword;
  k.zState = "active";
  k.zOrigin = "handover";
  k.zValidFrom = zNow;
  k.iByKey = old.id;
  k.zBySig = zSig;
  if( (bOwn = sign_txn_open(p))<0 ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  rc = key_end(p, old.id, "retired", zNow);
  if( rc==ACC_OK ) rc = key_insert(p, &k, &iKey, zErr, nErr);
  sodium_memzero(zSec, sizeof(zSec));
  rc = sign_txn_close(p, bOwn, rc);
  if( rc==ACC_OK && pOut ) store_key_get(p, iKey, pOut);
  return rc;
}

AccRc store_key_replace(Store *p, const char *zLogin, int64_t iParty,
                        const char *zPassword, SigningKey *pOut,
                        char *zErr, int nErr){
  char zPub[SIGN_PK_HEX], zSec[SIGN_SK_HEX], zParty[80];
  SigningKey old;
  Account acc;
  NewKey k;
  int64_t iKey = 0;
  AccRc rc;
  int bOwn;
  rc = key_holder(p, zLogin, zPassword, &iParty, zParty, sizeof(zParty),
                  &acc, zErr, nErr);
  if( rc ) return rc;
  if( key_read(p, zKeyLiveSql, 2, acc.id, iParty, &old)==ACC_OK
   && strcmp(old.zState, "pending")==0 ){
    snprintf(zErr, nErr, "key %lld of %s already waits for "
             "acknowledgement", (long long)old.id, zLogin);
    return ACC_CONFLICT;
  }
  sign_keypair(zPub, zSec);
  memset(&k, 0, sizeof(k));
  k.pAcc = &acc;
  k.iParty = iParty;
  k.zPartyCode = zParty;
  k.zPublic = zPub;
  k.zSecret = zSec;
  k.zPw = zPassword;
  k.zState = "pending";
  k.zOrigin = "replaced";
  if( (bOwn = sign_txn_open(p))<0 ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  rc = key_insert(p, &k, &iKey, zErr, nErr);
  sodium_memzero(zSec, sizeof(zSec));
  rc = sign_txn_close(p, bOwn, rc);
  if( rc==ACC_OK && pOut ) store_key_get(p, iKey, pOut);
  return rc;
}

AccRc store_key_acknowledge(Store *p, int64_t iKey, const Account *pAcc,
                            const char *zPassword, char *zErr, int nErr){
  char zP1[80], zD1[80], zP2[80], zD2[80];
  SigningKey k;
  int64_t idD1 = 0, idD2 = 0;
  if( store_key_get(p, iKey, &k) || strcmp(k.zState, "pending")!=0
   || strcmp(k.zOrigin, "replaced")!=0 ){
    snprintf(zErr, nErr, "no replacement key %lld waits for "
             "acknowledgement", (long long)iKey);
    return ACC_NOTFOUND;
  }
  if( pAcc->eRole!=ROLE_COCHAIR || pAcc->iParty==k.iParty
   || store_party_codes(p, k.iParty, zP1, sizeof(zP1), zD1, sizeof(zD1),
                        &idD1)
   || store_party_codes(p, pAcc->iParty, zP2, sizeof(zP2), zD2, sizeof(zD2),
                        &idD2)
   || idD1!=idD2 ){
    snprintf(zErr, nErr, "only a co-chair of another party of the same "
             "dialogue acknowledges a replacement key");
    return ACC_INVALID;
  }
  return key_vouch(p, &k, pAcc->id, pAcc->iParty, zPassword, zErr, nErr);
}

int store_key_sealed_live(Store *p, int64_t iAccount){
  DbStmt *pS = sign_stmt(p, zKeyAccLiveSql);
  int b;
  p->pDrv->xBindInt(pS, 1, iAccount);
  b = p->pDrv->xStep(pS)==DB_ROW;
  p->pDrv->xFinalize(pS);
  return b;
}

AccRc store_sign_password(Store *p, const char *zLogin, const char *zOld,
                          const char *zNew, const char *zKeepSession,
                          int bRevokeTokens, int *pnEnded, int *pnLocked,
                          char *zErr, int nErr){
  IdList ids = IDLIST_INIT;
  char zSec[SIGN_SK_HEX], zNow[21];
  Account acc;
  DbStmt *pS;
  AccRc rc = ACC_OK;
  int bOwn, i, nLocked = 0;
  if( pnLocked ) *pnLocked = 0;
  if( store_account_get(p, zLogin, &acc)==ACC_OK ){
    pS = sign_stmt(p, zKeyAccLiveSql);
    p->pDrv->xBindInt(pS, 1, acc.id);
    while( p->pDrv->xStep(pS)==DB_ROW ){
      idlist_add(&ids, p->pDrv->xColumnInt(pS, 0));
    }
    p->pDrv->xFinalize(pS);
  }
  rc = store_password_check(zLogin, zNew, zErr, nErr);
  if( rc ){
    free(ids.a);
    return rc;
  }
  if( (bOwn = sign_txn_open(p))<0 ){
    free(ids.a);
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  store_now(zNow);
  for(i=0; rc==ACC_OK && i<ids.n; i++){
    if( zOld ){
      rc = store_key_unseal(p, ids.a[i], zOld, zSec, zErr, nErr);
      if( rc ){
        snprintf(zErr, nErr, "current password: wrong (it does not unseal "
                 "signing key %lld); nothing changed", (long long)ids.a[i]);
      }else{
        SigningKey k;
        Sealed s;
        store_key_get(p, ids.a[i], &k);
        seal(zSec, k.zPublic, zNew, &s);
        sodium_memzero(zSec, sizeof(zSec));
        pS = sign_stmt(p, zKeyResealSql);
        p->pDrv->xBindInt(pS, 1, k.id);
        p->pDrv->xBindText(pS, 2, s.zSealed);
        p->pDrv->xBindText(pS, 3, s.zSalt);
        p->pDrv->xBindInt(pS, 4, s.nOps);
        p->pDrv->xBindInt(pS, 5, s.nMem);
        rc = store_run(p, pS, zErr, nErr);
        p->pDrv->xFinalize(pS);
        if( rc==ACC_OK ) rc = key_event(p, k.id, "resealed", 0);
      }
    }else{
      rc = key_end(p, ids.a[i], "locked", zNow);
      nLocked++;
    }
  }
  if( rc==ACC_OK ){
    rc = store_account_password_reset(p, zLogin, zNew, zKeepSession,
                                      bRevokeTokens, pnEnded, zErr, nErr);
  }
  free(ids.a);
  rc = sign_txn_close(p, bOwn, rc);
  if( rc==ACC_OK && pnLocked ) *pnLocked = nLocked;
  return rc;
}
