/*
** page_plan.c: the action plan's life on the pages (027_planlife.sql,
** src/store/planlife.h): a goal's life and the areas of the other set it
** falls under (on the goal page), the goals a meeting's decisions
** adopted and the form that adopts more (on the meeting page), the plan
** in force on a day with the readiness of the long-term goal
** (/dialogue/ID/plan), and a roadmap step's state from what fulfils it
** or from the record of its commitment (on /item/step/ID).
*/
#include "page.h"
#include "../store/planlife.h"

#include <stdlib.h>
#include <string.h>

/* PlSay for the pages: the reader's language. */
static const char *plan_tr(void *pCtx, const char *z){
  return tr((Req*)pCtx, z);
}

/* Whether the reader reads Serbian. */
static int plan_sr(Req *p){
  return p->eLang!=LANG_EN;
}

/* The sentence of step state s in the reader's language: its format and
** the words among its arguments translated. */
static const char *plan_step_say(Req *p, const StepState *s){
  return store_step_say_tr(s, (int)p->eLang, plan_tr, p, &p->arena);
}

void page_goal_life(Req *p, int64_t id, const Value *aG, Date at){
  GoalLife life;
  IdList sec = IDLIST_INIT;
  int i;
  int64_t idD = page_int(ENT_GOAL, aG, "dialogue_id");
  store_goal_life(p->pStore, id, at, &p->arena, &life);
  html_printf(&p->body, "<section aria-labelledby=\"life\">\n"
    "<h2 id=\"life\">%h</h2>\n<p class=\"life\">%h</p>\n",
    tr(p, "In the action plan"), store_goal_life_say(p->pStore, &life,
    (int)p->eLang, plan_tr, p, &p->arena));
  html_printf(&p->body, "<p><span class=\"st st-%s wrap\">%h</span> "
    "<a href=\"/dialogue/%lld/plan?at=%t\">%h</a></p>\n",
    life.bInForce ? "achieved" : "not_started",
    page_day_in(p, life.bInForce
      ? tr(p, "In the action plan in force on %s")
      : tr(p, "Not in the action plan in force on %s"), at),
    (long long)idD, page_iso_day(p, at), tr(p, "The action plan"));
  store_crosswalk_to(p->pStore, page_int(ENT_GOAL, aG, "area_id"), &sec);
  if( sec.n ){
    html_printf(&p->body, "<p>%h ", tr(p, "Also under:"));
    for(i=0; i<sec.n; i++){
      if( i ) html_printf(&p->body, ", ");
      page_link(p, ENT_AREA, sec.a[i]);
    }
    html_printf(&p->body, "</p>\n");
  }
  free(sec.a);
  if( life.nEv ){
    html_printf(&p->body, "<div class=\"scroll\"><table>\n<thead><tr>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
      tr(p, "Kind"), tr(p, "Date"), tr(p, "Decision"), tr(p, "By"),
      tr(p, "Reason"));
  }
  for(i=0; i<life.nEv; i++){
    const GoalLifeEvent *pE = &life.aEv[i];
    html_printf(&p->body, "<tr><td><a href=\"/item/goal-event/%lld\">%h"
      "</a></td><td>%h</td><td>", (long long)pE->id,
      page_enum_label(p, azGoalEventKind[pE->eKind]),
      pE->on!=DATE_NONE ? page_day(p, pE->on)
      : pE->bPending ? tr(p, "not yet held") : "");
    if( pE->idDecision ){
      page_link(p, ENT_DECISION, pE->idDecision);
      html_printf(&p->body, " · ");
      page_link(p, ENT_MEETING, pE->idMeeting);
    }
    html_printf(&p->body, "</td><td>");
    if( pE->idWg ) page_link(p, ENT_WG, pE->idWg);
    else if( pE->zProposer ){
      /* as entered, as the sentence above writes it: a proposer's
      ** name is a proper name, which a script of the reader's would
      ** spell wrong ("Pupin Initiative") */
      html_printf(&p->body, "%h", plan_sr(p) && pE->zProposerSr
                  ? pE->zProposerSr : pE->zProposer);
    }
    html_printf(&p->body, "</td><td>%h</td></tr>\n",
      plan_sr(p) && pE->zReasonSr ? pE->zReasonSr
      : pE->zReason ? pE->zReason : "");
  }
  if( life.nEv ) html_printf(&p->body, "</tbody>\n</table></div>\n");
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_GOAL_EVENT, "goal_id", id);
  html_printf(&p->body, "</p>\n</section>\n");
}

