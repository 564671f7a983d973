/*
** report_sign.c: the parts of a report that speak for the parties: the
** benefits each goal serves for each party, the sign-off block, and the
** note a corrected report opens with.
**
** Sign-off: a row per party of the dialogue with its co-chair and the
** day the co-chair approved the report, read from the approvals of the
** issued versions of the same report (kind, dialogue, period and cut,
** any language or format; schema/sqlite/005_reports.sql, 035): the latest
** version that has approvals.  A party that has not approved gets an
** empty date and signature for the paper copy; its co-chair is named
** from the accounts, except in a report for the public, which names
** only those who approved (with the parties' published names).
*/
#include "reportInt.h"
#include "../store/account.h"
#include "../store/home.h"

#include <stdio.h>
#include <string.h>

/* ---- Benefits --------------------------------------------------------- */

void rb_part_benefits(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = { RH("Goal") };
  int nParty, nLink, nBen, i, j, k, nRow = 0;
  int64_t *aParty = rb_ids(b, ENT_PARTY, aEntity[ENT_PARTY].iDialogue,
                           b->idDialogue, &nParty);
  int64_t *aBen = rb_ids(b, ENT_BENEFIT, aEntity[ENT_BENEFIT].iDialogue,
                         b->idDialogue, &nBen);
  Value **aaBen = arena_alloc(b->pA, sizeof(Value*)*(nBen ? nBen : 1));
  const char **azParty = arena_alloc(b->pA, sizeof(char*)*(nParty+1));
  RNode *pS, *pT = 0, *pR;
  if( nBen==0 || nParty==0 ) return;   /* none the reader may see */
  for(i=0; i<nBen; i++){
    if( store_item_get(b->pStore, ENT_BENEFIT, aBen[i], b->pA, &aaBen[i]) ){
      aaBen[i] = 0;
      continue;
    }
    rb_hash_row(b, ENT_BENEFIT, aBen[i], aaBen[i]);
  }
  for(k=0; k<nParty; k++){
    Value *aP;
    azParty[k] = "";
    if( store_item_get(b->pStore, ENT_PARTY, aParty[k], b->pA, &aP)==0 ){
      azParty[k] = rb_name(b, ENT_PARTY, aP);
    }
  }
  pS = rb_section(b, pParent, 1, "benefits", 0,
                  rtr(b, "What each goal brings each party"));
  rb_para(b, pS, 0, rtr(b, "The benefits of the dialogue each goal serves, "
                           "for each party, as the parties listed them."));
  for(i=0; i<b->nGoal; i++){
    const GoalStatus *g = &b->aGoal[i];
    int64_t *aLink = rb_ids(b, ENT_GOAL_BENEFIT,
                            model_field_find(ENT_GOAL_BENEFIT, "goal_id"),
                            g->id, &nLink);
    if( nLink==0 ) continue;
    if( pT==0 ){
      pT = rb_table(b, pS, 1, azHead);
      for(k=0; k<nParty; k++){
        report_node(b->p, pT->pFirst, RN_CELL, arena_printf(b->pA,
                    rtr(b, "For %s"), azParty[k]));
      }
    }
    pR = rb_row(b, pT);
    rb_cell(b, pR, rb_tx(b, ENT_GOAL, g->aGoal, "title"));
    for(k=0; k<nParty; k++){
      Buf t = BUF_INIT;
      for(j=0; j<nLink; j++){
        Value *aL;
        int64_t idB;
        int m;
        if( store_item_get(b->pStore, ENT_GOAL_BENEFIT, aLink[j], b->pA,
                           &aL) ) continue;
        idB = rb_int(ENT_GOAL_BENEFIT, aL, "benefit_id");
        for(m=0; m<nBen && aBen[m]!=idB; m++){}
        if( m>=nBen || aaBen[m]==0 ) continue;
        if( rb_int(ENT_BENEFIT, aaBen[m], "party_id")!=aParty[k] ) continue;
        if( t.n ) buf_puts(&t, "; ");
        buf_puts(&t, rb_tx(b, ENT_BENEFIT, aaBen[m], "text"));
      }
      rb_cell(b, pR, buf_str(&t));
      buf_free(&t);
    }
    nRow++;
  }
  if( nRow==0 ){
    rb_para(b, pS, 0, rtr(b, "No goal is linked to a benefit yet."));
  }
}

