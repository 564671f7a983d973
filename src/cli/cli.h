/*
** cli.h: what the command-line commands share.
**
** main.c parses the global options into a Cli, finds the command in its
** table and calls it with the remaining arguments.  Commands report
** expected failures with cli_error(), which prints "accord: MESSAGE" and
** returns the exit code for the AccRc (see docs/cli.md):
**
**   0 success              3 not found        6 input/output error
**   1 usage error          4 conflict         70 internal error
**   2 invalid input        5 database busy
*/
#ifndef ACCORD_CLI_H
#define ACCORD_CLI_H

#include <stdarg.h>
#include <stdio.h>

#include "../core/model.h"
#include "../store/store.h"
#include "../util/util.h"

#define EXIT_USAGE 1
#define MAX_LIST_COLS 16   /* columns of a `list` table at most */

/* The state of one run of the command line. */
typedef struct Cli {
  const char *zDb;      /* database path: --db, $ACCORD_DB or accord.db */
  const char *zActor;   /* --as, $ACCORD_USER, $USER or "cli" */
  const char *zAs;      /* --as, if given: an account's writes are checked
                        ** as that account's (cli_open()) */
  int eAsRole;          /* the --as account's role (cli_open()), -1 when
                        ** --as names no account or is not given */
  int bColor;           /* colour the output (a terminal, or --color) */
  int bTty;             /* stdout is a terminal */
  int bErrTty;          /* stderr is a terminal (progress bars) */
  Arena arena;          /* freed when the command ends */
} Cli;

/* A command: zName, its function, a one-line summary and full help. */
typedef struct CliCmd {
  const char *zName;
  int (*xRun)(Cli*, int argc, char **argv);  /* argv[0] is the command */
  const char *zSummary;
  const char *zHelp;     /* usage and options, printed by --help */
} CliCmd;

/* Text from the data, made safe for a terminal (buf_term_text()): every
** control character shown as "\xNN", in cli_text() newlines too (one-line
** fields, table cells), in cli_text_long() all but newlines (free text).
** Every human-readable output of data goes through one of them; --json
** output is escaped by jansson instead.  The result lives in p's arena. */
const char *cli_text(Cli *p, const char *z);
const char *cli_text_long(Cli *p, const char *z);
/* Print the formatted message to out with buf_term_text() (newlines
** kept): what cli_error() and the importer's errors use. */
void cli_vmessage(FILE *out, const char *zFmt, va_list ap);
/* The language of the command line's messages and of `status`: en,
** sr-Latn, sr-Cyrl (L10N_* of l10n.h).  --lang, else $ACCORD_LANG, else
** the locale ($LC_ALL, $LC_MESSAGES, $LANG: sr_RS@latin is Latin, other
** sr_RS Cyrillic), else English.  cli_lang_parse() reads a code (-1 if
** none); cli_lang_env() the environment; cli_tr() translates a message
** of the catalogue into the run's language. */
int cli_lang_parse(const char *z);
int cli_lang_env(void);
void cli_lang_set(int eLang);
int cli_lang(void);
const char *cli_tr(const char *zMsg);
/* Text entered in Serbian in the script of the run's language (Latin
** or Cyrillic, the other derived), for the terminal (cli_text()). */
const char *cli_sr_text(Cli *p, const char *z);
/* A day in the run's language ("6. decembar 2026."); cli_day_in() the
** translated format zFmt with its one %s the day, in the genitive after
** "od", "do", "na dan", ... (l10n_genitive_before()).  In p's arena. */
const char *cli_day(Cli *p, Date d);
const char *cli_day_in(Cli *p, const char *zFmt, Date d);
/* cli_tr() as the sentences of the store ask for it (PlSay). */
const char *cli_say_tr(void *pCtx, const char *z);
/* Print "accord: MESSAGE" to stderr (in the run's language: l10n_err());
** return the exit code of rc. */
int cli_error(AccRc rc, const char *zFmt, ...)
  __attribute__((format(printf, 2, 3)));
/* Print a usage error and a hint to use --help; returns EXIT_USAGE. */
int cli_usage(const char *zCmd, const char *zFmt, ...)
  __attribute__((format(printf, 2, 3)));
/* The exit code for an AccRc. */
int cli_exit_code(AccRc rc);

/* Open the database of the run (must exist unless flags has
** STORE_CREATE); on failure prints the error and returns NULL with the
** exit code in *pExit. */
Store *cli_open(Cli *p, int flags, int *pExit);
/* With --as an account that is no administrator, refuse a command that
** manages accounts (zWhat, e.g. "user add"): an error (exit 7) and
** nonzero.  zSelf, if not NULL, is a login the command concerns: the
** --as account may act on its own (a token of its own).  0: go on. */
int cli_as_admin(Cli *p, const char *zWhat, const char *zSelf);

