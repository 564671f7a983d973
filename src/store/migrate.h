/*
** migrate.h: a whole installation copied from one database to another,
** SQLite or PostgreSQL either way (`accord migrate`), and the existence
** and removal of a database by its name (`accord demo --force`).
** migrate.c.
*/
#ifndef ACCORD_MIGRATE_H
#define ACCORD_MIGRATE_H

#include "store.h"

/* The head of an audit chain: the latest entry's id and hash (0 and ""
** for an empty log). */
typedef struct AuditHead {
  int64_t id;
  char zHash[65];
} AuditHead;

/* Told after each table is copied: its name and the rows copied. */
typedef void (*MigrateTableFn)(void *pArg, const char *zTable,
                               int64_t nRow);

/* Copy every table of pFrom into pTo, which must be empty (no table
** holds a row) and of the same schema version: rows with their ids and
** bytes as they are, read in one snapshot of pFrom and written in one
** transaction of pTo (all or nothing), the id counters after them (on
** PostgreSQL past the largest ids); the full-text indexes are rebuilt
** by pTo's triggers as the rows go in.  x (if not NULL) is told of each
** table.  *pHead gets pFrom's chain head of the snapshot, *pnRow the
** rows copied.  ACC_CONFLICT for a target that is not empty,
** ACC_INVALID for schemas that differ or a value the target cannot hold
** (zErr names the table, row and column), ACC_BUSY. */
AccRc store_migrate_copy(Store *pFrom, Store *pTo, MigrateTableFn x,
                         void *pArg, AuditHead *pHead, int64_t *pnRow,
                         char *zErr, int nErr);

/* The head of p's audit chain now. */
void store_audit_head(Store *p, AuditHead *pOut);

/* Whether zPath names a database that exists: a file; on PostgreSQL a
** database holding an Accord schema. */
int store_db_exists(const char *zPath);
/* Remove the database zPath names, so that it can be made again: a file
** with its -wal and -shm; on PostgreSQL Accord's tables, functions and
** text search objects of the database's schema, in one transaction,
** refused (ACC_CONFLICT, nothing dropped) if the schema holds a table no
** migration of Accord's made or anything else depends on them (under
** ACCORD_PG_TEST a test path's database, as a file). */
AccRc store_db_remove(const char *zPath, char *zErr, int nErr);

#endif
