#!/bin/sh
# t_hidden.sh: an item a reader may not see is indistinguishable from one
# that does not exist (issue 7, finding 6; docs/design.md "Hidden items"):
#   (a) a duplicate code of a hidden item names nothing about it;
#   (b) a refused removal names none of the (hidden) items referring to it;
#   (c) every route answers a hidden id exactly as a missing one;
#   (d) a write the reader cannot see leaves the ETags of its replies;
#   (e) references to hidden items are left out of replies, pages and
#       exports, and a writer who cannot see them does not clear them.
. "$(dirname "$0")/lib.sh"
http_setup

# Fixtures, written by the command line (which sees everything).
acc decision set 1 --goal_id us-rs/goal/joint-exercises >/dev/null
acc source add --code t-hidden-src --title "Only hidden items use it" \
  >/dev/null
acc observation add --indicator_id us-rs/ind/joint-exercises \
  --period 2025 --value 2 --source_id t-hidden-src >/dev/null
acc source add --code t-visible-src --title "A visible item uses it" \
  >/dev/null
acc observation add --indicator_id us-rs/ind/trade-total \
  --period 2005-01 --value 5 --source_id t-visible-src >/dev/null
acc dialogue add --code t-secret --title "Secret talks" --state proposed \
  --classification restricted >/dev/null
q() { sqlite3 "$DB" "$1"; }
G_R=$(q "SELECT id FROM goal WHERE code='us-rs/goal/joint-exercises'")
G_I=$(q "SELECT id FROM goal WHERE code='us-rs/goal/trade-barriers'")
G_V=$(q "SELECT id FROM goal WHERE code='us-rs/goal/fulbright'")
I_R=$(q "SELECT id FROM indicator WHERE code='us-rs/ind/joint-exercises'")
O_R=$(q "SELECT max(id) FROM observation WHERE indicator_id=$I_R")
D_R=$(q "SELECT id FROM dialogue WHERE code='t-secret'")
S_H=$(q "SELECT id FROM source WHERE code='t-hidden-src'")
S_V=$(q "SELECT id FROM source WHERE code='t-visible-src'")
MISSING=987654
srv_start

# ---- (a) codes ----------------------------------------------------------
msg() { jq -r '.error.message' "$BODY" 2>/dev/null; }
as wg_lead
api POST /api/v1/goals '{"dialogue_id":"us-rs","area_id":"us-rs/area/econ",
  "code":"us-rs/goal/joint-exercises","title":"t","kind":"milestone"}'
expect_status 409
H_MSG=$(msg)
expect_same "$H_MSG" 'code: a goal with code "us-rs/goal/joint-exercises" already exists' \
  "a hidden goal's code is only said to be in use"
expect_no_body "$G_R"
expect_no_body "joint military"
api POST /api/v1/goals '{"dialogue_id":"us-rs","area_id":"us-rs/area/econ",
  "code":"us-rs/goal/fulbright","title":"t","kind":"milestone"}'
expect_status 409
V_MSG=$(msg)
expect_same "$V_MSG" "code: a goal with code \"us-rs/goal/fulbright\" already exists (id $G_V)" \
  "a visible goal's code names it"
