#!/bin/sh
# t_tls.sh: `accord serve --tls-cert --tls-key` answers over TLS
# (libmicrohttpd with GnuTLS) with a certificate made here by openssl,
# marks its cookies Secure, and refuses bad TLS options clearly.
. "${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/http/lib.sh"
http_setup
if ! command -v openssl >/dev/null 2>&1; then
  t_skip "no openssl: cannot make a test certificate"
  done_testing; exit $?
fi
mkcert() {   # mkcert NAME: NAME.crt, NAME.key, self-signed for 127.0.0.1
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout "$DIR/$1.key" -out "$DIR/$1.crt" -days 2 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 >/dev/null 2>&1
}
mkcert a
mkcert b

# ---- bad options: a clear error, no server --------------------------------
bad() {   # bad RC TEXT OPTION...: serve exits RC, naming TEXT
  _rc=$1; _txt=$2; shift 2
  LAST="serve $*"
  "$ACCORD" --db "$DB" serve --listen 127.0.0.1:0 "$@" >"$DIR/o" 2>"$DIR/e"
  ST="exit $?"
  expect_same "$ST" "exit $_rc" "serve $* exit"
  if grep -qF -- "$_txt" "$DIR/e"; then t_ok
  else t_fail "serve $*: stderr lacks '$_txt': $(cat "$DIR/e")"; fi
}
bad 1 "--tls-cert and --tls-key go together" --tls-cert "$DIR/a.crt"
bad 1 "--tls-cert and --tls-key go together" --tls-key "$DIR/a.key"
bad 6 "--tls-cert: cannot open $DIR/none.crt" --tls-cert "$DIR/none.crt" \
  --tls-key "$DIR/a.key"
bad 2 "--tls-key: $DIR/a.crt is not a PEM private key" \
  --tls-cert "$DIR/a.crt" --tls-key "$DIR/a.crt"
bad 2 "--tls-cert: $DIR/a.key is not a PEM certificate" \
  --tls-cert "$DIR/a.key" --tls-key "$DIR/a.key"
bad 6 "do not match" --tls-cert "$DIR/a.crt" --tls-key "$DIR/b.key"

# ---- without TLS: no Secure cookies ----------------------------------------
srv_start
case "$BASE" in http://*) t_ok ;; *) t_fail "plain server at $BASE" ;; esac
req GET /login
expect_status 200
if grep -i '^Set-Cookie:' "$HDR" | grep -qi 'secure'; then
  t_fail "plain HTTP marks a cookie Secure"; else t_ok; fi
srv_stop

# ---- over TLS ----------------------------------------------------------------
srv_start --tls-cert "$DIR/a.crt" --tls-key "$DIR/a.key"
case "$BASE" in https://127.0.0.1:*) t_ok ;;
  *) t_fail "the server did not say https: $BASE" ;; esac
# curl checks the certificate against a.crt from here on.
curl() { command curl --cacert "$DIR/a.crt" "$@"; }
req GET /
expect_status 200
expect_body "Dialogues"
req GET /api/v1/dialogues
expect_status 200
# Another certificate authority: curl refuses the server.
LAST="curl --cacert b.crt"
ST=$(command curl -s --cacert "$DIR/b.crt" -o /dev/null -w '%{http_code}' \
  "$BASE/")
expect_same "$ST" "000" "a certificate not signed by b.crt accepted"
# Plain HTTP to the TLS port gets no page.
ST=$(command curl -s --max-time 5 -o /dev/null -w '%{http_code}' \
  "http://127.0.0.1:$PORT/")
expect_same "$ST" "000" "plain HTTP answered on the TLS port"
# Every cookie is Secure: the login form's, the session's, the language's.
req GET /login
expect_status 200
expect_header Set-Cookie "accord_csrf="
expect_header Set-Cookie "; Secure"
login cochair
expect_header Set-Cookie "accord_session="
if grep -i '^Set-Cookie: accord_session=' "$HDR" | grep -q '; Secure'; then
  t_ok; else t_fail "the session cookie is not Secure"; fi
as cochair
req GET /dialogues
expect_status 200
expect_body 'action="/logout"'
CUR_ROLE=public
req GET "/?lang=sr-Latn"
if grep -i '^Set-Cookie: accord_lang=' "$HDR" | grep -q '; Secure'; then
  t_ok; else t_fail "the language cookie is not Secure: $(grep -i cookie "$HDR")"; fi
srv_stop

# ACCORD_TLS=1 (behind a TLS proxy) marks them Secure on plain HTTP too.
ACCORD_TLS=1; export ACCORD_TLS
unset -f curl
srv_start
req GET /login
expect_header Set-Cookie "; Secure"
srv_stop
unset ACCORD_TLS
done_testing
