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

size_t arena_size(const Arena *p){
  const ArenaBlock *pB;
  size_t n = 0;
  for(pB=p->pBlock; pB; pB=pB->pNext) n += sizeof(*pB) + pB->nSize;
  return n;
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

int buf_csv_risky(const char *z){
  return z[0]!=0 && strchr("=+-@\t\r", z[0])!=0;
}

void buf_csv_field(Buf *p, const char *z){
  int bRisky = buf_csv_risky(z);
  if( strpbrk(z, ",\"\r\n")==0 ){
    if( bRisky ) buf_putc(p, '\'');
    buf_puts(p, z);
    return;
  }
  buf_putc(p, '"');
  if( bRisky ) buf_putc(p, '\'');
  for(; *z; z++){
    if( *z=='"' ) buf_putc(p, '"');
    buf_putc(p, *z);
  }
  buf_putc(p, '"');
}

/* The length of the well-formed UTF-8 sequence at z (2 to 4 bytes), or 0
** if z does not begin one. */
static int utf8_seq_len(const unsigned char *z){
  int n, i;
  if( z[0]>=0xc2 && z[0]<=0xdf ) n = 2;
  else if( z[0]>=0xe0 && z[0]<=0xef ) n = 3;
  else if( z[0]>=0xf0 && z[0]<=0xf4 ) n = 4;
  else return 0;
  for(i=1; i<n; i++){
    if( (z[i] & 0xc0)!=0x80 ) return 0;
  }
  return n;
}

void buf_term_text(Buf *p, const char *zIn, int bNewline){
  const unsigned char *z = (const unsigned char*)zIn;
  while( *z ){
    int n;
    if( *z=='\n' && bNewline ){
      buf_putc(p, '\n');
      z++;
    }else if( *z<0x20 || *z==0x7f ){
      buf_appendf(p, "\\x%02x", *z);
      z++;
    }else if( *z<0x80 ){
      buf_putc(p, (char)*z);
      z++;
    }else if( (n = utf8_seq_len(z))==0 || (z[0]==0xc2 && z[1]<0xa0) ){
      /* Not UTF-8, or a C1 control (U+0080 to U+009F): each byte. */
      int k, nEsc = n ? n : 1;
      for(k=0; k<nEsc; k++) buf_appendf(p, "\\x%02x", z[k]);
      z += nEsc;
    }else{
      buf_append(p, (const char*)z, (size_t)n);
      z += n;
    }
  }
}

