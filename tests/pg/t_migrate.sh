# t_migrate.sh (PostgreSQL, run by tests/pg/run): `accord migrate` copies
# a whole installation from a SQLite file to PostgreSQL and back, verified
# by the audit chain at both ends: the copy verifies, serves the same
# status, `export all` and report bytes, and a demo account logs in on it;
# back in a new SQLite file `export all` is the original's byte for byte.
# A tampered source, a non-empty target and a value PostgreSQL cannot
# keep are refused with nothing changed.  Also `accord init` and `accord
# demo [--force]` on a PostgreSQL database (src/store/pg.c).
#
# Here SQLite paths are files: ACCORD_PG_TEST is unset after its value is
# kept, and the PostgreSQL databases are named by keyword strings.
T_NAME=pg_migrate
. "$TOP/tests/http/lib.sh"
if [ -z "${ACCORD_PG_TEST:-}" ]; then
  echo "pg_migrate: skipped (needs ACCORD_PG_TEST: tests/pg/run)"
  echo "pg/$T_NAME: 0 passed, 0 failed"; exit 0
fi
PGC=$ACCORD_PG_TEST
unset ACCORD_PG_TEST
# The SQLite shell and the sqlite3 module are Python's here (tests/pg/bin
# puts psql behind `sqlite3`).
sq() { python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()' "$@"; }
# A new empty PostgreSQL database NAME; its keyword string is "$PGC dbname=NAME".
mkdb() {
  psql -X -q -d "$PGC dbname=postgres" -c "DROP DATABASE IF EXISTS $1" \
    -c "CREATE DATABASE $1" >/dev/null 2>&1
}
# The tables of a PostgreSQL database's schema, counted.
ntables() {
  psql -X -A -t -d "$PGC dbname=$1" -c "SELECT count(*) FROM pg_class c
    JOIN pg_namespace n ON n.oid=c.relnamespace
    WHERE n.nspname='public' AND c.relkind='r'"
}
run() {
  "$ACCORD" "$@" >"$DIR/.out" 2>"$DIR/.err"; RC=$?
  OUT=$(cat "$DIR/.out"); ERR=$(cat "$DIR/.err")
  LAST="accord $*"; ST="exit $RC"
}
expect_rc() { [ "$RC" -eq "$1" ] && t_ok || t_fail "expected exit $1; stderr: $ERR"; }
expect_out() { case "$OUT" in *"$1"*) t_ok ;; *) t_fail "stdout lacks: $1 ($OUT)" ;; esac; }
expect_err() { case "$ERR" in *"$1"*) t_ok ;; *) t_fail "stderr lacks: $1 ($ERR)" ;; esac; }
sha() { sha256sum <"$1" | cut -c1-16; }

# ---- the demo on SQLite, to PostgreSQL ----------------------------------
mkdir -p pw jar
"$ACCORD" --db s.db demo >demo.out 2>&1 || { echo "FATAL: demo"; exit 1; }
sed -n 's/^  \([a-z-]*\) \{1,\}\([a-z0-9]\{14\}\) .*/\1 \2/p' demo.out |
  while read -r _l _p; do printf '%s' "$_p" >"pw/$_l"; done
# Text with what COPY's text format escapes (tab, backslash, "\N", new
# line): the export of the copy must equal the source's byte for byte.
"$ACCORD" --db s.db risk add --dialogue_id us-rs --code r-esc --description \
  "$(printf 'tab\there, back\\slash \\N and \\\\x00, line\nnext')" >/dev/null ||
  t_fail "risk with escapes"
mkdb accord_mig_a
P="$PGC dbname=accord_mig_a"
run --db s.db migrate --to "$P"
expect_rc 0
expect_out "source s.db: audit log intact"
expect_out "audit_log"
expect_out "report_version"
expect_out "audit chain heads equal: entry"
run --db "$P" verify
expect_rc 0
expect_out "audit log intact"
for args in "status --dialogue us-rs --at 2026-06-30" \
            "status --dialogue us-rs --at 2026-06-30 --json"; do
  # shellcheck disable=SC2086
  a=$("$ACCORD" --db s.db $args 2>&1)
  # shellcheck disable=SC2086
  b=$("$ACCORD" --db "$P" $args 2>&1)
  expect_same "$b" "$a" "$args on the PostgreSQL copy"
done
"$ACCORD" --db s.db export all -o s.json
"$ACCORD" --db "$P" export all -o p.json
expect_same "$(sha p.json)" "$(sha s.json)" "export all of the PostgreSQL copy"
expect_same "$(psql -X -A -t -d "$P" -c "SELECT description FROM risk WHERE code='r-esc'")" \
  "$(printf 'tab\there, back\\slash \\N and \\\\x00, line\nnext')" "text COPY escapes, read back"
