/*
** tests/unit/status_order.c: the order in which values were entered never
** changes a status or its sentence (docs/status.md, "Sources").
**
** Fixtures with several sources per indicator (disagreeing and agreeing
** periods, revisions, values without a source, a preferred value) are
** judged for goals of every kind that reads observations, at several
** dates; then the observations are entered again in 40 seeded random
** orders: the array is shuffled and the entry numbers (iSeq) drawn
** anew, keeping only the order between values of one source for one
** period (the later is a revision, by definition).  Every status,
** sentence, conflict count and named source must stay the same.
**
** An owner's choice (docs/status.md 2.4) is made at one point of the
** entry: the values entered before it are those it covers, and a later
** disagreeing value of another source reopens it.  The orders keep that
** point: values entered before the choice are shuffled among
** themselves, and so are those after it.  The reopened choice must read
** the same in every order.
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

#define MAXOBS 400
static ObsPoint aObs[MAXOBS];
static int nObs = 0;
static unsigned char aAfter[MAXOBS];  /* entered after the owner's choice */
static int bChosen = 0;               /* the owner chose: later adds are
                                      ** after the choice */

/* Entry numbers after the choice are drawn above this one. */
#define CHOICE_SEQ ((int64_t)100000*MAXOBS)
static const StatusSource aSrcName[] = {
  { 1, "U.S. Census Bureau" },
  { 2, "Statistical Office of Serbia" },
  { 3, "IPESE" },
};

/* A small generator with a fixed seed, the same on every machine. */
static uint64_t iRand = 20261206;
static uint32_t rnd(void){
  iRand = iRand*6364136223846793005ULL + 1442695040888963407ULL;
  return (uint32_t)(iRand>>33);
}

static Date D(const char *z){
  Date d = 0;
  if( date_parse(z, &d) ){ fprintf(stderr, "bad date %s\n", z); exit(2); }
  return d;
}

/* Add an observation of source iSrc, entered now (iSeq = its number). */
static void add(const char *zP, double v, int64_t iSrc, int bPref){
  ObsPoint *o = &aObs[nObs];
  memset(o, 0, sizeof(*o));
  if( period_parse(zP, &o->period) ){ fprintf(stderr, "bad %s\n", zP); exit(2); }
  o->value = v;
  o->iSource = iSrc;
  o->bPreferred = bPref;
  o->iSeq = nObs+1;
  aAfter[nObs] = (unsigned char)bChosen;
  nObs++;
}

/* The owner chooses observation i (already entered): it covers the
** values entered so far; every value added later comes after the
** choice. */
static void choose(int i){
  aObs[i].bPreferred = 1;
  aObs[i].iChoice = nObs;
  bChosen = 1;
}

/* Start a new fixture. */
static void fixture_reset(void){
  nObs = 0;
  bChosen = 0;
}

/* Same period and source: the order between them is a revision's. */
static int same_key(const ObsPoint *a, const ObsPoint *b){
  return a->iSource==b->iSource && a->period.eFreq==b->period.eFreq
      && a->period.year==b->period.year && a->period.n==b->period.n;
}

/*
** Enter aIn[0..n-1] again in a random order into aOut: shuffled, with new
** entry numbers, each (period, source) keeping the order of its values.
*/
static void permute(const ObsPoint *aIn, int n, ObsPoint *aOut){
  int64_t aNew[MAXOBS];
  int i, j;
  memcpy(aOut, aIn, sizeof(ObsPoint)*(size_t)n);
  for(i=0; i<n; i++){
    aNew[i] = (int64_t)(rnd()%100000)*MAXOBS + (aAfter[i] ? CHOICE_SEQ : 0);
  }
  for(i=0; i<n; i++){
    /* Values of one key entered on the same side of the owner's choice
    ** share the key's first draw, in their order; the side after the
    ** choice is drawn above the side before it. */
    for(j=0; j<i && !(same_key(&aIn[j], &aIn[i]) && aAfter[j]==aAfter[i]);
        j++){}
    aOut[i].iSeq = j<i ? aNew[j] + (aIn[i].iSeq - aIn[j].iSeq)
                       : aNew[i];
    /* The choice covers every value entered before it. */
    if( aIn[i].iChoice>0 ) aOut[i].iChoice = CHOICE_SEQ - 1;
  }
  for(i=n-1; i>0; i--){
    ObsPoint t;
    j = (int)(rnd()%(uint32_t)(i+1));
    t = aOut[i]; aOut[i] = aOut[j]; aOut[j] = t;
  }
}

