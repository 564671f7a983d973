/*
** page_risk.c: the risk register of a dialogue: every risk the reader may
** see with its likelihood, impact, severity (likelihood x impact), owner,
** mitigation, review date and state, open risks first, the most severe
** first; and a 3x3 matrix of the open risks by likelihood and impact.
*/
#include "page.h"

#include <string.h>

/* The matrix of open risks: rows impact high to low, columns likelihood
** low to high, cells the number of risks. */
static void risk_matrix(Req *p, const PageRows *r){
  int aCount[3][3], i, l, m;
  memset(aCount, 0, sizeof(aCount));
  for(i=0; i<r->n; i++){
    const Value *v = r->aaVal[i];
    const char *zL = page_text(ENT_RISK, v, "likelihood");
    const char *zI = page_text(ENT_RISK, v, "impact");
    if( strcmp(web_text(ENT_RISK, v, "state"), "open")!=0 || !zL || !zI ){
      continue;
    }
    l = model_enum_find(azRiskLevel, zL);
    m = model_enum_find(azRiskLevel, zI);
    if( l>=0 && m>=0 && l<3 && m<3 ) aCount[m][l]++;
  }
  html_printf(&p->body, "<div class=\"scroll\">"
    "<table class=\"matrix\">\n<caption>%h</caption>\n"
    "<thead><tr><td></td><th scope=\"col\" colspan=\"3\">%h</th></tr>\n"
    "<tr><th scope=\"col\">%h</th>", tr(p, "Open risks by likelihood and "
    "impact"), tr(p, "Likelihood"), tr(p, "Impact"));
  for(l=0; l<3; l++){
    html_printf(&p->body, "<th scope=\"col\">%h</th>",
                page_enum_label(p, azRiskLevel[l]));
  }
  html_printf(&p->body, "</tr></thead>\n<tbody>\n");
  for(m=2; m>=0; m--){
    html_printf(&p->body, "<tr><th scope=\"row\">%h</th>",
                page_enum_label(p, azRiskLevel[m]));
    for(l=0; l<3; l++){
      int s = (l+1)*(m+1);
      html_printf(&p->body, "<td class=\"num sev-cell sev-%d\">%d</td>",
                  s>=6 ? 3 : s>=3 ? 2 : 1, aCount[m][l]);
    }
    html_printf(&p->body, "</tr>\n");
  }
  html_printf(&p->body, "</tbody>\n</table></div>\n");
}

/*
** PAGE: /dialogue/ID/risks
** The risk register of a dialogue.
*/
void page_risks(Req *p){
  int64_t idD = req_item_or_reply(p, ENT_DIALOGUE, req_path(p, 0));
  PageRows r;
  Value *aD;
  int *aOrder, i;
  Date today = date_today();
  if( idD==0 ) return;
  if( store_item_get(p->pStore, ENT_DIALOGUE, idD, &p->arena, &aD) ){
    req_error(p, 404, ACC_NOTFOUND, "no dialogue %lld", (long long)idD);
    return;
  }
  page_rows_by(p, ENT_RISK, "dialogue_id", idD, &r);
  aOrder = page_risk_order(p, &r);
  page_begin(p, tr(p, "Risk register"));
  html_printf(&p->body, "<p class=\"crumbs\">");
  page_link(p, ENT_DIALOGUE, idD);
  html_printf(&p->body, "</p>\n<h1>%h</h1>\n<p class=\"sub\">%h</p>\n",
    tr(p, "Risk register"), tr(p, "Open risks first, the most severe "
    "first. Severity is likelihood times impact (low 1, medium 2, "
    "high 3)."));
  risk_matrix(p, &r);
  if( r.n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No risks you may see."));
  }else{
    html_printf(&p->body, "<div class=\"scroll\">"
      "<table class=\"register\">\n<caption>%h"
      "</caption>\n<thead><tr><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\" class=\"num\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
      "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
      tr(p, "Risks"), tr(p, "Risk"), tr(p, "Likelihood"), tr(p, "Impact"),
      tr(p, "Severity"), tr(p, "Owner"), tr(p, "Mitigation"),
      tr(p, "Review"), tr(p, "State"));
  }
  for(i=0; i<r.n; i++){
    const Value *v = r.aaVal[aOrder[i]];
    int s = page_risk_score(v);
    const char *z;
    Date review = page_date(ENT_RISK, v, "review_on");
    int bOpen = strcmp(web_text(ENT_RISK, v, "state"), "open")==0;
    html_printf(&p->body, "<tr%s><td><a href=\"/item/risk/%lld\">%h</a> "
      "<span class=\"cls\">%h</span></td><td>%h</td><td>%h</td>"
      "<td class=\"num\">", bOpen ? "" : " class=\"closed\"",
      (long long)r.aId[aOrder[i]], web_tx(p, ENT_RISK, v, "description"),
      tr(p, web_text(ENT_RISK, v, "classification")),
      page_enum_label(p, web_text(ENT_RISK, v, "likelihood")),
      page_enum_label(p, web_text(ENT_RISK, v, "impact")));
    if( s ){
      html_printf(&p->body, "<span class=\"sev sev-%d\">%d</span>",
                  s>=6 ? 3 : s>=3 ? 2 : 1, s);
    }
    html_printf(&p->body, "</td><td>");
    page_link(p, ENT_PERSON, page_int(ENT_RISK, v, "owner_id"));
    z = page_tx(p, ENT_RISK, v, "mitigation");
    html_printf(&p->body, "</td><td><span class=\"long\">%h</span></td>"
      "<td>%h", z ? z : "", page_day(p, review));
    if( bOpen && review!=DATE_NONE && review<today ){
      html_printf(&p->body, " <span class=\"st st-overdue\">%h</span>",
                  tr(p, "review overdue"));
    }else if( bOpen && review==DATE_NONE ){
      html_printf(&p->body, "<span class=\"note\">%h</span>",
                  tr(p, "no review date"));
    }
    html_printf(&p->body, "</td><td>%h</td></tr>\n",
                page_enum_label(p, web_text(ENT_RISK, v, "state")));
  }
  if( r.n ) html_printf(&p->body, "</tbody>\n</table></div>\n");
  html_printf(&p->body, "<p class=\"actions\">");
  page_new_link(p, ENT_RISK, "dialogue_id", idD);
  html_printf(&p->body, "</p>\n");
  page_end(p);
}
