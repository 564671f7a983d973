/*
** page_project.c: cooperation projects on the pages (024_projects.sql):
** the means of a goal on its page, a working group's projects, the
** dashboard's projects, and on a project's own page (/item/project/ID)
** its progress, parties, funding totals and activities.  Everything is
** read as the reader may read it (store/project.h).
*/
#include "page.h"
#include "i18n.h"
#include "../store/project.h"
#include "../core/money.h"

#include <string.h>

/* The title of project row aV for the reader: its Serbian title when
** the reader reads Serbian and there is one. */
static const char *project_title(Req *p, const Value *aV){
  const char *z = page_text(ENT_PROJECT, aV, "title_sr");
  if( p->eLang!=LANG_EN && z && z[0] ) return tr_text(p, z);
  return web_text(ENT_PROJECT, aV, "title");
}

/* The progress of project id (row aV) in words, for the reader. */
static const char *progress_words(Req *p, int64_t id, const Value *aV,
                                  ProjectProgress *pP){
  store_project_progress(p->pStore, id, aV, pP);
  if( pP->bDeclared ){
    if( pP->iPct<0 ) return tr(p, "not declared");
    return arena_printf(&p->arena, tr(p, "%d%% (declared)"), pP->iPct);
  }
  if( pP->nCounted==0 ) return tr(p, "no activities recorded");
  return arena_printf(&p->arena, tr(p, "%d of %d activities done (%d%%)"),
                      pP->nDone, pP->nCounted, pP->iPct);
}

/* A <progress> bar and the words of project id's progress. */
static void progress_cell(Req *p, int64_t id, const Value *aV){
  ProjectProgress pr;
  const char *z = progress_words(p, id, aV, &pr);
  if( pr.iPct>=0 ){
    html_printf(&p->body, "<progress max=\"100\" value=\"%d\">%d%%"
                "</progress> ", pr.iPct, pr.iPct);
  }
  html_printf(&p->body, "%h", z);
}

/* A table of the projects aId[0..n-1] (those the reader may see): title,
** working group (if bWg), status, progress, planned end. */
static void projects_table(Req *p, const int64_t *aId, int n, int bWg,
                           const char *zCaption){
  int i, nShown = 0;
  for(i=0; i<n; i++){
    Value *aV;
    const char *zEnd;
    if( store_item_get(p->pStore, ENT_PROJECT, aId[i], &p->arena, &aV) ){
      continue;
    }
    if( nShown++==0 ){
      html_printf(&p->body, "<div class=\"scroll\">"
        "<table class=\"projects\">\n<caption>%h"
        "</caption>\n<thead><tr><th scope=\"col\">%h</th>", zCaption,
        tr(p, "Project"));
      if( bWg ){
        html_printf(&p->body, "<th scope=\"col\">%h</th>",
                    tr(p, "Working group"));
      }
      html_printf(&p->body, "<th scope=\"col\">%h</th><th scope=\"col\">%h"
        "</th><th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
        tr(p, "State"), tr(p, "Progress"), tr(p, "Planned end"));
    }
    html_printf(&p->body, "<tr><td><a href=\"/item/project/%lld\">%h</a>"
      "</td>", (long long)aId[i], project_title(p, aV));
    if( bWg ){
      html_printf(&p->body, "<td>");
      page_link(p, ENT_WG, page_int(ENT_PROJECT, aV, "wg_id"));
      html_printf(&p->body, "</td>");
    }
    html_printf(&p->body, "<td>%h</td><td>", page_enum_label(p,
      web_text(ENT_PROJECT, aV, "state")));
    progress_cell(p, aId[i], aV);
    zEnd = page_text(ENT_PROJECT, aV, "planned_end");
    html_printf(&p->body, "</td><td>%h</td></tr>\n",
      zEnd ? page_date_text(p, zEnd) : "—");
  }
  if( nShown ) html_printf(&p->body, "</tbody>\n</table></div>\n");
}

