/*
** statusInt.h: internals shared by the files of the status engine.
**
** The engine is split by goal kind, like btree.c/btreeInt.h in SQLite:
** status.c validates the input, builds the resolved series of the
** indicator, formats numbers and sentences, judges milestones and
** dispatches on the kind; status_source.c names the sources of the
** figures judged and judges each source apart when they disagree;
** status_growth.c judges GOAL_GROWTH and
** GOAL_LEVEL; status_count.c judges GOAL_COUNT_PERIOD and
** GOAL_COUNT_WINDOW.  Nothing here is part of the public interface
** (status.h).  The rules are written down in docs/status.md.
*/
#ifndef ACCORD_STATUSINT_H
#define ACCORD_STATUSINT_H

#include "status.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__) || defined(__clang__)
# define STATUS_PRINTF(i, j) __attribute__((format(printf, i, j)))
#else
# define STATUS_PRINTF(i, j)
#endif

/* The series keeps at most this many indicator periods, the last one
** being the period that contains the date asked: 100 years of months,
** 300 of quarters, 1,200 of years.  Older observations are ignored. */
#define STATUS_WINDOW 1200

#define STATUS_NUMSZ 48      /* room for one number from status_fmt_num() */
#define STATUS_NAMESZ 120    /* indicator name as quoted in sentences */
#define STATUS_UNITSZ 64     /* " unit" as appended to values */

/* The latest value of one source for one indicator period. */
typedef struct StatusEntry {
  int64_t iSource;        /* source id, 0 if none is named */
  int64_t iSeq;           /* iSeq of its latest observation */
  double value;           /* its value */
} StatusEntry;

/* At most this many sources are told apart in one period; values of
** further sources only mark the period as disagreeing. */
#define STATUS_SLOTSRC 4

/* One indicator period of the resolved series: the value that counts
** after the conflict rules (docs/status.md 2.3), and what the rules saw. */
typedef struct StatusSlot {
  double value;           /* the value that counts, if bHas */
  int64_t iSource;        /* its source */
  int64_t iPrefSeq;       /* iSeq of the preferred observation, if bPref */
  StatusEntry aE[STATUS_SLOTSRC];  /* each source's latest value */
  unsigned char nE;       /* entries used in aE */
  unsigned char bHas;     /* at least one valid observation */
  unsigned char bPref;    /* the value comes from a preferred observation */
  unsigned char bDiffer;  /* the sources' latest values disagree and no
                          ** preferred one resolves it */
  unsigned char bOver;    /* more sources than aE holds */
  unsigned char bRevised; /* a source gave more than one value */
  unsigned char bUsed;    /* the judgement read this period */
  unsigned char bEv;      /* the value is the number of its events */
  int nEvent;             /* events dated in the period */
  int64_t iEvSource;      /* their source, STATUS_SRC_MIXED if several */
  int64_t iChoice;        /* bPref: iChoice of the preferred observation */
  unsigned char bReopen;  /* a later value of another source disagrees
                          ** with the owner's choice: it no longer counts */
  int64_t iReSource;      /* bReopen: the source of that value */
  double rReNew;          /* its value */
  int64_t iReChosen;      /* the source of the value chosen */
  double rReChosen;       /* the value chosen (as revised by its source) */
} StatusSlot;

/* A goal period (or a prefix of it) aggregated from indicator periods. */
typedef struct StatusAgg {
  double v;               /* aggregated value, meaningful if nHave>0 */
  int nHave;              /* sub-periods with data */
  int nSub;               /* sub-periods looked at */
  int bDateComplete;      /* the period's last day is before `at` */
  int bComplete;          /* bDateComplete and every sub-period has data */
} StatusAgg;

