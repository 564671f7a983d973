/*
** page_dialogue.c: the portfolio (every dialogue the reader may see, with
** counts of goals by status) and the dialogue dashboard: status by
** framework area at a glance, the goals by area, the roadmap (timeline
** and table), upcoming meetings and deadlines, the top risks, data
** conflicts waiting for a decision, the latest observations, and links
** to the areas, working groups, meetings, documents and the risk
** register.  The sections below the goals live in page_dash.c and
** page_timeline.c.
*/
#include "page.h"
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Value of field zName in a row of entity e, as text ("" if NULL). */
const char *web_text(int e, const Value *aVal, const char *zName){
  const Value *v = &aVal[model_field_find(e, zName)];
  return v->eType==VAL_TEXT ? v->z : "";
}
/* The name of an item for the reader: its label field (name, title, ...)
** as web_tx() gives it. */
const char *web_name(Req *p, int e, const Value *aVal){
  return web_tx(p, e, aVal, aEntity[e].aField[aEntity[e].iLabel].zName);
}

/* Field zName of a row of entity e in the reader's language: for a
** Serbian reader its Serbian twin zName_sr (in the reader's script) when
** the entity has one and it is set, else the English text followed by
** "(in English)" in the reader's language, so that the fallback is never
** taken for a translation (a person's name without its twin is shown
** as written: model_field_proper()).  Fields without a twin (names of
** sources, ...) and English readers get the field as entered. */
const char *web_tx(Req *p, int e, const Value *aVal, const char *zName){
  char zTwin[64];
  const char *zEn = web_text(e, aVal, zName);
  int i;
  if( p->eLang==LANG_EN ) return zEn;
  snprintf(zTwin, sizeof(zTwin), "%s_sr", zName);
  i = model_field_find(e, zTwin);
  if( i<0 ) return zEn;
  if( aVal[i].eType==VAL_TEXT && aVal[i].z[0] ) return tr_text(p, aVal[i].z);
  if( zEn[0]==0 || model_field_proper(e, zName) ) return zEn;
  return arena_printf(&p->arena, "%s %s", zEn, tr(p, "(in English)"));
}

const char *page_day_in(Req *p, const char *zFmt, Date d){
  const char *zPct = strstr(zFmt, "%s");
  char z[L10N_DATESZ];
  if( zPct && l10n_genitive_before(zFmt, (size_t)(zPct - zFmt)) ){
    l10n_date_gen(d, (int)p->eLang, z);
  }else{
    l10n_date(d, (int)p->eLang, z);
  }
  return arena_printf(&p->arena, zFmt, z);
}

const char *page_day_gen(Req *p, Date d){
  char z[L10N_DATESZ];
  if( d==DATE_NONE ) return "";
  return arena_strdup(&p->arena, l10n_date_gen(d, (int)p->eLang, z));
}

const char *page_date_in(Req *p, const char *zFmt, const char *zDate){
  Date d;
  if( zDate==0 || date_parse(zDate, &d) ){
    return arena_printf(&p->arena, zFmt, zDate ? zDate : "");
  }
  return page_day_in(p, zFmt, d);
}

const char *web_unit(Req *p, const Value *aI){
  const char *z;
  if( p->eLang!=LANG_EN && (z = web_text(ENT_INDICATOR, aI, "unit_sr"))[0] ){
    return tr_text(p, z);
  }
  return web_text(ENT_INDICATOR, aI, "unit");
}

/* The status sentence of r in the reader's language (status_why_lang():
** built from the engine's message ids and arguments), naming indicator
** aI (or NULL) by its Serbian name and unit when they are entered. */
const char *web_why(Req *p, const StatusResult *r, const Value *aI){
  const char *zName = 0, *zUnit = 0;
  char *zOut;
  if( aI && p->eLang!=LANG_EN ){
    zName = web_text(ENT_INDICATOR, aI, "name_sr");
    zUnit = web_text(ENT_INDICATOR, aI, "unit_sr");
    zName = zName[0] ? tr_text(p, zName) : 0;
    zUnit = zUnit[0] ? tr_text(p, zUnit) : 0;
  }
  zOut = arena_alloc(&p->arena, 2*sizeof(r->zWhy));
  return status_why_lang(r, (int)p->eLang, i18n_msg, zName, zUnit, zOut,
                         2*sizeof(r->zWhy));
}

