/*
** chart.c: the charts of Accord (chart.h), drawn with cairo and pango on
** any cairo surface: SVG for the web and HTML reports, PDF pages for PDF
** reports, PNG for XLSX.
**
** This file holds what the three kinds share (colours, markers, hatches,
** text, axes, legends) and the entry points; chart_kinds.c draws each
** kind: an indicator's observations against the goal's target path, the
** roadmap timeline of planned against actual dates, and the status of the
** goals of each framework area as stacked bars.  Everything is readable
** in grey print: each status has a colour of its own lightness and also a
** marker shape, a line dash and, in bars, a hatch (chartInt.h), and
** legends always name what a mark means.  Text is
** laid out by pango in DejaVu Sans, which covers Latin and Cyrillic.
**
** Output depends only on the Chart: no clock; the ids of an SVG are
** scoped by a hash of the chart (svg_scope_ids), so that they neither
** depend on how many surfaces the process made before nor clash when
** several charts are inlined in one page; no date in a PDF (the metadata
** date is set empty, which cairo 1.16 leaves out).
*/
#include "chartInt.h"
#include "../core/l10n.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The statuses' colours: distinct lightness where it matters (achieved
** and overdue are both dark, so overdue is cross-hatched in bars; on track
** and off track are both mid, so off track is hatched). */
static const unsigned aStatusRgb[STATUS__MAX] = {
  0x8e1b16,   /* overdue: dark red */
  0xd4542b,   /* off track: orange red */
  0xe3a727,   /* at risk: amber */
  0x4f9a5e,   /* on track: green */
  0x1e5631,   /* achieved: dark green */
  0x9aa3ad,   /* not started: grey */
  0xe3e6ea,   /* no data: light grey */
  0x6a3d9a,   /* sources disagree: purple */
};
static const unsigned aStatusTint[STATUS__MAX] = {
  0xf2d4d2, 0xf9dccf, 0xfbeccb, 0xdcefe0, 0xcfe3d4, 0xe9ebee, 0xf4f5f7,
  0xe8dff2
};

/* Words of the charts in the three languages of a report. */
static const char *const azChartWord[CW__MAX][3] = {
  { "Observed", "Ostvareno", "Остварено" },
  { "Target path", "Putanja cilja", "Путања циља" },
  { "Deadline", "Rok", "Рок" },
  { "Today", "Danas", "Данас" },
  { "Planned", "Planirano", "Планирано" },
  { "Completed", "Završeno", "Завршено" },
  { "Late", "Sa zakašnjenjem", "Са закашњењем" },
  { "Ongoing", "U toku", "У току" },
  { "Number of goals", "Broj ciljeva", "Број циљева" },
  { "No data to show", "Nema podataka za prikaz", "Нема података за приказ" },
  { "days", "dana", "дана" },
};

const char *chart_word(const ChartCx *c, ChartWord e){
  return azChartWord[e][c->eLang];
}

/* Split 0xRRGGBB into cairo's 0..1 components and set it as the source. */
void chart_set_rgb(cairo_t *cr, unsigned rgb){
  cairo_set_source_rgb(cr, ((rgb>>16)&0xff)/255.0, ((rgb>>8)&0xff)/255.0,
                       (rgb&0xff)/255.0);
}

static int status_ok(int e){ return e>=0 && e<STATUS__MAX; }

void chart_status_rgb(int e, double *pR, double *pG, double *pB){
  unsigned rgb = aStatusRgb[status_ok(e) ? e : STATUS_NO_DATA];
  *pR = ((rgb>>16)&0xff)/255.0;
  *pG = ((rgb>>8)&0xff)/255.0;
  *pB = (rgb&0xff)/255.0;
}

unsigned chart_status_tint(int e){
  return aStatusTint[status_ok(e) ? e : STATUS_NO_DATA];
}

unsigned chart_status_color(int e){
  return aStatusRgb[status_ok(e) ? e : STATUS_NO_DATA];
}

/* A path of a regular shape around (x, y). */
static void path_diamond(cairo_t *cr, double x, double y, double r){
  cairo_move_to(cr, x, y-r);
  cairo_line_to(cr, x+r, y);
  cairo_line_to(cr, x, y+r);
  cairo_line_to(cr, x-r, y);
  cairo_close_path(cr);
}

