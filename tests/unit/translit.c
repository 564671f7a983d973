/*
** tests/unit/translit.c: unit tests of the Serbian transliteration
** (src/core/translit.c) and of the lookups built on it (tr() and
** tr_text() of src/web/i18n.c, here with a small catalogue of its own in
** place of the generated build/gen/po.c).
**
** Every letter both ways and in both cases, the digraphs and their case
** forms, the single-code-point digraphs and combining marks, words left
** alone (foreign, kept, URLs), the compound-word exceptions, round trips,
** script detection, the output-buffer contract (cut results, TRANSLIT_MAX)
** and bytes that are not UTF-8.  Build and run:
**
**   gcc -std=c11 -Wall -Wextra -Werror -Isrc/core tests/unit/translit.c \
**       -ljansson -o /tmp/t && /tmp/t
*/
#include "../../src/core/translit.c"
#include "../../src/util/mem.c"
#include "../../src/util/buf.c"
#include "../../src/web/i18n.c"
#include "../../src/util/msgcat.c"
#include "../../src/core/period.c"
#include "../../src/core/l10n.c"
#include "../../src/core/l10n_err.c"
#include "harness.h"

#include <stdlib.h>

/* The catalogues tr() searches, as tools/po2c.c writes them: sorted by
** strcmp() of the English, ending with { 0, 0 }. */
const TrMsg aTrSrLatn[] = {
  { "%d goals", "ciljeva: %d" }, { "At risk", "Ugroženo" },
  { "Log in", "Prijava" }, { "On track", "Na dobrom putu" },
  { "public", "javno" }, { 0, 0 }
};
const int nTrSrLatn = 5;
const TrMsg aTrSrCyrl[] = {
  { "%d goals", "циљева: %d" }, { "At risk", "Угрожено" },
  { "Log in", "Пријава" }, { "On track", "На добром путу" },
  { "public", "јавно" }, { 0, 0 }
};
const int nTrSrCyrl = 5;

static char zBuf[4096];

/* Latin to Cyrillic and back, in a static buffer. */
static const char *C(const char *z){
  size_t n = translit_to_cyrl(z, zBuf, sizeof(zBuf));
  if( n>=sizeof(zBuf) ) return "(cut)";
  return zBuf;
}
static const char *L(const char *z){
  size_t n = translit_to_latn(z, zBuf, sizeof(zBuf));
  if( n>=sizeof(zBuf) ) return "(cut)";
  return zBuf;
}

/* z goes to Cyrillic and comes back unchanged. */
static int round_latn(const char *z){
  char a[1024], b[1024];
  translit_to_cyrl(z, a, sizeof(a));
  translit_to_latn(a, b, sizeof(b));
  if( strcmp(z, b)!=0 ){
    fprintf(stderr, "round trip: %s -> %s -> %s\n", z, a, b);
    return 0;
  }
  return 1;
}
static int round_cyrl(const char *z){
  char a[1024], b[1024];
  translit_to_latn(z, a, sizeof(a));
  translit_to_cyrl(a, b, sizeof(b));
  if( strcmp(z, b)!=0 ){
    fprintf(stderr, "round trip: %s -> %s -> %s\n", z, a, b);
    return 0;
  }
  return 1;
}

/* The alphabets, in the Cyrillic order, with the digraphs as letters. */
static const char zLatnLo[] =
  "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š";
static const char zLatnUp[] =
  "A B V G D Đ E Ž Z I J K L LJ M N NJ O P R S T Ć U F H C Č DŽ Š";
static const char zLatnTitle[] =
  "A B V G D Đ E Ž Z I J K L Lj M N Nj O P R S T Ć U F H C Č Dž Š";
static const char zCyrlLo[] =
  "а б в г д ђ е ж з и ј к л љ м н њ о п р с т ћ у ф х ц ч џ ш";
static const char zCyrlUp[] =
  "А Б В Г Д Ђ Е Ж З И Ј К Л Љ М Н Њ О П Р С Т Ћ У Ф Х Ц Ч Џ Ш";

