/*
** page_chart.c: the chart of a goal, as inline SVG drawn on the server.
**
** The indicator's observations (one per period, resolved as the status
** engine does, never by the order of entry across sources: the preferred
** one, else the source of record's, else the first source's latest
** value; docs/status.md 2.4) are drawn against the
** goal's target path:
**   growth        values aggregated to the goal's period by the
**                 indicator's aggregation (sum, last, mean), against
**                 baseline x (1+r)^k (or 1+r*k when not compounding);
**   level         the indicator's values against a straight line from
**                 the baseline to the target at the deadline;
**   count_period  bars per goal period against the target line;
**   count_window  the running total since the start against the target
**                 and the pace that reaches it by the deadline.
** Marks differ by shape and dash as well as colour (observed: solid line
** and filled circles; partial periods: hollow circles; target: dashed
** line and hollow squares; unmet bars hatched), so the chart reads in
** grey print.  <title> and <desc> say what it shows, and a table of the
** plotted values follows in a <details> element.  The cells of a
** breakdown beside the total are page_chart_cells.c's.
*/
#include "page_chartInt.h"

#include <math.h>
#include <string.h>

/* The status colour: green, amber, red, or grey. */
static const char *status_color(Status e){
  switch( e ){
    case STATUS_ACHIEVED: case STATUS_ON_TRACK: return "#1e7b34";
    case STATUS_AT_RISK: return "#985a00";
    case STATUS_OFF_TRACK: case STATUS_OVERDUE: return "#b3261e";
    default: return "#4b5563";
  }
}

/* A "nice" step for about five gridlines over a span. */
static double nice_step(double span){
  double m, f;
  if( span<=0 ) return 1;
  m = pow(10, floor(log10(span/5)));
  f = span/5/m;
  return m * (f<1.5 ? 1 : f<3 ? 2 : f<7 ? 5 : 10);
}

/* True if source a comes before source b when nothing else decides:
** named sources by id, then values without a source (status_source.c). */
static int source_before(int64_t a, int64_t b){
  if( a==b || a==0 ) return 0;
  return b==0 || a<b;
}

/* Resolve the observations a[0..n-1] of one indicator (page_obs()) of
** cell zCell of a breakdown (NULL: the total) to one value per period of
** frequency fInd starting on or before `at`: the latest preferred value;
** else, with a source of record iRecord, its latest value; else the
** latest value of the first source. */
ChPt *page_chart_resolve(Req *p, const PageObs *a, int n, const char *zCell,
                         int64_t iRecord, Freq fInd, Date at, int *pn){
  int i, j, k, nOut = 0;
  ChPt *aOut = arena_alloc(&p->arena, sizeof(ChPt)*(n ? n : 1));
  for(i=0; i<n; i=j){
    Period per;
    int iBest = -1;
    for(j=i; j<n && strcmp(a[j].zPeriod, a[i].zPeriod)==0; j++){}
    if( period_parse(a[i].zPeriod, &per) || per.eFreq!=(int)fInd
     || period_start(per)>at ){
      continue;
    }
    for(k=i; k<j; k++){
      int bA, bB;
      if( !store_obs_same_cell(a[k].zCell, zCell) ) continue;
      if( !isfinite(a[k].r) ) continue;
      if( iRecord && !a[k].bPreferred && a[k].iSource!=iRecord ) continue;
      if( iBest<0 ){
        iBest = k;
        continue;
      }
      bA = a[k].bPreferred;
      bB = a[iBest].bPreferred;
      if( (bA && !bB)
       || (bA==bB && bA && a[k].id>a[iBest].id)
       || (bA==bB && !bA && (source_before(a[k].iSource, a[iBest].iSource)
           || (a[k].iSource==a[iBest].iSource && a[k].id>a[iBest].id))) ){
        iBest = k;
      }
    }
    if( iBest<0 ) continue;
    memset(&aOut[nOut], 0, sizeof(ChPt));
    aOut[nOut].per = per;
    aOut[nOut].v = a[iBest].r;
    aOut[nOut].nSub = 1;
    aOut[nOut].bConflict = a[iBest].bConflict;
    aOut[nOut].bPartial = period_end(per)>at;
    nOut++;
  }
  *pn = nOut;
  return aOut;
}

