#!/usr/bin/env python3
"""contrast.py: the contrast of the status badges of a style sheet
(run by t_a11y.sh).

Reads the CSS served at /static/accord.css (file argv[1]): the custom
properties of :root, and each .st-NAME rule's color and background.  A
badge with a background of its own is measured against it; one without
against every surface a badge may sit on (the page, a card, a table
header, a conflicting row, the accent tint).  WCAG 2 relative luminance;
every pair must reach 4.5:1 (normal text; the badges are small).

Prints one line per pair, "FAIL" before those below 4.5, and exits 1 if
any is.
"""
import re
import sys

css = open(sys.argv[1], encoding="utf-8").read()
root = re.search(r":root\{([^}]*)\}", css).group(1)
var = dict(re.findall(r"(--[a-z-]+):\s*(#[0-9a-fA-F]{3,6})", root))


def color(v):
    v = v.strip()
    m = re.match(r"var\((--[a-z-]+)\)", v)
    if m:
        v = var[m.group(1)]
    v = v.lstrip("#")
    if len(v) == 3:
        v = "".join(c * 2 for c in v)
    return v.lower()


def lum(h):
    c = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4
         for x in c]
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]


def ratio(a, b):
    x, y = sorted([lum(a), lum(b)], reverse=True)
    return (x + 0.05) / (y + 0.05)


def rule_bg(selector):
    m = re.search(r"(?:^|\n|\})" + re.escape(selector) +
                  r"\{[^}]*background:([^;}]*)", css)
    return color(m.group(1)) if m else None


surfaces = {"page": color("var(--bg)"), "card": color("var(--card)"),
            "accent tint": color("var(--accent-soft)")}
for sel, name in (("th", "table header"), ("tr.conflict td", "conflict row")):
    bg = rule_bg(sel)
    if bg:
        surfaces[name] = bg

bad = 0
n = 0
for sels, body in re.findall(r"((?:\.st-[a-z_]+,?)+)\{([^}]*)\}", css):
    fg = re.search(r"(?:^|;)color:([^;]*)", body)
    if not fg:
        continue
    fg = color(fg.group(1))
    bg = re.search(r"background:([^;]*)", body)
    pairs = [("own", color(bg.group(1)))] if bg else list(surfaces.items())
    for sel in sels.split(","):
        for where, b in pairs:
            r = ratio(fg, b)
            n += 1
            ok = r >= 4.5
            bad += not ok
            print("%s%s #%s on %s #%s: %.2f:1" % ("" if ok else "FAIL ",
                  sel, fg, where, b, r))
if n < 8:
    print("FAIL only %d status colours found in the style sheet" % n)
    bad += 1
sys.exit(1 if bad else 0)
