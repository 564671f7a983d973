#!/usr/bin/env python3
"""tamper.py: random changes made straight in an Accord database, each on
its own copy, each of which `accord verify` must find and name.

usage: tamper.py ACCORD BASE.db EVIDENCE.json

BASE.db was made through Accord only and verifies clean (t_tamper.sh);
EVIDENCE.json was exported from it.  Each case copies BASE.db, changes it
with Python's sqlite3 module (as an operator with the file would, the
append-only triggers of the audit log dropped and made again where the
change needs it) -- under ACCORD_PG_TEST (tests/pg/run) the database of
the test cluster that the path names, copied with CREATE DATABASE ...
TEMPLATE and changed through psycopg2 (tests/pg/pydb.py) in a session
whose triggers and foreign keys are off (session_replication_role
replica: as an operator with the server's superuser would) -- runs `accord --db COPY verify` and requires exit 4 and a
finding that names the change.  The cases are drawn from a seeded
generator, SQLite's random() included: the seed is printed; the default
seed is fixed, so that a run of the test suite is the same run every day;
TAMPER_SEED=N repeats a run, TAMPER_SEED=random draws a new seed (to hunt
for cases the fixed seed does not meet), TAMPER_CASES=N sets the number of
random cases (default 100; the fixed cases come on top).  Prints
"tamper: N passed, N failed".
"""
import hashlib
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "pg"))
import pgdb  # noqa: E402
import pydb  # noqa: E402

PG = pydb.PG
# SQLite's INSERT OR REPLACE; the rows these insert are new on PostgreSQL.
OR_REPLACE = "" if PG else " OR REPLACE"

ACCORD, BASE, EVIDENCE = sys.argv[1], sys.argv[2], sys.argv[3]
_seed = os.environ.get("TAMPER_SEED") or "20261207"
SEED = (random.SystemRandom().randrange(1, 10**9) if _seed == "random"
        else int(_seed))
NCASE = int(os.environ.get("TAMPER_CASES") or 100)
rng = random.Random(SEED)
print("tamper: seed %d (TAMPER_SEED=%d to repeat)" % (SEED, SEED))

# Table -> the entity name verify uses (src/core/model.c).
ITEMS = {
    "source": "source", "dialogue": "dialogue", "party": "party",
    "person": "person", "area": "area", "working_group": "wg",
    "wg_member": "member", "wg_log": "contact", "benefit": "benefit",
    "indicator": "indicator", "observation": "observation", "goal": "goal",
    "goal_benefit": "goal-benefit", "roadmap_step": "step",
    "meeting": "meeting", "participant": "participant",
    "decision": "decision", "document": "document", "risk": "risk",
}
GENESIS = "0" * 64
WORK = tempfile.mkdtemp(prefix="tamper.")
npass = nfail = 0


def blake(b):
    return hashlib.blake2b(b, digest_size=32).hexdigest()


def entry_hash(prev, at, actor, action, entity, item, data):
    s = "\n".join([prev, at, actor, action, entity, str(item or 0), data])
    return blake(s.encode())


def copy():
    path = os.path.join(WORK, "case.db")
    if PG:
        r = pgdb.copy(BASE, path)
        if r.returncode != 0:
            raise RuntimeError("cannot copy the database: " + r.stderr)
        return path
    for sfx in ("", "-wal", "-shm"):
        if os.path.exists(path + sfx):
            os.remove(path + sfx)
    shutil.copyfile(BASE, path)
    return path


def connect(path):
    if PG:
        db = pydb.connect(path)
        db.execute("SET session_replication_role=replica")
        # "ORDER BY random()" draws from the seeded generator too.
        db.execute("SELECT setseed(%.6f)" % (rng.random() * 2 - 1))
        return db
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys=OFF")
    # "ORDER BY random()" draws from the seeded generator too.
    db.create_function("random", 0, lambda: rng.randrange(-2**62, 2**62))
    return db


def triggers(db, table):
    """A table's triggers, (name, sql) (none on PostgreSQL: connect() has
    them off)."""
    if PG:
        return []
    return db.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'"
                      " AND tbl_name=?", (table,)).fetchall()


