/*
** page_report.c: reports on the web: download links on the dialogue's
** dashboard, reports built on request, and issued (frozen) reports.
**
**   GET /dialogue/:id/report/:file   KIND.FMT: quarterly, annual, public
**                                    as html or csv, built now
**   GET /portfolio/:file             portfolio.html, portfolio.csv
**   GET /dialogue/:id/report         ?kind=&period=&format=: the same,
**                                    from the picker of the dashboard
**   POST /dialogue/:id/report/issue  issue (freeze) a report: kind,
**                                    period, format, by (area or
**                                    sector), reason; in the reader's
**                                    language and clearance
**   GET /report/:id                  an issued report, its stored bytes
**   POST /report/:id/correct         a correction of it, with a reason
**                                    (cut as the report was)
**   POST /report-version/:id/approve a co-chair signs a pending public
**                                    report version (page_report_approve)
**
** Issuing and correcting take the right to write narratives (the
** secretariat, co-chairs, administrators), as `accord report issue` is
** the secretariat's on the command line.
**
** A report is built through the store's viewer, which http.c set to the
** reader's clearance, and the public report always for the public.  The
** public (no account) gets only the public report: any other kind
** answers 404, as an item the reader may not see does.  The period is
** ?period=2026-Q3 (or 2026), ?quarter=2026-Q3, ?year=2026 or ?from=&to=,
** by default the last full
** quarter (year, for the annual report); the language the reader's.
** ?known_on=DATE computes the statuses with only the observations entered
** by then (as `accord report --known-on`), for reports not issued.
*/
#include "page.h"
#include "../report/report.h"
#include "../store/sign.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The Content-Type of each format. */
static const char *const azType[RFMT__MAX] = {
  "text/html; charset=utf-8", "application/pdf",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text/csv; charset=utf-8"
};

/* Split "KIND.FMT" into a kind and a format this build can write;
** 0 on success. */
static int report_file(const char *zFile, int *peKind, int *peFmt){
  const char *zDot = strrchr(zFile, '.');
  int k, f;
  if( zDot==0 ) return -1;
  for(k=0; k<REPORT__MAX; k++){
    size_t n = strlen(azReportKindName[k]);
    if( (size_t)(zDot-zFile)==n && strncmp(zFile, azReportKindName[k], n)==0 ){
      break;
    }
  }
  for(f=0; f<RFMT__MAX && strcmp(zDot+1, azReportFormatName[f]); f++){}
  if( k>=REPORT__MAX || f>=RFMT__MAX ) return -1;
  *peKind = k;
  *peFmt = f;
  return 0;
}

/* The period asked for, or the default; 0, or -1 after replying 400. */
static int report_period(Req *p, int eKind, Date *pFrom, Date *pTo){
  const char *zQ = req_arg(p, "quarter"), *zY = req_arg(p, "year");
  const char *zF = req_arg(p, "from"), *zT = req_arg(p, "to");
  const char *zP = req_arg(p, "period");
  Period P;
  if( zP && zP[0] ){
    if( period_parse(zP, &P) || P.eFreq==FREQ_MONTH ){
      req_error(p, 400, ACC_INVALID, "period: expected a quarter such as "
                "2026-Q3 or a year such as 2026");
      return -1;
    }
  }else if( zQ ){
    if( period_parse(zQ, &P) || P.eFreq!=FREQ_QUARTER ){
      req_error(p, 400, ACC_INVALID, "quarter: expected a quarter such as "
                "2026-Q3");
      return -1;
    }
  }else if( zY ){
    if( period_parse(zY, &P) || P.eFreq!=FREQ_YEAR ){
      req_error(p, 400, ACC_INVALID, "year: expected a year such as 2026");
      return -1;
    }
  }else if( zF || zT ){
    if( zF==0 || zT==0 || date_parse(zF, pFrom) || date_parse(zT, pTo) ){
      req_error(p, 400, ACC_INVALID, "from, to: expected two dates");
      return -1;
    }
    if( *pFrom>*pTo ){
      req_error(p, 400, ACC_INVALID, "from: after to");
      return -1;
    }
    return 0;
  }else if( eKind==REPORT_ANNUAL ){
    P = period_containing(date_today(), FREQ_YEAR);
    P.year--;
  }else{
    P = period_from_index(FREQ_QUARTER,
          period_index(period_containing(date_today(), FREQ_QUARTER)) - 1);
  }
  *pFrom = period_start(P);
  *pTo = period_end(P);
  return 0;
}

