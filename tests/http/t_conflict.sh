# t_conflict.sh: no lost updates.  An item's API reply carries its version
# as ETag; a PATCH or DELETE with If-Match of a version that is no longer
# current is refused with 409 (the error, the current version and item)
# and changes nothing; a malformed If-Match is 400; none writes as before.
# Two people editing the same risk in the HTML forms: the second save is
# refused with 409, the first change shown, the second person's text kept,
# and saving again goes through.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start

RID=$(acc risk show us-rs/risk/public-misperception --json | jq -r .id)
# etag_of: the ETag header of the last reply.
etag_of() {
  sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' "$HDR" | tr -d '\r' | head -n 1
}
# patch_if ETAG PATH JSON: a PATCH with If-Match (none if ETAG is -).
patch_if() {
  if [ "$1" = - ]; then
    req PATCH "$2" -H 'Content-Type: application/json' --data-binary "$3"
  else
    req PATCH "$2" -H 'Content-Type: application/json' -H "If-Match: $1" \
      --data-binary "$3"
  fi
}

# ---- the API ---------------------------------------------------------------
as secretariat
api GET "/api/v1/risks/$RID"; expect_status 200
E1=$(etag_of)
case "$E1" in '"v'[0-9]*'"') t_ok ;; *) t_fail "GET gives a version ETag, got '$E1'" ;; esac
# The ETag is the item's latest audit entry.
V1=$(sqlite3 "$DB" "SELECT max(id) FROM audit_log WHERE entity='risk' AND item_id=$RID")
expect_same "$E1" "\"v$V1\"" "the ETag names the latest audit entry"
# A copy still current answers 304.
req GET "/api/v1/risks/$RID" -H "If-None-Match: $E1"
expect_status 304

patch_if "$E1" "/api/v1/risks/$RID" '{"mitigation":"US: joint press events"}'
expect_status 200
E2=$(etag_of)
check "PATCH gives the new ETag" [ -n "$E2" ] && [ "$E2" != "$E1" ]
V2=$(sqlite3 "$DB" "SELECT max(id) FROM audit_log WHERE entity='risk' AND item_id=$RID")
expect_same "$E2" "\"v$V2\"" "the new ETag names the new version"
api GET "/api/v1/risks/$RID"; expect_status 200
expect_same "$(etag_of)" "$E2" "GET after the PATCH gives its ETag"

# The other secretariat, from the old version: refused, nothing changes.
as rs-secretariat
api GET "/api/v1/risks/$RID"; expect_status 200
D0=$(db_digest)
patch_if "$E1" "/api/v1/risks/$RID" '{"mitigation":"RS: media outreach"}'
expect_status 409
check "409: the error names If-Match" \
  sh -c "jq -e '.error.field==\"If-Match\" and (.error.message|test(\"changed by someone else\"))' '$BODY'"
check "409: the current version" \
  sh -c "jq -e '.etag==\"\\\"v$V2\\\"\" and .version==$V2' '$BODY'"
check "409: the current item, with the other change" \
  sh -c "jq -e '.current.mitigation==\"US: joint press events\"' '$BODY'"
expect_header ETag "\"v$V2\""
expect_same "$(db_digest)" "$D0" "a stale PATCH changes nothing"
check "the first change stays" \
  sh -c "acc risk show $RID --json | jq -e '.mitigation==\"US: joint press events\"'"

# DELETE with a stale If-Match: 409, nothing removed.
req DELETE "/api/v1/risks/$RID" -H "If-Match: $E1"
expect_status 409
expect_same "$(db_digest)" "$D0" "a stale DELETE changes nothing"
check "the risk is still there" acc risk show "$RID"

# Malformed If-Match: 400 naming the header, nothing changes.
for bad in 'v12' '"12"' 'W/"v12"' '"v12" junk' '"v"' '"v01"' '"v-1"' '"v12", "v13"'; do
  patch_if "$bad" "/api/v1/risks/$RID" '{"mitigation":"RS: bad header"}'
  expect_status 400
  check "400 names If-Match ($bad)" \
    sh -c "jq -e '.error.field==\"If-Match\"' '$BODY'"
  req DELETE "/api/v1/risks/$RID" -H "If-Match: $bad"
  expect_status 400
done
expect_same "$(db_digest)" "$D0" "a malformed If-Match changes nothing"

# From the current version: goes through.  "*" and no If-Match as before.
patch_if "$E2" "/api/v1/risks/$RID" '{"mitigation":"RS: media outreach"}'
expect_status 200
patch_if '*' "/api/v1/risks/$RID" '{"likelihood":"medium"}'
expect_status 200
patch_if - "/api/v1/risks/$RID" '{"likelihood":"low"}'
expect_status 200
check "the writes went through" \
  sh -c "acc risk show $RID --json | jq -e '.mitigation==\"RS: media outreach\" and .likelihood==\"low\"'"

# DELETE with the current If-Match removes a new risk.
api POST /api/v1/risks '{"dialogue_id":"us-rs","code":"us-rs/risk/zz-conflict","description":"To remove"}'
expect_status 201
EN=$(etag_of)
NID=$(jq -r .id "$BODY")
check "POST gives an ETag" [ -n "$EN" ]
req DELETE "/api/v1/risks/$NID" -H "If-Match: $EN"
expect_status 200
check "the new risk is gone" not acc risk show "$NID"

