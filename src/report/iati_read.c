/*
** iati_read.c: indicator data from IATI activity XML (iati.h).
**
** The file is first checked against the IATI 2.03 schema (iati_schema.c),
** then read with libxml2's streaming reader (no network, no entity
** substitution).  What is imported: every actual of every period of a
** quantitative indicator (measure 1 to 4) whose reference of vocabulary
** 99 (the reporting organisation's own) names an Accord indicator by its
** code, as `accord export iati` writes it.  The period must be exactly one
** period of that indicator's frequency (a calendar month, quarter or
** year); the actual's value a number; the actual's comment, if it is the
** title of a source, links that source.  Skipped, and counted by reason
** (IatiSkip): periods without actuals (the targets of a goal),
** qualitative indicators (milestones), the indicators of other
** organisations (no reference of vocabulary 99, or one naming no
** indicator here).  A disaggregated actual (with <dimension name=
** value=> elements) is kept as a cell of a breakdown of the indicator
** (breakdown.h: "sex=female"), never added to the total, which only an
** actual without a dimension gives.  The checks of indicator, period and
** value and the writing are the one importer of observations
** (src/store/obsrow.h) and the audit entry the CSV import's, so the
** importers behave alike: one transaction, every error (every duplicate
** too) with its line and the element or attribute, and nothing imported
** if anything is wrong.
*/
#include "iati.h"
#include "../store/obsrow.h"
#include "../core/breakdown.h"

#include <libxml/xmlreader.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MAX_ERRORS 20      /* errors shown before counting only */
#define MAX_DEPTH 64       /* element nesting followed */

/* An actual of the current period, kept until the period ends. */
typedef struct RActual {
  char *zValue;           /* @value, or NULL */
  int bDim;               /* it has a <dimension>: a part, not the total */
  char zCell[BREAKDOWN_MAX];  /* its dimensions as a cell ("" none) */
  char zCellErr[200];     /* the first bad dimension, or "" */
  int iCellLine;          /* its line */
  int iLine;
  Buf comment;            /* text of its comment's first narrative */
} RActual;

/* The state of one import. */
typedef struct Rd {
  Store *pStore;
  const char *zFile;
  xmlTextReaderPtr r;
  ObsRows *pRows;
  Buf *pErrs;
  IatiImport *pRes;
  int bDry;
  int bStop;                    /* malformed XML: stop reading */
  const char *azStack[MAX_DEPTH];   /* open elements (static names) */
  int nDepth;
  /* the current indicator */
  int eMeasure;                 /* 1..5, 0 unknown */
  int iIndLine;                 /* its line */
  int bIndOk;                   /* resolved to an Accord indicator */
  int bUnknown;                 /* its code names no indicator here */
  ObsIndicator ind;
  char zInd[128];               /* its code */
  int bRef;                     /* a vocabulary 99 reference was seen */
  /* the current period */
  int iPeriodLine;
  char zStart[16], zEnd[16];    /* iso-dates as written ("" if none) */
  int bStartOk, bEndOk;
  Date dStart, dEnd;
  RActual *aAct;
  int nAct, nActAlloc;
  int bInComment;               /* inside actual/comment/narrative[1] */
  int nNarr;                    /* narratives seen in that comment */
  /* sources by title, read once */
  char **azSrc;
  int64_t *aiSrc;
  int nSrc;
  int bSrc;
  /* the activities: identifiers seen, and whether the current one is a
  ** child of one of them (related-activity type 1) */
  char **azAct;
  int nAct2;
  Buf actId;                    /* text of the current iati-identifier */
  int bInId;
  int bChild;
} Rd;

const char *const azIatiSkip[IATI_SKIP__MAX] = {
  "periods with targets only (no actual)",
  "periods of qualitative indicators",
  "periods of indicators with no Accord code (no reference of "
  "vocabulary 99)",
  "periods of indicators whose code names no indicator in this database",
  "disaggregated actuals (with a dimension): Accord records an "
  "indicator's total",
  "periods of activities whose parent activity is in the file "
  "(related-activity type 1): the parent's figures count, once",
};

/* Skip one thing for reason eWhy, first seen on line iLine. */
static void rd_skip(Rd *p, IatiSkip eWhy, int iLine){
  if( p->pRes->aSkip[eWhy]++==0 ) p->pRes->aSkipLine[eWhy] = iLine;
}

