/*
** fuzz_fixture.c: libFuzzer target for the fixture loader, what `accord
** load FILE.json` reads (fixture_load() of src/store/fixture.c), into the
** demo database.
**
** The input is the fixture text.  A load that fails must change nothing;
** one that succeeds adds the items it counts.  The database starts again
** from the demo every 500 inputs.
*/
#include "fuzz_util.h"

#include <assert.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  static int nRun = 0;
  Store *p = fz_store();
  int64_t iVersion;
  int nItem = 0;
  char zErr[400];
  AccRc rc;
  if( nData>(1<<20) ) return 0;
  if( ++nRun % 500==0 ) p = fz_reset();
  iVersion = store_data_version(p);
  zErr[0] = 0;
  rc = fixture_load(p, (const char*)aData, nData, "fuzz.json", &nItem, zErr,
                    sizeof(zErr));
  if( rc ){
    assert( store_data_version(p)==iVersion );
    assert( zErr[0]!=0 );
  }
  return 0;
}
