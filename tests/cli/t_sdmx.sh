. "$TOP/tests/cli/lib.sh"
# t_sdmx.sh: `accord export sdmx`: the demo's trade indicator against its
# golden file (tests/golden/sdmx_trade.csv; REGOLD=1 rewrites it), the
# header, RFC 4180 quoting and CRLF, the conflicting employee counts kept
# as two rows with their own keys, PREFERRED after `accord prefer`, what
# each viewer sees, byte-identical repeated exports, bad options.

D="--db s.db"
GOLD="$TOP/tests/golden/sdmx_trade.csv"
run $D demo
expect_rc 0

# ---- the golden file -----------------------------------------------------
run $D export sdmx --indicator us-rs/ind/trade-total -o trade.csv
expect_rc 0
expect_out "wrote trade.csv: 705 observations"
if [ "${REGOLD:-}" = 1 ]; then cp trade.csv "$GOLD"; echo "rewrote $GOLD"; fi
if cmp -s trade.csv "$GOLD"; then t_ok; else
  t_fail "trade.csv differs from $GOLD"; diff "$GOLD" trade.csv | head -10
fi
run $D export sdmx --dialogue us-rs --indicator us-rs/ind/trade-total \
  -o trade2.csv
cmp -s trade.csv trade2.csv && t_ok || t_fail "a second export differs"
H="STRUCTURE,STRUCTURE_ID,ACTION,DIALOGUE,INDICATOR,SOURCE,FLOW,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,PREFERRED,CONFLICT,SOURCE_TITLE,SOURCE_PUBLISHER,SOURCE_URL,COMMENT_OBS"
CR=$(printf '\r')
expect_same "$(head -n 1 trade.csv)" "$H$CR" "the header row"
bare=$(LC_ALL=C grep -c "[^$CR]\$" trade.csv)
expect_same "$bare" 0 "lines without CR"
first=$(sed -n 2p trade.csv)
expect_same "$first" 'dataflow,ACCORD:DIALOGUE_OBS(1.0.0),I,us-rs,us-rs_ind_trade-total,src_census-trade,_T,2007-01,9,million USD,N,N,"U.S. trade in goods with Serbia (country code 4801), monthly and annual, Census basis","U.S. Census Bureau, Foreign Trade Division",https://www.census.gov/foreign-trade/balance/country.xlsx,"US exports 4 + US imports 5; pre-2009 Census code for Serbia, may include Kosovo (not strictly comparable)."'"$CR" "the first row"
# The month's cells of the breakdown by flow follow its total (FLOW _T).
expect_same "$(sed -n 3,4p trade.csv | cut -d, -f7-9 | tr -d "$CR")" \
  "us-exports,2007-01,4
us-imports,2007-01,5" "the first month's cells"
# Every row has the header's 16 fields, as a CSV reader sees them; keys
# are unique.
res=$(python3 - trade.csv <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
bad = [i for i, r in enumerate(rows) if len(r) != 16]
keys = {tuple(r[3:8]) for r in rows[1:]}
print(len(rows) - 1, len(bad), len(keys), rows[-1][7], rows[-1][8])
PY
)
expect_same "$res" "705 0 705 2026-07 79.8" "rows, bad rows, keys, last"

