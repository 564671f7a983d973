# t_dimpage.sh: the dimensions a dialogue declares for its breakdowns,
# listed (docs/design.md "Breakdowns"): /dialogue/ID/dimensions and
# GET /api/v1/dialogues/ID/dimensions give each dimension with its code,
# name, labels in English and Serbian, values, recorded cells and
# approval state; the secretariat gets the links to declare and edit,
# others read; the public sees the approved declarations only.  The
# demo's are approved: the public reads their labels in its language.
# Then the demo's database as an accord before migration 038 left it (its
# cells recorded, no declarations): the declarations the migration makes
# wait on the co-chairs' approvals page; until both approve, the public
# sees a cell's name and value as written, saying in its language that
# the label awaits approval, and never a label given meanwhile; once
# approved, the labels.
. "$(dirname "$0")/lib.sh"

http_setup
D=$(acc dialogue show us-rs --json | jq -r .id)
IND=$(acc indicator show us-rs/ind/trade-total --json | jq -r .id)
G=$(acc goal show us-rs/goal/trade-10pct --json | jq -r .id)
FLOW=$(acc dimension show us-rs/dim/flow --json | jq -r .id)
srv_start

# ---- the demo's declarations, approved: public, with their labels ----------
as public
req GET "/dialogue/$D/dimensions"
expect_status 200
expect_body "<h1>Dimensions of breakdowns</h1>"
expect_body "<h2 id=\"dim-$FLOW\">Flow</h2>"
expect_body "us-rs/dim/flow"
expect_body "<td lang=\"en\">US exports</td><td>Izvoz SAD</td>"
expect_body "Published"
expect_no_body "Not published"
expect_no_body "/edit/dimension"
expect_no_body "/new/dimension"
# The cells the public sees: the months a release published, by flow.
NPUB=$(sqlite3 "$DB" "SELECT count(*) FROM pub_observation
  WHERE breakdown='flow=us-exports'")
check "the public's cells are some" test "$NPUB" -gt 0
expect_body "<td class=\"num\">$NPUB</td>"
req GET "/dialogue/$D/dimensions?lang=sr-Latn"
expect_status 200
expect_body "<h1>Dimenzije raščlanjavanja</h1>"
expect_body "<h2 id=\"dim-$FLOW\">Tok</h2>"
expect_body "Objavljeno"
req GET "/dialogue/$D/dimensions?lang=sr-Cyrl"
expect_body "<h2 id=\"dim-$FLOW\">Ток</h2>"
expect_body "Димензије рашчлањавања"
api GET "/api/v1/dialogues/$D/dimensions"
expect_status 200
check "the API: the demo's dimension with its two values, published" jq -e \
  '.dialogue_id > 0 and (.dimensions | length) == 1
   and .dimensions[0].name == "flow" and .dimensions[0].label_sr == "Tok"
   and .dimensions[0].published and (.dimensions[0].values | length) == 2
   and .dimensions[0].values[0].value == "us-exports"
   and .dimensions[0].values[0].label_sr == "Izvoz SAD"' "$BODY"
check "the API counts the public's cells" jq -e \
  ".dimensions[0].values[0].cells == $NPUB" "$BODY"
# The pages where breakdowns show link to the list.
req GET "/dialogue/$D"
expect_body "href=\"/dialogue/$D/dimensions\""
req GET "/item/indicator/$IND?lang=sr-Latn"
expect_body "href=\"/dialogue/$D/dimensions\""
expect_body "Tok: Izvoz SAD"
req GET "/goal/$G?lang=sr-Latn"
expect_body "Tok: Izvoz SAD"
req GET "/goal/$G?lang=sr-Cyrl"
expect_body "Ток: Извоз САД"
# No dialogue, no list.
req GET "/dialogue/987654/dimensions"
expect_status 404
api GET "/api/v1/dialogues/987654/dimensions"
expect_status 404

# ---- who may change them: links for the secretariat only -------------------
acc dimension add --dialogue_id us-rs --code us-rs/dim/zdpsex --name zdpsex \
  --label Zdplabel --label_sr Zdplabelsr >/dev/null
acc dimension-value add --dimension_id us-rs/dim/zdpsex --value zdpf \
  --label Zdpvalue --label_sr Zdpvaluesr >/dev/null
SEX=$(acc dimension show us-rs/dim/zdpsex --json | jq -r .id)
as secretariat
req GET "/dialogue/$D/dimensions"
expect_status 200
expect_body "href=\"/edit/dimension/$FLOW\""
expect_body "href=\"/new/dimension?dialogue_id=$D\""
expect_body "href=\"/new/dimension-value?dimension_id=$SEX\""
expect_body "/edit/dimension-value/"
expect_body "Zdplabelsr"
expect_body "Not published"
as observer
req GET "/dialogue/$D/dimensions"
expect_status 200
expect_body "Zdplabel"
expect_no_body "/edit/dimension"
expect_no_body "/new/dimension"
as public
req GET "/dialogue/$D/dimensions"
expect_no_body "Zdp"
api GET "/api/v1/dialogues/$D/dimensions"
expect_no_body "Zdp"
check "the public's list has only the approved dimension" jq -e \
  '(.dimensions | length) == 1' "$BODY"
as secretariat
api GET "/api/v1/dialogues/$D/dimensions"
check "the secretariat's list has the draft, not published" jq -e \
  '[.dimensions[] | select(.name == "zdpsex" and (.published | not)
    and .values[0].label == "Zdpvalue")] | length == 1' "$BODY"
srv_stop

