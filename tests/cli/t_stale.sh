. "$TOP/tests/cli/lib.sh"
# t_stale.sh: staleness and completeness in words (docs/status.md,
# "Staleness and completeness", "The year in progress") on the demo's
# trade goal: the period judged is named with why a later one was not;
# the year to date that runs against the verdict is a warning beside the
# status (text and JSON) and starts the projection; a figure older than
# the dialogue's stale_periods is No data, "no figure since ..."; the
# quarterly report and `status --json` count the periods due and
# reported.

DB=d.db
TR=us-rs/goal/trade-10pct
jqc() {
  if printf '%s' "$OUT" | jq -e "$1" >/dev/null 2>&1; then t_ok
  else t_fail "$2 (jq: $1)"; fi
}
goal() {   # goal CODE [ARGS]: that goal of `status --json`
  _c=$1; shift
  run --db $DB status --json "$@"
  OUT=$(printf '%s' "$OUT" | jq ".goals[] | select(.code==\"$_c\")")
}

run --db $DB demo
expect_rc 0

# 1. The year in progress runs against the verdict on 2025.
goal $TR --at 2026-10-01
jqc '.status=="on_track"' "on track on 2025"
jqc '.year_to_date.against_verdict==true' "status --json: the warning"
jqc '(.year_to_date.change_pct*10|round)==-74' "status --json: -7.4 %"
jqc '.explanation|contains("at this rate from January–July 2026 the 2026 target is missed by")' \
  "the projection starts from the year to date"
jqc '.explanation|contains("January–July 2026 is 7.4 % below January–July 2025, against the verdict on 2025")' \
  "the sentence says so"
run --db $DB status --at 2026-10-01
expect_rc 0
expect_out "Warning: the year in progress runs against it."
# Complete months only: on 2026-07-15 July is not over.
goal $TR --at 2026-07-15
jqc '.explanation|contains("January–June 2026 is")' "the year to date of complete months"

# 2. The period judged, and why a later one was not.
goal $TR --at 2027-06-01
jqc '.latest.period=="2025"' "2025 judged in 2027"
jqc '.explanation|contains("2025 is judged: 2026 has data for 7 of 12 months.")' \
  "why 2026 was not judged"

# 3. Stale: the dialogue's limit.
run --db $DB dialogue set us-rs --stale_periods 0
expect_rc 2
expect_err "stale_periods"
run --db $DB dialogue set us-rs --stale_periods 1
expect_rc 0
goal $TR --at 2027-06-01
jqc '.status=="no_data"' "a figure one year behind with a limit of 1"
jqc '.explanation|startswith("No figure since 2025:")' "no figure since 2025"
run --db $DB dialogue set us-rs --stale_periods ""
expect_rc 0
goal $TR --at 2028-06-01
jqc '.status=="no_data" and (.explanation|startswith("No figure since 2025:"))' \
  "the default limit is two periods"
run --db $DB verify
expect_rc 0

# 4. Completeness: per goal in the JSON, per dialogue and working group
# in the quarterly report.
goal us-rs/goal/joint-exercises --at 2026-10-01
jqc '.completeness.due==1 and .completeness.reported==0' "exercises: 2025 due, not reported"
run --db $DB report quarterly --quarter 2026-Q3 --format csv
expect_rc 0
expect_out "Reporting completeness,The dialogue,"
expect_out "Reporting completeness,Working group: Security and Defense,1,0,0 of 1 (0 %)"

done_testing
