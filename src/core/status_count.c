/*
** status_count.c: the status engine's judges for count goals: at least N
** per period ("a minimum of 3 joint military exercises annually",
** GOAL_COUNT_PERIOD) and at least N within a window ("at least 3 major
** agreements in the first three years", GOAL_COUNT_WINDOW); with
** bDecrease, at most N ("at most 2 incidents a year").
**
** Counts are judged by the pace the target implies for the time elapsed.
** A period's count is the number of its events, else the sum of the
** reported counts of its sub-periods (one value each, by the source
** rules of status.c): months without a value count as zero once the
** period has any.  A closed period with nothing reported counts as
** missed ("not reported"), so that not reporting never reads better
** than reporting a shortfall.  Called from status_compute() in status.c
** through statusInt.h; the rules are in docs/status.md.
*/
#include "statusInt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/*
** Percent of a period still to run when fraction f of it has passed,
** rounded to a whole percent, but never shown as 0 while time is left.
*/
static double pct_left(double f){
  double r = floor((1.0 - f)*100.0 + 0.5);
  return r<1.0 && f<1.0 ? 1.0 : r;
}

/* "at least" or, for a limit (bDecrease), "at most". */
static const char *bound_word(const StatusCtx *p){
  return p->pGoal->bDecrease ? "at most" : "at least";
}

/* True if count v meets the goal's target (at least, or at most, N). */
static int count_met(const StatusCtx *p, double v){
  return p->pGoal->bDecrease ? v<=p->pGoal->rTarget : v>=p->pGoal->rTarget;
}

/*
** Append "; 2026: 2; 2027: not reported" style text for goal period i:
** its count, or "not reported" when it has none.
*/
static void why_period_count(StatusCtx *p, const char *zLead, int64_t i,
                             const StatusAgg *a){
  char zA[12], zN[STATUS_NUMSZ];
  status_fmt_period(p->eGoal, i, zA);
  if( a->nHave==0 ){
    status_why_appendf(p, "%s%s: not reported", zLead, zA);
  }else{
    status_why_appendf(p, "%s%s: %s", zLead, zA, status_fmt_num(a->v, zN));
  }
}

/*
** A count-per-period goal whose deadline has passed: ACHIEVED if every
** goal period from `first` to the deadline's period iDue met the target,
** else OVERDUE, naming up to three of the periods missed; a period with
** nothing reported is missed.
*/
static void count_period_due(StatusCtx *p, int64_t first, int64_t iDue){
  const GoalSpec *g = p->pGoal;
  const char *zWord = status_freq_word(p->eGoal);
  int64_t i, n, nMiss = 0, nNo = 0, nShown = 0;
  char zDue[11], zA[12], zB[12], zT[STATUS_NUMSZ];
  StatusAgg a;
  date_format(g->deadline, zDue);
  status_fmt_num(g->rTarget, zT);
  if( first>iDue ){
    status_why_appendf(p, "No count reported up to the deadline %s.", zDue);
    return;
  }
  for(i=first; i<=iDue; i++){
    status_agg(p, p->eGoal, i, 0, 1, &a);
    if( a.nHave==0 ){
      nNo++;
      nMiss++;
      status_fig_missing(p, period_from_index(p->eGoal, i));
      continue;
    }
    p->pRes->latest = period_from_index(p->eGoal, i);
    p->pRes->bLatest = 1;
    p->pRes->rLatest = a.v;
    if( !count_met(p, a.v) ) nMiss++;
  }
  n = iDue - first + 1;
  if( nMiss>0 ){
    status_set(p, STATUS_OVERDUE);
    status_why_appendf(p, "Due %s; the target of %s %s %s a %s was"
                       " missed in %lld of %lld %s%s (", zDue,
                       bound_word(p), zT, p->zName, zWord,
                       (long long)nMiss, (long long)n, zWord,
                       n==1 ? "" : "s");
    for(i=iDue; i>=first && nShown<3; i--){
      status_agg(p, p->eGoal, i, 0, 0, &a);
      if( a.nHave>0 && count_met(p, a.v) ) continue;
      why_period_count(p, nShown ? "; " : "", i, &a);
      nShown++;
    }
    if( nMiss>nShown ){
      status_why_appendf(p, "; %lld more", (long long)(nMiss-nShown));
    }
    status_why_appendf(p, ").");
    if( nNo>0 ){
      status_why_appendf(p, " A %s with nothing reported counts as"
                         " missed.", zWord);
    }
  }else{
    status_set(p, STATUS_ACHIEVED);
    status_why_appendf(p, "The target of %s %s %s a %s was met in ",
                       bound_word(p), zT, p->zName, zWord);
    if( n==1 ){
      status_why_appendf(p, "%s.", status_fmt_period(p->eGoal, first, zA));
    }else{
      status_why_appendf(p, "every %s from %s to %s.", zWord,
                         status_fmt_period(p->eGoal, first, zA),
                         status_fmt_period(p->eGoal, iDue, zB));
    }
  }
}