/* ---- Sign-off ---------------------------------------------------------- */

/* The latest version with approvals of the report being built. */
typedef struct SignFind {
  const Report *p;
  const char *zFrom, *zTo;
  int64_t iVersionId;       /* found, 0 if none */
} SignFind;

/* Count approvals (store_report_approval_each). */
static int sign_count(void *pArg, const Approval *a){
  (void)a;
  (*(int*)pArg)++;
  return 0;
}

static int sign_find(void *pArg, const IssuedReport *r){
  SignFind *f = pArg;
  (void)r;
  if( strcmp(r->zKind, azReportKindName[f->p->eKind])==0
   && strcmp(r->zFrom, f->zFrom)==0 && strcmp(r->zTo, f->zTo)==0
   && strcmp(r->zCut, f->p->eBy==REPORT_BY_SECTOR ? "sector" : "area")==0
   && r->iVersionId>f->iVersionId ){
    f->iVersionId = r->iVersionId;
  }
  return 0;
}

/* One party's line of the sign-off. */
typedef struct SignRow {
  int64_t iParty;
  const char *zName;        /* co-chair who approved, or from accounts */
  const char *zLogin;       /* the co-chair's login, or NULL */
  const char *zAt;          /* "YYYY-MM-DD", or NULL */
} SignRow;
typedef struct SignAll {
  ReportBuild *b;
  SignRow *a;
  int n;
} SignAll;

static int sign_appr(void *pArg, const Approval *ap){
  SignAll *s = pArg;
  int k;
  for(k=0; k<s->n; k++){
    if( s->a[k].iParty==ap->iParty && s->a[k].zAt==0 ){
      s->a[k].zName = arena_strdup(s->b->pA, ap->zName);
      s->a[k].zLogin = ap->zLogin && ap->zLogin[0]
                     ? arena_strdup(s->b->pA, ap->zLogin) : 0;
      s->a[k].zAt = arena_printf(s->b->pA, "%.10s", ap->zAt);
      rb_hash_str(s->b, s->a[k].zName);
      rb_hash_str(s->b, s->a[k].zAt);
    }
  }
  return 0;
}

static int sign_acct(void *pArg, const Account *pAcc){
  SignAll *s = pArg;
  int k;
  if( pAcc->eRole!=ROLE_COCHAIR || pAcc->bDisabled ) return 0;
  for(k=0; k<s->n; k++){
    if( s->a[k].iParty==pAcc->iParty && s->a[k].zName==0 ){
      s->a[k].zName = arena_strdup(s->b->pA, pAcc->zName);
      s->a[k].zLogin = arena_strdup(s->b->pA, pAcc->zLogin);
    }
  }
  return 0;
}

/* The co-chair of row r as the reader writes the name: the person
** record the account is linked to (accord user person), by its Serbian
** transcription in a Serbian report ("Marko Rubio"), else the account's
** name: in the reader's language when the catalogue has it (the demo's
** "US co-chair", "Kopredsedavajući za SAD"; tr_account() of the web),
** else as written. */
static const char *sign_name(ReportBuild *b, const SignRow *r){
  Account acc;
  Value *aP;
  int64_t idPerson;
  if( r->zName==0 ) return "";
  if( r->zLogin==0 || store_account_find(b->pStore, r->zLogin, &acc) ){
    return rtr(b, r->zName);
  }
  idPerson = store_account_person(b->pStore, acc.id);
  if( idPerson<=0
   || store_item_get(b->pStore, ENT_PERSON, idPerson, b->pA, &aP) ){
    return rtr(b, r->zName);
  }
  return rb_tx(b, ENT_PERSON, aP, "name");
}

