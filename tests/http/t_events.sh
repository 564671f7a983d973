# t_events.sh: the web side of events and staleness (docs/status.md,
# "Events", "Staleness and completeness"): the goal page of a count goal
# lists its events and says "Record an event", never "observation"; the
# form of that name records one, which then counts; a closed year with
# nothing reported reads "not reported"; a working-group member may
# record an event; the dashboard shows reporting completeness and the
# warning beside a status whose year in progress runs against it; the
# API lists events.
. "$(dirname "$0")/lib.sh"

http_setup
G=$(acc goal show us-rs/goal/joint-exercises --json | jq -r .id)
IND=$(acc indicator show us-rs/ind/joint-exercises --json | jq -r .id)
D=$(acc dialogue show us-rs --json | jq -r .id)
TG=$(acc goal show us-rs/goal/trade-10pct --json | jq -r .id)
srv_start

as secretariat
req GET "/goal/$G?at=2026-03-01"; expect_status 200
expect_body 'id="events"'
expect_body "Record an event"
expect_body "not reported"
req GET "/new/event?indicator_id=$IND"; expect_status 200
expect_body "<h1>Record an event</h1>"
expect_no_body "New observation"
form "/new/event" indicator_id="$IND" occurred_on=2025-06-09 \
  title="Zev exercise one"
expect_status 303
form "/new/event" indicator_id="$IND" occurred_on=2025-06-09 \
  title="Zev exercise two"
expect_status 303
form "/new/event" indicator_id="$IND" title="Zev no day"
expect_status 422
expect_body "occurred_on"
req GET "/goal/$G?at=2026-03-01"; expect_status 200
expect_body "Zev exercise one"
expect_body "Zev exercise two"
expect_body "2 Joint US–Serbian military exercises held in 2025 against at least 3"
# A working-group member records events like observations (on an
# indicator it may read: the diplomats trained, internal).
DIP=$(acc indicator show us-rs/ind/diplomats-trained --json | jq -r .id)
as wg_member
form "/new/event" indicator_id="$DIP" occurred_on=2025-09-01 \
  title="Zev diplomats trained"
expect_status 303
as secretariat
form "/new/event" indicator_id="$IND" occurred_on=2025-09-01 \
  title="Zev exercise three"
expect_status 303
req GET "/goal/$G?at=2026-03-01"
expect_body "2025 met the target with 3"
# The API lists them.
api GET "/api/v1/events?indicator_id=$IND"; expect_status 200
expect_same "$(jq '.events|length' "$BODY")" 3 "three events by the API"
api GET "/api/v1/goals/$G/status?at=2026-03-01"; expect_status 200
expect_same "$(jq -r '.completeness.reported' "$BODY")" 1 "2025 reported"

# The dashboard: completeness, and the warning beside the trade goal.
as secretariat
req GET "/dialogue/$D?at=2026-10-01"; expect_status 200
expect_body 'id="completeness"'
expect_body "Reporting completeness"
expect_body "the year in progress runs against it"
req GET "/goal/$TG?at=2026-10-01"; expect_status 200
expect_body "the year in progress runs against it"
check "the audit chain holds" acc verify

srv_stop
done_testing