class Unguarded:
    """Drop a table's triggers for a change and make them again after it,
    as an operator covering his tracks would."""

    def __init__(self, db, table):
        self.db, self.saved = db, triggers(db, table)

    def __enter__(self):
        for name, _ in self.saved:
            self.db.execute('DROP TRIGGER "%s"' % name)
        return self.db

    def __exit__(self, *a):
        for _, sql in self.saved:
            self.db.execute(sql)


def verify(path, *extra):
    r = subprocess.run([ACCORD, "--db", path, "verify"] + list(extra),
                       capture_output=True, text=True)
    return r.returncode, r.stderr


def expect(name, path, needles, *extra):
    """verify must exit 4 with a line holding every string of one of the
    alternatives in needles (a list of strings or of lists)."""
    global npass, nfail
    rc, err = verify(path, *extra)
    alts = [n if isinstance(n, list) else [n] for n in needles]
    lines = err.splitlines()
    found = any(all(s in line for s in alt) for alt in alts for line in lines)
    if rc == 4 and found:
        npass += 1
        if os.environ.get("TAMPER_VERBOSE"):
            print("ok: %s: %s" % (name, next(line for alt in alts for line in lines
                                           if all(s in line for s in alt))))
    else:
        nfail += 1
        print("FAIL: %s (seed %d): exit %d, expected a finding with %s"
              % (name, SEED, rc, " or ".join(repr(a) for a in alts)))
        print("  stderr: %s" % err[:600].replace("\n", " | "))


def cols(db, table):
    return pydb.columns(db, table)


def ids(db, table):
    return [r[0] for r in db.execute('SELECT id FROM "%s"' % table)]


def nonempty(db, tables):
    return [t for t in tables if db.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0]]


def other_values(db, table, col, cur):
    vals = [r[0] for r in db.execute('SELECT DISTINCT "%s" FROM "%s"' % (col, table))
            if r[0] != cur]
    base = []
    if isinstance(cur, (int, float)) and not isinstance(cur, bool):
        base = [cur + 1, cur - 1, cur + 0.5]
    elif cur is None:
        base = [7, "tampered", "2001-02-03"]
    else:
        base = [cur + " (tampered)", "tampered", "2001-02-03", "2001", "2001-Q1"]
    rng.shuffle(vals)
    return base + vals + [None]


# ---- the kinds of change -----------------------------------------------
def c_item_field():
    """A field of an item: random table, row, column."""
    path = copy()
    db = connect(path)
    for _ in range(50):
        t = rng.choice(nonempty(db, list(ITEMS)))
        i = rng.choice(ids(db, t))
        c = rng.choice([x for x in cols(db, t) if x != "id"])
        cur = db.execute('SELECT "%s" FROM "%s" WHERE id=?' % (c, t), (i,)).fetchone()[0]
        for v in other_values(db, t, c, cur):
            if v == cur or (v is None and cur is None):
                continue
            try:
                db.execute('UPDATE "%s" SET "%s"=? WHERE id=?' % (t, c), (v, i))
            except pydb.Error:
                continue
            db.close()
            expect("%s %d: %s set to %r" % (t, i, c, v), path,
                   [["%s %d: %s is " % (ITEMS[t], i, c), "in the table, the audit log says"]])
            return
    raise RuntimeError("no field could be changed")


def c_row_insert():
    """A row inserted into an item table: a copy of a row, a new id.  A
    table whose checks refuse every variation tried gives way to another."""
    path = copy()
    db = connect(path)
    tables = nonempty(db, list(ITEMS))
    rng.shuffle(tables)
    for t in tables:
        row = list(db.execute('SELECT * FROM "%s" ORDER BY random() LIMIT 1' % t).fetchone())
        cs = cols(db, t)
        new = db.execute('SELECT max(id) FROM "%s"' % t).fetchone()[0] + rng.randint(1, 50)
        row[0] = new
        if "code" in cs and row[cs.index("code")] is not None:
            row[cs.index("code")] += "-forged"
        for _ in range(60):
            try:
                db.execute('INSERT INTO "%s" VALUES(%s)' % (t, ",".join("?" * len(row))), row)
                break
            except pydb.Error:
                j = rng.randrange(1, len(row))
                if isinstance(row[j], (int, float)) and not isinstance(row[j], bool):
                    row[j] = rng.choice([0, 1, rng.randint(1000, 99999), row[j] + 0.25])
                elif row[j] is not None and not cs[j].endswith("_on"):
                    row[j] = str(row[j]) + "x"
        else:
            continue
        db.close()
        expect("row inserted into %s (id %d)" % (t, new), path,
               ["%s %d: in the table but in no audit entry" % (ITEMS[t], new)])
        return
    raise RuntimeError("no row could be inserted into any table")


