# t_planlife.sh: the action plan's life on the web and the API
# (027_planlife.sql): in the demo each goal shows who proposed it and that
# no meeting adopted it; the secretariat adopts goals by a decision of a
# held meeting from the meeting's page, which changes the goal's life and
# the plan in force, with the decision linked; bad adoptions are refused
# naming the field and change nothing; readers who may not write goal
# events are refused; step IV is done once the inaugural meeting is on
# the record as held and both co-chairs approved that record; the ongoing
# steps are judged from the record (meetings per year and quarter); the
# cross-walk shows a goal under the agreement's sector; readiness
# criteria give the long-term goal's share met.
. "$(dirname "$0")/lib.sh"

http_setup
D=$(acc dialogue show us-rs --json | jq -r .id)
GF=$(acc goal show us-rs/goal/fulbright --json | jq -r .id)
GV=$(acc goal show us-rs/goal/visa-facilitation --json | jq -r .id)
GC=$(acc goal show us-rs/goal/comprehensive-partnership --json | jq -r .id)
M=$(acc meeting show us-rs/mtg/inaugural --json | jq -r .id)
ML=$(acc meeting show us-rs/mtg/2025-01-launch --json | jq -r .id)
S4=$(acc step show us-rs/step/04 --json | jq -r .id)
S8=$(acc step show us-rs/step/08 --json | jq -r .id)
S9=$(acc step show us-rs/step/09 --json | jq -r .id)
MEDIA=$(acc area show us-rs/area/agr-media --json | jq -r .id)
srv_start

# ---- the demo, as the record supports it -------------------------------------
as public
req GET "/goal/$GF"; expect_status 200
expect_body 'id="life"'
expect_body "Proposed by Pupin Initiative (the proposal for the dialogue)"
expect_body "not yet adopted by a meeting"
expect_body "Also under:"; expect_body "/area/$MEDIA"
req GET "/dialogue/$D/plan?at=2026-12-06"; expect_status 200
expect_body "0 of "; expect_body "goals in force"
expect_body "The parties have set no readiness criteria"
as secretariat
req GET "/dialogue/$D/plan"; expect_status 200
expect_body "0 of 17 goals in force; 17 only proposed."
req GET "/item/step/$S4"; expect_status 200
expect_body "Not done: 0 of 1 things that fulfil it"
expect_body "us-rs/mtg/inaugural"
req GET "/item/step/$S9"; expect_status 200
expect_body "The commitment runs from the inaugural meeting"
req GET "/dialogue/$D"; expect_status 200
expect_no_body '<span class="st st-on_track">ongoing</span>'
expect_body "/dialogue/$D/plan"
# A planned meeting adopts nothing: the page says so and the POST refuses.
req GET "/meeting/$M"; expect_status 200
expect_body "record the meeting as held first"
api GET "/api/v1/goals/$GF/life"; expect_status 200
check "life JSON: proposed, not in force" sh -c "jq -e '.life.in_force==false
  and .life.proposed.proposer==\"Pupin Initiative (the proposal for the dialogue)\"
  and .life.adopted==null and (.also_under|index($MEDIA))!=null' $BODY"

# ---- recording the inaugural meeting and a decision ---------------------------
acc meeting set us-rs/mtg/inaugural --state held --held_on 2026-03-20 \
  >/dev/null
DEC=$(acc decision add --meeting_id us-rs/mtg/inaugural \
  --text "The parties adopt the first action plan" | sed 's/[^0-9]//g')
DL=$(acc decision list | awk -v m="$ML" 'NR>1 {print $1; exit}')
req GET "/meeting/$M"; expect_status 200
expect_body 'action="/meeting/'"$M"'/adopt"'
expect_body 'name="goal" value="'"$GF"'"'

# ---- bad adoptions change nothing ---------------------------------------------
for r in observer wg_member wg_lead; do login "$r"; done
as secretariat
before=$(db_digest)
form "/meeting/$M/adopt" decision="$DEC"
expect_status 400; expect_body "goal: choose at least one goal"
form "/meeting/$M/adopt" decision="$DL" goal="$GF"
expect_status 400; expect_body "decision: choose a decision of this meeting"
form "/meeting/$M/adopt" decision="$DEC" goal=999999
expect_status 400; expect_body "goal: no goal 999999"
form "/meeting/$ML/adopt" decision="$DEC" goal="$GF"
expect_status 400; expect_body "decision"
form "/meeting/$M/adopt" decision=abc goal="$GF"
expect_status 400; expect_body "decision"
for r in observer wg_member wg_lead; do
  as "$r"; form "/meeting/$M/adopt" decision="$DEC" goal="$GF"
  expect_status 403
done
as public; form "/meeting/$M/adopt" decision="$DEC" goal="$GF"
expect_status 303
case "$LOC" in */login*) t_ok ;; *) t_fail "public sent to /login" ;; esac
as secretariat
expect_same "$(db_digest)" "$before" "refused adoptions changed nothing"
# A goal event of the CLI is checked the same way.
check "an adoption needs a decision" not acc goal-event add --goal_id \
  us-rs/goal/fulbright --kind adopted
check "a retirement needs a reason" not acc goal-event add --goal_id \
  us-rs/goal/fulbright --kind retired --decision_id "$DEC"
acc goal-event add --goal_id us-rs/goal/fulbright --kind retired \
  --decision_id "$DEC" 2>err.txt
