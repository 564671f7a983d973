. "$TOP/tests/cli/lib.sh"
# t_sources.sh: the truth of the record (docs/status.md, "Sources" and
# "As of and known on") on the demo's trade goal: every judged figure
# names its source in the sentence and in `status --json`; a month where
# a second source disagrees makes the goal "disputed" (never graded by
# the order of entry), the indicator's source of record settles it; a
# later value of the same source is a revision; --known-on computes with
# what was entered by a day; the annual report of 2025 judges 2025 and
# names the source under the goal.

DB=d.db
AT=2026-06-30
# jqc EXPR MSG: the JSON of the last run satisfies jq expression EXPR.
jqc() {
  if printf '%s' "$OUT" | jq -e "$1" >/dev/null 2>&1; then t_ok
  else t_fail "$2 (jq: $1)"; fi
}
trade() {   # the trade goal of `status --json`
  run --db $DB status --json --at $AT "$@"
  OUT=$(printf '%s' "$OUT" | jq '.goals[] | select(.code=="us-rs/goal/trade-10pct")')
}

run --db $DB demo
expect_rc 0

# 1. One source: the sentence and the JSON name it.
trade
jqc '.status=="on_track"' "on track on Census figures"
jqc '.explanation|endswith("(U.S. Census Bureau).")' "the sentence names the source"
jqc '.source.code=="src/census-trade"' "status --json: the source"
jqc '.source.publisher=="U.S. Census Bureau, Foreign Trade Division"' \
  "status --json: the publisher"
jqc '[.figures[]|select(.period=="2025")][0].value==1157.8' \
  "status --json: the judged 2025 figure"
jqc '[.figures[].source.code]|unique==["src/census-trade"]' \
  "status --json: every judged figure names its source"
jqc '.verdicts==[] and .conflicts==0' "no dispute"
run --db $DB status --at $AT
expect_out "(U.S. Census Bureau)."
expect_out "as of the end of 30 June 2026"

# 2. A second source disagrees on a month of 2025: disputed.
run --db $DB source add --code src/sors-mirror --title "Foreign trade of Serbia with the US (mirror)" \
  --publisher "Statistical Office of the Republic of Serbia, Belgrade"
expect_rc 0
run --db $DB observation add --indicator_id us-rs/ind/trade-total --period 2025-03 \
  --value 10.0 --source_id src/sors-mirror
expect_rc 0
SORS_OBS=$(sqlite3 $DB "SELECT max(id) FROM observation")
trade
jqc '.status=="disputed"' "a disagreeing month of 2025: disputed"
jqc '.conflicts==1' "one period in conflict"
jqc '.verdicts|length==2' "a verdict for each source"
jqc '.verdicts[0].source.code=="src/census-trade" and .verdicts[0].status=="on_track"' \
  "the Census verdict"
jqc '.verdicts[1].source.code=="src/sors-mirror"' "the mirror's verdict"
jqc '.explanation|startswith("Sources disagree: on the figures of U.S. Census Bureau the goal is On track")' \
  "the sentence shows each source's verdict"
jqc '.explanation|contains("accord prefer")' "and says what resolves it"
run --db $DB status --at $AT
expect_out "Sources disagree"
expect_out "Sources disagree:"
run --db $DB status --json --at $AT
jqc '.counts.disputed==1' "counted as disputed"
# The report's chart of the goal draws the Census value, whatever the
# order of entry (the mirror value was entered last).
run --db $DB report annual --year 2025 --format csv
expect_out "Annex: indicator data / Increasing trade exchange by 10% annually,2025,1157.8,"
run --db $DB report annual --year 2025
expect_out "Increasing trade exchange by 10% annually: Sources disagree Sources disagree: on the figures of U.S. Census Bureau"

# 3. --known-on: the mirror value was entered later.
sqlite3 $DB "UPDATE observation SET entered_at='2026-01-15T10:00:00Z';
  UPDATE observation SET entered_at='2026-11-02T09:00:00Z' WHERE id=$SORS_OBS;"
trade --known-on 2026-11-01
jqc '.status=="on_track" and .known_on=="2026-11-01"' \
  "--known-on before the mirror value: as it was"
trade --known-on 2026-11-02
jqc '.status=="disputed"' "--known-on the day it was entered: disputed"
trade --known-on 2025-12-31
jqc '.status=="no_data"' "--known-on before any observation: no data"
run --db $DB status --at $AT --known-on 2026-11-01
expect_out "(data as entered by 1 November 2026)"
run --db $DB status --known-on 2026-13-01
expect_rc 2
expect_err "--known-on: expected a date YYYY-MM-DD"
run --db $DB report quarterly --quarter 2026-Q2 --known-on 2026-11-01
expect_rc 0
expect_out "data as entered by 1 November 2026"
run --db $DB report issue quarterly --quarter 2026-Q2 --known-on 2026-11-01
expect_rc 1
expect_err "--known-on is for \`report\`"

# 4. The source of record settles it: the mirror is never graded.
run --db $DB indicator set us-rs/ind/trade-total --source_id src/census-trade
expect_rc 0
trade
jqc '.status=="on_track" and .conflicts==0 and .verdicts==[]' \
  "source of record: graded on Census alone"
jqc '.source.code=="src/census-trade"' "and named"
run --db $DB indicator set us-rs/ind/trade-total --source_id src/sors-mirror
trade
jqc '.status=="no_data"' "the mirror as source of record: its own series only"
run --db $DB indicator set us-rs/ind/trade-total --source_id ""
expect_rc 0

# 5. A later Census value for 2025-03 is a revision, not a conflict.
run --db $DB observation rm $SORS_OBS
expect_rc 0
C03=$(sqlite3 $DB "SELECT value FROM observation WHERE period='2025-03' AND source_id=3 AND breakdown IS NULL")
run --db $DB observation add --indicator_id us-rs/ind/trade-total --period 2025-03 \
  --value 50.0 --source_id src/census-trade
expect_rc 0
trade
jqc '.conflicts==0 and .verdicts==[]' "a revision is no conflict"
jqc '[.figures[]|select(.period=="2025" and .sub_periods==null)][0].revised==true' \
  "the judged 2025 figure is marked revised"
jqc "[.figures[]|select(.period==\"2025\" and .sub_periods==null)][0].value==(1157.8-$C03+50|.*10|round/10)" \
  "the latest vintage counts"

# 6. The annual report of 2025 judges 2025 and names the source.
run --db $DB observation rm $(sqlite3 $DB "SELECT max(id) FROM observation")
run --db $DB report annual --year 2025 --format csv
expect_rc 0
expect_out "grew 13.2 % in 2025 against a 10.0 % annual target"
expect_out "Source: U.S. trade in goods with Serbia (country code 4801), monthly and annual, Census basis (U.S. Census Bureau, Foreign Trade Division)."
run --db $DB report annual --year 2025 --format csv --lang sr-Latn
expect_out "Izvor: U.S. trade in goods"

done_testing
