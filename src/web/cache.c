/*
** cache.c: rendered replies, reused while the data has not changed.
**
** Pages are the same for every reader of the same classification, role,
** party and language (PERFORMANCE.md): a reply to a GET is kept under a
** key made of those, the day (statuses depend on it) and the URL with
** its query, together with the data version (store_data_version(): the
** latest audit entry) it was built from.  Any write adds an audit entry,
** so the next request after a write is built afresh: a write is visible
** on the next request.
**
** A logged-in reader's page differs from a colleague's of the same role
** and party only in the reader's name (page head) and the CSRF token of
** its forms.  It is built with two markers in their place -- random
** strings made when the process starts, never sent to anybody -- and kept
** as a template: the bytes with the markers cut out and where they were.
** Each reply from it writes the reader's own name (escaped) and CSRF
** token there.  Such replies have no ETag (they are no-store).  Replies
** to the public and API replies have one; a matching If-None-Match gets
** 304 Not Modified.  The ETag is a hash of the reply's type and bytes,
** not of the data version: a write the reader may not see (a restricted
** item changed) builds the reply afresh, but its bytes and so its ETag
** stay the same, and a client's copy stays valid.  A handler may set the
** ETag itself (an item of the API: its version, "\"vN\"", which
** If-Match names, api_item.c); that one is kept and used instead.
**
** The cache is bounded (CACHE_SLOTS entries of at most CACHE_MAX_BODY
** bytes) and shared by the worker threads under one mutex.
*/
#include "web.h"
#include "i18n.h"

#include <malloc.h>
#include <pthread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CACHE_SLOTS 512
#define CACHE_MAX_BODY (512*1024)

#define CACHE_MARKER_LEN 32

/* A place of a template where the reader's name or CSRF token goes. */
typedef struct CacheHole {
  size_t iOff;           /* offset in the body, markers cut out */
  int k;                 /* CACHE_NAME or CACHE_CSRF */
} CacheHole;

typedef struct CacheSlot {
  char *zKey;            /* NULL if free */
  uint64_t h;            /* hash of zKey */
  int64_t iVersion;      /* data version the reply was built from */
  char *zBody;           /* the reply (of a template: without markers) */
  size_t nBody;
  const char *zType;     /* a static string */
  int bTemplate;         /* a logged-in reader's page: no ETag */
  CacheHole *aHole;      /* of a template, in order */
  int nHole;
  char zEtag[40];        /* "\"h\"": 16 bytes of BLAKE2b, in hex */
  void *pShared;         /* the whole reply to the public, or NULL */
} CacheSlot;

static pthread_once_t markerOnce = PTHREAD_ONCE_INIT;
static char azMarker[2][CACHE_MARKER_LEN+1];

static void marker_make(void){
  unsigned char a[CACHE_MARKER_LEN/2];
  int k;
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  for(k=0; k<2; k++){
    randombytes_buf(a, sizeof(a));
    sodium_bin2hex(azMarker[k], sizeof(azMarker[k]), a, sizeof(a));
  }
}

const char *cache_marker(int k){
  pthread_once(&markerOnce, marker_make);
  return azMarker[k];
}

/* Where zNeedle (nNeedle bytes) first occurs in the n bytes at z, or
** NULL. */
static const char *find_bytes(const char *z, size_t n, const char *zNeedle,
                              size_t nNeedle){
  const char *zEnd = z + n;
  while( (size_t)(zEnd-z)>=nNeedle ){
    const char *zAt = memchr(z, zNeedle[0], (size_t)(zEnd-z) - nNeedle + 1);
    if( zAt==0 ) return 0;
    if( memcmp(zAt, zNeedle, nNeedle)==0 ) return zAt;
    z = zAt + 1;
  }
  return 0;
}

