. "$TOP/tests/cli/lib.sh"
# t_iati.sh: `accord export iati` and `accord import iati` (docs/iati.md).
# The export of the demo is validated against the official IATI 2.03
# schema in data/iati/ and checked against the standard's
# meaning rules (tests/iati/rules.py); what each reader sees is compared
# with the classifications; the export is imported back into a fresh
# database; bad files are refused with their line and element, and change
# nothing.
SCHEMA="$TOP/data/iati/iati-activities-schema.xsd"
RULES="$TOP/tests/iati/rules.py"

# valid FILE: the file validates against the schema and keeps the rules.
valid() {
  if xmllint --noout --schema "$SCHEMA" "$1" >xl.out 2>&1; then
    t_ok
  else
    t_fail "$1 does not validate: $(head -c 600 xl.out)"
  fi
  if python3 "$RULES" "$1" >rules.out 2>&1; then
    t_ok
  else
    t_fail "$1 breaks the IATI rules: $(head -c 600 rules.out)"
  fi
}
# has FILE TEXT / lacks FILE TEXT: fixed string in the file or not.
has() { grep -q -F -- "$2" "$1" && t_ok || t_fail "$1 lacks: $2"; }
lacks() { grep -q -F -- "$2" "$1" && t_fail "$1 has: $2" || t_ok; }
# xp FILE XPATH: the value of an XPath expression (xmllint).
xp() { xmllint --xpath "$2" "$1" 2>/dev/null; }

D="--db demo.db"
run $D demo
expect_rc 0

# --- restricted: everything ---------------------------------------------------
run $D export iati --as-viewer restricted -o res.xml
expect_rc 0
expect_err "reporting-org/@ref is the dialogue's code"
valid res.xml
expect_same "$(xp res.xml 'count(//iati-activity)')" "1" "activities"
expect_same "$(xp res.xml 'count(//result)')" "17" "every goal is a result"
expect_same "$(xp res.xml 'string(//iati-activity/iati-identifier)')" \
  "us-rs-dialogue" "identifier: not the organisation's own (rule 1.1.3)"
# The dialogue is announced, not launched (data/demo.json): no actual
# start, the planned start is its roadmap's first tentative date, the
# planned end its long-term goal's date, status pipeline.
expect_same "$(xp res.xml 'count(//activity-date[@type="2"])')" "0" \
  "no actual start: the dialogue has not been launched"
expect_same "$(xp res.xml 'string(//activity-date[@type="1"]/@iso-date)')" \
  "2025-06-30" "planned start: step I's tentative date (mid-2025)"
# Sectors: the framework areas of its goals, the organisation's own
# vocabulary, percentages adding up to 100.
expect_same "$(xp res.xml 'count(//iati-activity/sector[@vocabulary="99"])')" \
  "4" "a sector per framework area of its goals"
expect_same "$(xp res.xml 'sum(//iati-activity/sector/@percentage)')" "100" \
  "sector percentages add up to 100"
# The IATI Standard Ruleset (tests/iati/ruleset.py, the official rules read
# as data): the one error left is 3.7.1, recipient country, which needs a
# country for each party (not in the record yet).
python3 "$TOP/tests/iati/ruleset.py" res.xml >ruleset.out 2>&1
expect_same "$(grep -E '^[0-9.]+ error' ruleset.out | cut -d' ' -f1 | sort -u | tr '\n' ' ')" \
  "3.7.1 " "ruleset errors of the demo's export"
expect_same "$(xp res.xml 'string(//activity-date[@type="3"]/@iso-date)')" \
  "2034-06-30" "planned end"
expect_same "$(xp res.xml 'string(//activity-status/@code)')" "1" \
  "activity status: pipeline (in negotiation)"
# The trade goal: its indicator, baseline, targets on the path, actuals.
T='//result[title/narrative="Increasing trade exchange by 10% annually"]/indicator'
expect_same "$(xp res.xml "string($T/reference/@code)")" \
  "us-rs/ind/trade-total" "trade indicator reference"
