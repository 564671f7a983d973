/*
** obsrow.c: the checks of one imported observation (see obsrow.h).
**
** Moved here from the CSV importer so that the IATI importer refuses the
** same rows with the same messages.  The cache is a small array searched
** newest first: a file names few indicators, and most rows name the
** indicator of the row before.
*/
#include "obsrow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OBSROW_CACHE 256   /* indicators remembered */

typedef struct ObsInd {
  char *zKey;        /* the text as written in the file */
  int64_t id;
  Freq eFreq;
} ObsInd;

struct ObsRows {
  Store *pStore;
  ObsInd a[OBSROW_CACHE];
  int n;             /* used entries of a */
  int iNext;         /* entry replaced next when a is full */
};

ObsRows *obsrow_new(Store *pStore){
  ObsRows *p = acc_malloc(sizeof(*p));
  memset(p, 0, sizeof(*p));
  p->pStore = pStore;
  return p;
}

void obsrow_free(ObsRows *p){
  int i;
  if( p==0 ) return;
  for(i=0; i<p->n; i++) free(p->a[i].zKey);
  free(p);
}

AccRc obsrow_indicator(ObsRows *p, const char *zInd, int64_t *pId,
                       Freq *peFreq, char *zErr, int nErr){
  ObsInd *pE;
  Value v, *aI;
  Arena a = ARENA_INIT;
  Freq f = FREQ_YEAR;
  int i;
  for(i=p->n-1; i>=0; i--){
    if( strcmp(p->a[i].zKey, zInd)==0 ){
      *pId = p->a[i].id;
      *peFreq = p->a[i].eFreq;
      return ACC_OK;
    }
  }
  v.eType = VAL_TEXT;
  v.z = zInd;
  if( zInd[0]>='0' && zInd[0]<='9'
   && strspn(zInd, "0123456789")==strlen(zInd) ){
    v.eType = VAL_INT;
    v.i = strtoll(zInd, 0, 10);
  }
  if( store_ref_resolve(p->pStore, ENT_INDICATOR, &v, zErr, nErr) ){
    return ACC_INVALID;
  }
  if( store_item_get(p->pStore, ENT_INDICATOR, v.i, &a, &aI)==ACC_OK ){
    freq_parse(aI[model_field_find(ENT_INDICATOR, "frequency")].z, &f);
  }
  arena_free(&a);
  if( p->n<OBSROW_CACHE ){
    pE = &p->a[p->n++];
  }else{
    pE = &p->a[p->iNext];
    p->iNext = (p->iNext + 1) % OBSROW_CACHE;
    free(pE->zKey);
  }
  pE->zKey = acc_strdup(zInd);
  pE->id = v.i;
  pE->eFreq = f;
  *pId = v.i;
  *peFreq = f;
  return ACC_OK;
}

const char *obsrow_freq_noun(Freq e){
  return e==FREQ_MONTH ? "month" : e==FREQ_QUARTER ? "quarter" : "year";
}

const char *obsrow_freq_pattern(Freq e){
  return e==FREQ_MONTH ? "YYYY-MM" : e==FREQ_QUARTER ? "YYYY-Qn" : "YYYY";
}

AccRc obsrow_period(const char *zPeriod, int eFreq, const char *zInd,
                    char *zErr, int nErr){
  Period per;
  if( zPeriod==0 ){
    snprintf(zErr, nErr, "empty: give YYYY, YYYY-Qn or YYYY-MM");
    return ACC_INVALID;
  }
  if( period_parse(zPeriod, &per) ){
    snprintf(zErr, nErr, "\"%s\" is not a period (YYYY, YYYY-Qn or "
             "YYYY-MM)", zPeriod);
    return ACC_INVALID;
  }
  if( eFreq>=0 && per.eFreq!=eFreq ){
    snprintf(zErr, nErr, "\"%s\" is a %s but indicator %s is %sly "
             "(give %s)", zPeriod, azFreqName[per.eFreq], zInd,
             obsrow_freq_noun((Freq)eFreq), obsrow_freq_pattern((Freq)eFreq));
    return ACC_INVALID;
  }
  return ACC_OK;
}

AccRc obsrow_value(const char *zValue, double *pr, char *zErr, int nErr){
  if( zValue==0 ){
    snprintf(zErr, nErr, "empty: give a number");
    return ACC_INVALID;
  }
  if( model_real_parse(zValue, pr) ){
    snprintf(zErr, nErr, "\"%s\" is not a number", zValue);
    return ACC_INVALID;
  }
  return ACC_OK;
}
