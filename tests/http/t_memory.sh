# t_memory.sh: what a request holds does not grow with the database.  The
# dialogue dashboard shows the top risks and the risk reviews due, and
# used to copy every risk of the dialogue into the request's memory to
# find them, twice: with a register of thousands of risks each build of
# the page held megabytes, and the server's resident memory grew with
# the writes (docs/reliability.md, the soak).  Here the register gets
# 1,500 more risks; the dashboard still shows the right five, in order,
# and the reviews due, and the largest request the server reports (a
# line on SIGUSR1) stays small.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start
N=1500
LIMIT_KIB=768

# ---- a large register, written through the API --------------------------
TODAY=$(date -u +%Y-%m-%d)
REVIEW=$(date -u -d "+10 days" +%Y-%m-%d)
python3 - "$PORT" "$(token_of admin)" "$N" "$REVIEW" >"$DIR/fill.out" <<'PY'
import http.client, json, sys
port, tok, n, review = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
def post(body):
    c.request("POST", "/api/v1/risks", json.dumps(body),
              {"Authorization": "Bearer " + tok, "Content-Type": "application/json"})
    r = c.getresponse(); r.read()
    return r.status
bad = 0
for i in range(n):
    bad += post({"dialogue_id": "us-rs", "code": "mem-%d" % i, "state": "open",
                 "description": "Memory filler %d " % i + "x" * 200,
                 "likelihood": "low", "impact": "low"}) != 201
bad += post({"dialogue_id": "us-rs", "code": "mem-top", "state": "open",
             "description": "Memory top risk", "likelihood": "high", "impact": "high"}) != 201
bad += post({"dialogue_id": "us-rs", "code": "mem-closed", "state": "closed",
             "description": "Memory closed risk", "likelihood": "high", "impact": "high"}) != 201
bad += post({"dialogue_id": "us-rs", "code": "mem-review", "state": "open",
             "description": "Memory review risk", "likelihood": "low", "impact": "low",
             "review_on": review}) != 201
print(bad)
PY
LAST="$N risks through POST /api/v1/risks"
check "every risk created" test "$(cat "$DIR/fill.out")" = 0

# ---- the dashboard: the five first open risks in register order ----------
# Register order (page_risk_order()): severity (likelihood x impact, each
# low 1, medium 2, high 3) highest first, then by id.
EXPECT=$(sqlite3 "$DB" "SELECT id FROM risk WHERE dialogue_id=(SELECT id
  FROM dialogue WHERE code='us-rs') AND state='open' ORDER BY
  (CASE likelihood WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3
   ELSE 0 END) * (CASE impact WHEN 'low' THEN 1 WHEN 'medium' THEN 2
   WHEN 'high' THEN 3 ELSE 0 END) DESC, id LIMIT 5" | tr '\n' ' ')
DID=$(sqlite3 "$DB" "SELECT id FROM dialogue WHERE code='us-rs'")
TOP=$(sqlite3 "$DB" "SELECT id FROM risk WHERE code='mem-top'")
CLOSED=$(sqlite3 "$DB" "SELECT id FROM risk WHERE code='mem-closed'")
REV=$(sqlite3 "$DB" "SELECT id FROM risk WHERE code='mem-review'")
as admin
req GET "/dialogue/$DID"; expect_status 200
sed -n '/<section aria-labelledby="risks">/,/<\/section>/p' "$BODY" >"$DIR/risks.html"
sed -n '/<section aria-labelledby="upcoming">/,/<\/section>/p' "$BODY" >"$DIR/upcoming.html"
GOT=$(grep -o 'href="/item/risk/[0-9]*"' "$DIR/risks.html" | tr -dc '0-9\n' | tr '\n' ' ')
LAST="the top risks of dialogue $DID"
check "the top risks are the five first open risks in register order (got '$GOT', expected '$EXPECT')" \
  test "$GOT" = "$EXPECT"
check "the high risk written last is among them" grep -q "/item/risk/$TOP\"" "$DIR/risks.html"
check "a closed risk is not" not grep -q "/item/risk/$CLOSED\"" "$DIR/risks.html"
LAST="the upcoming list of dialogue $DID"
check "the risk review due in 10 days is on the upcoming list" \
  grep -q "/item/risk/$REV\"" "$DIR/upcoming.html"
check "no filler risk (no review date) is" not grep -q "Memory filler" "$DIR/upcoming.html"

# ---- what the largest request held ----------------------------------------
# Read before the risk register's page, which lists every risk.
req GET /api/v1/risks?limit=20; expect_status 200
kill -USR1 "$SRV_PID"
i=0
while [ $i -lt 100 ] && ! grep -q "largest request" "$DIR/srv.log"; do
  sleep 0.05; i=$((i + 1))
done
KIB=$(sed -n 's/.*largest request \([0-9]*\) KiB.*/\1/p' "$DIR/srv.log" | tail -n 1)
LAST="SIGUSR1 to the server"
check "the server reports its memory on SIGUSR1" test -n "$KIB"
check "the largest request held ${KIB:-?} KiB, under $LIMIT_KIB KiB, with $N risks more" \
  test "${KIB:-999999}" -lt "$LIMIT_KIB"
check "the server runs on after SIGUSR1" srv_alive
req GET "/dialogue/$DID/risks"; expect_status 200
expect_body "Memory filler $((N - 1)) "
done_testing
