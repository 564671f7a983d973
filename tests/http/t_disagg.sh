# t_disagg.sh: breakdowns of an indicator on the web (docs/design.md
# "Breakdowns"): the indicator's page lists each period's total and its
# cells under it, in the reader's language; the API's rows carry
# breakdown; the API's conflicts are within one cell and name it; a
# preference chosen on the page leaves other cells alone; a cell with a
# bad breakdown is refused through the API naming the field.  The demo's
# trade total has a breakdown by flow: the goal's chart draws its cells
# beside the judged total, with a legend, a description and a table in the
# reader's language.  The JSON bulk import takes a breakdown per element
# (text or object), checked by the same rules, all or nothing.
. "$(dirname "$0")/lib.sh"

http_setup
IND=$(acc indicator show us-rs/ind/joint-exercises --json | jq -r .id)
acc source add --code src/zdg --title "Zdg survey" >/dev/null
# The dimensions these cells use, declared by the dialogue (038): labels
# as the words were; the demo declares flow ("Flow": "US exports").
acc dimension add --dialogue_id us-rs --code us-rs/dim/party --name party \
  --label party --label_sr strana >/dev/null
acc dimension add --dialogue_id us-rs --code us-rs/dim/sex --name sex \
  --label sex --label_sr pol >/dev/null
acc dimension-value add --dimension_id us-rs/dim/sex --value female \
  --label female --label_sr žene >/dev/null
acc dimension add --dialogue_id us-rs --code us-rs/dim/region --name region \
  --label region --label_sr region >/dev/null
acc dimension add --dialogue_id us-rs --code us-rs/dim/age --name age \
  --label age --label_sr starost >/dev/null
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

# The demo's trade goal: the chart shows the breakdown by flow.
GOAL=$(acc goal show us-rs/goal/trade-10pct --json | jq -r .id)
req GET "/goal/$GOAL"
expect_status 200
expect_body "The total is judged; the cells of its breakdown are shown beside it, not judged: Flow: US exports; Flow: US imports."
expect_body "breakdown, shown, not judged:"
expect_body '<th scope="col" class="num">Flow: US imports</th>'
expect_body "<title>Flow: US exports</title>"
# 2025's cells add up from the months, as the total does.
expect_body '<td>2025</td><td class="num">1,157.8</td>'
req GET "/goal/$GOAL?lang=sr-Latn"
expect_status 200
expect_body "Tok: Izvoz SAD"
expect_body "Ocenjuje se ukupna vrednost"
req GET "/goal/$GOAL?lang=sr-Cyrl"
expect_status 200
expect_body "Ток: Извоз САД"
# A chart with no breakdown has none of it.
GOAL2=$(sqlite3 "$DB" "SELECT g.id FROM goal g JOIN indicator i ON i.id=g.indicator_id
  WHERE i.code='us-rs/ind/us-company-employees' LIMIT 1")
if [ -n "$GOAL2" ]; then
  req GET "/goal/$GOAL2"
  expect_status 200
  expect_no_body "breakdown, shown, not judged"
fi
# A cell recorded only after the day the chart is drawn for is neither
# drawn nor named; the others still are.
acc dimension-value add --dimension_id us-rs/dim/flow --value re-exports \
  --label "re-exports" >/dev/null
acc observation add --indicator_id us-rs/ind/trade-total --period 2026-02 \
  --value 5 --breakdown flow=re-exports >/dev/null
req GET "/goal/$GOAL?at=2025-12-31"
expect_status 200
expect_body "<title>Flow: US exports</title>"
expect_body "shown beside it, not judged: Flow: US exports; Flow: US imports."
expect_no_body "<title>Flow: re-exports</title>"
expect_no_body '<th scope="col" class="num">Flow: re-exports</th>'

# Many cells with long names: the legend wraps into more rows under the
# chart (the figure grows by 24 a row), nothing drawn past its width.
# (Cells of every month of 2024: a chart draws the cells of complete
# periods only.)
{
  echo "indicator,period,value,source,dim_region"
  for r in "Autonomous Province of Vojvodina" "Belgrade and the surrounding municipalities" \
           "Šumadija and Western Serbia, all districts" "Southern and Eastern Serbia, all districts"; do
    for m in 01 02 03 04 05 06 07 08 09 10 11 12; do
      echo "us-rs/ind/trade-total,2024-$m,1,src/census-trade,\"$r\""
    done
  done
} >regions.csv
acc import observations regions.csv >/dev/null || t_fail "cells by region imported"
req GET "/goal/$GOAL"
expect_status 200
check "the legend's rows make the figure taller" python3 -c '
import re, sys
h = int(re.search(r"<svg class=\"chart\" viewBox=\"0 0 760 (\d+)\"", open(sys.argv[1]).read()).group(1))
sys.exit(0 if h >= 340 + 2*24 else 1)' "$BODY"
check "no legend text past the chart's width" python3 -c '
import re, sys
b = open(sys.argv[1], encoding="utf-8").read()
svg = b[b.index("<svg class=\"chart\""):b.index("</svg>")]
xs = [int(x) for x, y in re.findall(r"<text x=\"(\d+)\" y=\"(\d+)\"", svg) if int(y) > 340]
sys.exit(0 if xs and max(xs) < 736 else 1)' "$BODY"
# The JSON import: a breakdown as text or as an object, checked.
before=$(sqlite3 "$DB" "SELECT count(*) FROM observation")
api POST /api/v1/import/observations '[
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":1,"breakdown":"party=us"},
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":2,"breakdown":"Sex=female"},
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":3,"breakdown":5},
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":4,"breakdown":{"sex":"a;b"}}]'
expect_status 400
check "the text's error names the field and index" \
  jq -e '.error.errors[] | select(.index==1 and .field=="breakdown" and (.message|test("a name is a lower-case code")))' "$BODY"
check "a number is refused" \
  jq -e '.error.errors[] | select(.index==2 and .field=="breakdown")' "$BODY"
check "the object's error names the field and index" \
  jq -e '.error.errors[] | select(.index==3 and .field=="breakdown" and (.message|test("dimension sex")))' "$BODY"
expect_same "$(sqlite3 "$DB" "SELECT count(*) FROM observation")" "$before" \
  "a refused import adds nothing"
api POST /api/v1/import/observations '[
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":1,"breakdown":"party=us"},
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":2,"breakdown":{"sex":"female","age":"15-24"}},
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":3}]'
expect_status 200
expect_body '"imported": 3'
expect_same "$(sqlite3 "$DB" "SELECT coalesce(breakdown,'-')||':'||CAST(value AS INTEGER)
  FROM observation WHERE indicator_id=$IND AND period='2024' ORDER BY id" | tr '\n' ' ')" \
  "party=us:1 age=15-24;sex=female:2 -:3 " "the cells as imported, in name order"
# The same cell again from the same source is a duplicate; another cell is not.
api POST /api/v1/import/observations '[
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":1,"breakdown":"party=us"}]'
expect_status 409
api POST /api/v1/import/observations '[
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":1,"breakdown":"party=rs"}]'
expect_status 200

# Only the dimensions and values the dialogue declares (038_dimension.sql):
# an undeclared one is refused naming the field and the element, all or
# nothing.
before=$(sqlite3 "$DB" "SELECT count(*) FROM observation")
api POST /api/v1/import/observations '[
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":7,"breakdown":"colour=red"},
 {"indicator":"us-rs/ind/trade-total","period":"2024-01","value":1,"source":"src/census-trade","breakdown":"flow=transit"},
 {"indicator":"us-rs/ind/joint-exercises","period":"2024","value":8,"breakdown":"sex=female"}]'
