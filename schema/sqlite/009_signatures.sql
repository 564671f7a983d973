-- 009_signatures.sql: approvals are signatures; signed checkpoints.
--
-- Each co-chair (and whoever a party's co-chair designates to sign for
-- that party) has an Ed25519 key pair.  The public key is kept here with
-- its validity; the secret key, if kept on the server at all, only
-- sealed with a key derived from its holder's password (argon2id, own
-- salt and limits; XChaCha20-Poly1305), never in the clear.  A key held
-- offline (`accord key add`) has no sealed secret.  How a key came to be
-- is part of its row and is signed (see docs/design.md, "Approvals are
-- signatures"):
--   created     by its holder, a co-chair; signed by the key itself
--   added       a public key made offline; signed by the key itself
--   designated  signed by key by_key_id, of a co-chair of the same party
--   handover    signed by key by_key_id, the holder's key it replaces
--   replaced    after a lost password; pending until key by_key_id, of a
--               co-chair of another party of the dialogue, acknowledges
--               it with signature by_signature
-- A key is never deleted: old public keys stay with valid_to set, so
-- old signatures still verify.

CREATE TABLE signing_key(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id INTEGER NOT NULL REFERENCES account(id),
  party_id INTEGER NOT NULL REFERENCES party(id),
  public_key TEXT NOT NULL UNIQUE CHECK(length(public_key)=64),
  sealed TEXT,                 -- hex nonce || ciphertext, or NULL (offline)
  salt TEXT,                   -- hex, crypto_pwhash_SALTBYTES
  kdf TEXT,                    -- 'argon2id13'
  opslimit INTEGER,
  memlimit INTEGER,
  valid_from TEXT,             -- NULL while pending
  valid_to TEXT,               -- NULL while valid
  state TEXT NOT NULL CHECK(state IN ('active','pending','retired','locked')),
  origin TEXT NOT NULL CHECK(origin IN ('created','added','designated',
                                        'handover','replaced')),
  self_signature TEXT,         -- the key's own signature of its event
  by_key_id INTEGER REFERENCES signing_key(id),
  by_signature TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX signing_key_account ON signing_key(account_id, party_id);

-- An approval is a signature: the canonical hash of the version approved,
-- the key that signed and the signature (hex).  Rows made before this
-- migration keep NULLs and are reported by `accord verify`.
ALTER TABLE approval ADD COLUMN content_hash TEXT;
ALTER TABLE approval ADD COLUMN key_id INTEGER REFERENCES signing_key(id);
ALTER TABLE approval ADD COLUMN signature TEXT;

-- A party's signature of the audit chain's head: the id and hash of the
-- latest entry when it was signed.
CREATE TABLE checkpoint(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  audit_id INTEGER NOT NULL,
  head_hash TEXT NOT NULL,
  key_id INTEGER NOT NULL REFERENCES signing_key(id),
  party_id INTEGER NOT NULL REFERENCES party(id),
  at TEXT NOT NULL,
  signature TEXT NOT NULL
);

-- An item returned for changes, with the reason.
CREATE TABLE item_return(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  party_id INTEGER NOT NULL REFERENCES party(id),
  account_id INTEGER NOT NULL REFERENCES account(id),
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX item_return_item ON item_return(entity, item_id);
