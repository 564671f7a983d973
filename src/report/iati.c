/*
** iati.c: the results of dialogues as IATI 2.03 activity XML (iati.h).
**
** One iati-activity per dialogue, written with libxml2's xmlTextWriter in
** the element order of the 2.03 schema (iati-activities-schema.xsd, kept
** for the tests in tests/iati/).  Every element carries Accord data:
**
**   iati-identifier      REF-CODE with --reporting-org REF, else
**                        CODE-dialogue (never the organisation's own
**                        identifier: IATI rules 1.1.3 and 1.1.21)
**   reporting-org        --reporting-org, else the dialogue's code; the
**                        dialogue's title; type 10 (government)
**   title, description   the dialogue's title; its focus (type 1) and
**                        long-term goal (type 2)
**   participating-org    each party, role 2 (accountable), type 10, its
**                        name in English and Serbian
**   activity-status      from the dialogue's state
**   activity-date        launch (type 2, actual start), else the earliest
**                        tentative date of its roadmap steps (type 1,
**                        planned start) and the earliest day one of them
**                        was done by the export's day, as typed or as
**                        what fulfils it says (type 2, actual start);
**                        long-term target date (type 3)
**   sector               each framework area of the goals exported,
**                        vocabulary 99 (the reporting organisation's),
**                        percentages shared to a sum of 100
**   result               one per goal the reader may see
**
** A goal with an indicator becomes a result whose indicator is that
** indicator (measure 1, or 2 when its unit is a percentage), referenced by
** its code at indicator level; the baseline is the goal's; periods are
** the indicator's periods with observations (each observation one actual,
** its source's title as the comment) and the periods of the goal's target
** path (docs/status.md 4.2) with the target.  A milestone becomes a
** result referenced by the goal's code at result level, whose one
** qualitative indicator (measure 5) has no values, only comments (results:
** iati_result.c).  The
** reading back is iati_read.c.
*/
#include "iati.h"
#include "iatiInt.h"
#include "../core/breakdown.h"

#include <assert.h>
#include <libxml/xmlwriter.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


const char *ix_ftext(const Value *aVal, int e, const char *zName){
  const Value *v = model_value(e, aVal, zName);
  return v->eType==VAL_TEXT && v->z[0] ? v->z : 0;
}
int ix_fdate(const Value *aVal, int e, const char *zName, Date *pOut){
  const char *z = ix_ftext(aVal, e, zName);
  return z && date_parse(z, pOut)==0;
}
int ix_freal(const Value *aVal, int e, const char *zName, double *pr){
  const Value *v = model_value(e, aVal, zName);
  if( v->eType==VAL_REAL ){ *pr = v->r; return 1; }
  if( v->eType==VAL_INT ){ *pr = (double)v->i; return 1; }
  return 0;
}

/* ---- the writer, with a sticky error ----------------------------------- */
void ix_start(Ix *p, const char *zName){
  if( xmlTextWriterStartElement(p->w, BAD_CAST zName)<0 ) p->bErr = 1;
}
void ix_end(Ix *p){
  if( xmlTextWriterEndElement(p->w)<0 ) p->bErr = 1;
}
void ix_attr(Ix *p, const char *zName, const char *zValue){
  if( xmlTextWriterWriteAttribute(p->w, BAD_CAST zName, BAD_CAST zValue)<0 ){
    p->bErr = 1;
  }
}
void ix_attr_date(Ix *p, const char *zName, Date d){
  char z[11];
  date_format(d, z);
  ix_attr(p, zName, z);
}
void ix_attr_num(Ix *p, const char *zName, double r){
  char z[40];
  snprintf(z, sizeof(z), "%.15g", r);
  ix_attr(p, zName, z);
}
/* A narrative in language zLang ("sr"), or the activity's default (English)
** when zLang is NULL. */
void ix_narr(Ix *p, const char *zLang, const char *zText){
  ix_start(p, "narrative");
  if( zLang ) ix_attr(p, "xml:lang", zLang);
  if( xmlTextWriterWriteString(p->w, BAD_CAST zText)<0 ) p->bErr = 1;
  ix_end(p);
}
/* An element holding narratives: English, and Serbian when zSr is set. */
void ix_text(Ix *p, const char *zElem, const char *zEn,
                   const char *zSr){
  ix_start(p, zElem);
  ix_narr(p, 0, zEn);
  if( zSr ) ix_narr(p, "sr", zSr);
  ix_end(p);
}

