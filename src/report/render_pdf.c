/*
** render_pdf.c: a report as a PDF document (render_pdf of report.h),
** drawn with cairo and laid out with pango on A4 pages.
**
** The document: a title page (title, subtitle, the reporting period, the
** date of the data it was generated from, the notes that open the tree
** before its first section, the classification it was prepared for); a
** table of contents of the level-1 sections with their page numbers,
** which are also links; then the body, each level-1 section starting on a
** new page unless more than half of the page before is left.  Body pages carry a header (the title and the classification)
** and a footer ("Page N of M").  Headings keep with what follows (a
** table's first rows, a paragraph's first lines, a chart); paragraphs
** break across pages line by line (RF_NOTE in small print, RF_WARN in a
** tinted box with a dark bar); bulleted lists, with status markers for
** items that carry a status; tables and charts are in
** render_pdf_table.c.  The PDF's outline (bookmarks) follows the sections.
** What cairo cannot write of a tagged PDF (its mark, its language, the
** figures' alternative text) render_pdf_mark.c adds.
**
** Two passes over the tree (render_pdfInt.h): measure, then draw.  Fonts
** are DejaVu Serif for the text and DejaVu Sans for headings and tables:
** both cover Latin and Cyrillic.  No clock is read: the PDF's creation
** and modification dates are the report's zGenerated, so the same tree
** gives the same bytes.
*/
#include "render_pdfInt.h"
#include "chartInt.h"
#include "../core/l10n.h"

#include <assert.h>
#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const azFontSpec[PF__MAX] = {
  "DejaVu Serif 9.5",                /* PF_BODY */
  "DejaVu Serif Bold 9.5",           /* PF_BODY_B */
  "DejaVu Sans 7.5",                 /* PF_NOTE */
  "DejaVu Sans Bold 15",             /* PF_H1 */
  "DejaVu Sans Bold 11.5",           /* PF_H2 */
  "DejaVu Sans Bold 10",             /* PF_H3 */
  "DejaVu Sans Condensed 8",         /* PF_CELL */
  "DejaVu Sans Condensed Bold 8",    /* PF_CELL_B */
  "DejaVu Sans Oblique 8",           /* PF_CAPTION */
  "DejaVu Sans 7",                   /* PF_SMALL */
  "DejaVu Sans Bold 7",              /* PF_SMALL_B */
  "DejaVu Sans 10",                  /* PF_TOC */
  "DejaVu Sans Bold 24",             /* PF_TITLE */
  "DejaVu Sans 13",                  /* PF_SUBTITLE */
};

static const char *const azPdfWord[PW__MAX][REPORT_LANG__MAX] = {
  { "Page %d of %d", "Strana %d od %d", "Страна %d од %d" },
  { "Contents", "Sadržaj", "Садржај" },
  { "Generated from the data as of %s",
    "Izrađeno iz podataka na dan %s",
    "Израђено из података на дан %s" },
  { "Reporting period: %s to %s", "Izveštajni period: od %s do %s",
    "Извештајни период: од %s до %s" },
  { "Figure %d.", "Slika %d.", "Слика %d." },
  { "Classification: %s", "Klasifikacija: %s", "Класификација: %s" },
  { "PUBLIC", "JAVNO", "ЈАВНО" },
  { "INTERNAL", "INTERNO", "ИНТЕРНО" },
  { "RESTRICTED", "OGRANIČENO", "ОГРАНИЧЕНО" },
};

const char *pdf_word(const Pdf *p, PdfWord e){
  int l = p->pRep->eLang;
  if( l<0 || l>=REPORT_LANG__MAX ) l = 0;
  return azPdfWord[e][l];
}

void pdf_rgb(cairo_t *cr, unsigned rgb){
  cairo_set_source_rgb(cr, ((rgb>>16)&0xff)/255.0, ((rgb>>8)&0xff)/255.0,
                       (rgb&0xff)/255.0);
}

PangoLayout *pdf_layout(Pdf *p, const char *z, PdfFont e, double w){
  PangoLayout *pL = pango_layout_new(p->pCtx);
  pango_layout_set_font_description(pL, p->apFont[e]);
  if( w>0 ){
    pango_layout_set_width(pL, (int)(w*PANGO_SCALE));
    pango_layout_set_wrap(pL, PANGO_WRAP_WORD_CHAR);
  }
  pango_layout_set_text(pL, z ? z : "", -1);
  return pL;
}

