/*
** status.c: the status engine (see status.h; the rules are in
** docs/status.md).
**
** status_compute() validates its input, resolves the indicator's
** observations into one value per period (the conflict rules), and hands
** the goal to the judge of its kind: milestones are judged here, growth
** and level goals in status_growth.c, count goals in status_count.c.
** This file also holds what the judges share: the resolved series and
** its aggregation to coarser periods, and the formatting of numbers and
** sentences into the caller's StatusResult.  Pure computation: no I/O,
** no allocation; the working state lives in a StatusCtx on the stack.
*/
#include "statusInt.h"

#include <assert.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *const azStatusName[STATUS__MAX] = {
  "overdue", "off_track", "at_risk", "on_track", "achieved",
  "not_started", "no_data", "disputed"
};
const char *const azStatusLabel[STATUS__MAX] = {
  "Overdue", "Off track", "At risk", "On track", "Achieved",
  "Not started", "No data", "Sources disagree"
};
const Status aStatusOrder[STATUS__MAX] = {
  STATUS_DISPUTED, STATUS_OVERDUE, STATUS_OFF_TRACK, STATUS_AT_RISK,
  STATUS_ON_TRACK, STATUS_ACHIEVED, STATUS_NOT_STARTED, STATUS_NO_DATA
};

/* The position of e in aStatusOrder (worst first); STATUS__MAX if e is
** not a status. */
int status_rank(Status e){
  int i;
  for(i=0; i<STATUS__MAX; i++){
    if( aStatusOrder[i]==e ) return i;
  }
  return STATUS__MAX;
}
const char *const azGoalKindName[GOAL__MAX] = {
  "growth", "count_period", "count_window", "milestone", "level"
};
const char *const azAggName[AGG__MAX] = { "sum", "last", "mean" };

/*
** Fill *p with the documented default thresholds: on track at a progress
** ratio of 0.95, at risk from 0.60, a 90-day horizon for milestones whose
** work has not started, and 3 months of a year in progress before the
** year to date is commented on.
*/
void status_config_default(StatusConfig *p){
  assert( p!=0 );
  p->rOnTrack = 0.95;
  p->rAtRisk = 0.60;
  p->nHorizonDays = 90;
  p->nMinYtdMonths = 3;
  p->nStalePeriods = 2;
}

/************************************************************************
** Sentences and numbers
*/

/*
** Cut zWhy so that it ends, UTF-8 safely, before byte iCut, and append
** "...".  iCut+4 must not exceed the size of zWhy.
*/
static void why_cut(StatusCtx *p, size_t iCut){
  char *z = p->pRes->zWhy;
  while( iCut>0 && (((unsigned char)z[iCut])&0xC0)==0x80 ){
    iCut--;
  }
  memcpy(z+iCut, "...", 4);
  p->nWhy = iCut + 3;
}

/*
** Append printf-style text to the result's sentence.  If it does not fit,
** the sentence is cut at a character boundary, ends in "...", and every
** later append is dropped.  zWhy is always NUL-terminated.
*/
void status_why_appendf(StatusCtx *p, const char *zFmt, ...){
  size_t nSize = sizeof(p->pRes->zWhy);
  size_t nAvail;
  va_list ap;
  int n;
  va_start(ap, zFmt);
  status_say_record(p, zFmt, ap);
  va_end(ap);
  if( p->bWhyFull ) return;
  nAvail = nSize - p->nWhy;
  va_start(ap, zFmt);
  n = vsnprintf(p->pRes->zWhy + p->nWhy, nAvail, zFmt, ap);
  va_end(ap);
  if( n<0 ){
    p->pRes->zWhy[p->nWhy] = 0;
  }else if( (size_t)n<nAvail ){
    p->nWhy += (size_t)n;
  }else{
    why_cut(p, nSize-4);
    p->bWhyFull = 1;
  }
}

