/*
** page.h: what the server-rendered pages (page_*.c) share, and their
** handlers.  Not for the API or http.c, which see only web.h.
**
** Every page reads through the store, which shows only what the reader
** may see (store_set_viewer() is set per request by http.c): a page
** never decides visibility itself, it only leaves out what the store did
** not return.  Every byte of HTML goes through html_printf(), except the
** HTML that cmark renders from Markdown in safe mode (page_markdown()).
*/
#ifndef ACCORD_PAGE_H
#define ACCORD_PAGE_H

#include "web.h"
#include "../store/goalstat.h"

/* Rows of one entity, copied into the request's arena. */
typedef struct PageRows {
  int e;                 /* the entity */
  int64_t *aId;          /* ids, in id order */
  Value **aaVal;         /* aaVal[i]: the aEntity[e].nField values */
  int n;                 /* number of rows */
} PageRows;

/* Collect the visible items of entity e, all of them or (iField>=0) those
** whose reference field iField equals id.  Everything is allocated in
** p's arena. */
void page_rows(Req *p, int e, int iField, int64_t id, PageRows *pOut);
/* The same with the field given by name. */
void page_rows_by(Req *p, int e, const char *zField, int64_t id,
                  PageRows *pOut);
/* The same, copying only the rows for which xKeep returns non-zero (it
** sees each row's values before they are copied): a page that shows a
** few rows of many holds those, not all of them. */
typedef int (*PageKeepFn)(void *pArg, int64_t id, const Value *aVal);
void page_rows_where(Req *p, int e, const char *zField, int64_t id,
                     PageKeepFn xKeep, void *pArg, PageRows *pOut);

/* Field zName of a row of entity e: as text (NULL if empty), as an
** integer or id (0 if empty), as a Date (DATE_NONE if empty). */
const char *page_text(int e, const Value *aVal, const char *zName);
/* page_text() in the reader's language (web_tx()). */
const char *page_tx(Req *p, int e, const Value *aVal, const char *zName);
int64_t page_int(int e, const Value *aVal, const char *zName);
Date page_date(int e, const Value *aVal, const char *zName);

/* The address of item id of entity e: its own page where it has one
** (/dialogue/, /area/, /wg/, /goal/, /meeting/, /document/), else the
** generic /item/KIND/ID.  Allocated in p's arena. */
const char *page_url(Req *p, int e, int64_t id);
/* A short name for item id of entity e, for people (its label field,
** shortened), or NULL if the reader may not see it.  In p's arena. */
const char *page_label(Req *p, int e, int64_t id);
/* Print a link to item id of entity e with its label; nothing if the
** reader may not see it (or id is 0). */
void page_link(Req *p, int e, int64_t id);

/* A field's name for people: "baseline_period" -> "Baseline period",
** "area_id" -> "Area" (translated). */
const char *page_field_label(Req *p, const Field *pF);
/* An enum name for people: "count_period" -> "count period"
** (translated). */
const char *page_enum_label(Req *p, const char *zName);
/* Value *pV of field iField of entity e as text for people: references
** as labels, yes/no, numbers with separators.  "" for NULL. */
const char *page_value(Req *p, int e, int iField, const Value *pV);
/* Print value *pV of field iField of entity e as HTML: references as
** links, http(s) URLs as links, Markdown fields rendered, long text with
** its line breaks. */
void page_value_html(Req *p, int e, int iField, const Value *pV);
/* Print a table of every non-empty field of a row, skipping the fields
** named in the NULL-terminated azSkip (may be NULL). */
void page_fields_table(Req *p, int e, const Value *aVal,
                       const char *const *azSkip);

