/*
** chart_kinds.c: the three kinds of chart (chart.h), each drawn by one
** function into (0, 0, w, h) of the context chart_draw() prepared, with
** the colours, markers, axes and legends of chart.c (chartInt.h).
**
**   indicator  value axis with nice ticks and the unit, period labels on
**              the time axis, the target path dashed, the observations as
**              a line with markers in the goal's status (colour, shape and
**              dash), the deadline as a dotted vertical line, the latest
**              value written next to its point;
**   roadmap    a row per step: the planned date as a hollow diamond, the
**              actual date as a filled one, slippage as a dashed line from
**              planned to actual (or to today, for a step not yet done
**              after its date) with "+N days", ongoing steps as hatched
**              bars, today as a red vertical line;
**   areas      a stacked horizontal bar per area of its goals by status,
**              hatched where greys would be confused, counts written in
**              the segments, a legend of the statuses shown.
*/
#include "chartInt.h"
#include "../core/l10n.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define FS_TITLE 9.5    /* font size of titles, points */

/* The title, if any; returns the height used. */
static double draw_title(ChartCx *c, double w){
  const char *z = c->pChart->zTitle;
  if( z==0 || z[0]==0 ) return 0;
  return chart_text(c, z, 0, 0, FS_TITLE, 1, 0, w, CHART_INK) + 4;
}

/* "No data to show", centred in the rest of the chart. */
static void draw_empty(ChartCx *c, double top, double w, double h){
  cairo_t *cr = c->cr;
  chart_set_rgb(cr, CHART_GRID);
  cairo_set_line_width(cr, 0.8);
  cairo_rectangle(cr, 0.5, top+0.5, w-1, h-top-1);
  cairo_stroke(cr);
  chart_text(c, chart_word(c, CW_NODATA), w/2, top + (h-top)/2 - 5,
             FS_LABEL+1, 0, 1, 0, CHART_MUTED);
}

/* Map a date to x between px0 and px1. */
static double time_x(const ChartTime *t, Date d, double px0, double px1){
  return px0 + (double)(d - t->t0) * (px1 - px0) / (double)(t->t1 - t->t0);
}

/* The time axis' labels under (or, bTop, over) the line at y, skipping
** labels that would overlap; also vertical grid lines from gy0 to gy1. */
static void draw_time_labels(ChartCx *c, const ChartTime *t, double px0,
                             double px1, double y, double gy0, double gy1){
  cairo_t *cr = c->cr;
  double rRight = -1e9;
  int i;
  for(i=0; i<t->n; i++){
    double x = time_x(t, t->aT[i], px0, px1);
    double tw = chart_text_width(c, t->az[i], FS_LABEL, 0);
    chart_set_rgb(cr, CHART_GRID);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, x, gy0); cairo_line_to(cr, x, gy1);
    cairo_stroke(cr);
    chart_set_rgb(cr, CHART_INK);
    cairo_set_line_width(cr, 0.8);
    cairo_move_to(cr, x, y); cairo_line_to(cr, x, y+3);
    cairo_stroke(cr);
    if( x - tw/2 < rRight + 4 || x + tw/2 > px1 + 6 || x - tw/2 < 0 ){
      continue;
    }
    chart_text(c, t->az[i], x, y+3, FS_LABEL, 0, 1, 0, CHART_INK);
    rRight = x + tw/2;
  }
}

/* ---- indicator ------------------------------------------------------ */

/* The highest finite value of the chart's series. */
static double chart_max(const Chart *p){
  double hi = -HUGE_VAL;
  int i, k;
  for(i=0; i<p->nObs; i++){
    if( isfinite(p->aObs[i].y) && p->aObs[i].y>hi ) hi = p->aObs[i].y;
  }
  for(i=0; i<p->nTarget; i++){
    if( isfinite(p->aTarget[i].y) && p->aTarget[i].y>hi ) hi = p->aTarget[i].y;
  }
  for(k=0; k<p->nCell; k++){
    for(i=0; i<p->aCell[k].n; i++){
      double y = p->aCell[k].a[i].y;
      if( isfinite(y) && y>hi ) hi = y;
    }
  }
  return hi;
}

