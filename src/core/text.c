/*
** text.c: the one check of text from outside (see text.h).
**
** text_check() walks the bytes once, counting lines and characters, and
** stops at the first that is not part of well-formed UTF-8 or is a
** control character.  Only then does it look at the whole text again to
** see whether it reads as Windows-1250: every byte from 0x80 is a
** character of that code page, and one of them is a Serbian letter
** (0x8A 0x8E 0x9A 0x9E 0xC6 0xC8 0xD0 0xE6 0xE8 0xF0).
*/
#include "text.h"

#include <stdio.h>
#include <string.h>

/* Whether byte c is one of the Serbian letters of Windows-1250:
** S Z s z with caron, C c with acute, C c with caron, D d with stroke. */
static int cp1250_serbian(unsigned char c){
  return c==0x8a || c==0x8e || c==0x9a || c==0x9e || c==0xc6 || c==0xc8
      || c==0xd0 || c==0xe6 || c==0xe8 || c==0xf0;
}

/* Whether the n bytes at z read as Windows-1250 text with a Serbian
** letter: no byte Windows-1250 leaves undefined, no control character,
** and at least one Serbian letter. */
static int cp1250_like(const unsigned char *z, size_t n){
  size_t i;
  int bSerbian = 0;
  for(i=0; i<n; i++){
    unsigned char c = z[i];
    if( c<0x20 && c!='\t' && c!='\n' && c!='\r' ) return 0;
    if( c==0x7f || c==0x81 || c==0x83 || c==0x88 || c==0x90 || c==0x98 ){
      return 0;
    }
    if( cp1250_serbian(c) ) bSerbian = 1;
  }
  return bSerbian;
}

/* The length of the well-formed UTF-8 sequence at z (1 to 4 bytes) within
** the n bytes left, or 0 if z does not begin one. */
static int text_seq_len(const unsigned char *z, size_t n){
  unsigned char lo = 0x80, hi = 0xbf;
  int k, i;
  if( z[0]<0x80 ) return 1;
  if( z[0]>=0xc2 && z[0]<=0xdf ) k = 2;
  else if( z[0]>=0xe0 && z[0]<=0xef ){
    k = 3;
    if( z[0]==0xe0 ) lo = 0xa0;
    if( z[0]==0xed ) hi = 0x9f;     /* no surrogates */
  }else if( z[0]>=0xf0 && z[0]<=0xf4 ){
    k = 4;
    if( z[0]==0xf0 ) lo = 0x90;
    if( z[0]==0xf4 ) hi = 0x8f;     /* nothing above U+10FFFF */
  }else{
    return 0;
  }
  if( (size_t)k>n || z[1]<lo || z[1]>hi ) return 0;
  for(i=2; i<k; i++){
    if( (z[i] & 0xc0)!=0x80 ) return 0;
  }
  return k;
}

TextWhy text_check(const char *zIn, size_t n, TextBad *pBad){
  const unsigned char *z = (const unsigned char*)zIn;
  size_t i = 0;
  int iLine = 1, iCol = 1;
  TextWhy eWhy = TEXT_OK;
  while( i<n ){
    unsigned char c = z[i];
    int k;
    if( c<0x80 ){
      if( (c<0x20 && c!='\t' && c!='\n' && c!='\r') || c==0x7f ){
        eWhy = TEXT_CONTROL;
        break;
      }
      i++;
      if( c=='\n' ){
        iLine++;
        iCol = 1;
      }else{
        iCol++;
      }
      continue;
    }
    if( (k = text_seq_len(z+i, n-i))==0 ){
      eWhy = TEXT_UTF8;
      break;
    }
    i += (size_t)k;
    iCol++;
  }
  if( eWhy!=TEXT_OK && pBad ){
    memset(pBad, 0, sizeof(*pBad));
    pBad->eWhy = eWhy;
    pBad->iByte = i;
    pBad->iLine = iLine;
    pBad->iCol = iCol;
    pBad->c = z[i];
    pBad->bCp1250 = eWhy==TEXT_UTF8 && cp1250_like(z, n);
  }
  return eWhy;
}

void text_describe(const char *z, size_t n, const TextBad *pBad,
                   char *zOut, int nOut){
  char zLine[32];
  const char *zWhat = pBad->eWhy==TEXT_UTF8 ? "invalid UTF-8"
                    : pBad->c==0 ? "a NUL byte" : "a control character";
  zLine[0] = 0;
  if( memchr(z, '\n', n) ){
    snprintf(zLine, sizeof(zLine), "line %d, ", pBad->iLine);
  }
  snprintf(zOut, (size_t)nOut, "%s at %scharacter %d (byte 0x%02X)", zWhat,
           zLine, pBad->iCol, pBad->c);
}

int utf8_text_ok(const char *z){
  return text_check(z, strlen(z), 0)==TEXT_OK;
}
