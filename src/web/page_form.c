/*
** page_form.c: the generic forms that add, change and remove items of
** every kind, driven by the entity tables of model.c, so that the web
** application can change everything the command line can.
**
**   GET  /new/KIND[?FIELD=VALUE...]   an empty form (values preset)
**   POST /new/KIND                    add the item
**   GET  /edit/KIND/ID                the item's form
**   POST /edit/KIND/ID                change the item
**   GET  /delete/KIND/ID              ask to confirm
**   POST /delete/KIND/ID              remove it (confirm=yes)
**
** One input per field: a select for enums, yes/no and references (the
** options are the items of the referenced kind the reader may see, of
** the same dialogue when it is known), date inputs, a textarea for long
** text.  The routes declare every field as text (aPageFormParam), so
** that http.c hands over what was typed and this file checks it the way
** the CLI does (model_value_parse(), store_ref_resolve(), then
** store_item_insert() or store_item_update(), which run model_row_check()
** and the cross checks).  On error the form comes back with everything
** typed kept and each message next to its field.
**
** The forms of an existing item carry its version (store_item_version():
** its latest audit entry) as the form was made, in the hidden field
** version; the save changes the item only if it is still at that version
** (store_item_update_if(), store_item_delete_if(): checked inside the
** write).  If someone else changed it meanwhile, nothing is saved: the
** reply is 409, with the form again, what was typed kept, what the other
** person changed listed above it (from the audit entries since that
** version) and the current version in the form, so that saving again
** replaces their values knowingly.  A form without the field saves as
** before.
*/
#include "page.h"
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FORM_MAX_OPTIONS 1000   /* above: a text input for id or code */

Field aPageFormParam[ENT__MAX][MAX_FIELDS+2];

/* Fill aPageFormParam before main() runs: the route table points at it,
** and http.c reads it for the first request. */
static void form_params_init(void) __attribute__((constructor));
/* Copy each entity's fields but FF_AUTO ones, typed as text. */
static void form_params_init(void){
  int e, i, n;
  for(e=0; e<ENT__MAX; e++){
    n = 0;
    for(i=0; i<aEntity[e].nField && n<MAX_FIELDS; i++){
      const Field *pF = &aEntity[e].aField[i];
      if( pF->flags & FF_AUTO ) continue;
      aPageFormParam[e][n].zName = pF->zName;
      aPageFormParam[e][n].eType = FT_TEXT;
      aPageFormParam[e][n].zHelp = pF->zHelp;
      n++;
    }
    aPageFormParam[e][n].zName = "version";
    aPageFormParam[e][n].eType = FT_INT;
    aPageFormParam[e][n].zHelp = "the item's version the form was made from";
    memset(&aPageFormParam[e][n+1], 0, sizeof(Field));
  }
}

/* The state of one form. */
typedef struct Form {
  int e;                          /* the entity */
  int64_t id;                     /* the item, 0 for a new one */
  const char *azText[MAX_FIELDS]; /* what each input shows */
  const char *azErr[MAX_FIELDS];  /* the error of each field, or NULL */
  const char *zErr;               /* an error of the whole form, or NULL */
  int nErr;                       /* errors */
  int64_t idD;                    /* the dialogue, when known, else 0 */
  int64_t iVersion;               /* the item's version the form carries */
  int bConflict;                  /* changed by someone else meanwhile */
  FormChanges chg;                /* then: what they changed */
} Form;

/* A value as the text of an input (a number with the decimal mark of
** the reader's language, read back by form_number()). */
static const char *value_input(Req *p, const Value *pV){
  char zNum[L10N_NUMSZ];
  switch( pV->eType ){
    case VAL_INT:  return arena_printf(&p->arena, "%lld", (long long)pV->i);
    case VAL_REAL:
      return arena_strdup(&p->arena,
                          l10n_num_input(pV->r, (int)p->eLang, zNum));
    case VAL_TEXT: return pV->z;
    default:       return "";
  }
}

/* Whether field i of pE is followed by its Serbian twin (title and
** title_sr): the form shows the two side by side. */
static int field_has_twin(const EntityDef *pE, int i){
  const char *z = pE->aField[i].zName;
  size_t n = strlen(z);
  return i+1<pE->nField && strncmp(pE->aField[i+1].zName, z, n)==0
      && strcmp(pE->aField[i+1].zName+n, "_sr")==0;
}

