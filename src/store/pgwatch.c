/*
** pgwatch.c: the data version of a server on PostgreSQL, kept in memory
** and stepped by the database's notifications.
**
** Every request of `accord serve` reads the data version
** (store_data_version()), which its caches of pages, sessions and tokens
** are keyed by.  On SQLite that is a read of the local file; on
** PostgreSQL it would be a round trip per request.  Instead every audit
** entry that changes the data version notifies the channel accord_data
** (a trigger of schema/pg/030_pgnotify.sql; the server delivers the
** notifications of a transaction when it commits, those of one
** transaction as one), and one thread per server process keeps a
** connection that LISTENs on it: each batch of notifications it reads
** steps a counter, which store_data_version() reads without a round
** trip.  A commit of the process's own steps the counter at once
** (store_watch_bump()), so that the process's next request never waits
** for its own notification.  Another process sees a change once its
** thread has read the notification, a fraction of a millisecond after
** the commit on one machine.
**
** The counter's values start at WATCH_BASE (2^62), above any audit
** entry's id: a reply cached while the connection was lost, keyed by
** the audit entry store_data_version() then read from the database,
** never matches a value of the counter, nor the other way round.
**
** The connection can be lost (the database restarts, the network
** fails).  The thread notices it (the socket closes, or, after
** WATCH_PING_MS of quiet, a ping has no answer within WATCH_WAIT_MS; TCP
** keepalives as well), marks the watch down -- store_data_version() then
** asks the database on every request, as without a watch -- and tries
** to connect again every WATCH_RETRY_MS.  Once it listens again it steps
** the counter, so that nothing cached before is served, and marks the
** watch up.
**
** With pg.c, the only file that includes libpq-fe.h.
*/
#include "storeInt.h"

#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define WATCH_BASE ((int64_t)1<<62)
#define WATCH_PING_MS  10000   /* quiet this long: ping the server */
#define WATCH_WAIT_MS  5000    /* ... which must answer within this */
#define WATCH_RETRY_MS 1000    /* between attempts to connect again */

/* The channel of schema/pg/030_pgnotify.sql. */
#define WATCH_LISTEN "LISTEN accord_data"

static atomic_int bWatchUp = 0;                /* the counter is valid */
static _Atomic int64_t iWatchVersion = WATCH_BASE;

/* The thread, while store_watch_start() has one running. */
static struct {
  int bRunning;
  pthread_t thread;
  int aStop[2];          /* a pipe: a byte in it stops the thread */
  char zInfo[700];       /* the conninfo */
  PGconn *pg;            /* the first connection, made by the starter */
} watch;

int store_watch_version(int64_t *pV){
  if( !atomic_load(&bWatchUp) ) return 0;
  *pV = atomic_load(&iWatchVersion);
  return 1;
}

void store_watch_bump(void){
  atomic_fetch_add(&iWatchVersion, 1);
}

static void watch_notice(void *pArg, const char *zMsg){
  (void)pArg;
  (void)zMsg;
}

/* Connect and LISTEN: the connection, or NULL with the reason in zErr.
** Keepalives notice a TCP peer that went away (a Unix socket closes);
** the database's own settings, where the conninfo has them, come after
** ours; the application name is ours, to be found in pg_stat_activity. */
static PGconn *watch_connect(char *zErr, int nErr){
  static const char *const azKey[] = {
    "keepalives_idle", "keepalives_interval", "keepalives_count",
    "connect_timeout", "dbname", "application_name", 0
  };
  const char *azVal[7];
  PGconn *pg;
  PGresult *pRes;
  size_t n;
  azVal[0] = "10"; azVal[1] = "5"; azVal[2] = "3"; azVal[3] = "10";
  azVal[4] = watch.zInfo; azVal[5] = "accord listen"; azVal[6] = 0;
  pg = PQconnectdbParams(azKey, azVal, 1);
  /* The server's notices (its FATAL message when it ends the connection)
  ** are not printed: the thread says what happened. */
  PQsetNoticeProcessor(pg, watch_notice, 0);
  if( PQstatus(pg)==CONNECTION_OK ){
    pRes = PQexec(pg, WATCH_LISTEN);
    if( PQresultStatus(pRes)==PGRES_COMMAND_OK ){
      PQclear(pRes);
      return pg;
    }
    PQclear(pRes);
  }
  snprintf(zErr, nErr, "%s", PQerrorMessage(pg));
  n = strlen(zErr);
  while( n>0 && zErr[n-1]=='\n' ) zErr[--n] = 0;
  PQfinish(pg);
  return 0;
}

/* Wait up to nMs for fd (if >=0) to be readable: 1 if it is, 0 if the
** time ran out, -1 if the thread is to stop. */
static int watch_wait(int fd, int nMs){
  struct pollfd a[2];
  int n;
  memset(a, 0, sizeof(a));
  a[0].fd = watch.aStop[0];
  a[0].events = POLLIN;
  a[1].fd = fd;
  a[1].events = POLLIN;
  n = poll(a, fd>=0 ? 2 : 1, nMs);
  if( n<0 ) return 0;        /* EINTR: as if the time ran out */
  if( a[0].revents ) return -1;
  return n>0;
}

