/*
** sdmx.c: SDMX-CSV 2.0 export of indicator observations (see sdmx.h).
**
** For each visible indicator (of one dialogue, or of all), its
** observations are gathered, sorted by period and id, and written one row
** each; the sources they cite are read once and kept.  A source that
** gives two values for the same period gets a distinct SOURCE key per
** value, so that no two rows share a key (SDMX identifies an observation
** by its dimensions) and no conflicting value is lost.
**
** The cells of a breakdown (032_breakdown.sql) carry their dimensions as
** columns of their own, after SOURCE and before TIME_PERIOD: one column
** for each dimension any exported value has, named by it in capitals
** (SEX, AGE; DIM_ in front of a name that is already a column), the
** value as the cell gives it, and "_T" (SDMX's code for the total) where
** a value is not broken down by that dimension.  An export without
** breakdowns has the columns it always had.  Values disagree only within
** one cell.
*/
#include "sdmx.h"
#include "../core/breakdown.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The columns, in the order of the header. */
static const char *const azSdmxCol[] = {
  "STRUCTURE", "STRUCTURE_ID", "ACTION", "DIALOGUE", "INDICATOR", "SOURCE",
  "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "PREFERRED", "CONFLICT",
  "SOURCE_TITLE", "SOURCE_PUBLISHER", "SOURCE_URL", "COMMENT_OBS", 0
};

/* One observation, its strings in the export's arena. */
typedef struct SdmxObs {
  int64_t id, iSource;
  const char *zPeriod, *zNote;
  const char *zCell;       /* the cell of a breakdown, "" the total */
  double r;
  int bPref;
} SdmxObs;

#define SDMX_MAXDIM 16     /* dimension columns at most */

/* A source as written: code, title, publisher, URL ("" when empty). */
typedef struct SdmxSrc {
  int64_t id;
  const char *zKey, *zTitle, *zPub, *zUrl;
} SdmxSrc;

/* State of one export. */
typedef struct SdmxCtx {
  Store *pStore;
  Arena arena;
  Buf *pOut;
  int64_t idIndicator;     /* only this indicator, or 0 */
  int64_t *aInd;           /* visible indicators to write, by id */
  int nInd, nIndAlloc;
  SdmxObs *aObs;           /* observations of the current indicator */
  int nObs, nObsAlloc;
  SdmxSrc *aSrc;           /* sources read so far */
  int nSrc, nSrcAlloc;
  int nRow;
  char azDim[SDMX_MAXDIM][BREAKDOWN_NAME];  /* dimensions, sorted */
  int nDim;
  AccRc rc;                /* ACC_INVALID: a text is not valid UTF-8 */
  char zBad[400];          /* which (model_row_utf8()) */
} SdmxCtx;

static const char *fv_text(Arena *pA, int e, const Value *aVal,
                           const char *zName){
  const Value *v = model_value(e, aVal, zName);
  return v->eType==VAL_TEXT ? arena_strdup(pA, v->z) : "";
}