/* Parameter zName as sent: its text ("" if sent empty) and whether it
** was sent at all (req_arg() does not tell an empty value from none). */
static const char *form_raw(Req *p, const char *zName, int *pbSent){
  int i;
  for(i=p->nArg-1; i>=0; i--){
    if( strcmp(p->aArg[i].zName, zName)==0 ){
      *pbSent = 1;
      return p->aArg[i].zValue;
    }
  }
  *pbSent = 0;
  return "";
}

/* Work out the dialogue of the form from its fields: the dialogue field,
** or the dialogue of an item a reference names.  Fills an empty
** dialogue field with it. */
static void form_dialogue(Req *p, Form *f){
  const EntityDef *pE = &aEntity[f->e];
  int i;
  char *zEnd;
  f->idD = 0;
  if( f->e==ENT_DIALOGUE ){
    f->idD = f->id;
    return;
  }
  if( pE->iDialogue>=0 && f->azText[pE->iDialogue][0] ){
    long long v = strtoll(f->azText[pE->iDialogue], &zEnd, 10);
    if( *zEnd==0 && v>0 ) f->idD = v;
    return;
  }
  for(i=0; i<pE->nField && f->idD==0; i++){
    const Field *pF = &pE->aField[i];
    Value *aRef;
    long long v;
    if( pF->eType!=FT_REF || f->azText[i][0]==0 ) continue;
    v = strtoll(f->azText[i], &zEnd, 10);
    if( *zEnd || v<=0 ) continue;
    if( store_item_get(p->pStore, pF->eRef, v, &p->arena, &aRef) ) continue;
    f->idD = page_item_dialogue(p, pF->eRef, aRef);
  }
  if( f->idD && pE->iDialogue>=0 ){
    f->azText[pE->iDialogue] = arena_printf(&p->arena, "%lld",
                                            (long long)f->idD);
  }
}

/* Whether an option of a select is the current value: the same id, or
** the same code. */
static int ref_selected(const char *zText, int64_t id, const char *zCode){
  char zId[24];
  snprintf(zId, sizeof(zId), "%lld", (long long)id);
  return strcmp(zText, zId)==0 || (zCode && strcmp(zText, zCode)==0);
}

/* The control of a reference field: a select of the visible items. */
static void ref_control(Req *p, Form *f, int i, const char *zLitAttr){
  const Field *pF = &aEntity[f->e].aField[i];
  const EntityDef *pR = &aEntity[pF->eRef];
  int iCode = model_code_field(pF->eRef), k, bFound = 0;
  PageRows r;
  const char *zText = f->azText[i];
  if( pR->iDialogue>=0 && f->idD && i!=aEntity[f->e].iDialogue ){
    page_rows(p, pF->eRef, pR->iDialogue, f->idD, &r);
  }else{
    page_rows(p, pF->eRef, -1, 0, &r);
  }
  if( r.n>FORM_MAX_OPTIONS ){
    html_printf(&p->body, "<input type=\"text\" id=\"f-%h\" name=\"%h\" "
      "value=\"%h\"%s>", pF->zName, pF->zName, zText, zLitAttr);
    return;
  }
  html_printf(&p->body, "<select id=\"f-%h\" name=\"%h\"%s>\n<option "
    "value=\"\">%h</option>\n", pF->zName, pF->zName, zLitAttr,
    (pF->flags & FF_REQUIRED) ? tr(p, "— choose —") : tr(p, "— none —"));
  for(k=0; k<r.n; k++){
    const Value *v = r.aaVal[k];
    const char *zCode = iCode>=0 && v[iCode].eType==VAL_TEXT
      ? v[iCode].z : 0;
    const char *zLabel;
    int bSel = ref_selected(zText, r.aId[k], zCode);
    if( pR->aField[pR->iLabel].eType==FT_REF
     || v[pR->iLabel].eType!=VAL_TEXT ){
      zLabel = page_label(p, pF->eRef, r.aId[k]);
    }else{
      zLabel = web_name(p, pF->eRef, v);   /* the Serbian twin if entered */
    }
    if( bSel ) bFound = 1;
    html_printf(&p->body, "<option value=\"%lld\"%s>%h%s%h%s</option>\n",
      (long long)r.aId[k], bSel ? " selected" : "", zLabel ? zLabel : "",
      zCode && (zLabel==0 || strcmp(zCode, zLabel)!=0) ? " (" : "",
      zCode && (zLabel==0 || strcmp(zCode, zLabel)!=0) ? zCode : "",
      zCode && (zLabel==0 || strcmp(zCode, zLabel)!=0) ? ")" : "");
  }
  if( zText[0] && !bFound ){
    /* What was typed (a code, an id not offered): kept, to show the
    ** error next to it. */
    html_printf(&p->body, "<option value=\"%h\" selected>%h</option>\n",
                zText, zText);
  }
  html_printf(&p->body, "</select>");
}

