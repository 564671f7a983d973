/*
** status.c: the status engine (see status.h; the rules are in
** docs/status.md).
**
** status_compute() validates its input, resolves the indicator's
** observations into one value per period (the conflict rules), and hands
** the goal to the judge of its kind: milestones are judged here, growth
** and level goals in status_growth.c, count goals in status_count.c.
** This file also holds the formatting of numbers and sentences into the
** caller's StatusResult; the resolved series the judges share, and its
** aggregation to coarser periods, are in status_series.c.  Pure computation: no I/O,
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

/* Append printf-style text to zWhy only (status_why_appendf()). */
static void why_vappend(StatusCtx *p, const char *zFmt, va_list ap){
  size_t nSize = sizeof(p->pRes->zWhy);
  size_t nAvail;
  int n;
  if( p->bWhyFull ) return;
  nAvail = nSize - p->nWhy;
  n = vsnprintf(p->pRes->zWhy + p->nWhy, nAvail, zFmt, ap);
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
** Append printf-style text to the result's sentence.  If it does not fit,
** the sentence is cut at a character boundary, ends in "...", and every
** later append is dropped.  zWhy is always NUL-terminated.
*/
void status_why_appendf(StatusCtx *p, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  status_say_record(p, zFmt, ap);
  va_end(ap);
  va_start(ap, zFmt);
  why_vappend(p, zFmt, ap);
  va_end(ap);
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

/*
** Append printf-style text to the sentence, making room for it by
** cutting the main sentence if needed, so that the reader always learns
** of it.
*/
void status_why_force(StatusCtx *p, const char *zFmt, ...){
  char zNote[1024];
  size_t nNote, nSize = sizeof(p->pRes->zWhy);
  va_list ap;
  int n;
  va_start(ap, zFmt);
  n = vsnprintf(zNote, sizeof(zNote), zFmt, ap);
  va_end(ap);
  if( n<0 ) return;
  nNote = (size_t)n;
  if( nNote+8>=nSize ) return;
  if( p->nWhy + nNote >= nSize ) why_cut(p, nSize - nNote - 4);
  p->bWhyFull = 0;
  va_start(ap, zFmt);
  status_say_record(p, zFmt, ap);
  va_end(ap);
  memcpy(p->pRes->zWhy + p->nWhy, zNote, nNote+1);
  p->nWhy += nNote;
}

/************************************************************************
** Days
*/

/* True if d is DATE_NONE or a valid day. */
static int date_none_or_ok(Date d){
  return d==DATE_NONE || status_date_ok(d);
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
  if( !status_date_ok(p->at) ){
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
  status_series_build(p, aObs, nObs<0 ? 0 : nObs);
  switch( g->eKind ){
    case GOAL_GROWTH:       status_growth(p); break;
    case GOAL_LEVEL:        status_level(p); break;
    case GOAL_COUNT_PERIOD: status_count_period(p); break;
    default:                status_count_window(p); break;
  }
  p->pRes->nConflict = status_series_conflicts(p);
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
    nReopen = status_series_reopened(p, &re);
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
