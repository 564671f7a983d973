# t_projects.sh: cooperation projects on the web and the API
# (024_projects.sql): a goal's page shows its means (the projects serving
# it and how far along they are), the working group's page and the
# dashboard list them, a project's page shows its progress, parties,
# funding totals and activities; the forms and the API take them and
# refuse bad amounts, currencies and progress naming the field, changing
# nothing; a working-group member writes only its own group's projects
# and what belongs to them; the project JSON of `accord project show`
# states how progress is measured.
. "$(dirname "$0")/lib.sh"

http_setup
D=$(acc dialogue show us-rs --json | jq -r .id)
GF=$(acc goal show us-rs/goal/fulbright --json | jq -r .id)
GD=$(acc goal show us-rs/goal/dfc-office --json | jq -r .id)
WP=$(acc wg show us-rs/wg/people --json | jq -r .id)
WE=$(acc wg show us-rs/wg/econ --json | jq -r .id)
PF=$(acc project show us-rs/prj/fulbright-commission --json | jq -r .id)
PD=$(acc project show us-rs/prj/dfc-belgrade --json | jq -r .id)
US=$(acc party show us-rs/us --json | jq -r .id)
# A member of the People to People Ties group only (an observer with a
# scoped grant, grant.c).
user_add pp-member observer
acc grant add pp-member --role wg_member --wg us-rs/wg/people >/dev/null
token_of pp-member >/dev/null
srv_start

# ---- the demo's projects, as the record names them ---------------------------
as secretariat
req GET "/goal/$GF"; expect_status 200
expect_body 'id="means"'
expect_body "Bilateral Fulbright commission for Serbia"
expect_body "no activities recorded"
req GET "/goal/$GD"; expect_status 200
expect_body "DFC office in Belgrade and the credit program"
expect_body "0 of 2 activities done (0%)"
req GET "/wg/$WE"; expect_status 200
expect_body 'id="projects"'; expect_body "DFC office in Belgrade"
req GET "/dialogue/$D"; expect_status 200
expect_body 'id="projects"'; expect_body "Congressional and National Assembly"
req GET "/item/project/$PD"; expect_status 200
expect_body "Reactivate the DFC office in Belgrade"
expect_body "Budget: not known"
req GET "/search?q=Fulbright+commission"; expect_status 200
expect_body "/item/project/$PF"

# ---- the forms -----------------------------------------------------------------
req GET "/new/project?wg_id=$WP"; expect_status 200
expect_body 'name="budget"'; expect_body 'name="currency"'
before=$(db_digest)
form "/new/project" dialogue_id="$D" wg_id="$WP" code=t/prj-a \
  title="Zprj sister schools" budget="1500.505" currency=USD
expect_status 422; expect_body "budget"; expect_body "2 decimal places"
form "/new/project" dialogue_id="$D" wg_id="$WP" code=t/prj-a \
  title="Zprj sister schools" budget="1500" currency=usd
expect_status 422; expect_body "currency"; expect_body "ISO 4217"
form "/new/project" dialogue_id="$D" wg_id="$WP" code=t/prj-a \
  title="Zprj sister schools" budget="1.5e3" currency=USD
expect_status 422; expect_body "budget"
form "/new/project" dialogue_id="$D" wg_id="$WP" code=t/prj-a \
  title="Zprj sister schools" progress_by=declared
expect_status 422; expect_body "progress_pct"
form "/new/project" dialogue_id="$D" wg_id="$WP" code=t/prj-a \
  title="Zprj sister schools" progress_by=declared progress_pct=140
expect_status 422; expect_body "progress_pct"
form "/new/project" dialogue_id="$D" wg_id="$WP" code=t/prj-a \
  title="Zprj sister schools" planned_start=2027-05-01 planned_end=2027-01-01
expect_status 422; expect_body "planned_start"
form "/new/project" dialogue_id="$D" wg_id="$WP" code=t/prj-a \
  title="Zprj sister schools" actual_start=2099-01-01
expect_status 422; expect_body "actual_start"; expect_body "in the future"
expect_same "$(db_digest)" "$before" "refused project forms changed nothing"
form "/new/project" dialogue_id="$D" wg_id="$WP" code=t/prj-a \
  title="Zprj sister schools" budget="1500000.50" currency=RSD \
  classification=internal
expect_status 303
PA=$(acc project show t/prj-a --json | jq -r .id)
form "/new/project-goal" project_id="$PA" goal_id="$GF"; expect_status 303
form "/new/activity" project_id="$PA" title="Zact first visit" state=done
expect_status 303
form "/new/activity" project_id="$PA" title="Zact second visit" state=ongoing
expect_status 303
form "/new/activity" project_id="$PA" title="Zact dropped" state=cancelled
expect_status 303
form "/new/funding" project_id="$PA" party_id="$US" amount="100000.10" \
  currency=USD state=committed
