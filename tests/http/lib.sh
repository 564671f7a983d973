# lib.sh: helpers for the HTTP tests (sourced by tests/http/t_*.sh).
#
# Each test script runs in its own empty directory (tests/run makes it),
# creates a fresh demo database there, starts the real server
# (`accord serve --listen 127.0.0.1:0`, the port read from its first
# line), talks to it with curl, stops it with SIGTERM, and ends with
# `done_testing`, which prints "http/NAME: N passed, N failed".
#
#   http_setup             demo database ./accord.db, passwords, API tokens
#   srv_start [OPTION...] / srv_stop   start the server (with `serve`'s
#                          options); stop it (checks exit 0, "stopped")
#   login ROLE             log ROLE in (once; the cookie jar is reused)
#   as ROLE                send the next requests as ROLE: its session
#                          cookie for pages, its API token for /api/ paths;
#                          ROLE is public, observer, wg_member, wg_lead,
#                          cochair, secretariat, admin, or an account login
#   req METHOD PATH [CURL-ARGS...]
#                          one request; sets ST (status), LOC (Location),
#                          and the files $BODY and $HDR
#   form PATH NAME=VALUE...  POST a form with the caller's CSRF token
#   api METHOD PATH [JSON] a request with the caller's API token
#   csrf_of ROLE           the session's CSRF token (from the logout form)
#   check MSG CMD... / expect_status N... / expect_body TEXT /
#   expect_no_body TEXT / expect_header NAME TEXT / expect_same A B MSG
#   db_digest              digest of the items, audit log and approvals
#   route_exists METHOD PATTERN / need_route METHOD PATTERN (skips if absent)
#   content_hash KIND ID / key_create LOGIN / approve_form KIND ID /
#   approve_api KIND ID    sign approvals as $CUR_ROLE with its password
#   walk_check WHAT OUTPUT TSV MIN FINDING  the verdict of a page walker
#                          (tests/http/*_walk.py)
#   db_cp, db_rm, is_pg, pg_skip   see tests/db.sh (either backend)
set -u
T_PASS=0; T_FAIL=0; T_SKIP=0
T_NAME=${T_NAME:-$(basename "$0" .sh)}
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$TOP/tests/db.sh"
ACCORD=${ACCORD:-$TOP/build/accord}
export ACCORD_USER=tester
unset ACCORD_DB || true
DIR=$(pwd)
DB="$DIR/accord.db"
SRV_PID=""
BASE=""
PORT=""
CUR_ROLE=public
BODY="$DIR/.body"; HDR="$DIR/.hdr"
ST=000; LOC=""; LAST=""
: >"$BODY"; : >"$HDR"
ROLES="public observer wg_member wg_lead cochair secretariat admin"

# The demo account that plays each role.
role_login() { _rl "$1"; echo "$_l"; }
# _rl ROLE: sets _l, the login.
_rl() {
  case "$1" in
    observer) _l=observer ;;
    wg_member) _l=wg-member ;;
    wg_lead) _l=wg-lead ;;
    cochair) _l=us-cochair ;;
    secretariat) _l=us-secretariat ;;
    admin) _l=admin ;;
    public) _l="" ;;
    *) _l=$1 ;;
  esac
}
CR=$(printf '\r')

