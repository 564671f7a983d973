/*
** evidence.c: the evidence file (docs/formats.md) and the checks made
** with it (see replay.h).
**
** An evidence file is what a party keeps to check the record later,
** without trusting the operator: the whole audit log, entry by entry with
** its hashes; the digest of each table's rows as the replay compares
** them (replay.c); each issued report's hashes; and the sections of the
** signatures (keys, approvals, checkpoints; evidence_sig.c).  `accord
** verify --evidence` checks a file alone: its chain, that its tables'
** digests and reports' hashes are what its own log says, and every
** signature with the file's own public keys.
** `accord verify --against` checks that today's log extends the one a
** party kept: every entry up to the old head is still there, the same,
** in the manner of Certificate Transparency's consistency proofs.  A log
** rewritten and re-hashed from top to bottom passes the chain check but
** not this one.
*/
#include "signInt.h"
#include "replayInt.h"

#include <stdlib.h>
#include <string.h>

#define EVIDENCE_FORMAT "accord-evidence"
#define EVIDENCE_VERSION 1

/* An audit entry as an object of the file. */
static json_t *entry_json(const AuditEntry *pE){
  return json_pack("{s:I,s:s,s:s,s:s,s:s,s:I,s:s,s:s,s:s}",
                   "id", (json_int_t)pE->id, "at", pE->zAt,
                   "actor", pE->zActor, "action", pE->zAction,
                   "entity", pE->zEntity, "item_id", (json_int_t)pE->iItem,
                   "data", pE->zData, "prev_hash", pE->zPrevHash,
                   "hash", pE->zHash);
}

/* Read an entry of the file into *pE (strings owned by pObj); 0 if it
** is not one. */
static int entry_read(json_t *pObj, AuditEntry *pE){
  const char **az[7];
  static const char *const azName[7] = {
    "at", "actor", "action", "entity", "data", "prev_hash", "hash" };
  int i;
  if( !json_is_object(pObj)
   || !json_is_integer(json_object_get(pObj, "id")) ) return 0;
  az[0] = &pE->zAt; az[1] = &pE->zActor; az[2] = &pE->zAction;
  az[3] = &pE->zEntity; az[4] = &pE->zData; az[5] = &pE->zPrevHash;
  az[6] = &pE->zHash;
  for(i=0; i<7; i++){
    *az[i] = json_string_value(json_object_get(pObj, azName[i]));
    if( *az[i]==0 ) return 0;
  }
  pE->id = json_integer_value(json_object_get(pObj, "id"));
  pE->iItem = json_integer_value(json_object_get(pObj, "item_id"));
  return 1;
}

/* StoreAuditFn-like walk of the whole log, oldest first, into pArr. */
static void log_all(Store *p, json_t *pArr){
  DbStmt *pS = store_sq_stmt(p, SQ_AUDIT_ALL_ASC);
  const DbDriver *d = p->pDrv;
  AuditEntry e;
  while( d->xStep(pS)==DB_ROW ){
    e.id = d->xColumnInt(pS, 0);
    e.zAt = d->xColumnText(pS, 1);
    e.zActor = d->xColumnText(pS, 2);
    e.zAction = d->xColumnText(pS, 3);
    e.zEntity = d->xColumnText(pS, 4);
    e.iItem = d->xColumnType(pS, 5)==DB_NULL ? 0 : d->xColumnInt(pS, 5);
    e.zData = d->xColumnText(pS, 6);
    e.zPrevHash = d->xColumnText(pS, 7);
    e.zHash = d->xColumnText(pS, 8);
    json_array_append_new(pArr, entry_json(&e));
  }
  d->xReset(pS);
}

