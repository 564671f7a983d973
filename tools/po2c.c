/*
** po2c.c: build-time tool that turns the Serbian catalogue into C source.
**
**   po2c po/sr-Latn.po > build/gen/po.c     write the catalogues
**   po2c --check po/sr-Latn.po               parse only, print the counts
**   po2c --ids po/accord.pot                 print every msgid, one a line
**
** Reads a gettext PO file (msgid/msgstr pairs, strings continued over
** several lines, the escapes \" \\ \n \t \r, comments) and writes two
** tables for src/web/i18n.c, sorted by msgid for binary search: aTrSrLatn
** (English -> Serbian Latin, the msgstr) and aTrSrCyrl (English -> Serbian
** Cyrillic, the msgstr transliterated by src/core/translit.c, leaving
** printf conversions such as %d alone).  See src/web/i18n.h and
** docs/i18n.md.
**
** Skipped quietly: the header (msgid ""), obsolete entries (#~), fuzzy
** ones (#, fuzzy) and untranslated ones (msgstr ""); tr() shows those in
** English.  Rejected, with FILE:LINE and exit status 1: anything that is
** not PO syntax, an unknown escape, text that is not UTF-8, a charset
** other than UTF-8, msgctxt and plural forms (tr() has neither), a msgid
** given twice, and a msgstr whose printf conversions (%d, %s, %%, ...)
** differ from its msgid's, since translated formats are passed to printf.
**
** Needs no gettext library or tool at build time: only the C library and
** translit.c.
*/
#define _POSIX_C_SOURCE 200809L   /* getline */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "translit.h"

/* One entry of the catalogue. */
typedef struct Msg {
  char *zId;               /* msgid, unescaped */
  char *zStr;              /* msgstr, unescaped */
  char *zCyrl;             /* msgstr in Cyrillic */
  int iLine;               /* line of its msgid */
} Msg;

static const char *zFile;  /* the PO file, for messages */
static int nErr = 0;       /* errors found */
static int bIds = 0;       /* --ids: print the msgids, \n and \\ escaped */

static void error_at(int iLine, const char *zMsg, const char *zArg){
  fprintf(stderr, "%s:%d: %s%s%s\n", zFile, iLine, zMsg, zArg ? ": " : "",
          zArg ? zArg : "");
  nErr++;
}

static void *xrealloc(void *p, size_t n){
  p = realloc(p, n ? n : 1);
  if( p==0 ){
    fprintf(stderr, "po2c: out of memory\n");
    exit(1);
  }
  return p;
}

/* A growable string. */
typedef struct Str {
  char *z;
  size_t n, nAlloc;
} Str;
static void str_add(Str *p, const char *z, size_t n){
  if( p->n+n+1>p->nAlloc ){
    p->nAlloc = 2*(p->n+n+1);
    p->z = xrealloc(p->z, p->nAlloc);
  }
  memcpy(p->z+p->n, z, n);
  p->n += n;
  p->z[p->n] = 0;
}
static char *str_take(Str *p){
  char *z = p->z ? p->z : xrealloc(0, 1);
  if( p->z==0 ) z[0] = 0;
  memset(p, 0, sizeof(*p));
  return z;
}

/* Whether z is valid UTF-8. */
static int utf8_valid(const unsigned char *z){
  while( *z ){
    int n, i;
    unsigned c = *z;
    unsigned long v;
    if( c<0x80 ){ z++; continue; }
    if( c>=0xc2 && c<=0xdf ){ n = 2; v = c&0x1f; }
    else if( c>=0xe0 && c<=0xef ){ n = 3; v = c&0x0f; }
    else if( c>=0xf0 && c<=0xf4 ){ n = 4; v = c&0x07; }
    else return 0;
    for(i=1; i<n; i++){
      if( (z[i]&0xc0)!=0x80 ) return 0;
      v = (v<<6) | (z[i]&0x3f);
    }
    if( (n==3 && (v<0x800 || (v>=0xd800 && v<=0xdfff)))
     || (n==4 && (v<0x10000 || v>0x10ffff)) ){
      return 0;
    }
    z += n;
  }
  return 1;
}

