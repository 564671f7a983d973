/*
** csvimport.c: the CSV reader of observations (csvimport.h), moved here
** from `accord import observations` so that the CLI and the web's upload
** read a file the same way.
**
** The file is RFC 4180 CSV (parsed by libcsv in strict mode) whose first
** line names the columns.  Every field must be valid UTF-8 text
** (text_check(); a file that reads as Windows-1250 gets a hint naming
** --encoding windows-1250, which reads it through iconv: CsvImportOpt.
** zEnc).  Every row is checked -- indicator, period of the indicator's
** frequency and begun, finite number (whole and not negative for a
** count), source -- by the one importer of observations (obsrow.h),
** which the IATI and the JSON imports use too, and written inside one
** transaction; checking goes on after an error so that one run reports
** up to CSV_IMPORT_ERRORS problems, each with its line, column and value, every duplicate included.  Any
** error rolls everything back.  Indicators and sources are resolved once
** and cached.  Good rows go to the store in batches (obsrow_add()), 50 to
** one INSERT, inside a transaction that leaves the reference checks to
** the importer (store_begin_bulk()); bench/import measures it against
** sqlite3.
**
** Lines without a quote, a CR, a space or a tab (nearly all lines of a
** statistics export) are split at their commas by imp_line(), which
** gives the fields libcsv would give; any other line goes to libcsv, and
** so does everything after it until libcsv is back at the start of a
** row.  Both paths end in imp_eol().
**
** A batch is written when it is full, at the end of the file, and before
** any error is reported, so that errors still come out in the order of
** the lines.  A row that turns out to be a duplicate when its batch is
** written is reported with its line, its indicator and its value as
** written (imp_dup()).
*/
#include "storeInt.h"
#include "csvimport.h"
#include "obsrow.h"
#include "../core/breakdown.h"

#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define IMP_BUF (1<<20)   /* bytes read at once (UTF-8, after iconv) */
#define IMP_RAW (1<<18)   /* ... before iconv */
#define MAX_CACHE 256     /* indicators and sources remembered */

/* The columns an import understands. */
enum {
  COL_INDICATOR = 0, COL_PERIOD, COL_VALUE, COL_SOURCE, COL_SOURCE_TITLE,
  COL_SOURCE_PUBLISHER, COL_SOURCE_URL, COL_SOURCE_DATE, COL_NOTE,
  COL_UNIT, COL_STATS, COL_NOTE_SR, COL__MAX
};
static const char *const azCol[COL__MAX] = {
  "indicator", "period", "value", "source", "source_title",
  "source_publisher", "source_url", "source_date", "note", "unit",
  "statistics_of", "note_sr"
};

/* A resolved name: an indicator (with its frequency) or a source. */
typedef struct CacheEnt {
  char *zKey;        /* the text as written in the file */
  int64_t id;
  ObsIndicator ind;  /* indicators: what the rules need */
} CacheEnt;

/* Resolved names, with a hash table over them: a file in period order
** names a different indicator on every row. */
typedef struct Cache {
  CacheEnt a[MAX_CACHE];
  int n;
  int iLast;                   /* the entry found last (files in indicator
                               ** order name the same one row after row) */
  short aiHash[2*MAX_CACHE];   /* 1 + index into a, or 0: open addressing */
} Cache;

/* The state of one import. */
typedef struct Import {
  const CsvImportOpt *pOpt;
  Store *pStore;
  FILE *in;                /* the file, or NULL: */
  const char *zMem;        /* ... the bytes not read yet */
  size_t nMem;
  char *aRaw;              /* IMP_RAW bytes before iconv */
  CacheEnt tmpInd, tmpSrc; /* an entry for this row only (cache full) */
  int aiCol[COL__MAX];     /* field index of each column, or -1 */
  int aiDim[BREAKDOWN_DIMS];  /* field index of each dim_NAME column */
  int nDim;
  char *zHeadDim[64];      /* the header's name of each dim_ field */
  int nCol;                /* fields in the header */
  Buf row;                 /* the current row's fields, NUL-separated */
  size_t aOff[64];         /* offsets of the fields in row */
  int nField;              /* fields in the current row */
  int bTooMany;            /* the row has more than 64 fields */
  int bNul;                /* a field of the row holds a NUL byte */
  int64_t iLine;           /* line of the next character */
  int64_t iRowLine;        /* line where the current row starts */
  int bAfterCR;            /* last row ended with a CR */
  int bEolNL;              /* the last row callback was for an LF */
  int bInCsv;              /* libcsv is inside a row: give it the bytes */
  int bHeader;             /* the header has been read */
  int64_t nRow;            /* data rows seen */
  int64_t nOk;             /* rows inserted */
  int nErr;                /* errors reported */
  int bStop;               /* too many errors: stop checking */
  Cache ind;               /* indicators */
  Cache src;               /* sources */
  int64_t nBytes, nTotal;  /* progress */
  int64_t nNextTick;
  ObsRows *pRows;          /* the rows checked and not yet written */
  Date today;              /* periods that begin after it are refused */
  int bHinted;             /* the Windows-1250 hint was given */
  const char *zEnc;        /* the encoding, or NULL */
  int64_t nRawNl;          /* zEnc: line feeds read so far */
  int64_t nRawCol;         /* bytes since the last of them */
} Import;

