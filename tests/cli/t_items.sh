. "$TOP/tests/cli/lib.sh"
# t_items.sh: add/list/show/set/rm of items of several kinds on a fresh
# database, the audit log (log, verify, tampering), export, load
# round trip and backup.

D="--db f.db"
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

# --- init ------------------------------------------------------------------
run $D init
expect_rc 0
expect_out "created f.db (schema version"
run $D init
expect_rc 4
expect_err "f.db already exists"
run $D goal list
expect_rc 0
case "$OUT" in "id  code  title  kind"*) t_ok ;; *) t_fail "goal list header" ;; esac
expect_same "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')" "1" "empty goal list: header only"

# --- dialogue, parties, areas, person, indicators ---------------------------
run $D dialogue add --code d1 --title "Dialogue One" --state established \
  --launched_year 2024
expect_rc 0
expect_out "added dialogue 1"
run $D dialogue show d1
expect_rc 0
expect_out "title:             Dialogue One"
expect_out "state:             established"
expect_out "launched_year:     2024"
expect_out "classification:    internal"
run $D dialogue list --json
json_check '[(x["id"], x["code"], x["state"], x["launched_year"]) for x in d]' \
  "[(1, 'd1', 'established', 2024)]" "dialogue list --json"

run $D party add --dialogue_id d1 --code d1/a --name "Side A"
expect_out "added party 1"
run $D party add --dialogue_id 1 --code d1/b --name "Side B" --name_sr "Страна Б"
expect_out "added party 2"
run $D party show 2
expect_out "dialogue_id:       d1"
expect_out "name_sr:           Страна Б"
run $D party list
expect_out "d1/a"
expect_out "Side B"

run $D area add --dialogue_id d1 --code econ --area_set agreement --name Economy
expect_out "added framework area 1"
run $D area add --dialogue_id 1 --code sec --area_set agreement --name Security \
  --position 2
expect_out "added framework area 2"
run $D person add --code p1 --name "Ana Petrović" --party_id d1/b
expect_out "added person 1"
run $D indicator add --dialogue_id d1 --code trade --name Trade \
  --unit "million USD" --frequency month
expect_out "added indicator 1"
run $D indicator add --dialogue_id 1 --code drills --name Exercises \
  --unit count --frequency year --owner_id p1
expect_out "added indicator 2"
run $D indicator show drills --json
json_check 'd["aggregation"], d["owner_id"], d["frequency"]' \
  "('sum', 1, 'year')" "indicator defaults and refs"

# --- goals of every kind ----------------------------------------------------
run $D goal add --dialogue_id d1 --area_id econ --code g-grow \
  --title 'Trade, "big" growth' --kind growth --indicator_id trade --target 10 \
  --period year --baseline_period 2024 --owner_id p1
expect_rc 0
expect_out "added goal 1"
run $D goal add --dialogue_id 1 --area_id 2 --code g-count --title Drills \
  --kind count_period --indicator_id 2 --target 3 --period year
expect_out "added goal 2"
run $D goal add --dialogue_id d1 --area_id sec --code g-window --title Deals \
  --kind count_window --indicator_id drills --target 3 --start_on 2025-01-10 \
  --deadline 2027-12-31
expect_out "added goal 3"
run $D goal add --dialogue_id d1 --area_id econ --code g-mile --title Treaty \
  --kind milestone --started_on 2025-03-01 --deadline 2026-12-31 \
  --classification public
expect_out "added goal 4"
run $D goal add --dialogue_id d1 --area_id econ --code g-level --title Level \
  --kind level --indicator_id trade --target 200 --baseline_value 100 \
  --baseline_period 2025-01 --deadline 2026-12-31 --decrease no
expect_out "added goal 5"

run $D goal show g-grow
expect_rc 0
expect_out "area_id:           econ"
expect_out "indicator_id:      trade"
expect_out "owner_id:          p1"
expect_out "compounding:       yes"
expect_out "decrease:          no"
run $D goal show 3 --json
json_check 'd["id"], d["code"], d["area_id"], d["indicator_id"], d["target"], d["start_on"], d["deadline"], d["note"]' \
  "(3, 'g-window', 2, 2, 3.0, '2025-01-10', '2027-12-31', None)" "goal show --json"
