/*
** render_xlsx.c: a report as an XLSX workbook (render_xlsx of report.h),
** written with libxlsxwriter.
**
** The first sheet is a summary: the title, subtitle, period, the date of
** the data and the classification, then everything of the tree that is
** not inside a section with zSheet.  Each RN_SECTION with zSheet set
** becomes a sheet of its own holding the section (report.c gives one to
** each framework area and one to the indicator data); sheet names are
** cleaned of the characters Excel refuses, cut to 31 characters at a
** word boundary and made unique, and the section's full heading is the
** sheet's first row.  Headings and paragraphs go down column A; tables are written
** as cells (RF_NUMERIC cells as numbers with as many decimals as their
** text shows, RF_DATE cells as dates shown as YYYY-MM-DD, header rows bold on a band, status cells filled with the
** status' tint), columns sized to their contents, a long table with a
** header row given an autofilter and its header kept in view; charts are inserted as
** PNG images drawn by chart.c, with their caption under them.
**
** libxlsxwriter 1.1.4 (Debian 12) can only write to a file, so the
** workbook goes to a temporary file (in $TMPDIR, else /tmp) that is read
** back and removed.  The result is the same bytes for the same tree: the
** workbook's creation time is the report's zGenerated, and libxlsxwriter
** dates every member of the zip 1980-01-01.
*/
#include "report.h"
#include "chartInt.h"
#include "../core/l10n.h"

#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>

#define XL_MAXCOL 64        /* columns whose widths are tracked */
#define XL_MAXSHEET 256     /* sheets in a workbook, at most */
#define XL_MAXDEPTH 16      /* nesting of sheet sections */
#define XL_MAXSTR 32767     /* characters in a cell, at most (Excel's) */

/* One sheet being written. */
typedef struct XSheet {
  lxw_worksheet *pWs;
  int iRow;                 /* the next free row */
  int bFiltered;            /* it has its autofilter (one a sheet) */
  double aWidth[XL_MAXCOL]; /* widest cell text per column, characters */
} XSheet;

/* The state of one rendering. */
typedef struct Xlsx {
  const Report *pRep;
  lxw_workbook *pWb;
  lxw_format *pTitle, *pSub, *apHead[3], *pText, *pNote, *pWarn;
  lxw_format *pHeadRow, *pCell, *pCellWrap, *apNum[7], *pDate;
  lxw_format *apStatus[STATUS__MAX];
  XSheet aSheet[XL_MAXSHEET];
  char *azName[XL_MAXSHEET];   /* case-folded names in use */
  int nSheet;
  XSheet *apStack[XL_MAXDEPTH];/* the sheet of each open sheet section */
  const RNode *apSec[XL_MAXDEPTH];
  int nStack;
  XSheet *pCur;
  const RNode *pSkip;          /* a table whose cells are already written */
  Buf *aImg;                   /* PNG images, kept until the workbook is */
  int nImg, nImgAlloc;         /* closed */
  lxw_error rc;                /* the first error */
} Xlsx;

/* Words of the summary sheet, in the report's language (the same as on
** the PDF's title page). */
enum { XW_SUMMARY = 0, XW_GENERATED, XW_PERIOD, XW_CLASS, XW__MAX };
static const char *const azXlWord[XW__MAX][REPORT_LANG__MAX] = {
  { "Summary", "Sažetak", "Сажетак" },
  { "Generated from the data as of %s",
    "Izrađeno iz podataka na dan %s",
    "Израђено из података на дан %s" },
  { "Reporting period: %s to %s", "Izveštajni period: od %s do %s",
    "Извештајни период: од %s до %s" },
  { "Classification: %s", "Klasifikacija: %s", "Класификација: %s" },
};
static const char *const azXlClass[CLASS__MAX][REPORT_LANG__MAX] = {
  { "PUBLIC", "JAVNO", "ЈАВНО" },
  { "INTERNAL", "INTERNO", "ИНТЕРНО" },
  { "RESTRICTED", "OGRANIČENO", "ОГРАНИЧЕНО" },
};

/* The number of characters of UTF-8 text z. */
static int utf8_len(const char *z){
  int n = 0;
  for(; *z; z++){
    if( ((unsigned char)*z & 0xc0)!=0x80 ) n++;
  }
  return n;
}

