/*
** render_pdf_table.c: tables and charts of the PDF renderer
** (render_pdfInt.h).
**
** A table takes the body's width.  Every column gets at least its longest
** word (of the header and of every cell), so that no short word is ever
** broken; the rest of the width goes to the columns that would like more,
** by their natural (unwrapped) widths, so the long-text columns get most
** of it (tab_widths).  A table whose longest words do not fit at the
** cells' 8 points is set smaller, down to 6.5 (and so are the tables with
** the same header row, pdf_tables_measure); only a table too wide even
** then has its words broken.  A small table keeps its natural width.  Header rows (RF_HEADER) are bold on a light
** band with a rule, and the leading ones are repeated at the top of each
** page the table continues on; a row never breaks across pages.  Numeric
** cells are right aligned, and so is the header of a column of numbers; a
** cell longer than 50 lines is cut with an ellipsis, so that a row always
** fits on a page.  A cell with a status gets a tint, the status' marker
** (its shape tells the status in grey print) and its word.  A heading
** before a table keeps with the table's header and first row or two
** (pdf_keep_need measures the table then; it is kept for the rest of the
** rendering).
**
** A chart is drawn by chart_draw() at the body's width, with a height
** suited to its kind, followed by a numbered caption.
*/
#include "render_pdfInt.h"
#include "chartInt.h"

#include <stdlib.h>
#include <string.h>

#define CELL_PX 3.5     /* horizontal padding of a cell */
#define CELL_PY 3.0     /* vertical padding */
#define MARK_W  11.0    /* room for a status marker */
#define CELL_MAXLINE 50 /* lines of a cell, at most */
#define TAB_NARROW 0.6 /* a table narrower than this part of the body is
                        ** not stretched to its width */
#define CELL_SLACK 0.5  /* so that rounding never breaks the longest word */

/* One cell as laid out. */
typedef struct TCell {
  const RNode *pNode;
  PangoLayout *pL;
} TCell;

/* One row. */
typedef struct TRow {
  const RNode *pRow;
  int bHeader;
  TCell *aCell;         /* nCol cells; pNode NULL where the row is short */
  double h;
} TRow;

/* The table being laid out. */
typedef struct Tab {
  const RNode *pTable;  /* the node it was measured from */
  TRow *aRow;
  int nRow;
  int nCol;
  double *aW;           /* column widths */
  double rWidth;        /* their sum: the table's width */
  double rSize;         /* the size of its type, in points */
  int nHead;            /* leading header rows, repeated on each page */
} Tab;

/* Whether a cell shows a status. */
static int cell_has_status(const RNode *pCell){
  return pCell && pCell->eStatus>=0 && pCell->eStatus<STATUS__MAX;
}

/* The text a cell shows: a status cell with no text shows the status'
** English label (report.c normally gives the word in the report's
** language). */
static const char *cell_text(const RNode *pCell){
  if( pCell==0 ) return "";
  if( pCell->zText[0]==0 && cell_has_status(pCell) ){
    return azStatusLabel[pCell->eStatus];
  }
  return pCell->zText;
}

