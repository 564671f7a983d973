/*
** cmd_key.c: signing keys from the command line (src/store/sign.h).
**
**   accord key create LOGIN [--party P] [--password-fd N]
**   accord key create --offline -o FILE
**   accord key add LOGIN --public HEX [--password-fd N]
**   accord key list [--party P] [--json]
**   accord --as COCHAIR key designate LOGIN --party P [--password-fd N]
**   accord key rotate LOGIN [--party P] [--password-fd N]
**   accord key replace LOGIN [--party P] [--password-fd N]
**   accord --as COCHAIR key acknowledge ID [--password-fd N]
**   accord key export --public [-o FILE]
**
** The password asked is that of the key's holder (create, add, rotate,
** replace) or of the co-chair who signs the event (designate,
** acknowledge: the account of --as).
*/
#include "cli.h"
#include "../store/sign.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Resolve --party (a code or an id) into *piParty. */
static int party_opt(Store *pStore, const char *zParty, int64_t *piParty){
  Value v;
  char zErr[300];
  *piParty = 0;
  if( zParty==0 ) return 0;
  v.eType = VAL_TEXT;
  v.z = zParty;
  if( zParty[0]>='0' && zParty[0]<='9' ){
    v.eType = VAL_INT;
    v.i = strtoll(zParty, 0, 10);
  }
  if( store_ref_resolve(pStore, ENT_PARTY, &v, zErr, sizeof(zErr)) ){
    return cli_error(ACC_INVALID, "--party: %s", zErr);
  }
  *piParty = v.i;
  return 0;
}

/* A key as JSON. */
static json_t *key_json(const SigningKey *k){
  return json_pack("{s:I,s:s,s:s,s:s,s:s,s:o,s:o,s:s,s:b,s:o}",
    "id", (json_int_t)k->id, "login", k->zLogin, "party", k->zParty,
    "public_key", k->zPublic, "state", k->zState,
    "valid_from", k->zValidFrom[0] ? json_string(k->zValidFrom) : json_null(),
    "valid_to", k->zValidTo[0] ? json_string(k->zValidTo) : json_null(),
    "origin", k->zOrigin, "on_server", k->bSealed,
    "by_key_id", k->iByKey ? json_integer(k->iByKey) : json_null());
}

/* State of `key list` and `key export`. */
typedef struct KeyCtx {
  Cli *p;
  json_t *pArr;       /* --json, export */
  Table *pTab;
} KeyCtx;

static int key_visit(void *pArg, const SigningKey *k){
  KeyCtx *c = pArg;
  if( c->pArr ){
    json_array_append_new(c->pArr, key_json(k));
  }else{
    table_cellf(c->pTab, "%lld", (long long)k->id);
    table_cell(c->pTab, cli_text(c->p, k->zLogin));
    table_cell(c->pTab, cli_text(c->p, k->zParty));
    table_cell(c->pTab, k->zState);
    table_cell(c->pTab, k->zOrigin);
    table_cell(c->pTab, k->zValidFrom);
    table_cell(c->pTab, k->zValidTo);
    table_cell(c->pTab, k->bSealed ? "server" : "offline");
    table_cell(c->pTab, k->zPublic);
  }
  return 0;
}

/* Print a key that was made or changed. */
static void key_print(const char *zWhat, const SigningKey *k){
  printf("%s key %lld of %s for %s: %s, public key %s\n", zWhat,
         (long long)k->id, k->zLogin, k->zParty, k->zState, k->zPublic);
}

/* `key create --offline -o FILE`: a key pair on this machine. */
static int key_offline(const char *zOut){
  char zPub[SIGN_PK_HEX], zSec[SIGN_SK_HEX];
  int fd;
  FILE *out;
  if( zOut==0 ) return cli_usage("key", "key create --offline: give -o FILE "
                                 "for the secret key");
  fd = open(zOut, O_WRONLY|O_CREAT|O_EXCL, 0600);
  if( fd<0 ){
    return cli_error(ACC_IO, "-o: cannot create %s: %s", zOut,
                     strerror(errno));
  }
  sign_keypair(zPub, zSec);
  out = fdopen(fd, "w");
  if( out==0 || fprintf(out, "%s\n", zSec)<0 || fclose(out)!=0 ){
    sodium_memzero(zSec, sizeof(zSec));
    return cli_error(ACC_IO, "cannot write %s", zOut);
  }
  sodium_memzero(zSec, sizeof(zSec));
  printf("%s\n", zPub);
  fprintf(stderr, "accord: the secret key is in %s (keep it safe); "
          "register the public key above on the server with\n"
          "  accord key add LOGIN --public %s\n", zOut, zPub);
  return 0;
}

