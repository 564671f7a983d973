/*
** page_route.c: the routes of the pages, sorted by pattern.
**
** The forms have one route per kind of item and verb (/new/goal,
** /edit/goal/:id, ...), generated below from the list of kinds, so that
** each route names the entity it writes: http.c then refuses the roles
** that may not write it (access_can()) before the handler runs.  Their
** parameters are the entity's fields as text (aPageFormParam), checked
** by the form handler so that errors show next to their fields.
*/
#include "page.h"

#include <string.h>

/* How a report cuts its goals (page_report.c, ?by=). */
static const char *const azReportBy[] = { "area", "sector", 0 };
/* Parameters of pages that take a date. */
static const Field aAtParam[] = {
  { "at", FT_DATE, 0, 0, 0, "the date the statuses are computed for" },
  { 0, 0, 0, 0, 0, 0 }
};
/* The dialogue dashboard: the date, and the goals' filters and order
** (page_dash.c). */
static const Field aDashParam[] = {
  { "at", FT_DATE, 0, 0, 0, "the date the statuses are computed for" },
  { "status", FT_ENUM, 0, azDashStatus, 0, "only goals of this status" },
  { "area", FT_REF, 0, 0, ENT_AREA, "only goals of this framework area" },
  { "wg", FT_REF, 0, 0, ENT_WG, "only goals of this working group" },
  { "owner", FT_REF, 0, 0, ENT_PERSON, "only goals this person answers for" },
  { "deadline", FT_ENUM, 0, azDashDeadline, 0,
    "only goals whose deadline passed, comes in the next 90 days or year, "
    "or is not set" },
  { "sort", FT_ENUM, 0, azDashSort, 0,
    "order of the goals: by area, deadline, status or title" },
  { 0, 0, 0, 0, 0, 0 }
};
/* The action plan (page_plan.c): the date, and the filters of its
** tables. */
static const Field aPlanParam[] = {
  { "at", FT_DATE, 0, 0, 0, "the date the plan in force is shown for" },
  { "q", FT_TEXT, 0, 0, 0, "only goals with these words in their code or "
    "title" },
  { "area", FT_REF, 0, 0, ENT_AREA, "only goals of this framework area" },
  { "wg", FT_REF, 0, 0, ENT_WG, "only goals of this working group" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aGoalParam[] = {
  { "at", FT_DATE, 0, 0, 0, "the date the status is computed for" },
  { "obs", FT_TEXT, 0, 0, 0, "\"all\" to list every observation" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aSearchParam[] = {
  { "q", FT_TEXT, 0, 0, 0, "the words to search for" },
  { 0, 0, 0, 0, 0, 0 }
};
/* The data-entry grid (page_entry.c): one value of each per row; the
** cells are checked by the handler, which names the row and the field. */
static const Field aEntryParam[] = {
  { "indicator", FT_INT, 0, 0, 0, "a row's indicator (id)" },
  { "version", FT_INT, 0, 0, 0, "the version of the row's figures the form "
    "was made from" },
  { "period", FT_TEXT, 0, 0, 0, "a row's period" },
  { "value", FT_TEXT, 0, 0, 0, "a row's value (empty: the row is skipped)" },
  { "source", FT_TEXT, 0, 0, 0, "a row's source (code or id)" },
  { "note", FT_TEXT, 0, 0, 0, "a row's note" },
  { "saved", FT_INT, 0, 0, 0, "how many figures were saved" },
  { 0, 0, 0, 0, 0, 0 }
};
/* The upload of a CSV file (page_import.c); the file itself is not a
** parameter (Req.zUpload). */
static const char *const azImportEnc[] = { "utf-8", "windows-1250", 0 };
static const Field aImportParam[] = {
  { "encoding", FT_ENUM, 0, azImportEnc, 0, "the file's encoding" },
  { "dry_run", FT_TEXT, 0, 0, 0, "\"true\": check everything, import "
    "nothing" },
  { "imported", FT_INT, 0, 0, 0, "how many observations were imported" },
  { "checked", FT_INT, 0, 0, 0, "how many rows were checked" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aConfirmParam[] = {
  { "confirm", FT_TEXT, 0, 0, 0, "\"yes\" to remove the item" },
  { "version", FT_INT, 0, 0, 0, "the item's version the form was made "
    "from" },
  { 0, 0, 0, 0, 0, 0 }
};
/* Parameters of an approval (page_approve_post()). */
static const Field aApproveParam[] = {
  { "content_hash", FT_TEXT, 0, 0, 0, "the canonical hash of the version "
    "shown" },
  { "password", FT_TEXT, 0, 0, 0, "the approver's password, to sign" },
  { 0, 0, 0, 0, 0, 0 }
};
/* Parameters of a return for changes (page_return_post()). */
static const Field aReturnParam[] = {
  { "reason", FT_TEXT, 0, 0, 0, "what must change" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aNextParam[] = {
  { "next", FT_TEXT, 0, 0, 0, "the page to go back to" },
  { 0, 0, 0, 0, 0, 0 }
};
/* Parameters of the feeds (page_feed.c). */
static const Field aCalendarParam[] = {
  { "dialogue", FT_REF, 0, 0, ENT_DIALOGUE, "only this dialogue" },
  { "key", FT_TEXT, 0, 0, 0, "a calendar key: the feed of its account" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aCalendarKeyParam[] = {
  { "key", FT_TEXT, 0, 0, 0, "a calendar key: the feed of its account" },
  { 0, 0, 0, 0, 0, 0 }
};
static const char *const azSdmxLabels[] = { "id", "both", "name", 0 };
static const Field aSdmxParam[] = {
  { "dialogue", FT_REF, 0, 0, ENT_DIALOGUE, "only this dialogue" },
  { "indicator", FT_REF, 0, 0, ENT_INDICATOR, "only this indicator" },
  { "labels", FT_ENUM, 0, azSdmxLabels, 0,
    "names beside the codes, in the reader's language: both or name" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aReportParam[] = {
  { "kind", FT_TEXT, 0, 0, 0, "quarterly, annual or public" },
  { "format", FT_TEXT, 0, 0, 0, "html, pdf, xlsx or csv" },
  { "period", FT_PERIOD, 0, 0, 0, "the quarter or year reported on" },
  { "quarter", FT_PERIOD, 0, 0, 0, "the quarter reported on, 2026-Q3" },
  { "year", FT_PERIOD, 0, 0, 0, "the year reported on, 2026" },
  { "from", FT_DATE, 0, 0, 0, "first day of the period" },
  { "to", FT_DATE, 0, 0, 0, "last day of the period" },
  { "known_on", FT_DATE, 0, 0, 0, "statuses from the observations entered "
    "by the end of this day" },
  { "by", FT_ENUM, 0, azReportBy, 0, "goals by their own framework area or "
    "by the agreement's sectors (the cross-walk)" },
  { 0, 0, 0, 0, 0, 0 }
};
/* Issuing a report from the web (page_report_issue()), and correcting
** one (page_report_correct()). */
static const Field aIssueParam[] = {
  { "kind", FT_TEXT, 0, 0, 0, "quarterly, annual or public" },
  { "format", FT_TEXT, 0, 0, 0, "html, pdf, xlsx or csv" },
  { "period", FT_PERIOD, 0, 0, 0, "the quarter or year reported on" },
  { "reason", FT_TEXT, 0, 0, 0, "why it is issued" },
  { "by", FT_ENUM, 0, azReportBy, 0, "goals by their own framework area or "
    "by the agreement's sectors (stored with the report)" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aCorrectParam[] = {
  { "reason", FT_TEXT, 0, 0, 0, "why the report is corrected" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aVersionParam[] = {
  { "version", FT_INT, 0, 0, 0, "version of the issued report" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aNoParam[] = { { 0, 0, 0, 0, 0, 0 } };
/* Goals a decision of a meeting adopts (page_plan.c). */
static const Field aAdoptParam[] = {
  { "decision", FT_INT, 0, 0, 0, "the decision of the meeting" },
  { "goal", FT_INT, 0, 0, 0, "a goal it adopts (repeated)" },
  { "reason", FT_TEXT, 0, 0, 0, "a note on the adoption" },
  { 0, 0, 0, 0, 0, 0 }
};
/* Parameters of the account pages (page_admin.c). */
static const Field aPasswordParam[] = {
  { "current", FT_TEXT, 0, 0, 0, "the current password" },
  { "password", FT_TEXT, 0, 0, 0, "the new password" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aSessionParam[] = {
  { "session", FT_INT, 0, 0, 0, "the session to end; 0: every other" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aTokenParam[] = {
  { "token", FT_INT, 0, 0, 0, "the token or calendar key to revoke" },
  { 0, 0, 0, 0, 0, 0 }
};
static const Field aAdminUserParam[] = {
  { "do", FT_TEXT, 0, 0, 0, "set, person, disable, enable, end-sessions, "
    "revoke, grant-add, grant-rm" },
  { "role", FT_TEXT, 0, 0, 0, "the new role (do=set)" },
  { "person", FT_TEXT, 0, 0, 0, "the person's code or id, empty for none "
    "(do=person)" },
  { "party", FT_TEXT, 0, 0, 0, "the party's code or id (do=set)" },
  { "token", FT_INT, 0, 0, 0, "the token to revoke (do=revoke)" },
  { "scope", FT_TEXT, 0, 0, 0, "dialogue or wg (do=grant-add, grant-rm)" },
  { "of", FT_TEXT, 0, 0, 0, "the dialogue's or working group's code or id "
    "(do=grant-add, grant-rm)" },
  { "clearance", FT_TEXT, 0, 0, 0, "public, internal or restricted "
    "(do=grant-add)" },
  { 0, 0, 0, 0, 0, 0 }
};

/* Every kind of item, by name (as aEntity[].zName, checked at start-up),
** in alphabetical order. */
#define PAGE_KINDS(X) \
  X("activity", ENT_ACTIVITY) X("area", ENT_AREA) \
  X("benefit", ENT_BENEFIT) X("contact", ENT_WG_LOG) \
  X("crosswalk", ENT_CROSSWALK) \
  X("decision", ENT_DECISION) X("dialogue", ENT_DIALOGUE) \
  X("dimension", ENT_DIMENSION) X("dimension-value", ENT_DIM_VALUE) \
  X("document", ENT_DOCUMENT) X("event", ENT_EVENT) \
  X("fulfilment", ENT_FULFIL) \
  X("funding", ENT_FUNDING) X("goal", ENT_GOAL) \
  X("goal-benefit", ENT_GOAL_BENEFIT) X("goal-event", ENT_GOAL_EVENT) \
  X("indicator", ENT_INDICATOR) \
  X("meeting", ENT_MEETING) X("member", ENT_WG_MEMBER) \
  X("narrative", ENT_NARRATIVE) X("observation", ENT_OBSERVATION) \
  X("participant", ENT_PARTICIPANT) \
  X("party", ENT_PARTY) X("person", ENT_PERSON) \
  X("project", ENT_PROJECT) X("project-goal", ENT_PROJECT_GOAL) \
  X("project-link", ENT_PROJECT_LINK) \
  X("project-party", ENT_PROJECT_PARTY) X("readiness", ENT_READINESS) \
  X("release", ENT_RELEASE) \
  X("risk", ENT_RISK) \
  X("source", ENT_SOURCE) X("step", ENT_STEP) X("wg", ENT_WG)

/* The kinds the public sees in the version every party approved
** (aEntity[].bPublish), in alphabetical order. */
#define PUB_KINDS(X) \
  X("activity", ENT_ACTIVITY) \
  X("area", ENT_AREA) X("crosswalk", ENT_CROSSWALK) \
  X("decision", ENT_DECISION) \
  X("dialogue", ENT_DIALOGUE) X("dimension", ENT_DIMENSION) \
  X("dimension-value", ENT_DIM_VALUE) X("document", ENT_DOCUMENT) \
  X("event", ENT_EVENT) X("fulfilment", ENT_FULFIL) \
  X("funding", ENT_FUNDING) X("goal", ENT_GOAL) \
  X("goal-event", ENT_GOAL_EVENT) X("indicator", ENT_INDICATOR) \
  X("meeting", ENT_MEETING) X("party", ENT_PARTY) \
  X("project", ENT_PROJECT) X("project-goal", ENT_PROJECT_GOAL) \
  X("project-link", ENT_PROJECT_LINK) \
  X("project-party", ENT_PROJECT_PARTY) X("readiness", ENT_READINESS) \
  X("release", ENT_RELEASE) X("risk", ENT_RISK) X("step", ENT_STEP) \
  X("wg", ENT_WG)

#define R_APPROVE(k, E) \
  { "POST", "/approve/" k "/:id", page_approve_item, ACT_APPROVE, E, 1, \
    aApproveParam }, \
  { "POST", "/return/" k "/:id", page_return_item, ACT_APPROVE, E, 1, \
    aReturnParam },
#define R_DELETE(k, E) \
  { "GET", "/delete/" k "/:id", page_delete, ACT_WRITE, E, 1, aNoParam }, \
  { "POST", "/delete/" k "/:id", page_delete_post, ACT_WRITE, E, 1, \
    aConfirmParam },
#define R_EDIT(k, E) \
  { "GET", "/edit/" k "/:id", page_edit, ACT_WRITE, E, 1, aNoParam }, \
  { "POST", "/edit/" k "/:id", page_edit_post, ACT_WRITE, E, 1, \
    aPageFormParam[E] },
#define R_ITEM(k, E) \
  { "GET", "/item/" k "/:id", page_item, ACT_READ, -1, 0, aNoParam },
#define R_NEW(k, E) \
  { "GET", "/new/" k, page_new, ACT_WRITE, E, 1, aPageFormParam[E] }, \
  { "POST", "/new/" k, page_new_post, ACT_WRITE, E, 1, aPageFormParam[E] },

const Route aPageRoute[] = {
  { "GET", "/", page_root, ACT_READ, -1, 0, aNoParam },
  { "GET", "/account", page_account, ACT_READ, -1, 1, aNoParam },
  { "POST", "/account/end-session", page_account_end_session, ACT_READ, -1,
    1, aSessionParam },
  { "POST", "/account/password", page_account_password, ACT_READ, -1, 1,
    aPasswordParam },
  { "POST", "/account/revoke-token", page_account_revoke_token, ACT_READ,
    -1, 1, aTokenParam },
  { "GET", "/admin/user/:login", page_admin_user, ACT_ADMIN, -1, 1,
    aNoParam },
  { "POST", "/admin/user/:login", page_admin_user_post, ACT_ADMIN, -1, 1,
    aAdminUserParam },
  { "GET", "/admin/users", page_admin_users, ACT_ADMIN, -1, 1, aNoParam },
  { "GET", "/approvals", page_approval_list, ACT_APPROVE, -1, 1, aNoParam },
  PUB_KINDS(R_APPROVE)
  { "GET", "/area/:id", page_area, ACT_READ, -1, 0, aAtParam },
  { "GET", "/calendar.ics", page_calendar, ACT_READ, -1, 0, aCalendarParam },
  PAGE_KINDS(R_DELETE)
  { "GET", "/dialogue/:id", page_dialogue, ACT_READ, -1, 0, aDashParam },
  { "GET", "/dialogue/:id/calendar.ics", page_dialogue_calendar, ACT_READ,
    -1, 0, aCalendarKeyParam },
  { "GET", "/dialogue/:id/dimensions", page_dimensions, ACT_READ, -1, 0,
    aNoParam },
  { "GET", "/dialogue/:id/entry", page_entry, ACT_WRITE, ENT_OBSERVATION, 1,
    aEntryParam },
  { "POST", "/dialogue/:id/entry", page_entry_post, ACT_WRITE,
    ENT_OBSERVATION, 1, aEntryParam },
  { "GET", "/dialogue/:id/import", page_import, ACT_WRITE, ENT_OBSERVATION,
    1, aImportParam },
  { "POST", "/dialogue/:id/import", page_import_post, ACT_WRITE,
    ENT_OBSERVATION, 1, aImportParam },
  { "GET", "/dialogue/:id/report", page_dialogue_report_pick, ACT_READ, -1,
    0, aReportParam },
  { "POST", "/dialogue/:id/report/issue", page_report_issue, ACT_WRITE,
    ENT_NARRATIVE, 1, aIssueParam },
  { "GET", "/dialogue/:id/report/:file", page_dialogue_report, ACT_READ, -1,
    0, aReportParam },
  { "GET", "/dialogue/:id/plan", page_plan, ACT_READ, -1, 0, aPlanParam },
  { "GET", "/dialogue/:id/risks", page_risks, ACT_READ, -1, 0, aNoParam },
  { "GET", "/dialogues", page_portfolio, ACT_READ, -1, 0, aNoParam },
  { "GET", "/document/:id", page_document, ACT_READ, -1, 0, aNoParam },
  { "GET", "/document/:id/file", page_docfile, ACT_READ, -1, 0, aNoParam },
  { "POST", "/document/:id/file", page_docfile_post, ACT_WRITE,
    ENT_DOCUMENT, 1, aNoParam },
  { "POST", "/document/:id/approve", page_document_approve, ACT_APPROVE,
    ENT_DOCUMENT, 1, aApproveParam },
  { "POST", "/document/:id/return", page_document_return, ACT_APPROVE,
    ENT_DOCUMENT, 1, aReturnParam },
  PAGE_KINDS(R_EDIT)
  { "GET", "/goal/:id", page_goal, ACT_READ, -1, 0, aGoalParam },
  { "POST", "/goal/:id/approve", page_goal_approve, ACT_APPROVE, ENT_GOAL,
    1, aApproveParam },
  { "POST", "/goal/:id/return", page_goal_return, ACT_APPROVE, ENT_GOAL,
    1, aReturnParam },
  { "GET", "/home", page_home, ACT_READ, -1, 1, aNoParam },
  PAGE_KINDS(R_ITEM)
  { "GET", "/meeting/:id", page_meeting, ACT_READ, -1, 0, aNoParam },
  { "POST", "/meeting/:id/adopt", page_meeting_adopt_post, ACT_WRITE,
    ENT_GOAL_EVENT, 1, aAdoptParam },
  PAGE_KINDS(R_NEW)
  { "POST", "/observation/:id/prefer", page_obs_prefer, ACT_WRITE,
    ENT_OBSERVATION, 1, aNextParam },
  { "GET", "/observations.sdmx.csv", page_sdmx, ACT_READ, -1, 0,
    aSdmxParam },
  { "GET", "/portfolio/:file", page_portfolio_report, ACT_READ, -1, 0,
    aReportParam },
  { "POST", "/report-version/:id/approve", page_report_approve,
    ACT_APPROVE, ENT_DOCUMENT, 1, aApproveParam },
  { "GET", "/report/:id", page_issued_report, ACT_READ, -1, 0,
    aVersionParam },
  { "POST", "/report/:id/correct", page_report_correct, ACT_WRITE,
    ENT_NARRATIVE, 1, aCorrectParam },
  { "GET", "/search", page_search, ACT_READ, -1, 0, aSearchParam },
  { "GET", "/wg/:id", page_wg, ACT_READ, -1, 0, aAtParam },
};
const int nPageRoute = (int)(sizeof(aPageRoute)/sizeof(aPageRoute[0]));

/* Check at start-up that each form route names the entity it writes: the
** handlers take the kind from the path, http.c the rights from eEnt. */
static void page_routes_check(void) __attribute__((constructor));
/* Fail at start-up (acc_fatal) if a form route's kind and eEnt differ. */
static void page_routes_check(void){
  int i;
  for(i=0; i<nPageRoute; i++){
    const Route *pR = &aPageRoute[i];
    const char *z = strchr(pR->zPattern+1, '/');
    size_t n;
    if( pR->eEnt<0 || pR->eAct!=ACT_WRITE || z==0 ) continue;
    if( strncmp(pR->zPattern, "/new/", 5) && strncmp(pR->zPattern,
        "/edit/", 6) && strncmp(pR->zPattern, "/delete/", 8) ){
      continue;
    }
    z++;
    n = strcspn(z, "/");
    if( strlen(aEntity[pR->eEnt].zName)!=n
     || strncmp(aEntity[pR->eEnt].zName, z, n)!=0 ){
      acc_fatal("route %s does not write %s", pR->zPattern,
                aEntity[pR->eEnt].zName);
    }
  }
}
