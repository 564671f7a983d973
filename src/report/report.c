/*
** report.c: report_build() for the four kinds of report, and the helpers
** the parts share (see report.h and reportInt.h).
**
** A build reads the store through its viewer only (for the public report
** the viewer is set to CLASS_PUBLIC for the time of the build), computes
** the status of every goal at the end of the period with the same
** goalstat_*() as `accord status` and the web pages, and fills the tree
** part by part (report_goal.c, report_part.c, report_data.c).  Every
** string of the tree is already in the report's language: messages of
** the interface through the catalogue (i18n_msg), data entered in Serbian
** in the reader's script (translit).  Data entered in English (titles,
** notes, the status engine's sentences) is shown as entered.
**
** Nothing depends on the clock: zGenerated is the time of the latest
** audit entry, so the same data gives the same tree, and the same bytes.
*/
#include "reportInt.h"
#include "../core/translit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- Fields of rows ---------------------------------------------------- */

/* A text field, or "" when NULL. */
const char *rb_text(int e, const Value *aVal, const char *zName){
  const Value *v = model_value(e, aVal, zName);
  return v->eType==VAL_TEXT ? v->z : "";
}

/* An integer field, 0 when NULL. */
int64_t rb_int(int e, const Value *aVal, const char *zName){
  const Value *v = model_value(e, aVal, zName);
  return v->eType==VAL_INT ? v->i : 0;
}

/* A date field, DATE_NONE when NULL. */
Date rb_date(int e, const Value *aVal, const char *zName){
  Date d;
  const char *z = rb_text(e, aVal, zName);
  return z[0] && date_parse(z, &d)==0 ? d : DATE_NONE;
}

/* Text entered in Serbian, in the report's script (the rules of tr_text
** in src/web/i18n.c): Cyrillic for sr-Cyrl, Latin otherwise. */
const char *rb_serbian(ReportBuild *b, const char *z){
  Script eScript;
  size_t nOut;
  char *zOut;
  if( z==0 || z[0]==0 ) return z;
  eScript = translit_script(z);
  nOut = TRANSLIT_MAX(strlen(z));
  if( b->p->eLang==REPORT_LANG_SR_CYRL ){
    if( eScript!=SCRIPT_LATN ) return z;
    zOut = arena_alloc(b->pA, nOut);
    translit_to_cyrl(z, zOut, nOut);
  }else{
    if( eScript!=SCRIPT_CYRL ) return z;
    zOut = arena_alloc(b->pA, nOut);
    translit_to_latn(z, zOut, nOut);
  }
  return zOut;
}

/* Field zName of a row in the report's language: in a Serbian report its
** Serbian twin zName_sr (in the report's script) when the entity has one
** and it is set, else the English text marked "(in English)" in the
** report's language (a person's name as written: model_field_proper()).
** Fields without a twin keep their own language. */
const char *rb_tx(ReportBuild *b, int e, const Value *aVal,
                  const char *zName){
  char zTwin[64];
  const char *zEn = rb_text(e, aVal, zName);
  int i;
  if( b->p->eLang==REPORT_LANG_EN ) return zEn;
  snprintf(zTwin, sizeof(zTwin), "%s_sr", zName);
  i = model_field_find(e, zTwin);
  if( i<0 ) return zEn;
  if( aVal[i].eType==VAL_TEXT && aVal[i].z[0] ){
    return rb_serbian(b, aVal[i].z);
  }
  if( zEn[0]==0 || model_field_proper(e, zName) ) return zEn;
  return arena_printf(b->pA, "%s %s", zEn,
                      i18n_msg(b->p->eLang, "(in English)"));
}

/* The status sentence of r in the report's language (status_why_lang():
** from the engine's message ids), naming indicator aI (or NULL) by its
** Serbian name and unit when they are entered. */
const char *rb_why(ReportBuild *b, const StatusResult *r, const Value *aI){
  const char *zName = 0, *zUnit = 0;
  char *zOut;
  if( aI && b->p->eLang!=REPORT_LANG_EN ){
    zName = rb_text(ENT_INDICATOR, aI, "name_sr");
    zUnit = rb_text(ENT_INDICATOR, aI, "unit_sr");
    zName = zName[0] ? rb_serbian(b, zName) : 0;
    zUnit = zUnit[0] ? rb_serbian(b, zUnit) : 0;
  }
  zOut = arena_alloc(b->pA, 2*sizeof(r->zWhy));
  return status_why_lang(r, b->p->eLang, i18n_msg, zName, zUnit, zOut,
                         2*sizeof(r->zWhy));
}

