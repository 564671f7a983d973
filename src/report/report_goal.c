/*
** report_goal.c: the parts of a report about goals (see reportInt.h):
** the summary of statuses with its chart by area, the goals by framework
** area and working group, what changed since the previous period, and
** for the annual report the achievements, the goals missed and why, and
** the goals of the next period.
*/
#include "reportInt.h"
#include "../store/planlife.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The area of goal g. */
static int64_t goal_area(const GoalStatus *g){
  return rb_int(ENT_GOAL, g->aGoal, "area_id");
}

/* Whether area idArea falls under another area (area_crosswalk). */
static int area_walks(ReportBuild *b, int64_t idArea){
  IdList l = IDLIST_INIT;
  int n;
  store_crosswalk_to(b->pStore, idArea, &l);
  n = l.n;
  free(l.a);
  return n>0;
}

/* Whether goal g is shown under area idArea: its own area, or cut by
** sector (Report.eBy), each area of the other set its area falls under,
** its own if none. */
static int goal_under(ReportBuild *b, const GoalStatus *g, int64_t idArea){
  IdList l = IDLIST_INIT;
  int i, bUnder;
  if( b->p->eBy!=REPORT_BY_SECTOR ) return goal_area(g)==idArea;
  store_crosswalk_to(b->pStore, goal_area(g), &l);
  bUnder = l.n==0 && goal_area(g)==idArea;
  for(i=0; i<l.n; i++) if( l.a[i]==idArea ) bUnder = 1;
  free(l.a);
  return bUnder;
}

/* The action plan the report judges: the goals in force at its end,
** adopted by which decisions of which meetings, or that none is. */
static void plan_para(ReportBuild *b, RNode *pS){
  PlanInForce plan;
  Buf dec = BUF_INIT;
  const char *zAt = rb_day(b, b->p->at);
  int i;
  store_plan_in_force(b->pStore, b->idDialogue, b->p->at, &plan);
  for(i=0; i<plan.decisions.n; i++){
    Value *aD, *aM;
    const char *zM = "", *zDay = "";
    if( store_item_get(b->pStore, ENT_DECISION, plan.decisions.a[i], b->pA,
                       &aD) ){
      continue;
    }
    if( store_item_get(b->pStore, ENT_MEETING, rb_int(ENT_DECISION, aD,
                       "meeting_id"), b->pA, &aM)==ACC_OK ){
      zM = rb_tx(b, ENT_MEETING, aM, "title");
      zDay = rb_day_text(b, rb_text(ENT_MEETING, aM, "held_on"));
    }
    if( dec.n ) buf_puts(&dec, "; ");
    buf_appendf(&dec, rtr(b, "decision %lld of %s (%s)"),
                (long long)plan.decisions.a[i], zM, zDay);
  }
  rb_hash_str(b, arena_printf(b->pA, "plan %d %d %s", plan.inForce.n,
                              plan.nGoal, buf_str(&dec)));
  if( plan.inForce.n==0 ){
    rb_para(b, pS, 0, arena_printf(b->pA, rtr(b, "Action plan in force on "
      "%s: no goal has been adopted by a meeting; the %d goals judged "
      "are those proposed."), zAt, plan.nGoal));
  }else{
    rb_para(b, pS, 0, arena_printf(b->pA, rtr(b, "Action plan in force on "
      "%s: %d of the %d goals judged, adopted by %s."), zAt,
      plan.inForce.n, plan.nGoal, buf_str(&dec)));
  }
  buf_free(&dec);
  store_plan_free(&plan);
}

