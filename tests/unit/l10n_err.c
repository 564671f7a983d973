/*
** tests/unit/l10n_err.c: unit tests of src/core/l10n_err.c (the messages
** of the model and the store in the reader's language) and of the
** genitive of days (l10n_date_gen(), l10n_genitive_before()), with a
** small catalogue of its own.  Build and run:
**
**   gcc -std=c11 -Wall -Wextra -Werror -Isrc/core tests/unit/l10n_err.c \
**       -lm -o /tmp/t && /tmp/t
*/
#include "../../src/core/period.c"
#include "../../src/core/l10n.c"
#include "../../src/core/l10n_err.c"
#include "harness.h"

/* The catalogue of the tests: English -> Serbian Latin. */
static const char *const azCat[][2] = {
  { "expected a number, got \"%s\"", "očekuje se broj, uneto je „%s“" },
  { "expected %s, got \"%s\"", "očekuje se %s, uneto je „%s“" },
  { "no %s with code \"%s\"", "ne postoji %s sa šifrom „%s“" },
  { "a %s with code \"%s\" already exists (id %lld)",
    "%s sa šifrom „%s“ već postoji (broj %lld)" },
  { "\"%s\": %s has %d decimal place%s",
    "„%s“: %s ima %d {decimalno mesto|decimalna mesta|decimalnih mesta}%s" },
  { "%s is after %s (%s)", "%s je posle datuma u polju „%s“ (%s)" },
  { "%s is in the future (today is %s): %s",
    "%s je u budućnosti (danas je %s): %s" },
  { "a meeting not yet held is planned",
    "sastanak koji još nije održan vodi se kao planiran" },
  { "required for a %s goal", "obavezno za cilj vrste „%s“" },
  { "required", "obavezno" },
  { "input rules: %s %lld: %s", "pravila unosa: %s %lld: %s" },
  { " or ", " ili " },
  { "public", "javno" }, { "internal", "interno" },
  { "restricted", "ograničeno" },
  { "indicator", "pokazatelj" }, { "goal", "cilj" },
  { "count period", "broj po periodu" },
  { "Indicator", "Pokazatelj" }, { "Period", "Period" },
  { "Value", "Vrednost" }, { "Start on", "Važi od" },
  { "Deadline", "Rok" }, { "Held on", "Održan" },
  { "Title", "Naslov" }, { "Serbian", "srpski" },
  { 0, 0 }
};

static const char *cat(int eLang, const char *zMsg){
  int i;
  if( eLang==L10N_EN ) return zMsg;
  for(i=0; azCat[i][0]; i++){
    if( strcmp(azCat[i][0], zMsg)==0 ) return azCat[i][1];
  }
  return zMsg;
}

static char zOut[1000];
static const char *sr(const char *zEn){
  return l10n_err(zEn, L10N_SR_LATN, cat, zOut, sizeof(zOut));
}

int main(void){
  char zD[L10N_DATESZ];
  Date d;

  /* Fields in front become their labels; what was typed stays. */
  STR_EQ(sr("value: expected a number, got \"1,5\""),
         "Vrednost: očekuje se broj, uneto je „1,5“");
  STR_EQ(sr("indicator_id, period: required"), "Pokazatelj, Period: obavezno");
  STR_EQ(sr("title_sr: required"), "Naslov (srpski): obavezno");
  /* An option in front stays as typed. */
  STR_EQ(sr("--value: expected a number, got \"x\""),
         "--value: očekuje se broj, uneto je „x“");
  /* Words of the interface and lists of them. */
  STR_EQ(sr("classification: expected public, internal or restricted, got "
            "\"secret\""), "Classification: očekuje se javno, interno ili "
            "ograničeno, uneto je „secret“");
  STR_EQ(sr("no indicator with code \"x/y\""),
         "ne postoji pokazatelj sa šifrom „x/y“");
  STR_EQ(sr("period: required for a count_period goal"),
         "Period: obavezno za cilj vrste „broj po periodu“");
  /* An English article is left out; a plural chosen by the number. */
  STR_EQ(sr("code: a goal with code \"g\" already exists (id 4)"),
         "Code: cilj sa šifrom „g“ već postoji (broj 4)");
  STR_EQ(sr("budget: \"1.505\": USD has 2 decimal places"),
         "Budget: „1.505“: USD ima 2 decimalna mesta");
  STR_EQ(sr("budget: \"1.5\": JPY has 0 decimal places"),
         "Budget: „1.5“: JPY ima 0 decimalnih mesta");
  /* Fields inside a sentence, days as Serbian writes them. */
  STR_EQ(sr("start_on: 2026-03-01 is after deadline (2025-12-31)"),
         "Važi od: 1. mart 2026. je posle datuma u polju „Rok“ "
         "(31. decembar 2025.)");
  /* A message as an argument is translated too. */
  STR_EQ(sr("held_on: 2027-01-01 is in the future (today is 2026-12-06): a "
            "meeting not yet held is planned"),
         "Održan: 1. januar 2027. je u budućnosti (danas je 6. decembar "
         "2026.): sastanak koji još nije održan vodi se kao planiran");
  STR_EQ(sr("input rules: goal 3: target: required"),
         "pravila unosa: cilj 3: Target: obavezno");
  /* A message not in the list, and English, stay as written. */
  STR_EQ(sr("something else: went wrong"), "something else: went wrong");
  STR_EQ(sr("the sky is falling"), "the sky is falling");
  STR_EQ(l10n_err("value: expected a number, got \"x\"", L10N_EN, cat, zOut,
                  sizeof(zOut)), "value: expected a number, got \"x\"");
  /* The output never overflows. */
  {
    char zSmall[12];
    l10n_err("value: expected a number, got \"1,5\"", L10N_SR_LATN, cat,
             zSmall, sizeof(zSmall));
    OK( strlen(zSmall)<sizeof(zSmall) );
  }

  /* A year in running text: Serbian writes the ordinal's dot. */
  STR_EQ(l10n_year(2007, L10N_SR_LATN, zD), "2007.");
  STR_EQ(l10n_year(2025, L10N_SR_CYRL, zD), "2025.");
  STR_EQ(l10n_year(2025, L10N_EN, zD), "2025");

  /* The genitive of days. */
  date_parse("2026-12-06", &d);
  STR_EQ(l10n_date_gen(d, L10N_SR_LATN, zD), "6. decembra 2026.");
  STR_EQ(l10n_date_gen(d, L10N_SR_CYRL, zD), "6. децембра 2026.");
  STR_EQ(l10n_date_gen(d, L10N_EN, zD), "6 December 2026");
  date_parse("2025-03-01", &d);
  STR_EQ(l10n_date_gen(d, L10N_SR_LATN, zD), "1. marta 2025.");
  OK( l10n_genitive_before("na dan ", 7) );
  OK( l10n_genitive_before("Rok je do ", 10) );
  OK( l10n_genitive_before("Od ", 3) );
  OK( l10n_genitive_before("важи од ", strlen("важи од ")) );
  OK( !l10n_genitive_before("Rok ", 4) );
  OK( !l10n_genitive_before("godo ", 5) );     /* "do" inside a word */
  OK( !l10n_genitive_before("", 0) );
  HARNESS_END("unit/l10n_err");
}