def c_row_delete():
    """A row deleted from any table the log speaks for."""
    path = copy()
    db = connect(path)
    t = rng.choice(nonempty(db, list(ITEMS) + ["account", "session", "api_token",
                                               "approval", "report_version"]))
    r = db.execute('SELECT * FROM "%s" ORDER BY random() LIMIT 1' % t).fetchone()
    cs = cols(db, t)
    with Unguarded(db, t):
        db.execute('DELETE FROM "%s" WHERE id=?' % t, (r[0],))
    db.close()
    if t in ITEMS:
        # an observation may have come in by an import's one entry
        want = ["%s %d: in the audit log (entry " % (ITEMS[t], r[0]),
                "%s %d: in the audit log (an import)" % (ITEMS[t], r[0])]
    elif t == "account":
        want = ["account %s: in the audit log" % r[cs.index("login")]]
    elif t == "session":
        want = ["session %d: in the audit log" % r[0]]
    elif t == "api_token":
        want = ["%d: in the audit log" % r[0]]
    elif t == "approval":
        want = [["approval %s/%d/%d/%d" % tuple(r[1:5]), "in the audit log"]]
    else:
        want = ["issued report version %d: in the audit log" % r[0]]
    expect("row %d deleted from %s" % (r[0], t), path, want)


def c_role_raised():
    path = copy()
    db = connect(path)
    login, role = db.execute("SELECT login, role FROM account WHERE role<>'admin'"
                             " ORDER BY random() LIMIT 1").fetchone()
    db.execute("UPDATE account SET role='admin' WHERE login=?", (login,))
    db.close()
    expect("account %s raised to admin" % login, path,
           ['account %s: role is "admin" in the table, the audit log says "%s"'
            % (login, role)])


def c_account_other():
    """Another field of an account: its name, its password hash (swapped
    with another account's), its party, or it enabled again."""
    path = copy()
    db = connect(path)
    a = db.execute("SELECT id, login FROM account ORDER BY random() LIMIT 1").fetchone()
    k = rng.choice(["name", "password", "disabled", "lang"])
    if k == "name":
        db.execute("UPDATE account SET name=name||' Forged' WHERE id=?", (a[0],))
        want = ["account %s: the name in the table is not the one" % a[1]]
    elif k == "password":
        db.execute("UPDATE account SET password_hash=(SELECT password_hash FROM account"
                   " WHERE id<>?1 AND password_hash IS NOT NULL ORDER BY random() LIMIT 1)"
                   " WHERE id=?1", (a[0],))
        want = ["account %s: the password hash in the table is not the one" % a[1]]
    elif k == "disabled":
        db.execute("UPDATE account SET disabled=1-disabled WHERE id=?", (a[0],))
        want = ["account %s: disabled is " % a[1]]
    else:
        db.execute("UPDATE account SET lang=CASE lang WHEN 'en' THEN 'sr-Latn' ELSE 'en' END"
                   " WHERE id=?", (a[0],))
        want = ["account %s: lang is " % a[1]]
    db.close()
    expect("account %s: %s changed" % (a[1], k), path, want)


def c_token_insert():
    path = copy()
    db = connect(path)
    acc = db.execute("SELECT id FROM account ORDER BY random() LIMIT 1").fetchone()[0]
    scope = rng.choice(["api", "calendar"])
    cur = db.execute("INSERT INTO api_token(token_hash, account_id, label, created_at,"
                     " scope) VALUES(?, ?, 'forged', '2026-01-01T00:00:00Z', ?)"
                     " RETURNING id", (blake(os.urandom(32)), acc, scope))
    tid = cur.fetchone()[0]
    db.close()
    expect("%s token %d inserted" % (scope, tid), path,
           ["%s %d: not made through Accord" % ("API token" if scope == "api"
                                                else "calendar key", tid)])


