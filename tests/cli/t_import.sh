. "$TOP/tests/cli/lib.sh"
# t_import.sh: `accord import observations FILE.csv`: good files (codes
# and ids, every frequency, sources by code or described, CRLF, quoting,
# UTF-8, --dry-run) and bad ones, each with one bad line in the middle:
# exit 2, the line, column and value named, nothing imported.

D="--db i.db"
# JSON checks are batched: python3 is slow to start, so json_check queues
# the output of the last run, an expression over it (as d: the parsed
# JSON, or the raw text if it is not JSON) and the expected str() of the
# result; json_flush evaluates the queue in one python3 run.
JQ_N=0
json_check() {
  JQ_N=$((JQ_N + 1))
  printf '%s' "$OUT" > "jq.$JQ_N.json"
  printf '%s' "$1" > "jq.$JQ_N.expr"
  printf '%s' "$2" > "jq.$JQ_N.want"
  printf '%s (after: %s)' "$3" "$LAST" > "jq.$JQ_N.msg"
}
json_flush() {
  [ "$JQ_N" -gt 0 ] || return 0
  res=$(python3 - "$JQ_N" <<'EOF'
import csv, json, sys
for i in range(1, int(sys.argv[1]) + 1):
    def rd(s):
        return open("jq.%d.%s" % (i, s), encoding="utf-8").read()
    try:
        d = json.loads(rd("json"))
    except ValueError:
        d = rd("json")
    try:
        got = str(eval(rd("expr")))
    except Exception as e:
        got = "error: %r" % e
    print("ok" if got == rd("want") else
          "FAIL: %s: '%s' != '%s'" % (rd("msg"), got, rd("want")))
EOF
)
  while IFS= read -r line; do
    case $line in ok) t_ok ;; *) T_FAIL=$((T_FAIL + 1)); echo "$line" ;; esac
  done <<EOF
$res
EOF
  rm -f jq.*
  JQ_N=0
}

run $D init
run $D dialogue add --code d1 --title D1
run $D indicator add --dialogue_id d1 --code m --name Monthly --unit u --frequency month \
  --forecasts yes
run $D indicator add --dialogue_id d1 --code q --name Quarterly --unit u --frequency quarter \
  --forecasts yes
run $D indicator add --dialogue_id d1 --code y --name Yearly --unit u --frequency year \
  --forecasts yes
run $D source add --code census --title "US Census"
expect_rc 0

# --- a good file ------------------------------------------------------------
cat > good.csv <<'EOF'
indicator,period,value,source,note
m,2025-01,1.5,census,first
1,2025-02,-2,census,
q,2025-Q1,3,,
2,2025-Q2,3.25,1,"a, b"
y,2024,4e2,census,"he said ""hi"""
3,2025,0,,Јануар–Децембар
EOF
run $D import observations good.csv
expect_rc 0
expect_out "good.csv: imported 6 observations"
run $D observation list --json
json_check '[(x["indicator_id"], x["period"], x["value"], x["source_id"], x["note"]) for x in d]' \
  "[(1, '2025-01', 1.5, 1, 'first'), (1, '2025-02', -2.0, 1, None), (2, '2025-Q1', 3.0, None, None), (2, '2025-Q2', 3.25, 1, 'a, b'), (3, '2024', 400.0, 1, 'he said \"hi\"'), (3, '2025', 0.0, None, 'Јануар–Децембар')]" \
  "imported rows"
json_check 'set(x["entered_by"] for x in d)' \
  "{'tester'}" "entered_by"
run $D log --limit 1
expect_out 'import  observation 0  {"file":"good.csv","rows":6,"obs":[[1,1,"2025-01",1.5,1,'
run $D verify
expect_rc 0

