/*
** tests/unit/status_event.c: events for count goals, "not reported"
** periods, limits ("at most N") and count windows judged by what lies
** within them (docs/status.md, "Count per period", "Count within a
** window", "Events").
**
** An event counts one in the indicator period of its day; two events in
** one year are two, never competing readings; a period with events is
** judged on them, its reported counts shown beside; a closed period with
** nothing reported counts as missed; a window counts only the periods
** and events that lie within it.  Every fixture is also judged after its
** entries are shuffled: the order of entry changes no status.
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

static ObsPoint aObs[200];
static int nObs = 0;
static StatusResult res;
static const StatusSource aSrcName[] = {
  { 1, "Ministry of Defence" },
  { 2, "U.S. Embassy" },
};

static Date D(const char *z){
  Date d = 0;
  if( date_parse(z, &d) ){ fprintf(stderr, "bad date %s\n", z); exit(2); }
  return d;
}
static Period P(const char *z){
  Period p;
  memset(&p, 0, sizeof(p));
  if( period_parse(z, &p) ){ fprintf(stderr, "bad period %s\n", z); exit(2); }
  return p;
}
/* An event on day zDay, from source iSrc. */
static void ev(const char *zDay, int64_t iSrc){
  ObsPoint *o = &aObs[nObs];
  memset(o, 0, sizeof(*o));
  o->bEvent = 1;
  o->day = D(zDay);
  o->value = 1.0;
  o->iSource = iSrc;
  o->iSeq = nObs+1;
  nObs++;
}
/* A reported count (an observation) of period zP. */
static void obs(const char *zP, double v, int64_t iSrc){
  ObsPoint *o = &aObs[nObs];
  memset(o, 0, sizeof(*o));
  o->period = P(zP);
  o->value = v;
  o->iSource = iSrc;
  o->iSeq = nObs+1;
  nObs++;
}
static void goal_count(GoalSpec *g, GoalKind e, Freq eInd){
  memset(g, 0, sizeof(*g));
  g->eKind = e;
  g->zIndicator = "joint military exercises";
  g->eIndFreq = eInd;
  g->eAgg = AGG_SUM;
  g->ePeriod = FREQ_YEAR;
  g->rTarget = 3.0;
  g->bHasTarget = 1;
  g->start = g->deadline = g->startedOn = g->achievedOn = DATE_NONE;
  g->aSource = aSrcName;
  g->nSource = 2;
}
static Status run(const GoalSpec *g, const char *zAt){
  return status_compute(g, aObs, nObs, D(zAt), 0, &res);
}

/* A small generator with a fixed seed. */
static uint64_t iRand = 20261206;
static uint32_t rnd(void){
  iRand = iRand*6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(iRand>>33);
}

/*
** Judge g at zAt, then 30 times with the entries shuffled and the
** events' entry numbers drawn anew: the status and the sentence never
** change (events have no revisions, so no order between them matters).
*/
static void same_in_any_order(const GoalSpec *g, const char *zAt){
  static ObsPoint aSave[200];
  StatusResult r0;
  int k, i, nBad = 0;
  run(g, zAt);
  r0 = res;
  memcpy(aSave, aObs, sizeof(ObsPoint)*(size_t)nObs);
  for(k=0; k<30; k++){
    for(i=nObs-1; i>0; i--){
      int j = (int)(rnd()%(uint32_t)(i+1));
      ObsPoint t = aObs[i]; aObs[i] = aObs[j]; aObs[j] = t;
    }
    for(i=0; i<nObs; i++){
      /* Events are entered in any order; a reported count keeps its
      ** entry number (a later one of the same source is a revision). */
      if( aObs[i].bEvent ) aObs[i].iSeq = (int64_t)(rnd()%100000) + 1;
    }
    run(g, zAt);
    if( res.eStatus!=r0.eStatus || strcmp(res.zWhy, r0.zWhy)!=0 ){
      if( nBad++<3 ) fprintf(stderr, "order changed: %s | %s\n", r0.zWhy,
                             res.zWhy);
    }
  }
  memcpy(aObs, aSave, sizeof(ObsPoint)*(size_t)nObs);
  INT_EQ(nBad, 0);
}

