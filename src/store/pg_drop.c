/*
** pg_drop.c: whether a database is there, and its removal, on either
** backend (store_exists(), store_remove(): `accord demo`, which replaces
** a database with --force and removes the one it failed to fill).
**
** On SQLite a database is a file (and its WAL companions).  Under
** ACCORD_PG_TEST a path names a whole database of the test cluster
** (pg.c, pg_test_db()), so removing it drops that database.  A database
** named by a PostgreSQL URI or keyword string is the operator's: it is
** never dropped here.
*/
#include "storeInt.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int store_exists(const char *zPath){
  Store *p;
  char zErr[400];
  AccRc rc;
  if( !store_pg_wants(zPath) ) return access(zPath, F_OK)==0;
  /* Read-only: nothing is made or migrated by looking. */
  rc = store_open(zPath, STORE_READONLY, &p, zErr, sizeof(zErr));
  store_close(p);
  return rc!=ACC_NOTFOUND;
}

/* Drop the test cluster's database that zPath names (under
** ACCORD_PG_TEST), with any session still on it. */
static AccRc pg_drop_test(const char *zBase, const char *zPath,
                          char *zErr, int nErr){
  char zName[40], zInfo[600], zSql[120];
  PGconn *pg;
  PGresult *pRes;
  AccRc rc = ACC_OK;
  store_pg_test_name(zPath, zName, sizeof(zName));
  snprintf(zInfo, sizeof(zInfo), "%s dbname=postgres", zBase);
  pg = PQconnectdb(zInfo);
  if( PQstatus(pg)!=CONNECTION_OK ){
    snprintf(zErr, nErr, "cannot open %s: %s", zBase, PQerrorMessage(pg));
    PQfinish(pg);
    return ACC_IO;
  }
  /* zName is made of [a-z0-9_] only (store_pg_test_name()). */
  snprintf(zSql, sizeof(zSql), "DROP DATABASE IF EXISTS %s WITH (FORCE)",
           zName);
  pRes = PQexec(pg, zSql);
  if( PQresultStatus(pRes)!=PGRES_COMMAND_OK ){
    snprintf(zErr, nErr, "cannot remove %s: %s", zPath,
             PQresultErrorMessage(pRes));
    rc = ACC_IO;
  }
  PQclear(pRes);
  PQfinish(pg);
  return rc;
}

AccRc store_remove(const char *zPath, char *zErr, int nErr){
  const char *zTest = getenv("ACCORD_PG_TEST");
  static const char *azSuffix[] = { "", "-wal", "-shm" };
  size_t i;
  if( store_is_pg_name(zPath) ){
    snprintf(zErr, nErr, "%s is a PostgreSQL database: accord does not "
             "remove one (drop it, or its tables, with psql)", zPath);
    return ACC_CONFLICT;
  }
  if( store_pg_wants(zPath) ) return pg_drop_test(zTest, zPath, zErr, nErr);
  for(i=0; i<sizeof(azSuffix)/sizeof(azSuffix[0]); i++){
    char *z = acc_malloc(strlen(zPath) + 5);
    sprintf(z, "%s%s", zPath, azSuffix[i]);
    unlink(z);
    free(z);
  }
  return ACC_OK;
}