expect_status 303
form "/new/funding" project_id="$PA" party_id="$US" amount="0.20" \
  currency=USD state=committed
expect_status 303
form "/new/funding" project_id="$PA" party_id="$US" amount="5000" \
  currency=JPY
expect_status 303
before=$(db_digest)
form "/new/funding" project_id="$PA" party_id="$US" amount="5000.5" \
  currency=JPY
expect_status 422; expect_body "JPY has 0 decimal places"
form "/new/funding" project_id="$PA" party_id="$US" amount="-5" currency=EUR
expect_status 422; expect_body "amount"
form "/new/funding" project_id="$PA" party_id="$US" amount="5" currency=XYZ
expect_status 422; expect_body "currency"
form "/new/project-link" project_id="$PA"
expect_status 422; expect_body "document_id"
expect_same "$(db_digest)" "$before" "refused funding forms changed nothing"
req GET "/item/project/$PA"; expect_status 200
# Exact sums in minor units: 100000.10 + 0.20 is 100000.30, not ...29999.
expect_body "100000.30"; expect_body "5000"
expect_body "1 of 2 activities done (50%)"
req GET "/goal/$GF"
expect_body "Zprj sister schools"; expect_body "1 of 2 activities done (50%)"
# A declared percentage is said to be declared.
acc project set "$PA" --progress_by declared --progress_pct 70 >/dev/null
req GET "/goal/$GF"; expect_body "70% (declared)"
run_json=$(acc project show "$PA" --json)
expect_same "$(printf '%s' "$run_json" | jq -r '.progress.measured_by')" \
  declared "JSON: how progress is measured"
expect_same "$(printf '%s' "$run_json" | jq -r '.progress.percent')" 70 \
  "JSON: the declared percent"
expect_same "$(printf '%s' "$run_json" | jq -r '.budget')" "1500000.50" \
  "JSON: the budget is exact decimal text"
acc project set "$PA" --progress_by activities --progress_pct "" >/dev/null

# ---- the API ---------------------------------------------------------------------
api POST /api/v1/activities "{\"project_id\": $PA, \"title\": \"Zact api\", \"state\": \"done\"}"
expect_status 201
api GET "/api/v1/activities?project_id=$PA"; expect_status 200
expect_same "$(jq '.activities | length' "$BODY")" 4 "the project's activities"
api POST /api/v1/funding "{\"project_id\": $PA, \"party_id\": $US, \"amount\": \"12.345\", \"currency\": \"EUR\"}"
expect_status 400 422; expect_body "amount"
api GET "/api/v1/funding?project_id=$PA"
expect_same "$(jq -r '[.funding[].amount] | join(",")' "$BODY")" \
  "100000.10,0.20,5000" "amounts come back as the exact text given"
api GET /api/v1/openapi.json; expect_status 200
expect_same "$(jq -r '.paths | has("/api/v1/projects") and has("/api/v1/activities") and has("/api/v1/funding")' "$BODY")" \
  true "OpenAPI describes the project routes"

# ---- scope: a member writes only its own group's projects ----------------------
as pp-member
api POST /api/v1/activities "{\"project_id\": $PF, \"title\": \"Zact member own\"}"
expect_status 201
api POST /api/v1/activities "{\"project_id\": $PD, \"title\": \"Zact member other\"}"
expect_status 403
expect_body "project_id"
api PATCH "/api/v1/projects/$PD" '{"note": "Zmember edit"}'
expect_status 403
api POST /api/v1/projects "{\"dialogue_id\": $D, \"wg_id\": $WE, \"code\": \"t/prj-other\", \"title\": \"Zprj other\"}"
expect_status 403
api POST /api/v1/projects "{\"dialogue_id\": $D, \"wg_id\": $WP, \"code\": \"t/prj-own\", \"title\": \"Zprj own\"}"
expect_status 201
# Moving a project of its group to another group is refused too.
POWN=$(acc project show t/prj-own --json | jq -r .id)
api PATCH "/api/v1/projects/$POWN" "{\"wg_id\": $WE}"
expect_status 403
api POST /api/v1/funding "{\"project_id\": $PD, \"party_id\": $US, \"amount\": \"1.00\", \"currency\": \"USD\"}"
expect_status 403
check "no write outside the group" sh -c \
  "! sqlite3 '$DB' \"SELECT title FROM activity UNION ALL SELECT title FROM project\" | grep -q -e 'Zact member other' -e 'Zprj other'"

# ---- audit ------------------------------------------------------------------------
check "accord verify replays the projects" acc verify
srv_stop
done_testing
