/*
** page_home.c: each person's home page (/home), where a logged-in reader
** lands: their working groups with the groups' goals by status and last
** contact, their actions due and overdue, the data due for the
** indicators they report, for a co-chair the items waiting for their
** party's approval, and what changed since their last visit.
**
** The person an account is comes from the account's link to a person
** record (`accord user set LOGIN --person CODE`, /admin/user/LOGIN): a
** person's groups are their seats (kind member, co-lead or member) and
** the groups the account holds a grant for (wg-lead's), their
** actions those of the decisions, risks and goals they own (roadmap steps
** have no owner), the indicators they report
** those they own or whose goal they own.  Everything is read through the
** store, for the reader: nothing here decides visibility.  The page is
** one account's, so it is never cached (http.c).
*/
#include "page.h"
#include "i18n.h"
#include "../store/home.h"

#include <stdlib.h>
#include <string.h>

#define HOME_CHANGES 30     /* items listed under "what changed" */

/* A day relative to today, for people: "today", "12 days ago", "in 3
** days".  In p's arena. */
const char *page_ago(Req *p, Date d, Date today){
  if( d==today ) return tr(p, "today");
  if( d<today ){
    return arena_printf(&p->arena, tr(p, "%d days ago"), (int)(today - d));
  }
  return arena_printf(&p->arena, tr(p, "in %d days"), (int)(d - today));
}

/* A date written out in the reader's language: "6 December 2026",
** "6. decembar 2026." (page_day()).  "" for DATE_NONE.  In p's arena. */
const char *page_date_long(Req *p, Date d){
  return page_day(p, d);
}

/* State of last_contact_cb(). */
typedef struct LastContact {
  Date d;
  int64_t id;
} LastContact;

static int last_contact_cb(void *pArg, int64_t id, const Value *aVal){
  LastContact *c = pArg;
  Date d = page_date(ENT_WG_LOG, aVal, "held_on");
  if( d!=DATE_NONE && (c->d==DATE_NONE || d>c->d) ){
    c->d = d;
    c->id = id;
  }
  return 0;
}

void page_wg_last_contact(Req *p, int64_t idWg, Date today){
  LastContact c;
  int iField = model_field_find(ENT_WG_LOG, "wg_id");
  memset(&c, 0, sizeof(c));
  c.d = DATE_NONE;
  store_item_each(p->pStore, ENT_WG_LOG, iField, idWg, last_contact_cb, &c);
  if( c.d==DATE_NONE ){
    html_printf(&p->body, "<p class=\"contact note\">%h</p>\n",
                tr(p, "No contact you may see is recorded."));
    return;
  }
  html_printf(&p->body, "<p class=\"contact\"><strong>%h</strong> "
    "<a href=\"%h\">%h</a> <span class=\"note\">(%h)</span></p>\n",
    tr(p, "Last contact:"), page_url(p, ENT_WG_LOG, c.id),
    page_ago(p, c.d, today), page_date_long(p, c.d));
}

/* An empty section's one line. */
static void home_empty(Req *p, const char *zMsg){
  html_printf(&p->body, "<p class=\"note empty\">%h</p>\n", zMsg);
}

/* Order of goals on the home page: worst status first, then by id. */
static int goal_cmp(const void *a, const void *b){
  const GoalStatus *x = *(const GoalStatus *const*)a;
  const GoalStatus *y = *(const GoalStatus *const*)b;
  if( x->res.eStatus!=y->res.eStatus ){
    return (int)x->res.eStatus - (int)y->res.eStatus;
  }
  return x->id<y->id ? -1 : x->id>y->id;
}

