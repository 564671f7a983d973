/*
** page_dash.c: the sections of the dialogue dashboard below the goals and
** the roadmap: upcoming meetings and deadlines, the top risks, data
** conflicts waiting for a decision, the latest observations, the areas
** with their working groups, and the meetings and documents.  Each
** section lists only what the store returns for the reader.
*/
#include "page.h"
#include "../store/planlife.h"

#include <stdlib.h>
#include <string.h>

#define UPCOMING_DAYS 180   /* how far ahead "upcoming" looks */
#define TOP_RISKS 5         /* risks on the dashboard */
#define LATEST_OBS 10       /* observations on the dashboard */

/* One dated event of the upcoming list: meetings, goal deadlines and
** roadmap steps of the next UPCOMING_DAYS days, and actions and risk
** reviews of that period or already past their date. */
typedef struct Event {
  Date d;
  const char *zWhat;    /* "Meeting", "Goal deadline", ... (translated) */
  int e;                /* the item */
  int64_t id;
  const char *zNote;    /* extra words, or NULL */
} Event;

/* A growing list of events in the request's arena. */
typedef struct EventList {
  Event *a;
  int n, nAlloc;
} EventList;

/* Add an event to the list. */
static void event_add(Req *p, EventList *pL, Date d, const char *zWhat,
                      int e, int64_t id, const char *zNote){
  if( pL->n>=pL->nAlloc ){
    int nNew = pL->nAlloc ? 2*pL->nAlloc : 32;
    Event *aNew = arena_alloc(&p->arena, sizeof(Event)*nNew);
    if( pL->n ) memcpy(aNew, pL->a, sizeof(Event)*pL->n);
    pL->a = aNew;
    pL->nAlloc = nNew;
  }
  pL->a[pL->n].d = d;
  pL->a[pL->n].zWhat = zWhat;
  pL->a[pL->n].e = e;
  pL->a[pL->n].id = id;
  pL->a[pL->n].zNote = zNote;
  pL->n++;
}

/* Order of events: by date, then by item id. */
static int event_cmp(const void *a, const void *b){
  const Event *x = a, *y = b;
  if( x->d!=y->d ) return x->d<y->d ? -1 : 1;
  return x->id<y->id ? -1 : x->id>y->id;
}

/* A PageKeepFn: an open risk with a review on or before *pArg (a Date,
** the end of the upcoming period). */
static int risk_review_due(void *pArg, int64_t id, const Value *aVal){
  Date d = page_date(ENT_RISK, aVal, "review_on");
  (void)id;
  return d!=DATE_NONE && d<=*(const Date*)pArg
      && strcmp(web_text(ENT_RISK, aVal, "state"), "open")==0;
}

