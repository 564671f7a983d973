/*
** iati_result.c: a goal as an IATI 2.03 result (ix_goal_result(), for
** iati.c's activities and iati_project.c's): its indicator, baseline,
** and periods with targets (the goal's target path) and actuals (the
** indicator's observations, the cells of a breakdown as dimensions); a
** milestone as a qualitative result.  See iati.c for the mapping.
*/
#include "iati.h"
#include "iatiInt.h"
#include "../core/breakdown.h"

#include <assert.h>
#include <libxml/xmlwriter.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One observation of an indicator. */
typedef struct IObs {
  int64_t id;
  Period per;
  double r;
  int bPref;
  int64_t iChoice;        /* preferred_upto, 0 if none */
  int64_t iSrc;
  const char *zCell;      /* the cell of a breakdown (malloc), or NULL: the
                          ** total, the only value that counts */
} IObs;

/* One period of an indicator as written: its days, its target, and the
** observations (aObs[iObs..iObs+nObs-1]) that are its actuals. */
typedef struct ISlot {
  Date start, end;
  int bTarget;            /* has a target */
  double rTarget;         /* its value, quantitative indicators */
  int iObs, nObs;
} ISlot;

/* A growable list of slots. */
typedef struct ISlots {
  ISlot *a;
  int n, nAlloc;
} ISlots;

/* ---- reading ------------------------------------------------------------ */


/* The observations of an indicator, sorted by period, then source (in
** the engine's order), then entry; and the indicator's source of record
** (bOnly, iOnly). */
typedef struct IObsSet {
  IObs *a;
  int n, nAlloc;
  int bOnly;
  int64_t iOnly;
} IObsSet;
static int obs_add(void *pArg, int64_t id, const Value *aVal){
  IObsSet *p = pArg;
  IObs *o;
  Period per;
  if( period_parse(model_value(ENT_OBSERVATION, aVal, "period")->z,
                   &per) ) return 0;
  if( p->n>=p->nAlloc ){
    p->nAlloc = p->nAlloc ? 2*p->nAlloc : 64;
    p->a = acc_realloc(p->a, sizeof(IObs)*p->nAlloc);
  }
  o = &p->a[p->n++];
  o->id = id;
  o->per = per;
  o->r = model_value(ENT_OBSERVATION, aVal, "value")->r;
  o->bPref = model_value(ENT_OBSERVATION, aVal, "preferred")->i!=0;
  o->iChoice = model_value(ENT_OBSERVATION, aVal, "preferred_upto")->eType
               ==VAL_INT
             ? model_value(ENT_OBSERVATION, aVal, "preferred_upto")->i : 0;
  o->iSrc = model_value(ENT_OBSERVATION, aVal, "source_id")->eType==VAL_INT
            ? model_value(ENT_OBSERVATION, aVal, "source_id")->i : 0;
  o->zCell = model_value(ENT_OBSERVATION, aVal, "breakdown")->eType==VAL_TEXT
           ? acc_strdup(model_value(ENT_OBSERVATION, aVal, "breakdown")->z)
           : 0;
  return 0;
}

/* Free the set's rows. */
static void obs_set_free(IObsSet *s){
  int i;
  for(i=0; i<s->n; i++) free((char*)s->a[i].zCell);
  free(s->a);
}

/* An <actual> of value r, its cell's dimensions (zCell, or NULL for the
** total) and its source's title as comment (zSrc, or NULL). */
static void ix_actual(Ix *p, double r, const char *zCell, const char *zSrc){
  char zN[BREAKDOWN_NAME], zV[BREAKDOWN_VALUE];
  const char *z = zCell;
  ix_start(p, "actual");
  ix_attr_num(p, "value", r);
  while( breakdown_next(&z, zN, sizeof(zN), zV, sizeof(zV)) ){
    ix_start(p, "dimension");
    ix_attr(p, "name", zN);
    ix_attr(p, "value", zV);
    ix_end(p);
  }
  if( zSrc ) ix_text(p, "comment", zSrc, 0);
  ix_end(p);
}
static int obs_cmp(const void *a, const void *b){
  const IObs *x = a, *y = b;
  Date dx = period_start(x->per), dy = period_start(y->per);
  if( dx!=dy ) return dx<dy ? -1 : 1;
  if( x->per.eFreq!=y->per.eFreq ) return x->per.eFreq<y->per.eFreq ? -1 : 1;
  if( x->iSrc!=y->iSrc ) return status_source_order(x->iSrc, y->iSrc);
  return x->id<y->id ? -1 : x->id>y->id;
}