/* web_tx(), or NULL when the field is empty (as page_text()). */
const char *page_tx(Req *p, int e, const Value *aVal, const char *zName){
  const char *z = web_tx(p, e, aVal, zName);
  return z[0] ? z : 0;
}

/* Integer value of field zName (0 if NULL). */
int64_t web_int(int e, const Value *aVal, const char *zName){
  const Value *v = &aVal[model_field_find(e, zName)];
  return v->eType==VAL_INT ? v->i : 0;
}

/* Ids of items of entity e (filtered by field iField = id when iField>=0),
** allocated in the request's arena; *pn gets the count. */
typedef struct IdCollect {
  Arena *pA;
  int64_t *a;
  int n, nAlloc;
} IdCollect;
static int id_cb(void *pArg, int64_t id, const Value *aVal){
  IdCollect *c = pArg;
  (void)aVal;
  if( c->n>=c->nAlloc ){
    int64_t *aNew;
    c->nAlloc = c->nAlloc ? 2*c->nAlloc : 32;
    aNew = arena_alloc(c->pA, sizeof(int64_t)*c->nAlloc);
    if( c->n ) memcpy(aNew, c->a, sizeof(int64_t)*c->n);
    c->a = aNew;
  }
  c->a[c->n++] = id;
  return 0;
}
int64_t *web_ids(Req *p, int e, int iField, int64_t id, int *pn){
  IdCollect c;
  memset(&c, 0, sizeof(c));
  c.pA = &p->arena;
  store_item_each(p->pStore, e, iField, id, id_cb, &c);
  *pn = c.n;
  return c.a;
}

/* A status badge. */
void web_status_badge(Req *p, Status e){
  html_printf(&p->body, "<span class=\"st st-%s\">%h</span>",
              azStatusName[e], tr(p, azStatusLabel[e]));
}

/* The warning beside a status whose year in progress runs against it
** (docs/status.md, "The year in progress"), or nothing. */
void web_status_warning(Req *p, const StatusResult *r){
  if( !r->bYtdAgainst ) return;
  html_printf(&p->body, " <span class=\"flag warn\">%h</span>",
              tr(p, "the year in progress runs against it"));
}

/* Badges with the number of goals in each status (aCount[STATUS__MAX]). */
static void status_counts(Req *p, const int *aCount){
  int k;
  for(k=0; k<STATUS__MAX; k++){
    if( aCount[k]==0 ) continue;
    html_printf(&p->body, "<span class=\"st st-%s\">%d %h</span> ",
                azStatusName[k], aCount[k], tr(p, azStatusLabel[k]));
  }
}

