/*
** planlife.h: what the store works out about the action plan's life
** (027_planlife.sql, docs/design.md "The plan's life"): a goal's life
** (proposed, adopted, revised, retired) as of a day, the goals in force
** on a day, a roadmap step's state from what fulfils it, the commitments
** of ongoing steps judged from the record, the readiness of the
** long-term goal, and the cross-walk between two sets of areas.
** Every function reads as the store's current viewer (store_set_viewer()):
** what the reader may not see is not counted or named.
*/
#ifndef ACCORD_PLANLIFE_H
#define ACCORD_PLANLIFE_H

#include "store.h"

/* One life event of a goal, as the record shows it. */
typedef struct GoalLifeEvent {
  int64_t id;              /* the goal_event row */
  int eKind;               /* index in azGoalEventKind */
  Date on;                 /* its day: its decision's meeting's, or
                           ** dated_on; DATE_NONE if not in effect yet */
  int bPending;            /* decided at a meeting not recorded as held */
  int64_t idDecision;      /* 0 if none (or not visible) */
  int64_t idMeeting;       /* the decision's meeting, 0 if none */
  int64_t idWg;            /* proposed: the working group, 0 if none */
  const char *zProposer;   /* proposed: who, when not a group; or NULL */
  const char *zProposerSr; /* the same in Serbian, or NULL */
  const char *zReason;     /* or NULL */
  const char *zReasonSr;   /* or NULL */
} GoalLifeEvent;

/* A goal's life as of a day. */
typedef struct GoalLife {
  GoalLifeEvent *aEv;      /* every visible event, by day then id */
  int nEv;
  const GoalLifeEvent *pProposed;  /* the first proposal, or NULL */
  const GoalLifeEvent *pAdopted;   /* the latest adoption in effect */
  const GoalLifeEvent *pRevised;   /* the latest revision in effect */
  const GoalLifeEvent *pRetired;   /* a retirement after the adoption */
  const GoalLifeEvent *pPending;   /* an adoption at a meeting not held */
  int bInForce;            /* adopted by `at` and not retired since */
} GoalLife;

/* The life of goal idGoal at the end of day `at`, in pArena. */
AccRc store_goal_life(Store *p, int64_t idGoal, Date at, Arena *pArena,
                      GoalLife *pOut);

/* The action plan of dialogue idDialogue in force at the end of day
** `at`: the goals adopted by then and not retired (pInForce), how many
** goals the reader sees in all, how many are only proposed, and the
** decisions that adopted the goals in force (pDecisions, each once). */
typedef struct PlanInForce {
  IdList inForce;
  IdList decisions;
  int nGoal;
  int nProposed;           /* proposed, never adopted by `at` */
} PlanInForce;
AccRc store_plan_in_force(Store *p, int64_t idDialogue, Date at,
                          PlanInForce *pOut);
void store_plan_free(PlanInForce *pPlan);

/* A roadmap step's state at the end of day `at`.  A sentence says why:
** zFmt is its English text, the message id of the catalogue, and azArg
** its arguments (all text, %s in order, or %N$s in a translation);
** store_step_say() writes it with a translated format. */
typedef struct StepState {
  Date done;               /* done on: its typed done_on, or the day the
                           ** last thing that fulfils it is on the
                           ** record; DATE_NONE if not done by `at` */
  int bByRecord;           /* done (or not) as what fulfils it says */
  int nFulfil, nMet;       /* what fulfils it: named, on the record */
  int eCommit;             /* index in azCommitment; 0 none */
  int eStatus;             /* a commitment's Status, or -1 */
  const char *zFmt;        /* English sentence format, or NULL */
  const char *azArg[5];    /* its arguments ("" when unused) */
} StepState;
AccRc store_step_state(Store *p, int64_t idStep, const Value *aStep,
                       Date at, Arena *pArena, StepState *pOut);
/* The day step idStep (row aStep) is done by the end of `at`, as
** store_step_state() says (its typed done_on, or the day the last thing
** that fulfils it is on the record), without judging its commitment; or
** DATE_NONE.  What the dashboard's upcoming dates, the iCalendar feed
** and the IATI export read. */
Date store_step_done(Store *p, int64_t idStep, const Value *aStep, Date at,
                     Arena *pArena);
/* The sentence of s with format zFmt (zFmt: s->zFmt, or its translation),
** in pArena; "" if none. */
char *store_step_say(const StepState *s, const char *zFmt, Arena *pArena);
/* The same for a reader of eLang (L10N_* of l10n.h; planlife_say.c):
** the format and the words among the arguments ("none", "not yet")
** through xTr(pCtx, English), days and periods in words in the case the
** translation gives them (l10n_fill(): "since 11 January 2025", "none in
** Q3 2025"; "od 11. januara 2025.", "nijedan u III kvartalu 2025."). */
char *store_step_say_tr(const StepState *s, int eLang,
                        const char *(*xTr)(void*, const char*), void *pCtx,
                        Arena *pArena);
/* Every sentence format store_step_state() may give (for the catalogue
** checks), NULL-ended. */
extern const char *const azStepSay[];

/* One readiness criterion of a dialogue's long-term goal. */
typedef struct ReadinessCrit {
  int64_t id;
  int64_t idGoal, idStep;  /* one of them is set */
  int64_t idDecision;      /* the decision that set it, 0 if none */
  int bMet;                /* goal achieved / step done by `at` */
} ReadinessCrit;
/* The criteria of dialogue idDialogue's long-term goal the reader sees,
** in order of position then id, in pArena, and how many are met. */
AccRc store_readiness(Store *p, int64_t idDialogue, Date at, Arena *pArena,
                      ReadinessCrit **paOut, int *pn, int *pnMet);

/* The areas of the other set that area idArea falls under (the rows of
** area_crosswalk with its area_id), and the areas that fall under it
** (those with its sector_id), visible to the reader, appended. */
void store_crosswalk_to(Store *p, int64_t idArea, IdList *pOut);
void store_crosswalk_from(Store *p, int64_t idArea, IdList *pOut);

/* A translation of message id z (English) for the reader, e.g. the web's
** tr() or the identity; what the words functions below take. */
typedef const char *(*PlSay)(void *pCtx, const char *z);
/* Goal pL's life in words: "Proposed by X; adopted by decision N of
** meeting M (day)." or "...; not yet adopted by a meeting.", revised and
** retired with their reasons (planlife_say.c), for a reader of eLang
** (L10N_* of l10n.h: names in Serbian and days as l10n_date() writes them
** for a Serbian reader; -1: English with the days as "2025-01-11", for
** JSON); in pArena.  Its message ids: azGoalLifeSay (NULL-ended). */
char *store_goal_life_say(Store *p, const GoalLife *pL, int eLang,
                          PlSay xTr, void *pCtx, Arena *pArena);
extern const char *const azGoalLifeSay[];
/* pL and s as JSON (the API, `accord show --json`); the caller owns the
** reference. */
struct json_t;
struct json_t *store_goal_life_json(Store *p, const GoalLife *pL,
                                    Arena *pArena);
struct json_t *store_step_state_json(const StepState *s, Arena *pArena);

/* The rules of a row of the plan's kinds that need the database: what
** it refers to belongs to the same dialogue, a cross-walk joins areas
** of two different sets.  ACC_OK, or ACC_INVALID naming the field. */
AccRc store_plan_crosscheck(Store *p, int e, const Value *aVal, char *zErr,
                            int nErr);

#endif
