/*
** chartInt.h: what chart.c shares with the renderers of src/report, so
** that a status looks the same in a chart, a PDF table and an XLSX cell.
**
** Not a public interface: only the files of src/report include it.  The first
** part is for every renderer (the cairo context passed as void* as in
** chart.h); the second is shared by chart.c and chart_kinds.c only.
*/
#ifndef ACCORD_CHART_INT_H
#define ACCORD_CHART_INT_H

#include <cairo.h>
#include <pango/pangocairo.h>

#include "chart.h"

/* The colour of status e (0..STATUS__MAX-1; anything else is "no data")
** as red, green and blue in 0..1. */
void chart_status_rgb(int e, double *pR, double *pG, double *pB);

/* The same colour as 0xRRGGBB. */
unsigned chart_status_color(int e);

/* A light tint of the same colour, for the background of a table cell or
** a spreadsheet fill, as 0xRRGGBB. */
unsigned chart_status_tint(int e);

/* Draw the marker of status e centred on (x, y) with radius r: each
** status has its own shape (achieved a square, on track a circle, at risk
** a triangle up, off track a triangle down, overdue a cross, not started
** a hollow circle, no data a hollow square). */
void chart_status_marker(void *cr, int e, double x, double y, double r);

/* Fill the rectangle (x, y, w, h) the way status e is filled in bars: its
** colour and, for the statuses whose greys would be confused, a hatch. */
void chart_status_fill(void *cr, int e, double x, double y, double w,
                       double h);

/* The language a chart's labels are in (REPORT_LANG_* of report.h),
** inferred from its status labels: English when azStatus is NULL or the
** English labels, Cyrillic when they are written in Cyrillic, else
** Serbian Latin. */
int chart_lang(const Chart *pChart);

/* Format x with nDec decimals and the digit grouping of language eLang
** ("1,234.5" in English, "1.234,5" in Serbian) into zOut. */
void chart_format_num(double x, int nDec, int eLang, char *zOut, int nOut);

/* The label of status e in the chart's language (azStatus, else the
** English azStatusLabel). */
const char *chart_status_label(const Chart *pChart, int e);

/* ---- for chart.c and chart_kinds.c ---------------------------------- */

#define CHART_INK   0x1b2533u   /* text and axes */
#define CHART_MUTED 0x5b6675u   /* secondary text */
#define CHART_GRID  0xd7dce3u   /* grid lines */
#define CHART_TODAY 0xb3261eu   /* the today line */
#define CHART_MAXTICK 48
#define FS_LABEL 7.5        /* font size of labels, points */

/* Words the charts print, looked up by chart_word(). */
typedef enum ChartWord {
  CW_OBSERVED = 0, CW_TARGET, CW_DEADLINE, CW_TODAY, CW_PLANNED,
  CW_COMPLETED, CW_LATE, CW_ONGOING, CW_GOALS, CW_NODATA, CW_DAYS,
  CW__MAX
} ChartWord;

/* Drawing one chart: the context, a pango layout made on it, and the
** language of the labels. */
typedef struct ChartCx {
  cairo_t *cr;
  const Chart *pChart;
  PangoLayout *pLayout;
  PangoFontDescription *pFont;
  int eLang;                 /* REPORT_LANG_* */
} ChartCx;
void chart_cx_init(ChartCx *c, const Chart *pChart, cairo_t *cr);
void chart_cx_done(ChartCx *c);
const char *chart_word(const ChartCx *c, ChartWord e);

/* Text: chart_text() draws z with its top-left corner (eAlign 0), top
** centre (1) or top-right (2) at (x, y), ellipsized at rMaxW points if
** rMaxW>0, in colour rgb, and returns its height. */
double chart_text(ChartCx *c, const char *z, double x, double y,
                  double rSize, int bBold, int eAlign, double rMaxW,
                  unsigned rgb);
double chart_text_width(ChartCx *c, const char *z, double rSize, int bBold);

/* Axes: a "nice" step (1, 2 or 5 times a power of ten) dividing rRange in
** about nTarget parts, and the decimals its multiples need. */
double chart_nice_step(double rRange, int nTarget);
int chart_step_decimals(double rStep);

/* A time axis covering lo..hi with a little room on either side: t0..t1,
** and ticks at the starts of years, quarters or months (whichever gives
** as many labels as fit in rAvail points, each given the room of its
** widest label in c's language and at least rMinSpace) labelled as
** l10n_period_short() writes them ("2025", "Q3 2025", "III kv. 2025.",
** "Jul 2025"), never finer than eMinFreq (a Freq: yearly values get
** years).  Year labels that would not fit one a year are written short
** ("'27"), so that every year keeps its label. */
typedef struct ChartTime {
  Date t0, t1;
  int n;
  Date aT[CHART_MAXTICK];
  char az[CHART_MAXTICK][24];
} ChartTime;
void chart_time_axis(ChartTime *p, ChartCx *c, Date lo, Date hi,
                     double rAvail, double rMinSpace, int eMinFreq);

/* Legend items. */
typedef enum ChartKeyKind {
  KEY_SERIES = 0,  /* observations: line and marker of eStatus */
  KEY_TARGET,      /* the target path */
  KEY_VLINE,       /* a vertical line of colour rgb, dotted if eStatus */
  KEY_FILL,        /* a bar segment of status eStatus */
  KEY_DIAMOND,     /* a diamond of colour rgb, filled if eStatus */
  KEY_LATE,        /* a slippage line and filled diamond of colour rgb */
  KEY_BAR,         /* an ongoing step's bar */
  KEY_CELL         /* cell eStatus of a breakdown: its thin line */
} ChartKeyKind;
typedef struct ChartKey {
  ChartKeyKind eKind;
  int eStatus;
  unsigned rgb;
  const char *zLabel;
} ChartKey;
/* Lay out (and draw, if bDraw) a legend flowing from (x, y) in width w;
** returns its height. */
double chart_legend(ChartCx *c, const ChartKey *aKey, int nKey, double x,
                    double y, double w, int bDraw);

void chart_set_rgb(cairo_t *cr, unsigned rgb);
void chart_diamond(cairo_t *cr, double x, double y, double r, unsigned rgb,
                   int bFilled);
void chart_series_style(cairo_t *cr, int e);  /* observations' line */
void chart_target_style(cairo_t *cr);         /* the target path's line */
void chart_cell_style(cairo_t *cr, int k);    /* cell k of a breakdown */
void chart_ongoing_bar(cairo_t *cr, double x, double y, double w, double h);

/* The three kinds (chart_kinds.c), drawing in (0, 0, w, h). */
void chart_draw_indicator(ChartCx *c, double w, double h);
void chart_draw_roadmap(ChartCx *c, double w, double h);
void chart_draw_areas(ChartCx *c, double w, double h);

#endif
