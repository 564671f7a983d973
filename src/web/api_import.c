/*
** api_import.c: POST /api/v1/import/observations, the JSON counterpart of
** `accord import observations FILE.csv` (cli/cmd_import.c).
**
** The body is a JSON array of objects
**   {"indicator": "us-rs-trade", "period": "2025", "value": 123.4,
**    "source": "census-trade", "note": "..."}
** (indicator and source as code or id; source and note optional, and
** "note_sr", the note in Serbian), and
** "breakdown" for a cell of a breakdown of the total (docs/design.md
** "Breakdowns"): "age=15-24;sex=female" as stored, or an object
** {"sex": "female", "age": "15-24"} put in that form; either is checked
** by breakdown.c's rules (the CSV's dim_NAME columns use them too).  Every
** element is checked -- an indicator the caller may see, a period of the
** indicator's frequency and begun, a finite number (whole and not
** negative for a count), a source the caller may see, valid text -- and
** written by the one importer of observations (store/obsrow.h, which the
** CSV and IATI imports use too) inside one transaction.  The checking goes
** on after an error, so one reply lists up to API_IMPORT_ERRORS errors
** (every duplicate among them), each naming the element's index and the
** field; any error rolls everything back: all or nothing.  One audit
** entry records the import.
*/
#include "api.h"
#include "../store/csvimport.h"
#include "../store/obsrow.h"
#include "../core/breakdown.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Indicators already read. */
#define IMP_CACHE 32

/* The state of one import. */
typedef struct Import {
  Req *p;
  json_t *pErrors;          /* [{index, field, message}] */
  int nErr;                 /* errors found (more than listed) */
  int nConflict;            /* of which duplicates of recorded values */
  int nDenied;              /* of which outside the caller's grants */
  ObsRows *pRows;           /* the rows checked and not yet written */
  ObsIndicator aInd[IMP_CACHE];   /* by id modulo IMP_CACHE */
  Date today;
} Import;

/* Record an error of element i, field zField (NULL: the element). */
static void imp_error(Import *pI, int i, const char *zField,
                      const char *zMsg){
  if( pI->pRows ) obsrow_flush(pI->pRows);   /* errors of earlier rows */
  pI->nErr++;
  if( pI->nErr<=API_IMPORT_ERRORS ){
    json_t *pE = json_pack("{s:i,s:s?,s:s}", "index", i, "field", zField,
                           "message", zMsg);
    if( pE ) json_array_append_new(pI->pErrors, pE);
  }
}

/* An ObsDupFn: element iTag repeats a recorded value. */
static void imp_dup(void *pArg, int64_t iTag, const char *zInd,
                    const char *zValue, const char *zMsg){
  Import *pI = pArg;
  (void)zInd; (void)zValue;
  pI->nConflict++;
  imp_error(pI, (int)iTag, "period", zMsg);
}

/* Indicator id as the rules need it (NULL if it cannot be read). */
static const ObsIndicator *imp_indicator(Import *pI, int64_t id){
  ObsIndicator *pInd = &pI->aInd[id % IMP_CACHE];
  if( pInd->id==id ) return pInd;
  if( obsrow_indicator_get(pI->p->pStore, id, pInd) ){
    pInd->id = 0;
    return 0;
  }
  return pInd;
}

/* Check member zKey of element i as field zField of an observation into
** *pV.  A required member must be there and not empty.  Returns 0, or -1
** after recording the error. */
static int imp_value(Import *pI, int i, json_t *pObj, const char *zKey,
                     const char *zField, int bRequired, Value *pV){
  const int e = ENT_OBSERVATION;
  const Field *pF = &aEntity[e].aField[model_field_find(e, zField)];
  json_t *pJ = json_object_get(pObj, zKey);
  char zErr[300];
  const char *z;
  memset(pV, 0, sizeof(*pV));
  if( pJ==0 || json_is_null(pJ) ){
    if( !bRequired ) return 0;
    snprintf(zErr, sizeof(zErr), "required: %s", pF->eType==FT_REF
             ? "a code or id" : pF->eType==FT_REAL ? "a number"
             : "2025, 2025-Q3 or 2025-07");
    imp_error(pI, i, zKey, zErr);
    return -1;
  }
  z = api_json_text(pI->p, pF, pJ, zErr, sizeof(zErr));
  if( z==0
   || model_value_parse(pF, z, pV, zErr, sizeof(zErr))
   || (pF->eType==FT_REF
       && store_ref_resolve(pI->p->pStore, pF->eRef, pV, zErr,
                            sizeof(zErr))) ){
    imp_error(pI, i, zKey, zErr);
    return -1;
  }
  if( bRequired && pV->eType==VAL_NULL ){
    imp_error(pI, i, zKey, "empty: a value is required");
    return -1;
  }
  return 0;
}