void page_dash_upcoming(Req *p, int64_t idD, Date today){
  EventList L;
  PageRows r;
  Date dEnd = today + UPCOMING_DAYS, d;
  int i, k;
  memset(&L, 0, sizeof(L));
  page_rows_by(p, ENT_MEETING, "dialogue_id", idD, &r);
  for(i=0; i<r.n; i++){
    const char *zState = web_text(ENT_MEETING, r.aaVal[i], "state");
    PageRows dec;
    d = page_date(ENT_MEETING, r.aaVal[i], "held_on");
    if( d!=DATE_NONE && d>=today && d<=dEnd && strcmp(zState,
                                                      "cancelled")!=0 ){
      event_add(p, &L, d, tr(p, "Meeting"), ENT_MEETING, r.aId[i],
                page_text(ENT_MEETING, r.aaVal[i], "place"));
    }
    /* Actions that decisions of the meeting created. */
    page_rows_by(p, ENT_DECISION, "meeting_id", r.aId[i], &dec);
    for(k=0; k<dec.n; k++){
      d = page_date(ENT_DECISION, dec.aaVal[k], "due_on");
      if( d!=DATE_NONE && d<=dEnd
       && page_tx(p, ENT_DECISION, dec.aaVal[k], "action")
       && page_text(ENT_DECISION, dec.aaVal[k], "done_on")==0 ){
        /* Open actions past their date stay on the list. */
        event_add(p, &L, d, d<today ? tr(p, "Action overdue")
                  : tr(p, "Action due"), ENT_DECISION, dec.aId[k],
                  page_tx(p, ENT_DECISION, dec.aaVal[k], "action"));
      }
    }
  }
  page_rows_by(p, ENT_GOAL, "dialogue_id", idD, &r);
  for(i=0; i<r.n; i++){
    d = page_date(ENT_GOAL, r.aaVal[i], "deadline");
    if( d!=DATE_NONE && d>=today && d<=dEnd
     && page_text(ENT_GOAL, r.aaVal[i], "achieved_on")==0 ){
      event_add(p, &L, d, tr(p, "Goal deadline"), ENT_GOAL, r.aId[i], 0);
    }
  }
  /* A step done by `today`, as typed or as what fulfils it says (the
  ** roadmap's own reading, store_step_done()), is not upcoming. */
  page_rows_by(p, ENT_STEP, "dialogue_id", idD, &r);
  for(i=0; i<r.n; i++){
    d = page_date(ENT_STEP, r.aaVal[i], "planned_on");
    if( d!=DATE_NONE && d>=today && d<=dEnd
     && store_step_done(p->pStore, r.aId[i], r.aaVal[i], today,
                        &p->arena)==DATE_NONE ){
      event_add(p, &L, d, tr(p, "Roadmap step planned"), ENT_STEP, r.aId[i],
                page_tx(p, ENT_STEP, r.aaVal[i], "planned_label"));
    }
  }
  /* Only the risks that are on the list are copied: a register grows
  ** with every risk written, the list with the reviews due. */
  page_rows_where(p, ENT_RISK, "dialogue_id", idD, risk_review_due, &dEnd,
                  &r);
  for(i=0; i<r.n; i++){
    d = page_date(ENT_RISK, r.aaVal[i], "review_on");
    event_add(p, &L, d, d<today ? tr(p, "Risk review overdue")
              : tr(p, "Risk review"), ENT_RISK, r.aId[i], 0);
  }
  if( L.n>1 ) qsort(L.a, L.n, sizeof(Event), event_cmp);
  html_printf(&p->body, "<section aria-labelledby=\"upcoming\">\n"
    "<h2 id=\"upcoming\">%h</h2>\n", tr(p, "Upcoming meetings and "
    "deadlines, and open actions past their date"));
  if( L.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n", arena_printf(
      &p->arena, tr(p, "Nothing dated between %s and %s."),
      page_day(p, today), page_day(p, dEnd)));
  }else{
    html_printf(&p->body, "<div class=\"scroll\">"
      "<table>\n<caption>%h</caption>\n<thead><tr>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
      arena_printf(&p->arena, tr(p, "The next %d days, from %s"),
                   UPCOMING_DAYS, page_day_gen(p, today)),
      tr(p, "Date"), tr(p, "What"), tr(p, "Item"));
    for(i=0; i<L.n; i++){
      int bLate = L.a[i].d<today;
      html_printf(&p->body, "<tr%s><td>%h<br><span class=\"note\">%h</span>"
        "</td><td>%s%h%s</td><td>", bLate ? " class=\"late\"" : "",
        page_day(p, L.a[i].d), bLate
        ? arena_printf(&p->arena, tr(p, "%d days ago"), today - L.a[i].d)
        : L.a[i].d==today ? tr(p, "today")
        : arena_printf(&p->arena, tr(p, "in %d days"), L.a[i].d - today),
        bLate ? "<span class=\"st st-overdue\">" : "", L.a[i].zWhat,
        bLate ? "</span>" : "");
      page_link(p, L.a[i].e, L.a[i].id);
      if( L.a[i].zNote ){
        html_printf(&p->body, "<br><span class=\"note\">%h</span>",
                    L.a[i].zNote);
      }
      html_printf(&p->body, "</td></tr>\n");
    }
    html_printf(&p->body, "</tbody>\n</table></div>\n");
  }
  html_printf(&p->body, "</section>\n");
}