/* A number for people in the reader's language (l10n_num()): digit
** groups, at most 2 decimals below 10 and 1 above, none for whole
** numbers ("1,157.8", "112,000", "0.35"; Serbian "1.157,8"). */
const char *page_num(Req *p, double r);
/* A date for people in the reader's language ("6 December 2026",
** "6. decembar 2026."), in p's arena ("" for DATE_NONE). */
const char *page_day(Req *p, Date d);
/* A period for people in the reader's language (l10n_period(): "Q3
** 2025", "III kvartal 2025.", "jul 2025."), in p's arena; bGen for the
** Serbian genitive ("od III kvartala 2025."). */
const char *page_period(Req *p, Period per, int bGen);
/* A period stored as its code ("2025-Q3") as page_period() writes it
** (other text as it is). */
const char *page_period_text(Req *p, const char *zPeriod);
/* A date as YYYY-MM-DD, for inputs and links ("" for DATE_NONE). */
const char *page_iso_day(Req *p, Date d);
/* A date stored as YYYY-MM-DD as page_day() writes it (other text as
** it is). */
const char *page_date_text(Req *p, const char *zDate);
/* The translated format zFmt (one "%s") with day d in it, in the case the
** words before it need (l10n_genitive_before(): "na dan 6. decembra
** 2026."); in p's arena.  page_date_in() takes the day as YYYY-MM-DD. */
const char *page_day_in(Req *p, const char *zFmt, Date d);
/* Day d in the genitive ("6. decembra 2026."; English as page_day()). */
const char *page_day_gen(Req *p, Date d);
/* The unit of indicator row aI in the reader's language: its Serbian twin
** (unit_sr, in the reader's script) when entered, else as entered. */
const char *web_unit(Req *p, const Value *aI);
const char *page_date_in(Req *p, const char *zFmt, const char *zDate);
/* A time the store wrote ("YYYY-MM-DDTHH:MM:SSZ") in the reader's zone
** and language with the zone named ("6. decembar 2026. u 10:42 CET");
** other text as it is, NULL as "". */
const char *page_time(Req *p, const char *zStamp);
/* Whether z is an absolute http: or https: URL (the only kind that
** becomes a link). */
int page_http_url(const char *z);
/* The date pages compute statuses for: ?at= if given and valid, else
** today. */
Date page_at(Req *p);

/* The width in pixels a label z takes in SVG text of size nFont, roughly
** (0.6 em a character), for laying out legends in any language. */
int page_text_px(const char *z, int nFont);

/* Render Markdown (agenda, minutes, bodies) with cmark in safe mode: raw
** HTML is dropped and unsafe link schemes (javascript:, ...) removed. */
void page_markdown(Req *p, const char *zMd);

/* The approvals of item id (a goal or a document): who approved which
** version for which party and when, whether the item is published, and
** for a co-chair who may approve, the Approve form. */
void page_approvals(Req *p, int e, int64_t id);
/* The form that approves the current version of (zEntity, id) with the
** approver's password (asked again) and the version's content hash. */
void page_approve_form(Req *p, const char *zEntity, int64_t id);
/* The returns for changes of an item, with their reasons (none: nothing). */
void page_returns(Req *p, const char *zEntity, int64_t id);
/* The history of item id from the audit log, newest first. */
void page_history(Req *p, int e, int64_t id);
/* The classification row aVal of entity e is read under when it is not
** (only) its own: "Classification: restricted (from goal X)", the
** parent it inherits linked (store_item_class()). */
void page_item_class(Req *p, int e, const Value *aVal);
/* Who entered the item and who changed it last (logged-in readers). */
void page_item_stamp(Req *p, int e, int64_t id);
/* "Edit" and "Delete" links for item id, if the reader may write e. */
void page_item_actions(Req *p, int e, int64_t id);
/* A "New <entity>" link to the form, with field zField preset to id when
** zField is not NULL, if the reader may write e. */
void page_new_link(Req *p, int e, const char *zField, int64_t id);
/* The search form (for the portfolio, the dashboard and /search). */
void page_search_form(Req *p, const char *zQuery);

/* One observation of an indicator, with what the page shows of it. */
/* The cell zCell of a breakdown of indicator idInd for the reader: "Sex:
** Female, Age: 15-24", with the labels its dialogue declares in the
** reader's language (store_dims_describe(); the declarations read once a
** request per dialogue), in p's arena; "total" for NULL or "". */
const char *page_cell(Req *p, int64_t idInd, const char *zCell);

