#!/usr/bin/env python3
"""load.py: the load client of tests/reliability/soak.sh.

  load.py --port P --token T --login L --password W [--seconds S]
          [--rate R] [--conns C] [--slow N] [--pid PID] [--every 10]

Sends a mixed workload over keep-alive connections: public pages and API
reads (58 %), API reads and writes with a token (20 % and 15 %: creates
and changes of risks), logins (good and bad, 2 %), and a dialogue page
with a token (5 %).
With --rate 0 it runs closed-loop (each connection sends its next request
when the last is answered) to find the peak; otherwise it sends R requests
a second in all.  --slow N keeps N clients that send every request one
byte at a time (50 ms apart).  Errors: replies 5xx other than 503 with
Retry-After, and connection errors or timeouts.  Every --every seconds it
prints a line: seconds, requests, requests/s, errors, and (with --pid) the
server's resident memory in KiB without the 64 MiB work area that each
argon2id password check maps for a moment (sampled every second: the
last sample and the least of the window) and open file descriptors.  The last line is a JSON
summary.
"""
import argparse, asyncio, json, os, random, time

PUBLIC = ["/", "/dialogue/1", "/api/v1/goals?limit=20", "/api/v1/dialogues/1/status",
          "/search?q=trade", "/api/v1/indicators", "/api/v1/dialogues", "/api/v1/sources"]
TOKEN_READ = ["/api/v1/goals/1", "/api/v1/risks?limit=20", "/api/v1/me",
              "/api/v1/observations?limit=50"]


class Stats:
    def __init__(self):
        self.n = 0
        self.err = 0
        self.codes = {}
        self.errs = {}

    def add(self, code, head=b""):
        self.n += 1
        self.codes[code] = self.codes.get(code, 0) + 1
        bad = code == 0 or (code >= 500 and not (code == 503 and b"retry-after" in head.lower()))
        if bad:
            self.err += 1
            self.errs[code] = self.errs.get(code, 0) + 1


def build(a, i):
    """One request of the mix: (bytes, tag)."""
    r = random.random()
    host = "Host: 127.0.0.1\r\n"
    if r < 0.58:
        p = random.choice(PUBLIC)
        return ("GET %s HTTP/1.1\r\n%s\r\n" % (p, host)).encode()
    if r < 0.78:
        p = random.choice(TOKEN_READ)
        return ("GET %s HTTP/1.1\r\n%sAuthorization: Bearer %s\r\n\r\n" % (p, host, a.token)).encode()
    if r < 0.93:
        if random.random() < 0.5:
            body = json.dumps({"dialogue_id": "us-rs", "code": "soak-%d-%d-%d" % (os.getpid(), i, random.randrange(1 << 30)),
                               "description": "soak risk", "likelihood": "low"})
            m, p = "POST", "/api/v1/risks"
        else:
            body = json.dumps({"description": "soak change %d" % random.randrange(1 << 30)})
            m, p = "PATCH", "/api/v1/risks/1"
        return ("%s %s HTTP/1.1\r\n%sAuthorization: Bearer %s\r\nContent-Type: application/json\r\n"
                "Content-Length: %d\r\n\r\n%s" % (m, p, host, a.token, len(body), body)).encode()
    if r < 0.95:   # 2 %: argon2id (64 MiB, ~0.1 s of CPU) for each good login
        good = random.random() < 0.5
        pw = a.password if good else "wrong-password"
        login = a.login if good else a.badlogin
        body = "login=%s&password=%s&csrf=0123456789abcdef0123456789abcdef" % (login, pw)
        return ("POST /login HTTP/1.1\r\n%sCookie: accord_csrf=0123456789abcdef0123456789abcdef\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n\r\n%s"
                % (host, len(body), body)).encode()
    return ("GET /dialogue/1 HTTP/1.1\r\n%sAuthorization: Bearer %s\r\n\r\n" % (host, a.token)).encode()