void rb_part_signoff(ReportBuild *b, RNode *pParent){
  static const char *const azHead[] = {
    RH("Party"), RH("Co-chair"), RH("Date of approval"), RH("Signature")
  };
  SignFind f;
  SignAll s;
  char zFrom[11], zTo[11];
  int nParty, k, nAppr = 0;
  int64_t *aParty = rb_ids(b, ENT_PARTY, aEntity[ENT_PARTY].iDialogue,
                           b->idDialogue, &nParty);
  RNode *pS, *pT, *pR;
  if( nParty==0 ) return;
  pS = rb_section(b, pParent, 1, "signoff", 0, rtr(b, "Sign-off"));
  memset(&s, 0, sizeof(s));
  s.b = b;
  s.a = arena_alloc(b->pA, sizeof(SignRow)*nParty);
  for(k=0; k<nParty; k++) s.a[k].iParty = aParty[k];
  s.n = nParty;
  date_format(b->p->from, zFrom);
  date_format(b->p->to, zTo);
  memset(&f, 0, sizeof(f));
  f.p = b->p;
  f.zFrom = zFrom;
  f.zTo = zTo;
  store_report_each(b->pStore, b->idDialogue, sign_find, &f);
  if( f.iVersionId ){
    store_report_approval_each(b->pStore, f.iVersionId, sign_count, &nAppr);
    store_report_approval_each(b->pStore, f.iVersionId, sign_appr, &s);
  }
  if( b->p->eViewer!=CLASS_PUBLIC ){
    store_account_each(b->pStore, sign_acct, &s);
  }
  rb_para(b, pS, 0, nAppr>0
    ? rtr(b, "The co-chairs of the parties approved this report on the "
             "dates below, each with a signature the record keeps.")
    : rtr(b, "Each party's co-chair approves the report by signing below "
             "and dating the approval."));
  pT = rb_table(b, pS, 4, azHead);
  for(k=0; k<nParty; k++){
    Value *aP;
    pR = rb_row(b, pT);
    rb_cell(b, pR, store_item_get(b->pStore, ENT_PARTY, aParty[k], b->pA,
                                  &aP)==0 ? rb_name(b, ENT_PARTY, aP) : "");
    rb_cell(b, pR, sign_name(b, &s.a[k]));
    rb_cell_date(b, pR, s.a[k].zAt ? arena_printf(b->pA, "%.10s", s.a[k].zAt)
                                   : "", "");
    rb_cell(b, pR, "");
  }
}

/* ---- Corrections ------------------------------------------------------- */

void report_correction(Report *p, const IssuedReport *pPrev,
                       const char *zReason){
  RNode *pRoot = p->pRoot, *pS, *pFirst;
  int l = p->eLang;
  if( pRoot==0 || pPrev==0 ) return;
  pS = report_node(p, pRoot, RN_SECTION, i18n_msg(l, "Correction"));
  pS->iLevel = 1;
  pS->zAnchor = "correction";
  report_nodef(p, pS, RN_PARA, i18n_msg(l, "This is version %d of the "
               "report. It replaces version %d, built from the data as of "
               "%s."), pPrev->iVersion+1, pPrev->iVersion,
               pPrev->zGenerated ? pPrev->zGenerated : "");
  report_nodef(p, pS, RN_PARA, i18n_msg(l, "Reason for the correction: %s"),
               zReason ? zReason : "")->flags |= RF_WARN;
  if( pPrev->zDataHash && p->zDataHash
   && strcmp(pPrev->zDataHash, p->zDataHash)==0 ){
    report_nodef(p, pS, RN_PARA, i18n_msg(l, "What changed: not the data, "
                 "which is what version %d was built from; only how the "
                 "report presents it."), pPrev->iVersion);
  }else if( pPrev->iDataVersion==p->iDataVersion ){
    report_nodef(p, pS, RN_PARA, i18n_msg(l, "What changed: no item; the "
                 "approvals recorded since version %d, which the sign-off "
                 "shows."), pPrev->iVersion);
  }else{
    report_nodef(p, pS, RN_PARA, i18n_msg(l, "What changed: the data. "
                 "Version %d was built from the data as of %s (change %lld "
                 "of the audit log), this version from the data as of %s "
                 "(change %lld); the changes in between are in the audit "
                 "log (accord log)."), pPrev->iVersion,
                 pPrev->zGenerated ? pPrev->zGenerated : "",
                 (long long)pPrev->iDataVersion,
                 p->zGenerated ? p->zGenerated : "",
                 (long long)p->iDataVersion);
  }
  for(pFirst=pRoot->pFirst; pFirst && pFirst->eType!=RN_SECTION;
      pFirst=pFirst->pNext){}
  if( pFirst && pFirst!=pS ) report_node_move_before(pS, pFirst);
}
