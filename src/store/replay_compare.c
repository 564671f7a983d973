/*
** replay_compare.c: the comparison of what the audit log says the
** database holds (replay.c's replay of the entries) with what its tables
** hold, kind by kind and row by row, each difference said in a line that
** names the item and the field (replay_compare(), replay_label()).
*/
#include "storeInt.h"
#include "replayInt.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void replay_label(const char *zKind, const char *zKey, json_t *pRow,
                  char *zOut, int nOut){
  const char *zLogin = json_string_value(json_object_get(pRow, "login"));
  const char *zScope = json_string_value(json_object_get(pRow, "scope"));
  if( strcmp(zKind, "account")==0 ){
    snprintf(zOut, nOut, "account %s", zLogin ? zLogin : zKey);
  }else if( strcmp(zKind, "api_token")==0 ){
    snprintf(zOut, nOut, "%s %s", zScope && strcmp(zScope, "calendar")==0
             ? "calendar key" : "API token", zKey);
  }else if( strcmp(zKind, "approval")==0 ){
    snprintf(zOut, nOut, "approval %s (entity/item/version/party)", zKey);
  }else if( strcmp(zKind, "report")==0 ){
    snprintf(zOut, nOut, "issued report version %s", zKey);
  }else if( strncmp(zKind, "pub:", 4)==0 ){
    snprintf(zOut, nOut, "published %s %s", zKind+4, zKey);
  }else{
    snprintf(zOut, nOut, "%s %s", zKind, zKey);
  }
}

/* A value as a finding shows it. */
static void value_text(Buf *pB, json_t *pV){
  char *z;
  if( pV==0 || json_is_null(pV) ){
    buf_puts(pB, "empty");
    return;
  }
  z = json_dumps(pV, JSON_ENCODE_ANY|JSON_COMPACT|JSON_REAL_PRECISION(17));
  if( z && strlen(z)>120 ){
    buf_append(pB, z, 117);
    buf_puts(pB, "...");
  }else{
    buf_puts(pB, z ? z : "?");
  }
  free(z);
}

/* Name each field in which the row of the table differs from the one
** of the log (only the fields the log knows). */
static void row_diff(Replay *pExp, const char *zLabel, json_t *pLog,
                     json_t *pTab){
  const char *zField;
  json_t *pV;
  json_object_foreach(pLog, zField, pV){
    json_t *pT = json_object_get(pTab, zField);
    Buf b = BUF_INIT;
    if( pT && json_equal(pT, pV) ) continue;
    if( pT==0 && json_is_null(pV) ) continue;
    if( strcmp(zField, "name_digest")==0 ){
      replay_say(pExp, 0, "%s: the name in the table is not the one the "
                 "audit log records", zLabel);
    }else if( strcmp(zField, "password_digest")==0 ){
      replay_say(pExp, 0, "%s: the password hash in the table is not the "
                 "one the audit log records (set outside Accord)", zLabel);
    }else if( strcmp(zField, "bytes_hash")==0 ){
      buf_puts(&b, "its bytes hash to ");
      value_text(&b, pT);
      buf_puts(&b, ", the audit log recorded ");
      value_text(&b, pV);
      replay_say(pExp, 0, "%s: %s (the report's bytes were replaced)",
                 zLabel, buf_str(&b));
    }else{
      buf_appendf(&b, "%s is ", zField);
      value_text(&b, pT);
      buf_puts(&b, " in the table, the audit log says ");
      value_text(&b, pV);
      replay_say(pExp, 0, "%s: %s", zLabel, buf_str(&b));
    }
    buf_free(&b);
  }
}

/* Whether a row of the table that no entry made is one the log could not
** tell (made before migration 013); if so, counts it. */
static int replay_credit(Replay *pExp, const char *zKind, json_t *pRow){
  if( strcmp(zKind, "observation")==0 && pExp->nObsCredit>0 ){
    pExp->nObsCredit--;
    return 1;
  }
  if( strcmp(zKind, "api_token")==0 ){
    char zAcc[24];
    json_t *pN;
    snprintf(zAcc, sizeof(zAcc), "%lld", (long long)json_integer_value(
             json_object_get(pRow, "account_id")));
    pN = json_object_get(pExp->pTokCredit, zAcc);
    if( pN && json_integer_value(pN)>0 ){
      json_object_set_new(pExp->pTokCredit, zAcc,
                          json_integer(json_integer_value(pN)-1));
      return 1;
    }
  }
  return 0;
}

