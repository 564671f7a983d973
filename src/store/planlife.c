/*
** planlife.c: the action plan's life, the roadmap steps the record
** fulfils, the commitments of ongoing steps, readiness of the long-term
** goal and the cross-walk of areas (see planlife.h).  Only the generic
** item functions of store.c are used, so every row is read as the viewer
** may read it.
*/
#include "storeInt.h"
#include "planlife.h"
#include "goalstat.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The ids of the items of entity e whose field zField is id, in id
** order, in *pList (the caller frees pList->a). */
static void pl_ids(Store *p, int e, const char *zField, int64_t id,
                   IdList *pList){
  store_item_each(p, e, model_field_find(e, zField), id,
                  store_row_collect_id, pList);
}

/* Field zName of row aVal of entity e as an id, 0 if not set. */
static int64_t pl_ref(int e, const Value *aVal, const char *zName){
  const Value *v = model_value(e, aVal, zName);
  return v->eType==VAL_INT ? v->i : 0;
}

/* Field zName of row aVal of entity e as text, NULL if not set. */
static const char *pl_text(int e, const Value *aVal, const char *zName){
  const Value *v = model_value(e, aVal, zName);
  return v->eType==VAL_TEXT ? v->z : 0;
}

/* Field zName of row aVal of entity e as a day, DATE_NONE if not set. */
static Date pl_date(int e, const Value *aVal, const char *zName){
  const char *z = pl_text(e, aVal, zName);
  Date d;
  return z && date_parse(z, &d)==0 ? d : DATE_NONE;
}

/* Whether every party approved the current version of item id of entity
** e.  The public reads only approved versions, so what it sees is. */
static int pl_confirmed(Store *p, int e, int64_t id){
  if( store_viewer(p)==CLASS_PUBLIC ) return 1;
  return store_pub_joint(p, e, id, store_item_version(p, e, id));
}

/* The day meeting idMeeting was held, if it is on the record as held on
** or before `at`; with bConfirm only if every party approved that
** record.  DATE_NONE otherwise. */
static Date pl_meeting_held(Store *p, int64_t idMeeting, Date at,
                            int bConfirm, Arena *pA){
  Value *aM;
  const char *zState;
  Date d;
  if( store_item_get(p, ENT_MEETING, idMeeting, pA, &aM) ) return DATE_NONE;
  zState = pl_text(ENT_MEETING, aM, "state");
  d = pl_date(ENT_MEETING, aM, "held_on");
  if( zState==0 || strcmp(zState, "held")!=0 || d==DATE_NONE || d>at ){
    return DATE_NONE;
  }
  if( bConfirm && !pl_confirmed(p, ENT_MEETING, idMeeting) ) return DATE_NONE;
  return d;
}

/* Order of life events: by day (those not in effect last), then id. */
static int ev_cmp(const void *a, const void *b){
  const GoalLifeEvent *x = a, *y = b;
  Date dx = x->on==DATE_NONE ? INT32_MAX : x->on;
  Date dy = y->on==DATE_NONE ? INT32_MAX : y->on;
  if( dx!=dy ) return dx<dy ? -1 : 1;
  return x->id<y->id ? -1 : x->id>y->id;
}

