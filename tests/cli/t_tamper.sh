# t_tamper.sh: the tampering suite of `accord verify` (docs/design.md,
# "What verify checks").
#
# One database is made through Accord only: the demo, sessions opened by
# logging in through the web server (one closed by logging out), goals
# approved by both co-chairs through the API, edits and a removal, a bulk
# import, reports issued (by area and by sector), an account added, its
# password changed, an API token made.  It must verify clean (no false
# alarm), and so must the evidence exported from it.  Then
# tests/cli/tamper.py makes at least 100 random changes straight in the
# database, each on its own copy, and requires `accord verify` to fail
# naming each one.  The changes are drawn from a seeded generator; the
# seed is printed and fixed by default (TAMPER_SEED=N to repeat a run,
# TAMPER_SEED=random for a new one; TAMPER_CASES=N for more or fewer
# cases).
#
# The server and the HTTP helpers are those of tests/http/lib.sh.
T_NAME=t_tamper
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$TOP/tests/http/lib.sh"
export ACCORD_USER=tester

# ---- a database made through Accord --------------------------------------
http_setup
srv_start --quiet
login observer
login us-cochair
# New versions of two goals, approved again with signatures.
acc goal set 1 --title "Trade grows 10 % a year (tamper suite)" >/dev/null
acc goal set 2 --title "Exercises (tamper suite)" >/dev/null
as us-cochair;  approve_api goal 1
expect_status 200 201
as rs-cochair;  approve_api goal 1
expect_status 200 201
as us-cochair;  approve_api goal 2
expect_status 200 201
# A bulk import through the API (its entry carries the rows too).
as admin
api POST /api/v1/import/observations \
  '[{"indicator":"us-rs/ind/trade-total","period":"1992-01","value":3.5,"note":"api","note_sr":"api na srpskom"},{"indicator":"us-rs/ind/trade-total","period":"1992-02","value":4}]'
expect_status 200 201
# A session closed by logging out.
login admin
as admin; form /logout
expect_status 303 200
srv_stop

# (Every other row with its note in Serbian too: the entry carries it.)
printf 'indicator,period,value,source,note,note_sr\n' >obs.csv
for m in 01 02 03 04 05 06 07; do
  printf 'us-rs/ind/trade-total,1991-%s,%s.25,,note %s,%s\n' "$m" "$m" "$m" \
    "$([ $((${m#0} % 2)) = 1 ] && echo "napomena $m")" >>obs.csv
done
check "import" acc import observations obs.csv
check "report issue" acc report issue quarterly --quarter 2026-Q3
check "report issue --by sector" acc report issue quarterly --quarter 2026-Q3 \
  --by sector --format csv
check "risk rm" acc risk rm 2
printf 'pw-zed-0123456789\n' >pwz
check "user add" sh -c "\"$ACCORD\" --db \"$DB\" user add zed --name Zed \
  --role observer --password-stdin <pwz"
check "token add" acc token add zed --label tamper
# The last entries all change a table (the suite cuts the log's tail).
check "goal set" acc goal set 3 --note "edited through accord"
printf 'pw-zed-9876543210\n' >pwz2
check "user password" sh -c "\"$ACCORD\" --db \"$DB\" user password zed \
  --password-stdin <pwz2"
check "user set" acc user set zed --role wg_member
check "goal set 4" acc goal set 4 --title "Edited title"

# ---- no false alarm --------------------------------------------------------
run_v() { "$ACCORD" "$@" >v.out 2>v.err; echo $?; }
expect_same "$(run_v --db "$DB" verify)" 0 "verify after normal use: $(head -c 400 v.err)"
check "export evidence" acc export evidence -o ev.json
expect_same "$(run_v verify --evidence ev.json)" 0 "verify --evidence: $(head -c 400 v.err)"
expect_same "$(run_v --db "$DB" verify --against ev.json)" 0 \
  "verify --against its own evidence: $(head -c 400 v.err)"
# An evidence file with a table digest changed is refused.
sed 's/"digest": "\(.\)/"digest": "0\1/' ev.json >ev-bad.json
expect_same "$(run_v verify --evidence ev-bad.json)" 4 "a changed digest passed"
grep -q "is not what the file's log says" v.err && t_ok \
  || t_fail "verify --evidence: no finding for the digest: $(head -c 300 v.err)"

# --json: the findings as an array.
db_cp "$DB" j.db
sqlite3 j.db "UPDATE goal SET title='J' WHERE id=2"
expect_same "$(run_v --db j.db verify --json)" 4 "verify --json on a changed goal"
python3 -c 'import json,sys; d=json.load(open("v.out")); sys.exit(0 if not d["intact"] and any(f.startswith("goal 2: title is \"J\" in the table") for f in d["findings"]) else 1)' \
  && t_ok || t_fail "verify --json: $(head -c 300 v.out)"

# ---- the random changes ------------------------------------------------------
# tamper.py changes the SQLite file with Python's sqlite3 module, or on
# PostgreSQL the database through psycopg2 (tests/pg/pydb.py).
is_pg || sqlite3 "$DB" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
out=$(python3 "$TOP/tests/cli/tamper.py" "$ACCORD" "$DB" ev.json 2>&1)
printf '%s\n' "$out" | grep -v '^tamper: [0-9]* passed'
n_ok=$(printf '%s\n' "$out" | sed -n 's/^tamper: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
n_bad=$(printf '%s\n' "$out" | sed -n 's/^tamper: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
[ -n "$n_ok" ] || { n_ok=0; n_bad=1; }
T_PASS=$((T_PASS + n_ok)); T_FAIL=$((T_FAIL + n_bad))
SRV_PID=""
echo "cli/$T_NAME: $T_PASS passed, $T_FAIL failed"
[ "$T_FAIL" -eq 0 ]
