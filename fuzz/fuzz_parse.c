/*
** fuzz_parse.c: libFuzzer target for the value parsers that every way in
** goes through: date_parse, period_parse, freq_parse and
** model_value_parse for every field type.
**
** The first byte picks the field type; the rest is the text.  Parsed
** dates and periods must format back to the same text.
*/
#include "../src/core/model.h"

#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  char *z;
  Date d;
  Period p;
  Freq f;
  Value v;
  Field fld;
  char zErr[300], zOut[12];
  if( nData==0 || nData>4096 ) return 0;
  z = malloc(nData);
  memcpy(z, aData+1, nData-1);
  z[nData-1] = 0;
  if( date_parse(z, &d)==0 ){
    date_format(d, zOut);
    assert( strcmp(zOut, z)==0 );
  }
  if( period_parse(z, &p)==0 ){
    period_format(p, zOut);
    assert( strcmp(zOut, z)==0 );
    assert( period_start(p)<=period_end(p) );
    assert( period_cmp(period_from_index((Freq)p.eFreq, period_index(p)),
                       p)==0 );
  }
  freq_parse(z, &f);
  memset(&fld, 0, sizeof(fld));
  fld.zName = "f";
  fld.eType = (FieldType)(aData[0] % FT__MAX);
  fld.azEnum = azClassName;
  fld.eRef = ENT_GOAL;
  model_value_parse(&fld, z, &v, zErr, sizeof(zErr));
  free(z);
  return 0;
}