/* The name of an item for the reader: its label field as rb_tx() gives
** it. */
const char *rb_name(ReportBuild *b, int e, const Value *aVal){
  return rb_tx(b, e, aVal, aEntity[e].aField[aEntity[e].iLabel].zName);
}

/* An enum value as the interface shows it: "_" as a space, translated
** ("count_period" -> "count period"). */
const char *rb_enum(ReportBuild *b, const char *zValue){
  char *z, *c;
  if( zValue==0 || zValue[0]==0 ) return "";
  z = arena_strdup(b->pA, zValue);
  for(c=z; *c; c++){
    if( *c=='_' ) *c = ' ';
  }
  return i18n_msg(b->p->eLang, z);
}

/* The label of a status in the report's language. */
const char *rb_status(ReportBuild *b, int eStatus){
  if( eStatus<0 || eStatus>=STATUS__MAX ) return "";
  return i18n_msg(b->p->eLang, azStatusLabel[eStatus]);
}

/* The status labels in the report's language, for a chart's legend
** (NULL for English, as chart.h asks). */
const char *const *rb_status_labels(ReportBuild *b){
  const char **az;
  int i;
  if( b->p->eLang==REPORT_LANG_EN ) return 0;
  az = arena_alloc(b->pA, sizeof(char*)*STATUS__MAX);
  for(i=0; i<STATUS__MAX; i++) az[i] = rb_status(b, i);
  return az;
}

/* A number as a report prints it: up to 10 significant digits, no
** exponent for ordinary magnitudes ("1157.8", "3", "-0.25"). */
/* A number for the report's reader (l10n_num()): "1,157.8", "1.157,8". */
const char *rb_num(ReportBuild *b, double r){
  char z[L10N_NUMSZ];
  return arena_strdup(b->pA, l10n_num(r, b->p->eLang, z));
}

/* A day for the report's reader (l10n_date()): "6 December 2026",
** "6. decembar 2026."; "" for DATE_NONE. */
const char *rb_day(ReportBuild *b, Date d){
  char z[L10N_DATESZ];
  return arena_strdup(b->pA, l10n_date(d, b->p->eLang, z));
}

const char *rb_period(ReportBuild *b, Period per){
  char z[L10N_DATESZ];
  return arena_strdup(b->pA, l10n_period(per, b->p->eLang, z));
}

/* A time the store wrote ("YYYY-MM-DDTHH:MM:SSZ") for the report's
** reader, in the zone of its language (l10n_tz_default()): "6 December
** 2026, 09:55 UTC", "6. decembar 2026. u 10:55 CET"; other text as it is. */
const char *rb_time(ReportBuild *b, const char *zStamp){
  char z[L10N_TIMESZ];
  int64_t t;
  if( zStamp==0 || l10n_stamp_parse(zStamp, &t) ) return zStamp ? zStamp : "";
  return arena_strdup(b->pA, l10n_time(t, l10n_tz_default(b->p->eLang),
                                       b->p->eLang, z));
}

const char *rb_cases(ReportBuild *b, const char *z){
  size_t n = strlen(z) + strlen(z)/4 + 16;
  if( b->p->eLang==REPORT_LANG_EN ) return z;
  return l10n_date_cases(z, b->p->eLang, arena_alloc(b->pA, n), n);
}

/* A date stored as YYYY-MM-DD as rb_day() writes it (other text as it
** is). */
const char *rb_day_text(ReportBuild *b, const char *zDate){
  Date d;
  if( zDate==0 || date_parse(zDate, &d) ) return zDate ? zDate : "";
  return rb_day(b, d);
}

/* The name of id in a, or "" if it is not there. */
const char *rb_lookup(const RName *a, int n, int64_t id){
  int i;
  for(i=0; i<n; i++){
    if( a[i].id==id ) return a[i].zName;
  }
  return "";
}

/* ---- The hash of the data read --------------------------------------- */

void rb_hash_str(ReportBuild *b, const char *z){
  crypto_generichash_update(&b->hash, (const unsigned char*)z, strlen(z)+1);
}

