# t_login.sh: logging in under attack.  Failed logins cannot fill the
# disk; throttling (per address, per login) never locks the real user out
# of her known device; throttled answers are 429 with Retry-After; a
# session cookie never writes through the API, whatever other headers say;
# CSRF tokens are never taken from the query string; common passwords are
# refused; and no public page shows a login.
. "$(dirname "$0")/lib.sh"

http_setup
user_add ana observer
srv_start
CUR_ROLE=public

# post_login JAR ADDRESS LOGIN PASSWORD: the login form from ADDRESS (a
# loopback address of this machine), cookies in JAR.
post_login() {
  curl -s --interface "$2" -c "$1" -b "$1" -o "$BODY" "$BASE/login"
  _c=$(csrf_in_body)
  ST=$(curl -s --interface "$2" -c "$1" -b "$1" -o "$BODY" -D "$HDR" \
    -w '%{http_code}' --data-urlencode "csrf=$_c" \
    --data-urlencode "login=$3" --data-urlencode "password=$4" \
    "$BASE/login")
  LAST="login $3 from $2"
}
dbsize() {
  if is_pg; then
    sqlite3 "$DB" "SELECT pg_database_size(current_database())"; return
  fi
  _s=0
  for _f in "$DB" "$DB-wal"; do
    [ -f "$_f" ] && _s=$((_s + $(stat -c %s "$_f")))
  done
  echo $_s
}

# ---- failed logins do not fill the disk --------------------------------
head -c 900000 /dev/zero | tr '\0' a >"$DIR/long"
rm -f "$DIR/jar/long"
curl -s -c "$DIR/jar/long" -o "$BODY" "$BASE/login"; c=$(csrf_in_body)
before=$(dbsize)
i=0
while [ $i -lt 5 ]; do
  req POST /login -b "$DIR/jar/long" --data-urlencode "csrf=$c" \
    --data-urlencode "login@$DIR/long" --data-urlencode "password=x$i"
  expect_status 400 401 429
  st_long=$ST
  i=$((i + 1))
done
after=$(dbsize)
echo "five failed logins with 900 KB logins: database and WAL $before -> $after bytes"
LAST="five 900 KB logins"; ST="$before -> $after"
check "five failed logins of 900 KB add less than 1 MB ($before -> $after bytes)" \
  [ $((after - before)) -lt 1000000 ]
check "a login over 64 bytes is refused as too long (400, got $st_long)" \
  [ "$st_long" = 400 ]
check "the refusal says why" grep -q "at most 64 characters" "$BODY"
dump=$(sqlite3 "$DB" ".dump login_failure" | wc -c)
LAST="the login_failure table"; ST="$dump bytes"
check "the recorded failures take a few kilobytes at most ($dump bytes)" \
  [ "$dump" -lt 20000 ]

# ---- throttling spares the known device ---------------------------------
# ana logs in from her usual browser (127.0.0.1): it becomes known.
rm -f "$DIR/jar/ana"
post_login "$DIR/jar/ana" 127.0.0.1 ana "$(cat "$DIR/pw/ana")"
expect_status 303
check "a successful login sets a known-device cookie" \
  grep -qi '^set-cookie: accord_device=[0-9a-f]\{64\}' "$HDR"
# Someone else guesses her password from another address.
rm -f "$DIR/jar/evil"
i=0; got429=0
while [ $i -lt 7 ]; do
  post_login "$DIR/jar/evil" 127.0.0.2 ana "wrong-guess-$i"
  if [ "$ST" = 429 ]; then
    got429=1
    expect_header Retry-After ""
    check "Retry-After is a number of seconds" \
      grep -qi '^retry-after: [1-9][0-9]*' "$HDR"
  else
    expect_status 401
  fi
  i=$((i + 1))
done
check "repeated wrong passwords for ana are throttled (429)" [ $got429 = 1 ]
post_login "$DIR/jar/evil" 127.0.0.2 ana "$(cat "$DIR/pw/ana")"
expect_status 429
check "a throttled attempt starts no session" \
  not grep -qi '^set-cookie: accord_session=[0-9a-f]' "$HDR"
# The throttled page says so in the reader's language.
curl -s --interface 127.0.0.2 -c "$DIR/jar/evil" -b "$DIR/jar/evil" \
  -o "$BODY" "$BASE/login?lang=sr-Latn"
