/*
** cmd_db.c: commands on the database as a whole: init, demo, load,
** backup, log, verify.
*/
#include "cli.h"
#include "../store/account.h"
#include "../store/fixture.h"

#include <sodium.h>

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int cmd_init(Cli *p, int argc, char **argv){
  Store *pStore;
  int rc;
  (void)argv;
  if( argc!=1 ) return cli_usage("init", "init takes no arguments");
  pStore = cli_open(p, STORE_CREATE|STORE_MUSTBENEW, &rc);
  if( pStore==0 ) return rc;
  printf("created %s (schema version %d)\n", p->zDb,
         store_schema_version(pStore));
  store_close(pStore);
  return 0;
}

/* Remove a database file and its WAL companions. */
static void db_unlink(const char *zDb){
  char *z;
  unlink(zDb);
  z = acc_malloc(strlen(zDb) + 5);
  sprintf(z, "%s-wal", zDb);
  unlink(z);
  sprintf(z, "%s-shm", zDb);
  unlink(z);
  free(z);
}

/* The demo's accounts: one per role, co-chairs and secretariats for each
** party of the US-Serbia dialogue. */
static const struct DemoAccount {
  const char *zLogin, *zName, *zParty;
  Role eRole;
} aDemoAccount[] = {
  { "admin",          "Administrator",            0,          ROLE_ADMIN },
  { "us-cochair",     "US co-chair",              "us-rs/us", ROLE_COCHAIR },
  { "rs-cochair",     "Serbian co-chair",         "us-rs/rs", ROLE_COCHAIR },
  { "us-secretariat", "US secretariat",           "us-rs/us", ROLE_SECRETARIAT },
  { "rs-secretariat", "Serbian secretariat",      "us-rs/rs", ROLE_SECRETARIAT },
  { "wg-lead",        "Working-group lead",       0,          ROLE_WG_LEAD },
  { "wg-member",      "Working-group member",     0,          ROLE_WG_MEMBER },
  { "observer",       "Observer",                 0,          ROLE_OBSERVER },
};

/* Create the demo accounts with random passwords and print them. */
static AccRc demo_accounts(Store *pStore, int bPrint, char *zErr, int nErr){
  size_t i, k;
  static const char zAlpha[] = "abcdefghjkmnpqrstuvwxyz23456789";
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  if( bPrint ){
    printf("Demo accounts (passwords are new each time; keep them):\n");
  }
  for(i=0; i<sizeof(aDemoAccount)/sizeof(aDemoAccount[0]); i++){
    const struct DemoAccount *d = &aDemoAccount[i];
    char zPw[15];
    int64_t iParty = 0;
    AccRc rc;
    for(k=0; k<sizeof(zPw)-1; k++){
      zPw[k] = zAlpha[randombytes_uniform(sizeof(zAlpha)-1)];
    }
    zPw[sizeof(zPw)-1] = 0;
    if( d->zParty
     && store_item_find_code(pStore, ENT_PARTY, d->zParty, &iParty) ){
      snprintf(zErr, nErr, "demo: no party %s", d->zParty);
      return ACC_NOTFOUND;
    }
    rc = store_account_add(pStore, d->zLogin, d->zName, d->eRole, iParty,
                           zPw, 0, zErr, nErr);
    if( rc ) return rc;
    if( bPrint ){
      printf("  %-15s %-15s %s\n", d->zLogin, zPw, azRoleLabel[d->eRole]);
    }
  }
  return ACC_OK;
}

/* Approve item id of entity e by both demo co-chairs. */
static AccRc demo_approve_item(Store *pStore, int e, int64_t id,
                               const Account *aCo, char *zErr, int nErr){
  int k;
  AccRc rc = ACC_OK;
  for(k=0; k<2 && rc==ACC_OK; k++){
    store_set_actor(pStore, aCo[k].zLogin);
    rc = store_approve(pStore, e, id, &aCo[k], zErr, nErr);
  }
  return rc;
}