/* Report an error at the current row (iCol: COL_*, or -1 for the
** line). */
static void imp_error(Import *p, int iCol, const char *zFmt, ...)
  __attribute__((format(printf, 3, 4)));
static void imp_verror(Import *p, int iField, const char *zName,
                       const char *zFmt, va_list ap){
  Buf b = BUF_INIT;
  int nMax = p->pOpt->nMaxErr>0 ? p->pOpt->nMaxErr : CSV_IMPORT_ERRORS;
  if( p->pRows ) obsrow_flush(p->pRows);  /* errors of earlier lines */
  p->nErr++;
  if( p->nErr>nMax || p->pOpt->xError==0 ) return;  /* counted, not shown */
  buf_vappendf(&b, zFmt, ap);
  p->pOpt->xError(p->pOpt->pErrArg, p->iRowLine, iField>=0 ? iField+1 : 0,
                  zName, buf_str(&b));
  buf_free(&b);
}
static void imp_error(Import *p, int iCol, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  imp_verror(p, iCol>=0 ? p->aiCol[iCol] : -1, iCol>=0 ? azCol[iCol] : 0,
             zFmt, ap);
  va_end(ap);
}

/* Report an error at field iField of the current row, a dim_NAME column
** (its name from the header). */
static void imp_dim_error(Import *p, int iField, const char *zFmt, ...)
  __attribute__((format(printf, 3, 4)));
static void imp_dim_error(Import *p, int iField, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  imp_verror(p, iField, p->zHeadDim[iField], zFmt, ap);
  va_end(ap);
}

/* An ObsDupFn: report the duplicate row of line iTag. */
static void imp_dup(void *pArg, int64_t iTag, const char *zInd,
                    const char *zValue, const char *zMsg){
  Import *p = pArg;
  int64_t iLine = p->iRowLine;
  p->iRowLine = iTag;
  imp_error(p, -1, "%s (indicator %s, value %s)", zMsg, zInd, zValue);
  p->iRowLine = iLine;
}

/* Field of column c in the current row, or NULL if absent or empty. */
static const char *imp_col(Import *p, int c){
  int i = p->aiCol[c];
  const char *z;
  if( i<0 || i>=p->nField ) return 0;
  z = p->row.z + p->aOff[i];
  return z[0] ? z : 0;
}

/* libcsv field callback: append the field to the row. */
static void imp_field(void *s, size_t n, void *pArg){
  Import *p = pArg;
  size_t i;
  for(i=0; i<n; i++){
    if( ((char*)s)[i]=='\n' ) p->iLine++;
  }
  if( p->nField>=(int)(sizeof(p->aOff)/sizeof(p->aOff[0])) ){
    p->bTooMany = 1;
    return;
  }
  if( s && memchr(s, 0, n) ) p->bNul = 1;
  p->aOff[p->nField++] = p->row.n;
  buf_append(&p->row, s ? (const char*)s : "", s ? n : 0);
  buf_putc(&p->row, 0);
}

