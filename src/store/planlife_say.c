/*
** planlife_say.c: a goal's life and a step's state in words and as JSON
** (see planlife.h), the one writer of the CLI, the pages, the API and
** the reports.  Sentences are built from message ids (English) that the
** caller's function translates (po/sr-Latn.po); names are the items'
** own, in Serbian where the reader reads Serbian and the item has it.
*/
#include "storeInt.h"
#include "planlife.h"
#include "../core/l10n.h"

#include <jansson.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The message ids of store_goal_life_say(). */
const char *const azGoalLifeSay[] = {
  "Proposed by %s",
  "Proposed (the record names no proposer)",
  "No proposal on the record",
  "adopted by decision %s of %s (%s)",
  "not yet adopted by a meeting",
  "to be adopted at %s, not yet on the record as held",
  "revised by decision %s of %s (%s): %s",
  "retired by decision %s of %s (%s): %s",
  "in force",
  "not in force",
  "not yet held",
  0
};

/* Text zName of item id of entity e (its Serbian twin zName_sr when bSr
** and set), or its code, or "#id". */
static const char *ls_name(Store *p, int e, int64_t id, const char *zName,
                           int bSr, Arena *pA){
  Value *aV;
  char zSr[40];
  int iCode;
  if( id==0 ) return "";
  if( store_item_get(p, e, id, pA, &aV)==ACC_OK ){
    int i;
    snprintf(zSr, sizeof(zSr), "%s_sr", zName);
    if( bSr && (i = model_field_find(e, zSr))>=0 && aV[i].eType==VAL_TEXT
     && aV[i].z[0] ){
      return aV[i].z;
    }
    if( (i = model_field_find(e, zName))>=0 && aV[i].eType==VAL_TEXT ){
      return aV[i].z;
    }
    if( (iCode = model_code_field(e))>=0 && aV[iCode].eType==VAL_TEXT ){
      return aV[iCode].z;
    }
  }
  return arena_printf(pA, "#%lld", (long long)id);
}

/* The meeting of event pE as "meeting CODE", its day (in words in
** language eLang, or "2025-01-11" if eLang<0), in pA. */
static void ls_meeting(Store *p, const GoalLifeEvent *pE, int eLang,
                       PlSay xTr, void *pCtx, Arena *pA, const char **pzM,
                       const char **pzDay){
  char zDay[L10N_DATESZ];
  *pzM = ls_name(p, ENT_MEETING, pE->idMeeting, "title", eLang>0, pA);
  if( pE->on!=DATE_NONE ){
    if( eLang<0 ) date_format(pE->on, zDay);
    else l10n_date(pE->on, eLang, zDay);
    *pzDay = arena_strdup(pA, zDay);
  }else{
    *pzDay = xTr(pCtx, "not yet held");
  }
}

char *store_goal_life_say(Store *p, const GoalLife *pL, int eLang,
                          PlSay xTr, void *pCtx, Arena *pA){
  Buf b = BUF_INIT;
  char *z;
  const char *zM, *zDay;
  int bSr = eLang>0;
  if( pL->pProposed ){
    const GoalLifeEvent *pE = pL->pProposed;
    if( pE->idWg ){
      buf_appendf(&b, xTr(pCtx, azGoalLifeSay[0]),
                  ls_name(p, ENT_WG, pE->idWg, "name", bSr, pA));
    }else if( pE->zProposer ){
      buf_appendf(&b, xTr(pCtx, azGoalLifeSay[0]),
                  bSr && pE->zProposerSr ? pE->zProposerSr : pE->zProposer);
    }else{
      buf_puts(&b, xTr(pCtx, azGoalLifeSay[1]));
    }
  }else{
    buf_puts(&b, xTr(pCtx, azGoalLifeSay[2]));
  }
  buf_puts(&b, "; ");
  if( pL->pAdopted ){
    ls_meeting(p, pL->pAdopted, eLang, xTr, pCtx, pA, &zM, &zDay);
    buf_appendf(&b, xTr(pCtx, azGoalLifeSay[3]), arena_printf(pA, "%lld",
                (long long)pL->pAdopted->idDecision), zM, zDay);
  }else if( pL->pPending ){
    ls_meeting(p, pL->pPending, eLang, xTr, pCtx, pA, &zM, &zDay);
    buf_appendf(&b, xTr(pCtx, azGoalLifeSay[5]), zM);
  }else{
    buf_puts(&b, xTr(pCtx, azGoalLifeSay[4]));
  }
  if( pL->pRevised ){
    const GoalLifeEvent *pE = pL->pRevised;
    ls_meeting(p, pE, eLang, xTr, pCtx, pA, &zM, &zDay);
    buf_puts(&b, "; ");
    buf_appendf(&b, xTr(pCtx, azGoalLifeSay[6]), arena_printf(pA, "%lld",
                (long long)pE->idDecision), zM, zDay,
                bSr && pE->zReasonSr ? pE->zReasonSr
                : pE->zReason ? pE->zReason : "");
  }
  if( pL->pRetired ){
    const GoalLifeEvent *pE = pL->pRetired;
    ls_meeting(p, pE, eLang, xTr, pCtx, pA, &zM, &zDay);
    buf_puts(&b, "; ");
    buf_appendf(&b, xTr(pCtx, azGoalLifeSay[7]), arena_printf(pA, "%lld",
                (long long)pE->idDecision), zM, zDay,
                bSr && pE->zReasonSr ? pE->zReasonSr
                : pE->zReason ? pE->zReason : "");
  }
  buf_putc(&b, '.');
  z = arena_strdup(pA, buf_str(&b));
  buf_free(&b);
  return z;
}

