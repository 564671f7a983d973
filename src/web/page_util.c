/*
** page_util.c: helpers the pages share (see page.h): rows collected into
** the request's arena, addresses, labels and links of items, values for
** people, numbers, Markdown, and the blocks several pages show (approvals,
** history, edit links, the search form).
*/
#include "page.h"
#include "i18n.h"
#include "../store/sign.h"

#include <cmark.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* State of page_rows() and page_rows_where(). */
typedef struct RowCollect {
  Req *p;
  PageRows *pR;
  int nAlloc;
  PageKeepFn xKeep;      /* NULL: keep every row */
  void *pKeepArg;
} RowCollect;

/* Copy one row into the request's arena, if it is to be kept. */
static int rows_cb(void *pArg, int64_t id, const Value *aVal){
  RowCollect *c = pArg;
  PageRows *r = c->pR;
  Arena *pA = &c->p->arena;
  int i, n = aEntity[r->e].nField;
  Value *aCopy;
  if( c->xKeep && !c->xKeep(c->pKeepArg, id, aVal) ) return 0;
  if( r->n>=c->nAlloc ){
    int nNew = c->nAlloc ? 2*c->nAlloc : 32;
    int64_t *aId = arena_alloc(pA, sizeof(int64_t)*nNew);
    Value **aa = arena_alloc(pA, sizeof(Value*)*nNew);
    if( r->n ){
      memcpy(aId, r->aId, sizeof(int64_t)*r->n);
      memcpy(aa, r->aaVal, sizeof(Value*)*r->n);
    }
    r->aId = aId;
    r->aaVal = aa;
    c->nAlloc = nNew;
  }
  aCopy = arena_alloc(pA, sizeof(Value)*(n ? n : 1));
  for(i=0; i<n; i++){
    aCopy[i] = aVal[i];
    if( aVal[i].eType==VAL_TEXT ) aCopy[i].z = arena_strdup(pA, aVal[i].z);
  }
  r->aId[r->n] = id;
  r->aaVal[r->n] = aCopy;
  r->n++;
  return 0;
}

void page_rows(Req *p, int e, int iField, int64_t id, PageRows *pOut){
  RowCollect c;
  memset(pOut, 0, sizeof(*pOut));
  memset(&c, 0, sizeof(c));
  pOut->e = e;
  c.p = p;
  c.pR = pOut;
  store_item_each(p->pStore, e, iField, id, rows_cb, &c);
}

void page_rows_where(Req *p, int e, const char *zField, int64_t id,
                     PageKeepFn xKeep, void *pArg, PageRows *pOut){
  RowCollect c;
  int iField = model_field_find(e, zField);
  if( iField<0 ) acc_fatal("no field %s in %s", zField, aEntity[e].zName);
  memset(pOut, 0, sizeof(*pOut));
  memset(&c, 0, sizeof(c));
  pOut->e = e;
  c.p = p;
  c.pR = pOut;
  c.xKeep = xKeep;
  c.pKeepArg = pArg;
  store_item_each(p->pStore, e, iField, id, rows_cb, &c);
}

void page_rows_by(Req *p, int e, const char *zField, int64_t id,
                  PageRows *pOut){
  int iField = model_field_find(e, zField);
  if( iField<0 ) acc_fatal("no field %s in %s", zField, aEntity[e].zName);
  page_rows(p, e, iField, id, pOut);
}

const char *page_text(int e, const Value *aVal, const char *zName){
  int i = model_field_find(e, zName);
  if( i<0 ) acc_fatal("no field %s in %s", zName, aEntity[e].zName);
  return aVal[i].eType==VAL_TEXT && aVal[i].z[0] ? aVal[i].z : 0;
}

int64_t page_int(int e, const Value *aVal, const char *zName){
  int i = model_field_find(e, zName);
  if( i<0 ) acc_fatal("no field %s in %s", zName, aEntity[e].zName);
  return aVal[i].eType==VAL_INT ? aVal[i].i : 0;
}

