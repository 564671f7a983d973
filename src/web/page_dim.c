/*
** page_dim.c: the dimensions a dialogue declares for the breakdowns of
** its indicators (/dialogue/ID/dimensions; 038_dimension.sql,
** docs/design.md "Breakdowns").  Each dimension the reader may see, in
** its order: its code, its name as a cell writes it, its labels in
** English and Serbian, how many recorded cells the reader sees name it,
** and its approval state; under it the values it allows, each with its
** labels, cells and state, or a note that it takes any value.  Whoever
** may write the kinds (the secretariat) gets the links to declare, edit
** and add values; everyone else reads.  The public reads the version
** every party approved and nothing else: store_dims_load() gives it the
** published declarations, and the ones awaiting approval (which it
** holds without labels) are left out here.
*/
#include "page.h"
#include "i18n.h"
#include "../store/account.h"
#include "../store/dimension.h"

#include <string.h>

/* The approval state of item id of kind e, as a badge: published (the
** version every party approved is the current one), a draft (an older
** version is public), or not published.  The public sees only published
** items. */
static void dim_state(Req *p, int e, int64_t id){
  int bPub = 1;
  int64_t vPub = 1;
  if( p->bLoggedIn ){
    bPub = store_item_published(p->pStore, e, id);
    vPub = store_pub_version(p->pStore, e, id, 0, 0);
  }
  html_printf(&p->body, "<span class=\"st %s\">%h</span>",
    bPub ? "st-achieved" : vPub ? "st-at_risk" : "st-not_started",
    bPub ? tr(p, "Published") : vPub ? tr(p, "Draft")
         : tr(p, "Not published"));
}

/* The label zEn or zSr (Serbian, "" if none) for the reader: the
** Serbian one in the reader's script for a Serbian reader if there is
** one, else the English one. */
static const char *dim_label(Req *p, const char *zEn, const char *zSr){
  if( p->eLang!=LANG_EN && zSr && zSr[0] ) return tr_text(p, zSr);
  return zEn;
}

/* The label of field zName of kind e for the reader. */
static const char *dim_field(Req *p, int e, const char *zName){
  return page_field_label(p, &aEntity[e].aField[model_field_find(e,
                                                                 zName)]);
}

/* The values of dimension d: a table, or the note that it takes any. */
static void dim_values(Req *p, const Dim *d, int bWrite){
  int i, n = 0;
  for(i=0; i<d->nVal; i++){
    if( !d->aVal[i].bPending ) n++;
  }
  if( n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
      tr(p, "No values listed: the dimension takes any value (age bands, "
            "say), shown as written."));
    return;
  }
  html_printf(&p->body, "<div class=\"scroll\"><table class=\"register\">\n"
    "<caption>%h</caption>\n<thead><tr><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
    "<th scope=\"col\" class=\"num\">%h</th><th scope=\"col\">%h</th>"
    "</tr></thead>\n<tbody>\n",
    arena_printf(&p->arena, tr(p, "Values of %s"), d->zName),
    dim_field(p, ENT_DIM_VALUE, "value"),
    dim_field(p, ENT_DIM_VALUE, "label"),
    dim_field(p, ENT_DIM_VALUE, "label_sr"),
    tr(p, "Recorded cells"), tr(p, "Approval"));
  for(i=0; i<d->nVal; i++){
    const DimValue *v = &d->aVal[i];
    if( v->bPending ) continue;
    html_printf(&p->body, "<tr><td><a href=\"/item/dimension-value/%lld\">"
      "<code>%h</code></a>", (long long)v->id, v->zValue);
    if( bWrite && req_can_item(p, ENT_DIM_VALUE, v->id) ){
      html_printf(&p->body, " <a class=\"note\" href=\"/edit/"
        "dimension-value/%lld\">%h</a>", (long long)v->id, tr(p, "Edit"));
    }
    html_printf(&p->body, "</td><td lang=\"en\">%h</td><td>%h</td>"
      "<td class=\"num\">%h</td><td>", v->zLabel,
      tr_text(p, v->zLabelSr), page_num(p, (double)v->nUsed));
    dim_state(p, ENT_DIM_VALUE, v->id);
    html_printf(&p->body, "</td></tr>\n");
  }
  html_printf(&p->body, "</tbody>\n</table></div>\n");
}

