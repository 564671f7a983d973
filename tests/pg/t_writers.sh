# t_writers.sh (PostgreSQL only, run by tests/pg/run): writers in
# parallel on one PostgreSQL database keep the audit chain strictly
# ordered (the driver's one-writer lock, src/store/pg.c), and the
# full-text search finds what they wrote.
. "$TOP/tests/cli/lib.sh"
T_NAME=pg_writers
if [ -z "${ACCORD_PG_TEST:-}" ]; then
  echo "pg_writers: skipped (needs ACCORD_PG_TEST: tests/pg/run)"
  echo "cli/$T_NAME: 0 passed, 0 failed"; exit 0
fi
run --db w.db init
expect_rc 0
# Four writers, ten items each, at once.
for w in 1 2 3 4; do
  ( i=1; while [ $i -le 10 ]; do
      "$ACCORD" --db w.db source add --code "s$w-$i" --title "Okapi report $w $i" \
        >/dev/null 2>>"err.$w" || echo "writer $w item $i failed" >>"err.$w"
      i=$((i + 1)); done ) &
done
wait
run --db w.db source list
expect_same "$(printf '%s\n' "$OUT" | grep -c 'Okapi report')" "40" "every write went in"
expect_same "$(cat err.1 err.2 err.3 err.4 2>/dev/null)" "" "no writer failed"
run --db w.db verify
expect_rc 0
expect_out "audit log intact: 40 entries"
done_testing
