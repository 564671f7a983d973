/*
** l10n.c: numbers, dates and times for people in English and Serbian
** (l10n.h), and numbers typed into Serbian forms.
**
** Nothing here reads the C library's locale (setlocale() is per process,
** and a server answers each request in its reader's language) or the
** system's zone files: the two rules of summer time the dialogue needs
** are a few lines each and the same on every machine.
*/
#include "l10n.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

const char *const azTimeZoneName[TZ__MAX] = {
  "UTC", "Europe/Belgrade", "America/New_York"
};

/* Month names: English, Serbian Latin, Serbian Cyrillic.  Serbian dates
** use the nominative in lower case ("6. decembar 2026."). */
static const char *const aazMonth[L10N__MAX][12] = {
  { "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December" },
  { "januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust",
    "septembar", "oktobar", "novembar", "decembar" },
  { "јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август",
    "септембар", "октобар", "новембар", "децембар" }
};

/* The genitive of the Serbian months ("do 6. decembra 2026."); English
** has no case. */
static const char *const aazMonthGen[L10N__MAX][12] = {
  { "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December" },
  { "januara", "februara", "marta", "aprila", "maja", "juna", "jula",
    "avgusta", "septembra", "oktobra", "novembra", "decembra" },
  { "јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула",
    "августа", "септембра", "октобра", "новембра", "децембра" }
};

/* The locative of the Serbian months ("u julu 2025."); English has no
** case. */
static const char *const aazMonthLoc[L10N__MAX][12] = {
  { "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December" },
  { "januaru", "februaru", "martu", "aprilu", "maju", "junu", "julu",
    "avgustu", "septembru", "oktobru", "novembru", "decembru" },
  { "јануару", "фебруару", "марту", "априлу", "мају", "јуну", "јулу",
    "августу", "септембру", "октобру", "новембру", "децембру" }
};

/* eLang clamped to the languages known. */
static int lang_of(int eLang){
  return eLang>=0 && eLang<L10N__MAX ? eLang : L10N_EN;
}

char l10n_decimal_mark(int eLang){
  return lang_of(eLang)==L10N_EN ? '.' : ',';
}

/* Write the plain digits zRaw ("-1234.5", as printf writes them) into z
** with the digit groups and decimal mark of eLang. */
static const char *group_digits(const char *zRaw, int eLang,
                                char z[L10N_NUMSZ]){
  char cGroup = lang_of(eLang)==L10N_EN ? ',' : '.';
  char cDec = l10n_decimal_mark(eLang);
  const char *zInt = zRaw[0]=='-' ? zRaw+1 : zRaw;
  size_t nInt = strcspn(zInt, "."), i;
  int j = 0;
  if( zInt!=zRaw ) z[j++] = '-';
  for(i=0; i<nInt && j<L10N_NUMSZ-3; i++){
    if( i>0 && (nInt-i)%3==0 ) z[j++] = cGroup;
    z[j++] = zInt[i];
  }
  if( zInt[nInt]=='.' ){
    z[j++] = cDec;
    for(i=nInt+1; zInt[i] && j<L10N_NUMSZ-1; i++) z[j++] = zInt[i];
  }
  z[j] = 0;
  return z;
}

/* Whether the printf output zRaw is a negative zero ("-0", "-0.00"). */
static int is_negative_zero(const char *zRaw){
  return zRaw[0]=='-' && strspn(zRaw+1, "0.")==strlen(zRaw+1);
}

const char *l10n_num(double r, int eLang, char z[L10N_NUMSZ]){
  char zRaw[L10N_NUMSZ], *zDot;
  if( !isfinite(r) ){ snprintf(z, L10N_NUMSZ, "n/a"); return z; }
  if( fabs(r)>=1e15 ){ snprintf(z, L10N_NUMSZ, "%g", r); return z; }
  snprintf(zRaw, sizeof(zRaw), fabs(r)<10 ? "%.2f" : "%.1f", r);
  /* Drop trailing zeros of the decimals, and a bare point. */
  zDot = strchr(zRaw, '.');
  if( zDot ){
    char *zEnd = zDot + strlen(zDot) - 1;
    while( zEnd>zDot && *zEnd=='0' ) *zEnd-- = 0;
    if( zEnd==zDot ) *zEnd = 0;
  }
  if( is_negative_zero(zRaw) ){ snprintf(z, L10N_NUMSZ, "0"); return z; }
  return group_digits(zRaw, eLang, z);
}

