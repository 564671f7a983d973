/*
** audit.c: the append-only audit log as a hash chain (see store.h).
**
** Entry n holds hash_n = BLAKE2b-256(hash_{n-1} "\n" at "\n" actor "\n"
** action "\n" entity "\n" item "\n" data), in lower-case hex; the first
** entry's predecessor is 64 zeros.  Editing, inserting or removing any
** entry breaks the chain at that point, which store_audit_verify() finds.
** Triggers in the schema refuse UPDATE and DELETE on the table, so only
** someone who bypasses Accord and drops them can alter it, and then the
** chain shows it.
*/
#include "storeInt.h"
#include "replay.h"

#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define HASH_HEX (2*crypto_generichash_BYTES + 1)

static const char zGenesis[] =
  "0000000000000000000000000000000000000000000000000000000000000000";

/* Compute the hash of one entry into zOut (HASH_HEX bytes). */
void store_audit_hash(const char *zPrev, const char *zAt,
                       const char *zActor, const char *zAction,
                       const char *zEntity, int64_t iItem,
                       const char *zData, char *zOut){
  crypto_generichash_state st;
  unsigned char aHash[crypto_generichash_BYTES];
  char zItem[24];
  const char *az[7];
  int i;
  snprintf(zItem, sizeof(zItem), "%lld", (long long)iItem);
  az[0] = zPrev; az[1] = zAt; az[2] = zActor; az[3] = zAction;
  az[4] = zEntity; az[5] = zItem; az[6] = zData;
  crypto_generichash_init(&st, 0, 0, sizeof(aHash));
  for(i=0; i<7; i++){
    if( i ) crypto_generichash_update(&st, (const unsigned char*)"\n", 1);
    crypto_generichash_update(&st, (const unsigned char*)az[i],
                              strlen(az[i]));
  }
  crypto_generichash_final(&st, aHash, sizeof(aHash));
  sodium_bin2hex(zOut, HASH_HEX, aHash, sizeof(aHash));
}

AccRc store_audit_add(Store *p, const char *zAction, const char *zEntity,
                      int64_t iItem, const char *zData){
  DbStmt *pS = store_sq_stmt(p, SQ_AUDIT_LAST);
  char zPrev[HASH_HEX], zHash[HASH_HEX], zAt[21];
  Buf full = BUF_INIT;
  AccRc rc;
  int bRows = 0;
  int64_t iId = 1;
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  /* The entry of an import of observations carries the rows inserted
  ** (store_obs_log()) as "obs", so that the log alone tells them.  The
  ** start of the data goes into the room left before the rows. */
  if( p->nObsLog && strcmp(zAction, "import")==0
   && strcmp(zEntity, "observation")==0 ){
    size_t n = strlen(zData);
    if( n>=2 && zData[n-1]=='}' ){
      const char *zObs = n>2 ? ",\"obs\":[" : "\"obs\":[";
      size_t nHead = n-1+strlen(zObs);
      buf_puts(&p->obsLog, "]}");
      if( nHead<=OBSLOG_HEAD ){
        char *z = p->obsLog.z + OBSLOG_HEAD - nHead;
        memcpy(z, zData, n-1);
        memcpy(z+n-1, zObs, strlen(zObs));
        zData = z;
      }else{
        buf_append(&full, zData, n-1);
        buf_puts(&full, zObs);
        buf_puts(&full, p->obsLog.z + OBSLOG_HEAD);
        zData = buf_str(&full);
      }
    }
    p->nObsLog = 0;
    bRows = 1;
  }
  if( p->pDrv->xStep(pS)==DB_ROW ){
    snprintf(zPrev, sizeof(zPrev), "%s", p->pDrv->xColumnText(pS, 0));
    iId = p->pDrv->xColumnInt(pS, 1) + 1;
  }else{
    memcpy(zPrev, zGenesis, sizeof(zGenesis));
  }
  p->pDrv->xReset(pS);
  store_now(zAt);
  store_audit_hash(zPrev, zAt, p->zActor, zAction, zEntity, iItem, zData,
                   zHash);
  pS = store_sq_stmt(p, SQ_AUDIT_INSERT);
  p->pDrv->xBindText(pS, 1, zAt);
  p->pDrv->xBindText(pS, 2, p->zActor);
  p->pDrv->xBindText(pS, 3, zAction);
  p->pDrv->xBindText(pS, 4, zEntity);
  store_bind_id(p, pS, 5, iItem);
  p->pDrv->xBindTextStatic(pS, 6, zData, -1);   /* not copied: it may be
                                                 ** an import's rows */
  p->pDrv->xBindText(pS, 7, zPrev);
  p->pDrv->xBindText(pS, 8, zHash);
  p->pDrv->xBindInt(pS, 9, iId);
  rc = store_run(p, pS, 0, 0);
  /* A change of the data version (SQ_DATA_VERSION: not a session
  ** opened) steps this process's at the commit (store_watch_bump()). */
  if( rc==ACC_OK && (strcmp(zAction, "session")!=0 || iItem==0) ){
    if( p->nTxn ) p->bChanged = 1; else store_watch_bump();
  }
  buf_free(&full);
  if( bRows ) buf_free(&p->obsLog);
  /* The rows' indicators changed with this entry (content.c). */
  if( bRows && rc==ACC_OK ) rc = store_obs_touch_logged(p);
  return rc;
}

