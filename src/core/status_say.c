/*
** status_say.c: the status engine's sentences as message ids and
** arguments, and their rendering in the reader's language.
**
** Each status_why_appendf() of the engine (status.c) does two things: it
** writes the English sentence into zWhy, as always, and it records the
** message into zMsg: its format, the English text that is the message's
** id in the catalogue (po/sr-Latn.po), and each of its arguments as text.
** status_why_lang() renders the record for a reader, in English too (the
** English zWhy keeps the plain forms "2025-Q3" and "2025-01-11" for the
** JSON API): each format is looked up through the caller's catalogue
** function, and each argument is written as that language writes it: a
** number with its decimal comma ("1.157,9"), a day as l10n_date() writes
** it ("11 January 2025", "6. decembar 2026."), a period as l10n_period()
** writes it ("Q3 2025", "2025.", "III kvartal 2025.", "jul 2026."), a
** word of the engine's own (azSayWord: "year", "at least", a status
** label, ...) through the catalogue, the indicator's name in the reader's
** language.  Names of sources are proper names and stay as they are.
**
** The record, in zMsg: each message is 0x1E, its format, then 0x1F and
** one argument for each conversion of the format.  An argument that
** starts with 0x03 is typed: 0x03 'N' the indicator's name, 0x03 'C' the
** same capitalised, 0x03 'U' its unit (" million USD"), 0x03 '#' a
** number formatted by printf (%.0f).  A
** message 0x1E 0x02 removes the full stop that ends the text so far
** (before a source is named, status_source.c); 0x1E 0x04 marks a record
** that ran out of room.
**
** A translated format may name its arguments by position ("%2$s") to
** change their order, leave an argument out with precision 0 ("%.0s":
** English "day%s" plurals), and choose a word by the number before it:
** "{dan|dana|dana}" is the form for 1, for 2 to 4 and for 5 or more (the
** Serbian plural forms, 21 as 1, 12 as 5).  A day or a period is in the
** genitive after a word that governs it ("od %s": "od III kvartala
** 2025."), and in the locative where the translation writes its
** conversion "%#s" ("u %#s": "u III kvartalu 2025.", "u julu 2025.").
**
** Pure computation: no allocation, no I/O.
*/
#include "statusInt.h"
#include "l10n.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SAY_MSG   '\x1e'
#define SAY_ARG   '\x1f'
#define SAY_TYPE  '\x03'
#define SAY_UNSTOP '\x02'
#define SAY_FULL  '\x04'

/* Words the engine passes as arguments, translated through the
** catalogue.  Every other argument is a number, a day, a period or a
** name.  tests/i18n-check requires a Serbian form of each. */
const char *const azStatusSayWord[] = {
  "year", "quarter", "month", "annual", "quarterly", "monthly",
  "at least", "at most", "fell", "grew", "above", "below",
  "not judged", "Overdue", "Off track", "At risk", "On track", "Achieved",
  "Not started", "No data", "Sources disagree",
  " (several sources).",
  " Choose the value that counts (accord prefer) or set the indicator's"
  " source of record.",
  "The date asked is not a valid date.",
  "The goal's kind is not known.",
  "The goal's start is not a valid date.",
  "The goal's deadline is not a valid date.",
  "The milestone's dates are not valid.",
  "the indicator", "short of", "above the target", "short", " reduction",
  ", a deterioration", " for ", "up", "down", "towards", "away from",
  " and below 100", " reported", "no deadline is set",
  "no start date is set, so the pace cannot be judged", "; at this rate",
  0
};

/* English month names as ytd_label() (status_growth.c) writes them. */
static const char *const azSayMonth[12] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"
};

/* Append n bytes of z to the record, or mark it full. */
static int msg_put(StatusCtx *p, const char *z, size_t n){
  char *zMsg = p->pRes->zMsg;
  size_t nSize = sizeof(p->pRes->zMsg);
  if( p->bMsgFull ) return 1;
  if( p->nMsg + n + 3 >= nSize ){
    zMsg[p->nMsg++] = SAY_MSG;
    zMsg[p->nMsg++] = SAY_FULL;
    zMsg[p->nMsg] = 0;
    p->bMsgFull = 1;
    return 1;
  }
  memcpy(zMsg + p->nMsg, z, n);
  p->nMsg += n;
  zMsg[p->nMsg] = 0;
  return 0;
}