void page_goal_projects(Req *p, int64_t idGoal){
  IdList ids = IDLIST_INIT;
  store_goal_projects(p->pStore, idGoal, &ids);
  html_printf(&p->body, "<section aria-labelledby=\"means\">\n"
    "<h2 id=\"means\">%h</h2>\n", tr(p, "Means: the projects serving it"));
  if( ids.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No project serves this goal yet."));
  }else{
    projects_table(p, ids.a, ids.n, 1, tr(p, "Projects serving the goal, "
                   "and how far along they are"));
  }
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_PROJECT_GOAL, "goal_id", idGoal);
  html_printf(&p->body, "</p>\n</section>\n");
  free(ids.a);
}

/* The projects whose field zField is id, as a section: a table captioned
** zCaption (with the working group column if bWg), or zNone, and the
** link to add one there. */
static void projects_section(Req *p, const char *zField, int64_t id,
                             int bWg, const char *zNone,
                             const char *zCaption){
  PageRows r;
  page_rows_by(p, ENT_PROJECT, zField, id, &r);
  html_printf(&p->body, "<section aria-labelledby=\"projects\">\n"
    "<h2 id=\"projects\">%h</h2>\n", tr(p, "Projects"));
  if( r.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n", zNone);
  }else{
    projects_table(p, r.aId, r.n, bWg, zCaption);
  }
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_PROJECT, zField, id);
  html_printf(&p->body, "</p>\n</section>\n");
}

void page_wg_projects(Req *p, int64_t idWg){
  projects_section(p, "wg_id", idWg, 0,
                   tr(p, "No projects of this group recorded."),
                   tr(p, "The group's cooperation projects, and how far "
                      "along they are"));
}

void page_dash_projects(Req *p, int64_t idD){
  projects_section(p, "dialogue_id", idD, 1,
                   tr(p, "No cooperation projects recorded."),
                   tr(p, "Cooperation projects, the means of the goals, "
                      "and how far along they are"));
}

/* A project's funding totals per currency, exact. */
static void project_funding(Req *p, int64_t id){
  FundTotal aT[FUND_CUR_MAX];
  int nCur, i;
  store_project_funding(p->pStore, id, aT, &nCur);
  if( nCur==0 ) return;
  html_printf(&p->body, "<table>\n<caption>%h</caption>\n<thead><tr>"
    "<th scope=\"col\">%h</th><th scope=\"col\" class=\"num\">%h</th>"
    "<th scope=\"col\" class=\"num\">%h</th><th scope=\"col\" class=\"num\">"
    "%h</th></tr></thead>\n<tbody>\n", tr(p, "Funding by currency, all "
    "parties"), tr(p, "Currency"), tr(p, "pledged"), tr(p, "committed"),
    tr(p, "disbursed"));
  for(i=0; i<nCur && i<FUND_CUR_MAX; i++){
    char z1[32], z2[32], z3[32];
    money_format(aT[i].iPledged, aT[i].zCur, z1, sizeof(z1));
    money_format(aT[i].iCommitted, aT[i].zCur, z2, sizeof(z2));
    money_format(aT[i].iDisbursed, aT[i].zCur, z3, sizeof(z3));
    if( aT[i].bOverflow ){
      html_printf(&p->body, "<tr><td>%h</td><td colspan=\"3\">%h</td></tr>\n",
        aT[i].zCur, tr(p, "too large to add up"));
      continue;
    }
    html_printf(&p->body, "<tr><td>%h</td><td class=\"num\">%h</td>"
      "<td class=\"num\">%h</td><td class=\"num\">%h</td></tr>\n",
      aT[i].zCur, z1, z2, z3);
  }
  html_printf(&p->body, "</tbody>\n</table>\n");
  if( nCur>FUND_CUR_MAX ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "More currencies than shown: see the funding list."));
  }
}