AccRc store_evidence_write(Store *p, FILE *out, char *zErr, int nErr){
  json_t *pRoot, *pLog = json_array(), *pTables = json_object();
  json_t *pReports = json_array(), *pHead, *pLast, *pV;
  json_t *pSig = json_object();
  Replay tab;
  const char *zKind;
  char zAt[21], zDig[65];
  int64_t n;
  int rc;
  replay_init(&tab, 0, 0);
  store_read_begin(p);
  verify_read_tables(p, &tab);
  json_object_foreach(tab.pKind, zKind, pV){
    replay_digest(&tab, zKind, zDig, &n);
    json_object_set_new(pTables, zKind, json_pack("{s:I,s:s}", "rows",
                        (json_int_t)n, "digest", zDig));
  }
  /* The reports: their stored hash, and the hash of their bytes now. */
  pV = json_object_get(tab.pKind, "report");
  if( pV ){
    size_t nKey, i;
    const char **az = replay_keys(pV, &nKey);
    for(i=0; i<nKey; i++){
      json_t *pRow = json_loads(json_string_value(json_object_get(pV,
                                                  az[i])), 0, 0);
      json_array_append_new(pReports, json_pack("{s:O,s:O,s:O,s:O,s:O}",
          "id", json_object_get(pRow, "id"),
          "report_id", json_object_get(pRow, "report_id"),
          "version", json_object_get(pRow, "version"),
          "body_hash", json_object_get(pRow, "body_hash"),
          "bytes_hash", json_object_get(pRow, "bytes_hash")));
      json_decref(pRow);
    }
    free(az);
  }
  replay_free(&tab);
  log_all(p, pLog);
  evidence_sig_write(p, pSig);
  store_read_end(p);
  pLast = json_array_get(pLog, json_array_size(pLog)-1);
  pHead = json_pack("{s:I,s:I,s:s}", "entries",
                    (json_int_t)json_array_size(pLog), "id",
                    (json_int_t)(pLast ? json_integer_value(
                        json_object_get(pLast, "id")) : 0),
                    "hash", pLast ? json_string_value(json_object_get(pLast,
                        "hash")) : "");
  store_now(zAt);
  pRoot = json_pack("{s:s,s:i,s:s,s:i,s:o,s:o,s:o,s:o}",
                    "format", EVIDENCE_FORMAT, "version", EVIDENCE_VERSION,
                    "made_at", zAt, "schema", store_schema_version(p),
                    "head", pHead, "audit", pLog, "tables", pTables,
                    "reports", pReports);
  if( pRoot==0 ) acc_fatal("cannot build the evidence");
  /* The signing keys, the signed approvals and the signed checkpoints of
  ** the chain's head (evidence_sig.c). */
  json_object_update(pRoot, pSig);
  json_decref(pSig);
  rc = json_dumpf(pRoot, out, JSON_INDENT(1)|JSON_PRESERVE_ORDER);
  json_decref(pRoot);
  if( rc!=0 || fputc('\n', out)==EOF || fflush(out)!=0 ){
    snprintf(zErr, nErr, "cannot write the file");
    return ACC_IO;
  }
  return ACC_OK;
}

/* Load an evidence file; NULL with a finding if it is not one. */
static json_t *evidence_load(Replay *pR, const char *zPath){
  json_error_t err;
  json_t *pRoot = json_load_file(zPath, 0, &err);
  if( pRoot==0 ){
    replay_say(pR, 0, "%s: not readable as JSON: %s (line %d)", zPath,
               err.text, err.line);
    return 0;
  }
  if( !json_is_object(pRoot)
   || strcmp(json_string_value(json_object_get(pRoot, "format"))
             ? json_string_value(json_object_get(pRoot, "format")) : "",
             EVIDENCE_FORMAT)!=0
   || !json_is_array(json_object_get(pRoot, "audit")) ){
    replay_say(pR, 0, "%s: not an Accord evidence file (format \"%s\" with "
               "an \"audit\" array expected)", zPath, EVIDENCE_FORMAT);
    json_decref(pRoot);
    return 0;
  }
  return pRoot;
}

