/*
** fuzz_csv.c: libFuzzer target for the observation importer's CSV reader
** (src/store/csvimport.c, which `accord import observations` and the
** web's upload use), as a dry run on the demo database.
**
** The input is the CSV file.  A dry run must never change the database
** (its data version stays the same), whatever it reports.
*/
#include "../src/store/csvimport.h"
#include "fuzz_util.h"

#include <assert.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  Store *p = fz_store();
  int64_t iVersion = store_data_version(p);
  CsvImportOpt opt;
  CsvImportResult res;
  if( nData>(1<<20) ) return 0;
  memset(&opt, 0, sizeof(opt));
  opt.zName = "fuzz.csv";
  opt.bDry = 1;
  csv_import_bytes(p, (const char*)aData, nData, &opt, &res);
  assert( store_data_version(p)==iVersion );
  return 0;
}
