/*
** tests/unit/status_say.c: the status engine's sentences rendered from
** their message ids and arguments (src/core/status_say.c), with a small
** catalogue of its own: English with its days and periods in words
** ("10 January 2026", "Q3 2025"; zWhy keeps the codes); another language
** gets each format from the catalogue, numbers with the decimal comma,
** days as l10n_date() writes them, periods ("2025.", "III kvartal
** 2025."; the genitive after "od", the locative for "u %#s"), the
** plural form chosen by the number ({dan|dana|dana}), the English plural
** "s" left out, the engine's words translated, the indicator's name and
** unit given by the caller, and a source named after the sentence's own
** full stop.  A message without a translation stays in English.
*/
#define _POSIX_C_SOURCE 200809L   /* gmtime_r in period.c */

#include "../../src/core/period.c"
#include "../../src/core/status.c"
#include "../../src/core/status_series.c"
#include "../../src/core/status_source.c"
#include "../../src/core/status_growth.c"
#include "../../src/core/status_count.c"
#include "../../src/core/status_stale.c"
#include "../../src/core/status_say.c"
#include "../../src/core/l10n.c"
#include "harness.h"

#include <stdlib.h>

/* The test's catalogue: English -> "Serbian". */
static const char *const azCat[] = {
  "Due %s; not achieved, %lld day%s overdue.",
    "Rok %s; nije ostvareno, kašnjenje %lld {dan|dana|dana}%s.",
  "Work has not started; due %s (", "Rad nije počeo; rok je %s (",
  "in %lld day%s", "za %lld {dan|dana|dana}%s",
  ").", ").",
  "%s was %s%s in %s", "%s: %s%s u %#s",
  "; from %s", "; od %s",
  "Q%d %d", "%d. kvartal %d.",
  "%d (year)", "%d.",
  "at least", "najmanje",
  0
};
static const char *cat(int eLang, const char *z){
  int i;
  if( eLang==0 ) return z;
  for(i=0; azCat[i]; i+=2){
    if( strcmp(azCat[i], z)==0 ) return azCat[i+1];
  }
  return z;
}

static Date D(const char *z){
  Date d = 0;
  if( date_parse(z, &d) ){ fprintf(stderr, "bad date %s\n", z); exit(2); }
  return d;
}

