/*
** model_plan.c: the kinds of the action plan's life (027_planlife.sql,
** docs/design.md "The plan's life"): a goal's life events, what fulfils
** a roadmap step, the readiness criteria of the long-term goal and the
** cross-walk between a dialogue's two sets of framework areas; their
** fields, enums and the rules of their rows, kept apart from model.c.
** aEntity[] in model.c names the tables defined here.
*/
#include "model.h"
#include "modelInt.h"

#include <stdio.h>
#include <string.h>

#define F(n,t,fl,en,ref,h) { n, t, fl, en, ref, h }
#define REQ FF_REQUIRED

/* What a goal's life event is. */
const char *const azGoalEventKind[] = {
  "proposed", "adopted", "revised", "retired", 0
};
/* What an ongoing roadmap step commits the parties to, as the record can
** check it (src/store/planlife.c); "none" is a step without one. */
const char *const azCommitment[] = {
  "none", "annual_meeting", "quarterly_meeting", "quarterly_report",
  "wg_contact", 0
};

const Field aGoalEventF[] = {
  F("goal_id", FT_REF, REQ|FF_LIST, 0, ENT_GOAL, "the goal"),
  F("kind", FT_ENUM, REQ|FF_LIST, azGoalEventKind, 0,
    "proposed, adopted, revised or retired"),
  F("dated_on", FT_DATE, FF_LIST, 0, 0,
    "the day, when no decision gives it (a decision's is its meeting's)"),
  F("wg_id", FT_REF, FF_LIST, 0, ENT_WG,
    "proposed: the working group that proposed it"),
  F("proposer", FT_TEXT, FF_LIST, 0, 0,
    "proposed: who proposed it, when not a working group"),
  F("proposer_sr", FT_TEXT, FF_HASH0, 0, 0, "who proposed it, in Serbian"),
  F("decision_id", FT_REF, FF_LIST, 0, ENT_DECISION,
    "the decision of a meeting that adopted, revised or retired it"),
  F("reason", FT_TEXT, FF_LONG, 0, 0,
    "why it was revised or retired (or what was adopted)"),
  F("reason_sr", FT_TEXT, FF_LONG, 0, 0, "the reason in Serbian"),
  F("source_id", FT_REF, 0, 0, ENT_SOURCE, "where the record says so"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the remarks in Serbian"),
};
const Field aFulfilF[] = {
  F("step_id", FT_REF, REQ|FF_LIST, 0, ENT_STEP, "the roadmap step"),
  F("meeting_id", FT_REF, FF_LIST, 0, ENT_MEETING,
    "a meeting whose holding fulfils the step"),
  F("decision_id", FT_REF, FF_LIST, 0, ENT_DECISION,
    "a decision that fulfils the step"),
  F("document_id", FT_REF, FF_LIST, 0, ENT_DOCUMENT,
    "a report or other document whose issue fulfils the step"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the remarks in Serbian"),
};
const Field aReadinessF[] = {
  F("dialogue_id", FT_REF, REQ, 0, ENT_DIALOGUE, "the dialogue"),
  F("goal_id", FT_REF, FF_LIST, 0, ENT_GOAL,
    "a goal that must be achieved"),
  F("step_id", FT_REF, FF_LIST, 0, ENT_STEP,
    "a roadmap step that must be done"),
  F("decision_id", FT_REF, FF_LIST, 0, ENT_DECISION,
    "the decision by which the parties set the criterion"),
  F("position", FT_INT, 0, 0, 0, "order in the list"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the remarks in Serbian"),
};
const Field aCrosswalkF[] = {
  F("area_id", FT_REF, REQ|FF_LIST, 0, ENT_AREA,
    "an area of one set, e.g. the proposal's"),
  F("sector_id", FT_REF, REQ|FF_LIST, 0, ENT_AREA,
    "the area of the other set it falls under, e.g. an agreement sector"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "why they correspond"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "why they correspond, in Serbian"),
};

/* Whether field zName of row aVal of entity e is set. */
static int pl_has(int e, const Value *aVal, const char *zName){
  return model_value(e, aVal, zName)->eType!=VAL_NULL;
}

AccRc model_plan_check(int e, const Value *aVal, char *zErr, int nErr){
  if( e==ENT_GOAL_EVENT ){
    const Value *pK = model_value(e, aVal, "kind");
    int k = pK->eType==VAL_TEXT ? model_enum_find(azGoalEventKind, pK->z) : -1;
    if( k==0 ){
      if( !pl_has(e, aVal, "wg_id") && !pl_has(e, aVal, "proposer") ){
        snprintf(zErr, nErr, "wg_id: a proposal names the working group "
                 "(or the proposer) that made it");
        return ACC_INVALID;
      }
    }else if( k>0 ){
      if( !pl_has(e, aVal, "decision_id") ){
        snprintf(zErr, nErr, "decision_id: a goal is %s by a decision of "
                 "a meeting", pK->z);
        return ACC_INVALID;
      }
      if( k>=2 && !pl_has(e, aVal, "reason") ){
        snprintf(zErr, nErr, "reason: required: why the goal was %s",
                 pK->z);
        return ACC_INVALID;
      }
    }
  }else if( e==ENT_FULFIL ){
    int n = pl_has(e, aVal, "meeting_id") + pl_has(e, aVal, "decision_id")
          + pl_has(e, aVal, "document_id");
    if( n!=1 ){
      snprintf(zErr, nErr, "meeting_id: give one of meeting_id, "
               "decision_id and document_id");
      return ACC_INVALID;
    }
  }else if( e==ENT_READINESS ){
    if( pl_has(e, aVal, "goal_id")==pl_has(e, aVal, "step_id") ){
      snprintf(zErr, nErr, "goal_id: give one of goal_id and step_id");
      return ACC_INVALID;
    }
  }else if( e==ENT_CROSSWALK ){
    const Value *pA = model_value(e, aVal, "area_id");
    const Value *pS = model_value(e, aVal, "sector_id");
    if( pA->eType==VAL_INT && pS->eType==VAL_INT && pA->i==pS->i ){
      snprintf(zErr, nErr, "sector_id: an area does not fall under itself");
      return ACC_INVALID;
    }
  }
  return ACC_OK;
}
