/*
** report.h: reports as a tree, built once from the store and written by
** one renderer per format.
**
** report.c builds a Report (quarterly implementation report, annual
** report to both governments, public progress report, portfolio report)
** for a dialogue and a date or period, reading only what the store's
** viewer may see (store_set_viewer): a report for the public is built
** with the viewer set to CLASS_PUBLIC, so no restricted or internal item
** can reach it.  Each format has its own renderer file, driven by the
** same enter/exit walk of the tree (STYLE.md section 7): render_html.c,
** render_csv.c, render_pdf.c (cairo + pango), render_xlsx.c
** (libxlsxwriter).  Charts are nodes holding a Chart (chart.h) that
** chart.c draws to any cairo surface (SVG for HTML, PDF for PDF, PNG for
** XLSX).
**
** A renderer never reads the store: everything it prints is in the tree,
** already translated into the report's language, so the same tree gives
** the same bytes in every run (the frozen reports depend on it).
**
** Memory: every node, string and chart of a Report lives in its arena;
** report_free() releases them all at once.
*/
#ifndef ACCORD_REPORT_H
#define ACCORD_REPORT_H

#include <stdint.h>

#include "../core/model.h"
#include "../store/store.h"
#include "../util/util.h"
#include "chart.h"

/* The kinds of report (MISSION.md "Report"). */
typedef enum ReportKind {
  REPORT_QUARTERLY = 0,   /* quarterly implementation report */
  REPORT_ANNUAL,          /* annual report to both governments */
  REPORT_PUBLIC,          /* public progress report: public items only */
  REPORT_PORTFOLIO,       /* dialogues compared on the same indicators */
  REPORT__MAX
} ReportKind;
extern const char *const azReportKindName[REPORT__MAX];  /* "quarterly" */

/* Output formats. */
typedef enum ReportFormat {
  RFMT_HTML = 0, RFMT_PDF, RFMT_XLSX, RFMT_CSV, RFMT__MAX
} ReportFormat;
extern const char *const azReportFormatName[RFMT__MAX];  /* "html", ... */

/* Languages of a report: the same three as the web interface, in the
** same order (web.h Lang), by code "en", "sr-Latn", "sr-Cyrl". */
#define REPORT_LANG_EN      0
#define REPORT_LANG_SR_LATN 1
#define REPORT_LANG_SR_CYRL 2
#define REPORT_LANG__MAX    3

/* Types of nodes. */
typedef enum RNodeType {
  RN_DOCUMENT = 0,  /* the root; zText is the title */
  RN_SECTION,       /* zText is its heading, iLevel 1..3; its children
                    ** follow the heading.  Level-1 sections make the
                    ** table of contents; a section with zSheet set
                    ** becomes a sheet of its own in XLSX */
  RN_PARA,          /* a paragraph of plain text (no markup) */
  RN_LIST,          /* a bulleted list; children are RN_ITEM */
  RN_ITEM,          /* one bullet: zText */
  RN_TABLE,         /* children are RN_ROW; see RF_HEADER */
  RN_ROW,           /* children are RN_CELL */
  RN_CELL,          /* zText; rNum when RF_NUMERIC; eStatus */
  RN_CHART,         /* pChart, with zText as its caption */
  RN__MAX
} RNodeType;

#define RF_HEADER  0x01   /* RN_ROW: the table's header row */
#define RF_NUMERIC 0x02   /* RN_CELL: rNum holds the value (XLSX, CSV
                          ** write it as a number; zText is how it reads) */
#define RF_DATE    0x10   /* RN_CELL: rNum holds the Date (a day number);
                          ** zText is how it reads; CSV writes YYYY-MM-DD,
                          ** XLSX a date cell */
#define RF_NOTE    0x04   /* RN_PARA: small print (sources, caveats) */
#define RF_WARN    0x08   /* RN_PARA, RN_ITEM: needs attention (a data
                          ** conflict, a missed goal) */

