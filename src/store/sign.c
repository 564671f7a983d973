/*
** sign.c: approvals are signatures (sign.h): the canonical hash of an
** item's version, the texts that are signed, the signing of an approval
** and its landing with a signed checkpoint, returns for changes.
**
** The statements are this file's own closed set; approvals are rare, so
** each is prepared when used (as issued.c does).
*/
#include "signInt.h"

#include <jansson.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sign_sodium(void){
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
}

DbStmt *sign_stmt(Store *p, const char *zSql){
  char *z = acc_strdup(zSql), *c;
  DbStmt *pS;
  for(c=z; *c; c++){
    if( *c=='?' ) *c = p->pDrv->cParam;
  }
  pS = p->pDrv->xPrepare(p->pDb, z);
  free(z);
  return pS;
}

int sign_txn_open(Store *p){
  if( p->nTxn ) return 0;
  return store_begin(p) ? -1 : 1;
}

AccRc sign_txn_close(Store *p, int bOwn, AccRc rc){
  if( bOwn>0 ){
    if( rc==ACC_OK ) rc = store_commit(p);
    if( rc!=ACC_OK ) store_rollback(p);
  }
  return rc;
}

/* ---- primitives ------------------------------------------------------- */

void sign_keypair(char zPublic[SIGN_PK_HEX], char zSecret[SIGN_SK_HEX]){
  unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
  sign_sodium();
  crypto_sign_keypair(pk, sk);
  sodium_bin2hex(zPublic, SIGN_PK_HEX, pk, sizeof(pk));
  sodium_bin2hex(zSecret, SIGN_SK_HEX, sk, sizeof(sk));
  sodium_memzero(sk, sizeof(sk));
}

/* Decode exactly n bytes of hex z into a; 0 or -1. */
static int hex_exact(const char *z, unsigned char *a, size_t n){
  size_t nOut = 0;
  if( z==0 || strlen(z)!=2*n ) return -1;
  if( sodium_hex2bin(a, n, z, 2*n, 0, &nOut, 0)!=0 || nOut!=n ) return -1;
  return 0;
}

int sign_detached(const char *zSecret, const void *z, size_t n,
                  char zSig[SIGN_SIG_HEX]){
  unsigned char sk[crypto_sign_SECRETKEYBYTES], sig[crypto_sign_BYTES];
  sign_sodium();
  if( hex_exact(zSecret, sk, sizeof(sk)) ) return -1;
  crypto_sign_detached(sig, 0, z, n, sk);
  sodium_memzero(sk, sizeof(sk));
  sodium_bin2hex(zSig, SIGN_SIG_HEX, sig, sizeof(sig));
  return 0;
}

int sign_check(const char *zPublic, const char *zSig, const void *z,
               size_t n){
  unsigned char pk[crypto_sign_PUBLICKEYBYTES], sig[crypto_sign_BYTES];
  sign_sodium();
  if( hex_exact(zPublic, pk, sizeof(pk)) ) return 0;
  if( hex_exact(zSig, sig, sizeof(sig)) ) return 0;
  return crypto_sign_verify_detached(sig, z, n, pk)==0;
}

int sign_public_of(const char *zSecret, char zPublic[SIGN_PK_HEX]){
  unsigned char sk[crypto_sign_SECRETKEYBYTES], pk[crypto_sign_PUBLICKEYBYTES];
  sign_sodium();
  if( hex_exact(zSecret, sk, sizeof(sk)) ) return -1;
  crypto_sign_ed25519_sk_to_pk(pk, sk);
  sodium_memzero(sk, sizeof(sk));
  sodium_bin2hex(zPublic, SIGN_PK_HEX, pk, sizeof(pk));
  return 0;
}

/* ---- the canonical hash ---------------------------------------------- */

/* Append one field of the canonical text: name TAB tag TAB length TAB
** value LF, the length being the value's bytes in decimal. */
static void canon_field(Buf *pB, const char *zName, const char *zTag,
                        const char *zVal, size_t n){
  buf_appendf(pB, "%s\t%s\t%zu\t", zName, zTag, n);
  buf_append(pB, zVal, n);
  buf_putc(pB, '\n');
}