static void test_letters(void){
  STR_EQ(C(zLatnLo), zCyrlLo);
  STR_EQ(C(zLatnUp), zCyrlUp);
  STR_EQ(C(zLatnTitle), zCyrlUp);
  STR_EQ(L(zCyrlLo), zLatnLo);
  /* A capital digraph letter alone is written as a title ("Lj"). */
  STR_EQ(L(zCyrlUp), zLatnTitle);
  /* Every letter inside words, both cases. */
  STR_EQ(C("Beograd"), "Београд");
  STR_EQ(C("Đorđe Čavić šije žutu ćebad"), "Ђорђе Чавић шије жуту ћебад");
  STR_EQ(C("fabrika hleba"), "фабрика хлеба");
  STR_EQ(L("Ђорђе Чавић шије жуту ћебад"), "Đorđe Čavić šije žutu ćebad");
  STR_EQ(L("ФАБРИКА ХЛЕБА"), "FABRIKA HLEBA");
  /* A foreign name spelled with Serbian letters stays as it is. */
  STR_EQ(C("kompanije AmCham Srbija"), "компаније AmCham Србија");
  /* Latin letters that have no Cyrillic pair make the word foreign. */
  OK(latn_to_cyrl_lo('q')==0 && latn_to_cyrl_lo('w')==0);
  OK(latn_to_cyrl_lo('x')==0 && latn_to_cyrl_lo('y')==0);
}

static void test_digraphs(void){
  STR_EQ(C("ljubav"), "љубав");
  STR_EQ(C("Ljubav"), "Љубав");
  STR_EQ(C("LJUBAV"), "ЉУБАВ");
  STR_EQ(C("njiva Njegoš NJEGOŠ"), "њива Његош ЊЕГОШ");
  STR_EQ(C("džep Džemal DŽEP"), "џеп Џемал ЏЕП");
  STR_EQ(C("Ljubljana"), "Љубљана");
  /* Not digraphs: small letter then capital. */
  STR_EQ(C("lJ nJ dŽ"), "лЈ нЈ дЖ");
  /* A digraph at the very end of a word and of the text. */
  STR_EQ(C("kralj konj"), "краљ коњ");
  STR_EQ(C("d"), "д");
  STR_EQ(C("l"), "л");
  /* Single code points U+01C4..U+01CC. */
  STR_EQ(C("\xc7\x84 \xc7\x85 \xc7\x86 \xc7\x87 \xc7\x88 \xc7\x89 "
           "\xc7\x8a \xc7\x8b \xc7\x8c"), "Џ Џ џ Љ Љ љ Њ Њ њ");
  /* Combining caron and acute (decomposed input). */
  STR_EQ(C("c\xcc\x8c s\xcc\x8c z\xcc\x8c c\xcc\x81 C\xcc\x8c Z\xcc\x8c"),
         "ч ш ж ћ Ч Ж");
  STR_EQ(C("dz\xcc\x8c" "ep"), "џеп");
  /* Cyrillic to Latin: capitals inside words in capitals. */
  STR_EQ(L("ЉУБЉАНА"), "LJUBLJANA");
  STR_EQ(L("Љубљана"), "Ljubljana");
  STR_EQ(L("ЊЕГОШ Његош"), "NJEGOŠ Njegoš");
  STR_EQ(L("ЏЕП Џеп џеп"), "DŽEP Džep džep");
  STR_EQ(L("КРАЉ"), "KRALJ");      /* last letter, capital before it */
  STR_EQ(L("Љ"), "Lj");
  STR_EQ(L("Љ-Њ"), "Lj-Nj");
}

static void test_exceptions(void){
  STR_EQ(C("nadživeti"), "надживети");
  STR_EQ(C("Nadživeti"), "Надживети");
  STR_EQ(C("NADŽIVETI"), "НАДЖИВЕТИ");
  STR_EQ(C("nadz\xcc\x8civeti"), "надживети");
  STR_EQ(C("nadžak"), "наџак");
  STR_EQ(C("podžanr podžupan"), "поджанр поджупан");
  STR_EQ(C("predželudac"), "преджелудац");
  STR_EQ(C("odživeti odžaliti"), "одживети оджалити");
  STR_EQ(C("odžak odžačar"), "оџак оџачар");
  STR_EQ(C("injekcija konjunktura konjugacija vanjezički Tanjug"),
         "инјекција конјунктура конјугација ванјезички Танјуг");
  /* Only at the start of a word: "konj" and "džem" keep their digraphs. */
  STR_EQ(C("konj džem nadžnjeti"), "коњ џем наджњети");
  /* "dj" is two letters (see docs/i18n.md). */
  STR_EQ(C("odjek"), "одјек");
  /* The other way there is no ambiguity. */
  STR_EQ(L("надживети наџак конјункција"), "nadživeti nadžak konjunkcija");
}