/* The value that counts for indicator period per, by the engine's rules
** (status_period_value(), docs/status.md 2.4): the owner's choice, the
** source of record, or the first source in source order; never the order
** of entry.  0 if none. */
static int obs_value(const IObsSet *s, Period per, double *pr){
  ObsPoint aP[64];
  int i, n = 0;
  for(i=0; i<s->n; i++){
    const IObs *o = &s->a[i];
    if( o->zCell ) continue;   /* a cell of a breakdown never counts */
    if( o->per.eFreq!=per.eFreq || period_cmp(o->per, per)!=0 ) continue;
    if( n>=(int)(sizeof(aP)/sizeof(aP[0])) ) break;
    memset(&aP[n], 0, sizeof(aP[n]));
    aP[n].period = o->per;
    aP[n].value = o->r;
    aP[n].bPreferred = o->bPref;
    aP[n].iChoice = o->iChoice;
    aP[n].iSeq = o->id;
    aP[n].iSource = o->iSrc;
    n++;
  }
  return n>0 && status_period_value(aP, n, s->bOnly, s->iOnly, pr);
}

/* The value of period g (of a frequency coarser than or equal to the
** indicator's eInd) aggregated by eAgg from the indicator's periods; 0
** unless every one of them has a value. */
static int obs_aggregate(const IObsSet *s, Freq eInd, Agg eAgg, Period g,
                         double *pr){
  int64_t i, iFirst, iLast;
  double rSum = 0, rLast = 0, r = 0;
  if( (int)g.eFreq<(int)eInd ) return 0;
  iFirst = period_index(period_containing(period_start(g), eInd));
  iLast = period_index(period_containing(period_end(g), eInd));
  for(i=iFirst; i<=iLast; i++){
    if( !obs_value(s, period_from_index(eInd, i), &r) ) return 0;
    rSum += r;
    rLast = r;
  }
  *pr = eAgg==AGG_SUM ? rSum : eAgg==AGG_LAST ? rLast
        : rSum/(double)(iLast - iFirst + 1);
  return 1;
}

/* The title of source id (cached in the arena by the store's reads). */
static const char *source_title(Ix *p, int64_t id){
  Value *aS;
  if( id<=0 ) return 0;
  if( store_item_get(p->pStore, ENT_SOURCE, id, &p->a, &aS) ) return 0;
  return ix_ftext(aS, ENT_SOURCE, "title");
}

/* ---- slots ----------------------------------------------------------------*/

/* The slot for days start..end, added if new. */
static ISlot *slot_get(ISlots *p, Date start, Date end){
  int i;
  for(i=0; i<p->n; i++){
    if( p->a[i].start==start && p->a[i].end==end ) return &p->a[i];
  }
  if( p->n>=p->nAlloc ){
    p->nAlloc = p->nAlloc ? 2*p->nAlloc : 32;
    p->a = acc_realloc(p->a, sizeof(ISlot)*p->nAlloc);
  }
  memset(&p->a[p->n], 0, sizeof(ISlot));
  p->a[p->n].start = start;
  p->a[p->n].end = end;
  return &p->a[p->n++];
}
static int slot_cmp(const void *a, const void *b){
  const ISlot *x = a, *y = b;
  if( x->start!=y->start ) return x->start<y->start ? -1 : 1;
  return x->end<y->end ? 1 : x->end>y->end ? -1 : 0;
}
static void slot_target(ISlots *p, Date start, Date end, double r){
  ISlot *s;
  if( start>=end ) return;     /* IATI: a period starts before it ends */
  s = slot_get(p, start, end);
  s->bTarget = 1;
  s->rTarget = r;
}