/* The cut asked by ?by= (validated by the route: area or sector). */
static int report_by(Req *p){
  const char *z = req_arg(p, "by");
  return z && strcmp(z, "sector")==0 ? REPORT_BY_SECTOR : REPORT_BY_AREA;
}

/* Build and send a report of kind eKind (dialogue idD) in format eFmt. */
static void report_reply(Req *p, int eKind, int eFmt, int64_t idD){
  Report *pR = 0;
  Date from, to, known = DATE_NONE;
  char zErr[300];
  AccRc rc;
  if( p->acc.eRole==ROLE_PUBLIC && eKind!=REPORT_PUBLIC ){
    req_error(p, 404, ACC_NOTFOUND, "no page at this address");
    return;
  }
  if( report_period(p, eKind, &from, &to) ) return;
  if( req_arg(p, "known_on") && date_parse(req_arg(p, "known_on"), &known) ){
    req_error(p, 400, ACC_INVALID, "known_on: expected a date YYYY-MM-DD");
    return;
  }
  rc = report_build_by(p->pStore, (ReportKind)eKind, idD, from, to, known,
                       (int)p->eLang, report_by(p), &pR, zErr,
                       sizeof(zErr));
  if( rc ){
    req_error(p, rc==ACC_NOTFOUND ? 404 : 400, rc, "%s", zErr);
    return;
  }
  rc = report_render(pR, (ReportFormat)eFmt, &p->body, zErr, sizeof(zErr));
  report_free(pR);
  if( rc ){
    buf_reset(&p->body);
    req_error(p, 500, rc, "%s", zErr);
    return;
  }
  p->zType = azType[eFmt];
}

void page_dialogue_report(Req *p){
  int64_t idD = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  int eKind, eFmt;
  if( idD==0 ) return;
  if( report_file(req_path(p, 1), &eKind, &eFmt)
   || eKind==REPORT_PORTFOLIO ){
    req_error(p, 404, ACC_NOTFOUND, "no such report");
    return;
  }
  report_reply(p, eKind, eFmt, idD);
}

/* The kind (not the portfolio) and format named by ?kind= and ?format=;
** 0, or -1 after replying 400. */
static int report_kind_fmt(Req *p, int *peKind, int *peFmt){
  const char *zK = req_arg(p, "kind"), *zF = req_arg(p, "format");
  int k, f;
  if( zK==0 || zK[0]==0 ){         /* the picker's first choice */
    zK = azReportKindName[p->acc.eRole==ROLE_PUBLIC ? REPORT_PUBLIC
                                                    : REPORT_QUARTERLY];
  }
  for(k=0; k<REPORT_PORTFOLIO && strcmp(azReportKindName[k], zK); k++){}
  if( k>=REPORT_PORTFOLIO ){
    req_error(p, 400, ACC_INVALID, "kind: expected quarterly, annual or "
              "public");
    return -1;
  }
  if( zF==0 || zF[0]==0 ) zF = "html";
  for(f=0; f<RFMT__MAX && strcmp(azReportFormatName[f], zF); f++){}
  if( f>=RFMT__MAX ){
    req_error(p, 400, ACC_INVALID, "format: expected html, pdf, xlsx or "
              "csv");
    return -1;
  }
  *peKind = k;
  *peFmt = f;
  return 0;
}

/*
** PAGE: GET /dialogue/ID/report?kind=K&period=P&format=F
** The report picked on the dashboard, built now.
*/
void page_dialogue_report_pick(Req *p){
  int64_t idD = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  int eKind, eFmt;
  if( idD==0 || report_kind_fmt(p, &eKind, &eFmt) ) return;
  report_reply(p, eKind, eFmt, idD);
}