AccRc store_goal_life(Store *p, int64_t idGoal, Date at, Arena *pA,
                      GoalLife *pOut){
  IdList ids = IDLIST_INIT;
  int i, n = 0;
  memset(pOut, 0, sizeof(*pOut));
  pl_ids(p, ENT_GOAL_EVENT, "goal_id", idGoal, &ids);
  pOut->aEv = arena_alloc(pA, sizeof(GoalLifeEvent)*(ids.n ? ids.n : 1));
  for(i=0; i<ids.n; i++){
    Value *aV, *aD;
    GoalLifeEvent *pE = &pOut->aEv[n];
    const char *zKind;
    if( store_item_get(p, ENT_GOAL_EVENT, ids.a[i], pA, &aV) ) continue;
    zKind = pl_text(ENT_GOAL_EVENT, aV, "kind");
    pE->id = ids.a[i];
    pE->eKind = zKind ? model_enum_find(azGoalEventKind, zKind) : 0;
    if( pE->eKind<0 ) pE->eKind = 0;
    pE->idWg = pl_ref(ENT_GOAL_EVENT, aV, "wg_id");
    pE->zProposer = pl_text(ENT_GOAL_EVENT, aV, "proposer");
    pE->zProposerSr = pl_text(ENT_GOAL_EVENT, aV, "proposer_sr");
    pE->zReason = pl_text(ENT_GOAL_EVENT, aV, "reason");
    pE->zReasonSr = pl_text(ENT_GOAL_EVENT, aV, "reason_sr");
    pE->on = pl_date(ENT_GOAL_EVENT, aV, "dated_on");
    pE->idDecision = pl_ref(ENT_GOAL_EVENT, aV, "decision_id");
    if( pE->idDecision ){
      /* A decision's day is its meeting's, once the meeting is held. */
      if( store_item_get(p, ENT_DECISION, pE->idDecision, pA, &aD)==ACC_OK ){
        pE->idMeeting = pl_ref(ENT_DECISION, aD, "meeting_id");
        pE->on = pl_meeting_held(p, pE->idMeeting, at, 0, pA);
        pE->bPending = pE->on==DATE_NONE;
      }else{
        pE->idDecision = 0;   /* not visible: it does not count */
        pE->on = DATE_NONE;
      }
    }
    if( pE->on!=DATE_NONE && pE->on>at ){
      pE->on = DATE_NONE;
    }
    n++;
  }
  free(ids.a);
  pOut->nEv = n;
  if( n>1 ) qsort(pOut->aEv, n, sizeof(GoalLifeEvent), ev_cmp);
  for(i=0; i<n; i++){
    const GoalLifeEvent *pE = &pOut->aEv[i];
    if( pE->eKind==0 ){
      if( pOut->pProposed==0 ) pOut->pProposed = pE;
      continue;
    }
    if( pE->on==DATE_NONE ){
      if( pE->eKind==1 && pE->bPending && pOut->pPending==0 ){
        pOut->pPending = pE;
      }
      continue;
    }
    switch( pE->eKind ){
      case 1:
        pOut->pAdopted = pE;
        pOut->pRetired = 0;
        pOut->pRevised = 0;
        break;
      case 2:
        if( pOut->pAdopted ) pOut->pRevised = pE;
        break;
      case 3:
        if( pOut->pAdopted ) pOut->pRetired = pE;
        break;
    }
  }
  pOut->bInForce = pOut->pAdopted!=0 && pOut->pRetired==0;
  return ACC_OK;
}

AccRc store_plan_in_force(Store *p, int64_t idDialogue, Date at,
                          PlanInForce *pOut){
  IdList goals = IDLIST_INIT;
  int i, j;
  memset(pOut, 0, sizeof(*pOut));
  pl_ids(p, ENT_GOAL, "dialogue_id", idDialogue, &goals);
  for(i=0; i<goals.n; i++){
    Arena a = ARENA_INIT;
    GoalLife life;
    pOut->nGoal++;
    store_goal_life(p, goals.a[i], at, &a, &life);
    if( life.bInForce ){
      int64_t idDec = life.pAdopted->idDecision;
      idlist_add(&pOut->inForce, goals.a[i]);
      for(j=0; j<pOut->decisions.n && pOut->decisions.a[j]!=idDec; j++){}
      if( idDec && j==pOut->decisions.n ) idlist_add(&pOut->decisions, idDec);
    }else if( life.pAdopted==0 && life.pRetired==0 ){
      pOut->nProposed++;
    }
    arena_free(&a);
  }
  free(goals.a);
  return ACC_OK;
}

void store_plan_free(PlanInForce *pPlan){
  free(pPlan->inForce.a);
  free(pPlan->decisions.a);
  memset(pPlan, 0, sizeof(*pPlan));
}

