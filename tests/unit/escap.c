/*
** tests/unit/escap.c: the status engine against an implementation of the
** UN ESCAP progress assessment written here, independently of the engine
** (docs/status.md, "Achieved" and "Growth").
**
** ESCAP ("Asia and the Pacific SDG Progress Report", technical note;
** the method of the Open SDG platform) judges an indicator with a target
** value for a target year by the ratio of its observed compound annual
** growth rate since the base year to the rate the target needs:
**
**   target value   V* = x_b (1 + r)^(T - b)
**   achieved       x_t >= V*
**   else ratio     CR = ((x_t / x_b)^(1/(t-b)) - 1) / ((V* / x_b)^(1/(T-b)) - 1)
**                  CR >= 0.95 on track, >= 0.6 fair progress,
**                  >= 0 limited progress, < 0 regressing
**
** The engine's statuses map: achieved = ACHIEVED, on track = ON_TRACK,
** fair progress = AT_RISK, limited progress and regressing = OFF_TRACK.
** On the US Census series of US-Serbia goods trade (tests/data), for
** every base year b, target rate r, horizon T-b and year judged t (as of
** the end of t), the two agree everywhere except after a missed deadline
** (t > T) while the target is still not reached: there the engine says
** OVERDUE and ESCAP grades the pace; both say "not met".
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

#include <math.h>
#include <stdlib.h>

/* The series: complete years only. */
static int aYear[64];
static double aValue[64];
static int nYear = 0;

/* Read total_trade_musd of the complete years of the Census CSV. */
static int read_series(void){
  static const char *const azPath[] = {
    "tests/data/us_serbia_goods_trade_annual_census.csv",
    "../tests/data/us_serbia_goods_trade_annual_census.csv", 0
  };
  char zPath[4096], zLine[1024];
  const char *zTop = getenv("TOP");
  FILE *in = 0;
  int i;
  if( zTop ){
    snprintf(zPath, sizeof(zPath), "%s/%s", zTop, azPath[0]);
    in = fopen(zPath, "r");
  }
  for(i=0; in==0 && azPath[i]; i++) in = fopen(azPath[i], "r");
  if( in==0 ) return 0;
  while( fgets(zLine, sizeof(zLine), in) && nYear<64 ){
    int y, m;
    double ex, im, tot;
    if( zLine[0]=='#' || zLine[0]=='y' ) continue;
    if( sscanf(zLine, "%d,%d,%lf,%lf,%lf", &y, &m, &ex, &im, &tot)!=5 ){
      continue;
    }
    if( m!=12 ) continue;   /* the year in progress */
    aYear[nYear] = y;
    aValue[nYear] = tot;
    nYear++;
  }
  fclose(in);
  return nYear;
}

/* ESCAP's verdicts. */
enum { E_ACHIEVED, E_ON_TRACK, E_FAIR, E_LIMITED, E_REGRESSING };

/* The ESCAP verdict on x_t, t-b years after base value x_b, for a target
** of rate r (fraction) a year reached in T-b years. */
static int escap(double xb, double xt, int b, int t, int T, double r){
  double vStar = xb*pow(1.0 + r, (double)(T - b));
  double crObs, crNeed, cr;
  if( xt>=vStar ) return E_ACHIEVED;
  crObs = pow(xt/xb, 1.0/(double)(t - b)) - 1.0;
  crNeed = pow(vStar/xb, 1.0/(double)(T - b)) - 1.0;
  cr = crObs/crNeed;
  if( cr>=0.95 ) return E_ON_TRACK;
  if( cr>=0.6 ) return E_FAIR;
  if( cr>=0.0 ) return E_LIMITED;
  return E_REGRESSING;
}

/* The engine's status an ESCAP verdict corresponds to. */
static Status escap_status(int e){
  switch( e ){
    case E_ACHIEVED: return STATUS_ACHIEVED;
    case E_ON_TRACK: return STATUS_ON_TRACK;
    case E_FAIR:     return STATUS_AT_RISK;
    default:         return STATUS_OFF_TRACK;
  }
}

static void test_escap(void){
  static const double aRate[] = { 1, 2, 3, 5, 7.5, 10, 12, 15, 20, 30 };
  ObsPoint aObs[64];
  GoalSpec g;
  StatusResult res;
  int i, ib, it, h, k, nCompared = 0, nAgree = 0, nOverdue = 0, nBad = 0;
  char zB[8];
  memset(aObs, 0, sizeof(aObs));
  for(i=0; i<nYear; i++){
    aObs[i].period.eFreq = FREQ_YEAR;
    aObs[i].period.year = (int16_t)aYear[i];
    aObs[i].value = aValue[i];
    aObs[i].iSeq = i+1;
    aObs[i].iSource = 1;
  }
  for(ib=0; ib<nYear-1; ib++){
    int b = aYear[ib];
    for(k=0; k<(int)(sizeof(aRate)/sizeof(aRate[0])); k++){
      for(h=1; h<=10; h++){
        int T = b + h;
        memset(&g, 0, sizeof(g));
        g.eKind = GOAL_GROWTH;
        g.zIndicator = "total trade";
        g.eIndFreq = FREQ_YEAR;
        g.eAgg = AGG_SUM;
        g.ePeriod = FREQ_YEAR;
        g.rTarget = aRate[k];
        g.bHasTarget = 1;
        g.bCompound = 1;
        snprintf(zB, sizeof(zB), "%d", b);
        period_parse(zB, &g.baseline);
        g.bHasBaseline = 1;
        g.start = g.startedOn = g.achievedOn = DATE_NONE;
        date_from_ymd(T, 12, 31, &g.deadline);
        for(it=ib+1; it<nYear; it++){
          int t = aYear[it], e;
          Date at = 0;
          Status eE;
          date_from_ymd(t, 12, 31, &at);
          status_compute(&g, aObs, nYear, at, 0, &res);
          e = escap(aValue[ib], aValue[it], b, t, T, aRate[k]/100.0);
          eE = escap_status(e);
          nCompared++;
          if( res.eStatus==eE ){
            nAgree++;
          }else if( t>T && e!=E_ACHIEVED && res.eStatus==STATUS_OVERDUE ){
            nOverdue++;   /* the one difference: both say "not met" */
          }else{
            if( nBad++<5 ){
              fprintf(stderr, "b=%d r=%g T=%d t=%d: engine %s, ESCAP %s"
                      " (%s)\n", b, aRate[k], T, t,
                      azStatusName[res.eStatus], azStatusName[eE],
                      res.zWhy);
            }
          }
        }
      }
    }
  }
  printf("escap: %d comparisons, %d agree, %d overdue against a pace"
         " grade, %d differ\n", nCompared, nAgree, nOverdue, nBad);
  INT_EQ(nBad, 0);
  OK( nCompared>10000 );
  OK( nOverdue>0 );
  OK( nAgree + nOverdue==nCompared );
}

int main(void){
  OK( read_series()>=18 );
  if( nYear>0 ) test_escap();
  HARNESS_END("unit/escap");
}