run $D goal list --json
json_check '[x["kind"] for x in d]' \
  "['growth', 'count_period', 'count_window', 'milestone', 'level']" "goal kinds"
run $D goal list --area_id sec
expect_rc 0
expect_out "g-count"
expect_out "g-window"
expect_no_out "g-grow"
run $D goal list --dialogue d1 --json
json_check 'len(d)' \
  "5" "goals of d1"

# --- observations ---------------------------------------------------------------
run $D observation add --indicator_id trade --period 2025-01 --value 100.5
expect_out "added observation 1"
run $D observation add --indicator_id 2 --period 2025 --value 2 \
  --note "две вежбе, по извештају"
expect_out "added observation 2"
run $D observation show 2 --json
json_check 'd["indicator_id"], d["value"], d["entered_by"], d["preferred"], d["note"]' \
  "(2, 2.0, 'tester', False, 'две вежбе, по извештају')" "observation show --json"
json_check 'len(d["entered_at"]) == 20 and d["entered_at"].endswith("Z")' \
  "True" "entered_at is a UTC timestamp"
before=$(db_state f.db)
run $D observation add --indicator_id trade --period 2025-02 --value 1 \
  --entered_by someone
expect_rc 2
expect_err "entered_by: set by accord, not by hand"
expect_same "$(db_state f.db)" "$before" "refused observation changed the db"

# --- steps, meetings, risks ----------------------------------------------------
run $D step add --dialogue_id d1 --code s1 --position 1 --title "First step" \
  --planned_on 2025-06-30 --planned_label mid-2025
expect_out "added roadmap step 1"
run $D step add --dialogue_id 1 --code s2 --position 2 --title "Second step" \
  --ongoing yes
expect_out "added roadmap step 2"
run $D step list
expect_out "First step"
expect_out "mid-2025"
run $D step show s2 --json
json_check 'd["ongoing"], d["position"]' \
  "(True, 2)" "step show --json"

run $D meeting add --dialogue_id d1 --code m1 --kind inaugural --title Kickoff \
  --held_on 2026-02-01 --place Belgrade
expect_out "added meeting 1"
run $D meeting show m1
expect_out "state:             planned"
expect_out "place:             Belgrade"
run $D meeting set m1 --state held --minutes "Agreed, *briefly*."
expect_rc 0
expect_out "changed meeting 1"
run $D meeting list --json
json_check '[(x["code"], x["state"], x["minutes"]) for x in d]' \
  "[('m1', 'held', 'Agreed, *briefly*.')]" "meeting after set"

run $D risk add --dialogue_id d1 --code r1 --description "Elections" \
  --likelihood high --impact medium --owner_id p1
expect_out "added risk 1"
run $D risk add --dialogue_id d1 --code r2 --description "Sanctions" \
  --likelihood low --impact high
expect_out "added risk 2"
run $D risk list
expect_out "Elections"
expect_out "Sanctions"

# --- set: by id and code; an empty value clears ----------------------------------
run $D goal set g-mile --note "first note" --achieved_on 2026-05-01
expect_rc 0
expect_out "changed goal 4"
run $D goal set 4 --deadline ""
expect_rc 0
run $D goal show g-mile
expect_out "deadline:          "
expect_no_out "2026-12-31"
expect_out "note:              first note"
run $D goal show g-mile --json
json_check 'd["deadline"], d["achieved_on"]' \
  "(None, '2026-05-01')" "cleared deadline"
# Clearing a required field is refused and changes nothing.
before=$(db_state f.db)
run $D goal set g-mile --title ""
expect_rc 2
expect_err "title: required"
run $D goal set g-count --area_id ""
expect_rc 2
expect_err "area_id: required"
expect_same "$(db_state f.db)" "$before" "refused set changed the db"

