/*
** page_conflict.c: what others changed in an item while a user's form of
** it was open (page_form.c): read from the item's audit entries since the
** version the form was made from, field by field, and shown above the
** form that comes back, with what the user typed, when the save is
** refused (409; store_item_update_if()).  Entries the reader may not see
** (store_item_history() redacts them) name who made them, not what.
*/
#include "page.h"

#include <string.h>

/* A value of an audit entry's data (JSON) as text to show: a
** reference by its label, yes/no, an enum's label. */
static const char *change_text(Req *p, const Field *pF, json_t *pV){
  if( pV==0 || json_is_null(pV) ) return "—";
  if( pF->eType==FT_REF && json_is_integer(pV) ){
    const char *zL = page_label(p, pF->eRef, json_integer_value(pV));
    if( zL ) return zL;
  }
  if( pF->eType==FT_BOOL ){
    return tr(p, json_is_true(pV) || (json_is_integer(pV)
                 && json_integer_value(pV)) ? "yes" : "no");
  }
  if( json_is_string(pV) ){
    const char *z = json_string_value(pV);
    return pF->eType==FT_ENUM ? page_enum_label(p, z)
                              : arena_strdup(&p->arena, z);
  }
  if( json_is_integer(pV) ){
    return arena_printf(&p->arena, "%lld",
                        (long long)json_integer_value(pV));
  }
  if( json_is_real(pV) ){
    return arena_printf(&p->arena, "%.15g", json_real_value(pV));
  }
  return "";
}

/* The state of a walk over the audit entries since the form's version. */
typedef struct ChangeWalk {
  Req *p;
  int e;
  FormChanges *c;
  int64_t iFrom;      /* the version the form was made from */
  Buf who;            /* the logins, ", " between them */
} ChangeWalk;

/* Whether login zLogin is one of the list pWho ("a, b, c"). */
static int who_has(Buf *pWho, const char *zLogin){
  const char *z = buf_str(pWho);
  size_t n = strlen(zLogin);
  while( (z = strstr(z, zLogin))!=0 ){
    if( (z==buf_str(pWho) || z[-1]==' ') && (z[n]==0 || z[n]==',') ){
      return 1;
    }
    z += n;
  }
  return 0;
}

/* One entry of the item's history, newest first: an update after the
** form's version sets a field's value now (the newest entry's) and then
** (the oldest entry's). */
static int change_row(void *pArg, const AuditEntry *pA, int bRedacted){
  ChangeWalk *w = pArg;
  FormChanges *c = w->c;
  json_t *pData, *pPair;
  const char *zKey;
  if( pA->id<=w->iFrom ) return 1;
  if( pA->zActor[0] && !who_has(&w->who, pA->zActor) ){
    buf_appendf(&w->who, "%s%s", w->who.n ? ", " : "", pA->zActor);
  }
  if( bRedacted || strcmp(pA->zAction, "update")!=0 ) return 0;
  pData = json_loads(pA->zData, 0, 0);
  json_object_foreach(pData, zKey, pPair){
    int i = model_field_find(w->e, zKey);
    const Field *pF;
    if( i<0 || !json_is_array(pPair) ) continue;
    pF = &aEntity[w->e].aField[i];
    if( c->azNow[i]==0 ){
      c->azNow[i] = change_text(w->p, pF, json_array_get(pPair, 1));
    }
    c->azWas[i] = change_text(w->p, pF, json_array_get(pPair, 0));
  }
  json_decref(pData);
  return 0;
}

void page_form_changes(Req *p, int e, int64_t id, int64_t iFrom,
                       FormChanges *pC){
  ChangeWalk w = { 0, 0, 0, 0, BUF_INIT };
  memset(pC, 0, sizeof(*pC));
  w.p = p;
  w.e = e;
  w.c = pC;
  w.iFrom = iFrom;
  store_item_history(p->pStore, e, id, 0, change_row, &w);
  pC->zWho = arena_strdup(&p->arena, buf_str(&w.who));
  buf_free(&w.who);
}

void page_form_changes_render(Req *p, int e, const FormChanges *pC){
  const EntityDef *pE = &aEntity[e];
  int i;
  html_printf(&p->body, "<div class=\"form-errors conflict\" role=\"alert\""
    " id=\"conflict\"><p class=\"error\">%h</p>\n<p>%h</p>\n",
    tr(p, "Not saved: someone else changed this item after you opened "
          "the form."),
    tr(p, "Your input is kept in the form below. Their changes are listed "
          "here: check them, then save again to replace them with yours, or "
          "cancel."));
  if( pC->zWho && pC->zWho[0] ){
    html_printf(&p->body, "<p>%h %h</p>\n", tr(p, "Changed by:"), pC->zWho);
  }
  html_printf(&p->body, "<ul class=\"changes\">\n");
  for(i=0; i<pE->nField; i++){
    if( pC->azNow[i]==0 ) continue;
    html_printf(&p->body, "<li><a href=\"#f-%h\">%h</a>: <del>%h</del> → "
      "<ins>%h</ins></li>\n", pE->aField[i].zName,
      page_field_label(p, &pE->aField[i]), pC->azWas[i], pC->azNow[i]);
  }
  html_printf(&p->body, "</ul></div>\n");
}