int sign_field_skipped(int e, int iField, const Value *pV){
  const Field *pF = &aEntity[e].aField[iField];
  if( (pF->flags & FF_HASH0)==0 ) return 0;
  if( pV->eType==VAL_NULL || (pV->eType==VAL_INT && pV->i==0) ) return 1;
  return pF->eType==FT_ENUM && pV->eType==VAL_TEXT
      && strcmp(pV->z, pF->azEnum[0])==0;
}

void sign_canon_value(Buf *pB, const char *zName, const Value *pV){
  char z[40];
  switch( pV->eType ){
    case VAL_NULL:
      canon_field(pB, zName, "null", "", 0);
      break;
    case VAL_INT:
      snprintf(z, sizeof(z), "%lld", (long long)pV->i);
      canon_field(pB, zName, "int", z, strlen(z));
      break;
    case VAL_REAL:
      snprintf(z, sizeof(z), "%.17g", pV->r);
      canon_field(pB, zName, "real", z, strlen(z));
      break;
    case VAL_TEXT:
      canon_field(pB, zName, "text", pV->z, strlen(pV->z));
      break;
  }
}

/* BLAKE2b-256 of the Buf, hex. */
static void hash_buf(Buf *pB, char zHash[SIGN_HASH_HEX]){
  unsigned char a[32];
  const char *z = buf_str(pB);
  crypto_generichash(a, sizeof(a), (const unsigned char*)z, strlen(z), 0, 0);
  sodium_bin2hex(zHash, SIGN_HASH_HEX, a, sizeof(a));
}

/* The canonical hash of item id of entity e: its own fields, and what
** it cites (content.c) if bCited; the version is then the approval
** version (the latest of the item's and the cited content's changes). */
static AccRc content_hash_item(Store *p, int e, int64_t id, int bCited,
                               int64_t *piVersion,
                               char zHash[SIGN_HASH_HEX]){
  Arena a = ARENA_INIT;
  Buf b = BUF_INIT, c = BUF_INIT;
  Value *aV;
  Class eSaved = p->eView;
  int64_t iV, w;
  int i;
  AccRc rc;
  sign_sodium();
  p->eView = CLASS_RESTRICTED;
  rc = store_item_get(p, e, id, &a, &aV);
  iV = store_item_version(p, e, id);
  if( rc==ACC_OK && bCited ){
    w = content_cited(p, e, aV, &c, 0);
    if( w>iV ) iV = w;
  }
  p->eView = eSaved;
  if( rc ){
    arena_free(&a);
    return rc;
  }
  buf_appendf(&b, "accord-content-v1\n%s\n%lld\n%lld\n", aEntity[e].zName,
              (long long)id, (long long)iV);
  for(i=0; i<aEntity[e].nField; i++){
    if( sign_field_skipped(e, i, &aV[i]) ){
      continue;      /* as before the field existed */
    }
    sign_canon_value(&b, aEntity[e].aField[i].zName, &aV[i]);
  }
  if( c.n ) buf_append(&b, buf_str(&c), c.n);
  hash_buf(&b, zHash);
  *piVersion = iV;
  buf_free(&b);
  buf_free(&c);
  arena_free(&a);
  return ACC_OK;
}

static const char zRepSql[] =
  "SELECT v.report_id, v.version, r.kind, v.body_hash, v.data_hash,"
  " coalesce(r.dialogue_id, 0) FROM report_version v"
  " JOIN report_issue r ON r.id=v.report_id WHERE v.id=?1";