/* The goal's target path as slots (docs/status.md 4.2; iati.h). */
static void goal_targets(Ix *p, const Value *aG, const IObsSet *s,
                         Freq eInd, Agg eAgg, double rBase, int bBase,
                         ISlots *pSlots){
  int eKind = model_enum_find(azGoalKindEnum, model_value(ENT_GOAL, aG,
                                                          "kind")->z);
  double rT, r;
  Date start, deadline, dEnd;
  int bStart = ix_fdate(aG, ENT_GOAL, "start_on", &start);
  int bDeadline = ix_fdate(aG, ENT_GOAL, "deadline", &deadline);
  int bDecrease = model_value(ENT_GOAL, aG, "decrease")->i!=0;
  int bCompound = model_value(ENT_GOAL, aG, "compounding")->eType!=VAL_INT
                  || model_value(ENT_GOAL, aG, "compounding")->i!=0;
  Freq eGoal = eInd;
  const char *zPer = ix_ftext(aG, ENT_GOAL, "period");
  Period base;
  int64_t k, iFrom, iTo;
  (void)eAgg;
  if( !ix_freal(aG, ENT_GOAL, "target", &rT) ) return;
  if( zPer ) freq_parse(zPer, &eGoal);
  dEnd = bDeadline ? deadline : p->pOpt->today;
  switch( eKind ){
    case GOAL_GROWTH: {
      const char *zBase = ix_ftext(aG, ENT_GOAL, "baseline_period");
      if( !bBase || zBase==0 || period_parse(zBase, &base) ) return;
      if( (int)base.eFreq!=(int)eGoal ) return;
      iFrom = period_index(base) + 1;
      iTo = period_index(period_containing(dEnd, eGoal));
      for(k=iFrom; k<=iTo && k-iFrom<1200; k++){
        double rRate = (bDecrease ? -rT : rT)/100.0;
        double n = (double)(k - iFrom + 1);
        Period g = period_from_index(eGoal, k);
        r = bCompound ? rBase*pow(1.0 + rRate, n) : rBase*(1.0 + rRate*n);
        slot_target(pSlots, period_start(g), period_end(g), r);
      }
      break;
    }
    case GOAL_COUNT_PERIOD: {
      Date d0;
      if( bStart ){
        d0 = start;
      }else if( s->n>0 ){
        d0 = period_start(s->a[0].per);
      }else{
        return;
      }
      iFrom = period_index(period_containing(d0, eGoal));
      iTo = period_index(period_containing(dEnd, eGoal));
      for(k=iFrom; k<=iTo && k-iFrom<1200; k++){
        Period g = period_from_index(eGoal, k);
        slot_target(pSlots, period_start(g), period_end(g), rT);
      }
      break;
    }
    case GOAL_COUNT_WINDOW:
      if( bStart && bDeadline ) slot_target(pSlots, start, deadline, rT);
      break;
    case GOAL_LEVEL: {
      const char *zBase = ix_ftext(aG, ENT_GOAL, "baseline_period");
      if( !bDeadline ) return;
      if( !bStart ){
        if( zBase==0 || period_parse(zBase, &base) ) return;
        start = period_end(base) + 1;
      }
      slot_target(pSlots, start, deadline, rT);
      break;
    }
    default:
      break;
  }
}

/* ---- results ----------------------------------------------------------- */

/* Whether a unit is a percentage (IATI measure 2). */
static int unit_is_percent(const char *z){
  return z && (strcmp(z, "%")==0 || strstr(z, "percent")!=0
               || strstr(z, "Percent")!=0);
}

/* The result's description: the framework area, in both languages. */
static void write_area(Ix *p, const Value *aG){
  Value *aA;
  const char *zEn, *zSr;
  if( store_item_get(p->pStore, ENT_AREA, model_value(ENT_GOAL, aG,
                                                      "area_id")->i,
                     &p->a, &aA) ){
    return;
  }
  zEn = ix_ftext(aA, ENT_AREA, "name");
  zSr = ix_ftext(aA, ENT_AREA, "name_sr");
  if( zEn==0 ) return;
  ix_text(p, "description",
         arena_printf(&p->a, "Framework area: %s.", zEn),
         zSr ? arena_printf(&p->a, "Oblast saradnje: %s.", zSr) : 0);
}

