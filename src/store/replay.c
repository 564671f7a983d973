/*
** replay.c: the content the audit log says the database holds (see
** replay.h); its comparison with the content of the tables is
** replay_compare.c.
**
** What each entry tells:
**
**   insert ENTITY id      the whole row (item.c)
**   update ENTITY id      the changed fields as [old, new]
**   delete ENTITY id      the row removed
**   import observation    the rows inserted, as "obs" (store_obs_log());
**                         before migration 013 only their number
**   publish ENTITY id     the published row (the joint record), kept in
**                         kind "pub:ENTITY"
**   approve approval      entity, item, version, party (and since 013
**                         the account and the time)
**   insert/update report  a version of an issued report: its hashes,
**                         what was asked (since 035 also its cut), and
**                         its step from pending to issued
**   account account id    made (login, role, party, digests of the name
**                         and the password hash), changed, disabled,
**                         removed; a password changed (its digest); an
**                         API token or calendar key added (its hash) or
**                         removed; sessions of it ended
**   session session id    a session opened (its token's hash), or
**                         sessions closed ("closed": [ids])
**
** Other actions (the signature work's 'key', 'checkpoint', ...) change
** nothing here.
*/
#include "storeInt.h"
#include "replayInt.h"

#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JSON_CANON (JSON_COMPACT|JSON_SORT_KEYS|JSON_REAL_PRECISION(17))

void replay_init(Replay *pR, VerifyFn x, void *pArg){
  memset(pR, 0, sizeof(*pR));
  pR->pKind = json_object();
  pR->pEntry = json_object();
  pR->pPartial = json_object();
  pR->pTokCredit = json_object();
  pR->x = x;
  pR->pArg = pArg;
}

void replay_free(Replay *pR){
  json_decref(pR->pKind);
  json_decref(pR->pEntry);
  json_decref(pR->pPartial);
  json_decref(pR->pTokCredit);
  memset(pR, 0, sizeof(*pR));
}

void replay_say(Replay *pR, int bNote, const char *zFmt, ...){
  va_list ap;
  Buf b = BUF_INIT;
  va_start(ap, zFmt);
  buf_vappendf(&b, zFmt, ap);
  va_end(ap);
  if( !bNote ) pR->nFind++;
  if( pR->x ) pR->x(pR->pArg, bNote, buf_str(&b));
  buf_free(&b);
}

json_t *replay_kind(Replay *pR, const char *zKind){
  json_t *pSet = json_object_get(pR->pKind, zKind);
  if( pSet==0 ){
    pSet = json_object();
    json_object_set_new(pR->pKind, zKind, pSet);
  }
  return pSet;
}

void replay_put(Replay *pR, const char *zKind, const char *zKey,
                const char *zJson){
  json_object_set_new(replay_kind(pR, zKind), zKey, json_string(zJson));
}

/* Note that the entry iEntry wrote row zKey of kind zKind. */
static void replay_mark(Replay *pR, const char *zKind, const char *zKey,
                        int64_t iEntry){
  json_t *pSet = json_object_get(pR->pEntry, zKind);
  if( pSet==0 ){
    pSet = json_object();
    json_object_set_new(pR->pEntry, zKind, pSet);
  }
  json_object_set_new(pSet, zKey, json_integer(iEntry));
}

void replay_set(Replay *pR, const char *zKind, const char *zKey,
                json_t *pRow, int64_t iEntry){
  char *z = json_dumps(pRow, JSON_CANON);
  if( z==0 ) acc_fatal("cannot render JSON");
  replay_put(pR, zKind, zKey, z);
  free(z);
  json_decref(pRow);
  if( iEntry ) replay_mark(pR, zKind, zKey, iEntry);
}

/* Row zKey of kind zKind as a new JSON object, or NULL. */
static json_t *replay_get(Replay *pR, const char *zKind, const char *zKey){
  json_t *pSet = json_object_get(pR->pKind, zKind);
  json_t *pS = pSet ? json_object_get(pSet, zKey) : 0;
  return pS ? json_loads(json_string_value(pS), 0, 0) : 0;
}

