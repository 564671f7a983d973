/*
** main.c: the accord command line.
**
**   accord [--db PATH] [--as NAME] [--color WHEN] [--lang L] COMMAND ...
**
** Global options come before the command.  Every command answers --help.
** Items of every kind are handled by `accord KIND VERB` (see cmd_item.c);
** the other commands are listed in aCliCmd below.
*/
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define ACCORD_VERSION "0.1.0"

const CliCmd aCliCmd[] = {
  { "approve", cmd_approve, "approve an item's version with a signature",
    "usage: accord approve KIND ID --hash H [--password-fd N]\n"
    "       accord approve KIND ID --hash H --signature S --key-id N\n"
    "       (as the co-chair of --as LOGIN)\n"
    "\n"
    "Approves version H (its content hash, as `accord hash KIND ID` or\n"
    "`approve` without --hash prints it) of a goal, a document or a\n"
    "report version (KIND report, ID the version's id) for the party of\n"
    "the co-chair LOGIN, with a signature by LOGIN's key: the password\n"
    "that unseals it is asked on the terminal, or read from file\n"
    "descriptor N; or a signature made elsewhere (`accord sign`) is given\n"
    "with the key's id.  --as alone approves nothing.  If the item\n"
    "changed since H, nothing is approved (exit 4) and the new hash is\n"
    "named.  The key also signs the audit chain's head (a checkpoint).\n" },
  { "backup", cmd_backup, "copy the database to a file, safely while in use",
    "usage: accord backup FILE [--force]\n"
    "\n"
    "Copies the whole database to FILE with SQLite's online backup API,\n"
    "so it is consistent even while others write.  Refuses to overwrite\n"
    "an existing FILE unless --force is given.\n" },
  { "checkpoint", cmd_checkpoint, "sign the audit chain's head",
    "usage: accord checkpoint [--password-fd N]   (as --as LOGIN)\n"
    "\n"
    "The co-chair LOGIN's key signs the id and hash of the latest audit\n"
    "entry: a checkpoint that `accord verify` checks is still in the\n"
    "chain.  The password is asked on the terminal or read from N.\n" },
  { "conflicts", cmd_conflicts, "list periods where sources disagree",
    "usage: accord conflicts\n"
    "\n"
    "Lists every indicator period with two or more observations of\n"
    "different values and none marked preferred.  Resolve one with\n"
    "`accord prefer OBSERVATION-ID`.\n" },
  { "demo", cmd_demo, "create the demo database: the US-Serbia dialogue",
    "usage: accord demo [--force] [--no-accounts]\n"
    "\n"
    "Creates the database (--db, default accord.db) and loads the demo\n"
    "fixture: the US-Serbia strategic dialogue built from its source\n"
    "documents, with the real US Census trade series, and the portfolio\n"
    "of other dialogues; then prints the dialogue's status.  Refuses an\n"
    "existing database unless --force, which replaces it: on PostgreSQL\n"
    "it drops Accord's tables and functions of the database's schema in\n"
    "one transaction, and refuses (exit 4, nothing dropped) if the schema\n"
    "holds a table that is not Accord's.  Also creates one account per\n"
    "role (co-chairs and secretariats for each party) with new random\n"
    "passwords, and prints them; --no-accounts skips that.\n" },
  { "export", cmd_export, "write items as CSV or JSON; IATI, iCalendar, SDMX",
    "usage: accord export KIND [--format csv|json] [--dialogue D] [-o FILE]\n"
    "                          [--as-viewer V]\n"
    "       accord export all [--format json] [-o FILE]\n"
    "       accord export evidence [-o FILE]   (docs/formats.md)\n"
    "       accord export iati [--dialogue D] [-o FILE]\n"
    "                          [--as-viewer public|internal|restricted]\n"
    "                          [--reporting-org REF]\n"
    "       accord export ical [--dialogue D] [--as-viewer V] [-o FILE]\n"
    "       accord export sdmx [--dialogue D] [--indicator I] [--labels L]\n"
    "                          [--as-viewer V] [-o FILE]\n"
    "\n"
    "Writes every item of KIND (see `accord help kinds`) as CSV (RFC 4180,\n"
    "a header line of field names) or JSON (an array of objects).  `all`\n"
    "writes the whole installation as one JSON fixture that `accord load`\n"
    "restores into an empty database: the items by code, and every table\n"
    "as it is (accounts with their password hashes, grants, sessions and\n"
    "tokens as hashes, approvals with their signatures, signing keys with\n"
    "their sealed secret keys, checkpoints, issued reports, the audit\n"
    "log): a backup, written mode 0600 with -o; keep it as the database\n"
    "is kept.\n"
    "References are written as ids in CSV and as codes in the\n"
    "fixture.  Default output is standard output.  With --as-viewer, KIND\n"
    "is written as that reader sees it: hidden items and references to\n"
    "them are left out.  CSV text that a spreadsheet would take for a\n"
    "formula (= + - @ first) gets a ' in front; `export all` is the format\n"
    "that round-trips.\n"
    "\n"
    "`ical` writes an iCalendar (RFC 5545) feed of the meetings, goal\n"
    "deadlines and tentative roadmap dates; `sdmx` writes indicator\n"
    "observations as SDMX-CSV 2.0 (dataflow ACCORD:DIALOGUE_OBS(1.0.0));\n"
    "--labels both or name adds names beside the codes, in --lang.\n"
    "Both show what --as-viewer may see: public, internal, restricted, a\n"
    "role or an account's login (default: everything).  The formats are\n"
    "described in docs/formats.md.\n"
    "\n"
    "`iati` writes the results of each dialogue with goals (or of D) as\n"
    "IATI 2.03 activity XML: goals as results, their indicators with\n"
    "baseline, targets and actuals per period.  It shows what the public\n"
    "may see unless --as-viewer says otherwise.  REF is the publisher's\n"
    "registered organisation identifier (default: the dialogue's code).\n"
    "See docs/iati.md.\n" },
  { "grant", cmd_grant, "grant a role for a dialogue or a working group",
    "usage: accord grant add LOGIN --role R [--dialogue D | --wg W]\n"
    "                        [--clearance public|internal|restricted]\n"
    "       accord grant rm LOGIN --role R [--dialogue D | --wg W]\n"
    "       accord grant list [LOGIN]\n"
    "\n"
    "A grant is a role for a scope: everything (no --dialogue or --wg: the\n"
    "account's role, as `user set --role`), a dialogue, or a working group\n"
    "(D and W are codes or ids).  Scoped roles are observer, wg_member,\n"
    "wg_lead and secretariat (a secretariat for a dialogue only); cochair\n"
    "and admin are roles for everything.  --clearance is what the account\n"
    "reads within the scope (default: the role's own, internal for the\n"
    "working groups), so a group's lead can be cleared for its restricted\n"
    "goals.  A grant lets its role write only the items of its scope: a\n"
    "group's goals, the indicators they measure and their observations,\n"
    "its contacts, members and meetings; a dialogue's items.  rm removes a\n"
    "grant; removing the role for everything leaves an observer.  list\n"
    "shows every account's role and grants, or LOGIN's.\n" },
  { "hash", cmd_hash, "the content hash an approval signs",
    "usage: accord hash KIND ID   ([--as LOGIN] before the command)\n"
    "\n"
    "Prints the version and canonical content hash (docs/design.md) of a\n"
    "goal, a document or a report version, and, for the co-chair LOGIN,\n"
    "the `accord sign` command that signs it offline.\n" },
  { "import", cmd_import, "import observations from CSV or IATI XML",
    "usage: accord import observations FILE.csv [--dry-run]\n"
    "       accord import iati FILE.xml [--dry-run]\n"
    "\n"
    "Reads an RFC 4180 CSV file whose first line names the columns:\n"
    "  indicator   code or id of the indicator (required)\n"
    "  period      2025, 2025-Q3 or 2025-07, of the indicator's frequency\n"
    "              (required)\n"
    "  value       a number (required)\n"
    "  source      code or id of an existing source, or\n"
    "  source_title, source_publisher, source_url, source_date\n"
    "              a source found by title and URL, or created\n"
    "  note        remarks (optional)\n"
    "  note_sr     the remarks in Serbian, Latin or Cyrillic (optional)\n"
    "All rows are checked and loaded in one transaction: if any row is\n"
    "wrong, nothing is imported and every error names its line, column\n"
    "and value.  --dry-run checks without importing.  A progress bar is\n"
    "shown on a terminal.\n"
    "\n"
    "`iati` reads IATI 2.03 activity XML (as `accord export iati` writes\n"
    "it) and imports the actuals of each quantitative indicator whose\n"
    "reference (vocabulary 99) is the code of an Accord indicator, one\n"
    "observation per actual, with the same checks, all or nothing; errors\n"
    "name the line and the element or attribute.  See docs/iati.md.\n" },
  { "init", cmd_init, "create an empty database",
    "usage: accord init\n"
    "\n"
    "Creates a new, empty database at --db (default accord.db).  Fails if\n"
    "the file exists.  On PostgreSQL (--db a postgres:// URI or a libpq\n"
    "keyword string) the database must exist (createdb) and be empty:\n"
    "init makes Accord's tables in it, and fails if it holds an Accord\n"
    "database or any other table.\n" },
  { "key", cmd_key, "signing keys: create, designate, rotate, replace",
    "usage: accord key create LOGIN [--party P] [--password-fd N]\n"
    "       accord key create --offline -o FILE\n"
    "       accord key add LOGIN --public HEX [--password-fd N]\n"
    "       accord key list [--party P] [--json]\n"
    "       accord --as COCHAIR key designate LOGIN --party P\n"
    "       accord key rotate LOGIN [--party P]\n"
    "       accord key replace LOGIN [--party P]\n"
    "       accord --as COCHAIR key acknowledge ID\n"
    "       accord key export --public [--party P] [-o FILE]\n"
    "\n"
    "Each co-chair signs approvals with an Ed25519 key.  create makes one,\n"
    "sealed with LOGIN's password (argon2id): a co-chair's key for their\n"
    "party is valid at once; anyone else's waits until a co-chair of the\n"
    "party designates it (designate, signed with the co-chair's key).\n"
    "create --offline writes a secret key to FILE on this machine and\n"
    "prints its public key, which add registers for LOGIN: the secret\n"
    "never reaches the server (sign with `accord sign`).  rotate makes a\n"
    "new key, handed over by a signature of the old one, which is\n"
    "retired.  After a lost password (reset with `accord user password\n"
    "--lost`), replace makes a new key that a co-chair of another party\n"
    "acknowledges.  Old keys stay, with their validity, so that old\n"
    "signatures verify.  export --public writes every public key with its\n"
    "validity as JSON.  Passwords are asked on the terminal or read from\n"
    "file descriptor N.\n" },
  { "load", cmd_load, "load a JSON fixture into the database",
    "usage: accord load FILE.json [--items-only]\n"
    "\n"
    "Loads a fixture (the format of data/demo.json and of `accord export\n"
    "all`) in one transaction: any error names the item and field and\n"
    "loads nothing.  The file of `export all` holds a whole installation:\n"
    "into an empty database (`accord init`) of the same schema version it\n"
    "is restored as it was, every table with its ids (accounts with their\n"
    "password hashes, grants, tokens, approvals with their signatures,\n"
    "signing keys, issued reports, the audit log), so that `accord verify`\n"
    "passes on the copy; into one that holds anything it is refused (exit\n"
    "4).\n"
    "--items-only loads just its items, as new items with new audit\n"
    "entries, as a fixture without the installation always is.\n" },
  { "log", cmd_log, "show the audit log",
    "usage: accord log [KIND ID] [--limit N] [--json]\n"
    "\n"
    "Shows the audit log newest first (default 20 entries); with KIND and\n"
    "ID, the history of one item.\n" },
  { "migrate", cmd_migrate, "copy the whole installation to another database",
    "usage: accord migrate --to TARGET   (the source is --db SOURCE)\n"
    "\n"
    "Copies the whole installation of SOURCE into TARGET, from SQLite to\n"
    "PostgreSQL or back (or between two of a kind).  TARGET is named as\n"
    "--db is: a file, a postgres:// or postgresql:// URI, or a libpq\n"
    "keyword string (\"host=/run/postgresql dbname=accord\").  Every table\n"
    "is copied with its ids: dialogues and every item, the published\n"
    "copies, accounts with their password hashes, grants, sessions, API\n"
    "tokens and calendar keys (as hashes), approvals with their\n"
    "signatures, signing keys (public keys, designations, secret keys\n"
    "sealed with their owners' passwords), checkpoints, issued reports\n"
    "byte for byte, publications and the audit log with its hash chain;\n"
    "the search index is rebuilt at TARGET, and the id counters (on\n"
    "PostgreSQL the sequences) go past the largest ids.\n"
    "\n"
    "SOURCE is first checked as `accord verify` checks it: a record that\n"
    "is not intact is not copied (exit 4).  TARGET is made and migrated to\n"
    "this schema if it is new (the PostgreSQL database itself must exist:\n"
    "createdb), and must be empty: a database with rows is refused (exit\n"
    "4) and left as it was.  The copy is one transaction: all or nothing.\n"
    "Then TARGET is checked the same way and the heads of the two audit\n"
    "chains are compared.  Prints the rows copied per table and both\n"
    "checks; exit 0 when both records are intact with the same head.\n" },
  { "plan", cmd_plan, "the action plan in force on a day, goal by goal",
    "usage: accord plan [--at DATE] [--dialogue D] [--json]\n"
    "\n"
    "The action plan of the dialogue in force at the end of DATE (default\n"
    "today): the goals adopted by a decision of a meeting held by then and\n"
    "not retired since (marked *), and every other goal, each with its\n"
    "life: who proposed it, the decision and meeting that adopted, revised\n"
    "or retired it (goal-event items).  Then the readiness of the long-\n"
    "term goal: the criteria the parties set (readiness items) and which\n"
    "are met.  --json writes the same for scripts.\n" },
  { "prefer", cmd_prefer, "mark the observation that counts",
    "usage: accord prefer OBSERVATION-ID\n"
    "\n"
    "Marks one observation as the value that counts for its indicator and\n"
    "period, and unmarks the others of the same period.  The status engine\n"
    "then uses it; the others are kept and still shown.\n" },
  { "report", cmd_report, "build a report: quarterly, annual, public, "
    "portfolio",
    "usage: accord report KIND [--dialogue D] [--from DATE --to DATE |\n"
    "                      --quarter 2026-Q3 | --year 2026]\n"
    "                      [--lang en|sr-Latn|sr-Cyrl]\n"
    "                      [--format html|csv|pdf|xlsx]\n"
    "                      [-o FILE] [--as-viewer public|internal|restricted]\n"
    "                      [--known-on DATE] [--by area|sector]\n"
    "\n"
    "Builds a report from the data and writes it (default: standard\n"
    "output).  KIND is one of:\n"
    "  quarterly   the quarterly implementation report: every goal by area\n"
    "              and working group with its status and why, what changed\n"
    "              since the last period, observations received, meetings\n"
    "              held, decisions and their follow-up, roadmap slippage,\n"
    "              risks reviewed, unresolved data conflicts, and a chart\n"
    "              of every goal's indicator\n"
    "  annual      the annual report to both governments: the year against\n"
    "              the action plan, achievements, goals missed and why, goals\n"
    "              for the next period, and an annex with a chart for every\n"
    "              indicator\n"
    "  public      the public progress report: only items both parties\n"
    "              approved for publication, in plain language\n"
    "  portfolio   every dialogue compared, also on the indicators they\n"
    "              share (--dialogue is ignored)\n"
    "\n"
    "The period is --from/--to (inclusive), --quarter or --year; by\n"
    "default the last full quarter before today (the last full year for\n"
    "the annual report).  Statuses are computed as of the end of the\n"
    "period's last day, so the annual report of 2025 judges 2025.\n"
    "--known-on DATE computes them with only the observations entered by\n"
    "the end of DATE: a past report read again as its readers saw it.\n"
    "--by sector shows each goal under the agreement's sectors its area\n"
    "falls under (crosswalk items), its own area if none; --by area (the\n"
    "default) under its own area.  The summary names the action plan in\n"
    "force at the period's end (accord plan).\n"
    "--dialogue is a code or id (default us-rs, else the first).\n"
    "--lang picks English, Serbian Latin or Serbian Cyrillic (default:\n"
    "the run's language, from accord --lang, ACCORD_LANG or the locale).\n"
    "--format: html (a standalone document with its charts, default), csv\n"
    "(RFC 4180, one line per table row, the section first), pdf (with its\n"
    "charts, tables and links) or xlsx (an Excel workbook).\n"
    "--as-viewer builds the report as a reader of that clearance sees it\n"
    "(default restricted: everything); the public report is always built\n"
    "for the public.  The same data gives the same bytes.\n"
    "\n"
    "Frozen reports, kept in the database byte for byte:\n"
    "  accord report issue KIND [options above] [--reason TEXT]\n"
    "  accord report list [--dialogue D]\n"
    "  accord report get ID [--version N] [-o FILE]\n"
    "  accord report correct ID --reason TEXT\n"
    "  accord --as LOGIN report approve ID [--version N] [--hash H]\n"
    "                                  [--password-fd N]\n"
    "`issue` stores the bytes with the BLAKE2b-256 of the data the report\n"
    "was built from and of the bytes; `get` writes the same bytes back\n"
    "(the latest issued version, or --version N) after checking their\n"
    "hash; `correct` rebuilds the report from the current data with the\n"
    "same kind, dialogue, period, language, format, viewer and cut\n"
    "(--by, stored with the report), as a new version that records the\n"
    "reason.  A public report (and each of its\n"
    "corrections) is issued only once a co-chair of each party approved\n"
    "it with `approve`: a signature by the key of LOGIN, whose password\n"
    "is asked on the terminal or read from N (--as alone approves\n"
    "nothing); --hash, if given, must be the version's content hash.\n"
    "`list` and\n"
    "`get` take --as-viewer like the reports themselves.\n" },
  { "return", cmd_return, "return an item for changes, with a reason",
    "usage: accord return KIND ID --reason TEXT [--password-fd N]\n"
    "       (as the co-chair of --as LOGIN)\n"
    "\n"
    "The co-chair LOGIN returns a goal, a document or a report version\n"
    "for changes; the reason is recorded and shown on the item's page.\n" },
  { "serve", cmd_serve, "run the web application",
    "usage: accord serve [--listen ADDRESS:PORT] [--quiet] [--workers N]\n"
    "                    [--per-ip N] [--hash-threads N] [--hash-queue N]\n"
    "                    [--write-queue N] [--tls-cert FILE --tls-key FILE]\n"
    "\n"
    "Serves the web pages and the JSON API (/api/v1/) of the database on\n"
    "ADDRESS:PORT (default 127.0.0.1:8080).  Logs one JSON line per request\n"
    "on standard error unless --quiet.  SIGTERM or Ctrl-C stops it after\n"
    "the requests in flight.\n"
    "\n"
    "TLS: --tls-cert FILE (a PEM certificate chain, the server's first)\n"
    "and --tls-key FILE (its PEM private key) serve HTTPS (GnuTLS), and\n"
    "cookies are marked Secure.  Behind a TLS proxy (nginx), set\n"
    "ACCORD_TLS=1 so that cookies are marked Secure.\n"
    "\n"
    "Limits: --workers, threads answering requests (default 2); --per-ip,\n"
    "connections from one address at once (64); --hash-threads, threads\n"
    "checking login passwords (2); --hash-queue, logins waiting for them\n"
    "(16); --write-queue, writes waiting for the one writer thread (64).\n"
    "A full queue, or a write that waited 60 s for the database, answers\n"
    "503 with Retry-After.  A client has 10 s to send a request's headers\n"
    "and 30 s more for its body.\n"
    "\n"
    "Several servers may serve one PostgreSQL database: each keeps one\n"
    "more connection that listens for the database's notifications of\n"
    "changes, so that a change made through any of them, or on the\n"
    "command line, is on every server's next page.\n" },
  { "sign", cmd_sign, "sign an approval offline with a key file",
    "usage: accord sign --key FILE KIND ID --version V --hash H --party P\n"
    "                   --dialogue D\n"
    "\n"
    "Prints the signature of the approval of version V (content hash H)\n"
    "of KIND ID for party P of dialogue D with the secret key in FILE\n"
    "(`accord key create --offline`); needs no database.  `accord approve\n"
    "KIND ID` on the server prints these values; give the signature back\n"
    "with `accord approve ... --signature S --key-id N` or the API.\n" },
  { "status", cmd_status, "the status of every goal, explained",
    "usage: accord status [--at DATE] [--known-on DATE] [--dialogue D]\n"
    "                     [--json]\n"
    "\n"
    "Computes the status of every goal of the dialogue (default: the only\n"
    "one with goals, or us-rs) as of the end of DATE (default today):\n"
    "achieved, on track, at risk, off track, overdue, sources disagree, not\n"
    "started or no data, with the sentence that explains it (naming the\n"
    "source of its figures) and a projection where the data allows.\n"
    "--known-on computes with only the observations entered by the end of\n"
    "that day.  The rules are in docs/status.md.  --json writes the same as\n"
    "JSON for scripts, with each judged figure and its source.\n" },
  { "token", cmd_token, "give a script an API token",
    "usage: accord token add LOGIN [--label TEXT] [--calendar]\n"
    "       accord token list [LOGIN]\n"
    "       accord token rm ID\n"
    "\n"
    "add creates an API token for the account and prints it once.  Scripts\n"
    "send it as \"Authorization: Bearer TOKEN\" to /api/v1/.  Only its\n"
    "hash is stored.  --calendar creates a calendar key instead: it opens\n"
    "only the account's calendar feed, /calendar.ics?key=KEY, for calendar\n"
    "clients that cannot log in, and is not accepted by the API.\n"
    "list shows the tokens and calendar keys (of LOGIN, or of everyone):\n"
    "id, login, scope (api or calendar), created, last used and label,\n"
    "never the secret.  rm ID revokes one at once, also on a running\n"
    "server.\n" },
  { "ui", cmd_serve, "run the web application on a free port",
    "usage: accord ui [--quiet]\n"
    "\n"
    "Like `accord serve`, on 127.0.0.1 and a free port; prints the URL to\n"
    "open in a browser.\n" },
  { "user", cmd_user, "manage accounts",
    "usage: accord user add LOGIN --name NAME --role ROLE [--party P]\n"
    "                       [--password-stdin]\n"
    "       accord user list\n"
    "       accord user password LOGIN [--password-stdin] [--revoke-tokens]\n"
    "                                  [--lost]\n"
    "       accord user set LOGIN [--role R] [--party CODE|none] [--name N]\n"
    "                             [--lang en|sr-Latn|sr-Cyrl]\n"
    "       accord user disable LOGIN\n"
    "       accord user enable LOGIN\n"
    "       accord user rm LOGIN\n"
    "\n"
    "Roles: observer, wg_member, wg_lead, cochair, secretariat, admin.\n"
    "Co-chairs and secretariats serve a party (--party CODE).  The\n"
    "password (10 characters or more, not a common one) is read from\n"
    "standard input, or asked for on a terminal, and stored as an\n"
    "argon2id hash.  A new password ends every session of the account;\n"
    "--revoke-tokens also removes its API tokens and calendar keys.\n"
    "An account with a signing key gives its current password first (the\n"
    "first line of standard input, or asked), and its key is re-sealed\n"
    "with the new one; --lost (a forgotten password) locks the key\n"
    "instead: make a new one with `accord key replace`.\n"
    "disable ends the account's sessions; it cannot log in and its tokens\n"
    "and calendar keys are refused until it is enabled again.  rm removes\n"
    "an account with its sessions and tokens, but refuses one the record\n"
    "refers to (approvals, issued reports, observations): disable it.\n"
    "Every change is an audit entry; a running server sees it at once.\n" },
  { "verify", cmd_verify, "check that the record was not altered",
    "usage: accord verify [--json] [--against OLD-EVIDENCE]\n"
    "       accord verify --evidence FILE [--keys KEYS] [--json]\n"
    "\n"
    "Recomputes the audit log's hash chain, checks every approval's,\n"
    "checkpoint's and key event's signature against the key that made it\n"
    "(of that party, valid then), rebuilds from the log alone what\n"
    "every table should hold (items, approvals, accounts, sessions, tokens,\n"
    "issued reports) and compares it with the tables, checks the triggers\n"
    "against the schema's and each issued report's bytes against its hashes.\n"
    "Each finding is a line on stderr; exits 0 if there is none, else 4.\n"
    "Checks that entries older than migration 013 cannot support are noted\n"
    "on stdout (\"note: ...\"), not failed.\n"
    "\n"
    "  --against FILE   also check that the log extends the one of an\n"
    "                   evidence file made earlier (accord export evidence):\n"
    "                   every entry up to its head is still there, the same,\n"
    "                   and each of its checkpoints' heads\n"
    "  --evidence FILE  check an evidence file alone, without a database:\n"
    "                   its chain, digests, and every signature with the\n"
    "                   file's own public keys\n"
    "  --keys KEYS      with --evidence: name each key of the file that is\n"
    "                   not in KEYS (a party's `accord key export --public`)\n"
    "  --json           the result as JSON: intact, entries, findings, notes\n" },
};
const int nCliCmd = (int)(sizeof(aCliCmd)/sizeof(aCliCmd[0]));

