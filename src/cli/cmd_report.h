/*
** cmd_report.h: what `accord report` (cmd_report.c) and its frozen
** reports (cmd_report_issue.c) share.
*/
#ifndef ACCORD_CMD_REPORT_H
#define ACCORD_CMD_REPORT_H

#include "cli.h"
#include "../report/report.h"

/* What to build, from the command line. */
typedef struct ReportSpec {
  ReportKind eKind;
  const char *zDialogue;   /* --dialogue, or NULL for the default */
  Date from, to;           /* the period */
  int eLang;               /* REPORT_LANG_* */
  ReportFormat eFormat;
  Class eViewer;           /* who it is built for */
  const char *zOutput;     /* -o FILE, or NULL for standard output */
  const char *zReason;     /* --reason (issue, correct) */
  Date knownOn;            /* --known-on, or DATE_NONE */
  int eBy;                 /* --by: REPORT_BY_AREA or REPORT_BY_SECTOR */
  const IssuedReport *pPrev;  /* correct: the version corrected */
} ReportSpec;

/* The kind named z ("quarterly"), or -1. */
int cli_report_kind(const char *z);
/* Parse the options from argv[i] on into *pSpec (eKind set by the
** caller); 0, or the exit code after printing the error. */
int cli_report_options(int argc, char **argv, int i, const char *zCmd,
                       ReportSpec *pSpec);
/* Build the report of *pSpec and render it into *pOut; *ppReport is the
** report (the caller frees it with report_free()).  0 or an exit code. */
int cli_report_make(Cli *p, Store *pStore, ReportSpec *pSpec, Buf *pOut,
                    Report **ppReport);
/* Render in a format (the formats this build has); ACC_INVALID for one
** it lacks. */
AccRc cli_report_render(const Report *p, ReportFormat eFmt, Buf *pOut,
                        char *zErr, int nErr);
/* Write the bytes to zOutput ("-" or NULL: standard output). */
int cli_report_write(const char *zOutput, const Buf *pOut);

/* `accord report issue|list|get|correct` (cmd_report_issue.c). */
int cmd_report_issued(Cli *p, int argc, char **argv);

#endif
