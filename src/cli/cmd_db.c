/*
** cmd_db.c: commands on the database as a whole: init, demo, load,
** backup, log (verify is in cmd_verify.c, migrate in cmd_migrate.c).
*/
#include "cli.h"
#include "../core/l10n.h"
#include "../store/account.h"
#include "../store/fixture.h"
#include "../store/migrate.h"
#include "../store/sign.h"

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

/* The demo's accounts: one per role, co-chairs and secretariats for each
** party of the US-Serbia dialogue.  The working group's lead and member
** are observers with a grant for one group (grant.c): the lead of the
** Security and Defense group, cleared for its restricted goals; a member
** of the Energy and Environment group, who cannot touch the trade
** figures of the economic group. */
static const struct DemoAccount {
  const char *zLogin, *zName, *zParty;
  Role eRole;
  const char *zWg;       /* a grant for this working group, or NULL */
  Role eWgRole;
  Class eWgClear;
} aDemoAccount[] = {
  { "admin",          "Administrator",            0,          ROLE_ADMIN,
    0, 0, 0 },
  { "us-cochair",     "US co-chair",              "us-rs/us", ROLE_COCHAIR,
    0, 0, 0 },
  { "rs-cochair",     "Serbian co-chair",         "us-rs/rs", ROLE_COCHAIR,
    0, 0, 0 },
  { "us-secretariat", "US secretariat",           "us-rs/us",
    ROLE_SECRETARIAT, 0, 0, 0 },
  { "rs-secretariat", "Serbian secretariat",      "us-rs/rs",
    ROLE_SECRETARIAT, 0, 0, 0 },
  { "wg-lead",        "Working-group lead",       0,          ROLE_OBSERVER,
    "us-rs/wg/security-defense", ROLE_WG_LEAD, CLASS_RESTRICTED },
  { "wg-member",      "Working-group member",     0,          ROLE_OBSERVER,
    "us-rs/wg/energy-env", ROLE_WG_MEMBER, CLASS_INTERNAL },
  { "observer",       "Observer",                 0,          ROLE_OBSERVER,
    0, 0, 0 },
};

#define DEMO_PW 15    /* room for a demo password */

/* Create the demo accounts with random passwords and print them; each
** password goes to azPw[i] too. */
static AccRc demo_accounts(Store *pStore, int bPrint, char azPw[][DEMO_PW],
                           char *zErr, int nErr){
  size_t i, k;
  static const char zAlpha[] = "abcdefghjkmnpqrstuvwxyz23456789";
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  if( bPrint ){
    printf("Demo accounts (passwords are new each time; keep them):\n");
  }
  for(i=0; i<sizeof(aDemoAccount)/sizeof(aDemoAccount[0]); i++){
    const struct DemoAccount *d = &aDemoAccount[i];
    char *zPw = azPw[i];
    int64_t iParty = 0;
    AccRc rc;
    for(k=0; k<DEMO_PW-1; k++){
      zPw[k] = zAlpha[randombytes_uniform(sizeof(zAlpha)-1)];
    }
    zPw[DEMO_PW-1] = 0;
    if( d->zParty
     && store_item_find_code(pStore, ENT_PARTY, d->zParty, &iParty) ){
      snprintf(zErr, nErr, "demo: no party %s", d->zParty);
      return ACC_NOTFOUND;
    }
    rc = store_account_add(pStore, d->zLogin, d->zName, d->eRole, iParty,
                           zPw, 0, zErr, nErr);
    if( rc ) return rc;
    if( d->zWg ){
      int64_t iWg = 0;
      if( store_item_find_code(pStore, ENT_WG, d->zWg, &iWg) ){
        snprintf(zErr, nErr, "demo: no working group %s", d->zWg);
        return ACC_NOTFOUND;
      }
      rc = store_grant_add(pStore, d->zLogin, d->eWgRole, 0, iWg,
                           (int)d->eWgClear, zErr, nErr);
      if( rc ) return rc;
    }
    if( bPrint ){
      printf("  %-15s %-15s %s%s%s\n", d->zLogin, zPw,
             azRoleLabel[d->zWg ? d->eWgRole : d->eRole],
             d->zWg ? ", " : "", d->zWg ? d->zWg : "");
    }
  }
  return ACC_OK;
}

