# lib.sh: helpers for the command-line tests (sourced by tests/cli/t_*.sh).
#
# Each test script runs in its own empty directory, drives the real accord
# binary ($ACCORD) against real SQLite files, and ends with `done_testing`,
# which prints "cli/NAME: N passed, N failed".
#
#   run ARGS...           run accord; sets $OUT, $ERR and $RC
#   expect_rc N           the last run exited with N
#   expect_out TEXT       stdout contains TEXT (fixed string)
#   expect_err TEXT       stderr contains TEXT (fixed string)
#   expect_no_out TEXT    stdout does not contain TEXT
#   db_state FILE         prints a digest of the whole database (dump)
#   expect_same A B MSG   two strings are equal
#   db_cp, db_rm, is_pg, pg_skip   see tests/db.sh (either backend)
set -u
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$TOP/tests/db.sh"
T_PASS=0; T_FAIL=0
T_NAME=${T_NAME:-$(basename "$0" .sh)}
export ACCORD_USER=tester
unset ACCORD_DB || true

run() {
  "$ACCORD" "$@" >"$WORK_OUT" 2>"$WORK_ERR"; RC=$?
  OUT=$(cat "$WORK_OUT"); ERR=$(cat "$WORK_ERR")
  LAST="accord $*"
}
WORK_OUT=$(mktemp); WORK_ERR=$(mktemp)
trap 'rm -f "$WORK_OUT" "$WORK_ERR"' EXIT

t_ok() { T_PASS=$((T_PASS + 1)); }
t_fail() {
  T_FAIL=$((T_FAIL + 1))
  echo "FAIL: $*"
  echo "  after: $LAST (exit $RC)"
  echo "  stdout: $(printf '%s' "$OUT" | head -c 600)"
  echo "  stderr: $(printf '%s' "$ERR" | head -c 600)"
}
expect_rc() { [ "$RC" -eq "$1" ] && t_ok || t_fail "expected exit $1"; }
expect_out() {
  case "$OUT" in *"$1"*) t_ok ;; *) t_fail "stdout lacks: $1" ;; esac
}
expect_no_out() {
  case "$OUT" in *"$1"*) t_fail "stdout has: $1" ;; *) t_ok ;; esac
}
expect_err() {
  case "$ERR" in *"$1"*) t_ok ;; *) t_fail "stderr lacks: $1" ;; esac
}
expect_same() {
  [ "$1" = "$2" ] && t_ok || t_fail "$3: '$1' != '$2'"
}
db_state() {
  sqlite3 "$1" .dump | sha256sum | cut -c1-16
}
done_testing() {
  echo "cli/$T_NAME: $T_PASS passed, $T_FAIL failed"
  [ "$T_FAIL" -eq 0 ]
}