/* One working group: its last contact and its goals by status. */
static void home_group(Req *p, int64_t idWg, const Value *aW,
                       const char *zRole, Date today){
  GoalStatus *aG, **apMine;
  int nG, n = 0, i, aCount[STATUS__MAX];
  int64_t idD = page_int(ENT_WG, aW, "dialogue_id");
  html_printf(&p->body, "<h3><a href=\"/wg/%lld\">%h</a> "
    "<span class=\"cls\">%h</span></h3>\n", (long long)idWg,
    web_tx(p, ENT_WG, aW, "name"), tr(p, zRole));
  page_wg_last_contact(p, idWg, today);
  goalstat_dialogue(p->pStore, idD, today, &p->arena, &aG, &nG);
  apMine = arena_alloc(&p->arena, sizeof(GoalStatus*)*(nG ? nG : 1));
  memset(aCount, 0, sizeof(aCount));
  for(i=0; i<nG; i++){
    if( page_int(ENT_GOAL, aG[i].aGoal, "wg_id")!=idWg ) continue;
    apMine[n++] = &aG[i];
    aCount[aG[i].res.eStatus]++;
  }
  if( n==0 ){
    home_empty(p, tr(p, "No goals of this group you may see."));
  }else{
    qsort(apMine, n, sizeof(apMine[0]), goal_cmp);
    html_printf(&p->body, "<p>");
    for(i=0; i<STATUS__MAX; i++){
      if( aCount[i]==0 ) continue;
      html_printf(&p->body, "<span class=\"st st-%s\">%d %h</span> ",
                  azStatusName[i], aCount[i], tr(p, azStatusLabel[i]));
    }
    html_printf(&p->body, "</p>\n<ul class=\"goals\">\n");
    for(i=0; i<n; i++){
      html_printf(&p->body, "<li><a href=\"/goal/%lld\">%h</a> ",
        (long long)apMine[i]->id,
        web_tx(p, ENT_GOAL, apMine[i]->aGoal, "title"));
      web_status_badge(p, apMine[i]->res.eStatus);
      html_printf(&p->body, "</li>\n");
    }
    html_printf(&p->body, "</ul>\n");
  }
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_WG_LOG, "wg_id", idWg);
  html_printf(&p->body, "</p>\n");
}

/* My working groups: the person's seats, and the groups the account
** holds a grant for (a lead's or member's scope, grant.c). */
static void home_groups(Req *p, int64_t idPerson, Date today){
  PageRows m;
  int i, k, n = 0;
  int64_t aSeen[ACCOUNT_GRANT_MAX*2];
  int nSeen = 0;
  html_printf(&p->body, "<section aria-labelledby=\"groups\">\n"
    "<h2 id=\"groups\">%h</h2>\n", tr(p, "My working groups"));
  if( idPerson ){
    page_rows_by(p, ENT_WG_MEMBER, "person_id", idPerson, &m);
    for(i=0; i<m.n; i++){
      int64_t idWg = page_int(ENT_WG_MEMBER, m.aaVal[i], "wg_id");
      Value *aW;
      if( idWg==0
       || store_item_get(p->pStore, ENT_WG, idWg, &p->arena, &aW) ){
        continue;
      }
      home_group(p, idWg, aW, web_text(ENT_WG_MEMBER, m.aaVal[i], "role"),
                 today);
      if( nSeen<(int)(sizeof(aSeen)/sizeof(aSeen[0])) ) aSeen[nSeen++] = idWg;
      n++;
    }
  }
  for(i=0; i<p->acc.nGrant; i++){
    const AccGrant *g = &p->acc.aGrant[i];
    Value *aW;
    for(k=0; k<nSeen && aSeen[k]!=g->iWg; k++){}
    if( g->iWg==0 || k<nSeen
     || store_item_get(p->pStore, ENT_WG, g->iWg, &p->arena, &aW) ){
      continue;
    }
    home_group(p, g->iWg, aW, azRoleLabel[g->eRole], today);
    if( nSeen<(int)(sizeof(aSeen)/sizeof(aSeen[0])) ) aSeen[nSeen++] = g->iWg;
    n++;
  }
  if( n==0 ) home_empty(p, tr(p, "You are in no working group."));
  html_printf(&p->body, "</section>\n");
}

/* One open action of the person. */
typedef struct HomeAction {
  Date d;                /* due, or DATE_NONE */
  const char *zWhat;     /* "Action", "Risk review" (translated) */
  const char *zText;     /* what is to be done */
  int e;
  int64_t id;
} HomeAction;

