/*
** api_plan.c: the action plan's life in the JSON API (027_planlife.sql,
** src/store/planlife.h): the plan of a dialogue in force on a day with
** the readiness of its long-term goal, a goal's life, a roadmap step's
** state from the record.  Everything is read as the caller may read it.
*/
#include "api.h"
#include "../store/planlife.h"

#include <stdlib.h>
#include <string.h>

/* The date of ?at, else today; replies 400 and returns -1 if it is not a
** date (the route checked it already). */
static Date plan_at(Req *p){
  Date at = date_today();
  if( req_arg(p, "at") ) date_parse(req_arg(p, "at"), &at);
  return at;
}

/* A goal's entry of the plan: id, code, title and its life. */
static json_t *plan_goal_json(Req *p, int64_t id, const Value *aG,
                              const GoalLife *pL){
  json_t *pG = json_object();
  json_object_set_new(pG, "id", json_integer(id));
  json_object_set_new(pG, "code",
                      json_string(model_value(ENT_GOAL, aG, "code")->z));
  json_object_set_new(pG, "title",
                      json_string(model_value(ENT_GOAL, aG, "title")->z));
  json_object_set_new(pG, "life", store_goal_life_json(p->pStore, pL,
                                                       &p->arena));
  return pG;
}

/*
** GET /api/v1/dialogues/{id}/plan[?at=DATE]: the action plan in force at
** the end of DATE (default today): the goals adopted by a decision of a
** meeting held by then and not retired (in_force), the others with their
** life (not_in_force), the decisions that adopted the goals in force, and
** the readiness of the long-term goal.
*/
void api_dialogue_plan(Req *p){
  int64_t idD = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  Date at = plan_at(p);
  PlanInForce plan;
  IdList goals = IDLIST_INIT;
  ReadinessCrit *aC;
  int nC, nMet, i;
  char zAt[11];
  json_t *pIn, *pOut, *pDec, *pCrit;
  if( idD==0 ) return;
  pIn = json_array();
  pOut = json_array();
  pDec = json_array();
  pCrit = json_array();
  store_plan_in_force(p->pStore, idD, at, &plan);
  store_item_each(p->pStore, ENT_GOAL, aEntity[ENT_GOAL].iDialogue, idD,
                  store_row_collect_id, &goals);
  for(i=0; i<goals.n; i++){
    Value *aG;
    GoalLife life;
    if( store_item_get(p->pStore, ENT_GOAL, goals.a[i], &p->arena, &aG) ){
      continue;
    }
    store_goal_life(p->pStore, goals.a[i], at, &p->arena, &life);
    json_array_append_new(life.bInForce ? pIn : pOut,
                          plan_goal_json(p, goals.a[i], aG, &life));
  }
  for(i=0; i<plan.decisions.n; i++){
    json_array_append_new(pDec, json_integer(plan.decisions.a[i]));
  }
  store_readiness(p->pStore, idD, at, &p->arena, &aC, &nC, &nMet);
  for(i=0; i<nC; i++){
    json_array_append_new(pCrit, json_pack("{s:I,s:o,s:o,s:o,s:b}",
      "id", (json_int_t)aC[i].id,
      "goal_id", aC[i].idGoal ? json_integer(aC[i].idGoal) : json_null(),
      "step_id", aC[i].idStep ? json_integer(aC[i].idStep) : json_null(),
      "decision_id", aC[i].idDecision ? json_integer(aC[i].idDecision)
                                      : json_null(),
      "met", aC[i].bMet));
  }
  date_format(at, zAt);
  req_json(p, json_pack("{s:I,s:s,s:i,s:i,s:i,s:o,s:o,s:o,s:{s:i,s:i,s:o}}",
    "dialogue_id", (json_int_t)idD, "at", zAt, "goals", plan.nGoal,
    "in_force_count", plan.inForce.n, "proposed_count", plan.nProposed,
    "in_force", pIn, "not_in_force", pOut, "adopted_by", pDec,
    "readiness", "criteria_count", nC, "met", nMet, "criteria", pCrit));
  free(goals.a);
  store_plan_free(&plan);
}

/*
** GET /api/v1/goals/{id}/life[?at=DATE]: a goal's life at the end of
** DATE: who proposed it, the decision that adopted it (and revised or
** retired it), whether it is in the action plan in force, and the areas
** of the other set its area falls under (also_under).
*/
void api_goal_life(Req *p){
  int64_t id = req_item_or_reply(p, ENT_GOAL, req_path(p, 0));
  Value *aG;
  GoalLife life;
  IdList sec = IDLIST_INIT;
  json_t *pObj, *pArr;
  int i;
  if( id==0 ) return;
  pArr = json_array();
  store_item_get(p->pStore, ENT_GOAL, id, &p->arena, &aG);
  store_goal_life(p->pStore, id, plan_at(p), &p->arena, &life);
  pObj = plan_goal_json(p, id, aG, &life);
  store_crosswalk_to(p->pStore, model_value(ENT_GOAL, aG, "area_id")->i,
                     &sec);
  for(i=0; i<sec.n; i++) json_array_append_new(pArr, json_integer(sec.a[i]));
  free(sec.a);
  json_object_set_new(pObj, "also_under", pArr);
  req_json(p, pObj);
}

/*
** GET /api/v1/steps/{id}/state[?at=DATE]: a roadmap step's state at the
** end of DATE: done as typed or as what fulfils it says, and an ongoing
** step's commitment judged from the record, with the sentence.
*/
void api_step_state(Req *p){
  int64_t id = req_item_or_reply(p, ENT_STEP, req_path(p, 0));
  Value *aS;
  StepState st;
  json_t *pObj;
  if( id==0 ) return;
  store_item_get(p->pStore, ENT_STEP, id, &p->arena, &aS);
  store_step_state(p->pStore, id, aS, plan_at(p), &p->arena, &st);
  pObj = store_step_state_json(&st, &p->arena);
  json_object_set_new(pObj, "id", json_integer(id));
  req_json(p, pObj);
}
