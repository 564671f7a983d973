# t_sign.sh: approvals are signatures, over HTTP.  The item page's approve
# form asks the password again and carries the content hash of the
# version shown; the API takes {"content_hash", "password"} or a
# signature made elsewhere ({"content_hash", "key_id", "signature"}).  A
# wrong password is refused, a stale hash answers 409 with the new hash
# and writes nothing, a forged or replayed signature is refused, and every
# approval made verifies (`accord verify`).
. "$(dirname "$0")/lib.sh"

http_setup
# A public goal and a public document the demo did not approve.
acc goal add --dialogue_id us-rs --area_id us-rs/area/econ --code zmk-s-goal \
  --title "Zmk-s signed goal" --kind milestone --classification public >/dev/null
acc document add --dialogue_id us-rs --code zmk-s-doc --kind joint_statement \
  --title "Zmk-s joint statement" --classification public >/dev/null
G=$(acc goal show zmk-s-goal --json | jq -r .id)
D=$(acc document show zmk-s-doc --json | jq -r .id)
srv_start

# ---- the form ------------------------------------------------------------
as cochair
req GET "/goal/$G"; expect_status 200
H=$(content_hash goal "$G")
expect_body 'name="password"'
expect_body "name=\"content_hash\" value=\"$H\""
# The page of an item shows no approve form to the secretariat.
as secretariat
req GET "/goal/$G"; expect_status 200
expect_no_body 'name="content_hash"'

as cochair
d0=$(db_digest)
form "/goal/$G/approve" "content_hash=$H"; expect_status 400
expect_body 'password: required'
form "/goal/$G/approve" "password=$(cat "$DIR/pw/us-cochair")"
expect_status 400
expect_body 'content_hash: required'
form "/goal/$G/approve" "content_hash=$H" "password=not-the-password"
expect_status 403
expect_body 'password: wrong'
expect_same "$(db_digest)" "$d0" "refused approvals change nothing"
# The goal changes after the page was shown: 409, the new version named,
# nothing written.
acc goal set "$G" --title "Zmk-s signed goal, edited" >/dev/null
d1=$(db_digest)
form "/goal/$G/approve" "content_hash=$H" \
  "password=$(cat "$DIR/pw/us-cochair")"
expect_status 409
H2=$(content_hash goal "$G")
expect_body "$H2"
expect_same "$(db_digest)" "$d1" "a stale approval writes nothing"
approve_form goal "$G"; expect_status 303
check "the approval is a signed row" test "$(sqlite3 "$DB" "SELECT count(*)
  FROM approval WHERE entity='goal' AND item_id=$G AND content_hash='$H2'
  AND length(signature)=128")" = 1
check "the approval signed a checkpoint" test "$(db_count checkpoint)" -ge 3
req GET "/goal/$G"; expect_status 200
expect_body 'Your party has approved this version.'
as rs-cochair
approve_form goal "$G"; expect_status 303
as public
req GET "/goal/$G"; expect_status 200
expect_body 'Zmk-s signed goal, edited'

# ---- the API -------------------------------------------------------------
HD=$(content_hash document "$D")
as cochair
api POST "/api/v1/documents/$D/approve" '{}'; expect_status 400
api POST "/api/v1/documents/$D/approve" "{\"content_hash\":\"$HD\"}"
expect_status 400
api POST "/api/v1/documents/$D/approve" \
  "{\"content_hash\":\"$HD\",\"password\":\"not-the-password\"}"
expect_status 403
api POST "/api/v1/documents/$D/approve" \
  "{\"content_hash\":\"$(printf '%064d' 0)\",\"password\":\"$(cat "$DIR/pw/us-cochair")\"}"
expect_status 409
check "409 gives the current hash" test "$(jq -r .content_hash "$BODY")" = "$HD"
approve_api document "$D"; expect_status 200
check "the reply lists the approval" grep -q 'United States\|us-rs/us' "$BODY"

# A signature made elsewhere: the RS co-chair's key is an offline one.
acc user add rs-cochair2 --name "RS 2" --role cochair --party us-rs/rs \
  --password-stdin <"$DIR/pw/rs-cochair" >/dev/null 2>&1
cp "$DIR/pw/rs-cochair" "$DIR/pw/rs-cochair2"
PUB=$("$ACCORD" key create --offline -o "$DIR/rs2.key" 2>/dev/null)
acc key add rs-cochair2 --public "$PUB" --password-fd 0 \
  <"$DIR/pw/rs-cochair2" >/dev/null
K=$(sqlite3 "$DB" "SELECT id FROM signing_key WHERE public_key='$PUB'")
VD=$(acc hash document "$D" | sed -n 's/.* version \([0-9]*\): .*/\1/p')
SIG=$("$ACCORD" sign --key "$DIR/rs2.key" document "$D" --version "$VD" \
  --hash "$HD" --party us-rs/rs --dialogue us-rs)
