/*
** report_tree.c: the nodes of a report tree and the walk that drives
** every renderer (see report.h).
**
** report.c builds the tree with report_node(); render_html.c,
** render_csv.c, render_pdf.c and render_xlsx.c read it with
** report_walk().  Nodes and strings live in the report's arena.
*/
#include "report.h"
#include "../core/l10n.h"

#include <assert.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const azReportKindName[REPORT__MAX] = {
  "quarterly", "annual", "public", "portfolio"
};
const char *const azReportFormatName[RFMT__MAX] = {
  "html", "pdf", "xlsx", "csv"
};

/*
** Append a new node of type eType as the last child of pParent (or make it
** the root, if pParent is NULL and the report has none).  zText is copied
** into the report's arena; NULL is stored as "".
*/
RNode *report_node(Report *p, RNode *pParent, RNodeType eType,
                   const char *zText){
  RNode *pNode = arena_alloc(&p->arena, sizeof(*pNode));
  pNode->eType = eType;
  pNode->eStatus = -1;
  if( zText && p->eLang!=REPORT_LANG_EN ){
    /* a day after "od", "do", "na dan", ... in the genitive */
    size_t n = strlen(zText) + strlen(zText)/4 + 16;
    pNode->zText = l10n_date_cases(zText, p->eLang,
                                   arena_alloc(&p->arena, n), n);
  }else{
    pNode->zText = arena_strdup(&p->arena, zText ? zText : "");
  }
  pNode->pParent = pParent;
  if( pParent ){
    if( pParent->pLast ){
      pParent->pLast->pNext = pNode;
    }else{
      pParent->pFirst = pNode;
    }
    pParent->pLast = pNode;
  }else if( p->pRoot==0 ){
    p->pRoot = pNode;
  }
  return pNode;
}

/* Whether the word of n bytes at z is one a short name should not end
** with ("and", "of", "i", "za", ...). */
static int word_is_minor(const char *z, size_t n){
  static const char *const az[] = {
    "and", "or", "of", "the", "for", "in", "on", "to", "with", "a", "an",
    "i", "u", "za", "na", "sa", "od", "o", "\xd0\xb8", "\xd1\x83",
    "\xd0\xb7\xd0\xb0", "\xd0\xbd\xd0\xb0", "\xd1\x81\xd0\xb0",
    "\xd0\xbe\xd0\xb4", "\xd0\xbe", 0
  };
  int i;
  for(i=0; az[i]; i++){
    if( strlen(az[i])==n && strncasecmp(z, az[i], n)==0 ) return 1;
  }
  return 0;
}

void report_cut_words(const char *z, int nChar, char *zOut, int nOut){
  int i = 0, n = 0, iSpace = -1;
  assert( nOut>0 );
  while( z[i] && n<nChar ){
    int k = i+1;
    while( z[k] && ((unsigned char)z[k] & 0xc0)==0x80 ) k++;
    if( k>=nOut ) break;
    if( z[i]==' ' ) iSpace = i;
    i = k;
    n++;
  }
  if( z[i] && z[i]!=' ' && iSpace>0 ) i = iSpace;   /* not mid-word */
  memcpy(zOut, z, i);
  zOut[i] = 0;
  for(;;){
    size_t m = strlen(zOut), w;
    while( m>0 && strchr(" ,;:-.&(", zOut[m-1]) ) zOut[--m] = 0;
    for(w=m; w>0 && zOut[w-1]!=' '; w--){}
    if( w==0 || !word_is_minor(zOut+w, m-w) ) break;
    zOut[w] = 0;    /* drop a last "and", then its comma */
  }
  if( zOut[0]==0 && z[0] ){                 /* one long word: cut it */
    int j = 0;
    n = 0;
    while( z[j] && n<nChar ){
      int k = j+1;
      while( z[k] && ((unsigned char)z[k] & 0xc0)==0x80 ) k++;
      if( k>=nOut ) break;
      j = k;
      n++;
    }
    memcpy(zOut, z, j);
    zOut[j] = 0;
  }
}

