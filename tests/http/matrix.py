#!/usr/bin/env python3
"""matrix.py: the role x route x classification matrix (run by t_matrix.sh).

Reads the route table (`accord test-routes`), the fixtures of
fixtures.sh (fixtures.tsv) and the database, plans one probe per route,
target item and role, sends them all with curl (one process, one
connection per batch: curl is the HTTP client of the suite), and judges
each answer against the rules restated here from src/core/access.c and
src/store/store.h:

  reads    200 if the role may see the item, else 404 (never 403); / sends
           a logged-in role to its home page (303), /home sends the
           public to /login and shows each role only what it may see;
           a route needing a login sends the public to /login (pages) or
           answers 401 (API);
  writes   the public is sent to /login (pages) or gets 401 (API); a role
           access_can() refuses gets 403 and nothing changes; a role it
           allows gets past the check: a form page 200, an item it may
           not see the same answer as no item at all, an invalid new item
           400;
  leaks    no body names an item its reader may not see.

Usage: matrix.py DIR BASE DB ACCORD OUT
Prints FAIL lines, the compact matrix, and "checks: P passed, F failed".
"""
import hashlib
import json
import os
import subprocess
import sys

# The database on either backend (tests/pg/pydb.py).
sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "pg"))
import pydb  # noqa: E402

DIR, BASE, DB, ACCORD, OUT = sys.argv[1:6]
AT = "2026-06-30"
# The roles for everything, then accounts with scoped grants (t_matrix.sh
# makes them): observers that are a lead of the economic working group
# cleared for its restricted items, a member of the Security and Defense
# group, the secretariat of the restricted fixture dialogue.
SCOPED = ["sc_lead", "sc_member", "sc_sec"]
ROLES = ["public", "observer", "wg_member", "wg_lead", "cochair",
         "secretariat", "admin"] + SCOPED
LOGIN = {"observer": "observer", "wg_member": "wg-member",
         "wg_lead": "wg-lead", "cochair": "us-cochair",
         "secretariat": "us-secretariat", "admin": "admin",
         "sc_lead": "sc-lead", "sc_member": "sc-member", "sc_sec": "sc-sec"}
RANK = {"public": 0, "internal": 1, "restricted": 2}
ROLE_RANK = {"public": 0, "observer": 1, "wg_member": 1, "wg_lead": 1,
             "cochair": 2, "secretariat": 2, "admin": 2,
             # the scoped accounts' role for everything is observer
             "sc_lead": 1, "sc_member": 1, "sc_sec": 1}

# Entities: table, has a classification, needs joint publication, the
# field naming its visibility parent and the parent's entity (model.c).
# The public reads the published rows (pub_<table>, src/store/publish.c):
# of kinds needing joint publication the approved version, of sources and
# observations what was published with them; other kinds never.
ENT = {
    "source": ("source", True, False, None, None),
    "dialogue": ("dialogue", True, True, None, None),
    "party": ("party", False, True, "dialogue_id", "dialogue"),
    "person": ("person", False, False, "party_id", "party"),
    "area": ("area", False, True, "dialogue_id", "dialogue"),
    "wg": ("working_group", False, True, "dialogue_id", "dialogue"),
    "member": ("wg_member", False, False, "wg_id", "wg"),
    "contact": ("wg_log", True, False, "wg_id", "wg"),
    "benefit": ("benefit", False, True, "dialogue_id", "dialogue"),
    "indicator": ("indicator", True, True, "dialogue_id", "dialogue"),
    "observation": ("observation", False, False, "indicator_id", "indicator"),
    "goal": ("goal", True, True, "dialogue_id", "dialogue"),
    "goal-benefit": ("goal_benefit", False, True, "goal_id", "goal"),
    "step": ("roadmap_step", False, True, "dialogue_id", "dialogue"),
    "meeting": ("meeting", True, True, "dialogue_id", "dialogue"),
    "participant": ("participant", False, False, "meeting_id", "meeting"),
    "decision": ("decision", False, True, "meeting_id", "meeting"),
    "document": ("document", True, True, "dialogue_id", "dialogue"),
    "risk": ("risk", True, True, "dialogue_id", "dialogue"),
    "release": ("release", True, True, "dialogue_id", "dialogue"),
    "event": ("event", False, True, "indicator_id", "indicator"),
    "narrative": ("narrative", True, True, "area_id", "area"),
    # Cooperation projects (024_projects.sql): what belongs to a project
    # is seen with it.
    "project": ("project", True, True, "dialogue_id", "dialogue"),
    "project-goal": ("project_goal", False, True, "project_id", "project"),
    "project-party": ("project_party", False, True, "project_id", "project"),
    "funding": ("project_funding", False, True, "project_id", "project"),
    "activity": ("activity", False, True, "project_id", "project"),
    "project-link": ("project_link", False, True, "project_id", "project"),
    # The plan's life (027_planlife.sql): seen with the goal, step, dialogue
    # or area it belongs to.
    "goal-event": ("goal_event", False, True, "goal_id", "goal"),
    "fulfilment": ("step_fulfilment", False, True, "step_id", "step"),
    "readiness": ("readiness_criterion", False, True, "dialogue_id",
                  "dialogue"),
    "crosswalk": ("area_crosswalk", False, True, "area_id", "area"),
    # The dimensions of breakdowns a dialogue declares (038_dimension.sql):
    # seen with the dialogue, a value with its dimension.
    "dimension": ("dimension", False, True, "dialogue_id", "dialogue"),
    "dimension-value": ("dimension_value", False, True, "dimension_id",
                        "dimension"),
}
PROJECT_KINDS = {"project", "project-goal", "project-party", "funding",
                 "activity", "project-link"}