/* A status chart by area: the goals' counts of every area that has
** goals. */
Chart *rb_chart_areas(ReportBuild *b){
  Chart *pC = arena_alloc(b->pA, sizeof(Chart));
  ChartArea *a = arena_alloc(b->pA, sizeof(ChartArea)*(b->nArea+1));
  int i, j, n = 0;
  for(i=0; i<b->nArea; i++){
    int bAny = 0;
    memset(&a[n], 0, sizeof(a[n]));
    for(j=0; j<b->nGoal; j++){
      if( !goal_under(b, &b->aGoal[j], b->aArea[i].id) ) continue;
      a[n].anStatus[b->aGoal[j].res.eStatus]++;
      bAny = 1;
    }
    if( bAny ){
      a[n].zLabel = b->aArea[i].zName;
      n++;
    }
  }
  pC->eKind = CHART_AREAS;
  pC->zTitle = rtr(b, "Goals by framework area and status");
  pC->azStatus = rb_status_labels(b);
  pC->aArea = a;
  pC->nArea = n;
  pC->deadline = pC->today = DATE_NONE;
  return pC;
}

/* The alternative text of a chart of areas (or dialogues): its title,
** then each bar's counts by status, in words ("Economy: 1 On track, 4
** Not started; ..."). */
const char *rb_chart_areas_alt(ReportBuild *b, const Chart *pC){
  Buf s = BUF_INIT;
  const char *z;
  int i, e;
  buf_puts(&s, pC->zTitle ? pC->zTitle : "");
  buf_puts(&s, ": ");
  for(i=0; i<pC->nArea; i++){
    int bFirst = 1;
    if( i>0 ) buf_puts(&s, "; ");
    buf_appendf(&s, "%s: ", pC->aArea[i].zLabel);
    for(e=0; e<STATUS__MAX; e++){
      if( pC->aArea[i].anStatus[e]==0 ) continue;
      buf_appendf(&s, "%s%d %s", bFirst ? "" : ", ",
                  pC->aArea[i].anStatus[e], rb_status(b, e));
      bFirst = 0;
    }
  }
  buf_puts(&s, ".");
  z = arena_strdup(b->pA, buf_str(&s));
  buf_free(&s);
  return z;
}

/* A status cell. */
static RNode *status_cell(ReportBuild *b, RNode *pRow, int eStatus){
  RNode *pC = rb_cell(b, pRow, rb_status(b, eStatus));
  pC->eStatus = eStatus;
  return pC;
}

void rb_part_summary(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = { RH("Status"), RH("Goals") };
  RNode *pS, *pT, *pR, *pN;
  int an[STATUS__MAX], i;
  const char *zAt = rb_day(b, b->p->at);
  memset(an, 0, sizeof(an));
  for(i=0; i<b->nGoal; i++) an[b->aGoal[i].res.eStatus]++;
  pS = rb_section(b, pParent, 1, "summary", 0, rtr(b, "Summary"));
  if( b->nGoal==0 ){
    rb_para(b, pS, 0, b->p->eViewer==CLASS_PUBLIC
      ? rtr(b, "No goal of this dialogue has been published by both "
               "parties yet.")
      : rtr(b, "This dialogue has no goals yet."));
    return;
  }
  rb_para(b, pS, 0, arena_printf(b->pA,
          rtr(b, "Status of the goals on %s: %d goals in all."), zAt,
          b->nGoal));
  if( b->idDialogue ) plan_para(b, pS);
  if( b->p->eKind==REPORT_PUBLIC ){
    /* The same counts in a sentence, for readers who skip tables. */
    rb_para(b, pS, 0, arena_printf(b->pA, rtr(b, "Achieved or on track: "
            "%d. Need more effort (at risk, off track or overdue): %d. Not "
            "started yet: %d. Not enough data to judge yet: %d."),
            an[STATUS_ACHIEVED]+an[STATUS_ON_TRACK],
            an[STATUS_AT_RISK]+an[STATUS_OFF_TRACK]+an[STATUS_OVERDUE],
            an[STATUS_NOT_STARTED], an[STATUS_NO_DATA]));
  }
  pT = rb_table(b, pS, 2, azHead);
  for(i=0; i<STATUS__MAX; i++){
    pR = rb_row(b, pT);
    status_cell(b, pR, i);
    rb_cell_num(b, pR, an[i], 0);
  }
  pN = report_node(b->p, pS, RN_CHART, rtr(b, "Goals by framework area "
                   "and status"));
  pN->pChart = rb_chart_areas(b);
  pN->zAlt = rb_chart_areas_alt(b, pN->pChart);
}

