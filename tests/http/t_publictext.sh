# t_publictext.sh: what the public reads of the demo is written for the
# public.  Every page the public reaches by links from / (and the public
# report, built now and as issued), in English, Serbian Latin and Serbian
# Cyrillic, is read (tests/http/publictext_walk.py), and none may show:
#   - a name with an underscore, as fields, columns and enum values are
#     named in the code and the data ("start_on 2025-01-01",
#     "published_on is left empty", "goal_benefits");
#   - a file name or the folder of a file ("country.xlsx",
#     "seeds/000_x.txt", "data/us_investment.csv");
#   - the word "seed(s)", the builders' word for the source documents;
#   - the login of an account ("us-cochair"): the logins of the demo's
#     accounts from `accord user list`, all but those made of letters
#     only ("admin", "observer"), which are words of the language.
. "$(dirname "$0")/lib.sh"

http_setup
D=$(acc dialogue show us-rs --json | jq -r .id)
G=$(acc goal show us-rs/goal/trade-10pct --json | jq -r .id)
W=$(sqlite3 "$DB" "SELECT min(id) FROM working_group")
SRC=$(sqlite3 "$DB" "SELECT min(id) FROM pub_source")
LOGINS=$(acc user list | awk 'NR > 1 && $1 ~ /[^a-z]/ { print $1 }' |
         paste -sd' ' -)
check "the demo's logins are known (${LOGINS:-none})" \
  sh -c 'echo "$1" | grep -q "us-cochair"' _ "$LOGINS"
srv_start

walk() {   # LANG MIN_PAGES
  _out=$(python3 "$TOP/tests/http/publictext_walk.py" "$BASE" "$1" \
         "$LOGINS" "$DIR/walk-$1.tsv" /dialogues /search \
         "/dialogue/$D/report/public.html?quarter=2026-Q3" \
         "/dialogue/$D/report/public.html?year=2026")
  walk_check "the public's pages in $1" "$_out" "$DIR/walk-$1.tsv" "$2" \
    "words not written for the public"
}

if command -v python3 >/dev/null 2>&1; then
  for lang in en sr-Latn sr-Cyrl; do
    walk "$lang" 500
  done
  # The walk reached the pages that hold the record's notes: the goal
  # whose note named a data file, a working group, a source, the reports.
  for p in "/goal/$G" "/wg/$W" "/item/source/$SRC" "/report/1?version=1" \
      "/dialogue/$D/report/public.html?quarter=2026-Q3"; do
    check "the walk read $p" grep -qxF "$p" "$DIR/walk-en.tsv.pages"
  done
else
  t_skip "python3 is missing: the pages are not walked"
fi

done_testing
