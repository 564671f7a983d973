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
expect_out 'alt="Total US–Serbia goods trade (US exports + US imports): yearly values from 2007 to 2025; the value axis runs from 0 to 1400 million USD'
# 2. Kinds in words, not codes.
expect_out '<td>count in each period</td>'
expect_out '<td>count by the deadline</td>'
expect_no_out '<td>count period</td>'
expect_no_out '<td>count window</td>'
# 3. Slippage says the day it is counted to.
expect_out 'Slippage is counted in days up to 2026-09-30, the last day of the period reported on'
expect_out 'Roadmap of 10 steps on 2026-09-30: 0 done, 4 ongoing, 5 past their planned date'
run report quarterly --quarter 2026-Q3 --lang sr-Latn
expect_out '<td>broj u svakom periodu</td>'
expect_out 'Odstupanje se računa u danima zaključno sa 2026-09-30'

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
grep -q '^TOC$' s.quarterly.en.txt && t_ok || t_fail "no TOC in the structure"
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

done_testing