# --- sources described by title, url, publisher, date: created once -------
cat > src.csv <<'EOF'
indicator,period,value,source_title,source_url,source_publisher,source_date,note
m,2025-03,10,Trade in Goods,https://census.example/c5150,US Census Bureau,2026-02-05,
m,2025-04,11,Trade in Goods,https://census.example/c5150,US Census Bureau,2026-02-05,
y,2023,12,Trade in Goods,https://census.example/c5150,US Census Bureau,2026-02-05,
EOF
run $D import observations src.csv
expect_rc 0
expect_out "imported 3 observations"
run $D source list --json
json_check '[(x["code"], x["title"], x["url"], x["publisher"], x["published_on"]) for x in d]' \
  "[('census', 'US Census', None, None, None), ('src/trade-in-goods', 'Trade in Goods', 'https://census.example/c5150', 'US Census Bureau', '2026-02-05')]" \
  "one source created"
run $D observation list --source_id src/trade-in-goods --json
json_check 'len(d)' \
  "3" "observations of the new source"
# A second file naming the same source reuses it.
sed -e 's/2025-03/2025-05/' -e 's/2025-04/2025-06/' -e 's/2023/2022/' src.csv > src2.csv
run $D import observations src2.csv
expect_rc 0
run $D source list --json
json_check 'len(d)' \
  "2" "source reused"

# --- CRLF line endings, embedded newlines: line numbers stay right ---------
printf 'indicator,period,value,note\r\ny,2010,1,crlf\r\ny,2011,2,"two\r\nlines"\r\ny,2012,3,"x, y"\r\n' > crlf.csv
run $D import observations crlf.csv
expect_rc 0
expect_out "imported 3 observations"
run $D observation list --indicator_id y --json
json_check '[x["note"] for x in d if x["period"] in ("2010","2012")]' \
  "['crlf', 'x, y']" "CRLF notes"
json_check '[x["note"].replace(chr(13), "CR").replace(chr(10), "LF") for x in d if x["period"]=="2011"]' \
  "['twoCRLFlines']" "embedded CRLF kept"
# An error after a quoted field spanning lines 3-5 is on line 7.
printf 'indicator,period,value,note\r\ny,2013,1,a\r\ny,2014,2,"one\r\ntwo\r\nthree"\r\ny,2015,3,"x, y"\r\ny,2016,abc,z\r\ny,2017,5,z\r\n' > crlf-bad.csv
before=$(db_state i.db)
run $D import observations crlf-bad.csv
expect_rc 2
expect_err 'crlf-bad.csv: line 7, column 3 (value): "abc" is not a number'
expect_same "$(db_state i.db)" "$before" "bad CRLF file changed the db"
printf 'indicator,period,value,note\ny,2013,1,"multi\nline\nnote"\ny,2014,2,"a,\n""b"""\ny,2015,x1,z\n' > nl-bad.csv
run $D import observations nl-bad.csv
expect_rc 2
expect_err 'nl-bad.csv: line 7, column 3 (value): "x1" is not a number'
printf 'indicator,period,value,note\ny,2013,1,"multi\nline\nnote"\n' > nl.csv
run $D import observations nl.csv
expect_rc 0
run $D observation list --indicator_id y --json
json_check '[x["note"] for x in d if x["period"]=="2013"]' \
  "['multi\\nline\\nnote']" "embedded LF kept"

# --- --dry-run imports nothing ------------------------------------------------
printf 'indicator,period,value,source_title\ny,2030,1,Dry source\nm,2030-01,2,Dry source\n' > dry.csv
before=$(db_state i.db)
run $D import observations dry.csv --dry-run
expect_rc 0
expect_out "dry.csv: 2 rows checked, all valid (dry run: nothing imported)"
expect_same "$(db_state i.db)" "$before" "dry run changed the db"
run $D import observations --dry-run dry.csv
expect_rc 0
expect_same "$(db_state i.db)" "$before" "dry run (option first) changed the db"
run $D import observations dry.csv
expect_out "imported 2 observations"

