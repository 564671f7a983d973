. "$TOP/tests/cli/lib.sh"
# t_badinput.sh: bad input to every command that takes input.  Each case
# checks the exit code, that the message names the field (or item, line,
# option) and the bad value, and that the database did not change.

# refuse RC TEXT ARGS...: accord ARGS exits RC with TEXT on stderr.
refuse() {
  r=$1; t=$2; shift 2
  run "$@"
  expect_rc "$r"
  expect_err "$t"
}

D="--db f.db"
run $D init
run $D dialogue add --code d1 --title "Dialogue One"
run $D dialogue add --code d2 --title "Dialogue Two"
run $D area add --dialogue_id d1 --code econ --area_set agreement --name Economy
run $D area add --dialogue_id d2 --code d2/other --area_set agreement --name Other
run $D indicator add --dialogue_id d1 --code trade --name Trade --unit USD \
  --frequency month
run $D goal add --dialogue_id d1 --area_id econ --code g1 --title Treaty \
  --kind milestone
run $D source add --code census --title "US Census"
run $D observation add --indicator_id trade --period 2025-01 --value 5
expect_rc 0

# Everything below is refused: the database must stay as it is now.
# unchanged checks that; if a bad input got in nevertheless, it puts the
# database back so that the failure does not spread to later checks.
before=$(db_state f.db)
db_cp f.db pristine.db
unchanged() {
  after=$(db_state f.db)
  expect_same "$after" "$before" "db changed by: $LAST"
  if [ "$after" != "$before" ]; then
    db_cp pristine.db f.db
  fi
}

# --- goal add ----------------------------------------------------------------
G="goal add --dialogue_id d1 --area_id econ"
refuse 2 "goal not added: code: required" $D $G --title X --kind milestone
refuse 2 "title: required" $D $G --code z --kind milestone
refuse 2 "area_id: required" $D goal add --dialogue_id d1 --code z --title X \
  --kind milestone
refuse 2 "kind: required" $D $G --code z --title X
unchanged

refuse 1 "unknown field --colour for a goal" $D $G --code z --title X \
  --kind milestone --colour red
refuse 1 "--code needs a value" $D $G --code z --title X --kind milestone \
  --code
unchanged

refuse 2 '--kind: expected growth, count_period, count_window, milestone or level, got "sometimes"' \
  $D $G --code z --title X --kind sometimes
refuse 2 '--classification: expected public, internal or restricted, got "secret"' \
  $D $G --code z --title X --kind milestone --classification secret
refuse 2 '--compounding: expected yes or no, got "maybe"' $D $G --code z \
  --title X --kind milestone --compounding maybe
unchanged

refuse 2 '--deadline: expected a date YYYY-MM-DD, got "2025-02-29"' $D $G \
  --code z --title X --kind milestone --deadline 2025-02-29
refuse 2 '--start_on: expected a date YYYY-MM-DD, got "2025-1-5"' $D $G \
  --code z --title X --kind milestone --start_on 2025-1-5
refuse 2 '--baseline_period: expected a period YYYY, YYYY-Qn or YYYY-MM, got "2025-Q5"' \
  $D $G --code z --title X --kind growth --indicator_id trade --target 5 \
  --period year --baseline_period 2025-Q5
unchanged

refuse 2 '--target: expected a number, got "12,5"' $D $G --code z --title X \
  --kind level --indicator_id trade --target 12,5
refuse 2 '--target: expected a number, got "abc"' $D $G --code z --title X \
  --kind level --indicator_id trade --target abc
refuse 2 '--target: expected a number, got "1e999"' $D $G --code z --title X \
  --kind level --indicator_id trade --target 1e999
refuse 2 '--launched_year: expected a whole number, got "2024.5"' $D \
  dialogue add --code d9 --title T --launched_year 2024.5
unchanged

refuse 2 '--area_id: no framework area with code "nope"' $D goal add \
  --dialogue_id d1 --area_id nope --code z --title X --kind milestone
refuse 2 "--indicator_id: no indicator with id 99" $D $G --code z --title X \
  --kind level --indicator_id 99 --target 1
