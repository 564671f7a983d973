/*
** render_pdf_mark.c: what cairo 1.16 leaves out of a tagged PDF, added
** to the document it wrote (pdf_mark of render_pdfInt.h).
**
** cairo writes the structure tree (headings, paragraphs, tables, figures
** with their captions, the contents' links) but has no way to say three
** things a screen reader needs:
**
**   - /MarkInfo << /Marked true >> in the catalogue: without it readers
**     (and `pdfinfo`) take the document as untagged and ignore the tree;
**   - /Lang: the language the text is in, so that Serbian is read as
**     Serbian;
**   - /Alt on each Figure: what the chart shows, in words.
**
** and two that accessibility checkers ask for: /ViewerPreferences
** << /DisplayDocTitle true >> (the window shows the report's title, not
** its file name) and /Tabs /S on every page (the order of the structure);
** and the tree has one element at its top, a Document, which cairo does
** not make.
**
** qpdf reads the PDF cairo wrote, these keys are set on its objects, and
** qpdf writes it again, with a /ID computed from the content, so the same
** report still gives the same bytes.  Figures are met in the structure
** tree in the order they were drawn, which is the order of azAlt.
*/
#include "render_pdfInt.h"

#include <qpdf/qpdf-c.h>
#include <stdio.h>
#include <string.h>

typedef struct Mark {
  qpdf_data q;
  const char *const *azAlt;   /* alternative text of each figure, in order */
  int nAlt;
  int iAlt;                   /* figures met so far */
} Mark;

/* Give every Figure element under oh its /Alt, depth first (the order of
** the document).  Only /K is followed: it holds an element's children
** (elements, marked-content references, annotation references), so the
** walk never climbs back up through /P. */
static void mark_walk(Mark *m, qpdf_oh oh, int iDepth){
  qpdf_data q = m->q;
  if( iDepth>64 ) return;     /* cairo nests far less; a cycle stops here */
  if( qpdf_oh_is_array(q, oh) ){
    int i, n = qpdf_oh_get_array_n_items(q, oh);
    for(i=0; i<n; i++) mark_walk(m, qpdf_oh_get_array_item(q, oh, i), iDepth+1);
    return;
  }
  if( !qpdf_oh_is_dictionary(q, oh) || !qpdf_oh_has_key(q, oh, "/S") ) return;
  if( qpdf_oh_is_name_and_equals(q, qpdf_oh_get_key(q, oh, "/S"), "/Figure") ){
    if( m->iAlt<m->nAlt && m->azAlt[m->iAlt] && m->azAlt[m->iAlt][0] ){
      qpdf_oh_replace_key(q, oh, "/Alt",
                          qpdf_oh_new_unicode_string(q, m->azAlt[m->iAlt]));
    }
    m->iAlt++;
  }
  if( qpdf_oh_has_key(q, oh, "/K") ){
    mark_walk(m, qpdf_oh_get_key(q, oh, "/K"), iDepth+1);
  }
}

/* Gather the elements at the top of the structure tree into one Document
** element, which becomes the tree root's only child: cairo puts each
** heading, paragraph and table there, and a tagged PDF has one element
** at the top (readers such as poppler refuse the tree otherwise). */
static void mark_document(qpdf_data q, qpdf_oh tree){
  qpdf_oh kids, doc;
  int i, n;
  if( !qpdf_oh_has_key(q, tree, "/K") ) return;
  kids = qpdf_oh_get_key(q, tree, "/K");
  if( !qpdf_oh_is_array(q, kids) ){
    qpdf_oh a = qpdf_oh_new_array(q);
    qpdf_oh_append_item(q, a, kids);
    kids = a;
  }
  doc = qpdf_oh_new_dictionary(q);
  qpdf_oh_replace_key(q, doc, "/Type", qpdf_oh_new_name(q, "/StructElem"));
  qpdf_oh_replace_key(q, doc, "/S", qpdf_oh_new_name(q, "/Document"));
  qpdf_oh_replace_key(q, doc, "/P", tree);
  qpdf_oh_replace_key(q, doc, "/K", kids);
  doc = qpdf_make_indirect_object(q, doc);
  n = qpdf_oh_get_array_n_items(q, kids);
  for(i=0; i<n; i++){
    qpdf_oh k = qpdf_oh_get_array_item(q, kids, i);
    if( qpdf_oh_is_dictionary(q, k) ) qpdf_oh_replace_key(q, k, "/P", doc);
  }
  qpdf_oh_replace_key(q, tree, "/K", doc);
}

