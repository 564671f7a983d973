# t_serbian.sh: a Serbian reader sees no English of the application
# (docs/i18n.md).
#
# 1. Every page of the demo, walked in sr-Latn and sr-Cyrl as the public
#    and as a secretariat account (serbian_walk.py): no English original
#    shown where its Serbian twin is entered, no English text of a kind
#    that has a Serbian twin left empty in the demo (shown "(na
#    engleskom)" or as it is: the demo is complete), no phrase of the
#    interface's English messages, enum values or month names, no number
#    written the English way.  Data without a Serbian column (titles of
#    sources, proper names) keeps its language and is left out.
# 2. Errors of the model and the store come in the reader's language, the
#    fields named by their labels: forms, the JSON API (its code and name
#    stay), the command line (--lang, $ACCORD_LANG, $LANG).
# 3. Serbian forms take the decimal comma in every number: observations,
#    a goal's target and baseline, a project's budget.
#    A role inside a sentence is a small word ("vaša uloga (posmatrač)").
# 4. Days in the genitive where the sentence needs it ("na dan 6.
#    decembra 2026."); the roadmap's planned dates in Serbian.
# 5. The calendar feed in the language of ?lang= (SUMMARY, DESCRIPTION,
#    the calendar's description); the action plan's title in the genitive.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start

# The walker's findings, at most 40 lines of them, on a failure.
walk() {   # ROLE LANG MIN_PAGES
  _ck=""
  if [ "$1" != public ]; then
    login "$1"
    _rl "$1"
    _ck=$(awk -F'\t' 'NF==7 { print $6 "=" $7 }' "$DIR/jar/$_l" |
          paste -sd';' - | sed 's/;/; /g')
  fi
  _out=$(python3 "$TOP/tests/http/serbian_walk.py" "$BASE" "$2" "$_ck" \
         "$TOP/po/sr-Latn.po" "$DB" "$DIR/walk-$1-$2.tsv")
  walk_check "$1 in $2" "$_out" "$DIR/walk-$1-$2.tsv" "$3" \
    "English on Serbian pages"
}

if command -v python3 >/dev/null 2>&1; then
  for lang in sr-Latn sr-Cyrl; do
    walk public "$lang" 60
    walk secretariat "$lang" 300
  done
else
  t_skip "python3 is missing: the pages are not walked"
fi

# ---- the notes of values, roles, projects in Serbian (039) -------------------
as public
GT=$(sqlite3 "$DB" "SELECT id FROM goal WHERE code='us-rs/goal/trade-10pct'")
req GET "/goal/$GT?obs=all&lang=sr-Latn"; expect_status 200
expect_body "Izvoz SAD"
expect_no_body "US exports"
OB=$(sqlite3 "$DB" "SELECT min(id) FROM observation WHERE note LIKE 'US exports %'")
req GET "/item/observation/$OB?lang=sr-Cyrl"; expect_status 200
expect_body "Извоз САД"
expect_no_body "US exports"
as secretariat
PT=$(sqlite3 "$DB" "SELECT min(id) FROM participant")
req GET "/meeting/$(sqlite3 "$DB" "SELECT meeting_id FROM participant WHERE id=$PT")?lang=sr-Latn"
expect_status 200
expect_body "zamenik državnog sekretara SAD za upravljanje i resurse u poseti"
# The form shows the Serbian field beside the English one.
req GET "/edit/participant/$PT?lang=sr-Latn"; expect_status 200
expect_body "Uloga (srpski)"
req GET "/edit/observation/$OB?lang=sr-Latn"; expect_status 200
expect_body "Napomena (srpski)"
PJ=$(sqlite3 "$DB" "SELECT id FROM project WHERE code='us-rs/prj/dfc-belgrade'")
req GET "/edit/project/$PJ?lang=sr-Latn"; expect_status 200
expect_body "Opis (srpski)"

# ---- errors in the reader's language --------------------------------------
as wg_member
D0=$(db_digest)
form "/new/observation?lang=sr-Latn" indicator_id=us-rs/ind/us-investment \
  period=2017 value=abc note=Zsr-bad