/* Check member "breakdown" of element i into zCell (BREAKDOWN_MAX bytes;
** "" for the total).  Returns 0, or -1 after recording the error. */
static int imp_cell(Import *pI, int i, json_t *pObj, char *zCell){
  json_t *pJ = json_object_get(pObj, "breakdown");
  char zErr[300];
  zCell[0] = 0;
  if( pJ==0 || json_is_null(pJ) ) return 0;
  if( json_is_string(pJ) ){
    const char *z = json_string_value(pJ);
    if( !utf8_text_ok(z) ){
      imp_error(pI, i, "breakdown", "not valid UTF-8 text");
      return -1;
    }
    if( breakdown_check(z, zErr, sizeof(zErr)) ){
      imp_error(pI, i, "breakdown", zErr);
      return -1;
    }
    snprintf(zCell, BREAKDOWN_MAX, "%s", z);
    return 0;
  }
  if( json_is_object(pJ) ){
    const char *zKey;
    json_t *pV;
    json_object_foreach(pJ, zKey, pV){
      if( !json_is_string(pV) || !utf8_text_ok(zKey)
       || !utf8_text_ok(json_string_value(pV)) ){
        imp_error(pI, i, "breakdown", "each dimension's value is text, e.g. "
                  "{\"sex\": \"female\"}");
        return -1;
      }
      if( breakdown_add(zCell, BREAKDOWN_MAX, zKey, json_string_value(pV),
                        zErr, sizeof(zErr)) ){
        imp_error(pI, i, "breakdown", zErr);
        return -1;
      }
    }
    return 0;
  }
  imp_error(pI, i, "breakdown", "expected text such as \"sex=female\" or "
            "an object such as {\"sex\": \"female\"}");
  return -1;
}

/* Check element i and, if no error was found so far, insert it. */
static void imp_row(Import *pI, int i, json_t *pObj){
  static const char *const azKey[] = {
    "indicator", "period", "value", "source", "note", "note_sr", "unit",
    "statistics_of", "breakdown", 0
  };
  const char *zKey;
  json_t *pJ;
  Value vInd, vPer, vVal, vSrc, vNote, vNoteSr;
  int nErr0 = pI->nErr, bInd, bPer;
  char zErr[300], zCell[BREAKDOWN_MAX];
  Period per;
  zCell[0] = 0;
  if( !json_is_object(pObj) ){
    imp_error(pI, i, 0, "expected an object {indicator, period, value, "
              "source, note}");
    return;
  }
  json_object_foreach(pObj, zKey, pJ){
    if( model_enum_find(azKey, zKey)<0 ){
      imp_error(pI, i, utf8_text_ok(zKey) ? zKey : "?", "unknown field "
                "(expected indicator, period, value, source, note, note_sr, "
                "unit, statistics_of or breakdown)");
    }
  }
  bInd = imp_value(pI, i, pObj, "indicator", "indicator_id", 1, &vInd)==0;
  bPer = imp_value(pI, i, pObj, "period", "period", 1, &vPer)==0;
  imp_value(pI, i, pObj, "value", "value", 1, &vVal);
  imp_value(pI, i, pObj, "source", "source_id", 0, &vSrc);
  imp_value(pI, i, pObj, "note", "note", 0, &vNote);
  imp_value(pI, i, pObj, "note_sr", "note_sr", 0, &vNoteSr);
  imp_cell(pI, i, pObj, zCell);
  if( bInd && bPer && period_parse(vPer.z, &per)==0 ){
    const ObsIndicator *pInd = imp_indicator(pI, vInd.i);
    const char *zField = 0;
    char zInd[32];
    json_t *pJ2 = json_object_get(pObj, "indicator");
    if( json_is_string(pJ2) ){
      snprintf(zInd, sizeof(zInd), "%s", json_string_value(pJ2));
    }else{
      snprintf(zInd, sizeof(zInd), "%lld", (long long)vInd.i);
    }
    if( pInd && (int)pInd->eFreq!=per.eFreq ){
      snprintf(zErr, sizeof(zErr), "\"%s\" is a %s, but the indicator is "
               "measured by %s", vPer.z, azFreqName[per.eFreq],
               azFreqName[pInd->eFreq]);
      imp_error(pI, i, "period", zErr);
    }else if( pInd && vVal.eType==VAL_REAL
           && obsrow_rules(pInd, zInd, vPer.z, vVal.r, 0, pI->today,
                           &zField, zErr, sizeof(zErr)) ){
      imp_error(pI, i, zField, zErr);
    }
    if( pInd && obsrow_measure(pInd, zInd,
                               json_string_value(json_object_get(pObj, "unit")),
                               json_string_value(json_object_get(pObj,
                                                 "statistics_of")),
                               &zField, zErr, sizeof(zErr)) ){
      imp_error(pI, i, zField, zErr);
    }
    /* Only the dimensions and values the dialogue declares. */
    if( pInd && zCell[0] ){
      char zDim[BREAKDOWN_NAME];
      if( obsrow_cell(pI->pRows, pInd, zCell, zDim, zErr, sizeof(zErr)) ){
        imp_error(pI, i, "breakdown", zErr);
      }
    }
  }
  {
    /* unit and statistics_of, when given, are text. */
    static const char *const azText[] = { "unit", "statistics_of", 0 };
    int k;
    for(k=0; azText[k]; k++){
      json_t *pT = json_object_get(pObj, azText[k]);
      if( pT && !json_is_null(pT) && !json_is_string(pT) ){
        imp_error(pI, i, azText[k], "expected text");
      }
    }
  }
  if( pI->nErr>nErr0 ) return;
  /* The caller's grants (store_authorize()): a row outside them is
  ** refused, the rest checked still. */
  if( store_obs_authorize(pI->p->pStore, vInd.i, zErr, sizeof(zErr)) ){
    pI->nDenied++;
    imp_error(pI, i, "indicator", zErr);
    return;
  }
  /* Written even after an error elsewhere (all is rolled back then), so
  ** that every duplicate is found. */
  obsrow_add_cell(pI->pRows, i, vInd.i, vPer.z, vVal.r,
                  vSrc.eType==VAL_INT ? vSrc.i : 0,
                  vNote.eType==VAL_TEXT ? vNote.z : 0,
                  vNoteSr.eType==VAL_TEXT ? vNoteSr.z : 0, zCell, "", "");
}

