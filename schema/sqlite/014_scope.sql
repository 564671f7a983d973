-- 014_scope.sql: grants of a role for a scope, with a clearance.
--
-- An account's role (account.role) is its grant for everything, as it
-- always was: existing accounts keep it unchanged, and no row is copied
-- here (`accord verify` rebuilds the accounts from the audit log, where
-- the role already is).  A row of account_grant adds a role for one
-- dialogue or one working group (exactly one of dialogue_id and wg_id),
-- with the clearance the account has there (public, internal or
-- restricted): a working group's lead may be cleared for the group's
-- restricted goals without reading every restricted item.  Like
-- account.person_id, the scope columns have no REFERENCES clause: a grant
-- must never keep an item from being deleted, ids are never reused (006),
-- and a grant whose dialogue or group is gone names nothing (grant.c).
-- Every grant added or removed is an audit entry of the account (action
-- 'account', "grant_added" / "grant_removed"), replayed by verify.

CREATE TABLE account_grant(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK(role IN ('observer','wg_member','wg_lead',
                                    'secretariat')),
  dialogue_id INTEGER,
  wg_id INTEGER,
  clearance TEXT NOT NULL CHECK(clearance IN ('public','internal',
                                              'restricted')),
  created_at TEXT NOT NULL,
  CHECK((dialogue_id IS NULL) <> (wg_id IS NULL))
);
CREATE UNIQUE INDEX account_grant_one
  ON account_grant(account_id, role, coalesce(dialogue_id, 0),
                   coalesce(wg_id, 0));