/* The sentences of store_step_state(), English: their message ids. */
#define SAY_DONE      azStepSay[0]
#define SAY_NOTDONE   azStepSay[1]
#define SAY_NOSTART   azStepSay[2]
#define SAY_NOGROUP   azStepSay[3]
const char *const azStepSay[] = {
  "Done on %s: %s, as every party approved it.",
  "Not done: %s of %s things that fulfil it are on the record as held "
  "or issued and approved by every party; not yet: %s.",
  "The commitment runs from the inaugural meeting, which is "
  "not on the record as held.",
  "No working group is on the record as formed.",
  /* annual_meeting: 4 all met, 5 some missed, 6 none complete */
  "A high-level meeting was held in each of the %s full years since %s "
  "(%s).",
  "A high-level meeting was held in %s of the %s full years since %s "
  "(%s); none in %s.",
  "No full year has passed since %s; this year's high-level meeting: %s.",
  /* quarterly_meeting: 7, 8, 9 */
  "A coordination meeting was held in each of the %s full quarters "
  "since %s (%s).",
  "A coordination meeting was held in %s of the %s full quarters since "
  "%s (%s); none in %s.",
  "No full quarter has passed since %s; this quarter's coordination "
  "meeting: %s.",
  /* quarterly_report: 10, 11, 12 */
  "A quarterly report was issued for each of the %s full quarters since "
  "%s (%s).",
  "A quarterly report was issued for %s of the %s full quarters since %s "
  "(%s); none for %s.",
  "No full quarter has passed since %s; this quarter's report: %s.",
  /* wg_contact: 13, 14, 15 */
  "Every working group recorded a contact in each of the %s full "
  "quarters since %s (%s).",
  "Every working group recorded a contact in %s of the %s full quarters "
  "since %s (%s); not in %s.",
  "No full quarter has passed since %s; contacts this quarter: %s.",
  "none", "not yet",
  0
};
#define SAY_NONE   azStepSay[16]
#define SAY_NOTYET azStepSay[17]

char *store_step_say(const StepState *s, const char *zFmt, Arena *pA){
  if( s->zFmt==0 || zFmt==0 ) return arena_strdup(pA, "");
  return arena_printf(pA, zFmt, s->azArg[0], s->azArg[1], s->azArg[2],
                      s->azArg[3], s->azArg[4]);
}

/* Append z to the comma-separated list in pB. */
static void pl_list(Buf *pB, const char *z){
  if( pB->n ) buf_append(pB, ", ", 2);
  buf_append(pB, z, strlen(z));
}

/* Whether the thing row aF of a step_fulfilment names is on the record
** by `at`, and on which day (*pDay); its code or kind into pName. */
static int pl_fulfil_met(Store *p, const Value *aF, Date at, Arena *pA,
                         Date *pDay, Buf *pName){
  int64_t id;
  Value *aV;
  *pDay = DATE_NONE;
  if( (id = pl_ref(ENT_FULFIL, aF, "meeting_id"))!=0 ){
    if( store_item_get(p, ENT_MEETING, id, pA, &aV)==ACC_OK ){
      pl_list(pName, pl_text(ENT_MEETING, aV, "code"));
    }
    *pDay = pl_meeting_held(p, id, at, 1, pA);
  }else if( (id = pl_ref(ENT_FULFIL, aF, "decision_id"))!=0 ){
    if( store_item_get(p, ENT_DECISION, id, pA, &aV)==ACC_OK ){
      char z[40];
      snprintf(z, sizeof(z), "decision %lld", (long long)id);
      pl_list(pName, z);
      if( pl_confirmed(p, ENT_DECISION, id) ){
        *pDay = pl_meeting_held(p, pl_ref(ENT_DECISION, aV, "meeting_id"),
                                at, 1, pA);
      }
    }
  }else if( (id = pl_ref(ENT_FULFIL, aF, "document_id"))!=0 ){
    if( store_item_get(p, ENT_DOCUMENT, id, pA, &aV)==ACC_OK ){
      const char *zState = pl_text(ENT_DOCUMENT, aV, "state");
      Date d = pl_date(ENT_DOCUMENT, aV, "issued_on");
      pl_list(pName, pl_text(ENT_DOCUMENT, aV, "code"));
      if( zState && strcmp(zState, "draft")!=0 && d!=DATE_NONE && d<=at
       && pl_confirmed(p, ENT_DOCUMENT, id) ){
        *pDay = d;
      }
    }
  }
  return *pDay!=DATE_NONE;
}

