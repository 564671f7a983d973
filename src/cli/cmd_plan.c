/*
** cmd_plan.c: `accord plan`: the action plan of a dialogue in force on a
** day (the goals adopted by a decision of a meeting held by then and not
** retired since), each with its life; the goals only proposed; the
** readiness of the long-term goal (027_planlife.sql, planlife.h).
*/
#include "cli.h"
#include "../core/l10n.h"
#include "../store/planlife.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Field zName of a row as text, "" if not set. */
static const char *plan_text(int e, const Value *aVal, const char *zName){
  const Value *v = model_value(e, aVal, zName);
  return v->eType==VAL_TEXT ? v->z : "";
}

int cmd_plan(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zAt = 0, *zDialogue = 0;
  int i, rc, bJson = 0, nCrit = 0, nMet = 0;
  int64_t idD;
  Date at;
  char zDay[11];
  PlanInForce plan;
  IdList goals = IDLIST_INIT;
  ReadinessCrit *aCrit = 0;
  json_t *pOut = 0, *pArr = 0, *pRest = 0, *pCrit = 0;
  for(i=1; i<argc; ){
    int r;
    if( strcmp(argv[i], "--json")==0 ){ bJson = 1; i++; continue; }
    if( (r = cli_opt_value(argc, argv, &i, "at", &zAt))!=0
     || (r = cli_opt_value(argc, argv, &i, "dialogue", &zDialogue))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    return cli_usage("plan", "plan: unexpected %s", argv[i]);
  }
  pStore = cli_open_dialogue_at(p, zDialogue, zAt, &at, &idD, &rc);
  if( pStore==0 ) return rc;
  date_format(at, zDay);
  store_plan_in_force(pStore, idD, at, &plan);
  store_item_each(pStore, ENT_GOAL, aEntity[ENT_GOAL].iDialogue, idD,
                  store_row_collect_id, &goals);
  store_readiness(pStore, idD, at, &p->arena, &aCrit, &nCrit, &nMet);
  if( bJson ){
    pOut = json_object();
    pArr = json_array();
    pRest = json_array();
    pCrit = json_array();
    json_object_set_new(pOut, "at", json_string(zDay));
    json_object_set_new(pOut, "goals", json_integer(plan.nGoal));
    json_object_set_new(pOut, "in_force_count",
                        json_integer(plan.inForce.n));
    json_object_set_new(pOut, "proposed_count", json_integer(plan.nProposed));
  }else{
    /* in the run's language: "Akcioni plan na snazi na dan 6. decembra
    ** 2026.: 0 od 17 ciljeva; ..." */
    if( cli_lang()==L10N_EN ){
      printf("Action plan in force on %s", zDay);   /* as scripts read it */
    }else{
      fputs(cli_day_in(p, cli_tr("Action plan in force on %s"), at), stdout);
    }
    printf(cli_tr(": %d of %d goals"), plan.inForce.n, plan.nGoal);
    if( plan.decisions.n ){
      printf("%s", cli_tr(plan.decisions.n>1 ? ", adopted by decisions"
                                             : ", adopted by decision"));
      for(i=0; i<plan.decisions.n; i++){
        printf("%s %lld", i ? "," : "", (long long)plan.decisions.a[i]);
      }
    }
    printf(cli_tr("; %d only proposed.\n"), plan.nProposed);
  }
  for(i=0; i<goals.n; i++){
    Value *aG;
    GoalLife life;
    if( store_item_get(pStore, ENT_GOAL, goals.a[i], &p->arena, &aG) ){
      continue;
    }
    store_goal_life(pStore, goals.a[i], at, &p->arena, &life);
    if( bJson ){
      json_t *pG = json_object();
      json_object_set_new(pG, "id", json_integer(goals.a[i]));
      json_object_set_new(pG, "code",
                          json_string(plan_text(ENT_GOAL, aG, "code")));
      json_object_set_new(pG, "title",
                          json_string(plan_text(ENT_GOAL, aG, "title")));
      json_object_set_new(pG, "life", store_goal_life_json(pStore, &life,
                                                           &p->arena));
      json_array_append_new(life.bInForce ? pArr : pRest, pG);
    }else{
      printf("  %s %-34s %s\n", life.bInForce ? "*" : " ",
             cli_text(p, plan_text(ENT_GOAL, aG, "code")),
             cli_sr_text(p, store_goal_life_say(pStore, &life,
                         cli_lang(), cli_say_tr, 0, &p->arena)));
    }
  }
  for(i=0; i<nCrit; i++){
    const ReadinessCrit *c = &aCrit[i];
    Value *aV;
    int e = c->idGoal ? ENT_GOAL : ENT_STEP;
    int64_t id = c->idGoal ? c->idGoal : c->idStep;
    const char *zCode = store_item_get(pStore, e, id, &p->arena, &aV)==ACC_OK
                      ? plan_text(e, aV, "code") : "";
    if( bJson ){
      json_t *pC = json_object();
      json_object_set_new(pC, "id", json_integer(c->id));
      json_object_set_new(pC, e==ENT_GOAL ? "goal" : "step",
                          json_string(zCode));
      json_object_set_new(pC, "met", json_boolean(c->bMet));
      json_array_append_new(pCrit, pC);
    }else{
      if( i==0 ){
        printf(cli_tr("Readiness of the long-term goal: %d of %d criteria "
               "met (%d%%)\n"), nMet, nCrit, nCrit
               ? (nMet*100 + nCrit/2)/nCrit : 0);
      }
      printf("  %s %s %s\n", cli_lang()==L10N_EN
             ? (c->bMet ? "met    " : "not met")
             : cli_tr(c->bMet ? "met" : "not met"),
             cli_tr(e==ENT_GOAL ? "goal" : "step"), cli_text(p, zCode));
    }
  }
  if( bJson ){
    json_object_set_new(pOut, "in_force", pArr);
    json_object_set_new(pOut, "not_in_force", pRest);
    json_object_set_new(pOut, "readiness", pCrit);
    json_object_set_new(pOut, "readiness_met", json_integer(nMet));
    json_dumpf(pOut, stdout, JSON_INDENT(2));
    printf("\n");
    json_decref(pOut);
  }else if( nCrit==0 ){
    printf("%s\n", cli_tr("Readiness of the long-term goal: the parties "
           "have set no criteria."));
  }
  free(goals.a);
  store_plan_free(&plan);
  store_close(pStore);
  return 0;
}
