/*
** iati_project.c: the cooperation projects of a dialogue as IATI 2.03
** activities, and the codes of 026_iati.sql in the dialogue's activity
** (iatiInt.h; the mapping, element by element, is in docs/iati.md).
**
** Each project the reader sees is one iati-activity after its dialogue's,
** in the element order of the schema:
**
**   iati-identifier    the reporting organisation's identifier, "-", the
**                      project's code with "/" as "-"
**   reporting-org      --reporting-org if given; else the project's lead:
**                      the first of its parties (project-party, then
**                      funding, then the dialogue's parties, in the order
**                      recorded) with an IATI organisation identifier;
**                      else the dialogue's code, as for the dialogue
**   participating-org  each funding party, role 1 (funding); each party
**                      of the project, role 2 (accountable), and its
**                      implementing agency, role 4; without either, the
**                      dialogue's parties, role 2
**   activity-status    from the project's state
**   activity-date      planned and actual start and end; with no start
**                      recorded, the dialogue's start as planned start,
**                      said in the date's narrative
**   recipient-country  the countries of its parties (else the
**                      dialogue's), percentages adding up to 100
**   sector             its DAC 5-digit codes (vocabulary 1), else its
**                      working group's area's; that area as vocabulary 99
**   budget             its budget, when its planned dates span a year at
**                      most (IATI: a budget period is a year or less)
**   transaction        each committed (2, or 11 incoming) and disbursed
**                      (3, or 1 incoming) funding with a date
**   related-activity   its dialogue's activity, type 1 (parent)
**   result             the goals it serves, as in the dialogue's
**                      activity, with one actual per period: the value
**                      that counts by the engine's rules
*/
#include "iatiInt.h"
#include "../core/codes.h"
#include "../store/planlife.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The percentage of share i of n, so that the n add up to 100. */
static const char *share(Ix *p, int i, int n){
  return arena_printf(&p->a, "%d", 100/n + (i < 100%n));
}

/* ---- codes in the dialogue's activity -------------------------------- */

int ix_dac_sectors(Ix *p, Value **aArea, int nArea){
  char az[64][6];
  int i, j, k, n = 0;
  for(i=0; i<nArea; i++){
    char azA[CODE_SECTOR_MAX][6];
    int nA = code_sector_split(ix_ftext(aArea[i], ENT_AREA, "sectors"), azA);
    for(j=0; j<nA; j++){
      for(k=0; k<n && strcmp(az[k], azA[j])!=0; k++){}
      if( k==n && n<64 ) memcpy(az[n++], azA[j], 6);
    }
  }
  for(i=0; i<n; i++){
    ix_start(p, "sector");
    ix_attr(p, "vocabulary", "1");
    ix_attr(p, "code", az[i]);
    ix_attr(p, "percentage", share(p, i, n));
    ix_end(p);
  }
  return n;
}

/* Countries, each once, in the order found. */
typedef struct Countries {
  char az[16][3];
  int n;
} Countries;
static void country_add(Countries *c, const char *z){
  int i;
  if( z==0 ) return;
  for(i=0; i<c->n; i++) if( strcmp(c->az[i], z)==0 ) return;
  if( c->n<16 ) memcpy(c->az[c->n++], z, 3);
}
static int party_country(void *pArg, int64_t id, const Value *aVal){
  (void)id;
  country_add(pArg, ix_ftext(aVal, ENT_PARTY, "country"));
  return 0;
}
static int write_countries(Ix *p, const Countries *c){
  int i;
  for(i=0; i<c->n; i++){
    ix_start(p, "recipient-country");
    ix_attr(p, "code", c->az[i]);
    if( c->n>1 ) ix_attr(p, "percentage", share(p, i, c->n));
    ix_end(p);
  }
  return c->n;
}

int ix_dialogue_countries(Ix *p, int64_t idD){
  Countries c;
  c.n = 0;
  store_item_each(p->pStore, ENT_PARTY, aEntity[ENT_PARTY].iDialogue, idD,
                  party_country, &c);
  if( c.n==0 ){
    ix_note(p, "no party of the dialogue has a country: the activity has "
            "no recipient-country (IATI rule 3.7.1)");
  }
  return write_countries(p, &c);
}