/* Due first, the earliest first; undated last; then by id. */
static int action_cmp(const void *a, const void *b){
  const HomeAction *x = a, *y = b;
  if( x->d!=y->d ){
    if( x->d==DATE_NONE ) return 1;
    if( y->d==DATE_NONE ) return -1;
    return x->d<y->d ? -1 : 1;
  }
  return x->id<y->id ? -1 : x->id>y->id;
}

/* My actions due and overdue: actions of decisions the person owns that
** are not done, reviews of open risks they own, and deadlines of goals
** they answer for that are not achieved.  (Roadmap steps have no
** owner.) */
static void home_actions(Req *p, int64_t idPerson, Date today){
  PageRows dec, risk, goal;
  HomeAction *a;
  int i, n = 0;
  html_printf(&p->body, "<section aria-labelledby=\"actions\">\n"
    "<h2 id=\"actions\">%h</h2>\n", tr(p, "My actions"));
  memset(&dec, 0, sizeof(dec));
  memset(&risk, 0, sizeof(risk));
  memset(&goal, 0, sizeof(goal));
  if( idPerson ){
    page_rows_by(p, ENT_DECISION, "owner_id", idPerson, &dec);
    page_rows_by(p, ENT_RISK, "owner_id", idPerson, &risk);
    page_rows_by(p, ENT_GOAL, "owner_id", idPerson, &goal);
  }
  a = arena_alloc(&p->arena,
                  sizeof(HomeAction)*(dec.n + risk.n + goal.n + 1));
  for(i=0; i<goal.n; i++){
    StatusConfig cfg;
    GoalStatus gs;
    a[n].d = page_date(ENT_GOAL, goal.aaVal[i], "deadline");
    if( a[n].d==DATE_NONE ) continue;
    goalstat_config(p->pStore, page_int(ENT_GOAL, goal.aaVal[i],
                    "dialogue_id"), &cfg);
    if( goalstat_get(p->pStore, goal.aId[i], today, &cfg, &p->arena, &gs)
     || gs.res.eStatus==STATUS_ACHIEVED ){
      continue;
    }
    a[n].zWhat = tr(p, "Goal deadline");
    a[n].zText = web_tx(p, ENT_GOAL, goal.aaVal[i], "title");
    a[n].e = ENT_GOAL;
    a[n].id = goal.aId[i];
    n++;
  }
  for(i=0; i<dec.n; i++){
    const char *zAction = page_tx(p, ENT_DECISION, dec.aaVal[i], "action");
    if( page_text(ENT_DECISION, dec.aaVal[i], "done_on") ) continue;
    a[n].d = page_date(ENT_DECISION, dec.aaVal[i], "due_on");
    a[n].zWhat = tr(p, "Action");
    a[n].zText = zAction ? zAction
                 : web_tx(p, ENT_DECISION, dec.aaVal[i], "text");
    a[n].e = ENT_DECISION;
    a[n].id = dec.aId[i];
    n++;
  }
  for(i=0; i<risk.n; i++){
    if( strcmp(web_text(ENT_RISK, risk.aaVal[i], "state"), "open")!=0 ){
      continue;
    }
    a[n].d = page_date(ENT_RISK, risk.aaVal[i], "review_on");
    if( a[n].d==DATE_NONE ) continue;
    a[n].zWhat = tr(p, "Risk review");
    a[n].zText = web_tx(p, ENT_RISK, risk.aaVal[i], "description");
    a[n].e = ENT_RISK;
    a[n].id = risk.aId[i];
    n++;
  }
  if( n==0 ){
    home_empty(p, tr(p, "No actions due."));
    html_printf(&p->body, "</section>\n");
    return;
  }
  qsort(a, n, sizeof(a[0]), action_cmp);
  html_printf(&p->body, "<div class=\"scroll\">"
    "<table>\n<thead><tr><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n", tr(p, "Due"),
    tr(p, "Kind"), tr(p, "What"), tr(p, "State"));
  for(i=0; i<n; i++){
    const char *zState;
    if( a[i].d==DATE_NONE ){
      zState = tr(p, "no due date set");
    }else if( a[i].d<today ){
      zState = arena_printf(&p->arena, tr(p, "overdue by %d days"),
                            (int)(today - a[i].d));
    }else{
      zState = page_ago(p, a[i].d, today);
    }
    html_printf(&p->body, "<tr class=\"%s\"><td class=\"when\">%h</td>"
      "<td>%h</td><td><a href=\"%h\">%h</a></td><td>%h</td></tr>\n",
      a[i].d!=DATE_NONE && a[i].d<today ? "overdue" : "due",
      page_date_long(p, a[i].d), a[i].zWhat, page_url(p, a[i].e, a[i].id),
      a[i].zText, zState);
  }
  html_printf(&p->body, "</tbody>\n</table></div>\n</section>\n");
}

