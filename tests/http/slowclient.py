#!/usr/bin/env python3
# slowclient.py: clients that send their request headers slowly, for
# tests/http/t_slow.sh.
#
#   slowclient.py HOST PORT BIND N INTERVAL SECONDS
#
# opens N connections to HOST:PORT from address BIND, sends each a
# request line and then one header line every INTERVAL seconds, never
# ending the headers, for SECONDS seconds.  It prints one line:
#
#   opened=N refused=N closed=N open=N first_close=S last_close=S
#
# opened: connections established; refused: connections that failed to
# open, or that the server closed within a second of opening them;
# closed: connections the server closed later (first_close and
# last_close: seconds after their request line, or -1); open:
# connections still open at the end.
import select
import socket
import sys
import time


def main():
    host, port, bind = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    n, interval, seconds = int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
    conns = {}    # socket -> time of its request line
    refused = 0
    t_start = time.monotonic()
    for i in range(n):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(2)
        try:
            s.bind((bind, 0))
            s.connect((host, port))
            s.sendall(b"GET / HTTP/1.1\r\nHost: slow\r\n")
        except OSError:
            refused += 1
            s.close()
            continue
        s.setblocking(False)
        conns[s] = time.monotonic()
    opened = len(conns)
    closes = []
    next_send = time.monotonic() + interval
    k = 0
    while conns and time.monotonic() - t_start < seconds:
        wait = max(0.0, min(next_send - time.monotonic(), 0.2))
        r, _, _ = select.select(list(conns), [], [], wait)
        for s in r:
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if not data:
                life = time.monotonic() - conns.pop(s)
                s.close()
                if life < 1.0:
                    refused += 1
                else:
                    closes.append(life)
        if time.monotonic() >= next_send:
            k += 1
            for s in list(conns):
                try:
                    s.send(b"X-Slow-%d: %d\r\n" % (k, k))
                except OSError:
                    pass
            next_send += interval
    print("opened=%d refused=%d closed=%d open=%d first_close=%.1f "
          "last_close=%.1f" % (opened, refused, len(closes), len(conns),
                               min(closes) if closes else -1,
                               max(closes) if closes else -1))
    sys.stdout.flush()
    for s in conns:
        s.close()


main()
