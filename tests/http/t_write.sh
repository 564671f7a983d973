# t_write.sh: writes that must go through, through the forms and the API:
# adding, changing and removing items as the roles allowed to, recording
# an observation that changes a goal's status, and joint publication:
# a goal or document becomes public only when both parties' co-chairs
# have approved its current version, and a change withdraws it.
. "$(dirname "$0")/lib.sh"

http_setup
user_add us-cochair2 cochair us-rs/us
key_create us-cochair2
srv_start
routes_load

# ---- forms ---------------------------------------------------------------
if need_route POST /new/indicator && need_route POST /new/goal; then
  as wg_lead
  form /new/indicator dialogue_id=us-rs code=zmk-w-ind "name=Zmk-w exercises" \
    unit=count frequency=year classification=internal
  expect_status 303
  check "the indicator exists" acc indicator show zmk-w-ind
  form /new/goal dialogue_id=us-rs area_id=us-rs/area/security-defense \
    code=zmk-w-goal "title=Zmk-w at least 2 per year" kind=count_period \
    indicator_id=zmk-w-ind target=2 period=year start_on=2026-01-01 \
    classification=internal
  expect_status 303
  GID=$(acc goal show zmk-w-goal --json 2>/dev/null | jq -r .id)
  check "the goal exists" [ -n "$GID" ]
  case "$LOC" in /*) t_ok ;; *) t_fail "after adding, a redirect to a local page" ;; esac
  req GET "$LOC"; expect_status 200
  expect_body "Zmk-w at least 2 per year"
  check "the audit log names the lead" \
    sh -c "sqlite3 '$DB' \"SELECT actor FROM audit_log WHERE entity='goal' AND item_id=$GID\" | grep -q wg-lead"
  # A form with an error comes back with the message and what was typed.
  form /new/goal dialogue_id=us-rs area_id=us-rs/area/econ code=zmk-w-bad \
    "title=Zmk-w bad" kind=count_period target=-3 period=fortnight
  expect_status 400 422 200
  expect_body "Zmk-w bad"
  check "the bad goal was not added" not acc goal show zmk-w-bad
  # The status before and after the observation (a fixed date).
  req GET "/goal/$GID?at=2026-06-30"; expect_status 200
  # Nothing counted yet: the year in progress has none so far.
  check "no data yet" grep -qi -e "no data" -e "not started" -e "0 of at least 2" "$BODY"
  if need_route POST /new/observation; then
    as wg_member
    form /new/observation indicator_id=zmk-w-ind period=2026 value=3 \
      note=Zmk-w-obs
    expect_status 303
    check "the observation records who entered it" \
      sh -c "sqlite3 '$DB' \"SELECT entered_by FROM observation WHERE note='Zmk-w-obs'\" | grep -q wg-member"
    as wg_lead
    req GET "/goal/$GID?at=2026-06-30"; expect_status 200
    check "3 of at least 2 in 2026: achieved or on track" \
      grep -qi -e "achieved" -e "on track" "$BODY"
  fi
  # Changing: a new title shows.
  as wg_lead
  if need_route POST /edit/goal/:id; then
    form "/edit/goal/$GID" dialogue_id=us-rs area_id=us-rs/area/security-defense \
      code=zmk-w-goal "title=Zmk-w renamed" kind=count_period \
      indicator_id=zmk-w-ind target=2 period=year start_on=2026-01-01 \
      classification=internal
    expect_status 303
    req GET "/goal/$GID"; expect_body "Zmk-w renamed"
  fi
  # A member may not add goals, an observer nothing.
  as wg_member
  form /new/goal dialogue_id=us-rs area_id=us-rs/area/econ code=zmk-w-m \
    title=m kind=milestone
  expect_status 403
  as observer
  form /new/observation indicator_id=zmk-w-ind period=2025 value=1
  expect_status 403
  check "nothing added by the refused forms" not acc goal show zmk-w-m
fi

# ---- removal -------------------------------------------------------------
if need_route POST /delete/risk/:id; then
  acc risk add --dialogue_id us-rs --code zmk-w-risk --description "Zmk-w risk" \
    --classification internal >/dev/null
  RID=$(acc risk show zmk-w-risk --json | jq -r .id)
  as wg_lead
  req GET "/delete/risk/$RID"; expect_status 200; expect_body "Zmk-w risk"
  form "/delete/risk/$RID"
  check "removing needs confirm=yes (got $ST)" acc risk show zmk-w-risk
  form "/delete/risk/$RID" confirm=yes; expect_status 303
  check "the risk is gone" not acc risk show zmk-w-risk
  req GET "/item/risk/$RID"; expect_status 404
fi

# ---- the API -------------------------------------------------------------
as wg_lead
api POST /api/v1/risks '{"dialogue_id":"us-rs","code":"zmk-w-api","description":"Zmk-w api risk","likelihood":"high"}'
expect_status 201
expect_header Location /api/v1/risks/
AID=$(jq -r .id "$BODY")
api GET "/api/v1/risks/$AID"; expect_status 200
check "the API gives the risk back" [ "$(jq -r .description "$BODY")" = "Zmk-w api risk" ]
api PATCH "/api/v1/risks/$AID" '{"description":"Zmk-w changed"}'
expect_status 200
check "the change is kept" [ "$(acc risk show zmk-w-api --json | jq -r .description)" = "Zmk-w changed" ]
api PATCH "/api/v1/risks/$AID" '{"likelihood":"enormous"}'; expect_status 400
api PATCH "/api/v1/risks/$AID" '{"no_such_field":1}'; expect_status 400
api GET "/api/v1/risks/$AID/history"; expect_status 200
check "the history has the insert and the change" [ "$(jq '[.. | objects | select(has("action"))] | length' "$BODY")" -ge 2 ]
as observer
api PATCH "/api/v1/risks/$AID" '{"description":"x"}'; expect_status 403
as wg_lead
api DELETE "/api/v1/risks/$AID"; expect_status 200 204
api GET "/api/v1/risks/$AID"; expect_status 404
api GET /api/v1/me; expect_status 200
check "me: the lead's role" [ "$(jq -r '.role // .account.role' "$BODY")" = wg_lead ]

# ---- joint publication ---------------------------------------------------
# approve KIND ID WHO: through the page for goals, the API for documents.
approve() {
  as "$3"
  if [ "$1" = goal ]; then approve_form goal "$2"
  else approve_api document "$2"; fi
}
public_sees() { req_public GET "$1"; [ "$ST" = 200 ]; }
req_public() { _r=$CUR_ROLE; CUR_ROLE=public; req "$@"; CUR_ROLE=$_r; }
for kind in goal document; do
  if [ $kind = goal ]; then
    acc goal add --dialogue_id us-rs --area_id us-rs/area/econ --code zmk-w-pub \
      --title "Zmk-w public goal" --kind milestone --classification public >/dev/null
    ID=$(acc goal show zmk-w-pub --json | jq -r .id); page="/goal/$ID"
    need_route POST /goal/:id/approve || continue
  else
    acc document add --dialogue_id us-rs --code zmk-w-doc --kind joint_statement \
      --title "Zmk-w joint statement" --classification public >/dev/null
    ID=$(acc document show zmk-w-doc --json | jq -r .id); page="/api/v1/documents/$ID"
    need_route POST /api/v1/documents/:id/approve || continue
  fi
  LAST="public GET $page"
  check "$kind: not public before any approval" not public_sees "$page"
  approve $kind "$ID" us-cochair; expect_status 200 201 204 303
  check "$kind: not public with the US approval only" not public_sees "$page"
  approve $kind "$ID" us-cochair2; expect_status 200 201 204 303 409
  check "$kind: two US co-chairs are still one party" not public_sees "$page"
  approve $kind "$ID" secretariat; expect_status 403
  approve $kind "$ID" rs-cochair; expect_status 200 201 204 303
  check "$kind: public once both parties approved" public_sees "$page"
  api GET "/api/v1/${kind}s/$ID/approvals"; expect_status 200
  check "$kind: the approvals name both parties" \
    sh -c "grep -q 'us-rs/us\|\"party_id\": *1\|United States' '$BODY' && grep -q 'us-rs/rs\|\"party_id\": *2\|Serbia' '$BODY'"
  # A change makes a draft: the public keeps the approved version until
  # both parties approve the new one (src/store/publish.c).
  as secretariat
  api PATCH "/api/v1/${kind}s/$ID" '{"title":"Zmk-w changed after approval"}'
  expect_status 200
  check "$kind: a change keeps the approved version public" public_sees "$page"
  check "$kind: the public does not see the draft" \
    not grep -q "Zmk-w changed after approval" "$BODY"
  check "$kind: the public sees the approved text" grep -q "Zmk-w" "$BODY"
  req_public GET "/api/v1/${kind}s"
  check "$kind: the public list has no draft" not grep -q "Zmk-w changed after approval" "$BODY"
  approve $kind "$ID" us-cochair; expect_status 200 201 204 303
  req_public GET "$page"
  check "$kind: one party's approval publishes nothing" \
    not grep -q "Zmk-w changed after approval" "$BODY"
  approve $kind "$ID" rs-cochair; expect_status 200 201 204 303
  req_public GET "$page"
  check "$kind: both parties' approval publishes the change" \
    grep -q "Zmk-w changed after approval" "$BODY"
done
done_testing
