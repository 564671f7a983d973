#!/usr/bin/env python3
"""publictext_walk.py: walk every page the public reaches and name the
words on them that were written for the people who keep the record, not
for the public (run by t_publictext.sh).

usage: publictext_walk.py BASE LANG LOGINS OUT [EXTRA-PATH...]

Starts at / (and the EXTRA-PATHs: pages no link leads to, such as the
public report), follows every link to a page of the site (GET, no
login; not the API, feeds, downloads or static files), each path once
whatever its ?lang=, and asks for it in LANG (en, sr-Latn or sr-Cyrl).
Every page is read: the notes and descriptions that make the record are
on the pages of its items, each of its own.

What a reader reads is checked: the text between tags (not scripts or
styles), and the values of the title, alt, aria-label and placeholder
attributes and of a meta description.  Web addresses are left out (a
source's address is where the public reads it).  A finding is:

  - a name with an underscore, as a field, a column or an enum value is
    named in the code and the data (start_on, launched_on, dialogue_id,
    count_period);
  - a file name (country.xlsx, seeds/000_x.txt) or a folder of the
    sources the record was built from ("seeds/", "data/");
  - the word "seed" or "seeds": the builders' word for the source
    documents;
  - a login of one of the accounts (LOGINS, separated by spaces): who
    keeps the record is not named by account.

Writes one line per finding to OUT ("PATH<TAB>WHAT<TAB>CONTEXT"), the
paths of the pages read to OUT.pages, one a line, and prints "pages N
findings M" to stdout.
"""
import html
import re
import sys
import urllib.error
import urllib.request

MAX_PAGES = 6000

# Each check: (what, pattern).  Matched case-sensitively on the text a
# reader reads, web addresses left out.
CHECKS = [
    ("field name", re.compile(r"(?<![\w/.-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+"
                              r"(?![\w/-]|\.\w)")),
    ("file name", re.compile(r"(?<![\w])[\w-]+\.(?:csv|txt|json|xlsx|sql|c|h)"
                             r"(?![\w.])")),
    ("folder", re.compile(r"(?<![\w-])(?:seeds|data)/")),
    ("builders' word", re.compile(r"(?<![\w-])[Ss]eeds?(?![\w-])")),
]
# Names with an underscore that a reader may meet as words: none yet.
# (Add an exact name here, with the reason, if a page must show one.)
ALLOWED_NAMES = set()

URL = re.compile(r"(?:https?://|www\.)\S+")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


OPENER = urllib.request.build_opener(NoRedirect)
LANGQ = re.compile(r"[?&](lang|tz)=[^&]*")


def get(base, path, lang):
    sep = "&" if "?" in path else "?"
    url = base + path + sep + "lang=" + lang
    try:
        r = OPENER.open(urllib.request.Request(url), timeout=60)
        return r.status, r.headers.get("Content-Type", ""), \
            r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        if 300 <= e.code < 400:
            return e.code, "redirect", e.headers.get("Location", "")
        return e.code, e.headers.get("Content-Type", ""), \
            e.read().decode("utf-8", "replace")


def key_of(path):
    k = LANGQ.sub("", path)
    if "?" not in k and "&" in k:
        k = k.replace("&", "?", 1)
    return k


def walk(base, lang, starts):
    skip = re.compile(r"^/(static|api|logout|login|feed|calendar|sdmx)"
                      r"|\.(ics|csv|xml|pdf|xlsx|json|svg|png|txt)(\?|$)"
                      r"|/(export|download|file)(/|\?|$)")
    seen, pages, queue = set(), {}, list(starts)
    while queue and len(pages) < MAX_PAGES:
        path = key_of(queue.pop(0))
        if path in seen:
            continue
        seen.add(path)
        st, ct, body = get(base, path, lang)
        if ct == "redirect":
            loc = key_of(body)
            if loc.startswith("/") and not loc.startswith("//") \
                    and not skip.search(loc):
                queue.insert(0, loc)
            continue
        if "text/html" not in ct:
            continue
        pages[path] = (st, body)
        for h in re.findall(r'href="([^"#]*)"', body):
            h = html.unescape(h)
            if not h.startswith("/") or h.startswith("//"):
                continue
            h = key_of(h)
            if h and not skip.search(h) and h not in seen:
                queue.append(h)
    return pages


def reader_text(body):
    """What a reader reads of a page, as a list of texts."""
    b = re.sub(r"(?s)<(script|style)\b[^>]*>.*?</\1>", " ", body)
    b = re.sub(r"(?s)<!--.*?-->", " ", b)
    attrs = re.findall(r'\b(?:title|alt|aria-label|placeholder)="([^"]*)"',
                       b)
    attrs += re.findall(r'<meta\b[^>]*name="description"[^>]*content="'
                        r'([^"]*)"', b)
    out = []
    for t in re.split(r"<[^>]*>", b) + attrs:
        t = " ".join(html.unescape(t).split())
        if t:
            out.append(URL.sub(" ", t))
    return out


def main():
    base, lang, logins, zOut = sys.argv[1:5]
    extra = sys.argv[5:]
    checks = list(CHECKS)
    names = sorted({x for x in logins.split() if x}, key=len, reverse=True)
    if names:
        checks.append(("login", re.compile(
            r"(?<![\w/-])(?:" + "|".join(re.escape(x) for x in names) +
            r")(?![\w/-])")))
    pages = walk(base, lang, ["/"] + extra)
    n = 0
    with open(zOut + ".pages", "w", encoding="utf-8") as out:
        out.write("".join(p + "\n" for p in sorted(pages)))
    with open(zOut, "w", encoding="utf-8") as out:
        for path in sorted(pages):
            st, body = pages[path]
            if st >= 500:
                out.write("%s\t(status %d)\t\n" % (path, st))
                n += 1
                continue
            found = set()
            for t in reader_text(body):
                for what, rx in checks:
                    for m in rx.finditer(t):
                        if what == "field name" and m.group(0) in \
                                ALLOWED_NAMES:
                            continue
                        if (what, m.group(0)) in found:
                            continue
                        found.add((what, m.group(0)))
                        ctx = t[max(0, m.start()-50):m.end()+50]
                        out.write("%s\t%s %s\t%s\n" % (path, what,
                                                       m.group(0), ctx))
                        n += 1
    print("pages %d findings %d" % (len(pages), n))


if __name__ == "__main__":
    main()