c=$(csrf_in_body)
ST=$(curl -s --interface 127.0.0.2 -b "$DIR/jar/evil" -o "$BODY" \
  -w '%{http_code}' --data-urlencode "csrf=$c" \
  --data-urlencode "login=ana" --data-urlencode "password=x-guess-x" \
  "$BASE/login")
check "the throttled page is in Serbian for a Serbian reader" \
  grep -q "neuspel" "$BODY"
# ana, from her known device, still gets in with the right password.
post_login "$DIR/jar/ana" 127.0.0.1 ana "$(cat "$DIR/pw/ana")"
expect_status 303
check "ana's known device starts a session" \
  grep -qi '^set-cookie: accord_session=[0-9a-f]' "$HDR"
# A new browser is throttled for ana (the guessing goes on).
rm -f "$DIR/jar/ana2"
post_login "$DIR/jar/ana2" 127.0.0.3 ana "$(cat "$DIR/pw/ana")"
expect_status 429
# Per address: many failures from one address, on any logins, make it
# wait; other addresses are not affected.
rm -f "$DIR/jar/spray"
i=0; got429=0
while [ $i -lt 14 ]; do
  post_login "$DIR/jar/spray" 127.0.0.4 "nobody-$i" "wrong"
  [ "$ST" = 429 ] && got429=1
  i=$((i + 1))
done
check "an address that failed many times on many logins is throttled" \
  [ $got429 = 1 ]
# Its wait (1 s after the tenth failure, doubling) may be over by now on
# a slow machine: six more failures of that address, just now, make it
# a minute, so that the right password is refused there for certain.
for i in 1 2 3 4 5 6; do
  sqlite3 "$DB" "INSERT INTO login_failure(login_key, ip, at)
                 VALUES('spray', '127.0.0.4', $(date +%s))"
done
post_login "$DIR/jar/spray" 127.0.0.4 observer "$(cat "$DIR/pw/observer")"
expect_status 429
expect_header Retry-After ""
rm -f "$DIR/jar/other"
post_login "$DIR/jar/other" 127.0.0.5 observer "$(cat "$DIR/pw/observer")"
expect_status 303
LAST="the login_failure table"
check "failures are kept without the login as typed" \
  not sh -c "sqlite3 '$DB' .dump | grep -q 'nobody-3'"

# ---- a session cookie never writes through the API ----------------------
as wg_lead
d0=$(db_digest)
for h in "Authorization: Basic eDp4" "Authorization: Token abc" \
         "Authorization: bearer"; do
  req POST /api/v1/risks -b "$DIR/jar/wg-lead" -H "$h" \
    -H 'Content-Type: application/json' \
    --data-binary '{"dialogue_id":"us-rs","code":"zmk-l-risk","description":"Zmk-l","likelihood":"high"}'
  expect_status 401 403
done
check "nothing was written through the API with a cookie" \
  [ "$(db_digest)" = "$d0" ]
check "no risk zmk-l-risk" not acc risk show zmk-l-risk
# The same write with the API token works (the test writes something real).
api POST /api/v1/risks '{"dialogue_id":"us-rs","code":"zmk-l-risk","description":"Zmk-l","likelihood":"high"}'
expect_status 200 201

# ---- CSRF tokens only from the body or a header -------------------------
as wg_member
c=$(csrf_of wg_member)
d0=$(db_digest)
req POST "/new/observation?csrf=$c" -b "$DIR/jar/wg-member" \
  --data-urlencode "indicator_id=us-rs/ind/us-investment" \
  --data-urlencode "period=2017" --data-urlencode "value=3" \
  --data-urlencode "note=Zmk-l-query"
expect_status 403
check "a CSRF token in the query string changes nothing" [ "$(db_digest)" = "$d0" ]
req POST /logout?csrf="$c" -b "$DIR/jar/wg-member"
expect_status 403
req GET /dialogues -b "$DIR/jar/wg-member"
expect_body 'action="/logout"'
# In a header it is accepted.
req POST /new/observation -b "$DIR/jar/wg-member" -H "X-CSRF-Token: $c" \
  --data-urlencode "indicator_id=us-rs/ind/us-investment" \
  --data-urlencode "period=2016" --data-urlencode "value=3" \
  --data-urlencode "note=Zmk-l-header"