expect_status 400 422
expect_body "očekuje se broj, uneto je „abc“"
expect_no_body "expected a number"
form "/new/observation?lang=sr-Cyrl" indicator_id=us-rs/ind/us-investment \
  period=2017-13 value=1 note=Zsr-bad
expect_status 400 422
expect_body "Период</a>: очекује се период у облику ГГГГ, ГГГГ-Qn или ГГГГ-"
expect_no_body "expected a period"
form "/new/observation?lang=sr-Latn" indicator_id=us-rs/ind/no-such \
  period=2017 value=1 note=Zsr-bad
expect_status 400 422
expect_body "ne postoji pokazatelj sa šifrom „us-rs/ind/no-such“"
expect_same "$(db_digest)" "$D0" "a refused Serbian form changes nothing"
# The same message in English stays English.
form "/new/observation?lang=en" indicator_id=us-rs/ind/us-investment \
  period=2017 value=abc note=Zsr-bad
expect_body "expected a number, got &quot;abc&quot;"

# A role named inside a sentence is a small word, in every language.
as observer
form "/new/observation?lang=sr-Latn" indicator_id=us-rs/ind/us-investment \
  period=2017 value=1 note=Zsr-role
expect_status 403
expect_body "vaša uloga (posmatrač) ne dozvoljava ovu radnju"
expect_no_body "uloga (Posmatrač)"
form "/new/observation?lang=sr-Cyrl" indicator_id=us-rs/ind/us-investment \
  period=2017 value=1 note=Zsr-role
expect_status 403
expect_body "ваша улога (посматрач) не дозвољава ову радњу"
form "/new/observation?lang=en" indicator_id=us-rs/ind/us-investment \
  period=2017 value=1 note=Zsr-role
expect_status 403
expect_body "your role (observer) may not do this"
as wg_member
form "/new/goal?lang=sr-Latn" dialogue_id=1 area_id=us-rs/area/econ \
  code=t/goal-role title="Zsr role goal" kind=milestone classification=internal
expect_status 403
expect_body "vaša uloga (član radne grupe) ne dozvoljava ovu radnju"
form "/new/goal?lang=en" dialogue_id=1 area_id=us-rs/area/econ \
  code=t/goal-role title="Zsr role goal" kind=milestone classification=internal
expect_status 403
expect_body "your role (working-group member) may not do this"
expect_no_body "wg_member"

# The JSON API: the code and the name stay, the message is the reader's.
as secretariat
api POST "/api/v1/observations?lang=sr-Latn" \
  '{"indicator_id":"us-rs/ind/us-investment","period":"2017","value":"x"}'
expect_status 400
check "API: the code stays" test "$(jq -r .error.name "$BODY")" = invalid
check "API: the field stays" test "$(jq -r .error.field "$BODY")" = value
check "API: the message is Serbian" \
  grep -q '"message": *"Vrednost: očekuje se broj, uneto je „x“"' "$BODY"
api POST "/api/v1/observations" \
  '{"indicator_id":"us-rs/ind/us-investment","period":"2017","value":"x"}'
check "API: English without a language" \
  grep -q '"message": *"value: expected a number' "$BODY"

# The command line: --lang, $ACCORD_LANG, $LANG.
out=$(acc --lang sr-Latn observation add --indicator_id us-rs/ind/no-such \
      --period 2017 --value 1 2>&1)
check "CLI --lang sr-Latn: a Serbian error ($out)" \
  sh -c 'echo "$1" | grep -q "ne postoji pokazatelj sa šifrom „us-rs/ind/no-such“"' _ "$out"
out=$(ACCORD_LANG=sr-Cyrl acc goal add --title x --classification secret \
      2>&1)
check "CLI \$ACCORD_LANG=sr-Cyrl: a Cyrillic error, the list translated ($out)" \
  sh -c 'echo "$1" | grep -q "очекује се јавно, интерно или ограничено, унето је „secret“"' _ "$out"
