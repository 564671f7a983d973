# t_disagg.sh: breakdowns of an indicator on the web (docs/design.md
# "Breakdowns"): the indicator's page lists each period's total and its
# cells under it, in the reader's language; the API's rows carry
# breakdown; the API's conflicts are within one cell and name it; a
# preference chosen on the page leaves other cells alone; a cell with a
# bad breakdown is refused through the API naming the field.
. "$(dirname "$0")/lib.sh"

http_setup
IND=$(acc indicator show us-rs/ind/joint-exercises --json | jq -r .id)
acc source add --code src/zdg --title "Zdg survey" >/dev/null
acc observation add --indicator_id us-rs/ind/joint-exercises --period 2025 \
  --value 2 --breakdown party=us >/dev/null
acc observation add --indicator_id us-rs/ind/joint-exercises --period 2025 \
  --value 1 --breakdown sex=female >/dev/null
acc observation add --indicator_id us-rs/ind/joint-exercises --period 2025 \
  --value 3 --breakdown sex=female --source_id src/zdg >/dev/null
srv_start

as secretariat
req GET "/item/indicator/$IND"
expect_status 200
expect_body "party: us"
expect_body "sex: female"
api GET "/api/v1/observations?indicator_id=$IND&limit=500"
expect_status 200
check "the API's rows carry breakdown" grep -q '"breakdown": *"party=us"' "$BODY"
api GET "/api/v1/conflicts?indicator_id=$IND"
expect_status 200
check "the conflict is the cell's" grep -q '"breakdown": *"sex=female"' "$BODY"
check "a cell is no conflict with another" not grep -q '"breakdown": *"party=us"' "$BODY"
api POST /api/v1/observations '{"indicator_id":'"$IND"',"period":"2025","value":4,"breakdown":"female"}'
expect_status 400
expect_body "breakdown: dimension 1: write it as name=value"

# Serbian: the usual dimensions and values in the reader's language.
req GET "/item/indicator/$IND?lang=sr-Latn"
expect_status 200
expect_body "pol: žene"

# Choosing a value of the sex=female cell leaves the others alone.
ID3=$(sqlite3 "$DB" "SELECT id FROM observation WHERE breakdown='sex=female' AND value=3")
form "/observation/$ID3/prefer" next="/item/indicator/$IND"
expect_status 303
expect_same "$(sqlite3 "$DB" "SELECT $(sql_group_concat id , id) FROM observation
  WHERE preferred=1 AND indicator_id=$IND")" "$ID3" "one choice, in one cell"
api GET "/api/v1/conflicts?indicator_id=$IND"
check "no conflict left in the cell" not grep -q 'sex=female' "$BODY"

# The public sees no cell before a release publishes it.
as public
req GET "/item/indicator/$IND"
expect_no_body "sex: female"

srv_stop
done_testing
