/*
** report_part.c: the parts of a report about the dialogue's machinery
** (see reportInt.h): what the dialogue is, the meetings held in the
** period, the decisions and their follow-up, the roadmap and its
** slippage, the risks reviewed, and the working groups' contacts.
*/
#include "reportInt.h"
#include "../store/planlife.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* PlSay for the report: its language. */
static const char *step_tr(void *pCtx, const char *z){
  return rtr((ReportBuild*)pCtx, z);
}

/* A date cell: the date, or the given text when there is none. */
static RNode *date_cell(ReportBuild *b, RNode *pRow, const char *zDate,
                        const char *zNone){
  return rb_cell_date(b, pRow, zDate, zNone);
}

void rb_part_about(ReportBuild *b, RNode *pParent){
  const Value *aD = b->aDialogue;
  RNode *pS = rb_section(b, pParent, 1, "about", 0,
                         rtr(b, "About the dialogue"));
  RNode *pL;
  int n, i;
  int64_t *aId;
  const char *z;
  rb_para(b, pS, 0, arena_printf(b->pA, rtr(b, "%s, stage reached: %s."),
          rb_tx(b, ENT_DIALOGUE, aD, "title"),
          rb_enum(b, rb_text(ENT_DIALOGUE, aD, "state"))));
  aId = rb_ids(b, ENT_PARTY, aEntity[ENT_PARTY].iDialogue, b->idDialogue,
               &n);
  if( n ){
    rb_para(b, pS, 0, rtr(b, "Parties:"));
    pL = report_node(b->p, pS, RN_LIST, 0);
    for(i=0; i<n; i++){
      Value *aP;
      if( store_item_get(b->pStore, ENT_PARTY, aId[i], b->pA, &aP) ){
        continue;
      }
      rb_hash_row(b, ENT_PARTY, aId[i], aP);
      report_node(b->p, pL, RN_ITEM, rb_name(b, ENT_PARTY, aP));
    }
  }
  z = rb_tx(b, ENT_DIALOGUE, aD, "launch_note");
  if( z[0] ) rb_para(b, pS, 0, z);
  z = rb_tx(b, ENT_DIALOGUE, aD, "long_term_goal");
  if( z[0] ){
    rb_para(b, pS, 0, arena_printf(b->pA, rtr(b, "Long-term goal: %s"), z));
  }
}

void rb_part_meetings(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Date"), RH("Meeting"), RH("Kind"), RH("Place"), RH("Decisions")
  };
  RNode *pS = rb_section(b, pParent, 1, "meetings", 0,
                         rtr(b, "Meetings held"));
  RNode *pT = 0, *pR;
  int n, i;
  int64_t *aId = rb_ids(b, ENT_MEETING, aEntity[ENT_MEETING].iDialogue,
                        b->idDialogue, &n);
  for(i=0; i<n; i++){
    Value *aM;
    Date d;
    if( store_item_get(b->pStore, ENT_MEETING, aId[i], b->pA, &aM) ){
      continue;
    }
    d = rb_date(ENT_MEETING, aM, "held_on");
    if( strcmp(rb_text(ENT_MEETING, aM, "state"), "held")!=0 ) continue;
    if( d==DATE_NONE || d<b->p->from || d>b->p->to ) continue;
    rb_hash_row(b, ENT_MEETING, aId[i], aM);
    if( pT==0 ) pT = rb_table(b, pS, 5, azHead);
    pR = rb_row(b, pT);
    rb_cell_date(b, pR, rb_text(ENT_MEETING, aM, "held_on"), "");
    rb_cell(b, pR, rb_tx(b, ENT_MEETING, aM, "title"));
    rb_cell(b, pR, rb_enum(b, rb_text(ENT_MEETING, aM, "kind")));
    rb_cell(b, pR, rb_text(ENT_MEETING, aM, "place"));
    rb_cell_num(b, pR, (double)store_item_count(b->pStore, ENT_DECISION,
                model_field_find(ENT_DECISION, "meeting_id"), aId[i]), 0);
  }
  if( pT==0 ){
    rb_para(b, pS, 0, rtr(b, "No meeting is recorded as held in the "
                             "period."));
  }
}

