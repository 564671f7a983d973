/*
** page_area.c: the page of a framework area and the page of a working
** group: their goals with status badges, the members of the working
** groups (people, party, role), their communication log (meetings,
** calls, e-mails and notes), and the meetings of a working group.
*/
#include "page.h"

#include <stdlib.h>
#include <string.h>

/* The goals of a dialogue whose field zField equals id, worst status
** first, with their badges and explanations. */
static void goal_list(Req *p, int64_t idD, const char *zField, int64_t id,
                      Date at){
  GoalStatus *aG;
  int nG, k, s, n = 0;
  goalstat_dialogue(p->pStore, idD, at, &p->arena, &aG, &nG);
  html_printf(&p->body, "<section aria-labelledby=\"goals\">\n"
    "<h2 id=\"goals\">%h</h2>\n", tr(p, "Goals"));
  for(s=0; s<STATUS__MAX; s++)
  for(k=0; k<nG; k++){
    const GoalStatus *g = &aG[k];
    if( web_int(ENT_GOAL, g->aGoal, zField)!=id ) continue;
    if( (int)g->res.eStatus!=s ) continue;
    if( n++==0 ){
      html_printf(&p->body, "<div class=\"scroll\">"
        "<table>\n<thead><tr><th scope=\"col\">%h</th>"
        "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n"
        "<tbody>\n", tr(p, "Goal"), tr(p, "Status"), tr(p, "Deadline"));
    }
    html_printf(&p->body, "<tr><td><a href=\"/goal/%lld\">%h</a> "
      "<span class=\"cls\">%h · %h</span><p class=\"why\">%h</p></td><td>",
      (long long)g->id, web_tx(p, ENT_GOAL, g->aGoal, "title"),
      page_enum_label(p, web_text(ENT_GOAL, g->aGoal, "kind")),
      tr(p, web_text(ENT_GOAL, g->aGoal, "classification")),
    web_why(p, &g->res, g->aIndicator));
    web_status_badge(p, g->res.eStatus);
    html_printf(&p->body, "</td><td>%h</td></tr>\n",
                page_date_text(p, web_text(ENT_GOAL, g->aGoal, "deadline")));
  }
  if( n ){
    html_printf(&p->body, "</tbody>\n</table></div>\n");
  }else{
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No goals you may see."));
  }
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_GOAL, zField, id);
  html_printf(&p->body, "</p>\n</section>\n");
}

/* The members of working group idWg: person, party, position, role. */
static void member_table(Req *p, int64_t idWg, int bNewLink){
  PageRows r;
  int i;
  page_rows_by(p, ENT_WG_MEMBER, "wg_id", idWg, &r);
  if( r.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No members recorded."));
  }else{
    html_printf(&p->body, "<div class=\"scroll\">"
      "<table>\n<thead><tr><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n", tr(p, "Name"),
      tr(p, "Party"), tr(p, "Position"), tr(p, "Role"));
  }
  /* Co-leads first. */
  for(i=0; i<2*r.n; i++){
    const Value *v = r.aaVal[i % (r.n ? r.n : 1)];
    Value *aP;
    int bLead = strcmp(web_text(ENT_WG_MEMBER, v, "role"), "co-lead")==0;
    if( (i<r.n)!=bLead ) continue;
    if( store_item_get(p->pStore, ENT_PERSON,
                       page_int(ENT_WG_MEMBER, v, "person_id"), &p->arena,
                       &aP) ){
      continue;
    }
    html_printf(&p->body, "<tr><td><a href=\"/item/member/%lld\">%h</a>"
      "</td><td>", (long long)r.aId[i % r.n],
      web_tx(p, ENT_PERSON, aP, "name"));
    page_link(p, ENT_PARTY, page_int(ENT_PERSON, aP, "party_id"));
    html_printf(&p->body, "</td><td>%h</td><td>%h</td></tr>\n",
      web_tx(p, ENT_PERSON, aP, "position"),
      page_enum_label(p, web_text(ENT_WG_MEMBER, v, "role")));
  }
  if( r.n ) html_printf(&p->body, "</tbody>\n</table></div>\n");
  if( bNewLink ){
    html_printf(&p->body, "<p class=\"actions\">");
    page_new_link(p, ENT_WG_MEMBER, "wg_id", idWg);
    html_printf(&p->body, "</p>\n");
  }
}

/* Flag a working group that lacks a co-lead of some party of its
** dialogue (store_wg_colead_missing()), for readers who log in: seats
** are not public. */
static void colead_flag(Req *p, int64_t idWg){
  IdList l = IDLIST_INIT;
  int i;
  if( !p->bLoggedIn ) return;
  store_wg_colead_missing(p->pStore, idWg, &l);
  if( l.n ){
    html_printf(&p->body, "<p class=\"flag warn\" id=\"colead-missing\" "
                "role=\"status\">%h ", tr(p, "No co-lead of party:"));
    for(i=0; i<l.n; i++){
      if( i ) html_printf(&p->body, ", ");
      page_link(p, ENT_PARTY, l.a[i]);
    }
    html_printf(&p->body, ". %h</p>\n", tr(p, "A working group has one "
                "co-lead from each party."));
  }
  free(l.a);
}