/*
** PAGE: /dialogues (and / for the public, page_root())
** The portfolio: every dialogue the reader may see, its state, launch,
** focus and its goals counted by status today.
*/
void page_portfolio(Req *p){
  int n, i, k;
  int64_t *aId = web_ids(p, ENT_DIALOGUE, -1, 0, &n);
  Date today = date_today();
  page_begin(p, tr(p, "Dialogues"));
  html_printf(&p->body, "<h1>%h</h1>\n<p class=\"sub\">%h</p>\n",
    tr(p, "Strategic dialogues"),
    tr(p, "Every dialogue you may see, with its goals by status today."));
  page_search_form(p, 0);
  html_printf(&p->body, "<div class=\"scroll\">"
    "<table>\n<thead><tr><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n"
    "<tbody>\n", tr(p, "Dialogue"), tr(p, "State"), tr(p, "Launched"),
    tr(p, "Focus"), tr(p, "Goals by status"));
  for(i=0; i<n; i++){
    Value *aD;
    GoalStatus *aG;
    int nG, aCount[STATUS__MAX];
    if( store_item_get(p->pStore, ENT_DIALOGUE, aId[i], &p->arena, &aD) ){
      continue;
    }
    goalstat_dialogue(p->pStore, aId[i], today, &p->arena, &aG, &nG);
    memset(aCount, 0, sizeof(aCount));
    for(k=0; k<nG; k++) aCount[aG[k].res.eStatus]++;
    html_printf(&p->body, "<tr><td><a href=\"/dialogue/%lld\">%h</a></td>"
      "<td>%h</td><td>%h</td><td>%h</td><td>",
      (long long)aId[i], web_tx(p, ENT_DIALOGUE, aD, "title"),
      page_enum_label(p, web_text(ENT_DIALOGUE, aD, "state")),
      web_int(ENT_DIALOGUE, aD, "launched_year")
        ? arena_printf(&p->arena, "%lld",
            (long long)web_int(ENT_DIALOGUE, aD, "launched_year")) : "",
      web_tx(p, ENT_DIALOGUE, aD, "focus"));
    status_counts(p, aCount);
    if( nG==0 ) html_printf(&p->body, "<span class=\"note\">%h</span>",
                            tr(p, "no goals you may see"));
    html_printf(&p->body, "</td></tr>\n");
  }
  html_printf(&p->body, "</tbody>\n</table></div>\n<p class=\"actions\">");
  page_new_link(p, ENT_DIALOGUE, 0, 0);
  html_printf(&p->body, "</p>\n");
  page_end(p);
}

/* The dashboard's head: title, facts, the date form, the contents. */
static void dash_head(Req *p, int64_t idD, const Value *aD, Date at){
  PageRows parties;
  const char *z;
  int i;
  html_printf(&p->body, "<h1>%h</h1>\n<p class=\"sub\">%h",
    web_tx(p, ENT_DIALOGUE, aD, "title"),
    page_enum_label(p, web_text(ENT_DIALOGUE, aD, "state")));
  if( (z = page_text(ENT_DIALOGUE, aD, "launched_on"))!=0 ){
    html_printf(&p->body, " · %h", arena_printf(&p->arena,
                tr(p, "launched %s"), page_date_text(p, z)));
  }
  if( (z = page_text(ENT_DIALOGUE, aD, "launched_at"))!=0 ){
    html_printf(&p->body, " · %h", z);
  }
  page_rows_by(p, ENT_PARTY, "dialogue_id", idD, &parties);
  for(i=0; i<parties.n; i++){
    html_printf(&p->body, "%s%h", i ? ", " : " · ",
                web_name(p, ENT_PARTY, parties.aaVal[i]));
  }
  html_printf(&p->body, "</p>\n");
  if( (z = page_tx(p, ENT_DIALOGUE, aD, "long_term_goal"))!=0 ){
    html_printf(&p->body, "<p class=\"ltg\"><strong>%h</strong> %h",
                tr(p, "Long-term goal:"), z);
    if( (z = page_text(ENT_DIALOGUE, aD, "target_on"))!=0 ){
      html_printf(&p->body, " <span class=\"note\">(%h)</span>",
                  page_date_in(p, tr(p, "by %s"), z));
    }
    html_printf(&p->body, "</p>\n");
  }
  if( (z = page_tx(p, ENT_DIALOGUE, aD, "launch_note"))!=0 ){
    html_printf(&p->body, "<p class=\"note\">%h", z);
    if( page_int(ENT_DIALOGUE, aD, "launch_source_id") ){
      html_printf(&p->body, " (%h ", tr(p, "source:"));
      page_link(p, ENT_SOURCE,
                page_int(ENT_DIALOGUE, aD, "launch_source_id"));
      html_printf(&p->body, ")");
    }
    html_printf(&p->body, "</p>\n");
  }
  html_printf(&p->body, "<form method=\"get\" action=\"/dialogue/%lld\" "
    "class=\"at-form\">\n<label for=\"at\">%h</label>\n"
    "<input type=\"date\" id=\"at\" name=\"at\" value=\"%h\">\n"
    "<button type=\"submit\">%h</button>\n</form>\n", (long long)idD,
    tr(p, "Statuses as of"), page_iso_day(p, at), tr(p, "Show"));
  html_printf(&p->body, "<nav class=\"toc\" aria-label=\"%h\"><ul>"
    "<li><a href=\"#status\">%h</a></li><li><a href=\"#goals\">%h</a></li>"
    "<li><a href=\"#roadmap\">%h</a></li><li><a href=\"#upcoming\">%h</a>"
    "</li><li><a href=\"#risks\">%h</a></li><li><a href=\"#conflicts\">%h"
    "</a></li><li><a href=\"#latest\">%h</a></li><li><a href=\"#groups\">"
    "%h</a></li><li><a href=\"#meetings\">%h</a></li>"
    "<li><a href=\"/dialogue/%lld/risks\">%h</a></li>"
    "<li><a href=\"/dialogue/%lld/plan?at=%t\">%h</a></li>"
    "<li><a href=\"/dialogue/%lld/dimensions\">%h</a></li></ul></nav>\n",
    tr(p, "On this page"), tr(p, "Status"), tr(p, "Goals"),
    tr(p, "Roadmap"), tr(p, "Upcoming"), tr(p, "Top risks"),
    tr(p, "Data conflicts"), tr(p, "Latest data"),
    tr(p, "Areas and working groups"), tr(p, "Meetings and documents"),
    (long long)idD, tr(p, "Risk register"), (long long)idD,
    page_iso_day(p, at), tr(p, "The action plan"), (long long)idD,
    tr(p, "Dimensions of breakdowns"));
  page_item_actions(p, ENT_DIALOGUE, idD);
}

