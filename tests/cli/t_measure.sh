. "$TOP/tests/cli/lib.sh"
# t_measure.sh: an indicator's unit and perspective are enforced
# (docs/status.md 2.4, "Unit and perspective").  A value stated in another
# unit, or from the other side's statistics, is refused with the field
# named -- `observation add --unit/--statistics_of`, the CSV import's unit
# and statistics_of columns (with line and column) -- and nothing changes;
# the indicator's own unit and statistics (case and spaces aside) and an
# indicator that names no perspective are accepted.

DB=d.db
run --db $DB demo
expect_rc 0
count() { sqlite3 $DB "SELECT count(*) FROM observation"; }
N0=$(count)

# One value by hand.
run --db $DB observation add --indicator_id us-rs/ind/trade-total --period 2025-03 \
  --value 80 --source_id src/census-trade --unit "million EUR"
expect_rc 2
expect_err 'observation not added: unit: "million EUR" is not the unit of indicator us-rs/ind/trade-total (million USD)'
run --db $DB observation add --indicator_id us-rs/ind/trade-total --period 2025-03 \
  --value 80 --source_id src/census-trade --statistics_of "Statistical Office of the Republic of Serbia"
expect_rc 2
expect_err 'observation not added: statistics_of: "Statistical Office of the Republic of Serbia" is not whose statistics indicator us-rs/ind/trade-total holds (US Census Bureau (Census basis))'
expect_same "$(count)" "$N0" "nothing was added"
run --db $DB observation add --indicator_id us-rs/ind/trade-total --period 2025-03 \
  --value 80.5 --source_id src/census-trade --unit "Million  USD" \
  --statistics_of "us census bureau (census basis)"
expect_rc 0
expect_out "added observation"
# An indicator that names no perspective takes any.
run --db $DB observation add --indicator_id us-rs/ind/joint-exercises --period 2025 \
  --value 2 --unit count --statistics_of "Ministry of Defence"
expect_rc 0
N1=$(count)

# A CSV file: every bad row named with its line and column; nothing imported.
printf 'indicator,period,value,source,unit,statistics_of\n' > m.csv
printf 'us-rs/ind/trade-total,2025-04,81,src/census-trade,million USD,\n' >> m.csv
printf 'us-rs/ind/trade-total,2025-05,70,src/census-trade,million EUR,\n' >> m.csv
printf 'us-rs/ind/trade-total,2025-06,90,src/census-trade,,Statistical Office of the Republic of Serbia\n' >> m.csv
run --db $DB import observations m.csv
expect_rc 2
expect_err 'm.csv: line 3, column 5 (unit): "million EUR" is not the unit of indicator us-rs/ind/trade-total (million USD)'
expect_err 'm.csv: line 4, column 6 (statistics_of): "Statistical Office of the Republic of Serbia" is not whose statistics'
expect_err "2 errors; nothing was imported"
expect_same "$(count)" "$N1" "a file with a bad row imports nothing"
# The same file without the bad rows imports.
head -2 m.csv > ok.csv
run --db $DB import observations ok.csv
expect_rc 0
expect_same "$(count)" "$((N1 + 1))" "the good row imported"
# The columns are optional and named in the error for unknown ones.
printf 'indicator,period,value,source,units\n' > u.csv
run --db $DB import observations u.csv
expect_rc 2
expect_err "unit, statistics_of and dim_NAME"
done_testing
