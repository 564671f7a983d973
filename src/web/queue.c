/*
** queue.c: bounded queues of work, each served by threads of its own,
** and the watch over connections' deadlines (queue.h).
**
** A queue is a ring of at most nMax jobs under one mutex.  A producer
** first reserves a place (workq_reserve(), which fails at once when the
** queue is full: the server answers 503) and then pushes the job; the
** two steps let the web server suspend the connection between them, so
** that a job can never finish and resume a connection that is not yet
** suspended.  When the queue stops, its threads run what is left with
** bCancel set and end.
**
** The watch keeps every open connection with a deadline.  libmicrohttpd
** resets a connection's idle timeout with every byte it receives, so a
** client sending a header line every few seconds would hold its
** connection for ever; the deadline is not reset by data, only by the
** server as the request moves on (http.c).  A thread looks at the
** deadlines every quarter second and shuts down the socket of a
** connection whose deadline passed: libmicrohttpd sees the end of the
** stream and closes the connection in its own thread.  A Sock is freed
** when libmicrohttpd reports the connection closed, before it closes the
** descriptor, so the watch never touches a descriptor that was reused.
*/
#include "../util/util.h"
#include "queue.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

struct WorkQueue {
  pthread_mutex_t mutex;
  pthread_cond_t cond;       /* a job was pushed, or stop */
  WorkFn xRun;
  void **aJob;               /* ring of nMax */
  int nMax;
  int iHead, nJob;           /* first job, jobs queued */
  int nReserved;             /* places reserved, not yet pushed */
  int nRunning;
  int bStop;
  pthread_t *aThread;
  int nThread;
};

/* A thread of a queue: run jobs until stopped and empty. */
static void *workq_main(void *pArg){
  WorkQueue *q = pArg;
  pthread_mutex_lock(&q->mutex);
  for(;;){
    void *pJob;
    int bCancel;
    while( q->nJob==0 && !(q->bStop && q->nReserved==0) ){
      pthread_cond_wait(&q->cond, &q->mutex);
    }
    if( q->nJob==0 ) break;
    pJob = q->aJob[q->iHead];
    q->iHead = (q->iHead+1) % q->nMax;
    q->nJob--;
    q->nRunning++;
    bCancel = q->bStop;
    pthread_mutex_unlock(&q->mutex);
    q->xRun(pJob, bCancel);
    pthread_mutex_lock(&q->mutex);
    q->nRunning--;
  }
  pthread_mutex_unlock(&q->mutex);
  return 0;
}

WorkQueue *workq_start(int nThread, int nMax, WorkFn xRun){
  WorkQueue *q = acc_malloc(sizeof(*q));
  int i;
  memset(q, 0, sizeof(*q));
  pthread_mutex_init(&q->mutex, 0);
  pthread_cond_init(&q->cond, 0);
  q->xRun = xRun;
  q->nMax = nMax<1 ? 1 : nMax;
  q->aJob = acc_malloc(sizeof(void*)*(size_t)q->nMax);
  q->nThread = nThread<1 ? 1 : nThread;
  q->aThread = acc_malloc(sizeof(pthread_t)*(size_t)q->nThread);
  for(i=0; i<q->nThread; i++){
    if( pthread_create(&q->aThread[i], 0, workq_main, q) ){
      acc_fatal("cannot start a thread: %s", strerror(errno));
    }
  }
  return q;
}

int workq_reserve(WorkQueue *q){
  int rc = -1;
  pthread_mutex_lock(&q->mutex);
  if( !q->bStop && q->nJob + q->nReserved < q->nMax ){
    q->nReserved++;
    rc = 0;
  }
  pthread_mutex_unlock(&q->mutex);
  return rc;
}

void workq_push(WorkQueue *q, void *pArg){
  pthread_mutex_lock(&q->mutex);
  q->aJob[(q->iHead + q->nJob) % q->nMax] = pArg;
  q->nJob++;
  q->nReserved--;
  pthread_cond_signal(&q->cond);
  pthread_mutex_unlock(&q->mutex);
}

int workq_count(WorkQueue *q){
  int n;
  pthread_mutex_lock(&q->mutex);
  n = q->nJob + q->nReserved + q->nRunning;
  pthread_mutex_unlock(&q->mutex);
  return n;
}

