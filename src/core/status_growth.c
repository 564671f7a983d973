/*
** status_growth.c: the status engine's judges for growth goals
** ("increase total trade by 10 % annually", GOAL_GROWTH) and level goals
** ("employees of US companies reach 40,000 by 2030", GOAL_LEVEL).
**
** Both compare the observed compound growth since a baseline with the
** growth the target requires, the progress ratio of UN ESCAP's progress
** assessment (as used by the Open SDG platform), and project the observed
** pace to the deadline.  Growth goals are also judged year by year and
** comment on the year in progress.  Called from status_compute() in
** status.c through statusInt.h; the rules are in docs/status.md.
*/
#include "statusInt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define EN_DASH "\xe2\x80\x93"

static const char *const azMonthName[12] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"
};

/* A growth goal's observed value for one goal period t, compared with
** the target path. */
typedef struct GrowthFit {
  int64_t k;        /* goal periods from the baseline to t, >= 1 */
  double rB;        /* baseline value, > 0 */
  double rV;        /* value of t */
  double rT;        /* target path at t */
  double g;         /* observed CAGR per goal period, if bCagr */
  double rr;        /* required CAGR per goal period, if bCagr */
  double rRatio;    /* progress ratio g/rr, or the linear ratio */
  int bCagr;        /* 1: CAGR ratio; 0: linear ratio (V or T <= 0) */
} GrowthFit;

/* The signed target rate per goal period as a fraction (-0.05 for a
** 5 % decrease). */
static double growth_rate(const GoalSpec *g){
  return (g->bDecrease ? -1.0 : 1.0)*g->rTarget/100.0;
}

/* The target path k goal periods after the baseline: B*(1+r)^k when
** compounding, B*(1+r*k) when simple. */
static double growth_path(const GoalSpec *g, double rB, int64_t k){
  double r = growth_rate(g);
  if( g->bCompound ) return rB*pow(1.0+r, (double)k);
  return rB*(1.0 + r*(double)k);
}

/* True if value v meets target t in the goal's direction. */
static int reached(const GoalSpec *g, double v, double t){
  return g->bDecrease ? v<=t : v>=t;
}

/*
** Compare value rV, k goal periods after baseline value rB, with the
** target path.  When the value and the path are positive the ratio is
** the observed CAGR over the required CAGR (for compounding the required
** rate is the target rate itself; for simple growth, the CAGR that leads
** to the path's value over the same k periods); otherwise it is the
** linear ratio (V-B)/(T-B).
*/
static void growth_fit(const GoalSpec *g, double rB, int64_t k, double rV,
                       GrowthFit *f){
  memset(f, 0, sizeof(*f));
  f->k = k;
  f->rB = rB;
  f->rV = rV;
  f->rT = growth_path(g, rB, k);
  if( rV>0.0 && f->rT>0.0 ){
    f->bCagr = 1;
    f->g = pow(rV/rB, 1.0/(double)k) - 1.0;
    f->rr = g->bCompound ? growth_rate(g)
                         : pow(f->rT/rB, 1.0/(double)k) - 1.0;
    f->rRatio = f->g/f->rr;
  }else{
    f->rRatio = (rV - rB)/(f->rT - rB);
  }
}

/* The value n goal periods after t at the observed pace. */
static double growth_project(const GrowthFit *f, int64_t n){
  if( f->bCagr ) return f->rV*pow(1.0+f->g, (double)n);
  return f->rV + (f->rV - f->rB)/(double)f->k*(double)n;
}

/* Copy the fit into the result: ratio, observed rate, latest period. */
static void fit_to_result(StatusCtx *p, const GrowthFit *f, int64_t t){
  StatusResult *r = p->pRes;
  r->bRatio = isfinite(f->rRatio);
  r->rRatio = r->bRatio ? f->rRatio : 0.0;
  r->bObservedRate = f->bCagr && isfinite(f->g);
  r->rObservedRate = r->bObservedRate ? f->g*100.0 : 0.0;
  r->latest = period_from_index(p->eGoal, t);
  r->bLatest = 1;
  r->rLatest = f->rV;
}