void status_say_record(StatusCtx *p, const char *zFmt, va_list ap){
  const char *z;
  size_t nStart = p->nMsg;
  char c = SAY_MSG;
  if( msg_put(p, &c, 1) || msg_put(p, zFmt, strlen(zFmt)) ) return;
  for(z=zFmt; *z; z++){
    char zSpec[16], zArg[64];
    int nSpec = 0, nLong = 0;
    const char *zS;
    if( *z!='%' ) continue;
    zSpec[nSpec++] = *z++;
    while( *z && strchr("-+ #0123456789.", *z) && nSpec<10 ){
      zSpec[nSpec++] = *z++;
    }
    while( *z=='l' || *z=='z' || *z=='h' ){
      if( *z=='l' ) nLong++;
      if( nSpec<13 ) zSpec[nSpec++] = *z;
      z++;
    }
    if( *z==0 ) break;
    zSpec[nSpec++] = *z;
    zSpec[nSpec] = 0;
    zS = zArg;
    switch( *z ){
      case '%': continue;
      case 's':
        zS = va_arg(ap, const char*);
        if( zS==0 ) zS = "";
        if( zS==p->zName || zS==p->zNameCap || zS==p->zUnit ){
          snprintf(zArg, sizeof(zArg), "%c%c", SAY_TYPE,
                   zS==p->zName ? 'N' : zS==p->zUnit ? 'U' : 'C');
          if( msg_put(p, "\x1f", 1) || msg_put(p, zArg, 2)
           || msg_put(p, zS, strlen(zS)) ){
            return;
          }
          continue;
        }
        break;
      case 'd': case 'i': case 'u': case 'x': case 'c':
        if( nLong>=2 ){
          snprintf(zArg, sizeof(zArg), zSpec, va_arg(ap, long long));
        }else if( nLong==1 ){
          snprintf(zArg, sizeof(zArg), zSpec, va_arg(ap, long));
        }else{
          snprintf(zArg, sizeof(zArg), zSpec, va_arg(ap, int));
        }
        break;
      default:
        zArg[0] = SAY_TYPE;
        zArg[1] = '#';
        snprintf(zArg+2, sizeof(zArg)-2, zSpec, va_arg(ap, double));
        break;
    }
    if( msg_put(p, "\x1f", 1) || msg_put(p, zS, strlen(zS)) ) return;
  }
  (void)nStart;
}

void status_say_unstop(StatusCtx *p){
  char z[2];
  z[0] = SAY_MSG;
  z[1] = SAY_UNSTOP;
  msg_put(p, z, 2);
}

/* ---- rendering --------------------------------------------------------- */

/* Output being written: zOut of nOut bytes, n used. */
typedef struct SayOut {
  char *z;
  size_t n, nOut;
  int bStopShared;   /* the last '.' ends both a year and the sentence */
} SayOut;

static void say_put(SayOut *o, const char *z, size_t n){
  if( n>0 ) o->bStopShared = 0;
  if( o->n + n >= o->nOut ){
    n = o->n + 1 < o->nOut ? o->nOut - o->n - 1 : 0;
  }
  memcpy(o->z + o->n, z, n);
  o->n += n;
  o->z[o->n] = 0;
}
static void say_str(SayOut *o, const char *z){ say_put(o, z, strlen(z)); }

/* Whether z[0..n) is all digits. */
static int say_digits(const char *z, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    if( z[i]<'0' || z[i]>'9' ) return 0;
  }
  return n>0;
}

/* A number as printf or status_fmt_num() wrote it ("1,157.9"), with the
** decimal mark and the groups of eLang. */
static void say_number(SayOut *o, const char *z, int eLang){
  for(; *z; z++){
    char c = *z;
    if( eLang!=L10N_EN && c==',' ) c = '.';
    else if( eLang!=L10N_EN && c=='.' ) c = ',';
    say_put(o, &c, 1);
  }
}

