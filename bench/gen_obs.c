/*
** gen_obs.c: the deterministic input of bench/import.
**
**   gen_obs N OUT.csv FIXTURE.json [ORDER]
**
** Writes OUT.csv, N observations in the format of `accord import
** observations`:
**
**   indicator,period,value,source,note
**   bench/ind-001,1000-01,48213.07,bench/src,
**
** and FIXTURE.json, an accord-fixture-1 file (`accord load`) with the
** one dialogue, the one source and the NIND monthly indicators that the
** CSV refers to.  The rows cover NIND indicators, each with a run of
** consecutive months from START_YEAR-01, so every (indicator, period,
** source) occurs once and the unique index of the observation table is
** satisfied.  Values are 0.00 .. 99999.99 with two decimals, from a fixed
** xorshift generator: the same N gives the same bytes on every machine.
**
** It prints "N CENTS" to stdout: the number of rows and the sum of the
** values in hundredths, which bench/import compares with every table it
** imports into.
**
** ORDER is "indicator" (the default: all months of ind-001, then of
** ind-002, ..., as a statistics office's export would give them) or
** "period" (each month for all indicators, then the next month).
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NIND 60            /* indicators */
#define START_YEAR 1000    /* first period: START_YEAR-01 */
#define MAX_YEAR 9999      /* periods are YYYY-MM */

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t next_rand(void){
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

/* Append the decimal digits of v (at least nMin of them) to z. */
static char *put_uint(char *z, uint64_t v, int nMin){
  char a[24];
  int n = 0;
  do{ a[n++] = (char)('0' + v%10); v /= 10; }while( v || n<nMin );
  while( n ) *z++ = a[--n];
  return z;
}

int main(int argc, char **argv){
  long long nRow, nPer, i;
  unsigned long long nCents = 0;
  int bByPeriod = 0;
  FILE *out, *fx;
  static char aBuf[1<<16];
  size_t n = 0;
  if( argc<4 || argc>5 || (nRow = atoll(argv[1]))<1 ){
    fprintf(stderr, "usage: gen_obs N OUT.csv FIXTURE.json "
            "[indicator|period]\n");
    return 1;
  }
  if( argc==5 ){
    if( strcmp(argv[4], "period")==0 ) bByPeriod = 1;
    else if( strcmp(argv[4], "indicator")!=0 ){
      fprintf(stderr, "gen_obs: ORDER is indicator or period\n");
      return 1;
    }
  }
  nPer = (nRow + NIND - 1)/NIND;          /* months per indicator */
  if( nPer > (long long)(MAX_YEAR - START_YEAR + 1)*12 ){
    fprintf(stderr, "gen_obs: at most %lld rows\n",
            (long long)(MAX_YEAR - START_YEAR + 1)*12*NIND);
    return 1;
  }

  fx = fopen(argv[3], "w");
  if( fx==0 ){ perror(argv[3]); return 1; }
  fprintf(fx, "{\n  \"format\": \"accord-fixture-1\",\n"
          "  \"sources\": [\n    {\"code\": \"bench/src\", \"title\": "
          "\"Benchmark source\", \"publisher\": \"bench/gen_obs\"}\n  ],\n"
          "  \"dialogues\": [\n    {\"code\": \"bench\", \"title\": "
          "\"Benchmark dialogue\", \"state\": \"established\", "
          "\"classification\": \"public\"}\n  ],\n  \"indicators\": [\n");
  for(i=1; i<=NIND; i++){
    fprintf(fx, "    {\"dialogue_id\": \"bench\", \"code\": "
            "\"bench/ind-%03lld\", \"name\": \"Benchmark indicator %lld\", "
            "\"unit\": \"million USD\", \"frequency\": \"month\", "
            "\"aggregation\": \"sum\", \"classification\": \"public\"}%s\n",
            i, i, i<NIND ? "," : "");
  }
  fprintf(fx, "  ]\n}\n");
  if( fclose(fx) ){ perror(argv[3]); return 1; }

  out = fopen(argv[2], "w");
  if( out==0 ){ perror(argv[2]); return 1; }
  fputs("indicator,period,value,source,note\n", out);
  for(i=0; i<nRow; i++){
    long long iInd, iPer;
    uint64_t v = next_rand() % 10000000;    /* cents: 0.00 .. 99999.99 */
    char *z;
    nCents += v;
    if( bByPeriod ){ iInd = i % NIND; iPer = i / NIND; }
    else{ iInd = i / nPer; iPer = i % nPer; }
    if( n > sizeof(aBuf) - 128 ){
      fwrite(aBuf, 1, n, out);
      n = 0;
    }
    z = aBuf + n;
    memcpy(z, "bench/ind-", 10); z += 10;
    z = put_uint(z, (uint64_t)iInd + 1, 3);
    *z++ = ',';
    z = put_uint(z, (uint64_t)(START_YEAR + iPer/12), 4);
    *z++ = '-';
    z = put_uint(z, (uint64_t)(iPer%12 + 1), 2);
    *z++ = ',';
    z = put_uint(z, v/100, 1);
    *z++ = '.';
    z = put_uint(z, v%100, 2);
    memcpy(z, ",bench/src,\n", 12); z += 12;
    n = (size_t)(z - aBuf);
  }
  fwrite(aBuf, 1, n, out);
  if( fclose(out) ){ perror(argv[2]); return 1; }
  printf("%lld %llu\n", nRow, nCents);
  return 0;
}