/* The control of field i. */
static void field_control(Req *p, Form *f, int i){
  const Field *pF = &aEntity[f->e].aField[i];
  const char *zText = f->azText[i];
  int bReq = (pF->flags & FF_REQUIRED)!=0;
  const char *zLitAttr = arena_printf(&p->arena,
    " aria-describedby=\"h-%s%s%s\"%s%s", pF->zName,
    f->azErr[i] ? " e-" : "", f->azErr[i] ? pF->zName : "",
    f->azErr[i] ? " aria-invalid=\"true\"" : "",
    bReq ? " required" : "");
  int k;
  /* zLitAttr holds field names of model.c only: program literals. */
  switch( pF->eType ){
    case FT_ENUM:
    case FT_BOOL: {
      static const char *const azBool[] = { "0", "1", 0 };
      const char *const *az = pF->eType==FT_BOOL ? azBool : pF->azEnum;
      int bFound = 0;
      html_printf(&p->body, "<select id=\"f-%h\" name=\"%h\"%s>\n",
                  pF->zName, pF->zName, zLitAttr);
      if( (!bReq && model_field_default(f->e, i)==0) || zText[0]==0 ){
        html_printf(&p->body, "<option value=\"\">%h</option>\n",
          bReq ? tr(p, "— choose —") : tr(p, "— not set —"));
      }
      for(k=0; az[k]; k++){
        int bSel = strcmp(zText, az[k])==0;
        if( pF->eType==FT_BOOL && !bSel ){
          Value v;
          char zE[80];
          bSel = zText[0] && model_value_parse(pF, zText, &v, zE,
                                              sizeof(zE))==ACC_OK
                 && v.eType==VAL_INT && v.i==k;
        }
        if( bSel ) bFound = 1;
        html_printf(&p->body, "<option value=\"%h\"%s>%h</option>\n", az[k],
          bSel ? " selected" : "", pF->eType==FT_BOOL
          ? (k ? tr(p, "yes") : tr(p, "no")) : page_enum_label(p, az[k]));
      }
      if( zText[0] && !bFound ){
        html_printf(&p->body, "<option value=\"%h\" selected>%h</option>\n",
                    zText, zText);
      }
      html_printf(&p->body, "</select>");
      break;
    }
    case FT_REF:
      ref_control(p, f, i, zLitAttr);
      break;
    case FT_DATE:
      /* A date input drops text that is not a date: after an error the
      ** input is plain text, so that what was typed stays in view. */
      html_printf(&p->body, "<input type=\"%s\" id=\"f-%h\" name=\"%h\" "
        "value=\"%h\"%s>", f->azErr[i] ? "text" : "date", pF->zName,
        pF->zName, zText, zLitAttr);
      break;
    case FT_INT:
    case FT_REAL:
      html_printf(&p->body, "<input type=\"text\" inputmode=\"%s\" "
        "id=\"f-%h\" name=\"%h\" value=\"%h\"%s>",
        pF->eType==FT_INT ? "numeric" : "decimal", pF->zName, pF->zName,
        zText, zLitAttr);
      break;
    default:
      if( pF->flags & FF_LONG ){
        html_printf(&p->body, "<textarea id=\"f-%h\" name=\"%h\" "
          "rows=\"%d\"%s>%h</textarea>", pF->zName, pF->zName,
          strcmp(pF->zName, "minutes")==0 || strcmp(pF->zName, "body")==0
          || strcmp(pF->zName, "agenda")==0 ? 12 : 5, zLitAttr, zText);
      }else{
        html_printf(&p->body, "<input type=\"text\" id=\"f-%h\" "
          "name=\"%h\" value=\"%h\"%s>", pF->zName, pF->zName, zText, zLitAttr);
      }
      break;
  }
}