Date page_date(int e, const Value *aVal, const char *zName){
  const char *z = page_text(e, aVal, zName);
  Date d;
  return z && date_parse(z, &d)==0 ? d : DATE_NONE;
}

const char *page_url(Req *p, int e, int64_t id){
  const char *zPrefix = 0;
  switch( e ){
    case ENT_DIALOGUE: zPrefix = "/dialogue/"; break;
    case ENT_AREA:     zPrefix = "/area/"; break;
    case ENT_WG:       zPrefix = "/wg/"; break;
    case ENT_GOAL:     zPrefix = "/goal/"; break;
    case ENT_MEETING:  zPrefix = "/meeting/"; break;
    case ENT_DOCUMENT: zPrefix = "/document/"; break;
    default: break;
  }
  if( zPrefix ) return arena_printf(&p->arena, "%s%lld", zPrefix,
                                    (long long)id);
  return arena_printf(&p->arena, "/item/%s/%lld", aEntity[e].zName,
                      (long long)id);
}

/* z shortened to at most n bytes at a UTF-8 boundary, with an ellipsis. */
static const char *shorten(Req *p, const char *z, size_t n){
  size_t m = strlen(z);
  char *zOut;
  if( m<=n ) return z;
  while( n>0 && ((unsigned char)z[n] & 0xc0)==0x80 ) n--;
  zOut = arena_alloc(&p->arena, n+4);
  memcpy(zOut, z, n);
  memcpy(zOut+n, "\xe2\x80\xa6", 4);
  return zOut;
}

const char *page_label(Req *p, int e, int64_t id){
  Value *aVal;
  const EntityDef *pE = &aEntity[e];
  const Value *v;
  if( id<=0 || store_item_get(p->pStore, e, id, &p->arena, &aVal) ){
    return 0;
  }
  v = &aVal[pE->iLabel];
  if( pE->aField[pE->iLabel].eType==FT_REF && v->eType==VAL_INT ){
    const char *z = page_label(p, pE->aField[pE->iLabel].eRef, v->i);
    if( z ) return z;
  }else if( v->eType==VAL_TEXT && v->z[0] ){
    if( e==ENT_OBSERVATION ){
      return arena_printf(&p->arena, "%s: %s", page_period_text(p, v->z),
        page_num(p, aVal[model_field_find(e, "value")].r));
    }
    /* In the reader's language: the Serbian twin when entered; an English
    ** original keeps its mark "(in English)" when shortened. */
    const char *z = web_name(p, e, aVal), *zMark = tr(p, "(in English)");
    size_t n = strlen(z), nMark = strlen(zMark);
    if( p->eLang!=LANG_EN && n>nMark+1 && strcmp(z+n-nMark, zMark)==0 ){
      return arena_printf(&p->arena, "%s %s", shorten(p, arena_printf(
        &p->arena, "%.*s", (int)(n-nMark-1), z), 90), zMark);
    }
    return shorten(p, z, 90);
  }
  return arena_printf(&p->arena, "%s %lld", tr(p, pE->zTitle),
                      (long long)id);
}

void page_link(Req *p, int e, int64_t id){
  const char *zLabel = id>0 ? page_label(p, e, id) : 0;
  if( zLabel ){
    html_printf(&p->body, "<a href=\"%h\">%h</a>", page_url(p, e, id),
                zLabel);
  }
}

const char *page_field_label(Req *p, const Field *pF){
  char zKey[64];
  int bTwin;
  const char *z;
  model_label_key(pF->zName, zKey, sizeof(zKey), &bTwin);
  z = tr(p, arena_strdup(&p->arena, zKey));
  return bTwin ? arena_printf(&p->arena, "%s (%s)", z, tr(p, "Serbian")) : z;
}

const char *page_enum_label(Req *p, const char *zName){
  char *z = arena_strdup(&p->arena, zName), *c;
  for(c=z; *c; c++){
    if( *c=='_' ) *c = ' ';
  }
  return tr(p, z);
}