# ---- the conflicting employee counts: both kept -------------------------
run $D export sdmx --indicator us-rs/ind/us-company-employees
expect_rc 0
expect_out "us-rs_ind_us-company-employees,src_ipese-article,2025,112000,persons,N,Y,"
expect_out "us-rs_ind_us-company-employees,src_ipese-article-2,2025,30000,persons,N,Y,"
expect_out "src_kurir-lazarevic-2022,2022,30000,persons,N,N,"
expect_out '"The article: '"'"'According to data from the American Chamber'
ID=$(sqlite3 s.db "SELECT o.id FROM observation o JOIN indicator i ON
  i.id=o.indicator_id WHERE i.code='us-rs/ind/us-company-employees' AND
  o.period='2025' AND o.value=30000")
run $D prefer "$ID"
expect_rc 0
run $D export sdmx --indicator us-rs/ind/us-company-employees
expect_out "src_ipese-article,2025,112000,persons,N,Y,"
expect_out "src_ipese-article-2,2025,30000,persons,Y,Y,"

# ---- viewers --------------------------------------------------------------
run $D observation add --indicator_id us-rs/ind/joint-exercises \
  --period 2025 --value 2
expect_rc 0
run $D observation add --indicator_id us-rs/ind/diplomats-trained \
  --period 2025 --value 1
expect_rc 0
run $D export sdmx --dialogue us-rs
expect_out "us-rs_ind_joint-exercises,_Z,_T,2025,2,count,N,N,,,,"
expect_out "us-rs_ind_diplomats-trained,_Z,_T,2025,1,"
ALL="$OUT"
run $D export sdmx --dialogue us-rs --as-viewer public
expect_rc 0
expect_no_out "joint-exercises"
expect_no_out "diplomats-trained"
expect_out "us-rs_ind_trade-total"
n=$(printf '%s\n' "$OUT" | grep -c '^dataflow,')
expect_same "$n" 717 "rows the public sees (235 trade and 470 cells, 12 sourced figures)"
run $D export sdmx --dialogue us-rs --as-viewer observer
expect_no_out "joint-exercises"
expect_out "diplomats-trained"
run $D export sdmx --dialogue us-rs --as-viewer restricted
expect_same "$OUT" "$ALL" "a restricted reader's export"
run $D export sdmx --indicator us-rs/ind/joint-exercises --as-viewer public
expect_rc 3
expect_err "--indicator: no indicator with code"

# ---- bad input -------------------------------------------------------------
run $D export sdmx --indicator nope
expect_rc 3
expect_err "--indicator: no indicator with code \"nope\""
run $D export sdmx --dialogue us-pl --indicator us-rs/ind/trade-total
expect_rc 3
expect_err "is not an indicator of dialogue us-pl"
run $D export sdmx --format csv
expect_rc 1
expect_err "export sdmx: unexpected \"--format\""
run $D export sdmx --dialogue nope
expect_rc 3
run $D export sdmx --indicator
expect_rc 1
run $D export sdmx -o no/such/dir/x.csv
expect_rc 6

# ---- labels (SDMX-CSV 2.0 "labels" option) --------------------------------
# The codes stay; --labels both adds "ID: name" to the headers of the
# components and to coded values, --labels name a column of names after
# each; in the language of --lang (Serbian names where entered, Cyrillic
# derived), the sources' titles as they are.
run $D --lang sr-Latn export sdmx --dialogue us-rs --labels both
expect_rc 0
expect_out "DIALOGUE: Dijalog,INDICATOR: Pokazatelj,SOURCE: Izvor,"
expect_out ",us-rs: Strateški dijalog SAD i Srbije,us-rs_ind_trade-total: Ukupna robna razmena SAD i Srbije (izvoz SAD + uvoz SAD),"
expect_out "ACCORD:DIALOGUE_OBS(1.0.0): Podaci pokazatelja strateških dijaloga,I,"
expect_out ",N: ne,N: ne,"
n=$(printf '%s\n' "$OUT" | grep -c '^dataflow,')
expect_same "$n" "$(printf '%s\n' "$ALL" | grep -c '^dataflow,')" "as many rows with labels"
run $D --lang sr-Cyrl export sdmx --dialogue us-rs --labels both
expect_out ",us-rs: Стратешки дијалог САД и Србије,"
run $D export sdmx --dialogue us-rs --labels both
expect_out ",us-rs: US–Serbia strategic dialogue,"
expect_out "DIALOGUE: Dialogue,"
run $D --lang sr-Latn export sdmx --dialogue us-rs --labels name
expect_rc 0
expect_out "STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,DIALOGUE,Dijalog,INDICATOR,Pokazatelj,"
expect_out ",I,us-rs,Strateški dijalog SAD i Srbije,us-rs_ind_trade-total,"
# every row as many fields as the header
python3 - "$WORK_OUT" <<'PY' && t_ok || t_fail "labels=name: a row with another number of fields"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
sys.exit(0 if len({len(r) for r in rows}) == 1 else 1)
PY
run $D export sdmx --dialogue us-rs --labels id
expect_same "$OUT" "$ALL" "--labels id is the plain export"
run $D export sdmx --labels x
expect_rc 1
expect_err "--labels: expected id, both or name"

done_testing
