#!/bin/sh
# tests/pg/stop.sh DIR: stop the cluster tests/pg/start.sh started in DIR
# and remove DIR.
set -u
DIR=$1
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
as=""
if [ "$(id -u)" = 0 ] && [ -d "$DIR/data" ]; then
  as="runuser -u $(stat -c %U "$DIR/data") --"
fi
[ -d "$DIR/data" ] && $as "$PGBIN/pg_ctl" -D "$DIR/data" -w -s -m fast stop
rm -rf "$DIR"
