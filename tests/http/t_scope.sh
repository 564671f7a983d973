# t_scope.sh: scoped roles and clearance (issue 9, item 1; grant.c and
# authz.c).  On the demo as it is made (HTTP_SCOPED=1): wg-lead leads the
# Security and Defense working group, cleared for its restricted goal,
# and records an exercise; wg-member, of the Energy and Environment group,
# cannot touch the economic group's trade figures (403 on page and API,
# nothing changed).  Then a party's own items, a cited source, who
# changed an item, one co-lead per party, the grant commands and the
# administration page, and `accord verify` over the grants' entries.
HTTP_SCOPED=1
. "$(dirname "$0")/lib.sh"

http_setup
q() { sqlite3 "$DB" "$1"; }
has() { printf '%s' "$1" | grep -q -- "$2"; }
G_EX=$(q "SELECT id FROM goal WHERE code='us-rs/goal/joint-exercises'")
I_EX=$(q "SELECT id FROM indicator WHERE code='us-rs/ind/joint-exercises'")
I_TR=$(q "SELECT id FROM indicator WHERE code='us-rs/ind/trade-total'")
O_TR=$(q "SELECT min(id) FROM observation WHERE indicator_id=$I_TR")
S_CEN=$(q "SELECT id FROM source WHERE code='src/census-trade'")
P_RS=$(q "SELECT id FROM party WHERE code='us-rs/rs'")
P_US=$(q "SELECT id FROM party WHERE code='us-rs/us'")
B_RS=$(q "SELECT min(id) FROM benefit WHERE party_id=$P_RS")
WG_SEC=$(q "SELECT id FROM working_group WHERE code='us-rs/wg/security-defense'")
check "demo ids found" test -n "$G_EX" -a -n "$I_EX" -a -n "$O_TR" \
  -a -n "$S_CEN" -a -n "$B_RS" -a -n "$WG_SEC"

# ---- the demo's grants, by the command line ------------------------------
out=$(acc grant list wg-lead)
check "grant list names the lead's group and clearance" \
  has "$out" 'wg_lead.*us-rs/wg/security-defense.*restricted'
out=$(acc grant add wg-lead --role cochair --wg us-rs/wg/econ 2>&1); rc=$?
check "a co-chair is a role for everything (exit 2): $out" test $rc -eq 2
check "the error names the role" has "$out" 'role:'
out=$(acc grant add wg-lead --role wg_lead --wg no-such-group 2>&1); rc=$?
check "an unknown group is refused (exit 2): $out" test $rc -eq 2
check "the error names --wg" has "$out" '--wg:' 
out=$(acc grant add wg-lead --role wg_lead --wg us-rs/wg/security-defense \
  2>&1); rc=$?
check "a grant held already is refused (exit 4): $out" test $rc -eq 4

srv_start

# ---- wg-lead: its group's restricted goal, and an exercise recorded ------
as wg_lead
req GET "/goal/$G_EX"; expect_status 200
expect_body "joint military exercises"
as observer
req GET "/goal/$G_EX"; expect_status 404
as wg_lead
n0=$(db_count observation)
form /new/observation indicator_id=us-rs/ind/joint-exercises period=2025 \
  value=1 note="Exercise Platinum Wolf"
expect_status 303
check "the lead's exercise is recorded" \
  test "$(q "SELECT count(*) FROM observation WHERE indicator_id=$I_EX AND entered_by='wg-lead'")" = 1
api POST /api/v1/observations "{\"indicator_id\":$I_EX,\"period\":\"2026\",\"value\":2}"
expect_status 201
check "two more observations, both the lead's" test "$(db_count observation)" = $((n0 + 2))
# An exercise is an event of the count goal's indicator: the lead's too.
api POST /api/v1/events "{\"indicator_id\":$I_EX,\"occurred_on\":\"2026-06-09\",\"title\":\"Platinum Wolf 2026\"}"
expect_status 201
check "the lead's event is recorded" \
  test "$(q "SELECT count(*) FROM event WHERE indicator_id=$I_EX AND title='Platinum Wolf 2026'")" = 1
