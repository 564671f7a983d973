/*
** l10n.h: numbers, dates and times as a reader of each language writes
** them, and numbers as a reader of each language types them.
**
** English writes 1,023.1 and "6 December 2026"; Serbian writes 1.023,1
** and "6. decembar 2026." (Cyrillic "6. децембар 2026.").  Times are
** shown in a time zone of the reader's choice with the zone named
** ("09:55 CET").  The languages are numbered as web.h's Lang and
** report.h's REPORT_LANG_* (English, Serbian Latin, Serbian Cyrillic).
**
** Only what a person reads goes through here: pages, reports and the
** messages of the command line.  Machine formats (CSV, JSON, SDMX, IATI,
** iCalendar) keep the plain forms of period.h and "%.10g".
**
** Every function writes into a buffer of the caller and returns it; none
** allocates, none reads the system's locale or time-zone files, so the
** result is the same on every machine and in every thread.
*/
#ifndef ACCORD_L10N_H
#define ACCORD_L10N_H

#include <stddef.h>
#include <stdint.h>

#include "period.h"

#define L10N_EN      0
#define L10N_SR_LATN 1
#define L10N_SR_CYRL 2
#define L10N__MAX    3

#define L10N_NUMSZ  48   /* room for any number these functions write */
#define L10N_DATESZ 40   /* room for a date ("17. septembar 2026.") */
#define L10N_TIMESZ 72   /* room for a date, a time and a zone */

/* A number for people: digit groups, at most 2 decimals below 10 and 1
** above, none for whole numbers ("1,157.8", "112,000", "0.35"; Serbian
** "1.157,8", "112.000", "0,35").  "n/a" for infinities and NaN. */
const char *l10n_num(double r, int eLang, char z[L10N_NUMSZ]);
/* r with all its significant digits (up to 10) and digit groups
** ("1,125.41", "112,000"; Serbian "1.125,41"): where two values that
** differ must not read alike. */
const char *l10n_num_exact(double r, int eLang, char z[L10N_NUMSZ]);
/* r with exactly nDec decimals (0..6) and digit groups ("1,125.41"). */
const char *l10n_fixed(double r, int nDec, int eLang, char z[L10N_NUMSZ]);
/* The decimal mark of eLang: '.' or ','. */
char l10n_decimal_mark(int eLang);

/* A day: "6 December 2026", "6. decembar 2026.", "6. децембар 2026.";
** "" for DATE_NONE. */
const char *l10n_date(Date d, int eLang, char z[L10N_DATESZ]);

/* A year in running text: "2025"; Serbian writes it as the ordinal it is,
** with a dot ("od 2007. do 2025.", Cyrillic alike). */
const char *l10n_year(int y, int eLang, char z[L10N_DATESZ]);

/* The grammatical cases a period or a day is written in.  Serbian puts a
** period after a word that governs the genitive in the genitive ("od III
** kvartala 2025. do jula 2026.") and after "u" in the locative ("u III
** kvartalu 2025.", "u julu 2025.", "u 2025."); a year stays as it is.
** English has no case: every case is the nominative. */
#define L10N_NOM 0
#define L10N_GEN 1
#define L10N_LOC 2

/* A period as a reader writes it: "2025", "Q3 2025", "July 2025";
** Serbian "2025.", "III kvartal 2025.", "jul 2025." (Cyrillic "III
** квартал 2025.", "јул 2025.").  The codes of period_format() ("2025-Q3",
** "2025-07") are for machines and forms; every period a person reads
** goes through here (or l10n_period_short() where room is short). */
const char *l10n_period(Period p, int eLang, char z[L10N_DATESZ]);
/* The same in the genitive, after a word that governs it ("od III
** kvartala 2025. do jula 2026."; Cyrillic "квартала", "јула"); English
** and years as l10n_period(). */
const char *l10n_period_gen(Period p, int eLang, char z[L10N_DATESZ]);
/* The same in the locative, after "u" ("u III kvartalu 2025.", "u julu
** 2025.", "u 2025."; Cyrillic "кварталу", "јулу"); English and years as
** l10n_period(). */
const char *l10n_period_loc(Period p, int eLang, char z[L10N_DATESZ]);
/* The same in case eCase (L10N_NOM, L10N_GEN or L10N_LOC). */
const char *l10n_period_case(Period p, int eCase, int eLang,
                             char z[L10N_DATESZ]);
/* The name of month m (1..12) in case eCase: "July"; "jul", "jula",
** "julu"; "" for a month that is not one.  A static string. */
const char *l10n_month(int m, int eCase, int eLang);
/* The same, short, for the labels of a chart's time axis: "2025",
** "Q3 2025", "Jul 2025"; Serbian "2025", "III kv. 2025.", "jul 2025."
** (a year alone has no dot there, as axes write it). */
const char *l10n_period_short(Period p, int eLang, char z[L10N_DATESZ]);
/* Quarters q1 to q2 (1..4) of year y in case eCase: "Q1–Q3 2026", "I–III
** kvartal 2026.", "I–III kvartalu 2026."; one quarter when q1==q2, as
** l10n_period_case() writes it. */
const char *l10n_quarters(int y, int q1, int q2, int eCase, int eLang,
                          char z[L10N_DATESZ]);

/* Write the text z[0..n) in words into zOut (nOut bytes) if it is a day
** ("2025-01-11": "11 January 2025", "11. januar 2025.", the genitive
** "11. januara 2025." for L10N_GEN and L10N_LOC), a period ("2025-Q3")
** or a list of periods ("2025-Q3, 2025-Q4": each in words, in case
** eCase), and return 1; 0 if it is none of these (zOut unchanged). */
int l10n_when(const char *z, size_t n, int eCase, int eLang, char *zOut,
              size_t nOut);

