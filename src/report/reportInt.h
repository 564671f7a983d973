/*
** reportInt.h: what the files that build reports share (report.c,
** report_goal.c, report_part.c, report_data.c).  Not for the renderers,
** which see only the tree (report.h).
**
** A ReportBuild holds the store, the report being filled and what every
** part needs (the dialogue's row, the goals with their statuses at the
** end of the period, names of areas and working groups), and a BLAKE2b
** state fed with every row the build reads, so the report knows the hash
** of the data it was built from (Report.zDataHash).
*/
#ifndef ACCORD_REPORTINT_H
#define ACCORD_REPORTINT_H

#include "report.h"
#include "../store/goalstat.h"
#include "../core/l10n.h"
#include "../util/msgcat.h"

#include <sodium.h>

/* A message of the interface in the report's language (the catalogue of
** po/sr-Latn.po; `make pot` extracts rtr() calls from src/report). */
#define rtr(b, zMsg) i18n_msg((b)->p->eLang, (zMsg))
/* A message in a table (column headings), translated where it is used;
** `make pot` extracts RH() too. */
#define RH(zMsg) zMsg

/* An id and the name shown for it. */
typedef struct RName {
  int64_t id;
  const char *zName;
  const char *zLabel;   /* its label as stored (English), to compare */
} RName;

/* One observation as the report reads it. */
typedef struct RObs {
  Period period;
  double rValue;
  int bPreferred;
  int64_t id;           /* entry order: later is larger */
  int64_t iSource;      /* 0 if none */
  Date entered;         /* day it was entered, or DATE_NONE */
  const char *zCell;    /* the cell of a breakdown, NULL for the total */
} RObs;

/* The state of one build. */
typedef struct ReportBuild {
  Report *p;                    /* the report being filled */
  Store *pStore;
  Arena *pA;                    /* &p->arena */
  int64_t idDialogue;           /* 0 for the portfolio */
  Value *aDialogue;             /* its row, or NULL */
  GoalStatus *aGoal;            /* goals at p->at, in id order */
  int nGoal;
  RName *aArea; int nArea;      /* framework areas of the dialogue */
  RName *aWg; int nWg;          /* working groups */
  RName *aInd; int nInd;        /* indicators */
  RObs **apObs;                 /* aInd's observations, read once each
                                ** (rb_obs), or NULL while not read */
  struct DimSet *pDims;         /* the dimensions of the dialogue of
                                ** indicator iDimsInd (rb_cell_text()) */
  int64_t iDimsInd;
  int *anObs;
  const char **azSheet;         /* sheet names given so far (rb_sheet) */
  int nSheet;
  crypto_generichash_state hash;  /* of every row read */
} ReportBuild;

/* report_data.c: the series of an indicator (cell zCell of a breakdown,
** NULL the total) as charts draw it, and the same coarsened to eTo. */
int rb_same_cell(const char *zA, const char *zB);
int rb_series_raw(const RObs *a, int n, Date at, int64_t iRecord,
                  const char *zCell, ChartPoint *aOut, Period *aPer);
int rb_series_coarsen(ChartPoint *a, Period *aPer, int n, Freq eTo,
                      Agg eAgg, int *pbPartial);
/* report_cells.c: the cells of a breakdown beside a chart's total: their
** series over the periods of aPer[0..nPt-1] on pC, the note saying the
** total is judged, a table of their values; nothing without cells. */
void rb_chart_cells(ReportBuild *b, RNode *pS, Chart *pC, int64_t idInd,
                    const RObs *aObs, int n, int64_t iRecord, Freq eInd, Freq ePlot, Agg eAgg,
                    const Period *aPer, int nPt);
const char *rb_cells_alt(ReportBuild *b, const Chart *pC);
/* Cell zCell of indicator idInd for the reader: "Sex: Female, Age:
** 15-24", with the labels its dialogue declares in the report's language
** (store_dims_describe(), as the pages' page_cell()). */
const char *rb_cell_text(ReportBuild *b, int64_t idInd, const char *zCell);
void rb_cells_table(ReportBuild *b, RNode *pS, const Chart *pC,
                    int64_t idInd, const Period *aPer, int nPt);

/* report.c */
const char *rb_text(int e, const Value *aVal, const char *zName);
int64_t rb_int(int e, const Value *aVal, const char *zName);
Date rb_date(int e, const Value *aVal, const char *zName);
const char *rb_name(ReportBuild *b, int e, const Value *aVal);
const char *rb_tx(ReportBuild *b, int e, const Value *aVal,
                  const char *zName);