def c_token_alter():
    path = copy()
    db = connect(path)
    tid = db.execute("SELECT id FROM api_token ORDER BY random() LIMIT 1").fetchone()[0]
    k = rng.choice(["token_hash", "account_id", "scope"])
    if k == "token_hash":
        db.execute("UPDATE api_token SET token_hash=? WHERE id=?", (blake(b"x"), tid))
    elif k == "account_id":
        db.execute("UPDATE api_token SET account_id=(SELECT min(id) FROM account"
                   " WHERE id<>api_token.account_id) WHERE id=?", (tid,))
    else:
        db.execute("UPDATE api_token SET scope=CASE scope WHEN 'api' THEN 'calendar'"
                   " ELSE 'api' END WHERE id=?", (tid,))
    db.close()
    expect("token %d: %s changed" % (tid, k), path, [["%d: %s is " % (tid, k)]])


def c_session_insert():
    path = copy()
    db = connect(path)
    acc = db.execute("SELECT id FROM account ORDER BY random() LIMIT 1").fetchone()[0]
    cur = db.execute("INSERT INTO session(token_hash, account_id, csrf, created_at,"
                     " expires_at) VALUES(?, ?, 'c', '2026-01-01T00:00:00Z',"
                     " '2099-01-01T00:00:00Z') RETURNING id",
                     (blake(os.urandom(32)), acc))
    sid = cur.fetchone()[0]
    db.close()
    expect("session %d inserted" % sid, path,
           ["session %d: not opened through Accord" % sid])


def c_session_alter():
    path = copy()
    db = connect(path)
    sid = db.execute("SELECT id FROM session ORDER BY random() LIMIT 1").fetchone()[0]
    k = rng.choice(["expires_at", "account_id", "token_hash"])
    v = {"expires_at": "2099-12-31T00:00:00Z", "token_hash": blake(b"y"),
         "account_id": db.execute("SELECT id FROM account WHERE role='admin'").fetchone()[0]}[k]
    db.execute("UPDATE session SET %s=? WHERE id=?" % k, (v, sid))
    db.close()
    expect("session %d: %s changed" % (sid, k), path, ["session %d: %s is " % (sid, k)])


def c_approval():
    """An approval inserted, altered or removed."""
    path = copy()
    db = connect(path)
    k = rng.choice(["insert", "alter", "remove"])
    if k == "insert":
        g = db.execute("SELECT id FROM goal ORDER BY random() LIMIT 1").fetchone()[0]
        v = db.execute("SELECT max(id) FROM audit_log WHERE entity='goal' AND item_id=?",
                       (g,)).fetchone()[0]
        p, a = db.execute("SELECT party_id, id FROM account WHERE role='cochair'"
                          " ORDER BY random() LIMIT 1").fetchone()
        db.execute("INSERT" + OR_REPLACE + " INTO approval(entity, item_id,"
                   " version, party_id, account_id, at)"
                   " VALUES('goal', ?, ?, ?, ?, '2026-01-01T00:00:00Z')",
                   (g, v + 1000, p, a))
        want = [["approval goal/%d/%d/%d" % (g, v + 1000, p), "in no audit entry"]]
    else:
        r = db.execute("SELECT id, entity, item_id, version, party_id FROM approval"
                       " ORDER BY random() LIMIT 1").fetchone()
        key = "approval %s/%d/%d/%d" % r[1:]
        if k == "remove":
            db.execute("DELETE FROM approval WHERE id=?", (r[0],))
            want = [[key, "in the audit log"]]
        else:
            c = rng.choice(["at", "account_id", "version"])
            db.execute("UPDATE approval SET %s=%s WHERE id=?"
                       % (c, "'2020-01-01T00:00:00Z'" if c == "at" else c + "+7"), (r[0],))
            want = [[key, "%s is " % c]] if c != "version" else [[key, "in the audit log"]]
    db.close()
    expect("approval %s" % k, path, want)