int cmd_key(Cli *p, int argc, char **argv){
  const char *zParty = 0, *zPwFd = 0, *zPublic = 0, *zOut = 0, *zArg = 0;
  const char *zVerb;
  char zPw[1100], zErr[600], zPrompt[160];
  int i, rc = 0, bJson = 0, bOffline = 0, bPublicOnly = 0;
  int64_t iParty = 0;
  Store *pStore;
  SigningKey k;
  Account acc;
  AccRc arc = ACC_OK;
  if( argc<2 ) return cli_usage("key", "key: create, add, list, designate, "
                                "rotate, replace, acknowledge or export?");
  zVerb = argv[1];
  for(i=2; i<argc; ){
    int r;
    if( strcmp(argv[i], "--json")==0 ){ bJson = 1; i++; continue; }
    if( strcmp(argv[i], "--offline")==0 ){ bOffline = 1; i++; continue; }
    if( strcmp(argv[i], "--public")==0 && strcmp(zVerb, "export")==0 ){
      bPublicOnly = 1; i++; continue;
    }
    if( strcmp(argv[i], "-o")==0 && i+1<argc ){
      zOut = argv[i+1];
      i += 2;
      continue;
    }
    if( (r = cli_opt_value(argc, argv, &i, "party", &zParty))!=0
     || (r = cli_opt_value(argc, argv, &i, "password-fd", &zPwFd))!=0
     || (r = cli_opt_value(argc, argv, &i, "public", &zPublic))!=0
     || (r = cli_opt_value(argc, argv, &i, "output", &zOut))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    if( argv[i][0]!='-' && zArg==0 ){ zArg = argv[i++]; continue; }
    return cli_usage("key", "key %s: unexpected %s", zVerb, argv[i]);
  }
  if( strcmp(zVerb, "create")==0 && bOffline ) return key_offline(zOut);
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  zPw[0] = 0;
  if( (rc = party_opt(pStore, zParty, &iParty))!=0 ) goto out;
  if( strcmp(zVerb, "list")==0 || strcmp(zVerb, "export")==0 ){
    KeyCtx c;
    static const char *const azHead[] = { "id", "login", "party", "state",
      "origin", "valid from", "valid to", "secret", "public key" };
    memset(&c, 0, sizeof(c));
    c.p = p;
    if( strcmp(zVerb, "export")==0 ){
      FILE *out = stdout;
      json_t *pDoc;
      char *z;
      if( !bPublicOnly ){
        rc = cli_usage("key", "key export: only --public keys are "
                       "exported");
        goto out;
      }
      c.pArr = json_array();
      store_key_each(pStore, iParty, key_visit, &c);
      pDoc = json_pack("{s:s,s:o}", "format", "accord-public-keys-v1",
                       "keys", c.pArr);
      z = json_dumps(pDoc, JSON_INDENT(2)|JSON_SORT_KEYS);
      json_decref(pDoc);
      if( zOut && (out = fopen(zOut, "w"))==0 ){
        free(z);
        rc = cli_error(ACC_IO, "-o: cannot write %s: %s", zOut,
                       strerror(errno));
        goto out;
      }
      fprintf(out, "%s\n", z);
      if( out!=stdout ) fclose(out);
      free(z);
    }else if( bJson ){
      c.pArr = json_array();
      store_key_each(pStore, iParty, key_visit, &c);
      json_dumpf(c.pArr, stdout, JSON_INDENT(2));
      printf("\n");
      json_decref(c.pArr);
    }else{
      c.pTab = table_new(9, azHead);
      store_key_each(pStore, iParty, key_visit, &c);
      table_print(c.pTab, stdout, 64);
      table_free(c.pTab);
    }
    goto out;
  }
  if( zArg==0 ){
    rc = cli_usage("key", "key %s: give %s", zVerb,
                   strcmp(zVerb, "acknowledge")==0 ? "the key's ID"
                   : "the holder's LOGIN");
    goto out;
  }
  if( strcmp(zVerb, "designate")==0 || strcmp(zVerb, "acknowledge")==0 ){
    if( store_account_get(pStore, p->zActor, &acc) ){
      rc = cli_error(ACC_INVALID, "no account \"%s\": give the co-chair's "
                     "login with --as", p->zActor);
      goto out;
    }
    snprintf(zPrompt, sizeof(zPrompt), "Password of %s, to sign: ",
             acc.zLogin);
  }else{
    snprintf(zPrompt, sizeof(zPrompt), "Password of %s: ", zArg);
  }
  if( strcmp(zVerb, "create")!=0 && strcmp(zVerb, "add")!=0
   && strcmp(zVerb, "designate")!=0 && strcmp(zVerb, "rotate")!=0
   && strcmp(zVerb, "replace")!=0 && strcmp(zVerb, "acknowledge")!=0 ){
    rc = cli_usage("key", "key: no such verb \"%s\"", zVerb);
    goto out;
  }
  if( strcmp(zVerb, "add")==0 && zPublic==0 ){
    rc = cli_usage("key", "key add: give --public HEX");
    goto out;
  }
  if( strcmp(zVerb, "designate")==0 && zParty==0 ){
    rc = cli_usage("key", "key designate: give --party P");
    goto out;
  }
  if( (rc = cli_read_password(zPwFd, zPrompt, zPw, sizeof(zPw)))!=0 ){
    goto out;
  }
  if( strcmp(zVerb, "create")==0 ){
    store_set_actor(pStore, zArg);
    arc = store_key_create(pStore, zArg, iParty, zPw, &k, zErr,
                           sizeof(zErr));
    if( arc==ACC_OK ){
      key_print("created", &k);
      if( strcmp(k.zState, "pending")==0 ){
        printf("it signs once a co-chair of %s designates it:\n  accord "
               "--as COCHAIR key designate %s --party %s\n", k.zParty,
               k.zLogin, k.zParty);
      }
    }
  }else if( strcmp(zVerb, "add")==0 ){
    store_set_actor(pStore, zArg);
    arc = store_key_add(pStore, zArg, zPublic, zPw, &k, zErr, sizeof(zErr));
    if( arc==ACC_OK ) key_print("registered", &k);
  }else if( strcmp(zVerb, "designate")==0 ){
    store_set_actor(pStore, acc.zLogin);
    arc = store_key_designate(pStore, zArg, iParty, &acc, zPw, &k, zErr,
                              sizeof(zErr));
    if( arc==ACC_OK ) key_print("designated", &k);
  }else if( strcmp(zVerb, "rotate")==0 ){
    store_set_actor(pStore, zArg);
    arc = store_key_rotate(pStore, zArg, iParty, zPw, &k, zErr,
                           sizeof(zErr));
    if( arc==ACC_OK ) key_print("handed over to", &k);
  }else if( strcmp(zVerb, "replace")==0 ){
    store_set_actor(pStore, zArg);
    arc = store_key_replace(pStore, zArg, iParty, zPw, &k, zErr,
                            sizeof(zErr));
    if( arc==ACC_OK ){
      key_print("made", &k);
      printf("it signs once a co-chair of another party acknowledges it:\n"
             "  accord --as COCHAIR key acknowledge %lld\n", (long long)k.id);
    }
  }else{
    char *zEnd;
    int64_t iKey = strtoll(zArg, &zEnd, 10);
    if( *zEnd || iKey<=0 ){
      rc = cli_error(ACC_INVALID, "ID: expected a key's number, got \"%s\"",
                     zArg);
      goto out;
    }
    store_set_actor(pStore, acc.zLogin);
    arc = store_key_acknowledge(pStore, iKey, &acc, zPw, zErr, sizeof(zErr));
    if( arc==ACC_OK && store_key_get(pStore, iKey, &k)==ACC_OK ){
      key_print("acknowledged", &k);
    }
  }
  if( arc ) rc = cli_error(arc, "key %s: %s", zVerb, zErr);
out:
  sodium_memzero(zPw, sizeof(zPw));
  store_close(pStore);
  return rc;
}
