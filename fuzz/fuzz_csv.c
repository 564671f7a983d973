/*
** fuzz_csv.c: libFuzzer target for the observation importer,
** `accord import observations FILE.csv --dry-run` (src/cli/cmd_import.c,
** included here for its file reader import_file()), on the demo database.
**
** The input is the CSV file.  A dry run must never change the database
** (its data version stays the same), whatever it reports.
*/
#define cmd_import fuzz_cmd_import
#include "../src/cli/cmd_import.c"
#undef cmd_import
#include "fuzz_util.h"

#include <assert.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  static Cli cli;
  Store *p = fz_store();
  const char *zFile;
  int64_t iVersion = store_data_version(p);
  int fd;
  if( nData>(1<<20) ) return 0;
  zFile = fz_file(aData, nData);
  /* The importer reports on stdout and stderr: not wanted here. */
  fflush(stdout);
  fd = dup(1);
  if( freopen("/dev/null", "w", stdout)==0 ) abort();
  import_file(&cli, p, zFile, 0, 1);
  fflush(stdout);
  dup2(fd, 1);
  close(fd);
  assert( store_data_version(p)==iVersion );
  return 0;
}
