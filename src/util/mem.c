/*
** mem.c: allocation that never returns NULL, and acc_fatal().
*/
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void acc_fatal(const char *zFmt, ...){
  va_list ap;
  fflush(stdout);
  fputs("accord: ", stderr);
  va_start(ap, zFmt);
  vfprintf(stderr, zFmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  exit(70);
}

void *acc_malloc(size_t n){
  void *p = malloc(n ? n : 1);
  if( p==0 ) acc_fatal("out of memory (%zu bytes)", n);
  return p;
}

void *acc_realloc(void *p, size_t n){
  void *pNew = realloc(p, n ? n : 1);
  if( pNew==0 ) acc_fatal("out of memory (%zu bytes)", n);
  return pNew;
}

char *acc_strdup(const char *z){
  size_t n = strlen(z) + 1;
  char *zNew = acc_malloc(n);
  memcpy(zNew, z, n);
  return zNew;
}
