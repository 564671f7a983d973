/*
** fuzz_status.c: libFuzzer target for the status engine.
**
** The input is read as a GoalSpec's numbers and dates followed by up to
** 200 observations; status_compute() must never crash, never read out of
** bounds, and always return a status with a non-empty, NUL-terminated
** sentence.
*/
#include "../src/core/status.h"

#include <assert.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

/* Read n bytes from the input (zeros past its end). */
static void take(const uint8_t **pz, size_t *pn, void *pOut, size_t n){
  size_t k = *pn<n ? *pn : n;
  memset(pOut, 0, n);
  memcpy(pOut, *pz, k);
  *pz += k;
  *pn -= k;
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData){
  GoalSpec g;
  StatusResult r;
  ObsPoint aObs[200];
  uint8_t aB[8];
  int16_t aD[5];
  double aR[2];
  int i, nObs = 0;
  Date at;
  memset(&g, 0, sizeof(g));
  take(&aData, &nData, aB, sizeof(aB));
  take(&aData, &nData, aD, sizeof(aD));
  take(&aData, &nData, aR, sizeof(aR));
  g.eKind = (GoalKind)(aB[0] % GOAL__MAX);
  g.eIndFreq = (Freq)(aB[1] % FREQ__MAX);
  g.ePeriod = (Freq)(aB[2] % FREQ__MAX);
  g.eAgg = (Agg)(aB[3] % AGG__MAX);
  g.bHasTarget = aB[4] & 1;
  g.bCompound = (aB[4]>>1) & 1;
  g.bDecrease = (aB[4]>>2) & 1;
  g.bHasBaseline = (aB[4]>>3) & 1;
  g.bHasBaselineValue = (aB[4]>>4) & 1;
  g.zIndicator = "indicator";
  g.zUnit = (aB[4]>>5) & 1 ? "units" : 0;
  g.rTarget = aR[0];
  g.rBaseline = aR[1];
  g.baseline.year = 2000 + aB[5] % 60;
  g.baseline.eFreq = (int8_t)(aB[6] % FREQ__MAX);
  g.baseline.n = (int8_t)(aB[7] % 13);
  /* Dates within 1970..2060, or none. */
  g.start = aD[0]<0 ? DATE_NONE : 10000 + aD[0] % 22000;
  g.deadline = aD[1]<0 ? DATE_NONE : 10000 + aD[1] % 22000;
  g.startedOn = aD[2]<0 ? DATE_NONE : 10000 + aD[2] % 22000;
  g.achievedOn = aD[3]<0 ? DATE_NONE : 10000 + aD[3] % 22000;
  at = 10000 + (aD[4]<0 ? -aD[4] : aD[4]) % 22000;
  while( nData>=12 && nObs<200 ){
    uint8_t aP[4];
    float v;
    take(&aData, &nData, aP, sizeof(aP));
    take(&aData, &nData, &v, sizeof(v));
    take(&aData, &nData, &i, sizeof(i));
    aObs[nObs].period.year = 2000 + aP[0] % 60;
    aObs[nObs].period.eFreq = (int8_t)(aP[1] % FREQ__MAX);
    aObs[nObs].period.n = (int8_t)(aP[2] % 13);
    aObs[nObs].value = v;
    aObs[nObs].bPreferred = aP[3] & 1;
    aObs[nObs].iSeq = i;
    aObs[nObs].iSource = (aP[3]>>1) % 6;   /* 0: no source; 1..5 */
    nObs++;
  }
  status_compute(&g, aObs, nObs, at, 0, &r);
  assert( r.eStatus>=0 && r.eStatus<STATUS__MAX );
  assert( r.zWhy[0]!=0 );
  assert( memchr(r.zWhy, 0, sizeof(r.zWhy))!=0 );
  return 0;
}