/* Order of risks: open first, then by severity, then by id. */
static int risk_cmp_idx(const void *a, const void *b, void *pArg){
  const PageRows *r = pArg;
  int x = *(const int*)a, y = *(const int*)b;
  int ox = strcmp(web_text(ENT_RISK, r->aaVal[x], "state"), "open")==0;
  int oy = strcmp(web_text(ENT_RISK, r->aaVal[y], "state"), "open")==0;
  int sx = page_risk_score(r->aaVal[x]), sy = page_risk_score(r->aaVal[y]);
  if( ox!=oy ) return oy - ox;
  if( sx!=sy ) return sy - sx;
  return r->aId[x]<r->aId[y] ? -1 : 1;
}

int *page_risk_order(Req *p, const PageRows *r){
  int *a = arena_alloc(&p->arena, sizeof(int)*(r->n ? r->n : 1)), i;
  for(i=0; i<r->n; i++) a[i] = i;
  if( r->n>1 ) qsort_r(a, r->n, sizeof(int), risk_cmp_idx, (void*)r);
  return a;
}

/* The severities of the TOP_RISKS first open risks in register order
** among those seen so far (page_risk_order(): highest first, then lower
** id), for top_risk_keep(). */
typedef struct TopRisks {
  int n;
  int aScore[TOP_RISKS];
} TopRisks;

/* A PageKeepFn: an open risk that is among the TOP_RISKS first seen so
** far.  Rows come in id order, so a later risk of the same severity comes
** after the earlier ones, and only a higher severity enters a full list.
** Each risk that enters it is copied; a full list's severities only rise
** (at most 9 each), so a few dozen copies at most, not the register. */
static int top_risk_keep(void *pArg, int64_t id, const Value *aVal){
  TopRisks *t = pArg;
  int s, i;
  (void)id;
  if( strcmp(web_text(ENT_RISK, aVal, "state"), "open")!=0 ) return 0;
  s = page_risk_score(aVal);
  if( t->n==TOP_RISKS && s<=t->aScore[TOP_RISKS-1] ) return 0;
  i = t->n<TOP_RISKS ? t->n++ : TOP_RISKS-1;
  for(; i>0 && t->aScore[i-1]<s; i--) t->aScore[i] = t->aScore[i-1];
  t->aScore[i] = s;
  return 1;
}

void page_dash_risks(Req *p, int64_t idD){
  PageRows r;
  TopRisks top;
  int *aOrder, i, nShown = 0;
  top.n = 0;
  page_rows_where(p, ENT_RISK, "dialogue_id", idD, top_risk_keep, &top, &r);
  aOrder = page_risk_order(p, &r);
  html_printf(&p->body, "<section aria-labelledby=\"risks\">\n"
    "<h2 id=\"risks\">%h</h2>\n", tr(p, "Top risks"));
  for(i=0; i<r.n && nShown<TOP_RISKS; i++){
    const Value *v = r.aaVal[aOrder[i]];
    int s = page_risk_score(v);
    if( strcmp(web_text(ENT_RISK, v, "state"), "open")!=0 ) continue;
    if( nShown==0 ){
      html_printf(&p->body, "<div class=\"scroll\">"
        "<table>\n<thead><tr><th scope=\"col\">%h</th>"
        "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
        "<th scope=\"col\" class=\"num\">%h</th><th scope=\"col\">%h</th>"
        "</tr></thead>\n<tbody>\n", tr(p, "Risk"), tr(p, "Likelihood"),
        tr(p, "Impact"), tr(p, "Severity"), tr(p, "Owner"));
    }
    nShown++;
    html_printf(&p->body, "<tr><td><a href=\"/item/risk/%lld\">%h</a></td>"
      "<td>%h</td><td>%h</td><td class=\"num\"><span class=\"sev sev-%d\">"
      "%d</span></td><td>", (long long)r.aId[aOrder[i]],
      web_tx(p, ENT_RISK, v, "description"),
      page_enum_label(p, web_text(ENT_RISK, v, "likelihood")),
      page_enum_label(p, web_text(ENT_RISK, v, "impact")),
      s>=6 ? 3 : s>=3 ? 2 : 1, s);
    page_link(p, ENT_PERSON, page_int(ENT_RISK, v, "owner_id"));
    html_printf(&p->body, "</td></tr>\n");
  }
  if( nShown ){
    html_printf(&p->body, "</tbody>\n</table></div>\n");
  }else{
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No open risks you may see."));
  }
  html_printf(&p->body, "<p><a href=\"/dialogue/%lld/risks\">%h</a> ",
    (long long)idD, tr(p, "The whole risk register"));
  page_new_link(p, ENT_RISK, "dialogue_id", idD);
  html_printf(&p->body, "</p>\n</section>\n");
}

