/*
** util.h: memory, growable buffers, arenas and fatal errors.
**
** Every allocation in Accord goes through acc_malloc() and friends, which
** end the program on out-of-memory, so call sites never check for NULL
** (STYLE.md section 4).  A Buf is the one growable string; an Arena owns
** everything a command or a request allocates and frees it at once.
*/
#ifndef ACCORD_UTIL_H
#define ACCORD_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

void *acc_malloc(size_t n);             /* never NULL; free with free() */
void *acc_realloc(void *p, size_t n);   /* never NULL */
char *acc_strdup(const char *z);        /* never NULL; z may not be NULL */

/* Print "accord: MESSAGE" to stderr and exit with status 70 (internal
** error).  For failures where continuing is pointless. */
void acc_fatal(const char *zFmt, ...)
  __attribute__((noreturn, format(printf, 1, 2)));

/* A growable, always NUL-terminated string. */
typedef struct Buf {
  char *z;        /* the bytes, or NULL while empty */
  size_t n;       /* bytes used, excluding the terminating NUL */
  size_t nAlloc;  /* bytes allocated */
} Buf;
#define BUF_INIT { 0, 0, 0 }

void buf_append(Buf *p, const char *z, size_t n);
void buf_puts(Buf *p, const char *z);
void buf_putc(Buf *p, char c);
void buf_appendf(Buf *p, const char *zFmt, ...)
  __attribute__((format(printf, 2, 3)));
void buf_vappendf(Buf *p, const char *zFmt, va_list ap);
const char *buf_str(Buf *p);            /* "" while empty */
void buf_reset(Buf *p);                 /* empty, keep the memory */
void buf_free(Buf *p);
/* Append text z as one field of RFC 4180 CSV: as it is, or in double
** quotes (quotes doubled) when it holds a comma, a quote, a CR or an LF.
** A text that a spreadsheet would take for a formula (buf_csv_risky())
** gets a single quote in front (docs/formats.md).  Numbers are written
** by the caller, not through this function, and keep their sign. */
void buf_csv_field(Buf *p, const char *z);
/* Whether text z begins with a character that makes a spreadsheet read
** the cell as a formula: = + - @ TAB or CR (OWASP, "CSV injection"). */
int buf_csv_risky(const char *z);
/* Append text z for a terminal: every control character -- C0 (but a
** newline if bNewline), DEL, and C1 (U+0080 to U+009F) -- and every byte
** that is not UTF-8 becomes a visible "\xNN" per byte, so that data
** cannot move the cursor, clear the screen or set the clipboard (ESC [,
** OSC 52).  Other text is copied as it is. */
void buf_term_text(Buf *p, const char *z, int bNewline);
/* Take the string out of the Buf; the caller frees it with free(). */
char *buf_detach(Buf *p);

/* An arena: many allocations freed together by arena_free(). */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
  ArenaBlock *pBlock;   /* newest block first */
} Arena;
#define ARENA_INIT { 0 }

void *arena_alloc(Arena *p, size_t n);   /* zeroed, 16-byte aligned */
char *arena_strdup(Arena *p, const char *z);
char *arena_printf(Arena *p, const char *zFmt, ...)
  __attribute__((format(printf, 2, 3)));
void arena_free(Arena *p);
size_t arena_size(const Arena *p);       /* bytes of its blocks */

/* utf8_text_ok(), the check of text from outside, is in core/text.h. */

/* A growable array of ids (buf.c), e.g. the ids a walk of the store
** visited (store_row_collect_id()).  Free a with free(). */
typedef struct IdList {
  int64_t *a;     /* the ids, or NULL while empty */
  int n;          /* ids in a */
  int nAlloc;     /* room in a */
} IdList;
#define IDLIST_INIT { 0, 0, 0 }
void idlist_add(IdList *p, int64_t id);

/* The one HTML writer (html.c).  Conversions: %s a literal string from
** the program (never data), %h text escaped for HTML (& < > " '), %t text
** escaped for a URL component, %j text escaped inside a JSON/JS string,
** %d %u %ld %lld %f %g %.Nf as printf, %% a percent sign.  Data reaches
** HTML only through %h, %t or %j; tools/fmtcheck checks every call. */
void html_printf(Buf *pB, const char *zFmt, ...);
void html_vprintf(Buf *pB, const char *zFmt, va_list ap);
/* Append text escaped for HTML. */
void html_escape(Buf *pB, const char *z);

#endif
