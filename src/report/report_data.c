/*
** report_data.c: the parts of a report about indicator data (see
** reportInt.h): observations received in the period, data conflicts not
** yet resolved, a chart of every goal's indicator against its target path
** (and, in the annual report's annex, of every indicator), and the
** portfolio report, which compares dialogues on the same indicators.
**
** Where a series has no observations, or a goal no baseline, the report
** says so; it never draws a target path it would have to invent.
*/
#include "reportInt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHART_MAX_POINTS 40   /* the latest periods a chart shows */

/* ---- Observations ---------------------------------------------------- */

typedef struct ObsCollect {
  ReportBuild *b;
  RObs *a;
  int n, nAlloc;
} ObsCollect;

static int obs_collect(void *pArg, int64_t id, const Value *aV){
  ObsCollect *c = pArg;
  RObs o;
  const char *z = rb_text(ENT_OBSERVATION, aV, "period");
  char zDay[11];
  if( period_parse(z, &o.period) ) return 0;
  o.rValue = model_value(ENT_OBSERVATION, aV, "value")->r;
  o.bPreferred = rb_int(ENT_OBSERVATION, aV, "preferred")!=0;
  o.id = id;
  o.iSource = rb_int(ENT_OBSERVATION, aV, "source_id");
  o.entered = DATE_NONE;
  z = rb_text(ENT_OBSERVATION, aV, "breakdown");
  o.zCell = z && z[0] ? arena_strdup(c->b->pA, z) : 0;
  z = rb_text(ENT_OBSERVATION, aV, "entered_at");
  if( strlen(z)>=10 ){
    memcpy(zDay, z, 10);
    zDay[10] = 0;
    date_parse(zDay, &o.entered);
  }
  if( c->b->p->knownOn!=DATE_NONE && o.entered!=DATE_NONE
   && o.entered>c->b->p->knownOn ){
    return 0;   /* entered after the day asked (--known-on) */
  }
  rb_hash_row(c->b, ENT_OBSERVATION, id, aV);
  if( c->n>=c->nAlloc ){
    c->nAlloc = c->nAlloc ? 2*c->nAlloc : 64;
    c->a = acc_realloc(c->a, sizeof(RObs)*c->nAlloc);
  }
  c->a[c->n++] = o;
  return 0;
}

/* Whether two cells are the same (NULL the total). */
int rb_same_cell(const char *zA, const char *zB){
  if( zA==0 || zB==0 ) return zA==zB;
  return strcmp(zA, zB)==0;
}

static int obs_cmp(const void *pA, const void *pB){
  const RObs *a = pA, *b = pB;
  int c = period_cmp(a->period, b->period);
  if( c ) return c;
  if( !rb_same_cell(a->zCell, b->zCell) ){
    if( a->zCell==0 ) return -1;
    if( b->zCell==0 ) return 1;
    return strcmp(a->zCell, b->zCell);
  }
  return a->id<b->id ? -1 : a->id>b->id;
}

/* The observations of indicator idInd (one of b->aInd), in period order
** and entry order within a period, in the report's arena; read once. */
RObs *rb_obs(ReportBuild *b, int64_t idInd, int *pn){
  ObsCollect c;
  int i;
  for(i=0; i<b->nInd && b->aInd[i].id!=idInd; i++){}
  if( b->apObs==0 ){
    b->apObs = arena_alloc(b->pA, sizeof(RObs*)*(b->nInd+1));
    b->anObs = arena_alloc(b->pA, sizeof(int)*(b->nInd+1));
  }
  if( i<b->nInd && b->apObs[i] ){
    *pn = b->anObs[i];
    return b->apObs[i];
  }
  memset(&c, 0, sizeof(c));
  c.b = b;
  store_item_each(b->pStore, ENT_OBSERVATION,
                  model_field_find(ENT_OBSERVATION, "indicator_id"), idInd,
                  obs_collect, &c);
  if( c.n ) qsort(c.a, c.n, sizeof(RObs), obs_cmp);
  if( i<b->nInd ){
    b->apObs[i] = arena_alloc(b->pA, sizeof(RObs)*(c.n ? c.n : 1));
    if( c.n ) memcpy(b->apObs[i], c.a, sizeof(RObs)*c.n);
    b->anObs[i] = c.n;
    free(c.a);
    *pn = c.n;
    return b->apObs[i];
  }
  /* Not an indicator of the dialogue: keep it in the arena anyway. */
  {
    RObs *a = arena_alloc(b->pA, sizeof(RObs)*(c.n ? c.n : 1));
    if( c.n ) memcpy(a, c.a, sizeof(RObs)*c.n);
    free(c.a);
    *pn = c.n;
    return a;
  }
}