/* A project's activities, with their dates and status. */
static void project_activities(Req *p, int64_t id){
  PageRows r;
  int i;
  page_rows_by(p, ENT_ACTIVITY, "project_id", id, &r);
  html_printf(&p->body, "<h3>%h</h3>\n", tr(p, "Activities"));
  if( r.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No activities recorded."));
  }else{
    html_printf(&p->body, "<table>\n<thead><tr><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n", tr(p, "Activity"),
      tr(p, "State"), tr(p, "Planned"), tr(p, "Actual"));
  }
  for(i=0; i<r.n; i++){
    const Value *aV = r.aaVal[i];
    const char *zPs = page_text(ENT_ACTIVITY, aV, "planned_start");
    const char *zPe = page_text(ENT_ACTIVITY, aV, "planned_end");
    const char *zAs = page_text(ENT_ACTIVITY, aV, "actual_start");
    const char *zAe = page_text(ENT_ACTIVITY, aV, "actual_end");
    html_printf(&p->body, "<tr><td><a href=\"/item/activity/%lld\">%h</a>"
      "</td><td>%h</td><td>%h – %h</td><td>%h – %h</td></tr>\n",
      (long long)r.aId[i], web_tx(p, ENT_ACTIVITY, aV, "title"),
      page_enum_label(p, web_text(ENT_ACTIVITY, aV, "state")),
      zPs ? page_date_text(p, zPs) : "", zPe ? page_date_text(p, zPe) : "",
      zAs ? page_date_text(p, zAs) : "", zAe ? page_date_text(p, zAe) : "");
  }
  if( r.n ) html_printf(&p->body, "</tbody>\n</table>\n");
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_ACTIVITY, "project_id", id);
  html_printf(&p->body, "</p>\n");
}

/* The parties of a project: each one's agency and lead. */
static void project_parties(Req *p, int64_t id){
  PageRows r;
  int i;
  page_rows_by(p, ENT_PROJECT_PARTY, "project_id", id, &r);
  html_printf(&p->body, "<h3>%h</h3>\n", tr(p, "Parties, agencies and "
              "leads"));
  if( r.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No party's part recorded."));
  }else{
    html_printf(&p->body, "<ul>\n");
  }
  for(i=0; i<r.n; i++){
    const Value *aV = r.aaVal[i];
    const char *zAg = page_text(ENT_PROJECT_PARTY, aV, "agency");
    int64_t idLead = page_int(ENT_PROJECT_PARTY, aV, "lead_id");
    html_printf(&p->body, "<li>");
    page_link(p, ENT_PARTY, page_int(ENT_PROJECT_PARTY, aV, "party_id"));
    html_printf(&p->body, ": %h", zAg ? zAg : tr(p, "agency not named"));
    if( idLead ){
      html_printf(&p->body, "; %h ", tr(p, "lead"));
      page_link(p, ENT_PERSON, idLead);
    }
    html_printf(&p->body, " <a href=\"/item/project-party/%lld\">%h</a>"
                "</li>\n", (long long)r.aId[i], tr(p, "details"));
  }
  if( r.n ) html_printf(&p->body, "</ul>\n");
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_PROJECT_PARTY, "project_id", id);
  page_new_link(p, ENT_FUNDING, "project_id", id);
  page_new_link(p, ENT_PROJECT_GOAL, "project_id", id);
  page_new_link(p, ENT_PROJECT_LINK, "project_id", id);
  html_printf(&p->body, "</p>\n");
}

void page_project_detail(Req *p, int64_t id, const Value *aV){
  const char *zBudget = page_text(ENT_PROJECT, aV, "budget");
  const char *zCur = page_text(ENT_PROJECT, aV, "currency");
  html_printf(&p->body, "<section aria-labelledby=\"progress\">\n"
    "<h2 id=\"progress\">%h</h2>\n<p>", tr(p, "Progress"));
  progress_cell(p, id, aV);
  html_printf(&p->body, "</p>\n<p>%h %h</p>\n", tr(p, "Budget:"),
    zBudget ? arena_printf(&p->arena, "%s %s", zBudget, zCur ? zCur : "")
            : tr(p, "not known"));
  project_funding(p, id);
  project_parties(p, id);
  project_activities(p, id);
  html_printf(&p->body, "</section>\n");
}
