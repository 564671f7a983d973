/*
** page_admin.c: the administration pages (role admin) and each person's
** own account page.
**
**   GET  /admin/users          every account: login, name, role, party,
**                              disabled, newest open session
**   GET  /admin/user/LOGIN     one account: change role and party, its
**                              person record,
**   POST /admin/user/LOGIN     disable or enable it, end its sessions,
**                              revoke its tokens and calendar keys, add
**                              or remove a grant (grant.c)
**   GET  /account              my password, sessions and tokens
**   POST /account/password     change my password (asks the current one)
**   POST /account/end-session  end one other session (0: all others)
**   POST /account/revoke-token revoke one of my tokens or calendar keys
**
** Every change is an audited write of account_admin.c, so it is a new
** data version: the server's token cache (authcache.c) and reply cache
** look again on the next request.  These pages show one person's own
** data and are never kept in the reply cache (http.c).  The admin role
** manages accounts only: it gains no right to approve (access.c).
*/
#include "page.h"
#include "../store/home.h"
#include "../store/sign.h"
#include "../store/account.h"

#include <stdlib.h>
#include <string.h>

/* A message above a page's content: an error (bError) or a notice. */
static void admin_note(Req *p, const char *zMsg, int bError){
  if( zMsg==0 ) return;
  html_printf(&p->body, "<p class=\"%s\" role=\"%s\">%h</p>\n",
              bError ? "error" : "note", bError ? "alert" : "status", zMsg);
}

/* The code (or name) of party id, or "" for none. */
static const char *party_code(Req *p, int64_t id){
  const char *z = id ? page_label(p, ENT_PARTY, id) : 0;
  return z ? z : "";
}

/* Print one session row (store_session_each), with an End button when
** pArg's form action is set. */
typedef struct SessCtx {
  Req *p;
  const char *zAction;     /* form action, or NULL for no buttons */
  int n;
} SessCtx;
static int sess_row(void *pArg, const SessionInfo *s){
  SessCtx *c = pArg;
  Req *p = c->p;
  c->n++;
  html_printf(&p->body, "<tr><td>%h</td><td>%h</td><td>",
              page_time(p, s->zCreated), page_time(p, s->zExpires));
  if( s->bCurrent ){
    html_printf(&p->body, "%h", tr(p, "this session"));
  }else if( c->zAction ){
    html_printf(&p->body, "<form method=\"post\" action=\"%h\" "
      "class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"%h\">"
      "<input type=\"hidden\" name=\"session\" value=\"%lld\">"
      "<button type=\"submit\">%h</button></form>", c->zAction, p->zCsrf,
      (long long)s->id, tr(p, "End"));
  }
  html_printf(&p->body, "</td></tr>\n");
  return 0;
}

/* Print one token row (store_token_each) with a Revoke button posting
** zAction (with do=revoke when bAdmin). */
typedef struct TokCtx {
  Req *p;
  const char *zAction;
  int bAdmin;
  int n;
} TokCtx;
static int tok_row(void *pArg, const TokenInfo *t){
  TokCtx *c = pArg;
  Req *p = c->p;
  c->n++;
  html_printf(&p->body, "<tr><td>%lld</td><td>%h</td><td>%h</td><td>%h"
    "</td><td>%h</td><td><form method=\"post\" action=\"%h\" "
    "class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"%h\">"
    "%s<input type=\"hidden\" name=\"token\" value=\"%lld\">"
    "<button type=\"submit\">%h</button></form></td></tr>\n",
    (long long)t->id, t->zLabel,
    strcmp(t->zScope, "calendar")==0 ? tr(p, "calendar key")
                                     : tr(p, "API token"),
    page_time(p, t->zCreated),
    t->zLastUsed[0] ? page_time(p, t->zLastUsed) : "—", c->zAction,
    p->zCsrf, c->bAdmin ? "<input type=\"hidden\" name=\"do\" "
                          "value=\"revoke\">" : "",
    (long long)t->id, tr(p, "Revoke"));
  return 0;
}

