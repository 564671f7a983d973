/*
** status_series.c: the resolved series of the status engine (see
** status.c): one value per period out of an indicator's observations,
** whatever the order they were entered in (the conflict rules of
** docs/status.md), and its aggregation to coarser periods.  Shared by the
** judges of every kind of goal and by the conflict lists
** (status_period_open()).
*/
#include "statusInt.h"

#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* True if x is a real day of the years 1..9999. */
int status_date_ok(Date x){
  Date lo = 0, hi = 0;
  date_from_ymd(1, 1, 1, &lo);
  date_from_ymd(9999, 12, 31, &hi);
  return x>=lo && x<=hi;
}

/* The index of the period of frequency e that contains day x. */
int64_t status_index_at(Date x, Freq e){
  return period_index(period_containing(x, e));
}

/* True if p is a well-formed period of the years 1..9999. */
int status_period_ok(Period p){
  if( p.year<1 || p.year>9999 ) return 0;
  switch( p.eFreq ){
    case FREQ_MONTH:   return p.n>=1 && p.n<=12;
    case FREQ_QUARTER: return p.n>=1 && p.n<=4;
    case FREQ_YEAR:    return 1;
    default:           return 0;
  }
}

/*
** Fold one observation into its slot.  Each source keeps only its latest
** value for the period (the larger iSeq; equal iSeq: the larger value):
** an earlier one is a revision, not a conflict.  A preferred observation
** is kept apart (the latest preferred one, if the owner marked several).
** Which value counts is decided once every observation is in
** (slot_resolve()), so that it does not depend on the order of aObs.
*/
static void slot_add(StatusSlot *s, const ObsPoint *o){
  int i;
  s->bHas = 1;
  if( o->bEvent ){
    if( s->nEvent==0 ) s->iEvSource = o->iSource;
    else if( s->iEvSource!=o->iSource ) s->iEvSource = STATUS_SRC_MIXED;
    s->nEvent++;
    return;
  }
  if( o->bPreferred ){
    if( !s->bPref || o->iSeq>s->iPrefSeq
     || (o->iSeq==s->iPrefSeq && o->value>s->value) ){
      s->bPref = 1;
      s->iPrefSeq = o->iSeq;
      s->value = o->value;
      s->iSource = o->iSource;
      s->iChoice = o->iChoice;
    }
  }
  for(i=0; i<s->nE; i++){
    StatusEntry *e = &s->aE[i];
    if( e->iSource!=o->iSource ) continue;
    s->bRevised = 1;
    if( o->iSeq>e->iSeq || (o->iSeq==e->iSeq && o->value>e->value) ){
      e->iSeq = o->iSeq;
      e->value = o->value;
    }
    return;
  }
  if( s->nE<STATUS_SLOTSRC ){
    StatusEntry *e = &s->aE[s->nE++];
    e->iSource = o->iSource;
    e->iSeq = o->iSeq;
    e->value = o->value;
  }else{
    s->bOver = 1;
  }
}

/*
** The owner's choice in a slot with a preferred value (docs/status.md
** 2.4).  The choice covers the values entered up to iChoice (0: every
** value).  A later value of the chosen source is a revision: it counts,
** still as the owner's choice.  A later value of another source whose
** latest value differs from the chosen one reopens the choice: the slot
** is no longer preferred (bReopen), and reads like any period whose
** sources disagree; when the context reads one source only (bOnly), only
** that source's value is kept.  Returns 1 if the choice stands.
*/
static int slot_choice(StatusSlot *s, int bOnly, int64_t iOnly){
  int64_t iUpto = s->iChoice>0 ? s->iChoice : INT64_MAX;
  int i, iRe = -1;
  if( iUpto<s->iPrefSeq ) iUpto = s->iPrefSeq;
  for(i=0; i<s->nE; i++){
    if( s->aE[i].iSource==s->iSource && s->aE[i].iSeq>iUpto ){
      s->value = s->aE[i].value;
      s->bRevised = 1;
    }
  }
  for(i=0; i<s->nE; i++){
    const StatusEntry *e = &s->aE[i];
    if( e->iSeq<=iUpto || e->iSource==s->iSource || e->value==s->value ){
      continue;
    }
    if( iRe<0 || status_source_cmp(e->iSource, s->aE[iRe].iSource)<0 ){
      iRe = i;
    }
  }
  if( iRe<0 ) return 1;
  s->bReopen = 1;
  s->iReSource = s->aE[iRe].iSource;
  s->rReNew = s->aE[iRe].value;
  s->iReChosen = s->iSource;
  s->rReChosen = s->value;
  s->bPref = 0;
  if( bOnly ){
    for(i=0; i<s->nE && s->aE[i].iSource!=iOnly; i++){}
    if( i<s->nE ){
      s->value = s->aE[i].value;
      s->iSource = iOnly;
    }else{
      s->bHas = 0;        /* this source has no value of its own here */
    }
    return 1;
  }
  return 0;
}

