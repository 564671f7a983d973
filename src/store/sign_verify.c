/*
** sign_verify.c: signed checkpoints of the audit chain's head, and the
** check of every signature in the database (sign.h).
*/
#include "signInt.h"

#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char zHeadSql[] =
  "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1";
static const char zCkInsSql[] =
  "INSERT INTO checkpoint(audit_id, head_hash, key_id, party_id, at,"
  " signature) VALUES(?1, ?2, ?3, ?4, ?5, ?6)";

AccRc store_checkpoint_add(Store *p, int64_t iKey, int64_t iParty,
                           const char *zSecret, int64_t *piCheckpoint,
                           char *zErr, int nErr){
  char zHead[SIGN_HASH_HEX], zSig[SIGN_SIG_HEX], zNow[21], zParty[80];
  char zDial[80], zData[400];
  int64_t iAudit = 0, iCk;
  Buf m = BUF_INIT;
  DbStmt *pS;
  AccRc rc;
  if( store_party_codes(p, iParty, zParty, sizeof(zParty), zDial,
                        sizeof(zDial), 0) ){
    snprintf(zErr, nErr, "no party %lld", (long long)iParty);
    return ACC_NOTFOUND;
  }
  pS = sign_stmt(p, zHeadSql);
  zHead[0] = 0;
  if( p->pDrv->xStep(pS)==DB_ROW ){
    iAudit = p->pDrv->xColumnInt(pS, 0);
    snprintf(zHead, sizeof(zHead), "%s", p->pDrv->xColumnText(pS, 1));
  }
  p->pDrv->xFinalize(pS);
  if( iAudit==0 ){
    snprintf(zErr, nErr, "the audit log is empty: nothing to sign");
    return ACC_NOTFOUND;
  }
  sign_checkpoint_message(&m, iAudit, zHead, zParty);
  if( sign_detached(zSecret, buf_str(&m), strlen(buf_str(&m)), zSig) ){
    buf_free(&m);
    snprintf(zErr, nErr, "the secret key is malformed");
    return ACC_INVALID;
  }
  buf_free(&m);
  store_now(zNow);
  pS = sign_stmt(p, zCkInsSql);
  p->pDrv->xBindInt(pS, 1, iAudit);
  p->pDrv->xBindText(pS, 2, zHead);
  p->pDrv->xBindInt(pS, 3, iKey);
  p->pDrv->xBindInt(pS, 4, iParty);
  p->pDrv->xBindText(pS, 5, zNow);
  p->pDrv->xBindText(pS, 6, zSig);
  rc = store_run(p, pS, zErr, nErr);
  p->pDrv->xFinalize(pS);
  if( rc ) return rc;
  iCk = p->pDrv->xLastId(p->pDb);
  snprintf(zData, sizeof(zData), "{\"audit_id\":%lld,\"head_hash\":\"%s\","
           "\"key_id\":%lld,\"party_id\":%lld,\"signature\":\"%s\"}",
           (long long)iAudit, zHead, (long long)iKey, (long long)iParty,
           zSig);
  rc = store_audit_add(p, "checkpoint", "checkpoint", iCk, zData);
  if( rc==ACC_OK && piCheckpoint ) *piCheckpoint = iCk;
  return rc;
}