static void rd_error(Rd *p, int iLine, const char *zWhere,
                     const char *zFmt, ...)
  __attribute__((format(printf, 4, 5)));
static void rd_error(Rd *p, int iLine, const char *zWhere,
                     const char *zFmt, ...){
  va_list ap;
  if( p->pRows ) obsrow_flush(p->pRows);  /* errors of earlier lines */
  p->pRes->nErr++;
  if( p->pRes->nErr>MAX_ERRORS ) return;
  buf_appendf(p->pErrs, "accord: %s: line %d: %s: ", p->zFile, iLine,
              zWhere);
  va_start(ap, zFmt);
  buf_vappendf(p->pErrs, zFmt, ap);
  va_end(ap);
  buf_putc(p->pErrs, '\n');
}

/* An ObsDupFn: report the duplicate actual of line iTag. */
static void rd_dup(void *pArg, int64_t iTag, const char *zInd,
                   const char *zValue, const char *zMsg){
  rd_error(pArg, (int)iTag, "actual", "%s (indicator %s, value %s)", zMsg,
           zInd, zValue);
}

/* libxml2's errors: the file is not well-formed XML. */
static void rd_xml_error(void *pArg, xmlErrorPtr pE){
  Rd *p = pArg;
  char zMsg[200];
  size_t n;
  if( p->bStop || (pE && pE->level==XML_ERR_WARNING) ) return;
  snprintf(zMsg, sizeof(zMsg), "%s", pE && pE->message ? pE->message
           : "unreadable");
  n = strlen(zMsg);
  while( n>0 && (zMsg[n-1]=='\n' || zMsg[n-1]==' ') ) zMsg[--n] = 0;
  rd_error(p, pE ? pE->line : 0, "malformed XML", "%s", zMsg);
  p->bStop = 1;
}

/* The line of the current node (where its start tag is), else of the
** parser. */
static int rd_line(Rd *p){
  xmlNodePtr pNode = xmlTextReaderCurrentNode(p->r);
  long n = pNode ? xmlGetLineNo(pNode) : -1;
  return n>0 ? (int)n : xmlTextReaderGetParserLineNumber(p->r);
}

/* Attribute zName of the current element, copied into zOut (NULL if
** absent). */
static const char *rd_attr(Rd *p, const char *zName, char *zOut, int nOut){
  xmlChar *z = xmlTextReaderGetAttribute(p->r, BAD_CAST zName);
  if( z==0 ) return 0;
  snprintf(zOut, nOut, "%s", (const char*)z);
  xmlFree(z);
  return zOut;
}

/* Whether the parent of the current element is zName (never, below
** MAX_DEPTH open elements, whose names are not kept). */
static int rd_parent(Rd *p, const char *zName){
  return p->nDepth>=1 && p->nDepth<=MAX_DEPTH && p->azStack[p->nDepth-1]
         && strcmp(p->azStack[p->nDepth-1], zName)==0;
}

/* The source whose title is zTitle, or 0. */
static int64_t rd_source(Rd *p, const char *zTitle);
static int src_add(void *pArg, int64_t id, const Value *aVal){
  Rd *p = pArg;
  const Value *v = &aVal[model_field_find(ENT_SOURCE, "title")];
  if( v->eType!=VAL_TEXT ) return 0;
  p->azSrc = acc_realloc(p->azSrc, sizeof(char*)*(p->nSrc+1));
  p->aiSrc = acc_realloc(p->aiSrc, sizeof(int64_t)*(p->nSrc+1));
  p->azSrc[p->nSrc] = acc_strdup(v->z);
  p->aiSrc[p->nSrc++] = id;
  return 0;
}
static int64_t rd_source(Rd *p, const char *zTitle){
  int i;
  if( !p->bSrc ){
    store_item_each(p->pStore, ENT_SOURCE, -1, 0, src_add, p);
    p->bSrc = 1;
  }
  for(i=0; i<p->nSrc; i++){
    if( strcmp(p->azSrc[i], zTitle)==0 ) return p->aiSrc[i];
  }
  return 0;
}

