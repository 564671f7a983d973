/*
** store_sign.c: approvals are signatures (src/store/sign.h), on a real
** SQLite file.  Included by store_test.c (its helpers fresh(), add()).
*/
#include "../../src/store/sign.h"

#include <sodium.h>

/* Append one field of the canonical text as docs/design.md defines it,
** written out independently of sign.c. */
static void canon(Buf *pB, const char *zName, const char *zTag,
                  const char *zVal){
  buf_appendf(pB, "%s\t%s\t%zu\t%s\n", zName, zTag, strlen(zVal), zVal);
}

/* store-11: the canonical hash, keys, signed approvals, verification. */
static void test_sign(void){
  Store *p = fresh("t10.db");
  const char *const azD[] = { "code", "d10", "title", "Ten",
    "state", "established", 0 };
  const char *const azP1[] = { "dialogue_id", "d10", "code", "d10/a",
    "name", "A", 0 };
  const char *const azP2[] = { "dialogue_id", "d10", "code", "d10/b",
    "name", "B", 0 };
  const char *const azA[] = { "dialogue_id", "d10", "code", "d10/ar",
    "area_set", "proposal", "name", "Economy", 0 };
  const char *const azG[] = { "dialogue_id", "d10", "area_id", "d10/ar",
    "code", "d10/g", "title", "Grow\ttabs\nand lines", "kind", "milestone",
    "classification", "public", 0 };
  char zHash[SIGN_HASH_HEX], zHash2[SIGN_HASH_HEX], zWant[SIGN_HASH_HEX];
  char zSec[SIGN_SK_HEX];
  unsigned char aH[32];
  int64_t idD, idP1, idP2, idG, iV = 0, iV2 = 0, nChecked = 0;
  Arena a = ARENA_INIT;
  Value *aV;
  Buf b = BUF_INIT;
  SigningKey k1, k2;
  Account acc1, acc2;
  SignReq r;
  int i;
  idD = add(p, ENT_DIALOGUE, azD);
  idP1 = add(p, ENT_PARTY, azP1);
  idP2 = add(p, ENT_PARTY, azP2);
  add(p, ENT_AREA, azA);
  idG = add(p, ENT_GOAL, azG);
  OK(idD>0 && idP1>0 && idP2>0 && idG>0);

  /* store-11.1: the canonical hash is BLAKE2b-256 of "accord-content-v1",
  ** entity, id, version, then each field in model order as name TAB tag
  ** TAB byte-length TAB value LF */
  INT_EQ(store_content_hash(p, "goal", idG, &iV, zHash), ACC_OK);
  INT_EQ(iV, store_item_version(p, ENT_GOAL, idG));
  INT_EQ(store_item_get(p, ENT_GOAL, idG, &a, &aV), ACC_OK);
  buf_appendf(&b, "accord-content-v1\ngoal\n%lld\n%lld\n", (long long)idG,
              (long long)iV);
  for(i=0; i<aEntity[ENT_GOAL].nField; i++){
    char z[40];
    const char *zName = aEntity[ENT_GOAL].aField[i].zName;
    /* Fields added after approvals were signed (FF_HASH0: the Serbian
    ** twins of migration 023) are left out while empty. */
    if( (aEntity[ENT_GOAL].aField[i].flags & FF_HASH0)
     && (aV[i].eType==VAL_NULL || (aV[i].eType==VAL_INT && aV[i].i==0)) ){
      continue;
    }
    switch( aV[i].eType ){
      case VAL_NULL: canon(&b, zName, "null", ""); break;
      case VAL_INT:
        snprintf(z, sizeof(z), "%lld", (long long)aV[i].i);
        canon(&b, zName, "int", z);
        break;
      case VAL_REAL:
        snprintf(z, sizeof(z), "%.17g", aV[i].r);
        canon(&b, zName, "real", z);
        break;
      case VAL_TEXT: canon(&b, zName, "text", aV[i].z); break;
    }
  }
  crypto_generichash(aH, sizeof(aH), (const unsigned char*)buf_str(&b),
                     b.n, 0, 0);
  sodium_bin2hex(zWant, sizeof(zWant), aH, sizeof(aH));
  STR_EQ(zHash, zWant);
  STR_HAS(buf_str(&b), "title\ttext\t19\tGrow\ttabs\nand lines\n");
  buf_free(&b);
  /* store-11.2: the same content gives the same hash; a change gives a
  ** new version and a new hash */
  INT_EQ(store_content_hash(p, "goal", idG, &iV2, zHash2), ACC_OK);
  STR_EQ(zHash, zHash2);
  aV[model_field_find(ENT_GOAL, "title")].z = "Grow more";
  INT_EQ(store_item_update(p, ENT_GOAL, idG, aV, zErr, sizeof(zErr)),
         ACC_OK);
  INT_EQ(store_content_hash(p, "goal", idG, &iV2, zHash2), ACC_OK);
  OK(iV2>iV);
  OK(strcmp(zHash, zHash2)!=0);
  INT_EQ(store_content_hash(p, "goal", idG+99, &iV2, zHash2), ACC_NOTFOUND);
  /* store-11.2b: what an item cites is in its text, and a change to a
  ** cited source is a new version of the item (content.c) */
  {
    const char *const azS[] = { "code", "s10", "title", "Census",
      "publisher", "Bureau", 0 };
    const char *const azI[] = { "dialogue_id", "d10", "code", "d10/i",
      "name", "Trade", "unit", "USD", "frequency", "year",
      "aggregation", "sum", "classification", "public",
      "source_id", "s10", 0 };
    int64_t idS = add(p, ENT_SOURCE, azS), idI = add(p, ENT_INDICATOR, azI);
    int64_t iVi = 0, iVi2 = 0;
    char zHi[SIGN_HASH_HEX], zHi2[SIGN_HASH_HEX], zOwn[SIGN_HASH_HEX];
    Value *aS;
    OK(idS>0 && idI>0);
    INT_EQ(store_content_hash(p, "indicator", idI, &iVi, zHi), ACC_OK);
    INT_EQ(iVi, store_item_version(p, ENT_INDICATOR, idI));
    INT_EQ(store_content_hash_own(p, "indicator", idI, &iV2, zOwn), ACC_OK);
    OK(strcmp(zOwn, zHi)!=0);
    INT_EQ(store_item_get(p, ENT_SOURCE, idS, &a, &aS), ACC_OK);
    aS[model_field_find(ENT_SOURCE, "title")].z = "Census, renamed";
    INT_EQ(store_item_update(p, ENT_SOURCE, idS, aS, zErr, sizeof(zErr)),
           ACC_OK);
    INT_EQ(store_content_hash(p, "indicator", idI, &iVi2, zHi2), ACC_OK);
    OK(iVi2>iVi);
    INT_EQ(iVi2, store_item_version(p, ENT_SOURCE, idS));
    INT_EQ(iVi2, store_approval_version(p, ENT_INDICATOR, idI));
    OK(strcmp(zHi, zHi2)!=0);
    /* the item's own hash is unchanged by the source's edit */
    INT_EQ(store_content_hash_own(p, "indicator", idI, &iV2, zHi), ACC_OK);
    STR_EQ(zHi, zOwn);
  }

  /* store-11.3: a co-chair's key is sealed with the account's password;
  ** a wrong password neither makes one nor unseals it */
  INT_EQ(store_account_add(p, "c1", "C one", ROLE_COCHAIR, idP1,
                           "first-long-phrase", 0, zErr, sizeof(zErr)),
         ACC_OK);
  INT_EQ(store_account_add(p, "c2", "C two", ROLE_COCHAIR, idP2,
                           "second-long-phrase", 0, zErr, sizeof(zErr)),
         ACC_OK);
  store_account_get(p, "c1", &acc1);
  store_account_get(p, "c2", &acc2);
  INT_EQ(store_key_create(p, "c1", 0, "not-the-password", &k1, zErr,
                          sizeof(zErr)), ACC_INVALID);
  INT_EQ(store_key_create(p, "c1", 0, "first-long-phrase", &k1, zErr,
                          sizeof(zErr)), ACC_OK);
  STR_EQ(k1.zState, "active");
  INT_EQ(k1.iParty, idP1);
  INT_EQ(store_key_create(p, "c1", 0, "first-long-phrase", &k2, zErr,
                          sizeof(zErr)), ACC_CONFLICT);
  INT_EQ(store_key_create(p, "c2", 0, "second-long-phrase", &k2, zErr,
                          sizeof(zErr)), ACC_OK);
  INT_EQ(store_key_unseal(p, k1.id, "second-long-phrase", zSec, zErr,
                          sizeof(zErr)), ACC_INVALID);
  STR_HAS(zErr, "password: wrong");
  INT_EQ(store_key_unseal(p, k1.id, "first-long-phrase", zSec, zErr,
                          sizeof(zErr)), ACC_OK);
  OK(strlen(zSec)==128);

  /* store-11.4: an approval with a stale hash is refused and writes
  ** nothing; with the current hash and the password it is a signature
  ** that verifies */
  memset(&r, 0, sizeof(r));
  r.zHash = zHash;     /* the version before the change */
  r.zPassword = "first-long-phrase";
  iV = store_data_version(p);
  INT_EQ(store_approve(p, ENT_GOAL, idG, &acc1, &r, zErr, sizeof(zErr)),
         ACC_CONFLICT);
  INT_EQ(store_data_version(p), iV);
  INT_EQ(store_content_hash(p, "goal", idG, &iV2, zHash2), ACC_OK);
  STR_EQ(r.zNow, zHash2);
  r.zHash = zHash2;
  INT_EQ(store_approve(p, ENT_GOAL, idG, &acc1, &r, zErr, sizeof(zErr)),
         ACC_OK);
  r.zPassword = "first-long-phrase";
  INT_EQ(store_approve(p, ENT_GOAL, idG, &acc2, &r, zErr, sizeof(zErr)),
         ACC_INVALID);
  OK(!store_item_published(p, ENT_GOAL, idG));
  r.zPassword = "second-long-phrase";
  INT_EQ(store_approve(p, ENT_GOAL, idG, &acc2, &r, zErr, sizeof(zErr)),
         ACC_OK);
  OK(store_item_published(p, ENT_GOAL, idG));
  INT_EQ(store_sig_verify_all(p, 0, 0, &nChecked), ACC_OK);
  OK(nChecked>=6);   /* 2 keys, 2 approvals, 2 checkpoints */

  /* store-11.5: a signature altered in the file is found */
  /* the first byte is flipped to a value it cannot already have (a
  ** fixed '00' left the signature unchanged one run in 256), on the
  ** first approval whatever id it got (a PostgreSQL sequence does not
  ** give back the id of the refused approval above) */
  INT_EQ(p->pDrv->xExec(p->pDb, "UPDATE approval SET signature="
                        "CASE WHEN substr(signature,1,2)='00' THEN 'ff'"
                        " ELSE '00' END||substr(signature,3)"
                        " WHERE id=(SELECT min(id) FROM approval)", zErr,
                        sizeof(zErr)), ACC_OK);
  INT_EQ(store_sig_verify_all(p, 0, 0, 0), ACC_CONFLICT);
  arena_free(&a);
  store_close(p);
}