const char *l10n_num_exact(double r, int eLang, char z[L10N_NUMSZ]){
  char zRaw[L10N_NUMSZ];
  if( !isfinite(r) ){ snprintf(z, L10N_NUMSZ, "n/a"); return z; }
  if( fabs(r)>=1e15 || (r!=0 && fabs(r)<1e-6) ){
    snprintf(z, L10N_NUMSZ, "%.10g", r);
    return z;
  }
  /* "%.10g" writes 1e10 and above with an exponent */
  snprintf(zRaw, sizeof(zRaw), fabs(r)>=1e10 ? "%.0f" : "%.10g", r);
  if( is_negative_zero(zRaw) ){ snprintf(z, L10N_NUMSZ, "0"); return z; }
  return group_digits(zRaw, eLang, z);
}

const char *l10n_fixed(double r, int nDec, int eLang, char z[L10N_NUMSZ]){
  char zRaw[L10N_NUMSZ];
  if( nDec<0 ) nDec = 0;
  if( nDec>6 ) nDec = 6;
  if( !isfinite(r) ){ snprintf(z, L10N_NUMSZ, "-"); return z; }
  if( fabs(r)>=1e15 ){ snprintf(z, L10N_NUMSZ, "%g", r); return z; }
  snprintf(zRaw, sizeof(zRaw), "%.*f", nDec, r);
  if( is_negative_zero(zRaw) ) memmove(zRaw, zRaw+1, strlen(zRaw));
  return group_digits(zRaw, eLang, z);
}

const char *l10n_date(Date d, int eLang, char z[L10N_DATESZ]){
  int y, m, dd;
  eLang = lang_of(eLang);
  if( d==DATE_NONE ){ z[0] = 0; return z; }
  date_to_ymd(d, &y, &m, &dd);
  if( eLang==L10N_EN ){
    snprintf(z, L10N_DATESZ, "%d %s %d", dd, aazMonth[eLang][m-1], y);
  }else{
    snprintf(z, L10N_DATESZ, "%d. %s %d.", dd, aazMonth[eLang][m-1], y);
  }
  return z;
}

const char *l10n_year(int y, int eLang, char z[L10N_DATESZ]){
  eLang = lang_of(eLang);
  snprintf(z, L10N_DATESZ, eLang==L10N_EN ? "%d" : "%d.", y);
  return z;
}

const char *l10n_date_gen(Date d, int eLang, char z[L10N_DATESZ]){
  int y, m, dd;
  eLang = lang_of(eLang);
  if( eLang==L10N_EN || d==DATE_NONE ) return l10n_date(d, eLang, z);
  date_to_ymd(d, &y, &m, &dd);
  snprintf(z, L10N_DATESZ, "%d. %s %d.", dd, aazMonthGen[eLang][m-1], y);
  return z;
}

int l10n_genitive_before(const char *z, size_t n){
  /* Serbian words after which a day or a period is in the genitive,
  ** Latin and Cyrillic, each with the space that follows it; "polaznog"
  ** (of the baseline) is itself a genitive ("posle polaznog III
  ** kvartala 2024."). */
  static const char *const azWord[] = {
    "od ", "do ", "dana ", "na dan ", "posle ", "pre ", "nakon ",
    "tokom ", "početkom ", "krajem ", "sredinom ", "između ", "polaznog ",
    "од ", "до ", "дана ", "на дан ", "после ", "пре ", "након ",
    "током ", "почетком ", "крајем ", "средином ", "између ", "полазног ",
    0
  };
  int i;
  for(i=0; azWord[i]; i++){
    size_t k = strlen(azWord[i]);
    if( n<k ) continue;
    if( memcmp(z+n-k, azWord[i], k)!=0 ) continue;
    /* The word starts the text or follows a space or a bracket; its
    ** first letter may be a capital (only ASCII needs checking: the
    ** Cyrillic forms are matched in lower case). */
    if( n==k || z[n-k-1]==' ' || z[n-k-1]=='(' ) return 1;
  }
  for(i=0; azWord[i]; i++){
    size_t k = strlen(azWord[i]);
    if( n<k || azWord[i][0]<'a' || azWord[i][0]>'z' ) continue;
    if( (z[n-k]==azWord[i][0]-'a'+'A') && memcmp(z+n-k+1, azWord[i]+1, k-1)==0
     && (n==k || z[n-k-1]==' ' || z[n-k-1]=='(') ) return 1;
  }
  return 0;
}

