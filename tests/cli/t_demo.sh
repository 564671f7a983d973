. "$TOP/tests/cli/lib.sh"
# t_demo.sh: the demo database end to end: demo, status (text, JSON,
# --at), roadmap, verify, conflicts and prefer, and --help everywhere.

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

# --- demo creates the database -------------------------------------------
run --db d.db demo
expect_rc 0
expect_out "created d.db: the US-Serbia strategic dialogue ("
expect_out "US–Serbia strategic dialogue"
expect_out "17 goals in all."
db_exists d.db && t_ok || t_fail "demo did not create d.db"

# --- it refuses an existing database without --force ---------------------
before=$(db_state d.db)
run --db d.db demo
expect_rc 4
expect_err "d.db already exists"
expect_err "--force"
expect_same "$(db_state d.db)" "$before" "demo without --force changed the db"

# An unrelated file is refused too, and left as it was.  (SQLite only:
# on PostgreSQL the path names a database, not this file.)
if ! is_pg; then
  echo "precious" > other.txt
  run --db other.txt demo
  expect_rc 4
  expect_same "$(cat other.txt)" "precious" "demo overwrote a plain file"
fi

# --force replaces the database: an item added since is gone afterwards.
run --db d.db source add --code extra-src --title "Added after the demo"
expect_rc 0
run --db d.db demo --force
expect_rc 0
expect_out "created d.db"
run --db d.db source show extra-src
expect_rc 3
run --db d.db demo --bogus
expect_rc 1

# --- status at a fixed date: every goal, with status and explanation -----
AT=2026-06-30
run --db d.db status --at $AT
expect_rc 0
expect_out "US–Serbia strategic dialogue"
expect_out "as of the end of 30 June 2026: 17 goals"
# Areas, as headings.
expect_out "Economic, Trade, and Technological Cooperation"
expect_out "Security and Defense"
expect_out "Bilateral and Multilateral Political Cooperation"
expect_out "People to People Ties"
# Several goal titles.
expect_out "Increasing trade exchange by 10% annually  [growth, public]"
expect_out "Achieving an agreement on avoiding double taxation"
expect_out "Holding a minimum of 3 joint military exercises annually  [count period, restricted]"
expect_out "A visit by the President of the USA to Belgrade during the next term"
expect_out "Twinning Belgrade with New York as “sister cities”"
expect_out "Establishing a bilateral Fulbright commission for Serbia"
# The trade goal's sentence.
expect_out "On track    Increasing trade exchange by 10% annually"
expect_out "grew 13.2 % in 2025 against a 10.0 % annual target"
expect_out "1,157.8 vs 1,125.4 million USD on the target path"
expect_out "Work has not started; due 20 January 2029"
expect_out "17 goals in all."
# 17 status lines: each goal line is "  LABEL  TITLE  [KIND, CLASS]".
n=$(printf '%s\n' "$OUT" | grep -cE '^  (Overdue|Off track|At risk|On track|Achieved|Not started|No data) +.*\[(growth|count period|count window|milestone|level), (public|internal|restricted)\]$')
expect_same "$n" "17" "goal lines in status"
# Each goal line is followed by a non-empty explanation line.
n=$(printf '%s\n' "$OUT" | awk '/\[(growth|count period|count window|milestone|level), /{getline e; if (e ~ /^              [^ ]/) k++} END{print k+0}')
expect_same "$n" "17" "explanation lines in status"

# Roadmap lines.
expect_out "Roadmap"
expect_out "Step I: Obtaining consent from key US stakeholders"
expect_out "mid-2025"
expect_out "days past the plan"
# The ongoing steps VI-IX are commitments judged from the record (027):
# none has started, since no inaugural meeting is on the record as held.
expect_no_out "ongoing activity ongoing"
expect_out "ongoing activity Not started: The commitment runs from the inaugural meeting"
n=$(printf '%s\n' "$OUT" | grep -cE '^ +[0-9]+\. Step [IVX]+:')
expect_same "$n" "10" "roadmap lines"
# Step I was planned for 2025-06-30: 365 days past the plan on 2026-06-30.
step1=$(printf '%s\n' "$OUT" | grep -E '^ +1\. Step I:')
case "$step1" in
  *"not recorded as done; 365 days past the plan") t_ok ;;
  *) t_fail "step I at $AT: $step1" ;;
esac