/* One node of the tree. */
typedef struct RNode RNode;
struct RNode {
  RNodeType eType;
  unsigned flags;         /* RF_* */
  int iLevel;             /* RN_SECTION: 1..3 */
  const char *zText;      /* heading, paragraph, item, cell or caption;
                          ** never NULL for those ("" when empty) */
  const char *zAnchor;    /* RN_SECTION: a stable id ("area-3") for links
                          ** and the table of contents, or NULL */
  const char *zSheet;     /* RN_SECTION: XLSX sheet name (<= 31 chars,
                          ** no []:*?/\), or NULL */
  double rNum;            /* RN_CELL with RF_NUMERIC */
  const char *zPlain;     /* RN_CELL: the text as machine formats (CSV)
                          ** write it ("112000; 30000" where people read
                          ** "112,000; 30,000"), or NULL for zText */
  int eStatus;            /* RN_CELL, RN_ITEM: a Status to colour it by,
                          ** or -1 */
  Chart *pChart;          /* RN_CHART */
  const char *zAlt;       /* RN_CHART: what the chart shows in words, for
                          ** readers who cannot see it (HTML alt, PDF
                          ** figure text, XLSX image description), or
                          ** NULL to use zText */
  RNode *pParent;         /* NULL for the root */
  RNode *pFirst, *pLast;  /* children */
  RNode *pNext;           /* next sibling */
};

/* A report: the tree and what it was built from. */
typedef struct Report {
  ReportKind eKind;
  int eLang;              /* REPORT_LANG_* */
  Class eViewer;          /* the classification its reader was cleared to */
  int64_t idDialogue;     /* 0 for the portfolio */
  const char *zDialogue;  /* the dialogue's code, or NULL */
  Date from, to;          /* the period reported on (inclusive) */
  Date at;                /* statuses are computed as of the end of this
                          ** day (= to) */
  Date knownOn;           /* with the data entered by this day, or
                          ** DATE_NONE for all (--known-on) */
  int eBy;                /* REPORT_BY_AREA: goals under their own area;
                          ** REPORT_BY_SECTOR: under the areas of the
                          ** other set theirs falls under (area_crosswalk,
                          ** 027_planlife.sql), their own if none */
  const char *zTitle;     /* also pRoot->zText */
  const char *zSubtitle;  /* dialogue and period, one line */
  const char *zGenerated; /* "YYYY-MM-DDTHH:MM:SSZ" of the data version
                          ** it was built from, not the wall clock, so a
                          ** rebuild from the same data is the same */
  int64_t iDataVersion;   /* store_data_version() when built */
  const char *zDataHash;  /* BLAKE2b-256, in hex, of every row the build
                          ** read (in a canonical form independent of the
                          ** language): equal hashes, equal data */
  RNode *pRoot;           /* RN_DOCUMENT */
  Arena arena;            /* owns every node and string */
} Report;

/* Build a report of kind eKind for dialogue idDialogue (ignored for the
** portfolio) covering the period from..to, in language eLang, showing
** only what the store's current viewer may see (REPORT_PUBLIC also sets
** the viewer to CLASS_PUBLIC for the time of the build and restores it).
** On success *ppOut is a new Report the caller frees with report_free().
** ACC_NOTFOUND if the dialogue is not there (or not visible); ACC_INVALID
** if from > to; the message goes to zErr. */
AccRc report_build(Store *pStore, ReportKind eKind, int64_t idDialogue,
                   Date from, Date to, int eLang, Report **ppOut,
                   char *zErr, int nErr);
/* The same, its statuses computed with only the observations entered on
** or before day knownOn (DATE_NONE: all): a past report read again as
** its readers saw it. */
AccRc report_build_known(Store *pStore, ReportKind eKind, int64_t idDialogue,
                         Date from, Date to, Date knownOn, int eLang,
                         Report **ppOut, char *zErr, int nErr);
/* The same, cut by eBy (REPORT_BY_AREA or REPORT_BY_SECTOR, Report.eBy):
** `accord report --by area|sector`, the web's report picker. */
#define REPORT_BY_AREA   0
#define REPORT_BY_SECTOR 1
AccRc report_build_by(Store *pStore, ReportKind eKind, int64_t idDialogue,
                      Date from, Date to, Date knownOn, int eLang, int eBy,
                      Report **ppOut, char *zErr, int nErr);
