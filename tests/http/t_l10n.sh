# t_l10n.sh: numbers, dates and times as each language writes them
# (src/core/l10n.c, docs/i18n.md "Numbers, dates and times").
#
# Serbian pages write 1.023,1 and "1. januar 2025." (Cyrillic
# "1. јануар 2025."), English pages 1,023.1 and "1 January 2025"; times
# are in the reader's zone with the zone named, never raw ISO UTC; the
# zone is chosen with ?tz= and remembered.  A Serbian form takes the
# decimal comma ("1,5" is stored as 1.5) and refuses the ambiguous
# "1,023", changing nothing; an English form keeps the point.  The API
# and CSV stay plain.  A Serbian report (HTML) has Serbian numbers and
# dates.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start

GID=$(acc goal show us-rs/goal/trade-10pct --json | jq -r .id)
ISO_TIME='[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z'

# ---- numbers and dates on pages ------------------------------------------
as secretariat
req GET "/goal/$GID?lang=sr-Latn"; expect_status 200
expect_body ">1.023,1<"               # the baseline in the values table
expect_body "1. januar 2025."          # start_on 2025-01-01
expect_no_body ">1,023.1<"
req GET "/goal/$GID?lang=sr-Cyrl"; expect_status 200
expect_body ">1.023,1<"
expect_body "1. јануар 2025."
req GET "/goal/$GID?lang=en"; expect_status 200
expect_body ">1,023.1<"
expect_body "1 January 2025"
expect_no_body "2025-01-01</td>"

# ---- times in the reader's zone, the zone named ----------------------------
req GET "/account?lang=sr-Latn"; expect_status 200
check "Serbian: a session's times in Belgrade time (CET/CEST)" \
  grep -Eq '[0-9]{4}\. u [0-9]{2}:[0-9]{2} CES?T<' "$BODY"
check "no raw ISO UTC time on the account page" \
  not grep -Eq "$ISO_TIME" "$BODY"
req GET "/account?lang=en"; expect_status 200
check "English: UTC unless chosen" \
  grep -Eq '[0-9]{4}, [0-9]{2}:[0-9]{2} UTC<' "$BODY"
req GET "/account?lang=en&tz=America/New_York"; expect_status 200
check "?tz= chooses the zone" grep -Eq '[0-9]{4}, [0-9]{2}:[0-9]{2} E[SD]T<' "$BODY"
expect_header Set-Cookie "accord_tz=America/New_York"
expect_body "<strong>America/New_York</strong>"
req GET "/account?lang=en&tz=Mars/Olympus"; expect_status 200
check "an unknown zone is ignored" \
  grep -Eq '[0-9]{4}, [0-9]{2}:[0-9]{2} UTC<' "$BODY"
check "an unknown zone is not remembered" not grep -qi "accord_tz=" "$HDR"
# The zone is remembered in a cookie (and cached pages differ by zone).
_rl secretariat
req GET "/meeting/1?lang=en" -b "accord_tz=Europe/Belgrade"
expect_status 200
check "the cookie's zone" grep -Eq ', [0-9]{2}:[0-9]{2} CES?T' "$BODY"
req GET "/meeting/1?lang=en"; expect_status 200
check "another zone, another page (not the cached one)" \
  not grep -Eq ', [0-9]{2}:[0-9]{2} CES?T' "$BODY"
for u in /meeting/1 /item/source/3 /document/1 "/item/release/1"; do
  req GET "$u?lang=sr-Cyrl"; expect_status 200
  check "no raw ISO UTC time on $u" not grep -Eq "$ISO_TIME" "$BODY"
done

# ---- the decimal comma in a Serbian form ------------------------------------
as wg_member
form "/new/observation?lang=sr-Latn" indicator_id=us-rs/ind/us-investment \
  period=2017 value=1,5 note=Zl10n-comma
expect_status 303
check "\"1,5\" in a Serbian form is stored as 1.5" \
  test "$(sqlite3 "$DB" "SELECT value FROM observation WHERE note='Zl10n-comma'")" = 1.5
form "/new/observation?lang=sr-Latn" indicator_id=us-rs/ind/us-investment \
  period=2016 value=1.234,5 note=Zl10n-group
expect_status 303
check "\"1.234,5\" in a Serbian form is 1234.5" \
  test "$(sqlite3 "$DB" "SELECT value FROM observation WHERE note='Zl10n-group'")" = 1234.5
D0=$(db_digest)
form "/new/observation?lang=sr-Latn" indicator_id=us-rs/ind/us-investment \
  period=2015 value=1,023 note=Zl10n-ambiguous
expect_status 200 400 422
expect_body "može da se pročita na dva načina"
expect_body "1023"
expect_body "1,0230"
check "the ambiguous number changed nothing" test "$(db_digest)" = "$D0"
form "/new/observation?lang=en" indicator_id=us-rs/ind/us-investment \
  period=2015 value=1,5 note=Zl10n-en-comma
