# t_attack.sh: attacks on the web application: cross-site scripting,
# cross-site request forgery, SQL injection in every parameter, oversize
# bodies and headers, invalid UTF-8, login throttling and enumeration,
# cookie flags, security headers, logout, open redirects.  The server must
# answer each with a 4xx (never 5xx), change nothing, leak nothing, and
# keep running.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/fixtures.sh"

XSS='<script>alert(1)</script>"'"'"'><img src=x onerror=alert(2)>'
XSS_ESC='&lt;script&gt;alert(1)&lt;/script&gt;'
http_setup
fixtures_make
# Items whose text is an attack: a goal (title, means, note), a document
# whose Markdown body holds raw HTML and a javascript: link, an indicator
# and a meeting.
fix_add goal public 0 "Zmk-xss-goal" --dialogue_id us-rs \
  --area_id us-rs/area/econ --code zmk-xss-goal --title "$XSS" \
  --kind milestone --classification public --means "$XSS" --note "$XSS"
XGOAL=$(fix_id Zmk-xss-goal)
fix_add document public 0 "Zmk-xss-doc" --dialogue_id us-rs \
  --code zmk-xss-doc --kind joint_statement --title "$XSS" \
  --classification public --body "Text <script>alert(3)</script> and
[a link](javascript:alert(4)) and <img src=x onerror=alert(5)>"
XDOC=$(fix_id Zmk-xss-doc)
fix_add indicator internal 1 "Zmk-xss-ind" --dialogue_id us-rs \
  --code zmk-xss-ind --name "$XSS" --unit "$XSS" --frequency year
fix_add meeting internal 1 "Zmk-xss-meeting" --dialogue_id us-rs \
  --code zmk-xss-meeting --kind other --title "$XSS" --agenda "$XSS"
XMEET=$(fix_id Zmk-xss-meeting)
user_add throttled observer
user_add victim observer
srv_start
for r in $ROLES rs-cochair; do [ "$r" = public ] || login "$r"; done
fixtures_publish
forbidden_make
routes_load
TAB=$(printf '\t')

# ---- cross-site scripting ------------------------------------------------
# Every page (GET, not /api/) that can show the attack items, as a
# co-chair who sees them all: the raw markup never appears, the escaped
# title does on the goal's own page.
xss_clean() {   # xss_clean WHAT: the body holds no live markup of ours
  if grep -q -i -e '<script>alert' -e '<img src=x' -e 'href="javascript:' \
       -e "href='javascript:" "$BODY"; then
    t_fail "$1: unescaped markup in the page"
  else t_ok; fi
}
batch_begin
awk -F'\t' -v g="$XGOAL" -v d="$XDOC" -v m="$XMEET" -v i="$(fix_id Zmk-xss-ind)" '
  $1 != "GET" || $2 ~ /^\/(api|static)\// { next }
  {
    p = $2
    if (p ~ /\/goal\/:id/) sub(/:id/, g, p)
    else if (p ~ /\/document\/:id/) sub(/:id/, d, p)
    else if (p ~ /\/meeting\/:id/) sub(/:id/, m, p)
    else if (p ~ /\/indicator\/:id/) sub(/:id/, i, p)
    else if (p ~ /\/dialogue\/:id/) sub(/:id/, "1", p)
    if (p ~ /:/) next
    if (p == "/search") p = "/search?q=alert"
    printf "x%d\tcochair\tGET\t%s\t-\t\n", ++n, p
  }' "$ROUTES_TSV" >"$BATCH/plan.tsv"
batch_run
npages=$(wc -l <"$BATCH/plan.tsv")
while read -r id st; do
  p=$(awk -F'\t' -v id="$id" '$1==id {print $4}' "$BATCH/plan.tsv")
  case "$st" in 5??|000) LAST="cochair GET $p"; ST=$st; t_fail "XSS page: status $st" ;; esac
  if grep -q -i -e '<script>alert' -e '<img src=x' -e 'href="javascript:' \
       -e "href='javascript:" "$BATCH/$id.b"; then
    LAST="cochair GET $p"; ST=$st; BODY="$BATCH/$id.b"
    t_fail "XSS: unescaped markup in $p"; BODY="$DIR/.body"
  else t_ok; fi
