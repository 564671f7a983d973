# t_home.sh: each person's home page (/home, page_home.c), the dashboard's
# filters and order, and a working group's last contact, on the demo with
# a few people linked to the demo accounts:
#   - / sends a logged-in person to /home; the public keeps the portfolio
#     and is not given /home;
#   - a working-group member sees their group (its goals by status and
#     last contact), their actions due and overdue, and the data due for
#     the indicator they report; a co-chair sees what awaits their
#     party's approval, and an approved item leaves the list; an observer
#     sees no write action;
#   - what changed since the last visit (the previous login) never shows
#     an observer an entry about a restricted item, nor the entries of
#     the time an item now internal was restricted;
#   - the dashboard's filters (status, area, wg, owner, deadline) and
#     sort, valid and invalid (400 naming the parameter);
#   - the working group's page shows "Last contact: 12 days ago";
#   - Serbian, both scripts; the person link from the CLI and from
#     /admin/user/LOGIN, a bad one refused naming the field.
. "$(dirname "$0")/lib.sh"

http_setup
DAY() { date -u -d "$1" +%F; }
# ---- people, seats, actions, data ----------------------------------------
acc person add --code person/ana --name "Zmk Ana Member" --party_id us-rs/rs \
  --position economist >/dev/null
acc person add --code person/bob --name "Zmk Bob Lead" --party_id us-rs/us \
  >/dev/null
acc member add --wg_id us-rs/wg/people --person_id person/ana --role member >/dev/null
acc member add --wg_id us-rs/wg/security-defense --person_id person/bob \
  --role co-lead >/dev/null
acc contact add --wg_id us-rs/wg/people --held_on "$(DAY '12 days ago')" \
  --kind call --summary "Zmk-home-call on student visas" \
  --classification internal >/dev/null
acc contact add --wg_id us-rs/wg/people --held_on "$(DAY '40 days ago')" \
  --kind email --summary "Zmk-home-older e-mail" --classification internal >/dev/null
acc decision add --meeting_id us-rs/mtg/2025-01-launch --text "Zmk-dec-1" \
  --action "Zmk-action-overdue: send the visa figures" --owner_id person/ana \
  --due_on "$(DAY '5 days ago')" >/dev/null
acc decision add --meeting_id us-rs/mtg/2025-01-launch --text "Zmk-dec-2" \
  --action "Zmk-action-soon: draft the exchange plan" --owner_id person/ana \
  --due_on "$(DAY '10 days')" >/dev/null
acc decision add --meeting_id us-rs/mtg/2025-01-launch --text "Zmk-dec-3" \
  --action "Zmk-action-done: long finished" --owner_id person/ana \
  --due_on "$(DAY '30 days ago')" --done_on "$(DAY '31 days ago')" >/dev/null
acc dialogue add --code zmk-other --title "Zmk other dialogue" --state proposed \
  --classification public >/dev/null
acc area add --dialogue_id zmk-other --code zmk-other/area --area_set proposal \
  --name "Zmk other area" >/dev/null
acc indicator set us-rs/ind/diplomats-trained --owner_id person/ana >/dev/null
acc goal set us-rs/goal/fulbright --owner_id person/ana >/dev/null
acc goal set us-rs/goal/visa-facilitation --owner_id person/ana \
  --deadline "$(DAY '30 days')" >/dev/null
# An item restricted now, and one restricted once and internal now.
acc goal add --dialogue_id us-rs --area_id us-rs/area/people --wg_id us-rs/wg/people \
  --code zmk-home-secret --title "Zmk-home-secret goal" --kind milestone \
  --classification restricted >/dev/null
acc goal add --dialogue_id us-rs --area_id us-rs/area/people --wg_id us-rs/wg/people \
  --code zmk-home-wasres --title "Zmk-home-wasres goal" --kind milestone \
  --classification restricted >/dev/null
acc goal set zmk-home-wasres --classification internal >/dev/null
acc goal add --dialogue_id us-rs --area_id us-rs/area/people --wg_id us-rs/wg/people \
  --code zmk-home-open --title "Zmk-home-open goal" --kind milestone \
  --classification internal >/dev/null

# The person link: from the CLI; a bad one changes nothing.
d0=$(db_digest)
acc user set wg-member --person nobody >/dev/null 2>&1
check "user set --person nobody fails" test $? -ne 0
acc user set wg-member --person nobody --role wg_lead >"$DIR/err" 2>&1
check "the error names the person" grep -q "person" "$DIR/err"
check "a bad --person changes nothing, not even the role" \
  test "$(db_digest)" = "$d0"
acc user set wg-member --person person/ana >/dev/null
check "user set --person links the account" \
  test "$(sqlite3 "$DB" "SELECT p.code FROM account a JOIN person p ON p.id=a.person_id WHERE a.login='wg-member'")" = person/ana
acc user set wg-lead --person person/bob >/dev/null
ID_WG=$(sqlite3 "$DB" "SELECT id FROM working_group WHERE code='us-rs/wg/people'")
ID_IND=$(sqlite3 "$DB" "SELECT id FROM indicator WHERE code='us-rs/ind/diplomats-trained'")
sleep 1
srv_start

