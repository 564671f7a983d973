# t_matrix.sh: the role x route x classification matrix, generated from
# `accord test-routes` (matrix.py plans and judges it; curl sends it).
# For every route, every role (public, observer, wg_member, wg_lead,
# cochair, secretariat, admin) and every item of the entity the path
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
srv_start
for r in $ROLES rs-cochair; do [ "$r" = public ] || login "$r"; done
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
