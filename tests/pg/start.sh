#!/bin/sh
# tests/pg/start.sh DIR: start a throw-away PostgreSQL cluster in DIR (made
# if missing), listening on a Unix socket in DIR only, and print the libpq
# keyword string that reaches it ("host=DIR user=accord").  Run as root,
# the server runs as the unprivileged user postgres (Debian's package
# makes it) or else nobody.  Exit status 77 if the PostgreSQL binaries
# are absent (install Debian's postgresql: tools/install-deps).
# tests/pg/stop.sh DIR stops it and removes DIR.
set -eu
DIR=$1
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "tests/pg: no PostgreSQL server binaries (initdb, pg_ctl)" >&2
  exit 77
fi
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
as=""
if [ "$(id -u)" = 0 ]; then
  u=nobody
  id postgres >/dev/null 2>&1 && u=postgres
  chown "$u" "$DIR"
  as="runuser -u $u --"
fi
$as "$PGBIN/initdb" -D "$DIR/data" -U accord -A trust -E UTF8 \
  --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1 || {
  cat "$DIR/initdb.log" >&2; exit 1; }
# A test cluster: nothing needs to survive a crash.
$as "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -s \
  -o "-k $DIR -c listen_addresses= -c fsync=off -c synchronous_commit=off \
      -c full_page_writes=off -c max_connections=200" start >&2 || {
  cat "$DIR/server.log" >&2; exit 1; }
echo "host=$DIR user=accord"
