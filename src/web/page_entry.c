/*
** page_entry.c: the data-entry grid, a period's figures for many
** indicators in one form (as the data-entry form of DHIS2).
**
** GET /dialogue/:id/entry lists a row per indicator of the dialogue the
** reader may add observations to (store_obs_authorize(): the scopes of
** their grants), with its last recorded value and period, and inputs for
** the period (prefilled with the period due: the latest of its frequency
** that has ended), the value (its placeholder the last value), the source
** and a note.  A row left without a value is skipped.  A reader who may
** write none of the dialogue's indicators gets 403.
**
** POST saves every filled row in one transaction through the one
** importer of observations (store/obsrow.h, as `accord import` and the
** API import): the period of the indicator's frequency and begun, a
** number in the reader's language (l10n_num_read(): the decimal comma in
** Serbian), a whole number for a count, a source the reader may see, no
** duplicate.  All or nothing: any error saves nothing and shows the grid
** again, what was typed kept, each error beside its cell and listed
** above as "row N (indicator), field: message".  Each row carries the
** version of its indicator's figures (obs_version, 020_content.sql) the
** form was made from; if another writer changed them meanwhile the save
** is refused with 409, as the item forms do (page_form.c).
*/
#include "page.h"
#include "i18n.h"
#include "../store/obsrow.h"
#include "../core/l10n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENTRY_MAX_ROWS 40     /* rows of one grid (REQ_MAX_ARGS allows) */

/* One row of the grid. */
typedef struct EntryRow {
  int64_t id;                  /* the indicator */
  const char *zCode, *zName, *zUnit;
  ObsIndicator ind;            /* what the rules need */
  const char *zLast;           /* "2025: 1,157.8", or NULL */
  const char *zLastInput;      /* its value as a form shows it */
  const char *zDue;            /* the period due */
  int64_t iVersion;            /* version of its figures */
  /* as typed (POST) */
  const char *zPeriod, *zValue, *zSource, *zNote;
  const char *azErr[4];        /* per cell: period, value, source, note */
} EntryRow;

/* The grid of a dialogue. */
typedef struct Entry {
  Req *p;
  int64_t idD;
  EntryRow a[ENTRY_MAX_ROWS];
  int n;
  int nErr;
} Entry;

static const char *const azCell[4] = { "period", "value", "source", "note" };

/* The column heading of cell k, in the reader's language. */
static const char *cell_label(Req *p, int k){
  switch( k ){
    case 0:  return tr(p, "Period");
    case 1:  return tr(p, "Value");
    case 2:  return tr(p, "Source");
    default: return tr(p, "Note");
  }
}

/* Newest observation of a row (store_obs_rows()). */
typedef struct EntryLast { char zPeriod[12]; double r; int64_t id; }
  EntryLast;
static int entry_last_cb(void *pArg, const StoreObs *o){
  EntryLast *l = pArg;
  if( o->zCell ) return 0;   /* the total's latest value */
  if( l->zPeriod[0]==0 || strcmp(o->zPeriod, l->zPeriod)>0
   || (strcmp(o->zPeriod, l->zPeriod)==0 && o->id>l->id) ){
    snprintf(l->zPeriod, sizeof(l->zPeriod), "%s", o->zPeriod);
    l->r = o->r;
    l->id = o->id;
  }
  return 0;
}

