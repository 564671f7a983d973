#!/usr/bin/env python3
"""serbian_walk.py: walk every page a reader reaches, in Serbian, and name
the English words of the application's own vocabulary found on them (run
by t_serbian.sh).

usage: serbian_walk.py BASE LANG COOKIE PO_FILE DB OUT

Starts at / (and /home, /account for a logged-in reader), follows every
link to a page of the site (GET; not the API, feeds, downloads, static
files or the logout), each path once whatever its ?lang=, and asks for
it in LANG (sr-Latn or sr-Cyrl).  Pages of one shape beyond the first
MAX_SHAPE (/item/observation/N, /edit/goal/N, ...) are not fetched: they
are written by the same code.

What a reader reads is checked: the text between tags, and the title,
alt, aria-label, placeholder and value of buttons.  Three findings, but
on history pages, which show every field's recorded value:

  - an English original shown although its Serbian twin is entered (a
    name, title or text of the database DB whose column_sr is set);
  - an English text of the database whose kind has a Serbian twin
    (column_sr) that this row leaves empty: shown as the page's fallback
    ("... (na engleskom)") or as it is, it is a gap in the data: the demo
    gives every such text its Serbian;
  - English of the application itself.  Data is left out first: the
    texts of the database without a Serbian column (titles of sources,
    proper names) keep their language, and so does a quotation („...“)
    inside a Serbian text and an element the page marks lang="en" (an
    English label shown beside its Serbian twin); so the vocabulary is
    the application's own English only:

  - the phrases of the interface: every message of po/sr-Latn.po whose
    translation differs, cut at its conversions into runs of at least
    two words (a run that is also a Serbian word run is left out);
  - the words of its enums and states, and the month names (WORDS).

An issued report (/report/N) is frozen in the language it was issued in
and is not judged.

Writes one line per finding to OUT ("PATH<TAB>PHRASE<TAB>CONTEXT") and
prints "pages N findings M" to stdout.
"""
import html
import os
import re
import sys
import urllib.error
import urllib.request

# The database on either backend (tests/pg/pydb.py).
sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "pg"))
import pydb  # noqa: E402

MAX_SHAPE = 8
MAX_PAGES = 2500

# The application's own words: values of its enums and states as English
# shows them, and dates.  Matched as whole words, case-sensitive.
WORDS = [
    "On track", "At risk", "Off track", "Overdue", "Not started", "No data",
    "on track", "at risk", "off track", "not started",
    "restricted", "internal",
    "count period", "count window", "count_period", "count_window",
    "on_track", "at_risk", "off_track", "not_started", "no_data",
    "negotiation", "established", "comprehensive",
    "co-chair", "secretariat", "wg_lead", "wg_member",
    "quarterly", "annually", "monthly",
    "January", "February", "March", "April", "June", "July", "August",
    "September", "October", "November", "December",
    "mid-20", "by end of", "end of 20", "early 20", "late 20",
    "expected a", "required", "days late", "days overdue",
    "Log in", "Log out", "Search", "Save", "Cancel",
    "million USD", "billion USD",
]
# Proper names and codes that look like vocabulary.
ALLOW = re.compile(r"U\.S\. Census|Census Bureau|Foreign Trade|"
                   r"accord [a-z]+|https?://\S+")
# A quotation keeps its own language, in either script ("izjava „Joint
# Statement on ...“": translit.c keeps an English one in Latin).
QUOTE = re.compile("\u201e[^\u201c\u201d]*[\u201c\u201d]|"
                   "\u201c[^\u201d]*\u201d")

LIT = r'"((?:[^"\\]|\\.)*)"'
# A number as English writes it: a decimal point before one or two
# digits ("13.2", "1.32"), or a comma grouping thousands before a decimal
# point ("1,157.8").  Serbian writes 13,2 and 1.157,8 (its points group
# thousands in threes, and end ordinals and years: "6. decembar 2026.").
ENGLISH_NUM = re.compile(r"(?<![\d.,])(\d+\.\d{1,2}|\d{1,3}(,\d{3})+\.\d+)"
                         r"(?![\d.])")


