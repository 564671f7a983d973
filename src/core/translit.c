/*
** translit.c: Serbian Latin <-> Cyrillic transliteration (translit.h).
**
** The text is read as UTF-8 code points and cut into words (runs of
** letters).  A word is converted letter by letter with the table aSr
** below, unless it is foreign (a letter Serbian does not use), one of
** azKeepLatin, or part of a URL or e-mail address; then it is copied as
** is.  The only context the conversion needs is the next letter (to read
** the digraphs lj, nj, dž) and, for the few compound words where d+ž, n+j
** meet across a prefix, the start of the word (aStem).  docs/i18n.md
** explains the choices.
*/
#include "translit.h"

#include <string.h>

const char *const azScriptName[SCRIPT__MAX] = { "", "Latn", "Cyrl" };

/* The 30 letters in the order of the Cyrillic alphabet: the small
** Cyrillic letter and its Latin spelling, small, capital, and capital
** inside a word in capitals (only the digraphs differ: "Lj" / "LJ"). */
static const struct SrLetter {
  int cCyrl;              /* small Cyrillic letter; capital: cyrl_upper() */
  const char *zLo;        /* Latin, small */
  const char *zTitle;     /* Latin, capital */
  const char *zCaps;      /* Latin, capital within a word in capitals */
} aSr[30] = {
  { 0x430, "a", "A", "A" },   { 0x431, "b", "B", "B" },
  { 0x432, "v", "V", "V" },   { 0x433, "g", "G", "G" },
  { 0x434, "d", "D", "D" },
  { 0x452, "\xc4\x91", "\xc4\x90", "\xc4\x90" },             /* đ */
  { 0x435, "e", "E", "E" },
  { 0x436, "\xc5\xbe", "\xc5\xbd", "\xc5\xbd" },             /* ž */
  { 0x437, "z", "Z", "Z" },   { 0x438, "i", "I", "I" },
  { 0x458, "j", "J", "J" },   { 0x43a, "k", "K", "K" },
  { 0x43b, "l", "L", "L" },   { 0x459, "lj", "Lj", "LJ" },
  { 0x43c, "m", "M", "M" },   { 0x43d, "n", "N", "N" },
  { 0x45a, "nj", "Nj", "NJ" },
  { 0x43e, "o", "O", "O" },   { 0x43f, "p", "P", "P" },
  { 0x440, "r", "R", "R" },   { 0x441, "s", "S", "S" },
  { 0x442, "t", "T", "T" },
  { 0x45b, "\xc4\x87", "\xc4\x86", "\xc4\x86" },             /* ć */
  { 0x443, "u", "U", "U" },   { 0x444, "f", "F", "F" },
  { 0x445, "h", "H", "H" },   { 0x446, "c", "C", "C" },
  { 0x447, "\xc4\x8d", "\xc4\x8c", "\xc4\x8c" },             /* č */
  { 0x45f, "d\xc5\xbe", "D\xc5\xbe", "D\xc5\xbd" },          /* dž */
  { 0x448, "\xc5\xa1", "\xc5\xa0", "\xc5\xa0" },             /* š */
};

/* Latin code points used below. */
#define LC_CACUTE 0x107    /* ć */
#define LC_CCARON 0x10d    /* č */
#define LC_DSTROK 0x111    /* đ */
#define LC_SCARON 0x161    /* š */
#define LC_ZCARON 0x17e    /* ž */
#define MARK_ACUTE 0x301   /* combining acute accent */
#define MARK_CARON 0x30c   /* combining caron */

/* Words kept in Latin although they look Serbian: the program's name,
** the names of formats and protocols that Serbian Cyrillic text writes in
** Latin too, and foreign names spelled with Serbian letters that a
** letter-by-letter reading would garble ("AmCham", not "АмЦхам") but
** that Serbian names go on ("AmCham Србија").  Compared without regard
** to ASCII case. */
static const char *const azKeepLatin[] = {
  "Accord", "API", "CSV", "HTML", "HTTP", "HTTPS", "IATI", "JSON", "PDF",
  "URL", "UTC", "USD", "EUR", "AmCham", "AmChams", 0
};

