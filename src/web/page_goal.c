/*
** page_goal.c: one goal: its target in words, its status with the
** explanation and the figures behind it (progress ratio, observed rate,
** latest value, projection), a chart of its indicator against the target
** path (page_chart.c), its fields, the benefits it serves, the decisions
** about it, the indicator's observations with their sources, its joint
** approval, and its history from the audit log.  Also the handlers that
** approve goals and documents and mark an observation as the one that
** counts.
*/
#include "page.h"
#include "../store/sign.h"

#include <stdio.h>
#include <string.h>

/* A date of a sentence as page_date_text() writes it, in the genitive if
** bGen ("od 1. januara 2025"), without the Serbian final point (the
** sentence ends it). */
static const char *sentence_date_case(Req *p, const char *zDate, int bGen){
  Date d;
  const char *z = bGen && date_parse(zDate, &d)==0 ? page_day_gen(p, d)
                : page_date_text(p, zDate);
  size_t n = strlen(z);
  if( n>1 && z[n-1]=='.' && z!=zDate ){
    return arena_printf(&p->arena, "%.*s", (int)(n-1), z);
  }
  return z;
}

/* A stored date zDate as page_day() writes it, for the end of a
** sentence: without the final point of a Serbian date ("30. jun 2034"),
** which the sentence's own point ends. */
static const char *sentence_date(Req *p, const char *zDate){
  return sentence_date_case(p, zDate, 0);
}

/* The goal's target in words: whole sentences, one message each, with
** only data in the conversions (docs/i18n.md). */
static const char *target_words(Req *p, const Value *aG, const Value *aI){
  const int e = ENT_GOAL;
  const char *zKind = web_text(e, aG, "kind");
  const char *zInd = aI ? web_tx(p, ENT_INDICATOR, aI, "name")
                        : tr(p, "the indicator");
  const char *zUnit = aI ? web_unit(p, aI) : "";
  const char *zDeadline = page_text(e, aG, "deadline");
  const char *zStart = page_text(e, aG, "start_on");
  const char *zBase = page_text(e, aG, "baseline_period");
  const char *zPer = page_text(e, aG, "period");
  const Value *pT = &aG[model_field_find(e, "target")];
  const Value *pB = &aG[model_field_find(e, "baseline_value")];
  const char *zT = pT->eType==VAL_REAL ? page_num(p, pT->r) : "?";
  int bDec = page_int(e, aG, "decrease")!=0;
  int iPer = zPer==0 ? 2 : strcmp(zPer, "month")==0 ? 0
           : strcmp(zPer, "quarter")==0 ? 1 : 2;
  Buf b = BUF_INIT;
  const char *z;
  if( zDeadline ){
    zDeadline = sentence_date_case(p, zDeadline,
                                   strcmp(zKind, "count_window")==0);
  }
  if( zStart ) zStart = sentence_date_case(p, zStart, 1);
  if( strcmp(zKind, "growth")==0 ){
    const char *zFmt;
    if( bDec ){
      zFmt = iPer==0 ? tr(p, "Reduce %s by %s %% a month.")
           : iPer==1 ? tr(p, "Reduce %s by %s %% a quarter.")
           : tr(p, "Reduce %s by %s %% a year.");
    }else{
      zFmt = iPer==0 ? tr(p, "Grow %s by %s %% a month.")
           : iPer==1 ? tr(p, "Grow %s by %s %% a quarter.")
           : tr(p, "Grow %s by %s %% a year.");
    }
    buf_appendf(&b, zFmt, zInd, zT);
    buf_appendf(&b, " %s", page_int(e, aG, "compounding")
      ? tr(p, "The rate compounds: each period grows on the one before.")
      : tr(p, "Simple growth: each period adds the same share of the "
              "baseline."));
  }else if( strcmp(zKind, "count_period")==0 ){
    buf_appendf(&b, iPer==0 ? tr(p, "At least %s a month: %s.")
                : iPer==1 ? tr(p, "At least %s a quarter: %s.")
                : tr(p, "At least %s a year: %s."), zT, zInd);
    if( zStart ) buf_appendf(&b, " %s", arena_printf(&p->arena,
                             tr(p, "It applies from %s."), zStart));
  }else if( strcmp(zKind, "count_window")==0 ){
    buf_appendf(&b, tr(p, "At least %s in all between %s and %s: %s."),
      zT, zStart ? zStart : "?", zDeadline ? zDeadline : "?", zInd);
    zDeadline = 0;
  }else if( strcmp(zKind, "level")==0 ){
    buf_appendf(&b, bDec ? tr(p, "%s falling to %s %s.")
                         : tr(p, "%s reaching %s %s."), zInd, zT, zUnit);
  }else{
    buf_appendf(&b, "%s", tr(p, "A one-off milestone."));
    if( (z = page_text(e, aG, "achieved_on"))!=0 ){
      buf_appendf(&b, " %s", arena_printf(&p->arena,
                  tr(p, "Achieved on %s."), sentence_date(p, z)));
    }else if( (z = page_text(e, aG, "started_on"))!=0 ){
      buf_appendf(&b, " %s", arena_printf(&p->arena,
                  tr(p, "Work began on %s."), sentence_date(p, z)));
    }
  }
  if( zBase && (strcmp(zKind, "growth")==0 || strcmp(zKind, "level")==0) ){
    if( pB->eType==VAL_REAL ){
      buf_appendf(&b, " %s", arena_printf(&p->arena,
        tr(p, "Baseline: %s, %s %s."), zBase, page_num(p, pB->r), zUnit));
    }else{
      buf_appendf(&b, " %s", arena_printf(&p->arena,
        tr(p, "Baseline: %s, its value as observed."), zBase));
    }
  }
  if( zDeadline ){
    buf_appendf(&b, " %s", arena_printf(&p->arena, tr(p, "Deadline: %s."),
                                        zDeadline));
  }else if( strcmp(zKind, "count_window")!=0 ){
    buf_appendf(&b, " %s", tr(p, "No deadline is set."));
  }
  z = arena_strdup(&p->arena, buf_str(&b));
  buf_free(&b);
  return z;
}

