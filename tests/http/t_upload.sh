# t_upload.sh: a CSV file of observations uploaded from the browser
# (src/web/page_import.c) and to the API as text/csv, read by the CSV
# reader of `accord import observations` (src/store/csvimport.c): a good
# file imported with its count; a bad file changes nothing and its errors
# name the line and the column as the CLI does; a file over 20 MB refused
# with 413; a reader who may not write observations refused with 403; a
# form without its CSRF token refused; a scoped lead's rows outside its
# grants refused.  On the demo as it is made (HTTP_SCOPED=1).
HTTP_SCOPED=1
. "$(dirname "$0")/lib.sh"

http_setup
D=$(acc dialogue show us-rs --json | jq -r .id)
srv_start
nobs() { sqlite3 "$DB" "SELECT count(*) FROM observation"; }
DUEY=$(($(date -u +%Y) - 1))

# upload PATH FILE [CURL-ARGS...]: POST FILE as the form does
# (multipart/form-data) as $CUR_ROLE with its CSRF token.
upload() {
  _up=$1; _uf=$2; shift 2
  req POST "$_up" -F "csrf=$(csrf_of "$CUR_ROLE")" \
    -F "file=@$_uf;type=text/csv" "$@"
}

printf 'indicator,period,value,source,note\n%s\n%s\n%s\n' \
  'us-rs/ind/trade-total,2026-10,777.25,src/census-trade,Zupload' \
  'us-rs/ind/trade-total,2026-09,771.5,src/census-trade,' \
  "us-rs/ind/joint-exercises,$DUEY,4,," >good.csv
printf 'indicator,period,value\n%s\n%s\n%s\n' \
  'us-rs/ind/trade-total,2026-08,12' \
  'us-rs/ind/trade-total,2026-07,abc' \
  'us-rs/ind/no-such,2026-07,1' >bad.csv

# ---- the form -----------------------------------------------------------------
as secretariat
req GET "/dialogue/$D/import"; expect_status 200
expect_body 'enctype="multipart/form-data"'
expect_body 'name="csrf"'
expect_body 'type="file"'
req GET "/dialogue/$D"
check "the dialogue page links the upload for a writer" \
  grep -q "/dialogue/$D/import" "$BODY"
req GET "/dialogue/$D/entry"
check "the data-entry grid links the upload" grep -q "/dialogue/$D/import" "$BODY"
as observer
req GET "/dialogue/$D/import"; expect_status 403
as public
req GET "/dialogue/$D/import"; expect_status 303

# ---- a bad file: nothing changed, errors with line and column ---------------------
as secretariat
D0=$(db_digest); N0=$(nobs)
upload "/dialogue/$D/import" bad.csv
expect_status 400
expect_body 'bad.csv: 2 errors; nothing was imported.'
expect_body 'line 3, column 3 (value): &quot;abc&quot; is not a number'
expect_body 'line 4, column 1 (indicator): no indicator with code'
expect_same "$(db_digest)" "$D0" "a bad file changes nothing"
# The CLI says the same of the same file, on a copy (on PostgreSQL,
# which copies no database that the server is using, on the database
# itself: the digests below show that it changed nothing).
CLIDB=cli.db
if is_pg; then CLIDB=$DB; else cp "$DB" cli.db; fi
ERR=$("$ACCORD" --db "$CLIDB" import observations bad.csv 2>&1 >/dev/null)
case "$ERR" in *'bad.csv: line 3, column 3 (value): "abc" is not a number'*) t_ok ;;
  *) t_fail "the CLI's error: $ERR" ;; esac
# An empty upload, a file in another encoding.
printf '' >empty.csv
upload "/dialogue/$D/import" empty.csv
expect_status 400
expect_body 'choose a CSV file'
printf 'indicator,period,value,note\nus-rs/ind/trade-total,2026-06,5.5,Beograd \232\n' >cp.csv
upload "/dialogue/$D/import" cp.csv
expect_status 400
expect_body 'line 2, column 4 (note): not valid text'
expect_body 'windows-1250'
expect_same "$(db_digest)" "$D0" "bad uploads change nothing"