/*
** PAGE: POST /dialogue/ID/report/issue
** Issue (freeze) the report picked, in the reader's language and for the
** reader's clearance; then to the dialogue's reports.
*/
void page_report_issue(Req *p){
  int64_t idD = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  IssuedReport got;
  Date from, to;
  int eKind, eFmt;
  char zErr[300];
  AccRc rc;
  if( idD==0 || req_deny_in_dialogue(p, ENT_NARRATIVE, idD)
   || report_kind_fmt(p, &eKind, &eFmt)
   || report_period(p, eKind, &from, &to) ) return;
  store_set_actor(p->pStore, p->acc.zLogin);
  rc = report_issue(p->pStore, (ReportKind)eKind, idD, from, to,
                    (int)p->eLang, report_by(p), (ReportFormat)eFmt, 0,
                    req_arg(p, "reason"), &p->arena, &got, zErr,
                    sizeof(zErr));
  if( rc ){
    req_error(p, rc==ACC_NOTFOUND ? 404 : 400, rc, "not issued: %s", zErr);
    return;
  }
  req_redirect(p, arena_printf(&p->arena, "/dialogue/%lld#reports",
                               (long long)idD));
}

/*
** PAGE: POST /report/ID/correct
** A correction of issued report ID (with its reason), rebuilt from
** today's data as the command line's `report correct`.
*/
void page_report_correct(Req *p){
  const char *zId = req_path(p, 0), *zReason = req_arg(p, "reason");
  char *zEnd = 0, zErr[300];
  long long iReport = strtoll(zId, &zEnd, 10);
  IssuedReport r, got;
  Date from, to;
  int k, f;
  AccRc rc;
  if( zEnd==zId || *zEnd || iReport<=0
   || store_report_get(p->pStore, iReport, -1, &p->arena, &r) ){
    req_error(p, 404, ACC_NOTFOUND, "no such report");
    return;
  }
  for(k=0; k<REPORT__MAX && strcmp(azReportKindName[k], r.zKind); k++){}
  for(f=0; f<RFMT__MAX && strcmp(azReportFormatName[f], r.zFormat); f++){}
  if( k>=REPORT__MAX || f>=RFMT__MAX || date_parse(r.zFrom, &from)
   || date_parse(r.zTo, &to) ){
    req_error(p, 404, ACC_NOTFOUND, "no such report");
    return;
  }
  if( req_deny_in_dialogue(p, ENT_NARRATIVE, r.idDialogue) ) return;
  store_set_actor(p->pStore, p->acc.zLogin);
  rc = report_issue(p->pStore, (ReportKind)k, r.idDialogue, from, to,
                    model_enum_find(azLangCode, r.zLang),
                    strcmp(r.zCut, "sector")==0 ? REPORT_BY_SECTOR
                                               : REPORT_BY_AREA,
                    (ReportFormat)f, &r, zReason, &p->arena, &got, zErr,
                    sizeof(zErr));
  if( rc ){
    req_error(p, rc==ACC_NOTFOUND ? 404 : 400, rc, "not corrected: %s",
              zErr);
    return;
  }
  req_redirect(p, arena_printf(&p->arena, "/dialogue/%lld#reports",
                               (long long)r.idDialogue));
}

void page_portfolio_report(Req *p){
  int eKind, eFmt;
  if( report_file(req_path(p, 0), &eKind, &eFmt)
   || eKind!=REPORT_PORTFOLIO ){
    req_error(p, 404, ACC_NOTFOUND, "no such report");
    return;
  }
  report_reply(p, eKind, eFmt, 0);
}

