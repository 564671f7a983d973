/*
** replay.h: what the audit log says the database holds, and `accord
** verify` (replay.c, verify.c, evidence.c).
**
** The replay reads the audit log from its first entry and rebuilds the
** expected content of every table the log speaks for: the items of every
** entity of model.c, approvals, accounts (the name and the password hash
** as digests), sessions, API tokens and calendar keys (by their stored
** hash), issued reports (their hashes) and, once the joint record's
** publication lands, the published copies (pub_<table>).  Each kind is a
** set of rows keyed by id, each row a canonical JSON object (compact,
** sorted keys).  The same rows read from the tables are compared with
** them, field by field, and each difference is named.
**
** Entries made before migration 013 lack some of what the replay needs
** (the rows of a bulk import, a password's digest, a token's hash); the
** checks they prevent are reported as notes, not findings.
*/
#ifndef ACCORD_REPLAY_H
#define ACCORD_REPLAY_H

#include <stdio.h>

#include "store.h"

/* A finding (bNote 0: something is wrong) or a note (bNote 1: a check
** that could not be made), one line without its newline. */
typedef void (*VerifyFn)(void *pArg, int bNote, const char *zMsg);

/* The hash of one audit entry (audit.c) into zOut (65 bytes). */
void store_audit_hash(const char *zPrev, const char *zAt,
                      const char *zActor, const char *zAction,
                      const char *zEntity, int64_t iItem,
                      const char *zData, char *zOut);

/* Every check of the open database: the hash chain (each broken link and
** each altered entry), the append-only triggers and the other triggers
** against those of the schema, the replay against the tables, and each
** issued report's bytes against its hashes.  Calls x for each finding
** and note; returns the number of findings.  *pnEntry gets the number of
** audit entries. */
int64_t store_verify(Store *p, VerifyFn x, void *pArg, int64_t *pnEntry);

/* Write the evidence file (docs/formats.md) of the open database to out.
** ACC_OK or ACC_IO with zErr. */
AccRc store_evidence_write(Store *p, FILE *out, char *zErr, int nErr);

/* Check an evidence file alone: its chain, that its tables' digests and
** reports' hashes are what its log says, and its signatures with its own
** keys (evidence_sig.c).  Returns the number of
** findings (-1 with a finding if the file cannot be read). */
int64_t store_evidence_verify(const char *zPath, VerifyFn x, void *pArg,
                              int64_t *pnEntry);

/* Check the keys of evidence file zPath against zKeys, a party's own copy
** of the parties' public keys (the output of `accord key export
** --public`): each key of the evidence whose public key is not in zKeys,
** or is there for another login or party, is a finding.  Returns the
** number of findings (-1 with a finding if a file cannot be read). */
int64_t store_evidence_keys(const char *zPath, const char *zKeys,
                            VerifyFn x, void *pArg);

/* Check that the open database's log extends the one of an older
** evidence file: every entry up to the old head is still there, the
** same.  Returns the number of findings. */
int64_t store_verify_against(Store *p, const char *zPath, VerifyFn x,
                             void *pArg);

#endif
