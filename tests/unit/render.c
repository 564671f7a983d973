/*
** tests/unit/render.c: unit tests of the charts (chart.c, chart_kinds.c)
** and of the PDF and XLSX renderers (render_pdf.c, render_pdf_table.c,
** render_xlsx.c), on report trees built by hand.
**
** The tree has sections in English, Serbian Latin and Serbian Cyrillic, a
** table long enough to run over many pages, a chart of each kind, a cell
** and a list item of each status, notes and warnings, and sheet names
** that need cleaning.  Checks: the PDF is a PDF with the expected number
** of pages; its text (pdftotext, poppler-utils) has the headings, the
** Cyrillic text, "Page 1 of N" and a table of contents whose page numbers
** are the pages the sections start on; the same tree gives the same bytes
** twice, for PDF, XLSX, SVG and PNG; the XLSX is a zip whose sheets have
** the expected names (python3 zipfile), with numbers as numbers and the
** charts as PNG images, and LibreOffice (libreoffice-calc-nogui) reads it
** back with the right values; every SVG is well-formed XML (xmllint); the
** contents link to their sections.  It also
** leaves render-*.pdf, render-*.xlsx and chart-*.{svg,png,pdf} in the
** working directory for looking at, and prints the time a long report
** takes.
*/
#include "../../src/util/mem.c"
#include "../../src/util/buf.c"
#include "../../src/util/san.c"
#include "../../src/core/period.c"
#include "../../src/core/l10n.c"
#include "../../src/core/status.c"
#include "../../src/core/status_series.c"
#include "../../src/core/status_source.c"
#include "../../src/core/status_growth.c"
#include "../../src/core/status_count.c"
#include "../../src/core/status_stale.c"
#include "../../src/core/status_say.c"
#include "../../src/core/model.c"
#include "../../src/core/model_row.c"
#include "../../src/core/breakdown.c"
#include "../../src/core/model_project.c"
#include "../../src/core/model_code.c"
#include "../../src/core/codes.c"
#include "../../src/core/model_plan.c"
#include "../../src/core/model_dim.c"
#include "../../src/core/money.c"
#include "../../src/core/text.c"
#include "../../src/report/report_tree.c"
#include "../../src/report/chart.c"
#include "../../src/report/chart_kinds.c"
#include "../../src/report/render_pdf.c"
#include "../../src/report/render_pdf_table.c"
#include "../../src/report/render_pdf_mark.c"
#include "../../src/report/render_xlsx.c"
#include "harness.h"
#include "render_util.h"

#include <stdlib.h>
#include <time.h>

static Date D(const char *z){
  Date d = 0;
  if( date_parse(z, &d) ){ fprintf(stderr, "bad date %s\n", z); exit(2); }
  return d;
}

/* Status labels in Serbian, as report.c passes them to charts. */
static const char *const azSrLatn[STATUS__MAX] = {
  "Kasni", "Van plana", "Ugroženo", "Na dobrom putu", "Ostvareno",
  "Nije započeto", "Nema podataka"
};
static const char *const azSrCyrl[STATUS__MAX] = {
  "Касни", "Ван плана", "Угрожено", "На добром путу", "Остварено",
  "Није започето", "Нема података"
};

/* Chart data, kept alive for the tests. */
static ChartPoint aObs[24], aTarget[2];
static ChartStep aStep[9];
static ChartArea aArea[5];
static Chart chInd, chRoad, chAreas, chEmpty;

