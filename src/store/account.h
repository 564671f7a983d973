/*
** account.h: accounts, sessions, API tokens and approvals (account.c).
**
** Accounts are people who log in; they are not items of a dialogue and
** are never exported.  Passwords are kept as argon2id hashes, session and
** API tokens as BLAKE2b hashes (libsodium).  Approvals record that a
** party's co-chair approved one version of an item (see store.h on joint
** publication).
*/
#ifndef ACCORD_ACCOUNT_H
#define ACCORD_ACCOUNT_H

#include "store.h"
#include "../core/access.h"

/* One account, as the web layer sees it. */
typedef struct Account {
  int64_t id;
  char zLogin[65];
  char zName[129];
  Role eRole;
  int64_t iParty;      /* party served, 0 if none */
  char zLang[8];       /* "en", "sr-Latn" or "sr-Cyrl" */
} Account;

#define TOKEN_HEX 65     /* room for a token: 64 hex digits and NUL */
#define CSRF_HEX 33      /* room for a CSRF token: 32 hex digits and NUL */
#define LOGIN_MAX_FAILURES 5    /* failed logins allowed ... */
#define LOGIN_WINDOW_MINUTES 15 /* ... within this many minutes */

/* Add an account.  zPassword may be NULL (no password login: API tokens
** only).  Co-chairs and secretariats must name their party.  Errors name
** the field in zErr: ACC_INVALID or ACC_CONFLICT (login taken). */
AccRc store_account_add(Store *p, const char *zLogin, const char *zName,
                        Role eRole, int64_t iParty, const char *zPassword,
                        int64_t *pId, char *zErr, int nErr);
/* Change an account's password. */
AccRc store_account_password(Store *p, const char *zLogin,
                             const char *zPassword, char *zErr, int nErr);
/* Read an account by login (ACC_NOTFOUND if none or disabled). */
AccRc store_account_get(Store *p, const char *zLogin, Account *pOut);
/* Visit every account. */
AccRc store_account_each(Store *p, int (*x)(void*, const Account*),
                         void *pArg);

/* Check a login and password.  ACC_OK fills *pOut; ACC_NOTFOUND for a
** wrong login or password (the two are not told apart); ACC_BUSY when the
** login has failed LOGIN_MAX_FAILURES times in LOGIN_WINDOW_MINUTES
** (throttled: the password is not even checked). */
AccRc store_login(Store *p, const char *zLogin, const char *zPassword,
                  Account *pOut);
/* store_login() in two steps, for a server that checks passwords on
** threads of their own: store_login_check() reads (the throttle, the
** account) and checks the password, writing nothing; its answer is
** store_login()'s.  store_login_record() then records the outcome of an
** answer other than ACC_BUSY (bOk: ACC_OK) -- a write. */
AccRc store_login_check(Store *p, const char *zLogin, const char *zPassword,
                        Account *pOut);
AccRc store_login_record(Store *p, const char *zLogin, int bOk);

/* Start a session for an account: a new random token (to put in the
** cookie) and CSRF token, valid for nHours. */
AccRc store_session_new(Store *p, int64_t iAccount, int nHours,
                        char zToken[TOKEN_HEX], char zCsrf[CSRF_HEX]);
/* The account, CSRF token and end (UTC, "YYYY-MM-DDTHH:MM:SSZ", as
** store_now() writes it; zExpires may be NULL) of a live session, or
** ACC_NOTFOUND. */
AccRc store_session_get(Store *p, const char *zToken, Account *pOut,
                        char zCsrf[CSRF_HEX], char zExpires[21]);
/* End a session.  It adds an audit entry for the account (a change of
** store_data_version()), so caches of sessions see it. */
void store_session_end(Store *p, const char *zToken);

/* A new API token for an account, labelled; the token is shown once. */
AccRc store_token_new(Store *p, const char *zLogin, const char *zLabel,
                      char zToken[TOKEN_HEX], char *zErr, int nErr);
/* The account of an API token, or ACC_NOTFOUND (also for a calendar
** key: it is not an API token). */
AccRc store_token_get(Store *p, const char *zToken, Account *pOut);

/* Calendar keys: secret tokens that open one person's calendar feed
** (/calendar.ics?key=KEY) and nothing else, for calendar clients that
** can neither log in nor send a bearer token.  Kept like API tokens (only
** the hash), in the same table with scope "calendar", so they are not
** accepted as API tokens.  The key is shown once. */
AccRc store_calendar_key_new(Store *p, const char *zLogin,
                             const char *zLabel, char zKey[TOKEN_HEX],
                             char *zErr, int nErr);
/* The account of a calendar key, or ACC_NOTFOUND (also for an API
** token: it does not open a feed by URL). */
AccRc store_calendar_key_get(Store *p, const char *zKey, Account *pOut);

/* Approve the current version of item id of entity e for the account's
** party.  ACC_INVALID (with zErr) if the account is not a co-chair of a
** party of the item's dialogue, or the item cannot be approved. */
AccRc store_approve(Store *p, int e, int64_t id, const Account *pAcc,
                    char *zErr, int nErr);

/* One approval, as listed on an item's page. */
typedef struct Approval {
  int64_t iParty;
  const char *zParty;     /* party name */
  const char *zLogin;     /* who approved */
  const char *zName;
  const char *zAt;        /* when, UTC */
  int bCurrent;           /* for the item's current version */
} Approval;
/* Visit the approvals of an item, newest first. */
AccRc store_approval_each(Store *p, int e, int64_t id,
                          int (*x)(void*, const Approval*), void *pArg);
/* Whether the item is published: every party of its dialogue (at least
** two) approved its current version. */
int store_item_published(Store *p, int e, int64_t id);

#endif
