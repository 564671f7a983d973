/*
** chart.c: TEMPORARY stand-in until the real chart module (cairo) is
** merged.  It draws nothing: chart_write() fails, so renderers print that
** the chart is not available.  The integrator replaces this file.
*/
#include "chart.h"

void chart_draw(const Chart *pChart, void *cr, double x, double y,
                double w, double h){
  (void)pChart; (void)cr; (void)x; (void)y; (void)w; (void)h;
}

int chart_write(const Chart *pChart, ChartFormat eFmt, double w, double h,
                Buf *pOut){
  (void)pChart; (void)eFmt; (void)w; (void)h; (void)pOut;
  return -1;
}
