/*
** report_issue.c: issue a report (build, render, freeze) in one call,
** for the web page, the JSON API and the command line
** (src/cli/cmd_report_issue.c).
**
** The report is built for the store's current viewer (the caller's
** clearance; the public report always for the public), rendered in the
** format asked, and stored with store_report_issue(): a new report, or a
** correction of report pPrev->iReport whose body opens with its reason
** and what changed (report_correction()).  The report is cut as asked
** (eBy, `--by area|sector`), and the cut is stored with it: a correction
** is cut as the report it corrects.
*/
#include "report.h"

#include <stdio.h>
#include <string.h>

AccRc report_issue(Store *pStore, ReportKind eKind, int64_t idDialogue,
                   Date from, Date to, int eLang, int eBy,
                   ReportFormat eFmt, const IssuedReport *pPrev,
                   const char *zReason,
                   Arena *pArena, IssuedReport *pOut, char *zErr, int nErr){
  static const char *const azCut[] = { "area", "sector" };
  Report *pR = 0;
  Buf out = BUF_INIT;
  IssuedReport in;
  char zFrom[11], zTo[11];
  Class eSaved = store_viewer(pStore);
  AccRc rc;
  if( eFmt<0 || eFmt>=RFMT__MAX ){
    snprintf(zErr, nErr, "format: expected html, pdf, xlsx or csv");
    return ACC_INVALID;
  }
  if( pPrev && (zReason==0 || zReason[strspn(zReason, " \t\r\n")]==0) ){
    snprintf(zErr, nErr, "reason: say why the report is corrected");
    return ACC_INVALID;
  }
  if( pPrev ){
    eBy = pPrev->zCut && strcmp(pPrev->zCut, "sector")==0
          ? REPORT_BY_SECTOR : REPORT_BY_AREA;
  }
  if( eBy!=REPORT_BY_AREA && eBy!=REPORT_BY_SECTOR ){
    snprintf(zErr, nErr, "by: expected area or sector");
    return ACC_INVALID;
  }
  rc = report_build_by(pStore, eKind, idDialogue, from, to, DATE_NONE,
                       eLang, eBy, &pR, zErr, nErr);
  if( rc ) return rc;
  if( pPrev ) report_correction(pR, pPrev, zReason);
  rc = report_render(pR, eFmt, &out, zErr, nErr);
  if( rc ) goto out;
  memset(&in, 0, sizeof(in));
  date_format(pR->from, zFrom);
  date_format(pR->to, zTo);
  in.zKind = azReportKindName[pR->eKind];
  in.idDialogue = pR->idDialogue;
  in.zFrom = zFrom;
  in.zTo = zTo;
  in.zLang = report_lang_code(pR->eLang);
  in.zFormat = azReportFormatName[eFmt];
  in.zViewer = azClassName[pR->eViewer];
  in.zCut = azCut[pR->eBy];
  in.pBody = (const unsigned char*)out.z;
  in.nBody = (int64_t)out.n;
  in.zDataHash = pR->zDataHash;
  in.iDataVersion = pR->iDataVersion;
  in.zGenerated = pR->zGenerated;
  in.zReason = zReason && zReason[0] ? zReason : 0;
  /* as the command line: the store checks and writes as itself */
  store_set_viewer(pStore, CLASS_RESTRICTED);
  rc = store_report_issue(pStore, pPrev ? pPrev->iReport : 0, &in, pArena,
                          pOut, zErr, nErr);
  store_set_viewer(pStore, eSaved);
out:
  report_free(pR);
  buf_free(&out);
  return rc;
}