/* The name of source id of goal g's figures, as the page shows it. */
static const char *source_name(Req *p, const GoalStatus *g, int64_t id){
  const GoalSource *s;
  if( id==STATUS_SRC_MIXED ) return tr(p, "several sources");
  s = id ? goalstat_source(g, id) : 0;
  if( s==0 ) return tr(p, "no source named");
  if( s->zPublisher && s->zPublisher[0] ){
    return arena_printf(&p->arena, "%s (%s)", s->zTitle, s->zPublisher);
  }
  return s->zTitle;
}

/*
** The values the status was computed from, each with its source: the
** "used" mark of docs/status.md ("Every judged figure names its
** source"); and, when sources were judged apart, each one's verdict.
*/
static void status_used(Req *p, const GoalStatus *g, const char *zUnit){
  const StatusResult *r = &g->res;
  const char *zPer;
  int i;
  if( r->nFig>0 ){
    html_printf(&p->body, "<div><dt>%h</dt><dd><ul class=\"used\">\n",
                tr(p, "Values used"));
    for(i=0; i<r->nFig; i++){
      const StatusFigure *f = &r->aFig[i];
      zPer = page_period(p, f->period, 0);
      if( f->bMissing ){
        html_printf(&p->body, "<li><mark>%h: %h</mark> · %h</li>\n", zPer,
                    tr(p, "not reported"), tr(p, "counts as missed"));
        continue;
      }
      html_printf(&p->body, "<li><mark>%h: %h %h</mark> — %h", zPer,
                  page_num(p, f->value), zUnit,
                  source_name(p, g, f->iSource));
      if( f->bEvents ){
        html_printf(&p->body, " · %h", tr(p, "number of events"));
      }
      if( f->nHave<f->nSub ){
        html_printf(&p->body, " · %h", arena_printf(&p->arena,
                    tr(p, "%d of %d sub-periods"), f->nHave, f->nSub));
      }
      if( f->bBaseline ) html_printf(&p->body, " · %h", tr(p, "baseline"));
      if( f->bRevised ) html_printf(&p->body, " · %h", tr(p, "revised"));
      if( f->bPreferred ){
        html_printf(&p->body, " · %h", tr(p, "chosen by the owner"));
      }
      html_printf(&p->body, "</li>\n");
    }
    html_printf(&p->body, "</ul></dd></div>\n");
  }
  if( r->nVerdict>1 ){
    html_printf(&p->body, "<div><dt>%h</dt><dd><ul class=\"verdicts\">\n",
                tr(p, "Verdict on each source's figures"));
    for(i=0; i<r->nVerdict; i++){
      const StatusVerdict *v = &r->aVerdict[i];
      html_printf(&p->body, "<li>%h: ", source_name(p, g, v->iSource));
      web_status_badge(p, v->eStatus);
      if( v->bLatest ){
        zPer = page_period(p, v->latest, 0);
        html_printf(&p->body, " %h: %h %h", zPer, page_num(p, v->rLatest),
                    zUnit);
      }
      html_printf(&p->body, "</li>\n");
    }
    html_printf(&p->body, "</ul></dd></div>\n");
  }
}