# --- bad files: one bad line (57 of 100) ------------------------------------
# mk_bad LINE [HEADER]: write bad.csv with LINE as line 57 of 100.
i=2
while [ $i -le 100 ]; do
  echo "y,$((1800 + i)),$i,census,row $i"
  i=$((i + 1))
done > rows.csv
mk_bad() {
  { echo "${2:-indicator,period,value,source,note}"
    BAD=$1 awk 'NR==56 {print ENVIRON["BAD"]; next} {print}' rows.csv
  } > bad.csv
}
# check_bad LINE EXPECTED...: import fails naming the line, nothing changes.
check_bad() {
  line=$1; shift
  mk_bad "$line"
  before=$(db_state i.db)
  db_cp i.db pristine.db
  run $D import observations bad.csv
  expect_rc 2
  for e in "$@"; do expect_err "$e"; done
  expect_err "bad.csv: 1 error; nothing was imported"
  after=$(db_state i.db)
  expect_same "$after" "$before" "import of [$line] changed the db"
  # Put it back, so that one failure does not spread to the next checks.
  [ "$after" = "$before" ] || db_cp pristine.db i.db
}
check_bad 'nosuch,2030,1,census,x' \
  'line 57, column 1 (indicator): no indicator with code "nosuch"'
check_bad '999,2030,1,census,x' \
  'line 57, column 1 (indicator): no indicator with id 999'
check_bad 'm,2025-Q1,1,census,x' \
  'line 57, column 2 (period): "2025-Q1" is a quarter but indicator m is monthly'
check_bad 'y,2025-07,1,census,x' \
  'line 57, column 2 (period): "2025-07" is a month but indicator y is yearly'
check_bad 'm,2025-13,1,census,x' \
  'line 57, column 2 (period): "2025-13" is not a period'
check_bad 'm,2025-02-30,1,census,x' \
  'line 57, column 2 (period): "2025-02-30" is not a period'
check_bad 'q,2025-Q5,1,census,x' \
  'line 57, column 2 (period): "2025-Q5" is not a period'
check_bad 'y,,1,census,x' 'line 57, column 2 (period): empty'
check_bad 'y,2030,"12,5",census,x' \
  'line 57, column 3 (value): "12,5" is not a number'
check_bad 'y,2030,abc,census,x' 'line 57, column 3 (value): "abc" is not a number'
check_bad 'y,2030,inf,census,x' 'line 57, column 3 (value): "inf" is not a number'
check_bad 'y,2030,nan,census,x' 'line 57, column 3 (value): "nan" is not a number'
check_bad 'y,2030,1e999,census,x' 'line 57, column 3 (value): "1e999" is not a number'
check_bad 'y,2030,,census,x' 'line 57, column 3 (value): empty: give a number'
# C's strtod reads hexadecimal; a statistics file means no such thing.
check_bad 'y,2030,0x10,census,x' 'line 57, column 3 (value): "0x10" is not a number'
check_bad 'y,2030,1,census,x,extra' \
  'line 57: expected 5 fields as in the header, found 6'
check_bad 'y,2030,1,census' 'line 57: expected 5 fields as in the header, found 4'
check_bad 'y,2030,1,nosrc,x' 'line 57, column 4 (source): no source with code "nosrc"'
# A duplicate of an existing observation (same indicator, period, source
# and value): y,2024,400 from census came in with good.csv.
check_bad 'y,2024,400,census,again' 'line 57: ' '2024' 'already recorded'
# A quote inside an unquoted field.
check_bad 'y,2030,1,census,bad"quote' 'line 57' 'malformed CSV'