PUB_WITH = {"source", "observation"}
SEG = {}
for e in ENT:
    for alias in (e, e + "s", ENT[e][0], ENT[e][0] + "s",
                  e.replace("-", "_"), e.replace("-", "_") + "s"):
        SEG[alias] = e
SEG.update({"activities": "activity", "project_parties": "project-party",
            "parties": "party", "people": "person", "persons": "person",
            "working-groups": "wg", "docs": "document", "roadmap": "step",
            "readiness_criteria": "readiness"})

MEMBER_W = {"observation", "event", "contact", "source"} | PROJECT_KINDS
LEAD_W = MEMBER_W | {"goal", "goal-benefit", "member", "meeting",
                     "participant", "decision", "indicator", "risk"}


def can(role, act, ent):
    """access_can() of src/core/access.c."""
    if act == "read":
        return True
    if act == "approve":
        return role == "cochair"
    if act == "admin":
        return role == "admin"
    if act != "write":
        return False
    if role in ("cochair", "secretariat", "admin"):
        return True
    if ent is None:
        return role in ("wg_member", "wg_lead")
    if role == "wg_lead":
        return ent in LEAD_W
    if role == "wg_member":
        return ent in MEMBER_W
    return False


db = pydb.connect(DB, readonly=True)


def pub_visible(ent, iid, depth=0):
    """Whether the public sees item iid: its published row (pub_<table>)
    is public, and so is its visibility parent's published row."""
    table, has_class, pub, pfield, pent = ENT[ent]
    if depth > 8 or not (pub or ent in PUB_WITH):
        return False
    cols = ["id"] + (["classification"] if has_class else []) + \
        ([pfield] if pfield else [])
    row = db.execute("SELECT %s FROM pub_%s WHERE id=?" % (",".join(cols),
                     table), (iid,)).fetchone()
    if row is None:
        return False
    r = dict(zip(cols, row))
    if has_class and r["classification"] != "public":
        return False
    if ent == "risk":
        d = db.execute("SELECT publish_risks FROM pub_dialogue WHERE id=?",
                       (r["dialogue_id"],)).fetchone()
        if not d or d[0] != 1:
            return False
    if pfield and r.get(pfield) is not None:
        return pub_visible(pent, r[pfield], depth + 1)
    return True


def vis_of(ent, iid):
    """(most secret class on the way up, the public sees it)."""
    if ent == "account":
        # /admin/user/:login (page_admin.c): an account, by login; only the
        # admin role gets past access_can(), and sees every account.
        row = db.execute("SELECT 1 FROM account WHERE login=?",
                         (iid,)).fetchone()
        return (0, True) if row else None
    table, has_class, pub, pfield, pent = ENT[ent]
    cols = ["id"] + (["classification"] if has_class else []) + \
        ([pfield] if pfield else [])
    row = db.execute("SELECT %s FROM %s WHERE id=?" % (",".join(cols), table),
                     (iid,)).fetchone()
    if row is None:
        return None
    r = dict(zip(cols, row))
    rank = RANK[r["classification"]] if has_class else 0
    if pfield and r.get(pfield) is not None:
        up = vis_of(pent, r[pfield])
        if up is None:
            return None
        rank = max(rank, up[0])
    return (rank, pub_visible(ent, iid))


