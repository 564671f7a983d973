/*
** tests/unit/money.c: unit tests of src/core/money.c (ISO 4217 codes and
** exact decimal amounts) and of the project kinds' row rules
** (src/core/model_project.c).
*/
#include "../../src/core/model.c"
#include "../../src/core/model_row.c"
#include "../../src/core/breakdown.c"
#include "../../src/core/model_project.c"
#include "../../src/core/model_code.c"
#include "../../src/core/codes.c"
#include "../../src/core/model_plan.c"
#include "../../src/core/model_dim.c"
#include "../../src/core/money.c"
#include "../../src/core/text.c"
#include "../../src/util/mem.c"
#include "../../src/util/buf.c"
#include "../../src/core/period.c"
#include "harness.h"

/* Parse zAmt in zCur; the minor units, or -1 if refused (zErr kept). */
static char zLastErr[200];
static long long minor(const char *zAmt, const char *zCur){
  int64_t v = 0;
  zLastErr[0] = 0;
  if( money_parse(zAmt, zCur, &v, zLastErr, sizeof(zLastErr)) ) return -1;
  return (long long)v;
}

/* Format iMinor of zCur. */
static const char *fmt(int64_t iMinor, const char *zCur){
  static char z[40];
  money_format(iMinor, zCur, z, sizeof(z));
  return z;
}

/* Check row aVal of entity e: ACC_OK or the message. */
static const char *row(int e, const char *const *azKV){
  static char zErr[300];
  static Value aVal[MAX_FIELDS];
  int i;
  memset(aVal, 0, sizeof(aVal));
  for(i=0; azKV[i]; i+=2){
    int f = model_field_find(e, azKV[i]);
    char zE[200];
    if( f<0 ) return "no such field";
    if( model_value_parse(&aEntity[e].aField[f], azKV[i+1], &aVal[f], zE,
                          sizeof(zE)) ){
      return "parse";
    }
  }
  zErr[0] = 0;
  if( model_row_check(e, aVal, zErr, sizeof(zErr))==ACC_OK ) return "ok";
  return zErr;
}