/* Aggregate points of the indicator's frequency to frequency fTo. */
ChPt *page_chart_aggregate(Req *p, const ChPt *a, int n, Freq fFrom,
                           Freq fTo, Agg eAgg, Date at, int *pn){
  ChPt *aOut = arena_alloc(&p->arena, sizeof(ChPt)*(n ? n : 1));
  int i, nOut = 0, nWant = freq_per_year(fFrom)/freq_per_year(fTo);
  for(i=0; i<n; i++){
    Period g = period_coarsen(a[i].per, fTo);
    ChPt *o = nOut ? &aOut[nOut-1] : 0;
    if( o==0 || period_cmp(o->per, g)!=0 ){
      o = &aOut[nOut++];
      memset(o, 0, sizeof(*o));
      o->per = g;
    }
    switch( eAgg ){
      case AGG_LAST: o->v = a[i].v; break;
      case AGG_MEAN: o->v = (o->v*o->nSub + a[i].v)/(o->nSub+1); break;
      default: o->v += a[i].v; break;
    }
    o->nSub++;
    if( a[i].bConflict ) o->bConflict = 1;
  }
  for(i=0; i<nOut; i++){
    aOut[i].bPartial = aOut[i].nSub<nWant || period_end(aOut[i].per)>at;
  }
  *pn = nOut;
  return aOut;
}

/* Grid, axes and year labels. */
static void draw_grid(Chart *c){
  Buf *b = &c->p->body;
  double step = nice_step(c->y1 - c->y0), v;
  int y0, y1, yr, m, d, nEvery;
  for(v=ceil(c->y0/step)*step; v<=c->y1+step*1e-9; v+=step){
    double y = ch_y(c, v);
    html_printf(b, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
      "stroke=\"" C_LINE "\"/>\n<text x=\"%d\" y=\"%.1f\" "
      "text-anchor=\"end\" font-size=\"11\" fill=\"" C_MUTED "\">%h</text>\n",
      CH_L, y, CH_W-CH_R, y, CH_L-6, y+4, page_num(c->p, v));
  }
  date_to_ymd(c->t0, &y0, &m, &d);
  date_to_ymd(c->t1, &y1, &m, &d);
  nEvery = y1-y0>24 ? 5 : y1-y0>12 ? 2 : 1;
  for(yr=y0; yr<=y1; yr++){
    Date dd;
    double x;
    date_from_ymd(yr, 1, 1, &dd);
    if( dd<c->t0 || dd>c->t1 ) continue;
    x = ch_x(c, dd);
    html_printf(b, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
      "y2=\"%d\" stroke=\"" C_LINE "\"/>\n", x, CH_T, x, CH_H-CH_B+4);
    if( yr%nEvery==0 ){
      /* The label in the middle of its year, if the year is in view. */
      Date dMid;
      date_from_ymd(yr, 7, 1, &dMid);
      if( nEvery==1 && dMid<c->t1 ) x = ch_x(c, dMid);
      html_printf(b, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" "
        "text-anchor=\"%s\" fill=\"" C_MUTED "\">%d</text>\n",
        nEvery==1 ? x : x+3, CH_H-CH_B+16, nEvery==1 ? "middle" : "start",
        yr);
    }
  }
  html_printf(b, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
    "stroke=\"" C_INK "\"/>\n<line x1=\"%d\" y1=\"%d\" x2=\"%d\" "
    "y2=\"%d\" stroke=\"" C_INK "\"/>\n", CH_L, ch_y(c, c->y0), CH_W-CH_R,
    ch_y(c, c->y0), CH_L, CH_T, CH_L, CH_H-CH_B);
  if( c->zUnit && c->zUnit[0] ){
    html_printf(b, "<text x=\"%d\" y=\"%d\" font-size=\"11\" "
      "fill=\"" C_MUTED "\">%h</text>\n", CH_L, CH_T-6, c->zUnit);
  }
}

