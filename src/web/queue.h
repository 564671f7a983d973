/*
** queue.h: bounded queues of work served by threads of their own
** (queue.c), and the deadlines of connections that are still sending
** their request.
**
** The web server (http.c) runs every request on a worker thread of
** libmicrohttpd up to the point where the handler would run.  A write
** (any method but GET and HEAD) is handed to the one writer thread and a
** login's password check to the hashing threads, each through a bounded
** queue, so that a worker never waits for the database lock or for
** argon2id while readers wait behind it.
*/
#ifndef ACCORD_QUEUE_H
#define ACCORD_QUEUE_H

/* A job: pArg given to workq_push().  bCancel is set for a job the
** queue stops before it ran (the server is stopping): it must still
** finish its request, without doing the work. */
typedef void (*WorkFn)(void *pArg, int bCancel);

typedef struct WorkQueue WorkQueue;

/* Start nThread threads serving a queue of at most nMax jobs. */
WorkQueue *workq_start(int nThread, int nMax, WorkFn xRun);
/* Reserve a place in the queue: 0, or -1 if it is full or stopping.
** A reservation must be used by exactly one workq_push(). */
int workq_reserve(WorkQueue *q);
/* Queue pArg into a reserved place. */
void workq_push(WorkQueue *q, void *pArg);
/* Jobs queued or running. */
int workq_count(WorkQueue *q);
/* Stop: jobs not started run with bCancel set, the running ones finish;
** then the threads end and the queue is freed. */
void workq_stop(WorkQueue *q);

/* Deadlines of connections (a "Sock" per connection): a connection
** whose deadline passes has its socket shut down, which ends it however
** slowly its client keeps sending.  conn_watch_start() starts the thread
** that checks them; the others are called from libmicrohttpd's
** callbacks. */
typedef struct Sock Sock;
void conn_watch_start(void);
void conn_watch_stop(void);
Sock *conn_sock_new(int fd, int nSec);   /* a new connection */
void conn_sock_free(Sock *s);            /* closed: forget it */
void conn_sock_deadline(Sock *s, int nSec);  /* nSec from now; 0: none */

#endif