/* ---- a project's parties ----------------------------------------------- */

/* The parties of a project: each project-party (with its agency) and
** each funding party, by party, in the order recorded. */
typedef struct PParty {
  int64_t id;
  Value *aP;              /* the party */
  const char *zAgency;    /* its implementing agency, or NULL */
  int bParty;             /* a project-party */
  int bFunds;             /* a funding party */
} PParty;
typedef struct PParties {
  Ix *p;
  PParty a[16];
  int n;
} PParties;
static PParty *pparty_get(PParties *s, int64_t idParty){
  int i;
  for(i=0; i<s->n; i++) if( s->a[i].id==idParty ) return &s->a[i];
  if( s->n>=16 ) return 0;
  memset(&s->a[s->n], 0, sizeof(PParty));
  if( store_item_get(s->p->pStore, ENT_PARTY, idParty, &s->p->a,
                     &s->a[s->n].aP) ){
    return 0;
  }
  s->a[s->n].id = idParty;
  return &s->a[s->n++];
}
static int pp_row(void *pArg, int64_t id, const Value *aVal){
  PParties *s = pArg;
  PParty *pp = pparty_get(s, model_value(ENT_PROJECT_PARTY, aVal,
                                         "party_id")->i);
  (void)id;
  if( pp ){
    const char *z = ix_ftext(aVal, ENT_PROJECT_PARTY, "agency");
    pp->bParty = 1;
    if( z ) pp->zAgency = arena_printf(&s->p->a, "%s", z);
  }
  return 0;
}
static int fund_row(void *pArg, int64_t id, const Value *aVal){
  PParties *s = pArg;
  PParty *pp = pparty_get(s, model_value(ENT_FUNDING, aVal, "party_id")->i);
  (void)id;
  if( pp ) pp->bFunds = 1;
  return 0;
}
static int dlg_party(void *pArg, int64_t id, const Value *aVal){
  PParties *s = pArg;
  (void)aVal;
  pparty_get(s, id);
  return 0;
}

/* The parties of project idP; when it has none recorded, bDlg is set and
** the dialogue's parties stand in. */
static void project_parties(Ix *p, int64_t idP, int64_t idD, PParties *s,
                            int *pbDlg){
  s->p = p;
  s->n = 0;
  store_item_each(p->pStore, ENT_PROJECT_PARTY,
                  model_field_find(ENT_PROJECT_PARTY, "project_id"), idP,
                  pp_row, s);
  store_item_each(p->pStore, ENT_FUNDING,
                  model_field_find(ENT_FUNDING, "project_id"), idP,
                  fund_row, s);
  *pbDlg = s->n==0;
  if( *pbDlg ){
    store_item_each(p->pStore, ENT_PARTY, aEntity[ENT_PARTY].iDialogue, idD,
                    dlg_party, s);
  }
}

/* The reporting organisation of a project (its ref and name) and its
** activity's identifier. */
typedef struct PRep {
  const char *zRef;
  const char *zName;
  const char *zId;
} PRep;
static void project_rep(Ix *p, const Value *aPr, const PParties *s,
                        const char *zDlgRef, const char *zDlgTitle,
                        PRep *r){
  char *zCode = arena_printf(&p->a, "%s", ix_ftext(aPr, ENT_PROJECT,
                                                   "code"));
  size_t nRef;
  int i;
  char *z;
  r->zRef = zDlgRef;
  r->zName = zDlgTitle;
  if( p->pOpt->zOrgRef==0 ){
    for(i=0; i<s->n; i++){
      const char *zO = ix_ftext(s->a[i].aP, ENT_PARTY, "org_ref");
      if( zO ){
        r->zRef = zO;
        r->zName = ix_ftext(s->a[i].aP, ENT_PARTY, "name");
        break;
      }
    }
  }
  for(z=zCode; *z; z++) if( *z=='/' ) *z = '-';
  nRef = strlen(r->zRef);
  if( strncmp(zCode, r->zRef, nRef)==0 && zCode[nRef]=='-' ){
    r->zId = zCode;
  }else{
    r->zId = arena_printf(&p->a, "%s-%s", r->zRef, zCode);
  }
}