def dialogue_of(ent, iid, depth=0):
    """The dialogue an item belongs to (store_pub_dialogue()), or None."""
    if ent == "dialogue":
        return iid
    table, has_class, pub, pfield, pent = ENT[ent]
    if pfield is None or depth > 8:
        return None
    row = db.execute("SELECT %s FROM %s WHERE id=?" % (pfield, table),
                     (iid,)).fetchone()
    if row is None or row[0] is None:
        return None
    return row[0] if pent == "dialogue" else \
        dialogue_of(pent, row[0], depth + 1)


COCHAIR_D = (db.execute("SELECT p.dialogue_id FROM account a JOIN party p"
                        " ON p.id=a.party_id WHERE a.login=?",
                        (LOGIN["cochair"],)).fetchone() or [None])[0]


def visible(role, v):
    if v is None:
        return False
    rank, ok = v
    if role == "public":
        return ok       # the published version decides
    return rank <= ROLE_RANK[role]


# ---- grants and scopes (src/store/grant.c, src/store/authz.c) -----------
def one(sql, args):
    r = db.execute(sql, args).fetchone()
    return r[0] if r else None


def account_of(login):
    """The account's role for everything, its own party, its party's
    dialogue (co-chairs, secretariats) and its scoped grants."""
    aid, role, party, person = db.execute(
        "SELECT id, role, party_id, person_id FROM account WHERE login=?",
        (login,)).fetchone()
    own = party or (one("SELECT party_id FROM person WHERE id=?", (person,))
                    if person else None)
    pdial = None
    if role in ("cochair", "secretariat") and party:
        pdial = one("SELECT dialogue_id FROM party WHERE id=?", (party,)) \
            or -1
    grants = [dict(role=g[0], dial=g[1] or 0, wg=g[2] or 0,
                   level=RANK[g[3]]) for g in db.execute(
        "SELECT role, dialogue_id, wg_id, clearance FROM account_grant"
        " WHERE account_id=?", (aid,))]
    return dict(role=role, own=own, pdial=pdial, grants=grants)


ACC = {r: account_of(LOGIN[r]) for r in LOGIN}


def row_of(ent, iid):
    cur = db.execute("SELECT * FROM %s WHERE id=?" % ENT[ent][0], (iid,))
    r = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], r)) if r else None


def wgs_of_indicator(iid):
    return {w for (w,) in db.execute("SELECT wg_id FROM goal WHERE"
                                     " indicator_id=? AND wg_id IS NOT NULL",
                                     (iid,))}


def scope_cleared(acc, ent, r, cls):
    """store_scope_sql(): a grant clearing the item's own scope for cls."""
    base = ROLE_RANK[acc["role"]]
    for g in acc["grants"]:
        if g["level"] <= base or g["level"] < cls:
            continue
        if ent == "dialogue" and g["dial"] == r["id"]:
            return True
        if "dialogue_id" in r and g["dial"] and g["dial"] == r["dialogue_id"]:
            return True
        if "wg_id" in r and g["wg"] and g["wg"] == r["wg_id"]:
            return True
        if ent == "contact" and g["dial"] and g["dial"] == one(
                "SELECT dialogue_id FROM working_group WHERE id=?",
                (r["wg_id"],)):
            return True
        if ent == "indicator" and g["wg"] in wgs_of_indicator(r["id"]):
            return True
    return False


def vis_scoped(role, ent, iid, depth=0):
    """What an account with scoped grants sees: each item up the chain of
    visibility parents within its role's clearance or a grant's."""
    table, has_class, pub, pfield, pent = ENT[ent]
    r = row_of(ent, iid)
    if r is None or depth > 8:
        return False
    acc = ACC[role]
    if has_class:
        cls = RANK[r["classification"]]
        if cls > ROLE_RANK[acc["role"]] and \
                not scope_cleared(acc, ent, r, cls):
            return False
    if pfield and r.get(pfield) is not None:
        return vis_scoped(role, pent, r[pfield], depth + 1)
    return True