# --- rm ---------------------------------------------------------------------------
before=$(db_state f.db)
run $D area rm econ
expect_rc 4
expect_err "framework area 1 is still referred to by other items"
run $D indicator rm 1
expect_rc 4
run $D dialogue rm d1
expect_rc 4
run $D person rm p1
expect_rc 4
expect_same "$(db_state f.db)" "$before" "refused rm changed the db"
run $D risk rm r1
expect_rc 0
expect_out "removed risk 1"
run $D risk show r1
expect_rc 3
expect_err 'no risk with code "r1"'
run $D risk rm 1
expect_rc 3
run $D observation rm 1
expect_out "removed observation 1"

# --- log of one item --------------------------------------------------------
run $D log goal 4
expect_rc 0
n=$(printf '%s\n' "$OUT" | grep -c ' goal 4 ')
expect_same "$n" "3" "history entries of goal 4"
first=$(printf '%s\n' "$OUT" | head -n 1)
case "$first" in
  *"tester"*"update  goal 4"*'"deadline":["2026-12-31",null]'*) t_ok ;;
  *) t_fail "newest entry of goal 4: $first" ;;
esac
last=$(printf '%s\n' "$OUT" | tail -n 1)
case "$last" in *"insert  goal 4"*) t_ok ;; *) t_fail "oldest: $last" ;; esac
run $D log goal 4 --json
json_check '[e["action"] for e in d]' \
  "['update', 'update', 'insert']" "log --json actions"
json_check 'd[1]["data"]' \
  '{"achieved_on":[null,"2026-05-01"],"note":[null,"first note"]}' "logged change"
run $D log risk 1
expect_out "delete  risk 1"
run $D log --limit 2
expect_same "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')" "2" "log --limit 2"

# --- verify, then tamper ------------------------------------------------------
run $D verify
expect_rc 0
expect_out "audit log intact"
db_cp f.db t.db
run --db t.db verify
expect_rc 0
# The triggers keep the log append-only...
sqlite3 t.db "UPDATE audit_log SET data='x' WHERE id=3" 2>/dev/null \
  && t_fail "UPDATE of audit_log was allowed" || t_ok
sqlite3 t.db "DELETE FROM audit_log WHERE id=3" 2>/dev/null \
  && t_fail "DELETE from audit_log was allowed" || t_ok
# ...and without them, the chain shows the change.
sqlite3 t.db "$(sql_drop_trigger audit_no_update audit_log); UPDATE audit_log SET data='x' WHERE id=3"
run --db t.db verify
expect_rc 4
expect_err "audit log NOT intact"
expect_err "entry 3 "
expect_err "was altered"
db_cp f.db t2.db
sqlite3 t2.db "$(sql_drop_trigger audit_no_delete audit_log); DELETE FROM audit_log WHERE id=5"
run --db t2.db verify
expect_rc 4
expect_err "entry 6 does not follow the entry before it"

# --- export ------------------------------------------------------------------
run $D export goal --format csv
expect_rc 0
hdr=$(printf '%s\n' "$OUT" | head -n 1 | tr -d '\r')
# The header: id, then the fields in the order of `accord goal --help`.
fields=$($ACCORD goal --help | sed -n 's/^  --\([a-z_]*\) .*/\1/p' | tr '\n' ',' | sed 's/,$//')
expect_same "$hdr" "id,$fields" "CSV header"
case "$hdr" in "id,dialogue_id,area_id,wg_id,code,title,title_sr,kind,"*",classification,note,note_sr") t_ok ;;
  *) t_fail "CSV header: $hdr" ;; esac
$ACCORD $D export goal --format csv > goals.csv
json_check 'open("goals.csv","rb").read().count(b"\r\n"), open("goals.csv","rb").read().count(b"\n")' \
  "(6, 6)" "CSV: 6 CRLF-terminated lines"
json_check '[(len(r), r[0]["title"], r[0]["area_id"], r[3]["deadline"], r[3]["note"]) for r in [list(csv.DictReader(open("goals.csv", newline="")))]][0]' \
  "(5, 'Trade, \"big\" growth', '1', '', 'first note')" "CSV rows"
