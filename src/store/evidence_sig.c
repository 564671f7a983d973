/*
** evidence_sig.c: the signature sections of the evidence file ("keys",
** "approvals", "checkpoints"; docs/formats.md), and their check on a
** file alone.
**
** A party that holds an evidence file can check every approval offline:
** each approval's signature with the file's key of that party valid at
** its time, each checkpoint's signature and that the head it signed is
** an entry of the file's own chain with that hash, and each key event's
** signature chain (self-signature, and the key that designated, handed
** over or acknowledged it) as far as the file's keys go.  The texts
** signed are built by sign_approval_message(), sign_checkpoint_message()
** and sign_key_message(); the checks are those of the database's
** (sign_verify.c).  No sealed secret or salt is ever written.
*/
#include "signInt.h"
#include "replayInt.h"

#include <stdlib.h>
#include <string.h>

static const char zEvKeySql[] =
  "SELECT k.id, k.account_id, coalesce(a.login,''), k.party_id,"
  " coalesce(pt.code,''), coalesce(pt.dialogue_id, 0), coalesce(d.code,''),"
  " k.public_key, k.state, k.valid_from, k.valid_to, k.origin,"
  " k.by_key_id, k.self_signature, k.by_signature"
  " FROM signing_key k LEFT JOIN account a ON a.id=k.account_id"
  " LEFT JOIN party pt ON pt.id=k.party_id"
  " LEFT JOIN dialogue d ON d.id=pt.dialogue_id ORDER BY k.id";
static const char zEvApprSql[] =
  "SELECT ap.id, ap.entity, ap.item_id, ap.version, ap.party_id,"
  " coalesce(pt.code,''), coalesce(d.code,''), ap.account_id,"
  " coalesce(a.login,''), ap.content_hash, ap.key_id, ap.signature, ap.at"
  " FROM approval ap LEFT JOIN party pt ON pt.id=ap.party_id"
  " LEFT JOIN dialogue d ON d.id=pt.dialogue_id"
  " LEFT JOIN account a ON a.id=ap.account_id ORDER BY ap.id";
static const char zEvCkSql[] =
  "SELECT c.id, c.audit_id, c.head_hash, c.key_id, c.party_id,"
  " coalesce(pt.code,''), c.at, c.signature"
  " FROM checkpoint c LEFT JOIN party pt ON pt.id=c.party_id ORDER BY c.id";

/* Column i as a JSON string, or null. */
static json_t *col_str(Store *p, DbStmt *pS, int i){
  return p->pDrv->xColumnType(pS, i)==DB_NULL ? json_null()
         : json_string(p->pDrv->xColumnText(pS, i));
}

/* Column i as a JSON integer, or null. */
static json_t *col_int(Store *p, DbStmt *pS, int i){
  return p->pDrv->xColumnType(pS, i)==DB_NULL ? json_null()
         : json_integer(p->pDrv->xColumnInt(pS, i));
}

/* Append to pArr an object of the row of pS, column i named azName[i]
** (a leading '#' marks an integer column). */
static void row_append(Store *p, DbStmt *pS, json_t *pArr,
                       const char *const *azName, int nCol){
  json_t *pObj = json_object();
  int i;
  for(i=0; i<nCol; i++){
    if( azName[i][0]=='#' ){
      json_object_set_new(pObj, azName[i]+1, col_int(p, pS, i));
    }else{
      json_object_set_new(pObj, azName[i], col_str(p, pS, i));
    }
  }
  json_array_append_new(pArr, pObj);
}