/* The value axis: from zero for a chart that asks for it (bZero) and,
** otherwise, unless the values are far from zero; "nice" multiples of
** the step at either end. */
int chart_value_axis(const Chart *p, int nTick, double *pLo, double *pHi,
                     double *pStep){
  double lo = HUGE_VAL, hi = -HUGE_VAL, step;
  int i, k;
  for(i=0; i<p->nObs; i++){
    if( !isfinite(p->aObs[i].y) ) continue;
    if( p->aObs[i].y<lo ) lo = p->aObs[i].y;
    if( p->aObs[i].y>hi ) hi = p->aObs[i].y;
  }
  for(i=0; i<p->nTarget; i++){
    if( !isfinite(p->aTarget[i].y) ) continue;
    if( p->aTarget[i].y<lo ) lo = p->aTarget[i].y;
    if( p->aTarget[i].y>hi ) hi = p->aTarget[i].y;
  }
  for(k=0; k<p->nCell; k++){
    for(i=0; i<p->aCell[k].n; i++){
      double y = p->aCell[k].a[i].y;
      if( !isfinite(y) ) continue;
      if( y<lo ) lo = y;
      if( y>hi ) hi = y;
    }
  }
  if( lo>hi ) return -1;
  if( p->bZero ){
    if( lo>0 ) lo = 0;
    if( hi<0 ) hi = 0;
  }
  if( lo>0 && lo<=hi*0.6 ) lo = 0;
  if( hi<0 && hi>=lo*0.6 ) hi = 0;
  if( hi-lo < 1e-9*(fabs(hi)+1) ){
    double d = fabs(hi)>0 ? fabs(hi)*0.1 : 1;
    lo = lo>=0 && lo-d<0 ? 0 : lo-d;
    hi += d;
  }
  step = chart_nice_step(hi-lo, nTick);
  lo = floor(lo/step + 1e-9)*step;
  hi = ceil(hi/step - 1e-9)*step;
  if( hi<=lo ) hi = lo + step;
  /* a count's axis never shows fractions of one */
  if( p->bZero && step<1 && hi>=2 ){
    step = 1;
    hi = ceil(hi);
  }
  /* room above the highest value of a count, so it is not on the frame */
  if( p->bZero && hi>0 && chart_max(p) > hi - step*0.05 ) hi += step;
  *pLo = lo;
  *pHi = hi;
  *pStep = step;
  return 0;
}

/* Where the label of a line chart's latest value may go: the plot, the
** series and target path drawn in it, the markers' radius. */
typedef struct LabelArea {
  const Chart *p;
  const ChartTime *t;
  double px0, px1, py0, py1, lo, hi, r, w;
  double xFree;         /* above the frame, free right of this x */
} LabelArea;

/* Whether segment (ax,ay)-(bx,by) meets the box [x0,x1]x[y0,y1]
** (Liang-Barsky clipping). */
static int seg_meets_box(double ax, double ay, double bx, double by,
                         double x0, double y0, double x1, double y1){
  double t0 = 0, t1 = 1, dx = bx-ax, dy = by-ay;
  double aP[4], aQ[4];
  int k;
  aP[0] = -dx; aQ[0] = ax-x0;
  aP[1] = dx;  aQ[1] = x1-ax;
  aP[2] = -dy; aQ[2] = ay-y0;
  aP[3] = dy;  aQ[3] = y1-ay;
  for(k=0; k<4; k++){
    if( aP[k]==0 ){
      if( aQ[k]<0 ) return 0;
    }else{
      double q = aQ[k]/aP[k];
      if( aP[k]<0 ){
        if( q>t1 ) return 0;
        if( q>t0 ) t0 = q;
      }else{
        if( q<t0 ) return 0;
        if( q<t1 ) t1 = q;
      }
    }
  }
  return 1;
}

