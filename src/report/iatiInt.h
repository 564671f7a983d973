/*
** iatiInt.h: what the parts of the IATI export share (iati.c writes a
** dialogue's activity and its results, iati_project.c the activities of
** its projects); not for other modules.
*/
#ifndef ACCORD_IATIINT_H
#define ACCORD_IATIINT_H

#include <libxml/xmlwriter.h>

#include "iati.h"

/* The state of one export. */
typedef struct Ix {
  Store *pStore;
  const IatiOpt *pOpt;
  xmlTextWriterPtr w;
  int bErr;               /* a libxml2 call failed (sticky) */
  Buf *pNotes;
  Arena a;                /* rows read, freed at the end */
} Ix;

/* Which actuals a result gets (ix_goal_result()). */
#define IX_ACT_NONE  0    /* none */
#define IX_ACT_ALL   1    /* every observation, each an actual */
#define IX_ACT_VALUE 2    /* per period, the value that counts */

/* Field zName of a row of entity e: its text (NULL if empty), its date,
** its number (0 if not set). */
const char *ix_ftext(const Value *aVal, int e, const char *zName);
int ix_fdate(const Value *aVal, int e, const char *zName, Date *pOut);
int ix_freal(const Value *aVal, int e, const char *zName, double *pr);

/* The writer, with a sticky error (p->bErr). */
void ix_start(Ix *p, const char *zName);
void ix_end(Ix *p);
void ix_attr(Ix *p, const char *zName, const char *zValue);
void ix_attr_date(Ix *p, const char *zName, Date d);
void ix_attr_num(Ix *p, const char *zName, double r);
void ix_narr(Ix *p, const char *zLang, const char *zText);
void ix_text(Ix *p, const char *zElem, const char *zEn, const char *zSr);
void ix_note(Ix *p, const char *zFmt, ...)
  __attribute__((format(printf, 2, 3)));

/* The result of goal idGoal, if the reader sees it (iati.c).  With
** IX_ACT_ALL, the observations of an indicator already in *pInds are not
** written again, and the indicator is added to it. */
void ix_goal_result(Ix *p, int64_t idGoal, IdList *pInds, int eAct);

/* The sectors of vocabulary 1 (OECD DAC 5-digit) of the areas
** aArea[0..nArea-1]: their codes (areas' "sectors"), each once,
** percentages shared out to add up to 100.  0 if none was written. */
int ix_dac_sectors(Ix *p, Value **aArea, int nArea);

/* The recipient-country of each party of dialogue idD with a country,
** percentages shared out to add up to 100 when there are several.  The
** number written. */
int ix_dialogue_countries(Ix *p, int64_t idD);

/* The related-activity of type 2 (child) for each project of dialogue
** idD the reader sees and ix_projects() writes (iati_project.c). */
void ix_project_children(Ix *p, int64_t idD, const char *zDlgRef,
                         Date dStart);

/* The earliest tentative day of dialogue idD's roadmap steps (planned_on)
** into *pPlanned, and the earliest day one of them was done by the end
** of `at` (store_step_done(): as typed, or as what fulfils it says) into
** *pDone; DATE_NONE where there is none (iati_project.c). */
void ix_step_dates(Ix *p, int64_t idD, Date at, Date *pPlanned,
                   Date *pDone);

/* One iati-activity for each project of dialogue idD (aD) the reader
** sees, after the dialogue's activity, whose identifier is zDlgId, whose
** reporting organisation's identifier zDlgRef and whose start dStart
** (iati_project.c). */
void ix_projects(Ix *p, int64_t idD, const Value *aD, const char *zDlgId,
                 const char *zDlgRef, Date dStart, const char *zUpdated);

#endif