/* Collect the rows: the dialogue's indicators the reader may write. */
static void entry_rows(Entry *pE){
  Req *p = pE->p;
  PageRows r;
  int i;
  page_rows_by(p, ENT_INDICATOR, "dialogue_id", pE->idD, &r);
  for(i=0; i<r.n && pE->n<ENTRY_MAX_ROWS; i++){
    EntryRow *pR = &pE->a[pE->n];
    char zErr[200], zP[12];
    EntryLast l;
    Period due;
    if( store_obs_authorize(p->pStore, r.aId[i], zErr, sizeof(zErr)) ){
      continue;
    }
    memset(pR, 0, sizeof(*pR));
    if( obsrow_indicator_get(p->pStore, r.aId[i], &pR->ind) ) continue;
    pR->id = r.aId[i];
    pR->zCode = page_text(ENT_INDICATOR, r.aaVal[i], "code");
    pR->zName = web_name(p, ENT_INDICATOR, r.aaVal[i]);
    pR->zUnit = web_unit(p, r.aaVal[i]);
    memset(&l, 0, sizeof(l));
    store_obs_series(p->pStore, pR->id, "0", "9", entry_last_cb, &l);
    if( l.zPeriod[0] ){
      char zN[L10N_NUMSZ];
      pR->zLast = arena_printf(&p->arena, "%s: %s",
                               page_period_text(p, l.zPeriod),
                               page_num(p, l.r));
      pR->zLastInput = arena_strdup(&p->arena,
                                    l10n_num_input(l.r, (int)p->eLang, zN));
    }
    due = period_containing(date_today(), pR->ind.eFreq);
    due = period_containing(period_start(due)-1, pR->ind.eFreq);
    period_format(due, zP);
    pR->zDue = arena_strdup(&p->arena, zP);
    pR->iVersion = store_obs_version(p->pStore, pR->id);
    pE->n++;
  }
}

/* Record an error of row i, cell iCell. */
static void entry_error(Entry *pE, int i, int iCell, const char *zMsg){
  EntryRow *pR = &pE->a[i];
  if( pR->azErr[iCell]==0 ){
    pR->azErr[iCell] = tr_err(pE->p, zMsg);   /* a copy */
  }
  pE->nErr++;
}

