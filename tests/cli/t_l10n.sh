# t_l10n.sh: reports in Serbian write numbers and dates as Serbian does
# (1.157,8; "30. septembar 2026."; Cyrillic "30. септембар 2026."), in
# HTML and in the PDF (read back with pdftotext); English keeps 1,157.8
# and "30 September 2026"; the machine format (CSV) stays plain in every
# language: 1157.8 and 2026-09-30.  See src/core/l10n.c.
: "${TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${ACCORD:=$TOP/${BUILD:-build}/accord}"
. "$TOP/tests/cli/lib.sh"

has() {   # has FILE TEXT MSG: FILE contains TEXT (fixed string)
  if grep -qF -- "$2" "$1"; then t_ok; else t_fail "$3: $1 lacks $2"; fi
}
hasnt() {
  if grep -qF -- "$2" "$1"; then t_fail "$3: $1 has $2"; else t_ok; fi
}

run demo
expect_rc 0
Q="quarterly --dialogue us-rs --quarter 2026-Q3"

for l in sr-Latn sr-Cyrl en; do
  run report $Q --lang $l --format html -o q.$l.html
  expect_rc 0
  run report $Q --lang $l --format pdf -o q.$l.pdf
  expect_rc 0
  pdftotext q.$l.pdf q.$l.txt 2>/dev/null || t_fail "pdftotext q.$l.pdf"
  run report $Q --lang $l --format csv -o q.$l.csv
  expect_rc 0
done

for f in q.sr-Latn.html q.sr-Latn.txt; do
  has $f "1.157,8" "Serbian number"
  has $f "30. septembar 2026." "Serbian date"
  has $f "1. jul 2026." "Serbian period"
  hasnt $f "1157.8 (2025)" "no plain number in a Serbian table"
  hasnt $f "2026-09-30" "no ISO date in a Serbian report"
done
for f in q.sr-Cyrl.html q.sr-Cyrl.txt; do
  has $f "1.157,8" "Serbian number (Cyrillic)"
  has $f "30. септембар 2026." "Cyrillic date"
done
if grep -Eq '[0-9]{4}\. u [0-9]{2}:[0-9]{2} CES?T' q.sr-Latn.txt; then t_ok
else t_fail "the Serbian PDF says when it was made in Belgrade time"; fi
if grep -Eq '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z' q.sr-Latn.txt; then
  t_fail "a raw ISO UTC time in the Serbian PDF"; else t_ok; fi
for f in q.en.html q.en.txt; do
  has $f "1,157.8" "English number"
  has $f "30 September 2026" "English date"
done
# The machine format is the same in every language.
for l in sr-Latn sr-Cyrl en; do
  has q.$l.csv ",1157.8," "CSV number ($l)"
  # (the status sentence, a text cell, is in the report's language)
  hasnt q.$l.csv ",1.157,8," "CSV number ($l)"
  hasnt q.$l.csv "septemb" "CSV date ($l)"
done
has q.sr-Latn.csv "2029-01-20" "CSV date cell"

# ---- Serbian titles and status sentences (migration 023, status_say.c) ----
# A Serbian report lists the goals, steps and areas by their Serbian
# titles (Cyrillic derived) and says the status sentences in Serbian (an
# English text whose Serbian form is not entered yet is marked: below).
for f in q.sr-Latn.html q.sr-Latn.txt; do
  has $f "Povećanje trgovinske razmene za 10%" "Serbian goal title"
  has $f "Rad nije počeo;" "Serbian status sentence"
  hasnt $f "Increasing trade exchange by 10% annually" "no English goal title"
  hasnt $f "Work has not started" "no English status sentence"