void page_dash_conflicts(Req *p, int64_t idD){
  PageRows ind;
  int i, j, k, nConflict = 0;
  int bWrite = req_can(p, ACT_WRITE, ENT_OBSERVATION);
  page_rows_by(p, ENT_INDICATOR, "dialogue_id", idD, &ind);
  html_printf(&p->body, "<section aria-labelledby=\"conflicts\">\n"
    "<h2 id=\"conflicts\">%h</h2>\n", tr(p, "Data conflicts waiting for a "
    "decision"));
  for(i=0; i<ind.n; i++){
    int n;
    PageObs *a = page_obs_some(p, ind.aId[i], 0, &n);
    for(j=0; j<n; j=k){
      for(k=j; k<n && strcmp(a[k].zPeriod, a[j].zPeriod)==0; k++){}
      if( !a[j].bConflict ) continue;
      if( nConflict++==0 ){
        html_printf(&p->body, "<ul class=\"conflicts\">\n");
      }
      html_printf(&p->body, "<li><a href=\"/item/indicator/%lld\">%h</a>, "
        "%h: %h%h<ul>\n", (long long)ind.aId[i],
        web_tx(p, ENT_INDICATOR, ind.aaVal[i], "name"),
        page_period_text(p, a[j].zPeriod),
        arena_printf(&p->arena, tr(p, "%d values disagree"), k-j),
        a[j].bReopened ? tr(p, " (the owner's choice was reopened by a "
                               "later value)") : "");
      for(; j<k; j++){
        const char *zSrc = a[j].iSource
          ? page_label(p, ENT_SOURCE, a[j].iSource) : 0;
        html_printf(&p->body, "<li><strong>%h</strong> %h — %h",
          page_num(p, a[j].r), web_unit(p, ind.aaVal[i]),
          zSrc ? zSrc : tr(p, "no source"));
        if( bWrite ){
          html_printf(&p->body, " <form method=\"post\" action=\"/"
            "observation/%lld/prefer\" class=\"inline-form\"><input "
            "type=\"hidden\" name=\"csrf\" value=\"%h\"><input "
            "type=\"hidden\" name=\"next\" value=\"/dialogue/%lld#"
            "conflicts\"><button type=\"submit\" class=\"small\">%h"
            "</button></form>", (long long)a[j].id, p->zCsrf,
            (long long)idD, tr(p, "Count this one"));
        }
        html_printf(&p->body, "</li>\n");
      }
      html_printf(&p->body, "</ul></li>\n");
    }
  }
  if( nConflict ){
    html_printf(&p->body, "</ul>\n<p class=\"note\">%h</p>\n",
      tr(p, "Both values are kept. Until the indicator's owner marks the "
            "one that counts or names the source of record, each source's "
            "series is judged on its own, and a goal whose verdicts differ "
            "reads Sources disagree."));
  }else{
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No unresolved conflicts."));
  }
  html_printf(&p->body, "</section>\n");
}

/* One observation of the latest list. */
typedef struct LatestObs {
  PageObs o;
  int iInd;     /* index in the indicator rows */
} LatestObs;

/* Order of the latest list: newest entry (largest id) first. */
static int latest_cmp(const void *a, const void *b){
  const LatestObs *x = a, *y = b;
  return x->o.id<y->o.id ? 1 : x->o.id>y->o.id ? -1 : 0;
}