/* One contact of a communication log, with its working group. */
typedef struct Contact {
  int64_t id, idWg;
  const Value *aVal;
} Contact;

/* Order of contacts: newest first, then the later entry first. */
static int contact_cmp(const void *a, const void *b){
  const Contact *x = a, *y = b;
  int c = strcmp(web_text(ENT_WG_LOG, y->aVal, "held_on"),
                 web_text(ENT_WG_LOG, x->aVal, "held_on"));
  if( c ) return c;
  return x->id<y->id ? 1 : -1;
}

/* The communication log of the working groups aWg[0..nWg-1], newest
** first; with the group's name when there are several. */
static void contact_log(Req *p, const int64_t *aWg, int nWg){
  Contact *a = 0;
  int n = 0, nAlloc = 0, i, j;
  for(i=0; i<nWg; i++){
    PageRows r;
    page_rows_by(p, ENT_WG_LOG, "wg_id", aWg[i], &r);
    for(j=0; j<r.n; j++){
      if( n>=nAlloc ){
        nAlloc = nAlloc ? 2*nAlloc : 32;
        a = acc_realloc(a, sizeof(Contact)*nAlloc);
      }
      a[n].id = r.aId[j];
      a[n].idWg = aWg[i];
      a[n].aVal = r.aaVal[j];
      n++;
    }
  }
  if( n>1 ) qsort(a, n, sizeof(Contact), contact_cmp);
  html_printf(&p->body, "<section aria-labelledby=\"log\">\n"
    "<h2 id=\"log\">%h</h2>\n", tr(p, "Communication log"));
  if( n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No contacts recorded."));
  }else{
    html_printf(&p->body, "<div class=\"scroll\">"
      "<table>\n<thead><tr><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th>%s<th scope=\"col\">%h</th></tr></thead>\n"
      "<tbody>\n", tr(p, "Date"), tr(p, "Kind"),
      nWg>1 ? "<th scope=\"col\">WG</th>" : "", tr(p, "Summary"));
  }
  for(i=0; i<n; i++){
    html_printf(&p->body, "<tr><td><a href=\"/item/contact/%lld\">%h</a>"
      "</td><td>%h</td>", (long long)a[i].id,
      page_date_text(p, web_text(ENT_WG_LOG, a[i].aVal, "held_on")),
      page_enum_label(p, web_text(ENT_WG_LOG, a[i].aVal, "kind")));
    if( nWg>1 ){
      html_printf(&p->body, "<td>");
      page_link(p, ENT_WG, a[i].idWg);
      html_printf(&p->body, "</td>");
    }
    html_printf(&p->body, "<td><span class=\"long\">%h</span> "
      "<span class=\"cls\">%h</span></td></tr>\n",
      web_tx(p, ENT_WG_LOG, a[i].aVal, "summary"),
      tr(p, web_text(ENT_WG_LOG, a[i].aVal, "classification")));
  }
  if( n ) html_printf(&p->body, "</tbody>\n</table></div>\n");
  if( nWg==1 ){
    html_printf(&p->body, "<p class=\"actions\">");
    page_new_link(p, ENT_WG_LOG, "wg_id", aWg[0]);
    html_printf(&p->body, "</p>\n");
  }
  html_printf(&p->body, "</section>\n");
  free(a);
}

