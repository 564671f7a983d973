/*
** text.h: the one check of text from outside (text.c).
**
** Every way in -- the CSV and IATI importers, web forms, API JSON bodies,
** `accord load`, the command line -- refuses text that is not valid
** UTF-8 or holds control characters, through text_check(), and says
** where: the line and the column (in characters) of the first bad byte.
** Text that is not UTF-8 but reads as Windows-1250 with Serbian letters
** (what Excel on a Serbian Windows writes: "Vu\xe8i\xe6") is told apart,
** so that the error can name the way to read it.  No I/O.
*/
#ifndef ACCORD_TEXT_H
#define ACCORD_TEXT_H

#include <stddef.h>

/* Why text was refused. */
typedef enum TextWhy {
  TEXT_OK = 0,
  TEXT_UTF8,          /* not valid UTF-8 */
  TEXT_CONTROL,       /* a control character (an escape, a NUL) */
  TEXT__MAX
} TextWhy;

/* Where text first goes wrong. */
typedef struct TextBad {
  TextWhy eWhy;
  size_t iByte;       /* offset of the first bad byte */
  int iLine;          /* its line, from 1 */
  int iCol;           /* its column in characters, from 1 */
  unsigned char c;    /* the byte */
  int bCp1250;        /* the whole text reads as Windows-1250 with at
                      ** least one Serbian letter (c, s, z with caron,
                      ** c with acute, d with stroke) */
} TextBad;

/* Check the n bytes at z: valid UTF-8 (RFC 3629: shortest forms only, no
** surrogates, nothing above U+10FFFF) and no control character other than
** tab, CR and LF (a NUL byte inside the n bytes is one).  Returns TEXT_OK,
** or the reason with *pBad (if not NULL) filled in. */
TextWhy text_check(const char *z, size_t n, TextBad *pBad);

/* Describe a refusal in words: "invalid UTF-8 at character 3 (byte
** 0xE8)", with "line L, " before the character when the text has more
** than one line.  The caller adds its own hint when bCp1250 (the CLI
** names --encoding windows-1250). */
void text_describe(const char *z, size_t n, const TextBad *pBad,
                   char *zOut, int nOut);

/* Whether NUL-terminated z passes text_check(): the short form for a
** value already in memory (a request parameter, a JSON key). */
int utf8_text_ok(const char *z);

#endif