static void replay_del(Replay *pR, const char *zKind, const char *zKey){
  json_t *pSet = json_object_get(pR->pKind, zKind);
  if( pSet ) json_object_del(pSet, zKey);
  pSet = json_object_get(pR->pEntry, zKind);
  if( pSet ) json_object_del(pSet, zKey);
}

static void replay_del_where(Replay *pR, const char *zKind,
                             const char *zField, int64_t iVal,
                             const char *zUpTo);

/* Count a row of kind zKind whose fields are not all known. */
static void replay_partial(Replay *pR, const char *zKind){
  json_t *pN = json_object_get(pR->pPartial, zKind);
  json_object_set_new(pR->pPartial, zKind,
                      json_integer(pN ? json_integer_value(pN)+1 : 1));
}

/* Compare two keys: shorter first, then bytewise. */
static int key_cmp(const void *a, const void *b){
  const char *x = *(const char*const*)a, *y = *(const char*const*)b;
  size_t nx = strlen(x), ny = strlen(y);
  if( nx!=ny ) return nx<ny ? -1 : 1;
  return strcmp(x, y);
}

const char **replay_keys(json_t *pSet, size_t *pn){
  size_t n = pSet ? json_object_size(pSet) : 0, i = 0;
  const char **az = acc_malloc(sizeof(char*)*(n+1));
  const char *zKey;
  json_t *pV;
  if( pSet ){
    json_object_foreach(pSet, zKey, pV){
      (void)pV;
      az[i++] = zKey;
    }
  }
  qsort(az, i, sizeof(char*), key_cmp);
  *pn = i;
  return az;
}

void replay_digest(Replay *pR, const char *zKind, char zOut[65],
                   int64_t *pn){
  json_t *pSet = json_object_get(pR->pKind, zKind);
  crypto_generichash_state st;
  unsigned char a[32];
  size_t n, i;
  const char **az = replay_keys(pSet, &n);
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  crypto_generichash_init(&st, 0, 0, sizeof(a));
  for(i=0; i<n; i++){
    const char *z = json_string_value(json_object_get(pSet, az[i]));
    crypto_generichash_update(&st, (const unsigned char*)z, strlen(z));
    crypto_generichash_update(&st, (const unsigned char*)"\n", 1);
  }
  crypto_generichash_final(&st, a, sizeof(a));
  sodium_bin2hex(zOut, 65, a, sizeof(a));
  *pn = (int64_t)n;
  free(az);
}

/* Give the values of entity e's fields in pRow the JSON types the table
** reads back: a real for FT_REAL (an integer in an old entry), 0/1 for
** FT_BOOL given as true/false; 0.0 for -0.0. */
static void item_coerce(int e, json_t *pRow){
  const EntityDef *pE = &aEntity[e];
  int i;
  for(i=0; i<pE->nField; i++){
    json_t *pV = json_object_get(pRow, pE->aField[i].zName);
    if( pV==0 ) continue;
    if( pE->aField[i].eType==FT_REAL && json_is_integer(pV) ){
      json_object_set_new(pRow, pE->aField[i].zName,
                          json_real((double)json_integer_value(pV)));
    }else if( pE->aField[i].eType==FT_REAL && json_is_real(pV)
           && json_real_value(pV)==0 ){
      /* SQLite keeps -0.0 as 0: so does the replay */
      json_object_set_new(pRow, pE->aField[i].zName, json_real(0.0));
    }else if( pE->aField[i].eType==FT_BOOL && json_is_boolean(pV) ){
      json_object_set_new(pRow, pE->aField[i].zName,
                          json_integer(json_is_true(pV)));
    }
  }
}

