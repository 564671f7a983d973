# t_report_web.sh: reports picked, issued and corrected from the browser
# (issue 12, item 3): the dashboard's picker opens the report of the kind,
# period and format chosen; the secretariat (not a working-group lead,
# never the public) issues a frozen report from the web and corrects it
# with a reason, which the list of issued reports shows; bad input is
# refused and changes nothing.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start

# The picker: every reader gets it; the public only the public report.
as public
req GET /dialogue/1; expect_status 200
expect_body 'action="/dialogue/1/report" class="report-picker"'
expect_body '<option value="public">'
expect_no_body '<option value="quarterly">'
expect_no_body 'action="/dialogue/1/report/issue"'
req GET "/dialogue/1/report?kind=public&period=2026-Q3&format=html"
expect_status 200
expect_body 'Public progress report'
req GET "/dialogue/1/report?kind=quarterly&period=2026-Q3"
expect_status 404
as observer
req GET /dialogue/1; expect_status 200
expect_body '<option value="quarterly">'
expect_body '" selected>Q'
# the period's code is the value sent; the reader sees it in words
check "the report picker offers quarters in words" \
  grep -Eq '<option value="[0-9]{4}-Q[1-4]" selected>Q[1-4] [0-9]{4}</option>' "$BODY"
expect_no_body 'action="/dialogue/1/report/issue"'
req GET "/dialogue/1/report?kind=annual&period=2025&format=csv"
expect_status 200
expect_header Content-Type 'text/csv'
req GET "/dialogue/1/report?kind=quarterly&period=2026-Q3&format=pdf"
expect_status 200
expect_header Content-Type 'application/pdf'
req GET "/dialogue/1/report?kind=monthly&period=2026-Q3"
expect_status 400
expect_body 'kind: expected quarterly, annual or public'
req GET "/dialogue/1/report?kind=quarterly&period=2026-13"
expect_status 400
req GET "/dialogue/1/report?kind=quarterly&period=2026-Q3&format=doc"
expect_status 400
expect_body 'format: expected html, pdf, xlsx or csv'

# Issuing: the secretariat may, a working-group lead may not.
as secretariat
as wg_lead
D0=$(db_digest)
req GET /dialogue/1
expect_no_body 'action="/dialogue/1/report/issue"'
form /dialogue/1/report/issue kind=quarterly period=2026-Q3 format=pdf
expect_status 403
as secretariat
req GET /dialogue/1
expect_body 'action="/dialogue/1/report/issue"'
form /dialogue/1/report/issue kind=quarterly period=2026-Q9 format=pdf
expect_status 400
form /dialogue/1/report/issue kind=weekly period=2026-Q3
expect_status 400
expect_same "$D0" "$(db_digest)" "refused issues changed nothing"
N0=$(sqlite3 "$DB" "SELECT count(*) FROM report_issue")
form /dialogue/1/report/issue kind=quarterly period=2026-Q3 format=pdf \
  reason=For-the-meeting
expect_status 303
N1=$(sqlite3 "$DB" "SELECT count(*) FROM report_issue")
expect_same "$((N0 + 1))" "$N1" "one report issued"
RID=$(sqlite3 "$DB" "SELECT max(id) FROM report_issue")
expect_same "quarterly pdf 2026-07-01 2026-09-30 us-secretariat" \
  "$(sqlite3 "$DB" "SELECT kind, format, period_from, period_to, created_by FROM report_issue WHERE id=$RID" | tr '|' ' ')" \
  "the report issued"
req GET "/report/$RID"
expect_status 200
expect_header Content-Type 'application/pdf'
# The cut: the issue form offers it; a report issued by sector keeps it
# (stored, listed, kept by its correction); a bad cut is refused naming
# the field and changes nothing.
req GET /dialogue/1
expect_body 'action="/dialogue/1/report/issue" class="report-picker"'
check "the issue form offers the cut" sh -c \
  "sed -n '/report\/issue\"/,/<\/form>/p' '$BODY' | grep -q 'name=\"by\"><option value=\"area\">.*<option value=\"sector\">'"
D1=$(db_digest)
form /dialogue/1/report/issue kind=quarterly period=2026-Q3 format=html by=diagonal
expect_status 400
expect_body 'by:'
expect_same "$D1" "$(db_digest)" "a bad cut changed nothing"
form /dialogue/1/report/issue kind=quarterly period=2026-Q3 format=html by=sector
expect_status 303
SID=$(sqlite3 "$DB" "SELECT max(id) FROM report_issue")
expect_same "area sector" "$(sqlite3 "$DB" "SELECT cut FROM report_issue WHERE id IN ($RID, $SID) ORDER BY id" | tr '\n' ' ' | sed 's/ $//')" \
  "the cut stored"