def sees(role, ent, iid):
    if iid is None or ent is None or ent == "?":
        return False
    if role in SCOPED and ent != "account":
        return vis_scoped(role, ent, iid)
    return visible(role, vis_of(ent, iid))


def gate(role, act, ent):
    """store_account_can(): any grant of the account allows it."""
    acc = ACC.get(role)
    if acc is None:
        return can(role, act, ent)
    return can(acc["role"], act, ent) or (act == "write" and any(
        can(g["role"], act, ent) for g in acc["grants"]))


def item_scope(ent, iid):
    """authz.c's item_scope(): dialogue, working groups, owning party."""
    r = row_of(ent, iid) or {}
    wgs = set()
    if r.get("wg_id"):
        wgs.add(r["wg_id"])
    if ent in ("participant", "decision"):
        w = one("SELECT wg_id FROM meeting WHERE id=?", (r["meeting_id"],))
        if w:
            wgs.add(w)
    if ent in ("goal-benefit", "goal-event"):
        w = one("SELECT wg_id FROM goal WHERE id=?", (r["goal_id"],))
        if w:
            wgs.add(w)
    if ent in PROJECT_KINDS and ent != "project":
        w = one("SELECT wg_id FROM project WHERE id=?", (r["project_id"],))
        if w:
            wgs.add(w)
    if ent == "indicator":
        wgs |= wgs_of_indicator(iid)
    if ent == "observation":
        wgs |= wgs_of_indicator(r["indicator_id"])
    party = iid if ent == "party" else r.get("party_id") \
        if ent in ("benefit", "person") else None
    return dialogue_of(ent, iid), wgs, party


def authorized(role, ent, iid):
    """store_authorize() of a change to an existing item."""
    acc = ACC.get(role)
    if acc is None:
        return False
    dial, wgs, party = item_scope(ent, iid)

    def covers(grole, gd, gw):
        if not can(grole, "write", ent):
            return False
        if (not gd and not gw) or ent == "source":
            return True
        return dial == gd if gd else gw in wgs
    m = set()
    if covers(acc["role"], acc["pdial"] or 0, 0):
        m.add(acc["role"])
    for g in acc["grants"]:
        if covers(g["role"], g["dial"], g["wg"]):
            m.add(g["role"])
    if not m:
        return False
    if party and party != acc["own"]:
        return False
    if ent == "source" and "secretariat" not in m and one(
            "SELECT EXISTS(SELECT 1 FROM observation WHERE source_id=?1)"
            " OR EXISTS(SELECT 1 FROM indicator WHERE source_id=?1)",
            (iid,)):
        return False
    return True


def obs_authorized(role, ind):
    """store_obs_authorize(): may the role add observations of ind."""
    acc = ACC.get(role)
    if acc is None:
        return False
    dial, wgs = dialogue_of("indicator", ind), wgs_of_indicator(ind)

    def covers(grole, gd, gw):
        if not can(grole, "write", "observation"):
            return False
        if not gd and not gw:
            return True
        return dial == gd if gd else gw in wgs
    if covers(acc["role"], acc["pdial"] or 0, 0):
        return True
    return any(covers(g["role"], g["dial"], g["wg"]) for g in acc["grants"])


def write_authorized(role, pattern, tent, iid):
    """authorized(), but the data-entry grid of a dialogue (page_entry.c)
    and its CSV upload (page_import.c) are refused only when the grid
    would list no indicator: none the role sees and may add observations
    to."""
    if pattern.endswith("/entry") or pattern.endswith("/import"):
        return any(sees(role, "indicator", i) and obs_authorized(role, i)
                   for (i,) in db.execute("SELECT id FROM indicator WHERE"
                                          " dialogue_id=?", (iid,)))
    return authorized(role, tent, iid)


# Fixtures (fixtures.sh) and their markers.
fixtures = []
with open(os.path.join(DIR, "fixtures.tsv")) as f:
    for line in f:
        e, c, a, iid, mk = line.rstrip("\n").split("\t")
        fixtures.append((e, int(iid), mk))
FORBID = {}
for role in ROLES:
    FORBID[role] = [mk.lower() for e, iid, mk in fixtures
                    if not sees(role, e, iid)]