async def read_reply(rd):
    head = await rd.readuntil(b"\r\n\r\n")
    code = int(head.split(b" ", 2)[1])
    n = 0
    chunked = False
    for line in head.split(b"\r\n"):
        l = line.lower()
        if l.startswith(b"content-length:"):
            n = int(line.split(b":")[1])
        if l.startswith(b"transfer-encoding:") and b"chunked" in l:
            chunked = True
    if chunked:
        while True:
            size = int((await rd.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            await rd.readexactly(size + 2)
            if size == 0:
                break
    elif n:
        await rd.readexactly(n)
    return code, head


class Pacer:
    """Hands out send times R a second (R 0: at once)."""
    def __init__(self, rate):
        self.rate = rate
        self.t0 = time.monotonic()
        self.k = 0

    async def wait(self):
        if not self.rate:
            return
        self.k += 1
        d = self.t0 + self.k / self.rate - time.monotonic()
        if d > 0:
            await asyncio.sleep(d)


async def worker(a, st, pacer, end, slow):
    i = 0
    rd = wr = None
    while time.monotonic() < end:
        await pacer.wait() if not slow else None
        if time.monotonic() >= end:
            break
        i += 1
        req = build(a, i) if not slow else b"GET /api/v1/goals?limit=5 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        try:
            if wr is None:
                rd, wr = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", a.port), 10)
            if slow:
                for k in range(len(req)):
                    wr.write(req[k:k + 1])
                    await wr.drain()
                    await asyncio.sleep(0.05)
            else:
                wr.write(req)
                await wr.drain()
            code, head = await asyncio.wait_for(read_reply(rd), 30)
            st.add(code, head)
            if b"connection: close" in head.lower():
                wr.close()
                wr = None
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError, IndexError):
            st.add(0)
            if wr is not None:
                wr.close()
            wr = None
            await asyncio.sleep(0.1)


ARGON2_KB = 65536   # crypto_pwhash_MEMLIMIT_INTERACTIVE, one mapping a check


def proc(pid):
    """The server's resident memory in KiB without the work areas of the
    argon2id checks under way (each an anonymous read-write mapping of
    64 MiB (and at most a page table more), unmapped when the check ends: they come and go with
    the logins and say nothing about leaks), and its open descriptors."""
    rss = fds = -1
    try:
        rss = skip = size = 0
        anon = False
        for line in open("/proc/%d/smaps" % pid):
            f = line.split()
            if "-" in f[0] and len(f) >= 5:
                anon = f[1] == "rw-p" and f[4] == "0" and len(f) == 5
            elif f[0] == "Size:":
                size = int(f[1])
            elif f[0] == "Rss:":
                rss += int(f[1])
                if anon and ARGON2_KB <= size <= ARGON2_KB + 1024:
                    skip += int(f[1])
        rss -= skip
        fds = len(os.listdir("/proc/%d/fd" % pid))
    except (OSError, ValueError, IndexError):
        pass
    return rss, fds


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--login", required=True)
    ap.add_argument("--badlogin", default="soak-bad")
    ap.add_argument("--password", required=True)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--rate", type=float, default=0)
    ap.add_argument("--conns", type=int, default=32)
    ap.add_argument("--slow", type=int, default=0)
    ap.add_argument("--pid", type=int, default=0)
    ap.add_argument("--every", type=float, default=10)
    a = ap.parse_args()
    st, slow_st = Stats(), Stats()
    pacer = Pacer(a.rate)
    t0 = time.monotonic()
    end = t0 + a.seconds
    tasks = [asyncio.ensure_future(worker(a, st, pacer, end, False)) for _ in range(a.conns)]
    tasks += [asyncio.ensure_future(worker(a, slow_st, pacer, end, True)) for _ in range(a.slow)]
    samples = []
    last_n, last_t = 0, t0
    win = []
    next_row = t0 + a.every
    while time.monotonic() < end:
        await asyncio.sleep(min(1.0, max(0.01, end - time.monotonic())))
        now = time.monotonic()
        rss, fds = proc(a.pid) if a.pid else (-1, -1)
        win.append(rss)
        if now < next_row and now < end:
            continue
        next_row += a.every
        s = {"t": round(now - t0), "n": st.n + slow_st.n, "rps": round((st.n - last_n) / (now - last_t), 1),
             "err": st.err + slow_st.err, "rss_kb": rss, "rss_min_kb": min(win), "fds": fds}
        win = []
        samples.append(s)
        last_n, last_t = st.n, now
        print("%6d s %9d req %9.1f req/s %5d errors %9s KiB %9s KiB %5s fds"
              % (s["t"], s["n"], s["rps"], s["err"], rss, s["rss_min_kb"], fds), flush=True)
    await asyncio.gather(*tasks, return_exceptions=True)
    el = time.monotonic() - t0
    print(json.dumps({"requests": st.n, "slow_requests": slow_st.n, "seconds": round(el, 1),
                      "rps": round(st.n / el, 1), "errors": st.err + slow_st.err,
                      "error_codes": {str(k): v for k, v in {**st.errs, **slow_st.errs}.items()},
                      "codes": {str(k): v for k, v in sorted(st.codes.items())},
                      "samples": samples}), flush=True)

asyncio.run(main())
