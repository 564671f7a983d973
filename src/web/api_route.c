/*
** api_route.c: the routes of the JSON API under /api/v1/ (aApiRoute) and
** their documentation (aApiDoc, parallel to it).
**
** Both tables are expanded from one list, API_ROUTES, so a route cannot
** exist without being documented in /api/v1/openapi.json.  Every kind of
** item gets the same six routes from API_KIND (list, add, show, change,
** remove, history); the routes that are not about one kind follow in the
** order of their paths.  Each route declares the query parameters it
** accepts, with their types: http.c checks them with model_value_parse()
** and drops any other.  Writes declare ACT_WRITE and the entity written,
** approvals ACT_APPROVE, so http.c asks access_can() before the handler
** runs; JSON bodies are checked by the handlers, field by field.
*/
#include "api.h"

/* A query parameter: a reference filter, given as id or code. */
#define QREF(n,e) { n, FT_REF, 0, 0, e, "only items whose " n " is this " \
                    "id or code" }
/* The page of a list. */
#define QPAGE \
  { "limit", FT_INT, 0, 0, 0, "items per page (1 to 500, default 100)" }, \
  { "offset", FT_INT, 0, 0, 0, "items to skip (default 0)" }
#define QEND { 0, 0, 0, 0, 0, 0 }
/* ?dialogue_id of kinds that belong to a dialogue through a parent. */
#define QDIALOGUE QREF("dialogue_id", ENT_DIALOGUE)
/* ?code of kinds that have codes: codes hold '/', which a path cannot. */
#define QCODE { "code", FT_TEXT, 0, 0, 0, "only the item with this code" }

static const Field aNoParam[] = { QEND };
static const Field aAtParam[] = {
  { "at", FT_DATE, 0, 0, 0, "the date the statuses are computed for, "
    "as of the end of that day (default today)" },
  { "known_on", FT_DATE, 0, 0, 0, "compute with only the observations "
    "entered by the end of this day (default: all)" },
  QEND
};
/* The action plan's life (api_plan.c): the day. */
static const Field aPlanAtParam[] = {
  { "at", FT_DATE, 0, 0, 0, "as of the end of this day (default today)" },
  QEND
};
static const Field aLimitParam[] = {
  { "limit", FT_INT, 0, 0, 0, "entries (1 to 1000, default 100)" },
  QEND
};
static const Field aImportParam[] = {
  { "dry_run", FT_BOOL, 0, 0, 0, "check everything, import nothing" },
  QEND
};
static const Field aConflictParam[] = {
  QDIALOGUE, QREF("indicator_id", ENT_INDICATOR), QEND
};

