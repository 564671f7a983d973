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
** one cell.  With labels, a dimension and its values are named by the
** labels their dialogue declares (038_dimension.sql), in the labels'
** language; "_T" is "total".
*/
#include "sdmx.h"
#include "../core/breakdown.h"
#include "../store/dimension.h"
#include "../core/l10n.h"
#include "../core/translit.h"
#include "../util/msgcat.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The columns, in the order of the header, and the names of the
** components among them (the message ids of the catalogue; 0 for the
** columns that identify the message: STRUCTURE, STRUCTURE_ID, ACTION). */
static const char *const azSdmxCol[] = {
  "STRUCTURE", "STRUCTURE_ID", "ACTION", "DIALOGUE", "INDICATOR", "SOURCE",
  "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "PREFERRED", "CONFLICT",
  "SOURCE_TITLE", "SOURCE_PUBLISHER", "SOURCE_URL", "COMMENT_OBS", 0
};
static const char *const azSdmxName[] = {
  0, 0, 0, "Dialogue", "Indicator", "Source",
  "Period", "Value", "Unit", "Preferred value", "Values disagree",
  "Source title", "Publisher", "Source address", "Note", 0
};
/* The dataflow's name. */
#define SDMX_FLOW_NAME "Observations of the indicators of strategic dialogues"

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
  int eLabels;             /* SDMX_LABELS_* */
  int eLang;               /* language of the labels, L10N_* */
  DimSet *aDims;           /* the declared dimensions of the dialogues
                           ** read so far, in arena (sdmx_dims()) */
  int nDims;
  int64_t idDims;          /* the dialogue of the current indicator */
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

/* Message zMsg of the catalogue in the labels' language. */
static const char *sdmx_tr(const SdmxCtx *c, const char *zMsg){
  return c->eLang==L10N_EN ? zMsg : i18n_msg(c->eLang, zMsg);
}

/* The name of an item in the labels' language: its Serbian twin zSr (in
** the labels' script) when it has one, else zEn as entered. */
static const char *sdmx_name(SdmxCtx *c, const char *zEn, const char *zSr){
  size_t n;
  char *zOut;
  if( c->eLang==L10N_EN || zSr==0 || zSr[0]==0 ) return zEn;
  n = TRANSLIT_MAX(strlen(zSr));
  zOut = arena_alloc(&c->arena, n);
  if( c->eLang==L10N_SR_CYRL ) translit_to_cyrl(zSr, zOut, n);
  else translit_to_latn(zSr, zOut, n);
  return zOut;
}

/* The dimensions dialogue idD declares, read once (in the arena). */
static const DimSet *sdmx_dims(SdmxCtx *c, int64_t idD){
  DimSet *a;
  int i;
  for(i=0; i<c->nDims; i++){
    if( c->aDims[i].idDialogue==idD ) return &c->aDims[i];
  }
  a = arena_alloc(&c->arena, sizeof(DimSet)*(c->nDims+1));
  if( c->nDims ) memcpy(a, c->aDims, sizeof(DimSet)*c->nDims);
  c->aDims = a;
  store_dims_load(c->pStore, idD, &c->aDims[c->nDims], &c->arena);
  return &c->aDims[c->nDims++];
}

/* The label of dimension zDim (zValue NULL) or of its value zValue as
** the dialogue of the current indicator declares it (the header: the
** first of the exported indicators' dialogues that does), or NULL. */
static const char *sdmx_dim_label(SdmxCtx *c, const char *zDim,
                                  const char *zValue){
  const char *z = 0;
  int i;
  if( c->eLabels==SDMX_LABELS_ID ) return 0;
  if( zValue ){
    if( strcmp(zValue, "_T")==0 ) return sdmx_tr(c, "total");
    return store_dims_label(sdmx_dims(c, c->idDims), zDim, zValue,
                            c->eLang, &c->arena);
  }
  for(i=0; i<c->nInd && z==0; i++){
    z = store_dims_label(sdmx_dims(c, store_dims_dialogue(c->pStore,
                                                          c->aInd[i])),
                         zDim, 0, c->eLang, &c->arena);
  }
  return z;
}

/* Append a component's cell: its code or value z (an SDMX identifier if
** bId), then its name zName as the labels ask (SDMX-CSV 2.0): "both"
** writes "code: name" in the cell of a coded value (bId or zName set);
** "name" writes the name in a column of its own after it, empty when the
** value has none. */
static void put_comp(SdmxCtx *c, const char *z, int bId, const char *zName){
  Buf *p = c->pOut;
  if( bId && (c->eLabels!=SDMX_LABELS_BOTH || zName==0 || zName[0]==0) ){
    buf_putc(p, ',');
    put_id(p, z);
  }else if( c->eLabels==SDMX_LABELS_BOTH && zName && zName[0] ){
    Buf t = BUF_INIT;
    if( bId ) put_id(&t, z);
    else buf_puts(&t, z);
    buf_puts(&t, ": ");
    buf_puts(&t, zName);
    put_field(p, buf_str(&t), 0);
    buf_free(&t);
  }else{
    put_field(p, z, 0);
  }
  if( c->eLabels==SDMX_LABELS_NAME ) put_field(p, zName ? zName : "", 0);
}