/* The row of indicator idInd, or NULL if the reader may not see it. */
static Value *ind_row(ReportBuild *b, int64_t idInd){
  Value *aV;
  if( store_item_get(b->pStore, ENT_INDICATOR, idInd, b->pA, &aV) ){
    return 0;
  }
  return aV;
}

void rb_part_received(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Indicator"), RH("Observations received"), RH("Periods covered"),
    RH("Latest period")
  };
  RNode *pS = rb_section(b, pParent, 1, "observations", 0,
                         rtr(b, "Observations received"));
  RNode *pT = 0, *pR;
  int i, j;
  for(i=0; i<b->nInd; i++){
    int n, nIn = 0;
    RObs *a = rb_obs(b, b->aInd[i].id, &n);
    Period first = { 0, 0, 0 }, last = { 0, 0, 0 }, latest = { 0, 0, 0 };
    for(j=0; j<n; j++){
      if( a[j].zCell ) continue;   /* the totals: cells are shown apart */
      if( period_start(a[j].period)<=b->p->at ) latest = a[j].period;
      if( a[j].entered==DATE_NONE || a[j].entered<b->p->from
       || a[j].entered>b->p->to ){
        continue;
      }
      if( nIn==0 || period_cmp(a[j].period, first)<0 ) first = a[j].period;
      if( nIn==0 || period_cmp(a[j].period, last)>0 ) last = a[j].period;
      nIn++;
    }
    if( nIn==0 ) continue;
    if( pT==0 ) pT = rb_table(b, pS, 4, azHead);
    pR = rb_row(b, pT);
    rb_cell(b, pR, b->aInd[i].zName);
    rb_cell_num(b, pR, nIn, 0);
    {
      char zA[12], zB[12];
      RNode *pC = rb_cell(b, pR, arena_printf(b->pA, "%s – %s",
                          rb_period(b, first), rb_period(b, last)));
      period_format(first, zA);
      period_format(last, zB);
      pC->zPlain = arena_printf(b->pA, "%s – %s", zA, zB);
    }
    if( latest.year ){
      rb_cell_period(b, pR, latest);
    }else{
      rb_cell(b, pR, "");
    }
  }
  if( pT==0 ){
    rb_para(b, pS, 0, rtr(b, "No observation was entered during the "
                             "period."));
  }
}

void rb_part_conflicts(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Indicator"), RH("Period"), RH("Values")
  };
  RNode *pS = rb_section(b, pParent, 1, "conflicts", 0,
                         rtr(b, "Unresolved data conflicts"));
  RNode *pT = 0, *pR, *pC;
  int i, j, k;
  for(i=0; i<b->nInd; i++){
    int n;
    RObs *a = rb_obs(b, b->aInd[i].id, &n);
    for(j=0; j<n; j=k){
      int bPref = 0, bDiffer = 0;
      for(k=j; k<n && period_cmp(a[k].period, a[j].period)==0
               && rb_same_cell(a[k].zCell, a[j].zCell); k++){
        if( a[k].bPreferred ) bPref = 1;
        if( a[k].rValue!=a[j].rValue ) bDiffer = 1;
      }
      if( bPref || !bDiffer ) continue;
      if( period_start(a[j].period)>b->p->at ) continue;
      {
        Buf v = BUF_INIT, plain = BUF_INIT;
        char zP[12];
        int m;
        for(m=j; m<k; m++){
          char zV[L10N_NUMSZ];    /* every digit: the values differ */
          buf_appendf(&v, "%s%s", m>j ? "; " : "",
                      l10n_num_exact(a[m].rValue, b->p->eLang, zV));
          buf_appendf(&plain, "%s%.10g", m>j ? "; " : "", a[m].rValue);
        }
        if( pT==0 ) pT = rb_table(b, pS, 3, azHead);
        pR = rb_row(b, pT);
        rb_cell(b, pR, b->aInd[i].zName);
        period_format(a[j].period, zP);
        if( a[j].zCell ){
          const char *zCellText = rb_cell_text(b, b->aInd[i].id, a[j].zCell);
          pC = rb_cell(b, pR, arena_printf(b->pA, "%s (%s)",
                       rb_period(b, a[j].period), zCellText));
          pC->zPlain = arena_printf(b->pA, "%s (%s)", zP, zCellText);
        }else{
          rb_cell_period(b, pR, a[j].period);
        }
        pC = rb_cell(b, pR, buf_str(&v));
        pC->zPlain = arena_strdup(b->pA, buf_str(&plain));
        pC->eStatus = STATUS_AT_RISK;
        buf_free(&v);
        buf_free(&plain);
      }
    }
  }
  if( pT==0 ){
    rb_para(b, pS, 0, rtr(b, "No data conflict awaits a decision."));
  }else{
    rb_para(b, pS, RF_WARN, rtr(b, "Until the indicator's owner marks the "
            "value that counts or names the source of record, each source's "
            "series is judged on its own, and a goal whose verdicts differ "
            "reads Sources disagree."));
  }
}