double pdf_layout_height(PangoLayout *pL){
  PangoRectangle r;
  pango_layout_get_extents(pL, 0, &r);
  return (double)r.height/PANGO_SCALE;
}

double pdf_layout_width(PangoLayout *pL){
  PangoRectangle r;
  pango_layout_get_extents(pL, 0, &r);
  return (double)r.width/PANGO_SCALE;
}

/* Draw layout pL with its top-left corner at (x, y), in colour rgb. */
static void show_at(Pdf *p, PangoLayout *pL, double x, double y,
                    unsigned rgb){
  if( !p->bDraw ) return;
  pdf_rgb(p->cr, rgb);
  cairo_move_to(p->cr, x, y);
  pango_cairo_show_layout(p->cr, pL);
  cairo_new_path(p->cr);
}

/* Draw text z in font e at (x, y): eAlign 0 left, 1 centred on x, 2
** ending at x.  Returns its width. */
static double text_at(Pdf *p, const char *z, PdfFont e, double x, double y,
                      int eAlign, unsigned rgb){
  PangoLayout *pL = pdf_layout(p, z, e, 0);
  double w = pdf_layout_width(pL);
  if( eAlign==1 ) x -= w/2;
  else if( eAlign==2 ) x -= w;
  show_at(p, pL, x, y, rgb);
  g_object_unref(pL);
  return w;
}

/* The classification word of the report's reader. */
static const char *class_word(const Pdf *p){
  switch( p->pRep->eViewer ){
    case CLASS_RESTRICTED: return pdf_word(p, PW_RESTRICTED);
    case CLASS_INTERNAL: return pdf_word(p, PW_INTERNAL);
    default: return pdf_word(p, PW_PUBLIC);
  }
}

/* The header and footer of the current page: the page number on every
** page, the title, classification and subtitle on all but the first. */
static void draw_page_frame(Pdf *p){
  char z[80];
  const char *zTitle = p->pRep->zTitle ? p->pRep->zTitle : "";
  PangoLayout *pL;
  if( !p->bDraw ) return;
  snprintf(z, sizeof(z), pdf_word(p, PW_PAGE_OF), p->iPage, p->nPage);
  text_at(p, z, PF_SMALL, PDF_W-PDF_MR, PDF_BOTTOM+22, 2, PDF_INK);
  if( p->iPage==1 ) return;   /* the title page has no header */
  pL = pdf_layout(p, zTitle, PF_SMALL, PDF_CW*0.7);
  pango_layout_set_ellipsize(pL, PANGO_ELLIPSIZE_END);
  show_at(p, pL, PDF_ML, 40, PDF_MUTED);
  g_object_unref(pL);
  text_at(p, class_word(p), PF_SMALL_B, PDF_W-PDF_MR, 40, 2,
          p->pRep->eViewer==CLASS_RESTRICTED ? 0x8e1b16u : PDF_MUTED);
  pdf_rgb(p->cr, PDF_RULE);
  cairo_set_line_width(p->cr, 0.6);
  cairo_move_to(p->cr, PDF_ML, 53); cairo_line_to(p->cr, PDF_W-PDF_MR, 53);
  cairo_move_to(p->cr, PDF_ML, PDF_BOTTOM+16);
  cairo_line_to(p->cr, PDF_W-PDF_MR, PDF_BOTTOM+16);
  cairo_stroke(p->cr);
  if( p->pRep->zSubtitle ){
    pL = pdf_layout(p, p->pRep->zSubtitle, PF_SMALL, PDF_CW*0.7);
    pango_layout_set_ellipsize(pL, PANGO_ELLIPSIZE_END);
    show_at(p, pL, PDF_ML, PDF_BOTTOM+22, PDF_MUTED);
    g_object_unref(pL);
  }
}

void pdf_tag_begin(Pdf *p, const char *zTag){
  if( !p->bDraw ) return;
  assert( p->nTag<PDF_MAXTAG );
  cairo_tag_begin(p->cr, zTag, 0);
  p->azTag[p->nTag++] = zTag;
}

void pdf_tag_end(Pdf *p, const char *zTag){
  if( !p->bDraw ) return;
  assert( p->nTag>0 && strcmp(p->azTag[p->nTag-1], zTag)==0 );
  cairo_tag_end(p->cr, zTag);
  p->nTag--;
}

