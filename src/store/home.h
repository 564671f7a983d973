/*
** home.h: what a person's home page reads and keeps (home.c): the person
** record an account is, the account's visits, the items waiting for its
** party's approval, and what changed since its previous visit as the
** reader may see it.
**
** Everything here reads through the reader of store_set_viewer(): an
** item, or an audit entry about one, that the reader may not see is
** never returned.
*/
#ifndef ACCORD_HOME_H
#define ACCORD_HOME_H

#include "account.h"

/* Link the account zLogin to a person (zPerson: a code or an id), or
** unlink it (zPerson "none").  An audit entry of the account.
** ACC_NOTFOUND (no such login) or ACC_INVALID (no such person), both
** with a message naming the field in zErr. */
AccRc store_account_person_set(Store *p, const char *zLogin,
                               const char *zPerson, char *zErr, int nErr);
/* The person account iAccount is linked to, if it exists and the reader
** may see it; else 0. */
int64_t store_account_person(Store *p, int64_t iAccount);

/* A visit begins (a login): the account's previous visit becomes the one
** that began before this one.  Not an audit entry.  ACC_BUSY if the
** database is locked. */
AccRc store_account_visit(Store *p, int64_t iAccount);
/* When the account's previous visit began, "YYYY-MM-DDTHH:MM:SSZ", into
** zPrev; "" if it has had none before the current one. */
void store_account_visit_prev(Store *p, int64_t iAccount, char zPrev[21]);

/* The items waiting for the approval of the account's party: goals and
** documents (the kinds that need joint publication) of the party's
** dialogue whose current version that party has not approved, in id
** order by kind.  Nothing unless the account is a co-chair with a party.
** x gets the kind and id; a non-zero return stops the walk. */
AccRc store_awaiting_approval(Store *p, const Account *pAcc,
                              int (*x)(void*, int e, int64_t id),
                              void *pArg);

/* One item changed since a time, as store_changes_since() gives it. */
typedef struct HomeChange {
  int e;                  /* the kind */
  int64_t id;             /* the item */
  const char *zAt;        /* its newest change the reader may see */
  const char *zActor;     /* who made it (login) */
  const char *zAction;    /* "insert", "update", ... */
  int nChange;            /* changes the reader may see since zSince */
} HomeChange;
/* The items changed since zSince ("" or NULL: lately), newest change
** first, at most nMax of them, looking back over at most HOME_SCAN audit
** entries.  Only changes of items the reader may see now, and only the
** entries store_item_history() would show the reader unredacted: an
** entry of the time an item was more secret than the reader's clearance
** (or, for the public, not jointly published) does not count.  Entries
** that are about no item (imports, accounts, sessions) and those of items
** since deleted are left out.  The strings are valid during the call. */
#define HOME_SCAN 2000
AccRc store_changes_since(Store *p, const char *zSince, int nMax,
                          int (*x)(void*, const HomeChange*), void *pArg);

/* The periods of indicator iIndicator (which the reader may see) whose
** owner's choice a later disagreeing value of another source reopened
** (docs/status.md 2.4), oldest period first: x gets each; a non-zero
** return stops the walk.  Until the owner chooses again, their home page
** lists them. */
AccRc store_obs_reopened(Store *p, int64_t iIndicator,
                         int (*x)(void*, const StatusReopen*), void *pArg);

#endif
