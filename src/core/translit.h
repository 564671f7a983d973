/*
** translit.h: Serbian Latin <-> Cyrillic transliteration of UTF-8 text.
**
** Serbian is written in two scripts with a one-to-one alphabet of 30
** letters; three Cyrillic letters are digraphs in Latin (lj, nj, dz with
** caron).  Accord keeps one catalogue of interface messages, in Latin, and
** shows it in Cyrillic through translit_to_cyrl(); data entered in Serbian
** (the name_sr fields) is shown in the reader's script the same way.  The
** rules, their exceptions and the reasons for them are in docs/i18n.md.
**
** Pure computation: no I/O, no allocation, no dependency outside libc, so
** the build tool tools/po2c.c and the fuzz targets can use it as is.  The
** caller supplies the output buffer, as with snprintf(): each function
** writes at most nOut bytes including a terminating NUL and returns the
** length of the whole result, so a result of nOut or more means it was
** cut.  TRANSLIT_MAX(n) bytes always suffice for an input of n bytes.
**
** Anything that is not a Serbian letter passes through unchanged: digits,
** punctuation, letters of other alphabets, and bytes that are not valid
** UTF-8 (copied one by one; never a crash).
*/
#ifndef ACCORD_TRANSLIT_H
#define ACCORD_TRANSLIT_H

#include <stddef.h>

/* Bytes of output, NUL included, that always suffice for an input of n
** bytes in either direction: a one-byte Latin letter becomes a two-byte
** Cyrillic one, and a two-byte Cyrillic letter at most three bytes
** ("Dž"). */
#define TRANSLIT_MAX(n) (2*(size_t)(n) + 1)

/* The script a text is written in (translit_script). */
typedef enum Script {
  SCRIPT_NONE = 0,      /* no letter at all: digits, punctuation, "" */
  SCRIPT_LATN,          /* Latin letters are the majority (or a tie) */
  SCRIPT_CYRL,          /* Cyrillic letters are the majority */
  SCRIPT__MAX
} Script;
extern const char *const azScriptName[SCRIPT__MAX];  /* "", "Latn", "Cyrl" */

/*
** Write z, Serbian in Latin script, in Cyrillic script into zOut (nOut
** bytes, NUL-terminated if nOut>0) and return the length of the result.
**
** Each of the 30 letters maps to its Cyrillic letter with its case; the
** digraphs lj, nj, dž (also Lj LJ, Nj NJ, Dž DŽ, and the single code
** points U+01C4..U+01CC) become љ, њ, џ; "lJ", "nJ", "dŽ" are two letters.
** c, s, z followed by a combining caron, and c by a combining acute, count
** as č, š, ž, ć.
**
** Left in Latin, whole: a word (a run of letters) with a letter outside the
** Serbian Latin alphabet (q, w, x, y, or any other accented letter:
** "Wyoming", "New York", "Müller"); the words of azKeepLatin ("Accord",
** "UTC", "PDF" and a few more names of formats) and of azForeignName
** (foreign names and acronyms: "Fulbright", "Census", "DFC", "IPESE");
** a foreign name of several words with capitals, one of them foreign
** ("Georgetown University", "Walsh School of Foreign Service", "U.S.
** Census Bureau"); an abbreviation in capitals with points ("U.S.");
** a quotation („...“, “...”, "...") in English or another foreign
** language: no letter č ć đ š ž, and English words ("the", "of", ...)
** or English spellings ("th", "ia", "ou", ...) in it;
** and any space-delimited token that is a URL or an e-mail address (it
** contains "://" or "@", or starts with "www."), a file name or a path
** ("country.xlsx", "us_serbia_trade.csv", "seeds/001"; not "i/ili").  Words whose digraph
** spans a prefix boundary (nad|živeti, pod|žanr, in|jekcija) come from a
** small list of stems, documented in docs/i18n.md.
*/
size_t translit_to_cyrl(const char *z, char *zOut, size_t nOut);

/*
** Write z, Serbian in Cyrillic script, in Latin script into zOut (nOut
** bytes, NUL-terminated if nOut>0) and return the length of the result.
**
** Each of the 30 letters maps to its Latin letter or digraph with its case;
** an upper-case љ, њ, џ is written "LJ", "NJ", "DŽ" inside a word in
** capitals ("ЉУБЉАНА" -> "LJUBLJANA") and "Lj", "Nj", "Dž" otherwise.  A
** word with a Cyrillic letter that Serbian does not use (я, ы, щ, ...) is
** left whole, so Russian or Macedonian text is not half-converted.
*/
size_t translit_to_latn(const char *z, char *zOut, size_t nOut);

/*
** The script of z: SCRIPT_CYRL if it has more Cyrillic letters than Latin
** ones, SCRIPT_LATN if it has Latin letters and at least as many as
** Cyrillic, SCRIPT_NONE if it has no letter.  Invalid UTF-8 is ignored.
*/
Script translit_script(const char *z);

#endif
