. "$TOP/tests/cli/lib.sh"
# t_dimension.sh: the dimensions a dialogue declares for its breakdowns
# (038_dimension.sql, docs/design.md "Breakdowns").  A cell names only
# declared dimensions and values: by hand, in a CSV import (the column and
# the line named, nothing imported); readers see the declared labels in
# their language (the report's chart legend and table, SDMX-CSV with
# labels); `export all` and `load` carry the declarations and the cells;
# `accord verify` replays the declarations' audit entries; cells recorded
# before migration 038 are declared as written when the database is
# opened, each with its audit entry.
D="--db d.db"
run $D init
run $D dialogue add --code d1 --title D1 --launched_on 2024-01-01
run $D party add --dialogue_id d1 --code d1/us --name "United States" --country US
run $D party add --dialogue_id d1 --code d1/rs --name Serbia --country RS
run $D area add --dialogue_id d1 --code a1 --area_set proposal --name A1
run $D indicator add --dialogue_id d1 --code jobs --name Jobs --unit persons \
  --frequency year
run $D source add --code s1 --title "Survey one"
run $D goal add --dialogue_id d1 --area_id a1 --code g1 --title "More jobs" \
  --kind level --indicator_id jobs --target 500 --deadline 2030-12-31
expect_rc 0

# --- nothing declared: every cell refused ------------------------------------
run $D observation add --indicator_id jobs --period 2024 --value 60 \
  --source_id s1 --breakdown sex=female
expect_rc 2
expect_err 'breakdown: dimension "sex" is not declared for the indicator'"'"'s dialogue (declared: none'

# --- declaring: the name's form is checked, the name once per dialogue --------
run $D dimension add --dialogue_id d1 --code d1/dim/sex --name Sex --label Sex
expect_rc 2
expect_err "name: a dimension's name is a lower-case code"
run $D dimension add --dialogue_id d1 --code d1/dim/sex --name sex \
  --label Sex --label_sr Pol --position 1
expect_rc 0
run $D dimension add --dialogue_id d1 --code d1/dim/sex2 --name sex --label Sex
expect_rc 4
run $D dimension-value add --dimension_id d1/dim/sex --value "a;b" --label X
expect_rc 2
expect_err "value: at most 64 bytes"
run $D dimension-value add --dimension_id d1/dim/sex --value female \
  --label Women --label_sr Žene --position 1
run $D dimension-value add --dimension_id d1/dim/sex --value male \
  --label Men --label_sr Muškarci --position 2
run $D dimension add --dialogue_id d1 --code d1/dim/age --name age \
  --label "Age group" --label_sr "Starosna grupa" --position 2
expect_rc 0
run $D dimension list
expect_out "Starosna grupa"

# --- by hand: declared cells taken, others refused naming the field -----------
run $D observation add --indicator_id jobs --period 2024 --value 60 \
  --source_id s1 --breakdown sex=female
expect_rc 0
run $D observation add --indicator_id jobs --period 2024 --value 1 \
  --breakdown sex=other
expect_rc 2
expect_err 'breakdown: value "other" of dimension sex is not declared (declared: female, male'
# An open dimension (no values listed) takes any value.
run $D observation add --indicator_id jobs --period 2024 --value 12 \
  --source_id s1 --breakdown "age=15-24;sex=male"
expect_rc 0

# --- CSV: the column and the line named, nothing imported ---------------------
cat > bad.csv <<'CSV'
indicator,period,value,source,dim_sex,dim_region
jobs,2023,130,s1,,
jobs,2023,70,s1,male,
jobs,2023,5,s1,female,north
jobs,2023,6,s1,other,
CSV
before=$(db_state d.db)
run $D import observations bad.csv
expect_rc 2
expect_err 'bad.csv: line 4, column 6 (dim_region): dimension "region" is not declared'
expect_err 'bad.csv: line 5, column 5 (dim_sex): value "other" of dimension sex is not declared'
expect_err "nothing was imported"
expect_same "$(db_state d.db)" "$before" "a refused import changes nothing"
cat > good.csv <<'CSV'
indicator,period,value,source,dim_sex,dim_age
jobs,2024,130,s1,,
jobs,2024,70,s1,male,
CSV
run $D import observations good.csv
expect_rc 0
expect_out "imported 2 observations"

# --- readers: the declared labels in their language ---------------------------
run $D report annual --year 2024 -o r.html
expect_rc 0
grep -q '<td>Sex: Women</td>' r.html && t_ok || t_fail "the report's table: Sex: Women"
grep -q 'Age group: 15-24, Sex: Men' r.html && t_ok || t_fail "the report names the cell by its labels"
run $D report annual --year 2024 --lang sr-Latn -o r.sr.html
expect_rc 0
grep -q '<td>Pol: Žene</td>' r.sr.html && t_ok || t_fail "the Serbian report: Pol: Žene"
grep -q 'Starosna grupa: 15-24, Pol: Muškarci' r.sr.html && t_ok \
  || t_fail "the Serbian legend names the cell by its Serbian labels"
run $D report annual --year 2024 --lang sr-Cyrl -o r.cy.html
expect_rc 0
grep -q 'Пол: Жене' r.cy.html && t_ok || t_fail "the Cyrillic report: Пол: Жене"
run $D --lang sr-Latn export sdmx --labels both -o s.csv
expect_rc 0
head -1 s.csv | grep -q ',SEX: Pol,' && t_ok || t_fail "SDMX: the dimension's Serbian label in the header"
grep -q ',female: Žene,' s.csv && t_ok || t_fail "SDMX: the value's Serbian label"
grep -q ',_T: ukupno,' s.csv && t_ok || t_fail "SDMX: the total named"
run $D export sdmx -o plain.csv
expect_rc 0
grep -q 'Žene' plain.csv && t_fail "SDMX without labels has none" || t_ok