/*
** Find the baseline value: the goal's own if set, else the figure of
** baseline period bp (not finer than the indicator), which must be
** complete.  Returns 1 with *pB set, or writes a NO_DATA sentence and
** returns 0.
*/
static int baseline_value(StatusCtx *p, Period bp, double *pB){
  const GoalSpec *g = p->pGoal;
  char zBp[12];
  StatusAgg a;
  if( g->bHasBaselineValue ){
    if( isfinite(g->rBaseline) ){
      *pB = g->rBaseline;
      return 1;
    }
    status_why_appendf(p, "The baseline value is not a number.");
    return 0;
  }
  period_format(bp, zBp);
  status_agg(p, (Freq)bp.eFreq, period_index(bp), 0, 1, &a);
  if( a.bComplete ){
    *pB = a.v;
    return 1;
  }
  status_why_appendf(p, "No baseline value for %s: none is set on the goal"
                     " and ", zBp);
  if( !a.bDateComplete ){
    status_why_appendf(p, "%s is not over yet.", zBp);
  }else if( a.nHave>0 ){
    status_why_appendf(p, "%s has data for only %d of %d %ss of it.",
                       p->zName, a.nHave, a.nSub,
                       status_freq_word(p->eInd));
  }else{
    status_why_appendf(p, "%s has no figure for it.", p->zName);
  }
  return 0;
}

/* Write "January–July 2026" (or "Q1–Q2 2026") for the first m indicator
** periods of goal period y into z. */
static void ytd_label(StatusCtx *p, int64_t y, int m, char *z, size_t n){
  int nPer = status_sub_count(p, p->eGoal);
  Period a = period_from_index(p->eInd, y*nPer);
  Period e = period_from_index(p->eInd, y*nPer + m - 1);
  int iYear = (int)period_from_index(p->eGoal, y).year;
  if( p->eInd==FREQ_MONTH && m==1 ){
    snprintf(z, n, "%s %d", azMonthName[a.n-1], iYear);
  }else if( p->eInd==FREQ_MONTH ){
    snprintf(z, n, "%s" EN_DASH "%s %d", azMonthName[a.n-1],
             azMonthName[e.n-1], iYear);
  }else if( m==1 ){
    snprintf(z, n, "Q%d %d", a.n, iYear);
  }else{
    snprintf(z, n, "Q%d" EN_DASH "Q%d %d", a.n, e.n, iYear);
  }
}

/* The year to date: goal period y in progress, its first m indicator
** periods against the same m of y-1. */
typedef struct GrowthYtd {
  int bOk;          /* compared */
  int64_t y;        /* the goal period in progress */
  int m;            /* indicator periods compared */
  double rPct;      /* change, percent */
  char zCur[48];    /* "January–July 2026" */
  char zPrev[48];   /* "January–July 2025" */
} GrowthYtd;

/*
** The year to date.  The period in progress is the latest goal period
** after gAfter with some data that is not complete.  If the indicator is
** finer than the goal period, compare its first m indicator periods (m
** the longest run from the period's start of complete periods, those
** that ended by `at`, with data in it and in the previous goal period,
** covering at least nMinYtdMonths months) with the same m periods of
** the previous goal period.  Fills *pY (pY->bOk 0 if no comparison).
*/
static void growth_ytd_get(StatusCtx *p, int64_t gAfter, GrowthYtd *pY){
  int nPer = status_sub_count(p, p->eGoal);
  int nMonths = 12/freq_per_year(p->eInd);
  int64_t y = status_index_at(p->at, p->eGoal);
  int64_t gLow = p->iFirst/nPer;
  int m = 0;
  double v;
  StatusAgg aCur, aPrev;
  memset(pY, 0, sizeof(*pY));
  if( nPer<=1 ) return;
  memset(&aCur, 0, sizeof(aCur));
  for(; y>gAfter && y>=gLow; y--){
    status_agg(p, p->eGoal, y, 0, 0, &aCur);
    if( aCur.nHave>0 ) break;
  }
  if( y<=gAfter || y<gLow || aCur.bComplete ) return;
  while( m<nPer
         && period_end(period_from_index(p->eInd, y*nPer + m))<=p->at
         && status_slot_get(p, y*nPer + m, &v, 0)
         && status_slot_get(p, (y-1)*nPer + m, &v, 0) ){
    m++;
  }
  if( m*nMonths<p->cfg.nMinYtdMonths ) return;
  status_agg(p, p->eGoal, y, m, 0, &aCur);
  status_agg(p, p->eGoal, y-1, m, 0, &aPrev);
  if( !(aPrev.v>0.0) || !isfinite(aPrev.v) || !isfinite(aCur.v) ) return;
  pY->bOk = 1;
  pY->y = y;
  pY->m = m;
  pY->rPct = (aCur.v/aPrev.v - 1.0)*100.0;
  ytd_label(p, y, m, pY->zCur, sizeof(pY->zCur));
  ytd_label(p, y-1, m, pY->zPrev, sizeof(pY->zPrev));
  p->pRes->bYtd = 1;
  p->pRes->rYtdPct = pY->rPct;
}

