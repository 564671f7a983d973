/*
** lazylib.h: libraries loaded when first called, not when Accord starts.
**
** Most commands never draw a PDF, write a workbook, serve HTTP or speak
** to PostgreSQL, yet linking those libraries loads them, and the dozens
** they pull in (GnuTLS, ICU, Kerberos, the C++ runtime, fontconfig,
** harfbuzz), into every run: about 27 ms of a `dialogue show` that takes
** 44 ms, measured with the libraries linked.  So the program is linked
** without them, and each function Accord calls from one is defined here
** once, under its own name and with its header's prototype (so the
** compiler checks every parameter): its first call opens the library
** with dlopen(3) and finds the function with dlsym(3); later calls jump
** straight to it.  The wrappers live beside their users:
** src/store/pqlazy.c (libpq), src/web/mhdlazy.c (libmicrohttpd),
** src/report/renderlazy.c (cairo, pango, glib, qpdf, libxlsxwriter).
** A function Accord starts to use is added there; until then the link
** fails, naming it.
**
** A library that cannot be loaded, or lacks a function, ends the program
** with a message naming the library, the function and what needs it.
*/
#ifndef ACCORD_LAZYLIB_H
#define ACCORD_LAZYLIB_H

#include <string.h>

typedef struct LazyLib LazyLib;
struct LazyLib {
  const char *zFile;    /* the library's soname, as dlopen(3) takes it */
  const char *zFor;     /* what needs it, for the error: "PDF reports" */
  void *pHandle;        /* from dlopen(3), once loaded */
};

/* The address of function zName of library p, loaded on first use. */
void *lazy_sym(LazyLib *p, const char *zName);

/* LAZY_FN(LIB, RET, NAME, (PARAMS), (ARGS)): defines RET NAME(PARAMS)
** as a call of NAME in LIB.  LAZY_VOID for a function returning void.
** The address found is kept in a static, read and written atomically (a
** server's threads may race to find it; each finds the same). */
#define LAZY_FIND_(L, N, P, x) \
  static void *pFn_; \
  void *pF_ = __atomic_load_n(&pFn_, __ATOMIC_ACQUIRE); \
  if( pF_==0 ){ \
    pF_ = lazy_sym(&L, #N); \
    __atomic_store_n(&pFn_, pF_, __ATOMIC_RELEASE); \
  } \
  memcpy(&x, &pF_, sizeof x)
#define LAZY_FN(L, R, N, P, A) \
  R N P { R (*x_) P; LAZY_FIND_(L, N, P, x_); return x_ A; }
#define LAZY_VOID(L, N, P, A) \
  void N P { void (*x_) P; LAZY_FIND_(L, N, P, x_); x_ A; }

#endif /* ACCORD_LAZYLIB_H */