/* The filters of each kind's list: every reference field, ?dialogue_id,
** ?code for kinds with codes, and the page.  api_openapi.c checks them
** against the entity tables. */
static const Field aSourceQ[] = { QCODE, QPAGE, QEND };
static const Field aDialogueQ[] = {
  QREF("launch_source_id", ENT_SOURCE), QCODE, QPAGE, QEND
};
static const Field aPartyQ[] = { QDIALOGUE, QCODE, QPAGE, QEND };
static const Field aPersonQ[] = {
  QDIALOGUE, QREF("party_id", ENT_PARTY), QCODE, QPAGE, QEND
};
static const Field aAreaQ[] = { QDIALOGUE, QCODE, QPAGE, QEND };
static const Field aWgQ[] = {
  QDIALOGUE, QREF("area_id", ENT_AREA), QCODE, QPAGE, QEND
};
static const Field aMemberQ[] = {
  QDIALOGUE, QREF("wg_id", ENT_WG), QREF("person_id", ENT_PERSON), QPAGE,
  QEND
};
static const Field aContactQ[] = {
  QDIALOGUE, QREF("wg_id", ENT_WG), QPAGE, QEND
};
static const Field aBenefitQ[] = {
  QDIALOGUE, QREF("party_id", ENT_PARTY), QCODE, QPAGE, QEND
};
static const Field aIndicatorQ[] = {
  QDIALOGUE, QREF("owner_id", ENT_PERSON), QREF("source_id", ENT_SOURCE),
  QCODE, QPAGE, QEND
};
static const Field aObservationQ[] = {
  QDIALOGUE, QREF("indicator_id", ENT_INDICATOR),
  QREF("source_id", ENT_SOURCE), QPAGE, QEND
};
static const Field aGoalQ[] = {
  QDIALOGUE, QREF("area_id", ENT_AREA), QREF("wg_id", ENT_WG),
  QREF("owner_id", ENT_PERSON), QREF("indicator_id", ENT_INDICATOR),
  QCODE, QPAGE, QEND
};
static const Field aGoalBenefitQ[] = {
  QDIALOGUE, QREF("goal_id", ENT_GOAL), QREF("benefit_id", ENT_BENEFIT),
  QPAGE, QEND
};
static const Field aStepQ[] = { QDIALOGUE, QCODE, QPAGE, QEND };
static const Field aMeetingQ[] = {
  QDIALOGUE, QREF("wg_id", ENT_WG), QCODE, QPAGE, QEND
};
static const Field aParticipantQ[] = {
  QDIALOGUE, QREF("meeting_id", ENT_MEETING), QREF("person_id", ENT_PERSON),
  QPAGE, QEND
};
static const Field aDecisionQ[] = {
  QDIALOGUE, QREF("meeting_id", ENT_MEETING), QREF("goal_id", ENT_GOAL),
  QREF("owner_id", ENT_PERSON), QPAGE, QEND
};
static const Field aDocumentQ[] = {
  QDIALOGUE, QREF("meeting_id", ENT_MEETING), QREF("source_id", ENT_SOURCE),
  QCODE, QPAGE, QEND
};
static const Field aEventQ[] = {
  QDIALOGUE, QREF("indicator_id", ENT_INDICATOR),
  QREF("source_id", ENT_SOURCE), QPAGE, QEND
};
static const Field aRiskQ[] = {
  QDIALOGUE, QREF("owner_id", ENT_PERSON), QCODE, QPAGE, QEND
};
static const Field aReleaseQ[] = {
  QDIALOGUE, QREF("indicator_id", ENT_INDICATOR), QCODE, QPAGE, QEND
};
static const Field aReportsQ[] = { QDIALOGUE, QEND };
/* Cooperation projects (024_projects.sql). */
static const Field aProjectQ[] = {
  QDIALOGUE, QREF("wg_id", ENT_WG), QREF("source_id", ENT_SOURCE), QCODE,
  QPAGE, QEND
};
static const Field aProjectGoalQ[] = {
  QDIALOGUE, QREF("project_id", ENT_PROJECT), QREF("goal_id", ENT_GOAL),
  QPAGE, QEND
};
static const Field aProjectPartyQ[] = {
  QDIALOGUE, QREF("project_id", ENT_PROJECT), QREF("party_id", ENT_PARTY),
  QREF("lead_id", ENT_PERSON), QPAGE, QEND
};
static const Field aFundingQ[] = {
  QDIALOGUE, QREF("project_id", ENT_PROJECT), QREF("party_id", ENT_PARTY),
  QREF("source_id", ENT_SOURCE), QPAGE, QEND
};
static const Field aActivityQ[] = {
  QDIALOGUE, QREF("project_id", ENT_PROJECT), QPAGE, QEND
};
static const Field aProjectLinkQ[] = {
  QDIALOGUE, QREF("project_id", ENT_PROJECT),
  QREF("document_id", ENT_DOCUMENT), QREF("meeting_id", ENT_MEETING),
  QPAGE, QEND
};
/* The plan's life (027_planlife.sql). */
static const Field aGoalEventQ[] = {
  QDIALOGUE, QREF("goal_id", ENT_GOAL), QREF("decision_id", ENT_DECISION),
  QREF("wg_id", ENT_WG), QREF("source_id", ENT_SOURCE), QPAGE, QEND
};
static const Field aFulfilQ[] = {
  QDIALOGUE, QREF("step_id", ENT_STEP), QREF("meeting_id", ENT_MEETING),
  QREF("decision_id", ENT_DECISION), QREF("document_id", ENT_DOCUMENT),
  QPAGE, QEND
};
static const Field aReadinessQ[] = {
  QDIALOGUE, QREF("goal_id", ENT_GOAL), QREF("step_id", ENT_STEP),
  QREF("decision_id", ENT_DECISION), QPAGE, QEND
};
static const Field aCrosswalkQ[] = {
  QDIALOGUE, QREF("area_id", ENT_AREA), QREF("sector_id", ENT_AREA), QPAGE,
  QEND
};
static const Field aDimensionQ[] = {
  QDIALOGUE, QCODE, QPAGE, QEND
};
static const Field aDimValueQ[] = {
  QDIALOGUE, QREF("dimension_id", ENT_DIMENSION), QPAGE, QEND
};
static const Field aNarrativeQ[] = {
  QDIALOGUE, QREF("area_id", ENT_AREA), QPAGE, QEND
};

