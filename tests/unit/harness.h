/*
** harness.h: the tiny unit-test harness.
**
** A test program #includes the module's .c file (to reach its statics)
** and this header, calls the checks below, and ends main() with
** HARNESS_END(), which prints "NAME: N passed, N failed" (the runner
** tests/run sums these lines) and returns non-zero on any failure.
*/
#ifndef ACCORD_HARNESS_H
#define ACCORD_HARNESS_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int harness_nPass = 0;
static int harness_nFail = 0;

#define HARNESS_FAIL(...) do{ \
    harness_nFail++; \
    fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
    fprintf(stderr, __VA_ARGS__); \
    fputc('\n', stderr); \
  }while(0)

/* OK(cond): cond is true. */
#define OK(c) do{ if(c){ harness_nPass++; } \
    else HARNESS_FAIL("%s", #c); }while(0)

/* INT_EQ(a,b): two integers are equal. */
#define INT_EQ(a,b) do{ long long x_ = (long long)(a), y_ = (long long)(b); \
    if( x_==y_ ){ harness_nPass++; } \
    else HARNESS_FAIL("%s == %s: %lld != %lld", #a, #b, x_, y_); }while(0)

/* STR_EQ(a,b): two NUL-terminated strings are equal (NULL == NULL). */
#define STR_EQ(a,b) do{ const char *x_ = (a), *y_ = (b); \
    if( (x_==0 && y_==0) || (x_ && y_ && strcmp(x_,y_)==0) ){ \
      harness_nPass++; \
    }else HARNESS_FAIL("%s == %s: \"%s\" != \"%s\"", #a, #b, \
      x_ ? x_ : "(null)", y_ ? y_ : "(null)"); }while(0)

/* STR_HAS(hay,needle): needle occurs in hay. */
#define STR_HAS(a,b) do{ const char *x_ = (a), *y_ = (b); \
    if( x_ && y_ && strstr(x_,y_) ){ harness_nPass++; } \
    else HARNESS_FAIL("%s contains %s: \"%s\" lacks \"%s\"", #a, #b, \
      x_ ? x_ : "(null)", y_ ? y_ : "(null)"); }while(0)

/* NEAR(a,b,eps): two doubles differ by at most eps. */
#define NEAR(a,b,e) do{ double x_ = (a), y_ = (b); \
    if( fabs(x_-y_)<=(e) ){ harness_nPass++; } \
    else HARNESS_FAIL("%s ~ %s: %.9g != %.9g", #a, #b, x_, y_); }while(0)

#define HARNESS_END(zName) do{ \
    printf("%s: %d passed, %d failed\n", zName, harness_nPass, \
           harness_nFail); \
    return harness_nFail!=0; }while(0)

#endif