/* End the current page, if any, closing the structure elements open. */
static void end_page(Pdf *p){
  int i;
  if( p->iPage==0 ) return;
  if( p->bDraw ){
    for(i=p->nTag-1; i>=0; i--) cairo_tag_end(p->cr, p->azTag[i]);
  }
  draw_page_frame(p);
  if( p->bDraw ) cairo_show_page(p->cr);
}

void pdf_new_page(Pdf *p){
  int i;
  end_page(p);
  p->iPage++;
  p->y = PDF_TOP;
  p->bFresh = 1;
  if( p->bDraw && p->iPage>1 ){
    for(i=0; i<p->nTag; i++) cairo_tag_begin(p->cr, p->azTag[i], 0);
  }
}

void pdf_need(Pdf *p, double rNeed){
  if( !p->bFresh && p->y + rNeed > PDF_BOTTOM ) pdf_new_page(p);
}

/* How a block of text flows (flow_layout). */
typedef struct Flow {
  double x;             /* left edge of the text */
  unsigned bg;          /* background of a box behind the lines, or 0 */
  unsigned bar;         /* colour of the box's left bar, or 0 */
  int eMarker;          /* a status marker before the first line, or -1 */
  int bBullet;          /* a bullet before the first line */
  unsigned rgb;         /* text colour */
} Flow;

/* A strip of a box (background and left bar) from y0 to y1. */
static void box_strip(Pdf *p, const Flow *f, double y0, double y1){
  if( !p->bDraw || !f->bg ) return;
  pdf_rgb(p->cr, f->bg);
  cairo_rectangle(p->cr, PDF_ML, y0, PDF_CW, y1-y0);
  cairo_fill(p->cr);
  if( f->bar ){
    pdf_rgb(p->cr, f->bar);
    cairo_rectangle(p->cr, PDF_ML, y0, 3, y1-y0);
    cairo_fill(p->cr);
  }
}

/* Place the lines of pL from the current y on, breaking pages between
** lines; the first two lines stay together. */
static void flow_layout(Pdf *p, PangoLayout *pL, const Flow *f){
  PangoLayoutIter *pIt = pango_layout_get_iter(pL);
  int iLine = 0;
  double rPad = f->bg ? 4 : 0;
  pdf_need(p, 2*13 + 2*rPad);
  if( rPad>0 ){
    box_strip(p, f, p->y, p->y + rPad);
    p->y += rPad;
  }
  do{
    PangoLayoutLine *pLine = pango_layout_iter_get_line_readonly(pIt);
    PangoRectangle r;
    double rTop, rH, rBase;
    int y0, y1;
    pango_layout_iter_get_line_extents(pIt, 0, &r);
    /* the line's range includes the layout's spacing between lines */
    pango_layout_iter_get_line_yrange(pIt, &y0, &y1);
    rTop = (double)y0/PANGO_SCALE;
    rH = (double)(y1 - y0)/PANGO_SCALE;
    rBase = (double)pango_layout_iter_get_baseline(pIt)/PANGO_SCALE - rTop;
    if( !p->bFresh && p->y + rH > PDF_BOTTOM ){
      pdf_new_page(p);
    }
    box_strip(p, f, p->y, p->y + rH);
    if( p->bDraw ){
      if( iLine==0 && f->eMarker>=0 ){
        chart_status_marker(p->cr, f->eMarker, f->x - 8, p->y + rBase - 3,
                            3.2);
      }else if( iLine==0 && f->bBullet ){
        pdf_rgb(p->cr, PDF_ACCENT);
        cairo_arc(p->cr, f->x - 8, p->y + rBase - 3, 1.8, 0, 2*G_PI);
        cairo_fill(p->cr);
      }
      pdf_rgb(p->cr, f->rgb);
      cairo_move_to(p->cr, f->x + (double)r.x/PANGO_SCALE, p->y + rBase);
      pango_cairo_show_layout_line(p->cr, pLine);
      cairo_new_path(p->cr);
    }
    p->y += rH;
    p->bFresh = 0;
    iLine++;
  }while( pango_layout_iter_next_line(pIt) );
  pango_layout_iter_free(pIt);
  if( rPad>0 ){
    box_strip(p, f, p->y, p->y + rPad);
    p->y += rPad;
  }
}