AccRc store_checkpoint(Store *p, const Account *pAcc, const char *zPassword,
                       int64_t *piCheckpoint, char *zErr, int nErr){
  char zSec[SIGN_SK_HEX];
  SigningKey k;
  AccRc rc;
  int bOwn;
  if( pAcc->iParty==0 || store_key_current(p, pAcc->id, pAcc->iParty, &k) ){
    snprintf(zErr, nErr, "%s has no signing key valid now", pAcc->zLogin);
    return ACC_INVALID;
  }
  rc = store_key_unseal(p, k.id, zPassword ? zPassword : "", zSec, zErr,
                        nErr);
  if( rc ) return rc;
  if( (bOwn = sign_txn_open(p))<0 ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  rc = store_checkpoint_add(p, k.id, pAcc->iParty, zSec, piCheckpoint,
                            zErr, nErr);
  sodium_memzero(zSec, sizeof(zSec));
  return sign_txn_close(p, bOwn, rc);
}

/* ---- verification ----------------------------------------------------- */

typedef struct Ver {
  Store *p;
  SigFindFn xFind;
  void *pArg;
  int64_t nChecked, nBad;
} Ver;

/* Report a finding. */
static void finding(Ver *v, const char *zTable, int64_t id,
                    const char *zFmt, ...){
  char z[600];
  va_list ap;
  va_start(ap, zFmt);
  vsnprintf(z, sizeof(z), zFmt, ap);
  va_end(ap);
  v->nBad++;
  if( v->xFind ) v->xFind(v->pArg, zTable, id, z);
}

/* Text of column i, "" for NULL. */
static const char *col(Store *p, DbStmt *pS, int i){
  return p->pDrv->xColumnType(pS, i)==DB_NULL ? ""
         : p->pDrv->xColumnText(pS, i);
}

/* Whether a key valid from zFrom to zTo ("" open) in state zState was
** valid at zAt. */
static int valid_at(const char *zState, const char *zFrom, const char *zTo,
                    const char *zAt){
  if( strcmp(zState, "pending")==0 || zFrom[0]==0 ) return 0;
  if( strcmp(zAt, zFrom)<0 ) return 0;
  if( zTo[0] && strcmp(zAt, zTo)>0 ) return 0;
  return 1;
}

/* ---- the pure checks (no database; also run on an evidence file) ----- */

/* A finding of a pure check. */
static void say(SigFindFn x, void *pArg, int64_t *pnBad, const char *zTable,
                int64_t id, const char *zFmt, ...){
  char z[600];
  va_list ap;
  va_start(ap, zFmt);
  vsnprintf(z, sizeof(z), zFmt, ap);
  va_end(ap);
  (*pnBad)++;
  if( x ) x(pArg, zTable, id, z);
}

int64_t sign_key_check(const SigKeyRec *pK, const SigKeyRec *pBy,
                       SigFindFn x, void *pArg, int64_t *pnChecked){
  Buf m = BUF_INIT;
  int64_t nBad = 0;
  int bPending = strcmp(pK->zState, "pending")==0;
  const char *zOrigin = pK->zOrigin;
  sign_key_message(&m, zOrigin, pK->zPublic, pK->zParty, pK->zLogin);
  (*pnChecked)++;
  if( pK->zSelf[0] ){
    if( !sign_check(pK->zPublic, pK->zSelf, buf_str(&m),
                    strlen(buf_str(&m))) ){
      say(x, pArg, &nBad, "signing_key", pK->id, "its self-signature does "
          "not verify (public key, origin, party or account altered)");
    }
  }else if( strcmp(zOrigin, "added")!=0 ){
    say(x, pArg, &nBad, "signing_key", pK->id, "no self-signature");
  }
  if( strcmp(pK->zState, "active")==0 && (pK->zFrom[0]==0 || pK->zTo[0]) ){
    say(x, pArg, &nBad, "signing_key", pK->id, "active, but its validity "
        "is from \"%s\" to \"%s\"", pK->zFrom, pK->zTo);
  }
  if( strcmp(zOrigin, "designated")==0 || strcmp(zOrigin, "handover")==0
   || strcmp(zOrigin, "replaced")==0 ){
    int64_t iBy = pK->iBy;
    if( bPending ){
      /* Waiting for designation or acknowledgement: no signature yet. */
    }else if( iBy==0 || pBy==0 || pBy->zPublic[0]==0 ){
      say(x, pArg, &nBad, "signing_key", pK->id, "%s, but no key signed it",
          zOrigin);
    }else if( !sign_check(pBy->zPublic, pK->zBySig, buf_str(&m),
                          strlen(buf_str(&m))) ){
      say(x, pArg, &nBad, "signing_key", pK->id, "the %s signature of key "
          "%lld does not verify", zOrigin, (long long)iBy);
    }else if( strcmp(zOrigin, "handover")==0
           && (pBy->iParty!=pK->iParty || pBy->iAccount!=pK->iAccount) ){
      say(x, pArg, &nBad, "signing_key", pK->id, "handed over by key %lld "
          "of another account or party", (long long)iBy);
    }else if( strcmp(zOrigin, "handover")==0
           && strcmp(pBy->zTo, pK->zFrom)!=0 ){
      say(x, pArg, &nBad, "signing_key", pK->id, "handed over by key %lld, "
          "which did not end when this one began", (long long)iBy);
    }else if( strcmp(zOrigin, "designated")==0 && pBy->iParty!=pK->iParty ){
      say(x, pArg, &nBad, "signing_key", pK->id, "designated by key %lld of "
          "another party", (long long)iBy);
    }else if( strcmp(zOrigin, "replaced")==0
           && (pBy->iParty==pK->iParty || pBy->idD!=pK->idD) ){
      say(x, pArg, &nBad, "signing_key", pK->id, "acknowledged by key %lld, "
          "not of another party of the dialogue", (long long)iBy);
    }else if( strcmp(zOrigin, "handover")!=0
           && !valid_at(pBy->zState, pBy->zFrom, pBy->zTo, pK->zFrom) ){
      say(x, pArg, &nBad, "signing_key", pK->id, "signed by key %lld, which "
          "was not valid at %s", (long long)iBy, pK->zFrom);
    }else{
      (*pnChecked)++;
    }
  }
  buf_free(&m);
  return nBad;
}

int64_t sign_approval_check(const SigApprRec *pA, const SigKeyRec *pK,
                            SigFindFn x, void *pArg, int64_t *pnChecked){
  Buf m = BUF_INIT;
  int64_t nBad = 0;
  (*pnChecked)++;
  if( pA->zHash[0]==0 || pA->iKey==0 || pA->zSig[0]==0 ){
    say(x, pArg, &nBad, "approval", pA->id, "%s %lld version %lld: not "
        "signed", pA->zEntity, (long long)pA->iItem, (long long)pA->iVersion);
  }else if( pK==0 || pK->zPublic[0]==0 ){
    say(x, pArg, &nBad, "approval", pA->id, "signed by key %lld, which does "
        "not exist", (long long)pA->iKey);
  }else if( pK->iParty!=pA->iParty ){
    say(x, pArg, &nBad, "approval", pA->id, "for party %lld, signed by key "
        "%lld of party %lld", (long long)pA->iParty, (long long)pA->iKey,
        (long long)pK->iParty);
  }else if( pK->iAccount!=pA->iAccount ){
    say(x, pArg, &nBad, "approval", pA->id, "signed by key %lld, which is "
        "not the approver's", (long long)pA->iKey);
  }else if( !valid_at(pK->zState, pK->zFrom, pK->zTo, pA->zAt) ){
    say(x, pArg, &nBad, "approval", pA->id, "signed at %s by key %lld, "
        "valid from \"%s\" to \"%s\"", pA->zAt, (long long)pA->iKey,
        pK->zFrom, pK->zTo);
  }else if( pA->zParty==0 ){
    say(x, pArg, &nBad, "approval", pA->id, "party %lld does not exist",
        (long long)pA->iParty);
  }else{
    sign_approval_message(&m, pA->zEntity, pA->iItem, pA->iVersion,
                          pA->zHash, pA->zParty, pA->zDialogue);
    if( !sign_check(pK->zPublic, pA->zSig, buf_str(&m),
                    strlen(buf_str(&m))) ){
      say(x, pArg, &nBad, "approval", pA->id, "the signature of %s %lld "
          "version %lld does not verify with key %lld", pA->zEntity,
          (long long)pA->iItem, (long long)pA->iVersion, (long long)pA->iKey);
    }
  }
  buf_free(&m);
  return nBad;
}

int64_t sign_checkpoint_check(const SigCkRec *pC, const SigKeyRec *pK,
                              SigFindFn x, void *pArg, int64_t *pnChecked){
  Buf m = BUF_INIT;
  int64_t nBad = 0;
  (*pnChecked)++;
  if( pK==0 || pK->zPublic[0]==0 ){
    say(x, pArg, &nBad, "checkpoint", pC->id, "signed by key %lld, which "
        "does not exist", (long long)pC->iKey);
  }else if( pK->iParty!=pC->iParty ){
    say(x, pArg, &nBad, "checkpoint", pC->id, "for party %lld, signed by key "
        "%lld of party %lld", (long long)pC->iParty, (long long)pC->iKey,
        (long long)pK->iParty);
  }else if( !valid_at(pK->zState, pK->zFrom, pK->zTo, pC->zAt) ){
    say(x, pArg, &nBad, "checkpoint", pC->id, "signed at %s by key %lld, "
        "valid from \"%s\" to \"%s\"", pC->zAt, (long long)pC->iKey,
        pK->zFrom, pK->zTo);
  }else if( pC->zParty==0 ){
    say(x, pArg, &nBad, "checkpoint", pC->id, "party %lld does not exist",
        (long long)pC->iParty);
  }else{
    sign_checkpoint_message(&m, pC->iAudit, pC->zHead, pC->zParty);
    if( !sign_check(pK->zPublic, pC->zSig, buf_str(&m),
                    strlen(buf_str(&m))) ){
      say(x, pArg, &nBad, "checkpoint", pC->id, "the signature of the head "
          "(entry %lld) does not verify with key %lld", (long long)pC->iAudit,
          (long long)pC->iKey);
    }
  }
  buf_free(&m);
  return nBad;
}

/* ---- the checks of the database --------------------------------------- */

static const char zVerKeySql[] =
  "SELECT k.id, k.public_key, k.origin, k.state, coalesce(k.valid_from,''),"
  " coalesce(k.valid_to,''), coalesce(k.self_signature,''),"
  " coalesce(k.by_key_id, 0), coalesce(k.by_signature,''),"
  " coalesce(a.login,''), coalesce(pt.code,''),"
  " coalesce(pt.dialogue_id, 0), coalesce(b.public_key,''),"
  " coalesce(b.party_id, 0),"
  " coalesce(b.account_id, 0), coalesce(b.valid_from,''),"
  " coalesce(b.valid_to,''), coalesce(bp.dialogue_id, 0), k.account_id,"
  " k.party_id, coalesce(b.state,'')"
  " FROM signing_key k LEFT JOIN account a ON a.id=k.account_id"
  " LEFT JOIN party pt ON pt.id=k.party_id"
  " LEFT JOIN signing_key b ON b.id=k.by_key_id"
  " LEFT JOIN party bp ON bp.id=b.party_id ORDER BY k.id";

/* Check every key event. */
static void verify_keys(Ver *v){
  Store *p = v->p;
  DbStmt *pS = sign_stmt(p, zVerKeySql);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    SigKeyRec k, b;
    memset(&k, 0, sizeof(k));
    memset(&b, 0, sizeof(b));
    k.id = p->pDrv->xColumnInt(pS, 0);
    k.zPublic = col(p, pS, 1);
    k.zOrigin = col(p, pS, 2);
    k.zState = col(p, pS, 3);
    k.zFrom = col(p, pS, 4);
    k.zTo = col(p, pS, 5);
    k.zSelf = col(p, pS, 6);
    k.iBy = p->pDrv->xColumnInt(pS, 7);
    k.zBySig = col(p, pS, 8);
    k.zLogin = col(p, pS, 9);
    k.zParty = col(p, pS, 10);
    k.idD = p->pDrv->xColumnInt(pS, 11);
    b.id = k.iBy;
    b.zPublic = col(p, pS, 12);
    b.iParty = p->pDrv->xColumnInt(pS, 13);
    b.iAccount = p->pDrv->xColumnInt(pS, 14);
    b.zFrom = col(p, pS, 15);
    b.zTo = col(p, pS, 16);
    b.idD = p->pDrv->xColumnInt(pS, 17);
    k.iAccount = p->pDrv->xColumnInt(pS, 18);
    k.iParty = p->pDrv->xColumnInt(pS, 19);
    b.zState = col(p, pS, 20);
    v->nBad += sign_key_check(&k, &b, v->xFind, v->pArg, &v->nChecked);
  }
  p->pDrv->xFinalize(pS);
}