/* A participating organisation: party aP, or its agency zAgency. */
static void part_org(Ix *p, const char *zRole, const Value *aP,
                     const char *zAgency){
  ix_start(p, "participating-org");
  if( zAgency==0 && ix_ftext(aP, ENT_PARTY, "org_ref") ){
    ix_attr(p, "ref", ix_ftext(aP, ENT_PARTY, "org_ref"));
  }
  ix_attr(p, "role", zRole);
  if( zAgency==0 ) ix_attr(p, "type", "10");
  if( zAgency ){
    ix_narr(p, 0, zAgency);
  }else{
    ix_narr(p, 0, ix_ftext(aP, ENT_PARTY, "name"));
    if( ix_ftext(aP, ENT_PARTY, "name_sr") ){
      ix_narr(p, "sr", ix_ftext(aP, ENT_PARTY, "name_sr"));
    }
  }
  ix_end(p);
}

/* ---- the pieces of a project's activity --------------------------------- */

/* IATI's activity status (ActivityStatus codelist) of a project state. */
static const char *project_status(const Value *aPr){
  const char *z = ix_ftext(aPr, ENT_PROJECT, "state");
  Date d;
  if( z==0 ) return "1";
  if( strcmp(z, "active")==0 ) return "2";
  if( strcmp(z, "completed")==0 ){
    return ix_fdate(aPr, ENT_PROJECT, "actual_end", &d) ? "4" : "3";
  }
  if( strcmp(z, "cancelled")==0 ) return "5";
  if( strcmp(z, "suspended")==0 ) return "6";
  return "1";                   /* proposed, agreed: pipeline */
}

static void act_date(Ix *p, const char *zType, Date d, const char *zNote){
  ix_start(p, "activity-date");
  ix_attr(p, "type", zType);
  ix_attr_date(p, "iso-date", d);
  if( zNote ) ix_narr(p, 0, zNote);
  ix_end(p);
}

/* Whether a project's activity can have a start date: its own planned or
** actual start, or its dialogue's start dDlg. */
static int project_startable(const Value *aPr, Date dDlg){
  Date d;
  return dDlg!=DATE_NONE || ix_fdate(aPr, ENT_PROJECT, "planned_start", &d)
         || ix_fdate(aPr, ENT_PROJECT, "actual_start", &d);
}

/* The activity dates of a project: 0 if it has no start at all (neither
** its own nor its dialogue's). */
static int project_dates(Ix *p, const Value *aPr, Date dDlg){
  static const char *const azF[] = {
    "planned_start", "actual_start", "planned_end", "actual_end"
  };
  Date d[4];
  int b[4], i;
  for(i=0; i<4; i++) b[i] = ix_fdate(aPr, ENT_PROJECT, azF[i], &d[i]);
  if( !b[0] && !b[1] ){
    if( dDlg==DATE_NONE ) return 0;
    act_date(p, "1", dDlg, "No start date is recorded for the project; "
             "its dialogue's start stands in.");
  }
  for(i=0; i<4; i++){
    if( b[i] ) act_date(p, i==0 ? "1" : i==1 ? "2" : i==2 ? "3" : "4",
                        d[i], 0);
  }
  return 1;
}