expect_status 200 400 422
expect_body "expected a number"
check "an English form keeps the point: \"1,5\" changed nothing" \
  test "$(db_digest)" = "$D0"
form "/new/observation?lang=en" indicator_id=us-rs/ind/us-investment \
  period=2015 value=2.5 note=Zl10n-en-point
expect_status 303
# The edit form shows the value with the reader's decimal mark, and
# saving it unchanged keeps it.
OID=$(sqlite3 "$DB" "SELECT id FROM observation WHERE note='Zl10n-comma'")
req GET "/edit/observation/$OID?lang=sr-Latn"; expect_status 200
expect_body 'name="value" value="1,5"'
# The API stays plain.
api GET "/api/v1/observations/$OID"; expect_status 200
check "the API gives the number, not text" \
  sh -c "jq -e '.value==1.5 or .fields.value==1.5 or .item.value==1.5' '$BODY'"

# ---- a Serbian report on the web ------------------------------------------
as secretariat
req GET "/dialogue/1/report/annual.html?year=2025&lang=sr-Latn"
expect_status 200
expect_body "31. decembar 2025."
expect_body ">1.157,8"
expect_no_body ">1157.8"
req GET "/dialogue/1/report/annual.html?year=2025&lang=en"
expect_status 200
expect_body "31 December 2025"
expect_body ">1,157.8"

# ---- Serbian titles (migration 023): the twin, in the reader's script ------
# A goal, its area and group, the roadmap: the Serbian title the demo
# carries, Cyrillic derived for sr-Cyrl; the English title on English
# pages only.  A kind whose Serbian text is not entered yet shows the
# English text marked "(na engleskom)".
as public
req GET "/goal/$GID?lang=sr-Latn"; expect_status 200
expect_body "Povećanje trgovinske razmene za 10% godišnje"
expect_no_body "Increasing trade exchange by 10% annually"
req GET "/goal/$GID?lang=sr-Cyrl"; expect_status 200
expect_body "Повећање трговинске размене за 10% годишње"
expect_no_body "Povećanje trgovinske"
req GET "/goal/$GID?lang=en"; expect_status 200
check "an English page is titled in English" \
  grep -q "<h1>Increasing trade exchange by 10% annually" "$BODY"
req GET "/dialogue/1?lang=sr-Latn"; expect_status 200
expect_body "Korak IV: Inauguralni sastanak strateškog dijaloga SAD i Srbije"
expect_body "Povećanje trgovinske razmene za 10% godišnje"
expect_no_body "Increasing trade exchange"
req GET "/dialogue/1?lang=sr-Cyrl"; expect_status 200
expect_body "Корак IV: Инаугурални састанак"
WID=$(sqlite3 "$DB" "SELECT id FROM working_group WHERE code='us-rs/wg/econ'")
as secretariat
req GET "/wg/$WID?lang=sr-Latn"; expect_status 200
expect_body "Radna grupa: Ekonomska, trgovinska i tehnološka saradnja"
# The demo's meeting in Serbian; the fallback once its Serbian title is
# taken out.
req GET "/meeting/1?lang=sr-Latn"; expect_status 200
expect_body "Sastanak zamenika državnog sekretara Verme"
expect_no_body "(na engleskom)"
api PATCH "/api/v1/meetings/1" '{"title_sr":""}'
expect_status 200
req GET "/meeting/1?lang=sr-Latn"; expect_status 200
expect_body "(na engleskom)"
req GET "/meeting/1?lang=sr-Cyrl"; expect_status 200
expect_body "(на енглеском)"
req GET "/meeting/1?lang=en"; expect_status 200
expect_no_body "(in English)"
# Forms show the two languages side by side; the Serbian is saved.
req GET "/edit/goal/$GID?lang=sr-Latn"; expect_status 200
expect_body '<div class="pair">'
expect_body 'name="title_sr"'
expect_body "Naslov (srpski)"
MID=$(sqlite3 "$DB" "SELECT id FROM meeting WHERE code='us-rs/mtg/inaugural'")
api PATCH "/api/v1/meetings/$MID" '{"title_sr":"Инаугурални састанак стратешког дијалога"}'
expect_status 200
req GET "/meeting/$MID?lang=sr-Latn"; expect_status 200
expect_body "Inauguralni sastanak strateškog dijaloga"
req GET "/meeting/$MID?lang=sr-Cyrl"; expect_status 200
expect_body "Инаугурални састанак стратешког дијалога"
# A Serbian report lists the goals by their Serbian titles.
req GET "/dialogue/1/report/annual.html?year=2025&lang=sr-Latn"
expect_status 200
expect_body "Povećanje trgovinske razmene za 10% godišnje"
expect_no_body "Increasing trade exchange by 10% annually"