# Header problems (line 1), in otherwise good 100-line files.
before=$(db_state i.db)
mk_bad 'y,2030,1,census,x' 'indicator,period,value,source,colour'
run $D import observations bad.csv
expect_rc 2
expect_err 'bad.csv: line 1: unknown column "colour"'
expect_err "nothing was imported"
mk_bad 'y,2030,1,census' 'indicator,period,source,note'
sed -i 's/^\(y,[0-9]*\),[0-9]*,/\1,/' bad.csv
run $D import observations bad.csv
expect_rc 2
expect_err 'bad.csv: line 1: the header has no "value" column'
expect_err "nothing was imported"
mk_bad 'y,2030,1,census,x' 'indicator,period,value,source,source_title'
run $D import observations bad.csv
expect_rc 2
expect_err 'give either a "source" column or "source_title"'
expect_same "$(db_state i.db)" "$before" "bad headers changed the db"

# An unterminated quote at the end of the file (line 100).
mk_bad 'y,2030,1,census,x'
printf 'y,2099,1,census,"unterminated\n' >> bad.csv
run $D import observations bad.csv
expect_rc 2
expect_err "line 101"
expect_err "unterminated quote"
expect_err "nothing was imported"
expect_same "$(db_state i.db)" "$before" "unterminated quote changed the db"

# An empty file, a file with only blank lines, a missing file.
: > empty.csv
run $D import observations empty.csv
expect_rc 2
expect_err "empty.csv: line 1: the file is empty: expected a header line"
expect_err "nothing was imported"
printf '\n\n' > blank.csv
run $D import observations blank.csv
expect_rc 2
expect_err "the file is empty"
run $D import observations missing.csv
expect_rc 6
expect_err "cannot open missing.csv: No such file or directory"
run $D import observations
expect_rc 1
run $D import sources good.csv
expect_rc 1
expect_same "$(db_state i.db)" "$before" "empty/missing files changed the db"

# --- 30 bad lines: 20 shown, the rest counted -------------------------------
{ echo indicator,period,value
  i=1
  while [ $i -le 40 ]; do
    if [ $((i % 4)) -eq 0 ]; then echo "y,$((1700 + i)),$i"
    else echo "y,$((1700 + i)),bad$i"; fi
    i=$((i + 1))
  done; } > many.csv
run $D import observations many.csv
expect_rc 2
n=$(printf '%s\n' "$ERR" | grep -c 'is not a number')
expect_same "$n" "20" "errors shown"
expect_err 'line 2, column 3 (value): "bad1" is not a number'
expect_err 'line 27, column 3 (value): "bad26" is not a number'
expect_err "many.csv: 10 more errors not shown"
expect_err "many.csv: 30 errors; nothing was imported"
expect_same "$(db_state i.db)" "$before" "many errors changed the db"

# --- duplicates that slip past the unique index ------------------------------
# Two equal rows in one file.
printf 'indicator,period,value,source\ny,1650,1,census\ny,1651,1,census\ny,1650,1,census\n' > dup.csv
run $D import observations dup.csv
expect_rc 2
expect_err "line 4: this value for 1650 from this source is already recorded"
expect_same "$(db_state i.db)" "$before" "in-file duplicate changed the db"
# Rows without a source: importing the same file twice doubles them.
printf 'indicator,period,value\ny,1600,7\n' > nosrc.csv
run $D import observations nosrc.csv
expect_rc 0
before=$(db_state i.db)
run $D import observations nosrc.csv
expect_rc 2
expect_err "already recorded"
expect_same "$(db_state i.db)" "$before" "re-import without source changed the db"
# "2025-q3" is accepted as a period; it must be the same period as
# "2025-Q3", not a second one beside it.
printf 'indicator,period,value,source\nq,2025-Q3,9,census\n' > q1.csv
printf 'indicator,period,value,source\nq,2025-q3,9,census\n' > q2.csv
run $D import observations q1.csv
expect_rc 0
before=$(db_state i.db)
run $D import observations q2.csv
expect_rc 2
expect_same "$(db_state i.db)" "$before" "2025-q3 beside 2025-Q3"

run $D verify
expect_rc 0
expect_out "audit log intact"

json_flush
done_testing
