/*
** breakdown.c: the cell of a breakdown an observation is (breakdown.h).
*/
#include "breakdown.h"

#include <stdio.h>
#include <string.h>

/* Whether z[0..n-1] is a dimension's name: 0 or -1. */
static int name_ok(const char *z, size_t n){
  size_t i;
  if( n==0 || n>=BREAKDOWN_NAME || z[0]<'a' || z[0]>'z' ) return -1;
  for(i=1; i<n; i++){
    char c = z[i];
    if( !((c>='a' && c<='z') || (c>='0' && c<='9') || c=='_') ) return -1;
  }
  return 0;
}

/* Whether z[0..n-1] is a dimension's value: 0 or -1. */
static int value_ok(const char *z, size_t n){
  size_t i;
  if( n==0 || n>=BREAKDOWN_VALUE || z[0]==' ' || z[n-1]==' ' ) return -1;
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c<0x20 || c==0x7f || c==';' || c=='=' ) return -1;
  }
  return 0;
}

int breakdown_name_ok(const char *z){
  return name_ok(z, strlen(z));
}

int breakdown_value_ok(const char *z){
  return value_ok(z, strlen(z));
}

int breakdown_check(const char *z, char *zErr, int nErr){
  char zPrev[BREAKDOWN_NAME];
  int iDim = 0;
  zPrev[0] = 0;
  if( z==0 || z[0]==0 ) return 0;
  if( strlen(z)>=BREAKDOWN_MAX ){
    snprintf(zErr, nErr, "longer than %d bytes", BREAKDOWN_MAX-1);
    return -1;
  }
  while( *z ){
    const char *zEq = strchr(z, '='), *zEnd = strchr(z, ';');
    size_t nName, nValue;
    iDim++;
    if( zEnd==0 ) zEnd = z + strlen(z);
    if( zEq==0 || zEq>zEnd ){
      snprintf(zErr, nErr, "dimension %d: write it as name=value, e.g. "
               "sex=female (pairs joined by \";\")", iDim);
      return -1;
    }
    nName = (size_t)(zEq - z);
    nValue = (size_t)(zEnd - zEq - 1);
    if( name_ok(z, nName) ){
      snprintf(zErr, nErr, "dimension %d (%.*s): a name is a lower-case "
               "code of at most %d letters, digits or _, e.g. sex", iDim,
               (int)(nName<40 ? nName : 40), z, BREAKDOWN_NAME-1);
      return -1;
    }
    if( iDim>BREAKDOWN_DIMS ){
      snprintf(zErr, nErr, "more than %d dimensions", BREAKDOWN_DIMS);
      return -1;
    }
    if( zPrev[0] ){
      char zCur[BREAKDOWN_NAME];
      int c;
      memcpy(zCur, z, nName);
      zCur[nName] = 0;
      c = strcmp(zPrev, zCur);
      if( c==0 ){
        snprintf(zErr, nErr, "dimension %s is given twice", zCur);
        return -1;
      }
      if( c>0 ){
        snprintf(zErr, nErr, "write the dimensions in the order of their "
                 "names: %s before %s", zCur, zPrev);
        return -1;
      }
    }
    if( value_ok(zEq+1, nValue) ){
      snprintf(zErr, nErr, "dimension %.*s: a value is 1 to %d bytes of "
               "text without \";\", \"=\" or spaces at either end",
               (int)nName, z, BREAKDOWN_VALUE-1);
      return -1;
    }
    memcpy(zPrev, z, nName);
    zPrev[nName] = 0;
    if( *zEnd==0 ) break;
    z = zEnd + 1;
    if( *z==0 ){
      snprintf(zErr, nErr, "ends with \";\"");
      return -1;
    }
  }
  return 0;
}

int breakdown_next(const char **pz, char *zName, int nName, char *zValue,
                   int nValue){
  const char *z = *pz, *zEq, *zEnd;
  if( z==0 || *z==0 ) return 0;
  zEq = strchr(z, '=');
  zEnd = strchr(z, ';');
  if( zEnd==0 ) zEnd = z + strlen(z);
  if( zEq==0 || zEq>zEnd ) zEq = zEnd;
  snprintf(zName, nName, "%.*s", (int)(zEq-z), z);
  snprintf(zValue, nValue, "%.*s", zEq<zEnd ? (int)(zEnd-zEq-1) : 0,
           zEq<zEnd ? zEq+1 : "");
  *pz = *zEnd ? zEnd+1 : zEnd;
  return 1;
}

