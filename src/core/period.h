/*
** period.h: calendar dates and reporting periods.
**
** A Date is a day count since 1970-01-01 in the proleptic Gregorian
** calendar.  A Period is a calendar month, quarter or year ("2025-07",
** "2025-Q3", "2025").  The status engine, the store and the importers all
** reason about time through this module; it does no I/O.
*/
#ifndef ACCORD_PERIOD_H
#define ACCORD_PERIOD_H

#include <stddef.h>
#include <stdint.h>

/* A day number: days since 1970-01-01 (negative before).  DATE_NONE is
** "no date" and compares lower than every real date. */
typedef int32_t Date;
#define DATE_NONE INT32_MIN

/* Frequencies of periods and indicators, finest first. */
typedef enum Freq {
  FREQ_MONTH = 0,   /* a calendar month, "2025-07" */
  FREQ_QUARTER,     /* a calendar quarter, "2025-Q3" */
  FREQ_YEAR,        /* a calendar year, "2025" */
  FREQ__MAX
} Freq;
extern const char *const azFreqName[FREQ__MAX];   /* "month", ... */

/* A calendar period. */
typedef struct Period {
  int32_t year;     /* calendar year, 1..9999 */
  int8_t eFreq;     /* Freq */
  int8_t n;         /* month 1..12, quarter 1..4, 0 for a year */
} Period;

int date_from_ymd(int y, int m, int d, Date *pOut);   /* 0 ok, -1 invalid */
void date_to_ymd(Date x, int *pY, int *pM, int *pD);
int date_parse(const char *z, Date *pOut);  /* "YYYY-MM-DD" only; 0 or -1 */
void date_format(Date x, char zOut[11]);    /* "YYYY-MM-DD" */
int date_is_leap(int y);
int date_days_in_month(int y, int m);
Date date_today(void);                      /* from the system clock, UTC */

/* Parse a period written exactly as period_format() writes it (so each
** period has one spelling: "2025-Q3", not "2025-q3").  0 ok, -1 invalid. */
int period_parse(const char *z, Period *pOut);
void period_format(Period p, char zOut[12]);
Date period_start(Period p);                /* first day */
Date period_end(Period p);                  /* last day, inclusive */
int period_days(Period p);                  /* number of days */
int64_t period_index(Period p);             /* ordinal within its Freq */
Period period_from_index(Freq e, int64_t i);
Period period_containing(Date x, Freq e);
int period_cmp(Period a, Period b);         /* same Freq: <0, 0, >0 */
/* The period of frequency eTo (coarser or equal) that contains p. */
Period period_coarsen(Period p, Freq eTo);
/* Number of periods of frequency e in one year (12, 4 or 1). */
int freq_per_year(Freq e);
int freq_parse(const char *z, Freq *pOut);  /* "month"|"quarter"|"year" */

#endif
