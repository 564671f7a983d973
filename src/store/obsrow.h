/*
** obsrow.h: the checks of one imported observation, shared by every
** importer (obsrow.c).
**
** `accord import observations` (CSV) and `accord import iati` (IATI
** activity XML) both turn a row of a file into an indicator, a period of
** that indicator's frequency and a finite number before calling
** store_obs_insert().  The checks and their messages live here once, so
** both importers refuse the same things in the same words; each importer
** adds where the value was (line and column, or line and element).
** Indicators are resolved once per file and cached.
*/
#ifndef ACCORD_OBSROW_H
#define ACCORD_OBSROW_H

#include "store.h"

/* A cache of the indicators named by one file, and the store they are
** resolved in.  Free with obsrow_free(). */
typedef struct ObsRows ObsRows;
ObsRows *obsrow_new(Store *pStore);
void obsrow_free(ObsRows *p);

/* Resolve zInd, an indicator's code or id, to its id and frequency.
** ACC_INVALID with "no indicator with code X" (store_ref_resolve()) in
** zErr when there is none the store's viewer may see. */
AccRc obsrow_indicator(ObsRows *p, const char *zInd, int64_t *pId,
                       Freq *peFreq, char *zErr, int nErr);

/* Check that zPeriod is a period ("2025", "2025-Q3", "2025-07") of
** frequency eFreq, the frequency of indicator zInd (named in the
** message); eFreq -1 (the indicator is unknown) checks the spelling only.
** zPeriod NULL is "empty".  ACC_INVALID with the message. */
AccRc obsrow_period(const char *zPeriod, int eFreq, const char *zInd,
                    char *zErr, int nErr);

/* Parse zValue, a finite decimal number, into *pr.  zValue NULL is
** "empty".  ACC_INVALID with the message. */
AccRc obsrow_value(const char *zValue, double *pr, char *zErr, int nErr);

/* The words for a frequency in messages: "month", "YYYY-MM". */
const char *obsrow_freq_noun(Freq e);
const char *obsrow_freq_pattern(Freq e);

#endif