/* Print the grid, with what was typed and the errors when there are. */
static void entry_page(Entry *pE){
  Req *p = pE->p;
  const char *zD = page_label(p, ENT_DIALOGUE, pE->idD);
  int i, k;
  page_begin(p, tr(p, "Enter figures"));
  html_printf(&p->body, "<h1>%h</h1>\n<p><a href=\"/dialogue/%lld\">%h</a>"
    " &middot; <a href=\"/dialogue/%lld/import\">%h</a></p>\n",
    tr(p, "Enter figures"), (long long)pE->idD, zD ? zD : "",
    (long long)pE->idD, tr(p, "Import figures from a CSV file"));
  if( pE->nErr ){
    html_printf(&p->body, "<div class=\"error\" role=\"alert\"><p>%h</p>"
      "\n<ul>\n", p->iStatus==409
      ? tr(p, "Nothing was saved: figures in this form were changed by "
              "someone else meanwhile. The form now has the versions of "
              "now; save again to record yours.")
      : tr(p, "Nothing was saved. Correct the cells below and save again."));
    for(i=0; i<pE->n; i++){
      for(k=0; k<4; k++){
        if( pE->a[i].azErr[k]==0 ) continue;
        html_printf(&p->body, "<li><a href=\"#%s-%lld\">%h</a></li>\n",
          azCell[k], (long long)pE->a[i].id, arena_printf(&p->arena,
          tr(p, "Row %d (%s), %s: %s"), i+1, pE->a[i].zCode,
          cell_label(p, k), pE->a[i].azErr[k]));
      }
    }
    html_printf(&p->body, "</ul></div>\n");
  }else if( req_arg(p, "saved") ){
    html_printf(&p->body, "<p class=\"ok\" role=\"status\">%h</p>\n",
      arena_printf(&p->arena, tr(p, "Saved: %s figures."),
                   req_arg(p, "saved")));
  }
  html_printf(&p->body, "<p class=\"note\">%h</p>\n", tr(p, "One row per "
    "indicator you may record figures for. Rows left without a value are "
    "skipped; the rows with a value are saved together, or none is."));
  html_printf(&p->body, "<form method=\"post\" action=\"/dialogue/%lld/"
    "entry\" class=\"entry\">\n<input type=\"hidden\" name=\"csrf\" "
    "value=\"%h\">\n<div class=\"table-wrap\"><table class=\"grid\">\n"
    "<thead><tr><th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th><th scope=\"col\">%h</th><th scope=\"col\">"
    "%h</th><th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
    (long long)pE->idD, p->zCsrf, tr(p, "Indicator"), tr(p, "Last value"),
    tr(p, "Period"), tr(p, "Value"), tr(p, "Source"), tr(p, "Note"));
  for(i=0; i<pE->n; i++){
    EntryRow *pR = &pE->a[i];
    const char *azVal[4];
    azVal[0] = pR->zPeriod ? pR->zPeriod : pR->zDue;
    azVal[1] = pR->zValue ? pR->zValue : "";
    azVal[2] = pR->zSource ? pR->zSource : "";
    azVal[3] = pR->zNote ? pR->zNote : "";
    html_printf(&p->body, "<tr><th scope=\"row\"><a href=\"/item/indicator/"
      "%lld\">%h</a> <span class=\"note\">(%h)</span>"
      "<input type=\"hidden\" name=\"indicator\" value=\"%lld\">"
      "<input type=\"hidden\" name=\"version\" value=\"%lld\"></th>"
      "<td>%h</td>", (long long)pR->id, pR->zName, pR->zUnit,
      (long long)pR->id, (long long)pR->iVersion,
      pR->zLast ? pR->zLast : tr(p, "none yet"));
    for(k=0; k<4; k++){
      const char *zLabel = arena_printf(&p->arena, "%s: %s", pR->zName,
                                        cell_label(p, k));
      html_printf(&p->body, "<td%s><input name=\"%s\" id=\"%s-%lld\" "
        "value=\"%h\" aria-label=\"%h\"%s%s%h%s", pR->azErr[k]
        ? " class=\"bad\"" : "", azCell[k], azCell[k], (long long)pR->id,
        azVal[k], zLabel, pR->azErr[k] ? " aria-invalid=\"true\"" : "",
        k==1 && pR->zLast ? " placeholder=\"" : "",
        k==1 && pR->zLast ? pR->zLastInput : "",
        k==1 && pR->zLast ? "\"" : "");
      html_printf(&p->body, " size=\"%d\">", k==3 ? 24 : k==2 ? 14 : 9);
      if( pR->azErr[k] ){
        html_printf(&p->body, "<span class=\"error\">%h</span>",
                    pR->azErr[k]);
      }
      html_printf(&p->body, "</td>");
    }
    html_printf(&p->body, "</tr>\n");
  }
  html_printf(&p->body, "</tbody></table></div>\n<p><button type=\"submit\">"
    "%h</button></p>\n</form>\n", tr(p, "Save all"));
  page_end(p);
}

/* The dialogue of the path, or 0 after replying. */
static int64_t entry_dialogue(Req *p){
  return req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
}

/*
** PAGE: /dialogue/:id/entry
** The data-entry grid of a dialogue (writers of observations).
*/
void page_entry(Req *p){
  Entry *pE = arena_alloc(&p->arena, sizeof(Entry));
  memset(pE, 0, sizeof(*pE));
  pE->p = p;
  pE->idD = entry_dialogue(p);
  if( pE->idD==0 ) return;
  entry_rows(pE);
  if( pE->n==0 ){
    req_error(p, 403, ACC_DENIED, "you may not record figures for any "
              "indicator of this dialogue");
    return;
  }
  entry_page(pE);
}