/* Feed one row to the hash: entity, id and every value, each typed, in a
** form that does not depend on the report's language. */
void rb_hash_row(ReportBuild *b, int e, int64_t id, const Value *aVal){
  char zNum[40];
  int i;
  rb_hash_str(b, aEntity[e].zName);
  snprintf(zNum, sizeof(zNum), "%lld", (long long)id);
  rb_hash_str(b, zNum);
  for(i=0; i<aEntity[e].nField; i++){
    const Value *v = &aVal[i];
    switch( v->eType ){
      case VAL_INT:  snprintf(zNum, sizeof(zNum), "i%lld", (long long)v->i);
                     rb_hash_str(b, zNum); break;
      case VAL_REAL: {
        /* The exact bits, in hex: cheaper than printing the number. */
        uint64_t u;
        memcpy(&u, &v->r, sizeof(u));
        snprintf(zNum, sizeof(zNum), "r%llx", (unsigned long long)u);
        rb_hash_str(b, zNum);
        break;
      }
      case VAL_TEXT: rb_hash_str(b, "t"); rb_hash_str(b, v->z); break;
      default:       rb_hash_str(b, "n"); break;
    }
  }
}

/* ---- Reading lists --------------------------------------------------- */

/* The ids of the visible items of entity e (whose field iField is id,
** when iField>=0), in id order, as an array in the report's arena. */
int64_t *rb_ids(ReportBuild *b, int e, int iField, int64_t id, int *pn){
  IdList c = IDLIST_INIT;
  int64_t *a;
  store_item_each(b->pStore, e, iField, id, store_row_collect_id, &c);
  a = arena_alloc(b->pA, sizeof(int64_t)*(c.n ? c.n : 1));
  if( c.n ) memcpy(a, c.a, sizeof(int64_t)*c.n);
  free(c.a);
  *pn = c.n;
  return a;
}

/* Names of the items of entity e of the dialogue, hashed as read. */
static RName *rb_names(ReportBuild *b, int e, int *pn){
  int n, i, k = 0;
  int64_t *aId = rb_ids(b, e, aEntity[e].iDialogue, b->idDialogue, &n);
  RName *a = arena_alloc(b->pA, sizeof(RName)*(n ? n : 1));
  for(i=0; i<n; i++){
    Value *aV;
    if( store_item_get(b->pStore, e, aId[i], b->pA, &aV) ) continue;
    rb_hash_row(b, e, aId[i], aV);
    a[k].id = aId[i];
    a[k].zName = rb_name(b, e, aV);
    a[k].zLabel = aV[aEntity[e].iLabel].eType==VAL_TEXT
                  ? aV[aEntity[e].iLabel].z : "";
    k++;
  }
  *pn = k;
  return a;
}

/* ---- Tree building --------------------------------------------------- */

RNode *rb_section(ReportBuild *b, RNode *pParent, int iLevel,
                  const char *zAnchor, const char *zSheet,
                  const char *zHeading){
  RNode *pS = report_node(b->p, pParent, RN_SECTION, zHeading);
  pS->iLevel = iLevel;
  pS->zAnchor = zAnchor ? arena_strdup(b->pA, zAnchor) : 0;
  pS->zSheet = zSheet ? rb_sheet(b, zSheet) : 0;
  return pS;
}

/* Whether sheet name z is taken already (Excel ignores ASCII case). */
static int sheet_taken(ReportBuild *b, const char *z){
  int i;
  for(i=0; i<b->nSheet; i++){
    if( strcasecmp(b->azSheet[i], z)==0 ) return 1;
  }
  return 0;
}

