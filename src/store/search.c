/*
** search.c: full-text search (see search.h).
**
** The FTS5 table search_fts is kept in step with the tables of every kind
** a reader may see by triggers (goals, meetings and documents since
** migration 003, every other kind with text since migration 025), and
** the public's search_pub_fts with their published copies (pub_<table>).  A query typed by a
** person is never handed to FTS5 as syntax: store_search_quote() turns
** every word into an FTS5 string, so no input can cause a syntax error
** (which the driver would treat as a bug) or change the query's meaning;
** each word is looked for in Serbian's two scripts too.
** The statement is prepared per search: the Store's statement cache is
** for the statements of store.c.
*/
#include "storeInt.h"
#include "search.h"
#include "../core/translit.h"

#include <stdlib.h>
#include <string.h>

/* Whether the word z[0..n-1] holds a letter or digit (any non-ASCII
** byte counts as one: the tokenizer decides about those). */
static int word_has_alnum(const char *z, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c>=0x80 || (c>='0' && c<='9') || (c>='a' && c<='z')
     || (c>='A' && c<='Z') ){
      return 1;
    }
  }
  return 0;
}

/* The forms of the word z[0..n-1] a search looks for, into pOut, each
** ended by a tab: the word as typed, then in Latin and in Cyrillic script
** (src/core/translit.c) where these differ from the forms before.
** Serbian text is indexed as entered, in either script, so that
** "економија" finds "ekonomija" and "ekonomija" finds "економија".
** Returns the number of forms (1 to 3). */
static int search_word_forms(const char *z, size_t n, Buf *pOut){
  char *zWord = acc_malloc(n+1);
  char *zForm = acc_malloc(TRANSLIT_MAX(n));
  size_t iStart = pOut->n;
  int nForm = 1, i;
  memcpy(zWord, z, n);
  zWord[n] = 0;
  buf_append(pOut, zWord, n);
  buf_putc(pOut, '\t');
  for(i=0; i<2; i++){
    const char *zAll;
    size_t nNew, j;
    int bSeen = 0;
    if( i==0 ){
      nNew = translit_to_latn(zWord, zForm, TRANSLIT_MAX(n));
    }else{
      nNew = translit_to_cyrl(zWord, zForm, TRANSLIT_MAX(n));
    }
    /* Each form written so far ends with a tab. */
    zAll = buf_str(pOut) + iStart;
    for(j=0; zAll[j]; ){
      size_t m = strcspn(zAll+j, "\t");
      if( m==nNew && memcmp(zAll+j, zForm, m)==0 ) bSeen = 1;
      j += m + 1;
    }
    if( !bSeen ){
      buf_append(pOut, zForm, nNew);
      buf_putc(pOut, '\t');
      nForm++;
    }
  }
  free(zForm);
  free(zWord);
  return nForm;
}

/* Call x for each word of zQuery that a search takes (a run of
** characters other than spaces with a letter or digit in it), at most
** SEARCH_MAX_TERMS of them, with the word's forms (search_word_forms(),
** each ended by a tab), their number and whether it is the last word.
** Returns the number of words. */
static int search_words(const char *zQuery,
                        void (*x)(void*, const char*, int, int), void *pArg){
  const char *z = zQuery;
  const char *azWord[SEARCH_MAX_TERMS];
  size_t anWord[SEARCH_MAX_TERMS];
  Buf forms = BUF_INIT;
  int nWord = 0, i;
  while( *z && nWord<SEARCH_MAX_TERMS ){
    size_t n;
    while( *z==' ' || *z=='\t' || *z=='\n' || *z=='\r' ) z++;
    n = strcspn(z, " \t\r\n");
    if( n==0 ) break;
    if( word_has_alnum(z, n) ){
      azWord[nWord] = z;
      anWord[nWord] = n;
      nWord++;
    }
    z += n;
  }
  for(i=0; i<nWord; i++){
    int nForm;
    buf_reset(&forms);
    nForm = search_word_forms(azWord[i], anWord[i], &forms);
    x(pArg, buf_str(&forms), nForm, i==nWord-1);
  }
  buf_free(&forms);
  return nWord;
}

/* search_words() callback of store_search_quote(): the word as an FTS5
** string, or its forms as strings in parentheses joined by OR. */
static void search_quote_word(void *pArg, const char *zForms, int nForm,
                              int bLast){
  Buf *pOut = pArg;
  const char *z = zForms;
  int i;
  /* (FTS5 takes no implicit AND before a parenthesis.) */
  if( pOut->n ) buf_puts(pOut, " AND ");
  if( nForm>1 ) buf_putc(pOut, '(');
  for(i=0; i<nForm; i++){
    size_t n = strcspn(z, "\t"), j;
    if( i ) buf_puts(pOut, " OR ");
    buf_putc(pOut, '"');
    for(j=0; j<n; j++){
      if( z[j]=='"' ) buf_putc(pOut, '"');
      buf_putc(pOut, z[j]);
    }
    buf_putc(pOut, '"');
    /* The last word may be the start of a longer one ("trad" finds
    ** "trade"): a prefix query on each of its forms. */
    if( bLast ) buf_putc(pOut, '*');
    z += n + 1;
  }
  if( nForm>1 ) buf_putc(pOut, ')');
}

int store_search_quote(const char *zQuery, Buf *pOut){
  return search_words(zQuery, search_quote_word, pOut);
}

/* The words of a query for PostgreSQL (search_words()). */
typedef struct SearchPgWords {
  Buf head;     /* the words but the last, a line each, forms tab-ended */
  Buf last;     /* the forms of the last word, each ended by a tab */
} SearchPgWords;