done <"$BATCH/status"
check "XSS: pages checked ($npages)" [ "$npages" -ge 3 ]
CUR_ROLE=cochair
req GET "/goal/$XGOAL"; expect_status 200; expect_body "$XSS_ESC"
expect_body '&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;'
if route_exists GET /document/:id; then
  req GET "/document/$XDOC"; expect_status 200; xss_clean "document body"
  expect_no_body 'javascript:alert(4)'
fi
if route_exists GET /edit/goal/:id; then
  # The edit form puts the title in value="...": escaped there too.
  req GET "/edit/goal/$XGOAL"; expect_status 200; xss_clean "edit form"
  expect_body 'value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;'
fi
# The API gives the text as JSON, never as HTML.
req GET "/api/v1/goals/$XGOAL"; expect_status 200
expect_header Content-Type application/json
check "API: the title comes back intact" \
  [ "$(jq -r .title "$BODY" 2>/dev/null)" = "$XSS" ]
# Reflected: the path, the search query, the login form, next=.
CUR_ROLE=public
req GET '/goal/%3Cscript%3Ealert(1)%3C%2Fscript%3E'; expect_status 404 400
xss_clean "404 page with markup in the path"
req GET '/nowhere/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E'; expect_status 404
xss_clean "404 page of an unknown path"
if route_exists GET /search; then
  req GET '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E'; expect_status 200
  xss_clean "search echoing the query"
fi
req GET '/login?next=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E'
expect_status 200; xss_clean "login form with a hostile next="
curl -s -c "$DIR/jar/x" -o "$BODY" "$BASE/login"; c=$(csrf_in_body)
req POST /login -b "$DIR/jar/x" --data-urlencode "csrf=$c" \
  --data-urlencode "login=$XSS" --data-urlencode "password=x"
expect_status 401; xss_clean "login form echoing the login"
CUR_ROLE=cochair

# ---- cross-site request forgery -----------------------------------------
D0=$(db_digest)
as cochair
GOALFORM="dialogue_id=us-rs area_id=us-rs/area/econ code=zmk-csrf-goal title=Zmk-csrf-goal kind=milestone classification=internal"
if need_route POST /new/goal; then
  # shellcheck disable=SC2086
  form /new/goal csrf=- $GOALFORM; expect_status 403
  form /new/goal csrf=0123456789abcdef0123456789abcdef $GOALFORM; expect_status 403
  form /new/goal "csrf=$(csrf_of wg_lead)" $GOALFORM; expect_status 403
  form /new/goal csrf= $GOALFORM; expect_status 403
fi
for e in goal document; do
  if need_route POST "/$e/:id/approve"; then
    id=$(fix_id "Zmk-$(echo $e | sed 's/document/doc/')-internal")
    form "/$e/$id/approve" csrf=-; expect_status 403
    form "/$e/$id/approve" csrf=ffffffffffffffffffffffffffffffff; expect_status 403
  fi
done
# A session cookie does not make API writes: they need the token.
CUR_ROLE=public
req POST /api/v1/goals -b "$DIR/jar/us-cochair" \
  -H 'Content-Type: application/json' --data-binary '{"dialogue_id":"us-rs",
  "area_id":"us-rs/area/econ","code":"zmk-csrf-api","title":"Zmk-csrf-api",
  "kind":"milestone"}'
expect_status 401 403
CUR_ROLE=cochair
expect_same "$(db_digest)" "$D0" "forged requests changed the database"
# The positive control: with the token the same form goes through.
if route_exists POST /new/goal; then
  # shellcheck disable=SC2086
  form /new/goal $GOALFORM; expect_status 303
  check "the real form made the goal" acc goal show zmk-csrf-goal
fi
# Logging out needs the token too.
form /logout csrf=-; expect_status 403
req GET /new/goal; expect_status 200
# The login form needs its double-submit cookie.
CUR_ROLE=public
req POST /login --data-urlencode "login=observer" \
  --data-urlencode "password=$(cat "$DIR/pw/observer")" \
  --data-urlencode "csrf=0123456789abcdef0123456789abcdef"
expect_status 403