req GET "/report/$SID"
expect_status 200
expect_body "Goals by the agreement&#39;s sectors"
req GET /dialogue/1
expect_body 'by the agreement&#39;s sectors</span>'
req GET "/dialogue/1?lang=sr-Latn"
expect_body 'po sektorima iz sporazuma</span>'
expect_body '<option value="sector">sektorima iz sporazuma</option>'
form "/report/$SID/correct" "reason=Sector totals"
expect_status 303
req GET "/report/$SID?version=2"
expect_status 200
expect_body "Goals by the agreement&#39;s sectors"
expect_same "sector" "$(sqlite3 "$DB" "SELECT cut FROM report_issue WHERE id=$SID")" \
  "the correction kept the cut"
# A correction: refused without a reason, then with one; the list says it.
form "/report/$RID/correct" reason=
expect_status 400
expect_body 'reason: say why the report is corrected'
form "/report/$RID/correct" "reason=A late count of exercises"
expect_status 303
req GET /dialogue/1
expect_body 'Corrects version 1: A late count of exercises'
req GET "/report/$RID?version=2"
expect_status 200
pdftotext "$BODY" - 2>/dev/null | grep -q 'Reason for the correction: A late count of exercises' \
  && t_ok || t_fail "the corrected PDF does not state its reason"
as wg_lead
form "/report/$RID/correct" "reason=mine"
expect_status 403

# The JSON API: the list (the public sees issued public reports only),
# issuing (the secretariat; a lead is refused), approving a public
# version (a co-chair's signature), all in the OpenAPI document.
as public
api GET /api/v1/reports
expect_status 200
check "the public sees only public reports" sh -c \
  "jq -e '[.reports[].kind] | all(. == \"public\")' '$BODY' >/dev/null"
expect_no_body '"kind": "quarterly"'
as observer
api GET "/api/v1/reports?dialogue_id=us-rs"
expect_status 200
expect_no_body '"reason": "A late count of exercises"'   # restricted
as secretariat
api GET "/api/v1/reports?dialogue_id=us-rs"
expect_status 200
expect_body '"reason": "A late count of exercises"'
as wg_lead
api POST /api/v1/reports '{"dialogue_id":"us-rs","kind":"quarterly","period":"2026-Q3"}'
expect_status 403
as secretariat
api POST /api/v1/reports '{"dialogue_id":"us-rs","kind":"quarterly","period":"2026-Q7"}'
expect_status 400
expect_body '"field": "period"'
api POST /api/v1/reports '{"dialogue_id":"us-rs","kind":"yearly","period":"2026"}'
expect_status 400
expect_body '"field": "kind"'
D2=$(db_digest)
api POST /api/v1/reports '{"dialogue_id":"us-rs","kind":"quarterly","period":"2026-Q3","by":"diagonal"}'
expect_status 400
expect_body '"field": "by"'
api POST /api/v1/reports '{"dialogue_id":"us-rs","kind":"quarterly","period":"2026-Q3","by":1}'
expect_status 400
expect_body '"field": "by"'
expect_same "$D2" "$(db_digest)" "refused API issues changed nothing"
api POST /api/v1/reports '{"dialogue_id":"us-rs","kind":"quarterly","period":"2026-Q3","format":"csv","by":"sector"}'
expect_status 201
expect_body '"by": "sector"'
api POST /api/v1/reports '{"dialogue_id":"us-rs","kind":"quarterly","period":"2026-Q3","format":"csv"}'
expect_status 201
expect_body '"by": "area"'
api GET "/api/v1/reports?dialogue_id=us-rs"
check "every version says its cut" sh -c \
  "jq -e '[.reports[].by] | all(. == \"area\" or . == \"sector\")' '$BODY' >/dev/null"
api POST /api/v1/reports '{"dialogue_id":"us-rs","kind":"public","period":"2026-Q2","format":"html","reason":"from the API"}'
expect_status 201
expect_body '"state": "pending"'
VID=$(jq -r .version_id "$BODY")
as cochair
HASH=$(content_hash report "$VID")
api POST "/api/v1/report-versions/$VID/approve" '{"content_hash":"'"$HASH"'"}'
expect_status 400
expect_body '"field": "password"'
api POST "/api/v1/report-versions/$VID/approve" "{\"content_hash\":\"$HASH\",\"password\":\"$(cat "$DIR/pw/us-cochair")\"}"
expect_status 200
expect_body '"approved": true'
api GET "/api/v1/reports?dialogue_id=1"
jq -e --argjson v "$VID" '.reports[] | select(.version_id == $v) | .approvals | length == 1' "$BODY" >/dev/null \
  && t_ok || t_fail "the version's approval is not listed"
api GET /api/v1/openapi.json
expect_status 200
for path in '"/api/v1/reports"' '"/api/v1/report-versions/{id}/approve"'; do
  expect_body "$path"
done
check "the document gives the cut of POST /api/v1/reports" sh -c \
  "jq -e '.paths[\"/api/v1/reports\"].post.requestBody.content[\"application/json\"].schema.properties.by.enum == [\"area\",\"sector\"]' '$BODY' >/dev/null"

srv_stop
done_testing