static const char zUsage[] =
  "usage: accord [--db PATH] [--as NAME] [--color auto|always|never]\n"
  "              [--lang en|sr-Latn|sr-Cyrl] COMMAND [ARGS] \n"
  "\n"
  "Accord runs strategic dialogues: areas, working groups, goals,\n"
  "indicators, roadmaps, meetings, risks, and the status of every goal.\n"
  "\n"
  "Items of every kind:\n"
  "  accord KIND list [--dialogue D] [--json]\n"
  "  accord KIND show ID|CODE [--json]\n"
  "  accord KIND add --FIELD VALUE ...\n"
  "  accord KIND set ID|CODE --FIELD VALUE ...\n"
  "  accord KIND rm ID|CODE\n"
  "  (`accord help kinds` lists the kinds; `accord KIND --help` the fields)\n"
  "\n"
  "Commands:\n";

/* Print the list of kinds. */
static void print_kinds(void){
  int i;
  printf("Kinds of items (accord KIND --help for the fields):\n");
  for(i=0; i<ENT__MAX; i++){
    printf("  %-13s %s\n", aEntity[i].zName, aEntity[i].zHelp);
  }
}

static void print_usage(FILE *out){
  int i;
  fputs(zUsage, out);
  for(i=0; i<nCliCmd; i++){
    fprintf(out, "  %-10s %s\n", aCliCmd[i].zName, aCliCmd[i].zSummary);
  }
  fputs("  help       this text; help COMMAND or help kinds\n"
        "  version    print the version\n"
        "\n"
        "The database is --db PATH, else $ACCORD_DB, else ./accord.db.\n"
        "Exit codes: 0 ok, 1 usage, 2 invalid input, 3 not found,\n"
        "4 conflict, 5 busy, 6 input/output error, 70 internal error.\n",
        out);
}

