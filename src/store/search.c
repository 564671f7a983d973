/*
** search.c: full-text search (see search.h).
**
** The FTS5 table search_fts is kept in step with the tables of every kind
** a reader may see by triggers (goals, meetings and documents since
** migration 003, every other kind with text since migration 025), and
** the public's search_pub_fts with their published copies (pub_<table>).  A query typed by a
** person is never handed to FTS5 as syntax: store_search_quote() turns
** every word into an FTS5 string, so no input can cause a syntax error
** (which the driver would treat as a bug) or change the query's meaning.
** The statement is prepared per search: the Store's statement cache is
** for the statements of store.c.
*/
#include "storeInt.h"
#include "search.h"

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

int store_search_quote(const char *zQuery, Buf *pOut){
  const char *z = zQuery;
  int nWord = 0;
  while( *z && nWord<SEARCH_MAX_TERMS ){
    size_t n, i;
    while( *z==' ' || *z=='\t' || *z=='\n' || *z=='\r' ) z++;
    n = strcspn(z, " \t\r\n");
    if( n==0 ) break;
    if( word_has_alnum(z, n) ){
      if( nWord ) buf_putc(pOut, ' ');
      buf_putc(pOut, '"');
      for(i=0; i<n; i++){
        if( z[i]=='"' ) buf_putc(pOut, '"');
        buf_putc(pOut, z[i]);
      }
      buf_putc(pOut, '"');
      nWord++;
    }
    z += n;
  }
  /* The last word may be the start of a longer one ("trad" finds
  ** "trade"): a prefix query on the whole last string. */
  if( nWord ) buf_putc(pOut, '*');
  return nWord;
}

/* The words of zQuery as store_search_quote() takes them, for
** PostgreSQL: all but the last, space-separated, into pHead; the last
** into pLast.  Returns their number. */
static int search_pg_words(const char *zQuery, Buf *pHead, Buf *pLast){
  const char *z = zQuery;
  int nWord = 0;
  while( *z && nWord<SEARCH_MAX_TERMS ){
    size_t n;
    while( *z==' ' || *z=='\t' || *z=='\n' || *z=='\r' ) z++;
    n = strcspn(z, " \t\r\n");
    if( n==0 ) break;
    if( word_has_alnum(z, n) ){
      if( nWord ){
        if( pHead->n ) buf_putc(pHead, ' ');
        buf_append(pHead, buf_str(pLast), pLast->n);
      }
      buf_reset(pLast);
      buf_append(pLast, z, n);
      nWord++;
    }
    z += n;
  }
  return nWord;
}

/* PostgreSQL's search over index T (schema/pg: search_doc, or the
** public's search_pub_doc): entity, item id and a snippet with the marks
** of search.h, the best first (the title weighs more than the body, as
** in FTS5's bm25 above).  ?1 holds the words but the last, ?2 the last,
** taken as the start of a word: its lexemes, each a prefix (a lexeme
** with a quote or backslash, which cannot be written in a query's text,
** is left out). */
#define SEARCH_PG_SQL(T) \
  "SELECT d.entity, d.item_id, ts_headline('accord_search', CASE WHEN" \
  " to_tsvector('accord_search', d.body) @@ q.q THEN d.body ELSE d.title" \
  " END, q.q, 'StartSel=\"' || chr(2) || '\", StopSel=\"' || chr(3) ||" \
  " '\", MaxWords=24, MinWords=12') FROM " T " d, (SELECT" \
  " plainto_tsquery('accord_search', ?1) && coalesce((SELECT" \
  " to_tsquery('simple', string_agg('''' || lexeme || ''':*', ' & '))" \
  " FROM unnest(to_tsvector('accord_search', ?2))" \
  " WHERE lexeme !~ '[''\\\\]'), plainto_tsquery('simple', '')) AS q) q" \
  " WHERE d.tsv @@ q.q ORDER BY ts_rank('{0.1, 0.2, 0.2, 1.0}', d.tsv," \
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
    Buf last = BUF_INIT;
    if( search_pg_words(zQuery, &q, &last)==0 ){
      rc = ACC_INVALID;
      buf_free(&last);
      goto out;
    }
    pS = p->pDrv->xPrepare(p->pDb, p->eView==CLASS_PUBLIC
                           ? SEARCH_PG_SQL("search_pub_doc")
                           : SEARCH_PG_SQL("search_doc"));
    p->pDrv->xBindText(pS, 1, buf_str(&q));
    p->pDrv->xBindText(pS, 2, buf_str(&last));
    buf_free(&last);
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