/* Whether approval *pA was made before the canonical text covered what
** an item cites (020_content.sql): its hash is then the item's own. */
static int own_hash_is(Store *p, const SigApprRec *pA){
  char zOwn[SIGN_HASH_HEX];
  int64_t iOwn = 0;
  return store_content_hash_own(p, pA->zEntity, pA->iItem, &iOwn, zOwn)
           ==ACC_OK
      && iOwn==pA->iVersion && strcmp(zOwn, pA->zHash)==0;
}

static const char zVerApprSql[] =
  "SELECT ap.id, ap.entity, ap.item_id, ap.version, ap.party_id,"
  " ap.account_id, ap.at, coalesce(ap.content_hash,''),"
  " coalesce(ap.key_id, 0), coalesce(ap.signature,''),"
  " coalesce(k.public_key,''), coalesce(k.party_id, 0),"
  " coalesce(k.account_id, 0), coalesce(k.valid_from,''),"
  " coalesce(k.valid_to,''), coalesce(k.state,'')"
  " FROM approval ap LEFT JOIN signing_key k ON k.id=ap.key_id"
  " ORDER BY ap.id";

/* Check every approval's signature. */
static void verify_approvals(Ver *v){
  Store *p = v->p;
  DbStmt *pS = sign_stmt(p, zVerApprSql);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    SigApprRec a;
    SigKeyRec k;
    char zParty[80], zDial[80], zNow[SIGN_HASH_HEX];
    int64_t iNow = 0;
    memset(&a, 0, sizeof(a));
    memset(&k, 0, sizeof(k));
    a.id = p->pDrv->xColumnInt(pS, 0);
    a.zEntity = col(p, pS, 1);
    a.iItem = p->pDrv->xColumnInt(pS, 2);
    a.iVersion = p->pDrv->xColumnInt(pS, 3);
    a.iParty = p->pDrv->xColumnInt(pS, 4);
    a.iAccount = p->pDrv->xColumnInt(pS, 5);
    a.zAt = col(p, pS, 6);
    a.zHash = col(p, pS, 7);
    a.iKey = p->pDrv->xColumnInt(pS, 8);
    a.zSig = col(p, pS, 9);
    k.id = a.iKey;
    k.zPublic = col(p, pS, 10);
    k.iParty = p->pDrv->xColumnInt(pS, 11);
    k.iAccount = p->pDrv->xColumnInt(pS, 12);
    k.zFrom = col(p, pS, 13);
    k.zTo = col(p, pS, 14);
    k.zState = col(p, pS, 15);
    if( store_party_codes(p, a.iParty, zParty, sizeof(zParty), zDial,
                          sizeof(zDial), 0)==ACC_OK ){
      a.zParty = zParty;
      a.zDialogue = zDial;
    }
    if( sign_approval_check(&a, &k, v->xFind, v->pArg, &v->nChecked) ){
      v->nBad++;
    }else if( store_content_hash(p, a.zEntity, a.iItem, &iNow, zNow)==ACC_OK
           && iNow==a.iVersion && strcmp(zNow, a.zHash)!=0
           && !own_hash_is(p, &a) ){
      finding(v, "approval", a.id, "%s %lld version %lld: its content "
              "now hashes to %s, not the %s approved", a.zEntity,
              (long long)a.iItem, (long long)a.iVersion, zNow, a.zHash);
    }
  }
  p->pDrv->xFinalize(pS);
}

