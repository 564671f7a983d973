/*
** dimension.c: the dimensions a dialogue declares, read and applied (see
** dimension.h).  Read through the generic item statements (store.c), so
** that the public sees the approved versions and no SQL is written here.
*/
#include "storeInt.h"
#include "dimension.h"
#include "../core/breakdown.h"
#include "../core/l10n.h"
#include "../core/translit.h"
#include "../util/msgcat.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A copy of text field zName of row aVal of entity e ("" if empty). */
static const char *dim_text(Arena *pA, int e, const Value *aVal,
                            const char *zName){
  const Value *v = model_value(e, aVal, zName);
  return arena_strdup(pA, v->eType==VAL_TEXT ? v->z : "");
}

/* Position field of row aVal of entity e (a large number if none). */
static int64_t dim_pos(int e, const Value *aVal){
  const Value *v = model_value(e, aVal, "position");
  return v->eType==VAL_INT ? v->i : INT64_MAX;
}

/* The dimensions or values being read, with their positions for the
** sort. */
typedef struct DimRead {
  DimSet *pSet;
  Dim *pDim;          /* reading the values of this dimension */
  int64_t *aPos;
  int nAlloc;
} DimRead;

static int dim_row(void *pArg, int64_t id, const Value *aVal){
  DimRead *r = pArg;
  DimSet *s = r->pSet;
  Dim *d;
  if( s->nDim>=r->nAlloc ){
    r->nAlloc = r->nAlloc ? 2*r->nAlloc : 8;
    s->aDim = acc_realloc(s->aDim, sizeof(Dim)*r->nAlloc);
    r->aPos = acc_realloc(r->aPos, sizeof(int64_t)*r->nAlloc);
  }
  d = &s->aDim[s->nDim];
  memset(d, 0, sizeof(*d));
  d->id = id;
  d->zCode = dim_text(s->pA, ENT_DIMENSION, aVal, "code");
  d->zName = dim_text(s->pA, ENT_DIMENSION, aVal, "name");
  d->zLabel = dim_text(s->pA, ENT_DIMENSION, aVal, "label");
  d->zLabelSr = dim_text(s->pA, ENT_DIMENSION, aVal, "label_sr");
  r->aPos[s->nDim++] = dim_pos(ENT_DIMENSION, aVal);
  return 0;
}

static int dim_value_row(void *pArg, int64_t id, const Value *aVal){
  DimRead *r = pArg;
  Dim *d = r->pDim;
  DimValue *v;
  if( d->nVal>=r->nAlloc ){
    r->nAlloc = r->nAlloc ? 2*r->nAlloc : 8;
    d->aVal = acc_realloc(d->aVal, sizeof(DimValue)*r->nAlloc);
    r->aPos = acc_realloc(r->aPos, sizeof(int64_t)*r->nAlloc);
  }
  v = &d->aVal[d->nVal];
  memset(v, 0, sizeof(*v));
  v->id = id;
  v->zValue = dim_text(r->pSet->pA, ENT_DIM_VALUE, aVal, "value");
  v->zLabel = dim_text(r->pSet->pA, ENT_DIM_VALUE, aVal, "label");
  v->zLabelSr = dim_text(r->pSet->pA, ENT_DIM_VALUE, aVal, "label_sr");
  r->aPos[d->nVal++] = dim_pos(ENT_DIM_VALUE, aVal);
  return 0;
}

/* Sort a[0..n-1] (elements of sz bytes) by aPos, stable (insertion: the
** lists are short and come in id order). */
static void dim_sort(void *a, int64_t *aPos, int n, size_t sz){
  char *z = a, *zTmp = acc_malloc(sz);
  int i, j;
  for(i=1; i<n; i++){
    int64_t k = aPos[i];
    memcpy(zTmp, z+i*sz, sz);
    for(j=i; j>0 && aPos[j-1]>k; j--){
      aPos[j] = aPos[j-1];
      memcpy(z+j*sz, z+(j-1)*sz, sz);
    }
    aPos[j] = k;
    memcpy(z+j*sz, zTmp, sz);
  }
  free(zTmp);
}

/* The dimension of pSet whose item is id, or NULL. */
static Dim *dim_by_id(DimSet *pSet, int64_t id){
  int i;
  for(i=0; i<pSet->nDim; i++){
    if( pSet->aDim[i].id==id ) return &pSet->aDim[i];
  }
  return 0;
}

