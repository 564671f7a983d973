# t_report.sh: `accord report` on the demo: every kind builds in every
# language and format; the quarterly report of 2026-Q3 matches its golden
# files (tests/golden/report/) and is the same bytes when built twice; no
# report shows an item its reader may not see; bad input is refused with
# a clear message and the documented exit code.
#
# The golden files hold the HTML and CSV with the two things that depend
# on when the demo was loaded masked (the time and the hash of the data,
# which includes when each observation was entered).  To regenerate them
# after an intended change: `make regress-rebuild` (it prints the diff).
: "${TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${ACCORD:=$TOP/${BUILD:-build}/accord}"
. "$TOP/tests/cli/lib.sh"
GOLDEN="$TOP/tests/golden/report"

# Mask what depends on the time the demo was loaded (as ISO UTC in the
# metadata, as people read it in the text), and the data version
# (the length of the audit log, which the demo's approvals make).
mask() {
  sed -E -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z/TIME/g' \
         -e 's/[0-9]{1,2} [A-Z][a-z]+ [0-9]{4}, [0-9]{2}:[0-9]{2} UTC/TIME/g' \
         -e 's/[0-9a-f]{64}/HASH/g' \
         -e 's/TIME [0-9]+ HASH/TIME VERSION HASH/g' \
         -e 's/\(version [0-9]+\)/(version VERSION)/g' "$1"
}
golden() {   # golden FILE NAME: compare (or, rebuilding, write) NAME
  mask "$1" > "$1.masked"
  if [ -n "${GOLDEN_REBUILD:-}" ]; then
    cp "$1.masked" "$GOLDEN/$2"
    t_ok
  elif cmp -s "$1.masked" "$GOLDEN/$2"; then
    t_ok
  else
    LAST="golden $2"
    t_fail "$2 differs from tests/golden/report/$2 (make regress-rebuild)"
    diff "$GOLDEN/$2" "$1.masked" | head -20
  fi
}

run demo
expect_rc 0

# 1. Every kind, language and format.
for k in quarterly annual public portfolio; do
  for l in en sr-Latn sr-Cyrl; do
    for f in html csv; do
      run report $k --quarter 2026-Q3 --lang $l --format $f -o "r.$k.$l.$f"
      expect_rc 0
      [ -s "r.$k.$l.$f" ] && t_ok || t_fail "$k $l $f: empty"
    done
    head -c 15 "r.$k.$l.html" | grep -q '<!DOCTYPE html>' && t_ok \
      || t_fail "$k $l: not an HTML document"
    grep -q "<html lang=\"$l\">" "r.$k.$l.html" && t_ok \
      || t_fail "$k $l: no lang attribute"
  done
done
run report annual --year 2025
expect_rc 0
expect_out 'Annual report to the governments of the parties'
expect_out 'Annex: indicator data'
expect_out 'Employees of US-origin companies in Serbia'
run report quarterly --quarter 2026-Q3 --lang sr-Latn
expect_out 'Tromesečni izveštaj o sprovođenju'
expect_out 'Na dobrom putu'
run report quarterly --quarter 2026-Q3 --lang sr-Cyrl
expect_out 'Тромесечни извештај о спровођењу'
expect_out 'На добром путу'
expect_out 'Безбедност и одбрана'
run report portfolio --quarter 2026-Q3 --format csv
expect_rc 0
expect_out 'Poland'

# 2. The quarterly report of 2026-Q3: golden, and the same bytes twice.
run report quarterly --dialogue us-rs --quarter 2026-Q3 -o q.html
expect_rc 0
run report quarterly --dialogue us-rs --from 2026-07-01 --to 2026-09-30 \
  -o q2.html
cmp -s q.html q2.html && t_ok || t_fail "two builds differ"
golden q.html quarterly-2026-Q3.html
run report quarterly --dialogue us-rs --quarter 2026-Q3 --format csv -o q.csv
expect_rc 0
golden q.csv quarterly-2026-Q3.csv
# RFC 4180: CRLF line ends, the section first.
head -n 1 q.csv | grep -q "$(printf 'Summary,Status,Goals\r')" && t_ok \
  || t_fail "CSV's first line"
grep -q 'Unresolved data conflicts,Employees of US-origin companies in Serbia,2025,112000; 30000' q.csv \
  && t_ok || t_fail "CSV lacks the employees conflict"
grep -q 'id="area-' q.html && t_ok || t_fail "no area sections"
grep -q 'class="st st-on_track">On track<' q.html && t_ok \
  || t_fail "status cell without its word"

