/*
** status.h: the status engine.
**
** Computes the status of one goal at one date from the goal's target and
** its indicator's observations: achieved, on track, at risk, off track,
** overdue, not started or no data, with one plain-English sentence that
** explains it and, where the data allows, a projection to the deadline.
** Pure computation: no I/O, no SQL, no allocation.  The exact rules are
** written down in docs/status.md; tests/unit/status.c checks every goal
** kind against every status.
*/
#ifndef ACCORD_STATUS_H
#define ACCORD_STATUS_H

#include "period.h"

/* Statuses, in the order a dashboard sorts them (worst first).  The
** store keeps the names of azStatusName; released names never change. */
typedef enum Status {
  STATUS_OVERDUE = 0,   /* deadline passed without the target met */
  STATUS_OFF_TRACK,     /* progress far below what the target needs */
  STATUS_AT_RISK,       /* progress below what the target needs */
  STATUS_ON_TRACK,      /* progress enough to meet the target */
  STATUS_ACHIEVED,      /* target met */
  STATUS_NOT_STARTED,   /* the goal's start lies after the date asked */
  STATUS_NO_DATA,       /* not enough data to judge */
  STATUS_DISPUTED,      /* sources disagree and give different verdicts;
                        ** sorted with the worst (aStatusOrder) */
  STATUS__MAX
} Status;
extern const char *const azStatusName[STATUS__MAX];  /* "overdue", ... */
extern const char *const azStatusLabel[STATUS__MAX]; /* "Overdue", ... */
/* Every status, worst first, as a dashboard sorts them: disputed, then
** overdue, off track, ... no data.  status_rank() is the position. */
extern const Status aStatusOrder[STATUS__MAX];
int status_rank(Status e);

/* Kinds of goal (MISSION.md "Action plan and goal"). */
typedef enum GoalKind {
  GOAL_GROWTH = 0,     /* grow an indicator by rate % per period */
  GOAL_COUNT_PERIOD,   /* at least N per period ("3 exercises annually") */
  GOAL_COUNT_WINDOW,   /* at least N between start and deadline */
  GOAL_MILESTONE,      /* a one-off event, with or without a deadline */
  GOAL_LEVEL,          /* an indicator reaching a value by a date */
  GOAL__MAX
} GoalKind;
extern const char *const azGoalKindName[GOAL__MAX]; /* "growth", ... */

/* How an indicator's finer periods add up to a coarser one. */
typedef enum Agg {
  AGG_SUM = 0,    /* flows: trade, counts */
  AGG_LAST,       /* stocks: employees at period end */
  AGG_MEAN,       /* rates and averages */
  AGG__MAX
} Agg;
extern const char *const azAggName[AGG__MAX];  /* "sum", "last", "mean" */

/* Thresholds, configurable per dialogue; status_config_default() gives
** the documented defaults. */
typedef struct StatusConfig {
  double rOnTrack;      /* progress ratio at or above: on track (0.95) */
  double rAtRisk;       /* at or above, below rOnTrack: at risk (0.60);
                        ** below: off track */
  int nHorizonDays;     /* a milestone not started this close to its
                        ** deadline is at risk (90) */
  int nMinYtdMonths;    /* months of a year in progress needed before the
                        ** engine comments on the year to date (3) */
  int nStalePeriods;    /* GROWTH, LEVEL: a latest figure this many
                        ** closed periods (of the goal; level goals: of
                        ** the indicator) old or older is not graded:
                        ** NO_DATA, "no figure since 2019" (2) */
} StatusConfig;
void status_config_default(StatusConfig *p);

/* One observation as the engine sees it.  Several may share a period
** (two sources that disagree); see the conflict rules in docs/status.md. */
typedef struct ObsPoint {
  Period period;        /* of the indicator's frequency */
  double value;
  int bPreferred;       /* the owner marked this one as the one that counts */
  int64_t iSeq;         /* entry order (observation id): later is larger */
  int64_t iSource;      /* its source (source id), 0 if none is named */
  int bEvent;           /* an event (a count goal's record) on day `day`:
                        ** it counts 1 in the indicator period that
                        ** contains the day; `period` and `value` are not
                        ** read.  Events add up, never compete. */
  Date day;             /* bEvent: the day it took place */
  int64_t iChoice;      /* bPreferred: the iSeq of the latest value of the
                        ** period when the owner chose this one (0: the
                        ** choice covers every value).  A disagreeing
                        ** value of another source with a larger iSeq
                        ** reopens the choice (docs/status.md 2.4). */
} ObsPoint;

/* A source as sentences name it: the short form of its publisher
** ("U.S. Census Bureau"). */
typedef struct StatusSource {
  int64_t id;
  const char *zShort;
} StatusSource;