/*
** Format v into z (at least STATUS_NUMSZ bytes) with thousands
** separators: with exactly one decimal if bDecimal, else with at most one
** ("1,157.9", "3").  Magnitudes of 1e15 and more use %g; NaN and
** infinities print "n/a".  The decimal separator is always ".", whatever
** the C locale says.  Returns z.
*/
static const char *fmt_fixed(double v, int bDecimal, char *z){
  char zTmp[STATUS_NUMSZ];
  int nInt = 0, i, o = 0;
  if( !isfinite(v) ){
    memcpy(z, "n/a", 4);
    return z;
  }
  if( fabs(v)>=1e15 ){
    snprintf(z, STATUS_NUMSZ, "%.3g", v);
    return z;
  }
  snprintf(zTmp, sizeof(zTmp), "%.1f", fabs(v));
  while( zTmp[nInt]>='0' && zTmp[nInt]<='9' ) nInt++;
  if( v<0 && (nInt!=1 || zTmp[0]!='0' || zTmp[nInt+1]!='0') ){
    z[o++] = '-';
  }
  for(i=0; i<nInt; i++){
    if( i>0 && (nInt-i)%3==0 ) z[o++] = ',';
    z[o++] = zTmp[i];
  }
  if( zTmp[nInt] && (bDecimal || zTmp[nInt+1]!='0') ){
    z[o++] = '.';
    z[o++] = zTmp[nInt+1];
  }
  z[o] = 0;
  return z;
}

/* A value: up to one decimal, thousands separators ("1,157.9"). */
const char *status_fmt_num(double v, char *z){
  return fmt_fixed(v, 0, z);
}

/* A percentage (v in percent): always one decimal ("6.1"). */
const char *status_fmt_pct(double v, char *z){
  return fmt_fixed(v, 1, z);
}

/* The period of frequency e with index i, as period_format() writes it
** into z (at least 12 bytes).  Returns z. */
const char *status_fmt_period(Freq e, int64_t i, char *z){
  period_format(period_from_index(e, i), z);
  return z;
}

/* "year", "quarter" or "month". */
const char *status_freq_word(Freq e){
  return e==FREQ_MONTH ? "month" : e==FREQ_QUARTER ? "quarter" : "year";
}

/* "annual", "quarterly" or "monthly". */
const char *status_freq_adjective(Freq e){
  return e==FREQ_MONTH ? "monthly" : e==FREQ_QUARTER ? "quarterly"
                                                     : "annual";
}

/*
** Copy zIn into zOut (nOut bytes), cut UTF-8 safely with "..." if it is
** too long; capitalise an initial ASCII letter if bCap.  A NULL or empty
** zIn becomes zDefault.
*/
static void copy_name(char *zOut, size_t nOut, const char *zIn,
                      const char *zDefault, int bCap){
  size_t n;
  if( zIn==0 || zIn[0]==0 ) zIn = zDefault;
  n = strlen(zIn);
  if( n<nOut ){
    memcpy(zOut, zIn, n+1);
  }else{
    n = nOut-4;
    while( n>0 && (((unsigned char)zIn[n])&0xC0)==0x80 ) n--;
    memcpy(zOut, zIn, n);
    memcpy(zOut+n, "...", 4);
  }
  if( bCap && zOut[0]>='a' && zOut[0]<='z' ) zOut[0] -= 'a' - 'A';
}

/* Set the status of the result. */
void status_set(StatusCtx *p, Status e){
  p->pRes->eStatus = e;
}

/*
** The grade of a progress ratio: on track at rOnTrack or more, at risk at
** rAtRisk or more, else off track (NaN is off track).
*/
Status status_grade(const StatusCtx *p, double rRatio){
  if( rRatio>=p->cfg.rOnTrack ) return STATUS_ON_TRACK;
  if( rRatio>=p->cfg.rAtRisk ) return STATUS_AT_RISK;
  return STATUS_OFF_TRACK;
}

/************************************************************************
** The resolved series
*/

/* The index of the period of frequency e that contains day x. */
int64_t status_index_at(Date x, Freq e){
  return period_index(period_containing(x, e));
}

/* True if x is a real day of the years 1..9999. */
static int date_ok(Date x){
  Date lo = 0, hi = 0;
  date_from_ymd(1, 1, 1, &lo);
  date_from_ymd(9999, 12, 31, &hi);
  return x>=lo && x<=hi;
}

