/*
** api_report.c: issued reports and their approval through the JSON API
** (docs/api.md, "Reports").
**
**   GET  /api/v1/reports[?dialogue_id=]     the versions the caller may
**                                           read, newest report first,
**                                           each with its approvals
**   POST /api/v1/reports                    issue one: {"dialogue_id",
**                                           "kind", "period", "format",
**                                           "lang", "by", "reason"}; the
**                                           right to write narratives,
**                                           as on the web (page_report.c)
**   POST /api/v1/report-versions/:id/approve a co-chair signs a pending
**                                           public report version, as
**                                           POST /api/v1/goals/:id/approve
*/
#include "api.h"
#include "../report/report.h"
#include "../store/account.h"
#include "../store/sign.h"

#include <stdlib.h>
#include <string.h>

/* One approval as JSON (store_report_approval_each). */
static int appr_json(void *pArg, const Approval *a){
  json_array_append_new((json_t*)pArg, json_pack("{s:I,s:s,s:s}",
                        "party_id", (json_int_t)a->iParty, "name", a->zName,
                        "at", a->zAt));
  return 0;
}

/* A version as JSON: the one writer of an issued report's version (the
** list, and the reply to an issue).  "by" is its cut: "area" (goals under
** their own framework area) or "sector" (under the agreement's
** sectors). */
static json_t *version_json(Req *p, const IssuedReport *r){
  json_t *pA = json_array();
  json_t *pO;
  store_report_approval_each(p->pStore, r->iVersionId, appr_json, pA);
  pO = json_pack("{s:I,s:I,s:i,s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:s,s:s,"
                 "s:o}", "report", (json_int_t)r->iReport, "version_id",
                 (json_int_t)r->iVersionId, "version", r->iVersion, "kind",
                 r->zKind, "from", r->zFrom, "to", r->zTo, "lang", r->zLang,
                 "format", r->zFormat, "viewer", r->zViewer, "state",
                 r->zState, "body_hash", r->zBodyHash, "data_hash",
                 r->zDataHash, "url", arena_printf(&p->arena,
                 "/report/%lld?version=%d", (long long)r->iReport,
                 r->iVersion), "approvals", pA);
  json_object_set_new(pO, "dialogue_id", r->idDialogue
                      ? json_integer(r->idDialogue) : json_null());
  json_object_set_new(pO, "issued_at", r->zIssuedAt
                      ? json_string(r->zIssuedAt) : json_null());
  json_object_set_new(pO, "reason", r->zReason
                      ? json_string(r->zReason) : json_null());
  json_object_set_new(pO, "by", json_string(r->zCut));
  return pO;
}

typedef struct ListCx {
  Req *p;
  json_t *pArr;
} ListCx;
static int list_one(void *pArg, const IssuedReport *r){
  ListCx *c = pArg;
  json_array_append_new(c->pArr, version_json(c->p, r));
  return 0;
}

/*
** API: GET /api/v1/reports
*/
void api_reports(Req *p){
  ListCx c;
  int64_t idD = 0;
  const char *zD = req_arg(p, "dialogue_id");
  if( zD && (idD = req_item_or_reply(p, ENT_DIALOGUE, zD))==0 ) return;
  c.p = p;
  c.pArr = json_array();
  store_report_each(p->pStore, idD, list_one, &c);
  req_json(p, json_pack("{s:o}", "reports", c.pArr));
}

/* A string member of the body, or NULL. */
static const char *body_str(Req *p, const char *zName){
  return json_string_value(json_object_get(p->pBody, zName));
}