/* Read the POSTed rows into the grid's rows: the i-th value of each of
** indicator, version, period, value, source and note belongs to the
** i-th row sent.  Returns -1 (after replying) if they do not fit. */
static int entry_read(Entry *pE){
  Req *p = pE->p;
  int aiN[7], i, j;
  static const char *const azName[7] = {
    "indicator", "version", "period", "value", "source", "note", 0
  };
  memset(aiN, 0, sizeof(aiN));
  for(i=0; i<p->nArg; i++){
    int f;
    for(f=0; azName[f] && strcmp(azName[f], p->aArg[i].zName); f++){}
    if( azName[f]==0 ) continue;
    j = aiN[f]++;
    if( f==0 ){
      int64_t id = strtoll(p->aArg[i].zValue, 0, 10);
      int m;
      for(m=j; m<pE->n && pE->a[m].id!=id; m++){}
      if( m>=pE->n ){
        req_error(p, 403, ACC_DENIED, "row %d: indicator: you may not "
                  "record figures for indicator %lld (or it is sent "
                  "twice)", j+1, (long long)id);
        return -1;
      }
      if( m!=j ){            /* keep the order sent */
        EntryRow t = pE->a[j];
        pE->a[j] = pE->a[m];
        pE->a[m] = t;
      }
    }
  }
  if( aiN[0]==0 || aiN[0]!=aiN[1] || aiN[0]!=aiN[2] || aiN[0]!=aiN[3]
   || aiN[0]>pE->n ){
    req_error(p, 400, ACC_INVALID, "the form's rows are incomplete: send "
              "indicator, version, period and value for each row");
    return -1;
  }
  pE->n = aiN[0];
  memset(aiN, 0, sizeof(aiN));
  for(i=0; i<p->nArg; i++){
    int f;
    EntryRow *pR;
    for(f=0; azName[f] && strcmp(azName[f], p->aArg[i].zName); f++){}
    if( azName[f]==0 || f==0 ) continue;
    j = aiN[f]++;
    if( j>=pE->n ) continue;
    pR = &pE->a[j];
    switch( f ){
      case 1: {
        int64_t v = strtoll(p->aArg[i].zValue, 0, 10);
        if( v!=pR->iVersion ){
          p->iStatus = 409;
          entry_error(pE, j, 1, tr(p, "the figures of this indicator were "
                                      "changed meanwhile"));
        }
        break;
      }
      case 2: pR->zPeriod = p->aArg[i].zValue; break;
      case 3: pR->zValue = p->aArg[i].zValue; break;
      case 4: pR->zSource = p->aArg[i].zValue; break;
      case 5: pR->zNote = p->aArg[i].zValue; break;
    }
  }
  return 0;
}

/* An ObsDupFn: row iTag repeats a recorded value. */
static void entry_dup(void *pArg, int64_t iTag, const char *zInd,
                      const char *zValue, const char *zMsg){
  (void)zInd; (void)zValue;
  entry_error(pArg, (int)iTag, 0, zMsg);
}