static void test_foreign(void){
  STR_EQ(C("Wyoming"), "Wyoming");
  STR_EQ(C("New York"), "New York");
  STR_EQ(C("Sestrinski gradovi Beograd i New York"),
         "Сестрински градови Београд и New York");
  STR_EQ(C("Taxi Quebec yes"), "Taxi Quebec yes");
  STR_EQ(C("Müller i Šarić"), "Müller и Шарић");
  STR_EQ(C("café"), "café");
  STR_EQ(C("e\xcc\x81tude"), "e\xcc\x81tude");      /* combining acute */
  STR_EQ(C("Accord — strateški dijalozi"), "Accord — стратешки дијалози");
  STR_EQ(C("ACCORD accord"), "ACCORD accord");
  STR_EQ(C("Kada (UTC), izvoz u CSV i PDF"), "Када (UTC), извоз у CSV и PDF");
  STR_EQ(C("Markdown; HTML se ne prikazuje"),
         "Markdown; HTML се не приказује");
  STR_EQ(C("Vidi https://example.rs/put i www.gov.rs ili info@mfa.rs."),
         "Види https://example.rs/put и www.gov.rs или info@mfa.rs.");
  STR_EQ(C("(http://a.rs/b)"), "(http://a.rs/b)");
  /* file names and paths stay as written; "i/ili" and "U.S." are words */
  STR_EQ(C("u datoteci us_serbia_trade.csv, strana c4801.html i seeds/001"),
         "у датотеци us_serbia_trade.csv, страна c4801.html и seeds/001");
  STR_EQ(C("(preko a-b/c-d) i/ili t.j. kraj."),
         "(преко a-b/c-d) и/или т.ј. крај.");
  /* Acronyms are Serbian words like any other, but those of foreign
  ** bodies (azForeignName). */
  STR_EQ(C("DFC i IT industrija"), "DFC и ИТ индустрија");
  STR_EQ(C("SAD, EU i UN"), "САД, ЕУ и УН");
  STR_EQ(C("tim IPESE i program Fulbright"), "тим IPESE и програм Fulbright");

  /* Foreign names of several words with capitals stay in Latin. */
  STR_EQ(C("podaci U.S. Census Bureau (SAD)"),
         "подаци U.S. Census Bureau (САД)");
  STR_EQ(C("(Georgetown University, Walsh School of Foreign Service)"),
         "(Georgetown University, Walsh School of Foreign Service)");
  STR_EQ(C("Mila (Università Ca' Foscari Venezia), Petar"),
         "Мила (Università Ca' Foscari Venezia), Петар");
  STR_EQ(C("predlog: Pupin Initiative i drugi"),
         "предлог: Pupin Initiative и други");
  STR_EQ(C("konferencija AmChams in Europe 2019."),
         "конференција AmChams in Europe 2019.");
  /* ...but not a Serbian word before one: at the start of a sentence,
  ** with č ć đ š ž, or an acronym in capitals. */
  STR_EQ(C("Kraj. Prema Fulbright programu."),
         "Крај. Према Fulbright програму.");
  STR_EQ(C("Pupin Initiative (predlog)"), "Pupin Initiative (предлог)");
  STR_EQ(C("konsultacija. L'Orient-Le Jour („Egypte Dialogue“)"),
         "консултација. L'Orient-Le Jour („Egypte Dialogue“)");
  STR_EQ(C("Kraj. Program Fulbright"), "Крај. Програм Fulbright");
  STR_EQ(C("Američki Fulbright"), "Амерички Fulbright");
  STR_EQ(C("Preuzmi PDF i Izvezi XLSX"), "Преузми PDF и Извези XLSX");
  STR_EQ(C("kompanije AmCham Srbija"), "компаније AmCham Србија");
  /* "U.S." alone; "t.j." is Serbian. */
  STR_EQ(C("U.S.-Oman i t.j. kraj"), "U.S.-Оман и т.ј. крај");

  /* A quotation in English stays in Latin; one in Serbian does not. */
  STR_EQ(C("izjava „Joint Statement on the U.S.-Oman Strategic Dialogue“"
           " i „gradova pobratima“"),
         "изјава „Joint Statement on the U.S.-Oman Strategic Dialogue“"
         " и „градова побратима“");
  STR_EQ(C("naziv „US-Serbia Strategic Dialogue“ (2023)"),
         "назив „US-Serbia Strategic Dialogue“ (2023)");
  STR_EQ(C("rekao je \"was inaugurated in 2021\" i dodao"),
         "рекао је \"was inaugurated in 2021\" и додао");
  STR_EQ(C("pisao je “They agreed the United States and Serbia would"
           " hold a dialogue” juče"),
         "писао је “They agreed the United States and Serbia would"
         " hold a dialogue” јуче");
  STR_EQ(C("(„Egypte Dialogue stratégique égypto-américain“, 2. dec)"),
         "(„Egypte Dialogue stratégique égypto-américain“, 2. дец)");
  STR_EQ(C("„samo deset dana pre inauguracije novoizabranog predsednika“"),
         "„само десет дана пре инаугурације новоизабраног председника“");
  STR_EQ(C("„Razgovarali smo o pokretanju strateškog dijaloga SAD“"),
         "„Разговарали смо о покретању стратешког дијалога САД“");
  STR_EQ(C("„koordinacioni sastanak“ i „realizacija“"),
         "„координациони састанак“ и „реализација“");
  /* A quotation mark that is not closed on its line changes nothing. */
  STR_EQ(C("„the end\nof the"), "„тхе енд\nоф тхе");
  /* Cyrillic text that is not Serbian stays whole. */
  STR_EQ(L("Россия и Србија"), "Россия i Srbija");
  STR_EQ(L("Ѓорѓи"), "Ѓорѓи");
  /* Greek and CJK pass through. */
  STR_EQ(C("Ελλάδα Kina 中国"), "Ελλάδα Кина 中国");
  STR_EQ(L("Ελλάδα Кина 中国"), "Ελλάδα Kina 中国");
}