/* The tokens table of account iAccount. */
static void tokens_table(Req *p, int64_t iAccount, const char *zAction,
                         int bAdmin){
  TokCtx c;
  memset(&c, 0, sizeof(c));
  c.p = p;
  c.zAction = zAction;
  c.bAdmin = bAdmin;
  html_printf(&p->body, "<h2>%h</h2>\n<div class=\"scroll\">"
    "<table class=\"data\"><thead><tr>"
    "<th>%h</th><th>%h</th><th>%h</th><th>%h</th><th>%h</th><th></th>"
    "</tr></thead><tbody>\n", tr(p, "API tokens and calendar keys"),
    tr(p, "Id"), tr(p, "Label"), tr(p, "Scope"), tr(p, "Created"),
    tr(p, "Last used"));
  store_token_each(p->pStore, iAccount, tok_row, &c);
  html_printf(&p->body, "</tbody></table></div>\n");
  if( c.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n", tr(p, "None."));
  }
}

/* The sessions table of account iAccount. */
static void sessions_table(Req *p, int64_t iAccount, const char *zCurrent,
                           const char *zAction){
  SessCtx c;
  memset(&c, 0, sizeof(c));
  c.p = p;
  c.zAction = zAction;
  html_printf(&p->body, "<h2>%h</h2>\n<div class=\"scroll\">"
    "<table class=\"data\"><thead><tr>"
    "<th>%h</th><th>%h</th><th></th></tr></thead><tbody>\n",
    tr(p, "Open sessions"), tr(p, "Started"), tr(p, "Expires"));
  store_session_each(p->pStore, iAccount, zCurrent, sess_row, &c);
  html_printf(&p->body, "</tbody></table></div>\n");
  if( c.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n", tr(p, "None."));
  }
}

/* The grants of account a, as "wg_lead of CODE (restricted)", joined
** with "; " ("" if none). */
static const char *grants_text(Req *p, const Account *a){
  Buf b = BUF_INIT;
  const char *z;
  int i;
  for(i=0; i<a->nGrant; i++){
    const AccGrant *g = &a->aGrant[i];
    const char *zOf = page_label(p, g->iDialogue ? ENT_DIALOGUE : ENT_WG,
                                 g->iDialogue ? g->iDialogue : g->iWg);
    buf_appendf(&b, "%s%s %s %s (%s)", i ? "; " : "",
                tr(p, azRoleLabel[g->eRole]), tr(p, "of"),
                zOf ? zOf : "?", tr(p, azClassName[g->eClear]));
  }
  z = arena_strdup(&p->arena, buf_str(&b));
  buf_free(&b);
  return z;
}

/* Print one account row of /admin/users. */
static int user_row(void *pArg, const Account *a, const char *zLast){
  Req *p = pArg;
  html_printf(&p->body, "<tr><td><a href=\"/admin/user/%t\">%h</a></td>"
    "<td>%h</td><td>%h</td><td>%h</td><td>%h</td><td>%h</td><td>%h</td>"
    "</tr>\n", a->zLogin, a->zLogin, a->zName, tr(p, azRoleLabel[a->eRole]),
    grants_text(p, a), party_code(p, a->iParty),
    a->bDisabled ? tr(p, "yes") : "", zLast[0] ? zLast : "—");
  return 0;
}

