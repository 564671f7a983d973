/*
** ical.c: iCalendar feeds (see ical.h), written with libical.
**
** The feed is built in two passes: the visible meetings, goals and steps
** are gathered into an array of IcalEntry (strings in one arena), sorted
** by date, kind and id so that the order never depends on the store, and
** then turned into one VCALENDAR with libical, which folds long lines and
** escapes TEXT values.  The audit log gives each entry its DTSTAMP (the
** time of the latest change) and SEQUENCE (changes after the insert).
** Nothing here reads the clock.
*/
#include "ical.h"
#include "../core/l10n.h"
#include "../core/translit.h"
#include "../util/msgcat.h"
#include "../store/planlife.h"

#include <assert.h>
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ICAL_PRODID "-//Accord//Accord strategic dialogues//EN"

/* Kinds of entry, in the order entries of one day are written. */
typedef enum IcalKind {
  IK_MEETING = 0, IK_DEADLINE, IK_STEP, IK__MAX
} IcalKind;
static const char *const azIcalKindUid[IK__MAX] = {
  "meeting", "goal", "step"
};

/* One VEVENT before it is written. */
typedef struct IcalEntry {
  IcalKind eKind;
  int64_t id;               /* the item's id */
  int64_t idDialogue;       /* its dialogue */
  Date day;                 /* the all-day date */
  const char *zSummary;
  const char *zDesc;        /* or NULL */
  const char *zLocation;    /* or NULL */
  enum icalproperty_status eStatus;  /* ICAL_STATUS_NONE: none */
  int bTransparent;         /* TRANSP:TRANSPARENT */
  int eClass;               /* a Class, or -1: no CLASS property */
  const char *zStamp;       /* "YYYY-MM-DDTHH:MM:SSZ", latest change */
  int nSeq;                 /* changes after the insert */
} IcalEntry;

/* What a feed is gathered into. */
typedef struct IcalCtx {
  Store *pStore;
  Arena *pArena;
  IcalEntry *a;
  int n, nAlloc;
  IcalCount cnt;
  int eLang;                /* L10N_*: the language of the texts */
} IcalCtx;

/* Its text copied into the arena, or NULL if empty. */
static const char *fv_text(IcalCtx *c, int e, const Value *aVal,
                           const char *zName){
  const Value *v = model_value(e, aVal, zName);
  if( v->eType!=VAL_TEXT || v->z[0]==0 ) return 0;
  return arena_strdup(c->pArena, v->z);
}
/* Its date into *pOut: 1, or 0 when empty or not a date. */
static int fv_date(int e, const Value *aVal, const char *zName, Date *pOut){
  const Value *v = model_value(e, aVal, zName);
  if( v->eType!=VAL_TEXT ) return 0;
  return date_parse(v->z, pOut)==0;
}
/* The classification of an item, or -1 if it has none of its own (a
** roadmap step: its dialogue's). */
static int fv_class(int e, const Value *aVal){
  int i = model_field_find(e, "classification");
  int k;
  if( i<0 ) return -1;
  if( aVal[i].eType!=VAL_TEXT ) return CLASS_RESTRICTED;
  k = model_enum_find(azClassName, aVal[i].z);
  return k<0 ? CLASS_RESTRICTED : k;
}

static IcalEntry *entry_new(IcalCtx *c, IcalKind eKind, int64_t id,
                            int e, const Value *aVal, Date day){
  IcalEntry *p;
  if( c->n>=c->nAlloc ){
    c->nAlloc = c->nAlloc ? 2*c->nAlloc : 32;
    c->a = acc_realloc(c->a, sizeof(IcalEntry)*c->nAlloc);
  }
  p = &c->a[c->n++];
  memset(p, 0, sizeof(*p));
  p->eKind = eKind;
  p->id = id;
  p->idDialogue = model_value(e, aVal, "dialogue_id")->i;
  p->day = day;
  p->eStatus = ICAL_STATUS_NONE;
  p->eClass = fv_class(e, aVal);
  return p;
}