/* Append to the public's set pSet what pAll (the declarations as they
** are now) declares and pSet does not hold: whole dimensions, and values
** of the dimensions it holds, marked bPending, with their names and
** values (which the public's cells already show) and no labels. */
static void dim_add_pending(DimSet *pSet, DimSet *pAll){
  Arena *pA = pSet->pA;
  Dim *aD;
  int i, j, k, n = 0;
  for(i=0; i<pAll->nDim; i++){
    if( dim_by_id(pSet, pAll->aDim[i].id)==0 ) n++;
  }
  aD = arena_alloc(pA, sizeof(Dim)*(pSet->nDim+n+1));
  if( pSet->nDim ) memcpy(aD, pSet->aDim, sizeof(Dim)*pSet->nDim);
  pSet->aDim = aD;
  for(i=0; i<pAll->nDim; i++){
    const Dim *a = &pAll->aDim[i];
    Dim *d = dim_by_id(pSet, a->id);
    DimValue *aV;
    if( d==0 ){
      d = &pSet->aDim[pSet->nDim++];
      memset(d, 0, sizeof(*d));
      d->id = a->id;
      d->zCode = arena_strdup(pA, a->zCode);
      d->zName = arena_strdup(pA, a->zName);
      d->zLabel = d->zLabelSr = "";
      d->bPending = 1;
      d->aVal = arena_alloc(pA, sizeof(DimValue));
      continue;
    }
    aV = arena_alloc(pA, sizeof(DimValue)*(d->nVal+a->nVal+1));
    if( d->nVal ) memcpy(aV, d->aVal, sizeof(DimValue)*d->nVal);
    d->aVal = aV;
    for(j=0; j<a->nVal; j++){
      for(k=0; k<d->nVal && d->aVal[k].id!=a->aVal[j].id; k++){}
      if( k<d->nVal ) continue;
      memset(&aV[d->nVal], 0, sizeof(DimValue));
      aV[d->nVal].id = a->aVal[j].id;
      aV[d->nVal].zValue = arena_strdup(pA, a->aVal[j].zValue);
      aV[d->nVal].zLabel = aV[d->nVal].zLabelSr = "";
      aV[d->nVal++].bPending = 1;
    }
  }
}

void store_dims_load(Store *p, int64_t idDialogue, DimSet *pSet,
                     Arena *pA){
  DimRead r;
  Dim *aTmp;
  int i;
  memset(pSet, 0, sizeof(*pSet));
  pSet->idDialogue = idDialogue;
  pSet->pA = pA ? pA : &pSet->arena;
  if( idDialogue==0 ) return;
  memset(&r, 0, sizeof(r));
  r.pSet = pSet;
  store_item_each(p, ENT_DIMENSION, aEntity[ENT_DIMENSION].iDialogue,
                  idDialogue, dim_row, &r);
  dim_sort(pSet->aDim, r.aPos, pSet->nDim, sizeof(Dim));
  for(i=0; i<pSet->nDim; i++){
    Dim *d = &pSet->aDim[i];
    DimValue *aV;
    r.pDim = d;
    r.nAlloc = 0;
    free(r.aPos);
    r.aPos = 0;
    store_item_each(p, ENT_DIM_VALUE,
                    model_field_find(ENT_DIM_VALUE, "dimension_id"),
                    d->id, dim_value_row, &r);
    dim_sort(d->aVal, r.aPos, d->nVal, sizeof(DimValue));
    /* into the arena, so that nothing else needs freeing */
    aV = arena_alloc(pSet->pA, sizeof(DimValue)*(d->nVal ? d->nVal : 1));
    if( d->nVal ) memcpy(aV, d->aVal, sizeof(DimValue)*d->nVal);
    free(d->aVal);
    d->aVal = aV;
  }
  free(r.aPos);
  aTmp = arena_alloc(pSet->pA, sizeof(Dim)*(pSet->nDim ? pSet->nDim : 1));
  if( pSet->nDim ) memcpy(aTmp, pSet->aDim, sizeof(Dim)*pSet->nDim);
  free(pSet->aDim);
  pSet->aDim = aTmp;
  if( p->eView==CLASS_PUBLIC ){
    DimSet all;
    p->eView = CLASS_RESTRICTED;
    store_dims_load(p, idDialogue, &all, 0);
    p->eView = CLASS_PUBLIC;
    dim_add_pending(pSet, &all);
    store_dims_free(&all);
  }
}

