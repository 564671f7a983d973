/*
** cmd_import.c: `accord import observations FILE.csv`.
**
** The arguments and what is printed; the file is read, checked and
** imported (all or nothing) by the CSV reader below the CLI and the web
** (store/csvimport.h).  Each error is printed as "accord: FILE: line N,
** column C (NAME): message", up to CSV_IMPORT_ERRORS of them; on a
** terminal a progress bar shows how far the import is.
*/
#include "cli.h"
#include "../store/csvimport.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What the callbacks need. */
typedef struct ImportOut {
  Cli *pCli;
  const char *zFile;
  int nShown;              /* errors printed */
} ImportOut;

/* Print one message through cli_vmessage() (control characters shown
** as escapes). */
static void imp_say(const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  cli_vmessage(stderr, zFmt, ap);
  va_end(ap);
}

/* A CsvErrorFn: print the error. */
static void imp_print_error(void *pArg, int64_t iLine, int iCol,
                            const char *zCol, const char *zMsg){
  ImportOut *pO = pArg;
  if( pO->nShown++==0 && pO->pCli->bErrTty ) fputs("\r\033[K", stderr);
  if( iCol>0 ){
    fprintf(stderr, "accord: %s: line %lld, column %d (%s): ", pO->zFile,
            (long long)iLine, iCol, zCol);
  }else{
    fprintf(stderr, "accord: %s: line %lld: ", pO->zFile, (long long)iLine);
  }
  imp_say("%s", zMsg);
  fputc('\n', stderr);
}

/* A CsvProgressFn: a progress bar on a terminal. */
static void imp_progress(void *pArg, int64_t nBytes, int64_t nTotal,
                         int64_t nRow, int bDone){
  ImportOut *pO = pArg;
  int pct, i;
  char zBar[31];
  if( !pO->pCli->bErrTty || nTotal<=0 ) return;
  if( bDone ){
    fputs("\r\033[K", stderr);
    return;
  }
  pct = (int)(100*nBytes/nTotal);
  for(i=0; i<30; i++) zBar[i] = i<pct*30/100 ? '#' : '.';
  zBar[30] = 0;
  fprintf(stderr, "\rimporting [%s] %3d%% %lld rows", zBar, pct,
          (long long)nRow);
  fflush(stderr);
}

/* Run an import of zFile, in encoding zEnc (NULL: UTF-8).  Returns the
** exit code. */
static int import_file(Cli *pCli, Store *pStore, const char *zFile,
                       const char *zEnc, int bDry){
  ImportOut out;
  CsvImportOpt opt;
  CsvImportResult res;
  FILE *in;
  AccRc rc;
  if( zEnc && !csv_import_encoding_ok(zEnc) ){
    return cli_error(ACC_INVALID, "--encoding: \"%s\" is not an encoding "
                     "this system can read (e.g. windows-1250)", zEnc);
  }
  in = fopen(zFile, "rb");
  if( in==0 ){
    return cli_error(ACC_IO, "cannot open %s: %s", zFile, strerror(errno));
  }
  memset(&out, 0, sizeof(out));
  out.pCli = pCli;
  out.zFile = zFile;
  memset(&opt, 0, sizeof(opt));
  opt.zName = zFile;
  opt.zEnc = zEnc;
  opt.bDry = bDry;
  opt.xError = imp_print_error;
  opt.pErrArg = &out;
  opt.xProgress = imp_progress;
  opt.pProgArg = &out;
  rc = csv_import_file(pStore, in, &opt, &res);
  fclose(in);
  if( rc==ACC_INVALID && res.nErr==0 ) return cli_error(rc, "%s", res.zMsg);
  if( rc==ACC_INVALID ){
    if( res.nErr>CSV_IMPORT_ERRORS ){
      fprintf(stderr, "accord: %s: %d more errors not shown\n", zFile,
              res.nErr-CSV_IMPORT_ERRORS);
    }
    return cli_error(ACC_INVALID, "%s: %d error%s; nothing was imported",
                     zFile, res.nErr, res.nErr==1 ? "" : "s");
  }
  if( rc!=ACC_OK ) return cli_error(rc, "%s", res.zMsg);
  if( bDry ){
    printf("%s: %lld rows checked, all valid (dry run: nothing imported)\n",
           zFile, (long long)res.nRow);
  }else{
    printf("%s: imported %lld observations\n", zFile, (long long)res.nOk);
  }
  return 0;
}

int cmd_import(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zFile = 0, *zEnc = 0;
  int i, rc, bDry = 0;
  if( argc>=2 && strcmp(argv[1], "iati")==0 ){
    return cmd_import_iati(p, argc-1, argv+1);
  }
  if( argc<2 || strcmp(argv[1], "observations")!=0 ){
    return cli_usage("import", "import: what? (accord import observations "
                     "FILE.csv, or accord import iati FILE.xml)");
  }
  for(i=2; i<argc; i++){
    if( strcmp(argv[i], "--dry-run")==0 ) bDry = 1;
    else if( strcmp(argv[i], "--encoding")==0 ){
      if( i+1>=argc ) return cli_usage("import", "--encoding needs a value "
                                       "(e.g. windows-1250)");
      zEnc = argv[++i];
      if( strcasecmp(zEnc, "utf-8")==0 || strcasecmp(zEnc, "utf8")==0 ){
        zEnc = 0;
      }
    }
    else if( zFile==0 ) zFile = argv[i];
    else return cli_usage("import", "import: unexpected %s", argv[i]);
  }
  if( zFile==0 ) return cli_usage("import", "import: give the CSV file");
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  rc = import_file(p, pStore, zFile, zEnc, bDry);
  store_close(pStore);
  return rc;
}
