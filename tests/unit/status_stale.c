/*
** tests/unit/status_stale.c: staleness and completeness in words
** (docs/status.md, "Staleness and completeness" and "The year in
** progress"): the sentence names the period judged and why a later one
** was not; a figure older than the dialogue's limit is No data, "no
** figure since 2019"; the year to date uses complete months only, warns
** when it runs against a favourable verdict, and starts the projection;
** each goal counts the periods due and reported.  Every fixture is also
** judged with its entries shuffled: the order changes no status.
*/
#define _POSIX_C_SOURCE 200809L   /* gmtime_r in period.c */

#include "../../src/core/period.c"
#include "../../src/core/status.c"
#include "../../src/core/status_series.c"
#include "../../src/core/status_source.c"
#include "../../src/core/status_growth.c"
#include "../../src/core/status_count.c"
#include "../../src/core/status_stale.c"
#include "../../src/core/status_say.c"
#include "../../src/core/l10n.c"
#include "harness.h"

#include <stdint.h>
#include <stdlib.h>

static ObsPoint aObs[400];
static int nObs = 0;
static StatusResult res;

static Date D(const char *z){
  Date d = 0;
  if( date_parse(z, &d) ){ fprintf(stderr, "bad date %s\n", z); exit(2); }
  return d;
}
static void obs(const char *zP, double v){
  ObsPoint *o = &aObs[nObs];
  memset(o, 0, sizeof(*o));
  if( period_parse(zP, &o->period) ){ fprintf(stderr, "bad %s\n", zP); exit(2); }
  o->value = v;
  o->iSeq = nObs+1;
  nObs++;
}
/* Months 1..n of year y, each of value v. */
static void months(int y, int n, double v){
  char z[16];
  int m;
  for(m=1; m<=n; m++){
    snprintf(z, sizeof(z), "%04d-%02d", y, m);
    obs(z, v);
  }
}
static void goal_growth(GoalSpec *g, Freq eInd){
  memset(g, 0, sizeof(*g));
  g->eKind = GOAL_GROWTH;
  g->zIndicator = "total trade";
  g->zUnit = "million USD";
  g->eIndFreq = eInd;
  g->eAgg = AGG_SUM;
  g->ePeriod = FREQ_YEAR;
  g->rTarget = 10.0;
  g->bHasTarget = 1;
  g->bCompound = 1;
  g->baseline.eFreq = FREQ_YEAR;
  g->baseline.year = 2023;
  g->baseline.n = 0;
  g->bHasBaseline = 1;
  g->start = g->deadline = g->startedOn = g->achievedOn = DATE_NONE;
}
static Status run(const GoalSpec *g, const char *zAt){
  return status_compute(g, aObs, nObs, D(zAt), 0, &res);
}

static uint64_t iRand = 20261206;
static uint32_t rnd(void){
  iRand = iRand*6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(iRand>>33);
}
/* The status, sentence and counts of g at zAt do not depend on the order
** of the entries (each period has one value here, so no revisions). */
static void same_in_any_order(const GoalSpec *g, const char *zAt){
  static ObsPoint aSave[400];
  StatusResult r0;
  int k, i, nBad = 0;
  run(g, zAt);
  r0 = res;
  memcpy(aSave, aObs, sizeof(ObsPoint)*(size_t)nObs);
  for(k=0; k<20; k++){
    for(i=nObs-1; i>0; i--){
      int j = (int)(rnd()%(uint32_t)(i+1));
      ObsPoint t = aObs[i]; aObs[i] = aObs[j]; aObs[j] = t;
    }
    for(i=0; i<nObs; i++) aObs[i].iSeq = (int64_t)(rnd()%100000) + 1;
    run(g, zAt);
    if( res.eStatus!=r0.eStatus || strcmp(res.zWhy, r0.zWhy)!=0
     || res.nDue!=r0.nDue || res.nReported!=r0.nReported
     || res.bYtdAgainst!=r0.bYtdAgainst ){
      nBad++;
    }
  }
  memcpy(aObs, aSave, sizeof(ObsPoint)*(size_t)nObs);
  INT_EQ(nBad, 0);
}

/* The period judged, and why a later one was not. */
static void test_period_named(void){
  GoalSpec g;
  goal_growth(&g, FREQ_MONTH);
  nObs = 0;
  months(2023, 12, 100.0);
  months(2024, 12, 112.0);
  months(2025, 11, 120.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "grew 12.0 % in 2024");
  STR_HAS(res.zWhy, " 2024 is judged: 2025 has data for 11 of 12 months.");
  OK( res.bLatest && res.latest.year==2024 );
  /* Completeness: 2024 and 2025 were due, 2024 is complete. */
  INT_EQ(res.nDue, 2);
  INT_EQ(res.nReported, 1);
  same_in_any_order(&g, "2026-03-01");
  /* The twelfth month arrives: 2025 is judged, nothing to explain. */
  obs("2025-12", 120.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "grew 9.5 % a year from 2023 to 2025");
  OK( strstr(res.zWhy, "is judged")==0 );
  INT_EQ(res.nReported, 2);
}