/* A vertical marker line with a label (today, the deadline). */
static void draw_vline(Chart *c, Date d, const char *zLabel,
                       const char *zLitDash){
  double x;
  if( d==DATE_NONE || d<c->t0 || d>c->t1 ) return;
  x = ch_x(c, d);
  html_printf(&c->p->body, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
    "y2=\"%d\" stroke=\"" C_INK "\" stroke-dasharray=\"%s\"/>\n"
    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" "
    "fill=\"" C_INK "\">%h</text>\n", x, CH_T, x, CH_H-CH_B, zLitDash, x-3,
    CH_T+12, zLabel);
}

/* A polyline through points (x, y) given as parallel arrays. */
static void draw_line(Chart *c, const Date *aX, const double *aY, int n,
                      const char *zLitColor, const char *zLitDash, double w){
  int i;
  if( n<2 ) return;
  html_printf(&c->p->body, "<polyline fill=\"none\" stroke=\"%s\" "
    "stroke-width=\"%.1f\" stroke-dasharray=\"%s\" points=\"", zLitColor, w,
    zLitDash);
  for(i=0; i<n; i++){
    html_printf(&c->p->body, "%s%.1f,%.1f", i ? " " : "", ch_x(c, aX[i]),
                ch_y(c, aY[i]));
  }
  html_printf(&c->p->body, "\"/>\n");
}

/* A point of the observed series: filled circle, hollow when partial, a
** ring when its sources disagree; with a <title> for pointing devices. */
static void draw_obs_point(Chart *c, Date x, const ChPt *pt){
  const char *zPer = page_period(c->p, pt->per, 0);
  html_printf(&c->p->body, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" "
    "fill=\"%s\" stroke=\"%s\" stroke-width=\"2\"><title>%h: %h%h</title>"
    "</circle>\n", ch_x(c, x), ch_y(c, pt->v),
    pt->bPartial ? "#fff" : c->zLitColor, c->zLitColor, zPer,
    page_num(c->p, pt->v), pt->bPartial ? tr(c->p, " (partial)") : "");
  if( pt->bConflict ){
    html_printf(&c->p->body, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" "
      "fill=\"none\" stroke=\"" C_INK "\" stroke-dasharray=\"2 2\"/>\n",
      ch_x(c, x), ch_y(c, pt->v));
  }
}

/* A hollow square of the target path. */
static void draw_target_point(Chart *c, Date x, double v){
  html_printf(&c->p->body, "<rect x=\"%.1f\" y=\"%.1f\" width=\"7\" "
    "height=\"7\" fill=\"#fff\" stroke=\"" C_TARGET "\" stroke-width=\"1.5\""
    "/>\n", ch_x(c, x)-3.5, ch_y(c, v)-3.5);
}

/* Legend items. */
#define LG_OBS      0x01   /* observed: line and filled circle */
#define LG_PARTIAL  0x02   /* partial period: hollow circle */
#define LG_PROJ     0x04   /* projection: hollow triangle */
#define LG_CONFLICT 0x08   /* sources disagree: dashed ring */
#define LG_BARS     0x10   /* bars: met solid, unmet hatched */

