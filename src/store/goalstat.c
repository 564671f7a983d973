/*
** goalstat.c: the status of goals, read from the store and judged by the
** status engine (core/status.h).
**
** For each goal this gathers the goal's row, its indicator and the
** indicator's observations, turns them into the engine's GoalSpec and
** ObsPoint array, and applies the thresholds of the goal's dialogue.
** The web pages and the reports use the same function as `accord status`,
** so every reader sees the same verdict.
*/
#include "storeInt.h"
#include "goalstat.h"

#include <stdlib.h>
#include <string.h>


/* A text field as a string or NULL. */
static const char *ftext(int e, const Value *aVal, const char *zName){
  const Value *p = model_value(e, aVal, zName);
  return p->eType==VAL_TEXT ? p->z : 0;
}

/* A date field as a Date or DATE_NONE. */
static Date fdate(int e, const Value *aVal, const char *zName){
  const char *z = ftext(e, aVal, zName);
  Date d;
  return z && date_parse(z, &d)==0 ? d : DATE_NONE;
}

/* Collected observations. */
typedef struct ObsList {
  ObsPoint *a;
  int n, nAlloc;
} ObsList;

static int obs_row(void *pArg, const char *zPeriod, double rValue,
                   int bPreferred, int64_t id){
  ObsList *pL = pArg;
  ObsPoint o;
  if( period_parse(zPeriod, &o.period) ) return 0;
  o.value = rValue;
  o.bPreferred = bPreferred;
  o.iSeq = id;
  if( pL->n>=pL->nAlloc ){
    pL->nAlloc = pL->nAlloc ? pL->nAlloc*2 : 256;
    pL->a = acc_realloc(pL->a, sizeof(ObsPoint)*pL->nAlloc);
  }
  pL->a[pL->n++] = o;
  return 0;
}

/* The periods of the indicator the engine may read for this goal at
** `at` (docs/status.md 2.1): none after the period containing `at`; none
** more than STATUS_LOOKBACK periods back; and where the goal has a
** baseline or a start, nothing before the baseline period or the start
** less one goal period (the engine compares a period with the one
** before).  Reading only these keeps a dashboard's cost independent of
** the length of the series. */
#define STATUS_LOOKBACK 1200
static void obs_window(const GoalSpec *g, Date at, char zFrom[12],
                       char zTo[12]){
  Freq e = g->eIndFreq;
  int64_t iTo = period_index(period_containing(at, e));
  int64_t iFrom = iTo - STATUS_LOOKBACK, iLow = iFrom;
  Date d = DATE_NONE;
  if( (g->eKind==GOAL_GROWTH || g->eKind==GOAL_LEVEL) && g->bHasBaseline
   && g->baseline.year>0 ){
    d = period_start(g->baseline);
  }else if( (g->eKind==GOAL_COUNT_PERIOD || g->eKind==GOAL_COUNT_WINDOW)
         && g->start!=DATE_NONE ){
    d = g->start;
  }
  if( d!=DATE_NONE ){
    /* One goal period (at most a year) earlier, to be safe. */
    iLow = period_index(period_containing(d, e)) - freq_per_year(e) - 1;
  }
  if( iLow>iFrom ) iFrom = iLow;
  if( iFrom>iTo ) iFrom = iTo;
  if( iFrom<freq_per_year(e) ) iFrom = freq_per_year(e);
  period_format(period_from_index(e, iFrom), zFrom);
  period_format(period_from_index(e, iTo), zTo);
}

void goalstat_config(Store *p, int64_t idDialogue, StatusConfig *pCfg){
  Arena a = ARENA_INIT;
  Value *aD;
  status_config_default(pCfg);
  if( store_item_get(p, ENT_DIALOGUE, idDialogue, &a, &aD)==ACC_OK ){
    const Value *v = model_value(ENT_DIALOGUE, aD, "on_track_ratio");
    if( v->eType==VAL_REAL ) pCfg->rOnTrack = v->r;
    v = model_value(ENT_DIALOGUE, aD, "at_risk_ratio");
    if( v->eType==VAL_REAL ) pCfg->rAtRisk = v->r;
    v = model_value(ENT_DIALOGUE, aD, "horizon_days");
    if( v->eType==VAL_INT ) pCfg->nHorizonDays = (int)v->i;
  }
  arena_free(&a);
}