/* The column widths aW[0..n-1] from each column's natural (unwrapped)
** width aNat and its longest word aMin.  Every column gets its longest
** word; what is left of the body's width goes to the columns that would
** like more, in proportion to their natural widths but never beyond them
** (so the long-text columns get most of it); what is left after every
** column has its natural width is shared by natural width.  A table whose
** longest words alone do not fit is squeezed in proportion to them (its
** longest words then break).  A table whose natural width is less than
** TAB_NARROW of the body is not stretched to it: its columns get their
** natural widths and some air.  Returns the table's width. */
static double tab_widths(const double *aNat, const double *aMin, int n,
                         double *aW){
  double rMin = 0, rLeft;
  int j, bMore = 1;
  for(j=0; j<n; j++) rMin += aMin[j];
  if( rMin>=PDF_CW ){
    for(j=0; j<n; j++) aW[j] = aMin[j] * PDF_CW / rMin;
    return PDF_CW;
  }
  for(j=0; j<n; j++) aW[j] = aMin[j];
  rLeft = PDF_CW - rMin;
  while( bMore && rLeft>1e-6 ){
    double rWeight = 0, rGive = rLeft;
    bMore = 0;
    for(j=0; j<n; j++){
      if( aW[j] < aNat[j] ) rWeight += aNat[j];
    }
    if( rWeight<=0 ) break;
    /* the columns this round's share would take past their natural
    ** width get just that; the others wait for the next round */
    for(j=0; j<n; j++){
      if( aW[j] < aNat[j] && aW[j] + rGive*aNat[j]/rWeight >= aNat[j] ){
        rLeft -= aNat[j] - aW[j];
        aW[j] = aNat[j];
        bMore = 1;
      }
    }
    if( !bMore ){
      for(j=0; j<n; j++){
        if( aW[j] < aNat[j] ) aW[j] += rLeft*aNat[j]/rWeight;
      }
      rLeft = 0;
    }
  }
  if( rLeft>1e-6 ){
    double rNat = 0, rSum = 0;
    for(j=0; j<n; j++) rNat += aNat[j];
    if( rNat <= PDF_CW*TAB_NARROW ){
      /* a small table is not stretched: each column gets some air */
      for(j=0; j<n; j++){
        aW[j] += 16;
        rSum += aW[j];
      }
      return rSum;
    }
    for(j=0; j<n; j++) aW[j] += rLeft*aNat[j]/rNat;
  }
  return PDF_CW;
}

/* Read the rows of pTable into t (no layouts yet). */
static void tab_rows(const RNode *pTable, Tab *t){
  const RNode *pRow, *pCell;
  int i = 0, bLead = 1;
  t->pTable = pTable;
  for(pRow=pTable->pFirst; pRow; pRow=pRow->pNext){
    int n = 0;
    if( pRow->eType!=RN_ROW ) continue;
    for(pCell=pRow->pFirst; pCell; pCell=pCell->pNext){
      if( pCell->eType==RN_CELL ) n++;
    }
    if( n>t->nCol ) t->nCol = n;
    t->nRow++;
  }
  if( t->nRow==0 || t->nCol==0 ) return;
  t->aRow = acc_malloc(sizeof(TRow)*t->nRow);
  memset(t->aRow, 0, sizeof(TRow)*t->nRow);
  t->aW = acc_malloc(sizeof(double)*t->nCol);
  for(pRow=pTable->pFirst; pRow; pRow=pRow->pNext){
    TRow *r;
    int j = 0;
    if( pRow->eType!=RN_ROW ) continue;
    r = &t->aRow[i++];
    r->pRow = pRow;
    r->bHeader = (pRow->flags & RF_HEADER)!=0;
    if( r->bHeader && bLead ) t->nHead++;
    else bLead = 0;
    r->aCell = acc_malloc(sizeof(TCell)*t->nCol);
    memset(r->aCell, 0, sizeof(TCell)*t->nCol);
    for(pCell=pRow->pFirst; pCell; pCell=pCell->pNext){
      if( pCell->eType==RN_CELL ) r->aCell[j++].pNode = pCell;
    }
  }
}

/* Drop the layouts of t's cells. */
static void tab_unlayout(Tab *t){
  int i, j;
  for(i=0; i<t->nRow; i++){
    for(j=0; j<t->nCol; j++){
      TCell *c = &t->aRow[i].aCell[j];
      if( c->pL ) g_object_unref(c->pL);
      c->pL = 0;
    }
  }
}

