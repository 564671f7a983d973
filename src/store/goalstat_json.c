/*
** goalstat_json.c: the status of a goal as JSON, written once for every
** reader: `accord status --json`, `accord show GOAL --json` and the API's
** /status endpoints add the same members to their objects.
**
** Besides the verdict and its sentence, each figure the judgement used is
** listed with its source (code, title, publisher), and, when sources
** disagree, the verdict on each source's own series.
*/
#include "storeInt.h"
#include "goalstat.h"

#include <jansson.h>
#include <string.h>

/* The source id as JSON: {id, code, title, publisher, short}, or null
** for values that name no source, or "several" for a mix. */
static json_t *source_json(const GoalStatus *g, int64_t id){
  const GoalSource *s;
  if( id==STATUS_SRC_MIXED ) return json_string("several");
  s = id ? goalstat_source(g, id) : 0;
  if( s==0 ) return json_null();
  return json_pack("{s:I,s:s?,s:s?,s:s?,s:s?}", "id", (json_int_t)s->id,
                   "code", s->zCode, "title", s->zTitle,
                   "publisher", s->zPublisher, "short", s->zShort);
}

/* Add key zKey = {"period": ..., "value": ...} for period pe, or null. */
static json_t *period_value(Period pe, double v){
  char zP[12];
  period_format(pe, zP);
  return json_pack("{s:s,s:f}", "period", zP, "value", v);
}

void goalstat_json(const GoalStatus *g, json_t *pObj){
  const StatusResult *r = &g->res;
  json_t *pArr;
  char zP[12];
  int i;
  json_object_set_new(pObj, "status", json_string(azStatusName[r->eStatus]));
  json_object_set_new(pObj, "explanation", json_string(r->zWhy));
  json_object_set_new(pObj, "ratio", r->bRatio ? json_real(r->rRatio)
                      : json_null());
  json_object_set_new(pObj, "observed_rate_pct", r->bObservedRate
                      ? json_real(r->rObservedRate) : json_null());
  json_object_set_new(pObj, "latest", r->bLatest
                      ? period_value(r->latest, r->rLatest) : json_null());
  if( r->bLatest && r->bNotReported ){
    /* A closed period with nothing reported: no value, and said so. */
    json_t *pL = json_object_get(pObj, "latest");
    json_object_set_new(pL, "value", json_null());
    json_object_set_new(pL, "not_reported", json_true());
  }
  if( r->bProjection ){
    period_format(r->projectAt, zP);
    json_object_set_new(pObj, "projection", json_pack("{s:s,s:f,s:f}",
                        "period", zP, "value", r->rProjected,
                        "target", r->rTargetAt));
  }else{
    json_object_set_new(pObj, "projection", json_null());
  }
  json_object_set_new(pObj, "conflicts", json_integer(r->nConflict));
  /* The year in progress against the same months of the year before, and
  ** whether it runs against a favourable verdict (a warning). */
  json_object_set_new(pObj, "year_to_date", r->bYtd
                      ? json_pack("{s:f,s:b}", "change_pct", r->rYtdPct,
                                  "against_verdict", r->bYtdAgainst)
                      : json_null());
  json_object_set_new(pObj, "completeness", json_pack("{s:i,s:i}", "due",
                      r->nDue, "reported", r->nReported));
  json_object_set_new(pObj, "source", r->nFig ? source_json(g, r->iSource)
                                              : json_null());
  pArr = json_array();
  for(i=0; i<r->nFig; i++){
    const StatusFigure *f = &r->aFig[i];
    json_t *pF = period_value(f->period, f->value);
    json_object_set_new(pF, "source", source_json(g, f->iSource));
    if( f->nHave<f->nSub ){
      json_object_set_new(pF, "sub_periods", json_pack("{s:i,s:i}", "with_data",
                          (int)f->nHave, "of", (int)f->nSub));
    }
    json_object_set_new(pF, "baseline", json_boolean(f->bBaseline));
    json_object_set_new(pF, "revised", json_boolean(f->bRevised));
    json_object_set_new(pF, "preferred", json_boolean(f->bPreferred));
    if( f->bEvents ) json_object_set_new(pF, "events", json_true());
    if( f->bMissing ){
      json_object_set_new(pF, "value", json_null());
      json_object_set_new(pF, "not_reported", json_true());
    }
    json_array_append_new(pArr, pF);
  }
  json_object_set_new(pObj, "figures", pArr);
  pArr = json_array();
  for(i=0; i<r->nVerdict; i++){
    const StatusVerdict *v = &r->aVerdict[i];
    json_t *pV = json_object();
    json_object_set_new(pV, "source", source_json(g, v->iSource));
    json_object_set_new(pV, "status", json_string(azStatusName[v->eStatus]));
    json_object_set_new(pV, "latest", v->bLatest
                        ? period_value(v->latest, v->rLatest) : json_null());
    json_array_append_new(pArr, pV);
  }
  json_object_set_new(pObj, "verdicts", pArr);
  /* An owner's choice that a later disagreeing value reopened: the
  ** latest such period the judgement used, and how many there are. */
  if( r->nReopen>0 ){
    json_t *pC = period_value(r->reopen.period, r->reopen.rChosen);
    json_t *pN = period_value(r->reopen.period, r->reopen.rNew);
    json_object_set_new(pC, "source", source_json(g, r->reopen.iChosen));
    json_object_set_new(pN, "source", source_json(g, r->reopen.iSource));
    period_format(r->reopen.period, zP);
    json_object_set_new(pObj, "reopened", json_pack("{s:s,s:i,s:o,s:o}",
                        "period", zP, "periods", r->nReopen, "chosen", pC,
                        "new", pN));
  }else{
    json_object_set_new(pObj, "reopened", json_null());
  }
  if( g->knownOn!=DATE_NONE ){
    char zD[11];
    date_format(g->knownOn, zD);
    json_object_set_new(pObj, "known_on", json_string(zD));
  }
}

