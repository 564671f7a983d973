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
** the field.  *pnItem receives the number of items loaded.  A fixture
** with an "installation" (`export all`) is restored whole, and only into
** an empty database (fixture_all.c): its tables go in as they were, with
** their ids and the audit log, and *pnItem counts their rows. */
AccRc fixture_load(Store *p, const char *z, size_t n, const char *zName,
                   int *pnItem, char *zErr, int nErr);
/* Flags of fixture_load_ex(). */
#define FIXTURE_ITEMS_ONLY 0x01  /* of an installation, load just the items */
#define FIXTURE_RESTORED   0x02  /* out: a whole installation was restored */
/* fixture_load() with flags; *pFlags gets FIXTURE_RESTORED if so. */
AccRc fixture_load_ex(Store *p, const char *z, size_t n, const char *zName,
                      int *pFlags, int *pnItem, char *zErr, int nErr);

/* Write the whole database as a fixture to out: its items by code (what
** `load --items-only` and other fixtures read), and the installation:
** every table as it is, with accounts and their password hashes,
** sessions and tokens (hashes), approvals with their signatures, signing
** keys (the sealed secret keys too, sealed with their owners' passwords),
** checkpoints, issued reports, publications and the audit log.
** ACC_INVALID, with nothing written and the item and field in zErr, if a
** text is not valid UTF-8 (model_row_utf8()): no field is left out. */
AccRc fixture_dump(Store *p, FILE *out, char *zErr, int nErr);

/* The demo fixture embedded at build time (data/demo.json). */
extern const char zDemoFixture[];
extern const unsigned long zDemoFixture_len;

#endif
