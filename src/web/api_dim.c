/*
** api_dim.c: the dimensions of a dialogue's breakdowns in the JSON API
** (GET /api/v1/dialogues/{id}/dimensions; 038_dimension.sql,
** docs/design.md "Breakdowns"), the twin of the page
** /dialogue/ID/dimensions (page_dim.c): each dimension the caller may
** see, in its order, with its labels, how many recorded cells the caller
** sees name it, whether every party approved its current version, and
** its values likewise.  The public reads the approved declarations
** only; those awaiting approval (store_dims_load() gives them to the
** public without labels) are left out.
*/
#include "api.h"
#include "../store/account.h"
#include "../store/dimension.h"

/* Whether item id of kind e is published in its current version: for
** the public, what it reads always is. */
static int dim_published(Req *p, int e, int64_t id){
  return !p->bLoggedIn || store_item_published(p->pStore, e, id);
}

/* A label for JSON: the text, or null when empty. */
static json_t *dim_json_text(const char *z){
  return z && z[0] ? json_string(z) : json_null();
}

/* The JSON object of dimension d with its values. */
static json_t *dim_json(Req *p, const Dim *d){
  json_t *pVals = json_array();
  int i;
  for(i=0; i<d->nVal; i++){
    const DimValue *v = &d->aVal[i];
    if( v->bPending ) continue;
    json_array_append_new(pVals, json_pack("{s:I,s:s,s:s,s:o,s:b,s:I}",
      "id", (json_int_t)v->id, "value", v->zValue, "label", v->zLabel,
      "label_sr", dim_json_text(v->zLabelSr),
      "published", dim_published(p, ENT_DIM_VALUE, v->id),
      "cells", (json_int_t)v->nUsed));
  }
  return json_pack("{s:I,s:s,s:s,s:s,s:o,s:b,s:I,s:o}",
    "id", (json_int_t)d->id, "code", d->zCode, "name", d->zName,
    "label", d->zLabel, "label_sr", dim_json_text(d->zLabelSr),
    "published", dim_published(p, ENT_DIMENSION, d->id),
    "cells", (json_int_t)d->nUsed, "values", pVals);
}

/*
** GET /api/v1/dialogues/{id}/dimensions: the dimensions of the
** dialogue's breakdowns, each with code, name (as a cell writes it),
** label, label_sr, published, cells (recorded cells naming it) and its
** values (id, value, label, label_sr, published, cells); a dimension
** without values takes any value.
*/
void api_dialogue_dimensions(Req *p){
  int64_t idD = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  DimSet s;
  json_t *pArr;
  int i;
  if( idD==0 ) return;
  store_dims_load(p->pStore, idD, &s, &p->arena);
  store_dims_count(p->pStore, &s);
  pArr = json_array();
  for(i=0; i<s.nDim; i++){
    if( s.aDim[i].bPending ) continue;
    json_array_append_new(pArr, dim_json(p, &s.aDim[i]));
  }
  req_json(p, json_pack("{s:I,s:o}", "dialogue_id", (json_int_t)idD,
                        "dimensions", pArr));
}
