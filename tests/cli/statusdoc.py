#!/usr/bin/env python3
"""statusdoc.py: the examples of docs/status.md, run through `accord`.

Each scenario below builds a small database with the `accord` command line
(or starts from `accord demo`), asks `accord status --at DATE --json`, and
keeps the sentence and figures the engine gives.  The script stores no
expected text: it checks that

  1. every quoted example in the doc that holds a number (a "..." quote or
     a > block quote; "…" marks an elided part) is a piece of a sentence
     the engine gave for some scenario, unless it is listed in NOT_ENGINE
     with the reason it is not engine output;
  2. the figures of the worked example (4.6) and the ratios the text cites
     are the engine's, formatted as the doc writes them;
  3. the ESCAP comparison counts of section 9 are those tests/unit/escap.c
     prints, when that binary is built.

It prints "ok: ..." or "FAIL: ..." per check; tests/cli/t_statusdoc.sh
counts them.  Usage: statusdoc.py ACCORD DOC [ESCAP_BINARY]
"""
import json
import os
import re
import shutil
import subprocess
import sys

# The database on either backend (tests/pg/pydb.py).
sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "pg"))
import pgdb  # noqa: E402
import pydb  # noqa: E402

ACCORD, DOC = sys.argv[1], sys.argv[2]
ESCAP = sys.argv[3] if len(sys.argv) > 3 else ""
FAILS = []
NOK = 0


def ok(msg):
    global NOK
    NOK += 1
    print("ok: " + msg)


def fail(msg):
    FAILS.append(msg)
    print("FAIL: " + msg)


def acc(db, *args, check=True):
    r = subprocess.run([ACCORD, "--db", db] + list(args),
                       capture_output=True, text=True,
                       env=dict(os.environ, ACCORD_USER="tester"))
    if check and r.returncode != 0:
        raise RuntimeError("accord %s: %s" % (" ".join(args), r.stderr.strip()))
    return r.stdout


def has_field(kind, name):
    r = subprocess.run([ACCORD, kind, "--help"], capture_output=True, text=True)
    return ("--" + name + " ") in (r.stdout + r.stderr)


# Periods after today need an indicator that takes forecasts, where the
# build has that field; the examples judge at dates after them.
FORECASTS = has_field("indicator", "forecasts")

TRADE = dict(name="total trade", unit="million USD", frequency="year",
             aggregation="sum")
TRADE_M = dict(TRADE, frequency="month")
TRADE_Q = dict(TRADE, frequency="quarter")
EMPL = dict(name="employment at US companies", unit="employees",
            frequency="year", aggregation="last")
EMPL_O = dict(EMPL, name="employment at US-origin companies")
EXER = dict(name="joint military exercises", unit="joint military exercises",
            frequency="year", aggregation="sum")
AGRE = dict(name="major agreements", unit="major agreements",
            frequency="year", aggregation="sum")
INCI = dict(name="incidents", unit="incidents", frequency="year",
            aggregation="sum")
AGRE3 = [("2025-03-10", "First"), ("2025-06-20", "Second"),
         ("2025-11-05", "Third")]
SOURCES = {
    "census": ("U.S. trade in goods with Serbia", "U.S. Census Bureau, Foreign Trade Division"),
    "rzs": ("Foreign trade of Serbia", "Statistical Office of Serbia"),
    "ipese": ("Strategic dialogue between Serbia and the US", "IPESE"),
}
GROWTH = dict(kind="growth", target="10", period="year", compounding="yes",
              baseline_period="2024")


def months(year, values):
    return [("%d-%02d" % (year, i + 1), v) for i, v in enumerate(values)]


def rm_db(db):
    for ext in ("", "-wal", "-shm"):
        if os.path.exists(db + ext):
            os.unlink(db + ext)


def fresh_copy(start, db):
    """DB: a copy of START, made once: a new database with dialogue d,
    its area a and the sources, where every scenario starts (a copy with
    tests/pg/pgdb.py on PostgreSQL, as the shell tests' db_cp)."""
    if not os.path.exists(start + ".made"):
        rm_db(start)
        acc(start, "init")
        acc(start, "dialogue", "add", "--code", "d", "--title", "D",
            "--state", "established", "--classification", "public")
        acc(start, "area", "add", "--dialogue_id", "d", "--code", "a",
            "--area_set", "plan", "--name", "A")
        for code, (title, pub) in SOURCES.items():
            acc(start, "source", "add", "--code", code, "--title", title,
                "--publisher", pub)
        open(start + ".made", "w").close()
    rm_db(db)
    if os.environ.get("ACCORD_PG_TEST"):
        r = pgdb.copy(start, db)
        if r.returncode:
            raise RuntimeError("copy %s: %s" % (start, r.stderr.strip()))
    else:
        shutil.copyfile(start, db)


