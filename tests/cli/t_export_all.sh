#!/bin/sh
# t_export_all.sh: `accord export all` carries the whole installation and
# `accord load` restores it into an empty database: accounts with their
# password hashes, tokens, approvals with their signatures, signing keys,
# checkpoints, issued reports and the audit log, with their ids, so that
# `accord verify` passes on the copy and every table is what it was.
# Bad files and non-empty databases are refused, loading nothing.
# (The same pages served from the copy: tests/http/t_restore.sh.)
. "$TOP/tests/cli/lib.sh"

# The tables a restore must give back as they were (all but the
# full-text indexes, which triggers rebuild).
tables() {
  if is_pg; then
    sqlite3 "$1" "SELECT table_name FROM information_schema.tables
      WHERE table_schema=current_schema() AND table_type='BASE TABLE'
      AND table_name NOT LIKE 'search\_%' ORDER BY table_name"
    return
  fi
  sqlite3 "$1" "SELECT name FROM sqlite_master AS t WHERE type='table'
    AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'search\_%' ESCAPE '\'
    ORDER BY name"
}
# A digest of every row of those tables, by key (the rowids of the
# published copies are not theirs: a restore inserts them by id).
# (On PostgreSQL one script for all the tables: a psql a table took
# minutes.)
rows_digest() {
  if is_pg; then
    for t in $(tables "$1"); do
      echo "SELECT '== $t'; SELECT * FROM \"$t\" AS x ORDER BY 1;"
    done | sqlite3 "$1" | sha256sum | cut -c1-16
    return
  fi
  for t in $(tables "$1"); do
    echo "== $t"
    sqlite3 "$1" "SELECT * FROM \"$t\" AS x ORDER BY 1"
  done | sha256sum | cut -c1-16
}
# The schema version, the AUTOINCREMENT counters (PostgreSQL: the
# sequences of the id columns, but the audit log's, which the store does
# not use: it numbers the entries itself) and the rows of the full-text
# index.
schema_version() {
  if is_pg; then sqlite3 "$1" "SELECT version FROM accord_schema"
  else sqlite3 "$1" 'PRAGMA user_version'; fi
}
sequences() {
  if is_pg; then
    sqlite3 "$1" "SELECT sequencename, last_value FROM pg_sequences
      WHERE schemaname=current_schema() AND sequencename<>'audit_log_id_seq'
      ORDER BY sequencename"
  else sqlite3 "$1" "SELECT * FROM sqlite_sequence ORDER BY name"; fi
}
seq_of() {
  if is_pg; then sqlite3 "$1" "SELECT last_value FROM pg_sequences
      WHERE schemaname=current_schema() AND sequencename='$2_id_seq'"
  else sqlite3 "$1" "SELECT seq FROM sqlite_sequence WHERE name='$2'"; fi
}
search_rows() {
  if is_pg; then sqlite3 "$1" "SELECT count(*) FROM search_doc"
  else sqlite3 "$1" "SELECT count(*) FROM search_fts"; fi
}

run --db d.db demo
expect_rc 0
# More of an installation than the demo has: an API token, a disabled
# account, a removed one (its id is not reused), a signing key's rotation.
run --db d.db token add observer --label script
expect_rc 0
printf 'pw-extra-0123456789\n' | "$ACCORD" --db d.db user add extra \
  --name Extra --role observer --password-stdin >/dev/null
printf 'pw-gone-0123456789\n' | "$ACCORD" --db d.db user add gone \
  --name Gone --role observer --password-stdin >/dev/null
run --db d.db user rm gone
expect_rc 0
run --db d.db user disable extra
expect_rc 0
# A report issued cut by the agreement's sectors (report_issue.cut).
run --db d.db report issue quarterly --quarter 2026-Q2 --by sector --format csv
expect_rc 0
CUT_ID=$(sqlite3 d.db "SELECT max(id) FROM report_issue")

