/*
** l10n_err.c: the messages of src/core and src/store (validation errors,
** conflicts, refusals) in the reader's language.
**
** The model and the store write their messages in English into a buffer
** of the caller (model_value_parse(), store_item_insert(), the
** importer's rows, ...), from formats such as "expected a number, got
** \"%s\"" and often behind the names of the fields ("value: ...").
** Those formats are message ids: each is listed in azErrMsg below (which
** `make pot` extracts, keyword ERR_MSG) and translated in
** po/sr-Latn.po.  l10n_err() reads an English message back against the
** list: it finds the format that wrote it and its arguments, takes the
** format's translation from the catalogue and writes the arguments into
** it, each in the reader's language too:
**
**   - field names in front of a message ("indicator_id, period: ...")
**     become the fields' labels ("Pokazatelj, Period: ...");
**   - an argument that is itself a message of the list is translated the
**     same way, and a word of the interface ("goal", "count_period",
**     "quarter", "public, internal or restricted") through the catalogue;
**   - a day YYYY-MM-DD is written as the language writes days;
**   - what the reader typed (an argument in quotes or backquotes) and
**     numbers stay as they are, and so do the words of a command.
**
** A message not in the list is returned as written: it reads in English
** until its format is added (tests/i18n-check lists the formats of the
** sources that are missing from azErrMsg).  As in the status engine's
** sentences, "{dan|dana|dana}" in a translation chooses the Serbian
** plural by the number before it, and an English plural ending passed as
** an argument ("place%s") is left out.
**
** No allocation and no I/O: the caller's buffer holds the result.
*/
#include "l10n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Marks a message id for xgettext (make pot: --keyword=ERR_MSG). */
#define ERR_MSG(z) z