/* Whether item aVal of entity e is classified public. */
static int demo_is_public(int e, const Value *aVal){
  int i = model_field_find(e, "classification");
  return i<0 || (aVal[i].eType==VAL_TEXT && strcmp(aVal[i].z, "public")==0);
}

/* The demo's joint approvals, so that the public sees something: both
** co-chairs approve the parties, the dialogue, its areas, working
** groups, indicators, roadmap steps, meetings and decisions, every public
** goal and the public documents, and a data release of every indicator
** up to 2026-07 (which publishes their observations).  Risks stay
** unpublished.  All in one function, so that approvals can become signed
** ones in one place. */
static AccRc demo_approvals(Store *pStore, char *zErr, int nErr){
  static const int aKind[] = {
    ENT_PARTY, ENT_DIALOGUE, ENT_AREA, ENT_WG, ENT_INDICATOR, ENT_STEP,
    ENT_MEETING, ENT_DECISION, ENT_GOAL, ENT_DOCUMENT, ENT_RELEASE
  };
  Account aCo[2];
  Value aRel[MAX_FIELDS];
  int64_t idD = 0, idRel = 0;
  size_t k;
  int i;
  AccRc rc;
  if( store_account_get(pStore, "us-cochair", &aCo[0])
   || store_account_get(pStore, "rs-cochair", &aCo[1])
   || store_item_find_code(pStore, ENT_DIALOGUE, "us-rs", &idD) ){
    snprintf(zErr, nErr, "demo: no co-chairs or no dialogue us-rs");
    return ACC_NOTFOUND;
  }
  rc = store_begin(pStore);
  if( rc ){
    snprintf(zErr, nErr, "the database is busy");
    return rc;
  }
  memset(aRel, 0, sizeof(aRel));
  for(i=0; i<aEntity[ENT_RELEASE].nField; i++){
    const char *zF = aEntity[ENT_RELEASE].aField[i].zName;
    Value *pV = &aRel[i];
    if( strcmp(zF, "dialogue_id")==0 ){
      pV->eType = VAL_INT;
      pV->i = idD;
    }else if( strcmp(zF, "code")==0 ){
      pV->eType = VAL_TEXT;
      pV->z = "us-rs/release/2026-07";
    }else if( strcmp(zF, "title")==0 ){
      pV->eType = VAL_TEXT;
      pV->z = "US-Serbia figures up to 2026-07";
    }else if( strcmp(zF, "up_to")==0 ){
      pV->eType = VAL_TEXT;
      pV->z = "2026-07";
    }else if( strcmp(zF, "classification")==0 ){
      pV->eType = VAL_TEXT;
      pV->z = "public";
    }
  }
  rc = store_item_insert(pStore, ENT_RELEASE, aRel, &idRel, zErr, nErr);
  for(k=0; k<sizeof(aKind)/sizeof(aKind[0]) && rc==ACC_OK; k++){
    IdList ids = IDLIST_INIT;
    int e = aKind[k];
    store_item_each(pStore, e, -1, 0, store_row_collect_id, &ids);
    for(i=0; i<ids.n && rc==ACC_OK; i++){
      Arena a = ARENA_INIT;
      Value *aVal;
      if( store_pub_dialogue(pStore, e, ids.a[i])==idD
       && store_item_get(pStore, e, ids.a[i], &a, &aVal)==ACC_OK
       && ((e!=ENT_GOAL && e!=ENT_DOCUMENT) || demo_is_public(e, aVal)) ){
        rc = demo_approve_item(pStore, e, ids.a[i], aCo, zErr, nErr);
      }
      arena_free(&a);
    }
    free(ids.a);
  }
  if( rc==ACC_OK ) rc = store_commit(pStore);
  if( rc ) store_rollback(pStore);
  store_set_actor(pStore, "demo fixture");
  return rc;
}

