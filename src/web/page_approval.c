/*
** page_approval.c: a co-chair's approvals (/approvals): everything of
** their party's dialogue that awaits their party's approval, by kind
** (store_pending_each(): each publishable item whose current version
** their party has not approved and that is not the published one), and
** the dialogue's public report versions awaiting approval.  For each
** item: who changed it last and when, whether another party already
** approved this version, and what changed since the published version,
** field by field (the published row, store_pub_get(), against the
** current one); then the approve form (password: a signature) and the
** return form, as on the item's own page.  The home page's "Awaiting my
** approval" reads the same list (page_awaiting()).
*/
#include "page.h"
#include "i18n.h"
#include "../store/account.h"
#include "../store/sign.h"

#include <string.h>

#define APPR_TEXT 200     /* bytes of a long value shown in a diff */

/* The first approval of the item's current version by another party. */
typedef struct OtherCtx {
  Req *p;
  PageAwait *w;
} OtherCtx;

static int other_cb(void *pArg, const Approval *pA){
  OtherCtx *c = pArg;
  if( !pA->bCurrent || pA->iParty==c->p->acc.iParty ) return 0;
  c->w->zOtherParty = arena_strdup(&c->p->arena, pA->zParty);
  c->w->zOtherLogin = arena_strdup(&c->p->arena, pA->zLogin);
  c->w->zOtherAt = arena_strdup(&c->p->arena, pA->zAt);
  return 1;
}

/* The list being collected (page_awaiting()). */
typedef struct AwaitList {
  Req *p;
  PageAwait *a;
  int n, nAlloc;
} AwaitList;

static int await_add(void *pArg, const StorePending *sp){
  AwaitList *l = pArg;
  if( sp->bApproved ) return 0;
  if( l->n>=l->nAlloc ){
    PageAwait *aNew;
    l->nAlloc = l->nAlloc ? 2*l->nAlloc : 16;
    aNew = arena_alloc(&l->p->arena, sizeof(PageAwait)*l->nAlloc);
    if( l->n ) memcpy(aNew, l->a, sizeof(PageAwait)*l->n);
    l->a = aNew;
  }
  memset(&l->a[l->n], 0, sizeof(PageAwait));
  l->a[l->n].e = sp->e;
  l->a[l->n].id = sp->id;
  l->a[l->n].iVersion = sp->iVersion;
  l->a[l->n].iPublished = sp->iPublished;
  l->n++;
  return 0;
}

int page_awaiting(Req *p, PageAwait **paOut){
  AwaitList l;
  int i;
  memset(&l, 0, sizeof(l));
  l.p = p;
  *paOut = 0;
  if( p->acc.eRole!=ROLE_COCHAIR || p->acc.iParty==0 ) return 0;
  /* Collect first: the approvals are read with other statements. */
  store_pending_each(p->pStore, p->acc.iParty, await_add, &l);
  for(i=0; i<l.n; i++){
    OtherCtx c;
    c.p = p;
    c.w = &l.a[i];
    store_approval_each(p->pStore, l.a[i].e, l.a[i].id, other_cb, &c);
  }
  *paOut = l.a;
  return l.n;
}

/* The newest change of an item (not a publication, approval or
** return), copied out of its history. */
typedef struct LastCtx {
  Req *p;
  const char *zActor, *zAt;
} LastCtx;

static int last_cb(void *pArg, const AuditEntry *pE, int bRedacted){
  LastCtx *c = pArg;
  (void)bRedacted;
  if( strcmp(pE->zAction, "publish")==0 || strcmp(pE->zAction, "approve")==0
   || strcmp(pE->zAction, "return")==0 ){
    return 0;
  }
  c->zActor = arena_strdup(&c->p->arena, pE->zActor);
  c->zAt = arena_strdup(&c->p->arena, pE->zAt);
  return 1;
}

/* z shortened to at most n bytes at a UTF-8 boundary, with an ellipsis. */
static const char *appr_short(Req *p, const char *z, size_t n){
  size_t m = strlen(z);
  char *zOut;
  if( m<=n ) return z;
  while( n>0 && ((unsigned char)z[n] & 0xc0)==0x80 ) n--;
  zOut = arena_alloc(&p->arena, n+4);
  memcpy(zOut, z, n);
  memcpy(zOut+n, "\xe2\x80\xa6", 4);
  return zOut;
}

/* Whether two values of a row are the same. */
static int value_same(const Value *a, const Value *b){
  if( a->eType!=b->eType ) return 0;
  switch( a->eType ){
    case VAL_NULL: return 1;
    case VAL_INT: return a->i==b->i;
    case VAL_REAL: return a->r==b->r;
    case VAL_TEXT: return strcmp(a->z ? a->z : "", b->z ? b->z : "")==0;
    default: return 0;
  }
}