/* A series that stopped years ago is No data. */
static void test_stale(void){
  GoalSpec g;
  StatusConfig c;
  goal_growth(&g, FREQ_YEAR);
  nObs = 0;
  obs("2023", 100.0);
  obs("2024", 112.0);
  INT_EQ(run(&g, "2025-06-01"), STATUS_ON_TRACK);
  INT_EQ(run(&g, "2026-06-01"), STATUS_ON_TRACK);   /* 2025 missing */
  STR_HAS(res.zWhy, " 2024 is judged: 2025 has no figure yet.");
  INT_EQ(run(&g, "2027-01-01"), STATUS_NO_DATA);     /* 2025, 2026 */
  STR_EQ(res.zWhy, "No figure since 2024: total trade has no complete year"
         " from 2025 to 2026, and a figure more than 2 years old is not"
         " graded.");
  INT_EQ(res.nDue, 3);
  INT_EQ(res.nReported, 1);
  same_in_any_order(&g, "2027-01-01");
  /* The limit is the dialogue's. */
  status_config_default(&c);
  c.nStalePeriods = 5;
  status_compute(&g, aObs, nObs, D("2027-01-01"), &c, &res);
  INT_EQ(res.eStatus, STATUS_ON_TRACK);
  c.nStalePeriods = 0;   /* unusable: the default */
  status_compute(&g, aObs, nObs, D("2027-01-01"), &c, &res);
  INT_EQ(res.eStatus, STATUS_NO_DATA);
  /* After the deadline the deadline's period decides, as before. */
  g.deadline = D("2024-12-31");
  INT_EQ(run(&g, "2030-01-01"), STATUS_ACHIEVED);

  /* A level goal: the indicator's own periods. */
  memset(&g, 0, sizeof(g));
  g.eKind = GOAL_LEVEL;
  g.zIndicator = "employees";
  g.eIndFreq = FREQ_YEAR;
  g.rTarget = 40000.0;
  g.bHasTarget = 1;
  g.baseline.eFreq = FREQ_YEAR;
  g.baseline.year = 2018;
  g.bHasBaseline = 1;
  g.start = g.startedOn = g.achievedOn = DATE_NONE;
  g.deadline = D("2030-12-31");
  nObs = 0;
  obs("2018", 20000.0);
  obs("2019", 30000.0);
  INT_EQ(run(&g, "2020-06-01"), STATUS_ON_TRACK);
  INT_EQ(run(&g, "2026-06-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "No figure since 2019:");
  INT_EQ(res.nDue, 7);
  INT_EQ(res.nReported, 1);
  g.deadline = D("2022-12-31");
  INT_EQ(run(&g, "2026-06-01"), STATUS_OVERDUE);
}

/* The year to date: complete months only; the warning; the projection. */
static void test_ytd(void){
  GoalSpec g;
  goal_growth(&g, FREQ_MONTH);
  g.deadline = D("2027-12-31");
  nObs = 0;
  months(2024, 12, 100.0);
  months(2025, 12, 115.0);
  months(2026, 7, 130.0);
  obs("2023", 0.0);   /* another frequency: ignored */
  g.baseline.year = 2024;
  /* 2026-07-15: July is not over, its value is not compared yet. */
  INT_EQ(run(&g, "2026-07-15"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "January\xe2\x80\x93June 2026 is 13.0 % above"
          " January\xe2\x80\x93June 2025.");
  OK( res.bYtd && !res.bYtdAgainst );
  STR_HAS(res.zWhy, "at this rate from January\xe2\x80\x93June 2026 the 2027"
          " target is");
  same_in_any_order(&g, "2026-07-15");
  /* A fall in the year in progress against an on-track verdict. */
  nObs = 0;
  months(2024, 12, 100.0);
  months(2025, 12, 115.0);
  months(2026, 6, 100.0);
  INT_EQ(run(&g, "2026-07-15"), STATUS_ON_TRACK);
  OK( res.bYtdAgainst );
  NEAR(res.rYtdPct, -13.0435, 1e-3);
  STR_HAS(res.zWhy, "January\xe2\x80\x93June 2026 is 13.0 % below"
          " January\xe2\x80\x93June 2025, against the verdict on 2025.");
  /* From 2026 at -13 % (1,200), then +15 % a year: 1,380 in 2027. */
  NEAR(res.rProjected, 1200.0*1.15, 1e-6);
  /* With +4.3 % so far, far below the 10 % the path requires, too. */
  months(2026, 6, 0.0);
  nObs -= 6;
  {
    int i;
    for(i=24; i<30; i++) aObs[i].value = 120.0;
  }
  INT_EQ(run(&g, "2026-07-15"), STATUS_ON_TRACK);
  OK( res.bYtdAgainst );
  STR_HAS(res.zWhy, "4.3 % above January\xe2\x80\x93June 2025, against the"
          " verdict on 2025.");
  same_in_any_order(&g, "2026-07-15");
}

/* Count goals count closed periods from their start. */
static void test_count_completeness(void){
  GoalSpec g;
  memset(&g, 0, sizeof(g));
  g.eKind = GOAL_COUNT_PERIOD;
  g.zIndicator = "exercises";
  g.eIndFreq = FREQ_YEAR;
  g.ePeriod = FREQ_YEAR;
  g.rTarget = 3.0;
  g.bHasTarget = 1;
  g.start = D("2025-01-01");
  g.deadline = g.startedOn = g.achievedOn = DATE_NONE;
  nObs = 0;
  obs("2025", 3.0);
  INT_EQ(run(&g, "2027-02-01"), STATUS_OFF_TRACK);   /* 2026 not reported */
  INT_EQ(res.nDue, 2);
  INT_EQ(res.nReported, 1);
  g.eKind = GOAL_MILESTONE;
  run(&g, "2027-02-01");
  INT_EQ(res.nDue, 0);
}

int main(void){
  test_period_named();
  test_stale();
  test_ytd();
  test_count_completeness();
  HARNESS_END("unit/status_stale");
}