static const CliCmd *find_cmd(const char *z){
  int i;
  for(i=0; i<nCliCmd; i++){
    if( strcmp(aCliCmd[i].zName, z)==0 ) return &aCliCmd[i];
  }
  return 0;
}

int main(int argc, char **argv){
  Cli cli;
  const char *zColor = "auto", *zLang = 0;
  const CliCmd *pCmd;
  int i = 1, rc;
  memset(&cli, 0, sizeof(cli));
  cli.eAsRole = -1;
  cli.zDb = getenv("ACCORD_DB");
  if( cli.zDb==0 || cli.zDb[0]==0 ) cli.zDb = "accord.db";
  cli.zActor = getenv("ACCORD_USER");
  if( cli.zActor==0 || cli.zActor[0]==0 ) cli.zActor = getenv("USER");
  if( cli.zActor==0 || cli.zActor[0]==0 ) cli.zActor = "cli";
  while( i<argc && argv[i][0]=='-' ){
    int r;
    if( cli_is_help(argv[i]) ){
      print_usage(stdout);
      return 0;
    }
    if( strcmp(argv[i], "--version")==0 ){
      printf("accord %s\n", ACCORD_VERSION);
      return 0;
    }
    if( (r = cli_opt_value(argc, argv, &i, "db", &cli.zDb))!=0
     || (r = cli_opt_value(argc, argv, &i, "as", &cli.zAs))!=0
     || (r = cli_opt_value(argc, argv, &i, "color", &zColor))!=0
     || (r = cli_opt_value(argc, argv, &i, "lang", &zLang))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    return cli_usage(0, "unknown option %s", argv[i]);
  }
  if( zLang && cli_lang_parse(zLang)<0 ){
    return cli_usage(0, "--lang: expected en, sr-Latn or sr-Cyrl, got "
                     "\"%s\"", zLang);
  }
  cli_lang_set(zLang ? cli_lang_parse(zLang) : cli_lang_env());
  if( cli.zAs ) cli.zActor = cli.zAs;
  cli.bTty = isatty(1);
  cli.bErrTty = isatty(2);
  if( strcmp(zColor, "always")==0 ){
    cli.bColor = 1;
  }else if( strcmp(zColor, "never")==0 ){
    cli.bColor = 0;
  }else if( strcmp(zColor, "auto")==0 ){
    const char *zNo = getenv("NO_COLOR");
    cli.bColor = cli.bTty && (zNo==0 || zNo[0]==0);
  }else{
    return cli_usage(0, "--color: expected auto, always or never, got "
                     "\"%s\"", zColor);
  }
  if( i>=argc ){
    print_usage(stderr);
    return EXIT_USAGE;
  }
  if( strcmp(argv[i], "help")==0 ){
    if( i+1<argc && cli_is_help(argv[i+1]) ){
      print_usage(stdout);
      return 0;
    }
    if( i+1<argc && strcmp(argv[i+1], "kinds")==0 ){
      print_kinds();
      return 0;
    }
    if( i+1<argc && (pCmd = find_cmd(argv[i+1]))!=0 ){
      cli_print_help(pCmd);
      return 0;
    }
    if( i+1<argc && model_entity_find(argv[i+1])>=0 ){
      char *azArg[2];
      azArg[0] = argv[i+1];
      azArg[1] = "--help";
      return cmd_item(&cli, 2, azArg);
    }
    if( i+1<argc ){
      return cli_usage(0, "no command or kind \"%s\"", argv[i+1]);
    }
    print_usage(stdout);
    return 0;
  }
  if( strcmp(argv[i], "version")==0 ){
    printf("accord %s\n", ACCORD_VERSION);
    return 0;
  }
  if( strcmp(argv[i], "test-ical-parse")==0 ){
    return cmd_test_ical_parse(&cli, argc-i, argv+i);
  }
  if( strcmp(argv[i], "test-routes")==0 ){
    return cmd_test_routes(&cli, argc-i, argv+i);
  }
  pCmd = find_cmd(argv[i]);
  if( pCmd ){
    int k;
    /* `accord user set --help` helps as `accord user --help` does. */
    for(k=i+1; k<argc; k++){
      if( cli_is_help(argv[k]) ){
        cli_print_help(pCmd);
        return 0;
      }
    }
    rc = pCmd->xRun(&cli, argc-i, argv+i);
  }else if( model_entity_find(argv[i])>=0 ){
    rc = cmd_item(&cli, argc-i, argv+i);
  }else{
    rc = cli_usage(0, "no command or kind \"%s\"", argv[i]);
  }
  arena_free(&cli.arena);
  return rc;
}