/* Replay one row of an import, array pA; *ppAt is entered_at so far
** (given on the first row and when it changes; a new reference). */
static void replay_obs_row(Replay *pR, const AuditEntry *pE, json_t *pA,
                           json_t **ppAt){
  json_t *pRow, *pV;
  char zKey[24];
  if( !json_is_array(pA) || json_array_size(pA)<6 ) return;
  if( json_array_size(pA)>6 ){
    json_decref(*ppAt);
    *ppAt = json_incref(json_array_get(pA, 6));
  }
  pRow = json_object();
  json_object_set(pRow, "id", json_array_get(pA, 0));
  json_object_set(pRow, "indicator_id", json_array_get(pA, 1));
  json_object_set(pRow, "period", json_array_get(pA, 2));
  pV = json_array_get(pA, 3);
  json_object_set_new(pRow, "value", json_real(json_number_value(pV)==0
                                         ? 0.0 : json_number_value(pV)));
  json_object_set(pRow, "source_id", json_array_get(pA, 4));
  json_object_set_new(pRow, "entered_by", json_string(pE->zActor));
  json_object_set(pRow, "entered_at", *ppAt ? *ppAt : json_null());
  json_object_set_new(pRow, "preferred", json_integer(0));
  json_object_set_new(pRow, "preferred_upto", json_null());
  json_object_set(pRow, "note", json_array_get(pA, 5));
  /* A cell of a breakdown (032_breakdown.sql) has it eighth. */
  json_object_set(pRow, "breakdown", json_array_size(pA)>7
                  ? json_array_get(pA, 7) : json_null());
  /* A note in Serbian (039_serbian_content.sql) ninth. */
  json_object_set(pRow, "note_sr", json_array_size(pA)>8
                  ? json_array_get(pA, 8) : json_null());
  snprintf(zKey, sizeof(zKey), "%lld",
           (long long)json_integer_value(json_array_get(pA, 0)));
  /* No entry id kept per row: a million of them would cost more than
  ** the rows. */
  replay_set(pR, "observation", zKey, pRow, 0);
}

/* The rows of an import, the text of the "obs" array from its '[' on
** (store_obs_log()): parsed one row at a time, so that a million rows
** never stand as a million JSON trees at once. */
static void replay_obs_rows(Replay *pR, const AuditEntry *pE,
                            const char *z){
  json_t *pAt = 0;
  const char *zStart;
  int bStr, nDepth;
  z++;
  for(;;){
    while( *z==',' || *z==' ' || *z=='\n' ) z++;
    if( *z!='[' ) break;
    zStart = z;
    bStr = 0;
    nDepth = 0;
    for(; *z; z++){
      if( bStr ){
        if( *z=='\\' && z[1] ) z++;
        else if( *z=='"' ) bStr = 0;
      }else if( *z=='"' ){
        bStr = 1;
      }else if( *z=='[' ){
        nDepth++;
      }else if( *z==']' && --nDepth==0 ){
        break;
      }
    }
    if( *z==0 ) break;
    z++;
    {
      json_t *pA = json_loadb(zStart, (size_t)(z-zStart), 0, 0);
      replay_obs_row(pR, pE, pA, &pAt);
      json_decref(pA);
    }
  }
  json_decref(pAt);
}

/* The rows of an import ("obs" of the entry: zObs, from its '['), or a
** note that it has none (made before migration 013). */
static void replay_import(Replay *pR, const AuditEntry *pE, json_t *pData,
                          const char *zObs){
  json_t *pObs = json_object_get(pData, "obs"), *pAt = 0;
  size_t i;
  if( zObs ){
    replay_obs_rows(pR, pE, zObs);
    return;
  }
  if( !json_is_array(pObs) ){
    int64_t n = json_integer_value(json_object_get(pData, "rows"));
    pR->nObsCredit += n;
    if( n>0 ){
      replay_say(pR, 1, "entry %lld: an import of %lld observations made "
                 "before migration 013 does not record its rows; they "
                 "cannot be checked one by one", (long long)pE->id,
                 (long long)n);
    }
    return;
  }
  for(i=0; i<json_array_size(pObs); i++){
    replay_obs_row(pR, pE, json_array_get(pObs, i), &pAt);
  }
  json_decref(pAt);
}