int breakdown_add(char *zCell, int nCell, const char *zName,
                  const char *zValue, char *zErr, int nErr){
  char zN[BREAKDOWN_NAME], zV[BREAKDOWN_VALUE], zOut[BREAKDOWN_MAX];
  char zN2[BREAKDOWN_NAME], zV2[BREAKDOWN_VALUE];
  const char *z = zCell;
  size_t n = strlen(zName), i;
  int bDone = 0, nOut = 0;
  while( n>0 && zName[n-1]==' ' ) n--;
  while( n>0 && zName[0]==' ' ){ zName++; n--; }
  if( n==0 || n>=BREAKDOWN_NAME ){
    snprintf(zErr, nErr, "dimension \"%.40s\": a name is a lower-case code "
             "of at most %d letters, digits or _, e.g. sex", zName,
             BREAKDOWN_NAME-1);
    return -1;
  }
  for(i=0; i<n; i++){
    char c = zName[i];
    zN[i] = (c>='A' && c<='Z') ? (char)(c - 'A' + 'a') : c;
  }
  zN[n] = 0;
  if( name_ok(zN, n) ){
    snprintf(zErr, nErr, "dimension \"%s\": a name is a lower-case code of "
             "letters, digits or _, starting with a letter, e.g. sex", zN);
    return -1;
  }
  n = strlen(zValue);
  while( n>0 && zValue[n-1]==' ' ) n--;
  while( n>0 && zValue[0]==' ' ){ zValue++; n--; }
  if( value_ok(zValue, n) ){
    snprintf(zErr, nErr, "dimension %s: a value is 1 to %d bytes of text "
             "without \";\" or \"=\"", zN, BREAKDOWN_VALUE-1);
    return -1;
  }
  memcpy(zV, zValue, n);
  zV[n] = 0;
  zOut[0] = 0;
  while( breakdown_next(&z, zN2, sizeof(zN2), zV2, sizeof(zV2)) ){
    int c = strcmp(zN2, zN);
    if( c==0 ){
      snprintf(zErr, nErr, "dimension %s is given twice", zN);
      return -1;
    }
    if( c>0 && !bDone ){
      nOut += snprintf(zOut+nOut, sizeof(zOut)-nOut, "%s%s=%s",
                       nOut ? ";" : "", zN, zV);
      bDone = 1;
    }
    if( nOut<(int)sizeof(zOut) ){
      nOut += snprintf(zOut+nOut, sizeof(zOut)-nOut, "%s%s=%s",
                       nOut ? ";" : "", zN2, zV2);
    }
  }
  if( !bDone && nOut<(int)sizeof(zOut) ){
    nOut += snprintf(zOut+nOut, sizeof(zOut)-nOut, "%s%s=%s",
                     nOut ? ";" : "", zN, zV);
  }
  if( nOut>=(int)sizeof(zOut) || nOut>=nCell ){
    snprintf(zErr, nErr, "the breakdown is longer than %d bytes",
             (nCell<BREAKDOWN_MAX ? nCell : BREAKDOWN_MAX)-1);
    return -1;
  }
  if( breakdown_check(zOut, zErr, nErr) ) return -1;
  memcpy(zCell, zOut, (size_t)nOut+1);
  return 0;
}

void breakdown_describe(const char *z, char *zOut, int nOut){
  char zN[BREAKDOWN_NAME], zV[BREAKDOWN_VALUE];
  int n = 0;
  if( nOut<=0 ) return;
  zOut[0] = 0;
  if( z==0 || z[0]==0 ){
    snprintf(zOut, nOut, "total");
    return;
  }
  while( n<nOut && breakdown_next(&z, zN, sizeof(zN), zV, sizeof(zV)) ){
    n += snprintf(zOut+n, nOut-n, "%s%s: %s", n ? ", " : "", zN, zV);
  }
}
