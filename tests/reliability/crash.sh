#!/bin/sh
# crash.sh: crash injection (docs/reliability.md).  Kills accord with
# SIGKILL at random moments, N times for each of:
#   import     `accord import observations` of a generated CSV of 20,000
#              rows: the observation count must be before or before+rows
#   api        the server under a stream of API creates and updates from
#              two clients (writer.py) that log which writes got a 2xx
#              (killed 0-1000 ms after both had one acknowledged): every
#              acknowledged write must be there with its values
#   report     `accord report issue`: a report version is there whole (its
#              hash checks with `report get`) or not at all
#   migrate    the first open of a database at schema version 5 with
#              30,000 observations, which applies 006 and later: the
#              schema is 5, 6 or the newest, each migration whole, no row
#              lost, and the next open finishes the work
# After each kill: PRAGMA integrity_check (sqlite3) and `accord verify`.
# Prints the figures per kind and "reliability/crash: N passed, N failed".
#
#   N=100 sh tests/reliability/crash.sh        (make crash; N=5 in make test)
#   CRASH_KINDS="import api" limits the kinds.
# Runs in the current directory (tests/run gives it an empty one).
set -u
N=${N:-100}
KINDS=${CRASH_KINDS:-import api report migrate}
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
ACCORD=${ACCORD:-$TOP/build/accord}
export ACCORD_USER=crash
unset ACCORD_DB || true
DIR=$(pwd)
PASS=0; FAIL=0
SEED=${CRASH_SEED:-$$}
RND=0

ok() { PASS=$((PASS + 1)); }
bad() { FAIL=$((FAIL + 1)); echo "FAIL: $*"; }
# rnd MAX: sets RND to a random number from 0 to MAX-1.
rnd() {
  SEED=$(( (SEED * 1103515245 + 12345) % 2147483648 ))
  RND=$(( (SEED / 65536) % $1 ))
}
# ms: milliseconds since the epoch.
ms() { date +%s%3N; }
# sleep_ms N
sleep_ms() { sleep "$(awk -v m="$1" 'BEGIN{printf "%.3f", m/1000}')"; }
# after_kill DB: the checks every kill is followed by.
after_kill() {
  _ic=$(sqlite3 "$1" "PRAGMA integrity_check" 2>&1)
  if [ "$_ic" = "ok" ]; then ok; else bad "integrity_check of $1: $_ic"; fi
  if "$ACCORD" --db "$1" verify >"$DIR/verify.out" 2>&1; then ok
  else bad "accord verify on $1: $(tail -n 2 "$DIR/verify.out")"; fi
}
copy_db() { rm -f "$2" "$2-wal" "$2-shm"; cp "$1" "$2"; }
# kill_at PID MS: kill -9 PID after MS milliseconds; sets KILLED=1 if it
# was still running then.
kill_at() {
  sleep_ms "$2"
  if kill -9 "$1" 2>/dev/null; then KILLED=1; else KILLED=0; fi
  wait "$1" 2>/dev/null
}
report_line() {   # NAME KILLS MIN MAX EARLY LATE LOST PARTIAL
  printf 'crash/%-8s %4d kills at %5d..%-5d ms (%d in flight, %d after it ended): %d lost, %d partial\n' \
    "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8"
}

"$ACCORD" --db "$DIR/demo.db" demo >/dev/null 2>&1 || { echo "FATAL: demo"; exit 1; }