/* The indicators the person reports: those they own and those of the
** goals they own, into *pIds (the caller frees pIds->a). */
static void home_indicators(Req *p, int64_t idPerson, IdList *pIds){
  PageRows ind, goal;
  int i, k;
  memset(&ind, 0, sizeof(ind));
  memset(&goal, 0, sizeof(goal));
  if( idPerson ){
    page_rows_by(p, ENT_INDICATOR, "owner_id", idPerson, &ind);
    page_rows_by(p, ENT_GOAL, "owner_id", idPerson, &goal);
  }
  for(i=0; i<ind.n; i++) idlist_add(pIds, ind.aId[i]);
  for(i=0; i<goal.n; i++){
    int64_t idInd = page_int(ENT_GOAL, goal.aaVal[i], "indicator_id");
    for(k=0; k<pIds->n && pIds->a[k]!=idInd; k++){}
    if( idInd && k==pIds->n ) idlist_add(pIds, idInd);
  }
}

/* The short name of source id for the list of reopened choices. */
static const char *home_source(Req *p, int64_t id){
  Value *aS;
  const char *z;
  if( id==0 ) return tr(p, "no source named");
  if( store_item_get(p->pStore, ENT_SOURCE, id, &p->arena, &aS) ){
    return tr(p, "a source you may not see");
  }
  z = page_text(ENT_SOURCE, aS, "publisher");
  if( z==0 || z[0]==0 ) z = web_text(ENT_SOURCE, aS, "title");
  return z;
}

/* One reopened choice, as collected for the home page. */
typedef struct HomeReopen {
  int64_t idInd;
  Value *aI;
  StatusReopen r;
} HomeReopen;

/* State of reopen_cb(). */
typedef struct ReopenCtx {
  int64_t idInd;
  Value *aI;
  HomeReopen *a;
  int n, nAlloc;
} ReopenCtx;

static int reopen_cb(void *pArg, const StatusReopen *r){
  ReopenCtx *c = pArg;
  if( c->n>=c->nAlloc ){
    c->nAlloc = c->nAlloc ? 2*c->nAlloc : 8;
    c->a = acc_realloc(c->a, sizeof(HomeReopen)*(size_t)c->nAlloc);
  }
  c->a[c->n].idInd = c->idInd;
  c->a[c->n].aI = c->aI;
  c->a[c->n].r = *r;
  c->n++;
  return 0;
}

