#!/bin/sh
# t_restore.sh: the demo through `accord export all` -> `accord load` into
# a fresh database -> `accord verify` passes, and a server on the copy
# serves the same pages and API answers as one on the original; the
# accounts' passwords (carried as their hashes) log in, and the API
# tokens (carried as their hashes) work.
. "$(dirname "$0")/lib.sh"

http_setup
# Pages the public reads and pages and answers of logged-in readers.
PUB_PAGES="/ /dialogues /dialogue/1 /dialogue/1/risks /goal/1 /area/1 /wg/1
/meeting/1 /document/1 /search?q=trade /api/v1/dialogues /api/v1/goals
/api/v1/indicators /calendar.ics /observations.sdmx.csv"
TOK_PAGES="/api/v1/goals /api/v1/risks /api/v1/me /api/v1/dialogues/1"

# fetch DIR: every page into DIR (public, then with the co-chair's token).
fetch() {
  mkdir -p "$1"
  _n=0
  for _p in $PUB_PAGES; do
    _n=$((_n + 1))
    curl -s -g -o "$1/p$_n" "$BASE$_p"
  done
  _n=0
  for _p in $TOK_PAGES; do
    _n=$((_n + 1))
    curl -s -g -o "$1/t$_n" -H "Authorization: Bearer $(token_of cochair)" \
      "$BASE$_p"
  done
}

srv_start
fetch "$DIR/a"
srv_stop
acc export all -o "$DIR/all.json" >/dev/null
check "export all exits 0" test -s "$DIR/all.json"

# The copy: a fresh database and the restored installation.
ORIG=$DB
DB="$DIR/copy.db"
acc init >/dev/null
LAST="accord load all.json"
out=$(acc load "$DIR/all.json" 2>&1)
case "$out" in "restored the installation of"*) t_ok ;;
  *) t_fail "load: $out" ;; esac
LAST="accord verify (copy)"
out=$(acc verify 2>&1); rc=$?
expect_same "$rc" "0" "verify of the copy: $out"

srv_start
case "$(sed -n 's/^accord: serving \([^ ]*\) .*/\1/p' "$DIR/srv.out")" in
  *copy.db) t_ok ;; *) t_fail "the server does not serve the copy" ;; esac
fetch "$DIR/b"
_n=0
for _p in $PUB_PAGES; do
  _n=$((_n + 1))
  LAST="GET $_p"
  check "the copy serves $_p as the original" cmp -s "$DIR/a/p$_n" "$DIR/b/p$_n"
  check "$_p is not empty" test -s "$DIR/b/p$_n"
done
_n=0
for _p in $TOK_PAGES; do
  _n=$((_n + 1))
  LAST="GET $_p (token)"
  check "the copy answers $_p with the token as the original" \
    cmp -s "$DIR/a/t$_n" "$DIR/b/t$_n"
done
check "the carried token names the co-chair" \
  test "$(jq -r .login "$DIR/b/t3")" = us-cochair
# The demo's passwords log in to the copy (their hashes were carried).
as us-secretariat
req GET /account; expect_status 200
expect_body "us-secretariat"
CUR_ROLE=public
# The copy takes writes after the restored chain, and stays verified.
as wg_lead
api POST /api/v1/risks '{"dialogue_id":"us-rs","code":"zrs-risk","description":"After the restore","likelihood":"low"}'
expect_status 201
srv_stop
LAST="accord verify (copy, after a write)"
out=$(acc verify 2>&1); rc=$?
expect_same "$rc" "0" "verify of the copy after a write: $out"
DB=$ORIG
done_testing
