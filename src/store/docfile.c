/*
** docfile.c: the file a document carries (see docfile.h).
**
** The table is document_file (migration 028).  Its statements are
** prepared here, once per call, as fixture_all.c does: a file is
** attached or read far less often than the cached statements of azSq.
*/
#include "storeInt.h"
#include "docfile.h"
#include "account.h"

#include <jansson.h>

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The SHA-256 of n bytes as 64 hex digits into zOut (65 bytes). */
static void docfile_sha256(const void *pData, int64_t n, char *zOut){
  unsigned char aHash[crypto_hash_sha256_BYTES];
  if( sodium_init()<0 ) acc_fatal("cannot start libsodium");
  crypto_hash_sha256(aHash, pData, (unsigned long long)n);
  sodium_bin2hex(zOut, 65, aHash, sizeof(aHash));
}

/* The media type of the n bytes at z, or NULL (with the reason in zErr)
** if they are neither a PDF nor UTF-8 text. */
static const char *docfile_type(const char *z, int64_t n, char *zErr,
                                int nErr){
  TextBad bad;
  if( n>=5 && memcmp(z, "%PDF-", 5)==0 ) return "application/pdf";
  if( text_check(z, (size_t)n, &bad)==TEXT_OK ) return "text/plain";
  {
    char zWhere[120];
    text_describe(z, (size_t)n, &bad, zWhere, sizeof(zWhere));
    snprintf(zErr, nErr, "file: neither a PDF (it would start with %%PDF-) "
             "nor UTF-8 text: %s", zWhere);
  }
  return 0;
}

