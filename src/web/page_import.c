/*
** page_import.c: uploading a CSV file of observations from the browser.
**
** GET /dialogue/:id/import shows a form (a file, its encoding, "only
** check"); POST sends the file as multipart/form-data (up to
** HTTP_MAX_UPLOAD bytes, http.c; larger is refused with 413) and reads it
** with the CSV reader of `accord import observations` (store/csvimport.h):
** the same columns, the same checks, the same messages, under the same
** authorization (the caller's role and the scopes of their grants,
** store_obs_authorize(), as the CLI with --as and the API), all or
** nothing.  On success the reader is sent back to the form with the count;
** on any error nothing is imported and the form shows each error as the
** CLI prints it, "line 7, column 3 (value): ...", up to
** CSV_IMPORT_ERRORS of them and how many more there were.  A reader who
** may record figures for none of the dialogue's indicators gets 403, as
** at the data-entry grid; the file itself may name indicators of any
** dialogue the reader may write (as the CLI's).  CSRF-protected as every
** form.
*/
#include "page.h"
#include "../store/csvimport.h"

#include <stdio.h>
#include <string.h>

/* The errors of one upload, as the CLI prints them. */
typedef struct ImportErrs {
  Req *p;
  const char *az[CSV_IMPORT_ERRORS];
  int n;
} ImportErrs;

/* A CsvErrorFn: keep the error for the page. */
static void import_err(void *pArg, int64_t iLine, int iCol,
                       const char *zCol, const char *zMsg){
  ImportErrs *pE = pArg;
  Req *p = pE->p;
  if( pE->n>=CSV_IMPORT_ERRORS ) return;
  if( iCol>0 ){
    pE->az[pE->n++] = arena_printf(&p->arena, tr(p, "line %lld, column %d "
      "(%s): %s"), (long long)iLine, iCol, zCol, zMsg);
  }else{
    pE->az[pE->n++] = arena_printf(&p->arena, tr(p, "line %lld: %s"),
                                   (long long)iLine, zMsg);
  }
}

/* The page: the form, and the outcome of the last upload (errors, a
** message) above it. */
static void import_page(Req *p, int64_t idD, const char *zFile,
                        const ImportErrs *pE, int nErr, const char *zMsg){
  const char *zD = page_label(p, ENT_DIALOGUE, idD);
  int i;
  page_begin(p, tr(p, "Import figures from a CSV file"));
  html_printf(&p->body, "<h1>%h</h1>\n<p><a href=\"/dialogue/%lld\">%h</a> "
    "&middot; <a href=\"/dialogue/%lld/entry\">%h</a></p>\n",
    tr(p, "Import figures from a CSV file"), (long long)idD, zD ? zD : "",
    (long long)idD, tr(p, "Enter figures for many indicators"));
  if( nErr ){
    html_printf(&p->body, "<div class=\"error\" role=\"alert\"><p>%h</p>\n"
      "<ul>\n", arena_printf(&p->arena, tr(p, "%s: %d errors; nothing was "
      "imported."), zFile, nErr));
    for(i=0; i<pE->n; i++){
      html_printf(&p->body, "<li>%h</li>\n", pE->az[i]);
    }
    if( nErr>pE->n ){
      html_printf(&p->body, "<li>%h</li>\n", arena_printf(&p->arena,
        tr(p, "%d more errors not shown"), nErr-pE->n));
    }
    html_printf(&p->body, "</ul></div>\n");
  }else if( zMsg ){
    html_printf(&p->body, "<div class=\"error\" role=\"alert\"><p>%h</p>"
                "</div>\n", zMsg);
  }else if( req_arg(p, "imported") ){
    html_printf(&p->body, "<p class=\"ok\" role=\"status\">%h</p>\n",
      arena_printf(&p->arena, tr(p, "Imported %s observations."),
                   req_arg(p, "imported")));
  }else if( req_arg(p, "checked") ){
    html_printf(&p->body, "<p class=\"ok\" role=\"status\">%h</p>\n",
      arena_printf(&p->arena, tr(p, "%s rows checked, all valid (only "
                   "checked: nothing imported)."), req_arg(p, "checked")));
  }
  html_printf(&p->body, "<p class=\"note\">%h</p>\n<p class=\"note\"><code>"
    "indicator,period,value,source,note</code></p>\n", tr(p, "The first "
    "line names the columns: indicator, period and value, and optionally "
    "source (or source_title, source_publisher, source_url, source_date), "
    "note, note_sr (the note in Serbian), unit and statistics_of. Every "
    "row is checked; any error imports nothing."));
  html_printf(&p->body, "<form method=\"post\" action=\"/dialogue/%lld/"
    "import\" enctype=\"multipart/form-data\">\n<input type=\"hidden\" "
    "name=\"csrf\" value=\"%h\">\n<p><label for=\"file\">%h</label> "
    "<input type=\"file\" id=\"file\" name=\"file\" accept=\".csv,text/csv\" "
    "required></p>\n<p><label for=\"encoding\">%h</label> <select "
    "id=\"encoding\" name=\"encoding\"><option value=\"utf-8\">UTF-8"
    "</option><option value=\"windows-1250\">Windows-1250</option>"
    "</select></p>\n<p><label><input type=\"checkbox\" name=\"dry_run\" "
    "value=\"true\"> %h</label></p>\n<p><button type=\"submit\">%h</button>"
    "</p>\n</form>\n", (long long)idD, p->zCsrf, tr(p, "CSV file"),
    tr(p, "Encoding"), tr(p, "Only check, import nothing"), tr(p, "Import"));
  page_end(p);
}

