. "$TOP/tests/cli/lib.sh"
# t_events.sh: events for count goals (docs/status.md, "Events"): `accord
# event add|list|rm`; two exercises in one year count two (never "an
# equal observation already exists", never competing readings); a closed
# year with nothing reported reads "not reported" and counts as missed
# in the sentence, `status --json` and the reports; --decrease on a count
# goal is "at most N"; a count window counts what lies within it; events
# go through `export all`/`load`, CSV, and the audit replay of `verify`.

DB=d.db
AT=2026-03-01
EX=us-rs/goal/joint-exercises
# jqc EXPR MSG: the JSON of the last run satisfies jq expression EXPR.
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

# 1. Nothing reported for 2025: missed, and said so everywhere.
goal $EX --at $AT
jqc '.status=="off_track"' "a closed year with nothing reported is missed"
jqc '.explanation|startswith("Nothing reported for 2025")' "the sentence"
jqc '.latest.period=="2025" and .latest.not_reported==true and .latest.value==null' \
  "status --json: latest not reported"
jqc '[.figures[]|select(.not_reported)]|length==1' "the figure not reported"
run --db $DB report quarterly --quarter 2026-Q1 --format csv
expect_rc 0
expect_out "not reported (2025)"

# 2. Events: two on one day are two; three in 2025 meet the target.
run --db $DB event add --indicator_id us-rs/ind/joint-exercises \
  --occurred_on 2025-06-09 --title "Exercise A"
expect_rc 0
expect_out "added event"
run --db $DB event add --indicator_id us-rs/ind/joint-exercises \
  --occurred_on 2025-06-09 --title "Exercise B"
expect_rc 0
goal $EX --at $AT
jqc '.status=="off_track"' "two exercises: still short of three"
jqc '.explanation|startswith("2 Joint US–Serbian military exercises held in 2025")' \
  "two events on one day count two"
jqc '.figures[0].events==true' "the figure is a number of events"
run --db $DB event add --indicator_id us-rs/ind/joint-exercises \
  --occurred_on 2025-11-20 --title "Exercise C" --note "a third"
expect_rc 0
goal $EX --at $AT
jqc '.status=="on_track"' "three events meet the target"
jqc '.explanation|contains("2025 met the target with 3")' "the sentence"
# A reported count beside the events is shown, not graded.
run --db $DB observation add --indicator_id us-rs/ind/joint-exercises \
  --period 2025 --value 1
expect_rc 0
goal $EX --at $AT
jqc '.status=="on_track" and .conflicts==0' "events count, the reported count does not compete"
run --db $DB event list --indicator_id us-rs/ind/joint-exercises
expect_rc 0
expect_out "Exercise A"
expect_out "Exercise C"
run --db $DB event list --json
expect_rc 0
jqc 'length==3' "three events listed"

# 3. Bad input names the field and changes nothing.
S0=$(db_state $DB)
run --db $DB event add --indicator_id us-rs/ind/joint-exercises --title "No day"
expect_rc 2
expect_err "occurred_on"
run --db $DB event add --indicator_id us-rs/ind/joint-exercises \
  --occurred_on 2025-02-30 --title "Bad day"
expect_rc 2
expect_err "occurred_on"
run --db $DB event add --indicator_id us-rs/ind/no-such \
  --occurred_on 2025-02-03 --title "No indicator"
expect_rc 2
expect_err "indicator_id"
run --db $DB event add --indicator_id us-rs/ind/joint-exercises \
  --occurred_on 2025-02-03 --title "Hand" --entered_by someone
expect_rc 2
expect_err "entered_by"
expect_same "$(db_state $DB)" "$S0" "refused events change nothing"

# 4. The record: verify replays events, export all and load carry them.
run --db $DB verify
expect_rc 0
E1=$(sqlite3 $DB "SELECT min(id) FROM event")
run --db $DB event rm "$E1"
expect_rc 0
goal $EX --at $AT
jqc '.status=="off_track"' "a removed event no longer counts"
run --db $DB verify
expect_rc 0
run --db $DB export all -o all.json
expect_rc 0
check_n=$(jq '.events|length' all.json)
expect_same "$check_n" "2" "export all: the events"
run --db e2.db init
run --db e2.db load all.json
expect_rc 0
expect_same "$(sqlite3 e2.db 'SELECT count(*) FROM event')" "2" "load: the events"
run --db $DB export events --format csv
expect_rc 0
expect_out "indicator_id,occurred_on,title"
expect_out "Exercise C"
# A row changed behind Accord's back is found.
sqlite3 $DB "UPDATE event SET occurred_on='2024-01-01' WHERE id=(SELECT max(id) FROM event)"
run --db $DB verify
expect_rc 4
expect_out "event"

# 5. --decrease on a count goal: "at most N", judged as such.
run --db $DB demo --force
run --db $DB indicator add --dialogue_id us-rs --code t/incidents \
  --name incidents --unit count --frequency year --classification internal
expect_rc 0
run --db $DB goal add --dialogue_id us-rs --area_id us-rs/area/security-defense \
  --code t/at-most --title "At most 2 incidents a year" --kind count_period \
  --indicator_id t/incidents --target 2 --period year --decrease yes \
  --start_on 2025-01-01 --classification internal
expect_rc 0
run --db $DB observation add --indicator_id t/incidents --period 2025 --value 5
goal t/at-most --at $AT
jqc '.status=="off_track"' "at most 2 with 5 is off track"
jqc '.explanation=="5 incidents in 2025 against at most 2."' "the sentence says at most"

# 6. A count window: a yearly figure of the year it ends in January does
# not complete it; an event dated within it does.
run --db $DB goal add --dialogue_id us-rs --area_id us-rs/area/security-defense \
  --code t/window --title "3 agreements by 2028-01-19" --kind count_window \
  --indicator_id t/incidents --target 3 --start_on 2025-01-20 \
  --deadline 2028-01-19 --classification internal
expect_rc 0
run --db $DB observation add --indicator_id t/incidents --period 2026 --value 2
run --db $DB observation add --indicator_id t/incidents --period 2028 --value 1
goal t/window --at 2028-03-01
jqc '.status=="overdue"' "a 2028 figure does not lie within a window ending 2028-01-19"
run --db $DB event add --indicator_id t/incidents --occurred_on 2028-01-25 \
  --title "Signed on 25 January"
goal t/window --at 2028-03-01
jqc '.status=="overdue"' "an event after the window does not count"
run --db $DB event add --indicator_id t/incidents --occurred_on 2028-01-10 \
  --title "Signed on 10 January"
goal t/window --at 2028-03-01
jqc '.status=="achieved"' "2 in 2026 and the event of 2028-01-10 within the window"
jqc '.latest.value==3' "the count within the window"

done_testing
