# t_server.sh: the server as a process: starting on a free port, refusing
# a bad or busy address, the JSON access log (no secrets in it), parallel
# requests, HEAD, and stopping on SIGTERM and SIGINT with exit 0.
. "$(dirname "$0")/lib.sh"

http_setup
LAST="accord serve --listen nowhere"; ST=-
"$ACCORD" --db "$DB" serve --listen nowhere >/dev/null 2>"$DIR/err"; rc=$?
expect_same "$rc" 1 "a bad --listen is a usage error"
check "it says what it expected" grep -q "ADDRESS:PORT" "$DIR/err"
srv_start
check "the first line names the database and the port" \
  grep -q "^accord: serving $DB on http://127.0.0.1:$PORT/\$" "$DIR/srv.out"
LAST="a second server on the same port"
"$ACCORD" --db "$DB" serve --listen "127.0.0.1:$PORT" >/dev/null 2>"$DIR/err" &
p2=$!; i=0
while kill -0 $p2 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
if kill -0 $p2 2>/dev/null; then kill -TERM $p2; wait $p2; t_fail "a busy port: the second server kept running"
else wait $p2; rc=$?; expect_same "$rc" 6 "a busy port is an I/O error (exit 6)"; fi

CUR_ROLE=public
req GET /; expect_status 200
expect_header Content-Type "text/html; charset=utf-8"
# HEAD is GET without the body (RFC 9110 9.3.2), for pages as for the API.
req HEAD / -I
check "HEAD / answers as GET / does (200), got $ST" [ "$ST" = 200 ]
check "HEAD has no body" not grep -qi "<html" "$BODY"
req HEAD /api/v1/dialogues -I
check "HEAD /api/v1/dialogues answers 200, got $ST" [ "$ST" = 200 ]
req GET /api/v1/dialogues; expect_status 200
expect_header Content-Type application/json
req GET /nowhere; expect_status 404
req GET /api/v1/nowhere; expect_status 404
expect_header Content-Type application/json
check "API errors are JSON with a code" jq -e '.error.code' "$BODY"

# Twenty requests at once, twice over.
i=0; pids=""
while [ $i -lt 40 ]; do
  curl -s -o /dev/null -w '%{http_code}\n' "$BASE/dialogue/1" >>"$DIR/par" &
  pids="$pids $!"; i=$((i + 1))
done
for p in $pids; do wait "$p"; done
LAST="40 parallel GET /dialogue/1"; ST=-
expect_same "$(grep -c '^200$' "$DIR/par")" 40 "parallel requests all answered 200"

# The access log: one JSON object a line, with no password or token.
as observer
TOK=$(token_of observer)
req GET /api/v1/me
sleep 0.2
LAST="the access log"
check "every log line but the last is JSON" \
  sh -c "grep -v '^accord: ' '$DIR/srv.log' | jq -e -s 'length > 40' "
check "the log names the user" grep -q '"user":"observer"' "$DIR/srv.log"
check "no password in the log" not grep -qF "$(cat "$DIR/pw/observer")" "$DIR/srv.log"
check "no API token in the log" not grep -qF "$TOK" "$DIR/srv.log"
check "no session token in the log" \
  not grep -qF "$(sed -n 's/.*accord_session[[:space:]]*\([0-9a-f]*\).*/\1/p' "$DIR/jar/observer")" "$DIR/srv.log"
# A hostile path is logged as a JSON string.
req GET '/x%22%0a%7b%22forged%22:1%7d'
sleep 0.1
check "a hostile path does not forge a log line" \
  not grep -q '^{"forged"' "$DIR/srv.log"

# Stopping: a slow client in flight does not keep it from exiting 0.
curl -s -o /dev/null --max-time 5 "$BASE/dialogue/1" &
cpid=$!
srv_stop
wait $cpid 2>/dev/null
# SIGINT stops it too.
srv_start
kill -INT "$SRV_PID"; wait "$SRV_PID"; rc=$?; SRV_PID=""
LAST="SIGINT"; ST="exit $rc"
expect_same "$rc" 0 "SIGINT: exit 0"
check "SIGINT: logs stopped" sh -c "tail -n 1 '$DIR/srv.log' | grep -q stopped"
done_testing