/* The entry of id in a, or NULL. */
static const RName *name_find(const RName *a, int n, int64_t id){
  int i;
  for(i=0; i<n; i++){
    if( a[i].id==id ) return &a[i];
  }
  return 0;
}

/* Whether goal g's working group is its area's own: the group's name is
** the area's, perhaps after a "Working group: " prefix. */
static int goal_wg_is_area(ReportBuild *b, const GoalStatus *g){
  const RName *pW = name_find(b->aWg, b->nWg,
                              rb_int(ENT_GOAL, g->aGoal, "wg_id"));
  const RName *pA = name_find(b->aArea, b->nArea, goal_area(g));
  const char *z;
  if( pW==0 || pA==0 || pA->zLabel[0]==0 ) return 0;
  z = strstr(pW->zLabel, ": ");
  return strcmp(pW->zLabel, pA->zLabel)==0
      || (z && strcmp(z+2, pA->zLabel)==0);
}

/* What the "Working group" cell of goal g says: the group's name, or a
** short word when the group is the area's own (its name is the area's,
** perhaps after a "Working group: " prefix), which the section's heading
** already names. */
static const char *goal_wg(ReportBuild *b, const GoalStatus *g){
  const RName *pW = name_find(b->aWg, b->nWg,
                              rb_int(ENT_GOAL, g->aGoal, "wg_id"));
  if( pW==0 ) return "";
  if( goal_wg_is_area(b, g) ){
    /* TRANSLATORS: in the "Working group" column of a goal, when the
    ** group is the framework area's own (the section names the area) */
    return rtr(b, "the area's own");
  }
  return pW->zName;
}

/*
** "Source: TITLE (PUBLISHER)." for the sources of the figures goal g was
** judged on (several joined by "; "), "Source: not named." when its
** figures name none, or "" when it judged no figure (milestones, no data).
*/
const char *rb_goal_source(ReportBuild *b, const GoalStatus *g){
  const StatusResult *r = &g->res;
  int64_t aSeen[STATUS_MAXFIG];
  int i, j, nSeen = 0;
  Buf out = BUF_INIT;
  const char *z;
  if( r->nFig==0 ) return "";
  for(i=0; i<r->nFig; i++){
    int64_t id = r->aFig[i].iSource;
    const GoalSource *s;
    if( r->aFig[i].bMissing ) continue;
    for(j=0; j<nSeen && aSeen[j]!=id; j++){}
    if( j<nSeen || id==STATUS_SRC_MIXED ) continue;
    aSeen[nSeen++] = id;
    s = id ? goalstat_source(g, id) : 0;
    buf_appendf(&out, "%s", nSeen>1 ? "; " : "");
    if( s==0 ){
      buf_appendf(&out, "%s", rtr(b, "not named"));
    }else if( s->zPublisher && s->zPublisher[0] ){
      buf_appendf(&out, "%s (%s)", s->zTitle, s->zPublisher);
    }else{
      buf_appendf(&out, "%s", s->zTitle);
    }
  }
  if( out.n==0 ){
    buf_free(&out);
    return "";
  }
  z = arena_printf(b->pA, "%s %.*s.", nSeen>1 ? rtr(b, "Sources:")
                   : rtr(b, "Source:"), (int)out.n, out.z);
  buf_free(&out);
  return z;
}

/* The sentence of goal g followed by the source of its figures. */
static const char *why_and_source(ReportBuild *b, const GoalStatus *g){
  const char *zSrc = rb_goal_source(b, g);
  const char *zWhy = rb_why(b, &g->res, g->aIndicator);
  if( zSrc[0]==0 ) return zWhy;
  return arena_printf(b->pA, "%s %s", zWhy, zSrc);
}