/* The help line of a field: its description and the form it takes. */
static const char *field_help(Req *p, const Field *pF){
  const char *zHelp = tr(p, pF->zHelp);
  switch( pF->eType ){
    case FT_PERIOD:
      return arena_printf(&p->arena, "%s (%s)", zHelp,
                          tr(p, "2025, 2025-Q3 or 2025-07"));
    case FT_DATE:
      return arena_printf(&p->arena, "%s (%s)", zHelp, tr(p, "YYYY-MM-DD"));
    case FT_REAL:
      return arena_printf(&p->arena, "%s (%s)", zHelp,
                          tr(p, "a number, e.g. 10 or 1157.8"));
    case FT_INT:
      return arena_printf(&p->arena, "%s (%s)", zHelp,
                          tr(p, "a whole number"));
    default:
      break;
  }
  if( strcmp(pF->zName, "agenda")==0 || strcmp(pF->zName, "minutes")==0
   || strcmp(pF->zName, "body")==0 ){
    return arena_printf(&p->arena, "%s — %s", zHelp,
                        tr(p, "Markdown; HTML is not shown"));
  }
  return zHelp;
}

/* Whether items of entity e are shown on their parent's page rather than
** on a page of their own (a member on its working group's page). */
static int shown_on_parent(int e){
  return e==ENT_WG_MEMBER || e==ENT_WG_LOG || e==ENT_PARTICIPANT
      || e==ENT_DECISION || e==ENT_GOAL_BENEFIT || e==ENT_OBSERVATION
      || (access_project_kind(e) && e!=ENT_PROJECT);
}

/* Where to go once item id of entity e is saved or removed: its own page,
** or the page of its parent that shows it, else (once removed) its
** parent's or its dialogue's page. */
static const char *after_url(Req *p, int e, const Value *aVal, int64_t id,
                             int bGone){
  const EntityDef *pE = &aEntity[e];
  int64_t idD;
  int bParent = pE->iParent>=0 && aVal[pE->iParent].eType==VAL_INT
             && pE->aField[pE->iParent].eRef!=ENT_DIALOGUE;
  if( !bGone && !shown_on_parent(e) ) return page_url(p, e, id);
  if( bParent ){
    return page_url(p, pE->aField[pE->iParent].eRef, aVal[pE->iParent].i);
  }
  if( !bGone ) return page_url(p, e, id);
  idD = page_item_dialogue(p, e, aVal);
  return idD ? page_url(p, ENT_DIALOGUE, idD) : "/";
}

