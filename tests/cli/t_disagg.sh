. "$TOP/tests/cli/lib.sh"
# t_disagg.sh: breakdowns of an indicator (docs/design.md "Breakdowns",
# migration 032): an observation may be one cell ("sex=female"); the form
# of a cell is checked everywhere (the CLI, dim_NAME columns of the CSV
# import) naming the field, line and column; values of different cells are
# never a conflict, two sources' values of one cell are; status judges the
# total and says when only a breakdown was recorded; export all, load,
# verify, SDMX-CSV (dimension columns) and IATI (<dimension>, valid
# against the 2.03 schema, imported back as cells) carry the cells.
SCHEMA="$TOP/data/iati/iati-activities-schema.xsd"
RULES="$TOP/tests/iati/rules.py"
D="--db b.db"
run $D init
run $D dialogue add --code d1 --title D1 --launched_on 2024-01-01
run $D party add --dialogue_id d1 --code d1/us --name "United States" --country US
run $D party add --dialogue_id d1 --code d1/rs --name Serbia --country RS
run $D area add --dialogue_id d1 --code a1 --area_set proposal --name A1
run $D indicator add --dialogue_id d1 --code jobs --name Jobs --unit persons --frequency year
run $D source add --code s1 --title "Survey one"
run $D source add --code s2 --title "Survey two"
run $D goal add --dialogue_id d1 --area_id a1 --code g1 --title "More jobs" \
  --kind level --indicator_id jobs --target 500 --deadline 2030-12-31
expect_rc 0
# The dimensions the dialogue declares (038_dimension.sql): sex with its
# two values, age and region open (any value).  Labels as the words were.
declare_dims() {
  run $1 dimension add --dialogue_id d1 --code d1/dim/sex --name sex \
    --label sex --label_sr pol --position 2
  run $1 dimension-value add --dimension_id d1/dim/sex --value female \
    --label female --label_sr žene
  run $1 dimension-value add --dimension_id d1/dim/sex --value male \
    --label male --label_sr muškarci
  run $1 dimension add --dialogue_id d1 --code d1/dim/age --name age \
    --label age --label_sr starost --position 1
  run $1 dimension add --dialogue_id d1 --code d1/dim/region --name region \
    --label region --label_sr region --position 3
  expect_rc 0
}
declare_dims "$D"

# --- by hand: the form of a cell ---------------------------------------------
run $D observation add --indicator_id jobs --period 2024 --value 60 \
  --source_id s1 --breakdown sex=female
expect_rc 0
run $D observation add --indicator_id jobs --period 2024 --value 1 \
  --breakdown "sex=male;age=15-24"
expect_rc 2
expect_err "breakdown: write the dimensions in the order of their names: age before sex"
run $D observation add --indicator_id jobs --period 2024 --value 1 \
  --breakdown "Sex=male"
expect_rc 2
expect_err "breakdown: dimension 1 (Sex): a name is a lower-case code"
run $D observation add --indicator_id jobs --period 2024 --value 1 \
  --breakdown "male"
expect_rc 2
expect_err "breakdown: dimension 1: write it as name=value"

# --- only a breakdown: said, not added up --------------------------------------
run $D status
expect_rc 0
expect_out "For 2024 only a breakdown was recorded, no total: a breakdown is shown, not added up."
run --lang sr-Latn $D status
expect_out "Za 2024. je zabeleženo samo raščlanjavanje"

# --- CSV import: dim_NAME columns ---------------------------------------------
cat > cells.csv <<'CSV'
indicator,period,value,source,dim_sex,dim_age
jobs,2024,130,s1,,
jobs,2024,70,s1,male,
jobs,2024,71,s2,male,
jobs,2024,12,s1,male,15-24
jobs,2024,130,s1,female,15-24
CSV
run $D import observations cells.csv
expect_rc 0
expect_out "imported 5 observations"
# (The values are whole: as integers they read the same on both backends.)
expect_same "$(sqlite3 b.db "SELECT $(sql_group_concat "coalesce(breakdown, 'total') || ':' || CAST(value AS INTEGER)" ' ' id)
  FROM (SELECT * FROM observation ORDER BY id) o")" \
  "sex=female:60 total:130 sex=male:70 sex=male:71 age=15-24;sex=male:12 age=15-24;sex=female:130" \
  "cells as imported"
before=$(db_state b.db)
cat > bad.csv <<'CSV'
indicator,period,value,dim_sex
jobs,2023,1,a;b
jobs,2023,2,female
jobs,2023,2,female
CSV
run $D import observations bad.csv
expect_rc 2
expect_err "bad.csv: line 2, column 4 (dim_sex): dimension sex: a value is 1 to 64 bytes"
expect_err "bad.csv: line 4: this value for 2023 (sex=female) from this source is already recorded"
printf 'indicator,period,value,dim_1x\njobs,2023,1,a\n' > badname.csv
run $D import observations badname.csv
expect_rc 2
expect_err "column \"dim_1x\": a dimension's name is a lower-case code"
expect_same "$(db_state b.db)" "$before" "a refused import changed the db"

# --- conflicts: within one cell only -------------------------------------------
run $D conflicts
expect_rc 0
expect_out "Jobs, 2024 (sex=male): 2 values disagree"
expect_no_out "Jobs, 2024:"
id=$(sqlite3 b.db "SELECT id FROM observation WHERE value=71")
run $D prefer "$id"
expect_rc 0
run $D conflicts
expect_out "no unresolved conflicts"
expect_same "$(sqlite3 b.db "SELECT count(*) FROM observation WHERE preferred=1")" \
  "1" "a choice in one cell leaves the others alone"

