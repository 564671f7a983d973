/*
** page_meeting.c: the page of a meeting (agenda and minutes rendered from
** Markdown in safe mode, participants, decisions and the actions they
** created, documents that came from it) and the page of a document (a
** joint statement, agreement, ...: its body, state, source, and the
** joint approval that makes it public).
*/
#include "page.h"

#include <string.h>

/* The participants of meeting id. */
static void participants(Req *p, int64_t id){
  PageRows r;
  int i;
  page_rows_by(p, ENT_PARTICIPANT, "meeting_id", id, &r);
  html_printf(&p->body, "<section aria-labelledby=\"participants\">\n"
    "<h2 id=\"participants\">%h</h2>\n", tr(p, "Participants"));
  if( r.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No participants recorded."));
  }else{
    html_printf(&p->body, "<div class=\"scroll\">"
      "<table>\n<thead><tr><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n", tr(p, "Name"),
      tr(p, "Party"), tr(p, "Position"), tr(p, "Role at the meeting"));
  }
  for(i=0; i<r.n; i++){
    Value *aP;
    if( store_item_get(p->pStore, ENT_PERSON,
                       page_int(ENT_PARTICIPANT, r.aaVal[i], "person_id"),
                       &p->arena, &aP) ){
      continue;
    }
    html_printf(&p->body, "<tr><td><a href=\"/item/participant/%lld\">%h"
      "</a></td><td>", (long long)r.aId[i], web_tx(p, ENT_PERSON, aP,
      "name"));
    page_link(p, ENT_PARTY, page_int(ENT_PERSON, aP, "party_id"));
    html_printf(&p->body, "</td><td>%h</td><td>%h</td></tr>\n",
      web_tx(p, ENT_PERSON, aP, "position"),
      web_tx(p, ENT_PARTICIPANT, r.aaVal[i], "role"));
  }
  if( r.n ) html_printf(&p->body, "</tbody>\n</table></div>\n");
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_PARTICIPANT, "meeting_id", id);
  html_printf(&p->body, "</p>\n</section>\n");
}

/* The decisions of meeting id and the actions they created. */
static void decisions(Req *p, int64_t id, Date today){
  PageRows r;
  int i;
  page_rows_by(p, ENT_DECISION, "meeting_id", id, &r);
  html_printf(&p->body, "<section aria-labelledby=\"decisions\">\n"
    "<h2 id=\"decisions\">%h</h2>\n", tr(p, "Decisions and actions"));
  if( r.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No decisions recorded."));
  }else{
    html_printf(&p->body, "<div class=\"scroll\">"
      "<table>\n<thead><tr><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
      tr(p, "Decision"), tr(p, "Action it created"), tr(p, "Owner"),
      tr(p, "Due"), tr(p, "Done"), tr(p, "Goal"));
  }
  for(i=0; i<r.n; i++){
    const Value *v = r.aaVal[i];
    const char *zAction = page_tx(p, ENT_DECISION, v, "action");
    Date due = page_date(ENT_DECISION, v, "due_on");
    const char *zDone = page_text(ENT_DECISION, v, "done_on");
    html_printf(&p->body, "<tr><td><a href=\"/item/decision/%lld\">%h</a>"
      "</td><td>%h</td><td>", (long long)r.aId[i],
      web_tx(p, ENT_DECISION, v, "text"), zAction ? zAction : "");
    page_link(p, ENT_PERSON, page_int(ENT_DECISION, v, "owner_id"));
    html_printf(&p->body, "</td><td>%h", page_day(p, due));
    if( zAction && zDone==0 && due!=DATE_NONE && due<today ){
      html_printf(&p->body, " <span class=\"st st-overdue\">%h</span>",
                  tr(p, "Overdue"));
    }
    html_printf(&p->body, "</td><td>%h</td><td>", zDone ? zDone : "");
    page_link(p, ENT_GOAL, page_int(ENT_DECISION, v, "goal_id"));
    html_printf(&p->body, "</td></tr>\n");
  }
  if( r.n ) html_printf(&p->body, "</tbody>\n</table></div>\n");
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_DECISION, "meeting_id", id);
  html_printf(&p->body, "</p>\n</section>\n");
}

/* A Markdown section, if the text is set. */
static void md_section(Req *p, const char *zId, const char *zTitle,
                       const char *zMd){
  if( zMd==0 ) return;
  html_printf(&p->body, "<section aria-labelledby=\"%h\">\n<h2 id=\"%h\">"
              "%h</h2>\n<div class=\"md\">\n", zId, zId, zTitle);
  page_markdown(p, zMd);
  html_printf(&p->body, "</div>\n</section>\n");
}