/* Whether goal idGoal has a life event of decision idDecision. */
static int plan_has_event(Req *p, int64_t idGoal, int64_t idDecision){
  PageRows r;
  int i;
  page_rows_by(p, ENT_GOAL_EVENT, "goal_id", idGoal, &r);
  for(i=0; i<r.n; i++){
    if( page_int(ENT_GOAL_EVENT, r.aaVal[i], "decision_id")==idDecision ){
      return 1;
    }
  }
  return 0;
}

void page_meeting_adopt(Req *p, int64_t idM, const Value *aM){
  PageRows dec, goals;
  int i, j, nShown = 0, bHeld;
  int64_t idD = page_int(ENT_MEETING, aM, "dialogue_id");
  Date today = date_today();
  page_rows_by(p, ENT_DECISION, "meeting_id", idM, &dec);
  html_printf(&p->body, "<section aria-labelledby=\"adopted\">\n"
    "<h2 id=\"adopted\">%h</h2>\n", tr(p, "Goals of the action plan "
    "decided here"));
  for(i=0; i<dec.n; i++){
    PageRows ev;
    page_rows_by(p, ENT_GOAL_EVENT, "decision_id", dec.aId[i], &ev);
    for(j=0; j<ev.n; j++){
      if( nShown++==0 ) html_printf(&p->body, "<ul>\n");
      html_printf(&p->body, "<li>%h: ", page_enum_label(p,
                  web_text(ENT_GOAL_EVENT, ev.aaVal[j], "kind")));
      page_link(p, ENT_GOAL, page_int(ENT_GOAL_EVENT, ev.aaVal[j],
                                      "goal_id"));
      html_printf(&p->body, " (");
      page_link(p, ENT_DECISION, dec.aId[i]);
      html_printf(&p->body, ")</li>\n");
    }
  }
  if( nShown ) html_printf(&p->body, "</ul>\n");
  else html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                   tr(p, "No decision of this meeting adopted, revised or "
                      "retired a goal."));
  bHeld = strcmp(web_text(ENT_MEETING, aM, "state"), "held")==0;
  if( !p->bLoggedIn || !req_can(p, ACT_WRITE, ENT_GOAL_EVENT) ){
    html_printf(&p->body, "</section>\n");
    return;
  }
  if( !bHeld ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n</section>\n",
      tr(p, "Goals are adopted by a decision of a meeting on the record "
         "as held; record the meeting as held first."));
    return;
  }
  if( dec.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n</section>\n",
      tr(p, "Record the decision that adopts goals first."));
    return;
  }
  page_rows_by(p, ENT_GOAL, "dialogue_id", idD, &goals);
  html_printf(&p->body, "<form method=\"post\" action=\"/meeting/%lld/"
    "adopt\">\n<input type=\"hidden\" name=\"csrf\" value=\"%h\">\n"
    "<p><label>%h <select name=\"decision\" required>\n", (long long)idM,
    p->zCsrf, tr(p, "Decision:"));
  for(i=0; i<dec.n; i++){
    html_printf(&p->body, "<option value=\"%lld\">%h</option>\n",
      (long long)dec.aId[i], web_tx(p, ENT_DECISION, dec.aaVal[i], "text"));
  }
  html_printf(&p->body, "</select></label></p>\n<fieldset><legend>%h"
    "</legend>\n", tr(p, "Goals the decision adopts"));
  for(i=0; i<goals.n; i++){
    GoalLife life;
    store_goal_life(p->pStore, goals.aId[i], today, &p->arena, &life);
    if( life.bInForce ) continue;
    html_printf(&p->body, "<label class=\"check\"><input type=\"checkbox\" "
      "name=\"goal\" value=\"%lld\"> %h</label><br>\n",
      (long long)goals.aId[i], web_tx(p, ENT_GOAL, goals.aaVal[i], "title"));
  }
  html_printf(&p->body, "</fieldset>\n<p><label>%h <input type=\"text\" "
    "name=\"reason\"></label></p>\n<p><button type=\"submit\">%h</button>"
    "</p>\n</form>\n</section>\n", tr(p, "Note (optional):"),
    tr(p, "Adopt the goals chosen"));
}