/* Proper names and acronyms of English (or other foreign) bodies that
** Serbian text writes as they are, and that a letter-by-letter reading
** would garble ("Fulbright", not "Фулбригхт"): kept in Latin, and with
** them the capitalised words of the name they stand in (name_run():
** "U.S. Census Bureau", "Pupin Initiative").  Compared without regard to
** ASCII case. */
static const char *const azForeignName[] = {
  "Bureau", "Census", "CorD", "DFC", "Europe", "Foscari", "Fulbright",
  "GitHub", "Initiative", "IPESE", "Jour", "Kathimerini", 0
};

/* English words that are not Serbian words, short and frequent: a
** quotation with them is English (quote_foreign()).  Small letters. */
static const char *const azEnglishWord[] = {
  "the", "of", "and", "is", "are", "was", "were", "we", "our", "they",
  "it", "its", "this", "that", "with", "for", "in", "by", "from", "an",
  "has", "have", "be", "been", "will", "at", "not", "but", "you", "your",
  "his", "her", "which", 0
};

/* Pairs of letters that Serbian Latin spelling does not write (it writes
** "ija", "ije", "š", "č" where English has "ia", "ie", "sh", "ch"):
** a word with one looks English (quote_foreign()). */
static const char *const azEnglishPair[] = {
  "th", "ck", "ph", "gh", "ch", "ee", "ou", "ia", "ie", "ue", 0
};

/* Compound words whose prefix ends in d or n and whose stem starts with ž
** or j: the two letters stay apart (nad|živeti -> надживети, not
** наџивети).  A word that starts with zStem (small letters, compared
** without case) has no digraph at letter iSplit and iSplit+1; iSplit -1
** overrides a shorter stem for real digraphs (nadžak, a war hammer, is
** наџак).  The longest matching stem wins. */
static const struct Stem {
  const char *zStem;
  int iSplit;
} aStem[] = {
  { "nad\xc5\xbe", 2 },           /* nadživeti, nadžnjeti, nadžupan */
  { "nad\xc5\xbe" "ak", -1 },     /* nadžak: наџак */
  { "pod\xc5\xbe", 2 },           /* podžanr, podživeti, podžupan */
  { "pred\xc5\xbe", 3 },          /* predželudac, predžetveni */
  { "od\xc5\xbe" "iv", 1 },       /* odživeti (but odžak is оџак) */
  { "od\xc5\xbe" "al", 1 },       /* odžaliti */
  { "injek", 1 },                 /* injekcija, injektor */
  { "konjug", 2 },                /* konjugacija */
  { "konjunk", 2 },               /* konjunkcija, konjunktura */
  { "vanjez", 2 },                /* vanjezički */
  { "tanjug", 2 },                /* Tanjug, the news agency */
};

/* Decode the code point at z.  Returns it and sets *pn to its length;
** for a byte that does not start a valid, shortest-form sequence returns
** -1 with *pn 1; at the terminating NUL returns 0 with *pn 0. */
static int utf8_decode(const unsigned char *z, int *pn){
  int c = z[0], n, i, cMin;
  if( c==0 ){ *pn = 0; return 0; }
  *pn = 1;
  if( c<0x80 ) return c;
  if( c>=0xc2 && c<=0xdf ){ n = 2; c &= 0x1f; cMin = 0x80; }
  else if( c>=0xe0 && c<=0xef ){ n = 3; c &= 0x0f; cMin = 0x800; }
  else if( c>=0xf0 && c<=0xf4 ){ n = 4; c &= 0x07; cMin = 0x10000; }
  else return -1;
  for(i=1; i<n; i++){
    if( (z[i]&0xc0)!=0x80 ) return -1;
    c = (c<<6) | (z[i]&0x3f);
  }
  if( c<cMin || c>0x10ffff || (c>=0xd800 && c<=0xdfff) ) return -1;
  *pn = n;
  return c;
}

