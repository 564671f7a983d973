/*
** cmd_item.c: `accord KIND VERB ...` for every kind of item.
**
**   accord KIND list [--dialogue D] [--FIELD X] [--json]
**   accord KIND show ID|CODE [--json]
**   accord KIND add --FIELD VALUE ...
**   accord KIND set ID|CODE --FIELD VALUE ...   (an empty VALUE clears)
**   accord KIND rm ID|CODE
**   accord --as LOGIN KIND approve ID|CODE   (kinds the public sees once
**                                             every party approved them)
**
** Everything here is driven by the entity tables of model.c: the options
** are the field names, values are checked by model_value_parse() and
** model_row_check(), references may be given as codes.
*/
#include "cli.h"
#include "../store/account.h"
#include "../store/goalstat.h"
#include "../store/obsrow.h"

#include "../store/project.h"
#include "../store/planlife.h"
#include "../core/l10n.h"
#include "../util/msgcat.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Print the help of entity e: verbs and fields. */
static void item_help(int e){
  const EntityDef *pE = &aEntity[e];
  int i;
  printf("accord %s: %s\n\n", pE->zName, pE->zHelp);
  printf("usage: accord %s list [--dialogue D] [--FIELD X] [--json]\n"
         "       accord %s show ID|CODE [--json]\n"
         "       accord %s add --FIELD VALUE ...\n"
         "       accord %s set ID|CODE --FIELD VALUE ...\n"
         "       accord %s rm ID|CODE\n\nFields (* required when adding):\n",
         pE->zName, pE->zName, pE->zName, pE->zName, pE->zName);
  for(i=0; i<pE->nField; i++){
    const Field *pF = &pE->aField[i];
    const char *zDef = model_field_default(e, i);
    printf("  --%-17s %s%s", pF->zName,
           (pF->flags & FF_REQUIRED) && !zDef ? "* " : "", pF->zHelp);
    if( pF->eType==FT_ENUM ){
      int k;
      printf(" (");
      for(k=0; pF->azEnum[k]; k++) printf("%s%s", k ? ", " : "",
                                          pF->azEnum[k]);
      printf(")");
    }else if( pF->eType==FT_REF ){
      printf(" (%s id or code)", aEntity[pF->eRef].zName);
    }else if( pF->eType!=FT_TEXT ){
      printf(" (%s)", azFieldTypeName[pF->eType]);
    }
    if( zDef ) printf(" [default %s]", zDef);
    if( pF->flags & FF_AUTO ) printf(" [set by accord]");
    printf("\n");
  }
  if( pE->bPublish ){
    printf("\nApproval: accord --as LOGIN %s approve ID|CODE\n"
           "  the co-chair LOGIN approves the current version for their "
           "party; the\n  public sees the version every party approved.\n",
           pE->zName);
  }
}

/* Resolve an item given as id or code.  Prints the error on failure. */
static AccRc item_lookup(Store *pStore, int e, const char *z, int64_t *pId){
  Value v;
  Field f;
  char zErr[200];
  memset(&f, 0, sizeof(f));
  f.eType = FT_REF;
  f.eRef = e;
  AccRc rc = model_value_parse(&f, z, &v, zErr, sizeof(zErr));
  if( rc==ACC_OK && v.eType==VAL_NULL ){
    snprintf(zErr, sizeof(zErr), "no item given");
    rc = ACC_NOTFOUND;
  }
  if( rc || store_ref_resolve(pStore, e, &v, zErr, sizeof(zErr)) ){
    cli_error(ACC_NOTFOUND, "%s", zErr);
    return ACC_NOTFOUND;
  }
  *pId = v.i;
  return ACC_OK;
}

/* Text for a value of field pF, for people: references as codes. */
static const char *value_text(Cli *p, Store *pStore, const Field *pF,
                              const Value *pV){
  switch( pV->eType ){
    case VAL_NULL: return "";
    case VAL_TEXT: return pV->z;
    case VAL_REAL: return arena_printf(&p->arena, "%.15g", pV->r);
    default: break;
  }
  if( pF->eType==FT_BOOL ) return pV->i ? "yes" : "no";
  if( pF->eType==FT_REF && model_code_field(pF->eRef)>=0 ){
    Arena a = ARENA_INIT;
    Value *aRef;
    const char *z = 0;
    if( store_item_get(pStore, pF->eRef, pV->i, &a, &aRef)==ACC_OK ){
      z = arena_strdup(&p->arena,
                       aRef[model_code_field(pF->eRef)].z);
    }
    arena_free(&a);
    if( z ) return z;
  }
  return arena_printf(&p->arena, "%lld", (long long)pV->i);
}