def targets_of(ent):
    """(id, label) of the items to probe for entity ent: its fixtures, or
    up to three demo items of different visibility."""
    if ent == "account":
        return [("observer", "account observer")]
    t = [(iid, mk) for e, iid, mk in fixtures if e == ent]
    if t:
        return t
    seen = {}
    table = ENT[ent][0]
    for (iid,) in db.execute("SELECT id FROM %s ORDER BY id" % table):
        v = vis_of(ent, iid)
        if v not in seen:
            seen[v] = iid
        if len(seen) >= 3:
            break
    return [(iid, "demo %s:%s%s" % (ent, ["pub", "int", "res"][v[0]],
                                     "" if v[1] else "/unappr"))
            for v, iid in seen.items()]


def first_visible(ent):
    table = ENT[ent][0]
    for (iid,) in db.execute("SELECT id FROM %s ORDER BY id" % table):
        if visible("public", vis_of(ent, iid)):
            return iid
    return 1


def route_targets(pattern):
    """[(path, entity, id or None, label)]: the paths to probe."""
    segs = pattern.split("/")
    if not any(s.startswith(":") for s in segs):
        return [(pattern, None, None, "-")]
    caps = [i for i, s in enumerate(segs) if s.startswith(":")]
    ents = []
    for i in caps:
        if segs[i] == ":login":
            ents.append("account")
            continue
        ents.append(SEG.get(segs[i - 1]) if i > 0 else None)
    if any(e is None for e in ents):
        return [(pattern, "?", None, "?")]
    for i, e in zip(caps[:-1], ents[:-1]):
        segs[i] = str(first_visible(e))
    last, ent = caps[-1], ents[-1]
    out = []
    segs[last] = "987654321"
    out.append(("/".join(segs), ent, None, "none"))
    for iid, label in targets_of(ent):
        segs[last] = str(iid)
        out.append(("/".join(segs), ent, iid, label))
    return out


def query_for(params):
    q = []
    for p in params:
        if p in ("at", "as_of", "date"):
            q.append("%s=%s" % (p, AT))
        elif p in ("q", "query", "search", "term", "text"):
            q.append("%s=Zmk" % p)
        elif p == "limit":
            q.append("limit=500")
    return ("?" + "&".join(q)) if q else ""


def readf(path, default=""):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return default


TOKEN = {r: readf(os.path.join(DIR, "tok", LOGIN[r])) for r in LOGIN}
CSRF = {r: readf(os.path.join(DIR, "jar", LOGIN[r] + ".csrf")) for r in LOGIN}
BATCH = os.path.join(DIR, "mbatch")
os.makedirs(BATCH, exist_ok=True)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Cell:
    def __init__(self, cid, role, method, path, expect, mode, params, isapi):
        self.cid, self.role, self.method, self.path = cid, role, method, path
        self.expect, self.mode, self.params, self.isapi = \
            expect, mode, params, isapi
        self.status = None
        self.shown = "-"


def curl_block(c):
    lines = []
    url = BASE + c.path
    body = None
    ctype = None
    if c.method == "GET":
        url += query_for(c.params)
    elif c.isapi:
        body, ctype = "{}", "application/json"
    else:
        csrf = CSRF.get(c.role, "")
        if c.mode == "poison":
            first = c.params[0] if c.params else "title"
            body = "csrf=%s&%s=%%FF%%FE" % (csrf, first)
        else:
            body = "csrf=%s" % csrf
        ctype = "application/x-www-form-urlencoded"
    lines += ["url = " + q(url), 'request = "%s"' % c.method,
              "output = " + q(os.path.join(BATCH, c.cid + ".b")),
              "dump-header = " + q(os.path.join(BATCH, c.cid + ".h")),
              'write-out = "%%{http_code} %s\\n"' % c.cid,
              "globoff", "path-as-is", "silent", "max-time = 20"]
    if c.role != "public":
        if c.isapi:
            lines.append("header = " + q("Authorization: Bearer " +
                                         TOKEN[c.role]))
        else:
            lines.append("cookie = " + q(os.path.join(DIR, "jar",
                                                      LOGIN[c.role])))
    if body is not None:
        lines.append("header = " + q("Content-Type: " + ctype))
        lines.append("data-binary = " + q(body))
    return "\n".join(lines)


def run_batch(cells):
    if not cells:
        return
    cfg = os.path.join(BATCH, "cfg")
    with open(cfg, "w") as f:
        f.write("\nnext\n".join(curl_block(c) for c in cells) + "\n")
    out = subprocess.run(["curl", "-K", cfg], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True).stdout
    got = {}
    for line in out.splitlines():
        parts = line.split(" ", 1)
        if len(parts) == 2:
            got[parts[1]] = parts[0]
    for c in cells:
        c.status = got.get(c.cid, "000")