AccRc store_content_hash(Store *p, const char *zEntity, int64_t id,
                         int64_t *piVersion, char zHash[SIGN_HASH_HEX]){
  Buf b = BUF_INIT;
  Value v;
  int e;
  sign_sodium();
  if( strcmp(zEntity, "report")==0 ){
    DbStmt *pS = sign_stmt(p, zRepSql);
    int bOk = 0;
    p->pDrv->xBindInt(pS, 1, id);
    if( p->pDrv->xStep(pS)==DB_ROW ){
      bOk = 1;
      buf_appendf(&b, "accord-content-v1\nreport\n%lld\n%lld\n",
                  (long long)id, (long long)id);
      v.eType = VAL_INT;
      v.i = p->pDrv->xColumnInt(pS, 0);
      sign_canon_value(&b, "report_id", &v);
      v.i = p->pDrv->xColumnInt(pS, 1);
      sign_canon_value(&b, "version", &v);
      v.eType = VAL_TEXT;
      v.z = p->pDrv->xColumnText(pS, 2);
      sign_canon_value(&b, "kind", &v);
      v.z = p->pDrv->xColumnText(pS, 3);
      sign_canon_value(&b, "body_hash", &v);
      v.z = p->pDrv->xColumnText(pS, 4);
      sign_canon_value(&b, "data_hash", &v);
    }
    p->pDrv->xFinalize(pS);
    if( bOk ){
      hash_buf(&b, zHash);
      *piVersion = id;
    }
    buf_free(&b);
    return bOk ? ACC_OK : ACC_NOTFOUND;
  }else{
    e = model_entity_find(zEntity);
    if( e<0 ) return ACC_NOTFOUND;
    return content_hash_item(p, e, id, 1, piVersion, zHash);
  }
}

AccRc store_content_hash_own(Store *p, const char *zEntity, int64_t id,
                             int64_t *piVersion, char zHash[SIGN_HASH_HEX]){
  int e = model_entity_find(zEntity);
  if( e<0 ) return store_content_hash(p, zEntity, id, piVersion, zHash);
  return content_hash_item(p, e, id, 0, piVersion, zHash);
}

/* ---- the texts signed ------------------------------------------------- */

void sign_approval_message(Buf *pB, const char *zEntity, int64_t id,
                           int64_t iVersion, const char *zHash,
                           const char *zParty, const char *zDialogue){
  buf_appendf(pB, "accord-approval-v1\n%s\n%lld\n%lld\n%s\n%s\n%s\n",
              zEntity, (long long)id, (long long)iVersion, zHash, zParty,
              zDialogue);
}

void sign_checkpoint_message(Buf *pB, int64_t iAudit, const char *zHead,
                             const char *zParty){
  buf_appendf(pB, "accord-checkpoint-v1\n%lld\n%s\n%s\n", (long long)iAudit,
              zHead, zParty);
}

void sign_key_message(Buf *pB, const char *zOrigin, const char *zPublic,
                      const char *zParty, const char *zLogin){
  buf_appendf(pB, "accord-key-v1\n%s\n%s\n%s\n%s\n", zOrigin, zPublic,
              zParty, zLogin);
}

static const char zCodesSql[] =
  "SELECT p.code, d.code, d.id FROM party p JOIN dialogue d"
  " ON d.id=p.dialogue_id WHERE p.id=?1";

AccRc store_party_codes(Store *p, int64_t iParty, char *zParty, int nParty,
                        char *zDialogue, int nDialogue, int64_t *pidD){
  DbStmt *pS = sign_stmt(p, zCodesSql);
  AccRc rc = ACC_NOTFOUND;
  p->pDrv->xBindInt(pS, 1, iParty);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    snprintf(zParty, nParty, "%s", p->pDrv->xColumnText(pS, 0));
    snprintf(zDialogue, nDialogue, "%s", p->pDrv->xColumnText(pS, 1));
    if( pidD ) *pidD = p->pDrv->xColumnInt(pS, 2);
    rc = ACC_OK;
  }
  p->pDrv->xFinalize(pS);
  return rc;
}

/* ---- signing an approval ---------------------------------------------- */