/* True if d is DATE_NONE or a valid day. */
static int date_none_or_ok(Date d){
  return d==DATE_NONE || date_ok(d);
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
static void series_build(StatusCtx *p, const ObsPoint *aObs, int nObs){
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
      if( !date_ok(o->day) || o->day>p->at ) continue;
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
static int series_reopened(const StatusCtx *p, StatusReopen *pOut){
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
static int series_conflicts(const StatusCtx *p){
  int i, n = 0;
  for(i=0; i<STATUS_WINDOW; i++){
    if( p->aSlot[i].bUsed && p->aSlot[i].bDiffer ) n++;
  }
  return n;
}

/*
** Append text zNote to the sentence, making room for it by cutting the
** main sentence if needed, so that the reader always learns of it.
*/
void status_why_force(StatusCtx *p, const char *zNote){
  size_t nNote = strlen(zNote), nSize = sizeof(p->pRes->zWhy);
  if( nNote+8>=nSize ) return;
  if( p->nWhy + nNote >= nSize ) why_cut(p, nSize - nNote - 4);
  p->bWhyFull = 0;
  status_why_appendf(p, "%s", zNote);
}

/************************************************************************
** Milestones
*/

/* Append "due in N days" (bDue) or "in N days" for days left nLeft
** (>=0). */
static void why_days(StatusCtx *p, int bDue, int64_t nLeft){
  if( nLeft==0 ){
    status_why_appendf(p, bDue ? "due today" : "today");
  }else if( bDue ){
    status_why_appendf(p, "due in %lld day%s", (long long)nLeft,
                       nLeft==1 ? "" : "s");
  }else{
    status_why_appendf(p, "in %lld day%s", (long long)nLeft,
                       nLeft==1 ? "" : "s");
  }
}

/*
** Judge a GOAL_MILESTONE: achieved once achievedOn is on or before `at`;
** overdue after its deadline; not started before its start; if work has
** not started, at risk within nHorizonDays of the deadline, else not
** started; otherwise (work started) on track.
*/
static void status_milestone(StatusCtx *p){
  const GoalSpec *g = p->pGoal;
  char zA[11], zB[11];
  int64_t nLeft = g->deadline!=DATE_NONE ? (int64_t)g->deadline - p->at : 0;
  if( g->achievedOn!=DATE_NONE && g->achievedOn<=p->at ){
    status_set(p, STATUS_ACHIEVED);
    date_format(g->achievedOn, zA);
    if( g->deadline!=DATE_NONE && g->achievedOn>g->deadline ){
      int64_t nLate = (int64_t)g->achievedOn - g->deadline;
      date_format(g->deadline, zB);
      status_why_appendf(p, "Achieved on %s, %lld day%s after the %s"
                         " deadline.", zA, (long long)nLate,
                         nLate==1 ? "" : "s", zB);
    }else{
      status_why_appendf(p, "Achieved on %s.", zA);
    }
    return;
  }
  if( g->deadline!=DATE_NONE && p->at>g->deadline ){
    status_set(p, STATUS_OVERDUE);
    date_format(g->deadline, zA);
    status_why_appendf(p, "Due %s; not achieved, %lld day%s overdue.", zA,
                       (long long)-nLeft, nLeft==-1 ? "" : "s");
    return;
  }
  if( g->start!=DATE_NONE && p->at<g->start ){
    status_set(p, STATUS_NOT_STARTED);
    date_format(g->start, zA);
    status_why_appendf(p, "The goal starts on %s", zA);
    if( g->deadline!=DATE_NONE ){
      date_format(g->deadline, zB);
      status_why_appendf(p, "; due %s.", zB);
    }else{
      status_why_appendf(p, "; no deadline is set.");
    }
    return;
  }
  if( g->startedOn==DATE_NONE || g->startedOn>p->at ){
    if( g->deadline!=DATE_NONE && nLeft<=p->cfg.nHorizonDays ){
      status_set(p, STATUS_AT_RISK);
      status_why_appendf(p, "Work has not started and the deadline is ");
      why_days(p, 0, nLeft);
      status_why_appendf(p, ".");
    }else if( g->deadline!=DATE_NONE ){
      status_set(p, STATUS_NOT_STARTED);
      date_format(g->deadline, zA);
      status_why_appendf(p, "Work has not started; due %s (", zA);
      why_days(p, 0, nLeft);
      status_why_appendf(p, ").");
    }else{
      status_set(p, STATUS_NOT_STARTED);
      status_why_appendf(p, "Work has not started; no deadline is set.");
    }
    return;
  }
  status_set(p, STATUS_ON_TRACK);
  date_format(g->startedOn, zA);
  status_why_appendf(p, "In progress since %s; ", zA);
  if( g->deadline!=DATE_NONE ){
    why_days(p, 1, nLeft);
    status_why_appendf(p, ".");
  }else{
    status_why_appendf(p, "no deadline is set.");
  }
}

/************************************************************************
** The entry point
*/

/* Copy *pCfg (or the defaults) into p->cfg, replacing unusable values
** by the defaults. */
static void config_load(StatusCtx *p, const StatusConfig *pCfg){
  StatusConfig d;
  status_config_default(&d);
  p->cfg = pCfg ? *pCfg : d;
  if( !isfinite(p->cfg.rOnTrack) ) p->cfg.rOnTrack = d.rOnTrack;
  if( !isfinite(p->cfg.rAtRisk) ) p->cfg.rAtRisk = d.rAtRisk;
  if( p->cfg.nHorizonDays<0 ) p->cfg.nHorizonDays = 0;
  if( p->cfg.nMinYtdMonths<1 ) p->cfg.nMinYtdMonths = 1;
  if( p->cfg.nStalePeriods<1 ) p->cfg.nStalePeriods = d.nStalePeriods;
}

/*
** Check what every kind needs: a valid date asked and valid goal dates.
** Returns 0 if fine, else writes a NO_DATA sentence and returns 1.
*/
static int goal_invalid(StatusCtx *p){
  const GoalSpec *g = p->pGoal;
  const char *zWhat = 0;
  if( !date_ok(p->at) ){
    zWhat = "The date asked is not a valid date.";
  }else if( (unsigned)g->eKind>=GOAL__MAX ){
    zWhat = "The goal's kind is not known.";
  }else if( !date_none_or_ok(g->start) ){
    zWhat = "The goal's start is not a valid date.";
  }else if( !date_none_or_ok(g->deadline) ){
    zWhat = "The goal's deadline is not a valid date.";
  }else if( !date_none_or_ok(g->startedOn)
         || !date_none_or_ok(g->achievedOn) ){
    zWhat = "The milestone's dates are not valid.";
  }
  if( zWhat ) status_why_appendf(p, "%s", zWhat);
  return zWhat!=0;
}

/*
** Judge the goal once on the series the context reads (every source, or
** one): the judge of its kind, then the count of unresolved conflicts.
** Returns nothing; the verdict is in p->pRes.
*/
void status_judge_once(StatusCtx *p, const ObsPoint *aObs, int nObs){
  const GoalSpec *g = p->pGoal;
  p->eInd = g->eIndFreq;
  p->eGoal = g->ePeriod;
  copy_name(p->zName, sizeof(p->zName), g->zIndicator, "the indicator", 0);
  copy_name(p->zNameCap, sizeof(p->zNameCap), g->zIndicator,
            "the indicator", 1);
  p->zUnit[0] = 0;
  if( g->zUnit && g->zUnit[0] ){
    p->zUnit[0] = ' ';
    copy_name(p->zUnit+1, sizeof(p->zUnit)-1, g->zUnit, "", 0);
  }
  series_build(p, aObs, nObs<0 ? 0 : nObs);
  switch( g->eKind ){
    case GOAL_GROWTH:       status_growth(p); break;
    case GOAL_LEVEL:        status_level(p); break;
    case GOAL_COUNT_PERIOD: status_count_period(p); break;
    default:                status_count_window(p); break;
  }
  p->pRes->nConflict = series_conflicts(p);
}

/* Start a context for goal g at `at` writing into pRes. */
void status_ctx_init(StatusCtx *p, const GoalSpec *g, Date at,
                     const StatusConfig *pCfg, StatusResult *pRes){
  memset(pRes, 0, sizeof(*pRes));
  pRes->eStatus = STATUS_NO_DATA;
  p->pRes = pRes;
  p->nWhy = 0;
  p->bWhyFull = 0;
  p->nMsg = 0;
  p->bMsgFull = 0;
  p->at = at;
  p->pGoal = g;
  p->bOnly = 0;
  p->iOnly = 0;
  config_load(p, pCfg);
}

/*
** Compute the status of goal *pGoal at date `at`.  See status.h for the
** contract and docs/status.md for the rules.  Order: input checks;
** milestones (their own rules); a start after `at` gives NOT_STARTED; a
** missing target gives NO_DATA; the judge of the kind on the resolved
** series (of the source of record alone, if the indicator names one);
** then, if the figures judged are disputed or come from different
** sources, the judgement of each source's own series (judge_sources()).
*/
Status status_compute(const GoalSpec *pGoal, const ObsPoint *aObs, int nObs,
                      Date at, const StatusConfig *pCfg, StatusResult *pRes){
  StatusCtx ctx;
  StatusCtx *p = &ctx;
  const GoalSpec *g = pGoal;
  assert( pRes!=0 );
  status_ctx_init(p, pGoal, at, pCfg, pRes);
  if( g==0 ){
    status_why_appendf(p, "No goal was given.");
    return pRes->eStatus;
  }
  if( goal_invalid(p) ) return pRes->eStatus;
  if( g->eKind==GOAL_MILESTONE ){
    status_milestone(p);
    return pRes->eStatus;
  }
  if( g->start!=DATE_NONE && at<g->start ){
    char zA[11];
    date_format(g->start, zA);
    status_set(p, STATUS_NOT_STARTED);
    status_why_appendf(p, "The goal starts on %s.", zA);
    return pRes->eStatus;
  }
  if( !g->bHasTarget || !isfinite(g->rTarget) ){
    status_why_appendf(p, "No target is set.");
    return pRes->eStatus;
  }
  if( (unsigned)g->eIndFreq>=FREQ__MAX || (unsigned)g->eAgg>=AGG__MAX
   || ((g->eKind==GOAL_GROWTH || g->eKind==GOAL_COUNT_PERIOD)
       && (unsigned)g->ePeriod>=FREQ__MAX) ){
    status_why_appendf(p, "The indicator's frequency, aggregation or the"
                       " goal's period is not known.");
    return pRes->eStatus;
  }
  if( g->iSourceOfRecord!=0 ){
    p->bOnly = 1;
    p->iOnly = g->iSourceOfRecord;
  }
  status_judge_once(p, aObs, nObs);
  {
    /* Completeness and reopened choices on the series judged (every
    ** source, or the source of record): the judgement of each source
    ** apart may follow, and reuses the series. */
    int nDue, nRep, nReopen;
    StatusReopen re;
    memset(&re, 0, sizeof(re));
    status_completeness(p, &nDue, &nRep);
    nReopen = series_reopened(p, &re);
    status_sources(p, aObs, nObs);
    pRes->nDue = nDue;
    pRes->nReported = nRep;
    pRes->nReopen = nReopen;
    pRes->reopen = re;
    if( nReopen>0 ) status_why_reopen(p, nReopen, &re);
  }
  if( g->nCellOnly>0 ){
    char zP[12];
    period_format(g->cellOnly, zP);
    if( g->nCellOnly==1 ){
      status_why_appendf(p, " For %s only a breakdown was recorded, no"
                         " total: a breakdown is shown, not added up.", zP);
    }else{
      status_why_appendf(p, " For %s and %d other periods only a breakdown"
                         " was recorded, no total: a breakdown is shown,"
                         " not added up.", zP, g->nCellOnly-1);
    }
  }
  return pRes->eStatus;
}