const char *page_num(Req *p, double r){
  char z[L10N_NUMSZ];
  return arena_strdup(&p->arena, l10n_num(r, (int)p->eLang, z));
}

int page_text_px(const char *z, int nFont){
  int n = 0;
  for(; *z; z++){
    if( ((unsigned char)*z & 0xc0)!=0x80 ) n++;
  }
  return (n*nFont*6 + 9)/10;
}

const char *page_day(Req *p, Date d){
  char z[L10N_DATESZ];
  if( d==DATE_NONE ) return "";
  return arena_strdup(&p->arena, l10n_date(d, (int)p->eLang, z));
}

const char *page_period(Req *p, Period per, int bGen){
  char z[L10N_DATESZ];
  return arena_strdup(&p->arena, bGen ? l10n_period_gen(per, (int)p->eLang, z)
                                      : l10n_period(per, (int)p->eLang, z));
}

const char *page_period_text(Req *p, const char *zPeriod){
  Period per;
  if( zPeriod==0 ) return "";
  return period_parse(zPeriod, &per)==0 ? page_period(p, per, 0) : zPeriod;
}

const char *page_iso_day(Req *p, Date d){
  char z[11];
  if( d==DATE_NONE ) return "";
  date_format(d, z);
  return arena_strdup(&p->arena, z);
}

const char *page_date_text(Req *p, const char *zDate){
  Date d;
  if( zDate==0 ) return "";
  if( date_parse(zDate, &d) ) return zDate;
  return page_day(p, d);
}

const char *page_time(Req *p, const char *zStamp){
  char z[L10N_TIMESZ];
  int64_t t;
  if( zStamp==0 ) return "";
  if( l10n_stamp_parse(zStamp, &t) ) return zStamp;
  return arena_strdup(&p->arena, l10n_time(t, p->eZone, (int)p->eLang, z));
}

int page_http_url(const char *z){
  return z && (strncmp(z, "https://", 8)==0 || strncmp(z, "http://", 7)==0)
      && z[strcspn(z, " \t\r\n\"'<>")]==0;
}

Date page_at(Req *p){
  const char *z = req_arg(p, "at");
  Date d;
  if( z && date_parse(z, &d)==0 ) return d;
  return date_today();
}

const char *page_value(Req *p, int e, int iField, const Value *pV){
  const Field *pF = &aEntity[e].aField[iField];
  switch( pV->eType ){
    case VAL_NULL: return "";
    case VAL_REAL: return page_num(p, pV->r);
    case VAL_TEXT:
      if( pF->eType==FT_DATE ) return page_date_text(p, pV->z);
      if( pF->eType==FT_PERIOD ) return page_period_text(p, pV->z);
      if( strcmp(pF->zName, "entered_at")==0 ) return page_time(p, pV->z);
      return pF->eType==FT_ENUM ? page_enum_label(p, pV->z) : pV->z;
    default: break;
  }
  if( pF->eType==FT_BOOL ) return pV->i ? tr(p, "yes") : tr(p, "no");
  if( pF->eType==FT_REF ){
    const char *z = page_label(p, pF->eRef, pV->i);
    return z ? z : "";
  }
  return arena_printf(&p->arena, "%lld", (long long)pV->i);
}

/* Whether field pF holds Markdown. */
static int field_is_markdown(const Field *pF){
  return strcmp(pF->zName, "agenda")==0 || strcmp(pF->zName, "minutes")==0
      || strcmp(pF->zName, "body")==0;
}

