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

static const char zVerKeySql[] =
  "SELECT k.id, k.public_key, k.origin, k.state, coalesce(k.valid_from,''),"
  " coalesce(k.valid_to,''), k.self_signature, coalesce(k.by_key_id, 0),"
  " k.by_signature, coalesce(a.login,''), coalesce(pt.code,''),"
  " coalesce(pt.dialogue_id, 0), b.public_key, coalesce(b.party_id, 0),"
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
    int64_t id = p->pDrv->xColumnInt(pS, 0);
    const char *zPub = col(p, pS, 1), *zOrigin = col(p, pS, 2);
    const char *zState = col(p, pS, 3), *zFrom = col(p, pS, 4);
    const char *zTo = col(p, pS, 5), *zSelf = col(p, pS, 6);
    int64_t iBy = p->pDrv->xColumnInt(pS, 7);
    const char *zBySig = col(p, pS, 8), *zLogin = col(p, pS, 9);
    const char *zParty = col(p, pS, 10);
    int64_t idD = p->pDrv->xColumnInt(pS, 11);
    const char *zByPub = col(p, pS, 12);
    int64_t iByParty = p->pDrv->xColumnInt(pS, 13);
    int64_t iByAcc = p->pDrv->xColumnInt(pS, 14);
    const char *zByFrom = col(p, pS, 15), *zByTo = col(p, pS, 16);
    int64_t idByD = p->pDrv->xColumnInt(pS, 17);
    int64_t iAcc = p->pDrv->xColumnInt(pS, 18);
    int64_t iParty = p->pDrv->xColumnInt(pS, 19);
    const char *zByState = col(p, pS, 20);
    Buf m = BUF_INIT;
    int bPending = strcmp(zState, "pending")==0;
    sign_key_message(&m, zOrigin, zPub, zParty, zLogin);
    v->nChecked++;
    if( zSelf[0] ){
      if( !sign_check(zPub, zSelf, buf_str(&m), strlen(buf_str(&m))) ){
        finding(v, "signing_key", id, "its self-signature does not verify "
                "(public key, origin, party or account altered)");
      }
    }else if( strcmp(zOrigin, "added")!=0 ){
      finding(v, "signing_key", id, "no self-signature");
    }
    if( strcmp(zState, "active")==0 && (zFrom[0]==0 || zTo[0]) ){
      finding(v, "signing_key", id, "active, but its validity is "
              "from \"%s\" to \"%s\"", zFrom, zTo);
    }
    if( strcmp(zOrigin, "designated")==0 || strcmp(zOrigin, "handover")==0
     || strcmp(zOrigin, "replaced")==0 ){
      if( bPending ){
        /* Waiting for designation or acknowledgement: no signature yet. */
      }else if( iBy==0 || zByPub[0]==0 ){
        finding(v, "signing_key", id, "%s, but no key signed it", zOrigin);
      }else if( !sign_check(zByPub, zBySig, buf_str(&m),
                            strlen(buf_str(&m))) ){
        finding(v, "signing_key", id, "the %s signature of key %lld does "
                "not verify", zOrigin, (long long)iBy);
      }else if( strcmp(zOrigin, "handover")==0
             && (iByParty!=iParty || iByAcc!=iAcc) ){
        finding(v, "signing_key", id, "handed over by key %lld of another "
                "account or party", (long long)iBy);
      }else if( strcmp(zOrigin, "handover")==0 && strcmp(zByTo, zFrom)!=0 ){
        finding(v, "signing_key", id, "handed over by key %lld, which did "
                "not end when this one began", (long long)iBy);
      }else if( strcmp(zOrigin, "designated")==0 && iByParty!=iParty ){
        finding(v, "signing_key", id, "designated by key %lld of another "
                "party", (long long)iBy);
      }else if( strcmp(zOrigin, "replaced")==0
             && (iByParty==iParty || idByD!=idD) ){
        finding(v, "signing_key", id, "acknowledged by key %lld, not of "
                "another party of the dialogue", (long long)iBy);
      }else if( strcmp(zOrigin, "handover")!=0
             && !valid_at(zByState, zByFrom, zByTo, zFrom) ){
        finding(v, "signing_key", id, "signed by key %lld, which was not "
                "valid at %s", (long long)iBy, zFrom);
      }else{
        v->nChecked++;
      }
    }
    buf_free(&m);
  }
  p->pDrv->xFinalize(pS);
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
    int64_t id = p->pDrv->xColumnInt(pS, 0);
    const char *zEnt = col(p, pS, 1);
    int64_t iItem = p->pDrv->xColumnInt(pS, 2);
    int64_t iVer = p->pDrv->xColumnInt(pS, 3);
    int64_t iParty = p->pDrv->xColumnInt(pS, 4);
    int64_t iAcc = p->pDrv->xColumnInt(pS, 5);
    const char *zAt = col(p, pS, 6), *zHash = col(p, pS, 7);
    int64_t iKey = p->pDrv->xColumnInt(pS, 8);
    const char *zSig = col(p, pS, 9), *zPub = col(p, pS, 10);
    int64_t iKParty = p->pDrv->xColumnInt(pS, 11);
    int64_t iKAcc = p->pDrv->xColumnInt(pS, 12);
    const char *zFrom = col(p, pS, 13), *zTo = col(p, pS, 14);
    const char *zState = col(p, pS, 15);
    char zParty[80], zDial[80], zNow[SIGN_HASH_HEX];
    int64_t iNow = 0;
    Buf m = BUF_INIT;
    v->nChecked++;
    if( zHash[0]==0 || iKey==0 || zSig[0]==0 ){
      finding(v, "approval", id, "%s %lld version %lld: not signed",
              zEnt, (long long)iItem, (long long)iVer);
    }else if( zPub[0]==0 ){
      finding(v, "approval", id, "signed by key %lld, which does not exist",
              (long long)iKey);
    }else if( iKParty!=iParty ){
      finding(v, "approval", id, "for party %lld, signed by key %lld of "
              "party %lld", (long long)iParty, (long long)iKey,
              (long long)iKParty);
    }else if( iKAcc!=iAcc ){
      finding(v, "approval", id, "signed by key %lld, which is not the "
              "approver's", (long long)iKey);
    }else if( !valid_at(zState, zFrom, zTo, zAt) ){
      finding(v, "approval", id, "signed at %s by key %lld, valid from "
              "\"%s\" to \"%s\"", zAt, (long long)iKey, zFrom, zTo);
    }else if( store_party_codes(p, iParty, zParty, sizeof(zParty), zDial,
                                sizeof(zDial), 0) ){
      finding(v, "approval", id, "party %lld does not exist",
              (long long)iParty);
    }else{
      sign_approval_message(&m, zEnt, iItem, iVer, zHash, zParty, zDial);
      if( !sign_check(zPub, zSig, buf_str(&m), strlen(buf_str(&m))) ){
        finding(v, "approval", id, "the signature of %s %lld version %lld "
                "does not verify with key %lld", zEnt, (long long)iItem,
                (long long)iVer, (long long)iKey);
      }else if( store_content_hash(p, zEnt, iItem, &iNow, zNow)==ACC_OK
             && iNow==iVer && strcmp(zNow, zHash)!=0 ){
        finding(v, "approval", id, "%s %lld version %lld: its content "
                "now hashes to %s, not the %s approved", zEnt,
                (long long)iItem, (long long)iVer, zNow, zHash);
      }
    }
    buf_free(&m);
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
    int64_t id = p->pDrv->xColumnInt(pS, 0);
    int64_t iAudit = p->pDrv->xColumnInt(pS, 1);
    const char *zHead = col(p, pS, 2);
    int64_t iKey = p->pDrv->xColumnInt(pS, 3);
    int64_t iParty = p->pDrv->xColumnInt(pS, 4);
    const char *zAt = col(p, pS, 5), *zSig = col(p, pS, 6);
    const char *zPub = col(p, pS, 7);
    int64_t iKParty = p->pDrv->xColumnInt(pS, 8);
    const char *zFrom = col(p, pS, 9), *zTo = col(p, pS, 10);
    const char *zState = col(p, pS, 11), *zLog = col(p, pS, 12);
    char zParty[80], zDial[80];
    Buf m = BUF_INIT;
    v->nChecked++;
    if( zPub[0]==0 ){
      finding(v, "checkpoint", id, "signed by key %lld, which does not "
              "exist", (long long)iKey);
    }else if( iKParty!=iParty ){
      finding(v, "checkpoint", id, "for party %lld, signed by key %lld of "
              "party %lld", (long long)iParty, (long long)iKey,
              (long long)iKParty);
    }else if( !valid_at(zState, zFrom, zTo, zAt) ){
      finding(v, "checkpoint", id, "signed at %s by key %lld, valid from "
              "\"%s\" to \"%s\"", zAt, (long long)iKey, zFrom, zTo);
    }else if( store_party_codes(p, iParty, zParty, sizeof(zParty), zDial,
                                sizeof(zDial), 0) ){
      finding(v, "checkpoint", id, "party %lld does not exist",
              (long long)iParty);
    }else{
      sign_checkpoint_message(&m, iAudit, zHead, zParty);
      if( !sign_check(zPub, zSig, buf_str(&m), strlen(buf_str(&m))) ){
        finding(v, "checkpoint", id, "the signature of the head (entry "
                "%lld) does not verify with key %lld", (long long)iAudit,
                (long long)iKey);
      }else if( zLog[0]==0 ){
        finding(v, "checkpoint", id, "signed head entry %lld is no longer "
                "in the audit log", (long long)iAudit);
      }else if( strcmp(zLog, zHead)!=0 ){
        finding(v, "checkpoint", id, "signed head entry %lld had hash %s; "
                "the log now says %s: the chain was rewritten",
                (long long)iAudit, zHead, zLog);
      }
    }
    buf_free(&m);
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
