/*
** page_obs.c: an indicator's observations as the pages show them
** (page_obs(), page_obs_some(), page_obs_table()): sorted by period, each
** period's values marked when they disagree and when no choice stands
** (status_period_open(), the rule of the conflict lists).  The cells of
** a breakdown (032_breakdown.sql) are shown under their period's total;
** values disagree only within one cell (the total is a cell).
*/
#include "page.h"
#include "i18n.h"
#include "../core/breakdown.h"
#include "../store/dimension.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whether two observations are of the same cell (NULL: the total). */
static int obs_same_cell(const PageObs *x, const PageObs *y){
  return store_obs_same_cell(x->zCell, y->zCell);
}

/* Comparison of observations: by period, then cell (the total last, so
** that the table, latest first, shows it first), then id. */
static int obs_cmp(const void *a, const void *b){
  const PageObs *x = a, *y = b;
  int c = strcmp(x->zPeriod, y->zPeriod);
  if( c ) return c;
  if( !obs_same_cell(x, y) ){
    if( x->zCell==0 ) return 1;
    if( y->zCell==0 ) return -1;
    return strcmp(y->zCell, x->zCell);
  }
  return x->id<y->id ? -1 : x->id>y->id;
}

/* Sort observations by period then id and mark the periods whose values
** disagree (the rule of store_obs_conflicts()). */
static void obs_mark(PageObs *a, int n){
  ObsPoint *aP;
  int i, j, k;
  if( n>1 ) qsort(a, n, sizeof(PageObs), obs_cmp);
  aP = acc_malloc(sizeof(ObsPoint)*(size_t)(n ? n : 1));
  for(i=0; i<n; i=j){
    int bDiffer = 0, eOpen;
    for(j=i; j<n && strcmp(a[j].zPeriod, a[i].zPeriod)==0
             && obs_same_cell(&a[j], &a[i]); j++){
      if( a[j].r!=a[i].r ) bDiffer = 1;
      memset(&aP[j-i], 0, sizeof(ObsPoint));
      period_parse(a[j].zPeriod, &aP[j-i].period);
      aP[j-i].value = a[j].r;
      aP[j-i].bPreferred = a[j].bPreferred;
      aP[j-i].iSeq = a[j].id;
      aP[j-i].iSource = a[j].iSource;
      aP[j-i].iChoice = a[j].iChoice;
    }
    eOpen = status_period_open(aP, j-i);
    for(k=i; k<j; k++){
      a[k].bDisagree = bDiffer;
      a[k].bConflict = eOpen!=0;
      a[k].bReopened = eOpen==STATUS_OPEN_REOPENED;
    }
  }
  free(aP);
}

PageObs *page_obs(Req *p, int64_t idInd, int *pn){
  PageRows r;
  PageObs *a;
  int i;
  page_rows_by(p, ENT_OBSERVATION, "indicator_id", idInd, &r);
  a = arena_alloc(&p->arena, sizeof(PageObs)*(r.n ? r.n : 1));
  for(i=0; i<r.n; i++){
    const Value *v = r.aaVal[i];
    const char *z = page_text(ENT_OBSERVATION, v, "period");
    a[i].id = r.aId[i];
    a[i].zPeriod = z ? z : "";
    a[i].r = v[model_field_find(ENT_OBSERVATION, "value")].r;
    a[i].iSource = page_int(ENT_OBSERVATION, v, "source_id");
    a[i].zBy = page_text(ENT_OBSERVATION, v, "entered_by");
    a[i].zAt = page_text(ENT_OBSERVATION, v, "entered_at");
    a[i].zNote = page_tx(p, ENT_OBSERVATION, v, "note");
    a[i].bPreferred = page_int(ENT_OBSERVATION, v, "preferred")!=0;
    a[i].iChoice = page_int(ENT_OBSERVATION, v, "preferred_upto");
    a[i].zCell = page_text(ENT_OBSERVATION, v, "breakdown");
  }
  obs_mark(a, r.n);
  *pn = r.n;
  return a;
}

/* Collects StoreObs rows as PageObs, each id once. */
typedef struct ObsSome {
  Req *p;
  PageObs *a;
  int n, nAlloc;
} ObsSome;