/* Append the quoted PO string at z (after spaces) to pOut, unescaped.
** Returns 0 on success. */
static int po_string(const char *z, int iLine, Str *pOut){
  while( *z==' ' || *z=='\t' ) z++;
  if( *z!='"' ){
    error_at(iLine, "expected a quoted string", 0);
    return 1;
  }
  for(z++; *z && *z!='"'; z++){
    char c = *z;
    if( c=='\\' ){
      switch( *++z ){
        case '"':  c = '"'; break;
        case '\\': c = '\\'; break;
        case 'n':  c = '\n'; break;
        case 't':  c = '\t'; break;
        case 'r':  c = '\r'; break;
        default:
          error_at(iLine, "unknown escape in string", 0);
          return 1;
      }
    }
    str_add(pOut, &c, 1);
  }
  if( *z!='"' ){
    error_at(iLine, "string not closed", 0);
    return 1;
  }
  for(z++; *z==' ' || *z=='\t' || *z=='\r'; z++){}
  if( *z ){
    error_at(iLine, "text after the string", 0);
    return 1;
  }
  return 0;
}

/* Length of the printf conversion at z (z[0]=='%'): flags, width,
** precision, length and the conversion letter, or 0 if what follows the
** '%' is not a conversion.  The letters are those of printf and of
** Accord's own formatters (%h %t %j of html_printf, %q %Q %w %z). */
static size_t format_len(const char *z){
  size_t n = 1 + strspn(z+1, "0123456789.-+#lhzjt");
  if( z[1]=='%' ) return 2;
  /* h, j, t, z are both length modifiers and conversions: the last
  ** letter of the run is the conversion if nothing else follows. */
  if( z[n] && strchr("diouxXeEfFgGaAcspnqQw", z[n]) ) return n+1;
  while( n>1 && !strchr("hjtz", z[n-1]) ) n--;
  return n>1 ? n : 0;
}

/* The printf conversions of z, one after the other ("%d|%lld|%%|"), into
** pOut; the rest of z is left out.  The flag '#' of a "%#s" is left out
** too: it asks the status sentences for a period in the locative ("u
** %#s", src/core/status_say.c, l10n_fill()), and C's printf ignores it. */
static void format_spec(const char *z, Str *pOut){
  for(; *z; z++){
    size_t n, i;
    if( *z!='%' || (n = format_len(z))==0 ) continue;
    for(i=0; i<n; i++){
      if( z[i]=='#' && z[n-1]=='s' ) continue;
      str_add(pOut, z+i, 1);
    }
    str_add(pOut, "|", 1);
    z += n-1;
  }
}
static int format_has(const char *z){
  for(; (z = strchr(z, '%'))!=0; z++){
    if( format_len(z) ) return 1;
  }
  return 0;
}
static int format_same(const char *zA, const char *zB){
  Str a = {0, 0, 0}, b = {0, 0, 0};
  int bSame;
  format_spec(zA, &a);
  format_spec(zB, &b);
  bSame = a.n==b.n && (a.n==0 || memcmp(a.z, b.z, a.n)==0);
  free(a.z);
  free(b.z);
  return bSame;
}

/* z in Cyrillic; if bFormat, its printf conversions left as they are. */
static char *cyrl_of(const char *z, int bFormat){
  Str out = {0, 0, 0};
  char *zPart = xrealloc(0, strlen(z)+1);
  char *zCyr = xrealloc(0, TRANSLIT_MAX(strlen(z)));
  while( *z ){
    size_t n = 0, nFmt = 0;
    while( z[n] && !(bFormat && z[n]=='%' && (nFmt = format_len(z+n))) ){
      n++;
    }
    memcpy(zPart, z, n);
    zPart[n] = 0;
    str_add(&out, zCyr, translit_to_cyrl(zPart, zCyr,
                                         TRANSLIT_MAX(strlen(zPart))));
    z += n;
    str_add(&out, z, nFmt);
    z += nFmt;
  }
  free(zPart);
  free(zCyr);
  return str_take(&out);
}

/* The entries read. */
static Msg *aMsg = 0;
static int nMsg = 0, nAlloc = 0;
static int nFuzzy = 0, nUntranslated = 0, nObsolete = 0;

/* Flags of an entry ("#, fuzzy, c-format"). */
#define FLAG_FUZZY    1
#define FLAG_FORMAT   2    /* c-format: check and keep the conversions */
#define FLAG_NOFORMAT 4    /* no-c-format: the text is not a format */

