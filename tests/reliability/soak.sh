#!/bin/sh
# soak.sh: the soak test (make soak; docs/reliability.md).  On a fresh
# demo database it starts `accord serve`, measures the peak rate of a
# mixed workload with a 15-second closed-loop run of load.py (32
# connections), then runs SOAK_SECONDS (default 600) at 80 % of that
# peak: public pages and API reads, API writes with a token, good and bad
# logins, and 5 slow clients that send each request a byte at a time.
# Every 10 s it samples the server's VmRSS (each second, keeping the
# least of the 10 s as well: a good login's argon2id check holds 64 MiB
# for a moment) and open file descriptors.
# Prints the table and the verdict: 0 errors (5xx other than 503 with
# Retry-After, connection errors, timeouts), and RSS and fds in the last
# minute within 5 % of minute 2 (the least RSS and the most fds of the
# samples of each minute; for a run shorter than 10 minutes, its last
# fifth against its second).  Exit status 0 only if the verdict holds.
set -u
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
ACCORD=${ACCORD:-$TOP/build/accord}
SECS=${SOAK_SECONDS:-600}
PEAK_SECS=${SOAK_PEAK_SECONDS:-15}
DIR=$(mktemp -d "${TMPDIR:-/tmp}/accord-soak.XXXXXX")
export ACCORD_USER=soak
unset ACCORD_DB || true
DB="$DIR/soak.db"
SRV=""
trap '[ -n "$SRV" ] && kill -TERM "$SRV" 2>/dev/null; rm -rf "$DIR"' EXIT
"$ACCORD" --db "$DB" demo >/dev/null 2>&1 || { echo "soak: accord demo failed"; exit 1; }
PW=soak-password-0123456789
printf '%s\n' "$PW" | "$ACCORD" --db "$DB" user add soak --name Soak --role observer --password-stdin >/dev/null
printf '%s\n' "$PW" | "$ACCORD" --db "$DB" user add soak-bad --name Bad --role observer --password-stdin >/dev/null
TOK=$("$ACCORD" --db "$DB" token add admin --label soak 2>/dev/null | tail -n 1 | tr -d ' \n')
"$ACCORD" --db "$DB" serve --listen 127.0.0.1:0 --quiet >"$DIR/srv.out" 2>"$DIR/srv.log" &
SRV=$!
PORT=""; i=0
while [ -z "$PORT" ] && [ $i -lt 200 ]; do
  PORT=$(sed -n 's#^accord: serving .* on http://127\.0\.0\.1:\([0-9]*\)/$#\1#p' "$DIR/srv.out")
  [ -n "$PORT" ] || sleep 0.05; i=$((i + 1))
done
[ -n "$PORT" ] || { echo "soak: the server did not start"; cat "$DIR/srv.log"; exit 1; }
LOAD="python3 $TOP/tests/reliability/load.py --port $PORT --token $TOK --login soak --password $PW"

echo "soak: peak of the mixed workload, closed loop, 32 connections, $PEAK_SECS s"
$LOAD --seconds "$PEAK_SECS" --conns 32 --every 5 >"$DIR/peak.out"
grep -v '^{' "$DIR/peak.out"
PEAK=$(tail -n 1 "$DIR/peak.out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["rps"])')
RATE=$(python3 -c "print(round($PEAK * 0.8, 1))")
echo "soak: peak $PEAK requests/s; soaking at 80 %: $RATE requests/s for $SECS s, 5 slow clients"
printf '%6s   %9s     %9s       %5s        %9s     %9s      %5s\n' time requests "req/s" errors RSS "RSS min" fds
$LOAD --seconds "$SECS" --rate "$RATE" --conns 32 --slow 5 --pid "$SRV" --every 10 | tee "$DIR/soak.out" | grep --line-buffered -v '^{'
tail -n 1 "$DIR/soak.out" >"$DIR/soak.json"
alive=yes; kill -0 "$SRV" 2>/dev/null || alive=no
python3 - "$DIR/soak.json" "$SECS" "$alive" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
secs, alive = float(sys.argv[2]), sys.argv[3]
s = [x for x in d["samples"] if x["rss_kb"] > 0]
# Minute 2 and the last minute (for a shorter run: the fifth of the run
# after its first fifth, and its last fifth): the least RSS and the most
# fds of the samples in each.
span = 60 if secs >= 600 else secs * 0.2
a0 = 120 - span if secs >= 600 else secs * 0.2
early = [x for x in s if a0 < x["t"] <= a0 + span] or s[:1]
late = [x for x in s if x["t"] > secs - span] or s[-1:]
ref = {"t": early[-1]["t"], "rss_min_kb": min(x["rss_min_kb"] for x in early),
       "fds": max(x["fds"] for x in early)}
last = {"t": late[-1]["t"], "rss_min_kb": min(x["rss_min_kb"] for x in late),
        "fds": max(x["fds"] for x in late)}
drss = (last["rss_min_kb"] - ref["rss_min_kb"]) / ref["rss_min_kb"] * 100
dfd = (last["fds"] - ref["fds"]) / ref["fds"] * 100
ok = d["errors"] == 0 and abs(drss) <= 5 and abs(dfd) <= 5 and alive == "yes"
print("soak: %d requests in %.0f s (%.1f/s) and %d by slow clients; replies %s"
      % (d["requests"], d["seconds"], d["rps"], d["slow_requests"], d["codes"]))
print("soak: errors %d %s" % (d["errors"], d["error_codes"] or ""))
print("soak: RSS (least in the minute) %d KiB in the minute to %d s, %d KiB in the minute to %d s (%+.1f %%); "
      "fds %d -> %d (%+.1f %%); server %s"
      % (ref["rss_min_kb"], ref["t"], last["rss_min_kb"], last["t"], drss, ref["fds"], last["fds"], dfd,
         "running" if alive == "yes" else "DEAD"))
print("soak: verdict: %s" % ("PASS" if ok else "FAIL"))
sys.exit(0 if ok else 1)
PY