static void test_other(void){
  STR_EQ(C(""), "");
  STR_EQ(L(""), "");
  STR_EQ(C("2025-01-10, 10 % / 3.5 $ #1"), "2025-01-10, 10 % / 3.5 $ #1");
  STR_EQ(L("2025-01-10, 10 % / 3.5 $ #1"), "2025-01-10, 10 % / 3.5 $ #1");
  STR_EQ(C("Već je urađeno 3 od 10."), "Већ је урађено 3 од 10.");
  /* Mixed scripts: only the other script changes. */
  STR_EQ(C("Србија and Srbija"), "Србија анд Србија");
  STR_EQ(L("Србија i Srbija"), "Srbija i Srbija");
  /* Multi-line text. */
  STR_EQ(C("prvi red\ndrugi red\n"), "први ред\nдруги ред\n");
}

static void test_invalid(void){
  char a[64];
  size_t n;
  /* Bytes that are not UTF-8 pass through, one by one. */
  STR_EQ(C("a\xff" "b"), "а\xff" "б");
  STR_EQ(C("\xc5"), "\xc5");                         /* cut sequence */
  STR_EQ(C("\xc5" "a"), "\xc5" "а");
  STR_EQ(C("\xc0\xaf"), "\xc0\xaf");                 /* overlong */
  STR_EQ(C("\xed\xa0\x80"), "\xed\xa0\x80");         /* surrogate */
  STR_EQ(C("\xf4\x90\x80\x80"), "\xf4\x90\x80\x80"); /* > U+10FFFF */
  STR_EQ(L("\xd0"), "\xd0");
  STR_EQ(L("љ\xd0\xd0љ"), "lj\xd0\xd0lj");
  STR_EQ(L("\x80\x80\xbf"), "\x80\x80\xbf");
  OK(translit_script("\xff\xfe")==SCRIPT_NONE);
  /* Every byte value in every position: no crash, length bound holds. */
  {
    int i, j;
    int bOk = 1;
    for(i=1; i<256; i++){
      for(j=1; j<256; j++){
        char z[6];
        z[0] = 'l'; z[1] = (char)i; z[2] = (char)j; z[3] = 'j'; z[4] = 0;
        n = translit_to_cyrl(z, a, sizeof(a));
        if( n>=TRANSLIT_MAX(4) || strlen(a)!=n ) bOk = 0;
        n = translit_to_latn(z, a, sizeof(a));
        if( n>=TRANSLIT_MAX(4) || strlen(a)!=n ) bOk = 0;
      }
    }
    OK(bOk);
  }
}

static void test_buffer(void){
  char a[8];
  size_t n;
  /* The snprintf contract: the whole length, a cut NUL-terminated result. */
  n = translit_to_cyrl("abcdefgh", a, sizeof(a));
  INT_EQ(n, 16);
  INT_EQ(strlen(a), 7);
  n = translit_to_cyrl("abc", 0, 0);
  INT_EQ(n, 6);
  n = translit_to_latn("џџџ", a, 1);
  INT_EQ(n, 9);
  STR_EQ(a, "");
  /* TRANSLIT_MAX is enough in the worst cases. */
  {
    static const char *az[] = {
      "aaaaaaaa", "ЏЏЏЏ", "џџ", "Ǉǉ", "c\xcc\x8c" "c\xcc\x8c", "", 0
    };
    int i;
    for(i=0; az[i]; i++){
      char *zOut = malloc(TRANSLIT_MAX(strlen(az[i])));
      size_t nMax = TRANSLIT_MAX(strlen(az[i]));
      OK(translit_to_cyrl(az[i], zOut, nMax)<nMax);
      OK(translit_to_latn(az[i], zOut, nMax)<nMax);
      free(zOut);
    }
  }
}