/* Classes of code points. */
static int is_mark(int c){ return c>=0x300 && c<=0x36f; }
static int is_cyrl(int c){ return c>=0x400 && c<=0x4ff; }
static int is_latn(int c){
  return (c>='a' && c<='z') || (c>='A' && c<='Z')
      || (c>=0xc0 && c<=0x24f && c!=0xd7 && c!=0xf7)
      || (c>=0x1e00 && c<=0x1eff);
}
static int is_letter(int c){ return is_latn(c) || is_cyrl(c) || is_mark(c); }

/* Whether c is a capital letter (enough for the scripts Serbian meets). */
static int is_upper(int c){
  if( c>='A' && c<='Z' ) return 1;
  if( c>=0xc0 && c<=0xde ) return c!=0xd7;
  if( c>=0x100 && c<=0x137 ) return (c&1)==0;        /* Ā ... Ķ */
  if( c>=0x139 && c<=0x148 ) return (c&1)==1;        /* Ĺ ... Ň */
  if( c>=0x14a && c<=0x177 ) return (c&1)==0;        /* Ŋ ... Ŷ */
  if( c>=0x178 && c<=0x17e ) return c==0x178 || (c&1)==1;  /* Ÿ Ź ... Ž */
  if( c==0x1c4 || c==0x1c5 || c==0x1c7 || c==0x1c8 || c==0x1ca || c==0x1cb ){
    return 1;
  }
  return c>=0x400 && c<=0x42f;
}

/* The small Cyrillic letter c is one of the 30: its index in aSr, or -1. */
static int sr_cyrl_index(int c){
  int i;
  for(i=0; i<30; i++){
    if( aSr[i].cCyrl==c ) return i;
  }
  return -1;
}
/* Capital of a small Cyrillic letter of aSr, and back. */
static int cyrl_upper(int c){ return c<0x450 ? c-0x20 : c-0x50; }
static int cyrl_lower(int c){
  if( c>=0x410 && c<=0x42f ) return c+0x20;
  if( c>=0x400 && c<=0x40f ) return c+0x50;
  return c;
}

/* Small form of a Latin letter of the Serbian alphabet (or c itself). */
static int latn_lower(int c){
  if( c>='A' && c<='Z' ) return c+0x20;
  switch( c ){
    case 0x106: case 0x10c: case 0x110: case 0x160: case 0x17d: return c+1;
    default: return c;
  }
}

/* The small Cyrillic letter of a small Latin letter, 0 if none. */
static int latn_to_cyrl_lo(int c){
  static const int aAscii[26] = {
    0x430, 0x431, 0x446, 0x434, 0x435, 0x444, 0x433, 0x445, 0x438, 0x458,
    0x43a, 0x43b, 0x43c, 0x43d, 0x43e, 0x43f, 0,     0x440, 0x441, 0x442,
    0x443, 0x432, 0,     0,     0,     0x437
  };
  if( c>='a' && c<='z' ) return aAscii[c-'a'];
  switch( c ){
    case LC_CACUTE: return 0x45b;
    case LC_CCARON: return 0x447;
    case LC_DSTROK: return 0x452;
    case LC_SCARON: return 0x448;
    case LC_ZCARON: return 0x436;
    case 0x1c4: case 0x1c5: case 0x1c6: return 0x45f;    /* Ǆ ǅ ǆ */
    case 0x1c7: case 0x1c8: case 0x1c9: return 0x459;    /* Ǉ ǈ ǉ */
    case 0x1ca: case 0x1cb: case 0x1cc: return 0x45a;    /* Ǌ ǋ ǌ */
    default: return 0;
  }
}