void chart_diamond(cairo_t *cr, double x, double y, double r, unsigned rgb,
                   int bFilled){
  path_diamond(cr, x, y, r);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_fill_preserve(cr);
  chart_set_rgb(cr, rgb);
  if( bFilled ) cairo_fill_preserve(cr);
  cairo_set_line_width(cr, 1.3);
  cairo_stroke(cr);
}

void chart_status_marker(void *pCr, int e, double x, double y, double r){
  cairo_t *cr = pCr;
  double r2 = r*1.15;
  if( !status_ok(e) ) e = STATUS_NO_DATA;
  cairo_save(cr);
  cairo_new_path(cr);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
  switch( (Status)e ){
    case STATUS_ACHIEVED:
    case STATUS_NO_DATA:
      cairo_rectangle(cr, x-r*0.9, y-r*0.9, r*1.8, r*1.8);
      break;
    case STATUS_ON_TRACK:
    case STATUS_NOT_STARTED:
      cairo_arc(cr, x, y, r, 0, 2*M_PI);
      break;
    case STATUS_AT_RISK:
      cairo_move_to(cr, x, y-r2);
      cairo_line_to(cr, x+r2, y+r2*0.75);
      cairo_line_to(cr, x-r2, y+r2*0.75);
      cairo_close_path(cr);
      break;
    case STATUS_OFF_TRACK:
      cairo_move_to(cr, x, y+r2);
      cairo_line_to(cr, x+r2, y-r2*0.75);
      cairo_line_to(cr, x-r2, y-r2*0.75);
      cairo_close_path(cr);
      break;
    case STATUS_OVERDUE:
    default:
      /* a cross: drawn as a thick stroke with a white halo */
      cairo_move_to(cr, x-r, y-r); cairo_line_to(cr, x+r, y+r);
      cairo_move_to(cr, x+r, y-r); cairo_line_to(cr, x-r, y+r);
      cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_set_line_width(cr, r*0.9);
      cairo_stroke_preserve(cr);
      chart_set_rgb(cr, aStatusRgb[e]);
      cairo_set_line_width(cr, r*0.5);
      cairo_stroke(cr);
      cairo_restore(cr);
      return;
  }
  if( e==STATUS_NOT_STARTED || e==STATUS_NO_DATA ){
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_fill_preserve(cr);
    chart_set_rgb(cr, e==STATUS_NO_DATA ? 0x6b7280 : 0x5b6675);
    cairo_set_line_width(cr, r*0.4);
    cairo_stroke(cr);
  }else if( e==STATUS_AT_RISK ){
    /* amber is light: a dark edge keeps it visible in grey */
    chart_set_rgb(cr, aStatusRgb[e]);
    cairo_fill_preserve(cr);
    chart_set_rgb(cr, 0x7a5200);
    cairo_set_line_width(cr, r*0.25);
    cairo_stroke(cr);
  }else{
    chart_set_rgb(cr, aStatusRgb[e]);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_set_line_width(cr, r*0.3);
    cairo_stroke(cr);
  }
  cairo_restore(cr);
}