/* What the engine needs to know about a goal.  Fields a kind does not use
** are ignored; "has" flags say whether an optional value is set. */
typedef struct GoalSpec {
  GoalKind eKind;
  const char *zIndicator;  /* indicator name for sentences ("total trade") */
  const char *zUnit;       /* unit for sentences ("million USD"), or NULL */
  Freq eIndFreq;           /* the indicator's frequency */
  Agg eAgg;                /* how its periods aggregate */
  Freq ePeriod;            /* GROWTH, COUNT_PERIOD: the goal's period */
  double rTarget;          /* GROWTH: rate in percent per period (10 = 10 %);
                           ** COUNT_*: the count; LEVEL: the value */
  int bHasTarget;
  int bCompound;           /* GROWTH: compounding (1) or simple (0) */
  int bDecrease;           /* GROWTH, LEVEL: the goal is a decrease;
                           ** COUNT_*: at most rTarget ("at most 2
                           ** incidents a year") */
  Period baseline;         /* GROWTH, LEVEL: baseline period */
  int bHasBaseline;
  double rBaseline;        /* baseline value when given on the goal */
  int bHasBaselineValue;   /* else taken from the observations */
  Date start;              /* first day the goal applies, or DATE_NONE */
  Date deadline;           /* last day (inclusive), or DATE_NONE */
  Date startedOn;          /* MILESTONE: work began, or DATE_NONE */
  Date achievedOn;         /* MILESTONE: achieved, or DATE_NONE */
  int64_t iSourceOfRecord; /* the indicator's source of record, or 0: only
                           ** its values (and preferred ones) are graded */
  const StatusSource *aSource;  /* names of the sources, for sentences */
  int nSource;
  int nCellOnly;           /* periods for which only a breakdown was
                           ** recorded, no total (docs/design.md,
                           ** "Breakdowns"): said, never added up */
  Period cellOnly;         /* the latest of them, if nCellOnly>0 */
} GoalSpec;

/* One figure the judgement used: a period's value and where it came
** from.  Goal periods aggregated from finer ones name their source if
** every sub-period has the same one. */
#define STATUS_SRC_MIXED (-1)   /* iSource: several sources */
typedef struct StatusFigure {
  Period period;           /* the period (of the goal or the indicator) */
  double value;            /* its value as judged */
  int64_t iSource;         /* source id, 0 none named, STATUS_SRC_MIXED */
  short nHave, nSub;       /* sub-periods with data / looked at */
  unsigned char bRevised;  /* a later value of the same source replaced
                           ** an earlier one */
  unsigned char bPreferred;/* the owner chose the value */
  unsigned char bBaseline; /* the baseline of the comparison */
  unsigned char bEvents;   /* the value is a number of events */
  unsigned char bMissing;  /* a closed period with nothing reported: it
                           ** counts as missed (count goals) */
} StatusFigure;
#define STATUS_MAXFIG 8

/* The verdict on one source's own series, when sources disagree. */
typedef struct StatusVerdict {
  int64_t iSource;         /* source id, 0 for values that name none */
  Status eStatus;
  Period latest;           /* latest period judged, if bLatest */
  int bLatest;
  double rLatest;
} StatusVerdict;
#define STATUS_MAXSRC 4

/* A period whose owner's choice was reopened: after the owner chose a
** value (of source iChosen), another source (iSource) gave a value that
** disagrees with it. */
typedef struct StatusReopen {
  Period period;           /* of the indicator */
  int64_t iChosen;         /* source of the value the owner chose */
  double rChosen;          /* the value that counted */
  int64_t iSource;         /* the source of the new value */
  double rNew;             /* its value */
} StatusReopen;

/* Whether the owner's choice in one indicator period is reopened, by the
** rules the engine applies (docs/status.md 2.4): aObs[0..nObs-1] are the
** observations of that period, in any order (events are ignored).
** Returns 1 and fills *pOut (its period that of the observations) if a
** preferred value exists and a later value of another source disagrees
** with it; else 0. */
int status_choice_reopened(const ObsPoint *aObs, int nObs,
                           StatusReopen *pOut);

/* Whether the values of one indicator period aObs[0..nObs-1] wait for a
** decision (what `accord conflicts`, the API and the pages list): they
** disagree and no owner's choice stands.  0: no; STATUS_OPEN_UNCHOSEN:
** none was made; STATUS_OPEN_REOPENED: a later disagreeing value of
** another source reopened it (status_choice_reopened()). */
#define STATUS_OPEN_UNCHOSEN 1
#define STATUS_OPEN_REOPENED 2
int status_period_open(const ObsPoint *aObs, int nObs);

