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

/* A grant of a role for one dialogue or one working group, with the
** clearance the account has there (grant.c; migration 014).  The
** account's role (Account.eRole) is its grant for everything. */
#define ACCOUNT_GRANT_MAX 16
typedef struct AccGrant {
  int64_t id;
  Role eRole;          /* observer, wg_member, wg_lead or secretariat */
  int64_t iDialogue;   /* the scope: a dialogue, or 0 */
  int64_t iWg;         /* a working group, or 0 */
  Class eClear;        /* what it may read there */
} AccGrant;

/* One account, as the web layer sees it. */
typedef struct Account {
  int64_t id;
  char zLogin[65];
  char zName[129];
  Role eRole;
  int64_t iParty;      /* party served, 0 if none */
  char zLang[8];       /* "en", "sr-Latn" or "sr-Cyrl" */
  int bDisabled;       /* disabled (only store_account_find() says so) */
  int64_t iOwnParty;   /* whose party's own items it writes: iParty, else
                       ** the party of its person record; 0 if none */
  int nGrant;          /* its scoped grants */
  AccGrant aGrant[ACCOUNT_GRANT_MAX];
} Account;

#define TOKEN_HEX 65     /* room for a token: 64 hex digits and NUL */
#define CSRF_HEX 33      /* room for a CSRF token: 32 hex digits and NUL */
#define LOGIN_MAX 64             /* bytes of a login, as account.login */
#define PASSWORD_MIN 10          /* characters of a new password, at least */

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

/* Whether zPw may become zLogin's password: PASSWORD_MIN characters
** (UTF-8 code points) at least, at most 1024 bytes, not the login, and
** not one of the common passwords shipped with the binary (compared
** without case, and without digits and punctuation at its end, so that
** "password123" and "Dragon!" are common too).  ACC_INVALID with
** "password: ..." in zErr.  store_account_add() and
** store_account_password() apply it; callers may ask first. */
AccRc store_password_check(const char *zLogin, const char *zPw,
                           char *zErr, int nErr);

/* Logging in (login.c) is three steps, in this order:
**
**   store_login_throttle()  may this client try this login now?
**   store_login_verify()    is the password right? (argon2id: slow)
**   store_login_record()    remember a failure, or a known device
**
** Failures are kept per address and per login (a hash of it, never the
** text), for LOGIN_WINDOW seconds and at most LOGIN_FAILURE_CAP rows.
** An address that failed LOGIN_ADDR_FREE times waits 1 s, then 2, 4 ...
** (at most LOGIN_WINDOW) after its last failure, whatever login it
** tries.  A login that failed LOGIN_ACCOUNT_FREE times waits 60 s, then
** 120 ... (at most LOGIN_WINDOW) after its last failure, except on a
** known device: a browser that logged in to that account before and
** shows the device token it was given then (a cookie), which is never
** throttled for that account (it loses that standing after
** LOGIN_DEVICE_FAILURES failures in a row).  So nobody guessing a
** password elsewhere can lock the real user out of her usual browser. */
#define LOGIN_WINDOW 900          /* seconds a failure counts */
#define LOGIN_ADDR_FREE 10        /* failures of an address before it waits */
#define LOGIN_ACCOUNT_FREE 5      /* failures of a login before it waits */
#define LOGIN_FAILURE_CAP 10000   /* failure rows kept at most */
#define LOGIN_DEVICE_DAYS 180     /* a device unused this long is forgotten */
#define LOGIN_DEVICE_MAX 20       /* devices kept per account */
#define LOGIN_DEVICE_FAILURES 5   /* failures that end a device's standing */

/* One login attempt. */
typedef struct LoginTry {
  const char *zLogin;      /* as typed, 1 to LOGIN_MAX bytes */
  const char *zIp;         /* the client's address ("" if unknown) */
  const char *zDevice;     /* the device token it shows, or NULL */
  int64_t iNow;            /* Unix time; 0 for now (tests set it) */
  /* Set by store_login_throttle(): */
  int64_t iDevice;         /* its known device for the login, or 0 */
} LoginTry;

/* ACC_OK if the attempt may go on; ACC_BUSY when it must wait (seconds
** in *pnWait; the password must not be checked); ACC_INVALID for a login
** that is empty or longer than LOGIN_MAX bytes (nothing is recorded). */
AccRc store_login_throttle(Store *p, LoginTry *pT, int *pnWait);
/* Check a login and password: ACC_OK fills *pOut; ACC_NOTFOUND for a
** wrong login or password (the two are not told apart, in time either). */
AccRc store_login_verify(Store *p, const char *zLogin, const char *zPassword,
                         Account *pOut);