done
has q.sr-Latn.html "Korak IV: Inauguralni sastanak" "Serbian step title"
has q.sr-Latn.html "Rad nije počeo; rok nije određen." "Serbian sentence"
has q.sr-Latn.html "rast od 13,2" "Serbian growth sentence"
has q.sr-Latn.csv "rast od 13,2" "Serbian sentence in the CSV's text cell"
has q.sr-Cyrl.html "Повећање трговинске размене за 10%" "Cyrillic goal title"
has q.sr-Cyrl.html "Рад није почео; рок није одређен." "Cyrillic sentence"
has q.sr-Cyrl.html "Корак IV:" "a Roman numeral stays Latin in Cyrillic"
has q.en.html "Increasing trade exchange by 10% annually" "English goal title"
has q.en.html "Work has not started; no deadline is set." "English sentence"
hasnt q.en.html "(in English)" "nothing marked in English"
hasnt q.en.html "Povećanje trgovinske" "no Serbian title in English"

# ---- Days in the genitive, the values of a conflict, the XLSX's summary ----
# "od 1. jula 2026. do 30. septembra 2026.", "na dan 30. septembra 2026."
# (l10n_date_cases()): a day after "od", "do", "na dan", "između" is in
# the genitive in every sentence of a Serbian report; the values of a data
# conflict have digit groups (the CSV keeps them plain).
has q.sr-Latn.txt "od 1. jula 2026. do 30. septembra 2026." "period, genitive"
hasnt q.sr-Latn.txt "period: od 1. jul 2026." "no nominative after od"
has q.sr-Latn.txt "na dan 30. septembra 2026." "na dan + genitive"
has q.sr-Latn.html "između 30. juna 2026. i kraja perioda" "između + genitive"
hasnt q.sr-Latn.txt "zaključno sa 30. septembar" "no nominative after zaključno sa"
hasnt q.sr-Latn.html "na dan 30. septembar 2026." "no nominative after na dan"
has q.sr-Cyrl.txt "од 1. јула 2026. до 30. септембра 2026." "Cyrillic genitive"
has q.sr-Latn.html "112.000; 30.000" "conflict values, Serbian groups"
has q.sr-Cyrl.html "112.000; 30.000" "conflict values, Cyrillic report"
has q.en.html "112,000; 30,000" "conflict values, English groups"
has q.sr-Latn.csv "112000; 30000" "conflict values plain in the CSV"
for l in sr-Latn en; do
  run report $Q --lang $l --format xlsx -o q.$l.xlsx
  expect_rc 0
  python3 -c 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("xl/sharedStrings.xml").decode())' \
    q.$l.xlsx > q.$l.xstr 2>/dev/null || t_fail "xlsx $l unreadable"
done
has q.sr-Latn.xstr "od 1. jula 2026. do 30. septembra 2026." "XLSX period in words"
# the time of the latest audit entry, in Belgrade: a genitive month
if grep -Eq 'na dan [0-9]{1,2}\. (januara|februara|marta|aprila|maja|juna|jula|avgusta|septembra|oktobra|novembra|decembra) [0-9]{4}\. u [0-9]{2}:[0-9]{2}' q.sr-Latn.xstr; then
  t_ok
else
  t_fail "XLSX built on, Serbian: q.sr-Latn.xstr lacks 'na dan D. MONTHa YYYY. u HH:MM'"
fi
hasnt q.sr-Latn.xstr "od 2026-07-01" "no ISO day in a Serbian XLSX's text"
hasnt q.en.xstr "2026-07-01 to" "no ISO day in an English XLSX's text"