# The OpenAPI document lists the header and the 409 of item writes.
req GET /api/v1/openapi.json; expect_status 200
for m in patch delete; do
  check "OpenAPI: $m of an item takes If-Match" sh -c "jq -e '.paths[\"/api/v1/risks/{id}\"].$m.parameters | map(.\"\$ref\" // \"\") | index(\"#/components/parameters/IfMatch\")' '$BODY'"
  check "OpenAPI: $m of an item may answer 409 Stale" sh -c "jq -e '.paths[\"/api/v1/risks/{id}\"].$m.responses[\"409\"] | tostring | test(\"Stale\")' '$BODY'"
done
check "OpenAPI: GET of an item gives an ETag" sh -c "jq -e '.paths[\"/api/v1/risks/{id}\"].get.responses[\"200\"].headers.ETag' '$BODY'"
check "OpenAPI: the If-Match header" sh -c "jq -e '.components.parameters.IfMatch.in==\"header\"' '$BODY'"

# An item with no audit entry of its own (an observation imported in bulk)
# has version "v0", and If-Match "v0" still guards it.
IND=$(acc indicator list --json | jq -r '[.[] | select(.frequency=="year")][0].code')
printf 'indicator,period,value,source,note\n%s,1999,7,,bulk\n' "$IND" >bulk.csv
check "a bulk import" acc import observations bulk.csv
OID=$(sqlite3 "$DB" "SELECT max(id) FROM observation")
as secretariat
api GET "/api/v1/observations/$OID"; expect_status 200
expect_same "$(etag_of)" '"v0"' "an item without audit entries has version v0"
patch_if '"v0"' "/api/v1/observations/$OID" '{"note":"first"}'
expect_status 200
patch_if '"v0"' "/api/v1/observations/$OID" '{"note":"second"}'
expect_status 409
check "the first change to the imported item stays" \
  sh -c "acc observation show $OID --json | jq -e '.note==\"first\"'"

# ---- the HTML forms ----------------------------------------------------------
# version_in_body: the hidden version field of the last page.
version_in_body() {
  sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' "$BODY" | head -n 1
}
as secretariat
req GET "/edit/risk/$RID"; expect_status 200
VA=$(version_in_body)
as rs-secretariat
req GET "/edit/risk/$RID?lang=sr-Latn"; expect_status 200
VB=$(version_in_body)
check "the edit form carries the version" [ -n "$VA" ]
expect_same "$VA" "$VB" "both forms made from the same version"

as secretariat
form "/edit/risk/$RID" version="$VA" "description=US text: misperception"
expect_status 303
D1=$(db_digest)
as rs-secretariat
form "/edit/risk/$RID?lang=sr-Latn" version="$VB" \
  "description=Serbian typed text" "mitigation=RS form mitigation"
expect_status 409
expect_same "$(db_digest)" "$D1" "the second save changes nothing"
expect_body "US text: misperception"
expect_body "Serbian typed text"
expect_body "RS form mitigation"
expect_body "neko drugi je izmenio ovu stavku"
expect_body "us-secretariat"
check "the second person's text is in the form field" \
  grep -q '<input[^>]*name="description" value="Serbian typed text"' "$BODY"
VC=$(version_in_body)
V3=$(sqlite3 "$DB" "SELECT max(id) FROM audit_log WHERE entity='risk' AND item_id=$RID")
expect_same "$VC" "$V3" "the form now carries the current version"
# Saving again is a choice: it goes through.
form "/edit/risk/$RID" version="$VC" "description=Serbian typed text" \
  "mitigation=RS form mitigation"
expect_status 303
check "the re-save went through" \
  sh -c "acc risk show $RID --json | jq -e '.description==\"Serbian typed text\"'"
# Two others changed two fields meanwhile: both are listed, with both
# logins, each field from its value then to its value now.
as secretariat
req GET "/edit/risk/$RID"; expect_status 200
VF=$(version_in_body)
as rs-secretariat
form "/edit/risk/$RID" version="$VF" "mitigation=RS second mitigation"
expect_status 303
as cochair
api GET "/api/v1/risks/$RID"; expect_status 200
patch_if "$(etag_of)" "/api/v1/risks/$RID" '{"likelihood":"high"}'
expect_status 200
as secretariat
form "/edit/risk/$RID" version="$VF" "description=US late text"
expect_status 409
expect_body "RS form mitigation</del>"
expect_body "RS second mitigation</ins>"
expect_body ">high</ins>"
expect_body "us-cochair, rs-secretariat"
check "the late writer's text is kept" \
  grep -q '<input[^>]*name="description" value="US late text"' "$BODY"
# A form without the version field saves as before.
form "/edit/risk/$RID" "mitigation=No version field"
expect_status 303
# A version that is not a number: 400 naming the field.
form "/edit/risk/$RID" version=abc "mitigation=Bad version"
expect_status 400
expect_body version

# The delete confirmation carries the version too.
as secretariat
api POST /api/v1/risks '{"dialogue_id":"us-rs","code":"us-rs/risk/zz-form","description":"To remove by form"}'
expect_status 201
FID=$(jq -r .id "$BODY")
req GET "/delete/risk/$FID"; expect_status 200
VD=$(version_in_body)
check "the delete form carries the version" [ -n "$VD" ]
as rs-secretariat
form "/edit/risk/$FID" "description=Changed meanwhile"
expect_status 303
as secretariat
D2=$(db_digest)
form "/delete/risk/$FID" confirm=yes version="$VD"
expect_status 409
expect_same "$(db_digest)" "$D2" "a stale removal changes nothing"
expect_body "Changed meanwhile"
VE=$(version_in_body)
check "the confirmation now carries the current version" \
  [ -n "$VE" ] && [ "$VE" != "$VD" ]
form "/delete/risk/$FID" confirm=yes version="$VE"
expect_status 303
check "removed after confirming again" not acc risk show "$FID"

srv_stop
done_testing