/* The entry being read. */
typedef struct Entry {
  int bOpen;               /* a msgid was seen */
  int mFlag;               /* its flags: FLAG_* */
  int mFlagNext;           /* flags seen, for the next entry */
  int eIn;                 /* 1 msgid, 2 msgstr: where "..." lines go */
  int iLine;               /* line of the msgid */
  int bStr;                /* a msgstr was seen */
  Str id, str;
} Entry;

/* Finish the entry being read, if any. */
static void entry_end(Entry *e){
  int bFormat;
  if( !e->bOpen ) return;
  if( !e->bStr ){
    error_at(e->iLine, "msgid without msgstr", 0);
  }else if( e->id.n==0 ){
    /* The header: insist on UTF-8, the only charset handled. */
    if( e->str.z && strstr(e->str.z, "charset=")
     && !strstr(e->str.z, "charset=UTF-8") ){
      error_at(e->iLine, "the header must say charset=UTF-8", 0);
    }
  }else if( !utf8_valid((unsigned char*)e->id.z)
         || (e->str.z && !utf8_valid((unsigned char*)e->str.z)) ){
    error_at(e->iLine, "text is not UTF-8", 0);
  }else if( bIds ){
    const char *z;
    for(z=e->id.z; *z; z++){
      if( *z=='\n' ){
        printf("\\n");
      }else if( *z=='\\' ){
        printf("\\\\");
      }else{
        putchar(*z);
      }
    }
    putchar('\n');
  }else if( e->mFlag & FLAG_FUZZY ){
    nFuzzy++;
  }else if( e->str.n==0 ){
    nUntranslated++;
  }else if( (bFormat = (e->mFlag & FLAG_FORMAT)
              || (!(e->mFlag & FLAG_NOFORMAT) && format_has(e->id.z)))
         && !format_same(e->id.z, e->str.z) ){
    error_at(e->iLine, "msgstr has other printf conversions than msgid",
             e->id.z);
  }else{
    Msg *m;
    if( nMsg>=nAlloc ){
      nAlloc = nAlloc ? 2*nAlloc : 256;
      aMsg = xrealloc(aMsg, sizeof(Msg)*nAlloc);
    }
    m = &aMsg[nMsg++];
    m->zId = str_take(&e->id);
    m->zStr = str_take(&e->str);
    m->zCyrl = cyrl_of(m->zStr, bFormat);
    m->iLine = e->iLine;
  }
  free(e->id.z);
  free(e->str.z);
  memset(&e->id, 0, sizeof(e->id));
  memset(&e->str, 0, sizeof(e->str));
  e->bOpen = e->bStr = e->mFlag = 0;
  e->eIn = 0;
}

/* The FLAG_* of a flags comment "fuzzy, c-format" (after "#,"). */
static int flags_of(const char *z){
  int m = 0;
  while( *z ){
    size_t n;
    z += strspn(z, " ,\t\r");
    n = strcspn(z, " ,\t\r");
    if( n==5 && strncmp(z, "fuzzy", 5)==0 ) m |= FLAG_FUZZY;
    if( n==8 && strncmp(z, "c-format", 8)==0 ) m |= FLAG_FORMAT;
    if( n==11 && strncmp(z, "no-c-format", 11)==0 ) m |= FLAG_NOFORMAT;
    z += n;
  }
  return m;
}