expect_status 303

# ---- the password policy ------------------------------------------------
for pw in 12345678 password123 Password123 1234567890 qwertyuiop P@ssw0rd2024; do
  LAST="accord user add with password $pw"
  printf '%s\n' "$pw" | "$ACCORD" --db "$DB" user add "weak-$$" --name Weak \
    --role observer --password-stdin >/dev/null 2>"$DIR/err"; rc=$?; ST=$rc
  check "user add refuses the password $pw" [ $rc -ne 0 ]
  check "the error names the password field ($pw)" grep -q "password" "$DIR/err"
  printf '%s\n' "$pw" | "$ACCORD" --db "$DB" user password ana \
    --password-stdin >/dev/null 2>"$DIR/err"; rc=$?; ST=$rc
  check "user password refuses $pw" [ $rc -ne 0 ]
done
check "no weak account was added" not sh -c "acc user list | grep -q weak-$$"
printf 'the ana password is long\n' | "$ACCORD" --db "$DB" user password ana \
  --password-stdin >/dev/null 2>"$DIR/err"; rc=$?
LAST="user password with a good password"; ST=$rc
check "a long uncommon password is accepted" [ $rc -eq 0 ]
# No web path sets a password: the login form is the only one with a
# password field, and it checks, it does not set.

# ---- no login on a public page ------------------------------------------
# Logins reach records: an observation entered through the web, a public
# goal both co-chairs approved, audit entries by the CLI user "tester".
acc goal add --dialogue_id us-rs --area_id us-rs/area/econ --code zmk-l-pub \
  --title "Zmk-l public goal" --kind milestone --classification public >/dev/null
GID=$(acc goal show zmk-l-pub --json | jq -r .id)
as wg_member
form /new/observation indicator_id=us-rs/ind/us-investment period=2018 \
  value=4 note=Zmk-l-obs
expect_status 303
OID=$(sqlite3 "$DB" "SELECT id FROM observation WHERE note='Zmk-l-obs'")
for who in us-cochair rs-cochair; do
  as $who; approve_form goal "$GID"; expect_status 200 303
done
as observer
req GET "/api/v1/observations/$OID"; expect_status 200
check "a logged-in reader sees who entered an observation" \
  grep -q wg-member "$BODY"
CUR_ROLE=public
crawl() {
  : >"$DIR/seen"; : >"$DIR/leaks"
  printf '%s\n' "$@" >"$DIR/queue"
  _n=0
  while [ -s "$DIR/queue" ] && [ $_n -lt 400 ]; do
    _u=$(head -n 1 "$DIR/queue"); sed -i 1d "$DIR/queue"
    grep -qxF -- "$_u" "$DIR/seen" && continue
    echo "$_u" >>"$DIR/seen"; _n=$((_n + 1))
    curl -s -g --max-time 20 -o "$DIR/page" "$BASE$_u"
    for _l in wg-member us-cochair rs-cochair tester "demo fixture"; do
      if grep -qF -- "$_l" "$DIR/page"; then echo "$_u: $_l" >>"$DIR/leaks"; fi
    done
    grep -o 'href="/[^"#]*"' "$DIR/page" | sed -e 's/^href="//' -e 's/"$//' \
      -e 's/&amp;/\&/g' \
      | grep -v -e '^/static/' -e '^/login' -e 'lang=' -e 'format=pdf' \
                -e 'format=xlsx' >>"$DIR/queue"
  done
  echo "crawled $_n public pages"
}
crawl / "/goal/$GID" "/api/v1/goals/$GID" "/api/v1/goals/$GID/approvals" \
  "/api/v1/goals/$GID/history" "/api/v1/observations/$OID" \
  "/api/v1/observations/$OID/history" "/api/v1/observations" \
  "/api/v1/indicators" /feed.xml /calendar.ics
LAST="public crawl"; ST="$(wc -l <"$DIR/seen") pages"
check "the crawl reached the public goal and many pages" \
  [ "$(wc -l <"$DIR/seen")" -ge 50 ]
if [ -s "$DIR/leaks" ]; then
  t_fail "logins on public pages: $(head -n 8 "$DIR/leaks" | tr '\n' ';')"
else
  t_ok
fi

done_testing
