/*
** page_item.c: the generic page of an item of any kind that has no page
** of its own (/item/KIND/ID: sources, people, indicators, observations,
** steps, risks, decisions, ...): its fields with references as links,
** the items that refer to it, its history, and the links to edit it.
** An indicator's page also shows its observations with their conflicts.
*/
#include "page.h"
#include "i18n.h"

#include <string.h>

#define BACKLINKS_MAX 50   /* items listed per referring field */

/* The entity named by segment 1 of the path ("/item/KIND/ID", also
** "/new/KIND", "/edit/KIND/ID", "/delete/KIND/ID"), or -1. */
int page_path_entity(Req *p){
  const char *z = p->zPath ? strchr(p->zPath+1, '/') : 0;
  char zKind[40];
  size_t n;
  int e;
  if( z==0 ) return -1;
  z++;
  n = strcspn(z, "/");
  if( n==0 || n>=sizeof(zKind) ) return -1;
  memcpy(zKind, z, n);
  zKind[n] = 0;
  e = model_entity_find(zKind);
  /* Only the singular name: "goals" is not a page. */
  if( e<0 || strcmp(aEntity[e].zName, zKind)!=0 ) return -1;
  return e;
}

/* The items that refer to item id of entity e, by referring field. */
static void backlinks(Req *p, int e, int64_t id){
  int e2, f, i, bHead = 0;
  for(e2=0; e2<ENT__MAX; e2++){
    const EntityDef *pE2 = &aEntity[e2];
    for(f=0; f<pE2->nField; f++){
      PageRows r;
      if( pE2->aField[f].eType!=FT_REF || pE2->aField[f].eRef!=e ) continue;
      if( e==ENT_INDICATOR && e2==ENT_OBSERVATION ) continue;
      page_rows(p, e2, f, id, &r);
      if( r.n==0 ) continue;
      if( !bHead ){
        html_printf(&p->body, "<section aria-labelledby=\"refs\">\n"
          "<h2 id=\"refs\">%h</h2>\n", tr(p, "Items that refer to it"));
        bHead = 1;
      }
      html_printf(&p->body, "<h3>%h <span class=\"note\">(%h)</span></h3>\n"
        "<ul>\n", page_enum_label(p, pE2->zPlural), page_field_label(p,
        &pE2->aField[f]));
      for(i=0; i<r.n && i<BACKLINKS_MAX; i++){
        html_printf(&p->body, "<li>");
        page_link(p, e2, r.aId[i]);
        html_printf(&p->body, "</li>\n");
      }
      if( r.n>BACKLINKS_MAX ){
        html_printf(&p->body, "<li class=\"note\">%h</li>\n",
          arena_printf(&p->arena, tr(p, "and %d more"),
                       r.n - BACKLINKS_MAX));
      }
      html_printf(&p->body, "</ul>\n");
    }
  }
  if( bHead ) html_printf(&p->body, "</section>\n");
}

int64_t page_item_dialogue(Req *p, int e, const Value *aVal){
  const EntityDef *pE = &aEntity[e];
  Value *aP;
  if( pE->iDialogue>=0 && aVal[pE->iDialogue].eType==VAL_INT ){
    return aVal[pE->iDialogue].i;
  }
  if( pE->iParent>=0 && aVal[pE->iParent].eType==VAL_INT ){
    int eP = pE->aField[pE->iParent].eRef;
    if( eP==ENT_DIALOGUE ) return aVal[pE->iParent].i;
    if( store_item_get(p->pStore, eP, aVal[pE->iParent].i, &p->arena,
                       &aP)==ACC_OK ){
      return page_item_dialogue(p, eP, aP);
    }
  }
  return 0;
}

void page_item_class(Req *p, int e, const Value *aVal){
  int eFrom;
  int64_t idFrom;
  Class c = store_item_class(p->pStore, e, aVal, &eFrom, &idFrom);
  if( eFrom<0 && model_field_find(e, "classification")>=0 ) return;
  html_printf(&p->body, "<p class=\"classline\" id=\"classification\">"
    "<strong>%h</strong> %h", tr(p, "Classification:"),
    tr(p, azClassName[c]));
  if( eFrom>=0 ){
    html_printf(&p->body, " (%h ", arena_printf(&p->arena, tr(p, "from %s"),
                tr(p, aEntity[eFrom].zTitle)));
    page_link(p, eFrom, idFrom);
    html_printf(&p->body, ")");
  }else{
    html_printf(&p->body, " (%h)",
                tr(p, "people, members, contacts, benefits and participants "
                      "are never public"));
  }
  html_printf(&p->body, "</p>\n");
}

/* Who entered the item and who changed it last, and when (the audit
** log; store_item_stamp()), for readers who log in. */
void page_item_stamp(Req *p, int e, int64_t id){
  ItemStamp st;
  if( !p->bLoggedIn ) return;
  store_item_stamp(p->pStore, e, id, &p->arena, &st);
  if( st.zEnteredBy[0]==0 && st.zChangedBy[0]==0 ) return;
  html_printf(&p->body, "<p class=\"stamp\" id=\"stamp\">");
  if( st.zEnteredBy[0] ){
    html_printf(&p->body, "%h <span class=\"who\">%h</span> %h",
                tr(p, "Entered by"), tr_account(p, st.zEnteredBy),
                page_time(p, st.zEnteredAt));
  }
  if( st.zChangedBy[0] ){
    html_printf(&p->body, "%s%h <span class=\"who\">%h</span> %h",
                st.zEnteredBy[0] ? " · " : "", tr(p, "last changed by"),
                tr_account(p, st.zChangedBy), page_time(p, st.zChangedAt));
  }
  html_printf(&p->body, "</p>\n");
}

