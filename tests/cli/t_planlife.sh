. "$TOP/tests/cli/lib.sh"
# t_planlife.sh: the action plan's life on the command line
# (027_planlife.sql): the demo's goals are proposed by the proposal and
# adopted by no meeting (nothing invented); goal events, fulfilments,
# readiness criteria and cross-walks are added and refused naming the
# field, changing nothing; `accord plan` lists the plan in force on a day
# and the readiness of the long-term goal; `goal show` and `step show`
# give a goal's life and a step's state from the record; the ongoing
# steps are judged from the meetings held; reports name the plan they
# judge and are cut by area or by sector; `accord verify` replays every
# change and names one made behind its back; `export all` and `load`
# carry the new kinds.

run --db d.db demo
expect_rc 0

# --- the demo, as the record supports it ----------------------------------------
expect_same "$(sqlite3 d.db "SELECT count(*) FROM goal_event WHERE kind='proposed'")" \
  "$(sqlite3 d.db 'SELECT count(*) FROM goal')" "every demo goal has its proposal"
expect_same "$(sqlite3 d.db "SELECT count(*) FROM goal_event WHERE kind<>'proposed'")" \
  0 "the demo invents no adoption"
expect_same "$(sqlite3 d.db "SELECT count(*) FROM goal_event e JOIN source s ON s.id=e.source_id WHERE s.code='src/pupin-proposal'")" \
  "$(sqlite3 d.db 'SELECT count(*) FROM goal')" "each proposal cites the proposal"
expect_same "$(sqlite3 d.db "SELECT $(sql_group_concat "code || '=' || commitment" ' ' position) FROM roadmap_step WHERE commitment IS NOT NULL $(is_pg || echo ORDER BY position)")" \
  "us-rs/step/06=wg_contact us-rs/step/07=quarterly_report us-rs/step/08=quarterly_meeting us-rs/step/09=annual_meeting" \
  "steps VI-IX are commitments"
expect_same "$(sqlite3 d.db 'SELECT count(*) FROM readiness_criterion')" 0 \
  "the parties have set no readiness criteria in the record"
run --db d.db plan --at 2026-12-06
expect_rc 0
expect_out "Action plan in force on 2026-12-06: 0 of 17 goals; 17 only proposed."
expect_out "Proposed by Pupin Initiative (the proposal for the dialogue); not yet adopted by a meeting."
expect_out "the parties have set no criteria"
run --db d.db goal show us-rs/goal/double-taxation
expect_out "life:              Proposed by Pupin Initiative"
expect_out "also under:        Economy"
run --db d.db step show us-rs/step/04
expect_out "state (today):     not done"
expect_out "not yet: us-rs/mtg/inaugural"
run --db d.db step show us-rs/step/09 --json
expect_same "$(printf '%s' "$OUT" | jq -r '.state.status + " " + .state.commitment')" \
  "not_started annual_meeting" "step IX: not started, annual meetings"
run --db d.db report quarterly --quarter 2026-Q3 --format csv
expect_rc 0
run --db d.db report quarterly --quarter 2026-Q3 --format html
expect_out "Action plan in force on 30 September 2026: no goal has been adopted by a meeting; the 17 goals judged are those proposed."

# --- bad input changes nothing -------------------------------------------------------
before=$(db_state d.db)
run --db d.db goal-event add --goal_id us-rs/goal/fulbright --kind adopted
expect_rc 2; expect_err "decision_id: a goal is adopted by a decision of a meeting"
run --db d.db goal-event add --goal_id us-rs/goal/fulbright --kind proposed
expect_rc 2; expect_err "wg_id: a proposal names the working group"
run --db d.db goal-event add --goal_id us-rs/goal/fulbright --kind adopted2
expect_rc 2; expect_err "kind"
run --db d.db goal-event add --goal_id us-rs/goal/fulbright --kind proposed \
  --wg_id us-rs/wg/people --dated_on 2026-02-30
expect_rc 2; expect_err "dated_on"
run --db d.db fulfilment add --step_id us-rs/step/04
expect_rc 2; expect_err "meeting_id: give one of meeting_id, decision_id and document_id"
run --db d.db readiness add --dialogue_id us-rs --goal_id us-rs/goal/fulbright \
  --step_id us-rs/step/04