/* Findings of one kind printed in full before the rest are counted
** (every one is still a finding). */
#define REPLAY_MAX_SAY 100

/* Compare kind zKind. */
static void compare_kind(Replay *pExp, Replay *pTab, const char *zKind){
  json_t *pE = json_object_get(pExp->pKind, zKind);
  json_t *pT = json_object_get(pTab->pKind, zKind);
  json_t *pWhere = json_object_get(pExp->pEntry, zKind);
  size_t n, i;
  const char **az = replay_keys(pT, &n);
  int64_t nOld = 0, nSaid = 0, nMore = 0, nMore2 = 0;
  char zLabel[200];
  for(i=0; i<n; i++){
    const char *zT = json_string_value(json_object_get(pT, az[i]));
    json_t *pS = pE ? json_object_get(pE, az[i]) : 0;
    json_t *pRowT, *pRowE;
    if( pS && strcmp(json_string_value(pS), zT)==0 ) continue;
    pRowT = json_loads(zT, 0, 0);
    if( pS==0 && replay_credit(pExp, zKind, pRowT) ){
      nOld++;
      json_decref(pRowT);
      continue;
    }
    if( nSaid++>=REPLAY_MAX_SAY ){
      nMore++;
      pExp->nFind++;
      json_decref(pRowT);
      continue;
    }
    replay_label(zKind, az[i], pRowT, zLabel, sizeof(zLabel));
    if( pS==0 ){
      if( strcmp(zKind, "session")==0 ){
        replay_say(pExp, 0, "%s: not opened through Accord (no audit "
                   "entry)", zLabel);
      }else if( strcmp(zKind, "api_token")==0 ){
        replay_say(pExp, 0, "%s: not made through Accord (no audit entry)",
                   zLabel);
      }else{
        replay_say(pExp, 0, "%s: in the table but in no audit entry",
                   zLabel);
      }
    }else{
      pRowE = json_loads(json_string_value(pS), 0, 0);
      if( pRowE && pRowT ) row_diff(pExp, zLabel, pRowE, pRowT);
      json_decref(pRowE);
    }
    json_decref(pRowT);
  }
  if( nMore ){
    replay_say(pExp, 0, "... and %lld more rows of %s that differ from the "
               "audit log or are in no entry (not listed)", (long long)nMore,
               zKind);
    pExp->nFind--;     /* counted one by one above */
  }
  if( nOld ){
    replay_say(pExp, 1, "%lld %s rows made before migration 013 are not "
               "in the audit log row by row: not checked", (long long)nOld,
               zKind);
  }
  free(az);
  az = replay_keys(pE, &n);
  for(i=0; i<n; i++){
    json_t *pRowE;
    if( json_object_get(pT, az[i]) ) continue;
    if( nSaid++>=REPLAY_MAX_SAY ){
      nMore2++;
      pExp->nFind++;
      continue;
    }
    pRowE = json_loads(json_string_value(json_object_get(pE, az[i])), 0, 0);
    replay_label(zKind, az[i], pRowE, zLabel, sizeof(zLabel));
    if( pWhere && json_object_get(pWhere, az[i]) ){
      replay_say(pExp, 0, "%s: in the audit log (entry %lld) but not in "
                 "the table", zLabel, (long long)json_integer_value(
                   json_object_get(pWhere, az[i])));
    }else{
      replay_say(pExp, 0, "%s: in the audit log (an import) but not in the "
                 "table", zLabel);
    }
    json_decref(pRowE);
  }
  if( nMore2 ){
    replay_say(pExp, 0, "... and %lld more rows of %s in the audit log but "
               "not in the table (not listed)", (long long)nMore2, zKind);
    pExp->nFind--;
  }
  free(az);
}

void replay_compare(Replay *pExp, Replay *pTab){
  const char *zKind;
  json_t *pV;
  json_object_foreach(pTab->pKind, zKind, pV){
    (void)pV;
    compare_kind(pExp, pTab, zKind);
  }
  json_object_foreach(pExp->pKind, zKind, pV){
    if( json_object_get(pTab->pKind, zKind)==0
     && json_object_size(pV)>0 ){
      replay_say(pExp, 1, "%lld rows of kind %s in the audit log: no "
                 "table to compare them with", (long long)json_object_size(
                   pV), zKind);
    }
  }
}