static void charts_init(void){
  static const double aTrade[] = {
    880, 905, 960, 1010, 1120, 1090, 1180, 1250
  };
  int i;
  for(i=0; i<8; i++){
    aObs[i].x = D("2019-01-01") + (int)(i*365.25);
    aObs[i].y = aTrade[i];
  }
  aTarget[0].x = D("2019-01-01"); aTarget[0].y = 880;
  aTarget[1].x = D("2028-01-01"); aTarget[1].y = 1880;
  memset(&chInd, 0, sizeof(chInd));
  chInd.eKind = CHART_INDICATOR;
  chInd.zTitle = "Total goods trade, US–Serbia";
  chInd.zUnit = "million USD";
  chInd.aObs = aObs; chInd.nObs = 8;
  chInd.aTarget = aTarget; chInd.nTarget = 2;
  chInd.eStatus = STATUS_AT_RISK;
  chInd.deadline = D("2027-12-31");

  aStep[0] = (ChartStep){ "I Launch of the dialogue", D("2024-03-01"),
                          D("2024-03-01"), 0 };
  aStep[1] = (ChartStep){ "II Working groups formed", D("2024-06-01"),
                          D("2024-07-15"), 0 };
  aStep[2] = (ChartStep){ "III Framework agreed", D("2024-10-01"),
                          D("2024-12-20"), 0 };
  aStep[3] = (ChartStep){ "IV Inaugural meeting", D("2025-03-01"),
                          D("2025-02-20"), 0 };
  aStep[4] = (ChartStep){ "V Action plan adopted", D("2025-09-01"),
                          DATE_NONE, 0 };
  aStep[5] = (ChartStep){ "VI Energy working group", D("2025-01-01"),
                          DATE_NONE, 1 };
  aStep[6] = (ChartStep){ "VII Regular public reporting", D("2025-06-01"),
                          DATE_NONE, 1 };
  aStep[7] = (ChartStep){ "VIII Annual report to both governments",
                          D("2027-03-01"), DATE_NONE, 0 };
  aStep[8] = (ChartStep){ "IX Годишњи састанак на високом нивоу",
                          D("2026-10-15"), D("2026-11-20"), 0 };
  memset(&chRoad, 0, sizeof(chRoad));
  chRoad.eKind = CHART_ROADMAP;
  chRoad.zTitle = "Roadmap: planned and actual";
  chRoad.aStep = aStep; chRoad.nStep = 9;
  chRoad.today = D("2026-12-01");

  aArea[0] = (ChartArea){ "Energy", { 1, 0, 2, 1, 3, 0, 1 } };
  aArea[1] = (ChartArea){ "Trade and investment", { 0, 2, 1, 3, 2, 1, 0 } };
  aArea[2] = (ChartArea){ "Rule of law", { 0, 1, 0, 1, 1, 2, 3 } };
  aArea[3] = (ChartArea){ "Defence cooperation", { 2, 0, 1, 2, 4, 0, 0 } };
  aArea[4] = (ChartArea){ "Наука и технологија", { 0, 0, 1, 1, 1, 1, 1 } };
  memset(&chAreas, 0, sizeof(chAreas));
  chAreas.eKind = CHART_AREAS;
  chAreas.zTitle = "Goals by status and area";
  chAreas.aArea = aArea; chAreas.nArea = 5;

  memset(&chEmpty, 0, sizeof(chEmpty));
  chEmpty.eKind = CHART_INDICATOR;
  chEmpty.zTitle = "An indicator without data";
  chEmpty.eStatus = STATUS_NO_DATA;
  chEmpty.deadline = DATE_NONE;
}

static RNode *section(Report *r, RNode *pParent, int iLevel,
                      const char *zText, const char *zSheet){
  RNode *p = report_node(r, pParent, RN_SECTION, zText);
  p->iLevel = iLevel;
  if( zSheet ) p->zSheet = arena_strdup(&r->arena, zSheet);
  return p;
}

static void row(Report *r, RNode *pTable, int bHead, int n, ...){
  RNode *pRow = report_node(r, pTable, RN_ROW, 0);
  va_list ap;
  int i;
  if( bHead ) pRow->flags |= RF_HEADER;
  va_start(ap, n);
  for(i=0; i<n; i++) report_node(r, pRow, RN_CELL, va_arg(ap, const char*));
  va_end(ap);
}

static RNode *chart_node(Report *r, RNode *pParent, Chart *c,
                         const char *zCaption){
  RNode *p = report_node(r, pParent, RN_CHART, zCaption);
  p->pChart = c;
  return p;
}

static const char *const zLorem =
  "The dialogue's working groups met four times in the quarter. Trade in "
  "goods grew again, but more slowly than the target path requires, and "
  "two milestones of the energy area passed their deadlines without being "
  "met. The secretariat proposes that the co-chairs review the energy "
  "action plan at their next meeting and agree on revised dates.";
static const char *const zLatn =
  "Ukupna robna razmena između dve zemlje porasla je u trećem kvartalu, "
  "ali sporije nego što zahteva putanja cilja. Radna grupa za energetiku "
  "predlaže izmenjen plan aktivnosti.";
static const char *const zCyrl =
  "Укупна робна размена између две земље порасла је у трећем кварталу, "
  "али спорије него што захтева путања циља. Радна група за енергетику "
  "предлаже измењен план активности.";