/* The figures behind the status (StatusResult), as a definition list. */
static void status_figures(Req *p, const GoalStatus *g){
  const StatusResult *r = &g->res;
  const char *zUnit = g->aIndicator
    ? web_unit(p, g->aIndicator) : "";
  const char *zPer;
  if( !r->bRatio && !r->bObservedRate && !r->bLatest && !r->bProjection
   && r->nConflict==0 && r->nFig==0 ){
    return;
  }
  html_printf(&p->body, "<dl class=\"figures\">\n");
  status_used(p, g, zUnit);
  if( r->bLatest && r->bNotReported ){
    zPer = page_period(p, r->latest, 0);
    html_printf(&p->body, "<div><dt>%h</dt><dd class=\"flag\">%h: %h</dd>"
      "</div>\n", tr(p, "Latest period judged"), zPer,
      tr(p, "not reported"));
  }else if( r->bLatest ){
    zPer = page_period(p, r->latest, 0);
    html_printf(&p->body, "<div><dt>%h</dt><dd>%h: %h %h</dd></div>\n",
      tr(p, "Latest period judged"), zPer, page_num(p, r->rLatest), zUnit);
  }
  if( r->bObservedRate ){
    char zN[L10N_NUMSZ];
    html_printf(&p->body, "<div><dt>%h</dt><dd>%h %%</dd></div>\n",
      tr(p, "Observed rate (compound, per period)"),
      l10n_fixed(r->rObservedRate, 1, (int)p->eLang, zN));
  }
  if( r->bRatio ){
    char zN[L10N_NUMSZ];
    html_printf(&p->body, "<div><dt>%h</dt><dd>%h</dd></div>\n",
      tr(p, "Progress ratio (observed ÷ required)"),
      l10n_fixed(r->rRatio, 2, (int)p->eLang, zN));
  }
  if( r->bProjection ){
    zPer = page_period(p, r->projectAt, 0);
    html_printf(&p->body, "<div><dt>%h</dt><dd>%h</dd></div>\n",
      arena_printf(&p->arena, tr(p, "Projection for %s"), zPer),
      arena_printf(&p->arena, tr(p, "at this rate %s %s; the target path "
                   "%s %s"), page_num(p, r->rProjected), zUnit,
                   page_num(p, r->rTargetAt), zUnit));
  }
  if( r->nConflict ){
    html_printf(&p->body, "<div><dt>%h</dt><dd class=\"flag conflict\">%d"
      "</dd></div>\n", tr(p, "Periods with unresolved conflicts"),
      r->nConflict);
  }
  html_printf(&p->body, "</dl>\n");
}

