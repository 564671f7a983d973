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
# One activity for the dialogue, one for each of its projects (docs/iati.md).
DA='//iati-activity[iati-identifier="us-rs-dialogue"]'
expect_same "$(xp res.xml 'count(//iati-activity)')" "5" \
  "activities: the dialogue and its 4 projects"
expect_same "$(xp res.xml "count($DA/result)")" "17" "every goal is a result"
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
expect_same "$(xp res.xml "count($DA/sector[@vocabulary='99'])")" \
  "4" "a sector per framework area of its goals"
expect_same "$(xp res.xml "sum($DA/sector[@vocabulary='99']/@percentage)")" \
  "100" "sector percentages add up to 100"
# ... and their DAC 5-digit codes (vocabulary 1, 026_iati.sql: rule
# 102.1.1), each once, also adding up to 100.
expect_same "$(xp res.xml "count($DA/sector[@vocabulary='1'])")" "6" \
  "the DAC codes of those areas"
expect_same "$(xp res.xml "sum($DA/sector[@vocabulary='1']/@percentage)")" \
  "100" "DAC sector percentages add up to 100"
# Recipient countries: each party's (rule 3.7.1), shared out to 100.
expect_same "$(xp res.xml "concat($DA/recipient-country[1]/@code, ' ', $DA/recipient-country[2]/@code)")" \
  "US RS" "recipient countries: the parties'"
expect_same "$(xp res.xml "sum($DA/recipient-country/@percentage)")" "100" \
  "recipient-country percentages add up to 100"
# The IATI Standard Ruleset (tests/iati/ruleset.py, the official rules read
# as data): no error and no warning, now that each party has a country
# (3.7.1) and each area its DAC codes (102.1.1).
python3 "$TOP/tests/iati/ruleset.py" res.xml >ruleset.out 2>&1
expect_same "$(grep -E '^[0-9.]+ (error|warning)' ruleset.out | cut -d' ' -f1,2 | sort -u | tr '\n' ' ')" \
  "" "ruleset errors and warnings of the demo's export"
