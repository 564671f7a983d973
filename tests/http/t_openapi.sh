# t_openapi.sh: the OpenAPI document of the API.  GET /api/v1/openapi.json
# is checked by two validators from npm (the ones docs/api.md names:
# @seriousme/openapi-schema-validator and @readme/openapi-parser,
# installed into tests/e2e/node_modules), must document exactly the API
# routes of `accord test-routes`, and the replies of the list and item
# routes must match the document's response schemas.
. "$(dirname "$0")/lib.sh"

http_setup
srv_start
routes_load
if ! route_exists GET /api/v1/openapi.json; then
  t_skip "GET /api/v1/openapi.json is not in the route table yet: nothing to validate"
  done_testing; exit
fi
CUR_ROLE=public
req GET /api/v1/openapi.json
expect_status 200
expect_header Content-Type application/json
cp "$BODY" "$DIR/openapi.json"
check "the document is JSON" jq -e . "$DIR/openapi.json"
check "it says which OpenAPI it is (3.x)" \
  jq -e '.openapi | test("^3\\.")' "$DIR/openapi.json"
check "it has paths" jq -e '.paths | length > 0' "$DIR/openapi.json"

# Every API route is documented, and every documented path is a route.
awk -F'\t' '$2 ~ /^\/api\// {m=tolower($1); p=$2; gsub(/:[a-z_]+/, "{}", p); print m, p}' \
  "$ROUTES_TSV" | sort -u >"$DIR/routes.api"
srv_prefix=$(jq -r '(.servers[0].url // "") | sub("^https?://[^/]*"; "")' "$DIR/openapi.json")
jq -r --arg pre "$srv_prefix" '.paths | to_entries[] | .key as $p | .value | keys[]
  | select(test("^(get|put|post|delete|patch|head|options)$")) | "\(.) \($pre + $p)"' \
  "$DIR/openapi.json" | sed 's/{[^}]*}/{}/g' | sort -u >"$DIR/doc.api"
missing=$(comm -23 "$DIR/routes.api" "$DIR/doc.api" | tr '\n' ';')
extra=$(comm -13 "$DIR/routes.api" "$DIR/doc.api" | tr '\n' ';')
LAST="compare the route table with the document"; ST=-
expect_same "$missing" "" "API routes the document does not describe"
expect_same "$extra" "" "documented operations that are not routes"

. "$TOP/tests/e2e/deps.sh"
if [ "$E2E_DEPS" != ok ]; then
  LAST="npm"; ST=-
  echo "SKIP!!! OpenAPI validators unavailable: $E2E_DEPS"
  t_fail "the OpenAPI validators could not be installed: $E2E_DEPS"
else
  # docs/api.md: npx validate-api openapi.json
  out=$(cd "$E2E_DIR" && npx --no-install validate-api "$DIR/openapi.json" 2>"$DIR/npx.err")
  LAST="validate-api openapi.json"; ST=-
  if printf '%s' "$out" | jq -e '.valid == true' >/dev/null 2>&1; then t_ok
  else t_fail "@seriousme/openapi-schema-validator: $(printf '%s' "$out" | head -c 1500) $(tail -3 "$DIR/npx.err")"; fi
  # Its 2.x versions export validate() from CommonJS and throw on an
  # invalid document; later ones answer {valid, errors}.
  out=$(cd "$E2E_DIR" && node --input-type=module -e "
    const m = await import('@readme/openapi-parser');
    const validate = m.validate || m.default.validate;
    let r;
    try {
      r = await validate(process.argv[1]);
      if (r.valid === undefined) r = {valid: true};
    } catch (e) { r = {valid: false, error: String(e.message || e)}; }
    console.log(JSON.stringify(r));" "$DIR/openapi.json" 2>&1)
  LAST="@readme/openapi-parser validate"
  if printf '%s' "$out" | jq -e '.valid == true' >/dev/null 2>&1; then t_ok
  else t_fail "@readme/openapi-parser: $(printf '%s' "$out" | head -c 1500)"; fi

  # Replies against the document's schemas: every GET route of the API
  # with no path parameter, and each item route for the first item.
  mkdir -p "$DIR/replies"
  as cochair
  : >"$DIR/replies/list"
  n=0
  while IFS="$(printf '\t')" read -r meth pat act ent login prm; do
    [ "$meth" = GET ] || continue
    case "$pat" in /api/v1/openapi.json) continue ;; /api/*) ;; *) continue ;; esac
    case "$pat" in
      */:id|*/:id/*)
        # The first item of the list of the same kind.
        lst=${pat%%/:id*}
        req GET "$lst?limit=1"
        id=$(jq -r '[.. | objects | select(has("id")) | .id][0] // empty' "$BODY" 2>/dev/null)
        [ -n "$id" ] || continue
        p=$(echo "$pat" | sed "s#:id#$id#") ;;
      *:*) continue ;;
      *) p=$pat ;;
    esac
    req GET "$p"
    n=$((n + 1))
    cp "$BODY" "$DIR/replies/$n.json"
    printf '%s\t%s\t%s\t%s\n' "$n" "$ST" "$pat" "$p" >>"$DIR/replies/list"
  done <"$ROUTES_TSV"
  out=$(cd "$E2E_DIR" && node "$E2E_DIR/openapi_replies.mjs" \
        "$DIR/openapi.json" "$DIR/replies" 2>&1)
  printf '%s\n' "$out" | grep -v '^checks:'
  line=$(printf '%s\n' "$out" | grep '^checks: [0-9]* passed, [0-9]* failed$')
  if [ -n "$line" ]; then
    set -- $line; T_PASS=$((T_PASS + $2)); T_FAIL=$((T_FAIL + $4))
  else
    LAST="openapi_replies.mjs"; ST=-; t_fail "checking replies failed: $(printf '%s' "$out" | tail -5)"
  fi
fi
done_testing