/* The level of a section's heading, 1..3. */
static int heading_level(const RNode *pSec){
  return pSec->iLevel<1 ? 1 : pSec->iLevel>3 ? 3 : pSec->iLevel;
}

/* The layout of a section's heading. */
static PangoLayout *heading_layout(Pdf *p, const RNode *pSec){
  int iLevel = heading_level(pSec);
  PdfFont eF = iLevel==1 ? PF_H1 : iLevel==2 ? PF_H2 : PF_H3;
  return pdf_layout(p, pSec->zText, eF, PDF_CW);
}

double pdf_heading_height(Pdf *p, const RNode *pSec){
  PangoLayout *pL = heading_layout(p, pSec);
  int iLevel = heading_level(pSec);
  double h = pdf_layout_height(pL);
  g_object_unref(pL);
  return iLevel==1 ? h + 17 : h + 5 + (iLevel==2 ? 14 : 9);
}

static const char *const azHeadTag[3] = { "H1", "H2", "H3" };

/* A heading: level 1 starts a page, is entered in the outline and gets a
** rule; every level keeps with what follows (the first rows of a table,
** the first lines of a paragraph, a whole chart). */
static void pdf_heading(Pdf *p, const RNode *pSec){
  int iLevel = heading_level(pSec);
  PangoLayout *pL = heading_layout(p, pSec);
  double h = pdf_layout_height(pL);
  double rBefore = iLevel==1 ? 0 : iLevel==2 ? 14 : 9;
  char zAttr[80];
  int iDest = -1;
  if( iLevel==1 ){
    /* a new page, unless more than half of this one is left: then the
    ** section follows after a gap, keeping with what comes first */
    if( !p->bFresh ){
      double rKeep = pdf_keep_need(p, pSec->pFirst);
      if( p->y + 28 + h + 17 + rKeep > PDF_BOTTOM
       || p->y > PDF_TOP + (PDF_BOTTOM - PDF_TOP)*0.5 ){
        pdf_new_page(p);
      }else{
        p->y += 28;
      }
    }
    if( p->iToc<p->nToc && p->aToc[p->iToc].pSec==pSec ){
      p->aToc[p->iToc].iPage = p->iPage;
      iDest = p->iToc++;
    }
  }else{
    double rKeep = pdf_keep_need(p, pSec->pFirst);
    if( p->bFresh ) rBefore = 0;
    pdf_need(p, rBefore + h + 5 + rKeep);
    if( p->bFresh ) rBefore = 0;
  }
  p->y += rBefore;
  pdf_tag_begin(p, azHeadTag[iLevel-1]);
  if( p->bDraw && iDest>=0 ){
    /* the target of the contents' link (cairo 1.16 resolves named
    ** destinations at the end, explicit pages only if already drawn) */
    snprintf(zAttr, sizeof(zAttr), "name='toc%d' x=%.1f y=%.1f", iDest,
             PDF_ML, p->y);
    cairo_tag_begin(p->cr, CAIRO_TAG_DEST, zAttr);
  }
  show_at(p, pL, PDF_ML, p->y, iLevel<=2 ? PDF_ACCENT : PDF_INK);
  if( p->bDraw && iDest>=0 ) cairo_tag_end(p->cr, CAIRO_TAG_DEST);
  pdf_tag_end(p, azHeadTag[iLevel-1]);
  if( p->bDraw && iLevel<=2 ){
    snprintf(zAttr, sizeof(zAttr), "page=%d pos=[%.1f %.1f]", p->iPage,
             PDF_ML, p->y);
    if( iLevel==1 ){
      p->iOutline1 = cairo_pdf_surface_add_outline(p->pSurf,
          CAIRO_PDF_OUTLINE_ROOT, pSec->zText, zAttr, 0);
    }else if( p->iOutline1>0 ){
      cairo_pdf_surface_add_outline(p->pSurf, p->iOutline1, pSec->zText,
                                    zAttr, 0);
    }
  }
  p->y += h;
  if( iLevel==1 ){
    p->y += 5;
    if( p->bDraw ){
      pdf_rgb(p->cr, PDF_ACCENT);
      cairo_set_line_width(p->cr, 1.2);
      cairo_move_to(p->cr, PDF_ML, p->y);
      cairo_line_to(p->cr, PDF_W-PDF_MR, p->y);
      cairo_stroke(p->cr);
    }
    p->y += 12;
  }else{
    p->y += 5;
  }
  p->bFresh = 0;
  g_object_unref(pL);
}