/* <indicator measure=...> */
static void rd_indicator(Rd *p){
  char z[16];
  p->eMeasure = 0;
  p->bIndOk = 0;
  p->bUnknown = 0;
  p->bRef = 0;
  p->zInd[0] = 0;
  p->iIndLine = rd_line(p);
  if( rd_attr(p, "measure", z, sizeof(z))==0 ){
    rd_error(p, rd_line(p), "indicator/@measure", "missing: give 1 (unit), "
             "2 (percentage), 3 (nominal), 4 (ordinal) or 5 (qualitative)");
  }else if( z[0]<'1' || z[0]>'5' || z[1]!=0 ){
    rd_error(p, rd_line(p), "indicator/@measure", "\"%s\" is not a measure "
             "(1 to 5)", z);
  }else{
    p->eMeasure = z[0] - '0';
  }
}

/* <reference vocabulary="99" code=...> of an indicator. */
static void rd_reference(Rd *p){
  char zVoc[16], zCode[128], zErr[300];
  if( rd_attr(p, "vocabulary", zVoc, sizeof(zVoc))==0
   || strcmp(zVoc, "99")!=0 || p->bRef ){
    return;
  }
  p->bRef = 1;
  if( rd_attr(p, "code", zCode, sizeof(zCode))==0 || zCode[0]==0 ){
    rd_error(p, rd_line(p), "indicator/reference/@code", "empty: give the "
             "code of an Accord indicator");
    return;
  }
  snprintf(p->zInd, sizeof(p->zInd), "%s", zCode);
  if( p->eMeasure==5 ) return;      /* qualitative: nothing to import */
  if( obsrow_indicator(p->pRows, zCode, &p->ind, zErr, sizeof(zErr)) ){
    p->bUnknown = 1;        /* another organisation's own code */
    return;
  }
  p->bIndOk = 1;
}

/* <period-start iso-date=...> or <period-end ...>. */
static void rd_period_date(Rd *p, int bEnd){
  char *z = bEnd ? p->zEnd : p->zStart;
  const char *zWhere = bEnd ? "period-end/@iso-date"
                            : "period-start/@iso-date";
  Date d;
  if( rd_attr(p, "iso-date", z, 16)==0 ){
    z[0] = 0;
    rd_error(p, rd_line(p), zWhere, "missing: give a date (YYYY-MM-DD)");
  }else if( date_parse(z, &d) ){
    rd_error(p, rd_line(p), zWhere, "\"%s\" is not a date (YYYY-MM-DD)", z);
  }else if( bEnd ){
    p->dEnd = d;
    p->bEndOk = 1;
  }else{
    p->dStart = d;
    p->bStartOk = 1;
  }
}

/* <actual value=...>: kept until the period ends. */
static void rd_actual(Rd *p){
  char z[64];
  RActual *a;
  if( p->nAct>=p->nActAlloc ){
    p->nActAlloc = p->nActAlloc ? 2*p->nActAlloc : 8;
    p->aAct = acc_realloc(p->aAct, sizeof(RActual)*p->nActAlloc);
  }
  a = &p->aAct[p->nAct++];
  memset(a, 0, sizeof(*a));
  a->iLine = rd_line(p);
  if( rd_attr(p, "value", z, sizeof(z)) ) a->zValue = acc_strdup(z);
}

static void rd_period_reset(Rd *p){
  int i;
  for(i=0; i<p->nAct; i++){
    free(p->aAct[i].zValue);
    buf_free(&p->aAct[i].comment);
  }
  p->nAct = 0;
  p->zStart[0] = p->zEnd[0] = 0;
  p->bStartOk = p->bEndOk = 0;
}

