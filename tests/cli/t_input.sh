. "$TOP/tests/cli/lib.sh"
# t_input.sh: input that is wrong is refused everywhere, with field, line
# and column (issue 10, finding 8 and item 7):
#   - CSV from Excel on a Serbian Windows (Windows-1250, "Vučić"): refused
#     with a hint, imported with --encoding windows-1250;
#   - invalid UTF-8 at a known line and column, in every column;
#   - negative and fractional counts, a period not yet begun (unless the
#     indicator takes forecasts);
#   - every duplicate of an import reported, not only the first;
#   - a held meeting in the future, a step done in the future,
#     achieved_on before start_on;
#   - the same checks on `observation add`, `load` and `import iati`;
#   - data written before the rules: named by verify, never exported
#     broken (no invalid UTF-8, no field left out).

D="--db i.db"
YEAR=$(date -u +%Y)
NEXT=$((YEAR + 1))
run $D init
run $D dialogue add --code d1 --title D1
run $D area add --dialogue_id d1 --code a1 --area_set s --name A1
run $D indicator add --dialogue_id d1 --code trade --name Trade --unit USD \
  --frequency year
run $D indicator add --dialogue_id d1 --code ex --name Exercises \
  --unit exercises --frequency year
run $D indicator add --dialogue_id d1 --code plan --name Plan --unit USD \
  --frequency year --forecasts yes
run $D goal add --dialogue_id d1 --area_id a1 --code g-ex --title "Three a year" \
  --kind count_period --indicator_id ex --target 3 --period year
expect_rc 0
before=$(db_state i.db)
unchanged() {
  expect_same "$(db_state i.db)" "$before" "db changed by: $LAST"
}

# ---- Windows-1250 -------------------------------------------------------
# "Vučić" and "Šabac" as Excel on a Serbian Windows writes them.
printf 'indicator,period,value,note\r\ntrade,2020,1,ok\r\ntrade,2021,2,Vu\350i\346 u \212apcu\r\n' > w1250.csv
run $D import observations w1250.csv
expect_rc 2
expect_err "w1250.csv: line 3, column 4 (note): not valid text: invalid UTF-8 at character 3 (byte 0xE8)"
expect_err "reads as Windows-1250"
expect_err "--encoding windows-1250"
expect_err "nothing was imported"
unchanged
run $D import observations w1250.csv --encoding windows-1250
expect_rc 0
expect_out "imported 2 observations"
run $D observation list --json
case "$OUT" in *'"note": "Vučić u Šapcu"'*) t_ok ;;
  *) t_fail "the Windows-1250 note is not read as Vučić u Šapcu" ;; esac
run $D verify
expect_rc 0
run $D import observations w1250.csv --encoding klingon-9
expect_rc 2
expect_err '--encoding: "klingon-9" is not an encoding'
# A byte Windows-1250 does not define.
printf 'indicator,period,value,note\ntrade,2022,1,a\201b\n' > undef.csv
run $D import observations undef.csv --encoding windows-1250
expect_rc 2
expect_err "undef.csv: line 2: byte 15 of the line (0x81) is not a character of windows-1250"
before=$(db_state i.db)

# ---- invalid UTF-8 at a known line and column ---------------------------
# Line 4, column 1 (the indicator), character 4; not Windows-1250 (0xFF
# is y with diaeresis, not a Serbian letter): no hint.
printf 'indicator,period,value\ntrade,2010,1\ntrade,2011,2\ntra\377de,2012,3\n' > bad8.csv
run $D import observations bad8.csv
expect_rc 2
expect_err "bad8.csv: line 4, column 1 (indicator): not valid text: invalid UTF-8 at character 4 (byte 0xFF)"
case "$ERR" in *"Windows-1250"*) t_fail "a hint for a file that is not Windows-1250" ;; *) t_ok ;; esac
# A truncated sequence in a quoted note spanning two lines.
printf 'indicator,period,value,note\ntrade,2010,1,"first\nsecond \303"\n' > cut8.csv
run $D import observations cut8.csv
expect_rc 2
expect_err "cut8.csv: line 2, column 4 (note): not valid text: invalid UTF-8 at line 2, character 8 (byte 0xC3)"
# A surrogate (CESU) and an overlong form.
printf 'indicator,period,value,note\ntrade,2010,1,\355\240\200\ntrade,2011,1,\300\257\n' > forms.csv
run $D import observations forms.csv
expect_rc 2
expect_err "forms.csv: line 2, column 4 (note): not valid text: invalid UTF-8 at character 1 (byte 0xED)"
expect_err "forms.csv: line 3, column 4 (note): not valid text: invalid UTF-8 at character 1 (byte 0xC0)"
# A header that is not UTF-8.
printf 'indicator,period,value,n\351te\ntrade,2010,1,x\n' > head8.csv
run $D import observations head8.csv
expect_rc 2
expect_err "head8.csv: line 1: column 4 of the header: not valid text"
unchanged

