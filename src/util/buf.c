/*
** buf.c: the growable string Buf and the Arena allocator (see util.h).
*/
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Make room for n more bytes plus the terminating NUL. */
static void buf_grow(Buf *p, size_t n){
  size_t nNeed = p->n + n + 1;
  if( nNeed > p->nAlloc ){
    size_t nNew = p->nAlloc ? p->nAlloc*2 : 64;
    while( nNew < nNeed ) nNew *= 2;
    p->z = acc_realloc(p->z, nNew);
    p->nAlloc = nNew;
  }
}

void buf_append(Buf *p, const char *z, size_t n){
  buf_grow(p, n);
  memcpy(p->z + p->n, z, n);
  p->n += n;
  p->z[p->n] = 0;
}

void buf_puts(Buf *p, const char *z){
  buf_append(p, z, strlen(z));
}

void buf_putc(Buf *p, char c){
  buf_append(p, &c, 1);
}

void buf_vappendf(Buf *p, const char *zFmt, va_list ap){
  va_list ap2;
  int n;
  va_copy(ap2, ap);
  n = vsnprintf(0, 0, zFmt, ap2);
  va_end(ap2);
  if( n<0 ) acc_fatal("bad format \"%s\"", zFmt);
  buf_grow(p, (size_t)n);
  vsnprintf(p->z + p->n, (size_t)n + 1, zFmt, ap);
  p->n += (size_t)n;
}

void buf_appendf(Buf *p, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  buf_vappendf(p, zFmt, ap);
  va_end(ap);
}

const char *buf_str(Buf *p){
  return p->z ? p->z : "";
}

void buf_reset(Buf *p){
  p->n = 0;
  if( p->z ) p->z[0] = 0;
}

void buf_free(Buf *p){
  free(p->z);
  p->z = 0;
  p->n = p->nAlloc = 0;
}

char *buf_detach(Buf *p){
  char *z = p->z ? p->z : acc_strdup("");
  p->z = 0;
  p->n = p->nAlloc = 0;
  return z;
}

/* One block of an arena.  Data follows the header. */
struct ArenaBlock {
  ArenaBlock *pNext;    /* older block */
  size_t nUsed;         /* bytes handed out */
  size_t nSize;         /* bytes available after the header */
  max_align_t aData[1]; /* the data, aligned for any type */
};

#define ARENA_BLOCK 8192

void *arena_alloc(Arena *p, size_t n){
  ArenaBlock *pB = p->pBlock;
  void *pRet;
  n = (n + 15) & ~(size_t)15;
  if( pB==0 || pB->nSize - pB->nUsed < n ){
    size_t nSize = n > ARENA_BLOCK ? n : ARENA_BLOCK;
    pB = acc_malloc(sizeof(ArenaBlock) + nSize);
    pB->nUsed = 0;
    pB->nSize = nSize;
    pB->pNext = p->pBlock;
    p->pBlock = pB;
  }
  pRet = (char*)pB->aData + pB->nUsed;
  pB->nUsed += n;
  memset(pRet, 0, n);
  return pRet;
}

char *arena_strdup(Arena *p, const char *z){
  size_t n = strlen(z) + 1;
  char *zNew = arena_alloc(p, n);
  memcpy(zNew, z, n);
  return zNew;
}

char *arena_printf(Arena *p, const char *zFmt, ...){
  va_list ap;
  Buf b = BUF_INIT;
  char *z;
  va_start(ap, zFmt);
  buf_vappendf(&b, zFmt, ap);
  va_end(ap);
  z = arena_strdup(p, buf_str(&b));
  buf_free(&b);
  return z;
}

void arena_free(Arena *p){
  while( p->pBlock ){
    ArenaBlock *pNext = p->pBlock->pNext;
    free(p->pBlock);
    p->pBlock = pNext;
  }
}

void idlist_add(IdList *p, int64_t id){
  if( p->n>=p->nAlloc ){
    p->nAlloc = p->nAlloc ? 2*p->nAlloc : 32;
    p->a = acc_realloc(p->a, sizeof(int64_t)*(size_t)p->nAlloc);
  }
  p->a[p->n++] = id;
}

void buf_csv_field(Buf *p, const char *z){
  if( strpbrk(z, ",\"\r\n")==0 ){
    buf_puts(p, z);
    return;
  }
  buf_putc(p, '"');
  for(; *z; z++){
    if( *z=='"' ) buf_putc(p, '"');
    buf_putc(p, *z);
  }
  buf_putc(p, '"');
}