/* Append the sentence on the year to date *pY, if there is one; with
** the verdict on period t it runs against (bYtdAgainst), say so. */
static void growth_ytd_say(StatusCtx *p, const GrowthYtd *pY, int64_t t){
  char zPct[STATUS_NUMSZ], zT[12];
  StatusAgg a;
  if( !pY->bOk ) return;
  /* The figures compared are judged figures too (after the main ones). */
  status_agg(p, p->eGoal, pY->y, pY->m, 1, &a);
  status_agg(p, p->eGoal, pY->y - 1, pY->m, 1, &a);
  if( fabs(pY->rPct)<0.05 ){
    status_why_appendf(p, " %s is level with %s", pY->zCur, pY->zPrev);
  }else{
    status_why_appendf(p, " %s is %s %% %s %s", pY->zCur,
                       status_fmt_pct(fabs(pY->rPct), zPct),
                       pY->rPct>0 ? "above" : "below", pY->zPrev);
  }
  if( p->pRes->bYtdAgainst ){
    status_why_appendf(p, ", against the verdict on %s",
                       status_fmt_period(p->eGoal, t, zT));
  }
  status_why_appendf(p, ".");
}

/*
** Whether the year to date *pY, the goal period right after the judged
** period t, runs against a favourable verdict (ON_TRACK, or ACHIEVED
** before the deadline): its change graded against the step the target
** path requires from t to t+1 is OFF_TRACK.  Sets bYtdAgainst.
*/
static void growth_ytd_against(StatusCtx *p, const GrowthYtd *pY,
                               double rB, int64_t k){
  double rReq;
  Status e = p->pRes->eStatus;
  if( !pY->bOk || (e!=STATUS_ON_TRACK && e!=STATUS_ACHIEVED) ) return;
  rReq = growth_path(p->pGoal, rB, k+1)/growth_path(p->pGoal, rB, k) - 1.0;
  if( rReq==0.0 || !isfinite(rReq) ) return;
  if( status_grade(p, (pY->rPct/100.0)/rReq)==STATUS_OFF_TRACK ){
    p->pRes->bYtdAgainst = 1;
  }
}

/*
** Append "; at this rate the 2027 target is met" or "... is missed by
** 7.0 %" for projected value rP against target path value rTP at the
** period named zP.
*/
static void why_projection(StatusCtx *p, const char *zP, double rP,
                           double rTP, const char *zYtd){
  char zM[STATUS_NUMSZ], zLead[96];
  double rMiss;
  if( zYtd ){
    snprintf(zLead, sizeof(zLead), "; at this rate from %s", zYtd);
  }else{
    snprintf(zLead, sizeof(zLead), "; at this rate");
  }
  if( reached(p->pGoal, rP, rTP) ){
    status_why_appendf(p, "%s the %s target is met", zLead, zP);
    return;
  }
  if( !(rTP>0.0) ){
    status_why_appendf(p, "%s the %s target is missed", zLead, zP);
    return;
  }
  rMiss = fabs(rTP - rP)/rTP*100.0;
  if( rMiss<0.05 ){
    status_why_appendf(p, "%s the %s target is missed by less than 0.1 %%",
                       zLead, zP);
  }else{
    status_why_appendf(p, "%s the %s target is missed by %s %%", zLead, zP,
                       status_fmt_pct(rMiss, zM));
  }
}