/* Decode the Latin letter at z, folding a following combining caron or
** acute into č ć š ž (and their capitals) when Serbian has that letter.
** Returns the code point (-1 for an invalid byte) and sets *pn to the
** bytes used. */
static int latn_decode(const unsigned char *z, int *pn){
  int n, n2, c = utf8_decode(z, &n), c2;
  *pn = n;
  if( c<=0 ) return c;
  c2 = utf8_decode(z+n, &n2);
  if( c2==MARK_CARON ){
    switch( c ){
      case 'c': c = LC_CCARON; break;   case 'C': c = LC_CCARON-1; break;
      case 's': c = LC_SCARON; break;   case 'S': c = LC_SCARON-1; break;
      case 'z': c = LC_ZCARON; break;   case 'Z': c = LC_ZCARON-1; break;
      default: return c;
    }
    *pn = n+n2;
  }else if( c2==MARK_ACUTE && (c=='c' || c=='C') ){
    c = c=='c' ? LC_CACUTE : LC_CACUTE-1;
    *pn = n+n2;
  }
  return c;
}

/* The output: bytes beyond nOut-1 are counted, not written. */
typedef struct Out {
  char *z;         /* the caller's buffer */
  size_t nOut;     /* its size */
  size_t n;        /* length of the whole result so far */
} Out;

static void out_put(Out *o, const char *z, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    if( o->n+1<o->nOut ) o->z[o->n] = z[i];
    o->n++;
  }
}
static void out_cp(Out *o, int c){
  char a[4];
  if( c<0x80 ){
    a[0] = (char)c;
    out_put(o, a, 1);
  }else if( c<0x800 ){
    a[0] = (char)(0xc0 | (c>>6));
    a[1] = (char)(0x80 | (c&0x3f));
    out_put(o, a, 2);
  }else{
    a[0] = (char)(0xe0 | (c>>12));
    a[1] = (char)(0x80 | ((c>>6)&0x3f));
    a[2] = (char)(0x80 | (c&0x3f));
    out_put(o, a, 3);
  }
}
static size_t out_finish(Out *o){
  if( o->nOut>0 ) o->z[o->n<o->nOut ? o->n : o->nOut-1] = 0;
  return o->n;
}

/* Length of the word (run of letters) at z, in bytes. */
static size_t word_len(const unsigned char *z){
  size_t i = 0;
  int n;
  while( z[i] ){
    int c = utf8_decode(z+i, &n);
    if( c<0 || !is_letter(c) ) break;
    i += (size_t)n;
  }
  return i;
}

/* Whether the token z[0..n) names a file or a path: it has a '_', or a
** '/' with a digit, '-', '.' or a second '/' ("corbett-hobbs/congress",
** "seeds/001"; "i/ili" is Serbian), or it ends (before closing
** punctuation) in a '.' and 2 to 4 ASCII letters ("country.xlsx",
** "us_serbia_trade.csv").  "U.S." and "t.j." end in a dot: words. */
static int file_token(const unsigned char *z, size_t n){
  size_t i, k;
  int nSlash = 0, bMark = 0;
  for(i=0; i<n; i++){
    if( z[i]=='_' ) return 1;
    if( z[i]=='/' ) nSlash++;
    if( (z[i]>='0' && z[i]<='9') || z[i]=='-' || z[i]=='.' ) bMark = 1;
  }
  if( nSlash>=2 || (nSlash==1 && bMark) ) return 1;
  while( n>0 && strchr(".,;:)]\"'", z[n-1]) ) n--;
  for(k=0; k<n && k<5 && ((z[n-1-k]|0x20)>='a' && (z[n-1-k]|0x20)<='z');
      k++){}
  return k>=2 && k<=4 && k<n && z[n-1-k]=='.' && n-1-k>0;
}

/* Length of the space-delimited token at z if it is a URL, an e-mail
** address, a path or a file name (file_token()), else 0. */
static size_t url_len(const unsigned char *z){
  size_t n = 0;
  int bUrl;
  while( z[n] && z[n]!=' ' && z[n]!='\t' && z[n]!='\n' && z[n]!='\r' ) n++;
  bUrl = (n>=4 && (z[0]|0x20)=='w' && (z[1]|0x20)=='w' && (z[2]|0x20)=='w'
          && z[3]=='.');
  if( !bUrl ){
    size_t i;
    for(i=0; i<n && !bUrl; i++){
      bUrl = z[i]=='@' || (i+2<n && z[i]==':' && z[i+1]=='/' && z[i+2]=='/');
    }
  }
  if( !bUrl ) bUrl = file_token(z, n);
  return bUrl ? n : 0;
}

