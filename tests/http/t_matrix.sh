# t_matrix.sh: the role x route x classification matrix, generated from
# `accord test-routes` (matrix.py plans and judges it; curl sends it).
# For every route, every role (public, observer, wg_member, wg_lead,
# cochair, secretariat, admin, and accounts whose grants are scoped to a
# working group or a dialogue) and every item of the entity the path
# names (fixtures of each classification; goals and documents also
# public-but-not-approved; demo items of other kinds), it asserts allow or
# deny, that hidden items answer 404 like missing ones, that refused
# writes change nothing, and that no body names an item its reader may
# not see (the home pages too).  The full table goes to
# build/http-matrix.txt.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/fixtures.sh"

http_setup
fixtures_make
# Accounts with scoped grants (grant.c): observers that lead the economic
# group (cleared for its restricted items), are a member of the Security
# and Defense group, and are the secretariat of one restricted fixture
# dialogue.  matrix.py judges them in and out of their scopes.
SCOPED="sc-lead sc-member sc-sec"
for l in $SCOPED; do user_add "$l" observer; done
acc grant add sc-lead --role wg_lead --wg us-rs/wg/econ \
  --clearance restricted >/dev/null
acc grant add sc-member --role wg_member --wg us-rs/wg/security-defense \
  >/dev/null
acc grant add sc-sec --role secretariat --dialogue zmk-dialogue-restricted \
  >/dev/null
for l in $SCOPED; do token_of "$l" >/dev/null; done
srv_start
for r in $ROLES rs-cochair $SCOPED; do [ "$r" = public ] || login "$r"; done
fixtures_publish

# The published fixtures are what the public sees; the others are not.
CUR_ROLE=public
req GET "/goal/$(fix_id Zmk-goal-pubok)"; expect_status 200
req GET "/goal/$(fix_id Zmk-goal-pubno)"; expect_status 404

# The home page and the portfolio, for every role: / sends a logged-in
# person to /home (the matrix checks the 303 and that no /home shows an
# item its reader may not see); /home is a login's; /dialogues is the
# portfolio for everyone.
for r in $ROLES; do
  CUR_ROLE=$r
  req GET /dialogues; expect_status 200
  req GET /home
  if [ "$r" = public ]; then
    expect_status 303
    check "public: /home asks to log in (got $LOC)" test "${LOC#/login}" != "$LOC"
  else
    expect_status 200; expect_body 'id="changes"'
    if [ "$r" = cochair ]; then expect_body 'id="awaiting"'
    else expect_no_body 'id="awaiting"'; fi
    req GET /; expect_status 303
    check "$r: / goes to /home (got $LOC)" test "$LOC" = /home
  fi
done

OUTDIR="$TOP/${BUILD:-build}"
mkdir -p "$OUTDIR"
python3 "$(dirname "$0")/matrix.py" "$DIR" "$BASE" "$DB" "$ACCORD" \
  "$OUTDIR/http-matrix.txt" >"$DIR/matrix.out" 2>&1
rc=$?
cat "$DIR/matrix.out"
line=$(grep '^checks: [0-9]* passed, [0-9]* failed$' "$DIR/matrix.out")
if [ $rc -ne 0 ] || [ -z "$line" ]; then
  LAST="matrix.py"; ST="exit $rc"; t_fail "matrix.py did not finish"
else
  set -- $line
  T_PASS=$((T_PASS + $2)); T_FAIL=$((T_FAIL + $4))
fi
done_testing
