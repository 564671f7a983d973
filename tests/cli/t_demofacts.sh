. "$TOP/tests/cli/lib.sh"
# t_demofacts.sh: the demo holds only what the record supports (issue 10,
# item 8).  Each dated fact of data/demo.json that the primary record
# decided is pinned here, with the state the record gives each item; the
# trade figures are checked against the US Census file they come from
# (tests/data), and every source the demo cites is a complete source.

D="--db demo.db"
run $D demo --no-accounts
expect_rc 0
# q SQL: one value from the demo database.
q() { sqlite3 demo.db "$1"; }

# --- the US-Serbia dialogue: announced, not launched ------------------------
# State Department, remarks of Deputy Secretary Verma in Belgrade (readout of
# 2025-01-11): a dialogue discussed; 2025-08-06 and 2025-09-23: still to be
# launched.  No signature, no inaugural meeting on the record.
expect_same "$(q "SELECT state FROM dialogue WHERE code='us-rs'")" \
  "negotiation" "us-rs: in negotiation, not established"
expect_same "$(q "SELECT coalesce(CAST(launched_year AS TEXT),'-')||' '||coalesce(launched_on,'-')
  FROM dialogue WHERE code='us-rs'")" "- -" "us-rs: no launch year or date"
expect_same "$(q "SELECT s.code FROM dialogue d JOIN source s
  ON s.id=d.launch_source_id WHERE d.code='us-rs'")" \
  "src/state-verma-belgrade-2025" "us-rs: the launch note rests on the State Department"
expect_same "$(q "SELECT substr(launch_note,1,29) FROM dialogue WHERE code='us-rs'")" \
  "Announced, not yet launched. " "us-rs: the launch note says so first"
# The meeting of the visit: held, on the day of the State Department's record.
expect_same "$(q "SELECT held_on||' '||state FROM meeting
  WHERE code='us-rs/mtg/2025-01-launch'")" "2025-01-11 held" \
  "the Belgrade meeting: 2025-01-11, held"
expect_same "$(q "SELECT count(*) FROM meeting WHERE code='us-rs/mtg/2025-01-launch'
  AND (title LIKE '%Launch%' OR title LIKE '%signing%')")" "0" \
  "the Belgrade meeting is not called a launch or a signing"
expect_same "$(q "SELECT state||' '||coalesce(held_on,'-') FROM meeting
  WHERE code='us-rs/mtg/inaugural'")" "planned -" "the inaugural meeting: planned"
# No agreement text was published or signed: the document is a draft.
expect_same "$(q "SELECT state||' '||coalesce(issued_on,'-') FROM document
  WHERE code='us-rs/doc/agreement'")" "draft -" "the agreement: a draft, not issued"
expect_same "$(q "SELECT count(*) FROM document WHERE dialogue_id=(SELECT id
  FROM dialogue WHERE code='us-rs') AND state<>'draft'")" "0" \
  "no document of the dialogue is approved or published as text"
expect_same "$(q "SELECT count(*) FROM decision WHERE text LIKE '%agreement signed%'")" \
  "0" "no decision records a signature"
# The window of the first three years runs from the announcement.
expect_same "$(q "SELECT start_on||' '||deadline FROM goal
  WHERE code='us-rs/goal/miltech-agreements'")" "2025-01-11 2028-01-10" \
  "the three-year window from the announcement"

# --- the other dialogues: start years of the record -------------------------
# code, launched_year, launched_on, state (see each launch note's sources).
for row in "us-pl|-|-|established" "us-gr|2018|2018-12-13|established" \
    "us-eg|1998|-|established" "us-in|2010|2010-06-03|established" \
    "us-cy|2024|2024-10-23|established" "us-uz|2021|2021-12-13|established" \
    "us-om|2023|2023-02-23|established" "us-mk|2022|2022-06-02|established" \
    "rs-cn|-|-|comprehensive"; do
  c=${row%%|*}
  expect_same "$c|$(q "SELECT coalesce(CAST(launched_year AS TEXT),'-')||'|'||
    coalesce(launched_on,'-')||'|'||state FROM dialogue WHERE code='$c'")" \
    "$row" "$c: start year, date and state"
  expect_same "$(q "SELECT count(*) FROM dialogue d JOIN source s
    ON s.id=d.launch_source_id WHERE d.code='$c' AND s.url LIKE 'http%'")" \
    "1" "$c: the launch note cites a source with an address"
done
# Where the record differs from the article, the note keeps the article's
# words as its claim and says so.
for c in us-in us-cy us-uz us-om us-mk; do
  expect_same "$(q "SELECT count(*) FROM dialogue WHERE code='$c'
    AND launch_note LIKE '%Not so on the record%'")" "1" "$c: the claim is marked"
done

# --- sources -----------------------------------------------------------------
# Every source a dialogue, document or observation cites has a title and a
# publisher; titles are the sources' own, in their own language.
expect_same "$(q "SELECT count(*) FROM source WHERE title='' OR publisher IS NULL
  OR publisher=''")" "0" "every source has a title and a publisher"
expect_same "$(q "SELECT count(*) FROM source WHERE code LIKE 'src/%'
  AND (url IS NULL OR url NOT LIKE 'http%')")" "0" "every demo source has its address"
expect_same "$(q "SELECT title FROM source WHERE code='src/kurir-rubio-vucic-2025'")" \
  "OGLASIO SE RUBIO POSLE SASTANKA S VUČIĆEM Dobro je opet videti predsednika Srbije! Razgovarali smo o strateškom dijalogu naše dve nacije i učešću na EXPO 2027!" \
  "a Serbian title stays Serbian"
