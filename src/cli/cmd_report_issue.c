/*
** cmd_report_issue.c: reports frozen in the database (see store.h,
** "Issued reports"):
**
**   accord report issue KIND [the options of `report KIND`] [--reason T]
**   accord report list [--dialogue D]
**   accord report get ID [--version N] [-o FILE]
**   accord report correct ID --reason TEXT
**   accord report approve ID [--version N]        (as a co-chair: --as)
**
** `issue` builds the report exactly as `accord report KIND` would and
** stores its bytes with the hash of the data it was built from; `get`
** writes the stored bytes back, byte for byte, after checking their hash;
** `correct` rebuilds the report from today's data with the same kind,
** dialogue, period, language, format, viewer and cut (`--by area|sector`,
** stored with it), as a new version that records why.  A public report
** waits for a co-chair of each party to `approve` it before it counts as
** issued.
*/
#include "cmd_report.h"
#include "../store/account.h"

#include <stdlib.h>
#include <string.h>

static const char *const azLangCode[REPORT_LANG__MAX+1] = {
  "en", "sr-Latn", "sr-Cyrl", 0
};

/* A positive integer argument, or -1. */
static int64_t arg_id(const char *z){
  char *zEnd = 0;
  long long v;
  if( z==0 || z[0]<'0' || z[0]>'9' ) return -1;
  v = strtoll(z, &zEnd, 10);
  return *zEnd==0 && v>0 ? (int64_t)v : -1;
}

/* Print one version as a line of `report list` / after issue. */
static void print_version(const IssuedReport *r){
  char zWho[40];
  if( r->idDialogue ){
    snprintf(zWho, sizeof(zWho), "dialogue %lld", (long long)r->idDialogue);
  }else{
    snprintf(zWho, sizeof(zWho), "portfolio");
  }
  printf("report %lld version %d: %s %s %s..%s %s %s by %s, %s%s%s\n"
         "  bytes %lld, BLAKE2b-256 %s\n  data BLAKE2b-256 %s (version "
         "%lld of %s)\n",
         (long long)r->iReport, r->iVersion, r->zKind, zWho, r->zFrom, r->zTo,
         r->zLang, r->zFormat, r->zCut, r->zState,
         r->zIssuedAt ? " " : "", r->zIssuedAt ? r->zIssuedAt : "",
         (long long)r->nBody, r->zBodyHash, r->zDataHash,
         (long long)r->iDataVersion, r->zGenerated);
  if( r->zReason ){
    Buf b = BUF_INIT;
    buf_term_text(&b, r->zReason, 0);     /* as cli_text() */
    printf("  reason: %s\n", buf_str(&b));
    buf_free(&b);
  }
}

/* Build the report of *pSpec and store it as a new report, or (with
** pSpec->pPrev) a new version of that report: report_issue(), as the web
** page and the API issue, for the reader pSpec->eViewer. */
static int issue(Cli *p, Store *pStore, ReportSpec *pSpec,
                 int64_t *piVersionId){
  IssuedReport got;
  char zErr[300];
  int64_t idDialogue = 0;
  AccRc rc;
  int r;
  if( pSpec->eKind!=REPORT_PORTFOLIO ){
    r = cli_dialogue(pStore, pSpec->zDialogue, &idDialogue);
    if( r ) return r;
  }
  store_set_viewer(pStore, pSpec->eViewer);
  rc = report_issue(pStore, pSpec->eKind, idDialogue, pSpec->from, pSpec->to,
                    pSpec->eLang, pSpec->eBy, pSpec->eFormat, pSpec->pPrev,
                    pSpec->zReason, &p->arena, &got, zErr, sizeof(zErr));
  if( rc ) return cli_error(rc, "%s", zErr);
  if( piVersionId ){
    *piVersionId = got.iVersionId;
    return 0;
  }
  print_version(&got);
  if( strcmp(got.zState, "pending")==0 ){
    printf("  a public report: it is issued once a co-chair of each party "
           "signed it with `accord --as LOGIN report approve %lld`\n",
           (long long)got.iReport);
  }
  return 0;
}

