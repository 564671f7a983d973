/*
** html.c: the page frame and the request helpers handlers use (see
** web.h).  The HTML writer itself, html_printf(), is src/util/html.c,
** shared with the HTML reports.
*/
#include "web.h"
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const azLangCode[LANG__MAX] = { "en", "sr-Latn", "sr-Cyrl" };

const char *req_arg(Req *p, const char *zName){
  int i;
  for(i=p->nArg-1; i>=0; i--){
    if( strcmp(p->aArg[i].zName, zName)==0 ){
      return p->aArg[i].zValue[0] ? p->aArg[i].zValue : 0;
    }
  }
  return 0;
}

const char *req_path(Req *p, int i){
  return i<p->nPath ? p->azPath[i] : "";
}

void req_header(Req *p, const char *zName, const char *zValue){
  if( p->nHeader+2 <= (int)(sizeof(p->azHeader)/sizeof(p->azHeader[0])) ){
    p->azHeader[p->nHeader++] = zName;
    p->azHeader[p->nHeader++] = zValue;
  }
}

void req_redirect(Req *p, const char *zUrl){
  p->iStatus = 303;
  req_header(p, "Location", arena_strdup(&p->arena, zUrl));
  buf_reset(&p->body);
}

void req_json(Req *p, json_t *pJ){
  char *z = json_dumps(pJ, JSON_INDENT(1)|JSON_REAL_PRECISION(12));
  json_decref(pJ);
  p->zType = "application/json";
  buf_reset(&p->body);
  if( z ){
    buf_puts(&p->body, z);
    buf_putc(&p->body, '\n');
    free(z);
  }
}

void req_error(Req *p, int iStatus, AccRc rc, const char *zFmt, ...){
  Buf msg = BUF_INIT;
  va_list ap;
  va_start(ap, zFmt);
  buf_vappendf(&msg, zFmt, ap);
  va_end(ap);
  p->iStatus = iStatus;
  if( p->bApi ){
    req_json(p, json_pack("{s:{s:i,s:s,s:s}}", "error", "code", (int)rc,
                          "name", azAccRcName[rc], "message",
                          tr_err(p, buf_str(&msg))));
  }else{
    buf_reset(&p->body);
    p->zType = "text/html; charset=utf-8";
    page_begin(p, tr(p, "Error"));
    html_printf(&p->body, "<h1>%h</h1>\n<p class=\"error\">%h</p>\n",
                tr(p, "Something went wrong"), tr_err(p, buf_str(&msg)));
    page_end(p);
  }
  buf_free(&msg);
}

int req_can(Req *p, Action eAct, int eEnt){
  return p->bLoggedIn && store_account_can(&p->acc, eAct, eEnt);
}

int req_can_item(Req *p, int e, int64_t id){
  char zErr[300];
  return p->bLoggedIn && store_account_can(&p->acc, ACT_WRITE, e)
      && store_authorize(p->pStore, &p->acc, e, id, 0, zErr,
                         sizeof(zErr))==ACC_OK;
}

int req_deny_item(Req *p, int e, int64_t id, const Value *aNew){
  char zErr[400];
  if( store_authorize(p->pStore, &p->acc, e, id, aNew, zErr,
                      sizeof(zErr))==ACC_OK ){
    return 0;
  }
  req_error(p, 403, ACC_DENIED, "%s", zErr);
  return 1;
}

int req_deny_in_dialogue(Req *p, int e, int64_t idD){
  Value aV[MAX_FIELDS];
  memset(aV, 0, sizeof(aV));
  if( aEntity[e].iDialogue>=0 ){
    aV[aEntity[e].iDialogue].eType = VAL_INT;
    aV[aEntity[e].iDialogue].i = idD;
  }
  return req_deny_item(p, e, 0, aV);
}

void page_begin(Req *p, const char *zTitle){
  Buf *b = &p->body;
  int i;
  html_printf(b, "<!DOCTYPE html>\n<html lang=\"%h\">\n<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, "
    "initial-scale=1\">\n<title>%h · Accord</title>\n"
    "<link rel=\"stylesheet\" href=\"/static/accord.css\">\n"
    "<script src=\"/static/accord.js\" defer></script>\n"
    "</head>\n<body>\n<a class=\"skip\" href=\"#main\">%h</a>\n"
    "<header class=\"top\">\n"
    "<a class=\"brand\" href=\"/\">Accord</a>\n<nav aria-label=\"%h\">\n",
    azLangCode[p->eLang], zTitle, tr(p, "Skip to the content"),
    tr(p, "Main"));
  if( p->bLoggedIn ){
    html_printf(b, "<a href=\"/home\">%h</a>\n", tr(p, "Home"));
  }
  html_printf(b, "<a href=\"/dialogues\">%h</a>\n", tr(p, "Dialogues"));
  html_printf(b, "<a href=\"/search\">%h</a>\n</nav>\n"
              "<div class=\"who\">\n", tr(p, "Search"));
  for(i=0; i<LANG__MAX; i++){
    static const char *const azShort[LANG__MAX] = {
      "English", "Latinica",
      /* "Ћирилица", split so no \x escape runs into the next byte */
      ("\xd0\x8b\xd0\xb8\xd1\x80\xd0\xb8\xd0\xbb"
       "\xd0\xb8\xd1\x86\xd0\xb0")
    };
    if( i==(int)p->eLang ){
      html_printf(b, "<span class=\"lang cur\">%h</span>", azShort[i]);
    }else{
      html_printf(b, "<a class=\"lang\" href=\"%h?lang=%t\" hreflang=\"%h\">"
                  "%h</a>", p->zPath ? p->zPath : "/", azLangCode[i],
                  azLangCode[i], azShort[i]);
    }
  }
  if( p->bLoggedIn ){
    if( store_account_can(&p->acc, ACT_ADMIN, -1) ){
      html_printf(b, " <a href=\"/admin/users\">%h</a>",
                  tr(p, "Accounts"));
    }
    html_printf(b, " <a href=\"/account\">%h</a>", tr(p, "My account"));
    html_printf(b, " <span class=\"user\">%h (%h)</span>\n"
      "<form method=\"post\" action=\"/logout\" class=\"inline\">"
      "<input type=\"hidden\" name=\"csrf\" value=\"%h\">"
      "<button type=\"submit\">%h</button></form>\n",
      tr_account(p, p->acc.zName), tr(p, azRoleLabel[p->acc.eRole]), p->zCsrf,
      tr(p, "Log out"));
  }else{
    html_printf(b, " <a href=\"/login\">%h</a>\n", tr(p, "Log in"));
  }
  html_printf(b, "</div>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n");
}

void page_end(Req *p){
  int i;
  html_printf(&p->body, "</main>\n<footer>\n<p>%h</p>\n"
    "<p class=\"tz\">%h ", tr(p, "Accord — strategic dialogues, measured."),
    tr(p, "Times are shown in the time zone:"));
  for(i=0; i<TZ__MAX; i++){
    if( i ) html_printf(&p->body, " · ");
    if( i==(int)p->eZone ){
      html_printf(&p->body, "<strong>%h</strong>", azTimeZoneName[i]);
    }else{
      html_printf(&p->body, "<a href=\"%h?tz=%t\" rel=\"nofollow\">%h</a>",
                  p->zPath ? p->zPath : "/", azTimeZoneName[i],
                  azTimeZoneName[i]);
    }
  }
  html_printf(&p->body, "</p>\n</footer>\n</body>\n</html>\n");
}
