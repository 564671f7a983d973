/*
** cmd_report_issue.c: frozen reports (placeholder until the store keeps
** them).
*/
#include "cmd_report.h"

int cmd_report_issued(Cli *p, int argc, char **argv){
  (void)p; (void)argc;
  return cli_usage("report", "report %s: not available yet", argv[1]);
}
