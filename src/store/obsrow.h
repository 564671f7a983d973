/*
** obsrow.h: the one importer of observations, below every way in
** (obsrow.c).
**
** `accord import observations` (CSV, cli/cmd_import.c), `accord import
** iati` (IATI activity XML, report/iati_read.c) and POST
** /api/v1/import/observations (JSON, web/api_import.c) each read their own
** format; every row then goes through here: the indicator resolved and
** cached, the period of its frequency and begun (unless the indicator
** allows forecasts), the value a finite number (a whole number, 0 or more,
** for a count), and the row written in batches of STORE_OBS_BATCH.  Every
** duplicate is reported -- of a recorded value or of an earlier row of the
** same file -- not only the first.  Each importer adds where the row was
** (line and column, line and element, index and field).
**
** The same rules apply to one observation entered by hand (the CLI, a
** form, the API): store_item_insert() calls obsrow_rules() too.
**
**   ObsRows *pR = obsrow_new(pStore);
**   obsrow_on_duplicate(pR, xDup, pArg);
**   ... inside a transaction, for each row:
**   obsrow_indicator(pR, zInd, &ind, ...), obsrow_period(), obsrow_value(),
**   obsrow_rules(); if all is well obsrow_add(pR, iTag, ...)
**   obsrow_flush(pR);  then commit or roll back
**   obsrow_free(pR);
*/
#ifndef ACCORD_OBSROW_H
#define ACCORD_OBSROW_H

#include "store.h"
#include "replay.h"

/* What the rules need to know of an indicator. */
typedef struct ObsIndicator {
  int64_t id;
  int64_t idDialogue;   /* its dialogue, whose dimensions its cells use */
  Freq eFreq;           /* its frequency */
  int bCount;           /* its values are counts: a count goal measures it,
                        ** or its unit is "count" */
  int bForecast;        /* it allows values for periods not yet begun */
  char zCode[64];       /* its code (cut short if longer), for messages */
  char zUnit[64];       /* its unit ("million USD"), cut short if longer */
  char zStats[200];     /* whose statistics it holds (statistics_of), or
                        ** "" if it names none */
} ObsIndicator;

/* A cache of the indicators named by one file, the store they are
** resolved in and the rows not yet written.  Free with obsrow_free(),
** which discards rows not flushed. */
typedef struct ObsRows ObsRows;
ObsRows *obsrow_new(Store *pStore);
void obsrow_free(ObsRows *p);

/* Resolve zInd, an indicator's code or id, into *pInd.  ACC_INVALID with
** "no indicator with code X" (store_ref_resolve()) in zErr when there is
** none the store's viewer may see. */
AccRc obsrow_indicator(ObsRows *p, const char *zInd, ObsIndicator *pInd,
                       char *zErr, int nErr);

/* Read indicator id from the store into *pInd (no cache): for the checks
** of one observation.  ACC_NOTFOUND if there is none. */
AccRc obsrow_indicator_get(Store *pStore, int64_t id, ObsIndicator *pInd);

/* Check that zPeriod is a period ("2025", "2025-Q3", "2025-07") of
** frequency eFreq, the frequency of indicator zInd (named in the
** message); eFreq -1 (the indicator is unknown) checks the spelling only.
** zPeriod NULL is "empty".  ACC_INVALID with the message. */
AccRc obsrow_period(const char *zPeriod, int eFreq, const char *zInd,
                    char *zErr, int nErr);

/* Parse zValue, a finite decimal number, into *pr.  zValue NULL is
** "empty".  ACC_INVALID with the message. */
AccRc obsrow_value(const char *zValue, double *pr, char *zErr, int nErr);

/* The rules of a value r (written zValue, or NULL to print r) for period
** zPeriod (well formed) of indicator pInd (named zInd) as of day today:
** the period has begun unless the indicator allows forecasts; a count is
** a whole number, 0 or more.  ACC_OK, or ACC_INVALID with the message and
** *pzField set to "period" or "value". */
AccRc obsrow_rules(const ObsIndicator *pInd, const char *zInd,
                   const char *zPeriod, double r, const char *zValue,
                   Date today, const char **pzField, char *zErr, int nErr);

/* Whether cell zCell (well formed, breakdown.h; NULL or "" the total) of
** a value of indicator pInd names only dimensions and values its
** dialogue declares (dimension.h; the declarations read once per
** dialogue and kept).  ACC_OK, or ACC_INVALID with the message and the
** dimension that failed copied to zDim (BREAKDOWN_NAME bytes), so that
** the importer names its field ("dim_sex", "breakdown"). */
AccRc obsrow_cell(ObsRows *p, const ObsIndicator *pInd, const char *zCell,
                  char *zDim, char *zErr, int nErr);

/* An indicator's unit and perspective (docs/status.md 2.4): a value
** is in its indicator's unit and from the statistics it names, and an
** input that states another (zUnit, zStats; NULL or "" when not stated)
** is refused, never mixed into the series.  Compared without regard to
** case and surrounding or repeated spaces; a perspective is checked only
** where the indicator names one.  ACC_OK, or ACC_INVALID with the
** message and *pzField set to "unit" or "statistics_of". */
AccRc obsrow_measure(const ObsIndicator *pInd, const char *zInd,
                     const char *zUnit, const char *zStats,
                     const char **pzField, char *zErr, int nErr);

/* Called for every row that duplicates a recorded value (or an earlier row
** of the import), in the order the rows were added: iTag, zInd and zValue
** as given to obsrow_add(), and the message ("this value for 2025 from
** this source is already recorded").  The callback may call
** obsrow_flush(); it must not call obsrow_add(). */
typedef void (*ObsDupFn)(void *pArg, int64_t iTag, const char *zInd,
                         const char *zValue, const char *zMsg);
void obsrow_on_duplicate(ObsRows *p, ObsDupFn xDup, void *pArg);

/* Queue a checked row for writing; iTag says where it came from (a line,
** an index) and zInd, zValue how the file wrote them, for the callback.
** Writes a batch when one is full.  Inside a transaction the caller
** opened (best with store_begin_bulk()). */
void obsrow_add(ObsRows *p, int64_t iTag, int64_t iIndicator,
                const char *zPeriod, double r, int64_t iSource,
                const char *zNote, const char *zInd, const char *zValue);

/* The same with the note in Serbian zNoteSr (NULL or "" for none) and
** for a cell of a breakdown: zCell well formed (breakdown.h), NULL or ""
** for the total. */
void obsrow_add_cell(ObsRows *p, int64_t iTag, int64_t iIndicator,
                     const char *zPeriod, double r, int64_t iSource,
                     const char *zNote, const char *zNoteSr,
                     const char *zCell, const char *zInd,
                     const char *zValue);

/* Write the queued rows, reporting each duplicate.  Returns how many rows
** were written since obsrow_new(). */
int64_t obsrow_flush(ObsRows *p);

/* Name every row that breaks today's input rules (written before they
** were checked): each as a note to xSay, "input rules: observation 12:
** value: ...".  Changes nothing.  Returns how many were named
** (inputcheck.c). */
int64_t store_input_check(Store *p, Date today, VerifyFn xSay, void *pArg);

/* The words for a frequency in messages: "month", "YYYY-MM". */
const char *obsrow_freq_noun(Freq e);
const char *obsrow_freq_pattern(Freq e);

#endif