/* An event as JSON. */
static json_t *ls_event_json(Store *p, const GoalLifeEvent *pE, Arena *pA){
  json_t *pO = json_object();
  char zDay[11];
  json_object_set_new(pO, "id", json_integer(pE->id));
  json_object_set_new(pO, "kind", json_string(azGoalEventKind[pE->eKind]));
  if( pE->on!=DATE_NONE ){
    date_format(pE->on, zDay);
    json_object_set_new(pO, "on", json_string(zDay));
  }else{
    json_object_set_new(pO, "on", json_null());
  }
  json_object_set_new(pO, "pending", json_boolean(pE->bPending));
  json_object_set_new(pO, "decision_id", pE->idDecision
                      ? json_integer(pE->idDecision) : json_null());
  json_object_set_new(pO, "meeting_id", pE->idMeeting
                      ? json_integer(pE->idMeeting) : json_null());
  json_object_set_new(pO, "wg_id", pE->idWg ? json_integer(pE->idWg)
                      : json_null());
  json_object_set_new(pO, "wg", pE->idWg ? json_string(ls_name(p, ENT_WG,
                      pE->idWg, "name", 0, pA)) : json_null());
  json_object_set_new(pO, "proposer", pE->zProposer
                      ? json_string(pE->zProposer) : json_null());
  json_object_set_new(pO, "reason", pE->zReason ? json_string(pE->zReason)
                      : json_null());
  return pO;
}

/* pE as JSON, or null. */
static json_t *ls_event_or_null(Store *p, const GoalLifeEvent *pE,
                                Arena *pA){
  return pE ? ls_event_json(p, pE, pA) : json_null();
}

/* The identity: English as it is. */
static const char *ls_english(void *pCtx, const char *z){
  (void)pCtx;
  return z;
}

json_t *store_goal_life_json(Store *p, const GoalLife *pL, Arena *pA){
  json_t *pO = json_object(), *pArr = json_array();
  int i;
  json_object_set_new(pO, "in_force", json_boolean(pL->bInForce));
  json_object_set_new(pO, "proposed", ls_event_or_null(p, pL->pProposed,
                                                       pA));
  json_object_set_new(pO, "adopted", ls_event_or_null(p, pL->pAdopted, pA));
  json_object_set_new(pO, "revised", ls_event_or_null(p, pL->pRevised, pA));
  json_object_set_new(pO, "retired", ls_event_or_null(p, pL->pRetired, pA));
  json_object_set_new(pO, "pending", ls_event_or_null(p, pL->pPending, pA));
  for(i=0; i<pL->nEv; i++){
    json_array_append_new(pArr, ls_event_json(p, &pL->aEv[i], pA));
  }
  json_object_set_new(pO, "events", pArr);
  json_object_set_new(pO, "text", json_string(store_goal_life_say(p, pL, -1,
                      ls_english, 0, pA)));
  return pO;
}

char *store_step_say_tr(const StepState *s, int eLang, PlSay xTr,
                        void *pCtx, Arena *pA){
  const char *az[5];
  const char *zFmt;
  size_t n;
  int i;
  if( s->zFmt==0 ) return arena_strdup(pA, "");
  zFmt = xTr(pCtx, s->zFmt);
  n = strlen(zFmt) + 64;
  for(i=0; i<5; i++){
    az[i] = s->azArg[i] ? s->azArg[i] : "";
    /* "none", "not yet": words of the catalogue */
    if( strcmp(az[i], azStepSay[16])==0 || strcmp(az[i], azStepSay[17])==0 ){
      az[i] = xTr(pCtx, az[i]);
    }
    n += 5*strlen(az[i]);
  }
  return l10n_fill(zFmt, az, 5, eLang, arena_alloc(pA, n), n);
}

json_t *store_step_state_json(const StepState *s, Arena *pA){
  json_t *pO = json_object();
  char zDay[11];
  if( s->done!=DATE_NONE ){
    date_format(s->done, zDay);
    json_object_set_new(pO, "done_on", json_string(zDay));
  }else{
    json_object_set_new(pO, "done_on", json_null());
  }
  json_object_set_new(pO, "by_record", json_boolean(s->bByRecord));
  json_object_set_new(pO, "fulfilments", json_integer(s->nFulfil));
  json_object_set_new(pO, "fulfilments_met", json_integer(s->nMet));
  json_object_set_new(pO, "commitment", s->eCommit>0
                      ? json_string(azCommitment[s->eCommit]) : json_null());
  json_object_set_new(pO, "status", s->eStatus>=0
                      ? json_string(azStatusName[s->eStatus]) : json_null());
  json_object_set_new(pO, "explanation", s->zFmt
                      ? json_string(store_step_say(s, s->zFmt, pA))
                      : json_null());
  return pO;
}
