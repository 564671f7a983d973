/*
** render_pdfInt.h: what the two files of the PDF renderer share
** (render_pdf.c: pages, text, headings, title page, contents, the walk;
** render_pdf_table.c: tables and charts).  Not a public interface.
**
** The renderer lays the tree out twice on the same cairo PDF surface: the
** first pass (bDraw 0) only measures, to learn on which page each level-1
** section starts and how many pages there are; the second draws, with
** "Page N of M" and the contents' page numbers known.  Both passes make
** exactly the same layout decisions, so the numbers are right.
*/
#ifndef ACCORD_RENDER_PDF_INT_H
#define ACCORD_RENDER_PDF_INT_H

#include <cairo.h>
#include <pango/pangocairo.h>

#include "report.h"

/* A4 in points and the body's margins. */
#define PDF_W      595.276
#define PDF_H      841.89
#define PDF_ML     64.0       /* left margin */
#define PDF_MR     64.0       /* right margin */
#define PDF_TOP    72.0       /* top of the body (the header is above) */
#define PDF_BOTTOM 772.0      /* bottom of the body (the footer below) */
#define PDF_CW     (PDF_W - PDF_ML - PDF_MR)   /* body width */

#define PDF_INK    0x1b2533u
#define PDF_MUTED  0x5b6675u
#define PDF_ACCENT 0x1f4e79u
#define PDF_RULE   0xc9d1dbu

/* Fonts (index into the renderer's table of descriptions). */
typedef enum PdfFont {
  PF_BODY = 0, PF_BODY_B, PF_NOTE, PF_H1, PF_H2, PF_H3, PF_CELL, PF_CELL_B,
  PF_CAPTION, PF_SMALL, PF_SMALL_B, PF_TOC, PF_TITLE, PF_SUBTITLE,
  PF__MAX
} PdfFont;

/* Words of the renderer, in the report's language (pdf_word). */
typedef enum PdfWord {
  PW_PAGE_OF = 0, PW_CONTENTS, PW_GENERATED, PW_PERIOD, PW_FIGURE,
  PW_CLASS, PW_PUBLIC, PW_INTERNAL, PW_RESTRICTED,
  PW__MAX
} PdfWord;

/* One entry of the table of contents: a level-1 section. */
typedef struct PdfToc {
  const RNode *pSec;
  int iPage;            /* the page it starts on (pass 1) */
} PdfToc;

#define PDF_MAXTAG 8      /* structure tags open at once, at most */

/* The state of one rendering. */
typedef struct Pdf {
  const Report *pRep;
  cairo_surface_t *pSurf;
  cairo_t *cr;
  PangoContext *pCtx;
  PangoFontDescription *apFont[PF__MAX];
  int bDraw;            /* 0: measuring pass; 1: drawing pass */
  int iPage;            /* the current page, from 1; 0 before the first */
  int nPage;            /* pages in all (known in the drawing pass) */
  double y;             /* the next free y on the current page */
  int bFresh;           /* nothing placed on the current page yet */
  PdfToc *aToc;         /* level-1 sections, in order */
  int nToc;
  int iToc;             /* the next level-1 section to meet */
  int nFigure;          /* charts placed so far */
  int iOutline1;        /* outline id of the current level-1 section */
  const RNode *pSkip;   /* a table being skipped by the walk, or NULL */
  const RNode *pFront;  /* the first child of the root the title page did
                        ** not take (its notes come before), or NULL */
  int bFront;           /* the walk is still among those notes */
  void **apTab;         /* tables measured in the first pass, in order, */
  int nTab, nTabAlloc;  /* kept for the second (render_pdf_table.c) */
  int iTab;             /* the next one the second pass takes */
  const char *azTag[PDF_MAXTAG];  /* structure tags open (drawing pass) */
  int nTag;
  char **azAlt;         /* each figure's alternative text, in the order */
  int nAlt, nAltAlloc;  /* drawn (drawing pass; pdf_mark sets them) */
} Pdf;

/* render_pdf.c */
const char *pdf_word(const Pdf *p, PdfWord e);
void pdf_rgb(cairo_t *cr, unsigned rgb);
/* A new layout of text z in font e, wrapped at width w points (w<=0: no
** wrapping).  The caller unrefs it. */
PangoLayout *pdf_layout(Pdf *p, const char *z, PdfFont e, double w);
double pdf_layout_height(PangoLayout *pL);
double pdf_layout_width(PangoLayout *pL);
/* Tagged PDF (cairo's structure tags, drawing pass only): open and
** close structure element zTag ("H1", "P", "Table", "TR", "TD",
** "Figure", ...).  Elements open at a page break are closed before the
** page's header and footer are drawn (which so stay outside the
** structure) and opened again on the next page: a table that runs on is
** two tables, each with its header row. */
void pdf_tag_begin(Pdf *p, const char *zTag);
void pdf_tag_end(Pdf *p, const char *zTag);
/* Start a new page (ending the current one). */
void pdf_new_page(Pdf *p);
/* Make sure rNeed points are left on the page, else start a new one. */
void pdf_need(Pdf *p, double rNeed);
/* The room a section's heading takes, from the end of what precedes it
** to the start of its first child. */
double pdf_heading_height(Pdf *p, const RNode *pSec);

/* render_pdf_mark.c: the PDF pIn cairo wrote, appended to pOut marked as
** tagged (/MarkInfo), in language zLang (/Lang), with the alternative
** text azAlt[i] on the i-th Figure of its structure tree.  ACC_IO with a
** message in zErr if qpdf cannot read or write it, or if the tree does
** not hold nAlt figures. */
AccRc pdf_mark(const Buf *pIn, const char *zLang,
               const char *const *azAlt, int nAlt,
               Buf *pOut, char *zErr, int nErr);

/* render_pdf_table.c */
void pdf_table(Pdf *p, const RNode *pTable);
void pdf_tables_free(Pdf *p);   /* the tables kept between the passes */
/* Measure every table of the report before the first pass; tables with
** the same header row (the goals of each area) get the same size of
** type, the smallest any of them needs. */
void pdf_tables_measure(Pdf *p);
void pdf_chart(Pdf *p, const RNode *pNode);
/* The room to keep on a page for node pNode, so that a heading is not
** left alone at the foot of a page: a chart's whole height, a table's
** header with its first row or two (the table is measured now if it was
** not yet), the first lines of text, a sub-heading with what it keeps. */
double pdf_keep_need(Pdf *p, const RNode *pNode);

#endif
