# t_report_paper.sh: reports fit to go to two governments (issue 12,
# item 3): charts on the indicator's own period axis with a count's value
# axis from zero, kinds in words, slippage with the day it is counted to,
# tagged PDF, XLSX date cells and sheet names, the secretariat's
# narrative, the sign-off block and the reason of a correction.
: "${TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${ACCORD:=$TOP/${BUILD:-build}/accord}"
. "$TOP/tests/cli/lib.sh"

run demo
expect_rc 0
# Two yearly counts of joint exercises: 2 then 3.
run observation add --indicator_id us-rs/ind/joint-exercises --period 2025 \
  --value 2
expect_rc 0
run observation add --indicator_id us-rs/ind/joint-exercises --period 2026 \
  --value 3
expect_rc 0

# 1. The count's chart: yearly values on a yearly axis, from zero (the
# chart's alternative text says what its axes are).
run report quarterly --quarter 2026-Q3
expect_rc 0
expect_out 'alt="Joint US–Serbian military exercises held: yearly values from 2025 to 2026; the value axis runs from 0 to '
expect_out 'alt="Total US–Serbia goods trade (US exports + US imports): yearly values from 2007 to 2025; the value axis runs from 0 to 1,400 million USD'
# 2. Kinds in words, not codes.
expect_out '<td>count in each period</td>'
expect_out '<td>count by the deadline</td>'
expect_no_out '<td>count period</td>'
expect_no_out '<td>count window</td>'
# 3. Slippage says the day it is counted to.
expect_out 'Slippage is counted in days up to 30 September 2026, the last day of the period reported on'
expect_out 'Roadmap of 10 steps on 30 September 2026: 0 done, 4 ongoing, 5 past their planned date'
run report quarterly --quarter 2026-Q3 --lang sr-Latn
expect_out '<td>broj u svakom periodu</td>'
expect_out 'Odstupanje se računa u danima do 30. septembra 2026.'

# 4. Tagged PDF: the quarterly, annual and public reports in English and
# Serbian have a structure tree with headings, tables and figures, each
# figure with a caption that says what it shows.
for k in quarterly annual public; do
  for l in en sr-Latn sr-Cyrl; do
    run report $k --quarter 2026-Q3 --lang $l --format pdf -o "p.$k.$l.pdf"
    expect_rc 0
    pdfinfo -struct "p.$k.$l.pdf" > "s.$k.$l.txt" 2>&1
    for tag in 'H1 (block)' 'H2 (block)' 'Table (block)' 'TH' 'TD' 'Figure' 'Caption' 'P (block)'; do
      grep -q "^ *$tag\$" "s.$k.$l.txt" && t_ok || t_fail "$k $l: no $tag in the PDF's structure"
    done
  done
done
# Tagged for readers: the catalogue marks it (pdfinfo says "Tagged: yes"),
# names its language, the tree has one Document at its top (poppler
# warns of anything else), and every figure has its alternative text
# (/Alt), which says what the chart shows in the report's language.
for k in quarterly annual public; do
  for l in en sr-Latn sr-Cyrl; do
    pdfinfo "p.$k.$l.pdf" | grep -q '^Tagged: *yes$' && t_ok \
      || t_fail "$k $l: pdfinfo does not see a tagged PDF"
    grep -q 'Warning' "s.$k.$l.txt" && t_fail "$k $l: $(grep -m1 Warning "s.$k.$l.txt")" || t_ok
    [ "$(head -1 "s.$k.$l.txt")" = Document ] && t_ok \
      || t_fail "$k $l: the structure does not start with one Document"
    qpdf --qdf --object-streams=disable "p.$k.$l.pdf" "q.$k.$l.pdf"
    nfig=$(grep -c '^ *Figure$' "s.$k.$l.txt")
    nalt=$(grep -ac '^ */Alt ' "q.$k.$l.pdf")
    [ "$nfig" -gt 0 ] && [ "$nfig" = "$nalt" ] && t_ok \
      || t_fail "$k $l: $nfig figures, $nalt with /Alt"
    grep -aq "^ */Lang ($l)" "q.$k.$l.pdf" && t_ok || t_fail "$k $l: no /Lang ($l)"
  done
done
grep -aq '^ */Alt (Figure 2. Roadmap: planned and actual dates Roadmap of 10 steps' \
  q.quarterly.en.pdf && t_ok || t_fail "the roadmap's /Alt does not say what it shows"
# Serbian alternative text: UTF-16 (Cyrillic) or PDFDocEncoding (Latin).
python3 - q.annual.sr-Latn.pdf <<'PY' > alt.sr.txt
import re, sys
d = open(sys.argv[1], 'rb').read()
for m in re.finditer(rb'/Alt (\((?:\\.|[^\\)])*\)|<[0-9a-fA-F]+>)', d):
    v = m.group(1)
    if v[:1] == b'<':
        print(bytes.fromhex(v[1:-1].decode())[2:].decode('utf-16-be'))
    else:
        print(re.sub(rb'\\(.)', rb'\1', v[1:-1]).decode('latin-1'))
