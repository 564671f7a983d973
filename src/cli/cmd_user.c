/*
** cmd_user.c: accounts and API tokens from the command line.
**
**   accord user add LOGIN --name NAME --role ROLE [--party P] [--password-stdin]
**   accord user list
**   accord user password LOGIN [--password-stdin] [--revoke-tokens]
**   accord user set LOGIN [--role R] [--party CODE|none] [--name N] [--lang L]
**                         [--person CODE|none]
**   accord user disable LOGIN | enable LOGIN | rm LOGIN
**   accord token add LOGIN [--label TEXT] [--calendar]   (calendar key)
**   accord token list [LOGIN]
**   accord token rm ID
**
** Every change is an audit entry of the account (account_admin.c).
*/
#include "cli.h"
#include "../store/account.h"
#include "../store/home.h"
#include "../store/sign.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Read a password: from standard input (one line) when bStdin or when it
** is not a terminal, else by prompting without echo. */
static int read_password(int bStdin, char *zOut, int nOut){
  if( bStdin || !isatty(0) ){
    size_t n;
    if( fgets(zOut, nOut, stdin)==0 ) return -1;
    n = strlen(zOut);
    while( n>0 && (zOut[n-1]=='\n' || zOut[n-1]=='\r') ) zOut[--n] = 0;
    return 0;
  }else{
    char *z = getpass("Password: ");
    if( z==0 ) return -1;
    snprintf(zOut, nOut, "%s", z);
    return 0;
  }
}

/* What print_account() needs: the run, and the store to name parties. */
typedef struct UserList {
  Cli *p;
  Store *pStore;
} UserList;

/* One line of `user list`: login, role, the party's code ("-" for none)
** and name. */
static int print_account(void *pArg, const Account *a, const char *zLast){
  UserList *u = pArg;
  const char *zParty = "-";
  Value *aP;
  (void)zLast;
  if( a->iParty && store_item_get(u->pStore, ENT_PARTY, a->iParty,
                                  &u->p->arena, &aP)==ACC_OK ){
    const Value *v = model_value(ENT_PARTY, aP, "code");
    if( v->eType==VAL_TEXT ) zParty = v->z;
  }else if( a->iParty ){
    zParty = arena_printf(&u->p->arena, "%lld", (long long)a->iParty);
  }
  printf("%-20s %-12s %-12s %s%s\n", cli_text(u->p, a->zLogin),
         azRoleName[a->eRole], cli_text(u->p, zParty),
         cli_text(u->p, a->zName), a->bDisabled ? "  (disabled)" : "");
  return 0;
}