/*
** A growth goal whose deadline has passed.  The latest complete goal
** period from the deadline's period iDue on decides (the same rule as for
** level goals): its value at or beyond the target path's value for iDue
** is ACHIEVED, whether it is iDue's own figure or a later one (the
** sentence then names the deadline missed and the period the target was
** reached); else OVERDUE.  No complete period from iDue on: NO_DATA.
*/
static void growth_due(StatusCtx *p, int64_t b, double rB, int64_t iDue){
  const GoalSpec *g = p->pGoal;
  char zDue[11], zD[12], zL[12], zV[STATUS_NUMSZ], zT[STATUS_NUMSZ];
  char zM[STATUS_NUMSZ], zX[STATUS_NUMSZ];
  int64_t i, t = -1, cur = status_index_at(p->at, p->eGoal);
  StatusAgg a, aDue;
  GrowthFit f;
  date_format(g->deadline, zDue);
  status_fmt_period(p->eGoal, iDue, zD);
  for(i=cur; i>=iDue; i--){
    status_agg(p, p->eGoal, i, 0, 0, &a);
    if( a.bComplete ){
      t = i;
      break;
    }
  }
  if( t<0 ){
    status_why_appendf(p, "Due %s; no complete figure for %s yet.", zDue, zD);
    return;
  }
  status_agg(p, p->eGoal, iDue, 0, 0, &aDue);
  status_agg(p, p->eGoal, t, 0, 1, &a);
  growth_fit(g, rB, t - b, a.v, &f);
  f.rT = growth_path(g, rB, iDue - b);
  fit_to_result(p, &f, t);
  status_mark_baseline(p, g->baseline);
  status_fmt_num(f.rV, zV);
  status_fmt_num(f.rT, zT);
  status_fmt_period(p->eGoal, t, zL);
  if( t>iDue && aDue.bComplete ){
    status_agg(p, p->eGoal, iDue, 0, 1, &aDue);
  }
  if( reached(g, f.rV, f.rT) ){
    status_set(p, STATUS_ACHIEVED);
    if( t==iDue ){
      status_why_appendf(p, "%s was %s%s in %s, at or %s the %s on the"
                         " target path; the goal was due %s.", p->zNameCap,
                         zV, p->zUnit, zD, g->bDecrease ? "below" : "above",
                         zT, zDue);
    }else if( aDue.bComplete && !reached(g, aDue.v, f.rT) ){
      status_why_appendf(p, "Achieved after the deadline: due %s, %s was"
                         " %s%s in %s, short of the %s on the target path;"
                         " it reached %s%s in %s.", zDue, p->zName,
                         status_fmt_num(aDue.v, zX), p->zUnit, zD, zT, zV,
                         p->zUnit, zL);
    }else{
      status_why_appendf(p, "%s was %s%s in %s, at or %s the %s the target"
                         " path sets for %s; the goal was due %s.",
                         p->zNameCap, zV, p->zUnit, zL,
                         g->bDecrease ? "below" : "above", zT, zD, zDue);
    }
    return;
  }
  status_set(p, STATUS_OVERDUE);
  status_why_appendf(p, "Due %s; %s was %s%s in %s, ", zDue, p->zName, zV,
                     p->zUnit, zL);
  if( f.rT>0.0 ){
    status_why_appendf(p, "%s %% ",
                       status_fmt_pct(fabs(f.rT - f.rV)/f.rT*100.0, zM));
  }
  status_why_appendf(p, "%s the %s on the target path%s%s.",
                     g->bDecrease ? "above" : "short of", zT,
                     t>iDue ? " for " : "", t>iDue ? zD : "");
}

/*
** The first sentence of a judged growth goal: what the indicator did
** from the baseline to t, against the target, and the projection.
*/
static void growth_why(StatusCtx *p, const GrowthFit *f, int64_t b,
                       int64_t t, int bProj, const char *zYtd){
  const GoalSpec *g = p->pGoal;
  const StatusResult *r = p->pRes;
  char zB[12], zT[12], zP[12], zG[STATUS_NUMSZ], zR[STATUS_NUMSZ];
  char zV[STATUS_NUMSZ], zPath[STATUS_NUMSZ];
  status_fmt_period(p->eGoal, b, zB);
  status_fmt_period(p->eGoal, t, zT);
  status_fmt_pct(g->rTarget, zR);
  if( f->bCagr ){
    const char *zVerb = f->g<0.0 ? "fell" : "grew";
    status_fmt_pct(fabs(f->g)*100.0, zG);
    if( f->k==1 ){
      status_why_appendf(p, "%s %s %s %% in %s", p->zNameCap, zVerb, zG, zT);
    }else{
      status_why_appendf(p, "%s %s %s %% a %s from %s to %s", p->zNameCap,
                         zVerb, zG, status_freq_word(p->eGoal), zB, zT);
    }
  }else{
    status_why_appendf(p, "%s was %s%s in %s", p->zNameCap,
                       status_fmt_num(f->rV, zV), p->zUnit, zT);
  }
  if( r->eStatus==STATUS_ON_TRACK ){
    status_why_appendf(p, " against a %s %% %s%s target (%s vs %s%s on the"
                       " target path)", zR,
                       status_freq_adjective(p->eGoal),
                       g->bDecrease ? " reduction" : "",
                       status_fmt_num(f->rV, zV),
                       status_fmt_num(f->rT, zPath), p->zUnit);
  }else{
    status_why_appendf(p, " against a %s %%%s target%s", zR,
                       g->bDecrease ? " reduction" : "",
                       f->rRatio<0.0 ? ", a deterioration" : "");
  }
  if( bProj && (g->deadline!=DATE_NONE || r->eStatus!=STATUS_ON_TRACK
                || r->bYtdAgainst) ){
    period_format(r->projectAt, zP);
    why_projection(p, zP, r->rProjected, r->rTargetAt, zYtd);
  }
  status_why_appendf(p, ".");
}