static void test_round(void){
  OK(round_latn(zLatnLo));
  /* Not zLatnUp: a capital digraph alone ("LJ") comes back as "Lj". */
  OK(round_latn("STRATEŠKI DIJALOG, LJUBLJANA, NJEGOŠ, DŽEP"));
  OK(round_latn(zLatnTitle));
  OK(round_latn("Strateški dijalog Sjedinjenih Američkih Država i Srbije"));
  OK(round_latn("nadživeti, podžanr, injekcija, odžak, džem, LJUBLJANA"));
  OK(round_latn("Partnerstvo Vojske Srbije i Nacionalne garde Ilinoisa"));
  OK(round_latn("New York, Wyoming, Accord, 10 %"));
  OK(round_cyrl(zCyrlLo));
  OK(round_cyrl(zCyrlUp));
  OK(round_cyrl("Стратешки дијалог САД и Србије, ЉУБЉАНА, Љубљана"));
  OK(round_cyrl("надживети, наџак, конјункција, одјек, оџак, ЏЕП"));
}

static void test_script(void){
  OK(translit_script("")==SCRIPT_NONE);
  OK(translit_script("2025 — 10 %")==SCRIPT_NONE);
  OK(translit_script("Srbija")==SCRIPT_LATN);
  OK(translit_script("Србија")==SCRIPT_CYRL);
  OK(translit_script("Ćirilica")==SCRIPT_LATN);
  OK(translit_script("Министарство за IT")==SCRIPT_CYRL);
  OK(translit_script("ab вг")==SCRIPT_LATN);           /* a tie is Latin */
  STR_EQ(azScriptName[SCRIPT_CYRL], "Cyrl");
}

static void test_tr(void){
  Req r;
  const char *z = "Wyoming";
  memset(&r, 0, sizeof(r));
  r.eLang = LANG_EN;
  OK(tr(&r, z)==z);
  STR_EQ(tr(&r, "On track"), "On track");
  r.eLang = LANG_SR_LATN;
  STR_EQ(tr(&r, "%d goals"), "ciljeva: %d");     /* first */
  STR_EQ(tr(&r, "Log in"), "Prijava");
  STR_EQ(tr(&r, "public"), "javno");             /* last */
  OK(tr(&r, z)==z);                              /* not in the catalogue */
  STR_EQ(tr(&r, "Public"), "Public");
  STR_EQ(tr(&r, "on track"), "on track");        /* case matters */
  STR_EQ(tr(&r, ""), "");
  OK(tr(&r, 0)==0);
  OK(tr(0, z)==z);
  r.eLang = LANG_SR_CYRL;
  STR_EQ(tr(&r, "At risk"), "Угрожено");
  STR_EQ(tr(&r, "public"), "јавно");
  STR_EQ(tr(&r, "Zzz"), "Zzz");
}

static void test_tr_text(void){
  Req r;
  const char *zL = "Republika Srbija", *zC = "Република Србија";
  memset(&r, 0, sizeof(r));
  r.eLang = LANG_SR_CYRL;
  STR_EQ(tr_text(&r, zL), zC);
  OK(tr_text(&r, zC)==zC);                       /* as entered */
  STR_EQ(tr_text(&r, "Ministarstvo za IT i Wyoming"),
         "Министарство за ИТ и Wyoming");
  OK(tr_text(&r, "2025")!=0 && strcmp(tr_text(&r, "2025"), "2025")==0);
  r.eLang = LANG_SR_LATN;
  STR_EQ(tr_text(&r, zC), zL);
  OK(tr_text(&r, zL)==zL);
  STR_EQ(tr_text(&r, "Министарство за IT"), "Ministarstvo za IT");
  r.eLang = LANG_EN;
  STR_EQ(tr_text(&r, zC), zL);                   /* Latin for English */
  OK(tr_text(&r, zL)==zL);
  OK(tr_text(&r, 0)==0);
  OK(tr_text(0, zC)==zC);
  STR_EQ(tr_text(&r, ""), "");
  arena_free(&r.arena);
}

int main(void){
  test_letters();
  test_digraphs();
  test_exceptions();
  test_foreign();
  test_other();
  test_invalid();
  test_buffer();
  test_round();
  test_script();
  test_tr();
  test_tr_text();
  HARNESS_END("unit/translit");
}