/* The label of field pF as the forms show it ("Pokazatelj", "Naslov
** (srpski)"), for a Serbian reader of `show`; its name for English (the
** --NAME option). */
static const char *show_label(Cli *p, const Field *pF){
  char zKey[64];
  int bTwin;
  const char *z;
  if( cli_lang()==L10N_EN ) return pF->zName;
  model_label_key(pF->zName, zKey, sizeof(zKey), &bTwin);
  z = cli_tr(arena_strdup(&p->arena, zKey));
  return bTwin ? arena_printf(&p->arena, "%s (%s)", z, cli_tr("Serbian"))
               : z;
}

/* Print one line of `show`: "LABEL:" padded to 19 columns (counted in
** characters, not bytes: Serbian labels have letters of two bytes). */
static void show_line(const char *zLabel, const char *zValue){
  int nCol = 0;
  const char *c;
  for(c=zLabel; *c; c++) if( (*c & 0xc0)!=0x80 ) nCol++;
  printf("%s:%*s%s\n", zLabel, nCol<18 ? 18-nCol : 1, "", zValue);
}

/* Text for a value of field pF in the run's language: for a Serbian
** reader yes/no, enum values, days and numbers as Serbian writes them
** ("da", "broj po periodu", "6. decembar 2026.", "1.023,1") and Serbian
** text in the run's script; English as value_text(). */
static const char *show_value(Cli *p, Store *pStore, const Field *pF,
                              const Value *pV){
  size_t n = strlen(pF->zName);
  Date d;
  if( cli_lang()==L10N_EN || pV->eType==VAL_NULL ){
    return value_text(p, pStore, pF, pV);
  }
  if( pF->eType==FT_BOOL ) return cli_tr(pV->i ? "yes" : "no");
  if( pV->eType==VAL_REAL ){
    char z[L10N_NUMSZ];
    return arena_strdup(&p->arena, l10n_num_exact(pV->r, cli_lang(), z));
  }
  if( pV->eType!=VAL_TEXT ) return value_text(p, pStore, pF, pV);
  if( pF->eType==FT_ENUM ){
    char *z = arena_strdup(&p->arena, pV->z), *c;
    for(c=z; *c; c++) if( *c=='_' ) *c = ' ';
    return cli_tr(z);
  }
  if( pF->eType==FT_DATE && date_parse(pV->z, &d)==0 ) return cli_day(p, d);
  if( n>3 && strcmp(pF->zName+n-3, "_sr")==0 ) return cli_sr_text(p, pV->z);
  return pV->z;
}

/* State of a `list` walk. */
typedef struct ListCtx {
  Cli *pCli;
  Store *pStore;
  int e;
  Table *pTable;   /* text output */
  json_t *pArr;    /* or JSON output */
  int *aiCol;      /* listed fields */
  int nCol;
  Value *aRows;    /* rows collected, nField values each */
  int64_t *aId;
  int nRow, nAlloc;
} ListCtx;

/* Collect one row (references are rendered after the walk, because
** rendering them runs other statements). */
static int list_row(void *pArg, int64_t id, const Value *aVal){
  ListCtx *c = pArg;
  int i, n = aEntity[c->e].nField;
  if( c->pArr ){
    json_array_append_new(c->pArr, store_item_json(c->e, id, aVal));
    return 0;
  }
  if( c->nRow>=c->nAlloc ){
    c->nAlloc = c->nAlloc ? c->nAlloc*2 : 64;
    c->aRows = acc_realloc(c->aRows, sizeof(Value)*n*c->nAlloc);
    c->aId = acc_realloc(c->aId, sizeof(int64_t)*c->nAlloc);
  }
  for(i=0; i<n; i++){
    Value v = aVal[i];
    if( v.eType==VAL_TEXT ) v.z = arena_strdup(&c->pCli->arena, v.z);
    c->aRows[c->nRow*n + i] = v;
  }
  c->aId[c->nRow++] = id;
  return 0;
}

