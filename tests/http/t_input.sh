# t_input.sh: wrong input is refused through the web forms and the API
# JSON too (issue 10, finding 8 and item 7), naming the field and where:
# text that is not UTF-8 (Windows-1250 from Excel, with a hint), control
# characters, fractional and negative counts, periods not yet begun,
# meetings held in the future; an API import lists every error, every
# duplicate among them.  Nothing changes on a refusal.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start
routes_load
NEXT=$(( $(date -u +%Y) + 1 ))
# The digest after the login (a session opened is in the audit log).
as secretariat
req GET /new/observation
D0=$(db_digest)
same_db() { check "$1: nothing changed" [ "$(db_digest)" = "$D0" ]; }

# ---- forms ---------------------------------------------------------------
if need_route POST /new/observation; then
  as secretariat
  form /new/observation indicator_id=us-rs/ind/trade-total period=2006-01 \
    value=1 "note=$(printf 'Vu\350i\346')"
  expect_status 400
  expect_body "note: not valid text: invalid UTF-8 at character 3 (byte 0xE8)"
  expect_body "Windows-1250"
  same_db "a Windows-1250 note in a form"
  form /new/observation indicator_id=us-rs/ind/trade-total period=2006-01 \
    value=1 "note=$(printf 'a\033[2Jb')"
  expect_status 400
  expect_body "note: not valid text: a control character at character 2 (byte 0x1B)"
  same_db "an escape in a form"
  form /new/observation indicator_id=us-rs/ind/joint-exercises period=2024 \
    value=2.5
  expect_status 400 422 200
  expect_body "is not a count"
  same_db "a fractional count in a form"
  form /new/observation indicator_id=us-rs/ind/trade-total \
    period="$NEXT-01" value=1
  expect_status 400 422 200
  expect_body "has not begun"
  same_db "a period not yet begun in a form"
fi
if need_route POST /new/meeting; then
  as secretariat
  form /new/meeting dialogue_id=us-rs code=zin-m kind=other title=Zin \
    held_on="$NEXT-02-01" state=held classification=internal
  expect_status 400 422 200
  expect_body "$NEXT-02-01 is in the future"
  same_db "a meeting held next year in a form"
fi

# ---- the API ---------------------------------------------------------------
as secretariat
api POST /api/v1/observations \
  '{"indicator_id":"us-rs/ind/joint-exercises","period":"2024","value":-1}'
expect_status 400
expect_body 'is not a count'
api POST /api/v1/observations \
  '{"indicator_id":"us-rs/ind/trade-total","period":"2006-01","value":1,"note":"a\u001bb"}'
expect_status 400
expect_body "not valid text: a control character at character 2 (byte 0x1B)"
# Raw bytes that are not UTF-8: jansson says where.
printf '{"indicator_id":"us-rs/ind/trade-total","period":"2006-01",\n"value":1,"note":"Vu\350i\346"}' >"$DIR/bad.json"
req POST /api/v1/observations -H 'Content-Type: application/json' \
  --data-binary @"$DIR/bad.json"
expect_status 400
expect_body "body: line 2, column"
same_db "bad observations through the API"

# An import: every error, each with its index and field.
V=$(sqlite3 "$DB" "SELECT value FROM observation o JOIN indicator i ON i.id=o.indicator_id WHERE i.code='us-rs/ind/trade-total' AND period='2025-01' AND o.source_id IS NULL LIMIT 1")
api POST /api/v1/import/observations "[
 {\"indicator\":\"us-rs/ind/trade-total\",\"period\":\"2006-01\",\"value\":1},
 {\"indicator\":\"us-rs/ind/trade-total\",\"period\":\"2006-01\",\"value\":1},
 {\"indicator\":\"us-rs/ind/joint-exercises\",\"period\":\"2024\",\"value\":2.5},
 {\"indicator\":\"us-rs/ind/trade-total\",\"period\":\"$NEXT-03\",\"value\":1},
 {\"indicator\":\"us-rs/ind/trade-total\",\"period\":\"2006-02\",\"value\":1,\"note\":\"x\\u0007\"},
 {\"indicator\":\"us-rs/ind/trade-total\",\"period\":\"2006-03\",\"value\":1},
 {\"indicator\":\"us-rs/ind/trade-total\",\"period\":\"2006-03\",\"value\":1}
]"
expect_status 400
errs() { jq -c '[.error.errors[] | [.index, .field]]' "$BODY"; }
expect_same "$(errs)" '[[1,"period"],[2,"value"],[3,"period"],[4,"note"],[6,"period"]]' \
  "every error of the import, duplicates included"
expect_same "$(jq .error.count "$BODY")" 5 "the count of errors"
expect_body "already recorded"
expect_body "is not a count"
expect_body "has not begun"
same_db "a bad API import"
# Only duplicates: a 409, and each is named.
api POST /api/v1/import/observations '[
 {"indicator":"us-rs/ind/trade-total","period":"2006-04","value":1},
 {"indicator":"us-rs/ind/trade-total","period":"2006-04","value":1},
 {"indicator":"us-rs/ind/trade-total","period":"2006-05","value":1},
 {"indicator":"us-rs/ind/trade-total","period":"2006-05","value":1}
]'
expect_status 409
expect_same "$(errs)" '[[1,"period"],[3,"period"]]' "both duplicates"
same_db "an API import of duplicates"
# A good import still goes through.
api POST /api/v1/import/observations '[
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":2},
 {"indicator":"us-rs/ind/trade-total","period":"2006-06","value":1,"note":"Vučić"}
]'
expect_status 200
expect_body '"imported": 2'

done_testing
