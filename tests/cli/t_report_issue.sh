# t_report_issue.sh: frozen reports.  `report issue` stores the bytes,
# `report get` gives the same bytes back (also after the data changed),
# `report correct` makes a new version that says why, a public report is
# issued only once a co-chair of each party approved it, the public never
# sees a pending version or a non-public report, and altered bytes are
# detected.
: "${TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${ACCORD:=$TOP/${BUILD:-build}/accord}"
. "$TOP/tests/cli/lib.sh"

run demo --no-accounts
expect_rc 0
for who in us rs; do
  printf 'a-long-password\n' | "$ACCORD" user add "cc-$who" --name "CC $who" \
    --role cochair --party "us-rs/$who" --password-stdin >/dev/null 2>&1
done
printf 'a-long-password\n' | "$ACCORD" user add obs --name Obs \
  --role observer --password-stdin >/dev/null 2>&1
# Approvals are signatures: each co-chair has a key sealed with their
# password, which `approve` reads (here from a file descriptor).  The
# public report needs a dialogue the public sees: both co-chairs approve
# its parties and the dialogue itself (src/store/publish.c).
printf 'a-long-password\n' >pw
for who in us rs; do
  "$ACCORD" key create "cc-$who" --password-fd 0 <pw >/dev/null 2>&1
done
for who in us rs; do
  for item in party:us-rs/us party:us-rs/rs dialogue:us-rs; do
    h=$("$ACCORD" hash "${item%%:*}" "${item#*:}" | sed 's/.*content hash //')
    "$ACCORD" --as "cc-$who" approve "${item%%:*}" "${item#*:}" --hash "$h" \
      --password-fd 3 3<pw >/dev/null 2>&1 || t_fail "approve $item as cc-$who"
  done
done

# 1. Issue, then get: byte for byte, in HTML and CSV.
run report quarterly --quarter 2026-Q3 -o built.html
run report issue quarterly --quarter 2026-Q3
expect_rc 0
expect_out 'report 1 version 1: quarterly dialogue 1 2026-07-01..2026-09-30 en html by area, issued'
expect_out 'BLAKE2b-256'
run report get 1 -o got.html
expect_rc 0
cmp -s built.html got.html && t_ok || t_fail "get differs from the build"
run report issue quarterly --quarter 2026-Q3 --format csv --lang sr-Cyrl
expect_rc 0
expect_out 'report 2 version 1'
run report quarterly --quarter 2026-Q3 --format csv --lang sr-Cyrl -o built.csv
run report get 2 -o got.csv
cmp -s built.csv got.csv && t_ok || t_fail "CSV get differs from the build"

# The data changes; the issued report does not.
run goal set us-rs/goal/trade-10pct --title "Trade up 10 % a year (renamed)"
expect_rc 0
run report get 1 -o got2.html
cmp -s got.html got2.html && t_ok || t_fail "issued report changed"
run report quarterly --quarter 2026-Q3
expect_out 'renamed'
run report get 1
expect_no_out 'renamed'

# 2. Correct: a new version with its reason; version 1 is kept.
run report correct 1
expect_rc 1
expect_err '--reason TEXT is required'
run report correct 1 --reason "   "
expect_rc 1
run report correct 1 --reason "The trade goal was renamed"
expect_rc 0
expect_out 'report 1 version 2'
expect_out 'reason: The trade goal was renamed'
run report get 1
expect_out 'renamed'
run report get 1 --version 1 -o v1.html
cmp -s v1.html got.html && t_ok || t_fail "version 1 changed"
run report get 1 --version 3
expect_rc 3
run report correct 99 --reason x
expect_rc 3
run report list
expect_rc 0
expect_out 'report 1 version 2'
expect_out 'reason: The trade goal was renamed'

# 3. A public report waits for both co-chairs.
run report issue public --quarter 2026-Q3
expect_rc 0
expect_out 'report 3 version 1: public dialogue 1'
expect_out 'pending'
run report get 3
expect_rc 3
expect_err 'awaits approval'
run report get 3 --as-viewer public
expect_rc 3
run --as obs report approve 3 --password-fd 0 <pw
expect_rc 2
expect_err 'only a co-chair'
run --as nobody report approve 3 --password-fd 0 <pw
expect_rc 2
# --as alone approves nothing: the password is needed (and, without a
# terminal, cannot be asked: setsid leaves none).
if command -v setsid >/dev/null 2>&1; then
  run_notty() { setsid -w "$ACCORD" "$@" >"$WORK_OUT" 2>"$WORK_ERR" </dev/null
    RC=$?; OUT=$(cat "$WORK_OUT"); ERR=$(cat "$WORK_ERR"); LAST="accord $*"; }
else
  run_notty() { run "$@" </dev/null; }