/* The benefits the goal serves, with the party they serve. */
static void goal_benefits(Req *p, int64_t id){
  PageRows r;
  int i;
  page_rows_by(p, ENT_GOAL_BENEFIT, "goal_id", id, &r);
  html_printf(&p->body, "<section aria-labelledby=\"benefits\">\n"
    "<h2 id=\"benefits\">%h</h2>\n", tr(p, "Benefits it serves"));
  if( r.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No benefits linked."));
  }else{
    html_printf(&p->body, "<ul>\n");
  }
  for(i=0; i<r.n; i++){
    Value *aB;
    int64_t idB = page_int(ENT_GOAL_BENEFIT, r.aaVal[i], "benefit_id");
    if( store_item_get(p->pStore, ENT_BENEFIT, idB, &p->arena, &aB) ){
      continue;
    }
    html_printf(&p->body, "<li>");
    page_link(p, ENT_PARTY, page_int(ENT_BENEFIT, aB, "party_id"));
    html_printf(&p->body, ": %h</li>\n", web_tx(p, ENT_BENEFIT, aB, "text"));
  }
  if( r.n ) html_printf(&p->body, "</ul>\n");
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_GOAL_BENEFIT, "goal_id", id);
  html_printf(&p->body, "</p>\n</section>\n");
}

/* Decisions that created or changed the goal. */
static void goal_decisions(Req *p, int64_t id){
  PageRows r;
  int i;
  page_rows_by(p, ENT_DECISION, "goal_id", id, &r);
  if( r.n==0 ) return;
  html_printf(&p->body, "<section aria-labelledby=\"decisions\">\n"
    "<h2 id=\"decisions\">%h</h2>\n<ul>\n", tr(p, "Decisions about it"));
  for(i=0; i<r.n; i++){
    html_printf(&p->body, "<li>");
    page_link(p, ENT_MEETING, page_int(ENT_DECISION, r.aaVal[i],
                                       "meeting_id"));
    html_printf(&p->body, ": <a href=\"/item/decision/%lld\">%h</a></li>\n",
      (long long)r.aId[i], web_tx(p, ENT_DECISION, r.aaVal[i], "text"));
  }
  html_printf(&p->body, "</ul>\n</section>\n");
}

/*
** The events a count goal counts (those of its indicator idInd), latest
** first, with the button that records one.  A period's count is the
** number of its events (docs/status.md, "Count per period").
*/
static void goal_events(Req *p, int64_t idInd){
  PageRows r;
  int i, j, *aIx;
  page_rows_by(p, ENT_EVENT, "indicator_id", idInd, &r);
  /* Latest day first (then latest entered): insertion sort of indexes. */
  aIx = arena_alloc(&p->arena, sizeof(int)*(size_t)(r.n ? r.n : 1));
  for(i=0; i<r.n; i++){
    const char *z = web_text(ENT_EVENT, r.aaVal[i], "occurred_on");
    for(j=i; j>0 && strcmp(web_text(ENT_EVENT, r.aaVal[aIx[j-1]],
                                    "occurred_on"), z)<=0; j--){
      aIx[j] = aIx[j-1];
    }
    aIx[j] = i;
  }
  html_printf(&p->body, "<section aria-labelledby=\"events\">\n"
    "<h2 id=\"events\">%h</h2>\n<p>%h</p>\n", tr(p, "Events"),
    tr(p, "Each event counts once in the period of its date; a closed "
       "period with nothing reported counts as missed."));
  if( r.n>0 ){
    html_printf(&p->body, "<ul class=\"events\">\n");
    for(j=0; j<r.n; j++){
      const Value *v = r.aaVal[aIx[j]];
      html_printf(&p->body, "<li>%h: <a href=\"/item/event/%lld\">%h</a>",
        web_text(ENT_EVENT, v, "occurred_on"), (long long)r.aId[aIx[j]],
        web_tx(p, ENT_EVENT, v, "title"));
      if( page_int(ENT_EVENT, v, "source_id") ){
        html_printf(&p->body, " — ");
        page_link(p, ENT_SOURCE, page_int(ENT_EVENT, v, "source_id"));
      }
      html_printf(&p->body, "</li>\n");
    }
    html_printf(&p->body, "</ul>\n");
  }
  if( req_can(p, ACT_WRITE, ENT_EVENT) ){
    html_printf(&p->body, "<p class=\"actions\"><a class=\"button\" "
      "href=\"/new/event?indicator_id=%lld\">%h</a></p>\n",
      (long long)idInd, tr(p, "Record an event"));
  }
  html_printf(&p->body, "</section>\n");
}