/* ---- Series and target paths ----------------------------------------- */

/* True if source a comes before source b when nothing else decides:
** named sources by id, then values without a source (status_source.c). */
static int source_before(int64_t a, int64_t b){
  if( a==b ) return 0;
  if( a==0 ) return 0;
  if( b==0 ) return 1;
  return a<b;
}

/*
** One value per period, for periods starting by `at`, as the status
** engine resolves them (docs/status.md 2.4), never by the order of entry
** across sources: the owner's preferred value; else, with a source of
** record iRecord, that source's latest value (no point without one);
** else the latest value of the first source (named sources by id, then
** values without a source).  A later value of one source is a revision.
** Only the values of cell zCell of a breakdown (NULL: the total) count.
*/
int rb_series_raw(const RObs *a, int n, Date at, int64_t iRecord,
                  const char *zCell, ChartPoint *aOut, Period *aPer){
  int i, k = 0;
  for(i=0; i<n; ){
    int j, iPick = -1, iPref = -1;
    for(j=i; j<n && period_cmp(a[j].period, a[i].period)==0; j++){
      if( !rb_same_cell(a[j].zCell, zCell) ) continue;
      if( a[j].bPreferred && (iPref<0 || a[j].id>a[iPref].id) ) iPref = j;
      if( iRecord && a[j].iSource!=iRecord ) continue;
      if( iPick<0 || source_before(a[j].iSource, a[iPick].iSource)
       || (a[j].iSource==a[iPick].iSource && a[j].id>a[iPick].id) ){
        iPick = j;
      }
    }
    if( iPref>=0 ) iPick = iPref;
    if( iPick>=0 && period_start(a[i].period)<=at ){
      aOut[k].x = period_start(a[i].period);
      aOut[k].y = a[iPick].rValue;
      aPer[k] = a[i].period;
      k++;
    }
    i = j;
  }
  return k;
}

/* Aggregate points of a finer frequency into complete periods of eTo
** (sum, last or mean).  Works in place; returns the new count and sets
** *pbPartial when a period at the end is incomplete and left out. */
int rb_series_coarsen(ChartPoint *a, Period *aPer, int n, Freq eTo,
                      Agg eAgg, int *pbPartial){
  int i = 0, k = 0;
  *pbPartial = 0;
  while( i<n ){
    Period P = period_coarsen(aPer[i], eTo);
    int nNeed = freq_per_year(aPer[i].eFreq)/freq_per_year(eTo);
    int j, nHave = 0;
    double rSum = 0, rLast = 0;
    for(j=i; j<n && period_cmp(period_coarsen(aPer[j], eTo), P)==0; j++){
      rSum += a[j].y;
      rLast = a[j].y;
      nHave++;
    }
    if( nHave>=nNeed ){
      a[k].x = period_start(P);
      a[k].y = eAgg==AGG_LAST ? rLast : eAgg==AGG_MEAN ? rSum/nHave : rSum;
      aPer[k] = P;
      k++;
    }else if( j>=n ){
      *pbPartial = 1;
    }
    i = j;
  }
  return k;
}

/* A goal's chart and its table of values. */
/* Whether zero of unit zUnit means none of it, so that a chart's value
** axis starts there: every unit but an index, a score, a rank, a
** temperature or a rate of change, whose zero is a point of a scale. */
static int unit_has_zero(const char *zUnit){
  static const char *const azNo[] = {
    "index", "score", "rank", "\xc2\xb0", "change", "growth", "points",
  };
  size_t i;
  if( zUnit==0 ) return 1;
  for(i=0; i<sizeof(azNo)/sizeof(azNo[0]); i++){
    if( strcasestr(zUnit, azNo[i]) ) return 0;
  }
  return 1;
}

