/*
** fixtureInt.h: the whole installation in a fixture (fixture_all.c),
** for fixture.c.  Not for use outside src/store.
*/
#ifndef ACCORD_FIXTUREINT_H
#define ACCORD_FIXTUREINT_H

#include <jansson.h>

#include "store.h"

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