/* Render the form f (status p->iStatus as set). */
static void form_render(Req *p, Form *f){
  const EntityDef *pE = &aEntity[f->e];
  const char *zTitle;
  int i;
  form_dialogue(p, f);
  if( f->id ){
    const char *zL = page_label(p, f->e, f->id);
    zTitle = arena_printf(&p->arena, "%s %s: %s", tr(p, "Edit"),
                          tr(p, pE->zTitle), zL ? zL : "");
  }else if( f->e==ENT_EVENT ){
    /* An event is recorded, not a value observed (docs/status.md). */
    zTitle = tr(p, "Record an event");
  }else{
    zTitle = arena_printf(&p->arena, "%s %s", tr(p, "New"),
                          tr(p, pE->zTitle));
  }
  page_begin(p, zTitle);
  html_printf(&p->body, "<p class=\"crumbs\">");
  if( f->idD ) page_link(p, ENT_DIALOGUE, f->idD);
  if( f->id ){
    html_printf(&p->body, " › ");
    page_link(p, f->e, f->id);
  }
  html_printf(&p->body, "</p>\n<h1>%h</h1>\n<p class=\"sub\">%h</p>\n",
              zTitle, tr(p, pE->zHelp));
  if( f->id ) page_publication_note(p, f->e, f->id);
  if( f->bConflict ) page_form_changes_render(p, f->e, &f->chg);
  if( f->nErr || f->zErr ){
    html_printf(&p->body, "<div class=\"form-errors\" role=\"alert\" "
      "id=\"form-errors\"><p class=\"error\">%h</p>\n<ul>\n",
      f->id ? tr(p, "Not saved: correct the fields below.")
            : tr(p, "Not added: correct the fields below."));
    if( f->zErr ) html_printf(&p->body, "<li>%h</li>\n", f->zErr);
    for(i=0; i<pE->nField; i++){
      if( f->azErr[i]==0 ) continue;
      html_printf(&p->body, "<li><a href=\"#f-%h\">%h</a>: %h</li>\n",
        pE->aField[i].zName, page_field_label(p, &pE->aField[i]),
        f->azErr[i]);
    }
    html_printf(&p->body, "</ul></div>\n");
  }
  if( f->id ){
    html_printf(&p->body, "<form method=\"post\" action=\"/edit/%t/%lld\" "
      "class=\"edit\">\n", pE->zName, (long long)f->id);
  }else{
    html_printf(&p->body, "<form method=\"post\" action=\"/new/%t\" "
      "class=\"edit\">\n", pE->zName);
  }
  html_printf(&p->body, "<input type=\"hidden\" name=\"csrf\" value=\"%h\">"
              "\n", p->zCsrf);
  if( f->id ){
    html_printf(&p->body, "<input type=\"hidden\" name=\"version\" "
                "value=\"%lld\">\n", (long long)f->iVersion);
  }
  for(i=0; i<pE->nField; i++){
    const Field *pF = &pE->aField[i];
    if( pF->flags & FF_AUTO ){
      if( f->id && f->azText[i][0] ){
        html_printf(&p->body, "<div class=\"field auto\"><span class=\""
          "label\">%h</span> <span>%h</span></div>\n",
          page_field_label(p, pF), f->azText[i]);
      }
      continue;
    }
    if( field_has_twin(pE, i) ){
      html_printf(&p->body, "<div class=\"pair\">\n");
    }
    html_printf(&p->body, "<div class=\"field%s\">\n<label for=\"f-%h\">%h"
      "%s</label>\n", f->azErr[i] ? " has-error" : "", pF->zName,
      page_field_label(p, pF),
      (pF->flags & FF_REQUIRED) ? " <span class=\"req\" aria-hidden=\"true\""
      ">*</span>" : "");
    field_control(p, f, i);
    html_printf(&p->body, "\n<small id=\"h-%h\" class=\"help\">%h</small>\n",
                pF->zName, field_help(p, pF));
    if( f->azErr[i] ){
      html_printf(&p->body, "<span id=\"e-%h\" class=\"field-error\">%h"
                  "</span>\n", pF->zName, f->azErr[i]);
    }
    html_printf(&p->body, "</div>\n");
    if( i>0 && field_has_twin(pE, i-1) ) html_printf(&p->body, "</div>\n");
  }
  html_printf(&p->body, "<p class=\"note\">%h</p>\n<div class=\"buttons\">"
    "<button type=\"submit\">%h</button> <a href=\"%h\">%h</a></div>\n"
    "</form>\n", tr(p, "Fields marked * are required."),
    f->id ? tr(p, "Save") : tr(p, "Add"),
    f->id ? page_url(p, f->e, f->id) : f->idD
    ? page_url(p, ENT_DIALOGUE, f->idD) : "/", tr(p, "Cancel"));
  page_end(p);
}

/* Attach a store error ("field: message", or "a, b: message") to the
** fields it names, else to the whole form. */
static void form_store_error(Req *p, Form *f, const char *zErr){
  const char *zColon = strstr(zErr, ": ");
  int bNamed = 0;
  if( zColon ){
    char *zNames = arena_strdup(&p->arena, zErr);
    char *z = zNames, *zEnd;
    zNames[zColon - zErr] = 0;
    while( z && *z ){
      int i;
      zEnd = strstr(z, ", ");
      if( zEnd ) *zEnd = 0;
      i = model_field_find(f->e, z);
      if( i>=0 && f->azErr[i]==0 ){
        f->azErr[i] = tr_err(p, zColon+2);
        f->nErr++;
        bNamed = 1;
      }
      z = zEnd ? zEnd+2 : 0;
    }
  }
  if( !bNamed ) f->zErr = tr_err(p, zErr);
}

/* The number z typed into a form in the reader's language, in the plain
** form model_value_parse() reads (l10n_num_read(): in Serbian "1,5" and
** "1.023,5"), in p's arena; z itself when it is no such number (the
** model's check then names it).  NULL, with *pzErr set, when it is
** ambiguous ("1,023": a decimal in Serbian, a thousand in English). */
static const char *form_number(Req *p, const char *z, const char **pzErr){
  char zPlain[L10N_NUMSZ], zWhole[L10N_NUMSZ], zDec[L10N_NUMSZ];
  int rc = l10n_num_read(z, (int)p->eLang, zPlain, sizeof(zPlain), zWhole,
                         zDec);
  if( rc==L10N_AMBIGUOUS ){
    *pzErr = arena_printf(&p->arena, tr(p, "\"%s\" can be read two ways: "
      "write %s for the whole number or %s for the decimal"), z, zWhole,
      zDec);
    return 0;
  }
  return rc==L10N_OK ? arena_strdup(&p->arena, zPlain) : z;
}