void workq_stop(WorkQueue *q){
  int i;
  if( q==0 ) return;
  pthread_mutex_lock(&q->mutex);
  q->bStop = 1;
  pthread_cond_broadcast(&q->cond);
  pthread_mutex_unlock(&q->mutex);
  for(i=0; i<q->nThread; i++) pthread_join(q->aThread[i], 0);
  pthread_cond_destroy(&q->cond);
  pthread_mutex_destroy(&q->mutex);
  free(q->aThread);
  free(q->aJob);
  free(q);
}

/* ---- deadlines of connections ---------------------------------------- */

struct Sock {
  int fd;
  int bShut;                 /* shut down already */
  struct timespec tEnd;      /* deadline; tv_sec 0: none */
  Sock *pPrev, *pNext;
};

static pthread_mutex_t sockMutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t sockCond = PTHREAD_COND_INITIALIZER;
static Sock *pSockList = 0;
static int bWatchStop = 0;
static int bWatching = 0;
static pthread_t watchThread;

/* Set s's deadline nSec from now (locked). */
static void sock_set(Sock *s, int nSec){
  if( nSec<=0 ){
    s->tEnd.tv_sec = 0;
  }else{
    clock_gettime(CLOCK_MONOTONIC, &s->tEnd);
    s->tEnd.tv_sec += nSec;
  }
}

static void *watch_main(void *pArg){
  (void)pArg;
  pthread_mutex_lock(&sockMutex);
  while( !bWatchStop ){
    struct timespec now, tWake;
    Sock *s;
    clock_gettime(CLOCK_MONOTONIC, &now);
    for(s=pSockList; s; s=s->pNext){
      if( !s->bShut && s->tEnd.tv_sec
       && (now.tv_sec > s->tEnd.tv_sec || (now.tv_sec==s->tEnd.tv_sec
           && now.tv_nsec >= s->tEnd.tv_nsec)) ){
        shutdown(s->fd, SHUT_RDWR);
        s->bShut = 1;
      }
    }
    clock_gettime(CLOCK_REALTIME, &tWake);
    tWake.tv_nsec += 250*1000*1000;
    if( tWake.tv_nsec>=1000*1000*1000 ){
      tWake.tv_sec++;
      tWake.tv_nsec -= 1000*1000*1000;
    }
    pthread_cond_timedwait(&sockCond, &sockMutex, &tWake);
  }
  pthread_mutex_unlock(&sockMutex);
  return 0;
}

void conn_watch_start(void){
  bWatchStop = 0;
  if( pthread_create(&watchThread, 0, watch_main, 0) ){
    acc_fatal("cannot start a thread: %s", strerror(errno));
  }
  bWatching = 1;
}

void conn_watch_stop(void){
  if( !bWatching ) return;
  pthread_mutex_lock(&sockMutex);
  bWatchStop = 1;
  pthread_cond_signal(&sockCond);
  pthread_mutex_unlock(&sockMutex);
  pthread_join(watchThread, 0);
  bWatching = 0;
}

Sock *conn_sock_new(int fd, int nSec){
  Sock *s = acc_malloc(sizeof(*s));
  memset(s, 0, sizeof(*s));
  s->fd = fd;
  pthread_mutex_lock(&sockMutex);
  sock_set(s, nSec);
  s->pNext = pSockList;
  if( pSockList ) pSockList->pPrev = s;
  pSockList = s;
  pthread_mutex_unlock(&sockMutex);
  return s;
}

void conn_sock_free(Sock *s){
  if( s==0 ) return;
  pthread_mutex_lock(&sockMutex);
  if( s->pPrev ) s->pPrev->pNext = s->pNext;
  else pSockList = s->pNext;
  if( s->pNext ) s->pNext->pPrev = s->pPrev;
  pthread_mutex_unlock(&sockMutex);
  free(s);
}

void conn_sock_deadline(Sock *s, int nSec){
  if( s==0 ) return;
  pthread_mutex_lock(&sockMutex);
  sock_set(s, nSec);
  pthread_mutex_unlock(&sockMutex);
}