# ---- counts and periods -------------------------------------------------
printf 'indicator,period,value\nex,2020,2.5\nex,2021,-1\nex,2022,3\ntrade,%s,5\nplan,%s,7\nex,%s,1\n' \
  "$NEXT" "$NEXT" "$YEAR" > counts.csv
run $D import observations counts.csv
expect_rc 2
expect_err 'counts.csv: line 2, column 3 (value): "2.5" is not a count: indicator ex counts things'
expect_err 'counts.csv: line 3, column 3 (value): "-1" is not a count'
expect_err "counts.csv: line 5, column 2 (period): $NEXT has not begun"
expect_err "indicator trade takes no forecasts"
expect_err "counts.csv: 3 errors; nothing was imported"
unchanged
# The current year is allowed, and so is next year for an indicator that
# takes forecasts.
printf 'indicator,period,value\nex,2022,3\nplan,%s,7\nex,%s,1\n' "$NEXT" "$YEAR" > ok.csv
run $D import observations ok.csv
expect_rc 0
expect_out "imported 3 observations"
before=$(db_state i.db)
# One observation by hand: the same rules.
run $D observation add --indicator_id ex --period 2019 --value 1.5
expect_rc 2
expect_err 'value: "1.5" is not a count'
run $D observation add --indicator_id ex --period 2019 --value -2
expect_rc 2
expect_err 'value: "-2" is not a count'
run $D observation add --indicator_id trade --period "$NEXT" --value 1
expect_rc 2
expect_err "period: $NEXT has not begun"
run $D goal add --dialogue_id d1 --area_id a1 --code g2 --title T \
  --kind count_window --indicator_id ex --target 2.5 --start_on 2025-01-01 \
  --deadline 2026-12-31
expect_rc 2
expect_err "target: a count is a whole number"
unchanged

# ---- every duplicate ------------------------------------------------------
printf 'indicator,period,value\ntrade,2001,1\ntrade,2020,1\ntrade,2002,1\ntrade,2002,1\ntrade,2003,1\ntrade,2003,1\ntrade,2021,2\n' > dups.csv
run $D import observations dups.csv
expect_rc 2
expect_err "dups.csv: line 3: this value for 2020 from this source is already recorded (indicator trade, value 1)"
expect_err "dups.csv: line 5: this value for 2002 from this source is already recorded"
expect_err "dups.csv: line 7: this value for 2003 from this source is already recorded"
expect_err "dups.csv: line 8: this value for 2021 from this source is already recorded"
expect_err "dups.csv: 4 errors; nothing was imported"
unchanged
# More than 20: 20 shown, the rest counted.
{ printf 'indicator,period,value\n'
  i=1900; while [ $i -lt 1925 ]; do printf 'trade,%s,1\ntrade,%s,1\n' $i $i; i=$((i+1)); done
} > many.csv
run $D import observations many.csv
expect_rc 2
expect_err "many.csv: 5 more errors not shown"
expect_err "many.csv: 25 errors; nothing was imported"
unchanged

# ---- meetings, steps, goals -----------------------------------------------
run $D meeting add --dialogue_id d1 --code m1 --kind other --title M \
  --held_on "$NEXT-03-01" --state held
expect_rc 2
expect_err "held_on: $NEXT-03-01 is in the future"
run $D meeting add --dialogue_id d1 --code m1 --kind other --title M \
  --held_on "$NEXT-03-01" --state planned
expect_rc 0
run $D meeting set m1 --state held
expect_rc 2
expect_err "a meeting not yet held is planned"
run $D step add --dialogue_id d1 --code s1 --position 1 --title T \
  --done_on 2030-01-01
expect_rc 2
expect_err "done_on: 2030-01-01 is in the future"
run $D goal add --dialogue_id d1 --area_id a1 --code g3 --title T \
  --kind milestone --start_on 2025-06-01 --achieved_on 2025-01-01
expect_rc 2
expect_err "achieved_on: 2025-01-01 is before start_on (2025-06-01)"
run $D goal add --dialogue_id d1 --area_id a1 --code g3 --title T \
  --kind milestone --achieved_on "$NEXT-01-01"
expect_rc 2
expect_err "achieved_on: $NEXT-01-01 is in the future"
run $D goal add --dialogue_id d1 --area_id a1 --code g3 \
  --title "$(printf 'Vu\350i\346')" --kind milestone