/* A goal's kind in words, not its code ("count_period" -> "count in
** each period"). */
static const char *goal_kind(ReportBuild *b, const char *zKind){
  static const char *const azWord[] = {
    "growth rate", "count in each period", "count by the deadline",
    "milestone", "level to reach"
  };
  int i = model_enum_find(azGoalKindEnum, zKind);
  if( i<0 || i>=(int)(sizeof(azWord)/sizeof(azWord[0])) ){
    return rb_enum(b, zKind);
  }
  return rtr(b, azWord[i]);
}

/* One goal's row of the table of an area. */
static void goal_row(ReportBuild *b, RNode *pT, const GoalStatus *g,
                     int bPlain, int bWg){
  const StatusResult *r = &g->res;
  RNode *pR = rb_row(b, pT);
  rb_cell(b, pR, rb_tx(b, ENT_GOAL, g->aGoal, "title"));
  if( !bPlain ){
    if( bWg ) rb_cell(b, pR, goal_wg(b, g));
    rb_cell(b, pR, goal_kind(b, rb_text(ENT_GOAL, g->aGoal, "kind")));
    rb_cell_date(b, pR, rb_text(ENT_GOAL, g->aGoal, "deadline"),
                 rtr(b, "none set"));
  }
  status_cell(b, pR, r->eStatus);
  if( !bPlain ){
    if( r->bLatest && r->bNotReported ){
      rb_cell(b, pR, arena_printf(b->pA, "%s (%s)", rtr(b, "not reported"),
                                  rb_period(b, r->latest)));
    }else if( r->bLatest ){
      rb_cell_num(b, pR, r->rLatest, arena_printf(b->pA, "%s (%s)",
                  rb_num(b, r->rLatest), rb_period(b, r->latest)));
    }else{
      rb_cell(b, pR, "");
    }
  }
  rb_cell(b, pR, why_and_source(b, g));
  if( !bPlain && b->p->eViewer!=CLASS_PUBLIC ){
    rb_cell(b, pR, rb_enum(b, rb_text(ENT_GOAL, g->aGoal,
                                      "classification")));
  }
}

