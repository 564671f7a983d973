/*
** chart.h: the charts of Accord, drawn by one module (chart.c) to any
** cairo surface: SVG for the web pages and HTML reports, PDF pages for
** PDF reports, PNG for XLSX and for looking at.
**
** A Chart is plain data (what to draw), filled by whoever builds a report
** or a page; chart.c decides how it looks.  Status colours are chosen to
** stay distinguishable when printed in grey: each status also has its own
** marker shape and line dash, so colour is never the only cue.
**
** Memory: a Chart does not own its arrays; whoever fills it keeps them
** alive while it is drawn (report.h puts them in the report's arena).
*/
#ifndef ACCORD_CHART_H
#define ACCORD_CHART_H

#include "../core/period.h"
#include "../core/status.h"
#include "../util/util.h"

/* What a chart shows. */
typedef enum ChartKind {
  CHART_INDICATOR = 0,  /* an indicator's observations against the goal's
                        ** target path, coloured by status */
  CHART_ROADMAP,        /* the roadmap timeline: planned vs actual dates,
                        ** today's line, slippage */
  CHART_AREAS,          /* status by framework area: a stacked bar per
                        ** area of its goals' counts by status */
  CHART__MAX
} ChartKind;

/* One point of a series: x is a Date (the start of the observation's
** period), y its value. */
typedef struct ChartPoint {
  Date x;
  double y;
} ChartPoint;

/* The series of one cell of a breakdown (docs/design.md "Breakdowns"):
** drawn thin beside the total, never judged; zLabel names it in the
** reader's language ("flow: us-exports (breakdown)"). */
typedef struct ChartCell {
  const char *zLabel;
  const char *zCell;           /* as stored: "flow=us-exports" */
  const ChartPoint *a;         /* in x order */
  int n;
} ChartCell;
#define CHART_MAX_CELLS 6      /* cells drawn, at most */

/* One step of a roadmap. */
typedef struct ChartStep {
  const char *zLabel;    /* "IV Inaugural meeting" */
  Date planned;          /* tentative date, or DATE_NONE if ongoing */
  Date actual;           /* completed on, or DATE_NONE */
  int bOngoing;          /* an ongoing step: a bar from its start on */
} ChartStep;

/* One framework area with the counts of its goals by status. */
typedef struct ChartArea {
  const char *zLabel;
  int anStatus[STATUS__MAX];
} ChartArea;

/* What to draw.  Fields a kind does not use are ignored. */
typedef struct Chart {
  ChartKind eKind;
  const char *zTitle;          /* drawn above the plot; may be NULL */
  const char *zUnit;           /* y-axis unit ("million USD"), or NULL */
  const char *const *azStatus; /* labels of the statuses in the report's
                               ** language (legend); NULL for English */
  /* CHART_INDICATOR */
  const ChartPoint *aObs;      /* observations, in x order */
  int nObs;
  const ChartPoint *aTarget;   /* the target path (baseline to deadline),
                               ** in x order; may be empty */
  int nTarget;
  int eStatus;                 /* the goal's status: colours the series */
  Date deadline;               /* a vertical mark, or DATE_NONE */
  int eFreq;                   /* the period of one plotted value (Freq):
                               ** the time axis is never finer (0, months,
                               ** allows any) */
  int bZero;                   /* the value axis starts at zero (counts
                               ** and other quantities whose zero means
                               ** none) */
  const ChartCell *aCell;      /* cells of a breakdown beside the total */
  int nCell;                   /* (0: the total alone) */
  /* CHART_ROADMAP */
  const ChartStep *aStep;
  int nStep;
  Date today;                  /* today's line, or DATE_NONE */
  /* CHART_AREAS */
  const ChartArea *aArea;
  int nArea;
} Chart;

/* Surfaces chart.c can write. */
typedef enum ChartFormat {
  CHART_SVG = 0, CHART_PNG, CHART_PDF, CHART_FMT__MAX
} ChartFormat;

/* Draw pChart into the rectangle (x, y, w, h), in points, of the cairo
** context cr (a cairo_t*, passed as void* so that this header needs no
** cairo header).  Used by render_pdf.c to put charts on its pages. */
void chart_draw(const Chart *pChart, void *cr, double x, double y,
                double w, double h);

/* Write pChart, w x h points, as a whole SVG document, PNG image (at 2
** pixels a point) or one-page PDF, appended to *pOut.  Returns 0, or -1
** if cairo failed (pOut then holds nothing new).  The same chart gives
** the same bytes. */
int chart_write(const Chart *pChart, ChartFormat eFmt, double w, double h,
                Buf *pOut);

/* The value axis of an indicator chart as chart_draw() lays it out with
** about nTick labels: from *pLo to *pHi by *pStep.  0, or -1 if the
** chart has no finite value (it then draws "no data"). */
int chart_value_axis(const Chart *pChart, int nTick, double *pLo,
                     double *pHi, double *pStep);

#endif
