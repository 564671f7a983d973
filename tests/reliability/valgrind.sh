#!/bin/sh
# valgrind.sh: memcheck on a subset, once per CI run (make valgrind):
# the unit tests, the store test and a handful of CLI commands on the
# demo, each under valgrind --error-exitcode=99 --leak-check=full
# (definite and indirect leaks count as errors; valgrind.supp leaves
# out fontconfig's caches, as src/util/san.c does for LeakSanitizer).
# The render unit tests (LibreOffice, PDF) are left out: too slow.
# Prints one line per program and "valgrind: N passed, N failed".
set -u
BUILD=${BUILD:-build}
TOP=$(cd "$(dirname "$0")/../.." && pwd)
A="$TOP/$BUILD/accord"
W=$(mktemp -d "${TMPDIR:-/tmp}/accord-vg.XXXXXX")
trap 'rm -rf "$W"' EXIT
export ACCORD_USER=valgrind
unset ACCORD_DB || true
VG="valgrind -q --suppressions=$TOP/tests/reliability/valgrind.supp --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect"
pass=0; fail=0
# vg NAME CMD...: run CMD under memcheck in $W.
vg() {
  _n=$1; shift
  _t0=$(date +%s)
  (cd "$W" && $VG "$@" >"$W/out" 2>"$W/err"); _rc=$?
  _s=$(( $(date +%s) - _t0 ))
  if [ "$_rc" = 99 ] || grep -q '^==[0-9]*== ' "$W/err"; then
    fail=$((fail + 1)); echo "valgrind: $_n: ERRORS (${_s} s)"
    grep '^==[0-9]*== ' "$W/err" | head -30
  else
    pass=$((pass + 1)); echo "valgrind: $_n: clean (exit $_rc, ${_s} s)"
  fi
}
for t in "$TOP/$BUILD"/tests/unit_*; do
  case "$t" in *render*) continue ;; esac   # LibreOffice and PDF: too slow
  vg "unit/$(basename "$t" | sed 's/^unit_//')" "$t"
done
vg store "$TOP/$BUILD/tests/store_test"
vg "accord demo" "$A" --db "$W/v.db" demo
vg "accord status" "$A" --db "$W/v.db" status
vg "accord goal list" "$A" --db "$W/v.db" goal list
vg "accord export all" "$A" --db "$W/v.db" export all -o "$W/all.json"
printf 'indicator,period,value,note\nus-rs/ind/trade-total,2031-01,1,"a, b"\nus-rs/ind/trade-total,2031-02,x,bad\n' >"$W/o.csv"
vg "accord import (bad row)" "$A" --db "$W/v.db" import observations "$W/o.csv"
vg "accord report quarterly" "$A" --db "$W/v.db" report quarterly --quarter 2026-Q3 -o "$W/q.html"
vg "accord verify" "$A" --db "$W/v.db" verify
echo "valgrind: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