/* Record the outcome: pAcc is the account on success, NULL on failure.
** On success zDevice gets the device token to give the client (a new one
** unless it showed a known one: then zDevice is ""). */
void store_login_record(Store *p, const LoginTry *pT, const Account *pAcc,
                        char zDevice[TOKEN_HEX]);

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
** party: a signature of its canonical hash (sign.h).  pReq carries the
** content hash the approver was shown and the password that unseals
** their key, or a signature made elsewhere.  ACC_INVALID (with zErr) if
** the account is not a co-chair of a party of the item's dialogue, the
** item cannot be approved, or the password or signature is wrong;
** ACC_CONFLICT if the item changed since the hash (pReq->zNow holds the
** current one).  Nothing is written unless it succeeds. */
struct SignReq;
/* Whether pAcc may approve or return item id of entity e at all (a
** co-chair of a party of its dialogue, or a designated signer): ACC_OK,
** ACC_NOTFOUND if it needs no approval, else ACC_INVALID, zErr saying
** why.  Checked before anything of the request is looked at. */
AccRc store_approver_check(Store *p, int e, int64_t id, const Account *pAcc,
                           char *zErr, int nErr);
AccRc store_approve(Store *p, int e, int64_t id, const Account *pAcc,
                    struct SignReq *pReq, char *zErr, int nErr);

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
/* The same for report version iVersionId (issued.c's "report"); for the
** public, zParty and zLogin are "" (the caller names the party from its
** published row).  The caller checks the reader may see the version. */
AccRc store_report_approval_each(Store *p, int64_t iVersionId,
                                 int (*x)(void*, const Approval*),
                                 void *pArg);
/* Whether the item is published: every party of its dialogue (at least
** two) approved its current version. */
int store_item_published(Store *p, int e, int64_t id);

/* Account administration (account_admin.c).  Every change is an audit
** entry of the account (action "account"), so it is a new data version
** (store_data_version()) and a running server that keeps sessions and
** tokens in memory looks them up again on its next request.  A disabled
** account cannot log in (store_login_verify() answers as for a wrong
** password), its sessions are ended, and its API tokens and calendar
** keys answer as unknown ones while it stays disabled. */

/* Read an account by login, disabled or not (pOut->bDisabled). */
AccRc store_account_find(Store *p, const char *zLogin, Account *pOut);
/* Visit every account, disabled ones too, by login; zLast is the start
** of its newest open session ("" if none). */
AccRc store_account_list(Store *p,
                         int (*x)(void*, const Account*, const char *zLast),
                         void *pArg);
/* Change an account: eRole (<0: unchanged), iParty (<0: unchanged, 0:
** none), zName and zLang (NULL: unchanged).  A co-chair or secretariat
** must keep a party.  ACC_INVALID naming the field, ACC_NOTFOUND. */
AccRc store_account_set(Store *p, const char *zLogin, int eRole,
                        int64_t iParty, const char *zName,
                        const char *zLang, char *zErr, int nErr);
/* Disable (bDisable) or enable an account; disabling ends its sessions. */
AccRc store_account_disable(Store *p, const char *zLogin, int bDisable,
                            char *zErr, int nErr);
/* Remove an account, its sessions, tokens and calendar keys.  Refused
** (ACC_CONFLICT, naming what refers to it) for an account the record
** refers to: approvals, issued reports, observations entered.  Such an
** account is disabled instead.  The audit log keeps its login. */
AccRc store_account_remove(Store *p, const char *zLogin, char *zErr,
                           int nErr);
/* Set a new password (the policy of store_password_check()) and end
** every session of the account but zKeepSession (a session token, or
** NULL); with bRevokeTokens also remove its API tokens and calendar
** keys.  *pnEnded (may be NULL) gets the number of sessions ended. */
AccRc store_account_password_reset(Store *p, const char *zLogin,
                                   const char *zPassword,
                                   const char *zKeepSession,
                                   int bRevokeTokens, int *pnEnded,
                                   char *zErr, int nErr);
/* End every session of account iAccount but zKeepSession (or all if
** NULL); audited if any was ended.  *pnEnded may be NULL. */
AccRc store_session_end_all(Store *p, int64_t iAccount,
                            const char *zKeepSession, int *pnEnded);