/* A milestone: a result referenced by the goal's code, whose qualitative
** indicator has at most one period (start to deadline or achievement),
** its target and actual told in comments. */
static void ix_milestone(Ix *p, const Value *aG){
  const char *zTitle = ix_ftext(aG, ENT_GOAL, "title");
  Date start, end, deadline, achieved;
  int bStart = ix_fdate(aG, ENT_GOAL, "start_on", &start)
               || ix_fdate(aG, ENT_GOAL, "started_on", &start);
  int bDeadline = ix_fdate(aG, ENT_GOAL, "deadline", &deadline);
  int bAchieved = ix_fdate(aG, ENT_GOAL, "achieved_on", &achieved);
  char zD[11];
  ix_start(p, "result");
  ix_attr(p, "type", "1");
  ix_attr(p, "aggregation-status", "0");
  ix_text(p, "title", zTitle, ix_ftext(aG, ENT_GOAL, "title_sr"));
  write_area(p, aG);
  ix_start(p, "reference");
  ix_attr(p, "vocabulary", "99");
  ix_attr(p, "code", ix_ftext(aG, ENT_GOAL, "code"));
  ix_end(p);
  ix_start(p, "indicator");
  ix_attr(p, "measure", "5");
  ix_text(p, "title", zTitle, ix_ftext(aG, ENT_GOAL, "title_sr"));
  end = bDeadline ? deadline : achieved;
  if( bStart && (bDeadline || bAchieved) && start<end ){
    ix_start(p, "period");
    ix_start(p, "period-start"); ix_attr_date(p, "iso-date", start); ix_end(p);
    ix_start(p, "period-end"); ix_attr_date(p, "iso-date", end); ix_end(p);
    if( bDeadline ){
      date_format(deadline, zD);
      ix_start(p, "target");
      ix_text(p, "comment", arena_printf(&p->a, "Deadline: %s.", zD),
             arena_printf(&p->a, "Rok: %s.", zD));
      ix_end(p);
    }
    if( bAchieved ){
      date_format(achieved, zD);
      ix_start(p, "actual");
      ix_text(p, "comment", arena_printf(&p->a, "Achieved on %s.", zD),
             arena_printf(&p->a, "Ostvareno %s.", zD));
      ix_end(p);
    }
    ix_end(p);
  }
  ix_end(p);   /* indicator */
  ix_end(p);   /* result */
}