/* Whether case-folded name zFold is taken. */
static int name_taken(Xlsx *x, const char *zFold){
  int i;
  if( strcmp(zFold, "history")==0 ) return 1;   /* reserved by Excel */
  for(i=0; i<x->nSheet; i++){
    if( x->azName[i] && strcmp(x->azName[i], zFold)==0 ) return 1;
  }
  return 0;
}

/* Copy at most nChar whole characters of z into zOut (of nOut bytes). */
static void utf8_cut(const char *z, int nChar, char *zOut, int nOut){
  int i = 0, n = 0;
  while( z[i] && n<nChar ){
    int k = i+1;
    while( z[k] && ((unsigned char)z[k] & 0xc0)==0x80 ) k++;
    if( k>=nOut ) break;
    memcpy(zOut+i, z+i, k-i);
    i = k;
    n++;
  }
  zOut[i] = 0;
}

/*
** A valid, unused sheet name made from z: the characters []:*?/\ become
** '-', surrounding blanks and apostrophes go, at most 31 characters, and
** " (2)", " (3)"... is added while the name is taken (case-insensitively,
** as Excel compares).  Writes it to zOut, nOut bytes (128 suffice).
*/
static void sheet_name(Xlsx *x, const char *z, char *zOut, int nOut){
  char zClean[256], zBase[160];
  int i, j = 0, k;
  for(i=0; z && z[i] && j<(int)sizeof(zClean)-1; i++){
    char c = z[i];
    if( strchr("[]:*?/\\", c) || (unsigned char)c<0x20 ) c = '-';
    zClean[j++] = c;
  }
  zClean[j] = 0;
  for(i=0; zClean[i]==' ' || zClean[i]=='\''; i++){}
  memmove(zClean, zClean+i, strlen(zClean+i)+1);
  for(j=(int)strlen(zClean); j>0 && (zClean[j-1]==' '
                                      || zClean[j-1]=='\''); j--){}
  zClean[j] = 0;
  if( zClean[0]==0 ) snprintf(zClean, sizeof(zClean), "Sheet");
  for(k=1; k<1000; k++){
    char zSuffix[16], *zFold;
    int bTaken;
    zSuffix[0] = 0;
    if( k>1 ) snprintf(zSuffix, sizeof(zSuffix), " (%d)", k);
    report_cut_words(zClean, 31 - (int)strlen(zSuffix), zBase,
                     sizeof(zBase));
    snprintf(zOut, nOut, "%s%s", zBase, zSuffix);
    zFold = g_utf8_casefold(zOut, -1);
    bTaken = name_taken(x, zFold);
    g_free(zFold);
    if( !bTaken ) return;
  }
}

/* Add a sheet named (after cleaning) z and make it current. */
static XSheet *sheet_add(Xlsx *x, const char *z){
  char zName[160];
  XSheet *s;
  if( x->nSheet>=XL_MAXSHEET ) return x->pCur;
  sheet_name(x, z, zName, sizeof(zName));
  s = &x->aSheet[x->nSheet];
  memset(s, 0, sizeof(*s));
  x->azName[x->nSheet] = g_utf8_casefold(zName, -1);
  x->nSheet++;
  s->pWs = workbook_add_worksheet(x->pWb, zName);
  if( s->pWs==0 && x->rc==LXW_NO_ERROR ) x->rc = LXW_ERROR_MEMORY_MALLOC_FAILED;
  return s;
}

/* Remember the width column j of sheet s needs for text z. */
static void note_width(XSheet *s, int j, const char *z, double rExtra){
  double w = utf8_len(z)*1.1 + 2 + rExtra;
  if( j<XL_MAXCOL && w>s->aWidth[j] ) s->aWidth[j] = w;
}

/* Write string z into the current sheet at (row, col).  A cell holds at
** most XL_MAXSTR characters: longer text is cut, ending in an ellipsis. */
static void put(Xlsx *x, int iRow, int iCol, const char *z, lxw_format *f){
  XSheet *s = x->pCur;
  lxw_error rc;
  char *zCut = 0;
  if( s==0 || s->pWs==0 ) return;
  if( utf8_len(z)>XL_MAXSTR ){
    size_t n = strlen(z) + 4;
    zCut = acc_malloc(n);
    utf8_cut(z, XL_MAXSTR-1, zCut, (int)n);
    strcat(zCut, "\xe2\x80\xa6");
    z = zCut;
  }
  rc = worksheet_write_string(s->pWs, iRow, iCol, z, f);
  free(zCut);
  if( rc!=LXW_NO_ERROR && rc!=LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE
   && x->rc==LXW_NO_ERROR ){
    x->rc = rc;
  }
}