/* Write the translated format zFmt with the arguments azArg[0..nArg)
** into zOut (nOut bytes, cut if longer) for a reader of eLang, and return
** zOut.  Every conversion is "%s", "%N$s" (the N-th argument) or "%%".
** An argument that is a day or a period (or a list of periods) is
** written in words by l10n_when(): in the locative where the format
** writes its conversion "%#s" (Serbian "u %#s": "u III kvartalu 2025."),
** in the genitive after a word that governs it (l10n_genitive_before():
** "od %s": "od 11. januara 2025."), else in the nominative; every other
** argument as it is; a full stop of the format right after one that
** ends an argument ("u 2025.") is left out.  English formats have no
** "%#s". */
char *l10n_fill(const char *zFmt, const char *const *azArg, int nArg,
                int eLang, char *zOut, size_t nOut);

/* The same day in the genitive, for a construction that needs it ("do 6.
** decembra 2026.", "na dan 6. decembra 2026."; Cyrillic "6. децембра
** 2026."); English as l10n_date(). */
const char *l10n_date_gen(Date d, int eLang, char z[L10N_DATESZ]);
/* Whether a day written after the text z[0..n) takes the genitive: the
** text ends in a Serbian preposition or word that governs it ("od ",
** "do ", "na dan ", "dana ", "posle ", ...; Latin or Cyrillic). */
int l10n_genitive_before(const char *z, size_t n);
/* Copy the text z into zOut (at most nOut-1 bytes and a NUL) with each
** Serbian day written in the nominative ("6. decembar 2026.") after a
** word that governs the genitive put in the genitive ("od 6. decembra
** 2026."): for sentences whose days were written before the text around
** them was known.  English is copied as it is.  Returns zOut. */
char *l10n_date_cases(const char *z, int eLang, char *zOut, size_t nOut);

/* Time zones a reader may choose.  The rules are built in (no tzdata):
** UTC; Central European Time with the EU's summer time (Belgrade); US
** Eastern Time with the US summer time since 2007 (Washington). */
typedef enum TimeZone {
  TZ_UTC = 0,
  TZ_BELGRADE,      /* "Europe/Belgrade": CET, CEST */
  TZ_NEW_YORK,      /* "America/New_York": EST, EDT */
  TZ__MAX
} TimeZone;
extern const char *const azTimeZoneName[TZ__MAX];  /* IANA names */
/* The zone named z (an IANA name of azTimeZoneName); 0 or -1. */
int l10n_tz_parse(const char *z, TimeZone *pOut);
/* The zone a reader of eLang sees unless they choose: Belgrade for
** Serbian, UTC for English. */
TimeZone l10n_tz_default(int eLang);
/* The offset from UTC in seconds of zone e at the instant t (seconds
** since 1970 UTC), and its abbreviation there ("CEST") in *pzAbbr. */
int l10n_tz_offset(TimeZone e, int64_t t, const char **pzAbbr);

/* Parse a timestamp "YYYY-MM-DDTHH:MM:SSZ" (UTC, as the store writes
** them) into seconds since 1970.  0 or -1. */
int l10n_stamp_parse(const char *z, int64_t *pOut);
/* The instant t in zone e: "6 December 2026, 09:55 CET",
** "6. decembar 2026. u 09:55 CET". */
const char *l10n_time(int64_t t, TimeZone e, int eLang, char z[L10N_TIMESZ]);

/* Read a number as a reader of eLang types it into a form, writing it in
** the plain form model_real_parse() takes ("-1023.5") into zOut.
**
** English: as typed (the point is the decimal mark).  Serbian: the
** comma is the decimal mark and points group thousands in threes
** ("1.023,5", "1023,5"); a lone point that cannot group thousands is
** taken as a decimal mark too ("1,5" and "1.5" are both 1.5).  A single
** mark followed by exactly three digits, after 1 to 3 digits that do not
** start with 0 ("1,023", "12.500"), is L10N_AMBIGUOUS: it is a decimal
** in Serbian and a thousand in English, and both kinds of reader use
** the forms.  zAlt1 and zAlt2 (L10N_NUMSZ each) then get the two
** unambiguous spellings: the whole number ("1023") and the decimal
** ("1,0230").  Returns L10N_OK, L10N_AMBIGUOUS, or L10N_NOTNUM when z
** is not a number in these forms (the caller reports it as typed). */
#define L10N_OK        0
#define L10N_AMBIGUOUS 1
#define L10N_NOTNUM    2
int l10n_num_read(const char *z, int eLang, char *zOut, int nOut,
                  char *zAlt1, char *zAlt2);
/* A number as a form shows it to a reader of eLang, so that
** l10n_num_read() reads it back exactly: no groups, the language's
** decimal mark, and a fourth decimal where three would be ambiguous. */
const char *l10n_num_input(double r, int eLang, char z[L10N_NUMSZ]);

/* A look-up of the message catalogue: the translation of the English
** message zMsg into eLang, or zMsg itself (i18n_msg() of msgcat.h). */
typedef const char *(*L10nTr)(int eLang, const char *zMsg);

/* The English message zEn of the model or the store ("value: expected a
** number, got \"1,5\"") in eLang, written into zOut (l10n_err.c): the
** format that wrote it (azErrMsg) translated through xTr, with its
** arguments in eLang too (field names as their labels, words of the
** interface, days); zEn as is when no format of the list wrote it.
** Returns zOut. */
const char *l10n_err(const char *zEn, int eLang, L10nTr xTr, char *zOut,
                     size_t nOut);
/* The formats l10n_err() knows, NULL-ended (tests/i18n-check). */
extern const char *const azErrMsg[];

#endif
