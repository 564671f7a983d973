/*
** render.c: report_render(), one entry point for every report format
** (see report.h).  Each format's renderer is its own file.
*/
#include "report.h"

#include <assert.h>

AccRc report_render(const Report *p, ReportFormat eFmt, Buf *pOut,
                    char *zErr, int nErr){
  static AccRc (*const axRender[RFMT__MAX])(const Report*, Buf*, char*,
                                            int) = {
    render_html, render_pdf, render_xlsx, render_csv
  };
  assert( eFmt>=0 && eFmt<RFMT__MAX );
  return axRender[eFmt](p, pOut, zErr, nErr);
}