# ---- The command line's show and plan (cmd_item.c, cmd_plan.c) ----
# Under --lang sr-Latn / sr-Cyrl `show` labels the fields as the forms do
# and writes values as Serbian does (da/ne, enum words, days, 1.023,1);
# --json and English keep the field names and plain values.
G=us-rs/goal/trade-10pct
run --lang sr-Latn goal show $G
expect_rc 0
expect_out "Bazna vrednost:    1.023,1"
expect_out "1. januar 2025."
expect_out "Složeni rast:      da"
expect_out "Vrsta:             rast"
expect_out "Naslov (srpski):   Povećanje trgovinske razmene za 10% godišnje"
expect_out "Na dobrom putu"
expect_out "rast od 13,2 %"
expect_out "Status danas:"
expect_out "Spada i pod:       Ekonomija"
expect_no_out "baseline_value"
expect_no_out "On track"
expect_no_out "none serve it yet"
expect_no_out "not in force"
expect_no_out "Važi od:           2025-01-01"
run --lang sr-Cyrl step show us-rs/step/01
expect_rc 0
expect_out "30. јун 2025."
expect_out "Стање данас:"
expect_out "средина 2025."
expect_no_out "not done"
expect_no_out "planned_on"
run --lang sr-Latn goal show $G --json
expect_out '"baseline_value": 1023.1'
expect_out '"start_on": "2025-01-01"'
run goal show $G
expect_out "baseline_value:    1023.1"
expect_out "status (today):    On track"
run --lang sr-Latn plan
expect_rc 0
expect_out "Akcioni plan na snazi na dan "
expect_out ": 0 od 17 ciljeva; samo predloženih: 17."
expect_out "sastanak ga još nije usvojio"
expect_no_out "only proposed"
expect_no_out "Readiness"
run --lang sr-Cyrl plan
expect_out "Акциони план на снази на дан "

# ---- IATI: Serbian narratives where a Serbian title exists ----
run export iati -o a.xml
expect_rc 0
has a.xml '<narrative xml:lang="sr">Povećanje trgovinske razmene za 10% godišnje</narrative>' "IATI goal title in Serbian"
has a.xml '<narrative xml:lang="sr">Ukupna robna razmena SAD i Srbije (izvoz SAD + uvoz SAD)</narrative>' "IATI indicator title in Serbian"
has a.xml '<narrative xml:lang="sr">Strateški dijalog SAD i Srbije</narrative>' "IATI dialogue title in Serbian"

# ---- Serbian twins of notes, contact summaries, positions (migration 033) ----
for t in roadmap_step pub_roadmap_step event pub_event; do
  sqlite3 accord.db "$(sql_has_column $t note_sr)" | grep -qx 1 \
    && t_ok || t_fail "$t lacks note_sr"
done
sqlite3 accord.db "$(sql_has_column wg_log summary_sr)" | grep -qx 1 \
  && t_ok || t_fail "wg_log lacks summary_sr"
sqlite3 accord.db "$(sql_has_column person position_sr)" | grep -qx 1 \
  && t_ok || t_fail "person lacks position_sr"
run step set us-rs/step/01 --note_sr "Korak čeka datum saglasnosti."
expect_rc 0
run --lang sr-Cyrl step show us-rs/step/01
expect_out "Напомена (српски): Корак чека датум сагласности."
run person set person/richard-verma --position_sr "zamenik državnog sekretara"
expect_rc 0
run --lang sr-Latn person show person/richard-verma
expect_out "Pozicija (srpski): zamenik državnog sekretara"
run step show us-rs/step/01 --json
expect_out '"note_sr": "Korak čeka datum saglasnosti."'
run verify
expect_rc 0

# ---- No English left in a Serbian report of the demo (migration 036) ----
# Every text the quarterly and annual reports show has its Serbian twin in
# the demo (benefits, meetings, decisions, risks and their mitigation), so
# neither script marks anything "(in English)".
for l in sr-Latn sr-Cyrl; do
  run report annual --dialogue us-rs --year 2025 --lang $l --format pdf \
    -o a.$l.pdf
  expect_rc 0
  pdftotext a.$l.pdf a.$l.txt 2>/dev/null || t_fail "pdftotext a.$l.pdf"
  run report public --dialogue us-rs --year 2025 --lang $l --format html \
    -o p.$l.html
  expect_rc 0
  for f in q.$l.html q.$l.txt a.$l.txt p.$l.html; do
    hasnt $f "(na engleskom)" "no English text in a Serbian report"
    hasnt $f "(на енглеском)" "no English text in a Serbian report"
  done
