/*
** store_search.c: search in either script of Serbian (src/store/search.c,
** schema 040_search_serbian.sql): the query's words with their Latin and
** Cyrillic forms, and an item found by its Serbian text whichever script
** it was entered or is looked for in.  Included by store_test.c (its
** helpers fresh(), add() and search_cb()).
*/

/* The FTS5 query store_search_quote() writes for zQuery. */
static const char *search_quoted(Buf *pB, const char *zQuery){
  buf_reset(pB);
  store_search_quote(zQuery, pB);
  return buf_str(pB);
}

/* The number of hits of zQuery (-1 if it holds no word). */
static int search_n(Store *p, const char *zQuery){
  int n = 0;
  if( store_search(p, zQuery, search_cb, &n)!=ACC_OK ) return -1;
  return n;
}

/* store-srch: Serbian in either script. */
static void test_search_serbian(void){
  Store *p = fresh("tsrch.db");
  Buf b = BUF_INIT;
  const char *const azLatn[] = { "code", "s1", "title", "One",
    "note_sr", "Zebrasrpski beleška", 0 };
  const char *const azCyrl[] = { "code", "s2", "title", "Two",
    "note_sr", "окапи напомена", 0 };
  /* store-srch.1: each word in its forms, the last a prefix in each;
  ** a form the same as one before is written once */
  STR_EQ(search_quoted(&b, "trad"), "(\"trad\"* OR \"трад\"*)");
  STR_EQ(search_quoted(&b, "ekonomija trad"),
         "(\"ekonomija\" OR \"економија\") AND (\"trad\"* OR \"трад\"*)");
  STR_EQ(search_quoted(&b, "економија"),
         "(\"економија\"* OR \"ekonomija\"*)");
  STR_EQ(search_quoted(&b, "2025 Wyoming"), "\"2025\" AND \"Wyoming\"*");
  STR_EQ(search_quoted(&b, "a\"b"), "(\"a\"\"b\"* OR \"а\"\"б\"*)");
  INT_EQ(store_search_quote(" ... ", &b), 0);
  /* store-srch.2: a source found by its Serbian note alone, in the
  ** script it was entered in and in the other */
  OK(add(p, ENT_SOURCE, azLatn)>0);
  OK(add(p, ENT_SOURCE, azCyrl)>0);
  INT_EQ(search_n(p, "zebrasrpski"), 1);
  INT_EQ(search_n(p, "зебрасрпски"), 1);
  INT_EQ(search_n(p, "okapi napom"), 1);
  INT_EQ(search_n(p, "окапи"), 1);
  INT_EQ(search_n(p, "okapi zebrasrpski"), 0);
  buf_free(&b);
  store_close(p);
}
