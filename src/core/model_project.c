/*
** model_project.c: the kinds of cooperation projects (024_projects.sql,
** docs/design.md "Projects"): their fields, enums and the rules of their
** rows, kept apart from model.c (see model.h) so that model.c stays
** readable.  aEntity[] in model.c names the tables defined here.
*/
#include "model.h"
#include "modelInt.h"
#include "money.h"

#include <stdio.h>
#include <string.h>

#define F(n,t,fl,en,ref,h) { n, t, fl, en, ref, h }
#define REQ FF_REQUIRED
#define CODE (FF_CODE|FF_REQUIRED|FF_LIST)

/* Cooperation projects (024_projects.sql). */
const char *const azProjectState[] = {
  "proposed", "agreed", "active", "completed", "suspended", "cancelled", 0
};
const char *const azProgressBy[] = { "activities", "declared", 0 };
const char *const azFundingState[] = {
  "pledged", "committed", "disbursed", 0
};
const char *const azActivityState[] = {
  "planned", "ongoing", "done", "cancelled", 0
};


/* Cooperation projects (024_projects.sql, docs/design.md "Projects"): a
** project of a working group, the goals it serves, each party's agency
** and lead, funding by party, activities and links to documents and
** meetings.  Amounts are exact decimal text in their currency's minor
** unit (money.h), never binary numbers. */
const Field aProjectF[] = {
  F("dialogue_id", FT_REF, REQ, 0, ENT_DIALOGUE, "the dialogue"),
  F("wg_id", FT_REF, REQ|FF_LIST, 0, ENT_WG,
    "the working group whose project it is"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("title", FT_TEXT, REQ|FF_LIST, 0, 0, "title of the project"),
  F("title_sr", FT_TEXT, 0, 0, 0, "title in Serbian"),
  F("state", FT_ENUM, REQ|FF_LIST, azProjectState, 0,
    "status of the project"),
  F("description", FT_TEXT, FF_LONG, 0, 0, "what the project does"),
  F("description_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "what the project does, in Serbian"),
  F("planned_start", FT_DATE, 0, 0, 0, "planned first day"),
  F("planned_end", FT_DATE, FF_LIST, 0, 0, "planned last day"),
  F("actual_start", FT_DATE, 0, 0, 0, "day it actually began"),
  F("actual_end", FT_DATE, 0, 0, 0, "day it actually ended"),
  F("budget", FT_TEXT, 0, 0, 0,
    "total budget, an exact decimal amount, e.g. 1500000.00"),
  F("currency", FT_TEXT, 0, 0, 0, "ISO 4217 code of the budget, e.g. USD"),
  F("progress_by", FT_ENUM, 0, azProgressBy, 0,
    "how progress is measured: share of activities done (default) or "
    "a declared percentage"),
  F("progress_pct", FT_INT, 0, 0, 0,
    "declared progress, percent 0 to 100 (progress_by declared)"),
  F("source_id", FT_REF, 0, 0, ENT_SOURCE, "where the project is recorded"),
  F("classification", FT_ENUM, REQ, azClassName, 0, "who may read it"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks, e.g. what is not known"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the remarks in Serbian"),
  F("sectors", FT_TEXT, FF_HASH0, 0, 0,
    "its OECD DAC 5-digit sector codes, separated by spaces, e.g. 11420"),
};
const Field aProjectGoalF[] = {
  F("project_id", FT_REF, REQ|FF_LIST, 0, ENT_PROJECT, "the project"),
  F("goal_id", FT_REF, REQ|FF_LIST, 0, ENT_GOAL, "goal the project serves"),
};
const Field aProjectPartyF[] = {
  F("project_id", FT_REF, REQ|FF_LIST, 0, ENT_PROJECT, "the project"),
  F("party_id", FT_REF, REQ|FF_LIST, 0, ENT_PARTY, "the party"),
  F("agency", FT_TEXT, FF_LIST, 0, 0,
    "the party's implementing agency"),
  F("lead_id", FT_REF, FF_LIST, 0, ENT_PERSON, "the party's project lead"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the remarks in Serbian"),
};
const Field aFundingF[] = {
  F("project_id", FT_REF, REQ|FF_LIST, 0, ENT_PROJECT, "the project"),
  F("party_id", FT_REF, REQ|FF_LIST, 0, ENT_PARTY, "the party that funds"),
  F("amount", FT_TEXT, REQ|FF_LIST, 0, 0,
    "an exact decimal amount, e.g. 250000.00"),
  F("currency", FT_TEXT, REQ|FF_LIST, 0, 0, "ISO 4217 code, e.g. EUR"),
  F("state", FT_ENUM, REQ|FF_LIST, azFundingState, 0,
    "pledged, committed or disbursed"),
  F("funded_on", FT_DATE, FF_LIST, 0, 0, "date of the pledge or payment"),
  F("source_id", FT_REF, 0, 0, ENT_SOURCE, "where it is recorded"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the remarks in Serbian"),
};
const Field aActivityF[] = {
  F("project_id", FT_REF, REQ|FF_LIST, 0, ENT_PROJECT, "the project"),
  F("title", FT_TEXT, REQ|FF_LIST, 0, 0, "what is done"),
  F("title_sr", FT_TEXT, FF_HASH0, 0, 0, "what is done, in Serbian"),
  F("state", FT_ENUM, REQ|FF_LIST, azActivityState, 0,
    "planned, ongoing, done or cancelled"),
  F("planned_start", FT_DATE, 0, 0, 0, "planned first day"),
  F("planned_end", FT_DATE, FF_LIST, 0, 0, "planned last day"),
  F("actual_start", FT_DATE, 0, 0, 0, "day it actually began"),
  F("actual_end", FT_DATE, FF_LIST, 0, 0, "day it actually ended"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the remarks in Serbian"),
};
const Field aProjectLinkF[] = {
  F("project_id", FT_REF, REQ|FF_LIST, 0, ENT_PROJECT, "the project"),
  F("document_id", FT_REF, FF_LIST, 0, ENT_DOCUMENT,
    "a document about the project"),
  F("meeting_id", FT_REF, FF_LIST, 0, ENT_MEETING,
    "a meeting about the project"),
  F("note", FT_TEXT, 0, 0, 0, "what it says of the project"),
  F("note_sr", FT_TEXT, FF_HASH0, 0, 0,
    "what it says of the project, in Serbian"),
};


/* Field zName of row aVal of entity e (which must have it). */
static const Value *pj_get(int e, const Value *aVal, const char *zName){
  return model_value(e, aVal, zName);
}

/* Whether date field zA of row aVal is after date field zB: then the
** message in zErr and ACC_INVALID. */
static AccRc pj_order(int e, const Value *aVal, const char *zA,
                      const char *zB, char *zErr, int nErr){
  const Value *pA = pj_get(e, aVal, zA), *pB = pj_get(e, aVal, zB);
  if( pA->eType==VAL_TEXT && pB->eType==VAL_TEXT && strcmp(pA->z, pB->z)>0 ){
    snprintf(zErr, nErr, "%s: %s is after %s (%s)", zA, pA->z, zB, pB->z);
    return ACC_INVALID;
  }
  return ACC_OK;
}

/* Check amount field zAmt against currency field zCur of row aVal.  An
** amount needs a currency; a currency alone is allowed (a budget not yet
** known, in a currency already agreed). */
static AccRc pj_money(int e, const Value *aVal, const char *zAmt,
                      const char *zCur, char *zErr, int nErr){
  const Value *pA = pj_get(e, aVal, zAmt), *pC = pj_get(e, aVal, zCur);
  int64_t iMinor;
  int n;
  if( pC->eType==VAL_TEXT && money_currency_digits(pC->z)<0 ){
    snprintf(zErr, nErr, "%s: \"%s\" is not an ISO 4217 currency code "
             "(three capital letters, e.g. USD, EUR, RSD)", zCur, pC->z);
    return ACC_INVALID;
  }
  if( pA->eType==VAL_NULL ) return ACC_OK;
  if( pC->eType!=VAL_TEXT ){
    snprintf(zErr, nErr, "%s: required with %s (an ISO 4217 code, e.g. "
             "USD)", zCur, zAmt);
    return ACC_INVALID;
  }
  if( pA->eType!=VAL_TEXT ){
    snprintf(zErr, nErr, "%s: expected an exact decimal amount such as "
             "1500000.00", zAmt);
    return ACC_INVALID;
  }
  n = snprintf(zErr, nErr, "%s: ", zAmt);
  if( n<0 || n>=nErr ) n = 0;
  if( money_parse(pA->z, pC->z, &iMinor, zErr+n, nErr-n) ) return ACC_INVALID;
  zErr[0] = 0;
  return ACC_OK;
}

AccRc model_project_check(int e, const Value *aVal, char *zErr, int nErr){
  switch( e ){
    case ENT_PROJECT: {
      const Value *pBy = pj_get(e, aVal, "progress_by");
      const Value *pPct = pj_get(e, aVal, "progress_pct");
      if( pj_money(e, aVal, "budget", "currency", zErr, nErr) ){
        return ACC_INVALID;
      }
      if( pPct->eType==VAL_INT && (pPct->i<0 || pPct->i>100) ){
        snprintf(zErr, nErr, "progress_pct: must be 0 to 100, got %lld",
                 (long long)pPct->i);
        return ACC_INVALID;
      }
      if( pBy->eType==VAL_TEXT && strcmp(pBy->z, "declared")==0
       && pPct->eType==VAL_NULL ){
        snprintf(zErr, nErr, "progress_pct: required when progress_by is "
                 "declared");
        return ACC_INVALID;
      }
      if( pPct->eType!=VAL_NULL
       && !(pBy->eType==VAL_TEXT && strcmp(pBy->z, "declared")==0) ){
        snprintf(zErr, nErr, "progress_pct: only with progress_by declared "
                 "(otherwise progress is the share of activities done)");
        return ACC_INVALID;
      }
      if( pj_order(e, aVal, "planned_start", "planned_end", zErr, nErr)
       || pj_order(e, aVal, "actual_start", "actual_end", zErr, nErr) ){
        return ACC_INVALID;
      }
      break;
    }
    case ENT_FUNDING:
      return pj_money(e, aVal, "amount", "currency", zErr, nErr);
    case ENT_ACTIVITY:
      if( pj_order(e, aVal, "planned_start", "planned_end", zErr, nErr)
       || pj_order(e, aVal, "actual_start", "actual_end", zErr, nErr) ){
        return ACC_INVALID;
      }
      break;
    case ENT_PROJECT_LINK: {
      int bDoc = pj_get(e, aVal, "document_id")->eType!=VAL_NULL;
      int bMeet = pj_get(e, aVal, "meeting_id")->eType!=VAL_NULL;
      if( bDoc==bMeet ){
        snprintf(zErr, nErr, "%s: a link names one document or one "
                 "meeting", bDoc ? "meeting_id" : "document_id");
        return ACC_INVALID;
      }
      break;
    }
    default:
      break;
  }
  return ACC_OK;
}

/* Whether date field zName of row aVal lies after day today: then the
** message and ACC_INVALID. */
static AccRc pj_not_future(int e, const Value *aVal, const char *zName,
                           Date today, char *zErr, int nErr){
  const Value *p = pj_get(e, aVal, zName);
  Date d;
  char zToday[11];
  if( p->eType!=VAL_TEXT || date_parse(p->z, &d) || d<=today ){
    return ACC_OK;
  }
  date_format(today, zToday);
  snprintf(zErr, nErr, "%s: %s is in the future (today is %s): give "
           "planned dates for the plan", zName, p->z, zToday);
  return ACC_INVALID;
}

AccRc model_project_when(int e, const Value *aVal, Date today, char *zErr,
                         int nErr){
  if( e!=ENT_PROJECT && e!=ENT_ACTIVITY ) return ACC_OK;
  if( pj_not_future(e, aVal, "actual_start", today, zErr, nErr)
   || pj_not_future(e, aVal, "actual_end", today, zErr, nErr) ){
    return ACC_INVALID;
  }
  return ACC_OK;
}