void page_issued_report(Req *p){
  const char *zId = req_path(p, 0), *zV = req_arg(p, "version");
  char *zEnd = 0;
  long long iReport = strtoll(zId, &zEnd, 10);
  int iVersion = zV ? atoi(zV) : 0, f;
  IssuedReport r;
  AccRc rc;
  if( zEnd==zId || *zEnd || iReport<=0 || iVersion<0 ){
    req_error(p, 404, ACC_NOTFOUND, "no such report");
    return;
  }
  rc = store_report_get(p->pStore, iReport, iVersion, &p->arena, &r);
  if( rc==ACC_NOTFOUND ){
    req_error(p, 404, ACC_NOTFOUND, "no such report");
    return;
  }
  if( rc ){
    req_error(p, 500, rc, "the stored report no longer has the hash it "
              "was issued with");
    return;
  }
  for(f=0; f<RFMT__MAX && strcmp(azReportFormatName[f], r.zFormat); f++){}
  p->zType = f<RFMT__MAX ? azType[f] : "application/octet-stream";
  buf_append(&p->body, (const char*)r.pBody, (size_t)r.nBody);
}

void page_report_cut(Req *p, const IssuedReport *r){
  if( strcmp(r->zCut, "sector")==0 ){
    html_printf(&p->body, " <span class=\"report-cut\">%h</span>",
                tr(p, "by the agreement's sectors"));
  }
}

/* One issued report in the dashboard's list. */
static int issued_item(void *pArg, const IssuedReport *r){
  Req *p = pArg;
  if( strcmp(r->zState, "issued")!=0 ) return 0;
  html_printf(&p->body, "<li><a href=\"/report/%lld?version=%d\">%h %h – "
              "%h, %h %h</a> (v%d, %h)", (long long)r->iReport,
              r->iVersion, tr(p, r->zKind), page_date_text(p, r->zFrom),
              page_date_text(p, r->zTo), r->zLang, r->zFormat, r->iVersion,
              page_time(p, r->zIssuedAt));
  page_report_cut(p, r);
  if( p->bLoggedIn && req_can(p, ACT_WRITE, ENT_NARRATIVE) ){
    html_printf(&p->body, " <form method=\"post\" action=\"/report/%lld/"
      "correct\" class=\"inline-form\"><input type=\"hidden\" "
      "name=\"csrf\" value=\"%h\"><label>%h <input name=\"reason\" "
      "required maxlength=\"500\"></label> <button type=\"submit\">%h"
      "</button></form>", (long long)r->iReport, p->zCsrf,
      tr(p, "Reason for a correction"), tr(p, "Correct"));
  }
  if( r->iVersion>1 && r->zReason ){
    html_printf(&p->body, "<br><span class=\"correction\">%h</span>",
                arena_printf(&p->arena, tr(p, "Corrects version %d: %s"),
                             r->iVersion-1, r->zReason));
  }
  html_printf(&p->body, "</li>\n");
  return 0;
}

/* A pending public report version, with the approve form for a co-chair
** of a party of its dialogue whose party has not approved it yet. */
static int pending_item(void *pArg, const IssuedReport *r){
  Req *p = pArg;
  if( strcmp(r->zState, "pending")!=0 ) return 0;
  html_printf(&p->body, "<li>%h %h – %h, %h %h (v%d, %h)\n",
              tr(p, r->zKind), page_date_text(p, r->zFrom),
              page_date_text(p, r->zTo), r->zLang, r->zFormat,
              r->iVersion, tr(p, "awaiting approval"));
  page_report_cut(p, r);
  page_approve_form(p, "report", r->iVersionId);
  html_printf(&p->body, "</li>\n");
  return 0;
}

/* The options of a select: every kind of report the reader may read. */
static void picker_kinds(Req *p){
  static const char *const azKindLabel[] = {
    "Quarterly implementation report",
    "Annual report to the governments of the parties",
    "Public progress report"
  };
  int k;
  html_printf(&p->body, "<label>%h <select name=\"kind\">", tr(p, "Report"));
  for(k=0; k<REPORT_PORTFOLIO; k++){
    if( p->acc.eRole==ROLE_PUBLIC && k!=REPORT_PUBLIC ) continue;
    html_printf(&p->body, "<option value=\"%t\">%h</option>",
                azReportKindName[k], tr(p, azKindLabel[k]));
  }
  html_printf(&p->body, "</select></label>\n");
}