/*
** PAGE: /goal/ID
** One goal; ?at=YYYY-MM-DD for its status on another day, ?obs=all for
** every observation instead of the latest.
*/
void page_goal(Req *p){
  int64_t id = req_item_or_reply(p, ENT_GOAL, req_path(p, 0));
  /* Fields the page shows elsewhere, and those a kind does not use. */
  static const char *const azSkipGrowth[] = {
    "title", "classification", "dialogue_id", "started_on", "achieved_on", 0
  };
  static const char *const azSkipLevel[] = {
    "title", "classification", "dialogue_id", "started_on", "achieved_on",
    "compounding", "period", 0
  };
  static const char *const azSkipCount[] = {
    "title", "classification", "dialogue_id", "started_on", "achieved_on",
    "compounding", "decrease", "baseline_period", "baseline_value", 0
  };
  static const char *const azSkipMilestone[] = {
    "title", "classification", "dialogue_id", "compounding", "decrease",
    "period", 0
  };
  const char *const *azSkip;
  const char *zKind;
  StatusConfig cfg;
  GoalStatus gs;
  Date at;
  int64_t idInd;
  const char *zObs = req_arg(p, "obs");
  Value *aG;
  if( id==0 ) return;
  at = page_at(p);
  if( store_item_get(p->pStore, ENT_GOAL, id, &p->arena, &aG) ){
    req_error(p, 404, ACC_NOTFOUND, "no goal %lld", (long long)id);
    return;
  }
  goalstat_config(p->pStore, web_int(ENT_GOAL, aG, "dialogue_id"), &cfg);
  goalstat_get(p->pStore, id, at, &cfg, &p->arena, &gs);
  page_begin(p, web_tx(p, ENT_GOAL, gs.aGoal, "title"));
  html_printf(&p->body, "<p class=\"crumbs\">");
  page_link(p, ENT_DIALOGUE, web_int(ENT_GOAL, aG, "dialogue_id"));
  html_printf(&p->body, " › ");
  page_link(p, ENT_AREA, web_int(ENT_GOAL, aG, "area_id"));
  if( web_int(ENT_GOAL, aG, "wg_id") ){
    html_printf(&p->body, " › ");
    page_link(p, ENT_WG, web_int(ENT_GOAL, aG, "wg_id"));
  }
  html_printf(&p->body, "</p>\n<h1>%h</h1>\n<p class=\"status-line\">",
              web_tx(p, ENT_GOAL, aG, "title"));
  web_status_badge(p, gs.res.eStatus);
  web_status_warning(p, &gs.res);
  html_printf(&p->body, " <span class=\"cls\">%h · %h</span> "
    "<span class=\"note\">%h</span></p>\n",
    page_enum_label(p, web_text(ENT_GOAL, aG, "kind")),
    tr(p, web_text(ENT_GOAL, aG, "classification")),
    page_day_in(p, tr(p, "as of %s"), at));
  html_printf(&p->body, "<p class=\"target\"><strong>%h</strong> %h</p>\n"
    "<p class=\"why\">%h</p>\n", tr(p, "Target:"),
    target_words(p, aG, gs.aIndicator),
    web_why(p, &gs.res, gs.aIndicator));
  status_figures(p, &gs);
  page_item_class(p, ENT_GOAL, aG);
  page_item_actions(p, ENT_GOAL, id);
  page_goal_chart(p, &gs, at);
  html_printf(&p->body, "<section aria-labelledby=\"details\">\n"
    "<h2 id=\"details\">%h</h2>\n", tr(p, "The goal"));
  zKind = web_text(ENT_GOAL, aG, "kind");
  azSkip = strcmp(zKind, "growth")==0 ? azSkipGrowth
         : strcmp(zKind, "level")==0 ? azSkipLevel
         : strcmp(zKind, "milestone")==0 ? azSkipMilestone : azSkipCount;
  page_fields_table(p, ENT_GOAL, aG, azSkip);
  html_printf(&p->body, "</section>\n");
  page_goal_life(p, id, aG, at);
  goal_benefits(p, id);
  page_goal_projects(p, id);
  goal_decisions(p, id);
  idInd = web_int(ENT_GOAL, aG, "indicator_id");
  if( idInd && gs.aIndicator && strncmp(zKind, "count_", 6)==0 ){
    goal_events(p, idInd);
  }
  if( idInd && gs.aIndicator ){
    html_printf(&p->body, "<section aria-labelledby=\"observations\">\n"
      "<h2 id=\"observations\">%h</h2>\n<p>%h <a href=\"/item/indicator/"
      "%lld\">%h</a>. %h</p>\n", tr(p, "Observations"),
      tr(p, "Indicator:"), (long long)idInd,
      web_tx(p, ENT_INDICATOR, gs.aIndicator, "name"),
      arena_printf(&p->arena, tr(p, "Unit: %s; one value per %s."),
        web_unit(p, gs.aIndicator), page_enum_label(p,
        web_text(ENT_INDICATOR, gs.aIndicator, "frequency"))));
    page_obs_table(p, idInd, zObs && strcmp(zObs, "all")==0 ? 0 : 24);
    html_printf(&p->body, "<p class=\"actions\"><a href=\"/goal/%lld?obs="
      "all#observations\">%h</a> ", (long long)id,
      tr(p, "Show every observation"));
    page_new_link(p, ENT_OBSERVATION, "indicator_id", idInd);
    html_printf(&p->body, "</p>\n</section>\n");
  }
  page_approvals(p, ENT_GOAL, id);
  page_history(p, ENT_GOAL, id);
  page_end(p);
}