/* Whether the word z[0..n) is one of the list az, without regard to ASCII
** case. */
static int word_in(const unsigned char *z, size_t n, const char *const *az){
  size_t i;
  int k;
  for(k=0; az[k]; k++){
    const char *zK = az[k];
    if( strlen(zK)!=n ) continue;
    for(i=0; i<n && (z[i]|0x20)==((unsigned char)zK[i]|0x20); i++){}
    if( i==n ) return 1;
  }
  return 0;
}

/* Whether the Latin word z[0..n) must stay as it is: a letter outside the
** Serbian Latin alphabet, or a word of azKeepLatin or azForeignName. */
static int latn_word_foreign(const unsigned char *z, size_t n){
  size_t i;
  if( word_in(z, n, azKeepLatin) || word_in(z, n, azForeignName) ) return 1;
  for(i=0; i<n; ){
    int m, c = latn_decode(z+i, &m);
    i += (size_t)m;
    if( is_cyrl(c) ) continue;
    if( is_mark(c) || latn_to_cyrl_lo(latn_lower(c))==0 ) return 1;
  }
  return 0;
}

/* Whether the word z[0..n) is a Roman numeral, which Serbian Cyrillic
** writes in Latin letters too ("Корак IV"): capitals I, V, X, L, C, D, M
** only, two or more of them, or one followed by ':' or '.' ("Korak I:");
** a lone "I" before a space is the conjunction и. */
static int latn_word_roman(const unsigned char *z, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    if( strchr("IVXLCDM", z[i])==0 || z[i]==0 ) return 0;
  }
  return n>=2 || z[n]==':' || z[n]=='.';
}

/* The letter of the word z[0..n) (Latin) at which no digraph may start,
** from aStem, or -1. */
static int latn_word_split(const unsigned char *z, size_t n){
  int aLo[8], nLo = 0, iBest = -1, nBest = 0;
  size_t i, k;
  for(i=0; i<n && nLo<8; ){
    int m, c = latn_decode(z+i, &m);
    aLo[nLo++] = latn_lower(c);
    i += (size_t)m;
  }
  for(k=0; k<sizeof(aStem)/sizeof(aStem[0]); k++){
    const unsigned char *s = (const unsigned char*)aStem[k].zStem;
    int j = 0, m;
    while( *s && j<nLo ){
      int c = utf8_decode(s, &m);
      if( c!=aLo[j] ) break;
      s += m;
      j++;
    }
    if( *s==0 && j>nBest ){
      nBest = j;
      iBest = aStem[k].iSplit;
    }
  }
  return iBest;
}

/* Write the Serbian Latin word z[0..n) in Cyrillic. */
static void latn_word_to_cyrl(Out *o, const unsigned char *z, size_t n){
  int iSplit = latn_word_split(z, n), iLetter = 0;
  size_t i = 0;
  while( i<n ){
    int m, c = latn_decode(z+i, &m);
    int lo = latn_lower(c), bUp = is_upper(c), cy;
    if( (lo=='l' || lo=='n' || lo=='d') && iLetter!=iSplit && i+m<n ){
      int m2, c2 = latn_decode(z+i+m, &m2);
      int cWant = lo=='d' ? LC_ZCARON : 'j';
      if( c2==cWant || (bUp && latn_lower(c2)==cWant) ){
        cy = lo=='l' ? 0x459 : lo=='n' ? 0x45a : 0x45f;
        out_cp(o, bUp ? cyrl_upper(cy) : cy);
        i += (size_t)(m+m2);
        iLetter += 2;
        continue;
      }
    }
    cy = latn_to_cyrl_lo(lo);
    if( cy ){
      out_cp(o, bUp ? cyrl_upper(cy) : cy);
    }else{
      out_put(o, (const char*)z+i, (size_t)m);    /* a Cyrillic letter */
    }
    i += (size_t)m;
    iLetter++;
  }
}