/* The decimals the text of a numeric cell shows ("1,234.56" has 2). */
static int text_decimals(const char *z, double r){
  const char *zSep = 0;
  int n = 0;
  if( r==(double)(long long)r ) return 0;
  for(; *z; z++){
    if( *z=='.' || *z==',' ){ zSep = z; n = 0; }
    else if( *z>='0' && *z<='9' ){ if( zSep ) n++; }
    else if( zSep && n>0 ) break;
  }
  if( zSep==0 ) n = 2;
  return n>6 ? 6 : n;
}

static void xl_table(Xlsx *x, const RNode *pTable){
  const RNode *pRow, *pCell;
  XSheet *s = x->pCur;
  int iFirst = s ? s->iRow : 0, nRow = 0, nCol = 0, bHasHead;
  pRow = pTable->pFirst;
  bHasHead = pRow && pRow->eType==RN_ROW && (pRow->flags & RF_HEADER);
  for(pRow=pTable->pFirst; pRow; pRow=pRow->pNext){
    int n = 0;
    if( pRow->eType!=RN_ROW ) continue;
    for(pCell=pRow->pFirst; pCell; pCell=pCell->pNext) n++;
    if( n>nCol ) nCol = n;
    nRow++;
  }
  /* A long table with a header row, the first of its sheet (not the
  ** summary), gets an autofilter and keeps its header row in view. */
  if( s && s->pWs && bHasHead && nRow>20 && nCol>0 && !s->bFiltered
   && s!=&x->aSheet[0] ){
    worksheet_autofilter(s->pWs, iFirst, 0, iFirst + nRow - 1, nCol - 1);
    worksheet_freeze_panes(s->pWs, iFirst + 1, 0);
    s->bFiltered = 1;
  }
  for(pRow=pTable->pFirst; pRow; pRow=pRow->pNext){
    int j = 0, bHead = (pRow->flags & RF_HEADER)!=0;
    if( pRow->eType!=RN_ROW ) continue;
    for(pCell=pRow->pFirst; pCell; pCell=pCell->pNext){
      lxw_format *f;
      if( pCell->eType!=RN_CELL ) continue;
      if( bHead ){
        f = x->pHeadRow;
      }else if( pCell->eStatus>=0 && pCell->eStatus<STATUS__MAX ){
        f = x->apStatus[pCell->eStatus];
      }else{
        f = utf8_len(pCell->zText)>60 ? x->pCellWrap : x->pCell;
      }
      if( (pCell->flags & RF_DATE) && !bHead && s && s->pWs ){
        lxw_datetime dt;
        lxw_error rc;
        memset(&dt, 0, sizeof(dt));
        date_to_ymd((Date)pCell->rNum, &dt.year, &dt.month, &dt.day);
        rc = worksheet_write_datetime(s->pWs, s->iRow, j, &dt, x->pDate);
        if( rc!=LXW_NO_ERROR && x->rc==LXW_NO_ERROR
         && rc!=LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE ){
          x->rc = rc;
        }
      }else if( (pCell->flags & RF_NUMERIC) && !bHead && s && s->pWs ){
        lxw_error rc;
        f = x->apNum[text_decimals(pCell->zText, pCell->rNum)];
        rc = worksheet_write_number(s->pWs, s->iRow, j, pCell->rNum, f);
        if( rc!=LXW_NO_ERROR && x->rc==LXW_NO_ERROR
         && rc!=LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE ){
          x->rc = rc;
        }
      }else{
        const char *z = pCell->zText;
        char zDay[11];
        if( pCell->flags & RF_DATE ){
          date_format((Date)pCell->rNum, zDay);
          z = zDay;
        }
        if( z[0]==0 && pCell->eStatus>=0 && pCell->eStatus<STATUS__MAX ){
          z = azStatusLabel[pCell->eStatus];
        }
        put(x, s->iRow, j, z, f);
      }
      if( s ) note_width(s, j, pCell->zText, bHead ? 1 : 0);
      j++;
    }
    if( s ) s->iRow++;
  }
  if( s ) s->iRow++;
}

/* The height in points chart c gets as an image 480 points wide. */
static double chart_h(const Chart *c){
  switch( c->eKind ){
    case CHART_ROADMAP: return 50 + (c->nStep>0 ? c->nStep : 2)*18;
    case CHART_AREAS:   return 76 + (c->nArea>0 ? c->nArea : 2)*22;
    default:            return 240;
  }
}

