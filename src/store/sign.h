/*
** sign.h: approvals are signatures (sign.c, sign_key.c, sign_verify.c).
**
** Each co-chair, and whoever a party's co-chair designates to sign for
** the party, has an Ed25519 key pair (libsodium crypto_sign).  The public
** key is kept in table signing_key with its validity; the secret key is
** kept either off the server (`accord sign`) or sealed with a key derived
** from its holder's password (argon2id, its own salt;
** XChaCha20-Poly1305, the public key as associated data).
**
** An approval is a signature of a fixed, domain-separated text naming
** the item, its version, the canonical hash of that version's content
** (store_content_hash()), the party and the dialogue
** (sign_approval_message()).  The approver's key also signs the audit
** chain's head (a checkpoint) in the same transaction.  docs/design.md,
** "Approvals are signatures", describes every text byte for byte.
*/
#ifndef ACCORD_SIGN_H
#define ACCORD_SIGN_H

#include "store.h"
#include "account.h"

#define SIGN_HASH_HEX 65    /* a BLAKE2b-256 in hex, and NUL */
#define SIGN_PK_HEX 65      /* an Ed25519 public key in hex, and NUL */
#define SIGN_SK_HEX 129     /* an Ed25519 secret key in hex, and NUL */
#define SIGN_SIG_HEX 129    /* an Ed25519 signature in hex, and NUL */

/* The canonical hash of the current version of item id of entity e
** (zEntity "report": of report version id): lower-case hex BLAKE2b-256
** into zHash, the version into *piVersion (the item's approval version,
** store_approval_version(); for a report version, its id).  An item's
** text covers what it cites and, for a release, what it publishes.  ACC_NOTFOUND if none. */
AccRc store_content_hash(Store *p, const char *zEntity, int64_t id,
                         int64_t *piVersion, char zHash[SIGN_HASH_HEX]);
/* The hash of an item's version as approvals made before cited content
** was covered hashed it: its own fields only, under its own version
** (what `accord verify` accepts for such an approval). */
AccRc store_content_hash_own(Store *p, const char *zEntity, int64_t id,
                             int64_t *piVersion, char zHash[SIGN_HASH_HEX]);
/* The version of item id of entity e that approvals are for: the latest
** change to the item or to what it cites or publishes (content.c). */
int64_t store_approval_version(Store *p, int e, int64_t id);
/* The sources item id of entity e cites, as its approvals cover them
** (content.c), in id order, into *pOut (which the caller frees). */
void store_cited_sources(Store *p, int e, int64_t id, IdList *pOut);

/* The text an approval signs:
**   "accord-approval-v1\n" entity "\n" id "\n" version "\n"
**   content-hash "\n" party-code "\n" dialogue-code "\n"
** appended to pB. */
void sign_approval_message(Buf *pB, const char *zEntity, int64_t id,
                           int64_t iVersion, const char *zHash,
                           const char *zParty, const char *zDialogue);
/* The codes of a party and of its dialogue (ACC_NOTFOUND if none), and
** the dialogue's id. */
AccRc store_party_codes(Store *p, int64_t iParty, char *zParty, int nParty,
                        char *zDialogue, int nDialogue, int64_t *pidD);

/* What an approval request carries: the content hash of the version the
** signer was shown, and either the signer's password (the server unseals
** the key and signs) or a signature made elsewhere with key iKey.  On
** ACC_CONFLICT (the item changed) zNow holds the current hash and
** iVersionNow the current version. */
typedef struct SignReq {
  const char *zHash;         /* required */
  const char *zPassword;     /* or NULL */
  int64_t iKey;              /* with zSignature */
  const char *zSignature;    /* hex, or NULL */
  char zNow[SIGN_HASH_HEX];  /* out: the current hash */
  int64_t iVersionNow;       /* out */
} SignReq;

/* Sign, or check the signature of, an approval of (zEntity, id) at its
** current version for the account's party, refusing a stale hash
** (ACC_CONFLICT, nothing written).  Fills the key id, the signature and
** the version into the out parameters and zSecret (the unsealed secret
** key, hex, for the checkpoint; "" for a signature made elsewhere).  The
** caller then lands it with store_approval_land(). */
AccRc sign_approval_prepare(Store *p, const char *zEntity, int64_t id,
                            const Account *pAcc, SignReq *pReq,
                            int64_t *piVersion, int64_t *piKey,
                            char zSig[SIGN_SIG_HEX],
                            char zSecret[SIGN_SK_HEX],
                            char *zErr, int nErr);