/* The value that counts for one indicator period, by the rules the engine
** applies to its series (docs/status.md 2.4), whatever the order of
** aObs[0..nObs-1] (the observations of that period; events are ignored):
** the owner's choice unless reopened, the sources' common value, or, where
** they disagree, the value of the first source in source order (named
** sources by id, then values without one).  With bOnly, only the values
** of source iOnly (the source of record) and preferred ones are read.
** Returns 1 with *pr set, or 0 if nothing counts. */
int status_period_value(const ObsPoint *aObs, int nObs, int bOnly,
                        int64_t iOnly, double *pr);

/* The order of sources when nothing else decides, as the engine uses it:
** named sources by id, then values without one (0).  <0 if a comes
** first. */
int status_source_order(int64_t a, int64_t b);

/* Room for a sentence as message ids and arguments (StatusResult). */
#define STATUS_MSGSZ 3072

/* The result.  zWhy is always a complete sentence (or two). */
typedef struct StatusResult {
  Status eStatus;
  char zWhy[1024];         /* the explanation, NUL-terminated */
  char zMsg[STATUS_MSGSZ]; /* the same as message ids and arguments, for
                           ** status_why_lang() (status_say.c) */
  double rRatio;           /* progress ratio used for the grade, if bRatio */
  int bRatio;
  double rObservedRate;    /* GROWTH/LEVEL: observed CAGR, percent */
  int bObservedRate;
  Period latest;           /* latest period judged, if bLatest */
  int bLatest;
  double rLatest;          /* its value (aggregated) */
  int bNotReported;        /* COUNT_*: the latest period judged is closed
                           ** and nothing was reported for it (rLatest
                           ** is 0; it counts as missed) */
  double rProjected;       /* projected value at projectAt, if bProjection */
  double rTargetAt;        /* the target path's value at projectAt */
  Period projectAt;        /* the period projected to */
  int bProjection;
  int nConflict;           /* periods whose sources disagree unresolved */
  int bYtd;                /* GROWTH: the year to date was compared with
                           ** the same months of the year before */
  double rYtdPct;          /* that change, percent */
  int bYtdAgainst;         /* the year to date runs against a favourable
                           ** verdict: show a warning beside the status */
  int nDue, nReported;     /* closed periods the goal needed a figure for,
                           ** and those that have one (completeness) */
  int64_t iSource;         /* the source of every judged figure: its id,
                           ** 0 if none is named, STATUS_SRC_MIXED */
  StatusFigure aFig[STATUS_MAXFIG];   /* the figures judged */
  int nFig;
  StatusVerdict aVerdict[STATUS_MAXSRC]; /* per source, when the figures
                           ** judged are disputed (nVerdict>1) */
  int nVerdict;
  int nReopen;             /* periods the judgement used whose owner's
                           ** choice a later disagreeing value reopened */
  StatusReopen reopen;     /* the latest of them, if nReopen>0 */
} StatusResult;

/* Compute the status of goal *pGoal at date `at` from aObs[0..nObs-1]
** (any order; observations of periods that start after `at` are ignored),
** as of the end of day `at`: a period whose last day is `at` is complete.
** The result does not depend on the order of aObs, nor on iSeq except
** between values of one source for one period (the later is a revision).
** pCfg may be NULL for the defaults.  Writes *pRes; returns pRes->eStatus.
** Never fails: missing or unusable data gives STATUS_NO_DATA with a
** sentence that says what is missing. */
Status status_compute(const GoalSpec *pGoal, const ObsPoint *aObs, int nObs,
                      Date at, const StatusConfig *pCfg, StatusResult *pRes);

/* A catalogue look-up: the English message zMsg in language eLang
** (0 English, 1 Serbian Latin, 2 Serbian Cyrillic, as l10n.h), or zMsg
** itself when it has no translation.  i18n_msg() (src/util/msgcat.h). */
typedef const char *(*StatusTr)(int eLang, const char *zMsg);

/* The explanation of *r in language eLang, built from its message ids
** and arguments (never from the English text): formats through xTr,
** numbers with the language's decimal mark, days and periods as the
** language writes them, the indicator's name as zName and its unit as
** zUnit (in the reader's language and script; NULL: as the engine was
** given them).  English too is
** rendered so ("Q3 2025", "11 January 2025"), where zWhy keeps the plain
** codes for machines.  Written into zOut (nOut bytes, cut if longer);
** returns zOut.  Pure: see status_say.c. */
const char *status_why_lang(const StatusResult *r, int eLang, StatusTr xTr,
                            const char *zName, const char *zUnit,
                            char *zOut, size_t nOut);

/* The words the engine passes as arguments of its sentences (NULL-ended),
** each translated through the catalogue: tests/i18n-check. */
extern const char *const azStatusSayWord[];

#endif