expect_same "$(xp res.xml "string($T/@measure)")" "1" "trade measure"
expect_same "$(xp res.xml "string($T/@ascending)")" "1" "trade ascending"
expect_same "$(xp res.xml "string($T/baseline/@year)")" "2024" "baseline year"
expect_same "$(xp res.xml "string($T/baseline/@value)")" "1023.1" \
  "baseline value"
expect_same "$(xp res.xml "string($T/period[period-start/@iso-date='2025-01-01' and period-end/@iso-date='2025-12-31']/target/@value)")" \
  "1125.41" "2025 on the target path (1,023.1 x 1.1)"
expect_same "$(xp res.xml "string($T/period[period-start/@iso-date='2026-01-01' and period-end/@iso-date='2026-12-31']/target/@value)")" \
  "1237.951" "2026 on the target path"
expect_same "$(xp res.xml "count($T/period/actual)")" \
  "$(sqlite3 demo.db "SELECT count(*) FROM observation o JOIN indicator i
     ON i.id=o.indicator_id WHERE i.code='us-rs/ind/trade-total'")" \
  "one actual per observation"
expect_same "$(xp res.xml "string($T/period[period-start/@iso-date='2025-03-01']/period-end/@iso-date)")" \
  "2025-03-31" "a month's period"
# A milestone: qualitative, referenced at result level.
M='//result[reference/@code="us-rs/goal/double-taxation"]'
expect_same "$(xp res.xml "string($M/indicator/@measure)")" "5" \
  "milestone measure"
expect_same "$(xp res.xml "count($M/indicator/reference)")" "0" \
  "milestone: no indicator reference"
# A count within a window: one period, start to deadline, target 3.
W='//result[indicator/reference/@code="us-rs/ind/miltech-agreements"]/indicator/period'
expect_same "$(xp res.xml "string($W/period-start/@iso-date)")" "2025-01-11" \
  "window start"
expect_same "$(xp res.xml "string($W/period-end/@iso-date)")" "2028-01-10" \
  "window end"
expect_same "$(xp res.xml "string($W/target/@value)")" "3" "window target"
# English and Serbian narratives.
expect_same "$(xp res.xml 'string(//iati-activity/@xml:lang)')" "en" \
  "default language"
expect_same "$(xp res.xml 'string(//participating-org[narrative="Serbia"]/narrative[@xml:lang="sr"])')" \
  "Srbija" "party name in Serbian"