req GET "/item/indicator/$I_EX"; expect_status 200
expect_body "Exercise Platinum Wolf"
# Its role ends at its group: the trade figures are the economic group's.
form /new/observation indicator_id=us-rs/ind/trade-total period=2026-08 \
  value=1
expect_status 403
expect_body "indicator_id"

# ---- wg-member: the trade figures are out of its reach -------------------
as wg_member
d0=$(db_digest)
req GET "/item/indicator/$I_TR"; expect_status 200
req GET "/edit/observation/$O_TR"; expect_status 403
form "/edit/observation/$O_TR" value=1
expect_status 403
req GET "/delete/observation/$O_TR"; expect_status 403
form "/delete/observation/$O_TR" confirm=yes
expect_status 403
form /new/observation indicator_id=us-rs/ind/trade-total period=2026-08 \
  value=1
expect_status 403
req GET "/edit/indicator/$I_TR"; expect_status 403
api PATCH "/api/v1/observations/$O_TR" '{"value":1}'
expect_status 403
expect_body '"denied"'
api DELETE "/api/v1/observations/$O_TR"
expect_status 403
api POST /api/v1/observations "{\"indicator_id\":$I_TR,\"period\":\"2026-08\",\"value\":1}"
expect_status 403
api PATCH "/api/v1/indicators/$I_TR" '{"name":"x"}'
expect_status 403
api POST /api/v1/import/observations "[{\"indicator\":$I_TR,\"period\":\"2026-08\",\"value\":1}]"
expect_status 403
expect_body '"field": "indicator"'
# The shared Census source is cited by official data: a secretariat's.
api PATCH "/api/v1/sources/$S_CEN" '{"url":"https://example.test/"}'
expect_status 403
expect_body "secretariat"
# The security group's restricted indicator is not the member's to see:
# refused as if there were none.
api POST /api/v1/events "{\"indicator_id\":$I_EX,\"occurred_on\":\"2026-06-10\",\"title\":\"Not its group's\"}"
expect_status 400
expect_body "no indicator with id $I_EX"
check "nothing changed by the member's attempts" test "$(db_digest)" = "$d0"
# ...but it keeps its own group's contacts.
form /new/contact wg_id=us-rs/wg/energy-env held_on=2026-11-02 kind=call \
  summary="Call on the grid study" classification=internal
expect_status 303
# The page shows no edit button where it may not write.
req GET "/item/observation/$O_TR"; expect_no_body "/edit/observation/$O_TR"

# ---- a party's own items, and a cited source -----------------------------
as secretariat
d0=$(db_digest)
api PATCH "/api/v1/benefits/$B_RS" '{"text":"rewritten by the US"}'
expect_status 403
expect_body "party_id"
api PATCH "/api/v1/parties/$P_RS" '{"name":"Renamed"}'
expect_status 403
form "/edit/party/$P_RS" name=Renamed
expect_status 403
check "the other party's items unchanged" test "$(db_digest)" = "$d0"
api PATCH "/api/v1/parties/$P_US" '{"name_sr":"Sjedinjene Americke Drzave"}'
expect_status 200
api PATCH "/api/v1/sources/$S_CEN" '{"url":"https://www.census.gov/foreign-trade/balance/c4801.html"}'
expect_status 200
as admin
api PATCH "/api/v1/benefits/$B_RS" '{"text":"rewritten by the admin"}'
expect_status 403

# ---- a party's people are its own (issue 9: "its people") ----------------
acc person add --code t-rs-own --name "Zmk RS official" --party_id us-rs/rs \
  --position adviser >/dev/null
acc person add --code t-us-own --name "Zmk US official" --party_id us-rs/us \
  >/dev/null