/* Read the header row. */
static void imp_header(Import *p){
  int i, c;
  for(c=0; c<COL__MAX; c++) p->aiCol[c] = -1;
  p->nCol = p->nField;
  for(i=0; i<p->nField; i++){
    const char *z = p->row.z + p->aOff[i];
    TextBad bad;
    if( i==0 && strncmp(z, "\xef\xbb\xbf", 3)==0 ) z += 3;  /* UTF-8 BOM */
    if( text_check(z, strlen(z), &bad) ){
      char zWhere[120];
      text_describe(z, strlen(z), &bad, zWhere, sizeof(zWhere));
      imp_error(p, -1, "column %d of the header: not valid text: %s", i+1,
                zWhere);
      continue;
    }
    for(c=0; c<COL__MAX && strcmp(z, azCol[c])!=0; c++){}
    if( c==COL__MAX && strncmp(z, "dim_", 4)==0 ){
      /* A dimension of a breakdown (docs/cli.md): dim_sex, dim_age. */
      char zCell[BREAKDOWN_MAX], zErr[200];
      int j;
      zCell[0] = 0;
      for(j=0; j<p->nDim
          && strcmp(p->zHeadDim[p->aiDim[j]]+4, z+4)!=0; j++){}
      if( j<p->nDim ){
        imp_error(p, -1, "column \"%s\" appears twice", z);
      }else if( breakdown_add(zCell, sizeof(zCell), z+4, "x", zErr,
                              sizeof(zErr)) || strcmp(zCell+strlen(z+4), "=x") ){
        imp_error(p, -1, "column \"%s\": a dimension's name is a lower-case "
                  "code of letters, digits or _, e.g. dim_sex", z);
      }else if( p->nDim>=BREAKDOWN_DIMS || i>=64 ){
        imp_error(p, -1, "column \"%s\": at most %d dimension columns", z,
                  BREAKDOWN_DIMS);
      }else{
        p->zHeadDim[i] = acc_strdup(z);
        p->aiDim[p->nDim++] = i;
      }
    }else if( c==COL__MAX ){
      imp_error(p, -1, "unknown column \"%s\" (the columns are indicator, "
                "period, value, source or source_title, source_publisher, "
                "source_url, source_date, note, note_sr, unit, statistics_of "
                "and dim_NAME for a dimension of a breakdown)", z);
    }else if( p->aiCol[c]>=0 ){
      imp_error(p, -1, "column \"%s\" appears twice", z);
    }else{
      p->aiCol[c] = i;
    }
  }
  for(c=0; c<=COL_VALUE; c++){
    if( p->aiCol[c]<0 ){
      imp_error(p, -1, "the header has no \"%s\" column", azCol[c]);
    }
  }
  if( p->aiCol[COL_SOURCE]>=0 && p->aiCol[COL_SOURCE_TITLE]>=0 ){
    imp_error(p, -1, "give either a \"source\" column or \"source_title\" "
              "and its companions, not both");
  }
  if( p->aiCol[COL_SOURCE_TITLE]<0 ){
    for(c=COL_SOURCE_PUBLISHER; c<=COL_SOURCE_DATE; c++){
      if( p->aiCol[c]>=0 ){
        imp_error(p, -1, "column \"%s\" needs a \"source_title\" column",
                  azCol[c]);
      }
    }
  }
  if( p->nErr ) p->bStop = 1;
}

/* The slot of z in the hash table of c: where it is, or the empty slot
** where it would go. */
static int cache_slot(const Cache *c, const char *z){
  unsigned h = 2166136261u;
  const unsigned char *u;
  for(u=(const unsigned char*)z; *u; u++) h = (h ^ *u)*16777619u;
  h %= 2*MAX_CACHE;
  while( c->aiHash[h] && strcmp(c->a[c->aiHash[h]-1].zKey, z)!=0 ){
    h = (h+1) % (2*MAX_CACHE);
  }
  return (int)h;
}

/* Look z up in a cache; returns the entry or NULL. */
static CacheEnt *cache_find(Cache *c, const char *z){
  int i;
  if( c->n && strcmp(c->a[c->iLast].zKey, z)==0 ) return &c->a[c->iLast];
  i = c->aiHash[cache_slot(c, z)];
  if( i==0 ) return 0;
  c->iLast = i-1;
  return &c->a[i-1];
}

/* Remember z -> id in a cache (when there is room; else in *pTmp, for
** this row only). */
static CacheEnt *cache_add(Cache *c, const char *z, int64_t id,
                           CacheEnt *pTmp){
  CacheEnt *pE = pTmp;
  if( c->n<MAX_CACHE ){
    c->aiHash[cache_slot(c, z)] = (short)(c->n + 1);
    pE = &c->a[c->n++];
  }else{
    free(pTmp->zKey);
  }
  pE->zKey = acc_strdup(z);
  pE->id = id;
  memset(&pE->ind, 0, sizeof(pE->ind));
  return pE;
}