/* The day the dialogue's inaugural meeting was held, if on the record
** by `at` (the first, if several), or DATE_NONE. */
static Date pl_inaugural(Store *p, int64_t idD, Date at, Arena *pA){
  IdList ids = IDLIST_INIT;
  Date best = DATE_NONE;
  int i;
  pl_ids(p, ENT_MEETING, "dialogue_id", idD, &ids);
  for(i=0; i<ids.n; i++){
    Value *aM;
    const char *zKind;
    Date d;
    if( store_item_get(p, ENT_MEETING, ids.a[i], pA, &aM) ) continue;
    zKind = pl_text(ENT_MEETING, aM, "kind");
    if( zKind==0 || strcmp(zKind, "inaugural")!=0 ) continue;
    d = pl_meeting_held(p, ids.a[i], at, 0, pA);
    if( d!=DATE_NONE && (best==DATE_NONE || d<best) ) best = d;
  }
  free(ids.a);
  return best;
}

/* What the record holds for one period of a commitment. */
typedef struct PlPeriod {
  Period per;
  int bMet;
  Buf what;        /* codes of what met it */
} PlPeriod;

/* Whether meeting row aM (held on day d) counts for commitment eC. */
static int pl_meeting_counts(int eC, const Value *aM){
  const char *zKind = pl_text(ENT_MEETING, aM, "kind");
  if( zKind==0 ) return 0;
  if( eC==1 ){
    return strcmp(zKind, "annual_review")==0
        || strcmp(zKind, "inaugural")==0;
  }
  return eC==2 && strcmp(zKind, "sector_coordination")==0;
}

/* The index in a[0..n-1] of the period holding day d, or -1. */
static int pl_period_of(PlPeriod *a, int n, Date d){
  int i;
  for(i=0; i<n; i++){
    if( d>=period_start(a[i].per) && d<=period_end(a[i].per) ) return i;
  }
  return -1;
}

/* Context of store_report_each() for a quarterly-report commitment. */
typedef struct PlReports {
  PlPeriod *a;
  int n;
  Date at;
} PlReports;

/* Mark the quarter an issued quarterly report covers. */
static int pl_report_one(void *pArg, const IssuedReport *r){
  PlReports *x = pArg;
  Date dFrom, dIss;
  int i;
  char z[40];
  if( strcmp(r->zKind, "quarterly")!=0 || strcmp(r->zState, "issued")!=0
   || r->zIssuedAt==0 ){
    return 0;
  }
  snprintf(z, sizeof(z), "%.10s", r->zIssuedAt);
  if( date_parse(r->zFrom, &dFrom) || date_parse(z, &dIss) || dIss>x->at ){
    return 0;
  }
  i = pl_period_of(x->a, x->n, dFrom);
  if( i<0 || x->a[i].bMet ) return 0;
  x->a[i].bMet = 1;
  snprintf(z, sizeof(z), "report %lld", (long long)r->iReport);
  pl_list(&x->a[i].what, z);
  return 0;
}