/*
** PAGE: POST /meeting/ID/adopt
** A decision of a held meeting adopts goals: a life event "adopted" for
** each goal chosen (goal=ID, repeated), with the decision linked, in one
** transaction; then back to the meeting's page.
*/
void page_meeting_adopt_post(Req *p){
  int64_t idM = req_item_or_reply(p, ENT_MEETING, req_path(p, 0));
  const int e = ENT_GOAL_EVENT;
  Value *aM, *aDec, *aNew;
  const char *zDec = req_arg(p, "decision"), *zReason = req_arg(p, "reason");
  int64_t idDec = zDec ? strtoll(zDec, 0, 10) : 0;
  IdList goals = IDLIST_INIT;
  char zErr[300];
  AccRc rc = ACC_OK;
  int i;
  if( idM==0 ) return;
  store_item_get(p->pStore, ENT_MEETING, idM, &p->arena, &aM);
  /* whoever may not write the plan's items of the meeting's dialogue
  ** learns nothing more of it (403 before any check of the form); a goal
  ** event names no dialogue itself, a readiness criterion does, and the
  ** same roles write both (access.c) */
  if( req_deny_in_dialogue(p, ENT_READINESS, page_int(ENT_MEETING, aM,
                                                      "dialogue_id")) ){
    return;
  }
  if( strcmp(web_text(ENT_MEETING, aM, "state"), "held")!=0 ){
    req_error(p, 400, ACC_INVALID, "meeting: %lld is not on the record as "
              "held; goals are adopted by a decision of a held meeting",
              (long long)idM);
    return;
  }
  if( idDec<=0 || store_item_get(p->pStore, ENT_DECISION, idDec, &p->arena,
                                 &aDec)
   || page_int(ENT_DECISION, aDec, "meeting_id")!=idM ){
    req_error(p, 400, ACC_INVALID, "decision: choose a decision of this "
              "meeting");
    return;
  }
  for(i=0; i<p->nArg; i++){
    int64_t idG;
    Value *aG;
    if( strcmp(p->aArg[i].zName, "goal")!=0 ) continue;
    idG = strtoll(p->aArg[i].zValue, 0, 10);
    if( idG<=0 || store_item_get(p->pStore, ENT_GOAL, idG, &p->arena, &aG) ){
      req_error(p, 400, ACC_INVALID, "goal: no goal %s",
                p->aArg[i].zValue);
      free(goals.a);
      return;
    }
    if( plan_has_event(p, idG, idDec) ){
      req_error(p, 409, ACC_CONFLICT, "goal: %lld: this decision is "
                "already in its life", (long long)idG);
      free(goals.a);
      return;
    }
    idlist_add(&goals, idG);
  }
  if( goals.n==0 ){
    req_error(p, 400, ACC_INVALID, "goal: choose at least one goal");
    return;
  }
  aNew = arena_alloc(&p->arena, sizeof(Value)*aEntity[e].nField);
  for(i=0; i<goals.n; i++){
    memset(aNew, 0, sizeof(Value)*aEntity[e].nField);
    aNew[model_field_find(e, "goal_id")].eType = VAL_INT;
    aNew[model_field_find(e, "goal_id")].i = goals.a[i];
    aNew[model_field_find(e, "kind")].eType = VAL_TEXT;
    aNew[model_field_find(e, "kind")].z = "adopted";
    aNew[model_field_find(e, "decision_id")].eType = VAL_INT;
    aNew[model_field_find(e, "decision_id")].i = idDec;
    if( req_deny_item(p, e, 0, aNew) ){
      free(goals.a);
      return;
    }
  }
  store_set_actor(p->pStore, p->acc.zLogin);
  if( store_begin(p->pStore) ){
    free(goals.a);
    req_error(p, 503, ACC_BUSY, "the database is busy; try again");
    return;
  }
  zErr[0] = 0;
  for(i=0; i<goals.n && rc==ACC_OK; i++){
    int64_t idNew;
    memset(aNew, 0, sizeof(Value)*aEntity[e].nField);
    aNew[model_field_find(e, "goal_id")].eType = VAL_INT;
    aNew[model_field_find(e, "goal_id")].i = goals.a[i];
    aNew[model_field_find(e, "kind")].eType = VAL_TEXT;
    aNew[model_field_find(e, "kind")].z = "adopted";
    aNew[model_field_find(e, "decision_id")].eType = VAL_INT;
    aNew[model_field_find(e, "decision_id")].i = idDec;
    if( zReason ){
      aNew[model_field_find(e, "reason")].eType = VAL_TEXT;
      aNew[model_field_find(e, "reason")].z = zReason;
    }
    rc = store_item_insert(p->pStore, e, aNew, &idNew, zErr, sizeof(zErr));
  }
  free(goals.a);
  if( rc==ACC_OK ) rc = store_commit(p->pStore);
  if( rc ){
    store_rollback(p->pStore);
    req_error(p, rc==ACC_BUSY ? 503 : 400, rc, "not adopted: %s", zErr);
    return;
  }
  req_redirect(p, arena_printf(&p->arena, "/meeting/%lld#adopted",
                               (long long)idM));
}