# ---- results ------------------------------------------------------------
t_ok() { T_PASS=$((T_PASS + 1)); }
t_fail() {
  T_FAIL=$((T_FAIL + 1))
  echo "FAIL: $*"
  echo "  after: $LAST -> $ST"
  echo "  body: $(head -c 300 "$BODY" | tr '\n' ' ')"
}
t_skip() { T_SKIP=$((T_SKIP + 1)); echo "SKIP: $*"; }
check() { _msg=$1; shift; if "$@" >/dev/null 2>&1; then t_ok; else t_fail "$_msg"; fi; }
one_of() { _v=$1; shift; for _x in "$@"; do [ "$_v" = "$_x" ] && return 0; done; return 1; }
not() { if "$@" >/dev/null 2>&1; then return 1; else return 0; fi; }
expect_status() {
  for _s in "$@"; do [ "$ST" = "$_s" ] && { t_ok; return 0; }; done
  t_fail "expected status $*"; return 1
}
expect_body() {
  if grep -qF -- "$1" "$BODY"; then t_ok; else t_fail "body lacks: $1"; fi
}
expect_no_body() {
  if grep -qF -- "$1" "$BODY"; then t_fail "body has: $1"; else t_ok; fi
}
expect_header() {   # NAME TEXT: a header NAME whose value contains TEXT
  if grep -i "^$1:" "$HDR" | grep -qiF -- "$2"; then t_ok
  else t_fail "no header $1 containing: $2"; fi
}
expect_same() {
  if [ "$1" = "$2" ]; then t_ok; else t_fail "$3: '$1' != '$2'"; fi
}
done_testing() {
  if [ -n "$SRV_PID" ]; then srv_stop; fi
  _sk=""; [ "$T_SKIP" -gt 0 ] && _sk=", $T_SKIP skipped"
  echo "http/$T_NAME: $T_PASS passed, $T_FAIL failed$_sk"
  [ "$T_FAIL" -eq 0 ]
}