/* The test report, with nData rows in the long table. */
static Report *build_report(int eLang, int nData){
  Report *r = report_new(REPORT_QUARTERLY, eLang);
  RNode *pDoc, *pSec, *pSub, *pList, *pTab, *pRow, *pCell;
  int i, e;
  r->zTitle = "Quarterly implementation report";
  r->zSubtitle = "United States – Serbia Strategic Dialogue, 2026-Q3";
  r->zGenerated = "2026-11-30T10:00:00Z";
  r->from = D("2026-07-01");
  r->to = r->at = D("2026-09-30");
  r->eViewer = CLASS_INTERNAL;
  pDoc = report_node(r, 0, RN_DOCUMENT, r->zTitle);

  pSec = section(r, pDoc, 1, "Executive summary", 0);
  report_node(r, pSec, RN_PARA, zLorem);
  pList = report_node(r, pSec, RN_LIST, 0);
  for(e=0; e<STATUS__MAX; e++){
    RNode *pItem = report_nodef(r, pList, RN_ITEM,
        "%d goals are %s.", e+1, azStatusLabel[e]);
    pItem->eStatus = e;
  }
  report_node(r, pList, RN_ITEM, "A plain item without a status.");
  report_node(r, pSec, RN_PARA, "Two sources disagree on the 2025 value of "
              "total trade; neither is marked preferred.")->flags |= RF_WARN;
  report_node(r, pSec, RN_PARA, "Source: US Census Bureau, foreign trade "
              "statistics; Statistical Office of the Republic of Serbia.")
    ->flags |= RF_NOTE;

  pSec = section(r, pDoc, 1, "Status by area", "Areas");
  chart_node(r, pSec, &chAreas, "Goals of each area by status.");
  pTab = report_node(r, pSec, RN_TABLE, 0);
  row(r, pTab, 1, 3, "Goal", "Area", "Status");
  for(e=0; e<STATUS__MAX; e++){
    pRow = report_node(r, pTab, RN_ROW, 0);
    report_nodef(r, pRow, RN_CELL, "Goal %d: a goal whose name is long "
                 "enough to wrap inside its cell of the table", e+1);
    report_node(r, pRow, RN_CELL, aArea[e%5].zLabel);
    pCell = report_node(r, pRow, RN_CELL, azStatusLabel[e]);
    pCell->eStatus = e;
  }

  pSec = section(r, pDoc, 1, "Energy", "Energy: area 1/2 [draft]");
  report_node(r, pSec, RN_PARA, zLorem);
  pSub = section(r, pSec, 2, "Indicator: total goods trade", 0);
  chart_node(r, pSub, &chInd, "Total goods trade against the target "
             "path of 10 % a year.");
  pSub = section(r, pSec, 2, "Indicator without data", 0);
  chart_node(r, pSub, &chEmpty, "No observations have been entered.");
  pSub = section(r, pSub, 3, "Notes on the data", 0);
  report_node(r, pSub, RN_PARA, zLorem)->flags |= RF_NOTE;

  pSec = section(r, pDoc, 1, "Roadmap", 0);
  chart_node(r, pSec, &chRoad, "The steps of the roadmap, planned against "
             "actual dates; today is 2026-12-01.");

  pSec = section(r, pDoc, 1, "Pregled na srpskom (latinica)", 0);
  report_node(r, pSec, RN_PARA, zLatn);
  pSec = section(r, pDoc, 1, "Преглед на српском (ћирилица)",
                 "Подаци о индикаторима по областима и годинама");
  report_node(r, pSec, RN_PARA, zCyrl);

  pSec = section(r, pDoc, 1, "Indicator data", "Indicator data");
  pTab = report_node(r, pSec, RN_TABLE, 0);
  row(r, pTab, 1, 5, "Indicator", "Period", "Value", "Unit", "Source");
  for(i=0; i<nData; i++){
    pRow = report_node(r, pTab, RN_ROW, 0);
    report_nodef(r, pRow, RN_CELL, "Indicator %d%s", i%7+1,
                 i%11==0 ? " (goods and services, seasonally adjusted)" : "");
    report_nodef(r, pRow, RN_CELL, "%d-Q%d", 2010 + i/4, i%4+1);
    pCell = report_nodef(r, pRow, RN_CELL, "%.1f", 100 + i*1.5);
    pCell->flags |= RF_NUMERIC;
    pCell->rNum = 100 + i*1.5;
    report_node(r, pRow, RN_CELL, "million USD");
    report_node(r, pRow, RN_CELL, i%3 ? "US Census" : "Republički zavod za "
                "statistiku");
  }
  pSec = section(r, pDoc, 1, "Areas, continued", "areas");
  report_node(r, pSec, RN_PARA, "A second section with the same sheet "
              "name, in other case.");
  return r;
}


static int same_buf(const Buf *a, const Buf *b){
  return a->n==b->n && a->n>0 && memcmp(a->z, b->z, a->n)==0;
}

static double now_ms(void){
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec*1000.0 + t.tv_nsec/1e6;
}