int cli_report_issue_public(Cli *p, Store *pStore, int64_t *piVersionId){
  static char *azArg[] = { "report", "issue", "public", 0 };
  ReportSpec spec;
  int rc;
  memset(&spec, 0, sizeof(spec));
  spec.eKind = (ReportKind)cli_report_kind("public");
  rc = cli_report_options(3, azArg, 3, "report", &spec);
  if( rc ) return rc;
  return issue(p, pStore, &spec, piVersionId);
}

static int list_row(void *pArg, const IssuedReport *r){
  (void)pArg;
  print_version(r);
  return 0;
}

/* The reader of `get` and `list`: --as-viewer, default restricted. */
static int viewer_option(const char *z, Class *pe){
  int k;
  *pe = CLASS_RESTRICTED;
  if( z==0 ) return 0;
  k = model_enum_find(azClassName, z);
  if( k<0 ){
    return cli_error(ACC_INVALID, "--as-viewer: expected public, internal "
                     "or restricted, got \"%s\"", z);
  }
  *pe = (Class)k;
  return 0;
}

int cmd_report_issued(Cli *p, int argc, char **argv){
  const char *zVerb = argv[1], *zDialogue = 0, *zVersion = 0;
  const char *zOutput = 0, *zReason = 0, *zViewer = 0;
  const char *zHash = 0, *zPwFd = 0;
  Store *pStore = 0;
  int rc = 0, i, iVersion = 0;
  int64_t iReport = 0;
  Class eViewer;
  if( strcmp(zVerb, "issue")==0 ){
    ReportSpec spec;
    int k;
    if( argc<3 ){
      return cli_usage("report", "report issue: which report? quarterly, "
                       "annual, public or portfolio");
    }
    k = cli_report_kind(argv[2]);
    if( k<0 ){
      return cli_usage("report", "report issue: no kind of report \"%s\"",
                       argv[2]);
    }
    memset(&spec, 0, sizeof(spec));
    spec.eKind = (ReportKind)k;
    rc = cli_report_options(argc, argv, 3, "report", &spec);
    if( rc ) return rc;
    if( spec.zOutput ){
      return cli_usage("report", "report issue: -o is for `report get`");
    }
    if( spec.knownOn!=DATE_NONE ){
      return cli_usage("report", "report issue: --known-on is for `report`"
                       " (an issued report holds the data of its day)");
    }
    pStore = cli_open(p, 0, &rc);
    if( pStore==0 ) return rc;
    rc = issue(p, pStore, &spec, 0);
    store_close(pStore);
    return rc;
  }
  /* list, get, correct, approve */
  i = 2;
  if( strcmp(zVerb, "list")!=0 ){
    if( argc<3 || (iReport = arg_id(argv[2]))<0 ){
      return cli_usage("report", "report %s: expected the report's number",
                       zVerb);
    }
    i = 3;
  }
  for(; i<argc; ){
    int r;
    if( strcmp(argv[i], "-o")==0 && i+1<argc ){
      zOutput = argv[i+1];
      i += 2;
      continue;
    }
    if( (r = cli_opt_value(argc, argv, &i, "dialogue", &zDialogue))
     || (r = cli_opt_value(argc, argv, &i, "version", &zVersion))
     || (r = cli_opt_value(argc, argv, &i, "reason", &zReason))
     || (r = cli_opt_value(argc, argv, &i, "as-viewer", &zViewer))
     || (r = cli_opt_value(argc, argv, &i, "hash", &zHash))
     || (r = cli_opt_value(argc, argv, &i, "password-fd", &zPwFd))
     || (r = cli_opt_value(argc, argv, &i, "output", &zOutput)) ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    return cli_usage("report", "report %s: unexpected %s", zVerb, argv[i]);
  }
  if( zVersion ){
    int64_t v = arg_id(zVersion);
    if( v<0 || v>1000000 ){
      return cli_error(ACC_INVALID, "--version: expected a number from 1, "
                       "got \"%s\"", zVersion);
    }
    iVersion = (int)v;
  }
  if( (rc = viewer_option(zViewer, &eViewer))!=0 ) return rc;
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  store_set_viewer(pStore, eViewer);
  if( strcmp(zVerb, "list")==0 ){
    int64_t idD = 0;
    if( zDialogue ){
      Value v;
      char zErr[200];
      memset(&v, 0, sizeof(v));
      v.eType = VAL_TEXT;
      v.z = zDialogue;
      if( arg_id(zDialogue)>0 ){
        v.eType = VAL_INT;
        v.i = arg_id(zDialogue);
      }
      if( store_ref_resolve(pStore, ENT_DIALOGUE, &v, zErr, sizeof(zErr)) ){
        rc = cli_error(ACC_NOTFOUND, "--dialogue: %s", zErr);
        goto out;
      }
      idD = v.i;
    }
    store_report_each(pStore, idD, list_row, 0);
  }else if( strcmp(zVerb, "get")==0 ){
    IssuedReport r;
    Buf b = BUF_INIT;
    AccRc arc = store_report_get(pStore, iReport, iVersion, &p->arena, &r);
    if( arc==ACC_NOTFOUND ){
      rc = cli_error(arc, "no issued report %lld%s", (long long)iReport,
                     iVersion ? " of that version" : " (or it still awaits "
                     "approval)");
      goto out;
    }
    if( arc==ACC_CONFLICT ){
      rc = cli_error(arc, "report %lld version %d: its bytes no longer have "
                     "the hash they were issued with (%s)",
                     (long long)iReport, r.iVersion, r.zBodyHash);
      goto out;
    }
    b.z = (char*)r.pBody;   /* borrowed from the arena: not freed */
    b.n = (size_t)r.nBody;
    rc = cli_report_write(zOutput, &b);
  }else if( strcmp(zVerb, "correct")==0 ){
    IssuedReport r;
    ReportSpec spec;
    Date from, to;
    int k;
    if( zReason==0 || zReason[strspn(zReason, " \t")]==0 ){
      rc = cli_usage("report", "report correct: --reason TEXT is required: "
                     "say why the report is corrected");
      goto out;
    }
    if( store_report_get(pStore, iReport, -1, &p->arena, &r)==ACC_NOTFOUND ){
      rc = cli_error(ACC_NOTFOUND, "no report %lld", (long long)iReport);
      goto out;
    }
    memset(&spec, 0, sizeof(spec));
    spec.eKind = (ReportKind)cli_report_kind(r.zKind);
    date_parse(r.zFrom, &from);
    date_parse(r.zTo, &to);
    spec.from = from;
    spec.to = to;
    spec.eLang = model_enum_find(azLangCode, r.zLang);
    for(k=0; k<RFMT__MAX && strcmp(azReportFormatName[k], r.zFormat); k++){}
    spec.eFormat = (ReportFormat)k;
    spec.eViewer = (Class)model_enum_find(azClassName, r.zViewer);
    spec.eBy = strcmp(r.zCut, "sector")==0 ? REPORT_BY_SECTOR
                                            : REPORT_BY_AREA;
    spec.zReason = zReason;
    spec.pPrev = &r;
    spec.knownOn = DATE_NONE;     /* today's data, every observation */
    if( r.idDialogue ){
      spec.zDialogue = arena_printf(&p->arena, "%lld",
                                    (long long)r.idDialogue);
    }
    rc = issue(p, pStore, &spec, 0);
  }else if( strcmp(zVerb, "approve")==0 ){
    /* A signature by the co-chair of --as: their password is read from
    ** the terminal or --password-fd; --as alone approves nothing. */
    IssuedReport r;
    AccRc arc;
    arc = store_report_get(pStore, iReport, iVersion ? iVersion : -1,
                           &p->arena, &r);
    if( arc==ACC_NOTFOUND ){
      rc = cli_error(arc, "no report %lld", (long long)iReport);
      goto out;
    }
    rc = cli_report_approve(p, pStore, r.iVersionId, zHash, zPwFd);
    if( rc ) goto out;
    store_report_get(pStore, iReport, r.iVersion, &p->arena, &r);
    printf("report %lld version %d approved for %s's party: %s\n",
           (long long)iReport, r.iVersion, p->zActor, r.zState);
  }else{
    rc = cli_usage("report", "report: no such verb \"%s\"", zVerb);
  }
out:
  store_close(pStore);
  return rc;
}
