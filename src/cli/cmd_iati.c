/*
** cmd_iati.c: `accord export iati` and `accord import iati`, the command
** line of src/report/iati.h (docs/iati.md).
**
** The export is meant for publication, so it reads as the public unless
** --as-viewer says otherwise: only goals both parties approved, only
** public indicators and their observations.
*/
#include "cli.h"
#include "../report/iati.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

int cmd_export_iati(Cli *p, int argc, char **argv){
  const char *zOut = 0, *zDialogue = 0, *zViewer = "public", *zOrg = 0;
  IatiOpt opt;
  Store *pStore;
  Buf out = BUF_INIT, notes = BUF_INIT;
  char zErr[300];
  int i, rc, eViewer;
  AccRc arc;
  FILE *f = stdout;
  memset(&opt, 0, sizeof(opt));
  for(i=1; i<argc; ){
    int r;
    if( (r = cli_opt_value(argc, argv, &i, "o", &zOut))!=0
     || (r = cli_opt_value(argc, argv, &i, "dialogue", &zDialogue))!=0
     || (r = cli_opt_value(argc, argv, &i, "as-viewer", &zViewer))!=0
     || (r = cli_opt_value(argc, argv, &i, "reporting-org", &zOrg))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    return cli_usage("export", "export iati: unexpected \"%s\"", argv[i]);
  }
  eViewer = model_enum_find(azClassName, zViewer);
  if( eViewer<0 ){
    return cli_error(ACC_INVALID, "--as-viewer: expected public, internal "
                     "or restricted, got \"%s\"", zViewer);
  }
  if( zOrg && zOrg[0]==0 ){
    return cli_error(ACC_INVALID, "--reporting-org: give the organisation "
                     "identifier, e.g. XM-DAC-302");
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  store_set_viewer(pStore, (Class)eViewer);
  if( zDialogue ){
    Value v;
    v.eType = VAL_TEXT;
    v.z = zDialogue;
    if( store_ref_resolve(pStore, ENT_DIALOGUE, &v, zErr, sizeof(zErr)) ){
      store_close(pStore);
      return cli_error(ACC_NOTFOUND, "--dialogue: %s", zErr);
    }
    opt.idDialogue = v.i;
  }
  opt.zOrgRef = zOrg;
  opt.today = date_today();
  arc = iati_export(pStore, &opt, &out, &notes, zErr, sizeof(zErr));
  store_close(pStore);
  if( notes.n ){
    const char *z = buf_str(&notes), *e;
    for(; (e = strchr(z, '\n'))!=0; z = e+1){
      fprintf(stderr, "accord: note: %s\n",
              cli_text(p, arena_printf(&p->arena, "%.*s", (int)(e - z), z)));
    }
  }
  if( arc==ACC_OK && zOrg==0 ){
    fprintf(stderr, "accord: note: reporting-org/@ref is the dialogue's "
            "code; give --reporting-org with your registered organisation "
            "identifier before publishing to the IATI Registry\n");
  }
  buf_free(&notes);
  if( arc ){
    buf_free(&out);
    return cli_error(arc, "%s", zErr);
  }
  if( zOut && strcmp(zOut, "-")!=0 ){
    f = fopen(zOut, "wb");
    if( f==0 ){
      buf_free(&out);
      return cli_error(ACC_IO, "cannot write %s: %s", zOut, strerror(errno));
    }
  }
  fwrite(buf_str(&out), 1, out.n, f);
  rc = ferror(f);
  if( f!=stdout && fclose(f) ) rc = 1;
  buf_free(&out);
  if( rc ) return cli_error(ACC_IO, "cannot write %s", zOut ? zOut : "output");
  return 0;
}

int cmd_import_iati(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zFile = 0;
  IatiImport res;
  Buf errs = BUF_INIT;
  int i, rc, bDry = 0;
  AccRc arc;
  for(i=1; i<argc; i++){
    if( strcmp(argv[i], "--dry-run")==0 ) bDry = 1;
    else if( zFile==0 ) zFile = argv[i];
    else return cli_usage("import", "import iati: unexpected %s", argv[i]);
  }
  if( zFile==0 ) return cli_usage("import", "import iati: give the XML file");
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  arc = iati_import(pStore, zFile, bDry, &res, &errs);
  store_close(pStore);
  fflush(stdout);
  fputs(buf_str(&errs), stderr);
  buf_free(&errs);
  if( arc==ACC_INVALID ){
    return cli_error(arc, "%s: %d error%s; nothing was imported", zFile,
                     res.nErr, res.nErr==1 ? "" : "s");
  }
  if( arc ) return cli_exit_code(arc);
  if( res.nObs==0 ){
    printf("%s: a valid IATI file with nothing to import%s\n", zFile,
           bDry ? " (dry run)" : "");
  }else if( bDry ){
    printf("%s: %lld actuals checked, all valid (dry run: nothing "
           "imported)\n", zFile, (long long)res.nObs);
  }else{
    printf("%s: imported %lld observations\n", zFile, (long long)res.nObs);
  }
  for(i=0; i<IATI_SKIP__MAX; i++){
    if( res.aSkip[i]==0 ) continue;
    printf("  skipped %lld %s (the first on line %d)\n",
           (long long)res.aSkip[i], azIatiSkip[i], res.aSkipLine[i]);
  }
  return 0;
}