const char *rb_why(ReportBuild *b, const StatusResult *r, const Value *aI);
const char *rb_serbian(ReportBuild *b, const char *z);
const char *rb_enum(ReportBuild *b, const char *zValue);
const char *rb_status(ReportBuild *b, int eStatus);
const char *rb_num(ReportBuild *b, double r);
const char *rb_day(ReportBuild *b, Date d);
/* Period per for the report's reader (l10n_period()): "Q3 2025", "III
** kvartal 2025.", "jul 2025."; in the build's arena. */
const char *rb_period(ReportBuild *b, Period per);
/* Text z with each Serbian day after "od", "do", "na dan", ... in the
** genitive (l10n_date_cases()); what report_node() does to its text. */
const char *rb_cases(ReportBuild *b, const char *z);
const char *rb_day_text(ReportBuild *b, const char *zDate);
const char *rb_time(ReportBuild *b, const char *zStamp);
const char *rb_lookup(const RName *a, int n, int64_t id);
void rb_hash_row(ReportBuild *b, int e, int64_t id, const Value *aVal);
void rb_hash_str(ReportBuild *b, const char *z);
int64_t *rb_ids(ReportBuild *b, int e, int iField, int64_t id, int *pn);
RNode *rb_section(ReportBuild *b, RNode *pParent, int iLevel,
                  const char *zAnchor, const char *zSheet,
                  const char *zHeading);
RNode *rb_table(ReportBuild *b, RNode *pParent, int nCol,
                const char *const *azHead);
RNode *rb_row(ReportBuild *b, RNode *pTable);
RNode *rb_cell(ReportBuild *b, RNode *pRow, const char *zText);
RNode *rb_cell_num(ReportBuild *b, RNode *pRow, double r,
                   const char *zText);
RNode *rb_cell_date(ReportBuild *b, RNode *pRow, const char *zDate,
                    const char *zNone);
RNode *rb_cell_period(ReportBuild *b, RNode *pRow, Period per);
RNode *rb_para(ReportBuild *b, RNode *pParent, unsigned flags,
               const char *zText);
const char *const *rb_status_labels(ReportBuild *b);
const char *rb_sheet(ReportBuild *b, const char *zName);

/* report_goal.c: goals by area, status counts, changes since a date */
const char *rb_goal_source(ReportBuild *b, const GoalStatus *g);
void rb_part_summary(ReportBuild *b, RNode *pParent);
void rb_part_completeness(ReportBuild *b, RNode *pParent);
void rb_part_goals(ReportBuild *b, RNode *pParent, int bPlain);
void rb_part_changes(ReportBuild *b, RNode *pParent);
void rb_part_achievements(ReportBuild *b, RNode *pParent);
void rb_part_missed(ReportBuild *b, RNode *pParent);
void rb_part_next(ReportBuild *b, RNode *pParent);
Chart *rb_chart_areas(ReportBuild *b);
const char *rb_chart_areas_alt(ReportBuild *b, const Chart *pC);

/* report_part.c: meetings, decisions, roadmap, risks, contacts */
void rb_part_about(ReportBuild *b, RNode *pParent);
void rb_part_meetings(ReportBuild *b, RNode *pParent);
void rb_part_decisions(ReportBuild *b, RNode *pParent);
void rb_part_roadmap(ReportBuild *b, RNode *pParent);
void rb_part_risks(ReportBuild *b, RNode *pParent);
void rb_part_contacts(ReportBuild *b, RNode *pParent);

/* report_sign.c: benefits of each goal for each party; the sign-off */
void rb_part_benefits(ReportBuild *b, RNode *pParent);
void rb_part_signoff(ReportBuild *b, RNode *pParent);

/* report_narrative.c: the secretariat's narrative of an area for the
** report's period, under pParent; returns how many were added */
int rb_narrative(ReportBuild *b, RNode *pParent, int64_t idArea);

/* report_project.c: the cooperation projects, the goals they serve and
** their progress */
void rb_part_projects(ReportBuild *b, RNode *pParent);

/* report_data.c: observations, conflicts, indicator charts, portfolio */
RObs *rb_obs(ReportBuild *b, int64_t idInd, int *pn);
void rb_part_received(ReportBuild *b, RNode *pParent);
void rb_part_conflicts(ReportBuild *b, RNode *pParent);
void rb_part_indicators(ReportBuild *b, RNode *pParent, int bAnnex);
void rb_part_portfolio(ReportBuild *b, RNode *pParent);

#endif