/* One row of the diff table (opened on the first, *pn counts them). */
static void diff_row(Req *p, int *pn, const char *zLabel, const char *zOld,
                     const char *zNew){
  if( (*pn)++==0 ){
    html_printf(&p->body, "<div class=\"scroll\"><table class=\"diff\">\n"
      "<thead><tr>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
      tr(p, "Field"), tr(p, "Published"), tr(p, "Now"));
  }
  html_printf(&p->body, "<tr><th scope=\"row\">%h</th><td><del>%h</del>"
    "</td><td><ins>%h</ins></td></tr>\n", zLabel,
    appr_short(p, zOld, APPR_TEXT), appr_short(p, zNew, APPR_TEXT));
}

/* The fields of source id that differ from its published version: an
** edit of a cited source is part of what is approved (content.c). */
static void diff_source(Req *p, int *pn, int64_t id){
  const EntityDef *pS = &aEntity[ENT_SOURCE];
  Value *aNow = 0, *aPub = 0;
  int i;
  if( store_item_get(p->pStore, ENT_SOURCE, id, &p->arena, &aNow) ) return;
  if( store_pub_get(p->pStore, ENT_SOURCE, id, &p->arena, &aPub) ) aPub = 0;
  for(i=0; i<pS->nField; i++){
    if( aPub && value_same(&aNow[i], &aPub[i]) ) continue;
    diff_row(p, pn, arena_printf(&p->arena, "%s %s: %s",
               tr(p, "Cited source"), page_text(ENT_SOURCE, aNow, "code"),
               page_field_label(p, &pS->aField[i])),
             aPub ? page_value(p, ENT_SOURCE, i, &aPub[i]) : "",
             page_value(p, ENT_SOURCE, i, &aNow[i]));
  }
}

/* What changed since the published version: a table of the fields whose
** value differs, published and current, and of the sources it cites; or
** that it was never public. */
static void appr_diff(Req *p, const PageAwait *w){
  const EntityDef *pE = &aEntity[w->e];
  Value *aNow = 0, *aPub = 0;
  IdList src = IDLIST_INIT;
  int i, n = 0;
  if( store_item_get(p->pStore, w->e, w->id, &p->arena, &aNow) ) return;
  if( w->iPublished==0
   || store_pub_get(p->pStore, w->e, w->id, &p->arena, &aPub) ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "New: never published."));
    return;
  }
  for(i=0; i<pE->nField; i++){
    if( value_same(&aNow[i], &aPub[i]) ) continue;
    diff_row(p, &n, page_field_label(p, &pE->aField[i]),
             page_value(p, w->e, i, &aPub[i]),
             page_value(p, w->e, i, &aNow[i]));
  }
  store_cited_sources(p->pStore, w->e, w->id, &src);
  for(i=0; i<src.n; i++) diff_source(p, &n, src.a[i]);
  free(src.a);
  if( n ){
    html_printf(&p->body, "</tbody>\n</table></div>\n");
  }
  if( w->e==ENT_RELEASE ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
      tr(p, "The figures this release publishes, or the sources they cite, "
            "may have changed since it was published: approving signs the "
            "figures as they are now (see each indicator's values)."));
  }else if( n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
      tr(p, "No field differs from the published version."));
  }
}

/* One item awaiting approval: what, who changed it, the other party's
** approval, the diff, the forms. */
static void appr_item(Req *p, const PageAwait *w){
  const char *zLabel = page_label(p, w->e, w->id);
  LastCtx last;
  if( zLabel==0 ) return;
  memset(&last, 0, sizeof(last));
  last.p = p;
  store_item_history(p->pStore, w->e, w->id, 0, last_cb, &last);
  html_printf(&p->body, "<li class=\"await-item\"><h3><a href=\"%h\">%h"
    "</a></h3>\n<p class=\"sub\">%h", page_url(p, w->e, w->id), zLabel,
    arena_printf(&p->arena, tr(p, "Version %lld"), (long long)w->iVersion));
  if( last.zAt ){
    html_printf(&p->body, " · %h", arena_printf(&p->arena,
      tr(p, "changed by %s on %s"),
      last.zActor[0] ? tr_account(p, last.zActor) : "—",
      page_time(p, last.zAt)));
  }
  html_printf(&p->body, "</p>\n");
  if( w->zOtherParty ){
    html_printf(&p->body, "<p class=\"note other-approved\">%h</p>\n",
      arena_printf(&p->arena, tr(p, "Approved by %s (%s) on %s: awaiting "
        "yours."), w->zOtherParty, w->zOtherLogin,
        arena_printf(&p->arena, "%.10s", w->zOtherAt)));
  }
  appr_diff(p, w);
  page_approve_form(p, aEntity[w->e].zName, w->id);
  html_printf(&p->body, "<form method=\"post\" action=\"/return/%t/%lld\" "
    "class=\"inline-form\">\n"
    "<input type=\"hidden\" name=\"csrf\" value=\"%h\">\n"
    "<label>%h <input type=\"text\" name=\"reason\" required></label>\n"
    "<button type=\"submit\">%h</button>\n</form>\n</li>\n",
    aEntity[w->e].zName, (long long)w->id, p->zCsrf,
    tr(p, "What must change:"), tr(p, "Return for changes"));
}