void report_node_remove(RNode *pNode){
  RNode *pPar = pNode->pParent, *pPrev = 0, *pC;
  if( pPar==0 ) return;
  for(pC=pPar->pFirst; pC && pC!=pNode; pC=pC->pNext) pPrev = pC;
  if( pC==0 ) return;
  if( pPrev ) pPrev->pNext = pNode->pNext; else pPar->pFirst = pNode->pNext;
  if( pPar->pLast==pNode ) pPar->pLast = pPrev;
  pNode->pNext = 0;
  pNode->pParent = 0;
}

void report_node_move_before(RNode *pNode, RNode *pBefore){
  RNode *pPar = pNode->pParent, *pPrev = 0, *pC;
  assert( pPar && pBefore && pBefore->pParent==pPar );
  if( pNode==pBefore ) return;
  for(pC=pPar->pFirst; pC && pC!=pNode; pC=pC->pNext) pPrev = pC;
  if( pC==0 ) return;
  if( pPrev ) pPrev->pNext = pNode->pNext; else pPar->pFirst = pNode->pNext;
  if( pPar->pLast==pNode ) pPar->pLast = pPrev;
  pPrev = 0;
  for(pC=pPar->pFirst; pC && pC!=pBefore; pC=pC->pNext) pPrev = pC;
  pNode->pNext = pBefore;
  if( pPrev ) pPrev->pNext = pNode; else pPar->pFirst = pNode;
}

RNode *report_nodef(Report *p, RNode *pParent, RNodeType eType,
                    const char *zFmt, ...){
  Buf b = BUF_INIT;
  RNode *pNode;
  va_list ap;
  va_start(ap, zFmt);
  buf_vappendf(&b, zFmt, ap);
  va_end(ap);
  pNode = report_node(p, pParent, eType, buf_str(&b));
  buf_free(&b);
  return pNode;
}

/* Whether nodes of type e can have children (and so get an exit call). */
static int node_is_container(RNodeType e){
  switch( e ){
    case RN_DOCUMENT: case RN_SECTION: case RN_LIST: case RN_TABLE:
    case RN_ROW:
      return 1;
    default:
      return 0;
  }
}

/* Walk pNode and its descendants in document order. */
static int walk_node(const RNode *pNode, ReportWalkFn x, void *pArg){
  const RNode *pChild;
  int rc = x(pArg, pNode, 1);
  if( rc ) return rc;
  if( !node_is_container(pNode->eType) ) return 0;
  for(pChild=pNode->pFirst; pChild; pChild=pChild->pNext){
    rc = walk_node(pChild, x, pArg);
    if( rc ) return rc;
  }
  return x(pArg, pNode, 0);
}

int report_walk(const Report *p, ReportWalkFn x, void *pArg){
  if( p->pRoot==0 ) return 0;
  return walk_node(p->pRoot, x, pArg);
}

/*
** A new, empty report of kind eKind in language eLang, allocated in its
** own arena (so that report_free() releases the Report with its nodes).
*/
Report *report_new(ReportKind eKind, int eLang){
  Arena a = ARENA_INIT;
  Report *p = arena_alloc(&a, sizeof(*p));
  p->arena = a;
  p->eKind = eKind;
  p->eLang = eLang;
  p->at = p->from = p->to = DATE_NONE;
  return p;
}

const char *report_lang_code(int eLang){
  static const char *const azCode[REPORT_LANG__MAX] = {
    "en", "sr-Latn", "sr-Cyrl"
  };
  return eLang>=0 && eLang<REPORT_LANG__MAX ? azCode[eLang] : "en";
}

void report_free(Report *p){
  Arena a;
  if( p==0 ) return;
  a = p->arena;   /* the Report itself may live in its own arena */
  arena_free(&a);
}