/* Judge commitment eC of the step of dialogue idD from day `from` to
** the end of day `at` into s. */
static void pl_commitment(Store *p, int64_t idD, int eC, Date from, Date at,
                          Arena *pA, StepState *s){
  Freq f = eC==1 ? FREQ_YEAR : FREQ_QUARTER;
  Period first = period_containing(from, f), last = period_containing(at, f);
  int64_t i0 = period_index(first), i1 = period_index(last), k;
  int n = (int)(i1 - i0 + 1), i, nFull = 0, nMet = 0, iLast = -1;
  PlPeriod *a = arena_alloc(pA, sizeof(PlPeriod)*(n>0 ? n : 1));
  IdList ids = IDLIST_INIT;
  Buf met = BUF_INIT, missed = BUF_INIT;
  char zFrom[11];
  int iBase = (eC==1 ? 4 : eC==2 ? 7 : eC==3 ? 10 : 13);
  for(k=0; k<n; k++) a[k].per = period_from_index(f, i0+k);
  if( eC==1 || eC==2 ){
    pl_ids(p, ENT_MEETING, "dialogue_id", idD, &ids);
    for(i=0; i<ids.n; i++){
      Value *aM;
      Date d;
      if( store_item_get(p, ENT_MEETING, ids.a[i], pA, &aM)
       || !pl_meeting_counts(eC, aM) ){
        continue;
      }
      d = pl_meeting_held(p, ids.a[i], at, 0, pA);
      if( d==DATE_NONE || d<from || (k = pl_period_of(a, n, d))<0 ) continue;
      a[k].bMet = 1;
      pl_list(&a[k].what, pl_text(ENT_MEETING, aM, "code"));
    }
  }else if( eC==3 ){
    PlReports x;
    x.a = a; x.n = n; x.at = at;
    store_report_each(p, idD, pl_report_one, &x);
  }else{
    /* Working groups in regular contact: every group formed by the end
    ** of a quarter logged a contact (or held a meeting) in it. */
    int nWg = 0;
    int *anHit = arena_alloc(pA, sizeof(int)*(n>0 ? n : 1));
    int *anDue = arena_alloc(pA, sizeof(int)*(n>0 ? n : 1));
    pl_ids(p, ENT_WG, "dialogue_id", idD, &ids);
    for(i=0; i<ids.n; i++){
      Value *aW;
      IdList logs = IDLIST_INIT;
      Date formed;
      int j, *abHit;
      if( store_item_get(p, ENT_WG, ids.a[i], pA, &aW) ) continue;
      formed = pl_date(ENT_WG, aW, "formed_on");
      if( formed==DATE_NONE || formed>at ) continue;
      nWg++;
      abHit = arena_alloc(pA, sizeof(int)*(n>0 ? n : 1));
      pl_ids(p, ENT_WG_LOG, "wg_id", ids.a[i], &logs);
      for(j=0; j<logs.n; j++){
        Value *aL;
        Date d;
        if( store_item_get(p, ENT_WG_LOG, logs.a[j], pA, &aL) ) continue;
        d = pl_date(ENT_WG_LOG, aL, "held_on");
        if( d!=DATE_NONE && d<=at && (k = pl_period_of(a, n, d))>=0 ){
          abHit[k] = 1;
        }
      }
      free(logs.a);
      for(k=0; k<n; k++){
        if( period_end(a[k].per)<formed ) continue;
        anDue[k]++;
        if( abHit[k] ) anHit[k]++;
      }
    }
    if( nWg==0 ){
      free(ids.a);
      s->eStatus = STATUS_NOT_STARTED;
      s->zFmt = SAY_NOGROUP;
      return;
    }
    for(k=0; k<n; k++){
      char z[40];
      a[k].bMet = anDue[k]>0 && anHit[k]==anDue[k];
      snprintf(z, sizeof(z), "%d/%d", anHit[k], anDue[k]);
      pl_list(&a[k].what, z);
    }
  }
  free(ids.a);
  /* Judge the full periods: those that ended by `at`; the first, begun
  ** before `from`, only when it was met. */
  for(k=0; k<n; k++){
    char z[12];
    if( period_end(a[k].per)>at ) continue;
    if( k==0 && period_start(a[k].per)<from && !a[k].bMet ) continue;
    nFull++;
    period_format(a[k].per, z);
    if( a[k].bMet ){
      nMet++;
      pl_list(&met, buf_str(&a[k].what));
    }else{
      pl_list(&missed, z);
    }
    iLast = k;
  }
  date_format(from, zFrom);
  if( nFull==0 ){
    PlPeriod *pNow = &a[n-1];
    s->eStatus = pNow->bMet ? STATUS_ON_TRACK : STATUS_NOT_STARTED;
    s->zFmt = azStepSay[iBase+2];
    s->azArg[0] = arena_strdup(pA, zFrom);
    s->azArg[1] = arena_strdup(pA, pNow->bMet ? buf_str(&pNow->what)
                                              : SAY_NOTYET);
  }else if( nMet==nFull ){
    s->eStatus = STATUS_ON_TRACK;
    s->zFmt = azStepSay[iBase];
    s->azArg[0] = arena_printf(pA, "%d", nFull);
    s->azArg[1] = arena_strdup(pA, zFrom);
    s->azArg[2] = arena_strdup(pA, buf_str(&met));
  }else{
    /* the last full period decides between at risk and off track */
    s->eStatus = a[iLast].bMet ? STATUS_AT_RISK : STATUS_OFF_TRACK;
    s->zFmt = azStepSay[iBase+1];
    s->azArg[0] = arena_printf(pA, "%d", nMet);
    s->azArg[1] = arena_printf(pA, "%d", nFull);
    s->azArg[2] = arena_strdup(pA, zFrom);
    s->azArg[3] = arena_strdup(pA, nMet ? buf_str(&met) : SAY_NONE);
    s->azArg[4] = arena_strdup(pA, buf_str(&missed));
  }
  for(k=0; k<n; k++) buf_free(&a[k].what);
  buf_free(&met);
  buf_free(&missed);
}

