#!/bin/sh
# systemd.sh: docs/install.md, followed on a fresh Debian 12 machine with
# systemd as its PID 1 (`make test-systemd`; not part of `make test`).
#
# The machine: a Debian 12 root made by debootstrap (with sudo, dbus and
# systemd-sysv) and booted with `systemd-nspawn -b`, its own systemd as
# PID 1.  In it an operator `op` (sudo) runs the code blocks of sections
# 1 to 5 of docs/install.md as they are written, read from the file: a
# change of the documented commands is what gets tried.  Only these are
# rewritten, each one exactly, and the run stops if one is not found:
# `git clone …` clones this tree's HEAD (a bundle), `journalctl -f`
# does not follow, and section 5's "set server_name and ..." is done
# with sed (the self-signed certificate of section 2).  Then it checks
# what the docs promise: the service active as its dynamic user, the
# demo over TLS with curl --cacert (a demo account logs in; the cookies
# are Secure), `systemd-analyze security`, an online backup while it
# runs, nginx in front (HTTP/2, Secure cookies), and `systemctl stop`
# ending with status 0.
#
# Needs: root, network (Debian's mirror), debootstrap and systemd-nspawn
# (`apt-get install debootstrap systemd-container`), and the ports 80,
# 443 and 8080 free: the machine shares the host's network (for apt).
# About 30 minutes, most of it tools/install-deps.  SYSD_DIR (default
# /var/tmp/accord-systemd) keeps the debootstrapped base as a tarball
# for the next run, and the .deb files apt downloads (bound to the
# machine's /var/cache/apt/archives); each run starts from a fresh copy
# of the base.
# SYSD_KEEP=1 leaves the machine running at the end (its PID 1 is
# printed; `nsenter -t PID -a su - op` enters it).
set -u
TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
DIR=${SYSD_DIR:-/var/tmp/accord-systemd}
HOST=accordtest
FQDN=accordtest.example.org