/* Make the layouts of t's cells in the table's fonts at size rSize
** points, and measure each column: aNat its natural width, aMin its
** longest word (padding included).  Returns the sum of aMin. */
static double tab_cells(Pdf *p, Tab *t, double rSize, double *aNat,
                        double *aMin){
  PangoFontDescription *apF[2];
  double rSum = 0;
  int i, j, k;
  for(k=0; k<2; k++){
    apF[k] = pango_font_description_copy(p->apFont[k ? PF_CELL_B : PF_CELL]);
    pango_font_description_set_size(apF[k], (int)(rSize*PANGO_SCALE));
  }
  for(j=0; j<t->nCol; j++){ aNat[j] = aMin[j] = 2*CELL_PX + 8; }
  for(i=0; i<t->nRow; i++){
    TRow *r = &t->aRow[i];
    for(j=0; j<t->nCol; j++){
      TCell *c = &r->aCell[j];
      double w, rExtra;
      if( c->pNode==0 ) continue;
      c->pL = pdf_layout(p, cell_text(c->pNode), PF_CELL, 0);
      pango_layout_set_font_description(c->pL, apF[r->bHeader]);
      rExtra = 2*CELL_PX + (cell_has_status(c->pNode) ? MARK_W : 0)
               + CELL_SLACK;
      w = pdf_layout_width(c->pL) + rExtra;
      if( w>aNat[j] ) aNat[j] = w;
      /* the longest word: the width the layout takes when squeezed (no
      ** need to look when the whole text is narrower than the widest
      ** word of the column so far) */
      if( w>aMin[j] ){
        pango_layout_set_width(c->pL, 1);
        pango_layout_set_wrap(c->pL, PANGO_WRAP_WORD);
        w = pdf_layout_width(c->pL) + rExtra;
        if( w>aMin[j] ) aMin[j] = w;
      }
    }
  }
  for(j=0; j<t->nCol; j++){
    /* a word longer than 40 % of the page (a link, a code) may break */
    if( aMin[j] > PDF_CW*0.4 ) aMin[j] = PDF_CW*0.4;
    if( aMin[j] > aNat[j] ) aNat[j] = aMin[j];
    rSum += aMin[j];
  }
  for(k=0; k<2; k++) pango_font_description_free(apF[k]);
  return rSum;
}

/* Read the rows and cells of pTable and measure the columns.  A table
** whose longest words do not fit the body's width at the cells' size
** (8 points) is set smaller, down to 6.5 points, before any word is
** broken. */
static void tab_measure(Pdf *p, const RNode *pTable, Tab *t, double rMax){
  static const double aSize[] = { 8.0, 7.5, 7.0, 6.5 };
  double *aNat, *aMin;
  int *abNum;
  int i, j, k, k0 = 0, nSize = (int)(sizeof(aSize)/sizeof(aSize[0]));
  tab_rows(pTable, t);
  if( t->nRow==0 || t->nCol==0 ) return;
  aNat = acc_malloc(sizeof(double)*t->nCol*2);
  aMin = aNat + t->nCol;
  while( k0<nSize-1 && aSize[k0] > rMax + 1e-9 ) k0++;
  for(k=k0; k<nSize; k++){
    if( k>k0 ) tab_unlayout(t);
    t->rSize = aSize[k];
    if( tab_cells(p, t, aSize[k], aNat, aMin)<=PDF_CW ) break;
  }
  t->rWidth = tab_widths(aNat, aMin, t->nCol, t->aW);
  free(aNat);
  /* A column of numbers (every body cell with text is numeric) has its
  ** header aligned right too. */
  abNum = acc_malloc(sizeof(int)*t->nCol);
  for(j=0; j<t->nCol; j++){
    abNum[j] = 0;
    for(i=0; i<t->nRow; i++){
      const RNode *pC = t->aRow[i].aCell[j].pNode;
      if( t->aRow[i].bHeader || pC==0 || pC->zText[0]==0 ) continue;
      if( (pC->flags & RF_NUMERIC)==0 ){ abNum[j] = 0; break; }
      abNum[j] = 1;
    }
  }
  /* Lay the cells out at their columns' widths. */
  for(i=0; i<t->nRow; i++){
    TRow *r = &t->aRow[i];
    r->h = 0;
    for(j=0; j<t->nCol; j++){
      TCell *c = &r->aCell[j];
      double w, h;
      if( c->pL==0 ) continue;
      w = t->aW[j] - 2*CELL_PX - (cell_has_status(c->pNode) ? MARK_W : 0);
      pango_layout_set_width(c->pL, (int)(w*PANGO_SCALE));
      pango_layout_set_wrap(c->pL, PANGO_WRAP_WORD_CHAR);
      /* a row must fit on a page: a cell shows at most CELL_MAXLINE
      ** lines, the last ending in an ellipsis */
      pango_layout_set_height(c->pL, -CELL_MAXLINE);
      pango_layout_set_ellipsize(c->pL, PANGO_ELLIPSIZE_END);
      if( (c->pNode->flags & RF_NUMERIC) || (r->bHeader && abNum[j]) ){
        pango_layout_set_alignment(c->pL, PANGO_ALIGN_RIGHT);
      }
      h = pdf_layout_height(c->pL);
      if( h>r->h ) r->h = h;
    }
    r->h += 2*CELL_PY;
  }
  free(abNum);
}