PY
grep -q '^Slika 1\. ' alt.sr.txt && t_ok || t_fail "no Serbian /Alt: $(head -c 200 alt.sr.txt)"
grep -q '^ *TOC$' s.quarterly.en.txt && t_ok || t_fail "no TOC in the structure"
pdfinfo -struct-text p.quarterly.en.pdf > st.txt 2>&1
grep -q '"Figure 2. Roadmap: planned and actual dates' st.txt && t_ok \
  || t_fail "the roadmap figure's caption is not in its structure element"
# The page header and footer are outside the structure.
grep -q '"Page ' st.txt && t_fail "a page number inside the structure" || t_ok

# 5. XLSX: dates are date cells (a number with a date format), sheet names
# at most 31 characters, cut at a word boundary, unique, and each area's
# sheet starts with its full title.
for l in en sr-Cyrl; do
  run report quarterly --quarter 2026-Q3 --lang $l --format xlsx -o "x.$l.xlsx"
  expect_rc 0
  rm -rf "x.$l" && mkdir "x.$l" && (cd "x.$l" && unzip -q "../x.$l.xlsx")
  python3 - "x.$l" "$l" > "x.$l.out" 2>&1 <<'PY'
import re, sys, glob, os
d, lang = sys.argv[1], sys.argv[2]
wb = open(os.path.join(d, 'xl/workbook.xml'), encoding='utf-8').read()
names = [re.sub('&amp;', '&', n) for n in re.findall(r'<sheet name="([^"]*)"', wb)]
ss = [re.sub('&amp;', '&', t) for t in re.findall(r'<si><t[^>]*>([^<]*)</t></si>',
      open(os.path.join(d, 'xl/sharedStrings.xml'), encoding='utf-8').read())]
st = open(os.path.join(d, 'xl/styles.xml'), encoding='utf-8').read()
fmt = dict(re.findall(r'<numFmt numFmtId="(\d+)" formatCode="([^"]*)"', st))
xfs = re.findall(r'<xf [^>]*?(?:/>|>.*?</xf>)',
                 re.search(r'<cellXfs[^>]*>(.*?)</cellXfs>', st, re.S).group(1), re.S)
datexf = {str(i) for i, x in enumerate(xfs)
          if fmt.get((re.search(r'numFmtId="(\d+)"', x) or [0, '0'])[1], '') == 'yyyy-mm-dd'}
ok = True
def bad(m):
    global ok
    ok = False
    print('BAD', m)
if len({n.casefold() for n in names}) != len(names): bad('names not unique: %r' % names)
for n in names:
    if len(n) > 31: bad('name over 31 characters: ' + n)
    if n.endswith((',', ' and', ' i', ' и')): bad('name ends badly: ' + n)
ndate = 0
for i, f in enumerate(sorted(glob.glob(os.path.join(d, 'xl/worksheets/sheet*.xml')),
                          key=lambda f: int(re.search(r'(\d+)\.xml$', f).group(1)))):
    s = open(f, encoding='utf-8').read()
    for r, sty, v in re.findall(r'<c r="([A-Z]+\d+)" s="(\d+)"><v>([\d.]+)</v>', s):
        if sty in datexf: ndate += 1
    a1 = re.search(r'<c r="A1"[^>]*t="s"><v>(\d+)</v>', s)
    if i > 0 and names[i] not in ('Indicator data', 'Подаци показатеља'):
        title = ss[int(a1.group(1))] if a1 else ''
        if not title.startswith(names[i].rstrip(' ()0123456789')):
            bad('sheet %s: first row %r' % (names[i], title))
        print('SHEET', names[i], '|', title)
if ndate == 0: bad('no date cell')
print('DATES', ndate)
print('OK' if ok else 'NOT OK')
PY
  grep -q '^OK$' "x.$l.out" && t_ok || { LAST="xlsx $l"; t_fail "xlsx $l: $(grep BAD "x.$l.out" | head -3)"; }
done
grep -q '^SHEET Economic, Trade | Economic, Trade, and Technological Cooperation$' x.en.out \
  && t_ok || t_fail "the economy sheet: $(grep SHEET x.en.out | head -2)"
grep -q '^DATES [1-9]' x.en.out && t_ok || t_fail "no date cells"

# 6. The secretariat's narrative of an area for the period, in Markdown,
# in every format and in Serbian; one per area and period; markup and
# raw HTML never reach the report as markup.
cat > n.md <<'MD'
## Progress in the quarter