static void xl_chart(Xlsx *x, const RNode *pNode){
  XSheet *s = x->pCur;
  lxw_image_options opt;
  Buf *pB;
  double h;
  if( pNode->pChart==0 || s==0 || s->pWs==0 ) return;
  h = chart_h(pNode->pChart);
  if( h>1200 ) h = 1200;
  if( x->nImg>=x->nImgAlloc ){
    x->nImgAlloc = x->nImgAlloc ? 2*x->nImgAlloc : 8;
    x->aImg = acc_realloc(x->aImg, sizeof(Buf)*x->nImgAlloc);
  }
  pB = &x->aImg[x->nImg];
  memset(pB, 0, sizeof(*pB));
  if( chart_write(pNode->pChart, CHART_PNG, 480, h, pB) ) return;
  x->nImg++;
  memset(&opt, 0, sizeof(opt));
  /* 2 pixels a point, shown at 96 pixels an inch: 1 point on screen */
  opt.x_scale = opt.y_scale = 96.0/72.0/2.0;
  opt.x_offset = 2;
  opt.y_offset = 2;
  opt.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
  opt.description = (char*)(pNode->zAlt ? pNode->zAlt
                            : pNode->zText[0] ? pNode->zText
                            : pNode->pChart->zTitle ? pNode->pChart->zTitle
                            : "");
  if( worksheet_insert_image_buffer_opt(s->pWs, s->iRow, 0,
        (const unsigned char*)pB->z, pB->n, &opt)!=LXW_NO_ERROR ){
    if( x->rc==LXW_NO_ERROR ) x->rc = LXW_ERROR_IMAGE_DIMENSIONS;
  }
  /* rows are 15 points high */
  s->iRow += (int)(h/15.0) + 2;
  if( pNode->zText[0] ){
    put(x, s->iRow, 0, pNode->zText, x->pNote);
    s->iRow++;
  }
  s->iRow++;
}

static int xl_walk(void *pArg, const RNode *pNode, int bEnter){
  Xlsx *x = pArg;
  XSheet *s;
  if( x->pSkip ){
    if( pNode==x->pSkip && !bEnter ) x->pSkip = 0;
    return 0;
  }
  if( !bEnter ){
    if( pNode->eType==RN_SECTION && x->nStack>0
     && x->apSec[x->nStack-1]==pNode ){
      x->nStack--;
      x->pCur = x->apStack[x->nStack];
    }
    return 0;
  }
  if( pNode->eType==RN_SECTION && pNode->zSheet && pNode->zSheet[0]
   && x->nStack<XL_MAXDEPTH ){
    x->apStack[x->nStack] = x->pCur;
    x->apSec[x->nStack] = pNode;
    x->nStack++;
    x->pCur = sheet_add(x, pNode->zSheet);
  }
  s = x->pCur;
  if( s==0 ) return 0;
  switch( pNode->eType ){
    case RN_SECTION: {
      int l = pNode->iLevel<1 ? 1 : pNode->iLevel>3 ? 3 : pNode->iLevel;
      if( s->iRow>0 && l<=2 ) s->iRow++;
      put(x, s->iRow++, 0, pNode->zText, x->apHead[l-1]);
      break;
    }
    case RN_PARA:
      put(x, s->iRow++, 0, pNode->zText,
          (pNode->flags & RF_WARN) ? x->pWarn
          : (pNode->flags & RF_NOTE) ? x->pNote : x->pText);
      break;
    case RN_ITEM: {
      Buf b = BUF_INIT;
      buf_puts(&b, "\xe2\x80\xa2 ");   /* a bullet */
      buf_puts(&b, pNode->zText);
      put(x, s->iRow++, 0, buf_str(&b),
          pNode->eStatus>=0 && pNode->eStatus<STATUS__MAX
            ? x->apStatus[pNode->eStatus]
            : (pNode->flags & RF_WARN) ? x->pWarn : x->pText);
      buf_free(&b);
      break;
    }
    case RN_TABLE:
      xl_table(x, pNode);
      x->pSkip = pNode;
      break;
    case RN_CHART:
      xl_chart(x, pNode);
      break;
    default:
      break;
  }
  return 0;
}

