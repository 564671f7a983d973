# t_evidence.sh: the evidence file's signatures (docs/formats.md,
# "Evidence file"): `accord export evidence` carries every signing key,
# every signed approval and every signed checkpoint, and `accord verify
# --evidence FILE` checks them with the file alone, on a machine with no
# database: each approval's signature with the file's key of its party,
# each checkpoint's signature and head, each key event's signature chain.
# One byte changed in any of them, or an approval's key rewritten to the
# other party's, is named.  `accord verify --against OLD` also names a
# checkpoint of OLD whose head the log no longer has.  `--keys KEYS` (a
# party's own `accord key export --public`) names a key of the file that
# is not in the party's list.
: "${TOP:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${ACCORD:=$TOP/${BUILD:-build}/accord}"
. "$TOP/tests/cli/lib.sh"

# The demo signs its approvals and checkpoints; a secretariat's key,
# designated by its co-chair, signs one more approval.
run demo
expect_rc 0
DEMO=$OUT
printf '%s\n' "$OUT" | awk '$1=="us-cochair"{print $2}' >pw-us
printf 'dd-long-password\n' >pw-dd
"$ACCORD" user add dd --name "Deputy" --role secretariat --party us-rs/us \
  --password-stdin <pw-dd >/dev/null
run key create dd --party us-rs/us --password-fd 0 <pw-dd
expect_rc 0
run --as us-cochair key designate dd --party us-rs/us --password-fd 0 <pw-us
expect_rc 0
G=$(sqlite3 accord.db "SELECT id FROM goal ORDER BY id DESC LIMIT 1")
run goal set "$G" --title "Evidence suite"
expect_rc 0
H=$("$ACCORD" hash goal "$G" | sed -n 's/.*content hash \([0-9a-f]\{64\}\)$/\1/p')
run --as dd approve goal "$G" --hash "$H" --password-fd 0 <pw-dd
expect_rc 0
# A hand-over (rotation) and a replacement after a lost password,
# acknowledged by the other party's co-chair: every origin of key.
run key rotate dd --password-fd 0 <pw-dd
expect_rc 0
printf 'dd-reset-password\n' >pw-dd2
run user password dd --lost --password-stdin <pw-dd2
expect_rc 0
run key replace dd --party us-rs/us --password-fd 0 <pw-dd2
expect_rc 0
printf '%s\n' "$DEMO" | awk '$1=="rs-cochair"{print $2}' >pw-rs
KR=$(sqlite3 accord.db "SELECT id FROM signing_key WHERE state='pending' AND origin='replaced'")
run --as rs-cochair key acknowledge "$KR" --password-fd 0 <pw-rs
expect_rc 0
run --as dd checkpoint --password-fd 0 <pw-dd2
expect_rc 0
run verify
expect_rc 0

# ---- the file carries them, and verifies alone -----------------------------
run export evidence -o ev.json
expect_rc 0
py() { python3 -c "import json,sys; e=json.load(open('ev.json')); $1"; }
expect_same "$(py "print(len(e['keys']))")" \
  "$(sqlite3 accord.db "SELECT count(*) FROM signing_key")" "keys in the file"
expect_same "$(py "print(len(e['approvals']))")" \
  "$(sqlite3 accord.db "SELECT count(*) FROM approval")" "approvals in the file"
expect_same "$(py "print(len(e['checkpoints']))")" \
  "$(sqlite3 accord.db "SELECT count(*) FROM checkpoint")" \
  "checkpoints in the file"
[ "$(py "print(len(e['checkpoints']))")" -ge 2 ] && t_ok \
  || t_fail "the demo's checkpoints are not in the file"
expect_same "$(py "print('\\n'.join(sorted(k['public_key'] for k in e['keys'])))")" \
  "$(sqlite3 accord.db 'SELECT public_key FROM signing_key' | sort)" \
  "the keys' public keys"
expect_same "$(py "print(all(a['signed'] and len(a['signature'])==128 for a in e['approvals']))")" \
  True "every approval signed in the file"