/*
** Decide the value of a slot: the preferred observation if there is one
** and the choice stands (slot_choice()); else the sources' latest values,
** which disagree (bDiffer) unless all are equal.  The value kept for a
** disagreeing slot is that of the first source in status_source_cmp()
** order; the judgement then looks at each source's own series
** (status_compute()).
*/
static void slot_resolve(StatusSlot *s, int bOnly, int64_t iOnly){
  int i, iBest = 0;
  if( s->nEvent>0 ){
    /* Events are the record: reported counts are shown beside them. */
    s->bEv = 1;
    s->bPref = 0;
    s->value = (double)s->nEvent;
    s->iSource = s->iEvSource;
    return;
  }
  if( !s->bHas ) return;
  if( s->bPref && slot_choice(s, bOnly, iOnly) ) return;
  for(i=1; i<s->nE; i++){
    if( s->aE[i].value!=s->aE[0].value ) s->bDiffer = 1;
    if( status_source_cmp(s->aE[i].iSource, s->aE[iBest].iSource)<0 ) iBest = i;
  }
  if( s->bOver ) s->bDiffer = 1;
  s->value = s->aE[iBest].value;
  s->iSource = s->aE[iBest].iSource;
}

/*
** Build the resolved series: the window of STATUS_WINDOW periods of the
** indicator's frequency ending with the period that contains `at`, each
** holding the value that counts.  Observations of another frequency, of
** malformed periods, of periods starting after `at`, older than the
** window, or with a NaN or infinite value are ignored; so are, when the
** context reads one source only (bOnly), those of other sources that the
** owner did not mark preferred.  An event counts one in the period that
** contains its day, if the day is not after `at`, whatever source it
** names.
*/
void status_series_build(StatusCtx *p, const ObsPoint *aObs, int nObs){
  int i;
  memset(p->aSlot, 0, sizeof(p->aSlot));
  p->aObs = aObs;
  p->nObs = nObs;
  p->iLast = status_index_at(p->at, p->eInd);
  p->iFirst = p->iLast - STATUS_WINDOW + 1;
  if( p->iFirst<freq_per_year(p->eInd) ) p->iFirst = freq_per_year(p->eInd);
  if( aObs==0 ) return;
  for(i=0; i<nObs; i++){
    const ObsPoint *o = &aObs[i];
    int64_t ix;
    if( o->bEvent ){
      if( !status_date_ok(o->day) || o->day>p->at ) continue;
      ix = status_index_at(o->day, p->eInd);
      if( ix<p->iFirst || ix>p->iLast ) continue;
      slot_add(&p->aSlot[ix - p->iFirst], o);
      continue;
    }
    if( o->period.eFreq!=(int8_t)p->eInd || !status_period_ok(o->period)
     || !isfinite(o->value) ){
      continue;
    }
    if( p->bOnly && o->iSource!=p->iOnly && !o->bPreferred ) continue;
    ix = period_index(o->period);
    if( ix<p->iFirst || ix>p->iLast ) continue;
    slot_add(&p->aSlot[ix - p->iFirst], o);
  }
  for(i=0; i<STATUS_WINDOW; i++){
    slot_resolve(&p->aSlot[i], p->bOnly, p->iOnly);
  }
}