# ---- import ---------------------------------------------------------------
crash_import() {
  python3 - >"$DIR/big.csv" <<'PY'
print('indicator,period,value,source_title')
for s in range(4):
    for y in range(2100, 2517):
        for m in range(1, 13):
            print('us-rs/ind/trade-total,%d-%02d,%d.5,Crash source %d' % (y, m, y + m, s))
PY
  rows=$(($(wc -l <"$DIR/big.csv") - 1))
  copy_db "$DIR/demo.db" "$DIR/imp.db"
  n0=$(sqlite3 "$DIR/imp.db" "SELECT count(*) FROM observation")
  a0=$(sqlite3 "$DIR/imp.db" "SELECT count(*) FROM audit_log WHERE action='import'")
  t0=$(ms); "$ACCORD" --db "$DIR/imp.db" import observations "$DIR/big.csv" >/dev/null
  dur=$(( $(ms) - t0 + 20 ))
  lo=999999; hi=0; early=0; late=0; lost=0; part=0; i=0
  while [ $i -lt "$N" ]; do
    i=$((i + 1))
    copy_db "$DIR/demo.db" "$DIR/imp.db"
    rnd "$dur"; at=$RND
    "$ACCORD" --db "$DIR/imp.db" import observations "$DIR/big.csv" \
      >/dev/null 2>&1 &
    kill_at $! "$at"
    [ "$at" -lt "$lo" ] && lo=$at; [ "$at" -gt "$hi" ] && hi=$at
    if [ "$KILLED" = 1 ]; then early=$((early + 1)); else late=$((late + 1)); fi
    after_kill "$DIR/imp.db"
    n=$(sqlite3 "$DIR/imp.db" "SELECT count(*) FROM observation")
    if [ "$n" = "$n0" ] || [ "$n" = $((n0 + rows)) ]; then ok
    else part=$((part + 1)); bad "import killed at $at ms left $n observations (before $n0, rows $rows)"; fi
    # An import that committed is in the audit log; one that did not, not.
    a=$(sqlite3 "$DIR/imp.db" "SELECT count(*) FROM audit_log WHERE action='import'")
    if { [ "$n" = "$n0" ] && [ "$a" = "$a0" ]; } || { [ "$n" != "$n0" ] && [ "$a" = $((a0 + 1)) ]; }; then ok
    else part=$((part + 1)); bad "import killed at $at ms: $n observations but $a import entries in the audit log"; fi
  done
  report_line import "$N" "$lo" "$hi" "$early" "$late" "$lost" "$part"
  echo "  ($rows rows; an import without a kill takes $((dur - 20)) ms)"
}

# ---- api ----------------------------------------------------------------
crash_api() {
  copy_db "$DIR/demo.db" "$DIR/api.db"
  tok=$("$ACCORD" --db "$DIR/api.db" token add admin --label crash 2>/dev/null | tail -n 1 | tr -d ' \n')
  [ -n "$tok" ] || { bad "no API token"; return; }
  lo=999999; hi=0; early=0; late=0; lost=0; part=0; i=0; acked=0
  rm -f "$DIR"/w-*.log
  while [ $i -lt "$N" ]; do
    i=$((i + 1))
    : >"$DIR/srv.out"
    "$ACCORD" --db "$DIR/api.db" serve --listen 127.0.0.1:0 >"$DIR/srv.out" 2>/dev/null &
    spid=$!
    port=""; k=0
    while [ -z "$port" ] && [ $k -lt 200 ]; do
      port=$(sed -n 's#^accord: serving .* on http://127\.0\.0\.1:\([0-9]*\)/$#\1#p' "$DIR/srv.out")
      [ -n "$port" ] || sleep 0.02; k=$((k + 1))
    done
    if [ -z "$port" ]; then bad "the server did not start (round $i)"; kill -9 $spid 2>/dev/null; continue; fi
    python3 "$TOP/tests/reliability/writer.py" write "http://127.0.0.1:$port" "$tok" "c$i-a" "$DIR/w-$i-a.log" &
    w1=$!
    python3 "$TOP/tests/reliability/writer.py" write "http://127.0.0.1:$port" "$tok" "c$i-b" "$DIR/w-$i-b.log" &
    w2=$!
    # Start the clock once both clients have had a write acknowledged.
    k=0
    while [ $k -lt 600 ]; do
      grep -q '^ack' "$DIR/w-$i-a.log" 2>/dev/null \
        && grep -q '^ack' "$DIR/w-$i-b.log" 2>/dev/null && break
      sleep 0.05; k=$((k + 1))
    done
    rnd 1000; at=$RND
    kill_at $spid "$at"
    [ "$at" -lt "$lo" ] && lo=$at; [ "$at" -gt "$hi" ] && hi=$at
    if [ "$KILLED" = 1 ]; then early=$((early + 1)); else late=$((late + 1)); fi
    wait $w1 $w2 2>/dev/null
    after_kill "$DIR/api.db"
    out=$(python3 "$TOP/tests/reliability/writer.py" check "$DIR/api.db" "$DIR"/w-$i-*.log)
    a=$(echo "$out" | sed -n 's/^acked \([0-9]*\) lost \([0-9]*\)$/\1/p')
    l=$(echo "$out" | sed -n 's/^acked \([0-9]*\) lost \([0-9]*\)$/\2/p')
    acked=$((acked + ${a:-0})); lost=$((lost + ${l:-0}))
    if [ "${l:-1}" = 0 ]; then ok; else bad "api round $i (killed at $at ms): $out"; fi
    [ "${a:-0}" -gt 0 ] && ok || bad "api round $i: no write was acknowledged"
  done
  report_line api "$N" "$lo" "$hi" "$early" "$late" "$lost" "$part"
  echo "  ($acked acknowledged writes checked, $(sqlite3 "$DIR/api.db" "SELECT count(*) FROM risk WHERE code LIKE 'c%'") risks made in all)"
}

