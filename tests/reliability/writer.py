#!/usr/bin/env python3
"""writer.py: the API writer of tests/reliability/crash.sh.

  writer.py write BASE TOKEN PREFIX LOG
      creates risks (code PREFIX-N) and changes the descriptions of those
      it made, one request at a time, until the server goes away; before
      each request it appends "pending ..." to LOG, after a 2xx reply
      "ack ...", after any other reply "nack ..." (flushed each time).
  writer.py check DB LOG...
      reads the logs back and checks the database: every acknowledged
      create is there with its code and description, and every item's
      description is its last acknowledged one or the one in flight when
      the server was killed.  Prints "acked N lost N" and exits 1 if
      anything acknowledged was lost.
"""
import http.client, json, random, sqlite3, sys, urllib.parse


def write(base, token, prefix, log):
    u = urllib.parse.urlparse(base)
    out = open(log, "a", buffering=1)
    mine = []
    i = 0
    while True:
        i += 1
        try:
            c = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
            h = {"Authorization": "Bearer " + token,
                 "Content-Type": "application/json"}
            if not mine or random.random() < 0.6:
                code = "%s-%d" % (prefix, i)
                desc = "created %s" % code
                out.write("pending create - %s %s\n" % (code, desc))
                c.request("POST", "/api/v1/risks", json.dumps(
                    {"dialogue_id": "us-rs", "code": code,
                     "description": desc, "likelihood": "low"}), h)
                r = c.getresponse()
                body = r.read()
                if 200 <= r.status < 300:
                    rid = json.loads(body)["id"]
                    mine.append(rid)
                    out.write("ack create %d %s %s\n" % (rid, code, desc))
                else:
                    out.write("nack create - %s %d\n" % (code, r.status))
            else:
                rid = random.choice(mine)
                desc = "changed %s-%d" % (prefix, i)
                out.write("pending update %d - %s\n" % (rid, desc))
                c.request("PATCH", "/api/v1/risks/%d" % rid,
                          json.dumps({"description": desc}), h)
                r = c.getresponse()
                r.read()
                if 200 <= r.status < 300:
                    out.write("ack update %d - %s\n" % (rid, desc))
                else:
                    out.write("nack update %d - %d\n" % (rid, r.status))
            c.close()
        except (OSError, http.client.HTTPException):
            return 0


def check(db, logs):
    con = sqlite3.connect(db)
    acked = lost = 0
    problems = []
    for log in logs:
        ok = {}          # id -> acceptable descriptions
        codes = {}       # id -> code
        pending = None
        for line in open(log):
            w = line.rstrip("\n").split(" ", 4)
            if len(w) < 5:
                continue           # a line cut by the kill
            what, op, rid, code, desc = w
            if what == "pending":
                pending = (op, rid, desc)
                if op == "update" and int(rid) in ok:
                    ok[int(rid)] = ok[int(rid)] | {desc}
            elif what == "ack":
                acked += 1
                pending = None
                ok[int(rid)] = {desc}
                if op == "create":
                    codes[int(rid)] = code
            elif what == "nack":
                pending = None
        for rid, descs in ok.items():
            row = con.execute("SELECT code, description FROM risk WHERE id=?",
                              (rid,)).fetchone()
            if row is None:
                lost += 1
                problems.append("risk %d (%s) is gone" % (rid, codes.get(rid)))
            elif rid in codes and row[0] != codes[rid]:
                lost += 1
                problems.append("risk %d has code %s, not %s"
                                % (rid, row[0], codes[rid]))
            elif row[1] not in descs:
                lost += 1
                problems.append("risk %d reads %r, expected one of %r"
                                % (rid, row[1], sorted(descs)))
    for p in problems[:10]:
        print("LOST:", p)
    print("acked %d lost %d" % (acked, lost))
    return 1 if lost else 0


if __name__ == "__main__":
    if sys.argv[1] == "write":
        sys.exit(write(*sys.argv[2:6]))
    sys.exit(check(sys.argv[2], sys.argv[3:]))
