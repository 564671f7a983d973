. "$TOP/tests/cli/lib.sh"
# t_import_batch.sh: `accord import observations` writes good rows 50 to
# one INSERT (store_obs_batch_*) and splits plain lines without libcsv.
# These are the edges of both: duplicates inside a batch and at batch
# boundaries, row counts that are not a multiple of 50, a bad row in the
# last, partial batch, errors on both sides of a pending batch, quoted
# lines among plain ones.  Each failure names the right line and leaves
# the database as it was.

D="--db b.db"
run $D init
run $D dialogue add --code d1 --title D1
run $D indicator add --dialogue_id d1 --code m --name Monthly --unit u --frequency month \
  --forecasts yes
run $D source add --code census --title "US Census"
expect_rc 0

# mk N FILE [YEAR]: FILE with the header and N rows m,YYYY-MM,VALUE,census,
# "row VALUE": months from YEAR-01 (default 1900), VALUE the row number
# (data line L is row L-1).
mk() {
  awk -v n="$1" -v y="${3:-1900}" 'BEGIN { print "indicator,period,value,source,note";
    for (i = 1; i <= n; i++)
      printf "m,%04d-%02d,%d,census,row %d\n", y + int((i-1)/12), (i-1)%12 + 1, i, i }' > "$2"
}
# dup FILE LINE OF: make line LINE of FILE a copy of line OF.
dup() {
  awk -v l="$2" -v o="$3" '{ a[NR] = $0 } END { for (i = 1; i <= NR; i++) print (i == l ? a[o] : a[i]) }' \
    "$1" > "$1.tmp" && mv "$1.tmp" "$1"
}
# check_fail FILE EXPECTED...: the import fails with these messages and
# the database does not change.
check_fail() {
  f=$1; shift
  before=$(db_state b.db)
  run $D import observations "$f"
  expect_rc 2
  for e in "$@"; do expect_err "$e"; done
  expect_same "$(db_state b.db)" "$before" "import of $f changed the db"
}

# --- row counts that are and are not multiples of the batch ---------------
# Each file in years of its own, so that they do not collide.
y=3000
for n in 1 49 50 51 100 123; do
  mk $n n$n.csv $y
  y=$((y + 20))
done
for n in 1 49 50 51 100 123; do
  run $D import observations n$n.csv
  expect_rc 0
  expect_out "n$n.csv: imported $n observations"
  run $D log --limit 1
  # The entry carries the rows themselves (replay.c rebuilds them).
  expect_out "{\"file\":\"n$n.csv\",\"rows\":$n,\"obs\":[["
done
# (A whole number of a REAL column: "123.0" from SQLite, "123" from psql.)
expect_same "$(sqlite3 b.db 'SELECT count(*), sum(value), count(note) FROM observation' \
  | sed 's/\.0|/|/')" "374|16503|374" "rows, values and notes of the good files"
expect_same "$(sqlite3 b.db "SELECT period, value, note FROM observation WHERE note='row 123'" \
  | sed 's/\.0|/|/')" "3110-03|123|row 123" "the last row of the partial batch"
run $D import observations n51.csv --dry-run
expect_rc 2
expect_err "n51.csv: line 2: this value for 3060-01 from this source is already recorded (indicator m, value 1)"

# --- duplicates inside the file -------------------------------------------
mk 123 d.csv
# Inside the first batch (rows 1-50 are lines 2-51): line 30 copies line 10.
cp d.csv d1.csv; dup d1.csv 30 10
check_fail d1.csv \
  "d1.csv: line 30: this value for 1900-09 from this source is already recorded (indicator m, value 9)" \
  "d1.csv: 1 error; nothing was imported"
# The last row of the first batch copies the one before it.
cp d.csv d2.csv; dup d2.csv 51 50
check_fail d2.csv "d2.csv: line 51: this value for 1904-01 from this source is already recorded (indicator m, value 49)"
# The first row of the second batch copies the last row of the first.
cp d.csv d3.csv; dup d3.csv 52 51
check_fail d3.csv "d3.csv: line 52: this value for 1904-02 from this source is already recorded (indicator m, value 50)"
# The first row of the second batch copies the first row of the file.
cp d.csv d4.csv; dup d4.csv 52 2
check_fail d4.csv "d4.csv: line 52: this value for 1900-01 from this source is already recorded (indicator m, value 1)"
# In the last, partial batch (rows 101-123 are lines 102-124).
cp d.csv d5.csv; dup d5.csv 120 7
check_fail d5.csv "d5.csv: line 120: this value for 1900-06 from this source is already recorded (indicator m, value 6)"
cp d.csv d6.csv; dup d6.csv 124 123
check_fail d6.csv "d6.csv: line 124: this value for 1910-02 from this source is already recorded (indicator m, value 122)"
# Two duplicates in one batch: both are named (issue 10, finding 8: not
# only the first), in line order.
cp d.csv d7.csv; dup d7.csv 70 60; dup d7.csv 65 55
check_fail d7.csv "d7.csv: line 65: this value for 1904-06 from this source is already recorded" \
  "d7.csv: line 70: this value for 1904-11 from this source is already recorded" \
  "d7.csv: 2 errors; nothing was imported"