void ix_note(Ix *p, const char *zFmt, ...){
  va_list ap;
  va_start(ap, zFmt);
  buf_vappendf(p->pNotes, zFmt, ap);
  va_end(ap);
  buf_putc(p->pNotes, '\n');
}

/* ---- activities ----------------------------------------------------------*/

/* The parties of a dialogue, as participating organisations. */
static int party_org(void *pArg, int64_t id, const Value *aVal){
  Ix *p = pArg;
  (void)id;
  ix_start(p, "participating-org");
  ix_attr(p, "role", "2");
  ix_attr(p, "type", "10");
  ix_narr(p, 0, ix_ftext(aVal, ENT_PARTY, "name"));
  if( ix_ftext(aVal, ENT_PARTY, "name_sr") ){
    ix_narr(p, "sr", ix_ftext(aVal, ENT_PARTY, "name_sr"));
  }
  ix_end(p);
  return 0;
}

/* The sectors of the activity: the framework areas of the goals
** aGoal[0..nGoal-1] that the reader sees, in the order of their ids, as
** the reporting organisation's own vocabulary (99), with a narrative,
** their percentages shared out to add up to 100 exactly; and the DAC
** 5-digit codes of those areas (vocabulary 1, IATI rule 102.1.1). */
static void write_sectors(Ix *p, const IdList *pGoals){
  IdList areas = IDLIST_INIT;
  Value **aArea;
  int i, j, n;
  for(i=0; i<pGoals->n; i++){
    Value *aG;
    const Value *v;
    int bSeen = 0;
    if( store_item_get(p->pStore, ENT_GOAL, pGoals->a[i], &p->a, &aG) ){
      continue;
    }
    v = model_value(ENT_GOAL, aG, "area_id");
    if( v->eType!=VAL_INT ) continue;
    for(j=0; j<areas.n; j++) if( areas.a[j]==v->i ) bSeen = 1;
    if( !bSeen ) idlist_add(&areas, v->i);
  }
  for(i=1; i<areas.n; i++){            /* by id: the same in every run */
    int64_t t = areas.a[i];
    for(j=i; j>0 && areas.a[j-1]>t; j--) areas.a[j] = areas.a[j-1];
    areas.a[j] = t;
  }
  aArea = acc_malloc(sizeof(Value*)*(areas.n+1));
  for(i=n=0; i<areas.n; i++){           /* the areas the reader sees */
    if( store_item_get(p->pStore, ENT_AREA, areas.a[i], &p->a,
                       &aArea[n])==0 ){
      n++;
    }
  }
  for(i=0; i<n; i++){
    const Value *aA = aArea[i];
    char zPct[8];
    snprintf(zPct, sizeof(zPct), "%d", 100/n + (i < 100%n));
    ix_start(p, "sector");
    ix_attr(p, "vocabulary", "99");
    ix_attr(p, "code", ix_ftext(aA, ENT_AREA, "code"));
    ix_attr(p, "percentage", zPct);
    ix_narr(p, 0, ix_ftext(aA, ENT_AREA, "name"));
    if( ix_ftext(aA, ENT_AREA, "name_sr") ){
      ix_narr(p, "sr", ix_ftext(aA, ENT_AREA, "name_sr"));
    }
    ix_end(p);
  }
  ix_dac_sectors(p, aArea, n);
  if( n==0 ){
    ix_note(p, "no framework area of its goals is visible: the activity "
            "has no sector (IATI rule 6.2.2)");
  }
  free(aArea);
  free(areas.a);
}