AccRc store_docfile_put(Store *p, int64_t idDoc, const char *zName,
                        const void *pData, int64_t n, char *zErr, int nErr){
  Arena a = ARENA_INIT;
  Value *aV;
  DbStmt *pS;
  const char *zType;
  char zHash[65], zAt[21];
  json_t *pJ;
  char *zData;
  AccRc rc;
  int r;
  if( zName==0 || zName[0]==0 || strlen(zName)>200
   || strchr(zName, '/') || !utf8_text_ok(zName) ){
    snprintf(zErr, nErr, "name: give the file's name (text without '/', "
             "at most 200 bytes)");
    return ACC_INVALID;
  }
  if( n<=0 ){
    snprintf(zErr, nErr, "file: the file is empty");
    return ACC_INVALID;
  }
  if( n>DOCFILE_MAX ){
    snprintf(zErr, nErr, "file: %lld bytes; a document's file may have at "
             "most %d MB", (long long)n, DOCFILE_MAX>>20);
    return ACC_INVALID;
  }
  if( (zType = docfile_type(pData, n, zErr, nErr))==0 ) return ACC_INVALID;
  if( store_begin(p) ){
    snprintf(zErr, nErr, "the database is busy; try again");
    return ACC_BUSY;
  }
  if( store_item_get(p, ENT_DOCUMENT, idDoc, &a, &aV) ){
    store_rollback(p);
    arena_free(&a);
    snprintf(zErr, nErr, "id: no document %lld", (long long)idDoc);
    return ACC_NOTFOUND;
  }
  rc = store_authorize(p, p->pWho, ENT_DOCUMENT, idDoc, aV, zErr, nErr);
  arena_free(&a);
  if( rc ){
    store_rollback(p);
    return rc;
  }
  docfile_sha256(pData, n, zHash);
  store_now(zAt);
  pS = p->pDrv->xPrepare(p->pDb, "DELETE FROM document_file"
                         " WHERE document_id=?1");
  p->pDrv->xBindInt(pS, 1, idDoc);
  r = p->pDrv->xStep(pS);
  p->pDrv->xFinalize(pS);
  pS = p->pDrv->xPrepare(p->pDb, "INSERT INTO document_file(document_id,"
                         " name, media_type, size, sha256, data, added_at,"
                         " added_by) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
  p->pDrv->xBindInt(pS, 1, idDoc);
  p->pDrv->xBindText(pS, 2, zName);
  p->pDrv->xBindText(pS, 3, zType);
  p->pDrv->xBindInt(pS, 4, n);
  p->pDrv->xBindText(pS, 5, zHash);
  p->pDrv->xBindBlob(pS, 6, pData, n);
  p->pDrv->xBindText(pS, 7, zAt);
  p->pDrv->xBindText(pS, 8, p->zActor ? p->zActor : "");
  if( r>=0 ) r = p->pDrv->xStep(pS);
  p->pDrv->xFinalize(pS);
  pJ = json_pack("{s:s,s:s,s:I,s:s}", "name", zName, "media_type", zType,
                 "size", (json_int_t)n, "sha256", zHash);
  zData = json_dumps(pJ, JSON_COMPACT|JSON_SORT_KEYS);
  json_decref(pJ);
  if( zData==0 ) acc_fatal("cannot render JSON");
  rc = r<0 ? ACC_BUSY : store_audit_add(p, "import", "document_file", idDoc,
                                        zData);
  free(zData);
  if( rc==ACC_OK ) rc = store_commit(p);
  if( rc ){
    store_rollback(p);
    snprintf(zErr, nErr, "the database is busy; nothing was attached");
    return ACC_BUSY;
  }
  return ACC_OK;
}

AccRc store_docfile_get(Store *p, int64_t idDoc, int bData, Arena *pArena,
                        DocFile *pF){
  Value *aV;
  Class eView = p->eView;
  int iClass = model_field_find(ENT_DOCUMENT, "classification");
  DbStmt *pS;
  AccRc rc = ACC_NOTFOUND;
  memset(pF, 0, sizeof(*pF));
  /* The document as the viewer may read it (the public: its published
  ** row)... */
  if( store_item_get(p, ENT_DOCUMENT, idDoc, pArena, &aV) ) return rc;
  /* ... and, for the public (who read the published row), as it is now:
  ** a published copy does not open a file since reclassified. */
  if( eView==CLASS_PUBLIC && iClass>=0 ){
    struct Account *pWho = p->pWho;
    Value *aNow;
    int eNow;
    p->eView = CLASS_RESTRICTED;
    p->pWho = 0;
    rc = store_item_get(p, ENT_DOCUMENT, idDoc, pArena, &aNow);
    p->eView = eView;
    p->pWho = pWho;
    if( rc ) return ACC_NOTFOUND;
    eNow = aNow[iClass].eType==VAL_TEXT
         ? model_enum_find(azClassName, aNow[iClass].z) : -1;
    if( eNow!=CLASS_PUBLIC ) return ACC_NOTFOUND;
    /* ... and the file was there when the document was published: one
    ** attached since waits for the document's next publication. */
    pS = p->pDrv->xPrepare(p->pDb, "SELECT (SELECT max(id) FROM audit_log"
      " WHERE action='import' AND entity='document_file' AND item_id=?1)"
      " < (SELECT max(id) FROM audit_log WHERE action='publish' AND"
      " entity='document' AND item_id=?1)");
    p->pDrv->xBindInt(pS, 1, idDoc);
    rc = p->pDrv->xStep(pS)==DB_ROW && p->pDrv->xColumnInt(pS, 0)==1
       ? ACC_OK : ACC_NOTFOUND;
    p->pDrv->xFinalize(pS);
    if( rc ) return ACC_NOTFOUND;
  }
  pS = p->pDrv->xPrepare(p->pDb, "SELECT name, media_type, size, sha256,"
                         " added_at, added_by, data FROM document_file"
                         " WHERE document_id=?1");
  p->pDrv->xBindInt(pS, 1, idDoc);
  rc = ACC_NOTFOUND;
  if( p->pDrv->xStep(pS)==DB_ROW ){
    pF->idDoc = idDoc;
    pF->zName = arena_strdup(pArena, p->pDrv->xColumnText(pS, 0));
    pF->zType = arena_strdup(pArena, p->pDrv->xColumnText(pS, 1));
    pF->nSize = p->pDrv->xColumnInt(pS, 2);
    pF->zSha256 = arena_strdup(pArena, p->pDrv->xColumnText(pS, 3));
    pF->zAddedAt = arena_strdup(pArena, p->pDrv->xColumnText(pS, 4));
    pF->zAddedBy = arena_strdup(pArena, p->pDrv->xColumnText(pS, 5));
    if( bData ){
      int64_t n = 0;
      const void *pB = p->pDrv->xColumnBlob(pS, 6, &n);
      unsigned char *a = arena_alloc(pArena, (size_t)n + 1);
      if( n ) memcpy(a, pB, (size_t)n);
      pF->aData = a;
      pF->nSize = n;
    }
    rc = ACC_OK;
  }
  p->pDrv->xFinalize(pS);
  return rc;
}

int64_t store_docfile_verify(Store *p, VerifyFn x, void *pArg){
  DbStmt *pS, *pA;
  int64_t nFind = 0;
  char zMsg[300];
  pS = p->pDrv->xPrepare(p->pDb, "SELECT document_id, size, sha256, data"
                         " FROM document_file ORDER BY document_id");
  pA = p->pDrv->xPrepare(p->pDb, "SELECT data FROM audit_log WHERE"
                         " action='import' AND entity='document_file' AND"
                         " item_id=?1 ORDER BY id DESC LIMIT 1");
  while( p->pDrv->xStep(pS)==DB_ROW ){
    int64_t id = p->pDrv->xColumnInt(pS, 0), n = 0;
    int64_t nSize = p->pDrv->xColumnInt(pS, 1);
    char zHash[65], zStored[65];
    const void *pB;
    snprintf(zStored, sizeof(zStored), "%s", p->pDrv->xColumnText(pS, 2));
    pB = p->pDrv->xColumnBlob(pS, 3, &n);
    docfile_sha256(pB, n, zHash);
    if( strcmp(zHash, zStored)!=0 || n!=nSize ){
      snprintf(zMsg, sizeof(zMsg), "document %lld: its file does not match "
               "its SHA-256 (stored %.16s..., the bytes give %.16s...; "
               "%lld bytes, %lld recorded)", (long long)id, zStored, zHash,
               (long long)n, (long long)nSize);
      x(pArg, 0, zMsg);
      nFind++;
      continue;
    }
    p->pDrv->xBindInt(pA, 1, id);
    if( p->pDrv->xStep(pA)==DB_ROW ){
      json_t *pJ = json_loads(p->pDrv->xColumnText(pA, 0), 0, 0);
      const char *zLogged = json_string_value(json_object_get(pJ,
                                                              "sha256"));
      if( zLogged==0 || strcmp(zLogged, zHash)!=0 ){
        snprintf(zMsg, sizeof(zMsg), "document %lld: its file is not the "
                 "one its audit entry recorded (SHA-256 %.16s..., logged "
                 "%.16s...)", (long long)id, zHash, zLogged ? zLogged : "-");
        x(pArg, 0, zMsg);
        nFind++;
      }
      json_decref(pJ);
    }else{
      snprintf(zMsg, sizeof(zMsg), "document %lld: its file was not "
               "attached through Accord (no audit entry)", (long long)id);
      x(pArg, 0, zMsg);
      nFind++;
    }
    p->pDrv->xReset(pA);
  }
  p->pDrv->xFinalize(pS);
  p->pDrv->xFinalize(pA);
  return nFind;
}