static void test_charts(void){
  static const char *const azKind[] = { "indicator", "roadmap", "areas" };
  Chart *ap[3];
  int i, f;
  ap[0] = &chInd; ap[1] = &chRoad; ap[2] = &chAreas;
  for(i=0; i<3; i++){
    for(f=0; f<CHART_FMT__MAX; f++){
      static const char *const azExt[] = { "svg", "png", "pdf" };
      Buf a = BUF_INIT, b = BUF_INIT;
      char zName[64], zCmd[160], *z;
      INT_EQ(chart_write(ap[i], (ChartFormat)f, 480, 260, &a), 0);
      INT_EQ(chart_write(ap[i], (ChartFormat)f, 480, 260, &b), 0);
      OK(same_buf(&a, &b));
      snprintf(zName, sizeof(zName), "chart-%s.%s", azKind[i], azExt[f]);
      put_file(zName, &a);
      if( !same_buf(&a, &b) ){
        snprintf(zCmd, sizeof(zCmd), "%s.2", zName);
        put_file(zCmd, &b);
      }
      if( f==CHART_SVG ){
        OK(a.n>5 && memcmp(a.z, "<?xml", 5)==0);
        snprintf(zCmd, sizeof(zCmd), "xmllint --noout %s 2>&1 && echo ok",
                 zName);
        z = run(zCmd);
        STR_EQ(z, "ok\n");
        free(z);
      }else if( f==CHART_PNG ){
        OK(a.n>8 && memcmp(a.z, "\x89PNG", 4)==0);
      }else{
        OK(a.n>5 && memcmp(a.z, "%PDF-", 5)==0);
        OK(memmem(a.z, a.n, "CreationDate", 12)==0);
      }
      buf_free(&a);
      buf_free(&b);
    }
  }
  /* the same in Serbian; empty and degenerate charts do not fail */
  {
    Buf a = BUF_INIT;
    Chart c = chAreas;
    ChartPoint one = { 0, 5 };
    c.azStatus = azSrCyrl;
    INT_EQ(chart_lang(&c), 2);
    INT_EQ(chart_write(&c, CHART_PNG, 480, 240, &a), 0);
    put_file("chart-areas-cyrl.png", &a);
    buf_reset(&a);
    c = chInd;
    c.azStatus = azSrLatn;
    INT_EQ(chart_lang(&c), 1);
    INT_EQ(chart_write(&c, CHART_SVG, 480, 240, &a), 0);
    STR_HAS(buf_str(&a), "<svg");
    buf_reset(&a);
    INT_EQ(chart_write(&chEmpty, CHART_PNG, 300, 200, &a), 0);
    buf_reset(&a);
    c = chEmpty;
    c.aObs = &one; c.nObs = 1;     /* one point: a flat range */
    INT_EQ(chart_write(&c, CHART_SVG, 300, 200, &a), 0);
    buf_reset(&a);
    c.eKind = CHART_ROADMAP;       /* no steps */
    INT_EQ(chart_write(&c, CHART_SVG, 300, 200, &a), 0);
    buf_reset(&a);
    c.eKind = CHART_AREAS;
    INT_EQ(chart_write(&c, CHART_PDF, 300, 200, &a), 0);
    buf_reset(&a);
    INT_EQ(chart_write(&c, CHART_PNG, 0, 200, &a), -1);
    INT_EQ((int)a.n, 0);
    buf_free(&a);
  }
  {
    char z[32];
    chart_format_num(1234567.891, 2, 0, z, sizeof(z));
    STR_EQ(z, "1,234,567.89");
    chart_format_num(-1234.5, 1, 1, z, sizeof(z));
    STR_EQ(z, "-1.234,5");
    chart_format_num(950, 0, 0, z, sizeof(z));
    STR_EQ(z, "950");
    chart_format_num(-0.0001, 1, 0, z, sizeof(z));
    STR_EQ(z, "0.0");
    NEAR(chart_nice_step(1000, 5), 200, 1e-9);
    NEAR(chart_nice_step(7, 5), 1, 1e-9);
    NEAR(chart_nice_step(9, 5), 2, 1e-9);
    INT_EQ(chart_step_decimals(0.25), 2);
  }
}

/* A breakdown's cells beside the total: drawn (the chart differs from the
** total alone, and its value axis covers a cell above the total), the
** same bytes each time, more than CHART_MAX_CELLS cells or empty and NaN
** cells do not fail; no cells is the total alone, byte for byte. */
static void test_chart_cells(void){
  ChartPoint aA[8], aB[8], aNan[1];
  ChartCell aCell[CHART_MAX_CELLS+2];
  Chart c = chInd, c0 = chInd;
  Buf a = BUF_INIT, b = BUF_INIT, z = BUF_INIT;
  double lo, hi, step, lo0, hi0, step0;
  int i;
  for(i=0; i<8; i++){
    aA[i].x = aB[i].x = chInd.aObs[i].x;
    aA[i].y = chInd.aObs[i].y*0.3;
    aB[i].y = chInd.aObs[i].y*0.7;
  }
  aNan[0].x = chInd.aObs[0].x;
  aNan[0].y = NAN;
  aCell[0] = (ChartCell){ "flow: us-exports", "flow=us-exports", aA, 8 };
  aCell[1] = (ChartCell){ "flow: us-imports", "flow=us-imports", aB, 8 };
  c.aCell = aCell; c.nCell = 2;
  INT_EQ(chart_write(&c0, CHART_SVG, 480, 260, &z), 0);
  INT_EQ(chart_write(&c, CHART_SVG, 480, 260, &a), 0);
  INT_EQ(chart_write(&c, CHART_SVG, 480, 260, &b), 0);
  OK(same_buf(&a, &b));
  OK(!same_buf(&a, &z));
  put_file("chart-cells.svg", &a);
  buf_reset(&b);
  c.nCell = 0;
  INT_EQ(chart_write(&c, CHART_SVG, 480, 260, &b), 0);
  OK(same_buf(&b, &z));
  c.nCell = 2;
  buf_reset(&a);
  INT_EQ(chart_write(&c, CHART_PNG, 480, 260, &a), 0);
  put_file("chart-cells.png", &a);
  /* a cell above every total and target widens the value axis */
  INT_EQ(chart_value_axis(&c0, 6, &lo0, &hi0, &step0), 0);
  for(i=0; i<8; i++) aB[i].y = hi0*2;
  INT_EQ(chart_value_axis(&c, 6, &lo, &hi, &step), 0);
  OK(hi>=hi0*2);
  /* more cells than are drawn, an empty one, a NaN one */
  for(i=2; i<CHART_MAX_CELLS+2; i++){
    aCell[i] = (ChartCell){ "a cell with a long name (breakdown)", "x=y",
                            i%2 ? aNan : aA, i==3 ? 0 : 1 };
  }
  c.nCell = CHART_MAX_CELLS+2;
  buf_reset(&a);
  INT_EQ(chart_write(&c, CHART_PDF, 300, 200, &a), 0);
  buf_free(&a);
  buf_free(&b);
  buf_free(&z);
}

