/*
** model_row.c: the checks of a whole row of an entity (see model.h):
** fields that depend on each other (model_row_check()), days that may not
** lie in the future (model_row_when()), text that must be UTF-8
** (model_row_utf8()), and a field's default (model_field_default()).
*/
#include "model.h"
#include "modelInt.h"
#include "breakdown.h"

#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Helpers for model_row_check(): the value of field zName of entity e. */
static const Value *row_get(int e, const Value *aVal, const char *zName){
  int i = model_field_find(e, zName);
  return i<0 ? 0 : &aVal[i];
}
static int row_has(int e, const Value *aVal, const char *zName){
  const Value *p = row_get(e, aVal, zName);
  return p && p->eType!=VAL_NULL;
}

/* Check that date field zA is not after date field zB. */
static AccRc row_date_order(int e, const Value *aVal, const char *zA,
                            const char *zB, char *zErr, int nErr){
  const Value *pA = row_get(e, aVal, zA), *pB = row_get(e, aVal, zB);
  if( pA && pB && pA->eType==VAL_TEXT && pB->eType==VAL_TEXT
   && strcmp(pA->z, pB->z)>0 ){
    snprintf(zErr, nErr, "%s: %s is after %s (%s)", zA, pA->z, zB, pB->z);
    return ACC_INVALID;
  }
  return ACC_OK;
}

AccRc model_row_check(int e, const Value *aVal, char *zErr, int nErr){
  int i;
  const EntityDef *pE = &aEntity[e];
  for(i=0; i<pE->nField; i++){
    TextBad bad;
    if( aVal[i].eType==VAL_TEXT
     && text_check(aVal[i].z, strlen(aVal[i].z), &bad) ){
      int n = snprintf(zErr, nErr, "%s: ", pE->aField[i].zName);
      if( n>0 && n<nErr ) model_text_error(aVal[i].z, &bad, zErr+n, nErr-n);
      return ACC_INVALID;
    }
    if( (pE->aField[i].flags & FF_REQUIRED) && aVal[i].eType==VAL_NULL ){
      snprintf(zErr, nErr, "%s: required", pE->aField[i].zName);
      return ACC_INVALID;
    }
  }
  if( e==ENT_OBSERVATION && row_has(e, aVal, "breakdown") ){
    int n = snprintf(zErr, nErr, "breakdown: ");
    if( n>0 && n<nErr
     && breakdown_check(row_get(e, aVal, "breakdown")->z, zErr+n, nErr-n) ){
      return ACC_INVALID;
    }
    zErr[0] = 0;
  }
  if( e==ENT_GOAL ){
    const Value *pKind = row_get(e, aVal, "kind");
    int k = model_enum_find(azGoalKindEnum, pKind->z);
    if( k!=GOAL_MILESTONE ){
      if( !row_has(e, aVal, "indicator_id") ){
        snprintf(zErr, nErr, "indicator_id: required for a %s goal",
                 pKind->z);
        return ACC_INVALID;
      }
      if( !row_has(e, aVal, "target") ){
        snprintf(zErr, nErr, "target: required for a %s goal", pKind->z);
        return ACC_INVALID;
      }
    }
    if( (k==GOAL_GROWTH || k==GOAL_COUNT_PERIOD)
     && !row_has(e, aVal, "period") ){
      snprintf(zErr, nErr, "period: required for a %s goal", pKind->z);
      return ACC_INVALID;
    }
    if( k==GOAL_GROWTH && !row_has(e, aVal, "baseline_period") ){
      snprintf(zErr, nErr, "baseline_period: required for a growth goal");
      return ACC_INVALID;
    }
    if( k==GOAL_GROWTH && row_get(e, aVal, "target")->r<=0 ){
      snprintf(zErr, nErr, "target: a growth rate must be above 0 percent");
      return ACC_INVALID;
    }
    if( k==GOAL_COUNT_WINDOW
     && (!row_has(e, aVal, "start_on") || !row_has(e, aVal, "deadline")) ){
      snprintf(zErr, nErr, "%s: required for a count_window goal",
               row_has(e, aVal, "start_on") ? "deadline" : "start_on");
      return ACC_INVALID;
    }
    if( (k==GOAL_COUNT_PERIOD || k==GOAL_COUNT_WINDOW)
     && row_get(e, aVal, "target")->r<0 ){
      snprintf(zErr, nErr, "target: a count cannot be negative");
      return ACC_INVALID;
    }
    if( (k==GOAL_COUNT_PERIOD || k==GOAL_COUNT_WINDOW)
     && row_get(e, aVal, "target")->r!=floor(row_get(e, aVal, "target")->r) ){
      snprintf(zErr, nErr, "target: a count is a whole number, got %g",
               row_get(e, aVal, "target")->r);
      return ACC_INVALID;
    }
    if( row_date_order(e, aVal, "start_on", "deadline", zErr, nErr)
     || row_date_order(e, aVal, "started_on", "achieved_on", zErr, nErr) ){
      return ACC_INVALID;
    }
    if( row_has(e, aVal, "start_on") && row_has(e, aVal, "achieved_on")
     && strcmp(row_get(e, aVal, "achieved_on")->z,
               row_get(e, aVal, "start_on")->z)<0 ){
      snprintf(zErr, nErr, "achieved_on: %s is before start_on (%s), the "
               "first day the goal applies",
               row_get(e, aVal, "achieved_on")->z,
               row_get(e, aVal, "start_on")->z);
      return ACC_INVALID;
    }
  }else if( e==ENT_STEP ){
    if( row_date_order(e, aVal, "started_on", "done_on", zErr, nErr) ){
      return ACC_INVALID;
    }
  }else if( e==ENT_DIALOGUE ){
    const Value *pOn = row_get(e, aVal, "on_track_ratio");
    const Value *pRisk = row_get(e, aVal, "at_risk_ratio");
    if( pOn->eType==VAL_REAL && (pOn->r<=0 || pOn->r>2) ){
      snprintf(zErr, nErr, "on_track_ratio: must be above 0 and at most 2");
      return ACC_INVALID;
    }
    if( pRisk->eType==VAL_REAL && pOn->eType==VAL_REAL && pRisk->r>pOn->r ){
      snprintf(zErr, nErr, "at_risk_ratio: must not exceed on_track_ratio");
      return ACC_INVALID;
    }
    if( row_get(e, aVal, "stale_periods")->eType==VAL_INT
     && row_get(e, aVal, "stale_periods")->i<1 ){
      snprintf(zErr, nErr, "stale_periods: must be at least 1");
      return ACC_INVALID;
    }
  }
  /* The rules of the IATI codes, the project kinds' and the plan's own
  ** (model_code.c, model_project.c, model_plan.c). */
  if( model_code_check(e, aVal, zErr, nErr) ) return ACC_INVALID;
  if( model_plan_check(e, aVal, zErr, nErr) ) return ACC_INVALID;
  if( model_dim_check(e, aVal, zErr, nErr) ) return ACC_INVALID;
  return model_project_check(e, aVal, zErr, nErr);
}

