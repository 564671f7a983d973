# t_approvals.sh: a co-chair's approvals page (/approvals,
# page_approval.c) and the home page's "Awaiting my approval" (page_home.c):
#   - a published goal edited with a marker is listed for the US co-chair
#     with its published and its current title (the diff), the version,
#     who changed it, the approve form (password) and the return form;
#   - approved through the page's form by the US party, it leaves the US
#     list and shows on the Serbian co-chair's list as approved by the US
#     party, and the Serbian home page says so; approved by both, it
#     leaves both lists and the public sees the marker;
#   - returned with a reason, the reason shows on the item's page;
#   - a pending public report version is listed with its approve form
#     until the party approved it;
#   - observers, working-group members, leads and the secretariat get
#     403; the public is sent to log in;
#   - the page in Serbian (Latin).
. "$(dirname "$0")/lib.sh"

http_setup
G=$(sqlite3 "$DB" "SELECT id FROM goal WHERE classification='public' AND id IN
  (SELECT item_id FROM publication WHERE entity='goal') ORDER BY id LIMIT 1")
check "the demo has a published public goal" test -n "$G"
OLD=$(sqlite3 "$DB" "SELECT title FROM pub_goal WHERE id=$G")
acc goal set "$G" --title "Zmk-appr <b>new</b> title" >/dev/null
srv_start

# ---- access -----------------------------------------------------------
as public
req GET /approvals; expect_status 303
check "the public is sent to log in" one_of "${LOC%%\?*}" /login "$BASE/login"
for r in observer wg_member wg_lead secretariat; do
  as $r
  req GET /approvals; expect_status 403
done

# ---- the US co-chair's list ------------------------------------------------
as cochair
req GET /approvals; expect_status 200
expect_body "href=\"/goal/$G\""
expect_body 'Zmk-appr &lt;b&gt;new&lt;/b&gt; title'
expect_no_body 'Zmk-appr <b>'
expect_body "<del>$(printf '%s' "$OLD" | sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s/"/\&quot;/g')</del>"
expect_body 'changed by tester'
expect_body "action=\"/approve/goal/$G\""
expect_body "action=\"/return/goal/$G\""
expect_body 'name="password"'
expect_body "value=\"$(content_hash goal "$G")\""
req GET /home; expect_status 200
expect_body 'href="/approvals"'
expect_body "href=\"/goal/$G\""
# Approve with the page's form: the content hash it shows, the password.
H=$(content_hash goal "$G")
req GET /approvals
HP=$(tr '\n' ' ' <"$BODY" | sed -n "s#.*action=\"/approve/goal/$G\"[^<]*<input[^>]*csrf[^>]*>[^<]*<input type=\"hidden\" name=\"content_hash\" value=\"\([0-9a-f]*\)\".*#\1#p")
expect_same "$HP" "$H" "the page's form carries the content hash"
form "/approve/goal/$G" "content_hash=$HP" \
  "password=$(cat "$DIR/pw/us-cochair")"
expect_status 303
req GET /approvals; expect_status 200
expect_no_body "href=\"/goal/$G\""

# ---- the Serbian co-chair sees the US approval ---------------------------
as rs-cochair
req GET /approvals; expect_status 200
expect_body "href=\"/goal/$G\""
expect_body 'Approved by United States (us-cochair) on'
req GET /home; expect_status 200
check "the home page counts what the other party approved" \
  grep -q 'United States approved [1-9][0-9]* items awaiting yours.' "$BODY"
req GET '/approvals?lang=sr-Latn'; expect_status 200
expect_body 'Čeka moje odobrenje'
as public
req GET "/goal/$G"; expect_no_body 'Zmk-appr'
as rs-cochair
approve_form goal "$G"; expect_status 303
req GET /approvals; expect_no_body "href=\"/goal/$G\""
as cochair
req GET /approvals; expect_no_body "href=\"/goal/$G\""
as public
req GET "/goal/$G"; expect_status 200
expect_body 'Zmk-appr &lt;b&gt;new&lt;/b&gt; title'

# ---- return with a reason ----------------------------------------------
acc goal set "$G" --title "Zmk-appr second edit" >/dev/null
as cochair
req GET /approvals; expect_body 'Zmk-appr second edit'
expect_body '<del>Zmk-appr &lt;b&gt;new&lt;/b&gt; title</del>'
form "/return/goal/$G" "reason=Zmk-appr-reason keep the old title"
expect_status 303
req GET "/goal/$G"; expect_status 200
expect_body 'Zmk-appr-reason keep the old title'

# ---- a public report version -------------------------------------------
acc report issue public --quarter 2026-Q2 >/dev/null
RV=$(sqlite3 "$DB" "SELECT max(id) FROM report_version")
RID=$(sqlite3 "$DB" "SELECT report_id FROM report_version WHERE id=$RV")
HR=$(content_hash report "$RV")
as cochair
req GET /approvals; expect_status 200
expect_body "action=\"/report-version/$RV/approve\""
expect_body "value=\"$HR\""
expect_body "href=\"/report/$RID?version=1\""
form "/report-version/$RV/approve" "content_hash=$HR" \
  "password=$(cat "$DIR/pw/us-cochair")"
expect_status 303
req GET /approvals
expect_no_body "action=\"/report-version/$RV/approve\""
as rs-cochair
req GET /approvals
expect_body "action=\"/report-version/$RV/approve\""

done_testing