expect_same "$(tail -1 ruleset.out | sed 's/.*checked, //')" \
  "0 errors, 0 warnings" "ruleset summary"
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
expect_same "$(xp pub.xml "count(//iati-activity[iati-identifier='XM-DAC-302-us-rs']/result)")" \
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

# --- the codes of 026_iati.sql: checked against their lists ------------------
before=$(db_state demo.db)
badcode() {   # badcode MESSAGE accord-ARGS...: refused, naming the field
  _m=$1; shift
  run $D "$@"
  expect_rc 2
  expect_err "$_m"
  expect_same "$(db_state demo.db)" "$before" "db changed by: $*"
}
badcode 'country: "XK" is not an ISO 3166-1 alpha-2 country code' \
  party set us-rs/rs --country XK
badcode 'country: "rs" is not an ISO 3166-1 alpha-2 country code' \
  party set us-rs/rs --country rs
badcode 'country: "SRB" is not an ISO 3166-1 alpha-2 country code' \
  party set us-rs/rs --country SRB
badcode 'org_ref: "RS MB" is not an IATI organisation identifier' \
  party set us-rs/rs --org_ref "RS MB"
badcode 'org_ref: "USAGOV" is not an IATI organisation identifier' \
  party set us-rs/rs --org_ref USAGOV
badcode 'sectors: "99999" is not an active OECD DAC 5-digit sector code' \
  project set us-rs/prj/dfc-belgrade --sectors 99999
badcode 'sectors: "15120" is not an active OECD DAC 5-digit sector code' \
  project set us-rs/prj/dfc-belgrade --sectors "24030 15120"
badcode 'sectors: 33110 is given twice' \
  area set us-rs/area/econ --sectors "33110 25010 33110"
badcode 'sectors: "33110,25010" is not a list of DAC 5-digit sector codes' \
  area set us-rs/area/econ --sectors "33110,25010"
badcode 'sectors: "11" is not an active OECD DAC 5-digit sector code' \
  project add --dialogue_id us-rs --wg_id us-rs/wg/people --code t/x \
  --title T --state proposed --classification public --sectors 11
# The demo: each party's country; the United States' IATI organisation
# identifier as the IATI Registry lists the U.S. Government (US-USAGOV);
# Serbia has none on record, so none.
expect_same "$(sqlite3 demo.db "SELECT $(sql_group_concat "code || '=' || country || ':' || coalesce(org_ref, '-')" ' ' id) FROM party WHERE dialogue_id=(SELECT id FROM dialogue WHERE code='us-rs')")" \
  "us-rs/us=US:US-USAGOV us-rs/rs=RS:-" "the demo's parties"
run $D party show us-rs/rs
expect_out "RS"

# --- projects: an activity each, under the dialogue's (docs/iati.md) ----------
expect_same "$(xp res.xml "count(//iati-activity[@hierarchy='2'])")" "4" \
  "a child activity per project"
ids() {   # ids FILE XPATH: the values the XPath selects, sorted, one a line
  python3 - "$1" "$2" <<'PY'
import sys, xml.etree.ElementTree as ET
a = ET.parse(sys.argv[1]).getroot().findall(sys.argv[2])
print("\n".join(sorted(e.get("ref") or e.text for e in a)))
PY
}
expect_same "$(ids res.xml "./iati-activity[@hierarchy='2']/iati-identifier")" \
  "$(ids res.xml "./iati-activity/related-activity[@type='2']")" \
  "the dialogue names each project's activity as its child"
expect_same "$(xp res.xml "count(//iati-activity[@hierarchy='2']/related-activity[@type='1' and @ref='us-rs-dialogue'])")" \
  "4" "each project names the dialogue's activity as its parent"
F1='//iati-activity[iati-identifier="US-USAGOV-us-rs-prj-fulbright-commission"]'
# Its reporting organisation: the first of its parties with an IATI
# organisation identifier (the United States, US-USAGOV); both parties
# accountable; pipeline; no start recorded, so the dialogue's stands in,
# said in the date's narrative; its DAC sector and its group's area.
expect_same "$(xp res.xml "string($F1/reporting-org/@ref)")" "US-USAGOV" \
  "project: reporting organisation"
expect_same "$(xp res.xml "count($F1/participating-org[@role='2'])")" "2" \
  "project: both parties accountable"
expect_same "$(xp res.xml "string($F1/participating-org[@role='2'][1]/@ref)")" \
  "US-USAGOV" "project: a party's organisation identifier"
expect_same "$(xp res.xml "string($F1/activity-status/@code)")" "1" \
  "project: proposed is pipeline"
expect_same "$(xp res.xml "string($F1/activity-date[@type='1']/@iso-date)")" \
  "2025-06-30" "project: the dialogue's start stands in"
has res.xml "No start date is recorded for the project; its dialogue's start stands in."
expect_same "$(xp res.xml "string($F1/sector[@vocabulary='1']/@code)")" \
  "11420" "project: its DAC sector"
expect_same "$(xp res.xml "string($F1/sector[@vocabulary='99']/@code)")" \
  "us-rs/area/people" "project: its working group's area"
expect_same "$(xp res.xml "count($F1/recipient-country)")" "2" \
  "project: its parties' countries"
expect_same "$(xp res.xml "string($F1/result/reference/@code)")" \
  "us-rs/goal/fulbright" "project: the goal it serves"
# The public: the published public projects only.
expect_same "$(xp pub.xml "count(//iati-activity[@hierarchy='2'])")" \
  "$(sqlite3 demo.db "SELECT count(*) FROM pub_project WHERE classification='public'")" \
  "public: the published public projects"
has pub.xml "XM-DAC-302-us-rs-prj-fulbright-commission"
lacks pub.xml "us-rs-prj-dfc-belgrade"                 # internal project

# A project with everything IATI asks (dates, budget, funding, a party's
# agency, DAC sectors) serving the trade goal, in a copy of the demo.
db_cp demo.db full.db
G="--db full.db"
run $G project add --dialogue_id us-rs --wg_id us-rs/wg/econ \
  --code us-rs/prj/trade-desk --title "Trade desk" --state active \
  --planned_start 2025-01-01 --planned_end 2025-12-31 \
  --actual_start 2025-02-01 --budget 100000.00 --currency USD \
  --sectors "33110 25010" --classification restricted
expect_rc 0
run $G project-goal add --project_id us-rs/prj/trade-desk \
  --goal_id us-rs/goal/trade-10pct
run $G project-party add --project_id us-rs/prj/trade-desk \
  --party_id us-rs/rs --agency "Ministry of Trade"
run $G funding add --project_id us-rs/prj/trade-desk --party_id us-rs/us \
  --amount 60000.00 --currency USD --state committed --funded_on 2025-01-15
run $G funding add --project_id us-rs/prj/trade-desk --party_id us-rs/rs \
  --amount 40000.00 --currency USD --state disbursed --funded_on 2025-03-01
run $G funding add --project_id us-rs/prj/trade-desk --party_id us-rs/us \
  --amount 5000.00 --currency USD --state pledged
expect_rc 0
run $G export iati --as-viewer restricted -o full.xml
expect_rc 0
valid full.xml
python3 "$TOP/tests/iati/ruleset.py" full.xml >ruleset2.out 2>&1
expect_same "$(tail -1 ruleset2.out | sed 's/.*checked, //')" \
  "0 errors, 0 warnings" "ruleset: a project with funding and a budget"
T2='//iati-activity[iati-identifier="US-USAGOV-us-rs-prj-trade-desk"]'
expect_same "$(xp full.xml "string($T2/reporting-org/@ref)")" "US-USAGOV" \
  "its lead: the funding party with an organisation identifier"
expect_same "$(xp full.xml "count($T2/participating-org[@role='1'])") $(xp full.xml "string($T2/participating-org[@role='2']/narrative)") $(xp full.xml "string($T2/participating-org[@role='4']/narrative)")" \
  "2 Serbia Ministry of Trade" "roles: funding, accountable, implementing"
expect_same "$(xp full.xml "string($T2/activity-status/@code)")" "2" \
  "active is implementation"
expect_same "$(xp full.xml "count($T2/activity-date)") $(xp full.xml "string($T2/activity-date[@type='2']/@iso-date)") $(xp full.xml "string($T2/activity-date[@type='3']/@iso-date)")" \
  "3 2025-02-01 2025-12-31" "planned and actual dates"
expect_same "$(xp full.xml "string($T2/sector[@vocabulary='1'][2]/@code)") $(xp full.xml "sum($T2/sector[@vocabulary='1']/@percentage)")" \
  "25010 100" "its own DAC sectors"
expect_same "$(xp full.xml "string($T2/budget/value)") $(xp full.xml "string($T2/budget/value/@currency)") $(xp full.xml "string($T2/budget/period-end/@iso-date)")" \
  "100000.00 USD 2025-12-31" "its budget for its planned year"
# Transactions: the lead's own commitment (2), the other party's
# disbursement as incoming funds (1); a pledge is no transaction.
expect_same "$(xp full.xml "count($T2/transaction)") $(xp full.xml "string($T2/transaction[1]/transaction-type/@code)") $(xp full.xml "string($T2/transaction[2]/transaction-type/@code)") $(xp full.xml "string($T2/transaction[2]/value)")" \
  "2 2 1 40000.00" "transactions"
# Results: the trade goal, one actual per period, the value that counts.
expect_same "$(xp full.xml "count($T2/result/indicator/period[actual])")" \
  "$(sqlite3 demo.db "SELECT count(DISTINCT o.period) FROM observation o
     JOIN indicator i ON i.id=o.indicator_id
     WHERE i.code='us-rs/ind/trade-total'")" "one actual per period"
expect_same "$(xp full.xml "count($T2/result/indicator/period/actual[not(dimension)])")" \
  "$(xp full.xml "count($T2/result/indicator/period[actual])")" \
  "never two totals in a period"
# The breakdown by flow: each month's two cells, as <dimension name="flow">.
expect_same "$(xp full.xml "count($T2/result/indicator/period/actual/dimension[@name='flow'])")" \
  "470" "the cells of the breakdown by flow"
expect_same "$(xp full.xml "string($T2/result/indicator/baseline/@value)")" \
  "1023.1" "the goal's baseline"
# Every change to the new fields is in the audit log and replays.
run $G area set us-rs/area/econ --sectors 33110
expect_rc 0
run $G party set us-rs/rs --country RS --org_ref XM-TEST-RS
expect_rc 0
run $G verify
expect_rc 0

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
# A cell of a dimension the dialogue does not declare is refused, naming
# the element's line; nothing is imported (038_dimension.sql).
run $F import iati res.xml
expect_rc 2
expect_err ': actual/dimension: dimension "flow" is not declared'
expect_same "$(sqlite3 fresh.db "SELECT count(*) FROM observation")" "0" \
  "an undeclared dimension imports nothing"
run $F dimension add --dialogue_id us-rs --code us-rs/dim/flow --name flow \
  --label Flow
run $F dimension-value add --dimension_id us-rs/dim/flow --value us-exports \
  --label "US exports"
run $F dimension-value add --dimension_id us-rs/dim/flow --value us-imports \
  --label "US imports"
expect_rc 0
run $F import iati res.xml
expect_rc 0
expect_out "res.xml: imported 705 observations"
obs() {
  sqlite3 "$1" "SELECT i.code, o.period, o.value, coalesce(s.title, '-'),
    coalesce(o.breakdown, '-')
    FROM observation o JOIN indicator i ON i.id=o.indicator_id
    LEFT JOIN source s ON s.id=o.source_id
    WHERE i.code IN ('us-rs/ind/trade-total', 'us-rs/ind/joint-exercises',
      'us-rs/ind/diplomats-trained', 'us-rs/ind/miltech-agreements')
    ORDER BY 1, 2, 3, 4, 5"
}
expect_same "$(obs fresh.db | sha256sum)" "$(obs demo.db | sha256sum)" \
  "observations after the round trip"
expect_same "$(obs fresh.db | wc -l)" "705" "observations imported (235 totals, 470 cells)"
run $F log --limit 1 --json
expect_out '"action": "import"'
expect_out 'res.xml'
run $F verify
expect_rc 0
# The same with the projects' activities: their actuals are their
# dialogue's, counted once (the child's periods are skipped, and said).
F2="--db fresh2.db"
run $F2 init
run $F2 dialogue add --code us-rs --title "US-Serbia" --classification public
run $F2 source add --code census --title "$(sqlite3 demo.db "SELECT title
  FROM source WHERE code='src/census-trade'")"
run $F2 indicator add --dialogue_id us-rs --code us-rs/ind/trade-total \
  --name Trade --unit "million USD" --frequency month --classification public
for i in joint-exercises diplomats-trained miltech-agreements; do
  run $F2 indicator add --dialogue_id us-rs --code "us-rs/ind/$i" \
    --name "$i" --unit count --frequency year --classification public
done
run $F2 dimension add --dialogue_id us-rs --code us-rs/dim/flow --name flow \
  --label Flow
expect_rc 0
run $F2 import iati full.xml
expect_rc 0
expect_out "full.xml: imported 705 observations"
expect_out "periods of activities whose parent activity is in the file (related-activity type 1): the parent's figures count, once"
expect_same "$(obs fresh2.db | sha256sum)" "$(obs demo.db | sha256sum)" \
  "observations after the round trip of the projects' activities"
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
   WHERE i.code='us-rs/ind/trade-total' AND period='2025-01'
   AND o.breakdown IS NULL")\"><comment><narrative>$(sqlite3 demo.db \
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
for f in published-results no-results invalid-order invalid-date \
         parent-child invalid-sector; do
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
# A published activity: the Accord indicator's total is imported, and its
# disaggregated actual as a cell of a breakdown (never added to the
# total); the agency's own indicator and the target-only period are
# skipped, each reason said.  The dimension its cell names is declared
# first (038_dimension.sql), open: any value.
run $F dimension add --dialogue_id us-rs --code us-rs/dim/direction \
  --name direction --label Direction
expect_rc 0
before=$(db_state fresh.db)
run $F import iati --dry-run published-results.xml
expect_rc 0
expect_out "2 actuals checked, all valid"
expect_same "$(db_state fresh.db)" "$before" "dry run changed the db"
run $F import iati published-results.xml
expect_rc 0
expect_out "published-results.xml: imported 2 observations"
expect_out "skipped 1 periods with targets only (no actual) (the first on line 75)"
expect_out "skipped 1 periods of indicators with no Accord code (no reference of vocabulary 99) (the first on line 84)"
expect_out "skipped 1 periods of indicators whose code names no indicator in this database (the first on line 45)"
expect_same "$(sqlite3 fresh.db "SELECT $(sql_group_concat x ', ' v) FROM (SELECT
  o.period || ' ' || o.value || ' ' || coalesce(o.breakdown, 'total') AS x,
  o.value AS v
  FROM observation o JOIN indicator i ON i.id=o.indicator_id
  WHERE i.code='us-rs/ind/trade-total' AND o.period LIKE '2004%'
  ORDER BY o.value) AS s")" \
  "2004-12 12.25 direction=exports, 2004-12 31.5 total" \
  "the total, and the part as a cell, not total + part"
run $F verify
expect_rc 0

# A programme and its project (related-activity type 1): the programme's
# figure once; the child's periods skipped, and said.
before=$(db_state fresh.db)
bad invalid-sector.xml "invalid-sector.xml: line 22: not valid IATI 2.03 (schema): Element 'sector', attribute 'percentage': 'all' is not a valid value"
run $F import iati parent-child.xml
expect_rc 0
expect_out "parent-child.xml: imported 1 observations"
expect_out "skipped 2 periods of activities whose parent activity is in the file (related-activity type 1): the parent's figures count, once (the first on line 73)"
expect_same "$(sqlite3 fresh.db "SELECT $(sql_group_concat "o.period || ' ' || o.value" ', ' o.id)
  FROM observation o JOIN indicator i ON i.id=o.indicator_id
  WHERE i.code='us-rs/ind/trade-total' AND o.period LIKE '2003%'")" \
  "2003-11 30.25" "the programme's figure, once; not the child's"
run $F verify
expect_rc 0

run $F import iati missing.xml
expect_rc 6
expect_err "cannot open missing.xml"
run $F import iati
expect_rc 1

done_testing
