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
# titles (Cyrillic derived), says the status sentences in Serbian, and
# marks an English text whose Serbian form is not entered yet.
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
has q.sr-Latn.html "(na engleskom)" "an English text marked"
has q.sr-Cyrl.html "Повећање трговинске размене за 10%" "Cyrillic goal title"
has q.sr-Cyrl.html "Рад није почео; рок није одређен." "Cyrillic sentence"
has q.sr-Cyrl.html "Корак IV:" "a Roman numeral stays Latin in Cyrillic"
has q.sr-Cyrl.html "(на енглеском)" "an English text marked (Cyrillic)"
has q.en.html "Increasing trade exchange by 10% annually" "English goal title"
has q.en.html "Work has not started; no deadline is set." "English sentence"
hasnt q.en.html "(in English)" "nothing marked in English"
hasnt q.en.html "Povećanje trgovinske" "no Serbian title in English"

done_testing
