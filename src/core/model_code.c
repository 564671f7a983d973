/*
** model_code.c: the rules of the IATI code fields (026_iati.sql,
** docs/iati.md): a party's country (ISO 3166-1 alpha-2) and IATI
** organisation identifier, and the DAC 5-digit sectors of an area or a
** project, checked against the lists of codes.c.  Called by
** model_row_check() for every row.
*/
#include "model.h"
#include "modelInt.h"
#include "codes.h"

#include <stdio.h>
#include <string.h>

/* The text of field zName of a row of entity e, or NULL. */
static const char *mc_text(int e, const Value *aVal, const char *zName){
  int i = model_field_find(e, zName);
  if( i<0 || aVal[i].eType!=VAL_TEXT ) return 0;
  return aVal[i].z;
}

/* An IATI organisation identifier: an agency prefix and the identifier
** it gives, joined by "-" (e.g. US-USAGOV, XM-DAC-41114); letters,
** digits, "-", "." and "_" only, as the IATI guidance on identifiers
** asks.  Whether the prefix is registered is not known offline. */
static int org_ref_ok(const char *z){
  size_t i, n = strlen(z);
  const char *zDash = strchr(z, '-');
  if( n<4 || n>100 || zDash==0 || zDash==z || zDash[1]==0 ) return 0;
  if( z[n-1]=='-' ) return 0;
  for(i=0; i<n; i++){
    char c = z[i];
    if( !((c>='A' && c<='Z') || (c>='a' && c<='z') || (c>='0' && c<='9')
          || c=='-' || c=='.' || c=='_') ){
      return 0;
    }
  }
  return 1;
}

/* The sectors field zName: DAC 5-digit codes separated by spaces, each
** active in the list, none twice. */
static AccRc sectors_check(int e, const Value *aVal, const char *zName,
                           char *zErr, int nErr){
  const char *z = mc_text(e, aVal, zName);
  char az[CODE_SECTOR_MAX][6];
  int i, j, n;
  if( z==0 ) return ACC_OK;
  n = code_sector_split(z, az);
  if( n<0 ){
    snprintf(zErr, nErr, "%s: \"%s\" is not a list of DAC 5-digit sector "
             "codes separated by spaces (at most %d)", zName, z,
             CODE_SECTOR_MAX);
    return ACC_INVALID;
  }
  for(i=0; i<n; i++){
    if( !code_dac5_ok(az[i]) ){
      snprintf(zErr, nErr, "%s: \"%s\" is not an active OECD DAC 5-digit "
               "sector code (IATI sector vocabulary 1, e.g. 11420 higher "
               "education)", zName, az[i]);
      return ACC_INVALID;
    }
    for(j=0; j<i; j++){
      if( strcmp(az[i], az[j])==0 ){
        snprintf(zErr, nErr, "%s: %s is given twice", zName, az[i]);
        return ACC_INVALID;
      }
    }
  }
  return ACC_OK;
}

AccRc model_code_check(int e, const Value *aVal, char *zErr, int nErr){
  if( e==ENT_PARTY ){
    const char *zC = mc_text(e, aVal, "country");
    const char *zO = mc_text(e, aVal, "org_ref");
    if( zC && !code_country_ok(zC) ){
      snprintf(zErr, nErr, "country: \"%s\" is not an ISO 3166-1 alpha-2 "
               "country code (two capital letters, e.g. RS)", zC);
      return ACC_INVALID;
    }
    if( zO && !org_ref_ok(zO) ){
      snprintf(zErr, nErr, "org_ref: \"%s\" is not an IATI organisation "
               "identifier (an agency prefix, \"-\" and the identifier it "
               "gives, e.g. US-USAGOV; letters, digits, \"-\", \".\" and "
               "\"_\")", zO);
      return ACC_INVALID;
    }
  }else if( e==ENT_AREA || e==ENT_PROJECT ){
    return sectors_check(e, aVal, "sectors", zErr, nErr);
  }
  return ACC_OK;
}