/* The grants of account acc, each with a Remove button, and a form to
** add one (posted to zAction). */
static void grants_section(Req *p, const Account *acc, const char *zAction){
  static const Role aScoped[] = {
    ROLE_OBSERVER, ROLE_WG_MEMBER, ROLE_WG_LEAD, ROLE_SECRETARIAT
  };
  int i;
  html_printf(&p->body, "<h2 id=\"grants\">%h</h2>\n<p class=\"note\">%h"
    "</p>\n", tr(p, "Grants"), tr(p, "The role above is for everything. "
    "A grant adds a role for one dialogue or working group, with what the "
    "account may read there."));
  if( acc->nGrant ){
    html_printf(&p->body, "<table class=\"data\"><thead><tr><th>%h</th>"
      "<th>%h</th><th>%h</th><th></th></tr></thead><tbody>\n",
      tr(p, "Role"), tr(p, "Scope"), tr(p, "Clearance"));
  }
  for(i=0; i<acc->nGrant; i++){
    const AccGrant *g = &acc->aGrant[i];
    int e = g->iDialogue ? ENT_DIALOGUE : ENT_WG;
    int64_t id = g->iDialogue ? g->iDialogue : g->iWg;
    html_printf(&p->body, "<tr><td>%h</td><td>", tr(p,
                azRoleLabel[g->eRole]));
    page_link(p, e, id);
    html_printf(&p->body, "</td><td>%h</td><td><form method=\"post\" "
      "action=\"%h\" class=\"inline\"><input type=\"hidden\" "
      "name=\"csrf\" value=\"%h\"><input type=\"hidden\" name=\"do\" "
      "value=\"grant-rm\"><input type=\"hidden\" name=\"role\" "
      "value=\"%h\"><input type=\"hidden\" name=\"scope\" value=\"%h\">"
      "<input type=\"hidden\" name=\"of\" value=\"%lld\">"
      "<button type=\"submit\">%h</button></form></td></tr>\n",
      tr(p, azClassName[g->eClear]), zAction, p->zCsrf,
      azRoleName[g->eRole], g->iDialogue ? "dialogue" : "wg",
      (long long)id, tr(p, "Remove"));
  }
  if( acc->nGrant ) html_printf(&p->body, "</tbody></table>\n");
  html_printf(&p->body, "<form method=\"post\" action=\"%h\">"
    "<input type=\"hidden\" name=\"csrf\" value=\"%h\">"
    "<input type=\"hidden\" name=\"do\" value=\"grant-add\">\n"
    "<label>%h <select name=\"role\">", zAction, p->zCsrf, tr(p, "Role"));
  for(i=0; i<(int)(sizeof(aScoped)/sizeof(aScoped[0])); i++){
    html_printf(&p->body, "<option value=\"%h\">%h</option>",
                azRoleName[aScoped[i]], tr(p, azRoleLabel[aScoped[i]]));
  }
  html_printf(&p->body, "</select></label>\n<label>%h <select "
    "name=\"scope\"><option value=\"wg\">%h</option><option "
    "value=\"dialogue\">%h</option></select></label>\n<label>%h "
    "<input name=\"of\"></label>\n<label>%h <select name=\"clearance\">"
    "<option value=\"\">%h</option><option value=\"public\">%h</option>"
    "<option value=\"internal\">%h</option><option value=\"restricted\">"
    "%h</option></select></label>\n<button type=\"submit\">%h</button>"
    "</form>\n", tr(p, "Scope"), tr(p, "working group"), tr(p, "dialogue"),
    tr(p, "Code or id"), tr(p, "Clearance"), tr(p, "the role's own"),
    tr(p, "public"), tr(p, "internal"), tr(p, "restricted"),
    tr(p, "Add the grant"));
}

/* Read the scope of a grant form (scope=dialogue|wg, of=CODE|ID) into
** *piDialogue or *piWg; an error naming the field into zErr. */
static AccRc grant_scope_arg(Req *p, int64_t *piDialogue, int64_t *piWg,
                             char *zErr, int nErr){
  const char *zScope = req_arg(p, "scope"), *zOf = req_arg(p, "of");
  int e;
  Value v;
  char zMsg[200];
  *piDialogue = *piWg = 0;
  if( zScope==0 || (strcmp(zScope, "dialogue") && strcmp(zScope, "wg")) ){
    snprintf(zErr, nErr, "scope: expected dialogue or wg");
    return ACC_INVALID;
  }
  if( zOf==0 || zOf[0]==0 ){
    snprintf(zErr, nErr, "of: give the code or id of the %s",
             zScope[0]=='d' ? "dialogue" : "working group");
    return ACC_INVALID;
  }
  e = zScope[0]=='d' ? ENT_DIALOGUE : ENT_WG;
  v.eType = VAL_TEXT;
  v.z = zOf;
  if( zOf[0]>='0' && zOf[0]<='9' ){
    v.eType = VAL_INT;
    v.i = strtoll(zOf, 0, 10);
  }
  if( store_ref_resolve(p->pStore, e, &v, zMsg, sizeof(zMsg)) ){
    snprintf(zErr, nErr, "of: %s", zMsg);
    return ACC_INVALID;
  }
  if( e==ENT_DIALOGUE ) *piDialogue = v.i; else *piWg = v.i;
  return ACC_OK;
}

