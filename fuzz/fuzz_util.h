/*
** fuzz_util.h: what the fuzz targets that need a database share.
**
** fz_store() makes, on first use, a demo database in a temporary directory
** (the fixture data/demo.json, and an admin account "fuzz" with an API
** token and a session whose texts are in fzToken, fzSession and fzCsrf),
** keeps a copy of it, and returns an open connection.  fz_reset() puts the
** copy back, so that targets that write can start again from the demo
** every few thousand inputs.  fz_file() writes an input to a file of the
** directory for the entry points that read files.  The directory is
** removed at exit.
*/
#ifndef ACCORD_FUZZ_UTIL_H
#define ACCORD_FUZZ_UTIL_H

#include "../src/store/account.h"
#include "../src/store/fixture.h"
#include "../src/store/store.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char fzDir[200];
static char fzDb[260];
static char fzCopy[260];
static char fzToken[TOKEN_HEX];
static char fzSession[TOKEN_HEX];
static char fzCsrf[CSRF_HEX];
static Store *fzStore = 0;

/* Copy file zFrom to zTo.  Returns 0 or -1. */
static int fz_copy(const char *zFrom, const char *zTo){
  FILE *in = fopen(zFrom, "rb"), *out;
  char aBuf[1<<16];
  size_t n;
  if( in==0 ) return -1;
  out = fopen(zTo, "wb");
  if( out==0 ){ fclose(in); return -1; }
  while( (n = fread(aBuf, 1, sizeof(aBuf), in))>0 ) fwrite(aBuf, 1, n, out);
  fclose(in);
  return fclose(out);
}

static void fz_unlink_db(void){
  char z[300];
  unlink(fzDb);
  snprintf(z, sizeof(z), "%s-wal", fzDb); unlink(z);
  snprintf(z, sizeof(z), "%s-shm", fzDb); unlink(z);
}

/* Remove the directory (atexit). */
static void fz_cleanup(void){
  char z[300];
  if( fzStore ){ store_close(fzStore); fzStore = 0; }
  fz_unlink_db();
  unlink(fzCopy);
  snprintf(z, sizeof(z), "%s/in", fzDir); unlink(z);
  rmdir(fzDir);
}

static void fz_die(const char *zWhat, const char *zErr){
  fprintf(stderr, "fuzz: %s: %s\n", zWhat, zErr);
  abort();
}

/* Open the database of the directory. */
static inline Store *fz_open(void){
  char zErr[300];
  if( store_open(fzDb, 0, &fzStore, zErr, sizeof(zErr)) ){
    fz_die("open", zErr);
  }
  store_set_actor(fzStore, "fuzz");
  return fzStore;
}

/* The demo database, made on first use. */
static inline Store *fz_store(void){
  char zErr[300];
  int nItem;
  int64_t id;
  Store *p;
  if( fzStore ) return fzStore;
  snprintf(fzDir, sizeof(fzDir), "%s/accord-fuzz.XXXXXX",
           getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if( mkdtemp(fzDir)==0 ) fz_die("mkdtemp", fzDir);
  snprintf(fzDb, sizeof(fzDb), "%s/fuzz.db", fzDir);
  snprintf(fzCopy, sizeof(fzCopy), "%s/demo.db", fzDir);
  atexit(fz_cleanup);
  if( store_open(fzDb, STORE_CREATE, &p, zErr, sizeof(zErr)) ){
    fz_die("create", zErr);
  }
  store_set_actor(p, "fuzz");
  if( fixture_load(p, zDemoFixture, zDemoFixture_len, "demo.json", &nItem,
                   zErr, sizeof(zErr)) ){
    fz_die("demo", zErr);
  }
  if( store_account_add(p, "fuzz", "Fuzz", ROLE_ADMIN, 0, 0, &id, zErr,
                        sizeof(zErr))
   || store_token_new(p, "fuzz", "fuzz", fzToken, zErr, sizeof(zErr))
   || store_session_new(p, id, 12, fzSession, fzCsrf) ){
    fz_die("account", zErr);
  }
  store_close(p);
  if( fz_copy(fzDb, fzCopy) ) fz_die("copy", fzCopy);
  return fz_open();
}

/* Start again from the demo database. */
static inline Store *fz_reset(void){
  fz_store();
  store_close(fzStore);
  fzStore = 0;
  fz_unlink_db();
  if( fz_copy(fzCopy, fzDb) ) fz_die("copy", fzDb);
  return fz_open();
}

/* Write the input to a file of the directory; returns its name. */
static inline const char *fz_file(const uint8_t *aData, size_t nData){
  static char zName[300];
  FILE *out;
  fz_store();
  snprintf(zName, sizeof(zName), "%s/in", fzDir);
  out = fopen(zName, "wb");
  if( out==0 ) fz_die("write", zName);
  fwrite(aData, 1, nData, out);
  fclose(out);
  return zName;
}

#endif