/* The public report versions of the party's dialogue awaiting its
** approval (not yet approved by the party), listed as they come
** (store_report_each()). */
typedef struct RepCtx {
  Req *p;
  int n;
} RepCtx;

static int report_li(void *pArg, const IssuedReport *r){
  RepCtx *c = pArg;
  Req *p = c->p;
  if( strcmp(r->zState, "pending")!=0 || strcmp(r->zKind, "public")!=0
   || store_party_approved(p->pStore, "report", r->iVersionId,
                           r->iVersionId, p->acc.iParty) ){
    return 0;
  }
  if( c->n++==0 ){
    html_printf(&p->body, "<section aria-labelledby=\"appr-reports\">\n"
      "<h2 id=\"appr-reports\">%h</h2>\n<ul class=\"await\">\n",
      tr(p, "Public reports"));
  }
  html_printf(&p->body, "<li class=\"await-item\"><h3><a href=\"/report/"
    "%lld?version=%d\">%h %h – %h, %h %h (v%d)</a></h3>\n"
    "<p class=\"sub\">%h</p>\n", (long long)r->iReport, r->iVersion,
    tr(p, r->zKind), page_date_text(p, r->zFrom), page_date_text(p, r->zTo),
    r->zLang, r->zFormat, r->iVersion,
    arena_printf(&p->arena, tr(p, "changed by %s on %s"),
                 r->zMadeBy ? r->zMadeBy : "—", page_time(p, r->zMadeAt)));
  page_report_cut(p, r);
  if( r->zReason && r->zReason[0] ){
    html_printf(&p->body, "<p>%h <q>%h</q></p>\n",
                tr(p, "What changed:"), r->zReason);
  }
  page_approve_form(p, "report", r->iVersionId);
  html_printf(&p->body, "</li>\n");
  return 0;
}

/*
** PAGE: /approvals
** What awaits the approval of the reader's party (co-chairs only).
*/
void page_approval_list(Req *p){
  PageAwait *a;
  int n, i, eCur = -1;
  RepCtx rc;
  char zParty[80], zDial[80];
  int64_t idD = 0;
  page_begin(p, tr(p, "Awaiting my approval"));
  html_printf(&p->body, "<h1>%h</h1>\n<p class=\"sub\">%h</p>\n",
    tr(p, "Awaiting my approval"),
    tr(p, "Each item in its current version, with what changed since the "
       "version the public sees. Approving signs it for your party; it "
       "becomes public when every party has approved it."));
  n = page_awaiting(p, &a);
  for(i=0; i<n; i++){
    if( a[i].e!=eCur ){
      if( eCur>=0 ) html_printf(&p->body, "</ul>\n</section>\n");
      eCur = a[i].e;
      html_printf(&p->body, "<section aria-labelledby=\"appr-%t\">\n"
        "<h2 id=\"appr-%t\">%h</h2>\n<ul class=\"await\">\n",
        aEntity[eCur].zName, aEntity[eCur].zName,
        tr(p, aEntity[eCur].zTitle));
    }
    appr_item(p, &a[i]);
  }
  if( eCur>=0 ) html_printf(&p->body, "</ul>\n</section>\n");
  memset(&rc, 0, sizeof(rc));
  rc.p = p;
  if( p->acc.iParty
   && store_party_codes(p->pStore, p->acc.iParty, zParty, sizeof(zParty),
                        zDial, sizeof(zDial), &idD)==ACC_OK && idD ){
    store_report_each(p->pStore, idD, report_li, &rc);
    if( rc.n ) html_printf(&p->body, "</ul>\n</section>\n");
  }
  if( n==0 && rc.n==0 ){
    html_printf(&p->body, "<p class=\"note empty\">%h</p>\n",
                tr(p, "Nothing awaits your approval."));
  }
  page_end(p);
}