/* A valid XLSX sheet name from zName, unique in the report: at most 31
** characters cut at a word boundary (report_cut_words), without []:*?/\ (replaced by a
** space) or a quote at either end, not empty, "Name (2)" and so on when
** the name is taken. */
const char *rb_sheet(ReportBuild *b, const char *zName){
  size_t nZ = strlen(zName) + 1, n, i;
  char *z = arena_alloc(b->pA, nZ), *zClean;
  int k;
  report_cut_words(zName, 31, z, (int)nZ);
  n = strlen(z);
  for(i=0; i<n; i++){
    if( strchr("[]:*?/\\", z[i]) ) z[i] = ' ';
  }
  if( n>0 && z[0]=='\'' ) z[0] = ' ';       /* no quote at either end */
  if( n>0 && z[n-1]=='\'' ) z[n-1] = ' ';
  while( n>0 && z[n-1]==' ' ) z[--n] = 0;
  if( n==0 ) z = arena_strdup(b->pA, "Sheet");
  zClean = z;
  for(k=2; sheet_taken(b, z); k++){
    char zSuffix[16], zBase[256];
    snprintf(zSuffix, sizeof(zSuffix), " (%d)", k);
    report_cut_words(zClean, 31-(int)strlen(zSuffix), zBase, sizeof(zBase));
    z = arena_printf(b->pA, "%s%s", zBase, zSuffix);
  }
  if( (b->nSheet & (b->nSheet-1))==0 ){
    const char **a = arena_alloc(b->pA, sizeof(char*)*(b->nSheet*2+1));
    if( b->nSheet ) memcpy(a, b->azSheet, sizeof(char*)*b->nSheet);
    b->azSheet = a;
  }
  b->azSheet[b->nSheet++] = z;
  return z;
}

RNode *rb_table(ReportBuild *b, RNode *pParent, int nCol,
                const char *const *azHead){
  RNode *pT = report_node(b->p, pParent, RN_TABLE, 0);
  RNode *pR = report_node(b->p, pT, RN_ROW, 0);
  int i;
  pR->flags |= RF_HEADER;
  for(i=0; i<nCol; i++){
    report_node(b->p, pR, RN_CELL, i18n_msg(b->p->eLang, azHead[i]));
  }
  return pT;
}

RNode *rb_row(ReportBuild *b, RNode *pTable){
  return report_node(b->p, pTable, RN_ROW, 0);
}

RNode *rb_cell(ReportBuild *b, RNode *pRow, const char *zText){
  return report_node(b->p, pRow, RN_CELL, zText);
}

RNode *rb_cell_num(ReportBuild *b, RNode *pRow, double r,
                   const char *zText){
  RNode *pC = report_node(b->p, pRow, RN_CELL, zText ? zText
                          : rb_num(b, r));
  pC->flags |= RF_NUMERIC;
  pC->rNum = r;
  return pC;
}

/* A date cell: the stored date zDate (YYYY-MM-DD) as rb_day() writes it,
** kept as RF_DATE for the machine formats; zNone when there is none. */
RNode *rb_cell_date(ReportBuild *b, RNode *pRow, const char *zDate,
                    const char *zNone){
  RNode *pC;
  Date d;
  if( zDate==0 || zDate[0]==0 ) return rb_cell(b, pRow, zNone);
  if( date_parse(zDate, &d) ) return rb_cell(b, pRow, zDate);
  pC = rb_cell(b, pRow, rb_day(b, d));
  pC->flags |= RF_DATE;
  pC->rNum = d;
  return pC;
}

/* A period cell: per as rb_period() writes it ("III kvartal 2025."),
** its code ("2025-Q3") for the machine formats. */
RNode *rb_cell_period(ReportBuild *b, RNode *pRow, Period per){
  char z[12];
  RNode *pC = rb_cell(b, pRow, rb_period(b, per));
  period_format(per, z);
  pC->zPlain = arena_strdup(b->pA, z);
  return pC;
}

RNode *rb_para(ReportBuild *b, RNode *pParent, unsigned flags,
               const char *zText){
  RNode *pP = report_node(b->p, pParent, RN_PARA, zText);
  pP->flags |= flags;
  return pP;
}

/* ---- The build ------------------------------------------------------- */

/* The title of a report kind. */
static const char *kind_title(ReportBuild *b){
  switch( b->p->eKind ){
    case REPORT_QUARTERLY: return rtr(b, "Quarterly implementation report");
    case REPORT_ANNUAL:
      return rtr(b, "Annual report to the governments of the parties");
    case REPORT_PUBLIC:    return rtr(b, "Public progress report");
    default:               return rtr(b, "Portfolio report");
  }
}

/* The subtitle: the dialogue (or the portfolio) and the period. */
static const char *subtitle(ReportBuild *b){
  const char *zFrom = rb_day(b, b->p->from), *zTo = rb_day(b, b->p->to);
  const char *zWho;
  zWho = b->aDialogue ? rb_tx(b, ENT_DIALOGUE, b->aDialogue, "title")
                      : rtr(b, "All dialogues of the portfolio");
  if( b->p->knownOn!=DATE_NONE ){
    const char *zKnown = rb_day(b, b->p->knownOn);
    return arena_printf(b->pA, "%s — %s %s – %s; %s %s", zWho,
                        rtr(b, "period"), zFrom, zTo,
                        rtr(b, "data as entered by"), zKnown);
  }
  return arena_printf(b->pA, "%s — %s %s – %s", zWho,
                      rtr(b, "period"), zFrom, zTo);
}