typedef struct PageObs {
  int64_t id;
  const char *zPeriod;   /* as stored: "2025", "2025-Q3", "2025-07" */
  double r;              /* value */
  int64_t iSource;       /* source id, 0 if none */
  const char *zBy;       /* entered by */
  const char *zAt;       /* entered at */
  const char *zNote;     /* or NULL */
  int bPreferred;        /* marked as the one that counts */
  int bDisagree;         /* its period has other, different values */
  int bConflict;         /* ... and no choice stands: none is preferred,
                         ** or a later value reopened the choice */
  int bReopened;         /* ... the latter (status_period_open()) */
  int64_t iChoice;       /* preferred: preferred_upto, 0 if none */
  const char *zCell;     /* the cell of a breakdown, or NULL: the total */
} PageObs;
/* The visible observations of indicator idInd, sorted by period then id,
** in p's arena; *pn gets the count. */
PageObs *page_obs(Req *p, int64_t idInd, int *pn);
/* The same for part of the series, as a dashboard needs it: if
** nRecent>0 the nRecent newest (by id) and the other observations of
** their periods, else the observations of the periods whose values
** disagree.  Either way every observation of a period shown is included,
** so disagreements are marked as page_obs() marks them. */
PageObs *page_obs_some(Req *p, int64_t idInd, int nRecent, int *pn);
/* The observations table of an indicator (period, value, source linked
** to its URL, entered by and at, preferred, conflict), newest period
** first, at most nMax rows (0: all), with "Count this one" buttons for
** readers who may write observations. */
void page_obs_table(Req *p, int64_t idInd, int nMax);

/* The server-side SVG chart of a goal's indicator against its target
** path (page_chart.c).  Prints nothing for milestones or goals without
** an indicator. */
void page_goal_chart(Req *p, const GoalStatus *pGs, Date at);
/* The roadmap of a dialogue as an SVG timeline (page_timeline.c), and as
** a table. */
void page_roadmap_svg(Req *p, int64_t idD, Date today);
void page_roadmap_table(Req *p, int64_t idD, Date today);
/* The sections of the dashboard below the goals (page_dash.c). */
void page_dash_upcoming(Req *p, int64_t idD, Date today);
void page_dash_risks(Req *p, int64_t idD);
void page_dash_conflicts(Req *p, int64_t idD);
void page_dash_latest(Req *p, int64_t idD);
void page_dash_groups(Req *p, int64_t idD);
void page_dash_meetings(Req *p, int64_t idD);
/* Cooperation projects (page_project.c): a goal's means, a working
** group's projects, the dashboard's, and a project's own details (its
** progress, parties, funding and activities) on /item/project/ID. */
void page_goal_projects(Req *p, int64_t idGoal);
void page_wg_projects(Req *p, int64_t idWg);
void page_dash_projects(Req *p, int64_t idD);
void page_project_detail(Req *p, int64_t id, const Value *aV);
/* The action plan's life (page_plan.c, 027_planlife.sql): a goal's life
** and the areas of the other set it falls under, on its page as of
** `at`; the goals a meeting's decisions adopted and the form adopting
** more; a step's state from the record on /item/step/ID; a step's state
** as a sentence in the reader's language (NULL if none), its
** commitment's Status (-1 if none) and the day it was done. */
void page_goal_life(Req *p, int64_t id, const Value *aG, Date at);
void page_meeting_adopt(Req *p, int64_t idM, const Value *aM);
void page_step_detail(Req *p, int64_t id, const Value *aS);
const char *page_step_state(Req *p, int64_t id, const Value *aS, Date at,
                            int *peStatus, Date *pDone);