/* Message zMsg of the catalogue in the feed's language. */
static const char *ical_tr(IcalCtx *c, const char *zMsg){
  return c->eLang==L10N_EN ? zMsg : i18n_msg(c->eLang, zMsg);
}

/* Field zName in the feed's language, or NULL if empty: for a Serbian
** reader its Serbian twin in the reader's script, else the English text
** marked "(na engleskom)", as the reports do (rb_tx()). */
static const char *ical_tx(IcalCtx *c, int e, const Value *aVal,
                           const char *zName){
  const char *zEn = fv_text(c, e, aVal, zName), *zSr;
  char zTwin[64];
  Script eScript;
  size_t n;
  char *zOut;
  if( c->eLang==L10N_EN ) return zEn;
  snprintf(zTwin, sizeof(zTwin), "%s_sr", zName);
  if( model_field_find(e, zTwin)<0 ) return zEn;
  zSr = fv_text(c, e, aVal, zTwin);
  if( zSr==0 ){
    return zEn ? arena_printf(c->pArena, "%s %s", zEn,
                              ical_tr(c, "(in English)")) : 0;
  }
  eScript = translit_script(zSr);
  n = TRANSLIT_MAX(strlen(zSr));
  zOut = arena_alloc(c->pArena, n);
  if( c->eLang==L10N_SR_CYRL && eScript==SCRIPT_LATN ){
    translit_to_cyrl(zSr, zOut, n);
  }else if( c->eLang!=L10N_SR_CYRL && eScript==SCRIPT_CYRL ){
    translit_to_latn(zSr, zOut, n);
  }else{
    return zSr;
  }
  return zOut;
}

static int meeting_row(void *pArg, int64_t id, const Value *aVal){
  IcalCtx *c = pArg;
  IcalEntry *p;
  const Value *pState = model_value(ENT_MEETING, aVal, "state");
  Date day;
  if( !fv_date(ENT_MEETING, aVal, "held_on", &day) ){
    c->cnt.nUndated++;
    return 0;
  }
  p = entry_new(c, IK_MEETING, id, ENT_MEETING, aVal, day);
  p->zSummary = ical_tx(c, ENT_MEETING, aVal, "title");
  p->zLocation = fv_text(c, ENT_MEETING, aVal, "place");
  p->zDesc = ical_tx(c, ENT_MEETING, aVal, "agenda");
  p->eStatus = pState->eType==VAL_TEXT
               && strcmp(pState->z, "cancelled")==0
               ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED;
  c->cnt.nMeeting++;
  return 0;
}

static int goal_row(void *pArg, int64_t id, const Value *aVal){
  IcalCtx *c = pArg;
  IcalEntry *p;
  const char *zTitle, *zCode, *zMeans;
  Date day;
  if( !fv_date(ENT_GOAL, aVal, "deadline", &day) ) return 0;
  p = entry_new(c, IK_DEADLINE, id, ENT_GOAL, aVal, day);
  zTitle = fv_text(c, ENT_GOAL, aVal, "title");
  zCode = fv_text(c, ENT_GOAL, aVal, "code");
  zMeans = fv_text(c, ENT_GOAL, aVal, "means");
  if( c->eLang!=L10N_EN ){
    /* the same in Serbian: the kind in words, the texts' Serbian twins */
    char *zKind = arena_strdup(c->pArena,
                               model_value(ENT_GOAL, aVal, "kind")->z), *k;
    for(k=zKind; *k; k++) if( *k=='_' ) *k = ' ';
    zTitle = ical_tx(c, ENT_GOAL, aVal, "title");
    zMeans = ical_tx(c, ENT_GOAL, aVal, "means");
    p->zSummary = arena_printf(c->pArena, ical_tr(c, "Deadline: %s"),
                               zTitle ? zTitle : "");
    p->zDesc = arena_printf(c->pArena, ical_tr(c, "Deadline of goal %s "
                            "(%s)."), zCode ? zCode : "", ical_tr(c, zKind));
    if( zMeans ){
      p->zDesc = arena_printf(c->pArena, "%s\n%s", p->zDesc, arena_printf(
                              c->pArena, ical_tr(c, "Means: %s"), zMeans));
    }
  }else{
    p->zSummary = arena_printf(c->pArena, "Deadline: %s",
                               zTitle ? zTitle : "");
    p->zDesc = arena_printf(c->pArena, "Deadline of goal %s (%s).%s%s",
                            zCode ? zCode : "",
                            model_value(ENT_GOAL, aVal, "kind")->z,
                            zMeans ? "\nMeans: " : "", zMeans ? zMeans : "");
  }
  p->bTransparent = 1;
  c->cnt.nDeadline++;
  return 0;
}

