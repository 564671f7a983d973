/*
** obsrow.c: the one importer of observations (see obsrow.h).
**
** Moved here from the CSV importer so that the IATI and the API importers
** refuse the same rows with the same messages and write them the same
** way.  The cache is a small array searched newest first: a file names
** few indicators, and most rows name the indicator of the row before.
**
** Rows are written through an ObsBatch (obs.c), STORE_OBS_BATCH to one
** statement.  When a batch meets a duplicate, the rows before it are
** written, the duplicate is reported and the rows after it are given to
** the batch again, so that one run reports every duplicate; the caller
** rolls everything back anyway once anything was reported.
*/
#include "storeInt.h"
#include "obsrow.h"
#include "dimension.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define OBSROW_CACHE 256   /* indicators remembered */

typedef struct ObsIndEnt {
  char *zKey;        /* the text as written in the file */
  ObsIndicator ind;
} ObsIndEnt;

/* A row queued for writing: offsets into ObsRows.pend. */
typedef struct ObsPend {
  int64_t iTag;
  int64_t iIndicator, iSource;
  double r;
  size_t iPeriod, iNote, iInd, iValue;   /* iNote (size_t)-1: none */
  size_t iCell;                          /* (size_t)-1: the total */
  size_t iNoteSr;                        /* (size_t)-1: none */
} ObsPend;

struct ObsRows {
  Store *pStore;
  ObsIndEnt a[OBSROW_CACHE];
  int n;             /* used entries of a */
  int iNext;         /* entry replaced next when a is full */
  ObsBatch *pBatch;  /* started at the first obsrow_add() */
  ObsPend aPend[STORE_OBS_BATCH];
  int nPend;
  Buf pend;          /* the texts of aPend, NUL-terminated */
  int64_t nAdded;    /* rows written */
  ObsDupFn xDup;
  void *pDupArg;
  DimSet dims;       /* the declarations of the dialogue last checked */
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
  store_obs_batch_end(p->pBatch);
  buf_free(&p->pend);
  store_dims_free(&p->dims);
  free(p);
}

/* A StoreRowFn over the goals of an indicator: at a count goal, set the
** int pArg and stop. */
static int count_goal(void *pArg, int64_t id, const Value *aVal){
  const Value *pK = &aVal[model_field_find(ENT_GOAL, "kind")];
  (void)id;
  if( pK->eType==VAL_TEXT && strncmp(pK->z, "count_", 6)==0 ){
    *(int*)pArg = 1;
    return 1;
  }
  return 0;
}

AccRc obsrow_indicator_get(Store *pStore, int64_t id, ObsIndicator *pInd){
  Arena a = ARENA_INIT;
  Value *aI;
  Class eView = pStore->eView;
  int iF;
  memset(pInd, 0, sizeof(*pInd));
  pInd->id = id;
  pInd->eFreq = FREQ_YEAR;
  if( store_item_get(pStore, ENT_INDICATOR, id, &a, &aI)!=ACC_OK ){
    arena_free(&a);
    return ACC_NOTFOUND;
  }
  freq_parse(aI[model_field_find(ENT_INDICATOR, "frequency")].z,
             &pInd->eFreq);
  iF = aEntity[ENT_INDICATOR].iDialogue;
  pInd->idDialogue = aI[iF].eType==VAL_INT ? aI[iF].i : 0;
  iF = model_field_find(ENT_INDICATOR, "code");
  snprintf(pInd->zCode, sizeof(pInd->zCode), "%s",
           aI[iF].eType==VAL_TEXT ? aI[iF].z : "");
  iF = model_field_find(ENT_INDICATOR, "unit");
  pInd->bCount = aI[iF].eType==VAL_TEXT && strcasecmp(aI[iF].z, "count")==0;
  snprintf(pInd->zUnit, sizeof(pInd->zUnit), "%s",
           aI[iF].eType==VAL_TEXT ? aI[iF].z : "");
  iF = model_field_find(ENT_INDICATOR, "statistics_of");
  snprintf(pInd->zStats, sizeof(pInd->zStats), "%s",
           aI[iF].eType==VAL_TEXT ? aI[iF].z : "");
  iF = model_field_find(ENT_INDICATOR, "forecasts");
  pInd->bForecast = iF>=0 && aI[iF].eType==VAL_INT && aI[iF].i!=0;
  arena_free(&a);
  if( !pInd->bCount ){
    /* Goals the viewer may not see make a count all the same. */
    pStore->eView = CLASS_RESTRICTED;
    store_item_each(pStore, ENT_GOAL,
                    model_field_find(ENT_GOAL, "indicator_id"), id,
                    count_goal, &pInd->bCount);
    pStore->eView = eView;
  }
  return ACC_OK;
}