/* Length of "U.S." or "U.K." at z: two or more capitals, each followed
** by a point; else 0. */
static size_t abbr_len(const unsigned char *z){
  size_t n = 0;
  while( z[n]>='A' && z[n]<='Z' && z[n+1]=='.' ) n += 2;
  return n>=4 ? n : 0;
}

/* Whether c (a code point) is one of the letters of Serbian Latin that
** English does not write: č ć đ š ž and their capitals. */
static int latn_serbian_mark(int c){
  int lo = latn_lower(c);
  return lo==LC_CACUTE || lo==LC_CCARON || lo==LC_DSTROK || lo==LC_SCARON
      || lo==LC_ZCARON;
}

/* Whether the Latin word z[0..n) looks English: a word of azEnglishWord,
** a pair of azEnglishPair, a name of azForeignName, or a letter Serbian
** does not use; not the names of azKeepLatin, which Serbian writes too. */
static int word_english(const unsigned char *z, size_t n){
  size_t i;
  int k;
  if( word_in(z, n, azKeepLatin) ) return 0;      /* "Accord", "PDF" */
  if( word_in(z, n, azEnglishWord) ) return 1;
  for(i=0; i+1<n; i++){
    for(k=0; azEnglishPair[k]; k++){
      if( (z[i]|0x20)==azEnglishPair[k][0]
       && (z[i+1]|0x20)==azEnglishPair[k][1] ){
        return 1;
      }
    }
  }
  return latn_word_foreign(z, n);
}

/*
** Whether the quotation z[0..n) (between its marks) is in a foreign
** language, English mostly, and stays in Latin: it has no letter of
** Serbian Latin that English lacks (č ć đ š ž) nor a Cyrillic one, and at
** least two of its words of two letters or more look English
** (word_english()), or one that is half of them ("Census Bureau").
*/
static int quote_foreign(const unsigned char *z, size_t n){
  size_t i = 0;
  int nWord = 0, nEn = 0;
  while( i<n ){
    int m, c = latn_decode(z+i, &m);
    if( c<=0 ){ i++; continue; }
    if( is_cyrl(c) || latn_serbian_mark(c) ) return 0;
    if( is_letter(c) ){
      size_t k = word_len(z+i);
      if( i+k>n ) k = n-i;
      if( k>=2 ){
        nWord++;
        if( word_english(z+i, k) ) nEn++;
      }
      i += k;
    }else{
      i += (size_t)m;
    }
  }
  return nEn>=2 || (nEn>=1 && 2*nEn>=nWord);
}

/* The length of a quotation at z that stays in Latin (quote_foreign()),
** its marks included: „...“ or „...” (Serbian), “...” (English) or
** "..." (ASCII), on one line; else 0. */
static size_t quote_len(const unsigned char *z){
  static const struct { const char *zOpen, *zClose1, *zClose2; } aQ[] = {
    { "\xe2\x80\x9e", "\xe2\x80\x9c", "\xe2\x80\x9d" },  /* „ “ ” */
    { "\xe2\x80\x9c", "\xe2\x80\x9d", 0 },                 /* “ ” */
    { "\"", "\"", 0 },
  };
  size_t k;
  for(k=0; k<sizeof(aQ)/sizeof(aQ[0]); k++){
    size_t nOpen = strlen(aQ[k].zOpen), i;
    if( strncmp((const char*)z, aQ[k].zOpen, nOpen)!=0 ) continue;
    for(i=nOpen; z[i] && z[i]!='\n' && i<4000; i++){
      size_t nClose = 0;
      if( strncmp((const char*)z+i, aQ[k].zClose1,
                  strlen(aQ[k].zClose1))==0 ){
        nClose = strlen(aQ[k].zClose1);
      }else if( aQ[k].zClose2
             && strncmp((const char*)z+i, aQ[k].zClose2,
                        strlen(aQ[k].zClose2))==0 ){
        nClose = strlen(aQ[k].zClose2);
      }
      if( nClose==0 ) continue;
      return quote_foreign(z+nOpen, i-nOpen) ? i+nClose : 0;
    }
    return 0;
  }
  return 0;
}