def run_scenario(name, ind, obs, goal, at, work, extra=None):
    """A fresh database with one indicator and one goal: the status JSON.
    EXTRA may give "events" (day, title) recorded on the indicator,
    "stale_periods" set on the dialogue, and "report" (a quarter) whose
    quarterly report (CSV) is kept as "report" in the result."""
    extra = extra or {}
    db = os.path.join(work, name + ".db")
    fresh_copy(os.path.join(work, "start.db"), db)
    args = ["indicator", "add", "--dialogue_id", "d", "--code", "i"]
    for k, v in ind.items():
        args += ["--" + k, v]
    if FORECASTS:
        args += ["--forecasts", "yes"]
    acc(db, *args)
    for o in obs:
        period, value = o[0], o[1]
        args = ["observation", "add", "--indicator_id", "i", "--period",
                period, "--value", str(value)]
        if len(o) > 2 and o[2]:
            args += ["--source_id", o[2]]
        acc(db, *args)
    for day, title in extra.get("events", []):
        acc(db, "event", "add", "--indicator_id", "i", "--occurred_on", day,
            "--title", title)
    if "stale_periods" in extra:
        acc(db, "dialogue", "set", "d", "--stale_periods",
            str(extra["stale_periods"]))
    args = ["goal", "add", "--dialogue_id", "d", "--area_id", "a", "--code",
            "g", "--title", "G", "--classification", "public"]
    if goal.get("kind") != "milestone":
        args += ["--indicator_id", "i"]
    for k, v in goal.items():
        args += ["--" + k, v]
    acc(db, *args)
    g = status_of(db, "g", at)
    if "report" in extra:
        g["report"] = acc(db, "report", "quarterly", "--quarter",
                          extra["report"], "--format", "csv")
    return g


def status_of(db, code, at):
    d = json.loads(acc(db, "status", "--at", at, "--json"))
    for g in d["goals"]:
        if g["code"] == code:
            return g
    raise RuntimeError("no goal " + code)


def y(*pairs):
    return [(str(p), v) + tuple(rest) for p, v, *rest in pairs]