/* The note on who may read the report, at its top. */
static void reader_note(ReportBuild *b, RNode *pRoot){
  const char *z;
  switch( b->p->eViewer ){
    case CLASS_PUBLIC:
      z = rtr(b, "This report contains only items that both parties have "
                 "approved for publication.");
      break;
    case CLASS_INTERNAL:
      z = rtr(b, "Classification: internal. It contains public and "
                 "internal items; restricted items are left out.");
      break;
    default:
      z = rtr(b, "Classification: restricted. It contains items of every "
                 "classification; do not pass it on to readers not "
                 "cleared for them.");
      break;
  }
  rb_para(b, pRoot, RF_NOTE, z);
  rb_para(b, pRoot, RF_NOTE, arena_printf(b->pA,
    rtr(b, "Built from the data as of %s (version %lld); statuses are "
           "computed at the end of the period."),
    rb_time(b, b->p->zGenerated), (long long)b->p->iDataVersion));
}

static void build_quarterly(ReportBuild *b, RNode *pRoot){
  rb_part_summary(b, pRoot);
  rb_part_goals(b, pRoot, 0);
  rb_part_completeness(b, pRoot);
  rb_part_changes(b, pRoot);
  rb_part_received(b, pRoot);
  rb_part_projects(b, pRoot);
  rb_part_meetings(b, pRoot);
  rb_part_contacts(b, pRoot);
  rb_part_decisions(b, pRoot);
  rb_part_roadmap(b, pRoot);
  rb_part_risks(b, pRoot);
  rb_part_conflicts(b, pRoot);
  rb_part_indicators(b, pRoot, 0);
  rb_part_signoff(b, pRoot);
}

static void build_annual(ReportBuild *b, RNode *pRoot){
  rb_part_summary(b, pRoot);
  rb_part_achievements(b, pRoot);
  rb_part_missed(b, pRoot);
  rb_part_goals(b, pRoot, 0);
  rb_part_benefits(b, pRoot);
  rb_part_projects(b, pRoot);
  rb_part_next(b, pRoot);
  rb_part_meetings(b, pRoot);
  rb_part_decisions(b, pRoot);
  rb_part_roadmap(b, pRoot);
  rb_part_risks(b, pRoot);
  rb_part_indicators(b, pRoot, 1);
  rb_part_signoff(b, pRoot);
}

static void build_public(ReportBuild *b, RNode *pRoot){
  rb_part_about(b, pRoot);
  rb_part_summary(b, pRoot);
  rb_part_goals(b, pRoot, 1);
  rb_part_benefits(b, pRoot);
  rb_part_roadmap(b, pRoot);
  rb_part_meetings(b, pRoot);
  rb_part_indicators(b, pRoot, 0);
  rb_part_signoff(b, pRoot);
}

AccRc report_build(Store *pStore, ReportKind eKind, int64_t idDialogue,
                   Date from, Date to, int eLang, Report **ppOut,
                   char *zErr, int nErr){
  return report_build_known(pStore, eKind, idDialogue, from, to, DATE_NONE,
                            eLang, ppOut, zErr, nErr);
}

AccRc report_build_known(Store *pStore, ReportKind eKind, int64_t idDialogue,
                         Date from, Date to, Date knownOn, int eLang,
                         Report **ppOut, char *zErr, int nErr){
  return report_build_by(pStore, eKind, idDialogue, from, to, knownOn, eLang,
                         REPORT_BY_AREA, ppOut, zErr, nErr);
}