/* Whether the Latin word z[0..n) starts with a capital letter. */
static int word_capital(const unsigned char *z, size_t n){
  int m, c = n ? latn_decode(z, &m) : 0;
  return c>0 && is_upper(c) && !is_cyrl(c);
}

/* Whether the Latin word z[0..n) is in capitals only ("DFC", "PDF"). */
static int word_caps(const unsigned char *z, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    if( z[i]>='a' && z[i]<='z' ) return 0;
  }
  return 1;
}

/*
** The length of a foreign name at z that stays in Latin, or 0: a run of
** two or more words with capitals ("Georgetown University", "Walsh
** School of Foreign Service", "U.S. Census Bureau", "Pupin Initiative",
** "Ca' Foscari"), joined by a space, a hyphen or an apostrophe and the
** small words "of", "and", "the", "for", "in", with no letter č ć đ š ž, of
** which one of three letters or more that is not all in capitals is
** foreign: of azForeignName, or with a letter Serbian does not use
** ("GGGG-Qn" is Serbian).  "Preuzmi PDF" and "Vlada SAD" are
** Serbian.  At the start of a sentence after another (bStart) the first
** word must be foreign itself: ". Prema Fulbright ..." starts with a
** Serbian word (the start of a text is a name's: "Pupin Initiative
** (predlog)", the title of a source).
*/
static size_t name_run(const unsigned char *z, int bStart){
  static const char *const azJoin[] = { "of", "and", "the", "for", "in", 0 };
  size_t i = 0, nEnd = 0;
  int nName = 0, bForeign = 0;
  for(;;){
    size_t n = abbr_len(z+i), j;
    int m, c;
    if( n==0 ){
      c = latn_decode(z+i, &m);
      if( c<=0 || !is_latn(c) ) break;
      n = word_len(z+i);
      for(j=0; j<n; j+=(size_t)m){
        if( latn_serbian_mark(latn_decode(z+i+j, &m)) ) return 0;
      }
      if( word_capital(z+i, n) ){
        if( n>=3 && !word_caps(z+i, n) && latn_word_foreign(z+i, n)
         && !word_in(z+i, n, azKeepLatin) ){
          bForeign = 1;
        }
      }else if( nName==0 || !word_in(z+i, n, azJoin) ){
        break;
      }else{
        /* a small word joins two names, it does not end one */
        i += n;
        if( z[i]!=' ' ) break;
        i++;
        continue;
      }
    }
    if( nName==0 && bStart && !bForeign && abbr_len(z)==0
     && !(z[n]=='\'' && z[n+1]>='A' && z[n+1]<='Z') ){
      return 0;                                  /* but L'Orient */
    }
    nName++;
    i += n;
    nEnd = i;
    if( z[i]=='\'' && z[i+1]==' ' ) i++;          /* Ca' Foscari */
    if( (z[i]==' ' || z[i]=='-' || z[i]=='\'') && z[i+1] && z[i+1]!=' ' ){
      i++;
      continue;
    }
    break;
  }
  return nName>=2 && bForeign ? nEnd : 0;
}

/* Whether z[i] starts a sentence that follows another: nothing but
** spaces, brackets and opening quotation marks stand between it and a
** '.', '!', '?' or a new line. */
static int sentence_start(const unsigned char *z, size_t i){
  while( i>0 ){
    if( strchr(" \t([\"'", z[i-1]) ){
      i--;
    }else if( i>=3 && z[i-3]==0xe2 && z[i-2]==0x80
           && (z[i-1]==0x9e || z[i-1]==0x9c) ){
      i -= 3;                                  /* „ or “ */
    }else{
      break;
    }
  }
  return i>0 && strchr(".!?\n\r", z[i-1])!=0;
}