def po_phrases(zPo):
    """English runs of two words or more of the catalogue's messages."""
    txt = open(zPo, encoding="utf-8").read()
    out, sr = set(), set()
    for m in re.finditer(r'(#,[^\n]*\n)?msgid ((?:"(?:[^"\\]|\\.)*"\s*)+)'
                         r'msgstr ((?:"(?:[^"\\]|\\.)*"\s*)+)', txt):
        mid = "".join(re.findall(LIT, m.group(2)))
        mstr = "".join(re.findall(LIT, m.group(3)))
        if not mid or not mstr or mid == mstr:
            continue
        for s in re.split(r"%[-+ #0-9.*]*l*[a-zA-Z%]|\\n|[{}|]", mstr):
            sr.add(s.strip().lower())
        for run in re.split(r"%[-+ #0-9.*]*l*[a-zA-Z%]|\\n|[\"():;,.?!]",
                            mid):
            run = run.strip()
            words = run.split()
            if len(words) < 2 or not re.search("[a-z]", run):
                continue
            if not re.fullmatch(r"[A-Za-z' -]+", run):
                continue
            out.add(run)
    return sorted(p for p in out if p.lower() not in sr)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


class Walk:
    def __init__(self, base, lang, cookie):
        self.base, self.lang, self.cookie = base, lang, cookie
        self.seen, self.shapes, self.pages = set(), {}, {}
        self.redirected = set()

    def get(self, path):
        sep = "&" if "?" in path else "?"
        req = urllib.request.Request(self.base + path + sep + "lang=" +
                                     self.lang)
        if self.cookie:
            req.add_header("Cookie", self.cookie)
        try:
            r = OPENER.open(req, timeout=60)
            return r.status, r.headers.get("Content-Type", ""), \
                r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            if 300 <= e.code < 400:
                # followed as a link, so that it is asked for in LANG
                return e.code, "redirect", e.headers.get("Location", "")
            return e.code, e.headers.get("Content-Type", ""), \
                e.read().decode("utf-8", "replace")

    def run(self, starts):
        queue = list(starts)
        skip = re.compile(r"^/(static|api|logout|feed|calendar|sdmx)"
                          r"|\.(ics|csv|xml|pdf|xlsx|json|svg|png)(\?|$)"
                          r"|/(export|download|file)(/|\?|$)")
        while queue and len(self.pages) < MAX_PAGES:
            path = queue.pop(0)
            key = re.sub(r"[?&](lang|tz)=[^&]*", "", path)
            if key in self.seen:
                continue
            self.seen.add(key)
            shape = re.sub(r"\d+", "N", key.split("?")[0])
            if "?" in key:
                shape += "?" + ",".join(sorted(
                    re.findall(r"[?&]([a-z_]+)=", key)))
            self.shapes[shape] = self.shapes.get(shape, 0) + 1
            if self.shapes[shape] > MAX_SHAPE:
                continue
            st, ct, body = self.get(key)
            if ct == "redirect":
                body = re.sub(r"[?&](lang|tz)=[^&]*", "", body)
                if body.startswith("/") and body not in self.redirected:
                    self.redirected.add(body)
                    self.seen.discard(body)
                    queue.insert(0, body)
                continue
            if "text/html" not in ct:
                continue
            self.pages[key] = (st, body)
            for h in re.findall(r'href="([^"#]*)"', body):
                h = html.unescape(h)
                if not h.startswith("/") or h.startswith("//"):
                    continue
                h = re.sub(r"[?&](lang|tz)=[^&]*", "", h)
                if h and not skip.search(h) and h not in self.seen:
                    queue.append(h)
        return self.pages


def db_texts(zDb):
    """(English texts whose Serbian twin is set, English texts whose
    Serbian twin is empty, other texts): the database's text values of 8
    characters or more; the other texts include the second set."""
    twinned, other, missing, plain = set(), set(), set(), set()
    db = pydb.connect(zDb)
    tables = pydb.tables(db)
    for t in tables:
        if t.startswith(("pub_", "search_", "sqlite_")) or t in (
                "audit_log", "session", "api_token"):
            continue
        cols = pydb.columns(db, t)
        for c in cols:
            tw = c + "_sr" if c + "_sr" in cols else None
            q = 'SELECT "%s", %s FROM "%s"' % (c, ('"%s"' % tw) if tw
                                               else "NULL", t)
            for v, vs in db.execute(q):
                if not isinstance(v, str) or len(v) < 8:
                    continue
                if re.fullmatch(r"[a-z_]+", v):
                    continue    # a value of an enum: the interface's word
                if vs:
                    twinned.add(v)
                else:
                    other.add(v)
                    (missing if tw else plain).add(v)
    # a text also written where no Serbian column stands beside it (a
    # source's title) is not judged by its twinned use
    missing -= plain
    return (twinned - other, sorted(missing, key=len, reverse=True),
            sorted(other, key=len, reverse=True))


MARK = ("(na engleskom)", "(на енглеском)")