expect_same "$(xp res.xml "string(//result[1]/description/narrative[@xml:lang='sr'])")" \
  "Oblast saradnje: Ekonomska, trgovinska i tehnološka saradnja." \
  "area in Serbian"
n=$(xp res.xml 'count(//narrative[@xml:lang="sr"])')
[ "${n:-0}" -ge 10 ] && t_ok || t_fail "few Serbian narratives: $n"
# The same data gives the same bytes.
run $D export iati --as-viewer restricted -o res2.xml
cmp -s res.xml res2.xml && t_ok || t_fail "two exports differ"

# --- public: only goals both parties approved, only public items --------------
# A demo without accounts has no approvals: nothing is public.
run --db bare.db demo --no-accounts
run --db bare.db export iati -o pub.xml
expect_rc 3
expect_err "no dialogue has results this reader may see"
[ -f pub.xml ] && t_fail "a refused export wrote pub.xml" || t_ok
# The demo's co-chairs approved its public goals and the goals, the
# dialogue and its parties (demo_approvals() of src/cli/cmd_db.c); an
# approval of an internal goal would publish it, and its classification
# would still hide it.
run $D export iati -o pub.xml --reporting-org XM-DAC-302
expect_rc 0
expect_no_out "reporting-org/@ref is the dialogue's code"
valid pub.xml
expect_same "$(xp pub.xml 'count(//result)')" \
  "$(sqlite3 demo.db "SELECT count(*) FROM pub_goal WHERE classification='public'")" \
  "public results"
expect_same "$(xp pub.xml 'string(//iati-identifier)')" "XM-DAC-302-us-rs" \
  "identifier after the reporting organisation"
has pub.xml "Increasing trade exchange by 10% annually"
has pub.xml "us-rs/goal/congress-exchange"
has pub.xml "Sjedinjene Američke Države"
lacks pub.xml "Eliminating remaining customs"          # internal goal
lacks pub.xml "training program to include three"     # internal goal
lacks pub.xml "joint military exercises"              # restricted goal
lacks pub.xml "us-rs/ind/joint-exercises"             # restricted indicator
has pub.xml "double taxation"                         # public, approved
run $D export iati --as-viewer internal -o int.xml
expect_rc 0
valid int.xml
has int.xml "Eliminating remaining customs"
has int.xml "us-rs/ind/diplomats-trained"
lacks int.xml "joint military exercises"
lacks int.xml "us-rs/ind/miltech-agreements"
has res.xml "joint military exercises"
has res.xml "us-rs/ind/miltech-agreements"
run $D export iati --dialogue us-pl --as-viewer restricted
expect_rc 3
expect_err "dialogue us-pl has no goal this reader may see"
run $D export iati --as-viewer secret
expect_rc 2
expect_err '--as-viewer: expected public, internal or restricted, got "secret"'
run $D export iati --dialogue nope
expect_rc 3
expect_err "--dialogue: no dialogue with code"

# --- round trip: into a fresh database with the same indicators ---------------
F="--db fresh.db"
run $F init
run $F dialogue add --code us-rs --title "US-Serbia" --classification public
run $F source add --code census --title "$(sqlite3 demo.db "SELECT title
  FROM source WHERE code='src/census-trade'")"
run $F indicator add --dialogue_id us-rs --code us-rs/ind/trade-total \
  --name Trade --unit "million USD" --frequency month --classification public
for i in joint-exercises diplomats-trained miltech-agreements; do
  run $F indicator add --dialogue_id us-rs --code "us-rs/ind/$i" --name "$i" \
    --unit count --frequency year --classification public
done
expect_rc 0
run $F import iati res.xml
expect_rc 0
expect_out "res.xml: imported 235 observations"
obs() {
  sqlite3 "$1" "SELECT i.code, o.period, o.value, coalesce(s.title, '-')
    FROM observation o JOIN indicator i ON i.id=o.indicator_id
    LEFT JOIN source s ON s.id=o.source_id
    WHERE i.code IN ('us-rs/ind/trade-total', 'us-rs/ind/joint-exercises',
      'us-rs/ind/diplomats-trained', 'us-rs/ind/miltech-agreements')
    ORDER BY 1, 2, 3, 4"
}
expect_same "$(obs fresh.db | sha256sum)" "$(obs demo.db | sha256sum)" \
  "observations after the round trip"
expect_same "$(obs fresh.db | wc -l)" "235" "observations imported"
run $F log --limit 1 --json
expect_out '"action": "import"'
expect_out 'res.xml'
run $F verify
expect_rc 0
before=$(db_state fresh.db)
run $F import iati res.xml
expect_rc 2
expect_err "already recorded"
expect_same "$(db_state fresh.db)" "$before" "re-import changed the db"
run $F import iati --dry-run res.xml
expect_rc 2

# --- bad files: line and element, nothing changes -----------------------------
# iati FILE PERIOD-START PERIOD-END ACTUALS [CODE] [MEASURE]: one indicator
# of one result with one period, in an activity the schema accepts (its
# required elements all on line 3).  The period is on line 9, the actuals
# from line 12 on.
iati() {
  cat >"$1" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
 <iati-activity xml:lang="en"><iati-identifier>XM-TEST-1</iati-identifier><reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org><title><narrative>T</narrative></title><description><narrative>D</narrative></description><participating-org role="1" ref="XM-TEST"/><activity-status code="2"/><activity-date iso-date="2025-01-01" type="2"/>
  <result type="1">
   <title><narrative>Trade</narrative></title>
   <indicator measure="${6:-1}">
    <title><narrative>Trade</narrative></title>
    <reference vocabulary="99" code="${5:-us-rs/ind/trade-total}"/>
    <period>
     <period-start iso-date="$2"/>
     <period-end iso-date="$3"/>
$4
    </period>
   </indicator>
  </result>
 </iati-activity>
</iati-activities>
EOF
}
before=$(db_state fresh.db)
# bad FILE TEXT...: the import of FILE is refused with each TEXT.
bad() {
  f=$1; shift
  run $F import iati "$f"
  expect_rc 2
  for t in "$@"; do expect_err "$t"; done
  expect_err "nothing was imported"
  expect_same "$(db_state fresh.db)" "$before" "db changed by $f"
}
iati ok.xml 2005-01-01 2005-01-31 '     <actual value="5"/>'
run $F import iati --dry-run ok.xml
expect_rc 0
expect_out "1 actuals checked, all valid"
expect_same "$(db_state fresh.db)" "$before" "dry run changed the db"
# Malformed: cut in the middle.
head -c 300 ok.xml > cut.xml
bad cut.xml "cut.xml: line " "malformed XML"
printf '<?xml version="1.0"?>\n<a><b></a>\n' > tags.xml
bad tags.xml "tags.xml: line 2: "
# Not an IATI file: the schema's first error, with its line.
printf '<?xml version="1.0"?>\n<feed/>\n' > other.xml
bad other.xml "other.xml: line 2: not valid IATI 2.03 (schema): Element 'feed'"
# Valid XML, not valid IATI: an activity without its identifier.
sed 's|<iati-identifier>XM-TEST-1</iati-identifier>||' ok.xml > noid.xml
bad noid.xml "noid.xml: line 3: not valid IATI 2.03 (schema): Element 'reporting-org': This element is not expected. Expected is ( iati-identifier )"
# An indicator of another organisation (its own code): skipped, said, and
# a valid file with nothing else to import is not an error.
iati unknown.xml 2005-01-01 2005-01-31 '     <actual value="5"/>' us-rs/ind/nope
run $F import iati unknown.xml
expect_rc 0
expect_out "unknown.xml: a valid IATI file with nothing to import"
expect_out "skipped 1 periods of indicators whose code names no indicator in this database (the first on line 6)"
expect_same "$(db_state fresh.db)" "$before" "db changed by unknown.xml"
# Bad periods: not one month, end before start, not a date.
iati p1.xml 2005-01-05 2005-02-03 '     <actual value="5"/>'
bad p1.xml \
  "p1.xml: line 9: period: 2005-01-05 to 2005-02-03 is not one month, and indicator us-rs/ind/trade-total is monthly"
iati p2.xml 2005-02-01 2005-01-01 '     <actual value="5"/>'
bad p2.xml \
  "p2.xml: line 9: period: period-start 2005-02-01 is not before period-end 2005-01-01"
iati p3.xml 2005-13-01 2005-01-31 '     <actual value="5"/>'
bad p3.xml \
  "p3.xml: line 10: not valid IATI 2.03 (schema): Element 'period-start', attribute 'iso-date': '2005-13-01' is not a valid value"
# Dates the schema accepts and Accord does not: the importer's own error.
iati p5.xml 2005-01-01Z 2005-01-31 '     <actual value="5"/>'
bad p5.xml 'p5.xml: line 10: period-start/@iso-date: "2005-01-01Z" is not a date (YYYY-MM-DD)'
iati p4.xml 2005 2005-12-31 '     <actual value="5"/>' us-rs/ind/joint-exercises
bad p4.xml "p4.xml: line 10: not valid IATI 2.03 (schema): Element 'period-start', attribute 'iso-date': '2005'"
# Values: not a number, missing, and a value on a qualitative indicator.
iati v1.xml 2005-01-01 2005-01-31 '     <actual value="12,5"/>'
bad v1.xml 'v1.xml: line 12: actual/@value: "12,5" is not a number'
iati v2.xml 2005-01-01 2005-01-31 '     <actual/>'
bad v2.xml 'v2.xml: line 12: actual/@value: empty: give a number'
iati v3.xml 2005-01-01 2005-01-31 '     <actual value="1"/>' x 5
bad v3.xml \
  'v3.xml: line 12: actual/@value: "1": a qualitative indicator (measure 5) has no values'
iati v4.xml 2005-01-01 2005-01-31 '     <actual value="1"/>' us-rs/ind/trade-total 7
bad v4.xml 'v4.xml: line 6: indicator/@measure: "7" is not a measure (1 to 5)'
# A duplicate: the same value twice for one period, and a value already
# in the database.
iati d1.xml 2005-01-01 2005-01-31 '     <actual value="5"/>
     <actual value="5"/>'
bad d1.xml \
  "d1.xml: line 13: actual: this value for 2005-01 from this source is already recorded"
iati d2.xml 2025-01-01 2025-01-31 "     <actual value=\"$(sqlite3 demo.db \
  "SELECT o.value FROM observation o JOIN indicator i ON i.id=o.indicator_id
   WHERE i.code='us-rs/ind/trade-total' AND period='2025-01'")\"><comment><narrative>$(sqlite3 demo.db \
  "SELECT title FROM source WHERE code='src/census-trade'")</narrative></comment></actual>"
bad d2.xml "d2.xml: line 12: actual: this value for 2025-01 from this source is already recorded"
# Several errors at once: all reported, still nothing imported.
iati many.xml 2005-01-01 2005-01-31 '     <actual value="a"/>
     <actual value="5"/>
     <actual value="b"/>'
bad many.xml 'many.xml: line 12: actual/@value: "a"' \
  'many.xml: line 14: actual/@value: "b"' "many.xml: 2 errors"
# --- files as others publish them (tests/iati/files) --------------------------
X="$TOP/tests/iati/files"
for f in published-results no-results invalid-order invalid-date; do
  cp "$X/$f.xml" .
done
before=$(db_state fresh.db)
# Schema-invalid: refused with the schema's first error and its line.
bad invalid-order.xml "invalid-order.xml: line 7: not valid IATI 2.03 (schema): Element 'title': This element is not expected. Expected is ( reporting-org )"
bad invalid-date.xml "invalid-date.xml: line 19: not valid IATI 2.03 (schema): Element 'period-end', attribute 'iso-date': '2004-11-31' is not a valid value"
# Valid with nothing for Accord: exit 0, said so, nothing changed.
run $F import iati no-results.xml
expect_rc 0
expect_out "no-results.xml: a valid IATI file with nothing to import"
expect_same "$(db_state fresh.db)" "$before" "db changed by no-results.xml"
# A published activity: the Accord indicator's total is imported; the
# agency's own indicator, the disaggregated actuals and the target-only
# period are skipped, each reason said, and a part is never added to a
# total.
run $F import iati --dry-run published-results.xml
expect_rc 0
expect_out "1 actuals checked, all valid"
expect_same "$(db_state fresh.db)" "$before" "dry run changed the db"
run $F import iati published-results.xml
expect_rc 0
expect_out "published-results.xml: imported 1 observations"
expect_out "skipped 1 periods with targets only (no actual) (the first on line 75)"
expect_out "skipped 1 periods of indicators with no Accord code (no reference of vocabulary 99) (the first on line 84)"
expect_out "skipped 1 periods of indicators whose code names no indicator in this database (the first on line 45)"
expect_out "skipped 1 disaggregated actuals (with a dimension): Accord records an indicator's total (the first on line 71)"
expect_same "$(sqlite3 fresh.db "SELECT o.period || ' ' || o.value
  FROM observation o JOIN indicator i ON i.id=o.indicator_id
  WHERE i.code='us-rs/ind/trade-total' AND o.period LIKE '2004%'")" \
  "2004-12 31.5" "the total, not total + part"
run $F verify
expect_rc 0

run $F import iati missing.xml
expect_rc 6
expect_err "cannot open missing.xml"
run $F import iati
expect_rc 1

done_testing