/*
** PAGE: GET /admin/users
** Every account (administrators only).
*/
void page_admin_users(Req *p){
  page_begin(p, tr(p, "Accounts"));
  html_printf(&p->body, "<h1>%h</h1>\n<div class=\"scroll\">"
    "<table class=\"data\"><thead><tr>"
    "<th>%h</th><th>%h</th><th>%h</th><th>%h</th><th>%h</th><th>%h</th>"
    "<th>%h</th></tr></thead><tbody>\n", tr(p, "Accounts"), tr(p, "Login"),
    tr(p, "Name"), tr(p, "Role"), tr(p, "Grants"), tr(p, "Party"),
    tr(p, "Disabled"), tr(p, "Last sign-in"));
  store_account_list(p->pStore, user_row, p);
  html_printf(&p->body, "</tbody></table></div>\n<p class=\"note\">%h</p>\n",
    tr(p, "Accounts are added and removed with `accord user`."));
  page_end(p);
}

/* The page of account acc, with zMsg above it. */
static void admin_user_page(Req *p, const Account *acc, const char *zMsg,
                            int bError){
  const char *zAction = arena_printf(&p->arena, "/admin/user/%s",
                                     acc->zLogin);
  int i;
  page_begin(p, acc->zLogin);
  html_printf(&p->body, "<p><a href=\"/admin/users\">%h</a></p>\n"
    "<h1>%h</h1>\n", tr(p, "Accounts"), acc->zLogin);
  admin_note(p, zMsg, bError);
  html_printf(&p->body, "<dl><dt>%h</dt><dd>%h</dd><dt>%h</dt><dd>%h</dd>"
    "<dt>%h</dt><dd>%h</dd></dl>\n", tr(p, "Name"), acc->zName,
    tr(p, "Language"), acc->zLang, tr(p, "Disabled"),
    acc->bDisabled ? tr(p, "yes") : tr(p, "no"));
  /* Role and party. */
  html_printf(&p->body, "<h2>%h</h2>\n<form method=\"post\" action=\"%h\">"
    "<input type=\"hidden\" name=\"csrf\" value=\"%h\">"
    "<input type=\"hidden\" name=\"do\" value=\"set\">\n"
    "<label>%h <select name=\"role\">", tr(p, "Role and party"), zAction,
    p->zCsrf, tr(p, "Role"));
  for(i=ROLE_PUBLIC+1; i<ROLE__MAX; i++){
    html_printf(&p->body, "<option value=\"%h\"%s>%h</option>",
                azRoleName[i], i==(int)acc->eRole ? " selected" : "",
                tr(p, azRoleLabel[i]));
  }
  html_printf(&p->body, "</select></label>\n<label>%h <input name=\"party\" "
    "value=\"%h\"></label>\n<button type=\"submit\">%h</button></form>\n",
    tr(p, "Party (code or id; empty for none)"),
    acc->iParty ? arena_printf(&p->arena, "%lld", (long long)acc->iParty)
                : "",
    tr(p, "Save"));
  grants_section(p, acc, zAction);
  /* The person the account is (its home page's groups, actions, data). */
  {
    int64_t idPerson = store_account_person(p->pStore, acc->id);
    const char *zCode = 0;
    Value *aPer;
    if( idPerson && store_item_get(p->pStore, ENT_PERSON, idPerson,
                                   &p->arena, &aPer)==ACC_OK ){
      zCode = page_text(ENT_PERSON, aPer, "code");
    }
    html_printf(&p->body, "<h2>%h</h2>\n<form method=\"post\" "
      "action=\"%h\"><input type=\"hidden\" name=\"csrf\" value=\"%h\">"
      "<input type=\"hidden\" name=\"do\" value=\"person\">\n"
      "<label>%h <input name=\"person\" value=\"%h\"></label>\n"
      "<button type=\"submit\">%h</button></form>\n", tr(p, "Person"),
      zAction, p->zCsrf, tr(p, "Person record (code or id; empty for none)"),
      zCode ? zCode : "", tr(p, "Save"));
  }
  /* Disable or enable; end sessions. */
  html_printf(&p->body, "<h2>%h</h2>\n<form method=\"post\" action=\"%h\" "
    "class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"%h\">"
    "<input type=\"hidden\" name=\"do\" value=\"%s\">"
    "<button type=\"submit\">%h</button></form>\n"
    "<form method=\"post\" action=\"%h\" class=\"inline\">"
    "<input type=\"hidden\" name=\"csrf\" value=\"%h\">"
    "<input type=\"hidden\" name=\"do\" value=\"end-sessions\">"
    "<button type=\"submit\">%h</button></form>\n", tr(p, "Access"),
    zAction, p->zCsrf, acc->bDisabled ? "enable" : "disable",
    acc->bDisabled ? tr(p, "Enable the account")
                   : tr(p, "Disable the account"),
    zAction, p->zCsrf, tr(p, "End every session"));
  sessions_table(p, acc->id, p->zSessionToken, 0);
  tokens_table(p, acc->id, zAction, 1);
  page_end(p);
}