/* The dialogue of --dialogue Z (a code or an id; NULL: us-rs, else the
** first): 0 with its id in *pId, else the error printed and the exit
** code returned. */
int cli_dialogue(Store *pStore, const char *z, int64_t *pId);
/* What `status` and `plan` begin with: the day of --at zAt (NULL: today)
** into *pAt, the database opened, and the dialogue of --dialogue
** zDialogue (cli_dialogue()) into *pId.  The store, or NULL with the error
** printed and the exit code in *pExit. */
Store *cli_open_dialogue_at(Cli *p, const char *zDialogue, const char *zAt,
                            Date *pAt, int64_t *pId, int *pExit);

/* Parse the value z of --as-viewer (a classification, a role or an
** account's login) into *pOut; ACC_INVALID with a message if none. */
AccRc cli_viewer_parse(Store *pStore, const char *z, Class *pOut,
                       char *zErr, int nErr);
/* Whether argv[i] is --help or -h. */
int cli_is_help(const char *z);
/* Print the help of a command to stdout. */
void cli_print_help(const CliCmd *pCmd);

/* Option parsing: if argv[*pi] is --zName VALUE or --zName=VALUE, store
** VALUE in *pzOut, advance *pi and return 1; if the value is missing
** return -1 (after printing an error); else 0. */
int cli_opt_value(int argc, char **argv, int *pi, const char *zName,
                  const char **pzOut);

/* Write text for a terminal: a status name coloured when p->bColor. */
const char *cli_status_color(Cli *p, int eStatus);
const char *cli_color_off(Cli *p);

/* A table printed with aligned columns, wrapped to nothing: cells longer
** than nMax code points are cut with an ellipsis. */
typedef struct Table Table;
Table *table_new(int nCol, const char *const *azHead);
void table_cell(Table *p, const char *z);       /* next cell, copied */
void table_cellf(Table *p, const char *zFmt, ...)
  __attribute__((format(printf, 2, 3)));
void table_print(Table *p, FILE *out, int nMax);
void table_free(Table *p);
/* Display width of UTF-8 text in code points. */
int utf8_width(const char *z);

/* The commands (one file per group). */
int cmd_init(Cli*, int, char**);
int cmd_demo(Cli*, int, char**);
int cmd_load(Cli*, int, char**);
int cmd_backup(Cli*, int, char**);
int cmd_log(Cli*, int, char**);
int cmd_migrate(Cli*, int, char**);    /* cmd_migrate.c */
int cmd_verify(Cli*, int, char**);
int cmd_status(Cli*, int, char**);
int cmd_plan(Cli*, int, char**);
int cmd_report(Cli*, int, char**);     /* cmd_report.c */
int cmd_import(Cli*, int, char**);
int cmd_export(Cli*, int, char**);
int cmd_export_feed(Cli*, int, char**); /* export ical, export sdmx */
int cmd_export_iati(Cli*, int, char**);  /* cmd_iati.c */
int cmd_export_evidence(Cli*, int, char**);  /* cmd_verify.c */
int cmd_import_iati(Cli*, int, char**);  /* cmd_iati.c */
int cmd_item(Cli*, int, char**);       /* accord ENTITY VERB ... */
int cmd_docfile(Cli*, int, char**);    /* accord document file ... */
int cmd_prefer(Cli*, int, char**);
int cmd_conflicts(Cli*, int, char**);
int cmd_user(Cli*, int, char**);
int cmd_token(Cli*, int, char**);
int cmd_grant(Cli*, int, char**);
int cmd_serve(Cli*, int, char**);
int cmd_ui(Cli*, int, char**);
int cmd_key(Cli*, int, char**);        /* cmd_key.c */
int cmd_approve(Cli*, int, char**);    /* cmd_sign.c */
int cmd_hash(Cli*, int, char**);
int cmd_return(Cli*, int, char**);
int cmd_sign(Cli*, int, char**);
int cmd_checkpoint(Cli*, int, char**);
/* Read a password: one line from file descriptor zFd (the text of
** --password-fd) if not NULL, else from the terminal (/dev/tty) without
** echo after zPrompt.  0, or the error printed and the exit code. */
int cli_read_password(const char *zFd, const char *zPrompt, char *zOut,
                      int nOut);
/* `accord report approve`: sign report version iVersionId as the account
** of --as (cmd_sign.c); zHash NULL approves the version named. */
int cli_report_approve(Cli *p, Store *pStore, int64_t iVersionId,
                       const char *zHash, const char *zPwFd);
/* Issue the public report of the default period (the last full quarter)
** of the default dialogue, pending its approvals; its version's id in
** *piVersionId (cmd_report_issue.c, for the demo). */
int cli_report_issue_public(Cli *p, Store *pStore, int64_t *piVersionId);
int cmd_test_ical_parse(Cli*, int, char**);
int cmd_test_routes(Cli*, int, char**);
extern const CliCmd aCliCmd[];
extern const int nCliCmd;

#endif