/* Resolve the indicator of the row.  NULL after reporting an error. */
static const CacheEnt *imp_indicator(Import *p, const char *z){
  CacheEnt *pE = cache_find(&p->ind, z);
  ObsIndicator ind;
  char zErr[200];
  if( pE ) return pE;
  if( obsrow_indicator(p->pRows, z, &ind, zErr, sizeof(zErr)) ){
    imp_error(p, COL_INDICATOR, "%s", zErr);
    return 0;
  }
  pE = cache_add(&p->ind, z, ind.id, &p->tmpInd);
  pE->ind = ind;
  return pE;
}

/* A code for a new source from its title: "src/" + slug, made unique. */
static char *source_code(Store *pStore, const char *zTitle){
  Buf b = BUF_INIT;
  size_t n0;
  int k;
  int64_t id;
  buf_puts(&b, "src/");
  for(; *zTitle && b.n<44; zTitle++){
    unsigned char c = (unsigned char)*zTitle;
    if( (c>='a' && c<='z') || (c>='0' && c<='9') ) buf_putc(&b, (char)c);
    else if( c>='A' && c<='Z' ) buf_putc(&b, (char)(c-'A'+'a'));
    else if( b.n>4 && b.z[b.n-1]!='-' ) buf_putc(&b, '-');
  }
  while( b.n>4 && b.z[b.n-1]=='-' ) b.n--;
  b.z[b.n] = 0;
  n0 = b.n;
  for(k=2; store_item_find_code(pStore, ENT_SOURCE, buf_str(&b), &id)==0;
      k++){
    b.n = n0;
    buf_appendf(&b, "-%d", k);
  }
  return buf_detach(&b);
}

/* Resolve or create the source of the row; 0 for none, -1 on error. */
static int64_t imp_source(Import *p){
  const char *zCode = imp_col(p, COL_SOURCE);
  const char *zTitle = imp_col(p, COL_SOURCE_TITLE);
  const char *zUrl = imp_col(p, COL_SOURCE_URL);
  CacheEnt *pE;
  char zErr[300];
  Buf key = BUF_INIT;
  int64_t id = -1;
  if( zCode ){
    Value v;
    if( (pE = cache_find(&p->src, zCode))!=0 ) return pE->id;
    v.eType = VAL_TEXT;
    v.z = zCode;
    if( zCode[0]>='0' && zCode[0]<='9' ){
      v.eType = VAL_INT;
      v.i = strtoll(zCode, 0, 10);
    }
    if( store_ref_resolve(p->pStore, ENT_SOURCE, &v, zErr, sizeof(zErr)) ){
      imp_error(p, COL_SOURCE, "%s", zErr);
      return -1;
    }
    return cache_add(&p->src, zCode, v.i, &p->tmpSrc)->id;
  }
  if( zTitle==0 ){
    if( p->aiCol[COL_SOURCE_TITLE]>=0 ){
      imp_error(p, COL_SOURCE_TITLE, "empty: every row needs its source");
      return -1;
    }
    return 0;
  }
  buf_appendf(&key, "%s\n%s\n%s\n%s", zTitle, zUrl ? zUrl : "",
              imp_col(p, COL_SOURCE_PUBLISHER) ? imp_col(p, COL_SOURCE_PUBLISHER) : "",
              imp_col(p, COL_SOURCE_DATE) ? imp_col(p, COL_SOURCE_DATE) : "");
  if( (pE = cache_find(&p->src, buf_str(&key)))!=0 ){
    buf_free(&key);
    return pE->id;
  }
  if( store_source_find(p->pStore, zTitle, zUrl, &id)!=ACC_OK ){
    Value aV[MAX_FIELDS];
    const EntityDef *pE2 = &aEntity[ENT_SOURCE];
    char *zNewCode = source_code(p->pStore, zTitle);
    int i;
    memset(aV, 0, sizeof(aV));
    for(i=0; i<pE2->nField; i++){
      const char *zF = pE2->aField[i].zName, *z = 0;
      if( strcmp(zF, "code")==0 ) z = zNewCode;
      else if( strcmp(zF, "title")==0 ) z = zTitle;
      else if( strcmp(zF, "publisher")==0 ) z = imp_col(p, COL_SOURCE_PUBLISHER);
      else if( strcmp(zF, "url")==0 ) z = zUrl;
      else if( strcmp(zF, "published_on")==0 ) z = imp_col(p, COL_SOURCE_DATE);
      else z = model_field_default(ENT_SOURCE, i);   /* classification */
      if( model_value_parse(&pE2->aField[i], z, &aV[i], zErr, sizeof(zErr)) ){
        imp_error(p, COL_SOURCE_DATE, "%s", zErr);
        free(zNewCode);
        buf_free(&key);
        return -1;
      }
    }
    if( store_item_insert(p->pStore, ENT_SOURCE, aV, &id, zErr,
                          sizeof(zErr)) ){
      imp_error(p, COL_SOURCE_TITLE, "%s", zErr);
      id = -1;
    }
    free(zNewCode);
  }
  if( id>0 ) cache_add(&p->src, buf_str(&key), id, &p->tmpSrc);
  buf_free(&key);
  return id;
}