# ---- the database -------------------------------------------------------
# A fresh demo database; the passwords it prints go to pw/LOGIN, an API
# token per account to tok/LOGIN.
#
# The suites of one run (tests/run, tests/pg/run: one $WORK) copy one demo
# database, made by the first suite that needs it, rather than each
# making its own: most of `accord demo` is hashing its accounts'
# passwords and sealing their signing keys (Argon2id), 3 s, 9 s under
# ASan.  A copy is what `accord demo` would make, but for its random
# passwords, keys and salts.  DEMO_CACHE=0 makes each suite its own.
demo_new() {   # demo_new DB OUT: a fresh demo database DB, its output in OUT
  _dc=${DEMO_CACHE:-${WORK:+$WORK/demo-cache}}
  if [ -z "$_dc" ] || [ "$_dc" = 0 ]; then
    "$ACCORD" --db "$1" demo >"$2" 2>&1; return
  fi
  _w=0
  until mkdir "$_dc.lock" 2>/dev/null; do
    _w=$((_w + 1))
    if [ $_w -gt 600 ]; then   # a minute: make one of its own
      "$ACCORD" --db "$1" demo >"$2" 2>&1; return
    fi
    sleep 0.1
  done
  if [ ! -s "$_dc/ok" ]; then
    mkdir -p "$_dc"
    db_rm "$_dc/accord.db"
    if "$ACCORD" --db "$_dc/accord.db" demo >"$_dc/demo.out" 2>&1; then
      echo ok >"$_dc/ok"
    else
      cp "$_dc/demo.out" "$2"; rmdir "$_dc.lock"; return 1
    fi
  fi
  rmdir "$_dc.lock"
  cp "$_dc/demo.out" "$2" && db_cp "$_dc/accord.db" "$1"
}
http_setup() {
  db_rm "$DB"
  mkdir -p "$DIR/pw" "$DIR/tok" "$DIR/jar"
  demo_new "$DB" "$DIR/demo.out" || {
    echo "FATAL: accord demo failed"; cat "$DIR/demo.out"; exit 1; }
  sed -n 's/^  \([a-z-]*\) \{1,\}\([a-z0-9]\{14\}\) .*/\1 \2/p' \
    "$DIR/demo.out" | while read -r _l _p; do
      printf '%s' "$_p" >"$DIR/pw/$_l"
    done
  [ -s "$DIR/pw/us-cochair" ] || { echo "FATAL: no demo passwords in:";
    head -15 "$DIR/demo.out"; exit 1; }
  # The demo's wg-lead and wg-member hold their roles for one working
  # group (grant.c).  Unless HTTP_SCOPED=1 (t_scope.sh, the matrix), they
  # play the roles for everything, as the role tests expect.
  if [ "${HTTP_SCOPED:-0}" != 1 ]; then
    "$ACCORD" --db "$DB" grant rm wg-lead --role wg_lead \
      --wg us-rs/wg/security-defense >/dev/null &&
    "$ACCORD" --db "$DB" grant add wg-lead --role wg_lead >/dev/null &&
    "$ACCORD" --db "$DB" grant rm wg-member --role wg_member \
      --wg us-rs/wg/energy-env >/dev/null &&
    "$ACCORD" --db "$DB" grant add wg-member --role wg_member >/dev/null || {
      echo "FATAL: cannot give the demo's working-group roles for everything"
      exit 1; }
  fi
  for _r in $ROLES rs-cochair; do token_of "$_r" >/dev/null; done
}
# Add an account with a known password: user_add LOGIN ROLE [PARTY].
user_add() {
  _pw="pw-$1-0123456789"
  if [ $# -ge 3 ]; then
    printf '%s\n' "$_pw" | "$ACCORD" --db "$DB" user add "$1" --name "$1" \
      --role "$2" --party "$3" --password-stdin >/dev/null
  else
    printf '%s\n' "$_pw" | "$ACCORD" --db "$DB" user add "$1" --name "$1" \
      --role "$2" --password-stdin >/dev/null
  fi
  printf '%s' "$_pw" >"$DIR/pw/$1"
}
# The API token of an account (made once with `accord token add`).
token_of() {
  _l=$(role_login "$1")
  [ -n "$_l" ] || { echo ""; return; }
  if [ ! -s "$DIR/tok/$_l" ]; then
    "$ACCORD" --db "$DB" token add "$_l" --label http-test 2>/dev/null \
      | tail -n 1 | tr -d ' \n' >"$DIR/tok/$_l"
  fi
  cat "$DIR/tok/$_l"
}
# _tok ROLE: sets _tk, the role's token (cached in TOK_ROLE).
_tok() {
  case "$1" in
    *[!a-z_]*) _tk=$(token_of "$1") ;;
    *) eval "_tk=\${TOK_$1:-}"
       if [ -z "$_tk" ]; then _tk=$(token_of "$1"); eval "TOK_$1=\$_tk"; fi ;;
  esac
}
# Run accord on the test database (the CLI sees everything).
acc() { "$ACCORD" --db "$DB" "$@"; }
# Digest of what users change: items, the audit log and approvals (not
# sessions, tokens, failed logins or known devices, which change with
# every login).
db_digest() {
  sqlite3 "$DB" .dump \
    | grep -v -E '^INSERT INTO "?(session|api_token|login_failure|login_device)"? ' \
    | sha256sum | cut -c1-16
}
db_count() { sqlite3 "$DB" "SELECT count(*) FROM $1"; }

# ---- approvals are signatures ---------------------------------------------
# content_hash KIND ID: the canonical hash of the item's current version.
content_hash() {
  acc hash "$1" "$2" | sed -n 's/.*content hash \([0-9a-f]\{64\}\)$/\1/p' \
    | head -n 1
}
# key_create LOGIN: a signing key for an account whose password is in pw/.
key_create() {
  acc key create "$1" --password-fd 0 <"$DIR/pw/$1" >/dev/null 2>&1
}
# cli_approve LOGIN KIND ID: LOGIN approves the item's current version on
# the command line, signing with the key its password (in pw/) opens.
cli_approve() {
  acc --as "$1" approve "$2" "$3" --hash "$(content_hash "$2" "$3")" \
    --password-fd 3 3<"$DIR/pw/$1"
}
# approve_form KIND ID: POST the approve form as $CUR_ROLE, with its
# password and the item's current content hash (as the page has them).
approve_form() {
  _rl "$CUR_ROLE"
  form "/$1/$2/approve" "content_hash=$(content_hash "$1" "$2")" \
    "password=$(cat "$DIR/pw/$_l" 2>/dev/null)"
}
# approve_api KIND ID: POST .../approve as $CUR_ROLE with password and hash.
approve_api() {
  _rl "$CUR_ROLE"
  api POST "/api/v1/${1}s/$2/approve" "{\"content_hash\":\"$(content_hash \
    "$1" "$2")\",\"password\":\"$(cat "$DIR/pw/$_l" 2>/dev/null)\"}"
}