done
has a.sr-Latn.txt "Transparentno" "a risk's mitigation in Serbian"
has a.sr-Cyrl.txt "Уравнотежење утицаја других" "a benefit in Cyrillic"
# A chart's description writes its years as Serbian does: "od 2022. do
# 2025."; English "from 2022 to 2025".
has a.sr-Latn.txt "godišnje vrednosti od 2022. do 2025." "years with a dot"
has a.sr-Cyrl.txt "годишње вредности од 2022. до 2025." "years with a dot (Cyrillic)"
run report annual --dialogue us-rs --year 2025 --lang en --format html -o a.en.html
expect_rc 0
has a.en.html "yearly values from 2022 to 2025;" "English years without a dot"
# A text without its Serbian twin is marked, in the report's script.
run risk add --dialogue_id us-rs --code us-rs/risk/english-only \
  --description "An English-only risk" --likelihood low --impact low \
  --state open --classification public
expect_rc 0
for l in sr-Latn sr-Cyrl; do
  run report $Q --lang $l --format html -o m.$l.html
  expect_rc 0
done
has m.sr-Latn.html "An English-only risk (na engleskom)" "an English text marked"
has m.sr-Cyrl.html "An English-only risk (на енглеском)" "an English text marked (Cyrillic)"
has p.sr-Latn.html "Najavljen, još nije pokrenut." "the launch note in Serbian"
for t in dialogue pub_dialogue; do
  sqlite3 accord.db "$(sql_has_column $t launch_note_sr)" | grep -qx 1 \
    && t_ok || t_fail "$t lacks launch_note_sr"
done
sqlite3 accord.db "$(sql_has_column person name_sr)" | grep -qx 1 \
  && t_ok || t_fail "person lacks name_sr"
# A person's name is in no language: without its twin it is shown as
# written, never marked "(in English)".
run --lang sr-Cyrl person show person/richard-verma
expect_out "Ричард Р. Верма"
# ---- Periods in words, the demo's co-chairs, notes on sources ----
# A period a person reads is written as a reader writes it (l10n_period()):
# "Q3 2025", "III kvartal 2025." (genitive "od I kvartala 2025."), never
# the code "2025-Q3", in the chart's description, its axis (the PDF) and
# its table; the CSV keeps the code.
run indicator add --dialogue_id us-rs --code test/quarterly --name "Quarterly count" \
  --name_sr "Tromesečni broj" --unit cases --frequency quarter
expect_rc 0
printf 'indicator,period,value,source,note\ntest/quarterly,2025-Q1,1,,\ntest/quarterly,2025-Q2,2,,\ntest/quarterly,2025-Q3,3,,\ntest/quarterly,2025-Q4,4,,\n' > q4.csv
run import observations q4.csv
expect_rc 0
A="annual --dialogue us-rs --year 2025"
for l in sr-Latn sr-Cyrl en; do
  run report $A --lang $l --format html -o a.$l.html
  expect_rc 0
  run report $A --lang $l --format csv -o a.$l.csv
  expect_rc 0
done
run report $A --lang sr-Latn --format pdf -o a.sr-Latn.pdf
expect_rc 0
pdftotext a.sr-Latn.pdf a.sr-Latn.txt 2>/dev/null || t_fail "pdftotext a.sr-Latn.pdf"
has a.sr-Latn.html "Tromesečni broj: tromesečne vrednosti od I kvartala 2025. do IV kvartala 2025.;" "chart description, Serbian periods"
has a.sr-Latn.html "poslednja je 4 (IV kvartal 2025.)" "latest period in words"
has a.sr-Latn.html "<td>III kvartal 2025.</td>" "table period in words"
hasnt a.sr-Latn.html "2025-Q3" "no period code in a Serbian report"
has a.sr-Cyrl.html "од I квартала 2025. до IV квартала 2025." "Cyrillic periods"
hasnt a.sr-Cyrl.html "2025-Q3" "no period code in a Cyrillic report"
has a.en.html "quarterly values from Q1 2025 to Q4 2025;" "English periods"
hasnt a.en.html "2025-Q3" "no period code in an English report"
has a.sr-Latn.txt "III kv. 2025." "chart axis in Serbian (PDF)"
hasnt a.sr-Latn.txt "2025-Q" "no period code in the Serbian PDF"
has a.sr-Latn.csv ",2025-Q3," "the CSV keeps the period's code"