void page_value_html(Req *p, int e, int iField, const Value *pV){
  const Field *pF = &aEntity[e].aField[iField];
  if( pV->eType==VAL_NULL ) return;
  if( pF->eType==FT_REF && pV->eType==VAL_INT ){
    page_link(p, pF->eRef, pV->i);
  }else if( pF->eType==FT_TEXT && field_is_markdown(pF) ){
    html_printf(&p->body, "<div class=\"md\">");
    page_markdown(p, pV->z);
    html_printf(&p->body, "</div>");
  }else if( pF->eType==FT_TEXT && strcmp(pF->zName, "url")==0
         && page_http_url(pV->z) ){
    html_printf(&p->body, "<a href=\"%h\" rel=\"noopener noreferrer\">%h"
                "</a>", pV->z, pV->z);
  }else if( pF->eType==FT_TEXT && (pF->flags & FF_LONG) ){
    html_printf(&p->body, "<span class=\"long\">%h</span>", pV->z);
  }else{
    html_printf(&p->body, "%h", page_value(p, e, iField, pV));
  }
}

void page_markdown(Req *p, const char *zMd){
  char *zHtml;
  if( zMd==0 || zMd[0]==0 ) return;
  /* The one place where HTML not written by html_printf() reaches a page:
  ** cmark escapes the text itself, and in safe mode replaces raw HTML by
  ** a comment and drops links with unsafe schemes. */
  zHtml = cmark_markdown_to_html(zMd, strlen(zMd), CMARK_OPT_SAFE);
  if( zHtml==0 ) acc_fatal("cmark: out of memory");
  buf_puts(&p->body, zHtml);
  free(zHtml);
}

/* State of the approvals list. */
typedef struct ApprCtx {
  Req *p;
  int n;          /* approvals listed */
  int bMine;      /* the reader's party approved the current version */
} ApprCtx;

static int approval_li(void *pArg, const Approval *a){
  ApprCtx *c = pArg;
  Req *p = c->p;
  const char *zParty = a->zParty;
  Value *aP;
  if( p->eLang!=LANG_EN && a->iParty>0
   && store_item_get(p->pStore, ENT_PARTY, a->iParty, &p->arena, &aP)==ACC_OK
   && web_text(ENT_PARTY, aP, "name_sr")[0] ){
    zParty = tr_text(p, web_text(ENT_PARTY, aP, "name_sr"));
  }
  html_printf(&p->body, "<li><strong>%h</strong>: %h", zParty,
              arena_printf(&p->arena, tr(p, "approved by %s on %s"),
                           tr_account(p, a->zName), page_time(p, a->zAt)));
  if( !a->bCurrent ){
    html_printf(&p->body, " <em class=\"note\">(%h)</em>",
                tr(p, "an earlier version"));
  }
  html_printf(&p->body, "</li>\n");
  if( a->bCurrent && p->bLoggedIn && a->iParty==p->acc.iParty ){
    c->bMine = 1;
  }
  c->n++;
  return 0;
}

void page_approve_form(Req *p, const char *zEntity, int64_t id){
  char zHash[SIGN_HASH_HEX];
  int64_t iV = 0;
  if( store_content_hash(p->pStore, zEntity, id, &iV, zHash) ) return;
  /* A report version's form goes to /report-version/ID/approve, an
  ** item's to /approve/KIND/ID. */
  html_printf(&p->body, "<form method=\"post\" action=\"%h\" "
    "class=\"inline-form\">\n"
    "<input type=\"hidden\" name=\"csrf\" value=\"%h\">\n"
    "<input type=\"hidden\" name=\"content_hash\" value=\"%h\">\n"
    "<label>%h <input type=\"password\" name=\"password\" "
    "autocomplete=\"current-password\" required></label>\n"
    "<button type=\"submit\">%h</button>\n"
    "<span class=\"note\">%h <code>%h</code></span>\n</form>\n",
    strcmp(zEntity, "report")==0
      ? arena_printf(&p->arena, "/report-version/%lld/approve", (long long)id)
      : arena_printf(&p->arena, "/approve/%s/%lld", zEntity, (long long)id),
    p->zCsrf, zHash,
    tr(p, "Your password, to sign with your key:"),
    tr(p, "Approve this version for my party"),
    arena_printf(&p->arena, tr(p, "Version %lld, content hash"),
                 (long long)iV), zHash);
}

/* The returns listed so far (page_returns()). */
typedef struct RetCtx {
  Req *p;
  int n;
} RetCtx;

