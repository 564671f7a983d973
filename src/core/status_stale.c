/*
** status_stale.c: how current and how complete a goal's figures are
** (docs/status.md, "Staleness and completeness").
**
** status_stale() refuses to grade a growth or level goal on a figure
** older than the dialogue's limit (nStalePeriods periods, default two):
** a series that stopped years ago reads "No data", "no figure since
** 2019", instead of the verdict it had then.  status_completeness()
** counts the closed periods a goal needed a figure for and those that
** have one, which the dashboard and the quarterly report add up per
** dialogue and per working group.  Pure computation, like the rest of
** the engine.
*/
#include "statusInt.h"

#include <stdio.h>
#include <string.h>

/*
** Whether the latest usable figure, period t of frequency e, is too old
** at `at`: more than nStalePeriods closed periods of e lie after it.  If
** so, writes the NO_DATA sentence ("No figure since 2019: ...") and
** returns 1.  Only before the deadline: after it the deadline's period
** decides (callers check).
*/
int status_stale(StatusCtx *p, Freq e, int64_t t){
  int64_t cur = status_index_at(p->at, e);
  int64_t nBehind = (cur - 1) - t;
  char zT[12], zN[12], zL[12];
  if( nBehind < p->cfg.nStalePeriods ) return 0;
  status_set(p, STATUS_NO_DATA);
  status_fmt_period(e, t, zT);
  status_fmt_period(e, cur-1, zL);
  status_why_appendf(p, "No figure since %s: %s has no complete %s from"
                     " %s to %s, and a figure more than %d %ss old is not"
                     " graded.", zT, p->zName, status_freq_word(e),
                     status_fmt_period(e, t+1, zN), zL,
                     p->cfg.nStalePeriods, status_freq_word(e));
  p->pRes->latest = period_from_index(e, t);
  p->pRes->bLatest = 0;
  return 1;
}

/*
** Count the closed periods goal p needed a figure for (*pnDue) and those
** that have one (*pnRep): growth goals, each goal period after the
** baseline, complete; count per period, each goal period from the first
** (the start's, else the first with data), anything reported; level
** goals, each indicator period after the baseline period, with a value.
** Periods run up to the one before the period containing `at`, or the
** deadline's period if it is earlier.  Milestones and count windows
** (whose events need no report per period) count none.
*/
void status_completeness(StatusCtx *p, int *pnDue, int *pnRep){
  const GoalSpec *g = p->pGoal;
  Freq e = g->eKind==GOAL_LEVEL ? p->eInd : p->eGoal;
  int64_t first, last, i, iLow;
  int nDue = 0, nRep = 0;
  StatusAgg a;
  *pnDue = *pnRep = 0;
  if( g->eKind==GOAL_MILESTONE || g->eKind==GOAL_COUNT_WINDOW ) return;
  if( (unsigned)e>=FREQ__MAX || e<p->eInd ) return;
  if( g->eKind==GOAL_COUNT_PERIOD ){
    first = g->start!=DATE_NONE ? status_index_at(g->start, e)
                                : status_first_goal_with_data(p, e);
  }else if( g->bHasBaseline && status_period_ok(g->baseline)
         && g->baseline.eFreq>=(int8_t)p->eInd ){
    first = status_index_at(period_end(g->baseline), e) + 1;
  }else{
    return;
  }
  if( first<0 ) return;
  last = status_index_at(p->at, e) - 1;
  if( g->deadline!=DATE_NONE && status_index_at(g->deadline, e)<last ){
    last = status_index_at(g->deadline, e);
  }
  iLow = p->iFirst/status_sub_count(p, e);
  if( first<iLow ) first = iLow;
  for(i=first; i<=last; i++){
    nDue++;
    status_agg(p, e, i, 0, 0, &a);
    if( g->eKind==GOAL_COUNT_PERIOD ? a.nHave>0 : a.bComplete ) nRep++;
  }
  *pnDue = nDue;
  *pnRep = nRep;
}