/* The six routes of one kind of item: entity E, plural PL (a literal,
** aEntity[E].zPlural), list parameters Q.  X(method, pattern, handler,
** action, entity written, needs login, parameters, operation, kind). */
#define API_KIND(X, E, PL, Q) \
  X("GET",    "/api/v1/" PL, api_item_list, ACT_READ, -1, 0, Q, \
    AOP_LIST, E) \
  X("POST",   "/api/v1/" PL, api_item_create, ACT_WRITE, E, 1, aNoParam, \
    AOP_CREATE, E) \
  X("GET",    "/api/v1/" PL "/:id", api_item_get, ACT_READ, -1, 0, \
    aNoParam, AOP_GET, E) \
  X("PATCH",  "/api/v1/" PL "/:id", api_item_patch, ACT_WRITE, E, 1, \
    aNoParam, AOP_PATCH, E) \
  X("DELETE", "/api/v1/" PL "/:id", api_item_delete, ACT_WRITE, E, 1, \
    aNoParam, AOP_DELETE, E) \
  X("GET",    "/api/v1/" PL "/:id/history", api_item_history, ACT_READ, \
    -1, 1, aLimitParam, AOP_HISTORY, E)

/* The approval routes of a kind the public sees once every party
** approved it (aEntity[E].bPublish). */
#define API_APPROVE(X, E, PL) \
  X("GET", "/api/v1/" PL "/:id/approvals", api_approvals, ACT_READ, -1, \
    0, aNoParam, AOP_APPROVALS, E) \
  X("POST", "/api/v1/" PL "/:id/approve", api_approve, ACT_APPROVE, \
    E, 1, aNoParam, AOP_APPROVE, E)

