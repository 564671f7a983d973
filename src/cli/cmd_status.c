/*
** cmd_status.c: `accord status`: every goal of a dialogue with its status
** and the sentence that explains it, grouped by framework area; then the
** roadmap with its slippage, and the data conflicts awaiting a decision.
*/
#include "cli.h"
#include "../store/goalstat.h"
#include "../core/l10n.h"
#include "../core/translit.h"
#include "../util/msgcat.h"
#include "../store/planlife.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *ftext(int e, const Value *aVal, const char *zName){
  const Value *v = model_value(e, aVal, zName);
  return v->eType==VAL_TEXT ? v->z : "";
}

/* Field zName of a row as text for the terminal (cli_text()). */
static const char *ttext(Cli *p, int e, const Value *aVal,
                         const char *zName){
  return cli_text(p, ftext(e, aVal, zName));
}

/* Text entered in Serbian in the script of the run's language. */
static const char *sr_text(Cli *p, const char *z){
  return cli_sr_text(p, z);
}

/* Field zName of a row in the run's language: its Serbian twin
** (zName_sr) for a Serbian reader when it is entered, else as entered. */
static const char *ltext(Cli *p, int e, const Value *aVal,
                         const char *zName){
  if( cli_lang()!=L10N_EN ){
    char zSr[64];
    snprintf(zSr, sizeof(zSr), "%s_sr", zName);
    if( model_field_find(e, zSr)>=0 && ftext(e, aVal, zSr)[0] ){
      return sr_text(p, ftext(e, aVal, zSr));
    }
  }
  return ttext(p, e, aVal, zName);
}

/* An enum value of a row as its word of the interface ("count period",
** "javno"). */
static const char *lenum(Cli *p, int e, const Value *aVal,
                         const char *zName){
  char *z = arena_strdup(&p->arena, ftext(e, aVal, zName)), *c;
  for(c=z; *c; c++) if( *c=='_' ) *c = ' ';
  return cli_text(p, cli_tr(z));
}

/* A day in the run's language ("6. decembar 2026."). */
static const char *lday(Cli *p, Date d){
  char z[L10N_DATESZ];
  return arena_strdup(&p->arena, l10n_date(d, cli_lang(), z));
}

/* A day in the genitive, for "na kraju dana 6. decembra 2026.". */
static const char *lday_gen(Cli *p, Date d){
  char z[L10N_DATESZ];
  return arena_strdup(&p->arena, l10n_date_gen(d, cli_lang(), z));
}

/* The status sentence of goal g in the run's language. */
static const char *lwhy(Cli *p, const GoalStatus *g){
  const char *zName = 0, *zUnit = 0;
  size_t n = 2*sizeof(g->res.zWhy);
  char *zOut;
  if( g->aIndicator && cli_lang()!=L10N_EN ){
    zName = ftext(ENT_INDICATOR, g->aIndicator, "name_sr");
    zUnit = ftext(ENT_INDICATOR, g->aIndicator, "unit_sr");
    zName = zName[0] ? sr_text(p, zName) : 0;
    zUnit = zUnit[0] ? sr_text(p, zUnit) : 0;
  }
  zOut = arena_alloc(&p->arena, n);
  return cli_text(p, status_why_lang(&g->res, cli_lang(), i18n_msg, zName,
                                     zUnit, zOut, n));
}


/* Print the roadmap: each step, its plan and its slippage at `at`. */
static void print_roadmap(Cli *p, Store *pStore, int64_t idDialogue,
                          Date at){
  IdList ids = IDLIST_INIT;
  int i;
  store_item_each(pStore, ENT_STEP, aEntity[ENT_STEP].iDialogue, idDialogue,
                  store_row_collect_id, &ids);
  if( ids.n==0 ) goto out;
  printf("\n%s\n", cli_tr("Roadmap"));
  for(i=0; i<ids.n; i++){
    Value *a;
    Date planned = DATE_NONE, done = DATE_NONE;
    const char *zState, *zColor = "";
    char zWhen[80];
    StepState st;
    if( store_item_get(pStore, ENT_STEP, ids.a[i], &p->arena, &a) ) continue;
    date_parse(ftext(ENT_STEP, a, "planned_on"), &planned);
    /* done as typed, or as what fulfils it says (planlife.h) */
    store_step_state(pStore, ids.a[i], a, at, &p->arena, &st);
    done = st.done;
    if( done!=DATE_NONE ){
      zState = planned!=DATE_NONE && done>planned
             ? arena_printf(&p->arena, cli_tr("done %s, %d days late"),
                            lday(p, done), done-planned)
             : arena_printf(&p->arena, cli_tr("done %s"), lday(p, done));
      zColor = cli_status_color(p, STATUS_ACHIEVED);
    }else if( st.eStatus>=0 ){
      /* an ongoing step's commitment, judged from the record */
      zState = arena_printf(&p->arena, "%s: %s",
                            cli_tr(azStatusLabel[st.eStatus]),
                            store_step_say_tr(&st, cli_lang(), cli_say_tr, 0,
                                              &p->arena));
      zColor = cli_status_color(p, st.eStatus);
    }else if( model_value(ENT_STEP, a, "ongoing")->i ){
      zState = cli_tr("ongoing");
      zColor = cli_status_color(p, STATUS_ON_TRACK);
    }else if( planned!=DATE_NONE && at>planned ){
      zState = arena_printf(&p->arena, cli_tr("not recorded as done; %d "
                            "days past the plan"), at-planned);
      zColor = cli_status_color(p, STATUS_OVERDUE);
    }else{
      zState = cli_tr("planned");
      zColor = cli_status_color(p, STATUS_NOT_STARTED);
    }
    snprintf(zWhen, sizeof(zWhen), "%s",
             ltext(p, ENT_STEP, a, "planned_label"));
    printf("  %2lld. %-58.58s %-16s %s%s%s\n",
           (long long)model_value(ENT_STEP, a, "position")->i,
           ltext(p, ENT_STEP, a, "title"), zWhen, zColor, zState,
           cli_color_off(p));
  }
out:
  free(ids.a);
}