/*
** PAGE: /item/KIND/ID
** Any item, generically.  Kinds with their own page redirect there.
*/
void page_item(Req *p){
  int e = page_path_entity(p);
  int64_t id, idD;
  Value *aVal;
  const EntityDef *pE;
  const char *zLabel;
  if( e<0 ){
    req_error(p, 404, ACC_NOTFOUND, "no page at this address");
    return;
  }
  pE = &aEntity[e];
  id = req_item_or_reply(p, e, req_path(p, 0));
  if( id==0 ) return;
  if( store_item_get(p->pStore, e, id, &p->arena, &aVal) ){
    req_error(p, 404, ACC_NOTFOUND, "no %s %lld", pE->zTitle,
              (long long)id);
    return;
  }
  if( strncmp(page_url(p, e, id), "/item/", 6)!=0 ){
    req_redirect(p, page_url(p, e, id));
    return;
  }
  zLabel = page_label(p, e, id);
  page_begin(p, zLabel ? zLabel : pE->zTitle);
  idD = page_item_dialogue(p, e, aVal);
  html_printf(&p->body, "<p class=\"crumbs\">");
  if( idD ) page_link(p, ENT_DIALOGUE, idD);
  if( pE->iParent>=0 && pE->aField[pE->iParent].eRef!=ENT_DIALOGUE
   && aVal[pE->iParent].eType==VAL_INT ){
    html_printf(&p->body, " › ");
    page_link(p, pE->aField[pE->iParent].eRef, aVal[pE->iParent].i);
  }
  if( e==ENT_RISK && idD ){
    html_printf(&p->body, " › <a href=\"/dialogue/%lld/risks\">%h</a>",
                (long long)idD, tr(p, "Risk register"));
  }
  html_printf(&p->body, "</p>\n<h1>%h</h1>\n<p class=\"sub\">%h</p>\n",
              zLabel ? zLabel : "", tr(p, pE->zTitle));
  page_item_actions(p, e, id);
  page_fields_table(p, e, aVal, 0);
  page_item_class(p, e, aVal);
  if( e==ENT_INDICATOR ){
    html_printf(&p->body, "<section aria-labelledby=\"observations\">\n"
      "<h2 id=\"observations\">%h</h2>\n<p class=\"actions\">",
      tr(p, "Observations"));
    page_new_link(p, ENT_OBSERVATION, "indicator_id", id);
    if( idD ){
      html_printf(&p->body, "<a href=\"/dialogue/%lld/dimensions\">%h</a>",
                  (long long)idD, tr(p, "Dimensions of breakdowns"));
    }
    html_printf(&p->body, "</p>\n");
    page_obs_table(p, id, 0);
    html_printf(&p->body, "</section>\n");
  }
  if( e==ENT_PROJECT ) page_project_detail(p, id, aVal);
  if( e==ENT_STEP ) page_step_detail(p, id, aVal);
  backlinks(p, e, id);
  page_approvals(p, e, id);
  page_history(p, e, id);
  page_end(p);
}

/* Whether field zName is the Serbian twin of another (title_sr). */
static int field_is_twin(const char *zName){
  size_t n = strlen(zName);
  return n>3 && strcmp(zName+n-3, "_sr")==0;
}

void page_fields_table(Req *p, int e, const Value *aVal,
                       const char *const *azSkip){
  const EntityDef *pE = &aEntity[e];
  Value v;
  int i, k;
  html_printf(&p->body, "<div class=\"scroll\">"
    "<table class=\"fields\">\n<tbody>\n");
  for(i=0; i<pE->nField; i++){
    int bSkip = 0;
    if( aVal[i].eType==VAL_NULL ) continue;
    if( aVal[i].eType==VAL_TEXT && aVal[i].z[0]==0 ) continue;
    for(k=0; azSkip && azSkip[k]; k++){
      if( strcmp(azSkip[k], pE->aField[i].zName)==0 ) bSkip = 1;
    }
    if( bSkip ) continue;
    v = aVal[i];
    if( v.eType==VAL_TEXT && field_is_twin(pE->aField[i].zName) ){
      /* A Serbian twin: in its base row for a Serbian reader. */
      if( p->eLang!=LANG_EN ) continue;
      v.z = tr_text(p, v.z);
    }else if( v.eType==VAL_TEXT && p->eLang!=LANG_EN ){
      v.z = web_tx(p, e, aVal, pE->aField[i].zName);
    }
    html_printf(&p->body, "<tr><th scope=\"row\">%h</th><td>",
                page_field_label(p, &pE->aField[i]));
    page_value_html(p, e, i, &v);
    html_printf(&p->body, "</td></tr>\n");
  }
  html_printf(&p->body, "</tbody>\n</table></div>\n");
}
