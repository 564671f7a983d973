/*
** tests/unit/status.c: unit tests of the calendar (period.c) and of the
** status engine (status.c, status_source.c, status_growth.c,
** status_count.c).
**
** Includes the module sources to reach their statics.  Every goal kind is
** taken through every status it can produce, plus the edge cases of
** docs/status.md: baselines, gaps, deadlines of today and yesterday, leap
** years, aggregation, the year in progress, conflicting sources, bad
** input.  The growth examples use the real US Census figures of US-Serbia
** goods trade (data/README.md).  Build and run:
**
**   gcc -std=c11 -Wall -Wextra -Werror -Isrc/core tests/unit/status.c \
**       -lm -o /tmp/t && /tmp/t
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

/* Parse a date or a period the tests know to be valid. */
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

/* The observations of the test in progress. */
static ObsPoint aObs[800];
static int nObs = 0;
static StatusResult res;

static void obs_clear(void){ nObs = 0; }
static void obs_addx(const char *zP, double v, int bPref, int64_t iSeq){
  aObs[nObs].period = P(zP);
  aObs[nObs].value = v;
  aObs[nObs].bPreferred = bPref;
  aObs[nObs].iSeq = iSeq;
  aObs[nObs].iSource = 0;
  aObs[nObs].bEvent = 0;
  nObs++;
}
static void obs_add(const char *zP, double v){
  obs_addx(zP, v, 0, nObs+1);
}
/* An observation of source iSource. */
static void obs_adds(const char *zP, double v, int bPref, int64_t iSeq,
                     int64_t iSource){
  obs_addx(zP, v, bPref, iSeq);
  aObs[nObs-1].iSource = iSource;
}

/* The sources of the tests, as goalstat.c names them. */
static const StatusSource aSrcName[] = {
  { 1, "U.S. Census Bureau" },
  { 2, "Statistical Office of Serbia" },
  { 3, "IPESE" },
};
/* Add n months of year y from month 1, each of value v. */
static void obs_months(int y, int n, double v){
  char z[32];
  int m;
  for(m=1; m<=n; m++){
    snprintf(z, sizeof(z), "%04d-%02d", y, m);
    obs_add(z, v);
  }
}

/* A goal with every optional field unset. */
static void goal_init(GoalSpec *g, GoalKind e, const char *zInd,
                      const char *zUnit, Freq eInd){
  memset(g, 0, sizeof(*g));
  g->eKind = e;
  g->zIndicator = zInd;
  g->zUnit = zUnit;
  g->eIndFreq = eInd;
  g->eAgg = AGG_SUM;
  g->ePeriod = FREQ_YEAR;
  g->start = g->deadline = g->startedOn = g->achievedOn = DATE_NONE;
}

/* The trade goal of the demo: +10 % a year, compounding, 2024 baseline. */
static void goal_trade(GoalSpec *g, Freq eInd){
  goal_init(g, GOAL_GROWTH, "total trade", "million USD", eInd);
  g->rTarget = 10.0;
  g->bHasTarget = 1;
  g->bCompound = 1;
  g->baseline = P("2024");
  g->bHasBaseline = 1;
}

static Status run(const GoalSpec *g, const char *zAt){
  return status_compute(g, aObs, nObs, D(zAt), 0, &res);
}

/* True if z ends with a period (possibly after "..."). */
static int ends_with_period(const char *z){
  size_t n = strlen(z);
  return n>0 && z[n-1]=='.';
}

/* True if z is well-formed UTF-8. */
static int utf8_ok(const char *z){
  const unsigned char *s = (const unsigned char*)z;
  while( *s ){
    int n = *s<0x80 ? 0 : (*s&0xE0)==0xC0 ? 1 : (*s&0xF0)==0xE0 ? 2
          : (*s&0xF8)==0xF0 ? 3 : -1;
    if( n<0 ) return 0;
    s++;
    while( n-- > 0 ){
      if( (*s&0xC0)!=0x80 ) return 0;
      s++;
    }
  }
  return 1;
}

/*********************************************************************
** period.c
*/
static void test_period(void){
  Date d, d2;
  Period p;
  char z[12], zD[11];
  int y, m, dd;

  /* Dates, leap years, invalid input. */
  INT_EQ(D("1970-01-01"), 0);
  INT_EQ(D("1970-01-02"), 1);
  INT_EQ(D("1969-12-31"), -1);
  OK( date_parse("2024-02-29", &d)==0 );
  OK( date_parse("2025-02-29", &d)==-1 );
  OK( date_parse("1900-02-29", &d)==-1 );
  OK( date_parse("2000-02-29", &d)==0 );
  OK( date_parse("2025-13-01", &d)==-1 );
  OK( date_parse("2025-00-10", &d)==-1 );
  OK( date_parse("2025-04-31", &d)==-1 );
  OK( date_parse("2025-1-01", &d)==-1 );
  OK( date_parse("2025/01/01", &d)==-1 );
  OK( date_parse("", &d)==-1 );
  OK( date_parse(0, &d)==-1 );
  OK( date_parse("0000-01-01", &d)==-1 );
  INT_EQ(D("2024-03-01") - D("2024-02-28"), 2);
  INT_EQ(D("2025-03-01") - D("2025-02-28"), 1);
  INT_EQ(D("2000-03-01") - D("2000-02-28"), 2);
  INT_EQ(D("1900-03-01") - D("1900-02-28"), 1);
  INT_EQ(date_is_leap(2024), 1);
  INT_EQ(date_is_leap(2025), 0);
  INT_EQ(date_is_leap(2000), 1);
  INT_EQ(date_is_leap(2100), 0);
  INT_EQ(date_days_in_month(2024, 2), 29);
  INT_EQ(date_days_in_month(2025, 2), 28);
  INT_EQ(date_days_in_month(2025, 13), 0);
  OK( date_from_ymd(2025, 2, 29, &d)==-1 );
  OK( date_from_ymd(10000, 1, 1, &d)==-1 );
  date_to_ymd(D("2024-02-29"), &y, &m, &dd);
  OK( y==2024 && m==2 && dd==29 );
  date_format(D("0001-01-01"), zD);
  STR_EQ(zD, "0001-01-01");
  date_format(D("9999-12-31"), zD);
  STR_EQ(zD, "9999-12-31");
  date_format(DATE_NONE, zD);
  STR_EQ(zD, "");
  for(d=D("1999-12-25"); d<D("2001-01-10"); d++){
    date_format(d, zD);
    if( date_parse(zD, &d2)!=0 || d2!=d ) break;
  }
  INT_EQ(d, D("2001-01-10"));
  OK( date_today()>D("2020-01-01") );

  /* Periods: parse and format. */
  OK( period_parse("2025", &p)==0 && p.eFreq==FREQ_YEAR && p.year==2025 );
  OK( period_parse("2025-Q3", &p)==0 && p.eFreq==FREQ_QUARTER && p.n==3 );
  OK( period_parse("2025-Q4", &p)==0 && p.eFreq==FREQ_QUARTER && p.n==4 );
  OK( period_parse("2025-q4", &p)!=0 );   /* one spelling per period */
  OK( period_parse("2025-07", &p)==0 && p.eFreq==FREQ_MONTH && p.n==7 );
  OK( period_parse("2025-13", &p)==-1 );
  OK( period_parse("2025-00", &p)==-1 );
  OK( period_parse("2025-Q5", &p)==-1 );
  OK( period_parse("2025-Q0", &p)==-1 );
  OK( period_parse("2025-Q", &p)==-1 );
  OK( period_parse("2025-7", &p)==-1 );
  OK( period_parse("2025-07-01", &p)==-1 );
  OK( period_parse("0000", &p)==-1 );
  OK( period_parse("25", &p)==-1 );
  OK( period_parse("abcd", &p)==-1 );
  OK( period_parse(0, &p)==-1 );
  period_format(P("2025-07"), z);
  STR_EQ(z, "2025-07");
  period_format(P("2025-Q3"), z);
  STR_EQ(z, "2025-Q3");
  period_format(P("2025"), z);
  STR_EQ(z, "2025");

  /* Start, end, days; leap years. */
  INT_EQ(period_start(P("2024-02")), D("2024-02-01"));
  INT_EQ(period_end(P("2024-02")), D("2024-02-29"));
  INT_EQ(period_end(P("2025-02")), D("2025-02-28"));
  INT_EQ(period_start(P("2024-Q1")), D("2024-01-01"));
  INT_EQ(period_end(P("2024-Q1")), D("2024-03-31"));
  INT_EQ(period_end(P("2025-Q4")), D("2025-12-31"));
  INT_EQ(period_start(P("2025-Q3")), D("2025-07-01"));
  INT_EQ(period_end(P("2025")), D("2025-12-31"));
  INT_EQ(period_days(P("2024")), 366);
  INT_EQ(period_days(P("2025")), 365);
  INT_EQ(period_days(P("2024-Q1")), 91);
  INT_EQ(period_days(P("2025-Q1")), 90);
  INT_EQ(period_days(P("2024-02")), 29);

  /* Index, containing, compare, coarsen. */
  INT_EQ(period_index(P("2025-01")), 2025*12);
  INT_EQ(period_index(P("2025-Q3")), 2025*4 + 2);
  INT_EQ(period_index(P("2025")), 2025);
  p = period_from_index(FREQ_MONTH, period_index(P("2025-12")) + 1);
  period_format(p, z);
  STR_EQ(z, "2026-01");
  p = period_from_index(FREQ_QUARTER, period_index(P("2025-Q1")) - 1);
  period_format(p, z);
  STR_EQ(z, "2024-Q4");
  period_format(period_containing(D("2024-02-29"), FREQ_MONTH), z);
  STR_EQ(z, "2024-02");
  period_format(period_containing(D("2024-02-29"), FREQ_QUARTER), z);
  STR_EQ(z, "2024-Q1");
  period_format(period_containing(D("2024-12-31"), FREQ_YEAR), z);
  STR_EQ(z, "2024");
  OK( period_cmp(P("2025-01"), P("2024-12"))>0 );
  OK( period_cmp(P("2025-Q1"), P("2025-Q2"))<0 );
  OK( period_cmp(P("2025"), P("2025"))==0 );
  period_format(period_coarsen(P("2025-08"), FREQ_QUARTER), z);
  STR_EQ(z, "2025-Q3");
  period_format(period_coarsen(P("2025-08"), FREQ_YEAR), z);
  STR_EQ(z, "2025");
  period_format(period_coarsen(P("2025-Q4"), FREQ_YEAR), z);
  STR_EQ(z, "2025");
  period_format(period_coarsen(P("2025-Q4"), FREQ_MONTH), z);
  STR_EQ(z, "2025-Q4");
  INT_EQ(freq_per_year(FREQ_MONTH), 12);
  INT_EQ(freq_per_year(FREQ_QUARTER), 4);
  INT_EQ(freq_per_year(FREQ_YEAR), 1);
  {
    Freq e = FREQ_YEAR;
    OK( freq_parse("quarter", &e)==0 && e==FREQ_QUARTER );
    OK( freq_parse("weekly", &e)==-1 );
    OK( freq_parse(0, &e)==-1 );
  }
}