/* Read what the server sent: step the version if notifications came.
** 0, or -1 if the connection is lost. */
static int watch_read(PGconn *pg){
  PGnotify *pN;
  int nNote = 0;
  if( !PQconsumeInput(pg) ) return -1;
  while( (pN = PQnotifies(pg))!=0 ){
    nNote++;
    PQfreemem(pN);
  }
  if( nNote ) store_watch_bump();
  return PQstatus(pg)==CONNECTION_OK ? 0 : -1;
}

/* Whether the server answers a query within WATCH_WAIT_MS. */
static int watch_ping(PGconn *pg){
  PGresult *pRes;
  int bOk = 1;
  if( !PQsendQuery(pg, "SELECT 1") ) return 0;
  while( PQisBusy(pg) ){
    if( watch_wait(PQsocket(pg), WATCH_WAIT_MS)<=0 ) return 0;
    if( watch_read(pg) ) return 0;
  }
  while( (pRes = PQgetResult(pg))!=0 ){
    if( PQresultStatus(pRes)!=PGRES_TUPLES_OK ) bOk = 0;
    PQclear(pRes);
  }
  return bOk && watch_read(pg)==0;
}

/* The thread: listen, step the version, connect again when lost. */
static void *watch_main(void *pArg){
  PGconn *pg = watch.pg;
  char zErr[300];
  int bDown = 0, r;
  (void)pArg;
  watch.pg = 0;
  for(;;){
    if( pg==0 ){
      pg = watch_connect(zErr, sizeof(zErr));
      if( pg==0 ){
        if( !bDown ){
          fprintf(stderr, "accord: cannot listen for changes of the "
                  "database (%s); every request asks it for the data "
                  "version until the connection is back\n", zErr);
          bDown = 1;
        }
        if( watch_wait(-1, WATCH_RETRY_MS)<0 ) break;
        continue;
      }
      /* Whatever was cached before is not reused. */
      store_watch_bump();
      atomic_store(&bWatchUp, 1);
      if( bDown ) fprintf(stderr, "accord: listening for changes again\n");
      bDown = 0;
    }
    r = watch_wait(PQsocket(pg), WATCH_PING_MS);
    if( r<0 ) break;
    if( r>0 ? watch_read(pg)!=0 : !watch_ping(pg) ){
      atomic_store(&bWatchUp, 0);
      snprintf(zErr, sizeof(zErr), "%s", PQerrorMessage(pg));
      zErr[strcspn(zErr, "\n")] = 0;
      fprintf(stderr, "accord: the connection that listens for changes "
              "of the database is lost (%s); every request asks it for "
              "the data version until it is back\n",
              zErr[0] ? zErr : "no answer");
      PQfinish(pg);
      pg = 0;
      bDown = 1;
    }
  }
  atomic_store(&bWatchUp, 0);
  PQfinish(pg);
  return 0;
}

AccRc store_watch_start(const char *zPath, char *zErr, int nErr){
  sigset_t all, old;
  AccRc rc;
  int iRc;
  if( watch.bRunning || !store_pg_wants(zPath) ) return ACC_OK;
  rc = store_pg_conninfo(zPath, watch.zInfo, sizeof(watch.zInfo), zErr,
                         nErr);
  if( rc ) return rc;
  if( pipe(watch.aStop) ){
    snprintf(zErr, nErr, "cannot make a pipe for the listening thread");
    return ACC_IO;
  }
  /* The first connection is made here, so that the server listens for
  ** changes before it answers its first request; failing, the thread
  ** tries again (and says so). */
  watch.pg = watch_connect(zErr, nErr);
  if( watch.pg ){
    store_watch_bump();
    atomic_store(&bWatchUp, 1);
  }
  /* The thread takes no signals: the server's main thread waits for
  ** them (sigwait), and a thread that did not block them could be the
  ** one the kernel gives SIGTERM to, ending the process at once. */
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  iRc = pthread_create(&watch.thread, 0, watch_main, 0);
  pthread_sigmask(SIG_SETMASK, &old, 0);
  if( iRc ){
    atomic_store(&bWatchUp, 0);
    PQfinish(watch.pg);
    watch.pg = 0;
    close(watch.aStop[0]);
    close(watch.aStop[1]);
    snprintf(zErr, nErr, "cannot start the listening thread");
    return ACC_IO;
  }
  watch.bRunning = 1;
  return ACC_OK;
}

void store_watch_stop(void){
  if( !watch.bRunning ) return;
  if( write(watch.aStop[1], "x", 1)!=1 ){
    acc_fatal("cannot stop the listening thread");
  }
  pthread_join(watch.thread, 0);
  close(watch.aStop[0]);
  close(watch.aStop[1]);
  watch.bRunning = 0;
}
