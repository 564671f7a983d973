/*
** store_test.c: the store on real SQLite files.
**
** Test ids are hierarchical (store-N.M) as in SQLite's test suite.  Each
** group opens its own database file in the current directory (tests/run
** runs this in a fresh temporary directory).  The same checks are meant
** to run against every backend of the store: under ACCORD_PG_TEST
** (tests/pg/run) each file name is a database of a throw-away
** PostgreSQL cluster, and the checks that reach into an SQLite file
** with the sqlite3 shell (tampering, backup copies, the file's own
** settings) are skipped there.
*/
#include "../../src/store/storeInt.h"
#include "../../src/store/fixture.h"
#include "../../src/store/goalstat.h"
#include "../../src/store/account.h"
#include "../../src/store/search.h"
#include "../../src/store/migrate.h"
#include "../unit/harness.h"

#include <stdlib.h>
#include <unistd.h>

static char zErr[600];
/* 1 on PostgreSQL (ACCORD_PG_TEST): the SQLite-file checks are skipped. */
static int bPg;

/* Open a fresh database file. */
static Store *fresh(const char *zPath){
  Store *p = 0;
  char z[200];
  unlink(zPath);
  snprintf(z, sizeof(z), "%s-wal", zPath); unlink(z);
  snprintf(z, sizeof(z), "%s-shm", zPath); unlink(z);
  if( store_open(zPath, STORE_CREATE, &p, zErr, sizeof(zErr)) ){
    fprintf(stderr, "cannot open %s: %s\n", zPath, zErr);
    exit(1);
  }
  store_set_actor(p, "store-test");
  return p;
}

/* Fill aVal for entity e from name=value pairs (text, as the CLI gets
** them), defaults for the rest; references resolved.  Returns rc. */
static AccRc row_from(Store *p, int e, Value *aVal, const char *const *az){
  int i;
  for(i=0; i<aEntity[e].nField; i++){
    const char *zDef = model_field_default(e, i);
    memset(&aVal[i], 0, sizeof(Value));
    if( zDef ) model_value_parse(&aEntity[e].aField[i], zDef, &aVal[i], zErr,
                                 sizeof(zErr));
  }
  for(i=0; az[i]; i+=2){
    int f = model_field_find(e, az[i]);
    AccRc rc;
    if( f<0 ){ fprintf(stderr, "no field %s\n", az[i]); exit(1); }
    rc = model_value_parse(&aEntity[e].aField[f], az[i+1], &aVal[f], zErr,
                           sizeof(zErr));
    if( rc ) return rc;
    if( aEntity[e].aField[f].eType==FT_REF ){
      rc = store_ref_resolve(p, aEntity[e].aField[f].eRef, &aVal[f], zErr,
                             sizeof(zErr));
      if( rc ) return rc;
    }
  }
  return ACC_OK;
}

/* Insert an item from pairs; returns its id or 0 on failure. */
static int64_t add(Store *p, int e, const char *const *az){
  Value aVal[MAX_FIELDS];
  int64_t id = 0;
  if( row_from(p, e, aVal, az) ) return 0;
  if( store_item_insert(p, e, aVal, &id, zErr, sizeof(zErr)) ) return 0;
  return id;
}

static int count_cb(void *pArg, int64_t id, const Value *aVal){
  (void)id; (void)aVal;
  (*(int*)pArg)++;
  return 0;
}