/* The month (0..11) whose nominative in eLang starts z and is followed by
** a space and a digit (" 2026."), its length in *pn; -1 if none. */
static int month_nominative(const char *z, int eLang, size_t *pn){
  int m;
  for(m=0; m<12; m++){
    size_t n = strlen(aazMonth[eLang][m]);
    if( memcmp(z, aazMonth[eLang][m], n)==0 && z[n]==' '
     && z[n+1]>='0' && z[n+1]<='9' ){
      *pn = n;
      return m;
    }
  }
  return -1;
}

char *l10n_date_cases(const char *z, int eLang, char *zOut, size_t nOut){
  size_t i = 0, j = 0;
  eLang = lang_of(eLang);
  if( nOut==0 ) return zOut;
  while( z[i] && j+1<nOut ){
    if( eLang!=L10N_EN && z[i]>='0' && z[i]<='9'
     && (i==0 || z[i-1]<'0' || z[i-1]>'9') ){
      size_t k = i, nMon;
      int m;
      while( k<i+2 && z[k]>='0' && z[k]<='9' ) k++;
      if( z[k]=='.' && z[k+1]==' '
       && (m = month_nominative(z+k+2, eLang, &nMon))>=0
       && l10n_genitive_before(z, i) ){
        const char *zGen = aazMonthGen[eLang][m];
        size_t nGen = strlen(zGen);
        if( j + (k+2-i) + nGen + 1 > nOut ) break;
        memcpy(zOut+j, z+i, k+2-i);
        j += k+2-i;
        memcpy(zOut+j, zGen, nGen);
        j += nGen;
        i = k+2+nMon;
        continue;
      }
    }
    zOut[j++] = z[i++];
  }
  zOut[j] = 0;
  return zOut;
}

/* ---- Periods ---------------------------------------------------------- */

/* Quarters in Roman numerals, as Serbian writes them ("III kvartal"). */
static const char *const azRoman[4] = { "I", "II", "III", "IV" };

/* eCase clamped to the cases known. */
static int case_of(int eCase){
  return eCase==L10N_GEN || eCase==L10N_LOC ? eCase : L10N_NOM;
}

const char *l10n_month(int m, int eCase, int eLang){
  eLang = lang_of(eLang);
  if( m<1 || m>12 ) return "";
  switch( case_of(eCase) ){
    case L10N_GEN: return aazMonthGen[eLang][m-1];
    case L10N_LOC: return aazMonthLoc[eLang][m-1];
    default:       return aazMonth[eLang][m-1];
  }
}

const char *l10n_quarters(int y, int q1, int q2, int eCase, int eLang,
                          char z[L10N_DATESZ]){
  /* "kvartal", "kvartala", "kvartalu"; Cyrillic alike */
  static const char *const aazWord[L10N__MAX][3] = {
    { "", "", "" },
    { "kvartal", "kvartala", "kvartalu" },
    { "квартал", "квартала", "кварталу" }
  };
  eLang = lang_of(eLang);
  if( q1<1 || q1>4 ) q1 = 1;
  if( q2<q1 || q2>4 ) q2 = q1;
  if( eLang==L10N_EN ){
    if( q1==q2 ) snprintf(z, L10N_DATESZ, "Q%d %d", q1, y);
    else snprintf(z, L10N_DATESZ, "Q%d–Q%d %d", q1, q2, y);
  }else{
    const char *zWord = aazWord[eLang][case_of(eCase)];
    if( q1==q2 ){
      snprintf(z, L10N_DATESZ, "%s %s %d.", azRoman[q1-1], zWord, y);
    }else{
      snprintf(z, L10N_DATESZ, "%s–%s %s %d.", azRoman[q1-1],
               azRoman[q2-1], zWord, y);
    }
  }
  return z;
}