# ---- status sentences in three languages (src/core/status_say.c) ---------
# The engine records each sentence as message ids and arguments; a
# Serbian reader gets it from the catalogue with Serbian numbers, days and
# periods and the indicator's Serbian name, never the English text.  The
# API keeps the English code and explanation beside the localized view.
# The status is asked for a fixed day (?at=), so that "in 776 days"
# holds whatever day the suite runs.
as secretariat
api GET "/api/v1/dialogues/1/status?lang=en&at=2026-12-06"; expect_status 200
check "English: the growth sentence as the engine writes it" \
  sh -c "jq -e '.goals[] | select(.code==\"us-rs/goal/trade-10pct\") | .explanation==.localized.explanation' '$BODY'"
expect_body "grew 13.2 % in 2025 against a 10.0 % annual target"
expect_body "Work has not started; due 2029-01-20 (in 776 days)."
expect_body "Nothing reported for 2025, against at least 3 Joint"
api GET "/api/v1/dialogues/1/status?lang=sr-Latn&at=2026-12-06"; expect_status 200
expect_body '"status": "on_track"'
expect_body '"status_label": "Na dobrom putu"'
expect_body "rast od 13,2 % u 2025. naspram cilja od 10,0 %"
expect_body "1.157,8 prema 1.125,4 miliona USD na ciljnoj putanji"
expect_body "U periodu januar–jul 2026. vrednost je za 7,4 % ispod nivoa iz perioda januar–jul 2025."
expect_body "Rad nije počeo; rok je 20. januar 2029. (za 776 dana)."
expect_body "Ništa nije prijavljeno za 2025., naspram cilja od najmanje 3 (Održane zajedničke vojne vežbe SAD i Srbije)"
expect_body '"title": "Povećanje trgovinske razmene za 10% godišnje"'
expect_body '"title_fallback": false'
check "the English explanation stays beside the Serbian" \
  grep -q '"explanation": "Total US–Serbia goods trade' "$BODY"
check "no English status sentence in the Serbian view" \
  sh -c "! jq -r '.goals[].localized.explanation' '$BODY' | grep -Eq 'Work has|not started|reported|target|deadline| the '"
api GET "/api/v1/dialogues/1/status?lang=sr-Cyrl&at=2026-12-06"; expect_status 200
expect_body "раст од 13,2 % у 2025. наспрам циља од 10,0 %"
expect_body "милиона USD"
expect_body "Рад није почео; рок је 20. јануар 2029. (за 776 дана)."
expect_body '"status_label": "Ван плана"'
# Pages say it too.
GID6=$(acc goal show us-rs/goal/joint-exercises --json | jq -r .id)
req GET "/goal/$GID6?lang=sr-Latn"; expect_status 200
expect_body "Ništa nije prijavljeno za 2025."
expect_no_body "Nothing reported for"
req GET "/goal/$GID6?lang=sr-Cyrl"; expect_status 200
expect_body "Ништа није пријављено за 2025."
# A title with no Serbian form: the English, flagged.
api PATCH "/api/v1/goals/$GID6" '{"title_sr":""}'
expect_status 200
api GET "/api/v1/goals/$GID6/status?lang=sr-Latn"; expect_status 200
expect_body '"title_fallback": true'
expect_body '"title": "Holding a minimum of 3 joint military exercises annually"'
req GET "/goal/$GID6?lang=sr-Latn"; expect_status 200
expect_body "Holding a minimum of 3 joint military exercises annually (na engleskom)"

# ---- the demo's accounts and loader, named in the reader's language -------
# The demo names its accounts by their role ("US co-chair"): a Serbian
# page names them in Serbian (tr_account()), an English one as entered;
# the demo's loader ("demo fixture") likewise in an item's history.
as cochair
req GET "/home?lang=sr-Latn"; expect_status 200
expect_body "Kopredsedavajući za SAD"
expect_no_body "US co-chair"
req GET "/home?lang=sr-Cyrl"; expect_status 200
expect_body "Копредседавајући за САД"
req GET "/home?lang=en"; expect_status 200
expect_body "US co-chair"
req GET "/goal/$GID?lang=sr-Latn"; expect_status 200
expect_body "učitavanje demo podataka"
expect_no_body "demo fixture"
expect_no_body "the proposal for the dialogue"
# A source's note in Serbian (migration 037); its title as published.
SID=$(acc source show src/census-trade --json | jq -r .id)
req GET "/item/source/$SID?lang=sr-Latn"; expect_status 200
expect_body "Tabela američkog Biroa za popis stanovništva o trgovini robom"
expect_body "U.S. trade in goods with Serbia"
# An error reads in Serbian when the catalogue has it.
as observer
req GET "/dialogue/$(acc dialogue show us-rs --json | jq -r .id)/entry?lang=sr-Latn"
expect_status 403
expect_body "ne dozvoljava ovu radnju"
expect_no_body "may not do this"

done_testing