/* Choices to make again: the periods of the indicators the person
** reports whose chosen value a later disagreeing value of another source
** reopened (docs/status.md 2.4), until they choose again. */
static void home_reopened(Req *p, int64_t idPerson){
  IdList ids = IDLIST_INIT;
  ReopenCtx c;
  int i;
  memset(&c, 0, sizeof(c));
  html_printf(&p->body, "<section aria-labelledby=\"choices\">\n"
    "<h2 id=\"choices\">%h</h2>\n", tr(p, "Choices to make again"));
  home_indicators(p, idPerson, &ids);
  for(i=0; i<ids.n; i++){
    if( store_item_get(p->pStore, ENT_INDICATOR, ids.a[i], &p->arena,
                       &c.aI) ){
      continue;
    }
    c.idInd = ids.a[i];
    store_obs_reopened(p->pStore, ids.a[i], reopen_cb, &c);
  }
  if( c.n==0 ){
    home_empty(p, tr(p, "No choice of yours was reopened."));
  }else{
    html_printf(&p->body, "<ul class=\"choices\">\n");
    for(i=0; i<c.n; i++){
      const HomeReopen *h = &c.a[i];
      const char *zUnit = web_unit(p, h->aI);
      const char *zP = page_period(p, h->r.period, 0);
      html_printf(&p->body, "<li class=\"reopened\"><a href=\"%h\">%h</a>"
        " %h</li>\n", page_url(p, ENT_INDICATOR, h->idInd),
        web_tx(p, ENT_INDICATOR, h->aI, "name"),
        arena_printf(&p->arena, tr(p, "%s: the choice of %s %s (%s) was "
          "reopened by a later value of %s, %s %s. Choose again."), zP,
          page_num(p, h->r.rChosen), zUnit, home_source(p, h->r.iChosen),
          home_source(p, h->r.iSource), page_num(p, h->r.rNew), zUnit));
    }
    html_printf(&p->body, "</ul>\n<p class=\"note\">%h</p>\n",
      tr(p, "A value of another source that disagrees came in after the "
         "choice: the goals it feeds read Sources disagree until the value "
         "that counts is marked again on the indicator's page."));
  }
  html_printf(&p->body, "</section>\n");
  free(c.a);
  free(ids.a);
}

/* Data due: for each indicator the person reports, its last value and
** when the value of the next period is due (the day after that period
** ends). */
static void home_data(Req *p, int64_t idPerson, Date today){
  IdList ids = IDLIST_INIT;
  int i;
  html_printf(&p->body, "<section aria-labelledby=\"data\">\n"
    "<h2 id=\"data\">%h</h2>\n", tr(p, "Data due"));
  home_indicators(p, idPerson, &ids);
  if( ids.n==0 ){
    home_empty(p, tr(p, "No indicators to report."));
    html_printf(&p->body, "</section>\n");
    free(ids.a);
    return;
  }
  html_printf(&p->body, "<div class=\"scroll\">"
    "<table>\n<thead><tr><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n"
    "<tbody>\n", tr(p, "Indicator"), tr(p, "Last value"),
    tr(p, "Next period"), tr(p, "Due"), tr(p, "State"));
  for(i=0; i<ids.n; i++){
    Value *aI;
    PageObs *aObs;
    int nObs;
    Freq eFreq;
    Period last, next, cur;
    Date due;
    const char *zNext;
    const char *zLast, *zState, *zClass;
    if( store_item_get(p->pStore, ENT_INDICATOR, ids.a[i], &p->arena,
                       &aI) ){
      continue;
    }
    if( freq_parse(web_text(ENT_INDICATOR, aI, "frequency"), &eFreq) ){
      continue;
    }
    cur = period_containing(today, eFreq);
    aObs = page_obs(p, ids.a[i], &nObs);
    if( nObs>0 && period_parse(aObs[nObs-1].zPeriod, &last)==0
     && last.eFreq==(int8_t)eFreq ){
      next = period_from_index(eFreq, period_index(last) + 1);
      zLast = arena_printf(&p->arena, "%s %s (%s)",
        page_num(p, aObs[nObs-1].r),
        web_unit(p, aI), page_period(p, last, 0));
    }else{
      /* Nothing yet: the last period that has ended is due. */
      next = period_from_index(eFreq, period_index(cur) - 1);
      zLast = tr(p, "none yet");
    }
    zNext = page_period(p, next, 0);
    due = period_end(next) + 1;
    if( due<period_start(cur) ){
      zState = arena_printf(&p->arena, tr(p, "overdue by %d days"),
                            (int)(today - due));
      zClass = "overdue";
    }else if( due<=period_end(cur) ){
      zState = tr(p, "due this period");
      zClass = "due";
    }else{
      zState = page_ago(p, due, today);
      zClass = "later";
    }
    html_printf(&p->body, "<tr class=\"%h\"><td><a href=\"%h\">%h</a></td>"
      "<td>%h</td><td>%h</td><td>%h</td><td>%h</td></tr>\n", zClass,
      page_url(p, ENT_INDICATOR, ids.a[i]),
      web_tx(p, ENT_INDICATOR, aI, "name"), zLast, zNext,
      page_date_long(p, due), zState);
  }
  html_printf(&p->body, "</tbody>\n</table></div>\n</section>\n");
  free(ids.a);
}