/* Whether the polyline of the n points a (chart units) meets the box. */
static int path_meets_box(const LabelArea *a, const ChartPoint *aPt, int n,
                          double x0, double y0, double x1, double y1,
                          double rMark){
  double ax = 0, ay = 0;
  int i, bHave = 0;
  for(i=0; i<n; i++){
    double bx, by;
    if( !isfinite(aPt[i].y) ) continue;
    bx = time_x(a->t, aPt[i].x, a->px0, a->px1);
    by = a->py1 - (aPt[i].y - a->lo)*(a->py1 - a->py0)/(a->hi - a->lo);
    if( rMark>0 && bx+rMark>x0 && bx-rMark<x1 && by+rMark>y0
     && by-rMark<y1 ){
      return 1;
    }
    if( bHave && seg_meets_box(ax, ay, bx, by, x0, y0, x1, y1) ) return 1;
    ax = bx; ay = by; bHave = 1;
  }
  return 0;
}

/* The top-left corner (*pX, *pY) of a tw x th label for the point (x, y):
** the first place, beside, above or below the point, that stays in the
** chart and crosses neither the series nor the target path, nor a
** marker; else above-left of the point. */
static void label_place(const LabelArea *a, double x, double y, double tw,
                        double th, double *pX, double *pY){
  const double g = 5;
  double aC[8][2];
  int k;
  aC[0][0] = x+g;      aC[0][1] = y-th-2;     /* above right */
  aC[1][0] = x-g-tw;   aC[1][1] = y-th-2;     /* above left */
  aC[2][0] = x+g+1;    aC[2][1] = y-th/2;     /* right */
  aC[3][0] = x-tw/2;   aC[3][1] = y-th-g;     /* above */
  aC[4][0] = x-g-1-tw; aC[4][1] = y-th/2;     /* left */
  aC[5][0] = x+g;      aC[5][1] = y+3;        /* below right */
  aC[6][0] = x-g-tw;   aC[6][1] = y+3;        /* below left */
  aC[7][0] = x-tw/2;   aC[7][1] = y+g;        /* below */
  for(k=0; k<8; k++){
    double x0 = aC[k][0], y0 = aC[k][1], x1 = x0+tw, y1 = y0+th;
    double yMin = x0>a->xFree ? a->py0 - th - 3 : a->py0;
    if( x0<a->px0+2 || x1>a->w-1 || y0<yMin || y1>a->py1-2 ) continue;
    if( path_meets_box(a, a->p->aObs, a->p->nObs, x0-1, y0-1, x1+1, y1+1,
                       a->r+1) ){
      continue;
    }
    if( path_meets_box(a, a->p->aTarget, a->p->nTarget, x0-1, y0-1, x1+1,
                       y1+1, 0) ){
      continue;
    }
    *pX = x0;
    *pY = y0;
    return;
  }
  *pX = x-g-tw;
  *pY = y-th-2 < a->py0-th-3 ? y+3 : y-th-2;
}