/* Everything one call of status_compute() works with.  It lives on the
** caller's stack (about 30 KB, mostly aSlot). */
typedef struct StatusCtx {
  const GoalSpec *pGoal;  /* the goal judged */
  Date at;                /* the date asked */
  StatusConfig cfg;       /* thresholds, sanitized */
  StatusResult *pRes;     /* where the result goes */
  size_t nWhy;            /* bytes used in pRes->zWhy */
  int bWhyFull;           /* zWhy was truncated; further appends dropped */
  size_t nMsg;            /* bytes used in pRes->zMsg (status_say.c) */
  int bMsgFull;           /* zMsg ran out of room */
  Freq eInd;              /* the indicator's frequency */
  Freq eGoal;             /* the goal's period (GROWTH, COUNT_PERIOD) */
  int64_t iFirst;         /* period index (eInd) of aSlot[0] */
  int64_t iLast;          /* period index (eInd) of the last slot */
  char zName[STATUS_NAMESZ];    /* indicator name, as given */
  char zNameCap[STATUS_NAMESZ]; /* the same, first letter capitalised */
  char zUnit[STATUS_UNITSZ];    /* " million USD", or "" */
  int bOnly;              /* read only the values of source iOnly (and
                          ** preferred ones) */
  int64_t iOnly;
  const ObsPoint *aObs;   /* the observations and events judged */
  int nObs;
  StatusSlot aSlot[STATUS_WINDOW];  /* iFirst..iLast */
} StatusCtx;

/* status.c: sentences and numbers. */
void status_why_appendf(StatusCtx*, const char *zFmt, ...) STATUS_PRINTF(2,3);
const char *status_fmt_num(double v, char *z);
/* status_say.c: the sentence as message ids and arguments. */
void status_say_record(StatusCtx*, const char *zFmt, va_list ap);
void status_say_unstop(StatusCtx*);
const char *status_fmt_pct(double v, char *z);
const char *status_fmt_period(Freq e, int64_t i, char *z);
const char *status_freq_word(Freq e);
const char *status_freq_adjective(Freq e);

/* status.c: the resolved series and its aggregation. */
int64_t status_index_at(Date x, Freq e);
int status_period_ok(Period p);
int status_slot_get(StatusCtx*, int64_t i, double *pV, int bMark);
int status_sub_count(const StatusCtx*, Freq eTo);
void status_agg(StatusCtx*, Freq eTo, int64_t iGoal, int nMax, int bMark,
                StatusAgg *pOut);
int64_t status_first_goal_with_data(const StatusCtx*, Freq eTo);
StatusFigure *status_fig_add(StatusCtx*, Period, double v, int64_t iSource,
                             int nHave, int nSub, int bRevised, int bPref);
void status_fig_missing(StatusCtx*, Period);
void status_mark_baseline(StatusCtx*, Period);
Status status_grade(const StatusCtx*, double rRatio);
void status_set(StatusCtx*, Status e);

/* status.c: one judgement on the series the context reads. */
void status_ctx_init(StatusCtx*, const GoalSpec*, Date at,
                     const StatusConfig*, StatusResult*);
void status_judge_once(StatusCtx*, const ObsPoint *aObs, int nObs);
void status_why_force(StatusCtx*, const char *zFmt, ...) STATUS_PRINTF(2,3);

/* status_series.c: one value per period out of the observations (the
** conflict rules), whatever their order. */
int status_date_ok(Date x);
void status_series_build(StatusCtx*, const ObsPoint *aObs, int nObs);
int status_series_reopened(const StatusCtx*, StatusReopen *pOut);
int status_series_conflicts(const StatusCtx*);

/* status_stale.c: how current and how complete the figures are. */
int status_stale(StatusCtx*, Freq e, int64_t t);
void status_completeness(StatusCtx*, int *pnDue, int *pnRep);

/* status_source.c: the rules on sources. */
int status_source_cmp(int64_t a, int64_t b);
void status_sources(StatusCtx*, const ObsPoint *aObs, int nObs);
void status_why_reopen(StatusCtx*, int nReopen, const StatusReopen*);

/* status_growth.c and status_count.c: one judge per goal kind. */
void status_growth(StatusCtx*);
void status_level(StatusCtx*);
void status_count_period(StatusCtx*);
void status_count_window(StatusCtx*);

#endif