/* The form that picks a report's kind, period, format and cut (goals by
** framework area or by the agreement's sectors): to open it now
** (GET), or, bIssue, to issue it (POST, with a reason).  The periods are
** the last eight full quarters, the current one, and the last three
** years. */
static void report_picker(Req *p, int64_t idD, int bIssue){
  static const char *const azFmtLabel[RFMT__MAX] = {
    "HTML", "PDF", "XLSX", "CSV"
  };
  Period Q = period_containing(date_today(), FREQ_QUARTER);
  Period Y = period_containing(date_today(), FREQ_YEAR);
  int64_t iQ = period_index(Q);
  int i;
  char z[16];
  if( bIssue ){
    html_printf(&p->body, "<form method=\"post\" action=\"/dialogue/%lld/"
      "report/issue\" class=\"report-picker\">\n<h3>%h</h3>\n"
      "<input type=\"hidden\" name=\"csrf\" value=\"%h\">\n",
      (long long)idD, tr(p, "Issue a report"), p->zCsrf);
  }else{
    html_printf(&p->body, "<form method=\"get\" action=\"/dialogue/%lld/"
      "report\" class=\"report-picker\">\n<h3>%h</h3>\n"
      "<input type=\"hidden\" name=\"lang\" value=\"%h\">\n",
      (long long)idD, tr(p, "A report for a period"),
      azLangCode[p->eLang]);
  }
  picker_kinds(p);
  html_printf(&p->body, "<label>%h <select name=\"period\">",
              tr(p, "Period"));
  for(i=1; i<=8; i++){
    Period q = period_from_index(FREQ_QUARTER, iQ-i);
    period_format(q, z);
    html_printf(&p->body, "<option value=\"%h\"%s>%h</option>", z,
                i==1 ? " selected" : "", page_period(p, q, 0));
  }
  period_format(Q, z);
  html_printf(&p->body, "<option value=\"%h\">%h</option>", z,
              arena_printf(&p->arena, tr(p, "%s (so far)"),
                           page_period(p, Q, 0)));
  for(i=1; i<=3; i++){
    snprintf(z, sizeof(z), "%d", Y.year-i);
    html_printf(&p->body, "<option>%h</option>", z);
  }
  html_printf(&p->body, "</select></label>\n<label>%h <select "
              "name=\"format\">", tr(p, "Format"));
  for(i=0; i<RFMT__MAX; i++){
    html_printf(&p->body, "<option value=\"%t\">%h</option>",
                azReportFormatName[i], azFmtLabel[i]);
  }
  html_printf(&p->body, "</select></label>\n");
  /* the goals under their own area, or the agreement's sectors; an
  ** issued report keeps its cut */
  html_printf(&p->body, "<label>%h <select name=\"by\"><option "
    "value=\"area\">%h</option><option value=\"sector\">%h</option>"
    "</select></label>\n", tr(p, "Goals by"), tr(p, "framework area"),
    tr(p, "the agreement's sectors"));
  if( bIssue ){
    html_printf(&p->body, "<label>%h <input name=\"reason\" "
      "maxlength=\"500\"></label>\n<button type=\"submit\">%h</button>\n"
      "<p class=\"note\">%h</p>\n</form>\n", tr(p, "Note (optional)"),
      tr(p, "Issue"), tr(p, "An issued report is frozen: its bytes never "
      "change; a public report waits for each party's co-chair to approve "
      "it. It is built in your language, for what you may read."));
  }else{
    html_printf(&p->body, "<button type=\"submit\">%h</button>\n</form>\n",
                tr(p, "Open"));
  }
}