int page_sign_fields(Req *p, SignReq *pR){
  memset(pR, 0, sizeof(*pR));
  pR->zHash = req_arg(p, "content_hash");
  pR->zPassword = req_arg(p, "password");
  if( pR->zHash==0 || pR->zHash[0]==0
   || pR->zPassword==0 || pR->zPassword[0]==0 ){
    req_error(p, 400, ACC_INVALID, "not approved: %s",
              pR->zHash==0 || pR->zHash[0]==0
              ? "content_hash: required, the hash of the version shown"
              : "password: required, to sign with your key");
    return 1;
  }
  return 0;
}

int page_approve_status(AccRc rc){
  return rc==ACC_INVALID ? 403 : rc==ACC_BUSY ? 503
         : rc==ACC_CONFLICT ? 409 : 400;
}

void page_approve_post(Req *p, int e){
  int64_t id = req_item_or_reply(p, e, req_path(p, 0));
  char zErr[400];
  SignReq r;
  AccRc rc;
  if( id==0 ) return;
  /* Who may approve is checked before the form's fields. */
  if( (rc = store_approver_check(p->pStore, e, id, &p->acc, zErr,
                                 sizeof(zErr)))!=0 ){
    req_error(p, rc==ACC_NOTFOUND ? 404 : 403, rc, "not approved: %s", zErr);
    return;
  }
  if( page_sign_fields(p, &r) ) return;
  store_set_actor(p->pStore, p->acc.zLogin);
  rc = store_approve(p->pStore, e, id, &p->acc, &r, zErr, sizeof(zErr));
  if( rc==ACC_CONFLICT && r.zNow[0] ){
    /* The item changed since the page was shown: say so, show the new
    ** version's page; nothing was approved. */
    req_error(p, 409, rc, "not approved: %s. Reload %s to see the new "
              "version and approve it.", zErr, page_url(p, e, id));
    return;
  }
  if( rc ){
    req_error(p, page_approve_status(rc), rc, "not approved: %s", zErr);
    return;
  }
  req_redirect(p, arena_printf(&p->arena, "%s#approvals",
                               page_url(p, e, id)));
}