/* The dialogue of the path, or 0 after replying: 404 if the reader may
** not see it, 403 if they may record figures for none of its indicators
** (as the data-entry grid, page_entry.c). */
static int64_t import_dialogue(Req *p){
  int64_t idD = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  PageRows r;
  int i;
  char zErr[200];
  if( idD==0 ) return 0;
  page_rows_by(p, ENT_INDICATOR, "dialogue_id", idD, &r);
  for(i=0; i<r.n; i++){
    if( store_obs_authorize(p->pStore, r.aId[i], zErr, sizeof(zErr))==0 ){
      return idD;
    }
  }
  req_error(p, 403, ACC_DENIED, "you may not record figures for any "
            "indicator of this dialogue");
  return 0;
}

/*
** PAGE: /dialogue/:id/import
** The form to upload a CSV file of observations (writers of them).
*/
void page_import(Req *p){
  int64_t idD = import_dialogue(p);
  if( idD==0 ) return;
  import_page(p, idD, 0, 0, 0, 0);
}

/*
** PAGE: POST /dialogue/:id/import
** Import the uploaded file: all or nothing.
*/
void page_import_post(Req *p){
  int64_t idD = import_dialogue(p);
  const char *zFile = p->zUploadName, *zEnc = req_arg(p, "encoding");
  const char *zDry = req_arg(p, "dry_run");
  ImportErrs errs;
  CsvImportOpt opt;
  CsvImportResult res;
  TextBad bad;
  AccRc rc;
  if( idD==0 ) return;
  if( p->zUpload==0 || p->nUpload==0 ){
    p->iStatus = 400;
    import_page(p, idD, 0, 0, 0, tr(p, "file: choose a CSV file to "
                                       "upload (it is empty or missing)"));
    return;
  }
  if( zFile==0 || zFile[0]==0 || text_check(zFile, strlen(zFile), &bad) ){
    zFile = "upload.csv";
  }
  if( zEnc && strcmp(zEnc, "utf-8")==0 ) zEnc = 0;
  memset(&errs, 0, sizeof(errs));
  errs.p = p;
  memset(&opt, 0, sizeof(opt));
  opt.zName = zFile;
  opt.zEnc = zEnc;
  opt.bDry = zDry && strcmp(zDry, "true")==0;
  opt.xError = import_err;
  opt.pErrArg = &errs;
  store_set_actor(p->pStore, p->acc.zLogin);
  rc = csv_import_bytes(p->pStore, p->zUpload, p->nUpload, &opt, &res);
  if( rc==ACC_BUSY ){
    req_error(p, 503, ACC_BUSY, "the database is busy; nothing was "
              "imported; try again");
    return;
  }
  if( rc!=ACC_OK ){
    p->iStatus = 400;
    if( res.nErr==0 ){
      import_page(p, idD, zFile, &errs, 0, res.zMsg);
    }else{
      import_page(p, idD, zFile, &errs, res.nErr, 0);
    }
    return;
  }
  req_redirect(p, arena_printf(&p->arena, "/dialogue/%lld/import?%s=%lld",
    (long long)idD, opt.bDry ? "checked" : "imported",
    (long long)(opt.bDry ? res.nRow : res.nOk)));
}