void page_dash_latest(Req *p, int64_t idD){
  PageRows ind;
  LatestObs *aAll = 0;
  int i, j, nAll = 0, nAlloc = 0;
  page_rows_by(p, ENT_INDICATOR, "dialogue_id", idD, &ind);
  for(i=0; i<ind.n; i++){
    int n;
    /* The newest LATEST_OBS of each indicator hold the newest of all. */
    PageObs *a = page_obs_some(p, ind.aId[i], LATEST_OBS, &n);
    for(j=0; j<n; j++){
      if( nAll>=nAlloc ){
        nAlloc = nAlloc ? 2*nAlloc : 256;
        aAll = acc_realloc(aAll, sizeof(LatestObs)*nAlloc);
      }
      aAll[nAll].o = a[j];
      aAll[nAll].iInd = i;
      nAll++;
    }
  }
  if( nAll>1 ) qsort(aAll, nAll, sizeof(LatestObs), latest_cmp);
  html_printf(&p->body, "<section aria-labelledby=\"latest\">\n"
    "<h2 id=\"latest\">%h</h2>\n", tr(p, "Latest observations"));
  if( nAll==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No observations you may see."));
  }else{
    html_printf(&p->body, "<div class=\"scroll\">"
      "<table>\n<thead><tr><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\" class=\"num\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n"
      "<tbody>\n", tr(p, "Indicator"), tr(p, "Period"), tr(p, "Value"),
      tr(p, "Source"), tr(p, "Entered"));
    for(i=0; i<nAll && i<LATEST_OBS; i++){
      const LatestObs *l = &aAll[i];
      const Value *aI = ind.aaVal[l->iInd];
      html_printf(&p->body, "<tr><td><a href=\"/item/indicator/%lld\">%h"
        "</a></td><td><a href=\"/item/observation/%lld\">%h</a></td>"
        "<td class=\"num\">%h <span class=\"note\">%h</span>%s</td><td>",
        (long long)ind.aId[l->iInd], web_tx(p, ENT_INDICATOR, aI, "name"),
        (long long)l->o.id, page_period_text(p, l->o.zPeriod),
        page_num(p, l->o.r),
        web_unit(p, aI),
        l->o.bConflict ? " <span class=\"flag conflict\">⚠</span>" : "");
      page_link(p, ENT_SOURCE, l->o.iSource);
      html_printf(&p->body, "</td><td>%h<br><span class=\"note\">%h</span>"
        "</td></tr>\n", l->o.zBy ? l->o.zBy : "",
        page_time(p, l->o.zAt));
    }
    html_printf(&p->body, "</tbody>\n</table></div>\n");
  }
  html_printf(&p->body, "</section>\n");
  free(aAll);
}

void page_dash_groups(Req *p, int64_t idD){
  PageRows areas, wgs;
  int i, j;
  const char *zSet = 0;
  page_rows_by(p, ENT_AREA, "dialogue_id", idD, &areas);
  page_rows_by(p, ENT_WG, "dialogue_id", idD, &wgs);
  html_printf(&p->body, "<section aria-labelledby=\"groups\">\n"
    "<h2 id=\"groups\">%h</h2>\n", tr(p, "Framework areas and working "
    "groups"));
  for(i=0; i<areas.n; i++){
    const char *zThis = web_text(ENT_AREA, areas.aaVal[i], "area_set");
    int n = 0;
    if( zSet==0 || strcmp(zSet, zThis)!=0 ){
      if( zSet ) html_printf(&p->body, "</ul>\n");
      html_printf(&p->body, "<h3>%h</h3>\n<ul class=\"areas\">\n",
        arena_printf(&p->arena, tr(p, "Areas of the %s"), zThis));
      zSet = zThis;
    }
    html_printf(&p->body, "<li><a href=\"/area/%lld\">%h</a>",
      (long long)areas.aId[i], web_name(p, ENT_AREA, areas.aaVal[i]));
    for(j=0; j<wgs.n; j++){
      if( page_int(ENT_WG, wgs.aaVal[j], "area_id")!=areas.aId[i] ) continue;
      html_printf(&p->body, "%s<a href=\"/wg/%lld\">%h</a>",
        n++ ? ", " : " — ", (long long)wgs.aId[j],
        web_tx(p, ENT_WG, wgs.aaVal[j], "name"));
    }
    html_printf(&p->body, "</li>\n");
  }
  if( zSet ) html_printf(&p->body, "</ul>\n");
  if( areas.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No framework areas yet."));
  }
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_AREA, "dialogue_id", idD);
  page_new_link(p, ENT_WG, "dialogue_id", idD);
  html_printf(&p->body, "</p>\n</section>\n");
}