/* The column of field i of the row (-1 if none). */
static int imp_col_of(Import *p, int i){
  int c;
  for(c=0; c<COL__MAX && p->aiCol[c]!=i; c++){}
  return c<COL__MAX ? c : -1;
}

/* Refuse a field that is not valid UTF-8 or holds control characters (a
** terminal escape, a NUL that would cut it short), as every other way in
** does (text_check()); the first time a field reads as Windows-1250, say
** how to import such a file.  Returns the number of bad fields. */
static int imp_text_check(Import *p){
  int i, nBad = 0;
  if( p->bNul ){
    imp_error(p, -1, "a field holds a NUL byte: not valid text");
    return 1;
  }
  for(i=0; i<p->nField && i<p->nCol; i++){
    const char *z = p->row.z + p->aOff[i];
    TextBad bad;
    char zWhere[120];
    int c;
    if( text_check(z, strlen(z), &bad)==TEXT_OK ) continue;
    nBad++;
    text_describe(z, strlen(z), &bad, zWhere, sizeof(zWhere));
    c = imp_col_of(p, i);
    if( bad.bCp1250 && !p->bHinted ){
      p->bHinted = 1;
      imp_error(p, c, "not valid text: %s; the file reads as Windows-1250 "
                "(as Excel on a Serbian Windows saves CSV): import it with "
                "--encoding windows-1250", zWhere);
    }else{
      imp_error(p, c, "not valid text: %s", zWhere);
    }
  }
  return nBad;
}

/* Check the current data row and queue it for writing. */
static void imp_row(Import *p){
  const char *zInd = imp_col(p, COL_INDICATOR);
  const char *zPeriod = imp_col(p, COL_PERIOD);
  const char *zValue = imp_col(p, COL_VALUE);
  const CacheEnt *pInd = 0;
  const char *zField = 0;
  char zErr[300], zCell[BREAKDOWN_MAX], zDim[BREAKDOWN_NAME];
  int i;
  double r = 0;
  int64_t iSrc;
  int nErr0 = p->nErr, bPeriod;
  p->nRow++;
  if( p->bTooMany || p->nField!=p->nCol ){
    imp_error(p, -1, "expected %d fields as in the header, found %s%d",
              p->nCol, p->bTooMany ? "over " : "", p->nField);
    return;
  }
  if( imp_text_check(p) ) return;
  if( zInd==0 ) imp_error(p, COL_INDICATOR, "empty: give a code or id");
  else pInd = imp_indicator(p, zInd);
  bPeriod = obsrow_period(zPeriod, pInd ? (int)pInd->ind.eFreq : -1, zInd,
                          zErr, sizeof(zErr))==ACC_OK;
  if( !bPeriod ) imp_error(p, COL_PERIOD, "%s", zErr);
  if( obsrow_value(zValue, &r, zErr, sizeof(zErr)) ){
    imp_error(p, COL_VALUE, "%s", zErr);
  }else if( pInd && bPeriod
         && obsrow_rules(&pInd->ind, zInd, zPeriod, r, zValue, p->today,
                         &zField, zErr, sizeof(zErr)) ){
    imp_error(p, zField[0]=='p' ? COL_PERIOD : COL_VALUE, "%s", zErr);
  }
  if( pInd && obsrow_measure(&pInd->ind, zInd, imp_col(p, COL_UNIT),
                             imp_col(p, COL_STATS), &zField, zErr,
                             sizeof(zErr)) ){
    imp_error(p, zField[0]=='u' ? COL_UNIT : COL_STATS, "%s", zErr);
  }
  /* The store's account (--as, the web's caller): its grants, row by row (store_authorize()), as the
  ** API's import. */
  if( pInd && store_obs_authorize(p->pStore, pInd->id, zErr, sizeof(zErr)) ){
    imp_error(p, COL_INDICATOR, "%s", zErr);
    return;
  }
  iSrc = imp_source(p);
  zCell[0] = 0;
  for(i=0; i<p->nDim; i++){
    const char *zV = p->row.z + p->aOff[p->aiDim[i]];
    if( zV[0]==0 ) continue;   /* empty: not broken down by it */
    if( breakdown_add(zCell, sizeof(zCell), p->zHeadDim[p->aiDim[i]]+4, zV,
                      zErr, sizeof(zErr)) ){
      imp_dim_error(p, p->aiDim[i], "%s", zErr);
    }
  }
  /* Only declared dimensions and values, the dimension's column named. */
  if( p->nErr==nErr0 && zCell[0]
   && obsrow_cell(p->pRows, &pInd->ind, zCell, zDim, zErr, sizeof(zErr)) ){
    for(i=0; i<p->nDim-1
        && strcmp(p->zHeadDim[p->aiDim[i]]+4, zDim)!=0; i++){}
    imp_dim_error(p, p->aiDim[i], "%s", zErr);
  }
  if( p->nErr>nErr0 ) return;
  /* Written even after an error elsewhere (all is rolled back then), so
  ** that every duplicate is found. */
  obsrow_add_cell(p->pRows, p->iRowLine, pInd->id, zPeriod, r, iSrc,
                  imp_col(p, COL_NOTE), imp_col(p, COL_NOTE_SR), zCell, zInd,
                  zValue);
  p->nOk++;
}