/* Every route, by path: the routes of a kind together, in the order of
** API_KIND, then the kind's own routes. */
#define API_ROUTES(X) \
  API_KIND(X, ENT_ACTIVITY, "activities", aActivityQ) \
  API_APPROVE(X, ENT_ACTIVITY, "activities") \
  API_KIND(X, ENT_AREA, "areas", aAreaQ) \
  API_APPROVE(X, ENT_AREA, "areas") \
  X("GET", "/api/v1/audit", api_audit, ACT_ADMIN, -1, 1, aLimitParam, \
    AOP_AUDIT, -1) \
  X("GET", "/api/v1/audit/verify", api_audit_verify, ACT_ADMIN, -1, 1, \
    aNoParam, AOP_AUDIT_VERIFY, -1) \
  API_KIND(X, ENT_BENEFIT, "benefits", aBenefitQ) \
  X("GET", "/api/v1/conflicts", api_conflicts, ACT_READ, -1, 0, \
    aConflictParam, AOP_CONFLICTS, -1) \
  API_KIND(X, ENT_WG_LOG, "contacts", aContactQ) \
  API_KIND(X, ENT_CROSSWALK, "crosswalks", aCrosswalkQ) \
  API_APPROVE(X, ENT_CROSSWALK, "crosswalks") \
  API_KIND(X, ENT_DECISION, "decisions", aDecisionQ) \
  API_APPROVE(X, ENT_DECISION, "decisions") \
  API_KIND(X, ENT_DIALOGUE, "dialogues", aDialogueQ) \
  API_APPROVE(X, ENT_DIALOGUE, "dialogues") \
  X("GET", "/api/v1/dialogues/:id/dimensions", api_dialogue_dimensions, \
    ACT_READ, -1, 0, aNoParam, AOP_DIMENSIONS, ENT_DIALOGUE) \
  X("GET", "/api/v1/dialogues/:id/plan", api_dialogue_plan, ACT_READ, \
    -1, 0, aPlanAtParam, AOP_PLAN, ENT_DIALOGUE) \
  X("GET", "/api/v1/dialogues/:id/status", api_dialogue_status, ACT_READ, \
    -1, 0, aAtParam, AOP_DIALOGUE_STATUS, ENT_DIALOGUE) \
  API_KIND(X, ENT_DIM_VALUE, "dimension_values", aDimValueQ) \
  API_APPROVE(X, ENT_DIM_VALUE, "dimension_values") \
  API_KIND(X, ENT_DIMENSION, "dimensions", aDimensionQ) \
  API_APPROVE(X, ENT_DIMENSION, "dimensions") \
  API_KIND(X, ENT_DOCUMENT, "documents", aDocumentQ) \
  X("GET", "/api/v1/documents/:id/approvals", api_approvals, ACT_READ, -1, \
    0, aNoParam, AOP_APPROVALS, ENT_DOCUMENT) \
  X("POST", "/api/v1/documents/:id/approve", api_approve, ACT_APPROVE, \
    ENT_DOCUMENT, 1, aNoParam, AOP_APPROVE, ENT_DOCUMENT) \
  API_KIND(X, ENT_EVENT, "events", aEventQ) \
  API_APPROVE(X, ENT_EVENT, "events") \
  API_KIND(X, ENT_FULFIL, "fulfilments", aFulfilQ) \
  API_APPROVE(X, ENT_FULFIL, "fulfilments") \
  API_KIND(X, ENT_FUNDING, "funding", aFundingQ) \
  API_APPROVE(X, ENT_FUNDING, "funding") \
  API_KIND(X, ENT_GOAL_BENEFIT, "goal_benefits", aGoalBenefitQ) \
  API_KIND(X, ENT_GOAL_EVENT, "goal_events", aGoalEventQ) \
  API_APPROVE(X, ENT_GOAL_EVENT, "goal_events") \
  API_KIND(X, ENT_GOAL, "goals", aGoalQ) \
  X("GET", "/api/v1/goals/:id/approvals", api_approvals, ACT_READ, -1, 0, \
    aNoParam, AOP_APPROVALS, ENT_GOAL) \
  X("POST", "/api/v1/goals/:id/approve", api_approve, ACT_APPROVE, \
    ENT_GOAL, 1, aNoParam, AOP_APPROVE, ENT_GOAL) \
  X("GET", "/api/v1/goals/:id/life", api_goal_life, ACT_READ, -1, 0, \
    aPlanAtParam, AOP_GOAL_LIFE, ENT_GOAL) \
  X("GET", "/api/v1/goals/:id/status", api_goal_status, ACT_READ, -1, 0, \
    aAtParam, AOP_GOAL_STATUS, ENT_GOAL) \
  X("POST", "/api/v1/import/observations", api_import_observations, \
    ACT_WRITE, ENT_OBSERVATION, 1, aImportParam, AOP_IMPORT, \
    ENT_OBSERVATION) \
  API_KIND(X, ENT_INDICATOR, "indicators", aIndicatorQ) \
  API_APPROVE(X, ENT_INDICATOR, "indicators") \
  X("GET", "/api/v1/me", api_me, ACT_READ, -1, 0, aNoParam, AOP_ME, -1) \
  API_KIND(X, ENT_MEETING, "meetings", aMeetingQ) \
  API_APPROVE(X, ENT_MEETING, "meetings") \
  API_KIND(X, ENT_WG_MEMBER, "members", aMemberQ) \
  API_KIND(X, ENT_NARRATIVE, "narratives", aNarrativeQ) \
  API_KIND(X, ENT_OBSERVATION, "observations", aObservationQ) \
  X("POST", "/api/v1/observations/:id/prefer", api_prefer, ACT_WRITE, \
    ENT_OBSERVATION, 1, aNoParam, AOP_PREFER, ENT_OBSERVATION) \
  X("GET", "/api/v1/openapi.json", api_openapi, ACT_READ, -1, 0, aNoParam, \
    AOP_OPENAPI, -1) \
  API_KIND(X, ENT_PARTICIPANT, "participants", aParticipantQ) \
  API_KIND(X, ENT_PARTY, "parties", aPartyQ) \
  API_APPROVE(X, ENT_PARTY, "parties") \
  API_KIND(X, ENT_PERSON, "people", aPersonQ) \
  API_KIND(X, ENT_PROJECT_GOAL, "project_goals", aProjectGoalQ) \
  API_APPROVE(X, ENT_PROJECT_GOAL, "project_goals") \
  API_KIND(X, ENT_PROJECT_LINK, "project_links", aProjectLinkQ) \
  API_APPROVE(X, ENT_PROJECT_LINK, "project_links") \
  API_KIND(X, ENT_PROJECT_PARTY, "project_parties", aProjectPartyQ) \
  API_APPROVE(X, ENT_PROJECT_PARTY, "project_parties") \
  API_KIND(X, ENT_PROJECT, "projects", aProjectQ) \
  API_APPROVE(X, ENT_PROJECT, "projects") \
  API_KIND(X, ENT_READINESS, "readiness_criteria", aReadinessQ) \
  API_APPROVE(X, ENT_READINESS, "readiness_criteria") \
  API_KIND(X, ENT_RELEASE, "releases", aReleaseQ) \
  X("POST", "/api/v1/report-versions/:id/approve", api_report_approve, \
    ACT_APPROVE, ENT_DOCUMENT, 1, aNoParam, AOP_REPORT_APPROVE, -1) \
  X("GET", "/api/v1/reports", api_reports, ACT_READ, -1, 0, aReportsQ, \
    AOP_REPORTS, -1) \
  X("POST", "/api/v1/reports", api_report_issue, ACT_WRITE, ENT_NARRATIVE, \
    1, aNoParam, AOP_REPORT_ISSUE, -1) \
  API_APPROVE(X, ENT_RELEASE, "releases") \
  API_KIND(X, ENT_RISK, "risks", aRiskQ) \
  API_APPROVE(X, ENT_RISK, "risks") \
  API_KIND(X, ENT_SOURCE, "sources", aSourceQ) \
  API_KIND(X, ENT_STEP, "steps", aStepQ) \
  API_APPROVE(X, ENT_STEP, "steps") \
  X("GET", "/api/v1/steps/:id/state", api_step_state, ACT_READ, -1, 0, \
    aPlanAtParam, AOP_STEP_STATE, ENT_STEP) \
  API_KIND(X, ENT_WG, "working_groups", aWgQ) \
  API_APPROVE(X, ENT_WG, "working_groups")

#define API_ROUTE(m,pat,fn,act,ent,login,par,op,kind) \
  { m, pat, fn, act, ent, login, par },
#define API_DOC(m,pat,fn,act,ent,login,par,op,kind) { op, kind },

const Route aApiRoute[] = { API_ROUTES(API_ROUTE) };
const int nApiRoute = (int)(sizeof(aApiRoute)/sizeof(aApiRoute[0]));
const ApiDoc aApiDoc[] = { API_ROUTES(API_DOC) };
