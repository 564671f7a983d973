# t_cache.sh: the reply cache and the cache of sessions and tokens, for
# logged-in readers.  A logged-in reader's page comes from the cache (a
# change made in the database behind the server's back, with no audit
# entry and so no new data version, does not show) yet carries the
# reader's own name and CSRF token; readers of another role get their own
# version, never one built for a higher clearance; a write through the
# server or the command line shows on the next request; logging out ends
# the session at once, in this server and in another one on the same
# database.
. "$(dirname "$0")/lib.sh"

http_setup
user_add zc-observer2 observer
srv_start

OLD_TITLE="US–Serbia strategic dialogue"
SECRET_GOAL="Holding a minimum of 3 joint military exercises annually"
# sneak TITLE: change dialogue 1's title without an audit entry.
sneak() { sqlite3 "$DB" "UPDATE dialogue SET title='$1' WHERE id=1"; }
no_store() {
  if grep -i '^Cache-Control:' "$HDR" | grep -qi no-store; then t_ok
  else t_fail "a logged-in reply without Cache-Control: no-store"; fi
}

# ---- a logged-in reader's page: cached, with their own head --------------
as observer
OBS_CSRF=$(csrf_of observer)
req GET /dialogue/1; expect_status 200
expect_body "$OLD_TITLE"
expect_body '<span class="user">Observer (Observer)</span>'
expect_body "name=\"csrf\" value=\"$OBS_CSRF\""
expect_no_body "$SECRET_GOAL"
expect_no_body 'href="/edit/dialogue/1"'
no_store
check "no ETag for a logged-in page" not grep -qi '^ETag:' "$HDR"
cp "$BODY" "$DIR/obs1.html"
sneak "Zcache sneaked title"
req GET /dialogue/1; expect_status 200
expect_body "$OLD_TITLE"
expect_no_body "Zcache sneaked title"
expect_body '<span class="user">Observer (Observer)</span>'
expect_body "name=\"csrf\" value=\"$OBS_CSRF\""
check "the second reply is the first one, byte for byte" \
  cmp -s "$BODY" "$DIR/obs1.html"
no_store
# A parameter the page does not take is not a new entry either.
req GET "/dialogue/1?zc_unknown=1"; expect_status 200
expect_no_body "Zcache sneaked title"

# Another observer: the same cached page, with their own name and token.
as zc-observer2
OBS2_CSRF=$(csrf_of zc-observer2)
check "two sessions have different CSRF tokens" [ "$OBS2_CSRF" != "$OBS_CSRF" ]
req GET /dialogue/1; expect_status 200
expect_body "$OLD_TITLE"
expect_no_body "Zcache sneaked title"
expect_body '<span class="user">zc-observer2 (Observer)</span>'
expect_body "name=\"csrf\" value=\"$OBS2_CSRF\""
expect_no_body "$OBS_CSRF"
expect_no_body "Observer (Observer)"
check "the cached page differs from the first observer's only in the head" \
  sh -c "diff '$BODY' '$DIR/obs1.html' | grep '^[<>]' | grep -v -e 'class=\"user\"' -e 'action=\"/logout\"' | grep -q . && exit 1 || exit 0"
no_store

# An observer with an API token, reading a page: same page, no session
# token in it.
_tok observer
LAST="observer (token) GET /dialogue/1"
ST=$(curl -s -o "$BODY" -D "$HDR" -w '%{http_code}' \
  -H "Authorization: Bearer $_tk" "$BASE/dialogue/1")
expect_status 200
expect_body "$OLD_TITLE"
expect_body '<span class="user">Observer (Observer)</span>'
expect_no_body "$OBS_CSRF"
expect_no_body "$OBS2_CSRF"

# A co-chair gets the co-chair's page, built for them (so it shows the
# sneaked title): the restricted goal, the edit button, their name.
as cochair
CO_CSRF=$(csrf_of cochair)
req GET /dialogue/1; expect_status 200
expect_body "Zcache sneaked title"
expect_body "$SECRET_GOAL"
expect_body 'href="/edit/dialogue/1"'
expect_body '<span class="user">US co-chair (Co-chair)</span>'
expect_body "name=\"csrf\" value=\"$CO_CSRF\""
expect_no_body "$OBS_CSRF"
req GET /dialogue/1; expect_status 200
expect_body "$SECRET_GOAL"
expect_body "name=\"csrf\" value=\"$CO_CSRF\""
# ... and the observers still get theirs, never the co-chair's.
as observer
req GET /dialogue/1; expect_status 200
expect_no_body "$SECRET_GOAL"
expect_no_body 'href="/edit/dialogue/1"'
expect_no_body "$CO_CSRF"
expect_body '<span class="user">Observer (Observer)</span>'
# The secretariat of the same party sees as much but may not approve: its
# own version again.
as secretariat
req GET /dialogue/1; expect_status 200
expect_body '<span class="user">US secretariat (Secretariat)</span>'
expect_no_body "$CO_CSRF"
expect_no_body "US co-chair (Co-chair)"