static const char zVerCkSql[] =
  "SELECT c.id, c.audit_id, c.head_hash, c.key_id, c.party_id, c.at,"
  " c.signature, coalesce(k.public_key,''), coalesce(k.party_id, 0),"
  " coalesce(k.valid_from,''), coalesce(k.valid_to,''),"
  " coalesce(k.state,''), coalesce(l.hash,'')"
  " FROM checkpoint c LEFT JOIN signing_key k ON k.id=c.key_id"
  " LEFT JOIN audit_log l ON l.id=c.audit_id ORDER BY c.id";

/* Check every checkpoint's signature and that its head is in the chain. */
static void verify_checkpoints(Ver *v){
  Store *p = v->p;
  DbStmt *pS = sign_stmt(p, zVerCkSql);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    SigCkRec c;
    SigKeyRec k;
    const char *zLog;
    char zParty[80], zDial[80];
    memset(&c, 0, sizeof(c));
    memset(&k, 0, sizeof(k));
    c.id = p->pDrv->xColumnInt(pS, 0);
    c.iAudit = p->pDrv->xColumnInt(pS, 1);
    c.zHead = col(p, pS, 2);
    c.iKey = p->pDrv->xColumnInt(pS, 3);
    c.iParty = p->pDrv->xColumnInt(pS, 4);
    c.zAt = col(p, pS, 5);
    c.zSig = col(p, pS, 6);
    k.id = c.iKey;
    k.zPublic = col(p, pS, 7);
    k.iParty = p->pDrv->xColumnInt(pS, 8);
    k.zFrom = col(p, pS, 9);
    k.zTo = col(p, pS, 10);
    k.zState = col(p, pS, 11);
    zLog = col(p, pS, 12);
    if( store_party_codes(p, c.iParty, zParty, sizeof(zParty), zDial,
                          sizeof(zDial), 0)==ACC_OK ){
      c.zParty = zParty;
    }
    if( sign_checkpoint_check(&c, &k, v->xFind, v->pArg, &v->nChecked) ){
      v->nBad++;
    }else if( zLog[0]==0 ){
      finding(v, "checkpoint", c.id, "signed head entry %lld is no longer "
              "in the audit log", (long long)c.iAudit);
    }else if( strcmp(zLog, c.zHead)!=0 ){
      finding(v, "checkpoint", c.id, "signed head entry %lld had hash %s; "
              "the log now says %s: the chain was rewritten",
              (long long)c.iAudit, c.zHead, zLog);
    }
  }
  p->pDrv->xFinalize(pS);
}

AccRc store_sig_verify_all(Store *p, SigFindFn xFind, void *pArg,
                           int64_t *pnChecked){
  Ver v;
  Class eSaved = p->eView;
  memset(&v, 0, sizeof(v));
  v.p = p;
  v.xFind = xFind;
  v.pArg = pArg;
  sign_sodium();
  p->eView = CLASS_RESTRICTED;
  verify_keys(&v);
  verify_approvals(&v);
  verify_checkpoints(&v);
  p->eView = eSaved;
  if( pnChecked ) *pnChecked = v.nChecked;
  return v.nBad ? ACC_CONFLICT : ACC_OK;
}