/*********************************************************************
** Tables, configuration, number formatting
*/
static void test_basics(void){
  StatusConfig c;
  char z[STATUS_NUMSZ];
  STR_EQ(azStatusName[STATUS_OVERDUE], "overdue");
  STR_EQ(azStatusName[STATUS_OFF_TRACK], "off_track");
  STR_EQ(azStatusName[STATUS_AT_RISK], "at_risk");
  STR_EQ(azStatusName[STATUS_ON_TRACK], "on_track");
  STR_EQ(azStatusName[STATUS_ACHIEVED], "achieved");
  STR_EQ(azStatusName[STATUS_NOT_STARTED], "not_started");
  STR_EQ(azStatusName[STATUS_NO_DATA], "no_data");
  STR_EQ(azStatusLabel[STATUS_OFF_TRACK], "Off track");
  STR_EQ(azStatusLabel[STATUS_NOT_STARTED], "Not started");
  STR_EQ(azStatusLabel[STATUS_NO_DATA], "No data");
  STR_EQ(azGoalKindName[GOAL_GROWTH], "growth");
  STR_EQ(azGoalKindName[GOAL_COUNT_PERIOD], "count_period");
  STR_EQ(azGoalKindName[GOAL_COUNT_WINDOW], "count_window");
  STR_EQ(azGoalKindName[GOAL_MILESTONE], "milestone");
  STR_EQ(azGoalKindName[GOAL_LEVEL], "level");
  STR_EQ(azAggName[AGG_SUM], "sum");
  STR_EQ(azAggName[AGG_LAST], "last");
  STR_EQ(azAggName[AGG_MEAN], "mean");
  status_config_default(&c);
  NEAR(c.rOnTrack, 0.95, 1e-12);
  NEAR(c.rAtRisk, 0.60, 1e-12);
  INT_EQ(c.nHorizonDays, 90);
  INT_EQ(c.nMinYtdMonths, 3);

  STR_EQ(status_fmt_num(1157.9, z), "1,157.9");
  STR_EQ(status_fmt_num(1125.41, z), "1,125.4");
  STR_EQ(status_fmt_num(1000.0, z), "1,000");
  STR_EQ(status_fmt_num(999.96, z), "1,000");
  STR_EQ(status_fmt_num(1234567.89, z), "1,234,567.9");
  STR_EQ(status_fmt_num(-1234.5, z), "-1,234.5");
  STR_EQ(status_fmt_num(-0.04, z), "0");
  STR_EQ(status_fmt_num(0.0, z), "0");
  STR_EQ(status_fmt_num(3.0, z), "3");
  STR_EQ(status_fmt_num(112000.0, z), "112,000");
  STR_EQ(status_fmt_num(NAN, z), "n/a");
  STR_EQ(status_fmt_num(INFINITY, z), "n/a");
  STR_EQ(status_fmt_num(1e300, z), "1e+300");
  STR_EQ(status_fmt_num(-1e15, z), "-1e+15");
  STR_EQ(status_fmt_pct(6.1, z), "6.1");
  STR_EQ(status_fmt_pct(10.0, z), "10.0");
  STR_EQ(status_fmt_pct(13.175, z), "13.2");
  STR_EQ(status_fmt_pct(1234.5, z), "1,234.5");
  STR_EQ(status_fmt_pct(-0.01, z), "0.0");
}