# ---- report issue -------------------------------------------------------
crash_report() {
  copy_db "$DIR/demo.db" "$DIR/rep.db"
  t0=$(ms); "$ACCORD" --db "$DIR/rep.db" report issue annual --year 2025 >/dev/null 2>&1
  dur=$(( $(ms) - t0 + 20 ))
  lo=999999; hi=0; early=0; late=0; lost=0; part=0; i=0
  while [ $i -lt "$N" ]; do
    i=$((i + 1))
    v0=$(sqlite3 "$DIR/rep.db" "SELECT count(*) FROM report_version")
    rnd "$dur"; at=$RND
    "$ACCORD" --db "$DIR/rep.db" report issue annual --year 2025 >/dev/null 2>&1 &
    kill_at $! "$at"
    [ "$at" -lt "$lo" ] && lo=$at; [ "$at" -gt "$hi" ] && hi=$at
    if [ "$KILLED" = 1 ]; then early=$((early + 1)); else late=$((late + 1)); fi
    after_kill "$DIR/rep.db"
    v=$(sqlite3 "$DIR/rep.db" "SELECT count(*) FROM report_version")
    r=$(sqlite3 "$DIR/rep.db" "SELECT count(*) FROM report_issue WHERE id NOT IN (SELECT report_id FROM report_version)")
    if { [ "$v" = "$v0" ] || [ "$v" = $((v0 + 1)) ]; } && [ "$r" = 0 ]; then ok
    else part=$((part + 1)); bad "report issue killed at $at ms: versions $v0 -> $v, $r reports without a version"; fi
    last=$(sqlite3 "$DIR/rep.db" "SELECT max(report_id) FROM report_version")
    if [ -z "$last" ] || "$ACCORD" --db "$DIR/rep.db" report get "$last" -o "$DIR/rep.out" >/dev/null 2>&1; then ok
    else part=$((part + 1)); bad "report issue killed at $at ms: report get $last fails"; fi
  done
  report_line report "$N" "$lo" "$hi" "$early" "$late" "$lost" "$part"
  echo "  (an issue without a kill takes $((dur - 20)) ms; $(sqlite3 "$DIR/rep.db" "SELECT count(*) FROM report_version") versions at the end)"
}

