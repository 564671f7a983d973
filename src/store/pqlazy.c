/*
** pqlazy.c: the functions of libpq that the PostgreSQL driver calls,
** loaded on the first call (src/util/lazylib.h), so that a command on
** SQLite never loads libpq, nor the Kerberos, LDAP and OpenSSL libraries
** it pulls in.  One line a function, with libpq-fe.h's prototype.
*/
#include "../util/lazylib.h"

#include <libpq-fe.h>

#ifndef ACC_SO_PQ
# define ACC_SO_PQ "libpq.so.5"
#endif

static LazyLib lzPq = { ACC_SO_PQ, "PostgreSQL databases", 0 };

LAZY_VOID(lzPq, PQclear, (PGresult *a0), (a0))
LAZY_FN(lzPq, PGconn *, PQconnectdb, (const char *a0), (a0))
LAZY_FN(lzPq, PGconn *, PQconnectdbParams, (const char *const *a0,
        const char *const *a1, int a2), (a0, a1, a2))
LAZY_FN(lzPq, int, PQconsumeInput, (PGconn *a0), (a0))
LAZY_FN(lzPq, int, PQenterPipelineMode, (PGconn *a0), (a0))
LAZY_FN(lzPq, char *, PQerrorMessage, (const PGconn *a0), (a0))
LAZY_FN(lzPq, PGresult *, PQexec, (PGconn *a0, const char *a1), (a0, a1))
LAZY_FN(lzPq, PGresult *, PQexecPrepared, (PGconn *a0, const char *a1, int a2,
        const char *const *a3, const int *a4, const int *a5, int a6), (a0, a1,
        a2, a3, a4, a5, a6))
LAZY_FN(lzPq, int, PQexitPipelineMode, (PGconn *a0), (a0))
LAZY_VOID(lzPq, PQfinish, (PGconn *a0), (a0))
LAZY_VOID(lzPq, PQfreemem, (void *a0), (a0))
LAZY_FN(lzPq, Oid, PQftype, (const PGresult *a0, int a1), (a0, a1))
LAZY_FN(lzPq, PGresult *, PQgetResult, (PGconn *a0), (a0))
LAZY_FN(lzPq, int, PQgetisnull, (const PGresult *a0, int a1, int a2), (a0, a1,
        a2))
LAZY_FN(lzPq, int, PQgetlength, (const PGresult *a0, int a1, int a2), (a0, a1,
        a2))
LAZY_FN(lzPq, char *, PQgetvalue, (const PGresult *a0, int a1, int a2), (a0,
        a1, a2))
LAZY_FN(lzPq, int, PQisBusy, (PGconn *a0), (a0))
LAZY_FN(lzPq, PGresult *, PQmakeEmptyPGresult, (PGconn *a0, ExecStatusType a1),
        (a0, a1))
LAZY_FN(lzPq, PGnotify *, PQnotifies, (PGconn *a0), (a0))
LAZY_FN(lzPq, int, PQntuples, (const PGresult *a0), (a0))
LAZY_FN(lzPq, int, PQpipelineSync, (PGconn *a0), (a0))
LAZY_FN(lzPq, PGresult *, PQprepare, (PGconn *a0, const char *a1,
        const char *a2, int a3, const Oid *a4), (a0, a1, a2, a3, a4))
LAZY_FN(lzPq, int, PQputCopyData, (PGconn *a0, const char *a1, int a2), (a0,
        a1, a2))
LAZY_FN(lzPq, int, PQputCopyEnd, (PGconn *a0, const char *a1), (a0, a1))
LAZY_FN(lzPq, char *, PQresultErrorField, (const PGresult *a0, int a1), (a0,
        a1))
LAZY_FN(lzPq, char *, PQresultErrorMessage, (const PGresult *a0), (a0))
LAZY_FN(lzPq, ExecStatusType, PQresultStatus, (const PGresult *a0), (a0))
LAZY_FN(lzPq, int, PQsendPrepare, (PGconn *a0, const char *a1, const char *a2,
        int a3, const Oid *a4), (a0, a1, a2, a3, a4))
LAZY_FN(lzPq, int, PQsendQuery, (PGconn *a0, const char *a1), (a0, a1))
LAZY_FN(lzPq, int, PQsendQueryParams, (PGconn *a0, const char *a1, int a2,
        const Oid *a3, const char *const *a4, const int *a5, const int *a6,
        int a7), (a0, a1, a2, a3, a4, a5, a6, a7))
LAZY_FN(lzPq, int, PQsendQueryPrepared, (PGconn *a0, const char *a1, int a2,
        const char *const *a3, const int *a4, const int *a5, int a6), (a0, a1,
        a2, a3, a4, a5, a6))
LAZY_FN(lzPq, PQnoticeProcessor, PQsetNoticeProcessor, (PGconn *a0,
        PQnoticeProcessor a1, void *a2), (a0, a1, a2))
LAZY_FN(lzPq, int, PQsocket, (const PGconn *a0), (a0))
LAZY_FN(lzPq, ConnStatusType, PQstatus, (const PGconn *a0), (a0))
LAZY_FN(lzPq, PGTransactionStatusType, PQtransactionStatus, (const PGconn *a0),
        (a0))
LAZY_FN(lzPq, unsigned char *, PQunescapeBytea, (const unsigned char *a0,
        size_t *a1), (a0, a1))
