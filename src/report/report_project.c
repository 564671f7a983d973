/*
** report_project.c: the cooperation projects of a dialogue in the
** quarterly and annual reports (024_projects.sql): each project with its
** working group, the goals it serves, its status and how far along it
** is, stated as the share of activities done or as the parties' declared
** percentage.  Only what the report's reader may see is read (the public
** report reads the published rows), and every row read is hashed.
*/
#include "reportInt.h"
#include "../store/project.h"

#include <string.h>

/* The goals project idProject serves, as "title; title", hashed. */
static const char *project_goals(ReportBuild *b, int64_t idProject){
  int n, i;
  int64_t *aId = rb_ids(b, ENT_PROJECT_GOAL, model_field_find(
                        ENT_PROJECT_GOAL, "project_id"), idProject, &n);
  const char *z = "";
  for(i=0; i<n; i++){
    Value *aL, *aG;
    int64_t idG;
    if( store_item_get(b->pStore, ENT_PROJECT_GOAL, aId[i], b->pA, &aL) ){
      continue;
    }
    rb_hash_row(b, ENT_PROJECT_GOAL, aId[i], aL);
    idG = rb_int(ENT_PROJECT_GOAL, aL, "goal_id");
    if( idG==0 || store_item_get(b->pStore, ENT_GOAL, idG, b->pA, &aG) ){
      continue;
    }
    z = arena_printf(b->pA, "%s%s%s", z, z[0] ? "; " : "",
                     rb_tx(b, ENT_GOAL, aG, "title"));
  }
  return z[0] ? z : rtr(b, "no goal linked");
}

/* StoreRowFn: hash one activity of a project (its progress is built from
** them). */
static int hash_activity(void *pArg, int64_t id, const Value *aVal){
  rb_hash_row((ReportBuild*)pArg, ENT_ACTIVITY, id, aVal);
  return 0;
}

void rb_part_projects(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Project"), RH("Working group"), RH("Goals it serves"), RH("State"),
    RH("Progress")
  };
  RNode *pS = rb_section(b, pParent, 1, "projects", 0,
                         rtr(b, "Projects: the means of the goals"));
  RNode *pT = 0, *pR;
  int n, i, nShown = 0;
  int64_t *aId = rb_ids(b, ENT_PROJECT, aEntity[ENT_PROJECT].iDialogue,
                        b->idDialogue, &n);
  for(i=0; i<n; i++){
    Value *aV;
    ProjectProgress pr;
    const char *zTitle, *zSr, *zProg;
    if( store_item_get(b->pStore, ENT_PROJECT, aId[i], b->pA, &aV) ){
      continue;
    }
    rb_hash_row(b, ENT_PROJECT, aId[i], aV);
    store_item_each(b->pStore, ENT_ACTIVITY, model_field_find(ENT_ACTIVITY,
                    "project_id"), aId[i], hash_activity, b);
    store_project_progress(b->pStore, aId[i], aV, &pr);
    if( pr.bDeclared ){
      zProg = pr.iPct<0 ? rtr(b, "not declared")
            : arena_printf(b->pA, rtr(b, "%d%% (declared)"), pr.iPct);
    }else if( pr.nCounted==0 ){
      zProg = rtr(b, "no activities recorded");
    }else{
      zProg = arena_printf(b->pA, rtr(b, "%d of %d activities done (%d%%)"),
                           pr.nDone, pr.nCounted, pr.iPct);
    }
    zTitle = rb_text(ENT_PROJECT, aV, "title");
    zSr = rb_text(ENT_PROJECT, aV, "title_sr");
    if( b->p->eLang!=REPORT_LANG_EN && zSr[0] ) zTitle = rb_serbian(b, zSr);
    if( pT==0 ) pT = rb_table(b, pS, 5, azHead);
    pR = rb_row(b, pT);
    rb_cell(b, pR, zTitle);
    rb_cell(b, pR, rb_lookup(b->aWg, b->nWg, rb_int(ENT_PROJECT, aV,
                                                    "wg_id")));
    rb_cell(b, pR, project_goals(b, aId[i]));
    rb_cell(b, pR, rb_enum(b, rb_text(ENT_PROJECT, aV, "state")));
    rb_cell(b, pR, zProg);
    nShown++;
  }
  if( nShown==0 ){
    rb_para(b, pS, 0, rtr(b, "No cooperation project is recorded."));
  }else{
    rb_para(b, pS, 0, rtr(b, "Progress is as recorded when the report was "
            "built: the share of a project's activities done (cancelled "
            "ones left out), or the percentage its parties declared, as "
            "stated."));
  }
}
