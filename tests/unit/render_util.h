/*
** render_util.h: file and shell helpers of the renderers' unit tests
** (render.c, render_layout.c), which check their PDF and XLSX output
** with poppler's pdftotext/pdfinfo and LibreOffice.  Include after the
** modules (it needs util.h's Buf).
*/
#ifndef ACCORD_RENDER_UTIL_H
#define ACCORD_RENDER_UTIL_H

#include <stdio.h>
#include <stdlib.h>

/* Write a Buf to a file. */
static void put_file(const char *zName, const Buf *b){
  FILE *f = fopen(zName, "wb");
  if( f==0 ){ perror(zName); exit(2); }
  fwrite(b->z, 1, b->n, f);
  fclose(f);
}

/* Run a shell command and return its standard output (caller frees). */
static char *run(const char *zCmd){
  Buf b = BUF_INIT;
  char a[4096];
  size_t n;
  FILE *f = popen(zCmd, "r");
  if( f==0 ) return acc_strdup("");
  while( (n = fread(a, 1, sizeof(a), f))>0 ) buf_append(&b, a, n);
  pclose(f);
  if( b.z==0 ) return acc_strdup("");
  return buf_detach(&b);
}

#endif