/* The legend along the top, items left to right. */
static void draw_legend(Chart *c, int mItems, const char *zTarget){
  Buf *b = &c->p->body;
  Req *p = c->p;
  int x = CH_L;
  if( mItems & LG_BARS ){
    html_printf(b, "<rect x=\"%d\" y=\"8\" width=\"14\" height=\"10\" "
      "fill=\"%s\"/><text x=\"%d\" y=\"17\" font-size=\"11\" fill=\"" C_INK
      "\">%h</text>\n", x, c->zLitColor, x+18, tr(p, "target met"));
    x += 18 + page_text_px(tr(p, "target met"), 11) + 16;
    html_printf(b, "<rect x=\"%d\" y=\"8\" width=\"14\" height=\"10\" "
      "fill=\"url(#ch-hatch)\" stroke=\"%s\"/><text x=\"%d\" y=\"17\" "
      "font-size=\"11\" fill=\"" C_INK "\">%h</text>\n", x, c->zLitColor, x+18,
      tr(p, "below target or partial"));
    x += 18 + page_text_px(tr(p, "below target or partial"), 11) + 16;
  }
  if( mItems & LG_OBS ){
    html_printf(b, "<line x1=\"%d\" y1=\"13\" x2=\"%d\" y2=\"13\" "
      "stroke=\"%s\" stroke-width=\"2.5\"/><circle cx=\"%d\" cy=\"13\" "
      "r=\"4.5\" fill=\"%s\"/><text x=\"%d\" y=\"17\" font-size=\"11\" "
      "fill=\"" C_INK "\">%h</text>\n", x, x+24, c->zLitColor, x+12, c->zLitColor,
      x+30, tr(p, "observed"));
    x += 30 + page_text_px(tr(p, "observed"), 11) + 16;
  }
  if( mItems & LG_PARTIAL ){
    html_printf(b, "<circle cx=\"%d\" cy=\"13\" r=\"4.5\" fill=\"#fff\" "
      "stroke=\"%s\" stroke-width=\"2\"/><text x=\"%d\" y=\"17\" "
      "font-size=\"11\" fill=\"" C_INK "\">%h</text>\n", x+6, c->zLitColor,
      x+16, tr(p, "period not complete"));
    x += 16 + page_text_px(tr(p, "period not complete"), 11) + 16;
  }
  if( mItems & LG_PROJ ){
    html_printf(b, "<path d=\"M%d 8 l5 9 l-10 0 z\" fill=\"#fff\" "
      "stroke=\"%s\" stroke-width=\"1.5\"/><text x=\"%d\" y=\"17\" "
      "font-size=\"11\" fill=\"" C_INK "\">%h</text>\n", x+6, c->zLitColor,
      x+16, tr(p, "projection"));
    x += 16 + page_text_px(tr(p, "projection"), 11) + 16;
  }
  html_printf(b, "<line x1=\"%d\" y1=\"13\" x2=\"%d\" y2=\"13\" stroke=\""
    C_TARGET "\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>",
    x, x+24);
  if( !(mItems & LG_BARS) ){
    html_printf(b, "<rect x=\"%d\" y=\"9.5\" width=\"7\" height=\"7\" "
      "fill=\"#fff\" stroke=\"" C_TARGET "\"/>", x+8);
  }
  html_printf(b, "<text x=\"%d\" y=\"17\" font-size=\"11\" fill=\"" C_INK
    "\">%h</text>\n", x+30, zTarget);
  x += 30 + page_text_px(zTarget, 11) + 16;
  if( mItems & LG_CONFLICT ){
    html_printf(b, "<circle cx=\"%d\" cy=\"13\" r=\"7\" fill=\"none\" "
      "stroke=\"" C_INK "\" stroke-dasharray=\"2 2\"/><text x=\"%d\" "
      "y=\"17\" font-size=\"11\" fill=\"" C_INK "\">%h</text>\n", x+8, x+20,
      tr(p, "sources disagree"));
  }
}

/* The table of plotted values, for readers who cannot see the chart. */
static void data_table(Req *p, const ChPt *a, int n, const Period *aT,
                       const double *aTv, int nT, const char *zTarget,
                       const ChCells *pC){
  int i, j, k;
  html_printf(&p->body, "<details class=\"chart-data\"><summary>%h"
    "</summary>\n<div class=\"scroll\">"
    "<table>\n<thead><tr><th scope=\"col\">%h</th>"
    "<th scope=\"col\" class=\"num\">%h</th><th scope=\"col\" "
    "class=\"num\">%h</th>",
    tr(p, "The values of the chart"), tr(p, "Period"), tr(p, "Observed"),
    zTarget);
  for(k=0; k<pC->n; k++){
    html_printf(&p->body, "<th scope=\"col\" class=\"num\">%h</th>",
                pC->azLabel[k]);
  }
  html_printf(&p->body, "</tr></thead>\n<tbody>\n");
  for(i=0; i<n; i++){
    const char *zPer = page_period(p, a[i].per, 0);
    const char *zT = "";
    for(j=0; j<nT; j++){
      if( period_cmp(aT[j], a[i].per)==0 ) zT = page_num(p, aTv[j]);
    }
    html_printf(&p->body, "<tr><td>%h%h</td><td class=\"num\">%h</td>"
      "<td class=\"num\">%h</td>", zPer,
      a[i].bPartial ? tr(p, " (partial)") : "", page_num(p, a[i].v), zT);
    for(k=0; k<pC->n; k++){
      const char *zV = "";
      for(j=0; j<pC->an[k]; j++){
        if( period_cmp(pC->aa[k][j].per, a[i].per)==0 ){
          zV = page_num(p, pC->aa[k][j].v);
        }
      }
      html_printf(&p->body, "<td class=\"num\">%h</td>", zV);
    }
    html_printf(&p->body, "</tr>\n");
  }
  html_printf(&p->body, "</tbody>\n</table></div>\n</details>\n");
}