/*
** Say why a closed goal period iRecent later than the judged period t was
** not judged: "2025 is not judged: it has data for 11 of 12 months."
*/
static void growth_skipped(StatusCtx *p, int64_t t, int64_t iRecent,
                           const StatusAgg *a){
  char zR[12], zT[12];
  if( iRecent<=t ) return;
  status_fmt_period(p->eGoal, iRecent, zR);
  status_fmt_period(p->eGoal, t, zT);
  if( a->nHave>0 ){
    status_why_appendf(p, " %s is judged: %s has data for %d of %d %ss.",
                       zT, zR, a->nHave, a->nSub,
                       status_freq_word(p->eInd));
  }else{
    status_why_appendf(p, " %s is judged: %s has no figure yet.", zT, zR);
  }
}

/*
** Year by year: the latest period t's own growth against what the target
** path requires from t-1 to t, named if its grade differs from the
** status (always for ACHIEVED, so that the year's own pace stays told).
*/
static void growth_year(StatusCtx *p, const GrowthFit *pF, double rB,
                        int64_t t){
  const GoalSpec *g = p->pGoal;
  char zX[12], zN[STATUS_NUMSZ], zN2[STATUS_NUMSZ];
  StatusAgg ap;
  double rT0, rReq, rG;
  if( pF->k<=1 ) return;
  rT0 = growth_path(g, rB, pF->k-1);
  status_agg(p, p->eGoal, t-1, 0, 0, &ap);
  if( ap.bComplete && ap.v>0.0 && pF->rV>0.0 && rT0>0.0 && pF->rT>0.0 ){
    status_agg(p, p->eGoal, t-1, 0, 1, &ap);
    rG = pF->rV/ap.v - 1.0;
    rReq = pF->rT/rT0 - 1.0;
    if( rReq!=0.0 && isfinite(rG)
     && status_grade(p, rG/rReq)!=p->pRes->eStatus ){
      status_why_appendf(p, " In %s alone it %s %s %% against the %s %%"
                         " required.",
                         status_fmt_period(p->eGoal, t, zX),
                         rG<0.0 ? "fell" : "grew",
                         status_fmt_pct(fabs(rG)*100.0, zN),
                         status_fmt_pct(fabs(rReq)*100.0, zN2));
    }
  }
}

