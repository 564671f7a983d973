/*
** signInt.h: what sign.c, sign_key.c and sign_verify.c share.  Not for
** use outside src/store.
*/
#ifndef ACCORD_SIGNINT_H
#define ACCORD_SIGNINT_H

#include "storeInt.h"
#include "sign.h"

#include <jansson.h>

/* Prepare zSql (one of the files' own closed set of statements, '?'
** placeholders) for this driver; the caller finalizes it. */
DbStmt *sign_stmt(Store *p, const char *zSql);
/* Start libsodium (fatal if it cannot). */
void sign_sodium(void);
/* Open a transaction unless one is open: 1 if opened here, 0 if not, -1
** if the database is busy; sign_txn_close() commits or rolls back what
** was opened here. */
int sign_txn_open(Store *p);
AccRc sign_txn_close(Store *p, int bOwn, AccRc rc);
/* Append the canonical text of one value: NAME TAB TAG TAB LENGTH TAB
** VALUE LF (docs/design.md). */
void sign_canon_value(Buf *pB, const char *zName, const Value *pV);
/* Whether field iField of entity e, holding *pV, is left out of the
** content hash: an FF_HASH0 field while it is null, 0, or the first of
** its enum (a source's classification public), as before it existed. */
int sign_field_skipped(int e, int iField, const Value *pV);
/* What an approval of a row aV of entity e covers beyond its own fields
** (content.c): the sources it cites and, for a data release, the
** observations it publishes, appended to pB (if not NULL) as canonical
** text; returns the latest change to that content (0 if none).  The ids
** of the sources, in order, into *pSrc if not NULL (free pSrc->a). */
int64_t content_cited(Store *p, int e, const Value *aV, Buf *pB,
                      IdList *pSrc);
/* Read the current row of a key statement (SIGN_KEY_COLS) into *pOut. */
void sign_key_row(Store *p, DbStmt *pS, SigningKey *pOut);
#define SIGN_KEY_COLS \
  "k.id, k.account_id, k.party_id, coalesce(k.by_key_id, 0)," \
  " coalesce(a.login, ''), coalesce(pt.code, ''), k.public_key," \
  " coalesce(k.valid_from, ''), coalesce(k.valid_to, ''), k.state," \
  " k.origin, k.sealed IS NOT NULL" \
  " FROM signing_key k LEFT JOIN account a ON a.id=k.account_id" \
  " LEFT JOIN party pt ON pt.id=k.party_id"

/* The checks of signatures that need no database (sign_verify.c): the
** database's check and the evidence file's (evidence_sig.c) both run
** them.  Each returns the number of findings it reported to x (table,
** id, what) and counts the signatures it looked at in *pnChecked.
** Strings are never NULL ("" for none) unless said. */
typedef struct SigKeyRec {
  int64_t id, iAccount, iParty, idD;  /* idD: the party's dialogue */
  int64_t iBy;                        /* the key that signed its event */
  const char *zPublic, *zOrigin, *zState, *zFrom, *zTo;
  const char *zSelf, *zBySig, *zLogin, *zParty;
} SigKeyRec;
typedef struct SigApprRec {
  int64_t id, iItem, iVersion, iParty, iAccount, iKey;
  const char *zEntity, *zAt, *zHash, *zSig;
  const char *zParty, *zDialogue;     /* NULL: no such party */
} SigApprRec;
typedef struct SigCkRec {
  int64_t id, iAudit, iKey, iParty;
  const char *zHead, *zAt, *zSig;
  const char *zParty;                 /* NULL: no such party */
} SigCkRec;
/* Key pK's self-signature and the signature of its event by pBy (the key
** numbered pK->iBy, NULL if there is none). */
int64_t sign_key_check(const SigKeyRec *pK, const SigKeyRec *pBy,
                       SigFindFn x, void *pArg, int64_t *pnChecked);
/* Approval pA's signature by pK (its key, NULL if there is none): the
** key's party and account, its validity at the approval's time, the
** signature of sign_approval_message(). */
int64_t sign_approval_check(const SigApprRec *pA, const SigKeyRec *pK,
                            SigFindFn x, void *pArg, int64_t *pnChecked);
/* Checkpoint pC's signature by pK (NULL if there is none); not whether
** its head is in a chain. */
int64_t sign_checkpoint_check(const SigCkRec *pC, const SigKeyRec *pK,
                              SigFindFn x, void *pArg, int64_t *pnChecked);

/* The evidence file's signature sections (evidence_sig.c): write them
** from the tables into pRoot; check those of a file (pRoot) against its
** own keys and its own chain, findings to pR. */
struct Replay;
void evidence_sig_write(Store *p, json_t *pRoot);
void evidence_sig_verify(struct Replay *pR, json_t *pRoot);

#endif
