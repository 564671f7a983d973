/*
** iati.h: the results of dialogues as IATI 2.03 activity XML, out and in.
**
** iati.c writes one iati-activity per dialogue: the dialogue is the
** activity, its parties the participating organisations, its goals the
** results, and each goal's indicator (or, for a milestone, the goal
** itself) the result's indicator, with the goal's baseline, its target
** path as targets per period, and the indicator's observations as actuals
** per period.  Only what the store's viewer may see is read
** (store_set_viewer()), so a file for publication is written with the
** viewer at CLASS_PUBLIC.  The mapping, element by element, is in
** docs/iati.md.
**
** iati_read.c reads an activity file (Accord's or anyone's) after
** checking it against the official schema (iati_schema.c), and loads the
** actuals of quantitative indicators as observations of the Accord
** indicators named by indicator/reference/@code, with the checks of the
** CSV importer (obsrow.h) and all-or-nothing.  What it cannot load (an
** indicator of another organisation, a disaggregated value, a target
** without actuals, the results of a child activity whose parent is in the
** same file, as a project's under its dialogue's) it skips, and says so.
** iati_project.c writes the activities of a dialogue's projects.
*/
#ifndef ACCORD_IATI_H
#define ACCORD_IATI_H

#include <stdint.h>

#include "../core/model.h"
#include "../store/store.h"
#include "../util/util.h"

/* What to export. */
typedef struct IatiOpt {
  int64_t idDialogue;     /* the dialogue, or 0 for every visible dialogue
                          ** that has a visible goal */
  const char *zOrgRef;    /* reporting-org/@ref (the publisher's registered
                          ** organisation identifier), or NULL: then each
                          ** activity uses its dialogue's code, and a note
                          ** says so */
  Date today;             /* open-ended target paths run to the period
                          ** containing this date */
} IatiOpt;

/* Append the IATI activities XML of the dialogue(s) of pOpt to *pOut.
** Dialogues that cannot make a valid activity (no launch or target date
** for activity-date) and goals whose indicator the viewer may not see are
** left out, each with a line of explanation appended to *pNotes.
** ACC_NOTFOUND if no dialogue has anything to export; ACC_IO if libxml2
** fails.  The message goes to zErr. */
AccRc iati_export(Store *pStore, const IatiOpt *pOpt, Buf *pOut,
                  Buf *pNotes, char *zErr, int nErr);

/* Why part of a file was not imported (IatiImport.aSkip). */
typedef enum IatiSkip {
  IATI_SKIP_NO_ACTUAL = 0,  /* a period with targets only */
  IATI_SKIP_QUALITATIVE,    /* a period of a qualitative indicator */
  IATI_SKIP_NO_CODE,        /* a period of an indicator with no Accord
                            ** code (no reference of vocabulary 99) */
  IATI_SKIP_UNKNOWN,        /* ... whose code names no indicator here */
  IATI_SKIP_DIMENSION,      /* an actual disaggregated by a dimension */
  IATI_SKIP_CHILD,          /* a period of an activity whose parent
                            ** activity (related-activity type 1) is in
                            ** the file: the parent's figures count */
  IATI_SKIP__MAX
} IatiSkip;
/* What was skipped, in words: "%lld periods with targets only", ... */
extern const char *const azIatiSkip[IATI_SKIP__MAX];

/* The outcome of an import. */
typedef struct IatiImport {
  int64_t nObs;           /* observations inserted */
  int64_t aSkip[IATI_SKIP__MAX];  /* what was skipped, by reason */
  int aSkipLine[IATI_SKIP__MAX];  /* ... the first of each, its line */
  int nErr;               /* errors found; then nothing was imported */
} IatiImport;

/* Check zFile against the IATI 2.03 activity schema built into the
** binary.  On the first error (not well-formed, or not valid), append one
** line "accord: FILE: line N: WHAT: MESSAGE" to *pErrs and return
** ACC_INVALID; ACC_IO if the file cannot be read.  In iati_schema.c. */
AccRc iati_validate(const char *zFile, Buf *pErrs);

/* Import the actuals of zFile into the store, in one transaction, as the
** store's actor; the audit log gets one entry like the CSV import's.
** The file is first checked against the schema (iati_validate()): an
** invalid file is refused with its first error and nothing else is read.
** Every error is appended to *pErrs as one line "FILE: line N: WHERE:
** MESSAGE" (WHERE names the element or attribute), up to 20 and a count
** of the rest; any error rolls everything back.  A valid file with
** nothing to import is not an error: pOut->nObs is 0 and aSkip says why.  With bDry, checks
** without importing.  Returns ACC_OK, ACC_INVALID (errors in the file),
** ACC_IO (cannot read it) or ACC_BUSY. */
AccRc iati_import(Store *pStore, const char *zFile, int bDry,
                  IatiImport *pOut, Buf *pErrs);

#endif
