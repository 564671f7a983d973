# t_history.sh: an item's history shows a reader only what the reader
# could have seen when each change was made, in the HTML history table
# and in GET /api/v1/KINDS/{id}/history alike:
#   - a goal downgraded from restricted to internal keeps its
#     restricted-era title and means from an observer;
#   - a deleted item's id is never given to a new item, whose page shows
#     none of the old item's history;
#   - an observation moved off a restricted indicator keeps its note and
#     value of that time from an observer; and a decision of a meeting
#     that was restricted when the decision was written, or moved from a
#     restricted meeting, the same.
# The secretariat (cleared for restricted) still sees every old value.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start

# The id in the JSON reply of the last request.
reply_id() { jq -r '.id // empty' "$BODY"; }
# Whether the last API history reply lists N or more redacted entries.
redacted_at_least() {
  _n=$(jq '[.entries[] | select(.redacted == true and .data == null)]
           | length' "$BODY")
  [ "${_n:-0}" -ge "$1" ]
}

# ---- (a) a restricted goal downgraded to internal -------------------------
GID=$(acc goal show us-rs/goal/joint-exercises --json | jq -r .id)
check "the demo's restricted goal exists" [ -n "$GID" ]
as secretariat
api PATCH "/api/v1/goals/$GID" \
  '{"title":"Zqh restricted-era title","means":"Zqh restricted-era means"}'
expect_status 200
api PATCH "/api/v1/goals/$GID" \
  '{"classification":"internal","title":"Zqh joint exercises","means":"Zqh agreed means"}'
expect_status 200
as observer
req GET "/goal/$GID"; expect_status 200
expect_body "Zqh joint exercises"
expect_no_body "Zqh restricted-era title"
expect_no_body "Zqh restricted-era means"
expect_no_body "Holding a minimum of 3 joint military exercises annually"
expect_body "redacted"
api GET "/api/v1/goals/$GID/history"; expect_status 200
expect_no_body "Zqh restricted-era"
expect_no_body "Holding a minimum of 3 joint military exercises"
check "the observer's API history redacts the three restricted-era entries" \
  redacted_at_least 3
as secretariat
req GET "/goal/$GID"; expect_status 200
expect_body "Zqh restricted-era title"
api GET "/api/v1/goals/$GID/history"; expect_status 200
expect_body "Zqh restricted-era means"
check "the secretariat's API history redacts nothing" \
  sh -c "[ \"\$(jq '[.entries[] | select(.redacted == true)] | length' '$BODY')\" = 0 ]"

# ---- (b) ids are never given twice ---------------------------------------
as secretariat
api POST /api/v1/risks \
  '{"dialogue_id":"us-rs","code":"zqh-risk-1","description":"Zqh secret risk","state":"open","classification":"restricted"}'
expect_status 201 200
R1=$(reply_id)
check "the restricted risk has an id" [ -n "$R1" ]
api DELETE "/api/v1/risks/$R1"; expect_status 200 204
api POST /api/v1/risks \
  '{"dialogue_id":"us-rs","code":"zqh-risk-2","description":"Zqh open risk","state":"open","classification":"internal"}'
expect_status 201 200
R2=$(reply_id)
check "the new risk has an id" [ -n "$R2" ]
check "the new risk does not get the deleted risk's id ($R1)" \
  [ "$R2" != "$R1" ]
as observer
req GET "/item/risk/$R2"; expect_status 200
expect_body "Zqh open risk"
expect_no_body "Zqh secret risk"
expect_no_body "zqh-risk-1"
expect_no_body "<td>delete</td>"
api GET "/api/v1/risks/$R2/history"; expect_status 200
expect_no_body "Zqh secret risk"
check "the new risk's history is its insert alone" \
  sh -c "[ \"\$(jq '.entries | length' '$BODY')\" = 1 ]"
as secretariat
api GET "/api/v1/risks/$R2/history"; expect_status 200
expect_no_body "Zqh secret risk"
# Reopening the database does not give the id again either.
srv_stop
acc risk rm zqh-risk-2 >/dev/null
srv_start
as secretariat
api POST /api/v1/risks \
  '{"dialogue_id":"us-rs","code":"zqh-risk-3","description":"Zqh third risk","state":"open","classification":"internal"}'
expect_status 201 200
R3=$(reply_id)
check "after a restart the deleted ids stay unused ($R1 $R2 -> $R3)" \
  [ "${R3:-0}" -gt "$R2" ]

# ---- (c) an observation moved off a restricted indicator -----------------
INT_IND=$(acc indicator show us-rs/ind/diplomats-trained --json | jq -r .id)
as secretariat
api POST /api/v1/observations \
  '{"indicator_id":"us-rs/ind/joint-exercises","period":"2025","value":913377,"note":"Zqh restricted-era note"}'
expect_status 201 200
OID=$(reply_id)
check "the observation has an id" [ -n "$OID" ]
api PATCH "/api/v1/observations/$OID" \
  "{\"indicator_id\":$INT_IND,\"value\":12,\"note\":\"Zqh moved note\"}"
expect_status 200
as observer
req GET "/item/observation/$OID"; expect_status 200
expect_body "Zqh moved note"
expect_no_body "Zqh restricted-era note"
expect_no_body "913377"
expect_no_body "913,377"
api GET "/api/v1/observations/$OID/history"; expect_status 200
expect_no_body "Zqh restricted-era note"
expect_no_body "913377"
check "the observer's API history redacts the insert and the move" \
  redacted_at_least 2
as secretariat
api GET "/api/v1/observations/$OID/history"; expect_status 200
expect_body "Zqh restricted-era note"

# ---- (d) decisions of restricted meetings ---------------------------------
as secretariat
api POST /api/v1/meetings \
  '{"dialogue_id":"us-rs","code":"zqh-mtg-1","kind":"other","title":"Zqh meeting one","state":"planned","classification":"restricted"}'
expect_status 201 200
M1=$(reply_id)
api POST /api/v1/decisions \
  "{\"meeting_id\":$M1,\"text\":\"Zqh secret decision one\"}"
expect_status 201 200
D1=$(reply_id)
api PATCH "/api/v1/decisions/$D1" "{\"text\":\"Zqh secret decision two\"}"
expect_status 200
# The meeting downgraded later: the decision's older entries stay hidden.
api PATCH "/api/v1/meetings/$M1" \
  '{"classification":"internal","title":"Zqh meeting open"}'
expect_status 200
# A second decision moved from the restricted meeting to an internal one.
api POST /api/v1/meetings \
  '{"dialogue_id":"us-rs","code":"zqh-mtg-2","kind":"other","title":"Zqh meeting two","state":"planned","classification":"restricted"}'
expect_status 201 200
M2=$(reply_id)
api POST /api/v1/decisions \
  "{\"meeting_id\":$M2,\"text\":\"Zqh secret decision three\"}"
expect_status 201 200
D2=$(reply_id)
api PATCH "/api/v1/decisions/$D2" \
  "{\"meeting_id\":$M1,\"text\":\"Zqh decision moved\"}"
expect_status 200
as observer
# D1's text now (two) is visible now; its first text was not, ever.
for _d in "$D1" "$D2"; do
  req GET "/item/decision/$_d"; expect_status 200
  expect_no_body "Zqh secret decision one"
  expect_no_body "Zqh secret decision three"
  api GET "/api/v1/decisions/$_d/history"; expect_status 200
  expect_no_body "Zqh secret decision one"
  expect_no_body "Zqh secret decision three"
  expect_no_body "Zqh meeting two"
  check "the observer's API history of decision $_d redacts two entries" \
    redacted_at_least 2
done
req GET "/meeting/$M1"; expect_status 200
expect_body "Zqh meeting open"
expect_body "Zqh decision moved"
expect_no_body "Zqh meeting one"
expect_no_body "Zqh secret decision one"
api GET "/api/v1/meetings/$M1/history"; expect_status 200
expect_no_body "Zqh meeting one"
as secretariat
api GET "/api/v1/decisions/$D1/history"; expect_status 200
expect_body "Zqh secret decision one"

# ---- the public: approved versions only (src/store/publish.c) ----------
# A risk is public once its dialogue publishes risks and both parties
# approved it; the public's history shows an entry only if the versions
# before and after it were both published.
RID=$(acc risk show us-rs/risk/partners-threat --json | jq -r .id)
DID=$(acc dialogue show us-rs --json | jq -r .id)
both_approve() {   # both_approve KIND-PLURAL ID
  for who in us-cochair rs-cochair; do
    as $who; approve_api "${1%s}" "$2"; expect_status 200
  done
}
as secretariat
api PATCH "/api/v1/risks/$RID" '{"mitigation":"Zqh internal mitigation"}'
expect_status 200
api PATCH "/api/v1/risks/$RID" \
  '{"classification":"public","mitigation":"Zqh public mitigation"}'
expect_status 200
as public
req GET "/item/risk/$RID"; expect_status 404
as secretariat
api PATCH "/api/v1/dialogues/$DID" '{"publish_risks":true}'
expect_status 200
both_approve dialogues "$DID"
both_approve risks "$RID"
as secretariat
api PATCH "/api/v1/risks/$RID" '{"review_on":"2027-01-31"}'
expect_status 200
as public
req GET "/item/risk/$RID"; expect_status 200
expect_body "Zqh public mitigation"
expect_no_body "Zqh internal mitigation"
expect_no_body "2027-01-31"
expect_no_body "31 January 2027"
check "the public sees no change of an unpublished version" \
  not grep -q "fld\">Review on" "$BODY"
both_approve risks "$RID"
as public
req GET "/item/risk/$RID"; expect_status 200
expect_body "31 January 2027"     # a date as English writes it (l10n.h)
expect_no_body "Zqh internal mitigation"
expect_no_body "redacted"
check "the public sees the change between two published versions" \
  grep -q "fld\">Review on" "$BODY"
check "the public sees no field of a change made before publication" \
  not grep -q "fld\">Mitigation" "$BODY"

done_testing