# ---- the server ---------------------------------------------------------
srv_alive() { [ -n "$SRV_PID" ] && kill -0 "$SRV_PID" 2>/dev/null; }
srv_start() {
  : >"$DIR/srv.out"
  "$ACCORD" --db "$DB" serve --listen 127.0.0.1:0 "$@" >"$DIR/srv.out" \
    2>>"$DIR/srv.log" &
  SRV_PID=$!
  PORT=""
  _i=0
  while [ $_i -lt 200 ]; do
    PORT=$(sed -n 's#^accord: serving .* on https\{0,1\}://127\.0\.0\.1:\([0-9]\{1,5\}\)/$#\1#p' \
      "$DIR/srv.out" | head -n 1)
    [ -n "$PORT" ] && break
    srv_alive || break
    sleep 0.05; _i=$((_i + 1))
  done
  if [ -z "$PORT" ] || [ "$PORT" = 0 ]; then
    echo "FATAL: the server did not start:"; cat "$DIR/srv.out"
    tail -5 "$DIR/srv.log"; exit 1
  fi
  # --tls-cert: the server says https.
  BASE=$(sed -n 's#^accord: serving .* on \(https\{0,1\}\)://.*#\1#p' \
    "$DIR/srv.out" | head -n 1)"://127.0.0.1:$PORT"
}
# Stop with SIGTERM: it must exit 0 and log "stopped".
srv_stop() {
  [ -n "$SRV_PID" ] || return 0
  if ! srv_alive; then
    wait "$SRV_PID"; _rc=$?
    SRV_PID=""
    LAST="the server"; ST="exit $_rc"
    t_fail "the server died during the test (exit $_rc); log: $(tail -3 "$DIR/srv.log")"
    return 0
  fi
  kill -TERM "$SRV_PID"
  wait "$SRV_PID"; _rc=$?
  SRV_PID=""
  LAST="SIGTERM to the server"; ST="exit $_rc"
  if [ "$_rc" -eq 0 ]; then t_ok; else t_fail "the server exited $_rc on SIGTERM"; fi
  if tail -n 3 "$DIR/srv.log" | grep -q "stopped"; then t_ok
  else t_fail "the server did not log 'stopped'"; fi
}
# If a script dies, do not leave its server running.
trap 'if [ -n "$SRV_PID" ]; then kill -TERM "$SRV_PID" 2>/dev/null; fi' EXIT