/* The readiness of dialogue idD's long-term goal at `at`. */
static void plan_readiness(Req *p, int64_t idD, Date at){
  ReadinessCrit *a;
  int n, nMet, i;
  store_readiness(p->pStore, idD, at, &p->arena, &a, &n, &nMet);
  html_printf(&p->body, "<section aria-labelledby=\"readiness\">\n"
    "<h2 id=\"readiness\">%h</h2>\n", tr(p, "Readiness of the long-term "
    "goal"));
  if( n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n", tr(p, "The parties "
      "have set no readiness criteria: the goals and milestones that must "
      "stand before the long-term goal is in reach."));
  }else{
    html_printf(&p->body, "<p><strong>%h</strong></p>\n<ul>\n",
      arena_printf(&p->arena, tr(p, "%d of %d criteria met (%d%%)"), nMet, n,
                   (nMet*100 + n/2)/n));
    for(i=0; i<n; i++){
      html_printf(&p->body, "<li><span class=\"st st-%s\">%h</span> ",
        a[i].bMet ? "achieved" : "not_started",
        a[i].bMet ? tr(p, "met") : tr(p, "not met"));
      if( a[i].idGoal ) page_link(p, ENT_GOAL, a[i].idGoal);
      else page_link(p, ENT_STEP, a[i].idStep);
      if( a[i].idDecision ){
        html_printf(&p->body, " <span class=\"note\">%h ",
                    tr(p, "set by"));
        page_link(p, ENT_DECISION, a[i].idDecision);
        html_printf(&p->body, "</span>");
      }
      html_printf(&p->body, " <a class=\"note\" href=\"/item/readiness/"
                  "%lld\">%h</a></li>\n", (long long)a[i].id,
                  tr(p, "criterion"));
    }
    html_printf(&p->body, "</ul>\n");
  }
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_READINESS, "dialogue_id", idD);
  html_printf(&p->body, "</p>\n</section>\n");
}

/* The filters of the plan's tables: ?area=, ?wg= (ids or codes of the
** dialogue's) and ?q= (words in a goal's code or title). */
typedef struct PlanFilter {
  int64_t idArea, idWg;
  const char *zQ;          /* NULL or "" for any */
  int bActive;
} PlanFilter;

/* Whether goal row aG passes the filters. */
static int plan_match(Req *p, const PlanFilter *pF, const Value *aG){
  const char *const azF[] = { "code", "title", "title_sr" };
  int i;
  if( pF->idArea && page_int(ENT_GOAL, aG, "area_id")!=pF->idArea ) return 0;
  if( pF->idWg && page_int(ENT_GOAL, aG, "wg_id")!=pF->idWg ) return 0;
  if( pF->zQ==0 || pF->zQ[0]==0 ) return 1;
  for(i=0; i<3; i++){
    const char *z = page_text(ENT_GOAL, aG, azF[i]);
    if( z && strcasestr(z, pF->zQ) ) return 1;
  }
  (void)p;
  return 0;
}

