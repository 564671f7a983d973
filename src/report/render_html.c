/*
** render_html.c: a report as one standalone HTML document.
**
** The document needs nothing else: its style sheet is inside (with print
** rules: A4 pages, table headers repeated, rows and charts not split),
** and so are its charts, drawn by chart.c as SVG and embedded as data
** URIs, so that no byte of the chart's markup bypasses html_printf.  A
** table of contents lists the level-1 sections.  Statuses are coloured,
** and each also has its own border style and weight so that the page
** still reads when printed in grey; the status word is always printed.
** Every byte goes through html_printf (%h for all text of the tree).
*/
#include "report.h"
#include "../util/msgcat.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#define CHART_W 640   /* points */
#define CHART_H 300

static const char zLitCss[] =
  "body{font-family:\"DejaVu Sans\",Arial,sans-serif;font-size:10.5pt;"
  "line-height:1.4;color:#111;max-width:60em;margin:2em auto;"
  "padding:0 1em}\n"
  "h1{font-size:1.7em;margin-bottom:.2em}\n"
  "h2{font-size:1.35em;border-bottom:1px solid #999;margin-top:1.6em}\n"
  "h3{font-size:1.1em;margin-top:1.2em}\n"
  "h4{font-size:1em}\n"
  ".subtitle{font-size:1.1em;color:#333;margin-top:0}\n"
  ".note{font-size:.9em;color:#444}\n"
  ".warn{border-left:4px solid #444;padding-left:.5em}\n"
  "nav.toc{border:1px solid #bbb;padding:.3em 1em;margin:1em 0}\n"
  "nav.toc h2{border:0;font-size:1.1em;margin:.4em 0}\n"
  "table{border-collapse:collapse;width:100%;margin:.6em 0 1em}\n"
  "th,td{border:1px solid #999;padding:.25em .4em;text-align:left;"
  "vertical-align:top}\n"
  "th{background:#e8e8e8}\n"
  "td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
  "figure.chart{margin:1em 0}\n"
  "figure.chart img{max-width:100%;height:auto}\n"
  "p.nochart{border:1px dashed #999;padding:1em;text-align:center;"
  "color:#555}\n"
  "figcaption{font-size:.9em;color:#444}\n"
  ".st{white-space:nowrap}\n"
  ".st-overdue{background:#f6c9c9;border-left:5px solid #000;"
  "font-weight:bold}\n"
  ".st-off_track{background:#fbd9bf;border-left:5px solid #333;"
  "font-weight:bold}\n"
  ".st-at_risk{background:#fff0b3;border-left:5px solid #555}\n"
  ".st-on_track{background:#d6efd8;border-left:5px solid #888}\n"
  ".st-achieved{background:#b9e0c0;border-left:5px solid #aaa}\n"
  ".st-not_started{background:#f2f2f2;border-left:5px solid #ddd}\n"
  ".st-no_data{background:#fff;border-left:5px solid #eee;"
  "font-style:italic}\n"
  "li.st{white-space:normal;padding-left:.4em;margin:.2em 0}\n"
  "footer{margin-top:2em;border-top:1px solid #999;font-size:.85em;"
  "color:#444}\n"
  "@media print{body{max-width:none;margin:0;font-size:9.5pt}"
  "nav.toc{page-break-after:always}h2{page-break-after:avoid}"
  "h3{page-break-after:avoid}thead{display:table-header-group}"
  "tr,figure{page-break-inside:avoid}a{color:#000;text-decoration:none}"
  "th,td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n"
  "@page{size:A4;margin:18mm 15mm}\n";

const char *render_html_style_csp(void){
  static char zCsp[80];
  if( zCsp[0]==0 ){
    unsigned char a[crypto_hash_sha256_BYTES];
    char z64[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES,
                                       sodium_base64_VARIANT_ORIGINAL)];
    char zTmp[80];
    if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
    crypto_hash_sha256(a, (const unsigned char*)zLitCss,
                       sizeof(zLitCss)-1);
    sodium_bin2base64(z64, sizeof(z64), a, sizeof(a),
                      sodium_base64_VARIANT_ORIGINAL);
    snprintf(zTmp, sizeof(zTmp), "'sha256-%s'", z64);
    memcpy(zCsp, zTmp, sizeof(zCsp));
  }
  return zCsp;
}

