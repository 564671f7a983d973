. "$TOP/tests/cli/lib.sh"
# t_projects.sh: cooperation projects on the command line (024_projects.sql):
# the demo's projects are those the record names, proposed, with nothing
# invented; add, set, rm and list of projects, activities, funding,
# parties, goals and links; every bad amount, currency, progress or date
# is refused naming the field and changes nothing; progress is stated with
# how it is measured; `accord verify` replays every change and names a
# project row changed behind its back; the CSV and `export all` exports
# carry the projects, and a restore gives the same rows.

run --db d.db demo
expect_rc 0

# --- the demo: what the record names, nothing more ----------------------------
run --db d.db project list --json
expect_rc 0
got=$(printf '%s' "$OUT" | python3 -c 'import json, sys
d = json.load(sys.stdin)
print(len(d), sorted(p["code"] for p in d),
      set(p["state"] for p in d),
      [p for p in d if p["budget"] or p["currency"] or p["planned_start"]
       or p["planned_end"] or p["actual_start"] or p["actual_end"]
       or p["progress_pct"] is not None],
      set(p["source_id"] for p in d))')
src=$(sqlite3 d.db "SELECT id FROM source WHERE code='src/pupin-proposal'")
expect_same "$got" "4 ['us-rs/prj/congress-exchange', 'us-rs/prj/dfc-belgrade', 'us-rs/prj/diplomats-training', 'us-rs/prj/fulbright-commission'] {'proposed'} [] {$src}" \
  "the demo's projects: named by the proposal, proposed, no invented budget or date"
expect_same "$(sqlite3 d.db 'SELECT count(*) FROM project_funding')" 0 \
  "the demo invents no funding"
expect_same "$(sqlite3 d.db "SELECT count(*) FROM activity WHERE planned_start IS NOT NULL OR planned_end IS NOT NULL OR actual_start IS NOT NULL OR actual_end IS NOT NULL")" 0 \
  "the demo's activities have no invented dates"
expect_same "$(sqlite3 d.db "SELECT g.code FROM project_goal pg JOIN goal g ON g.id=pg.goal_id JOIN project p ON p.id=pg.project_id WHERE p.code='us-rs/prj/dfc-belgrade' ORDER BY pg.id" | tr '\n' ' ' | sed 's/ $//')" \
  "us-rs/goal/dfc-office us-rs/goal/dfc-credit-2020" "the DFC project serves both DFC goals"
run --db d.db goal show us-rs/goal/fulbright
expect_out "projects:"
expect_out "us-rs/prj/fulbright-commission (proposed): no activities recorded"
run --db d.db project show us-rs/prj/dfc-belgrade
expect_out "progress:          0 of 2 activities done (0%)"
# The public sees the approved public projects only.
run --db d.db export projects --format json --as-viewer public
expect_out "us-rs/prj/fulbright-commission"
expect_no_out "us-rs/prj/dfc-belgrade"
run --db d.db export activities --format json --as-viewer public
expect_no_out "Reactivate the DFC office"

# --- bad input: named, nothing changes ----------------------------------------
before=$(db_state d.db)
bad() {   # bad FIELD-IN-MESSAGE accord-ARGS...
  _f=$1; shift
  run --db d.db "$@"
  expect_rc 2
  expect_err "$_f"
}
P="--dialogue_id us-rs --wg_id us-rs/wg/people --code t/p --title T"
bad "budget: \"10.001\": USD has 2 decimal places" project add $P --budget 10.001 --currency USD
bad "budget: expected an exact decimal amount" project add $P --budget 1e6 --currency USD
bad "budget: expected an exact decimal amount" project add $P --budget -5 --currency USD
bad "budget: expected an exact decimal amount" project add $P --budget "1,000.00" --currency USD
bad "budget: expected an exact decimal amount" project add $P --budget 12. --currency USD
bad "budget: expected an exact decimal amount" project add $P --budget 123456789012345 --currency USD
bad "currency: required with budget" project add $P --budget 10
bad "currency: \"usd\" is not an ISO 4217" project add $P --budget 10 --currency usd
bad "currency: \"EURO\" is not an ISO 4217" project add $P --currency EURO
bad "progress_pct: required when progress_by is declared" project add $P --progress_by declared
bad "progress_pct: must be 0 to 100" project add $P --progress_by declared --progress_pct 101
bad "progress_pct: only with progress_by declared" project add $P --progress_pct 50
bad "progress_by: expected activities or declared" project add $P --progress_by guess
bad "planned_start: 2027-02-01 is after planned_end" project add $P --planned_start 2027-02-01 --planned_end 2027-01-01
bad "actual_start: 2099-01-01 is in the future" project add $P --actual_start 2099-01-01
bad "state: expected proposed" project add $P --state started
bad "wg_id: required" project add --dialogue_id us-rs --code t/p --title T
bad "amount: \"0.0001\": KWD has 3 decimal places" funding add --project_id us-rs/prj/fulbright-commission --party_id us-rs/us --amount 0.0001 --currency KWD
bad "amount: required" funding add --project_id us-rs/prj/fulbright-commission --party_id us-rs/us --currency USD
bad "currency: required" funding add --project_id us-rs/prj/fulbright-commission --party_id us-rs/us --amount 5
bad "actual_end: 2099-12-31 is in the future" activity add --project_id us-rs/prj/fulbright-commission --title A --actual_end 2099-12-31
bad "document_id: a link names one document or one meeting" project-link add --project_id us-rs/prj/fulbright-commission
bad "meeting_id: a link names one document or one meeting" project-link add --project_id us-rs/prj/fulbright-commission --document_id us-rs/doc/agreement --meeting_id us-rs/mtg/inaugural
expect_same "$(db_state d.db)" "$before" "refused project input changed the database"

# --- a project's life ----------------------------------------------------------
run --db d.db project add $P --budget 1500000.5 --currency RSD --classification public
expect_rc 0
run --db d.db activity add --project_id t/p --title "First exchange" --state done --actual_start 2026-03-01 --actual_end 2026-03-10
expect_rc 0
run --db d.db activity add --project_id t/p --title "Second exchange" --state ongoing
expect_rc 0
run --db d.db activity add --project_id t/p --title "Dropped" --state cancelled
expect_rc 0
run --db d.db project show t/p
expect_out "progress:          1 of 2 activities done (50%)"
run --db d.db funding add --project_id t/p --party_id us-rs/rs --amount 250000 --currency RSD --state committed --funded_on 2026-02-01
expect_rc 0
run --db d.db funding add --project_id t/p --party_id us-rs/us --amount 0.1 --currency USD
expect_rc 0
run --db d.db project-party add --project_id t/p --party_id us-rs/rs --agency "Ministry of Education"
expect_rc 0
run --db d.db project-goal add --project_id t/p --goal_id us-rs/goal/fulbright
expect_rc 0
run --db d.db project-goal add --project_id t/p --goal_id us-rs/goal/fulbright
expect_rc 4
run --db d.db project-link add --project_id t/p --document_id us-rs/doc/agreement
expect_rc 0
run --db d.db project set t/p --progress_by declared --progress_pct 40
expect_rc 0
run --db d.db project show t/p --json
json=$OUT
expect_same "$(printf '%s' "$json" | jq -c '.progress')" \
  '{"measured_by":"declared","percent":40}' "declared progress in JSON"
expect_same "$(printf '%s' "$json" | jq -r '.budget + " " + .currency')" \
  "1500000.5 RSD" "the budget as given, exact"
run --db d.db goal show us-rs/goal/fulbright
expect_out "t/p (proposed): 40% (declared)"
# The removal of a project still referred to is refused, naming it.
before=$(db_state d.db)
run --db d.db project rm t/p
expect_rc 4
expect_same "$(db_state d.db)" "$before" "a refused removal changed the database"
ACT=$(sqlite3 d.db "SELECT id FROM activity WHERE title='Dropped'")
run --db d.db activity rm "$ACT"
expect_rc 0

# --- verify replays it all, and names a change behind its back ------------------
run --db d.db verify
expect_rc 0
expect_out "audit log intact"
db_cp d.db t.db
sqlite3 t.db "UPDATE project_funding SET amount='2500000' WHERE amount='250000'"
run --db t.db verify
expect_rc 4
expect_err 'amount is "2500000" in the table, the audit log says "250000"'
db_cp d.db t.db
sqlite3 t.db "UPDATE project SET state='completed' WHERE code='t/p'"
run --db t.db verify
expect_rc 4
expect_err 'state is "completed" in the table, the audit log says "proposed"'

# --- exports -----------------------------------------------------------------
run --db d.db export funding --format csv
expect_rc 0
expect_out "amount,currency,state"
expect_out ",250000,RSD,committed,2026-02-01,"
run --db d.db export activities --format csv
expect_out "First exchange"
run --db d.db export all -o all.json
expect_rc 0
run --db n.db init
run --db n.db load all.json
expect_rc 0
for t in project project_goal project_party project_funding activity \
    project_link pub_project pub_activity; do
  expect_same "$(sqlite3 n.db "SELECT * FROM $t ORDER BY id" | sha256sum)" \
    "$(sqlite3 d.db "SELECT * FROM $t ORDER BY id" | sha256sum)" \
    "$t after export all and load"
done
run --db n.db verify
expect_rc 0
done_testing
