#!/bin/sh
# run.sh: the end-to-end test in a real browser (Debian's Chromium at
# /usr/bin/chromium, driven by playwright-core from npm).  Makes a fresh
# demo database with a goal that one observation decides and a joint
# statement, starts `accord serve` on a free port, runs e2e.mjs, stops the
# server with SIGTERM, and prints "e2e/browser: N passed, N failed"
# (with the counts of narrow.mjs, the same pages on a 390 px screen).
# Screenshots go to build/screenshots/.  Without chromium or node it
# prints a loud SKIP and counts it as a failure: CI must install them
# (tools/install-deps).
set -u
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
BUILD=${BUILD:-build}
ACCORD=${ACCORD:-$TOP/$BUILD/accord}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
E2E=$(cd "$(dirname "$0")" && pwd)
SHOTS="$TOP/$BUILD/screenshots"
WORK=${WORK:-}
if [ -z "$WORK" ]; then WORK=$(mktemp -d "${TMPDIR:-/tmp}/accord-e2e.XXXXXX"); fi
W="$WORK/e2e"; rm -rf "$W"; mkdir -p "$W" "$SHOTS"
unset ACCORD_DB || true
export ACCORD_USER=e2e

skip() {
  echo "SKIP!!! e2e/browser: $*"
  echo "e2e/browser: 0 passed, 1 failed"
  exit 1
}
[ -x "$CHROMIUM" ] || skip "no Chromium at $CHROMIUM (apt-get install chromium; tools/install-deps does)"
command -v node >/dev/null 2>&1 || skip "no node (tools/install-deps installs nodejs and npm)"
. "$E2E/deps.sh"
[ "$E2E_DEPS" = ok ] || skip "$E2E_DEPS"

DB="$W/accord.db"
A() { "$ACCORD" --db "$DB" "$@"; }
A demo >"$W/demo.out" 2>&1 || { cat "$W/demo.out"; echo "e2e/browser: 0 passed, 1 failed"; exit 1; }
pw() { sed -n "s/^  $1 \{1,\}\([a-z0-9]\{14\}\) .*/\1/p" "$W/demo.out"; }
# A goal one observation decides: at least 2 joint exercises a year,
# public, so that both co-chairs' approval publishes it.
YEAR=$(date -u +%Y)
A indicator add --dialogue_id us-rs --code us-rs/ind/e2e-visits --name "Joint expert visits" \
  --unit visits --frequency year --classification public >/dev/null
A goal add --dialogue_id us-rs --area_id us-rs/area/econ --wg_id us-rs/wg/econ \
  --code us-rs/goal/e2e-visits --title "Holding at least 2 joint expert visits per year" \
  --kind count_period --indicator_id us-rs/ind/e2e-visits --target 2 --period year \
  --start_on "$YEAR-01-01" --classification public \
  --means "Exchange of experts between the ministries" >/dev/null
A document add --dialogue_id us-rs --code us-rs/doc/e2e-statement --kind joint_statement \
  --title "Joint statement on expert exchanges" --issued_on "$YEAR-01-15" \
  --classification public --body "The parties **agree** to exchange experts.

- at least two visits a year
- a report to both governments" >/dev/null
# The working-group member is a person with a seat in a group, which had
# a call 12 days ago (the home page shows both).
A person add --code person/e2e-member --name "Ana E2E" --party_id us-rs/rs >/dev/null
A member add --wg_id us-rs/wg/people --person_id person/e2e-member --role member >/dev/null
A contact add --wg_id us-rs/wg/people --held_on "$(date -u -d '12 days ago' +%F)" \
  --kind call --summary "Call on student exchanges" --classification internal >/dev/null
A user set wg-member --person person/e2e-member >/dev/null
# A restricted risk and a restricted note on the lead's restricted goal:
# the home pages of readers not cleared for them never show them.
A risk add --dialogue_id us-rs --code us-rs/risk/e2e-secret \
  --description "Quokka restricted risk" --state open \
  --classification restricted >/dev/null