/* One return for changes, as a list item (the list opened first). */
static int return_li(void *pArg, const char *zParty, const char *zLogin,
                     const char *zReason, const char *zAt, int64_t iV){
  RetCtx *c = pArg;
  Req *p = c->p;
  if( c->n++==0 ){
    html_printf(&p->body, "<h3>%h</h3>\n<ul class=\"returns\">\n",
                tr(p, "Returned for changes"));
  }
  html_printf(&p->body, "<li><strong>%h</strong>: %h <q>%h</q></li>\n",
    zParty, arena_printf(&p->arena, tr(p, "returned for changes by %s on "
    "%s (version %lld):"), zLogin, page_time(p, zAt), (long long)iV),
    zReason);
  return 0;
}

void page_returns(Req *p, const char *zEntity, int64_t id){
  RetCtx c;
  c.p = p;
  c.n = 0;
  store_return_each(p->pStore, zEntity, id, return_li, &c);
  if( c.n ) html_printf(&p->body, "</ul>\n");
}

/* Whether the reader is a co-chair of a party of the dialogue of item
** aVal (of entity e): the one who may approve it (store_approve()). */
static int approver_of(Req *p, int e, int64_t id, const Value *aVal){
  Value *aParty;
  return p->bLoggedIn && p->acc.iParty && aVal
      && store_item_get(p->pStore, ENT_PARTY, p->acc.iParty, &p->arena,
                        &aParty)==ACC_OK
      && page_int(ENT_PARTY, aParty, "dialogue_id")
         ==store_pub_dialogue(p->pStore, e, id);
}

/* The day of a time "YYYY-MM-DDTHH:MM:SSZ" in the reader's zone, as
** page_day() writes it, in the request's arena. */
static const char *day_of(Req *p, const char *zAt){
  const char *zAbbr;
  int64_t t;
  if( zAt==0 ) return "";
  if( l10n_stamp_parse(zAt, &t) ) return zAt;
  t += l10n_tz_offset(p->eZone, t, &zAbbr);
  return page_day(p, (Date)(t>=0 ? t/86400 : -((-t+86399)/86400)));
}

void page_publication_note(Req *p, int e, int64_t id){
  const char *zAt = 0;
  int64_t vPub;
  if( !aEntity[e].bPublish || id==0 ) return;
  vPub = store_pub_version(p->pStore, e, id, &p->arena, &zAt);
  html_printf(&p->body, "<p class=\"note\" id=\"publication-note\">%h</p>\n",
    vPub ? arena_printf(&p->arena, tr(p, "This item is public in the "
             "version approved on %s; saving makes a new draft; the public "
             "keeps the approved version until the co-chairs of every party "
             "approve the new one."), day_of(p, zAt))
         : tr(p, "This item is not public: it becomes public when the "
                 "co-chairs of every party have approved it."));
}