/* Whether field pF holds an exact amount of money as text (a project's
** budget, a funding's amount: model_project.c), which a Serbian form
** takes with the decimal comma as a number field. */
static int form_is_amount(const Field *pF){
  return pF->eType==FT_TEXT && (strcmp(pF->zName, "budget")==0
                                || strcmp(pF->zName, "amount")==0);
}

/* Read the posted fields into aVal (which holds the current values, or
** the defaults of a new item), checking each.  Returns the number of
** fields in error. */
static int form_collect(Req *p, Form *f, Value *aVal){
  const EntityDef *pE = &aEntity[f->e];
  int i;
  for(i=0; i<pE->nField; i++){
    const Field *pF = &pE->aField[i];
    int bSent;
    const char *z;
    Value v;
    char zErr[300];
    f->azText[i] = value_input(p, &aVal[i]);
    if( pF->flags & FF_AUTO ) continue;
    z = form_raw(p, pF->zName, &bSent);
    if( !bSent ) continue;
    /* A yes/no field always has a value: empty keeps it. */
    if( pF->eType==FT_BOOL && z[0]==0 ) continue;
    f->azText[i] = z;
    if( (pF->eType==FT_REAL || form_is_amount(pF)) && z[0]
     && (z = form_number(p, z, &f->azErr[i]))==0 ){
      f->nErr++;
      continue;
    }
    if( model_value_parse(pF, z, &v, zErr, sizeof(zErr))
     || (pF->eType==FT_REF && store_ref_resolve(p->pStore, pF->eRef, &v,
                                                zErr, sizeof(zErr))) ){
      f->azErr[i] = tr_err(p, zErr);
      f->nErr++;
      continue;
    }
    aVal[i] = v;
  }
  /* Every missing required field at once (model_row_check() stops at
  ** the first). */
  for(i=0; i<pE->nField; i++){
    if( (pE->aField[i].flags & FF_REQUIRED) && aVal[i].eType==VAL_NULL
     && f->azErr[i]==0 ){
      f->azErr[i] = tr(p, "required");
      f->nErr++;
    }
  }
  return f->nErr;
}

/* The default values of a new item of entity e, in p's arena. */
static Value *form_defaults(Req *p, int e){
  const EntityDef *pE = &aEntity[e];
  Value *aVal = arena_alloc(&p->arena, sizeof(Value)*MAX_FIELDS);
  char zErr[200];
  int i;
  for(i=0; i<pE->nField; i++){
    const char *zDef = model_field_default(e, i);
    if( zDef ) model_value_parse(&pE->aField[i], zDef, &aVal[i], zErr,
                                 sizeof(zErr));
  }
  return aVal;
}

/* The entity of a form route, or reply 404 and return -1. */
static int form_entity_or_reply(Req *p){
  int e = page_path_entity(p);
  if( e<0 ) req_error(p, 404, ACC_NOTFOUND, "no page at this address");
  return e;
}

/*
** PAGE: /new/KIND
** An empty form; ?FIELD=VALUE presets fields (a new goal of an area).
*/
void page_new(Req *p){
  Form f;
  Value *aVal;
  memset(&f, 0, sizeof(f));
  if( (f.e = form_entity_or_reply(p))<0 ) return;
  aVal = form_defaults(p, f.e);
  form_collect(p, &f, aVal);
  /* A preset is a suggestion: its errors show when the form is sent. */
  memset(f.azErr, 0, sizeof(f.azErr));
  f.nErr = 0;
  form_render(p, &f);
}

/*
** PAGE: POST /new/KIND
** Add an item; back to the form with the errors, or on to its page.
*/
void page_new_post(Req *p){
  Form f;
  Value *aVal;
  char zErr[400], zAt[21];
  int64_t id = 0;
  AccRc rc;
  memset(&f, 0, sizeof(f));
  if( (f.e = form_entity_or_reply(p))<0 ) return;
  aVal = form_defaults(p, f.e);
  if( form_collect(p, &f, aVal)==0 ){
    store_set_actor(p->pStore, p->acc.zLogin);
    if( model_field_find(f.e, "entered_by")>=0 ){
      store_now(zAt);
      aVal[model_field_find(f.e, "entered_by")].eType = VAL_TEXT;
      aVal[model_field_find(f.e, "entered_by")].z = p->acc.zLogin;
      aVal[model_field_find(f.e, "entered_at")].eType = VAL_TEXT;
      aVal[model_field_find(f.e, "entered_at")].z = zAt;
    }
    zErr[0] = 0;
    rc = store_item_insert(p->pStore, f.e, aVal, &id, zErr, sizeof(zErr));
    if( rc==ACC_OK ){
      req_redirect(p, after_url(p, f.e, aVal, id, 0));
      return;
    }
    form_store_error(p, &f, zErr[0] ? zErr : azAccRcName[rc]);
    if( rc==ACC_DENIED ){
      p->iStatus = 403;
      form_render(p, &f);
      return;
    }
  }
  p->iStatus = 422;
  form_render(p, &f);
}

