# t_entry.sh: the data-entry grid (src/web/page_entry.c): a row per
# indicator the reader may record figures for, prefilled with the period
# due and the last value; saved all or nothing through the one importer
# of observations (store/obsrow.h), errors naming the row and the field;
# a stale form refused with 409; scoped roles and CSRF as every form.
# On the demo as it is made (HTTP_SCOPED=1): wg-lead records figures for
# its working group's indicators only.
HTTP_SCOPED=1
. "$(dirname "$0")/lib.sh"

http_setup
D=$(acc dialogue show us-rs --json | jq -r .id)
I1=$(acc indicator show us-rs/ind/trade-total --json | jq -r .id)
I2=$(acc indicator show us-rs/ind/us-company-employees --json | jq -r .id)
I5=$(acc indicator show us-rs/ind/joint-exercises --json | jq -r .id)
srv_start
ver_of() {   # the version a grid in $BODY carries for indicator $1
  sed -n "s/.*name=\"indicator\" value=\"$1\"><input type=\"hidden\" name=\"version\" value=\"\([0-9]*\)\".*/\1/p" "$BODY"
}
nobs() { sqlite3 "$DB" "SELECT count(*) FROM observation"; }

# ---- the grid ------------------------------------------------------------------
as observer
req GET "/dialogue/$D/entry"; expect_status 403
as public
req GET "/dialogue/$D/entry"; expect_status 303
as secretariat
req GET "/dialogue/$D/entry"; expect_status 200
expect_body '<h1>Enter figures</h1>'
expect_same "$(grep -c 'name="indicator"' "$BODY")" 7 "a row per indicator of the dialogue"
expect_body "id=\"period-$I1\" value=\"2026-11\""
DUEY=$(($(date -u +%Y) - 1))
expect_body "id=\"period-$I2\" value=\"$DUEY\""
expect_body 'placeholder="'
expect_body 'none yet'
V1=$(ver_of "$I1"); V2=$(ver_of "$I2"); V5=$(ver_of "$I5")
check "the grid carries the versions of the figures" [ -n "$V1" ] && [ -n "$V2" ]
as secretariat; req GET "/dialogue/$D"
check "the dialogue page links the grid for a writer" grep -q "/dialogue/$D/entry" "$BODY"
as observer; req GET "/dialogue/$D"
check "no link for a reader who may not write" not grep -q "/dialogue/$D/entry" "$BODY"

# The rows of a grid, as the form sends them: ROW... with each ROW
# "IND|VERSION|PERIOD|VALUE|SOURCE|NOTE".
grid_post() {
  _args=""
  for _r in "$@"; do
    IFS='|' read -r _i _v _p _x _s _n <<EOF2
$_r
EOF2
    set -- "$@" "indicator=$_i" "version=$_v" "period=$_p" "value=$_x" \
      "source=$_s" "note=$_n"
  done
  # drop the ROW arguments themselves
  _k=$(( $# / 7 )); shift $_k
  form "/dialogue/$D/entry" "$@"
}

# ---- errors: nothing saved, each named -------------------------------------------
as secretariat
D0=$(db_digest); N0=$(nobs)
grid_post "$I1|$V1|2026-13|12.5||" "$I2|$V2|$DUEY|abc||" "$I5|$V5|$DUEY|1.5||" \
  "$I1|$V1|2026-10|3||"
expect_status 403
check "an indicator sent twice is refused" grep -q "sent twice" "$BODY"
grid_post "$I1|$V1|2026-13|12.5||" "$I2|$V2|$DUEY|abc||" "$I5|$V5|$DUEY|1.5||"
expect_status 400
expect_body 'Nothing was saved'
expect_body 'Row 1 (us-rs/ind/trade-total), Period:'
expect_body 'Row 2 (us-rs/ind/us-company-employees), Value: &quot;abc&quot; is not a number'
expect_body 'Row 3 (us-rs/ind/joint-exercises), Value:'
expect_body 'aria-invalid="true"'
expect_body 'value="abc"'
expect_same "$(db_digest)" "$D0" "a grid with errors changes nothing"
# One bad row among good ones: none is saved.
grid_post "$I1|$V1|2026-10|12.5||" "$I2|$V2|$DUEY|77||" "$I5|$V5|2099|1||"
expect_status 400
expect_body 'Row 3 (us-rs/ind/joint-exercises), Period:'
expect_same "$(db_digest)" "$D0" "one bad row saves no row"
grid_post "$I1|$V1|2026-10|12.5|no-such-source|"
expect_status 400
expect_body 'Row 1 (us-rs/ind/trade-total), Source: no source with code'
expect_same "$(db_digest)" "$D0" "an unknown source saves nothing"
# Without the CSRF token: refused.
form "/dialogue/$D/entry" csrf=- "indicator=$I1" "version=$V1" \
  "period=2026-10" "value=12.5"
expect_status 403
expect_same "$(nobs)" "$N0" "no CSRF token, nothing saved"

# ---- a good grid: saved together ----------------------------------------------------
grid_post "$I1|$V1|2026-10|12.5|src/census-trade|Zgridnote" "$I2|$V2|$DUEY||" \
  "$I5|$V5|$DUEY|2||"
expect_status 303
case "$LOC" in */dialogue/$D/entry\?saved=2) t_ok ;; *) t_fail "redirect: $LOC" ;; esac
expect_same "$(nobs)" "$((N0 + 2))" "two rows with a value saved, the empty one skipped"
expect_same "$(sqlite3 "$DB" "SELECT value||' '||note FROM observation WHERE indicator_id=$I1 AND period='2026-10' AND note IS NOT NULL")" \
  "12.5 Zgridnote" "the row as typed"