/* Resolve --party (a code, an id, or "none" for 0) into *piParty. */
static int party_arg(Store *pStore, const char *zParty, int64_t *piParty){
  Value v;
  char zErr[300];
  if( strcmp(zParty, "none")==0 ){
    *piParty = 0;
    return 0;
  }
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

/* The role named by --role, or prints why not and returns -1. */
static int role_arg(const char *zRole){
  int eRole = access_role_parse(zRole);
  if( eRole<=ROLE_PUBLIC ){
    cli_error(ACC_INVALID, "--role: expected observer, wg_member, "
              "wg_lead, cochair, secretariat or admin, got \"%s\"", zRole);
    return -1;
  }
  return eRole;
}

int cmd_user(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zName = 0, *zRole = 0, *zParty = 0, *zLogin = 0;
  char zPw[256], zErr[300];
  const char *zLang = 0, *zPerson = 0;
  int i, rc, bStdin = 0, bRevoke = 0, eRole, nEnded = 0;
  int bLost = 0, bCur = 0, nLocked = 0;
  char zCur[256], zCmd[40];
  Account acc;
  int64_t iParty = 0;
  AccRc arc;
  static const char zWhat[] = "user: add, list, password, set, disable, "
                              "enable or rm?";
  if( argc<2 ) return cli_usage("user", zWhat);
  for(i=2; i<argc; ){
    int r;
    if( strcmp(argv[i], "--password-stdin")==0 ){ bStdin = 1; i++; continue; }
    if( strcmp(argv[i], "--revoke-tokens")==0 ){ bRevoke = 1; i++; continue; }
    if( strcmp(argv[i], "--lost")==0 ){ bLost = 1; i++; continue; }
    if( (r = cli_opt_value(argc, argv, &i, "name", &zName))!=0
     || (r = cli_opt_value(argc, argv, &i, "role", &zRole))!=0
     || (r = cli_opt_value(argc, argv, &i, "lang", &zLang))!=0
     || (r = cli_opt_value(argc, argv, &i, "party", &zParty))!=0
     || (r = cli_opt_value(argc, argv, &i, "person", &zPerson))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    if( zLogin==0 && argv[i][0]!='-' ){ zLogin = argv[i++]; continue; }
    return cli_usage("user", "user: unexpected %s", argv[i]);
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  snprintf(zCmd, sizeof(zCmd), "user %s", argv[1]);
  if( (rc = cli_as_admin(p, zCmd, strcmp(argv[1], "password")==0 ? zLogin
                                                                   : 0)) ){
    store_close(pStore);
    return rc;
  }
  if( strcmp(argv[1], "list")==0 ){
    UserList u;
    u.p = p;
    u.pStore = pStore;
    printf("%-20s %-12s %-12s %s\n", "login", "role", "party", "name");
    store_account_list(pStore, print_account, &u);
    rc = 0;
  }else if( strcmp(argv[1], "add")==0 ){
    if( zLogin==0 || zName==0 || zRole==0 ){
      rc = cli_usage("user", "user add: give LOGIN, --name and --role");
      goto out;
    }
    if( (eRole = role_arg(zRole))<0 ){
      rc = cli_exit_code(ACC_INVALID);
      goto out;
    }
    if( zParty && (rc = party_arg(pStore, zParty, &iParty))!=0 ) goto out;
    if( read_password(bStdin, zPw, sizeof(zPw)) ){
      rc = cli_error(ACC_INVALID, "password: none given");
      goto out;
    }
    arc = store_account_add(pStore, zLogin, zName, (Role)eRole, iParty, zPw,
                            0, zErr, sizeof(zErr));
    if( arc ){
      rc = cli_error(arc, "account not added: %s", zErr);
      goto out;
    }
    printf("added account %s (%s)\n", zLogin, azRoleName[eRole]);
    rc = 0;
  }else if( strcmp(argv[1], "password")==0 ){
    if( zLogin==0 ){
      rc = cli_usage("user", "user password: give LOGIN");
      goto out;
    }
    /* An account that holds a signing key sealed with its password
    ** gives the current password first, so that the key is re-sealed
    ** with the new one; with --lost the key is locked instead (it must be
    ** replaced: `accord key replace`). */
    if( !bLost && store_account_get(pStore, zLogin, &acc)==ACC_OK
     && store_key_sealed_live(pStore, acc.id) ){
      if( bStdin || !isatty(0) ){
        bCur = read_password(1, zCur, sizeof(zCur))==0;
      }else{
        char *z = getpass("Current password (it seals the signing key): ");
        if( z ){
          snprintf(zCur, sizeof(zCur), "%s", z);
          bCur = 1;
        }
      }
      if( !bCur ){
        rc = cli_error(ACC_INVALID, "current password: none given (the "
                       "account's signing key is sealed with it; --lost "
                       "locks the key instead)");
        goto out;
      }
    }
    if( read_password(bStdin, zPw, sizeof(zPw)) ){
      rc = cli_error(ACC_INVALID, "password: none given");
      goto out;
    }
    /* A new password ends every session of the account (and with
    ** --revoke-tokens its tokens and calendar keys). */
    arc = store_sign_password(pStore, zLogin, bCur ? zCur : 0, zPw, 0,
                              bRevoke, &nEnded, &nLocked, zErr,
                              sizeof(zErr));
    rc = arc ? cli_error(arc, "%s", zErr) : 0;
    if( arc==ACC_OK ){
      printf("password of %s changed; %d session%s ended%s%s\n", zLogin,
             nEnded, nEnded==1 ? "" : "s",
             bRevoke ? "; its tokens and calendar keys removed" : "",
             bCur ? "; its signing key re-sealed" : "");
      if( nLocked ){
        printf("%d signing key%s locked: make a new one with `accord key "
               "replace %s`\n", nLocked, nLocked==1 ? "" : "s", zLogin);
      }
    }
  }else if( strcmp(argv[1], "set")==0 ){
    eRole = -1;
    iParty = -1;
    if( zLogin==0 ){
      rc = cli_usage("user", "user set: give LOGIN");
      goto out;
    }
    if( zRole==0 && zParty==0 && zName==0 && zLang==0 && zPerson==0 ){
      rc = cli_usage("user", "user set: give --role, --party, --name, "
                     "--lang or --person");
      goto out;
    }
    if( zRole && (eRole = role_arg(zRole))<0 ){
      rc = cli_exit_code(ACC_INVALID);
      goto out;
    }
    if( zParty && (rc = party_arg(pStore, zParty, &iParty))!=0 ) goto out;
    /* One transaction: a bad --person changes nothing else either. */
    arc = store_begin(pStore);
    if( arc ) snprintf(zErr, sizeof(zErr), "the database is busy");
    if( arc==ACC_OK && (zRole || zParty || zName || zLang) ){
      arc = store_account_set(pStore, zLogin, eRole, iParty, zName, zLang,
                              zErr, sizeof(zErr));
    }
    /* The person the account is: its groups, actions and data due. */
    if( arc==ACC_OK && zPerson ){
      arc = store_account_person_set(pStore, zLogin, zPerson, zErr,
                                     sizeof(zErr));
    }
    if( arc==ACC_OK ){
      arc = store_commit(pStore);
      if( arc ) snprintf(zErr, sizeof(zErr), "the database is busy");
    }
    if( arc ) store_rollback(pStore);
    rc = arc ? cli_error(arc, "account not changed: %s", zErr) : 0;
    if( arc==ACC_OK ) printf("account %s changed\n", zLogin);
  }else if( strcmp(argv[1], "disable")==0 || strcmp(argv[1], "enable")==0 ){
    int bOff = argv[1][0]=='d';
    if( zLogin==0 ){
      rc = cli_usage("user", "user %s: give LOGIN", argv[1]);
      goto out;
    }
    arc = store_account_disable(pStore, zLogin, bOff, zErr, sizeof(zErr));
    rc = arc ? cli_error(arc, "%s", zErr) : 0;
    if( arc==ACC_OK ){
      printf("account %s %s\n", zLogin, bOff ? "disabled: its sessions "
             "ended, its tokens and calendar keys refused" : "enabled");
    }
  }else if( strcmp(argv[1], "rm")==0 ){
    if( zLogin==0 ){
      rc = cli_usage("user", "user rm: give LOGIN");
      goto out;
    }
    arc = store_account_remove(pStore, zLogin, zErr, sizeof(zErr));
    rc = arc ? cli_error(arc, "account not removed: %s", zErr) : 0;
    if( arc==ACC_OK ) printf("account %s removed\n", zLogin);
  }else{
    rc = cli_usage("user", zWhat);
  }
out:
  memset(zPw, 0, sizeof(zPw));
  store_close(pStore);
  return rc;
}

static int print_token(void *pArg, const TokenInfo *t){
  Cli *p = pArg;
  printf("%-6lld %-20s %-9s %-20s %-20s %s\n", (long long)t->id,
         cli_text(p, t->zLogin), t->zScope, t->zCreated,
         t->zLastUsed[0] ? t->zLastUsed : "-", cli_text(p, t->zLabel));
  return 0;
}

/* accord token list [LOGIN] and accord token rm ID. */
static int token_list_rm(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zArg = argc>2 ? argv[2] : 0;
  char zErr[300], *zEnd;
  int rc;
  AccRc arc;
  long long id = 0;
  Account acc;
  if( argc>3 ) return cli_usage("token", "token %s: unexpected %s", argv[1],
                                argv[3]);
  if( strcmp(argv[1], "rm")==0 ){
    if( zArg==0 ) return cli_usage("token", "token rm: give ID");
    id = strtoll(zArg, &zEnd, 10);
    if( *zEnd || id<=0 || zArg[0]<'0' || zArg[0]>'9' ){
      return cli_error(ACC_INVALID, "ID: expected a token id (see `accord "
                       "token list`), got \"%s\"", zArg);
    }
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( (rc = cli_as_admin(p, strcmp(argv[1], "rm")==0 ? "token rm"
                            : "token list", argv[1][0]=='l' ? zArg : 0)) ){
    store_close(pStore);
    return rc;
  }
  if( strcmp(argv[1], "rm")==0 ){
    arc = store_token_remove(pStore, id, 0, zErr, sizeof(zErr));
    rc = arc ? cli_error(arc, "%s", zErr) : 0;
    if( arc==ACC_OK ) printf("token %lld removed\n", id);
  }else if( zArg && store_account_find(pStore, zArg, &acc) ){
    rc = cli_error(ACC_NOTFOUND, "LOGIN: no account \"%s\"", zArg);
  }else{
    printf("%-6s %-20s %-9s %-20s %-20s %s\n", "id", "login", "scope",
           "created", "last used", "label");
    store_token_each(pStore, zArg ? acc.id : 0, print_token, p);
    rc = 0;
  }
  store_close(pStore);
  return rc;
}

int cmd_token(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zLabel = "", *zLogin = 0;
  char zToken[TOKEN_HEX], zErr[300];
  int i, rc, bCalendar = 0;
  AccRc arc;
  if( argc>=2 && (strcmp(argv[1], "list")==0 || strcmp(argv[1], "rm")==0) ){
    return token_list_rm(p, argc, argv);
  }
  if( argc<2 || strcmp(argv[1], "add")!=0 ){
    return cli_usage("token", "token: add, list or rm?");
  }
  for(i=2; i<argc; ){
    int r = cli_opt_value(argc, argv, &i, "label", &zLabel);
    if( r<0 ) return EXIT_USAGE;
    if( r>0 ) continue;
    if( strcmp(argv[i], "--calendar")==0 ){ bCalendar = 1; i++; continue; }
    if( zLogin==0 && argv[i][0]!='-' ){ zLogin = argv[i++]; continue; }
    return cli_usage("token", "token add: unexpected %s", argv[i]);
  }
  if( zLogin==0 ) return cli_usage("token", "token add: give LOGIN");
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( (rc = cli_as_admin(p, "token add", zLogin)) ){
    store_close(pStore);
    return rc;
  }
  if( bCalendar ){
    arc = store_calendar_key_new(pStore, zLogin, zLabel, zToken, zErr,
                                 sizeof(zErr));
  }else{
    arc = store_token_new(pStore, zLogin, zLabel, zToken, zErr,
                          sizeof(zErr));
  }
  store_close(pStore);
  if( arc ) return cli_error(arc, "%s", zErr);
  printf("%s\n", zToken);
  if( p->bTty && bCalendar ){
    fprintf(stderr, "Calendar key for %s: subscribe to "
            "/calendar.ics?key=KEY on the server. It opens only that feed "
            "and is shown only once.\n", zLogin);
  }else if( p->bTty ){
    fprintf(stderr, "API token for %s: send it as \"Authorization: Bearer "
            "TOKEN\". It is shown only once.\n", zLogin);
  }
  return 0;
}