/*
** API: POST /api/v1/reports
*/
void api_report_issue(Req *p){
  const char *zKind, *zPeriod, *zFmt, *zLang, *zBy;
  json_t *pD, *pBy;
  int64_t idD;
  int k, f, l, eBy;
  Period P;
  IssuedReport got;
  char zErr[300];
  AccRc rc;
  if( p->pBody==0 || !json_is_object(p->pBody) ){
    api_error(p, 400, ACC_INVALID, 0, "the body must be a JSON object");
    return;
  }
  zKind = body_str(p, "kind");
  for(k=0; k<REPORT_PORTFOLIO && zKind && strcmp(azReportKindName[k], zKind);
      k++){}
  if( zKind==0 || k>=REPORT_PORTFOLIO ){
    api_error(p, 400, ACC_INVALID, "kind", "expected quarterly, annual or "
              "public");
    return;
  }
  zPeriod = body_str(p, "period");
  if( zPeriod==0 || period_parse(zPeriod, &P) || P.eFreq==FREQ_MONTH ){
    api_error(p, 400, ACC_INVALID, "period", "expected a quarter such as "
              "2026-Q3 or a year such as 2026");
    return;
  }
  zFmt = body_str(p, "format");
  if( zFmt==0 ) zFmt = "pdf";
  for(f=0; f<RFMT__MAX && strcmp(azReportFormatName[f], zFmt); f++){}
  if( f>=RFMT__MAX ){
    api_error(p, 400, ACC_INVALID, "format", "expected html, pdf, xlsx or "
              "csv");
    return;
  }
  zLang = body_str(p, "lang");
  l = zLang ? model_enum_find(azLangCode, zLang) : (int)p->eLang;
  if( l<0 ){
    api_error(p, 400, ACC_INVALID, "lang", "expected en, sr-Latn or "
              "sr-Cyrl");
    return;
  }
  pBy = json_object_get(p->pBody, "by");
  zBy = pBy ? json_string_value(pBy) : "area";
  if( zBy==0 || (strcmp(zBy, "area")!=0 && strcmp(zBy, "sector")!=0) ){
    api_error(p, 400, ACC_INVALID, "by", "expected area (goals under their "
              "own framework area, the default) or sector (under the "
              "agreement's sectors)");
    return;
  }
  eBy = strcmp(zBy, "sector")==0 ? REPORT_BY_SECTOR : REPORT_BY_AREA;
  pD = json_object_get(p->pBody, "dialogue_id");
  if( pD==0 || !(json_is_integer(pD) || json_is_string(pD)) ){
    api_error(p, 400, ACC_INVALID, "dialogue_id", "required: the dialogue's "
              "id or code");
    return;
  }
  idD = req_item_or_reply(p, ENT_DIALOGUE, json_is_string(pD)
          ? json_string_value(pD)
          : arena_printf(&p->arena, "%lld", (long long)json_integer_value(pD)));
  if( idD==0 || req_deny_in_dialogue(p, ENT_NARRATIVE, idD) ) return;
  if( body_str(p, "reason") && strlen(body_str(p, "reason"))>2000 ){
    api_error(p, 400, ACC_INVALID, "reason", "at most 2000 bytes");
    return;
  }
  api_actor(p);
  rc = report_issue(p->pStore, (ReportKind)k, idD, period_start(P),
                    period_end(P), l, eBy, (ReportFormat)f, 0,
                    body_str(p, "reason"), &p->arena, &got, zErr,
                    sizeof(zErr));
  if( rc ){
    api_error(p, rc==ACC_NOTFOUND ? 404 : 400, rc, 0, "%s", zErr);
    return;
  }
  p->iStatus = 201;
  req_json(p, version_json(p, &got));
}

/*
** API: POST /api/v1/report-versions/:id/approve
*/
void api_report_approve(Req *p){
  const char *zId = req_path(p, 0);
  char *zEnd = 0, zErr[400];
  long long iV = strtoll(zId, &zEnd, 10);
  SignReq r;
  AccRc rc;
  if( zEnd==zId || *zEnd || iV<=0 ){
    api_error(p, 404, ACC_NOTFOUND, 0, "no such report version");
    return;
  }
  memset(&r, 0, sizeof(r));
  if( p->pBody==0 || !json_is_object(p->pBody) ){
    api_error(p, 400, ACC_INVALID, 0, "the body must be a JSON object");
    return;
  }
  if( api_sign_req(p, &r, " (accord hash report ID)") ) return;
  api_actor(p);
  rc = store_report_approve(p->pStore, iV, &p->acc, &r, zErr, sizeof(zErr));
  if( rc ){
    api_error(p, rc==ACC_NOTFOUND ? 404 : rc==ACC_INVALID ? 403 : 409, rc,
              0, "%s", zErr);
    return;
  }
  req_json(p, json_pack("{s:I,s:b}", "version_id", (json_int_t)iV,
                        "approved", 1));
}