expect_same "$(py "print(sorted(set(k['origin'] for k in e['keys'])))")" \
  "['created', 'designated', 'handover', 'replaced']" "key origins"
# No sealed secret, salt or KDF parameter ever leaves the database.
SEALED=$(sqlite3 accord.db "SELECT sealed FROM signing_key WHERE sealed IS NOT NULL LIMIT 1")
[ -n "$SEALED" ] && ! grep -q "$SEALED" ev.json && t_ok \
  || t_fail "a sealed secret is in the evidence"
grep -q '"sealed"\|"salt"\|"kdf"\|"opslimit"' ev.json && t_fail \
  "a sealed secret's field is in the evidence" || t_ok

mkdir fresh
cp ev.json fresh/
cd fresh
run verify --evidence ev.json
expect_rc 0
expect_out "signatures checked: "
! db_exists accord.db && t_ok || t_fail "verify --evidence made a database"

# ---- one thing changed in the file, each named -----------------------------
# edit NAME PYTHON: ev.json with PYTHON applied to e, into NAME.
edit() {
  python3 - "$1" "$2" <<'PY'
import json, sys
e = json.load(open('ev.json'))
def flip(h):
    return ('00' if h[:2] != '00' else '11') + h[2:]
exec(sys.argv[2])
json.dump(e, open(sys.argv[1], 'w'), indent=1)
PY
}
A=$(py "print(e['approvals'][3]['id'])")
edit bad-sig.json "a=e['approvals'][3]; a['signature']=flip(a['signature'])"
run verify --evidence bad-sig.json
expect_rc 4
expect_err "approval $A: the signature of"
expect_err "does not verify with key"

C=$(py "print(e['checkpoints'][0]['id'])")
edit bad-ck.json "c=e['checkpoints'][0]; c['head_hash']=flip(c['head_hash'])"
run verify --evidence bad-ck.json
expect_rc 4
expect_err "checkpoint $C: the signature of the head"

K=$(py "print(e['keys'][0]['id'])")
edit bad-key.json "k=e['keys'][0]; k['public_key']=flip(k['public_key'])"
run verify --evidence bad-key.json
expect_rc 4
expect_err "key $K: its self-signature does not verify"

# The designated key's designation signature.
KD=$(py "print([k['id'] for k in e['keys'] if k['origin']=='designated'][0])")
KH=$(py "print([k['id'] for k in e['keys'] if k['origin']=='handover'][0])")
KR=$(py "print([k['id'] for k in e['keys'] if k['origin']=='replaced'][0])")
edit bad-by.json "k=[k for k in e['keys'] if k['origin']=='designated'][0]; k['by_signature']=flip(k['by_signature'])"
run verify --evidence bad-by.json
expect_rc 4
expect_err "key $KD: the designated signature of key"
edit bad-ho.json "k=[k for k in e['keys'] if k['origin']=='handover'][0]; k['by_signature']=flip(k['by_signature'])"
run verify --evidence bad-ho.json
expect_rc 4
expect_err "key $KH: the handover signature of key"
edit bad-rp.json "k=[k for k in e['keys'] if k['origin']=='replaced'][0]; k['by_signature']=flip(k['by_signature'])"
run verify --evidence bad-rp.json
expect_rc 4
expect_err "key $KR: the replaced signature of key"
# The replacement acknowledged, the file says, by a key of its own party
# (its party's id rewritten: the signatures cover the codes, and an id
# must name one party throughout the file).
edit rp-own.json "k=[k for k in e['keys'] if k['origin']=='replaced'][0]; b=[x for x in e['keys'] if x['id']==k['by_key_id']][0]; b['party_id']=k['party_id']"
run verify --evidence rp-own.json
expect_rc 4
expect_err "key $KR: acknowledged by key"
expect_err "elsewhere in the file"
# An approval moved to the other party by ids alone, with its key's: the
# party's id names two codes in the file.
edit moved.json "a=e['approvals'][0]; o=[k for k in e['keys'] if k['party_id']!=a['party_id']][0]; [k.update(party_id=o['party_id']) for k in e['keys'] if k['id']==a['key_id']]; a['party_id']=o['party_id']"
run verify --evidence moved.json
expect_rc 4
expect_err "party $(py "a=e['approvals'][0]; print([k['party_id'] for k in e['keys'] if k['party_id']!=a['party_id']][0])") is "
expect_err "elsewhere in the file"
# The designating key left out of the file.
edit no-by.json "d=[k for k in e['keys'] if k['origin']=='designated'][0]; e['keys']=[k for k in e['keys'] if k['id']!=d['by_key_id']]"
run verify --evidence no-by.json
expect_rc 4
expect_err "key $KD: designated, but no key signed it"

