# t_lock.sh: reads never wait behind writers.  Another process holds the
# database's write lock for 8 s (sqlite3: BEGIN IMMEDIATE, then a pause,
# as a long `accord import` does) while four API writes come in: a cached
# public read is still answered at once (< 1 s, a liveness bound; the time
# is printed), and each write either succeeds once the lock is released
# or answers 503 with Retry-After -- never 500, never an acknowledged
# write that is not in the database.  With a write queue of 2, writes
# beyond it answer 503 with Retry-After at once.  A write waiting for the
# lock when the server is told to stop still finishes.
. "$(dirname "$0")/lib.sh"

http_setup
TOK=$(token_of wg_lead)
srv_start

# hold_lock SECONDS: hold the write lock from another process; returns
# once it is held (the background job's pid in LOCK_PID).
hold_lock() {
  rm -f "$DIR/locked"
  if is_pg; then
    # psql (tests/pg/bin/sqlite3): the writers' advisory lock of the
    # driver (src/store/pg.c, PG_WRITE_LOCK), as BEGIN IMMEDIATE takes it;
    # in a DO block, which prints no row (lock.out stays empty).
    printf 'BEGIN;\nDO $$BEGIN PERFORM pg_advisory_xact_lock(1094927172); END$$;\n\\! touch %s/locked\n\\! sleep %s\nCOMMIT;\n' \
      "$DIR" "$1" | sqlite3 "$DB" >"$DIR/lock.out" 2>&1 &
  else
    printf 'BEGIN IMMEDIATE;\n.shell touch %s/locked\n.shell sleep %s\nCOMMIT;\n' \
      "$DIR" "$1" | sqlite3 "$DB" >"$DIR/lock.out" 2>&1 &
  fi
  LOCK_PID=$!
  _i=0
  while [ ! -f "$DIR/locked" ] && [ $_i -lt 100 ]; do sleep 0.05; _i=$((_i + 1)); done
}
# write_bg N: an API write (a new risk, code zmk-lock-N) in the background;
# its status, Retry-After and time go to w.N.
write_bg() {
  ( curl -s --max-time 90 -o "$DIR/w.$1.b" -D "$DIR/w.$1.h" \
      -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOK" \
      -H 'Content-Type: application/json' --data-binary \
      "{\"dialogue_id\":\"us-rs\",\"code\":\"zmk-lock-$1\",\"description\":\"Lock $1\",\"likelihood\":\"low\"}" \
      "$BASE/api/v1/risks" >"$DIR/w.$1" 2>/dev/null || true ) &
}

req GET /api/v1/dialogues; expect_status 200   # the cached read
hold_lock 8
check "the other process holds the write lock" [ -f "$DIR/locked" ]
pids=""
for n in 1 2 3 4; do write_bg $n; pids="$pids $!"; done
sleep 1
r=$(curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total}' \
  "$BASE/api/v1/dialogues" 2>/dev/null)
st=${r%% *}; tt=${r#* }
echo "a cached public read while 4 writes wait for the lock: $st in ${tt}s"
LAST="GET /api/v1/dialogues while the database is locked"; ST=$st
check "a cached public read is answered within 1 s while writes wait (got $st in ${tt}s)" \
  awk -v s="$st" -v t="$tt" 'BEGIN { exit !(s == 200 && t < 1) }'
r=$(curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total}' \
  "$BASE/dialogue/1" 2>/dev/null)
echo "an uncached page meanwhile: ${r% *} in ${r#* }s"
for p in $pids; do wait "$p"; done
wait "$LOCK_PID"
for n in 1 2 3 4; do
  set -- $(cat "$DIR/w.$n" 2>/dev/null) 000 0
  echo "write $n: $1 in ${2}s"
  LAST="API write $n during the lock"; ST=$1
  case $1 in
    201)
      t_ok
      check "write $n was acknowledged and is in the database" \
        acc risk show "zmk-lock-$n" ;;
    503)
      t_ok
      check "write $n: its 503 says when to retry" grep -qi '^retry-after: *[0-9]' "$DIR/w.$n.h"
      check "write $n: refused, so not in the database" not acc risk show "zmk-lock-$n" ;;
    *) t_fail "write $n: expected 201 after the lock, or 503 with Retry-After, got $1" ;;
  esac
done
check "the other process committed without error" [ ! -s "$DIR/lock.out" ]
srv_stop

# A full write queue answers 503 with Retry-After at once.
srv_start --write-queue 2
hold_lock 5
pids=""
for n in 11 12 13 14 15 16; do write_bg $n; pids="$pids $!"; sleep 0.2; done
for p in $pids; do wait "$p"; done
wait "$LOCK_PID"
n503=0; n201=0
for n in 11 12 13 14 15 16; do
  set -- $(cat "$DIR/w.$n" 2>/dev/null) 000 0
  echo "write $n (queue of 2): $1 in ${2}s"
  LAST="API write $n with a write queue of 2"; ST=$1
  case $1 in
    201) n201=$((n201 + 1))
      check "write $n was acknowledged and is in the database" \
        acc risk show "zmk-lock-$n" ;;
    503) n503=$((n503 + 1))
      check "write $n: its 503 says when to retry" grep -qi '^retry-after: *[0-9]' "$DIR/w.$n.h"
      check "write $n: refused, so not in the database" not acc risk show "zmk-lock-$n" ;;
    *) t_fail "write $n: expected 201 or 503, got $1" ;;
  esac
done
LAST="6 writes, a queue of 2, the lock held 5 s"; ST="$n201 x 201, $n503 x 503"
check "writes beyond the queue answered 503 ($ST)" [ "$n503" -ge 1 ]
check "the queued writes succeeded after the lock ($ST)" [ "$n201" -ge 2 ]

# SIGTERM while a write waits for the lock: the write still finishes
# (201 once the lock is released), and the server exits 0, "stopped".
hold_lock 4
write_bg 21; wpid=$!
sleep 1
kill -TERM "$SRV_PID"
wait "$wpid"; wait "$LOCK_PID"
set -- $(cat "$DIR/w.21" 2>/dev/null) 000 0
echo "a write in flight at SIGTERM: $1 in ${2}s"
LAST="a write in flight when the server is told to stop"; ST=$1
expect_status 201
check "the write in flight is in the database" acc risk show zmk-lock-21
wait "$SRV_PID"; rc=$?; SRV_PID=""
LAST="SIGTERM with a write in flight"; ST="exit $rc"
expect_same "$rc" 0 "the server exits 0 after the write in flight"
check "it logs stopped" sh -c "tail -n 1 '$DIR/srv.log' | grep -q stopped"
done_testing
