/*
** tests/unit/render_html.c: the report tree and its HTML and CSV renderers on
** a tree built by hand (no database): the walk's order, CSV quoting and
** numbers (RFC 4180), the section path, HTML escaping, table heads and
** bodies, status classes with their words, the table of contents, a
** chart chart.c cannot draw, the translated words of the renderer, and
** that the same tree gives the same bytes.
*/
#include "../../src/util/mem.c"
#include "../../src/util/buf.c"
#include "../../src/util/html.c"
#include "../../src/util/msgcat.c"
#include "../../src/core/period.c"
#include "../../src/core/l10n.c"
#include "../../src/report/report_tree.c"
#include "../../src/report/render_csv.c"
#include "../../src/report/render_html.c"
#include "harness.h"

#include <stdlib.h>

/* The catalogues, as tools/po2c.c writes them. */
const TrMsg aTrSrLatn[] = {
  { "Contents", "Sadržaj" }, { "chart not available",
  "grafikon nije dostupan" }, { 0, 0 }
};
const int nTrSrLatn = 2;
const TrMsg aTrSrCyrl[] = {
  { "Contents", "Садржај" }, { "chart not available",
  "графикон није доступан" }, { 0, 0 }
};
const int nTrSrCyrl = 2;
/* What the renderer needs of src/core/status.c. */
const char *const azStatusName[STATUS__MAX] = {
  "overdue", "off_track", "at_risk", "on_track", "achieved",
  "not_started", "no_data", "disputed"
};
/* chart.c, drawing nothing: every chart is "not available". */
int chart_write(const Chart *pChart, ChartFormat eFmt, double w, double h,
                Buf *pOut){
  (void)pChart; (void)eFmt; (void)w; (void)h; (void)pOut;
  return -1;
}

/* A small report: a section with a table (header row, a row with a
** status, a number and hostile text), a subsection with a list, a chart
** and a note. */
static Report *sample(int eLang){
  Report *p = report_new(REPORT_QUARTERLY, eLang);
  RNode *pRoot, *pS, *pT, *pR, *pC, *pS2, *pL, *pI, *pN;
  static Chart chart;
  p->zTitle = "Quarterly <report>";
  p->zSubtitle = "A & B";
  p->zGenerated = "2026-11-30T10:00:00Z";
  p->zDataHash = "abc";
  p->iDataVersion = 42;
  pRoot = report_node(p, 0, RN_DOCUMENT, p->zTitle);
  pS = report_node(p, pRoot, RN_SECTION, "Goals");
  pS->iLevel = 1;
  pS->zAnchor = "goals";
  pT = report_node(p, pS, RN_TABLE, 0);
  pR = report_node(p, pT, RN_ROW, 0);
  pR->flags |= RF_HEADER;
  report_node(p, pR, RN_CELL, "Goal");
  report_node(p, pR, RN_CELL, "Status");
  report_node(p, pR, RN_CELL, "Value");
  pR = report_node(p, pT, RN_ROW, 0);
  report_node(p, pR, RN_CELL, "<b>Trade</b>, \"10 %\"\nannually");
  pC = report_node(p, pR, RN_CELL, "On track");
  pC->eStatus = STATUS_ON_TRACK;
  pC = report_nodef(p, pR, RN_CELL, "%s", "1,157.8 (2025)");
  pC->flags |= RF_NUMERIC;
  pC->rNum = 1157.8;
  pS2 = report_node(p, pS, RN_SECTION, "Security");
  pS2->iLevel = 2;
  pL = report_node(p, pS2, RN_LIST, 0);
  pI = report_node(p, pL, RN_ITEM, "Exercises: Overdue");
  pI->eStatus = STATUS_OVERDUE;
  pT = report_node(p, pS2, RN_TABLE, 0);
  pR = report_node(p, pT, RN_ROW, 0);
  report_node(p, pR, RN_CELL, "plain");
  pS = report_node(p, pRoot, RN_SECTION, "Data");
  pS->iLevel = 1;
  memset(&chart, 0, sizeof(chart));
  chart.eKind = CHART_INDICATOR;
  pN = report_node(p, pS, RN_CHART, "Trade & more");
  pN->pChart = &chart;
  pN = report_node(p, pS, RN_PARA, "Small print");
  pN->flags |= RF_NOTE;
  return p;
}

