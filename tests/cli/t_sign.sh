# t_sign.sh: approvals are signatures.  Each co-chair has an Ed25519 key
# sealed with their password; an approval signs the canonical hash of the
# version shown and is refused if the item changed, if the password or
# signature is wrong, if the key is another party's, retired, or the
# signature is replayed onto another item or version; --as alone never
# approves; keys are designated, rotated (old approvals still verify),
# replaced after a lost password with the other party's acknowledgement;
# a password change re-seals the key; `accord verify` checks every
# signature and fails when one byte of one changes in the file.
: "${TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${ACCORD:=$TOP/${BUILD:-build}/accord}"
. "$TOP/tests/cli/lib.sh"

run demo --no-accounts
expect_rc 0
printf 'us-long-password\n' >pw-us
printf 'rs-long-password\n' >pw-rs
printf 'dd-long-password\n' >pw-dd
printf 'not-the-password\n' >pw-bad
"$ACCORD" user add cc-us --name "CC us" --role cochair --party us-rs/us \
  --password-stdin <pw-us >/dev/null
"$ACCORD" user add cc-rs --name "CC rs" --role cochair --party us-rs/rs \
  --password-stdin <pw-rs >/dev/null
"$ACCORD" user add dd --name "Deputy" --role secretariat --party us-rs/us \
  --password-stdin <pw-dd >/dev/null
sq() { sqlite3 accord.db "$1"; }
hash_of() {   # KIND ID: the content hash of its current version
  "$ACCORD" hash "$1" "$2" | sed -n 's/.*content hash \([0-9a-f]\{64\}\)$/\1/p'
}
version_of() {
  "$ACCORD" hash "$1" "$2" | sed -n 's/.* version \([0-9]*\): content.*/\1/p'
}
run_notty() {   # run with no terminal to ask a password on
  if command -v setsid >/dev/null 2>&1; then
    setsid -w "$ACCORD" "$@" >"$WORK_OUT" 2>"$WORK_ERR" </dev/null; RC=$?
  else
    "$ACCORD" "$@" >"$WORK_OUT" 2>"$WORK_ERR" </dev/null; RC=$?
  fi
  OUT=$(cat "$WORK_OUT"); ERR=$(cat "$WORK_ERR"); LAST="accord $*"
}