# ---- Status sentences: periods and days in words, Serbian cases ----
# `accord status` in every language names periods and days in words
# (status_why_lang(), English included; the JSON keeps the codes); a
# Serbian period after "u" is in the locative ("u %#s": "u III kvartalu
# 2025."), after "od" the genitive.  Proper names stay Latin in Cyrillic.
run goal add --dialogue_id us-rs --area_id us-rs/area/security-defense \
  --code t/quarterly-count --title "Five a quarter" --kind count_period \
  --indicator_id test/quarterly --target 5 --period quarter \
  --start_on 2025-01-01 --classification public
expect_rc 0
for l in en sr-Latn sr-Cyrl; do
  run --lang $l status --at 2025-12-31
  expect_rc 0
  printf '%s\n' "$OUT" > st.$l.txt
  if grep -Eq '[0-9]{4}-(Q[1-4]|[0-9]{2})' st.$l.txt; then
    t_fail "a period or day code in the $l status: $(grep -Eo '.{30}[0-9]{4}-(Q[1-4]|[0-9]{2}).{10}' st.$l.txt | head -3)"
  else t_ok; fi
done
has st.en.txt "3 Quarterly count in Q3 2025 against at least 5. 4 so far in Q4 2025." "English quarters in words"
has st.en.txt "No count reported since 11 January 2025." "English day in words"
has st.sr-Latn.txt "3 (Tromesečni broj) u III kvartalu 2025., naspram cilja od najmanje 5. Do sada 4 u IV kvartalu 2025." "the locative after u"
has st.sr-Latn.txt "Od 11. januara 2025. nije prijavljen nijedan broj." "the genitive after od"
has st.sr-Cyrl.txt "у III кварталу 2025., наспрам циља од најмање 5. До сада 4 у IV кварталу 2025." "the locative in Cyrillic"
has st.sr-Cyrl.txt "(U.S. Census Bureau)." "a source's name stays Latin in Cyrillic"
run status --at 2025-12-31 --json
has_json=$(printf '%s' "$OUT" | jq -r '.goals[]|select(.code=="t/quarterly-count")|.explanation')
case "$has_json" in *2025-Q3*) t_ok ;; *) t_fail "the JSON explanation keeps the code: $has_json" ;; esac
# The demo's co-chairs are named by their role: in Serbian in a Serbian
# sign-off (tr_account()), as entered in English.
has a.sr-Latn.csv "Odobrenje,Sjedinjene Američke Države,Kopredsedavajući za SAD," "US co-chair in Serbian"
has a.sr-Latn.csv "Odobrenje,Srbija,Kopredsedavajući za Srbiju," "Serbian co-chair in Serbian"
has a.sr-Cyrl.csv "Одобрење,Сједињене Америчке Државе,Копредседавајући за САД," "US co-chair in Cyrillic"
hasnt a.sr-Latn.csv "co-chair" "no English role in a Serbian sign-off"
has a.en.csv "Sign-off,United States,US co-chair," "English sign-off unchanged"
# A source's note and a goal's proposer have Serbian twins (migration
# 037); a source's title is a proper name and stays as published.
run --lang sr-Latn source show src/census-trade
expect_rc 0
expect_out "Tabela američkog Biroa za popis stanovništva o trgovini robom"
expect_out "U.S. trade in goods with Serbia"
run --lang sr-Latn plan --dialogue us-rs
expect_rc 0
expect_no_out "the proposal for the dialogue"

# The sign-off names a co-chair linked to a person record by the person's
# name, in a Serbian report by its Serbian transcription.
run person add --code person/test-cochair --name "Marco Rubio" \
  --name_sr "Marko Rubio" --party_id us-rs/us