/* Append z as an SDMX identifier: characters outside [A-Za-z0-9_@$-]
** become '_'; "" becomes "_Z" (not applicable).  An identifier that
** begins with '-' or '@', which a spreadsheet would read as a formula,
** gets a '_' in front (docs/formats.md). */
static void put_id(Buf *p, const char *z){
  if( z==0 || z[0]==0 ){
    buf_puts(p, "_Z");
    return;
  }
  if( z[0]=='-' || z[0]=='@' ) buf_putc(p, '_');
  for(; *z; z++){
    char c = *z;
    if( !((c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9')
          || c=='_' || c=='@' || c=='$' || c=='-') ){
      c = '_';
    }
    buf_putc(p, c);
  }
}

/* Append one field, quoted as RFC 4180 requires, after a comma unless it
** is the first of its row. */
static void put_field(Buf *p, const char *z, int bFirst){
  if( !bFirst ) buf_putc(p, ',');
  buf_csv_field(p, z);
}

/* The shortest of %.15g, %.16g, %.17g that reads back as r. */
static void put_number(Buf *p, double r){
  char z[40];
  int n;
  for(n=15; n<=17; n++){
    snprintf(z, sizeof(z), "%.*g", n, r);
    if( strtod(z, 0)==r ) break;
  }
  buf_putc(p, ',');
  buf_puts(p, z);
}

static int ind_row(void *pArg, int64_t id, const Value *aVal){
  SdmxCtx *c = pArg;
  (void)aVal;
  if( c->idIndicator && id!=c->idIndicator ) return 0;
  if( c->nInd>=c->nIndAlloc ){
    c->nIndAlloc = c->nIndAlloc ? 2*c->nIndAlloc : 16;
    c->aInd = acc_realloc(c->aInd, sizeof(int64_t)*c->nIndAlloc);
  }
  c->aInd[c->nInd++] = id;
  return 0;
}

static int obs_row(void *pArg, int64_t id, const Value *aVal){
  SdmxCtx *c = pArg;
  SdmxObs *o;
  const Value *pSrc = model_value(ENT_OBSERVATION, aVal, "source_id");
  if( c->rc==ACC_OK
   && model_row_utf8(ENT_OBSERVATION, id, aVal, c->zBad, sizeof(c->zBad)) ){
    c->rc = ACC_INVALID;
  }
  const Value *pPref = model_value(ENT_OBSERVATION, aVal, "preferred");
  if( c->nObs>=c->nObsAlloc ){
    c->nObsAlloc = c->nObsAlloc ? 2*c->nObsAlloc : 256;
    c->aObs = acc_realloc(c->aObs, sizeof(SdmxObs)*c->nObsAlloc);
  }
  o = &c->aObs[c->nObs++];
  o->id = id;
  o->iSource = pSrc->eType==VAL_INT ? pSrc->i : 0;
  o->zPeriod = fv_text(&c->arena, ENT_OBSERVATION, aVal, "period");
  o->zNote = fv_text(&c->arena, ENT_OBSERVATION, aVal, "note");
  o->zCell = fv_text(&c->arena, ENT_OBSERVATION, aVal, "breakdown");
  o->r = model_value(ENT_OBSERVATION, aVal, "value")->r;
  o->bPref = pPref->eType==VAL_INT && pPref->i!=0;
  return 0;
}

static int obs_cmp(const void *x, const void *y){
  const SdmxObs *a = x, *b = y;
  int r = strcmp(a->zPeriod, b->zPeriod);
  if( r ) return r;
  r = strcmp(a->zCell, b->zCell);
  if( r ) return r;
  return a->id<b->id ? -1 : a->id>b->id;
}

/* Note the dimensions of an observation's cell (the pre-pass). */
static int dim_row(void *pArg, int64_t id, const Value *aVal){
  SdmxCtx *c = pArg;
  const Value *v = model_value(ENT_OBSERVATION, aVal, "breakdown");
  char zN[BREAKDOWN_NAME], zV[BREAKDOWN_VALUE];
  const char *z;
  (void)id;
  if( v->eType!=VAL_TEXT ) return 0;
  z = v->z;
  while( breakdown_next(&z, zN, sizeof(zN), zV, sizeof(zV)) ){
    int i, j;
    for(i=0; i<c->nDim && strcmp(c->azDim[i], zN)<0; i++){}
    if( (i<c->nDim && strcmp(c->azDim[i], zN)==0) || c->nDim>=SDMX_MAXDIM ){
      continue;
    }
    for(j=c->nDim; j>i; j--) memcpy(c->azDim[j], c->azDim[j-1], BREAKDOWN_NAME);
    snprintf(c->azDim[i], BREAKDOWN_NAME, "%s", zN);
    c->nDim++;
  }
  return 0;
}

/* The value of dimension zDim in cell zCell, or "_T" (the total over it). */
static const char *dim_value(SdmxCtx *c, const char *zCell, const char *zDim){
  char zN[BREAKDOWN_NAME], zV[BREAKDOWN_VALUE];
  const char *z = zCell;
  while( breakdown_next(&z, zN, sizeof(zN), zV, sizeof(zV)) ){
    if( strcmp(zN, zDim)==0 ) return arena_strdup(&c->arena, zV);
  }
  return "_T";
}

/* The source with id iSource (read once); NULL for none. */
static const SdmxSrc *source_of(SdmxCtx *c, int64_t iSource){
  Value *aV;
  SdmxSrc *s;
  int i;
  if( iSource==0 ) return 0;
  for(i=0; i<c->nSrc; i++){
    if( c->aSrc[i].id==iSource ) return &c->aSrc[i];
  }
  if( c->nSrc>=c->nSrcAlloc ){
    c->nSrcAlloc = c->nSrcAlloc ? 2*c->nSrcAlloc : 16;
    c->aSrc = acc_realloc(c->aSrc, sizeof(SdmxSrc)*c->nSrcAlloc);
  }
  s = &c->aSrc[c->nSrc];
  memset(s, 0, sizeof(*s));
  s->id = iSource;
  if( store_item_get(c->pStore, ENT_SOURCE, iSource, &c->arena, &aV) ){
    return 0;
  }
  if( c->rc==ACC_OK
   && model_row_utf8(ENT_SOURCE, iSource, aV, c->zBad, sizeof(c->zBad)) ){
    c->rc = ACC_INVALID;
  }
  s->zKey = fv_text(&c->arena, ENT_SOURCE, aV, "code");
  s->zTitle = fv_text(&c->arena, ENT_SOURCE, aV, "title");
  s->zPub = fv_text(&c->arena, ENT_SOURCE, aV, "publisher");
  s->zUrl = fv_text(&c->arena, ENT_SOURCE, aV, "url");
  c->nSrc++;
  return s;
}

/* Write the rows of one indicator. */
static void write_indicator(SdmxCtx *c, int64_t idInd){
  Value *aI, *aD;
  const char *zDialogue = "", *zInd, *zUnit;
  Buf *p = c->pOut;
  int i, j, k;
  if( store_item_get(c->pStore, ENT_INDICATOR, idInd, &c->arena, &aI) ){
    return;
  }
  if( c->rc==ACC_OK
   && model_row_utf8(ENT_INDICATOR, idInd, aI, c->zBad, sizeof(c->zBad)) ){
    c->rc = ACC_INVALID;
  }
  zInd = fv_text(&c->arena, ENT_INDICATOR, aI, "code");
  zUnit = fv_text(&c->arena, ENT_INDICATOR, aI, "unit");
  if( store_item_get(c->pStore, ENT_DIALOGUE,
                     model_value(ENT_INDICATOR, aI, "dialogue_id")->i,
                     &c->arena,
                     &aD)==ACC_OK ){
    zDialogue = fv_text(&c->arena, ENT_DIALOGUE, aD, "code");
  }
  c->nObs = 0;
  store_item_each(c->pStore, ENT_OBSERVATION,
                  model_field_find(ENT_OBSERVATION, "indicator_id"), idInd,
                  obs_row, c);
  if( c->nObs>1 ) qsort(c->aObs, c->nObs, sizeof(SdmxObs), obs_cmp);
  for(i=0; i<c->nObs; i=j){
    int bConflict = 0;
    for(j=i; j<c->nObs && strcmp(c->aObs[j].zPeriod, c->aObs[i].zPeriod)==0
        && strcmp(c->aObs[j].zCell, c->aObs[i].zCell)==0; j++){
      if( c->aObs[j].r!=c->aObs[i].r ) bConflict = 1;
    }
    for(k=i; k<j; k++){
      const SdmxObs *o = &c->aObs[k];
      const SdmxSrc *s = source_of(c, o->iSource);
      int m, nSame = 1;
      for(m=i; m<k; m++){
        if( c->aObs[m].iSource==o->iSource ) nSame++;
      }
      buf_puts(p, "dataflow," SDMX_DATAFLOW ",I,");
      put_id(p, zDialogue);
      buf_putc(p, ',');
      put_id(p, zInd);
      buf_putc(p, ',');
      put_id(p, s ? s->zKey : "");
      if( nSame>1 ) buf_appendf(p, "-%d", nSame);
      for(m=0; m<c->nDim; m++){
        put_field(p, dim_value(c, o->zCell, c->azDim[m]), 0);
      }
      put_field(p, o->zPeriod, 0);
      put_number(p, o->r);
      put_field(p, zUnit, 0);
      put_field(p, o->bPref ? "Y" : "N", 0);
      put_field(p, bConflict ? "Y" : "N", 0);
      put_field(p, s ? s->zTitle : "", 0);
      put_field(p, s ? s->zPub : "", 0);
      put_field(p, s ? s->zUrl : "", 0);
      put_field(p, o->zNote, 0);
      buf_puts(p, "\r\n");
      c->nRow++;
    }
  }
}

AccRc sdmx_export(Store *pStore, int64_t idDialogue, int64_t idIndicator,
                  Buf *pOut, int *pnRow, char *zErr, int nErr){
  SdmxCtx c;
  Value *aV;
  int i;
  memset(&c, 0, sizeof(c));
  c.pStore = pStore;
  c.pOut = pOut;
  c.idIndicator = idIndicator;
  if( idDialogue
   && store_item_get(pStore, ENT_DIALOGUE, idDialogue, &c.arena, &aV) ){
    snprintf(zErr, nErr, "no dialogue with id %lld", (long long)idDialogue);
    arena_free(&c.arena);
    return ACC_NOTFOUND;
  }
  if( idIndicator ){
    if( store_item_get(pStore, ENT_INDICATOR, idIndicator, &c.arena, &aV)
     || (idDialogue
         && model_value(ENT_INDICATOR, aV, "dialogue_id")->i!=idDialogue) ){
      snprintf(zErr, nErr, "no indicator with id %lld%s",
               (long long)idIndicator, idDialogue ? " in the dialogue" : "");
      arena_free(&c.arena);
      return ACC_NOTFOUND;
    }
  }
  store_item_each(pStore, ENT_INDICATOR, idDialogue
                  ? aEntity[ENT_INDICATOR].iDialogue : -1, idDialogue,
                  ind_row, &c);
  for(i=0; i<c.nInd; i++){
    store_item_each(pStore, ENT_OBSERVATION,
                    model_field_find(ENT_OBSERVATION, "indicator_id"),
                    c.aInd[i], dim_row, &c);
  }
  for(i=0; azSdmxCol[i]; i++){
    put_field(pOut, azSdmxCol[i], i==0);
    if( strcmp(azSdmxCol[i], "SOURCE")==0 ){
      int d, k;
      for(d=0; d<c.nDim; d++){
        char zCol[BREAKDOWN_NAME+8];
        int bTaken = 0;
        for(k=0; azSdmxCol[k]; k++){
          if( strcasecmp(azSdmxCol[k], c.azDim[d])==0 ) bTaken = 1;
        }
        snprintf(zCol, sizeof(zCol), "%s%s", bTaken ? "DIM_" : "",
                 c.azDim[d]);
        for(k=0; zCol[k]; k++){
          if( zCol[k]>='a' && zCol[k]<='z' ) zCol[k] = (char)(zCol[k]-32);
        }
        put_field(pOut, zCol, 0);
      }
    }
  }
  buf_puts(pOut, "\r\n");
  for(i=0; i<c.nInd; i++) write_indicator(&c, c.aInd[i]);
  if( c.rc ){
    /* Never invalid UTF-8 in the file: nothing rather than that. */
    snprintf(zErr, nErr, "%s", c.zBad);
    buf_reset(pOut);
    free(c.aInd);
    free(c.aObs);
    free(c.aSrc);
    arena_free(&c.arena);
    return c.rc;
  }
  if( pnRow ) *pnRow = c.nRow;
  free(c.aInd);
  free(c.aObs);
  free(c.aSrc);
  arena_free(&c.arena);
  return ACC_OK;
}