/* Land an approval inside the caller's transaction: check the content
** hash again (ACC_CONFLICT if the item changed meanwhile), insert the
** row, its audit entry and, with a secret key, the signed checkpoint of
** the chain's head.  Every approval (store_approve(),
** store_report_approve()) lands through here. */
AccRc store_approval_land(Store *p, const char *zEntity, int64_t id,
                          int64_t iVersion, const Account *pAcc,
                          const SignReq *pReq, int64_t iKey,
                          const char *zSig, const char *zSecret,
                          char *zErr, int nErr);

/* Return an item for changes with a reason (item_return and an audit
** entry 'return'); the same checks as an approval, no signature. */
AccRc store_item_return(Store *p, const char *zEntity, int64_t id,
                        const Account *pAcc, const char *zReason,
                        char *zErr, int nErr);
/* Visit the returns of an item, newest first: party name, login,
** reason, at, version. */
AccRc store_return_each(Store *p, const char *zEntity, int64_t id,
                        int (*x)(void*, const char *zParty,
                                 const char *zLogin, const char *zReason,
                                 const char *zAt, int64_t iVersion),
                        void *pArg);

/* ---- keys (sign_key.c) ------------------------------------------------ */
typedef struct SigningKey {
  int64_t id, iAccount, iParty, iByKey;
  char zLogin[65];
  char zParty[80];
  char zPublic[SIGN_PK_HEX];
  char zValidFrom[21], zValidTo[21];   /* "" if NULL */
  char zState[12], zOrigin[12];
  int bSealed;                          /* the secret is on the server */
} SigningKey;

/* The text a key event signs:
**   "accord-key-v1\n" origin "\n" public-key "\n" party-code "\n"
**   login "\n" */
void sign_key_message(Buf *pB, const char *zOrigin, const char *zPublic,
                      const char *zParty, const char *zLogin);

/* Create a key pair for zLogin and party iParty (0: the account's own),
** sealed with zPassword, which must be the account's password.  A
** co-chair's key for their party is active at once (origin 'created');
** anyone else's is pending until that party's co-chair designates it.
** ACC_CONFLICT if the account already has a live key for the party. */
AccRc store_key_create(Store *p, const char *zLogin, int64_t iParty,
                       const char *zPassword, SigningKey *pOut,
                       char *zErr, int nErr);
/* Register a public key made offline (origin 'added'; no secret here),
** for a co-chair whose password zPassword is checked. */
AccRc store_key_add(Store *p, const char *zLogin, const char *zPublic,
                    const char *zPassword, SigningKey *pOut,
                    char *zErr, int nErr);
/* Designate: pCochair (a co-chair of party iParty, password zPassword
** unseals their key) signs the pending key of zLogin for iParty. */
AccRc store_key_designate(Store *p, const char *zLogin, int64_t iParty,
                          const Account *pCochair, const char *zPassword,
                          SigningKey *pOut, char *zErr, int nErr);
/* Rotate zLogin's live key for iParty (0: the account's party): a new
** key sealed with the same password, handed over by a signature of the
** old one, which is retired. */
AccRc store_key_rotate(Store *p, const char *zLogin, int64_t iParty,
                       const char *zPassword, SigningKey *pOut,
                       char *zErr, int nErr);
/* After a lost password (the account has a new one): a new key, pending
** until a co-chair of another party of the dialogue acknowledges it. */
AccRc store_key_replace(Store *p, const char *zLogin, int64_t iParty,
                        const char *zPassword, SigningKey *pOut,
                        char *zErr, int nErr);
/* pAcc, a co-chair of another party of the dialogue, acknowledges the
** replacement key iKey with their key (password zPassword); the new key
** becomes active and the holder's earlier live keys are retired. */
AccRc store_key_acknowledge(Store *p, int64_t iKey, const Account *pAcc,
                            const char *zPassword, char *zErr, int nErr);