/* </period>: check it and insert its actuals. */
static void rd_period_end(Rd *p){
  char zPeriod[12], zErr[300];
  Period per;
  int i;
  if( p->bStartOk && p->bEndOk && p->dStart>=p->dEnd ){
    rd_error(p, p->iPeriodLine, "period", "period-start %s is not before "
             "period-end %s", p->zStart, p->zEnd);
    goto out;
  }
  if( p->nAct==0 ){
    rd_skip(p, IATI_SKIP_NO_ACTUAL, p->iPeriodLine);
    goto out;
  }
  if( p->bChild ){
    rd_skip(p, IATI_SKIP_CHILD, p->iPeriodLine);
    goto out;
  }
  if( !p->bRef ){
    rd_skip(p, IATI_SKIP_NO_CODE, p->iIndLine);
    goto out;
  }
  if( p->eMeasure==5 ){
    for(i=0; i<p->nAct; i++){
      if( p->aAct[i].zValue ){
        rd_error(p, p->aAct[i].iLine, "actual/@value", "\"%s\": a "
                 "qualitative indicator (measure 5) has no values",
                 p->aAct[i].zValue);
      }
    }
    rd_skip(p, IATI_SKIP_QUALITATIVE, p->iPeriodLine);
    goto out;
  }
  if( p->eMeasure==0 || !p->bStartOk || !p->bEndOk ) goto out;
  if( p->bUnknown ){
    rd_skip(p, IATI_SKIP_UNKNOWN, p->iIndLine);
    goto out;
  }
  if( !p->bIndOk ) goto out;        /* reported at the reference */
  per = period_containing(p->dStart, p->ind.eFreq);
  if( period_start(per)!=p->dStart || period_end(per)!=p->dEnd ){
    rd_error(p, p->iPeriodLine, "period", "%s to %s is not one %s, and "
             "indicator %s is %sly", p->zStart, p->zEnd,
             obsrow_freq_noun(p->ind.eFreq), p->zInd, obsrow_freq_noun(p->ind.eFreq));
    goto out;
  }
  period_format(per, zPeriod);
  if( obsrow_period(zPeriod, (int)p->ind.eFreq, p->zInd, zErr, sizeof(zErr)) ){
    rd_error(p, p->iPeriodLine, "period", "%s", zErr);
    goto out;
  }
  for(i=0; i<p->nAct; i++){
    RActual *a = &p->aAct[i];
    double r;
    int64_t iSrc = 0;
    const char *zNote = 0, *zField = 0;
    char zDim[BREAKDOWN_NAME];
    TextBad bad;
    if( a->zCellErr[0] ){
      rd_error(p, a->iCellLine, "actual/dimension", "%s", a->zCellErr);
      continue;
    }
    /* Only the dimensions and values the dialogue declares. */
    if( a->bDim && obsrow_cell(p->pRows, &p->ind, a->zCell, zDim, zErr,
                               sizeof(zErr)) ){
      rd_error(p, a->iCellLine, "actual/dimension", "%s", zErr);
      continue;
    }
    if( obsrow_value(a->zValue, &r, zErr, sizeof(zErr)) ){
      rd_error(p, a->iLine, "actual/@value", "%s", zErr);
      continue;
    }
    if( obsrow_rules(&p->ind, p->zInd, zPeriod, r, a->zValue, date_today(),
                     &zField, zErr, sizeof(zErr)) ){
      rd_error(p, zField[0]=='p' ? p->iPeriodLine : a->iLine,
               zField[0]=='p' ? "period" : "actual/@value", "%s", zErr);
      continue;
    }
    if( a->comment.n ){
      if( text_check(a->comment.z, a->comment.n, &bad) ){
        text_describe(a->comment.z, a->comment.n, &bad, zErr, sizeof(zErr));
        rd_error(p, a->iLine, "actual/comment", "not valid text: %s", zErr);
        continue;
      }
      iSrc = rd_source(p, buf_str(&a->comment));
      if( iSrc==0 ) zNote = buf_str(&a->comment);
    }
    /* Written even after an error (all is rolled back then), so that
    ** every duplicate is found. */
    obsrow_add_cell(p->pRows, a->iLine, p->ind.id, zPeriod, r, iSrc, zNote,
                    0, a->bDim ? a->zCell : 0, p->zInd,
                    a->zValue ? a->zValue : "");
  }
out:
  rd_period_reset(p);
}

/* <dimension name= value=> of actual a: one more dimension of its cell;
** the first bad one is reported when its period ends. */
static void rd_dimension(Rd *p, RActual *a){
  char zName[128], zValue[256];
  a->bDim = 1;
  if( a->zCellErr[0] ) return;
  a->iCellLine = rd_line(p);
  if( rd_attr(p, "name", zName, sizeof(zName))==0 ) zName[0] = 0;
  if( rd_attr(p, "value", zValue, sizeof(zValue))==0 ) zValue[0] = 0;
  breakdown_add(a->zCell, sizeof(a->zCell), zName, zValue, a->zCellErr,
                sizeof(a->zCellErr));
}