/* The formats of the messages, after the field names in front of them.
** Longer and more specific formats come before the ones they contain. */
const char *const azErrMsg[] = {
  /* src/core/model.c, text.c: values of fields */
  ERR_MSG("not valid text: %s%s"),
  ERR_MSG("; it reads as Windows-1250 (Excel on a Serbian Windows): "
          "save it as UTF-8"),
  ERR_MSG("%s at %scharacter %d (byte 0x%02X)"),
  ERR_MSG("line %d, "),
  ERR_MSG("invalid UTF-8"),
  ERR_MSG("a NUL byte"),
  ERR_MSG("a control character"),
  ERR_MSG("expected a whole number, got \"%s\""),
  ERR_MSG("expected a number, got \"%s\""),
  ERR_MSG("expected yes or no, got \"%s\""),
  ERR_MSG("expected a date YYYY-MM-DD, got \"%s\""),
  ERR_MSG("expected a period YYYY, YYYY-Qn or YYYY-MM, got \"%s\""),
  ERR_MSG("expected an exact decimal amount such as 1500000.00 (digits, "
          "a point, no sign, spaces or separators), got \"%s\""),
  ERR_MSG("expected an exact decimal amount such as 1500000.00"),
  ERR_MSG("expected %s, got \"%s\""),
  ERR_MSG("unsupported field type"),
  /* src/core/model.c, model_project.c: rows */
  ERR_MSG("required"),
  ERR_MSG("required for a growth goal"),
  ERR_MSG("required for a count_window goal"),
  ERR_MSG("required for a %s goal"),
  ERR_MSG("a growth rate must be above 0 percent"),
  ERR_MSG("a count cannot be negative"),
  ERR_MSG("a count is a whole number, got %g"),
  ERR_MSG("%s is before start_on (%s), the first day the goal applies"),
  ERR_MSG("%s is in the future (today is %s): %s"),
  ERR_MSG("%s is after %s (%s)"),
  ERR_MSG("a meeting not yet held is planned"),
  ERR_MSG("a step is done only once it is done; give planned_on for the "
          "plan"),
  ERR_MSG("a goal is achieved only once it is achieved"),
  ERR_MSG("give planned dates for the plan"),
  ERR_MSG("must be above 0 and at most 2"),
  ERR_MSG("must not exceed on_track_ratio"),
  ERR_MSG("must be at least 1"),
  ERR_MSG("must be 0 to 100, got %lld"),
  ERR_MSG("required when progress_by is declared"),
  ERR_MSG("only with progress_by declared (otherwise progress is the share "
          "of activities done)"),
  ERR_MSG("a link names one document or one meeting"),
  ERR_MSG("\"%s\" is not an ISO 4217 currency code (three capital letters, "
          "e.g. USD, EUR, RSD)"),
  ERR_MSG("required with %s (an ISO 4217 code, e.g. USD)"),
  ERR_MSG("\"%s\": %s has %d decimal place%s"),
  ERR_MSG("%s %lld, %s: %s (written before input was checked; correct it "
          "with `accord %s set %lld --%s ...`)"),
  /* src/store/item.c, obs.c, authz.c, inputcheck.c */
  ERR_MSG("input rules: %s %lld: %s"),
  ERR_MSG("input rules: %s"),
  ERR_MSG("no %s with code \"%s\""),
  ERR_MSG("no %s with id %lld"),
  ERR_MSG("%s %lld belongs to another dialogue"),
  ERR_MSG("%s is a %s, but the indicator is measured by %s"),
  ERR_MSG("a %s with code \"%s\" already exists (id %lld)"),
  ERR_MSG("an %s with code \"%s\" already exists (id %lld)"),
  ERR_MSG("a %s with code \"%s\" already exists"),
  ERR_MSG("an %s with code \"%s\" already exists"),
  ERR_MSG("an equal %s already exists"),
  ERR_MSG("another %s has the same"),
  ERR_MSG("the database is busy"),
  ERR_MSG("the database is busy; try again"),
  ERR_MSG("%s %lld was changed by someone else since you read it (version "
          "%lld, now %lld); nothing was changed: read it again and redo "
          "your change"),
  ERR_MSG("%s %lld is still referred to by other items; remove or change "
          "those first"),
  ERR_MSG("this value for %s from this source is already recorded"),
  ERR_MSG("this value for %.*s from this source is already recorded"),
  ERR_MSG("%s may not write this %s: it is outside the scope of %s's "
          "grants (its role %s, and `accord grant list %s`)"),
  ERR_MSG("this %s is party %lld's own; only that party's accounts may "
          "write it"),
  ERR_MSG("%s may not write a %s (role %s)"),
  ERR_MSG("official data cite this source (as where values come from, or "
          "as a series' source of record); only a secretariat may change "
          "or remove it"),
  /* src/store/obsrow.c: the importer's rows */
  ERR_MSG("empty: give YYYY, YYYY-Qn or YYYY-MM"),
  ERR_MSG("\"%s\" is not a period (YYYY, YYYY-Qn or YYYY-MM)"),
  ERR_MSG("\"%s\" is a %s but indicator %s is %sly (give %s)"),
  ERR_MSG("empty: give a number"),
  ERR_MSG("\"%s\" is not a number"),
  ERR_MSG("%s has not begun (today is %s) and indicator %s takes no "
          "forecasts (set its forecasts to yes to allow them)"),
  ERR_MSG("\"%s\" is not a count: indicator %s counts things (its unit is "
          "count, or a count goal measures it), so give a whole number, 0 "
          "or more"),
  ERR_MSG("\"%s\" is not the unit of indicator %s (%s): a value in another "
          "unit is never mixed into its series; convert it, or record it "
          "under an indicator of that unit"),
  ERR_MSG("\"%s\" is not whose statistics indicator %s holds (%s): the "
          "other side's statistics are never mixed into its series; record "
          "them under an indicator of their own"),
  ERR_MSG("row %d (%s), %s"),
  ERR_MSG("row %d: %s"),
  /* src/web/route.c */
  ERR_MSG("your role (%s) may not do this"),
  0
};

#define ERR_MAXARG 10

/* One argument found in a message: where it is, and its conversion. */
typedef struct ErrArg {
  const char *z;      /* its text, in the English message */
  int n;              /* its length */
  char cConv;         /* the conversion's letter: 's', 'd', 'g', ... */
  int bData;          /* typed by someone or part of a command: kept */
  int bPlural;        /* an English plural ending ("place%s") */
} ErrArg;

/* The output: a buffer filled as far as it goes. */
typedef struct ErrOut {
  char *z;
  size_t n, nAlloc;
} ErrOut;

static void errout_put(ErrOut *o, const char *z, size_t n){
  if( o->n+1>=o->nAlloc ) return;
  if( n > o->nAlloc-1-o->n ) n = o->nAlloc-1-o->n;
  memcpy(o->z+o->n, z, n);
  o->n += n;
  o->z[o->n] = 0;
}

