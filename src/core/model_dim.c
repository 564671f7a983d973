/*
** model_dim.c: the dimensions a dialogue declares for the breakdowns of
** its indicators (038_dimension.sql, docs/design.md "Breakdowns"): a
** dimension's name as a cell writes it ("sex"), its label in English and
** Serbian, and optionally the values it allows, each with its labels.
** An observation's cell names only declared dimensions, and a value of
** a dimension that lists its values must be one of them (the store
** checks this: src/store/dimension.c).  Fields and the rules of a row;
** aEntity[] in model.c names the tables defined here.
*/
#include "model.h"
#include "modelInt.h"
#include "breakdown.h"

#include <stdio.h>
#include <string.h>

#define F(n,t,fl,en,ref,h) { n, t, fl, en, ref, h }
#define REQ FF_REQUIRED

const Field aDimensionF[] = {
  F("dialogue_id", FT_REF, REQ|FF_LIST, 0, ENT_DIALOGUE, "the dialogue"),
  F("code", FT_TEXT, REQ|FF_CODE, 0, 0,
    "short unique code, e.g. us-rs/dim/sex"),
  F("name", FT_TEXT, REQ|FF_LIST, 0, 0,
    "the dimension as a breakdown writes it: a lower-case code, e.g. sex"),
  F("label", FT_TEXT, REQ|FF_LIST, 0, 0, "its name for readers, e.g. Sex"),
  F("label_sr", FT_TEXT, FF_LIST, 0, 0, "its name in Serbian, e.g. Pol"),
  F("position", FT_INT, 0, 0, 0, "order in the list"),
};
const Field aDimValueF[] = {
  F("dimension_id", FT_REF, REQ|FF_LIST, 0, ENT_DIMENSION, "the dimension"),
  F("value", FT_TEXT, REQ|FF_LIST, 0, 0,
    "the value as a breakdown writes it, e.g. female"),
  F("label", FT_TEXT, REQ|FF_LIST, 0, 0, "its name for readers, e.g. Female"),
  F("label_sr", FT_TEXT, FF_LIST, 0, 0, "its name in Serbian, e.g. Žene"),
  F("position", FT_INT, 0, 0, 0, "order in the list"),
};

AccRc model_dim_check(int e, const Value *aVal, char *zErr, int nErr){
  const Value *pV;
  if( e==ENT_DIMENSION ){
    pV = &aVal[model_field_find(e, "name")];
    if( pV->eType==VAL_TEXT && breakdown_name_ok(pV->z) ){
      snprintf(zErr, nErr, "name: a dimension's name is a lower-case code "
               "of at most %d letters, digits or _, beginning with a "
               "letter, e.g. sex", BREAKDOWN_NAME-1);
      return ACC_INVALID;
    }
  }else if( e==ENT_DIM_VALUE ){
    pV = &aVal[model_field_find(e, "value")];
    if( pV->eType==VAL_TEXT && breakdown_value_ok(pV->z) ){
      snprintf(zErr, nErr, "value: at most %d bytes, without \";\", \"=\", "
               "control characters or spaces at either end",
               BREAKDOWN_VALUE-1);
      return ACC_INVALID;
    }
  }
  return ACC_OK;
}
