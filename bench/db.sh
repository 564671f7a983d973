# bench/db.sh: the database of bench/http and bench/report, on SQLite
# and on PostgreSQL (sourced by both).  bench/gen_db.c writes 60
# dialogues (900 goals) and 1,000,000 observations; each backend gets
# them as a user would (`accord init`, `load`, `import observations`),
# then everything published by SQL (db_publish).
#
# The sourcing script sets: here (bench/), root (the tree), out (its
# output directory), ACCORD, BACKENDS ("sqlite pg" or one of them) and
# PG_DB (empty, or an existing database: see bench/http), and defines
# now() (nanoseconds).  Functions: db_backends (drops pg when the
# server binaries are absent), db_gen, db_build BACKEND, db_of BACKEND
# (what --db names), sql BACKEND SQL, db_cleanup (removes the files and
# stops the cluster, unless KEEP=1).

sqlite_db=$out/bench.db
pgdir=
pg_conn=
counts=
db_die() { echo "$(basename "$0"): $*" >&2; exit 1; }

db_backends() {
  for b in $BACKENDS; do
    case $b in sqlite|pg) ;; *) db_die "BACKENDS: sqlite and/or pg, not $b" ;; esac
  done
  case " $BACKENDS " in
    *" pg "*)
      if [ -z "$PG_DB" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
      then
        echo "$(basename "$0"): note: no PostgreSQL server binaries" \
             "(apt-get install postgresql): SQLite only" >&2
        BACKENDS=$(echo "$BACKENDS" | sed 's/pg//')
      elif ! command -v psql >/dev/null; then
        db_die "no psql (apt-get install postgresql-client)"
      fi ;;
  esac
  [ -n "$(echo $BACKENDS)" ] || db_die "no backend to run"
}