The working group **met twice**; see [the minutes](https://example.org/m).

- trade talks resumed
- a *DFC* mission visited

<script>alert(1)</script>
MD
run narrative add --dialogue_id us-rs --area_id us-rs/area/econ \
  --period 2026-Q3 --text "$(cat n.md)" --text_sr 'Radna grupa se sastala **dva puta**.' \
  --classification internal
expect_rc 0
run narrative add --dialogue_id us-rs --area_id us-rs/area/econ \
  --period 2026-Q3 --text 'again'
expect_rc 4
expect_err 'another narrative has the same'
run narrative add --dialogue_id us-rs --area_id us-rs/area/econ \
  --period 2026-Q5 --text 'x'
expect_rc 2
expect_err '--period: expected a period'
run narrative add --dialogue_id us-rs --area_id us-rs/area/security-defense \
  --period 2025 --text 'Only in the annual report of 2025.'
expect_rc 0
run report quarterly --quarter 2026-Q3
expect_out '<h4>From the secretariat (Q3 2026)</h4>'
expect_out '<h4>Progress in the quarter</h4>'
expect_out '<p>The working group met twice; see the minutes (https://example.org/m).</p>'
expect_out '<li>a DFC mission visited</li>'
expect_no_out 'alert(1)'
expect_no_out 'Only in the annual report'
run report quarterly --quarter 2026-Q3 --format csv
expect_out 'From the secretariat (Q3 2026) / Progress in the quarter",trade talks resumed'
run report quarterly --quarter 2026-Q3 --lang sr-Cyrl
expect_out 'Из секретаријата (III квартал 2026.)'
expect_out 'Радна група се састала два пута.'
run report quarterly --quarter 2026-Q3 --as-viewer public
expect_no_out 'From the secretariat'
run report annual --year 2025
expect_out 'Only in the annual report of 2025.'
run report quarterly --quarter 2026-Q3 --format pdf -o n.pdf
expect_rc 0
pdftotext n.pdf - | grep -q 'trade talks resumed' && t_ok || t_fail "narrative not in the PDF"
run report quarterly --quarter 2026-Q3 --format xlsx -o n.xlsx
expect_rc 0
unzip -p n.xlsx xl/sharedStrings.xml | grep -q 'trade talks resumed' && t_ok \
  || t_fail "narrative not in the XLSX"

# 7. Benefits each goal serves for each party (annual report).
run report annual --year 2025
expect_out 'What each goal brings each party'
expect_out '<th>For United States</th>'
expect_out '<th>For Serbia</th>'

# 8. Sign-off: each party's co-chair; the date of approval once the
# public report of the period is approved (the demo approved 2026-Q3's).
run report quarterly --quarter 2026-Q3
expect_out 'id="signoff"'
expect_out '<td>US co-chair</td>'
run report public --quarter 2026-Q3
expect_out 'The co-chairs of the parties approved this report on the dates below'
TODAY=$(LC_ALL=C date -u "+%-d %B %Y")
expect_out "<td>Serbian co-chair</td><td>$TODAY</td>"
run report public --quarter 2026-Q2
expect_out 'approves the report by signing below'

# 9. A correction says its reason and what changed, in the report.
run report issue quarterly --quarter 2026-Q3
expect_rc 0
RID=$(printf '%s' "$OUT" | sed -n 's/^report \([0-9]*\) version 1:.*/\1/p')
run report correct "$RID" --reason 'The 2025 trade figure was revised.'
expect_rc 0
run report get "$RID" --version 2
expect_out 'This is version 2 of the report. It replaces version 1'
expect_out 'Reason for the correction: The 2025 trade figure was revised.'
expect_out 'What changed: not the data'
# (a correction is built from every observation, as the version before)
expect_out 'alt="Total US–Serbia goods trade (US exports + US imports): yearly values'
expect_no_out 'No observations are recorded for this indicator yet, so there is no chart.</p>
<h3 id="goal-1"'
run report get "$RID" --version 1
expect_no_out 'Reason for the correction'
run observation add --indicator_id us-rs/ind/joint-exercises --period 2024 --value 1
expect_rc 0
run report correct "$RID" --reason 'A count for 2024 was added.'
expect_rc 0
run report get "$RID" --version 3
expect_out 'What changed: the data. Version 2 was built from the data as of'

# 9. No half-empty pages in the annual report's annex: an indicator's
# chart (heading, chart, caption and its description) fits below the
# previous one's table, so two charts share a page (the demo as it comes).
rm -f annex.db
run --db annex.db demo
expect_rc 0
run --db annex.db report annual --year 2025 --format pdf -o annex.pdf
expect_rc 0
fig_page() {   # fig_page TEXT: the page whose figure caption starts TEXT
  n=$(pdfinfo annex.pdf | sed -n 's/^Pages: *//p')
  i=1
  while [ "$i" -le "$n" ]; do
    pdftotext -f $i -l $i annex.pdf - 2>/dev/null \
      | grep -q "^Figure [0-9]*\. $1" && { echo $i; return; }
    i=$((i+1))
  done
}
P4=$(fig_page "Employees of US-origin companies")
P5=$(fig_page "Employees of AmCham Serbia member")
[ -n "$P4" ] && [ "$P4" = "$P5" ] && t_ok \
  || t_fail "two annex charts on pages '$P4' and '$P5', not one page"

done_testing