def c_audit_edit():
    """An audit entry edited (its data, actor, time or action)."""
    path = copy()
    db = connect(path)
    n = db.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    i = rng.randint(1, n)
    c = rng.choice(["data", "actor", "at", "item_id"])
    with Unguarded(db, "audit_log"):
        if c == "data":
            db.execute("UPDATE audit_log SET data=data||' ' WHERE id=?", (i,))
        elif c == "actor":
            db.execute("UPDATE audit_log SET actor='mallory' WHERE id=?", (i,))
        elif c == "at":
            db.execute("UPDATE audit_log SET at='2020-01-01T00:00:00Z' WHERE id=?", (i,))
        else:
            db.execute("UPDATE audit_log SET item_id=coalesce(item_id,0)+1 WHERE id=?", (i,))
    db.close()
    expect("audit entry %d: %s edited" % (i, c), path,
           [["entry %d (" % i, "was altered"]])


def c_audit_remove():
    path = copy()
    db = connect(path)
    n = db.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    i = rng.randint(1, n - 1)
    with Unguarded(db, "audit_log"):
        db.execute("DELETE FROM audit_log WHERE id=?", (i,))
    db.close()
    expect("audit entry %d removed" % i, path,
           ["entries %d to %d are missing" % (i, i),
            "entry %d does not follow" % (i + 1)])


def c_audit_append():
    """An entry appended: with a made-up hash, or hashed correctly and
    saying a goal's title is what the table does not hold."""
    path = copy()
    db = connect(path)
    last_id, last_hash = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC"
                                    " LIMIT 1").fetchone()
    g, title = db.execute("SELECT id, title FROM goal ORDER BY random() LIMIT 1").fetchone()
    data = json.dumps({"title": [title, "Forged title"]}, separators=(",", ":"))
    at = "2026-12-31T00:00:00Z"
    good = rng.random() < 0.5
    h = entry_hash(last_hash, at, "mallory", "update", "goal", g, data) if good \
        else blake(b"made up")
    with Unguarded(db, "audit_log"):
        db.execute("INSERT INTO audit_log(id, at, actor, action, entity, item_id, data,"
                   " prev_hash, hash) VALUES(?, ?, 'mallory', 'update', 'goal', ?, ?, ?, ?)",
                   (last_id + 1, at, g, data, last_hash, h))
    db.close()
    if good:
        want = ['goal %d: title is ' % g]
    else:
        want = [["entry %d (" % (last_id + 1), "was altered"]]
    expect("entry appended (%s hash)" % ("a right" if good else "a made-up"), path, want)


def c_audit_tail():
    path = copy()
    db = connect(path)
    n = db.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    k = rng.randint(1, 4)
    with Unguarded(db, "audit_log"):
        db.execute("DELETE FROM audit_log WHERE id>?", (n - k,))
    db.close()
    # The last entries (t_tamper.sh) change accounts and goals.
    expect("the log's last %d entries cut" % k, path,
           [["account zed: "], ["goal 4: title is"]])