int status_choice_reopened(const ObsPoint *aObs, int nObs,
                           StatusReopen *pOut){
  StatusSlot s;
  int i;
  memset(&s, 0, sizeof(s));
  memset(pOut, 0, sizeof(*pOut));
  for(i=0; i<nObs; i++){
    if( aObs[i].bEvent || !isfinite(aObs[i].value) ) continue;
    slot_add(&s, &aObs[i]);
  }
  if( !s.bHas || !s.bPref ) return 0;
  slot_choice(&s, 0, 0);
  if( !s.bReopen ) return 0;
  pOut->period = aObs[0].period;
  pOut->iChosen = s.iReChosen;
  pOut->rChosen = s.rReChosen;
  pOut->iSource = s.iReSource;
  pOut->rNew = s.rReNew;
  return 1;
}

int status_period_value(const ObsPoint *aObs, int nObs, int bOnly,
                        int64_t iOnly, double *pr){
  StatusSlot s;
  int i;
  memset(&s, 0, sizeof(s));
  for(i=0; i<nObs; i++){
    const ObsPoint *o = &aObs[i];
    if( o->bEvent || !isfinite(o->value) ) continue;
    if( bOnly && o->iSource!=iOnly && !o->bPreferred ) continue;
    slot_add(&s, o);
  }
  slot_resolve(&s, bOnly, iOnly);
  if( !s.bHas ) return 0;
  *pr = s.value;
  return 1;
}

/* The periods the judgement used whose owner's choice was reopened: how
** many, and the latest in *pOut. */
int status_series_reopened(const StatusCtx *p, StatusReopen *pOut){
  int i, n = 0;
  for(i=0; i<STATUS_WINDOW; i++){
    const StatusSlot *s = &p->aSlot[i];
    if( !s->bUsed || !s->bReopen ) continue;
    n++;
    pOut->period = period_from_index(p->eInd, p->iFirst + i);
    pOut->iChosen = s->iReChosen;
    pOut->rChosen = s->rReChosen;
    pOut->iSource = s->iReSource;
    pOut->rNew = s->rReNew;
  }
  return n;
}

/*
** Record a figure the judgement used: period pe, value v from source
** iSource (STATUS_SRC_MIXED for several).  A period already recorded
** with the same sub-periods is not recorded twice; when the
** list is full the oldest figure that is not a baseline makes room.
** Returns the figure recorded, or NULL if it was already there.
*/
StatusFigure *status_fig_add(StatusCtx *p, Period pe, double v,
                             int64_t iSource, int nHave, int nSub,
                             int bRevised, int bPref){
  StatusResult *r = p->pRes;
  StatusFigure *f;
  int i;
  for(i=0; i<r->nFig; i++){
    f = &r->aFig[i];
    if( f->period.eFreq==pe.eFreq && f->period.year==pe.year
     && f->period.n==pe.n && f->nSub==nSub && f->nHave==nHave ){
      return 0;
    }
  }
  if( r->nFig>=STATUS_MAXFIG ){
    for(i=0; i<r->nFig-1 && r->aFig[i].bBaseline; i++){}
    memmove(&r->aFig[i], &r->aFig[i+1],
            sizeof(StatusFigure)*(size_t)(r->nFig-1-i));
    r->nFig--;
  }
  f = &r->aFig[r->nFig++];
  memset(f, 0, sizeof(*f));
  f->period = pe;
  f->value = v;
  f->iSource = iSource;
  f->nHave = (short)nHave;
  f->nSub = (short)nSub;
  f->bRevised = (unsigned char)(bRevised!=0);
  f->bPreferred = (unsigned char)(bPref!=0);
  return f;
}

/* Record a closed goal period pe with nothing reported, which a count
** goal counts as missed ("not reported"). */
void status_fig_missing(StatusCtx *p, Period pe){
  StatusFigure *f = status_fig_add(p, pe, 0.0, 0, 0, 0, 0, 0);
  if( f ) f->bMissing = 1;
}

