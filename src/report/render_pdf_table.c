/*
** render_pdf_table.c: tables and charts of the PDF renderer
** (render_pdfInt.h).
**
** A table takes the body's width.  Columns get their natural width when
** the table fits; otherwise each gets at least its longest word and the
** rest is shared by how much more each would like, so text wraps inside
** cells.  Header rows (RF_HEADER) are bold on a light band with a rule,
** and the leading ones are repeated at the top of each page the table
** continues on; a row never breaks across pages.  Numeric cells are right
** aligned; a cell longer than 50 lines is cut with an ellipsis, so that
** a row always fits on a page.  A cell with a status gets a tint, the status' marker (its
** shape tells the status in grey print) and its word.
**
** A chart is drawn by chart_draw() at the body's width, with a height
** suited to its kind, followed by a numbered caption.
*/
#include "render_pdfInt.h"
#include "chartInt.h"

#include <stdlib.h>
#include <string.h>

#define CELL_PX 4.0     /* horizontal padding of a cell */
#define CELL_PY 3.0     /* vertical padding */
#define MARK_W  11.0    /* room for a status marker */
#define CELL_MAXLINE 50 /* lines of a cell, at most */

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
  TRow *aRow;
  int nRow;
  int nCol;
  double *aW;           /* column widths */
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

