/*
** tests/unit/model.c: unit tests of model_real_parse() (src/core/model.c),
** whose fast path for plain decimals must give the very double strtod()
** gives, and reject what the slow path rejects.  Build and run:
**
**   gcc -std=c11 -Wall -Wextra -Werror -Isrc/core tests/unit/model.c \
**       -lm -o /tmp/t && /tmp/t
*/
#include "../../src/core/model.c"
#include "../../src/core/model_row.c"
#include "../../src/core/breakdown.c"
#include "../../src/core/model_project.c"
#include "../../src/core/model_code.c"
#include "../../src/core/codes.c"
#include "../../src/core/model_plan.c"
#include "../../src/core/model_dim.c"
#include "../../src/core/money.c"
#include "../../src/core/text.c"
#include "../../src/util/mem.c"
#include "../../src/util/buf.c"
#include "../../src/core/period.c"
#include "harness.h"

#include <stdint.h>
#include <stdlib.h>

/* z parses to the same bits as strtod gives. */
static int same_as_strtod(const char *z){
  double r = 0, s = strtod(z, 0);
  return model_real_parse(z, &r)==0 && memcmp(&r, &s, sizeof(r))==0;
}

int main(void){
  static const char *const azGood[] = {
    "0", "-0", "+0", "0.0", "-0.00", "1", "-2", "+3", "1.5", "0.1", "0.3",
    "99999.99", "38429.89", "4995.74", "0.000000000000001",
    "123456789012345", "12345678901234.5", "-1.00000000000001",
    "9007199254740993", "12345678901234567890", "0.1234567890123456789",
    "1e3", "2.5e-3", "-4E+2", ".5", "5.", "1e-300", "000000000000000000012.5",
  };
  static const char *const azBad[] = {
    "", "-", "+", ".", "1.2.3", "abc", "0x10", "inf", "nan", "1e999",
    "1,5", " 1", "1 ", "--1", "1e", "12a",
  };
  uint64_t x = 88172645463325252ull;
  double r;
  size_t i;
  int k, nDiff = 0;
  for(i=0; i<sizeof(azGood)/sizeof(azGood[0]); i++){
    if( !same_as_strtod(azGood[i]) ) HARNESS_FAIL("%s", azGood[i]);
    else OK(1);
  }
  for(i=0; i<sizeof(azBad)/sizeof(azBad[0]); i++){
    INT_EQ(model_real_parse(azBad[i], &r), -1);
  }
  OK( model_real_parse("-0", &r)==0 && signbit(r) );
  /* A million random decimals of 1 to 17 digits, with and without a
  ** fraction and a sign: every one as strtod has it. */
  for(k=0; k<1000000; k++){
    char z[40];
    int nDig, nFrac, j, n = 0;
    x ^= x<<13; x ^= x>>7; x ^= x<<17;
    nDig = 1 + (int)(x%17);
    nFrac = (int)((x>>8)%(unsigned)(nDig+1));
    if( (x>>16)&1 ) z[n++] = '-';
    for(j=0; j<nDig; j++){
      if( j==nDig-nFrac ){
        if( j==0 ) z[n++] = '0';
        z[n++] = '.';
      }
      x ^= x<<13; x ^= x>>7; x ^= x<<17;
      z[n++] = (char)('0' + x%10);
    }
    z[n] = 0;
    if( !same_as_strtod(z) && nDiff++<5 ) HARNESS_FAIL("%s", z);
  }
  INT_EQ(nDiff, 0);
  /* The code lists of 026_iati.sql (codes.c). */
  OK( code_country_ok("RS") && code_country_ok("US") && code_country_ok("AD")
      && code_country_ok("ZW") );
  OK( !code_country_ok("rs") && !code_country_ok("XK")
      && !code_country_ok("SRB") && !code_country_ok("") );
  OK( code_dac5_ok("11110") && code_dac5_ok("11420") && code_dac5_ok("99820")
      && code_dac5_ok("15152") );
  OK( !code_dac5_ok("15120") && !code_dac5_ok("23010") /* withdrawn */
      && !code_dac5_ok("99999") && !code_dac5_ok("1142") );
  {
    char az[CODE_SECTOR_MAX][6];
    INT_EQ(code_sector_split(" 11420  15110 ", az), 2);
    OK( strcmp(az[0], "11420")==0 && strcmp(az[1], "15110")==0 );
    INT_EQ(code_sector_split("114200", az), -1);
    INT_EQ(code_sector_split("1 2 3 4 5 6 7 8 9", az), -1);
    INT_EQ(code_sector_split(0, az), 0);
  }
  HARNESS_END("unit/model");
}