/* Names the reader follows; other elements are pushed as NULL. */
static const char *const azKnown[] = {
  "iati-activities", "iati-activity", "result", "indicator", "reference",
  "period", "period-start", "period-end", "actual", "comment", "narrative",
  "target", "baseline", "dimension", "iati-identifier",
  "related-activity", 0
};

/* <related-activity type="1" ref=...> of an activity: a child of an
** activity read before it in the file. */
static void rd_related(Rd *p){
  char zType[8], zRef[256];
  int i;
  if( rd_attr(p, "type", zType, sizeof(zType))==0
   || strcmp(zType, "1")!=0 || rd_attr(p, "ref", zRef, sizeof(zRef))==0 ){
    return;
  }
  for(i=0; i<p->nAct2; i++){
    if( strcmp(p->azAct[i], zRef)==0 ) p->bChild = 1;
  }
}

/* An element starts. */
static void rd_start(Rd *p, const char *zName){
  int k = model_enum_find(azKnown, zName);
  const char *zK = k>=0 ? azKnown[k] : 0;
  if( p->nDepth==0 && (zK==0 || strcmp(zK, "iati-activities")!=0) ){
    rd_error(p, rd_line(p), zName, "expected an IATI activities file "
             "(<iati-activities>)");
    p->bStop = 1;
  }else if( zK==0 ){
  }else if( strcmp(zK, "iati-activity")==0 ){
    p->bChild = 0;
  }else if( strcmp(zK, "iati-identifier")==0
         && rd_parent(p, "iati-activity") ){
    buf_reset(&p->actId);
    p->bInId = 1;
  }else if( strcmp(zK, "related-activity")==0
         && rd_parent(p, "iati-activity") ){
    rd_related(p);
  }else if( strcmp(zK, "indicator")==0 && rd_parent(p, "result") ){
    rd_indicator(p);
  }else if( strcmp(zK, "reference")==0 && rd_parent(p, "indicator") ){
    rd_reference(p);
  }else if( strcmp(zK, "period")==0 && rd_parent(p, "indicator") ){
    rd_period_reset(p);
    p->iPeriodLine = rd_line(p);
  }else if( strcmp(zK, "period-start")==0 && rd_parent(p, "period") ){
    rd_period_date(p, 0);
  }else if( strcmp(zK, "period-end")==0 && rd_parent(p, "period") ){
    rd_period_date(p, 1);
  }else if( strcmp(zK, "actual")==0 && rd_parent(p, "period") ){
    rd_actual(p);
  }else if( strcmp(zK, "dimension")==0 && rd_parent(p, "actual")
         && p->nAct>0 ){
    rd_dimension(p, &p->aAct[p->nAct-1]);
  }else if( strcmp(zK, "comment")==0 && rd_parent(p, "actual") ){
    p->nNarr = 0;
  }else if( strcmp(zK, "narrative")==0 && rd_parent(p, "comment")
         && p->nDepth>=2 && p->azStack[p->nDepth-2]
         && strcmp(p->azStack[p->nDepth-2], "actual")==0 ){
    p->bInComment = p->nNarr++==0;
  }
  if( p->nDepth<MAX_DEPTH ) p->azStack[p->nDepth] = zK;
  p->nDepth++;
}

/* An element ends. */
static void rd_end(Rd *p){
  const char *zK;
  if( p->nDepth==0 ) return;
  p->nDepth--;
  zK = p->nDepth<MAX_DEPTH ? p->azStack[p->nDepth] : 0;
  if( zK==0 ) return;
  if( strcmp(zK, "period")==0 && rd_parent(p, "indicator") ){
    rd_period_end(p);
  }else if( strcmp(zK, "iati-identifier")==0 && p->bInId ){
    p->bInId = 0;
    p->azAct = acc_realloc(p->azAct, sizeof(char*)*(p->nAct2+1));
    p->azAct[p->nAct2++] = acc_strdup(buf_str(&p->actId));
  }else if( strcmp(zK, "narrative")==0 ){
    p->bInComment = 0;
  }else if( strcmp(zK, "indicator")==0 ){
    p->eMeasure = 0;
    p->bIndOk = 0;
  }
}