AccRc report_build_by(Store *pStore, ReportKind eKind, int64_t idDialogue,
                      Date from, Date to, Date knownOn, int eLang, int eBy,
                      Report **ppOut, char *zErr, int nErr){
  ReportBuild bb, *b = &bb;
  Class eSaved = store_viewer(pStore);
  unsigned char aHash[crypto_generichash_BYTES];
  char zHex[2*crypto_generichash_BYTES+1];
  RNode *pRoot;
  Report *p;
  AccRc rc = ACC_OK;
  *ppOut = 0;
  if( eKind<0 || eKind>=REPORT__MAX ){
    snprintf(zErr, nErr, "no such kind of report");
    return ACC_INVALID;
  }
  if( eLang<0 || eLang>=REPORT_LANG__MAX ){
    snprintf(zErr, nErr, "no such language");
    return ACC_INVALID;
  }
  if( from==DATE_NONE || to==DATE_NONE || from>to ){
    snprintf(zErr, nErr, "the period must start on or before its end");
    return ACC_INVALID;
  }
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  if( eKind==REPORT_PUBLIC ) store_set_viewer(pStore, CLASS_PUBLIC);
  p = report_new(eKind, eLang);
  memset(b, 0, sizeof(*b));
  b->p = p;
  b->pStore = pStore;
  b->pA = &p->arena;
  crypto_generichash_init(&b->hash, 0, 0, sizeof(aHash));
  p->eViewer = store_viewer(pStore);
  p->from = from;
  p->to = to;
  p->at = to;
  p->knownOn = knownOn;
  p->eBy = eBy==REPORT_BY_SECTOR ? REPORT_BY_SECTOR : REPORT_BY_AREA;
  if( eKind!=REPORT_PORTFOLIO ){
    if( store_item_get(pStore, ENT_DIALOGUE, idDialogue, b->pA,
                       &b->aDialogue) ){
      snprintf(zErr, nErr, "no dialogue %lld", (long long)idDialogue);
      rc = ACC_NOTFOUND;
      goto out;
    }
    b->idDialogue = p->idDialogue = idDialogue;
    p->zDialogue = rb_text(ENT_DIALOGUE, b->aDialogue, "code");
    rb_hash_row(b, ENT_DIALOGUE, idDialogue, b->aDialogue);
  }
  {
    /* The data as the reader sees it: a write they cannot see moves
    ** neither the version nor the time. */
    AuditEntry ent;
    p->iDataVersion = 0;
    p->zGenerated = "";
    if( store_audit_latest_seen(pStore, b->pA, &ent)==ACC_OK ){
      p->iDataVersion = ent.id;
      p->zGenerated = ent.zAt;
    }
  }
  rb_hash_str(b, azReportKindName[eKind]);
  if( p->eBy==REPORT_BY_SECTOR ) rb_hash_str(b, "by sector");
  {
    char zP[32];
    snprintf(zP, sizeof(zP), "%d..%d", (int)from, (int)to);
    rb_hash_str(b, zP);
    if( knownOn!=DATE_NONE ){
      snprintf(zP, sizeof(zP), "known %d", (int)knownOn);
      rb_hash_str(b, zP);
    }
  }
  p->zTitle = kind_title(b);
  p->zSubtitle = subtitle(b);
  pRoot = report_node(p, 0, RN_DOCUMENT, p->zTitle);
  reader_note(b, pRoot);
  if( eKind!=REPORT_PORTFOLIO ){
    int i;
    b->aArea = rb_names(b, ENT_AREA, &b->nArea);
    b->aWg = rb_names(b, ENT_WG, &b->nWg);
    b->aInd = rb_names(b, ENT_INDICATOR, &b->nInd);
    goalstat_dialogue_known(pStore, idDialogue, to, knownOn, b->pA,
                            &b->aGoal, &b->nGoal);
    for(i=0; i<b->nGoal; i++){
      rb_hash_row(b, ENT_GOAL, b->aGoal[i].id, b->aGoal[i].aGoal);
      rb_hash_str(b, azStatusName[b->aGoal[i].res.eStatus]);
      rb_hash_str(b, b->aGoal[i].res.zWhy);
    }
  }
  switch( eKind ){
    case REPORT_QUARTERLY: build_quarterly(b, pRoot); break;
    case REPORT_ANNUAL:    build_annual(b, pRoot); break;
    case REPORT_PUBLIC:    build_public(b, pRoot); break;
    default:               rb_part_portfolio(b, pRoot); break;
  }
  crypto_generichash_final(&b->hash, aHash, sizeof(aHash));
  sodium_bin2hex(zHex, sizeof(zHex), aHash, sizeof(aHash));
  p->zDataHash = arena_strdup(b->pA, zHex);
out:
  store_set_viewer(pStore, eSaved);
  if( rc ){
    report_free(p);
    return rc;
  }
  *ppOut = p;
  return ACC_OK;
}