const char *l10n_period_case(Period p, int eCase, int eLang,
                             char z[L10N_DATESZ]){
  eLang = lang_of(eLang);
  switch( p.eFreq ){
    case FREQ_MONTH:
      if( p.n<1 || p.n>12 ) break;
      snprintf(z, L10N_DATESZ, eLang==L10N_EN ? "%s %d" : "%s %d.",
               l10n_month(p.n, eCase, eLang), (int)p.year);
      return z;
    case FREQ_QUARTER:
      return l10n_quarters(p.year, p.n, p.n, eCase, eLang, z);
    default:
      break;
  }
  return l10n_year(p.year, eLang, z);
}

const char *l10n_period(Period p, int eLang, char z[L10N_DATESZ]){
  return l10n_period_case(p, L10N_NOM, eLang, z);
}

const char *l10n_period_gen(Period p, int eLang, char z[L10N_DATESZ]){
  return l10n_period_case(p, L10N_GEN, eLang, z);
}

const char *l10n_period_loc(Period p, int eLang, char z[L10N_DATESZ]){
  return l10n_period_case(p, L10N_LOC, eLang, z);
}

const char *l10n_period_short(Period p, int eLang, char z[L10N_DATESZ]){
  /* "Jul", "Sep": the first three letters of the English month */
  eLang = lang_of(eLang);
  if( p.eFreq==FREQ_MONTH && p.n>=1 && p.n<=12 && eLang==L10N_EN ){
    snprintf(z, L10N_DATESZ, "%.3s %d", aazMonth[eLang][p.n-1], (int)p.year);
    return z;
  }
  if( p.eFreq==FREQ_QUARTER && eLang!=L10N_EN && p.n>=1 && p.n<=4 ){
    snprintf(z, L10N_DATESZ, "%s %s %d.", azRoman[p.n-1],
             eLang==L10N_SR_CYRL ? "кв." : "kv.", (int)p.year);
    return z;
  }
  if( p.eFreq!=FREQ_MONTH && p.eFreq!=FREQ_QUARTER ){
    snprintf(z, L10N_DATESZ, "%d", (int)p.year);
    return z;
  }
  return l10n_period(p, eLang, z);
}

/* Whether z[0..n) is a period as period_format() writes it, into *pOut. */
static int period_text(const char *z, size_t n, Period *pOut){
  char zP[12];
  if( n!=4 && n!=7 ) return 0;
  memcpy(zP, z, n);
  zP[n] = 0;
  return period_parse(zP, pOut)==0;
}

int l10n_when(const char *z, size_t n, int eCase, int eLang, char *zOut,
              size_t nOut){
  char zW[L10N_DATESZ];
  size_t i, j = 0;
  Period per;
  if( nOut==0 ) return 0;
  if( n==10 ){
    char zD[11];
    Date d;
    memcpy(zD, z, 10);
    zD[10] = 0;
    if( date_parse(zD, &d) ) return 0;
    if( case_of(eCase)==L10N_NOM ) l10n_date(d, eLang, zW);
    else l10n_date_gen(d, eLang, zW);
    snprintf(zOut, nOut, "%s", zW);
    return 1;
  }
  /* One period, or several separated by ", " */
  for(i=0; ; ){
    size_t k = i;
    while( k<n && z[k]!=',' ) k++;
    if( !period_text(z+i, k-i, &per) ) return 0;
    if( k==n ) break;
    if( k+2>=n || z[k+1]!=' ' ) return 0;
    i = k+2;
  }
  for(i=0; i<n; ){
    size_t k = i, m;
    while( k<n && z[k]!=',' ) k++;
    period_text(z+i, k-i, &per);
    l10n_period_case(per, eCase, eLang, zW);
    m = strlen(zW);
    if( j + m + 3 > nOut ) break;
    if( j>0 ){ memcpy(zOut+j, ", ", 2); j += 2; }
    memcpy(zOut+j, zW, m);
    j += m;
    i = k<n ? k+2 : n;
  }
  zOut[j] = 0;
  return 1;
}

