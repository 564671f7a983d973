/*
** issued.c: reports issued and frozen (see store.h, "Issued reports",
** and schema/sqlite/005_reports.sql).
**
** A report is stored with its exact bytes and two BLAKE2b-256 hashes: of
** the bytes (computed here, checked on every read) and of the data the
** report was built from (computed by report_build).  Corrections are new
** versions with a reason; triggers refuse any other change.  A public
** report is issued only when a co-chair of every party of its dialogue
** approved its version: the approvals are rows of the same approval table
** as the joint sign-off of items (account.c), with entity "report" and
** the version's id as item and version, so a correction, being a new
** version, needs approving again.  Every issue and correction (an
** "insert" of entity "report", the version's id as item), approval and
** step from pending to issued (an "update") is recorded in the audit
** log.
**
** The statements are this file's own closed set (azIq); reports are
** issued rarely, so each is prepared when used.
*/
#include "storeInt.h"
#include "account.h"
#include "sign.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

enum {
  IQ_REPORT_INSERT = 0, IQ_VERSION_INSERT, IQ_NEXT_VERSION, IQ_REPORT_GET,
  IQ_VERSION_GET, IQ_EACH, IQ_EACH_DIALOGUE, IQ_ISSUE, IQ_VERSION_BY_ID,
  IQ__MAX
};

/* The columns every read returns, in IssuedReport order. */
#define IQ_COLS \
  "r.id, v.id, v.version, r.kind, r.dialogue_id, r.period_from," \
  " r.period_to, r.lang, r.format, r.viewer, v.state, v.body_hash," \
  " v.data_hash, v.data_version, v.generated, v.made_by, v.made_at," \
  " v.issued_at, v.reason, r.cut, length(v.body)"
#define IQ_BODY 21   /* column of the body, when selected */

static const char *const azIq[IQ__MAX] = {
  /* IQ_REPORT_INSERT */
  "INSERT INTO report_issue(kind, dialogue_id, period_from, period_to,"
  " lang, format, viewer, created_by, created_at, cut)"
  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
  /* IQ_VERSION_INSERT */
  "INSERT INTO report_version(report_id, version, state, body, body_hash,"
  " data_hash, data_version, generated, made_by, made_at, issued_at, reason)"
  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
  /* IQ_NEXT_VERSION */
  "SELECT coalesce(max(version), 0)+1 FROM report_version"
  " WHERE report_id=?1",
  /* IQ_REPORT_GET */
  "SELECT kind, dialogue_id, period_from, period_to, lang, format, viewer,"
  " cut FROM report_issue WHERE id=?1",
  /* IQ_VERSION_GET: ?2 = version, 0 latest issued, -1 latest */
  "SELECT " IQ_COLS ", v.body FROM report_issue r JOIN report_version v"
  " ON v.report_id=r.id WHERE r.id=?1 AND (v.version=?2"
  " OR (?2=0 AND v.state='issued') OR ?2<0)"
  " ORDER BY v.version DESC LIMIT 1",
  /* IQ_EACH */
  "SELECT " IQ_COLS " FROM report_issue r JOIN report_version v"
  " ON v.report_id=r.id ORDER BY r.id DESC, v.version",
  /* IQ_EACH_DIALOGUE */
  "SELECT " IQ_COLS " FROM report_issue r JOIN report_version v"
  " ON v.report_id=r.id WHERE r.dialogue_id=?1 ORDER BY r.id DESC,"
  " v.version",
  /* IQ_ISSUE */
  "UPDATE report_version SET state='issued', issued_at=?2"
  " WHERE id=?1 AND state='pending'",
  /* IQ_VERSION_BY_ID */
  "SELECT " IQ_COLS " FROM report_issue r JOIN report_version v"
  " ON v.report_id=r.id WHERE v.id=?1",
};

/* Prepare statement i for this driver; the caller finalizes it. */
static DbStmt *iq_prepare(Store *p, int i){
  char *z = acc_strdup(azIq[i]), *c;
  DbStmt *pS;
  for(c=z; *c; c++){
    if( *c=='?' ) *c = p->pDrv->cParam;
  }
  pS = p->pDrv->xPrepare(p->pDb, z);
  free(z);
  return pS;
}