"$ACCORD" --db s.db report get 1 -o r1.html
"$ACCORD" --db "$P" report get 1 -o r2.html
expect_same "$(sha r2.html)" "$(sha r1.html)" "the issued report's bytes"
"$ACCORD" --db s.db report quarterly --quarter 2026-Q2 -o q1.html
"$ACCORD" --db "$P" report quarterly --quarter 2026-Q2 -o q2.html
expect_same "$(sha q2.html)" "$(sha q1.html)" "a report built from the copy"
# The search index, rebuilt by the triggers.
n1=$(python3 -c 'import sqlite3
c = sqlite3.connect("s.db")
print(c.execute("SELECT count(*) FROM search_fts").fetchone()[0],
      c.execute("SELECT count(*) FROM search_pub_fts").fetchone()[0])')
n2=$(psql -X -A -t -d "$P" -c "SELECT (SELECT count(*) FROM search_doc) || ' ' ||
  (SELECT count(*) FROM search_pub_doc)")
expect_same "$n2" "$n1" "the search index rows"
# The sequences go past the largest ids: a new item gets the next one.
run --db "$P" risk add --dialogue_id us-rs --code r-after --description "After the move"
expect_rc 0
got=$(psql -X -A -t -d "$P" -c "SELECT id FROM risk WHERE code='r-after'")
want=$(python3 -c 'import sqlite3
print(sqlite3.connect("s.db").execute("SELECT seq FROM sqlite_sequence WHERE name=\"risk\"").fetchone()[0] + 1)')
expect_same "$got" "$want" "the id of a new risk on the copy"

# ---- and back to a new SQLite file --------------------------------------
mkdb accord_mig_b
P2="$PGC dbname=accord_mig_b"
run --db s.db migrate --to "$P2"
expect_rc 0
run --db "$P2" migrate --to b.db
expect_rc 0
expect_out "audit chain heads equal"
"$ACCORD" --db b.db export all -o b.json
expect_same "$(sha b.json)" "$(sha s.json)" "export all after SQLite, PostgreSQL, SQLite"
run --db b.db verify
expect_rc 0

# ---- a demo account logs in on the PostgreSQL copy ----------------------
DB=$P2
srv_start
as us-cochair
check "us-cochair logged in on the copy" test -s "jar/us-cochair.csrf"
req GET /home
expect_status 200
expect_body "US co-chair"
srv_stop

# ---- refused: nothing changes -------------------------------------------
# A target that is not empty.
before=$(psql -X -A -t -d "$P" -c "SELECT count(*) || ' ' || max(hash) FROM audit_log")
run --db b.db migrate --to "$P"
expect_rc 4
expect_err "not empty"
expect_err "nothing was copied"
expect_same "$(psql -X -A -t -d "$P" -c "SELECT count(*) || ' ' || max(hash) FROM audit_log")" \
  "$before" "the non-empty target after the refusal"
run --db "$P" verify
expect_rc 0
# A tampered source: one audit entry's data changed in the SQLite file.
cp s.db t.db
sq t.db "DROP TRIGGER audit_no_update;
  UPDATE audit_log SET data=replace(data, 'Serbia', 'Serbja') WHERE id=3;"
mkdb accord_mig_c
run --db t.db migrate --to "$PGC dbname=accord_mig_c"
expect_rc 4
expect_err "audit log NOT intact"
expect_err "nothing was copied"
expect_same "$(ntables accord_mig_c)" "0" "tables made for a tampered source"
# A value PostgreSQL cannot keep (text that is not UTF-8, in a table the
# log does not speak for): the copy fails at that row, after the tables
# before it, and nothing stays, not even the schema this command made.
cp s.db u.db
sq u.db "INSERT INTO login_failure(id, login_key, ip, at)
  VALUES(9, CAST(x'ff41' AS TEXT), '127.0.0.1', 1);"
run --db u.db migrate --to "$PGC dbname=accord_mig_c"
expect_rc 2
expect_err "table login_failure, row 9, column login_key"
expect_same "$(ntables accord_mig_c)" "0" "tables left by a failed copy"

# ---- init and demo on PostgreSQL ----------------------------------------
mkdb accord_mig_d
D="$PGC dbname=accord_mig_d"
run --db "$D" init
expect_rc 0
run --db "$D" init
expect_rc 4
expect_err "already exists"
run --db "$D" demo --no-accounts
expect_rc 4
expect_err "use --force"
run --db "$D" demo --force --no-accounts
expect_rc 0
run --db "$D" verify
expect_rc 0
run --db "$D" demo --force
expect_rc 0
expect_out "Demo accounts"
run --db "$D" verify
expect_rc 0
n=$(ntables accord_mig_d)
# A table that is not Accord's: --force drops nothing.
psql -X -q -d "$D" -c "CREATE TABLE mine(x int)" >/dev/null
run --db "$D" demo --force --no-accounts
expect_rc 4
expect_err "\"mine\", which is not Accord's"
run --db "$D" verify
expect_rc 0
# Something outside the schema that depends on Accord's tables: the drop
# fails as a whole.
psql -X -q -d "$D" -c "DROP TABLE mine" -c "CREATE SCHEMA other" \
  -c "CREATE VIEW other.who AS SELECT login FROM public.account" >/dev/null
run --db "$D" demo --force --no-accounts
expect_rc 4
expect_err "nothing was removed"
expect_same "$(ntables accord_mig_d)" "$n" "tables after a refused --force"
run --db "$D" verify
expect_rc 0
# A database that holds tables of something else: init, demo and migrate
# refuse it.
mkdb accord_mig_e
psql -X -q -d "$PGC dbname=accord_mig_e" -c "CREATE TABLE mine(x int)" >/dev/null
run --db "$PGC dbname=accord_mig_e" init
expect_rc 4
expect_err "is not empty"
run --db "$PGC dbname=accord_mig_e" demo --no-accounts
expect_rc 4
expect_err "is not empty"
run --db s.db migrate --to "$PGC dbname=accord_mig_e"
expect_rc 4
expect_err "is not empty"
expect_same "$(ntables accord_mig_e)" "1" "tables of a database that is not Accord's"
done_testing