/* Read the whole file. */
static void rd_walk(Rd *p){
  int rc = 1;
  while( !p->bStop && (rc = xmlTextReaderRead(p->r))==1 ){
    int eType = xmlTextReaderNodeType(p->r);
    if( eType==XML_READER_TYPE_ELEMENT ){
      const char *zName = (const char*)xmlTextReaderConstLocalName(p->r);
      int bEmpty = xmlTextReaderIsEmptyElement(p->r);
      rd_start(p, zName ? zName : "");
      if( bEmpty ) rd_end(p);
    }else if( eType==XML_READER_TYPE_END_ELEMENT ){
      rd_end(p);
    }else if( (eType==XML_READER_TYPE_TEXT
               || eType==XML_READER_TYPE_CDATA) && p->bInComment
              && p->nAct>0 ){
      const char *z = (const char*)xmlTextReaderConstValue(p->r);
      if( z ) buf_puts(&p->aAct[p->nAct-1].comment, z);
    }else if( (eType==XML_READER_TYPE_TEXT
               || eType==XML_READER_TYPE_CDATA) && p->bInId ){
      const char *z = (const char*)xmlTextReaderConstValue(p->r);
      if( z ) buf_puts(&p->actId, z);
    }
    if( p->pRes->nErr>MAX_ERRORS*5 ) p->bStop = 1;
  }
  if( !p->bStop && rc<0 ){
    rd_error(p, rd_line(p), "malformed XML", "the file cannot be read "
             "as XML");
  }
}

AccRc iati_import(Store *pStore, const char *zFile, int bDry,
                  IatiImport *pOut, Buf *pErrs){
  Rd rd;
  int i;
  FILE *f;
  AccRc rc = ACC_OK;
  memset(&rd, 0, sizeof(rd));
  memset(pOut, 0, sizeof(*pOut));
  rd.pStore = pStore;
  rd.zFile = zFile;
  rd.pErrs = pErrs;
  rd.pRes = pOut;
  rd.bDry = bDry;
  f = fopen(zFile, "rb");
  if( f==0 ){
    buf_appendf(pErrs, "accord: cannot open %s\n", zFile);
    return ACC_IO;
  }
  fclose(f);
  rc = iati_validate(zFile, pErrs);
  if( rc ){
    if( rc==ACC_INVALID ) pOut->nErr = 1;
    return rc;
  }
  rd.r = xmlReaderForFile(zFile, 0, XML_PARSE_NONET);
  if( rd.r==0 ){
    buf_appendf(pErrs, "accord: cannot read %s\n", zFile);
    return ACC_IO;
  }
  xmlTextReaderSetStructuredErrorHandler(rd.r, rd_xml_error, &rd);
  if( store_begin(pStore) ){
    xmlFreeTextReader(rd.r);
    buf_appendf(pErrs, "accord: the database is busy; try again\n");
    return ACC_BUSY;
  }
  rd.pRows = obsrow_new(pStore);
  obsrow_on_duplicate(rd.pRows, rd_dup, &rd);
  rd_walk(&rd);
  pOut->nObs = (int)obsrow_flush(rd.pRows);
  if( pOut->nErr==0 && !bDry && pOut->nObs>0 ){
    if( store_audit_import(pStore, zFile, pOut->nObs)
     || store_commit(pStore) ){
      buf_appendf(pErrs, "accord: the database is busy; nothing was "
                  "imported\n");
      rc = ACC_BUSY;
    }
  }
  if( pOut->nErr ){
    if( pOut->nErr>MAX_ERRORS ){
      buf_appendf(pErrs, "accord: %s: %d more errors not shown\n", zFile,
                  pOut->nErr-MAX_ERRORS);
    }
    rc = ACC_INVALID;
  }
  if( rc || bDry || pOut->nObs==0 ) store_rollback(pStore);
  rd_period_reset(&rd);
  free(rd.aAct);
  for(i=0; i<rd.nSrc; i++) free(rd.azSrc[i]);
  for(i=0; i<rd.nAct2; i++) free(rd.azAct[i]);
  free(rd.azAct);
  buf_free(&rd.actId);
  free(rd.azSrc);
  free(rd.aiSrc);
  obsrow_free(rd.pRows);
  xmlFreeTextReader(rd.r);
  return rc;
}