/* Status by framework area at a glance: one card per area with goals. */
static void dash_cards(Req *p, const GoalStatus *aG, int nG,
                       const int64_t *aArea, int nA){
  int i, k, aAll[STATUS__MAX];
  memset(aAll, 0, sizeof(aAll));
  for(k=0; k<nG; k++) aAll[aG[k].res.eStatus]++;
  html_printf(&p->body, "<section aria-labelledby=\"status\">\n"
    "<h2 id=\"status\">%h</h2>\n<p>", tr(p, "Status by framework area"));
  status_counts(p, aAll);
  html_printf(&p->body, "<span class=\"note\">%h</span></p>\n"
    "<div class=\"cards\">\n", arena_printf(&p->arena,
    tr(p, "Goals you may see: %d."), nG));
  for(i=0; i<nA; i++){
    Value *aA;
    int aCount[STATUS__MAX], nIn = 0;
    memset(aCount, 0, sizeof(aCount));
    for(k=0; k<nG; k++){
      if( web_int(ENT_GOAL, aG[k].aGoal, "area_id")==aArea[i] ){
        aCount[aG[k].res.eStatus]++;
        nIn++;
      }
    }
    if( nIn==0 ) continue;
    if( store_item_get(p->pStore, ENT_AREA, aArea[i], &p->arena, &aA) ){
      continue;
    }
    html_printf(&p->body, "<div class=\"card\"><h3><a href=\"/area/%lld\">"
                "%h</a></h3><p>", (long long)aArea[i],
                web_name(p, ENT_AREA, aA));
    status_counts(p, aCount);
    html_printf(&p->body, "</p><p class=\"note\"><a href=\"#area-%lld\">"
                "%h</a></p></div>\n", (long long)aArea[i],
                arena_printf(&p->arena, tr(p, "Goals: %d"), nIn));
  }
  html_printf(&p->body, "</div>\n</section>\n");
}