# ---- SQL injection in every parameter -----------------------------------
# Every declared parameter of every GET route and every ":x" path segment,
# as the public and as an observer: no 5xx, no leak, no change; then every
# declared form parameter of every POST route as the administrator: no
# 5xx and every table still there.
D0=$(db_digest)
NG0=$(db_count goal)
batch_begin
c=$(csrf_of admin)
# The plan, in one awk: GET routes with each injection in each path
# segment (as the public and an observer) and each declared parameter (as
# the public); POST routes with it in every declared parameter (as the
# administrator: forms with the CSRF token, the API as JSON).
awk -F'\t' -v csrf="$c" '
  function enc(s,   i, ch, out) {
    out = ""
    for (i = 1; i <= length(s); i++) {
      ch = substr(s, i, 1)
      if (ch ~ /[A-Za-z0-9_.~-]/) out = out ch
      else out = out sprintf("%%%02X", ord[ch])
    }
    return out
  }
  function jstr(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
  BEGIN {
    for (i = 32; i < 127; i++) ord[sprintf("%c", i)] = i
    inj[1] = "'"'"' OR 1=1 --"; inj[2] = "1; DROP TABLE goal"; inj[3] = "%'"'"' OR '"'"'%'"'"'='"'"'"
    ninj = 3
  }
  $2 ~ /^\/static\// || $2 == "/login" || $2 == "/logout" { next }
  $1 == "GET" {
    for (k = 1; k <= ninj; k++) {
      e = enc(inj[k])
      if ($2 ~ /:/) {
        p = $2; gsub(/:[a-z_]+/, e, p)
        printf "s%d\tpublic\tGET\t%s\t-\t\n", ++n, p
        printf "s%d\tobserver\tGET\t%s\t-\t\n", ++n, p
      }
      base = $2; gsub(/:[a-z_]+/, "1", base)
      np = split($6, prm, ",")
      for (j = 1; j <= np; j++)
        printf "s%d\tpublic\tGET\t%s?%s=%s\t-\t\n", ++n, base, prm[j], e
    }
    next
  }
  $1 == "POST" && $2 !~ /:/ {
    for (k = 1; k <= 2; k++) {
      np = split($6, prm, ",")
      if ($2 ~ /^\/api\//) {
        b = "{\"title\":" jstr(inj[k]) ",\"code\":" jstr(inj[k]) ",\"dialogue_id\":" jstr(inj[k])
        for (j = 1; j <= np; j++) b = b "," jstr(prm[j]) ":" jstr(inj[k])
        printf "w%d\tadmin\tPOST\t%s\t%s}\tapplication/json\n", ++n, $2, b
      } else {
        b = "csrf=" csrf
        for (j = 1; j <= np; j++) b = b "&" prm[j] "=" enc(inj[k])
        printf "w%d\tadmin\tPOST\t%s\t%s\tapplication/x-www-form-urlencoded\n", ++n, $2, b
      }
    }
  }' "$ROUTES_TSV" >"$BATCH/plan.tsv"
batch_run
nreq=$(wc -l <"$BATCH/plan.tsv")
# 5xx or no answer.
nbad=$(awk '$2 !~ /^[234]/' "$BATCH/status" | wc -l)
awk '$2 !~ /^[234]/' "$BATCH/status" | head -5 | while read -r id st; do
  echo "FAIL-DETAIL: SQL injection: $(awk -F'\t' -v id="$id" '$1==id {print $2, $3, $4}' "$BATCH/plan.tsv") -> $st"
done
# Leaks: the public's and the observer's bodies.
nleak=0
for r in public observer; do
  ids=$(awk -F'\t' -v r="$r" '$2==r {print $1}' "$BATCH/plan.tsv")
  [ -n "$ids" ] || continue
  lk=$(cd "$BATCH" && for i in $ids; do echo "$i.b"; done | xargs grep -l -i -F -f "$DIR/forbidden.$r" 2>/dev/null)
  for f in $lk; do
    nleak=$((nleak + 1))
    echo "FAIL-DETAIL: SQL injection: $r $(awk -F'\t' -v id="${f%.b}" '$1==id {print $3, $4}' "$BATCH/plan.tsv") names $(grep -o -i -F -f "$DIR/forbidden.$r" "$BATCH/$f" | sort -u | tr '\n' ' ')"
  done
done
LAST="SQL injection: $nreq requests"; ST=-
expect_same "$nbad" 0 "SQL injection: answers 5xx or no answer"
expect_same "$nleak" 0 "SQL injection: answers naming hidden items"
check "SQL injection: the goal table is still there with its goals" \
  [ "$(db_count goal 2>/dev/null || echo 0)" -ge "$NG0" ]
check "SQL injection: the audit log is intact" acc verify
# The GETs changed nothing (the administrator's POSTs may have added
# items whose text is the injection: that is data, not injection).
D1=$(sqlite3 "$DB" "SELECT count(*) FROM goal; SELECT count(*) FROM dialogue; SELECT count(*) FROM approval; SELECT count(*) FROM account" | tr '\n' ' ')
check "SQL injection: no table lost rows ($D1)" [ "$(echo "$D1" | awk '{print ($1>=17 && $2>=9 && $4>=8)}')" = 1 ]

# ---- sizes ----------------------------------------------------------------
head -c 2097152 /dev/zero | tr '\0' 'a' >"$DIR/big"
as cochair
req POST /new/goal --data-urlencode "csrf=$(csrf_of cochair)" \
  --data-urlencode "title@$DIR/big"; expect_status 413
CUR_ROLE=cochair
req POST /api/v1/goals -H 'Content-Type: application/json' \
  --data-binary "@$DIR/big"; expect_status 413
CUR_ROLE=public
req POST /login --data-binary "@$DIR/big" \
  -H 'Content-Type: application/x-www-form-urlencoded'; expect_status 413
# Just under the limit is not refused for its size.
head -c 1000000 /dev/zero | tr '\0' 'a' >"$DIR/medium"
CUR_ROLE=cochair
req POST /api/v1/goals -H 'Content-Type: application/json' \
  --data-binary "{\"note\":\"$(cat "$DIR/medium")\"}"
check "a body under 1 MiB is not refused for its size (got $ST)" [ "$ST" != 413 ]
# A header of 100 kB: an error, not a crash.
long=$(head -c 100000 /dev/zero | tr '\0' 'x')
CUR_ROLE=public
req GET / -H "X-Long: $long"
case "$ST" in 4??|000) t_ok ;; *) t_fail "100 kB header: expected 4xx or a closed connection" ;; esac
req GET "/search?q=$(head -c 60000 /dev/zero | tr '\0' 'q')"
case "$ST" in 2??|4??|000) t_ok ;; *) t_fail "60 kB query: status $ST" ;; esac
req GET /; expect_status 200
check "the server survived the oversize requests" srv_alive
# Many parameters are not a crash.  200 are answered; 300 (over
# REQ_MAX_ARGS) do not fit the connection's 16 KB (HTTP_MEMORY), and
# libmicrohttpd may close the connection instead of answering.
qs=$(i=0; while [ $i -lt 200 ]; do printf 'at=2026-01-01&'; i=$((i + 1)); done)
req GET "/goal/$(fix_id Zmk-goal-pubok)?$qs"
case "$ST" in 200|400) t_ok ;; *) t_fail "200 parameters: status $ST" ;; esac
qs=$(i=0; while [ $i -lt 300 ]; do printf 'at=2026-01-01&'; i=$((i + 1)); done)
req GET "/goal/$(fix_id Zmk-goal-pubok)?$qs"
case "$ST" in 200|400|4??|000) t_ok ;; *) t_fail "300 parameters: status $ST" ;; esac
req GET /; expect_status 200