/* The English month name z[0..n) as 1..12, or 0. */
static int month_of(const char *z, size_t n){
  int i;
  for(i=0; i<12; i++){
    if( strlen(azSayMonth[i])==n && memcmp(azSayMonth[i], z, n)==0 ){
      return i+1;
    }
  }
  return 0;
}

/* Try argument z as a period, a list of periods or a year-to-date label
** ("2025", "2025-Q3", "2025-07", "2025-Q3, 2025-Q4", "July 2026",
** "January–July 2026", "Q1 2026", "Q1–Q3 2026"), written in words in
** case eCase (l10n.h); 1 if written. */
static int say_period(SayOut *o, const char *z, int eCase, int eLang,
                      StatusTr xTr){
  size_t n = strlen(z);
  char zBuf[120];
  const char *zSp;
  if( l10n_when(z, n, eCase, eLang, zBuf, sizeof(zBuf)) ){
    say_str(o, zBuf);
    return 1;
  }
  zSp = strrchr(z, ' ');
  if( zSp && strlen(zSp+1)==4 && say_digits(zSp+1, 4) ){
    /* A label of ytd_label(): "A YYYY" or "A–B YYYY". */
    const char *zDash = strstr(z, "\xe2\x80\x93");
    size_t nA = (size_t)((zDash ? zDash : zSp) - z);
    int iYear = atoi(zSp+1), mA = month_of(z, nA), mB = 0;
    if( zDash ) mB = month_of(zDash+3, (size_t)(zSp - zDash - 3));
    if( mA && (!zDash || mB) ){
      if( eLang==L10N_EN ){
        say_str(o, z);
      }else if( zDash ){
        snprintf(zBuf, sizeof(zBuf), xTr(eLang, "%s–%s %d (months)"),
                 l10n_month(mA, eCase, eLang), l10n_month(mB, eCase, eLang),
                 iYear);
        say_str(o, zBuf);
      }else{
        snprintf(zBuf, sizeof(zBuf), xTr(eLang, "%s %d (month)"),
                 l10n_month(mA, eCase, eLang), iYear);
        say_str(o, zBuf);
      }
      return 1;
    }
    if( z[0]=='Q' && z[1]>='1' && z[1]<='4' ){
      char zP[L10N_DATESZ];
      int q2 = zDash && zDash[3]=='Q' ? zDash[4]-'0' : z[1]-'0';
      say_str(o, l10n_quarters(iYear, z[1]-'0', q2, eCase, eLang, zP));
      return 1;
    }
  }
  return 0;
}

/* Capitalise the letter at o->z[i] if it begins a sentence (the output
** is empty before it, or ends in ". "): ASCII, Latin with caron (č ć š ž
** đ are two bytes, U+0100..U+017F: odd code points are small) and
** Cyrillic (U+0430..U+045F). */
static void say_cap(SayOut *o, size_t i){
  unsigned char *z = (unsigned char*)o->z + i;
  if( i>0 && (i<2 || o->z[i-1]!=' ' || o->z[i-2]!='.') ) return;
  if( i>=o->n ) return;
  if( z[0]>='a' && z[0]<='z' ){
    z[0] = (unsigned char)(z[0] - 'a' + 'A');
  }else if( z[0]==0xD0 && z[1]>=0xB0 && z[1]<=0xBF ){
    z[1] = (unsigned char)(z[1] - 0x20);          /* а..п */
  }else if( z[0]==0xD1 && z[1]>=0x80 && z[1]<=0x8F ){
    z[0] = 0xD0;                                   /* р..я */
    z[1] = (unsigned char)(z[1] + 0x20);
  }else if( z[0]==0xD1 && z[1]>=0x90 && z[1]<=0x9F ){
    z[0] = 0xD0;                                   /* ѐ..џ */
    z[1] = (unsigned char)(z[1] - 0x10);
  }else if( (z[0]==0xC4 || z[0]==0xC5) && (z[1]&1) ){
    z[1] = (unsigned char)(z[1] - 1);              /* č -> Č */
  }
}

