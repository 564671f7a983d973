# t_report_paper.sh: reports fit to go to two governments (issue 12,
# item 3): charts on the indicator's own period axis with a count's value
# axis from zero, kinds in words, slippage with the day it is counted to,
# tagged PDF, XLSX date cells and sheet names, the secretariat's
# narrative, the sign-off block and the reason of a correction.
: "${TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${ACCORD:=$TOP/${BUILD:-build}/accord}"
. "$TOP/tests/cli/lib.sh"

run demo
expect_rc 0
# Two yearly counts of joint exercises: 2 then 3.
run observation add --indicator_id us-rs/ind/joint-exercises --period 2025 \
  --value 2
expect_rc 0
run observation add --indicator_id us-rs/ind/joint-exercises --period 2026 \
  --value 3
expect_rc 0

# 1. The count's chart: yearly values on a yearly axis, from zero (the
# chart's alternative text says what its axes are).
run report quarterly --quarter 2026-Q3
expect_rc 0
expect_out 'alt="Joint US–Serbian military exercises held: yearly values from 2025 to 2026; the value axis runs from 0 to '
expect_out 'alt="Total US–Serbia goods trade (US exports + US imports): yearly values from 2007 to 2025; the value axis runs from 0 to 1400 million USD'
# 2. Kinds in words, not codes.
expect_out '<td>count in each period</td>'
expect_out '<td>count by the deadline</td>'
expect_no_out '<td>count period</td>'
expect_no_out '<td>count window</td>'
# 3. Slippage says the day it is counted to.
expect_out 'Slippage is counted in days up to 2026-09-30, the last day of the period reported on'
expect_out 'Roadmap of 10 steps on 2026-09-30: 0 done, 4 ongoing, 5 past their planned date'
run report quarterly --quarter 2026-Q3 --lang sr-Latn
expect_out '<td>broj u svakom periodu</td>'
expect_out 'Odstupanje se računa u danima zaključno sa 2026-09-30'
done_testing