int main(void){
  /* Currencies and their decimal places. */
  INT_EQ(money_currency_digits("USD"), 2);
  INT_EQ(money_currency_digits("RSD"), 2);
  INT_EQ(money_currency_digits("EUR"), 2);
  INT_EQ(money_currency_digits("JPY"), 0);
  INT_EQ(money_currency_digits("KWD"), 3);
  INT_EQ(money_currency_digits("CLF"), 4);
  INT_EQ(money_currency_digits("AED"), 2);
  INT_EQ(money_currency_digits("ZWG"), 2);
  INT_EQ(money_currency_digits("usd"), -1);
  INT_EQ(money_currency_digits("US"), -1);
  INT_EQ(money_currency_digits("USDX"), -1);
  INT_EQ(money_currency_digits("XXX"), -1);
  INT_EQ(money_currency_digits(""), -1);
  INT_EQ(money_currency_digits(0), -1);
  { /* The table is sorted (binary search) and every code is found. */
    size_t i, n = sizeof(aCurrency)/sizeof(aCurrency[0]);
    for(i=1; i<n; i++) OK(strcmp(aCurrency[i-1].zCode, aCurrency[i].zCode)<0);
    for(i=0; i<n; i++){
      INT_EQ(money_currency_digits(aCurrency[i].zCode), aCurrency[i].nDigit);
    }
  }
  /* Exact amounts, in minor units. */
  INT_EQ(minor("0", "USD"), 0);
  INT_EQ(minor("1500000", "USD"), 150000000);
  INT_EQ(minor("1500000.5", "USD"), 150000050);
  INT_EQ(minor("1500000.50", "USD"), 150000050);
  INT_EQ(minor("0.10", "USD"), 10);
  INT_EQ(minor("0.1", "USD"), 10);
  INT_EQ(minor("5000", "JPY"), 5000);
  INT_EQ(minor("1.234", "KWD"), 1234);
  INT_EQ(minor("99999999999999.9999", "CLF"), 999999999999999999LL);
  INT_EQ(minor("00012.30", "EUR"), 1230);
  /* Refused, with a reason. */
  INT_EQ(minor("1.234", "USD"), -1); STR_HAS(zLastErr, "USD has 2 decimal");
  INT_EQ(minor("5.5", "JPY"), -1); STR_HAS(zLastErr, "JPY has 0 decimal");
  INT_EQ(minor("1e5", "USD"), -1); STR_HAS(zLastErr, "exact decimal");
  INT_EQ(minor("-5", "USD"), -1);
  INT_EQ(minor("+5", "USD"), -1);
  INT_EQ(minor("1,000", "USD"), -1);
  INT_EQ(minor("1 000", "USD"), -1);
  INT_EQ(minor(".5", "USD"), -1);
  INT_EQ(minor("5.", "USD"), -1);
  INT_EQ(minor("", "USD"), -1);
  INT_EQ(minor("0x10", "USD"), -1);
  INT_EQ(minor("inf", "USD"), -1);
  INT_EQ(minor("123456789012345", "USD"), -1);
  INT_EQ(minor("5", "usd"), -1); STR_HAS(zLastErr, "ISO 4217");
  /* Written back with the currency's places. */
  STR_EQ(fmt(150000050, "USD"), "1500000.50");
  STR_EQ(fmt(10, "USD"), "0.10");
  STR_EQ(fmt(0, "EUR"), "0.00");
  STR_EQ(fmt(5000, "JPY"), "5000");
  STR_EQ(fmt(1234, "KWD"), "1.234");
  /* 0.1 + 0.2 is 0.3, exactly. */
  INT_EQ(minor("0.1", "USD") + minor("0.2", "USD"), minor("0.3", "USD"));

  /* The project kinds' rows. */
  {
    static const char *const a1[] = { "dialogue_id", "1", "wg_id", "1",
      "code", "p", "title", "T", "state", "proposed", "classification",
      "public", "budget", "10.5", "currency", "USD", 0 };
    static const char *const a2[] = { "dialogue_id", "1", "wg_id", "1",
      "code", "p", "title", "T", "state", "proposed", "classification",
      "public", "budget", "10.555", "currency", "USD", 0 };
    static const char *const a3[] = { "dialogue_id", "1", "wg_id", "1",
      "code", "p", "title", "T", "state", "proposed", "classification",
      "public", "budget", "10", 0 };
    static const char *const a4[] = { "dialogue_id", "1", "wg_id", "1",
      "code", "p", "title", "T", "state", "proposed", "classification",
      "public", "progress_by", "declared", "progress_pct", "100", 0 };
    static const char *const a5[] = { "dialogue_id", "1", "wg_id", "1",
      "code", "p", "title", "T", "state", "proposed", "classification",
      "public", "progress_by", "declared", "progress_pct", "-1", 0 };
    static const char *const a6[] = { "project_id", "1", "party_id", "1",
      "amount", "12", "currency", "EUR", "state", "pledged", 0 };
    static const char *const a7[] = { "project_id", "1", "party_id", "1",
      "amount", "12", "currency", "XAU", "state", "pledged", 0 };
    static const char *const a8[] = { "project_id", "1", "document_id", "2",
      0 };
    static const char *const a9[] = { "project_id", "1", "title", "A",
      "state", "done", "actual_start", "2026-02-01", "actual_end",
      "2026-01-01", 0 };
    STR_EQ(row(ENT_PROJECT, a1), "ok");
    STR_HAS(row(ENT_PROJECT, a2), "budget: \"10.555\": USD has 2");
    STR_HAS(row(ENT_PROJECT, a3), "currency: required with budget");
    STR_EQ(row(ENT_PROJECT, a4), "ok");
    STR_HAS(row(ENT_PROJECT, a5), "progress_pct: must be 0 to 100");
    STR_EQ(row(ENT_FUNDING, a6), "ok");
    STR_HAS(row(ENT_FUNDING, a7), "currency: \"XAU\" is not an ISO 4217");
    STR_EQ(row(ENT_PROJECT_LINK, a8), "ok");
    STR_HAS(row(ENT_ACTIVITY, a9), "actual_start: 2026-02-01 is after");
  }
  HARNESS_END("unit/money");
}
