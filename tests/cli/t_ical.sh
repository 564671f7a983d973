. "$TOP/tests/cli/lib.sh"
# t_ical.sh: `accord export ical`: the demo's meetings, goal deadlines and
# tentative roadmap dates with the right dates, read back with libical's
# parser (`accord test-ical-parse`); ongoing steps and undated meetings
# left out; what each viewer sees (the public only approved goals and
# public meetings, a co-chair everything); DTSTAMP and SEQUENCE from the
# audit log; escaping and folding; byte-identical repeated exports; bad
# options.

D="--db c.db"
run $D demo
# The demo prints its accounts' passwords: the co-chairs sign with them.
printf '%s\n' "$OUT" | awk '$1=="us-cochair"{print $2}' >pw-us-cochair
printf '%s\n' "$OUT" | awk '$1=="rs-cochair"{print $2}' >pw-rs-cochair
expect_rc 0
sq() { sqlite3 c.db "$1"; }
MTG=$(sq "SELECT id FROM meeting WHERE code='us-rs/mtg/2025-01-launch'")
STEP1=$(sq "SELECT id FROM roadmap_step WHERE code='us-rs/step/01'")
STEP6=$(sq "SELECT id FROM roadmap_step WHERE code='us-rs/step/06'")
STEP10=$(sq "SELECT id FROM roadmap_step WHERE code='us-rs/step/10'")
G_PRES=$(sq "SELECT id FROM goal WHERE code='us-rs/goal/us-president-visit'")
G_MIL=$(sq "SELECT id FROM goal WHERE code='us-rs/goal/miltech-agreements'")
G_CSP=$(sq "SELECT id FROM goal WHERE code='us-rs/goal/comprehensive-partnership'")

