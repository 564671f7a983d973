/*
** i18n.c: translation of the interface's messages (tr) and of data entered
** in Serbian (tr_text), see i18n.h and docs/i18n.md.
**
** tr() looks the English message up in the reader's catalogue with
** i18n_msg() (src/util/msgcat.c, shared with the reports), generated from
** po/sr-Latn.po by tools/po2c.c into build/gen/po.c; a message not
** found (not translated yet, or not a message at all) is shown as it
** is.  The catalogues are plain sorted arrays: a few hundred messages,
** looked up in a few string comparisons, with nothing to load or free at
** run time.
*/
#include "web.h"
#include "i18n.h"
#include "../core/translit.h"

#include <string.h>

/*
** Messages that reach tr() not as literals but from tables of other
** modules: status and role labels, classification names, the values of
** enumerated fields (as page_enum_label() shows them: "_" as a space),
** field labels (as page_field_label() shows them: "Baseline period",
** "Owner" for owner_id), entity titles and plurals, audit actions.  They
** are listed here, written as calls of tr(), so that the extraction
** command (make pot, docs/i18n.md) puts them in po/accord.pot; for the
** compiler the macro makes them plain strings.  When a table of src/core
** gains a value, add it here too: tests/i18n-check lists those missing.
** (The help texts of fields and entities need no list: make pot extracts
** them from src/core/model.c itself, as arguments of its F() and E().)
*/
#define tr(p, z) z
static const char *const azTableMsg[] __attribute__((unused)) = {
  /* TRANSLATORS: status of a goal (azStatusLabel, src/core/status.c). */
  tr(0, "Overdue"), tr(0, "Off track"), tr(0, "At risk"), tr(0, "On track"),
  tr(0, "Achieved"), tr(0, "Not started"), tr(0, "No data"),
  tr(0, "Sources disagree"),
  /* TRANSLATORS: role of a user (azRoleLabel, src/core/access.c). */
  tr(0, "Public"), tr(0, "Observer"), tr(0, "Working-group member"),
  tr(0, "Working-group lead"), tr(0, "Co-chair"), tr(0, "Secretariat"),
  tr(0, "Administrator"),
  /* TRANSLATORS: the same inside a sentence, in small letters
  ** (azRoleWord): "vaša uloga (posmatrač) ne dozvoljava ovu radnju". */
  tr(0, "the public"), tr(0, "observer"), tr(0, "working-group member"),
  tr(0, "working-group lead"), tr(0, "co-chair"), tr(0, "secretariat"),
  tr(0, "administrator"),
  /* TRANSLATORS: classification of an item: who may read it. */
  tr(0, "public"), tr(0, "internal"), tr(0, "restricted"),
  /* TRANSLATORS: state of a dialogue (a "dijalog", masculine). */
  tr(0, "proposed"), tr(0, "negotiation"), tr(0, "established"),
  tr(0, "comprehensive"),
  /* TRANSLATORS: kind of goal; period of an indicator's values, and
  ** how they add up over periods. */
  tr(0, "growth"), tr(0, "count period"), tr(0, "count window"),
  tr(0, "milestone"), tr(0, "level"), tr(0, "month"), tr(0, "quarter"),
  tr(0, "year"), tr(0, "sum"), tr(0, "last"), tr(0, "mean"),
  /* TRANSLATORS: role in a working group; kind of contact in its log. */
  tr(0, "co-lead"), tr(0, "member"), tr(0, "meeting"), tr(0, "call"),
  tr(0, "email"), tr(0, "note"),
  /* TRANSLATORS: kind and state of a meeting (a "sastanak"). */
  tr(0, "inaugural"), tr(0, "annual review"), tr(0, "sector coordination"),
  tr(0, "working group"), tr(0, "other"), tr(0, "planned"), tr(0, "held"),
  tr(0, "cancelled"),
  /* TRANSLATORS: kind and state of a document (a "dokument"). */
  tr(0, "joint statement"), tr(0, "agreement"), tr(0, "minutes"),
  tr(0, "report"), tr(0, "draft"), tr(0, "approved"), tr(0, "published"),
  /* TRANSLATORS: kind of an issued report (azReportKindName,
  ** src/report/report_tree.c; a "izveštaj", masculine). */
  tr(0, "quarterly"), tr(0, "annual"), tr(0, "portfolio"),
  /* TRANSLATORS: likelihood and impact of a risk; its state. */
  tr(0, "low"), tr(0, "medium"), tr(0, "high"), tr(0, "open"),
  tr(0, "closed"),
  /* TRANSLATORS: kind of item (aEntity[].zTitle, src/core/model.c),
  ** after "New" on buttons and in labels such as "goal 12". */
  tr(0, "source"), tr(0, "dialogue"), tr(0, "party"), tr(0, "person"),
  tr(0, "framework area"), tr(0, "working-group member"),
  tr(0, "communication log entry"), tr(0, "benefit"), tr(0, "indicator"),
  tr(0, "observation"), tr(0, "goal"), tr(0, "goal-benefit link"),
  tr(0, "roadmap step"), tr(0, "participant"), tr(0, "decision"),
  tr(0, "document"), tr(0, "risk"), tr(0, "data release"), tr(0, "event"),
  /* TRANSLATORS: kinds of item in the plural, as named on the command
  ** line (aEntity[].zPlural, "_" as a space), heading lists of items. */
  tr(0, "sources"), tr(0, "dialogues"), tr(0, "parties"), tr(0, "people"),
  tr(0, "areas"), tr(0, "working groups"), tr(0, "members"),
  tr(0, "contacts"), tr(0, "benefits"), tr(0, "indicators"),
  tr(0, "observations"), tr(0, "goals"), tr(0, "goal benefits"),
  tr(0, "steps"), tr(0, "meetings"), tr(0, "participants"),
  tr(0, "decisions"), tr(0, "documents"), tr(0, "risks"), tr(0, "events"),
  /* TRANSLATORS: what a change in the audit log did. */
  tr(0, "insert"), tr(0, "update"), tr(0, "delete"), tr(0, "import"),
  tr(0, "approve"), tr(0, "account"),
  /* TRANSLATORS: label of a field (src/core/model.c says what each
  ** holds; "Owner" is the person who answers for an item). */
  tr(0, "Code"), tr(0, "Title"), tr(0, "Publisher"), tr(0, "Url"),
  tr(0, "Published on"), tr(0, "Note"), tr(0, "State"),
  tr(0, "Launched year"), tr(0, "Launched on"), tr(0, "Launched at"),
  tr(0, "Launch note"), tr(0, "Launch source"), tr(0, "Focus"),
  tr(0, "Long term goal"), tr(0, "Target on"), tr(0, "On track ratio"),
  tr(0, "At risk ratio"), tr(0, "Horizon days"), tr(0, "Classification"),
  tr(0, "Dialogue"), tr(0, "Name"), tr(0, "Name sr"), tr(0, "Party"),
  tr(0, "Position"), tr(0, "Email"), tr(0, "Area set"), tr(0, "Description"),
  tr(0, "Area"), tr(0, "Mandate"), tr(0, "Formed on"), tr(0, "Person"),
  tr(0, "Role"), tr(0, "Held on"), tr(0, "Kind"), tr(0, "Summary"),
  tr(0, "Text"), tr(0, "Unit"), tr(0, "Frequency"), tr(0, "Aggregation"),
  tr(0, "Statistics of"), tr(0, "Owner"), tr(0, "Indicator"), tr(0, "Period"),
  tr(0, "Value"), tr(0, "Source"), tr(0, "Entered by"), tr(0, "Entered at"),
  tr(0, "Preferred"), tr(0, "Preferred upto"), tr(0, "Breakdown"),
  tr(0, "Means"), tr(0, "Target"), tr(0, "Compounding"),
  tr(0, "Decrease"), tr(0, "Baseline period"), tr(0, "Baseline value"),
  tr(0, "Start on"), tr(0, "Deadline"), tr(0, "Started on"),
  tr(0, "Achieved on"), tr(0, "Goal"), tr(0, "Benefit"),
  tr(0, "Planned label"), tr(0, "Planned on"), tr(0, "Ongoing"),
  tr(0, "Done on"), tr(0, "Level"), tr(0, "Place"), tr(0, "Agenda"),
  tr(0, "Minutes"), tr(0, "Meeting"), tr(0, "Action"), tr(0, "Due on"),
  tr(0, "Issued on"), tr(0, "Body"), tr(0, "Likelihood"), tr(0, "Impact"),
  tr(0, "Mitigation"), tr(0, "Review on"), tr(0, "Publish risks"),
  tr(0, "Up to"), tr(0, "Occurred on"), tr(0, "Stale periods"),
  tr(0, "Forecasts"),
  tr(0, "Up to"), tr(0, "Text sr"), tr(0, "narrative"), tr(0, "narratives"),
  /* TRANSLATORS: cooperation projects (024_projects.sql): kinds, their
  ** states (a "projekat", masculine; an "aktivnost", feminine), how
  ** progress is measured, and the labels of their fields. */
  tr(0, "project"), tr(0, "projects"), tr(0, "project-goal link"),
  tr(0, "project goals"), tr(0, "project party"), tr(0, "project parties"),
  tr(0, "funding"), tr(0, "activity"), tr(0, "activities"),
  tr(0, "project link"), tr(0, "project links"),
  tr(0, "agreed"), tr(0, "active"), tr(0, "completed"), tr(0, "suspended"),
  tr(0, "declared"), tr(0, "pledged"), tr(0, "committed"),
  tr(0, "disbursed"), tr(0, "ongoing"), tr(0, "done"),
  tr(0, "Title sr"), tr(0, "Planned start"), tr(0, "Planned end"),
  tr(0, "Actual start"), tr(0, "Actual end"), tr(0, "Budget"),
  tr(0, "Currency"), tr(0, "Progress by"), tr(0, "Progress pct"),
  tr(0, "Project"), tr(0, "Agency"), tr(0, "Lead"), tr(0, "Amount"),
  tr(0, "Funded on"), tr(0, "Document"),
  /* The IATI codes of 026_iati.sql. */
  tr(0, "Country"), tr(0, "Org ref"), tr(0, "Sectors"),
  /* TRANSLATORS: the action plan's life (027_planlife.sql): kinds, the
  ** kinds of a goal's life event (a "cilj", masculine: "usvojen"), the
  ** commitments of ongoing roadmap steps, field labels; then the
  ** sentences of src/store/planlife.c and planlife_say.c, whose %s are
  ** numbers, days (YYYY-MM-DD), codes of meetings and reports, periods
  ** (2026-Q3) and names. */
  tr(0, "goal life event"), tr(0, "goal events"), tr(0, "step fulfilment"),
  tr(0, "fulfilments"), tr(0, "readiness criterion"),
  tr(0, "readiness criteria"), tr(0, "area cross-walk"),
  tr(0, "crosswalks"), tr(0, "adopted"), tr(0, "revised"),
  tr(0, "retired"), tr(0, "annual meeting"), tr(0, "quarterly meeting"),
  tr(0, "quarterly report"), tr(0, "wg contact"), tr(0, "Dated on"),
  tr(0, "Proposer"), tr(0, "Decision"), tr(0, "Reason"), tr(0, "Step"),
  tr(0, "Sector"), tr(0, "Commitment"),
  /* TRANSLATORS: the dimensions of breakdowns a dialogue declares
  ** (038_dimension.sql): kinds and a field label. */
  tr(0, "breakdown dimension"), tr(0, "dimensions"),
  tr(0, "dimension value"), tr(0, "dimension_values"), tr(0, "Dimension"),
  tr(0, "Done on %s: %s, as every party approved it."),
  tr(0, "Not done: %s of %s things that fulfil it are on the record as "
     "held or issued and approved by every party; not yet: %s."),
  tr(0, "The commitment runs from the inaugural meeting, which is not on "
     "the record as held."),
  tr(0, "No working group is on the record as formed."),
  tr(0, "A high-level meeting was held in each of the %s full years since "
     "%s (%s)."),
  tr(0, "A high-level meeting was held in %s of the %s full years since %s "
     "(%s); none in %s."),
  tr(0, "No full year has passed since %s; this year's high-level "
     "meeting: %s."),
  tr(0, "A coordination meeting was held in each of the %s full quarters "
     "since %s (%s)."),
  tr(0, "A coordination meeting was held in %s of the %s full quarters "
     "since %s (%s); none in %s."),
  tr(0, "No full quarter has passed since %s; this quarter's coordination "
     "meeting: %s."),
  tr(0, "A quarterly report was issued for each of the %s full quarters "
     "since %s (%s)."),
  tr(0, "A quarterly report was issued for %s of the %s full quarters "
     "since %s (%s); none for %s."),
  tr(0, "No full quarter has passed since %s; this quarter's report: %s."),
  tr(0, "Every working group recorded a contact in each of the %s full "
     "quarters since %s (%s)."),
  tr(0, "Every working group recorded a contact in %s of the %s full "
     "quarters since %s (%s); not in %s."),
  tr(0, "No full quarter has passed since %s; contacts this quarter: %s."),
  tr(0, "none"), tr(0, "not yet"),
  tr(0, "Proposed by %s"), tr(0, "Proposed (the record names no proposer)"),
  tr(0, "No proposal on the record"),
  tr(0, "adopted by decision %s of %s (%s)"),
  tr(0, "not yet adopted by a meeting"),
  tr(0, "to be adopted at %s, not yet on the record as held"),
  tr(0, "revised by decision %s of %s (%s): %s"),
  tr(0, "retired by decision %s of %s (%s): %s"),
  tr(0, "in force"), tr(0, "not in force"), tr(0, "not yet held"),
  /* TRANSLATORS: names of the demo's accounts (accord demo), shown in
  ** place of a person's name: in the sign-off of a report, the approvals
  ** of an item, the page header.  The other accounts of the demo are
  ** named by their role's label above. */
  tr(0, "US co-chair"), tr(0, "Serbian co-chair"), tr(0, "US secretariat"),
  tr(0, "Serbian secretariat"),
  /* TRANSLATORS: who made the changes that loaded the demo (accord
  ** demo), in the history of every item. */
  tr(0, "demo fixture"),
};
#undef tr