PER_RS=$(q "SELECT id FROM person WHERE code='t-rs-own'")
PER_US=$(q "SELECT id FROM person WHERE code='t-us-own'")
as secretariat
d0=$(db_digest)
api PATCH "/api/v1/people/$PER_RS" '{"position":"rewritten by the US"}'
expect_status 403
expect_body "party_id: this person is party $P_RS's own"
api DELETE "/api/v1/people/$PER_RS"
expect_status 403
req GET "/edit/person/$PER_RS"; expect_status 403
form "/edit/person/$PER_RS" position="rewritten by the US"
expect_status 403
form "/delete/person/$PER_RS" confirm=yes
expect_status 403
# Nor may a new person be made the other party's, nor its own moved there.
api POST /api/v1/people '{"code":"t-rs-new","name":"Made by the US","party_id":"us-rs/rs"}'
expect_status 403
api PATCH "/api/v1/people/$PER_US" '{"party_id":"us-rs/rs"}'
expect_status 403
check "the other party's people unchanged" test "$(db_digest)" = "$d0"
req GET "/item/person/$PER_RS"; expect_no_body "/edit/person/$PER_RS"
api PATCH "/api/v1/people/$PER_US" '{"position":"counsellor"}'
expect_status 200
as rs-secretariat
api PATCH "/api/v1/people/$PER_RS" '{"position":"senior adviser"}'
expect_status 200

# ---- a working group's members serve its dialogue's parties --------------
acc person add --code t-pl-1 --name "PL official" --party_id us-pl/pl >/dev/null
acc person add --code t-none-1 --name "No party" >/dev/null
as secretariat
d0=$(db_digest)
form /new/member wg_id=us-rs/wg/econ person_id=t-pl-1 role=member
expect_status 422
expect_body "t-pl-1 serves a party of another dialogue"
api POST /api/v1/members '{"wg_id":"us-rs/wg/econ","person_id":"t-none-1","role":"member"}'
expect_status 400
expect_body '"field": "person_id"'
expect_body "serves no party"
out=$(acc member add --wg_id us-rs/wg/econ --person_id t-pl-1 --role member \
  2>&1); rc=$?
check "the CLI refuses a member of another dialogue's party (exit 2): $out" \
  test $rc -eq 2
check "the CLI's error names the field" has "$out" 'person_id: t-pl-1'
check "no seat added" test "$(db_digest)" = "$d0"
form /new/member wg_id=us-rs/wg/econ person_id=t-rs-own role=member
expect_status 303

# ---- history by scoped clearance -----------------------------------------
# The lead, cleared for restricted in its group, reads the history of its
# group's restricted goal (an old note is in no field now); of a goal of
# another group that was restricted for a while it reads no entry of that
# time, and no reader without the clearance ever does.
acc goal set "$G_EX" --note "Zmk-hist-old note" >/dev/null
acc goal set "$G_EX" --note "the current note" >/dev/null
G_EC=$(q "SELECT id FROM goal WHERE code='us-rs/goal/trade-barriers'")
acc goal set "$G_EC" --classification restricted >/dev/null
acc goal set "$G_EC" --note "Zmk-hist-econ secret" >/dev/null
acc goal set "$G_EC" --note "an open note" >/dev/null
acc goal set "$G_EC" --classification internal >/dev/null
as wg_lead
req GET "/goal/$G_EX"; expect_status 200
expect_body "Zmk-hist-old"
api GET "/api/v1/goals/$G_EX/history"; expect_status 200
expect_body "Zmk-hist-old"
req GET "/goal/$G_EC"; expect_status 200
expect_no_body "Zmk-hist-econ"
expect_body "redacted"
api GET "/api/v1/goals/$G_EC/history"; expect_no_body "Zmk-hist-econ"
req GET /home; expect_no_body "Zmk-hist-econ"
for r in observer wg_member; do
  as $r
  req GET "/goal/$G_EX"; expect_status 404
  api GET "/api/v1/goals/$G_EX/history"; expect_status 404
  req GET "/goal/$G_EC"; expect_status 200
  expect_no_body "Zmk-hist-econ"
  api GET "/api/v1/goals/$G_EC/history"; expect_no_body "Zmk-hist-econ"
  req GET /home; expect_no_body "Zmk-hist"
done
as secretariat
req GET "/goal/$G_EC"; expect_body "Zmk-hist-econ"

