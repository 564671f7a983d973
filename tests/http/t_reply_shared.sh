#!/bin/sh
# t_reply_shared.sh: the short cuts of a cached reply keep every check.
#   - A reply to the public that the cache answers again is sent whole,
#     built once (http.c, cache_share()): the same bytes and headers as
#     the first time, its ETag, 304 to If-None-Match, HEAD without a
#     body; a reader with a language of their own, or logged in, never
#     gets it (Serbian page; Cache-Control: no-store).
#   - The data version is not read from the database while the SQLite
#     WAL-index says nothing was committed (store_version_watch()): a
#     write on the command line is still seen at once, also after a
#     checkpoint that restarts the WAL, and after many in a row.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start --workers 2

# get URL [CURL-ARGS...]: GET into $BODY and $HDR.
get() {
  _u=$1; shift
  LAST="GET $_u"
  ST=$(curl -s -g -o "$BODY" -D "$HDR" -w '%{http_code}' "$@" "$BASE$_u")
}
etag() { sed -n 's/^[Ee][Tt]ag: *//p' "$HDR" | tr -d '\r'; }
# The headers but Date, sorted.
heads() { grep -v -i '^date:' "$HDR" | tr -d '\r' | sort; }

# ---- the same reply, whole, many times ------------------------------------
get /dialogue/1; expect_status 200
cp "$BODY" "$DIR/page1"; heads >"$DIR/heads1"; E1=$(etag)
check "a public page has an ETag" test -n "$E1"
i=0
while [ $i -lt 6 ]; do
  get /dialogue/1; expect_status 200
  check "reply $i from the cache: the same bytes" cmp -s "$BODY" "$DIR/page1"
  heads >"$DIR/headsN"
  check "reply $i from the cache: the same headers" cmp -s "$DIR/headsN" "$DIR/heads1"
  i=$((i + 1))
done
for h in "Content-Security-Policy: default-src" "X-Frame-Options: DENY" \
         "X-Content-Type-Options: nosniff" "Referrer-Policy: same-origin" \
         "Content-Type: text/html"; do
  expect_header "${h%%:*}" "${h#*: }"
done
check "no Cache-Control for the public" not grep -qi '^cache-control' "$HDR"
get /dialogue/1 -H "If-None-Match: $E1"; expect_status 304
get /dialogue/1 -I; expect_status 200
check "HEAD: the ETag" test "$(etag)" = "$E1"
check "HEAD: no body" not grep -qi '<html' "$BODY"
# The API, the same way.
get /api/v1/dialogues/1/status; expect_status 200
cp "$BODY" "$DIR/api1"; EA=$(etag)
get /api/v1/dialogues/1/status; expect_status 200
check "the API from the cache: the same bytes" cmp -s "$BODY" "$DIR/api1"
expect_header Content-Type application/json
get /api/v1/dialogues/1/status -H "If-None-Match: $EA"; expect_status 304

# ---- readers who must not get it --------------------------------------------
get /dialogue/1 -b "accord_lang=sr-Latn"; expect_status 200
check "a Serbian reader: another page" not cmp -s "$BODY" "$DIR/page1"
get "/dialogue/1?lang=sr-Latn"; expect_status 200
expect_header Set-Cookie "accord_lang=sr-Latn"
check "?lang=: another page" not cmp -s "$BODY" "$DIR/page1"
OBS_TOK=$(token_of observer)
get /api/v1/dialogues/1/status -H "Authorization: Bearer $OBS_TOK"
expect_status 200
expect_header Cache-Control no-store
as observer
OJAR="$DIR/jar/observer"
get /dialogue/1 -b "$OJAR"; expect_status 200
expect_header Cache-Control no-store

# ---- a write on the command line is seen at once ----------------------------
# title N: the observer's view of the dialogue's title through the API.
title() {
  get /api/v1/dialogues/1 -H "Authorization: Bearer $OBS_TOK"
  jq -r .title "$BODY"
}
i=0
while [ $i -lt 5 ]; do
  acc dialogue set 1 --title "Zsh title $i" >/dev/null
  LAST="title after CLI write $i"
  expect_same "$(title)" "Zsh title $i" "the API after CLI write $i"
  i=$((i + 1))
done
if [ -z "${ACCORD_PG_TEST:-}" ]; then
  # A checkpoint that empties the WAL: the next commit starts it again
  # from its first frame.
  i=0
  while [ $i -lt 3 ]; do
    sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
    acc dialogue set 1 --title "Zsh after checkpoint $i" >/dev/null
    LAST="title after a checkpoint and write $i"
    expect_same "$(title)" "Zsh after checkpoint $i" \
      "the API after a checkpoint and CLI write $i"
    i=$((i + 1))
  done
fi
# The public's page: new once both co-chairs approved it.
CUR_ROLE=public
get /dialogue/1; expect_status 200
check "the public page before approval: as it was" cmp -s "$BODY" "$DIR/page1"
cli_approve us-cochair dialogue 1 >/dev/null 2>&1
cli_approve rs-cochair dialogue 1 >/dev/null 2>&1
get /dialogue/1; expect_status 200
expect_body "Zsh"
check "a new ETag once published" test "$(etag)" != "$E1"
get /dialogue/1 -H "If-None-Match: $E1"; expect_status 200

srv_stop
done_testing