/* Judge g at every date of azAt on the fixture and on 40 orders of it. */
static void check_orders(const GoalSpec *g, const char *const *azAt){
  static ObsPoint aP[MAXOBS];
  StatusResult r0, r1;
  int i, k, nBad = 0;
  for(i=0; azAt[i]; i++){
    status_compute(g, aObs, nObs, D(azAt[i]), 0, &r0);
    for(k=0; k<40; k++){
      permute(aObs, nObs, aP);
      status_compute(g, aP, nObs, D(azAt[i]), 0, &r1);
      if( r1.eStatus!=r0.eStatus || strcmp(r1.zWhy, r0.zWhy)!=0
       || r1.nConflict!=r0.nConflict || r1.iSource!=r0.iSource
       || r1.nVerdict!=r0.nVerdict || r1.nReopen!=r0.nReopen ){
        if( nBad++==0 ){
          fprintf(stderr, "order changes the verdict at %s:\n  %s: %s\n"
                  "  %s: %s\n", azAt[i], azStatusName[r0.eStatus], r0.zWhy,
                  azStatusName[r1.eStatus], r1.zWhy);
        }
      }
    }
  }
  INT_EQ(nBad, 0);
}

/* A yearly trade series: Census for 2019..2025 (2021 revised), the
** statistics office for 2022..2025 (2023 equal, 2024 and 2025 not), an
** unsourced 2025 value and IPESE's 2024. */
static void fixture_trade(void){
  fixture_reset();
  add("2019", 700.0, 1, 0);
  add("2020", 650.0, 1, 0);
  add("2021", 780.0, 1, 0);
  add("2021", 790.0, 1, 0);        /* a revision of Census 2021 */
  add("2022", 880.0, 1, 0);
  add("2022", 900.0, 2, 0);
  add("2023", 950.0, 1, 0);
  add("2023", 950.0, 2, 0);        /* the same value: no conflict */
  add("2024", 1023.1, 1, 0);
  add("2024", 1000.0, 2, 0);
  add("2024", 1010.0, 3, 0);
  add("2025", 1157.9, 1, 0);
  add("2025", 1100.0, 2, 0);
  add("2025", 1090.0, 2, 0);       /* the office revises its 2025 */
  add("2025", 1200.0, 0, 0);       /* a value without a source */
}

static void goal_base(GoalSpec *g, GoalKind e){
  memset(g, 0, sizeof(*g));
  g->eKind = e;
  g->zIndicator = "total trade";
  g->zUnit = "million USD";
  g->eIndFreq = FREQ_YEAR;
  g->eAgg = AGG_SUM;
  g->ePeriod = FREQ_YEAR;
  g->bHasTarget = 1;
  g->start = g->deadline = g->startedOn = g->achievedOn = DATE_NONE;
  g->aSource = aSrcName;
  g->nSource = 3;
}

static void test_order(void){
  static const char *const azAt[] = {
    "2020-06-30", "2021-12-31", "2022-03-01", "2023-12-31", "2024-06-30",
    "2025-12-31", "2026-03-01", "2028-01-01", 0
  };
  GoalSpec g;
  int i;

  /* Growth: baseline from the data and from the goal, with and without
  ** deadlines, compounding or not, the source of record. */
  fixture_trade();
  for(i=0; i<8; i++){
    goal_base(&g, GOAL_GROWTH);
    g.rTarget = i&1 ? 10.0 : 3.0;
    g.bCompound = (i&2)==0;
    period_parse(i&4 ? "2021" : "2022", &g.baseline);
    g.bHasBaseline = 1;
    if( i&1 ) g.deadline = D("2025-12-31");
    check_orders(&g, azAt);
    g.iSourceOfRecord = 2;
    check_orders(&g, azAt);
    g.iSourceOfRecord = 0;
    g.bHasBaselineValue = 1;
    g.rBaseline = 900.0;
    check_orders(&g, azAt);
  }

  /* Level: up and down, with and without a deadline. */
  for(i=0; i<4; i++){
    goal_base(&g, GOAL_LEVEL);
    g.rTarget = i&1 ? 800.0 : 1150.0;
    g.bDecrease = i&1;
    period_parse("2022", &g.baseline);
    g.bHasBaseline = 1;
    if( i&2 ) g.deadline = D("2026-12-31");
    check_orders(&g, azAt);
  }

  /* Counts per period and in a window. */
  goal_base(&g, GOAL_COUNT_PERIOD);
  g.rTarget = 900.0;
  g.start = D("2022-01-01");
  check_orders(&g, azAt);
  g.deadline = D("2024-12-31");
  check_orders(&g, azAt);
  goal_base(&g, GOAL_COUNT_WINDOW);
  g.rTarget = 3000.0;
  g.start = D("2022-01-01");
  g.deadline = D("2024-12-31");
  check_orders(&g, azAt);

  /* Monthly values of two sources with a preferred month. */
  fixture_reset();
  for(i=0; i<36; i++){
    char z[12];
    snprintf(z, sizeof(z), "%04d-%02d", 2023 + i/12, i%12 + 1);
    add(z, 80.0 + i, 1, 0);
    if( i%5==0 ) add(z, 85.0 + i, 2, i==10);
    if( i%7==0 ) add(z, 80.0 + i, 2, 0);
  }
  goal_base(&g, GOAL_GROWTH);
  g.eIndFreq = FREQ_MONTH;
  g.rTarget = 10.0;
  g.bCompound = 1;
  period_parse("2023", &g.baseline);
  g.bHasBaseline = 1;
  check_orders(&g, azAt);
  g.deadline = D("2025-12-31");
  check_orders(&g, azAt);
}