/* A CsvErrorFn: the error as {line, column, field, message}. */
static void csv_err(void *pArg, int64_t iLine, int iCol, const char *zCol,
                    const char *zMsg){
  json_t *pE = json_pack("{s:I,s:s}", "line", (json_int_t)iLine, "message",
                         zMsg);
  if( pE && iCol>0 ){
    json_object_set_new(pE, "column", json_integer(iCol));
    json_object_set_new(pE, "field", json_string(zCol));
  }
  if( pE ) json_array_append_new(pArg, pE);
}

/* The body is a CSV file (Content-Type: text/csv): read by the CSV
** reader of `accord import observations` (store/csvimport.h), with its
** columns, checks and messages; errors name the line and the column. */
static void import_csv(Req *p, int bDry){
  CsvImportOpt opt;
  CsvImportResult res;
  json_t *pErrors = json_array(), *pFirst, *pE;
  AccRc rc;
  api_actor(p);
  memset(&opt, 0, sizeof(opt));
  opt.zName = "api upload";
  opt.bDry = bDry;
  opt.nMaxErr = API_IMPORT_ERRORS;
  opt.xError = csv_err;
  opt.pErrArg = pErrors;
  rc = csv_import_bytes(p->pStore, p->zUpload, p->nUpload, &opt, &res);
  if( rc==ACC_OK ){
    json_decref(pErrors);
    req_json(p, json_pack("{s:I,s:I,s:b}", "imported",
                          (json_int_t)(bDry ? 0 : res.nOk), "checked",
                          (json_int_t)res.nRow, "dry_run", bDry));
    return;
  }
  if( rc!=ACC_INVALID || res.nErr==0 ){
    json_decref(pErrors);
    api_error(p, rc==ACC_BUSY ? 503 : 400, rc, 0, "%s", res.zMsg);
    return;
  }
  pFirst = json_array_get(pErrors, 0);
  pE = json_pack("{s:i,s:s,s:s,s:i,s:o}", "code", (int)ACC_INVALID,
    "name", azAccRcName[ACC_INVALID],
    "message", arena_printf(&p->arena, "line %lld%s%s: %s (%d error%s in "
      "all); nothing was imported",
      (long long)json_integer_value(json_object_get(pFirst, "line")),
      json_object_get(pFirst, "field") ? ", " : "",
      json_object_get(pFirst, "field")
        ? json_string_value(json_object_get(pFirst, "field")) : "",
      json_string_value(json_object_get(pFirst, "message")),
      res.nErr, res.nErr==1 ? "" : "s"),
    "count", res.nErr, "errors", pErrors);
  p->iStatus = 400;
  req_json(p, json_pack("{s:o}", "error", pE));
}