/* The part of store_step_state() that says whether the step is done by
** the end of `at`: as typed, or as what fulfils it says. */
static void pl_step_done(Store *p, int64_t idStep, const Value *aStep,
                         Date at, Arena *pA, StepState *s){
  IdList ids = IDLIST_INIT;
  Buf names = BUF_INIT, missing = BUF_INIT;
  Date dLast = DATE_NONE;
  int i;
  memset(s, 0, sizeof(*s));
  s->eStatus = -1;
  s->azArg[0] = s->azArg[1] = s->azArg[2] = s->azArg[3] = "";
  s->azArg[4] = "";
  s->done = pl_date(ENT_STEP, aStep, "done_on");
  if( s->done!=DATE_NONE && s->done>at ) s->done = DATE_NONE;
  pl_ids(p, ENT_FULFIL, "step_id", idStep, &ids);
  for(i=0; i<ids.n; i++){
    Value *aF;
    Date d;
    if( store_item_get(p, ENT_FULFIL, ids.a[i], pA, &aF) ) continue;
    s->nFulfil++;
    Buf one = BUF_INIT;
    if( pl_fulfil_met(p, aF, at, pA, &d, &one) ){
      s->nMet++;
      if( d>dLast ) dLast = d;
      pl_list(&names, buf_str(&one));
    }else{
      pl_list(&missing, buf_str(&one));
    }
    buf_free(&one);
  }
  free(ids.a);
  if( s->nFulfil>0 ){
    char zDay[11];
    s->bByRecord = 1;
    if( s->nMet==s->nFulfil ){
      s->done = dLast;
      date_format(dLast, zDay);
      s->zFmt = SAY_DONE;
      s->azArg[0] = arena_strdup(pA, zDay);
      s->azArg[1] = arena_strdup(pA, buf_str(&names));
    }else{
      s->done = DATE_NONE;
      s->zFmt = SAY_NOTDONE;
      s->azArg[0] = arena_printf(pA, "%d", s->nMet);
      s->azArg[1] = arena_printf(pA, "%d", s->nFulfil);
      s->azArg[2] = arena_strdup(pA, buf_str(&missing));
    }
  }
  buf_free(&names);
  buf_free(&missing);
}

