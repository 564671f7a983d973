#!/bin/sh
# t_migrate.sh: `accord migrate --to TARGET` copies the whole installation
# into a new (or empty) database: the copy verifies with the same audit
# chain head, serves the same status, `export all` and report bytes; a
# target that is not empty, a tampered source and bad arguments are
# refused with nothing changed.  (SQLite to PostgreSQL and back:
# tests/pg/t_migrate.sh.)
. "$TOP/tests/cli/lib.sh"

run --db d.db demo
expect_rc 0
# More than the demo has: an API token and a removed account.
run --db d.db token add observer --label script
expect_rc 0
printf 'pw-gone-0123456789\n' | "$ACCORD" --db d.db user add gone \
  --name Gone --role observer --password-stdin >/dev/null
run --db d.db user rm gone
expect_rc 0

# ---- the help and bad arguments ---------------------------------------------
run migrate --help
expect_rc 0
expect_out "usage: accord migrate --to TARGET"
run help migrate
expect_rc 0
expect_out "postgresql://"
run --db d.db migrate
expect_rc 1
expect_err "--to"
run --db d.db migrate --to d.db
expect_rc 1
expect_err "names the source database"
run --db d.db migrate --to c.db extra
expect_rc 1
run --db nothing.db migrate --to c.db
expect_rc 3
db_exists c.db && t_fail "a target made for a missing source" || t_ok

# ---- the copy ----------------------------------------------------------------
run --db d.db migrate --to c.db
expect_rc 0
expect_out "source d.db: audit log intact"
expect_out "account"
expect_out "audit_log"
expect_out "report_version"
expect_out "target c.db: audit log intact"
expect_out "audit chain heads equal: entry"
head=$(sqlite3 d.db "SELECT id FROM audit_log ORDER BY id DESC LIMIT 1")
expect_out "audit chain heads equal: entry $head,"
run --db c.db verify
expect_rc 0
run --db d.db export all -o d.json
run --db c.db export all -o c.json
expect_same "$(sha256sum <c.json | cut -c1-16)" "$(sha256sum <d.json | cut -c1-16)" "export all of the copy"
run --db d.db status --dialogue us-rs --at 2026-06-30 --json
a=$OUT
run --db c.db status --dialogue us-rs --at 2026-06-30 --json
expect_same "$OUT" "$a" "status --json of the copy"
run --db d.db report get 1 -o r1.html
run --db c.db report get 1 -o r2.html
expect_same "$(sha256sum <r2.html | cut -c1-16)" "$(sha256sum <r1.html | cut -c1-16)" "the issued report's bytes"
# The copy goes on after the copied chain.
run --db c.db risk add --dialogue_id us-rs --code r-after --description "After the move"
expect_rc 0
run --db c.db verify
expect_rc 0
# Into a database `accord init` made (empty): copied as well.
run --db e.db init
expect_rc 0
run --db d.db migrate --to e.db
expect_rc 0
expect_out "audit chain heads equal"

# ---- refused: nothing changes ------------------------------------------------
before=$(db_state c.db)
run --db d.db migrate --to c.db
expect_rc 4
expect_err "not empty"
expect_err "nothing was copied"
expect_same "$(db_state c.db)" "$before" "a non-empty target after the refusal"
# A tampered source (an audit entry changed behind Accord's back).
db_cp d.db t.db
sqlite3 t.db "$(sql_drop_trigger audit_no_update audit_log);
  UPDATE audit_log SET data=replace(data, 'Serbia', 'Serbja') WHERE id=3;"
run --db t.db migrate --to n.db
expect_rc 4
expect_err "audit log NOT intact"
expect_err "nothing was copied"
db_exists n.db && t_fail "a target made for a tampered source" || t_ok
done_testing
