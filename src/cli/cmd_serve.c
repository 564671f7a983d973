/*
** cmd_serve.c: `accord serve` and `accord ui`.
*/
#include "cli.h"
#include "../web/web.h"

#include <errno.h>
#include <sodium.h>
#include <stddef.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* The numeric options of `accord serve`: name, limits, and where the
** value goes. */
typedef struct ServeOpt {
  const char *zName;
  int iMin, iMax;
  size_t iOff;         /* offset in WebLimits */
} ServeOpt;
static const ServeOpt aServeOpt[] = {
  { "workers",      1,   64, offsetof(WebLimits, nWorker) },
  { "per-ip",       1, 1024, offsetof(WebLimits, nPerIp) },
  { "hash-threads", 1,   16, offsetof(WebLimits, nHashThread) },
  { "hash-queue",   1, 4096, offsetof(WebLimits, nHashQueue) },
  { "write-queue",  1, 4096, offsetof(WebLimits, nWriteQueue) },
};

/*
** Read the PEM file zPath of option --zOpt (a certificate chain, or a
** private key if bKey) into *pB.  0, or the error printed and the exit
** code returned.
*/
static int read_pem(const char *zOpt, const char *zPath, int bKey, Buf *pB){
  FILE *in = fopen(zPath, "rb");
  char aBuf[8192];
  size_t n;
  if( in==0 ){
    return cli_error(ACC_IO, "--%s: cannot open %s: %s", zOpt, zPath,
                     strerror(errno));
  }
  while( (n = fread(aBuf, 1, sizeof(aBuf), in))>0 ) buf_append(pB, aBuf, n);
  fclose(in);
  if( strstr(buf_str(pB), "-----BEGIN ")==0
   || (bKey ? strstr(buf_str(pB), "PRIVATE KEY-----")==0
            : strstr(buf_str(pB), "-----BEGIN CERTIFICATE-----")==0) ){
    return cli_error(ACC_INVALID, "--%s: %s is not a PEM %s", zOpt, zPath,
                     bKey ? "private key" : "certificate");
  }
  return 0;
}

int cmd_serve(Cli *p, int argc, char **argv){
  const char *zListen = "127.0.0.1:8080";
  const char *zCert = 0, *zKey = 0;
  WebLimits lim = WEB_LIMITS_DEFAULT;
  Store *pStore;
  Buf cert = BUF_INIT, key = BUF_INIT;
  char zErr[300];
  int i, rc, bQuiet = 0;
  size_t k;
  for(i=1; i<argc; ){
    int r;
    const char *zVal = 0;
    if( strcmp(argv[i], "--quiet")==0 ){ bQuiet = 1; i++; continue; }
    r = cli_opt_value(argc, argv, &i, "listen", &zListen);
    if( r==0 ) r = cli_opt_value(argc, argv, &i, "tls-cert", &zCert);
    if( r==0 ) r = cli_opt_value(argc, argv, &i, "tls-key", &zKey);
    if( r<0 ) return EXIT_USAGE;
    if( r>0 ) continue;
    for(k=0; k<sizeof(aServeOpt)/sizeof(aServeOpt[0]); k++){
      const ServeOpt *pO = &aServeOpt[k];
      char *zEnd;
      long v;
      r = cli_opt_value(argc, argv, &i, pO->zName, &zVal);
      if( r<0 ) return EXIT_USAGE;
      if( r==0 ) continue;
      v = strtol(zVal, &zEnd, 10);
      if( zVal[0]==0 || *zEnd || v<pO->iMin || v>pO->iMax ){
        return cli_usage(argv[0], "--%s: expected a number from %d to %d, "
                         "got \"%s\"", pO->zName, pO->iMin, pO->iMax, zVal);
      }
      *(int*)((char*)&lim + pO->iOff) = (int)v;
      break;
    }
    if( r>0 ) continue;
    return cli_usage(argv[0], "%s: unexpected %s", argv[0], argv[i]);
  }
  if( strcmp(argv[0], "ui")==0 ) zListen = "127.0.0.1:0";
  if( (zCert==0)!=(zKey==0) ){
    return cli_usage(argv[0], "--tls-cert and --tls-key go together");
  }
  if( zCert ){
    if( (rc = read_pem("tls-cert", zCert, 0, &cert))!=0
     || (rc = read_pem("tls-key", zKey, 1, &key))!=0 ){
      buf_free(&cert);
      buf_free(&key);
      return rc;
    }
    lim.zTlsCert = buf_str(&cert);
    lim.zTlsKey = buf_str(&key);
  }
  /* Open once here so that a missing or foreign database is reported
  ** before the server starts, and migrations run before the workers. */
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ){
    buf_free(&cert);
    buf_free(&key);
    return rc;
  }
  store_close(pStore);
  /* On PostgreSQL, a thread listens for the changes other processes
  ** make, so that requests need not ask the database for the data
  ** version (store_watch_start()). */
  if( (rc = store_watch_start(p->zDb, zErr, sizeof(zErr)))!=ACC_OK ){
    rc = cli_error(rc, "%s", zErr);
  }else{
    rc = web_serve(p->zDb, zListen, bQuiet, &lim);
    store_watch_stop();
  }
  buf_free(&cert);
  if( key.n ) sodium_memzero(key.z, key.n);
  buf_free(&key);
  return rc;
}

/*
** COMMAND: test-routes (hidden)
** Prints every route of the web application as JSON, for the tests that
** generate the role x route x classification matrix from the table.
*/
int cmd_test_routes(Cli *p, int argc, char **argv){
  const Route *aTab[3];
  int anTab[3], t, i;
  json_t *pArr = json_array();
  static const char *const azAct[ACT__MAX] = {
    "read", "write", "approve", "admin"
  };
  (void)p; (void)argc; (void)argv;
  aTab[0] = aRoute; anTab[0] = nRoute;
  aTab[1] = aPageRoute; anTab[1] = nPageRoute;
  aTab[2] = aApiRoute; anTab[2] = nApiRoute;
  for(t=0; t<3; t++){
    for(i=0; i<anTab[t]; i++){
      const Route *r = &aTab[t][i];
      json_t *pParams = json_array();
      int k;
      if( r->aParam ){
        for(k=0; r->aParam[k].zName; k++){
          json_array_append_new(pParams, json_string(r->aParam[k].zName));
        }
      }
      json_array_append_new(pArr, json_pack("{s:s,s:s,s:s,s:s?,s:b,s:o}",
        "method", r->zMethod, "pattern", r->zPattern, "action",
        azAct[r->eAct], "entity", r->eEnt>=0 ? aEntity[r->eEnt].zName : 0,
        "login", r->bLogin, "params", pParams));
    }
  }
  json_dumpf(pArr, stdout, JSON_INDENT(1));
  printf("\n");
  json_decref(pArr);
  return 0;
}