ANNUAL = y((2024, 1023.1), (2025, 1157.9))
DL27 = dict(GROWTH, deadline="2027-12-31")
SCEN = [
    # 2.4 sources: the same verdict, and verdicts that differ.
    ("src-same", TRADE, y((2024, 1023.1, "census"), (2025, 1157.9, "census"),
                          (2025, 1150, "rzs")),
     dict(DL27, baseline_value="1023.1"), "2026-03-01"),
    ("src-differ", TRADE, y((2024, 1023.1, "census"), (2025, 1157.9, "census"),
                            (2025, 1100, "rzs")),
     dict(DL27, baseline_value="1023.1"), "2026-03-01"),
    # 2.6: not started.
    ("not-started", TRADE, ANNUAL, dict(DL27, start_on="2026-01-01"),
     "2025-06-01"),
    # 4.1 baseline.
    ("no-baseline", TRADE, y((2025, 1157.9)), DL27, "2026-03-01"),
    ("baseline-part", TRADE_M, months(2024, [85] * 11) + months(2025, [96] * 12),
     DL27, "2026-03-01"),
    ("baseline-open", TRADE_M, months(2024, [85] * 5), DL27, "2024-06-01"),
    ("baseline-zero", TRADE, y((2024, 0), (2025, 1157.9)), DL27, "2026-03-01"),
    # 4.2 and 4.3.
    ("no-year", TRADE, y((2024, 1023.1)), DL27, "2025-06-01"),
    ("year-part", TRADE_M, months(2024, [85] * 12) + months(2025, [96] * 11),
     DL27, "2026-03-01"),
    ("on-track", TRADE, ANNUAL, DL27, "2026-03-01"),
    ("below", TRADE, y((2024, 1023.1), (2025, 1085.5)), DL27, "2026-03-01"),
    ("deterioration", TRADE, y((2024, 1023.1), (2025, 990.4)), DL27,
     "2026-03-01"),
    ("below-2026", TRADE, y((2024, 1023.1), (2025, 1085.5), (2026, 1190.0)),
     DL27, "2027-03-01"),
    ("year-alone", TRADE, ANNUAL + y((2026, 1190.0)), DL27, "2027-03-01"),
    # 4.4.1 the period judged, and a figure too old.
    ("judged-part", TRADE_M, months(2023, [80] * 12) + months(2024, [85] * 12)
     + months(2025, [96] * 11), dict(DL27, baseline_period="2023"),
     "2026-03-01"),
    ("judged-none", TRADE, y((2023, 900), (2024, 1023.1)),
     dict(DL27, baseline_period="2023"), "2026-03-01"),
    ("stale", TRADE, y((2023, 900), (2024, 1023.1)),
     dict(GROWTH, baseline_period="2023", deadline="2028-12-31"), "2027-03-01"),
    # 4.4.1 completeness: 2023, 2024 and 2025 due, 2024 reported; the
    # quarterly report also gives 6's "not reported (2025)".
    ("complete", EXER, y((2024, 3)),
     dict(kind="count_period", target="3", period="year", start_on="2023-01-01"),
     "2026-03-01", dict(report="2026-Q1")),
    # 4.4 the year in progress, by quarter.
    ("ytd-quarter", TRADE_Q, y(("2024-Q1", 240), ("2024-Q2", 240), ("2024-Q3", 240),
                               ("2024-Q4", 240), ("2025-Q1", 250), ("2025-Q2", 250),
                               ("2025-Q3", 250), ("2025-Q4", 250), ("2026-Q1", 270),
                               ("2026-Q2", 270)), DL27, "2026-09-01"),
    # 4.5 after the deadline.
    ("after-met", TRADE, ANNUAL + y((2026, 1190.0), (2027, 1400)), DL27,
     "2028-03-01"),
    ("after-late", TRADE, y((2024, 1000), (2025, 1050), (2026, 1150)),
     dict(GROWTH, deadline="2025-12-31"), "2027-03-01"),
    ("after-missed", TRADE, ANNUAL + y((2026, 1190.0), (2027, 1300)), DL27,
     "2028-03-01"),
    ("after-later", TRADE, ANNUAL + y((2026, 1190.0), (2027, 1300), (2028, 1310)),
     DL27, "2029-03-01"),
    ("after-nodata", TRADE, ANNUAL + y((2026, 1190.0)), DL27, "2028-03-01"),
    ("before-met", TRADE, y((2024, 1000), (2025, 1400)), DL27, "2026-03-01"),
    # 5 level goals.
    ("level-met", EMPL, y((2024, 30000), (2025, 41000)),
     dict(kind="level", target="40000", baseline_period="2024",
          deadline="2030-12-31"), "2026-03-01"),
    ("level-late", EMPL, y((2024, 30000), (2025, 35000), (2026, 41000)),
     dict(kind="level", target="40000", baseline_period="2024",
          deadline="2025-06-30"), "2027-03-01"),
    ("level-overdue", EMPL, y((2024, 30000), (2025, 35000)),
     dict(kind="level", target="40000", baseline_period="2024",
          deadline="2026-02-28"), "2026-03-01"),
    ("level-nolater", EMPL, y((2024, 30000)),
     dict(kind="level", target="40000", baseline_period="2024",
          deadline="2030-12-31"), "2025-03-01"),
    ("level-pace", EMPL_O, y((2024, 30000), (2025, 31000)),
     dict(kind="level", target="40000", baseline_period="2024",
          deadline="2030-12-31"), "2026-03-01"),
    ("level-sources", EMPL, y((2024, 112000, "ipese"), (2024, 30000)),
     dict(kind="level", target="40000", deadline="2030-12-31"), "2025-03-01"),
    # 6 count per period.
    ("count-all", EXER, y((2025, 3), (2026, 3), (2027, 4)),
     dict(kind="count_period", target="3", period="year", start_on="2025-01-01",
          deadline="2027-12-31"), "2028-02-01"),
    ("count-missed", EXER, y((2025, 3), (2026, 2), (2027, 4)),
     dict(kind="count_period", target="3", period="year", start_on="2025-01-01",
          deadline="2027-12-31"), "2028-02-01"),
    ("count-gap", EXER, y((2025, 3), (2027, 4)),
     dict(kind="count_period", target="3", period="year", start_on="2025-01-01",
          deadline="2027-12-31"), "2028-02-01"),
    ("count-short", EXER, y((2025, 2), (2026, 1)),
     dict(kind="count_period", target="3", period="year", start_on="2025-01-01"),
     "2026-06-01"),
    ("count-met", EXER, y((2025, 3), (2026, 3)),
     dict(kind="count_period", target="3", period="year", start_on="2025-01-01"),
     "2026-06-01"),
    ("count-pace", EXER, y((2025, 3), (2026, 1)),
     dict(kind="count_period", target="3", period="year", start_on="2025-01-01"),
     "2026-11-22"),
    ("count-gap-latest", EXER, y((2024, 3)),
     dict(kind="count_period", target="3", period="year", start_on="2024-01-01"),
     "2026-03-01"),
    ("count-none", EXER, [],
     dict(kind="count_period", target="3", period="year", start_on="2025-01-01"),
     "2026-06-01"),
    # 6.2 limits: at most N.
    ("limit-above", INCI, y((2025, 1)),
     dict(kind="count_period", target="2", period="year", decrease="yes",
          start_on="2025-01-01"), "2026-06-01",
     dict(events=[("2026-02-03", "A"), ("2026-03-04", "B"),
                  ("2026-05-06", "C")])),
    ("limit-kept", INCI, y((2025, 2), (2026, 1)),
     dict(kind="count_period", target="2", period="year", decrease="yes",
          start_on="2025-01-01", deadline="2026-12-31"), "2027-02-01"),
    ("limit-window", INCI, [],
     dict(kind="count_window", target="2", decrease="yes",
          start_on="2025-01-01", deadline="2026-12-31"), "2027-02-01",
     dict(events=[("2025-04-01", "A"), ("2026-09-01", "B")])),
    # 7 count within a window: events, since a yearly 2025 figure does
    # not lie within a window that opens on 2025-01-20.
    ("window-met", AGRE, [],
     dict(kind="count_window", target="3", start_on="2025-01-20",
          deadline="2028-01-19"), "2026-06-01", dict(events=AGRE3)),
    ("window-overdue", AGRE, [],
     dict(kind="count_window", target="3", start_on="2025-01-20",
          deadline="2028-01-19"), "2028-03-01", dict(events=AGRE3[:2])),
    ("window-none", AGRE, [],
     dict(kind="count_window", target="3", start_on="2025-01-20",
          deadline="2028-01-19"), "2026-06-01"),
    ("window-pace", AGRE, [],
     dict(kind="count_window", target="3", start_on="2025-01-20",
          deadline="2028-01-19"), "2026-07-20", dict(events=AGRE3[:1])),
    # 8 milestones.
    ("ms-achieved", None, [], dict(kind="milestone", achieved_on="2026-05-14"),
     "2026-06-01"),
    ("ms-late", None, [], dict(kind="milestone", deadline="2026-06-30",
                               achieved_on="2026-07-03"), "2026-08-01"),
    ("ms-overdue", None, [], dict(kind="milestone", deadline="2026-12-31"),
     "2027-01-23"),
    ("ms-future", None, [], dict(kind="milestone", start_on="2028-02-29",
                                 deadline="2028-12-31"), "2027-06-01"),
    ("ms-horizon", None, [], dict(kind="milestone", deadline="2026-07-16"),
     "2026-06-01"),
    ("ms-notstarted", None, [], dict(kind="milestone", deadline="2027-06-30"),
     "2025-11-23"),
    ("ms-progress", None, [], dict(kind="milestone", started_on="2026-03-01",
                                   deadline="2026-09-29"), "2026-06-01"),
]