/*
** PAGE: /edit/KIND/ID
** The form of an item, with its current values.
*/
void page_edit(Req *p){
  Form f;
  Value *aVal;
  int i;
  memset(&f, 0, sizeof(f));
  if( (f.e = form_entity_or_reply(p))<0 ) return;
  f.id = req_item_or_reply(p, f.e, req_path(p, 0));
  if( f.id==0 ) return;
  if( store_item_get(p->pStore, f.e, f.id, &p->arena, &aVal) ){
    req_error(p, 404, ACC_NOTFOUND, "no %s %lld", aEntity[f.e].zTitle,
              (long long)f.id);
    return;
  }
  if( req_deny_item(p, f.e, f.id, 0) ) return;
  for(i=0; i<aEntity[f.e].nField; i++){
    f.azText[i] = value_input(p, &aVal[i]);
  }
  f.iVersion = store_item_version(p->pStore, f.e, f.id);
  form_render(p, &f);
}

/*
** PAGE: POST /edit/KIND/ID
** Change an item; fields not sent keep their values, fields sent empty
** are cleared.
*/
void page_edit_post(Req *p){
  Form f;
  Value *aVal;
  char zErr[400];
  const char *zVersion = req_arg(p, "version");
  int64_t iNow = 0;
  AccRc rc;
  memset(&f, 0, sizeof(f));
  if( (f.e = form_entity_or_reply(p))<0 ) return;
  f.id = req_item_or_reply(p, f.e, req_path(p, 0));
  if( f.id==0 ) return;
  if( store_item_get(p->pStore, f.e, f.id, &p->arena, &aVal) ){
    req_error(p, 404, ACC_NOTFOUND, "no %s %lld", aEntity[f.e].zTitle,
              (long long)f.id);
    return;
  }
  if( req_deny_item(p, f.e, f.id, 0) ) return;
  f.iVersion = zVersion ? strtoll(zVersion, 0, 10) : 0;
  if( form_collect(p, &f, aVal)==0 ){
    store_set_actor(p->pStore, p->acc.zLogin);
    zErr[0] = 0;
    /* version=0: the item had no audit entry when the form was made. */
    rc = store_item_update_if(p->pStore, f.e, f.id, zVersion==0 ? 0
                              : f.iVersion>0 ? f.iVersion
                              : STORE_VERSION_NONE, &iNow, aVal, zErr,
                              sizeof(zErr));
    if( rc==ACC_OK ){
      req_redirect(p, after_url(p, f.e, aVal, f.id, 0));
      return;
    }
    if( rc==ACC_CONFLICT && iNow ){
      /* Someone else saved first: their changes, the user's input, and
      ** the version now, so that saving again is a choice. */
      f.bConflict = 1;
      page_form_changes(p, f.e, f.id, f.iVersion, &f.chg);
      f.iVersion = iNow;
      p->iStatus = 409;
      form_render(p, &f);
      return;
    }
    form_store_error(p, &f, zErr[0] ? zErr : azAccRcName[rc]);
    if( rc==ACC_DENIED ){
      p->iStatus = 403;
      form_render(p, &f);
      return;
    }
  }
  p->iStatus = 422;
  form_render(p, &f);
}