void evidence_sig_write(Store *p, json_t *pRoot){
  static const char *const azKey[] = {
    "#id", "#account_id", "login", "#party_id", "party", "#dialogue_id",
    "dialogue", "public_key", "state", "valid_from", "valid_to", "origin",
    "#by_key_id", "self_signature", "by_signature" };
  static const char *const azAppr[] = {
    "#id", "entity", "#item_id", "#version", "#party_id", "party",
    "dialogue", "#account_id", "login", "content_hash", "#key_id",
    "signature", "at" };
  static const char *const azCk[] = {
    "#id", "#audit_id", "head_hash", "#key_id", "#party_id", "party", "at",
    "signature" };
  json_t *pKeys = json_array(), *pAppr = json_array(), *pCk = json_array();
  Class eSaved = p->eView;
  DbStmt *pS;
  size_t i;
  p->eView = CLASS_RESTRICTED;
  pS = sign_stmt(p, zEvKeySql);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    row_append(p, pS, pKeys, azKey, (int)(sizeof(azKey)/sizeof(azKey[0])));
  }
  p->pDrv->xFinalize(pS);
  pS = sign_stmt(p, zEvApprSql);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    row_append(p, pS, pAppr, azAppr,
               (int)(sizeof(azAppr)/sizeof(azAppr[0])));
  }
  p->pDrv->xFinalize(pS);
  /* An approval made before migration 009 carries no signature. */
  for(i=0; i<json_array_size(pAppr); i++){
    json_t *pA = json_array_get(pAppr, i);
    json_object_set_new(pA, "signed", json_boolean(
        json_is_string(json_object_get(pA, "signature"))));
  }
  pS = sign_stmt(p, zEvCkSql);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    row_append(p, pS, pCk, azCk, (int)(sizeof(azCk)/sizeof(azCk[0])));
  }
  p->pDrv->xFinalize(pS);
  p->eView = eSaved;
  json_object_set_new(pRoot, "keys", pKeys);
  json_object_set_new(pRoot, "approvals", pAppr);
  json_object_set_new(pRoot, "checkpoints", pCk);
}

/* ---- the check of a file ---------------------------------------------- */

/* Member zName of pObj: its string, "" if it is none. */
static const char *jstr(json_t *pObj, const char *zName){
  const char *z = json_string_value(json_object_get(pObj, zName));
  return z ? z : "";
}

/* Member zName of pObj: its integer, 0 if it is none. */
static int64_t jint(json_t *pObj, const char *zName){
  return (int64_t)json_integer_value(json_object_get(pObj, zName));
}

/* A key of the file as the checks read it. */
static void key_read(json_t *pObj, SigKeyRec *pK){
  memset(pK, 0, sizeof(*pK));
  pK->id = jint(pObj, "id");
  pK->iAccount = jint(pObj, "account_id");
  pK->iParty = jint(pObj, "party_id");
  pK->idD = jint(pObj, "dialogue_id");
  pK->iBy = jint(pObj, "by_key_id");
  pK->zPublic = jstr(pObj, "public_key");
  pK->zOrigin = jstr(pObj, "origin");
  pK->zState = jstr(pObj, "state");
  pK->zFrom = jstr(pObj, "valid_from");
  pK->zTo = jstr(pObj, "valid_to");
  pK->zSelf = jstr(pObj, "self_signature");
  pK->zBySig = jstr(pObj, "by_signature");
  pK->zLogin = jstr(pObj, "login");
  pK->zParty = jstr(pObj, "party");
}

/* SigFindFn: a finding of the file's signatures. */
static void sig_say(void *pArg, const char *zTable, int64_t id,
                    const char *zWhat){
  replay_say((Replay*)pArg, 0, "%s %lld: %s",
             strcmp(zTable, "signing_key")==0 ? "key" : zTable,
             (long long)id, zWhat);
}

/* Section zName of the file as an array; a finding if it is not one. */
static json_t *section(Replay *pR, json_t *pRoot, const char *zName){
  json_t *pArr = json_object_get(pRoot, zName);
  if( pArr && !json_is_array(pArr) ){
    replay_say(pR, 0, "%s: not an array", zName);
    return 0;
  }
  return pArr;
}

/* The signatures cover codes and logins, the checks compare ids: each id
** of the file must name one thing throughout it (pMap: id -> name, of
** the kind zKind), or a finding names where it does not. */
static void same_name(Replay *pR, json_t *pMap, const char *zKind,
                      int64_t id, const char *zName, const char *zWhere,
                      int64_t iWhere){
  char zId[24];
  const char *zWas;
  snprintf(zId, sizeof(zId), "%lld", (long long)id);
  zWas = json_string_value(json_object_get(pMap, zId));
  if( zWas==0 ){
    json_object_set_new(pMap, zId, json_string(zName));
  }else if( strcmp(zWas, zName)!=0 ){
    replay_say(pR, 0, "%s %lld: %s %lld is \"%s\" here, \"%s\" elsewhere "
               "in the file", zWhere, (long long)iWhere, zKind,
               (long long)id, zName, zWas);
  }
}