/* Split a template built with the markers: its text without them into
** *pOut and the places of the markers into *paHole (allocated). */
static int template_split(const char *z, size_t n, Buf *pOut,
                          CacheHole **paHole){
  const char *zEnd = z + n;
  int nHole = 0, nAlloc = 0;
  *paHole = 0;
  for(;;){
    const char *aAt[2];
    int k, kFirst = -1;
    for(k=0; k<2; k++){
      aAt[k] = find_bytes(z, (size_t)(zEnd-z), cache_marker(k),
                          CACHE_MARKER_LEN);
      if( aAt[k] && (kFirst<0 || aAt[k]<aAt[kFirst]) ) kFirst = k;
    }
    if( kFirst<0 ) break;
    buf_append(pOut, z, (size_t)(aAt[kFirst]-z));
    if( nHole==nAlloc ){
      CacheHole *aNew;
      nAlloc = nAlloc ? 2*nAlloc : 8;
      aNew = acc_malloc(sizeof(CacheHole)*(size_t)nAlloc);
      if( nHole ) memcpy(aNew, *paHole, sizeof(CacheHole)*(size_t)nHole);
      free(*paHole);
      *paHole = aNew;
    }
    (*paHole)[nHole].iOff = pOut->n;
    (*paHole)[nHole].k = kFirst;
    nHole++;
    z = aAt[kFirst] + CACHE_MARKER_LEN;
  }
  buf_append(pOut, z, (size_t)(zEnd-z));
  return nHole;
}

/* Append template zBody to p's body with the reader's name and CSRF token
** in its holes. */
static void template_fill(Req *p, const char *zBody, size_t nBody,
                          const CacheHole *aHole, int nHole){
  size_t iAt = 0;
  int i;
  for(i=0; i<nHole; i++){
    buf_append(&p->body, zBody+iAt, aHole[i].iOff-iAt);
    html_printf(&p->body, "%h",
                aHole[i].k==CACHE_NAME ? tr_account(p, p->acc.zName)
                                       : p->zCsrf);
    iAt = aHole[i].iOff;
  }
  buf_append(&p->body, zBody+iAt, nBody-iAt);
}

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
    if( s->pShared && !p->bLoggedIn && p->nHeader==0
     && !(p->zIfNoneMatch && strcmp(p->zIfNoneMatch, s->zEtag)==0) ){
      /* The reply as built before, headers and all (http.c). */
      web_reply_hold(s->pShared);
      p->pShared = s->pShared;
    }else if( s->bTemplate ){
      template_fill(p, s->zBody, s->nBody, s->aHole, s->nHole);
    }else{
      req_header(p, "ETag", arena_strdup(&p->arena, s->zEtag));
      if( p->zIfNoneMatch && strcmp(p->zIfNoneMatch, s->zEtag)==0 ){
        p->iStatus = 304;
      }else{
        buf_append(&p->body, s->zBody, s->nBody);
      }
    }
  }
  pthread_mutex_unlock(&cacheMutex);
  return bHit;
}

/* The ETag of p's reply: a hash of its content type and body. */
static void etag_make(Req *p, char zEtag[40]){
  crypto_generichash_state st;
  unsigned char aHash[16];
  char zHex[33];
  crypto_generichash_init(&st, 0, 0, sizeof(aHash));
  crypto_generichash_update(&st, (const unsigned char*)p->zType,
                            strlen(p->zType)+1);
  crypto_generichash_update(&st, (const unsigned char*)(p->body.z ?
                            p->body.z : ""), p->body.n);
  crypto_generichash_final(&st, aHash, sizeof(aHash));
  sodium_bin2hex(zHex, sizeof(zHex), aHash, sizeof(aHash));
  snprintf(zEtag, 40, "\"%s\"", zHex);
}