/* An entry about an item of entity e. */
static void replay_item(Replay *pR, int e, const AuditEntry *pE,
                        json_t *pData, const char *zObs){
  const char *zKind = aEntity[e].zName;
  char zKey[24], zPub[64];
  json_t *pRow;
  snprintf(zKey, sizeof(zKey), "%lld", (long long)pE->iItem);
  if( strcmp(pE->zAction, "insert")==0 ){
    pRow = json_deep_copy(pData);
    json_object_set_new(pRow, "id", json_integer(pE->iItem));
    item_coerce(e, pRow);
    replay_set(pR, zKind, zKey, pRow, pE->id);
  }else if( strcmp(pE->zAction, "update")==0 ){
    const char *zField;
    json_t *pPair;
    pRow = replay_get(pR, zKind, zKey);
    if( pRow==0 ){
      /* An observation imported before migration 013, changed since. */
      pRow = json_object();
      json_object_set_new(pRow, "id", json_integer(pE->iItem));
      replay_partial(pR, zKind);
    }
    json_object_foreach(pData, zField, pPair){
      if( json_is_array(pPair) && json_array_size(pPair)==2 ){
        json_object_set(pRow, zField, json_array_get(pPair, 1));
      }
    }
    item_coerce(e, pRow);
    replay_set(pR, zKind, zKey, pRow, pE->id);
  }else if( strcmp(pE->zAction, "delete")==0 ){
    /* A delete takes the published copy with it (item.c). */
    replay_del(pR, zKind, zKey);
    snprintf(zPub, sizeof(zPub), "pub:%s", zKind);
    replay_del(pR, zPub, zKey);
  }else if( strcmp(pE->zAction, "publish")==0
         && json_is_array(json_object_get(pData, "rows")) ){
    /* A data release (publish.c): the rows of one indicator, which
    ** replace what earlier releases published of it. */
    json_t *pRows = json_object_get(pData, "rows"), *pV;
    size_t i;
    snprintf(zPub, sizeof(zPub), "pub:%s", zKind);
    replay_kind(pR, zPub);
    replay_del_where(pR, zPub, "indicator_id",
        json_integer_value(json_object_get(pData, "indicator_id")),
        json_is_true(json_object_get(pData, "range"))
          ? json_string_value(json_object_get(pData, "up_to")) : 0);
    json_array_foreach(pRows, i, pV){
      char zId[24];
      pRow = json_deep_copy(pV);
      item_coerce(e, pRow);
      snprintf(zId, sizeof(zId), "%lld",
               (long long)json_integer_value(json_object_get(pV, "id")));
      replay_set(pR, zPub, zId, pRow, pE->id);
    }
  }else if( strcmp(pE->zAction, "publish")==0 ){
    pRow = json_deep_copy(pData);
    json_object_set_new(pRow, "id", json_integer(pE->iItem));
    item_coerce(e, pRow);
    snprintf(zPub, sizeof(zPub), "pub:%s", zKind);
    replay_set(pR, zPub, zKey, pRow, pE->id);
  }else if( strcmp(pE->zAction, "import")==0 && e==ENT_OBSERVATION ){
    replay_import(pR, pE, pData, zObs);
  }
}

/* Copy field zName of pFrom into pTo if it is there. */
static void copy_field(json_t *pTo, json_t *pFrom, const char *zName){
  json_t *pV = json_object_get(pFrom, zName);
  if( pV ) json_object_set(pTo, zName, pV);
}

/* Copy field zName of pFrom to pTo, or NULL if pFrom lacks it. */
static void copy_or_null(json_t *pTo, json_t *pFrom, const char *zName){
  json_t *pV = json_object_get(pFrom, zName);
  json_object_set_new(pTo, zName, pV ? json_incref(pV) : json_null());
}

