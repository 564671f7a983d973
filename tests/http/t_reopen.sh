# t_reopen.sh: a choice of the owner that a later disagreeing value
# reopened is on the owner's home page until they choose again
# (docs/status.md 2.4, page_home.c "Choices to make again"):
#   - the trade indicator's owner chose the Census value for 2025-03; a
#     later mirror value disagrees: their /home lists the indicator and
#     the period, with both values and sources; the goal page reads
#     "Sources disagree" and says the choice was reopened;
#   - someone else's home page does not list it;
#   - an agreeing later value lists nothing;
#   - choosing again (the web form) takes it off the list.
. "$(dirname "$0")/lib.sh"

http_setup
acc person add --code person/owner --name "Zmk Owner" --party_id us-rs/us \
  >/dev/null
acc indicator set us-rs/ind/trade-total --owner_id person/owner >/dev/null
acc user set wg-member --person person/owner >/dev/null
acc source add --code src/sors-mirror --title "Foreign trade of Serbia with the US (mirror)" \
  --publisher "Zmk Statistical Office of Serbia" >/dev/null
acc source add --code src/third --title "A third compilation" \
  --publisher "Zmk Third Office" >/dev/null
acc observation add --indicator_id us-rs/ind/trade-total --period 2025-03 \
  --value 10.0 --source_id src/sors-mirror >/dev/null
CENSUS=$(sqlite3 "$DB" "SELECT o.id FROM observation o JOIN source s ON s.id=o.source_id
  WHERE s.code='src/census-trade' AND o.period='2025-03' AND o.breakdown IS NULL")
acc prefer "$CENSUS" >/dev/null
# An agreeing later value of a third source: nothing to choose again.
acc observation add --indicator_id us-rs/ind/trade-total --period 2025-03 \
  --value 100.7 --source_id src/third >/dev/null
GOAL=$(sqlite3 "$DB" "SELECT id FROM goal WHERE code='us-rs/goal/trade-10pct'")
srv_start

as wg_member
req GET /home
expect_status 200
expect_body "Choices to make again"
expect_body "No choice of yours was reopened."
expect_no_body "Zmk Statistical Office of Serbia, 11"

# A later mirror value that disagrees reopens the choice.
acc observation add --indicator_id us-rs/ind/trade-total --period 2025-03 \
  --value 11.0 --source_id src/sors-mirror >/dev/null
NEW=$(sqlite3 "$DB" "SELECT max(id) FROM observation")
req GET /home
expect_status 200
expect_body "March 2025: the choice of 100.7 million USD (U.S. Census Bureau, Foreign Trade Division) was reopened by a later value of Zmk Statistical Office of Serbia, 11 million USD. Choose again."
expect_body "Total US–Serbia goods trade"
expect_no_body "No choice of yours was reopened."
req GET "/goal/$GOAL"
expect_status 200
expect_body "Sources disagree"
expect_body "was reopened by a later value of Zmk Statistical Office of Serbia"

# The API's and the pages' conflict lists list it again, as reopened.
api GET "/api/v1/conflicts?indicator_id=us-rs/ind/trade-total"
expect_status 200
expect_body '"reopened": true'
expect_body '"period": "2025-03"'
req GET "/item/indicator/$(sqlite3 "$DB" "SELECT id FROM indicator WHERE code='us-rs/ind/trade-total'")"
expect_body "a later value of another source reopened the choice: choose again"
req GET "/dialogue/$(sqlite3 "$DB" "SELECT id FROM dialogue WHERE code='us-rs'")"
expect_body "(the owner&#39;s choice was reopened by a later value)"

# Not on the home page of someone who does not report the indicator.
as wg_lead
req GET /home
expect_status 200
expect_no_body "was reopened by a later value"

# Choosing again on the web takes it off the list.
as secretariat
form "/observation/$NEW/prefer" next=/home
expect_status 303
as wg_member
req GET /home
expect_body "No choice of yours was reopened."
req GET "/goal/$GOAL"
expect_no_body "was reopened by a later value"

# Marking the value that is already preferred, preferred again (a PATCH of
# the API, `observation set --preferred 1`), chooses again too.
acc observation add --indicator_id us-rs/ind/trade-total --period 2025-03 \
  --value 12.0 --source_id src/third >/dev/null
req GET /home
expect_body "was reopened by a later value of Zmk Third Office, 12"
as secretariat
api PATCH "/api/v1/observations/$NEW" '{"preferred": true}'
expect_status 200
as wg_member
req GET /home
expect_body "No choice of yours was reopened."
acc observation add --indicator_id us-rs/ind/trade-total --period 2025-03 \
  --value 13.0 --source_id src/third >/dev/null
req GET /home
expect_body "was reopened by a later value of Zmk Third Office, 13"
acc observation set "$NEW" --preferred 1 >/dev/null
req GET /home
expect_body "No choice of yours was reopened."
srv_stop
done_testing