/* A roadmap step: on its tentative day, or, once done (as typed, or as
** what fulfils it says: store_step_done(), the roadmap's reading), on the
** day it was done.  The feed reads the record as it stands, never the
** clock, so the state is taken at the end of the last day there is. */
static int step_row(void *pArg, int64_t id, const Value *aVal){
  IcalCtx *c = pArg;
  IcalEntry *p;
  const char *zTitle, *zLabel;
  Buf b = BUF_INIT;
  Date day, done, dEnd = DATE_NONE;
  long long iPos;
  const Value *pOngoing = model_value(ENT_STEP, aVal, "ongoing");
  if( (pOngoing->eType==VAL_INT && pOngoing->i)
   || !fv_date(ENT_STEP, aVal, "planned_on", &day) ){
    c->cnt.nOngoing++;
    return 0;
  }
  date_from_ymd(9999, 12, 31, &dEnd);
  done = store_step_done(c->pStore, id, aVal, dEnd, c->pArena);
  p = entry_new(c, IK_STEP, id, ENT_STEP, aVal, done!=DATE_NONE ? done
                                                               : day);
  zTitle = fv_text(c, ENT_STEP, aVal, "title");
  zLabel = fv_text(c, ENT_STEP, aVal, "planned_label");
  if( c->eLang!=L10N_EN ){
    zTitle = ical_tx(c, ENT_STEP, aVal, "title");
    zLabel = ical_tx(c, ENT_STEP, aVal, "planned_label");
  }
  p->zSummary = arena_printf(c->pArena, ical_tr(c, done!=DATE_NONE
                             ? "Done: %s" : "Tentative: %s"),
                             zTitle ? zTitle : "");
  iPos = (long long)model_value(ENT_STEP, aVal, "position")->i;
  if( done!=DATE_NONE ){
    char zDone[L10N_DATESZ];
    if( c->eLang==L10N_EN ) date_format(done, zDone);
    else l10n_date(done, c->eLang, zDone);
    if( zLabel ){
      buf_appendf(&b, ical_tr(c, "Roadmap step %lld. Done on %s. Tentative "
                  "date as planned: %s."), iPos, zDone, zLabel);
    }else{
      buf_appendf(&b, ical_tr(c, "Roadmap step %lld. Done on %s. Tentative "
                  "date."), iPos, zDone);
    }
    p->eStatus = ICAL_STATUS_CONFIRMED;
  }else{
    if( zLabel ){
      buf_appendf(&b, ical_tr(c, "Roadmap step %lld. Tentative date as "
                  "planned: %s (shown on its last day)."), iPos, zLabel);
    }else{
      buf_appendf(&b, ical_tr(c, "Roadmap step %lld. Tentative date (shown "
                  "on its last day)."), iPos);
    }
    p->eStatus = ICAL_STATUS_TENTATIVE;
  }
  p->zDesc = arena_strdup(c->pArena, buf_str(&b));
  buf_free(&b);
  p->bTransparent = 1;
  c->cnt.nStep++;
  return 0;
}

