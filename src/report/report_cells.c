/*
** report_cells.c: the cells of a breakdown beside an indicator's chart
** (docs/design.md "Breakdowns"): the total is judged, the cells are
** shown.  Each cell's series is resolved as the total's is (preferred
** value, source of record, first source's latest; rb_series_raw()),
** coarsened to the chart's periods the same way, and kept to the periods
** the total shows.  The chart draws them thin beside the total with a
** legend naming them; a note says the total is judged, the alternative
** text names the cells, and a table gives their values.  An indicator
** without cells gets none of this, so its chart is as before.
*/
#include "reportInt.h"
#include "../core/breakdown.h"
#include "../store/dimension.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *rb_cell_text(ReportBuild *b, int64_t idInd, const char *zCell){
  if( b->pDims==0 || b->iDimsInd!=idInd ){
    b->pDims = arena_alloc(b->pA, sizeof(DimSet));
    b->iDimsInd = idInd;
    store_dims_load(b->pStore, store_dims_dialogue(b->pStore, idInd),
                    b->pDims, b->pA);
  }
  return store_dims_describe(b->pDims, zCell, b->p->eLang, b->pA);
}

static int cell_cmp(const void *a, const void *b){
  return strcmp(*(const char *const*)a, *(const char *const*)b);
}

/* The distinct cells of aObs[0..n-1], sorted, in the arena, into *paz;
** returns their count. */
static int cells_list(ReportBuild *b, const RObs *a, int n,
                      const char ***paz){
  const char **azAll = arena_alloc(b->pA, sizeof(char*)*(n ? n : 1));
  int i, j, nAll = 0;
  for(i=0; i<n; i++){
    if( a[i].zCell==0 ) continue;
    for(j=0; j<nAll && strcmp(azAll[j], a[i].zCell)!=0; j++){}
    if( j==nAll ) azAll[nAll++] = a[i].zCell;
  }
  if( nAll>1 ) qsort(azAll, nAll, sizeof(char*), cell_cmp);
  *paz = azAll;
  return nAll;
}

void rb_chart_cells(ReportBuild *b, RNode *pS, Chart *pC, int64_t idInd,
                    const RObs *aObs, int n, int64_t iRecord, Freq eInd, Freq ePlot, Agg eAgg,
                    const Period *aPer, int nPt){
  const char **az;
  ChartCell *aCell;
  Buf names = BUF_INIT;
  int nAll, nCell = 0, nMore = 0, i, k;
  ChartPoint *aPt;
  Period *aP;
  nAll = cells_list(b, aObs, n, &az);
  if( nAll==0 || nPt==0 ) return;
  aCell = arena_alloc(b->pA, sizeof(ChartCell)*CHART_MAX_CELLS);
  /* one cell at a time; the points of a cell drawn go to the arena */
  aPt = acc_malloc(sizeof(ChartPoint)*(size_t)n);
  aP = acc_malloc(sizeof(Period)*(size_t)n);
  for(k=0; k<nAll; k++){
    ChartPoint *aKeep;
    const char *zD;
    int m, bPartial = 0, j = 0;
    m = rb_series_raw(aObs, n, b->p->at, iRecord, az[k], aPt, aP);
    if( ePlot>eInd ) m = rb_series_coarsen(aPt, aP, m, ePlot, eAgg, &bPartial);
    /* the periods the total shows, no others */
    for(i=0; i<m; i++){
      int q;
      for(q=0; q<nPt && period_cmp(aPer[q], aP[i])!=0; q++){}
      if( q<nPt ) aPt[j++] = aPt[i];
    }
    /* A cell with no value in those periods is not drawn, not named. */
    if( j==0 ) continue;
    if( nCell>=CHART_MAX_CELLS ){
      nMore++;
      continue;
    }
    zD = rb_cell_text(b, idInd, az[k]);
    aKeep = arena_alloc(b->pA, sizeof(ChartPoint)*j);
    memcpy(aKeep, aPt, sizeof(ChartPoint)*j);
    aCell[nCell].zLabel = arena_printf(b->pA, rtr(b, "%s (breakdown)"), zD);
    aCell[nCell].zCell = az[k];
    aCell[nCell].a = aKeep;
    aCell[nCell].n = j;
    buf_appendf(&names, "%s%s", nCell ? "; " : "", zD);
    nCell++;
  }
  free(aPt);
  free(aP);
  if( nCell==0 ){
    buf_free(&names);
    return;
  }
  pC->aCell = aCell;
  pC->nCell = nCell;
  rb_para(b, pS, RF_NOTE, arena_printf(b->pA, rtr(b, "The total is judged; "
          "the cells of its breakdown (%s) are shown beside it, not judged."),
          buf_str(&names)));
  if( nMore>0 ){
    rb_para(b, pS, RF_NOTE, arena_printf(b->pA, rtr(b, "Cells recorded "
            "and not drawn: %d; the table below lists the ones drawn."),
            nMore));
  }
  buf_free(&names);
}

const char *rb_cells_alt(ReportBuild *b, const Chart *pC){
  Buf names = BUF_INIT;
  const char *z;
  int k;
  if( pC->nCell==0 ) return "";
  for(k=0; k<pC->nCell; k++){
    buf_appendf(&names, "%s%s", k ? "; " : "", pC->aCell[k].zLabel);
  }
  z = arena_printf(b->pA, rtr(b, " The total is judged; thinner lines "
                              "show the cells of its breakdown: %s."),
                   buf_str(&names));
  buf_free(&names);
  return z;
}

void rb_cells_table(ReportBuild *b, RNode *pS, const Chart *pC,
                    int64_t idInd, const Period *aPer, int nPt){
  static const char *const azHead[] = {
    RH("Period"), RH("Breakdown"), RH("Value")
  };
  RNode *pT, *pR;
  int i, k, j;
  if( pC->nCell==0 ) return;
  pT = rb_table(b, pS, 3, azHead);
  for(i=0; i<nPt; i++){
    for(k=0; k<pC->nCell; k++){
      const ChartCell *pCell = &pC->aCell[k];
      for(j=0; j<pCell->n && pCell->a[j].x!=pC->aObs[i].x; j++){}
      if( j>=pCell->n ) continue;
      pR = rb_row(b, pT);
      rb_cell_period(b, pR, aPer[i]);
      rb_cell(b, pR, rb_cell_text(b, idInd, pCell->zCell));
      rb_cell_num(b, pR, pCell->a[j].y, 0);
    }
  }
}