/* Read key iKey. */
AccRc store_key_get(Store *p, int64_t iKey, SigningKey *pOut);
/* The account's key for party iParty that is valid now, or ACC_NOTFOUND. */
AccRc store_key_current(Store *p, int64_t iAccount, int64_t iParty,
                        SigningKey *pOut);
/* Who may approve an item of dialogue idD, and for which party: a
** co-chair of a party of the dialogue, for their party, or an account
** holding a key valid now for a party of the dialogue (designated by its
** co-chair), for that party.  *pOut is *pAcc with that party; else
** ACC_INVALID. */
AccRc store_signer_for(Store *p, const Account *pAcc, int64_t idD,
                       Account *pOut);
/* Visit every key (of party iParty if not 0), by id. */
AccRc store_key_each(Store *p, int64_t iParty,
                     int (*x)(void*, const SigningKey*), void *pArg);
/* Unseal key iKey with zPassword into zSecret (hex).  ACC_INVALID with
** "password: wrong" if it does not open, or if the key is held offline. */
AccRc store_key_unseal(Store *p, int64_t iKey, const char *zPassword,
                       char zSecret[SIGN_SK_HEX], char *zErr, int nErr);

/* A password change: re-seal every live key of zLogin from zOld to zNew
** and change the password (store_account_password_reset()), in one
** transaction.  With zOld NULL (a reset by an administrator, or a lost
** password) the keys cannot be re-sealed: they are locked (valid_to set;
** old signatures still verify) and a new key must be made with
** `accord key replace`.  *pnLocked (if not NULL) counts them. */
AccRc store_sign_password(Store *p, const char *zLogin, const char *zOld,
                          const char *zNew, const char *zKeepSession,
                          int bRevokeTokens, int *pnEnded, int *pnLocked,
                          char *zErr, int nErr);
/* Whether the account holds a sealed live key. */
int store_key_sealed_live(Store *p, int64_t iAccount);

/* ---- primitives (no database) ----------------------------------------- */
/* A new key pair, in hex. */
void sign_keypair(char zPublic[SIGN_PK_HEX], char zSecret[SIGN_SK_HEX]);
/* Sign the n bytes at z with secret key zSecret (hex); 0 or -1. */
int sign_detached(const char *zSecret, const void *z, size_t n,
                  char zSig[SIGN_SIG_HEX]);
/* Whether zSig (hex) is zPublic's (hex) signature of the n bytes at z. */
int sign_check(const char *zPublic, const char *zSig, const void *z,
               size_t n);
/* The public key (hex) of a secret key (hex); 0 or -1 if malformed. */
int sign_public_of(const char *zSecret, char zPublic[SIGN_PK_HEX]);

/* ---- checkpoints and verification (sign_verify.c) --------------------- */
/* Sign the audit chain's head with secret zSecret of key iKey (party
** iParty), inside the caller's transaction: a checkpoint row and an audit
** entry 'checkpoint'. */
AccRc store_checkpoint_add(Store *p, int64_t iKey, int64_t iParty,
                           const char *zSecret, int64_t *piCheckpoint,
                           char *zErr, int nErr);
/* `accord checkpoint`: the account's key (password zPassword) signs the
** current head. */
AccRc store_checkpoint(Store *p, const Account *pAcc, const char *zPassword,
                       int64_t *piCheckpoint, char *zErr, int nErr);
/* The text a checkpoint signs:
**   "accord-checkpoint-v1\n" audit-id "\n" head-hash "\n" party-code "\n" */
void sign_checkpoint_message(Buf *pB, int64_t iAudit, const char *zHead,
                             const char *zParty);

/* Check every approval's signature, every checkpoint's signature and
** every key event's signature chain.  Each failure is reported to xFind
** with the table, the row id and what is wrong; *pnChecked (if not NULL)
** counts the signatures checked.  ACC_OK if none failed, else
** ACC_CONFLICT. */
typedef void (*SigFindFn)(void *pArg, const char *zTable, int64_t id,
                          const char *zWhat);
AccRc store_sig_verify_all(Store *p, SigFindFn xFind, void *pArg,
                           int64_t *pnChecked);

#endif