void chart_draw_indicator(ChartCx *c, double w, double h){
  const Chart *p = c->pChart;
  cairo_t *cr = c->cr;
  ChartKey aKey[3+CHART_MAX_CELLS];
  ChartTime t;
  char zObs[200], z[64];
  double top, lo = HUGE_VAL, hi = -HUGE_VAL, step, v, rLabelW = 0;
  double px0, px1, py0, py1;
  Date dLo = INT32_MAX, dHi = INT32_MIN;
  int i, k, nKey = 0, nDec, eSt = p->eStatus;

  top = draw_title(c, w);
  snprintf(zObs, sizeof(zObs), "%s: %s", chart_word(c, CW_OBSERVED),
           chart_status_label(p, eSt));
  aKey[nKey++] = (ChartKey){ KEY_SERIES, eSt, 0, zObs };
  if( p->nTarget>0 ){
    aKey[nKey++] = (ChartKey){ KEY_TARGET, 0, 0,
                               chart_word(c, CW_TARGET) };
  }
  if( p->deadline!=DATE_NONE ){
    aKey[nKey++] = (ChartKey){ KEY_VLINE, 1, CHART_INK,
                               chart_word(c, CW_DEADLINE) };
  }
  for(i=0; i<p->nCell && i<CHART_MAX_CELLS; i++){
    aKey[nKey++] = (ChartKey){ KEY_CELL, i, 0, p->aCell[i].zLabel };
  }
  top += chart_legend(c, aKey, nKey, 0, top, w, 1) + 4;
  for(i=0; i<p->nObs; i++){
    if( !isfinite(p->aObs[i].y) ) continue;
    if( p->aObs[i].x<dLo ) dLo = p->aObs[i].x;
    if( p->aObs[i].x>dHi ) dHi = p->aObs[i].x;
  }
  for(i=0; i<p->nTarget; i++){
    if( !isfinite(p->aTarget[i].y) ) continue;
    if( p->aTarget[i].x<dLo ) dLo = p->aTarget[i].x;
    if( p->aTarget[i].x>dHi ) dHi = p->aTarget[i].x;
  }
  if( chart_value_axis(p, h>220 ? 6 : 4, &lo, &hi, &step) ){
    draw_empty(c, top, w, h);
    return;
  }
  if( p->deadline!=DATE_NONE ){
    if( p->deadline>dHi ) dHi = p->deadline;
    if( p->deadline<dLo ) dLo = p->deadline;
  }
  nDec = chart_step_decimals(step);
  for(v=lo; v<=hi+step/2; v+=step){
    double tw;
    chart_format_num(v, nDec, c->eLang, z, sizeof(z));
    tw = chart_text_width(c, z, FS_LABEL, 0);
    if( tw>rLabelW ) rLabelW = tw;
  }
  if( p->zUnit && p->zUnit[0] ){
    top += chart_text(c, p->zUnit, 0, top, FS_LABEL, 0, 0, w*0.6,
                      CHART_MUTED) + 1;
  }
  px0 = rLabelW + 7;
  px1 = w - 10;
  py0 = top + 5;
  py1 = h - 15;
  if( py1 - py0 < 20 || px1 - px0 < 40 ) return;
  chart_time_axis(&t, c, dLo, dHi, px1-px0, 48, p->eFreq);

  /* Grid and value labels. */
  for(v=lo; v<=hi+step/2; v+=step){
    double y = py1 - (v-lo)*(py1-py0)/(hi-lo);
    chart_set_rgb(cr, CHART_GRID);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, px0, y); cairo_line_to(cr, px1, y);
    cairo_stroke(cr);
    chart_format_num(v, nDec, c->eLang, z, sizeof(z));
    chart_text(c, z, px0-4, y-4.8, FS_LABEL, 0, 2, 0, CHART_INK);
  }
  draw_time_labels(c, &t, px0, px1, py1, py0, py1);
  chart_set_rgb(cr, CHART_INK);
  cairo_set_line_width(cr, 0.9);
  cairo_move_to(cr, px0, py0); cairo_line_to(cr, px0, py1);
  cairo_line_to(cr, px1, py1);
  cairo_stroke(cr);

