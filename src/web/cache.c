/*
** cache.c: rendered replies, reused while the data has not changed.
**
** Pages are the same for every reader of the same classification and
** language (PERFORMANCE.md): a reply to a GET by an anonymous reader, or
** to an API GET, is kept under a key made of the reader's classification,
** the language, the day (statuses depend on it) and the URL with its
** query, together with the data version (store_data_version(): the
** latest audit entry) it was built from.  Any write adds an audit entry,
** so the next request after a write is built afresh: a write is visible
** on the next request.  Each entry has an ETag; a matching If-None-Match
** gets 304 Not Modified.  The cache is bounded (CACHE_SLOTS entries of at
** most CACHE_MAX_BODY bytes) and shared by the worker threads under one
** mutex.
*/
#include "web.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CACHE_SLOTS 512
#define CACHE_MAX_BODY (512*1024)

typedef struct CacheSlot {
  char *zKey;            /* NULL if free */
  uint64_t h;            /* hash of zKey */
  int64_t iVersion;      /* data version the reply was built from */
  char *zBody;           /* the reply */
  size_t nBody;
  const char *zType;     /* a static string */
  char zEtag[24];        /* "\"v-h\"" */
} CacheSlot;

static pthread_mutex_t cacheMutex = PTHREAD_MUTEX_INITIALIZER;
static CacheSlot aSlot[CACHE_SLOTS];
static int iNext = 0;   /* next slot to reuse when no free one matches */

/* FNV-1a. */
static uint64_t key_hash(const char *z){
  uint64_t h = 1469598103934665603ULL;
  for(; *z; z++){
    h ^= (unsigned char)*z;
    h *= 1099511628211ULL;
  }
  return h;
}

/* Find the slot of zKey (locked). */
static CacheSlot *slot_find(const char *zKey, uint64_t h){
  int i = (int)(h % CACHE_SLOTS), k;
  for(k=0; k<8; k++){
    CacheSlot *s = &aSlot[(i+k) % CACHE_SLOTS];
    if( s->zKey && s->h==h && strcmp(s->zKey, zKey)==0 ) return s;
  }
  return 0;
}

int cache_get(Req *p, const char *zKey, int64_t iVersion){
  uint64_t h = key_hash(zKey);
  CacheSlot *s;
  int bHit = 0;
  pthread_mutex_lock(&cacheMutex);
  s = slot_find(zKey, h);
  if( s && s->iVersion==iVersion ){
    bHit = 1;
    p->zType = s->zType;
    p->iStatus = 200;
    req_header(p, "ETag", arena_strdup(&p->arena, s->zEtag));
    if( p->zIfNoneMatch && strcmp(p->zIfNoneMatch, s->zEtag)==0 ){
      p->iStatus = 304;
    }else{
      buf_append(&p->body, s->zBody, s->nBody);
    }
  }
  pthread_mutex_unlock(&cacheMutex);
  return bHit;
}

void cache_put(Req *p, const char *zKey, int64_t iVersion){
  uint64_t h = key_hash(zKey);
  CacheSlot *s;
  int i, k;
  char zEtag[24];
  if( p->iStatus!=200 || p->body.n>CACHE_MAX_BODY ) return;
  snprintf(zEtag, sizeof(zEtag), "\"%llx-%llx\"",
           (unsigned long long)iVersion, (unsigned long long)(h & 0xffffff));
  pthread_mutex_lock(&cacheMutex);
  s = slot_find(zKey, h);
  if( s==0 ){
    i = (int)(h % CACHE_SLOTS);
    for(k=0; k<8 && aSlot[(i+k) % CACHE_SLOTS].zKey; k++){}
    s = &aSlot[k<8 ? (i+k) % CACHE_SLOTS : (i + (iNext++ % 8)) % CACHE_SLOTS];
    free(s->zKey);
    s->zKey = acc_strdup(zKey);
    s->h = h;
  }
  free(s->zBody);
  s->zBody = acc_malloc(p->body.n + 1);
  memcpy(s->zBody, p->body.z ? p->body.z : "", p->body.n);
  s->nBody = p->body.n;
  s->zType = p->zType;
  s->iVersion = iVersion;
  memcpy(s->zEtag, zEtag, sizeof(zEtag));
  pthread_mutex_unlock(&cacheMutex);
  req_header(p, "ETag", arena_strdup(&p->arena, zEtag));
}

void cache_clear(void){
  int i;
  pthread_mutex_lock(&cacheMutex);
  for(i=0; i<CACHE_SLOTS; i++){
    free(aSlot[i].zKey);
    free(aSlot[i].zBody);
    memset(&aSlot[i], 0, sizeof(aSlot[i]));
  }
  pthread_mutex_unlock(&cacheMutex);
}