/* The sectors of a project: its DAC codes, else its working group's
** area's; and that area as the organisation's own vocabulary (99). */
static void project_sectors(Ix *p, const Value *aPr){
  char az[CODE_SECTOR_MAX][6];
  Value *aW = 0, *aA = 0;
  const char *zS = ix_ftext(aPr, ENT_PROJECT, "sectors");
  int i, n;
  if( store_item_get(p->pStore, ENT_WG, model_value(ENT_PROJECT, aPr,
                                                    "wg_id")->i,
                     &p->a, &aW)==0
   && model_value(ENT_WG, aW, "area_id")->eType==VAL_INT ){
    if( store_item_get(p->pStore, ENT_AREA, model_value(ENT_WG, aW,
                                                        "area_id")->i,
                       &p->a, &aA) ){
      aA = 0;
    }
  }
  if( zS==0 && aA ) zS = ix_ftext(aA, ENT_AREA, "sectors");
  n = code_sector_split(zS, az);
  for(i=0; i<n; i++){
    ix_start(p, "sector");
    ix_attr(p, "vocabulary", "1");
    ix_attr(p, "code", az[i]);
    ix_attr(p, "percentage", share(p, i, n));
    ix_end(p);
  }
  if( aA ){
    ix_start(p, "sector");
    ix_attr(p, "vocabulary", "99");
    ix_attr(p, "code", ix_ftext(aA, ENT_AREA, "code"));
    ix_attr(p, "percentage", "100");
    ix_narr(p, 0, ix_ftext(aA, ENT_AREA, "name"));
    if( ix_ftext(aA, ENT_AREA, "name_sr") ){
      ix_narr(p, "sr", ix_ftext(aA, ENT_AREA, "name_sr"));
    }
    ix_end(p);
  }
}

/* The budget of a project, if its planned dates span a year at most. */
static void project_budget(Ix *p, const Value *aPr, const char *zCode){
  const char *zAmt = ix_ftext(aPr, ENT_PROJECT, "budget");
  const char *zCur = ix_ftext(aPr, ENT_PROJECT, "currency");
  Date d0, d1;
  if( zAmt==0 || zCur==0 ) return;
  if( !ix_fdate(aPr, ENT_PROJECT, "planned_start", &d0)
   || !ix_fdate(aPr, ENT_PROJECT, "planned_end", &d1) || d1-d0>365 ){
    ix_note(p, "project %s: its budget is not written: IATI asks a budget "
            "per period of a year at most, and its planned dates do not "
            "make one", zCode);
    return;
  }
  ix_start(p, "budget");
  ix_attr(p, "type", "1");
  ix_attr(p, "status", "1");
  ix_start(p, "period-start"); ix_attr_date(p, "iso-date", d0); ix_end(p);
  ix_start(p, "period-end"); ix_attr_date(p, "iso-date", d1); ix_end(p);
  ix_start(p, "value");
  ix_attr(p, "currency", zCur);
  ix_attr_date(p, "value-date", d0);
  if( xmlTextWriterWriteString(p->w, BAD_CAST zAmt)<0 ) p->bErr = 1;
  ix_end(p);
  ix_end(p);
}

/* The transactions of a project: its committed and disbursed funding. */
typedef struct PTx {
  Ix *p;
  const PRep *pRep;
  const char *zCode;
} PTx;
static int tx_row(void *pArg, int64_t id, const Value *aVal){
  PTx *t = pArg;
  Ix *p = t->p;
  const char *zState = ix_ftext(aVal, ENT_FUNDING, "state");
  const char *zOrg;
  Value *aP;
  Date d;
  int bOwn;
  (void)id;
  if( zState==0 || strcmp(zState, "pledged")==0 ) return 0;
  if( !ix_fdate(aVal, ENT_FUNDING, "funded_on", &d) ){
    ix_note(p, "project %s: a %s funding without a date (funded_on) is not "
            "a transaction", t->zCode, zState);
    return 0;
  }
  if( store_item_get(p->pStore, ENT_PARTY, model_value(ENT_FUNDING, aVal,
                                                       "party_id")->i,
                     &p->a, &aP) ){
    return 0;
  }
  zOrg = ix_ftext(aP, ENT_PARTY, "org_ref");
  bOwn = zOrg && strcmp(zOrg, t->pRep->zRef)==0;
  ix_start(p, "transaction");
  ix_start(p, "transaction-type");
  ix_attr(p, "code", strcmp(zState, "committed")==0 ? (bOwn ? "2" : "11")
                                                     : (bOwn ? "3" : "1"));
  ix_end(p);
  ix_start(p, "transaction-date"); ix_attr_date(p, "iso-date", d); ix_end(p);
  ix_start(p, "value");
  ix_attr(p, "currency", ix_ftext(aVal, ENT_FUNDING, "currency"));
  ix_attr_date(p, "value-date", d);
  if( xmlTextWriterWriteString(p->w, BAD_CAST ix_ftext(aVal, ENT_FUNDING,
                                                       "amount"))<0 ){
    p->bErr = 1;
  }
  ix_end(p);
  ix_start(p, "provider-org");
  if( zOrg ) ix_attr(p, "ref", zOrg);
  ix_attr(p, "type", "10");
  ix_narr(p, 0, ix_ftext(aP, ENT_PARTY, "name"));
  ix_end(p);
  ix_end(p);
  return 0;
}