AccRc goalstat_get(Store *p, int64_t idGoal, Date at,
                   const StatusConfig *pCfg, Arena *pArena,
                   GoalStatus *pOut){
  const int e = ENT_GOAL;
  Value *aG, *aI = 0;
  GoalSpec spec;
  ObsList obs = { 0, 0, 0 };
  const Value *v;
  const char *z;
  int k;
  memset(pOut, 0, sizeof(*pOut));
  if( store_item_get(p, e, idGoal, pArena, &aG) ) return ACC_NOTFOUND;
  memset(&spec, 0, sizeof(spec));
  pOut->id = idGoal;
  pOut->aGoal = aG;
  k = model_enum_find(azGoalKindEnum, ftext(e, aG, "kind"));
  spec.eKind = (GoalKind)(k<0 ? GOAL_MILESTONE : k);
  v = model_value(e, aG, "target");
  spec.bHasTarget = v->eType==VAL_REAL;
  spec.rTarget = v->r;
  z = ftext(e, aG, "period");
  if( z==0 || freq_parse(z, &spec.ePeriod) ) spec.ePeriod = FREQ_YEAR;
  spec.bCompound = model_value(e, aG, "compounding")->i!=0;
  spec.bDecrease = model_value(e, aG, "decrease")->i!=0;
  z = ftext(e, aG, "baseline_period");
  spec.bHasBaseline = z && period_parse(z, &spec.baseline)==0;
  v = model_value(e, aG, "baseline_value");
  spec.bHasBaselineValue = v->eType==VAL_REAL;
  spec.rBaseline = v->r;
  spec.start = fdate(e, aG, "start_on");
  spec.deadline = fdate(e, aG, "deadline");
  spec.startedOn = fdate(e, aG, "started_on");
  spec.achievedOn = fdate(e, aG, "achieved_on");
  spec.zIndicator = "the indicator";
  spec.eIndFreq = FREQ_YEAR;
  spec.eAgg = AGG_SUM;
  v = model_value(e, aG, "indicator_id");
  if( v->eType==VAL_INT
   && store_item_get(p, ENT_INDICATOR, v->i, pArena, &aI)==ACC_OK ){
    Freq f;
    pOut->aIndicator = aI;
    spec.zIndicator = ftext(ENT_INDICATOR, aI, "name");
    spec.zUnit = ftext(ENT_INDICATOR, aI, "unit");
    if( freq_parse(ftext(ENT_INDICATOR, aI, "frequency"), &f)==0 ){
      spec.eIndFreq = f;
    }
    k = model_enum_find(azAggEnum, ftext(ENT_INDICATOR, aI, "aggregation"));
    spec.eAgg = (Agg)(k<0 ? AGG_SUM : k);
    {
      char zFrom[12], zTo[12];
      obs_window(&spec, at, zFrom, zTo);
      store_obs_series(p, v->i, zFrom, zTo, obs_row, &obs);
    }
  }
  status_compute(&spec, obs.a, obs.n, at, pCfg, &pOut->res);
  free(obs.a);
  return ACC_OK;
}

AccRc goalstat_dialogue(Store *p, int64_t idDialogue, Date at,
                        Arena *pArena, GoalStatus **paOut, int *pnOut){
  IdList ids = IDLIST_INIT;
  StatusConfig cfg;
  GoalStatus *a;
  int i;
  goalstat_config(p, idDialogue, &cfg);
  store_item_each(p, ENT_GOAL, aEntity[ENT_GOAL].iDialogue, idDialogue,
                  store_row_collect_id, &ids);
  a = arena_alloc(pArena, sizeof(GoalStatus)*(ids.n ? ids.n : 1));
  for(i=0; i<ids.n; i++){
    goalstat_get(p, ids.a[i], at, &cfg, pArena, &a[i]);
  }
  *paOut = a;
  *pnOut = ids.n;
  free(ids.a);
  return ACC_OK;
}