/*
** Judge a GOAL_COUNT_PERIOD (docs/status.md, "Count per period").  Goal
** periods run from the one containing the start (else the first with
** data).  After the deadline see count_period_due().  Otherwise: the
** latest closed period missing the target, or with nothing reported, is
** OFF_TRACK; else the period in progress is judged by pace.  At least N:
** ON_TRACK if its count meets the target or at least the whole number of
** events the target implies for the time elapsed, else AT_RISK.  At most
** N: OFF_TRACK once the count is above N, AT_RISK while it is above the
** whole number the limit allows for the time elapsed, else ON_TRACK.
*/
void status_count_period(StatusCtx *p){
  const GoalSpec *g = p->pGoal;
  StatusResult *r = p->pRes;
  const char *zWord = status_freq_word(p->eGoal);
  const char *zBound = bound_word(p);
  double rT = g->rTarget, rC, rF, rExp, rAllowed;
  int64_t cur, first, iL = -1;
  Period pc;
  char zT[STATUS_NUMSZ], zN[STATUS_NUMSZ], zC[12], zL[12];
  StatusAgg aL, aCur;
  if( p->eGoal<p->eInd ){
    status_why_appendf(p, "%s is reported by %s, too coarse for a %s"
                       " target.", p->zNameCap, status_freq_word(p->eInd),
                       status_freq_adjective(p->eGoal));
    return;
  }
  status_fmt_num(rT, zT);
  cur = status_index_at(p->at, p->eGoal);
  first = g->start!=DATE_NONE ? status_index_at(g->start, p->eGoal)
                              : status_first_goal_with_data(p, p->eGoal);
  if( first<0 ){
    status_why_appendf(p, "No count of %s reported yet.", p->zName);
    return;
  }
  if( g->deadline!=DATE_NONE && p->at>g->deadline ){
    count_period_due(p, first, status_index_at(g->deadline, p->eGoal));
    return;
  }

  /* The latest closed period (the one before the period in progress),
  ** if the goal ran then; nothing reported for it counts as missed. */
  memset(&aL, 0, sizeof(aL));
  if( cur-1>=first ){
    iL = cur-1;
    status_agg(p, p->eGoal, iL, 0, 1, &aL);
    status_fmt_period(p->eGoal, iL, zL);
  }
  status_fmt_period(p->eGoal, cur, zC);
  status_agg(p, p->eGoal, cur, 0, 1, &aCur);
  if( iL>=0 && (aL.nHave==0 || !count_met(p, aL.v)) ){
    status_set(p, STATUS_OFF_TRACK);
    r->latest = period_from_index(p->eGoal, iL);
    r->bLatest = 1;
    r->rLatest = aL.v;
    if( aL.nHave==0 ){
      r->bNotReported = 1;
      status_fig_missing(p, r->latest);
      status_why_appendf(p, "Nothing reported for %s, against %s %s %s;"
                         " a %s with nothing reported counts as missed.",
                         zL, zBound, zT, p->zName, zWord);
    }else{
      status_why_appendf(p, "%s %s in %s against %s %s.",
                         status_fmt_num(aL.v, zN), p->zName, zL, zBound,
                         zT);
    }
    if( aCur.nHave>0 ){
      status_why_appendf(p, " %s so far in %s.",
                         status_fmt_num(aCur.v, zN), zC);
    }
    return;
  }
  if( iL<0 && aCur.nHave==0 && g->start==DATE_NONE ){
    status_why_appendf(p, "No count of %s reported yet.", p->zName);
    return;
  }

  /* Pace in the period in progress. */
  rC = aCur.nHave>0 ? aCur.v : 0.0;
  pc = period_from_index(p->eGoal, cur);
  rF = (double)(p->at - period_start(pc))/(double)period_days(pc);
  if( rF>1.0 ) rF = 1.0;
  rExp = rT*rF;
  rAllowed = floor(rExp + 0.5);
  r->latest = pc;
  r->bLatest = 1;
  r->rLatest = rC;
  if( rExp>0.0 && !g->bDecrease ){
    r->bRatio = 1;
    r->rRatio = rC/rExp;
  }
  if( rF>0.0 ){
    r->bProjection = 1;
    r->rProjected = rC/rF;
    r->rTargetAt = rT;
    r->projectAt = pc;
  }
  if( g->bDecrease ){
    if( rC>rT ){
      status_set(p, STATUS_OFF_TRACK);
      status_why_appendf(p, "%s %s so far in %s, above the limit of at"
                         " most %s.", status_fmt_num(rC, zN), p->zName, zC,
                         zT);
    }else{
      status_set(p, rC>rAllowed ? STATUS_AT_RISK : STATUS_ON_TRACK);
      status_why_appendf(p, "%s of at most %s %s so far in %s, with %.0f %%"
                         " of the %s left.", status_fmt_num(rC, zN), zT,
                         p->zName, zC, pct_left(rF), zWord);
    }
  }else if( rC>=rT ){
    status_set(p, STATUS_ON_TRACK);
    status_why_appendf(p, "%s %s so far in %s, meeting the target of at"
                       " least %s.", status_fmt_num(rC, zN), p->zName, zC,
                       zT);
  }else{
    status_set(p, rC>=rAllowed ? STATUS_ON_TRACK : STATUS_AT_RISK);
    status_why_appendf(p, "%s of at least %s %s so far in %s, with %.0f %%"
                       " of the %s left.", status_fmt_num(rC, zN), zT,
                       p->zName, zC, pct_left(rF), zWord);
  }
  if( iL>=0 ){
    status_why_appendf(p, " %s met the target with %s.", zL,
                       status_fmt_num(aL.v, zN));
  }
}