# 1. Keys: sealed with the account's password, never in the clear.
run key create cc-us --password-fd 0 <pw-bad
expect_rc 2
expect_err 'password: wrong'
run key create cc-us --password-fd 0 <pw-us
expect_rc 0
expect_out 'active'
run key create cc-rs --password-fd 0 <pw-rs
expect_rc 0
run key create cc-us --password-fd 0 <pw-us
expect_rc 4
expect_err 'already has key'
check_secret() {
  sk=$(sq "SELECT count(*) FROM signing_key WHERE sealed LIKE '%' ||
    substr(public_key, 1, 16) || '%'")
  [ "$sk" = 0 ]
}
check_secret && t_ok || t_fail "a sealed secret shows its public key"
expect_same "$(sq "SELECT count(*) FROM audit_log WHERE action='key'")" 2 \
  "each key event is an audit entry"
expect_same "$(sq "SELECT count(*) FROM audit_log WHERE action='key' AND
  data LIKE '%sealed%'")" 0 "no secret in the audit log"
run key list
expect_out 'cc-us'
expect_out 'us-rs/rs'
run key export --public
expect_rc 0
printf '%s\n' "$OUT" | jq -e '.keys | length == 2' >/dev/null \
  && t_ok || t_fail "export --public lists both keys"
printf '%s\n' "$OUT" | grep -q sealed && t_fail "export shows a secret" || t_ok

# 2. Approve with the password: a signature row that verifies.
G=$(sq "SELECT id FROM goal WHERE code='us-rs/goal/trade-10pct'")
H=$(hash_of goal "$G")
[ ${#H} -eq 64 ] && t_ok || t_fail "no content hash for goal $G"
run --as cc-us approve goal "$G"
expect_rc 1
expect_out "content hash $H"
expect_out "accord sign --key FILE goal $G"
# --as alone never approves: no terminal, no password.
run_notty --as cc-us approve goal "$G" --hash "$H"
expect_rc 2
expect_err '--as alone never'
run --as cc-us approve goal "$G" --hash "$H" --password-fd 0 <pw-bad
expect_rc 2
expect_err 'password: wrong'
expect_same "$(sq "SELECT count(*) FROM approval")" 0 "nothing approved yet"
run --as cc-us approve goal "$G" --hash "$H" --password-fd 0 <pw-us
expect_rc 0
expect_out 'signed'
expect_same "$(sq "SELECT count(*) FROM approval WHERE content_hash='$H'
  AND length(signature)=128 AND key_id IS NOT NULL")" 1 "a signed row"
expect_same "$(sq "SELECT count(*) FROM checkpoint")" 1 \
  "the approval also signs the audit head"
run verify
expect_rc 0
expect_out 'signatures checked'
# The other party's co-chair cannot sign with the US key's password, nor
# approve for the US.
run --as cc-rs approve goal "$G" --hash "$H" --password-fd 0 <pw-us
expect_rc 2

# 3. A stale hash: refused, nothing written, the new hash named.
run goal set "$G" --title "Increasing trade exchange by 12% annually"
H2=$(hash_of goal "$G")
n0=$(sq "SELECT count(*) FROM audit_log")
run --as cc-rs approve goal "$G" --hash "$H" --password-fd 0 <pw-rs
expect_rc 4
expect_err "$H2"
expect_same "$(sq "SELECT count(*) FROM audit_log")" "$n0" \
  "a stale approval writes nothing"
expect_same "$(sq "SELECT count(*) FROM approval")" 1 "still one approval"
run --as cc-rs approve goal "$G" --hash "$H2" --password-fd 0 <pw-rs
expect_rc 0

# 4. Offline keys: `accord sign` makes a signature the server accepts.
run key create --offline -o dd.key
expect_rc 0
PUB=$OUT
[ ${#PUB} -eq 64 ] && t_ok || t_fail "no public key printed"
[ "$(stat -c %a dd.key)" = 600 ] && t_ok || t_fail "key file not 0600"
run key create dd --party us-rs/us --password-fd 0 <pw-dd
expect_rc 0
expect_out 'pending'
# A secretariat's key signs only once the party's co-chair designates it.
KDD=$(sq "SELECT id FROM signing_key WHERE account_id=(SELECT id FROM
  account WHERE login='dd')")
G3=$(sq "SELECT id FROM goal WHERE code='us-rs/goal/trade-barriers'")
run --as dd approve goal "$G3" --hash "$(hash_of goal "$G3")" \
  --password-fd 0 <pw-dd
expect_rc 2
expect_err 'designated'
run --as cc-rs key designate dd --party us-rs/us --password-fd 0 <pw-rs
expect_rc 2
run --as cc-us key designate dd --party us-rs/us --password-fd 0 <pw-us
expect_rc 0
expect_out 'active'
run --as dd approve goal "$G3" --hash "$(hash_of goal "$G3")" \
  --password-fd 0 <pw-dd
expect_rc 0
expect_same "$(sq "SELECT p.code FROM approval a JOIN party p ON
  p.id=a.party_id WHERE a.account_id=(SELECT id FROM account WHERE
  login='dd')")" us-rs/us "a designated signer approves for the party"
D=$(sq "SELECT id FROM document WHERE classification='public' LIMIT 1")
HD=$(hash_of document "$D"); VD=$(version_of document "$D")
# A co-chair registers an offline key in place of a server-held one:
# rotate first is not needed; a second co-chair account holds it.
printf 'x2-long-password\n' >pw-x2
"$ACCORD" user add cc-us2 --name "CC us 2" --role cochair --party us-rs/us \
  --password-stdin <pw-x2 >/dev/null
run key add cc-us2 --public "$PUB" --password-fd 0 <pw-x2
expect_rc 0
K2=$(sq "SELECT id FROM signing_key WHERE public_key='$PUB'")
run sign --key dd.key document "$D" --version "$VD" --hash "$HD" \
  --party us-rs/us --dialogue us-rs
expect_rc 0
SIG=$OUT
[ ${#SIG} -eq 128 ] && t_ok || t_fail "no signature printed"
# Replayed onto another item, or signed for the other party: refused.
run --as cc-us2 approve goal "$G3" --hash "$(hash_of goal "$G3")" \
  --signature "$SIG" --key-id "$K2"
expect_rc 2
expect_err 'signature: not key'
run sign --key dd.key document "$D" --version "$VD" --hash "$HD" \
  --party us-rs/rs --dialogue us-rs
WRONG=$OUT
run --as cc-us2 approve document "$D" --hash "$HD" --signature "$WRONG" \
  --key-id "$K2"
expect_rc 2
# A forged signature (one byte changed): refused.
FORGED=$(printf '%s' "$SIG" | sed 's/^./0/; t; s/^/0/')
[ "$FORGED" = "$SIG" ] && FORGED=$(printf '%s' "$SIG" | sed 's/^./1/')
run --as cc-us2 approve document "$D" --hash "$HD" --signature "$FORGED" \
  --key-id "$K2"
expect_rc 2
# Another account's key: refused.
run --as cc-us approve document "$D" --hash "$HD" --signature "$SIG" \
  --key-id "$K2"
expect_rc 2
expect_same "$(sq "SELECT count(*) FROM approval WHERE entity='document'")" \
  0 "no refused approval was written"
run --as cc-us2 approve document "$D" --hash "$HD" --signature "$SIG" \
  --key-id "$K2"
expect_rc 0
run verify
expect_rc 0

# 5. Rotation: a signed hand-over; old approvals still verify; the old
# key signs nothing more.
K1=$(sq "SELECT id FROM signing_key WHERE account_id=(SELECT id FROM
  account WHERE login='cc-us') AND state='active'")
run key rotate cc-us --password-fd 0 <pw-us
expect_rc 0
expect_out 'handed over'
expect_same "$(sq "SELECT state FROM signing_key WHERE id=$K1")" retired \
  "the old key is retired"
run verify
expect_rc 0
# A signature by the retired key (made with its secret, unsealed here
# through the store) is refused now.
G4=$(sq "SELECT id FROM goal WHERE code='us-rs/goal/diplomats-training'")
run --as cc-us approve goal "$G4" --hash "$(hash_of goal "$G4")" \
  --signature "$SIG" --key-id "$K1"
expect_rc 2
expect_err 'not valid now'
run --as cc-us approve goal "$G4" --hash "$(hash_of goal "$G4")" \
  --password-fd 0 <pw-us
expect_rc 0

# 6. A password change re-seals the key: the old password no longer
# unlocks it, the new one does.
printf 'us-long-password\nus-newer-password\n' >pw-change
run user password cc-us --password-stdin <pw-change
expect_rc 0
expect_out 're-sealed'
run checkpoint --password-fd 0 <pw-us
expect_rc 2
run --as cc-us checkpoint --password-fd 0 <pw-us
expect_rc 2
expect_err 'password: wrong'
printf 'us-newer-password\n' >pw-us
run --as cc-us checkpoint --password-fd 0 <pw-us
expect_rc 0
expect_out 'checkpoint'
# A wrong current password changes nothing.
printf 'not-the-password\nus-third-password\n' >pw-change
run user password cc-us --password-stdin <pw-change
expect_rc 2
run --as cc-us checkpoint --password-fd 0 <pw-us
expect_rc 0

# 7. A lost password: the key is locked; a new key waits for the other
# party's acknowledgement.
printf 'rs-reset-password\n' >pw-rs2
run user password cc-rs --lost --password-stdin <pw-rs2
expect_rc 0
expect_out 'locked'
run --as cc-rs checkpoint --password-fd 0 <pw-rs2
expect_rc 2
run key replace cc-rs --password-fd 0 <pw-rs2
expect_rc 0
expect_out 'pending'
KR=$(sq "SELECT id FROM signing_key WHERE state='pending' AND origin='replaced'")
run --as cc-rs key acknowledge "$KR" --password-fd 0 <pw-rs2
expect_rc 2
run --as cc-us key acknowledge "$KR" --password-fd 0 <pw-us
expect_rc 0
expect_out 'active'
run --as cc-rs checkpoint --password-fd 0 <pw-rs2
expect_rc 0
run verify
expect_rc 0

# 8. Returning for changes records the reason.
run --as cc-rs return goal "$G4" --reason "Say which programme" \
  --password-fd 0 <pw-rs2
expect_rc 0
expect_same "$(sq "SELECT reason FROM item_return")" "Say which programme" \
  "the reason is kept"
run --as cc-rs return goal "$G4" --reason " " --password-fd 0 <pw-rs2
expect_rc 2

# A key holder's account is kept: its keys verify old signatures.
run user rm cc-us2
expect_rc 4
expect_err '1 signing keys'

# 9. `accord verify` fails when a signature byte changes in the file.
db_cp accord.db clean.db
sq "UPDATE approval SET signature=CASE WHEN substr(signature,1,1)='0'
  THEN '1' ELSE '0' END || substr(signature,2) WHERE id=1"
run verify
expect_rc 4
expect_err 'approval 1: signature:'
db_cp clean.db accord.db
sq "UPDATE checkpoint SET head_hash=substr(head_hash,2)||'0' WHERE id=1"
run verify
expect_rc 4
expect_err 'checkpoint 1: signature:'
db_cp clean.db accord.db
sq "UPDATE signing_key SET party_id=(SELECT id FROM party WHERE
  code='us-rs/rs') WHERE id=$K1"
run verify
expect_rc 4
expect_err "signing_key $K1: signature:"
db_cp clean.db accord.db
# An approval inserted behind the application's back, unsigned.
sq "INSERT INTO approval(entity,item_id,version,party_id,account_id,at)
  SELECT 'goal', $G3, 1, party_id, id, '2026-01-01T00:00:00Z' FROM account
  WHERE login='cc-us'"
run verify
expect_rc 4
expect_err 'not signed'
db_cp clean.db accord.db
run verify
expect_rc 0

done_testing