AccRc obsrow_cell(ObsRows *p, const ObsIndicator *pInd, const char *zCell,
                  char *zDim, char *zErr, int nErr){
  if( zCell==0 || zCell[0]==0 ) return ACC_OK;
  if( p->dims.idDialogue!=pInd->idDialogue || pInd->idDialogue==0 ){
    store_dims_free(&p->dims);
    store_dims_load_all(p->pStore, pInd->idDialogue, &p->dims);
  }
  return store_dims_check(&p->dims, zCell, zDim, zErr, nErr);
}

AccRc obsrow_indicator(ObsRows *p, const char *zInd, ObsIndicator *pInd,
                       char *zErr, int nErr){
  ObsIndEnt *pE;
  Value v;
  int i;
  for(i=p->n-1; i>=0; i--){
    if( strcmp(p->a[i].zKey, zInd)==0 ){
      *pInd = p->a[i].ind;
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
  obsrow_indicator_get(p->pStore, v.i, pInd);
  if( p->n<OBSROW_CACHE ){
    pE = &p->a[p->n++];
  }else{
    pE = &p->a[p->iNext];
    p->iNext = (p->iNext + 1) % OBSROW_CACHE;
    free(pE->zKey);
  }
  pE->zKey = acc_strdup(zInd);
  pE->ind = *pInd;
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

AccRc obsrow_rules(const ObsIndicator *pInd, const char *zInd,
                   const char *zPeriod, double r, const char *zValue,
                   Date today, const char **pzField, char *zErr, int nErr){
  Period per;
  char zR[40];
  if( !pInd->bForecast && period_parse(zPeriod, &per)==0
   && period_start(per)>today ){
    char zToday[11];
    date_format(today, zToday);
    *pzField = "period";
    snprintf(zErr, nErr, "%s has not begun (today is %s) and indicator %s "
             "takes no forecasts (set its forecasts to yes to allow them)",
             zPeriod, zToday, zInd);
    return ACC_INVALID;
  }
  if( pInd->bCount && (r<0 || r!=floor(r)) ){
    if( zValue==0 ){
      snprintf(zR, sizeof(zR), "%g", r);
      zValue = zR;
    }
    *pzField = "value";
    snprintf(zErr, nErr, "\"%s\" is not a count: indicator %s counts "
             "things (its unit is count, or a count goal measures it), so "
             "give a whole number, 0 or more", zValue, zInd);
    return ACC_INVALID;
  }
  return ACC_OK;
}

/* Whether a and b are the same words: case, and spaces around and
** between words, do not count. */
static int same_words(const char *a, const char *b){
  for(;;){
    while( *a==' ' || *a=='\t' ) a++;
    while( *b==' ' || *b=='\t' ) b++;
    if( *a==0 || *b==0 ) return *a==*b;
    while( *a && *a!=' ' && *a!='\t' && *b && *b!=' ' && *b!='\t' ){
      char x = *a++, y = *b++;
      if( x>='A' && x<='Z' ) x += 'a' - 'A';
      if( y>='A' && y<='Z' ) y += 'a' - 'A';
      if( x!=y ) return 0;
    }
    if( (*a && *a!=' ' && *a!='\t') || (*b && *b!=' ' && *b!='\t') ){
      return 0;
    }
  }
}

AccRc obsrow_measure(const ObsIndicator *pInd, const char *zInd,
                     const char *zUnit, const char *zStats,
                     const char **pzField, char *zErr, int nErr){
  if( zUnit && zUnit[0] && !same_words(zUnit, pInd->zUnit) ){
    *pzField = "unit";
    snprintf(zErr, nErr, "\"%s\" is not the unit of indicator %s (%s): "
             "a value in another unit is never mixed into its series; "
             "convert it, or record it under an indicator of that unit",
             zUnit, zInd, pInd->zUnit);
    return ACC_INVALID;
  }
  if( zStats && zStats[0] && pInd->zStats[0]
   && !same_words(zStats, pInd->zStats) ){
    *pzField = "statistics_of";
    snprintf(zErr, nErr, "\"%s\" is not whose statistics indicator %s "
             "holds (%s): the other side's statistics are never mixed into "
             "its series; record them under an indicator of their own",
             zStats, zInd, pInd->zStats);
    return ACC_INVALID;
  }
  return ACC_OK;
}

void obsrow_on_duplicate(ObsRows *p, ObsDupFn xDup, void *pArg){
  p->xDup = xDup;
  p->pDupArg = pArg;
}

/* Give pending row i to the batch. */
static int pend_to_batch(ObsRows *p, int i){
  const ObsPend *q = &p->aPend[i];
  return store_obs_batch_add_cell(p->pBatch, q->iIndicator,
                                  p->pend.z + q->iPeriod, q->r, q->iSource,
                                  q->iNote==(size_t)-1 ? 0
                                  : p->pend.z + q->iNote,
                                  q->iCell==(size_t)-1 ? 0
                                  : p->pend.z + q->iCell,
                                  q->iNoteSr==(size_t)-1 ? 0
                                  : p->pend.z + q->iNoteSr);
}

/* Append z (NULL as "") to the pending texts; its offset. */
static size_t pend_text(ObsRows *p, const char *z){
  size_t i = p->pend.n;
  if( z==0 ) z = "";
  buf_append(&p->pend, z, strlen(z)+1);
  return i;
}

void obsrow_add(ObsRows *p, int64_t iTag, int64_t iIndicator,
                const char *zPeriod, double r, int64_t iSource,
                const char *zNote, const char *zInd, const char *zValue){
  obsrow_add_cell(p, iTag, iIndicator, zPeriod, r, iSource, zNote, 0, 0,
                  zInd, zValue);
}

void obsrow_add_cell(ObsRows *p, int64_t iTag, int64_t iIndicator,
                     const char *zPeriod, double r, int64_t iSource,
                     const char *zNote, const char *zNoteSr,
                     const char *zCell, const char *zInd,
                     const char *zValue){
  ObsPend *q;
  if( p->pBatch==0 ) p->pBatch = store_obs_batch_begin(p->pStore);
  q = &p->aPend[p->nPend];
  q->iTag = iTag;
  q->iIndicator = iIndicator;
  q->iSource = iSource;
  q->r = r;
  q->iPeriod = pend_text(p, zPeriod);
  q->iNote = zNote && zNote[0] ? pend_text(p, zNote) : (size_t)-1;
  q->iCell = zCell && zCell[0] ? pend_text(p, zCell) : (size_t)-1;
  q->iNoteSr = zNoteSr && zNoteSr[0] ? pend_text(p, zNoteSr) : (size_t)-1;
  q->iInd = pend_text(p, zInd);
  q->iValue = pend_text(p, zValue);
  if( pend_to_batch(p, p->nPend++)==STORE_OBS_BATCH ) obsrow_flush(p);
}

int64_t obsrow_flush(ObsRows *p){
  int aiBad[STORE_OBS_BATCH];
  char azMsg[STORE_OBS_BATCH][160];
  ObsPend aP[STORE_OBS_BATCH];
  Buf text;
  int nBad = 0, iFrom = 0, i, n;
  if( p->nPend==0 ) return p->nAdded;
  while( iFrom<p->nPend ){
    int iBad = 0;
    if( store_obs_batch_flush(p->pBatch, &iBad, azMsg[nBad],
                              sizeof(azMsg[0]))==ACC_OK ){
      p->nAdded += p->nPend - iFrom;
      break;
    }
    /* Rows iFrom .. iFrom+iBad-1 were written, row iFrom+iBad was not,
    ** and the batch forgot the rest: give those to it again. */
    p->nAdded += iBad;
    aiBad[nBad++] = iFrom + iBad;
    iFrom += iBad + 1;
    for(i=iFrom; i<p->nPend; i++) pend_to_batch(p, i);
  }
  /* Report once the queue is empty, so that the callback may flush. */
  n = p->nPend;
  memcpy(aP, p->aPend, sizeof(ObsPend)*(size_t)n);
  text = p->pend;
  p->nPend = 0;
  memset(&p->pend, 0, sizeof(p->pend));
  for(i=0; i<nBad && p->xDup; i++){
    const ObsPend *q = &aP[aiBad[i]];
    p->xDup(p->pDupArg, q->iTag, text.z + q->iInd, text.z + q->iValue,
            azMsg[i]);
  }
  /* Keep the larger buffer for the next rows. */
  if( p->pend.nAlloc<text.nAlloc ){
    buf_free(&p->pend);
    p->pend = text;
    buf_reset(&p->pend);
  }else{
    buf_free(&text);
  }
  return p->nAdded;
}