/* The state of one rendering. */
typedef struct HtmlOut {
  const Report *p;
  Buf *pOut;
  int nSection;      /* level-1 sections seen, for ids without an anchor */
  int nAll;          /* sections of any level seen */
  int bBody;         /* in a table: the <tbody> is open */
  int bHeadOpen;     /* in a table: the <thead> is open */
  int bHeaderRow;    /* the current row is a header row */
} HtmlOut;

/* The id of a section: its anchor, else "s-N" for the Nth level-1
** section (as the table of contents links it) or "ss-K" for the Kth
** section of the document. */
static void section_id(HtmlOut *h, const RNode *pNode, char *zOut, int n){
  if( pNode->zAnchor ){
    snprintf(zOut, n, "%s", pNode->zAnchor);
  }else if( pNode->iLevel==1 ){
    snprintf(zOut, n, "s-%d", h->nSection);
  }else{
    snprintf(zOut, n, "ss-%d", h->nAll);
  }
}

/* The table of contents: the level-1 sections, in order. */
typedef struct TocOut {
  HtmlOut *h;
  int n;
} TocOut;
static int toc_walk(void *pArg, const RNode *pNode, int bEnter){
  TocOut *t = pArg;
  char zId[80];
  if( !bEnter || pNode->eType!=RN_SECTION || pNode->iLevel!=1 ) return 0;
  t->n++;
  t->h->nSection = t->n;
  section_id(t->h, pNode, zId, sizeof(zId));
  html_printf(t->h->pOut, "<li><a href=\"#%h\">%h</a></li>\n", zId,
              pNode->zText);
  return 0;
}

/* A chart: the SVG of chart.c as a data URI, or a note that there is
** none. */
static void html_chart(HtmlOut *h, const RNode *pNode){
  Buf svg = BUF_INIT;
  const char *zLang = report_lang_code(h->p->eLang);
  html_printf(h->pOut, "<figure class=\"chart\">\n");
  if( pNode->pChart
   && chart_write(pNode->pChart, CHART_SVG, CHART_W, CHART_H, &svg)==0
   && svg.n>0 ){
    size_t n64 = sodium_base64_ENCODED_LEN(svg.n,
                                           sodium_base64_VARIANT_ORIGINAL);
    char *z64 = acc_malloc(n64);
    sodium_bin2base64(z64, n64, (const unsigned char*)svg.z, svg.n,
                      sodium_base64_VARIANT_ORIGINAL);
    html_printf(h->pOut, "<img width=\"%d\" height=\"%d\" alt=\"%h\" "
                "src=\"data:image/svg+xml;base64,%h\">\n", CHART_W, CHART_H,
                pNode->zAlt ? pNode->zAlt : pNode->zText, z64);
    free(z64);
  }else{
    html_printf(h->pOut, "<p class=\"nochart\">%h</p>\n",
                i18n_msg(h->p->eLang, "chart not available"));
  }
  (void)zLang;
  html_printf(h->pOut, "<figcaption>%h</figcaption>\n</figure>\n",
              pNode->zText);
  buf_free(&svg);
}

/* The class attribute of a status, or "". */
static const char *status_class(int eStatus){
  return eStatus>=0 && eStatus<STATUS__MAX ? azStatusName[eStatus] : "";
}