static void tab_free(Tab *t){
  int i, j;
  for(i=0; i<t->nRow; i++){
    for(j=0; j<t->nCol; j++){
      if( t->aRow[i].aCell[j].pL ) g_object_unref(t->aRow[i].aCell[j].pL);
    }
    free(t->aRow[i].aCell);
  }
  free(t->aRow);
  free(t->aW);
}

/* Draw row r at the current y; iBody counts body rows for the stripes. */
static void tab_draw_row(Pdf *p, const Tab *t, const TRow *r, int iBody,
                         int bTop){
  cairo_t *cr = p->cr;
  double x = PDF_ML;
  int j;
  if( !p->bDraw ) return;
  pdf_tag_begin(p, "TR");
  if( r->bHeader || iBody%2==1 ){
    pdf_rgb(cr, r->bHeader ? 0xdde4ecu : 0xf4f6f9u);
    cairo_rectangle(cr, PDF_ML, p->y, t->rWidth, r->h);
    cairo_fill(cr);
  }
  for(j=0; j<t->nCol; j++){
    const TCell *c = &r->aCell[j];
    double xt = x + CELL_PX;
    pdf_tag_begin(p, r->bHeader ? "TH" : "TD");
    if( c->pL ){
      if( cell_has_status(c->pNode) ){
        pdf_rgb(cr, chart_status_tint(c->pNode->eStatus));
        cairo_rectangle(cr, x, p->y, t->aW[j], r->h);
        cairo_fill(cr);
        chart_status_marker(cr, c->pNode->eStatus, xt + 4, p->y + CELL_PY
                            + 5.6, 3.6);
        xt += MARK_W;
      }
      pdf_rgb(cr, PDF_INK);
      cairo_move_to(cr, xt, p->y + CELL_PY);
      pango_cairo_show_layout(cr, c->pL);
      cairo_new_path(cr);
    }
    pdf_tag_end(p, r->bHeader ? "TH" : "TD");
    x += t->aW[j];
  }
  pdf_tag_end(p, "TR");
  cairo_set_line_width(cr, r->bHeader ? 0.9 : 0.4);
  pdf_rgb(cr, r->bHeader ? PDF_ACCENT : PDF_RULE);
  cairo_move_to(cr, PDF_ML, p->y + r->h);
  cairo_line_to(cr, PDF_ML + t->rWidth, p->y + r->h);
  cairo_stroke(cr);
  if( bTop ){
    pdf_rgb(cr, PDF_ACCENT);
    cairo_set_line_width(cr, 0.9);
    cairo_move_to(cr, PDF_ML, p->y);
    cairo_line_to(cr, PDF_ML + t->rWidth, p->y);
    cairo_stroke(cr);
  }
}

/* The leading header rows, at the top of the table on this page. */
static void tab_draw_head(Pdf *p, const Tab *t){
  int i;
  for(i=0; i<t->nHead; i++){
    tab_draw_row(p, t, &t->aRow[i], 0, i==0);
    p->y += t->aRow[i].h;
  }
}

void pdf_tables_free(Pdf *p){
  int i;
  for(i=0; i<p->nTab; i++){
    tab_free((Tab*)p->apTab[i]);
    free(p->apTab[i]);
  }
  free(p->apTab);
  p->apTab = 0;
  p->nTab = p->nTabAlloc = p->iTab = 0;
}

/* The measured table pTable: measured on first use and kept for the rest
** of the rendering (both passes meet the tables in the same order, and a
** heading may ask for the table that follows it first, so the next one
** to be asked for is nearly always at iTab or just after it). */
static Tab *tab_get(Pdf *p, const RNode *pTable){
  Tab *t;
  int i;
  for(i=p->iTab; i<p->nTab; i++){
    if( ((Tab*)p->apTab[i])->pTable==pTable ){
      p->iTab = i;
      return (Tab*)p->apTab[i];
    }
  }
  for(i=0; i<p->iTab && i<p->nTab; i++){
    if( ((Tab*)p->apTab[i])->pTable==pTable ){
      p->iTab = i;
      return (Tab*)p->apTab[i];
    }
  }
  t = acc_malloc(sizeof(Tab));
  memset(t, 0, sizeof(*t));
  tab_measure(p, pTable, t, 100);
  if( p->nTab>=p->nTabAlloc ){
    p->nTabAlloc = p->nTabAlloc ? 2*p->nTabAlloc : 8;
    p->apTab = acc_realloc(p->apTab, sizeof(void*)*p->nTabAlloc);
  }
  p->iTab = p->nTab;
  p->apTab[p->nTab++] = t;
  return t;
}