/*
** PAGE: /area/ID
** A framework area: its description, its goals, its working groups with
** their members, and their communication log.
*/
void page_area(Req *p){
  int64_t id = req_item_or_reply(p, ENT_AREA, req_path(p, 0));
  Value *aA;
  PageRows wg;
  int64_t idD, *aWg;
  int i;
  const char *z;
  if( id==0 ) return;
  if( store_item_get(p->pStore, ENT_AREA, id, &p->arena, &aA) ){
    req_error(p, 404, ACC_NOTFOUND, "no area %lld", (long long)id);
    return;
  }
  idD = web_int(ENT_AREA, aA, "dialogue_id");
  page_begin(p, web_name(p, ENT_AREA, aA));
  html_printf(&p->body, "<p class=\"crumbs\">");
  page_link(p, ENT_DIALOGUE, idD);
  html_printf(&p->body, "</p>\n<h1>%h</h1>\n<p class=\"sub\">%h",
    web_name(p, ENT_AREA, aA), arena_printf(&p->arena,
    tr(p, "Framework area of the %s"), web_text(ENT_AREA, aA, "area_set")));
  if( (z = page_text(ENT_AREA, aA, "name_sr"))!=0 ){
    html_printf(&p->body, " · <span lang=\"sr\">%h</span>", z);
  }
  html_printf(&p->body, "</p>\n");
  if( (z = page_tx(p, ENT_AREA, aA, "description"))!=0 ){
    html_printf(&p->body, "<p class=\"long\">%h</p>\n", z);
  }
  page_item_class(p, ENT_AREA, aA);
  page_item_actions(p, ENT_AREA, id);
  goal_list(p, idD, "area_id", id, page_at(p));
  page_rows_by(p, ENT_WG, "area_id", id, &wg);
  html_printf(&p->body, "<section aria-labelledby=\"wgs\">\n"
    "<h2 id=\"wgs\">%h</h2>\n", tr(p, "Working groups"));
  aWg = arena_alloc(&p->arena, sizeof(int64_t)*(wg.n ? wg.n : 1));
  for(i=0; i<wg.n; i++){
    aWg[i] = wg.aId[i];
    html_printf(&p->body, "<h3><a href=\"/wg/%lld\">%h</a></h3>\n",
      (long long)wg.aId[i], web_tx(p, ENT_WG, wg.aaVal[i], "name"));
    member_table(p, wg.aId[i], 0);
  }
  if( wg.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No working group for this area yet."));
  }
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_WG, "area_id", id);
  html_printf(&p->body, "</p>\n</section>\n");
  if( wg.n ) contact_log(p, aWg, wg.n);
  page_approvals(p, ENT_AREA, id);
  page_end(p);
}

/*
** PAGE: /wg/ID
** A working group: its last contact, mandate, members, goals, projects,
** communication log and meetings.
*/
void page_wg(Req *p){
  int64_t id = req_item_or_reply(p, ENT_WG, req_path(p, 0));
  Value *aW;
  PageRows m;
  int64_t idD, idA;
  int i;
  const char *z;
  if( id==0 ) return;
  if( store_item_get(p->pStore, ENT_WG, id, &p->arena, &aW) ){
    req_error(p, 404, ACC_NOTFOUND, "no working group %lld", (long long)id);
    return;
  }
  idD = web_int(ENT_WG, aW, "dialogue_id");
  idA = web_int(ENT_WG, aW, "area_id");
  page_begin(p, web_tx(p, ENT_WG, aW, "name"));
  html_printf(&p->body, "<p class=\"crumbs\">");
  page_link(p, ENT_DIALOGUE, idD);
  if( idA ){
    html_printf(&p->body, " › ");
    page_link(p, ENT_AREA, idA);
  }
  html_printf(&p->body, "</p>\n<h1>%h</h1>\n<p class=\"sub\">%h",
              web_tx(p, ENT_WG, aW, "name"), tr(p, "Working group"));
  if( (z = page_text(ENT_WG, aW, "formed_on"))!=0 ){
    html_printf(&p->body, " · %h", arena_printf(&p->arena,
                tr(p, "formed %s"), page_date_text(p, z)));
  }
  html_printf(&p->body, "</p>\n");
  if( (z = page_tx(p, ENT_WG, aW, "mandate"))!=0 ){
    html_printf(&p->body, "<p class=\"long\"><strong>%h</strong> %h</p>\n",
                tr(p, "Mandate:"), z);
  }
  /* The proposal asks groups to be in regular communication. */
  page_wg_last_contact(p, id, date_today());
  page_item_class(p, ENT_WG, aW);
  page_item_actions(p, ENT_WG, id);
  html_printf(&p->body, "<section aria-labelledby=\"members\">\n"
    "<h2 id=\"members\">%h</h2>\n", tr(p, "Members"));
  member_table(p, id, 1);
  colead_flag(p, id);
  html_printf(&p->body, "</section>\n");
  goal_list(p, idD, "wg_id", id, page_at(p));
  page_wg_projects(p, id);
  contact_log(p, &id, 1);
  page_rows_by(p, ENT_MEETING, "wg_id", id, &m);
  html_printf(&p->body, "<section aria-labelledby=\"meetings\">\n"
    "<h2 id=\"meetings\">%h</h2>\n", tr(p, "Meetings"));
  if( m.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No meetings of this group recorded."));
  }else{
    html_printf(&p->body, "<ul>\n");
    for(i=0; i<m.n; i++){
      html_printf(&p->body, "<li>%h <a href=\"/meeting/%lld\">%h</a> "
        "<span class=\"note\">%h</span></li>\n",
        page_date_text(p, web_text(ENT_MEETING, m.aaVal[i], "held_on")), (long long)m.aId[i],
        web_tx(p, ENT_MEETING, m.aaVal[i], "title"),
        page_enum_label(p, web_text(ENT_MEETING, m.aaVal[i], "state")));
    }
    html_printf(&p->body, "</ul>\n");
  }
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_MEETING, "wg_id", id);
  html_printf(&p->body, "</p>\n</section>\n");
  page_approvals(p, ENT_WG, id);
  page_end(p);
}