void rb_part_decisions(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Decision"), RH("Meeting"), RH("Action"), RH("Due"), RH("Done"),
    RH("Follow-up")
  };
  RNode *pS = rb_section(b, pParent, 1, "decisions", 0,
                         rtr(b, "Decisions and their follow-up"));
  RNode *pT = 0, *pR, *pC;
  int nM, i, j;
  int64_t *aM = rb_ids(b, ENT_MEETING, aEntity[ENT_MEETING].iDialogue,
                       b->idDialogue, &nM);
  for(i=0; i<nM; i++){
    Value *aMt;
    int nD;
    int64_t *aD;
    if( store_item_get(b->pStore, ENT_MEETING, aM[i], b->pA, &aMt) ){
      continue;
    }
    aD = rb_ids(b, ENT_DECISION, model_field_find(ENT_DECISION,
                "meeting_id"), aM[i], &nD);
    for(j=0; j<nD; j++){
      Value *aV;
      Date due, done, held;
      int eS;
      const char *zF;
      if( store_item_get(b->pStore, ENT_DECISION, aD[j], b->pA, &aV) ){
        continue;
      }
      held = rb_date(ENT_MEETING, aMt, "held_on");
      if( held!=DATE_NONE && held>b->p->to ) continue;
      rb_hash_row(b, ENT_DECISION, aD[j], aV);
      due = rb_date(ENT_DECISION, aV, "due_on");
      done = rb_date(ENT_DECISION, aV, "done_on");
      if( done!=DATE_NONE && done<=b->p->to ){
        eS = STATUS_ACHIEVED;
        zF = rtr(b, "done");
      }else if( rb_tx(b, ENT_DECISION, aV, "action")[0]==0 ){
        eS = -1;
        zF = rtr(b, "no action to follow");
      }else if( due!=DATE_NONE && due<b->p->to ){
        eS = STATUS_OVERDUE;
        zF = arena_printf(b->pA, rtr(b, "overdue by %d days"),
                          (int)(b->p->to - due));
      }else if( due==DATE_NONE ){
        eS = STATUS_NO_DATA;
        zF = rtr(b, "open, no due date set");
      }else{
        eS = STATUS_ON_TRACK;
        zF = rtr(b, "open");
      }
      if( pT==0 ) pT = rb_table(b, pS, 6, azHead);
      pR = rb_row(b, pT);
      rb_cell(b, pR, rb_tx(b, ENT_DECISION, aV, "text"));
      rb_cell(b, pR, rb_tx(b, ENT_MEETING, aMt, "title"));
      rb_cell(b, pR, rb_tx(b, ENT_DECISION, aV, "action"));
      date_cell(b, pR, rb_text(ENT_DECISION, aV, "due_on"), "");
      date_cell(b, pR, done!=DATE_NONE && done<=b->p->to
                ? rb_text(ENT_DECISION, aV, "done_on") : "", "");
      pC = rb_cell(b, pR, zF);
      pC->eStatus = eS;
    }
  }
  if( pT==0 ){
    rb_para(b, pS, 0, rtr(b, "No decision is recorded."));
  }
}