size_t translit_to_cyrl(const char *zIn, char *zOut, size_t nOut){
  const unsigned char *z = (const unsigned char*)zIn;
  Out o;
  size_t i = 0;
  o.z = zOut;
  o.nOut = nOut;
  o.n = 0;
  while( z[i] ){
    int m, c;
    size_t n;
    if( i==0 || strchr(" \t\n\r(<[\"'", z[i-1]) ){
      n = url_len(z+i);
      if( n==0 ) n = quote_len(z+i);
      if( n ){
        out_put(&o, (const char*)z+i, n);
        i += n;
        continue;
      }
    }
    n = name_run(z+i, sentence_start(z, i));
    if( n==0 ) n = abbr_len(z+i);
    if( n ){
      out_put(&o, (const char*)z+i, n);
      i += n;
      continue;
    }
    c = utf8_decode(z+i, &m);
    if( c>0 && is_letter(c) ){
      n = word_len(z+i);
      if( latn_word_foreign(z+i, n) || latn_word_roman(z+i, n) ){
        out_put(&o, (const char*)z+i, n);
      }else{
        latn_word_to_cyrl(&o, z+i, n);
      }
      i += n;
    }else{
      out_put(&o, (const char*)z+i, (size_t)m);
      i += (size_t)m;
    }
  }
  return out_finish(&o);
}

/* Whether the word z[0..n) has a Cyrillic letter Serbian does not use. */
static int cyrl_word_foreign(const unsigned char *z, size_t n){
  size_t i;
  for(i=0; i<n; ){
    int m, c = utf8_decode(z+i, &m);
    i += (size_t)m;
    if( is_cyrl(c) && sr_cyrl_index(cyrl_lower(c))<0 ) return 1;
  }
  return 0;
}

/* Write the Serbian Cyrillic word z[0..n) in Latin. */
static void cyrl_word_to_latn(Out *o, const unsigned char *z, size_t n){
  size_t i = 0;
  int cPrev = 0;
  while( i<n ){
    int m, c = utf8_decode(z+i, &m);
    int k = is_cyrl(c) ? sr_cyrl_index(cyrl_lower(c)) : -1;
    if( k<0 ){
      out_put(o, (const char*)z+i, (size_t)m);
    }else if( c==aSr[k].cCyrl ){
      out_put(o, aSr[k].zLo, strlen(aSr[k].zLo));
    }else{
      /* A capital: "LJ" if the word is in capitals around it. */
      int m2, cNext = i+m<n ? utf8_decode(z+i+m, &m2) : 0;
      int bCaps = cNext ? is_upper(cNext) : is_upper(cPrev);
      const char *zL = bCaps ? aSr[k].zCaps : aSr[k].zTitle;
      out_put(o, zL, strlen(zL));
    }
    cPrev = c;
    i += (size_t)m;
  }
}

size_t translit_to_latn(const char *zIn, char *zOut, size_t nOut){
  const unsigned char *z = (const unsigned char*)zIn;
  Out o;
  size_t i = 0;
  o.z = zOut;
  o.nOut = nOut;
  o.n = 0;
  while( z[i] ){
    int m, c = utf8_decode(z+i, &m);
    if( c>0 && is_letter(c) ){
      size_t n = word_len(z+i);
      if( cyrl_word_foreign(z+i, n) ){
        out_put(&o, (const char*)z+i, n);
      }else{
        cyrl_word_to_latn(&o, z+i, n);
      }
      i += n;
    }else{
      out_put(&o, (const char*)z+i, (size_t)m);
      i += (size_t)m;
    }
  }
  return out_finish(&o);
}

Script translit_script(const char *zIn){
  const unsigned char *z = (const unsigned char*)zIn;
  int nLatn = 0, nCyrl = 0, m;
  while( *z ){
    int c = utf8_decode(z, &m);
    if( is_latn(c) ) nLatn++;
    else if( is_cyrl(c) ) nCyrl++;
    z += m;
  }
  if( nCyrl>nLatn ) return SCRIPT_CYRL;
  return nLatn ? SCRIPT_LATN : SCRIPT_NONE;
}