int cmd_status(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zAt = 0, *zDialogue = 0, *zKnown = 0;
  int i, rc, bJson = 0, nGoal, aCount[STATUS__MAX];
  int64_t idDialogue;
  Date at, knownOn = DATE_NONE;
  GoalStatus *aGoal;
  Value *aD;
  IdList areas = IDLIST_INIT;
  for(i=1; i<argc; ){
    int r;
    if( strcmp(argv[i], "--json")==0 ){ bJson = 1; i++; continue; }
    if( (r = cli_opt_value(argc, argv, &i, "at", &zAt))!=0
     || (r = cli_opt_value(argc, argv, &i, "known-on", &zKnown))!=0
     || (r = cli_opt_value(argc, argv, &i, "dialogue", &zDialogue))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    return cli_usage("status", "status: unexpected %s", argv[i]);
  }
  if( zKnown && date_parse(zKnown, &knownOn) ){
    return cli_error(ACC_INVALID, "--known-on: expected a date YYYY-MM-DD, "
                     "got \"%s\"", zKnown);
  }
  pStore = cli_open_dialogue_at(p, zDialogue, zAt, &at, &idDialogue, &rc);
  if( pStore==0 ) return rc;
  store_item_get(pStore, ENT_DIALOGUE, idDialogue, &p->arena, &aD);
  goalstat_dialogue_known(pStore, idDialogue, at, knownOn, &p->arena,
                          &aGoal, &nGoal);
  store_item_each(pStore, ENT_AREA, aEntity[ENT_AREA].iDialogue, idDialogue,
                  store_row_collect_id, &areas);
  if( bJson ){
    json_t *pOut = goalstat_dialogue_json(pStore, idDialogue, aD, at, knownOn,
                                          aGoal, nGoal, &p->arena, 0, 0);
    json_dumpf(pOut, stdout, JSON_INDENT(2)|JSON_REAL_PRECISION(10));
    printf("\n");
    json_decref(pOut);
    free(areas.a);
    store_close(pStore);
    return 0;
  }
  memset(aCount, 0, sizeof(aCount));
  for(i=0; i<nGoal; i++) aCount[aGoal[i].res.eStatus]++;
  if( cli_lang()==L10N_EN ){
    printf("%s\n%s, as of the end of %s: %d goals",
           ttext(p, ENT_DIALOGUE, aD, "title"),
           ttext(p, ENT_DIALOGUE, aD, "state"), lday(p, at), nGoal);
    if( knownOn!=DATE_NONE ){
      printf(" (data as entered by %s)", lday(p, knownOn));
    }
  }else{
    printf("%s\n", ltext(p, ENT_DIALOGUE, aD, "title"));
    printf(cli_tr("%s, as of the end of %s: %d goals"),
           lenum(p, ENT_DIALOGUE, aD, "state"), lday_gen(p, at), nGoal);
    if( knownOn!=DATE_NONE ){
      printf(cli_tr(" (data as entered by %s)"), lday_gen(p, knownOn));
    }
  }
  printf("\n");
  for(i=0; i<areas.n; i++){
    Value *aA;
    int j, bHead = 0;
    if( store_item_get(pStore, ENT_AREA, areas.a[i], &p->arena, &aA) ){
      continue;
    }
    for(j=0; j<nGoal; j++){
      const GoalStatus *g = &aGoal[j];
      int eS = g->res.eStatus;
      if( model_value(ENT_GOAL, g->aGoal, "area_id")->i!=areas.a[i] ) continue;
      if( !bHead ){
        printf("\n%s\n", ltext(p, ENT_AREA, aA, "name"));
        bHead = 1;
      }
      printf("  %s%-11s%s %s  [%s, %s]\n", cli_status_color(p, eS),
             cli_tr(azStatusLabel[eS]), cli_color_off(p),
             ltext(p, ENT_GOAL, g->aGoal, "title"),
             lenum(p, ENT_GOAL, g->aGoal, "kind"),
             lenum(p, ENT_GOAL, g->aGoal, "classification"));
      if( g->res.bYtdAgainst ){
        printf("  %-11s %s\n", "",
               cli_tr("Warning: the year in progress runs against it."));
      }
      printf("  %-11s %s\n", "", lwhy(p, g));
    }
  }
  print_roadmap(p, pStore, idDialogue, at);
  printf("\n%s:", cli_tr("Summary"));
  for(i=0; i<STATUS__MAX; i++){
    if( aCount[i] ){
      printf(" %s%d %s%s;", cli_status_color(p, i), aCount[i],
             cli_tr(azStatusLabel[i]), cli_color_off(p));
    }
  }
  printf(cli_tr(" %d goals in all.\n"), nGoal);
  free(areas.a);
  store_close(pStore);
  return 0;
}