/* The alternative text of indicator chart pC named zName: its periods,
** its value axis and its latest value ("Total trade: yearly values from
** 2007 to 2025; the value axis runs from 0 to 1400 million USD; the
** latest is 1157.8 (2025)."). */
static const char *chart_alt(ReportBuild *b, const Chart *pC,
                             const Period *aPer, int nPt){
  static const char *const azFreq[FREQ__MAX] = {
    "monthly values", "quarterly values", "yearly values"
  };
  double lo, hi, step;
  char zA[L10N_DATESZ], zB[L10N_DATESZ], zLast[L10N_DATESZ];
  const char *zUnit = pC->zUnit ? pC->zUnit : "";
  if( nPt<=0 || chart_value_axis(pC, 6, &lo, &hi, &step) ) return 0;
  /* "from 2007 to 2025", "from Q1 2025 to Q3 2026"; Serbian "od 2007. do
  ** 2025.", "od I kvartala 2025. do III kvartala 2026." (the genitive
  ** after "od" and "do") */
  l10n_period_gen(aPer[0], b->p->eLang, zA);
  l10n_period_gen(aPer[nPt-1], b->p->eLang, zB);
  l10n_period(aPer[nPt-1], b->p->eLang, zLast);
  return arena_printf(b->pA, rtr(b, "%s: %s from %s to %s; the "
                      "value axis runs from %s to %s %s; the latest is %s "
                      "(%s)."), pC->zTitle ? pC->zTitle : "",
                      rtr(b, azFreq[aPer[0].eFreq<FREQ__MAX
                                    ? aPer[0].eFreq : FREQ_YEAR]),
                      zA, zB, rb_num(b, lo), rb_num(b, hi), zUnit,
                      rb_num(b, pC->aObs[nPt-1].y), zLast);
}