/* A signed checkpoint of the chain's head (sign_verify.c): the row as
** the entry gives it, under the checkpoint's id. */
static void replay_checkpoint(Replay *pR, const AuditEntry *pE,
                              json_t *pData){
  char zKey[24];
  json_t *pRow = json_object();
  json_object_set_new(pRow, "id", json_integer(pE->iItem));
  copy_or_null(pRow, pData, "audit_id");
  copy_or_null(pRow, pData, "head_hash");
  copy_or_null(pRow, pData, "key_id");
  copy_or_null(pRow, pData, "party_id");
  copy_or_null(pRow, pData, "signature");
  snprintf(zKey, sizeof(zKey), "%lld", (long long)pE->iItem);
  replay_set(pR, "checkpoint", zKey, pRow, pE->id);
}

/* An item returned for changes with a reason (sign.c). */
static void replay_return(Replay *pR, const AuditEntry *pE, json_t *pData){
  char zKey[24];
  json_t *pRow = json_object();
  json_object_set_new(pRow, "id", json_integer(pE->iItem));
  copy_or_null(pRow, pData, "entity");
  copy_or_null(pRow, pData, "item_id");
  copy_or_null(pRow, pData, "version");
  copy_or_null(pRow, pData, "party_id");
  copy_or_null(pRow, pData, "reason");
  snprintf(zKey, sizeof(zKey), "%lld", (long long)pE->iItem);
  replay_set(pR, "item_return", zKey, pRow, pE->id);
}

/* A signing key's event (sign_key.c): the key's public half and its
** party, as its first event (made, added, designated, handed over or
** replaced) gives them; later events name the same public key. */
static void replay_key(Replay *pR, const AuditEntry *pE, json_t *pData){
  char zKey[24];
  json_t *pRow;
  snprintf(zKey, sizeof(zKey), "%lld", (long long)pE->iItem);
  pRow = replay_get(pR, "signing_key", zKey);
  if( pRow==0 ){
    pRow = json_object();
    json_object_set_new(pRow, "id", json_integer(pE->iItem));
    copy_or_null(pRow, pData, "party_id");
  }
  copy_or_null(pRow, pData, "public_key");
  replay_set(pR, "signing_key", zKey, pRow, pE->id);
}

/* Remove every row of kind zKind whose field zField is iVal. */
static void replay_del_where(Replay *pR, const char *zKind,
                             const char *zField, int64_t iVal,
                             const char *zUpTo){
  json_t *pSet = json_object_get(pR->pKind, zKind);
  size_t n, i;
  const char **az = replay_keys(pSet, &n);
  char **azDel = acc_malloc(sizeof(char*)*(n+1));
  size_t nDel = 0;
  Period up, per;
  /* zUpTo (a release since 020): only the rows whose period ends by the
  ** end of that period; before, a release replaced them all. */
  if( zUpTo && period_parse(zUpTo, &up) ) zUpTo = 0;
  for(i=0; i<n; i++){
    json_t *pRow = replay_get(pR, zKind, az[i]);
    const char *zPer = pRow ? json_string_value(json_object_get(pRow,
                                                "period")) : 0;
    if( pRow && json_integer_value(json_object_get(pRow, zField))==iVal
     && (zUpTo==0 || (zPer && period_parse(zPer, &per)==0
                      && period_end(per)<=period_end(up))) ){
      azDel[nDel++] = acc_strdup(az[i]);
    }
    json_decref(pRow);
  }
  free(az);
  for(i=0; i<nDel; i++){
    replay_del(pR, zKind, azDel[i]);
    free(azDel[i]);
  }
  free(azDel);
}

/* Set pRow's party_id from the entry's (0 is none). */
static void account_party(json_t *pRow, json_t *pData){
  json_t *pV = json_object_get(pData, "party_id");
  if( pV==0 ) return;
  if( json_integer_value(pV)==0 ){
    json_object_set_new(pRow, "party_id", json_null());
  }else{
    json_object_set(pRow, "party_id", pV);
  }
}

