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
expect_body '<option selected>'
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

srv_stop
done_testing