die() { echo "systemd.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, systemd-nspawn)"
for c in debootstrap systemd-nspawn nsenter git ss; do
  command -v $c >/dev/null 2>&1 \
    || die "needs $c (apt-get install debootstrap systemd-container)"
done
busy=$(ss -Hltn '( sport = :80 or sport = :443 or sport = :8080 )')
[ -z "$busy" ] || die "ports 80, 443 or 8080 are taken here: $busy"

NFAIL=0; NOK=0
ok()   { NOK=$((NOK + 1)); echo "ok: $*"; }
fail() { NFAIL=$((NFAIL + 1)); echo "FAIL: $*"; }

# ---- the machine -----------------------------------------------------------
mkdir -p "$DIR"
ROOT="$DIR/root"
if [ -d "$ROOT" ]; then
  [ ! -f "$DIR/pid1" ] || ! kill -0 "$(cat "$DIR/pid1")" 2>/dev/null \
    || die "a machine from an earlier run is still running (PID 1 $(cat "$DIR/pid1"))"
  rm -rf "$ROOT"
fi
if [ ! -f "$DIR/bookworm.tar" ]; then
  echo "debootstrap bookworm (log: $DIR/debootstrap.log)"
  rm -rf "$DIR/base"
  debootstrap --include=sudo,dbus,systemd-sysv bookworm "$DIR/base" \
    http://deb.debian.org/debian >"$DIR/debootstrap.log" 2>&1 \
    || die "debootstrap failed: $(tail -n 3 "$DIR/debootstrap.log")"
  tar -C "$DIR/base" -cf "$DIR/bookworm.tar.tmp" . \
    && mv "$DIR/bookworm.tar.tmp" "$DIR/bookworm.tar" && rm -rf "$DIR/base"
fi
mkdir "$ROOT" && tar -C "$ROOT" -xf "$DIR/bookworm.tar" || die "cannot unpack the base"

# What the Debian installer would have set: the name, /etc/hosts, apt's
# sources with security updates; and an operator with sudo.
echo "$HOST" >"$ROOT/etc/hostname"
printf '127.0.0.1\tlocalhost\n127.0.1.1\t%s %s\n::1\tlocalhost ip6-localhost ip6-loopback\n' \
  "$FQDN" "$HOST" >"$ROOT/etc/hosts"
cat >"$ROOT/etc/apt/sources.list" <<EOF
deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
chroot "$ROOT" useradd -m -s /bin/bash op || die "useradd op"
echo "op ALL=(ALL) NOPASSWD:ALL" >"$ROOT/etc/sudoers.d/op"
chmod 0440 "$ROOT/etc/sudoers.d/op"

# The source: this tree's HEAD (what is committed).
git -C "$TOP" bundle create "$ROOT/home/op/accord.bundle" HEAD >/dev/null 2>&1 \
  || die "git bundle of $TOP failed"
chown 1000:1000 "$ROOT/home/op/accord.bundle"
echo "source: $(git -C "$TOP" log --oneline -1 HEAD | cut -c1-72)"
[ -z "$(git -C "$TOP" status --porcelain --untracked-files=no)" ] \
  || echo "note: $TOP has uncommitted changes; they are not in the machine"

stop_machine() {
  [ -n "$PID1" ] || { kill $NSPID 2>/dev/null; return; }
  if [ "${SYSD_KEEP:-0}" = 1 ]; then
    echo "the machine is left running: PID 1 is $PID1 (nsenter -t $PID1 -a su - op);"
    echo "  stop it with: nsenter -t $PID1 -a systemctl poweroff"
    return
  fi
  machine systemctl poweroff >/dev/null 2>&1
  i=0
  while kill -0 $NSPID 2>/dev/null && [ $i -lt 60 ]; do sleep 1; i=$((i + 1)); done
  kill $NSPID 2>/dev/null
  rm -f "$DIR/pid1"
}
echo "booting (console: $DIR/boot.log)"
mkdir -p "$DIR/apt-archives"
systemd-nspawn --quiet --register=no --keep-unit -b -D "$ROOT" \
  --bind="$DIR/apt-archives:/var/cache/apt/archives" --console=read-only >"$DIR/boot.log" 2>&1 &
NSPID=$!
PID1=""
trap stop_machine EXIT
trap 'exit 1' INT TERM
i=0
while [ $i -lt 60 ] && [ -z "$PID1" ]; do
  sleep 1; i=$((i + 1))
  kill -0 $NSPID 2>/dev/null || die "systemd-nspawn ended: $(tail -n 5 "$DIR/boot.log")"
  for c in $(pgrep -P $NSPID); do
    [ "$(cat /proc/$c/comm 2>/dev/null)" = systemd ] && PID1=$c
  done
done
[ -n "$PID1" ] || die "no systemd in the machine after 60 s"
echo "$PID1" >"$DIR/pid1"
machine() { nsenter -t "$PID1" -a -- "$@"; }
as_op() { nsenter -t "$PID1" -a -- su - op -c "$*"; }

# (systemctl answers nothing until the machine's systemd listens.)
i=0; state=""
while [ $i -lt 120 ]; do
  state=$(machine systemctl is-system-running 2>/dev/null)
  case "$state" in running|degraded|maintenance|stopping) break ;; esac
  sleep 1; i=$((i + 1))
done
case "$state" in
  running) ok "systemd $(machine systemctl --version | head -n 1 | cut -d' ' -f2) is PID 1 of the machine, state running" ;;
  *) fail "the machine's state is '$state'"
     machine systemctl --failed --no-pager ;;
esac

# ---- the docs' commands ----------------------------------------------------
# section N: the indented lines of section "## N." of docs/install.md.
section() {
  awk -v n="$1" '/^## / { on = index($0, "## " n ".") == 1; next }
    on && /^    / { print substr($0, 5) }' "$TOP/docs/install.md"
}
# swap FILE OLD NEW: replace the line OLD (exactly) by NEW, or stop.
swap() {
  grep -qxF -- "$2" "$1" || die "docs/install.md no longer has the line: $2"
  awk -v old="$2" -v new="$3" '$0 == old { print new; next } { print }' \
    "$1" >"$1.tmp" && mv "$1.tmp" "$1"
}
# docs_run NAME WHAT: run ~op/NAME.sh (written from the docs) as op, log
# in $DIR/NAME.log.
docs_run() {
  chown 1000:1000 "$ROOT/home/op/$1.sh"
  echo "---- docs/install.md $2, as op (log: $DIR/$1.log)"
  as_op "bash $1.sh" >"$DIR/$1.log" 2>&1
  rc=$?
  [ $rc = 0 ] && ok "$2 of docs/install.md ran (exit 0)" \
    || { fail "$2 of docs/install.md: exit $rc"; tail -n 30 "$DIR/$1.log"; }
}
S="$ROOT/home/op/install.sh"
{ echo "set -ex"; section 1; section 2; section 3; section 4; } >"$S"
swap "$S" 'git clone … accord && cd accord' \
  'git clone -q ~/accord.bundle accord && cd accord'