/* Write the activity of dialogue idD with goals aGoal.  0 if written. */
static int write_activity(Ix *p, int64_t idD, const Value *aD,
                          const IdList *pGoals, const char *zUpdated){
  const char *zCode = ix_ftext(aD, ENT_DIALOGUE, "code");
  const char *zTitle = ix_ftext(aD, ENT_DIALOGUE, "title");
  const char *zFocus = ix_ftext(aD, ENT_DIALOGUE, "focus");
  const char *zLong = ix_ftext(aD, ENT_DIALOGUE, "long_term_goal");
  const char *zTitleSr = ix_ftext(aD, ENT_DIALOGUE, "title_sr");
  const char *zFocusSr = ix_ftext(aD, ENT_DIALOGUE, "focus_sr");
  const char *zLongSr = ix_ftext(aD, ENT_DIALOGUE, "long_term_goal_sr");
  const char *zState = ix_ftext(aD, ENT_DIALOGUE, "state");
  const char *zRef = p->pOpt->zOrgRef ? p->pOpt->zOrgRef : zCode;
  Date dLaunch, dTarget, dPlanned = DATE_NONE, dDone = DATE_NONE;
  int bLaunch = ix_fdate(aD, ENT_DIALOGUE, "launched_on", &dLaunch);
  int bTarget = ix_fdate(aD, ENT_DIALOGUE, "target_on", &dTarget);
  IdList inds = IDLIST_INIT;
  const char *zId;
  int i;
  if( !bLaunch ) ix_step_dates(p, idD, p->pOpt->today, &dPlanned, &dDone);
  if( !bLaunch && !bTarget && dPlanned==DATE_NONE && dDone==DATE_NONE ){
    ix_note(p, "dialogue %s left out: it has no launch date (launched_on) "
            "nor target date (target_on), and an IATI activity needs an "
            "activity-date", zCode);
    return 1;
  }
  ix_start(p, "iati-activity");
  ix_attr(p, "last-updated-datetime", zUpdated);
  ix_attr(p, "xml:lang", "en");
  zId = p->pOpt->zOrgRef ? arena_printf(&p->a, "%s-%s", zRef, zCode)
                         : arena_printf(&p->a, "%s-dialogue", zCode);
  ix_start(p, "iati-identifier");
  if( xmlTextWriterWriteString(p->w, BAD_CAST zId)<0 ) p->bErr = 1;
  ix_end(p);
  ix_start(p, "reporting-org");
  ix_attr(p, "ref", zRef);
  ix_attr(p, "type", "10");
  ix_narr(p, 0, zTitle);
  ix_end(p);
  ix_text(p, "title", zTitle, zTitleSr);
  ix_start(p, "description");
  ix_attr(p, "type", "1");
  ix_narr(p, 0, zFocus ? zFocus : zTitle);
  if( zFocus ? zFocusSr!=0 : zTitleSr!=0 ){
    ix_narr(p, "sr", zFocus ? zFocusSr : zTitleSr);
  }
  ix_end(p);
  if( zLong ){
    ix_start(p, "description");
    ix_attr(p, "type", "2");
    ix_narr(p, 0, zLong);
    if( zLongSr ) ix_narr(p, "sr", zLongSr);
    ix_end(p);
  }
  store_item_each(p->pStore, ENT_PARTY, aEntity[ENT_PARTY].iDialogue, idD,
                  party_org, p);
  ix_start(p, "activity-status");
  ix_attr(p, "code", zState && (strcmp(zState, "proposed")==0
                               || strcmp(zState, "negotiation")==0)
                    ? "1" : "2");
  ix_end(p);
  if( bLaunch ){
    ix_start(p, "activity-date");
    ix_attr(p, "type", "2");
    ix_attr_date(p, "iso-date", dLaunch);
    ix_end(p);
  }else{
    if( dPlanned!=DATE_NONE ){
      ix_start(p, "activity-date");
      ix_attr(p, "type", "1");
      ix_attr_date(p, "iso-date", dPlanned);
      ix_end(p);
    }
    if( dDone!=DATE_NONE ){
      /* its roadmap has begun: the first step done is the actual start */
      ix_start(p, "activity-date");
      ix_attr(p, "type", "2");
      ix_attr_date(p, "iso-date", dDone);
      ix_end(p);
    }
  }
  if( bTarget ){
    ix_start(p, "activity-date");
    ix_attr(p, "type", "3");
    ix_attr_date(p, "iso-date", dTarget);
    ix_end(p);
  }
  ix_dialogue_countries(p, idD);
  write_sectors(p, pGoals);
  if( !bLaunch && dPlanned==DATE_NONE ) dPlanned = dDone;
  ix_project_children(p, idD, zRef, bLaunch ? dLaunch : dPlanned);
  for(i=0; i<pGoals->n; i++){
    ix_goal_result(p, pGoals->a[i], &inds, IX_ACT_ALL);
  }
  ix_end(p);   /* iati-activity */
  free(inds.a);
  ix_projects(p, idD, aD, zId, zRef, bLaunch ? dLaunch : dPlanned, zUpdated);
  return 0;
}