/* The length of the printf conversion at z ("%s", "%lld", "%.*s",
** "%02X"), or 0 if there is none ("%%" is not one). */
static int err_conv(const char *z){
  int i = 1;
  if( z[0]!='%' || z[1]=='%' ) return 0;
  while( z[i] && strchr("-+ #0", z[i]) ) i++;
  while( z[i]=='*' || (z[i]>='0' && z[i]<='9') ) i++;
  if( z[i]=='.' ){
    i++;
    while( z[i]=='*' || (z[i]>='0' && z[i]<='9') ) i++;
  }
  while( z[i]=='l' || z[i]=='h' || z[i]=='z' ) i++;
  if( z[i] && strchr("diouxXeEfgGsc", z[i]) ) return i+1;
  return 0;
}

/* Whether c may be part of a number written by conversion cConv. */
static int err_numchar(char cConv, char c){
  if( c>='0' && c<='9' ) return 1;
  if( cConv=='x' || cConv=='X' ) return strchr("abcdefABCDEF", c)!=0;
  if( strchr("diu", cConv) ) return c=='-';
  return strchr("-+.eEinfa", c)!=0;
}

/* Match the English message zT against format zF (zF0 is its start),
** recording the arguments in a[nA...].  The number of arguments, or -1
** if zT is not written by zF. */
static int err_match(const char *zF0, const char *zF, const char *zT,
                     ErrArg *a, int nA){
  while( zF[0] && !(zF[0]=='%' && zF[1]!='%') ){
    if( zF[0]=='%' ) zF++;           /* "%%" stands for one "%" */
    if( *zF!=*zT ) return -1;
    zF++; zT++;
  }
  if( zF[0]==0 ) return zT[0]==0 ? nA : -1;
  {
    int nConv = err_conv(zF);
    char c;
    int k, nTick = 0;
    const char *zB;
    if( nConv==0 || nA>=ERR_MAXARG ) return -1;
    c = zF[nConv-1];
    for(zB=zF0; zB<zF; zB++) nTick += *zB=='`';
    a[nA].cConv = c;
    a[nA].bData = (zF>zF0 && (zF[-1]=='"' || zF[-1]=='-')) || (nTick & 1);
    a[nA].bPlural = c=='s' && zF>zF0 && zF[-1]>='a' && zF[-1]<='z'
                 && zF[nConv]!='l';
    for(k=1; zT[k-1]; k++){
      int r;
      if( c!='s' && c!='c' && !err_numchar(c, zT[k-1]) ) break;
      /* The next literal character must follow. */
      if( zF[nConv] && zF[nConv]!='%' && zT[k]!=zF[nConv] ) continue;
      a[nA].z = zT;
      a[nA].n = k;
      r = err_match(zF0, zF+nConv, zT+k, a, nA+1);
      if( r>=0 ) return r;
    }
    return -1;
  }
}

static void err_say(const char *zEn, int eLang, L10nTr xTr, ErrOut *o,
                    int iDepth);

/* Whether z[0..n) is a name of the model: lower-case letters, digits and
** '_', starting with a letter. */
static int err_is_name(const char *z, int n){
  int i;
  if( n<=0 || z[0]<'a' || z[0]>'z' ) return 0;
  for(i=0; i<n; i++){
    if( !((z[i]>='a' && z[i]<='z') || (z[i]>='0' && z[i]<='9')
          || z[i]=='_') ) return 0;
  }
  return 1;
}

/* The label of field zName as forms show it (page_field_label()): without
** "_id", underscores as spaces, capitalised; a Serbian twin "_sr" is its
** field's label with "(Serbian)". */
static void err_label(const char *zName, int n, int eLang, L10nTr xTr,
                      ErrOut *o){
  char z[64];
  int i, bSr = 0;
  if( n>=(int)sizeof(z) ){ errout_put(o, zName, (size_t)n); return; }
  memcpy(z, zName, (size_t)n);
  z[n] = 0;
  if( n>3 && strcmp(z+n-3, "_sr")==0 ){ bSr = 1; n -= 3; z[n] = 0; }
  if( n>3 && strcmp(z+n-3, "_id")==0 ){ n -= 3; z[n] = 0; }
  for(i=0; i<n; i++) if( z[i]=='_' ) z[i] = ' ';
  z[0] = (char)(z[0] - 'a' + 'A');
  if( strcmp(z, "Wg")==0 ) snprintf(z, sizeof(z), "Working group");
  {
    const char *zL = xTr(eLang, z);
    errout_put(o, zL, strlen(zL));
  }
  if( bSr ){
    const char *zS = xTr(eLang, "Serbian");
    errout_put(o, " (", 2);
    errout_put(o, zS, strlen(zS));
    errout_put(o, ")", 1);
  }
}