/* Tell the caller how far the import is. */
static void imp_progress(Import *p, int bDone){
  if( p->pOpt->xProgress ){
    p->pOpt->xProgress(p->pOpt->pProgArg, p->nBytes, p->nTotal, p->nRow,
                       bDone);
  }
}

/* libcsv row callback. */
static void imp_eol(int c, void *pArg){
  Import *p = pArg;
  int bBlank = p->nField==0;
  p->bEolNL = c=='\n';
  if( c=='\n' && p->bAfterCR && bBlank ){
    /* The LF of a CRLF pair. */
    p->bAfterCR = 0;
    return;
  }
  p->bAfterCR = c=='\r';
  if( !bBlank && !p->bStop ){
    if( !p->bHeader ){
      imp_header(p);
      p->bHeader = 1;
    }else{
      imp_row(p);
    }
  }
  p->iLine++;
  p->iRowLine = p->iLine;
  p->nField = 0;
  p->bTooMany = 0;
  p->bNul = 0;
  buf_reset(&p->row);
  if( p->nRow>=p->nNextTick ){
    imp_progress(p, 0);
    p->nNextTick = p->nRow + 65536;
  }
}

/* Bytes that only libcsv may read; commas. */
#define IMP_SPECIAL 2
#define IMP_COMMA   1
static const unsigned char aCsvClass[256] = {
  ['"'] = IMP_SPECIAL, ['\r'] = IMP_SPECIAL, [' '] = IMP_SPECIAL,
  ['\t'] = IMP_SPECIAL, [','] = IMP_COMMA, [0] = IMP_SPECIAL,
};

/* The fast path: line z of n bytes (without its LF) as one row, if it
** holds no quote, CR, space, tab or NUL (what libcsv would trim or treat
** specially, and a NUL that imp_field() must see): then its fields are
** exactly the text between the commas.
** Returns 0, having done nothing, for a line libcsv must read. */
static int imp_line(Import *p, const char *z, size_t n){
  char *zRow;
  size_t i;
  if( n==0 ) return 0;
  buf_append(&p->row, z, n);
  zRow = p->row.z;
  p->aOff[0] = 0;
  p->nField = 1;
  for(i=0; i<n; i++){
    unsigned char c = aCsvClass[(unsigned char)zRow[i]];
    if( c==0 ) continue;
    if( c==IMP_SPECIAL ){
      p->nField = 0;
      buf_reset(&p->row);
      return 0;
    }
    zRow[i] = 0;
    if( p->nField>=(int)(sizeof(p->aOff)/sizeof(p->aOff[0])) ){
      p->bTooMany = 1;
    }else{
      p->aOff[p->nField++] = i+1;
    }
  }
  imp_eol('\n', p);
  return 1;
}