# ---- invalid UTF-8 -------------------------------------------------------
CUR_ROLE=public
G=$(fix_id Zmk-goal-pubok)
# Overlong forms, UTF-16 surrogates and code points past U+10FFFF are
# not UTF-8 either (RFC 3629); NUL and ESC are refused as text.
for bad in %FF %C3%28 %C0%AF %E0%80%80 %ED%A0%80 %F4%90%80%80 %F8%88%80%80%80 %00 %1B; do
  req GET "/goal/$G?at=2026-01-01$bad"
  check "at=2026-01-01$bad must be refused with 400, got $ST" [ "$ST" = 400 ]
  if route_exists GET /search; then
    req GET "/search?q=a$bad"
    check "q=a$bad must be refused with 400, got $ST" [ "$ST" = 400 ]
  fi
  req GET "/goal/$G$bad"
  check "path /goal/$G$bad must be refused (400 or 404), got $ST" \
    one_of "$ST" 400 404
done
as cochair
form /new/goal "title=$(printf 'a\377b')" dialogue_id=us-rs; expect_status 400
CUR_ROLE=cochair
req POST /api/v1/goals -H 'Content-Type: application/json' \
  --data-binary "$(printf '{"title":"a\377b"}')"; expect_status 400

# ---- methods and types ---------------------------------------------------
CUR_ROLE=public
req DELETE /; expect_status 405; expect_header Allow GET
req PUT /login; expect_status 405
as cochair
req POST /new/goal -H 'Content-Type: text/plain' --data-binary 'csrf=x'
expect_status 415
CUR_ROLE=cochair
req POST /api/v1/goals -H 'Content-Type: application/json' --data-binary '{"title":'
expect_status 400