/* A small deterministic random number generator for test_chart_random. */
static uint32_t rnd_state = 12345;
static int rnd(int n){
  rnd_state = rnd_state*1103515245u + 12345u;
  return n>0 ? (int)((rnd_state>>8) % (uint32_t)n) : 0;
}

/* Charts of random data, sizes and languages, including extreme values,
** dates far apart and repeated, NaN, too small sizes: nothing fails or
** crashes (the sanitizer build checks the memory). */
static void test_chart_random(void){
  static ChartPoint aO[200], aT[20];
  static ChartStep aS[40];
  static ChartArea aA[40];
  static const char *const azLabel[] = {
    "", "Energy", "Наука и технологија и иновације у служби развоја",
    "A label long enough to be cut by the ellipsis at the left of the chart"
  };
  int iCase, nOk = 0;
  for(iCase=0; iCase<150; iCase++){
    Chart c;
    Buf b = BUF_INIT;
    int i, n;
    double rScale = rnd(3)==0 ? 1e9 : rnd(2) ? 1 : 0.001;
    Date d0 = D("2000-01-01") + rnd(9000);
    memset(&c, 0, sizeof(c));
    c.eKind = (ChartKind)(iCase%3);
    c.zTitle = rnd(3) ? azLabel[rnd(4)] : 0;
    c.zUnit = rnd(2) ? "%" : 0;
    c.azStatus = rnd(3)==0 ? azSrCyrl : rnd(2) ? azSrLatn : 0;
    c.eStatus = rnd(STATUS__MAX+2) - 1;
    c.deadline = rnd(2) ? d0 + rnd(8000) - 2000 : DATE_NONE;
    c.today = rnd(2) ? d0 + rnd(4000) : DATE_NONE;
    n = rnd(200);
    for(i=0; i<n; i++){
      aO[i].x = d0 + (rnd(10)==0 ? 0 : i*rnd(400));
      aO[i].y = (rnd(20)==0 ? NAN : (rnd(2000) - 500)*rScale);
    }
    c.aObs = aO; c.nObs = n;
    n = rnd(20);
    for(i=0; i<n; i++){ aT[i].x = d0 + i*365; aT[i].y = i*rScale; }
    c.aTarget = aT; c.nTarget = n;
    n = rnd(40);
    for(i=0; i<n; i++){
      aS[i].zLabel = azLabel[rnd(4)];
      aS[i].planned = rnd(5) ? d0 + rnd(5000) : DATE_NONE;
      aS[i].actual = rnd(2) ? d0 + rnd(5000) : DATE_NONE;
      aS[i].bOngoing = rnd(4)==0;
    }
    c.aStep = aS; c.nStep = n;
    n = rnd(40);
    for(i=0; i<n; i++){
      int e;
      aA[i].zLabel = azLabel[rnd(4)];
      for(e=0; e<STATUS__MAX; e++) aA[i].anStatus[e] = rnd(4) ? rnd(30) : 0;
    }
    c.aArea = aA; c.nArea = n;
    if( chart_write(&c, (ChartFormat)rnd(CHART_FMT__MAX), 20 + rnd(700),
                    20 + rnd(500), &b)==0 && b.n>0 ){
      nOk++;
    }
    buf_free(&b);
  }
  INT_EQ(nOk, 150);
}

/* The number of pages pdfinfo reports for a file. */
static int pdf_pages(const char *zFile){
  char zCmd[200], *z, *zP;
  int n = -1;
  snprintf(zCmd, sizeof(zCmd), "pdfinfo %s 2>/dev/null", zFile);
  z = run(zCmd);
  zP = strstr(z, "Pages:");
  if( zP ) n = atoi(zP+6);
  free(z);
  return n;
}

/* The text of page iPage of a PDF file. */
static char *pdf_page_text(const char *zFile, int iPage){
  char zCmd[200];
  snprintf(zCmd, sizeof(zCmd), "pdftotext -f %d -l %d -layout %s - "
           "2>/dev/null", iPage, iPage, zFile);
  return run(zCmd);
}