expect_same "$(sqlite3 "$DB" "SELECT count(*) FROM audit_log WHERE action='import' AND data LIKE '%data-entry form%'")" \
  1 "one audit entry for the grid"
req GET "$LOC"; expect_body 'Saved: 2 figures.'
check "the chain verifies" acc verify
# The same again is a duplicate of recorded values: nothing saved.
D1=$(db_digest)
as secretariat; req GET "/dialogue/$D/entry"
W1=$(ver_of "$I1"); W5=$(ver_of "$I5")
check "a save moves the version of the figures" [ "$W1" != "$V1" ]
grid_post "$I1|$W1|2026-10|12.5|src/census-trade|" "$I5|$W5|$DUEY|2||"
expect_status 400
expect_body 'already recorded'
expect_same "$(db_digest)" "$D1" "duplicates save nothing"

# ---- a stale form: 409 ----------------------------------------------------------------
acc observation add --indicator_id "$I1" --period 2026-09 --value 44.5 >/dev/null
grid_post "$I1|$W1|2026-08|13||" "$I5|$W5|$DUEY|3||"
expect_status 409
expect_body 'changed by someone else meanwhile'
expect_body 'the figures of this indicator were changed meanwhile'
expect_same "$(sqlite3 "$DB" "SELECT count(*) FROM observation WHERE indicator_id=$I1 AND period='2026-08' AND value=13")" \
  0 "a stale grid saves nothing"
W1b=$(ver_of "$I1")
check "the refused form carries the version of now" [ "$W1b" != "$W1" ]
grid_post "$I1|$W1b|2026-08|13||"
expect_status 303

# ---- Serbian: the decimal comma --------------------------------------------------------
req GET "/dialogue/$D/entry"; X1=$(ver_of "$I1")
grid_post "$I1|$X1|2026-07|1,5||" 
expect_status 400
expect_body 'Value: &quot;1,5&quot; is not a number'
form "/dialogue/$D/entry?lang=sr-Latn" "indicator=$I1" "version=$X1" \
  "period=2026-07" "value=1,5"
expect_status 303
expect_same "$(sqlite3 "$DB" "SELECT value FROM observation WHERE indicator_id=$I1 AND period='2026-07' AND value=1.5")" \
  1.5 "1,5 in a Serbian grid is 1.5"

# ---- scoped roles ------------------------------------------------------------------------
# (wg-lead leads the security and defence group, whose goals count the
# joint exercises)
as wg_lead
req GET "/dialogue/$D/entry"; expect_status 200
NM=$(grep -c 'name="indicator"' "$BODY")
check "a scoped lead's grid lists its group's indicators only" [ "$NM" -ge 1 ] && [ "$NM" -lt 7 ]
check "its group's count indicator is there" grep -q "name=\"indicator\" value=\"$I5\"" "$BODY"
check "not the trade indicator, outside its group" \
  not grep -q "name=\"indicator\" value=\"$I1\"" "$BODY"
D2=$(db_digest)
form "/dialogue/$D/entry" "indicator=$I1" "version=0" "period=2026-06" "value=5"
expect_status 403
expect_same "$(db_digest)" "$D2" "an indicator outside the grants: nothing saved"

srv_stop
done_testing