out=$(LANG=sr_RS.UTF-8@latin ACCORD_LANG= acc status 2>&1)
check "CLI LANG=sr_RS@latin: status in Serbian Latin" \
  sh -c 'echo "$1" | grep -q "^Sažetak:" && echo "$1" | grep -q "Na dobrom putu" && ! echo "$1" | grep -q "On track"' _ "$out"
check "CLI status: the dialogue and areas by their Serbian names" \
  sh -c 'echo "$1" | grep -q "^Strateški dijalog SAD i Srbije" && echo "$1" | grep -q "^Bezbednost i odbrana"' _ "$out"
check "CLI status: the day in the genitive" \
  sh -c 'echo "$1" | grep -Eq "stanje na kraju dana [0-9]+\. [a-z]+a [0-9]{4}\."' _ "$out"
out=$(LANG=C.UTF-8 acc status 2>&1)
check "CLI: English by default" \
  sh -c 'echo "$1" | grep -q "^Summary:"' _ "$out"
acc --lang xx status >/dev/null 2>&1
check "CLI --lang xx is a usage error" test $? = 1

# ---- the decimal comma in every Serbian form ---------------------------------
as secretariat
form "/new/goal?lang=sr-Latn" dialogue_id=1 area_id=us-rs/area/econ \
  code=t/goal-sr title="Zsr comma goal" kind=growth \
  indicator_id=us-rs/ind/us-investment target=2,5 baseline_period=2024 \
  baseline_value=1.023,5 period=year classification=internal
expect_status 303
check "a goal's target \"2,5\" in a Serbian form is 2.5" \
  test "$(sqlite3 "$DB" "SELECT target FROM goal WHERE code='t/goal-sr'")" = 2.5
check "a goal's baseline \"1.023,5\" in a Serbian form is 1023.5" \
  test "$(sqlite3 "$DB" "SELECT baseline_value FROM goal WHERE code='t/goal-sr'")" = 1023.5
WP=$(sqlite3 "$DB" "SELECT id FROM working_group ORDER BY id LIMIT 1")
form "/new/project?lang=sr-Latn" dialogue_id=1 wg_id="$WP" code=t/prj-sr \
  title="Zsr comma project" budget=1.500.000,5 currency=USD
expect_status 303
check "a budget \"1.500.000,5\" in a Serbian form is 1500000.5" \
  test "$(sqlite3 "$DB" "SELECT budget FROM project WHERE code='t/prj-sr'")" = 1500000.5
form "/new/project?lang=sr-Latn" dialogue_id=1 wg_id="$WP" code=t/prj-sr2 \
  title="Zsr comma project 2" budget=1,5 currency=USD
expect_status 303
check "a budget \"1,5\" in a Serbian form is 1.5" \
  test "$(sqlite3 "$DB" "SELECT budget FROM project WHERE code='t/prj-sr2'")" = 1.5
form "/new/project?lang=en" dialogue_id=1 wg_id="$WP" code=t/prj-en \
  title="Zsr comma project 3" budget=1,5 currency=USD
expect_status 400 422
expect_body "expected an exact decimal amount"

# ---- grammar: the genitive, planned dates ------------------------------------
as public
GID=$(sqlite3 "$DB" "SELECT id FROM goal WHERE code='us-rs/goal/trade-10pct'")
req GET "/goal/$GID?lang=sr-Latn"; expect_status 200
check "\"na dan\" takes the genitive" \
  grep -Eq 'na dan [0-9]+\. (januara|februara|marta|aprila|maja|juna|jula|avgusta|septembra|oktobra|novembra|decembra) [0-9]{4}\.' "$BODY"
expect_no_body "Povećati Ukupna"
req GET "/goal/$GID?lang=sr-Cyrl"; expect_status 200
check "\"на дан\" takes the genitive in Cyrillic" \
  grep -Eq 'на дан [0-9]+\. (јануара|фебруара|марта|априла|маја|јуна|јула|августа|септембра|октобра|новембра|децембра) [0-9]{4}\.' "$BODY"