/* Items awaiting my approval: only for a co-chair, whose party approves
** (page_awaiting(): every kind that needs joint approval); the whole
** list, with what changed, is /approvals.  A notice when another party
** approved items my party has not. */
static void home_awaiting(Req *p){
  PageAwait *a;
  const char *zOther = 0;
  int i, n, nOther = 0, nShown = 0;
  if( p->acc.eRole!=ROLE_COCHAIR ) return;
  html_printf(&p->body, "<section aria-labelledby=\"awaiting\">\n"
    "<h2 id=\"awaiting\">%h</h2>\n", tr(p, "Awaiting my approval"));
  n = page_awaiting(p, &a);
  for(i=0; i<n; i++){
    if( a[i].zOtherParty ){
      if( zOther==0 ) zOther = a[i].zOtherParty;
      nOther++;
    }
  }
  if( nOther ){
    html_printf(&p->body, "<p class=\"note other-approved\">%h</p>\n",
      arena_printf(&p->arena, tr(p, "%s approved %d items awaiting yours."),
                   zOther, nOther));
  }
  for(i=0; i<n; i++){
    const char *zLabel = page_label(p, a[i].e, a[i].id);
    if( zLabel==0 ) continue;
    if( nShown++==0 ) html_printf(&p->body, "<ul class=\"await\">\n");
    html_printf(&p->body, "<li><span class=\"cls\">%h</span> "
      "<a href=\"%h\">%h</a></li>\n", tr(p, aEntity[a[i].e].zTitle),
      page_url(p, a[i].e, a[i].id), zLabel);
  }
  if( nShown ){
    html_printf(&p->body, "</ul>\n<p class=\"note\">%h "
      "<a href=\"/approvals\">%h</a></p>\n",
      tr(p, "Each is approved on its own page, for your party, in its "
         "current version."), tr(p, "All awaiting my approval, with what "
         "changed"));
  }else{
    home_empty(p, tr(p, "Nothing awaits your approval."));
  }
  html_printf(&p->body, "</section>\n");
}

/* State of the list of changes. */
typedef struct ChangeCtx {
  Req *p;
  int n;
} ChangeCtx;

static int change_cb(void *pArg, const HomeChange *h){
  ChangeCtx *c = pArg;
  Req *p = c->p;
  const char *zLabel = page_label(p, h->e, h->id);
  Date d = DATE_NONE;
  char zDay[11];
  if( zLabel==0 ) return 0;
  snprintf(zDay, sizeof(zDay), "%.10s", h->zAt);
  date_parse(zDay, &d);
  if( c->n++==0 ){
    html_printf(&p->body, "<div class=\"scroll\">"
      "<table>\n<thead><tr><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th></tr></thead>\n"
      "<tbody>\n", tr(p, "When"), tr(p, "Kind"), tr(p, "Item"),
      tr(p, "Change"), tr(p, "By"));
  }
  html_printf(&p->body, "<tr><td class=\"when\">%h</td><td>%h</td>"
    "<td><a href=\"%h\">%h</a></td><td>%h", page_date_long(p, d),
    tr(p, aEntity[h->e].zTitle), page_url(p, h->e, h->id), zLabel,
    tr(p, h->zAction));
  if( h->nChange>1 ){
    html_printf(&p->body, " <span class=\"note\">(%h)</span>",
      arena_printf(&p->arena, tr(p, "%d changes"), h->nChange));
  }
  html_printf(&p->body, "</td><td>%h</td></tr>\n", tr_account(p, h->zActor));
  return 0;
}