/* Whether tables a and b have the same header row (the same kind of
** table, in different sections). */
static int tab_same_head(const Tab *a, const Tab *b){
  int j;
  if( a->nHead==0 || b->nHead==0 || a->nCol!=b->nCol ) return 0;
  for(j=0; j<a->nCol; j++){
    const RNode *pA = a->aRow[0].aCell[j].pNode;
    const RNode *pB = b->aRow[0].aCell[j].pNode;
    if( (pA==0)!=(pB==0) ) return 0;
    if( pA && strcmp(pA->zText, pB->zText)!=0 ) return 0;
  }
  return 1;
}

static int tab_walk(void *pArg, const RNode *pNode, int bEnter){
  if( bEnter && pNode->eType==RN_TABLE ) tab_get((Pdf*)pArg, pNode);
  return 0;
}

void pdf_tables_measure(Pdf *p){
  int i, j;
  report_walk(p->pRep, tab_walk, p);
  for(i=0; i<p->nTab; i++){
    Tab *t = (Tab*)p->apTab[i];
    double rSize = t->rSize;
    for(j=0; j<p->nTab; j++){
      const Tab *u = (const Tab*)p->apTab[j];
      if( u->rSize<rSize && tab_same_head(t, u) ) rSize = u->rSize;
    }
    if( rSize<t->rSize ){
      const RNode *pTable = t->pTable;
      tab_free(t);
      memset(t, 0, sizeof(*t));
      tab_measure(p, pTable, t, rSize);
    }
  }
  p->iTab = 0;
}

/* The height of the header rows. */
static double tab_head_height(const Tab *t){
  double h = 0;
  int i;
  for(i=0; i<t->nHead; i++) h += t->aRow[i].h;
  return h;
}

/* The room a table needs on the page it starts on: its header with the
** first row of the body, and the second too unless the three would take
** more than half a page. */
static double tab_keep(const Tab *t){
  double h = 2 + tab_head_height(t);
  if( t->nRow>t->nHead ) h += t->aRow[t->nHead].h;
  if( t->nRow>t->nHead+1
   && h + t->aRow[t->nHead+1].h <= (PDF_BOTTOM - PDF_TOP)/2 ){
    h += t->aRow[t->nHead+1].h;
  }
  return h;
}

void pdf_table(Pdf *p, const RNode *pTable){
  Tab *pT = tab_get(p, pTable), t = *pT;
  double rHead;
  int i, iBody = 0, bTop;
  if( t.nRow==0 ) return;
  rHead = tab_head_height(&t);
  /* keep the header with the first row (or two) of the body */
  pdf_need(p, tab_keep(&t));
  p->y += 2;
  pdf_tag_begin(p, "Table");
  tab_draw_head(p, &t);
  bTop = t.nHead==0;
  for(i=t.nHead; i<t.nRow; i++){
    const TRow *r = &t.aRow[i];
    if( p->y + r->h > PDF_BOTTOM && p->y > PDF_TOP + rHead + 0.5 ){
      pdf_new_page(p);
      tab_draw_head(p, &t);
      bTop = t.nHead==0;
    }
    tab_draw_row(p, &t, r, r->bHeader ? 0 : iBody, bTop);
    bTop = 0;
    if( !r->bHeader ) iBody++;
    p->y += r->h;
    p->bFresh = 0;
  }
  pdf_tag_end(p, "Table");
  p->y += 12;
}

