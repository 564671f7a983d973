/*
** pgtest.c: the test suite's databases on PostgreSQL.
**
** Under ACCORD_PG_TEST (a libpq keyword string of a throw-away cluster,
** set by tests/pg/run) a path of the SQLite kind ("demo.db") names a
** database of that cluster, one per absolute path, made on demand, so
** that every test runs unchanged on PostgreSQL.  The existence rules of
** sqlite.c apply: a path that must be new must not exist, one that is
** only opened must.
**
** The suite starts thousands of processes, so opening one costs one
** connection to the database itself; the cluster's "postgres" database
** is asked only when the path's database is missing, to make it.
*/
#include "storeInt.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The name of the test database for the SQLite path zPath:
** "accord_t_" and 16 hex digits of the FNV-1a hash of the absolute
** path (tests/pg/pgdb.py computes the same). */
void store_pg_test_name(const char *zPath, char *zOut, int nOut){
  char zAbs[4096];
  uint64_t h = 1469598103934665603ULL;
  const char *z;
  if( zPath[0]=='/' || realpath(".", zAbs)==0 ){
    snprintf(zAbs, sizeof(zAbs), "%s", zPath);
  }else{
    size_t n = strlen(zAbs);
    snprintf(zAbs+n, sizeof(zAbs)-n, "/%s", zPath);
  }
  for(z=zAbs; *z; z++){
    h ^= (unsigned char)*z;
    h *= 1099511628211ULL;
  }
  snprintf(zOut, nOut, "accord_t_%016llx", (unsigned long long)h);
}

/* A connection's failure message without its trailing newline. */
static void test_msg(PGconn *pg, char *zOut, int nOut){
  size_t n;
  snprintf(zOut, nOut, "%s", PQerrorMessage(pg));
  n = strlen(zOut);
  while( n>0 && zOut[n-1]=='\n' ) zOut[--n] = 0;
}

/* Make the database zName in the cluster zBase; ACC_OK also if another
** process made it first. */
static AccRc test_create(const char *zBase, const char *zName,
                         const char *zPath, char *zErr, int nErr){
  char zInfo[600], zSql[120], zMsg[300];
  PGconn *pg;
  PGresult *pRes;
  AccRc rc = ACC_OK;
  snprintf(zInfo, sizeof(zInfo), "%s dbname=postgres", zBase);
  pg = PQconnectdb(zInfo);
  if( PQstatus(pg)!=CONNECTION_OK ){
    test_msg(pg, zMsg, sizeof(zMsg));
    snprintf(zErr, nErr, "cannot open %s: %s", zBase, zMsg);
    PQfinish(pg);
    return ACC_IO;
  }
  /* zName is made of [a-z0-9_] only (store_pg_test_name()). */
  snprintf(zSql, sizeof(zSql), "CREATE DATABASE %s", zName);
  pRes = PQexec(pg, zSql);
  if( PQresultStatus(pRes)!=PGRES_COMMAND_OK ){
    const char *zState = PQresultErrorField(pRes, PG_DIAG_SQLSTATE);
    if( zState==0 || strcmp(zState, "42P04")!=0 ){   /* duplicate_database */
      snprintf(zErr, nErr, "cannot create %s: %s", zPath,
               PQresultErrorMessage(pRes));
      rc = ACC_IO;
    }
  }
  PQclear(pRes);
  PQfinish(pg);
  return rc;
}

/* Connect to the database of the cluster zBase that the path zPath
** names, making it if flags has STORE_CREATE; the connection to
** *ppConn (if ppConn is 0 it is closed: only whether the database is
** there is asked).  The libpq conninfo of that database goes to zOut. */
AccRc store_pg_test_connect(const char *zBase, const char *zPath, int flags,
                            struct pg_conn **ppConn, char *zOut, int nOut,
                            char *zErr, int nErr){
  char zName[40], zMsg[300];
  PGconn *pg;
  int bMade = 0;
  if( ppConn ) *ppConn = 0;
  store_pg_test_name(zPath, zName, sizeof(zName));
  snprintf(zOut, nOut, "%s dbname=%s", zBase, zName);
  for(;;){
    pg = PQconnectdb(zOut);
    if( PQstatus(pg)==CONNECTION_OK ) break;
    test_msg(pg, zMsg, sizeof(zMsg));
    PQfinish(pg);
    /* libpq gives no SQLSTATE for a failed connection: the server's
    ** message for a database that is not there says so. */
    if( bMade || strstr(zMsg, "does not exist")==0 ){
      snprintf(zErr, nErr, "cannot open %s: %s", zPath, zMsg);
      return ACC_IO;
    }
    if( !(flags & STORE_CREATE) ){
      snprintf(zErr, nErr, "no database at %s (run `accord init` or "
               "`accord demo` first)", zPath);
      return ACC_NOTFOUND;
    }
    if( test_create(zBase, zName, zPath, zErr, nErr) ) return ACC_IO;
    bMade = 1;
  }
  if( !bMade && (flags & STORE_MUSTBENEW) ){
    PQfinish(pg);
    snprintf(zErr, nErr, "%s already exists", zPath);
    return ACC_CONFLICT;
  }
  if( ppConn ) *ppConn = pg;
  else PQfinish(pg);
  return ACC_OK;
}

AccRc store_pg_conninfo(const char *zPath, char *zOut, int nOut, char *zErr,
                        int nErr){
  const char *zTest = getenv("ACCORD_PG_TEST");
  if( !store_is_pg_name(zPath) && zTest && zTest[0] ){
    return store_pg_test_connect(zTest, zPath, 0, 0, zOut, nOut, zErr, nErr);
  }
  snprintf(zOut, nOut, "%s", zPath);
  return ACC_OK;
}

AccRc store_pg_test_db(const char *zPath, int bDrop, char *zErr, int nErr){
  const char *zTest = getenv("ACCORD_PG_TEST");
  char zName[40], zInfo[600], zSql[120];
  PGconn *pg;
  PGresult *pRes;
  AccRc rc;
  if( store_is_pg_name(zPath) || zTest==0 || zTest[0]==0 ){
    snprintf(zErr, nErr, "%s is no test path", zPath);
    return ACC_INVALID;
  }
  if( !bDrop ){
    return store_pg_test_connect(zTest, zPath, 0, 0, zInfo, sizeof(zInfo),
                                 zErr, nErr);
  }
  /* zName is made of [a-z0-9_] only (store_pg_test_name()). */
  store_pg_test_name(zPath, zName, sizeof(zName));
  snprintf(zInfo, sizeof(zInfo), "%s dbname=postgres", zTest);
  pg = PQconnectdb(zInfo);
  snprintf(zSql, sizeof(zSql), "DROP DATABASE IF EXISTS %s", zName);
  pRes = PQexec(pg, zSql);
  rc = PQresultStatus(pRes)==PGRES_COMMAND_OK ? ACC_OK : ACC_IO;
  if( rc ){
    snprintf(zErr, nErr, "cannot remove %s: %s", zPath, PQerrorMessage(pg));
  }
  PQclear(pRes);
  PQfinish(pg);
  return rc;
}