void page_return_post(Req *p, int e){
  int64_t id = req_item_or_reply(p, e, req_path(p, 0));
  const char *zReason = req_arg(p, "reason");
  char zErr[400];
  AccRc rc;
  if( id==0 ) return;
  if( (rc = store_approver_check(p->pStore, e, id, &p->acc, zErr,
                                 sizeof(zErr)))!=0 ){
    req_error(p, rc==ACC_NOTFOUND ? 404 : 403, rc, "not returned: %s", zErr);
    return;
  }
  store_set_actor(p->pStore, p->acc.zLogin);
  rc = store_item_return(p->pStore, aEntity[e].zName, id, &p->acc, zReason,
                         zErr, sizeof(zErr));
  if( rc ){
    req_error(p, rc==ACC_INVALID && zReason && zReason[0] ? 403
              : rc==ACC_BUSY ? 503 : 400, rc, "not returned: %s", zErr);
    return;
  }
  req_redirect(p, arena_printf(&p->arena, "%s#approvals",
                               page_url(p, e, id)));
}

/*
** PAGE: POST /goal/ID/return
** A co-chair returns the goal for changes, with a reason (shown on its
** page).
*/
void page_goal_return(Req *p){
  page_return_post(p, ENT_GOAL);
}

/*
** PAGE: POST /document/ID/return
** A co-chair returns the document for changes, with a reason.
*/
void page_document_return(Req *p){
  page_return_post(p, ENT_DOCUMENT);
}

/*
** PAGE: POST /goal/ID/approve
** A co-chair approves the goal's current version for their party.
*/
void page_goal_approve(Req *p){
  page_approve_post(p, ENT_GOAL);
}

/*
** PAGE: POST /document/ID/approve
** A co-chair approves the document's current version for their party.
*/
void page_document_approve(Req *p){
  page_approve_post(p, ENT_DOCUMENT);
}

/*
** PAGE: POST /approve/KIND/ID
** A co-chair approves the current version of an item of any kind the
** public sees once every party approved it, for their party.
*/
void page_approve_item(Req *p){
  int e = page_path_entity(p);
  if( e<0 || !aEntity[e].bPublish ){
    req_error(p, 404, ACC_NOTFOUND, "no such kind of item");
    return;
  }
  page_approve_post(p, e);
}

/*
** PAGE: POST /observation/ID/prefer
** Mark an observation as the one that counts for its period, and unmark
** the others of the same indicator and period (as `accord prefer`), in
** one transaction; then go back to the page the form was on (next, a
** local path), or to the indicator's page.
*/
void page_obs_prefer(Req *p){
  int64_t id = req_item_or_reply(p, ENT_OBSERVATION, req_path(p, 0));
  const int e = ENT_OBSERVATION;
  Value *aVal;
  char zErr[300];
  AccRc rc;
  int64_t idInd;
  const char *zNext;
  if( id==0 ) return;
  if( req_deny_item(p, e, id, 0) ) return;
  store_item_get(p->pStore, e, id, &p->arena, &aVal);
  idInd = page_int(e, aVal, "indicator_id");
  store_set_actor(p->pStore, p->acc.zLogin);
  rc = store_obs_prefer(p->pStore, id, 0, zErr, sizeof(zErr));
  if( rc ){
    req_error(p, rc==ACC_BUSY ? 503 : 400, rc, "not changed: %s", zErr);
    return;
  }
  zNext = req_arg(p, "next");
  if( zNext==0 || zNext[0]!='/' || zNext[1]=='/'
   || zNext[strspn(zNext, "abcdefghijklmnopqrstuvwxyz0123456789/_-.#")] ){
    zNext = arena_printf(&p->arena, "/item/indicator/%lld",
                         (long long)idInd);
  }
  req_redirect(p, zNext);
}

/*
** PAGE: POST /return/KIND/ID
** A co-chair returns the current version of an item of any kind the
** public sees once every party approved it, with a reason.
*/
void page_return_item(Req *p){
  int e = page_path_entity(p);
  if( e<0 || !aEntity[e].bPublish ){
    req_error(p, 404, ACC_NOTFOUND, "no such kind of item");
    return;
  }
  page_return_post(p, e);
}