/* The account named in the path, or reply 404 and return -1. */
static int admin_account(Req *p, Account *pAcc){
  if( store_account_find(p->pStore, req_path(p, 0), pAcc) ){
    req_error(p, 404, ACC_NOTFOUND, "no account \"%s\"", req_path(p, 0));
    return -1;
  }
  return 0;
}

/*
** PAGE: GET /admin/user/LOGIN
** One account (administrators only).
*/
void page_admin_user(Req *p){
  Account acc;
  if( admin_account(p, &acc) ) return;
  admin_user_page(p, &acc, 0, 0);
}

/*
** PAGE: POST /admin/user/LOGIN
** do=set (role, party), person, disable, enable, end-sessions, or revoke
** (token).
** Then back to the account's page (303), or the page with the error
** (400, 404 or 409).
*/
void page_admin_user_post(Req *p){
  const char *zDo = req_arg(p, "do"), *zRole = req_arg(p, "role");
  const char *zParty = req_arg(p, "party"), *zTok = req_arg(p, "token");
  char zErr[300];
  Account acc;
  AccRc rc = ACC_INVALID;
  int n = 0;
  if( admin_account(p, &acc) ) return;
  zErr[0] = 0;
  store_set_actor(p->pStore, p->acc.zLogin);
  if( zDo==0 ){
    snprintf(zErr, sizeof(zErr), "do: expected set, person, disable, "
             "enable, end-sessions or revoke");
  }else if( strcmp(zDo, "set")==0 ){
    int eRole = zRole ? access_role_parse(zRole) : -1;
    int64_t iParty = 0;
    if( zRole==0 || eRole<=ROLE_PUBLIC ){
      snprintf(zErr, sizeof(zErr), "role: expected observer, wg_member, "
               "wg_lead, cochair, secretariat or admin");
    }else if( zParty ){
      Value v;
      char zMsg[200];
      v.eType = VAL_TEXT;
      v.z = zParty;
      if( zParty[0]>='0' && zParty[0]<='9' ){
        v.eType = VAL_INT;
        v.i = strtoll(zParty, 0, 10);
      }
      if( store_ref_resolve(p->pStore, ENT_PARTY, &v, zMsg, sizeof(zMsg)) ){
        snprintf(zErr, sizeof(zErr), "party: %s", zMsg);
      }else{
        iParty = v.i;
      }
    }
    if( zErr[0]==0 ){
      rc = store_account_set(p->pStore, acc.zLogin, eRole, iParty, 0, 0,
                             zErr, sizeof(zErr));
    }
  }else if( strcmp(zDo, "person")==0 ){
    const char *zPerson = req_arg(p, "person");
    rc = store_account_person_set(p->pStore, acc.zLogin,
                                  zPerson ? zPerson : "none", zErr,
                                  sizeof(zErr));
    if( rc==ACC_NOTFOUND ) rc = ACC_INVALID;
  }else if( strcmp(zDo, "disable")==0 || strcmp(zDo, "enable")==0 ){
    if( zDo[0]=='d' && acc.id==p->acc.id ){
      snprintf(zErr, sizeof(zErr), "do: you cannot disable your own "
               "account");
    }else{
      rc = store_account_disable(p->pStore, acc.zLogin, zDo[0]=='d', zErr,
                                 sizeof(zErr));
    }
  }else if( strcmp(zDo, "end-sessions")==0 ){
    /* An administrator ending her own sessions keeps this one. */
    rc = store_session_end_all(p->pStore, acc.id, acc.id==p->acc.id
                               ? p->zSessionToken : 0, &n);
    if( rc ) snprintf(zErr, sizeof(zErr), "the database is busy");
  }else if( strcmp(zDo, "grant-add")==0 || strcmp(zDo, "grant-rm")==0 ){
    const char *zClear = req_arg(p, "clearance");
    int eRole = zRole ? access_role_parse(zRole) : -1;
    int eClear = zClear && zClear[0] ? model_enum_find(azClassName, zClear)
                                     : -1;
    int64_t iD = 0, iWg = 0;
    if( eRole<=ROLE_PUBLIC ){
      snprintf(zErr, sizeof(zErr), "role: expected observer, wg_member, "
               "wg_lead or secretariat");
    }else if( zClear && zClear[0] && eClear<0 ){
      snprintf(zErr, sizeof(zErr), "clearance: expected public, internal "
               "or restricted");
    }else if( grant_scope_arg(p, &iD, &iWg, zErr, sizeof(zErr))==ACC_OK ){
      if( zDo[6]=='a' ){
        rc = store_grant_add(p->pStore, acc.zLogin, (Role)eRole, iD, iWg,
                             eClear, zErr, sizeof(zErr));
      }else{
        rc = store_grant_remove(p->pStore, acc.zLogin, (Role)eRole, iD, iWg,
                                zErr, sizeof(zErr));
      }
      if( rc==ACC_NOTFOUND ) rc = ACC_INVALID;
    }
  }else if( strcmp(zDo, "revoke")==0 ){
    if( zTok==0 || atoll(zTok)<=0 ){
      snprintf(zErr, sizeof(zErr), "token: give the id of a token");
    }else{
      rc = store_token_remove(p->pStore, atoll(zTok), acc.id, zErr,
                              sizeof(zErr));
    }
  }else{
    snprintf(zErr, sizeof(zErr), "do: expected set, person, disable, "
             "enable, end-sessions or revoke");
  }
  if( rc==ACC_OK ){
    req_redirect(p, arena_printf(&p->arena, "/admin/user/%s",
                                 acc.zLogin));
    return;
  }
  p->iStatus = rc==ACC_NOTFOUND ? 404 : rc==ACC_BUSY ? 503
              : rc==ACC_CONFLICT ? 409 : 400;
  store_account_find(p->pStore, acc.zLogin, &acc);
  admin_user_page(p, &acc, zErr, 1);
}