swap "$S" 'sudo journalctl -u accord -f   # one JSON line per request' \
  'sudo journalctl -u accord --no-pager -n 3'
cat "$S"
docs_run install "sections 1-4"
grep -v '^+' "$DIR/install.log" | sed -n '/systemctl status/,$p' | head -n 40

# ---- what the docs promise -------------------------------------------------
st=$(machine systemctl is-active accord)
[ "$st" = active ] && ok "accord.service is active" || fail "accord.service is $st"
enabled=$(machine systemctl is-enabled accord)
[ "$enabled" = enabled ] && ok "accord.service is enabled" || fail "accord.service is $enabled"
main=$(machine systemctl show -P MainPID accord)
# (By number: Debian's nsswitch.conf, without libnss-systemd, does not
# name dynamic users.)
uid=$(machine ps -o uid= -p "$main" | tr -d ' ')
if [ -n "$uid" ] && [ "$uid" -ge 61184 ] && [ "$uid" -le 65519 ]; then
  ok "it runs as a dynamic user (pid $main, uid $uid)"
else
  fail "it runs as uid '$uid', not a dynamic user's (61184-65519)"
fi
owner=$(machine stat -c '%u %a' /var/lib/private/accord/accord.db)
[ "$owner" = "$uid 600" ] && ok "the database is that user's, mode 600" \
  || fail "the database: uid and mode '$owner' (want $uid 600)"
machine journalctl -u accord --no-pager -o cat \
  | grep -qxF "accord: serving /var/lib/accord/accord.db on https://0.0.0.0:443/" \
  && ok "the journal: serving /var/lib/accord/accord.db on https://0.0.0.0:443/" \
  || fail "the journal lacks the serving line"

# Over TLS, verified against the certificate the docs made, as op.
B="https://$FQDN"
O=/home/op/out    # curl's files, seen from here as $ROOT$O
as_op "mkdir -p $O"
CA="--cacert /etc/accord/tls.crt"
code=$(as_op "curl -sS $CA -o $O/root.html -w '%{http_code} %{ssl_verify_result} %{http_version}' $B/")
[ "$code" = "200 0 1.1" ] && ok "GET $B/ with curl --cacert: 200, certificate verified" \
  || fail "GET $B/: '$code'"
grep -q '<title>Dialogues · Accord</title>' "$ROOT$O/root.html" \
  && ok "the page is Accord's list of dialogues" || fail "GET / is not the dialogues page"
pw=$(awk '$1 == "admin" && NF >= 3 { print $2; exit }' "$DIR/install.log")
[ -n "$pw" ] && ok "accord_svc demo printed the admin's password" \
  || fail "no admin password in the output of accord_svc demo"
J=$O/jar
as_op "rm -f $J; curl -sS $CA -c $J -b $J -o $O/login.html $B/login" >/dev/null
csrf=$(sed -n 's/.*name="csrf" value="\([0-9a-fA-F]*\)".*/\1/p' "$ROOT$O/login.html" | head -n 1)
code=$(as_op "curl -sS $CA -c $J -b $J -D $O/login.hdr -o /dev/null -w '%{http_code}' \
  --data-urlencode login=admin --data-urlencode password=$pw \
  --data-urlencode csrf=$csrf $B/login")
[ "$code" = 303 ] && ok "the demo's admin logs in over TLS (303)" || fail "login: $code"
n=$(grep -ci '^set-cookie:' "$ROOT$O/login.hdr")
s=$(grep -i '^set-cookie:' "$ROOT$O/login.hdr" | grep -c '; Secure')
[ "$n" -gt 0 ] && [ "$n" = "$s" ] && ok "all $n cookies of the login are Secure" \
  || fail "cookies of the login: $n, of them Secure: $s"
# (The first dialogue of the list; signed in, / sends to /home.)
d=$(grep -o 'href="/dialogue/[^"/]*"' "$ROOT$O/root.html" | head -n 1 | cut -d'"' -f2)
code=$(as_op "curl -sS $CA -b $J -o $O/dash.html -w '%{http_code}' $B$d")
if [ -n "$d" ] && [ "$code" = 200 ] && grep -q 'US–Serbia' "$ROOT$O/dash.html"; then
  ok "the dashboard $d, signed in, over TLS: 200, the US–Serbia dialogue"