/* Write argument z (n bytes) in language eLang; a day or a period in
** the locative if bLoc (the translation wrote its conversion "%#s"), in
** the genitive after a word that governs it, else in the nominative. */
static void say_arg(SayOut *o, const char *z, size_t n, int bLoc, int eLang,
                    StatusTr xTr, const char *zName, const char *zUnit){
  char zA[1100];
  Date d;
  int i, eCase;
  if( n>=sizeof(zA) ) n = sizeof(zA)-1;
  memcpy(zA, z, n);
  zA[n] = 0;
  if( zA[0]==SAY_TYPE && (zA[1]=='N' || zA[1]=='C') ){
    const char *zN = zName && zName[0] ? zName : zA+2;
    if( zN==zA+2 && strcmp(zN, "the indicator")==0 ){
      zN = xTr(eLang, zN);
    }
    if( zA[1]=='C' && zN[0]>='a' && zN[0]<='z' ){
      char c = (char)(zN[0] - 'a' + 'A');
      say_put(o, &c, 1);
      zN++;
    }
    say_str(o, zN);
    return;
  }
  if( zA[0]==SAY_TYPE && zA[1]=='U' ){
    if( zA[2] && zUnit && zUnit[0] ){
      say_put(o, " ", 1);
      say_str(o, zUnit);
    }else{
      say_str(o, zA+2);
    }
    return;
  }
  if( zA[0]==SAY_TYPE && zA[1]=='#' ){
    say_number(o, zA+2, eLang);
    return;
  }
  eCase = bLoc ? L10N_LOC
        : l10n_genitive_before(o->z, o->n) ? L10N_GEN : L10N_NOM;
  if( n==10 && date_parse(zA, &d)==0 ){
    char zD[L10N_DATESZ];
    say_str(o, eCase==L10N_NOM ? l10n_date(d, eLang, zD)
                               : l10n_date_gen(d, eLang, zD));
    return;
  }
  if( say_period(o, zA, eCase, eLang, xTr) ) return;
  if( strcmp(zA, "s")==0 ){
    if( eLang==L10N_EN ) say_str(o, zA);
    return;                           /* an English plural ending */
  }
  if( strncmp(zA, " since ", 7)==0 && date_parse(zA+7, &d)==0 ){
    char zD[L10N_DATESZ], zBuf[120];
    snprintf(zBuf, sizeof(zBuf), xTr(eLang, " since %s"),
             l10n_date_gen(d, eLang, zD));
    say_str(o, zBuf);
    return;
  }
  if( strncmp(zA, "; at this rate from ", 20)==0 ){
    SayOut t;
    char zP[80], zBuf[160];
    t.z = zP;
    t.n = 0;
    t.bStopShared = 0;
    t.nOut = sizeof(zP);
    zP[0] = 0;
    if( say_period(&t, zA+20, L10N_NOM, eLang, xTr) ){
      snprintf(zBuf, sizeof(zBuf), xTr(eLang, "; at this rate from %s"), zP);
      say_str(o, zBuf);
      return;
    }
  }
  if( n>0 && strspn(zA, "-0123456789,.")==n && strpbrk(zA, "0123456789") ){
    say_number(o, zA, eLang);
    return;
  }
  for(i=0; azStatusSayWord[i]; i++){
    if( strcmp(zA, azStatusSayWord[i])==0 ){
      say_str(o, xTr(eLang, zA));
      return;
    }
  }
  say_str(o, zA);
}

/* The Serbian plural form (0, 1 or 2) of the number n. */
static int plural_form(long long n){
  if( n<0 ) n = -n;
  if( n%10==1 && n%100!=11 ) return 0;
  if( n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ) return 1;
  return 2;
}

