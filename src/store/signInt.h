/*
** signInt.h: what sign.c, sign_key.c and sign_verify.c share.  Not for
** use outside src/store.
*/
#ifndef ACCORD_SIGNINT_H
#define ACCORD_SIGNINT_H

#include "storeInt.h"
#include "sign.h"

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
/* Read the current row of a key statement (SIGN_KEY_COLS) into *pOut. */
void sign_key_row(Store *p, DbStmt *pS, SigningKey *pOut);
#define SIGN_KEY_COLS \
  "k.id, k.account_id, k.party_id, coalesce(k.by_key_id, 0)," \
  " coalesce(a.login, ''), coalesce(pt.code, ''), k.public_key," \
  " coalesce(k.valid_from, ''), coalesce(k.valid_to, ''), k.state," \
  " k.origin, k.sealed IS NOT NULL" \
  " FROM signing_key k LEFT JOIN account a ON a.id=k.account_id" \
  " LEFT JOIN party pt ON pt.id=k.party_id"

#endif