/* /account, with zMsg above it. */
static void account_page(Req *p, const char *zMsg, int bError){
  page_begin(p, tr(p, "My account"));
  html_printf(&p->body, "<h1>%h</h1>\n", tr(p, "My account"));
  admin_note(p, zMsg, bError);
  html_printf(&p->body, "<dl><dt>%h</dt><dd>%h</dd><dt>%h</dt><dd>%h</dd>"
    "</dl>\n", tr(p, "Login"), p->acc.zLogin, tr(p, "Role"),
    tr(p, azRoleLabel[p->acc.eRole]));
  html_printf(&p->body, "<h2>%h</h2>\n<form method=\"post\" "
    "action=\"/account/password\"><input type=\"hidden\" name=\"csrf\" "
    "value=\"%h\">\n<label>%h <input type=\"password\" name=\"current\" "
    "autocomplete=\"current-password\" required></label>\n"
    "<label>%h <input type=\"password\" name=\"password\" "
    "autocomplete=\"new-password\" required></label>\n"
    "<button type=\"submit\">%h</button></form>\n<p class=\"note\">%h</p>\n",
    tr(p, "Change my password"), p->zCsrf, tr(p, "Current password"),
    tr(p, "New password"), tr(p, "Change my password"),
    tr(p, "Every other session of this account ends."));
  if( p->zSessionToken ){
    sessions_table(p, p->acc.id, p->zSessionToken, "/account/end-session");
    html_printf(&p->body, "<form method=\"post\" action=\"/account/"
      "end-session\"><input type=\"hidden\" name=\"csrf\" value=\"%h\">"
      "<input type=\"hidden\" name=\"session\" value=\"0\">"
      "<button type=\"submit\">%h</button></form>\n", p->zCsrf,
      tr(p, "End every other session"));
  }
  tokens_table(p, p->acc.id, "/account/revoke-token", 0);
  page_end(p);
}