void evidence_sig_verify(Replay *pR, json_t *pRoot){
  json_t *pKeys = section(pR, pRoot, "keys");
  json_t *pAppr = section(pR, pRoot, "approvals");
  json_t *pCk = section(pR, pRoot, "checkpoints");
  json_t *pById = json_object(), *pLog, *pHash = json_object();
  json_t *pParty = json_object(), *pPartyD = json_object();
  json_t *pDial = json_object(), *pAcc = json_object();
  SigKeyRec *aKey;
  int64_t nChecked = 0;
  size_t i, nKey = json_array_size(pKeys);
  char zId[24];
  sign_sodium();
  aKey = calloc(nKey ? nKey : 1, sizeof(SigKeyRec));
  if( aKey==0 ) acc_fatal("out of memory");
  for(i=0; i<nKey; i++){
    json_t *pObj = json_array_get(pKeys, i);
    key_read(pObj, &aKey[i]);
    if( !json_is_object(pObj) || aKey[i].id<=0 ){
      replay_say(pR, 0, "keys[%d]: not a key", (int)i);
      continue;
    }
    snprintf(zId, sizeof(zId), "%lld", (long long)aKey[i].id);
    if( json_object_get(pById, zId) ){
      replay_say(pR, 0, "key %s: twice in the file", zId);
    }
    json_object_set_new(pById, zId, json_integer((json_int_t)i));
    same_name(pR, pParty, "party", aKey[i].iParty, aKey[i].zParty, "key",
              aKey[i].id);
    same_name(pR, pPartyD, "the dialogue of party", aKey[i].iParty,
              jstr(pObj, "dialogue"), "key", aKey[i].id);
    same_name(pR, pDial, "dialogue", aKey[i].idD, jstr(pObj, "dialogue"),
              "key", aKey[i].id);
    same_name(pR, pAcc, "account", aKey[i].iAccount, aKey[i].zLogin, "key",
              aKey[i].id);
  }
#define KEY_OF(ID) (snprintf(zId, sizeof(zId), "%lld", (long long)(ID)), \
  json_object_get(pById, zId) \
  ? &aKey[json_integer_value(json_object_get(pById, zId))] : 0)
  for(i=0; i<nKey; i++){
    if( aKey[i].id<=0 ) continue;
    sign_key_check(&aKey[i], aKey[i].iBy ? KEY_OF(aKey[i].iBy) : 0,
                   sig_say, pR, &nChecked);
  }
  for(i=0; i<json_array_size(pAppr); i++){
    json_t *pObj = json_array_get(pAppr, i);
    SigApprRec a;
    if( !json_is_object(pObj) ){
      replay_say(pR, 0, "approvals[%d]: not an approval", (int)i);
      continue;
    }
    memset(&a, 0, sizeof(a));
    a.id = jint(pObj, "id");
    a.iItem = jint(pObj, "item_id");
    a.iVersion = jint(pObj, "version");
    a.iParty = jint(pObj, "party_id");
    a.iAccount = jint(pObj, "account_id");
    a.iKey = jint(pObj, "key_id");
    a.zEntity = jstr(pObj, "entity");
    a.zAt = jstr(pObj, "at");
    a.zHash = jstr(pObj, "content_hash");
    a.zSig = jstr(pObj, "signature");
    a.zParty = jstr(pObj, "party")[0] ? jstr(pObj, "party") : 0;
    a.zDialogue = jstr(pObj, "dialogue");
    same_name(pR, pParty, "party", a.iParty, jstr(pObj, "party"),
              "approval", a.id);
    same_name(pR, pPartyD, "the dialogue of party", a.iParty, a.zDialogue,
              "approval", a.id);
    same_name(pR, pAcc, "account", a.iAccount, jstr(pObj, "login"),
              "approval", a.id);
    sign_approval_check(&a, a.iKey ? KEY_OF(a.iKey) : 0, sig_say, pR,
                        &nChecked);
  }
  /* The hash of each entry of the file's log, by id. */
  pLog = json_object_get(pRoot, "audit");
  for(i=0; i<json_array_size(pLog); i++){
    json_t *pE = json_array_get(pLog, i);
    snprintf(zId, sizeof(zId), "%lld", (long long)jint(pE, "id"));
    json_object_set(pHash, zId, json_object_get(pE, "hash"));
  }
  for(i=0; i<json_array_size(pCk); i++){
    json_t *pObj = json_array_get(pCk, i);
    SigCkRec c;
    const char *zLog;
    if( !json_is_object(pObj) ){
      replay_say(pR, 0, "checkpoints[%d]: not a checkpoint", (int)i);
      continue;
    }
    memset(&c, 0, sizeof(c));
    c.id = jint(pObj, "id");
    c.iAudit = jint(pObj, "audit_id");
    c.iKey = jint(pObj, "key_id");
    c.iParty = jint(pObj, "party_id");
    c.zHead = jstr(pObj, "head_hash");
    c.zAt = jstr(pObj, "at");
    c.zSig = jstr(pObj, "signature");
    c.zParty = jstr(pObj, "party")[0] ? jstr(pObj, "party") : 0;
    same_name(pR, pParty, "party", c.iParty, jstr(pObj, "party"),
              "checkpoint", c.id);
    if( sign_checkpoint_check(&c, c.iKey ? KEY_OF(c.iKey) : 0, sig_say, pR,
                              &nChecked) ){
      continue;
    }
    snprintf(zId, sizeof(zId), "%lld", (long long)c.iAudit);
    zLog = json_string_value(json_object_get(pHash, zId));
    if( zLog==0 ){
      replay_say(pR, 0, "checkpoint %lld: its signed head, entry %lld, is "
                 "not in the file's log", (long long)c.id,
                 (long long)c.iAudit);
    }else if( strcmp(zLog, c.zHead)!=0 ){
      replay_say(pR, 0, "checkpoint %lld: signed head entry %lld had hash "
                 "%.16s...; the file's log says %.16s...", (long long)c.id,
                 (long long)c.iAudit, c.zHead, zLog);
    }
  }