/* store-1: opening, migrations, the model's invariants. */
static void test_open(void){
  Store *p = fresh("t1.db");
  Store *q = 0;
  int e;
  INT_EQ(store_schema_version(p),
         aSqliteMigration[nSqliteMigration-1].iVersion);
  if( bPg ) INT_EQ(aPgMigration[nPgMigration-1].iVersion,
                   aSqliteMigration[nSqliteMigration-1].iVersion);
  store_close(p);
  /* store-1.1: reopen keeps the version */
  INT_EQ(store_open("t1.db", 0, &q, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_schema_version(q),
         aSqliteMigration[nSqliteMigration-1].iVersion);
  store_close(q);
  /* store-1.2: a missing file without STORE_CREATE */
  INT_EQ(store_open("nope.db", 0, &q, zErr, sizeof(zErr)), ACC_NOTFOUND);
  STR_HAS(zErr, "no database at nope.db");
  /* store-1.3: MUSTBENEW refuses an existing file */
  INT_EQ(store_open("t1.db", STORE_CREATE|STORE_MUSTBENEW, &q, zErr,
                    sizeof(zErr)), ACC_CONFLICT);
  /* store-1.3.1: store_db_exists() and store_db_remove() (`accord demo
  ** --force`, `accord migrate`): a file with its WAL companions, under
  ** ACCORD_PG_TEST a database of the cluster */
  OK(store_db_exists("t1.db"));
  OK(!store_db_exists("nope.db"));
  q = fresh("rm.db");
  store_close(q);
  OK(store_db_exists("rm.db"));
  INT_EQ(store_db_remove("rm.db", zErr, sizeof(zErr)), ACC_OK);
  OK(!store_db_exists("rm.db"));
  INT_EQ(store_open("rm.db", STORE_CREATE|STORE_MUSTBENEW, &q, zErr,
                    sizeof(zErr)), ACC_OK);
  store_close(q);
  /* store-1.4: a file that is not a database */
  if( !bPg ){
    FILE *f = fopen("junk.db", "w");
    fputs("this is not sqlite, just some text padding it out......", f);
    fclose(f);
    INT_EQ(store_open("junk.db", 0, &q, zErr, sizeof(zErr)), ACC_IO);
    STR_HAS(zErr, "not an Accord database");
  }
  /* store-1.5: every entity fits MAX_FIELDS; codes are required */
  for(e=0; e<ENT__MAX; e++){
    int c = model_code_field(e);
    OK(aEntity[e].nField<=MAX_FIELDS);
    if( c>=0 ) OK(aEntity[e].aField[c].flags & FF_REQUIRED);
  }
}

/* store-2: items. */
static void test_items(void){
  Store *p = fresh("t2.db");
  Arena a = ARENA_INIT;
  Value *aV, aRow[MAX_FIELDS];
  int64_t idD, idA, idG, id;
  int n = 0;
  const char *const azD[] = { "code", "d1", "title", "Dialogue one",
                              "state", "established", 0 };
  idD = add(p, ENT_DIALOGUE, azD);
  OK(idD>0);
  /* store-2.1: get returns what was put, defaults applied */
  INT_EQ(store_item_get(p, ENT_DIALOGUE, idD, &a, &aV), ACC_OK);
  STR_EQ(aV[model_field_find(ENT_DIALOGUE, "title")].z, "Dialogue one");
  STR_EQ(aV[model_field_find(ENT_DIALOGUE, "classification")].z, "internal");
  /* store-2.2: duplicate code is a conflict naming the code */
  INT_EQ(add(p, ENT_DIALOGUE, azD), 0);
  STR_HAS(zErr, "code: a dialogue with code \"d1\" already exists");
  /* store-2.3: references by code and by id; a missing one names the
  ** field */
  {
    const char *const azA[] = { "dialogue_id", "d1", "code", "d1/a",
      "area_set", "proposal", "name", "Economy", 0 };
    const char *const azBad[] = { "dialogue_id", "d9", "code", "d1/b",
      "area_set", "proposal", "name", "X", 0 };
    idA = add(p, ENT_AREA, azA);
    OK(idA>0);
    OK(row_from(p, ENT_AREA, aRow, azBad)==ACC_INVALID);
    STR_HAS(zErr, "no dialogue with code \"d9\"");
    row_from(p, ENT_AREA, aRow, azA);
    aRow[model_field_find(ENT_AREA, "dialogue_id")].i = 999;
    aRow[model_field_find(ENT_AREA, "code")].z = "d1/c";
    INT_EQ(store_item_insert(p, ENT_AREA, aRow, &id, zErr, sizeof(zErr)),
           ACC_INVALID);
    STR_HAS(zErr, "dialogue_id: no dialogue with id 999");
  }
  /* store-2.4: row rules: a growth goal needs a baseline period */
  {
    const char *const azG[] = { "dialogue_id", "d1", "area_id", "d1/a",
      "code", "g1", "title", "Grow", "kind", "milestone", 0 };
    const char *const azBad[] = { "dialogue_id", "d1", "area_id", "d1/a",
      "code", "g2", "title", "Grow", "kind", "growth", "period", "year",
      "target", "10", "indicator_id", "", 0 };
    idG = add(p, ENT_GOAL, azG);
    OK(idG>0);
    INT_EQ(add(p, ENT_GOAL, azBad), 0);
    STR_HAS(zErr, "indicator_id: required for a growth goal");
  }
  /* store-2.5: update records old and new values in the audit log */
  INT_EQ(store_item_get(p, ENT_GOAL, idG, &a, &aV), ACC_OK);
  aV[model_field_find(ENT_GOAL, "title")].z = "Grow more";
  INT_EQ(store_item_update(p, ENT_GOAL, idG, aV, zErr, sizeof(zErr)),
         ACC_OK);
  INT_EQ(store_item_get(p, ENT_GOAL, idG, &a, &aV), ACC_OK);
  STR_EQ(aV[model_field_find(ENT_GOAL, "title")].z, "Grow more");
  /* store-2.6: deleting an item still referred to is a conflict */
  INT_EQ(store_item_delete(p, ENT_AREA, idA, zErr, sizeof(zErr)),
         ACC_CONFLICT);
  STR_HAS(zErr, "still referred to");
  INT_EQ(store_item_delete(p, ENT_GOAL, idG, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_item_get(p, ENT_GOAL, idG, &a, &aV), ACC_NOTFOUND);
  INT_EQ(store_item_delete(p, ENT_AREA, idA, zErr, sizeof(zErr)), ACC_OK);
  /* store-2.7: each and count with a filter */
  store_item_each(p, ENT_AREA, -1, 0, count_cb, &n);
  INT_EQ(n, 0);
  INT_EQ(store_item_count(p, ENT_DIALOGUE, -1, 0), 1);
  /* store-2.8: a transaction rolled back leaves nothing */
  {
    const char *const azD2[] = { "code", "d2", "title", "Two",
                                 "state", "proposed", 0 };
    INT_EQ(store_begin(p), ACC_OK);
    OK(add(p, ENT_DIALOGUE, azD2)>0);
    store_rollback(p);
    INT_EQ(store_item_find_code(p, ENT_DIALOGUE, "d2", &id), ACC_NOTFOUND);
  }
  arena_free(&a);
  store_close(p);
}

/* store-3: the audit log. */
static int audit_cb(void *pArg, const AuditEntry *pE){
  Buf *pB = pArg;
  buf_appendf(pB, "%s %s %lld|", pE->zAction, pE->zEntity,
              (long long)pE->iItem);
  return 0;
}
static void test_audit(void){
  Store *p = fresh("t3.db");
  Buf b = BUF_INIT;
  int64_t n = 0, iBad = 0;
  const char *const azS[] = { "code", "s1", "title", "Census", 0 };
  const char *const azS2[] = { "code", "s2", "title", "Other", 0 };
  OK(add(p, ENT_SOURCE, azS)>0);
  OK(add(p, ENT_SOURCE, azS2)>0);
  INT_EQ(store_audit_verify(p, &n, &iBad, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(n, 2);
  /* store-3.1: history, newest first */
  store_audit_each(p, 0, 0, 10, audit_cb, &b);
  STR_EQ(buf_str(&b), "insert source 2|insert source 1|");
  buf_reset(&b);
  store_audit_each(p, "source", 1, 10, audit_cb, &b);
  STR_EQ(buf_str(&b), "insert source 1|");
  buf_free(&b);
  store_close(p);
  if( bPg ) return;
  /* store-3.2: editing an entry (after dropping the guard) is found */
  OK(system("sqlite3 t3.db \"DROP TRIGGER audit_no_update; "
            "UPDATE audit_log SET actor='mallory' WHERE id=1\"")==0);
  INT_EQ(store_open("t3.db", 0, &p, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_audit_verify(p, &n, &iBad, zErr, sizeof(zErr)),
         ACC_CONFLICT);
  INT_EQ(iBad, 1);
  STR_HAS(zErr, "entry 1");
  store_close(p);
  /* store-3.3: the guard refuses changes through SQL */
  p = fresh("t3b.db");
  OK(add(p, ENT_SOURCE, azS)>0);
  store_close(p);
  OK(system("sqlite3 t3b.db \"DELETE FROM audit_log\" 2>/dev/null")!=0);
  /* store-3.4: removing an entry breaks the chain at the next one */
  p = fresh("t3c.db");
  OK(add(p, ENT_SOURCE, azS)>0);
  OK(add(p, ENT_SOURCE, azS2)>0);
  store_close(p);
  OK(system("sqlite3 t3c.db \"DROP TRIGGER audit_no_delete; "
            "DELETE FROM audit_log WHERE id=1\"")==0);
  INT_EQ(store_open("t3c.db", 0, &p, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_audit_verify(p, &n, &iBad, zErr, sizeof(zErr)),
         ACC_CONFLICT);
  INT_EQ(iBad, 2);
  store_close(p);
}

/* store-4: fixtures and the demo. */
static void test_fixture(void){
  Store *p = fresh("t4.db");
  Arena a = ARENA_INIT;
  GoalStatus *aG;
  int n, nGoal, i, bTrade = 0;
  int64_t idD;
  Date at;
  static const char zBad[] =
    "{\"format\":\"accord-fixture-1\",\"sources\":["
    "{\"code\":\"a\",\"title\":\"A\"},{\"code\":\"b\",\"title\":\"B\"},"
    "{\"code\":\"c\",\"title\":\"C\",\"published_on\":\"2025-02-29\"}]}";
  /* store-4.1: a bad third item loads nothing and names itself */
  INT_EQ(fixture_load(p, zBad, strlen(zBad), "bad.json", &n, zErr,
                      sizeof(zErr)), ACC_INVALID);
  STR_HAS(zErr, "sources[2] (c): published_on");
  INT_EQ(store_item_count(p, ENT_SOURCE, -1, 0), 0);
  /* store-4.2: the demo loads */
  INT_EQ(fixture_load(p, zDemoFixture, zDemoFixture_len, "demo.json", &n,
                      zErr, sizeof(zErr)), ACC_OK);
  OK(n>300);
  INT_EQ(store_item_find_code(p, ENT_DIALOGUE, "us-rs", &idD), ACC_OK);
  INT_EQ(store_item_count(p, ENT_DIALOGUE, -1, 0), 10);
  /* store-4.3: every goal of the demo has a status and a sentence */
  date_parse("2026-11-23", &at);
  goalstat_dialogue(p, idD, at, &a, &aG, &nGoal);
  INT_EQ(nGoal, 17);
  for(i=0; i<nGoal; i++){
    const Value *pC = &aG[i].aGoal[model_field_find(ENT_GOAL, "code")];
    OK(aG[i].res.zWhy[0]!=0);
    if( strcmp(pC->z, "us-rs/goal/trade-10pct")==0 ){
      bTrade = 1;
      INT_EQ(aG[i].res.eStatus, STATUS_ON_TRACK);
      STR_HAS(aG[i].res.zWhy, "13.2 % in 2025");
    }
  }
  OK(bTrade);
  /* store-4.4: the demo's audit chain is intact */
  {
    int64_t nE, iBad;
    INT_EQ(store_audit_verify(p, &nE, &iBad, zErr, sizeof(zErr)), ACC_OK);
    OK(nE>=n);
  }
  /* store-4.5: backup is a readable copy */
  if( bPg ){
    store_close(p);
    arena_free(&a);
    return;
  }
  unlink("t4b.db");
  INT_EQ(store_backup(p, "t4b.db", zErr, sizeof(zErr)), ACC_OK);
  store_close(p);
  INT_EQ(store_open("t4b.db", 0, &p, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_item_count(p, ENT_GOAL, -1, 0), 17);
  store_close(p);
  arena_free(&a);
}

/* store-5: the bulk observation path. */
static void test_obs(void){
  Store *p = fresh("t5.db");
  int64_t idI, idS, id;
  const char *const azD[] = { "code", "d", "title", "D", "state",
                              "proposed", 0 };
  const char *const azI[] = { "dialogue_id", "d", "code", "i", "name",
    "Trade", "unit", "USD", "frequency", "month", 0 };
  const char *const azS[] = { "code", "s", "title", "Census", "url",
                              "https://example.org/x", 0 };
  OK(add(p, ENT_DIALOGUE, azD)>0);
  idI = add(p, ENT_INDICATOR, azI);
  idS = add(p, ENT_SOURCE, azS);
  OK(idI>0 && idS>0);
  INT_EQ(store_begin(p), ACC_OK);
  INT_EQ(store_obs_insert(p, idI, "2025-01", 1.5, idS, 0, zErr,
                          sizeof(zErr)), ACC_OK);
  INT_EQ(store_obs_insert(p, idI, "2025-01", 2.5, idS, "other", zErr,
                          sizeof(zErr)), ACC_OK);
  /* store-5.1: the same value from the same source twice is refused */
  INT_EQ(store_obs_insert(p, idI, "2025-01", 1.5, idS, 0, zErr,
                          sizeof(zErr)), ACC_CONFLICT);
  STR_HAS(zErr, "already recorded");
  INT_EQ(store_commit(p), ACC_OK);
  INT_EQ(store_item_count(p, ENT_OBSERVATION, -1, 0), 2);
  /* store-5.2: sources are found by title and URL */
  INT_EQ(store_source_find(p, "Census", "https://example.org/x", &id),
         ACC_OK);
  INT_EQ(id, idS);
  INT_EQ(store_source_find(p, "Census", 0, &id), ACC_NOTFOUND);
  store_close(p);
}

/* Add rows "YYYY-MM" of months i0..i1 (value i) to batch pB, flushing
** full batches; the row whose month is iDup gets the period and value of
** month iDupOf instead.  Returns the first flush failure (index in
** *piRow) or the last flush's result. */
static AccRc batch_rows(ObsBatch *pB, int64_t idI, int64_t idS, int i0,
                        int i1, int iDup, int iDupOf, int *piRow){
  int i;
  AccRc rc = ACC_OK;
  for(i=i0; i<=i1; i++){
    char zP[12];
    int m = i==iDup ? iDupOf : i;
    snprintf(zP, sizeof(zP), "%04d-%02d", 1000 + m/12, m%12 + 1);
    if( store_obs_batch_add(pB, idI, zP, m, idS, (i%3) ? 0 : "n")
        ==STORE_OBS_BATCH ){
      rc = store_obs_batch_flush(pB, piRow, zErr, sizeof(zErr));
      if( rc ) return rc;
    }
  }
  return store_obs_batch_flush(pB, piRow, zErr, sizeof(zErr));
}

/* store-6: observations in batches (what `accord import` uses). */
static void test_obs_batch(void){
  Store *p = fresh("t6.db");
  int64_t idI, idS;
  int iRow = -1;
  ObsBatch *pB;
  const char *const azD[] = { "code", "d", "title", "D", "state",
                              "proposed", 0 };
  const char *const azI[] = { "dialogue_id", "d", "code", "i", "name",
    "Trade", "unit", "USD", "frequency", "month", 0 };
  const char *const azS[] = { "code", "s", "title", "Census", 0 };
  OK(add(p, ENT_DIALOGUE, azD)>0);
  idI = add(p, ENT_INDICATOR, azI);
  idS = add(p, ENT_SOURCE, azS);
  /* store-6.1: 2 full batches and a partial one, some without a source */
  INT_EQ(store_begin_bulk(p), ACC_OK);
  pB = store_obs_batch_begin(p);
  INT_EQ(batch_rows(pB, idI, idS, 0, 59, -1, 0, &iRow), ACC_OK);
  INT_EQ(batch_rows(pB, idI, 0, 60, 119, -1, 0, &iRow), ACC_OK);
  INT_EQ(batch_rows(pB, idI, idS, 120, 122, -1, 0, &iRow), ACC_OK);
  store_obs_batch_end(pB);
  INT_EQ(store_commit(p), ACC_OK);
  INT_EQ(store_item_count(p, ENT_OBSERVATION, -1, 0), 123);
  INT_EQ(store_item_count(p, ENT_OBSERVATION,
                         model_field_find(ENT_OBSERVATION, "source_id"), idS), 63);
  /* store-6.2: a duplicate inside one full batch: its index, the period */
  INT_EQ(store_begin_bulk(p), ACC_OK);
  pB = store_obs_batch_begin(p);
  INT_EQ(batch_rows(pB, idI, idS, 200, 249, 230, 210, &iRow), ACC_CONFLICT);
  INT_EQ(iRow, 30);
  STR_HAS(zErr, "this value for 1017-07 from this source is already");
  store_obs_batch_end(pB);
  store_rollback(p);
  /* store-6.3: the first row of the second batch duplicates the last of
  ** the first, or a row already in the database */
  INT_EQ(store_begin_bulk(p), ACC_OK);
  pB = store_obs_batch_begin(p);
  INT_EQ(batch_rows(pB, idI, idS, 200, 299, 250, 249, &iRow), ACC_CONFLICT);
  INT_EQ(iRow, 0);
  store_obs_batch_end(pB);
  store_rollback(p);
  INT_EQ(store_begin_bulk(p), ACC_OK);
  pB = store_obs_batch_begin(p);
  INT_EQ(batch_rows(pB, idI, idS, 200, 299, 249, 5, &iRow), ACC_CONFLICT);
  INT_EQ(iRow, 49);
  store_obs_batch_end(pB);
  store_rollback(p);
  /* store-6.4: a duplicate in the last, partial batch */
  INT_EQ(store_begin_bulk(p), ACC_OK);
  pB = store_obs_batch_begin(p);
  INT_EQ(batch_rows(pB, idI, idS, 200, 322, 320, 201, &iRow), ACC_CONFLICT);
  INT_EQ(iRow, 20);
  store_obs_batch_end(pB);
  store_rollback(p);
  INT_EQ(store_item_count(p, ENT_OBSERVATION, -1, 0), 123);
  /* store-6.5: references are checked again after a bulk transaction */
  INT_EQ(store_begin_bulk(p), ACC_OK);
  store_rollback(p);
  INT_EQ(store_obs_insert(p, idI+1000, "2025-01", 1, 0, 0, zErr,
                          sizeof(zErr)), ACC_CONFLICT);
  INT_EQ(store_begin_bulk(p), ACC_OK);
  INT_EQ(store_commit(p), ACC_OK);
  INT_EQ(store_obs_insert(p, idI, "2025-01", 1, idS+1000, 0, zErr,
                          sizeof(zErr)), ACC_CONFLICT);
  INT_EQ(store_item_count(p, ENT_OBSERVATION, -1, 0), 123);
  store_close(p);
}

/* The number of rows of table zTable (a test may read the file). */
static int64_t rows_of(Store *p, const char *zSql){
  DbStmt *pS = p->pDrv->xPrepare(p->pDb, zSql);
  int64_t n = -1;
  if( p->pDrv->xStep(pS)==DB_ROW ) n = p->pDrv->xColumnInt(pS, 0);
  p->pDrv->xFinalize(pS);
  return n;
}

/* One failed attempt of zLogin from zIp at iNow (after its throttle
** check, as session.c does); returns the check's rc. */
static AccRc fail_once(Store *p, const char *zLogin, const char *zIp,
                       const char *zDevice, int64_t iNow, int *pnWait){
  LoginTry t;
  AccRc rc;
  memset(&t, 0, sizeof(t));
  t.zLogin = zLogin; t.zIp = zIp; t.zDevice = zDevice; t.iNow = iNow;
  rc = store_login_throttle(p, &t, pnWait);
  if( rc==ACC_OK ) store_login_record(p, &t, 0, 0);
  return rc;
}

/* store-7: the password policy. */
static void test_password(void){
  Store *p = fresh("t7.db");
  static const char *const azBad[] = {
    "12345678", "password123", "Password123!", "1234567890", "qwertyuiop",
    "P@ssw0rd2024", "aaaaaaaaaaaa", "abababababab", "Dragon2000!!",
    "iloveyou12345", 0
  };
  int i;
  for(i=0; azBad[i]; i++){
    zErr[0] = 0;
    INT_EQ(store_password_check("ana", azBad[i], zErr, sizeof(zErr)),
           ACC_INVALID);
    OK(strncmp(zErr, "password: ", 10)==0);
  }
  INT_EQ(store_password_check("ana.long.login", "ana.long.login", zErr,
                              sizeof(zErr)), ACC_INVALID);
  INT_EQ(store_password_check("ana", "correct horse battery", zErr,
                              sizeof(zErr)), ACC_OK);
  INT_EQ(store_password_check("ana", "mps6dnr5qfhdkm", zErr, sizeof(zErr)),
         ACC_OK);
  /* Ten characters, not bytes: "šđčćžšđčćž" is ten. */
  INT_EQ(store_password_check("ana", "\xc5\xa1\xc4\x91\xc4\x8d\xc4\x87"
                              "\xc5\xbe\xc5\xa1\xc4\x91\xc4\x8d\xc4\x87"
                              "\xc5\xbe", zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_account_add(p, "weak", "Weak", ROLE_OBSERVER, 0, "12345678",
                           0, zErr, sizeof(zErr)), ACC_INVALID);
  STR_HAS(zErr, "password");
  INT_EQ(rows_of(p, "SELECT count(*) FROM account"), 0);
  INT_EQ(store_account_add(p, "ana", "Ana", ROLE_OBSERVER, 0,
                           "correct horse battery", 0, zErr, sizeof(zErr)),
         ACC_OK);
  INT_EQ(store_account_password(p, "ana", "password123", zErr, sizeof(zErr)),
         ACC_INVALID);
  STR_HAS(zErr, "password");
  store_close(p);
}

/* store-8: login throttling and the retention of failures. */
static void test_login_throttle(void){
  Store *p = fresh("t8.db");
  char zDevice[TOKEN_HEX], zLong[80];
  Account acc;
  LoginTry t;
  int64_t iNow = 2000000000, i;
  int nWait = 0;
  INT_EQ(store_account_add(p, "ana", "Ana", ROLE_OBSERVER, 0,
                           "correct horse battery", 0, zErr, sizeof(zErr)),
         ACC_OK);
  INT_EQ(store_login_verify(p, "ana", "wrong horse battery", &acc),
         ACC_NOTFOUND);
  INT_EQ(store_login_verify(p, "nobody", "correct horse battery", &acc),
         ACC_NOTFOUND);
  INT_EQ(store_login_verify(p, "ana", "correct horse battery", &acc), ACC_OK);
  STR_EQ(acc.zLogin, "ana");

  /* store-8.1: ana logs in from her browser, which becomes known. */
  memset(&t, 0, sizeof(t));
  t.zLogin = "ana"; t.zIp = "192.0.2.1"; t.iNow = iNow;
  INT_EQ(store_login_throttle(p, &t, &nWait), ACC_OK);
  store_login_record(p, &t, &acc, zDevice);
  INT_EQ(strlen(zDevice), TOKEN_HEX-1);

  /* store-8.2: LOGIN_ACCOUNT_FREE failures from elsewhere (each from its
  ** own address), then the login waits 60 s, then 120 s. */
  for(i=0; i<LOGIN_ACCOUNT_FREE; i++){
    char zIp[32];
    snprintf(zIp, sizeof(zIp), "198.51.100.%d", (int)i);
    INT_EQ(fail_once(p, "ana", zIp, 0, iNow+i, &nWait), ACC_OK);
  }
  iNow += LOGIN_ACCOUNT_FREE-1;
  INT_EQ(fail_once(p, "ana", "203.0.113.7", 0, iNow, &nWait), ACC_BUSY);
  INT_EQ(nWait, 60);
  INT_EQ(fail_once(p, "ana", "203.0.113.7", 0, iNow+30, &nWait), ACC_BUSY);
  INT_EQ(nWait, 30);
  INT_EQ(fail_once(p, "ana", "203.0.113.7", 0, iNow+60, &nWait), ACC_OK);
  INT_EQ(fail_once(p, "ana", "203.0.113.7", 0, iNow+61, &nWait), ACC_BUSY);
  INT_EQ(nWait, 119);
  iNow += 60;

  /* store-8.3: her known device is never throttled for her ... */
  memset(&t, 0, sizeof(t));
  t.zLogin = "ana"; t.zIp = "203.0.113.7"; t.zDevice = zDevice; t.iNow = iNow;
  INT_EQ(store_login_throttle(p, &t, &nWait), ACC_OK);
  OK(t.iDevice!=0);
  /* ... but another token, or her token for another login, is not known. */
  t.zDevice = "0000000000000000000000000000000000000000000000000000000000000000";
  INT_EQ(store_login_throttle(p, &t, &nWait), ACC_BUSY);
  /* A known device loses its standing after LOGIN_DEVICE_FAILURES wrong
  ** passwords in a row; a success in between starts the count again. */
  for(i=0; i<LOGIN_DEVICE_FAILURES-1; i++){
    INT_EQ(fail_once(p, "ana", "192.0.2.1", zDevice, iNow, &nWait), ACC_OK);
  }
  t.zDevice = zDevice; t.zIp = "192.0.2.1";
  INT_EQ(store_login_throttle(p, &t, &nWait), ACC_OK);
  store_login_record(p, &t, &acc, zLong);
  STR_EQ(zLong, "");        /* a known device gets no new token */
  for(i=0; i<LOGIN_DEVICE_FAILURES; i++){
    INT_EQ(fail_once(p, "ana", "192.0.2.1", zDevice, iNow, &nWait), ACC_OK);
  }
  INT_EQ(fail_once(p, "ana", "192.0.2.1", zDevice, iNow, &nWait), ACC_BUSY);

  /* store-8.4: an address that failed LOGIN_ADDR_FREE times, on any
  ** logins, waits 1 s, then 2 s ...; other addresses do not. */
  iNow += 10;
  for(i=0; i<LOGIN_ADDR_FREE; i++){
    char zLogin[32];
    snprintf(zLogin, sizeof(zLogin), "guess-%d", (int)i);
    INT_EQ(fail_once(p, zLogin, "192.0.2.66", 0, iNow, &nWait), ACC_OK);
  }
  INT_EQ(fail_once(p, "someone", "192.0.2.66", 0, iNow, &nWait), ACC_BUSY);
  INT_EQ(nWait, 1);
  INT_EQ(fail_once(p, "someone", "192.0.2.66", 0, iNow+1, &nWait), ACC_OK);
  INT_EQ(fail_once(p, "someone", "192.0.2.66", 0, iNow+1, &nWait), ACC_BUSY);
  INT_EQ(nWait, 2);
  INT_EQ(fail_once(p, "someone", "192.0.2.67", 0, iNow+1, &nWait), ACC_OK);

  /* store-8.5: a login longer than LOGIN_MAX is refused and not kept. */
  memset(zLong, 'a', sizeof(zLong)-1);
  zLong[sizeof(zLong)-1] = 0;
  i = rows_of(p, "SELECT count(*) FROM login_failure");
  INT_EQ(fail_once(p, zLong, "192.0.2.99", 0, iNow, &nWait), ACC_INVALID);
  INT_EQ(rows_of(p, "SELECT count(*) FROM login_failure"), i);
  /* Failures keep a hash of the login, never the text. */
  INT_EQ(rows_of(p, "SELECT count(*) FROM login_failure WHERE"
                    " login_key LIKE '%guess%' OR login_key='ana'"), 0);
  INT_EQ(rows_of(p, "SELECT max(length(login_key)+length(ip))"
                    " FROM login_failure")<=64+48, 1);

  /* store-8.6: failures older than LOGIN_WINDOW go when one is written. */
  iNow += LOGIN_WINDOW+1;
  INT_EQ(fail_once(p, "late", "192.0.2.5", 0, iNow, &nWait), ACC_OK);
  INT_EQ(rows_of(p, "SELECT count(*) FROM login_failure"), 1);

  /* store-8.7: at most LOGIN_FAILURE_CAP rows, however many addresses. */
  INT_EQ(store_begin(p), ACC_OK);
  for(i=0; i<LOGIN_FAILURE_CAP+50; i++){
    char zIp[32];
    snprintf(zIp, sizeof(zIp), "10.%d.%d.%d", (int)(i>>16)&255,
             (int)(i>>8)&255, (int)i&255);
    memset(&t, 0, sizeof(t));
    t.zLogin = "x"; t.zIp = zIp; t.iNow = iNow;
    store_login_record(p, &t, 0, 0);
  }
  INT_EQ(store_commit(p), ACC_OK);
  OK(rows_of(p, "SELECT count(*) FROM login_failure")<=LOGIN_FAILURE_CAP);
  OK(rows_of(p, "SELECT count(*) FROM login_failure")>=LOGIN_FAILURE_CAP-1);
  store_close(p);
}

/* Set field zField of item id of entity e to the text zValue (parsed as
** the CLI would) as the store's actor.  Returns rc. */
static AccRc set_field(Store *p, int e, int64_t id, const char *zField,
                       const char *zValue){
  Arena a = ARENA_INIT;
  Value *aV;
  int f = model_field_find(e, zField);
  Class eSave = store_viewer(p);
  AccRc rc;
  store_set_viewer(p, CLASS_RESTRICTED);
  rc = store_item_get(p, e, id, &a, &aV);
  if( rc==ACC_OK ){
    rc = model_value_parse(&aEntity[e].aField[f], zValue, &aV[f], zErr,
                           sizeof(zErr));
  }
  if( rc==ACC_OK && aEntity[e].aField[f].eType==FT_REF ){
    rc = store_ref_resolve(p, aEntity[e].aField[f].eRef, &aV[f], zErr,
                           sizeof(zErr));
  }
  if( rc==ACC_OK ) rc = store_item_update(p, e, id, aV, zErr, sizeof(zErr));
  store_set_viewer(p, eSave);
  arena_free(&a);
  return rc;
}

/* A StoreHistFn: "action" or "action*" (redacted) and, if not redacted,
** the data, each followed by "|". */
static int hist_cb(void *pArg, const AuditEntry *pE, int bRedacted){
  Buf *pB = pArg;
  if( bRedacted ){
    buf_appendf(pB, "%s*|", pE->zAction);
  }else{
    buf_appendf(pB, "%s %s|", pE->zAction, pE->zData);
  }
  return 0;
}

/* The history of item id of entity e as reader eView, in pB (reset). */
static const char *hist_of(Store *p, Buf *pB, Class eView, int e,
                           int64_t id){
  Class eSave = store_viewer(p);
  buf_reset(pB);
  store_set_viewer(p, eView);
  if( store_item_history(p, e, id, 0, hist_cb, pB)!=ACC_OK ){
    buf_puts(pB, "(not found)");
  }
  store_set_viewer(p, eSave);
  return buf_str(pB);
}

/* store-7: an item's history, redacted by what the reader could see at
** each entry. */
static void test_history(void){
  Store *p = fresh("t7.db");
  Buf b = BUF_INIT;
  const char *z;
  int64_t idD, idR, idIR, idII, idO, idM, idDec, idK;
  const char *const azD[] = { "code", "d1", "title", "D", "state",
    "proposed", "classification", "public", 0 };
  const char *const azR[] = { "dialogue_id", "d1", "code", "r1",
    "description", "Quokka plan", "state", "open",
    "classification", "restricted", 0 };
  const char *const azIR[] = { "dialogue_id", "d1", "code", "ir", "name",
    "Secret series", "unit", "n", "frequency", "year", "aggregation", "sum",
    "classification", "restricted", 0 };
  const char *const azII[] = { "dialogue_id", "d1", "code", "ii", "name",
    "Open series", "unit", "n", "frequency", "year", "aggregation", "sum",
    "classification", "internal", 0 };
  const char *const azO[] = { "indicator_id", "ir", "period", "2025",
    "value", "913.25", "note", "Wombat note", "entered_by", "t",
    "entered_at", "2025-01-01T00:00:00Z", 0 };
  const char *const azM[] = { "dialogue_id", "d1", "code", "m1", "kind",
    "other", "title", "Numbat meeting", "state", "planned",
    "classification", "restricted", 0 };
  const char *const azK[] = { "dialogue_id", "d1", "code", "k1",
    "description", "Open risk", "state", "open",
    "classification", "public", 0 };
  idD = add(p, ENT_DIALOGUE, azD);
  idR = add(p, ENT_RISK, azR);
  idIR = add(p, ENT_INDICATOR, azIR);
  idII = add(p, ENT_INDICATOR, azII);
  idO = add(p, ENT_OBSERVATION, azO);
  idM = add(p, ENT_MEETING, azM);
  idK = add(p, ENT_RISK, azK);
  OK(idD>0 && idR>0 && idIR>0 && idII>0 && idO>0 && idM>0 && idK>0);
  {
    char zM[32];
    const char *azDec[] = { "meeting_id", zM, "text", "Bilby decision", 0 };
    snprintf(zM, sizeof(zM), "%lld", (long long)idM);
    idDec = add(p, ENT_DECISION, azDec);
    OK(idDec>0);
  }
  /* store-7.1: a risk downgraded: its restricted-era entries are hidden
  ** from an internal reader, the later ones shown */
  INT_EQ(set_field(p, ENT_RISK, idR, "description", "Quokka plan two"),
         ACC_OK);
  INT_EQ(set_field(p, ENT_RISK, idR, "classification", "internal"), ACC_OK);
  INT_EQ(set_field(p, ENT_RISK, idR, "description", "Open plan"), ACC_OK);
  z = hist_of(p, &b, CLASS_INTERNAL, ENT_RISK, idR);
  OK(strncmp(z, "update {\"description\":[\"Quokka plan two\",\"Open plan\"]}|"
             "update*|update*|insert*|", 200)==0);
  OK(strstr(hist_of(p, &b, CLASS_RESTRICTED, ENT_RISK, idR), "*")==0);
  STR_HAS(buf_str(&b), "Quokka plan\"");
  STR_EQ(hist_of(p, &b, CLASS_PUBLIC, ENT_RISK, idR), "(not found)");
  /* store-7.2: an observation moved off a restricted indicator */
  INT_EQ(set_field(p, ENT_OBSERVATION, idO, "indicator_id", "ii"), ACC_OK);
  INT_EQ(set_field(p, ENT_OBSERVATION, idO, "note", "Later note"), ACC_OK);
  /* (the note it still had when it moved became visible then) */
  z = hist_of(p, &b, CLASS_INTERNAL, ENT_OBSERVATION, idO);
  STR_EQ(z, "update {\"note\":[\"Wombat note\",\"Later note\"]}|update*|"
         "insert*|");
  STR_HAS(hist_of(p, &b, CLASS_RESTRICTED, ENT_OBSERVATION, idO),
          "Wombat note");
  /* store-7.3: a decision of a meeting restricted then, downgraded later */
  INT_EQ(set_field(p, ENT_DECISION, idDec, "text", "Bilby two"), ACC_OK);
  INT_EQ(set_field(p, ENT_MEETING, idM, "classification", "internal"),
         ACC_OK);
  INT_EQ(set_field(p, ENT_DECISION, idDec, "text", "Bilby three"), ACC_OK);
  z = hist_of(p, &b, CLASS_INTERNAL, ENT_DECISION, idDec);
  OK(strstr(z, "Bilby decision")==0);
  STR_HAS(z, "[\"Bilby two\",\"Bilby three\"]}|update*|insert*|");
  z = hist_of(p, &b, CLASS_INTERNAL, ENT_MEETING, idM);
  STR_HAS(z, "update*|insert*|");
  /* store-7.4: the public sees no entry of a risk that was never
  ** published (migration 010: the public reads approved versions only),
  ** public or not, before and after its dialogue's internal time */
  STR_EQ(hist_of(p, &b, CLASS_PUBLIC, ENT_RISK, idK), "(not found)");
  INT_EQ(set_field(p, ENT_DIALOGUE, idD, "classification", "internal"),
         ACC_OK);
  INT_EQ(set_field(p, ENT_RISK, idK, "description", "Open risk 2"), ACC_OK);
  INT_EQ(set_field(p, ENT_DIALOGUE, idD, "classification", "public"),
         ACC_OK);
  INT_EQ(set_field(p, ENT_RISK, idK, "description", "Open risk 3"), ACC_OK);
  STR_EQ(hist_of(p, &b, CLASS_PUBLIC, ENT_RISK, idK), "(not found)");
  STR_HAS(hist_of(p, &b, CLASS_RESTRICTED, ENT_RISK, idK),
          "[\"Open risk 2\",\"Open risk 3\"]");
  /* store-7.5: nLimit counts from the newest */
  {
    Buf c = BUF_INIT;
    store_set_viewer(p, CLASS_INTERNAL);
    INT_EQ(store_item_history(p, ENT_RISK, idR, 2, hist_cb, &c), ACC_OK);
    STR_EQ(buf_str(&c), "update {\"description\":[\"Quokka plan two\","
           "\"Open plan\"]}|update*|");
    store_set_viewer(p, CLASS_RESTRICTED);
    buf_free(&c);
  }
  buf_free(&b);
  store_close(p);
}

/* Create at zPath a database of schema version 5 (before migration 006)
** and run zSql on it, with the driver alone. */
static void old_db(const char *zPath, const char *zSql){
  Db *pDb = 0;
  char z[200];
  int i;
  unlink(zPath);
  snprintf(z, sizeof(z), "%s-wal", zPath); unlink(z);
  snprintf(z, sizeof(z), "%s-shm", zPath); unlink(z);
  if( sqliteDriver.xOpen(zPath, STORE_CREATE, &pDb, zErr, sizeof(zErr)) ){
    fprintf(stderr, "cannot create %s: %s\n", zPath, zErr);
    exit(1);
  }
  for(i=0; i<nSqliteMigration && aSqliteMigration[i].iVersion<=5; i++){
    char zSet[96];
    snprintf(zSet, sizeof(zSet), "PRAGMA user_version=%d; PRAGMA "
             "application_id=%d;", aSqliteMigration[i].iVersion,
             ACCORD_APPLICATION_ID);
    if( sqliteDriver.xExec(pDb, aSqliteMigration[i].zSql, zErr, sizeof(zErr))
     || sqliteDriver.xExec(pDb, zSet, zErr, sizeof(zErr)) ){
      fprintf(stderr, "migration %s: %s\n", aSqliteMigration[i].zName, zErr);
      exit(1);
    }
  }
  if( sqliteDriver.xExec(pDb, zSql, zErr, sizeof(zErr)) ){
    fprintf(stderr, "old_db: %s\n", zErr);
    exit(1);
  }
  sqliteDriver.xClose(pDb);
}

/* A StoreSearchFn that counts hits. */
static int search_cb(void *pArg, const char *zEntity, int64_t id,
                     const char *zSnippet){
  (void)zEntity; (void)id; (void)zSnippet;
  (*(int*)pArg)++;
  return 0;
}

/* store-8: ids are never given twice, also in a database made before
** migration 006. */
static void test_noreuse(void){
  Store *p = fresh("t8.db");
  Buf b = BUF_INIT;
  int64_t id1, id2, id3, id4;
  int n = 0;
  const char *const azS1[] = { "code", "s1", "title", "One", 0 };
  const char *const azS2[] = { "code", "s2", "title", "Two", 0 };
  const char *const azS3[] = { "code", "s3", "title", "Three", 0 };
  const char *const azS4[] = { "code", "s4", "title", "Four", 0 };
  /* store-8.1: deleting the newest item does not give its id again */
  id1 = add(p, ENT_SOURCE, azS1);
  id2 = add(p, ENT_SOURCE, azS2);
  INT_EQ(store_item_delete(p, ENT_SOURCE, id2, zErr, sizeof(zErr)), ACC_OK);
  id3 = add(p, ENT_SOURCE, azS3);
  OK(id1>0 && id3>id2);
  STR_EQ(hist_of(p, &b, CLASS_INTERNAL, ENT_SOURCE, id3),
         "insert {\"classification\":\"public\",\"code\":\"s3\",\"id\":3,"
         "\"note\":null,\"note_sr\":null,\"published_on\""
         ":null,\"publisher\":null,\"title\":\"Three\",\"url\":null}|");
  /* store-8.2: nor after reopening the database */
  INT_EQ(store_item_delete(p, ENT_SOURCE, id3, zErr, sizeof(zErr)), ACC_OK);
  store_close(p);
  INT_EQ(store_open("t8.db", 0, &p, zErr, sizeof(zErr)), ACC_OK);
  store_set_actor(p, "store-test");
  id4 = add(p, ENT_SOURCE, azS4);
  OK(id4>id3);
  store_close(p);
  if( bPg ){                 /* 8.3 migrates an SQLite file of schema 5 */
    buf_free(&b);
    return;
  }
  /* store-8.3: a database of schema 5 where an id was given twice: the
  ** migration keeps every id and row, the history of the item with the
  ** reused id is its own, and no id the audit log names is given again */
  old_db("t8b.db",
    "INSERT INTO dialogue(id, code, title, state, classification)"
    " VALUES(1, 'd1', 'D', 'proposed', 'internal');"
    "INSERT INTO meeting(id, dialogue_id, code, kind, title, state,"
    " classification) VALUES(1, 1, 'm1', 'other', 'Zebra meeting',"
    " 'planned', 'internal');"
    "INSERT INTO risk(id, dialogue_id, code, description, state,"
    " classification) VALUES(1, 1, 'r1', 'Kept', 'open', 'internal'),"
    " (2, 1, 'r2b', 'Reused', 'open', 'internal');"
    "INSERT INTO account(id, login, name, role, created_at)"
    " VALUES(1, 'admin', 'Admin', 'admin', '2025-01-01T00:00:00Z');"
    "INSERT INTO session(id, token_hash, account_id, csrf, created_at,"
    " expires_at) VALUES(1, 'h', 1, 'c', '2025-01-01', '2099-01-01');"
    "INSERT INTO audit_log(at, actor, action, entity, item_id, data,"
    " prev_hash, hash) VALUES"
    " ('2025-01-01T00:00:00Z', 't', 'insert', 'risk', 2, '{\"classification\""
    ":\"restricted\",\"description\":\"Old secret\",\"dialogue_id\":1,"
    "\"id\":2}', 'x', 'x'),"
    " ('2025-01-01T00:00:01Z', 't', 'delete', 'risk', 2, '{\"classification\""
    ":\"restricted\",\"description\":\"Old secret\",\"dialogue_id\":1,"
    "\"id\":2}', 'x', 'x'),"
    " ('2025-01-01T00:00:02Z', 't', 'insert', 'risk', 2, '{\"classification\""
    ":\"internal\",\"description\":\"Reused\",\"dialogue_id\":1,"
    "\"id\":2}', 'x', 'x'),"
    " ('2025-01-01T00:00:03Z', 't', 'insert', 'risk', 5, '{}', 'x', 'x'),"
    " ('2025-01-01T00:00:04Z', 't', 'delete', 'risk', 5, '{}', 'x', 'x'),"
    " ('2025-01-01T00:00:05Z', 't', 'insert', 'observation', 1,"
    " '{\"indicator_id\":1,\"note\":\"Old note\"}', 'x', 'x'),"
    " ('2025-01-01T00:00:06Z', 't', 'delete', 'observation', 1,"
    " '{\"indicator_id\":1,\"note\":\"Old note\"}', 'x', 'x');"
    "INSERT INTO indicator(id, dialogue_id, code, name, unit, frequency,"
    " aggregation, classification) VALUES(1, 1, 'i1', 'I', 'n', 'year',"
    " 'sum', 'internal');"
    "INSERT INTO observation(id, indicator_id, period, value, entered_by,"
    " entered_at) VALUES(1, 1, '2025', 1, 'import', '2025-01-02');");
  INT_EQ(store_open("t8b.db", 0, &p, zErr, sizeof(zErr)), ACC_OK);
  store_set_actor(p, "store-test");
  INT_EQ(store_schema_version(p),
         aSqliteMigration[nSqliteMigration-1].iVersion);
  INT_EQ(store_item_count(p, ENT_RISK, -1, 0), 2);
  {
    Arena a = ARENA_INIT;
    Value *aV;
    const char *const azR[] = { "dialogue_id", "d1", "code", "r3",
      "description", "New", "state", "open", 0 };
    INT_EQ(store_item_get(p, ENT_RISK, 2, &a, &aV), ACC_OK);
    STR_EQ(model_value(ENT_RISK, aV, "description")->z, "Reused");
    INT_EQ(store_item_get(p, ENT_MEETING, 1, &a, &aV), ACC_OK);
    arena_free(&a);
    STR_EQ(hist_of(p, &b, CLASS_RESTRICTED, ENT_RISK, 2),
           "insert {\"classification\":\"internal\",\"description\":"
           "\"Reused\",\"dialogue_id\":1,\"id\":2}|");
    INT_EQ(add(p, ENT_RISK, azR), 6);
    /* an observation imported with the id of one deleted before: no
    ** entry of its own, none of the earlier one's */
    STR_EQ(hist_of(p, &b, CLASS_RESTRICTED, ENT_OBSERVATION, 1), "");
  }
  /* the search triggers work on the rebuilt tables */
  INT_EQ(store_search(p, "zebra", search_cb, &n), ACC_OK);
  INT_EQ(n, 1);
  INT_EQ(set_field(p, ENT_MEETING, 1, "title", "Okapi meeting"), ACC_OK);
  n = 0;
  INT_EQ(store_search(p, "okapi", search_cb, &n), ACC_OK);
  INT_EQ(n, 1);
  n = 0;
  INT_EQ(store_search(p, "zebra", search_cb, &n), ACC_OK);
  INT_EQ(n, 0);
  store_close(p);
  /* the session was not deleted with the table of accounts, but 013
  ** ends the sessions no audit entry opened; the sequences start past
  ** every id the tables or the audit log name */
  OK(system("test \"$(sqlite3 t8b.db 'SELECT count(*) FROM session')\""
            " = 0")==0);
  OK(system("test \"$(sqlite3 t8b.db \"SELECT seq FROM sqlite_sequence"
            " WHERE name='risk'\")\" = 6")==0);
  OK(system("test \"$(sqlite3 t8b.db 'PRAGMA foreign_key_check')\" = ''")==0);
  buf_free(&b);
}

/* store-9: an update or removal made from a version of the item that is
** no longer current is refused (ACC_CONFLICT), checked in the write's
** transaction, and changes nothing. */
static void test_version(void){
  Store *p = fresh("t9.db");
  Arena a = ARENA_INIT;
  Value *aV;
  int64_t idD, v1, v2, iNow = 0, nAudit;
  int iTitle = model_field_find(ENT_DIALOGUE, "title");
  const char *const azD[] = { "code", "d9", "title", "Dialogue nine",
                              "state", "established", 0 };
  idD = add(p, ENT_DIALOGUE, azD);
  OK(idD>0);
  /* store-9.1: the version is the item's latest audit entry */
  v1 = store_item_version(p, ENT_DIALOGUE, idD);
  OK(v1>0);
  INT_EQ(store_item_version(p, ENT_DIALOGUE, idD+100), 0);
  /* store-9.2: an update from the current version goes through and makes
  ** a new version */
  INT_EQ(store_item_get(p, ENT_DIALOGUE, idD, &a, &aV), ACC_OK);
  aV[iTitle].z = "First writer";
  INT_EQ(store_item_update_if(p, ENT_DIALOGUE, idD, v1, &iNow, aV, zErr,
                              sizeof(zErr)), ACC_OK);
  v2 = store_item_version(p, ENT_DIALOGUE, idD);
  OK(v2>v1);
  nAudit = store_data_version(p);
  /* store-9.3: one from the old version is refused, says so, and changes
  ** nothing: not the item, not the audit log */
  aV[iTitle].z = "Second writer";
  INT_EQ(store_item_update_if(p, ENT_DIALOGUE, idD, v1, &iNow, aV, zErr,
                              sizeof(zErr)), ACC_CONFLICT);
  INT_EQ(iNow, v2);
  STR_HAS(zErr, "changed by someone else");
  INT_EQ(store_item_get(p, ENT_DIALOGUE, idD, &a, &aV), ACC_OK);
  STR_EQ(aV[iTitle].z, "First writer");
  INT_EQ(store_data_version(p), nAudit);
  /* store-9.4: inside a transaction the caller opened, the same */
  INT_EQ(store_begin(p), ACC_OK);
  aV[iTitle].z = "Second writer";
  INT_EQ(store_item_update_if(p, ENT_DIALOGUE, idD, v1, 0, aV, zErr,
                              sizeof(zErr)), ACC_CONFLICT);
  store_rollback(p);
  /* store-9.5: a removal from the old version is refused; from the
  ** current one it goes through */
  iNow = 0;
  INT_EQ(store_item_delete_if(p, ENT_DIALOGUE, idD, v1, &iNow, zErr,
                              sizeof(zErr)), ACC_CONFLICT);
  INT_EQ(iNow, v2);
  INT_EQ(store_item_get(p, ENT_DIALOGUE, idD, &a, &aV), ACC_OK);
  INT_EQ(store_data_version(p), nAudit);
  /* store-9.6: without an expected version (0) writes go through as
  ** before */
  aV[iTitle].z = "Unchecked";
  INT_EQ(store_item_update_if(p, ENT_DIALOGUE, idD, 0, 0, aV, zErr,
                              sizeof(zErr)), ACC_OK);
  INT_EQ(store_item_delete_if(p, ENT_DIALOGUE, idD,
                              store_item_version(p, ENT_DIALOGUE, idD), 0,
                              zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_item_get(p, ENT_DIALOGUE, idD, &a, &aV), ACC_NOTFOUND);
  arena_free(&a);
  store_close(p);
}

/* store-10: a connection's page cache stays within STORE_CACHE_KIB however
** big the database grows (a server's connections live as long as it). */
static void test_cache_bound(void){
  Store *p = fresh("t10.db");
  char zTitle[1600], zCode[20];
  const char *const azD[] = { "code", zCode, "title", zTitle,
                              "state", "established", 0 };
  int i, n = 0;
  int64_t nBound = (int64_t)STORE_CACHE_KIB*1024, nUsed;
  FILE *pF;
  long nFile = 0;
  if( bPg ){                 /* SQLite's page cache; PostgreSQL's is the
                             ** server's shared buffers */
    store_close(p);
    return;
  }
  memset(zTitle, 't', sizeof(zTitle)-1);
  zTitle[sizeof(zTitle)-1] = 0;
  INT_EQ(store_begin(p), ACC_OK);
  for(i=0; i<3000; i++){
    snprintf(zCode, sizeof(zCode), "m%d", i);
    if( add(p, ENT_DIALOGUE, azD)>0 ) n++;
  }
  INT_EQ(store_commit(p), ACC_OK);
  INT_EQ(n, 3000);
  store_close(p);
  /* store-10.1: the database is larger than the bound (the checkpoint at
  ** close moved every page into the file) */
  pF = fopen("t10.db", "rb");
  if( pF && fseek(pF, 0, SEEK_END)==0 ) nFile = ftell(pF);
  if( pF ) fclose(pF);
  OK(nFile>3*nBound);
  /* store-10.2: reading every row leaves the cache near its bound, not
  ** the size of the file (each page has some bookkeeping beside its 4 KiB,
  ** hence the eighth more) */
  INT_EQ(store_open("t10.db", 0, &p, zErr, sizeof(zErr)), ACC_OK);
  n = 0;
  INT_EQ(store_item_each(p, ENT_DIALOGUE, -1, 0, count_cb, &n), ACC_OK);
  INT_EQ(n, 3000);
  nUsed = store_cache_bytes(p);
  OK(nUsed>nBound/2);
  OK(nUsed<=nBound + nBound/8);
  store_close(p);
  /* store-10.3: a connection given a smaller bound (the server's) keeps
  ** to it */
  INT_EQ(store_open("t10.db", 0, &p, zErr, sizeof(zErr)), ACC_OK);
  store_cache_limit(p, 512);
  n = 0;
  INT_EQ(store_item_each(p, ENT_DIALOGUE, -1, 0, count_cb, &n), ACC_OK);
  INT_EQ(n, 3000);
  nUsed = store_cache_bytes(p);
  OK(nUsed>256*1024);
  OK(nUsed<=512*1024 + 512*1024/8);
  store_close(p);
}
#include "store_sign.c"
#include "store_grant.c"
#include "store_cell.c"
#include "store_report.c"
#include "store_search.c"
/* Collect store_pending_each() rows as "kind:id:approved " text. */
static int pending_cb(void *pArg, const StorePending *sp){
  Buf *pB = pArg;
  buf_appendf(pB, "%s:%lld:%d ", aEntity[sp->e].zName, (long long)sp->id,
              sp->bApproved);
  return 0;
}
static const char *pending_of(Store *p, Buf *pB, int64_t idParty){
  buf_free(pB);
  buf_puts(pB, "");
  store_pending_each(p, idParty, pending_cb, pB);
  return buf_str(pB);
}

/* The name of area id as the public reads it, or "(none)". */
static const char *public_name(Store *p, Arena *pA, int64_t id){
  Value *aV;
  const char *z = "(none)";
  store_set_viewer(p, CLASS_PUBLIC);
  if( store_item_get(p, ENT_AREA, id, pA, &aV)==ACC_OK ){
    z = model_value(ENT_AREA, aV, "name")->z;
  }
  store_set_viewer(p, CLASS_RESTRICTED);
  return z;
}

/* Approve item id of entity e as account pAcc, signing with the key
** sealed with the test accounts' password (store_approve()). */
static AccRc approve_pw(Store *p, int e, int64_t id, const Account *pAcc){
  char zHash[SIGN_HASH_HEX];
  int64_t iV = 0;
  SignReq r;
  AccRc rc = store_content_hash(p, aEntity[e].zName, id, &iV, zHash);
  if( rc ) return rc;
  memset(&r, 0, sizeof(r));
  r.zHash = zHash;
  r.zPassword = "a-long-password";
  store_set_actor(p, pAcc->zLogin);
  return store_approve(p, e, id, pAcc, &r, zErr, sizeof(zErr));
}

/* store-10: publication (publish.c): the public reads the version every
** party approved; store_pending_each() lists what awaits approval. */
static void test_publish(void){
  Store *p = fresh("tpub.db");
  Arena a = ARENA_INIT;
  Buf b = BUF_INIT;
  Account c1, c2;
  int64_t idD, idP1, idP2, idA;
  char zPend[200];
  idD = add(p, ENT_DIALOGUE, (const char *const[]){ "code", "d",
            "title", "D", "state", "proposed", "classification", "public",
            0 });
  idP1 = add(p, ENT_PARTY, (const char *const[]){ "dialogue_id", "d",
             "code", "d/1", "name", "One", 0 });
  idP2 = add(p, ENT_PARTY, (const char *const[]){ "dialogue_id", "d",
             "code", "d/2", "name", "Two", 0 });
  idA = add(p, ENT_AREA, (const char *const[]){ "dialogue_id", "d",
            "code", "d/a", "area_set", "s", "name", "Area one", 0 });
  OK(idD && idP1 && idP2 && idA);
  INT_EQ(store_account_add(p, "c1", "C1", ROLE_COCHAIR, idP1,
                           "a-long-password", 0, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_account_add(p, "c2", "C2", ROLE_COCHAIR, idP2,
                           "a-long-password", 0, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_account_get(p, "c1", &c1), ACC_OK);
  INT_EQ(store_account_get(p, "c2", &c2), ACC_OK);
  {
    SigningKey k;
    INT_EQ(store_key_create(p, "c1", 0, "a-long-password", &k, zErr,
                            sizeof(zErr)), ACC_OK);
    INT_EQ(store_key_create(p, "c2", 0, "a-long-password", &k, zErr,
                            sizeof(zErr)), ACC_OK);
  }
  /* store-10.1: nothing is public before every party approved it */
  STR_EQ(public_name(p, &a, idA), "(none)");
  snprintf(zPend, sizeof(zPend), "dialogue:%lld:0 party:%lld:0 "
           "party:%lld:0 area:%lld:0 ", (long long)idD, (long long)idP1,
           (long long)idP2, (long long)idA);
  STR_EQ(pending_of(p, &b, idP1), zPend);
  INT_EQ(approve_pw(p, ENT_AREA, idA, &c1), ACC_OK);
  OK(strstr(pending_of(p, &b, idP1), "area:")!=0);
  OK(strstr(pending_of(p, &b, idP1), ":1 ")!=0);
  INT_EQ(store_pub_version(p, ENT_AREA, idA, 0, 0), 0);
  INT_EQ(approve_pw(p, ENT_AREA, idA, &c2), ACC_OK);
  OK(store_pub_version(p, ENT_AREA, idA, 0, 0)!=0);
  OK(strstr(pending_of(p, &b, idP2), "area:")==0);
  /* the dialogue is not published yet: its area is not public either */
  STR_EQ(public_name(p, &a, idA), "(none)");
  INT_EQ(approve_pw(p, ENT_DIALOGUE, idD, &c1),
         ACC_OK);
  INT_EQ(approve_pw(p, ENT_DIALOGUE, idD, &c2),
         ACC_OK);
  STR_EQ(public_name(p, &a, idA), "Area one");
  /* store-10.2: an edit is a draft; the public keeps the approved name */
  INT_EQ(set_field(p, ENT_AREA, idA, "name", "Area draft"), ACC_OK);
  STR_EQ(public_name(p, &a, idA), "Area one");
  OK(strstr(pending_of(p, &b, idP1), "area:")!=0);
  OK(!store_item_published(p, ENT_AREA, idA));
  INT_EQ(approve_pw(p, ENT_AREA, idA, &c1), ACC_OK);
  STR_EQ(public_name(p, &a, idA), "Area one");
  INT_EQ(approve_pw(p, ENT_AREA, idA, &c2), ACC_OK);
  STR_EQ(public_name(p, &a, idA), "Area draft");
  OK(store_item_published(p, ENT_AREA, idA));
  /* store-10.3: a delete removes the public version */
  INT_EQ(store_item_delete(p, ENT_AREA, idA, zErr, sizeof(zErr)), ACC_OK);
  STR_EQ(public_name(p, &a, idA), "(none)");
  INT_EQ(store_audit_verify(p, &(int64_t){0}, &(int64_t){0}, zErr,
                            sizeof(zErr)), ACC_OK);
  buf_free(&b);
  arena_free(&a);
  store_close(p);
}

int main(void){
  bPg = getenv("ACCORD_PG_TEST")!=0;
  test_open();
  test_items();
  test_audit();
  test_fixture();
  test_obs();
  test_obs_batch();
  test_password();
  test_login_throttle();
  test_history();
  test_noreuse();
  test_version();
  test_cache_bound();
  test_sign();
  test_publish();
  test_grant();
  test_cell();
  test_report_cut();
  test_search_serbian();
  HARNESS_END("store");
}