/* Give n bytes to libcsv. */
static void imp_feed(Import *p, struct csv_parser *pCsv, const char *z,
                     size_t n){
  p->bEolNL = 0;
  if( csv_parse(pCsv, z, n, imp_field, imp_eol, p)!=n ){
    imp_error(p, -1, "malformed CSV: %s (a quote inside an unquoted "
              "field, or text after a closing quote)",
              csv_strerror(csv_error(pCsv)));
    p->bStop = 1;
  }
  /* Given bytes that end with their only LF, libcsv is back at the start
  ** of a row exactly when that LF ended one. */
  p->bInCsv = !p->bEolNL;
}

/* Read the n bytes at z, of a buffer of nCap, line by line.  Returns how
** many were used: the rest is the start of a line, to be read again with
** the next bytes of the file. */
static size_t imp_scan(Import *p, struct csv_parser *pCsv, const char *z,
                       size_t n, size_t nCap){
  size_t i = 0;
  while( i<n && !p->bStop ){
    const char *zNl = memchr(z+i, '\n', n-i);
    size_t e;
    if( zNl==0 ){
      if( p->bInCsv || (i==0 && n==nCap) ){
        imp_feed(p, pCsv, z+i, n-i);   /* inside a row, or a huge line */
        return n;
      }
      return i;
    }
    e = (size_t)(zNl - z);
    if( p->bInCsv || !imp_line(p, z+i, e-i) ){
      imp_feed(p, pCsv, z+i, e+1-i);
    }
    i = e+1;
  }
  return n;
}

/* Count the lines and the bytes of the last line from zFrom to zTo, as
** read before conversion (--encoding). */
static void imp_raw_count(Import *p, const char *zFrom, const char *zTo){
  for(; zFrom<zTo; zFrom++){
    if( *zFrom=='\n' ){
      p->nRawNl++;
      p->nRawCol = 0;
    }else{
      p->nRawCol++;
    }
  }
}

/* Up to n bytes of the input into z; returns how many. */
static size_t imp_fread(Import *p, char *z, size_t n){
  if( p->in ) return fread(z, 1, n, p->in);
  if( n>p->nMem ) n = p->nMem;
  memcpy(z, p->zMem, n);
  p->zMem += n;
  p->nMem -= n;
  return n;
}

/* Read the next bytes of the file into z (room for nCap): as they are,
** or through the converter pConv (not (iconv_t)-1) from the file's
** encoding into UTF-8.  Returns the bytes put in z, 0 at the end or
** after an error (reported). */
static size_t imp_read(Import *p, iconv_t pConv, char *z, size_t nCap){
  char *zIn = p->aRaw, *zOut = z;
  size_t nIn, nOut = nCap;
  if( pConv==(iconv_t)-1 ) return imp_fread(p, z, nCap);
  /* A single-byte encoding: at most 3 bytes of UTF-8 for each. */
  nIn = imp_fread(p, p->aRaw, nCap/3<IMP_RAW ? nCap/3 : IMP_RAW);
  if( nIn==0 ) return 0;
  if( iconv(pConv, &zIn, &nIn, &zOut, &nOut)==(size_t)-1 ){
    imp_raw_count(p, p->aRaw, zIn);
    p->iRowLine = p->nRawNl + 1;
    imp_error(p, -1, "byte %lld of the line (0x%02X) is not a character of "
              "%s", (long long)p->nRawCol + 1, (unsigned char)*zIn,
              p->zEnc);
    p->bStop = 1;
    return 0;
  }
  imp_raw_count(p, p->aRaw, zIn);
  p->nBytes += zIn - p->aRaw;
  return nCap - nOut;
}

int csv_import_encoding_ok(const char *zEnc){
  iconv_t pConv = iconv_open("UTF-8", zEnc);
  if( pConv==(iconv_t)-1 ) return 0;
  iconv_close(pConv);
  return 1;
}