/*
** The owner's choice reopened: the trade fixture, where the owner chose
** Census's 2022 and 2024 values; then the office gives a new 2022 value
** that disagrees (reopens 2022), Census revises its 2024 (a revision of
** the choice, not a conflict), IPESE gives 2024 the chosen value (agrees:
** no reopening).  Every order keeps the verdicts, the sentences (which
** say the choice was reopened) and the count of reopened periods.
*/
static void test_reopen(void){
  static const char *const azAt[] = {
    "2023-12-31", "2024-06-30", "2025-12-31", "2026-03-01", "2028-01-01", 0
  };
  GoalSpec g;
  StatusResult r;
  int i, iCensus2022 = 4, iCensus2024 = 8;
  fixture_trade();
  INT_EQ(aObs[iCensus2022].value==880.0 && aObs[iCensus2024].value==1023.1, 1);
  choose(iCensus2022);
  choose(iCensus2024);
  add("2022", 905.0, 2, 0);        /* reopens 2022 */
  add("2024", 1025.0, 1, 0);       /* Census revises its chosen 2024 */
  add("2024", 1025.0, 3, 0);       /* IPESE agrees with the revision */
  goal_base(&g, GOAL_GROWTH);
  g.rTarget = 10.0;
  g.bCompound = 1;
  period_parse("2022", &g.baseline);
  g.bHasBaseline = 1;
  g.deadline = D("2027-12-31");
  status_compute(&g, aObs, nObs, D("2026-03-01"), 0, &r);
  INT_EQ(r.nReopen, 1);
  INT_EQ(r.reopen.period.year, 2022);
  INT_EQ((int)r.reopen.iSource, 2);
  INT_EQ((int)r.reopen.iChosen, 1);
  INT_EQ(strstr(r.zWhy, "The owner's choice for 2022 (880 million USD, U.S. "
                "Census Bureau) was reopened by a later value of Statistical"
                " Office of Serbia (905 million USD)")!=0, 1);
  check_orders(&g, azAt);
  g.iSourceOfRecord = 2;
  check_orders(&g, azAt);
  g.iSourceOfRecord = 0;
  for(i=0; i<2; i++){
    goal_base(&g, GOAL_LEVEL);
    g.rTarget = 1150.0;
    period_parse("2022", &g.baseline);
    g.bHasBaseline = 1;
    if( i ) g.deadline = D("2026-12-31");
    check_orders(&g, azAt);
  }
  goal_base(&g, GOAL_COUNT_PERIOD);
  g.rTarget = 900.0;
  g.start = D("2022-01-01");
  check_orders(&g, azAt);

  /* Without the reopening value the choice stands: no dispute on 2022. */
  nObs -= 3;
  goal_base(&g, GOAL_GROWTH);
  g.rTarget = 10.0;
  g.bCompound = 1;
  period_parse("2022", &g.baseline);
  g.bHasBaseline = 1;
  status_compute(&g, aObs, nObs, D("2026-03-01"), 0, &r);
  INT_EQ(r.nReopen, 0);
}

int main(void){
  test_order();
  test_reopen();
  HARNESS_END("unit/status_order");
}