int main(void){
  GoalSpec g;
  StatusResult r;
  StatusCtx ctx;
  char z[2048];

  /* A milestone overdue by 21 days: "dan" (21 as 1); then 3: "dana". */
  memset(&g, 0, sizeof(g));
  g.eKind = GOAL_MILESTONE;
  g.start = g.startedOn = g.achievedOn = DATE_NONE;
  g.deadline = D("2026-01-10");
  status_compute(&g, 0, 0, D("2026-01-31"), 0, &r);
  INT_EQ(r.eStatus, STATUS_OVERDUE);
  STR_EQ(r.zWhy, "Due 2026-01-10; not achieved, 21 days overdue.");
  /* English is rendered too: the day in words, zWhy keeps the code. */
  STR_EQ(status_why_lang(&r, 0, cat, 0, 0, z, sizeof(z)),
         "Due 10 January 2026; not achieved, 21 days overdue.");
  STR_EQ(status_why_lang(&r, 1, cat, 0, 0, z, sizeof(z)),
         "Rok 10. januar 2026.; nije ostvareno, kašnjenje 21 dan.");
  STR_EQ(status_why_lang(&r, 2, cat, 0, 0, z, sizeof(z)),
         "Rok 10. јануар 2026.; nije ostvareno, kašnjenje 21 dan.");
  status_compute(&g, 0, 0, D("2026-01-13"), 0, &r);
  STR_EQ(status_why_lang(&r, 1, cat, 0, 0, z, sizeof(z)),
         "Rok 10. januar 2026.; nije ostvareno, kašnjenje 3 dana.");
  status_compute(&g, 0, 0, D("2026-01-22"), 0, &r);
  STR_EQ(status_why_lang(&r, 1, cat, 0, 0, z, sizeof(z)),
         "Rok 10. januar 2026.; nije ostvareno, kašnjenje 12 dana.");

  /* Several messages in one sentence: "(za 1 dan)." */
  g.deadline = D("2026-02-01");
  status_compute(&g, 0, 0, D("2026-01-31"), 0, &r);
  STR_EQ(r.zWhy, "Work has not started and the deadline is in 1 day.");
  g.deadline = D("2027-02-01");
  status_compute(&g, 0, 0, D("2026-01-31"), 0, &r);
  STR_EQ(status_why_lang(&r, 1, cat, 0, 0, z, sizeof(z)),
         "Rad nije počeo; rok je 1. februar 2027. (za 366 dana).");

  /* Records made by hand: numbers, periods, the name, words, the unit, a
  ** message with no translation, and a source after the full stop. */
  memset(&ctx, 0, sizeof(ctx));
  memset(&r, 0, sizeof(r));
  ctx.pRes = &r;
  strcpy(ctx.zName, "total trade");
  strcpy(ctx.zNameCap, "Total trade");
  strcpy(ctx.zUnit, " million USD");
  status_why_appendf(&ctx, "%s was %s%s in %s", ctx.zNameCap, "1,157.8",
                     ctx.zUnit, "2025-Q3");
  status_why_appendf(&ctx, "; %s %s", "at least", "2025");
  status_why_appendf(&ctx, ".");
  STR_EQ(r.zWhy, "Total trade was 1,157.8 million USD in 2025-Q3; at least"
         " 2025.");
  STR_EQ(status_why_lang(&r, 1, cat, "ukupna razmena", "miliona USD", z,
                         sizeof(z)),
         "Ukupna razmena: 1.157,8 miliona USD u III kvartalu 2025.; najmanje"
         " 2025.");
  STR_EQ(status_why_lang(&r, 1, cat, 0, 0, z, sizeof(z)),
         "Total trade: 1.157,8 million USD u III kvartalu 2025.; najmanje"
         " 2025.");
  STR_EQ(status_why_lang(&r, 2, cat, 0, 0, z, sizeof(z)),
         "Total trade: 1.157,8 million USD u III кварталу 2025.; najmanje"
         " 2025.");
  STR_EQ(status_why_lang(&r, 0, cat, 0, 0, z, sizeof(z)),
         "Total trade was 1,157.8 million USD in Q3 2025; at least 2025.");
  /* A period after "od" is in the genitive; a month after "u %#s" in
  ** the locative. */
  status_why_appendf(&ctx, "; from %s", "2025-Q3");
  STR_HAS(status_why_lang(&r, 1, cat, 0, 0, z, sizeof(z)),
          "; od III kvartala 2025.");
  STR_HAS(status_why_lang(&r, 0, cat, 0, 0, z, sizeof(z)),
          "; from Q3 2025");
  status_why_appendf(&ctx, "%s was %s%s in %s", ctx.zNameCap, "3",
                     ctx.zUnit, "2026-07");
  STR_HAS(status_why_lang(&r, 1, cat, 0, 0, z, sizeof(z)),
          "Total trade: 3 million USD u julu 2026.");
  STR_HAS(status_why_lang(&r, 0, cat, 0, 0, z, sizeof(z)),
          "Total trade was 3 million USD in July 2026");
  status_why_appendf(&ctx, ".");
  status_say_unstop(&ctx);
  status_why_appendf(&ctx, "%s", " (U.S. Census Bureau).");
  STR_HAS(status_why_lang(&r, 1, cat, 0, 0, z, sizeof(z)),
          "u julu 2026. (U.S. Census Bureau).");

  /* A record that ran out of room ends in "...", and never overflows. */
  memset(&ctx, 0, sizeof(ctx));
  memset(&r, 0, sizeof(r));
  ctx.pRes = &r;
  {
    int i;
    for(i=0; i<400; i++) status_why_appendf(&ctx, "in %lld day%s", 5LL, "s");
  }
  OK(strlen(r.zMsg)<sizeof(r.zMsg));
  OK(strlen(status_why_lang(&r, 1, cat, 0, 0, z, sizeof(z)))<sizeof(z));
  STR_HAS(z, "...");
  OK(status_why_lang(&r, 1, cat, 0, 0, z, 8)==z && strlen(z)==7);

  HARNESS_END("unit/status_say");
}