/*
** The one audit entry of a bulk import of observations: the file's name
** (as a JSON string: quotes and backslashes escaped, control characters
** dropped) and the number of rows.
*/
AccRc store_audit_import(Store *p, const char *zFile, int64_t nRow){
  Buf q = BUF_INIT;
  const char *c;
  AccRc rc;
  buf_puts(&q, "{\"file\":\"");
  for(c=zFile; *c; c++){
    if( *c=='"' || *c=='\\' ) buf_putc(&q, '\\');
    if( (unsigned char)*c>=0x20 ) buf_putc(&q, *c);
  }
  buf_appendf(&q, "\",\"rows\":%lld}", (long long)nRow);
  rc = store_audit_add(p, "import", "observation", 0, buf_str(&q));
  buf_free(&q);
  return rc;
}

/* Read the current row of an audit statement into *pE (pointers valid
** until the next step). */
static void audit_row(Store *p, DbStmt *pS, AuditEntry *pE){
  const DbDriver *d = p->pDrv;
  pE->id = d->xColumnInt(pS, 0);
  pE->zAt = d->xColumnText(pS, 1);
  pE->zActor = d->xColumnText(pS, 2);
  pE->zAction = d->xColumnText(pS, 3);
  pE->zEntity = d->xColumnText(pS, 4);
  pE->iItem = d->xColumnType(pS, 5)==DB_NULL ? 0 : d->xColumnInt(pS, 5);
  pE->zData = d->xColumnText(pS, 6);
  pE->zPrevHash = d->xColumnText(pS, 7);
  pE->zHash = d->xColumnText(pS, 8);
}

/* Step the bound statement pS of entries, calling x for each until it
** returns non-zero; reset pS. */
static AccRc audit_walk(Store *p, DbStmt *pS, StoreAuditFn x, void *pArg){
  AuditEntry ent;
  int rc;
  while( (rc = p->pDrv->xStep(pS))==DB_ROW ){
    audit_row(p, pS, &ent);
    /* The actor is a login: never shown to the public. */
    if( p->eView==CLASS_PUBLIC ) ent.zActor = "";
    if( x(pArg, &ent) ) break;
  }
  p->pDrv->xReset(pS);
  return rc<0 ? (AccRc)(-rc) : ACC_OK;
}

AccRc store_audit_each(Store *p, const char *zEntity, int64_t iItem,
                       int nLimit, StoreAuditFn x, void *pArg){
  DbStmt *pS;
  /* No limit: the largest (PostgreSQL refuses SQLite's -1). */
  int64_t nMax = nLimit>0 ? nLimit : INT64_MAX;
  if( zEntity ){
    pS = store_sq_stmt(p, SQ_AUDIT_ITEM);
    p->pDrv->xBindText(pS, 1, zEntity);
    p->pDrv->xBindInt(pS, 2, iItem);
    p->pDrv->xBindInt(pS, 3, nMax);
  }else{
    pS = store_sq_stmt(p, SQ_AUDIT_RECENT);
    p->pDrv->xBindInt(pS, 1, nMax);
  }
  return audit_walk(p, pS, x, pArg);
}

AccRc store_audit_each_between(Store *p, const char *zFrom,
                               const char *zTo, StoreAuditFn x, void *pArg){
  DbStmt *pS = store_sq_stmt(p, SQ_AUDIT_BETWEEN);
  p->pDrv->xBindText(pS, 1, zFrom);
  p->pDrv->xBindText(pS, 2, zTo);
  return audit_walk(p, pS, x, pArg);
}

AccRc store_audit_verify(Store *p, int64_t *pnEntry, int64_t *piBad,
                         char *zErr, int nErr){
  DbStmt *pS = store_sq_stmt(p, SQ_AUDIT_ALL_ASC);
  char zPrev[HASH_HEX], zHash[HASH_HEX];
  AuditEntry ent;
  AccRc rc = ACC_OK;
  int64_t n = 0;
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  memcpy(zPrev, zGenesis, sizeof(zGenesis));
  *piBad = 0;
  while( p->pDrv->xStep(pS)==DB_ROW ){
    audit_row(p, pS, &ent);
    n++;
    if( strcmp(ent.zPrevHash, zPrev)!=0 ){
      snprintf(zErr, nErr, "entry %lld does not follow the entry before "
               "it: an entry was removed, inserted or reordered",
               (long long)ent.id);
      *piBad = ent.id;
      rc = ACC_CONFLICT;
      break;
    }
    store_audit_hash(zPrev, ent.zAt, ent.zActor, ent.zAction, ent.zEntity,
               ent.iItem, ent.zData, zHash);
    if( strcmp(zHash, ent.zHash)!=0 ){
      snprintf(zErr, nErr, "entry %lld (%s %s %lld at %s) was altered: "
               "its content does not match its hash", (long long)ent.id,
               ent.zAction, ent.zEntity, (long long)ent.iItem, ent.zAt);
      *piBad = ent.id;
      rc = ACC_CONFLICT;
      break;
    }
    memcpy(zPrev, zHash, sizeof(zHash));
  }
  p->pDrv->xReset(pS);
  *pnEntry = n;
  return rc;
}