def reader_text(body):
    """What a reader reads of a page, as lines: (the lines, the lines
    that show an English original for want of a Serbian twin)."""
    b = re.sub(r"(?s)<(script|style)\b[^>]*>.*?</\1>", " ", body)
    b = re.sub(r"(?s)<!--.*?-->", " ", b)
    # text the page marks as English (lang="en": the English label beside
    # the Serbian one on /dialogue/N/dimensions) is shown as English on
    # purpose, not for want of a translation
    b = re.sub(r'(?s)<(td|span)\b[^>]*\blang="en"[^>]*>.*?</\1>', " ", b)
    # what a form holds for editing is data, in its own field's language
    b = re.sub(r"(?s)<textarea\b[^>]*>.*?</textarea>", " ", b)
    attrs = re.findall(r'\b(?:title|alt|aria-label|placeholder)="([^"]*)"',
                       b)
    attrs += re.findall(r'<(?:input|button)[^>]*type="submit"[^>]*'
                        r'value="([^"]*)"', b)
    parts = re.split(r"<[^>]*>", b) + attrs
    out, marked = [], []
    for t in parts:
        t = html.unescape(t).strip()
        if not t:
            continue
        if any(m in t for m in MARK):
            marked.append(t)
            continue
        out.append(t)
    return out, marked


def main():
    base, lang, cookie, zPo, zDb, zOut = sys.argv[1:7]
    twinned, missing, other = db_texts(zDb)
    phrases = po_phrases(zPo) + WORDS
    # a word inside a file name ("trade_monthly_census.csv") is not one
    pats = [(p, re.compile(r"(?<![A-Za-z_])" + re.escape(p) +
                           r"(?![A-Za-z_])")) for p in phrases]
    starts = ["/", "/dialogues", "/search"]
    if cookie:
        starts += ["/home", "/account", "/admin"]
    w = Walk(base, lang, cookie)
    pages = w.run(starts)
    n = 0
    with open(zOut, "w", encoding="utf-8") as out:
        for path in sorted(pages):
            st, body = pages[path]
            if re.match(r"/report/\d+", path):
                continue    # an issued report keeps the language it was issued in
            if st >= 500:
                out.write("%s\t(status %d)\t\n" % (path, st))
                n += 1
                continue
            lines, marked = reader_text(body)
            if "/history" not in path:
                # the data's gaps: a text shown in English for want of
                # its Serbian twin, marked or not
                for t in marked:
                    out.write("%s\t(no Serbian twin)\t%s\n"
                              % (path, " ".join(t.split())[:100]))
                    n += 1
                for t in lines:
                    for v in missing:
                        if v in t or (len(v) > 30 and v[:30] in t):
                            out.write("%s\t(Serbian twin empty)\t%s\n"
                                      % (path, v[:80]))
                            n += 1
                            break
            texts = []
            for t in lines:
                for v in other:
                    if v in t:
                        t = t.replace(v, " ")
                for v in other:
                    if len(v) > 30 and v[:30] in t:
                        t = t.replace(v[:30], " ")    # shortened
                if "\u2026" in t:
                    # a text shortened by the page ("the risk of c…")
                    k = t.rfind("\u2026")
                    frag = t[max(0, k-60):k].split(". ")[-1].strip()
                    if len(frag) >= 12 and any(frag in v for v in other):
                        t = t[:k-len(frag)] + " " + t[k+1:]
                # proper names left, once the data is out (a text of the
                # database may name the Census Bureau too)
                texts.append(QUOTE.sub(" ", ALLOW.sub(" ", t)))
            if "/history" not in path:
                for t in texts:
                    for v in twinned:
                        # shown as the name of something, not quoted in
                        # a longer English text
                        if v in t and len(t) <= len(v) + 40:
                            out.write("%s\t(English original)\t%s\n"
                                      % (path, v[:80]))
                            n += 1
            for t in texts:
                m = ENGLISH_NUM.search(t)
                if m:
                    ctx = t[max(0, m.start()-40):m.end()+40]
                    out.write("%s\t(English number %s)\t%s\n" % (
                        path, m.group(0), " ".join(ctx.split())))
                    n += 1
                for p, rx in pats:
                    m = rx.search(t)
                    if m:
                        ctx = t[max(0, m.start()-40):m.end()+40]
                        out.write("%s\t%s\t%s\n" % (path, p,
                                                    " ".join(ctx.split())))
                        n += 1
    print("pages %d findings %d" % (len(pages), n))


if __name__ == "__main__":
    main()