#define XOF(d) time_x(&t, (d), px0, px1)
#define YOF(val) (py1 - ((val)-lo)*(py1-py0)/(hi-lo))
  if( lo<0 && hi>0 ){
    /* the zero line, when values go below it */
    chart_set_rgb(cr, CHART_MUTED);
    cairo_set_line_width(cr, 0.8);
    cairo_move_to(cr, px0, YOF(0)); cairo_line_to(cr, px1, YOF(0));
    cairo_stroke(cr);
  }
  if( p->deadline!=DATE_NONE ){
    double x = XOF(p->deadline), d[2] = { 1.5, 2 };
    char zD[L10N_DATESZ];
    cairo_save(cr);
    chart_set_rgb(cr, CHART_INK);
    cairo_set_line_width(cr, 1.2);
    cairo_set_dash(cr, d, 2, 0);
    cairo_move_to(cr, x, py0-3); cairo_line_to(cr, x, py1);
    cairo_stroke(cr);
    cairo_restore(cr);
    l10n_date(p->deadline, c->eLang, zD);
    snprintf(z, sizeof(z), "%s %s", chart_word(c, CW_DEADLINE), zD);
    {
      /* on a white patch, so that grid lines do not cross it */
      double tw = chart_text_width(c, z, FS_LABEL-0.5, 0);
      double xl = x + 3 + tw < w ? x + 3 : x - 3 - tw;
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_rectangle(cr, xl - 1, py0 - 3, tw + 2, 9.5);
      cairo_fill(cr);
      chart_text(c, z, xl, py0-3, FS_LABEL-0.5, 0, 0, 0, CHART_INK);
    }
  }
  if( p->nTarget>0 ){
    int bFirst = 1;
    cairo_save(cr);
    chart_target_style(cr);
    for(i=0; i<p->nTarget; i++){
      if( !isfinite(p->aTarget[i].y) ) continue;
      if( bFirst ) cairo_move_to(cr, XOF(p->aTarget[i].x),
                                 YOF(p->aTarget[i].y));
      else cairo_line_to(cr, XOF(p->aTarget[i].x), YOF(p->aTarget[i].y));
      bFirst = 0;
    }
    cairo_stroke(cr);
    cairo_restore(cr);
  }
  for(k=0; k<p->nCell && k<CHART_MAX_CELLS; k++){
    /* the cells of a breakdown, under the total's line */
    const ChartCell *pCell = &p->aCell[k];
    int bFirst = 1;
    cairo_save(cr);
    chart_cell_style(cr, k);
    for(i=0; i<pCell->n; i++){
      if( !isfinite(pCell->a[i].y) ) continue;
      if( bFirst ) cairo_move_to(cr, XOF(pCell->a[i].x), YOF(pCell->a[i].y));
      else cairo_line_to(cr, XOF(pCell->a[i].x), YOF(pCell->a[i].y));
      bFirst = 0;
    }
    cairo_stroke(cr);
    cairo_restore(cr);
  }
  if( p->nObs>0 ){
    int bFirst = 1, iLast = -1;
    double r = p->nObs>60 ? 2.2 : p->nObs>24 ? 2.8 : 3.5;
    cairo_save(cr);
    chart_series_style(cr, eSt);
    for(i=0; i<p->nObs; i++){
      if( !isfinite(p->aObs[i].y) ) continue;
      if( bFirst ) cairo_move_to(cr, XOF(p->aObs[i].x), YOF(p->aObs[i].y));
      else cairo_line_to(cr, XOF(p->aObs[i].x), YOF(p->aObs[i].y));
      bFirst = 0;
      iLast = i;
    }
    cairo_stroke(cr);
    cairo_restore(cr);
    for(i=0; i<p->nObs; i++){
      if( !isfinite(p->aObs[i].y) ) continue;
      chart_status_marker(cr, eSt, XOF(p->aObs[i].x), YOF(p->aObs[i].y), r);
    }
    if( iLast>=0 ){
      LabelArea a;
      double x = XOF(p->aObs[iLast].x), y = YOF(p->aObs[iLast].y);
      double tw, xl, yl;
      int nD = nDec+1 > 2 ? 2 : nDec+1;
      if( fabs(p->aObs[iLast].y - floor(p->aObs[iLast].y))<1e-9 ) nD = 0;
      chart_format_num(p->aObs[iLast].y, nD, c->eLang, z, sizeof(z));
      tw = chart_text_width(c, z, FS_LABEL, 1);
      a.p = p; a.t = &t; a.px0 = px0; a.px1 = px1; a.py0 = py0;
      a.py1 = py1; a.lo = lo; a.hi = hi; a.r = r; a.w = w;
      /* the unit's line above the frame is free right of the unit */
      a.xFree = p->zUnit && p->zUnit[0]
              ? chart_text_width(c, p->zUnit, FS_LABEL, 0) + 4 : 0;
      label_place(&a, x, y, tw, 10, &xl, &yl);
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_rectangle(cr, xl - 1, yl, tw + 2, 10);
      cairo_fill(cr);
      chart_text(c, z, xl, yl, FS_LABEL, 1, 0, 0, CHART_INK);
    }
  }
#undef XOF
#undef YOF
}

/* ---- roadmap -------------------------------------------------------- */