# Quotes of the doc that hold a number but are not engine output.
NOT_ENGINE = {
    "Increasing trade exchange by 10 % annually.": "a goal as a plan words it",
    "reduce by 5 % a year": "a goal as a plan words it",
    "10 % annually": "a goal as a plan words it",
    "Employees of US companies reach 40,000 by 2030.": "a goal as a plan words it",
    "A minimum of 3 joint military exercises annually.": "a goal as a plan words it",
    "At least 3 major agreements … in the first three years.": "a goal as a plan words it",
    "0 exercises in March": "what nobody records",
    "1e+15": "a number format (2.7), checked by tests/unit/status.c",
    "2025": "a period format (2.7, 7)",
    "2025-Q3": "a period format (2.7)",
    "2025-07": "a period format (2.7)",
    "3": "a number format (2.7)",
    "Platinum Wolf 2026, 2026-06-09": "an event's title and day as a user records them",
    "January 2026 is …": "the sentence's form for one month, which needs nMinYtdMonths below 3 (engine API only)",
}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def doc_quotes(text):
    """The doc's quoted examples that hold a digit, outside tables."""
    out = []
    for para in re.split(r"\n\s*\n", text):
        lines = para.split("\n")
        if all(l.lstrip().startswith("|") for l in lines if l.strip()):
            continue
        for l in lines:
            s = l.strip()
            if s.startswith("> "):
                out.append(norm(s[2:]))
        body = norm(" ".join(l for l in lines if not l.strip().startswith("> ")
                             and not l.lstrip().startswith("|")))
        parts = body.split('"')
        if len(parts) % 2 == 0:
            fail("an odd number of quotes in the paragraph: " + body[:80])
            continue
        out += [norm(p) for p in parts[1::2]]
    return [q for q in out if re.search(r"\d", q)]


