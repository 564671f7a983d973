/*
** cmd_feed.c: `accord export ical` (iCalendar feed, src/report/ical.c),
** `accord export sdmx` (SDMX-CSV 2.0, src/report/sdmx.c), and the hidden
** `accord test-ical-parse` that reads a feed back with libical's parser
** for the tests.  cmd_export() hands the two kinds over to these.
*/
#include "cli.h"
#include "../core/access.h"
#include "../report/ical.h"
#include "../report/sdmx.h"
#include "../store/account.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* The classification a reader named by z may see: "public", "internal"
** or "restricted"; a role ("observer", "cochair", ...); or the login of
** an account (its role's).  ACC_INVALID with a message if none. */
AccRc cli_viewer_parse(Store *pStore, const char *z, Class *pOut,
                       char *zErr, int nErr){
  Account acc;
  int k;
  if( (k = model_enum_find(azClassName, z))>=0 ){
    *pOut = (Class)k;
  }else if( (k = access_role_parse(z))>=0 ){
    *pOut = access_max_class((Role)k);
  }else if( store_account_get(pStore, z, &acc)==ACC_OK ){
    *pOut = access_max_class(acc.eRole);
  }else{
    snprintf(zErr, nErr, "--as-viewer: expected public, internal, "
             "restricted, a role or an account's login, got \"%s\"", z);
    return ACC_INVALID;
  }
  return ACC_OK;
}

/* Resolve a code or id of entity e given to option zOpt. */
static AccRc ref_resolve(Store *pStore, int e, const char *zOpt,
                         const char *z, int64_t *pId, char *zErr, int nErr){
  Value v;
  char zMsg[200];
  v.eType = VAL_TEXT;
  v.z = z;
  if( z[0]>='1' && z[0]<='9' && strspn(z, "0123456789")==strlen(z) ){
    v.eType = VAL_INT;
    v.i = strtoll(z, 0, 10);
  }
  if( store_ref_resolve(pStore, e, &v, zMsg, sizeof(zMsg)) ){
    snprintf(zErr, nErr, "--%s: %s", zOpt, zMsg);
    return ACC_NOTFOUND;
  }
  *pId = v.i;
  return ACC_OK;
}

/* Write b to zOut ("-" or NULL: standard output). */
static int write_out(const char *zOut, Buf *b){
  FILE *out = stdout;
  int bFail;
  if( zOut && strcmp(zOut, "-")!=0 ){
    out = fopen(zOut, "wb");
    if( out==0 ){
      return cli_error(ACC_IO, "cannot write %s: %s", zOut, strerror(errno));
    }
  }
  fwrite(b->z ? b->z : "", 1, b->n, out);
  bFail = ferror(out)!=0;
  if( out!=stdout ){
    if( fclose(out) ) bFail = 1;
  }else if( fflush(out) ){
    bFail = 1;
  }
  if( bFail ){
    return cli_error(ACC_IO, "cannot write %s", zOut ? zOut : "output");
  }
  return 0;
}

int cmd_export_feed(Cli *p, int argc, char **argv){
  const char *zKind = argv[1];
  const char *zOut = 0, *zDialogue = 0, *zIndicator = 0, *zViewer = 0;
  const char *zLabels = 0;
  int bIcal = strcmp(zKind, "ical")==0;
  int eLabels = SDMX_LABELS_ID;
  int i, rc, nRow = 0;
  int64_t idDialogue = 0, idIndicator = 0;
  Store *pStore;
  Buf b = BUF_INIT;
  char zErr[300];
  AccRc arc = ACC_OK;
  IcalCount cnt;
  for(i=2; i<argc; ){
    int r;
    if( (r = cli_opt_value(argc, argv, &i, "o", &zOut))!=0
     || (r = cli_opt_value(argc, argv, &i, "dialogue", &zDialogue))!=0
     || (r = cli_opt_value(argc, argv, &i, "as-viewer", &zViewer))!=0
     || (!bIcal
         && (r = cli_opt_value(argc, argv, &i, "indicator", &zIndicator))
            !=0)
     || (!bIcal
         && (r = cli_opt_value(argc, argv, &i, "labels", &zLabels))!=0) ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    return cli_usage("export", "export %s: unexpected \"%s\" (options: "
                     "%s)", zKind, argv[i], bIcal
                     ? "--dialogue D, --as-viewer V, -o FILE"
                     : "--dialogue D, --indicator I, --labels "
                       "id|both|name, --as-viewer V, -o FILE");
  }
  if( zLabels ){
    if( strcmp(zLabels, "both")==0 ) eLabels = SDMX_LABELS_BOTH;
    else if( strcmp(zLabels, "name")==0 ) eLabels = SDMX_LABELS_NAME;
    else if( strcmp(zLabels, "id")!=0 ){
      return cli_usage("export", "--labels: expected id, both or name, got "
                       "\"%s\"", zLabels);
    }
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( zViewer ){
    Class e;
    arc = cli_viewer_parse(pStore, zViewer, &e, zErr, sizeof(zErr));
    if( arc==ACC_OK ) store_set_viewer(pStore, e);
  }
  if( arc==ACC_OK && zDialogue ){
    arc = ref_resolve(pStore, ENT_DIALOGUE, "dialogue", zDialogue,
                      &idDialogue, zErr, sizeof(zErr));
  }
  if( arc==ACC_OK && zIndicator ){
    arc = ref_resolve(pStore, ENT_INDICATOR, "indicator", zIndicator,
                      &idIndicator, zErr, sizeof(zErr));
  }
  if( arc==ACC_OK && bIcal ){
    arc = ical_feed_lang(pStore, idDialogue, 0, cli_lang(), &b, &cnt, zErr,
                         sizeof(zErr));
  }else if( arc==ACC_OK ){
    arc = sdmx_export_labels(pStore, idDialogue, idIndicator, eLabels,
                             cli_lang(), &b, &nRow, zErr, sizeof(zErr));
    if( arc==ACC_NOTFOUND && zIndicator ){
      snprintf(zErr, sizeof(zErr), "--indicator: %s is not an indicator "
               "of dialogue %s", zIndicator, zDialogue ? zDialogue : "?");
    }
  }
  store_close(pStore);
  if( arc ){
    buf_free(&b);
    return cli_error(arc, "%s", zErr);
  }
  rc = write_out(zOut, &b);
  buf_free(&b);
  if( rc==0 && zOut && strcmp(zOut, "-")!=0 ){
    if( bIcal ){
      printf("wrote %s: %d meeting%s, %d deadline%s, %d roadmap step%s "
             "(left out: %d meeting%s without a date, %d ongoing step%s)\n",
             zOut, cnt.nMeeting, cnt.nMeeting==1 ? "" : "s", cnt.nDeadline,
             cnt.nDeadline==1 ? "" : "s", cnt.nStep,
             cnt.nStep==1 ? "" : "s", cnt.nUndated,
             cnt.nUndated==1 ? "" : "s", cnt.nOngoing,
             cnt.nOngoing==1 ? "" : "s");
    }else{
      printf("wrote %s: %d observation%s\n", zOut, nRow,
             nRow==1 ? "" : "s");
    }
  }
  return rc;
}

/*
** COMMAND: test-ical-parse (hidden)
** accord test-ical-parse FILE: parse FILE with libical and print its
** components and properties, one line each (folded lines joined); exit 2
** if it is not a valid VCALENDAR.
*/
int cmd_test_ical_parse(Cli *p, int argc, char **argv){
  FILE *in;
  Buf text = BUF_INIT, out = BUF_INIT;
  char aChunk[8192], zErr[200];
  size_t n;
  AccRc rc;
  (void)p;
  if( argc!=2 ) return cli_usage(0, "test-ical-parse FILE");
  in = fopen(argv[1], "rb");
  if( in==0 ){
    return cli_error(ACC_IO, "cannot read %s: %s", argv[1], strerror(errno));
  }
  while( (n = fread(aChunk, 1, sizeof(aChunk), in))>0 ){
    buf_append(&text, aChunk, n);
  }
  fclose(in);
  rc = ical_dump(buf_str(&text), &out, zErr, sizeof(zErr));
  fputs(buf_str(&out), stdout);
  buf_free(&text);
  buf_free(&out);
  if( rc ) return cli_error(rc, "%s: %s", argv[1], zErr);
  return 0;
}
