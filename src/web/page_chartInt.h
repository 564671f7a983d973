/*
** page_chartInt.h: what page_chart.c (a goal's chart) and
** page_chart_cells.c (the cells of a breakdown beside it) share: the
** chart's geometry and colours, its points, and the resolution of an
** indicator's observations to one value per period.
*/
#ifndef ACCORD_PAGE_CHARTINT_H
#define ACCORD_PAGE_CHARTINT_H
#include "page.h"

#define CH_W 760
#define CH_H 340
#define CH_L 72      /* left margin: value labels */
#define CH_R 24
#define CH_T 44      /* top margin: legend */
#define CH_B 34      /* bottom margin: years */
#define CH_MAXPT 400 /* points drawn, at most */

#define C_INK "#1b2533"
#define C_MUTED "#5b6675"
#define C_LINE "#d7dce3"
#define C_TARGET "#1b2533"
#define CH_MAXCELL 6 /* cells of a breakdown drawn, at most */
#define CH_CELLROW 24 /* the height of their legend, under the chart */

/* One plotted value. */
typedef struct ChPt {
  Period per;        /* its period */
  double v;          /* value */
  int nSub;          /* sub-periods aggregated (growth, count_period) */
  int bPartial;      /* the period is not complete at the date asked */
  int bConflict;     /* sources disagree, none preferred */
} ChPt;

/* The chart being built. */
typedef struct Chart {
  Req *p;
  Date t0, t1;       /* x range */
  double y0, y1;     /* y range */
  const char *zLitColor;/* the status colour */
  const char *zUnit;
} Chart;

/* The x coordinate of day d. */
static inline double ch_x(const Chart *c, Date d){
  return CH_L + (double)(d - c->t0) * (CH_W - CH_L - CH_R)
                / (double)(c->t1 - c->t0 ? c->t1 - c->t0 : 1);
}
/* The y coordinate of value v. */
static inline double ch_y(const Chart *c, double v){
  return CH_T + (c->y1 - v) * (CH_H - CH_T - CH_B)
                / (c->y1 - c->y0 ? c->y1 - c->y0 : 1);
}
/* The middle day of a period. */
static inline Date per_mid(Period p){
  return (period_start(p) + period_end(p))/2;
}

/* The cells of a breakdown drawn beside the total (docs/design.md
** "Breakdowns": the total is judged, the cells are shown), each resolved
** and aggregated as the total is. */
typedef struct ChCells {
  int n;
  const char *az[CH_MAXCELL];   /* the cells, in sort order */
  const char *azLabel[CH_MAXCELL];  /* each for the reader (page_cell()) */
  ChPt *aa[CH_MAXCELL];         /* their values */
  int an[CH_MAXCELL];
} ChCells;

/* Resolve the observations a[0..n-1] of one indicator (page_obs()) of
** cell zCell of a breakdown (NULL: the total) to one value per period of
** frequency fInd starting on or before `at` (page_chart.c). */
ChPt *page_chart_resolve(Req *p, const PageObs *a, int n, const char *zCell,
                         int64_t iRecord, Freq fInd, Date at, int *pn);
/* Aggregate points of the indicator's frequency to frequency fTo. */
ChPt *page_chart_aggregate(Req *p, const ChPt *a, int n, Freq fFrom,
                           Freq fTo, Agg eAgg, Date at, int *pn);

/* page_chart_cells.c: the cells to draw, their lines and their legend
** (rows under the chart; with bDraw 0 only counted). */
void page_chart_cells_read(Req *p, int64_t idInd, const PageObs *a, int n,
                           int64_t iRecord, Freq fInd, Freq fTo, int bAgg, Agg eAgg, Date at,
                           ChCells *pC);
int page_chart_cells_legend(Chart *c, const ChCells *pC, int bDraw);
void page_chart_cells_draw(Chart *c, const ChCells *pC, int bMid);

#endif