def location(c):
    try:
        with open(os.path.join(BATCH, c.cid + ".h"), errors="replace") as f:
            for line in f:
                if line.lower().startswith("location:"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def body_of(c):
    try:
        with open(os.path.join(BATCH, c.cid + ".b"), "rb") as f:
            return f.read().decode("utf-8", "replace")
    except OSError:
        return ""


NPASS = NFAIL = NLEAK = NWRONG = 0


def ok():
    global NPASS
    NPASS += 1


def fail(msg):
    global NFAIL
    NFAIL += 1
    print("FAIL: " + msg)


def judge(cells, by_id):
    global NLEAK, NWRONG
    for c in cells:
        got = c.status
        if got in ("302", "303") and location(c).startswith("/login"):
            got = "L"
        exp = c.expect
        if exp.startswith("SAME:"):
            other = by_id.get(exp[5:])
            exp = other.status if other and other.status else "404"
        good = got in exp.split()
        text = body_of(c).lower()
        leaked = sorted({m for m in FORBID[c.role] if m in text})
        sym = {"L": "L", "404": "n", "403": "x", "400": "v", "422": "v",
               "415": "v", "401": "L"}.get(got, "+" if got[:1] == "2" or
                                         got == "303" else "?")
        if good and not leaked:
            ok()
        else:
            NWRONG += 1
            if leaked:
                NLEAK += 1
            fail("%s %s %s: expected {%s}, got %s%s" % (
                c.role, c.method, c.path, exp, got,
                "; LEAKS " + " ".join(leaked) if leaked else "") +
                "\n  body: " + body_of(c)[:200].replace("\n", " "))
            sym = "$" if leaked else "!"
        c.shown = sym


def digest():
    """(digest, rows per table, digest per table)."""
    h = hashlib.sha256()
    per = {}
    tables = [t for t in pydb.tables(db) if t not in
              ('session', 'api_token', 'login_failure', 'login_device')
              and not t.startswith('sqlite_')]
    for t in tables:
        ht = hashlib.sha256()
        try:
            for row in db.execute("SELECT * FROM \"%s\" ORDER BY 1" % t):
                h.update(repr(row).encode())
                ht.update(repr(row).encode())
        except pydb.Error:
            h.update(t.encode())
        per[t] = ht.hexdigest()
    return h.hexdigest()[:16], {t: db.execute(
        "SELECT count(*) FROM \"%s\"" % t).fetchone()[0] for t in tables
        if not t.endswith(("_fts", "_data", "_idx", "_docsize",
                           "_config", "_content"))}, per


# ---- plan ---------------------------------------------------------------
routes = json.loads(subprocess.run([ACCORD, "test-routes"],
                                   stdout=subprocess.PIPE, text=True).stdout)
rows = []        # (route label, target label, {role: Cell or None})
reads, writes, approvals = [], [], []
by_id = {}
none_id = {}
n = 0
for r in routes:
    method, pattern, act = r["method"], r["pattern"], r["action"]
    ent, login = r.get("entity"), r.get("login")
    params = r.get("params") or []
    if pattern in ("/login", "/logout"):
        continue   # t_attack.sh
    isapi = pattern.startswith("/api/")
    deny_public = "401" if isapi else "L"
    for (path, tent, iid, label) in route_targets(pattern):
        row = {}
        rows.append(("%s %s" % (method, pattern), label, row))
        if tent == "?":
            continue
        v = vis_of(tent, iid) if iid is not None else None
        for role in ROLES:
            n += 1
            cid = "c%d" % n
            vis = (iid is None and tent is None) or \
                (iid is not None and sees(role, tent, iid))
            mode, phase, ex = "read", 1, None
            if act == "read":
                if role == "public" and login:
                    ex = deny_public
                elif method == "GET" and pattern == "/" and role != "public":
                    # A logged-in person lands on /home (page_home.c); the
                    # portfolio is /dialogues for everyone.
                    ex = "303"
                elif method != "GET" and pattern.startswith("/account/"):
                    # One's own account (page_admin.c): an empty form is
                    # refused, naming what is missing.
                    ex, mode = "400", "empty"
                elif method != "GET":
                    ex, mode = "200 303", "empty"
                else:
                    # /item/KIND/ID may redirect to the item's own page.
                    ex = "200 303" if vis else "404"
            elif role == "public":
                ex, mode = deny_public, "empty"
            elif not gate(role, act, ent):
                ex, mode = "403", "empty"
            elif method == "GET" and act == "write" and vis and \
                    iid is not None and \
                    not write_authorized(role, pattern, tent, iid):
                # Outside the scope of every grant, or another party's
                # own item, or a cited source (authz.c): the form is
                # refused too.
                ex = "403"
            elif method == "GET":
                ex = "200" if vis else "404"
            elif tent is None:
                ex, mode = "400 415 422", "poison"   # an invalid new item
            elif label == "none":
                ex, mode = "400 404", "empty"
            elif not vis:
                # An item the role may not see: as if there were none.
                ex, mode = "SAME:" + none_id[role], "empty"
            elif act == "approve" and v == (0, True):
                row[role] = None    # approving the published item again
                continue
            elif act == "approve" and dialogue_of(tent, iid) != COCHAIR_D:
                # Only a co-chair of a party of the item's dialogue.
                ex, mode = "403", "empty"
            elif act == "approve":
                # An approval is a signature: one without the content hash
                # and the password is refused (t_sign.sh signs them).
                ex, mode, phase = "400", "empty", 2
            elif act == "write" and \
                    not write_authorized(role, pattern, tent, iid):
                ex, mode = "403", "empty"   # refused; nothing changes
            else:
                row[role] = None    # changing a visible item: t_write.sh
                continue
            c = Cell(cid, role, method, path, ex, mode, params, isapi)
            row[role] = c
            by_id[cid] = c
            if label == "none":
                none_id[role] = cid
            if phase == 2:
                approvals.append(c)
            elif method == "GET":
                reads.append(c)
            else:
                writes.append(c)

# ---- run ----------------------------------------------------------------
d0, counts0, per0 = digest()
run_batch(reads)
judge(reads, by_id)
run_batch(writes)
judge(writes, by_id)
d1, counts1, per1 = digest()
if d1 == d0:
    ok()
else:
    # The tables whose rows changed, with their counts before and after.
    fail("refused or invalid writes changed the database: tables %s" % [
        "%s %d->%d" % (t, counts0.get(t, 0), counts1.get(t, 0))
        for t in per1 if per0.get(t) != per1.get(t)])
run_batch(approvals)
judge(approvals, by_id)

# ---- leak sweep: every GET list of the API, every role, all pages -------
# (done by the read cells: each list and search route is a target "-")

# ---- print --------------------------------------------------------------
with open(OUT, "w") as f:
    f.write("%-44s %-22s %s\n" % ("route", "item", " ".join(
        "%-6.6s" % r for r in ROLES)))
    for label, tlabel, row in rows:
        cells = []
        for role in ROLES:
            c = row.get(role)
            cells.append("%-6s" % ("?" if tlabel == "?" else "-" if c is None
                                   else (c.status if c.shown not in "!$"
                                         else c.status + c.shown)))
        f.write("%-44s %-22.22s %s\n" % (label, tlabel, " ".join(cells)))

# The compact matrix: one line per route, per role one symbol per item
# (in the order: none, then the items).
print("matrix: + allowed (2xx/303), n 404, x 403, L to /login or 401, "
      "v 400 (invalid), - not probed, ! wrong, $ leak, ? unknown path")
print("%-44s %s" % ("route [items]", " ".join("%-8.8s" % r for r in ROLES)))
cur = None
compact = []
for label, tlabel, row in rows:
    if label != cur:
        compact.append([label, [], {r: "" for r in ROLES}])
        cur = label
    compact[-1][1].append(tlabel)
    for role in ROLES:
        c = row.get(role)
        compact[-1][2][role] += "?" if tlabel == "?" else "-" if c is None \
            else c.shown
for label, tl, sy in compact:
    print("%-44s %s" % (label, " ".join("%-8s" % sy[r] for r in ROLES)))
print("matrix: %d routes, %d cells, %d wrong, %d leaking; saved to %s" % (
    len(compact), len(by_id), NWRONG, NLEAK, OUT))
print("checks: %d passed, %d failed" % (NPASS, NFAIL))