static void goal_chart(ReportBuild *b, RNode *pParent, const GoalStatus *g){
  static const char *const azHead[] = {
    RH("Period"), RH("Value"), RH("Target path")
  };
  const Value *aG = g->aGoal, *aI = g->aIndicator;
  int64_t idInd = rb_int(ENT_GOAL, aG, "indicator_id");
  int n, nPt, nTg = 0, bPartial = 0, i, eKind;
  RObs *aObs = rb_obs(b, idInd, &n);
  ChartPoint *aPt, *aTg;
  Period *aPer;
  Freq eInd = FREQ_YEAR, ePlot;
  Agg eAgg = AGG_SUM;
  Chart *pC;
  RNode *pS, *pN, *pT, *pR;
  const char *zUnit = rb_tx(b, ENT_INDICATOR, aI, "unit");
  Date deadline = rb_date(ENT_GOAL, aG, "deadline");
  double rBase = 0;
  int bBase = 0;
  Period base;
  freq_parse(rb_text(ENT_INDICATOR, aI, "frequency"), &eInd);
  i = model_enum_find(azAggEnum, rb_text(ENT_INDICATOR, aI, "aggregation"));
  if( i>=0 ) eAgg = (Agg)i;
  eKind = model_enum_find(azGoalKindEnum, rb_text(ENT_GOAL, aG, "kind"));
  ePlot = eInd;
  if( eKind==GOAL_GROWTH || eKind==GOAL_COUNT_PERIOD ){
    Freq eG = FREQ_YEAR;
    freq_parse(rb_text(ENT_GOAL, aG, "period"), &eG);
    if( eG>ePlot ) ePlot = eG;
  }
  pS = rb_section(b, pParent, 2, arena_printf(b->pA, "goal-%lld",
                  (long long)g->id), 0, rb_tx(b, ENT_GOAL, aG, "title"));
  rb_para(b, pS, 0, arena_printf(b->pA, rtr(b, "Indicator: %s (%s)."),
          rb_name(b, ENT_INDICATOR, aI), zUnit));
  if( n==0 ){
    rb_para(b, pS, RF_WARN, rtr(b, "No observations are recorded for this "
                                   "indicator yet, so there is no chart."));
    return;
  }
  aPt = arena_alloc(b->pA, sizeof(ChartPoint)*n);
  aPer = arena_alloc(b->pA, sizeof(Period)*n);
  nPt = rb_series_raw(aObs, n, b->p->at,
                      rb_int(ENT_INDICATOR, aI, "source_id"), 0, aPt, aPer);
  if( ePlot>eInd ){
    nPt = rb_series_coarsen(aPt, aPer, nPt, ePlot, eAgg, &bPartial);
  }
  if( nPt>CHART_MAX_POINTS ){
    memmove(aPt, aPt+nPt-CHART_MAX_POINTS,
            sizeof(ChartPoint)*CHART_MAX_POINTS);
    memmove(aPer, aPer+nPt-CHART_MAX_POINTS,
            sizeof(Period)*CHART_MAX_POINTS);
    nPt = CHART_MAX_POINTS;
  }
  /* The target path. */
  aTg = arena_alloc(b->pA, sizeof(ChartPoint)*(CHART_MAX_POINTS+2));
  if( period_parse(rb_text(ENT_GOAL, aG, "baseline_period"), &base)==0 ){
    const Value *v = model_value(ENT_GOAL, aG, "baseline_value");
    if( (int)base.eFreq<(int)ePlot ) base = period_coarsen(base, ePlot);
    if( v->eType==VAL_REAL ){
      rBase = v->r;
      bBase = 1;
    }else{
      for(i=0; i<nPt; i++){
        if( aPer[i].eFreq==base.eFreq && period_cmp(aPer[i], base)==0 ){
          rBase = aPt[i].y;
          bBase = 1;
        }
      }
    }
  }
  if( model_value(ENT_GOAL, aG, "target")->eType==VAL_REAL ){
    double rTarget = model_value(ENT_GOAL, aG, "target")->r;
    int bDown = rb_int(ENT_GOAL, aG, "decrease")!=0;
    if( eKind==GOAL_GROWTH && bBase && (int)base.eFreq==(int)ePlot ){
      int bComp = rb_int(ENT_GOAL, aG, "compounding")!=0;
      double r = (bDown ? -rTarget : rTarget)/100.0;
      Date end = deadline!=DATE_NONE ? deadline : b->p->at;
      int64_t k0 = period_index(base), k;
      for(k=k0; nTg<CHART_MAX_POINTS+1; k++){
        Period P = period_from_index(ePlot, k);
        double m = (double)(k-k0);
        if( period_start(P)>end ) break;
        aTg[nTg].x = period_start(P);
        aTg[nTg].y = bComp ? rBase*pow(1+r, m) : rBase*(1+r*m);
        nTg++;
      }
    }else if( eKind==GOAL_LEVEL && bBase && deadline!=DATE_NONE ){
      aTg[0].x = period_start(base);
      aTg[0].y = rBase;
      aTg[1].x = deadline;
      aTg[1].y = rTarget;
      nTg = 2;
    }else if( eKind==GOAL_COUNT_PERIOD ){
      Date s = rb_date(ENT_GOAL, aG, "start_on");
      aTg[0].x = s!=DATE_NONE ? s : aPt[0].x;
      aTg[0].y = rTarget;
      aTg[1].x = deadline!=DATE_NONE ? deadline : b->p->at;
      aTg[1].y = rTarget;
      nTg = aTg[1].x>aTg[0].x ? 2 : 0;
    }
  }
  pC = arena_alloc(b->pA, sizeof(Chart));
  pC->eKind = CHART_INDICATOR;
  pC->zTitle = rb_name(b, ENT_INDICATOR, aI);
  pC->zUnit = zUnit;
  pC->azStatus = rb_status_labels(b);
  pC->aObs = aPt;
  pC->nObs = nPt;
  pC->aTarget = aTg;
  pC->nTarget = nTg;
  pC->eStatus = g->res.eStatus;
  pC->deadline = deadline;
  pC->today = DATE_NONE;
  pC->eFreq = (int)ePlot;
  pC->bZero = eKind==GOAL_COUNT_PERIOD || eKind==GOAL_COUNT_WINDOW
              || unit_has_zero(zUnit);
  pN = report_node(b->p, pS, RN_CHART, arena_printf(b->pA,
       rtr(b, "%s: observations against the target path."),
       rb_name(b, ENT_INDICATOR, aI)));
  pN->pChart = pC;
  rb_chart_cells(b, pS, pC, idInd, aObs, n,
                 rb_int(ENT_INDICATOR, aI, "source_id"), eInd, ePlot, eAgg, aPer, nPt);
  pN->zAlt = chart_alt(b, pC, aPer, nPt);
  if( pN->zAlt && pC->nCell ){
    pN->zAlt = arena_printf(b->pA, "%s%s", pN->zAlt, rb_cells_alt(b, pC));
  }
  if( rb_goal_source(b, g)[0] ){
    rb_para(b, pS, RF_NOTE, rb_goal_source(b, g));
  }
  if( nTg==0 ){
    rb_para(b, pS, RF_NOTE, bBase || eKind==GOAL_COUNT_WINDOW
      ? rtr(b, "The chart shows no target path for this kind of goal.")
      : rtr(b, "No baseline value is recorded, so the chart shows no "
               "target path."));
  }
  if( bPartial ){
    rb_para(b, pS, RF_NOTE, rtr(b, "The latest period is incomplete and "
                                   "is not shown."));
  }
  pT = rb_table(b, pS, 3, azHead);
  for(i=0; i<nPt; i++){
    int j;
    pR = rb_row(b, pT);
    rb_cell_period(b, pR, aPer[i]);
    rb_cell_num(b, pR, aPt[i].y, 0);
    for(j=0; j<nTg && aTg[j].x!=aPt[i].x; j++){}
    if( j<nTg && nTg>2 ){
      double y = round(aTg[j].y*100)/100;
      rb_cell_num(b, pR, y, 0);
    }else{
      rb_cell(b, pR, "");
    }
  }
  rb_cells_table(b, pS, pC, idInd, aPer, nPt);
}