int64_t store_evidence_verify(const char *zPath, VerifyFn x, void *pArg,
                              int64_t *pnEntry){
  Replay exp;
  Chain c;
  json_t *pRoot, *pLog, *pTables, *pV, *pHead;
  const char *zKind;
  size_t i;
  int64_t nFind;
  replay_init(&exp, x, pArg);
  *pnEntry = 0;
  pRoot = evidence_load(&exp, zPath);
  if( pRoot==0 ){
    replay_free(&exp);
    return -1;
  }
  memset(&c, 0, sizeof(c));
  /* a file that does not say its schema is older than 035 */
  pV = json_object_get(pRoot, "schema");
  exp.iSchema = json_is_integer(pV) && json_integer_value(pV)>0
                ? (int)json_integer_value(pV) : 1;
  pLog = json_object_get(pRoot, "audit");
  for(i=0; i<json_array_size(pLog); i++){
    AuditEntry e;
    if( !entry_read(json_array_get(pLog, i), &e) ){
      replay_say(&exp, 0, "audit[%d]: not an audit entry", (int)i);
      continue;
    }
    verify_chain_step(&exp, &c, &e);
  }
  *pnEntry = c.n;
  pHead = json_object_get(pRoot, "head");
  if( json_integer_value(json_object_get(pHead, "id"))!=c.iPrev
   || strcmp(json_string_value(json_object_get(pHead, "hash"))
             ? json_string_value(json_object_get(pHead, "hash")) : "",
             c.n ? c.zPrev : "")!=0 ){
    replay_say(&exp, 0, "head: the file's head is not its log's last entry "
               "(%lld)", (long long)c.iPrev);
  }
  /* Each table's digest against the replay's. */
  pTables = json_object_get(pRoot, "tables");
  json_object_foreach(pTables, zKind, pV){
    char zDig[65];
    int64_t n;
    const char *zFile = json_string_value(json_object_get(pV, "digest"));
    replay_digest(&exp, zKind, zDig, &n);
    if( zFile && strcmp(zFile, zDig)==0 ) continue;
    if( json_object_get(exp.pPartial, zKind)
     || (strcmp(zKind, "observation")==0 && exp.nObsCredit>0)
     || (strcmp(zKind, "api_token")==0
         && json_object_size(exp.pTokCredit)>0) ){
      replay_say(&exp, 1, "table %s: entries made before migration 013 do "
                 "not tell all of its rows: its digest cannot be checked",
                 zKind);
    }else if( strncmp(zKind, "pub:", 4)==0 && n==0
           && json_object_get(exp.pKind, zKind)==0 ){
      replay_say(&exp, 0, "table %s: %lld rows in the file, none in its "
                 "log", zKind, (long long)json_integer_value(
                   json_object_get(pV, "rows")));
    }else{
      replay_say(&exp, 0, "table %s: its content (%lld rows, digest %.16s...)"
                 " is not what the file's log says (%lld rows, digest "
                 "%.16s...)", zKind, (long long)json_integer_value(
                   json_object_get(pV, "rows")), zFile ? zFile : "none",
                 (long long)n, zDig);
    }
  }
  /* Each report's bytes against its hashes. */
  pV = json_object_get(pRoot, "reports");
  for(i=0; i<json_array_size(pV); i++){
    json_t *pRep = json_array_get(pV, i);
    const char *zBody = json_string_value(json_object_get(pRep,
                                                          "body_hash"));
    const char *zBytes = json_string_value(json_object_get(pRep,
                                                           "bytes_hash"));
    char zKey[24];
    json_t *pRow;
    snprintf(zKey, sizeof(zKey), "%lld", (long long)json_integer_value(
             json_object_get(pRep, "id")));
    if( zBody==0 || zBytes==0 || strcmp(zBody, zBytes)!=0 ){
      replay_say(&exp, 0, "issued report version %s: its bytes do not hash "
                 "to the hash stored with them", zKey);
    }
    pRow = json_object_get(json_object_get(exp.pKind, "report"), zKey);
    pRow = pRow ? json_loads(json_string_value(pRow), 0, 0) : 0;
    if( pRow==0 ){
      replay_say(&exp, 0, "issued report version %s: in no audit entry",
                 zKey);
    }else if( zBytes==0 || !json_equal(json_object_get(pRow, "body_hash"),
                                       json_object_get(pRep,
                                                       "bytes_hash")) ){
      replay_say(&exp, 0, "issued report version %s: its bytes are not the "
                 "ones the audit log recorded", zKey);
    }
    json_decref(pRow);
  }
  /* The signatures: approvals, checkpoints (each one's head an entry of
  ** the file's chain) and key events, with the file's keys. */
  evidence_sig_verify(&exp, pRoot);
  json_decref(pRoot);
  nFind = exp.nFind;
  replay_free(&exp);
  return nFind;
}