static AccRc mark_error(qpdf_data q, const char *zWhat, char *zErr, int nErr){
  if( qpdf_has_error(q) ){
    snprintf(zErr, nErr, "pdf: %s: %s", zWhat,
             qpdf_get_error_full_text(q, qpdf_get_error(q)));
  }else{
    snprintf(zErr, nErr, "pdf: %s failed", zWhat);
  }
  return ACC_IO;
}

AccRc pdf_mark(const Buf *pIn, const char *zLang,
               const char *const *azAlt, int nAlt,
               Buf *pOut, char *zErr, int nErr){
  Mark m;
  qpdf_data q = qpdf_init();
  qpdf_oh root, dict;
  AccRc rc = ACC_IO;
  int i, nPage;

  memset(&m, 0, sizeof(m));
  m.q = q;
  m.azAlt = azAlt;
  m.nAlt = nAlt;
  qpdf_set_suppress_warnings(q, QPDF_TRUE);
  if( qpdf_read_memory(q, "report.pdf", pIn->z ? pIn->z : "",
                       (unsigned long long)pIn->n, 0) & QPDF_ERRORS ){
    rc = mark_error(q, "reading what cairo wrote", zErr, nErr);
    goto out;
  }
  root = qpdf_get_root(q);
  dict = qpdf_oh_new_dictionary(q);
  qpdf_oh_replace_key(q, dict, "/Marked", qpdf_oh_new_bool(q, QPDF_TRUE));
  qpdf_oh_replace_key(q, root, "/MarkInfo", dict);
  qpdf_oh_replace_key(q, root, "/Lang", qpdf_oh_new_unicode_string(q, zLang));
  dict = qpdf_oh_new_dictionary(q);
  qpdf_oh_replace_key(q, dict, "/DisplayDocTitle",
                      qpdf_oh_new_bool(q, QPDF_TRUE));
  qpdf_oh_replace_key(q, root, "/ViewerPreferences", dict);
  if( qpdf_oh_has_key(q, root, "/StructTreeRoot") ){
    qpdf_oh tree = qpdf_oh_get_key(q, root, "/StructTreeRoot");
    mark_walk(&m, qpdf_oh_get_key(q, tree, "/K"), 0);
    mark_document(q, tree);
  }
  if( m.iAlt!=nAlt ){
    snprintf(zErr, nErr, "pdf: %d figures drawn, %d in the structure tree",
             nAlt, m.iAlt);
    goto out;
  }
  nPage = qpdf_get_num_pages(q);
  for(i=0; i<nPage; i++){
    qpdf_oh_replace_key(q, qpdf_get_page_n(q, (size_t)i), "/Tabs",
                        qpdf_oh_new_name(q, "/S"));
  }
  if( qpdf_has_error(q) ){
    rc = mark_error(q, "marking the structure", zErr, nErr);
    goto out;
  }
  qpdf_init_write_memory(q);
  qpdf_set_deterministic_ID(q, QPDF_TRUE);
  qpdf_set_object_stream_mode(q, qpdf_o_preserve);
  qpdf_set_stream_data_mode(q, qpdf_s_preserve);
  if( qpdf_write(q) & QPDF_ERRORS ){
    rc = mark_error(q, "writing", zErr, nErr);
    goto out;
  }
  buf_append(pOut, (const char*)qpdf_get_buffer(q), qpdf_get_buffer_length(q));
  rc = ACC_OK;
out:
  qpdf_cleanup(&q);
  return rc;
}
