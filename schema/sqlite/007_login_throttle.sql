-- 007_login_throttle.sql: bounded records of failed logins, and known
-- devices.
--
-- The login_failure of 002 kept every failed login as typed (up to a
-- request body) for ever.  Its rows now hold only a BLAKE2b hash of the
-- login (32 hex digits), the client address and the time (Unix seconds),
-- and are deleted once older than the throttle window or beyond a cap
-- (account.c, login.c).  A known device is a browser that logged in to an
-- account before: it keeps a random token in a cookie, of which only the
-- hash is stored here, and is not throttled for that account, so failures
-- from elsewhere never lock the real user out of her usual browser.

DROP TABLE login_failure;
CREATE TABLE login_failure(
  id INTEGER PRIMARY KEY,
  login_key TEXT NOT NULL CHECK(length(login_key)<=64),
  ip TEXT NOT NULL CHECK(length(ip)<=48),
  at INTEGER NOT NULL
);
CREATE INDEX login_failure_login ON login_failure(login_key, at);
CREATE INDEX login_failure_ip ON login_failure(ip, at);
CREATE INDEX login_failure_at ON login_failure(at);

CREATE TABLE login_device(
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL,
  account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  failures INTEGER NOT NULL DEFAULT 0,
  last_used INTEGER NOT NULL,
  UNIQUE(token_hash, account_id)
);
CREATE INDEX login_device_account ON login_device(account_id, last_used);