/* A text of a row, in the arena; NULL for NULL or "" (as page_text()). */
static const char *obs_text(Req *p, const char *z){
  return z && z[0] ? arena_strdup(&p->arena, z) : 0;
}

/* The note zNote of a row, or its Serbian twin zNoteSr, in the reader's
** language as web_tx() gives a field: the twin in the reader's script,
** else the English marked "(in English)"; in the arena, NULL for none. */
static const char *obs_note(Req *p, const char *zNote, const char *zNoteSr){
  if( p->eLang!=LANG_EN && zNoteSr && zNoteSr[0] ){
    return obs_text(p, tr_text(p, zNoteSr));
  }
  if( zNote==0 || zNote[0]==0 ) return 0;
  if( p->eLang==LANG_EN ) return obs_text(p, zNote);
  return arena_printf(&p->arena, "%s %s", zNote, tr(p, "(in English)"));
}

static int obs_some_cb(void *pArg, const StoreObs *o){
  ObsSome *c = pArg;
  PageObs *x;
  int i;
  for(i=0; i<c->n; i++){
    if( c->a[i].id==o->id ) return 0;
  }
  if( c->n==c->nAlloc ){
    PageObs *aNew;
    c->nAlloc = c->nAlloc ? 2*c->nAlloc : 32;
    aNew = arena_alloc(&c->p->arena, sizeof(PageObs)*(size_t)c->nAlloc);
    if( c->n ) memcpy(aNew, c->a, sizeof(PageObs)*(size_t)c->n);
    c->a = aNew;
  }
  x = &c->a[c->n++];
  memset(x, 0, sizeof(*x));
  x->id = o->id;
  x->zPeriod = o->zPeriod ? arena_strdup(&c->p->arena, o->zPeriod) : "";
  x->r = o->r;
  x->iSource = o->iSource;
  x->zBy = obs_text(c->p, o->zBy);
  x->zAt = obs_text(c->p, o->zAt);
  x->zNote = obs_note(c->p, o->zNote, o->zNoteSr);
  x->bPreferred = o->bPreferred;
  x->iChoice = o->iChoice;
  x->zCell = obs_text(c->p, o->zCell);
  return 0;
}

PageObs *page_obs_some(Req *p, int64_t idInd, int nRecent, int *pn){
  ObsSome c;
  memset(&c, 0, sizeof(c));
  c.p = p;
  if( nRecent>0 ){
    /* The newest, and every other value of their periods (to mark them
    ** as page_obs() does). */
    int i, j, n;
    store_obs_rows(p->pStore, idInd, nRecent, 0, obs_some_cb, &c);
    n = c.n;
    for(i=0; i<n; i++){
      for(j=0; j<i && strcmp(c.a[j].zPeriod, c.a[i].zPeriod)!=0; j++){}
      if( j==i ){
        store_obs_rows(p->pStore, idInd, 0, c.a[i].zPeriod, obs_some_cb,
                       &c);
      }
    }
  }else{
    store_obs_rows(p->pStore, idInd, 0, 0, obs_some_cb, &c);
  }
  if( c.a==0 ) c.a = arena_alloc(&p->arena, sizeof(PageObs));
  obs_mark(c.a, c.n);
  *pn = c.n;
  return c.a;
}

const char *page_cell(Req *p, int64_t idInd, const char *zCell){
  if( zCell==0 || zCell[0]==0 ) return tr(p, "total");
  if( p->pDims==0 || p->iDimsInd!=idInd ){
    p->pDims = arena_alloc(&p->arena, sizeof(DimSet));
    p->iDimsInd = idInd;
    store_dims_load(p->pStore, store_dims_dialogue(p->pStore, idInd),
                    p->pDims, &p->arena);
  }
  return store_dims_describe(p->pDims, zCell, (int)p->eLang, &p->arena);
}

