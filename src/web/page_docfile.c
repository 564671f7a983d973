/*
** page_docfile.c: the file a document carries (store/docfile.h).
**
** GET /document/:id/file sends the file (as an attachment, with its media
** type) to a reader who may read the document: store_docfile_get() checks
** the document's classification, the reader's scoped clearances and, for
** the public, that the published document and the document as it is now
** are both public; anything else is 404, as for a document that is not
** there.  POST /document/:id/file attaches a file from the document's page
** (multipart/form-data, http.c; CSRF-checked as every form) for a reader
** who may change the document (req_deny_item()).  The document's page
** shows the file's name, type, size and SHA-256 (page_docfile_section()).
*/
#include "page.h"
#include "../store/docfile.h"

#include <stdio.h>
#include <string.h>

/* A file name fit for a Content-Disposition header: its letters, digits
** and ".-_", else "document-ID" with the type's extension. */
static const char *safe_name(Req *p, const DocFile *pF){
  const char *z;
  for(z=pF->zName; *z; z++){
    if( !((*z>='a' && *z<='z') || (*z>='A' && *z<='Z')
          || (*z>='0' && *z<='9') || *z=='.' || *z=='-' || *z=='_') ){
      break;
    }
  }
  if( *z==0 && pF->zName[0] && pF->zName[0]!='.' ) return pF->zName;
  return arena_printf(&p->arena, "document-%lld.%s", (long long)pF->idDoc,
                      strcmp(pF->zType, "application/pdf")==0 ? "pdf"
                                                               : "txt");
}

/*
** PAGE: /document/:id/file
** The document's file, to a reader who may read the document.
*/
void page_docfile(Req *p){
  int64_t id = req_item_or_reply(p, ENT_DOCUMENT, req_path(p, 0));
  DocFile f;
  if( id==0 ) return;
  if( store_docfile_get(p->pStore, id, 1, &p->arena, &f) ){
    req_error(p, 404, ACC_NOTFOUND, "document %lld has no file",
              (long long)id);
    return;
  }
  p->zType = strcmp(f.zType, "text/plain")==0 ? "text/plain; charset=utf-8"
                                              : f.zType;
  req_header(p, "Content-Disposition", arena_printf(&p->arena,
             "attachment; filename=\"%s\"", safe_name(p, &f)));
  req_header(p, "X-Content-SHA256", f.zSha256);
  buf_append(&p->body, (const char*)f.aData, (size_t)f.nSize);
}

/*
** PAGE: POST /document/:id/file
** Attach the uploaded file to the document (replacing the one it had).
*/
void page_docfile_post(Req *p){
  int64_t id = req_item_or_reply(p, ENT_DOCUMENT, req_path(p, 0));
  char zErr[300];
  AccRc rc;
  if( id==0 ) return;
  if( req_deny_item(p, ENT_DOCUMENT, id, 0) ) return;
  if( p->zUpload==0 || p->nUpload==0 ){
    req_error(p, 400, ACC_INVALID, "file: choose a PDF or text file to "
              "attach (it is empty or missing)");
    return;
  }
  store_set_actor(p->pStore, p->acc.zLogin);
  rc = store_docfile_put(p->pStore, id, p->zUploadName && p->zUploadName[0]
                         ? p->zUploadName : "document.txt", p->zUpload,
                         (int64_t)p->nUpload, zErr, sizeof(zErr));
  if( rc ){
    req_error(p, rc==ACC_BUSY ? 503 : rc==ACC_DENIED ? 403
              : rc==ACC_NOTFOUND ? 404 : 400, rc, "%s", zErr);
    return;
  }
  req_redirect(p, arena_printf(&p->arena, "/document/%lld#file",
                               (long long)id));
}

/* The file section of document id's page: what the file is, its hash,
** the link to it, and for a reader who may change the document the form
** to attach one. */
void page_docfile_section(Req *p, int64_t id){
  DocFile f;
  int bFile = store_docfile_get(p->pStore, id, 0, &p->arena, &f)==ACC_OK;
  int bWrite = p->bLoggedIn && req_can_item(p, ENT_DOCUMENT, id);
  if( !bFile && !bWrite ) return;
  html_printf(&p->body, "<section aria-labelledby=\"file\">\n<h2 id=\"file\">"
              "%h</h2>\n", tr(p, "File"));
  if( bFile ){
    html_printf(&p->body, "<p><a href=\"/document/%lld/file\">%h</a> "
      "(%h, %lld %h)</p>\n<p class=\"note\">SHA-256: <code>%h</code></p>\n",
      (long long)id, f.zName, f.zType, (long long)f.nSize, tr(p, "bytes"),
      f.zSha256);
  }else{
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No file attached."));
  }
  if( bWrite ){
    html_printf(&p->body, "<form method=\"post\" action=\"/document/%lld/"
      "file\" enctype=\"multipart/form-data\">\n<input type=\"hidden\" "
      "name=\"csrf\" value=\"%h\">\n<p><label for=\"docfile\">%h</label> "
      "<input type=\"file\" id=\"docfile\" name=\"file\" "
      "accept=\".pdf,.txt,application/pdf,text/plain\" required> "
      "<button type=\"submit\">%h</button></p>\n</form>\n", (long long)id,
      p->zCsrf, tr(p, "PDF or text file"), tr(p, "Attach"));
  }
  html_printf(&p->body, "</section>\n");
}