void store_dims_load_all(Store *p, int64_t idDialogue, DimSet *pSet){
  Class eView = p->eView;
  p->eView = CLASS_RESTRICTED;
  store_dims_load(p, idDialogue, pSet, 0);
  p->eView = eView;
}

void store_dims_free(DimSet *pSet){
  arena_free(&pSet->arena);
  memset(pSet, 0, sizeof(*pSet));
}

/* A StoreRowFn: the dialogue of an indicator into the int64_t pArg. */
static int dim_ind_row(void *pArg, int64_t id, const Value *aVal){
  const Value *v = model_value(ENT_INDICATOR, aVal, "dialogue_id");
  (void)id;
  *(int64_t*)pArg = v->eType==VAL_INT ? v->i : 0;
  return 1;
}

int64_t store_dims_dialogue(Store *p, int64_t idInd){
  Arena a = ARENA_INIT;
  Value *aI;
  int64_t idD = 0;
  Class eView = p->eView;
  p->eView = CLASS_RESTRICTED;
  if( store_item_get(p, ENT_INDICATOR, idInd, &a, &aI)==ACC_OK ){
    dim_ind_row(&idD, idInd, aI);
  }
  p->eView = eView;
  arena_free(&a);
  return idD;
}

/* The declared dimension zName, or NULL. */
static const Dim *dim_find(const DimSet *pSet, const char *zName){
  int i;
  for(i=0; pSet && i<pSet->nDim; i++){
    if( strcmp(pSet->aDim[i].zName, zName)==0 ) return &pSet->aDim[i];
  }
  return 0;
}

/* The declared value zValue of dimension d, or NULL. */
static const DimValue *dim_value_find(const Dim *d, const char *zValue){
  int i;
  for(i=0; d && i<d->nVal; i++){
    if( strcmp(d->aVal[i].zValue, zValue)==0 ) return &d->aVal[i];
  }
  return 0;
}

/* Append "a, b, c" (at most 12 of them, then "...") to pB. */
static void dim_list(Buf *pB, const DimSet *pSet, const Dim *d){
  int i, n = d ? d->nVal : pSet->nDim;
  if( n==0 ){
    buf_puts(pB, "none");
    return;
  }
  for(i=0; i<n && i<12; i++){
    buf_appendf(pB, "%s%s", i ? ", " : "",
                d ? d->aVal[i].zValue : pSet->aDim[i].zName);
  }
  if( n>12 ) buf_puts(pB, ", ...");
}

AccRc store_dims_check(const DimSet *pSet, const char *zCell, char *zDimBuf,
                       char *zErr, int nErr){
  char zN[BREAKDOWN_NAME], zV[BREAKDOWN_VALUE];
  const char *z = zCell ? zCell : "";
  Buf b = BUF_INIT;
  while( breakdown_next(&z, zN, sizeof(zN), zV, sizeof(zV)) ){
    const Dim *d = dim_find(pSet, zN);
    if( zDimBuf ) snprintf(zDimBuf, BREAKDOWN_NAME, "%s", zN);
    if( d==0 ){
      dim_list(&b, pSet, 0);
      snprintf(zErr, nErr, "dimension \"%s\" is not declared for the "
               "indicator's dialogue (declared: %s; `accord dimension "
               "add` declares one)", zN, buf_str(&b));
      buf_free(&b);
      return ACC_INVALID;
    }
    if( d->nVal>0 && dim_value_find(d, zV)==0 ){
      dim_list(&b, pSet, d);
      snprintf(zErr, nErr, "value \"%s\" of dimension %s is not declared "
               "(declared: %s; `accord dimension-value add` declares one)",
               zV, zN, buf_str(&b));
      buf_free(&b);
      return ACC_INVALID;
    }
  }
  return ACC_OK;
}

/* Label zEn or zSr for language eLang, in the reader's script; NULL if
** it has none. */
static const char *dim_pick(const char *zEn, const char *zSr, int eLang,
                            Arena *pA){
  const char *z = zEn;
  char *zOut;
  size_t nOut;
  Script eScript;
  if( eLang!=L10N_EN && zSr && zSr[0] ) z = zSr;
  if( z==0 || z[0]==0 ) return 0;
  if( eLang==L10N_EN || z!=zSr ) return z;
  eScript = translit_script(z);
  nOut = TRANSLIT_MAX(strlen(z));
  if( eLang==L10N_SR_CYRL && eScript==SCRIPT_LATN ){
    zOut = arena_alloc(pA, nOut);
    translit_to_cyrl(z, zOut, nOut);
    return zOut;
  }
  if( eLang==L10N_SR_LATN && eScript==SCRIPT_CYRL ){
    zOut = arena_alloc(pA, nOut);
    translit_to_latn(z, zOut, nOut);
    return zOut;
  }
  return z;
}