/*
** The count of indicator period i toward the window [s, e] (either may
** be DATE_NONE: open), into *pV; 0 if it has nothing that counts.  A
** period of reported counts counts only if it lies within the window; a
** period of events counts those whose day lies within it (and is not
** after `at`).
*/
static int window_count(StatusCtx *p, int64_t i, Date s, Date e,
                        double *pV){
  Period q = period_from_index(p->eInd, i);
  const StatusSlot *pS = &p->aSlot[i - p->iFirst];
  int k, n = 0;
  if( !pS->bHas ) return 0;
  if( s!=DATE_NONE && period_end(q)<s ) return 0;
  if( e!=DATE_NONE && period_start(q)>e ) return 0;
  if( (s==DATE_NONE || period_start(q)>=s)
   && (e==DATE_NONE || period_end(q)<=e) ){
    return status_slot_get(p, i, pV, 1);
  }
  if( !pS->bEv ) return 0;
  for(k=0; k<p->nObs; k++){
    const ObsPoint *o = &p->aObs[k];
    if( !o->bEvent || o->day>p->at ) continue;
    if( (s!=DATE_NONE && o->day<s) || (e!=DATE_NONE && o->day>e) ) continue;
    if( status_index_at(o->day, p->eInd)!=i ) continue;
    n++;
  }
  if( n==0 ) return 0;
  p->aSlot[i - p->iFirst].bUsed = 1;
  *pV = (double)n;
  return 1;
}