/* The formats of the workbook. */
static void xl_formats(Xlsx *x){
  static const char *const azNum[7] = {
    "#,##0", "#,##0.0", "#,##0.00", "#,##0.000", "#,##0.0000",
    "#,##0.00000", "#,##0.000000"
  };
  static const double aSize[3] = { 14, 12, 11 };
  int i;
  x->pTitle = workbook_add_format(x->pWb);
  format_set_bold(x->pTitle);
  format_set_font_size(x->pTitle, 18);
  format_set_font_color(x->pTitle, 0x1f4e79);
  x->pSub = workbook_add_format(x->pWb);
  format_set_font_size(x->pSub, 12);
  for(i=0; i<3; i++){
    x->apHead[i] = workbook_add_format(x->pWb);
    format_set_bold(x->apHead[i]);
    format_set_font_size(x->apHead[i], aSize[i]);
    if( i<2 ) format_set_font_color(x->apHead[i], 0x1f4e79);
  }
  x->pText = workbook_add_format(x->pWb);
  x->pNote = workbook_add_format(x->pWb);
  format_set_italic(x->pNote);
  format_set_font_color(x->pNote, 0x5b6675);
  x->pWarn = workbook_add_format(x->pWb);
  format_set_bold(x->pWarn);
  format_set_font_color(x->pWarn, 0x8e1b16);
  x->pHeadRow = workbook_add_format(x->pWb);
  format_set_bold(x->pHeadRow);
  format_set_bg_color(x->pHeadRow, 0xdde4ec);
  format_set_bottom(x->pHeadRow, LXW_BORDER_MEDIUM);
  format_set_text_wrap(x->pHeadRow);
  format_set_align(x->pHeadRow, LXW_ALIGN_VERTICAL_TOP);
  x->pCell = workbook_add_format(x->pWb);
  format_set_align(x->pCell, LXW_ALIGN_VERTICAL_TOP);
  x->pCellWrap = workbook_add_format(x->pWb);
  format_set_text_wrap(x->pCellWrap);
  format_set_align(x->pCellWrap, LXW_ALIGN_VERTICAL_TOP);
  x->pDate = workbook_add_format(x->pWb);     /* a date cell, as ISO */
  format_set_num_format(x->pDate, "yyyy-mm-dd");
  format_set_align(x->pDate, LXW_ALIGN_VERTICAL_TOP);
  format_set_align(x->pDate, LXW_ALIGN_LEFT);
  for(i=0; i<7; i++){
    x->apNum[i] = workbook_add_format(x->pWb);
    format_set_num_format(x->apNum[i], azNum[i]);
    format_set_align(x->apNum[i], LXW_ALIGN_VERTICAL_TOP);
  }
  for(i=0; i<STATUS__MAX; i++){
    x->apStatus[i] = workbook_add_format(x->pWb);
    format_set_bg_color(x->apStatus[i], chart_status_tint(i));
    format_set_font_color(x->apStatus[i],
        i==STATUS_AT_RISK ? 0x7a5200 : chart_status_color(i)==0xe3e6ea
        ? 0x5b6675 : chart_status_color(i));
    format_set_bold(x->apStatus[i]);
    format_set_align(x->apStatus[i], LXW_ALIGN_VERTICAL_TOP);
  }
}

/* The time_t of "YYYY-MM-DDTHH:MM:SSZ", or 0 if z is not one. */
static time_t parse_generated(const char *z){
  struct tm tm;
  int y, mo, d, h, mi, s;
  if( z==0 || sscanf(z, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi,
                     &s)!=6 ){
    return 0;
  }
  memset(&tm, 0, sizeof(tm));
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  return timegm(&tm);
}

/* The summary sheet's heading block. */
static void xl_summary_head(Xlsx *x, int eLang){
  const Report *r = x->pRep;
  XSheet *s = x->pCur;
  char z[200], zA[L10N_DATESZ], zB[L10N_DATESZ];
  put(x, s->iRow++, 0, r->zTitle ? r->zTitle : "", x->pTitle);
  if( r->zSubtitle ) put(x, s->iRow++, 0, r->zSubtitle, x->pSub);
  s->iRow++;
  if( r->from!=DATE_NONE && r->to!=DATE_NONE ){
    /* as on the PDF's title page: "od 1. jula 2026. do 30. septembra" */
    l10n_date_gen(r->from, eLang, zA);
    l10n_date_gen(r->to, eLang, zB);
    snprintf(z, sizeof(z), azXlWord[XW_PERIOD][eLang], zA, zB);
    put(x, s->iRow++, 0, z, x->pText);
  }
  if( r->zGenerated && strlen(r->zGenerated)>=16 ){
    char zT[L10N_TIMESZ], z2[200];
    int64_t t;
    if( l10n_stamp_parse(r->zGenerated, &t)==0 ){
      l10n_time(t, l10n_tz_default(eLang), eLang, zT);
    }else{
      snprintf(zT, sizeof(zT), "%.10s %.5s UTC", r->zGenerated,
               r->zGenerated+11);
    }
    snprintf(z2, sizeof(z2), azXlWord[XW_GENERATED][eLang], zT);
    l10n_date_cases(z2, eLang, z, sizeof(z));
    put(x, s->iRow++, 0, z, x->pNote);
  }
  if( r->eViewer>=0 && r->eViewer<CLASS__MAX ){
    snprintf(z, sizeof(z), azXlWord[XW_CLASS][eLang],
             azXlClass[r->eViewer][eLang]);
    put(x, s->iRow++, 0, z, x->pNote);
  }
  s->iRow++;
}