expect_rc 2
expect_err "title: not valid text: invalid UTF-8 at character 3 (byte 0xE8)"
expect_err "Windows-1250"
before=$(db_state i.db)

# ---- load ---------------------------------------------------------------------
printf '{"format": "accord-fixture-1",\n "dialogues": [{"code": "dx", "title": "Vu\350i\346"}]}\n' > l1.json
run $D load l1.json
expect_rc 2
expect_err "l1.json: line 2, column"
expect_err "the file reads as Windows-1250: convert it to UTF-8"
expect_err "nothing was loaded"
printf '{"format": "accord-fixture-1",\n "dialogues": [{"code": "dx", "title": "a\\u001b[2Jb"}]}\n' > l2.json
run $D load l2.json
expect_rc 2
expect_err "title: not valid text: a control character at character 2 (byte 0x1B)"
cat > l3.json <<EOF2
{"format": "accord-fixture-1",
 "meetings": [{"dialogue_id": "d1", "code": "mx", "kind": "other", "title": "X",
               "held_on": "$NEXT-01-05", "state": "held"}]}
EOF2
run $D load l3.json
expect_rc 2
expect_err "meetings[0] (mx): held_on: $NEXT-01-05 is in the future"
unchanged

# ---- IATI -------------------------------------------------------------------------
cat > c.xml <<'EOF2'
<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03">
 <iati-activity xml:lang="en"><iati-identifier>XM-TEST-1</iati-identifier><reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org><title><narrative>T</narrative></title><description><narrative>D</narrative></description><participating-org role="1" ref="XM-TEST"/><activity-status code="2"/><activity-date iso-date="2021-01-01" type="2"/>
  <result type="1"><title><narrative>R</narrative></title>
   <indicator measure="1"><title><narrative>I</narrative></title>
    <reference vocabulary="99" code="ex"/>
    <period>
     <period-start iso-date="2021-01-01"/>
     <period-end iso-date="2021-12-31"/>
     <actual value="1.5"/>
    </period>
   </indicator>
  </result>
 </iati-activity>
</iati-activities>
EOF2
run $D import iati c.xml
expect_rc 2
expect_err 'c.xml: line 10: actual/@value: "1.5" is not a count'
unchanged

# ---- data written before the rules -------------------------------------------------
# A database that got bad text and values before the checks (here put in
# behind accord's back): verify names each row, the exports refuse to
# write broken text or leave the field out.  (SQLite only: a PostgreSQL
# database refuses invalid UTF-8 in text itself.)
if ! is_pg; then
cp i.db old.db
sqlite3 old.db "UPDATE observation SET note=CAST(x'56758e69e6' AS TEXT) WHERE period='2022' AND indicator_id=(SELECT id FROM indicator WHERE code='ex');
  INSERT INTO observation(indicator_id, period, value, entered_by, entered_at)
    SELECT id, '2018', 2.5, 'old', '2020-01-01T00:00:00Z' FROM indicator WHERE code='ex';
  UPDATE meeting SET state='held' WHERE code='m1';"
run --db old.db verify
expect_out "note: input rules: observation"
expect_out ", note: invalid UTF-8 at character 3 (byte 0x8E)"
expect_out 'value: "2.5" is not a count'
expect_out "input rules: meeting 1: held_on: $NEXT-03-01 is in the future"
run --db old.db export all
expect_rc 2
expect_err ", note: invalid UTF-8 at character 3 (byte 0x8E)"
expect_no_out '"note": null'
[ -z "$OUT" ] && t_ok || t_fail "export all wrote a file without the note"
run --db old.db export observation --format json
expect_rc 2
expect_no_out '"note": null'
run --db old.db export observation
expect_rc 2
if printf '%s' "$OUT" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1; then t_ok
else t_fail "export observation wrote invalid UTF-8"; fi
run --db old.db export sdmx
expect_rc 2
expect_err "invalid UTF-8"
[ -z "$OUT" ] && t_ok || t_fail "export sdmx wrote a file"
# The row is corrected by setting the bad field: then the export works.
OID=$(sqlite3 old.db "SELECT id FROM observation WHERE period='2022' AND indicator_id=(SELECT id FROM indicator WHERE code='ex')")
run --db old.db observation set "$OID" --note "Vučić"
expect_rc 0
run --db old.db export sdmx
expect_rc 0
expect_out "Vučić"
fi

# The demo still loads and verifies with the rules in force.
run --db demo.db demo
expect_rc 0
run --db demo.db verify
expect_rc 0
expect_no_out "input rules"

done_testing
