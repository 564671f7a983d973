# t_planfilter.sh: the tables of the action plan (/dialogue/ID/plan) have
# the filter row of the dashboard's goals (the same GET form, class
# "filters"): ?q= (words in a goal's code or title), ?area=, ?wg= (ids or
# codes); an area of nothing, or not of this dialogue, is answered 400
# naming the parameter.
. "$(dirname "$0")/lib.sh"

http_setup
D=$(acc dialogue show us-rs --json | jq -r .id)
GF=$(acc goal show us-rs/goal/fulbright --json | jq -r .id)
GT=$(acc goal show us-rs/goal/trade-10pct --json | jq -r .id)
AREA=$(acc goal show us-rs/goal/fulbright --json | jq -r .area_id)
srv_start

as public
req GET "/dialogue/$D/plan"; expect_status 200
expect_body '<form method="get" action="/dialogue/'"$D"'/plan" class="filters" id="filters">'
expect_body 'name="q"'; expect_body '<select name="area">'
expect_body '<select name="wg">'
expect_body "/goal/$GF\""; expect_body "/goal/$GT\""
expect_no_body 'id="shown"'

# Words in the title, any case.
req GET "/dialogue/$D/plan?q=FULBRIGHT"; expect_status 200
expect_body "/goal/$GF\""; expect_no_body "/goal/$GT\""
expect_body 'id="shown"'; expect_body "Showing 1 of"
expect_body 'value="FULBRIGHT"'
# An area, by id and by code.
req GET "/dialogue/$D/plan?area=$AREA"; expect_status 200
expect_body "/goal/$GF\""; expect_no_body "/goal/$GT\""
req GET "/dialogue/$D/plan?area=us-rs/area/people"; expect_status 200
expect_body "/goal/$GF\""
# Nothing matches: said so, in each table.
req GET "/dialogue/$D/plan?q=no-such-words-anywhere"; expect_status 200
expect_body "No goals match these filters."; expect_body "Showing 0 of"
# The date stays with the filters.
req GET "/dialogue/$D/plan?at=2026-06-30&q=fulbright"; expect_status 200
expect_body '<input type="hidden" name="at" value="2026-06-30">'
# Bad filters are refused, naming the parameter.
req GET "/dialogue/$D/plan?area=no-such-area"; expect_status 400
expect_body "area"
req GET "/dialogue/$D/plan?wg=us-pl/wg/none"; expect_status 400
expect_body "wg"

done_testing