json_t *goalstat_goal_json(Store *p, const GoalStatus *g, Arena *pArena){
  const Value *pA = model_value(ENT_GOAL, g->aGoal, "area_id");
  json_t *pObj = store_item_json(ENT_GOAL, g->id, g->aGoal);
  Value *aA;
  if( pA->eType==VAL_INT
   && store_item_get(p, ENT_AREA, pA->i, pArena, &aA)==ACC_OK ){
    json_object_set_new(pObj, "area",
                        json_string(model_value(ENT_AREA, aA, "name")->z));
  }else{
    json_object_set_new(pObj, "area", json_null());
  }
  goalstat_json(g, pObj);
  return pObj;
}

json_t *goalstat_dialogue_json(Store *p, int64_t idDialogue,
                               const Value *aD, Date at, Date knownOn,
                               const GoalStatus *aG, int nG, Arena *pArena,
                               GoalJsonHook xGoal, void *pCtx){
  json_t *pOut, *pArr = json_array(), *pCounts = json_object();
  int aCount[STATUS__MAX], i;
  char zDate[11];
  memset(aCount, 0, sizeof(aCount));
  for(i=0; i<nG; i++){
    json_t *pObj = goalstat_goal_json(p, &aG[i], pArena);
    aCount[aG[i].res.eStatus]++;
    if( xGoal ) xGoal(pCtx, &aG[i], pObj);
    json_array_append_new(pArr, pObj);
  }
  for(i=0; i<STATUS__MAX; i++){
    json_object_set_new(pCounts, azStatusName[i], json_integer(aCount[i]));
  }
  date_format(at, zDate);
  pOut = json_pack("{s:I,s:s,s:s,s:s}", "dialogue_id", (json_int_t)idDialogue,
                   "dialogue", model_value(ENT_DIALOGUE, aD, "code")->z,
                   "title", model_value(ENT_DIALOGUE, aD, "title")->z,
                   "at", zDate);
  if( knownOn!=DATE_NONE ){
    date_format(knownOn, zDate);
    json_object_set_new(pOut, "known_on", json_string(zDate));
  }
  json_object_set_new(pOut, "counts", pCounts);
  json_object_set_new(pOut, "goals", pArr);
  return pOut;
}