else
  fail "the dashboard '$d': $code"
fi
machine journalctl -u accord --no-pager -o cat -n 50 \
  | grep -q "\"path\":\"$d\",\"status\":200,\"user\":\"admin\"" \
  && ok "the journal logged the request as admin's" \
  || fail "no access-log line for $d"

# systemd's own audit of the running unit (the docs give the figure).
machine systemd-analyze security --no-pager accord >"$DIR/security.txt" 2>&1
score=$(sed -n 's/.*Overall exposure level for accord.service: \([0-9.]*\).*/\1/p' "$DIR/security.txt")
echo "systemd-analyze security accord: $(grep 'Overall exposure' "$DIR/security.txt")"
grep '✗' "$DIR/security.txt" | sed 's/  */ /g'
case "$score" in
  0.*|1.*|2.*) ok "exposure $score of 10" ;;
  *) fail "exposure '$score' (want below 3)" ;;
esac

# Section 6: an online backup while the service runs.
# (accord_svc as section 3 defines it)
{ section 3 | sed -n '/^accord_svc() {$/,/^}$/p'
  echo 'accord_svc backup /var/lib/accord/backup.db'; } >"$ROOT/home/op/backup.sh"
grep -q '^accord_svc() {$' "$ROOT/home/op/backup.sh" \
  || die "docs/install.md section 3 no longer defines accord_svc()"
as_op 'bash backup.sh' >"$DIR/backup.log" 2>&1 \
  && [ -s "$ROOT/var/lib/private/accord/backup.db" ] \
  && ok "accord_svc backup while the service runs" \
  || { fail "accord_svc backup"; cat "$DIR/backup.log"; }

# ---- section 5: behind nginx -----------------------------------------------
S="$ROOT/home/op/nginx.sh"
{ echo "set -ex"; section 5; } >"$S"
swap "$S" '# set server_name and ssl_certificate(_key) in it, then:' \
  "sudo sed -i -e 's|server_name accord.example.org;|server_name $FQDN;|' \
  -e 's|ssl_certificate .*|ssl_certificate /etc/accord/tls.crt;|' \
  -e 's|ssl_certificate_key .*|ssl_certificate_key /etc/accord/tls.key;|' \
  /etc/nginx/sites-available/accord"
docs_run nginx "section 5"
grep -A1 'nginx -t' "$DIR/nginx.log" | grep -v '^+' | head -n 4
machine journalctl -u accord --no-pager -o cat -n 5 \
  | grep -qxF "accord: serving /var/lib/accord/accord.db on http://127.0.0.1:8080/" \
  && ok "accord now serves http://127.0.0.1:8080/ (the drop-in)" \
  || fail "the drop-in did not move accord to 127.0.0.1:8080"
code=$(as_op "curl -sS $CA -D $O/nginx.hdr -o $O/nginx.html -w '%{http_code} %{http_version}' $B/login")
[ "$code" = "200 2" ] && ok "GET $B/login through nginx: 200 over HTTP/2" \
  || fail "GET $B/login through nginx: '$code'"
grep -qi '^server: nginx' "$ROOT$O/nginx.hdr" && grep -qi '^set-cookie:.*; Secure' "$ROOT$O/nginx.hdr" \
  && ok "nginx answered; accord's cookie is Secure (ACCORD_TLS=1)" \
  || fail "through nginx: no nginx Server header or no Secure cookie"
code=$(as_op "curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' http://$FQDN/")
[ "$code" = "301 https://$FQDN/" ] && ok "http:// is sent to https:// (301)" \
  || fail "http://$FQDN/: '$code'"

# ---- stop ------------------------------------------------------------------
machine systemctl stop accord
res=$(machine systemctl show -P Result accord)/$(machine systemctl show -P ExecMainStatus accord)
[ "$res" = "success/0" ] && ok "systemctl stop: the server exited 0" \
  || fail "systemctl stop: result/status $res"
machine journalctl -u accord --no-pager -o cat -n 3 | grep -q "accord: stopped (signal 15)" \
  && ok "the journal: accord: stopped (signal 15)" || fail "no 'stopped' line"

echo "systemd.sh: $NOK ok, $NFAIL failed"
[ $NFAIL = 0 ]