void rb_part_goals(ReportBuild *b, RNode *pParent, int bPlain){
  static const char *const azFull[] = {
    RH("Goal"), RH("Working group"), RH("Kind"), RH("Deadline"), RH("Status"),
    RH("Latest value"), RH("Explanation"), RH("Classification")
  };
  /* The same without "Working group", for an area whose goals all belong
  ** to its own group (the section's heading names it). */
  static const char *const azNoWg[] = {
    RH("Goal"), RH("Kind"), RH("Deadline"), RH("Status"),
    RH("Latest value"), RH("Explanation"), RH("Classification")
  };
  static const char *const azPlain[] = {
    RH("Goal"), RH("Status"), RH("What it means")
  };
  RNode *pS, *pA, *pT, *pL = 0;
  int i, j, nEmpty = 0;
  pS = rb_section(b, pParent, 1, "goals", 0,
                  b->p->eBy==REPORT_BY_SECTOR
                  ? rtr(b, "Goals by the agreement's sectors")
                  : rtr(b, "Goals by framework area and working group"));
  if( b->nGoal==0 ){
    rb_para(b, pS, 0, rtr(b, "There are no goals to show."));
    return;
  }
  if( b->p->eBy==REPORT_BY_SECTOR ){
    rb_para(b, pS, RF_NOTE, rtr(b, "Cut by the agreement's sectors: each "
      "goal is shown under the sectors its framework area falls under "
      "(the cross-walk of the two sets of areas), or under its own area "
      "when it falls under none."));
  }
  for(i=0; i<b->nArea; i++){
    int n = 0, bWg = 0, nCol;
    if( b->p->eBy==REPORT_BY_SECTOR && area_walks(b, b->aArea[i].id) ){
      continue;     /* its goals are shown under the sectors */
    }
    for(j=0; j<b->nGoal; j++){
      if( !goal_under(b, &b->aGoal[j], b->aArea[i].id) ) continue;
      n++;
      if( !goal_wg_is_area(b, &b->aGoal[j]) ) bWg = 1;
    }
    pA = rb_section(b, pS, 2,
                    arena_printf(b->pA, "area-%lld",
                                 (long long)b->aArea[i].id),
                    b->aArea[i].zName, b->aArea[i].zName);
    if( rb_narrative(b, pA, b->aArea[i].id)>0 && n>0 ){
      /* the goals follow the narrative under a heading of their own */
      pA = rb_section(b, pA, 3, 0, 0, rtr(b, "Goals"));
    }
    if( n==0 ){
      if( pA->pFirst==0 ){          /* neither goals nor a narrative */
        report_node_remove(pA);
        nEmpty++;
      }
      continue;
    }
    if( bPlain ){
      pT = rb_table(b, pA, 3, azPlain);
    }else{
      nCol = (b->p->eViewer==CLASS_PUBLIC ? 7 : 8) - (bWg ? 0 : 1);
      pT = rb_table(b, pA, nCol, bWg ? azFull : azNoWg);
      if( !bWg ){
        rb_para(b, pA, RF_NOTE, rtr(b, "All goals of this area belong to "
                                    "its own working group."));
      }
    }
    for(j=0; j<b->nGoal; j++){
      if( !goal_under(b, &b->aGoal[j], b->aArea[i].id) ) continue;
      goal_row(b, pT, &b->aGoal[j], bPlain, bWg);
    }
  }
  if( nEmpty==0 ) return;
  pA = rb_section(b, pS, 2, "areas-without-goals", 0,
                  rtr(b, "Framework areas with no goals in this report"));
  pL = report_node(b->p, pA, RN_LIST, 0);
  for(i=0; i<b->nArea; i++){
    if( b->p->eBy==REPORT_BY_SECTOR && area_walks(b, b->aArea[i].id) ){
      continue;
    }
    for(j=0; j<b->nGoal && !goal_under(b, &b->aGoal[j], b->aArea[i].id);
        j++){}
    if( j>=b->nGoal ) report_node(b->p, pL, RN_ITEM, b->aArea[i].zName);
  }
}

/* Changes recorded in the audit log during the period, counted by kind
** of item and action, for items the reader may see. */
typedef struct ChangeCount {
  ReportBuild *b;
  char zFrom[21], zTo[21];   /* "YYYY-MM-DDT" bounds as text */
  int an[ENT__MAX][3];       /* insert, update, delete/other */
  int64_t aGoal[64];         /* goals added or changed, newest first */
  int nGoal;
  Arena scratch;
} ChangeCount;

/* The dialogue an item belongs to, through its visibility parents (an
** observation's indicator, a decision's meeting, a person's party), or
** 0 for an item of no dialogue (a source). */
static int64_t item_dialogue(ReportBuild *b, Arena *pA, int e, int64_t id,
                             const Value *aV){
  int nHop;
  for(nHop=0; nHop<4; nHop++){
    const EntityDef *pE = &aEntity[e];
    int64_t idUp;
    Value *aUp;
    if( e==ENT_DIALOGUE ) return id;
    if( pE->iDialogue>=0 ) return aV[pE->iDialogue].eType==VAL_INT
                                  ? aV[pE->iDialogue].i : 0;
    if( pE->iParent<0 || aV[pE->iParent].eType!=VAL_INT ) return 0;
    idUp = aV[pE->iParent].i;
    e = pE->aField[pE->iParent].eRef;
    if( store_item_get(b->pStore, e, idUp, pA, &aUp) ) return 0;
    aV = aUp;
    id = idUp;
  }
  return 0;
}