# A duplicate of a row already in the database, in a full batch.
mk 123 d8.csv
sed -i '77s/.*/m,3000-01,1,census,again/' d8.csv
check_fail d8.csv "d8.csv: line 77: this value for 3000-01 from this source is already recorded (indicator m, value 1)"

# --- a bad row in the last, partial batch ---------------------------------
cp d.csv bad1.csv; sed -i '110s/,109,/,x109,/' bad1.csv
check_fail bad1.csv 'bad1.csv: line 110, column 3 (value): "x109" is not a number' \
  "bad1.csv: 1 error; nothing was imported"
cp d.csv bad2.csv; sed -i '124s/^m,/nosuch,/' bad2.csv
check_fail bad2.csv 'bad2.csv: line 124, column 1 (indicator): no indicator with code "nosuch"'

# --- errors before and after a pending duplicate: reported in line order ---
cp d.csv e1.csv; dup e1.csv 20 10; sed -i '30s/,29,/,bad,/' e1.csv
check_fail e1.csv "e1.csv: 2 errors; nothing was imported"
expect_same "$(printf '%s\n' "$ERR" | grep -o 'line [0-9]*' | tr '\n' ' ')" \
  "line 20 line 30 " "errors in line order"
cp d.csv e2.csv; sed -i '5s/,4,/,bad,/' e2.csv; dup e2.csv 20 10
check_fail e2.csv 'e2.csv: line 5, column 3 (value): "bad" is not a number' \
  "e2.csv: line 20: this value for 1900-09 from this source is already recorded" \
  "e2.csv: 2 errors; nothing was imported"

# --- quoted lines among plain ones: the line numbers stay right -----------
mk 123 q.csv
sed -i '40s/row 39/"row\nthirty-nine, quoted"/; 60s/row 59/ spaced /; 80s/$/\r/' q.csv
cp q.csv q1.csv; sed -i "101s/.*/m,1900-02,2,census,/" q1.csv
check_fail q1.csv "q1.csv: line 101: this value for 1900-02 from this source is already recorded"
run $D import observations q.csv
expect_rc 0
expect_out "imported 123 observations"
# (A whole number of a REAL column: "39.0" from SQLite, "39" from psql.)
expect_same "$(sqlite3 b.db "SELECT value, replace(note, '
', '|') FROM observation WHERE period<'2000' AND value IN (39, 59, 79, 80) ORDER BY value" \
  | sed 's/^\([0-9]*\)\.0|/\1|/')" \
  "39|row|thirty-nine, quoted
59|spaced
79|row 79
80|row 80" "notes of quoted, spaced and CR lines"

# --- the note in Serbian (note_sr, 039_serbian_content.sql) ----------------
# An optional column: in full batches and the partial last one, beside a
# note or alone, in Latin or Cyrillic; the audit entry carries it, and
# the replay of `accord verify` rebuilds it.
awk 'BEGIN { print "indicator,period,value,source,note,note_sr";
  for (i = 1; i <= 77; i++)
    printf "m,%04d-%02d,%d,census,%s,%s\n", 4000 + int((i-1)/12), (i-1)%12 + 1,
      i, (i % 3 ? "row " i : ""), (i % 2 ? "red " i : (i % 5 ? "" : "ред " i)) }' > sr.csv
run $D import observations sr.csv
expect_rc 0
expect_out "sr.csv: imported 77 observations"
expect_same "$(sqlite3 b.db "SELECT count(note), count(note_sr) FROM observation WHERE period>='4000'")" \
  "52|46" "notes and Serbian notes of sr.csv"
expect_same "$(sqlite3 b.db "SELECT coalesce(note, '-'), note_sr FROM observation WHERE period IN ('4000-03', '4004-02', '4006-05') ORDER BY period")" \
  "-|red 3
row 50|ред 50
row 77|red 77" "a Serbian note alone, in Cyrillic, in the partial batch"
L=$(sqlite3 b.db "SELECT data FROM audit_log ORDER BY id DESC LIMIT 1")
case "$L" in
  *'"row 1","'*',null,"red 1"],'*) t_ok ;;
  *) t_fail "the import's entry lacks the Serbian note of its first row" ;;
esac
run $D verify
expect_rc 0
done_testing