expect_status 400
check "an undeclared dimension names the field and index" \
  jq -e '.error.errors[] | select(.index==0 and .field=="breakdown" and (.message|test("dimension \"colour\" is not declared")))' "$BODY"
check "an undeclared value names the field and index" \
  jq -e '.error.errors[] | select(.index==1 and .field=="breakdown" and (.message|test("value \"transit\" of dimension flow is not declared")))' "$BODY"
expect_same "$(sqlite3 "$DB" "SELECT count(*) FROM observation")" "$before" \
  "an import with an undeclared dimension adds nothing"
api POST /api/v1/observations '{"indicator_id":'"$IND"',"period":"2025","value":4,"breakdown":"colour=red"}'
expect_status 400
check "one observation: the field named" \
  jq -e '.error.message|test("breakdown: dimension \"colour\" is not declared")' "$BODY"
# The declarations through the API, with their labels.
api GET "/api/v1/dimension_values?dimension_id=us-rs/dim/flow"
expect_status 200
check "the API lists a dimension's values with their labels" \
  jq -e '[.. | objects | select(.value=="us-exports" and .label_sr=="Izvoz SAD")] | length==1' "$BODY"

# The secretariat declares a dimension through the web form, which speaks
# Serbian too.
req GET "/new/dimension-value?lang=sr-Latn"
expect_status 200
expect_body "Dimenzija"
DID=$(sqlite3 "$DB" "SELECT id FROM dialogue WHERE code='us-rs'")
form "/new/dimension" dialogue_id="$DID" code=us-rs/dim/disability \
  name=disability label=Disability label_sr=Invaliditet
expect_status 303
expect_same "$(sqlite3 "$DB" "SELECT label_sr FROM dimension WHERE name='disability'")" \
  "Invaliditet" "the form declared the dimension"
form "/new/dimension" dialogue_id="$DID" code=us-rs/dim/bad name=Bad label=Bad
expect_status 422
expect_body "a dimension&#39;s name is a lower-case code"

# The public sees no cell before a release publishes it.
as public
req GET "/item/indicator/$IND"
expect_no_body "sex: female"
# The demo's approved declarations are public, with their labels; the ones
# added here are not approved, so the public does not see them.
req GET "/goal/$GOAL"
expect_status 200
expect_body "<title>Flow: US exports</title>"
api GET "/api/v1/dimensions"
expect_status 200
check "the public sees the approved dimension" grep -q '"name": *"flow"' "$BODY"
check "the public does not see an unapproved one" not grep -q '"name": *"party"' "$BODY"

srv_stop
done_testing
