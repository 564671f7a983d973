#!/bin/sh
# t_two_servers.sh (PostgreSQL only, run by tests/pg/run): two `accord
# serve` processes, A and B, on one PostgreSQL database.  Each keeps its
# caches of pages, sessions and tokens keyed by the data version, which
# it keeps in memory, stepped by the database's notifications of new
# audit entries (src/store/pgwatch.c, schema/pg/030_pgnotify.sql), so:
#   - each server keeps one listening connection ("accord listen");
#   - a session made by logging in on A works on B;
#   - a write through A (the API and a web form) is seen through B at
#     once, on a public page (published by approvals signed on A and on
#     B) and on a logged-in one, both cached on B before the write; a
#     write through B is seen through A;
#   - a write on the command line is seen through both at once;
#   - a session ended by logging out on A is refused by B;
#   - failed logins count across both servers (login_failure rows);
#   - a server with warm caches does not ask the database for the data
#     version: with the trigger off, a change is not seen (until the next
#     notified one);
#   - `accord verify` knows the notifying trigger (verify.c);
#   - with its listening connection killed, a server still serves no
#     stale page (it asks the database until it listens again, which it
#     does within seconds, and says so in its log).
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
T_NAME=pg_two_servers
. "$TOP/tests/http/lib.sh"
if [ -z "${ACCORD_PG_TEST:-}" ]; then
  echo "pg_two_servers: skipped (needs ACCORD_PG_TEST: tests/pg/run)"
  echo "http/$T_NAME: 0 passed, 0 failed"; exit 0
fi

http_setup
srv_start --workers 2
A=$BASE; PID_A=$SRV_PID
srv_start --workers 3
B=$BASE; PID_B=$SRV_PID
SRV_PID=""

# get URL [CURL-ARGS...]: GET, status in ST, reply in $BODY.
get() {
  _u=$1; shift
  LAST="GET $_u"
  ST=$(curl -s -g -o "$BODY" -D "$HDR" -w '%{http_code}' "$@" "$_u")
}
# listeners: the listening connections of the servers on this database.
listeners() {
  sqlite3 "$DB" "SELECT count(*) FROM pg_stat_activity WHERE
    application_name='accord listen' AND datname=current_database()"
}
# on SERVER CMD...: run a lib.sh request helper against SERVER.
on() { BASE=$1; shift; "$@"; }

check "each server keeps one listening connection" test "$(listeners)" = 2