static int change_row(void *pArg, const AuditEntry *pE){
  ChangeCount *c = pArg;
  int e, k;
  Value *aV;
  e = model_entity_find(pE->zEntity ? pE->zEntity : "");
  if( e<0 || pE->iItem==0 ) return 0;
  /* A publication changes no item (publish.c). */
  if( strcmp(pE->zAction, "publish")==0 ) return 0;
  if( store_item_get(c->b->pStore, e, pE->iItem, &c->scratch, &aV) ){
    return 0;      /* gone, or not visible to the reader */
  }
  if( item_dialogue(c->b, &c->scratch, e, pE->iItem, aV)
      !=c->b->idDialogue ){
    return 0;
  }
  k = strcmp(pE->zAction, "insert")==0 || strcmp(pE->zAction, "import")==0
      ? 0 : strcmp(pE->zAction, "update")==0 ? 1 : 2;
  c->an[e][k]++;
  if( e==ENT_GOAL && k<2 && c->nGoal<64 ){
    int i;
    for(i=0; i<c->nGoal && c->aGoal[i]!=pE->iItem; i++){}
    if( i>=c->nGoal ) c->aGoal[c->nGoal++] = pE->iItem;
  }
  rb_hash_str(c->b, pE->zHash);
  return 0;
}

void rb_part_changes(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Goal"), RH("Status before"), RH("Status")
  };
  static const char *const azHead2[] = {
    RH("Kind of item"), RH("Added"), RH("Changed"), RH("Other")
  };
  GoalStatus *aPrev = 0;
  int nPrev = 0, i, j, nChanged = 0, bAny = 0;
  RNode *pS, *pT = 0, *pR;
  ChangeCount c;
  const char *zBefore = rb_day(b, b->p->from-1);
  char zD[11];
  pS = rb_section(b, pParent, 1, "changes", 0,
                  rtr(b, "What changed since the last period"));
  goalstat_dialogue_known(b->pStore, b->idDialogue, b->p->from-1,
                          b->p->knownOn, b->pA, &aPrev, &nPrev);
  for(i=0; i<b->nGoal; i++){
    const GoalStatus *g = &b->aGoal[i];
    for(j=0; j<nPrev && aPrev[j].id!=g->id; j++){}
    if( j>=nPrev || aPrev[j].res.eStatus==g->res.eStatus ) continue;
    if( pT==0 ){
      rb_para(b, pS, 0, arena_printf(b->pA, rtr(b, "Goals whose status "
              "changed between %s and the end of the period:"), zBefore));
      pT = rb_table(b, pS, 3, azHead);
    }
    pR = rb_row(b, pT);
    rb_cell(b, pR, rb_tx(b, ENT_GOAL, g->aGoal, "title"));
    status_cell(b, pR, aPrev[j].res.eStatus);
    status_cell(b, pR, g->res.eStatus);
    nChanged++;
  }
  if( nChanged==0 ){
    rb_para(b, pS, 0, arena_printf(b->pA, rtr(b, "No goal changed status "
            "between %s and the end of the period."), zBefore));
  }
  memset(&c, 0, sizeof(c));
  c.b = b;
  date_format(b->p->from, zD);
  snprintf(c.zFrom, sizeof(c.zFrom), "%s", zD);
  date_format(b->p->to+1, zD);
  snprintf(c.zTo, sizeof(c.zTo), "%s", zD);
  store_audit_each_between(b->pStore, c.zFrom, c.zTo, change_row, &c);
  arena_free(&c.scratch);
  for(i=0; i<ENT__MAX; i++){
    if( c.an[i][0]+c.an[i][1]+c.an[i][2]==0 ) continue;
    if( !bAny ){
      rb_para(b, pS, 0, rtr(b, "Changes recorded in the audit log during "
                               "the period:"));
      pT = rb_table(b, pS, 4, azHead2);
      bAny = 1;
    }
    pR = rb_row(b, pT);
    rb_cell(b, pR, rtr(b, aEntity[i].zTitle));
    for(j=0; j<3; j++) rb_cell_num(b, pR, c.an[i][j], 0);
  }
  if( !bAny ){
    rb_para(b, pS, 0, rtr(b, "The audit log records no change to the "
                             "dialogue's items during the period."));
  }
  if( c.nGoal ){
    RNode *pL;
    rb_para(b, pS, 0, rtr(b, "Goals added or changed during the period:"));
    pL = report_node(b->p, pS, RN_LIST, 0);
    for(i=0; i<c.nGoal; i++){
      for(j=0; j<b->nGoal && b->aGoal[j].id!=c.aGoal[i]; j++){}
      if( j<b->nGoal ){
        report_node(b->p, pL, RN_ITEM,
                    rb_tx(b, ENT_GOAL, b->aGoal[j].aGoal, "title"));
      }
    }
  }
}

