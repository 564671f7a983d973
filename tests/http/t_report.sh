# t_report.sh: reports over HTTP.  The dashboard links to the reports the
# reader may have; /dialogue/ID/report/KIND.FMT builds one through the
# reader's clearance (the public gets only the public report, never a
# restricted or internal goal); /report/ID serves an issued report byte
# for byte to readers cleared for it; bad names and periods are refused.
. "$(dirname "$0")/lib.sh"

http_setup
acc goal add --dialogue_id us-rs --area_id us-rs/area/econ --code t/zebra \
  --title "Zebra restricted goal" --kind milestone \
  --classification restricted >/dev/null
acc goal add --dialogue_id us-rs --area_id us-rs/area/econ --code t/walrus \
  --title "Walrus internal goal" --kind milestone \
  --classification internal >/dev/null
# The demo signed its public goals and issued its public report (report
# 1); here only the trade goal is approved by both co-chairs: public.
sqlite3 "$DB" "DELETE FROM approval WHERE entity<>'report'"
sqlite3 "$DB" "INSERT INTO approval(entity, item_id, version, party_id,
  account_id, at) SELECT 'goal', g.id, (SELECT max(id) FROM audit_log l
  WHERE l.entity='goal' AND l.item_id=g.id), a.party_id, a.id,
  '2026-12-01T00:00:00Z' FROM goal g, account a
  WHERE g.code='us-rs/goal/trade-10pct' AND a.login IN ('us-cochair',
  'rs-cochair')"
acc report issue quarterly --quarter 2026-Q3 >/dev/null       # report 2
acc report issue public --quarter 2026-Q3 >/dev/null          # report 3
# Approved with a signature: the co-chair's password, from a descriptor.
acc --as us-cochair report approve 3 --password-fd 0 <"$DIR/pw/us-cochair" \
  >/dev/null
acc --as rs-cochair report approve 3 --password-fd 0 <"$DIR/pw/rs-cochair" \
  >/dev/null
acc report issue public --quarter 2026-Q2 >/dev/null          # 4, pending
acc report get 2 >"$DIR/r2.html"
acc report get 3 >"$DIR/r3.html"
Q="quarter=2026-Q3"
srv_start

# The public.
as public
req GET /dialogue/1; expect_status 200
expect_body '/dialogue/1/report/public.html'
expect_no_body '/dialogue/1/report/quarterly.html'
expect_body '/report/3?version=1'
expect_no_body '/report/2?'
expect_no_body '/report/4?'
req GET "/dialogue/1/report/public.html?$Q"; expect_status 200
expect_header Content-Type "text/html; charset=utf-8"
expect_body 'Public progress report'
expect_body 'Increasing trade exchange by 10% annually'
expect_no_body 'Zebra'
expect_no_body 'Walrus'
expect_no_body 'Eliminating remaining customs'
# The report's one inline style sheet is allowed by its hash, no other.
csp=$(sed -n 's/^Content-Security-Policy: //Ip' "$HDR" | tr -d '\r')
want=$(python3 -c 'import base64, hashlib, re, sys
t = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r"<style>(.*?)</style>", t, re.S)
print("sha256-" + base64.b64encode(hashlib.sha256(
    m.group(1).encode()).digest()).decode())' "$BODY")
case "$csp" in
  *"style-src 'self' '$want';"*) t_ok ;;
  *) t_fail "CSP does not allow the report's style ($want): $csp" ;;
esac
check "the CSP allows no inline script" not grep -q "unsafe-inline" "$HDR"
req GET "/dialogue/us-rs/report/public.csv?$Q"; expect_status 200
expect_header Content-Type "text/csv; charset=utf-8"
expect_no_body 'Walrus'
req GET "/dialogue/1/report/public.html?$Q&lang=sr-Cyrl"; expect_status 200
expect_body 'Јавни извештај о напретку'
for k in quarterly.html quarterly.csv annual.html; do
  req GET "/dialogue/1/report/$k?$Q"; expect_status 404
  expect_no_body 'Zebra'
done
req GET /portfolio/portfolio.html; expect_status 404
req GET /report/3; expect_status 200
check "the public gets report 3 byte for byte" cmp -s "$BODY" "$DIR/r3.html"
req GET /report/2; expect_status 404
req GET /report/4; expect_status 404

# An observer reads internal items, not restricted ones.
as observer
req GET "/dialogue/1/report/quarterly.html?$Q"; expect_status 200
expect_body 'Quarterly implementation report'
expect_body 'Walrus internal goal'
expect_no_body 'Zebra'
req GET "/dialogue/1/report/annual.csv?year=2025"; expect_status 200
expect_no_body 'Zebra'
req GET /report/2; expect_status 404
req GET /dialogue/1; expect_status 200
expect_body '/dialogue/1/report/quarterly.html'

# A co-chair reads everything.
as cochair
req GET "/dialogue/1/report/quarterly.csv?from=2026-07-01&to=2026-09-30"
expect_status 200
expect_body 'Zebra restricted goal'
expect_body 'Walrus internal goal'
req GET /report/2; expect_status 200
check "report 2 byte for byte" cmp -s "$BODY" "$DIR/r2.html"
req GET "/report/2?version=1"; expect_status 200
req GET "/report/2?version=2"; expect_status 404
req GET /portfolio/portfolio.html; expect_status 200
expect_body 'Portfolio report'
req GET /dialogue/1; expect_status 200
expect_body '/report/2?version=1'

# Bad names and periods.
for u in /dialogue/1/report/weekly.html /dialogue/1/report/quarterly.doc \
    /dialogue/1/report/quarterly /dialogue/1/report/portfolio.html \
    /dialogue/999/report/public.html /portfolio/quarterly.html \
    /report/abc /report/0 /report/999; do
  req GET "$u"; expect_status 404
done
req GET "/dialogue/1/report/quarterly.html?quarter=2026-Q9"; expect_status 400
req GET "/dialogue/1/report/quarterly.html?quarter=2026"; expect_status 400
req GET "/dialogue/1/report/quarterly.html?from=2026-09-30&to=2026-07-01"
expect_status 400
req GET "/dialogue/1/report/quarterly.html?from=2026-09-30"; expect_status 400

srv_stop
done_testing
