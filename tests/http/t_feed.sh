# t_feed.sh: the calendar feeds (/calendar.ics, /dialogue/:id/calendar.ics)
# and the SDMX-CSV export (/observations.sdmx.csv) over HTTP: the public
# gets public items only, a session or a calendar key its account's view,
# a bad key 404 and no data, a calendar key is no API token, replies are
# stable (ETag, 304) and carry their media types; the SDMX reply is the
# golden file of the command line.
. "$(dirname "$0")/lib.sh"

http_setup
acc meeting add --dialogue_id us-rs --code f/int --kind working_group \
  --title "Zfeed-internal meeting" --held_on 2026-12-15 --state planned \
  --classification internal >/dev/null
acc meeting add --dialogue_id us-rs --code f/res --kind other \
  --title "Zfeed-restricted meeting" --held_on 2026-12-16 --state planned \
  --classification restricted >/dev/null
acc observation add --indicator_id us-rs/ind/joint-exercises --period 2025 \
  --value 2 >/dev/null
KEY=$(acc token add us-cochair --calendar --label phone | tail -n 1)
OKEY=$(acc token add observer --calendar | tail -n 1)
srv_start

# ---- the public feed -------------------------------------------------------
CUR_ROLE=public
req GET /calendar.ics; expect_status 200
expect_header Content-Type "text/calendar; charset=utf-8"
expect_body "BEGIN:VCALENDAR"
expect_body "PRODID:-//Accord//Accord strategic dialogues//EN"
expect_body "DTSTART;VALUE=DATE:20250111"
expect_body "SUMMARY:Tentative: Step I:"
expect_no_body "Zfeed-internal"
expect_no_body "Zfeed-restricted"
# The demo's public goals are approved (signed) by both co-chairs: their
# deadlines are public; the internal and restricted ones are not.
expect_body "Deadline:"
expect_no_body "Deadline: A visit by the President"
expect_no_body "CLASS:PRIVATE"
cp "$BODY" "$DIR/pub1.ics"
# The same bytes again; the ETag gives a calendar client its 304.
req GET /calendar.ics; expect_status 200
check "the public feed is the same twice" cmp -s "$BODY" "$DIR/pub1.ics"
ETAG=$(sed -n 's/^[Ee][Tt][Aa][Gg]: *\(.*\)\r$/\1/p' "$HDR")
check "the feed has an ETag" [ -n "$ETAG" ]
req GET /calendar.ics -H "If-None-Match: $ETAG"; expect_status 304
# It parses with libical.
LAST="accord test-ical-parse"; ST=-
check "the public feed parses" "$ACCORD" test-ical-parse "$DIR/pub1.ics"
req GET /calendar.ics?dialogue=us-rs; expect_status 200
expect_body "X-WR-CALNAME:US–Serbia strategic dialogue"
req GET /dialogue/us-rs/calendar.ics; expect_status 200
expect_body "UID:meeting-1@us-rs.accord"
req GET /dialogue/nope/calendar.ics; expect_status 404
expect_no_body "BEGIN:VCALENDAR"
req GET /calendar.ics?dialogue=nope; expect_status 404

# ---- readers with an account ----------------------------------------------
as observer
req GET /calendar.ics; expect_status 200
expect_body "SUMMARY:Zfeed-internal meeting"
expect_no_body "Zfeed-restricted"
as cochair
req GET /calendar.ics; expect_status 200
expect_body "SUMMARY:Zfeed-restricted meeting"
expect_body "CLASS:CONFIDENTIAL"

# An API token sent as a bearer (scripts) reads as its account.
CUR_ROLE=public
req GET /calendar.ics -H "Authorization: Bearer $(token_of observer)"
expect_status 200
expect_body "SUMMARY:Zfeed-internal meeting"
expect_no_body "Zfeed-restricted"

# ---- calendar keys ----------------------------------------------------------
LAST="accord token add --calendar"; ST=-
check "a calendar key is 64 hex digits" \
  sh -c "printf '%s' '$KEY' | grep -Eqx '[0-9a-f]{64}'"