# ---- a good file: imported, with its count ------------------------------------------
upload "/dialogue/$D/import" good.csv -F "dry_run=true"
expect_status 303
case "$LOC" in */dialogue/$D/import\?checked=3) t_ok ;; *) t_fail "dry-run redirect: $LOC" ;; esac
expect_same "$(db_digest)" "$D0" "only checking imports nothing"
upload "/dialogue/$D/import" good.csv
expect_status 303
case "$LOC" in */dialogue/$D/import\?imported=3) t_ok ;; *) t_fail "redirect: $LOC" ;; esac
expect_same "$(nobs)" "$((N0 + 3))" "three observations imported"
expect_same "$(sqlite3 "$DB" "SELECT value FROM observation WHERE note='Zupload'")" \
  777.25 "the row as written"
expect_same "$(sqlite3 "$DB" "SELECT actor FROM audit_log WHERE action='import' AND data LIKE '%\"file\":\"good.csv\"%'")" \
  us-secretariat "one audit entry, by the uploader, naming the file"
req GET "$LOC"; expect_body 'Imported 3 observations.'
check "the chain verifies" acc verify
# Windows-1250, said so: imported.
upload "/dialogue/$D/import" cp.csv -F "encoding=windows-1250"
expect_status 303
expect_same "$(sqlite3 "$DB" "SELECT note FROM observation WHERE value=5.5 AND period='2026-06'")" \
  "Beograd š" "the note read as Windows-1250"
# The same file again: duplicates, nothing imported.
D1=$(db_digest)
upload "/dialogue/$D/import" good.csv
expect_status 400
expect_body 'already recorded'
expect_same "$(db_digest)" "$D1" "duplicates import nothing"

# ---- CSRF, role, size -------------------------------------------------------------------
req POST "/dialogue/$D/import" -F "file=@good.csv;type=text/csv"
expect_status 403
expect_body 'did not come from this site'
req POST "/dialogue/$D/import" -F "csrf=0000" -F "file=@good.csv;type=text/csv"
expect_status 403
as observer
upload "/dialogue/$D/import" good.csv
expect_status 403
as secretariat
head -c $((21 * 1024 * 1024)) /dev/zero | tr '\0' 'x' >big.csv
upload "/dialogue/$D/import" big.csv
expect_status 413
expect_body 'larger than 20 MB'
# Other routes keep their 1 MB limit and do not read files.
head -c $((2 * 1024 * 1024)) /dev/zero | tr '\0' 'x' >two.csv
upload "/dialogue/$D/entry" two.csv
expect_status 413
upload "/dialogue/$D/entry" good.csv
expect_status 415
expect_same "$(db_digest)" "$D1" "refused uploads change nothing"

# ---- a scoped lead: rows outside its grants refused -----------------------------------
as wg_lead
D3=$(db_digest)
printf 'indicator,period,value\nus-rs/ind/trade-total,2026-05,3.25\n' >scope.csv
upload "/dialogue/$D/import" scope.csv
expect_status 400
expect_body 'line 2, column 1 (indicator):'
expect_same "$(db_digest)" "$D3" "outside the grants: nothing imported"
printf 'indicator,period,value\nus-rs/ind/joint-exercises,%s,7\n' "$((DUEY - 1))" >mine.csv
upload "/dialogue/$D/import" mine.csv
expect_status 303

# ---- the API: text/csv ---------------------------------------------------------------------
as secretariat
D2=$(db_digest)
req POST /api/v1/import/observations -H 'Content-Type: text/csv' --data-binary @bad.csv
expect_status 400
expect_same "$(jq -r '.error.errors[0] | "\(.line) \(.column) \(.field)"' "$BODY")" \
  "3 3 value" "the API names the line and the column"
expect_same "$(jq -r .error.count "$BODY")" 2 "every error counted"
expect_same "$(db_digest)" "$D2" "a bad CSV body changes nothing"
printf 'indicator,period,value\nus-rs/ind/trade-total,2026-04,9.75\n' >api.csv
req POST "/api/v1/import/observations?dry_run=true" -H 'Content-Type: text/csv' --data-binary @api.csv
expect_status 200
expect_same "$(jq -c . "$BODY")" '{"imported":0,"checked":1,"dry_run":true}' "dry run"
req POST /api/v1/import/observations -H 'Content-Type: text/csv' --data-binary @api.csv
expect_status 200
expect_same "$(jq -r .imported "$BODY")" 1 "imported through the API"
as observer
req POST /api/v1/import/observations -H 'Content-Type: text/csv' --data-binary @api.csv
expect_status 403

srv_stop
done_testing