void page_dash_meetings(Req *p, int64_t idD){
  PageRows m, d;
  int i;
  page_rows_by(p, ENT_MEETING, "dialogue_id", idD, &m);
  page_rows_by(p, ENT_DOCUMENT, "dialogue_id", idD, &d);
  html_printf(&p->body, "<section aria-labelledby=\"meetings\">\n"
    "<h2 id=\"meetings\">%h</h2>\n", tr(p, "Meetings and documents"));
  if( m.n ){
    html_printf(&p->body, "<div class=\"scroll\">"
      "<table>\n<caption>%h</caption>\n<thead><tr>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n"
      "<tbody>\n", tr(p, "Meetings"), tr(p, "Date"), tr(p, "Meeting"),
      tr(p, "Kind"), tr(p, "State"));
    for(i=0; i<m.n; i++){
      const Value *v = m.aaVal[i];
      html_printf(&p->body, "<tr><td>%h</td><td><a href=\"/meeting/%lld\">"
        "%h</a></td><td>%h</td><td>%h</td></tr>\n",
        page_date_text(p, web_text(ENT_MEETING, v, "held_on")), (long long)m.aId[i],
        web_tx(p, ENT_MEETING, v, "title"),
        page_enum_label(p, web_text(ENT_MEETING, v, "kind")),
        page_enum_label(p, web_text(ENT_MEETING, v, "state")));
    }
    html_printf(&p->body, "</tbody>\n</table></div>\n");
  }
  if( d.n ){
    html_printf(&p->body, "<div class=\"scroll\">"
      "<table>\n<caption>%h</caption>\n<thead><tr>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n"
      "<tbody>\n", tr(p, "Documents"), tr(p, "Issued"), tr(p, "Document"),
      tr(p, "Kind"), tr(p, "State"));
    for(i=0; i<d.n; i++){
      const Value *v = d.aaVal[i];
      html_printf(&p->body, "<tr><td>%h</td><td><a href=\"/document/%lld\">"
        "%h</a></td><td>%h</td><td>%h</td></tr>\n",
        page_date_text(p, web_text(ENT_DOCUMENT, v, "issued_on")), (long long)d.aId[i],
        web_tx(p, ENT_DOCUMENT, v, "title"),
        page_enum_label(p, web_text(ENT_DOCUMENT, v, "kind")),
        page_enum_label(p, web_text(ENT_DOCUMENT, v, "state")));
    }
    html_printf(&p->body, "</tbody>\n</table></div>\n");
  }
  if( m.n==0 && d.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No meetings or documents you may see."));
  }
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_MEETING, "dialogue_id", idD);
  page_new_link(p, ENT_DOCUMENT, "dialogue_id", idD);
  html_printf(&p->body, "</p>\n</section>\n");
}

/* Values of the dashboard's filter and sort parameters (page_route.c
** declares them as FT_ENUM, so http.c answers 400 for any other).  The
** statuses are azStatusName with its NULL. */
const char *const azDashStatus[STATUS__MAX + 1] = {
  "overdue", "off_track", "at_risk", "on_track", "achieved",
  "not_started", "no_data", "disputed", 0
};
const char *const azDashDeadline[DASH_DL__MAX + 1] = {
  "any", "passed", "next-90-days", "next-year", "none", 0
};
const char *const azDashSort[DASH_SORT__MAX + 1] = {
  "area", "deadline", "status", "title", 0
};

/* Fail at start-up (acc_fatal) if azDashStatus is not azStatusName. */
static void dash_status_check(void) __attribute__((constructor));
static void dash_status_check(void){
  int i;
  for(i=0; i<STATUS__MAX; i++){
    if( azDashStatus[i]==0 || strcmp(azDashStatus[i], azStatusName[i]) ){
      acc_fatal("azDashStatus[%d] is not the status %s", i, azStatusName[i]);
    }
  }
}