/* A word of the interface (underscores as spaces) in eLang; 0 if the
** catalogue has no translation of it. */
static const char *err_word(const char *z, int n, int eLang, L10nTr xTr,
                            char *zBuf, int nBuf){
  int i;
  const char *zT;
  if( n<=0 || n>=nBuf ) return 0;
  for(i=0; i<n; i++) zBuf[i] = z[i]=='_' ? ' ' : z[i];
  zBuf[n] = 0;
  zT = xTr(eLang, zBuf);
  return zT!=zBuf ? zT : 0;
}

/* Write argument pA in eLang. */
static void err_arg(const ErrArg *pA, int eLang, L10nTr xTr, ErrOut *o,
                    int iDepth){
  char zBuf[400], zW[64];
  const char *zT;
  Date d;
  if( pA->bPlural ) return;
  if( pA->cConv=='s' && !pA->bData
   && ((pA->n==1 && pA->z[0]=='a') || (pA->n==2 && memcmp(pA->z, "an", 2)==0)) ){
    return;                     /* an English article: Serbian has none */
  }
  if( pA->bData || pA->cConv!='s' || pA->n>=(int)sizeof(zBuf) ){
    errout_put(o, pA->z, (size_t)pA->n);
    return;
  }
  memcpy(zBuf, pA->z, (size_t)pA->n);
  zBuf[pA->n] = 0;
  if( pA->n==10 && date_parse(zBuf, &d)==0 ){
    char zD[L10N_DATESZ];
    if( l10n_genitive_before(o->z, o->n) ) l10n_date_gen(d, eLang, zD);
    else l10n_date(d, eLang, zD);
    errout_put(o, zD, strlen(zD));
    return;
  }
  if( (zT = err_word(zBuf, pA->n, eLang, xTr, zW, sizeof(zW)))!=0 ){
    errout_put(o, zT, strlen(zT));
    return;
  }
  if( strstr(zBuf, " or ") ){
    /* A list of words: "public, internal or restricted". */
    char *z = zBuf;
    int bAll = 1;
    ErrOut t;
    char zList[400];
    t.z = zList; t.n = 0; t.nAlloc = sizeof(zList); zList[0] = 0;
    while( *z && bAll ){
      char *zEnd = z + strcspn(z, ",");
      char *zOr = strstr(z, " or ");
      const char *zSep = zEnd[0] ? ", " : "";
      if( zOr && zOr<zEnd ){
        zEnd = zOr;
        zSep = xTr(eLang, " or ");
      }
      if( (zT = err_word(z, (int)(zEnd-z), eLang, xTr, zW, sizeof(zW)))==0 ){
        bAll = 0;
        break;
      }
      errout_put(&t, zT, strlen(zT));
      errout_put(&t, zSep, strlen(zSep));
      z = zEnd + (zEnd[0]==',' ? 2 : zEnd[0] ? 4 : 0);
    }
    if( bAll ){
      errout_put(o, zList, t.n);
      return;
    }
  }
  if( err_is_name(zBuf, pA->n) ){
    err_label(zBuf, pA->n, eLang, xTr, o);
    return;
  }
  err_say(zBuf, eLang, xTr, o, iDepth+1);
}

/* The number written just before position n of o, or -1. */
static long long err_last_num(const ErrOut *o){
  int i = (int)o->n;
  while( i>0 && (o->z[i-1]==' ' || o->z[i-1]=='.') ) i--;
  if( i==0 || o->z[i-1]<'0' || o->z[i-1]>'9' ) return -1;
  while( i>0 && o->z[i-1]>='0' && o->z[i-1]<='9' ) i--;
  return strtoll(o->z+i, 0, 10);
}