expect_rc 0
run user set us-cochair --person person/test-cochair
expect_rc 0
for l in en sr-Latn sr-Cyrl; do
  run report $Q --lang $l --format csv -o s.$l.csv
  expect_rc 0
done
has s.en.csv "Sign-off,United States,Marco Rubio," "the co-chair by name"
has s.sr-Latn.csv "Odobrenje,Sjedinjene Američke Države,Marko Rubio," "the co-chair's name in Serbian"
has s.sr-Cyrl.csv "Одобрење,Сједињене Америчке Државе,Марко Рубио," "the co-chair's name in Cyrillic"
run person add --code person/test-name --name "Jane Roe"
expect_rc 0
run --lang sr-Latn person list
expect_out "Jane Roe"
expect_no_out "Jane Roe (na engleskom)"
# Without its own --lang, a report is in the run's language: accord
# --lang, or ACCORD_LANG (the report's --lang still wins).
run --lang sr-Cyrl report $Q -o g.html
expect_rc 0
has g.html '<html lang="sr-Cyrl">' "accord --lang chooses the report's language"
export ACCORD_LANG=sr-Latn
run report $Q -o h.html
expect_rc 0
has h.html '<html lang="sr-Latn">' "ACCORD_LANG chooses the report's language"
run report $Q --lang en -o i.html
expect_rc 0
has i.html '<html lang="en">' "the report's own --lang wins"
unset ACCORD_LANG
run verify
expect_rc 0

# ---- The last kinds of content (migration 039) ----
# An observation's note, a project's description and note, the notes of
# its parties, funding, activities (and their titles) and links, of a
# step's fulfilment, a readiness criterion and a cross-walk, a
# participant's role, a meeting's level, whose statistics an indicator
# holds: each has its Serbian twin (pub_ tables too), filled in the demo.
for tc in observation:note_sr pub_observation:note_sr \
    project:description_sr pub_project:description_sr project:note_sr \
    pub_project:note_sr project_party:note_sr pub_project_party:note_sr \
    project_funding:note_sr pub_project_funding:note_sr activity:title_sr \
    pub_activity:title_sr activity:note_sr pub_activity:note_sr \
    project_link:note_sr pub_project_link:note_sr step_fulfilment:note_sr \
    pub_step_fulfilment:note_sr readiness_criterion:note_sr \
    pub_readiness_criterion:note_sr area_crosswalk:note_sr \
    pub_area_crosswalk:note_sr participant:role_sr meeting:level_sr \
    pub_meeting:level_sr indicator:statistics_of_sr \
    pub_indicator:statistics_of_sr; do
  sqlite3 accord.db "$(sql_has_column ${tc%%:*} ${tc#*:})" | grep -qx 1 \
    && t_ok || t_fail "${tc%%:*} lacks ${tc#*:}"
done
expect_same "$(sqlite3 accord.db "SELECT count(*) FROM observation WHERE note IS NOT NULL AND note_sr IS NULL")" \
  0 "every note of the demo's observations has its Serbian"
expect_same "$(sqlite3 accord.db "SELECT note_sr FROM observation WHERE note='US exports 6.3 + US imports 3.3.' LIMIT 1")" \
  "Izvoz SAD 6,3 + uvoz SAD 3,3." "a note in Serbian writes the decimal comma"
PT=$(sqlite3 accord.db "SELECT min(id) FROM participant")
run --lang sr-Cyrl participant show "$PT"
expect_out "Улога (српски):"
expect_out "заменик државног секретара САД за управљање"
run --lang sr-Latn project show us-rs/prj/fulbright-commission
expect_out "Opis (srpski):"
expect_out "Osnivanje bilateralne Fulbrajtove komisije"
run observation add --indicator_id test/quarterly --period 2024-Q4 \
  --value 4 --note "Counted by hand." --note_sr "Пребројано ручно."
expect_rc 0
run export observations --format json
expect_out '"note_sr": "Пребројано ручно."'
run verify
expect_rc 0

done_testing