/* ---- the activities ----------------------------------------------------- */

/* The visible projects of dialogue idD, in id order. */
static void dialogue_projects(Ix *p, int64_t idD, IdList *pOut){
  store_item_each(p->pStore, ENT_PROJECT, aEntity[ENT_PROJECT].iDialogue,
                  idD, store_row_collect_id, pOut);
}

void ix_project_children(Ix *p, int64_t idD, const char *zDlgRef,
                         Date dStart){
  IdList prj = IDLIST_INIT;
  int i;
  dialogue_projects(p, idD, &prj);
  for(i=0; i<prj.n; i++){
    Value *aPr;
    PParties s;
    PRep r;
    int bDlg;
    if( store_item_get(p->pStore, ENT_PROJECT, prj.a[i], &p->a, &aPr)
     || !project_startable(aPr, dStart) ){
      continue;
    }
    project_parties(p, prj.a[i], idD, &s, &bDlg);
    project_rep(p, aPr, &s, zDlgRef, "", &r);
    ix_start(p, "related-activity");
    ix_attr(p, "ref", r.zId);
    ix_attr(p, "type", "2");
    ix_end(p);
  }
  free(prj.a);
}

/* The activity of project idP (aPr) of dialogue idD (aD). */
static void write_project(Ix *p, int64_t idP, const Value *aPr, int64_t idD,
                          const Value *aD, const char *zDlgId,
                          const char *zDlgRef, Date dStart,
                          const char *zUpdated){
  const char *zCode = ix_ftext(aPr, ENT_PROJECT, "code");
  const char *zDesc = ix_ftext(aPr, ENT_PROJECT, "description");
  PParties s;
  PRep r;
  Countries c;
  PTx t;
  IdList goals = IDLIST_INIT;
  int bDlg, i;
  project_parties(p, idP, idD, &s, &bDlg);
  project_rep(p, aPr, &s, zDlgRef, ix_ftext(aD, ENT_DIALOGUE, "title"), &r);
  ix_start(p, "iati-activity");
  ix_attr(p, "last-updated-datetime", zUpdated);
  ix_attr(p, "xml:lang", "en");
  ix_attr(p, "hierarchy", "2");
  ix_start(p, "iati-identifier");
  if( xmlTextWriterWriteString(p->w, BAD_CAST r.zId)<0 ) p->bErr = 1;
  ix_end(p);
  ix_start(p, "reporting-org");
  ix_attr(p, "ref", r.zRef);
  ix_attr(p, "type", "10");
  ix_narr(p, 0, r.zName);
  ix_end(p);
  ix_text(p, "title", ix_ftext(aPr, ENT_PROJECT, "title"),
          ix_ftext(aPr, ENT_PROJECT, "title_sr"));
  ix_start(p, "description");
  ix_attr(p, "type", "1");
  ix_narr(p, 0, zDesc ? zDesc : ix_ftext(aPr, ENT_PROJECT, "title"));
  if( zDesc ){
    const char *zSr = ix_ftext(aPr, ENT_PROJECT, "description_sr");
    if( zSr ) ix_narr(p, "sr", zSr);
  }
  ix_end(p);
  for(i=0; i<s.n; i++){
    if( s.a[i].bFunds ) part_org(p, "1", s.a[i].aP, 0);
  }
  for(i=0; i<s.n; i++){
    if( s.a[i].bParty || bDlg ) part_org(p, "2", s.a[i].aP, 0);
  }
  for(i=0; i<s.n; i++){
    if( s.a[i].zAgency ) part_org(p, "4", s.a[i].aP, s.a[i].zAgency);
  }
  ix_start(p, "activity-status");
  ix_attr(p, "code", project_status(aPr));
  ix_end(p);
  project_dates(p, aPr, dStart);
  c.n = 0;
  for(i=0; i<s.n; i++){
    country_add(&c, ix_ftext(s.a[i].aP, ENT_PARTY, "country"));
  }
  if( write_countries(p, &c)==0 ){
    ix_note(p, "project %s: no party of it has a country: no "
            "recipient-country (IATI rule 3.7.1)", zCode);
  }
  project_sectors(p, aPr);
  project_budget(p, aPr, zCode);
  t.p = p;
  t.pRep = &r;
  t.zCode = zCode;
  store_item_each(p->pStore, ENT_FUNDING,
                  model_field_find(ENT_FUNDING, "project_id"), idP,
                  tx_row, &t);
  ix_start(p, "related-activity");
  ix_attr(p, "ref", zDlgId);
  ix_attr(p, "type", "1");
  ix_end(p);
  store_item_each(p->pStore, ENT_PROJECT_GOAL,
                  model_field_find(ENT_PROJECT_GOAL, "project_id"), idP,
                  store_row_collect_id, &goals);
  for(i=0; i<goals.n; i++){
    Value *aL;
    if( store_item_get(p->pStore, ENT_PROJECT_GOAL, goals.a[i], &p->a,
                       &aL) ){
      continue;
    }
    ix_goal_result(p, model_value(ENT_PROJECT_GOAL, aL, "goal_id")->i, 0,
                   IX_ACT_VALUE);
  }
  ix_end(p);   /* iati-activity */
  free(goals.a);
}