# ---- requests -----------------------------------------------------------
# req METHOD PATH [CURL-ARGS...]: one request as $CUR_ROLE.
req() {
  _m=$1; _pth=$2; shift 2
  set -- -s -g --path-as-is --max-time 20 -X "$_m" -o "$BODY" -D "$HDR" \
    -w '%{http_code}' "$@"
  if [ "$CUR_ROLE" != public ]; then
    case "$_pth" in
      /api/*)
        _tok "$CUR_ROLE"
        set -- "$@" -H "Authorization: Bearer $_tk" ;;
      *) _rl "$CUR_ROLE"; set -- "$@" -b "$DIR/jar/$_l" ;;
    esac
  fi
  : >"$BODY"
  ST=$(curl "$@" "$BASE$_pth" 2>/dev/null)
  [ -n "$ST" ] || ST=000
  LOC=""
  while IFS= read -r _h; do
    case "$_h" in [Ll]ocation:*) LOC=${_h#*: }; LOC=${LOC%"$CR"} ;; esac
  done <"$HDR"
  LAST="$CUR_ROLE $_m $_pth"
}
# Set the caller; logs in (once) if it is an account.
as() {
  CUR_ROLE=$1
  if [ "$1" != public ]; then login "$1"; fi
}
# The value of the first hidden csrf input in the last body.
csrf_in_body() {
  sed -n 's/.*name="csrf" value="\([0-9a-fA-F]*\)".*/\1/p' "$BODY" | head -n 1
}
# login ROLE: GET /login for the double-submit cookie, POST the form; the
# session cookie goes to jar/LOGIN and its CSRF token to jar/LOGIN.csrf.
login() {
  _l=$(role_login "$1")
  [ -s "$DIR/jar/$_l.csrf" ] && return 0
  _jar="$DIR/jar/$_l"
  rm -f "$_jar"
  ST=$(curl -s -c "$_jar" -b "$_jar" -o "$BODY" -w '%{http_code}' \
    "$BASE/login")
  _c=$(csrf_in_body)
  ST=$(curl -s -c "$_jar" -b "$_jar" -o "$BODY" -D "$HDR" -w '%{http_code}' \
    --data-urlencode "login=$_l" \
    --data-urlencode "password=$(cat "$DIR/pw/$_l")" \
    --data-urlencode "csrf=$_c" "$BASE/login")
  LAST="login $_l"
  if [ "$ST" != 303 ]; then t_fail "login as $_l failed"; return 1; fi
  curl -s -L -b "$_jar" -o "$BODY" "$BASE/"
  csrf_in_body >"$_jar.csrf"
  [ -s "$_jar.csrf" ] || {
    t_fail "no CSRF token in the logout form for $_l"; return 1; }
}
csrf_of() { cat "$DIR/jar/$(role_login "$1").csrf" 2>/dev/null; }
# form PATH NAME=VALUE...: POST a form as $CUR_ROLE with its CSRF token;
# a pair csrf=X among them sends X instead, csrf=- sends no csrf field.
form() {
  _fp=$1; shift
  _c=""; [ "$CUR_ROLE" != public ] && _c=$(csrf_of "$CUR_ROLE")
  _n=$#; _i=0
  while [ $_i -lt $_n ]; do
    _kv=$1; shift; _i=$((_i + 1))
    case "$_kv" in csrf=*) _c=${_kv#csrf=}; continue ;; esac
    set -- "$@" --data-urlencode "$_kv"
  done
  if [ "$_c" = "-" ]; then
    req POST "$_fp" -H 'Content-Type: application/x-www-form-urlencoded' \
      --data-urlencode "x=1" "$@"
  else
    req POST "$_fp" --data-urlencode "csrf=$_c" "$@"
  fi
}
# api METHOD PATH [JSON]: as $CUR_ROLE with its token.
api() {
  if [ $# -ge 3 ]; then
    req "$1" "$2" -H 'Content-Type: application/json' --data-binary "$3"
  else
    req "$1" "$2"
  fi
}

# ---- the route table ----------------------------------------------------
ROUTES_TSV="$DIR/routes.tsv"
# routes.tsv: method, pattern, action, entity (- if none), login (0/1),
# params (comma-separated), one route a line.
routes_load() {
  "$ACCORD" test-routes | jq -r '.[] | [.method, .pattern, .action,
    (.entity // "-"), (if .login then "1" else "0" end),
    ((.params // []) | join(","))] | @tsv' >"$ROUTES_TSV"
}
route_exists() {
  [ -s "$ROUTES_TSV" ] || routes_load
  awk -F'\t' -v m="$1" -v p="$2" '$1==m && $2==p {f=1} END {exit !f}' \
    "$ROUTES_TSV"
}
need_route() {
  if route_exists "$1" "$2"; then return 0; fi
  t_skip "route $1 $2 is not in the route table yet"
  return 1
}

# ---- batches: many requests in one curl process ------------------------
# batch_begin; batch_add ID ROLE METHOD PATH [BODY [CONTENT-TYPE]] ...;
# batch_run: one curl sends them in order over one connection; then
# batch_st ID is the status, $BATCH/ID.b the body and $BATCH/ID.h the
# headers.  Pages go with the role's session cookie, /api/ paths with its
# token.  A BODY of "-" sends none; bodies are one line.  batch_plan
# appends lines "ID ROLE METHOD PATH BODY TYPE" (tab-separated) directly.
BATCH="$DIR/batch"
batch_begin() { rm -rf "$BATCH"; mkdir -p "$BATCH"; : >"$BATCH/plan.tsv"; }
batch_add() {
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:--}" "${6:-}" \
    >>"$BATCH/plan.tsv"
}
batch_run() {
  _tf="$BATCH/tokens"; : >"$_tf"
  for _r in $(cut -f2 "$BATCH/plan.tsv" | sort -u); do
    [ "$_r" = public ] && continue
    _tok "$_r"; _rl "$_r"; printf '%s\t%s\t%s\n' "$_r" "$_tk" "$_l" >>"$_tf"
  done
  awk -F'\t' -v base="$BASE" -v dir="$BATCH" -v jars="$DIR/jar" -v tf="$_tf" '
    function q(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
    FILENAME == tf { tok[$1] = $2; login[$1] = $3; next }
    {
      if (n++) print "next"
      print "url = " q(base $4)
      print "request = \"" $3 "\""
      print "output = " q(dir "/" $1 ".b")
      print "dump-header = " q(dir "/" $1 ".h")
      print "write-out = \"%{http_code} " $1 "\\n\""
      print "globoff"; print "path-as-is"; print "silent"; print "max-time = 20"
      if ($2 != "public") {
        if ($4 ~ /^\/api\//) print "header = " q("Authorization: Bearer " tok[$2])
        else print "cookie = " q(jars "/" login[$2])
      }
      if ($5 != "-") {
        if ($6 != "") print "header = " q("Content-Type: " $6)
        print "data-binary = " q($5)
      }
    }' "$_tf" "$BATCH/plan.tsv" >"$BATCH/cfg"
  curl -K "$BATCH/cfg" >"$BATCH/out" 2>/dev/null
  # One file of statuses: "ID STATUS".
  awk '{print $2, $1}' "$BATCH/out" >"$BATCH/status"
}
batch_st() {
  _s=$(awk -v id="$1" '$1==id {print $2; exit}' "$BATCH/status")
  echo "${_s:-000}"
}
# The Location header of a batch reply.
batch_loc() {
  sed -n 's/^[Ll]ocation: *\([^[:space:]]*\).*/\1/p' "$BATCH/$1.h" 2>/dev/null | head -n 1
}

# ---- page walkers -------------------------------------------------------
# walk_check WHAT OUTPUT TSV MIN_PAGES FINDING: the verdict of a walker of
# pages (tests/http/*_walk.py) that printed OUTPUT ("pages N findings M")
# and wrote its findings to TSV: it walked at least MIN_PAGES pages, and
# found nothing (else "WHAT: FINDING (M)" and the first findings).
walk_check() {
  _pages=$(echo "$2" | sed -n 's/^pages \([0-9]*\) .*/\1/p')
  _found=$(echo "$2" | sed -n 's/.* findings \([0-9]*\)$/\1/p')
  LAST="walk $1"; ST=$_pages
  check "$1: at least $4 pages walked (got ${_pages:-none})" \
    test "${_pages:-0}" -ge "$4"
  if [ "${_found:-1}" = 0 ]; then
    t_ok
  else
    t_fail "$1: $5 ($_found)"
    head -n 40 "$3" | cut -c1-220 | sed 's/^/    /'
  fi
}