expect_same "$(q "SELECT substr(title,1,17) FROM source WHERE code='src/usemb-pl-sccg-2018'")" \
  "Wspólny Komunikat" "a Polish title stays Polish"

# --- figures: the US Census file --------------------------------------------
# Each year's monthly US exports and US imports (the two columns Census
# publishes, named in each month's note) add up to the Census annual
# figures within the rounding of the months (data/README.md: $0.3 M per
# column), and the trade goal's baseline is the Census total of 2024.
CSV="$TOP/tests/data/us_serbia_goods_trade_annual_census.csv"
q "SELECT o.period, o.note FROM observation o JOIN indicator i
  ON i.id=o.indicator_id WHERE i.code='us-rs/ind/trade-total'
  AND o.breakdown IS NULL" |
  awk -F'|' '{ split($2, w, " "); y=substr($1,1,4); x[y]+=w[3]; m[y]+=w[7];
    n[y]++ } END { for (y in n) printf "%s,%.1f,%.1f,%d\n", y, x[y], m[y], n[y] }' |
  sort > months.txt
bad=$(awk -F, 'NR==FNR { if ($1 ~ /^[0-9]+$/) { ex[$1]=$3; im[$1]=$4; n[$1]=$2 }; next }
  { y=$1; if (!(y in ex)) { print y": not in the Census file"; next }
    if ($4 != n[y]) print y": "$4" months, the file covers "n[y]
    d=$2-ex[y]; if (d<0) d=-d; if (d>0.31) print y": exports "$2" vs "ex[y]
    d=$3-im[y]; if (d<0) d=-d; if (d>0.31) print y": imports "$3" vs "im[y] }' \
  "$CSV" months.txt)
expect_same "$bad" "" "the monthly observations add up to the Census annual figures"
expect_same "$(wc -l < months.txt | tr -d ' ')" "20" "2007 to 2026 observed"
expect_same "$(q "SELECT baseline_period||' '||baseline_value FROM goal
  WHERE code='us-rs/goal/trade-10pct'")" \
  "2024 $(awk -F, '$1=="2024" {print $5}' "$CSV")" "the baseline is the Census 2024 total"
# Each month's note gives the two published columns that make its value.
expect_same "$(q "SELECT count(*) FROM observation o JOIN indicator i
  ON i.id=o.indicator_id WHERE i.code='us-rs/ind/trade-total'
  AND o.breakdown IS NULL
  AND o.note NOT LIKE 'US exports % + US imports %.'")" "0" "every month names exports and imports"
bad=$(q "SELECT o.period, o.value, o.note FROM observation o JOIN indicator i
  ON i.id=o.indicator_id WHERE i.code='us-rs/ind/trade-total'
  AND o.breakdown IS NULL" |
  awk -F'|' '{ split($3, w, " "); s=w[3]+w[7]; d=s-$2; if (d<0) d=-d;
    if (d>0.051) print $1": "$2" != "w[3]" + "w[7] }')
expect_same "$bad" "" "every month is its exports plus its imports"

# --- the breakdown by flow: the two published columns, month by month ---------
# Each month's total has two cells, flow=us-exports and flow=us-imports,
# from the same source, whose values are the Census monthly file's columns
# exactly (tests/data/us_serbia_goods_trade_monthly_census.csv) and add up
# to the total within its rounding; the judged status is the total's.
MCSV="$TOP/tests/data/us_serbia_goods_trade_monthly_census.csv"
expect_same "$(q "SELECT o.breakdown||' '||count(*)||' '||count(DISTINCT o.period)
  ||' '||min(s.code) FROM observation o JOIN indicator i ON i.id=o.indicator_id
  JOIN source s ON s.id=o.source_id WHERE i.code='us-rs/ind/trade-total'
  AND o.breakdown IS NOT NULL GROUP BY o.breakdown ORDER BY o.breakdown")"   "flow=us-exports 235 235 src/census-trade
flow=us-imports 235 235 src/census-trade" "every month has its two cells, from the Census"
q "SELECT o.period, o.breakdown, o.value FROM observation o JOIN indicator i
  ON i.id=o.indicator_id WHERE i.code='us-rs/ind/trade-total'
  AND o.breakdown IS NOT NULL" > cells.txt
bad=$(awk -F'|' 'NR==FNR { if (FNR>1 && $1 !~ /^#/) { split($0, f, ",");
    ex[f[3]]=f[4]; im[f[3]]=f[5] }; next }
  { want = $2=="flow=us-exports" ? ex[$1] : im[$1];
    if (want=="" || $3+0 != want+0) print $1" "$2": "$3" != "want }' \
  FS=, "$MCSV" FS='|' cells.txt)
expect_same "$bad" "" "each cell is the Census monthly file's figure"
bad=$(q "SELECT t.period, t.value, sum(c.value) FROM observation t
  JOIN indicator i ON i.id=t.indicator_id JOIN observation c
  ON c.indicator_id=t.indicator_id AND c.period=t.period
  AND c.breakdown IS NOT NULL WHERE i.code='us-rs/ind/trade-total'
  AND t.breakdown IS NULL GROUP BY t.id HAVING abs(t.value-sum(c.value))>0.051")
expect_same "$bad" "" "each month's cells add up to its total"

done_testing