def c_rewrite():
    """The whole log rewritten and hashed again, consistently with a table
    changed: against the evidence verify names it; alone, only when a signed
    checkpoint of a later head exists (otherwise it cannot tell)."""
    global npass, nfail
    path = copy()
    db = connect(path)
    # An item with a single entry, its insert.
    t = rng.choice(["goal", "risk", "area", "source", "indicator", "document"])
    rows = db.execute("SELECT l.id, l.item_id, l.data FROM audit_log l WHERE l.entity=?"
                      " AND l.action='insert' AND (SELECT count(*) FROM audit_log m"
                      " WHERE m.entity=l.entity AND m.item_id=l.item_id"
                      " AND m.action IN ('insert','update','delete'))=1", (ITEMS[t],)).fetchall()
    eid, item, data = rng.choice(rows)
    col = {"goal": "title", "risk": "description", "area": "name", "source": "title",
           "indicator": "name", "document": "title"}[t]
    d = json.loads(data)
    d[col] = d[col] + " (rewritten)"
    new = json.dumps(d, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    entries = db.execute("SELECT id, at, actor, action, entity, item_id, data FROM audit_log"
                         " ORDER BY id").fetchall()
    anchored = db.execute("SELECT count(*) FROM checkpoint WHERE audit_id>=?",
                          (eid,)).fetchone()[0] > 0
    with Unguarded(db, "audit_log"), Unguarded(db, t):
        db.execute('UPDATE "%s" SET "%s"=? WHERE id=?' % (t, col), (d[col], item))
        prev = GENESIS
        for (i, at, actor, action, entity, it, dat) in entries:
            if i == eid:
                dat = new
            h = entry_hash(prev, at, actor, action, entity, it, dat)
            db.execute("UPDATE audit_log SET data=?, prev_hash=?, hash=? WHERE id=?",
                       (dat, prev, h, i))
            prev = h
    db.close()
    rc, err = verify(path)
    if anchored:
        # A co-chair signed a head at or after the entry: the signature
        # no longer fits the chain, and verify alone names it.
        if rc != 0 and "the chain was rewritten" in err:
            npass += 1
        else:
            nfail += 1
            print("FAIL: rewrite of entry %d before signed checkpoint: verify "
                  "alone did not name it (%s)" % (eid, err[:300]))
    elif rc == 0:
        npass += 1      # the limit: alone, an unanchored rewrite passes
    else:
        nfail += 1
        print("FAIL: rewrite of entry %d: verify alone found %s (expected none; "
              "is the rewrite consistent?)" % (eid, err[:300]))
    expect("the log rewritten from entry %d (%s %d)" % (eid, t, item), path,
           [["entry %d is not the one in" % eid, "the log was rewritten"]],
           "--against", EVIDENCE)


def c_trigger():
    """A trigger dropped, or changed."""
    path = copy()
    db = connect(path)
    if PG:
        name, table, sql = rng.choice(db.execute(
            "SELECT t.tgname, c.relname, pg_get_triggerdef(t.oid)"
            " FROM pg_trigger t JOIN pg_class c ON c.oid=t.tgrelid"
            " JOIN pg_namespace n ON n.oid=c.relnamespace"
            " WHERE NOT t.tgisinternal AND n.nspname=current_schema()"
            " ORDER BY 1").fetchall())
        db.execute('DROP TRIGGER "%s" ON "%s"' % (name, table))
    else:
        name, table, sql = rng.choice(db.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master"
            " WHERE type='trigger'").fetchall())
        db.execute('DROP TRIGGER "%s"' % name)
    if PG and rng.random() < 0.3:
        # pg_get_triggerdef(): "... FOR EACH ROW [WHEN (...)] EXECUTE ...".
        db.execute(sql.replace(" WHEN (", " WHEN (false AND (", 1)
                   .replace(") EXECUTE ", ")) EXECUTE ", 1)
                   if " WHEN (" in sql
                   else sql.replace(" EXECUTE ", " WHEN (false) EXECUTE ", 1))
        want = ["trigger %s of table %s is not the schema's" % (name, table)]
    elif not PG and rng.random() < 0.3 and "BEGIN" in sql:
        # A WHEN may start a line (report_version_frozen).
        db.execute(re.sub(r"\sWHEN\s", " WHEN 0 AND ", sql, count=1)
                   if re.search(r"\sWHEN\s", sql)
                   else sql.replace("BEGIN", "WHEN 0 BEGIN", 1))
        want = ["trigger %s of table %s is not the schema's" % (name, table)]
    else:
        want = ["trigger %s of table %s is missing" % (name, table)]
    db.close()
    expect("trigger %s" % name, path, want)


def c_report_swap():
    """An issued report's bytes replaced, with their stored hash made to
    match them."""
    path = copy()
    db = connect(path)
    vid = db.execute("SELECT id FROM report_version ORDER BY random() LIMIT 1").fetchone()[0]
    body = b"<html>a forged report</html>" + os.urandom(4)
    with Unguarded(db, "report_version"):
        db.execute("UPDATE report_version SET body=?, body_hash=? WHERE id=?",
                   (body, blake(body), vid))
    db.close()
    expect("report version %d swapped" % vid, path,
           [["issued report version %d: its bytes hash to" % vid,
             "the report's bytes were replaced"]])