/* "5 of 8 (63 %)" for nRep of nDue periods reported. */
static const char *completeness_text(Req *p, int nRep, int nDue){
  if( nDue==0 ) return tr(p, "none due");
  return arena_printf(&p->arena, tr(p, "%d of %d (%d %%)"), nRep, nDue,
                      (int)((100.0*nRep)/nDue + 0.5));
}

/*
** Reporting completeness: of the closed periods the goals needed a figure
** for, those that have one (StatusResult nDue, nReported), for the
** dialogue and for each working group (docs/status.md, "Staleness and
** completeness").
*/
static void dash_completeness(Req *p, const GoalStatus *aG, int nG){
  int i, k, nDue = 0, nRep = 0;
  int64_t *aWg = arena_alloc(&p->arena, sizeof(int64_t)*(size_t)(nG+1));
  int nWg = 0;
  for(k=0; k<nG; k++){
    int64_t w = web_int(ENT_GOAL, aG[k].aGoal, "wg_id");
    nDue += aG[k].res.nDue;
    nRep += aG[k].res.nReported;
    for(i=0; i<nWg && aWg[i]!=w; i++){}
    if( i==nWg ) aWg[nWg++] = w;
  }
  html_printf(&p->body, "<section aria-labelledby=\"completeness\">\n"
    "<h2 id=\"completeness\">%h</h2>\n<p>%h</p>\n<table class=\"list\">"
    "<thead><tr><th>%h</th><th>%h</th></tr></thead>\n<tbody>\n"
    "<tr><td>%h</td><td class=\"num\">%h</td></tr>\n",
    tr(p, "Reporting completeness"),
    tr(p, "Closed periods the goals need a figure for, and those that have "
       "one."), tr(p, "Working group"), tr(p, "Periods reported"),
    tr(p, "The dialogue"), completeness_text(p, nRep, nDue));
  for(i=0; i<nWg; i++){
    const char *zW = aWg[i] ? page_label(p, ENT_WG, aWg[i]) : 0;
    int nD = 0, nR = 0;
    for(k=0; k<nG; k++){
      if( web_int(ENT_GOAL, aG[k].aGoal, "wg_id")!=aWg[i] ) continue;
      nD += aG[k].res.nDue;
      nR += aG[k].res.nReported;
    }
    html_printf(&p->body, "<tr><td>%h</td><td class=\"num\">%h</td></tr>\n",
      zW ? zW : tr(p, "no working group"), completeness_text(p, nR, nD));
  }
  html_printf(&p->body, "</tbody>\n</table>\n</section>\n");
}

/* One goal's row: title, kind and classification, why; status; deadline;
** with bArea first its area. */
static void goal_row(Req *p, const GoalStatus *g, int bArea){
  html_printf(&p->body, "<tr>");
  if( bArea ){
    html_printf(&p->body, "<td>");
    page_link(p, ENT_AREA, web_int(ENT_GOAL, g->aGoal, "area_id"));
    html_printf(&p->body, "</td>");
  }
  html_printf(&p->body, "<td><a href=\"/goal/%lld\">%h</a> "
    "<span class=\"cls\">%h · %h</span><p class=\"why\">%h</p></td><td>",
    (long long)g->id, web_tx(p, ENT_GOAL, g->aGoal, "title"),
    page_enum_label(p, web_text(ENT_GOAL, g->aGoal, "kind")),
    tr(p, web_text(ENT_GOAL, g->aGoal, "classification")),
    web_why(p, &g->res, g->aIndicator));
  web_status_badge(p, g->res.eStatus);
  web_status_warning(p, &g->res);
  html_printf(&p->body, "</td><td>%h</td></tr>\n",
              page_date_text(p, web_text(ENT_GOAL, g->aGoal, "deadline")));
}