# ---- headers and cookies -------------------------------------------------
for p in / /login "/goal/$G" /nowhere /api/v1/dialogues /static/accord.css; do
  CUR_ROLE=public; req GET "$p"
  expect_header Content-Security-Policy "default-src 'self'"
  expect_header Content-Security-Policy "frame-ancestors 'none'"
  expect_header X-Content-Type-Options nosniff
  expect_header X-Frame-Options DENY
  expect_header Referrer-Policy same-origin
done
CUR_ROLE=public; req GET /login
expect_header Set-Cookie "accord_csrf="
check "the login form's cookie is HttpOnly" grep -qi '^set-cookie: accord_csrf=.*HttpOnly' "$HDR"
check "the login form's cookie is SameSite=Strict" grep -qi '^set-cookie: accord_csrf=.*SameSite=Strict' "$HDR"
rm -f "$DIR/jar/fresh"
curl -s -c "$DIR/jar/fresh" -o "$BODY" "$BASE/login"; c=$(csrf_in_body)
req POST /login -b "$DIR/jar/fresh" -c "$DIR/jar/fresh" \
  --data-urlencode "csrf=$c" --data-urlencode "login=victim" \
  --data-urlencode "password=$(cat "$DIR/pw/victim")"
expect_status 303
check "the session cookie is set" grep -qi '^set-cookie: accord_session=' "$HDR"
check "the session cookie is HttpOnly" grep -qi '^set-cookie: accord_session=.*HttpOnly' "$HDR"
check "the session cookie is SameSite=Strict" grep -qi '^set-cookie: accord_session=.*SameSite=Strict' "$HDR"
check "the session cookie is for the whole site (Path=/)" grep -qi '^set-cookie: accord_session=.*Path=/' "$HDR"
check "no Secure flag without TLS (it would be dropped)" not grep -qi '^set-cookie: accord_session=.*Secure' "$HDR"
S1=$(sed -n 's/.*accord_session[[:space:]]*\([0-9a-f]*\).*/\1/p' "$DIR/jar/fresh")
check "the session token is long and random" [ "${#S1}" -ge 32 ]
req GET /dialogues -b "$DIR/jar/fresh"
expect_header Cache-Control no-store
VCSRF=$(csrf_in_body)

# ---- logout ends the session --------------------------------------------
cp "$DIR/jar/fresh" "$DIR/jar/stolen"
req POST /logout -b "$DIR/jar/fresh" --data-urlencode "csrf=$VCSRF"
expect_status 303
check "logout expires the cookie" grep -qi '^set-cookie: accord_session=;.*Max-Age=0' "$HDR"
req GET / -b "$DIR/jar/stolen"; expect_status 200
expect_no_body "victim ("
expect_body 'href="/login"'
req POST /logout -b "$DIR/jar/stolen" --data-urlencode "csrf=$VCSRF"
check "the old cookie is no longer a session (got $ST $LOC)" [ "$ST" = 303 ] && case "$LOC" in /login*) true ;; *) false ;; esac
if route_exists GET /new/observation; then
  req GET /new/observation -b "$DIR/jar/stolen"; expect_status 303
fi
# A made-up session cookie is nobody.
req GET / -H "Cookie: accord_session=$(printf '%064d' 0)"; expect_no_body 'action="/logout"'
req GET / -H "Cookie: accord_session=$(head -c 5000 /dev/zero | tr '\0' a)"; expect_status 200

