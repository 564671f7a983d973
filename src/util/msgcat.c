/*
** msgcat.c: look a message up in the catalogue of a language (msgcat.h).
**
** The catalogues are plain sorted arrays generated from po/sr-Latn.po: a
** few hundred messages, found by binary search in a few string
** comparisons, with nothing to load or free at run time.
*/
#include "msgcat.h"

#include <string.h>

const char *i18n_msg(int eLang, const char *zMsg){
  const TrMsg *a;
  int lo = 0, hi;
  if( zMsg==0 || zMsg[0]==0 ) return zMsg;
  switch( eLang ){
    case I18N_SR_LATN: a = aTrSrLatn; hi = nTrSrLatn-1; break;
    case I18N_SR_CYRL: a = aTrSrCyrl; hi = nTrSrCyrl-1; break;
    default: return zMsg;
  }
  while( lo<=hi ){
    int i = lo + (hi-lo)/2;
    int c = strcmp(zMsg, a[i].zId);
    if( c==0 ) return a[i].zStr;
    if( c<0 ){
      hi = i-1;
    }else{
      lo = i+1;
    }
  }
  return zMsg;
}
