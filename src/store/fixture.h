/*
** fixture.h: JSON fixtures: the demo dialogue, `accord load` and
** `accord export all` (fixture.c).
**
** A fixture is one JSON object: "format": "accord-fixture-1", then for
** each entity its plural ("sources", "dialogues", ...) and an array of
** objects whose keys are the entity's field names.  References are given
** as the referred item's code (or id).  Entities load in the order of the
** Entity enum, so an item may refer to items of earlier entities or to
** earlier items of its own.
*/
#ifndef ACCORD_FIXTURE_H
#define ACCORD_FIXTURE_H

#include <stdio.h>

#include "store.h"

#define FIXTURE_FORMAT "accord-fixture-1"

/* Load fixture text z (n bytes; zName names it in errors) in one
** transaction.  On any error nothing is loaded; zErr names the item and
** the field.  *pnItem receives the number of items loaded. */
AccRc fixture_load(Store *p, const char *z, size_t n, const char *zName,
                   int *pnItem, char *zErr, int nErr);

/* Write the whole database as a fixture to out.  ACC_INVALID, with
** nothing written and the item and field in zErr, if a text is not valid
** UTF-8 (model_row_utf8()): no field is left out. */
AccRc fixture_dump(Store *p, FILE *out, char *zErr, int nErr);

/* The demo fixture embedded at build time (data/demo.json). */
extern const char zDemoFixture[];
extern const unsigned long zDemoFixture_len;

#endif