CUR_ROLE=public
req GET "/calendar.ics?key=$KEY"; expect_status 200
expect_header Content-Type "text/calendar"
expect_header Cache-Control "private"
expect_body "SUMMARY:Zfeed-restricted meeting"
expect_body "SUMMARY:Zfeed-internal meeting"
req GET "/dialogue/us-rs/calendar.ics?key=$OKEY"; expect_status 200
expect_body "SUMMARY:Zfeed-internal meeting"
expect_no_body "Zfeed-restricted"
# A wrong key, an API token, a key too long: 404 and no data.
for bad in 0123456789abcdef "$(token_of cochair)" "${KEY}${KEY}" "$KEY%00"; do
  req GET "/calendar.ics?key=$bad"
  expect_status 404 400
  expect_no_body "BEGIN:VCALENDAR"
  expect_no_body "Zfeed"
done
req GET "/dialogue/us-rs/calendar.ics?key=nokey"; expect_status 404
expect_no_body "Zfeed"
# A calendar key is not an API token: the API treats its bearer as public.
req GET /api/v1/me -H "Authorization: Bearer $KEY"; expect_status 200 401
expect_no_body "us-cochair"
req POST /api/v1/sources -H "Authorization: Bearer $KEY" \
  -H 'Content-Type: application/json' \
  --data-binary '{"code":"src/zfeed","title":"Zfeed"}'
expect_status 401
# A key removed stops at once (replies to keys are not cached).
req GET "/calendar.ics?key=$OKEY"; expect_status 200
sqlite3 "$DB" "DELETE FROM api_token WHERE scope='calendar' AND
  account_id=(SELECT id FROM account WHERE login='observer')"
req GET "/calendar.ics?key=$OKEY"; expect_status 404
expect_no_body "Zfeed"
# The key never reaches the access log.
sleep 0.2
LAST="the access log"; ST=-
check "no calendar key in the log" not grep -qF "$KEY" "$DIR/srv.log"

# ---- SDMX-CSV ------------------------------------------------------------------
req GET "/observations.sdmx.csv?indicator=us-rs/ind/trade-total"
expect_status 200
expect_header Content-Type "application/vnd.sdmx.data+csv; version=2.0.0"
check "the reply is the golden file" cmp -s "$BODY" \
  "$TOP/tests/golden/sdmx_trade.csv"
req GET "/observations.sdmx.csv?dialogue=us-rs"; expect_status 200
expect_body "src_ipese-article-2,_T,2025,30000"
expect_no_body "joint-exercises"
req GET "/observations.sdmx.csv?indicator=us-rs/ind/joint-exercises"
expect_status 404
req GET "/observations.sdmx.csv?indicator=nope"; expect_status 404
as cochair
req GET "/observations.sdmx.csv?dialogue=us-rs"; expect_status 200
expect_body "us-rs_ind_joint-exercises,_Z,_T,2025,2,count"
CUR_ROLE=public
req GET "/observations.sdmx.csv?dialogue=us-pl&indicator=us-rs/ind/trade-total"
expect_status 404
# Labels in the reader's language (SDMX-CSV 2.0 "labels"), said in
# Content-Language; an unknown value is refused.
req GET "/observations.sdmx.csv?indicator=us-rs/ind/trade-total&labels=both&lang=sr-Latn"
expect_status 200
expect_header Content-Language "sr-Latn"
expect_body "INDICATOR: Pokazatelj"
expect_body "us-rs_ind_trade-total: Ukupna robna razmena SAD i Srbije"
req GET "/observations.sdmx.csv?indicator=us-rs/ind/trade-total&labels=name&lang=sr-Cyrl"
expect_status 200
expect_header Content-Language "sr-Cyrl"
expect_body ",us-rs_ind_trade-total,Укупна робна размена САД и Србије"
req GET "/observations.sdmx.csv?indicator=us-rs/ind/trade-total&labels=x"
expect_status 400

done_testing
