/*
** render_csv.c: a report as CSV (RFC 4180), for spreadsheets and scripts.
**
** One line per table row, header rows included; the first column is the
** path of headings of the sections the table is in ("Goals by framework
** area and working group / Security and Defense"), the other columns are
** the row's cells.  Numeric cells (RF_NUMERIC) are written as plain
** numbers, the others as their text.  Fields are quoted when they hold a
** comma, a quote, CR or LF; quotes are doubled; lines end in CRLF.
** Paragraphs, lists and charts are not tables and are left out: the CSV
** holds the report's data, the HTML and PDF its prose; but the
** secretariat's narrative of an area (a section whose anchor begins
** "narrative-") is data of its own, written a line per paragraph or
** list item: the path, then the text.
*/
#include "report.h"

#include <stdio.h>
#include <string.h>

#define CSV_DEPTH 8   /* section levels kept in the path */

/* The state of one rendering. */
typedef struct CsvOut {
  Buf *pOut;
  const char *azPath[CSV_DEPTH];  /* headings of the open sections */
  int nPath;
  int nCell;                      /* cells written in the current row */
  int nNarr;                      /* narrative sections open */
} CsvOut;

/* The first field of a line: the path of the open sections' headings. */
static void csv_path(CsvOut *c){
  Buf path = BUF_INIT;
  int i;
  for(i=0; i<c->nPath && i<CSV_DEPTH; i++){
    if( i ) buf_puts(&path, " / ");
    buf_puts(&path, c->azPath[i]);
  }
  buf_csv_field(c->pOut, buf_str(&path));
  buf_free(&path);
}

static int csv_walk(void *pArg, const RNode *pNode, int bEnter){
  CsvOut *c = pArg;
  switch( pNode->eType ){
    case RN_SECTION: {
      int bNarr = pNode->zAnchor
               && strncmp(pNode->zAnchor, "narrative-", 10)==0;
      if( bEnter ){
        if( c->nPath<CSV_DEPTH ) c->azPath[c->nPath] = pNode->zText;
        c->nPath++;
        c->nNarr += bNarr;
      }else{
        c->nPath--;
        c->nNarr -= bNarr;
      }
      break;
    }
    case RN_PARA:
    case RN_ITEM:
      if( bEnter && c->nNarr>0 ){
        csv_path(c);
        buf_putc(c->pOut, ',');
        buf_csv_field(c->pOut, pNode->zText);
        buf_puts(c->pOut, "\r\n");
      }
      break;
    case RN_ROW:
      if( bEnter ){
        csv_path(c);
        c->nCell = 0;
      }else{
        buf_puts(c->pOut, "\r\n");
      }
      break;
    case RN_CELL:
      buf_putc(c->pOut, ',');
      if( pNode->flags & RF_NUMERIC ){
        buf_appendf(c->pOut, "%.10g", pNode->rNum);
      }else if( pNode->flags & RF_DATE ){
        char zDay[11];
        date_format((Date)pNode->rNum, zDay);
        buf_csv_field(c->pOut, zDay);
      }else{
        buf_csv_field(c->pOut, pNode->zPlain ? pNode->zPlain : pNode->zText);
      }
      c->nCell++;
      break;
    default:
      break;
  }
  return 0;
}

AccRc render_csv(const Report *p, Buf *pOut, char *zErr, int nErr){
  CsvOut c;
  (void)zErr; (void)nErr;
  memset(&c, 0, sizeof(c));
  c.pOut = pOut;
  report_walk(p, csv_walk, &c);
  return ACC_OK;
}