int cmd_demo(Cli *p, int argc, char **argv){
  Store *pStore;
  char zErr[800];
  int rc, nItem, bForce = 0, bAccounts = 1, i;
  AccRc arc;
  for(i=1; i<argc; i++){
    if( strcmp(argv[i], "--force")==0 ) bForce = 1;
    else if( strcmp(argv[i], "--no-accounts")==0 ) bAccounts = 0;
    else return cli_usage("demo", "demo: unexpected %s", argv[i]);
  }
  if( access(p->zDb, F_OK)==0 ){
    if( !bForce ){
      return cli_error(ACC_CONFLICT, "%s already exists; use --force to "
                       "replace it with the demo, or --db to choose "
                       "another file", p->zDb);
    }
    db_unlink(p->zDb);
  }
  pStore = cli_open(p, STORE_CREATE|STORE_MUSTBENEW, &rc);
  if( pStore==0 ) return rc;
  store_set_actor(pStore, "demo fixture");
  arc = fixture_load(pStore, zDemoFixture, zDemoFixture_len, "demo.json",
                     &nItem, zErr, sizeof(zErr));
  if( arc==ACC_OK ){
    printf("created %s: the US-Serbia strategic dialogue (%d items)\n\n",
           p->zDb, nItem);
  }
  if( arc==ACC_OK && bAccounts ){
    arc = demo_accounts(pStore, 1, zErr, sizeof(zErr));
    printf("\n");
  }
  if( arc==ACC_OK && bAccounts ){
    arc = demo_approvals(pStore, zErr, sizeof(zErr));
  }
  store_close(pStore);
  if( arc ){
    db_unlink(p->zDb);
    return cli_error(arc, "%s", zErr);
  }
  {
    char *azArg[4];
    azArg[0] = "status";
    azArg[1] = "--dialogue";
    azArg[2] = "us-rs";
    azArg[3] = 0;
    return cmd_status(p, 3, azArg);
  }
}

/* Read a whole file into a Buf.  ACC_IO with zErr on failure. */
static AccRc read_file(const char *zPath, Buf *pB, char *zErr, int nErr){
  FILE *in = strcmp(zPath, "-")==0 ? stdin : fopen(zPath, "rb");
  char aBuf[65536];
  size_t n;
  if( in==0 ){
    snprintf(zErr, nErr, "cannot open %s: %s", zPath, strerror(errno));
    return ACC_IO;
  }
  while( (n = fread(aBuf, 1, sizeof(aBuf), in))>0 ) buf_append(pB, aBuf, n);
  if( ferror(in) ){
    snprintf(zErr, nErr, "cannot read %s", zPath);
    if( in!=stdin ) fclose(in);
    return ACC_IO;
  }
  if( in!=stdin ) fclose(in);
  return ACC_OK;
}

int cmd_load(Cli *p, int argc, char **argv){
  Store *pStore;
  Buf b = BUF_INIT;
  char zErr[800];
  int rc, nItem;
  AccRc arc;
  if( argc!=2 ) return cli_usage("load", "load: give one FILE.json");
  arc = read_file(argv[1], &b, zErr, sizeof(zErr));
  if( arc ) return cli_error(arc, "%s", zErr);
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ){
    buf_free(&b);
    return rc;
  }
  arc = fixture_load(pStore, buf_str(&b), b.n, argv[1], &nItem, zErr,
                     sizeof(zErr));
  store_close(pStore);
  buf_free(&b);
  if( arc ) return cli_error(arc, "%s (nothing was loaded)", zErr);
  printf("loaded %d items from %s\n", nItem, argv[1]);
  return 0;
}

