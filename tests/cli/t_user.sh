. "$TOP/tests/cli/lib.sh"
# t_user.sh: the life of an account from the command line: `accord user
# set/disable/enable/rm`, `accord token list/rm`, `accord user password
# --revoke-tokens`; errors name the field and change nothing; every change
# is an audit entry and the chain still verifies; --help of each verb;
# `user list` names each account's party by its code.

D="--db c.db"
run $D demo
expect_rc 0
sq() { sqlite3 c.db "$1"; }
PW='Correct-Horse-Battery-9'

printf '%s\n' "$PW" >pw
"$ACCORD" $D user add ana --name "Ana A" --role observer --password-stdin <pw \
  >/dev/null 2>&1
ANA=$(sq "SELECT id FROM account WHERE login='ana'")
[ -n "$ANA" ] && t_ok || t_fail "ana was not added"

# ---- tokens: add, list (never the secret), rm ---------------------------
run $D token add ana --label script
expect_rc 0
TOK=$OUT
run $D token add ana --calendar --label phone
expect_rc 0
KEY=$OUT
run $D token list
expect_rc 0
expect_out "ana"
expect_out "api"
expect_out "calendar"
expect_out "script"
expect_out "phone"
expect_out "last used"
expect_no_out "$TOK"
expect_no_out "$KEY"
run $D token list ana
expect_rc 0
expect_out "script"
run $D token list nobody
expect_rc 3
expect_err "LOGIN: no account \"nobody\""
TID=$(sq "SELECT id FROM api_token WHERE scope='api' AND account_id=$ANA")
N0=$(sq "SELECT count(*) FROM audit_log")
run $D token rm 987654
expect_rc 3
expect_err "id: no token 987654"
run $D token rm x1
expect_rc 2
expect_err "ID: expected a token id"
run $D token rm
expect_rc 1
expect_same "$(sq "SELECT count(*) FROM audit_log")" "$N0" "refused rm wrote"
run $D token rm "$TID"
expect_rc 0
expect_out "token $TID removed"
expect_same "$(sq "SELECT count(*) FROM api_token WHERE id=$TID")" 0 \
  "token still there"
expect_same "$(sq "SELECT data FROM audit_log ORDER BY id DESC LIMIT 1")" \
  "{\"api_token\":\"removed\",\"id\":$TID}" "token rm audit entry"

# ---- user set ------------------------------------------------------------
S0=$(db_state c.db)
run $D user set ana
expect_rc 1
expect_err "give --role, --party, --name, --lang or --person"
run $D user set ana --role king
expect_rc 2
expect_err "--role: expected observer"
run $D user set ana --role cochair
expect_rc 2
expect_err "party: a cochair serves a party"
run $D user set ana --party nowhere
expect_rc 2
expect_err "--party:"
run $D user set ana --lang fr
expect_rc 2
expect_err "lang: expected en, sr-Latn or sr-Cyrl"
run $D user set ana --name ""
expect_rc 2
expect_err "name: 1 to 128 bytes"
run $D user set nobody --role observer
expect_rc 3
expect_err "login: no account \"nobody\""
expect_same "$(db_state c.db)" "$S0" "refused set changed the database"
run $D user set ana --role cochair --party us-rs/rs --name "Ana B" --lang sr-Latn
expect_rc 0
expect_out "account ana changed"
expect_same "$(sq "SELECT role||'|'||party_id||'|'||name||'|'||lang FROM account WHERE login='ana'")" \
  "cochair|2|Ana B|sr-Latn" "ana after set"
expect_same "$(sq "SELECT actor||' '||action||' '||entity||' '||item_id FROM audit_log ORDER BY id DESC LIMIT 1")" \
  "tester account account $ANA" "set audit entry"
run $D user set ana --role observer --party none
expect_rc 0
expect_same "$(sq "SELECT role||'|'||coalesce(party_id,0) FROM account WHERE login='ana'")" \
  "observer|0" "ana back to observer"
# The person an account is (its home page): all or nothing with the rest.
S0=$(db_state c.db)
run $D user set ana --person nobody
expect_rc 2
expect_err "person: no person with code \"nobody\""
run $D user set ana --role wg_lead --person nobody
expect_rc 2
expect_same "$(db_state c.db)" "$S0" "a refused --person changed the database"
run $D user set ana --role wg_lead --person person/christopher-hill
expect_rc 0
expect_same "$(sq "SELECT a.role||'|'||p.code FROM account a JOIN person p ON p.id=a.person_id WHERE a.login='ana'")" \
  "wg_lead|person/christopher-hill" "ana's person"
expect_same "$(sq "SELECT data FROM audit_log ORDER BY id DESC LIMIT 1")" \
  "{\"login\":\"ana\",\"person_id\":$(sq "SELECT id FROM person WHERE code='person/christopher-hill'")}" \
  "person audit entry"
run $D user set ana --role observer --person none
expect_rc 0
expect_same "$(sq "SELECT role||'|'||coalesce(person_id,0) FROM account WHERE login='ana'")" \
  "observer|0" "ana unlinked"