# ---- the classification an item inherits is shown ------------------------
as wg_lead
O_EX=$(q "SELECT max(id) FROM observation WHERE indicator_id=$I_EX")
req GET "/item/observation/$O_EX"; expect_status 200
expect_body 'id="classification"'
expect_body "restricted (from indicator"
expect_body "/item/indicator/$I_EX"
# ... and in the API's reply of one item, with the parent named
api GET "/api/v1/observations/$O_EX"; expect_status 200
expect_body '"read_under": {'
expect_body '"classification": "restricted"'
expect_body '"kind": "indicator"'
api GET "/api/v1/people/$(q "SELECT min(id) FROM person")"; expect_status 200
expect_body '"never_public": true'
as observer
req GET "/item/observation/$O_EX"; expect_status 404
req GET "/wg/$WG_SEC"; expect_status 200
expect_body "public (from dialogue"

# ---- every change names who made it and when -----------------------------
as secretariat
api PATCH "/api/v1/observations/$O_TR" '{"note":"checked against the release"}'
expect_status 200
as observer
req GET "/item/observation/$O_TR"; expect_status 200
expect_body 'id="stamp"'
expect_body "last changed by"
expect_body "us-secretariat"
req GET "/item/source/$S_CEN"; expect_body "us-secretariat"

# ---- one co-lead per party; a group lacking one is flagged ---------------
as secretariat
req GET "/wg/$WG_SEC"; expect_status 200
expect_body 'id="colead-missing"'
acc person add --code t-us-1 --name "US lead one" --party_id us-rs/us >/dev/null
acc person add --code t-us-2 --name "US lead two" --party_id us-rs/us >/dev/null
acc person add --code t-rs-1 --name "RS lead one" --party_id us-rs/rs >/dev/null
form /new/member wg_id=us-rs/wg/security-defense person_id=t-us-1 role=co-lead
expect_status 303
form /new/member wg_id=us-rs/wg/security-defense person_id=t-us-2 role=co-lead
expect_status 422
expect_body "at most one co-lead per party"
api POST /api/v1/members '{"wg_id":"us-rs/wg/security-defense","person_id":"t-us-2","role":"co-lead"}'
expect_status 400
expect_body '"field": "role"'
out=$(acc member add --wg_id us-rs/wg/security-defense --person_id t-us-2 \
  --role co-lead 2>&1); rc=$?
check "the CLI refuses a second co-lead of a party (exit 2): $out" \
  test $rc -eq 2
check "the CLI's error names the field" has "$out" 'role:' 
form /new/member wg_id=us-rs/wg/security-defense person_id=t-rs-1 role=co-lead
expect_status 303
req GET "/wg/$WG_SEC"; expect_no_body 'id="colead-missing"'

# ---- the administration page lists and changes grants --------------------
as admin
req GET /admin/users; expect_status 200
expect_body "Security and Defense"
req GET /admin/user/wg-member; expect_status 200
expect_body 'id="grants"'
form /admin/user/wg-member do=grant-add role=wg_member scope=wg \
  of=us-rs/wg/econ
expect_status 303
check "the grant is in the table" \
  test "$(q "SELECT count(*) FROM account_grant g JOIN account a ON a.id=g.account_id WHERE a.login='wg-member'")" = 2
form /admin/user/wg-member do=grant-add role=admin scope=wg of=us-rs/wg/econ
expect_status 400
expect_body "role:"
# The new grant takes effect at once: the member now reaches the figures.
as wg_member
req GET "/edit/observation/$O_TR"; expect_status 200
as admin
form /admin/user/wg-member do=grant-rm role=wg_member scope=wg \
  of=us-rs/wg/econ
expect_status 303
as wg_member
req GET "/edit/observation/$O_TR"; expect_status 403
# An administrator manages accounts and approves nothing.
as admin
req POST "/goal/$G_EX/approve" -H "X-CSRF-Token: $(csrf_of admin)"
expect_status 403

srv_stop
# ---- the audit log explains every grant ----------------------------------
out=$(acc verify 2>&1); rc=$?
check "verify passes with grants added and removed: $(printf '%s' "$out" | tail -2)" \
  test $rc -eq 0
sqlite3 "$DB" "INSERT INTO account_grant(account_id, role, wg_id, clearance, created_at) SELECT id, 'wg_lead', $WG_SEC, 'restricted', '2026-01-01T00:00:00Z' FROM account WHERE login='observer'"
out=$(acc verify 2>&1); rc=$?
check "verify fails on a grant no entry made (exit 4)" test $rc -eq 4
check "verify names the grant: $out" has "$out" 'grant'

done_testing
