/*
** tests/unit/lazylib.c: unit tests of the libraries loaded on their first
** call (src/util/lazylib.c): a wrapper made with LAZY_FN and LAZY_VOID
** finds its function in the library and calls it, the library is opened
** once, a second call does not look it up again; and a library that is
** missing, or lacks the function, ends the program with status 70 and a
** message naming the library, the function and what needs it.
*/
#include "../../src/util/lazylib.c"
#include "../../src/util/mem.c"
#include "harness.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static LazyLib lzM = { "libm.so.6", "the test", 0 };
static LazyLib lzNone = { "libaccord-none.so.9", "the test's reports", 0 };

/* A wrapper under a name of its own (libm's own names are linked). */
static double lz_fmax(double a0, double a1);
static double lz_fmax(double a0, double a1){
  double (*x_)(double, double);
  LAZY_FIND_(lzM, fmax, (double, double), x_);
  return x_(a0, a1);
}

/* Run xFn in a child; its exit status and the first line it wrote to
** stderr, in zErr. */
static int in_child(void (*xFn)(void), char *zErr, size_t nErr){
  int aPipe[2], st = 0;
  ssize_t n;
  size_t nGot = 0;
  pid_t pid;
  if( pipe(aPipe) ) return -1;
  pid = fork();
  if( pid==0 ){
    dup2(aPipe[1], 2);
    close(aPipe[0]);
    xFn();
    _exit(0);
  }
  close(aPipe[1]);
  while( nGot+1<nErr && (n = read(aPipe[0], zErr+nGot, nErr-1-nGot))>0 ){
    nGot += (size_t)n;
  }
  zErr[nGot] = 0;
  close(aPipe[0]);
  waitpid(pid, &st, 0);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}
static void call_missing_lib(void){ (void)lazy_sym(&lzNone, "report_draw"); }
static void call_missing_fn(void){ (void)lazy_sym(&lzM, "accord_no_such"); }

int main(void){
  char zErr[400];
  void *p1, *p2;
  /* Found, called, and the library opened once. */
  OK( lzM.pHandle==0 );
  OK( lz_fmax(2.0, 3.0)==3.0 );
  OK( lzM.pHandle!=0 );
  p1 = lzM.pHandle;
  OK( lz_fmax(-8.0, -9.0)==-8.0 );
  OK( lzM.pHandle==p1 );
  p2 = lazy_sym(&lzM, "floor");
  OK( p2!=0 );
  OK( lzM.pHandle==p1 );

  /* A missing library: status 70, its name and what needs it. */
  INT_EQ( in_child(call_missing_lib, zErr, sizeof(zErr)), 70 );
  OK( strstr(zErr, "libaccord-none.so.9")!=0 );
  OK( strstr(zErr, "the test's reports")!=0 );
  OK( strncmp(zErr, "accord: ", 8)==0 );
  /* A function the library lacks: status 70, the function's name. */
  INT_EQ( in_child(call_missing_fn, zErr, sizeof(zErr)), 70 );
  OK( strstr(zErr, "accord_no_such")!=0 );
  OK( strstr(zErr, "libm.so.6")!=0 );
  HARNESS_END("unit/lazylib");
}