/* Check row i and queue it for writing. */
static void entry_check(Entry *pE, ObsRows *pRows, int i, Date today){
  Req *p = pE->p;
  EntryRow *pR = &pE->a[i];
  char zErr[300], zNum[L10N_NUMSZ], zA1[L10N_NUMSZ], zA2[L10N_NUMSZ];
  const char *zField = 0;
  double r = 0;
  Value vSrc;
  int nErr0 = pE->nErr, rc;
  if( pR->zValue==0 || pR->zValue[0]==0 ) return;       /* skipped */
  zErr[0] = 0;
  if( obsrow_period(pR->zPeriod, (int)pR->ind.eFreq, pR->zCode, zErr,
                    sizeof(zErr)) ){
    entry_error(pE, i, 0, zErr);
  }
  rc = l10n_num_read(pR->zValue, (int)p->eLang, zNum, sizeof(zNum), zA1,
                     zA2);
  if( rc==L10N_AMBIGUOUS ){
    snprintf(zErr, sizeof(zErr), tr(p, "\"%s\" is ambiguous: write %s or "
             "%s"), pR->zValue, zA1, zA2);
    entry_error(pE, i, 1, zErr);
  }else if( obsrow_value(rc==L10N_OK ? zNum : pR->zValue, &r, zErr,
                         sizeof(zErr)) || rc!=L10N_OK ){
    /* (the importer's words: "\"abc\" is not a number") */
    if( rc!=L10N_OK && zErr[0]==0 ){
      snprintf(zErr, sizeof(zErr), "\"%s\" is not a number", pR->zValue);
    }
    entry_error(pE, i, 1, zErr);
  }
  memset(&vSrc, 0, sizeof(vSrc));
  if( pR->zSource && pR->zSource[0] ){
    vSrc.eType = VAL_TEXT;
    vSrc.z = pR->zSource;
    if( store_ref_resolve(p->pStore, ENT_SOURCE, &vSrc, zErr,
                          sizeof(zErr)) ){
      entry_error(pE, i, 2, zErr);
    }
  }
  if( pR->zNote && pR->zNote[0] && !utf8_text_ok(pR->zNote) ){
    entry_error(pE, i, 3, tr(p, "not valid text"));
  }
  if( pE->nErr>nErr0 ) return;
  if( obsrow_rules(&pR->ind, pR->zCode, pR->zPeriod, r, zNum, today,
                   &zField, zErr, sizeof(zErr)) ){
    entry_error(pE, i, zField && strcmp(zField, "period")==0 ? 0 : 1, zErr);
    return;
  }
  obsrow_add(pRows, i, pR->id, pR->zPeriod, r,
             vSrc.eType==VAL_INT ? vSrc.i : 0,
             pR->zNote && pR->zNote[0] ? pR->zNote : 0, pR->zCode,
             pR->zValue);
}

/*
** PAGE: POST /dialogue/:id/entry
** Save the grid: every row with a value, all or nothing.
*/
void page_entry_post(Req *p){
  Entry *pE = arena_alloc(&p->arena, sizeof(Entry));
  ObsRows *pRows;
  Date today = date_today();
  int i, nRow = 0;
  AccRc rc;
  memset(pE, 0, sizeof(*pE));
  pE->p = p;
  pE->idD = entry_dialogue(p);
  if( pE->idD==0 ) return;
  store_set_actor(p->pStore, p->acc.zLogin);
  if( store_begin(p->pStore) ){
    req_error(p, 503, ACC_BUSY, "the database is busy; try again");
    return;
  }
  /* The rows and their versions inside the transaction: no write can
  ** come between the check of a version and the save. */
  entry_rows(pE);
  if( pE->n==0 ){
    store_rollback(p->pStore);
    req_error(p, 403, ACC_DENIED, "you may not record figures for any "
              "indicator of this dialogue");
    return;
  }
  if( entry_read(pE) ){
    store_rollback(p->pStore);
    return;
  }
  pRows = obsrow_new(p->pStore);
  obsrow_on_duplicate(pRows, entry_dup, pE);
  for(i=0; i<pE->n; i++){
    if( pE->a[i].zValue && pE->a[i].zValue[0] ) nRow++;
    entry_check(pE, pRows, i, today);
  }
  obsrow_flush(pRows);
  obsrow_free(pRows);
  rc = ACC_OK;
  if( pE->nErr==0 && nRow>0 ){
    rc = store_audit_import(p->pStore, "data-entry form", nRow);
    if( rc==ACC_OK ) rc = store_commit(p->pStore);
  }
  if( pE->nErr || nRow==0 || rc ) store_rollback(p->pStore);
  if( rc ){
    req_error(p, 503, ACC_BUSY, "the database is busy; nothing was saved");
    return;
  }
  if( pE->nErr ){
    /* The versions now, so that saving again is a choice. */
    for(i=0; i<pE->n; i++){
      pE->a[i].iVersion = store_obs_version(p->pStore, pE->a[i].id);
    }
    if( p->iStatus!=409 ) p->iStatus = 400;
    entry_page(pE);
    return;
  }
  req_redirect(p, arena_printf(&p->arena, "/dialogue/%lld/entry?saved=%d",
                               (long long)pE->idD, nRow));
}