/* Run the import p (its input set), inside a transaction of its own. */
static AccRc import_run(Import *p, CsvImportResult *pRes){
  const CsvImportOpt *pOpt = p->pOpt;
  struct csv_parser csv;
  char *aBuf;
  size_t n, nHave = 0, nUsed;
  iconv_t pConv = (iconv_t)-1;
  AccRc rc = ACC_OK;
  int i;
  memset(pRes, 0, sizeof(*pRes));
  p->iLine = p->iRowLine = 1;
  p->today = date_today();
  p->zEnc = pOpt->zEnc;
  if( p->zEnc && (pConv = iconv_open("UTF-8", p->zEnc))==(iconv_t)-1 ){
    snprintf(pRes->zMsg, sizeof(pRes->zMsg), "encoding: \"%s\" is not an "
             "encoding this system can read (e.g. windows-1250)", p->zEnc);
    return ACC_INVALID;
  }
  if( csv_init(&csv, CSV_STRICT|CSV_STRICT_FINI|CSV_REPALL_NL) ){
    if( pConv!=(iconv_t)-1 ) iconv_close(pConv);
    snprintf(pRes->zMsg, sizeof(pRes->zMsg), "cannot start the CSV parser");
    return ACC_IO;
  }
  if( store_begin_bulk(p->pStore) ){
    csv_free(&csv);
    if( pConv!=(iconv_t)-1 ) iconv_close(pConv);
    snprintf(pRes->zMsg, sizeof(pRes->zMsg), "the database is busy; try "
             "again");
    return ACC_BUSY;
  }
  aBuf = acc_malloc(IMP_BUF);
  p->aRaw = acc_malloc(IMP_RAW);
  p->pRows = obsrow_new(p->pStore);
  obsrow_on_duplicate(p->pRows, imp_dup, p);
  while( !p->bStop && (n = imp_read(p, pConv, aBuf+nHave, IMP_BUF-nHave))>0 ){
    if( pConv==(iconv_t)-1 ) p->nBytes += (int64_t)n;
    nHave += n;
    nUsed = imp_scan(p, &csv, aBuf, nHave, IMP_BUF);
    memmove(aBuf, aBuf+nUsed, nHave-nUsed);
    nHave -= nUsed;
  }
  /* A last line without its LF. */
  if( !p->bStop && nHave>0 ) imp_feed(p, &csv, aBuf, nHave);
  if( p->in && ferror(p->in) ) imp_error(p, -1, "cannot read the file");
  if( !p->bStop && csv_fini(&csv, imp_field, imp_eol, p) ){
    imp_error(p, -1, "malformed CSV at the end of the file: %s "
              "(an unterminated quote?)", csv_strerror(csv_error(&csv)));
  }
  obsrow_flush(p->pRows);
  imp_progress(p, 1);
  if( p->nErr==0 && !p->bHeader ){
    imp_error(p, -1, "the file is empty: expected a header line");
  }
  if( p->nErr==0 && !pOpt->bDry ){
    if( store_audit_import(p->pStore, pOpt->zName ? pOpt->zName : "-",
                           p->nOk)
     || store_commit(p->pStore) ){
      imp_error(p, -1, "the database is busy; nothing was imported");
    }
  }
  if( p->nErr ){
    store_rollback(p->pStore);
    rc = ACC_INVALID;
  }else if( pOpt->bDry ){
    store_rollback(p->pStore);
  }
  pRes->nRow = p->nRow;
  pRes->nOk = p->nOk;
  pRes->nErr = p->nErr;
  csv_free(&csv);
  if( pConv!=(iconv_t)-1 ) iconv_close(pConv);
  obsrow_free(p->pRows);
  buf_free(&p->row);
  for(i=0; i<p->ind.n; i++) free(p->ind.a[i].zKey);
  for(i=0; i<p->src.n; i++) free(p->src.a[i].zKey);
  for(i=0; i<p->nDim; i++) free(p->zHeadDim[p->aiDim[i]]);
  free(aBuf);
  free(p->aRaw);
  return rc;
}

AccRc csv_import_file(Store *pStore, FILE *in, const CsvImportOpt *pOpt,
                      CsvImportResult *pRes){
  Import *p = acc_malloc(sizeof(*p));
  struct stat st;
  AccRc rc;
  memset(p, 0, sizeof(*p));
  p->pOpt = pOpt;
  p->pStore = pStore;
  p->in = in;
  if( fstat(fileno(in), &st)==0 && S_ISREG(st.st_mode) ){
    p->nTotal = st.st_size;
  }
  rc = import_run(p, pRes);
  free(p);
  return rc;
}

AccRc csv_import_bytes(Store *pStore, const char *z, size_t n,
                       const CsvImportOpt *pOpt, CsvImportResult *pRes){
  Import *p = acc_malloc(sizeof(*p));
  AccRc rc;
  memset(p, 0, sizeof(*p));
  p->pOpt = pOpt;
  p->pStore = pStore;
  p->zMem = z ? z : "";
  p->nMem = z ? n : 0;
  p->nTotal = (int64_t)n;
  rc = import_run(p, pRes);
  free(p);
  return rc;
}