static void test_events_add_up(void){
  GoalSpec g;
  goal_count(&g, GOAL_COUNT_PERIOD, FREQ_YEAR);
  g.start = D("2025-01-01");
  nObs = 0;
  /* Two exercises in one year are two, whatever their sources. */
  ev("2025-06-09", 1);
  ev("2025-09-15", 2);
  ev("2025-11-02", 1);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "2025 met the target with 3 (several sources).");
  INT_EQ(res.nConflict, 0);
  OK( res.nFig>=1 && res.aFig[0].bEvents );
  same_in_any_order(&g, "2026-03-01");
  /* Two events of one source on one day are two as well. */
  nObs = 0;
  ev("2025-06-09", 1);
  ev("2025-06-09", 1);
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_EQ(res.zWhy, "2 joint military exercises in 2025 against at least 3"
         " (Ministry of Defence).");
  /* A reported count beside the events is shown, not graded, and does
  ** not make a conflict. */
  obs("2025", 5.0, 2);
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  INT_EQ(res.nConflict, 0);
  same_in_any_order(&g, "2026-03-01");
  /* An event after the date asked does not count yet. */
  nObs = 0;
  ev("2026-02-01", 0);
  ev("2026-06-09", 0);
  INT_EQ(run(&g, "2025-12-31"), STATUS_AT_RISK);
  STR_HAS(res.zWhy, "0 of at least 3 joint military exercises so far in"
          " 2025");
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, "Nothing reported for 2025");
  STR_HAS(res.zWhy, "1 so far in 2026.");
  /* A monthly indicator: events fall in their month, months add up. */
  goal_count(&g, GOAL_COUNT_PERIOD, FREQ_MONTH);
  nObs = 0;
  ev("2025-01-31", 0);
  ev("2025-02-01", 0);
  ev("2025-12-31", 0);
  INT_EQ(run(&g, "2026-01-15"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "2025 met the target with 3");
  same_in_any_order(&g, "2026-01-15");
}