char *l10n_fill(const char *zFmt, const char *const *azArg, int nArg,
                int eLang, char *zOut, size_t nOut){
  size_t j = 0;
  int iNext = 0;
  if( nOut==0 ) return zOut;
  zOut[0] = 0;
  while( *zFmt && j+1<nOut ){
    const char *zA;
    char zW[256];
    int iArg = -1, eCase = L10N_NOM;
    size_t nA;
    if( zFmt[0]!='%' ){
      /* "2025." ends a sentence with its own full stop */
      if( zFmt[0]!='.' || j==0 || zOut[j-1]!='.' || zFmt[1]=='.' ){
        zOut[j++] = *zFmt;
      }
      zFmt++;
      continue;
    }
    if( zFmt[1]=='%' ){
      zOut[j++] = '%';
      zFmt += 2;
      continue;
    }
    zFmt++;
    if( zFmt[0]>='1' && zFmt[0]<='9' && zFmt[1]=='$' ){
      iArg = zFmt[0] - '1';
      zFmt += 2;
    }
    if( zFmt[0]=='#' ){
      eCase = L10N_LOC;
      zFmt++;
    }
    if( zFmt[0]!='s' ) break;       /* only %s is known */
    zFmt++;
    if( iArg<0 ) iArg = iNext++;
    zOut[j] = 0;
    if( eCase==L10N_NOM && l10n_genitive_before(zOut, j) ) eCase = L10N_GEN;
    zA = iArg<nArg && azArg[iArg] ? azArg[iArg] : "";
    nA = strlen(zA);
    if( l10n_when(zA, nA, eCase, eLang, zW, sizeof(zW)) ){
      zA = zW;
      nA = strlen(zW);
    }
    if( j + nA + 1 > nOut ) nA = nOut - j - 1;
    memcpy(zOut+j, zA, nA);
    j += nA;
  }
  zOut[j] = 0;
  return zOut;
}

/* ---- Time zones ------------------------------------------------------- */

int l10n_tz_parse(const char *z, TimeZone *pOut){
  int i;
  for(i=0; z && i<TZ__MAX; i++){
    if( strcmp(z, azTimeZoneName[i])==0 ){ *pOut = (TimeZone)i; return 0; }
  }
  return -1;
}

TimeZone l10n_tz_default(int eLang){
  return lang_of(eLang)==L10N_EN ? TZ_UTC : TZ_BELGRADE;
}

/* The day of the n-th (1..5; 5 = last) Sunday of month m of year y. */
static Date nth_sunday(int y, int m, int n){
  Date d = 0;
  int iDow;
  if( n==5 ){
    date_from_ymd(y, m, date_days_in_month(y, m), &d);
    iDow = (int)(((int64_t)d + 4) % 7 + 7) % 7;     /* 0 = Sunday */
    return d - iDow;
  }
  date_from_ymd(y, m, 1, &d);
  iDow = (int)(((int64_t)d + 4) % 7 + 7) % 7;
  return d + (7 - iDow) % 7 + 7*(n-1);
}

