. "$TOP/tests/cli/lib.sh"
# t_reopen.sh: a new disagreeing value after the owner chose one reopens
# the choice (docs/status.md 2.4, "The owner's choice").  On the demo's
# trade goal: a mirror value for 2025-03 disputes it; the owner chooses
# the Census value; a later mirror value reopens the choice (disputed
# again, the sentence and `status --json` say which source and period);
# an agreeing value and a later Census value (a revision) do not; choosing
# again settles it.  The audit replay and `export all` / `load` keep it.

DB=d.db
AT=2026-06-30
jqc() {
  if printf '%s' "$OUT" | jq -e "$1" >/dev/null 2>&1; then t_ok
  else t_fail "$2 (jq: $1)"; fi
}
trade() {   # the trade goal of `status --json`
  run --db ${2:-$DB} status --json --at $AT
  OUT=$(printf '%s' "$OUT" | jq '.goals[] | select(.code=="us-rs/goal/trade-10pct")')
}
obs_of() {  # obs_of SOURCE-CODE VALUE: the id of that 2025-03 value
  sqlite3 $DB "SELECT o.id FROM observation o JOIN source s ON s.id=o.source_id
    WHERE s.code='$1' AND o.period='2025-03' AND o.value=$2"
}

run --db $DB demo
expect_rc 0
run --db $DB source add --code src/sors-mirror --title "Foreign trade of Serbia with the US (mirror)" \
  --publisher "Statistical Office of the Republic of Serbia, Belgrade"
expect_rc 0
run --db $DB source add --code src/third --title "A third compilation" \
  --publisher "Third Office"
expect_rc 0
run --db $DB observation add --indicator_id us-rs/ind/trade-total \
  --period 2025-03 --value 10.0 --source_id src/sors-mirror
expect_rc 0
CENSUS=$(obs_of src/census-trade 100.7)
[ -n "$CENSUS" ] && t_ok || t_fail "the Census value of 2025-03 is 100.7"
trade
jqc '.status=="disputed" and .reopened==null' "two sources disagree: disputed"

# 1. The owner chooses: the choice counts, nothing is reopened.
run --db $DB prefer "$CENSUS"
expect_rc 0
trade
jqc '.status=="on_track" and .conflicts==0 and .reopened==null' \
  "the owner's choice settles the period"
UPTO=$(sqlite3 $DB "SELECT preferred_upto FROM observation WHERE id=$CENSUS")
MAXID=$(sqlite3 $DB "SELECT max(id) FROM observation WHERE period='2025-03'")
expect_same "$UPTO" "$MAXID" "preferred_upto: the latest value of the period when chosen"

# 2. A later value of the chosen source is a revision, not a conflict.
run --db $DB observation add --indicator_id us-rs/ind/trade-total \
  --period 2025-03 --value 100.9 --source_id src/census-trade
expect_rc 0
trade
jqc '.status=="on_track" and .reopened==null' "a Census revision does not reopen"
jqc '[.figures[]|select(.period=="2025")][0].revised==true' \
  "the revised figure is marked revised"

# 3. A later value of another source that agrees does not reopen.
run --db $DB observation add --indicator_id us-rs/ind/trade-total \
  --period 2025-03 --value 100.9 --source_id src/third
expect_rc 0
trade
jqc '.status=="on_track" and .reopened==null' "an agreeing value does not reopen"

# 4. A later mirror value that disagrees reopens the choice.
run --db $DB observation add --indicator_id us-rs/ind/trade-total \
  --period 2025-03 --value 11.0 --source_id src/sors-mirror
expect_rc 0
NEW=$(obs_of src/sors-mirror 11.0)
trade
jqc '.status=="disputed"' "reopened: disputed again"
jqc '.reopened.period=="2025-03" and .reopened.periods==1' "status --json: the period reopened"
jqc '.reopened.new.source.code=="src/sors-mirror" and .reopened.new.value==11' \
  "status --json: the new value and its source"
jqc '.reopened.chosen.source.code=="src/census-trade" and .reopened.chosen.value==100.9' \
  "status --json: the value chosen (as revised)"
jqc '.explanation|contains("The owner'"'"'s choice for 2025-03 (100.9 million USD, U.S. Census Bureau) was reopened by a later value of Statistical Office of the Republic of Serbia (11 million USD): choose again (accord prefer).")' \
  "the sentence says the choice was reopened, by which source, for which period"
run --db $DB status --at $AT
expect_out "was reopened by a later value of Statistical Office of the Republic of Serbia"
run --db $DB conflicts
expect_rc 0
expect_out "2025-03: 5 values disagree (the owner's choice was reopened by a later value)"

# 5. The audit replay reproduces the choice; export all / load keeps it.
run --db $DB verify
expect_rc 0
expect_out "audit log intact"
run --db $DB export all -o all.json
expect_rc 0
run --db n.db init
expect_rc 0
run --db n.db load all.json
expect_rc 0
trade n.db
jqc '.status=="disputed" and .reopened.period=="2025-03"' \
  "a loaded copy reads the same reopened choice"

# 6. Choosing again (even the same value) settles it.
run --db $DB prefer "$CENSUS"
expect_rc 0
trade
jqc '.status=="on_track" and .reopened==null and .conflicts==0' \
  "choosing the same value again settles the period"
run --db $DB prefer "$NEW"
expect_rc 0
trade
jqc '.reopened==null and .conflicts==0' "choosing the new value settles it too"
jqc '[.figures[]|select(.period=="2025")][0].preferred==true' \
  "the figure is the owner's choice"
run --db $DB log observation "$NEW"
expect_out '"preferred":[0,1]'
expect_out '"preferred_upto":[null,'
run --db $DB verify
expect_rc 0

# 7. preferred_upto is set by Accord, not by hand.
run --db $DB observation set "$NEW" --preferred_upto 1
[ "$RC" -ne 0 ] && t_ok || t_fail "preferred_upto cannot be set by hand"
done_testing
