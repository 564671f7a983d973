# tests/db.sh: a test's databases on either backend (sourced by
# tests/cli/lib.sh and tests/http/lib.sh).  On SQLite a database is a
# file; under ACCORD_PG_TEST (tests/pg/run) the path names a database of
# the throw-away PostgreSQL cluster instead (src/store/pg.c), so a test
# copies or removes one with these, never with cp or rm:
#
#   is_pg                 true on PostgreSQL
#   db_cp SRC DST         DST becomes a copy of database SRC (as `cp`; on
#                         PostgreSQL no program may be using SRC)
#   db_rm PATH...         the databases are gone (as `rm -f`)
#   db_exists PATH        true if there is a database (or a file) at PATH
# and writes what SQL of its own it must run (sqlite3 FILE SQL, which
# tests/pg/bin/sqlite3 sends to psql) in words both accept, or with these:
#
#   sql_drop_trigger NAME TABLE   DROP TRIGGER (PostgreSQL names the table)
#   sql_blob HEX          a blob (bytea) literal of the bytes HEX
#   sql_text_hex HEX      a text of the UTF-8 bytes HEX
#   sql_group_concat EXPR SEP ORDER   the values of EXPR joined by SEP
#                         (SQLite's group_concat(), in the rows' order;
#                         PostgreSQL's string_agg(), ORDER BY ORDER)
#   sql_has_column TABLE COLUMN   a query giving 1 if TABLE has COLUMN, else
#                         0 (pragma_table_info; information_schema)
#   sql_schema_version N  the statement that sets the database's schema
#                         version to N, as a database of an older accord
#                         has it (PRAGMA user_version; accord_schema)
#   sql_undo_columns_after N  the statements that drop the columns the
#                         migrations after N add (their "ALTER TABLE T ADD
#                         COLUMN C" lines), and first the triggers they make
#                         (a trigger that names a column keeps it from being
#                         dropped), so that a database set back to version N
#                         migrates again (before sql_schema_version)
#   pg_skip NAME WHY      on PostgreSQL: say why the test cannot run there,
#                         print "NAME: 0 passed, 0 failed" and exit 0
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
is_pg() { [ -n "${ACCORD_PG_TEST:-}" ]; }
db_cp() {
  if is_pg; then "$TOP/tests/pg/db" cp "$1" "$2"
  else rm -f "$2-wal" "$2-shm"; cp "$1" "$2"; fi
}
db_rm() {
  if is_pg; then "$TOP/tests/pg/db" rm "$@"
  else
    for _f in "$@"; do rm -f "$_f" "$_f-wal" "$_f-shm" "$_f-journal"; done
  fi
}
db_exists() {
  if is_pg; then "$TOP/tests/pg/db" exists "$1"; else [ -e "$1" ]; fi
}
sql_drop_trigger() {
  if is_pg; then echo "DROP TRIGGER $1 ON $2"; else echo "DROP TRIGGER $1"; fi
}
sql_blob() {
  if is_pg; then printf "'\\\\x%s'::bytea\\n" "$1"; else echo "x'$1'"; fi
}
sql_text_hex() {
  if is_pg; then printf "convert_from('\\\\x%s', 'UTF8')\\n" "$1"
  else echo "CAST(x'$1' AS TEXT)"; fi
}
sql_group_concat() {
  if is_pg; then echo "string_agg(($1)::text, '$2' ORDER BY $3)"
  else echo "group_concat($1, '$2')"; fi
}
sql_has_column() {
  if is_pg; then echo "SELECT count(*) FROM information_schema.columns
    WHERE table_schema=current_schema() AND table_name='$1'
    AND column_name='$2'"
  else echo "SELECT count(*) FROM pragma_table_info('$1') WHERE name='$2'"; fi
}
sql_schema_version() {
  if is_pg; then echo "UPDATE accord_schema SET version=$1"
  else echo "PRAGMA user_version=$1"; fi
}
sql_undo_columns_after() {
  if is_pg; then d=$TOP/schema/pg; else d=$TOP/schema/sqlite; fi
  for f in "$d"/[0-9][0-9][0-9]_*.sql; do
    n=$(basename "$f" | cut -c1-3)
    [ "$(expr "$n" + 0)" -gt "$1" ] || continue
    # Each statement up to its first ";": "CREATE TRIGGER name ... ON t".
    awk -v pg="$(is_pg && echo 1)" 'BEGIN { RS = ";" }
      match($0, /CREATE TRIGGER [a-z_.]+/) {
        zName = substr($0, RSTART + 15, RLENGTH - 15)
        zRest = substr($0, RSTART + RLENGTH)
        gsub(/\n/, " ", zRest)
        zOn = ""
        if( pg && match(zRest, / ON [a-z_]+/) ) zOn = substr(zRest, RSTART, RLENGTH)
        print "DROP TRIGGER IF EXISTS " zName zOn ";"
      }' "$f"
  done
  for f in "$d"/[0-9][0-9][0-9]_*.sql; do
    n=$(basename "$f" | cut -c1-3)
    [ "$(expr "$n" + 0)" -gt "$1" ] || continue
    sed -n 's/^ALTER TABLE \([a-z_]*\) ADD COLUMN \([a-z_]*\).*/ALTER TABLE \1 DROP COLUMN \2;/p' "$f"
  done
}
pg_skip() {
  is_pg || return 0
  echo "$1: skipped on PostgreSQL: $2"
  echo "$1: 0 passed, 0 failed"
  exit 0
}