void chart_draw_roadmap(ChartCx *c, double w, double h){
  const Chart *p = c->pChart;
  cairo_t *cr = c->cr;
  ChartKey aKey[5];
  ChartTime t;
  Date dLo = INT32_MAX, dHi = INT32_MIN, today = p->today;
  double top, rLabelW = 0, px0, px1, py0, py1, rh;
  unsigned rgbDone = chart_status_color(STATUS_ACHIEVED);
  unsigned rgbLate = chart_status_color(STATUS_OVERDUE);
  char z[64];
  int i;

  top = draw_title(c, w);
  aKey[0] = (ChartKey){ KEY_DIAMOND, 0, CHART_INK, chart_word(c, CW_PLANNED) };
  aKey[1] = (ChartKey){ KEY_DIAMOND, 1, rgbDone, chart_word(c, CW_COMPLETED) };
  aKey[2] = (ChartKey){ KEY_LATE, 0, rgbLate, chart_word(c, CW_LATE) };
  aKey[3] = (ChartKey){ KEY_BAR, 0, 0, chart_word(c, CW_ONGOING) };
  aKey[4] = (ChartKey){ KEY_VLINE, 0, CHART_TODAY, chart_word(c, CW_TODAY) };
  top += chart_legend(c, aKey, today!=DATE_NONE ? 5 : 4, 0, top, w, 1) + 4;
  for(i=0; i<p->nStep; i++){
    const ChartStep *s = &p->aStep[i];
    double tw;
    if( s->planned!=DATE_NONE ){
      if( s->planned<dLo ) dLo = s->planned;
      if( s->planned>dHi ) dHi = s->planned;
    }
    if( s->actual!=DATE_NONE ){
      if( s->actual<dLo ) dLo = s->actual;
      if( s->actual>dHi ) dHi = s->actual;
    }
    tw = chart_text_width(c, s->zLabel ? s->zLabel : "", FS_LABEL, 0);
    if( tw>rLabelW ) rLabelW = tw;
  }
  if( p->nStep==0 || dLo>dHi ){
    draw_empty(c, top, w, h);
    return;
  }
  if( today!=DATE_NONE ){
    if( today<dLo ) dLo = today;
    if( today>dHi ) dHi = today;
  }
  if( rLabelW > w*0.42 ) rLabelW = w*0.42;
  px0 = rLabelW + 8;
  px1 = w - 6;
  /* room for the widest "+N days" at the right */
  for(i=0; i<p->nStep; i++){
    const ChartStep *s = &p->aStep[i];
    Date dEnd = s->actual!=DATE_NONE ? s->actual : today;
    if( !s->bOngoing && s->planned!=DATE_NONE && dEnd!=DATE_NONE
     && dEnd>s->planned ){
      double tw;
      snprintf(z, sizeof(z), "+%d %s", dEnd - s->planned,
               chart_word(c, CW_DAYS));
      tw = chart_text_width(c, z, FS_LABEL-0.5, 1) + 10;
      if( tw > w*0.2 ) tw = w*0.2;
      if( w - tw < px1 ) px1 = w - tw;
    }
  }
  py0 = top + 14;         /* the time labels go above the rows */
  py1 = h - 2;
  if( px1 - px0 < 60 || py1 - py0 < 8 ) return;
  rh = (py1 - py0) / p->nStep;
  if( rh>22 ) rh = 22;
  py1 = py0 + rh*p->nStep;
  /* as many labels as a full year's label allows: one a year if they
  ** fit, written short if they fit only so */
  chart_time_axis(&t, c, dLo, dHi, px1-px0,
                  chart_text_width(c, "2028", FS_LABEL, 0) + 6, 0);

  for(i=0; i<p->nStep; i++){
    if( i%2==0 ){
      chart_set_rgb(cr, 0xf1f3f6);
      cairo_rectangle(cr, 0, py0 + i*rh, w, rh);
      cairo_fill(cr);
    }
  }
  /* Time labels above the rows, with grid lines through them. */
  draw_time_labels(c, &t, px0, px1, top-3, py0, py1);
  chart_set_rgb(cr, CHART_INK);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, px0, py0); cairo_line_to(cr, px1, py0);
  cairo_stroke(cr);