int64_t store_verify_against(Store *p, const char *zPath, VerifyFn x,
                             void *pArg){
  Replay r;
  json_t *pRoot, *pOld, *pCur = json_array();
  size_t i, nOld, nCur;
  int64_t nDiff = 0, nFind, iFirst = 0;
  replay_init(&r, x, pArg);
  pRoot = evidence_load(&r, zPath);
  if( pRoot==0 ){
    nFind = r.nFind;
    replay_free(&r);
    json_decref(pCur);
    return nFind;
  }
  pOld = json_object_get(pRoot, "audit");
  nOld = json_array_size(pOld);
  log_all(p, pCur);
  nCur = json_array_size(pCur);
  for(i=0; i<nOld; i++){
    json_t *pO = json_array_get(pOld, i);
    json_t *pC = i<nCur ? json_array_get(pCur, i) : 0;
    if( pC && json_equal(pO, pC) ) continue;
    if( nDiff++==0 ){
      iFirst = json_integer_value(json_object_get(pO, "id"));
      if( pC==0 ){
        replay_say(&r, 0, "entry %lld of %s is no longer in the log: the "
                   "log was cut back to %lld entries", (long long)iFirst,
                   zPath, (long long)nCur);
      }else{
        replay_say(&r, 0, "entry %lld is not the one in %s (hash %.16s... "
                   "there, %.16s... here): the log was rewritten",
                   (long long)iFirst, zPath,
                   json_string_value(json_object_get(pO, "hash")),
                   json_string_value(json_object_get(pC, "hash"))
                   ? json_string_value(json_object_get(pC, "hash")) : "");
      }
    }
  }
  if( nDiff>1 ){
    replay_say(&r, 0, "%lld entries up to the head of %s (entry %lld) differ "
               "from or are missing in the log, from entry %lld on",
               (long long)nDiff, zPath, (long long)json_integer_value(
                 json_object_get(json_object_get(pRoot, "head"), "id")),
               (long long)iFirst);
  }
  /* Each checkpoint of the file signed a head the log must still have,
  ** with the same hash (implied by the entries' check when the file's
  ** checkpoints match its own log, checked here in case they do not). */
  pOld = json_object_get(pRoot, "checkpoints");
  for(i=0; i<json_array_size(pOld); i++){
    json_t *pCk = json_array_get(pOld, i);
    int64_t iAudit = json_integer_value(json_object_get(pCk, "audit_id"));
    const char *zHead = json_string_value(json_object_get(pCk,
                                                          "head_hash"));
    const char *zNow = 0;
    size_t j;
    for(j=0; j<nCur && zNow==0; j++){
      json_t *pC = json_array_get(pCur, j);
      if( json_integer_value(json_object_get(pC, "id"))==iAudit ){
        zNow = json_string_value(json_object_get(pC, "hash"));
      }
    }
    if( zNow==0 ){
      replay_say(&r, 0, "checkpoint %lld of %s: its signed head, entry %lld, "
                 "is no longer in the log", (long long)json_integer_value(
                   json_object_get(pCk, "id")), zPath, (long long)iAudit);
    }else if( zHead==0 || strcmp(zHead, zNow)!=0 ){
      replay_say(&r, 0, "checkpoint %lld of %s: signed head entry %lld had "
                 "hash %.16s...; the log now says %.16s...",
                 (long long)json_integer_value(json_object_get(pCk, "id")),
                 zPath, (long long)iAudit, zHead ? zHead : "none", zNow);
    }
  }
  json_decref(pRoot);
  json_decref(pCur);
  nFind = r.nFind;
  replay_free(&r);
  return nFind;
}