# ---- the public -----------------------------------------------------------
as public
req GET /; expect_status 200; expect_body 'US–Serbia strategic dialogue'
req GET /home; expect_status 303
check "the public is sent to /login for /home (got $LOC)" test "${LOC#/login}" != "$LOC"
req GET /dialogues; expect_status 200

# ---- a working-group member -------------------------------------------
as wg_member
req GET /; expect_status 303
check "/ sends a logged-in person to /home (got $LOC)" test "$LOC" = /home
req GET /home; expect_status 200
expect_body 'Zmk Ana Member'
expect_body 'Working group: People to People Ties'
expect_body 'Last contact:'
expect_body '12 days ago'
expect_body 'Establishing a bilateral Fulbright commission'
expect_body 'Zmk-action-overdue'
expect_body 'overdue by 5 days'
expect_body 'Zmk-action-soon'
expect_body 'in 10 days'
expect_no_body 'Zmk-action-done'
expect_body 'Goal deadline'
expect_body 'in 30 days'
check "the overdue action comes before the one due later" \
  test "$(grep -n 'Zmk-action-overdue' "$BODY" | cut -d: -f1)" -lt \
       "$(grep -n 'Zmk-action-soon' "$BODY" | cut -d: -f1)"
expect_body "href=\"/item/indicator/$ID_IND\""
expect_body 'Serbian diplomats in the State Department'
expect_body 'Data due'
expect_body 'none yet'
expect_body "href=\"/new/contact?wg_id=$ID_WG\""
expect_no_body 'id="awaiting"'
expect_no_body 'Zmk-home-secret'

# ---- a working-group lead: their group, restricted goals not shown -----
as wg_lead
req GET /home; expect_status 200
expect_body 'Working group: Security and Defense'
expect_body 'co-lead'
expect_body 'Establishing a partnership between the Serbian Army'
expect_no_body 'joint military exercises'
expect_body 'No contact you may see is recorded.'
expect_body 'No actions due.'
expect_body 'No indicators to report.'

# ---- an observer: no write actions, nothing restricted -----------------
as observer
req GET /home; expect_status 200
expect_body 'not linked to a person record'
expect_body 'You are in no working group.'
expect_body 'No actions due.'
expect_no_body 'href="/new/'
expect_no_body 'href="/edit/'
expect_no_body 'method="post" action="/goal'
expect_no_body 'id="awaiting"'
expect_body 'Your first visit'
expect_body 'Zmk-home-open goal'
expect_no_body 'Zmk-home-secret'
expect_no_body 'zmk-home-secret'
# Internal now, but every entry of it is of the time it was restricted.
expect_no_body 'Zmk-home-wasres'

# ---- what changed since the last visit ----------------------------------
sleep 1
acc goal set zmk-home-open --title "Zmk-home-open goal, renamed" >/dev/null
acc goal set zmk-home-secret --title "Zmk-home-secret goal, renamed" >/dev/null
# A new visit: a new login.
rm -f "$DIR/jar/observer" "$DIR/jar/observer.csrf"
as observer
req GET /home; expect_status 200
expect_body 'Since your last visit'
expect_body 'Zmk-home-open goal, renamed'
expect_no_body 'Zmk-home-secret'
expect_no_body 'Zmk-home-wasres'
# Changed before the last visit and not since: not listed again.
expect_no_body 'Zmk-home-call'
# The secretariat sees the restricted change.
as secretariat
req GET /home; expect_status 200
expect_body 'Zmk-home-secret goal, renamed'
# Reloading within a visit lists the same changes.
as observer
req GET /home; expect_body 'Zmk-home-open goal, renamed'

# ---- a co-chair: what awaits the party's approval ----------------------
GOAL=$(sqlite3 "$DB" "SELECT id FROM goal WHERE code='us-rs/goal/fulbright'")
as cochair
req GET /home; expect_status 200
expect_body 'id="awaiting"'
expect_body "href=\"/goal/$GOAL\""
expect_body 'not linked to a person record'
approve_form goal "$GOAL"; expect_status 303
req GET /home
check "an approved goal leaves the co-chair's list" \
  not grep -q "<li><span class=\"cls\">goal</span> <a href=\"/goal/$GOAL\">" "$BODY"
as rs-cochair
req GET /home; expect_body "href=\"/goal/$GOAL\""

# ---- Serbian, both scripts ----------------------------------------------
as wg_member
req GET '/home?lang=sr-Latn'; expect_status 200
expect_body 'Moje radne grupe'
expect_body 'pre 12 dana'
# Today's date, written out in Serbian.
set -- januar februar mart april maj jun jul avgust septembar oktobar \
  novembar decembar
shift $(($(date -u +%-m) - 1))
expect_body "$(date -u +%-d). $1 $(date -u +%Y)."
req GET '/home?lang=sr-Cyrl'; expect_status 200
expect_body 'Моје радне групе'
expect_body 'пре 12 дана'
req GET '/home?lang=en'

