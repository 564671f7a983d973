/*
** replayInt.h: what replay.c (the rows the log says), verify.c (the rows
** the tables hold, the checks of a database) and evidence.c (the
** evidence file) share.  Not for use outside src/store.
*/
#ifndef ACCORD_REPLAYINT_H
#define ACCORD_REPLAYINT_H

#include <jansson.h>

#include "replay.h"

/* A set of rows by kind: the replay of a log, or the rows of the tables.
** A kind is an entity's name ("goal"), "account", "session",
** "api_token", "approval", "report" or "pub:ENTITY" (a published copy).
** Each row is its canonical JSON (compact, sorted keys, reals with 17
** digits), keyed by its id (for approvals entity/item/version/party). */
typedef struct Replay {
  json_t *pKind;        /* kind -> { key -> JSON string of the row } */
  json_t *pEntry;       /* kind -> { key -> id of the entry that last
                        ** wrote the row }, replay only */
  json_t *pPartial;     /* kind -> number of rows with fields unknown */
  json_t *pTokCredit;   /* account id -> tokens made before migration 013 */
  int64_t nObsCredit;   /* observations imported without their rows */
  int64_t nEntry;       /* entries replayed */
  int64_t iLast;        /* id of the last one */
  VerifyFn x;           /* where findings go */
  void *pArg;
  int64_t nFind;        /* findings so far */
  int iSchema;          /* schema version of the tables the replay is
                        ** compared with, 0 for this program's: an
                        ** evidence file made before migration 035 has
                        ** reports without their cut */
} Replay;

void replay_init(Replay *pR, VerifyFn x, void *pArg);
void replay_free(Replay *pR);
/* A finding (bNote 0) or a note. */
void replay_say(Replay *pR, int bNote, const char *zFmt, ...)
  __attribute__((format(printf, 3, 4)));
/* Replay one entry (in id order). */
void replay_entry(Replay *pR, const AuditEntry *pE);
/* Make kind zKind known (an empty set if it has no rows). */
json_t *replay_kind(Replay *pR, const char *zKind);
/* Put row zJson (canonical JSON) of kind zKind under key zKey. */
void replay_put(Replay *pR, const char *zKind, const char *zKey,
                const char *zJson);
/* Put row pRow (a JSON object, reference stolen), canonicalised. */
void replay_set(Replay *pR, const char *zKind, const char *zKey,
                json_t *pRow, int64_t iEntry);
/* The keys of a kind in canonical order (shorter first, then bytewise:
** numeric order for ids); free the array with free(). */
const char **replay_keys(json_t *pSet, size_t *pn);
/* The digest (BLAKE2b-256 hex of each row's JSON and a newline, in key
** order) of kind zKind, and its number of rows. */
void replay_digest(Replay *pR, const char *zKind, char zOut[65],
                   int64_t *pn);
/* Compare the replay pExp with the rows of the tables pTab, kind by kind
** for every kind of pTab; findings and notes go to pExp's callback.
** Kinds of pExp that pTab lacks are noted. */
void replay_compare(Replay *pExp, Replay *pTab);
/* How a row of a kind is named in findings: "goal 12", "account ana". */
void replay_label(const char *zKind, const char *zKey, json_t *pRow,
                  char *zOut, int nOut);

/* The state of a walk along a chain (verify.c). */
typedef struct Chain {
  char zPrev[65];      /* hash of the entry before */
  int64_t iPrev;       /* its id (0: none yet) */
  int64_t n;           /* entries seen */
} Chain;
/* Check entry pE against the chain so far (a zeroed Chain at the start),
** advance, and replay it into pR. */
void verify_chain_step(Replay *pR, Chain *pC, const AuditEntry *pE);
/* A read transaction around the reads of one check (verify.c): the log
** and the tables as of one moment.  Nothing if one is open. */
void store_read_begin(Store *p);
void store_read_end(Store *p);
/* Read every table the log speaks for into pTab (verify.c). */
void verify_read_tables(Store *p, Replay *pTab);

#endif