# --- status: the total is judged ----------------------------------------------
run $D status --json
expect_out '"status"'
run $D status
expect_no_out "only a breakdown"
expect_out "130"

# --- reports: the chart shows the cells beside the judged total -------------
# The goal's chart draws each cell thin with its legend; the alternative
# text and a note say the total is judged; a table lists the cells' values;
# the total's own series and table are the total's only.
run $D report annual --year 2024 -o r.html
expect_rc 0
grep -q 'The total is judged; thinner lines show the cells of its breakdown: age: 15-24, sex: female (breakdown); age: 15-24, sex: male (breakdown); sex: female (breakdown); sex: male (breakdown).' r.html \
  && t_ok || t_fail "the chart's alt text names the cells"
grep -q '<p class="note">The total is judged; the cells of its breakdown (age: 15-24, sex: female; age: 15-24, sex: male; sex: female; sex: male) are shown beside it, not judged.</p>' r.html \
  && t_ok || t_fail "the note under the chart"
grep -q '<tr><td>2024</td><td class="num">130</td>' r.html \
  && t_ok || t_fail "the total's table has the total"
grep -q '<tr><td>2024</td><td>sex: male</td><td class="num">71</td></tr>' r.html \
  && t_ok || t_fail "the cells' table, the preferred value of a cell"
run $D report annual --year 2024 --lang sr-Latn -o r.sr.html
expect_rc 0
grep -q 'tanje linije prikazuju .elije njenog ra' r.sr.html \
  && t_ok || t_fail "the Serbian alt text"
grep -q '<td>pol: žene</td>' r.sr.html && t_ok || t_fail "the Serbian cell"
run $D report annual --year 2024 --format pdf -o r.pdf
expect_rc 0

# --- exports: export all and load, verify, SDMX-CSV ----------------------------
run $D verify
expect_rc 0
run $D export all -o all.json
expect_rc 0
run --db n.db init
run --db n.db load all.json
expect_rc 0
expect_same "$(sqlite3 n.db "SELECT $(sql_group_concat "coalesce(breakdown, '-')" ' ' id)
  FROM (SELECT * FROM observation ORDER BY id) o")" \
  "sex=female - sex=male sex=male age=15-24;sex=male age=15-24;sex=female" \
  "cells after export all and load"
run --db n.db verify
expect_rc 0
run $D export sdmx -o o.csv
expect_rc 0
expect_same "$(head -1 o.csv | tr -d '\r')" \
  "STRUCTURE,STRUCTURE_ID,ACTION,DIALOGUE,INDICATOR,SOURCE,AGE,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,PREFERRED,CONFLICT,SOURCE_TITLE,SOURCE_PUBLISHER,SOURCE_URL,COMMENT_OBS" \
  "SDMX header with the dimensions"
grep -q "^dataflow,ACCORD:DIALOGUE_OBS(1.0.0),I,d1,jobs,s1,_T,_T,2024,130," o.csv \
  && t_ok || t_fail "SDMX total row"
grep -q "^dataflow,ACCORD:DIALOGUE_OBS(1.0.0),I,d1,jobs,s1,15-24,male,2024,12," o.csv \
  && t_ok || t_fail "SDMX cell row"
grep -q ",s1,_T,male,2024,70,persons,N,Y," o.csv && t_ok \
  || t_fail "SDMX: the cell's conflict"
grep -q ",s1,_T,_T,2024,130,persons,N,N," o.csv && t_ok \
  || t_fail "SDMX: the total is no conflict"

# --- IATI: dimensions out, valid, and back in as cells -------------------------
run $D export iati --as-viewer restricted -o b.xml
expect_rc 0
if xmllint --noout --schema "$SCHEMA" b.xml >xl.out 2>&1; then t_ok
else t_fail "b.xml does not validate: $(head -c 600 xl.out)"; fi
if python3 "$RULES" b.xml >rules.out 2>&1; then t_ok
else t_fail "b.xml breaks the IATI rules: $(head -c 600 rules.out)"; fi
grep -q '<dimension name="sex" value="female"/>' b.xml && t_ok \
  || t_fail "b.xml lacks the sex=female dimension"
grep -q '<dimension name="age" value="15-24"/>' b.xml && t_ok \
  || t_fail "b.xml lacks the age dimension"
F="--db f.db"
run $F init
run $F dialogue add --code d1 --title D1
run $F source add --code s1 --title "Survey one"
run $F source add --code s2 --title "Survey two"
run $F indicator add --dialogue_id d1 --code jobs --name Jobs --unit persons --frequency year
declare_dims "$F"
run $F import iati b.xml
expect_rc 0
cells() {
  sqlite3 "$1" "SELECT o.period, o.value, coalesce(o.breakdown, '-'),
    coalesce(s.title, '-') FROM observation o
    LEFT JOIN source s ON s.id=o.source_id ORDER BY 1, 3, 2, 4"
}
expect_same "$(cells f.db)" "$(cells b.db)" "cells after the IATI round trip"
run $F verify
expect_rc 0

# A cell without a value in the periods the chart shows (recorded only
# after the report's year) is neither drawn nor named (last: it changes
# b.db's rows).
run $D observation add --indicator_id jobs --period 2025 --value 9 \
  --breakdown region=north
expect_rc 0
run $D report annual --year 2024 -o r2.html
expect_rc 0
grep -q 'region: north' r2.html \
  && t_fail "a cell with no value in the chart is named" || t_ok
grep -q 'The total is judged; thinner lines show the cells of its breakdown: age: 15-24, sex: female (breakdown); age: 15-24, sex: male (breakdown); sex: female (breakdown); sex: male (breakdown).' r2.html \
  && t_ok || t_fail "the alt text names the cells drawn"

T_NAME=t_disagg
done_testing