run --db d.db export all -o all.json
expect_rc 0
mode=$(stat -c %a all.json)
expect_same "$mode" "600" "export all -o: the file's mode"
# What the file holds, table by table.
count() { sqlite3 d.db "SELECT count(*) FROM $1"; }
got=$(python3 -c 'import json
d = json.load(open("all.json"))["installation"]
t = dict((x["name"], x) for x in d["tables"])
def n(k): return len(t[k]["rows"])
a = t["account"]; ph = a["columns"].index("password_hash")
ap = t["approval"]; sg = ap["columns"].index("signature")
print(d["schema_version"], n("account"), n("api_token"), n("approval"),
  n("signing_key"), n("checkpoint"), n("report_version"), n("audit_log"),
  all(r[ph] for r in a["rows"] if r[a["columns"].index("login")] != "public"),
  all(len(r[sg] or "") == 128 for r in ap["rows"]),
  "search_fts" in t, "search_fts_data" in t, d["sequences"]["account"],
  n("account_grant"))')
want="$(schema_version d.db) $(count account) $(count api_token) $(count approval) $(count signing_key) $(count checkpoint) $(count report_version) $(count audit_log) True True False False $(seq_of d.db account) $(count account_grant)"
expect_same "$got" "$want" "the installation's tables in all.json"
got=$(python3 -c 'import json, sys
t = dict((x["name"], x) for x in json.load(open("all.json"))["installation"]["tables"])
r = t["report_issue"]; c = r["columns"].index("cut")
print(" ".join(x[c] for x in r["rows"] if x[r["columns"].index("id")] == int(sys.argv[1])))' "$CUT_ID")
expect_same "$got" "sector" "all.json carries the report's cut"

# --- restore into a fresh database -------------------------------------------
run --db n.db init
expect_rc 0
run --db n.db load all.json
expect_rc 0
expect_out "restored the installation of all.json"
run --db n.db verify
expect_rc 0
expect_out "audit log intact"
expect_same "$(rows_digest n.db)" "$(rows_digest d.db)" "every table after the restore"
expect_same "$(search_rows n.db)" "$(search_rows d.db)" "the search index rebuilt"
expect_same "$(sequences n.db)" "$(sequences d.db)" "AUTOINCREMENT counters"
run --db d.db status --at 2026-06-30
a=$OUT
run --db n.db status --at 2026-06-30
expect_same "$OUT" "$a" "status after the restore"
run --db d.db report quarterly --quarter 2026-Q2 -o q1.html
run --db n.db report quarterly --quarter 2026-Q2 -o q2.html
expect_same "$(sha256sum <q2.html | cut -c1-16)" "$(sha256sum <q1.html | cut -c1-16)" "a report built from the copy"
run --db n.db report get 1 -o r2.html
expect_rc 0
run --db d.db report get 1 -o r1.html
expect_same "$(sha256sum <r2.html | cut -c1-16)" "$(sha256sum <r1.html | cut -c1-16)" "the issued report's bytes"
expect_same "$(sqlite3 n.db "SELECT cut FROM report_issue WHERE id=$CUT_ID")" "sector" "the report's cut after the restore"
run --db n.db report list
expect_out "report $CUT_ID version 1: quarterly dialogue 1 2026-04-01..2026-06-30 en csv by sector, issued"
run --db n.db key list --json
a=$OUT
run --db d.db key list --json
expect_same "$a" "$OUT" "signing keys"
# The copy's export is the original's, byte for byte.
run --db n.db export all -o again.json
expect_same "$(sha256sum <again.json | cut -c1-16)" "$(sha256sum <all.json | cut -c1-16)" "export all of the copy"
# The copy goes on: a change is logged after the restored chain.
run --db n.db risk add --dialogue_id us-rs --code r-new --description "After the restore"
expect_rc 0
run --db n.db verify
expect_rc 0
# The accounts are there to change (logins with the carried passwords:
# tests/http/t_restore.sh).
run --db n.db user enable extra
expect_rc 0

# A database where nothing was ever done (its audit log is empty) is
# empty even with rows no one is accountable for (a failed login, or a
# row a migration wrote): the restore replaces them.
run --db s.db init
sqlite3 s.db "INSERT INTO login_failure(id, login_key, ip, at) VALUES(777, 'x', '127.0.0.1', 1)"
run --db s.db load all.json
expect_rc 0
expect_out "restored the installation"
expect_same "$(rows_digest s.db)" "$(rows_digest d.db)" "a restore over a stray row"

# --- refused: nothing changes ----------------------------------------------------
before=$(db_state n.db)
run --db n.db load all.json
expect_rc 4
expect_err "loads only into an empty database"
expect_err "nothing was loaded"
expect_same "$(db_state n.db)" "$before" "a restore over data changed it"
# --items-only reads just the items (as new ones): here their codes exist.
run --db n.db load --items-only all.json
expect_rc 4
expect_err "already exists"
expect_same "$(db_state n.db)" "$before" "--items-only over the same items changed the db"
run --db i.db init
run --db i.db load --items-only all.json
expect_rc 0
expect_out "loaded"
expect_same "$(sqlite3 i.db 'SELECT count(*) FROM account')" "0" "--items-only loads no account"
run --db n.db load all.json extra.json
expect_rc 1
run --db n.db load --all all.json
expect_rc 1

# A file that does not fit this schema: each error names what is wrong.
bad() {   # bad NAME PYTHON-EDIT TEXT
  python3 -c "import json
d = json.load(open('all.json'))
i = d['installation']
t = dict((x['name'], x) for x in i['tables'])
$2
json.dump(d, open('$1.json', 'w'))"
  db_rm "$1.db"
  "$ACCORD" --db "$1.db" init >/dev/null
  before=$(db_state "$1.db")
  run --db "$1.db" load "$1.json"
  expect_rc 2
  expect_err "$3"
  expect_err "nothing was loaded"
  expect_same "$(db_state "$1.db")" "$before" "$1: a bad file changed the db"
}
bad version "i['schema_version'] = 999" "written at schema version 999, this database has"
bad table "i['tables'].append({'name': 'evil', 'columns': ['x'], 'rows': [[1]]})" \
  'table "evil" is not in this database'
bad column "t['account']['columns'][2] = 'nom'" \
  'table account: column 3 is "nom", the schema'"'"'s is "name"'
bad ncol "t['risk']['columns'].append('extra')" "table risk: "
bad value "t['account']['rows'][0][1] = [1, 2]" "table account, row 1, column login: expected null"
bad short "t['party']['rows'][0].pop()" "table party, row 1: expected an array of"
bad hex "t['report_version']['rows'][0][4] = {'hex': 'zz'}" "table report_version, row 1, column body"
bad seq "i['sequences']['nope'] = 3" 'sequences: "nope" is not a table'
bad shape "d['installation'] = [1]" "installation: expected schema_version"
# A constraint of the schema still holds (a duplicate login).
python3 -c "import json
d = json.load(open('all.json'))
t = dict((x['name'], x) for x in d['installation']['tables'])
a = t['account']; r = list(a['rows'][1]); r[0] = 999; a['rows'].append(r)
json.dump(d, open('dup.json', 'w'))"
"$ACCORD" --db dup.db init >/dev/null
run --db dup.db load dup.json
expect_rc 4
expect_err "table account, row"
expect_same "$(sqlite3 dup.db 'SELECT count(*) FROM audit_log')" "0" "a refused restore left rows"
done_testing