/* Lower-case hex BLAKE2b-256 of n bytes. */
static void iq_hash(const void *pData, int64_t n, char zOut[65]){
  unsigned char a[32];
  crypto_generichash(a, sizeof(a), pData, (unsigned long long)n, 0, 0);
  sodium_bin2hex(zOut, 65, a, sizeof(a));
}

/* Copy a text column into pArena, NULL for SQL NULL. */
static const char *iq_text(Store *p, DbStmt *pS, int i, Arena *pArena){
  if( p->pDrv->xColumnType(pS, i)==DB_NULL ) return 0;
  return pArena ? arena_strdup(pArena, p->pDrv->xColumnText(pS, i))
                : p->pDrv->xColumnText(pS, i);
}

/* Read the IQ_COLS of the current row. */
static void iq_row(Store *p, DbStmt *pS, Arena *pArena, IssuedReport *pR){
  memset(pR, 0, sizeof(*pR));
  pR->iReport = p->pDrv->xColumnInt(pS, 0);
  pR->iVersionId = p->pDrv->xColumnInt(pS, 1);
  pR->iVersion = (int)p->pDrv->xColumnInt(pS, 2);
  pR->zKind = iq_text(p, pS, 3, pArena);
  pR->idDialogue = p->pDrv->xColumnInt(pS, 4);
  pR->zFrom = iq_text(p, pS, 5, pArena);
  pR->zTo = iq_text(p, pS, 6, pArena);
  pR->zLang = iq_text(p, pS, 7, pArena);
  pR->zFormat = iq_text(p, pS, 8, pArena);
  pR->zViewer = iq_text(p, pS, 9, pArena);
  pR->zState = iq_text(p, pS, 10, pArena);
  pR->zBodyHash = iq_text(p, pS, 11, pArena);
  pR->zDataHash = iq_text(p, pS, 12, pArena);
  pR->iDataVersion = p->pDrv->xColumnInt(pS, 13);
  pR->zGenerated = iq_text(p, pS, 14, pArena);
  pR->zMadeBy = iq_text(p, pS, 15, pArena);
  pR->zMadeAt = iq_text(p, pS, 16, pArena);
  pR->zIssuedAt = iq_text(p, pS, 17, pArena);
  pR->zReason = iq_text(p, pS, 18, pArena);
  pR->zCut = iq_text(p, pS, 19, pArena);
  pR->nBody = p->pDrv->xColumnInt(pS, 20);
}

/* Whether the reader may see report version *pR: cleared for its viewer,
** its dialogue visible, and for the public only an issued version. */
static int iq_visible(Store *p, const IssuedReport *pR){
  int k = model_enum_find(azClassName, pR->zViewer);
  if( k<0 || (int)p->eView<k ) return 0;
  if( p->eView==CLASS_PUBLIC && strcmp(pR->zState, "issued")!=0 ) return 0;
  if( pR->idDialogue ){
    DbStmt *pS = store_item_stmt(p, ENT_DIALOGUE, OP_EXISTS, -1);
    int bOk;
    p->pDrv->xBindInt(pS, 1, pR->idDialogue);
    p->pDrv->xBindInt(pS, 2, p->eView);
    bOk = p->pDrv->xStep(pS)==DB_ROW;
    p->pDrv->xReset(pS);
    if( !bOk ) return 0;
  }
  return 1;
}