static void pdf_para(Pdf *p, const RNode *pNode){
  int bNote = (pNode->flags & RF_NOTE)!=0;
  int bWarn = (pNode->flags & RF_WARN)!=0;
  double x = bWarn ? PDF_ML + 12 : PDF_ML;
  double w = bWarn ? PDF_CW - 20 : PDF_CW;
  PangoLayout *pL = pdf_layout(p, pNode->zText,
                               bNote ? PF_NOTE : PF_BODY, w);
  Flow f;
  memset(&f, 0, sizeof(f));
  f.x = x;
  f.eMarker = -1;
  f.rgb = bNote ? PDF_MUTED : PDF_INK;
  if( bWarn ){
    f.bg = 0xfbeee9;
    f.bar = 0x8e1b16;
  }
  if( !bNote && !bWarn ) pango_layout_set_justify(pL, TRUE);
  pango_layout_set_spacing(pL, (int)((bNote ? 1.0 : 2.5)*PANGO_SCALE));
  pdf_need(p, 2*13 + (f.bg ? 8 : 0));   /* as flow_layout: before the tag */
  pdf_tag_begin(p, "P");
  flow_layout(p, pL, &f);
  pdf_tag_end(p, "P");
  p->y += bNote ? 5 : 7;
  g_object_unref(pL);
}

static void pdf_item(Pdf *p, const RNode *pNode){
  int bWarn = (pNode->flags & RF_WARN)!=0;
  PangoLayout *pL = pdf_layout(p, pNode->zText,
                               bWarn ? PF_BODY_B : PF_BODY, PDF_CW - 16);
  Flow f;
  memset(&f, 0, sizeof(f));
  f.x = PDF_ML + 16;
  f.eMarker = pNode->eStatus;
  f.bBullet = 1;
  f.rgb = bWarn ? 0x8e1b16u : PDF_INK;
  pango_layout_set_spacing(pL, (int)(2*PANGO_SCALE));
  pdf_need(p, 2*13);
  pdf_tag_begin(p, "LI");
  flow_layout(p, pL, &f);
  pdf_tag_end(p, "LI");
  p->y += 3;
  g_object_unref(pL);
}

/* "2026-11-30T10:00:00Z" as its reader reads it, in the zone of the
** report's language (l10n_tz_default()): "30 November 2026, 10:00 UTC",
** "30. novembar 2026. u 11:00 CET". */
static void generated_text(const char *z, int eLang, char zOut[L10N_TIMESZ]){
  int64_t t;
  if( l10n_stamp_parse(z, &t)==0 ){
    l10n_time(t, l10n_tz_default(eLang), eLang, zOut);
  }else{
    snprintf(zOut, L10N_TIMESZ, "%s", z ? z : "");
  }
}

/* The notes (RF_NOTE paragraphs) that open the document before its first
** section, on the title page above its foot, rather than on a page of
** their own; they are left to the body if they would take more than a
** third of the page.  Sets p->pFront. */
static void title_notes(Pdf *p){
  const RNode *pRoot = p->pRep->pRoot, *pN;
  double h = 0, y;
  p->pFront = pRoot ? pRoot->pFirst : 0;
  p->bFront = 0;
  if( pRoot==0 ) return;
  for(pN=pRoot->pFirst; pN && pN->eType==RN_PARA && (pN->flags & RF_NOTE)
      && !(pN->flags & RF_WARN); pN=pN->pNext){
    PangoLayout *pL = pdf_layout(p, pN->zText, PF_NOTE, PDF_CW);
    h += pdf_layout_height(pL) + 4;
    g_object_unref(pL);
  }
  if( pN==pRoot->pFirst || h > (PDF_BOTTOM - PDF_TOP)/3 ) return;
  p->pFront = pN;
  p->bFront = 1;
  y = PDF_BOTTOM - 16 - h;
  for(pN=pRoot->pFirst; pN!=p->pFront; pN=pN->pNext){
    PangoLayout *pL = pdf_layout(p, pN->zText, PF_NOTE, PDF_CW);
    pango_layout_set_spacing(pL, (int)(1.0*PANGO_SCALE));
    pdf_tag_begin(p, "P");
    show_at(p, pL, PDF_ML, y, PDF_MUTED);
    pdf_tag_end(p, "P");
    y += pdf_layout_height(pL) + 4;
    g_object_unref(pL);
  }
}