/* Filters and order of the dashboard's goals (page_dash.c), from the
** query: ?status=, area=, wg=, owner= (ids or codes), deadline=, sort=.
** The names of the enumerated ones are NULL-ended tables for the route's
** parameters (page_route.c). */
enum { DASH_DL_ANY = 0, DASH_DL_PASSED, DASH_DL_90, DASH_DL_YEAR,
       DASH_DL_NONE, DASH_DL__MAX };
enum { DASH_SORT_AREA = 0, DASH_SORT_DEADLINE, DASH_SORT_STATUS,
       DASH_SORT_TITLE, DASH_SORT__MAX };
extern const char *const azDashStatus[];     /* azStatusName, NULL-ended */
extern const char *const azDashDeadline[];
extern const char *const azDashSort[];
typedef struct DashFilter {
  int eStatus;                   /* a Status, or -1 for any */
  int64_t idArea, idWg, idOwner; /* 0 for any */
  int eDeadline;                 /* DASH_DL_* */
  int eSort;                     /* DASH_SORT_* */
  int bActive;                   /* some filter is set */
} DashFilter;
/* Read the filters of dialogue idD's dashboard; an area or working
** group of another dialogue, or an unknown one, or an unknown owner is
** answered 400 naming the parameter (then -1 is returned). */
int page_dash_filter_or_reply(Req *p, int64_t idD, DashFilter *pF);
/* Whether goal g passes the filters, deadlines judged at `at`. */
int page_dash_filter_match(const DashFilter *pF, const GoalStatus *g,
                           Date at);
/* The filter form (GET, so it works without JavaScript). */
void page_dash_filter_form(Req *p, int64_t idD, const DashFilter *pF);
/* What the filter forms of lists share (page_dash.c): reference parameter
** zName (an id or a code) as an item of entity e of dialogue idD into
** *pId (0 if absent), else 400 naming it and -1; and a <select> of the
** items of e of dialogue idD (people of its parties for ENT_PERSON),
** "any" first, iCur selected. */
int page_filter_ref_or_reply(Req *p, const char *zName, int e, int64_t idD,
                             int64_t *pId);
void page_filter_select(Req *p, const char *zName, const char *zLabel,
                        int e, int64_t idD, int64_t iCur);
/* A risk's severity: likelihood x impact, each low 1, medium 2, high 3;
** 0 if either is not set. */
int page_risk_score(const Value *aRisk);
/* The indices 0..n-1 of the risk rows r in register order: open before
** closed, then by severity, highest first, then by id.  In p's arena. */
int *page_risk_order(Req *p, const PageRows *r);
/* Approve item id of entity e (from the path) for the reader's party and
** go back to its page; the handlers of POST /goal/ID/approve and
** /document/ID/approve. */
void page_approve_post(Req *p, int e);
/* Return item id of entity e for changes with the form's reason; the
** handlers of POST /goal/ID/return and /document/ID/return. */
void page_return_post(Req *p, int e);
void page_goal_return(Req*);
void page_document_return(Req*);

/* The parameters of the forms of entity e: every field, as text, so that
** the form handler, not http.c, checks them and shows errors by field
** (page_form.c fills them before main() runs). */
extern Field aPageFormParam[ENT__MAX][MAX_FIELDS+2];

/* What others changed in an item since version iFrom (page_conflict.c):
** per field, its value before the first of their changes and after the
** last (NULL if they did not change it), as text to show; and who made
** them.  page_form_changes() reads them from the item's history (strings
** in p's arena); page_form_changes_render() writes the notice above a
** form refused for it. */
typedef struct FormChanges {
  const char *azWas[MAX_FIELDS];
  const char *azNow[MAX_FIELDS];
  const char *zWho;        /* logins, ", " between them */
} FormChanges;
void page_form_changes(Req *p, int e, int64_t id, int64_t iFrom,
                       FormChanges *pC);
void page_form_changes_render(Req *p, int e, const FormChanges *pC);

