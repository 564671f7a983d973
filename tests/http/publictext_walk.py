#!/usr/bin/env python3
"""publictext_walk.py: walk every page the public reaches and name the
words on them that were written for the people who keep the record, not
for the public (run by t_publictext.sh).

usage: publictext_walk.py BASE LANG LOGINS OUT [EXTRA-PATH...]

Starts at / (and the EXTRA-PATHs: pages no link leads to, such as the
public report), follows every link to a page of the site (GET, no
login; not the API, feeds, downloads or static files), each path once
whatever its ?lang=, and asks for it in LANG (en, sr-Latn or sr-Cyrl):
the walk of serbian_walk.py, but every page is read, as the notes and
descriptions of the record are each on the page of its own item.

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
import os
import re
import sys

# The walk of tests/http/serbian_walk.py, every page of every shape.
sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import serbian_walk  # noqa: E402

serbian_walk.MAX_PAGES = 6000
serbian_walk.MAX_SHAPE = serbian_walk.MAX_PAGES

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
    pages = serbian_walk.Walk(base, lang, "").run(["/"] + extra)
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