int l10n_tz_offset(TimeZone e, int64_t t, const char **pzAbbr){
  int64_t iDay = t>=0 ? t/86400 : -((-t+86399)/86400);
  int y, m, d;
  int64_t tOn, tOff;
  date_to_ymd((Date)iDay, &y, &m, &d);
  switch( e ){
    case TZ_BELGRADE:
      /* EU: from 01:00 UTC on the last Sunday of March to 01:00 UTC on
      ** the last Sunday of October. */
      tOn = (int64_t)nth_sunday(y, 3, 5)*86400 + 3600;
      tOff = (int64_t)nth_sunday(y, 10, 5)*86400 + 3600;
      if( t>=tOn && t<tOff ){ *pzAbbr = "CEST"; return 7200; }
      *pzAbbr = "CET";
      return 3600;
    case TZ_NEW_YORK:
      /* US since 2007: from 02:00 EST on the second Sunday of March to
      ** 02:00 EDT on the first Sunday of November. */
      tOn = (int64_t)nth_sunday(y, 3, 2)*86400 + 7*3600;
      tOff = (int64_t)nth_sunday(y, 11, 1)*86400 + 6*3600;
      if( t>=tOn && t<tOff ){ *pzAbbr = "EDT"; return -4*3600; }
      *pzAbbr = "EST";
      return -5*3600;
    default:
      *pzAbbr = "UTC";
      return 0;
  }
}

/* Two digits at z as a number, or -1. */
static int two_digits(const char *z){
  if( z[0]<'0' || z[0]>'9' || z[1]<'0' || z[1]>'9' ) return -1;
  return (z[0]-'0')*10 + (z[1]-'0');
}

int l10n_stamp_parse(const char *z, int64_t *pOut){
  char zDay[11];
  Date d;
  int h, mi, s;
  if( z==0 || strlen(z)!=20 || z[10]!='T' || z[13]!=':' || z[16]!=':'
   || z[19]!='Z' ){
    return -1;
  }
  memcpy(zDay, z, 10);
  zDay[10] = 0;
  h = two_digits(z+11); mi = two_digits(z+14); s = two_digits(z+17);
  if( date_parse(zDay, &d) || h<0 || h>23 || mi<0 || mi>59 || s<0 || s>60 ){
    return -1;
  }
  *pOut = (int64_t)d*86400 + h*3600 + mi*60 + s;
  return 0;
}

const char *l10n_time(int64_t t, TimeZone e, int eLang,
                      char z[L10N_TIMESZ]){
  const char *zAbbr = "UTC";
  int64_t tLocal = t + l10n_tz_offset(e, t, &zAbbr);
  int64_t iDay = tLocal>=0 ? tLocal/86400 : -((-tLocal+86399)/86400);
  int iSec = (int)(tLocal - iDay*86400);
  char zDate[L10N_DATESZ];
  static const char *const azAt[L10N__MAX] = { ",", " u", " у" };
  eLang = lang_of(eLang);
  l10n_date((Date)iDay, eLang, zDate);
  snprintf(z, L10N_TIMESZ, "%s%s %02d:%02d %s", zDate, azAt[eLang],
           iSec/3600, iSec/60%60, zAbbr);
  return z;
}

/* ---- Numbers typed into forms ------------------------------------------ */

/* Whether z[0..n) are all digits (and n>0). */
static int all_digits(const char *z, size_t n){
  size_t i;
  if( n==0 ) return 0;
  for(i=0; i<n; i++){
    if( z[i]<'0' || z[i]>'9' ) return 0;
  }
  return 1;
}

/* Whether z[0..n) is digits grouped in threes by points ("1.023.456"),
** with at least one point.  Copies the digits to *pzOut. */
static int grouped(const char *z, size_t n, char **pzOut){
  size_t i, nFirst = 0, nRun = 0;
  int nGroup = 0;
  while( nFirst<n && z[nFirst]>='0' && z[nFirst]<='9' ) nFirst++;
  if( nFirst<1 || nFirst>3 || nFirst==n ) return 0;
  for(i=nFirst; i<n; i++){
    if( z[i]=='.' ){
      if( i>nFirst && nRun!=3 ) return 0;
      nRun = 0; nGroup++;
    }else if( z[i]>='0' && z[i]<='9' ){
      nRun++;
    }else{
      return 0;
    }
  }
  if( nRun!=3 || nGroup==0 ) return 0;
  for(i=0; i<n; i++){
    if( z[i]!='.' ) *(*pzOut)++ = z[i];
  }
  return 1;
}