G=$(sqlite3 "$DB" "SELECT id FROM goal WHERE classification='public' AND id IN
  (SELECT item_id FROM publication WHERE entity='goal') ORDER BY id LIMIT 1")
check "the demo has a published public goal" test -n "$G"
OLD=$(sqlite3 "$DB" "SELECT title FROM pub_goal WHERE id=$G")

# ---- a session made on A works on B ----------------------------------------
BASE=$A
as observer
OJAR="$DIR/jar/observer"
get "$B/account" -b "$OJAR"; expect_status 200
expect_body "observer"

# ---- a write through A (API), published by approvals on A and B -------------
# Both servers have the public and the observer's page cached.
for S in "$A" "$B" "$A" "$B"; do
  get "$S/goal/$G"; expect_status 200
  get "$S/goal/$G" -b "$OJAR"; expect_status 200
done
expect_body "$OLD"
as secretariat
on "$A" api PATCH "/api/v1/goals/$G" '{"title":"Ztwo title via A"}'
expect_status 200
for S in "$B" "$A"; do
  get "$S/goal/$G" -b "$OJAR"; expect_status 200
  expect_body "Ztwo title via A"
  get "$S/goal/$G"; expect_status 200
  expect_no_body "Ztwo title via A"         # not approved yet
done
as cochair
on "$A" approve_form goal "$G"; expect_status 303
as rs-cochair
on "$B" approve_form goal "$G"; expect_status 303
check "the goal is published" test "$(sqlite3 "$DB" "SELECT title FROM pub_goal WHERE id=$G")" = "Ztwo title via A"
for S in "$B" "$A"; do
  get "$S/goal/$G"; expect_status 200
  expect_body "Ztwo title via A"
done

# ---- a web form through B, seen through A -----------------------------------
for S in "$A" "$B"; do get "$S/dialogue/1/risks" -b "$OJAR"; expect_status 200; done
as wg_lead
on "$B" form "/new/risk" dialogue_id=us-rs code=ztwo-risk \
  "description=Ztwo risk via B" likelihood=high
expect_status 303
get "$A/dialogue/1/risks" -b "$OJAR"; expect_status 200
expect_body "Ztwo risk via B"

# ---- a write on the command line, seen through both -------------------------
acc goal set "$G" --title "Ztwo title via the CLI" >/dev/null
for S in "$A" "$B"; do
  get "$S/goal/$G" -b "$OJAR"; expect_status 200
  expect_body "Ztwo title via the CLI"
  get "$S/api/v1/goals/$G" -H "Authorization: Bearer $(token_of observer)"
  expect_same "$(jq -r .title "$BODY")" "Ztwo title via the CLI" "the API of $S after the CLI"
done
cli_approve us-cochair goal "$G" >/dev/null 2>&1
cli_approve rs-cochair goal "$G" >/dev/null 2>&1
for S in "$A" "$B"; do
  get "$S/goal/$G"; expect_status 200
  expect_body "Ztwo title via the CLI"
done

# ---- logged out on A: refused on B ------------------------------------------
as observer
get "$B/account" -b "$OJAR"; expect_status 200   # cached on B
on "$A" form /logout; expect_status 303
for S in "$B" "$A"; do
  get "$S/account" -b "$OJAR"; expect_status 303
done

# ---- failed logins count across both servers --------------------------------
user_add zthrottle observer
# try SERVER PASSWORD: a login form posted to SERVER, status in ST.
try() {
  _tj="$DIR/jar/try"; rm -f "$_tj"
  curl -s -c "$_tj" -b "$_tj" -o "$BODY" "$1/login"
  _c=$(csrf_in_body)
  LAST="login zthrottle on $1"
  ST=$(curl -s -c "$_tj" -b "$_tj" -o "$BODY" -D "$HDR" -w '%{http_code}' \
    --data-urlencode "login=zthrottle" --data-urlencode "password=$2" \
    --data-urlencode "csrf=$_c" "$1/login")
}
PW=$(cat "$DIR/pw/zthrottle")
try "$A" "$PW"; expect_status 303       # the password is right
for S in "$A" "$B" "$A" "$B" "$A"; do
  try "$S" wrong-password; expect_status 401
done
for S in "$B" "$A"; do
  try "$S" "$PW"; expect_status 429     # five failures, on two servers
  expect_header Retry-After ""
done

# ---- no round trip: the data version is the notifications' ------------------
# With the trigger off, a change on the command line is not seen by a
# server whose caches are warm: it did not ask the database.  (The trigger
# is back on before anything else.)
OTOK=$(acc token add observer --label ztwo | tail -n 1 | tr -d ' ')
for S in "$A" "$A"; do
  get "$S/api/v1/goals/$G" -H "Authorization: Bearer $OTOK"; expect_status 200
done
sqlite3 "$DB" "ALTER TABLE audit_log DISABLE TRIGGER audit_notify"
acc goal set "$G" --title "Ztwo title unheard" >/dev/null
get "$A/api/v1/goals/$G" -H "Authorization: Bearer $OTOK"
sqlite3 "$DB" "ALTER TABLE audit_log ENABLE TRIGGER audit_notify"
expect_same "$(jq -r .title "$BODY")" "Ztwo title via the CLI" "a change nobody notified is not asked for"
acc goal set "$G" --title "Ztwo title heard" >/dev/null
get "$A/api/v1/goals/$G" -H "Authorization: Bearer $OTOK"
expect_same "$(jq -r .title "$BODY")" "Ztwo title heard" "the next notified change is seen"

# ---- the listening connections killed: nothing stale, then back -------------
for S in "$A" "$B"; do get "$S/goal/$G"; get "$S/goal/$G"; done
sqlite3 "$DB" "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE
  application_name='accord listen' AND datname=current_database()" >/dev/null
acc goal set "$G" --title "Ztwo title while deaf" >/dev/null
cli_approve us-cochair goal "$G" >/dev/null 2>&1
cli_approve rs-cochair goal "$G" >/dev/null 2>&1
for S in "$A" "$B"; do
  get "$S/goal/$G"; expect_status 200
  expect_body "Ztwo title while deaf"
done
_i=0
while [ "$(listeners)" != 2 ] && [ $_i -lt 50 ]; do sleep 0.1; _i=$((_i + 1)); done
check "both servers listen again" test "$(listeners)" = 2
check "the servers say that they lost the connection" \
  test "$(grep -c 'connection that listens for changes of the database is lost' "$DIR/srv.log")" = 2
check "... and that they listen again" \
  test "$(grep -c 'listening for changes again' "$DIR/srv.log")" = 2
acc goal set "$G" --title "Ztwo title heard again" >/dev/null
cli_approve us-cochair goal "$G" >/dev/null 2>&1
cli_approve rs-cochair goal "$G" >/dev/null 2>&1
for S in "$A" "$B"; do
  get "$S/goal/$G"; expect_status 200
  expect_body "Ztwo title heard again"
done

# The notifying trigger is part of the schema `accord verify` checks.
check "accord verify finds the audit log and the triggers intact" acc verify

SRV_PID=$PID_A; srv_stop
SRV_PID=$PID_B; srv_stop
check "no listening connection is left" test "$(listeners)" = 0
done_testing
