/*
** project.c: progress, goals' projects and funding totals of cooperation
** projects (see project.h).  Only the generic item functions of store.c
** are used, so every row is read as the viewer may read it.
*/
#include "storeInt.h"
#include "project.h"
#include "../core/money.h"

#include <jansson.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Tally of a project's activities. */
typedef struct ActTally { int nDone, nCounted; } ActTally;

/* StoreRowFn: count one activity. */
static int act_tally(void *pArg, int64_t id, const Value *aVal){
  ActTally *t = (ActTally*)pArg;
  const Value *pS = model_value(ENT_ACTIVITY, aVal, "state");
  (void)id;
  if( pS->eType!=VAL_TEXT || strcmp(pS->z, "cancelled")==0 ) return 0;
  t->nCounted++;
  if( strcmp(pS->z, "done")==0 ) t->nDone++;
  return 0;
}

void store_project_progress(Store *p, int64_t id, const Value *aProj,
                            ProjectProgress *pOut){
  const Value *pBy = model_value(ENT_PROJECT, aProj, "progress_by");
  const Value *pPct = model_value(ENT_PROJECT, aProj, "progress_pct");
  ActTally t = { 0, 0 };
  memset(pOut, 0, sizeof(*pOut));
  pOut->iPct = -1;
  if( pBy->eType==VAL_TEXT && strcmp(pBy->z, "declared")==0 ){
    pOut->bDeclared = 1;
    if( pPct->eType==VAL_INT ) pOut->iPct = (int)pPct->i;
    return;
  }
  store_item_each(p, ENT_ACTIVITY, model_field_find(ENT_ACTIVITY,
                  "project_id"), id, act_tally, &t);
  pOut->nDone = t.nDone;
  pOut->nCounted = t.nCounted;
  if( t.nCounted>0 ) pOut->iPct = (int)((t.nDone*100 + t.nCounted/2)
                                        / t.nCounted);
}

void store_project_progress_text(const ProjectProgress *pP, char *zOut,
                                 int nOut){
  if( pP->bDeclared ){
    if( pP->iPct<0 ) snprintf(zOut, nOut, "not declared");
    else snprintf(zOut, nOut, "%d%% (declared)", pP->iPct);
  }else if( pP->nCounted==0 ){
    snprintf(zOut, nOut, "no activities recorded");
  }else{
    snprintf(zOut, nOut, "%d of %d activities done (%d%%)", pP->nDone,
             pP->nCounted, pP->iPct);
  }
}

json_t *store_project_progress_json(const ProjectProgress *pP){
  json_t *pO = json_object();
  json_object_set_new(pO, "measured_by",
                      json_string(pP->bDeclared ? "declared" : "activities"));
  json_object_set_new(pO, "percent", pP->iPct<0 ? json_null()
                                      : json_integer(pP->iPct));
  if( !pP->bDeclared ){
    json_object_set_new(pO, "activities_done", json_integer(pP->nDone));
    json_object_set_new(pO, "activities_counted",
                        json_integer(pP->nCounted));
  }
  return pO;
}

/* StoreRowFn: collect the project of a project-goal link. */
static int goal_project(void *pArg, int64_t id, const Value *aVal){
  const Value *pP = model_value(ENT_PROJECT_GOAL, aVal, "project_id");
  (void)id;
  if( pP->eType==VAL_INT ) idlist_add((IdList*)pArg, pP->i);
  return 0;
}

AccRc store_goal_projects(Store *p, int64_t idGoal, IdList *pList){
  IdList all = IDLIST_INIT;
  AccRc rc;
  int i;
  rc = store_item_each(p, ENT_PROJECT_GOAL, model_field_find(
                       ENT_PROJECT_GOAL, "goal_id"), idGoal, goal_project,
                       &all);
  for(i=0; rc==ACC_OK && i<all.n; i++){
    Arena a = ARENA_INIT;
    Value *aV;
    /* The project itself must be visible too, not only the link. */
    if( store_item_get(p, ENT_PROJECT, all.a[i], &a, &aV)==ACC_OK ){
      idlist_add(pList, all.a[i]);
    }
    arena_free(&a);
  }
  free(all.a);
  return rc;
}

/* Funding being summed. */
typedef struct FundSum {
  FundTotal *aTot;
  int nCur;
} FundSum;

/* StoreRowFn: add one funding row to its currency's total. */
static int fund_add(void *pArg, int64_t id, const Value *aVal){
  FundSum *s = (FundSum*)pArg;
  const Value *pAmt = model_value(ENT_FUNDING, aVal, "amount");
  const Value *pCur = model_value(ENT_FUNDING, aVal, "currency");
  const Value *pState = model_value(ENT_FUNDING, aVal, "state");
  char zErr[200];
  int64_t iMinor, *pSum;
  int i;
  (void)id;
  if( pAmt->eType!=VAL_TEXT || pCur->eType!=VAL_TEXT
   || money_parse(pAmt->z, pCur->z, &iMinor, zErr, sizeof(zErr)) ){
    return 0;
  }
  for(i=0; i<s->nCur && i<FUND_CUR_MAX; i++){
    if( strcmp(s->aTot[i].zCur, pCur->z)==0 ) break;
  }
  if( i>=FUND_CUR_MAX ){
    s->nCur = FUND_CUR_MAX+1;
    return 0;
  }
  if( i==s->nCur ){
    memset(&s->aTot[i], 0, sizeof(s->aTot[i]));
    memcpy(s->aTot[i].zCur, pCur->z, 3);
    s->nCur++;
  }
  if( pState->eType==VAL_TEXT && strcmp(pState->z, "disbursed")==0 ){
    pSum = &s->aTot[i].iDisbursed;
  }else if( pState->eType==VAL_TEXT && strcmp(pState->z, "committed")==0 ){
    pSum = &s->aTot[i].iCommitted;
  }else{
    pSum = &s->aTot[i].iPledged;
  }
  if( __builtin_add_overflow(*pSum, iMinor, pSum) ) s->aTot[i].bOverflow = 1;
  return 0;
}

void store_project_funding(Store *p, int64_t id, FundTotal *aTot,
                           int *pnCur){
  FundSum s;
  s.aTot = aTot;
  s.nCur = 0;
  store_item_each(p, ENT_FUNDING, model_field_find(ENT_FUNDING,
                  "project_id"), id, fund_add, &s);
  *pnCur = s.nCur;
}
