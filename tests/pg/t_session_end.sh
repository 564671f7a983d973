# t_session_end.sh (PostgreSQL only, run by tests/pg/run): a logout (the
# end of a session, src/store/account.c store_session_end()) writes its
# row and its audit entry under the writers' lock like every other write
# (src/store/pg.c): while another process holds that lock the logout
# waits, and then its entry follows the other writer's, so the audit
# chain stays one line and `accord verify` passes.
T_NAME=pg_session_end
. "$TOP/tests/http/lib.sh"
if ! is_pg; then
  echo "pg_session_end: skipped (needs ACCORD_PG_TEST: tests/pg/run)"
  echo "http/$T_NAME: 0 passed, 0 failed"; exit 0
fi

# The audit entries of ended sessions.
ended() {
  sqlite3 "$DB" "SELECT count(*) FROM audit_log WHERE action='session'
    AND data LIKE '%\"closed\"%'"
}

http_setup
srv_start
login admin
n0=$(ended)
# Another process holds the writers' lock for 6 s (as BEGIN IMMEDIATE
# takes it; the server's writer waits longer, src/web/http.c) and, just
# before it lets go, counts the ended sessions: the logout sent meanwhile
# must not be among them yet.
rm -f "$DIR/locked"
printf 'BEGIN;\nSELECT pg_advisory_xact_lock(1094927172);\n\\! touch %s/locked\n\\! sleep 6\nSELECT count(*) FROM audit_log WHERE action='"'session'"' AND data LIKE '"'%%\"closed\"%%'"';\nCOMMIT;\n' \
  "$DIR" | sqlite3 "$DB" >"$DIR/lock.out" 2>&1 &
LOCK_PID=$!
_i=0
while [ ! -f "$DIR/locked" ] && [ $_i -lt 100 ]; do sleep 0.05; _i=$((_i + 1)); done
check "the other process holds the writers' lock" [ -f "$DIR/locked" ]
( as admin; form /logout; echo "$ST" >"$DIR/logout.st" ) &
OUT_PID=$!
wait "$LOCK_PID"
expect_same "$(grep . "$DIR/lock.out" | tail -n 1)" "$n0" \
  "the logout waits for the writers' lock"
wait "$OUT_PID"
expect_same "$(cat "$DIR/logout.st" 2>/dev/null)" 303 "the logout answered"
expect_same "$(ended)" "$((n0 + 1))" "the logout's entry, once the lock is free"
srv_stop
"$ACCORD" --db "$DB" verify >v.out 2>v.err
expect_same "$?" 0 "verify after the logout: $(head -c 300 v.err)"
done_testing