check "the reason is named" grep -q "reason" err.txt
expect_same "$(db_digest)" "$before" "refused goal events changed nothing"

# ---- adopting two goals ---------------------------------------------------------
form "/meeting/$M/adopt" decision="$DEC" goal="$GF" goal="$GV"
expect_status 303
expect_same "$(db_count goal_event)" "19" "two adoptions recorded"
form "/meeting/$M/adopt" decision="$DEC" goal="$GF"
expect_status 409; expect_body "already in its life"
req GET "/goal/$GF"; expect_status 200
expect_body "adopted by decision $DEC of Inaugural meeting of the US-Serbia strategic dialogue (20 March 2026)"
expect_body "In the action plan in force on"
req GET "/meeting/$M"; expect_status 200
expect_body 'id="adopted"'; expect_body "/goal/$GF"
req GET "/dialogue/$D/plan?at=2026-12-06"; expect_status 200
expect_body "2 of 17 goals in force; 15 only proposed."
req GET "/dialogue/$D/plan?at=2026-03-19"; expect_status 200
expect_body "0 of 17 goals in force"
api GET "/api/v1/dialogues/$D/plan?at=2026-12-06"; expect_status 200
check "plan JSON: two in force, adopted by the decision" sh -c \
  "jq -e '.in_force_count==2 and .adopted_by==[$DEC] and
  (.in_force|map(.id)|sort)==([$GF,$GV]|sort)' $BODY"
api GET "/api/v1/dialogues/$D/plan?at=2026-02-01"; expect_status 200
check "plan JSON before the meeting: none" sh -c \
  "jq -e '.in_force_count==0' $BODY"
api GET "/api/v1/dialogues/$D/plan?at=2026-13-01"; expect_status 400
# Retiring one with its reason.
acc goal-event add --goal_id us-rs/goal/visa-facilitation --kind retired \
  --decision_id "$DEC" --reason "Replaced by the visa roadmap goal" \
  >/dev/null
req GET "/goal/$GV"; expect_status 200
expect_body "retired by decision $DEC"
expect_body "Replaced by the visa roadmap goal"
expect_body "Not in the action plan in force on"

# ---- step IV from the record: held, then approved by both co-chairs -------------
as secretariat
req GET "/item/step/$S4"; expect_status 200
expect_body "Not done: 0 of 1"
for who in us-cochair rs-cochair; do
  cli_approve "$who" meeting "$M" >/dev/null 2>&1
done
req GET "/item/step/$S4"; expect_status 200
expect_body "Done on 20 March 2026: us-rs/mtg/inaugural, as every party approved it."
api GET "/api/v1/steps/$S4/state"; expect_status 200
check "step IV state JSON" sh -c "jq -e '.done_on==\"2026-03-20\" and
  .by_record==true and .fulfilments_met==1' $BODY"

# ---- commitments judged from the record --------------------------------------------
acc meeting add --dialogue_id us-rs --code t/mtg/coord-q2 --kind \
  sector_coordination --title "Coordination Q2" --state held \
  --held_on 2026-05-10 --classification internal >/dev/null
req GET "/item/step/$S8"; expect_status 200
expect_body "A coordination meeting was held in 1 of the 2 full quarters since 20 March 2026 (t/mtg/coord-q2); none in Q3 2026."
expect_body "st-off_track"
req GET "/item/step/$S8?lang=sr-Latn"; expect_status 200
expect_body "od 20. marta 2026. (t/mtg/coord-q2); nijedan u III kvartalu 2026."
req GET "/item/step/$S8?lang=sr-Cyrl"; expect_status 200
expect_body "од 20. марта 2026. (t/mtg/coord-q2); ниједан у III кварталу 2026."
req GET "/item/step/$S9"; expect_status 200
expect_body "No full year has passed since 20 March 2026"
api GET "/api/v1/steps/$S8/state"; expect_status 200
check "step VIII JSON: off track" sh -c "jq -e '.status==\"off_track\" and
  .commitment==\"quarterly_meeting\"' $BODY"
req GET "/dialogue/$D"; expect_status 200
expect_body "A coordination meeting was held in 1 of the 2 full quarters"

# ---- readiness of the long-term goal ---------------------------------------------
acc readiness add --dialogue_id us-rs --step_id us-rs/step/04 \
  --position 1 >/dev/null
acc readiness add --dialogue_id us-rs --goal_id us-rs/goal/fulbright \
  --position 2 >/dev/null
check "a criterion names one goal or step" not acc readiness add \
  --dialogue_id us-rs
req GET "/dialogue/$D/plan"; expect_status 200
expect_body "1 of 2 criteria met (50%)"

# ---- OpenAPI -----------------------------------------------------------------------
api GET "/api/v1/openapi.json"; expect_status 200
check "OpenAPI names the plan's routes" sh -c "jq -e '.paths[\"/api/v1/dialogues/{id}/plan\"].get and .paths[\"/api/v1/goals/{id}/life\"].get and .paths[\"/api/v1/steps/{id}/state\"].get and .paths[\"/api/v1/goal_events\"].post' $BODY"

# ---- Serbian ------------------------------------------------------------------------
req GET "/goal/$GF?lang=sr-Latn"; expect_status 200
expect_body "Predložio"
expect_body "usvojen odlukom $DEC"
req GET "/item/step/$S8?lang=sr-Latn"; expect_status 200
expect_body "Koordinacioni sastanak održan je u 1 od 2"

srv_stop
done_testing
