/*
** cmd_grant.c: grants of a role for a scope, from the command line.
**
**   accord grant add LOGIN --role R [--dialogue D | --wg W]
**                          [--clearance public|internal|restricted]
**   accord grant rm LOGIN --role R [--dialogue D | --wg W]
**   accord grant list [LOGIN]
**
** Without --dialogue or --wg the grant is for everything: the account's
** role (as `accord user set --role`).  Every change is an audit entry of
** the account (grant.c).
*/
#include "cli.h"
#include "../store/account.h"

#include <stdlib.h>
#include <string.h>

/* Resolve the code or id z of entity e into *pId, or print why not
** (naming the option zOpt) and return the exit code. */
static int scope_arg(Store *pStore, int e, const char *zOpt, const char *z,
                     int64_t *pId){
  Value v;
  char zErr[300];
  v.eType = VAL_TEXT;
  v.z = z;
  if( z[0]>='0' && z[0]<='9' ){
    v.eType = VAL_INT;
    v.i = strtoll(z, 0, 10);
  }
  if( store_ref_resolve(pStore, e, &v, zErr, sizeof(zErr)) ){
    return cli_error(ACC_INVALID, "--%s: %s", zOpt, zErr);
  }
  *pId = v.i;
  return 0;
}

/* The code of item id of entity e, or its id. */
static const char *scope_code(Cli *p, Store *pStore, int e, int64_t id){
  Value *aV;
  int iCode = model_code_field(e);
  if( store_item_get(pStore, e, id, &p->arena, &aV)==ACC_OK && iCode>=0
   && aV[iCode].eType==VAL_TEXT ){
    return cli_text(p, aV[iCode].z);
  }
  return arena_printf(&p->arena, "%lld (gone)", (long long)id);
}

typedef struct GrantList {
  Cli *p;
  Store *pStore;
} GrantList;

static int print_grant(void *pArg, const char *zLogin, const AccGrant *g){
  GrantList *c = pArg;
  printf("%-20s %-12s %-10s %-36s %s\n", cli_text(c->p, zLogin),
         azRoleName[g->eRole], g->iDialogue ? "dialogue" : "wg",
         scope_code(c->p, c->pStore, g->iDialogue ? ENT_DIALOGUE : ENT_WG,
                    g->iDialogue ? g->iDialogue : g->iWg),
         azClassName[g->eClear]);
  return 0;
}

/* Each account's role for everything (with zLogin, that account's). */
typedef struct RoleList {
  Cli *p;
  const char *zLogin;
} RoleList;
static int print_role(void *pArg, const Account *a, const char *zLast){
  RoleList *c = pArg;
  (void)zLast;
  if( c->zLogin && strcmp(c->zLogin, a->zLogin)!=0 ) return 0;
  printf("%-20s %-12s %-10s %-36s %s\n", cli_text(c->p, a->zLogin),
         azRoleName[a->eRole], "all", "everything",
         azClassName[access_max_class(a->eRole)]);
  return 0;
}

int cmd_grant(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zLogin = 0, *zRole = 0, *zDial = 0, *zWg = 0, *zClear = 0;
  int64_t iDial = 0, iWg = 0;
  int i, rc, eRole = -1, eClear = -1;
  char zErr[400];
  AccRc arc;
  Account acc;
  if( argc<2 || (strcmp(argv[1], "add") && strcmp(argv[1], "rm")
                 && strcmp(argv[1], "list")) ){
    return cli_usage("grant", "grant: add, rm or list?");
  }
  for(i=2; i<argc; ){
    int r;
    if( (r = cli_opt_value(argc, argv, &i, "role", &zRole))!=0
     || (r = cli_opt_value(argc, argv, &i, "dialogue", &zDial))!=0
     || (r = cli_opt_value(argc, argv, &i, "wg", &zWg))!=0
     || (r = cli_opt_value(argc, argv, &i, "clearance", &zClear))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    if( zLogin==0 && argv[i][0]!='-' ){ zLogin = argv[i++]; continue; }
    return cli_usage("grant", "grant: unexpected %s", argv[i]);
  }
  if( strcmp(argv[1], "list")!=0 ){
    if( zLogin==0 || zRole==0 ){
      return cli_usage("grant", "grant %s: give LOGIN and --role", argv[1]);
    }
    eRole = access_role_parse(zRole);
    if( eRole<=ROLE_PUBLIC ){
      return cli_error(ACC_INVALID, "--role: expected observer, wg_member, "
                       "wg_lead, cochair, secretariat or admin, got \"%s\"",
                       zRole);
    }
    if( zDial && zWg ){
      return cli_error(ACC_INVALID, "--wg: a grant is for a dialogue or "
                       "for a working group, not both");
    }
    if( zClear ){
      eClear = model_enum_find(azClassName, zClear);
      if( eClear<0 ){
        return cli_error(ACC_INVALID, "--clearance: expected public, "
                         "internal or restricted, got \"%s\"", zClear);
      }
      if( strcmp(argv[1], "rm")==0 ){
        return cli_usage("grant", "grant rm: --clearance is not needed");
      }
    }
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( (rc = cli_as_admin(p, strcmp(argv[1], "list")==0 ? "grant list"
                            : "grant", 0)) ){
    store_close(pStore);
    return rc;
  }
  if( strcmp(argv[1], "list")==0 ){
    GrantList g;
    RoleList r;
    if( zLogin && store_account_find(pStore, zLogin, &acc) ){
      rc = cli_error(ACC_NOTFOUND, "LOGIN: no account \"%s\"", zLogin);
      goto out;
    }
    printf("%-20s %-12s %-10s %-36s %s\n", "login", "role", "scope", "of",
           "clearance");
    r.p = p;
    r.zLogin = zLogin;
    store_account_list(pStore, print_role, &r);
    g.p = p;
    g.pStore = pStore;
    store_grant_each(pStore, zLogin ? acc.id : 0, print_grant, &g);
    rc = 0;
    goto out;
  }
  if( zDial && (rc = scope_arg(pStore, ENT_DIALOGUE, "dialogue", zDial,
                               &iDial))!=0 ){
    goto out;
  }
  if( zWg && (rc = scope_arg(pStore, ENT_WG, "wg", zWg, &iWg))!=0 ){
    goto out;
  }
  if( strcmp(argv[1], "add")==0 ){
    arc = store_grant_add(pStore, zLogin, (Role)eRole, iDial, iWg, eClear,
                          zErr, sizeof(zErr));
  }else{
    arc = store_grant_remove(pStore, zLogin, (Role)eRole, iDial, iWg, zErr,
                             sizeof(zErr));
  }
  if( arc ){
    rc = cli_error(arc, "%s", zErr);
  }else{
    printf("%s: %s %s %s%s\n", zLogin, argv[1][0]=='a' ? "granted" :
           "no longer", azRoleName[eRole], zDial ? "of dialogue " :
           zWg ? "of working group " : "for everything",
           zDial ? zDial : zWg ? zWg : "");
    rc = 0;
  }
out:
  store_close(pStore);
  return rc;
}