/* Orders of the sorted list (DASH_SORT_*), each then by id. */
static int goal_by_id(const GoalStatus *x, const GoalStatus *y){
  return x->id<y->id ? -1 : x->id>y->id;
}
static int goal_by_deadline(const void *a, const void *b){
  const GoalStatus *x = *(const GoalStatus *const*)a;
  const GoalStatus *y = *(const GoalStatus *const*)b;
  const char *zX = web_text(ENT_GOAL, x->aGoal, "deadline");
  const char *zY = web_text(ENT_GOAL, y->aGoal, "deadline");
  int c;
  /* Goals without a deadline last. */
  if( !zX[0]!=!zY[0] ) return zX[0] ? -1 : 1;
  c = strcmp(zX, zY);
  return c ? c : goal_by_id(x, y);
}
static int goal_by_status(const void *a, const void *b){
  const GoalStatus *x = *(const GoalStatus *const*)a;
  const GoalStatus *y = *(const GoalStatus *const*)b;
  int c = status_rank(x->res.eStatus) - status_rank(y->res.eStatus);
  return c ? c : goal_by_id(x, y);
}
static int goal_by_title(const void *a, const void *b){
  const GoalStatus *x = *(const GoalStatus *const*)a;
  const GoalStatus *y = *(const GoalStatus *const*)b;
  int c = strcmp(web_text(ENT_GOAL, x->aGoal, "title"),
                 web_text(ENT_GOAL, y->aGoal, "title"));
  return c ? c : goal_by_id(x, y);
}

/* The goals that pass the filters, in one table in the order asked. */
static void dash_goals_sorted(Req *p, const GoalStatus *aG, int nG,
                              const DashFilter *pF){
  const GoalStatus **ap = arena_alloc(&p->arena,
                                      sizeof(GoalStatus*)*(nG ? nG : 1));
  int i, n = 0;
  for(i=0; i<nG; i++) ap[n++] = &aG[i];
  qsort(ap, n, sizeof(ap[0]), pF->eSort==DASH_SORT_DEADLINE
        ? goal_by_deadline : pF->eSort==DASH_SORT_STATUS ? goal_by_status
        : goal_by_title);
  if( n==0 ) return;
  html_printf(&p->body, "<div class=\"scroll\">"
    "<table class=\"sorted\">\n<thead><tr>"
    "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n"
    "<tbody>\n", tr(p, "Area"), tr(p, "Goal"), tr(p, "Status"),
    tr(p, "Deadline"));
  for(i=0; i<n; i++) goal_row(p, ap[i], 1);
  html_printf(&p->body, "</tbody>\n</table></div>\n");
}

/* The goals, one table per area, worst status first within an area; or,
** with another order asked, one table (dash_goals_sorted).  Only those
** that pass the filters; the filter form above them. */
static void dash_goals(Req *p, int64_t idD, const GoalStatus *aAll, int nAll,
                       const int64_t *aArea, int nA, const DashFilter *pF,
                       Date at){
  int i, k, s, nG = 0;
  GoalStatus *aG = arena_alloc(&p->arena,
                               sizeof(GoalStatus)*(nAll ? nAll : 1));
  for(i=0; i<nAll; i++){
    if( page_dash_filter_match(pF, &aAll[i], at) ) aG[nG++] = aAll[i];
  }
  html_printf(&p->body, "<section aria-labelledby=\"goals\">\n"
    "<h2 id=\"goals\">%h</h2>\n<p class=\"actions\">", tr(p, "Goals"));
  page_new_link(p, ENT_GOAL, "dialogue_id", idD);
  html_printf(&p->body, "</p>\n");
  page_dash_filter_form(p, idD, pF);
  if( pF->bActive ){
    html_printf(&p->body, "<p class=\"note\" id=\"shown\">%h</p>\n",
      arena_printf(&p->arena, tr(p, "Showing %d of %d goals."), nG, nAll));
  }
  if( pF->eSort!=DASH_SORT_AREA ){
    dash_goals_sorted(p, aG, nG, pF);
    nA = 0;
  }
  for(i=0; i<nA; i++){
    Value *aA;
    int bHead = 0;
    for(s=0; s<STATUS__MAX; s++)
    for(k=0; k<nG; k++){
      const GoalStatus *g = &aG[k];
      if( web_int(ENT_GOAL, g->aGoal, "area_id")!=aArea[i] ) continue;
      if( (int)g->res.eStatus!=s ) continue;
      if( !bHead ){
        if( store_item_get(p->pStore, ENT_AREA, aArea[i], &p->arena,
                           &aA) ){
          break;
        }
        html_printf(&p->body, "<h3 id=\"area-%lld\"><a href=\"/area/%lld\">"
          "%h</a></h3>\n<div class=\"scroll\">"
          "<table>\n<thead><tr><th scope=\"col\">%h</th>"
          "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n"
          "<tbody>\n", (long long)aArea[i], (long long)aArea[i],
          web_name(p, ENT_AREA, aA), tr(p, "Goal"), tr(p, "Status"),
          tr(p, "Deadline"));
        bHead = 1;
      }
      goal_row(p, g, 0);
    }
    if( bHead ) html_printf(&p->body, "</tbody>\n</table></div>\n");
  }
  if( nG==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n", pF->bActive
                ? tr(p, "No goals match these filters.")
                : tr(p, "No goals you may see."));
  }
  html_printf(&p->body, "</section>\n");
}