/* The entity named by the second segment of the path ("/item/KIND/ID",
** "/new/KIND", "/edit/KIND/ID", "/delete/KIND/ID"), or -1. */
int page_path_entity(Req *p);
/* The dialogue item aVal of entity e belongs to, directly or through its
** visibility parents; 0 if none (or not visible). */
int64_t page_item_dialogue(Req *p, int e, const Value *aVal);

/* A day relative to today, for people: "today", "12 days ago", "in 3
** days"; a date written out in the reader's language ("6 December
** 2026"; "" for DATE_NONE).  In p's arena (page_home.c). */
const char *page_ago(Req *p, Date d, Date today);
const char *page_date_long(Req *p, Date d);
/* A working group's last contact (its newest communication log entry the
** reader may see): "Last contact: 12 days ago (date)", or that there is
** none (page_home.c). */
void page_wg_last_contact(Req *p, int64_t idWg, Date today);

/* Handlers. */
void page_area(Req*);
/* An item awaiting the approval of the reader's party (page_approval.c):
** its current and published (0: never) versions, and the first other
** party that approved its current version (NULL if none). */
typedef struct PageAwait {
  int e;
  int64_t id;
  int64_t iVersion, iPublished;
  const char *zOtherParty, *zOtherLogin, *zOtherAt;
} PageAwait;
/* The items awaiting the approval of the reader's party, a co-chair's
** (store_pending_each()), by kind, into *paOut (p's arena); how many.
** 0 for any other reader. */
int page_awaiting(Req *p, PageAwait **paOut);
void page_approval_list(Req*);       /* page_approval.c: /approvals */
void page_home(Req*);                /* page_home.c */
void page_root(Req*);                /* page_home.c: / */
void page_calendar(Req*);            /* page_feed.c */
void page_dialogue_calendar(Req*);   /* page_feed.c */
void page_sdmx(Req*);                /* page_feed.c */
/* Reports (page_report.c). */
void page_dialogue_report(Req*);
void page_dialogue_report_pick(Req*);
void page_report_issue(Req*);
void page_report_correct(Req*);
void page_portfolio_report(Req*);
void page_issued_report(Req*);
void page_report_links(Req *p, int64_t idD);
/* How issued report *r is cut, after its line in a list: nothing for
** the goals under their own framework area, a note for the agreement's
** sectors. */
void page_report_cut(Req *p, const IssuedReport *r);
void page_report_approve(Req*);
void page_wg(Req*);
void page_meeting(Req*);
void page_meeting_adopt_post(Req*);
void page_plan(Req*);
void page_document(Req*);
void page_risks(Req*);
void page_dimensions(Req*);          /* page_dim.c */
void page_search(Req*);
void page_entry(Req*);
void page_entry_post(Req*);
/* The upload of a CSV file of observations (page_import.c). */
void page_import(Req*);
void page_import_post(Req*);
/* A document's file (page_docfile.c). */
void page_docfile(Req*);
void page_docfile_post(Req*);
void page_docfile_section(Req *p, int64_t id);
void page_item(Req*);
void page_goal_approve(Req*);
void page_document_approve(Req*);
/* The approve form's fields (content_hash, password) into *pR; replies
** 400 naming the missing one and returns 1 if one is missing. */
struct SignReq;
int page_sign_fields(Req*, struct SignReq *pR);
/* The HTTP status of an approval the store refused with rc. */
int page_approve_status(AccRc rc);
void page_approve_item(Req*);
void page_return_item(Req*);
/* On an edit form: whether the item is public, in which version, and
** that saving makes a draft the public does not see until approved. */
void page_publication_note(Req *p, int e, int64_t id);
void page_obs_prefer(Req*);
/* Administration and one's own account (page_admin.c). */
void page_admin_users(Req*);
void page_admin_user(Req*);
void page_admin_user_post(Req*);
void page_account(Req*);
void page_account_password(Req*);
void page_account_end_session(Req*);
void page_account_revoke_token(Req*);
void page_new(Req*);
void page_new_post(Req*);
void page_edit(Req*);
void page_edit_post(Req*);
void page_delete(Req*);
void page_delete_post(Req*);

#endif
