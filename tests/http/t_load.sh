# t_load.sh: password hashing does not hold up reads.  12 clients post
# bogus logins (unknown names and wrong passwords) as fast as they can
# while a cached public read is timed 20 times: every read is answered
# within 2 s (a liveness bound; the median and the maximum are printed).
# With one hashing thread and a queue of 2, logins beyond it answer 503
# with Retry-After at once, and a good login still works afterwards.
. "$(dirname "$0")/lib.sh"

http_setup
user_add load-user observer
srv_start

# The login form's double-submit cookie and token, shared by every client.
JAR="$DIR/jar/load"
curl -s -c "$JAR" -o "$BODY" "$BASE/login"
CSRF=$(csrf_in_body)
LAST="GET /login"; ST=-
check "the login form has a CSRF token" [ -n "$CSRF" ]

# storm N: client N posts bogus logins until $DIR/stop exists; one status
# a line to st.N.  Each attempt comes from an address of its own
# (127.N.x.y), so the per-address throttle (docs/design.md) does not stop
# the storm before it reaches the hashing threads: this is the load of
# many clients.
storm() {
  _k=0
  while [ ! -f "$DIR/stop" ]; do
    _k=$((_k + 1))
    _ip="127.$(($1 + 1)).$((_k / 250)).$((_k % 250 + 1))"
    case $(( (_k + $1) % 3 )) in
      0) _who="nobody-$1-$_k" ;;
      1) _who=observer ;;
      *) _who="no-such-$_k" ;;
    esac
    curl -s -o /dev/null -D "$DIR/h.$1" -w '%{http_code}\n' --max-time 30 \
      --interface "$_ip" -b "$JAR" --data-urlencode "csrf=$CSRF" --data-urlencode "login=$_who" \
      --data-urlencode "password=wrong-$_k" "$BASE/login" >>"$DIR/st.$1" 2>/dev/null
    if grep -q '^HTTP/1.1 503' "$DIR/h.$1" && ! grep -qi '^retry-after:' "$DIR/h.$1"; then
      echo x >>"$DIR/noretry"
    fi
  done
}

# read_times N FILE: N cached public reads, 0.2 s apart; times to FILE.
read_times() {
  : >"$2"
  _i=0
  while [ $_i -lt "$1" ]; do
    curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total}\n' \
      "$BASE/api/v1/dialogues" >>"$2" 2>/dev/null || echo "000 10" >>"$2"
    sleep 0.2; _i=$((_i + 1))
  done
}
# summary FILE: "median MS, max MS" of the times in FILE.
summary() {
  awk '{print $2 * 1000}' "$1" | sort -n \
    | awk '{a[NR]=$1} END {printf "median %.1f ms, max %.1f ms", a[int((NR+1)/2)], a[NR]}'
}

req GET /api/v1/dialogues; expect_status 200     # into the cache
read_times 10 "$DIR/quiet.t"
echo "cached public read, no logins: $(summary "$DIR/quiet.t")"

rm -f "$DIR/stop"
pids=""
for n in 1 2 3 4 5 6 7 8 9 10 11 12; do storm $n & pids="$pids $!"; done
sleep 1
read_times 20 "$DIR/storm.t"
touch "$DIR/stop"
for p in $pids; do wait "$p"; done
echo "cached public read, 12 clients posting bogus logins: $(summary "$DIR/storm.t")"
cat "$DIR"/st.* | sort | uniq -c | sed 's/^/  logins answered: /'
LAST="20 cached reads during 12 concurrent bogus logins"; ST=-
check "every read answered 200" not grep -qv '^200 ' "$DIR/storm.t"
check "every read answered within 2 s ($(summary "$DIR/storm.t"))" \
  awk '$2 >= 2 {exit 1}' "$DIR/storm.t"
LAST="the bogus logins"; ST=$(cat "$DIR"/st.* | sort -u | tr '\n' ' ')
check "bogus logins answer 401, 429 or 503, never anything else ($ST)" \
  not grep -qvE '^(401|429|503)$' $(ls "$DIR"/st.*)
check "a 503 to a login says when to retry" [ ! -f "$DIR/noretry" ]
srv_stop

# One hashing thread, a queue of 2: the rest answer 503 at once.  The
# storm's failures are forgotten first, and each login comes from an
# address of its own, so that no throttle answers before the queue.
sqlite3 "$DB" "DELETE FROM login_failure"
srv_start --hash-threads 1 --hash-queue 2
rm -f "$DIR"/st.* "$DIR/noretry"
pids=""
for n in 1 2 3 4 5 6 7 8 9 10 11 12; do
  ( curl -s -o /dev/null -D "$DIR/h.$n" -w '%{http_code}\n' --max-time 30 \
      --interface "127.0.1.$n" -b "$JAR" --data-urlencode "csrf=$CSRF" --data-urlencode "login=nobody-q-$n" \
      --data-urlencode "password=wrong" "$BASE/login" >"$DIR/st.$n" 2>/dev/null ) &
  pids="$pids $!"
done
for p in $pids; do wait "$p"; done
n503=$(cat "$DIR"/st.* | grep -c '^503$')
n401=$(cat "$DIR"/st.* | grep -c '^401$')
echo "12 logins at once, 1 hashing thread, a queue of 2: $n401 x 401, $n503 x 503"
LAST="12 logins at once with a hashing queue of 2"; ST="$n401 x 401, $n503 x 503"
check "logins beyond the queue answer 503 ($ST)" [ "$n503" -ge 1 ]
check "the logins it took were checked: 401 ($ST)" [ "$n401" -ge 2 ]
check "every login answered 401 or 503 ($ST)" [ $((n401 + n503)) -eq 12 ]
ok=1
for n in 1 2 3 4 5 6 7 8 9 10 11 12; do
  if grep -q '^HTTP/1.1 503' "$DIR/h.$n" && ! grep -qi '^retry-after: *[0-9]' "$DIR/h.$n"; then ok=0; fi
done
check "each 503 has a Retry-After header" [ $ok = 1 ]
# A good login still works.
ST=$(curl -s -o "$BODY" -D "$HDR" -w '%{http_code}' --interface 127.0.2.1 -b "$JAR" \
  --data-urlencode "csrf=$CSRF" --data-urlencode "login=load-user" \
  --data-urlencode "password=$(cat "$DIR/pw/load-user")" "$BASE/login")
LAST="POST /login as load-user"
expect_status 303
check "the good login got a session" grep -qi '^set-cookie: accord_session=[0-9a-f]' "$HDR"
done_testing