int cmd_backup(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zOut = 0;
  char zErr[400];
  int i, rc, bForce = 0;
  AccRc arc;
  for(i=1; i<argc; i++){
    if( strcmp(argv[i], "--force")==0 ) bForce = 1;
    else if( zOut==0 ) zOut = argv[i];
    else return cli_usage("backup", "backup: give one FILE");
  }
  if( zOut==0 ) return cli_usage("backup", "backup: give the FILE to write");
  if( access(zOut, F_OK)==0 && !bForce ){
    return cli_error(ACC_CONFLICT, "%s already exists; use --force to "
                     "overwrite it", zOut);
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  arc = store_backup(pStore, zOut, zErr, sizeof(zErr));
  store_close(pStore);
  if( arc ) return cli_error(arc, "%s", zErr);
  printf("backed up %s to %s\n", p->zDb, zOut);
  return 0;
}

/* State of `accord log`. */
typedef struct LogCtx {
  Cli *p;
  int bJson;
  json_t *pArr;
} LogCtx;

static int log_row(void *pArg, const AuditEntry *pE){
  LogCtx *c = pArg;
  if( c->bJson ){
    json_t *pObj = json_object();
    json_object_set_new(pObj, "id", json_integer(pE->id));
    json_object_set_new(pObj, "at", json_string(pE->zAt));
    json_object_set_new(pObj, "actor", json_string(pE->zActor));
    json_object_set_new(pObj, "action", json_string(pE->zAction));
    json_object_set_new(pObj, "entity", json_string(pE->zEntity));
    json_object_set_new(pObj, "item_id", pE->iItem
                        ? json_integer(pE->iItem) : json_null());
    json_object_set_new(pObj, "data", json_string(pE->zData));
    json_object_set_new(pObj, "hash", json_string(pE->zHash));
    json_array_append_new(c->pArr, pObj);
  }else{
    /* The data is JSON (C0 controls escaped) but may hold DEL and C1
    ** controls; the actor is any text. */
    Cli *p = c->p;
    printf("%6lld  %s  %-14s %-7s %s %lld  %.*s%s\n", (long long)pE->id,
           cli_text(p, pE->zAt), cli_text(p, pE->zActor),
           cli_text(p, pE->zAction), cli_text(p, pE->zEntity),
           (long long)pE->iItem, 90, cli_text(p, pE->zData),
           strlen(pE->zData)>90 ? "..." : "");
  }
  return 0;
}

int cmd_log(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zLimit = "20", *zEntity = 0;
  int64_t iItem = 0;
  LogCtx c;
  int i, rc, r;
  char *zEnd;
  long nLimit;
  memset(&c, 0, sizeof(c));
  c.p = p;
  for(i=1; i<argc; ){
    if( strcmp(argv[i], "--json")==0 ){ c.bJson = 1; i++; continue; }
    r = cli_opt_value(argc, argv, &i, "limit", &zLimit);
    if( r<0 ) return EXIT_USAGE;
    if( r>0 ) continue;
    if( zEntity==0 && i+1<argc && model_entity_find(argv[i])>=0 ){
      zEntity = aEntity[model_entity_find(argv[i])].zName;
      iItem = strtoll(argv[i+1], &zEnd, 10);
      if( *zEnd || iItem<=0 ){
        return cli_usage("log", "log: expected an item id, got \"%s\"",
                         argv[i+1]);
      }
      i += 2;
      continue;
    }
    return cli_usage("log", "log: unexpected %s", argv[i]);
  }
  nLimit = strtol(zLimit, &zEnd, 10);
  if( *zEnd || nLimit<1 ){
    return cli_usage("log", "--limit: expected a positive number, got "
                     "\"%s\"", zLimit);
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( c.bJson ) c.pArr = json_array();
  store_audit_each(pStore, zEntity, iItem, (int)nLimit, log_row, &c);
  if( c.bJson ){
    json_dumpf(c.pArr, stdout, JSON_INDENT(2));
    printf("\n");
    json_decref(c.pArr);
  }
  store_close(pStore);
  return 0;
}

int cmd_verify(Cli *p, int argc, char **argv){
  Store *pStore;
  char zErr[400];
  int64_t n, iBad;
  int rc;
  AccRc arc;
  (void)argv;
  if( argc!=1 ) return cli_usage("verify", "verify takes no arguments");
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  arc = store_audit_verify(pStore, &n, &iBad, zErr, sizeof(zErr));
  store_close(pStore);
  if( arc ) return cli_error(arc, "audit log NOT intact: %s", zErr);
  printf("audit log intact: %lld entries, hash chain verified\n",
         (long long)n);
  return 0;
}