# ---- API replies with a token: cached, per role ---------------------------
as cochair
api GET /api/v1/dialogues/1/status; expect_status 200
check "the co-chair's status lists the restricted goal" \
  grep -qF "$SECRET_GOAL" "$BODY"
as observer
api GET /api/v1/dialogues/1/status; expect_status 200
check "the observer's status does not" not grep -qF "$SECRET_GOAL" "$BODY"
api GET /api/v1/dialogues/1; expect_status 200
expect_body "Zcache sneaked title"
cp "$BODY" "$DIR/api1.json"
sneak "Zcache sneaked again"
api GET /api/v1/dialogues/1; expect_status 200
expect_no_body "Zcache sneaked again"
check "the second API reply is the first one" cmp -s "$BODY" "$DIR/api1.json"
no_store

# ---- a write shows on the next request ------------------------------------
as cochair
api PATCH /api/v1/dialogues/1 '{"title":"Zcache written title"}'
expect_status 200
as observer
req GET /dialogue/1; expect_status 200
expect_body "Zcache written title"
expect_body "name=\"csrf\" value=\"$OBS_CSRF\""
api GET /api/v1/dialogues/1; expect_status 200
expect_body "Zcache written title"
as zc-observer2
req GET /dialogue/1; expect_status 200
expect_body "Zcache written title"
expect_body "name=\"csrf\" value=\"$OBS2_CSRF\""
# A write from the command line (another process) too.
check "accord dialogue set changes the title" \
  acc dialogue set 1 --title "Zcache CLI title"
as observer
req GET /dialogue/1; expect_status 200
expect_body "Zcache CLI title"
as cochair
req GET /dialogue/1; expect_status 200
expect_body "Zcache CLI title"
expect_body "name=\"csrf\" value=\"$CO_CSRF\""

# ---- logging out ends the session on the next request ---------------------
# In this server: the old cookie names nobody any more.
as observer
form /logout; expect_status 303
LAST="observer's old cookie after logging out"
ST=$(curl -s -o "$BODY" -D "$HDR" -w '%{http_code}' -b "$DIR/jar/observer" \
  "$BASE/dialogue/1")
expect_status 200
expect_no_body "Observer (Observer)"
expect_no_body "$OBS_CSRF"
expect_body 'href="/login"'
# In another server on the same database: this one, which knows the
# session, must see that it ended there.
as zc-observer2
req GET /dialogue/1; expect_status 200
expect_body "zc-observer2 (Observer)"
"$ACCORD" --db "$DB" serve --listen 127.0.0.1:0 >"$DIR/srv2.out" \
  2>"$DIR/srv2.log" &
SRV2=$!
_i=0; PORT2=""
while [ $_i -lt 100 ] && [ -z "$PORT2" ]; do
  PORT2=$(sed -n 's#^accord: serving .* on http://127\.0\.0\.1:\([0-9]*\)/$#\1#p' \
    "$DIR/srv2.out")
  sleep 0.05; _i=$((_i + 1))
done
LAST="zc-observer2 logs out on a second server"
ST=$(curl -s -o /dev/null -w '%{http_code}' -b "$DIR/jar/zc-observer2" \
  --data-urlencode "csrf=$OBS2_CSRF" "http://127.0.0.1:$PORT2/logout")
expect_status 303
kill -TERM $SRV2; wait $SRV2
LAST="zc-observer2's old cookie on the first server"
ST=$(curl -s -o "$BODY" -D "$HDR" -w '%{http_code}' \
  -b "$DIR/jar/zc-observer2" "$BASE/dialogue/1")
expect_status 200
expect_no_body "zc-observer2 (Observer)"
expect_no_body "$OBS2_CSRF"
expect_body 'href="/login"'
done_testing