/* The audit entries of one item: the newest's time, and how many. */
typedef struct AuditSum {
  Arena *pArena;
  const char *zAt;
  int n;
} AuditSum;
static int audit_sum(void *pArg, const AuditEntry *pE){
  AuditSum *s = pArg;
  if( s->n++==0 ) s->zAt = arena_strdup(s->pArena, pE->zAt);
  return 0;
}

static int entry_cmp(const void *x, const void *y){
  const IcalEntry *a = x, *b = y;
  if( a->day!=b->day ) return a->day<b->day ? -1 : 1;
  if( a->eKind!=b->eKind ) return a->eKind<b->eKind ? -1 : 1;
  return a->id<b->id ? -1 : a->id>b->id;
}

/* A UTC date-time from "YYYY-MM-DDTHH:MM:SSZ" (the epoch if malformed). */
static struct icaltimetype utc_time(const char *z){
  struct icaltimetype t = icaltime_null_time();
  int y = 1970, mo = 1, d = 1, h = 0, mi = 0, s = 0;
  if( z==0 || sscanf(z, "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &s)!=6 ){
    y = 1970; mo = 1; d = 1; h = mi = s = 0;
  }
  t.year = y; t.month = mo; t.day = d;
  t.hour = h; t.minute = mi; t.second = s;
  t.zone = icaltimezone_get_utc_timezone();
  return t;
}
static struct icaltimetype day_value(Date x){
  struct icaltimetype t = icaltime_null_date();
  date_to_ymd(x, &t.year, &t.month, &t.day);
  t.is_date = 1;
  return t;
}

/* The domain part of UIDs of a dialogue: its code, keeping letters,
** digits, '-' and '.' ("us-rs" -> "us-rs.accord"). */
static const char *uid_domain(IcalCtx *c, int64_t idDialogue){
  Value *aV;
  Buf b = BUF_INIT;
  const char *z = "dialogue", *zOut;
  if( store_item_get(c->pStore, ENT_DIALOGUE, idDialogue, c->pArena,
                     &aV)==ACC_OK ){
    const Value *v = model_value(ENT_DIALOGUE, aV, "code");
    if( v->eType==VAL_TEXT && v->z[0] ) z = v->z;
  }
  for(; *z; z++){
    char ch = *z;
    if( !((ch>='a' && ch<='z') || (ch>='A' && ch<='Z')
          || (ch>='0' && ch<='9') || ch=='-' || ch=='.') ){
      ch = '-';
    }
    buf_putc(&b, ch);
  }
  buf_puts(&b, ".accord");
  zOut = arena_strdup(c->pArena, buf_str(&b));
  buf_free(&b);
  return zOut;
}

/* Add property pProp named zName as an X- property of pComp. */
static void add_x(icalcomponent *pComp, const char *zName, const char *zVal){
  icalproperty *pP = icalproperty_new_x(zVal);
  icalproperty_set_x_name(pP, zName);
  icalcomponent_add_property(pComp, pP);
}

AccRc ical_feed(Store *pStore, int64_t idDialogue, const char *zName,
                Buf *pOut, IcalCount *pCount, char *zErr, int nErr){
  return ical_feed_lang(pStore, idDialogue, zName, L10N_EN, pOut, pCount,
                        zErr, nErr);
}

AccRc ical_feed_lang(Store *pStore, int64_t idDialogue, const char *zName,
                     int eLang, Buf *pOut, IcalCount *pCount, char *zErr,
                     int nErr){
  static const enum icalproperty_class aeClass[CLASS__MAX] = {
    ICAL_CLASS_PUBLIC, ICAL_CLASS_PRIVATE, ICAL_CLASS_CONFIDENTIAL
  };
  Arena arena = ARENA_INIT;
  IcalCtx c;
  icalcomponent *pCal;
  char *zText;
  int i;
  int64_t idDom = 0;
  const char *zDom = 0;
  memset(&c, 0, sizeof(c));
  c.pStore = pStore;
  c.pArena = &arena;
  c.eLang = eLang>=0 && eLang<L10N__MAX ? eLang : L10N_EN;
  if( idDialogue ){
    Value *aV;
    if( store_item_get(pStore, ENT_DIALOGUE, idDialogue, &arena, &aV) ){
      snprintf(zErr, nErr, "no dialogue with id %lld", (long long)idDialogue);
      arena_free(&arena);
      return ACC_NOTFOUND;
    }
    if( zName==0 && c.eLang!=L10N_EN ){
      zName = ical_tx(&c, ENT_DIALOGUE, aV, "title");
    }
    if( zName==0 ) zName = arena_strdup(&arena, model_value(ENT_DIALOGUE, aV,
                                                   "title")->z);
  }
  if( zName==0 ) zName = "Accord";
  store_item_each(pStore, ENT_MEETING, idDialogue
                  ? aEntity[ENT_MEETING].iDialogue : -1, idDialogue,
                  meeting_row, &c);
  store_item_each(pStore, ENT_GOAL, idDialogue
                  ? aEntity[ENT_GOAL].iDialogue : -1, idDialogue,
                  goal_row, &c);
  store_item_each(pStore, ENT_STEP, idDialogue
                  ? aEntity[ENT_STEP].iDialogue : -1, idDialogue,
                  step_row, &c);
  for(i=0; i<c.n; i++){
    static const int aeEnt[IK__MAX] = { ENT_MEETING, ENT_GOAL, ENT_STEP };
    AuditSum s;
    memset(&s, 0, sizeof(s));
    s.pArena = &arena;
    store_audit_each(pStore, aEntity[aeEnt[c.a[i].eKind]].zName, c.a[i].id,
                     0, audit_sum, &s);
    if( s.n==0 ){
      /* Never without an entry (every insert records one); the latest
      ** change to the data is the best stand-in. */
      store_audit_each(pStore, 0, 0, 1, audit_sum, &s);
      s.n = 1;
    }
    c.a[i].zStamp = s.zAt;
    c.a[i].nSeq = s.n - 1;
  }
  if( c.n>1 ) qsort(c.a, c.n, sizeof(IcalEntry), entry_cmp);

  pCal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
  icalcomponent_add_property(pCal, icalproperty_new_prodid(ICAL_PRODID));
  icalcomponent_add_property(pCal, icalproperty_new_version("2.0"));
  icalcomponent_add_property(pCal, icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(pCal, icalproperty_new_method(
                                     ICAL_METHOD_PUBLISH));
  add_x(pCal, "X-WR-CALNAME", zName);
  add_x(pCal, "X-WR-CALDESC", ical_tr(&c, "Meetings, goal deadlines and "
        "tentative roadmap dates of strategic dialogues (Accord)"));
  add_x(pCal, "X-PUBLISHED-TTL", "PT1H");
  for(i=0; i<c.n; i++){
    IcalEntry *p = &c.a[i];
    icalcomponent *pEv = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    if( p->idDialogue!=idDom || zDom==0 ){
      idDom = p->idDialogue;
      zDom = uid_domain(&c, idDom);
    }
    icalcomponent_add_property(pEv, icalproperty_new_uid(arena_printf(
      &arena, "%s-%lld%s@%s", azIcalKindUid[p->eKind], (long long)p->id,
      p->eKind==IK_DEADLINE ? "-deadline" : "", zDom)));
    icalcomponent_add_property(pEv,
                               icalproperty_new_dtstamp(utc_time(p->zStamp)));
    icalcomponent_add_property(pEv, icalproperty_new_dtstart(
                                      day_value(p->day)));
    icalcomponent_add_property(pEv, icalproperty_new_dtend(
                                      day_value(p->day + 1)));
    icalcomponent_add_property(pEv, icalproperty_new_sequence(p->nSeq));
    icalcomponent_add_property(pEv, icalproperty_new_summary(
                                      p->zSummary ? p->zSummary : ""));
    if( p->zDesc ){
      icalcomponent_add_property(pEv, icalproperty_new_description(p->zDesc));
    }
    if( p->zLocation ){
      icalcomponent_add_property(pEv,
                                 icalproperty_new_location(p->zLocation));
    }
    if( p->eStatus!=ICAL_STATUS_NONE ){
      icalcomponent_add_property(pEv, icalproperty_new_status(p->eStatus));
    }
    if( p->eClass>=0 ){
      icalcomponent_add_property(pEv, icalproperty_new_class(
                                        aeClass[p->eClass]));
    }
    icalcomponent_add_property(pEv, icalproperty_new_categories(
      p->eKind==IK_MEETING ? "Meeting" : p->eKind==IK_DEADLINE
      ? "Deadline" : "Roadmap"));
    if( p->bTransparent ){
      icalcomponent_add_property(pEv,
                                 icalproperty_new_transp(
                                   ICAL_TRANSP_TRANSPARENT));
    }
    icalcomponent_add_component(pCal, pEv);
  }
  zText = icalcomponent_as_ical_string_r(pCal);
  buf_puts(pOut, zText);
  free(zText);
  icalcomponent_free(pCal);
  if( pCount ) *pCount = c.cnt;
  free(c.a);
  arena_free(&arena);
  return ACC_OK;
}

/* Append a property as one unfolded line, without its CRLF. */
static void dump_prop(icalproperty *pP, Buf *pOut){
  char *z = icalproperty_as_ical_string_r(pP), *s;
  for(s=z; *s; s++){
    if( s[0]=='\r' && s[1]=='\n' && (s[2]==' ' || s[2]=='\t') ){
      s += 2;
    }else if( s[0]=='\r' || s[0]=='\n' ){
    }else{
      buf_putc(pOut, *s);
    }
  }
  buf_putc(pOut, '\n');
  free(z);
}

AccRc ical_dump(const char *zText, Buf *pOut, char *zErr, int nErr){
  icalcomponent *pCal, *pSub;
  icalproperty *pP;
  int nErrors;
  icalerror_clear_errno();
  pCal = icalparser_parse_string(zText);
  if( pCal==0 || icalcomponent_isa(pCal)!=ICAL_VCALENDAR_COMPONENT ){
    snprintf(zErr, nErr, "not an iCalendar VCALENDAR");
    if( pCal ) icalcomponent_free(pCal);
    return ACC_INVALID;
  }
  nErrors = icalcomponent_count_errors(pCal);
  buf_appendf(pOut, "VCALENDAR\n");
  for(pP = icalcomponent_get_first_property(pCal, ICAL_ANY_PROPERTY); pP;
      pP = icalcomponent_get_next_property(pCal, ICAL_ANY_PROPERTY)){
    buf_puts(pOut, "  ");
    dump_prop(pP, pOut);
  }
  for(pSub = icalcomponent_get_first_component(pCal, ICAL_ANY_COMPONENT);
      pSub;
      pSub = icalcomponent_get_next_component(pCal, ICAL_ANY_COMPONENT)){
    buf_appendf(pOut, "%s\n",
                icalcomponent_kind_to_string(icalcomponent_isa(pSub)));
    for(pP = icalcomponent_get_first_property(pSub, ICAL_ANY_PROPERTY); pP;
        pP = icalcomponent_get_next_property(pSub, ICAL_ANY_PROPERTY)){
      buf_puts(pOut, "  ");
      dump_prop(pP, pOut);
    }
  }
  icalcomponent_free(pCal);
  if( nErrors ){
    snprintf(zErr, nErr, "%d error%s in the calendar (X-LIC-ERROR)",
             nErrors, nErrors==1 ? "" : "s");
    return ACC_INVALID;
  }
  return ACC_OK;
}
