/*
** fuzz_text.c: libFuzzer target for text_check(), the one check of text
** from outside (src/core/text.c), against a decoder written here from
** RFC 3629 without looking at it: both must accept and refuse the same
** bytes and agree on the first bad one, its line and its column.  The
** Windows-1250 hint is only ever given for text that is not UTF-8, and
** text_describe() always ends its message.
*/
#include "../src/core/model.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

/* The reference: the offset of the first byte that does not begin a
** well-formed, allowed character, or n if there is none; its line and
** column (in characters) in *piLine and *piCol. */
static size_t ref_check(const uint8_t *z, size_t n, int *piLine, int *piCol){
  size_t i = 0;
  int iLine = 1, iCol = 1;
  while( i<n ){
    uint32_t c = z[i];
    size_t k, j;
    uint32_t lo;
    if( c<0x80 ){
      if( (c<0x20 && c!='\t' && c!='\n' && c!='\r') || c==0x7f ) break;
      if( c=='\n' ){ iLine++; iCol = 1; }else{ iCol++; }
      i++;
      continue;
    }
    if( (c & 0xe0)==0xc0 ){ k = 2; c &= 0x1f; lo = 0x80; }
    else if( (c & 0xf0)==0xe0 ){ k = 3; c &= 0x0f; lo = 0x800; }
    else if( (c & 0xf8)==0xf0 ){ k = 4; c &= 0x07; lo = 0x10000; }
    else break;
    if( i+k>n ) break;
    for(j=1; j<k && (z[i+j] & 0xc0)==0x80; j++) c = (c<<6) | (z[i+j] & 0x3f);
    if( j<k || c<lo || c>0x10ffff || (c>=0xd800 && c<=0xdfff) ) break;
    i += k;
    iCol++;
  }
  *piLine = iLine;
  *piCol = iCol;
  return i;
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  TextBad bad;
  TextWhy e;
  int iLine, iCol;
  size_t iRef;
  char zMsg[120];
  if( nData>65536 ) return 0;
  memset(&bad, 0, sizeof(bad));
  e = text_check((const char*)aData, nData, &bad);
  iRef = ref_check(aData, nData, &iLine, &iCol);
  if( iRef==nData ){
    assert( e==TEXT_OK );
  }else{
    assert( e!=TEXT_OK );
    assert( bad.iByte==iRef );
    assert( bad.iLine==iLine && bad.iCol==iCol );
    assert( bad.c==aData[iRef] );
    assert( (e==TEXT_CONTROL)==(aData[iRef]<0x80) );
    assert( !bad.bCp1250 || e==TEXT_UTF8 );
    text_describe((const char*)aData, nData, &bad, zMsg, sizeof(zMsg));
    assert( memchr(zMsg, 0, sizeof(zMsg))!=0 );
  }
  if( nData>0 && memchr(aData, 0, nData)==0 ){
    char *z = malloc(nData+1);
    memcpy(z, aData, nData);
    z[nData] = 0;
    assert( utf8_text_ok(z)==(e==TEXT_OK) );
    free(z);
  }
  return 0;
}
