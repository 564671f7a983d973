/*
** page_chart_cells.c: the cells of a breakdown beside a goal's chart
** (docs/design.md "Breakdowns": the total is judged, the cells are
** shown): which cells are drawn, their thin lines, and their legend in
** rows under the chart (page_chart.c draws the rest).
*/
#include "page_chartInt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const azCellColor[CH_MAXCELL] = {
  "#2b6cb0", "#8a4f9e", "#2f7f7a", "#9c6a2a", "#55606e", "#a34a6b"
};
static const char *const azCellDash[CH_MAXCELL] = {
  "4 2", "1.5 1.5", "7 2", "2 3", "5 1.5", "1 3"
};

static int cell_cmp(const void *x, const void *y){
  return strcmp(*(const char *const*)x, *(const char *const*)y);
}

/* Whether points a[0..n-1] hold one that page_chart_cells_draw() draws
** (a complete period). */
static int cell_drawn(const ChPt *a, int n){
  int i;
  for(i=0; i<n; i++){
    if( !a[i].bPartial ) return 1;
  }
  return 0;
}

/* Read the cells of a[0..n-1] into *pC: the first CH_MAXCELL in sort
** order that have a value to draw (a cell recorded only after `at`, or
** only in a period not yet complete, is neither drawn nor named),
** aggregated to fTo when bAgg. */
void page_chart_cells_read(Req *p, int64_t idInd, const PageObs *a, int n,
                           int64_t iRecord, Freq fInd, Freq fTo, int bAgg, Agg eAgg, Date at,
                       ChCells *pC){
  const char **az;
  int i, nAll = 0;
  memset(pC, 0, sizeof(*pC));
  az = arena_alloc(&p->arena, sizeof(char*)*(size_t)(n ? n : 1));
  for(i=0; i<n; i++){
    Period per;
    /* the cells with a value that may be drawn, each once */
    if( a[i].zCell==0 || a[i].zCell[0]==0 || !isfinite(a[i].r)
     || period_parse(a[i].zPeriod, &per) || per.eFreq!=(int)fInd
     || period_start(per)>at ){
      continue;
    }
    az[nAll++] = a[i].zCell;
  }
  if( nAll>1 ) qsort(az, (size_t)nAll, sizeof(char*), cell_cmp);
  for(i=0; i<nAll && pC->n<CH_MAXCELL; i++){
    ChPt *aPt;
    int m;
    if( i>0 && strcmp(az[i], az[i-1])==0 ) continue;
    aPt = page_chart_resolve(p, a, n, az[i], iRecord, fInd, at, &m);
    if( bAgg ) aPt = page_chart_aggregate(p, aPt, m, fInd, fTo, eAgg, at, &m);
    if( !cell_drawn(aPt, m) ) continue;
    pC->az[pC->n] = az[i];
    pC->azLabel[pC->n] = page_cell(p, idInd, az[i]);
    pC->aa[pC->n] = aPt;
    pC->an[pC->n] = m;
    pC->n++;
  }
}

/* The legend of the cells under the chart, as rows of CH_CELLROW that
** wrap within the chart's width: with x0, draws it; the number of rows.
** The head ("breakdown, shown, not judged:") leads the first row. */
int page_chart_cells_legend(Chart *c, const ChCells *pC, int bDraw){
  Buf *b = &c->p->body;
  const char *zHead = tr(c->p, "breakdown, shown, not judged:");
  int k, x = CH_L, row = 0;
  if( bDraw ){
    html_printf(b, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\""
      C_MUTED "\">%h</text>\n", x, CH_H+12, zHead);
  }
  x += page_text_px(zHead, 11) + 10;
  for(k=0; k<pC->n; k++){
    const char *zL = pC->azLabel[k];
    int w = 30 + page_text_px(zL, 11);
    if( x+w > CH_W-CH_R && x>CH_L ){
      row++;
      x = CH_L;
    }
    if( bDraw ){
      int y = CH_H + row*CH_CELLROW;
      html_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
        "stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"%s\"/>"
        "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"" C_INK "\">%h"
        "</text>\n", x, y+8, x+24, y+8, azCellColor[k], azCellDash[k],
        x+30, y+12, zL);
    }
    x += w + 14;
  }
  return row+1;
}

/* The cells' thin lines (complete periods only) and their legend under
** the chart. */
void page_chart_cells_draw(Chart *c, const ChCells *pC, int bMid){
  Buf *b = &c->p->body;
  int k, i;
  for(k=0; k<pC->n; k++){
    int m = 0;
    html_printf(b, "<polyline fill=\"none\" stroke=\"%s\" "
      "stroke-width=\"1.5\" stroke-dasharray=\"%s\" points=\"",
      azCellColor[k], azCellDash[k]);
    for(i=0; i<pC->an[k]; i++){
      const ChPt *pt = &pC->aa[k][i];
      Date d = bMid ? per_mid(pt->per) : period_end(pt->per);
      if( d<c->t0 || d>c->t1 || pt->bPartial ) continue;
      html_printf(b, "%s%.1f,%.1f", m ? " " : "", ch_x(c, d),
                  ch_y(c, pt->v));
      m++;
    }
    html_printf(b, "\"><title>%h</title></polyline>\n",
                pC->azLabel[k]);
  }
  page_chart_cells_legend(c, pC, 1);
}

