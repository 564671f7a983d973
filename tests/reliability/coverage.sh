#!/bin/sh
# coverage.sh: line coverage of src/core and src/store (make coverage,
# which builds with --coverage into build/cov first).  Runs the unit
# tests, the store test and the command-line tests on that build, then
# reads every .gcda with gcov (JSON) and prints, per file and in total,
# the lines run of the lines gcov counts: a line counts as run if any
# test binary ran it (the unit tests compile the modules they test into
# themselves; the store test and the CLI link the objects).
set -u
BUILD=${BUILD:-build/cov}
TOP=$(cd "$(dirname "$0")/../.." && pwd)
cd "$TOP"
ACCORD="$TOP/$BUILD/accord"; export ACCORD TOP BUILD
W=$(mktemp -d "${TMPDIR:-/tmp}/accord-cov.XXXXXX")
trap 'rm -rf "$W"' EXIT
for t in "$BUILD"/tests/unit_*; do
  case "$t" in *.gc*) continue ;; esac
  (cd "$W" && "$TOP/$t" >/dev/null 2>&1) || echo "coverage: $t failed"
done
(cd "$W" && "$TOP/$BUILD/tests/store_test" >/dev/null 2>&1) || echo "coverage: store_test failed"
for t in tests/cli/t_*.sh; do
  d="$W/$(basename "$t" .sh)"; mkdir -p "$d"
  (cd "$d" && sh "$TOP/$t" >/dev/null 2>&1) || echo "coverage: $t failed"
done
mkdir -p "$W/gcov"
find "$BUILD" -name '*.gcda' >"$W/list"
(cd "$W/gcov" && while read -r f; do
  gcov --json-format --stdout "$TOP/$f" 2>/dev/null
done <"$W/list") >"$W/all.json"
python3 - "$W/all.json" "$TOP" <<'PY'
import json, os, sys
top = sys.argv[2]
lines = {}      # file -> {line: run?}
dec = json.JSONDecoder()
text = open(sys.argv[1]).read()
i = 0
while i < len(text):
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text):
        break
    d, i = dec.raw_decode(text, i)
    for f in d.get("files", []):
        name = os.path.normpath(os.path.join(d.get("current_working_directory", top), f["file"]))
        rel = os.path.relpath(name, top)
        if not (rel.startswith("src/core/") or rel.startswith("src/store/")) or not rel.endswith(".c"):
            continue
        m = lines.setdefault(rel, {})
        for l in f["lines"]:
            n = l["line_number"]
            m[n] = m.get(n, False) or l["count"] > 0
tr = tt = 0
for dirn in ("src/core/", "src/store/"):
    dr = dt = 0
    for rel in sorted(k for k in lines if k.startswith(dirn)):
        m = lines[rel]
        r, t = sum(m.values()), len(m)
        dr += r; dt += t
        print("%-28s %5d / %5d lines  %5.1f %%" % (rel, r, t, 100.0 * r / t if t else 0))
    print("%-28s %5d / %5d lines  %5.1f %%" % (dirn + " (total)", dr, dt, 100.0 * dr / dt if dt else 0))
    tr += dr; tt += dt
print("%-28s %5d / %5d lines  %5.1f %%" % ("src/core + src/store", tr, tt, 100.0 * tr / tt if tt else 0))
PY
