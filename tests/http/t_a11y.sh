# t_a11y.sh: a skip link on every page, in the reader's language, that
# leads to the page's main content; and every status badge's colour at
# least 4.5:1 against its background (tests/http/contrast.py over the
# style sheet the server sends: WCAG 2 contrast, normal text).
. "$(dirname "$0")/lib.sh"

http_setup
D=$(acc dialogue show us-rs --json | jq -r .id)
srv_start

# ---- the skip link -----------------------------------------------------------
skip_ok() {   # the link comes first in the body and its target exists
  grep -q '<body>' "$BODY" && \
  sed -n '/<body>/{n;p;}' "$BODY" | grep -q "^<a class=\"skip\" href=\"#main\">$1</a>" && \
  grep -q '<main id="main"' "$BODY"
}
for role in public observer secretariat; do
  as "$role"
  for pth in /dialogues "/dialogue/$D" /search /roadmap /no-such-page "/item/goal/987654321"; do
    req GET "$pth"
    check "$role $pth: skip link first, to #main ($ST)" skip_ok 'Skip to the content'
  done
done
as public
req GET /login
check "the login page has the skip link" skip_ok 'Skip to the content'
req GET "/dialogues?lang=sr-Latn"
check "Serbian (Latin) skip link" skip_ok 'Preskoči na sadržaj'
req GET "/dialogues?lang=sr-Cyrl"
check "Serbian (Cyrillic) skip link" skip_ok 'Прескочи на садржај'
as secretariat
req GET "/dialogue/$D/import"
check "the upload form has the skip link" skip_ok 'Skip to the content'
req GET /static/accord.css
check "the skip link is hidden until focused" grep -q '\.skip:focus{top:' "$BODY"

# ---- status colours: 4.5:1 ------------------------------------------------------
req GET /static/accord.css
expect_status 200
cp "$BODY" accord.css
if python3 "$TOP/tests/http/contrast.py" accord.css >contrast.out; then
  t_ok
else
  t_fail "status colours below 4.5:1: $(grep FAIL contrast.out | tr '\n' ';')"
fi
check "every status class measured" [ "$(grep -c ':1$' contrast.out)" -ge 20 ]

srv_stop
done_testing
