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
  STATUS__MAX
} Status;
extern const char *const azStatusName[STATUS__MAX];  /* "overdue", ... */
extern const char *const azStatusLabel[STATUS__MAX]; /* "Overdue", ... */

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
} StatusConfig;
void status_config_default(StatusConfig *p);

/* One observation as the engine sees it.  Several may share a period
** (two sources that disagree); see the conflict rules in docs/status.md. */
typedef struct ObsPoint {
  Period period;        /* of the indicator's frequency */
  double value;
  int bPreferred;       /* the owner marked this one as the one that counts */
  int64_t iSeq;         /* entry order (observation id): later is larger */
} ObsPoint;

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
  int bDecrease;           /* GROWTH, LEVEL: the goal is a decrease */
  Period baseline;         /* GROWTH, LEVEL: baseline period */
  int bHasBaseline;
  double rBaseline;        /* baseline value when given on the goal */
  int bHasBaselineValue;   /* else taken from the observations */
  Date start;              /* first day the goal applies, or DATE_NONE */
  Date deadline;           /* last day (inclusive), or DATE_NONE */
  Date startedOn;          /* MILESTONE: work began, or DATE_NONE */
  Date achievedOn;         /* MILESTONE: achieved, or DATE_NONE */
} GoalSpec;

/* The result.  zWhy is always a complete sentence (or two). */
typedef struct StatusResult {
  Status eStatus;
  char zWhy[480];          /* the explanation, NUL-terminated */
  double rRatio;           /* progress ratio used for the grade, if bRatio */
  int bRatio;
  double rObservedRate;    /* GROWTH/LEVEL: observed CAGR, percent */
  int bObservedRate;
  Period latest;           /* latest period judged, if bLatest */
  int bLatest;
  double rLatest;          /* its value (aggregated) */
  double rProjected;       /* projected value at projectAt, if bProjection */
  double rTargetAt;        /* the target path's value at projectAt */
  Period projectAt;        /* the period projected to */
  int bProjection;
  int nConflict;           /* periods whose sources disagree unresolved */
} StatusResult;

/* Compute the status of goal *pGoal at date `at` from aObs[0..nObs-1]
** (any order; observations of periods that start after `at` are ignored).
** pCfg may be NULL for the defaults.  Writes *pRes; returns pRes->eStatus.
** Never fails: missing or unusable data gives STATUS_NO_DATA with a
** sentence that says what is missing. */
Status status_compute(const GoalSpec *pGoal, const ObsPoint *aObs, int nObs,
                      Date at, const StatusConfig *pCfg, StatusResult *pRes);

#endif
