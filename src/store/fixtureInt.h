/*
** fixtureInt.h: the whole installation in a fixture (fixture_all.c),
** for fixture.c.  Not for use outside src/store.
*/
#ifndef ACCORD_FIXTUREINT_H
#define ACCORD_FIXTUREINT_H

#include <jansson.h>

#include "store.h"

/* The columns of one table: names, and whether each is declared BLOB
** (PostgreSQL: bytea), in the table's order. */
typedef struct TabCols {
  int nCol;
  char **azCol;
  int *abBlob;
} TabCols;
void fixture_tabcols_read(Store *p, const char *zTable, TabCols *pT);
void fixture_tabcols_free(TabCols *pT);
/* The names of the installation's tables, sorted (bytewise), as a JSON
** array: not the schema's version, not the full-text indexes (derived,
** kept by triggers), not SQLite's own tables. */
json_t *fixture_table_names(Store *p);
/* The id counters of the tables of pNames, as a JSON object by table
** name: for each table keyed by an id the database gives out, the
** largest id given out (SQLite: its AUTOINCREMENT counter or largest
** id; PostgreSQL: its identity sequence or largest id), where above 0;
** the same numbers on either database for the same installation. */
json_t *fixture_all_seq(Store *p, json_t *pNames);
/* Set the counters of pSeq (the tables named must be of pNames): SQLite's
** AUTOINCREMENT counters; on PostgreSQL every identity sequence past its
** table's largest id and its counter.  Inside the caller's transaction
** (a sequence is not rolled back, so every name is checked first).
** ACC_INVALID with zErr for a name that is no table. */
AccRc fixture_all_seq_set(Store *p, json_t *pSeq, json_t *pNames,
                          char *zErr, int nErr);
/* Every table of the database as it is (the "installation" object of a
** fixture): schema_version, tables (name, columns, rows), sequences. */
json_t *fixture_all_dump(Store *p);
/* Whether the database is empty: nothing was ever done in it (its audit
** log is empty), as after `accord init`.  Rows a migration wrote do not
** count: a restore replaces them with the file's. */
int fixture_all_empty(Store *p);
/* Insert the rows of installation pInst, in one transaction of its own,
** into this database, which must be empty and of the same schema
** version.  *pnRow receives the rows inserted.  ACC_INVALID for a file
** that does not fit (zErr names the table, row and column),
** ACC_CONFLICT for a database that is not empty. */
AccRc fixture_all_restore(Store *p, json_t *pInst, int64_t *pnRow,
                          char *zErr, int nErr);

#endif