/*
** Judge a GOAL_COUNT_WINDOW (docs/status.md, "Count within a window").
** The count is the sum of the indicator periods that lie within [start,
** deadline], and of the events dated within it.  At least N: reaching
** the target is ACHIEVED at any time; after the deadline short of it,
** OVERDUE; no count, NO_DATA; without a start or a deadline, ON_TRACK if
** the count is positive; otherwise graded by the ratio of the count to
** the target times the fraction of the window elapsed, and projected to
** the deadline.  At most N: above N is OFF_TRACK (OVERDUE after the
** deadline), at or below it after the deadline ACHIEVED, before it
** AT_RISK while above the whole number the limit allows for the time
** elapsed, else ON_TRACK.
*/
void status_count_window(StatusCtx *p){
  const GoalSpec *g = p->pGoal;
  StatusResult *r = p->pRes;
  Date s = g->start, e = g->deadline;
  double rT = g->rTarget, rCount = 0.0, v, rF, rExp;
  int64_t i;
  int nHave = 0;
  char zS[11], zE[11], zT[STATUS_NUMSZ], zN[STATUS_NUMSZ], zP[STATUS_NUMSZ];
  char zSince[24];
  for(i=p->iFirst; i<=p->iLast; i++){
    if( !window_count(p, i, s, e, &v) ) continue;
    rCount += v;
    nHave++;
    r->latest = period_from_index(p->eInd, i);
    r->bLatest = 1;
  }
  r->rLatest = rCount;
  date_format(s, zS);
  date_format(e, zE);
  status_fmt_num(rT, zT);
  status_fmt_num(rCount, zN);
  if( s!=DATE_NONE ){
    snprintf(zSince, sizeof(zSince), " since %s", zS);
  }else{
    snprintf(zSince, sizeof(zSince), " reported");
  }
  if( g->bDecrease && nHave>0 && rCount>rT ){
    if( e!=DATE_NONE && p->at>e ){
      status_set(p, STATUS_OVERDUE);
      status_why_appendf(p, "Due %s; %s %s%s, above the limit of at most"
                         " %s.", zE, zN, p->zName, zSince, zT);
    }else{
      status_set(p, STATUS_OFF_TRACK);
      status_why_appendf(p, "%s %s%s, above the limit of at most %s.", zN,
                         p->zName, zSince, zT);
    }
    return;
  }
  if( g->bDecrease && nHave>0 && e!=DATE_NONE && p->at>e ){
    status_set(p, STATUS_ACHIEVED);
    status_why_appendf(p, "%s %s%s to %s, within the limit of at most %s.",
                       zN, p->zName, zSince, zE, zT);
    return;
  }
  if( !g->bDecrease && (nHave>0 || rT<=0.0) && rCount>=rT ){
    status_set(p, STATUS_ACHIEVED);
    status_why_appendf(p, "%s %s%s, meeting the target of at least %s.", zN,
                       p->zName, zSince, zT);
    return;
  }
  if( e!=DATE_NONE && p->at>e ){
    status_set(p, STATUS_OVERDUE);
    if( nHave==0 ){
      status_why_appendf(p, "Due %s; no %s reported, against %s %s.",
                         zE, p->zName, bound_word(p), zT);
    }else{
      status_why_appendf(p, "Due %s; %s of at least %s %s%s.", zE, zN, zT,
                         p->zName, zSince);
    }
    return;
  }
  if( nHave==0 ){
    if( s!=DATE_NONE ){
      status_why_appendf(p, "No count reported since %s.", zS);
    }else{
      status_why_appendf(p, "No count of %s reported yet.", p->zName);
    }
    return;
  }
  if( s==DATE_NONE || e==DATE_NONE ){
    status_set(p, rCount>0.0 || g->bDecrease ? STATUS_ON_TRACK
                                             : STATUS_NO_DATA);
    status_why_appendf(p, "%s of %s %s %s%s; %s.", zN, bound_word(p), zT,
                       p->zName, zSince, e==DATE_NONE ? "no deadline is set"
                       : "no start date is set, so the pace cannot be"
                         " judged");
    return;
  }
  rF = (double)(p->at - s)/((double)e - (double)s + 1.0);
  rExp = rT*rF;
  if( g->bDecrease ){
    status_set(p, rCount>floor(rExp + 0.5) ? STATUS_AT_RISK
                                           : STATUS_ON_TRACK);
  }else if( rExp>0.0 ){
    r->bRatio = 1;
    r->rRatio = rCount/rExp;
    status_set(p, status_grade(p, r->rRatio));
  }else{
    status_set(p, STATUS_ON_TRACK);
  }
  status_why_appendf(p, "%s of %s %s %s since %s, with %.0f %% of the"
                     " time to %s left", zN, bound_word(p), zT, p->zName,
                     zS, pct_left(rF), zE);
  if( rF>0.0 ){
    r->bProjection = 1;
    r->rProjected = rCount/rF;
    r->rTargetAt = rT;
    r->projectAt = period_containing(e, p->eInd);
    status_why_appendf(p, "; at this pace %s by the deadline",
                       status_fmt_num(r->rProjected, zP));
    if( !g->bDecrease && r->rProjected<rT ){
      status_why_appendf(p, ", short of %s", zT);
    }else if( g->bDecrease && r->rProjected>rT ){
      status_why_appendf(p, ", above %s", zT);
    }
  }
  status_why_appendf(p, ".");
}