void page_goal_chart(Req *p, const GoalStatus *pGs, Date at){
  const int e = ENT_GOAL;
  const Value *aG = pGs->aGoal, *aI = pGs->aIndicator;
  const char *zKind = web_text(e, aG, "kind");
  const Value *pT = &aG[model_field_find(e, "target")];
  Freq fInd, fGoal;
  Agg eAgg;
  int k, nRaw, n, i, nT = 0, bBars = 0, bGrowth, bLevel, bWindow, nObs;
  int nLegend;
  ChPt *aRaw, *a;
  PageObs *aObs;
  ChCells cells;
  const char *zCellNote = 0;
  Period aTp[CH_MAXPT];
  double aTv[CH_MAXPT];
  Date aTx[CH_MAXPT], deadline, start;
  Chart c;
  const char *zTarget = tr(p, "target path");
  Buf *b = &p->body;
  if( aI==0 || strcmp(zKind, "milestone")==0 || pT->eType!=VAL_REAL ){
    return;
  }
  if( freq_parse(web_text(ENT_INDICATOR, aI, "frequency"), &fInd) ) return;
  k = model_enum_find(azAggEnum, web_text(ENT_INDICATOR, aI, "aggregation"));
  eAgg = (Agg)(k<0 ? AGG_SUM : k);
  if( page_text(e, aG, "period")==0
   || freq_parse(page_text(e, aG, "period"), &fGoal) ){
    fGoal = FREQ_YEAR;
  }
  bGrowth = strcmp(zKind, "growth")==0;
  bLevel = strcmp(zKind, "level")==0;
  bWindow = strcmp(zKind, "count_window")==0;
  bBars = strcmp(zKind, "count_period")==0;
  deadline = page_date(e, aG, "deadline");
  start = page_date(e, aG, "start_on");
  aObs = page_obs(p, web_int(e, aG, "indicator_id"), &nObs);
  aRaw = page_chart_resolve(p, aObs, nObs, 0,
                     aI ? web_int(ENT_INDICATOR, aI, "source_id") : 0, fInd,
                     at, &nRaw);
  if( (bGrowth || bBars) && (int)fGoal<(int)fInd ) return;
  /* The cells of a breakdown: not beside a running total. */
  page_chart_cells_read(p, web_int(e, aG, "indicator_id"), aObs,
             bWindow ? 0 : nObs,
             web_int(ENT_INDICATOR, aI, "source_id"), fInd, fGoal,
             bGrowth || bBars, eAgg, at, &cells);
  if( bGrowth || bBars ){
    a = page_chart_aggregate(p, aRaw, nRaw, fInd, fGoal, eAgg, at, &n);
  }else{
    a = aRaw;
    n = nRaw;
  }
  memset(&c, 0, sizeof(c));
  c.p = p;
  c.zLitColor = status_color(pGs->res.eStatus);
  c.zUnit = web_unit(p, aI);
  /* The target path and the x range. */
  if( bGrowth ){
    Period base;
    double r = pT->r/100.0, v0 = 0;
    int bV0 = 0, K;
    const Value *pB = &aG[model_field_find(e, "baseline_value")];
    int64_t i0, iEnd;
    if( page_text(e, aG, "baseline_period")==0
     || period_parse(page_text(e, aG, "baseline_period"), &base) ){
      return;
    }
    base = period_coarsen(base, fGoal);
    if( pB->eType==VAL_REAL ){
      v0 = pB->r; bV0 = 1;
    }
    for(i=0; i<n && !bV0; i++){
      if( period_cmp(a[i].per, base)==0 && !a[i].bPartial ){
        v0 = a[i].v; bV0 = 1;
      }
    }
    i0 = period_index(base);
    iEnd = period_index(period_containing(at, fGoal)) + 1;
    if( deadline!=DATE_NONE ){
      iEnd = period_index(period_containing(deadline, fGoal));
    }
    K = (int)(iEnd - i0);
    if( K<1 ) K = 1;
    if( K>CH_MAXPT-1 ) K = CH_MAXPT-1;
    for(i=0; bV0 && i<=K; i++){
      double f = page_int(e, aG, "compounding")
        ? pow(1 + (page_int(e, aG, "decrease") ? -r : r), i)
        : 1 + (page_int(e, aG, "decrease") ? -r : r)*i;
      aTp[nT] = period_from_index(fGoal, i0 + i);
      aTv[nT] = v0*f;
      aTx[nT] = per_mid(aTp[nT]);
      nT++;
    }
    c.t0 = period_start(period_from_index(fGoal, i0 - 6));
    c.t1 = period_end(period_from_index(fGoal, i0 + K));
  }else if( bLevel ){
    Period base;
    double v0 = 0;
    int bV0 = 0;
    const Value *pB = &aG[model_field_find(e, "baseline_value")];
    zTarget = tr(p, "path to the target");
    if( page_text(e, aG, "baseline_period")
     && period_parse(page_text(e, aG, "baseline_period"), &base)==0 ){
      if( pB->eType==VAL_REAL ){
        v0 = pB->r; bV0 = 1;
      }
      for(i=0; i<n && !bV0; i++){
        if( period_cmp(a[i].per, base)==0 ){
          v0 = a[i].v; bV0 = 1;
        }
      }
      if( bV0 ){
        aTp[nT] = base; aTv[nT] = v0; aTx[nT] = period_end(base); nT++;
      }
    }
    c.t0 = nT ? aTx[0] - 366 : (n ? period_start(a[0].per) : at - 3*365);
    if( deadline!=DATE_NONE ){
      aTp[nT] = period_containing(deadline, fInd);
      aTv[nT] = pT->r;
      aTx[nT] = deadline;
      nT++;
    }
    c.t1 = (deadline!=DATE_NONE && deadline>at ? deadline : at) + 90;
  }else{
    /* Counts: from the start (or the first data) to the deadline (or the
    ** end of the current period). */
    Freq f = bBars ? fGoal : fInd;
    Date d0 = start!=DATE_NONE ? start : n ? period_start(a[0].per) : at;
    Date d1 = deadline!=DATE_NONE ? deadline
              : period_end(period_containing(at, f));
    if( d1<at && deadline==DATE_NONE ) d1 = at;
    c.t0 = period_start(period_containing(d0, f));
    c.t1 = period_end(period_containing(d1, f));
    if( bWindow ) zTarget = tr(p, "target, and the pace that reaches it");
    else zTarget = tr(p, "target per period");
  }
  if( c.t1<=c.t0 ) c.t1 = c.t0 + 365;
  /* Running totals for a window. */
  if( bWindow ){
    double s = 0;
    ChPt *aCum = arena_alloc(&p->arena, sizeof(ChPt)*(n ? n : 1));
    int m = 0;
    for(i=0; i<n; i++){
      if( period_end(a[i].per)<c.t0 || period_start(a[i].per)>c.t1 ){
        continue;
      }
      s += a[i].v;
      aCum[m] = a[i];
      aCum[m].v = s;
      m++;
    }
    a = aCum;
    n = m;
  }
  /* The y range. */
  c.y0 = 0;
  c.y1 = pT->r;
  for(i=0; i<nT; i++){
    if( aTv[i]>c.y1 ) c.y1 = aTv[i];
    if( aTv[i]<c.y0 ) c.y0 = aTv[i];
  }
  for(i=0; i<n; i++){
    if( period_end(a[i].per)<c.t0 || period_start(a[i].per)>c.t1 ) continue;
    if( a[i].v>c.y1 ) c.y1 = a[i].v;
    if( a[i].v<c.y0 ) c.y0 = a[i].v;
  }
  for(k=0; k<cells.n; k++){
    for(i=0; i<cells.an[k]; i++){
      const ChPt *pt = &cells.aa[k][i];
      if( period_end(pt->per)<c.t0 || period_start(pt->per)>c.t1 ) continue;
      if( pt->v>c.y1 ) c.y1 = pt->v;
      if( pt->v<c.y0 ) c.y0 = pt->v;
    }
  }
  if( c.y1<=c.y0 ) c.y1 = c.y0 + 1;
  c.y1 += (c.y1 - c.y0)*0.08;
  {
    double st = nice_step(c.y1 - c.y0);
    c.y1 = ceil(c.y1/st)*st;
    if( c.y0<0 ) c.y0 = floor(c.y0/st)*st;
  }
  /* The figure, the rows of the cells' legend under it. */
  nLegend = cells.n ? page_chart_cells_legend(&c, &cells, 0) : 0;
  html_printf(b, "<figure class=\"chart\">\n<svg class=\"chart\" "
    "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
    "aria-labelledby=\"ch-title ch-desc\" "
    "xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"ch-title\">%h: %h"
    "</title>\n<desc id=\"ch-desc\">", CH_W, CH_H + nLegend*CH_CELLROW,
    CH_W, CH_H + nLegend*CH_CELLROW,
    web_tx(p, ENT_INDICATOR, aI, "name"), tr(p, azStatusLabel[
    pGs->res.eStatus]));
  html_printf(b, "%h ", web_why(p, &pGs->res, pGs->aIndicator));
  for(i=0; i<n; i++){
    if( period_end(a[i].per)<c.t0 || period_start(a[i].per)>c.t1 ) continue;
    html_printf(b, "%h: %h%h; ", page_period(p, a[i].per, 0),
                page_num(p, a[i].v),
                a[i].bPartial ? tr(p, " (partial)") : "");
  }
  if( cells.n ){
    const char *zNames = "";
    for(k=0; k<cells.n; k++){
      zNames = arena_printf(&p->arena, "%s%s%s", zNames, k ? "; " : "",
                            cells.azLabel[k]);
    }
    zCellNote = arena_printf(&p->arena, tr(p, "The total is judged; the "
                "cells of its breakdown are shown beside it, not judged: "
                "%s."), zNames);
    html_printf(b, "%h", zCellNote);
  }
  html_printf(b, "</desc>\n<defs><pattern id=\"ch-hatch\" width=\"6\" "
    "height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\""
    "rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1="
    "\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"%s\" stroke-width=\"2.5\"/>"
    "</pattern></defs>\n", c.zLitColor);
  draw_grid(&c);
  {
    int mItems = bBars ? LG_BARS : LG_OBS;
    for(i=0; i<n; i++){
      if( period_end(a[i].per)<c.t0 || period_start(a[i].per)>c.t1 ) continue;
      if( a[i].bPartial && !bBars ) mItems |= LG_PARTIAL;
      if( a[i].bConflict ) mItems |= LG_CONFLICT;
    }
    if( (bGrowth || bLevel) && pGs->res.bProjection ) mItems |= LG_PROJ;
    draw_legend(&c, mItems, zTarget);
  }
  if( cells.n ) page_chart_cells_draw(&c, &cells, bGrowth || bBars);
  if( bBars ){
    /* Bars per period, target line across. */
    for(i=0; i<n; i++){
      double x0, x1, y, yBase = ch_y(&c, 0), w;
      const char *zPer = page_period(p, a[i].per, 0);
      int bMet = a[i].v>=pT->r;
      if( period_end(a[i].per)<c.t0 || period_start(a[i].per)>c.t1 ) continue;
      x0 = ch_x(&c, period_start(a[i].per));
      x1 = ch_x(&c, period_end(a[i].per)+1);
      w = (x1-x0)*0.6;
      y = ch_y(&c, a[i].v);
      html_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
        "height=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\">"
        "<title>%h: %h%h</title></rect>\n", x0+(x1-x0-w)/2, y, w,
        yBase-y > 0 ? yBase-y : 0.5,
        bMet && !a[i].bPartial ? c.zLitColor : "url(#ch-hatch)", c.zLitColor,
        zPer, page_num(p, a[i].v), a[i].bPartial ? tr(p, " (so far)") : "");
    }
    html_printf(b, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
      "stroke=\"" C_TARGET "\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\""
      "/>\n", CH_L, ch_y(&c, pT->r), CH_W-CH_R, ch_y(&c, pT->r));
  }else{
    Date aX[CH_MAXPT];
    double aY[CH_MAXPT];
    int m = 0;
    if( bWindow ){
      Date s0 = start!=DATE_NONE ? start : c.t0;
      Date s1 = deadline!=DATE_NONE ? deadline : c.t1;
      aTx[0] = s0; aTv[0] = 0; aTx[1] = s1; aTv[1] = pT->r;
      draw_line(&c, aTx, aTv, 2, C_TARGET, "2 3", 1.2);
      html_printf(b, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
        "stroke=\"" C_TARGET "\" stroke-width=\"1.5\" stroke-dasharray=\""
        "6 4\"/>\n", CH_L, ch_y(&c, pT->r), CH_W-CH_R, ch_y(&c, pT->r));
      nT = 0;
    }else{
      draw_line(&c, aTx, aTv, nT, C_TARGET, "6 4", 1.5);
      for(i=0; i<nT; i++) draw_target_point(&c, aTx[i], aTv[i]);
    }
    /* The observed line joins complete periods only. */
    for(i=0; i<n && m<CH_MAXPT; i++){
      Date x = bGrowth ? per_mid(a[i].per) : period_end(a[i].per);
      if( x<c.t0 || x>c.t1 || a[i].bPartial ) continue;
      aX[m] = x;
      aY[m] = a[i].v;
      m++;
    }
    draw_line(&c, aX, aY, m, c.zLitColor, "none", 2.5);
    /* The engine's projection, from the last complete period. */
    if( (bGrowth || bLevel) && pGs->res.bProjection && m>0 ){
      Date xp = bGrowth ? per_mid(pGs->res.projectAt)
                        : period_end(pGs->res.projectAt);
      if( xp>=c.t0 && xp<=c.t1 ){
        const char *zPer = page_period(p, pGs->res.projectAt, 0);
        html_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
          "y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.5\" "
          "stroke-dasharray=\"1 3\"/>\n<path d=\"M%.1f %.1f l6 10 l-12 0 z\" "
          "fill=\"#fff\" stroke=\"%s\" stroke-width=\"1.5\"><title>%h</title>"
          "</path>\n", ch_x(&c, aX[m-1]), ch_y(&c, aY[m-1]),
          ch_x(&c, xp), ch_y(&c, pGs->res.rProjected), c.zLitColor,
          ch_x(&c, xp), ch_y(&c, pGs->res.rProjected)-6, c.zLitColor,
          arena_printf(&p->arena, tr(p, "projection for %s: %s"), zPer,
                       page_num(p, pGs->res.rProjected)));
      }
    }
    for(i=0; i<n; i++){
      Date x = bGrowth ? per_mid(a[i].per) : period_end(a[i].per);
      if( x<c.t0 || x>c.t1 ) continue;
      if( n>60 && !a[i].bPartial && !a[i].bConflict ) continue;
      draw_obs_point(&c, x, &a[i]);
      if( a[i].bPartial && bGrowth ){
        html_printf(b, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" "
          "text-anchor=\"middle\" fill=\"" C_MUTED "\">%h</text>\n",
          ch_x(&c, x), ch_y(&c, a[i].v)+18, tr(p, "so far"));
      }
    }
  }
  draw_vline(&c, at, page_day_in(p, at==date_today()
             ? tr(p, "today %s") : tr(p, "as of %s"), at), "2 2");
  if( deadline!=DATE_NONE && deadline!=at ){
    draw_vline(&c, deadline, tr(p, "deadline"), "8 3 2 3");
  }
  html_printf(b, "</svg>\n<figcaption class=\"note\">%h%h%h</figcaption>\n"
    "</figure>\n", bGrowth
    ? tr(p, "Values per goal period, added up from the indicator's data; "
            "a hollow circle is a period not yet complete.")
    : bBars ? tr(p, "One bar per period; hatched bars are below the target "
                    "or not yet complete.")
    : bWindow ? tr(p, "The running total since the start.")
    : tr(p, "The indicator's values against the straight path from the "
            "baseline to the target."), zCellNote ? " " : "",
    zCellNote ? zCellNote : "");
  data_table(p, a, n, aTp, aTv, nT, zTarget, &cells);
}
