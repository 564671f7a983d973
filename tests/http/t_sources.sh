# t_sources.sh: the source of every judged figure on the web goal page and
# in the API's status JSON (docs/status.md 2.4): the values used are
# listed with their source; a second source that disagrees makes the goal
# "Sources disagree" with each source's verdict; the indicator's source of
# record settles it.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start

GID=$(acc goal show us-rs/goal/trade-10pct --json | jq -r .id)
AT=2026-06-30

as secretariat
req GET "/goal/$GID?at=$AT"; expect_status 200
expect_body "Values used"
expect_body "<mark>2025: 1,157.8 million USD</mark> — U.S. trade in goods with Serbia"
expect_body "(U.S. Census Bureau, Foreign Trade Division)"
expect_body "(U.S. Census Bureau).</p>"

api GET "/api/v1/goals/$GID/status?at=$AT"; expect_status 200
check "API: the source of the figures" \
  sh -c "jq -e '.source.code==\"src/census-trade\" and .status==\"on_track\"' '$BODY'"
check "API: each judged figure names its source" \
  sh -c "jq -e '[.figures[].source.publisher]|unique==[\"U.S. Census Bureau, Foreign Trade Division\"]' '$BODY'"

# ?known_on: only what was entered by then; a bad date is refused.
api GET "/api/v1/goals/$GID/status?at=$AT&known_on=2020-01-01"
expect_status 200
check "API: known_on before any entry: no data" \
  sh -c "jq -e '.status==\"no_data\" and .known_on==\"2020-01-01\"' '$BODY'"
api GET "/api/v1/dialogues/1/status?known_on=2026-02-30"
expect_status 400
check "API: a bad known_on is refused, naming the field" \
  sh -c "jq -e '.error.message|startswith(\"known_on:\")' '$BODY'"
# `accord status --json` and the API's dialogue status are one writer's
# (goalstat_dialogue_json()): the same object, but for what the API adds
# for the reader's language.
acc status --json --at $AT --known-on 2026-06-01 >cli.json
api GET "/api/v1/dialogues/1/status?at=$AT&known_on=2026-06-01"
expect_status 200
check "the CLI's status JSON is the API's, less its localized texts" \
  sh -c "jq -S 'del(.goals[].localized)' '$BODY' >api.json &&
         jq -S . cli.json | cmp -s - api.json"
check "the dialogue status names known_on and every goal's fields" \
  sh -c "jq -e '.known_on==\"2026-06-01\" and .dialogue_id==1
                and (.goals[0]|has(\"area_id\") and has(\"area\"))' cli.json"
req GET "/dialogue/1/report/annual.html?year=2025&known_on=2020-01-01"
expect_status 200
expect_body "data as entered by 1 January 2020"
req GET "/dialogue/1/report/annual.html?year=2025&known_on=x"
expect_status 400

# A second source disagrees on a month of 2025.
acc source add --code src/sors-mirror --title "Foreign trade of Serbia (mirror)" \
  --publisher "Statistical Office of the Republic of Serbia" >/dev/null
acc observation add --indicator_id us-rs/ind/trade-total --period 2025-03 \
  --value 10 --source_id src/sors-mirror >/dev/null
req GET "/goal/$GID?at=$AT"; expect_status 200
expect_body 'class="st st-disputed"'
expect_body "Sources disagree"
expect_body "Verdict on each source&#39;s figures"
api GET "/api/v1/goals/$GID/status?at=$AT"; expect_status 200
check "API: disputed, with a verdict per source" \
  sh -c "jq -e '.status==\"disputed\" and (.verdicts|length)==2 and .verdicts[0].status==\"on_track\"' '$BODY'"
api GET "/api/v1/dialogues/1/status?at=$AT"; expect_status 200
check "API: counted as disputed" \
  sh -c "jq -e '.counts.disputed==1' '$BODY'"

# The source of record settles it.
acc indicator set us-rs/ind/trade-total --source_id src/census-trade >/dev/null
api GET "/api/v1/goals/$GID/status?at=$AT"; expect_status 200
check "API: graded on the source of record" \
  sh -c "jq -e '.status==\"on_track\" and .conflicts==0 and .verdicts==[]' '$BODY'"
api GET "/api/v1/indicators?source_id=3"; expect_status 200
check "API: indicators by source of record" \
  sh -c "jq -e '.indicators[0].code==\"us-rs/ind/trade-total\"' '$BODY'"

srv_stop
done_testing