/* search_words() callback of store_search() on PostgreSQL. */
static void search_pg_word(void *pArg, const char *zForms, int nForm,
                           int bLast){
  SearchPgWords *pW = pArg;
  (void)nForm;
  if( bLast ){
    buf_puts(&pW->last, zForms);
  }else{
    if( pW->head.n ) buf_putc(&pW->head, '\n');
    buf_puts(&pW->head, zForms);
  }
}

/* PostgreSQL's search over index T (schema/pg: search_doc, or the
** public's search_pub_doc): entity, item id and a snippet with the marks
** of search.h, the best first (the title weighs more than the body, as
** in FTS5's bm25 above).  ?1 holds the words but the last, a line each,
** ?2 the last word, taken as the start of a word; each word as its forms
** (search_word_forms(), each ended by a tab), any of which may occur.  A
** form of the last word is its lexemes, each a prefix (a lexeme with a
** quote or backslash, which cannot be written in a query's text, is left
** out).  The tsquery of each form is written as text and the whole read
** back: tsquery's own output quotes its lexemes. */
#define SEARCH_PG_SQL(T) \
  "SELECT d.entity, d.item_id, ts_headline('accord_search', CASE WHEN" \
  " to_tsvector('accord_search', d.body) @@ q.q THEN d.body ELSE d.title" \
  " END, q.q, 'StartSel=\"' || chr(2) || '\", StopSel=\"' || chr(3) ||" \
  " '\", MaxWords=24, MinWords=12') FROM " T " d, (SELECT coalesce(" \
  "CAST(nullif(concat_ws(' & ', h.z, l.z), '') AS tsquery)," \
  " plainto_tsquery('simple', '')) AS q FROM (SELECT" \
  " string_agg('(' || g.z || ')', ' & ') AS z FROM (SELECT" \
  " string_agg('(' || CAST(t AS text) || ')', ' | ') AS z" \
  " FROM unnest(string_to_array(?1, chr(10))) WITH ORDINALITY AS w(line," \
  " n), unnest(string_to_array(w.line, chr(9))) AS f(a)," \
  " plainto_tsquery('accord_search', f.a) AS t WHERE f.a <> ''" \
  " AND numnode(t) > 0 GROUP BY w.n) g) h, (SELECT" \
  " string_agg('(' || CAST(x.t AS text) || ')', ' | ') AS z" \
  " FROM unnest(string_to_array(?2, chr(9))) AS f(a), LATERAL (SELECT" \
  " to_tsquery('simple', string_agg('''' || lexeme || ''':*', ' & '))" \
  " AS t FROM unnest(to_tsvector('accord_search', f.a))" \
  " WHERE lexeme !~ '[''\\\\]') x WHERE f.a <> '' AND numnode(x.t) > 0) l)" \
  " q WHERE d.tsv @@ q.q ORDER BY ts_rank('{0.1, 0.2, 0.2, 1.0}', d.tsv," \
  " q.q) DESC, d.id"

AccRc store_search(Store *p, const char *zQuery, StoreSearchFn x,
                   void *pArg){
  static const char zSql[] =
    "SELECT entity, item_id, snippet(search_fts, -1, char(2), char(3),"
    " '\xe2\x80\xa6', 24) FROM search_fts WHERE search_fts MATCH ?1"
    " ORDER BY bm25(search_fts, 0.0, 0.0, 5.0, 1.0), rowid";
  /* The public searches the published text only (migration 010). */
  static const char zPubSql[] =
    "SELECT entity, item_id, snippet(search_pub_fts, -1, char(2), char(3),"
    " '\xe2\x80\xa6', 24) FROM search_pub_fts WHERE search_pub_fts"
    " MATCH ?1 ORDER BY bm25(search_pub_fts, 0.0, 0.0, 5.0, 1.0), rowid";
  Buf q = BUF_INIT;
  DbStmt *pS = 0;
  AccRc rc = ACC_OK;
  int nHit = 0, r;
  if( STORE_PG(p) ){
    SearchPgWords w = { BUF_INIT, BUF_INIT };
    int nWord = search_words(zQuery, search_pg_word, &w);
    if( nWord>0 ){
      pS = p->pDrv->xPrepare(p->pDb, p->eView==CLASS_PUBLIC
                             ? SEARCH_PG_SQL("search_pub_doc")
                             : SEARCH_PG_SQL("search_doc"));
      p->pDrv->xBindText(pS, 1, buf_str(&w.head));
      p->pDrv->xBindText(pS, 2, buf_str(&w.last));
    }
    buf_free(&w.head);
    buf_free(&w.last);
    if( nWord==0 ){
      rc = ACC_INVALID;
      goto out;
    }
  }else{
    if( store_search_quote(zQuery, &q)==0 ){
      rc = ACC_INVALID;
      goto out;
    }
    pS = p->pDrv->xPrepare(p->pDb, p->eView==CLASS_PUBLIC ? zPubSql : zSql);
    p->pDrv->xBindText(pS, 1, buf_str(&q));
  }
  while( nHit<SEARCH_MAX_HITS && (r = p->pDrv->xStep(pS))==DB_ROW ){
    const char *zEntity = p->pDrv->xColumnText(pS, 0);
    int64_t id = p->pDrv->xColumnInt(pS, 1);
    int e = model_entity_find(zEntity);
    Arena a = ARENA_INIT;
    Value *aVal;
    int bStop = 0;
    /* Visibility: the store reads the item as the current viewer. */
    if( e>=0 && store_item_get(p, e, id, &a, &aVal)==ACC_OK ){
      nHit++;
      bStop = x(pArg, aEntity[e].zName, id, p->pDrv->xColumnText(pS, 2));
    }
    arena_free(&a);
    if( bStop ) break;
  }
out:
  if( pS ) p->pDrv->xFinalize(pS);
  buf_free(&q);
  return rc;
}