const char *store_dims_label(const DimSet *pSet, const char *zName,
                             const char *zValue, int eLang, Arena *pA){
  const Dim *d = dim_find(pSet, zName);
  const DimValue *v;
  if( d==0 ) return 0;
  if( zValue==0 ) return dim_pick(d->zLabel, d->zLabelSr, eLang, pA);
  v = dim_value_find(d, zValue);
  return v ? dim_pick(v->zLabel, v->zLabelSr, eLang, pA) : 0;
}

const char *store_dims_describe(const DimSet *pSet, const char *zCell,
                                int eLang, Arena *pA){
  char zN[BREAKDOWN_NAME], zV[BREAKDOWN_VALUE];
  const char *z = zCell ? zCell : "", *zOut = "";
  while( breakdown_next(&z, zN, sizeof(zN), zV, sizeof(zV)) ){
    const Dim *d = dim_find(pSet, zN);
    const DimValue *v = d ? dim_value_find(d, zV) : 0;
    const char *zLN = store_dims_label(pSet, zN, 0, eLang, pA);
    const char *zLV = store_dims_label(pSet, zN, zV, eLang, pA);
    zOut = arena_printf(pA, "%s%s%s: %s", zOut, zOut[0] ? ", " : "",
                        zLN ? zLN : zN, zLV ? zLV : zV);
    if( (d && d->bPending) || (v && v->bPending) ){
      zOut = arena_printf(pA, "%s (%s)", zOut,
                          i18n_msg(eLang, "label awaiting approval"));
    }
  }
  return zOut;
}

/* A callback on one name=value pair of a recorded cell. */
typedef void (*DimPairFn)(void *pArg, const char *zName, const char *zValue);
typedef struct DimPairs {
  DimPairFn x;
  void *pArg;
} DimPairs;

/* A StoreRowFn: each pair of observation aVal's cell to the DimPairs
** pArg. */
static int dim_pair_row(void *pArg, int64_t id, const Value *aVal){
  DimPairs *c = pArg;
  const Value *pB = model_value(ENT_OBSERVATION, aVal, "breakdown");
  char zN[BREAKDOWN_NAME], zV[BREAKDOWN_VALUE];
  const char *z;
  (void)id;
  if( pB->eType!=VAL_TEXT ) return 0;
  z = pB->z;
  while( breakdown_next(&z, zN, sizeof(zN), zV, sizeof(zV)) ){
    c->x(c->pArg, zN, zV);
  }
  return 0;
}

/* Call x(pArg, name, value) for each pair of each recorded cell of the
** indicators of dialogue idD that the store's reader sees. */
static void dim_each_pair(Store *p, int64_t idD, DimPairFn x, void *pArg){
  IdList ids = IDLIST_INIT;
  DimPairs c;
  int i;
  c.x = x;
  c.pArg = pArg;
  store_item_each(p, ENT_INDICATOR, aEntity[ENT_INDICATOR].iDialogue, idD,
                  store_row_collect_id, &ids);
  for(i=0; i<ids.n; i++){
    store_item_each(p, ENT_OBSERVATION,
                    model_field_find(ENT_OBSERVATION, "indicator_id"),
                    ids.a[i], dim_pair_row, &c);
  }
  free(ids.a);
}

/* A DimPairFn: count the pair into the DimSet pArg. */
static void dim_count_pair(void *pArg, const char *zName,
                           const char *zValue){
  Dim *d = (Dim*)dim_find(pArg, zName);
  DimValue *v = d ? (DimValue*)dim_value_find(d, zValue) : 0;
  if( d ) d->nUsed++;
  if( v ) v->nUsed++;
}

void store_dims_count(Store *p, DimSet *pSet){
  int i, k;
  for(i=0; i<pSet->nDim; i++){
    pSet->aDim[i].nUsed = 0;
    for(k=0; k<pSet->aDim[i].nVal; k++) pSet->aDim[i].aVal[k].nUsed = 0;
  }
  if( pSet->idDialogue ){
    dim_each_pair(p, pSet->idDialogue, dim_count_pair, pSet);
  }
}