void report_free(Report *p);
/* Open report p, built to correct version pPrev of an issued report, with
** a section that says so: which version it replaces, zReason, and what
** changed (the data, between the two data versions, or only its
** presentation when the data hashes are equal).  In report_sign.c. */
void report_correction(Report *p, const IssuedReport *pPrev,
                       const char *zReason);
/* A new, empty report (no root yet) whose Report struct lives in its own
** arena: report_free() releases everything.  For report.c and tests. */
Report *report_new(ReportKind eKind, int eLang);
/* The BCP 47 tag of language eLang: "en", "sr-Latn" or "sr-Cyrl". */
const char *report_lang_code(int eLang);

/* Tree building, for report.c and the tests.  Every string is copied
** into the report's arena; printf-style variants format first. */
RNode *report_node(Report *p, RNode *pParent, RNodeType eType,
                   const char *zText);
RNode *report_nodef(Report *p, RNode *pParent, RNodeType eType,
                    const char *zFmt, ...)
  __attribute__((format(printf, 4, 5)));

/* At most nChar characters of UTF-8 text z, cut at a word boundary and
** without a trailing comma or minor word ("Economic, Trade, and
** Technological Cooperation" -> "Economic, Trade"), into zOut of nOut
** bytes; a single word longer than nChar is cut. */
void report_cut_words(const char *z, int nChar, char *zOut, int nOut);
/* Take pNode (and what it holds) out of the tree. */
void report_node_remove(RNode *pNode);
/* Move pNode, a child of some node, before its sibling pBefore. */
void report_node_move_before(RNode *pNode, RNode *pBefore);

/* The walk every renderer is driven by: x is called on entering each
** node (bEnter 1) and, for nodes that can have children, on leaving it
** (bEnter 0), in document order.  A non-zero return stops the walk and
** is returned. */
typedef int (*ReportWalkFn)(void *pArg, const RNode *pNode, int bEnter);
int report_walk(const Report *p, ReportWalkFn x, void *pArg);

/* Renderers.  Each appends the whole report in its format to *pOut
** (binary for PDF and XLSX) and returns ACC_OK, or ACC_IO with a message
** in zErr.  Output depends only on the tree: the same tree gives the same
** bytes (PDF and XLSX carry the tree's zGenerated as their creation
** date, never the wall clock). */
AccRc render_html(const Report *p, Buf *pOut, char *zErr, int nErr);
AccRc render_csv(const Report *p, Buf *pOut, char *zErr, int nErr);
AccRc render_pdf(const Report *p, Buf *pOut, char *zErr, int nErr);
AccRc render_xlsx(const Report *p, Buf *pOut, char *zErr, int nErr);
/* The source expression of a Content-Security-Policy that allows the
** style sheet render_html() puts inside every document, and nothing else
** inline: "'sha256-BASE64'" of its exact text, for the web server to add
** to style-src so that reports it serves keep their style.  A static
** string, computed on first use. */
const char *render_html_style_csp(void);
/* Render in format eFmt (dispatches to the four above; render.c, added
** when all four renderers are in). */
AccRc report_render(const Report *p, ReportFormat eFmt, Buf *pOut,
                    char *zErr, int nErr);

/* Issue a report: build it for the store's viewer, cut by eBy
** (REPORT_BY_AREA or REPORT_BY_SECTOR), render it in eFmt and freeze it
** (store_report_issue) with its cut: a new report, or, with pPrev (the
** latest version of an issued report; zReason then required), its
** correction, which opens with the reason and what changed and is cut
** as pPrev was (eBy is then not read).  *pOut is the version stored
** (strings in pArena).  ACC_INVALID, ACC_NOTFOUND or ACC_IO with a
** message naming the field in zErr.  In report_issue.c. */
AccRc report_issue(Store *pStore, ReportKind eKind, int64_t idDialogue,
                   Date from, Date to, int eLang, int eBy, ReportFormat eFmt,
                   const IssuedReport *pPrev, const char *zReason,
                   Arena *pArena, IssuedReport *pOut, char *zErr, int nErr);

#endif