/*
** POST /api/v1/import/observations[?dry_run=true] with a JSON array of
** {indicator, period, value, source, note}.  All or nothing: on success
** {"imported":N,"checked":N,"dry_run":false}; on any error nothing is
** imported and the reply is a 400 (403 if every error is an indicator
** outside the caller's grants, store_authorize(); 409 if every error is
** a value already recorded) whose error lists every problem as {index,
** field, message}.  With
** dry_run everything is checked and nothing kept ("imported":0 and
** "checked":N).  With Content-Type: text/csv the body is a CSV file, as
** `accord import observations` reads (import_csv()).
*/
void api_import_observations(Req *p){
  Import imp;
  json_t *pArr = p->pBody;
  int i, n, bDry = 0;
  const char *z = req_arg(p, "dry_run");
  AccRc rc;
  if( z ){
    Value v;
    Field f;
    char zErr[100];
    memset(&f, 0, sizeof(f));
    f.eType = FT_BOOL;
    bDry = model_value_parse(&f, z, &v, zErr, sizeof(zErr))==ACC_OK
           && v.i!=0;
  }
  if( p->zUpload ){
    import_csv(p, bDry);
    return;
  }
  if( !json_is_array(pArr) ){
    api_error(p, pArr ? 400 : 415, ACC_INVALID, 0, "send a JSON array of "
              "{indicator, period, value, source, note} objects "
              "(Content-Type: application/json)");
    return;
  }
  api_actor(p);
  memset(&imp, 0, sizeof(imp));
  imp.p = p;
  imp.pErrors = json_array();
  imp.today = date_today();
  n = (int)json_array_size(pArr);
  rc = store_begin(p->pStore);
  if( rc ){
    json_decref(imp.pErrors);
    api_error(p, 503, ACC_BUSY, 0, "the database is busy; try again");
    return;
  }
  imp.pRows = obsrow_new(p->pStore);
  obsrow_on_duplicate(imp.pRows, imp_dup, &imp);
  for(i=0; i<n; i++) imp_row(&imp, i, json_array_get(pArr, i));
  obsrow_flush(imp.pRows);
  obsrow_free(imp.pRows);
  imp.pRows = 0;
  if( imp.nErr==0 && !bDry && n>0 ){
    json_t *pData = json_pack("{s:s,s:i}", "via", "api", "rows", n);
    char *zData = json_dumps(pData, JSON_COMPACT|JSON_SORT_KEYS);
    json_decref(pData);
    if( zData==0 ) acc_fatal("cannot render JSON");
    rc = store_audit_add(p->pStore, "import", "observation", 0, zData);
    free(zData);
    if( rc==ACC_OK ) rc = store_commit(p->pStore);
    if( rc ){
      store_rollback(p->pStore);
      json_decref(imp.pErrors);
      api_error(p, 503, ACC_BUSY, 0, "the database is busy; nothing was "
                "imported");
      return;
    }
  }else{
    store_rollback(p->pStore);
  }
  if( imp.nErr ){
    json_t *pFirst = json_array_get(imp.pErrors, 0);
    json_t *pField = json_object_get(pFirst, "field");
    AccRc eRc = imp.nConflict==imp.nErr ? ACC_CONFLICT
              : imp.nDenied==imp.nErr ? ACC_DENIED : ACC_INVALID;
    json_t *pE = json_pack("{s:i,s:s,s:s,s:O,s:i,s:o}", "code", (int)eRc,
      "name", azAccRcName[eRc],
      "message", arena_printf(&p->arena, "[%d] %s: %s (%d error%s in all); "
        "nothing was imported",
        (int)json_integer_value(json_object_get(pFirst, "index")),
        json_is_string(pField) ? json_string_value(pField) : "element",
        json_string_value(json_object_get(pFirst, "message")),
        imp.nErr, imp.nErr==1 ? "" : "s"),
      "index", json_object_get(pFirst, "index"),
      "count", imp.nErr, "errors", imp.pErrors);
    if( pE && json_is_string(pField) ) json_object_set(pE, "field", pField);
    p->iStatus = api_http_status(eRc);
    req_json(p, json_pack("{s:o}", "error", pE));
    return;
  }
  json_decref(imp.pErrors);
  req_json(p, json_pack("{s:i,s:i,s:b}", "imported", bDry ? 0 : n,
                        "checked", n, "dry_run", bDry));
}