run $D export goal
expect_rc 0
expect_out 'g-grow,"Trade, ""big"" growth",,growth'
run $D export goal --format json
expect_rc 0
json_check 'len(d), d[0]["title"], d[0]["indicator_id"], sorted(x["code"] for x in d)' \
  "(5, 'Trade, \"big\" growth', 1, ['g-count', 'g-grow', 'g-level', 'g-mile', 'g-window'])" "JSON export"
run $D export risk --format json --dialogue d1
json_check '[x["code"] for x in d]' \
  "['r2']" "export --dialogue"

# export all: the help says --format json is optional (it is the only format).
run $D export all -o x.json
expect_rc 0
# The rest does not depend on that: give --format json explicitly.
run $D export all --format json -o x.json
expect_rc 0
json_check '[(d["format"], len(d["goals"]), d["goals"][0]["area_id"], d["observations"][0]["indicator_id"]) for d in [json.load(open("x.json"))]][0]' \
  "('accord-fixture-1', 5, 'econ', 'drills')" "export all: references as codes"

# --- load round trip ------------------------------------------------------------
# (--items-only: the items by code, as new items; the whole installation,
# restored with its ids and audit log, is tests/cli/t_install.sh.)
run --db new.db init
expect_rc 0
run --db new.db load --items-only x.json
expect_rc 0
nitem=$(sqlite3 new.db "SELECT count(*) FROM audit_log WHERE action='insert'")
expect_out "loaded $nitem items from x.json"
# The items of `export all`, without the installation's tables.
items_of() { printf '%s' "$1" | python3 -c 'import json, sys
d = json.load(sys.stdin); d.pop("installation"); print(json.dumps(d))'; }
run $D export all --format json
a=$(items_of "$OUT")
run --db new.db export all --format json
b=$(items_of "$OUT")
# What differs: nothing in the items of `export all` -- not even
# observations' entered_at and entered_by, which are exported and loaded
# back as they were.  Item ids can differ (they are not exported;
# references go by code): risk r2 was id 2 here (r1 was removed) and is
# id 1 in new.db.  And the audit logs differ: new.db's has one insert per
# item by the loading user plus one "import fixture" entry.
expect_same "$b" "$a" "export all after load"
run $D risk show r2 --json
json_check 'd["id"]' \
  "2" "r2's id in f.db"
run --db new.db risk show r2 --json
json_check 'd["id"]' \
  "1" "r2's id in new.db"
run --db new.db log --limit 1
expect_out "tester"
expect_out "import  fixture 0"
expect_out "\"items\":$nitem"
run --db new.db verify
expect_rc 0
run $D status --at 2026-06-30
a=$OUT
run --db new.db status --at 2026-06-30
expect_same "$OUT" "$a" "status after load"
# Loading it again conflicts (codes exist) and loads nothing.
before=$(db_state new.db)
run --db new.db load --items-only x.json
expect_rc 4
expect_err "already exists"
expect_err "nothing was loaded"
expect_same "$(db_state new.db)" "$before" "second load changed the db"

# --- backup ------------------------------------------------------------------------
# (SQLite's online backup.  A PostgreSQL database is backed up with
# pg_dump: backup refuses, saying so, and writes nothing.)
if is_pg; then
  run $D backup b.db
  expect_rc 6
  expect_err "backed up with pg_dump"
  ! db_exists b.db && t_ok || t_fail "a refused backup made b.db"
else
run $D backup b.db
expect_rc 0
expect_out "backed up f.db to b.db"
run --db b.db status --at 2026-06-30
expect_rc 0
expect_same "$OUT" "$a" "status of the backup"
run --db b.db verify
expect_rc 0
run --db b.db export all --format json
b=$OUT
run $D export all --format json
expect_same "$b" "$OUT" "backup holds the same items"
before=$(db_state b.db)
run $D risk add --dialogue_id d1 --code r3 --description "New risk"
run $D backup b.db
expect_rc 4
expect_err "b.db already exists; use --force"
expect_same "$(db_state b.db)" "$before" "backup overwrote without --force"
run $D backup b.db --force
expect_rc 0
run --db b.db risk show r3
expect_rc 0
expect_out "New risk"
fi

json_flush
done_testing