/* A chart of an indicator no goal uses: its raw series. */
static void raw_chart(ReportBuild *b, RNode *pParent, int64_t idInd,
                      const Value *aI){
  static const char *const azHead[] = { RH("Period"), RH("Value") };
  int n, nPt, i;
  RObs *aObs = rb_obs(b, idInd, &n);
  ChartPoint *aPt;
  Period *aPer;
  Chart *pC;
  RNode *pS, *pN, *pT, *pR;
  Freq eFreq;
  pS = rb_section(b, pParent, 2, arena_printf(b->pA, "indicator-%lld",
                  (long long)idInd), 0, rb_name(b, ENT_INDICATOR, aI));
  if( n==0 ){
    rb_para(b, pS, RF_WARN, rtr(b, "No observations are recorded for this "
                                   "indicator yet, so there is no chart."));
    return;
  }
  aPt = arena_alloc(b->pA, sizeof(ChartPoint)*n);
  aPer = arena_alloc(b->pA, sizeof(Period)*n);
  nPt = rb_series_raw(aObs, n, b->p->at,
                      rb_int(ENT_INDICATOR, aI, "source_id"), 0, aPt, aPer);
  if( nPt>CHART_MAX_POINTS ){
    aPt += nPt-CHART_MAX_POINTS;
    aPer += nPt-CHART_MAX_POINTS;
    nPt = CHART_MAX_POINTS;
  }
  pC = arena_alloc(b->pA, sizeof(Chart));
  pC->eKind = CHART_INDICATOR;
  pC->zTitle = rb_name(b, ENT_INDICATOR, aI);
  pC->zUnit = rb_tx(b, ENT_INDICATOR, aI, "unit");
  pC->azStatus = rb_status_labels(b);
  pC->aObs = aPt;
  pC->nObs = nPt;
  pC->eStatus = STATUS_NO_DATA;
  pC->deadline = pC->today = DATE_NONE;
  if( freq_parse(rb_text(ENT_INDICATOR, aI, "frequency"), &eFreq)==0 ){
    pC->eFreq = (int)eFreq;
  }
  pC->bZero = unit_has_zero(pC->zUnit);
  pN = report_node(b->p, pS, RN_CHART, arena_printf(b->pA,
       rtr(b, "%s: observations (no goal uses this indicator)."),
       rb_name(b, ENT_INDICATOR, aI)));
  pN->pChart = pC;
  rb_chart_cells(b, pS, pC, idInd, aObs, n,
                 rb_int(ENT_INDICATOR, aI, "source_id"), (Freq)pC->eFreq, (Freq)pC->eFreq, AGG_SUM, aPer, nPt);
  pN->zAlt = chart_alt(b, pC, aPer, nPt);
  if( pN->zAlt && pC->nCell ){
    pN->zAlt = arena_printf(b->pA, "%s%s", pN->zAlt, rb_cells_alt(b, pC));
  }
  pT = rb_table(b, pS, 2, azHead);
  for(i=0; i<nPt; i++){
    pR = rb_row(b, pT);
    rb_cell_period(b, pR, aPer[i]);
    rb_cell_num(b, pR, aPt[i].y, 0);
  }
  rb_cells_table(b, pS, pC, idInd, aPer, nPt);
}