# ---- a database of an accord before migration 038 --------------------------
# The demo's cells were recorded, its declarations not made: their tables
# go, with their approvals and publications, and the schema version is
# set back.  The next open migrates and declares every dimension and
# value the cells name, labelled as written.
sqlite3 "$DB" "DROP TABLE pub_dimension_value; DROP TABLE pub_dimension;
  DROP TABLE dimension_value; DROP TABLE dimension;
  DELETE FROM approval WHERE entity IN ('dimension', 'dimension-value');
  DELETE FROM publication WHERE entity IN ('dimension', 'dimension-value');
  $(sql_undo_columns_after 38)
  $(sql_schema_version 37);"
srv_start
FLOW=$(acc dimension show us-rs/dim/flow --json | jq -r .id)
check "the migration declared flow" test -n "$FLOW"
expect_same "$(sqlite3 "$DB" "SELECT label FROM dimension WHERE id=$FLOW")" \
  "flow" "labelled as written"

# The co-chairs find the declarations among what awaits their approval.
as cochair
req GET /approvals
expect_status 200
expect_body "id=\"appr-dimension\""
expect_body "href=\"/item/dimension/$FLOW\""
expect_body "id=\"appr-dimension-value\""
expect_body "action=\"/approve/dimension/$FLOW\""

# The public: the cells as written, saying the label awaits approval.
as public
req GET "/item/indicator/$IND"
expect_status 200
expect_body "flow: us-exports (label awaiting approval)"
req GET "/item/indicator/$IND?lang=sr-Latn"
expect_body "flow: us-exports (oznaka čeka odobrenje)"
req GET "/item/indicator/$IND?lang=sr-Cyrl"
expect_body "flow: us-exports (ознака чека одобрење)"
req GET "/goal/$G"
expect_body "<title>flow: us-exports (label awaiting approval)</title>"
req GET "/dialogue/$D/report/public.html?quarter=2026-Q3&lang=sr-Latn"
expect_status 200
expect_body "flow: us-exports (oznaka čeka odobrenje)"
req GET "/dialogue/$D/dimensions"
expect_status 200
expect_body "No dimensions declared that you may see."
expect_no_body "us-rs/dim/flow"
api GET "/api/v1/dialogues/$D/dimensions"
check "the API: nothing approved, nothing listed" jq -e \
  '(.dimensions | length) == 0' "$BODY"

# The secretariat gives the labels; the public still sees none of them.
acc dimension set "$FLOW" --label Flow --label_sr Tok >/dev/null
for v in us-exports:"US exports":"Izvoz SAD" us-imports:"US imports":"Uvoz SAD"; do
  _v=${v%%:*}; _r=${v#*:}; _en=${_r%%:*}; _sr=${_r#*:}
  _id=$(sqlite3 "$DB" "SELECT id FROM dimension_value WHERE value='$_v'")
  acc dimension-value set "$_id" --label "$_en" --label_sr "$_sr" >/dev/null
done
as secretariat
req GET "/dialogue/$D/dimensions?lang=sr-Latn"
expect_body "<h2 id=\"dim-$FLOW\">Tok</h2>"
expect_body "Nije objavljeno"
as public
req GET "/item/indicator/$IND?lang=sr-Latn"
expect_body "flow: us-exports (oznaka čeka odobrenje)"
expect_no_body "Tok:"
expect_no_body "Izvoz SAD"
req GET "/goal/$G"
expect_no_body "Flow: US exports"
expect_no_body "US exports</title>"
req GET "/dialogue/$D/report/public.html?quarter=2026-Q3&lang=sr-Latn"
expect_body "flow: us-exports (oznaka čeka odobrenje)"
expect_no_body "Izvoz SAD"
acc report public --quarter 2026-Q3 --lang sr-Latn -o "$DIR/pub.html" \
  >/dev/null 2>&1
check "the public report on the command line: as written, saying so" \
  grep -q "flow: us-exports (oznaka čeka odobrenje)" "$DIR/pub.html"
check "the public report on the command line: no label not approved" \
  not grep -q "Izvoz SAD" "$DIR/pub.html"

# One flow value approved by both: that value's label is public, the
# other's and the dimension's still wait.
VEX=$(sqlite3 "$DB" "SELECT id FROM dimension_value WHERE value='us-exports'")
VIM=$(sqlite3 "$DB" "SELECT id FROM dimension_value WHERE value='us-imports'")
for who in us-cochair rs-cochair; do
  cli_approve "$who" dimension "$FLOW" >/dev/null 2>&1 \
    || t_fail "$who approves the dimension"
  cli_approve "$who" dimension-value "$VEX" >/dev/null 2>&1 \
    || t_fail "$who approves us-exports"
done
as public
req GET "/item/indicator/$IND?lang=sr-Latn"
expect_body "Tok: Izvoz SAD"
expect_body "Tok: us-imports (oznaka čeka odobrenje)"
expect_no_body "Uvoz SAD"
for who in us-cochair rs-cochair; do
  cli_approve "$who" dimension-value "$VIM" >/dev/null 2>&1 \
    || t_fail "$who approves us-imports"
done
req GET "/item/indicator/$IND?lang=sr-Latn"
expect_body "Tok: Uvoz SAD"
expect_no_body "oznaka čeka odobrenje"
req GET "/goal/$G"
expect_body "<title>Flow: US exports</title>"
expect_no_body "label awaiting approval"
req GET "/dialogue/$D/report/public.html?quarter=2026-Q3&lang=sr-Latn"
expect_body "Tok: Izvoz SAD"
expect_no_body "oznaka čeka odobrenje"
req GET "/dialogue/$D/dimensions"
expect_body "<h2 id=\"dim-$FLOW\">Flow</h2>"
expect_body "<td lang=\"en\">US imports</td><td>Uvoz SAD</td>"
as cochair
req GET /approvals
expect_no_body "appr-dimension"

srv_stop
done_testing
