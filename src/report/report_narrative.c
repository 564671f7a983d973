/*
** report_narrative.c: the secretariat's narrative of each framework area
** in a report (kind "narrative", schema/sqlite/016_narrative.sql).
**
** A narrative is Markdown.  It enters the tree as the tree's own nodes,
** never as markup: paragraphs (RN_PARA), bulleted and numbered lists
** (RN_LIST, RN_ITEM), headings (RN_SECTION of level 3, holding what
** follows them), block quotes and code as paragraphs; inline emphasis,
** code and line breaks as plain text, a link as its text with the
** address in brackets; raw HTML is dropped.  So every renderer carries
** it (HTML, PDF, XLSX, CSV) and none has to trust it.
**
** Which narrative a report shows: the one of the report's own period
** when the report covers exactly one (2026-Q3 for the quarterly report
** of 2026-Q3, 2026 for the annual report of 2026), else every narrative
** of a period inside the report's.  Serbian reports show text_sr, in
** the reader's script, when it is there, else the English text.
**
** A narrative is a published kind (025_reports.sql): the public report,
** built for the public, reads the version every party approved.
*/
#include "reportInt.h"

#include <cmark.h>
#include <stdlib.h>
#include <string.h>

/* Append the plain text of the inline children of node pNode to pOut. */
static void md_text(cmark_node *pNode, Buf *pOut){
  cmark_node *c;
  for(c=cmark_node_first_child(pNode); c; c=cmark_node_next(c)){
    const char *z;
    switch( cmark_node_get_type(c) ){
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        z = cmark_node_get_literal(c);
        buf_puts(pOut, z ? z : "");
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        buf_putc(pOut, ' ');
        break;
      case CMARK_NODE_LINK:
        md_text(c, pOut);
        z = cmark_node_get_url(c);
        if( z && z[0] ) buf_appendf(pOut, " (%s)", z);
        break;
      case CMARK_NODE_HTML_INLINE:
        break;                        /* never carried */
      default:
        md_text(c, pOut);             /* emphasis, strong, image text */
        break;
    }
  }
}

/* The text of a list item: its paragraphs, one after the other. */
static void md_item_text(cmark_node *pItem, Buf *pOut){
  cmark_node *c;
  for(c=cmark_node_first_child(pItem); c; c=cmark_node_next(c)){
    if( buf_str(pOut)[0] ) buf_putc(pOut, ' ');
    if( cmark_node_get_type(c)==CMARK_NODE_LIST ){
      cmark_node *i;
      for(i=cmark_node_first_child(c); i; i=cmark_node_next(i)){
        md_item_text(i, pOut);
      }
    }else{
      md_text(c, pOut);
    }
  }
}

/* Add the blocks of the Markdown document pDoc under pParent; a heading
** opens a level-3 section that takes the blocks after it. */
static void md_blocks(ReportBuild *b, cmark_node *pDoc, RNode *pParent){
  cmark_node *c;
  RNode *pTo = pParent;
  for(c=cmark_node_first_child(pDoc); c; c=cmark_node_next(c)){
    Buf t = BUF_INIT;
    switch( cmark_node_get_type(c) ){
      case CMARK_NODE_HEADING:
        md_text(c, &t);
        pTo = rb_section(b, pParent, 3, 0, 0, buf_str(&t));
        break;
      case CMARK_NODE_PARAGRAPH:
        md_text(c, &t);
        if( buf_str(&t)[0] ) rb_para(b, pTo, 0, buf_str(&t));
        break;
      case CMARK_NODE_BLOCK_QUOTE: {
        cmark_node *q;
        for(q=cmark_node_first_child(c); q; q=cmark_node_next(q)){
          if( buf_str(&t)[0] ) buf_putc(&t, ' ');
          md_text(q, &t);
        }
        if( buf_str(&t)[0] ) rb_para(b, pTo, RF_NOTE, buf_str(&t));
        break;
      }
      case CMARK_NODE_CODE_BLOCK: {
        const char *z = cmark_node_get_literal(c);
        if( z && z[0] ) rb_para(b, pTo, 0, z);
        break;
      }
      case CMARK_NODE_LIST: {
        RNode *pL = report_node(b->p, pTo, RN_LIST, 0);
        cmark_node *i;
        int k = cmark_node_get_list_start(c);
        int bNum = cmark_node_get_list_type(c)==CMARK_ORDERED_LIST;
        for(i=cmark_node_first_child(c); i; i=cmark_node_next(i), k++){
          Buf u = BUF_INIT;
          if( bNum ) buf_appendf(&u, "%d. ", k);
          md_item_text(i, &u);
          report_node(b->p, pL, RN_ITEM, buf_str(&u));
          buf_free(&u);
        }
        break;
      }
      default:
        break;                        /* HTML blocks, rules */
    }
    buf_free(&t);
  }
}

/* Whether period zPeriod is one the report shows narratives of. */
static int period_shown(ReportBuild *b, const char *zPeriod){
  Period per, mine;
  const Report *r = b->p;
  if( period_parse(zPeriod, &per) ) return 0;
  /* the report's own period, when it is exactly one */
  for(mine.eFreq=FREQ_MONTH; mine.eFreq<FREQ__MAX; mine.eFreq++){
    Period q = period_containing(r->from, (Freq)mine.eFreq);
    if( period_start(q)==r->from && period_end(q)==r->to ){
      return per.eFreq==q.eFreq && period_cmp(per, q)==0;
    }
  }
  return period_start(per)>=r->from && period_end(per)<=r->to;
}

/* Add the narratives of area idArea the report shows under pParent. */
int rb_narrative(ReportBuild *b, RNode *pParent, int64_t idArea){
  int n, i, nShown = 0;
  int64_t *aId = rb_ids(b, ENT_NARRATIVE,
                        model_field_find(ENT_NARRATIVE, "area_id"), idArea,
                        &n);
  for(i=0; i<n; i++){
    Value *aV;
    const char *zText, *zSr, *zPer;
    Period per;
    cmark_node *pDoc;
    RNode *pS;
    if( store_item_get(b->pStore, ENT_NARRATIVE, aId[i], b->pA, &aV) ){
      continue;
    }
    if( !period_shown(b, rb_text(ENT_NARRATIVE, aV, "period")) ) continue;
    rb_hash_row(b, ENT_NARRATIVE, aId[i], aV);
    zText = rb_text(ENT_NARRATIVE, aV, "text");
    zSr = rb_text(ENT_NARRATIVE, aV, "text_sr");
    if( b->p->eLang!=REPORT_LANG_EN && zSr[0] ) zText = rb_serbian(b, zSr);
    zPer = rb_text(ENT_NARRATIVE, aV, "period");
    if( period_parse(zPer, &per)==0 ) zPer = rb_period(b, per);
    pS = rb_section(b, pParent, 3, arena_printf(b->pA, "narrative-%lld",
                    (long long)aId[i]), 0,
                    arena_printf(b->pA, rtr(b, "From the secretariat (%s)"),
                                 zPer));
    pDoc = cmark_parse_document(zText, strlen(zText), CMARK_OPT_DEFAULT);
    md_blocks(b, pDoc, pS);
    cmark_node_free(pDoc);
    nShown++;
  }
  return nShown;
}
