/*
** page_feed.c: the calendar feeds and the SDMX-CSV export over HTTP.
**
**   GET /calendar.ics                   every dialogue the reader may see
**   GET /dialogue/:id/calendar.ics      one dialogue
**   GET /observations.sdmx.csv          indicator observations, SDMX-CSV
**
** The reader is whoever http.c identified (the public, a session, an API
** token sent as a bearer) and the store's viewer is already theirs.  A
** calendar client can do neither, so the feeds also take ?key=KEY, a
** calendar key (`accord token add LOGIN --calendar`): the feed is then
** that account's, and a key that is not one answers 404 like a page that
** does not exist, with no data.  A calendar key opens only these feeds;
** it is not an API token.  The bodies come from src/report (ical.c,
** sdmx.c), which read only what the store's viewer may see.
*/
#include "page.h"
#include "../report/ical.h"
#include "../report/sdmx.h"

#include <string.h>

/* If the request names a calendar key, make its account the reader.
** Returns 0, or -1 after replying 404 when the key opens nothing. */
static int feed_reader_or_reply(Req *p){
  const char *zKey = req_arg(p, "key");
  Account acc;
  if( zKey==0 ) return 0;
  if( strlen(zKey)>=TOKEN_HEX
   || store_calendar_key_get(p->pStore, zKey, &acc)!=ACC_OK ){
    req_error(p, 404, ACC_NOTFOUND, "no calendar at this address");
    return -1;
  }
  store_set_viewer(p->pStore, access_max_class(acc.eRole));
  store_set_account(p->pStore, &acc);
  req_header(p, "Cache-Control", "private");
  return 0;
}

/* Reply with the feed of dialogue idDialogue (0: all). */
static void feed_reply(Req *p, int64_t idDialogue){
  char zErr[200];
  AccRc rc;
  rc = ical_feed_lang(p->pStore, idDialogue, 0, (int)p->eLang, &p->body, 0,
                      zErr, sizeof(zErr));
  if( rc ){
    buf_reset(&p->body);
    req_error(p, 404, rc, "%s", zErr);
    return;
  }
  p->zType = "text/calendar; charset=utf-8";
  req_header(p, "Content-Disposition", "inline; filename=\"accord.ics\"");
}

/*
** PAGE: /calendar.ics
** The iCalendar feed of every dialogue the reader may see, or of
** ?dialogue=CODE; ?key=KEY reads as the calendar key's account.
*/
void page_calendar(Req *p){
  const char *zDialogue;
  int64_t idDialogue = 0;
  if( feed_reader_or_reply(p) ) return;
  zDialogue = req_arg(p, "dialogue");
  if( zDialogue ){
    idDialogue = req_item_or_reply(p, ENT_DIALOGUE, zDialogue);
    if( idDialogue==0 ) return;
  }
  feed_reply(p, idDialogue);
}

/*
** PAGE: /dialogue/:id/calendar.ics
** The iCalendar feed of one dialogue (404 if the reader may not see it).
*/
void page_dialogue_calendar(Req *p){
  int64_t idDialogue;
  if( feed_reader_or_reply(p) ) return;
  idDialogue = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  if( idDialogue==0 ) return;
  feed_reply(p, idDialogue);
}

/*
** PAGE: /observations.sdmx.csv
** Indicator observations as SDMX-CSV 2.0: every indicator the reader may
** see, or those of ?dialogue=CODE, or ?indicator=CODE alone; with
** ?labels=both or ?labels=name, the names in the reader's language.
*/
void page_sdmx(Req *p){
  const char *zDialogue = req_arg(p, "dialogue");
  const char *zIndicator = req_arg(p, "indicator");
  const char *zLabels = req_arg(p, "labels");
  int eLabels = SDMX_LABELS_ID;
  int64_t idDialogue = 0, idIndicator = 0;
  char zErr[200];
  AccRc rc;
  if( zDialogue ){
    idDialogue = req_item_or_reply(p, ENT_DIALOGUE, zDialogue);
    if( idDialogue==0 ) return;
  }
  if( zIndicator ){
    idIndicator = req_item_or_reply(p, ENT_INDICATOR, zIndicator);
    if( idIndicator==0 ) return;
  }
  if( zLabels ){
    if( strcmp(zLabels, "both")==0 ) eLabels = SDMX_LABELS_BOTH;
    else if( strcmp(zLabels, "name")==0 ) eLabels = SDMX_LABELS_NAME;
    else if( strcmp(zLabels, "id")!=0 ){
      req_error(p, 400, ACC_INVALID, "labels: expected id, both or name");
      return;
    }
  }
  rc = sdmx_export_labels(p->pStore, idDialogue, idIndicator, eLabels,
                          (int)p->eLang, &p->body, 0, zErr, sizeof(zErr));
  if( rc ){
    /* ACC_INVALID: a text written before input was checked is not valid
    ** UTF-8; the file is not sent rather than sent broken. */
    buf_reset(&p->body);
    req_error(p, rc==ACC_NOTFOUND ? 404 : 500, rc, "%s", zErr);
    return;
  }
  p->zType = SDMX_MEDIA_TYPE "; charset=utf-8";
  if( eLabels!=SDMX_LABELS_ID ){
    /* the language of the names (SDMX-CSV 2.0 recommends saying it) */
    req_header(p, "Content-Language", p->eLang==LANG_EN ? "en"
               : p->eLang==LANG_SR_CYRL ? "sr-Cyrl" : "sr-Latn");
  }
  req_header(p, "Content-Disposition",
             "attachment; filename=\"observations.sdmx.csv\"");
}