/* Stroke parallel lines of slope (dx, dy) every rGap points across the
** rectangle, clipped to it. */
static void hatch(cairo_t *cr, double x, double y, double w, double h,
                  double dx, double dy, double rGap){
  double s, n = w + h;
  cairo_save(cr);
  cairo_rectangle(cr, x, y, w, h);
  cairo_clip(cr);
  cairo_new_path(cr);
  for(s = -n; s <= n; s += rGap){
    if( dy==0 ){
      if( s<0 || s>h ) continue;
      cairo_move_to(cr, x, y+s); cairo_line_to(cr, x+w, y+s);
    }else{
      cairo_move_to(cr, x+s, y+h);
      cairo_line_to(cr, x+s+dx*n, y+h-dy*n);
    }
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}

void chart_status_fill(void *pCr, int e, double x, double y, double w,
                       double h){
  cairo_t *cr = pCr;
  if( !status_ok(e) ) e = STATUS_NO_DATA;
  if( w<=0 || h<=0 ) return;
  cairo_save(cr);
  cairo_new_path(cr);
  chart_set_rgb(cr, aStatusRgb[e]);
  cairo_rectangle(cr, x, y, w, h);
  cairo_fill(cr);
  cairo_set_line_width(cr, 0.9);
  switch( (Status)e ){
    case STATUS_OVERDUE:
      cairo_set_source_rgb(cr, 1, 1, 1);
      hatch(cr, x, y, w, h, 1, 1, 4.0);
      hatch(cr, x, y, w, h, -1, 1, 4.0);
      break;
    case STATUS_OFF_TRACK:
      cairo_set_source_rgb(cr, 1, 1, 1);
      hatch(cr, x, y, w, h, 1, 1, 3.5);
      break;
    case STATUS_AT_RISK:
      cairo_set_source_rgba(cr, 0.11, 0.15, 0.2, 0.55);
      cairo_set_line_width(cr, 0.6);
      hatch(cr, x, y, w, h, -1, 1, 4.0);
      break;
    case STATUS_NOT_STARTED:
      cairo_set_source_rgb(cr, 1, 1, 1);
      hatch(cr, x, y, w, h, 1, 0, 3.0);
      break;
    case STATUS_NO_DATA:
      chart_set_rgb(cr, 0x9aa3ad);
      cairo_set_line_width(cr, 0.8);
      cairo_rectangle(cr, x+0.4, y+0.4, w-0.8, h-0.8);
      cairo_stroke(cr);
      break;
    default:
      break;
  }
  cairo_restore(cr);
}

/* Whether the UTF-8 text z holds a Cyrillic letter (U+0400..U+04FF). */
static int has_cyrillic(const char *z){
  for(; *z; z++){
    unsigned char c = (unsigned char)*z;
    if( (c==0xd0 || c==0xd1 || c==0xd2 || c==0xd3) && z[1] ) return 1;
  }
  return 0;
}

int chart_lang(const Chart *pChart){
  int i, bDiffer = 0;
  if( pChart->azStatus==0 ) return 0;
  for(i=0; i<STATUS__MAX; i++){
    const char *z = pChart->azStatus[i];
    if( z==0 ) continue;
    if( has_cyrillic(z) ) return 2;
    if( strcmp(z, azStatusLabel[i])!=0 ) bDiffer = 1;
  }
  return bDiffer ? 1 : 0;
}

const char *chart_status_label(const Chart *pChart, int e){
  if( !status_ok(e) ) e = STATUS_NO_DATA;
  if( pChart->azStatus && pChart->azStatus[e] ) return pChart->azStatus[e];
  return azStatusLabel[e];
}

void chart_format_num(double x, int nDec, int eLang, char *zOut, int nOut){
  char z[L10N_NUMSZ];
  snprintf(zOut, nOut, "%s", l10n_fixed(x, nDec, eLang, z));
}

/* ---- text ----------------------------------------------------------- */

void chart_cx_init(ChartCx *c, const Chart *pChart, cairo_t *cr){
  cairo_font_options_t *pOpt = cairo_font_options_create();
  PangoContext *pCtx;
  memset(c, 0, sizeof(*c));
  c->cr = cr;
  c->pChart = pChart;
  c->eLang = chart_lang(pChart);
  c->pLayout = pango_cairo_create_layout(cr);
  pCtx = pango_layout_get_context(c->pLayout);
  /* Unhinted metrics: the same layout on every surface. */
  cairo_font_options_set_hint_metrics(pOpt, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(pOpt, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(pCtx, pOpt);
  cairo_font_options_destroy(pOpt);
  pango_layout_context_changed(c->pLayout);
  c->pFont = pango_font_description_from_string("DejaVu Sans 8");
}

void chart_cx_done(ChartCx *c){
  if( c->pFont ) pango_font_description_free(c->pFont);
  if( c->pLayout ) g_object_unref(c->pLayout);
  memset(c, 0, sizeof(*c));
}

/* Set the layout to text z at rSize points, bold or not, wrapped or
** ellipsized at rMaxW points when rMaxW>0; *pW and *pH its size. */
static void cx_set(ChartCx *c, const char *z, double rSize, int bBold,
                   double rMaxW, double *pW, double *pH){
  PangoRectangle r;
  pango_font_description_set_size(c->pFont, (int)(rSize*PANGO_SCALE+0.5));
  pango_font_description_set_weight(c->pFont,
      bBold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(c->pLayout, c->pFont);
  pango_layout_set_width(c->pLayout,
      rMaxW>0 ? (int)(rMaxW*PANGO_SCALE) : -1);
  pango_layout_set_ellipsize(c->pLayout,
      rMaxW>0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text(c->pLayout, z, -1);
  pango_layout_get_extents(c->pLayout, 0, &r);
  if( pW ) *pW = (double)r.width/PANGO_SCALE;
  if( pH ) *pH = (double)r.height/PANGO_SCALE;
}

double chart_text_width(ChartCx *c, const char *z, double rSize, int bBold){
  double w;
  cx_set(c, z, rSize, bBold, 0, &w, 0);
  return w;
}

double chart_text(ChartCx *c, const char *z, double x, double y,
                  double rSize, int bBold, int eAlign, double rMaxW,
                  unsigned rgb){
  double w, h;
  cx_set(c, z, rSize, bBold, rMaxW, &w, &h);
  if( eAlign==1 ) x -= w/2;
  else if( eAlign==2 ) x -= w;
  chart_set_rgb(c->cr, rgb);
  cairo_move_to(c->cr, x, y);
  pango_cairo_show_layout(c->cr, c->pLayout);
  cairo_new_path(c->cr);
  return h;
}

/* ---- axes ----------------------------------------------------------- */

double chart_nice_step(double rRange, int nTarget){
  double rRaw, rMag, f;
  if( !(rRange>0) ) return 1;
  rRaw = rRange / (nTarget>0 ? nTarget : 5);
  rMag = pow(10, floor(log10(rRaw)));
  f = rRaw / rMag;
  return (f<1.5 ? 1 : f<3 ? 2 : f<7 ? 5 : 10) * rMag;
}

int chart_step_decimals(double rStep){
  int n = 0;
  while( n<6 && fabs(rStep*pow(10, n) - floor(rStep*pow(10, n)+0.5))>1e-6 ){
    n++;
  }
  return n;
}

void chart_time_axis(ChartTime *p, ChartCx *c, Date lo, Date hi,
                     double rAvail, double rMinSpace, int eMinFreq){
  int span, nStep = 1, nPer, bShort = 0, nMaxLabel;
  Freq e;
  Period per;
  int64_t i, iEnd;
  double rSpace;
  if( hi<=lo ) hi = lo + 30;
  span = hi - lo;
  if( span > 2*366 ) e = FREQ_YEAR;
  else if( span > 200 ) e = FREQ_QUARTER;
  else e = FREQ_MONTH;
  if( eMinFreq>(int)e && eMinFreq<FREQ__MAX ) e = (Freq)eMinFreq;
  /* room for the widest label of this frequency in the chart's language
  ** ("III kv. 2028." is wider than "Q3 2028") */
  per.year = 2028;
  per.eFreq = (int8_t)e;
  per.n = e==FREQ_MONTH ? 12 : e==FREQ_QUARTER ? 3 : 0;
  {
    char zW[L10N_DATESZ];
    rSpace = chart_text_width(c, l10n_period_short(per, c->eLang, zW),
                              FS_LABEL, 0) + 8;
  }
  if( rSpace<rMinSpace ) rSpace = rMinSpace;
  nMaxLabel = (int)(rAvail / rSpace);
  if( nMaxLabel<2 ) nMaxLabel = 2;
  nPer = e==FREQ_YEAR ? span/365 + 1 : e==FREQ_QUARTER ? span/91 + 1
       : span/30 + 1;
  if( e==FREQ_YEAR && nPer>nMaxLabel && nPer<=nMaxLabel*2 ){
    bShort = 1;            /* "'27": every year keeps its label */
  }else{
    nStep = (nPer + nMaxLabel - 1) / nMaxLabel;
    if( nStep<1 ) nStep = 1;
  }
  p->t0 = lo - span/25 - 2;
  p->t1 = hi + span/25 + 2;
  /* start at the period's start when it is near, so it gets a label */
  {
    Date d = period_start(period_containing(p->t0, e));
    if( p->t0 - d <= span/8 ) p->t0 = d - span/100 - 1;
  }
  p->n = 0;
  per = period_containing(p->t0, e);
  i = period_index(per);
  iEnd = period_index(period_containing(p->t1, e));
  for(; i<=iEnd && p->n<CHART_MAXTICK; i++){
    Period q = period_from_index(e, i);
    Date d = period_start(q);
    if( d<p->t0 || d>p->t1 ) continue;
    if( (e==FREQ_YEAR ? q.year : (int)i) % nStep ) continue;
    p->aT[p->n] = d;
    if( bShort ){
      snprintf(p->az[p->n], sizeof(p->az[0]), "\xe2\x80\x99%02d",
               q.year % 100);
    }else{
      char zL[L10N_DATESZ];
      snprintf(p->az[p->n], sizeof(p->az[0]), "%s",
               l10n_period_short(q, c->eLang, zL));
    }
    p->n++;
  }
}

/* ---- legend --------------------------------------------------------- */

/* Draw the swatch of legend item p in the 16 x 10 box at (x, y). */
static void legend_swatch(ChartCx *c, const ChartKey *p, double x, double y){
  cairo_t *cr = c->cr;
  double yc = y + 5;
  cairo_save(cr);
  cairo_new_path(cr);
  switch( p->eKind ){
    case KEY_SERIES:
      chart_series_style(cr, p->eStatus);
      cairo_move_to(cr, x, yc); cairo_line_to(cr, x+16, yc);
      cairo_stroke(cr);
      cairo_set_dash(cr, 0, 0, 0);
      chart_status_marker(cr, p->eStatus, x+8, yc, 3.2);
      break;
    case KEY_TARGET:
      chart_target_style(cr);
      cairo_move_to(cr, x, yc); cairo_line_to(cr, x+16, yc);
      cairo_stroke(cr);
      break;
    case KEY_VLINE:
      chart_set_rgb(cr, p->rgb);
      cairo_set_line_width(cr, 1.2);
      if( p->eStatus ){
        double d[2] = { 1.5, 2 };
        cairo_set_dash(cr, d, 2, 0);
      }
      cairo_move_to(cr, x+8, y); cairo_line_to(cr, x+8, y+10);
      cairo_stroke(cr);
      break;
    case KEY_FILL:
      chart_status_fill(cr, p->eStatus, x+1, y, 14, 10);
      break;
    case KEY_DIAMOND:
      chart_diamond(cr, x+8, yc, 4.2, p->rgb, p->eStatus);
      break;
    case KEY_LATE: {
      double d[2] = { 3, 2 };
      chart_set_rgb(cr, p->rgb);
      cairo_set_line_width(cr, 1.3);
      cairo_set_dash(cr, d, 2, 0);
      cairo_move_to(cr, x, yc); cairo_line_to(cr, x+12, yc);
      cairo_stroke(cr);
      cairo_set_dash(cr, 0, 0, 0);
      chart_diamond(cr, x+13, yc, 3.4, p->rgb, 1);
      break;
    }
    case KEY_BAR:
      chart_ongoing_bar(cr, x, y+1.5, 16, 7);
      break;
    case KEY_CELL:
      chart_cell_style(cr, p->eStatus);
      cairo_move_to(cr, x, yc); cairo_line_to(cr, x+16, yc);
      cairo_stroke(cr);
      break;
  }
  cairo_restore(cr);
}

double chart_legend(ChartCx *c, const ChartKey *aKey, int nKey, double x,
                    double y, double w, int bDraw){
  double cx = x, cy = y, rLine = 13;
  int i;
  for(i=0; i<nKey; i++){
    double tw = chart_text_width(c, aKey[i].zLabel, 7.5, 0);
    double iw = 20 + tw + 12;
    if( cx>x && cx+iw > x+w ){
      cx = x;
      cy += rLine;
    }
    if( bDraw ){
      legend_swatch(c, &aKey[i], cx, cy+1);
      chart_text(c, aKey[i].zLabel, cx+20, cy, 7.5, 0, 0, 0, CHART_INK);
    }
    cx += iw;
  }
  return nKey>0 ? cy + rLine - y : 0;
}

/* ---- styles shared by the kinds ------------------------------------- */

void chart_series_style(cairo_t *cr, int e){
  static const double aSolid[1] = { 0 };
  static const double aLong[2] = { 6, 2.5 };
  static const double aShort[2] = { 3, 2.5 };
  static const double aDashDot[4] = { 7, 2.5, 1.5, 2.5 };
  static const double aDot[2] = { 1.2, 2.5 };
  chart_set_rgb(cr, chart_status_color(e));
  cairo_set_line_width(cr, 2.0);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  switch( status_ok(e) ? (Status)e : STATUS_NO_DATA ){
    case STATUS_AT_RISK: cairo_set_dash(cr, aLong, 2, 0); break;
    case STATUS_OFF_TRACK: cairo_set_dash(cr, aShort, 2, 0); break;
    case STATUS_OVERDUE: cairo_set_dash(cr, aDashDot, 4, 0); break;
    case STATUS_NOT_STARTED: case STATUS_NO_DATA:
      cairo_set_dash(cr, aDot, 2, 0);
      chart_set_rgb(cr, 0x5b6675);
      break;
    default: cairo_set_dash(cr, aSolid, 0, 0); break;
  }
}

void chart_target_style(cairo_t *cr){
  static const double aDash[2] = { 5, 3 };
  chart_set_rgb(cr, CHART_INK);
  cairo_set_line_width(cr, 1.1);
  cairo_set_dash(cr, aDash, 2, 0);
}

/* The cells of a breakdown: thin lines, each its own colour and dash,
** so that they read apart in grey print and never look like the total
** (a thicker line in the status's colour, with markers). */
void chart_cell_style(cairo_t *cr, int k){
  static const unsigned aRgb[CHART_MAX_CELLS] = {
    0x2b6cb0, 0x8a4f9e, 0x2f7f7a, 0x9c6a2a, 0x55606e, 0xa34a6b
  };
  static const double aDash[CHART_MAX_CELLS][2] = {
    { 4, 2 }, { 1.5, 1.5 }, { 7, 2 }, { 2, 3 }, { 5, 1.5 }, { 1, 3 }
  };
  k = k<0 ? 0 : k%CHART_MAX_CELLS;
  chart_set_rgb(cr, aRgb[k]);
  cairo_set_line_width(cr, 1.2);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash(cr, aDash[k], 2, 0);
}

void chart_ongoing_bar(cairo_t *cr, double x, double y, double w, double h){
  cairo_save(cr);
  cairo_new_path(cr);
  chart_set_rgb(cr, aStatusTint[STATUS_ON_TRACK]);
  cairo_rectangle(cr, x, y, w, h);
  cairo_fill(cr);
  chart_set_rgb(cr, aStatusRgb[STATUS_ON_TRACK]);
  cairo_set_line_width(cr, 0.7);
  hatch(cr, x, y, w, h, 1, 1, 3.0);
  cairo_set_line_width(cr, 1.0);
  cairo_rectangle(cr, x, y, w, h);
  cairo_stroke(cr);
  cairo_restore(cr);
}

/* ---- the entry points ----------------------------------------------- */

void chart_draw(const Chart *pChart, void *pCr, double x, double y,
                double w, double h){
  cairo_t *cr = pCr;
  ChartCx c;
  if( w<40 || h<30 ) return;
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_rectangle(cr, 0, 0, w, h);
  cairo_clip(cr);
  cairo_new_path(cr);
  chart_cx_init(&c, pChart, cr);
  switch( pChart->eKind ){
    case CHART_INDICATOR: chart_draw_indicator(&c, w, h); break;
    case CHART_ROADMAP:   chart_draw_roadmap(&c, w, h); break;
    case CHART_AREAS:     chart_draw_areas(&c, w, h); break;
    default: break;
  }
  chart_cx_done(&c);
  cairo_restore(cr);
}

/* cairo's write callback: append to the Buf. */
static cairo_status_t chart_write_buf(void *pArg, const unsigned char *a,
                                unsigned int n){
  buf_append((Buf*)pArg, (const char*)a, n);
  return CAIRO_STATUS_SUCCESS;
}

/*
** Append SVG document z[0..n-1] to pOut with its ids made its own: cairo
** numbers the top group "surfaceN" by a counter of the whole process, so
** that id becomes "surface0"; and every id (glyphs, clips) and reference
** to one gets a prefix made from a hash of the document, so that several
** charts inlined in one HTML page do not take each other's glyphs, while
** the same chart still gives the same bytes.
*/
static void svg_scope_ids(const char *z, size_t n, Buf *pOut){
  Buf b = BUF_INIT;
  uint32_t h = 2166136261u;
  char zPre[16];
  size_t i;
  for(i=0; i<n; i++){
    if( n-i>11 && memcmp(z+i, "id=\"surface", 11)==0 ){
      buf_append(&b, "id=\"surface0", 12);
      for(i+=11; i<n && z[i]>='0' && z[i]<='9'; i++){}
      i--;
      continue;
    }
    buf_putc(&b, z[i]);
  }
  for(i=0; i<b.n; i++){
    h ^= (unsigned char)b.z[i];
    h *= 16777619u;
  }
  snprintf(zPre, sizeof(zPre), "c%08x-", (unsigned)h);
  for(i=0; i<b.n; i++){
    const char *zAt = b.z + i;
    size_t nLeft = b.n - i;
    if( nLeft>4 && memcmp(zAt, "id=\"", 4)==0 ){
      buf_append(pOut, zAt, 4);
      buf_puts(pOut, zPre);
      i += 3;
    }else if( nLeft>2 && memcmp(zAt, "\"#", 2)==0 ){
      buf_append(pOut, zAt, 2);
      buf_puts(pOut, zPre);
      i += 1;
    }else if( nLeft>5 && memcmp(zAt, "url(#", 5)==0 ){
      buf_append(pOut, zAt, 5);
      buf_puts(pOut, zPre);
      i += 4;
    }else{
      buf_putc(pOut, *zAt);
    }
  }
  buf_free(&b);
}

int chart_write(const Chart *pChart, ChartFormat eFmt, double w, double h,
                Buf *pOut){
  Buf b = BUF_INIT;
  cairo_surface_t *pSurf = 0;
  cairo_t *cr;
  cairo_status_t st;
  int rc = -1;
  if( !(w>0) || !(h>0) || w>20000 || h>20000 ) return -1;
  switch( eFmt ){
    case CHART_SVG:
      pSurf = cairo_svg_surface_create_for_stream(chart_write_buf, &b, w, h);
      break;
    case CHART_PDF:
      pSurf = cairo_pdf_surface_create_for_stream(chart_write_buf, &b, w, h);
      /* No creation date: cairo 1.16 leaves an empty one out. */
      cairo_pdf_surface_set_metadata(pSurf, CAIRO_PDF_METADATA_CREATE_DATE,
                                     "");
      cairo_pdf_surface_set_metadata(pSurf, CAIRO_PDF_METADATA_CREATOR,
                                     "Accord");
      if( pChart->zTitle ){
        cairo_pdf_surface_set_metadata(pSurf, CAIRO_PDF_METADATA_TITLE,
                                       pChart->zTitle);
      }
      break;
    case CHART_PNG:
      pSurf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32,
                                         (int)ceil(w*2), (int)ceil(h*2));
      break;
    default:
      return -1;
  }
  if( cairo_surface_status(pSurf)!=CAIRO_STATUS_SUCCESS ) goto out;
  cr = cairo_create(pSurf);
  if( eFmt==CHART_PNG ){
    cairo_scale(cr, 2, 2);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
  }
  /* a little margin, as the image stands alone */
  chart_draw(pChart, cr, 6, 6, w-12, h-12);
  st = cairo_status(cr);
  cairo_destroy(cr);
  if( st!=CAIRO_STATUS_SUCCESS ) goto out;
  if( eFmt==CHART_PNG ){
    cairo_surface_flush(pSurf);
    st = cairo_surface_write_to_png_stream(pSurf, chart_write_buf, &b);
  }else{
    cairo_surface_finish(pSurf);
    st = cairo_surface_status(pSurf);
  }
  if( st!=CAIRO_STATUS_SUCCESS ) goto out;
  if( eFmt==CHART_SVG ){
    svg_scope_ids(b.z ? b.z : "", b.n, pOut);
  }else{
    buf_append(pOut, b.z ? b.z : "", b.n);
  }
  rc = 0;
out:
  if( pSurf ) cairo_surface_destroy(pSurf);
  buf_free(&b);
  return rc;
}
