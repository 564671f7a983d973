/*
** goalstat.h: the status of goals as read from the store (goalstat.c).
*/
#ifndef ACCORD_GOALSTAT_H
#define ACCORD_GOALSTAT_H

#include "store.h"

/* A source of the figures of a goal's indicator. */
typedef struct GoalSource {
  int64_t id;
  const char *zCode, *zTitle, *zPublisher;  /* zPublisher may be NULL */
  const char *zShort;    /* as sentences name it ("U.S. Census Bureau") */
} GoalSource;

/* One goal and its status. */
typedef struct GoalStatus {
  int64_t id;            /* the goal */
  Value *aGoal;          /* its row (aEntity[ENT_GOAL] fields) */
  Value *aIndicator;     /* its indicator's row, or NULL */
  StatusResult res;      /* the verdict */
  Date at;               /* as of the end of this day */
  Date knownOn;          /* with the data entered by this day, or DATE_NONE */
  GoalSource *aSource;   /* the sources of its observations (and the
                         ** indicator's source of record) */
  int nSource;
} GoalStatus;

/* The source id of goal g's figures, or NULL if not among them. */
const GoalSource *goalstat_source(const GoalStatus *g, int64_t id);

/* The thresholds of dialogue idDialogue (defaults where it sets none). */
void goalstat_config(Store *p, int64_t idDialogue, StatusConfig *pCfg);

/* The status of goal idGoal at date `at`.  Rows are allocated in pArena.
** ACC_NOTFOUND if there is no such goal. */
AccRc goalstat_get(Store *p, int64_t idGoal, Date at,
                   const StatusConfig *pCfg, Arena *pArena,
                   GoalStatus *pOut);

/* The status of every goal of a dialogue, in id order: an array of
** *pnOut entries allocated in pArena. */
AccRc goalstat_dialogue(Store *p, int64_t idDialogue, Date at,
                        Arena *pArena, GoalStatus **paOut, int *pnOut);

/* The same as of the end of day `at`, with only the observations entered
** on or before day knownOn (DATE_NONE: all), so that a past report can be
** read again as its readers saw it (`--known-on`). */
AccRc goalstat_get_known(Store *p, int64_t idGoal, Date at, Date knownOn,
                         const StatusConfig *pCfg, Arena *pArena,
                         GoalStatus *pOut);
AccRc goalstat_dialogue_known(Store *p, int64_t idDialogue, Date at,
                              Date knownOn, Arena *pArena,
                              GoalStatus **paOut, int *pnOut);

/* The verdict of g as JSON members added to object pObj: status,
** explanation, ratio, observed_rate_pct, latest, projection, conflicts,
** source (of every judged figure), figures (each judged period: value,
** source code, title, publisher, revised, preferred, baseline) and
** verdicts (per source, when they were judged apart).  The one writer
** of `accord status --json`, `accord show` and the API (goalstat_json.c). */
struct json_t;
void goalstat_json(const GoalStatus *g, struct json_t *pObj);

/* Goal g as JSON: its row (store_item_json()), its area's name as
** "area" (null if none) and goalstat_json()'s members. */
struct json_t *goalstat_goal_json(Store *p, const GoalStatus *g,
                                  Arena *pArena);

/* What a reader adds to each goal's object (the API: "localized"). */
typedef void (*GoalJsonHook)(void *pCtx, const GoalStatus *g,
                             struct json_t *pObj);

/* The status of the goals aG[0..nG) of dialogue idDialogue (row aD) at
** `at` as one JSON object: dialogue_id, dialogue (code), title, at,
** known_on (when knownOn is a date), counts (goals per status, every
** status named) and goals (in the order given: each goal's row, its
** area's name as "area" and goalstat_json()'s members, then what xGoal
** adds).  The one writer of `accord status --json` and GET
** /api/v1/dialogues/{id}/status. */
struct json_t *goalstat_dialogue_json(Store *p, int64_t idDialogue,
                                      const Value *aD, Date at, Date knownOn,
                                      const GoalStatus *aG, int nG,
                                      Arena *pArena, GoalJsonHook xGoal,
                                      void *pCtx);

#endif