AccRc store_step_state(Store *p, int64_t idStep, const Value *aStep,
                       Date at, Arena *pA, StepState *s){
  const char *zC = pl_text(ENT_STEP, aStep, "commitment");
  pl_step_done(p, idStep, aStep, at, pA, s);
  s->eCommit = zC ? model_enum_find(azCommitment, zC) : 0;
  if( s->eCommit<0 ) s->eCommit = 0;
  if( s->eCommit>0 && s->done==DATE_NONE ){
    int64_t idD = pl_ref(ENT_STEP, aStep, "dialogue_id");
    Date from = pl_date(ENT_STEP, aStep, "started_on");
    if( from==DATE_NONE || from>at ) from = pl_inaugural(p, idD, at, pA);
    if( from==DATE_NONE ){
      s->eStatus = STATUS_NOT_STARTED;
      s->zFmt = SAY_NOSTART;
    }else{
      pl_commitment(p, idD, s->eCommit, from, at, pA, s);
    }
  }
  return ACC_OK;
}

Date store_step_done(Store *p, int64_t idStep, const Value *aStep, Date at,
                     Arena *pA){
  StepState s;
  pl_step_done(p, idStep, aStep, at, pA, &s);
  return s.done;
}

AccRc store_readiness(Store *p, int64_t idDialogue, Date at, Arena *pA,
                      ReadinessCrit **paOut, int *pn, int *pnMet){
  IdList ids = IDLIST_INIT;
  ReadinessCrit *a;
  int64_t *aPos;
  StatusConfig cfg;
  int i, j, n = 0, nMet = 0;
  pl_ids(p, ENT_READINESS, "dialogue_id", idDialogue, &ids);
  a = arena_alloc(pA, sizeof(ReadinessCrit)*(ids.n ? ids.n : 1));
  aPos = arena_alloc(pA, sizeof(int64_t)*(ids.n ? ids.n : 1));
  goalstat_config(p, idDialogue, &cfg);
  for(i=0; i<ids.n; i++){
    Value *aV;
    ReadinessCrit c;
    int64_t iPos;
    if( store_item_get(p, ENT_READINESS, ids.a[i], pA, &aV) ) continue;
    memset(&c, 0, sizeof(c));
    c.id = ids.a[i];
    c.idGoal = pl_ref(ENT_READINESS, aV, "goal_id");
    c.idStep = pl_ref(ENT_READINESS, aV, "step_id");
    c.idDecision = pl_ref(ENT_READINESS, aV, "decision_id");
    iPos = model_value(ENT_READINESS, aV, "position")->eType==VAL_INT
         ? model_value(ENT_READINESS, aV, "position")->i : INT32_MAX;
    if( c.idGoal ){
      GoalStatus g;
      if( goalstat_get(p, c.idGoal, at, &cfg, pA, &g)==ACC_OK ){
        c.bMet = g.res.eStatus==STATUS_ACHIEVED;
      }else{
        continue;   /* a goal the reader may not see */
      }
    }else{
      Value *aS;
      StepState st;
      if( store_item_get(p, ENT_STEP, c.idStep, pA, &aS) ) continue;
      store_step_state(p, c.idStep, aS, at, pA, &st);
      c.bMet = st.done!=DATE_NONE;
    }
    /* insertion by position, then id */
    for(j=n; j>0 && aPos[j-1]>iPos; j--){
      a[j] = a[j-1];
      aPos[j] = aPos[j-1];
    }
    a[j] = c;
    aPos[j] = iPos;
    n++;
    nMet += c.bMet;
  }
  free(ids.a);
  *paOut = a;
  *pn = n;
  *pnMet = nMet;
  return ACC_OK;
}

/* Append to pOut the field zWant of the cross-walk rows whose field
** zBy is idArea. */
static void pl_walk(Store *p, int64_t idArea, const char *zBy,
                    const char *zWant, IdList *pOut){
  IdList ids = IDLIST_INIT;
  Arena a = ARENA_INIT;
  int i;
  pl_ids(p, ENT_CROSSWALK, zBy, idArea, &ids);
  for(i=0; i<ids.n; i++){
    Value *aV;
    if( store_item_get(p, ENT_CROSSWALK, ids.a[i], &a, &aV)==ACC_OK ){
      int64_t id = pl_ref(ENT_CROSSWALK, aV, zWant);
      Value *aArea;
      if( id && store_item_get(p, ENT_AREA, id, &a, &aArea)==ACC_OK ){
        idlist_add(pOut, id);
      }
    }
  }
  arena_free(&a);
  free(ids.a);
}