static int item_list(Cli *p, Store *pStore, int e, int argc, char **argv){
  const EntityDef *pE = &aEntity[e];
  ListCtx c;
  const char *zFilter = 0, *azHead[MAX_LIST_COLS];
  int i, k, bJson = 0, iField = -1;
  int64_t idFilter = 0;
  memset(&c, 0, sizeof(c));
  c.pCli = p; c.pStore = pStore; c.e = e;
  for(i=2; i<argc; ){
    int j, r = 0;
    if( strcmp(argv[i], "--json")==0 ){ bJson = 1; i++; continue; }
    if( strcmp(argv[i], "--dialogue")==0 && pE->iDialogue>=0 ){
      iField = pE->iDialogue;
      r = cli_opt_value(argc, argv, &i, "dialogue", &zFilter);
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    for(j=0; j<pE->nField && r==0; j++){
      if( pE->aField[j].eType!=FT_REF ) continue;
      r = cli_opt_value(argc, argv, &i, pE->aField[j].zName, &zFilter);
      if( r>0 ) iField = j;
    }
    if( r<0 ) return EXIT_USAGE;
    if( r==0 ){
      return cli_usage(pE->zName, "%s list: unknown option %s "
                       "(filters are --dialogue and reference fields)",
                       pE->zName, argv[i]);
    }
  }
  if( iField>=0 ){
    if( item_lookup(pStore, pE->aField[iField].eRef, zFilter, &idFilter) ){
      return cli_exit_code(ACC_NOTFOUND);
    }
  }
  if( bJson ) c.pArr = json_array();
  store_item_each(pStore, e, iField, idFilter, list_row, &c);
  if( bJson ){
    json_dumpf(c.pArr, stdout, JSON_INDENT(2)|JSON_REAL_PRECISION(15));
    printf("\n");
    json_decref(c.pArr);
    return 0;
  }
  azHead[0] = "id";
  k = 1;
  c.aiCol = acc_malloc(sizeof(int)*pE->nField);
  for(i=0; i<pE->nField && k<MAX_LIST_COLS; i++){
    if( pE->aField[i].flags & FF_LIST ){
      c.aiCol[c.nCol++] = i;
      azHead[k++] = pE->aField[i].zName;
    }
  }
  c.pTable = table_new(k, azHead);
  for(i=0; i<c.nRow; i++){
    int j;
    table_cellf(c.pTable, "%lld", (long long)c.aId[i]);
    for(j=0; j<c.nCol; j++){
      int f = c.aiCol[j];
      table_cell(c.pTable, value_text(p, pStore, &pE->aField[f],
                                      &c.aRows[i*pE->nField + f]));
    }
  }
  table_print(c.pTable, stdout, p->bTty ? 48 : 200);
  if( p->bTty ) printf("(%d %s)\n", c.nRow, c.nRow==1 ? pE->zTitle
                       : pE->zPlural);
  table_free(c.pTable);
  free(c.aiCol);
  free(c.aRows);
  free(c.aId);
  return 0;
}

/* The projects serving goal idGoal (its means), each with its progress,
** one a line under "projects:". */
static void item_show_means(Cli *p, Store *pStore, int64_t idGoal){
  IdList ids = IDLIST_INIT;
  int i;
  store_goal_projects(pStore, idGoal, &ids);
  show_line(cli_lang()==L10N_EN ? "projects" : cli_tr("Projects"),
            ids.n ? "" : cli_tr("none serve it yet"));
  for(i=0; i<ids.n; i++){
    Value *aP;
    ProjectProgress pr;
    char zProg[100];
    if( store_item_get(pStore, ENT_PROJECT, ids.a[i], &p->arena, &aP) ){
      continue;
    }
    store_project_progress(pStore, ids.a[i], aP, &pr);
    store_project_progress_text(&pr, zProg, sizeof(zProg));
    printf("  %s (%s): %s\n", cli_text(p, model_value(ENT_PROJECT, aP,
           "code")->z), cli_tr(model_value(ENT_PROJECT, aP, "state")->z),
           zProg);
  }
  free(ids.a);
}

/* A goal's life and the areas of the other set its area falls under, or
** a step's state from what fulfils it and its commitment (planlife.h),
** as lines of `show`. */
static void item_show_plan(Cli *p, Store *pStore, int e, int64_t id,
                           const Value *aVal){
  if( e==ENT_GOAL ){
    GoalLife life;
    IdList sec = IDLIST_INIT;
    int i;
    int bEn = cli_lang()==L10N_EN;
    store_goal_life(pStore, id, date_today(), &p->arena, &life);
    show_line(bEn ? "life" : cli_tr("Life"),
              cli_sr_text(p, store_goal_life_say(pStore, &life, cli_lang(),
                          cli_say_tr, 0, &p->arena)));
    show_line(bEn ? "action plan" : cli_tr("Action plan"),
              cli_tr(life.bInForce ? "in force today" : "not in force today"));
    store_crosswalk_to(pStore, model_value(ENT_GOAL, aVal, "area_id")->i,
                       &sec);
    for(i=0; i<sec.n; i++){
      Value *aA;
      const char *zName;
      if( store_item_get(pStore, ENT_AREA, sec.a[i], &p->arena, &aA) ) continue;
      zName = model_value(ENT_AREA, aA, "name")->z;
      if( !bEn && model_value(ENT_AREA, aA, "name_sr")->eType==VAL_TEXT
       && model_value(ENT_AREA, aA, "name_sr")->z[0] ){
        zName = cli_sr_text(p, model_value(ENT_AREA, aA, "name_sr")->z);
      }
      if( i==0 ){
        show_line(bEn ? "also under" : cli_tr("Also under"),
                  cli_text(p, zName));
      }else{
        printf("%-19s%s\n", "", cli_text(p, zName));
      }
    }
    free(sec.a);
  }else{
    StepState st;
    const char *zState = cli_lang()==L10N_EN ? "state (today)"
                                             : cli_tr("State today");
    store_step_state(pStore, id, aVal, date_today(), &p->arena, &st);
    if( st.done!=DATE_NONE ){
      show_line(zState, arena_printf(&p->arena, "%s%s",
                cli_day_in(p, cli_tr("done %s"), st.done),
                st.bByRecord ? cli_tr(" (by the record)") : ""));
    }else if( st.eStatus>=0 ){
      show_line(zState, arena_printf(&p->arena, "%s%s%s",
                cli_status_color(p, st.eStatus),
                cli_tr(azStatusLabel[st.eStatus]), cli_color_off(p)));
    }else{
      show_line(zState, cli_tr("not done"));
    }
    if( st.zFmt ){
      show_line(cli_lang()==L10N_EN ? "why" : cli_tr("Why"),
                cli_sr_text(p, store_step_say_tr(&st, cli_lang(), cli_say_tr, 0,
                                                 &p->arena)));
    }
  }
}

/* The status sentence of goal g in the run's language (as `status`
** writes it), for the terminal. */
static const char *item_why(Cli *p, const GoalStatus *g){
  const char *zName = 0, *zUnit = 0, *zWhy;
  size_t n = 2*sizeof(g->res.zWhy);
  if( g->aIndicator && cli_lang()!=L10N_EN ){
    const Value *pN = model_value(ENT_INDICATOR, g->aIndicator, "name_sr");
    const Value *pU = model_value(ENT_INDICATOR, g->aIndicator, "unit_sr");
    if( pN->eType==VAL_TEXT && pN->z[0] ) zName = cli_sr_text(p, pN->z);
    if( pU->eType==VAL_TEXT && pU->z[0] ) zUnit = cli_sr_text(p, pU->z);
  }
  zWhy = status_why_lang(&g->res, cli_lang(), i18n_msg, zName, zUnit,
                         arena_alloc(&p->arena, n), n);
  return cli_lang()==L10N_EN ? cli_text(p, zWhy) : cli_sr_text(p, zWhy);
}

/* The same as JSON members of pObj: "life" and "also_under" of a goal,
** "state" of a step. */
static void item_json_plan(Cli *p, Store *pStore, int e, int64_t id,
                           const Value *aVal, json_t *pObj){
  if( e==ENT_GOAL ){
    GoalLife life;
    IdList sec = IDLIST_INIT;
    json_t *pArr = json_array();
    int i;
    store_goal_life(pStore, id, date_today(), &p->arena, &life);
    json_object_set_new(pObj, "life", store_goal_life_json(pStore, &life,
                                                          &p->arena));
    store_crosswalk_to(pStore, model_value(ENT_GOAL, aVal, "area_id")->i,
                       &sec);
    for(i=0; i<sec.n; i++) json_array_append_new(pArr,
                                                 json_integer(sec.a[i]));
    json_object_set_new(pObj, "also_under", pArr);
    free(sec.a);
  }else{
    StepState st;
    store_step_state(pStore, id, aVal, date_today(), &p->arena, &st);
    json_object_set_new(pObj, "state", store_step_state_json(&st,
                                                             &p->arena));
  }
}

static int item_show(Cli *p, Store *pStore, int e, int argc, char **argv){
  const EntityDef *pE = &aEntity[e];
  int64_t id;
  Value *aVal;
  int i, bJson = 0;
  const char *zItem = 0;
  GoalStatus gs;
  ProjectProgress pr;
  for(i=2; i<argc; i++){
    if( strcmp(argv[i], "--json")==0 ) bJson = 1;
    else if( zItem==0 && argv[i][0]!='-' ) zItem = argv[i];
    else return cli_usage(pE->zName, "%s show: unexpected %s", pE->zName,
                          argv[i]);
  }
  if( zItem==0 ) return cli_usage(pE->zName, "%s show: which one?",
                                  pE->zName);
  if( item_lookup(pStore, e, zItem, &id) ) return cli_exit_code(ACC_NOTFOUND);
  if( store_item_get(pStore, e, id, &p->arena, &aVal) ){
    return cli_error(ACC_NOTFOUND, "no %s %s", pE->zTitle, zItem);
  }
  if( e==ENT_GOAL ){
    StatusConfig cfg;
    const Value *pD = &aVal[pE->iDialogue];
    goalstat_config(pStore, pD->i, &cfg);
    goalstat_get(pStore, id, date_today(), &cfg, &p->arena, &gs);
  }
  if( e==ENT_PROJECT ) store_project_progress(pStore, id, aVal, &pr);
  if( bJson ){
    json_t *pObj = store_item_json(e, id, aVal);
    if( e==ENT_GOAL ){
      goalstat_json(&gs, pObj);
    }
    if( e==ENT_PROJECT ){
      json_object_set_new(pObj, "progress", store_project_progress_json(&pr));
    }
    if( e==ENT_GOAL || e==ENT_STEP ) item_json_plan(p, pStore, e, id, aVal, pObj);
    json_dumpf(pObj, stdout, JSON_INDENT(2)|JSON_REAL_PRECISION(15));
    printf("\n");
    json_decref(pObj);
    return 0;
  }
  printf("%-18s %lld\n", "id:", (long long)id);
  for(i=0; i<pE->nField; i++){
    const char *z = show_value(p, pStore, &pE->aField[i], &aVal[i]);
    z = (pE->aField[i].flags & FF_LONG) ? cli_text_long(p, z)
                                          : cli_text(p, z);
    show_line(show_label(p, &pE->aField[i]), z);
  }
  if( e==ENT_GOAL ){
    int bEn = cli_lang()==L10N_EN;
    show_line(bEn ? "status (today)" : cli_tr("Status today"),
              arena_printf(&p->arena, "%s%s%s",
              cli_status_color(p, gs.res.eStatus),
              cli_tr(azStatusLabel[gs.res.eStatus]), cli_color_off(p)));
    show_line(bEn ? "why" : cli_tr("Why"), item_why(p, &gs));
    item_show_means(p, pStore, id);
  }
  if( e==ENT_GOAL || e==ENT_STEP ) item_show_plan(p, pStore, e, id, aVal);
  if( e==ENT_PROJECT ){
    char zProg[100];
    store_project_progress_text(&pr, zProg, sizeof(zProg));
    show_line(cli_lang()==L10N_EN ? "progress" : cli_tr("Progress"), zProg);
  }
  return 0;
}

/* Parse --FIELD VALUE options from argv[iFirst..] into aVal (which holds
** the current values).  Returns 0 or an exit code after printing. */
static int parse_fields(Cli *p, Store *pStore, int e, int argc, char **argv,
                        int iFirst, Value *aVal, int *pnSet){
  const EntityDef *pE = &aEntity[e];
  int i = iFirst;
  *pnSet = 0;
  while( i<argc ){
    const char *zVal = 0;
    int j, r = 0;
    for(j=0; j<pE->nField && r==0; j++){
      r = cli_opt_value(argc, argv, &i, pE->aField[j].zName, &zVal);
    }
    if( r<0 ) return EXIT_USAGE;
    if( r==0 ){
      return cli_usage(pE->zName, "unknown field %s for a %s", argv[i],
                       pE->zTitle);
    }
    j--;
    if( pE->aField[j].flags & FF_AUTO ){
      return cli_error(ACC_INVALID, "%s: set by accord, not by hand",
                       pE->aField[j].zName);
    }else{
      char zErr[300];
      Value v;
      zVal = arena_strdup(&p->arena, zVal);
      if( model_value_parse(&pE->aField[j], zVal, &v, zErr, sizeof(zErr))
       || (pE->aField[j].eType==FT_REF
           && store_ref_resolve(pStore, pE->aField[j].eRef, &v, zErr,
                                sizeof(zErr))) ){
        return cli_error(ACC_INVALID, "--%s: %s", pE->aField[j].zName,
                         zErr);
      }
      aVal[j] = v;
      store_obs_choose_again(e, j, aVal);
      (*pnSet)++;
    }
  }
  return 0;
}

/*
** An observation's --unit and --statistics_of are not stored: they state
** the unit and perspective the value is in, which must be its
** indicator's (obsrow_measure(), docs/status.md 2.4).  Take them out of
** argv[iFirst..argc-1] into *pzUnit and *pzStats; returns the new argc.
*/
static int obs_measure_args(int argc, char **argv, int iFirst,
                            const char **pzUnit, const char **pzStats){
  int i, n = iFirst;
  for(i=iFirst; i<argc; i++){
    const char **pz = 0;
    const char *z = argv[i];
    if( strncmp(z, "--unit", 6)==0 && (z[6]==0 || z[6]=='=') ){
      pz = pzUnit;
      z += 6;
    }else if( strncmp(z, "--statistics_of", 15)==0
           && (z[15]==0 || z[15]=='=') ){
      pz = pzStats;
      z += 15;
    }
    if( pz==0 ){
      argv[n++] = argv[i];
    }else if( *z=='=' ){
      *pz = z+1;
    }else if( i+1<argc ){
      *pz = argv[++i];
    }else{
      *pz = "";
    }
  }
  return n;
}

static int item_add(Cli *p, Store *pStore, int e, int argc, char **argv){
  const EntityDef *pE = &aEntity[e];
  Value *aVal = arena_alloc(&p->arena, sizeof(Value)*pE->nField);
  char zErr[400], zAt[21];
  const char *zUnit = 0, *zStats = 0;
  int i, nSet, rc;
  int64_t id;
  AccRc arc;
  if( e==ENT_OBSERVATION ){
    argc = obs_measure_args(argc, argv, 2, &zUnit, &zStats);
  }
  for(i=0; i<pE->nField; i++){
    const char *zDef = model_field_default(e, i);
    if( zDef ) model_value_parse(&pE->aField[i], zDef, &aVal[i], zErr,
                                 sizeof(zErr));
  }
  if( model_field_find(e, "entered_by")>=0 ){
    store_now(zAt);
    aVal[model_field_find(e, "entered_by")].eType = VAL_TEXT;
    aVal[model_field_find(e, "entered_by")].z = store_actor(pStore);
    aVal[model_field_find(e, "entered_at")].eType = VAL_TEXT;
    aVal[model_field_find(e, "entered_at")].z = zAt;
  }
  rc = parse_fields(p, pStore, e, argc, argv, 2, aVal, &nSet);
  if( rc ) return rc;
  if( e==ENT_OBSERVATION && (zUnit || zStats) ){
    const Value *pI = &aVal[model_field_find(e, "indicator_id")];
    ObsIndicator ind;
    const char *zField = "unit";
    if( pI->eType==VAL_INT
     && obsrow_indicator_get(pStore, pI->i, &ind)==ACC_OK
     && obsrow_measure(&ind, ind.zCode, zUnit, zStats, &zField, zErr,
                       sizeof(zErr)) ){
      return cli_error(ACC_INVALID, "%s not added: %s: %s", pE->zTitle,
                       zField, zErr);
    }
  }
  arc = store_item_insert(pStore, e, aVal, &id, zErr, sizeof(zErr));
  if( arc ) return cli_error(arc, "%s not added: %s", pE->zTitle, zErr);
  printf("added %s %lld\n", pE->zTitle, (long long)id);
  return 0;
}

static int item_set(Cli *p, Store *pStore, int e, int argc, char **argv){
  const EntityDef *pE = &aEntity[e];
  Value *aVal;
  char zErr[400];
  int nSet, rc;
  int64_t id;
  AccRc arc;
  if( argc<3 || argv[2][0]=='-' ){
    return cli_usage(pE->zName, "%s set: which one?", pE->zName);
  }
  if( item_lookup(pStore, e, argv[2], &id) ) return cli_exit_code(ACC_NOTFOUND);
  if( store_item_get(pStore, e, id, &p->arena, &aVal) ){
    return cli_error(ACC_NOTFOUND, "no %s %s", pE->zTitle, argv[2]);
  }
  rc = parse_fields(p, pStore, e, argc, argv, 3, aVal, &nSet);
  if( rc ) return rc;
  if( nSet==0 ) return cli_usage(pE->zName, "%s set: nothing to change",
                                 pE->zName);
  arc = store_item_update(pStore, e, id, aVal, zErr, sizeof(zErr));
  if( arc ) return cli_error(arc, "%s %lld not changed: %s", pE->zTitle,
                             (long long)id, zErr);
  printf("changed %s %lld\n", pE->zTitle, (long long)id);
  return 0;
}

static int item_rm(Cli *p, Store *pStore, int e, int argc, char **argv){
  const EntityDef *pE = &aEntity[e];
  char zErr[400];
  int64_t id;
  AccRc arc;
  (void)p;
  if( argc!=3 ) return cli_usage(pE->zName, "%s rm: give one id or code",
                                 pE->zName);
  if( item_lookup(pStore, e, argv[2], &id) ) return cli_exit_code(ACC_NOTFOUND);
  arc = store_item_delete(pStore, e, id, zErr, sizeof(zErr));
  if( arc ) return cli_error(arc, "%s", zErr);
  printf("removed %s %lld\n", pE->zTitle, (long long)id);
  return 0;
}

int cmd_item(Cli *p, int argc, char **argv){
  int e = model_entity_find(argv[0]), rc;
  Store *pStore;
  const char *zVerb;
  if( argc<2 || cli_is_help(argv[1]) ){
    item_help(e);
    return argc<2 ? EXIT_USAGE : 0;
  }
  zVerb = argv[1];
  if( e==ENT_DOCUMENT && strcmp(zVerb, "file")==0 ){
    return cmd_docfile(p, argc, argv);   /* cmd_docfile.c */
  }
  if( strcmp(zVerb, "list") && strcmp(zVerb, "show") && strcmp(zVerb, "add")
   && strcmp(zVerb, "set") && strcmp(zVerb, "rm")
   && strcmp(zVerb, "approve") ){
    return cli_usage(aEntity[e].zName, "%s: unknown verb \"%s\" (list, "
                     "show, add, set, rm or approve)", aEntity[e].zName,
                     zVerb);
  }
  if( strcmp(zVerb, "approve")==0 ){
    /* `accord --as LOGIN KIND approve ITEM ...` is `accord --as LOGIN
    ** approve KIND ITEM ...`: a signature, never the login alone. */
    argv[1] = argv[0];
    argv[0] = (char*)zVerb;
    return cmd_approve(p, argc, argv);
  }
  for(rc=2; rc<argc; rc++){
    if( cli_is_help(argv[rc]) ){ item_help(e); return 0; }
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( strcmp(zVerb, "list")==0 ) rc = item_list(p, pStore, e, argc, argv);
  else if( strcmp(zVerb, "show")==0 ) rc = item_show(p, pStore, e, argc, argv);
  else if( strcmp(zVerb, "add")==0 ) rc = item_add(p, pStore, e, argc, argv);
  else if( strcmp(zVerb, "set")==0 ) rc = item_set(p, pStore, e, argc, argv);
  else rc = item_rm(p, pStore, e, argc, argv);
  store_close(pStore);
  return rc;
}