#undef KEY_OF
  if( nChecked ){
    replay_say(pR, 1, "signatures checked: %lld (approvals, checkpoints, "
               "key events)", (long long)nChecked);
  }
  free(aKey);
  json_decref(pById);
  json_decref(pHash);
  json_decref(pParty);
  json_decref(pPartyD);
  json_decref(pDial);
  json_decref(pAcc);
}

/* Load JSON file zPath whose member "keys" is an array; NULL with a
** finding (naming zWhat) if it is not one. */
static json_t *keys_load(Replay *pR, const char *zPath, const char *zWhat){
  json_error_t err;
  json_t *pRoot = json_load_file(zPath, 0, &err);
  if( pRoot==0 ){
    replay_say(pR, 0, "%s: not readable as JSON: %s (line %d)", zPath,
               err.text, err.line);
    return 0;
  }
  if( !json_is_array(json_object_get(pRoot, "keys")) ){
    replay_say(pR, 0, "%s: not %s (a \"keys\" array expected)", zPath,
               zWhat);
    json_decref(pRoot);
    return 0;
  }
  return pRoot;
}

int64_t store_evidence_keys(const char *zPath, const char *zKeys,
                            VerifyFn x, void *pArg){
  Replay r;
  json_t *pEv, *pMine, *pByPub = json_object(), *pArr;
  int64_t nFind;
  size_t i;
  replay_init(&r, x, pArg);
  pEv = keys_load(&r, zPath, "an Accord evidence file");
  pMine = pEv ? keys_load(&r, zKeys, "a list of public keys (accord key "
                          "export --public)") : 0;
  pArr = json_object_get(pMine, "keys");
  for(i=0; i<json_array_size(pArr); i++){
    json_t *pK = json_array_get(pArr, i);
    const char *zPub = json_string_value(json_object_get(pK, "public_key"));
    if( zPub ) json_object_set(pByPub, zPub, pK);
  }
  pArr = pMine ? json_object_get(pEv, "keys") : 0;
  for(i=0; i<json_array_size(pArr); i++){
    json_t *pK = json_array_get(pArr, i);
    json_t *pMy = json_object_get(pByPub, jstr(pK, "public_key"));
    if( pMy==0 ){
      replay_say(&r, 0, "key %lld (%s for %s, public key %.16s...): not in "
                 "%s", (long long)jint(pK, "id"), jstr(pK, "login"),
                 jstr(pK, "party"), jstr(pK, "public_key"), zKeys);
    }else if( strcmp(jstr(pK, "login"), jstr(pMy, "login"))!=0
           || strcmp(jstr(pK, "party"), jstr(pMy, "party"))!=0 ){
      replay_say(&r, 0, "key %lld: %s for %s in the evidence, %s for %s in "
                 "%s", (long long)jint(pK, "id"), jstr(pK, "login"),
                 jstr(pK, "party"), jstr(pMy, "login"), jstr(pMy, "party"),
                 zKeys);
    }
  }
  json_decref(pByPub);
  json_decref(pEv);
  json_decref(pMine);
  nFind = r.nFind;
  replay_free(&r);
  return nFind;
}