# ---- open redirects after login ------------------------------------------
for nxt in //evil.example/ 'https://evil.example/' '/\evil.example' \
           '/%0d%0aSet-Cookie:x=1' 'javascript:alert(1)'; do
  rm -f "$DIR/jar/r"
  curl -s -c "$DIR/jar/r" -o "$BODY" "$BASE/login"; c=$(csrf_in_body)
  req POST /login -b "$DIR/jar/r" --data-urlencode "csrf=$c" \
    --data-urlencode "login=victim" --data-urlencode "next=$nxt" \
    --data-urlencode "password=$(cat "$DIR/pw/victim")"
  case "$LOC" in /|/[!/\\]*) t_ok ;; *) t_fail "next=$nxt redirects to $LOC" ;; esac
  check "no header injection through next=" not grep -qi '^set-cookie: x=1' "$HDR"
done

# ---- login throttling and enumeration -----------------------------------
# The injections above sent wrong current passwords to /account/password,
# which count as failed logins of this address: forget them, so that the
# counts below start from nothing.
sqlite3 "$DB" "DELETE FROM login_failure"
rm -f "$DIR/jar/t"
curl -s -c "$DIR/jar/t" -o "$BODY" "$BASE/login"; c=$(csrf_in_body)
i=0
while [ $i -lt 6 ]; do
  req POST /login -b "$DIR/jar/t" --data-urlencode "csrf=$c" \
    --data-urlencode "login=throttled" --data-urlencode "password=wrong-$i"
  if [ $i -lt 5 ]; then expect_status 401; else expect_status 429; fi
  i=$((i + 1))
done
req POST /login -b "$DIR/jar/t" --data-urlencode "csrf=$c" \
  --data-urlencode "login=throttled" \
  --data-urlencode "password=$(cat "$DIR/pw/throttled")"
expect_status 429
expect_header Retry-After ""
check "no session for a throttled login" not grep -qi '^set-cookie: accord_session=[0-9a-f]' "$HDR"
# Another account is not locked with it.
req POST /login -b "$DIR/jar/t" --data-urlencode "csrf=$c" \
  --data-urlencode "login=victim" --data-urlencode "password=$(cat "$DIR/pw/victim")"
expect_status 303
# An unknown login answers like a wrong password, in about the same time
# (else the time tells which logins exist).
tm() {
  curl -s -o "$BODY" -w '%{http_code} %{time_total}' -b "$DIR/jar/t" \
    --data-urlencode "csrf=$c" --data-urlencode "login=$1" \
    --data-urlencode "password=wrong" "$BASE/login"
}
set -- $(tm victim); st1=$1; t1=$2
set -- $(tm victim); t1b=$2
set -- $(tm no-such-login); st2=$1; t2=$2
set -- $(tm no-such-login-2); t2b=$2
LAST="wrong password vs unknown login"; ST="$st1/$st2"
expect_same "$st2" "$st1" "an unknown login answers as a wrong password"
known=$(echo "$t1 $t1b" | awk '{print ($1<$2)?$1:$2}')
unknown=$(echo "$t2 $t2b" | awk '{print ($1>$2)?$1:$2}')
check "an unknown login takes about as long as a wrong password (${unknown}s vs ${known}s): timing reveals which accounts exist" \
  awk -v k="$known" -v u="$unknown" 'BEGIN { exit !(u * 3 >= k) }'

# ---- hidden references answer like missing ones -------------------------
# Naming a hidden item in a form must not tell that it exists.
if route_exists POST /new/area; then
  as wg_lead
  # wg_lead cannot write areas: use a goal in the restricted dialogue.
  form /new/goal dialogue_id=zmk-dialogue-restricted area_id=zmk-area-restricted \
    code=zmk-hid-1 title=hid kind=milestone
  s1=$ST; m1=$(sed -e 's/zmk-dialogue-restricted/X/g' -e 's/zmk-area-restricted/Y/g' "$BODY" | grep -i -o 'no [a-z ]* [A-Z]' | sort -u | tr '\n' ' ')
  form /new/goal dialogue_id=zmk-no-such area_id=zmk-no-such-area \
    code=zmk-hid-2 title=hid kind=milestone
  s2=$ST; m2=$(sed -e 's/zmk-no-such-area/Y/g' -e 's/zmk-no-such/X/g' "$BODY" | grep -i -o 'no [a-z ]* [A-Z]' | sort -u | tr '\n' ' ')
  expect_same "$s1 $m1" "$s2 $m2" "a hidden dialogue in a form answers as a missing one"
  check "no goal was made in the hidden dialogue" not acc goal show zmk-hid-1
fi

CUR_ROLE=public; req GET /; expect_status 200
done_testing
