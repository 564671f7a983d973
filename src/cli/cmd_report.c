/*
** cmd_report.c: `accord report`: build a report from the data and write
** it in one format (see report.h).
**
**   accord report KIND [--dialogue D] [--from DATE --to DATE
**                 | --quarter 2026-Q3 | --year 2026] [--lang L]
**                 [--format F] [-o FILE] [--as-viewer CLASS]
**
** KIND is quarterly, annual, public or portfolio.  The period defaults to
** the last full quarter before today (the last full year for the annual
** report).  The public report is always built for the public; the others
** for --as-viewer (default restricted: the command line sees
** everything).  Issued (frozen) reports: cmd_report_issue.c.
*/
#include "cli.h"
#include "cmd_report.h"
#include "../core/l10n.h"

#include <stdlib.h>
#include <string.h>

static const char *const azLang[REPORT_LANG__MAX+1] = {
  "en", "sr-Latn", "sr-Cyrl", 0
};

AccRc cli_report_render(const Report *p, ReportFormat eFmt, Buf *pOut,
                        char *zErr, int nErr){
  if( eFmt<0 || eFmt>=RFMT__MAX ){
    snprintf(zErr, nErr, "--format: not a report format");
    return ACC_INVALID;
  }
  return report_render(p, eFmt, pOut, zErr, nErr);
}