/* Mark the figure of period pe as the baseline of the comparison. */
void status_mark_baseline(StatusCtx *p, Period pe){
  int i;
  for(i=0; i<p->pRes->nFig; i++){
    StatusFigure *f = &p->pRes->aFig[i];
    if( f->period.eFreq==pe.eFreq && f->period.year==pe.year
     && f->period.n==pe.n ){
      f->bBaseline = 1;
    }
  }
}

/*
** If indicator period i has a value, store it in *pV and return 1, else
** return 0.  With bMark the period counts as used by the judgement (for
** nConflict).
*/
int status_slot_get(StatusCtx *p, int64_t i, double *pV, int bMark){
  StatusSlot *s;
  if( i<p->iFirst || i>p->iLast ) return 0;
  s = &p->aSlot[i - p->iFirst];
  if( !s->bHas ) return 0;
  if( bMark ) s->bUsed = 1;
  *pV = s->value;
  return 1;
}

/* Number of indicator periods in one period of frequency eTo (eTo must
** be the indicator's frequency or coarser). */
int status_sub_count(const StatusCtx *p, Freq eTo){
  return freq_per_year(p->eInd)/freq_per_year(eTo);
}

/*
** Aggregate goal period iGoal (frequency eTo, not finer than the
** indicator) from its first nMax indicator periods (all if nMax<=0), with
** the goal's Agg: the sum, the value of the latest period present, or the
** mean of those present.  With bMark the periods read count as used and
** the aggregate is recorded as a figure judged.  A period is over
** (bDateComplete) once its last day is on or before `at`: statuses are
** computed as of the end of day `at`.
*/
void status_agg(StatusCtx *p, Freq eTo, int64_t iGoal, int nMax, int bMark,
                StatusAgg *pOut){
  int nPer = status_sub_count(p, eTo);
  int nSub = nMax>0 && nMax<nPer ? nMax : nPer;
  int i, bRev = 0, bPref = 0, bEv = 0;
  int64_t iSrc = 0;
  double rSum = 0.0, rLast = 0.0, v;
  memset(pOut, 0, sizeof(*pOut));
  pOut->nSub = nSub;
  for(i=0; i<nSub; i++){
    if( status_slot_get(p, iGoal*nPer + i, &v, bMark) ){
      const StatusSlot *s = &p->aSlot[iGoal*nPer + i - p->iFirst];
      if( pOut->nHave==0 ) iSrc = s->iSource;
      else if( iSrc!=s->iSource ) iSrc = STATUS_SRC_MIXED;
      bRev |= s->bRevised && !s->bEv;
      bPref |= s->bPref;
      bEv |= s->bEv;
      pOut->nHave++;
      rSum += v;
      rLast = v;
    }
  }
  switch( p->pGoal->eAgg ){
    case AGG_LAST: pOut->v = rLast; break;
    case AGG_MEAN: pOut->v = pOut->nHave ? rSum/pOut->nHave : 0.0; break;
    default:       pOut->v = rSum; break;
  }
  pOut->bDateComplete = period_end(period_from_index(eTo, iGoal)) <= p->at;
  pOut->bComplete = pOut->bDateComplete && pOut->nHave==pOut->nSub;
  if( bMark && pOut->nHave>0 ){
    StatusFigure *f = status_fig_add(p, period_from_index(eTo, iGoal),
                                     pOut->v, iSrc, pOut->nHave, nPer,
                                     bRev, bPref);
    if( f && bEv ) f->bEvents = 1;
  }
}

/* The index (frequency eTo) of the earliest goal period with data in
** the series, or -1 if the series is empty. */
int64_t status_first_goal_with_data(const StatusCtx *p, Freq eTo){
  int64_t i;
  for(i=p->iFirst; i<=p->iLast; i++){
    if( p->aSlot[i - p->iFirst].bHas ) return i/status_sub_count(p, eTo);
  }
  return -1;
}

/* The number of periods the judgement used whose sources disagree and
** were not resolved by a preferred observation. */
int status_series_conflicts(const StatusCtx *p){
  int i, n = 0;
  for(i=0; i<STATUS_WINDOW; i++){
    if( p->aSlot[i].bUsed && p->aSlot[i].bDiffer ) n++;
  }
  return n;
}