/*
** PAGE: GET /account
** My account: password, sessions, tokens (anyone logged in).
*/
void page_account(Req *p){
  account_page(p, 0, 0);
}

/*
** PAGE: POST /account/password
** Change my password: the current one must be right (it is throttled as
** a login is), the new one must pass store_password_check().  Every
** other session of the account ends; this one goes on.
*/
void page_account_password(Req *p){
  const char *zCur = req_arg(p, "current"), *zNew = req_arg(p, "password");
  char zErr[300], zDevice[TOKEN_HEX];
  LoginTry t;
  Account acc;
  int nWait = 0, n = 0;
  AccRc rc;
  if( zCur==0 || zNew==0 ){
    p->iStatus = 400;
    account_page(p, tr(p, "Give your current password and a new one."), 1);
    return;
  }
  memset(&t, 0, sizeof(t));
  t.zLogin = p->acc.zLogin;
  t.zIp = p->zIp ? p->zIp : "";
  rc = req_login(p, &t, zCur, &acc, &nWait);
  if( rc==ACC_BUSY ){
    p->iStatus = 429;
    account_page(p, tr(p, "Too many failed logins; wait a few minutes and "
                      "try again."), 1);
    return;
  }
  if( rc || acc.id!=p->acc.id ){
    store_login_record(p->pStore, &t, 0, zDevice);
    p->iStatus = 400;
    account_page(p, tr(p, "The current password is wrong."), 1);
    return;
  }
  if( store_password_check(p->acc.zLogin, zNew, zErr, sizeof(zErr)) ){
    p->iStatus = 400;
    account_page(p, arena_printf(&p->arena, "%s %s",
                 tr(p, "The new password is refused:"), zErr), 1);
    return;
  }
  store_set_actor(p->pStore, p->acc.zLogin);
  /* The signing key sealed with the current password is re-sealed with
  ** the new one in the same transaction (sign.h). */
  rc = store_sign_password(p->pStore, p->acc.zLogin, zCur, zNew,
                           p->zSessionToken, 0, &n, 0, zErr, sizeof(zErr));
  if( rc ){
    p->iStatus = rc==ACC_BUSY ? 503 : 400;
    account_page(p, zErr, 1);
    return;
  }
  account_page(p, tr(p, "Your password was changed; your other sessions "
                    "ended."), 0);
}

/*
** PAGE: POST /account/end-session
** End one of my other sessions (session=ID), or every other (session=0).
*/
void page_account_end_session(Req *p){
  const char *z = req_arg(p, "session");
  int64_t id = z ? atoll(z) : -1;
  AccRc rc;
  store_set_actor(p->pStore, p->acc.zLogin);
  if( id<0 ){
    p->iStatus = 400;
    account_page(p, "session: give the id of a session", 1);
    return;
  }
  if( id==0 ){
    rc = store_session_end_all(p->pStore, p->acc.id, p->zSessionToken, 0);
  }else{
    rc = store_session_end_id(p->pStore, p->acc.id, id);
  }
  if( rc==ACC_NOTFOUND ){
    p->iStatus = 404;
    account_page(p, "session: you have no such session", 1);
    return;
  }
  if( rc ){
    req_error(p, 503, ACC_BUSY, "the database is busy; try again");
    return;
  }
  req_redirect(p, "/account");
}

/*
** PAGE: POST /account/revoke-token
** Revoke one of my API tokens or calendar keys (token=ID).
*/
void page_account_revoke_token(Req *p){
  const char *z = req_arg(p, "token");
  char zErr[200];
  AccRc rc;
  store_set_actor(p->pStore, p->acc.zLogin);
  if( z==0 || atoll(z)<=0 ){
    p->iStatus = 400;
    account_page(p, "token: give the id of a token", 1);
    return;
  }
  rc = store_token_remove(p->pStore, atoll(z), p->acc.id, zErr,
                          sizeof(zErr));
  if( rc ){
    p->iStatus = rc==ACC_NOTFOUND ? 404 : 503;
    account_page(p, zErr, 1);
    return;
  }
  req_redirect(p, "/account");
}
