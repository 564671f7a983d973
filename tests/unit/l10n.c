/*
** tests/unit/l10n.c: unit tests of src/core/l10n.c: numbers and dates in
** English and both Serbian scripts, the summer-time rules of the zones,
** times with their zone, and numbers typed into Serbian forms (the
** decimal comma, groups of thousands, and the ambiguous "1,023").
** Build and run:
**
**   gcc -std=c11 -Wall -Wextra -Werror -Isrc/core tests/unit/l10n.c \
**       -lm -o /tmp/t && /tmp/t
*/
#include "../../src/core/period.c"
#include "../../src/core/l10n.c"
#include "harness.h"

#include <stdlib.h>

static char z[L10N_TIMESZ];

/* The plain number l10n_num_read() makes of zIn in eLang, "AMBIGUOUS
** a|b" with the two spellings, or "NOTNUM". */
static const char *rd(const char *zIn, int eLang){
  static char zRes[3*L10N_NUMSZ];
  char zOut[L10N_NUMSZ], zA[L10N_NUMSZ], zB[L10N_NUMSZ];
  int rc = l10n_num_read(zIn, eLang, zOut, sizeof(zOut), zA, zB);
  if( rc==L10N_OK ) snprintf(zRes, sizeof(zRes), "%s", zOut);
  else if( rc==L10N_AMBIGUOUS ) snprintf(zRes, sizeof(zRes), "AMBIGUOUS %s|%s", zA, zB);
  else snprintf(zRes, sizeof(zRes), "NOTNUM");
  return zRes;
}

/* The instant of a timestamp. */
static int64_t at(const char *zStamp){
  int64_t t = -1;
  OK( l10n_stamp_parse(zStamp, &t)==0 );
  return t;
}