/*
** PAGE: /dialogue/ID
** The dashboard of one dialogue; ?at=YYYY-MM-DD computes the statuses
** and the upcoming dates for another day than today; ?status=, area=,
** wg=, owner=, deadline= filter the goals and sort= orders them
** (page_dash.c).
*/
void page_dialogue(Req *p){
  int64_t idD = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  Value *aD;
  GoalStatus *aG;
  int nG, nA;
  int64_t *aArea;
  Date at;
  DashFilter filter;
  if( idD==0 ) return;
  if( page_dash_filter_or_reply(p, idD, &filter) ) return;
  at = page_at(p);
  if( store_item_get(p->pStore, ENT_DIALOGUE, idD, &p->arena, &aD) ){
    req_error(p, 404, ACC_NOTFOUND, "no dialogue %lld", (long long)idD);
    return;
  }
  goalstat_dialogue(p->pStore, idD, at, &p->arena, &aG, &nG);
  aArea = web_ids(p, ENT_AREA, aEntity[ENT_AREA].iDialogue, idD, &nA);
  page_begin(p, web_tx(p, ENT_DIALOGUE, aD, "title"));
  html_printf(&p->body, "<p class=\"crumbs\"><a href=\"/dialogues\">%h</a>"
              "</p>\n", tr(p, "All dialogues"));
  dash_head(p, idD, aD, at);
  if( p->bLoggedIn && req_can(p, ACT_WRITE, ENT_OBSERVATION) ){
    html_printf(&p->body, "<p><a href=\"/dialogue/%lld/entry\">%h</a> "
                "&middot; <a href=\"/dialogue/%lld/import\">%h</a></p>\n",
                (long long)idD, tr(p, "Enter figures for many indicators"),
                (long long)idD, tr(p, "Import figures from a CSV file"));
  }
  dash_cards(p, aG, nG, aArea, nA);
  dash_completeness(p, aG, nG);
  dash_goals(p, idD, aG, nG, aArea, nA, &filter, at);
  html_printf(&p->body, "<section aria-labelledby=\"roadmap\">\n"
    "<h2 id=\"roadmap\">%h</h2>\n", tr(p, "Roadmap"));
  page_roadmap_svg(p, idD, at);
  page_roadmap_table(p, idD, at);
  html_printf(&p->body, "</section>\n");
  page_dash_upcoming(p, idD, at);
  page_dash_risks(p, idD);
  page_dash_conflicts(p, idD);
  page_dash_latest(p, idD);
  page_dash_groups(p, idD);
  page_dash_projects(p, idD);
  page_dash_meetings(p, idD);
  page_report_links(p, idD);
  page_approvals(p, ENT_DIALOGUE, idD);
  page_end(p);
}