const char *tr(Req *p, const char *zMsg){
  if( p==0 ) return zMsg;
  return i18n_msg((int)p->eLang, zMsg);
}

const char *tr_account(Req *p, const char *zName){
  return zName ? tr(p, zName) : zName;
}

const char *tr_err(Req *p, const char *zEn){
  size_t n;
  char *z;
  if( p==0 || zEn==0 ) return zEn;
  if( p->eLang==LANG_EN ) return arena_strdup(&p->arena, zEn);
  n = strlen(zEn)*3 + 200;
  z = arena_alloc(&p->arena, n);
  return l10n_err(zEn, (int)p->eLang, i18n_msg, z, n);
}

const char *tr_text(Req *p, const char *z){
  Script eScript;
  size_t nOut;
  char *zOut;
  if( p==0 || z==0 || z[0]==0 ) return z;
  eScript = translit_script(z);
  nOut = TRANSLIT_MAX(strlen(z));
  if( p->eLang==LANG_SR_CYRL ){
    if( eScript!=SCRIPT_LATN ) return z;
    zOut = arena_alloc(&p->arena, nOut);
    translit_to_cyrl(z, zOut, nOut);
  }else{
    if( eScript!=SCRIPT_CYRL ) return z;
    zOut = arena_alloc(&p->arena, nOut);
    translit_to_latn(z, zOut, nOut);
  }
  return zOut;
}