/*********************************************************************
** GOAL_GROWTH
*/
static void test_growth(void){
  GoalSpec g;
  StatusConfig c;
  double rB = 1023.1, rV = 1157.9;
  int i;

  /* The product owner's sentence, from the real annual figures. */
  goal_trade(&g, FREQ_YEAR);
  obs_clear();
  obs_add("2023", 970.1);
  obs_add("2024", 1023.1);
  obs_add("2025", 1157.9);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  STR_EQ(res.zWhy, "Total trade grew 13.2 % in 2025 against a 10.0 % annual"
         " target (1,157.9 vs 1,125.4 million USD on the target path).");
  OK( res.bRatio );
  NEAR(res.rRatio, (rV/rB - 1.0)/0.10, 1e-9);
  OK( res.bObservedRate );
  NEAR(res.rObservedRate, (rV/rB - 1.0)*100.0, 1e-9);
  OK( res.bLatest && period_cmp(res.latest, P("2025"))==0 );
  NEAR(res.rLatest, rV, 1e-9);
  OK( res.bProjection && period_cmp(res.projectAt, P("2026"))==0 );
  NEAR(res.rProjected, rV*rV/rB, 1e-6);
  NEAR(res.rTargetAt, rB*1.21, 1e-6);
  INT_EQ(res.nConflict, 0);

  /* With a deadline: projected to the deadline's year. */
  g.deadline = D("2027-12-31");
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "on the target path); at this rate the 2027 target is"
          " met.");
  OK( period_cmp(res.projectAt, P("2027"))==0 );
  NEAR(res.rProjected, rV*pow(rV/rB, 2.0), 1e-6);
  NEAR(res.rTargetAt, rB*1.331, 1e-6);

  /* At risk: 8 % against 10 %. */
  obs_clear();
  obs_add("2024", 1000.0);
  obs_add("2025", 1080.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_AT_RISK);
  STR_EQ(res.zWhy, "Total trade grew 8.0 % in 2025 against a 10.0 % target;"
         " at this rate the 2027 target is missed by 5.4 %.");
  NEAR(res.rRatio, 0.8, 1e-9);
  NEAR(res.rProjected, 1080.0*1.08*1.08, 1e-6);

  /* Off track: 3 %; deterioration: -3.2 %. */
  obs_clear();
  obs_add("2024", 1000.0);
  obs_add("2025", 1030.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, "grew 3.0 % in 2025 against a 10.0 % target;");
  obs_clear();
  obs_add("2024", 1000.0);
  obs_add("2025", 968.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, "Total trade fell 3.2 % in 2025 against a 10.0 % target,"
          " a deterioration; at this rate the 2027 target is missed by");
  OK( res.rRatio<0 );

  /* Ratio thresholds are the configuration's. */
  obs_clear();
  obs_add("2024", 1000.0);
  obs_add("2025", 1096.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  status_config_default(&c);
  c.rOnTrack = 1.2;
  INT_EQ(status_compute(&g, aObs, nObs, D("2026-03-01"), &c, &res),
         STATUS_AT_RISK);
  c.rAtRisk = 1.0;
  INT_EQ(status_compute(&g, aObs, nObs, D("2026-03-01"), &c, &res),
         STATUS_OFF_TRACK);
  c.rOnTrack = NAN;
  c.rAtRisk = NAN;
  INT_EQ(status_compute(&g, aObs, nObs, D("2026-03-01"), &c, &res),
         STATUS_ON_TRACK);

  /* Deadline passed: achieved, overdue, no data. */
  g.deadline = D("2025-12-31");
  obs_clear();
  obs_add("2024", 1023.1);
  obs_add("2025", 1157.9);
  INT_EQ(run(&g, "2026-02-01"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "Total trade was 1,157.9 million USD in 2025, at or above"
         " the 1,125.4 on the target path; the goal was due 2025-12-31.");
  obs_clear();
  obs_add("2024", 1023.1);
  obs_add("2025", 1100.0);
  INT_EQ(run(&g, "2026-02-01"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2025-12-31; total trade was 1,100 million USD in"
         " 2025, 2.3 % short of the 1,125.4 on the target path.");
  obs_clear();
  obs_add("2024", 1023.1);
  INT_EQ(run(&g, "2026-02-01"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "Due 2025-12-31; no complete figure for 2025 yet.");
  /* Deadline today is not passed: judged as usual (no complete 2025). */
  INT_EQ(run(&g, "2025-12-31"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "No complete year after the 2024 baseline yet.");
  /* Without a deadline a growth goal is never achieved. */
  g.deadline = DATE_NONE;
  obs_add("2025", 2000.0);
  INT_EQ(run(&g, "2026-01-01"), STATUS_ON_TRACK);
  /* A figure more than two years old is not graded (docs/status.md,
  ** "Staleness"). */
  INT_EQ(run(&g, "2030-01-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "No figure since 2025:");
  obs_add("2029", 3000.0);
  INT_EQ(run(&g, "2030-01-01"), STATUS_ON_TRACK);

  /* One rule for achieved (docs/status.md, "Achieved"): the value the
  ** target path sets for the deadline, reached early, is achieved at
  ** once; the year-by-year sentence stays. */
  g.deadline = D("2027-12-31");
  obs_clear();
  obs_add("2024", 1000.0);
  obs_add("2025", 1250.0);
  INT_EQ(run(&g, "2026-02-01"), STATUS_ON_TRACK);
  aObs[1].value = 1400.0;
  INT_EQ(run(&g, "2026-02-01"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "Total trade was 1,400 million USD in 2025, already at or"
         " above the 1,331 the target path sets for 2027, the deadline's"
         " year.");
  obs_add("2026", 1350.0);
  INT_EQ(run(&g, "2027-02-01"), STATUS_ACHIEVED);
  STR_HAS(res.zWhy, " In 2026 alone it fell 3.6 % against the 10.0 %"
          " required.");
  /* Reached after a missed deadline: achieved, naming the deadline
  ** missed and the period reached; overdue only while not reached. */
  g.deadline = D("2025-12-31");
  obs_clear();
  obs_add("2024", 1000.0);
  obs_add("2025", 1050.0);
  obs_add("2026", 1150.0);
  INT_EQ(run(&g, "2027-02-01"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "Achieved after the deadline: due 2025-12-31, total"
         " trade was 1,050 million USD in 2025, short of the 1,100 on the"
         " target path; it reached 1,150 million USD in 2026.");
  NEAR(res.rLatest, 1150.0, 1e-9);
  INT_EQ(run(&g, "2026-06-01"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2025-12-31; total trade was 1,050 million USD in"
         " 2025, 4.5 % short of the 1,100 on the target path.");
  aObs[2].value = 1080.0;
  INT_EQ(run(&g, "2027-02-01"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2025-12-31; total trade was 1,080 million USD in"
         " 2026, 1.8 % short of the 1,100 on the target path for 2025.");
  /* Deadline period met, a later period not: the latest decides, as for
  ** level goals. */
  aObs[1].value = 1120.0;
  INT_EQ(run(&g, "2027-02-01"), STATUS_OVERDUE);
  INT_EQ(run(&g, "2026-06-01"), STATUS_ACHIEVED);
  /* A period is over at the end of its last day. */
  g.deadline = D("2027-12-31");
  INT_EQ(run(&g, "2025-12-30"), STATUS_NO_DATA);
  INT_EQ(run(&g, "2025-12-31"), STATUS_ON_TRACK);
  NEAR(res.rLatest, 1120.0, 1e-9);

  /* Baselines: missing, partial, zero, negative, given on the goal. */
  goal_trade(&g, FREQ_YEAR);
  obs_clear();
  obs_add("2025", 1157.9);
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "No baseline value for 2024: none is set on the goal and"
         " total trade has no figure for it.");
  g.bHasBaselineValue = 1;
  g.rBaseline = 1000.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  NEAR(res.rObservedRate, 15.79, 1e-9);
  g.rBaseline = 0.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "A growth rate cannot be computed from a zero or negative"
         " baseline (2024: 0).");
  g.rBaseline = -5.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "(2024: -5)");
  g.rBaseline = NAN;
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  g.bHasBaselineValue = 0;
  obs_add("2024", 0.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "zero or negative baseline (2024: 0)");
  g.bHasBaseline = 0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "No baseline period is set.");
  g.bHasBaseline = 1;
  g.baseline = P("2024-Q4");
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "The baseline period 2024-Q4 is not a year");
  g.baseline = P("2024");
  obs_clear();
  obs_add("2024", 1000.0);
  obs_add("2025", 1100.0);
  g.deadline = D("2024-06-30");
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "falls in or before the baseline period 2024");
  g.deadline = DATE_NONE;

  /* Target missing or unusable; not started. */
  g.bHasTarget = 0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "No target is set.");
  g.bHasTarget = 1;
  g.rTarget = 0.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "percentage above 0");
  g.rTarget = 10.0;
  g.start = D("2026-01-01");
  INT_EQ(run(&g, "2025-12-31"), STATUS_NOT_STARTED);
  STR_EQ(res.zWhy, "The goal starts on 2026-01-01.");
  INT_EQ(run(&g, "2026-01-01"), STATUS_ON_TRACK);
  g.start = DATE_NONE;

  /* Decrease goals: magnitudes compared consistently. */
  goal_trade(&g, FREQ_YEAR);
  g.zIndicator = "emissions";
  g.zUnit = "kt";
  g.rTarget = 5.0;
  g.bDecrease = 1;
  obs_clear();
  obs_add("2024", 100.0);
  obs_add("2025", 94.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  STR_EQ(res.zWhy, "Emissions fell 6.0 % in 2025 against a 5.0 % annual"
         " reduction target (94 vs 95 kt on the target path).");
  NEAR(res.rRatio, 1.2, 1e-9);
  aObs[1].value = 96.5;
  INT_EQ(run(&g, "2026-03-01"), STATUS_AT_RISK);
  NEAR(res.rRatio, 0.7, 1e-9);
  STR_HAS(res.zWhy, "against a 5.0 % reduction target; at this rate the"
          " 2026 target is missed by");
  aObs[1].value = 103.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, "Emissions grew 3.0 % in 2025 against a 5.0 % reduction"
          " target, a deterioration");
  g.deadline = D("2025-12-31");
  aObs[1].value = 95.0;
  INT_EQ(run(&g, "2026-01-01"), STATUS_ACHIEVED);
  STR_HAS(res.zWhy, "at or below the 95 on the target path");
  aObs[1].value = 97.0;
  INT_EQ(run(&g, "2026-01-01"), STATUS_OVERDUE);
  STR_HAS(res.zWhy, "2.1 % above the 95 on the target path.");
  g.rTarget = 100.0;
  INT_EQ(run(&g, "2026-01-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "above 0 and below 100.");

  /* Simple growth: the required CAGR is that of B*(1+r*k). */
  goal_trade(&g, FREQ_YEAR);
  obs_clear();
  obs_add("2024", 100.0);
  obs_add("2026", 119.5);
  g.bCompound = 0;
  INT_EQ(run(&g, "2027-02-01"), STATUS_ON_TRACK);
  NEAR(res.rRatio, (sqrt(1.195)-1.0)/(sqrt(1.2)-1.0), 1e-9);
  STR_HAS(res.zWhy, "grew 9.3 % a year from 2024 to 2026 against a 10.0 %"
          " annual target (119.5 vs 120 million USD on the target path)");
  g.bCompound = 1;
  INT_EQ(run(&g, "2027-02-01"), STATUS_AT_RISK);
  NEAR(res.rRatio, (sqrt(1.195)-1.0)/0.1, 1e-9);
  /* A gap (no 2025): judged over two years, no year-by-year sentence. */
  OK( strstr(res.zWhy, "alone")==0 );
  NEAR(res.rProjected, 119.5*sqrt(1.195), 1e-9);

  /* Year by year: named when the latest year's grade differs. */
  obs_add("2025", 125.0);
  aObs[1].value = 121.0;
  INT_EQ(run(&g, "2027-02-01"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "grew 10.0 % a year from 2024 to 2026");
  STR_HAS(res.zWhy, " In 2026 alone it fell 3.2 % against the 10.0 %"
          " required.");
  aObs[2].value = 100.0;
  aObs[1].value = 125.0;
  INT_EQ(run(&g, "2027-02-01"), STATUS_ON_TRACK);
  OK( strstr(res.zWhy, "alone")==0 );

  /* Observations after `at` are ignored; NaN and other frequencies too. */
  goal_trade(&g, FREQ_YEAR);
  obs_clear();
  obs_add("2024", 1000.0);
  obs_add("2025", 1050.0);
  obs_add("2026", 9000.0);
  obs_addx("2025", NAN, 1, 99);
  obs_addx("2025", INFINITY, 0, 98);
  obs_add("2025-Q1", 5000.0);
  obs_add("2025-06", 5000.0);
  INT_EQ(run(&g, "2025-12-30"), STATUS_NO_DATA);
  /* As of the end of its last day a period is over (docs/status.md). */
  INT_EQ(run(&g, "2025-12-31"), STATUS_OFF_TRACK);
  INT_EQ(run(&g, "2026-06-30"), STATUS_OFF_TRACK);
  NEAR(res.rLatest, 1050.0, 1e-9);
  INT_EQ(res.nConflict, 0);

  /* Sources (docs/status.md 2.3).  Two sources for 2025, each with the
  ** 2024 baseline: each source's own series is judged; the verdicts
  ** differ, so the goal is disputed, whatever the order of entry. */
  g.aSource = aSrcName;
  g.nSource = 3;
  obs_clear();
  obs_adds("2024", 1023.1, 0, 1, 1);
  obs_adds("2024", 1023.1, 0, 2, 2);
  obs_adds("2025", 1157.9, 0, 5, 1);
  obs_adds("2025", 1100.0, 0, 9, 2);
  INT_EQ(run(&g, "2026-03-01"), STATUS_DISPUTED);
  INT_EQ(res.nConflict, 1);
  INT_EQ(res.nVerdict, 2);
  INT_EQ(res.aVerdict[0].iSource, 1);
  INT_EQ(res.aVerdict[0].eStatus, STATUS_ON_TRACK);
  INT_EQ(res.aVerdict[1].eStatus, STATUS_AT_RISK);
  OK( ends_with_period(res.zWhy) );
  STR_EQ(res.zWhy, "Sources disagree: on the figures of U.S. Census Bureau"
         " the goal is On track (2025: 1,157.9 million USD); on the figures"
         " of Statistical Office of Serbia the goal is At risk (2025: 1,100"
         " million USD). Choose the value that counts (accord prefer) or"
         " set the indicator's source of record.");
  aObs[2].iSeq = 12;   /* the order of entry does not matter */
  aObs[3].iSeq = 3;
  INT_EQ(run(&g, "2026-03-01"), STATUS_DISPUTED);
  aObs[2].iSeq = 5;
  aObs[3].iSeq = 9;
  /* The owner's choice resolves it. */
  aObs[2].bPreferred = 1;
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  NEAR(res.rLatest, 1157.9, 1e-9);
  INT_EQ(res.nConflict, 0);
  INT_EQ(res.iSource, 1);
  STR_HAS(res.zWhy, " (U.S. Census Bureau).");
  aObs[2].bPreferred = 0;
  /* So does the source of record: the other source is never graded. */
  g.iSourceOfRecord = 2;
  INT_EQ(run(&g, "2026-03-01"), STATUS_AT_RISK);
  NEAR(res.rLatest, 1100.0, 1e-9);
  INT_EQ(res.nConflict, 0);
  INT_EQ(res.iSource, 2);
  STR_HAS(res.zWhy, " (Statistical Office of Serbia).");
  g.iSourceOfRecord = 0;
  /* Equal values are no conflict; the figure names both as one. */
  aObs[3].value = 1157.9;
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  INT_EQ(res.nConflict, 0);
  INT_EQ(res.iSource, 1);
  /* Different values with the same verdict: it stands, and says so. */
  aObs[3].value = 1150.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  INT_EQ(res.nConflict, 1);
  STR_HAS(res.zWhy, "(U.S. Census Bureau). The figures of Statistical"
          " Office of Serbia give the same verdict (2025: 1,150 million"
          " USD).");
  /* A later value of the same source is a revision, not a conflict. */
  obs_clear();
  obs_adds("2024", 1023.1, 0, 1, 1);
  obs_adds("2025", 1100.0, 0, 5, 1);
  obs_adds("2025", 1157.9, 0, 9, 1);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  NEAR(res.rLatest, 1157.9, 1e-9);
  INT_EQ(res.nConflict, 0);
  INT_EQ(res.nFig, 2);
  INT_EQ(res.aFig[0].bBaseline, 1);
  INT_EQ(res.aFig[1].bRevised, 1);
  INT_EQ(res.aFig[1].iSource, 1);
  aObs[1].iSeq = 10;   /* the revision is the later one */
  INT_EQ(run(&g, "2026-03-01"), STATUS_AT_RISK);
  NEAR(res.rLatest, 1100.0, 1e-9);
  /* Never a baseline of one source and a latest value of another. */
  obs_clear();
  obs_adds("2024", 1023.1, 0, 1, 1);
  obs_adds("2025", 1157.9, 0, 2, 2);
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "No single source gives every figure the judgement"
          " needs (U.S. Census Bureau; Statistical Office of Serbia).");
  aObs[1].bPreferred = 1;   /* unless the owner chose so */
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  INT_EQ(res.iSource, STATUS_SRC_MIXED);
  g.aSource = 0;
  g.nSource = 0;
  /* A conflict the judgement did not use is not counted. */
  obs_clear();
  obs_addx("2024", 1023.1, 0, 1);
  obs_addx("2025", 1157.9, 0, 2);
  obs_adds("2020", 1.0, 0, 3, 1);
  obs_adds("2020", 2.0, 0, 4, 2);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  INT_EQ(res.nConflict, 0);
  obs_adds("2025", 1200.0, 1, 5, 1);  /* two preferred: the later counts */
  obs_adds("2025", 1210.0, 1, 6, 2);
  run(&g, "2026-03-01");
  NEAR(res.rLatest, 1210.0, 1e-9);
  INT_EQ(res.nConflict, 0);

  /* Periods of quarters and of months. */
  goal_trade(&g, FREQ_MONTH);
  g.ePeriod = FREQ_QUARTER;
  g.rTarget = 2.0;
  g.baseline = P("2025-Q1");
  obs_clear();
  obs_months(2025, 6, 100.0);
  INT_EQ(run(&g, "2025-07-15"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, "Total trade grew 0.0 % in 2025-Q2 against a 2.0 %"
          " target;");
  OK( period_cmp(res.projectAt, P("2025-Q3"))==0 );
  g.ePeriod = FREQ_MONTH;
  g.baseline = P("2025-01");
  aObs[5].value = 110.0;
  INT_EQ(run(&g, "2025-07-15"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "Total trade grew 1.9 % a month from 2025-01 to 2025-06");
  g.ePeriod = FREQ_MONTH;
  aObs[5].value = 100.0*pow(1.02, 5.0);
  INT_EQ(run(&g, "2025-07-15"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "grew 2.0 % a month from 2025-01 to 2025-06 against a"
          " 2.0 % monthly target");
  g.eIndFreq = FREQ_YEAR;
  INT_EQ(run(&g, "2025-07-15"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "Total trade is reported by year, too coarse for a"
         " monthly target.");

  /* Monthly indicator aggregated to years: sum, last, mean. */
  goal_trade(&g, FREQ_MONTH);
  obs_clear();
  for(i=0; i<12; i++){
    char z[32];
    snprintf(z, sizeof(z), "2024-%02d", i+1);
    obs_add(z, 100.0 + i);          /* sum 1266, last 111, mean 105.5 */
    snprintf(z, sizeof(z), "2025-%02d", i+1);
    obs_add(z, 110.0 + 2*i);        /* sum 1452, last 132, mean 121 */
  }
  run(&g, "2026-02-01");
  NEAR(res.rLatest, 1452.0, 1e-9);
  NEAR(res.rObservedRate, (1452.0/1266.0 - 1.0)*100.0, 1e-9);
  g.eAgg = AGG_LAST;
  run(&g, "2026-02-01");
  NEAR(res.rLatest, 132.0, 1e-9);
  NEAR(res.rObservedRate, (132.0/111.0 - 1.0)*100.0, 1e-9);
  g.eAgg = AGG_MEAN;
  run(&g, "2026-02-01");
  NEAR(res.rLatest, 121.0, 1e-9);
  g.eAgg = AGG_SUM;
  aObs[23].period = P("2025-11");   /* 2025-12 missing: 2025 incomplete */
  INT_EQ(run(&g, "2026-02-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "No complete year after the 2024 baseline yet (2025 has"
          " data for 11 of 12 months).");
  INT_EQ(res.nConflict, 0);   /* a second 2025-11 value: a revision */
  aObs[22].period = P("2024-11");   /* 2024-12 missing too */
  INT_EQ(run(&g, "2026-02-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "No baseline value for 2024: none is set on the goal"
          " and total trade has data for only 11 of 12 months of it.");
  g.baseline = P("2026");
  INT_EQ(run(&g, "2026-02-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "2026 is not over yet.");
}

/*********************************************************************
** GOAL_GROWTH: the year in progress, on the real monthly figures
*/
static void test_growth_ytd(void){
  /* US-Serbia goods trade, exports + imports, million USD (US Census,
  ** data/us_serbia_goods_trade_monthly_census.csv). */
  static const double a2024[12] = {
    72.8, 76.8, 85.4, 95.7, 71.7, 80.3, 73.8, 90.0, 81.8, 98.7, 98.6, 97.6
  };
  static const double a2025[12] = {
    83.3, 91.8, 100.7, 119.7, 101.4, 98.7, 103.7, 97.9, 98.5, 100.2, 76.4,
    85.5
  };
  static const double a2026[7] = {
    60.6, 68.0, 100.7, 91.0, 116.2, 109.7, 101.7
  };
  GoalSpec g;
  char z[32];
  int i;
  goal_trade(&g, FREQ_MONTH);
  g.deadline = D("2027-12-31");
  obs_clear();
  for(i=0; i<12; i++){
    snprintf(z, sizeof(z), "2024-%02d", i+1);
    obs_add(z, a2024[i]);
    snprintf(z, sizeof(z), "2025-%02d", i+1);
    obs_add(z, a2025[i]);
  }
  for(i=0; i<7; i++){
    snprintf(z, sizeof(z), "2026-%02d", i+1);
    obs_add(z, a2026[i]);
  }
  INT_EQ(run(&g, "2026-10-01"), STATUS_ON_TRACK);
  /* The year in progress runs against the verdict: a warning, and the
  ** projection starts from it (docs/status.md, "The year in progress"). */
  STR_EQ(res.zWhy, "Total trade grew 13.2 % in 2025 against a 10.0 % annual"
         " target (1,157.8 vs 1,125.5 million USD on the target path); at"
         " this rate from January\xe2\x80\x93July 2026 the 2027 target is"
         " missed by 10.9 %. January\xe2\x80\x93July 2026 is 7.4 % below"
         " January\xe2\x80\x93July 2025, against the verdict on 2025.");
  OK( res.bYtd && res.bYtdAgainst );
  NEAR(res.rYtdPct, -7.4, 0.05);
  /* Never against a whole year: two months are too few (3 needed). */
  INT_EQ(run(&g, "2026-02-15"), STATUS_ON_TRACK);
  OK( strstr(res.zWhy, "2026 is")==0 );
  {
    StatusConfig c;
    status_config_default(&c);
    c.nMinYtdMonths = 1;
    status_compute(&g, aObs, nObs, D("2026-01-31"), &c, &res);
    STR_HAS(res.zWhy, " January 2026 is 27.3 % below January 2025, against"
            " the verdict on 2025.");
  }
  /* Before the first complete year: still the year to date, of complete
  ** months only (May 2025 is not over on 2025-05-20). */
  INT_EQ(run(&g, "2025-05-20"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "No complete year after the 2024 baseline yet."
          " January\xe2\x80\x93" "April 2025 is 19.6 % above"
          " January\xe2\x80\x93" "April 2024.");
  INT_EQ(run(&g, "2025-05-31"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, " January\xe2\x80\x93May 2025 is 23.5 % above"
          " January\xe2\x80\x93May 2024.");
  /* Early January: the previous year still misses December. */
  nObs -= 7;
  aObs[23].period = P("2025-11");   /* 2025-12 becomes a duplicate */
  aObs[23].value = a2025[10];        /* of 2025-11, same value */
  INT_EQ(run(&g, "2026-01-20"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "(2025 has data for 11 of 12 months).");
  STR_HAS(res.zWhy, "January\xe2\x80\x93November 2025 is 15.8 % above");
  INT_EQ(res.nConflict, 0);

  /* Quarterly indicator: "Q1–Q2". */
  goal_trade(&g, FREQ_QUARTER);
  obs_clear();
  obs_add("2024-Q1", 250); obs_add("2024-Q2", 250);
  obs_add("2024-Q3", 250); obs_add("2024-Q4", 250);
  obs_add("2025-Q1", 270); obs_add("2025-Q2", 280);
  obs_add("2025-Q3", 280); obs_add("2025-Q4", 270);
  obs_add("2026-Q1", 300); obs_add("2026-Q2", 294);
  INT_EQ(run(&g, "2026-08-01"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, " Q1\xe2\x80\x93Q2 2026 is 8.0 % above"
          " Q1\xe2\x80\x93Q2 2025.");
  obs_add("2026-Q3", 300);   /* a period after `at` changes nothing */
  INT_EQ(run(&g, "2026-06-30"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "Q1\xe2\x80\x93Q2 2026 is 8.0 % above");
}

/*********************************************************************
** GOAL_LEVEL
*/
static void test_level(void){
  GoalSpec g;
  double rK = 365.0/365.2425, rKK = (D("2030-12-31")-D("2024-12-31"))
                                     /365.2425;
  goal_init(&g, GOAL_LEVEL, "employment at US companies", "employees",
            FREQ_YEAR);
  g.rTarget = 40000.0;
  g.bHasTarget = 1;
  g.baseline = P("2024");
  g.bHasBaseline = 1;
  g.deadline = D("2030-12-31");
  obs_clear();
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "No figure for employment at US companies has been"
         " reported.");
  obs_add("2024", 30000.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "no figure after the 2024 baseline yet.");
  obs_add("2025", 32000.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  NEAR(res.rObservedRate, (pow(32.0/30.0, 1.0/rK) - 1.0)*100.0, 1e-9);
  NEAR(res.rRatio, (pow(32.0/30.0, 1.0/rK) - 1.0)
                   /(pow(4.0/3.0, 1.0/rKK) - 1.0), 1e-9);
  OK( res.bProjection && period_cmp(res.projectAt, P("2030"))==0 );
  NEAR(res.rTargetAt, 40000.0, 1e-9);
  NEAR(res.rProjected, 32000.0*pow(1.0 + res.rObservedRate/100.0, rKK-rK),
       1e-6);
  STR_HAS(res.zWhy, "Employment at US companies was 32,000 employees in 2025"
          " against a target of 40,000 by 2030-12-31; at the pace since 2024"
          " (6.7 % a year) it would reach ");
  aObs[1].value = 31000.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_AT_RISK);
  STR_HAS(res.zWhy, "% short.");
  aObs[1].value = 30500.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  aObs[1].value = 29000.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, ", down from 30,000 in 2024: a deterioration.");
  OK( res.rRatio<0 );

  /* Achieved before the deadline; overdue after it; deadline today. */
  aObs[1].value = 41000.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "Employment at US companies was 41,000 employees in 2025,"
         " meeting the target of 40,000.");
  aObs[1].value = 35000.0;
  g.deadline = D("2026-02-28");
  INT_EQ(run(&g, "2026-02-28"), STATUS_OFF_TRACK);   /* ratio 0.59 */
  INT_EQ(run(&g, "2026-03-01"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2026-02-28; employment at US companies was 35,000"
         " employees in 2025, 12.5 % short of the target of 40,000.");
  g.deadline = D("2024-12-31");   /* before the baseline ends */
  INT_EQ(run(&g, "2024-12-31"), STATUS_NO_DATA);
  INT_EQ(run(&g, "2026-03-01"), STATUS_OVERDUE);
  g.deadline = D("2025-06-30");
  obs_add("2026", 45000.0);
  INT_EQ(run(&g, "2027-03-01"), STATUS_ACHIEVED);
  STR_HAS(res.zWhy, "was 45,000 employees in 2026, meeting the target of"
          " 40,000 after the 2025-06-30 deadline.");
  nObs = 2;

  /* Preferring complete periods; an in-progress one if nothing else. */
  g.deadline = D("2030-12-31");
  aObs[1].value = 32000.0;
  obs_add("2026", 45000.0);
  INT_EQ(run(&g, "2026-06-01"), STATUS_ON_TRACK);
  OK( period_cmp(res.latest, P("2025"))==0 );
  obs_clear();
  obs_add("2026", 45000.0);
  INT_EQ(run(&g, "2026-06-01"), STATUS_ACHIEVED);

  /* Without a deadline: direction only. */
  g.deadline = DATE_NONE;
  obs_clear();
  obs_add("2024", 30000.0);
  obs_add("2025", 32000.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  STR_EQ(res.zWhy, "Employment at US companies was 32,000 employees in 2025,"
         " up from 30,000 in 2024, moving towards the target of 40,000; no"
         " deadline is set.");
  aObs[1].value = 29000.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, "down from 30,000 in 2024, moving away from the target");
  aObs[1].value = 30000.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, "unchanged since the 2024 baseline");

  /* Baseline missing, or already at the target. */
  g.bHasBaseline = 0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "no usable baseline is set, so progress cannot be"
          " judged.");
  g.bHasBaseline = 1;
  g.baseline = P("2024");
  g.bHasBaselineValue = 1;
  g.rBaseline = 41000.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, "no longer meeting the target of 40,000 that the 2024"
          " baseline (41,000) met.");

  /* Zero baseline: the linear ratio. */
  g.rBaseline = 0.0;
  g.rTarget = 100.0;
  g.deadline = D("2030-12-31");
  aObs[1].value = 20.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  NEAR(res.rRatio, (20.0/rK)/(100.0/rKK), 1e-9);
  OK( !res.bObservedRate );
  STR_HAS(res.zWhy, "at the pace since 2024 it would reach");

  /* Decrease ("down to"). */
  goal_init(&g, GOAL_LEVEL, "tariff lines with barriers", 0, FREQ_YEAR);
  g.rTarget = 50.0;
  g.bHasTarget = 1;
  g.bDecrease = 1;
  g.baseline = P("2024");
  g.bHasBaseline = 1;
  g.deadline = D("2026-12-31");
  obs_clear();
  obs_add("2024", 200.0);
  obs_add("2025", 100.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  aObs[1].value = 180.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, "% above the target.");
  aObs[1].value = 50.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_ACHIEVED);

  /* Conflicting employee counts (the seed article's 112,000 / 30,000). */
  goal_init(&g, GOAL_LEVEL, "employment at US companies", 0, FREQ_YEAR);
  g.rTarget = 40000.0;
  g.bHasTarget = 1;
  g.aSource = aSrcName;
  g.nSource = 3;
  obs_clear();
  obs_adds("2024", 112000.0, 0, 1, 3);
  obs_adds("2024", 30000.0, 0, 2, 0);
  INT_EQ(run(&g, "2025-03-01"), STATUS_DISPUTED);
  INT_EQ(res.nConflict, 1);
  STR_HAS(res.zWhy, "on the figures of IPESE the goal is Achieved (2024:"
          " 112,000)");
  STR_HAS(res.zWhy, "on the figures of values without a source the goal is"
          " not judged (2024: 30,000)");
  aObs[1].iSeq = 0;   /* entered first: the same verdict */
  INT_EQ(run(&g, "2025-03-01"), STATUS_DISPUTED);
  aObs[0].bPreferred = 1;
  INT_EQ(run(&g, "2025-03-01"), STATUS_ACHIEVED);
  INT_EQ(res.nConflict, 0);
  STR_HAS(res.zWhy, "meeting the target of 40,000 (IPESE).");
  g.aSource = 0;
  g.nSource = 0;

  /* Not started; a leap-day deadline is inclusive. */
  g.start = D("2027-01-01");
  INT_EQ(run(&g, "2026-12-31"), STATUS_NOT_STARTED);
  STR_EQ(res.zWhy, "The goal starts on 2027-01-01.");
  g.start = DATE_NONE;
  g.deadline = D("2028-02-29");
  g.baseline = P("2026");
  g.bHasBaseline = 1;
  obs_clear();
  obs_add("2026", 30000.0);
  obs_add("2027", 36000.0);   /* ratio 0.71 */
  INT_EQ(run(&g, "2028-02-29"), STATUS_AT_RISK);
  STR_HAS(res.zWhy, "by 2028-02-29; at the pace since 2026");
  INT_EQ(run(&g, "2028-03-01"), STATUS_OVERDUE);
  STR_HAS(res.zWhy, "Due 2028-02-29;");
}

/*********************************************************************
** GOAL_COUNT_PERIOD
*/
static void test_count_period(void){
  GoalSpec g;
  goal_init(&g, GOAL_COUNT_PERIOD, "joint military exercises", 0,
            FREQ_YEAR);
  g.rTarget = 3.0;
  g.bHasTarget = 1;
  g.start = D("2025-01-01");
  obs_clear();
  /* A closed year with nothing reported counts as missed. */
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_EQ(res.zWhy, "Nothing reported for 2025, against at least 3 joint"
         " military exercises; a year with nothing reported counts as"
         " missed.");
  OK( res.nFig==1 && res.aFig[0].bMissing );
  /* Within the first year nothing is closed yet: the pace decides. */
  INT_EQ(run(&g, "2025-02-01"), STATUS_ON_TRACK);
  STR_EQ(res.zWhy, "0 of at least 3 joint military exercises so far in"
         " 2025, with 92 % of the year left.");
  INT_EQ(run(&g, "2025-06-01"), STATUS_AT_RISK);
  INT_EQ(run(&g, "2024-12-31"), STATUS_NOT_STARTED);

  obs_add("2025", 3.0);
  obs_add("2026", 2.0);
  INT_EQ(run(&g, "2026-07-01"), STATUS_ON_TRACK);
  STR_EQ(res.zWhy, "2 of at least 3 joint military exercises so far in 2026,"
         " with 50 % of the year left. 2025 met the target with 3.");
  OK( res.bLatest && period_cmp(res.latest, P("2026"))==0 );
  OK( res.bProjection );
  NEAR(res.rProjected, 2.0*365.0/181.0, 1e-9);
  aObs[1].value = 1.0;
  INT_EQ(run(&g, "2026-11-22"), STATUS_AT_RISK);
  STR_EQ(res.zWhy, "1 of at least 3 joint military exercises so far in 2026,"
         " with 11 % of the year left. 2025 met the target with 3.");
  /* Whole events: nothing expected yet early in the year. */
  nObs = 1;
  INT_EQ(run(&g, "2026-01-20"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "0 of at least 3 joint military exercises so far in"
          " 2026, with 95 % of the year left.");
  INT_EQ(run(&g, "2026-05-01"), STATUS_AT_RISK);
  obs_add("2026", 3.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "3 joint military exercises so far in 2026, meeting the"
          " target of at least 3.");

  /* The latest complete year missed. */
  aObs[0].value = 2.0;
  aObs[1].value = 1.0;
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_EQ(res.zWhy, "2 joint military exercises in 2025 against at least 3."
         " 1 so far in 2026.");
  OK( period_cmp(res.latest, P("2025"))==0 );

  /* A gap: the latest closed year with nothing reported is missed, so
  ** not reporting never reads better than reporting a shortfall. */
  g.start = D("2024-01-01");
  obs_clear();
  obs_add("2024", 4.0);
  INT_EQ(run(&g, "2026-03-01"), STATUS_OFF_TRACK);
  STR_HAS(res.zWhy, "Nothing reported for 2025, against at least 3");
  obs_add("2024", 4.0);   /* a duplicate with the same value */
  run(&g, "2026-03-01");
  INT_EQ(res.nConflict, 0);

  /* Deadline passed: achieved, overdue, no data; deadline today. */
  g.start = D("2025-01-01");
  g.deadline = D("2027-12-31");
  obs_clear();
  obs_add("2025", 3.0);
  obs_add("2026", 4.0);
  obs_add("2027", 3.0);
  INT_EQ(run(&g, "2027-12-31"), STATUS_ON_TRACK);
  INT_EQ(run(&g, "2028-01-01"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "The target of at least 3 joint military exercises a year"
         " was met in every year from 2025 to 2027.");
  aObs[1].value = 2.0;
  INT_EQ(run(&g, "2028-01-01"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2027-12-31; the target of at least 3 joint military"
         " exercises a year was missed in 1 of 3 years (2026: 2).");
  nObs = 1;
  obs_add("2027", 5.0);
  INT_EQ(run(&g, "2028-01-01"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2027-12-31; the target of at least 3 joint military"
         " exercises a year was missed in 1 of 3 years (2026: not"
         " reported). A year with nothing reported counts as missed.");
  g.deadline = D("2025-12-31");
  INT_EQ(run(&g, "2026-01-01"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "The target of at least 3 joint military exercises a year"
         " was met in 2025.");

  /* Monthly counts summed to years; months without a row count as 0. */
  goal_init(&g, GOAL_COUNT_PERIOD, "Serbian diplomats trained", 0,
            FREQ_MONTH);
  g.rTarget = 3.0;
  g.bHasTarget = 1;
  obs_clear();
  obs_add("2025-03", 1.0);
  obs_add("2025-09", 2.0);
  obs_add("2026-02", 1.0);
  INT_EQ(run(&g, "2026-04-15"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "1 of at least 3 Serbian diplomats trained so far in"
          " 2026, with 72 % of the year left. 2025 met the target with 3.");
  /* Quarterly goal periods. */
  g.ePeriod = FREQ_QUARTER;
  g.rTarget = 1.0;
  INT_EQ(run(&g, "2026-04-15"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "2026-Q1 met the target with 1.");
  INT_EQ(run(&g, "2026-07-15"), STATUS_OFF_TRACK);
  STR_EQ(res.zWhy, "Nothing reported for 2026-Q2, against at least 1"
         " Serbian diplomats trained; a quarter with nothing reported"
         " counts as missed.");
  obs_add("2026-05", 0.0);
  INT_EQ(run(&g, "2026-07-15"), STATUS_OFF_TRACK);
  STR_EQ(res.zWhy, "0 Serbian diplomats trained in 2026-Q2 against at least"
         " 1.");
  g.eIndFreq = FREQ_YEAR;
  INT_EQ(run(&g, "2026-07-15"), STATUS_NO_DATA);
  STR_HAS(res.zWhy, "too coarse for a quarterly target.");
  g.eIndFreq = FREQ_MONTH;
  obs_clear();
  INT_EQ(run(&g, "2026-07-15"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "No count of Serbian diplomats trained reported yet.");
  g.bHasTarget = 0;
  INT_EQ(run(&g, "2026-07-15"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "No target is set.");
}

/*********************************************************************
** GOAL_COUNT_WINDOW
*/
static void test_count_window(void){
  GoalSpec g;
  goal_init(&g, GOAL_COUNT_WINDOW, "major agreements", 0, FREQ_MONTH);
  g.rTarget = 3.0;
  g.bHasTarget = 1;
  g.start = D("2025-01-20");
  g.deadline = D("2028-01-19");
  obs_clear();
  INT_EQ(run(&g, "2025-01-19"), STATUS_NOT_STARTED);
  STR_EQ(res.zWhy, "The goal starts on 2025-01-20.");
  INT_EQ(run(&g, "2026-01-20"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "No count reported since 2025-01-20.");
  obs_add("2024-12", 5.0);   /* before the window */
  obs_add("2025-06", 1.0);
  INT_EQ(run(&g, "2026-01-20"), STATUS_ON_TRACK);
  STR_EQ(res.zWhy, "1 of at least 3 major agreements since 2025-01-20, with"
         " 67 % of the time to 2028-01-19 left; at this pace 3 by the"
         " deadline.");
  NEAR(res.rRatio, 1.0, 1e-9);
  NEAR(res.rProjected, 3.0, 1e-9);
  OK( period_cmp(res.projectAt, P("2028-01"))==0 );
  NEAR(res.rLatest, 1.0, 1e-9);
  INT_EQ(run(&g, "2026-07-20"), STATUS_AT_RISK);
  STR_HAS(res.zWhy, "at this pace 2 by the deadline, short of 3.");
  INT_EQ(run(&g, "2027-01-20"), STATUS_OFF_TRACK);
  obs_add("2026-11", 1.0);
  INT_EQ(run(&g, "2028-01-19"), STATUS_AT_RISK);
  INT_EQ(run(&g, "2028-01-20"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2028-01-19; 2 of at least 3 major agreements since"
         " 2025-01-20.");
  obs_add("2028-02", 1.0);   /* after the window */
  INT_EQ(run(&g, "2028-03-01"), STATUS_OVERDUE);
  obs_add("2028-01", 1.0);   /* the deadline's month is not within */
  INT_EQ(run(&g, "2028-03-01"), STATUS_OVERDUE);
  obs_add("2027-12", 1.0);
  INT_EQ(run(&g, "2028-03-01"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "3 major agreements since 2025-01-20, meeting the target"
         " of at least 3.");
  obs_clear();
  INT_EQ(run(&g, "2028-03-01"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2028-01-19; no major agreements reported, against at"
         " least 3.");
  obs_add("2025-02", 3.0);
  INT_EQ(run(&g, "2025-03-01"), STATUS_ACHIEVED);
  g.deadline = DATE_NONE;
  aObs[0].value = 1.0;
  INT_EQ(run(&g, "2025-03-01"), STATUS_ON_TRACK);
  STR_EQ(res.zWhy, "1 of at least 3 major agreements since 2025-01-20; no"
         " deadline is set.");
  aObs[0].value = 0.0;
  INT_EQ(run(&g, "2025-03-01"), STATUS_NO_DATA);
  g.start = DATE_NONE;
  g.deadline = D("2028-01-19");
  aObs[0].value = 2.0;
  INT_EQ(run(&g, "2025-03-01"), STATUS_ON_TRACK);
  STR_HAS(res.zWhy, "no start date is set, so the pace cannot be judged.");
}

/*********************************************************************
** GOAL_MILESTONE
*/
static void test_milestone(void){
  GoalSpec g;
  goal_init(&g, GOAL_MILESTONE, 0, 0, FREQ_YEAR);
  obs_clear();
  /* No deadline. */
  INT_EQ(run(&g, "2026-01-01"), STATUS_NOT_STARTED);
  STR_EQ(res.zWhy, "Work has not started; no deadline is set.");
  g.startedOn = D("2026-03-01");
  INT_EQ(run(&g, "2026-02-28"), STATUS_NOT_STARTED);
  INT_EQ(run(&g, "2026-03-01"), STATUS_ON_TRACK);
  STR_EQ(res.zWhy, "In progress since 2026-03-01; no deadline is set.");
  g.achievedOn = D("2026-05-14");
  INT_EQ(run(&g, "2026-05-13"), STATUS_ON_TRACK);
  INT_EQ(run(&g, "2026-05-14"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "Achieved on 2026-05-14.");

  /* With a deadline. */
  g.deadline = D("2026-12-31");
  g.startedOn = g.achievedOn = DATE_NONE;
  INT_EQ(run(&g, "2027-01-23"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2026-12-31; not achieved, 23 days overdue.");
  INT_EQ(run(&g, "2027-01-01"), STATUS_OVERDUE);
  STR_EQ(res.zWhy, "Due 2026-12-31; not achieved, 1 day overdue.");
  INT_EQ(run(&g, "2026-12-31"), STATUS_AT_RISK);
  STR_EQ(res.zWhy, "Work has not started and the deadline is today.");
  INT_EQ(run(&g, "2026-11-16"), STATUS_AT_RISK);
  STR_EQ(res.zWhy, "Work has not started and the deadline is in 45 days.");
  INT_EQ(run(&g, "2026-10-02"), STATUS_AT_RISK);   /* 90 days */
  INT_EQ(run(&g, "2026-10-01"), STATUS_NOT_STARTED);
  g.deadline = D("2027-06-30");
  status_compute(&g, aObs, nObs, D("2027-06-30") - 584, 0, &res);
  INT_EQ(res.eStatus, STATUS_NOT_STARTED);
  STR_EQ(res.zWhy, "Work has not started; due 2027-06-30 (in 584 days).");
  g.startedOn = D("2026-03-01");
  status_compute(&g, aObs, nObs, D("2027-06-30") - 120, 0, &res);
  INT_EQ(res.eStatus, STATUS_ON_TRACK);
  STR_EQ(res.zWhy, "In progress since 2026-03-01; due in 120 days.");
  INT_EQ(run(&g, "2027-06-30"), STATUS_ON_TRACK);
  STR_EQ(res.zWhy, "In progress since 2026-03-01; due today.");
  INT_EQ(run(&g, "2027-07-01"), STATUS_OVERDUE);
  g.achievedOn = D("2027-07-03");
  INT_EQ(run(&g, "2027-07-04"), STATUS_ACHIEVED);
  STR_EQ(res.zWhy, "Achieved on 2027-07-03, 3 days after the 2027-06-30"
         " deadline.");
  /* A start after the date asked; leap day. */
  g.startedOn = g.achievedOn = DATE_NONE;
  g.start = D("2028-02-29");
  INT_EQ(run(&g, "2026-01-01"), STATUS_NOT_STARTED);
  STR_EQ(res.zWhy, "The goal starts on 2028-02-29; due 2027-06-30.");
  g.deadline = D("2028-12-31");
  INT_EQ(run(&g, "2028-02-28"), STATUS_NOT_STARTED);
  STR_EQ(res.zWhy, "The goal starts on 2028-02-29; due 2028-12-31.");
  INT_EQ(run(&g, "2028-02-29"), STATUS_NOT_STARTED);
  STR_EQ(res.zWhy, "Work has not started; due 2028-12-31 (in 306 days).");
  /* Milestones need no target. */
  g.bHasTarget = 0;
  g.achievedOn = D("2028-03-01");
  INT_EQ(run(&g, "2028-03-01"), STATUS_ACHIEVED);
}

/*********************************************************************
** Input the engine must survive
*/
static uint64_t rng = 88172645463325252ULL;
static uint64_t rnd(void){
  rng ^= rng<<13;
  rng ^= rng>>7;
  rng ^= rng<<17;
  return rng;
}
static double rnd_value(void){
  switch( rnd()%12 ){
    case 0:  return NAN;
    case 1:  return INFINITY;
    case 2:  return -1e300;
    case 3:  return 1e300;
    case 4:  return 0.0;
    case 5:  return -5.0;
    default: return (double)(rnd()%100000)/10.0;
  }
}
static Date rnd_date(void){
  switch( rnd()%10 ){
    case 0:  return DATE_NONE;
    case 1:  return (Date)(int32_t)(uint32_t)rnd();
    default: return D("2020-01-01") + (Date)(rnd()%4000);
  }
}

static void test_robust(void){
  GoalSpec g;
  StatusConfig c;
  static char zLong[2000];
  static const char zCyr[] = "\xd1\x82\xd1\x80\xd0\xb3\xd0\xbe\xd0\xb2"
                             "\xd0\xb8\xd0\xbd\xd0\xb0 ";   /* "trgovina " */
  int i, j, nBad = 0;

  /* No goal, no observations, bad dates and enums. */
  INT_EQ(status_compute(0, 0, 0, D("2026-01-01"), 0, &res), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "No goal was given.");
  goal_trade(&g, FREQ_YEAR);
  INT_EQ(status_compute(&g, 0, 5, D("2026-01-01"), 0, &res),
         STATUS_NO_DATA);
  INT_EQ(status_compute(&g, aObs, -3, D("2026-01-01"), 0, &res),
         STATUS_NO_DATA);
  INT_EQ(status_compute(&g, aObs, 0, DATE_NONE, 0, &res), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "The date asked is not a valid date.");
  INT_EQ(status_compute(&g, aObs, 0, INT32_MAX, 0, &res), STATUS_NO_DATA);
  g.deadline = INT32_MAX;
  INT_EQ(run(&g, "2026-01-01"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "The goal's deadline is not a valid date.");
  g.deadline = DATE_NONE;
  g.eKind = (GoalKind)77;
  INT_EQ(run(&g, "2026-01-01"), STATUS_NO_DATA);
  STR_EQ(res.zWhy, "The goal's kind is not known.");
  g.eKind = GOAL_GROWTH;
  g.eAgg = (Agg)9;
  INT_EQ(run(&g, "2026-01-01"), STATUS_NO_DATA);
  g.eAgg = AGG_SUM;

  /* Malformed periods are ignored. */
  obs_clear();
  obs_add("2024", 100.0);
  obs_add("2025", 110.0);
  aObs[nObs] = aObs[1];
  aObs[nObs].period.year = 0;
  nObs++;
  aObs[nObs] = aObs[1];
  aObs[nObs].period.eFreq = 7;
  nObs++;
  aObs[nObs] = aObs[1];
  aObs[nObs].period.eFreq = FREQ_MONTH;
  aObs[nObs].period.n = 13;
  nObs++;
  aObs[nObs] = aObs[1];
  aObs[nObs].period.year = 10000;
  nObs++;
  INT_EQ(run(&g, "2026-01-01"), STATUS_ON_TRACK);
  NEAR(res.rLatest, 110.0, 1e-9);

  /* Far beyond the window of the series. */
  INT_EQ(run(&g, "9999-12-31"), STATUS_NO_DATA);
  INT_EQ(run(&g, "0001-01-01"), STATUS_NO_DATA);

  /* Very long names: cut safely, conflicts still reported. */
  memset(zLong, 'x', sizeof(zLong)-1);
  g.zIndicator = zLong;
  g.zUnit = zLong;
  obs_adds("2025", 120.0, 0, 50, 7);
  run(&g, "2026-01-01");
  OK( strlen(res.zWhy)<sizeof(res.zWhy) );
  STR_HAS(res.zWhy, "...");
  STR_HAS(res.zWhy, " Choose the value that counts (accord prefer) or set"
          " the indicator's source of record.");
  nObs--;
  for(i=0; i<(int)sizeof(zLong)-20; i+=18) memcpy(zLong+i, zCyr, 18);
  zLong[i] = 0;
  run(&g, "2026-01-01");
  OK( utf8_ok(res.zWhy) );
  OK( strlen(res.zWhy)<sizeof(res.zWhy) );
  g.zIndicator = 0;
  g.zUnit = 0;
  run(&g, "2026-01-01");
  STR_HAS(res.zWhy, "The indicator ");
  g.zIndicator = zCyr;
  run(&g, "2026-01-01");
  OK( strncmp(res.zWhy, zCyr, 10)==0 );

  /* Extreme values. */
  obs_clear();
  obs_add("2024", 1e-300);
  obs_add("2025", 1e300);
  g.zIndicator = "x";
  run(&g, "2026-01-01");
  OK( res.eStatus<STATUS__MAX && ends_with_period(res.zWhy) );

  /* Random goals and observations: no crash, always a sentence. */
  for(i=0; i<3000; i++){
    goal_init(&g, (GoalKind)(rnd()%(GOAL__MAX+1)), "widgets", "t",
              (Freq)(rnd()%FREQ__MAX));
    g.eAgg = (Agg)(rnd()%AGG__MAX);
    g.ePeriod = (Freq)(rnd()%FREQ__MAX);
    g.rTarget = rnd_value();
    g.bHasTarget = (int)(rnd()%5!=0);
    g.bCompound = (int)(rnd()%2);
    g.bDecrease = (int)(rnd()%3==0);
    g.baseline = period_from_index(g.ePeriod,
                                   2018*freq_per_year(g.ePeriod)
                                   + (int64_t)(rnd()%20));
    g.bHasBaseline = (int)(rnd()%6!=0);
    g.rBaseline = rnd_value();
    g.bHasBaselineValue = (int)(rnd()%3==0);
    g.start = rnd()%2 ? DATE_NONE : rnd_date();
    g.deadline = rnd_date();
    g.startedOn = rnd_date();
    g.achievedOn = rnd()%2 ? DATE_NONE : rnd_date();
    nObs = (int)(rnd()%120);
    for(j=0; j<nObs; j++){
      Freq e = rnd()%8 ? g.eIndFreq : (Freq)(rnd()%FREQ__MAX);
      aObs[j].period = period_from_index(e, 2019*freq_per_year(e)
                                   + (int64_t)(rnd()%(9*freq_per_year(e))));
      aObs[j].value = rnd_value();
      aObs[j].bPreferred = (int)(rnd()%7==0);
      aObs[j].iSeq = (int64_t)(rnd()%50);
    }
    status_config_default(&c);
    if( rnd()%4==0 ){
      c.rOnTrack = rnd_value();
      c.rAtRisk = rnd_value();
      c.nHorizonDays = (int)(rnd()%400) - 100;
      c.nMinYtdMonths = (int)(rnd()%20) - 5;
    }
    status_compute(&g, aObs, nObs, rnd()%20 ? rnd_date() : DATE_NONE,
                   rnd()%2 ? &c : 0, &res);
    if( (unsigned)res.eStatus>=STATUS__MAX || !ends_with_period(res.zWhy)
     || strlen(res.zWhy)>=sizeof(res.zWhy) || !utf8_ok(res.zWhy)
     || res.nConflict<0 ){
      if( nBad++<5 ) fprintf(stderr, "bad result: %s\n", res.zWhy);
    }
  }
  INT_EQ(nBad, 0);
}

int main(void){
  test_period();
  test_basics();
  test_growth();
  test_growth_ytd();
  test_level();
  test_count_period();
  test_count_window();
  test_milestone();
  test_robust();
  HARNESS_END("unit/status");
}
