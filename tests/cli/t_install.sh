#!/bin/sh
# t_install.sh: `make install` into a throw-away root (DESTDIR) puts the
# binary, accord(1), the systemd unit and the docs where PREFIX says;
# the installed binary runs; the unit names the installed binary and is
# hardened, and `systemd-analyze verify` (where it exists) finds nothing
# wrong with it.  `make uninstall` takes it all away again.
. "$TOP/tests/cli/lib.sh"
BUILD=${BUILD:-build}
ROOT=$(pwd)/root

minstall() {   # minstall TARGET PREFIX: make TARGET into $ROOT
  LAST="make $1 DESTDIR=$ROOT PREFIX=$2"
  make -s -C "$TOP" BUILD="$BUILD" DESTDIR="$ROOT" PREFIX="$2" "$1" \
    >make.out 2>&1; RC=$?
  OUT=$(cat make.out); ERR=""
}

minstall install /usr/local
expect_rc 0
for f in usr/local/bin/accord usr/local/share/man/man1/accord.1 \
         usr/local/lib/systemd/system/accord.service \
         usr/local/share/doc/accord/install.md usr/local/share/doc/accord/cli.md \
         usr/local/share/doc/accord/examples/nginx-accord.conf \
         usr/local/share/doc/accord/examples/behind-nginx.conf; do
  [ -f "$ROOT/$f" ] && t_ok || t_fail "make install did not write /$f"
done
[ -x "$ROOT/usr/local/bin/accord" ] && t_ok || t_fail "the binary is not executable"
expect_same "$(stat -c %a "$ROOT/usr/local/lib/systemd/system/accord.service")" "644" "the unit's mode"
run --version
v=$OUT
OUT=$("$ROOT/usr/local/bin/accord" --version); RC=$?
expect_same "$OUT" "$v" "the installed binary's version"
OUT=$("$ROOT/usr/local/bin/accord" --db "$(pwd)/i.db" init 2>&1); RC=$?
expect_rc 0
# The manual page reads as one.
if command -v man >/dev/null 2>&1; then
  OUT=$(MANWIDTH=80 man -l "$ROOT/usr/local/share/man/man1/accord.1" 2>&1)
  expect_out "ACCORD(1)"
  expect_out "accord token add LOGIN"
  expect_out "ENVIRONMENT"
fi

# ---- the unit ------------------------------------------------------------------
UNIT="$ROOT/usr/local/lib/systemd/system/accord.service"
OUT=$(cat "$UNIT")
expect_out "ExecStart=/usr/local/bin/accord --db %S/accord/accord.db serve"
expect_out "--tls-cert %d/tls.crt --tls-key %d/tls.key"
expect_no_out "@BINDIR@"
expect_no_out "@DOCDIR@"
for k in DynamicUser=yes StateDirectory=accord ProtectSystem=strict \
         NoNewPrivileges=yes PrivateTmp=yes ProtectHome=yes PrivateDevices=yes \
         CapabilityBoundingSet=CAP_NET_BIND_SERVICE SystemCallFilter=@system-service \
         RestrictAddressFamilies= MemoryDenyWriteExecute=yes UMask=0077 \
         LoadCredential=tls.crt:/etc/accord/tls.crt; do
  case "$OUT" in *"
$k"*) t_ok ;; *) t_fail "the unit lacks $k" ;; esac
done
if command -v systemd-analyze >/dev/null 2>&1; then
  # Offline: against the throw-away root (the binary the unit names is
  # looked up there), without the dependencies a container lacks.
  LAST="systemd-analyze verify"
  OUT=$(systemd-analyze verify --root="$ROOT" --man=no \
    --recursive-errors=no "$UNIT" 2>&1); RC=$?
  expect_rc 0
  [ -z "$OUT" ] && t_ok || t_fail "systemd-analyze verify: $OUT"
  # With the drop-in for running behind nginx.
  DROP="$ROOT/usr/local/share/doc/accord/examples/behind-nginx.conf"
  OUT=$(cat "$DROP")
  expect_out "ExecStart=/usr/local/bin/accord --db %S/accord/accord.db serve --quiet --listen 127.0.0.1:8080"
  expect_out "Environment=ACCORD_TLS=1"
  mkdir -p "$ROOT/etc/systemd/system/accord.service.d"
  cp "$DROP" "$ROOT/etc/systemd/system/accord.service.d/"
  OUT=$(systemd-analyze verify --root="$ROOT" --man=no \
    --recursive-errors=no "$UNIT" 2>&1); RC=$?
  expect_rc 0
  [ -z "$OUT" ] && t_ok || t_fail "systemd-analyze verify with the drop-in: $OUT"
  rm -rf "$ROOT/etc"
  # A unit it would complain about is caught (the check checks).
  sed 's/^NoNewPrivileges=yes/NoNewPrivilege=yes/' "$UNIT" >"$UNIT.bad"
  mv "$UNIT.bad" "$ROOT/usr/local/lib/systemd/system/accord-bad.service"
  OUT=$(systemd-analyze verify --root="$ROOT" --man=no --recursive-errors=no \
    "$ROOT/usr/local/lib/systemd/system/accord-bad.service" 2>&1); RC=$?
  expect_out "Unknown key 'NoNewPrivilege'"
  rm -f "$ROOT/usr/local/lib/systemd/system/accord-bad.service"
  # The exposure systemd's own audit gives the unit (0 best, 10 worst;
  # --threshold counts tenths): at most 3.
  if systemd-analyze security --help 2>&1 | grep -q -- --offline; then
    OUT=$(systemd-analyze security --offline=true --root="$ROOT" \
      --threshold=30 "$UNIT" 2>&1); RC=$?
    expect_rc 0
    expect_out "Overall exposure level for accord.service"
  fi
else
  echo "SKIP: no systemd-analyze here: the unit is not verified"
fi
echo "note: systemctl start is not tried here (no systemd as PID 1)"

# ---- another PREFIX, then uninstall ---------------------------------------------
minstall install /opt/accord
expect_rc 0
OUT=$(cat "$ROOT/opt/accord/lib/systemd/system/accord.service")
expect_out "ExecStart=/opt/accord/bin/accord "
minstall uninstall /opt/accord
expect_rc 0
[ ! -e "$ROOT/opt/accord/bin/accord" ] && [ ! -e "$ROOT/opt/accord/share/doc/accord" ] \
  && t_ok || t_fail "make uninstall left files"
minstall uninstall /usr/local
left=$(find "$ROOT" -type f | wc -l)
expect_same "$left" "0" "files left after make uninstall"
done_testing