# ---- everything (the command line's default viewer) ---------------------
run $D export ical --dialogue us-rs -o all.ics
expect_rc 0
expect_out "1 meeting, 3 deadlines, 6 roadmap steps"
expect_out "1 meeting without a date, 4 ongoing steps"
run test-ical-parse all.ics
expect_rc 0
P="$OUT"
expect_out "VCALENDAR"
expect_out "  PRODID:-//Accord//Accord strategic dialogues//EN"
expect_out "  VERSION:2.0"
expect_out "  CALSCALE:GREGORIAN"
expect_out "  X-WR-CALNAME:US–Serbia strategic dialogue"
# The meeting in Belgrade of 2025-01-11 (the State Department's record), all
# day, held.
ev() {   # ev UID: the lines of the VEVENT with that UID, from $P
  printf '%s\n' "$P" | awk -v u="  UID:$1" '
    /^[A-Z]/ { if (keep) exit; buf = "" }
    { buf = buf $0 "\n" }
    $0 == u { keep = 1 }
    END { if (keep) printf "%s", buf }'
}
OUT=$(ev "meeting-$MTG@us-rs.accord")
expect_out "DTSTART;VALUE=DATE:20250111"
expect_out "DTEND;VALUE=DATE:20250112"
expect_out "STATUS:CONFIRMED"
expect_out "CLASS:PUBLIC"
expect_out "SUMMARY:Deputy Secretary Verma's meeting with President Vučić in Belgrade: a strategic dialogue discussed"
expect_out "DESCRIPTION:Deputy Secretary Richard R. Verma met President Aleksandar Vučić\\, Foreign Minister"
expect_out "SEQUENCE:0"
# Goal deadlines: all-day, transparent, of every classification.
OUT=$(ev "goal-$G_PRES-deadline@us-rs.accord")
expect_out "DTSTART;VALUE=DATE:20290120"
expect_out "SUMMARY:Deadline: A visit by the President of the USA to Belgrade"
expect_out "TRANSP:TRANSPARENT"
expect_out "CLASS:PRIVATE"
OUT=$(ev "goal-$G_MIL-deadline@us-rs.accord")
expect_out "DTSTART;VALUE=DATE:20280110"
expect_out "CLASS:CONFIDENTIAL"
OUT=$(ev "goal-$G_CSP-deadline@us-rs.accord")
expect_out "DTSTART;VALUE=DATE:20340630"
# Roadmap steps with a tentative date; ongoing ones are left out.
OUT=$(ev "step-$STEP1@us-rs.accord")
expect_out "DTSTART;VALUE=DATE:20250630"
expect_out "SUMMARY:Tentative: Step I: Obtaining consent"
expect_out "STATUS:TENTATIVE"
expect_out "DESCRIPTION:Roadmap step 1. Tentative date as planned: mid-2025"
OUT=$(ev "step-$STEP10@us-rs.accord")
expect_out "DTSTART;VALUE=DATE:20340630"
OUT="$P"
expect_no_out "UID:step-$STEP6@"
expect_no_out "Step VI:"
expect_no_out "SUMMARY:Inaugural meeting"
n=$(printf '%s\n' "$P" | grep -c '^VEVENT$')
expect_same "$n" 10 "VEVENTs in the dialogue's feed"
# Every line is CRLF-terminated and at most 75 octets (folded by libical).
long=$(LC_ALL=C awk '{ sub(/\r$/, ""); if (length($0) > 75) n++ }
  END { print n + 0 }' all.ics)
expect_same "$long" 0 "lines longer than 75 octets"
bare=$(LC_ALL=C grep -c "[^$(printf '\r')]\$" all.ics)
expect_same "$bare" 0 "lines without CR"

# Two exports of the same data are the same bytes.
run $D export ical --dialogue us-rs -o again.ics
cmp -s all.ics again.ics && t_ok || t_fail "a second export differs"
run $D export ical --dialogue us-rs
expect_rc 0
printf '%s\n' "$OUT" | tr -d '\r' >stdout.ics
tr -d '\r' <all.ics >all.lf
cmp -s all.lf stdout.ics && t_ok || t_fail "standard output differs from -o"

# ---- the public: public items, and goals only once both sides approved --
# The demo signs its public goals; this part starts from none approved.
sq "DELETE FROM approval"
run $D export ical --dialogue us-rs --as-viewer public -o pub.ics
expect_rc 0
# The demo's co-chairs approved its public goals (one has a deadline).
expect_out "1 meeting, 1 deadline, 6 roadmap steps"
run test-ical-parse pub.ics
expect_rc 0
expect_out "UID:meeting-$MTG@us-rs.accord"
expect_out "UID:goal-$G_CSP-deadline@us-rs.accord"
expect_no_out "UID:goal-$G_PRES-deadline"
expect_no_out "CLASS:PRIVATE"
expect_no_out "CLASS:CONFIDENTIAL"
# A new deadline is a draft: the public keeps the approved one until both
# co-chairs approve the change.
run $D goal set "$G_CSP" --deadline 2034-12-31
expect_rc 0
run $D export ical --as-viewer public -o pub2.ics
run test-ical-parse pub2.ics
expect_out "UID:goal-$G_CSP-deadline@us-rs.accord"
expect_out "DTSTART;VALUE=DATE:20340630"
expect_no_out "DTSTART;VALUE=DATE:20341231"
H=$("$ACCORD" $D hash goal "$G_CSP" | sed 's/.*content hash //')
for who in us-cochair rs-cochair; do
  run $D --as $who goal approve "$G_CSP" --hash "$H" --password-fd 3 \
    3<pw-$who
  expect_rc 0
done
run $D export ical --as-viewer public -o pub2.ics
run test-ical-parse pub2.ics
expect_out "DTSTART;VALUE=DATE:20341231"
expect_no_out "UID:goal-$G_PRES-deadline"

# Dated internal and restricted meetings (with characters to escape).
run $D meeting add --dialogue_id us-rs --code t/int --kind working_group \
  --title "Zint; trade, customs" --held_on 2026-12-15 --state planned \
  --place "Belgrade, Palace of Serbia" --classification internal
expect_rc 0
run $D meeting add --dialogue_id us-rs --code t/res --kind other \
  --title "Zres defence talks" --held_on 2026-12-16 --state cancelled \
  --agenda "Line one
Line two" --classification restricted
expect_rc 0
run $D export ical --as-viewer public -o pub3.ics
run test-ical-parse pub3.ics
expect_no_out "Zint"
expect_no_out "Zres"
run $D export ical --as-viewer observer -o obs.ics
run test-ical-parse obs.ics
expect_out "SUMMARY:Zint\\; trade\\, customs"
expect_out "LOCATION:Belgrade\\, Palace of Serbia"
expect_no_out "Zres"
run $D export ical --as-viewer us-cochair -o cochair.ics
run test-ical-parse cochair.ics
expect_out "SUMMARY:Zint\\; trade\\, customs"
expect_out "SUMMARY:Zres defence talks"
expect_out "STATUS:CANCELLED"
expect_out "DESCRIPTION:Line one\\nLine two"
expect_out "CLASS:CONFIDENTIAL"

# A change: SEQUENCE counts it, the feed changes.
run $D meeting set us-rs/mtg/2025-01-launch --place Belgrade
expect_rc 0
run $D export ical --dialogue us-rs -o changed.ics
run test-ical-parse changed.ics
P="$OUT"
OUT=$(ev "meeting-$MTG@us-rs.accord")
expect_out "SEQUENCE:1"
expect_out "LOCATION:Belgrade"

# ---- bad input -----------------------------------------------------------
run $D export ical --dialogue nope
expect_rc 3
expect_err "--dialogue: no dialogue with code \"nope\""
run $D export ical --as-viewer nobody
expect_rc 2
expect_err "--as-viewer: expected public, internal, restricted"
run $D export ical --indicator us-rs/ind/trade-total
expect_rc 1
expect_err "export ical: unexpected \"--indicator\""
run $D export ical --format csv
expect_rc 1
run $D export ical -o no/such/dir/f.ics
expect_rc 6
expect_err "cannot write no/such/dir/f.ics"
run $D export ical --dialogue
expect_rc 1
printf 'BEGIN:VEVENT\r\nEND:VEVENT\r\n' >bad.ics
run test-ical-parse bad.ics
expect_rc 2
expect_err "not an iCalendar VCALENDAR"
run test-ical-parse missing.ics
expect_rc 6

done_testing