/* One open session, as listed (never its token). */
typedef struct SessionInfo {
  int64_t id;
  const char *zCreated, *zExpires;   /* UTC */
  int bCurrent;                      /* the session of zCurrent */
} SessionInfo;
/* Visit the open sessions of account iAccount, oldest first; zCurrent
** (may be NULL) is the caller's session token, to mark it. */
AccRc store_session_each(Store *p, int64_t iAccount, const char *zCurrent,
                         int (*x)(void*, const SessionInfo*), void *pArg);
/* End session id of account iAccount (ACC_NOTFOUND if it has none). */
AccRc store_session_end_id(Store *p, int64_t iAccount, int64_t id);

/* One API token or calendar key, as listed (never the secret). */
typedef struct TokenInfo {
  int64_t id;
  const char *zLogin, *zLabel;
  const char *zScope;                 /* "api" or "calendar" */
  const char *zCreated, *zLastUsed;   /* zLastUsed "" if never recorded */
} TokenInfo;
/* Visit the tokens and keys of account iAccount (0: of every account). */
AccRc store_token_each(Store *p, int64_t iAccount,
                       int (*x)(void*, const TokenInfo*), void *pArg);
/* Remove token or key id, of account iAccount only unless it is 0.
** ACC_NOTFOUND (with zErr) if there is none. */
AccRc store_token_remove(Store *p, int64_t id, int64_t iAccount,
                         char *zErr, int nErr);

/* Grants (grant.c).  A grant for everything is the account's role:
** store_grant_add() without a scope (iDialogue and iWg 0) sets it, as
** store_account_set() does, and store_grant_remove() of it leaves the
** account an observer.  A scoped grant is one of observer, wg_member,
** wg_lead or secretariat (a co-chair approves for its party, an
** administrator manages accounts: both are roles for everything), for
** a dialogue or a working group, with clearance eClear (<0: the role's
** own, access_max_class()).  ACC_INVALID naming the field, ACC_NOTFOUND
** (no such account or grant), ACC_CONFLICT (held already). */
AccRc store_grant_add(Store *p, const char *zLogin, Role eRole,
                      int64_t iDialogue, int64_t iWg, int eClear,
                      char *zErr, int nErr);
AccRc store_grant_remove(Store *p, const char *zLogin, Role eRole,
                         int64_t iDialogue, int64_t iWg, char *zErr,
                         int nErr);
/* Visit the scoped grants of every account (iAccount 0) or of one. */
AccRc store_grant_each(Store *p, int64_t iAccount,
                       int (*x)(void*, const char *zLogin, const AccGrant*),
                       void *pArg);

/* Authorisation (authz.c): the one place that decides who may write
** what, used by the web, the API and the store's own writes.
**
** store_account_can(): whether any grant of pAcc allows eAct on entity
** eEnt (-1: any) somewhere: the gate of a route and of its buttons.
**
** store_authorize(): whether pAcc may write item id of entity e (0: a
** new item) so that it becomes aNew (NULL: a removal, or "any change"
** when asked before a form is shown).  The rules (docs/design.md, roles):
** a grant allows a write if its role may write the entity (access.c) and
** the item is within its scope (everything; a dialogue: items of it; a
** working group: its goals, their indicators and observations, its
** contacts, members and meetings with their decisions and participants);
** a co-chair's or secretariat's role for everything covers its party's
** dialogue; a change must be within scope before and after; a party's
** own items (its record, its benefits, its people) are written only by
** accounts of
** that party (Account.iOwnParty); a source that observations or an
** indicator cite changes only through a secretariat.  ACC_DENIED with
** the reason, naming the field, in zErr. */
int store_account_can(const Account *pAcc, Action eAct, int eEnt);
AccRc store_authorize(Store *p, const Account *pAcc, int e, int64_t id,
                      const Value *aNew, char *zErr, int nErr);
/* The account the store acts for.  With one set, every write of items
** (store_item_insert/update/delete) is checked with store_authorize(),
** and reads apply its scoped clearances as well as the viewer's class.
** NULL (the default: the command line's operator) checks nothing.  The
** account is copied. */
void store_set_account(Store *p, const Account *pAcc);
/* A key of the account's scoped clearances, for caches of pages: 0 if
** it reads as its role alone. */
int64_t store_account_scope_key(const Account *pAcc);

#endif
