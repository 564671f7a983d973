# t_docfile.sh: documents that carry their file (migration 028,
# src/store/docfile.c, src/web/page_docfile.c, `accord document file`):
# a PDF or text attached from the document's page or the CLI, stored with
# its SHA-256, media type and size; the hash on the page; the download
# only for readers who may read the document (a restricted document's
# file never reaches a reader without clearance, nor the public unless
# the document is published and public now); CSRF, role and size checked;
# `accord verify` checks the bytes against the hash; `export all` and
# `load` carry the files.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/fixtures.sh"

http_setup
fixtures_make
srv_start
fixtures_publish
PUB=$(fix_id Zmk-doc-pubok); PNO=$(fix_id Zmk-doc-pubno)
INT=$(fix_id Zmk-doc-internal); RES=$(fix_id Zmk-doc-restricted)
up() {   # up ID FILE [CURL-ARGS]: attach FILE from the page's form
  _id=$1; _f=$2; shift 2
  req POST "/document/$_id/file" -F "csrf=$(csrf_of "$CUR_ROLE")" \
    -F "file=@$_f" "$@"
}

# ---- attaching from the page ---------------------------------------------------
printf 'Joint statement of the fixture meeting.\nZmk-text\n' >statement.txt
as secretariat
req GET "/document/$INT"
expect_body 'enctype="multipart/form-data"'
expect_body 'zmk-doc-internal.txt'
H0=$(sha256sum <"$DIR/zmk-doc-internal.txt" | cut -c1-64)
expect_body "$H0"
up "$INT" statement.txt
expect_status 303
H=$(sha256sum <statement.txt | cut -c1-64)
req GET "/document/$INT"
expect_body "SHA-256: <code>$H</code>"
expect_body 'statement.txt'
req GET "/document/$INT/file"
expect_status 200
expect_header Content-Type 'text/plain'
expect_header Content-Disposition 'attachment; filename="statement.txt"'
check "the bytes as attached" cmp -s "$BODY" statement.txt
printf '%%PDF-1.4\n%% a tiny pdf\n%%%%EOF\n' >s.pdf
up "$INT" s.pdf
expect_status 303
req GET "/document/$INT/file"
expect_header Content-Type 'application/pdf'
check "the PDF as attached" cmp -s "$BODY" s.pdf
expect_same "$(sqlite3 "$DB" "SELECT media_type||' '||size FROM document_file WHERE document_id=$INT")" \
  "application/pdf $(wc -c <s.pdf | tr -d ' ')" "media type and size stored"

# ---- refused: nothing changes ---------------------------------------------------
D0=$(sqlite3 "$DB" "SELECT sha256 FROM document_file ORDER BY 1" | sha256sum)
printf 'a\001b' >bin.dat
up "$INT" bin.dat
expect_status 400
expect_body 'neither a PDF'
req POST "/document/$INT/file" -F "file=@statement.txt"
expect_status 403
head -c $((21 * 1024 * 1024)) /dev/zero | tr '\0' 'x' >big.txt
up "$INT" big.txt
expect_status 413
as observer
up "$INT" statement.txt
expect_status 403
as wg_member
up "$INT" statement.txt
expect_status 403
expect_same "$(sqlite3 "$DB" "SELECT sha256 FROM document_file ORDER BY 1" | sha256sum)" \
  "$D0" "refused attachments change nothing"

# ---- who may download ----------------------------------------------------------
as observer
req GET "/document/$RES/file"; expect_status 404
expect_no_body 'Zmk-doc-restricted'
req GET "/document/$INT/file"; expect_status 200
as cochair
req GET "/document/$RES/file"; expect_status 200
expect_body 'Zmk-doc-restricted file'
as public
req GET "/document/$RES/file"; expect_status 404
req GET "/document/$INT/file"; expect_status 404
req GET "/document/$PNO/file"; expect_status 404
req GET "/document/$PUB/file"; expect_status 200
expect_body 'Zmk-doc-pubok file'
req GET "/document/987654321/file"; expect_status 404
# Reclassified after publication: the public keeps the published page,
# but not the file.
acc document set "$PUB" --classification restricted >/dev/null
req GET "/document/$PUB"; expect_status 200
req GET "/document/$PUB/file"; expect_status 404
expect_no_body 'Zmk-doc-pubok file'
as observer
req GET "/document/$PUB/file"; expect_status 404
# The document's page (its history included) names the file only to
# readers of the document.
as cochair
req GET "/document/$RES"
expect_body 'zmk-doc-restricted.txt'
as observer
req GET "/document/$RES"
expect_no_body 'zmk-doc-restricted.txt'

# ---- the CLI --------------------------------------------------------------------
OUT=$(acc document file "$INT")
case "$OUT" in *"s.pdf"*"application/pdf"*"SHA-256 "*) t_ok ;; *) t_fail "document file: $OUT" ;; esac
acc document file "$INT" --out got.pdf >/dev/null
check "--out writes the bytes" cmp -s got.pdf s.pdf
check "--as observer may not attach" not acc --as observer document file "$INT" statement.txt
check "--as a secretariat may" acc --as us-secretariat document file "$PNO" statement.txt

# ---- verify, export all, load -----------------------------------------------------
check "verify: files match their hashes" acc verify
acc export all -o all.json >/dev/null
check "export all carries the files" grep -q '"document_file"' all.json
"$ACCORD" --db n.db init >/dev/null 2>&1
"$ACCORD" --db n.db load all.json >/dev/null 2>&1
# The hashes a line, in SQL both backends take (PostgreSQL has no
# group_concat).
HASHES=$(sqlite3 "$DB" "SELECT sha256 FROM document_file ORDER BY document_id")
check "the database has files to compare" test -n "$HASHES"
expect_same "$(sqlite3 n.db "SELECT sha256 FROM document_file ORDER BY document_id")" \
  "$HASHES" "load restores the files"
check "the loaded copy verifies" "$ACCORD" --db n.db verify
# A copy to tamper with; the server goes first (on PostgreSQL a
# database is copied only while no program uses it).
srv_stop
db_cp "$DB" tamper.db
FORGED=$(sql_blob 666f72676564)   # the bytes of "forged"
sqlite3 tamper.db "UPDATE document_file SET data=$FORGED WHERE document_id=$INT"
ERR=$("$ACCORD" --db tamper.db verify 2>&1)
case "$ERR" in *"document $INT: its file does not match its SHA-256"*) t_ok ;; *) t_fail "verify: $ERR" ;; esac
sqlite3 tamper.db "UPDATE document_file SET data=$FORGED, size=6, sha256='$(printf forged | sha256sum | cut -c1-64)' WHERE document_id=$INT"
ERR=$("$ACCORD" --db tamper.db verify 2>&1)
case "$ERR" in *"document $INT: its file is not the one its audit entry recorded"*) t_ok ;; *) t_fail "verify (hash swapped too): $ERR" ;; esac

done_testing