/* The walk: enter and exit calls in document order. */
static int walk_log(void *pArg, const RNode *pNode, int bEnter){
  Buf *b = pArg;
  buf_appendf(b, "%c%d", bEnter ? '+' : '-', (int)pNode->eType);
  return 0;
}
static int walk_stop(void *pArg, const RNode *pNode, int bEnter){
  int *pn = pArg;
  (void)bEnter;
  if( pNode->eType==RN_CELL && ++*pn==2 ) return 7;
  return 0;
}

int main(void){
  Report *p = sample(REPORT_LANG_EN), *p2;
  Buf b = BUF_INIT, b2 = BUF_INIT;
  char zErr[100];
  int n = 0;

  /* 1. The walk. */
  report_walk(p, walk_log, &b);
  STR_EQ(buf_str(&b), "+0+1+5+6+7+7+7-6+6+7+7+7-6-5+1+3+4-3+5+6+7-6-5-1-1"
                      "+1+8+2-1-0");
  INT_EQ(report_walk(p, walk_stop, &n), 7);
  buf_reset(&b);

  /* 2. CSV. */
  INT_EQ(render_csv(p, &b, zErr, sizeof(zErr)), ACC_OK);
  STR_EQ(buf_str(&b),
    "Goals,Goal,Status,Value\r\n"
    "Goals,\"<b>Trade</b>, \"\"10 %\"\"\nannually\",On track,1157.8\r\n"
    "Goals / Security,plain\r\n");
  buf_reset(&b);

  /* 3. HTML. */
  INT_EQ(render_html(p, &b, zErr, sizeof(zErr)), ACC_OK);
  OK(strncmp(buf_str(&b), "<!DOCTYPE html>\n<html lang=\"en\">", 31)==0);
  STR_HAS(buf_str(&b), "<title>Quarterly &lt;report&gt;</title>");
  STR_HAS(buf_str(&b), "<p class=\"subtitle\">A &amp; B</p>");
  STR_HAS(buf_str(&b), "<meta name=\"accord-data\" "
          "content=\"2026-11-30T10:00:00Z 42 abc\">");
  STR_HAS(buf_str(&b), "<h2>Contents</h2>\n<ol>\n"
          "<li><a href=\"#goals\">Goals</a></li>\n"
          "<li><a href=\"#s-2\">Data</a></li>\n</ol>");
  STR_HAS(buf_str(&b), "<section id=\"goals\">\n<h2>Goals</h2>\n<table>\n"
          "<thead>\n<tr><th>Goal</th><th>Status</th><th>Value</th></tr>\n"
          "</thead>\n<tbody>\n<tr><td>&lt;b&gt;Trade&lt;/b&gt;, &quot;10 %"
          "&quot;\nannually</td><td class=\"st st-on_track\">On track</td>"
          "<td class=\"num\">1,157.8 (2025)</td></tr>\n</tbody>\n</table>");
  STR_HAS(buf_str(&b), "<section id=\"ss-2\">\n<h3>Security</h3>\n<ul>\n"
          "<li class=\"st st-overdue\">Exercises: Overdue</li>\n</ul>\n"
          "<table>\n<tbody>\n<tr><td>plain</td></tr>\n</tbody>\n</table>\n"
          "</section>\n</section>");
  STR_HAS(buf_str(&b), "<section id=\"s-2\">\n<h2>Data</h2>\n"
          "<figure class=\"chart\">\n<p class=\"nochart\">chart not "
          "available</p>\n<figcaption>Trade &amp; more</figcaption>\n"
          "</figure>\n<p class=\"note\">Small print</p>");
  OK(strstr(buf_str(&b), "<b>")==0);
  OK(strstr(buf_str(&b), "</html>\n")!=0);
  /* The same tree, the same bytes. */
  INT_EQ(render_html(p, &b2, zErr, sizeof(zErr)), ACC_OK);
  OK(b.n==b2.n && memcmp(b.z, b2.z, b.n)==0);
  buf_reset(&b);

  /* 4. The renderer's own words, in Serbian. */
  p2 = sample(REPORT_LANG_SR_CYRL);
  INT_EQ(render_html(p2, &b, zErr, sizeof(zErr)), ACC_OK);
  STR_HAS(buf_str(&b), "<html lang=\"sr-Cyrl\">");
  STR_HAS(buf_str(&b), "<h2>Садржај</h2>");
  STR_HAS(buf_str(&b), "графикон није доступан");
  report_free(p2);

  /* 5. The style sheet's hash, for the web server's CSP. */
  OK(strncmp(render_html_style_csp(), "'sha256-", 8)==0);
  INT_EQ(strlen(render_html_style_csp()), 8+44+1);

  buf_free(&b);
  buf_free(&b2);
  report_free(p);
  HARNESS_END("unit/render_html");
}