static void test_not_reported(void){
  GoalSpec g;
  goal_count(&g, GOAL_COUNT_PERIOD, FREQ_YEAR);
  g.start = D("2025-01-01");
  g.deadline = D("2027-12-31");
  nObs = 0;
  ev("2025-03-01", 0); ev("2025-04-01", 0); ev("2025-05-01", 0);
  ev("2027-03-01", 0); ev("2027-04-01", 0); ev("2027-05-01", 0);
  /* 2026: nothing reported.  Before the deadline it is off track ... */
  INT_EQ(run(&g, "2027-02-01"), STATUS_OFF_TRACK);
  OK( res.bNotReported );
  OK( res.bLatest && period_cmp(res.latest, P("2026"))==0 );
  /* ... after it, overdue: never better than a reported shortfall. */
  INT_EQ(run(&g, "2028-01-01"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2027-12-31; the target of at least 3 joint military"
         " exercises a year was missed in 1 of 3 years (2026: not"
         " reported). A year with nothing reported counts as missed.");
  {
    int i, nMissing = 0;
    for(i=0; i<res.nFig; i++) nMissing += res.aFig[i].bMissing;
    INT_EQ(nMissing, 1);
  }
  /* A shortfall reported reads the same status as nothing reported. */
  ev("2026-05-01", 0);
  INT_EQ(run(&g, "2028-01-01"), STATUS_OVERDUE);
  STR_HAS(res.zWhy, "(2026: 1)");
  same_in_any_order(&g, "2028-01-01");
  /* Nothing at all since the start: missed, not "no data". */
  nObs = 0;
  INT_EQ(run(&g, "2028-01-01"), STATUS_OVERDUE);
  STR_HAS(res.zWhy, "missed in 3 of 3 years (2027: not reported; 2026: not"
          " reported; 2025: not reported)");
  /* Without a start nothing anchors the first period: no data. */
  g.start = DATE_NONE;
  g.deadline = DATE_NONE;
  INT_EQ(run(&g, "2028-01-01"), STATUS_NO_DATA);
}

static void test_at_most(void){
  GoalSpec g;
  goal_count(&g, GOAL_COUNT_PERIOD, FREQ_YEAR);
  g.zIndicator = "incidents";
  g.rTarget = 2.0;
  g.bDecrease = 1;
  g.start = D("2025-01-01");
  nObs = 0;
  /* "at most 2 incidents" with 5 is not on track. */
  obs("2025", 5.0, 0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_EQ(res.zWhy, "5 incidents in 2025 against at most 2.");
  nObs = 0;
  obs("2025", 1.0, 0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  STR_EQ(res.zWhy, "0 of at most 2 incidents so far in 2026, with 84 % of"
         " the year left. 2025 met the target with 1.");
  OK( !res.bRatio );
  /* Within the year: above the limit already is off track; ahead of the
  ** allowance for the time elapsed is at risk. */
  ev("2026-01-10", 0); ev("2026-02-10", 0); ev("2026-02-20", 0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_EQ(res.zWhy, "3 incidents so far in 2026, above the limit of at most"
         " 2. 2025 met the target with 1.");
  nObs = 1;
  ev("2026-01-10", 0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_AT_RISK);
  INT_EQ(run(&g, "2026-09-01"), STATUS_ON_TRACK);
  /* A year with nothing reported is missed for a limit too: report a
  ** count of 0 to say that nothing happened. */
  nObs = 0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, "Nothing reported for 2025, against at most 2");
  obs("2025", 0.0, 0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  /* After the deadline. */
  g.deadline = D("2026-12-31");
  obs("2026", 2.0, 0);
  INT_EQ(run(&g, "2027-01-01"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "The target of at most 2 incidents a year was met in"
         " every year from 2025 to 2026.");
  obs("2026", 3.0, 0);   /* a revision of the same source */
  INT_EQ(run(&g, "2027-01-01"), STATUS_OVERDUE);
  STR_HAS(res.zWhy, "at most 2 incidents a year was missed in 1 of 2 years"
          " (2026: 3)");
  same_in_any_order(&g, "2027-01-01");

  /* A window with a limit. */
  goal_count(&g, GOAL_COUNT_WINDOW, FREQ_MONTH);
  g.zIndicator = "incidents";
  g.rTarget = 2.0;
  g.bDecrease = 1;
  g.start = D("2025-01-01");
  g.deadline = D("2026-12-31");
  nObs = 0;
  ev("2025-03-01", 0);
  INT_EQ(run(&g, "2025-12-31"), STATUS_ON_TRACK);
  ev("2025-04-01", 0);
  INT_EQ(run(&g, "2025-06-01"), STATUS_AT_RISK);
  STR_HAS(res.zWhy, "2 of at most 2 incidents since 2025-01-01");
  INT_EQ(run(&g, "2027-01-01"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "2 incidents since 2025-01-01 to 2026-12-31, within the"
         " limit of at most 2.");
  ev("2026-04-01", 0);
  INT_EQ(run(&g, "2026-05-01"), STATUS_OFF_TRACK);
  STR_EQ(res.zWhy, "3 incidents since 2025-01-01, above the limit of at most"
         " 2.");
  INT_EQ(run(&g, "2027-01-01"), STATUS_OVERDUE);
  same_in_any_order(&g, "2027-01-01");
}

static void test_window_within(void){
  GoalSpec g;
  goal_count(&g, GOAL_COUNT_WINDOW, FREQ_YEAR);
  g.zIndicator = "major agreements";
  g.start = D("2025-01-20");
  g.deadline = D("2028-01-19");
  nObs = 0;
  obs("2026", 2.0, 0);
  /* A yearly figure for 2028, the year the window ends in January,
  ** does not lie within it and does not complete it. */
  obs("2028", 1.0, 0);
  INT_EQ(run(&g, "2028-03-01"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2028-01-19; 2 of at least 3 major agreements since"
         " 2025-01-20.");
  /* Nor does 2025, which opens before the window. */
  obs("2025", 1.0, 0);
  INT_EQ(run(&g, "2028-03-01"), STATUS_OVERDUE);
  /* Events count by their day: 2028-01-10 lies within, 2028-01-25 not. */
  ev("2028-01-25", 0);
  INT_EQ(run(&g, "2028-03-01"), STATUS_OVERDUE);
  ev("2028-01-10", 0);
  INT_EQ(run(&g, "2028-03-01"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "3 major agreements since 2025-01-20, meeting the target"
         " of at least 3.");
  same_in_any_order(&g, "2028-03-01");
  /* Events before the start do not count either. */
  nObs = 0;
  ev("2025-01-19", 0);
  ev("2025-01-20", 0);
  INT_EQ(run(&g, "2025-03-01"), STATUS_ON_TRACK);
  NEAR(res.rLatest, 1.0, 1e-9);
}

int main(void){
  test_events_add_up();
  test_not_reported();
  test_at_most();
  test_window_within();
  HARNESS_END("unit/status_event");
}