# Status without --at (today) works too and lists all goals.
run --db d.db status
expect_rc 0
expect_out ": 17 goals"
expect_out "Summary:"
run --db d.db status --dialogue us-rs --at $AT
expect_rc 0
expect_out "as of the end of 30 June 2026: 17 goals"

# --- status --json --------------------------------------------------------
run --db d.db status --json --at $AT
expect_rc 0
json_check 'len(d["goals"])' \
  "17" "JSON goals"
json_check 'sum(d["counts"].values())' \
  "17" "JSON counts sum"
json_check 'sorted(d["counts"])' \
  "['achieved', 'at_risk', 'disputed', 'no_data', 'not_started', 'off_track', 'on_track', 'overdue']" \
  "JSON count keys"
json_check 'd["at"]+" "+d["dialogue"]' \
  "$AT us-rs" "JSON at/dialogue"
json_check 'all(g["status"] in d["counts"] and g["explanation"] for g in d["goals"])' \
  "True" "every JSON goal has a status and an explanation"
# The counts agree with the goals.
json_check 'all(d["counts"][s]==sum(1 for g in d["goals"] if g["status"]==s) for s in d["counts"])' \
  "True" "JSON counts match the goals"
json_check '[ (g["status"], g["latest"]["period"]) for g in d["goals"] if g["code"]=="us-rs/goal/trade-10pct"][0]' \
  "('on_track', '2025')" "trade goal in JSON"
json_check '"grew 13.2 % in 2025" in [g for g in d["goals"] if g["kind"]=="growth"][0]["explanation"]' \
  "True" "trade sentence in JSON"

# --- status --at 2025-06-30: before the first full year --------------------
run --db d.db status --at 2025-06-30
expect_rc 0
expect_out "as of the end of 30 June 2025: 17 goals"
expect_out "No data     Increasing trade exchange by 10% annually"
expect_out "No complete year after the 2024 baseline yet"
expect_no_out "grew 13.2 % in 2025"
expect_no_out "days past the plan"
step1=$(printf '%s\n' "$OUT" | grep -E '^ +1\. Step I:')
case "$step1" in
  *" planned") t_ok ;;
  *) t_fail "step I on 2025-06-30 should be planned: $step1" ;;
esac
# The countdown to a deadline moves with --at.
expect_out "due 20 January 2029 (in 1300 days)"
expect_no_out "2029-01-20"
run --db d.db status --at 2025-06-30 --json
expect_rc 0
json_check '[g["status"] for g in d["goals"] if g["code"]=="us-rs/goal/trade-10pct"][0]' \
  "no_data" "trade goal on 2025-06-30"
json_check 'd["counts"]["on_track"]' \
  "0" "nothing on track on 2025-06-30"

# --- verify -----------------------------------------------------------------
run --db d.db verify
expect_rc 0
expect_out "audit log intact:"
expect_out "hash chain verified"

# --- conflicts and prefer -----------------------------------------------------
run --db d.db conflicts
expect_rc 0
expect_out "Employees of US-origin companies in Serbia, 2025: 2 values disagree"
expect_out "112000"
expect_out "30000"
expect_out "accord prefer OBSERVATION-ID"
big=$(printf '%s\n' "$OUT" | awk '$1=="observation" && $3=="112000" {print $2}')
small=$(printf '%s\n' "$OUT" | awk '$1=="observation" && $3=="30000" {print $2}')
[ -n "$big" ] && [ -n "$small" ] && t_ok || t_fail "no observation ids in conflicts"
nconf=$(printf '%s\n' "$OUT" | sed -n 's/^\([0-9][0-9]*\) unresolved conflicts*:.*/\1/p')

run --db d.db prefer "$big"
expect_rc 0
expect_out "observation $big now counts for its period"
run --db d.db conflicts
expect_rc 0
expect_no_out "Employees of US-origin companies in Serbia, 2025"
expect_no_out " 112000 "
if [ "$nconf" = 1 ]; then
  expect_out "no unresolved conflicts"
else
  expect_out "$((nconf - 1)) unresolved conflict"
fi
run --db d.db observation show "$big"
expect_out "preferred:         yes"
run --db d.db observation show "$small"
expect_out "preferred:         no"
run --db d.db log observation "$big"
expect_out '"preferred":[0,1]'

# Preferring the other one moves the mark; the period stays resolved.
run --db d.db prefer "$small"
expect_rc 0
run --db d.db observation show "$big"
expect_out "preferred:         no"
run --db d.db observation show "$small"
expect_out "preferred:         yes"
run --db d.db conflicts
expect_no_out "Employees of US-origin companies in Serbia, 2025"
run --db d.db verify
expect_rc 0
expect_out "audit log intact"