/* Resolve reference parameter zName (an id or a code) to an item of
** entity e of dialogue idD, into *pId (0 if the parameter is absent).
** On failure replies 400 naming the parameter and returns -1. */
int page_filter_ref_or_reply(Req *p, const char *zName, int e, int64_t idD,
                             int64_t *pId){
  const char *z = req_arg(p, zName);
  Value v, *aVal;
  char zErr[200];
  *pId = 0;
  if( z==0 ) return 0;
  memset(&v, 0, sizeof(v));
  v.eType = VAL_TEXT;
  v.z = z;
  if( strspn(z, "0123456789")==strlen(z) ){
    v.eType = VAL_INT;
    v.i = strtoll(z, 0, 10);
  }
  if( store_ref_resolve(p->pStore, e, &v, zErr, sizeof(zErr))
   || store_item_get(p->pStore, e, v.i, &p->arena, &aVal) ){
    req_error(p, 400, ACC_INVALID, "%s: no %s \"%s\"", zName,
              aEntity[e].zTitle, z);
    return -1;
  }
  /* Areas and groups belong to a dialogue: only this one's filter it. */
  if( aEntity[e].iDialogue>=0 && aVal[aEntity[e].iDialogue].eType==VAL_INT
   && aVal[aEntity[e].iDialogue].i!=idD ){
    req_error(p, 400, ACC_INVALID, "%s: the %s \"%s\" is not of this "
              "dialogue", zName, aEntity[e].zTitle, z);
    return -1;
  }
  *pId = v.i;
  return 0;
}

int page_dash_filter_or_reply(Req *p, int64_t idD, DashFilter *pF){
  const char *z;
  memset(pF, 0, sizeof(*pF));
  pF->eStatus = -1;
  if( (z = req_arg(p, "status"))!=0 ){
    pF->eStatus = model_enum_find(azDashStatus, z);
  }
  if( (z = req_arg(p, "deadline"))!=0 ){
    pF->eDeadline = model_enum_find(azDashDeadline, z);
  }
  if( (z = req_arg(p, "sort"))!=0 ) pF->eSort = model_enum_find(azDashSort, z);
  /* http.c checked the names of the enums; never trust it blindly. */
  if( pF->eDeadline<0 ) pF->eDeadline = DASH_DL_ANY;
  if( pF->eSort<0 ) pF->eSort = DASH_SORT_AREA;
  if( page_filter_ref_or_reply(p, "area", ENT_AREA, idD, &pF->idArea)
   || page_filter_ref_or_reply(p, "wg", ENT_WG, idD, &pF->idWg)
   || page_filter_ref_or_reply(p, "owner", ENT_PERSON, idD, &pF->idOwner) ){
    return -1;
  }
  pF->bActive = pF->eStatus>=0 || pF->idArea || pF->idWg || pF->idOwner
             || pF->eDeadline!=DASH_DL_ANY;
  return 0;
}

int page_dash_filter_match(const DashFilter *pF, const GoalStatus *g,
                           Date at){
  Date d = page_date(ENT_GOAL, g->aGoal, "deadline");
  if( pF->eStatus>=0 && (int)g->res.eStatus!=pF->eStatus ) return 0;
  if( pF->idArea && page_int(ENT_GOAL, g->aGoal, "area_id")!=pF->idArea ){
    return 0;
  }
  if( pF->idWg && page_int(ENT_GOAL, g->aGoal, "wg_id")!=pF->idWg ){
    return 0;
  }
  if( pF->idOwner && page_int(ENT_GOAL, g->aGoal, "owner_id")!=pF->idOwner ){
    return 0;
  }
  switch( pF->eDeadline ){
    case DASH_DL_PASSED: return d!=DATE_NONE && d<at;
    case DASH_DL_90:     return d!=DATE_NONE && d>=at && d<=at+90;
    case DASH_DL_YEAR:   return d!=DATE_NONE && d>=at && d<=at+365;
    case DASH_DL_NONE:   return d==DATE_NONE;
  }
  return 1;
}