void page_report_links(Req *p, int64_t idD){
  static const int aKind[] = { REPORT_QUARTERLY, REPORT_ANNUAL,
                               REPORT_PUBLIC };
  static const char *const azKindLabel[] = {
    "Quarterly implementation report",
    "Annual report to the governments of the parties",
    "Public progress report"
  };
  int i, f;
  html_printf(&p->body, "<section aria-labelledby=\"reports\">\n"
              "<h2 id=\"reports\">%h</h2>\n<ul class=\"reports\">\n",
              tr(p, "Reports"));
  for(i=0; i<3; i++){
    if( p->acc.eRole==ROLE_PUBLIC && aKind[i]!=REPORT_PUBLIC ) continue;
    html_printf(&p->body, "<li>%h:", tr(p, azKindLabel[i]));
    for(f=0; f<RFMT__MAX; f++){
      static const char *const azFmtLabel[RFMT__MAX] = {
        "HTML", "PDF", "XLSX", "CSV"
      };
      html_printf(&p->body, "%s<a %shref=\"/dialogue/%lld/report/%t.%t"
                  "?lang=%t\">%h</a>", f ? " · " : " ",
                  f==RFMT_HTML ? "" : "download ", (long long)idD,
                  azReportKindName[aKind[i]], azReportFormatName[f],
                  azLangCode[p->eLang], azFmtLabel[f]);
    }
    html_printf(&p->body, "</li>\n");
  }
  html_printf(&p->body, "</ul>\n");
  report_picker(p, idD, 0);
  if( p->bLoggedIn && req_can(p, ACT_WRITE, ENT_NARRATIVE) ){
    report_picker(p, idD, 1);
  }
  html_printf(&p->body, "<h3>%h</h3>\n<ul class=\"reports\">\n",
              tr(p, "Issued reports"));
  store_report_each(p->pStore, idD, issued_item, p);
  html_printf(&p->body, "</ul>\n");
  if( req_can(p, ACT_APPROVE, ENT_DOCUMENT) && p->acc.iParty ){
    char zParty[80], zDial[80];
    int64_t idMine = 0;
    if( store_party_codes(p->pStore, p->acc.iParty, zParty, sizeof(zParty),
                          zDial, sizeof(zDial), &idMine)==ACC_OK
     && idMine==idD ){
      html_printf(&p->body, "<h3>%h</h3>\n<ul class=\"reports\">\n",
                  tr(p, "Public reports awaiting approval"));
      store_report_each(p->pStore, idD, pending_item, p);
      html_printf(&p->body, "</ul>\n");
    }
  }
  html_printf(&p->body, "</section>\n");
}

/* The dialogue of report version iVersionId (page_report_approve()). */
typedef struct VersionFind {
  int64_t iVersionId;
  int64_t idDialogue;
} VersionFind;
static int version_find(void *pArg, const IssuedReport *r){
  VersionFind *f = pArg;
  if( r->iVersionId!=f->iVersionId ) return 0;
  f->idDialogue = r->idDialogue;
  return 1;
}

/*
** PAGE: POST /report-version/ID/approve
** A co-chair approves a pending public report version for their party
** with a signature (content_hash of the version shown and password, as
** for goals and documents); back to the dialogue's reports.
*/
void page_report_approve(Req *p){
  const char *zId = req_path(p, 0);
  char *zEnd = 0, zErr[400];
  long long iVersionId = strtoll(zId, &zEnd, 10);
  VersionFind f;
  SignReq r;
  AccRc rc;
  memset(&f, 0, sizeof(f));
  f.iVersionId = iVersionId;
  if( zEnd==zId || *zEnd || iVersionId<=0 ){
    req_error(p, 404, ACC_NOTFOUND, "no such report version");
    return;
  }
  store_report_each(p->pStore, 0, version_find, &f);
  if( f.idDialogue==0 ){
    req_error(p, 404, ACC_NOTFOUND, "no such report version");
    return;
  }
  if( page_sign_fields(p, &r) ) return;
  store_set_actor(p->pStore, p->acc.zLogin);
  rc = store_report_approve(p->pStore, iVersionId, &p->acc, &r, zErr,
                            sizeof(zErr));
  if( rc ){
    req_error(p, page_approve_status(rc), rc, "not approved: %s", zErr);
    return;
  }
  req_redirect(p, arena_printf(&p->arena, "/dialogue/%lld#reports",
                               (long long)f.idDialogue));
}