expect_rc 2; expect_err "goal_id: give one of goal_id and step_id"
run --db d.db crosswalk add --area_id us-rs/area/econ --sector_id us-rs/area/people
expect_rc 2; expect_err "sector_id"; expect_err "same set (proposal)"
run --db d.db crosswalk add --area_id us-rs/area/econ --sector_id us-rs/area/econ
expect_rc 2; expect_err "sector_id: an area does not fall under itself"
run --db d.db crosswalk add --area_id us-rs/area/econ --sector_id us-rs/area/agr-economy
expect_rc 4; expect_err "area_id, sector_id"
run --db d.db report quarterly --by nothing
expect_rc 2; expect_err "--by: expected area or sector"
expect_same "$(db_state d.db)" "$before" "refused rows changed nothing"
# A reference to another dialogue is refused.
run --db d.db dialogue add --code t/other --title Other --state proposed \
  --classification public
run --db d.db area add --dialogue_id t/other --code t/other/a --area_set x \
  --name A
AREA=$(sqlite3 d.db "SELECT id FROM area WHERE code='t/other/a'")
before=$(db_state d.db)
run --db d.db crosswalk add --area_id us-rs/area/econ --sector_id "$AREA"
expect_rc 2; expect_err "sector_id: framework area $AREA belongs to another dialogue"
expect_same "$(db_state d.db)" "$before" "refused rows changed nothing"

# --- a meeting adopts, a step is fulfilled, commitments are judged ---------------------
run --db d.db meeting set us-rs/mtg/inaugural --state held --held_on 2026-03-20
expect_rc 0
run --db d.db decision add --meeting_id us-rs/mtg/inaugural \
  --text "The parties adopt the first action plan"
expect_rc 0
DEC=$(sqlite3 d.db "SELECT max(id) FROM decision")
for g in trade-10pct double-taxation fulbright; do
  run --db d.db goal-event add --goal_id "us-rs/goal/$g" --kind adopted \
    --decision_id "$DEC"
  expect_rc 0
done
run --db d.db goal-event add --goal_id us-rs/goal/double-taxation --kind revised \
  --decision_id "$DEC" --reason "Narrowed to income taxes"
expect_rc 0
run --db d.db plan --at 2026-12-06
expect_out "Action plan in force on 2026-12-06: 3 of 17 goals, adopted by decision $DEC; 14 only proposed."
expect_out "* us-rs/goal/fulbright"
expect_out "revised by decision $DEC of Inaugural meeting of the US-Serbia strategic dialogue (20 March 2026): Narrowed to income taxes"
run --db d.db plan --at 2026-03-19
expect_out "0 of 17 goals"
run --db d.db plan --at 2026-12-06 --json
expect_same "$(printf '%s' "$OUT" | jq -c '[.in_force_count, .proposed_count, (.in_force|map(.code)|sort)]')" \
  '[3,14,["us-rs/goal/double-taxation","us-rs/goal/fulbright","us-rs/goal/trade-10pct"]]' \
  "plan JSON"
run --db d.db plan --at 2026-99-01
expect_rc 2; expect_err "--at: expected a date"
run --db d.db report annual --year 2026 --format html
expect_out "Action plan in force on 31 December 2026: 3 of the 17 goals judged, adopted by decision $DEC of Inaugural meeting of the US-Serbia strategic dialogue (20 March 2026)."
# Step IV: held, but not yet approved by both parties.
run --db d.db step show us-rs/step/04
expect_out "Not done: 0 of 1 things that fulfil it"
# Commitments: a coordination meeting in 2026-Q2, none in 2026-Q3.
run --db d.db meeting add --dialogue_id us-rs --code t/mtg/coord --kind \
  sector_coordination --title "Coordination" --state held --held_on 2026-05-10