# db_gen: the generator's fixture and CSV; $counts is "DIALOGUES GOALS
# OBSERVATIONS" as it wrote them.
db_gen() {
  cc -O2 -std=c11 -o "$out/gen_db" "$here/gen_db.c" -lm
  counts=$("$out/gen_db" "$out/fixture.json" "$out/obs.csv")
}
# db_of BACKEND: what --db names.
db_of() { if [ "$1" = pg ]; then echo "$pg_conn"; else echo "$sqlite_db"; fi; }
# sql BACKEND SQL: run SQL on the backend's database, rows as "a|b".
sql() {
  if [ "$1" = pg ]; then
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$pg_conn" -c "$2"
  else
    sqlite3 "$sqlite_db" "$2"
  fi
}
# publish BACKEND: what the co-chairs' approvals would publish.  One
# co-chair account per party (without password) and the approval of
# every goal by both parties, with the version store_approve() records
# (the goal's latest audit entry) but without its audit entries; then
# every row of every kind copied to its pub_ table (the columns of the
# pub_ table but pub_version, the latest audit entry, and pub_at), as
# publish.c copies an approved version -- observations included, as a
# data release of all of them would.
db_publish() {
  sql "$1" "
INSERT INTO account(login, name, role, party_id, created_at)
  SELECT 'bench-cochair-' || p.id, 'Co-chair of ' || p.name, 'cochair',
         p.id, '2026-01-01T00:00:00Z' FROM party p ORDER BY p.id;
INSERT INTO approval(entity, item_id, version, party_id, account_id, at)
  SELECT 'goal', g.id, (SELECT max(l.id) FROM audit_log l
                        WHERE l.entity='goal' AND l.item_id=g.id),
         p.id, a.id, '2026-01-01T00:00:00Z'
  FROM goal g JOIN party p ON p.dialogue_id=g.dialogue_id
  JOIN account a ON a.party_id=p.id AND a.role='cochair'
  ORDER BY g.id, p.id;" >/dev/null
  if [ "$1" = pg ]; then
    tabs=$(sql pg "SELECT table_name FROM information_schema.tables
      WHERE table_schema=current_schema() AND table_name LIKE 'pub\_%'
      ORDER BY 1")
  else
    tabs=$(sql sqlite "SELECT name FROM sqlite_master WHERE type='table'
      AND name LIKE 'pub\_%' ESCAPE '\' ORDER BY 1")
  fi
  [ -n "$tabs" ] || db_die "$1: no pub_ tables"
  for t in $tabs; do
    if [ "$1" = pg ]; then
      cols=$(sql pg "SELECT string_agg(column_name, ', '
        ORDER BY ordinal_position) FROM information_schema.columns
        WHERE table_schema=current_schema() AND table_name='$t'
        AND column_name NOT IN ('pub_version', 'pub_at')")
    else
      cols=$(sql sqlite "SELECT group_concat(name, ', ') FROM
        pragma_table_info('$t') WHERE name NOT IN ('pub_version', 'pub_at')")
    fi
    echo "INSERT INTO $t($cols, pub_version, pub_at) SELECT $cols,"
    echo "  (SELECT max(id) FROM audit_log), '2026-01-01T00:00:00Z'"
    echo "  FROM ${t#pub_};"
  done >"$out/publish-$1.sql"
  if [ "$1" = pg ]; then
    psql -X -q -v ON_ERROR_STOP=1 -d "$pg_conn" -1 -f "$out/publish-$1.sql" \
      >/dev/null || db_die "pg: publication failed"
    sql pg "ANALYZE" >/dev/null
  else
    { echo "BEGIN;"; cat "$out/publish-$1.sql"; echo "COMMIT;"; } \
      | sqlite3 -bail "$sqlite_db" || db_die "sqlite: publication failed"
  fi
}
# db_build BACKEND: the database, as a user would make it, then published.
db_build() {
  b=$1
  t0=$(now)
  if [ "$b" = pg ]; then
    if [ -n "$PG_DB" ]; then
      # Loaded and imported before (published too, or published now).
      pg_conn=$PG_DB
      got=$(sql pg "SELECT (SELECT count(*) FROM dialogue) || ' ' ||
        (SELECT count(*) FROM goal) || ' ' || (SELECT count(*) FROM
        observation)") || db_die "PG_DB: cannot read $PG_DB"
      [ "$got" = "$counts" ] || db_die "PG_DB has $got, generator wrote $counts"
      [ "$(sql pg "SELECT count(*) FROM pub_observation")" = 0 ] && db_publish pg
      echo "  database pg: $PG_DB (PG_DB), loaded before"
      return 0
    fi
    pgdir=$(mktemp -d "${TMPDIR:-/tmp}/accord-bench-pg.XXXXXX")
    chmod 755 "$pgdir"
    pgdir=$pgdir/cluster
    base=$(sh "$root/tests/pg/start.sh" "$pgdir") \
      || db_die "cannot start a PostgreSQL cluster"
    psql -X -q -d "$base dbname=postgres" -c "CREATE DATABASE accord_bench" \
      || db_die "cannot create the PostgreSQL database"
    pg_conn="$base dbname=accord_bench"
  else
    rm -f "$sqlite_db" "$sqlite_db-wal" "$sqlite_db-shm"
  fi
  "$ACCORD" --db "$(db_of $b)" init >/dev/null
  "$ACCORD" --db "$(db_of $b)" load "$out/fixture.json" >/dev/null
  t1=$(now)
  "$ACCORD" --db "$(db_of $b)" import observations "$out/obs.csv" >/dev/null
  t2=$(now)
  db_publish $b
  got=$(sql $b "SELECT (SELECT count(*) FROM dialogue) || ' ' ||
    (SELECT count(*) FROM goal) || ' ' || (SELECT count(*) FROM
    pub_observation)")
  [ "$got" = "$counts" ] || db_die "$b: database has $got, generator wrote $counts"
  t3=$(now)
  echo "  database $b: $counts (dialogues goals observations) in" \
       "$(( (t3-t0)/1000000 )) ms (load $(( (t1-t0)/1000000 )) ms, import" \
       "$(( (t2-t1)/1000000 )) ms, publication $(( (t3-t2)/1000000 )) ms)"
}

db_cleanup() {
  if [ "${KEEP:-0}" != 1 ]; then
    rm -rf "$sqlite_db" "$sqlite_db-wal" "$sqlite_db-shm" "$out/obs.csv" \
           "$out/fixture.json" "$out"/publish-*.sql
    if [ -n "$pgdir" ]; then
      sh "$root/tests/pg/stop.sh" "$pgdir" >/dev/null 2>&1 || true
      rmdir "$(dirname "$pgdir")" 2>/dev/null || true
    fi
  elif [ -n "$pgdir" ]; then
    echo "  kept the PostgreSQL cluster: PG_DB=\"$pg_conn\";" \
         "sh tests/pg/stop.sh $pgdir stops it"
  fi
  pgdir=
}