refuse 2 '--dialogue_id: no dialogue with code "nope"' $D goal add \
  --dialogue_id nope --area_id econ --code z --title X --kind milestone
unchanged

refuse 4 'code: a goal with code "g1" already exists (id 1)' $D $G --code g1 \
  --title X --kind milestone
unchanged

refuse 2 "baseline_period: required for a growth goal" $D $G --code z \
  --title X --kind growth --indicator_id trade --target 5 --period year
refuse 2 "indicator_id: required for a growth goal" $D $G --code z --title X \
  --kind growth --target 5 --period year --baseline_period 2024
refuse 2 "target: a growth rate must be above 0 percent" $D $G --code z \
  --title X --kind growth --indicator_id trade --target 0 --period year \
  --baseline_period 2024
refuse 2 "period: required for a count_period goal" $D $G --code z --title X \
  --kind count_period --indicator_id trade --target 3
refuse 2 "deadline: required for a count_window goal" $D $G --code z \
  --title X --kind count_window --indicator_id trade --target 3 \
  --start_on 2025-01-01
refuse 2 "target: a count cannot be negative" $D $G --code z --title X \
  --kind count_window --indicator_id trade --target -1 --start_on 2025-01-01 \
  --deadline 2026-01-01
refuse 2 "start_on: 2026-01-01 is after deadline (2025-01-01)" $D $G \
  --code z --title X --kind milestone --start_on 2026-01-01 --deadline 2025-01-01
refuse 2 "started_on: 2026-01-01 is after achieved_on (2025-12-31)" $D $G \
  --code z --title X --kind milestone --started_on 2026-01-01 \
  --achieved_on 2025-12-31
unchanged

# A goal of dialogue d1 in an area of dialogue d2 would be counted in d1's
# status but shown under none of d1's areas.  (On a copy, so that a
# wrongly accepted item does not spoil the checks that follow.)
db_cp f.db c.db
refuse 2 "area_id" --db c.db goal add --dialogue_id d1 --area_id d2/other \
  --code z --title X --kind milestone
expect_same "$(db_state c.db)" "$before" "db changed by: $LAST"

# --- other kinds -------------------------------------------------------------
refuse 2 "at_risk_ratio: must not exceed on_track_ratio" $D dialogue add \
  --code d9 --title T --on_track_ratio 0.5 --at_risk_ratio 0.7
refuse 2 '--state: expected proposed, negotiation, established or comprehensive, got "dormant"' \
  $D dialogue add --code d9 --title T --state dormant
refuse 2 "started_on: 2025-05-01 is after done_on (2025-04-01)" $D step add \
  --dialogue_id d1 --code s1 --position 1 --title T --started_on 2025-05-01 \
  --done_on 2025-04-01
refuse 2 "entered_at: set by accord, not by hand" $D observation add \
  --indicator_id trade --period 2025-02 --value 1 \
  --entered_at 2020-01-01T00:00:00Z
refuse 2 '--value: expected a number, got "nan"' $D observation add \
  --indicator_id trade --period 2025-02 --value nan
refuse 2 '--value: expected a number, got "0x10"' $D observation add \
  --indicator_id trade --period 2025-02 --value 0x10
unchanged
refuse 2 '--indicator_id: no indicator with code "nope"' $D observation add \
  --indicator_id nope --period 2025-02 --value 1
# The period must be of the indicator's frequency, as `import` demands:
# trade is monthly, so a year or a quarter is refused.
db_cp f.db c.db
run --db c.db observation add --indicator_id trade --period 2025 --value 1
expect_rc 2
expect_err "2025"
expect_err "month"
refuse 2 "2025-Q1" --db c.db observation add --indicator_id trade \
  --period 2025-Q1 --value 1
expect_same "$(db_state c.db)" "$before" "db changed by: $LAST"
refuse 2 '--likelihood: expected low, medium or high, got "huge"' $D risk \
  add --dialogue_id d1 --code r1 --description R --likelihood huge