/* The contents (page 2) list each level-1 section with the page on which
** its heading is. */
static void check_contents(const char *zFile, const Report *r, int nPage){
  char *zToc = pdf_page_text(zFile, 2);
  const RNode *pSec;
  STR_HAS(zToc, r->eLang==2 ? "Садржај" : "Contents");
  for(pSec=r->pRoot->pFirst; pSec; pSec=pSec->pNext){
    const char *zLine;
    int iPage, bFound = 0;
    if( pSec->eType!=RN_SECTION ) continue;
    zLine = strstr(zToc, pSec->zText);
    OK(zLine!=0);
    if( zLine==0 ) continue;
    zLine = strchr(zLine, '\n');
    while( zLine && zLine>zToc && (zLine[-1]==' ') ) zLine--;
    if( zLine==0 ) continue;
    while( zLine>zToc && zLine[-1]>='0' && zLine[-1]<='9' ) zLine--;
    iPage = atoi(zLine);
    OK(iPage>2 && iPage<=nPage);
    if( iPage>2 && iPage<=nPage ){
      char *zPage = pdf_page_text(zFile, iPage);
      /* the heading may wrap; its first 12 bytes are on the page */
      char zHead[13];
      snprintf(zHead, sizeof(zHead), "%s", pSec->zText);
      bFound = strstr(zPage, zHead)!=0;
      free(zPage);
    }
    if( !bFound ) HARNESS_FAIL("section \"%s\" not on page %d", pSec->zText,
                               iPage);
    else harness_nPass++;
  }
  free(zToc);
}