void rb_part_indicators(ReportBuild *b, RNode *pParent, int bAnnex){
  RNode *pS;
  int i, j, nChart = 0;
  pS = rb_section(b, pParent, 1, "indicators", rtr(b, "Indicator data"),
                  bAnnex ? rtr(b, "Annex: indicator data")
                         : rtr(b, "Indicator data"));
  for(i=0; i<b->nGoal; i++){
    const GoalStatus *g = &b->aGoal[i];
    if( g->aIndicator==0 ) continue;
    goal_chart(b, pS, g);
    nChart++;
  }
  if( bAnnex ){
    for(i=0; i<b->nInd; i++){
      Value *aI;
      for(j=0; j<b->nGoal; j++){
        if( b->aGoal[j].aIndicator
         && rb_int(ENT_GOAL, b->aGoal[j].aGoal, "indicator_id")
            ==b->aInd[i].id ){
          break;
        }
      }
      if( j<b->nGoal ) continue;
      aI = ind_row(b, b->aInd[i].id);
      if( aI==0 ) continue;
      raw_chart(b, pS, b->aInd[i].id, aI);
      nChart++;
    }
  }
  if( nChart==0 ){
    rb_para(b, pS, 0, rtr(b, "No goal of the report is measured by an "
                             "indicator."));
  }
}

/* ---- The portfolio --------------------------------------------------- */

/* One dialogue of the portfolio. */
typedef struct PDial {
  int64_t id;
  Value *aD;
  GoalStatus *aGoal;
  int nGoal;
  int an[STATUS__MAX];
} PDial;