/* The height a chart of the body's width gets on a page.  A line chart
** gets 205 points: with its heading, caption and description it then fits
** below another indicator's chart and table, where at 235 each chart of
** the annual report's annex began a page left half empty. */
static double chart_height(const Chart *c){
  double h;
  switch( c->eKind ){
    case CHART_ROADMAP:
      h = 50 + (c->nStep>0 ? c->nStep : 2)*18;
      break;
    case CHART_AREAS:
      h = 76 + (c->nArea>0 ? c->nArea : 2)*22;
      break;
    default:
      h = 205;
      break;
  }
  if( h > PDF_BOTTOM - PDF_TOP - 40 ) h = PDF_BOTTOM - PDF_TOP - 40;
  return h;
}

double pdf_keep_need(Pdf *p, const RNode *pNode){
  if( pNode==0 ) return 0;
  switch( pNode->eType ){
    case RN_CHART:
      return pNode->pChart ? chart_height(pNode->pChart) + 34 : 0;
    case RN_TABLE: {
      Tab *t = tab_get(p, pNode);
      return t->nRow ? tab_keep(t) : 0;
    }
    case RN_SECTION:
      return pdf_heading_height(p, pNode) + pdf_keep_need(p, pNode->pFirst);
    case RN_LIST:
      return pdf_keep_need(p, pNode->pFirst);
    case RN_PARA:
      /* a short paragraph that introduces a chart keeps with it */
      if( pNode->pNext && pNode->pNext->eType==RN_CHART
       && strlen(pNode->zText)<300 ){
        return 40 + pdf_keep_need(p, pNode->pNext);
      }
      return 40;
    default:
      return 40;
  }
}

void pdf_chart(Pdf *p, const RNode *pNode){
  const Chart *c = pNode->pChart;
  PangoLayout *pL, *pAlt = 0;
  Buf b = BUF_INIT;
  double h, hCap, hAlt = 0;
  if( c==0 ) return;
  h = chart_height(c);
  p->nFigure++;
  buf_appendf(&b, pdf_word(p, PW_FIGURE), p->nFigure);
  if( pNode->zText[0] ){
    buf_putc(&b, ' ');
    buf_puts(&b, pNode->zText);
  }
  pL = pdf_layout(p, buf_str(&b), PF_CAPTION, PDF_CW);
  hCap = pdf_layout_height(pL);
  if( pNode->zAlt && pNode->zAlt[0] ){
    /* what the chart shows, in words, under its caption for every
    ** reader, and in the figure's /Alt (pdf_mark) for a screen reader */
    pAlt = pdf_layout(p, pNode->zAlt, PF_NOTE, PDF_CW);
    hAlt = pdf_layout_height(pAlt) + 2;
  }
  pdf_need(p, h + 8 + hCap + hAlt);
  p->y += 4;
  pdf_tag_begin(p, "Figure");
  if( p->bDraw ) chart_draw(c, p->cr, PDF_ML, p->y, PDF_CW, h);
  p->y += h + 5;
  pdf_tag_begin(p, "Caption");
  if( p->bDraw ){
    pdf_rgb(p->cr, PDF_MUTED);
    cairo_move_to(p->cr, PDF_ML, p->y);
    pango_cairo_show_layout(p->cr, pL);
    cairo_new_path(p->cr);
  }
  pdf_tag_end(p, "Caption");
  if( pAlt ){
    /* the description, a paragraph of the figure after its caption */
    pdf_tag_begin(p, "P");
    if( p->bDraw ){
      cairo_move_to(p->cr, PDF_ML, p->y + hCap + 2);
      pango_cairo_show_layout(p->cr, pAlt);
      cairo_new_path(p->cr);
    }
    pdf_tag_end(p, "P");
  }
  pdf_tag_end(p, "Figure");
  if( p->bDraw ){
    /* the figure's /Alt stands for all it holds: caption and description */
    if( p->nAlt==p->nAltAlloc ){
      p->nAltAlloc = p->nAltAlloc ? 2*p->nAltAlloc : 16;
      p->azAlt = acc_realloc(p->azAlt, sizeof(char*)*p->nAltAlloc);
    }
    if( pNode->zAlt && pNode->zAlt[0] ){
      buf_putc(&b, ' ');
      buf_puts(&b, pNode->zAlt);
    }
    p->azAlt[p->nAlt++] = acc_strdup(buf_str(&b));
  }
  p->y += hCap + hAlt + 12;
  p->bFresh = 0;
  g_object_unref(pL);
  if( pAlt ) g_object_unref(pAlt);
  buf_free(&b);
}