#define XOF(d) time_x(&t, (d), px0, px1)
  for(i=0; i<p->nStep; i++){
    const ChartStep *s = &p->aStep[i];
    double yc = py0 + (i+0.5)*rh, r = rh*0.24 > 4.5 ? 4.5 : rh*0.24;
    int nLate = 0;
    double xLate = 0;
    chart_text(c, s->zLabel ? s->zLabel : "", 2, yc-4.8, FS_LABEL, 0, 0,
               rLabelW+4, CHART_INK);
    if( s->bOngoing ){
      Date d0 = s->planned!=DATE_NONE ? s->planned : t.t0;
      Date d1 = s->actual!=DATE_NONE ? s->actual
              : today!=DATE_NONE && today>d0 ? today : t.t1;
      double x0 = XOF(d0), x1 = XOF(d1);
      if( x1 - x0 < 4 ) x1 = x0 + 4;
      chart_ongoing_bar(cr, x0, yc - rh*0.22, x1-x0, rh*0.44);
      continue;
    }
    if( s->planned!=DATE_NONE && s->actual!=DATE_NONE
     && s->actual>s->planned ){
      nLate = s->actual - s->planned;
      xLate = XOF(s->actual);
    }else if( s->planned!=DATE_NONE && s->actual==DATE_NONE
           && today!=DATE_NONE && today>s->planned ){
      nLate = today - s->planned;
      xLate = XOF(today);
    }
    if( nLate>0 ){
      double d[2] = { 3, 2 };
      cairo_save(cr);
      chart_set_rgb(cr, rgbLate);
      cairo_set_line_width(cr, 1.4);
      cairo_set_dash(cr, d, 2, 0);
      cairo_move_to(cr, XOF(s->planned), yc); cairo_line_to(cr, xLate, yc);
      cairo_stroke(cr);
      cairo_restore(cr);
    }
    if( s->planned!=DATE_NONE ){
      chart_diamond(cr, XOF(s->planned), yc, r+0.6, CHART_INK, 0);
    }
    if( s->actual!=DATE_NONE ){
      chart_diamond(cr, XOF(s->actual), yc, r,
                    nLate>0 ? rgbLate : rgbDone, 1);
    }else if( nLate>0 ){
      chart_status_marker(cr, STATUS_OVERDUE, xLate, yc, r*0.8);
    }
    if( nLate>0 ){
      double xL = xLate + r + 3, tw;
      snprintf(z, sizeof(z), "+%d %s", nLate, chart_word(c, CW_DAYS));
      tw = chart_text_width(c, z, FS_LABEL-0.5, 1);
      if( today!=DATE_NONE && xL - 2 < XOF(today) && XOF(today) < xL+tw+2 ){
        xL = XOF(today) + 3;     /* never under the today line */
      }
      chart_text(c, z, xL, yc-4.6, FS_LABEL-0.5, 1, 0, 0, rgbLate);
    }
  }
  if( today!=DATE_NONE ){
    double x = XOF(today);
    chart_set_rgb(cr, CHART_TODAY);
    cairo_set_line_width(cr, 1.3);
    cairo_move_to(cr, x, py0-2); cairo_line_to(cr, x, py1);
    cairo_stroke(cr);
  }
#undef XOF
}

/* ---- areas ---------------------------------------------------------- */

/* The order of the segments: best first. */
static const int aAreaOrder[STATUS__MAX] = {
  STATUS_ACHIEVED, STATUS_ON_TRACK, STATUS_AT_RISK, STATUS_OFF_TRACK,
  STATUS_OVERDUE, STATUS_DISPUTED, STATUS_NOT_STARTED, STATUS_NO_DATA
};

/* Whether a status' colour is dark enough for white text. */
static int status_dark(int e){
  unsigned rgb = chart_status_color(e);
  double l = 0.299*((rgb>>16)&0xff) + 0.587*((rgb>>8)&0xff)
           + 0.114*(rgb&0xff);
  return l < 140;
}

