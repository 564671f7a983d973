#!/bin/sh
# t_coherent.sh: on SQLite, a write by another process is seen by a
# running server at once.  Two servers (A and B) serve one database; the
# command line writes behind both.  Every cache the servers keep (the
# reply cache of pages and API answers, with their ETags, and the cache
# of sessions and tokens) is valid only for the data version it was
# filled at (store_data_version(): the latest audit entry), so:
#   - a page or API answer changed by the CLI, or through the other
#     server, is new on the next request, with a new ETag;
#   - a session made on one server works on the other, and ends on both
#     when its account is disabled on the CLI;
#   - an API token revoked, or a role lowered, on the CLI is refused by
#     both at once.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start --workers 3
A=$BASE; PID_A=$SRV_PID
srv_start --workers 1
B=$BASE; PID_B=$SRV_PID
SRV_PID=""

# get URL [CURL-ARGS...]: GET with the role's token (API) or nothing.
get() {
  _u=$1; shift
  LAST="GET $_u"
  ST=$(curl -s -g -o "$BODY" -D "$HDR" -w '%{http_code}' "$@" "$_u")
}
etag() { sed -n 's/^[Ee][Tt]ag: *//p' "$HDR" | tr -d '\r'; }
title_of() { jq -r .title "$BODY"; }

# ---- a public page: published on the CLI, new on both ---------------------
get "$A/dialogue/1"; expect_status 200
expect_body "US–Serbia strategic dialogue"
E_A=$(etag)
get "$B/dialogue/1"; expect_status 200
E_B=$(etag)
check "public pages carry an ETag" test -n "$E_A"
expect_same "$E_B" "$E_A" "the same page, the same ETag on both servers"
get "$A/dialogue/1"; expect_status 200     # from A's cache now
# A change on the CLI: the public still reads the published version ...
acc dialogue set 1 --title "Zco title from the CLI" >/dev/null
get "$B/dialogue/1"; expect_status 200
expect_body "US–Serbia strategic dialogue"
# ... until both co-chairs approve it on the CLI: published, it is new on
# both servers at once.
cli_approve us-cochair dialogue 1 >/dev/null 2>&1
cli_approve rs-cochair dialogue 1 >/dev/null 2>&1
check "the title is published" test "$(sqlite3 "$DB" 'SELECT title FROM pub_dialogue WHERE id=1')" = "Zco title from the CLI"
for S in "$A" "$B"; do
  get "$S/dialogue/1"; expect_status 200
  expect_body "Zco title from the CLI"
  check "a new ETag after the CLI's change on $S" test "$(etag)" != "$E_A"
  get "$S/dialogue/1" -H "If-None-Match: $E_A"; expect_status 200
done

# ---- the API and a logged-in page: changed on the CLI, new on both -------
OBS_TOK=$(token_of observer)
get "$A/api/v1/dialogues/1" -H "Authorization: Bearer $OBS_TOK"
expect_status 200
BASE=$A
as observer
OJAR="$DIR/jar/observer"
get "$A/dialogue/1" -b "$OJAR"; expect_status 200
get "$B/dialogue/1" -b "$OJAR"; expect_status 200
acc dialogue set 1 --title "Zco second title" >/dev/null
for S in "$A" "$B"; do
  get "$S/api/v1/dialogues/1" -H "Authorization: Bearer $OBS_TOK"
  expect_status 200
  expect_same "$(title_of)" "Zco second title" "the API of $S after the CLI"
  get "$S/dialogue/1" -b "$OJAR"; expect_status 200
  expect_body "Zco second title"
done

# ---- a write through A is seen through B -----------------------------------
LEAD_TOK=$(token_of wg_lead)
LAST="POST $A/api/v1/risks"
ST=$(curl -s -o "$BODY" -w '%{http_code}' -X POST \
  -H "Authorization: Bearer $LEAD_TOK" -H "Content-Type: application/json" \
  --data-binary '{"dialogue_id":"us-rs","code":"zco-risk","description":"Zco risk via A","likelihood":"high"}' \
  "$A/api/v1/risks")
expect_status 201
RID=$(jq -r .id "$BODY")
get "$B/api/v1/risks/$RID" -H "Authorization: Bearer $LEAD_TOK"
expect_status 200
expect_same "$(jq -r .description "$BODY")" "Zco risk via A" "B reads A's write"
acc risk set zco-risk --description "Zco changed on the CLI" >/dev/null
get "$A/api/v1/risks/$RID" -H "Authorization: Bearer $LEAD_TOK"
expect_same "$(jq -r .description "$BODY")" "Zco changed on the CLI" "A after the CLI"

# ---- a role lowered on the CLI: both refuse the write at once ----------------
acc user set wg-lead --role observer >/dev/null
for S in "$A" "$B"; do
  LAST="PATCH $S/api/v1/risks/$RID as the former lead"
  ST=$(curl -s -o "$BODY" -w '%{http_code}' -X PATCH \
    -H "Authorization: Bearer $LEAD_TOK" -H "Content-Type: application/json" \
    --data-binary '{"description":"x"}' "$S/api/v1/risks/$RID")
  expect_status 403
done
acc user set wg-lead --role wg_lead >/dev/null

# ---- a session made on A works on B; disabled on the CLI, it ends on both --
as wg_member
JAR="$DIR/jar/wg-member"
get "$A/account" -b "$JAR"; expect_status 200
get "$B/account" -b "$JAR"; expect_status 200
expect_body "wg-member"
acc user disable wg-member >/dev/null
for S in "$A" "$B"; do
  get "$S/account" -b "$JAR"; expect_status 303
done

# ---- a token revoked on the CLI: refused by both at once ---------------------
# me LOGIN: /api/v1/me names LOGIN (null: nobody).
me() { expect_same "$(jq -r .login "$BODY")" "$1" "$LAST: login"; }
get "$B/api/v1/me" -H "Authorization: Bearer $OBS_TOK"; me observer
get "$A/api/v1/me" -H "Authorization: Bearer $OBS_TOK"; me observer
TID=$(sqlite3 "$DB" "SELECT t.id FROM api_token t JOIN account a ON a.id=t.account_id WHERE a.login='observer' AND t.label='http-test'")
acc token rm "$TID" >/dev/null
for S in "$A" "$B"; do
  get "$S/api/v1/me" -H "Authorization: Bearer $OBS_TOK"; me null
done
# A new token made on the CLI works on both at once.
NEW_TOK=$(acc token add observer --label zco | tail -n 1 | tr -d ' ')
for S in "$A" "$B"; do
  get "$S/api/v1/me" -H "Authorization: Bearer $NEW_TOK"; me observer
done

SRV_PID=$PID_A; srv_stop
SRV_PID=$PID_B; srv_stop
done_testing