as rs-cochair2
# Replayed onto another item: refused.
HG=$(content_hash goal "$G")
api POST "/api/v1/goals/$G/approve" \
  "{\"content_hash\":\"$HG\",\"key_id\":$K,\"signature\":\"$SIG\"}"
expect_status 403
# Forged (the first byte changed): refused.
case "$SIG" in 0*) F="1${SIG#?}" ;; *) F="0${SIG#?}" ;; esac
api POST "/api/v1/documents/$D/approve" \
  "{\"content_hash\":\"$HD\",\"key_id\":$K,\"signature\":\"$F\"}"
expect_status 403
api POST "/api/v1/documents/$D/approve" \
  "{\"content_hash\":\"$HD\",\"key_id\":\"x\",\"signature\":\"$SIG\"}"
expect_status 400
# Another account's key: refused.
as rs-cochair
api POST "/api/v1/documents/$D/approve" \
  "{\"content_hash\":\"$HD\",\"key_id\":$K,\"signature\":\"$SIG\"}"
expect_status 403
as rs-cochair2
api POST "/api/v1/documents/$D/approve" \
  "{\"content_hash\":\"$HD\",\"key_id\":$K,\"signature\":\"$SIG\"}"
expect_status 200
as public
req GET "/api/v1/documents/$D"; expect_status 200

# ---- a return for changes is shown on the item's page ---------------------
acc --as rs-cochair return goal "$G" --reason "Zmk-s name the programme" \
  --password-fd 0 <"$DIR/pw/rs-cochair" >/dev/null
as cochair
req GET "/goal/$G"; expect_status 200
expect_body 'Zmk-s name the programme'

# The return form on the page: a reason is required; a secretariat may not.
G2=$(acc goal show us-rs/goal/trade-barriers --json | jq -r .id)
as cochair
req GET "/goal/$G2"; expect_status 200
expect_body "action=\"/return/goal/$G2\""
form "/goal/$G2/return" "reason="; expect_status 400
form "/goal/$G2/return" "reason=Zmk-s cite the source"; expect_status 303
req GET "/goal/$G2"; expect_status 200
expect_body 'Zmk-s cite the source'
as secretariat
form "/goal/$G2/return" "reason=Zmk-s no"; expect_status 403

# ---- a public report version is approved on the dashboard the same way ---
acc report issue public --quarter 2026-Q2 >/dev/null
RV=$(sqlite3 "$DB" "SELECT max(id) FROM report_version")
RID=$(sqlite3 "$DB" "SELECT report_id FROM report_version WHERE id=$RV")
HR=$(content_hash report "$RV")
as cochair
req GET /dialogue/1; expect_status 200
expect_body "action=\"/report-version/$RV/approve\""
expect_body "value=\"$HR\""
form "/report-version/$RV/approve" "content_hash=$HR" \
  "password=not-the-password"
expect_status 403
form "/report-version/$RV/approve" "content_hash=$HR" \
  "password=$(cat "$DIR/pw/us-cochair")"
expect_status 303
as public
req GET "/report/$RID"; expect_status 404
as rs-cochair
form "/report-version/$RV/approve" "content_hash=$HR" \
  "password=$(cat "$DIR/pw/rs-cochair")"
expect_status 303
as public
req GET "/report/$RID"; expect_status 200

# ---- a password changed on the account page re-seals the key -------------
as rs-cochair
form /account/password "current=$(cat "$DIR/pw/rs-cochair")" \
  "password=zmk-s-new-phrase-42"
expect_status 200 303
HG2=$(content_hash goal "$G2")
form "/goal/$G2/approve" "content_hash=$HG2" \
  "password=$(cat "$DIR/pw/rs-cochair")"
expect_status 403
expect_body 'password: wrong'
form "/goal/$G2/approve" "content_hash=$HG2" "password=zmk-s-new-phrase-42"
expect_status 303
printf 'zmk-s-new-phrase-42' >"$DIR/pw/rs-cochair"

# ---- every signature verifies; one byte changed does not -----------------
acc verify >/dev/null 2>&1
check "accord verify passes" test $? -eq 0
srv_stop
sqlite3 "$DB" "UPDATE approval SET signature=CASE WHEN
  substr(signature,1,1)='0' THEN '1' ELSE '0' END || substr(signature,2)
  WHERE id=(SELECT max(id) FROM approval)"
acc verify >"$DIR/verify.out" 2>&1
check "accord verify fails after a signature byte changed" \
  test $? -eq 4
check "it names the approval" grep -q 'approval [0-9]*: signature:' \
  "$DIR/verify.out"
done_testing