/* The filter row of the plan's tables, as the dashboard's goals have it
** (a GET form, so it works without JavaScript). */
static void plan_filter_form(Req *p, int64_t idD, const PlanFilter *pF){
  const char *zAt = req_arg(p, "at");
  html_printf(&p->body, "<form method=\"get\" action=\"/dialogue/%lld/"
    "plan\" class=\"filters\" id=\"filters\">\n<fieldset><legend>%h"
    "</legend>\n", (long long)idD, tr(p, "Show goals"));
  if( zAt ){
    html_printf(&p->body, "<input type=\"hidden\" name=\"at\" value=\"%h\">",
                zAt);
  }
  html_printf(&p->body, "<label>%h <input type=\"search\" name=\"q\" "
    "value=\"%h\" maxlength=\"200\"></label>\n", tr(p, "Words"),
    pF->zQ ? pF->zQ : "");
  page_filter_select(p, "area", tr(p, "Area"), ENT_AREA, idD, pF->idArea);
  page_filter_select(p, "wg", tr(p, "Working group"), ENT_WG, idD, pF->idWg);
  html_printf(&p->body, "<button type=\"submit\">%h</button>\n",
              tr(p, "Apply"));
  if( pF->bActive ){
    html_printf(&p->body, "<a href=\"/dialogue/%lld/plan%s%h\">%h</a>\n",
                (long long)idD, zAt ? "?at=" : "", zAt ? zAt : "",
                tr(p, "Clear"));
  }
  html_printf(&p->body, "</fieldset>\n</form>\n");
}

/*
** PAGE: /dialogue/ID/plan
** The action plan in force at the end of ?at= (default today): the goals
** adopted by a decision of a meeting held by then and not retired, then
** the other goals with their life, then the readiness of the long-term
** goal.  The tables take the filters of the dashboard's goals: ?q= (words
** in a goal's code or title), ?area=, ?wg= (400 naming one that is not
** of this dialogue).
*/
void page_plan(Req *p){
  int64_t idD = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  Date at = page_at(p);
  PlanInForce plan;
  PlanFilter filter;
  PageRows goals;
  Value *aD;
  int i, k, nShown = 0;
  const char *zTitle;
  if( idD==0 ) return;
  memset(&filter, 0, sizeof(filter));
  filter.zQ = req_arg(p, "q");
  if( page_filter_ref_or_reply(p, "area", ENT_AREA, idD, &filter.idArea)
   || page_filter_ref_or_reply(p, "wg", ENT_WG, idD, &filter.idWg) ){
    return;
  }
  filter.bActive = filter.idArea || filter.idWg
                || (filter.zQ && filter.zQ[0]);
  store_item_get(p->pStore, ENT_DIALOGUE, idD, &p->arena, &aD);
  store_plan_in_force(p->pStore, idD, at, &plan);
  zTitle = page_day_in(p, tr(p, "Action plan in force on %s"), at);
  page_begin(p, zTitle);
  html_printf(&p->body, "<p class=\"crumbs\">");
  page_link(p, ENT_DIALOGUE, idD);
  html_printf(&p->body, "</p>\n<h1>%h</h1>\n<form method=\"get\" "
    "class=\"inline-form\"><label>%h <input type=\"date\" name=\"at\" "
    "value=\"%h\"></label> <button type=\"submit\">%h</button></form>\n"
    "<p>%h", zTitle, tr(p, "On"), page_iso_day(p, at), tr(p, "Show"),
    arena_printf(&p->arena, tr(p, "%d of %d goals in force; %d only "
                 "proposed."), plan.inForce.n, plan.nGoal, plan.nProposed));
  if( plan.decisions.n ){
    html_printf(&p->body, " %h ", tr(p, "Adopted by:"));
    for(i=0; i<plan.decisions.n; i++){
      if( i ) html_printf(&p->body, ", ");
      page_link(p, ENT_DECISION, plan.decisions.a[i]);
    }
  }
  html_printf(&p->body, "</p>\n");
  page_rows_by(p, ENT_GOAL, "dialogue_id", idD, &goals);
  plan_filter_form(p, idD, &filter);
  if( filter.bActive ){
    for(i=0; i<goals.n; i++){
      nShown += plan_match(p, &filter, goals.aaVal[i]);
    }
    html_printf(&p->body, "<p class=\"note\" id=\"shown\">%h</p>\n",
      arena_printf(&p->arena, tr(p, "Showing %d of %d goals."), nShown,
                   goals.n));
  }
  for(k=0; k<2; k++){
    int nRow = 0;
    html_printf(&p->body, "<section aria-labelledby=\"plan%d\">\n"
      "<h2 id=\"plan%d\">%h</h2>\n", k, k, k==0 ? tr(p, "Goals in force")
      : tr(p, "Goals not in force"));
    for(i=0; i<goals.n; i++){
      GoalLife life;
      if( !plan_match(p, &filter, goals.aaVal[i]) ) continue;
      store_goal_life(p->pStore, goals.aId[i], at, &p->arena, &life);
      if( life.bInForce!=(k==0) ) continue;
      if( nRow++==0 ){
        html_printf(&p->body, "<div class=\"scroll\"><table>\n<thead><tr>"
          "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
          "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
          tr(p, "Goal"), tr(p, "Area"), tr(p, "Life"));
      }
      html_printf(&p->body, "<tr><td>");
      page_link(p, ENT_GOAL, goals.aId[i]);
      html_printf(&p->body, "</td><td>");
      page_link(p, ENT_AREA, page_int(ENT_GOAL, goals.aaVal[i], "area_id"));
      html_printf(&p->body, "</td><td>%h</td></tr>\n",
        store_goal_life_say(p->pStore, &life, (int)p->eLang, plan_tr,
                            p, &p->arena));
    }
    if( nRow ) html_printf(&p->body, "</tbody>\n</table></div>\n");
    else html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                     filter.bActive ? tr(p, "No goals match these filters.")
                                    : tr(p, "None."));
    html_printf(&p->body, "</section>\n");
  }
  store_plan_free(&plan);
  plan_readiness(p, idD, at);
  page_end(p);
}