# 3. Classification: a restricted and an internal goal with distinctive
# titles; the public report shows neither, the internal reader only the
# internal one, the command line's default (restricted) both.
run goal add --dialogue_id us-rs --area_id us-rs/area/econ \
  --code t/zebra --title "Zebra restricted goal" --kind milestone \
  --classification restricted
expect_rc 0
run goal add --dialogue_id us-rs --area_id us-rs/area/econ \
  --code t/walrus --title "Walrus internal goal" --kind milestone \
  --classification internal
expect_rc 0
for f in html csv; do
  run report public --quarter 2026-Q3 --format $f
  expect_rc 0
  expect_no_out 'Zebra'
  expect_no_out 'Walrus'
  expect_no_out 'Eliminating remaining customs'   # internal in the demo
  expect_no_out 'joint military exercises'        # restricted in the demo
  run report public --quarter 2026-Q3 --format $f --as-viewer restricted
  expect_no_out 'Zebra'
  expect_no_out 'Walrus'
  run report quarterly --quarter 2026-Q3 --format $f --as-viewer internal
  expect_rc 0
  expect_out 'Walrus internal goal'
  expect_no_out 'Zebra'
  expect_no_out 'joint military exercises'
  run report quarterly --quarter 2026-Q3 --format $f
  expect_out 'Walrus internal goal'
  expect_out 'Zebra restricted goal'
  run report annual --year 2026 --format $f --as-viewer public
  expect_no_out 'Zebra'
  expect_no_out 'Walrus'
  run report portfolio --format $f --as-viewer public
  expect_no_out 'Zebra'
done
# What changed in the quarter the demo was loaded and the goals added (the
# current one): this dialogue's items only, and only what the reader sees.
QNOW=$(date -u +%Y)-Q$(( ($(date -u +%m | sed 's/^0//') + 2) / 3 ))
run report quarterly --quarter "$QNOW" --format csv --as-viewer internal
expect_out 'What changed since the last period,dialogue,1,0,0'
run report quarterly --quarter "$QNOW" --as-viewer internal
expect_out 'Goals added or changed during the period:'
expect_out '<li>Walrus internal goal</li>'
expect_no_out 'Zebra'
run report public --quarter 2026-Q3
expect_out 'only items that both parties have approved for publication'
# The demo's co-chairs approved its public goals (demo_approvals() of
# src/cli/cmd_db.c); goals added since are drafts nobody approved.
expect_out 'Increasing trade exchange by 10% annually'
expect_out 'Achieving an agreement on avoiding double taxation'
expect_no_out 'Walrus'
expect_no_out 'Zebra'

# Data is escaped: HTML through html_printf's %h, CSV quoted (RFC 4180).
run goal add --dialogue_id us-rs --area_id us-rs/area/econ --code t/html \
  --title '<b>Bold</b> & "quoted", too' --kind milestone
expect_rc 0
run report quarterly --quarter 2026-Q3
expect_out '&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;, too'
expect_no_out '<b>Bold'
run report quarterly --quarter 2026-Q3 --format csv
expect_out ',"<b>Bold</b> & ""quoted"", too",'

# 4. Bad input.
run report
expect_rc 1
expect_err 'which report?'
run report monthly
expect_rc 1
expect_err 'no kind of report "monthly"'
run report quarterly --quarter 2026-Q5
expect_rc 2
expect_err '--quarter: expected a quarter such as 2026-Q3'
run report quarterly --from 2026-02-30 --to 2026-03-31
expect_rc 2
expect_err '--from: expected a date YYYY-MM-DD, got "2026-02-30"'
run report quarterly --from 2026-09-30 --to 2026-07-01
expect_rc 2
expect_err 'is after --to'
run report quarterly --from 2026-07-01
expect_rc 1
expect_err '--from and --to go together'
run report quarterly --quarter 2026-Q3 --year 2026
expect_rc 1
run report annual --year 20x6
expect_rc 2
run report quarterly --dialogue no-such
expect_rc 3
expect_err '--dialogue: no dialogue with code "no-such"'
run report quarterly --lang de
expect_rc 2
expect_err '--lang: expected en, sr-Latn or sr-Cyrl, got "de"'
run report quarterly --format doc
expect_rc 2
expect_err '--format: expected html, csv, pdf or xlsx'
run report quarterly --as-viewer boss
expect_rc 2
run report quarterly --bogus
expect_rc 1
run report quarterly -o /no/such/dir/r.html
expect_rc 6
run --db none.db report quarterly
expect_rc 3
run report --help
expect_rc 0
expect_out 'usage: accord report KIND'

done_testing
