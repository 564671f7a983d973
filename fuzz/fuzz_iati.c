/*
** fuzz_iati.c: libFuzzer target for the IATI reader, `accord import iati
** FILE.xml --dry-run` (iati_import() of src/report/iati_read.c), on the
** demo database.
**
** The input is the XML file.  A dry run must never change the database,
** and an import that reports errors counts them.
*/
#include "../src/report/iati.h"
#include "fuzz_util.h"

#include <assert.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  Store *p = fz_store();
  int64_t iVersion = store_data_version(p);
  IatiImport out;
  Buf errs = BUF_INIT;
  AccRc rc;
  if( nData>(1<<20) ) return 0;
  memset(&out, 0, sizeof(out));
  rc = iati_import(p, fz_file(aData, nData), 1, &out, &errs);
  assert( store_data_version(p)==iVersion );
  assert( rc!=ACC_INVALID || out.nErr>0 );
  assert( rc!=ACC_INVALID || errs.n>0 );
  buf_free(&errs);
  return 0;
}
