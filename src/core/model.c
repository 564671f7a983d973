/*
** model.c: the entity and field tables, and validation of values (see
** model.h; the checks of whole rows are in model_row.c).  Adding a field to an entity here, and a column to
** the schema migration, is all it takes for the CLI, the fixture loader
** and the exports to handle it.
*/
#include "model.h"
#include "modelInt.h"
#include "breakdown.h"

#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const azAccRcName[ACC_RC__MAX] = {
  "ok", "invalid", "not_found", "conflict", "busy", "io", "denied"
};
const char *const azClassName[CLASS__MAX + 1] = {
  "public", "internal", "restricted", 0
};
const char *const azFieldTypeName[FT__MAX] = {
  "text", "integer", "number", "yes/no", "date (YYYY-MM-DD)",
  "period (YYYY, YYYY-Qn or YYYY-MM)", "one of", "id or code"
};
const char *const azDialogueState[] = {
  "proposed", "negotiation", "established", "comprehensive", 0
};
const char *const azMemberRole[] = { "co-lead", "member", 0 };
const char *const azLogKind[] = { "meeting", "call", "email", "note", 0 };
const char *const azMeetingKind[] = {
  "inaugural", "annual_review", "sector_coordination", "working_group",
  "other", 0
};
const char *const azMeetingState[] = { "planned", "held", "cancelled", 0 };
const char *const azDocKind[] = {
  "joint_statement", "agreement", "minutes", "report", "other", 0
};
const char *const azDocState[] = { "draft", "approved", "published", 0 };
const char *const azRiskLevel[] = { "low", "medium", "high", 0 };
const char *const azRiskState[] = { "open", "closed", 0 };
const char *const azGoalKindEnum[] = {
  "growth", "count_period", "count_window", "milestone", "level", 0
};
const char *const azFreqEnum[] = { "month", "quarter", "year", 0 };
const char *const azAggEnum[] = { "sum", "last", "mean", 0 };
#define F(n,t,fl,en,ref,h) { n, t, fl, en, ref, h }
#define REQ FF_REQUIRED
#define CODE (FF_CODE|FF_REQUIRED|FF_LIST)
#define NF(a) (int)(sizeof(a)/sizeof(a[0]))

