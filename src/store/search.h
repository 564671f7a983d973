/*
** search.h: full-text search over every kind a reader may see (search.c,
** on the FTS5 tables of schema/sqlite/003_search.sql, 010_publication.sql,
** 025_reports.sql and 040_search_serbian.sql).
**
** The index holds every item; what a search returns is filtered by the
** reader (store_set_viewer()): each hit is read back with
** store_item_get() and dropped if the reader may not see it, so that
** neither a title nor a snippet of an item the reader may not see ever
** leaves the store.
*/
#ifndef ACCORD_SEARCH_H
#define ACCORD_SEARCH_H

#include "store.h"

/* In a snippet, a matched term is enclosed in these two bytes. */
#define SEARCH_MARK_ON  '\x02'
#define SEARCH_MARK_OFF '\x03'

#define SEARCH_MAX_TERMS 16     /* words of a query used, at most */
#define SEARCH_MAX_HITS 100     /* visible hits reported, at most */

/* A hit: the entity's name ("goal", "risk", "narrative"...), the item's id
** and a snippet of its text (UTF-8, with matches marked by
** SEARCH_MARK_ON/OFF, not escaped for any markup).  The strings are valid
** during the call only.  A non-zero return stops the search. */
typedef int (*StoreSearchFn)(void *pArg, const char *zEntity, int64_t id,
                             const char *zSnippet);

/* Search for the words of zQuery (free text typed by a person: every
** word must occur, the last may be the start of a word; quotes, stars,
** parentheses and FTS5 keywords have no special meaning).  Calls x for
** each hit the reader may see, best first, at most SEARCH_MAX_HITS times.
** Returns ACC_OK, or ACC_INVALID if zQuery holds no word to search for. */
AccRc store_search(Store *p, const char *zQuery, StoreSearchFn x,
                   void *pArg);

/* Write zQuery as an FTS5 query into pOut: each word (a run of
** characters other than spaces) becomes a string in double quotes, inner
** double quotes doubled, the strings of the last followed by "*", the
** words joined by AND.  A word
** whose Serbian Latin or Cyrillic form (src/core/translit.c) differs from
** it becomes its forms in parentheses, joined by OR ("(\"ekonomija\" OR
** \"економија\")"), so that Serbian is found in either script.  Words
** without a letter or digit are dropped.  Returns the number of words
** written. */
int store_search_quote(const char *zQuery, Buf *pOut);

#endif
