/*
** period.c: calendar dates and reporting periods (see period.h).
**
** Day numbers use the civil-from-days algorithm on 400-year eras, exact
** for every year 1..9999 of the proleptic Gregorian calendar.
*/
#include "period.h"

#include <string.h>
#include <time.h>

const char *const azFreqName[FREQ__MAX] = { "month", "quarter", "year" };

int date_is_leap(int y){
  return (y%4==0 && y%100!=0) || y%400==0;
}

int date_days_in_month(int y, int m){
  static const int aDays[12] = {31,28,31,30,31,30,31,31,30,31,30,31};
  if( m<1 || m>12 ) return 0;
  return m==2 && date_is_leap(y) ? 29 : aDays[m-1];
}

/* Days from 1970-01-01 to y-m-d, valid for any y-m-d already checked. */
static Date days_from_civil(int y, int m, int d){
  int era, yoe, doy, doe;
  y -= m<=2;
  era = (y>=0 ? y : y-399)/400;
  yoe = y - era*400;
  doy = (153*(m + (m>2 ? -3 : 9)) + 2)/5 + d - 1;
  doe = yoe*365 + yoe/4 - yoe/100 + doy;
  return (Date)(era*146097 + doe - 719468);
}

int date_from_ymd(int y, int m, int d, Date *pOut){
  if( y<1 || y>9999 || m<1 || m>12 || d<1 || d>date_days_in_month(y,m) ){
    return -1;
  }
  *pOut = days_from_civil(y, m, d);
  return 0;
}

void date_to_ymd(Date x, int *pY, int *pM, int *pD){
  int z = x + 719468;
  int era = (z>=0 ? z : z-146096)/146097;
  int doe = z - era*146097;
  int yoe = (doe - doe/1460 + doe/36524 - doe/146096)/365;
  int y = yoe + era*400;
  int doy = doe - (365*yoe + yoe/4 - yoe/100);
  int mp = (5*doy + 2)/153;
  int d = doy - (153*mp + 2)/5 + 1;
  int m = mp + (mp<10 ? 3 : -9);
  *pY = y + (m<=2);
  *pM = m;
  *pD = d;
}

/* Parse exactly n decimal digits at z into *pV.  Returns 0 or -1. */
static int parse_digits(const char *z, int n, int *pV){
  int i, v = 0;
  for(i=0; i<n; i++){
    if( z[i]<'0' || z[i]>'9' ) return -1;
    v = v*10 + (z[i]-'0');
  }
  *pV = v;
  return 0;
}

int date_parse(const char *z, Date *pOut){
  int y, m, d;
  if( z==0 || strlen(z)!=10 || z[4]!='-' || z[7]!='-' ) return -1;
  if( parse_digits(z, 4, &y) || parse_digits(z+5, 2, &m)
   || parse_digits(z+8, 2, &d) ){
    return -1;
  }
  return date_from_ymd(y, m, d, pOut);
}

/* Write the n low decimal digits of v at z, zero-padded. */
static void put_digits(char *z, int n, int v){
  while( n-- > 0 ){
    z[n] = (char)('0' + v%10);
    v /= 10;
  }
}

void date_format(Date x, char zOut[11]){
  int y, m, d;
  if( x==DATE_NONE ){ zOut[0] = 0; return; }
  date_to_ymd(x, &y, &m, &d);
  put_digits(zOut, 4, y<0 ? 0 : y);
  zOut[4] = '-';
  put_digits(zOut+5, 2, m);
  zOut[7] = '-';
  put_digits(zOut+8, 2, d);
  zOut[10] = 0;
}

Date date_today(void){
  time_t t = time(0);
  struct tm tm;
  Date x = 0;
  gmtime_r(&t, &tm);
  date_from_ymd(tm.tm_year+1900, tm.tm_mon+1, tm.tm_mday, &x);
  return x;
}

int freq_per_year(Freq e){
  return e==FREQ_MONTH ? 12 : e==FREQ_QUARTER ? 4 : 1;
}

int freq_parse(const char *z, Freq *pOut){
  int i;
  for(i=0; i<FREQ__MAX; i++){
    if( z && strcmp(z, azFreqName[i])==0 ){ *pOut = (Freq)i; return 0; }
  }
  return -1;
}

int period_parse(const char *z, Period *pOut){
  int y, n;
  size_t len = z ? strlen(z) : 0;
  Period p;
  if( len<4 || parse_digits(z, 4, &y) || y<1 ) return -1;
  p.year = y;
  if( len==4 ){
    p.eFreq = FREQ_YEAR; p.n = 0;
  }else if( len==7 && z[4]=='-' && z[5]=='Q' ){
    if( parse_digits(z+6, 1, &n) || n<1 || n>4 ) return -1;
    p.eFreq = FREQ_QUARTER; p.n = (int8_t)n;
  }else if( len==7 && z[4]=='-' ){
    if( parse_digits(z+5, 2, &n) || n<1 || n>12 ) return -1;
    p.eFreq = FREQ_MONTH; p.n = (int8_t)n;
  }else{
    return -1;
  }
  *pOut = p;
  return 0;
}

void period_format(Period p, char zOut[12]){
  put_digits(zOut, 4, p.year<0 ? 0 : p.year);
  switch( p.eFreq ){
    case FREQ_MONTH:
      zOut[4] = '-'; put_digits(zOut+5, 2, p.n); zOut[7] = 0; break;
    case FREQ_QUARTER:
      zOut[4] = '-'; zOut[5] = 'Q'; zOut[6] = (char)('0'+p.n%10);
      zOut[7] = 0; break;
    default:
      zOut[4] = 0; break;
  }
}

/* First month (1..12) and number of months of a period. */
static void period_months(Period p, int *pFirst, int *pCount){
  switch( p.eFreq ){
    case FREQ_MONTH:   *pFirst = p.n;         *pCount = 1;  break;
    case FREQ_QUARTER: *pFirst = 3*(p.n-1)+1; *pCount = 3;  break;
    default:           *pFirst = 1;           *pCount = 12; break;
  }
}

Date period_start(Period p){
  int m, c;
  period_months(p, &m, &c);
  return days_from_civil(p.year, m, 1);
}

Date period_end(Period p){
  int m, c, last;
  period_months(p, &m, &c);
  last = m + c - 1;
  return days_from_civil(p.year, last, date_days_in_month(p.year, last));
}

int period_days(Period p){
  return period_end(p) - period_start(p) + 1;
}

int64_t period_index(Period p){
  int k = freq_per_year((Freq)p.eFreq);
  return (int64_t)p.year*k + (p.eFreq==FREQ_YEAR ? 0 : p.n-1);
}

Period period_from_index(Freq e, int64_t i){
  int k = freq_per_year(e);
  Period p;
  p.eFreq = (int8_t)e;
  p.year = (int32_t)(i/k);
  p.n = (int8_t)(e==FREQ_YEAR ? 0 : i%k + 1);
  return p;
}

Period period_containing(Date x, Freq e){
  int y, m, d;
  Period p;
  date_to_ymd(x, &y, &m, &d);
  p.year = y;
  p.eFreq = (int8_t)e;
  p.n = (int8_t)(e==FREQ_MONTH ? m : e==FREQ_QUARTER ? (m-1)/3+1 : 0);
  return p;
}

int period_cmp(Period a, Period b){
  int64_t x = period_index(a), y = period_index(b);
  return x<y ? -1 : x>y;
}

Period period_coarsen(Period p, Freq eTo){
  int m, c;
  if( (int)eTo<=(int)p.eFreq ) return p;
  period_months(p, &m, &c);
  return period_containing(days_from_civil(p.year, m, 1), eTo);
}