/* The title page: page 1. */
static void pdf_title_page(Pdf *p){
  const Report *r = p->pRep;
  PangoLayout *pL;
  char z[200], z2[200], zGen[L10N_TIMESZ], zFrom[L10N_DATESZ];
  char zTo[L10N_DATESZ];
  double y = 250;
  pdf_new_page(p);
  if( p->bDraw ){
    pdf_rgb(p->cr, PDF_ACCENT);
    cairo_rectangle(p->cr, 0, 0, PDF_W, 14);
    cairo_fill(p->cr);
    cairo_rectangle(p->cr, PDF_ML, y-30, 60, 4);
    cairo_fill(p->cr);
  }
  pL = pdf_layout(p, r->zTitle ? r->zTitle : "", PF_TITLE, PDF_CW);
  pango_layout_set_spacing(pL, 4*PANGO_SCALE);
  pdf_tag_begin(p, "H1");
  show_at(p, pL, PDF_ML, y, PDF_ACCENT);
  pdf_tag_end(p, "H1");
  y += pdf_layout_height(pL) + 14;
  g_object_unref(pL);
  if( r->zSubtitle && r->zSubtitle[0] ){
    pL = pdf_layout(p, r->zSubtitle, PF_SUBTITLE, PDF_CW);
    pdf_tag_begin(p, "P");
    show_at(p, pL, PDF_ML, y, PDF_INK);
    pdf_tag_end(p, "P");
    y += pdf_layout_height(pL) + 28;
    g_object_unref(pL);
  }
  if( r->from!=DATE_NONE && r->to!=DATE_NONE ){
    l10n_date_gen(r->from, r->eLang, zFrom);   /* "od 1. jula" */
    l10n_date_gen(r->to, r->eLang, zTo);
    snprintf(z, sizeof(z), pdf_word(p, PW_PERIOD), zFrom, zTo);
    pdf_tag_begin(p, "P");
    text_at(p, z, PF_TOC, PDF_ML, y, 0, PDF_INK);
    pdf_tag_end(p, "P");
    y += 18;
  }
  if( r->zGenerated && r->zGenerated[0] ){
    generated_text(r->zGenerated, r->eLang, zGen);
    snprintf(z2, sizeof(z2), pdf_word(p, PW_GENERATED), zGen);
    l10n_date_cases(z2, r->eLang, z, sizeof(z));
    pdf_tag_begin(p, "P");
    text_at(p, z, PF_TOC, PDF_ML, y, 0, PDF_MUTED);
    pdf_tag_end(p, "P");
  }
  snprintf(z, sizeof(z), pdf_word(p, PW_CLASS), class_word(p));
  if( p->bDraw ){
    pdf_rgb(p->cr, PDF_RULE);
    cairo_set_line_width(p->cr, 0.6);
    cairo_move_to(p->cr, PDF_ML, PDF_BOTTOM-6);
    cairo_line_to(p->cr, PDF_W-PDF_MR, PDF_BOTTOM-6);
    cairo_stroke(p->cr);
  }
  pdf_tag_begin(p, "P");
  text_at(p, z, PF_SMALL_B, PDF_ML, PDF_BOTTOM, 0,
          r->eViewer==CLASS_RESTRICTED ? 0x8e1b16u : PDF_INK);
  pdf_tag_end(p, "P");
  title_notes(p);
  p->bFresh = 0;
}