# ---- disable, enable -----------------------------------------------------
sq "INSERT INTO session(token_hash, account_id, csrf, created_at, expires_at) VALUES('h1', $ANA, 'c', '2026-01-01T00:00:00Z', '2099-01-01T00:00:00Z')"
run $D user disable ana
expect_rc 0
expect_out "account ana disabled"
expect_same "$(sq "SELECT disabled FROM account WHERE login='ana'")" 1 disabled
expect_same "$(sq "SELECT count(*) FROM session WHERE account_id=$ANA")" 0 \
  "disable left a session"
expect_same "$(sq "SELECT data FROM audit_log ORDER BY id DESC LIMIT 1")" \
  '{"login":"ana","disabled":true,"sessions_ended":1}' "disable audit entry"
run $D user list
expect_out "(disabled)"
# The party is named by its code, "-" for none (not its row id).
printf '%s\n' "$OUT" | grep -qE '^us-cochair +cochair +us-rs/us +US co-chair' \
  && t_ok || t_fail "user list: a co-chair's party is not named by its code"
printf '%s\n' "$OUT" | grep -qE '^ana +observer +- +Ana ' \
  && t_ok || t_fail "user list: no party is not -"
# A disabled account cannot get a token.
run $D token add ana
expect_rc 3
run $D user disable nobody
expect_rc 3
expect_err "login: no account"
run $D user enable ana
expect_rc 0
expect_same "$(sq "SELECT disabled FROM account WHERE login='ana'")" 0 enabled

# ---- password: ends the sessions; --revoke-tokens -----------------------
sq "INSERT INTO session(token_hash, account_id, csrf, created_at, expires_at) VALUES('h2', $ANA, 'c', '2026-01-01T00:00:00Z', '2099-01-01T00:00:00Z')"
printf 'password\n' >weak
run $D user password ana --password-stdin <weak
expect_rc 2
expect_err "password:"
expect_same "$(sq "SELECT count(*) FROM session WHERE account_id=$ANA")" 1 \
  "a refused password ended a session"
printf 'Another-Long-Phrase-7\n' >pw2
"$ACCORD" $D user password ana --password-stdin <pw2 >out 2>&1; RC=$?
OUT=$(cat out); LAST="user password ana"
expect_rc 0
expect_out "1 session ended"
expect_same "$(sq "SELECT count(*) FROM session WHERE account_id=$ANA")" 0 \
  "password change left a session"
expect_same "$(sq "SELECT count(*) FROM api_token WHERE account_id=$ANA")" 1 \
  "the calendar key stays without --revoke-tokens"
"$ACCORD" $D user password ana --password-stdin --revoke-tokens <pw >out 2>&1
RC=$?; OUT=$(cat out)
expect_rc 0
expect_out "tokens and calendar keys removed"
expect_same "$(sq "SELECT count(*) FROM api_token WHERE account_id=$ANA")" 0 \
  "--revoke-tokens left a token"

# ---- rm ------------------------------------------------------------------
# An account the record refers to (an approval) is kept.
"$ACCORD" $D user add bob --name Bob --role observer --password-stdin <pw \
  >/dev/null 2>&1
BOB=$(sq "SELECT id FROM account WHERE login='bob'")
sq "INSERT INTO approval(entity, item_id, version, party_id, account_id, at) VALUES('goal', 1, 1, 1, $BOB, '2026-01-01T00:00:00Z')"
S0=$(db_state c.db)
run $D user rm bob
expect_rc 4
expect_err "the record refers to \"bob\" (1 approvals"
expect_err "accord user disable bob"
expect_same "$(db_state c.db)" "$S0" "refused rm changed the database"
# The approval was written past Accord: verify names it; then it goes.
run $D verify
expect_rc 4
expect_err "approval goal/1/1/1 (entity/item/version/party): in the table but in no audit entry"
expect_err ": signature: goal 1 version 1: not signed"
sq "DELETE FROM approval WHERE account_id=$BOB"
run $D user rm nobody
expect_rc 3
run $D token add ana --label again
run $D user rm ana
expect_rc 0
expect_out "account ana removed"
expect_same "$(sq "SELECT count(*) FROM account WHERE login='ana'")" 0 removed
expect_same "$(sq "SELECT count(*) FROM api_token WHERE account_id=$ANA")" 0 \
  "rm left a token"
expect_same "$(sq "SELECT data FROM audit_log ORDER BY id DESC LIMIT 1")" \
  '{"login":"ana","removed":true}' "rm audit entry"

# ---- the log and the chain -----------------------------------------------
run $D log
expect_rc 0
expect_out '"disabled":true'
expect_out '"removed":true'
# The approval written behind the application's back is gone: all is
# intact.
run $D verify
expect_rc 0
expect_out "audit log intact"

# ---- help ----------------------------------------------------------------
for v in "user set" "user disable" "user enable" "user rm" "token list" \
         "token rm"; do
  run $v --help
  expect_rc 0
  expect_out "usage: accord"
done
run user --help
expect_out "accord user disable LOGIN"
run token --help
expect_out "accord token rm ID"
done_testing