# An approval signed, the file says, by a key of the other party.
A0=$(py "print(e['approvals'][0]['id'])")
edit other.json "a=e['approvals'][0]; a['key_id']=[k['id'] for k in e['keys'] if k['party_id']!=a['party_id']][0]"
run verify --evidence other.json
expect_rc 4
expect_err "approval $A0: for party"
# An approval whose key is not in the file.
edit gone.json "e['approvals'][0]['key_id']=999"
run verify --evidence gone.json
expect_rc 4
expect_err "approval $A0: signed by key 999, which does not exist"

# A checkpoint whose signed head is not an entry of the file's chain: the
# log cut back before it (and its head set to match).
edit cut.json "i=e['checkpoints'][0]['audit_id']; e['audit']=[x for x in e['audit'] if x['id']<i]; e['head']={'entries':len(e['audit']),'id':e['audit'][-1]['id'],'hash':e['audit'][-1]['hash']}; e['tables']={}; e['reports']=[]"
run verify --evidence cut.json
expect_rc 4
expect_err "checkpoint $C: its signed head, entry"
expect_err "is not in the file's log"

# An approval made before signatures (no signature): marked, and named.
cd ..
db_cp accord.db old.db
sqlite3 old.db "UPDATE approval SET content_hash=NULL, key_id=NULL, signature=NULL WHERE id=(SELECT min(id) FROM approval)"
run --db old.db export evidence -o fresh/old.json
expect_rc 0
cd fresh
expect_same "$(python3 -c "import json; a=json.load(open('old.json'))['approvals'][0]; print(a['signed'], a['signature'])")" \
  "False None" "an unsigned approval marked"
run verify --evidence old.json
expect_rc 4
expect_err "approval $A0: "
expect_err "not signed"
cd ..

# ---- --keys: the file's keys against a party's own copy --------------------
run key export --public -o fresh/mine.json
expect_rc 0
cd fresh
run verify --evidence ev.json --keys mine.json
expect_rc 0
python3 -c "import json; d=json.load(open('mine.json')); d['keys']=[k for k in d['keys'] if k['login']!='dd']; json.dump(d, open('mine-less.json','w'))"
run verify --evidence ev.json --keys mine-less.json
expect_rc 4
expect_err "key $KD (dd for us-rs/us, public key"
expect_err "not in mine-less.json"
python3 -c "import json; d=json.load(open('mine.json')); [k.update(login='someone') for k in d['keys'] if k['login']=='dd']; json.dump(d, open('mine-other.json','w'))"
run verify --evidence ev.json --keys mine-other.json
expect_rc 4
expect_err "key $KD: dd for us-rs/us in the evidence, someone for us-rs/us"
run verify --keys mine.json
expect_rc 1
expect_err "--keys checks the keys of an --evidence file"
cd ..

# ---- --against: the old file's checkpoints hold ----------------------------
run verify --against ev.json
expect_rc 0
edit2() { (cd fresh && edit "../$1" "$2"); }
edit2 ck-old.json "c=e['checkpoints'][0]; c['head_hash']=flip(c['head_hash'])"
run verify --against ck-old.json
expect_rc 4
expect_err "checkpoint $C of ck-old.json: signed head entry"

done_testing