# --- what recorded cells name stays declared: no removal, no renaming ---------
VF=$(sqlite3 d.db "SELECT id FROM dimension_value WHERE value='female'")
before=$(db_state d.db)
run $D dimension-value rm "$VF"
expect_rc 4
expect_err "value: female of dimension sex is used by 1 recorded cells"
run $D dimension set d1/dim/sex --name gender
expect_rc 4
expect_err "name: dimension sex is used by"
run $D dimension rm d1/dim/age
expect_rc 4
expect_same "$(db_state d.db)" "$before" "a refused removal changes nothing"

# --- verify replays the declarations; a change and a removal too --------------
run $D dimension set d1/dim/age --label_sr "Starost"
expect_rc 0
run $D dimension add --dialogue_id d1 --code d1/dim/spare --name spare --label Spare
run $D dimension rm d1/dim/spare
expect_rc 0
run $D verify
expect_rc 0
expect_out "audit log intact"

# --- export all and load: the declarations and the cells ----------------------
run $D export all -o all.json
expect_rc 0
expect_same "$(jq '.dimensions | length' all.json)" "2" "export all: the dimensions"
expect_same "$(jq '.dimension_values | length' all.json)" "2" "export all: the values"
expect_same "$(jq '[.observations[] | select(.breakdown != null)] | length' all.json)" "3" \
  "export all: the cells"
run --db e.db init
run --db e.db load all.json
expect_rc 0
cells() {
  sqlite3 "$1" "SELECT i.code, o.period, o.value, coalesce(o.breakdown, '-')
    FROM observation o JOIN indicator i ON i.id=o.indicator_id ORDER BY 1, 2, 3, 4"
}
decl() {
  sqlite3 "$1" "SELECT d.name, d.label, coalesce(d.label_sr, ''),
    coalesce(v.value, ''), coalesce(v.label, ''), coalesce(v.label_sr, '')
    FROM dimension d LEFT JOIN dimension_value v ON v.dimension_id=d.id
    ORDER BY 1, 4"
}
expect_same "$(cells e.db)" "$(cells d.db)" "load: the cells kept"
expect_same "$(decl e.db)" "$(decl d.db)" "load: the declarations kept"
run --db e.db export all -o all2.json
cmp -s all.json all2.json && t_ok || t_fail "export all after load is the same file"
run --db e.db verify
expect_rc 0
# The items alone (not the installation) load into a fresh database too:
# the declarations before the cells that need them.
jq 'del(.installation)' all.json > items.json
run --db f.db init
run --db f.db load items.json
expect_rc 0
expect_same "$(cells f.db)" "$(cells d.db)" "load of the items: the cells kept"
expect_same "$(decl f.db)" "$(decl d.db)" "load of the items: the declarations kept"

# --- before migration 038: the recorded cells are declared as written ---------
# A database whose schema predates 038 (its tables dropped, its version
# set back) with cells of two dimensions: opening it migrates and declares
# them, each with an audit entry of "migration 038"; verify finds nothing
# to say about them.  On either backend (tests/pg/run): the version is
# PRAGMA user_version on SQLite, accord_schema on PostgreSQL.
run --db m.db init
run --db m.db dialogue add --code m1 --title M1
run --db m.db indicator add --dialogue_id m1 --code mind --name M --unit persons \
  --frequency year
expect_rc 0
sqlite3 m.db "DROP TABLE pub_dimension_value; DROP TABLE pub_dimension;
  DROP TABLE dimension_value; DROP TABLE dimension;
  INSERT INTO observation(indicator_id, period, value, breakdown, entered_by,
    entered_at) SELECT id, '2024', 3, 'age=15-24;sex=female', 'old',
    '2025-01-01T00:00:00Z' FROM indicator;
  INSERT INTO observation(indicator_id, period, value, breakdown, entered_by,
    entered_at) SELECT id, '2024', 4, 'sex=male', 'old',
    '2025-01-01T00:00:00Z' FROM indicator;
  $(sql_undo_columns_after 38)
  $(sql_schema_version 37);"
run --db m.db dimension list
expect_rc 0
expect_out "sex"
expect_out "age"
expect_same "$(sqlite3 m.db "SELECT $(sql_group_concat v.value , v.value)
  FROM dimension_value v JOIN dimension d ON d.id=v.dimension_id
  WHERE d.name='sex'")" "female,male" "the values found, declared"
expect_same "$(sqlite3 m.db "SELECT $(sql_group_concat "d.name||':'||d.label||':'||d.code" , d.name)
  FROM dimension d")" "age:age:m1/dim/age,sex:sex:m1/dim/sex" \
  "each dimension found, labelled and coded as written"
expect_same "$(sqlite3 m.db "SELECT count(*) FROM audit_log WHERE actor='migration 038'")" \
  "5" "each declaration has its audit entry"
run --db m.db observation add --indicator_id mind --period 2025 --value 1 \
  --breakdown sex=female
expect_rc 0
run --db m.db verify
printf '%s\n%s\n' "$OUT" "$ERR" | grep -q "dimension" \
  && t_fail "verify names a declaration: $(printf '%s\n%s\n' "$OUT" "$ERR" | grep dimension | head -3)" \
  || t_ok

T_NAME=t_dimension
done_testing