/* Whether goal g's milestone was achieved within the period. */
static int achieved_in_period(ReportBuild *b, const GoalStatus *g){
  Date d = rb_date(ENT_GOAL, g->aGoal, "achieved_on");
  return d!=DATE_NONE && d>=b->p->from && d<=b->p->to;
}

void rb_part_achievements(ReportBuild *b, RNode *pParent){
  RNode *pS = rb_section(b, pParent, 1, "achievements", 0,
                         rtr(b, "Achievements"));
  RNode *pL = 0, *pI;
  int i;
  for(i=0; i<b->nGoal; i++){
    const GoalStatus *g = &b->aGoal[i];
    if( g->res.eStatus!=STATUS_ACHIEVED && g->res.eStatus!=STATUS_ON_TRACK
     && !achieved_in_period(b, g) ){
      continue;
    }
    if( pL==0 ){
      rb_para(b, pS, 0, rtr(b, "Goals achieved, or on track to be, at the "
                               "end of the period:"));
      pL = report_node(b->p, pS, RN_LIST, 0);
    }
    pI = report_nodef(b->p, pL, RN_ITEM, "%s: %s %s",
                      rb_tx(b, ENT_GOAL, g->aGoal, "title"),
                      rb_status(b, g->res.eStatus), why_and_source(b, g));
    pI->eStatus = g->res.eStatus;
  }
  if( pL==0 ){
    rb_para(b, pS, 0, rtr(b, "No goal was achieved or on track at the end "
                             "of the period."));
  }
}

void rb_part_missed(ReportBuild *b, RNode *pParent){
  RNode *pS = rb_section(b, pParent, 1, "missed", 0,
                         rtr(b, "Goals missed or at risk, and why"));
  RNode *pL = 0, *pI;
  int i;
  for(i=0; i<b->nGoal; i++){
    const GoalStatus *g = &b->aGoal[i];
    int e = g->res.eStatus;
    if( e!=STATUS_OVERDUE && e!=STATUS_OFF_TRACK && e!=STATUS_AT_RISK
     && e!=STATUS_DISPUTED ){
      continue;
    }
    if( pL==0 ) pL = report_node(b->p, pS, RN_LIST, 0);
    pI = report_nodef(b->p, pL, RN_ITEM, "%s: %s %s",
                      rb_tx(b, ENT_GOAL, g->aGoal, "title"),
                      rb_status(b, e), why_and_source(b, g));
    pI->eStatus = e;
    pI->flags |= RF_WARN;
  }
  if( pL==0 ){
    rb_para(b, pS, 0, rtr(b, "No goal was overdue, off track or at risk at "
                             "the end of the period."));
  }
  for(i=0; i<b->nGoal; i++){
    if( b->aGoal[i].res.eStatus==STATUS_NO_DATA ) break;
  }
  if( i<b->nGoal ){
    rb_para(b, pS, RF_WARN, rtr(b, "Goals without enough data to judge "
            "are listed with the status No data in the table of goals; "
            "they need observations before they can be assessed."));
  }
}