/* The table of contents, from page 2: a line per level-1 section with a
** dotted leader to its page number, each line a link to its page. */
static void pdf_contents(Pdf *p){
  int i;
  if( p->nToc==0 ) return;
  pdf_new_page(p);
  pdf_tag_begin(p, "H1");
  text_at(p, pdf_word(p, PW_CONTENTS), PF_H1, PDF_ML, p->y, 0, PDF_ACCENT);
  pdf_tag_end(p, "H1");
  p->y += 34;
  pdf_tag_begin(p, "TOC");
  for(i=0; i<p->nToc; i++){
    const PdfToc *t = &p->aToc[i];
    char zNum[16], zAttr[80];
    PangoLayout *pL = pdf_layout(p, t->pSec->zText, PF_TOC, PDF_CW - 50);
    double h = pdf_layout_height(pL), rLast;
    PangoRectangle rLine;
    int nLine = pango_layout_get_line_count(pL);
    pdf_need(p, h + 6);
    p->bFresh = 0;
    snprintf(zNum, sizeof(zNum), "%d", t->iPage);
    pdf_tag_begin(p, "TOCI");
    if( p->bDraw ){
      snprintf(zAttr, sizeof(zAttr), "dest='toc%d'", i);
      cairo_tag_begin(p->cr, CAIRO_TAG_LINK, zAttr);
    }
    show_at(p, pL, PDF_ML, p->y, PDF_INK);
    /* the leader runs from the end of the last line to the number */
    pango_layout_line_get_extents(pango_layout_get_line_readonly(pL,
                                  nLine-1), 0, &rLine);
    rLast = PDF_ML + (double)(rLine.x + rLine.width)/PANGO_SCALE + 4;
    if( p->bDraw ){
      double d[2] = { 0.6, 2.4 };
      double yB = p->y + h - 4;
      pdf_rgb(p->cr, PDF_MUTED);
      cairo_set_line_width(p->cr, 0.8);
      cairo_set_line_cap(p->cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash(p->cr, d, 2, 0);
      cairo_move_to(p->cr, rLast, yB);
      cairo_line_to(p->cr, PDF_W - PDF_MR - 24, yB);
      cairo_stroke(p->cr);
      cairo_set_dash(p->cr, 0, 0, 0);
      cairo_set_line_cap(p->cr, CAIRO_LINE_CAP_BUTT);
    }
    text_at(p, zNum, PF_TOC, PDF_W-PDF_MR, p->y + h
            - pdf_layout_height(pL)/nLine, 2, PDF_INK);
    if( p->bDraw ) cairo_tag_end(p->cr, CAIRO_TAG_LINK);
    pdf_tag_end(p, "TOCI");
    p->y += h + 7;
    g_object_unref(pL);
  }
  pdf_tag_end(p, "TOC");
}

/* The walk over the body. */
static int pdf_walk(void *pArg, const RNode *pNode, int bEnter){
  Pdf *p = pArg;
  if( p->pSkip ){
    if( pNode==p->pSkip && !bEnter ) p->pSkip = 0;
    return 0;
  }
  if( p->bFront && pNode->pParent==p->pRep->pRoot ){
    if( pNode!=p->pFront ) return 0;   /* on the title page */
    p->bFront = 0;
  }
  if( !bEnter ){
    if( pNode->eType==RN_LIST ){
      p->y += 5;
      pdf_tag_end(p, "L");
    }
    return 0;
  }
  switch( pNode->eType ){
    case RN_LIST:
      if( pNode->pFirst ) pdf_need(p, 2*13);
      pdf_tag_begin(p, "L");
      break;
    case RN_SECTION: pdf_heading(p, pNode); break;
    case RN_PARA:    pdf_para(p, pNode); break;
    case RN_ITEM:    pdf_item(p, pNode); break;
    case RN_TABLE:
      pdf_table(p, pNode);
      p->pSkip = pNode;
      break;
    case RN_CHART:   pdf_chart(p, pNode); break;
    default: break;
  }
  return 0;
}

/* Count and collect the level-1 sections. */
static int toc_walk(void *pArg, const RNode *pNode, int bEnter){
  Pdf *p = pArg;
  if( bEnter && pNode->eType==RN_SECTION && pNode->iLevel<=1 ){
    if( p->aToc ) p->aToc[p->nToc].pSec = pNode;
    p->nToc++;
  }
  return 0;
}

/* One pass over the whole document. */
static void pdf_pass(Pdf *p, int bDraw){
  p->bDraw = bDraw;
  p->iPage = 0;
  p->iToc = 0;
  p->nFigure = 0;
  p->iOutline1 = 0;
  p->pSkip = 0;
  p->iTab = 0;
  p->nTag = 0;
  pdf_title_page(p);
  pdf_contents(p);
  pdf_new_page(p);
  report_walk(p->pRep, pdf_walk, p);
  end_page(p);
}

static cairo_status_t pdf_write_buf(void *pArg, const unsigned char *a,
                                unsigned int n){
  buf_append((Buf*)pArg, (const char*)a, n);
  return CAIRO_STATUS_SUCCESS;
}

/*
** Render report pRep as PDF, appended to *pOut.  ACC_IO with a message in
** zErr if cairo or qpdf fails (pOut then holds nothing new).
*/
AccRc render_pdf(const Report *pRep, Buf *pOut, char *zErr, int nErr){
  Pdf s, *p = &s;
  Buf b = BUF_INIT;
  cairo_font_options_t *pOpt;
  cairo_status_t st;
  AccRc rc = ACC_IO;
  int i, nPage1;

  memset(p, 0, sizeof(*p));
  p->pRep = pRep;
  p->pSurf = cairo_pdf_surface_create_for_stream(pdf_write_buf, &b, PDF_W,
                                                 PDF_H);
  if( cairo_surface_status(p->pSurf)!=CAIRO_STATUS_SUCCESS ){
    snprintf(zErr, nErr, "pdf: %s",
             cairo_status_to_string(cairo_surface_status(p->pSurf)));
    cairo_surface_destroy(p->pSurf);
    return ACC_IO;
  }
  cairo_pdf_surface_set_metadata(p->pSurf, CAIRO_PDF_METADATA_TITLE,
                                 pRep->zTitle ? pRep->zTitle : "");
  if( pRep->zSubtitle ){
    cairo_pdf_surface_set_metadata(p->pSurf, CAIRO_PDF_METADATA_SUBJECT,
                                   pRep->zSubtitle);
  }
  cairo_pdf_surface_set_metadata(p->pSurf, CAIRO_PDF_METADATA_CREATOR,
                                 "Accord");
  /* The data's date, never the clock; empty leaves the date out. */
  cairo_pdf_surface_set_metadata(p->pSurf, CAIRO_PDF_METADATA_CREATE_DATE,
                                 pRep->zGenerated ? pRep->zGenerated : "");
  cairo_pdf_surface_set_metadata(p->pSurf, CAIRO_PDF_METADATA_MOD_DATE,
                                 pRep->zGenerated ? pRep->zGenerated : "");
  p->cr = cairo_create(p->pSurf);
  p->pCtx = pango_cairo_create_context(p->cr);
  pOpt = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(pOpt, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(pOpt, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(p->pCtx, pOpt);
  cairo_font_options_destroy(pOpt);
  pango_context_set_round_glyph_positions(p->pCtx, FALSE);
  for(i=0; i<PF__MAX; i++){
    p->apFont[i] = pango_font_description_from_string(azFontSpec[i]);
  }

  report_walk(pRep, toc_walk, p);
  if( p->nToc>0 ){
    int n = p->nToc;
    p->aToc = acc_malloc(sizeof(PdfToc)*n);
    memset(p->aToc, 0, sizeof(PdfToc)*n);
    p->nToc = 0;
    report_walk(pRep, toc_walk, p);
  }
  pdf_tables_measure(p);
  pdf_pass(p, 0);
  nPage1 = p->iPage;
  p->nPage = nPage1;
  pdf_pass(p, 1);
  if( p->iPage!=nPage1 ){
    snprintf(zErr, nErr, "pdf: layout passes disagree (%d, %d pages)",
             nPage1, p->iPage);
    goto out;
  }
  st = cairo_status(p->cr);
  cairo_destroy(p->cr);
  p->cr = 0;
  cairo_surface_finish(p->pSurf);
  if( st==CAIRO_STATUS_SUCCESS ) st = cairo_surface_status(p->pSurf);
  if( st!=CAIRO_STATUS_SUCCESS ){
    snprintf(zErr, nErr, "pdf: %s", cairo_status_to_string(st));
    goto out;
  }
  rc = pdf_mark(&b, report_lang_code(pRep->eLang),
                (const char *const*)p->azAlt, p->nAlt, pOut, zErr, nErr);
out:
  pdf_tables_free(p);
  for(i=0; i<PF__MAX; i++){
    if( p->apFont[i] ) pango_font_description_free(p->apFont[i]);
  }
  g_object_unref(p->pCtx);
  if( p->cr ) cairo_destroy(p->cr);
  cairo_surface_destroy(p->pSurf);
  free(p->aToc);
  for(i=0; i<p->nAlt; i++) free(p->azAlt[i]);
  free(p->azAlt);
  buf_free(&b);
  return rc;
}