static const Field aSourceF[] = {
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("title", FT_TEXT, REQ|FF_LIST, 0, 0, "title of the document or series"),
  F("publisher", FT_TEXT, FF_LIST, 0, 0, "who published it"),
  F("url", FT_TEXT, 0, 0, 0, "where it can be read"),
  F("published_on", FT_DATE, FF_LIST, 0, 0, "date of publication"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks on the source"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "the remarks on the source in Serbian"),
  F("classification", FT_ENUM, REQ|FF_HASH0, azClassName, 0,
    "who may read it"),
};
static const Field aDialogueF[] = {
  F("code", FT_TEXT, CODE, 0, 0, "short unique code, e.g. us-rs"),
  F("title", FT_TEXT, REQ|FF_LIST, 0, 0, "title of the dialogue"),
  F("title_sr", FT_TEXT, FF_HASH0, 0, 0,
    "the title in Serbian (Latin or Cyrillic)"),
  F("state", FT_ENUM, REQ|FF_LIST, azDialogueState, 0, "stage reached"),
  F("launched_year", FT_INT, FF_LIST, 0, 0, "year of launch or signing"),
  F("launched_on", FT_DATE, 0, 0, 0, "date of launch or signing, if known"),
  F("launched_at", FT_TEXT, 0, 0, 0, "place of launch or signing"),
  F("launch_note", FT_TEXT, FF_LONG, 0, 0,
    "what is known of the launch, and by whose account"),
  F("launch_note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "the account of the launch in Serbian"),
  F("launch_source_id", FT_REF, 0, 0, ENT_SOURCE, "source of the launch"),
  F("focus", FT_TEXT, FF_LIST, 0, 0, "main focus in a few words"),
  F("focus_sr", FT_TEXT, FF_HASH0, 0, 0, "the focus in Serbian"),
  F("long_term_goal", FT_TEXT, FF_LONG, 0, 0, "the long-term goal"),
  F("long_term_goal_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "the long-term goal in Serbian"),
  F("target_on", FT_DATE, 0, 0, 0, "target date of the long-term goal"),
  F("on_track_ratio", FT_REAL, 0, 0, 0,
    "progress ratio graded on track (default 0.95)"),
  F("at_risk_ratio", FT_REAL, 0, 0, 0,
    "progress ratio graded at risk (default 0.60)"),
  F("horizon_days", FT_INT, 0, 0, 0,
    "days before a deadline an unstarted milestone is at risk (default 90)"),
  F("classification", FT_ENUM, REQ, azClassName, 0, "who may read it"),
  F("publish_risks", FT_BOOL, 0, 0, 0,
    "its approved risks are public too (default no)"),
  F("stale_periods", FT_INT, FF_HASH0, 0, 0,
    "a figure this many periods old is not graded (default 2)"),
};
static const Field aPartyF[] = {
  F("dialogue_id", FT_REF, REQ|FF_LIST, 0, ENT_DIALOGUE, "the dialogue"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code, e.g. us-rs/us"),
  F("name", FT_TEXT, REQ|FF_LIST, 0, 0, "name of the party"),
  F("name_sr", FT_TEXT, 0, 0, 0, "name in Serbian"),
  F("country", FT_TEXT, FF_LIST|FF_HASH0, 0, 0,
    "its country, ISO 3166-1 alpha-2 code, e.g. RS"),
  F("org_ref", FT_TEXT, FF_HASH0, 0, 0,
    "its IATI organisation identifier, if it has one, e.g. US-USAGOV"),
};
static const Field aPersonF[] = {
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("name", FT_TEXT, REQ|FF_LIST, 0, 0, "full name"),
  F("name_sr", FT_TEXT, FF_HASH0, 0, 0,
    "the name as Serbian writes it (Latin or Cyrillic)"),
  F("party_id", FT_REF, FF_LIST, 0, ENT_PARTY, "party the person serves"),
  F("position", FT_TEXT, FF_LIST, 0, 0, "title or office"),
  F("position_sr", FT_TEXT, FF_HASH0, 0, 0, "the title or office in Serbian"),
  F("email", FT_TEXT, 0, 0, 0, "e-mail address"),
};
static const Field aAreaF[] = {
  F("dialogue_id", FT_REF, REQ|FF_LIST, 0, ENT_DIALOGUE, "the dialogue"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("area_set", FT_TEXT, REQ|FF_LIST, 0, 0,
    "which set of areas it belongs to, e.g. proposal or agreement"),
  F("name", FT_TEXT, REQ|FF_LIST, 0, 0, "name of the area"),
  F("name_sr", FT_TEXT, 0, 0, 0, "name in Serbian"),
  F("description", FT_TEXT, FF_LONG, 0, 0, "what it covers"),
  F("description_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "what it covers, in Serbian"),
  F("position", FT_INT, 0, 0, 0, "order within its set"),
  F("sectors", FT_TEXT, FF_HASH0, 0, 0,
    "its OECD DAC 5-digit sector codes, separated by spaces, e.g. 33110"),
};
static const Field aWgF[] = {
  F("dialogue_id", FT_REF, REQ|FF_LIST, 0, ENT_DIALOGUE, "the dialogue"),
  F("area_id", FT_REF, FF_LIST, 0, ENT_AREA, "its framework area"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("name", FT_TEXT, REQ|FF_LIST, 0, 0, "name of the working group"),
  F("name_sr", FT_TEXT, FF_HASH0, 0, 0,
    "the name in Serbian (Latin or Cyrillic)"),
  F("mandate", FT_TEXT, FF_LONG, 0, 0, "what it is to do"),
  F("mandate_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "the mandate in Serbian"),
  F("formed_on", FT_DATE, FF_LIST, 0, 0, "date formed"),
};
static const Field aWgMemberF[] = {
  F("wg_id", FT_REF, REQ|FF_LIST, 0, ENT_WG, "the working group"),
  F("person_id", FT_REF, REQ|FF_LIST, 0, ENT_PERSON, "the person"),
  F("role", FT_ENUM, REQ|FF_LIST, azMemberRole, 0, "role in the group"),
};
static const Field aWgLogF[] = {
  F("wg_id", FT_REF, REQ|FF_LIST, 0, ENT_WG, "the working group"),
  F("held_on", FT_DATE, REQ|FF_LIST, 0, 0, "date of the contact"),
  F("kind", FT_ENUM, REQ|FF_LIST, azLogKind, 0, "kind of contact"),
  F("summary", FT_TEXT, REQ|FF_LIST, 0, 0, "what was said or agreed"),
  F("summary_sr", FT_TEXT, FF_HASH0, 0, 0,
    "what was said or agreed, in Serbian"),
  F("classification", FT_ENUM, REQ, azClassName, 0, "who may read it"),
};
static const Field aBenefitF[] = {
  F("dialogue_id", FT_REF, REQ|FF_LIST, 0, ENT_DIALOGUE, "the dialogue"),
  F("party_id", FT_REF, REQ|FF_LIST, 0, ENT_PARTY, "party that benefits"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("text", FT_TEXT, REQ|FF_LIST, 0, 0, "the benefit"),
  F("text_sr", FT_TEXT, FF_HASH0, 0, 0, "the benefit in Serbian"),
  F("position", FT_INT, 0, 0, 0, "order in the list"),
};
static const Field aIndicatorF[] = {
  F("dialogue_id", FT_REF, REQ|FF_LIST, 0, ENT_DIALOGUE, "the dialogue"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("name", FT_TEXT, REQ|FF_LIST, 0, 0, "what is measured"),
  F("name_sr", FT_TEXT, FF_HASH0, 0, 0, "what is measured, in Serbian"),
  F("unit", FT_TEXT, REQ|FF_LIST, 0, 0, "unit, e.g. million USD"),
  F("unit_sr", FT_TEXT, FF_HASH0, 0, 0,
    "the unit in Serbian, e.g. miliona USD"),
  F("frequency", FT_ENUM, REQ|FF_LIST, azFreqEnum, 0, "period of one value"),
  F("aggregation", FT_ENUM, REQ, azAggEnum, 0,
    "how periods add up: sum (flows, counts), last (stocks), mean"),
  F("statistics_of", FT_TEXT, FF_LIST, 0, 0,
    "whose statistics the series holds (sides' series are never mixed)"),
  F("statistics_of_sr", FT_TEXT, FF_HASH0, 0, 0,
    "whose statistics the series holds, in Serbian"),
  F("owner_id", FT_REF, 0, 0, ENT_PERSON, "who resolves its data conflicts"),
  F("description", FT_TEXT, FF_LONG, 0, 0, "definition and coverage"),
  F("description_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "definition and coverage in Serbian"),
  F("classification", FT_ENUM, REQ, azClassName, 0, "who may read it"),
  F("source_id", FT_REF, 0, 0, ENT_SOURCE,
    "source of record: only its values are graded, others shown beside"),
  F("forecasts", FT_BOOL, FF_HASH0, 0, 0,
    "takes values for periods not yet begun (forecasts)"),
};
static const Field aObservationF[] = {
  F("indicator_id", FT_REF, REQ|FF_LIST, 0, ENT_INDICATOR, "the indicator"),
  F("period", FT_PERIOD, REQ|FF_LIST, 0, 0, "period of the value"),
  F("value", FT_REAL, REQ|FF_LIST, 0, 0, "the value"),
  F("source_id", FT_REF, FF_LIST, 0, ENT_SOURCE, "where it comes from"),
  F("entered_by", FT_TEXT, FF_AUTO|FF_LIST, 0, 0, "who entered it"),
  F("entered_at", FT_TEXT, FF_AUTO, 0, 0, "when it was entered (UTC)"),
  F("preferred", FT_BOOL, FF_LIST, 0, 0,
    "the owner marked this value as the one that counts"),
  F("preferred_upto", FT_INT, FF_AUTO|FF_HASH0, 0, 0,
    "latest value of its period when the owner chose it: a disagreeing "
    "value of another source entered later reopens the choice"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the remarks in Serbian"),
  F("breakdown", FT_TEXT, FF_HASH0, 0, 0,
    "the cell of a breakdown the value is, e.g. age=15-24;sex=female "
    "(dimensions in name order); empty for the total"),
};
static const Field aGoalF[] = {
  F("dialogue_id", FT_REF, REQ, 0, ENT_DIALOGUE, "the dialogue"),
  F("area_id", FT_REF, REQ, 0, ENT_AREA, "its framework area"),
  F("wg_id", FT_REF, 0, 0, ENT_WG, "working group in charge"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("title", FT_TEXT, REQ|FF_LIST, 0, 0, "the goal as the plan words it"),
  F("title_sr", FT_TEXT, FF_HASH0, 0, 0,
    "the goal in Serbian (Latin or Cyrillic)"),
  F("kind", FT_ENUM, REQ|FF_LIST, azGoalKindEnum, 0, "kind of target"),
  F("owner_id", FT_REF, 0, 0, ENT_PERSON, "who answers for it"),
  F("means", FT_TEXT, FF_LONG, 0, 0, "the means to achieve it"),
  F("means_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the means in Serbian"),
  F("indicator_id", FT_REF, 0, 0, ENT_INDICATOR,
    "indicator measured (growth, count and level goals)"),
  F("target", FT_REAL, 0, 0, 0,
    "growth: percent per period; counts: the number; level: the value"),
  F("period", FT_ENUM, 0, azFreqEnum, 0,
    "growth and count per period: the period"),
  F("compounding", FT_BOOL, 0, 0, 0, "growth: compounding (default yes)"),
  F("decrease", FT_BOOL, 0, 0, 0,
    "growth and level: a fall; counts: at most the target"),
  F("baseline_period", FT_PERIOD, 0, 0, 0, "growth and level: base period"),
  F("baseline_value", FT_REAL, 0, 0, 0,
    "base value, if not taken from the indicator"),
  F("start_on", FT_DATE, 0, 0, 0, "first day the goal applies"),
  F("deadline", FT_DATE, FF_LIST, 0, 0, "last day to achieve it"),
  F("started_on", FT_DATE, 0, 0, 0, "milestone: work began"),
  F("achieved_on", FT_DATE, 0, 0, 0, "milestone: achieved"),
  F("classification", FT_ENUM, REQ|FF_LIST, azClassName, 0,
    "who may read it"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks, e.g. why a number is empty"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the remarks in Serbian"),
};
static const Field aGoalBenefitF[] = {
  F("goal_id", FT_REF, REQ|FF_LIST, 0, ENT_GOAL, "the goal"),
  F("benefit_id", FT_REF, REQ|FF_LIST, 0, ENT_BENEFIT, "benefit it serves"),
};
static const Field aStepF[] = {
  F("dialogue_id", FT_REF, REQ, 0, ENT_DIALOGUE, "the dialogue"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("position", FT_INT, REQ|FF_LIST, 0, 0, "number of the step"),
  F("title", FT_TEXT, REQ|FF_LIST, 0, 0, "what the step is"),
  F("title_sr", FT_TEXT, FF_HASH0, 0, 0,
    "the step in Serbian (Latin or Cyrillic)"),
  F("planned_label", FT_TEXT, FF_LIST, 0, 0,
    "tentative date as worded, e.g. mid-2025"),
  F("planned_label_sr", FT_TEXT, FF_HASH0, 0, 0,
    "the tentative date as worded in Serbian, e.g. sredina 2025."),
  F("planned_on", FT_DATE, FF_LIST, 0, 0, "tentative date as a day"),
  F("ongoing", FT_BOOL, FF_LIST, 0, 0, "an ongoing activity with no end"),
  F("started_on", FT_DATE, 0, 0, 0, "actual start"),
  F("done_on", FT_DATE, FF_LIST, 0, 0, "actual completion"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the remarks in Serbian"),
  F("commitment", FT_ENUM, FF_HASH0, azCommitment, 0,
    "an ongoing step's commitment, judged from the record: "
    "annual_meeting, quarterly_meeting, quarterly_report or wg_contact"),
};
static const Field aMeetingF[] = {
  F("dialogue_id", FT_REF, REQ, 0, ENT_DIALOGUE, "the dialogue"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("kind", FT_ENUM, REQ|FF_LIST, azMeetingKind, 0, "kind of meeting"),
  F("title", FT_TEXT, REQ|FF_LIST, 0, 0, "title"),
  F("title_sr", FT_TEXT, FF_HASH0, 0, 0,
    "the title in Serbian (Latin or Cyrillic)"),
  F("level", FT_TEXT, 0, 0, 0, "level, e.g. foreign ministers"),
  F("level_sr", FT_TEXT, FF_HASH0, 0, 0, "the level in Serbian"),
  F("wg_id", FT_REF, 0, 0, ENT_WG, "working group, for its meetings"),
  F("held_on", FT_DATE, FF_LIST, 0, 0, "date (planned or held)"),
  F("place", FT_TEXT, FF_LIST, 0, 0, "place"),
  F("state", FT_ENUM, REQ|FF_LIST, azMeetingState, 0, "planned or held"),
  F("agenda", FT_TEXT, FF_LONG, 0, 0, "agenda (Markdown)"),
  F("agenda_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "the agenda in Serbian (Markdown)"),
  F("minutes", FT_TEXT, FF_LONG, 0, 0, "minutes (Markdown)"),
  F("minutes_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "the minutes in Serbian (Markdown)"),
  F("classification", FT_ENUM, REQ, azClassName, 0, "who may read it"),
};
static const Field aParticipantF[] = {
  F("meeting_id", FT_REF, REQ|FF_LIST, 0, ENT_MEETING, "the meeting"),
  F("person_id", FT_REF, REQ|FF_LIST, 0, ENT_PERSON, "the person"),
  F("role", FT_TEXT, FF_LIST, 0, 0, "role, e.g. head of delegation"),
  F("role_sr", FT_TEXT, FF_HASH0, 0, 0, "the role in Serbian"),
};
static const Field aDecisionF[] = {
  F("meeting_id", FT_REF, REQ|FF_LIST, 0, ENT_MEETING, "meeting that took it"),
  F("text", FT_TEXT, REQ|FF_LIST, 0, 0, "the decision"),
  F("text_sr", FT_TEXT, FF_HASH0, 0, 0, "the decision in Serbian"),
  F("goal_id", FT_REF, 0, 0, ENT_GOAL, "goal it created or changed"),
  F("action", FT_TEXT, 0, 0, 0, "action item it created"),
  F("action_sr", FT_TEXT, FF_HASH0, 0, 0, "the action item in Serbian"),
  F("owner_id", FT_REF, 0, 0, ENT_PERSON, "who carries the action out"),
  F("due_on", FT_DATE, FF_LIST, 0, 0, "action due"),
  F("done_on", FT_DATE, FF_LIST, 0, 0, "action done"),
};
static const Field aDocumentF[] = {
  F("dialogue_id", FT_REF, REQ, 0, ENT_DIALOGUE, "the dialogue"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("kind", FT_ENUM, REQ|FF_LIST, azDocKind, 0, "kind of document"),
  F("title", FT_TEXT, REQ|FF_LIST, 0, 0, "title"),
  F("title_sr", FT_TEXT, FF_HASH0, 0, 0,
    "the title in Serbian (Latin or Cyrillic)"),
  F("meeting_id", FT_REF, 0, 0, ENT_MEETING, "meeting it came from"),
  F("issued_on", FT_DATE, FF_LIST, 0, 0, "date issued"),
  F("state", FT_ENUM, REQ|FF_LIST, azDocState, 0, "draft to published"),
  F("body", FT_TEXT, FF_LONG, 0, 0, "text (Markdown)"),
  F("body_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "the text in Serbian (Markdown)"),
  F("source_id", FT_REF, 0, 0, ENT_SOURCE, "published source, if any"),
  F("classification", FT_ENUM, REQ, azClassName, 0, "who may read it"),
};
static const Field aRiskF[] = {
  F("dialogue_id", FT_REF, REQ, 0, ENT_DIALOGUE, "the dialogue"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("description", FT_TEXT, REQ|FF_LIST, 0, 0, "the risk"),
  F("description_sr", FT_TEXT, FF_HASH0, 0, 0,
    "the risk in Serbian (Latin or Cyrillic)"),
  F("likelihood", FT_ENUM, FF_LIST, azRiskLevel, 0, "low, medium or high"),
  F("impact", FT_ENUM, FF_LIST, azRiskLevel, 0, "low, medium or high"),
  F("owner_id", FT_REF, 0, 0, ENT_PERSON, "who manages it"),
  F("mitigation", FT_TEXT, FF_LONG, 0, 0, "how it is reduced"),
  F("mitigation_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0,
    "the mitigation in Serbian"),
  F("review_on", FT_DATE, FF_LIST, 0, 0, "next review"),
  F("state", FT_ENUM, REQ|FF_LIST, azRiskState, 0, "open or closed"),
  F("classification", FT_ENUM, REQ, azClassName, 0, "who may read it"),
};
static const Field aReleaseF[] = {
  F("dialogue_id", FT_REF, REQ|FF_LIST, 0, ENT_DIALOGUE, "the dialogue"),
  F("code", FT_TEXT, CODE, 0, 0, "short unique code"),
  F("indicator_id", FT_REF, FF_LIST, 0, ENT_INDICATOR,
    "indicator released (none: every indicator of the dialogue)"),
  F("title", FT_TEXT, REQ|FF_LIST, 0, 0,
    "title, e.g. trade figures up to 2026-07"),
  F("title_sr", FT_TEXT, FF_HASH0, 0, 0, "the title in Serbian"),
  F("up_to", FT_PERIOD, REQ|FF_LIST, 0, 0,
    "last period released: values of periods ending by its end"),
  F("classification", FT_ENUM, REQ, azClassName, 0, "who may read it"),
};

static const Field aEventF[] = {
  F("indicator_id", FT_REF, REQ|FF_LIST, 0, ENT_INDICATOR,
    "the indicator it counts toward (a count goal's)"),
  F("occurred_on", FT_DATE, REQ|FF_LIST, 0, 0, "the day it took place"),
  F("title", FT_TEXT, REQ|FF_LIST, 0, 0,
    "what it was, e.g. Platinum Wolf 2026"),
  F("title_sr", FT_TEXT, FF_HASH0, 0, 0, "what it was, in Serbian"),
  F("source_id", FT_REF, FF_LIST, 0, ENT_SOURCE, "where it is recorded"),
  F("entered_by", FT_TEXT, FF_AUTO|FF_LIST, 0, 0, "who entered it"),
  F("entered_at", FT_TEXT, FF_AUTO, 0, 0, "when it was entered (UTC)"),
  F("note", FT_TEXT, FF_LONG, 0, 0, "remarks"),
  F("note_sr", FT_TEXT, FF_HASH0|FF_LONG, 0, 0, "the remarks in Serbian"),
};
static const Field aNarrativeF[] = {
  F("dialogue_id", FT_REF, REQ, 0, ENT_DIALOGUE, "the dialogue"),
  F("area_id", FT_REF, REQ|FF_LIST, 0, ENT_AREA,
    "the framework area it reports on"),
  F("period", FT_PERIOD, REQ|FF_LIST, 0, 0,
    "the period reported on: a quarter (2026-Q3), or a year for the "
    "annual report"),
  F("text", FT_TEXT, REQ|FF_LONG, 0, 0,
    "the secretariat's account of the area in the period (Markdown)"),
  F("text_sr", FT_TEXT, FF_LONG, 0, 0,
    "the same in Serbian (Markdown, Latin or Cyrillic)"),
  F("classification", FT_ENUM, REQ|FF_LIST, azClassName, 0,
    "who may read it"),
};

/* E(cli name, table, title, plural, fields, dialogue field, label field,
**   visibility parent field, needs joint publication, help) */
#define E(n,t,ti,pl,a,d,l,par,pub,h) { n, t, ti, pl, a, NF(a), d, l, par, \
                                       pub, h }
const EntityDef aEntity[ENT__MAX] = {
  E("source", "source", "source", "sources", aSourceF, -1, 1, -1, 0,
    "a document or series that data and claims come from"),
  E("dialogue", "dialogue", "dialogue", "dialogues", aDialogueF, -1, 1,
    -1, 1, "a strategic dialogue between parties"),
  E("party", "party", "party", "parties", aPartyF, 0, 2, 0, 1,
    "a side of a dialogue"),
  E("person", "person", "person", "people", aPersonF, -1, 1, 3, 0,
    "an official, lead or member"),
  E("area", "area", "framework area", "areas", aAreaF, 0, 3, 0, 1,
    "a framework area of cooperation"),
  E("wg", "working_group", "working group", "working_groups", aWgF, 0, 3,
    0, 1, "a working group of an area"),
  E("member", "wg_member", "working-group member", "members", aWgMemberF,
    -1, 1, 0, 0, "a person's seat in a working group"),
  E("contact", "wg_log", "communication log entry", "contacts", aWgLogF,
    -1, 3, 0, 0,
    "a meeting, call or note of a working group"),
  E("benefit", "benefit", "benefit", "benefits", aBenefitF, 0, 3, 0, 1,
    "a benefit the dialogue brings a party"),
  E("indicator", "indicator", "indicator", "indicators", aIndicatorF, 0, 2,
    0, 1, "a named series of values"),
  E("dimension", "dimension", "breakdown dimension", "dimensions",
    aDimensionF, 0, 3, 0, 1,
    "a dimension the dialogue's breakdowns use, e.g. sex, with its labels"),
  E("dimension-value", "dimension_value", "dimension value",
    "dimension_values", aDimValueF, -1, 2, 0, 1,
    "a value a dimension allows, with its labels"),
  E("observation", "observation", "observation", "observations",
    aObservationF, -1, 1, 0, 0, "one value of an indicator for a period"),
  E("goal", "goal", "goal", "goals", aGoalF, 0, 4, 0, 1,
    "a measurable goal of the action plan"),
  E("goal-benefit", "goal_benefit", "goal-benefit link", "goal_benefits",
    aGoalBenefitF, -1, 1, 0, 1, "a benefit a goal serves"),
  E("step", "roadmap_step", "roadmap step", "steps", aStepF, 0, 3, 0, 1,
    "a step of the roadmap"),
  E("meeting", "meeting", "meeting", "meetings", aMeetingF, 0, 3, 0, 1,
    "a meeting of the dialogue or a working group"),
  E("participant", "participant", "participant", "participants",
    aParticipantF, -1, 1, 0, 0, "a person at a meeting"),
  E("decision", "decision", "decision", "decisions", aDecisionF, -1, 1, 0, 1,
    "a decision taken at a meeting"),
  E("document", "document", "document", "documents", aDocumentF, 0, 3, 0, 1,
    "a joint statement, agreement or other document"),
  E("risk", "risk", "risk", "risks", aRiskF, 0, 2, 0, 1,
    "a risk to the dialogue"),
  E("release", "release", "data release", "releases", aReleaseF, 0, 3, 0, 1,
    "a release of an indicator's values up to a period to the public"),
  E("event", "event", "event", "events", aEventF, -1, 2, 0, 1,
    "one event a count goal counts, e.g. a joint exercise on its day"),
  E("narrative", "narrative", "narrative", "narratives", aNarrativeF, 0, 2,
    1, 1, "the secretariat's account of a framework area for a period"),
  /* Cooperation projects (024_projects.sql). */
  E("project", "project", "project", "projects", aProjectF, 0, 3, 0, 1,
    "a cooperation project of a working group, serving goals"),
  E("project-goal", "project_goal", "project-goal link", "project_goals",
    aProjectGoalF, -1, 1, 0, 1, "a goal a project serves"),
  E("project-party", "project_party", "project party", "project_parties",
    aProjectPartyF, -1, 1, 0, 1,
    "a party's implementing agency and lead in a project"),
  E("funding", "project_funding", "funding", "funding", aFundingF, -1, 2,
    0, 1, "an amount a party funds a project with, in a currency"),
  E("activity", "activity", "activity", "activities", aActivityF, -1, 1,
    0, 1, "an activity of a project, with its dates and status"),
  E("project-link", "project_link", "project link", "project_links",
    aProjectLinkF, -1, 1, 0, 1, "a document or meeting about a project"),
  /* The plan's life (027_planlife.sql). */
  E("goal-event", "goal_event", "goal life event", "goal_events",
    aGoalEventF, -1, 1, 0, 1,
    "a goal proposed, adopted, revised or retired, and by what"),
  E("fulfilment", "step_fulfilment", "step fulfilment", "fulfilments",
    aFulfilF, -1, 0, 0, 1,
    "a meeting, decision or document that fulfils a roadmap step"),
  E("readiness", "readiness_criterion", "readiness criterion",
    "readiness_criteria", aReadinessF, 0, 1, 0, 1,
    "a goal or step that must stand before the long-term goal"),
  E("crosswalk", "area_crosswalk", "area cross-walk", "crosswalks",
    aCrosswalkF, -1, 1, 0, 1,
    "an area of one set shown under an area of the other set"),
};

/* The powers of ten that a double holds exactly, up to 10^15. */
static const double aPow10[16] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
  1e13, 1e14, 1e15
};

/* The common case of model_real_parse(): [+-]DIGITS[.DIGITS] with at most
** 15 digits in all.  Those digits make an integer below 2^53 and 10^k is
** exact, so one division gives the correctly rounded value of the
** decimal: the double strtod() returns (Clinger's fast path), at a tenth
** of its cost.  Returns -1, having done nothing, for anything else. */
static int real_parse_fast(const char *z, double *pOut){
  uint64_t m = 0;
  int nDig = 0, nFrac = 0, bNeg = 0;
  double r;
  if( *z=='-' || *z=='+' ){
    bNeg = *z=='-';
    z++;
  }
  while( *z>='0' && *z<='9' && nDig<16 ){
    m = m*10 + (uint64_t)(*z++ - '0');
    nDig++;
  }
  if( nDig==0 ) return -1;
  if( *z=='.' ){
    z++;
    while( *z>='0' && *z<='9' && nDig<16 ){
      m = m*10 + (uint64_t)(*z++ - '0');
      nDig++;
      nFrac++;
    }
    if( nFrac==0 ) return -1;
  }
  if( *z!=0 || nDig>15 ) return -1;
  r = (double)m / aPow10[nFrac];
  *pOut = bNeg ? -r : r;
  return 0;
}

int model_real_parse(const char *z, double *pOut){
  char *zEnd = 0;
  double r;
  const char *c;
  if( real_parse_fast(z, pOut)==0 ) return 0;
  /* Decimal notation only: strtod would also take hex, inf and nan. */
  for(c=z; *c; c++){
    if( !((*c>='0' && *c<='9') || *c=='.' || *c=='-' || *c=='+'
          || *c=='e' || *c=='E') ){
      return -1;
    }
  }
  errno = 0;
  r = strtod(z, &zEnd);
  if( errno!=0 || zEnd==z || *zEnd!=0 || !isfinite(r) ) return -1;
  *pOut = r;
  return 0;
}

int model_entity_find(const char *zName){
  int i;
  for(i=0; i<ENT__MAX; i++){
    if( strcmp(zName, aEntity[i].zName)==0
     || strcmp(zName, aEntity[i].zPlural)==0 ){
      return i;
    }
  }
  return -1;
}

int model_field_find(int e, const char *zName){
  int i;
  for(i=0; i<aEntity[e].nField; i++){
    if( strcmp(aEntity[e].aField[i].zName, zName)==0 ) return i;
  }
  return -1;
}

int model_field_proper(int e, const char *zName){
  return e==ENT_PERSON && strcmp(zName, "name")==0;
}

const Value *model_value(int e, const Value *aVal, const char *zName){
  int i = model_field_find(e, zName);
  assert( i>=0 );
  return &aVal[i];
}

int model_code_field(int e){
  int i;
  for(i=0; i<aEntity[e].nField; i++){
    if( aEntity[e].aField[i].flags & FF_CODE ) return i;
  }
  return -1;
}

int model_enum_find(const char *const *az, const char *z){
  int i;
  for(i=0; az[i]; i++){
    if( strcmp(az[i], z)==0 ) return i;
  }
  return -1;
}

/* Write "a, b or c" of the names of az into zOut. */
static void enum_list(const char *const *az, char *zOut, int nOut){
  int i, n = 0;
  zOut[0] = 0;
  for(i=0; az[i] && n<nOut; i++){
    n += snprintf(zOut+n, nOut-n, "%s%s", i==0 ? "" : az[i+1] ? ", " : " or ",
                  az[i]);
  }
}

void model_text_error(const char *z, const TextBad *pBad, char *zErr,
                      int nErr){
  char zWhere[100];
  text_describe(z, strlen(z), pBad, zWhere, sizeof(zWhere));
  snprintf(zErr, nErr, "not valid text: %s%s", zWhere, pBad->bCp1250
           ? "; it reads as Windows-1250 (Excel on a Serbian Windows): "
             "save it as UTF-8" : "");
}

AccRc model_value_parse(const Field *pF, const char *z, Value *pOut,
                        char *zErr, int nErr){
  char *zEnd = 0;
  Date d;
  Period p;
  TextBad bad;
  memset(pOut, 0, sizeof(*pOut));
  if( z==0 || z[0]==0 ){
    pOut->eType = VAL_NULL;
    return ACC_OK;
  }
  if( text_check(z, strlen(z), &bad) ){
    model_text_error(z, &bad, zErr, nErr);
    return ACC_INVALID;
  }
  switch( pF->eType ){
    case FT_TEXT:
      pOut->eType = VAL_TEXT; pOut->z = z;
      return ACC_OK;
    case FT_INT:
    case FT_REF: {
      long long v;
      errno = 0;
      v = strtoll(z, &zEnd, 10);
      if( errno==0 && zEnd!=z && *zEnd==0 && (pF->eType==FT_INT || v>0) ){
        pOut->eType = VAL_INT; pOut->i = v;
        return ACC_OK;
      }
      if( pF->eType==FT_REF ){
        /* A code, resolved by the caller. */
        pOut->eType = VAL_TEXT; pOut->z = z;
        return ACC_OK;
      }
      snprintf(zErr, nErr, "expected a whole number, got \"%s\"", z);
      return ACC_INVALID;
    }
    case FT_REAL: {
      double r;
      if( model_real_parse(z, &r)==0 ){
        pOut->eType = VAL_REAL; pOut->r = r;
        return ACC_OK;
      }
      snprintf(zErr, nErr, "expected a number, got \"%s\"", z);
      return ACC_INVALID;
    }
    case FT_BOOL:
      if( strcmp(z,"1")==0 || strcmp(z,"yes")==0 || strcmp(z,"true")==0 ){
        pOut->eType = VAL_INT; pOut->i = 1;
        return ACC_OK;
      }
      if( strcmp(z,"0")==0 || strcmp(z,"no")==0 || strcmp(z,"false")==0 ){
        pOut->eType = VAL_INT; pOut->i = 0;
        return ACC_OK;
      }
      snprintf(zErr, nErr, "expected yes or no, got \"%s\"", z);
      return ACC_INVALID;
    case FT_DATE:
      if( date_parse(z, &d)==0 ){
        pOut->eType = VAL_TEXT; pOut->z = z;
        return ACC_OK;
      }
      snprintf(zErr, nErr, "expected a date YYYY-MM-DD, got \"%s\"", z);
      return ACC_INVALID;
    case FT_PERIOD:
      if( period_parse(z, &p)==0 ){
        pOut->eType = VAL_TEXT; pOut->z = z;
        return ACC_OK;
      }
      snprintf(zErr, nErr,
               "expected a period YYYY, YYYY-Qn or YYYY-MM, got \"%s\"", z);
      return ACC_INVALID;
    case FT_ENUM: {
      char zList[200];
      if( model_enum_find(pF->azEnum, z)>=0 ){
        pOut->eType = VAL_TEXT; pOut->z = z;
        return ACC_OK;
      }
      enum_list(pF->azEnum, zList, sizeof(zList));
      snprintf(zErr, nErr, "expected %s, got \"%s\"", zList, z);
      return ACC_INVALID;
    }
    default:
      break;
  }
  snprintf(zErr, nErr, "unsupported field type");
  return ACC_INVALID;
}