/*
** Judge a GOAL_GROWTH (docs/status.md, "Growth").  The baseline value
** must be positive.  After the deadline the deadline's period decides.
** Otherwise the latest complete goal period t after the baseline is
** graded by the ratio of the observed to the required CAGR; when more
** than one period has passed the latest period's own growth is named if
** its grade differs; the observed pace is projected to the deadline's
** period (or to t+1); the year in progress is compared with the same
** months of the year before.
*/
void status_growth(StatusCtx *p){
  const GoalSpec *g = p->pGoal;
  int64_t b, t = -1, i, cur, iDue = -1, iP, iRecent = -1;
  int nPer, bProj = 0;
  double rB, rP, rTP;
  char zB[12], zX[12], zN[STATUS_NUMSZ];
  const char *zYtdProj = 0;
  StatusAgg a, aRecent;
  GrowthFit f;
  GrowthYtd ytd;
  if( !(g->rTarget>0.0) || (g->bDecrease && g->rTarget>=100.0) ){
    status_why_appendf(p, "The target rate must be a percentage above 0%s.",
                       g->bDecrease ? " and below 100" : "");
    return;
  }
  if( p->eGoal<p->eInd ){
    status_why_appendf(p, "%s is reported by %s, too coarse for a %s"
                       " target.", p->zNameCap, status_freq_word(p->eInd),
                       status_freq_adjective(p->eGoal));
    return;
  }
  if( !g->bHasBaseline || !status_period_ok(g->baseline) ){
    status_why_appendf(p, "No baseline period is set.");
    return;
  }
  if( g->baseline.eFreq!=(int8_t)p->eGoal ){
    period_format(g->baseline, zB);
    status_why_appendf(p, "The baseline period %s is not a %s, the goal's"
                       " period.", zB, status_freq_word(p->eGoal));
    return;
  }
  b = period_index(g->baseline);
  status_fmt_period(p->eGoal, b, zB);
  if( !baseline_value(p, g->baseline, &rB) ) return;
  if( !(rB>0.0) ){
    status_why_appendf(p, "A growth rate cannot be computed from a zero or"
                       " negative baseline (%s: %s).", zB,
                       status_fmt_num(rB, zN));
    return;
  }
  if( g->deadline!=DATE_NONE ){
    iDue = status_index_at(g->deadline, p->eGoal);
    if( iDue<=b ){
      date_format(g->deadline, zX);
      status_why_appendf(p, "The deadline %s falls in or before the baseline"
                         " period %s.", zX, zB);
      return;
    }
    if( p->at>g->deadline ){
      growth_due(p, b, rB, iDue);
      return;
    }
  }

  /* The latest complete goal period after the baseline. */
  nPer = status_sub_count(p, p->eGoal);
  cur = status_index_at(p->at, p->eGoal);
  memset(&aRecent, 0, sizeof(aRecent));
  for(i=cur; i>b && i>=p->iFirst/nPer; i--){
    status_agg(p, p->eGoal, i, 0, 0, &a);
    if( iRecent<0 && a.bDateComplete ){
      aRecent = a;
      iRecent = i;
    }
    if( a.bComplete ){
      t = i;
      break;
    }
  }
  if( t<0 ){
    status_why_appendf(p, "No complete %s after the %s baseline yet",
                       status_freq_word(p->eGoal), zB);
    if( iRecent>=cur-1 && aRecent.nHave>0 ){
      status_why_appendf(p, " (%s has data for %d of %d %ss)",
                         status_fmt_period(p->eGoal, iRecent, zX),
                         aRecent.nHave, aRecent.nSub,
                         status_freq_word(p->eInd));
    }
    status_why_appendf(p, ".");
    growth_ytd_get(p, b, &ytd);
    growth_ytd_say(p, &ytd, b);
    return;
  }
  if( status_stale(p, p->eGoal, t) ) return;
  growth_ytd_get(p, t, &ytd);
  if( ytd.bOk && ytd.y!=t+1 ) ytd.bOk = 0;

  /* Grade the progress since the baseline. */
  status_agg(p, p->eGoal, t, 0, 1, &a);
  growth_fit(g, rB, t - b, a.v, &f);
  if( isnan(f.rRatio) ){
    status_why_appendf(p, "The progress of %s cannot be computed.",
                       p->zName);
    return;
  }
  status_set(p, status_grade(p, f.rRatio));
  fit_to_result(p, &f, t);
  status_mark_baseline(p, g->baseline);
  if( iDue>=0 && reached(g, f.rV, growth_path(g, rB, iDue - b)) ){
    status_set(p, STATUS_ACHIEVED);
  }
  growth_ytd_against(p, &ytd, rB, t - b);
  if( iDue>=0 && reached(g, f.rV, growth_path(g, rB, iDue - b)) ){
    /* The value the target sets for the deadline is already reached. */
    char zPath[STATUS_NUMSZ], zDueP[12];
    status_set(p, STATUS_ACHIEVED);
    status_fmt_period(p->eGoal, iDue, zDueP);
    status_fmt_num(growth_path(g, rB, iDue - b), zPath);
    status_why_appendf(p, "%s was %s%s in %s, already at or %s the %s the"
                       " target path sets for %s, the deadline's %s.",
                       p->zNameCap, status_fmt_num(f.rV, zN), p->zUnit,
                       status_fmt_period(p->eGoal, t, zX),
                       g->bDecrease ? "below" : "above", zPath, zDueP,
                       status_freq_word(p->eGoal));
    growth_skipped(p, t, iRecent, &aRecent);
    growth_year(p, &f, rB, t);
    growth_ytd_say(p, &ytd, t);
    return;
  }

  /* Project to the deadline's period, or to the next period. */
  iP = iDue>=0 ? iDue : t+1;
  rP = growth_project(&f, iP - t);
  if( ytd.bOk ){
    /* The year in progress, t+1, at its change so far, then the
    ** observed pace from there. */
    GrowthFit fy = f;
    fy.rV = f.rV*(1.0 + ytd.rPct/100.0);
    rP = iP>t+1 ? growth_project(&fy, iP - t - 1) : fy.rV;
    zYtdProj = ytd.zCur;
  }
  rTP = growth_path(g, rB, iP - b);
  if( isfinite(rP) && isfinite(rTP) ){
    p->pRes->bProjection = bProj = 1;
    p->pRes->rProjected = rP;
    p->pRes->rTargetAt = rTP;
    p->pRes->projectAt = period_from_index(p->eGoal, iP);
  }
  growth_why(p, &f, b, t, bProj, zYtdProj);
  growth_skipped(p, t, iRecent, &aRecent);
  growth_year(p, &f, rB, t);
  growth_ytd_say(p, &ytd, t);
}