fi
run_notty --as cc-us report approve 3
expect_rc 2
expect_err '--as alone never'
printf 'not-the-password\n' >badpw
run --as cc-us report approve 3 --password-fd 0 <badpw
expect_rc 2
expect_err 'password: wrong'
run --as cc-us report approve 3 --password-fd 0 <pw
expect_rc 0
expect_out 'pending'
run --as cc-us report approve 3 --password-fd 0 <pw
expect_rc 0
expect_out 'pending'
run report get 3 --as-viewer public
expect_rc 3
run --as cc-rs report approve 3 --password-fd 0 <pw
expect_rc 0
expect_out 'issued'
run report get 3 --as-viewer public -o pub.html
expect_rc 0
grep -q 'Public progress report' pub.html && t_ok || t_fail "not the report"
run --as cc-rs report approve 3 --password-fd 0 <pw
expect_rc 2
expect_err 'needs no approval'
run report approve 1 --password-fd 0 <pw
expect_rc 2
# A correction of a public report needs approving again; the public keeps
# reading the issued version meanwhile.
run report correct 3 --reason "Wording"
expect_rc 0
expect_out 'pending'
run report get 3 --as-viewer public -o pub2.html
cmp -s pub.html pub2.html && t_ok || t_fail "public saw the pending version"
run report get 3 --version 2
expect_rc 0
# The public sees only public reports; internal readers not restricted
# ones.
run report get 1 --as-viewer public
expect_rc 3
run report get 1 --as-viewer internal
expect_rc 3
run report list --as-viewer public
expect_out 'report 3 version 1: public'
expect_no_out 'version 2: public'
expect_no_out 'quarterly'
run report issue quarterly --quarter 2026-Q3 --as-viewer internal
expect_rc 0
expect_out 'report 4 version 1'
run report get 4 --as-viewer internal
expect_rc 0

# 3b. The cut: `issue --by sector` freezes the report cut by the
# agreement's sectors (as `report --by sector` builds it), stores the cut
# (migration 035), lists it, and a correction keeps it.  A bad --by is
# refused, naming it, before anything is stored.
D0=$(db_state accord.db)
run report issue quarterly --quarter 2026-Q3 --by diagonal
expect_rc 2
expect_err '--by: expected area or sector, got "diagonal"'
expect_same "$(db_state accord.db)" "$D0" "a bad --by changed nothing"
run report quarterly --quarter 2026-Q3 --by sector -o sector.html
run report issue quarterly --quarter 2026-Q3 --by sector
expect_rc 0
expect_out 'report 5 version 1: quarterly dialogue 1 2026-07-01..2026-09-30 en html by sector, issued'
run report get 5 -o got5.html
cmp -s sector.html got5.html && t_ok || t_fail "the sector cut's get differs from its build"
run report quarterly --quarter 2026-Q3 --by area -o area.html
cmp -s area.html got5.html && t_fail "the sector cut has the area cut's bytes" || t_ok
grep -q "Goals by the agreement&#39;s sectors" got5.html && t_ok || t_fail "not cut by sector"
expect_same "$(sqlite3 accord.db "SELECT id, cut FROM report_issue WHERE id IN (1, 5) ORDER BY id" | tr '\n' ' ')" \
  "1|area 5|sector " "the cut stored"
run report list
expect_out 'report 5 version 1: quarterly dialogue 1 2026-07-01..2026-09-30 en html by sector, issued'
expect_out 'report 1 version 2: quarterly dialogue 1 2026-07-01..2026-09-30 en html by area, issued'
# The same kind, dialogue and period cut the other way is another report.
run report issue quarterly --quarter 2026-Q3 --by area
expect_rc 0
expect_out 'report 6 version 1: quarterly dialogue 1 2026-07-01..2026-09-30 en html by area'
run report correct 5 --reason "Late figures"
expect_rc 0
expect_out 'report 5 version 2: quarterly dialogue 1 2026-07-01..2026-09-30 en html by sector, issued'
run report get 5 -o got5v2.html
grep -q 'Late figures' got5v2.html && t_ok || t_fail "the correction does not say why"
grep -q "Goals by the agreement&#39;s sectors" got5v2.html && t_ok \
  || t_fail "the correction was not rebuilt by sector"
# The audit entry of each version says the cut; verify replays it.
expect_same "$(sqlite3 accord.db "SELECT count(*) FROM audit_log WHERE entity='report' AND action='insert' AND data LIKE '{\"report\":5,%' AND data LIKE '%\"cut\":\"sector\"}'")" \
  "2" "the audit entries of both versions record the cut"
run verify
expect_rc 0

# 4. Frozen: the database refuses changes; altered bytes are detected.
sqlite3 accord.db "UPDATE report_version SET body=$(sql_blob 00) WHERE id=1" \
  2>/dev/null && t_fail "update allowed" || t_ok
sqlite3 accord.db "DELETE FROM report_version" 2>/dev/null \
  && t_fail "delete allowed" || t_ok
sqlite3 accord.db "$(sql_drop_trigger report_version_frozen report_version);
  UPDATE report_version SET body=$(sql_blob 666f72676564) WHERE id=1"
run report get 1 --version 1
expect_rc 4
expect_err 'no longer have the hash'
# verify names the bytes, and the trigger dropped to change them.
run verify
expect_rc 4
expect_err 'issued report version 1: its bytes do not hash to the hash stored with them'
expect_err 'trigger report_version_frozen of table report_version is missing'

# 5. Bad input.
run report get
expect_rc 1
run report get x1
expect_rc 1
run report get 1 --version 0
expect_rc 2
run report issue
expect_rc 1
run report issue weekly
expect_rc 1
run report issue quarterly -o x.html
expect_rc 1
run report list --dialogue nope
expect_rc 3

done_testing
