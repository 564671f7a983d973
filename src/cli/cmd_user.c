/*
** cmd_user.c: accounts and API tokens from the command line.
**
**   accord user add LOGIN --name NAME --role ROLE [--party P] [--password-stdin]
**   accord user list
**   accord user password LOGIN [--password-stdin]
**   accord token add LOGIN [--label TEXT] [--calendar]   (calendar key)
*/
#include "cli.h"
#include "../store/account.h"

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

static int print_account(void *pArg, const Account *a){
  Cli *p = pArg;
  printf("%-20s %-12s %-6lld %s\n", cli_text(p, a->zLogin),
         azRoleName[a->eRole], (long long)a->iParty, cli_text(p, a->zName));
  return 0;
}

int cmd_user(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zName = 0, *zRole = 0, *zParty = 0, *zLogin = 0;
  char zPw[256], zErr[300];
  int i, rc, bStdin = 0, eRole;
  int64_t iParty = 0;
  AccRc arc;
  if( argc<2 ) return cli_usage("user", "user: add, list or password?");
  for(i=2; i<argc; ){
    int r;
    if( strcmp(argv[i], "--password-stdin")==0 ){ bStdin = 1; i++; continue; }
    if( (r = cli_opt_value(argc, argv, &i, "name", &zName))!=0
     || (r = cli_opt_value(argc, argv, &i, "role", &zRole))!=0
     || (r = cli_opt_value(argc, argv, &i, "party", &zParty))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    if( zLogin==0 && argv[i][0]!='-' ){ zLogin = argv[i++]; continue; }
    return cli_usage("user", "user: unexpected %s", argv[i]);
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( strcmp(argv[1], "list")==0 ){
    printf("%-20s %-12s %-6s %s\n", "login", "role", "party", "name");
    store_account_each(pStore, print_account, p);
    rc = 0;
  }else if( strcmp(argv[1], "add")==0 ){
    if( zLogin==0 || zName==0 || zRole==0 ){
      rc = cli_usage("user", "user add: give LOGIN, --name and --role");
      goto out;
    }
    eRole = access_role_parse(zRole);
    if( eRole<=ROLE_PUBLIC ){
      rc = cli_error(ACC_INVALID, "--role: expected observer, wg_member, "
                     "wg_lead, cochair, secretariat or admin, got \"%s\"",
                     zRole);
      goto out;
    }
    if( zParty ){
      Value v;
      v.eType = VAL_TEXT;
      v.z = zParty;
      if( zParty[0]>='0' && zParty[0]<='9' ){
        v.eType = VAL_INT;
        v.i = strtoll(zParty, 0, 10);
      }
      if( store_ref_resolve(pStore, ENT_PARTY, &v, zErr, sizeof(zErr)) ){
        rc = cli_error(ACC_INVALID, "--party: %s", zErr);
        goto out;
      }
      iParty = v.i;
    }
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
    if( read_password(bStdin, zPw, sizeof(zPw)) ){
      rc = cli_error(ACC_INVALID, "password: none given");
      goto out;
    }
    arc = store_account_password(pStore, zLogin, zPw, zErr, sizeof(zErr));
    rc = arc ? cli_error(arc, "%s", zErr) : 0;
    if( arc==ACC_OK ) printf("password of %s changed\n", zLogin);
  }else{
    rc = cli_usage("user", "user: add, list or password?");
  }
out:
  memset(zPw, 0, sizeof(zPw));
  store_close(pStore);
  return rc;
}

int cmd_token(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zLabel = "", *zLogin = 0;
  char zToken[TOKEN_HEX], zErr[300];
  int i, rc, bCalendar = 0;
  AccRc arc;
  if( argc<2 || strcmp(argv[1], "add")!=0 ){
    return cli_usage("token", "token: add?");
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