/* What changed since my last visit (the previous login). */
static void home_changes(Req *p){
  ChangeCtx c;
  char zPrev[21];
  store_account_visit_prev(p->pStore, p->acc.id, zPrev);
  html_printf(&p->body, "<section aria-labelledby=\"changes\">\n"
    "<h2 id=\"changes\">%h</h2>\n", tr(p, "What changed"));
  if( zPrev[0] ){
    char zDay[11];
    Date d = DATE_NONE;
    snprintf(zDay, sizeof(zDay), "%.10s", zPrev);
    date_parse(zDay, &d);
    html_printf(&p->body, "<p class=\"sub\">%h</p>\n", arena_printf(
      &p->arena, tr(p, "Since your last visit, %s at %s UTC."),
      page_date_long(p, d), arena_printf(&p->arena, "%.5s", zPrev+11)));
  }else{
    html_printf(&p->body, "<p class=\"sub\">%h</p>\n",
      tr(p, "Your first visit: the latest changes."));
  }
  c.p = p;
  c.n = 0;
  store_changes_since(p->pStore, zPrev, HOME_CHANGES, change_cb, &c);
  if( c.n ){
    html_printf(&p->body, "</tbody>\n</table></div>\n");
  }else{
    if( zPrev[0] ){
      home_empty(p, tr(p, "Nothing changed since your last visit."));
    }else{
      home_empty(p, tr(p, "No changes yet."));
    }
  }
  html_printf(&p->body, "</section>\n");
}

/*
** PAGE: /home
** The logged-in reader's own page (see the top of this file).
*/
void page_home(Req *p){
  int64_t idPerson = store_account_person(p->pStore, p->acc.id);
  Date today = date_today();
  page_begin(p, tr(p, "Home"));
  html_printf(&p->body, "<h1>%h</h1>\n<p class=\"sub\">%h · %h",
    tr(p, "My work"), tr_account(p, p->acc.zName),
    tr(p, azRoleLabel[p->acc.eRole]));
  if( idPerson ){
    html_printf(&p->body, " · ");
    page_link(p, ENT_PERSON, idPerson);
  }
  html_printf(&p->body, " · %h</p>\n", page_date_long(p, today));
  if( idPerson==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
      tr(p, "Your account is not linked to a person record, so your "
         "working groups, actions and data cannot be found. An "
         "administrator can link it."));
  }
  html_printf(&p->body, "<nav class=\"toc\" aria-label=\"%h\"><ul>"
    "<li><a href=\"#choices\">%h</a></li>"
    "<li><a href=\"#groups\">%h</a></li><li><a href=\"#actions\">%h</a>"
    "</li><li><a href=\"#data\">%h</a></li>", tr(p, "On this page"),
    tr(p, "Choices to make again"), tr(p, "My working groups"),
    tr(p, "My actions"), tr(p, "Data due"));
  if( p->acc.eRole==ROLE_COCHAIR ){
    html_printf(&p->body, "<li><a href=\"#awaiting\">%h</a></li>",
                tr(p, "Awaiting my approval"));
  }
  html_printf(&p->body, "<li><a href=\"#changes\">%h</a></li>"
    "<li><a href=\"/dialogues\">%h</a></li></ul></nav>\n",
    tr(p, "What changed"), tr(p, "All dialogues"));
  home_awaiting(p);
  home_reopened(p, idPerson);
  home_groups(p, idPerson, today);
  home_actions(p, idPerson, today);
  home_data(p, idPerson, today);
  home_changes(p);
  page_end(p);
}

/*
** PAGE: /
** The portfolio for the public; a logged-in person goes to their home
** page (the portfolio stays at /dialogues).
*/
void page_root(Req *p){
  if( p->bLoggedIn && !p->bApi ){
    req_redirect(p, "/home");
    return;
  }
  page_portfolio(p);
}