void rb_part_next(ReportBuild *b, RNode *pParent){
  RNode *pS = rb_section(b, pParent, 1, "next", 0,
                         rtr(b, "Goals proposed for the next period"));
  RNode *pL = 0;
  Date nextEnd = b->p->to + (b->p->to - b->p->from + 1);
  int i;
  for(i=0; i<b->nGoal; i++){
    const GoalStatus *g = &b->aGoal[i];
    Date s = rb_date(ENT_GOAL, g->aGoal, "start_on");
    Date d = rb_date(ENT_GOAL, g->aGoal, "deadline");
    const char *zWhy;
    if( s!=DATE_NONE && s>b->p->to ){
      zWhy = arena_printf(b->pA, rtr(b, "starts on %s"),
                          rb_day_text(b, rb_text(ENT_GOAL, g->aGoal,
                                                 "start_on")));
    }else if( d!=DATE_NONE && d>b->p->to && d<=nextEnd
           && g->res.eStatus!=STATUS_ACHIEVED ){
      zWhy = arena_printf(b->pA, rtr(b, "due on %s"),
                          rb_day_text(b, rb_text(ENT_GOAL, g->aGoal,
                                                 "deadline")));
    }else{
      continue;
    }
    if( pL==0 ) pL = report_node(b->p, pS, RN_LIST, 0);
    report_nodef(b->p, pL, RN_ITEM, "%s (%s)",
                 rb_tx(b, ENT_GOAL, g->aGoal, "title"), zWhy);
  }
  if( pL==0 ){
    rb_para(b, pS, 0, rtr(b, "No goal is recorded as starting or falling "
            "due in the next period. New goals are set at the annual "
            "high-level meeting; once entered, they appear here."));
  }
}

/* "5 of 8 (63 %)" for nRep of nDue periods reported. */
static const char *completeness_text(ReportBuild *b, int nRep, int nDue){
  if( nDue==0 ) return rtr(b, "none due");
  return arena_printf(b->pA, rtr(b, "%d of %d (%d %%)"), nRep, nDue,
                      (int)((100.0*nRep)/nDue + 0.5));
}

/*
** Reporting completeness: of the closed periods the goals needed a figure
** for, those that have one, for the dialogue and for each working group
** (docs/status.md, "Staleness and completeness").
*/
void rb_part_completeness(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Working group"), RH("Periods due"), RH("Periods reported"),
    RH("Share")
  };
  RNode *pS, *pT, *pR;
  int64_t *aWg;
  int i, k, nWg = 0, nDue = 0, nRep = 0;
  if( b->nGoal==0 ) return;
  aWg = arena_alloc(b->pA, sizeof(int64_t)*(size_t)(b->nGoal+1));
  for(k=0; k<b->nGoal; k++){
    int64_t w = rb_int(ENT_GOAL, b->aGoal[k].aGoal, "wg_id");
    nDue += b->aGoal[k].res.nDue;
    nRep += b->aGoal[k].res.nReported;
    for(i=0; i<nWg && aWg[i]!=w; i++){}
    if( i==nWg ) aWg[nWg++] = w;
  }
  pS = rb_section(b, pParent, 1, "completeness", 0,
                  rtr(b, "Reporting completeness"));
  rb_para(b, pS, 0, rtr(b, "Closed periods the goals need a figure for, "
                        "and those that have one."));
  pT = rb_table(b, pS, 4, azHead);
  for(i=-1; i<nWg; i++){
    int nD = 0, nR = 0;
    const RName *pW = 0;
    if( i<0 ){
      nD = nDue;
      nR = nRep;
    }else{
      for(k=0; k<b->nGoal; k++){
        if( rb_int(ENT_GOAL, b->aGoal[k].aGoal, "wg_id")!=aWg[i] ) continue;
        nD += b->aGoal[k].res.nDue;
        nR += b->aGoal[k].res.nReported;
      }
      pW = name_find(b->aWg, b->nWg, aWg[i]);
    }
    pR = rb_row(b, pT);
    rb_cell(b, pR, i<0 ? rtr(b, "The dialogue")
                 : pW ? pW->zName : rtr(b, "no working group"));
    rb_cell_num(b, pR, nD, 0);
    rb_cell_num(b, pR, nR, 0);
    rb_cell(b, pR, completeness_text(b, nR, nD));
  }
}