# prefer refuses what is not an observation.
before=$(db_state d.db)
run --db d.db prefer 999999
expect_rc 3
expect_err "no observation with id 999999"
run --db d.db prefer abc
expect_rc 2
expect_same "$(db_state d.db)" "$before" "failed prefer changed the db"

# --- --help for every command and every kind ------------------------------------
run --help
expect_rc 0
expect_out "Exit codes: 0 ok, 1 usage, 2 invalid input, 3 not found"
cmds=$(printf '%s\n' "$OUT" | sed -n '/^Commands:/,/^$/p' \
       | awk 'NF>1 && $1!="Commands:" && $1!="help" && $1!="version" {print $1}')
for c in backup conflicts demo export import init load log prefer status verify; do
  case " $(echo $cmds) " in *" $c "*) t_ok ;; *) t_fail "command $c not in the help" ;; esac
done
for c in $cmds; do
  run "$c" --help
  expect_rc 0
  expect_out "usage: accord $c"
  run help "$c"
  expect_rc 0
  expect_out "usage: accord $c"
  run --db d.db "$c" -h
  expect_rc 0
  expect_out "accord $c: "
done

# --- the demo's projects: those the proposal names, proposed ---------------
run --db d.db project list
expect_rc 0
for c in us-rs/prj/dfc-belgrade us-rs/prj/diplomats-training \
    us-rs/prj/congress-exchange us-rs/prj/fulbright-commission; do
  expect_out "$c"
done
expect_same "$(sqlite3 d.db "SELECT count(*) FROM project")" 4 "demo projects"
expect_same "$(sqlite3 d.db "SELECT count(*) FROM project WHERE state<>'proposed' OR budget IS NOT NULL OR planned_start IS NOT NULL OR planned_end IS NOT NULL OR actual_start IS NOT NULL")" \
  0 "demo projects: all proposed, no invented budget or date"
expect_same "$(sqlite3 d.db "SELECT count(*) FROM pub_project")" 2 \
  "the demo's public projects are published"
run --db d.db goal show us-rs/goal/congress-exchange
expect_out "us-rs/prj/congress-exchange (proposed): no activities recorded"

run help kinds
expect_rc 0
kinds=$(printf '%s\n' "$OUT" | awk 'NR>1 {print $1}')
nk=$(echo $kinds | wc -w)
expect_same "$nk" "34" "number of kinds"
for k in $kinds; do
  run "$k" --help
  expect_rc 0
  expect_out "usage: accord $k list"
  run help "$k"
  expect_rc 0
  expect_out "Fields (* required when adding):"
done

run version
expect_rc 0
expect_out "accord "
run
expect_rc 1
expect_err "usage: accord"

json_flush
# The demo carries Serbian titles (migration 023): goals, areas, steps,
# working groups, the dialogue and its indicators.
run --db d.db goal show us-rs/goal/joint-exercises
expect_out "title_sr:          Održavanje najmanje 3 zajedničke vojne vežbe godišnje"
run --db d.db step show us-rs/step/04
expect_out "title_sr:          Korak IV: Inauguralni sastanak strateškog dijaloga SAD i Srbije"
expect_out "planned_label_sr:  početak 2026."
run --db d.db wg show us-rs/wg/energy-env
expect_out "name_sr:           Radna grupa: Energetika i životna sredina"
run --db d.db area show us-rs/area/econ
expect_out "name_sr:           Ekonomska, trgovinska i tehnološka saradnja"
run --db d.db dialogue show us-rs
expect_out "title_sr:          Strateški dijalog SAD i Srbije"
run --db d.db indicator show us-rs/ind/trade-total
expect_out "unit_sr:           miliona USD"
n=$(sqlite3 d.db "SELECT (SELECT count(*) FROM goal WHERE title_sr IS NULL)
  + (SELECT count(*) FROM roadmap_step WHERE title_sr IS NULL)
  + (SELECT count(*) FROM working_group WHERE name_sr IS NULL)
  + (SELECT count(*) FROM area WHERE name_sr IS NULL)
  + (SELECT count(*) FROM indicator WHERE name_sr IS NULL)")
expect_same "$n" "0" "every goal, step, group, area and indicator of the demo has its Serbian title"
done_testing
