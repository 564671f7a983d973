# t_account.sh: taking access away, with the server running.
# `accord user disable` ends an account's open session and refuses its API
# token and calendar key on the very next request (the server keeps
# sessions and tokens in memory per data version: authcache.c); a disabled
# account cannot log in (the answer of a wrong password); `accord token
# rm` and `accord user password --revoke-tokens` take a token away at
# once; a password change (CLI or /account) ends the account's other
# sessions; the admin pages work for the admin role only; /account
# changes the password after checking the current one and the policy.
. "$(dirname "$0")/lib.sh"

http_setup
user_add ana observer
ANA_TOK=$(token_of ana)
ANA_KEY=$(acc token add ana --calendar --label phone | tail -n 1)
srv_start

# login_jar JAR LOGIN PASSWORD: a session of its own in jar JAR.
login_jar() {
  rm -f "$1"
  curl -s -c "$1" -b "$1" -o "$BODY" "$BASE/login"
  _c=$(csrf_in_body)
  ST=$(curl -s -c "$1" -b "$1" -o "$BODY" -D "$HDR" -w '%{http_code}' \
    --data-urlencode "login=$2" --data-urlencode "password=$3" \
    --data-urlencode "csrf=$_c" "$BASE/login")
  LAST="login $2 (jar $1)"
}
# tok_write TOKEN: an API write with TOKEN (an empty goal): 401 if the
# token names nobody, else 403 or 400 (the role, or the empty goal).
tok_write() {
  ST=$(curl -s -o "$BODY" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $1" -H "Content-Type: application/json" \
    --data-binary '{}' "$BASE/api/v1/goals")
  LAST="POST /api/v1/goals (token ${1%"${1#????}"}...)"
}
# jar_get JAR PATH: GET PATH with the session of JAR.
jar_get() {
  ST=$(curl -s -o "$BODY" -D "$HDR" -w '%{http_code}' -b "$1" "$BASE$2")
  LOC=$(sed -n 's/^[Ll]ocation: *//p' "$HDR" | tr -d '\r')
  LAST="GET $2 (jar $1)"
}

# ---- ana is in: session, API token, calendar key --------------------------
as ana
req GET /account; expect_status 200
expect_body "ana"
expect_body "phone"
expect_no_body "$ANA_KEY"
tok_write "$ANA_TOK"; expect_status 403
CUR_ROLE=public
req GET "/calendar.ics?key=$ANA_KEY"; expect_status 200

# ---- disable: all of it stops at once -------------------------------------
acc user disable ana >/dev/null 2>&1
check "user disable exits 0" test $? -eq 0
CUR_ROLE=ana
req GET /account; expect_status 303
check "ana's session goes to /login" test "${LOC#/login}" != "$LOC"
tok_write "$ANA_TOK"; expect_status 401
CUR_ROLE=public
req GET "/calendar.ics?key=$ANA_KEY"; expect_status 404
# A disabled account cannot log in: the answer of a wrong password.
login_jar "$DIR/jar/ana2" ana "$(cat "$DIR/pw/ana")"
expect_status 401
expect_body "Wrong login or password."
login_jar "$DIR/jar/ana2" ana "not-her-password-0"
expect_status 401

# ---- enable: the token works again; token rm stops it at once ------------
acc user enable ana >/dev/null 2>&1
tok_write "$ANA_TOK"; expect_status 403
TID=$(sqlite3 "$DB" "SELECT t.id FROM api_token t JOIN account a ON a.id=t.account_id WHERE a.login='ana' AND t.scope='api'")
acc token rm "$TID" >/dev/null 2>&1
tok_write "$ANA_TOK"; expect_status 401
# A revoked calendar key answers 404 on its feed at once.
CUR_ROLE=public
req GET "/calendar.ics?key=$ANA_KEY"; expect_status 200
KID=$(sqlite3 "$DB" "SELECT t.id FROM api_token t JOIN account a ON a.id=t.account_id WHERE a.login='ana' AND t.scope='calendar'")
acc token rm "$KID" >/dev/null 2>&1
req GET "/calendar.ics?key=$ANA_KEY"; expect_status 404
req GET "/dialogue/us-rs/calendar.ics?key=$ANA_KEY"; expect_status 404

# ---- a password reset on the CLI ends every session; --revoke-tokens -----
login_jar "$DIR/jar/ana1" ana "$(cat "$DIR/pw/ana")"
expect_status 303
jar_get "$DIR/jar/ana1" /account; expect_status 200
T2=$(acc token add ana --label two | tail -n 1)
tok_write "$T2"; expect_status 403
printf 'pw-ana-reset-0123456789\n' >"$DIR/pw/ana"
acc user password ana --password-stdin --revoke-tokens <"$DIR/pw/ana" \
  >/dev/null 2>&1
printf 'pw-ana-reset-0123456789' >"$DIR/pw/ana"
jar_get "$DIR/jar/ana1" /account; expect_status 303
tok_write "$T2"; expect_status 401

# ---- /account: the password form -------------------------------------------
login_jar "$DIR/jar/ana1" ana "$(cat "$DIR/pw/ana")"    # the other session
rm -f "$DIR/jar/ana.csrf"
as ana                                                  # this session
req GET /account; expect_status 200
expect_body "this session"
N0=$(db_count audit_log)
form /account/password current=wrong-password-00 password=a-fine-new-phrase-42
expect_status 400
expect_body "The current password is wrong."
form /account/password "current=$(cat "$DIR/pw/ana")" password=password1
expect_status 400
expect_body "The new password is refused:"
form /account/password "current=$(cat "$DIR/pw/ana")" password=short
expect_status 400
expect_same "$(db_count audit_log)" "$N0" "a refused password wrote"
jar_get "$DIR/jar/ana1" /account; expect_status 200
form /account/password "current=$(cat "$DIR/pw/ana")" \
  password=a-fine-new-phrase-42
expect_status 200
expect_body "Your password was changed"
# This session goes on; the other one ended.
req GET /account; expect_status 200
jar_get "$DIR/jar/ana1" /account; expect_status 303
login_jar "$DIR/jar/ana3" ana a-fine-new-phrase-42
expect_status 303
# End another session from /account.
SID=$(sqlite3 "$DB" "SELECT max(s.id) FROM session s JOIN account a ON a.id=s.account_id WHERE a.login='ana'")
form /account/end-session "session=$SID"
expect_status 303
jar_get "$DIR/jar/ana3" /account; expect_status 303
form /account/end-session session=987654
expect_status 404
# Revoke her own token from /account; not somebody else's.
T3=$(acc token add ana --label three | tail -n 1)
ID3=$(sqlite3 "$DB" "SELECT max(id) FROM api_token")
OID=$(sqlite3 "$DB" "SELECT t.id FROM api_token t JOIN account a ON a.id=t.account_id WHERE a.login='observer' LIMIT 1")
form /account/revoke-token "token=$OID"
expect_status 404
form /account/revoke-token "token=$ID3"
expect_status 303
tok_write "$T3"; expect_status 401

# A role changed on the CLI applies to the open session on its next request.
req GET /account; expect_status 200
expect_body "Observer"
acc user set ana --role wg_lead >/dev/null 2>&1
req GET /account; expect_status 200
expect_body "Working-group lead"

# ---- the admin pages -------------------------------------------------------
as admin
req GET /admin/users; expect_status 200
expect_body "ana"
expect_body "us-cochair"
req GET /admin/user/ana; expect_status 200
expect_body "Disable the account"
req GET /admin/user/nobody; expect_status 404
for r in observer wg_member wg_lead cochair secretariat; do
  as "$r"
  req GET /admin/users; expect_status 403
  req GET /admin/user/ana; expect_status 403
  form /admin/user/ana do=disable; expect_status 403
done
as public
req GET /admin/users; expect_status 303
as admin
form /admin/user/ana do=set role=king
expect_status 400
expect_body "role: expected observer"
form /admin/user/ana do=set role=cochair
expect_status 400
expect_body "party: a cochair serves a party"
form /admin/user/ana do=set role=wg_member
expect_status 303
expect_same "$(sqlite3 "$DB" "SELECT role FROM account WHERE login='ana'")" \
  wg_member "role set from the page"
form /admin/user/ana do=disable csrf=0123
expect_status 403
form /admin/user/ana do=disable
expect_status 303
as ana
req GET /account; expect_status 303
as admin
form /admin/user/admin do=disable
expect_status 400
form /admin/user/ana do=enable
expect_status 303
T4=$(acc token add ana --label four | tail -n 1)
ID4=$(sqlite3 "$DB" "SELECT max(id) FROM api_token")
req GET /admin/user/ana; expect_status 200
expect_body "four"
tok_write "$T4"; expect_status 403
form /admin/user/ana do=revoke "token=$ID4"
expect_status 303
tok_write "$T4"; expect_status 401
login_jar "$DIR/jar/ana4" ana a-fine-new-phrase-42
form /admin/user/ana do=end-sessions
expect_status 303
jar_get "$DIR/jar/ana4" /account; expect_status 303
# The admin role gains no right to approve.
as admin
G=$(sqlite3 "$DB" "SELECT id FROM goal LIMIT 1")
form "/goal/$G/approve"
expect_status 403
acc verify >/dev/null 2>&1
check "the audit chain verifies" test $? -eq 0
done_testing