/* A grant added or removed (grant.c): rows of kind "grant". */
static void replay_grant(Replay *pR, const AuditEntry *pE, json_t *pData){
  json_t *pG = json_object_get(pData, "grant_added");
  char zKey[24];
  if( pG ){
    json_t *pRow = json_object();
    snprintf(zKey, sizeof(zKey), "%lld",
             (long long)json_integer_value(json_object_get(pG, "id")));
    copy_field(pRow, pG, "id");
    json_object_set_new(pRow, "account_id", json_integer(pE->iItem));
    copy_field(pRow, pG, "role");
    copy_field(pRow, pG, "dialogue_id");
    copy_field(pRow, pG, "wg_id");
    copy_field(pRow, pG, "clearance");
    copy_field(pRow, pG, "created_at");
    replay_set(pR, "grant", zKey, pRow, pE->id);
  }
  pG = json_object_get(pData, "grant_removed");
  if( pG ){
    snprintf(zKey, sizeof(zKey), "%lld",
             (long long)json_integer_value(json_object_get(pG, "id")));
    replay_del(pR, "grant", zKey);
  }
}

/* An entry of action 'account' about account pE->iItem. */
static void replay_account(Replay *pR, const AuditEntry *pE, json_t *pData){
  char zKey[24], zTok[24];
  json_t *pRow, *pV;
  const char *zScope = 0;
  snprintf(zKey, sizeof(zKey), "%lld", (long long)pE->iItem);
  pRow = replay_get(pR, "account", zKey);
  if( pRow==0 ){
    if( !json_is_string(json_object_get(pData, "login")) ) return;
    /* Made: the first entry of the account. */
    pRow = json_object();
    json_object_set_new(pRow, "id", json_integer(pE->iItem));
    json_object_set_new(pRow, "lang", json_string("en"));
    json_object_set_new(pRow, "disabled", json_integer(0));
    if( json_object_get(pData, "name_digest")==0 ){
      replay_partial(pR, "account");
    }
  }
  copy_field(pRow, pData, "login");
  copy_field(pRow, pData, "role");
  copy_field(pRow, pData, "lang");
  account_party(pRow, pData);
  copy_field(pRow, pData, "name_digest");
  copy_field(pRow, pData, "password_digest");
  if( json_object_get(pData, "name") && !json_object_get(pData,
                                                         "name_digest") ){
    json_object_del(pRow, "name_digest");       /* changed, unknown */
    replay_partial(pR, "account");
  }
  if( json_object_get(pData, "password")
   && !json_object_get(pData, "password_digest") ){
    json_object_del(pRow, "password_digest");
    replay_partial(pR, "account");
  }
  if( (pV = json_object_get(pData, "disabled"))!=0 ){
    json_object_set_new(pRow, "disabled", json_integer(json_is_true(pV)));
    if( json_is_true(pV) ){
      replay_del_where(pR, "session", "account_id", pE->iItem, 0);
    }
  }
  if( json_is_true(json_object_get(pData, "removed")) ){
    json_decref(pRow);
    replay_del(pR, "account", zKey);
    replay_del_where(pR, "session", "account_id", pE->iItem, 0);
    replay_del_where(pR, "api_token", "account_id", pE->iItem, 0);
    replay_del_where(pR, "grant", "account_id", pE->iItem, 0);
    return;
  }
  replay_grant(pR, pE, pData);
  replay_set(pR, "account", zKey, pRow, pE->id);
  if( (pV = json_object_get(pData, "session_ended"))!=0 ){
    snprintf(zTok, sizeof(zTok), "%lld", (long long)json_integer_value(pV));
    replay_del(pR, "session", zTok);
  }
  if( json_integer_value(json_object_get(pData, "tokens_removed"))>0 ){
    replay_del_where(pR, "api_token", "account_id", pE->iItem, 0);
  }
  if( json_object_get(pData, "api_token") ) zScope = "api";
  if( json_object_get(pData, "calendar_key") ) zScope = "calendar";
  if( zScope ){
    const char *zWhat = json_string_value(json_object_get(pData,
                          strcmp(zScope, "api")==0 ? "api_token"
                                                   : "calendar_key"));
    pV = json_object_get(pData, "id");
    snprintf(zTok, sizeof(zTok), "%lld", (long long)json_integer_value(pV));
    if( zWhat && strcmp(zWhat, "removed")==0 ){
      replay_del(pR, "api_token", zTok);
    }else if( pV && json_object_get(pData, "token_hash") ){
      json_t *pT = json_object();
      json_object_set(pT, "id", pV);
      copy_field(pT, pData, "token_hash");
      copy_field(pT, pData, "label");
      copy_field(pT, pData, "created_at");
      json_object_set_new(pT, "account_id", json_integer(pE->iItem));
      json_object_set_new(pT, "scope", json_string(zScope));
      replay_set(pR, "api_token", zTok, pT, pE->id);
    }else{
      /* Made before migration 013: its hash is not in the log. */
      json_t *pN = json_object_get(pR->pTokCredit, zKey);
      json_object_set_new(pR->pTokCredit, zKey,
                          json_integer(pN ? json_integer_value(pN)+1 : 1));
    }
  }
}