#define N_DEMO_ACCOUNT \
  (sizeof(aDemoAccount)/sizeof(aDemoAccount[0]))

/* A demo co-chair who signs: their key, unsealed once. */
typedef struct DemoSigner {
  Account acc;
  int64_t iKey;
  char zSecret[SIGN_SK_HEX];
  char zParty[80], zDial[80];
} DemoSigner;

/* Whether item aVal of entity e is classified public. */
static int demo_is_public(int e, const Value *aVal){
  int i = model_field_find(e, "classification");
  return i<0 || (aVal[i].eType==VAL_TEXT && strcmp(aVal[i].z, "public")==0);
}

/* The demo's data release: every indicator of dialogue idD up to
** 2026-07, approved with the rest (demo_approve()). */
static AccRc demo_release(Store *pStore, int64_t idD, char *zErr, int nErr){
  Value aRel[MAX_FIELDS];
  int64_t idRel = 0;
  int i;
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
    }else if( strcmp(zF, "title_sr")==0 ){
      pV->eType = VAL_TEXT;
      pV->z = "Podaci SAD i Srbije do jula 2026.";
    }else if( strcmp(zF, "up_to")==0 ){
      pV->eType = VAL_TEXT;
      pV->z = "2026-07";
    }else if( strcmp(zF, "classification")==0 ){
      pV->eType = VAL_TEXT;
      pV->z = "public";
    }
  }
  return store_item_insert(pStore, ENT_RELEASE, aRel, &idRel, zErr, nErr);
}

/* Approve (zEntity, id) as signer s, through the path of `accord approve
** --signature` (store_approve() with a signature made with the key). */
static AccRc demo_sign(Store *pStore, DemoSigner *s, int e,
                       const char *zEntity, int64_t id, char *zErr, int nErr){
  char zHash[SIGN_HASH_HEX], zSig[SIGN_SIG_HEX];
  int64_t iV = 0;
  Buf m = BUF_INIT;
  SignReq r;
  AccRc rc = store_content_hash(pStore, zEntity, id, &iV, zHash);
  if( rc ){
    snprintf(zErr, nErr, "demo: no %s %lld", zEntity, (long long)id);
    return rc;
  }
  sign_approval_message(&m, zEntity, id, iV, zHash, s->zParty, s->zDial);
  sign_detached(s->zSecret, buf_str(&m), strlen(buf_str(&m)), zSig);
  buf_free(&m);
  memset(&r, 0, sizeof(r));
  r.zHash = zHash;
  r.iKey = s->iKey;
  r.zSignature = zSig;
  store_set_actor(pStore, s->acc.zLogin);
  if( e>=0 ) return store_approve(pStore, e, id, &s->acc, &r, zErr, nErr);
  return store_report_approve(pStore, id, &s->acc, &r, zErr, nErr);
}

