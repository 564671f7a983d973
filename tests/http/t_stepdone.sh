# t_stepdone.sh: a roadmap step done by what fulfils it is done everywhere
# its date is read, as on the roadmap: step IV of the demo (the inaugural
# meeting) is done once the meeting is on the record as held (2026-03-20)
# and both co-chairs approved that record; then the dashboard's upcoming
# dates no longer list it as planned, the iCalendar feed (web and `export
# ical`) shows it done on that day, and the IATI export's activity gets
# that day as its actual start.  Before the approvals none of them does.
. "$(dirname "$0")/lib.sh"

http_setup
D=$(acc dialogue show us-rs --json | jq -r .id)
M=$(acc meeting show us-rs/mtg/inaugural --json | jq -r .id)
S4=$(acc step show us-rs/step/04 --json | jq -r .id)
srv_start

# upcoming: the dashboard's section of upcoming dates on 2026-03-25 (step
# IV is planned for 2026-03-31) into $DIR/up.html.
upcoming() {
  req GET "/dialogue/$D?at=2026-03-25"; expect_status 200
  sed -n '/id="upcoming"/,/<\/section>/p' "$BODY" >"$DIR/up.html"
}
# ical_step FILE: the VEVENT of step IV in an iCalendar file, unfolded.
ical_step() {
  tr -d '\r' <"$1" | sed -e ':a' -e '$!N;s/\n //;ta' -e 'P;D' |
    awk -v u="UID:step-$S4@" 'index($0,"BEGIN:VEVENT"){ev=""; on=1}
      on{ev=ev $0 "\n"} index($0,"END:VEVENT"){on=0; if(index(ev,u)) printf "%s", ev}'
}

# ---- held, not yet approved: not done anywhere ------------------------------
acc meeting set us-rs/mtg/inaugural --state held --held_on 2026-03-20 \
  >/dev/null
as secretariat
req GET "/item/step/$S4"; expect_status 200
expect_body "Not done: 0 of 1"
upcoming
check "before: step IV is upcoming on 2026-03-25" grep -q "/item/step/$S4" \
  "$DIR/up.html"
req GET "/dialogue/$D/calendar.ics"; expect_status 200
ical_step "$BODY" >"$DIR/ev0"
check "before: the feed's step IV is tentative" grep -q \
  "SUMMARY:Tentative: Step IV" "$DIR/ev0"
check "before: on its planned day" grep -q "DTSTART;VALUE=DATE:20260331" \
  "$DIR/ev0"
acc export iati --as-viewer restricted -o before.xml >/dev/null 2>&1
check "before: no actual start in IATI" not grep -q \
  'activity-date type="2" iso-date="2026-03-20"' before.xml

# ---- both co-chairs approve the record: step IV is done ------------------------
for who in us-cochair rs-cochair; do
  cli_approve "$who" meeting "$M" >/dev/null 2>&1
done
req GET "/item/step/$S4"; expect_status 200
expect_body "Done on 20 March 2026: us-rs/mtg/inaugural, as every party approved it."

# The dashboard: the roadmap and the upcoming dates agree.
upcoming
check "step IV done: not upcoming" not grep -q "/item/step/$S4" "$DIR/up.html"
sed -n '/id="roadmap"/,/<\/section>/p' "$BODY" | grep "/item/step/$S4\"" \
  >"$DIR/road.html"
check "the roadmap: step IV done on 20 March 2026" grep -q "20 March 2026" \
  "$DIR/road.html"

# The iCalendar feed, on the web and from the command line.
req GET "/dialogue/$D/calendar.ics"; expect_status 200
ical_step "$BODY" >"$DIR/ev1"
check "feed: step IV done" grep -q "SUMMARY:Done: Step IV" "$DIR/ev1"
check "feed: on the day it was done" grep -q "DTSTART;VALUE=DATE:20260320" \
  "$DIR/ev1"
check "feed: confirmed" grep -q "STATUS:CONFIRMED" "$DIR/ev1"
check "feed: says when" grep -q "Done on 2026-03-20." "$DIR/ev1"
acc export ical --dialogue us-rs -o cli.ics >/dev/null 2>&1
ical_step cli.ics >"$DIR/ev2"
check "export ical: step IV done on 2026-03-20" grep -q \
  "DTSTART;VALUE=DATE:20260320" "$DIR/ev2"
check "export ical: parses" acc test-ical-parse cli.ics

# IATI: the first step done is the activity's actual start; the planned
# start stays; the file still validates and keeps the rules.  The public
# does not see the (internal) meeting that fulfils the step, so for the
# public it is not done, as on the public's roadmap.
acc export iati --as-viewer restricted -o after.xml >/dev/null 2>&1
check "IATI: actual start 2026-03-20" grep -q \
  'activity-date type="2" iso-date="2026-03-20"' after.xml
check "IATI: planned start kept" grep -q \
  'activity-date type="1" iso-date="2025-06-30"' after.xml
check "IATI: schema" xmllint --noout --schema \
  "$TOP/data/iati/iati-activities-schema.xsd" after.xml
check "IATI: rules" python3 "$TOP/tests/iati/rules.py" after.xml
check "IATI: ruleset" python3 "$TOP/tests/iati/ruleset.py" after.xml
acc export iati -o public.xml >/dev/null 2>&1
check "IATI, public: no actual start" not grep -q 'activity-date type="2"' \
  public.xml

done_testing