/* Check that date field zName, if set, is not after day today; zWhat
** says what it would mean. */
static AccRc row_not_future(int e, const Value *aVal, const char *zName,
                            const char *zWhat, Date today, char *zErr,
                            int nErr){
  const Value *p = row_get(e, aVal, zName);
  Date d;
  char zToday[11];
  if( p==0 || p->eType!=VAL_TEXT || date_parse(p->z, &d) || d<=today ){
    return ACC_OK;
  }
  date_format(today, zToday);
  snprintf(zErr, nErr, "%s: %s is in the future (today is %s): %s", zName,
           p->z, zToday, zWhat);
  return ACC_INVALID;
}

AccRc model_row_when(int e, const Value *aVal, Date today, char *zErr,
                     int nErr){
  if( e==ENT_MEETING ){
    const Value *pState = row_get(e, aVal, "state");
    if( pState && pState->eType==VAL_TEXT && strcmp(pState->z, "held")==0 ){
      return row_not_future(e, aVal, "held_on", "a meeting not yet held "
                            "is planned", today, zErr, nErr);
    }
  }else if( e==ENT_STEP ){
    return row_not_future(e, aVal, "done_on", "a step is done only once "
                          "it is done; give planned_on for the plan",
                          today, zErr, nErr);
  }else if( e==ENT_GOAL ){
    return row_not_future(e, aVal, "achieved_on", "a goal is achieved only "
                          "once it is achieved", today, zErr, nErr);
  }
  return model_project_when(e, aVal, today, zErr, nErr);
}

AccRc model_row_utf8(int e, int64_t id, const Value *aVal, char *zErr,
                     int nErr){
  const EntityDef *pE = &aEntity[e];
  int i;
  for(i=0; i<pE->nField; i++){
    TextBad bad;
    char zWhere[100];
    const char *z = aVal[i].z;
    if( aVal[i].eType!=VAL_TEXT
     || text_check(z, strlen(z), &bad)!=TEXT_UTF8 ){
      continue;
    }
    text_describe(z, strlen(z), &bad, zWhere, sizeof(zWhere));
    snprintf(zErr, nErr, "%s %lld, %s: %s (written before input was "
             "checked; correct it with `accord %s set %lld --%s ...`)",
             pE->zName, (long long)id, pE->aField[i].zName, zWhere,
             pE->zName, (long long)id, pE->aField[i].zName);
    return ACC_INVALID;
  }
  return ACC_OK;
}

const char *model_field_default(int e, int iField){
  const Field *pF = &aEntity[e].aField[iField];
  /* A source is a published document: public unless marked (021). */
  if( e==ENT_SOURCE && pF->azEnum==azClassName ) return "public";
  if( pF->eType==FT_ENUM && pF->azEnum==azClassName ) return "internal";
  if( strcmp(pF->zName, "state")==0 ) return pF->azEnum[0];
  if( strcmp(pF->zName, "compounding")==0 ) return "1";
  if( pF->eType==FT_BOOL ) return "0";
  if( e==ENT_INDICATOR && strcmp(pF->zName, "aggregation")==0 ) return "sum";
  return 0;
}