def c_report_cut():
    """How an issued report was cut (area or sector, migration 035)
    changed: the audit entry of each of its versions says it."""
    path = copy()
    db = connect(path)
    rid, cut = db.execute("SELECT id, cut FROM report_issue ORDER BY random()"
                          " LIMIT 1").fetchone()
    vid = db.execute("SELECT min(id) FROM report_version WHERE report_id=?",
                     (rid,)).fetchone()[0]
    other = "area" if cut == "sector" else "sector"
    with Unguarded(db, "report_issue"):
        db.execute("UPDATE report_issue SET cut=? WHERE id=?", (other, rid))
    db.close()
    expect("report %d cut by %s" % (rid, other), path,
           ['issued report version %d: cut is "%s" in the table, the audit'
            ' log says "%s"' % (vid, other, cut)])


def c_observation_import():
    """A row of the bulk import edited (the import's entry holds it)."""
    path = copy()
    db = connect(path)
    oid = db.execute("SELECT id FROM observation WHERE period LIKE '1991-%'"
                     " ORDER BY random() LIMIT 1").fetchone()[0]
    c = rng.choice(["value", "period", "note", "note_sr", "entered_at",
                    "entered_by", "source_id"])
    v = {"value": 123456.5, "period": "1990-12", "note": "forged",
         "note_sr": "krivotvoreno",
         "entered_at": "2020-01-01T00:00:00Z", "entered_by": "mallory", "source_id": 1}[c]
    db.execute("UPDATE observation SET %s=? WHERE id=?" % c, (v, oid))
    db.close()
    expect("imported observation %d: %s" % (oid, c), path,
           ["observation %d: %s is " % (oid, c)])


KINDS = [c_item_field, c_item_field, c_item_field, c_row_insert, c_row_delete,
         c_row_delete, c_role_raised, c_account_other, c_token_insert, c_token_alter,
         c_session_insert, c_session_alter, c_approval, c_approval, c_audit_edit,
         c_audit_remove, c_audit_append, c_audit_tail, c_rewrite, c_trigger,
         c_report_swap, c_report_cut, c_observation_import]

# Every kind once, then random ones.
plan = list(KINDS) + [rng.choice(KINDS) for _ in range(max(0, NCASE - len(KINDS)))]
for fn in plan:
    try:
        fn()
    except Exception as e:      # a case that could not be made is a failure
        nfail += 1
        print("FAIL: %s (seed %d) could not be made: %r" % (fn.__name__, SEED, e))


def c_publish():
    """The joint record's published copies (pub_TABLE, 'publish' entries):
    a publication appended with its right hash, as Accord makes one; verify
    must pass, then find a copy edited and a copy with no entry."""
    global npass, nfail
    path = copy()
    db = connect(path)
    g = db.execute("SELECT id FROM goal ORDER BY random() LIMIT 1").fetchone()[0]
    gcols = ", ".join('"%s"' % c for c in cols(db, "goal"))
    db.execute("DELETE FROM pub_goal WHERE id=?", (g,))
    db.execute("INSERT INTO pub_goal(%s) SELECT %s FROM goal WHERE id=?"
               % (gcols, gcols), (g,))
    cs = cols(db, "goal")
    row = dict(zip(cs, db.execute("SELECT * FROM goal WHERE id=?", (g,)).fetchone()))
    for c in ("target", "baseline_value"):
        if isinstance(row.get(c), int):
            row[c] = float(row[c])
    data = json.dumps(row, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    last_id, last_hash = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC"
                                    " LIMIT 1").fetchone()
    at = "2026-12-31T00:00:00Z"
    with Unguarded(db, "audit_log"):
        db.execute("INSERT INTO audit_log(id, at, actor, action, entity, item_id, data,"
                   " prev_hash, hash) VALUES(?, ?, 'tester', 'publish', 'goal', ?, ?, ?, ?)",
                   (last_id + 1, at, g, data, last_hash,
                    entry_hash(last_hash, at, "tester", "publish", "goal", g, data)))
    db.close()
    rc, err = verify(path)
    if rc == 0:
        npass += 1
    else:
        nfail += 1
        print("FAIL: a publication made as Accord would: %s" % err[:400])
    db = connect(path)
    db.execute("UPDATE pub_goal SET title=title||' (edited)' WHERE id=?", (g,))
    other = db.execute("SELECT min(id) FROM goal WHERE id NOT IN (SELECT id FROM"
                       " pub_goal)").fetchone()[0]
    db.execute("INSERT INTO pub_goal(%s) SELECT %s FROM goal WHERE id=?"
               % (gcols, gcols), (other,))
    db.close()
    expect("published goal %d edited" % g, path, ["published goal %d: title is " % g])
    expect("published goal %d with no entry" % other, path,
           ["published goal %d: in the table but in no audit entry" % other])