/* The confirmation page of a removal, with zErr if it failed. */
static void delete_confirm(Req *p, int e, int64_t id, int64_t iVersion,
                           const Value *aVal, const char *zErr){
  const char *zL = page_label(p, e, id);
  const char *zTitle = arena_printf(&p->arena, "%s %s: %s", tr(p, "Delete"),
                                    tr(p, aEntity[e].zTitle), zL ? zL : "");
  page_begin(p, zTitle);
  html_printf(&p->body, "<p class=\"crumbs\">");
  page_link(p, e, id);
  html_printf(&p->body, "</p>\n<h1>%h</h1>\n", zTitle);
  if( zErr ){
    html_printf(&p->body, "<p class=\"error\" role=\"alert\">%h</p>\n",
                zErr);
  }
  page_fields_table(p, e, aVal, 0);
  html_printf(&p->body, "<form method=\"post\" action=\"/delete/%t/%lld\" "
    "class=\"confirm\" data-confirm=\"%h\">\n<input type=\"hidden\" "
    "name=\"csrf\" value=\"%h\">\n<input type=\"hidden\" name=\"version\" "
    "value=\"%lld\">\n<input type=\"hidden\" name=\"confirm\" "
    "value=\"yes\">\n<p><strong>%h</strong> %h</p>\n<div class=\"buttons\">"
    "<button type=\"submit\" class=\"danger\">%h</button> <a href=\"%h\">"
    "%h</a></div>\n</form>\n", aEntity[e].zName, (long long)id,
    tr(p, "Delete this item for good?"), p->zCsrf, (long long)iVersion,
    tr(p, "Delete this item for good?"),
    tr(p, "The removal is recorded in the audit log with the item's last "
          "values. Items that refer to it must be changed or removed "
          "first."), tr(p, "Delete"), page_url(p, e, id), tr(p, "Cancel"));
  page_end(p);
}

/*
** PAGE: /delete/KIND/ID
** Ask to confirm a removal.
*/
void page_delete(Req *p){
  int e = form_entity_or_reply(p);
  int64_t id;
  Value *aVal;
  if( e<0 ) return;
  id = req_item_or_reply(p, e, req_path(p, 0));
  if( id==0 ) return;
  if( store_item_get(p->pStore, e, id, &p->arena, &aVal) ){
    req_error(p, 404, ACC_NOTFOUND, "no %s %lld", aEntity[e].zTitle,
              (long long)id);
    return;
  }
  if( req_deny_item(p, e, id, 0) ) return;
  delete_confirm(p, e, id, store_item_version(p->pStore, e, id), aVal, 0);
}

/*
** PAGE: POST /delete/KIND/ID
** Remove an item when confirm=yes; on to its parent's page.
*/
void page_delete_post(Req *p){
  int e = form_entity_or_reply(p);
  int64_t id;
  Value *aVal;
  const char *zConfirm = req_arg(p, "confirm"), *zNext;
  const char *zVersion = req_arg(p, "version");
  int64_t iVersion = zVersion ? strtoll(zVersion, 0, 10) : 0, iNow = 0;
  int64_t iExpect = zVersion==0 ? 0 : iVersion>0 ? iVersion
                    : STORE_VERSION_NONE;
  char zErr[400];
  AccRc rc;
  if( e<0 ) return;
  id = req_item_or_reply(p, e, req_path(p, 0));
  if( id==0 ) return;
  if( store_item_get(p->pStore, e, id, &p->arena, &aVal) ){
    req_error(p, 404, ACC_NOTFOUND, "no %s %lld", aEntity[e].zTitle,
              (long long)id);
    return;
  }
  if( req_deny_item(p, e, id, 0) ) return;
  if( zConfirm==0 || strcmp(zConfirm, "yes")!=0 ){
    p->iStatus = 400;
    delete_confirm(p, e, id, iVersion, aVal, tr(p, "Confirm the removal."));
    return;
  }
  zNext = after_url(p, e, aVal, id, 1);
  store_set_actor(p->pStore, p->acc.zLogin);
  zErr[0] = 0;
  rc = store_item_delete_if(p->pStore, e, id, iExpect, &iNow, zErr,
                            sizeof(zErr));
  if( rc ){
    p->iStatus = rc==ACC_CONFLICT ? 409 : rc==ACC_BUSY ? 503
               : rc==ACC_DENIED ? 403 : 400;
    if( rc==ACC_CONFLICT && iNow ){
      /* Changed meanwhile: the item as it is now, to confirm again. */
      iVersion = iNow;
      store_item_get(p->pStore, e, id, &p->arena, &aVal);
      zErr[0] = 0;
      snprintf(zErr, sizeof(zErr), "%s", tr(p, "Not deleted: someone else "
               "changed this item after you opened this page. Check it as "
               "it is now and confirm again."));
    }
    delete_confirm(p, e, id, iVersion, aVal, zErr);
    return;
  }
  req_redirect(p, zNext);
}