/* Read one line of the PO file. */
static void po_line(Entry *e, char *z, int iLine){
  size_t n = strlen(z);
  while( n>0 && (z[n-1]=='\n' || z[n-1]=='\r') ) z[--n] = 0;
  if( n==0 ){
    entry_end(e);
    return;
  }
  if( z[0]=='#' ){
    if( z[1]=='~' ){
      if( strncmp(z, "#~ msgid ", 9)==0 ) nObsolete++;
      return;
    }
    if( e->bStr ) entry_end(e);
    if( z[1]==',' ) e->mFlagNext |= flags_of(z+2);
    return;
  }
  if( z[0]=='"' ){
    if( e->eIn==0 ){
      error_at(iLine, "string outside an entry", 0);
      return;
    }
    po_string(z, iLine, e->eIn==1 ? &e->id : &e->str);
    return;
  }
  if( strncmp(z, "msgid ", 6)==0 ){
    entry_end(e);
    e->bOpen = 1;
    e->mFlag = e->mFlagNext;
    e->mFlagNext = 0;
    e->iLine = iLine;
    e->eIn = 1;
    po_string(z+6, iLine, &e->id);
  }else if( strncmp(z, "msgstr ", 7)==0 ){
    if( !e->bOpen || e->bStr ){
      error_at(iLine, "msgstr without its msgid", 0);
      return;
    }
    e->bStr = 1;
    e->eIn = 2;
    po_string(z+7, iLine, &e->str);
  }else if( strncmp(z, "msgctxt", 7)==0 ){
    error_at(iLine, "msgctxt is not supported (tr() has no context)", 0);
  }else if( strncmp(z, "msgid_plural", 12)==0
         || strncmp(z, "msgstr[", 7)==0 ){
    error_at(iLine, "plural forms are not supported", 0);
  }else{
    error_at(iLine, "not PO syntax", z);
  }
}

static int msg_cmp(const void *a, const void *b){
  return strcmp(((const Msg*)a)->zId, ((const Msg*)b)->zId);
}

/* Write z as a C string literal. */
static void c_string(const char *z){
  putchar('"');
  for(; *z; z++){
    unsigned char c = (unsigned char)*z;
    if( c=='"' || c=='\\' ){
      printf("\\%c", c);
    }else if( c=='?' ){
      printf("\\?");                      /* no trigraphs */
    }else if( c<0x20 || c==0x7f ){
      printf("\\%03o", c);
    }else{
      putchar(c);
    }
  }
  putchar('"');
}

static void c_table(const char *zName, int bCyrl){
  int i;
  printf("const TrMsg %s[] = {\n", zName);
  for(i=0; i<nMsg; i++){
    printf("  { ");
    c_string(aMsg[i].zId);
    printf(",\n    ");
    c_string(bCyrl ? aMsg[i].zCyrl : aMsg[i].zStr);
    printf(" },\n");
  }
  printf("  { 0, 0 }\n};\nconst int n%s = %d;\n\n", zName+1, nMsg);
}

int main(int argc, char **argv){
  FILE *in;
  Entry e;
  char *zLine = 0;
  size_t nLine = 0;
  int iLine = 0, bCheck = 0, i;
  if( argc==3 && strcmp(argv[1], "--check")==0 ){
    bCheck = 1;
    zFile = argv[2];
  }else if( argc==3 && strcmp(argv[1], "--ids")==0 ){
    bIds = 1;
    zFile = argv[2];
  }else if( argc==2 && argv[1][0]!='-' ){
    zFile = argv[1];
  }else{
    fprintf(stderr, "usage: po2c [--check | --ids] FILE.po > out.c\n");
    return 2;
  }
  in = fopen(zFile, "rb");
  if( in==0 ){
    fprintf(stderr, "po2c: cannot open %s\n", zFile);
    return 1;
  }
  memset(&e, 0, sizeof(e));
  while( getline(&zLine, &nLine, in)>0 ){
    po_line(&e, zLine, ++iLine);
  }
  entry_end(&e);
  free(zLine);
  fclose(in);
  qsort(aMsg, nMsg, sizeof(Msg), msg_cmp);
  for(i=1; i<nMsg; i++){
    if( strcmp(aMsg[i-1].zId, aMsg[i].zId)==0 ){
      error_at(aMsg[i].iLine, "msgid given twice", aMsg[i].zId);
    }
  }
  if( nErr ){
    fprintf(stderr, "po2c: %d error%s in %s\n", nErr, nErr==1 ? "" : "s",
            zFile);
    return 1;
  }
  if( bIds ) return 0;
  if( bCheck ){
    printf("%s: %d translated, %d untranslated, %d fuzzy, %d obsolete\n",
           zFile, nMsg, nUntranslated, nFuzzy, nObsolete);
    return 0;
  }
  printf("/* Generated by tools/po2c.c from %s: do not edit. */\n", zFile);
  printf("#include \"i18n.h\"\n\n");
  c_table("aTrSrLatn", 0);
  c_table("aTrSrCyrl", 1);
  return 0;
}