void ix_projects(Ix *p, int64_t idD, const Value *aD, const char *zDlgId,
                 const char *zDlgRef, Date dStart, const char *zUpdated){
  IdList prj = IDLIST_INIT;
  int i;
  dialogue_projects(p, idD, &prj);
  for(i=0; i<prj.n; i++){
    Value *aPr;
    if( store_item_get(p->pStore, ENT_PROJECT, prj.a[i], &p->a, &aPr) ){
      continue;
    }
    if( !project_startable(aPr, dStart) ){
      ix_note(p, "project %s left out: it has no start date and its "
              "dialogue none either, and an IATI activity needs one",
              ix_ftext(aPr, ENT_PROJECT, "code"));
      continue;
    }
    write_project(p, prj.a[i], aPr, idD, aD, zDlgId, zDlgRef, dStart,
                  zUpdated);
  }
  free(prj.a);
}

/* ---- the dialogue's roadmap dates ---------------------------------------*/

void ix_step_dates(Ix *p, int64_t idD, Date at, Date *pPlanned,
                   Date *pDone){
  IdList ids = IDLIST_INIT;
  int i;
  *pPlanned = *pDone = DATE_NONE;
  store_item_each(p->pStore, ENT_STEP, aEntity[ENT_STEP].iDialogue, idD,
                  store_row_collect_id, &ids);
  for(i=0; i<ids.n; i++){
    Value *aS;
    Date d;
    if( store_item_get(p->pStore, ENT_STEP, ids.a[i], &p->a, &aS) ) continue;
    if( ix_fdate(aS, ENT_STEP, "planned_on", &d)
     && (*pPlanned==DATE_NONE || d<*pPlanned) ){
      *pPlanned = d;
    }
    d = store_step_done(p->pStore, ids.a[i], aS, at, &p->a);
    if( d!=DATE_NONE && (*pDone==DATE_NONE || d<*pDone) ) *pDone = d;
  }
  free(ids.a);
}