AccRc sign_approval_prepare(Store *p, const char *zEntity, int64_t id,
                            const Account *pAcc, SignReq *pReq,
                            int64_t *piVersion, int64_t *piKey,
                            char zSig[SIGN_SIG_HEX],
                            char zSecret[SIGN_SK_HEX],
                            char *zErr, int nErr){
  char zParty[80], zDial[80], zHash[SIGN_HASH_HEX];
  Buf m = BUF_INIT;
  SigningKey k;
  int64_t iV = 0;
  AccRc rc;
  zSecret[0] = 0;
  zSig[0] = 0;
  pReq->zNow[0] = 0;
  if( pReq->zHash==0 || pReq->zHash[0]==0 ){
    snprintf(zErr, nErr, "content_hash: required, the hash of the version "
             "you were shown");
    return ACC_INVALID;
  }
  if( store_party_codes(p, pAcc->iParty, zParty, sizeof(zParty), zDial,
                        sizeof(zDial), 0) ){
    snprintf(zErr, nErr, "only a co-chair of a party may approve");
    return ACC_INVALID;
  }
  rc = store_content_hash(p, zEntity, id, &iV, zHash);
  if( rc ){
    snprintf(zErr, nErr, "no %s %lld", zEntity, (long long)id);
    return rc;
  }
  if( strcmp(zHash, pReq->zHash)!=0 ){
    snprintf(pReq->zNow, sizeof(pReq->zNow), "%s", zHash);
    pReq->iVersionNow = iV;
    snprintf(zErr, nErr, "content_hash: the %s changed since you were "
             "shown it: it is now version %lld, content hash %s; nothing "
             "was approved", zEntity, (long long)iV, zHash);
    return ACC_CONFLICT;
  }
  sign_approval_message(&m, zEntity, id, iV, zHash, zParty, zDial);
  if( pReq->zSignature && pReq->zSignature[0] ){
    if( store_key_get(p, pReq->iKey, &k) ){
      snprintf(zErr, nErr, "key_id: no key %lld", (long long)pReq->iKey);
      rc = ACC_INVALID;
    }else if( k.iAccount!=pAcc->id || k.iParty!=pAcc->iParty ){
      snprintf(zErr, nErr, "key_id: key %lld is not yours for your party",
               (long long)k.id);
      rc = ACC_INVALID;
    }else if( strcmp(k.zState, "active")!=0 || k.zValidTo[0] ){
      snprintf(zErr, nErr, "key_id: key %lld is not valid now (%s)",
               (long long)k.id, k.zState);
      rc = ACC_INVALID;
    }else if( !sign_check(k.zPublic, pReq->zSignature, buf_str(&m),
                          strlen(buf_str(&m))) ){
      snprintf(zErr, nErr, "signature: not key %lld's signature of %s %lld "
               "version %lld with content hash %s", (long long)k.id,
               zEntity, (long long)id, (long long)iV, zHash);
      rc = ACC_INVALID;
    }else{
      snprintf(zSig, SIGN_SIG_HEX, "%s", pReq->zSignature);
      *piKey = k.id;
    }
  }else if( pReq->zPassword && pReq->zPassword[0] ){
    if( store_key_current(p, pAcc->id, pAcc->iParty, &k) ){
      snprintf(zErr, nErr, "you have no signing key valid now for your "
               "party; make one with `accord key create %s`", pAcc->zLogin);
      rc = ACC_INVALID;
    }else if( (rc = store_key_unseal(p, k.id, pReq->zPassword, zSecret,
                                     zErr, nErr))==ACC_OK ){
      if( sign_detached(zSecret, buf_str(&m), strlen(buf_str(&m)), zSig) ){
        acc_fatal("a sealed key is malformed");
      }
      *piKey = k.id;
    }
  }else{
    snprintf(zErr, nErr, "password: required, to sign the approval with "
             "your key (or give key_id and signature)");
    rc = ACC_INVALID;
  }
  buf_free(&m);
  if( rc==ACC_OK ) *piVersion = iV;
  return rc;
}