/* The recorded cells of one dialogue's indicators that name dimension
** zName (and its value zValue, if not NULL). */
typedef struct DimUse {
  const char *zName, *zValue;
  int64_t n;
} DimUse;

/* A DimPairFn: count the pair into the DimUse pArg if it is the one. */
static void dim_use_pair(void *pArg, const char *zName, const char *zValue){
  DimUse *u = pArg;
  if( strcmp(zName, u->zName)==0
   && (u->zValue==0 || strcmp(zValue, u->zValue)==0) ){
    u->n++;
  }
}

/* How many recorded cells of dialogue idD name zName (and zValue). */
static int64_t dim_uses(Store *p, int64_t idD, const char *zName,
                        const char *zValue){
  DimUse u;
  u.zName = zName;
  u.zValue = zValue;
  u.n = 0;
  dim_each_pair(p, idD, dim_use_pair, &u);
  return u.n;
}

/* Whether the text or reference field zF differs between aOld and aNew. */
static int dim_changed(int e, const Value *aOld, const Value *aNew,
                       const char *zF){
  const Value *a = model_value(e, aOld, zF), *b = model_value(e, aNew, zF);
  if( a->eType!=b->eType ) return 1;
  if( a->eType==VAL_TEXT ) return strcmp(a->z, b->z)!=0;
  return a->eType==VAL_INT && a->i!=b->i;
}

AccRc store_dims_guard(Store *p, int e, int64_t id, const Value *aOld,
                       const Value *aNew, char *zErr, int nErr){
  Arena a = ARENA_INIT;
  Value *aDim;
  const char *zName, *zValue = 0;
  int64_t idD, n;
  Class eView = p->eView;
  if( e!=ENT_DIMENSION && e!=ENT_DIM_VALUE ) return ACC_OK;
  if( e==ENT_DIMENSION ){
    if( aNew && !dim_changed(e, aOld, aNew, "name")
     && !dim_changed(e, aOld, aNew, "dialogue_id") ){
      return ACC_OK;
    }
    idD = model_value(e, aOld, "dialogue_id")->i;
    zName = model_value(e, aOld, "name")->z;
  }else{
    if( aNew && !dim_changed(e, aOld, aNew, "value")
     && !dim_changed(e, aOld, aNew, "dimension_id") ){
      return ACC_OK;
    }
    p->eView = CLASS_RESTRICTED;
    if( store_item_get(p, ENT_DIMENSION,
                       model_value(e, aOld, "dimension_id")->i, &a,
                       &aDim)!=ACC_OK ){
      p->eView = eView;
      arena_free(&a);
      return ACC_OK;
    }
    p->eView = eView;
    idD = model_value(ENT_DIMENSION, aDim, "dialogue_id")->i;
    zName = model_value(ENT_DIMENSION, aDim, "name")->z;
    zValue = model_value(e, aOld, "value")->z;
  }
  p->eView = CLASS_RESTRICTED;
  n = dim_uses(p, idD, zName, zValue);
  p->eView = eView;
  if( n>0 ){
    if( zValue ){
      snprintf(zErr, nErr, "value: %s of dimension %s is used by %lld "
               "recorded cells; change or remove them first", zValue, zName,
               (long long)n);
    }else{
      snprintf(zErr, nErr, "name: dimension %s is used by %lld recorded "
               "cells; change or remove them first", zName, (long long)n);
    }
  }
  (void)id;
  arena_free(&a);
  return n>0 ? ACC_CONFLICT : ACC_OK;
}

/* The cells recorded, each once with its indicator. */
typedef struct DimFound {
  int64_t *aInd;
  char **azCell;
  int n, nAlloc;
} DimFound;

static int dim_found_row(void *pArg, int64_t id, const Value *aVal){
  DimFound *f = pArg;
  const Value *pB = model_value(ENT_OBSERVATION, aVal, "breakdown");
  const Value *pI = model_value(ENT_OBSERVATION, aVal, "indicator_id");
  int i;
  (void)id;
  if( pB->eType!=VAL_TEXT || pB->z[0]==0 || pI->eType!=VAL_INT ) return 0;
  for(i=0; i<f->n; i++){
    if( f->aInd[i]==pI->i && strcmp(f->azCell[i], pB->z)==0 ) return 0;
  }
  if( f->n>=f->nAlloc ){
    f->nAlloc = f->nAlloc ? 2*f->nAlloc : 16;
    f->aInd = acc_realloc(f->aInd, sizeof(int64_t)*f->nAlloc);
    f->azCell = acc_realloc(f->azCell, sizeof(char*)*f->nAlloc);
  }
  f->aInd[f->n] = pI->i;
  f->azCell[f->n++] = acc_strdup(pB->z);
  return 0;
}