void page_step_detail(Req *p, int64_t id, const Value *aS){
  StepState st;
  PageRows r;
  int i;
  Date today = date_today();
  store_step_state(p->pStore, id, aS, today, &p->arena, &st);
  html_printf(&p->body, "<section aria-labelledby=\"stepstate\">\n"
    "<h2 id=\"stepstate\">%h</h2>\n<p>", tr(p, "State from the record"));
  if( st.done!=DATE_NONE ){
    html_printf(&p->body, "<span class=\"st st-achieved\">%h</span> ",
      arena_printf(&p->arena, tr(p, "done %s"), page_day(p, st.done)));
  }else if( st.eStatus>=0 ){
    web_status_badge(p, st.eStatus);
    html_printf(&p->body, " ");
  }
  html_printf(&p->body, "%h</p>\n", plan_step_say(p, &st));
  page_rows_by(p, ENT_FULFIL, "step_id", id, &r);
  if( r.n ){
    html_printf(&p->body, "<p>%h</p>\n<ul>\n", tr(p, "Fulfilled by:"));
    for(i=0; i<r.n; i++){
      const Value *v = r.aaVal[i];
      html_printf(&p->body, "<li>");
      if( page_int(ENT_FULFIL, v, "meeting_id") ){
        page_link(p, ENT_MEETING, page_int(ENT_FULFIL, v, "meeting_id"));
      }else if( page_int(ENT_FULFIL, v, "decision_id") ){
        page_link(p, ENT_DECISION, page_int(ENT_FULFIL, v, "decision_id"));
      }else{
        page_link(p, ENT_DOCUMENT, page_int(ENT_FULFIL, v, "document_id"));
      }
      html_printf(&p->body, " <a class=\"note\" href=\"/item/fulfilment/"
                  "%lld\">%h</a></li>\n", (long long)r.aId[i],
                  tr(p, "link"));
    }
    html_printf(&p->body, "</ul>\n");
  }
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_FULFIL, "step_id", id);
  html_printf(&p->body, "</p>\n</section>\n");
}

const char *page_step_state(Req *p, int64_t id, const Value *aS, Date at,
                            int *peStatus, Date *pDone){
  StepState st;
  store_step_state(p->pStore, id, aS, at, &p->arena, &st);
  *peStatus = st.eStatus;
  *pDone = st.done;
  return st.zFmt ? plan_step_say(p, &st) : 0;
}