/*
** The tail of a graded level sentence: the projection at the observed
** pace since the baseline, and how far it misses the target.
*/
static void level_why_pace(StatusCtx *p, const char *zBp, int bCagr,
                           double g, double rProj){
  const GoalSpec *gl = p->pGoal;
  char zG[STATUS_NUMSZ], zP[STATUS_NUMSZ];
  status_why_appendf(p, "; at the pace since %s", zBp);
  if( bCagr ){
    status_why_appendf(p, " (%s %% a year)", status_fmt_pct(g*100.0, zG));
  }
  status_why_appendf(p, " it would reach %s by then",
                     status_fmt_num(rProj, zP));
  if( !reached(gl, rProj, gl->rTarget) && gl->rTarget!=0.0 ){
    status_why_appendf(p, ", %s %% %s",
      status_fmt_pct(fabs(gl->rTarget - rProj)/fabs(gl->rTarget)*100.0, zG),
      gl->bDecrease ? "above the target" : "short");
  }
  status_why_appendf(p, ".");
}

/*
** Judge a GOAL_LEVEL (docs/status.md, "Level").  The latest figure at the
** indicator's own frequency (a complete period if there is one) meeting
** the target is ACHIEVED; after the deadline, OVERDUE.  Otherwise the
** progress since the baseline is graded: with a deadline by the ratio of
** observed to required CAGR over fractional years (linear when a value is
** not positive), without one by its direction alone.
*/
void status_level(StatusCtx *p){
  const GoalSpec *g = p->pGoal;
  StatusResult *r = p->pRes;
  int64_t t = -1, i;
  double rV = 0.0, rB = 0.0, rT = g->rTarget, rK, rKK, rG = 0.0, rRatio;
  double rN, rProj;
  int bCagr = 0;
  Period pt, bp = g->baseline;
  char zV[STATUS_NUMSZ], zT[STATUS_NUMSZ], zB[STATUS_NUMSZ], zM[STATUS_NUMSZ];
  char zPt[12], zBp[12], zDue[11];

  for(i=p->iLast; i>=p->iFirst; i--){
    if( !p->aSlot[i - p->iFirst].bHas ) continue;
    if( t<0 ) t = i;
    if( period_end(period_from_index(p->eInd, i))<=p->at ){
      t = i;
      break;
    }
  }
  if( t<0 ){
    status_why_appendf(p, "No figure for %s has been reported.", p->zName);
    return;
  }
  status_slot_get(p, t, &rV, 1);
  pt = period_from_index(p->eInd, t);
  {
    const StatusSlot *s = &p->aSlot[t - p->iFirst];
    status_fig_add(p, pt, rV, s->iSource, 1, 1, s->bRevised, s->bPref);
  }
  if( (g->deadline==DATE_NONE || p->at<=g->deadline)
   && status_stale(p, p->eInd, t) ){
    return;
  }
  period_format(pt, zPt);
  r->latest = pt;
  r->bLatest = 1;
  r->rLatest = rV;
  status_fmt_num(rV, zV);
  status_fmt_num(rT, zT);
  date_format(g->deadline, zDue);
  if( reached(g, rV, rT) ){
    status_set(p, STATUS_ACHIEVED);
    status_why_appendf(p, "%s was %s%s in %s, meeting the target of %s",
                       p->zNameCap, zV, p->zUnit, zPt, zT);
    if( g->deadline!=DATE_NONE && period_start(pt)>g->deadline ){
      status_why_appendf(p, " after the %s deadline", zDue);
    }
    status_why_appendf(p, ".");
    return;
  }
  if( g->deadline!=DATE_NONE && p->at>g->deadline ){
    status_set(p, STATUS_OVERDUE);
    status_why_appendf(p, "Due %s; %s was %s%s in %s, ", zDue, p->zName, zV,
                       p->zUnit, zPt);
    if( rT!=0.0 ){
      status_why_appendf(p, "%s %% ",
                         status_fmt_pct(fabs(rT - rV)/fabs(rT)*100.0, zM));
    }
    status_why_appendf(p, "%s the target of %s.",
                       g->bDecrease ? "above" : "short of", zT);
    return;
  }
  if( !g->bHasBaseline || !status_period_ok(bp)
   || bp.eFreq<(int8_t)p->eInd ){
    status_why_appendf(p, "%s was %s%s in %s against a target of %s; no"
                       " usable baseline is set, so progress cannot be"
                       " judged.", p->zNameCap, zV, p->zUnit, zPt, zT);
    return;
  }
  period_format(bp, zBp);
  if( !baseline_value(p, bp, &rB) ) return;
  status_fmt_num(rB, zB);
  rK = (double)(period_end(pt) - period_end(bp))/365.2425;
  if( !(rK>0.0) ){
    status_why_appendf(p, "%s was %s%s in %s; no figure after the %s"
                       " baseline yet.", p->zNameCap, zV, p->zUnit, zPt,
                       zBp);
    return;
  }
  if( g->bDecrease ? !(rT<rB) : !(rT>rB) ){
    status_set(p, STATUS_OFF_TRACK);
    status_why_appendf(p, "%s was %s%s in %s, no longer meeting the target"
                       " of %s that the %s baseline (%s) met.", p->zNameCap,
                       zV, p->zUnit, zPt, zT, zBp, zB);
    return;
  }
  if( g->deadline==DATE_NONE ){
    int bToward = g->bDecrease ? rV<rB : rV>rB;
    status_set(p, bToward ? STATUS_ON_TRACK : STATUS_OFF_TRACK);
    if( rV==rB ){
      status_why_appendf(p, "%s was %s%s in %s, unchanged since the %s"
                         " baseline and short of the target of %s",
                         p->zNameCap, zV, p->zUnit, zPt, zBp, zT);
    }else{
      status_why_appendf(p, "%s was %s%s in %s, %s from %s in %s, moving"
                         " %s the target of %s", p->zNameCap, zV, p->zUnit,
                         zPt, rV>rB ? "up" : "down", zB, zBp,
                         bToward ? "towards" : "away from", zT);
    }
    status_why_appendf(p, "; no deadline is set.");
    return;
  }
  rKK = (double)(g->deadline - period_end(bp))/365.2425;
  if( !(rKK>0.0) ){
    status_why_appendf(p, "The deadline %s falls before the end of the"
                       " baseline period %s.", zDue, zBp);
    return;
  }
  rN = rKK>rK ? rKK - rK : 0.0;
  if( rB>0.0 && rT>0.0 && rV>0.0 ){
    bCagr = 1;
    rG = pow(rV/rB, 1.0/rK) - 1.0;
    rRatio = rG/(pow(rT/rB, 1.0/rKK) - 1.0);
    rProj = rV*pow(1.0+rG, rN);
  }else{
    rRatio = ((rV - rB)/rK)/((rT - rB)/rKK);
    rProj = rV + (rV - rB)/rK*rN;
  }
  if( isnan(rRatio) ){
    status_why_appendf(p, "The progress of %s cannot be computed.",
                       p->zName);
    return;
  }
  status_set(p, status_grade(p, rRatio));
  r->bRatio = isfinite(rRatio);
  r->rRatio = r->bRatio ? rRatio : 0.0;
  r->bObservedRate = bCagr && isfinite(rG);
  r->rObservedRate = r->bObservedRate ? rG*100.0 : 0.0;
  if( isfinite(rProj) ){
    r->bProjection = 1;
    r->rProjected = rProj;
    r->rTargetAt = rT;
    r->projectAt = period_containing(g->deadline, p->eInd);
  }
  status_why_appendf(p, "%s was %s%s in %s against a target of %s by %s",
                     p->zNameCap, zV, p->zUnit, zPt, zT, zDue);
  if( rRatio<0.0 ){
    status_why_appendf(p, ", %s from %s in %s: a deterioration.",
                       rV>rB ? "up" : "down", zB, zBp);
  }else if( r->bProjection ){
    level_why_pace(p, zBp, bCagr, rG, rProj);
  }else{
    status_why_appendf(p, ".");
  }
}
