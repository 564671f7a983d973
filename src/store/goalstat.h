/*
** goalstat.h: the status of goals as read from the store (goalstat.c).
*/
#ifndef ACCORD_GOALSTAT_H
#define ACCORD_GOALSTAT_H

#include "store.h"

/* One goal and its status. */
typedef struct GoalStatus {
  int64_t id;            /* the goal */
  Value *aGoal;          /* its row (aEntity[ENT_GOAL] fields) */
  Value *aIndicator;     /* its indicator's row, or NULL */
  StatusResult res;      /* the verdict */
} GoalStatus;

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

#endif