/* Read the rows and cells of pTable and measure the columns. */
static void tab_measure(Pdf *p, const RNode *pTable, Tab *t){
  const RNode *pRow, *pCell;
  double *aNat, *aMin, rNat = 0;
  int i, j, bLead = 1;
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
  aNat = acc_malloc(sizeof(double)*t->nCol*2);
  aMin = aNat + t->nCol;
  for(j=0; j<t->nCol; j++){ aNat[j] = aMin[j] = 2*CELL_PX + 8; }
  i = 0;
  for(pRow=pTable->pFirst; pRow; pRow=pRow->pNext){
    TRow *r;
    if( pRow->eType!=RN_ROW ) continue;
    r = &t->aRow[i++];
    r->pRow = pRow;
    r->bHeader = (pRow->flags & RF_HEADER)!=0;
    if( r->bHeader && bLead ) t->nHead++;
    else bLead = 0;
    r->aCell = acc_malloc(sizeof(TCell)*t->nCol);
    memset(r->aCell, 0, sizeof(TCell)*t->nCol);
    j = 0;
    for(pCell=pRow->pFirst; pCell; pCell=pCell->pNext){
      TCell *c;
      double w, rExtra;
      if( pCell->eType!=RN_CELL ) continue;
      c = &r->aCell[j];
      c->pNode = pCell;
      c->pL = pdf_layout(p, cell_text(pCell),
                         r->bHeader ? PF_CELL_B : PF_CELL, 0);
      rExtra = 2*CELL_PX + (cell_has_status(pCell) ? MARK_W : 0);
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
      j++;
    }
  }
  for(j=0; j<t->nCol; j++){
    if( aNat[j] > PDF_CW*0.6 ) aNat[j] = PDF_CW*0.6;
    if( aMin[j] > PDF_CW*0.4 ) aMin[j] = PDF_CW*0.4;
    if( aMin[j] > aNat[j] ) aNat[j] = aMin[j];
    rNat += aNat[j];
  }
  if( rNat<=PDF_CW ){
    /* everything fits: share out what is left in proportion */
    for(j=0; j<t->nCol; j++) t->aW[j] = aNat[j] * PDF_CW / rNat;
  }else{
    /* columns that want no more than an even share of what is left get
    ** what they want; the others share the rest by what they want, never
    ** less than their longest word */
    double rLeft = PDF_CW, rWant = 0, rSum = 0;
    int nLeft = t->nCol, bMore = 1;
    for(j=0; j<t->nCol; j++) t->aW[j] = -1;
    while( bMore && nLeft>0 ){
      bMore = 0;
      for(j=0; j<t->nCol; j++){
        if( t->aW[j]<0 && aNat[j] <= rLeft/nLeft ){
          t->aW[j] = aNat[j];
          rLeft -= aNat[j];
          nLeft--;
          bMore = 1;
        }
      }
    }
    for(j=0; j<t->nCol; j++){
      if( t->aW[j]<0 ) rWant += aNat[j];
    }
    for(j=0; j<t->nCol; j++){
      if( t->aW[j]<0 ){
        t->aW[j] = aNat[j] * rLeft / (rWant>0 ? rWant : 1);
        if( t->aW[j]<aMin[j] ) t->aW[j] = aMin[j];
      }
      rSum += t->aW[j];
    }
    if( rSum>PDF_CW ){
      for(j=0; j<t->nCol; j++) t->aW[j] *= PDF_CW / rSum;
    }
  }
  free(aNat);
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
      if( c->pNode->flags & RF_NUMERIC ){
        pango_layout_set_alignment(c->pL, PANGO_ALIGN_RIGHT);
      }
      h = pdf_layout_height(c->pL);
      if( h>r->h ) r->h = h;
    }
    r->h += 2*CELL_PY;
  }
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
  if( r->bHeader || iBody%2==1 ){
    pdf_rgb(cr, r->bHeader ? 0xdde4ecu : 0xf4f6f9u);
    cairo_rectangle(cr, PDF_ML, p->y, PDF_CW, r->h);
    cairo_fill(cr);
  }
  for(j=0; j<t->nCol; j++){
    const TCell *c = &r->aCell[j];
    double xt = x + CELL_PX;
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
    x += t->aW[j];
  }
  cairo_set_line_width(cr, r->bHeader ? 0.9 : 0.4);
  pdf_rgb(cr, r->bHeader ? PDF_ACCENT : PDF_RULE);
  cairo_move_to(cr, PDF_ML, p->y + r->h);
  cairo_line_to(cr, PDF_W - PDF_MR, p->y + r->h);
  cairo_stroke(cr);
  if( bTop ){
    pdf_rgb(cr, PDF_ACCENT);
    cairo_set_line_width(cr, 0.9);
    cairo_move_to(cr, PDF_ML, p->y);
    cairo_line_to(cr, PDF_W - PDF_MR, p->y);
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

/* The measured table pTable: measured now in the first pass and kept,
** taken from what was kept in the second (both passes meet the tables in
** the same order). */
static Tab *tab_get(Pdf *p, const RNode *pTable){
  Tab *t;
  if( p->bDraw && p->iTab<p->nTab ){
    return (Tab*)p->apTab[p->iTab++];
  }
  t = acc_malloc(sizeof(Tab));
  memset(t, 0, sizeof(*t));
  tab_measure(p, pTable, t);
  if( p->nTab>=p->nTabAlloc ){
    p->nTabAlloc = p->nTabAlloc ? 2*p->nTabAlloc : 8;
    p->apTab = acc_realloc(p->apTab, sizeof(void*)*p->nTabAlloc);
  }
  p->apTab[p->nTab++] = t;
  if( p->bDraw ) p->iTab = p->nTab;
  return t;
}

void pdf_table(Pdf *p, const RNode *pTable){
  Tab *pT = tab_get(p, pTable), t = *pT;
  double rHead = 0;
  int i, iBody = 0, bTop;
  if( t.nRow==0 ) return;
  for(i=0; i<t.nHead; i++) rHead += t.aRow[i].h;
  /* keep the header with the first row (or two) of the body */
  pdf_need(p, rHead + (t.nRow>t.nHead ? t.aRow[t.nHead].h : 0)
              + (t.nRow>t.nHead+1 ? t.aRow[t.nHead+1].h : 0));
  p->y += 2;
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
  p->y += 12;
}

/* The height a chart of the body's width gets on a page. */
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
      h = 235;
      break;
  }
  if( h > PDF_BOTTOM - PDF_TOP - 40 ) h = PDF_BOTTOM - PDF_TOP - 40;
  return h;
}

double pdf_keep_need(const RNode *pNode){
  if( pNode==0 ) return 0;
  switch( pNode->eType ){
    case RN_CHART:
      return pNode->pChart ? chart_height(pNode->pChart) + 30 : 0;
    case RN_TABLE:
      return 60;
    default:
      return 40;
  }
}

void pdf_chart(Pdf *p, const RNode *pNode){
  const Chart *c = pNode->pChart;
  PangoLayout *pL;
  Buf b = BUF_INIT;
  double h, hCap;
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
  pdf_need(p, h + 8 + hCap);
  p->y += 4;
  if( p->bDraw ) chart_draw(c, p->cr, PDF_ML, p->y, PDF_CW, h);
  p->y += h + 5;
  if( p->bDraw ){
    pdf_rgb(p->cr, PDF_MUTED);
    cairo_move_to(p->cr, PDF_ML, p->y);
    pango_cairo_show_layout(p->cr, pL);
    cairo_new_path(p->cr);
  }
  p->y += hCap + 12;
  p->bFresh = 0;
  g_object_unref(pL);
  buf_free(&b);
}