void rb_part_roadmap(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Step"), RH("Planned"), RH("Done"), RH("Slippage (days)"), RH("State")
  };
  RNode *pS = rb_section(b, pParent, 1, "roadmap", 0,
                         rtr(b, "Roadmap and slippage"));
  RNode *pT, *pR, *pC, *pN;
  Chart *pChart;
  ChartStep *aStep;
  int n, i, k = 0, nDone = 0, nOngoing = 0, nLate = 0;
  int64_t *aId = rb_ids(b, ENT_STEP, aEntity[ENT_STEP].iDialogue,
                        b->idDialogue, &n);
  Date at = b->p->at;
  const char *zAt;
  if( n==0 ){
    rb_para(b, pS, 0, rtr(b, "The dialogue has no roadmap yet."));
    return;
  }
  aStep = arena_alloc(b->pA, sizeof(ChartStep)*n);
  zAt = rb_day(b, at);   /* as the reader's language writes a day */
  {
    rb_para(b, pS, RF_NOTE, arena_printf(b->pA, rtr(b, "Slippage is "
            "counted in days up to %s, the last day of the period reported "
            "on; the roadmap page of the web application counts it up to "
            "the day it is shown, so its figures for steps not yet done "
            "are larger."), zAt));
  }
  pT = rb_table(b, pS, 5, azHead);
  for(i=0; i<n; i++){
    Value *aV;
    Date planned, done;
    int bOngoing, eS;
    const char *zState;
    StepState st;
    char zDone[11];
    if( store_item_get(b->pStore, ENT_STEP, aId[i], b->pA, &aV) ) continue;
    rb_hash_row(b, ENT_STEP, aId[i], aV);
    planned = rb_date(ENT_STEP, aV, "planned_on");
    /* done as typed, or as what fulfils it says; an ongoing step's
    ** commitment judged from the record (027_planlife.sql) */
    store_step_state(b->pStore, aId[i], aV, at, b->pA, &st);
    done = st.done;
    bOngoing = rb_int(ENT_STEP, aV, "ongoing")!=0;
    aStep[k].zLabel = rb_tx(b, ENT_STEP, aV, "title");
    aStep[k].planned = planned;
    aStep[k].actual = done;
    aStep[k].bOngoing = bOngoing;
    if( bOngoing ){
      Date s = rb_date(ENT_STEP, aV, "started_on");
      if( s!=DATE_NONE ) aStep[k].planned = s;
    }
    k++;
    pR = rb_row(b, pT);
    rb_cell(b, pR, rb_tx(b, ENT_STEP, aV, "title"));
    date_cell(b, pR, rb_tx(b, ENT_STEP, aV, "planned_label"),
              rb_text(ENT_STEP, aV, "planned_on"));
    if( done!=DATE_NONE ) date_format(done, zDone);
    date_cell(b, pR, done!=DATE_NONE ? zDone : "", "");
    if( done!=DATE_NONE && planned!=DATE_NONE ){
      rb_cell_num(b, pR, done>planned ? done-planned : 0, 0);
      eS = done>planned ? STATUS_AT_RISK : STATUS_ACHIEVED;
      zState = done>planned
        ? arena_printf(b->pA, rtr(b, "done, %d days late"),
                       (int)(done-planned))
        : rtr(b, "done on time");
    }else if( done!=DATE_NONE ){
      rb_cell(b, pR, "");
      eS = STATUS_ACHIEVED;
      zState = rtr(b, "done");
    }else if( st.eStatus>=0 ){
      rb_cell(b, pR, "");
      eS = st.eStatus;
      zState = arena_printf(b->pA, "%s: %s", rb_status(b, st.eStatus),
                            store_step_say_tr(&st, b->p->eLang, step_tr, b,
                                              b->pA));
    }else if( bOngoing ){
      rb_cell(b, pR, "");
      eS = STATUS_ON_TRACK;
      zState = rtr(b, "ongoing");
    }else if( planned!=DATE_NONE && at>planned ){
      rb_cell_num(b, pR, at-planned, 0);
      eS = STATUS_OVERDUE;
      zState = arena_printf(b->pA, rtr(b, "not recorded as done; %d days "
                            "past the plan"), (int)(at-planned));
    }else if( planned==DATE_NONE ){
      rb_cell(b, pR, "");
      eS = STATUS_NO_DATA;
      zState = rtr(b, "no planned date");
    }else{
      rb_cell_num(b, pR, 0, 0);
      eS = STATUS_NOT_STARTED;
      zState = rtr(b, "planned");
    }
    pC = rb_cell(b, pR, zState);
    pC->eStatus = eS;
    if( done!=DATE_NONE ) nDone++;
    else if( bOngoing ) nOngoing++;
    else if( eS==STATUS_OVERDUE ) nLate++;
  }
  pChart = arena_alloc(b->pA, sizeof(Chart));
  pChart->eKind = CHART_ROADMAP;
  pChart->zTitle = rtr(b, "Roadmap: planned and actual dates");
  pChart->azStatus = rb_status_labels(b);
  pChart->aStep = aStep;
  pChart->nStep = k;
  pChart->today = at;
  pChart->deadline = DATE_NONE;
  pN = report_node(b->p, pS, RN_CHART, rtr(b, "Roadmap: planned and "
                   "actual dates"));
  pN->pChart = pChart;
  pN->zAlt = rb_cases(b, arena_printf(b->pA, rtr(b, "Roadmap of %d steps "
                          "on %s: %d done, %d ongoing, %d past their planned "
                          "date and not recorded as done, %d planned later."),
                          k, zAt, nDone, nOngoing, nLate,
                          k-nDone-nOngoing-nLate));
  /* the figure first: the table may then run on to the next page */
  report_node_move_before(pN, pT);
}