/* The demo's joint record: a signing key for each co-chair (sealed with
** the password printed), and both co-chairs' signed approvals of the
** parties, the dialogue, its areas, working groups, indicators and the
** dimensions of their breakdowns (038_dimension.sql), roadmap
** steps, meetings, decisions, benefits and the goals' links to them,
** every public goal, document, narrative and project and what belongs to
** every project (the public sees it only with its project), the goals'
** life events, what fulfils the roadmap's steps and the cross-walk of
** the two sets of areas (027_planlife.sql), a data
** release of every indicator up to 2026-07 (which publishes their
** observations), and of the public report of the last full quarter, with
** a signed checkpoint of each.  Risks stay unpublished. */
static AccRc demo_approve(Cli *p, Store *pStore, char azPw[][DEMO_PW],
                          char *zErr, int nErr){
  static const int aKind[] = {
    ENT_PARTY, ENT_DIALOGUE, ENT_AREA, ENT_WG, ENT_INDICATOR,
    ENT_DIMENSION, ENT_DIM_VALUE, ENT_STEP,
    ENT_MEETING, ENT_DECISION, ENT_GOAL, ENT_DOCUMENT, ENT_RELEASE,
    ENT_PROJECT, ENT_PROJECT_GOAL, ENT_PROJECT_PARTY, ENT_FUNDING,
    ENT_ACTIVITY, ENT_PROJECT_LINK, ENT_BENEFIT, ENT_GOAL_BENEFIT,
    ENT_NARRATIVE, ENT_GOAL_EVENT, ENT_FULFIL, ENT_CROSSWALK
  };
  DemoSigner aS[2];
  SigningKey k;
  int64_t idD = 0, iVersion = 0;
  AccRc rc = ACC_OK;
  size_t i;
  int n = 0, j;
  memset(aS, 0, sizeof(aS));
  for(i=0; i<N_DEMO_ACCOUNT && rc==ACC_OK; i++){
    const struct DemoAccount *d = &aDemoAccount[i];
    DemoSigner *s;
    if( d->eRole!=ROLE_COCHAIR || n>=2 ) continue;
    s = &aS[n++];
    store_set_actor(pStore, d->zLogin);
    rc = store_key_create(pStore, d->zLogin, 0, azPw[i], &k, zErr, nErr);
    if( rc==ACC_OK ){
      rc = store_key_unseal(pStore, k.id, azPw[i], s->zSecret, zErr, nErr);
    }
    if( rc==ACC_OK ){
      store_account_get(pStore, d->zLogin, &s->acc);
      s->iKey = k.id;
      store_party_codes(pStore, s->acc.iParty, s->zParty, sizeof(s->zParty),
                        s->zDial, sizeof(s->zDial), &idD);
    }
  }
  if( rc ) return rc;
  rc = demo_release(pStore, idD, zErr, nErr);
  if( rc ) return rc;
  if( store_begin(pStore) ){
    snprintf(zErr, nErr, "the database is busy");
    return ACC_BUSY;
  }
  for(i=0; i<sizeof(aKind)/sizeof(aKind[0]) && rc==ACC_OK; i++){
    IdList ids = IDLIST_INIT;
    int e = aKind[i], m;
    store_item_each(pStore, e, -1, 0, store_row_collect_id, &ids);
    for(m=0; m<ids.n && rc==ACC_OK; m++){
      Arena a = ARENA_INIT;
      Value *aVal;
      if( store_pub_dialogue(pStore, e, ids.a[m])==idD
       && store_item_get(pStore, e, ids.a[m], &a, &aVal)==ACC_OK
       && ((e!=ENT_GOAL && e!=ENT_DOCUMENT && e!=ENT_PROJECT
            && e!=ENT_NARRATIVE)
           || demo_is_public(e, aVal)) ){
        for(j=0; rc==ACC_OK && j<n; j++){
          rc = demo_sign(pStore, &aS[j], e, aEntity[e].zName, ids.a[m],
                         zErr, nErr);
        }
      }
      arena_free(&a);
    }
    free(ids.a);
  }
  if( rc==ACC_OK ) rc = store_commit(pStore);
  else store_rollback(pStore);
  /* The public report of the last full quarter, built from what was just
  ** approved, issued once both sign it. */
  if( rc==ACC_OK && cli_report_issue_public(p, pStore, &iVersion)==0 ){
    for(j=0; rc==ACC_OK && j<n; j++){
      rc = demo_sign(pStore, &aS[j], -1, "report", iVersion, zErr, nErr);
    }
  }
  for(j=0; rc==ACC_OK && j<n; j++){
    store_set_actor(pStore, aS[j].acc.zLogin);
    if( store_begin(pStore) ){
      snprintf(zErr, nErr, "the database is busy");
      rc = ACC_BUSY;
      break;
    }
    rc = store_checkpoint_add(pStore, aS[j].iKey, aS[j].acc.iParty,
                              aS[j].zSecret, 0, zErr, nErr);
    if( rc==ACC_OK ) rc = store_commit(pStore);
    else store_rollback(pStore);
  }
  for(j=0; j<2; j++) sodium_memzero(aS[j].zSecret, sizeof(aS[j].zSecret));
  return rc;
}

