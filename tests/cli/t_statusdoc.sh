. "$TOP/tests/cli/lib.sh"
# t_statusdoc.sh: the numbers of docs/status.md are the engine's.
# tests/cli/statusdoc.py runs each example of the doc through `accord` (a
# database built with the command line, or the demo, and `accord status
# --at DATE --json`) and checks that every quoted example holding a number
# is what the engine says, that the worked example's figures (4.6) and the
# ratios the text cites are the engine's, and that the ESCAP counts of
# section 9 are those tests/unit/escap.c prints.  One check per line.
ESCAP="$TOP/${BUILD:-build}/tests/unit_escap"
python3 "$TOP/tests/cli/statusdoc.py" "$ACCORD" "$TOP/docs/status.md" "$ESCAP" \
  >statusdoc.out 2>&1
rc=$?
while IFS= read -r line; do
  case "$line" in
    ok:*) t_ok ;;
    FAIL:*) LAST="statusdoc.py"; RC=$rc; OUT=""; ERR=""; t_fail "${line#FAIL: }" ;;
  esac
done <statusdoc.out
grep -q '^statusdoc: ' statusdoc.out || t_fail "statusdoc.py ended early: $(tail -5 statusdoc.out)"
done_testing