static int html_walk(void *pArg, const RNode *pNode, int bEnter){
  HtmlOut *h = pArg;
  Buf *b = h->pOut;
  char zId[80];
  switch( pNode->eType ){
    case RN_DOCUMENT:
      break;
    case RN_SECTION:
      if( bEnter ){
        int iH = pNode->iLevel<1 ? 2 : pNode->iLevel>3 ? 4 : pNode->iLevel+1;
        if( pNode->iLevel==1 ) h->nSection++;
        h->nAll++;
        section_id(h, pNode, zId, sizeof(zId));
        html_printf(b, "<section id=\"%h\">\n<h%d>%h</h%d>\n", zId, iH,
                    pNode->zText, iH);
      }else{
        html_printf(b, "</section>\n");
      }
      break;
    case RN_PARA:
      html_printf(b, "<p%s>%h</p>\n",
                  (pNode->flags & RF_WARN) ? " class=\"warn\""
                  : (pNode->flags & RF_NOTE) ? " class=\"note\"" : "",
                  pNode->zText);
      break;
    case RN_LIST:
      if( bEnter ){
        html_printf(b, "<ul>\n");
      }else{
        html_printf(b, "</ul>\n");
      }
      break;
    case RN_ITEM:
      if( pNode->eStatus>=0 ){
        html_printf(b, "<li class=\"st st-%h\">%h</li>\n",
                    status_class(pNode->eStatus), pNode->zText);
      }else{
        html_printf(b, "<li%s>%h</li>\n",
                    (pNode->flags & RF_WARN) ? " class=\"warn\"" : "",
                    pNode->zText);
      }
      break;
    case RN_TABLE:
      if( bEnter ){
        h->bBody = h->bHeadOpen = 0;
        html_printf(b, "<table>\n");
      }else{
        if( h->bHeadOpen ) html_printf(b, "</thead>\n");
        if( h->bBody ) html_printf(b, "</tbody>\n");
        html_printf(b, "</table>\n");
        h->bBody = h->bHeadOpen = 0;
      }
      break;
    case RN_ROW:
      if( bEnter ){
        h->bHeaderRow = (pNode->flags & RF_HEADER)!=0;
        if( h->bHeaderRow && !h->bHeadOpen && !h->bBody ){
          html_printf(b, "<thead>\n");
          h->bHeadOpen = 1;
        }else if( !h->bHeaderRow && !h->bBody ){
          if( h->bHeadOpen ) html_printf(b, "</thead>\n");
          h->bHeadOpen = 0;
          html_printf(b, "<tbody>\n");
          h->bBody = 1;
        }
        html_printf(b, "<tr>");
      }else{
        html_printf(b, "</tr>\n");
      }
      break;
    case RN_CELL: {
      const char *zLitTag = h->bHeaderRow ? "th" : "td";
      if( pNode->eStatus>=0 ){
        html_printf(b, "<%s class=\"st st-%h\">%h</%s>", zLitTag,
                    status_class(pNode->eStatus), pNode->zText, zLitTag);
      }else if( pNode->flags & RF_NUMERIC ){
        html_printf(b, "<%s class=\"num\">%h</%s>", zLitTag, pNode->zText,
                    zLitTag);
      }else{
        html_printf(b, "<%s>%h</%s>", zLitTag, pNode->zText, zLitTag);
      }
      break;
    }
    case RN_CHART:
      html_chart(h, pNode);
      break;
    default:
      break;
  }
  return 0;
}

AccRc render_html(const Report *p, Buf *pOut, char *zErr, int nErr){
  HtmlOut h;
  TocOut t;
  int eLang = p->eLang>=0 && p->eLang<REPORT_LANG__MAX ? p->eLang : 0;
  (void)zErr; (void)nErr;
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  memset(&h, 0, sizeof(h));
  h.p = p;
  h.pOut = pOut;
  html_printf(pOut, "<!DOCTYPE html>\n<html lang=\"%h\">\n<head>\n"
    "<meta charset=\"utf-8\">\n<title>%h</title>\n"
    "<meta name=\"generator\" content=\"Accord\">\n"
    "<meta name=\"accord-data\" content=\"%h %lld %h\">\n"
    "<style>%s</style>\n</head>\n<body>\n<header>\n<h1>%h</h1>\n"
    "<p class=\"subtitle\">%h</p>\n</header>\n",
    report_lang_code(eLang), p->zTitle ? p->zTitle : "",
    p->zGenerated ? p->zGenerated : "", (long long)p->iDataVersion,
    p->zDataHash ? p->zDataHash : "", zLitCss,
    p->zTitle ? p->zTitle : "", p->zSubtitle ? p->zSubtitle : "");
  html_printf(pOut, "<nav class=\"toc\">\n<h2>%h</h2>\n<ol>\n",
              i18n_msg(eLang, "Contents"));
  memset(&t, 0, sizeof(t));
  t.h = &h;
  report_walk(p, toc_walk, &t);
  html_printf(pOut, "</ol>\n</nav>\n<main>\n");
  h.nSection = 0;
  report_walk(p, html_walk, &h);
  html_printf(pOut, "</main>\n<footer>\n<p>%h</p>\n</footer>\n"
              "</body>\n</html>\n",
              i18n_msg(eLang, "Generated by Accord from the data as it was "
                              "recorded; the same data gives the same "
                              "report."));
  return ACC_OK;
}