int cmd_demo(Cli *p, int argc, char **argv){
  Store *pStore;
  char zErr[800];
  int rc, nItem, bForce = 0, bAccounts = 1, i;
  char azPw[N_DEMO_ACCOUNT][DEMO_PW];
  AccRc arc;
  for(i=1; i<argc; i++){
    if( strcmp(argv[i], "--force")==0 ) bForce = 1;
    else if( strcmp(argv[i], "--no-accounts")==0 ) bAccounts = 0;
    else return cli_usage("demo", "demo: unexpected %s", argv[i]);
  }
  if( store_db_exists(p->zDb) ){
    if( !bForce ){
      return cli_error(ACC_CONFLICT, "%s already exists; use --force to "
                       "replace it with the demo, or --db to choose "
                       "another file", p->zDb);
    }
    /* On PostgreSQL, Accord's objects of the database's schema. */
    arc = store_db_remove(p->zDb, zErr, sizeof(zErr));
    if( arc ) return cli_error(arc, "--force: %s", zErr);
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
    arc = demo_accounts(pStore, 1, azPw, zErr, sizeof(zErr));
    printf("\n");
  }
  if( arc==ACC_OK && bAccounts ){
    arc = demo_approve(p, pStore, azPw, zErr, sizeof(zErr));
    if( arc==ACC_OK ){
      printf("Both co-chairs signed their approval of the dialogue, its "
             "public items, a data\nrelease up to 2026-07 and the public "
             "report of the last quarter\n(`accord key list`, `accord "
             "verify`).\n\n");
    }
  }
  sodium_memzero(azPw, sizeof(azPw));
  store_close(pStore);
  if( arc ){
    char zRm[300];
    store_db_remove(p->zDb, zRm, sizeof(zRm));
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
  const char *zFile = 0;
  int rc, nItem, i, flags = 0;
  AccRc arc;
  for(i=1; i<argc; i++){
    if( strcmp(argv[i], "--items-only")==0 ){
      flags |= FIXTURE_ITEMS_ONLY;
    }else if( zFile==0 && (argv[i][0]!='-' || strcmp(argv[i], "-")==0) ){
      zFile = argv[i];
    }else{
      return cli_usage("load", "load: unexpected %s", argv[i]);
    }
  }
  if( zFile==0 ) return cli_usage("load", "load: give one FILE.json");
  arc = read_file(zFile, &b, zErr, sizeof(zErr));
  if( arc ) return cli_error(arc, "%s", zErr);
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ){
    buf_free(&b);
    return rc;
  }
  arc = fixture_load_ex(pStore, buf_str(&b), b.n, zFile, &flags, &nItem,
                        zErr, sizeof(zErr));
  store_close(pStore);
  buf_free(&b);
  if( arc ) return cli_error(arc, "%s (nothing was loaded)", zErr);
  if( flags & FIXTURE_RESTORED ){
    printf("restored the installation of %s: %d rows, with accounts, "
           "approvals, keys, issued reports and the audit log\n", zFile,
           nItem);
  }else{
    printf("loaded %d items from %s\n", nItem, zFile);
  }
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
    const char *zAt = pE->zAt, *zAction = pE->zAction;
    const char *zEntity = pE->zEntity;
    char zTime[L10N_TIMESZ];
    int64_t t;
    if( cli_lang()!=L10N_EN ){
      /* A Serbian reader: the time in Belgrade with its zone, the action
      ** and the kind in words of the interface (as the history pages). */
      int eE = model_entity_find(pE->zEntity);
      if( l10n_stamp_parse(pE->zAt, &t)==0 ){
        zAt = l10n_time(t, l10n_tz_default(cli_lang()), cli_lang(), zTime);
      }
      zAction = cli_tr(pE->zAction);
      if( eE>=0 ) zEntity = cli_tr(aEntity[eE].zTitle);
    }
    printf("%6lld  %s  %-14s %-7s %s %lld  %.*s%s\n", (long long)pE->id,
           cli_text(p, zAt), cli_text(p, pE->zActor),
           cli_text(p, zAction), cli_text(p, zEntity),
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