A goal set us-rs/goal/joint-exercises --note "Wombat restricted note" >/dev/null
# Every demo account's password, for the walk of the home pages.
DEMO_PW=$(sed -n 's/^  \([a-z-]*\) \{1,\}\([a-z0-9]\{14\}\) .*/"\1":"\2"/p' "$W/demo.out" | paste -sd, -)
DEMO_PW="{$DEMO_PW}"
GOAL=$(A goal show us-rs/goal/e2e-visits --json | sed -n 's/^ *"id": *\([0-9]*\),.*/\1/p' | head -n 1)
DOC=$(A document show us-rs/doc/e2e-statement --json | sed -n 's/^ *"id": *\([0-9]*\),.*/\1/p' | head -n 1)
IND=$(A indicator show us-rs/ind/e2e-visits --json | sed -n 's/^ *"id": *\([0-9]*\),.*/\1/p' | head -n 1)
# The public reads observations a data release published: a release of
# the year, which the co-chairs approve after the observation is recorded.
A release add --dialogue_id us-rs --code us-rs/release/e2e-visits \
  --indicator_id us-rs/ind/e2e-visits --title "Expert visits up to $YEAR" \
  --up_to "$YEAR" --classification public >/dev/null
REL=$(A release show us-rs/release/e2e-visits --json | sed -n 's/^ *"id": *\([0-9]*\),.*/\1/p' | head -n 1)

"$ACCORD" --db "$DB" serve --listen 127.0.0.1:0 >"$W/srv.out" 2>"$W/srv.log" &
SRV=$!
trap 'kill -TERM $SRV 2>/dev/null' EXIT
i=0; PORT=""
while [ $i -lt 100 ] && [ -z "$PORT" ]; do
  PORT=$(sed -n 's#^accord: serving .* on http://127\.0\.0\.1:\([0-9]*\)/$#\1#p' "$W/srv.out")
  sleep 0.05; i=$((i + 1))
done
[ -n "$PORT" ] || { cat "$W/srv.out" "$W/srv.log"; echo "e2e/browser: 0 passed, 1 failed"; exit 1; }

BASE="http://127.0.0.1:$PORT" GOAL=$GOAL DOC=$DOC IND=$IND REL=$REL YEAR=$YEAR \
  US_PW=$(pw us-cochair) RS_PW=$(pw rs-cochair) DEMO_PW=$DEMO_PW \
  CHROMIUM=$CHROMIUM \
  SHOTS=$SHOTS \
  node "$E2E/e2e.mjs" >"$W/e2e.out" 2>&1
rc=$?
# The same pages on a 390 px screen (narrow.mjs): its counts join ours.
BASE="http://127.0.0.1:$PORT" GOAL=$GOAL US_PW=$(pw us-cochair) \
  CHROMIUM=$CHROMIUM SHOTS=$SHOTS node "$E2E/narrow.mjs" >"$W/narrow.out" 2>&1
nline=$(grep '^e2e/narrow: [0-9]* passed, [0-9]* failed$' "$W/narrow.out")
kill -TERM $SRV; wait $SRV; src=$?
trap - EXIT
cat "$W/e2e.out" | grep -v '^e2e/browser: '
line=$(grep '^e2e/browser: [0-9]* passed, [0-9]* failed$' "$W/e2e.out")
if [ -z "$line" ]; then
  echo "e2e.mjs did not finish (exit $rc); server log tail:"; tail -5 "$W/srv.log"
  echo "e2e/browser: 0 passed, 1 failed"; exit 1
fi
set -- $line
p=$2; f=$4
grep -v '^e2e/narrow: ' "$W/narrow.out"
if [ -n "$nline" ]; then
  set -- $nline
  p=$((p + $2)); f=$((f + $4))
else
  echo "narrow.mjs did not finish"; f=$((f + 1))
fi
if [ $src -ne 0 ] || ! tail -n 1 "$W/srv.log" | grep -q stopped; then
  echo "FAIL: the server did not stop cleanly on SIGTERM (exit $src)"; f=$((f + 1))
else p=$((p + 1)); fi
if grep -q '"status":5' "$W/srv.log"; then
  echo "FAIL: the server answered 5xx during the browser test:"; grep '"status":5' "$W/srv.log" | head -3
  f=$((f + 1))
else p=$((p + 1)); fi
echo "screenshots: $SHOTS"
echo "e2e/browser: $p passed, $f failed"
[ "$f" -eq 0 ]