void rb_part_portfolio(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Dialogue"), RH("State"), RH("Launched"), RH("Goals"), RH("Achieved"),
    RH("On track"), RH("At risk"), RH("Off track"), RH("Overdue"),
    RH("Sources disagree"), RH("Not started"), RH("No data")
  };
  static const int aOrder[STATUS__MAX] = {
    STATUS_ACHIEVED, STATUS_ON_TRACK, STATUS_AT_RISK, STATUS_OFF_TRACK,
    STATUS_OVERDUE, STATUS_DISPUTED, STATUS_NOT_STARTED, STATUS_NO_DATA
  };
  static const char *const azHead2[] = {
    RH("Dialogue"), RH("Goal"), RH("Latest period"), RH("Latest value"),
    RH("Status")
  };
  RNode *pS, *pT, *pR, *pC, *pN;
  PDial *aP;
  ChartArea *aArea;
  Chart *pChart;
  int nD, i, j, k, nShared = 0;
  int64_t *aId = rb_ids(b, ENT_DIALOGUE, -1, 0, &nD);
  aP = arena_alloc(b->pA, sizeof(PDial)*(nD ? nD : 1));
  aArea = arena_alloc(b->pA, sizeof(ChartArea)*(nD ? nD : 1));
  for(i=0; i<nD; i++){
    PDial *d = &aP[i];
    d->id = aId[i];
    if( store_item_get(b->pStore, ENT_DIALOGUE, aId[i], b->pA, &d->aD) ){
      continue;
    }
    rb_hash_row(b, ENT_DIALOGUE, aId[i], d->aD);
    goalstat_dialogue_known(b->pStore, aId[i], b->p->at, b->p->knownOn,
                            b->pA, &d->aGoal, &d->nGoal);
    for(j=0; j<d->nGoal; j++){
      rb_hash_row(b, ENT_GOAL, d->aGoal[j].id, d->aGoal[j].aGoal);
      rb_hash_str(b, azStatusName[d->aGoal[j].res.eStatus]);
      d->an[d->aGoal[j].res.eStatus]++;
    }
    aArea[i].zLabel = rb_tx(b, ENT_DIALOGUE, d->aD, "title");
    memcpy(aArea[i].anStatus, d->an, sizeof(d->an));
  }
  pS = rb_section(b, pParent, 1, "dialogues", rtr(b, "Dialogues"),
                  rtr(b, "Dialogues and the status of their goals"));
  if( nD==0 ){
    rb_para(b, pS, 0, rtr(b, "The portfolio holds no dialogue."));
    return;
  }
  pT = rb_table(b, pS, 12, azHead);
  for(i=0; i<nD; i++){
    PDial *d = &aP[i];
    if( d->aD==0 ) continue;
    pR = rb_row(b, pT);
    rb_cell(b, pR, rb_tx(b, ENT_DIALOGUE, d->aD, "title"));
    rb_cell(b, pR, rb_enum(b, rb_text(ENT_DIALOGUE, d->aD, "state")));
    if( model_value(ENT_DIALOGUE, d->aD, "launched_year")->eType==VAL_INT ){
      rb_cell_num(b, pR, (double)rb_int(ENT_DIALOGUE, d->aD,
                  "launched_year"), 0);
    }else{
      rb_cell(b, pR, rtr(b, "unknown"));
    }
    rb_cell_num(b, pR, d->nGoal, 0);
    for(k=0; k<STATUS__MAX; k++){
      pC = rb_cell_num(b, pR, d->an[aOrder[k]], 0);
      if( d->an[aOrder[k]] ) pC->eStatus = aOrder[k];
    }
  }
  pChart = arena_alloc(b->pA, sizeof(Chart));
  pChart->eKind = CHART_AREAS;
  pChart->zTitle = rtr(b, "Goals by dialogue and status");
  pChart->azStatus = rb_status_labels(b);
  pChart->aArea = aArea;
  pChart->nArea = nD;
  pChart->deadline = pChart->today = DATE_NONE;
  pN = report_node(b->p, pS, RN_CHART, rtr(b, "Goals by dialogue and "
                   "status"));
  pN->pChart = pChart;
  pN->zAlt = rb_chart_areas_alt(b, pChart);

  /* Indicators measured by more than one dialogue: the same name and
  ** unit.  Each is compared through the goals that use it. */
  pS = rb_section(b, pParent, 1, "shared-indicators",
                  rtr(b, "Shared indicators"),
                  rtr(b, "Dialogues compared on the same indicators"));
  for(i=0; i<nD; i++){
    for(j=0; j<aP[i].nGoal; j++){
      const GoalStatus *g = &aP[i].aGoal[j];
      const char *zName, *zUnit;
      int bSeen = 0, nWith = 0, i2, j2;
      if( g->aIndicator==0 ) continue;
      zName = rb_tx(b, ENT_INDICATOR, g->aIndicator, "name");
      zUnit = rb_tx(b, ENT_INDICATOR, g->aIndicator, "unit");
      /* Only at its first goal, and only if another dialogue has it. */
      for(i2=0; i2<=i && !bSeen; i2++){
        for(j2=0; j2<(i2==i ? j : aP[i2].nGoal); j2++){
          const GoalStatus *h = &aP[i2].aGoal[j2];
          if( h->aIndicator
           && strcmp(rb_tx(b, ENT_INDICATOR, h->aIndicator, "name"), zName)==0
           && strcmp(rb_tx(b, ENT_INDICATOR, h->aIndicator, "unit"),
                     zUnit)==0 ){
            bSeen = 1;
            break;
          }
        }
      }
      if( bSeen ) continue;
      for(i2=0; i2<nD; i2++){
        for(j2=0; j2<aP[i2].nGoal; j2++){
          const GoalStatus *h = &aP[i2].aGoal[j2];
          if( h->aIndicator
           && strcmp(rb_tx(b, ENT_INDICATOR, h->aIndicator, "name"), zName)==0
           && strcmp(rb_tx(b, ENT_INDICATOR, h->aIndicator, "unit"),
                     zUnit)==0 ){
            nWith += i2!=i;
          }
        }
      }
      if( nWith==0 ) continue;
      nShared++;
      pN = rb_section(b, pS, 2, arena_printf(b->pA, "shared-%d", nShared), 0,
                      arena_printf(b->pA, "%s (%s)", zName, zUnit));
      pT = rb_table(b, pN, 5, azHead2);
      for(i2=0; i2<nD; i2++){
        for(j2=0; j2<aP[i2].nGoal; j2++){
          const GoalStatus *h = &aP[i2].aGoal[j2];
          if( h->aIndicator==0
           || strcmp(rb_tx(b, ENT_INDICATOR, h->aIndicator, "name"), zName)
           || strcmp(rb_tx(b, ENT_INDICATOR, h->aIndicator, "unit"), zUnit) ){
            continue;
          }
          pR = rb_row(b, pT);
          rb_cell(b, pR, rb_tx(b, ENT_DIALOGUE, aP[i2].aD, "title"));
          rb_cell(b, pR, rb_tx(b, ENT_GOAL, h->aGoal, "title"));
          if( h->res.bLatest && h->res.bNotReported ){
            rb_cell_period(b, pR, h->res.latest);
            rb_cell(b, pR, rtr(b, "not reported"));
          }else if( h->res.bLatest ){
            rb_cell_period(b, pR, h->res.latest);
            rb_cell_num(b, pR, h->res.rLatest, 0);
          }else{
            rb_cell(b, pR, rtr(b, "no data"));
            rb_cell(b, pR, "");
          }
          pC = rb_cell(b, pR, rb_status(b, h->res.eStatus));
          pC->eStatus = h->res.eStatus;
        }
      }
    }
  }
  if( nShared==0 ){
    rb_para(b, pS, 0, rtr(b, "No indicator used by a goal is measured by "
                             "more than one dialogue."));
  }
}
