/*
** status_count.c: the status engine's judges for count goals: at least N
** per period ("a minimum of 3 joint military exercises annually",
** GOAL_COUNT_PERIOD) and at least N within a window ("at least 3 major
** agreements in the first three years", GOAL_COUNT_WINDOW).
**
** Counts are judged by the pace the target implies for the time elapsed.
** Unlike measured series, a count period needs no observation for every
** sub-period: months without an observation count as zero once the
** period has any.  Called from status_compute() in status.c through
** statusInt.h; the rules are in docs/status.md.
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

/*
** A count-per-period goal whose deadline has passed: ACHIEVED if every
** goal period from `first` to the deadline's period iDue met the target,
** OVERDUE if any missed it, else (some periods without data) NO_DATA.
*/
static void count_period_due(StatusCtx *p, int64_t first, int64_t iDue){
  const GoalSpec *g = p->pGoal;
  const char *zWord = status_freq_word(p->eGoal);
  double rT = g->rTarget, rMiss = 0.0;
  int64_t i, n, nMet = 0, nMiss = 0, nNo = 0;
  int64_t iMiss = -1, iNo = -1;
  char zDue[11], zA[12], zB[12], zN[STATUS_NUMSZ], zT[STATUS_NUMSZ];
  StatusAgg a;
  date_format(g->deadline, zDue);
  status_fmt_num(rT, zT);
  if( first>iDue ){
    status_why_appendf(p, "No count reported up to the deadline %s.", zDue);
    return;
  }
  for(i=first; i<=iDue; i++){
    status_agg(p, p->eGoal, i, 0, 1, &a);
    if( a.nHave==0 ){
      nNo++;
      if( iNo<0 ) iNo = i;
      continue;
    }
    p->pRes->latest = period_from_index(p->eGoal, i);
    p->pRes->bLatest = 1;
    p->pRes->rLatest = a.v;
    if( a.v<rT ){
      nMiss++;
      iMiss = i;
      rMiss = a.v;
    }else{
      nMet++;
    }
  }
  n = iDue - first + 1;
  if( nMiss>0 ){
    status_set(p, STATUS_OVERDUE);
    status_why_appendf(p, "Due %s; the target of at least %s %s a %s was"
                       " missed in %lld of %lld %s%s (%s: %s).", zDue, zT,
                       p->zName, zWord, (long long)nMiss, (long long)n,
                       zWord, n==1 ? "" : "s",
                       status_fmt_period(p->eGoal, iMiss, zA),
                       status_fmt_num(rMiss, zN));
  }else if( nNo>0 ){
    status_why_appendf(p, "Due %s; the target was met in %lld of %lld %s%s,"
                       " with no data for %s", zDue, (long long)nMet,
                       (long long)n, zWord, n==1 ? "" : "s",
                       status_fmt_period(p->eGoal, iNo, zA));
    if( nNo>1 ){
      status_why_appendf(p, " and %lld more %s%s", (long long)(nNo-1),
                         zWord, nNo==2 ? "" : "s");
    }
    status_why_appendf(p, ".");
  }else{
    status_set(p, STATUS_ACHIEVED);
    status_why_appendf(p, "The target of at least %s %s a %s was met in ",
                       zT, p->zName, zWord);
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
** latest complete period with data missing the target is OFF_TRACK; else
** the period in progress is judged by pace: ON_TRACK if its count meets
** the target or at least the whole number of events the target implies
** for the time elapsed, else AT_RISK.
*/
void status_count_period(StatusCtx *p){
  const GoalSpec *g = p->pGoal;
  StatusResult *r = p->pRes;
  const char *zWord = status_freq_word(p->eGoal);
  double rT = g->rTarget, rC, rF, rExp;
  int64_t cur, first, i, iL = -1;
  int bGap;
  Period pc;
  char zT[STATUS_NUMSZ], zN[STATUS_NUMSZ], zC[12], zL[12], zX[12];
  StatusAgg a, aL, aCur;
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

  /* The latest complete period with data, and the current one. */
  memset(&aL, 0, sizeof(aL));
  for(i=cur-1; i>=first && i>=p->iFirst/status_sub_count(p, p->eGoal); i--){
    status_agg(p, p->eGoal, i, 0, 0, &a);
    if( a.nHave>0 ){
      iL = i;
      break;
    }
  }
  status_agg(p, p->eGoal, cur, 0, 0, &aCur);
  if( iL<0 && aCur.nHave==0 ){
    char zS[11];
    date_format(g->start, zS);
    if( g->start!=DATE_NONE ){
      status_why_appendf(p, "No count reported since %s.", zS);
    }else{
      status_why_appendf(p, "No count of %s reported yet.", p->zName);
    }
    return;
  }
  status_fmt_period(p->eGoal, cur, zC);
  status_fmt_period(p->eGoal, cur-1, zX);
  bGap = iL>=0 && iL<cur-1;
  if( iL>=0 ){
    status_agg(p, p->eGoal, iL, 0, 1, &aL);
    status_fmt_period(p->eGoal, iL, zL);
  }
  if( iL>=0 && aL.v<rT ){
    status_set(p, STATUS_OFF_TRACK);
    r->latest = period_from_index(p->eGoal, iL);
    r->bLatest = 1;
    r->rLatest = aL.v;
    status_why_appendf(p, "%s %s in %s against at least %s.",
                       status_fmt_num(aL.v, zN), p->zName, zL, zT);
    if( bGap ) status_why_appendf(p, " No data for %s yet.", zX);
    if( aCur.nHave>0 ){
      status_agg(p, p->eGoal, cur, 0, 1, &aCur);
      status_why_appendf(p, " %s so far in %s.",
                         status_fmt_num(aCur.v, zN), zC);
    }
    return;
  }

  /* Pace in the period in progress. */
  status_agg(p, p->eGoal, cur, 0, 1, &aCur);
  rC = aCur.nHave>0 ? aCur.v : 0.0;
  pc = period_from_index(p->eGoal, cur);
  rF = (double)(p->at - period_start(pc))/(double)period_days(pc);
  rExp = rT*rF;
  r->latest = pc;
  r->bLatest = 1;
  r->rLatest = rC;
  if( rExp>0.0 ){
    r->bRatio = 1;
    r->rRatio = rC/rExp;
  }
  if( rF>0.0 ){
    r->bProjection = 1;
    r->rProjected = rC/rF;
    r->rTargetAt = rT;
    r->projectAt = pc;
  }
  if( rC>=rT ){
    status_set(p, STATUS_ON_TRACK);
    status_why_appendf(p, "%s %s so far in %s, meeting the target of at"
                       " least %s.", status_fmt_num(rC, zN), p->zName, zC,
                       zT);
  }else{
    status_set(p, rC>=floor(rExp + 0.5) ? STATUS_ON_TRACK : STATUS_AT_RISK);
    status_why_appendf(p, "%s of at least %s %s so far in %s, with %.0f %%"
                       " of the %s left.", status_fmt_num(rC, zN), zT,
                       p->zName, zC, pct_left(rF), zWord);
  }
  if( iL>=0 ){
    status_why_appendf(p, " %s met the target with %s.", zL,
                       status_fmt_num(aL.v, zN));
  }
  if( bGap ) status_why_appendf(p, " No data for %s yet.", zX);
}

/*
** Judge a GOAL_COUNT_WINDOW (docs/status.md, "Count within a window").
** The count is the sum of the indicator periods overlapping [start,
** deadline].  Reaching the target is ACHIEVED at any time; after the
** deadline short of it, OVERDUE; no observation, NO_DATA; without a
** start or a deadline, ON_TRACK if the count is positive; otherwise
** graded by the ratio of the count to the target times the fraction of
** the window elapsed, and projected to the deadline.
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
    Period q = period_from_index(p->eInd, i);
    if( !p->aSlot[i - p->iFirst].bHas ) continue;
    if( s!=DATE_NONE && period_end(q)<s ) continue;
    if( e!=DATE_NONE && period_start(q)>e ) continue;
    status_slot_get(p, i, &v, 1);
    rCount += v;
    nHave++;
    r->latest = q;
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
  if( (nHave>0 || rT<=0.0) && rCount>=rT ){
    status_set(p, STATUS_ACHIEVED);
    status_why_appendf(p, "%s %s%s, meeting the target of at least %s.", zN,
                       p->zName, zSince, zT);
    return;
  }
  if( e!=DATE_NONE && p->at>e ){
    status_set(p, STATUS_OVERDUE);
    if( nHave==0 ){
      status_why_appendf(p, "Due %s; no %s reported, against at least %s.",
                         zE, p->zName, zT);
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
    status_set(p, rCount>0.0 ? STATUS_ON_TRACK : STATUS_NO_DATA);
    status_why_appendf(p, "%s of at least %s %s%s; %s.", zN, zT, p->zName,
                       zSince, e==DATE_NONE ? "no deadline is set"
                       : "no start date is set, so the pace cannot be"
                         " judged");
    return;
  }
  rF = (double)(p->at - s)/((double)e - (double)s + 1.0);
  rExp = rT*rF;
  if( rExp>0.0 ){
    r->bRatio = 1;
    r->rRatio = rCount/rExp;
    status_set(p, status_grade(p, r->rRatio));
  }else{
    status_set(p, STATUS_ON_TRACK);
  }
  status_why_appendf(p, "%s of at least %s %s since %s, with %.0f %% of the"
                     " time to %s left", zN, zT, p->zName, zS, pct_left(rF),
                     zE);
  if( rF>0.0 ){
    r->bProjection = 1;
    r->rProjected = rCount/rF;
    r->rTargetAt = rT;
    r->projectAt = period_containing(e, p->eInd);
    status_why_appendf(p, "; at this pace %s by the deadline",
                       status_fmt_num(r->rProjected, zP));
    if( r->rProjected<rT ) status_why_appendf(p, ", short of %s", zT);
  }
  status_why_appendf(p, ".");
}