void page_approvals(Req *p, int e, int64_t id){
  ApprCtx c;
  int bPub = store_item_published(p->pStore, e, id);
  Value *aVal = 0;
  const char *zClass = 0, *zPubAt = 0, *zState;
  int64_t vPub;
  if( !aEntity[e].bPublish ) return;
  vPub = store_pub_version(p->pStore, e, id, &p->arena, &zPubAt);
  /* The public reads the published version: it has no draft to see. */
  if( !p->bLoggedIn && vPub ) bPub = 1;
  zState = bPub ? tr(p, "Every party approved this version.")
         : vPub ? arena_printf(&p->arena, tr(p, "Published version: %lld "
                    "(approved %s); draft changes awaiting approval."),
                    (long long)vPub, day_of(p, zPubAt))
         : tr(p, "It becomes public when the co-chair of each party has "
                 "approved this version.");
  if( store_item_get(p->pStore, e, id, &p->arena, &aVal)==ACC_OK
   && model_field_find(e, "classification")>=0 ){
    zClass = page_text(e, aVal, "classification");
  }
  memset(&c, 0, sizeof(c));
  c.p = p;
  html_printf(&p->body, "<section aria-labelledby=\"approvals\">\n"
    "<h2 id=\"approvals\">%h</h2>\n<p>", tr(p, "Joint approval"));
  html_printf(&p->body, "<span class=\"st %s\">%h</span> %h</p>\n<ul>\n",
    bPub ? "st-achieved" : vPub ? "st-at_risk" : "st-not_started",
    bPub ? tr(p, "Published") : vPub ? tr(p, "Draft")
         : tr(p, "Not published"), zState);
  if( zClass && strcmp(zClass, "public")!=0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n", arena_printf(
      &p->arena, tr(p, "Its classification is %s: the public does not see "
      "it, approved or not, until it is classified public."), tr(p, zClass)));
  }
  store_approval_each(p->pStore, e, id, approval_li, &c);
  if( c.n==0 ){
    html_printf(&p->body, "<li class=\"note\">%h</li>\n",
                tr(p, "No approvals yet."));
  }
  html_printf(&p->body, "</ul>\n");
  if( p->bLoggedIn ) page_returns(p, aEntity[e].zName, id);
  if( req_can(p, ACT_APPROVE, e) && approver_of(p, e, id, aVal) ){
    if( c.bMine ){
      html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                  tr(p, "Your party has approved this version."));
    }else{
      page_approve_form(p, aEntity[e].zName, id);
      html_printf(&p->body, "<form method=\"post\" action=\"/return/%t/"
        "%lld\" class=\"inline-form\">\n"
        "<input type=\"hidden\" name=\"csrf\" value=\"%h\">\n"
        "<label>%h <input type=\"text\" name=\"reason\" required>"
        "</label>\n<button type=\"submit\">%h</button>\n</form>\n",
        aEntity[e].zName, (long long)id, p->zCsrf,
        tr(p, "What must change:"), tr(p, "Return for changes"));
    }
  }
  html_printf(&p->body, "</section>\n");
}

/* Print a JSON value of an audit entry for people, shortened. */
static void hist_value(Req *p, json_t *pV){
  const char *z;
  if( json_is_string(pV) ){
    z = shorten(p, json_string_value(pV), 120);
  }else if( json_is_integer(pV) ){
    z = arena_printf(&p->arena, "%lld", (long long)json_integer_value(pV));
  }else if( json_is_real(pV) ){
    z = page_num(p, json_real_value(pV));
  }else{
    z = "—";
  }
  html_printf(&p->body, "<q>%h</q>", z);
}

/* Print one audit entry as a table row.  An entry of a time when the
** reader could not have seen the item (store_item_history()) shows no
** field, neither names nor values; the public does not see it at all. */
/* The state of a history table: the request and the item's kind. */
typedef struct HistCtx {
  Req *p;
  int e;
} HistCtx;

static int hist_row(void *pArg, const AuditEntry *pE, int bRedacted){
  HistCtx *c = pArg;
  Req *p = c->p;
  json_t *pData;
  if( bRedacted && !p->bLoggedIn ) return 0;
  html_printf(&p->body, "<tr><td>%h</td><td>%h</td>", page_time(p, pE->zAt),
              tr(p, pE->zAction));
  if( p->bLoggedIn ){
    html_printf(&p->body, "<td>%h</td>", tr_account(p, pE->zActor));
  }
  html_printf(&p->body, "<td>");
  if( bRedacted ){
    html_printf(&p->body, "<span class=\"redacted\">%h</span></td></tr>\n",
                tr(p, "redacted: the item was not visible to you then"));
    return 0;
  }
  pData = json_loads(pE->zData, 0, 0);
  if( strcmp(pE->zAction, "update")==0 && json_is_object(pData) ){
    const char *zKey;
    json_t *pPair;
    int n = 0;
    json_object_foreach(pData, zKey, pPair){
      int iF = model_field_find(c->e, zKey);
      html_printf(&p->body, "%s<span class=\"fld\">%h</span>",
                  n++ ? "; " : "",
                  iF>=0 ? page_field_label(p, &aEntity[c->e].aField[iF]) : zKey);
      /* Earlier values are shown to readers who log in: the public sees
      ** which fields changed, not what they held before publication. */
      if( p->bLoggedIn && json_is_array(pPair) && json_array_size(pPair)==2 ){
        html_printf(&p->body, ": ");
        hist_value(p, json_array_get(pPair, 0));
        html_printf(&p->body, " → ");
        hist_value(p, json_array_get(pPair, 1));
      }
    }
    if( n==0 ) html_printf(&p->body, "%h", tr(p, "no change"));
  }else if( strcmp(pE->zAction, "insert")==0 ){
    html_printf(&p->body, "%h", tr(p, "created"));
  }
  html_printf(&p->body, "</td></tr>\n");
  if( pData ) json_decref(pData);
  return 0;
}