refuse 2 "kind: required" $D meeting add --dialogue_id d1 --code m1 \
  --title M
unchanged

# --- set, show, rm, list --------------------------------------------------------
refuse 3 "no goal with id 999" $D goal set 999 --title X
refuse 3 'no goal with code "nope"' $D goal set nope --title X
refuse 2 '--deadline: expected a date YYYY-MM-DD, got "2025-13-01"' $D goal \
  set g1 --deadline 2025-13-01
refuse 2 "goal 1 not changed: indicator_id: required for a growth goal" $D \
  goal set g1 --kind growth
refuse 1 "unknown field --colour" $D goal set g1 --colour red
refuse 1 "goal set: nothing to change" $D goal set g1
refuse 3 'no goal with code "nope"' $D goal show nope
refuse 3 "no goal with id 999" $D goal show 999
refuse 3 'no goal with code "nope"' $D goal rm nope
refuse 3 'no framework area with code "nope"' $D goal list --area_id nope
run $D goal list --colour red
expect_rc 1
refuse 1 'goal: unknown verb "frob"' $D goal frob
unchanged

# --- status ---------------------------------------------------------------------
refuse 2 '--at: expected a date YYYY-MM-DD, got "2025-13-01"' $D status \
  --at 2025-13-01
refuse 2 '"2025-02-29"' $D status --at 2025-02-29
refuse 1 "--at needs a value" $D status --at
refuse 3 '--dialogue: no dialogue with code "nope"' $D status \
  --dialogue nope
refuse 3 "no dialogue with id 99" $D status --dialogue 99
refuse 1 "status: unexpected --bogus" $D status --bogus
unchanged

# --- load -------------------------------------------------------------------------
printf '{"format":"accord-fixture-1","dialogs":[]}\n' > l1.json
refuse 2 'l1.json: unknown key "dialogs" (nothing was loaded)' $D load \
  l1.json
cat > l2.json <<'EOF'
{"format": "accord-fixture-1",
 "dialogues": [{"code": "dx", "title": "DX", "state": "proposed"}],
 "areas": [
  {"dialogue_id": "dx", "code": "dx/a1", "area_set": "s", "name": "A1"},
  {"dialogue_id": "dx", "code": "dx/a2", "area_set": "s", "name": "A2"},
  {"dialogue_id": "nodialogue", "code": "dx/a3", "area_set": "s", "name": "A3"}
 ]}
EOF
refuse 2 'l2.json: areas[2] (dx/a3): dialogue_id: no dialogue with code "nodialogue" (nothing was loaded)' \
  $D load l2.json
run $D dialogue show dx
expect_rc 3
printf '{"format": "accord-fixture-1",\n "dialogues": [\n  {"code": "dx",, }\n ]}\n' > l3.json
run $D load l3.json
expect_rc 2
expect_err "l3.json: line 3, column 17:"
expect_err "nothing was loaded"
cat > l4.json <<'EOF'
{"format": "accord-fixture-1",
 "dialogues": [{"code": "dx", "title": "DX", "colour": "red"}]}
EOF
refuse 2 'dialogues[0] (dx): unknown field "colour"' $D load l4.json
cat > l5.json <<'EOF'
{"format": "accord-fixture-1",
 "dialogues": [{"code": "dx", "title": "DX", "launched_on": "2025-02-29"}]}
EOF
refuse 2 'dialogues[0] (dx): launched_on: expected a date YYYY-MM-DD, got "2025-02-29"' \
  $D load l5.json
cat > l6.json <<'EOF'
{"format": "accord-fixture-1",
 "goals": [{"dialogue_id": "d1", "area_id": "econ", "code": "g1",
            "title": "Again", "kind": "milestone"}]}
EOF
refuse 4 'goals[0] (g1): code: a goal with code "g1" already exists' $D load \
  l6.json
printf '{"dialogues": []}\n' > l7.json
refuse 2 'format: expected "accord-fixture-1"' $D load l7.json
printf '[1, 2]\n' > l8.json
refuse 2 "expected a JSON object" $D load l8.json
refuse 6 "cannot open nofile.json" $D load nofile.json
run $D load
expect_rc 1
unchanged