AccRc store_report_issue(Store *p, int64_t iReport, const IssuedReport *pIn,
                         Arena *pArena, IssuedReport *pOut,
                         char *zErr, int nErr){
  DbStmt *pS = 0;
  char zNow[21], zHash[65], zData[700];
  int iVersion = 1, bPublic, bOwn = !p->nTxn;
  int64_t idVersion = 0;
  AccRc rc = ACC_OK;
  if( nErr>0 ) zErr[0] = 0;
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  if( pIn->pBody==0 || pIn->nBody<=0 ){
    snprintf(zErr, nErr, "the report is empty");
    return ACC_INVALID;
  }
  if( iReport && (pIn->zReason==0 || pIn->zReason[strspn(pIn->zReason,
                  " \t\r\n")]==0) ){
    snprintf(zErr, nErr, "reason: a correction must say why it is made");
    return ACC_INVALID;
  }
  if( pIn->zCut==0 || (strcmp(pIn->zCut, "area")!=0
                        && strcmp(pIn->zCut, "sector")!=0) ){
    snprintf(zErr, nErr, "by: expected area or sector");
    return ACC_INVALID;
  }
  bPublic = strcmp(pIn->zKind, "public")==0;
  if( bPublic && pIn->idDialogue==0 ){
    snprintf(zErr, nErr, "dialogue: a public report needs one");
    return ACC_INVALID;
  }
  store_now(zNow);
  iq_hash(pIn->pBody, pIn->nBody, zHash);
  if( bOwn && store_begin(p) ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  if( iReport ){
    /* A correction: the same report, the next version. */
    static const int aCol[] = { 0, 2, 3, 4, 5, 6, 7 };
    static const char *const azWhat[] = {
      "kind", "period", "period", "language", "format", "viewer", "cut"
    };
    const char *azIn[7];
    int i;
    azIn[0] = pIn->zKind; azIn[1] = pIn->zFrom; azIn[2] = pIn->zTo;
    azIn[3] = pIn->zLang; azIn[4] = pIn->zFormat; azIn[5] = pIn->zViewer;
    azIn[6] = pIn->zCut;
    pS = iq_prepare(p, IQ_REPORT_GET);
    p->pDrv->xBindInt(pS, 1, iReport);
    if( p->pDrv->xStep(pS)!=DB_ROW ){
      snprintf(zErr, nErr, "no report %lld", (long long)iReport);
      rc = ACC_NOTFOUND;
      goto out;
    }
    for(i=0; i<7; i++){
      if( strcmp(p->pDrv->xColumnText(pS, aCol[i]), azIn[i])!=0 ){
        snprintf(zErr, nErr, "a correction keeps the report's %s",
                 azWhat[i]);
        rc = ACC_INVALID;
        goto out;
      }
    }
    if( p->pDrv->xColumnInt(pS, 1)!=pIn->idDialogue ){
      snprintf(zErr, nErr, "a correction keeps the report's dialogue");
      rc = ACC_INVALID;
      goto out;
    }
    p->pDrv->xFinalize(pS);
    pS = iq_prepare(p, IQ_NEXT_VERSION);
    p->pDrv->xBindInt(pS, 1, iReport);
    if( p->pDrv->xStep(pS)==DB_ROW ){
      iVersion = (int)p->pDrv->xColumnInt(pS, 0);
    }
  }else{
    pS = iq_prepare(p, IQ_REPORT_INSERT);
    p->pDrv->xBindText(pS, 1, pIn->zKind);
    store_bind_id(p, pS, 2, pIn->idDialogue);
    p->pDrv->xBindText(pS, 3, pIn->zFrom);
    p->pDrv->xBindText(pS, 4, pIn->zTo);
    p->pDrv->xBindText(pS, 5, pIn->zLang);
    p->pDrv->xBindText(pS, 6, pIn->zFormat);
    p->pDrv->xBindText(pS, 7, pIn->zViewer);
    p->pDrv->xBindText(pS, 8, p->zActor);
    p->pDrv->xBindText(pS, 9, zNow);
    p->pDrv->xBindText(pS, 10, pIn->zCut);
    rc = store_run(p, pS, zErr, nErr);
    if( rc ) goto out;
    iReport = p->pDrv->xLastId(p->pDb);
  }
  p->pDrv->xFinalize(pS);
  pS = iq_prepare(p, IQ_VERSION_INSERT);
  p->pDrv->xBindInt(pS, 1, iReport);
  p->pDrv->xBindInt(pS, 2, iVersion);
  p->pDrv->xBindText(pS, 3, bPublic ? "pending" : "issued");
  p->pDrv->xBindBlob(pS, 4, pIn->pBody, pIn->nBody);
  p->pDrv->xBindText(pS, 5, zHash);
  p->pDrv->xBindText(pS, 6, pIn->zDataHash ? pIn->zDataHash : "");
  p->pDrv->xBindInt(pS, 7, pIn->iDataVersion);
  p->pDrv->xBindText(pS, 8, pIn->zGenerated ? pIn->zGenerated : "");
  p->pDrv->xBindText(pS, 9, p->zActor);
  p->pDrv->xBindText(pS, 10, zNow);
  if( bPublic ){
    p->pDrv->xBindNull(pS, 11);
  }else{
    p->pDrv->xBindText(pS, 11, zNow);
  }
  if( iVersion>1 ){
    p->pDrv->xBindText(pS, 12, pIn->zReason);
  }else if( pIn->zReason && pIn->zReason[0] ){
    p->pDrv->xBindText(pS, 12, pIn->zReason);
  }else{
    p->pDrv->xBindNull(pS, 12);
  }
  rc = store_run(p, pS, zErr, nErr);
  if( rc ) goto out;
  idVersion = p->pDrv->xLastId(p->pDb);
  snprintf(zData, sizeof(zData), "{\"report\":%lld,\"version\":%d,"
           "\"kind\":\"%s\",\"body_hash\":\"%s\",\"data_hash\":\"%s\","
           "\"dialogue_id\":%lld,\"period_from\":\"%s\","
           "\"period_to\":\"%s\",\"lang\":\"%s\",\"format\":\"%s\","
           "\"viewer\":\"%s\",\"cut\":\"%s\"}",
           (long long)iReport, iVersion, pIn->zKind, zHash,
           pIn->zDataHash ? pIn->zDataHash : "", (long long)pIn->idDialogue,
           pIn->zFrom, pIn->zTo, pIn->zLang, pIn->zFormat, pIn->zViewer,
           pIn->zCut);
  rc = store_audit_add(p, "insert", "report", idVersion, zData);
  if( rc ) snprintf(zErr, nErr, "the audit log refused the entry");
out:
  if( pS ) p->pDrv->xFinalize(pS);
  if( bOwn ){
    if( rc==ACC_OK ) rc = store_commit(p);
    if( rc!=ACC_OK ) store_rollback(p);
  }
  if( rc==ACC_OK ){
    Class eSaved = p->eView;
    p->eView = CLASS_RESTRICTED;
    rc = store_report_get(p, iReport, -1, pArena, pOut);
    p->eView = eSaved;
  }
  return rc;
}

AccRc store_report_get(Store *p, int64_t iReport, int iVersion,
                       Arena *pArena, IssuedReport *pOut){
  DbStmt *pS = iq_prepare(p, IQ_VERSION_GET);
  AccRc rc = ACC_NOTFOUND;
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  p->pDrv->xBindInt(pS, 1, iReport);
  p->pDrv->xBindInt(pS, 2, iVersion);
  if( p->pDrv->xStep(pS)==DB_ROW ){
    int64_t n = 0;
    const void *pBody;
    char zHash[65];
    iq_row(p, pS, pArena, pOut);
    if( iq_visible(p, pOut) ){
      unsigned char *pCopy;
      pBody = p->pDrv->xColumnBlob(pS, IQ_BODY, &n);
      pCopy = arena_alloc(pArena, (size_t)n+1);
      memcpy(pCopy, pBody, (size_t)n);
      pOut->pBody = pCopy;
      pOut->nBody = n;
      iq_hash(pCopy, n, zHash);
      rc = strcmp(zHash, pOut->zBodyHash)==0 ? ACC_OK : ACC_CONFLICT;
    }
  }
  p->pDrv->xFinalize(pS);
  if( rc==ACC_NOTFOUND ) memset(pOut, 0, sizeof(*pOut));
  return rc;
}

AccRc store_report_each(Store *p, int64_t idDialogue,
                        int (*x)(void*, const IssuedReport*), void *pArg){
  DbStmt *pS = iq_prepare(p, idDialogue ? IQ_EACH_DIALOGUE : IQ_EACH);
  IssuedReport r;
  Arena a = ARENA_INIT;
  if( idDialogue ) p->pDrv->xBindInt(pS, 1, idDialogue);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    iq_row(p, pS, &a, &r);
    if( iq_visible(p, &r) && x(pArg, &r) ) break;
  }
  p->pDrv->xFinalize(pS);
  arena_free(&a);
  return ACC_OK;
}

