-- 002_accounts.sql: accounts, sessions, API tokens, approvals.
--
-- Accounts are not items: they are never exported or listed with the
-- items, and their passwords are stored only as argon2id hashes
-- (libsodium crypto_pwhash_str).  Session and API tokens are stored only
-- as BLAKE2b hashes, so a copy of the database does not let anyone in.

CREATE TABLE account(
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE CHECK(length(login) BETWEEN 1 AND 64),
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK(role IN ('public','observer','wg_member','wg_lead',
                                    'cochair','secretariat','admin')),
  party_id INTEGER REFERENCES party(id),
  password_hash TEXT,
  lang TEXT NOT NULL DEFAULT 'en' CHECK(lang IN ('en','sr-Latn','sr-Cyrl')),
  created_at TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK(disabled IN (0,1))
);

CREATE TABLE session(
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE api_token(
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_used TEXT
);

-- A party's approval of one version of an item.  The version is the id of
-- the item's latest audit-log entry when it was approved, so any later
-- change to the item makes a new version and withdraws every approval.
CREATE TABLE approval(
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  party_id INTEGER NOT NULL REFERENCES party(id),
  account_id INTEGER NOT NULL REFERENCES account(id),
  at TEXT NOT NULL,
  UNIQUE(entity, item_id, version, party_id)
);
CREATE INDEX approval_item ON approval(entity, item_id);

-- Failed logins, for throttling.
CREATE TABLE login_failure(
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX login_failure_login ON login_failure(login, at);
