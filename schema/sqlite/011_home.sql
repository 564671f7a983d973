-- 011_home.sql: an account's person, and its visits (the home page).
--
-- An account may be linked to the person record it is (person_id): its
-- working groups (the person's seats, kind member), its actions (the
-- decisions and risks the person owns) and the indicators it reports
-- (owned by the person or by the owner of their goal) come from that
-- record.  The column has no REFERENCES clause: the account is not an
-- item and must never keep a person from being deleted, nor be unlinked
-- by a migration that rebuilds the person table (as 006 did).  Ids are
-- never reused (006), so the id of a deleted person names nobody, and
-- the store reads it as no link (home.c).
--
-- visit_at is when the account's current visit began (its latest login)
-- and visit_prev when the one before began: the home page lists what
-- changed since visit_prev.  Neither is an audit entry: a login changes
-- nothing of the record.

ALTER TABLE account ADD COLUMN person_id INTEGER;
ALTER TABLE account ADD COLUMN visit_at TEXT;
ALTER TABLE account ADD COLUMN visit_prev TEXT;
CREATE INDEX account_person ON account(person_id);