/* An entry of action 'session'. */
static void replay_session(Replay *pR, const AuditEntry *pE, json_t *pData){
  json_t *pClosed = json_object_get(pData, "closed");
  char zKey[24];
  size_t i;
  if( json_is_array(pClosed) ){
    for(i=0; i<json_array_size(pClosed); i++){
      snprintf(zKey, sizeof(zKey), "%lld",
               (long long)json_integer_value(json_array_get(pClosed, i)));
      replay_del(pR, "session", zKey);
    }
  }else if( pE->iItem ){
    json_t *pRow = json_object();
    snprintf(zKey, sizeof(zKey), "%lld", (long long)pE->iItem);
    json_object_set_new(pRow, "id", json_integer(pE->iItem));
    copy_field(pRow, pData, "account_id");
    copy_field(pRow, pData, "token_hash");
    copy_field(pRow, pData, "created_at");
    copy_field(pRow, pData, "expires_at");
    replay_set(pR, "session", zKey, pRow, pE->id);
  }
}

/* An approval (of an item's version, or of a report version). */
static void replay_approve(Replay *pR, const AuditEntry *pE, json_t *pData){
  char zKey[160];
  json_t *pRow;
  snprintf(zKey, sizeof(zKey), "%s/%lld/%lld/%lld",
           json_string_value(json_object_get(pData, "entity"))
             ? json_string_value(json_object_get(pData, "entity")) : "?",
           (long long)json_integer_value(json_object_get(pData, "item_id")),
           (long long)json_integer_value(json_object_get(pData, "version")),
           (long long)json_integer_value(json_object_get(pData,
                                                         "party_id")));
  pRow = replay_get(pR, "approval", zKey);
  if( pRow ){
    json_decref(pRow);     /* approved again: the first one stays */
    return;
  }
  pRow = json_object();
  copy_field(pRow, pData, "entity");
  copy_field(pRow, pData, "item_id");
  copy_field(pRow, pData, "version");
  copy_field(pRow, pData, "party_id");
  copy_field(pRow, pData, "account_id");
  copy_field(pRow, pData, "at");
  /* Signed since migration 009: an older approval's are NULL. */
  copy_or_null(pRow, pData, "content_hash");
  copy_or_null(pRow, pData, "key_id");
  copy_or_null(pRow, pData, "signature");
  if( !json_object_get(pData, "account_id") ) replay_partial(pR, "approval");
  replay_set(pR, "approval", zKey, pRow, pE->id);
}

