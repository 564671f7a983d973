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

/* Collected observations.  With zKnownOn set ("YYYY-MM-DD"), only those
** entered on or before that day are kept. */
typedef struct ObsList {
  ObsPoint *a;
  int n, nAlloc;
  const char *zKnownOn;
  Period aCell[64];   /* periods with a cell of a breakdown (not judged) */
  int nCell;
} ObsList;

static int obs_row(void *pArg, const StoreObs *pO){
  ObsList *pL = pArg;
  ObsPoint o;
  memset(&o, 0, sizeof(o));
  if( period_parse(pO->zPeriod, &o.period) ) return 0;
  if( pL->zKnownOn && pO->zAt && strncmp(pO->zAt, pL->zKnownOn, 10)>0 ){
    return 0;
  }
  if( pO->zCell ){
    /* A cell of a breakdown: shown, never judged (docs/design.md,
    ** "Breakdowns"); its period is remembered for the sentence. */
    int i;
    for(i=0; i<pL->nCell && period_cmp(pL->aCell[i], o.period)!=0; i++){}
    if( i==pL->nCell && pL->nCell<(int)(sizeof(pL->aCell)/sizeof(pL->aCell[0])) ){
      pL->aCell[pL->nCell++] = o.period;
    }
    return 0;
  }
  o.value = pO->r;
  o.bPreferred = pO->bPreferred;
  o.iChoice = pO->iChoice;
  o.iSeq = pO->id;
  o.iSource = pO->iSource;
  if( pL->n>=pL->nAlloc ){
    pL->nAlloc = pL->nAlloc ? pL->nAlloc*2 : 256;
    pL->a = acc_realloc(pL->a, sizeof(ObsPoint)*pL->nAlloc);
  }
  pL->a[pL->n++] = o;
  return 0;
}

/* The periods of pL with a breakdown and no total, up to day `at`: how
** many, and the latest in *pLatest. */
static int cell_only(const ObsList *pL, Date at, Period *pLatest){
  int i, j, n = 0;
  for(i=0; i<pL->nCell; i++){
    if( period_start(pL->aCell[i])>at ) continue;
    for(j=0; j<pL->n; j++){
      if( !pL->a[j].bEvent && period_cmp(pL->a[j].period, pL->aCell[i])==0 ){
        break;
      }
    }
    if( j<pL->n ) continue;
    if( n==0 || period_cmp(pL->aCell[i], *pLatest)>0 ) *pLatest = pL->aCell[i];
    n++;
  }
  return n;
}

/* One event of the indicator as the engine's ObsPoint: it counts one on
** its day (docs/status.md, "Events").  With zKnownOn, only events
** entered on or before that day. */
static int event_row(void *pArg, int64_t id, const Value *aVal){
  ObsList *pL = pArg;
  const char *zAt = ftext(ENT_EVENT, aVal, "entered_at");
  const Value *pSrc = model_value(ENT_EVENT, aVal, "source_id");
  ObsPoint o;
  memset(&o, 0, sizeof(o));
  o.day = fdate(ENT_EVENT, aVal, "occurred_on");
  if( o.day==DATE_NONE ) return 0;
  if( pL->zKnownOn && zAt && strncmp(zAt, pL->zKnownOn, 10)>0 ) return 0;
  o.bEvent = 1;
  o.value = 1.0;
  o.iSeq = id;
  o.iSource = pSrc->eType==VAL_INT ? pSrc->i : 0;
  if( pL->n>=pL->nAlloc ){
    pL->nAlloc = pL->nAlloc ? pL->nAlloc*2 : 256;
    pL->a = acc_realloc(pL->a, sizeof(ObsPoint)*pL->nAlloc);
  }
  pL->a[pL->n++] = o;
  return 0;
}

/*
** The short form of a source's name for sentences: its publisher up to
** the first comma ("U.S. Census Bureau" of "U.S. Census Bureau, Foreign
** Trade Division"), else its title up to the first comma, else its code.
*/
static const char *source_short(Arena *pA, const GoalSource *s){
  const char *z = s->zPublisher && s->zPublisher[0] ? s->zPublisher
                : s->zTitle && s->zTitle[0] ? s->zTitle : s->zCode;
  const char *zComma;
  if( z==0 ) return "";
  zComma = strchr(z, ',');
  return zComma ? arena_printf(pA, "%.*s", (int)(zComma - z), z) : z;
}