void store_crosswalk_to(Store *p, int64_t idArea, IdList *pOut){
  pl_walk(p, idArea, "area_id", "sector_id", pOut);
}

void store_crosswalk_from(Store *p, int64_t idArea, IdList *pOut){
  pl_walk(p, idArea, "sector_id", "area_id", pOut);
}

/* The dialogue of item id of entity e, through its parents, read as the
** operator (a check of references, not a read for the writer). */
static int64_t pl_dialogue(Store *p, int e, int64_t id, Arena *pA){
  Value *aV;
  const EntityDef *pE = &aEntity[e];
  if( e==ENT_DIALOGUE ) return id;
  if( id==0 || store_item_get(p, e, id, pA, &aV) ) return 0;
  if( pE->iDialogue>=0 && aV[pE->iDialogue].eType==VAL_INT ){
    return aV[pE->iDialogue].i;
  }
  if( pE->iParent>=0 && aV[pE->iParent].eType==VAL_INT ){
    return pl_dialogue(p, pE->aField[pE->iParent].eRef, aV[pE->iParent].i,
                       pA);
  }
  return 0;
}

AccRc store_plan_crosscheck(Store *p, int e, const Value *aVal, char *zErr,
                            int nErr){
  const EntityDef *pE = &aEntity[e];
  Arena a = ARENA_INIT;
  Class eView = store_viewer(p);
  AccRc rc = ACC_OK;
  int64_t idD;
  int i;
  if( e!=ENT_GOAL_EVENT && e!=ENT_FULFIL && e!=ENT_CROSSWALK ) return ACC_OK;
  store_set_viewer(p, CLASS_RESTRICTED);
  idD = aVal[pE->iParent].eType==VAL_INT
      ? pl_dialogue(p, pE->aField[pE->iParent].eRef, aVal[pE->iParent].i, &a)
      : 0;
  for(i=0; idD && rc==ACC_OK && i<pE->nField; i++){
    const Field *pF = &pE->aField[i];
    int64_t idOther;
    if( i==pE->iParent || pF->eType!=FT_REF || aVal[i].eType!=VAL_INT
     || pF->eRef==ENT_SOURCE ){
      continue;
    }
    idOther = pl_dialogue(p, pF->eRef, aVal[i].i, &a);
    if( idOther && idOther!=idD ){
      snprintf(zErr, nErr, "%s: %s %lld belongs to another dialogue",
               pF->zName, aEntity[pF->eRef].zTitle, (long long)aVal[i].i);
      rc = ACC_INVALID;
    }
  }
  if( rc==ACC_OK && e==ENT_CROSSWALK ){
    Value *aA, *aS;
    const Value *pA = &aVal[model_field_find(e, "area_id")];
    const Value *pS = &aVal[model_field_find(e, "sector_id")];
    if( pA->eType==VAL_INT && pS->eType==VAL_INT
     && store_item_get(p, ENT_AREA, pA->i, &a, &aA)==ACC_OK
     && store_item_get(p, ENT_AREA, pS->i, &a, &aS)==ACC_OK ){
      const char *zA = pl_text(ENT_AREA, aA, "area_set");
      const char *zS = pl_text(ENT_AREA, aS, "area_set");
      if( zA && zS && strcmp(zA, zS)==0 ){
        snprintf(zErr, nErr, "sector_id: area %lld is of the same set (%s) "
                 "as area %lld; a cross-walk joins two sets",
                 (long long)pS->i, zS, (long long)pA->i);
        rc = ACC_INVALID;
      }
    }
  }
  store_set_viewer(p, eView);
  arena_free(&a);
  return rc;
}
