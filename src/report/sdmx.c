/*
** sdmx.c: SDMX-CSV 2.0 export of indicator observations (see sdmx.h).
**
** For each visible indicator (of one dialogue, or of all), its
** observations are gathered, sorted by period and id, and written one row
** each; the sources they cite are read once and kept.  A source that
** gives two values for the same period gets a distinct SOURCE key per
** value, so that no two rows share a key (SDMX identifies an observation
** by its dimensions) and no conflicting value is lost.
*/
#include "sdmx.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
  double r;
  int bPref;
} SdmxObs;

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
  o->r = model_value(ENT_OBSERVATION, aVal, "value")->r;
  o->bPref = pPref->eType==VAL_INT && pPref->i!=0;
  return 0;
}

static int obs_cmp(const void *x, const void *y){
  const SdmxObs *a = x, *b = y;
  int r = strcmp(a->zPeriod, b->zPeriod);
  if( r ) return r;
  return a->id<b->id ? -1 : a->id>b->id;
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
    for(j=i; j<c->nObs && strcmp(c->aObs[j].zPeriod, c->aObs[i].zPeriod)==0;
        j++){
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
  for(i=0; azSdmxCol[i]; i++) put_field(pOut, azSdmxCol[i], i==0);
  buf_puts(pOut, "\r\n");
  store_item_each(pStore, ENT_INDICATOR, idDialogue
                  ? aEntity[ENT_INDICATOR].iDialogue : -1, idDialogue,
                  ind_row, &c);
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
