/*
** cmd_docfile.c: `accord document file ID [PATH | --out PATH]`, the file a
** document carries (store/docfile.h, migration 028).
**
** With PATH the file is attached (replacing the one the document had): a
** PDF or UTF-8 text, at most 20 MB, for a document the caller may change
** (--as: its grants).  Without it the file is described: name, media
** type, size and SHA-256; with --out PATH its bytes are written there.
*/
#include "cli.h"
#include "../store/docfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Read the whole file zPath into *pB.  0, or the exit code after saying
** why not. */
static int read_all(const char *zPath, Buf *pB){
  FILE *in = fopen(zPath, "rb");
  char a[65536];
  size_t n;
  if( in==0 ){
    return cli_error(ACC_IO, "cannot open %s: %s", zPath, strerror(errno));
  }
  while( (n = fread(a, 1, sizeof(a), in))>0 ){
    buf_append(pB, a, n);
    if( pB->n>DOCFILE_MAX ) break;
  }
  if( ferror(in) ){
    fclose(in);
    return cli_error(ACC_IO, "cannot read %s", zPath);
  }
  fclose(in);
  return 0;
}

int cmd_docfile(Cli *p, int argc, char **argv){
  const char *zId = 0, *zPath = 0, *zOut = 0, *zBase;
  Store *pStore;
  Field f;
  Value v;
  char zErr[300];
  int i, rc;
  for(i=2; i<argc; i++){
    if( strcmp(argv[i], "--out")==0 && i+1<argc ) zOut = argv[++i];
    else if( zId==0 ) zId = argv[i];
    else if( zPath==0 ) zPath = argv[i];
    else return cli_usage("document", "document file: unexpected %s",
                          argv[i]);
  }
  if( zId==0 ){
    return cli_usage("document", "document file: give the document (id or "
                     "code), and the file to attach");
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  memset(&f, 0, sizeof(f));
  f.eType = FT_REF;
  f.eRef = ENT_DOCUMENT;
  if( model_value_parse(&f, zId, &v, zErr, sizeof(zErr))
   || v.eType==VAL_NULL
   || store_ref_resolve(pStore, ENT_DOCUMENT, &v, zErr, sizeof(zErr)) ){
    store_close(pStore);
    return cli_error(ACC_NOTFOUND, "%s", v.eType==VAL_NULL
                     ? "no document given" : zErr);
  }
  if( zPath ){
    Buf b = BUF_INIT;
    if( (rc = read_all(zPath, &b))!=0 ){
      buf_free(&b);
      store_close(pStore);
      return rc;
    }
    zBase = strrchr(zPath, '/') ? strrchr(zPath, '/')+1 : zPath;
    rc = store_docfile_put(pStore, v.i, zBase, b.z ? b.z : "", (int64_t)b.n,
                           zErr, sizeof(zErr));
    buf_free(&b);
    if( rc==ACC_OK ){
      Arena a = ARENA_INIT;
      DocFile df;
      if( store_docfile_get(pStore, v.i, 0, &a, &df)==ACC_OK ){
        printf("attached %s to document %lld: %s, %lld bytes, SHA-256 %s\n",
               df.zName, (long long)v.i, df.zType, (long long)df.nSize,
               df.zSha256);
      }
      arena_free(&a);
      store_close(pStore);
      return 0;
    }
    store_close(pStore);
    return cli_error(rc, "%s: %s", zPath, zErr);
  }else{
    Arena a = ARENA_INIT;
    DocFile df;
    rc = store_docfile_get(pStore, v.i, zOut!=0, &a, &df);
    if( rc ){
      arena_free(&a);
      store_close(pStore);
      return cli_error(ACC_NOTFOUND, "document %lld has no file", (long long)v.i);
    }
    if( zOut ){
      FILE *out = fopen(zOut, "wb");
      if( out==0 || fwrite(df.aData, 1, (size_t)df.nSize, out)!=(size_t)df.nSize ){
        if( out ) fclose(out);
        arena_free(&a);
        store_close(pStore);
        return cli_error(ACC_IO, "cannot write %s", zOut);
      }
      fclose(out);
    }
    printf("%s\t%s\t%lld bytes\tSHA-256 %s\tadded %s by %s\n", df.zName,
           df.zType, (long long)df.nSize, df.zSha256, df.zAddedAt,
           df.zAddedBy);
    arena_free(&a);
    store_close(pStore);
    return 0;
  }
}