void page_obs_table(Req *p, int64_t idInd, int nMax){
  int n, i, nShown = 0;
  PageObs *a = page_obs(p, idInd, &n);
  int bWrite = req_can(p, ACT_WRITE, ENT_OBSERVATION);
  if( n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No observations yet."));
    return;
  }
  html_printf(&p->body, "<div class=\"scroll\">"
    "<table class=\"obs\">\n<caption>%h</caption>\n"
    "<thead><tr><th scope=\"col\">%h</th><th scope=\"col\" class=\"num\">%h"
    "</th><th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
    tr(p, "Observations, latest period first"), tr(p, "Period"),
    tr(p, "Value"), tr(p, "Source"), tr(p, "Entered"), tr(p, "Counts"));
  for(i=n-1; i>=0 && (nMax<=0 || nShown<nMax); i--, nShown++){
    const PageObs *o = &a[i];
    Value *aS = 0;
    html_printf(&p->body, "<tr id=\"obs-%lld\"%s><td><a href=\"/item/"
      "observation/%lld\">%h</a>",
      (long long)o->id, o->bConflict ? " class=\"conflict\"" : "",
      (long long)o->id, page_period_text(p, o->zPeriod));
    if( o->zCell ){
      html_printf(&p->body, "<br><span class=\"note cell\">%h</span>",
                  page_cell(p, idInd, o->zCell));
    }
    html_printf(&p->body, "</td><td class=\"num\">%h</td><td>",
                page_num(p, o->r));
    if( o->iSource
     && store_item_get(p->pStore, ENT_SOURCE, o->iSource, &p->arena,
                       &aS)==ACC_OK ){
      const char *zTitle = page_text(ENT_SOURCE, aS, "title");
      const char *zUrl = page_text(ENT_SOURCE, aS, "url");
      const char *zPub = page_text(ENT_SOURCE, aS, "publisher");
      if( page_http_url(zUrl) ){
        html_printf(&p->body, "<a href=\"%h\" rel=\"noopener noreferrer\">"
                    "%h</a>", zUrl, zTitle ? zTitle : zUrl);
      }else{
        html_printf(&p->body, "%h", zTitle ? zTitle : "");
      }
      if( zPub ) html_printf(&p->body, " <span class=\"note\">%h</span>",
                             zPub);
    }else{
      html_printf(&p->body, "<span class=\"note\">%h</span>",
                  tr(p, "no source"));
    }
    if( o->zNote ){
      html_printf(&p->body, "<br><span class=\"note\">%h</span>", o->zNote);
    }
    html_printf(&p->body, "</td><td>%h<br><span class=\"note\">%h</span>"
      "</td><td>", o->zBy ? tr_account(p, o->zBy) : "",
      page_time(p, o->zAt));
    if( o->bPreferred ){
      html_printf(&p->body, "<span class=\"flag pref\">%h</span>",
                  tr(p, "✓ preferred"));
    }
    if( o->bReopened ){
      html_printf(&p->body, "<span class=\"flag conflict\">%h</span>",
                  tr(p, "⚠ a later value of another source reopened the "
                        "choice: choose again"));
    }else if( o->bConflict ){
      html_printf(&p->body, "<span class=\"flag conflict\">%h</span>",
                  tr(p, "⚠ sources disagree, none preferred"));
    }else if( o->bDisagree && !o->bPreferred ){
      html_printf(&p->body, "<span class=\"note\">%h</span>",
                  tr(p, "another value counts"));
    }
    if( bWrite && o->bDisagree && (!o->bPreferred || o->bReopened) ){
      html_printf(&p->body, "<form method=\"post\" action=\"/observation/"
        "%lld/prefer\" class=\"inline-form\">"
        "<input type=\"hidden\" name=\"csrf\" value=\"%h\">"
        "<input type=\"hidden\" name=\"next\" value=\"%h#obs-%lld\">"
        "<button type=\"submit\" class=\"small\">%h</button></form>",
        (long long)o->id, p->zCsrf, p->zPath, (long long)o->id,
        tr(p, "Count this one"));
    }
    html_printf(&p->body, "</td></tr>\n");
  }
  html_printf(&p->body, "</tbody>\n</table></div>\n");
  if( nMax>0 && n>nMax ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
      arena_printf(&p->arena, tr(p, "The %d latest of %d observations."),
                   nMax, n));
  }
}