void chart_draw_areas(ChartCx *c, double w, double h){
  const Chart *p = c->pChart;
  cairo_t *cr = c->cr;
  ChartKey aKey[STATUS__MAX];
  int abUsed[STATUS__MAX];
  double top, rLabelW = 0, px0, px1, py0, py1, rh, step, rLegH, v;
  int i, j, nKey = 0, nMax = 0, nTop;
  char z[32];

  top = draw_title(c, w);
  memset(abUsed, 0, sizeof(abUsed));
  for(i=0; i<p->nArea; i++){
    int n = 0;
    double tw = chart_text_width(c, p->aArea[i].zLabel ? p->aArea[i].zLabel
                                                       : "", FS_LABEL, 0);
    if( tw>rLabelW ) rLabelW = tw;
    for(j=0; j<STATUS__MAX; j++){
      if( p->aArea[i].anStatus[j]>0 ){
        n += p->aArea[i].anStatus[j];
        abUsed[j] = 1;
      }
    }
    if( n>nMax ) nMax = n;
  }
  if( p->nArea==0 || nMax==0 ){
    draw_empty(c, top, w, h);
    return;
  }
  for(j=0; j<STATUS__MAX; j++){
    int e = aAreaOrder[j];
    if( !abUsed[e] ) continue;
    aKey[nKey++] = (ChartKey){ KEY_FILL, e, 0, chart_status_label(p, e) };
  }
  rLegH = chart_legend(c, aKey, nKey, 0, 0, w, 0);
  if( rLabelW > w*0.34 ) rLabelW = w*0.34;
  px0 = rLabelW + 8;
  px1 = w - 22;
  py0 = top + 2;
  py1 = h - rLegH - 30;
  if( px1 - px0 < 60 || py1 - py0 < 8 ) return;
  rh = (py1 - py0) / p->nArea;
  if( rh>26 ) rh = 26;
  py1 = py0 + rh*p->nArea;
  step = chart_nice_step(nMax, 5);
  if( step<1 ) step = 1;
  nTop = (int)(ceil(nMax/step)*step + 0.5);

#define XOF(n) (px0 + (double)(n)*(px1-px0)/nTop)
  for(v=0; v<=nTop+0.5; v+=step){
    double x = XOF(v);
    chart_set_rgb(cr, CHART_GRID);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, x, py0); cairo_line_to(cr, x, py1);
    cairo_stroke(cr);
    snprintf(z, sizeof(z), "%d", (int)(v+0.5));
    chart_text(c, z, x, py1+3, FS_LABEL, 0, 1, 0, CHART_INK);
  }
  chart_text(c, chart_word(c, CW_GOALS), (px0+px1)/2, py1+13, FS_LABEL, 0,
             1, 0, CHART_MUTED);
  for(i=0; i<p->nArea; i++){
    const ChartArea *a = &p->aArea[i];
    double yc = py0 + (i+0.5)*rh, bh = rh*0.62, x = px0;
    int n = 0;
    chart_text(c, a->zLabel ? a->zLabel : "", 2, yc-4.8, FS_LABEL, 0, 0,
               rLabelW+4, CHART_INK);
    for(j=0; j<STATUS__MAX; j++){
      int e = aAreaOrder[j], k = a->anStatus[e];
      double sw;
      if( k<=0 ) continue;
      sw = XOF(n+k) - XOF(n);
      chart_status_fill(cr, e, x, yc-bh/2, sw, bh);
      chart_set_rgb(cr, 0xffffff);
      cairo_set_line_width(cr, 0.8);
      cairo_move_to(cr, x+sw, yc-bh/2); cairo_line_to(cr, x+sw, yc+bh/2);
      cairo_stroke(cr);
      snprintf(z, sizeof(z), "%d", k);
      if( sw >= chart_text_width(c, z, FS_LABEL, 1) + 6 && bh>=9 ){
        double tw = chart_text_width(c, z, FS_LABEL, 1);
        /* a plain patch under the number, so the hatch does not cross it */
        chart_set_rgb(cr, chart_status_color(e));
        cairo_rectangle(cr, x+sw/2-tw/2-1.5, yc-5, tw+3, 10);
        cairo_fill(cr);
        chart_text(c, z, x+sw/2, yc-4.8, FS_LABEL, 1, 1, 0,
                   status_dark(e) ? 0xffffff : CHART_INK);
      }
      x += sw;
      n += k;
    }
    snprintf(z, sizeof(z), "%d", n);
    chart_text(c, z, x+3, yc-4.8, FS_LABEL, 1, 0, 0, CHART_INK);
  }
  chart_set_rgb(cr, CHART_INK);
  cairo_set_line_width(cr, 0.9);
  cairo_move_to(cr, px0, py0); cairo_line_to(cr, px0, py1);
  cairo_line_to(cr, px1, py1);
  cairo_stroke(cr);
  chart_legend(c, aKey, nKey, 0, py1 + 28, w, 1);
#undef XOF
}