/*
** PAGE: /meeting/ID
** A meeting: agenda, minutes, participants, decisions and actions, and
** the documents that came from it.
*/
void page_meeting(Req *p){
  int64_t id = req_item_or_reply(p, ENT_MEETING, req_path(p, 0));
  const int e = ENT_MEETING;
  Value *aM;
  PageRows docs;
  int i;
  const char *z;
  if( id==0 ) return;
  if( store_item_get(p->pStore, e, id, &p->arena, &aM) ){
    req_error(p, 404, ACC_NOTFOUND, "no meeting %lld", (long long)id);
    return;
  }
  page_begin(p, web_tx(p, e, aM, "title"));
  html_printf(&p->body, "<p class=\"crumbs\">");
  page_link(p, ENT_DIALOGUE, web_int(e, aM, "dialogue_id"));
  if( web_int(e, aM, "wg_id") ){
    html_printf(&p->body, " › ");
    page_link(p, ENT_WG, web_int(e, aM, "wg_id"));
  }
  html_printf(&p->body, "</p>\n<h1>%h</h1>\n<p class=\"sub\">%h",
    web_tx(p, e, aM, "title"), page_enum_label(p, web_text(e, aM, "kind")));
  if( (z = page_tx(p, e, aM, "level"))!=0 ){
    html_printf(&p->body, " · %h", z);
  }
  html_printf(&p->body, " · %h", page_text(e, aM, "held_on")
              ? page_date_text(p, web_text(e, aM, "held_on")) : tr(p, "no date yet"));
  if( (z = page_text(e, aM, "place"))!=0 ){
    html_printf(&p->body, " · %h", z);
  }
  html_printf(&p->body, " · <span class=\"st st-%s\">%h</span> "
    "<span class=\"cls\">%h</span></p>\n",
    strcmp(web_text(e, aM, "state"), "held")==0 ? "achieved"
    : strcmp(web_text(e, aM, "state"), "cancelled")==0 ? "no_data"
    : "not_started", page_enum_label(p, web_text(e, aM, "state")),
    tr(p, web_text(e, aM, "classification")));
  page_item_actions(p, e, id);
  md_section(p, "agenda", tr(p, "Agenda"), page_tx(p, e, aM, "agenda"));
  md_section(p, "minutes", tr(p, "Minutes"), page_tx(p, e, aM, "minutes"));
  if( page_tx(p, e, aM, "agenda")==0 && page_tx(p, e, aM, "minutes")==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No agenda or minutes yet."));
  }
  participants(p, id);
  decisions(p, id, date_today());
  page_meeting_adopt(p, id, aM);
  page_rows_by(p, ENT_DOCUMENT, "meeting_id", id, &docs);
  if( docs.n ){
    html_printf(&p->body, "<section aria-labelledby=\"documents\">\n"
      "<h2 id=\"documents\">%h</h2>\n<ul>\n", tr(p, "Documents"));
    for(i=0; i<docs.n; i++){
      html_printf(&p->body, "<li><a href=\"/document/%lld\">%h</a> "
        "<span class=\"note\">%h · %h</span></li>\n", (long long)docs.aId[i],
        web_tx(p, ENT_DOCUMENT, docs.aaVal[i], "title"),
        page_enum_label(p, web_text(ENT_DOCUMENT, docs.aaVal[i], "kind")),
        page_enum_label(p, web_text(ENT_DOCUMENT, docs.aaVal[i], "state")));
    }
    html_printf(&p->body, "</ul>\n</section>\n");
  }
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_DOCUMENT, "meeting_id", id);
  html_printf(&p->body, "</p>\n");
  page_approvals(p, e, id);
  page_history(p, e, id);
  page_end(p);
}

/*
** PAGE: /document/ID
** A document: its text, state and source, and its joint approval.
*/
void page_document(Req *p){
  int64_t id = req_item_or_reply(p, ENT_DOCUMENT, req_path(p, 0));
  const int e = ENT_DOCUMENT;
  Value *aD;
  const char *z;
  if( id==0 ) return;
  if( store_item_get(p->pStore, e, id, &p->arena, &aD) ){
    req_error(p, 404, ACC_NOTFOUND, "no document %lld", (long long)id);
    return;
  }
  page_begin(p, web_tx(p, e, aD, "title"));
  html_printf(&p->body, "<p class=\"crumbs\">");
  page_link(p, ENT_DIALOGUE, web_int(e, aD, "dialogue_id"));
  if( web_int(e, aD, "meeting_id") ){
    html_printf(&p->body, " › ");
    page_link(p, ENT_MEETING, web_int(e, aD, "meeting_id"));
  }
  html_printf(&p->body, "</p>\n<h1>%h</h1>\n<p class=\"sub\">%h · "
    "<span class=\"st st-%s\">%h</span>", web_tx(p, e, aD, "title"),
    page_enum_label(p, web_text(e, aD, "kind")),
    strcmp(web_text(e, aD, "state"), "draft")==0 ? "not_started"
    : "achieved", page_enum_label(p, web_text(e, aD, "state")));
  if( (z = page_text(e, aD, "issued_on"))!=0 ){
    html_printf(&p->body, " · %h", arena_printf(&p->arena,
                tr(p, "issued %s"), page_date_text(p, z)));
  }
  html_printf(&p->body, " <span class=\"cls\">%h</span></p>\n",
              tr(p, web_text(e, aD, "classification")));
  if( web_int(e, aD, "source_id") ){
    html_printf(&p->body, "<p>%h ", tr(p, "Published source:"));
    page_link(p, ENT_SOURCE, web_int(e, aD, "source_id"));
    html_printf(&p->body, "</p>\n");
  }
  page_item_actions(p, e, id);
  if( (z = page_tx(p, e, aD, "body"))!=0 ){
    html_printf(&p->body, "<article class=\"md doc\">\n");
    page_markdown(p, z);
    html_printf(&p->body, "</article>\n");
  }else{
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No text yet."));
  }
  page_approvals(p, e, id);
  page_docfile_section(p, id);
  page_history(p, e, id);
  page_end(p);
}