/* Read the sources of the observations (and the source of record) into
** pOut->aSource, and point the engine's names at them. */
/* Rows read once for all the goals of a dialogue (goalstat_dialogue_known):
** its goals share a few indicators and sources, and on PostgreSQL each
** read is a round trip to the server. */
#define GS_CACHE 64
typedef struct GsCache {
  int n[2];                    /* [0] indicators, [1] sources */
  int64_t aId[2][GS_CACHE];
  Value *aRow[2][GS_CACHE];    /* 0: not visible to the reader */
} GsCache;

/* Item id of entity e (ENT_INDICATOR or ENT_SOURCE) as store_item_get()
** reads it, through the cache pC when there is one. */
static AccRc gs_get(Store *p, GsCache *pC, int e, int64_t id, Arena *pA,
                    Value **paVal){
  int k = e==ENT_SOURCE, i;
  AccRc rc;
  if( pC ){
    for(i=0; i<pC->n[k]; i++){
      if( pC->aId[k][i]==id ){
        *paVal = pC->aRow[k][i];
        return *paVal ? ACC_OK : ACC_NOTFOUND;
      }
    }
  }
  rc = store_item_get(p, e, id, pA, paVal);
  if( pC && pC->n[k]<GS_CACHE ){
    pC->aId[k][pC->n[k]] = id;
    pC->aRow[k][pC->n[k]++] = rc==ACC_OK ? *paVal : 0;
  }
  return rc;
}

static void sources_read(Store *p, GsCache *pC, Arena *pA,
                         const ObsList *pL, int64_t iRecord,
                         GoalStatus *pOut, StatusSource **paName){
  int64_t aId[32];
  int i, j, n = 0;
  if( iRecord ) aId[n++] = iRecord;
  for(i=0; i<pL->n && n<(int)(sizeof(aId)/sizeof(aId[0])); i++){
    int64_t id = pL->a[i].iSource;
    if( id==0 ) continue;
    for(j=0; j<n && aId[j]!=id; j++){}
    if( j==n ) aId[n++] = id;
  }
  pOut->aSource = arena_alloc(pA, sizeof(GoalSource)*(n ? n : 1));
  *paName = arena_alloc(pA, sizeof(StatusSource)*(n ? n : 1));
  pOut->nSource = 0;
  for(i=0; i<n; i++){
    Value *aS;
    GoalSource *s = &pOut->aSource[pOut->nSource];
    if( gs_get(p, pC, ENT_SOURCE, aId[i], pA, &aS)!=ACC_OK ) continue;
    s->id = aId[i];
    s->zCode = ftext(ENT_SOURCE, aS, "code");
    s->zTitle = ftext(ENT_SOURCE, aS, "title");
    s->zPublisher = ftext(ENT_SOURCE, aS, "publisher");
    s->zShort = source_short(pA, s);
    (*paName)[pOut->nSource].id = s->id;
    (*paName)[pOut->nSource].zShort = s->zShort;
    pOut->nSource++;
  }
}

const GoalSource *goalstat_source(const GoalStatus *g, int64_t id){
  int i;
  for(i=0; i<g->nSource; i++){
    if( g->aSource[i].id==id ) return &g->aSource[i];
  }
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
    v = model_value(ENT_DIALOGUE, aD, "stale_periods");
    if( v->eType==VAL_INT && v->i>=1 && v->i<=1200 ){
      pCfg->nStalePeriods = (int)v->i;
    }
  }
  arena_free(&a);
}

AccRc goalstat_get(Store *p, int64_t idGoal, Date at,
                   const StatusConfig *pCfg, Arena *pArena,
                   GoalStatus *pOut){
  return goalstat_get_known(p, idGoal, at, DATE_NONE, pCfg, pArena, pOut);
}

