/*
** page_search.c: full-text search over every kind a reader may see
** (goals, meetings, documents, decisions, risks, indicators, people,
** narratives and the rest: schema/sqlite/025_reports.sql), through
** store_search(), which reports only the hits the reader may see.
*/
#include "page.h"
#include "../store/search.h"

#include <string.h>

/* State of one search. */
typedef struct SearchCtx {
  Req *p;
  int n;          /* hits listed */
} SearchCtx;

/* Print a snippet: its text escaped, its match marks as <mark>. */
static void snippet_html(Req *p, const char *zSnippet){
  char *z = arena_strdup(&p->arena, zSnippet);
  int bOpen = 0;
  while( *z ){
    char *zMark = strpbrk(z, "\x02\x03");
    char c;
    if( zMark==0 ){
      html_printf(&p->body, "%h", z);
      break;
    }
    c = *zMark;
    *zMark = 0;
    html_printf(&p->body, "%h", z);
    if( c==SEARCH_MARK_ON && !bOpen ){
      html_printf(&p->body, "<mark>");
      bOpen = 1;
    }else if( c==SEARCH_MARK_OFF && bOpen ){
      html_printf(&p->body, "</mark>");
      bOpen = 0;
    }
    z = zMark + 1;
  }
  if( bOpen ) html_printf(&p->body, "</mark>");
}

/* Print one hit. */
static int search_hit(void *pArg, const char *zEntity, int64_t id,
                      const char *zSnippet){
  SearchCtx *c = pArg;
  Req *p = c->p;
  int e = model_entity_find(zEntity);
  Value *aVal;
  const char *zLabel;
  if( e<0 ) return 0;
  zLabel = page_label(p, e, id);
  if( zLabel==0 ) return 0;
  if( c->n++==0 ) html_printf(&p->body, "<ol class=\"hits\">\n");
  html_printf(&p->body, "<li><span class=\"cls\">%h</span> <a href=\"%h\">"
    "%h</a>", tr(p, aEntity[e].zTitle), page_url(p, e, id), zLabel);
  if( aEntity[e].iDialogue>=0
   && store_item_get(p->pStore, e, id, &p->arena, &aVal)==ACC_OK
   && aVal[aEntity[e].iDialogue].eType==VAL_INT ){
    const char *zD = page_label(p, ENT_DIALOGUE,
                                aVal[aEntity[e].iDialogue].i);
    if( zD ) html_printf(&p->body, " <span class=\"note\">%h</span>", zD);
  }
  html_printf(&p->body, "<p class=\"snippet\">");
  snippet_html(p, zSnippet);
  html_printf(&p->body, "</p></li>\n");
  return 0;
}

/*
** PAGE: /search?q=WORDS
** Every item the reader may see that holds all
** the words (the last may be the start of a word), best match first.
*/
void page_search(Req *p){
  const char *zQ = req_arg(p, "q");
  SearchCtx c;
  memset(&c, 0, sizeof(c));
  c.p = p;
  page_begin(p, zQ ? zQ : tr(p, "Search"));
  html_printf(&p->body, "<h1>%h</h1>\n", tr(p, "Search"));
  page_search_form(p, zQ);
  if( zQ==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n", tr(p, "Search "
      "goals, meetings, documents, decisions, risks, indicators, "
      "roadmap steps, people, benefits, narratives and the other items "
      "you may read."));
  }else if( strlen(zQ)>200 ){
    p->iStatus = 400;
    html_printf(&p->body, "<p class=\"error\" role=\"alert\">%h</p>\n",
                tr(p, "The search is too long: use at most 200 characters."));
  }else if( store_search(p->pStore, zQ, search_hit, &c)==ACC_INVALID ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "Type a word to search for."));
  }else if( c.n==0 ){
    html_printf(&p->body, "<p>%h</p>\n",
                tr(p, "Nothing found among the items you may see."));
  }else{
    html_printf(&p->body, "</ol>\n<p class=\"note\">%h</p>\n",
      arena_printf(&p->arena, tr(p, "Items found: %d."), c.n));
  }
  page_end(p);
}