void page_history(Req *p, int e, int64_t id){
  html_printf(&p->body, "<section aria-labelledby=\"history\">\n"
    "<h2 id=\"history\">%h</h2>\n<div class=\"scroll\">"
    "<table>\n<thead><tr><th scope=\"col\">%h"
    "</th><th scope=\"col\">%h</th>", tr(p, "History"), tr(p, "When"),
    tr(p, "Change"));
  if( p->bLoggedIn ){
    html_printf(&p->body, "<th scope=\"col\">%h</th>", tr(p, "By"));
  }
  html_printf(&p->body, "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
              tr(p, "Fields"));
  {
    HistCtx c;
    c.p = p;
    c.e = e;
    store_item_history(p->pStore, e, id, 50, hist_row, &c);
  }
  html_printf(&p->body, "</tbody>\n</table></div>\n<p class=\"note\">%h</p>\n"
    "</section>\n", tr(p, "From the audit log, whose hash chain both "
    "parties can verify (accord verify). The 50 latest changes."));
}

void page_item_actions(Req *p, int e, int64_t id){
  page_item_stamp(p, e, id);
  if( !req_can_item(p, e, id) ) return;
  html_printf(&p->body, "<p class=\"actions\"><a class=\"button\" "
    "href=\"/edit/%t/%lld\">%h</a> <a class=\"button danger\" "
    "href=\"/delete/%t/%lld\">%h</a></p>\n", aEntity[e].zName,
    (long long)id, tr(p, "Edit"), aEntity[e].zName, (long long)id,
    tr(p, "Delete"));
}

void page_new_link(Req *p, int e, const char *zField, int64_t id){
  if( !req_can(p, ACT_WRITE, e) ) return;
  if( zField ){
    html_printf(&p->body, "<a class=\"button\" href=\"/new/%t?%t=%lld\">"
      "%h %h</a> ", aEntity[e].zName, zField, (long long)id, tr(p, "New"),
      tr(p, aEntity[e].zTitle));
  }else{
    html_printf(&p->body, "<a class=\"button\" href=\"/new/%t\">%h %h</a> ",
      aEntity[e].zName, tr(p, "New"), tr(p, aEntity[e].zTitle));
  }
}

void page_search_form(Req *p, const char *zQuery){
  html_printf(&p->body, "<form method=\"get\" action=\"/search\" "
    "class=\"search\" role=\"search\">\n<label for=\"q\">%h</label>\n"
    "<input type=\"search\" id=\"q\" name=\"q\" value=\"%h\" "
    "maxlength=\"200\">\n<button type=\"submit\">%h</button>\n</form>\n",
    tr(p, "Search goals, meetings and documents"), zQuery ? zQuery : "",
    tr(p, "Search"));
}

int page_risk_score(const Value *aRisk){
  const char *zL = page_text(ENT_RISK, aRisk, "likelihood");
  const char *zI = page_text(ENT_RISK, aRisk, "impact");
  int l = zL ? model_enum_find(azRiskLevel, zL) + 1 : 0;
  int i = zI ? model_enum_find(azRiskLevel, zI) + 1 : 0;
  return l*i;
}