AccRc store_report_approve(Store *p, int64_t iVersionId,
                           const Account *pAcc, SignReq *pReq, char *zErr,
                           int nErr){
  Arena a = ARENA_INIT;
  IssuedReport r;
  DbStmt *pS;
  char zNow[21], zData[200], zSig[SIGN_SIG_HEX], zSecret[SIGN_SK_HEX];
  Account signer;
  int64_t nParty = 0, nAppr = 0, iV = 0, iKey = 0;
  int bOwn = !p->nTxn;
  AccRc rc = ACC_OK;
  pS = iq_prepare(p, IQ_VERSION_BY_ID);
  p->pDrv->xBindInt(pS, 1, iVersionId);
  if( p->pDrv->xStep(pS)!=DB_ROW ){
    p->pDrv->xFinalize(pS);
    snprintf(zErr, nErr, "no report version %lld", (long long)iVersionId);
    return ACC_NOTFOUND;
  }
  iq_row(p, pS, &a, &r);
  p->pDrv->xFinalize(pS);
  if( strcmp(r.zKind, "public")!=0 || strcmp(r.zState, "pending")!=0 ){
    snprintf(zErr, nErr, "report %lld version %d needs no approval (%s)",
             (long long)r.iReport, r.iVersion, r.zState);
    arena_free(&a);
    return ACC_INVALID;
  }
  if( store_signer_for(p, pAcc, r.idDialogue, &signer) ){
    snprintf(zErr, nErr, "only a co-chair of a party of this dialogue "
             "(or whom its co-chair designated to sign) may approve");
    arena_free(&a);
    return ACC_INVALID;
  }
  pAcc = &signer;
  /* The signature is made before the transaction (sign.h). */
  rc = sign_approval_prepare(p, "report", iVersionId, pAcc, pReq, &iV,
                             &iKey, zSig, zSecret, zErr, nErr);
  if( rc ){
    arena_free(&a);
    return rc;
  }
  store_now(zNow);
  if( bOwn && store_begin(p) ){
    sodium_memzero(zSecret, sizeof(zSecret));
    arena_free(&a);
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  rc = store_approval_land(p, "report", iVersionId, iV, pAcc, pReq, iKey,
                           zSig, zSecret, zErr, nErr);
  sodium_memzero(zSecret, sizeof(zSecret));
  if( rc==ACC_OK ){
    pS = store_sq_stmt(p, SQ_APPR_COUNT);
    p->pDrv->xBindText(pS, 1, "report");
    p->pDrv->xBindInt(pS, 2, iVersionId);
    p->pDrv->xBindInt(pS, 3, iVersionId);
    if( p->pDrv->xStep(pS)==DB_ROW ) nAppr = p->pDrv->xColumnInt(pS, 0);
    p->pDrv->xReset(pS);
    pS = store_sq_stmt(p, SQ_PARTY_COUNT);
    p->pDrv->xBindInt(pS, 1, r.idDialogue);
    if( p->pDrv->xStep(pS)==DB_ROW ) nParty = p->pDrv->xColumnInt(pS, 0);
    p->pDrv->xReset(pS);
    if( nAppr>=(nParty>2 ? nParty : 2) ){
      pS = iq_prepare(p, IQ_ISSUE);
      p->pDrv->xBindInt(pS, 1, iVersionId);
      p->pDrv->xBindText(pS, 2, zNow);
      rc = store_run(p, pS, zErr, nErr);
      p->pDrv->xFinalize(pS);
      if( rc==ACC_OK ){
        snprintf(zData, sizeof(zData), "{\"report\":%lld,\"version\":%d,"
                 "\"state\":\"issued\"}", (long long)r.iReport, r.iVersion);
        rc = store_audit_add(p, "update", "report", iVersionId, zData);
      }
    }
  }
  if( bOwn ){
    if( rc==ACC_OK ) rc = store_commit(p);
    if( rc!=ACC_OK ) store_rollback(p);
  }
  arena_free(&a);
  return rc;
}
