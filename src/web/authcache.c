/*
** authcache.c: who a session cookie or an API token names, kept in
** memory.
**
** Checking a token against the database costs a BLAKE2b hash and two
** SELECTs, each its own read transaction, on every request.  This cache
** keeps, for a token's hash, the account it names (and for a session its
** CSRF token and end), together with the data version
** (store_data_version()) read before the token was looked up.  An entry
** serves only requests that read the same data version: whatever can
** take a token's power away (a password change, a new role, a session
** ended by logging out) adds an audit entry and so a new data version,
** and the next request looks the token up in the database again.  A
** session's end is checked against the clock on every use.  Tokens that
** name nobody are not kept, so guessing fills nothing.  Entries are
** found by the token's hash; the token itself is not kept.
*/
#include "web.h"

#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#define AUTH_SLOTS 256
#define AUTH_PROBE 4

typedef struct AuthSlot {
  unsigned char aHash[32];   /* BLAKE2b-256 of the token */
  int bUsed;
  int bSession;              /* a session cookie (else an API token) */
  int64_t iVersion;          /* data version it was checked at */
  char zExpires[21];         /* a session's end, UTC */
  Account acc;
  char zCsrf[CSRF_HEX];
} AuthSlot;

static pthread_mutex_t authMutex = PTHREAD_MUTEX_INITIALIZER;
static AuthSlot aAuth[AUTH_SLOTS];
static unsigned iAuthNext = 0;

static void auth_hash(const char *zToken, unsigned char aHash[32]){
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  crypto_generichash(aHash, 32, (const unsigned char*)zToken,
                     strlen(zToken), 0, 0);
}

static unsigned auth_home(const unsigned char aHash[32]){
  return ((unsigned)aHash[0] | (unsigned)aHash[1]<<8) % AUTH_SLOTS;
}

/* The slot of aHash (locked), or NULL. */
static AuthSlot *auth_find(const unsigned char aHash[32], int bSession){
  unsigned i = auth_home(aHash), k;
  for(k=0; k<AUTH_PROBE; k++){
    AuthSlot *s = &aAuth[(i+k) % AUTH_SLOTS];
    if( s->bUsed && s->bSession==bSession
     && memcmp(s->aHash, aHash, 32)==0 ){
      return s;
    }
  }
  return 0;
}

int auth_cache_get(const char *zToken, int bSession, int64_t iVersion,
                   Account *pAcc, char zCsrf[CSRF_HEX]){
  unsigned char aHash[32];
  char zNow[21];
  AuthSlot *s;
  int bHit = 0;
  auth_hash(zToken, aHash);
  store_now(zNow);
  pthread_mutex_lock(&authMutex);
  s = auth_find(aHash, bSession);
  if( s && s->iVersion==iVersion
   && (!bSession || strcmp(s->zExpires, zNow)>0) ){
    *pAcc = s->acc;
    if( zCsrf ) memcpy(zCsrf, s->zCsrf, CSRF_HEX);
    bHit = 1;
  }
  pthread_mutex_unlock(&authMutex);
  return bHit;
}

void auth_cache_put(const char *zToken, int bSession, int64_t iVersion,
                    const Account *pAcc, const char *zCsrf,
                    const char *zExpires){
  unsigned char aHash[32];
  unsigned i, k;
  AuthSlot *s;
  auth_hash(zToken, aHash);
  pthread_mutex_lock(&authMutex);
  s = auth_find(aHash, bSession);
  if( s==0 ){
    i = auth_home(aHash);
    for(k=0; k<AUTH_PROBE && aAuth[(i+k) % AUTH_SLOTS].bUsed; k++){}
    if( k==AUTH_PROBE ) k = iAuthNext++ % AUTH_PROBE;
    s = &aAuth[(i+k) % AUTH_SLOTS];
  }
  memset(s, 0, sizeof(*s));
  memcpy(s->aHash, aHash, 32);
  s->bUsed = 1;
  s->bSession = bSession;
  s->iVersion = iVersion;
  s->acc = *pAcc;
  if( zCsrf ) snprintf(s->zCsrf, sizeof(s->zCsrf), "%s", zCsrf);
  if( zExpires ) snprintf(s->zExpires, sizeof(s->zExpires), "%s", zExpires);
  pthread_mutex_unlock(&authMutex);
}

void auth_cache_forget(const char *zToken, int bSession){
  unsigned char aHash[32];
  AuthSlot *s;
  auth_hash(zToken, aHash);
  pthread_mutex_lock(&authMutex);
  s = auth_find(aHash, bSession);
  if( s ) memset(s, 0, sizeof(*s));
  pthread_mutex_unlock(&authMutex);
}

void auth_cache_clear(void){
  pthread_mutex_lock(&authMutex);
  sodium_memzero(aAuth, sizeof(aAuth));
  pthread_mutex_unlock(&authMutex);
}
