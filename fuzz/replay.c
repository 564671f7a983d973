/*
** replay.c: runs a fuzz target over every file of its corpus without
** libFuzzer, so `make test` replays the committed corpus on every run
** (and under the sanitizers in CI).  Usage: replay FILE...
** Prints "fuzz/NAME: N passed, 0 failed"; a crash or failed assertion
** ends the program, which the test runner reports.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData);

int main(int argc, char **argv){
  static uint8_t aBuf[1<<16];
  int i, n = 0;
  for(i=1; i<argc; i++){
    FILE *in = fopen(argv[i], "rb");
    size_t nData;
    if( in==0 ){
      fprintf(stderr, "replay: cannot open %s\n", argv[i]);
      return 1;
    }
    nData = fread(aBuf, 1, sizeof(aBuf), in);
    fclose(in);
    LLVMFuzzerTestOneInput(aBuf, nData);
    n++;
  }
  printf("fuzz/%s: %d passed, 0 failed\n", getenv("FUZZ_NAME")
         ? getenv("FUZZ_NAME") : "replay", n);
  return 0;
}