void rb_part_risks(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Risk"), RH("Likelihood"), RH("Impact"), RH("Mitigation"),
    RH("Review on"), RH("Reviewed")
  };
  RNode *pS = rb_section(b, pParent, 1, "risks", 0,
                         rtr(b, "Risks reviewed"));
  RNode *pT = 0, *pR, *pC;
  int n, i, nDue = 0;
  int64_t *aId = rb_ids(b, ENT_RISK, aEntity[ENT_RISK].iDialogue,
                        b->idDialogue, &n);
  for(i=0; i<n; i++){
    Value *aV;
    Date d;
    if( store_item_get(b->pStore, ENT_RISK, aId[i], b->pA, &aV) ) continue;
    if( strcmp(rb_text(ENT_RISK, aV, "state"), "open")!=0 ) continue;
    rb_hash_row(b, ENT_RISK, aId[i], aV);
    d = rb_date(ENT_RISK, aV, "review_on");
    if( pT==0 ) pT = rb_table(b, pS, 6, azHead);
    pR = rb_row(b, pT);
    rb_cell(b, pR, rb_tx(b, ENT_RISK, aV, "description"));
    rb_cell(b, pR, rb_enum(b, rb_text(ENT_RISK, aV, "likelihood")));
    rb_cell(b, pR, rb_enum(b, rb_text(ENT_RISK, aV, "impact")));
    rb_cell(b, pR, rb_tx(b, ENT_RISK, aV, "mitigation"));
    date_cell(b, pR, rb_text(ENT_RISK, aV, "review_on"),
              rtr(b, "none set"));
    if( d!=DATE_NONE && d>=b->p->from && d<=b->p->to ){
      pC = rb_cell(b, pR, rtr(b, "due for review in the period"));
      pC->eStatus = STATUS_ON_TRACK;
      nDue++;
    }else if( d!=DATE_NONE && d<b->p->from ){
      pC = rb_cell(b, pR, rtr(b, "review overdue"));
      pC->eStatus = STATUS_OVERDUE;
    }else if( d==DATE_NONE ){
      pC = rb_cell(b, pR, rtr(b, "no review date set"));
      pC->eStatus = STATUS_NO_DATA;
    }else{
      rb_cell(b, pR, rtr(b, "later"));
    }
  }
  if( pT==0 ){
    rb_para(b, pS, 0, rtr(b, "No open risk is recorded."));
  }else{
    rb_para(b, pS, 0, arena_printf(b->pA, rtr(b, "Open risks due for "
            "review in the period: %d."), nDue));
  }
}

/* Each working group's contacts in the period (its communication log:
** meetings, calls, e-mails, notes), since the proposal asks the groups to
** be in regular communication; with its last contact up to the period's
** end, so a group that fell silent shows as such. */
/* One contact of a group in the period, for sorting by date. */
typedef struct RContact {
  Date d;
  int64_t id;
  const char *zKind;
} RContact;

static int contact_cmp(const void *pA, const void *pB){
  const RContact *x = pA, *y = pB;
  if( x->d!=y->d ) return x->d<y->d ? -1 : 1;
  return x->id<y->id ? -1 : x->id>y->id;
}

void rb_part_contacts(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Working group"), RH("Contacts"), RH("In the period"),
    RH("Last contact")
  };
  RNode *pS = rb_section(b, pParent, 1, "contacts", 0,
                         rtr(b, "Working-group contacts"));
  RNode *pT = 0, *pR;
  int i, k, n;
  int iField = model_field_find(ENT_WG_LOG, "wg_id");
  for(i=0; i<b->nWg; i++){
    int64_t *aId = rb_ids(b, ENT_WG_LOG, iField, b->aWg[i].id, &n);
    RContact *aIn = arena_alloc(b->pA, sizeof(RContact)*(n ? n : 1));
    Buf list = BUF_INIT;
    Date dLast = DATE_NONE;
    char zLast[11], zDay[11];
    int nIn = 0;
    for(k=0; k<n; k++){
      Value *aC;
      Date d;
      if( store_item_get(b->pStore, ENT_WG_LOG, aId[k], b->pA, &aC) ){
        continue;
      }
      d = rb_date(ENT_WG_LOG, aC, "held_on");
      if( d==DATE_NONE || d>b->p->to ) continue;
      rb_hash_row(b, ENT_WG_LOG, aId[k], aC);
      if( dLast==DATE_NONE || d>dLast ) dLast = d;
      if( d<b->p->from ) continue;
      aIn[nIn].d = d;
      aIn[nIn].id = aId[k];
      aIn[nIn].zKind = rb_enum(b, rb_text(ENT_WG_LOG, aC, "kind"));
      nIn++;
    }
    qsort(aIn, nIn, sizeof(aIn[0]), contact_cmp);
    for(k=0; k<nIn; k++){
      /* YYYY-MM-DD: this text cell is also the CSV's. */
      date_format(aIn[k].d, zDay);
      buf_appendf(&list, "%s%s %s", k ? "; " : "", zDay, aIn[k].zKind);
    }
    if( pT==0 ) pT = rb_table(b, pS, 4, azHead);
    pR = rb_row(b, pT);
    rb_cell(b, pR, b->aWg[i].zName);
    rb_cell_num(b, pR, (double)nIn, 0);
    rb_cell(b, pR, nIn ? arena_strdup(b->pA, buf_str(&list))
                       : rtr(b, "none in the period"));
    if( dLast!=DATE_NONE ) date_format(dLast, zLast);
    date_cell(b, pR, dLast!=DATE_NONE ? arena_strdup(b->pA, zLast) : 0,
              rtr(b, "none recorded"));
    buf_free(&list);
  }
  if( pT==0 ){
    rb_para(b, pS, 0, rtr(b, "The dialogue has no working group yet."));
  }
}