/* A <select> of the items of entity e of dialogue idD (the people of
** its parties for ENT_PERSON), with "any" first. */
void page_filter_select(Req *p, const char *zName, const char *zLabel,
                        int e, int64_t idD, int64_t iCur){
  PageRows r;
  int i;
  html_printf(&p->body, "<label>%h <select name=\"%h\">"
    "<option value=\"\">%h</option>", zLabel, zName, tr(p, "any"));
  if( e==ENT_PERSON ){
    PageRows parties;
    int k;
    page_rows_by(p, ENT_PARTY, "dialogue_id", idD, &parties);
    for(k=0; k<parties.n; k++){
      page_rows_by(p, ENT_PERSON, "party_id", parties.aId[k], &r);
      for(i=0; i<r.n; i++){
        html_printf(&p->body, "<option value=\"%lld\"%s>%h</option>",
          (long long)r.aId[i], r.aId[i]==iCur ? " selected" : "",
          web_tx(p, ENT_PERSON, r.aaVal[i], "name"));
      }
    }
  }else{
    page_rows_by(p, e, "dialogue_id", idD, &r);
    for(i=0; i<r.n; i++){
      html_printf(&p->body, "<option value=\"%lld\"%s>%h</option>",
        (long long)r.aId[i], r.aId[i]==iCur ? " selected" : "",
        web_name(p, e, r.aaVal[i]));
    }
  }
  html_printf(&p->body, "</select></label>\n");
}

void page_dash_filter_form(Req *p, int64_t idD, const DashFilter *pF){
  const char *const azDlLabel[DASH_DL__MAX] = {
    tr(p, "any"), tr(p, "passed"), tr(p, "in the next 90 days"),
    tr(p, "in the next year"), tr(p, "none set")
  };
  const char *const azSortLabel[DASH_SORT__MAX] = {
    tr(p, "framework area"), tr(p, "deadline"), tr(p, "status"),
    tr(p, "title")
  };
  const char *zAt = req_arg(p, "at");
  int i;
  html_printf(&p->body, "<form method=\"get\" action=\"/dialogue/%lld\" "
    "class=\"filters\" id=\"filters\">\n<fieldset><legend>%h</legend>\n",
    (long long)idD, tr(p, "Show goals"));
  if( zAt ){
    html_printf(&p->body, "<input type=\"hidden\" name=\"at\" value=\"%h\">",
                zAt);
  }
  html_printf(&p->body, "<label>%h <select name=\"status\">"
    "<option value=\"\">%h</option>", tr(p, "Status"), tr(p, "any"));
  for(i=0; i<STATUS__MAX; i++){
    html_printf(&p->body, "<option value=\"%h\"%s>%h</option>",
      azDashStatus[i], i==pF->eStatus ? " selected" : "",
      tr(p, azStatusLabel[i]));
  }
  html_printf(&p->body, "</select></label>\n");
  page_filter_select(p, "area", tr(p, "Area"), ENT_AREA, idD, pF->idArea);
  page_filter_select(p, "wg", tr(p, "Working group"), ENT_WG, idD, pF->idWg);
  page_filter_select(p, "owner", tr(p, "Owner"), ENT_PERSON, idD, pF->idOwner);
  html_printf(&p->body, "<label>%h <select name=\"deadline\">",
              tr(p, "Deadline"));
  for(i=0; i<DASH_DL__MAX; i++){
    html_printf(&p->body, "<option value=\"%h\"%s>%h</option>",
      azDashDeadline[i], i==pF->eDeadline ? " selected" : "",
      azDlLabel[i]);
  }
  html_printf(&p->body, "</select></label>\n<label>%h <select name=\"sort\">",
              tr(p, "Sort by"));
  for(i=0; i<DASH_SORT__MAX; i++){
    html_printf(&p->body, "<option value=\"%h\"%s>%h</option>",
      azDashSort[i], i==pF->eSort ? " selected" : "",
      azSortLabel[i]);
  }
  html_printf(&p->body, "</select></label>\n<button type=\"submit\">%h"
    "</button>\n", tr(p, "Apply"));
  if( pF->bActive || pF->eSort!=DASH_SORT_AREA ){
    html_printf(&p->body, "<a href=\"/dialogue/%lld#goals\">%h</a>\n",
                (long long)idD, tr(p, "Clear"));
  }
  html_printf(&p->body, "</fieldset>\n</form>\n");
}