# ---- a working group's last contact -------------------------------------
as public
req GET "/wg/$ID_WG"; expect_status 200
expect_body 'No contact you may see is recorded.'
as observer
req GET "/wg/$ID_WG"; expect_status 200
expect_body 'Last contact:'
expect_body '12 days ago'
req GET "/wg/$ID_WG?lang=sr-Latn"; expect_body 'Poslednji kontakt:'
req GET "/wg/$ID_WG?lang=en"

# The quarterly report lists each group's contacts in the quarter.
CDAY=$(DAY '12 days ago')
CM=$(date -u -d '12 days ago' +%-m)
CQ="$(date -u -d '12 days ago' +%Y)-Q$(( (CM + 2) / 3 ))"
req GET "/dialogue/1/report/quarterly.csv?quarter=$CQ"; expect_status 200
expect_body 'Working-group contacts'
check "the report lists the group's call of $CDAY in $CQ" \
  grep -q "^Working-group contacts,Working group: People to People Ties,[12],[^,]*$CDAY call[^,]*,$CDAY" "$BODY"
expect_body 'Working group: Security and Defense,0,none in the period,none recorded'
req GET "/dialogue/1/report/quarterly.html?quarter=$CQ&lang=sr-Latn"
expect_status 200; expect_body 'Kontakti radnih grupa'
req GET "/wg/$ID_WG?lang=en"

# ---- the dashboard's filters and order ------------------------------------
as observer
T_TRADE='Increasing trade exchange by 10% annually'
T_FUL='Establishing a bilateral Fulbright commission'
req GET /dialogue/1; expect_status 200
expect_body 'class="filters"'
expect_body '<select name="status">'
expect_body '<select name="owner">'
req GET '/dialogue/1?status=on_track'; expect_status 200
expect_body "$T_TRADE"; expect_no_body "$T_FUL"; expect_body 'id="shown"'
req GET '/dialogue/1?status=bogus'; expect_status 400; expect_body 'status'
req GET '/dialogue/1?area=us-rs/area/people'; expect_status 200
expect_body "$T_FUL"; expect_no_body "$T_TRADE"
req GET '/dialogue/1?area=no-such-area'; expect_status 400; expect_body 'area'
req GET "/dialogue/1?area=zmk-other/area"; expect_status 400
expect_body 'not of this dialogue'
req GET '/dialogue/1?wg=us-rs/wg/econ'; expect_status 200
expect_body "$T_TRADE"; expect_no_body "$T_FUL"
req GET '/dialogue/1?wg=nope'; expect_status 400; expect_body 'wg'
req GET '/dialogue/1?owner=person/ana'; expect_status 200
expect_body "$T_FUL"; expect_no_body "$T_TRADE"
req GET '/dialogue/1?owner=nobody'; expect_status 400; expect_body 'owner'
req GET '/dialogue/1?deadline=next-year'; expect_status 200
expect_body 'Additional visa facilitation'; expect_no_body "$T_FUL"
req GET '/dialogue/1?deadline=passed&wg=us-rs/wg/people'; expect_status 200
expect_body 'No goals match these filters.'
req GET '/dialogue/1?deadline=none&wg=us-rs/wg/econ'; expect_status 200
expect_body "$T_TRADE"
req GET '/dialogue/1?deadline=soon'; expect_status 400; expect_body 'deadline'
req GET '/dialogue/1?sort=deadline'; expect_status 200
expect_body 'class="sorted"'
check "sorted by deadline: 2029 before 2034" \
  test "$(grep -n 'A visit by the President of the USA' "$BODY" | head -1 | cut -d: -f1)" -lt \
       "$(grep -n 'Evolving the cooperation into a comprehensive' "$BODY" | head -1 | cut -d: -f1)"
req GET '/dialogue/1?sort=title'; expect_status 200
check "sorted by title: A visit ... before Twinning ..." \
  test "$(grep -n 'A visit by the President of the USA' "$BODY" | head -1 | cut -d: -f1)" -lt \
       "$(grep -n 'Twinning Belgrade with Miami' "$BODY" | head -1 | cut -d: -f1)"
req GET '/dialogue/1?sort=status&lang=sr-Latn'; expect_status 200
expect_body 'Prikaži ciljeve'
req GET '/dialogue/1?sort=upside-down&lang=en'; expect_status 400; expect_body 'sort'

# ---- the person link from the administration page -----------------------
as admin
req GET /admin/user/observer; expect_status 200; expect_body 'name="person"'
d0=$(db_digest)
form /admin/user/observer do=person person=nobody; expect_status 400
expect_body 'person'
check "a bad person changes nothing" test "$(db_digest)" = "$d0"
form /admin/user/observer do=person person=person/bob; expect_status 303
check "the administration page links the account" \
  test "$(sqlite3 "$DB" "SELECT person_id FROM account WHERE login='observer'")" = \
       "$(sqlite3 "$DB" "SELECT id FROM person WHERE code='person/bob'")"
as observer
req GET /home; expect_body 'Working group: Security and Defense'
as admin
form /admin/user/observer do=person person=; expect_status 303
check "an empty person unlinks the account" \
  test -z "$(sqlite3 "$DB" "SELECT person_id FROM account WHERE login='observer'")"

done_testing
