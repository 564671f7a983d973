/*
** project.h: what the store works out about cooperation projects
** (024_projects.sql): a project's progress, the projects that serve a
** goal or belong to a working group or dialogue, and its funding totals.
** Every function reads as the store's current viewer (store_set_viewer()):
** what the reader may not see is not counted, named or summed.
*/
#ifndef ACCORD_PROJECT_H
#define ACCORD_PROJECT_H

#include "store.h"

/* A project's progress, and how it was found. */
typedef struct ProjectProgress {
  int bDeclared;   /* 1: the parties' declared percentage (progress_by) */
  int nDone;       /* activities done */
  int nCounted;    /* activities counted: all but the cancelled */
  int iPct;        /* 0..100, or -1 if unknown (no activities counted) */
} ProjectProgress;

/* The progress of project id (whose row, read as the viewer, is aProj):
** the declared percentage if progress_by is "declared", else the share
** of its visible activities that are done, cancelled ones left out. */
void store_project_progress(Store *p, int64_t id, const Value *aProj,
                            ProjectProgress *pOut);

/* Write the progress as words into zOut: "1 of 2 activities done (50%)",
** "40% (declared)" or "no activities recorded" (English; the pages and
** reports translate the parts themselves from the numbers). */
void store_project_progress_text(const ProjectProgress *pP, char *zOut,
                                 int nOut);

/* The progress as JSON: {"measured_by": "activities" or "declared",
** "percent": 0..100 or null, "activities_done": n, "activities_counted":
** n}.  The caller owns the reference. */
struct json_t;
struct json_t *store_project_progress_json(const ProjectProgress *pP);

/* The ids of the projects, visible to the viewer, that serve goal
** idGoal (through project_goal), in id order, appended to pList. */
AccRc store_goal_projects(Store *p, int64_t idGoal, IdList *pList);

/* One currency's total of a project's funding. */
typedef struct FundTotal {
  char zCur[4];      /* ISO 4217 code */
  int64_t iPledged;  /* in minor units: pledged, committed, disbursed */
  int64_t iCommitted;
  int64_t iDisbursed;
  int bOverflow;     /* a sum passed 2^63 minor units: not shown */
} FundTotal;
#define FUND_CUR_MAX 8

/* The totals of project id's visible funding, per currency (at most
** FUND_CUR_MAX; more are left out and *pnCur says FUND_CUR_MAX+1), in
** aTot.  Amounts are added exactly in minor units. */
void store_project_funding(Store *p, int64_t id, FundTotal *aTot,
                           int *pnCur);

#endif
