# t_measure.sh: the API's import of observations enforces an indicator's
# unit and perspective as the CLI and the CSV import do (docs/status.md
# 2.4): a row stating another unit or the other side's statistics is
# refused with its index and field, nothing is imported; the indicator's
# own unit and statistics are accepted; unit and statistics_of must be
# text.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start
as secretariat
n0=$(sqlite3 "$DB" "SELECT count(*) FROM observation")
api POST /api/v1/import/observations '[
 {"indicator":"us-rs/ind/trade-total","period":"2006-01","value":1,"unit":"million USD"},
 {"indicator":"us-rs/ind/trade-total","period":"2006-02","value":1,"unit":"million EUR"},
 {"indicator":"us-rs/ind/trade-total","period":"2006-03","value":1,"statistics_of":"Statistical Office of the Republic of Serbia"},
 {"indicator":"us-rs/ind/trade-total","period":"2006-04","value":1,"unit":5}
]'
expect_status 400
errs() { jq -c '[.error.errors[] | [.index, .field]]' "$BODY"; }
expect_same "$(errs)" '[[1,"unit"],[2,"statistics_of"],[3,"unit"]]' \
  "each row in another unit or perspective, with its field"
expect_body 'is not the unit of indicator us-rs/ind/trade-total (million USD)'
expect_body 'is not whose statistics indicator us-rs/ind/trade-total holds'
expect_same "$(sqlite3 "$DB" "SELECT count(*) FROM observation")" "$n0" \
  "nothing imported"
api POST /api/v1/import/observations '[
 {"indicator":"us-rs/ind/trade-total","period":"2006-01","value":1,"unit":"million usd","statistics_of":"US Census Bureau (Census basis)"}
]'
expect_status 200
expect_same "$(sqlite3 "$DB" "SELECT count(*) FROM observation")" "$((n0 + 1))" \
  "the indicator's own unit and statistics are accepted"
srv_stop
done_testing