static const char zApprInsSql[] =
  "INSERT INTO approval(entity, item_id, version, party_id, account_id, at,"
  " content_hash, key_id, signature) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
  " ?9) ON CONFLICT DO NOTHING";

AccRc store_approval_land(Store *p, const char *zEntity, int64_t id,
                          int64_t iVersion, const Account *pAcc,
                          const SignReq *pReq, int64_t iKey,
                          const char *zSig, const char *zSecret,
                          char *zErr, int nErr){
  char zHash[SIGN_HASH_HEX], zNow[21];
  int64_t iV = 0;
  DbStmt *pS;
  Buf d = BUF_INIT;
  AccRc rc;
  /* Checked again inside the transaction: a change that landed while the
  ** key was being unsealed refuses the approval. */
  if( store_content_hash(p, zEntity, id, &iV, zHash)
   || iV!=iVersion || strcmp(zHash, pReq->zHash)!=0 ){
    snprintf(zErr, nErr, "content_hash: the %s changed while it was being "
             "signed; nothing was approved", zEntity);
    return ACC_CONFLICT;
  }
  store_now(zNow);
  pS = sign_stmt(p, zApprInsSql);
  p->pDrv->xBindText(pS, 1, zEntity);
  p->pDrv->xBindInt(pS, 2, id);
  p->pDrv->xBindInt(pS, 3, iVersion);
  p->pDrv->xBindInt(pS, 4, pAcc->iParty);
  p->pDrv->xBindInt(pS, 5, pAcc->id);
  p->pDrv->xBindText(pS, 6, zNow);
  p->pDrv->xBindText(pS, 7, zHash);
  p->pDrv->xBindInt(pS, 8, iKey);
  p->pDrv->xBindText(pS, 9, zSig);
  rc = store_run(p, pS, zErr, nErr);
  p->pDrv->xFinalize(pS);
  if( rc==ACC_OK ){
    buf_appendf(&d, "{\"entity\":\"%s\",\"item_id\":%lld,\"version\":%lld,"
                "\"party_id\":%lld,\"account_id\":%lld,\"at\":\"%s\","
                "\"content_hash\":\"%s\",\"key_id\":%lld,"
                "\"signature\":\"%s\"}", zEntity, (long long)id,
                (long long)iVersion, (long long)pAcc->iParty,
                (long long)pAcc->id, zNow, zHash, (long long)iKey, zSig);
    rc = store_audit_add(p, "approve", "approval", 0, buf_str(&d));
    buf_free(&d);
  }
  if( rc==ACC_OK && zSecret && zSecret[0] ){
    rc = store_checkpoint_add(p, iKey, pAcc->iParty, zSecret, 0, zErr, nErr);
  }
  return rc;
}

/* ---- returns ---------------------------------------------------------- */

static const char zRetInsSql[] =
  "INSERT INTO item_return(entity, item_id, version, party_id, account_id,"
  " reason, at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char zRetEachSql[] =
  "SELECT p.name, a.login, r.reason, r.at, r.version FROM item_return r"
  " JOIN party p ON p.id=r.party_id JOIN account a ON a.id=r.account_id"
  " WHERE r.entity=?1 AND r.item_id=?2 ORDER BY r.id DESC";

/* The dialogue of (zEntity, id): an item that needs joint publication,
** or a report version; 0 if none. */
static int64_t item_dialogue(Store *p, const char *zEntity, int64_t id){
  int64_t idD = 0;
  if( strcmp(zEntity, "report")==0 ){
    DbStmt *pS = sign_stmt(p, zRepSql);
    p->pDrv->xBindInt(pS, 1, id);
    if( p->pDrv->xStep(pS)==DB_ROW ) idD = p->pDrv->xColumnInt(pS, 5);
    p->pDrv->xFinalize(pS);
  }else{
    int e = model_entity_find(zEntity);
    Arena a = ARENA_INIT;
    Value *aV;
    if( e>=0 && aEntity[e].bPublish && aEntity[e].iDialogue>=0
     && store_item_get(p, e, id, &a, &aV)==ACC_OK ){
      idD = aV[aEntity[e].iDialogue].i;
    }
    arena_free(&a);
  }
  return idD;
}