# ---- migrations ---------------------------------------------------------
crash_migrate() {
  # A database of schema version 5, made from the migrations 001-005 as
  # they stand, with 30,000 observations: the first open applies 006
  # (every item table rebuilt) and the later ones.  Each migration is one
  # transaction, so after a kill the schema is 5, 6, ... or the newest,
  # each whole, and no row is lost.
  rm -f "$DIR/v5.db"
  { for m in "$TOP"/schema/sqlite/00[1-5]_*.sql; do cat "$m"; echo; done
    cat <<'SQL'
PRAGMA application_id=1094927172;
PRAGMA user_version=5;
INSERT INTO dialogue(id, code, title, state, classification)
  VALUES(1, 'm', 'Migrated', 'proposed', 'public');
INSERT INTO indicator(id, dialogue_id, code, name, unit, frequency,
                      aggregation, classification)
  VALUES(1, 1, 'm/ind', 'Migrated', 'n', 'month', 'sum', 'public');
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i<29999)
INSERT INTO observation(indicator_id, period, value, entered_by, entered_at)
  SELECT 1, printf('%04d-%02d', 1000 + i/12, i%12 + 1), i, 'crash',
         '2026-01-01T00:00:00Z' FROM n;
SQL
  } | sqlite3 "$DIR/v5.db" || { bad "cannot make a version 5 database"; return; }
  vnew=$(sqlite3 "$DIR/demo.db" "PRAGMA user_version")
  copy_db "$DIR/v5.db" "$DIR/mig.db"
  t0=$(ms); "$ACCORD" --db "$DIR/mig.db" log --limit 1 >/dev/null 2>&1
  dur=$(( $(ms) - t0 + 5 ))
  [ "$(sqlite3 "$DIR/mig.db" "PRAGMA user_version")" = "$vnew" ] && ok || bad "the open did not migrate to $vnew"
  lo=999999; hi=0; early=0; late=0; lost=0; part=0; i=0
  while [ $i -lt "$N" ]; do
    i=$((i + 1))
    copy_db "$DIR/v5.db" "$DIR/mig.db"
    rnd "$dur"; at=$RND
    "$ACCORD" --db "$DIR/mig.db" log --limit 1 >/dev/null 2>&1 &
    kill_at $! "$at"
    [ "$at" -lt "$lo" ] && lo=$at; [ "$at" -gt "$hi" ] && hi=$at
    if [ "$KILLED" = 1 ]; then early=$((early + 1)); else late=$((late + 1)); fi
    ic=$(sqlite3 "$DIR/mig.db" "PRAGMA integrity_check" 2>&1)
    [ "$ic" = ok ] && ok || bad "integrity_check after a migration killed at $at ms: $ic"
    # Each migration whole or not at all: 006 makes sqlite_sequence, 007
    # login_device.
    uv=$(sqlite3 "$DIR/mig.db" "PRAGMA user_version")
    st=$(sqlite3 "$DIR/mig.db" "SELECT count(*) FROM sqlite_master WHERE name='sqlite_sequence'")$(sqlite3 "$DIR/mig.db" "SELECT count(*) FROM sqlite_master WHERE name='login_device'")
    # (after 007, every later migration whole or not: any version from 7
    # to the newest, with both tables)
    case "$uv:$st" in 5:00|6:10) ok ;;
      *:11) if [ "$uv" -ge 7 ] && [ "$uv" -le "$vnew" ]; then ok; else
              part=$((part + 1)); bad "migration killed at $at ms: user_version $uv with tables $st"; fi ;;
      *) part=$((part + 1)); bad "migration killed at $at ms: user_version $uv with tables $st" ;; esac
    n=$(sqlite3 "$DIR/mig.db" "SELECT count(*) FROM observation")
    [ "$n" = 30000 ] && ok || { lost=$((lost + 1)); bad "migration killed at $at ms: $n observations of 30000"; }
    # The next open finishes the migration; verify and count the items.
    "$ACCORD" --db "$DIR/mig.db" log --limit 1 >/dev/null 2>&1
    [ "$(sqlite3 "$DIR/mig.db" "PRAGMA user_version")" = "$vnew" ] && ok || bad "the open after the kill did not migrate"
    n=$(sqlite3 "$DIR/mig.db" "SELECT count(*) FROM observation")
    [ "$n" = 30000 ] && ok || bad "after the next open: $n observations of 30000"
    after_kill "$DIR/mig.db"
  done
  report_line migrate "$N" "$lo" "$hi" "$early" "$late" "$lost" "$part"
  echo "  (an open that migrates 5 -> $vnew takes $((dur - 5)) ms)"
}

for k in $KINDS; do "crash_$k"; done
echo "reliability/crash: $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