int l10n_num_read(const char *z, int eLang, char *zOut, int nOut,
                  char *zAlt1, char *zAlt2){
  const char *zNum = z;
  const char *zComma, *zPoint;
  char zBuf[L10N_NUMSZ], *w = zBuf;
  size_t n, nInt;
  int bNeg = 0;
  if( lang_of(eLang)==L10N_EN || strlen(z)>=L10N_NUMSZ-2 ){
    snprintf(zOut, nOut, "%s", z);
    return strlen(z)<(size_t)nOut ? L10N_OK : L10N_NOTNUM;
  }
  if( *zNum=='-' || *zNum=='+' ){
    bNeg = *zNum=='-';
    zNum++;
  }
  n = strlen(zNum);
  zComma = strchr(zNum, ',');
  zPoint = strchr(zNum, '.');
  if( bNeg ) *w++ = '-';
  if( zComma ){
    /* Serbian: the comma is the decimal mark; points group the whole
    ** part. */
    size_t nFrac = n - (size_t)(zComma-zNum) - 1;
    nInt = (size_t)(zComma - zNum);
    if( strchr(zComma+1, ',') || !all_digits(zComma+1, nFrac) ) return L10N_NOTNUM;
    if( zPoint==0 ){
      if( nInt>0 && !all_digits(zNum, nInt) ) return L10N_NOTNUM;
      if( nFrac==3 && nInt<=3 && zNum[0]!='0' ) goto ambiguous;
      memcpy(w, zNum, nInt); w += nInt;
    }else if( !grouped(zNum, nInt, &w) ){
      return L10N_NOTNUM;
    }
    *w++ = '.';
    memcpy(w, zComma+1, nFrac); w += nFrac;
  }else if( zPoint ){
    nInt = (size_t)(zPoint - zNum);
    if( strchr(zPoint+1, '.')==0 ){
      /* One point: a decimal mark, unless it may group thousands. */
      size_t nFrac = n - nInt - 1;
      if( !all_digits(zNum, nInt) || !all_digits(zPoint+1, nFrac) ){
        return L10N_NOTNUM;
      }
      if( nFrac==3 && nInt<=3 && zNum[0]!='0' ) goto ambiguous;
      memcpy(w, zNum, n); w += n;
    }else if( !grouped(zNum, n, &w) ){
      return L10N_NOTNUM;
    }
  }else{
    if( !all_digits(zNum, n) ) return L10N_NOTNUM;
    memcpy(w, zNum, n); w += n;
  }
  *w = 0;
  snprintf(zOut, nOut, "%s", zBuf);
  return L10N_OK;

ambiguous:
  /* "12,500": 12500 as a whole number, or 12,5 as a decimal (with a
  ** fourth decimal when the third is not 0: "1,0230"). */
  {
    const char *zMark = zComma ? zComma : zPoint;
    char zFrac[4];
    int nF = 3;
    memcpy(zFrac, zMark+1, 3);
    zFrac[3] = 0;
    while( nF>0 && zFrac[nF-1]=='0' ) zFrac[--nF] = 0;
    snprintf(zAlt1, L10N_NUMSZ, "%s%.*s%s", bNeg ? "-" : "",
             (int)nInt, zNum, zMark+1);
    if( nF==0 ){
      snprintf(zAlt2, L10N_NUMSZ, "%s%.*s", bNeg ? "-" : "", (int)nInt, zNum);
    }else{
      snprintf(zAlt2, L10N_NUMSZ, "%s%.*s,%s%s", bNeg ? "-" : "", (int)nInt,
               zNum, zFrac, nF==3 ? "0" : "");
    }
  }
  return L10N_AMBIGUOUS;
}

const char *l10n_num_input(double r, int eLang, char z[L10N_NUMSZ]){
  char *zDot;
  snprintf(z, L10N_NUMSZ, "%.15g", r);
  if( lang_of(eLang)==L10N_EN ) return z;
  zDot = strchr(z, '.');
  if( zDot && strchr(z, 'e')==0 ){
    const char *zInt = z[0]=='-' ? z+1 : z;
    size_t nInt = (size_t)(zDot - zInt);
    *zDot = ',';
    if( strlen(zDot+1)==3 && nInt<=3 && zInt[0]!='0' ){
      strcat(z, "0");
    }
  }
  return z;
}