AccRc store_item_return(Store *p, const char *zEntity, int64_t id,
                        const Account *pAcc, const char *zReason,
                        char *zErr, int nErr){
  char zHash[SIGN_HASH_HEX], zNow[21], zParty[80], zDial[80];
  int64_t iV = 0, idD = 0;
  DbStmt *pS;
  json_t *pJ;
  char *zData;
  AccRc rc;
  int bOwn;
  if( zReason==0 || zReason[strspn(zReason, " \t\r\n")]==0 ){
    snprintf(zErr, nErr, "reason: say what must change");
    return ACC_INVALID;
  }
  if( strlen(zReason)>4000 ){
    snprintf(zErr, nErr, "reason: 4000 bytes at most");
    return ACC_INVALID;
  }
  if( item_dialogue(p, zEntity, id)==0 ){
    snprintf(zErr, nErr, "no %s %lld that needs approval", zEntity,
             (long long)id);
    return ACC_NOTFOUND;
  }
  if( pAcc->eRole!=ROLE_COCHAIR
   || store_party_codes(p, pAcc->iParty, zParty, sizeof(zParty), zDial,
                        sizeof(zDial), &idD)
   || idD!=item_dialogue(p, zEntity, id) ){
    snprintf(zErr, nErr, "only a co-chair of a party of this dialogue "
             "may return it");
    return ACC_INVALID;
  }
  if( store_content_hash(p, zEntity, id, &iV, zHash) ){
    snprintf(zErr, nErr, "no %s %lld", zEntity, (long long)id);
    return ACC_NOTFOUND;
  }
  if( (bOwn = sign_txn_open(p))<0 ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  store_now(zNow);
  pS = sign_stmt(p, zRetInsSql);
  p->pDrv->xBindText(pS, 1, zEntity);
  p->pDrv->xBindInt(pS, 2, id);
  p->pDrv->xBindInt(pS, 3, iV);
  p->pDrv->xBindInt(pS, 4, pAcc->iParty);
  p->pDrv->xBindInt(pS, 5, pAcc->id);
  p->pDrv->xBindText(pS, 6, zReason);
  p->pDrv->xBindText(pS, 7, zNow);
  rc = store_run(p, pS, zErr, nErr);
  p->pDrv->xFinalize(pS);
  if( rc==ACC_OK ){
    pJ = json_pack("{s:s,s:I,s:I,s:I,s:s,s:s}", "entity", zEntity,
                   "item_id", (json_int_t)id, "version", (json_int_t)iV,
                   "party_id", (json_int_t)pAcc->iParty, "content_hash",
                   zHash, "reason", zReason);
    zData = json_dumps(pJ, JSON_COMPACT|JSON_SORT_KEYS);
    json_decref(pJ);
    /* Of entity "item_return", so that it is no new version of the item. */
    rc = store_audit_add(p, "return", "item_return",
                         p->pDrv->xLastId(p->pDb), zData);
    free(zData);
  }
  return sign_txn_close(p, bOwn, rc);
}

AccRc store_return_each(Store *p, const char *zEntity, int64_t id,
                        int (*x)(void*, const char*, const char*,
                                 const char*, const char*, int64_t),
                        void *pArg){
  DbStmt *pS = sign_stmt(p, zRetEachSql);
  p->pDrv->xBindText(pS, 1, zEntity);
  p->pDrv->xBindInt(pS, 2, id);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    if( x(pArg, p->pDrv->xColumnText(pS, 0), p->pDrv->xColumnText(pS, 1),
          p->pDrv->xColumnText(pS, 2), p->pDrv->xColumnText(pS, 3),
          p->pDrv->xColumnInt(pS, 4)) ) break;
  }
  p->pDrv->xFinalize(pS);
  return ACC_OK;
}