expect_rc 0
run --db d.db status --at 2026-12-06
expect_out "Off track: A coordination meeting was held in 1 of the 2 full quarters since 20 March 2026 (t/mtg/coord); none in Q3 2026."
expect_out "On track: No full year has passed since 20 March 2026; this year's high-level meeting: us-rs/mtg/inaugural."
expect_out "No working group is on the record as formed."
# In Serbian the day after "od" is in the genitive, the quarter after
# "u" in the locative (l10n_fill(), "u %#s").
run --db d.db --lang sr-Latn status --at 2026-12-06
expect_out "od 20. marta 2026. (t/mtg/coord); nijedan u III kvartalu 2026."
expect_out "Od 20. marta 2026. nije prošla nijedna puna godina"
run --db d.db --lang sr-Cyrl status --at 2026-12-06
expect_out "од 20. марта 2026. (t/mtg/coord); ниједан у III кварталу 2026."
run --db d.db report quarterly --quarter 2026-Q3 --format csv
expect_out "Off track: A coordination meeting was held in 1 of the 2 full quarters since 20 March 2026 (t/mtg/coord); none in Q3 2026."
run --db d.db report quarterly --quarter 2026-Q3 --format csv --lang sr-Latn
expect_out "nijedan u III kvartalu 2026."
# A working group formed, in contact every quarter but one.
run --db d.db wg set us-rs/wg/people --formed_on 2026-04-01
run --db d.db contact add --wg_id us-rs/wg/people --held_on 2026-05-02 \
  --kind call --summary "First call" --classification internal
run --db d.db step show us-rs/step/06
expect_out "Every working group recorded a contact in 1 of the 2 full quarters since 20 March 2026 (1/1); not in Q3 2026."
# Readiness: step IV and the Fulbright commission.
run --db d.db readiness add --dialogue_id us-rs --step_id us-rs/step/04 --position 1
expect_rc 0
run --db d.db readiness add --dialogue_id us-rs --goal_id us-rs/goal/fulbright --position 2
expect_rc 0
run --db d.db plan
expect_out "Readiness of the long-term goal: 0 of 2 criteria met (0%)"
run --db d.db goal set us-rs/goal/fulbright --achieved_on 2026-06-01 \
  --started_on 2026-04-01
run --db d.db plan
expect_out "Readiness of the long-term goal: 1 of 2 criteria met (50%)"

# --- reports cut either way ----------------------------------------------------------------
run --db d.db report quarterly --quarter 2026-Q3 --format csv --by sector
expect_rc 0
expect_out "Goals by the agreement's sectors / Media,"
expect_out "Goals by the agreement's sectors / Trade and investment,Increasing trade exchange by 10% annually"
expect_no_out "Goals by the agreement's sectors / People to People Ties"
expect_out "Goals by the agreement's sectors / Bilateral and Multilateral Political Cooperation,"
run --db d.db report quarterly --quarter 2026-Q3 --format csv --by area
expect_out "Goals by framework area and working group / People to People Ties,"
expect_no_out "Goals by framework area and working group / Media,"

# --- verify, exports ---------------------------------------------------------------------------
run --db d.db verify
expect_rc 0
expect_out "audit log intact"
db_cp d.db t.db
sqlite3 t.db "UPDATE goal_event SET kind='retired' WHERE kind='revised'"
run --db t.db verify
expect_rc 4
expect_err 'kind is "retired" in the table, the audit log says "revised"'
db_cp d.db t.db
sqlite3 t.db "UPDATE roadmap_step SET commitment='none' WHERE code='us-rs/step/09'"
run --db t.db verify
expect_rc 4
expect_err 'commitment is "none" in the table, the audit log says "annual_meeting"'
run --db d.db export goal_events --format csv
expect_rc 0
expect_out "Narrowed to income taxes"
run --db d.db export all -o all.json
expect_rc 0
run --db n.db init
run --db n.db load all.json
expect_rc 0
for t in goal_event step_fulfilment readiness_criterion area_crosswalk \
    roadmap_step pub_goal_event pub_area_crosswalk; do
  expect_same "$(sqlite3 n.db "SELECT * FROM $t ORDER BY id" | sha256sum)" \
    "$(sqlite3 d.db "SELECT * FROM $t ORDER BY id" | sha256sum)" \
    "$t after export all and load"
done
run --db n.db verify
expect_rc 0
done_testing