AccRc iati_export(Store *pStore, const IatiOpt *pOpt, Buf *pOut,
                  Buf *pNotes, char *zErr, int nErr){
  Ix x;
  IdList dlg = IDLIST_INIT;
  xmlBufferPtr pXml = 0;
  char zUpdated[21] = "1970-01-01T00:00:00Z";
  int i, nAct = 0;
  AccRc rc = ACC_OK;
  memset(&x, 0, sizeof(x));
  x.pStore = pStore;
  x.pOpt = pOpt;
  x.pNotes = pNotes;
  if( pOpt->idDialogue ){
    idlist_add(&dlg, pOpt->idDialogue);
  }else{
    store_item_each(pStore, ENT_DIALOGUE, -1, 0, store_row_collect_id, &dlg);
  }
  {
    /* The time of the latest change the reader may see, for the
    ** generated and last-updated datetimes: the same data gives the same
    ** file, and a write hidden from the reader does not move it. */
    Arena a = ARENA_INIT;
    AuditEntry ent;
    if( store_audit_latest_seen(pStore, &a, &ent)==ACC_OK ){
      snprintf(zUpdated, 21, "%s", ent.zAt);
    }
    arena_free(&a);
  }
  pXml = xmlBufferCreate();
  x.w = xmlNewTextWriterMemory(pXml, 0);
  if( x.w==0 ){
    snprintf(zErr, nErr, "cannot start the XML writer");
    xmlBufferFree(pXml);
    free(dlg.a);
    return ACC_IO;
  }
  xmlTextWriterSetIndent(x.w, 1);
  xmlTextWriterSetIndentString(x.w, BAD_CAST "  ");
  if( xmlTextWriterStartDocument(x.w, "1.0", "UTF-8", 0)<0 ) x.bErr = 1;
  ix_start(&x, "iati-activities");
  ix_attr(&x, "version", "2.03");
  ix_attr(&x, "generated-datetime", zUpdated);
  for(i=0; i<dlg.n; i++){
    Value *aD;
    IdList goals = IDLIST_INIT;
    if( store_item_get(pStore, ENT_DIALOGUE, dlg.a[i], &x.a, &aD) ) continue;
    store_item_each(pStore, ENT_GOAL, aEntity[ENT_GOAL].iDialogue, dlg.a[i],
                    store_row_collect_id, &goals);
    if( goals.n>0 && write_activity(&x, dlg.a[i], aD, &goals, zUpdated)==0 ){
      nAct++;
    }else if( goals.n==0 && pOpt->idDialogue ){
      ix_note(&x, "dialogue %s has no goal this reader may see",
              ix_ftext(aD, ENT_DIALOGUE, "code"));
    }
    free(goals.a);
  }
  ix_end(&x);
  if( xmlTextWriterEndDocument(x.w)<0 ) x.bErr = 1;
  xmlFreeTextWriter(x.w);
  if( x.bErr ){
    snprintf(zErr, nErr, "the XML writer failed");
    rc = ACC_IO;
  }else if( nAct==0 ){
    snprintf(zErr, nErr, "no dialogue has results this reader may see (a "
             "goal is public once every party of its dialogue approved it)");
    rc = ACC_NOTFOUND;
  }else{
    buf_append(pOut, (const char*)xmlBufferContent(pXml),
               (size_t)xmlBufferLength(pXml));
  }
  xmlBufferFree(pXml);
  arena_free(&x.a);
  free(dlg.a);
  return rc;
}