/* One dimension: its heading, its fields and state, its values. */
static void dim_one(Req *p, const Dim *d){
  int bWrite = req_can(p, ACT_WRITE, ENT_DIM_VALUE);
  html_printf(&p->body, "<section aria-labelledby=\"dim-%lld\">\n"
    "<h2 id=\"dim-%lld\">%h</h2>\n<div class=\"scroll\">"
    "<table class=\"fields\">\n<tbody>\n"
    "<tr><th scope=\"row\">%h</th><td><a href=\"/item/dimension/%lld\">%h"
    "</a></td></tr>\n"
    "<tr><th scope=\"row\">%h</th><td><code>%h</code></td></tr>\n"
    "<tr><th scope=\"row\">%h</th><td lang=\"en\">%h</td></tr>\n"
    "<tr><th scope=\"row\">%h</th><td>%h</td></tr>\n"
    "<tr><th scope=\"row\">%h</th><td>%h</td></tr>\n"
    "<tr><th scope=\"row\">%h</th><td>",
    (long long)d->id, (long long)d->id,
    dim_label(p, d->zLabel, d->zLabelSr),
    dim_field(p, ENT_DIMENSION, "code"), (long long)d->id, d->zCode,
    dim_field(p, ENT_DIMENSION, "name"), d->zName,
    dim_field(p, ENT_DIMENSION, "label"), d->zLabel,
    dim_field(p, ENT_DIMENSION, "label_sr"), tr_text(p, d->zLabelSr),
    tr(p, "Recorded cells"), page_num(p, (double)d->nUsed),
    tr(p, "Approval"));
  dim_state(p, ENT_DIMENSION, d->id);
  html_printf(&p->body, "</td></tr>\n</tbody>\n</table></div>\n");
  dim_values(p, d, bWrite);
  if( bWrite ){
    html_printf(&p->body, "<p class=\"actions\">");
    if( req_can_item(p, ENT_DIMENSION, d->id) ){
      html_printf(&p->body, "<a class=\"button\" href=\"/edit/dimension/"
                  "%lld\">%h</a> ", (long long)d->id, tr(p, "Edit"));
    }
    page_new_link(p, ENT_DIM_VALUE, "dimension_id", d->id);
    html_printf(&p->body, "</p>\n");
  }
  html_printf(&p->body, "</section>\n");
}

/*
** PAGE: /dialogue/ID/dimensions
** The dimensions of a dialogue's breakdowns, with their values, labels,
** cells and approval states.
*/
void page_dimensions(Req *p){
  int64_t idD = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  Value *aD;
  DimSet s;
  int i, n = 0;
  if( idD==0 ) return;
  if( store_item_get(p->pStore, ENT_DIALOGUE, idD, &p->arena, &aD) ){
    req_error(p, 404, ACC_NOTFOUND, "no dialogue %lld", (long long)idD);
    return;
  }
  store_dims_load(p->pStore, idD, &s, &p->arena);
  store_dims_count(p->pStore, &s);
  page_begin(p, tr(p, "Dimensions of breakdowns"));
  html_printf(&p->body, "<p class=\"crumbs\">");
  page_link(p, ENT_DIALOGUE, idD);
  html_printf(&p->body, "</p>\n<h1>%h</h1>\n<p class=\"sub\">%h</p>\n",
    tr(p, "Dimensions of breakdowns"),
    tr(p, "The dimensions by which this dialogue's indicators are broken "
       "down (sex, age, region), each with its labels in English and "
       "Serbian and the values it allows. Readers see a cell by these "
       "labels; the public sees a declaration once the co-chairs of every "
       "party have approved it, and until then a cell's name and value as "
       "written, saying that the label awaits approval."));
  for(i=0; i<s.nDim; i++){
    if( s.aDim[i].bPending ) continue;
    dim_one(p, &s.aDim[i]);
    n++;
  }
  if( n==0 ){
    html_printf(&p->body, "<p class=\"note empty\">%h</p>\n",
                tr(p, "No dimensions declared that you may see."));
  }
  if( req_can(p, ACT_WRITE, ENT_DIMENSION) ){
    html_printf(&p->body, "<p class=\"actions\">");
    page_new_link(p, ENT_DIMENSION, "dialogue_id", idD);
    html_printf(&p->body, "</p>\n");
  }
  page_end(p);
}