req GET "/goal/$GID?lang=sr-Latn&at=2026-03-01"; expect_status 200
expect_body "na dan 1. marta 2026."
req GET "/dialogue/1/roadmap?lang=sr-Latn"
if [ "$ST" = 200 ]; then
  expect_body "sredina 2025."
  expect_no_body "mid-2025"
fi

# Periods in a status sentence: in words for every reader, the locative
# after "u" in Serbian ("u III kvartalu 2025."); the source's name stays
# Latin on a Cyrillic page.
acc indicator add --dialogue_id us-rs --code t/quarterly --name "Quarterly count" \
  --name_sr "Tromesečni broj" --unit cases --frequency quarter \
  --classification public >/dev/null
for q in 1 2 3 4; do
  acc observation add --indicator_id t/quarterly --period 2025-Q$q --value $q \
    >/dev/null
done
acc goal add --dialogue_id us-rs --area_id us-rs/area/security-defense \
  --code t/quarterly-count --title "Five a quarter" --kind count_period \
  --indicator_id t/quarterly --target 5 --period quarter \
  --start_on 2025-01-01 --classification public >/dev/null
QG=$(sqlite3 "$DB" "SELECT id FROM goal WHERE code='t/quarterly-count'")
as secretariat
req GET "/goal/$QG?lang=en&at=2025-12-31"; expect_status 200
expect_body "3 Quarterly count in Q3 2025 against at least 5. 4 so far in Q4 2025."
expect_no_body "2025-Q"
req GET "/goal/$QG?lang=sr-Latn&at=2025-12-31"; expect_status 200
expect_body "u III kvartalu 2025., naspram cilja od najmanje 5. Do sada 4 u IV kvartalu 2025."
expect_no_body "2025-Q"
req GET "/goal/$QG?lang=sr-Cyrl&at=2025-12-31"; expect_status 200
expect_body "у III кварталу 2025., наспрам циља од најмање 5. До сада 4 у IV кварталу 2025."
req GET "/goal/$GID?lang=sr-Cyrl"; expect_status 200
expect_body "(U.S. Census Bureau)."

# 5. The calendar feed in the reader's language, lines unfolded.
unfold() { python3 -c 'import sys; print(open(sys.argv[1], newline="").read().replace("\r\n ", ""))' "$BODY" > "$DIR/ics.txt"; }
req GET "/calendar.ics?lang=sr-Latn"; expect_status 200; unfold
check "iCal SUMMARY in Serbian" grep -q '^SUMMARY:Okvirno: Korak I: Dobijanje saglasnosti' "$DIR/ics.txt"
check "iCal DESCRIPTION in Serbian" grep -q '^DESCRIPTION:Korak mape puta 1. Okvirni datum prema planu: sredina 2025.' "$DIR/ics.txt"
check "iCal calendar description in Serbian" grep -q '^X-WR-CALDESC:Sastanci, rokovi ciljeva' "$DIR/ics.txt"
check "no English summary in a Serbian feed" not grep -q '^SUMMARY:Tentative' "$DIR/ics.txt"
check "a meeting's Serbian title in a Serbian feed" grep -q '^SUMMARY:Sastanak zamenika državnog sekretara Verme' "$DIR/ics.txt"
req GET "/calendar.ics?lang=sr-Cyrl"; expect_status 200; unfold
check "iCal SUMMARY in Cyrillic" grep -q '^SUMMARY:Оквирно: Корак I: Добијање' "$DIR/ics.txt"
req GET "/calendar.ics"; expect_status 200; unfold
check "iCal SUMMARY in English by default" grep -q '^SUMMARY:Tentative: Step I: Obtaining' "$DIR/ics.txt"
check "the English feed unchanged" grep -q '^DESCRIPTION:Roadmap step 1. Tentative date as planned: mid-2025 (shown on its last day).' "$DIR/ics.txt"
req GET "/dialogue/1/plan?lang=sr-Latn&at=2026-09-30"; expect_status 200
expect_body "Akcioni plan na snazi na dan 30. septembra 2026."

done_testing