try:
    c_publish()
except Exception as e:
    nfail += 1
    print("FAIL: c_publish could not be made: %r" % (e,))

# ---- signatures (docs/design.md, "Approvals are signatures") --------------
def flip(hexstr):
    """hexstr with its first byte changed."""
    return ("00" if hexstr[:2] != "00" else "11") + hexstr[2:]


def c_signatures():
    """A byte of an approval's signature changed; an approval forged (its
    key rewritten to one of another party); a signed approval replayed
    onto another version; a signed checkpoint's head hash changed; a
    checkpoint removed."""
    path = copy()
    db = connect(path)
    r = db.execute("SELECT id, signature FROM approval WHERE signature IS NOT NULL"
                   " ORDER BY random() LIMIT 1").fetchone()
    db.execute("UPDATE approval SET signature=? WHERE id=?", (flip(r[1]), r[0]))
    db.close()
    expect("approval %d signature byte" % r[0], path,
           [["approval %d: signature:" % r[0], "does not verify"]])
    path = copy()
    db = connect(path)
    r = db.execute("SELECT ap.id, ap.party_id, k.id FROM approval ap JOIN signing_key k"
                   " ON k.party_id<>ap.party_id WHERE ap.signature IS NOT NULL"
                   " ORDER BY random() LIMIT 1").fetchone()
    db.execute("UPDATE approval SET key_id=? WHERE id=?", (r[2], r[0]))
    db.close()
    expect("approval %d forged with key %d" % (r[0], r[2]), path,
           [["approval %d: signature: for party %d, signed by key %d"
             % (r[0], r[1], r[2])]])
    path = copy()
    db = connect(path)
    r = db.execute("SELECT entity, item_id, version, party_id FROM approval"
                   " WHERE signature IS NOT NULL ORDER BY random() LIMIT 1").fetchone()
    db.execute("INSERT INTO approval(entity, item_id, version, party_id, account_id, at,"
               " content_hash, key_id, signature) SELECT entity, item_id, version+500,"
               " party_id, account_id, at, content_hash, key_id, signature FROM approval"
               " WHERE entity=? AND item_id=? AND version=? AND party_id=?", r)
    db.close()
    expect("signed approval replayed", path,
           [["approval %s/%d/%d/%d" % (r[0], r[1], r[2] + 500, r[3]), "in no audit entry"]])
    path = copy()
    db = connect(path)
    c = db.execute("SELECT id, head_hash FROM checkpoint ORDER BY random() LIMIT 1").fetchone()
    db.execute("UPDATE checkpoint SET head_hash=? WHERE id=?", (flip(c[1]), c[0]))
    db.close()
    expect("checkpoint %d head changed" % c[0], path, [["checkpoint %d" % c[0]]])
    path = copy()
    db = connect(path)
    c = db.execute("SELECT id FROM checkpoint ORDER BY random() LIMIT 1").fetchone()
    db.execute("DELETE FROM checkpoint WHERE id=?", c)
    db.close()
    expect("checkpoint %d removed" % c[0], path,
           [["checkpoint %d: in the audit log" % c[0], "not in the table"]])


try:
    c_signatures()
except Exception as e:
    nfail += 1
    print("FAIL: c_signatures could not be made: %r" % (e,))
if PG:
    pgdb.remove(os.path.join(WORK, "case.db"))
shutil.rmtree(WORK, ignore_errors=True)
print("tamper: %d passed, %d failed (seed %d)" % (npass, nfail, SEED))
sys.exit(1 if nfail else 0)