/* A goal measured by indicator aI (id iInd).  eAct says which actuals:
** IX_ACT_ALL every observation (only under the first goal of a dialogue's
** activity that uses the indicator, so that an activity never holds an
** observation twice), IX_ACT_VALUE the value that counts for each period
** by the engine's rules (a project's result), IX_ACT_NONE none. */
static void ix_measured(Ix *p, const Value *aG, const Value *aI,
                        int64_t iInd, int eAct){
  IObsSet s = { 0, 0, 0, 0, 0 };
  ISlots sl = { 0, 0, 0 };
  const Value *pRec = model_value(ENT_INDICATOR, aI, "source_id");
  Freq eInd = FREQ_YEAR;
  Agg eAgg = AGG_SUM;
  int eKind = model_enum_find(azGoalKindEnum, model_value(ENT_GOAL, aG,
                                                          "kind")->z);
  const char *zBase = ix_ftext(aG, ENT_GOAL, "baseline_period");
  const char *zAgg = ix_ftext(aI, ENT_INDICATOR, "aggregation");
  const char *zDesc = ix_ftext(aI, ENT_INDICATOR, "description");
  Period base;
  double rBase = 0;
  int bBase = 0, i;
  freq_parse(model_value(ENT_INDICATOR, aI, "frequency")->z, &eInd);
  if( zAgg ){
    int k = model_enum_find(azAggEnum, zAgg);
    if( k>=0 ) eAgg = (Agg)k;
  }
  if( pRec->eType==VAL_INT ){
    s.bOnly = 1;
    s.iOnly = pRec->i;
  }
  store_item_each(p->pStore, ENT_OBSERVATION,
                  model_field_find(ENT_OBSERVATION, "indicator_id"), iInd,
                  obs_add, &s);
  if( s.n>1 ) qsort(s.a, s.n, sizeof(IObs), obs_cmp);
  if( zBase && period_parse(zBase, &base)==0 ){
    bBase = ix_freal(aG, ENT_GOAL, "baseline_value", &rBase)
            || obs_aggregate(&s, eInd, eAgg, base, &rBase);
  }
  goal_targets(p, aG, &s, eInd, eAgg, rBase, bBase, &sl);
  if( eAct!=IX_ACT_NONE ){
    for(i=0; i<s.n; i++){
      ISlot *pSl = slot_get(&sl, period_start(s.a[i].per),
                            period_end(s.a[i].per));
      if( pSl->nObs==0 ) pSl->iObs = i;
      pSl->nObs++;
    }
  }
  if( sl.n>1 ) qsort(sl.a, sl.n, sizeof(ISlot), slot_cmp);

  ix_start(p, "result");
  ix_attr(p, "type", eKind==GOAL_GROWTH || eKind==GOAL_LEVEL ? "2" : "1");
  ix_attr(p, "aggregation-status", "0");
  ix_text(p, "title", ix_ftext(aG, ENT_GOAL, "title"),
          ix_ftext(aG, ENT_GOAL, "title_sr"));
  write_area(p, aG);
  ix_start(p, "indicator");
  ix_attr(p, "measure",
         unit_is_percent(ix_ftext(aI, ENT_INDICATOR, "unit")) ? "2" : "1");
  ix_attr(p, "ascending", model_value(ENT_GOAL, aG, "decrease")->i ? "0" : "1");
  ix_text(p, "title", ix_ftext(aI, ENT_INDICATOR, "name"),
          ix_ftext(aI, ENT_INDICATOR, "name_sr"));
  ix_text(p, "description",
         zDesc ? arena_printf(&p->a, "Unit: %s. %s",
                              ix_ftext(aI, ENT_INDICATOR, "unit"), zDesc)
               : arena_printf(&p->a, "Unit: %s.",
                              ix_ftext(aI, ENT_INDICATOR, "unit")), 0);
  ix_start(p, "reference");
  ix_attr(p, "vocabulary", "99");
  ix_attr(p, "code", ix_ftext(aI, ENT_INDICATOR, "code"));
  ix_end(p);
  if( bBase ){
    ix_start(p, "baseline");
    ix_attr(p, "year", arena_printf(&p->a, "%d", (int)base.year));
    ix_attr_num(p, "value", rBase);
    if( base.eFreq!=FREQ_YEAR ){
      char zP[12];
      period_format(base, zP);
      ix_text(p, "comment", arena_printf(&p->a, "Baseline period %s.", zP),
             0);
    }
    ix_end(p);
  }
  for(i=0; i<sl.n; i++){
    const ISlot *pSl = &sl.a[i];
    int j;
    ix_start(p, "period");
    ix_start(p, "period-start"); ix_attr_date(p, "iso-date", pSl->start);
    ix_end(p);
    ix_start(p, "period-end"); ix_attr_date(p, "iso-date", pSl->end);
    ix_end(p);
    if( pSl->bTarget ){
      ix_start(p, "target");
      ix_attr_num(p, "value", pSl->rTarget);
      ix_end(p);
    }
    for(j=pSl->iObs; j<pSl->iObs+pSl->nObs; j++){
      const char *zSrc;
      if( eAct==IX_ACT_VALUE ){
        /* The total that counts, then each cell of the breakdown once
        ** (its first value in source order). */
        double r;
        int k, m;
        if( obs_value(&s, s.a[j].per, &r) ){
          for(k=j; k<pSl->iObs+pSl->nObs
              && (s.a[k].zCell || s.a[k].r!=r); k++){}
          ix_actual(p, r, 0, source_title(p, k<pSl->iObs+pSl->nObs
                                             ? s.a[k].iSrc : s.a[j].iSrc));
        }
        for(k=j; k<pSl->iObs+pSl->nObs; k++){
          if( s.a[k].zCell==0 ) continue;
          for(m=j; m<k && (s.a[m].zCell==0
                           || strcmp(s.a[m].zCell, s.a[k].zCell)!=0); m++){}
          if( m<k ) continue;
          ix_actual(p, s.a[k].r, s.a[k].zCell,
                    source_title(p, s.a[k].iSrc));
        }
        break;
      }
      zSrc = source_title(p, s.a[j].iSrc);
      ix_actual(p, s.a[j].r, s.a[j].zCell, zSrc);
    }
    ix_end(p);
  }
  ix_end(p);   /* indicator */
  ix_end(p);   /* result */
  obs_set_free(&s);
  free(sl.a);
}

/* The result of goal idGoal (iatiInt.h). */
void ix_goal_result(Ix *p, int64_t idGoal, IdList *pInds, int eAct){
  Value *aG, *aI;
  const Value *pInd;
  int j, bSeen = 0;
  if( store_item_get(p->pStore, ENT_GOAL, idGoal, &p->a, &aG) ) return;
  pInd = model_value(ENT_GOAL, aG, "indicator_id");
  if( strcmp(model_value(ENT_GOAL, aG, "kind")->z, "milestone")==0
   || pInd->eType!=VAL_INT ){
    ix_milestone(p, aG);
    return;
  }
  if( store_item_get(p->pStore, ENT_INDICATOR, pInd->i, &p->a, &aI) ){
    ix_note(p, "goal %s left out: its indicator is not visible to this "
            "reader", ix_ftext(aG, ENT_GOAL, "code"));
    return;
  }
  if( eAct==IX_ACT_ALL ){
    for(j=0; j<pInds->n; j++){
      if( pInds->a[j]==pInd->i ) bSeen = 1;
    }
    if( bSeen ) eAct = IX_ACT_NONE;
    else idlist_add(pInds, pInd->i);
  }
  ix_measured(p, aG, aI, pInd->i, eAct);
}