/* The status of the goal whose row is aG (as store_item_get() reads it,
** in pArena) at `at`. */
static void goal_status(Store *p, GsCache *pC, int64_t idGoal, Value *aG,
                        Date at, Date knownOn, const StatusConfig *pCfg,
                        Arena *pArena, GoalStatus *pOut){
  const int e = ENT_GOAL;
  Value *aI = 0;
  GoalSpec spec;
  ObsList obs;
  StatusSource *aName = 0;
  char zKnown[11];
  const Value *v;
  const char *z;
  int k;
  memset(pOut, 0, sizeof(*pOut));
  memset(&obs, 0, sizeof(obs));
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
   && gs_get(p, pC, ENT_INDICATOR, v->i, pArena, &aI)==ACC_OK ){
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
      const Value *pRec = model_value(ENT_INDICATOR, aI, "source_id");
      obs_window(&spec, at, zFrom, zTo);
      if( knownOn!=DATE_NONE ){
        date_format(knownOn, zKnown);
        obs.zKnownOn = zKnown;
      }
      store_obs_series(p, v->i, zFrom, zTo, obs_row, &obs);
      store_item_each(p, ENT_EVENT, model_field_find(ENT_EVENT,
                      "indicator_id"), v->i, event_row, &obs);
      spec.iSourceOfRecord = pRec->eType==VAL_INT ? pRec->i : 0;
      spec.nCellOnly = cell_only(&obs, at, &spec.cellOnly);
      sources_read(p, pC, pArena, &obs, spec.iSourceOfRecord, pOut, &aName);
      spec.aSource = aName;
      spec.nSource = pOut->nSource;
    }
  }
  pOut->at = at;
  pOut->knownOn = knownOn;
  status_compute(&spec, obs.a, obs.n, at, pCfg, &pOut->res);
  free(obs.a);
}

AccRc goalstat_get_known(Store *p, int64_t idGoal, Date at, Date knownOn,
                         const StatusConfig *pCfg, Arena *pArena,
                         GoalStatus *pOut){
  Value *aG;
  memset(pOut, 0, sizeof(*pOut));
  if( store_item_get(p, ENT_GOAL, idGoal, pArena, &aG) ) return ACC_NOTFOUND;
  goal_status(p, 0, idGoal, aG, at, knownOn, pCfg, pArena, pOut);
  return ACC_OK;
}

/* The goals' rows of a dialogue, copied into pA (store_item_each()'s
** values live for the call only). */
typedef struct GoalRows {
  Arena *pA;
  int n, nAlloc;
  int64_t *aId;
  Value **aRow;
} GoalRows;

static int goal_row_keep(void *pArg, int64_t id, const Value *aVal){
  GoalRows *g = pArg;
  int i, nF = aEntity[ENT_GOAL].nField;
  Value *aCopy = arena_alloc(g->pA, sizeof(Value)*nF);
  for(i=0; i<nF; i++){
    aCopy[i] = aVal[i];
    if( aVal[i].eType==VAL_TEXT ) aCopy[i].z = arena_strdup(g->pA, aVal[i].z);
  }
  if( g->n>=g->nAlloc ){
    g->nAlloc = g->nAlloc ? 2*g->nAlloc : 32;
    g->aId = realloc(g->aId, sizeof(int64_t)*g->nAlloc);
    g->aRow = realloc(g->aRow, sizeof(Value*)*g->nAlloc);
    if( g->aId==0 || g->aRow==0 ) acc_fatal("out of memory");
  }
  g->aId[g->n] = id;
  g->aRow[g->n++] = aCopy;
  return 0;
}

AccRc goalstat_dialogue(Store *p, int64_t idDialogue, Date at,
                        Arena *pArena, GoalStatus **paOut, int *pnOut){
  return goalstat_dialogue_known(p, idDialogue, at, DATE_NONE, pArena, paOut,
                                 pnOut);
}

AccRc goalstat_dialogue_known(Store *p, int64_t idDialogue, Date at,
                              Date knownOn, Arena *pArena,
                              GoalStatus **paOut, int *pnOut){
  GoalRows g;
  StatusConfig cfg;
  GoalStatus *a;
  GsCache *pC;
  int i;
  goalstat_config(p, idDialogue, &cfg);
  memset(&g, 0, sizeof(g));
  g.pA = pArena;
  /* The goals' rows in one read, not one read a goal. */
  store_item_each(p, ENT_GOAL, aEntity[ENT_GOAL].iDialogue, idDialogue,
                  goal_row_keep, &g);
  pC = calloc(1, sizeof(*pC));
  if( pC==0 ) acc_fatal("out of memory");
  a = arena_alloc(pArena, sizeof(GoalStatus)*(g.n ? g.n : 1));
  for(i=0; i<g.n; i++){
    goal_status(p, pC, g.aId[i], g.aRow[i], at, knownOn, &cfg, pArena,
                &a[i]);
  }
  free(pC);
  *paOut = a;
  *pnOut = g.n;
  free(g.aId);
  free(g.aRow);
  return ACC_OK;
}