/* A version of an issued report made, or issued. */
static void replay_report(Replay *pR, const AuditEntry *pE, json_t *pData){
  char zKey[24];
  json_t *pRow;
  snprintf(zKey, sizeof(zKey), "%lld", (long long)pE->iItem);
  if( strcmp(pE->zAction, "insert")==0 ){
    const char *zKind = json_string_value(json_object_get(pData, "kind"));
    json_t *pD = json_object_get(pData, "dialogue_id"), *pCut;
    pRow = json_object();
    json_object_set_new(pRow, "id", json_integer(pE->iItem));
    json_object_set(pRow, "report_id", json_object_get(pData, "report"));
    copy_field(pRow, pData, "version");
    copy_field(pRow, pData, "kind");
    copy_field(pRow, pData, "body_hash");
    copy_field(pRow, pData, "data_hash");
    json_object_set(pRow, "bytes_hash", json_object_get(pData, "body_hash"));
    json_object_set_new(pRow, "made_by", json_string(pE->zActor));
    json_object_set_new(pRow, "state", json_string(
        zKind && strcmp(zKind, "public")==0 ? "pending" : "issued"));
    if( pD ){
      json_object_set_new(pRow, "dialogue_id", json_integer_value(pD)
                          ? json_integer(json_integer_value(pD))
                          : json_null());
      copy_field(pRow, pData, "period_from");
      copy_field(pRow, pData, "period_to");
      copy_field(pRow, pData, "lang");
      copy_field(pRow, pData, "format");
      copy_field(pRow, pData, "viewer");
      /* How it was cut (area or sector), said since migration 035;
      ** every report issued before was cut by area (tables read before
      ** 035, in an evidence file, have no cut). */
      pCut = json_object_get(pData, "cut");
      if( pCut ){
        json_object_set(pRow, "cut", pCut);
      }else if( pR->iSchema==0 || pR->iSchema>=35 ){
        json_object_set_new(pRow, "cut", json_string("area"));
      }
    }else{
      replay_partial(pR, "report");
    }
    replay_set(pR, "report", zKey, pRow, pE->id);
  }else if( strcmp(pE->zAction, "update")==0
         && (pRow = replay_get(pR, "report", zKey))!=0 ){
    copy_field(pRow, pData, "state");
    replay_set(pR, "report", zKey, pRow, pE->id);
  }
}

void replay_entry(Replay *pR, const AuditEntry *pE){
  json_t *pData;
  int e;
  const char *zObs = 0;
  pR->nEntry++;
  pR->iLast = pE->id;
  if( strcmp(pE->zAction, "import")==0
   && strcmp(pE->zEntity, "observation")==0
   && (zObs = strstr(pE->zData, "\"obs\":["))!=0 ){
    /* The rows are read apart (replay_obs_rows()); the rest, without
    ** them, as an object. */
    Buf head = BUF_INIT;
    size_t n = (size_t)(zObs - pE->zData);
    while( n>1 && (pE->zData[n-1]==',' || pE->zData[n-1]==' ') ) n--;
    buf_append(&head, pE->zData, n);
    buf_putc(&head, '}');
    pData = json_loads(buf_str(&head), 0, 0);
    buf_free(&head);
    zObs += 6;
  }else{
    pData = json_loads(pE->zData, 0, 0);
  }
  if( !json_is_object(pData) ){
    json_decref(pData);
    replay_say(pR, 0, "entry %lld (%s %s %lld): its data is not a JSON "
               "object: what it changed cannot be known", (long long)pE->id,
               pE->zAction, pE->zEntity, (long long)pE->iItem);
    return;
  }
  if( strcmp(pE->zAction, "approve")==0 ){
    replay_approve(pR, pE, pData);
  }else if( strcmp(pE->zAction, "account")==0 ){
    replay_account(pR, pE, pData);
  }else if( strcmp(pE->zAction, "session")==0 ){
    replay_session(pR, pE, pData);
  }else if( strcmp(pE->zAction, "checkpoint")==0 ){
    replay_checkpoint(pR, pE, pData);
  }else if( strcmp(pE->zAction, "key")==0 ){
    replay_key(pR, pE, pData);
  }else if( strcmp(pE->zAction, "return")==0 ){
    replay_return(pR, pE, pData);
  }else if( strcmp(pE->zEntity, "report")==0 ){
    replay_report(pR, pE, pData);
  }else if( (e = model_entity_find(pE->zEntity))>=0 ){
    replay_item(pR, e, pE, pData, zObs);
  }
  json_decref(pData);
}
