# t_slow.sh: one client cannot take the server down.  300 connections
# from one address (127.0.0.2) that send a header line every 2 seconds and
# never end their headers: the server takes at most --per-ip (64) of them and
# drops those within its header deadline, while a request from another
# address (127.0.0.1) is still answered at once.  A single slow-header
# connection is closed within the deadline however it trickles, and a
# keep-alive client that sends whole requests is not.  The times are
# printed; the bounds asserted are liveness bounds (an answer within 3 s,
# a close within 15 s), not performance targets.
. "$(dirname "$0")/lib.sh"

SLOW="$TOP/tests/http/slowclient.py"
http_setup
srv_start

# Warm the cache of the page read below.
req GET /api/v1/dialogues; expect_status 200

# 300 slow connections from 127.0.0.2 for 18 s.
python3 "$SLOW" 127.0.0.1 "$PORT" 127.0.0.2 300 2 18 >"$DIR/flood.out" 2>&1 &
flood=$!
sleep 3
# Requests from 127.0.0.1 meanwhile: each answered within 3 s.
for at in 3 7 12; do
  r=$(curl -s -o /dev/null --max-time 3 -w '%{http_code} %{time_total}' \
    "$BASE/api/v1/dialogues" 2>/dev/null)
  st=${r%% *}; tt=${r#* }
  echo "during the flood (about ${at}s in): GET /api/v1/dialogues -> ${st:-000} in ${tt}s"
  LAST="GET /api/v1/dialogues during 300 slow connections"; ST=$st
  check "another address is answered within 3 s during the flood (got $st in ${tt}s)" [ "$st" = 200 ]
  case $at in 3) sleep 2 ;; 7) sleep 3 ;; esac
done
wait $flood
echo "the flood: $(cat "$DIR/flood.out")"
LAST="300 slow connections from 127.0.0.2"; ST=-
eval "$(tr ' ' '\n' <"$DIR/flood.out" | grep -E '^[a-z_]+=[-0-9.]+$')"
check "the flood ran (opened=${opened:-?})" [ "${opened:-0}" -gt 0 ]
check "the server took at most 64 connections from one address (it kept $(( ${closed:-0} + ${open:-0} )))" \
  [ $(( ${closed:-0} + ${open:-0} )) -le 64 ]
check "the slow connections were closed by the server (closed=${closed:-0}, still open=${open:-0})" \
  [ "${open:-1}" -eq 0 ]
check "... within 15 s of their request line (last after ${last_close:-?}s)" \
  awk -v t="${last_close:--1}" 'BEGIN { exit !(t >= 0 && t <= 15) }'

# One slow-header connection alone is closed within the deadline.
python3 "$SLOW" 127.0.0.1 "$PORT" 127.0.0.1 1 2 25 >"$DIR/one.out" 2>&1
echo "one slow-header connection: $(cat "$DIR/one.out")"
eval "$(tr ' ' '\n' <"$DIR/one.out" | grep -E '^[a-z_]+=[-0-9.]+$')"
LAST="one connection sending a header line every 2 s"; ST=-
check "a slow-header connection is closed by the server within 15 s (after ${last_close:-?}s)" \
  awk -v t="${last_close:--1}" 'BEGIN { exit !(t >= 0 && t <= 15) }'

# A keep-alive client sending whole requests, one every 3 s for 15 s,
# keeps its one connection: the deadline is not a cap on a connection.
python3 - "$PORT" >"$DIR/ka.out" 2>&1 <<'EOF'
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
def get():
    s.sendall(b"GET /api/v1/dialogues HTTP/1.1\r\nHost: x\r\n\r\n")
    buf = b""
    while b"\r\n\r\n" not in buf:
        d = s.recv(65536)
        if not d:
            return "closed"
        buf += d
    head, _, body = buf.partition(b"\r\n\r\n")
    n = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            n = int(line.split(b":")[1])
    while len(body) < n:
        d = s.recv(65536)
        if not d:
            return "closed"
        body += d
    return head.split(b" ")[1].decode()
out = []
for i in range(5):
    out.append(get())
    time.sleep(3)
print(" ".join(out))
EOF
LAST="a keep-alive client, a request every 3 s for 15 s"; ST=$(cat "$DIR/ka.out")
echo "keep-alive client, one connection, a request every 3 s: $ST"
expect_same "$ST" "200 200 200 200 200" "a keep-alive client sending whole requests keeps its connection"

# The server is still fine.
req GET /api/v1/dialogues; expect_status 200
done_testing