def pieces(q):
    return [p.strip(" .;,") for p in q.split("…") if p.strip(" .;,")]


def fmt(x, nd):
    return "{:,.{}f}".format(x, nd)


def main():
    work = os.getcwd()
    text = open(DOC, encoding="utf-8").read()
    flat = norm(text)
    res = {}
    for name, ind, obs, goal, at, *extra in SCEN:
        try:
            if ind is None:
                ind = TRADE
            res[name] = run_scenario(name, ind, obs, goal, at, work,
                                     extra[0] if extra else None)
        except Exception as e:   # a scenario the build refuses
            fail("scenario %s: %s" % (name, e))
    # The monthly example of 4.6: the demo's Census series, with the trade
    # goal as given (baseline value 1,023.1) and as 4.6 sets it (the
    # baseline from the months, deadline 2027).
    demo = os.path.join(work, "demo.db")
    for ext in ("", "-wal", "-shm"):
        if os.path.exists(demo + ext):
            os.unlink(demo + ext)
    acc(demo, "demo", "--no-accounts")
    res["demo"] = status_of(demo, "us-rs/goal/trade-10pct", "2026-10-01")
    acc(demo, "goal", "add", "--dialogue_id", "us-rs", "--area_id",
        "us-rs/area/econ", "--code", "doc/monthly", "--title", "G",
        "--indicator_id", "us-rs/ind/trade-total", "--kind", "growth",
        "--target", "10", "--period", "year", "--compounding", "yes",
        "--baseline_period", "2024", "--deadline", "2027-12-31",
        "--classification", "public")
    res["monthly"] = status_of(demo, "doc/monthly", "2026-10-01")
    # 4.4 names the demo's indicator "total trade", as the doc does.
    acc(demo, "indicator", "set", "us-rs/ind/trade-total", "--name",
        "total trade")
    res["demo-named"] = status_of(demo, "us-rs/goal/trade-10pct", "2026-10-01")
    # 2.4: an owner's choice that a later value of another source
    # reopens (the Census value of 2025-03 chosen, revised by Census, then
    # a later mirror value that disagrees).
    reo = os.path.join(work, "reopen.db")
    for ext in ("", "-wal", "-shm"):
        if os.path.exists(reo + ext):
            os.unlink(reo + ext)
    acc(reo, "demo", "--no-accounts")
    acc(reo, "source", "add", "--code", "doc/sors", "--title", "Mirror",
        "--publisher", "Statistical Office of the Republic of Serbia, Belgrade")
    def obs(v, src):
        acc(reo, "observation", "add", "--indicator_id", "us-rs/ind/trade-total",
            "--period", "2025-03", "--value", v, "--source_id", src)
    obs("10", "doc/sors")
    con = pydb.connect(reo, readonly=True)
    cid = con.execute("SELECT id FROM observation WHERE period='2025-03'"
                      " AND value=100.7").fetchone()[0]
    con.close()
    acc(reo, "prefer", str(cid))
    obs("100.9", "src/census-trade")
    obs("11", "doc/sors")
    res["reopen"] = status_of(reo, "us-rs/goal/trade-10pct", "2026-06-30")
    said = [g["explanation"] for g in res.values()]
    # The quarterly reports' cells (completeness, "not reported (2025)").
    said += [g["report"] for g in res.values() if "report" in g]
    if os.environ.get("STATUSDOC_SAY"):
        for k, g in res.items():
            print("say %s: %s %s" % (k, g["status"], g["explanation"]))

    # 1. Every quoted example with a number is the engine's.
    for q in doc_quotes(text):
        if q in NOT_ENGINE:
            ok("not engine output (%s): %s" % (NOT_ENGINE[q], q))
            continue
        ps = pieces(q)
        if ps and any(all(p in s for p in ps) for s in said):
            ok("the engine says: " + q[:70])
        else:
            fail("no scenario makes the engine say: " + q)

    # 2. The figures the text gives around the examples.
    def doc_has(s, what):
        if s in flat:
            ok("%s: %s" % (what, s))
        else:
            fail("%s: the doc lacks %r (the engine's figure)" % (what, s))

    a = res.get("on-track")
    if a:
        g = a["observed_rate_pct"]
        doc_has("| observed g | 1,157.9 / 1,023.1 − 1 = %s %% |" % fmt(g, 2),
                "4.6 observed rate")
        doc_has("| ratio | %s → **On track** |" % fmt(a["ratio"], 3), "4.6 ratio")
        doc_has("1,157.9 × %s² = %s against 1,023.1 × 1.1³ = %s → met" % (
            fmt(1 + g / 100, 4), fmt(a["projection"]["value"], 1),
            fmt(a["projection"]["target"], 1)), "4.6 projection")
        doc_has("| target path 2025 | 1,023.1 × 1.1 = %s |" % fmt(1023.1 * 1.1, 1),
                "4.6 target path")
    m = res.get("monthly")
    if m:
        base = [f["value"] for f in m["figures"] if f["baseline"]]
        part = [f["value"] for f in m["figures"] if f.get("sub_periods")]
        doc_has("The monthly figures add up to %s and %s, so the path reads %s." % (
            fmt(base[0], 1), fmt(m["latest"]["value"], 1),
            fmt(base[0] * 1.1, 1)), "4.6 monthly figures")
        doc_has("would wrongly suggest a %d %% fall" % round(
            100 * (1 - part[0] / m["latest"]["value"])), "4.6 the whole-year fall")
        if res["demo"]["status"] == m["status"]:
            ok("4.6: the monthly series gives the same grade")
        else:
            fail("4.6: the monthly series grades %s, the annual %s" % (
                m["status"], res["demo"]["status"]))
    # The worked example's own sentences, in 4.6 itself.
    sec = norm(text.split("### 4.6", 1)[-1].split("\n## 5.", 1)[0])
    for name in ("below-2026",):
        r = res.get(name)
        if r and r["explanation"] in sec:
            ok("4.6 quotes the engine: " + r["explanation"][:60])
        elif r:
            fail("4.6 does not quote what the engine says: " + r["explanation"])
    b = res.get("below")
    if b:
        doc_has("If 2025 had been 1,085.5 (+%s %%), the ratio would be %s" % (
            fmt(b["observed_rate_pct"], 1), fmt(b["ratio"], 2)), "4.6 below target")
    for name, what in (("level-pace", "5"), ("window-pace", "7")):
        r = res.get(name)
        if r:
            doc_has("Here the ratio is %s, so the status is **%s**." % (
                fmt(r["ratio"], 2), "At risk" if r["status"] == "at_risk"
                else r["status"]), "%s ratio" % what)

    # 3. The ESCAP comparison counts of section 9.
    if ESCAP and os.access(ESCAP, os.X_OK):
        r = subprocess.run([ESCAP], capture_output=True, text=True,
                           env=dict(os.environ, TOP=os.environ.get("TOP", ".")))
        mm = re.search(r"escap: (\d+) comparisons, \d+ agree, (\d+) overdue", r.stdout)
        if mm:
            doc_has("of %s comparisons all agree except %s" % (
                fmt(int(mm.group(1)), 0), fmt(int(mm.group(2)), 0)), "9 ESCAP counts")
        else:
            fail("9: %s printed no counts" % ESCAP)
    print("statusdoc: %d passed, %d failed" % (NOK, len(FAILS)))
    return 1 if FAILS else 0


sys.exit(main())