/* Insert a dimension (idParent a dialogue) or a value (idParent a
** dimension) labelled as written.  A dimension's code is its dialogue's
** code, "/dim/" and its name ("us-rs/dim/sex"), with "-2", "-3", ...
** after it if another item holds that. */
static AccRc dim_declare(Store *p, int e, int64_t idParent, const char *z,
                         int64_t *pId, char *zErr, int nErr){
  Value aV[MAX_FIELDS];
  Arena a = ARENA_INIT;
  Value *aD;
  const char *zD = "";
  int i, k;
  AccRc rc;
  memset(aV, 0, sizeof(aV));
  for(i=0; i<aEntity[e].nField; i++) aV[i].eType = VAL_NULL;
  aV[0].eType = VAL_INT;
  aV[0].i = idParent;
  aV[model_field_find(e, e==ENT_DIMENSION ? "name" : "value")].eType =
    VAL_TEXT;
  aV[model_field_find(e, e==ENT_DIMENSION ? "name" : "value")].z = z;
  aV[model_field_find(e, "label")].eType = VAL_TEXT;
  aV[model_field_find(e, "label")].z = z;
  if( e!=ENT_DIMENSION ) return store_item_insert(p, e, aV, pId, zErr, nErr);
  if( store_item_get(p, ENT_DIALOGUE, idParent, &a, &aD)==ACC_OK ){
    zD = dim_text(&a, ENT_DIALOGUE, aD, "code");
  }
  i = model_field_find(e, "code");
  aV[i].eType = VAL_TEXT;
  aV[i].z = arena_printf(&a, "%s/dim/%s", zD, z);
  rc = store_item_insert(p, e, aV, pId, zErr, nErr);
  for(k=2; rc==ACC_CONFLICT && k<100; k++){
    aV[i].z = arena_printf(&a, "%s/dim/%s-%d", zD, z, k);
    rc = store_item_insert(p, e, aV, pId, zErr, nErr);
  }
  arena_free(&a);
  return rc;
}

int store_dims_declare_found(Store *p, char *zErr, int nErr){
  DimFound f;
  DimSet s;
  Class eView = p->eView;
  int i, n = 0;
  AccRc rc = ACC_OK;
  memset(&f, 0, sizeof(f));
  memset(&s, 0, sizeof(s));
  p->eView = CLASS_RESTRICTED;
  store_item_each(p, ENT_OBSERVATION, -1, 0, dim_found_row, &f);
  for(i=0; i<f.n && rc==ACC_OK; i++){
    char zN[BREAKDOWN_NAME], zV[BREAKDOWN_VALUE];
    const char *z = f.azCell[i];
    int64_t idD = store_dims_dialogue(p, f.aInd[i]);
    if( idD==0 ) continue;
    while( rc==ACC_OK && breakdown_next(&z, zN, sizeof(zN), zV, sizeof(zV)) ){
      const Dim *d;
      int64_t idDim, idV;
      int bNew = 0;
      if( s.idDialogue!=idD ){
        store_dims_free(&s);
        store_dims_load(p, idD, &s, 0);
      }
      d = dim_find(&s, zN);
      if( d==0 ){
        rc = dim_declare(p, ENT_DIMENSION, idD, zN, &idDim, zErr, nErr);
        if( rc ) break;
        n++;
        bNew = 1;
      }else{
        idDim = d->id;
      }
      /* A dimension declared open (no values) stays open. */
      if( bNew || (d->nVal>0 && dim_value_find(d, zV)==0) ){
        rc = dim_declare(p, ENT_DIM_VALUE, idDim, zV, &idV, zErr, nErr);
        if( rc ) break;
        n++;
      }
      if( bNew || d->nVal>0 ){
        store_dims_free(&s);
        store_dims_load(p, idD, &s, 0);
      }
    }
  }
  store_dims_free(&s);
  for(i=0; i<f.n; i++) free(f.azCell[i]);
  free(f.aInd);
  free(f.azCell);
  p->eView = eView;
  return rc==ACC_OK ? n : -1;
}