static void test_pdf(void){
  Report *r = build_report(REPORT_LANG_EN, 120), *r2;
  Buf a = BUF_INIT, b = BUF_INIT;
  char zErr[200], *z, zPage[64];
  int nPage;
  zErr[0] = 0;
  INT_EQ(render_pdf(r, &a, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(render_pdf(r, &b, zErr, sizeof(zErr)), ACC_OK);
  OK(a.n>5 && memcmp(a.z, "%PDF-", 5)==0);
  OK(same_buf(&a, &b));
  put_file("render-en.pdf", &a);
  nPage = pdf_pages("render-en.pdf");
  OK(nPage>=10 && nPage<=30);
  z = run("pdftotext -layout render-en.pdf - 2>/dev/null");
  STR_HAS(z, "Quarterly implementation report");
  STR_HAS(z, "Executive summary");
  STR_HAS(z, "Indicator: total goods trade");
  STR_HAS(z, "Преглед на српском (ћирилица)");
  STR_HAS(z, "Укупна робна размена");
  STR_HAS(z, "Ukupna robna razmena između");
  STR_HAS(z, "Generated from the data as of 30 November 2026, 10:00 UTC");
  STR_HAS(z, "Page 1 of");
  snprintf(zPage, sizeof(zPage), "Page %d of %d", nPage, nPage);
  STR_HAS(z, zPage);
  STR_HAS(z, "Figure 3.");
  STR_HAS(z, "INTERNAL");
  free(z);
  /* the header row of the long table is repeated on its later pages */
  z = pdf_page_text("render-en.pdf", nPage-1);
  STR_HAS(z, "Indicator");
  STR_HAS(z, "Source");
  free(z);
  check_contents("render-en.pdf", r, nPage);
  /* the contents' lines link to named destinations on those pages */
  z = run("pdfinfo -dests render-en.pdf 2>/dev/null | tr -s ' '");
  STR_HAS(z, " 3 [ XYZ 64 770 null ] \"toc0\"");
  /* a level-1 section shares a page when more than half of it is left */
  STR_HAS(z, " 7 [ XYZ 64 521 null ] \"toc6\"");
  free(z);
  OK(memmem(a.z, a.n, "/Dest (toc0)", 12)!=0);
  z = run("pdfinfo render-en.pdf 2>/dev/null");
  STR_HAS(z, "Quarterly implementation report");
  STR_HAS(z, "Nov 30 10:00:00 2026");
  free(z);
  buf_free(&a);
  buf_free(&b);

  /* In Serbian Cyrillic. */
  r2 = build_report(REPORT_LANG_SR_CYRL, 30);
  INT_EQ(render_pdf(r2, &a, zErr, sizeof(zErr)), ACC_OK);
  put_file("render-cyrl.pdf", &a);
  nPage = pdf_pages("render-cyrl.pdf");
  OK(nPage>=5);
  z = run("pdftotext render-cyrl.pdf - 2>/dev/null");
  STR_HAS(z, "Страна 1 од");
  STR_HAS(z, "Садржај");
  STR_HAS(z, "ИНТЕРНО");
  free(z);
  check_contents("render-cyrl.pdf", r2, nPage);
  buf_free(&a);
  report_free(r2);

  /* A document with no sections: title page and body, no contents. */
  r2 = report_new(REPORT_PUBLIC, REPORT_LANG_SR_LATN);
  report_node(r2, 0, RN_DOCUMENT, "Javni izveštaj");
  r2->zTitle = "Javni izveštaj";
  report_node(r2, r2->pRoot, RN_PARA, zLatn);
  INT_EQ(render_pdf(r2, &a, zErr, sizeof(zErr)), ACC_OK);
  put_file("render-latn.pdf", &a);
  INT_EQ(pdf_pages("render-latn.pdf"), 2);
  z = run("pdftotext render-latn.pdf - 2>/dev/null");
  STR_HAS(z, "Strana 2 od 2");
  free(z);
  buf_free(&a);
  report_free(r2);
  report_free(r);
}

/* A table of contents longer than a page. */
static void test_pdf_long_contents(void){
  Report *r = report_new(REPORT_PORTFOLIO, REPORT_LANG_EN);
  RNode *pDoc;
  Buf a = BUF_INIT;
  char zErr[200], *z;
  int i;
  r->zTitle = "Portfolio report";
  pDoc = report_node(r, 0, RN_DOCUMENT, r->zTitle);
  for(i=0; i<70; i++){
    RNode *pSec = report_nodef(r, pDoc, RN_SECTION, "Dialogue %d", i+1);
    pSec->iLevel = 1;
    report_node(r, pSec, RN_PARA, zLorem);
  }
  INT_EQ(render_pdf(r, &a, zErr, sizeof(zErr)), ACC_OK);
  put_file("render-toc.pdf", &a);
  /* the contents take three pages: 34 lines, 35, then 1; the sections,
  ** a paragraph each, share pages (more than half of a page left) */
  INT_EQ(pdf_pages("render-toc.pdf"), 28);
  z = run("pdfinfo -dests render-toc.pdf 2>/dev/null | tr -s ' '");
  STR_HAS(z, " 5 [ XYZ 64 770 null ] \"toc0\"");
  STR_HAS(z, " 28 [ XYZ 64 770 null ] \"toc69\"");
  free(z);
  z = pdf_page_text("render-toc.pdf", 4);
  STR_HAS(z, "Dialogue 70");
  STR_HAS(z, "28");
  free(z);
  buf_free(&a);
  report_free(r);
}

static void test_pdf_time(void){
  Report *r = build_report(REPORT_LANG_EN, 1150);
  Buf a = BUF_INIT;
  char zErr[200];
  double t0, t1;
  int nPage;
  t0 = now_ms();
  INT_EQ(render_pdf(r, &a, zErr, sizeof(zErr)), ACC_OK);
  t1 = now_ms();
  put_file("render-long.pdf", &a);
  nPage = pdf_pages("render-long.pdf");
  OK(nPage>=40);
  printf("render: %d-page PDF (%zu bytes) in %.0f ms\n", nPage, a.n, t1-t0);
  buf_free(&a);
  report_free(r);
}

static void test_xlsx(void){
  Report *r = build_report(REPORT_LANG_EN, 200);
  Buf a = BUF_INIT, b = BUF_INIT;
  char zErr[200], *z;
  INT_EQ(render_xlsx(r, &a, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(render_xlsx(r, &b, zErr, sizeof(zErr)), ACC_OK);
  OK(a.n>4 && memcmp(a.z, "PK", 2)==0);
  OK(same_buf(&a, &b));
  put_file("render-en.xlsx", &a);
  z = run("python3 -c '"
    "import zipfile,re,sys\n"
    "z=zipfile.ZipFile(\"render-en.xlsx\")\n"
    "w=z.read(\"xl/workbook.xml\").decode()\n"
    "print(\"|\".join(re.findall(r\"<sheet name=\\\"([^\\\"]*)\\\"\",w)))\n"
    "n=[i for i in z.namelist() if i.startswith(\"xl/media/\")]\n"
    "print(\"images\",len(n))\n"
    "s=z.read(\"xl/sharedStrings.xml\").decode()\n"
    "print(\"cyrl\" if \"Укупна робна размена\" in s else \"no-cyrl\")\n"
    "print(\"class\" if \"Classification: INTERNAL\" in s else \"no-class\")\n"
    "d=z.read(\"xl/worksheets/sheet5.xml\").decode()\n"
    "print(\"filter\" if \"<autoFilter ref=\\\"A2:E202\\\"\" in d "
    "and \"ySplit=\\\"2\\\"\" in d else \"no-filter\")\n"
    "print(\"num\" if re.search(r\"<c r=\\\"C4\\\"[^>]*><v>101.5</v>\",d) "
    "else \"no-num\")\n"
    "' 2>&1");
  /* cut at a word boundary, without a trailing dash or half a word */
  STR_HAS(z, "Summary|Areas|Energy- area 1-2 -draft|"
             "Подаци о индикаторима по|Indicator data|areas (2)\n");
  STR_HAS(z, "images 4\n");     /* areas, indicator, empty, roadmap */
  STR_HAS(z, "cyrl\n");
  STR_HAS(z, "num\n");
  STR_HAS(z, "class\n");
  STR_HAS(z, "filter\n");
  free(z);
  buf_free(&a);
  buf_free(&b);
  report_free(r);

  /* A real spreadsheet reads it: LibreOffice converts every sheet to CSV
  ** (field separator 44, text delimiter 34, UTF-8 76, all sheets -1). */
  z = run("rm -rf lo && mkdir lo && HOME=$PWD/lo timeout 120 libreoffice "
    "-env:UserInstallation=file://$PWD/lo/profile --headless --convert-to "
    "'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,"
    "false,-1' --outdir lo render-en.xlsx >lo/log 2>&1; "
    "ls lo/*.csv | wc -l; head -n 1 lo/render-en-Summary.csv; "
    "sed -n 6p lo/render-en-Summary.csv; "
    "sed -n 4p 'lo/render-en-Indicator data.csv'; "
    "grep -c . 'lo/render-en-Indicator data.csv'; "
    "grep 'Goal 5' lo/render-en-Areas.csv");
  STR_EQ(z, "6\n"
    "Quarterly implementation report\n"
    "Classification: INTERNAL\n"
    "Indicator 2,2010-Q2,101.5,million USD,US Census\n"
    "202\n"
    "Goal 5: a goal whose name is long enough to wrap inside its cell of "
    "the table,Наука и технологија,Achieved\n");
  free(z);

  /* In Serbian Cyrillic: the summary sheet and its words. */
  r = build_report(REPORT_LANG_SR_CYRL, 10);
  INT_EQ(render_xlsx(r, &a, zErr, sizeof(zErr)), ACC_OK);
  put_file("render-cyrl.xlsx", &a);
  z = run("python3 -c '"
    "import zipfile,re\n"
    "z=zipfile.ZipFile(\"render-cyrl.xlsx\")\n"
    "w=z.read(\"xl/workbook.xml\").decode()\n"
    "print(re.findall(r\"<sheet name=\\\"([^\\\"]*)\\\"\",w)[0])\n"
    "s=z.read(\"xl/sharedStrings.xml\").decode()\n"
    "print(\"class\" if \"Класификација: ИНТЕРНО\" in s else \"no\")\n"
    "' 2>&1");
  STR_EQ(z, "Сажетак\nclass\n");
  free(z);
  buf_free(&a);
  report_free(r);
}

/* Tables that do not fit: many columns, a cell longer than a page, no
** header row; a paragraph longer than a page. */
static void test_pdf_edges(void){
  Report *r = report_new(REPORT_ANNUAL, REPORT_LANG_EN);
  RNode *pDoc, *pSec, *pTab, *pRow;
  Buf a = BUF_INIT, b = BUF_INIT;
  char zErr[200], *z;
  int i, j, nPage;
  r->zTitle = "Annual report";
  r->zGenerated = "2026-12-01T00:00:00Z";
  pDoc = report_node(r, 0, RN_DOCUMENT, r->zTitle);
  pSec = section(r, pDoc, 1, "Wide tables", 0);
  pTab = report_node(r, pSec, RN_TABLE, 0);
  for(i=0; i<6; i++){
    pRow = report_node(r, pTab, RN_ROW, 0);
    if( i==0 ) pRow->flags |= RF_HEADER;
    for(j=0; j<14; j++){
      report_nodef(r, pRow, RN_CELL, i==0 ? "Column%d" : "%dxx%dyyyyzzzz",
                   j, i);
    }
  }
  pTab = report_node(r, pSec, RN_TABLE, 0);
  for(i=0; i<2; i++){
    pRow = report_node(r, pTab, RN_ROW, 0);
    report_node(r, pRow, RN_CELL, "Short");
    for(j=0; j<400; j++) buf_puts(&b, "a very long cell text ");
    report_node(r, pRow, RN_CELL, buf_str(&b));
  }
  report_node(r, pSec, RN_PARA, buf_str(&b));
  for(j=0; j<3; j++) report_node(r, pSec, RN_PARA, buf_str(&b));
  buf_free(&b);
  INT_EQ(render_pdf(r, &a, zErr, sizeof(zErr)), ACC_OK);
  put_file("render-edges.pdf", &a);
  nPage = pdf_pages("render-edges.pdf");
  /* 2 + 1 (wide table) + 2 (a row a page, its cell cut at 50 lines)
  ** + 4 paragraphs of 17,600 characters (about 5 pages each) */
  OK(nPage>=20 && nPage<=28);
  z = pdf_page_text("render-edges.pdf", 3);
  STR_HAS(z, "n13");       /* the 14th column is there, if narrow */
  free(z);
  buf_free(&a);
  /* a paragraph longer than a spreadsheet cell may be */
  for(j=0; j<2000; j++) buf_puts(&b, "двадесет знакова ");
  report_node(r, pSec, RN_PARA, buf_str(&b));
  buf_free(&b);
  INT_EQ(render_xlsx(r, &a, zErr, sizeof(zErr)), ACC_OK);
  put_file("render-edges.xlsx", &a);
  z = run("python3 -c '"
    "import zipfile\n"
    "z=zipfile.ZipFile(\"render-edges.xlsx\")\n"
    "s=z.read(\"xl/sharedStrings.xml\").decode()\n"
    "print(\"cut\" if \"\xe2\x80\xa6</t>\" in s else \"uncut\")\n"
    "' 2>&1");
  STR_EQ(z, "cut\n");
  free(z);
  buf_free(&a);
  report_free(r);
}

int main(void){
  /* line by line, so that the result line is out before the sanitizer's
  ** leak check at exit */
  setvbuf(stdout, 0, _IOLBF, 0);
  charts_init();
  test_charts();
  test_chart_cells();
  test_chart_random();
  test_pdf();
  test_pdf_edges();
  test_pdf_long_contents();
  test_pdf_time();
  test_xlsx();
  HARNESS_END("unit/render");
}