AccRc render_xlsx(const Report *pRep, Buf *pOut, char *zErr, int nErr){
  Xlsx *x = acc_malloc(sizeof(Xlsx));
  lxw_doc_properties prop;
  char zPath[512];
  const char *zTmp = getenv("TMPDIR");
  AccRc rc = ACC_IO;
  FILE *pIn = 0;
  int fd, i, j, eLang = pRep->eLang;
  lxw_error e;

  memset(x, 0, sizeof(*x));
  x->pRep = pRep;
  if( eLang<0 || eLang>=REPORT_LANG__MAX ) eLang = 0;
  snprintf(zPath, sizeof(zPath), "%s/accord-xlsx-XXXXXX",
           zTmp && zTmp[0] ? zTmp : "/tmp");
  fd = mkstemp(zPath);
  if( fd<0 ){
    snprintf(zErr, nErr, "xlsx: temporary file %s: %s", zPath,
             strerror(errno));
    free(x);
    return ACC_IO;
  }
  close(fd);
  x->pWb = workbook_new(zPath);
  if( x->pWb==0 ){
    snprintf(zErr, nErr, "xlsx: cannot create a workbook");
    goto out;
  }
  memset(&prop, 0, sizeof(prop));
  prop.title = (char*)(pRep->zTitle ? pRep->zTitle : "");
  prop.subject = (char*)(pRep->zSubtitle ? pRep->zSubtitle : "");
  prop.author = "Accord";
  prop.created = parse_generated(pRep->zGenerated);
  if( prop.created==0 ) prop.created = 1;  /* never the clock */
  workbook_set_properties(x->pWb, &prop);
  xl_formats(x);
  x->pCur = sheet_add(x, azXlWord[XW_SUMMARY][eLang]);
  xl_summary_head(x, eLang);
  report_walk(pRep, xl_walk, x);
  for(i=0; i<x->nSheet; i++){
    XSheet *s = &x->aSheet[i];
    if( s->pWs==0 ) continue;
    for(j=0; j<XL_MAXCOL; j++){
      double w = s->aWidth[j];
      if( w<=0 ) continue;
      if( w<9 ) w = 9;
      if( w>60 ) w = 60;
      worksheet_set_column(s->pWs, j, j, w, 0);
    }
  }
  e = workbook_close(x->pWb);
  x->pWb = 0;
  if( e==LXW_NO_ERROR ) e = x->rc;
  if( e!=LXW_NO_ERROR ){
    snprintf(zErr, nErr, "xlsx: %s", lxw_strerror(e));
    goto out;
  }
  pIn = fopen(zPath, "rb");
  if( pIn==0 ){
    snprintf(zErr, nErr, "xlsx: %s: %s", zPath, strerror(errno));
    goto out;
  }
  {
    Buf b = BUF_INIT;
    char a[16384];
    size_t n;
    while( (n = fread(a, 1, sizeof(a), pIn))>0 ) buf_append(&b, a, n);
    if( ferror(pIn) ){
      snprintf(zErr, nErr, "xlsx: reading %s failed", zPath);
      buf_free(&b);
      goto out;
    }
    buf_append(pOut, b.z ? b.z : "", b.n);
    buf_free(&b);
  }
  rc = ACC_OK;
out:
  if( pIn ) fclose(pIn);
  if( x->pWb ) workbook_close(x->pWb);
  unlink(zPath);
  for(i=0; i<x->nImg; i++) buf_free(&x->aImg[i]);
  free(x->aImg);
  for(i=0; i<x->nSheet; i++) g_free(x->azName[i]);
  free(x);
  return rc;
}
