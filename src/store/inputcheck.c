/*
** inputcheck.c: the rows that break today's input rules (obsrow.h).
**
** The rules of input grew after data was entered: text must be valid
** UTF-8 without control characters (text_check()), a count whole and
** not negative, a period begun, a meeting held or a step done not after
** today (model_row_when()).  Rows written before are not changed behind
** anyone's back; `accord verify` names them through store_input_check()
** so that someone corrects them.
*/
#include "storeInt.h"
#include "obsrow.h"

#include <stdio.h>
#include <string.h>

/* The state of one walk. */
typedef struct InputWalk {
  Store *pStore;
  int e;
  Date today;
  VerifyFn xSay;
  void *pArg;
  int64_t n;          /* rows named */
} InputWalk;

/* Name row id of the walk's entity with message zMsg. */
static void input_say(InputWalk *w, int64_t id, const char *zMsg){
  char z[600];
  snprintf(z, sizeof(z), "input rules: %s %lld: %s", aEntity[w->e].zName,
           (long long)id, zMsg);
  w->xSay(w->pArg, 1, z);
  w->n++;
}

/* A StoreRowFn: check one row against every input rule. */
static int input_row(void *pArg, int64_t id, const Value *aVal){
  InputWalk *w = pArg;
  char zErr[400];
  if( model_row_utf8(w->e, id, aVal, zErr, sizeof(zErr)) ){
    /* The message names the kind and id itself. */
    char z[450];
    snprintf(z, sizeof(z), "input rules: %s", zErr);
    w->xSay(w->pArg, 1, z);
    w->n++;
    return 0;
  }
  if( model_row_check(w->e, aVal, zErr, sizeof(zErr))
   || model_row_when(w->e, aVal, w->today, zErr, sizeof(zErr)) ){
    input_say(w, id, zErr);
    return 0;
  }
  if( w->e==ENT_OBSERVATION ){
    const Value *pI = model_value(w->e, aVal, "indicator_id");
    const Value *pP = model_value(w->e, aVal, "period");
    const Value *pV = model_value(w->e, aVal, "value");
    ObsIndicator ind;
    const char *zField = 0;
    if( pI->eType==VAL_INT && pP->eType==VAL_TEXT && pV->eType==VAL_REAL
     && obsrow_indicator_get(w->pStore, pI->i, &ind)==ACC_OK
     && obsrow_rules(&ind, ind.zCode, pP->z, pV->r, 0, w->today, &zField, zErr,
                     sizeof(zErr)) ){
      char z[450];
      snprintf(z, sizeof(z), "%s: %s", zField, zErr);
      input_say(w, id, z);
    }
  }
  return 0;
}

int64_t store_input_check(Store *p, Date today, VerifyFn xSay, void *pArg){
  InputWalk w;
  Class eView = p->eView;
  memset(&w, 0, sizeof(w));
  w.pStore = p;
  w.today = today;
  w.xSay = xSay;
  w.pArg = pArg;
  p->eView = CLASS_RESTRICTED;
  for(w.e=0; w.e<ENT__MAX; w.e++){
    store_item_each(p, w.e, -1, 0, input_row, &w);
  }
  p->eView = eView;
  return w.n;
}