int main(void){
  Date d;
  const char *zAbbr;
  int i;

  /* Numbers for people. */
  STR_EQ(l10n_num(1023.1, L10N_EN, z), "1,023.1");
  STR_EQ(l10n_num(1023.1, L10N_SR_LATN, z), "1.023,1");
  STR_EQ(l10n_num(1023.1, L10N_SR_CYRL, z), "1.023,1");
  STR_EQ(l10n_num(1157.84, L10N_SR_LATN, z), "1.157,8");
  STR_EQ(l10n_num(112000, L10N_EN, z), "112,000");
  STR_EQ(l10n_num(112000, L10N_SR_LATN, z), "112.000");
  STR_EQ(l10n_num(0.35, L10N_SR_LATN, z), "0,35");
  STR_EQ(l10n_num(1.5, L10N_SR_LATN, z), "1,5");
  STR_EQ(l10n_num(-1234567.25, L10N_SR_LATN, z), "-1.234.567,2");
  STR_EQ(l10n_num(-0.001, L10N_EN, z), "0");
  STR_EQ(l10n_num(12, L10N_EN, z), "12");
  STR_EQ(l10n_num(999.96, L10N_EN, z), "1,000");
  STR_EQ(l10n_num(NAN, L10N_EN, z), "n/a");
  STR_EQ(l10n_fixed(1125.41, 2, L10N_EN, z), "1,125.41");
  STR_EQ(l10n_fixed(1125.41, 2, L10N_SR_LATN, z), "1.125,41");
  STR_EQ(l10n_fixed(-0.004, 2, L10N_SR_LATN, z), "0,00");
  STR_EQ(l10n_fixed(7, 0, L10N_SR_LATN, z), "7");
  INT_EQ(l10n_decimal_mark(L10N_SR_CYRL), ',');
  INT_EQ(l10n_decimal_mark(L10N_EN), '.');

  /* Dates. */
  date_from_ymd(2026, 12, 6, &d);
  STR_EQ(l10n_date(d, L10N_EN, z), "6 December 2026");
  STR_EQ(l10n_date(d, L10N_SR_LATN, z), "6. decembar 2026.");
  STR_EQ(l10n_date(d, L10N_SR_CYRL, z), "6. децембар 2026.");
  date_from_ymd(2025, 9, 17, &d);
  STR_EQ(l10n_date(d, L10N_SR_LATN, z), "17. septembar 2025.");
  STR_EQ(l10n_date(DATE_NONE, L10N_EN, z), "");

  /* Time zones: the changes of 2026 (EU 29 March and 25 October at
  ** 01:00 UTC; US 8 March 07:00 UTC and 1 November 06:00 UTC). */
  INT_EQ(l10n_tz_offset(TZ_BELGRADE, at("2026-03-29T00:59:59Z"), &zAbbr), 3600);
  STR_EQ(zAbbr, "CET");
  INT_EQ(l10n_tz_offset(TZ_BELGRADE, at("2026-03-29T01:00:00Z"), &zAbbr), 7200);
  STR_EQ(zAbbr, "CEST");
  INT_EQ(l10n_tz_offset(TZ_BELGRADE, at("2026-10-25T00:59:59Z"), &zAbbr), 7200);
  INT_EQ(l10n_tz_offset(TZ_BELGRADE, at("2026-10-25T01:00:00Z"), &zAbbr), 3600);
  INT_EQ(l10n_tz_offset(TZ_NEW_YORK, at("2026-03-08T06:59:59Z"), &zAbbr), -5*3600);
  STR_EQ(zAbbr, "EST");
  INT_EQ(l10n_tz_offset(TZ_NEW_YORK, at("2026-03-08T07:00:00Z"), &zAbbr), -4*3600);
  STR_EQ(zAbbr, "EDT");
  INT_EQ(l10n_tz_offset(TZ_NEW_YORK, at("2026-11-01T05:59:59Z"), &zAbbr), -4*3600);
  INT_EQ(l10n_tz_offset(TZ_NEW_YORK, at("2026-11-01T06:00:00Z"), &zAbbr), -5*3600);
  INT_EQ(l10n_tz_offset(TZ_UTC, at("2026-07-01T12:00:00Z"), &zAbbr), 0);
  STR_EQ(zAbbr, "UTC");

  /* Times with their zone; the day can change. */
  STR_EQ(l10n_time(at("2026-12-06T09:42:07Z"), TZ_BELGRADE, L10N_SR_LATN, z),
         "6. decembar 2026. u 10:42 CET");
  STR_EQ(l10n_time(at("2026-12-06T09:42:07Z"), TZ_BELGRADE, L10N_SR_CYRL, z),
         "6. децембар 2026. у 10:42 CET");
  STR_EQ(l10n_time(at("2026-12-06T09:42:07Z"), TZ_UTC, L10N_EN, z),
         "6 December 2026, 09:42 UTC");
  STR_EQ(l10n_time(at("2026-07-31T23:30:00Z"), TZ_BELGRADE, L10N_EN, z),
         "1 August 2026, 01:30 CEST");
  STR_EQ(l10n_time(at("2026-12-06T03:00:00Z"), TZ_NEW_YORK, L10N_EN, z),
         "5 December 2026, 22:00 EST");
  {
    int64_t t;
    OK( l10n_stamp_parse("2026-12-06 09:42:07Z", &t)<0 );
    OK( l10n_stamp_parse("2026-13-06T09:42:07Z", &t)<0 );
    OK( l10n_stamp_parse("2026-12-06T24:00:00Z", &t)<0 );
    OK( l10n_stamp_parse("2026-12-06T09:42:07", &t)<0 );
    OK( l10n_stamp_parse(0, &t)<0 );
  }
  {
    TimeZone e = TZ_UTC;
    OK( l10n_tz_parse("Europe/Belgrade", &e)==0 && e==TZ_BELGRADE );
    OK( l10n_tz_parse("Europe/Paris", &e)<0 );
    INT_EQ(l10n_tz_default(L10N_SR_CYRL), TZ_BELGRADE);
    INT_EQ(l10n_tz_default(L10N_EN), TZ_UTC);
  }

  /* Numbers typed into forms. */
  STR_EQ(rd("1,5", L10N_SR_LATN), "1.5");
  STR_EQ(rd("1.5", L10N_SR_LATN), "1.5");
  STR_EQ(rd("-0,25", L10N_SR_CYRL), "-0.25");
  STR_EQ(rd(",5", L10N_SR_LATN), ".5");
  STR_EQ(rd("1.023,1", L10N_SR_LATN), "1023.1");
  STR_EQ(rd("1.234.567,25", L10N_SR_LATN), "1234567.25");
  STR_EQ(rd("1.234.567", L10N_SR_LATN), "1234567");
  STR_EQ(rd("1023,1", L10N_SR_LATN), "1023.1");
  STR_EQ(rd("0,125", L10N_SR_LATN), "0.125");
  STR_EQ(rd("1234,567", L10N_SR_LATN), "1234.567");
  STR_EQ(rd("1,0230", L10N_SR_LATN), "1.0230");
  STR_EQ(rd("1.023,0", L10N_SR_LATN), "1023.0");
  STR_EQ(rd("42", L10N_SR_LATN), "42");
  STR_EQ(rd("1,023", L10N_SR_LATN), "AMBIGUOUS 1023|1,0230");
  STR_EQ(rd("12,500", L10N_SR_LATN), "AMBIGUOUS 12500|12,5");
  STR_EQ(rd("-12.000", L10N_SR_LATN), "AMBIGUOUS -12000|-12");
  STR_EQ(rd("1.023", L10N_SR_CYRL), "AMBIGUOUS 1023|1,0230");
  STR_EQ(rd("1,023.1", L10N_SR_LATN), "NOTNUM");
  STR_EQ(rd("1.02,5", L10N_SR_LATN), "NOTNUM");
  STR_EQ(rd("1,2,3", L10N_SR_LATN), "NOTNUM");
  STR_EQ(rd("1,", L10N_SR_LATN), "NOTNUM");
  STR_EQ(rd("abc", L10N_SR_LATN), "NOTNUM");
  STR_EQ(rd("1e3", L10N_SR_LATN), "NOTNUM");
  STR_EQ(rd("1,5", L10N_EN), "1,5");        /* English: as typed */
  STR_EQ(rd("1.5", L10N_EN), "1.5");

  /* What a Serbian form shows reads back as the same number. */
  {
    static const double aR[] = { 1.5, 1.023, 12.5, 1023.1, 0.125, -7.25,
                                 1e20, 42, 999.999 };
    for(i=0; i<(int)(sizeof(aR)/sizeof(aR[0])); i++){
      char zIn[L10N_NUMSZ], zOut[L10N_NUMSZ], zA[L10N_NUMSZ], zB[L10N_NUMSZ];
      l10n_num_input(aR[i], L10N_SR_LATN, zIn);
      if( strchr(zIn, 'e') ) continue;
      OK( l10n_num_read(zIn, L10N_SR_LATN, zOut, sizeof(zOut), zA, zB)==L10N_OK
          && strtod(zOut, 0)==aR[i] );
    }
    STR_EQ(l10n_num_input(1.023, L10N_SR_LATN, z), "1,0230");
    STR_EQ(l10n_num_input(1.5, L10N_SR_LATN, z), "1,5");
    STR_EQ(l10n_num_input(1.5, L10N_EN, z), "1.5");
  }
  /* Periods as a reader writes them, one formatter for every page,
  ** report and chart (never the codes "2025-Q3", "2025-07"). */
  {
    Period q3 = { 2025, FREQ_QUARTER, 3 }, jul = { 2025, FREQ_MONTH, 7 };
    Period y = { 2025, FREQ_YEAR, 0 };
    char zP[L10N_DATESZ];
    STR_EQ(l10n_period(q3, L10N_EN, zP), "Q3 2025");
    STR_EQ(l10n_period(q3, L10N_SR_LATN, zP), "III kvartal 2025.");
    STR_EQ(l10n_period(q3, L10N_SR_CYRL, zP), "III квартал 2025.");
    STR_EQ(l10n_period_gen(q3, L10N_SR_LATN, zP), "III kvartala 2025.");
    STR_EQ(l10n_period(jul, L10N_EN, zP), "July 2025");
    STR_EQ(l10n_period(jul, L10N_SR_LATN, zP), "jul 2025.");
    STR_EQ(l10n_period(jul, L10N_SR_CYRL, zP), "јул 2025.");
    STR_EQ(l10n_period_gen(jul, L10N_SR_LATN, zP), "jula 2025.");
    STR_EQ(l10n_period_gen(jul, L10N_EN, zP), "July 2025");
    STR_EQ(l10n_period(y, L10N_EN, zP), "2025");
    STR_EQ(l10n_period(y, L10N_SR_LATN, zP), "2025.");
    STR_EQ(l10n_period_short(q3, L10N_EN, zP), "Q3 2025");
    STR_EQ(l10n_period_short(q3, L10N_SR_LATN, zP), "III kv. 2025.");
    STR_EQ(l10n_period_short(jul, L10N_EN, zP), "Jul 2025");
    STR_EQ(l10n_period_short(y, L10N_SR_LATN, zP), "2025");
    STR_EQ(l10n_quarters(2026, 1, 3, L10N_NOM, L10N_EN, zP), "Q1–Q3 2026");
    STR_EQ(l10n_quarters(2026, 1, 3, L10N_NOM, L10N_SR_LATN, zP),
           "I–III kvartal 2026.");
    STR_EQ(l10n_quarters(2026, 1, 3, L10N_LOC, L10N_SR_LATN, zP),
           "I–III kvartalu 2026.");
    /* The locative, after "u": months, quarters; a year stays. */
    STR_EQ(l10n_period_loc(q3, L10N_SR_LATN, zP), "III kvartalu 2025.");
    STR_EQ(l10n_period_loc(q3, L10N_SR_CYRL, zP), "III кварталу 2025.");
    STR_EQ(l10n_period_loc(jul, L10N_SR_LATN, zP), "julu 2025.");
    STR_EQ(l10n_period_loc(jul, L10N_SR_CYRL, zP), "јулу 2025.");
    STR_EQ(l10n_period_loc(y, L10N_SR_LATN, zP), "2025.");
    STR_EQ(l10n_period_loc(q3, L10N_EN, zP), "Q3 2025");
    STR_EQ(l10n_period_loc(jul, L10N_EN, zP), "July 2025");
    {
      static const char *const azLoc[12] = {
        "januaru", "februaru", "martu", "aprilu", "maju", "junu", "julu",
        "avgustu", "septembru", "oktobru", "novembru", "decembru"
      };
      for(i=1; i<=12; i++){
        STR_EQ(l10n_month(i, L10N_LOC, L10N_SR_LATN), azLoc[i-1]);
      }
      STR_EQ(l10n_month(12, L10N_LOC, L10N_SR_CYRL), "децембру");
      STR_EQ(l10n_month(2, L10N_GEN, L10N_SR_LATN), "februara");
      STR_EQ(l10n_month(13, L10N_NOM, L10N_EN), "");
    }
  }

  /* Days and periods in words (l10n_when), and formats filled with them
  ** in the case the translation asks (l10n_fill). */
  {
    char zW[120];
    const char *azA[3];
    OK(l10n_when("2025-01-11", 10, L10N_NOM, L10N_EN, zW, sizeof(zW)));
    STR_EQ(zW, "11 January 2025");
    OK(l10n_when("2025-01-11", 10, L10N_GEN, L10N_SR_LATN, zW, sizeof(zW)));
    STR_EQ(zW, "11. januara 2025.");
    OK(l10n_when("2025-Q3, 2025-Q4", 16, L10N_LOC, L10N_SR_LATN, zW,
                 sizeof(zW)));
    STR_EQ(zW, "III kvartalu 2025., IV kvartalu 2025.");
    OK(l10n_when("2025-Q3, 2025-Q4", 16, L10N_NOM, L10N_EN, zW, sizeof(zW)));
    STR_EQ(zW, "Q3 2025, Q4 2025");
    OK(l10n_when("2024", 4, L10N_LOC, L10N_SR_CYRL, zW, sizeof(zW)));
    STR_EQ(zW, "2024.");
    OK(!l10n_when("3", 1, L10N_NOM, L10N_EN, zW, sizeof(zW)));
    OK(!l10n_when("MTG-1, MTG-2", 12, L10N_NOM, L10N_EN, zW, sizeof(zW)));
    OK(!l10n_when("2025-Q3,2025-Q4", 15, L10N_NOM, L10N_EN, zW, sizeof(zW)));
    OK(!l10n_when("2025-Q3, ", 9, L10N_NOM, L10N_EN, zW, sizeof(zW)));
    azA[0] = "2"; azA[1] = "2025-01-11"; azA[2] = "2025-Q3, 2025-Q4";
    STR_EQ(l10n_fill("held in %s since %s; none in %s.", azA, 3, L10N_EN,
                     zW, sizeof(zW)),
           "held in 2 since 11 January 2025; none in Q3 2025, Q4 2025.");
    STR_EQ(l10n_fill("održan u %s od %s; nijedan u %#s.", azA, 3,
                     L10N_SR_LATN, zW, sizeof(zW)),
           "održan u 2 od 11. januara 2025.; nijedan u III kvartalu 2025.,"
           " IV kvartalu 2025.");
    STR_EQ(l10n_fill("%3$#s: %1$s (100 %%)", azA, 3, L10N_SR_CYRL, zW,
                     sizeof(zW)),
           "III кварталу 2025., IV кварталу 2025.: 2 (100 %)");
    STR_EQ(l10n_fill("do %s", azA+2, 1, L10N_SR_LATN, zW, sizeof(zW)),
           "do III kvartala 2025., IV kvartala 2025.");
    STR_EQ(l10n_fill("%s %s", azA, 3, L10N_EN, zW, 8), "2 11 Ja");
  }
  HARNESS_END("unit/l10n");
}