# --- import (more in t_import.sh) ---------------------------------------------
printf 'indicator,period,value\ntrade,2025-02,1\ntrade,2025-03,x\n' > i.csv
run $D import observations i.csv
expect_rc 2
expect_err 'i.csv: line 3, column 3 (value): "x" is not a number'
expect_err "nothing was imported"
unchanged

# --- export -----------------------------------------------------------------------
refuse 1 'export: unexpected "nosuchkind"' $D export nosuchkind
refuse 1 "export: which kind?" $D export
refuse 2 '--format: expected csv or json, got "xml"' $D export goal \
  --format xml
refuse 3 '--dialogue: no dialogue with code "nope"' $D export goal \
  --dialogue nope
refuse 6 "cannot write /nonexistent/dir/x.csv" $D export goal -o \
  /nonexistent/dir/x.csv

# --- prefer, log, init, demo --------------------------------------------------------
refuse 2 'expected an observation id, got "abc"' $D prefer abc
refuse 3 "no observation with id 999" $D prefer 999
refuse 1 '--limit: expected a positive number, got "0"' $D log --limit 0
refuse 1 'log: expected an item id, got "abc"' $D log goal abc
refuse 4 "f.db already exists" $D init
refuse 4 "f.db already exists" $D demo
unchanged

# --- the database file itself ------------------------------------------------------
# (SQLite only: on PostgreSQL a path names a database, not a file.)
if ! is_pg; then
printf 'hello, this is not a database\n' > notdb.db
refuse 6 "notdb.db: not an Accord database (the file is not an SQLite database)" \
  --db notdb.db status
run --db notdb.db goal add --dialogue_id 1 --area_id 1 --code x --title x --kind milestone
expect_rc 6
expect_same "$(cat notdb.db)" "hello, this is not a database" "non-database file changed"
head -c 4096 /dev/zero | tr '\0' 'x' > junk.db
refuse 6 "not an Accord database" --db junk.db verify
mkdir adir.db
refuse 6 "cannot open adir.db" --db adir.db status
# Another program's SQLite database: refused, and not modified.
sqlite3 other.db "CREATE TABLE t(x); INSERT INTO t VALUES(1);"
obefore=$(db_state other.db)
run --db other.db status
expect_rc 6
expect_err "other.db"
expect_err "not an Accord database"
expect_same "$(db_state other.db)" "$obefore" "status modified another program's database"
fi

for c in "status" "goal list" "goal add --code x" "verify" "export goal" \
         "import observations i.csv" "load l2.json" "log" "conflicts" \
         "prefer 1" "backup copy.db"; do
  run --db missing.db $c
  expect_rc 3
  expect_err "no database at missing.db (run \`accord init\` or \`accord demo\` first)"
done
! db_exists missing.db && ! db_exists copy.db && t_ok || t_fail "missing.db or copy.db was created"

# --- commands and options ------------------------------------------------------------
run $D frobnicate
expect_rc 1
expect_err 'no command or kind "frobnicate"'
expect_err "Try \`accord --help\`."
refuse 1 "unknown option --bogus" --bogus status
refuse 1 '--color: expected auto, always or never, got "purple"' \
  --color purple status
refuse 1 "--db needs a value" --db

# --- backup -----------------------------------------------------------------------------
# (A PostgreSQL database is backed up with pg_dump: backup says so.)
if is_pg; then
  refuse 6 "backed up with pg_dump" $D backup /nonexistent/dir/b.db
else
  refuse 6 "cannot open /nonexistent/dir/b.db" $D backup /nonexistent/dir/b.db
fi
mkdir bdir
refuse 4 "bdir already exists" $D backup bdir
is_pg || refuse 6 "cannot open bdir" $D backup bdir --force
refuse 1 "backup: give the FILE to write" $D backup
run $D backup a.db b.db
expect_rc 1
! db_exists a.db && ! db_exists b.db && t_ok || t_fail "backup with two files wrote one"
unchanged

done_testing