void cache_put(Req *p, const char *zKey, int64_t iVersion, int bTemplate,
               int bKeep){
  uint64_t h = key_hash(zKey);
  CacheSlot *s;
  int i, k, nHole = 0, bOwnEtag = 0;
  char zEtag[40];
  Buf tpl = BUF_INIT;
  CacheHole *aHole = 0;
  if( bTemplate ){
    /* The reply is sent filled in, whether it is kept or not. */
    nHole = template_split(p->body.z ? p->body.z : "", p->body.n, &tpl,
                           &aHole);
    buf_reset(&p->body);
    template_fill(p, tpl.z ? tpl.z : "", tpl.n, aHole, nHole);
  }
  if( !bKeep || p->iStatus!=200 || p->body.n>CACHE_MAX_BODY ){
    buf_free(&tpl);
    free(aHole);
    return;
  }
  zEtag[0] = 0;
  for(i=0; i<p->nHeader; i+=2){
    if( strcmp(p->azHeader[i], "ETag")==0
     && strlen(p->azHeader[i+1])<sizeof(zEtag) ){
      snprintf(zEtag, sizeof(zEtag), "%s", p->azHeader[i+1]);
      bOwnEtag = 1;
    }
  }
  if( !bTemplate && !bOwnEtag ) etag_make(p, zEtag);
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
  free(s->aHole);
  if( s->pShared ) web_reply_release(s->pShared);
  s->pShared = 0;
  if( bTemplate ){
    s->nBody = tpl.n;
    s->zBody = buf_detach(&tpl);
    if( s->zBody==0 ) s->zBody = acc_strdup("");
  }else{
    s->zBody = acc_malloc(p->body.n + 1);
    memcpy(s->zBody, p->body.z ? p->body.z : "", p->body.n);
    s->nBody = p->body.n;
  }
  s->aHole = aHole;
  s->nHole = nHole;
  s->bTemplate = bTemplate;
  s->zType = p->zType;
  s->iVersion = iVersion;
  memcpy(s->zEtag, zEtag, sizeof(zEtag));
  pthread_mutex_unlock(&cacheMutex);
  buf_free(&tpl);
  if( !bTemplate && !bOwnEtag ){
    req_header(p, "ETag", arena_strdup(&p->arena, zEtag));
  }
  /* A conditional GET whose reply was built afresh (the cache held none,
  ** or one of an earlier data version) and came out the same: 304, as
  ** from the cache (cache_get()).  On PostgreSQL a server learns of a
  ** write a moment late (pgwatch.c), so the first request after it may
  ** still hit, the next one rebuild the same bytes. */
  if( !bTemplate && p->zIfNoneMatch && strcmp(p->zIfNoneMatch, zEtag)==0 ){
    p->iStatus = 304;
    buf_reset(&p->body);
  }
}

int cache_share(const char *zKey, int64_t iVersion, void *pShared){
  uint64_t h = key_hash(zKey);
  CacheSlot *s;
  int bKept = 0;
  pthread_mutex_lock(&cacheMutex);
  s = slot_find(zKey, h);
  if( s && s->iVersion==iVersion && !s->bTemplate && s->pShared==0 ){
    web_reply_hold(pShared);
    s->pShared = pShared;
    bKept = 1;
  }
  pthread_mutex_unlock(&cacheMutex);
  return bKept;
}

/* The bytes the cache holds: keys, bodies and holes (each allocation as
** asked for, without malloc's overhead); *pnEntry the entries. */
size_t cache_bytes(int *pnEntry){
  size_t n = 0;
  int i, nEntry = 0;
  pthread_mutex_lock(&cacheMutex);
  for(i=0; i<CACHE_SLOTS; i++){
    if( aSlot[i].zKey==0 ) continue;
    nEntry++;
    n += strlen(aSlot[i].zKey) + 1 + aSlot[i].nBody + 1
       + sizeof(CacheHole)*(size_t)aSlot[i].nHole;
  }
  pthread_mutex_unlock(&cacheMutex);
  if( pnEntry ) *pnEntry = nEntry;
  return n;
}

/* One line to stderr on the memory of the server (on SIGUSR1, http.c):
** malloc's arenas (in use, free, mapped), the most a request's arena held
** (nArenaMost, from http.c), the reply cache, and SQLite's memory
** (store_memstat(), with ACCORD_MEMSTAT set). */
void cache_report(size_t nArenaMost){
  struct mallinfo2 mi = mallinfo2();
  char zSq[200];
  int nEntry;
  size_t nCache = cache_bytes(&nEntry);
  store_memstat(zSq, sizeof(zSq));
  fprintf(stderr, "accord: memory: malloc in use %zu KiB, free %zu KiB, "
          "mapped %zu KiB; largest request %zu KiB; reply cache %zu KiB in "
          "%d entries; %s\n", (mi.uordblks + mi.hblkhd)/1024,
          mi.fordblks/1024, mi.hblkhd/1024, nArenaMost/1024, nCache/1024,
          nEntry, zSq);
}

void cache_clear(void){
  int i;
  pthread_mutex_lock(&cacheMutex);
  for(i=0; i<CACHE_SLOTS; i++){
    if( aSlot[i].pShared ) web_reply_release(aSlot[i].pShared);
    free(aSlot[i].zKey);
    free(aSlot[i].zBody);
    free(aSlot[i].aHole);
    memset(&aSlot[i], 0, sizeof(aSlot[i]));
  }
  pthread_mutex_unlock(&cacheMutex);
}