/* Append a component's header: its id zCol, with its name zMsg (a message
** of the catalogue, or a name as it is if bAsIs) as the labels ask. */
static void put_head(SdmxCtx *c, const char *zCol, const char *zMsg,
                     int bAsIs){
  const char *zName = bAsIs ? zMsg : sdmx_tr(c, zMsg);
  if( c->eLabels==SDMX_LABELS_BOTH ){
    char *z = arena_printf(&c->arena, "%s: %s", zCol, zName);
    put_field(c->pOut, z, 0);
  }else{
    put_field(c->pOut, zCol, 0);
    if( c->eLabels==SDMX_LABELS_NAME ) put_field(c->pOut, zName, 0);
  }
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
  /* COMMENT_OBS in the labels' language (039_serbian_content.sql) */
  o->zNote = sdmx_name(c, fv_text(&c->arena, ENT_OBSERVATION, aVal, "note"),
                       fv_text(&c->arena, ENT_OBSERVATION, aVal, "note_sr"));
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
  const char *zDialogue = "", *zInd, *zUnit, *zDialogueName = 0, *zIndName;
  const char *zYes = sdmx_tr(c, "yes"), *zNo = sdmx_tr(c, "no");
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
  zIndName = sdmx_name(c, fv_text(&c->arena, ENT_INDICATOR, aI, "name"),
                       fv_text(&c->arena, ENT_INDICATOR, aI, "name_sr"));
  if( store_item_get(c->pStore, ENT_DIALOGUE,
                     model_value(ENT_INDICATOR, aI, "dialogue_id")->i,
                     &c->arena,
                     &aD)==ACC_OK ){
    zDialogue = fv_text(&c->arena, ENT_DIALOGUE, aD, "code");
    zDialogueName = sdmx_name(c, fv_text(&c->arena, ENT_DIALOGUE, aD,
                                         "title"),
                              fv_text(&c->arena, ENT_DIALOGUE, aD,
                                      "title_sr"));
  }
  c->idDims = model_value(ENT_INDICATOR, aI, "dialogue_id")->i;
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
      const char *zSrc = s ? s->zKey : "";
      buf_puts(p, "dataflow,");
      if( c->eLabels==SDMX_LABELS_BOTH ){
        buf_csv_field(p, arena_printf(&c->arena, "%s: %s", SDMX_DATAFLOW,
                                      sdmx_tr(c, SDMX_FLOW_NAME)));
      }else{
        buf_puts(p, SDMX_DATAFLOW);
        if( c->eLabels==SDMX_LABELS_NAME ){
          put_field(p, sdmx_tr(c, SDMX_FLOW_NAME), 0);   /* STRUCTURE_NAME */
        }
      }
      buf_puts(p, ",I");
      if( nSame>1 ) zSrc = arena_printf(&c->arena, "%s-%d", zSrc, nSame);
      put_comp(c, zDialogue, 1, zDialogueName);
      put_comp(c, zInd, 1, zIndName);
      put_comp(c, zSrc, 1, s ? s->zTitle : 0);
      for(m=0; m<c->nDim; m++){
        const char *zV = dim_value(c, o->zCell, c->azDim[m]);
        put_comp(c, zV, 0, sdmx_dim_label(c, c->azDim[m], zV));
      }
      put_comp(c, o->zPeriod, 0, 0);
      put_number(p, o->r);
      if( c->eLabels==SDMX_LABELS_NAME ) put_field(p, "", 0);
      put_comp(c, zUnit, 0, 0);
      put_comp(c, o->bPref ? "Y" : "N", 0, o->bPref ? zYes : zNo);
      put_comp(c, bConflict ? "Y" : "N", 0, bConflict ? zYes : zNo);
      put_comp(c, s ? s->zTitle : "", 0, 0);
      put_comp(c, s ? s->zPub : "", 0, 0);
      put_comp(c, s ? s->zUrl : "", 0, 0);
      put_comp(c, o->zNote, 0, 0);
      buf_puts(p, "\r\n");
      c->nRow++;
    }
  }
}

AccRc sdmx_export(Store *pStore, int64_t idDialogue, int64_t idIndicator,
                  Buf *pOut, int *pnRow, char *zErr, int nErr){
  return sdmx_export_labels(pStore, idDialogue, idIndicator, SDMX_LABELS_ID,
                            L10N_EN, pOut, pnRow, zErr, nErr);
}

AccRc sdmx_export_labels(Store *pStore, int64_t idDialogue,
                         int64_t idIndicator, int eLabels, int eLang,
                         Buf *pOut, int *pnRow, char *zErr, int nErr){
  SdmxCtx c;
  Value *aV;
  int i;
  memset(&c, 0, sizeof(c));
  c.pStore = pStore;
  c.pOut = pOut;
  c.idIndicator = idIndicator;
  c.eLabels = eLabels;
  c.eLang = eLang;
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
    if( azSdmxName[i]==0 ){
      put_field(pOut, azSdmxCol[i], i==0);
      if( i==1 && eLabels==SDMX_LABELS_NAME ){
        put_field(pOut, "STRUCTURE_NAME", 0);
      }
    }else{
      put_head(&c, azSdmxCol[i], azSdmxName[i], 0);
    }
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
        {
          const char *zL = sdmx_dim_label(&c, c.azDim[d], 0);
          put_head(&c, zCol, zL ? zL : c.azDim[d], 1);
        }
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