/* Write the translation zTr of a format with the arguments a[0..nA). */
static void err_fill(const char *zTr, const ErrArg *a, int nA, int eLang,
                     L10nTr xTr, ErrOut *o, int iDepth){
  int iA = 0;
  while( *zTr ){
    int nConv = err_conv(zTr);
    if( nConv ){
      if( iA<nA ) err_arg(&a[iA], eLang, xTr, o, iDepth);
      iA++;
      zTr += nConv;
    }else if( zTr[0]=='%' && zTr[1]=='%' ){
      errout_put(o, "%", 1);
      zTr += 2;
    }else if( zTr[0]=='{' && strchr(zTr, '}') ){
      /* {one|few|many}: Serbian plural by the number before. */
      long long v = err_last_num(o);
      const char *zEnd = strchr(zTr, '}'), *z = zTr+1;
      int iForm = 2, k;
      if( v>=0 ){
        long long m10 = v%10, m100 = v%100;
        iForm = m10==1 && m100!=11 ? 0
              : m10>=2 && m10<=4 && (m100<12 || m100>14) ? 1 : 2;
      }
      for(k=0; k<iForm && z<zEnd; k++){
        const char *zBar = memchr(z, '|', (size_t)(zEnd-z));
        z = zBar ? zBar+1 : zEnd;
      }
      {
        const char *zBar = memchr(z, '|', (size_t)(zEnd-z));
        errout_put(o, z, (size_t)((zBar ? zBar : zEnd) - z));
      }
      zTr = zEnd+1;
    }else{
      errout_put(o, zTr, 1);
      zTr++;
    }
  }
}

/* Write the English message zEn in eLang to o. */
/* Write zEn by the first format of azErrMsg that wrote it, taking the
** formats that begin with text (bLead) or with a conversion; 1 if one
** did. */
static int err_by_format(const char *zEn, int bLead, int eLang, L10nTr xTr,
                         ErrOut *o, int iDepth){
  ErrArg a[ERR_MAXARG];
  int i, nA;
  for(i=0; azErrMsg[i]; i++){
    if( (err_conv(azErrMsg[i])==0)!=bLead ) continue;
    nA = err_match(azErrMsg[i], azErrMsg[i], zEn, a, 0);
    if( nA<0 ) continue;
    err_fill(xTr(eLang, azErrMsg[i]), a, nA, eLang, xTr, o, iDepth);
    return 1;
  }
  return 0;
}

static void err_say(const char *zEn, int eLang, L10nTr xTr, ErrOut *o,
                    int iDepth){
  size_t n;
  if( iDepth>4 ){ errout_put(o, zEn, strlen(zEn)); return; }
  /* A format that begins with text ("empty: give a number") before the
  ** field names in front; one that begins with an argument ("%s is after
  ** %s") only after them, or it would take the names as its argument. */
  if( err_by_format(zEn, 1, eLang, xTr, o, iDepth) ) return;
  /* "field, field: message", "--option: message" */
  n = strcspn(zEn, ":");
  if( zEn[n]==':' && zEn[n+1]==' ' && n>0 ){
    const char *z = zEn;
    int bNames = 1;
    if( z[0]=='-' && z[1]=='-' ){
      bNames = 1;
    }else{
      while( z<zEn+n ){
        size_t k = strcspn(z, ",:");
        if( !err_is_name(z, (int)k) ){ bNames = 0; break; }
        z += k;
        if( z[0]==',' && z[1]==' ' ) z += 2;
        else break;
      }
    }
    if( bNames ){
      if( zEn[0]=='-' ){
        errout_put(o, zEn, n);
      }else{
        z = zEn;
        while( z<zEn+n ){
          size_t k = strcspn(z, ",:");
          err_label(z, (int)k, eLang, xTr, o);
          z += k;
          if( z[0]==',' ){ errout_put(o, ", ", 2); z += 2; }
        }
      }
      errout_put(o, ": ", 2);
      err_say(zEn+n+2, eLang, xTr, o, iDepth+1);
      return;
    }
  }
  if( err_by_format(zEn, 0, eLang, xTr, o, iDepth) ) return;
  /* a message written as it is, no format: the catalogue may have it
  ** ("you may not record figures for any indicator of this dialogue") */
  zEn = xTr(eLang, zEn);
  errout_put(o, zEn, strlen(zEn));
}

const char *l10n_err(const char *zEn, int eLang, L10nTr xTr, char *zOut,
                     size_t nOut){
  ErrOut o;
  if( nOut==0 ) return zOut;
  zOut[0] = 0;
  o.z = zOut; o.n = 0; o.nAlloc = nOut;
  if( zEn==0 ) return zOut;
  if( eLang==L10N_EN || xTr==0 ){
    errout_put(&o, zEn, strlen(zEn));
    return zOut;
  }
  err_say(zEn, eLang, xTr, &o, 0);
  return zOut;
}
