. "$TOP/tests/cli/lib.sh"
# t_order.sh: the order of entry never changes a status, a sentence,
# `status --json`, nor the IATI export (docs/status.md 2.4).  One small
# dialogue is entered in several orders: its observations (two sources
# that disagree on baseline periods, a revision, a source of record, an
# owner's choice that a later value reopens) are shuffled.  What keeps
# its meaning under every order stays in order: a revision follows the
# value it revises, and the owner's choice is made after the values it
# covers and before the value that reopens it.  Every order must give the
# same `status` text, the same `status --json` and the same IATI bytes
# (baselines included: the value that counts by the engine's rules, never
# the one entered last).

AT=2026-06-30
LAST="building the fixture"; RC=0
IND1=ord/ind/trade     # two sources, no source of record, an owner's choice
IND2=ord/ind/jobs      # source of record: census
IND3=ord/ind/visits    # two sources disagree on the baseline

# The observations, one per line: indicator period value source.  Lines
# joined by "+" stay in that order (a value and its revision).
PRE="$IND1 2023 100 src/census
$IND1 2023 90 src/sors
$IND1 2024 110 src/census
$IND1 2024 99 src/sors
$IND1 2025 118 src/census+$IND1 2025 121 src/census
$IND1 2025 100 src/sors
$IND2 2023 50 src/census
$IND2 2023 40 src/sors
$IND2 2025 58 src/census
$IND2 2025 70 src/sors
$IND3 2023 1000 src/sors
$IND3 2023 1200 src/census
$IND3 2024 1100 src/sors
$IND3 2024 1320 src/census
$IND3 2025 1050 src/sors
$IND3 2025 1452 src/census"
# After the owner chose the Census value of 2023 for IND1: a later
# mirror value that disagrees reopens the choice; one that agrees on
# 2024 does not.
POST="$IND1 2023 95 src/sors
$IND1 2024 110 src/third"

# build DB ORDER: the dialogue, then PRE in ORDER, the choice, POST in
# ORDER (ORDER: fwd, rev, or a seed for shuf).
build() {
  db=$1; order=$2
  a() { "$ACCORD" --db "$db" "$@" >/dev/null || echo "FAILED: $*"; }
  a init
  a source add --code src/census --title "Census series" --publisher "U.S. Census Bureau"
  a source add --code src/sors --title "Mirror series" --publisher "Statistical Office of Serbia"
  a source add --code src/third --title "Third series" --publisher "Third Office"
  a dialogue add --code ord --title "Order dialogue" --launched_on 2023-01-01 \
    --classification public
  a party add --dialogue_id ord --code ord/us --name "United States"
  a party add --dialogue_id ord --code ord/rs --name "Serbia"
  a area add --dialogue_id ord --code ord/area --area_set proposal --name "Trade"
  a indicator add --dialogue_id ord --code $IND1 --name "Trade" --unit "million USD" \
    --frequency year --aggregation sum --classification public
  a indicator add --dialogue_id ord --code $IND2 --name "Jobs" --unit persons \
    --frequency year --aggregation last --classification public --source_id src/census
  a indicator add --dialogue_id ord --code $IND3 --name "Visits" --unit visits \
    --frequency year --aggregation sum --classification public
  a goal add --dialogue_id ord --area_id ord/area --code ord/g/trade --title "Trade grows 10 %" \
    --kind growth --indicator_id $IND1 --target 10 --period year --baseline_period 2023 \
    --deadline 2027-12-31 --classification public
  a goal add --dialogue_id ord --area_id ord/area --code ord/g/jobs --title "Jobs reach 60" \
    --kind level --indicator_id $IND2 --target 60 --baseline_period 2023 \
    --deadline 2027-12-31 --classification public
  a goal add --dialogue_id ord --area_id ord/area --code ord/g/visits --title "Visits grow 10 %" \
    --kind growth --indicator_id $IND3 --target 10 --period year --baseline_period 2023 \
    --deadline 2027-12-31 --classification public
  enter() {
    case "$order" in
      fwd) cat ;;
      rev) tac ;;
      *) awk -v s="$order" 'BEGIN { srand(s) } { print rand() "\t" $0 }' \
           | sort -k1,1 | cut -f2- ;;
    esac | while IFS= read -r line; do
      printf '%s\n' "$line" | tr '+' '\n' | while read -r i p v s; do
        a observation add --indicator_id "$i" --period "$p" --value "$v" --source_id "$s"
      done
    done
  }
  printf '%s\n' "$PRE" | enter
  chosen=$(sqlite3 "$db" "SELECT o.id FROM observation o JOIN source s ON s.id=o.source_id
    JOIN indicator i ON i.id=o.indicator_id
    WHERE i.code='$IND1' AND s.code='src/census' AND o.period='2023'")
  a prefer "$chosen"
  printf '%s\n' "$POST" | enter
}

outputs() {  # outputs DB PREFIX: status text, JSON and IATI into files
  "$ACCORD" --db "$1" status --at $AT >"$2.txt" 2>&1
  "$ACCORD" --db "$1" status --json --at $AT >"$2.json" 2>&1
  "$ACCORD" --db "$1" export iati --as-viewer restricted --reporting-org XM-DAC-ORD \
    -o "$2.raw.xml" >/dev/null 2>&1
  # The file's dates are those of the latest change (when the test ran).
  sed -E 's/(generated|last-updated)-datetime="[^"]*"/\1-datetime="T"/g' \
    "$2.raw.xml" >"$2.xml"
}

build fwd.db fwd
outputs fwd.db fwd
# The fixture reads as intended.
OUT=$(cat fwd.json)
if printf '%s' "$OUT" | jq -e '[.goals[]|select(.code=="ord/g/trade")][0]
    | .status=="disputed" and .reopened.period=="2023"' >/dev/null; then t_ok
else t_fail "the trade goal is disputed again by the reopened choice: $(head -c 400 fwd.json)"; fi
if printf '%s' "$OUT" | jq -e '[.goals[]|select(.code=="ord/g/jobs")][0]
    | .source.code=="src/census" and .conflicts==0' >/dev/null; then t_ok
else t_fail "the jobs goal is judged on its source of record"; fi
if printf '%s' "$OUT" | jq -e '[.goals[]|select(.code=="ord/g/visits")][0]
    | .verdicts|length==2' >/dev/null; then t_ok
else t_fail "the visits goal is judged on each source"; fi
OUT=$(cat fwd.xml)
RC=0
expect_out '<baseline year="2023" value="100"/>'
expect_out '<baseline year="2023" value="50"/>'
expect_out '<baseline year="2023" value="1200"/>'

for order in rev 1 2 3 4; do
  build "o$order.db" "$order"
  outputs "o$order.db" "o$order"
  for ext in txt json xml; do
    if cmp -s fwd.$ext "o$order.$ext"; then t_ok
    else
      t_fail "order $order: $ext differs from the forward order"
      diff fwd.$ext "o$order.$ext" | head -10
    fi
  done
done
done_testing