# The hidden form is the visible one without the name.
expect_same "$(printf '%s' "$H_MSG" | sed 's#"[^"]*"#"C"#')" \
  "$(printf '%s' "$V_MSG" | sed -e 's#"[^"]*"#"C"#' -e 's# (id [0-9]*)$##')" \
  "a hidden code answers as a visible one without its name"
api POST /api/v1/indicators '{"dialogue_id":"us-rs",
  "code":"us-rs/ind/joint-exercises","name":"t","unit":"u",
  "frequency":"year","aggregation":"sum"}'
expect_status 409
expect_same "$(msg)" 'code: an indicator with code "us-rs/ind/joint-exercises" already exists' \
  "a hidden indicator's code is only said to be in use"
# The same through the form.
form /new/goal dialogue_id=us-rs area_id=us-rs/area/econ \
  code=us-rs/goal/joint-exercises title=t kind=milestone \
  classification=internal
expect_body "already exists"
expect_no_body "joint military"
expect_no_body "/goal/$G_R\""
# Changing a visible item's code to a hidden one: the same answer.
api PATCH "/api/v1/goals/$G_V" '{"code":"us-rs/goal/joint-exercises"}'
expect_status 409
expect_same "$(msg)" 'code: a goal with code "us-rs/goal/joint-exercises" already exists' \
  "an update to a hidden code names nothing"

# ---- (b) removals -------------------------------------------------------
# A source official data cite changes only through a secretariat (authz.c):
# the lead's removal is refused (403) before the referrers are looked at,
# with the same words whether they are hidden or not.
as wg_lead
api DELETE "/api/v1/sources/$S_H"
expect_status 403
B_H=$(msg | sed "s/ $S_H / N /")
expect_no_body "observation"
expect_no_body "indicator"
expect_no_body "joint"
api DELETE "/api/v1/sources/$S_V"
expect_status 403
B_V=$(msg | sed "s/ $S_V / N /")
expect_same "$B_H" "$B_V" "a removal refused for hidden referrers names none"
form "/delete/source/$S_H" confirm=yes
expect_no_body "joint"
expect_no_body "/item/observation/$O_R"

# ---- (c) a hidden id answers as a missing one ---------------------------
# same_as_missing ROLE METHOD TEMPLATE HIDDEN-ID [JSON]: the reply to the
# path with the hidden id and to the path with $MISSING must be the same
# (status and body, each id replaced by X).
same_as_missing() {
  sm_r=$1; sm_m=$2; sm_t=$3; sm_h=$4; sm_j=${5:-}
  as "$sm_r"
  for sm_w in h m; do
    if [ $sm_w = h ]; then sm_id=$sm_h; else sm_id=$MISSING; fi
    sm_p=$(printf '%s' "$sm_t" | sed "s/{}/$sm_id/g")
    case "$sm_p" in
      /api/*) if [ -n "$sm_j" ]; then api "$sm_m" "$sm_p" "$sm_j"
              else api "$sm_m" "$sm_p"; fi ;;
      *) if [ "$sm_m" = POST ]; then form "$sm_p" confirm=yes
         else req "$sm_m" "$sm_p"; fi ;;
    esac
    eval "sm_st_$sm_w=\$ST"
    sed -e "s/\\b$sm_h\\b/X/g" -e "s/\\b$MISSING\\b/X/g" "$BODY" \
      >"$DIR/.cmp.$sm_w"
  done
  if [ "$sm_st_h" = "$sm_st_m" ] && cmp -s "$DIR/.cmp.h" "$DIR/.cmp.m"; then
    t_ok
  else
    t_fail "$sm_r $sm_m $sm_t: hidden id $sm_h -> $sm_st_h, missing -> $sm_st_m"
    diff "$DIR/.cmp.h" "$DIR/.cmp.m" | head -6
  fi
}
walk() {   # ROLE GOAL INDICATOR OBSERVATION DIALOGUE (ids it may not see)
  wk_ro=$1; wk_g=$2; wk_i=$3; wk_o=$4; wk_d=$5
  for wk_pt in "/goal/{}" "/goal/{}?obs=all" "/item/goal/{}" "/edit/goal/{}" \
      "/delete/goal/{}" "/api/v1/goals/{}" "/api/v1/goals/{}/status" \
      "/api/v1/goals/{}/approvals" "/api/v1/goals/{}/history" \
      "/api/v1/goals?code={}" "/api/v1/decisions?goal_id={}"; do
    same_as_missing "$wk_ro" GET "$wk_pt" "$wk_g"
  done
  same_as_missing "$wk_ro" PATCH "/api/v1/goals/{}" "$wk_g" '{"note":"x"}'
  same_as_missing "$wk_ro" DELETE "/api/v1/goals/{}" "$wk_g"
  same_as_missing "$wk_ro" POST "/api/v1/goals/{}/approve" "$wk_g" '{}'
  same_as_missing "$wk_ro" POST "/goal/{}/approve" "$wk_g"
  same_as_missing "$wk_ro" POST "/delete/goal/{}" "$wk_g"
  for wk_pt in "/item/indicator/{}" "/api/v1/indicators/{}" \
      "/api/v1/observations?indicator_id={}" \
      "/observations.sdmx.csv?indicator={}"; do
    same_as_missing "$wk_ro" GET "$wk_pt" "$wk_i"
  done
  for wk_pt in "/item/observation/{}" "/api/v1/observations/{}"; do
    same_as_missing "$wk_ro" GET "$wk_pt" "$wk_o"
  done
  same_as_missing "$wk_ro" POST "/api/v1/observations/{}/prefer" "$wk_o" '{}'
  same_as_missing "$wk_ro" POST "/observation/{}/prefer" "$wk_o"
  for wk_pt in "/dialogue/{}" "/dialogue/{}/risks" "/dialogue/{}/calendar.ics" \
      "/dialogue/{}/dimensions" "/api/v1/dialogues/{}/dimensions" \
      "/dialogue/{}/report/quarterly.html" "/dialogue/{}/report/public.csv" \
      "/api/v1/dialogues/{}" "/api/v1/dialogues/{}/status" \
      "/calendar.ics?dialogue={}" "/observations.sdmx.csv?dialogue={}"; do
    same_as_missing "$wk_ro" GET "$wk_pt" "$wk_d"
  done
}
walk public "$G_I" "$I_R" "$O_R" "$D_R"
walk observer "$G_R" "$I_R" "$O_R" "$D_R"
walk wg_lead "$G_R" "$I_R" "$O_R" "$D_R"

# ---- (d) ETags do not change with writes the reader cannot see ----------
as public
etag() { sed -n 's/^[Ee][Tt][Aa][Gg]: *\([^[:space:]]*\).*/\1/p' "$HDR" | head -n 1; }
for _pt in /api/v1/goals / /dialogue/1 /api/v1/decisions /api/v1/dialogues \
    /dialogue/1/report/public.html /dialogue/1/report/public.csv \
    /calendar.ics /observations.sdmx.csv; do
  as public
  req GET "$_pt"
  _e1=$(etag)
  check "public $_pt has an ETag" test -n "$_e1"
  as cochair
  api PATCH "/api/v1/goals/$G_R" "{\"note\":\"restricted change $_pt\"}"
  expect_status 200
  as public
  req GET "$_pt"
  expect_same "$(etag)" "$_e1" "public ETag of $_pt after a restricted write"
  req GET "$_pt" -H "If-None-Match: $_e1"
  expect_status 304
  # The first request after another such write, conditional: the reply
  # is built afresh (a new data version), the same bytes, so 304 too.
  as cochair
  api PATCH "/api/v1/goals/$G_R" "{\"note\":\"restricted change 2 $_pt\"}"
  expect_status 200
  as public
  req GET "$_pt" -H "If-None-Match: $_e1"
  expect_status 304
done

# The public's IATI export and report do not move with a restricted write.
acc export iati --as-viewer public >"$DIR/iati1.xml" 2>/dev/null
acc report public --as-viewer public >"$DIR/pub1.html" 2>/dev/null
acc goal set "$G_R" --note "one more restricted change" >/dev/null
acc export iati --as-viewer public >"$DIR/iati2.xml" 2>/dev/null
acc report public --as-viewer public >"$DIR/pub2.html" 2>/dev/null
check "IATI export as the public after a restricted write" \
  cmp -s "$DIR/iati1.xml" "$DIR/iati2.xml"
check "public report after a restricted write" \
  cmp -s "$DIR/pub1.html" "$DIR/pub2.html"

# ---- (e) references to hidden items are left out -------------------------
for _r in public observer wg_lead; do
  as $_r
  api GET /api/v1/decisions/1
  expect_status 200
  expect_same "$(jq -r '.goal_id' "$BODY")" null "$_r: decision's hidden goal_id"
  api GET /api/v1/decisions
  expect_same "$(jq -r '.decisions[] | select(.id==1) | .goal_id' "$BODY")" \
    null "$_r: hidden goal_id in the list"
  req GET /item/decision/1
  expect_status 200
  expect_no_body "/goal/$G_R\""
  expect_no_body "joint military"
  req GET /meeting/1
  expect_no_body "/goal/$G_R\""
done
as cochair
api GET /api/v1/decisions/1
expect_same "$(jq -r '.goal_id' "$BODY")" "$G_R" "a co-chair sees the goal_id"
# A writer who cannot see the reference keeps it when changing the item.
as wg_lead
api PATCH /api/v1/decisions/1 '{"text":"Changed by a lead"}'
expect_status 200
expect_same "$(jq -r '.goal_id' "$BODY")" null "the reply leaves it out"
expect_same "$(q 'SELECT goal_id FROM decision WHERE id=1')" "$G_R" \
  "the hidden goal_id is kept"
expect_same "$(q 'SELECT text FROM decision WHERE id=1')" \
  "Changed by a lead" "the change is made"
# The history: the fixture's update set goal_id from null to the hidden
# goal; a reader who may not see the goal sees null on both sides.
as observer
api GET /api/v1/decisions/1/history
expect_status 200
expect_same "$(jq -c '[.entries[].data.goal_id // empty | .[]?] | map(select(. != null))' "$BODY")" \
  "[]" "observer: the history names no hidden goal id"
req GET /item/decision/1
expect_no_body "<q>$G_R</q>"
as cochair
api GET /api/v1/decisions/1/history
check "co-chair: the history names the goal id" \
  grep -q "$G_R" "$BODY"
# Exports as a reader.
acc export decision --format json --as-viewer internal >"$DIR/dec.json"
check "export --as-viewer internal leaves the goal out" \
  test "$(jq -r '.[] | select(.id==1) | .goal_id' "$DIR/dec.json")" = null
acc export decision --as-viewer public >"$DIR/dec.csv"
check "CSV export --as-viewer public leaves the goal out" \
  not grep -q ",$G_R,Changed" "$DIR/dec.csv"
acc export decision --format json >"$DIR/dec-all.json"
check "the full export keeps it" \
  test "$(jq -r '.[] | select(.id==1) | .goal_id' "$DIR/dec-all.json")" = "$G_R"

done_testing