/* Parse the options shared by `report KIND` and `report issue KIND` from
** argv[i..]: fills *pSpec.  Returns 0, or the exit code after printing
** the error. */
int cli_report_options(int argc, char **argv, int i, const char *zCmd,
                       ReportSpec *pSpec){
  const char *zFrom = 0, *zTo = 0, *zQuarter = 0, *zYear = 0;
  const char *zLang = 0, *zFormat = 0, *zViewer = 0, *zKnown = 0;
  const char *zBy = 0;
  int n, k;
  Period P;
  Date today = date_today();
  pSpec->knownOn = DATE_NONE;
  pSpec->eBy = REPORT_BY_AREA;
  for(; i<argc; ){
    int r;
    if( strcmp(argv[i], "-o")==0 ){
      if( i+1>=argc ) return cli_usage(zCmd, "-o needs a file name");
      pSpec->zOutput = argv[i+1];
      i += 2;
      continue;
    }
    if( (r = cli_opt_value(argc, argv, &i, "dialogue", &pSpec->zDialogue))
     || (r = cli_opt_value(argc, argv, &i, "from", &zFrom))
     || (r = cli_opt_value(argc, argv, &i, "to", &zTo))
     || (r = cli_opt_value(argc, argv, &i, "quarter", &zQuarter))
     || (r = cli_opt_value(argc, argv, &i, "year", &zYear))
     || (r = cli_opt_value(argc, argv, &i, "lang", &zLang))
     || (r = cli_opt_value(argc, argv, &i, "format", &zFormat))
     || (r = cli_opt_value(argc, argv, &i, "as-viewer", &zViewer))
     || (r = cli_opt_value(argc, argv, &i, "output", &pSpec->zOutput))
     || (r = cli_opt_value(argc, argv, &i, "known-on", &zKnown))
     || (r = cli_opt_value(argc, argv, &i, "by", &zBy))
     || (r = cli_opt_value(argc, argv, &i, "reason", &pSpec->zReason)) ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    return cli_usage(zCmd, "report: unexpected %s", argv[i]);
  }
  if( zBy ){
    if( strcmp(zBy, "sector")==0 ) pSpec->eBy = REPORT_BY_SECTOR;
    else if( strcmp(zBy, "area")!=0 ){
      return cli_error(ACC_INVALID, "--by: expected area or sector, got "
                       "\"%s\"", zBy);
    }
  }
  if( zKnown && date_parse(zKnown, &pSpec->knownOn) ){
    return cli_error(ACC_INVALID, "--known-on: expected a date YYYY-MM-DD, "
                     "got \"%s\"", zKnown);
  }
  n = (zFrom || zTo) + (zQuarter!=0) + (zYear!=0);
  if( n>1 ){
    return cli_usage(zCmd, "give one of --from/--to, --quarter or --year");
  }
  if( (zFrom==0)!=(zTo==0) ){
    return cli_usage(zCmd, "--from and --to go together");
  }
  if( zFrom ){
    if( date_parse(zFrom, &pSpec->from) ){
      return cli_error(ACC_INVALID, "--from: expected a date YYYY-MM-DD, "
                       "got \"%s\"", zFrom);
    }
    if( date_parse(zTo, &pSpec->to) ){
      return cli_error(ACC_INVALID, "--to: expected a date YYYY-MM-DD, "
                       "got \"%s\"", zTo);
    }
    if( pSpec->from>pSpec->to ){
      return cli_error(ACC_INVALID, "--from %s is after --to %s: the "
                       "period must start on or before its end", zFrom, zTo);
    }
  }else if( zQuarter ){
    if( period_parse(zQuarter, &P) || P.eFreq!=FREQ_QUARTER ){
      return cli_error(ACC_INVALID, "--quarter: expected a quarter such as "
                       "2026-Q3, got \"%s\"", zQuarter);
    }
    pSpec->from = period_start(P);
    pSpec->to = period_end(P);
  }else if( zYear ){
    if( period_parse(zYear, &P) || P.eFreq!=FREQ_YEAR ){
      return cli_error(ACC_INVALID, "--year: expected a year such as 2026, "
                       "got \"%s\"", zYear);
    }
    pSpec->from = period_start(P);
    pSpec->to = period_end(P);
  }else if( pSpec->eKind==REPORT_ANNUAL ){
    P = period_containing(today, FREQ_YEAR);
    P.year--;
    pSpec->from = period_start(P);
    pSpec->to = period_end(P);
  }else{
    P = period_from_index(FREQ_QUARTER,
          period_index(period_containing(today, FREQ_QUARTER)) - 1);
    pSpec->from = period_start(P);
    pSpec->to = period_end(P);
  }
  /* Without its own --lang, a report is in the run's language (accord
  ** --lang, ACCORD_LANG or the locale), as every other output is; the
  ** report's and the run's codes are the same three in the same order. */
  _Static_assert(REPORT_LANG_SR_LATN==L10N_SR_LATN
                 && REPORT_LANG_SR_CYRL==L10N_SR_CYRL, "language codes");
  pSpec->eLang = cli_lang();
  if( zLang ){
    k = model_enum_find(azLang, zLang);
    if( k<0 ){
      return cli_error(ACC_INVALID, "--lang: expected en, sr-Latn or "
                       "sr-Cyrl, got \"%s\"", zLang);
    }
    pSpec->eLang = k;
  }
  pSpec->eFormat = RFMT_HTML;
  if( zFormat ){
    for(k=0; k<RFMT__MAX && strcmp(azReportFormatName[k], zFormat); k++){}
    if( k>=RFMT__MAX ){
      return cli_error(ACC_INVALID, "--format: expected html, csv, pdf or "
                       "xlsx, got \"%s\"", zFormat);
    }
    pSpec->eFormat = (ReportFormat)k;
  }
  pSpec->eViewer = CLASS_RESTRICTED;
  if( zViewer ){
    k = model_enum_find(azClassName, zViewer);
    if( k<0 ){
      return cli_error(ACC_INVALID, "--as-viewer: expected public, internal "
                       "or restricted, got \"%s\"", zViewer);
    }
    pSpec->eViewer = (Class)k;
  }
  if( pSpec->eKind==REPORT_PUBLIC ) pSpec->eViewer = CLASS_PUBLIC;
  return 0;
}

/* The kind named z, or -1. */
int cli_report_kind(const char *z){
  int k;
  for(k=0; k<REPORT__MAX; k++){
    if( strcmp(azReportKindName[k], z)==0 ) return k;
  }
  return -1;
}

int cli_report_make(Cli *p, Store *pStore, ReportSpec *pSpec, Buf *pOut,
                    Report **ppReport){
  char zErr[300];
  Report *pR = 0;
  AccRc rc;
  int64_t idDialogue = 0;
  int r;
  (void)p;
  *ppReport = 0;
  if( pSpec->eKind!=REPORT_PORTFOLIO ){
    r = cli_dialogue(pStore, pSpec->zDialogue, &idDialogue);
    if( r ) return r;
  }
  store_set_viewer(pStore, pSpec->eViewer);
  rc = report_build_by(pStore, pSpec->eKind, idDialogue, pSpec->from,
                       pSpec->to, pSpec->knownOn, pSpec->eLang, pSpec->eBy,
                       &pR, zErr, sizeof(zErr));
  if( rc ) return cli_error(rc, "%s", zErr);
  if( pSpec->pPrev ) report_correction(pR, pSpec->pPrev, pSpec->zReason);
  rc = cli_report_render(pR, pSpec->eFormat, pOut, zErr, sizeof(zErr));
  if( rc ){
    report_free(pR);
    return cli_error(rc, "%s", zErr);
  }
  *ppReport = pR;
  return 0;
}

int cli_report_write(const char *zOutput, const Buf *pOut){
  FILE *out = stdout;
  if( zOutput && strcmp(zOutput, "-")!=0 ){
    out = fopen(zOutput, "wb");
    if( out==0 ){
      return cli_error(ACC_IO, "-o: cannot write %s", zOutput);
    }
  }
  if( pOut->n && fwrite(pOut->z, 1, pOut->n, out)!=pOut->n ){
    if( out!=stdout ) fclose(out);
    return cli_error(ACC_IO, "cannot write the report");
  }
  if( out!=stdout ){
    if( fclose(out) ) return cli_error(ACC_IO, "cannot write %s", zOutput);
  }else{
    fflush(stdout);
  }
  return 0;
}

int cmd_report(Cli *p, int argc, char **argv){
  ReportSpec spec;
  Store *pStore;
  Report *pR = 0;
  Buf out = BUF_INIT;
  int k, rc;
  if( argc<2 ){
    return cli_usage("report", "report: which report? quarterly, annual, "
                     "public or portfolio");
  }
  if( strcmp(argv[1], "issue")==0 || strcmp(argv[1], "list")==0
   || strcmp(argv[1], "get")==0 || strcmp(argv[1], "correct")==0
   || strcmp(argv[1], "approve")==0 ){
    return cmd_report_issued(p, argc, argv);
  }
  k = cli_report_kind(argv[1]);
  if( k<0 ){
    return cli_usage("report", "report: no kind of report \"%s\" (quarterly, "
                     "annual, public, portfolio; or issue, list, get, "
                     "correct, approve)", argv[1]);
  }
  memset(&spec, 0, sizeof(spec));
  spec.eKind = (ReportKind)k;
  rc = cli_report_options(argc, argv, 2, "report", &spec);
  if( rc ) return rc;
  if( spec.zReason ){
    return cli_usage("report", "--reason is for `report correct`");
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  rc = cli_report_make(p, pStore, &spec, &out, &pR);
  if( rc==0 ) rc = cli_report_write(spec.zOutput, &out);
  report_free(pR);
  buf_free(&out);
  store_close(pStore);
  return rc;
}