/* Render message zRec (its format and arguments, nRec bytes) into o. */
static void say_msg(SayOut *o, const char *zRec, size_t nRec, int eLang,
                    StatusTr xTr, const char *zName, const char *zUnit){
  const char *azArg[24];
  size_t anArg[24];
  char zFmtId[1024];
  const char *zFmt, *z, *zEnd = zRec + nRec;
  int nArg = 0, iNext = 0;
  long long iLastInt = 1;
  size_t nFmt;
  z = memchr(zRec, SAY_ARG, nRec);
  nFmt = z ? (size_t)(z - zRec) : nRec;
  if( nFmt>=sizeof(zFmtId) ) nFmt = sizeof(zFmtId)-1;
  memcpy(zFmtId, zRec, nFmt);
  zFmtId[nFmt] = 0;
  while( z && z<zEnd && nArg<24 ){
    const char *zNext = memchr(z+1, SAY_ARG, (size_t)(zEnd - z - 1));
    azArg[nArg] = z+1;
    anArg[nArg] = (size_t)((zNext ? zNext : zEnd) - z - 1);
    nArg++;
    z = zNext;
  }
  zFmt = xTr(eLang, zFmtId);
  for(z=zFmt; *z; z++){
    int iArg = -1, bSkip = 0, bLoc = 0;
    if( *z=='{' && strchr(z, '}') && strchr(z, '|') ){
      /* {one|few|many} by the number before it */
      const char *zE = strchr(z, '}'), *zW = z+1;
      int k = plural_form(iLastInt);
      while( k>0 && zW<zE ){
        const char *zBar = memchr(zW, '|', (size_t)(zE - zW));
        if( zBar==0 ) break;
        zW = zBar+1;
        k--;
      }
      {
        const char *zBar = memchr(zW, '|', (size_t)(zE - zW));
        say_put(o, zW, (size_t)((zBar ? zBar : zE) - zW));
      }
      z = zE;
      continue;
    }
    if( *z!='%' ){
      /* "2025." ends a sentence with its own full stop. */
      if( *z!='.' || o->n==0 || o->z[o->n-1]!='.' || z[1]=='.' ){
        say_put(o, z, 1);
      }else{
        o->bStopShared = 1;
      }
      continue;
    }
    z++;
    if( *z=='%' ){
      say_put(o, "%", 1);
      continue;
    }
    if( *z>='1' && *z<='9' ){
      const char *zD = z;
      int v = 0;
      while( *zD>='0' && *zD<='9' ) v = v*10 + (*zD++ - '0');
      if( *zD=='$' ){
        iArg = v-1;
        z = zD+1;
      }
    }
    if( z[0]=='.' && z[1]=='0' && z[2]=='s' ) bSkip = 1;
    while( *z && strchr("-+ #0123456789.lhz", *z) ){
      if( *z=='#' ) bLoc = 1;           /* "%#s": the locative */
      z++;
    }
    if( *z==0 ) break;
    if( iArg<0 ) iArg = iNext++;
    if( iArg>=nArg || bSkip ) continue;
    if( *z=='d' || *z=='i' || *z=='u' ){
      iLastInt = atoll(azArg[iArg]);
      say_put(o, azArg[iArg], anArg[iArg]);
    }else{
      size_t iAt = o->n;
      say_arg(o, azArg[iArg], anArg[iArg], bLoc, eLang, xTr, zName, zUnit);
      say_cap(o, iAt);
    }
  }
}

const char *status_why_lang(const StatusResult *r, int eLang, StatusTr xTr,
                            const char *zName, const char *zUnit,
                            char *zOut, size_t nOut){
  SayOut o;
  const char *z, *zEnd;
  if( nOut==0 ) return zOut;
  zOut[0] = 0;
  if( xTr==0 || r->zMsg[0]==0 ){
    snprintf(zOut, nOut, "%s", r->zWhy);
    return zOut;
  }
  o.z = zOut;
  o.n = 0;
  o.nOut = nOut;
  o.bStopShared = 0;
  z = r->zMsg;
  zEnd = z + strlen(z);
  while( z<zEnd ){
    const char *zNext;
    if( *z!=SAY_MSG ) break;
    z++;
    zNext = memchr(z, SAY_MSG, (size_t)(zEnd - z));
    if( zNext==0 ) zNext = zEnd;
    if( *z==SAY_UNSTOP ){
      if( o.n>0 && zOut[o.n-1]=='.' && !o.bStopShared ) zOut[--o.n] = 0;
    }else if( *z==SAY_FULL ){
      say_str(&o, "...");
    }else{
      say_msg(&o, z, (size_t)(zNext - z), eLang, xTr, zName, zUnit);
    }
    z = zNext;
  }
  return zOut;
}
