/*
** page_timeline.c: the roadmap of a dialogue, as an inline SVG timeline
** (planned dates as hollow diamonds, actual completion as filled
** circles, slippage as a line from the plan to the completion or, for a
** step still open, a dashed line to today; ongoing steps as hatched
** bars; today's date as a vertical line) and as a table with the
** slippage in words.  The SVG carries a <title> and a <desc> that says
** the same as the table, and marks differ by shape and dash, not only by
** colour, so that it reads in grey print.
*/
#include "page.h"

#include <string.h>

/* Geometry of the timeline. */
#define TL_W 900        /* width */
#define TL_LEFT 48      /* room for the step numbers */
#define TL_RIGHT 24
#define TL_TOP 34       /* room for the years */
#define TL_ROW 26       /* height of a step's row */
#define TL_BOTTOM 44    /* room for the legend */

/* Colours (SVG presentation attributes; the CSS's palette). */
#define C_INK "#1b2533"
#define C_MUTED "#5b6675"
#define C_LINE "#d7dce3"
#define C_OK "#1e7b34"
#define C_WARN "#985a00"
#define C_BAD "#b3261e"
#define C_ACCENT "#1f4e79"

static const char *const azRoman[] = {
  "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
  "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"
};

/* One step as the timeline needs it. */
typedef struct TlStep {
  int iPos;
  const char *zTitle;
  Date planned, started, done;  /* done: as typed or from the record */
  int bOngoing;
  int eStatus;                   /* a commitment's Status, or -1 */
  const char *zWhy;              /* the state from the record, or NULL */
} TlStep;

/* The x coordinate of day d on a timeline from t0 to t1. */
static double tl_x(Date d, Date t0, Date t1){
  return TL_LEFT + (double)(d - t0) * (TL_W - TL_LEFT - TL_RIGHT)
                   / (double)(t1 - t0);
}

/* The slippage of a step in words, and its badge class. */
static const char *step_slip(Req *p, const TlStep *s, Date today,
                             const char **pzCls){
  if( s->done!=DATE_NONE && s->planned!=DATE_NONE && s->done>s->planned ){
    *pzCls = "st-at_risk";
    return arena_printf(&p->arena, tr(p, "done %d days late"),
                        s->done - s->planned);
  }
  if( s->done!=DATE_NONE ){
    *pzCls = "st-achieved";
    return tr(p, "done on time");
  }
  if( s->eStatus>=0 ){
    /* a commitment judged from the record (027_planlife.sql) */
    *pzCls = arena_printf(&p->arena, "st-%s", azStatusName[s->eStatus]);
    return arena_printf(&p->arena, "%s: %s", tr(p,
                        azStatusLabel[s->eStatus]), s->zWhy);
  }
  if( s->bOngoing ){
    *pzCls = "st-on_track";
    return tr(p, "ongoing");
  }
  if( s->planned!=DATE_NONE && today>s->planned ){
    *pzCls = "st-overdue";
    return arena_printf(&p->arena, tr(p, "%d days past the plan"),
                        today - s->planned);
  }
  if( s->planned!=DATE_NONE ){
    *pzCls = "st-not_started";
    return arena_printf(&p->arena, tr(p, "due in %d days"),
                        s->planned - today);
  }
  *pzCls = "st-no_data";
  return tr(p, "no date planned");
}

/* The steps of dialogue idD in order of position, in p's arena. */
static TlStep *tl_steps(Req *p, int64_t idD, Date today, int *pn){
  PageRows r;
  TlStep *a;
  int i, j;
  page_rows_by(p, ENT_STEP, "dialogue_id", idD, &r);
  a = arena_alloc(&p->arena, sizeof(TlStep)*(r.n ? r.n : 1));
  for(i=0; i<r.n; i++){
    const Value *v = r.aaVal[i];
    a[i].iPos = (int)page_int(ENT_STEP, v, "position");
    a[i].zTitle = web_tx(p, ENT_STEP, v, "title");
    a[i].planned = page_date(ENT_STEP, v, "planned_on");
    a[i].started = page_date(ENT_STEP, v, "started_on");
    a[i].bOngoing = page_int(ENT_STEP, v, "ongoing")!=0;
    a[i].zWhy = page_step_state(p, r.aId[i], v, today, &a[i].eStatus,
                                &a[i].done);
  }
  /* Insertion sort by position: ten steps, usually in order already. */
  for(i=1; i<r.n; i++){
    TlStep t = a[i];
    for(j=i; j>0 && a[j-1].iPos>t.iPos; j--) a[j] = a[j-1];
    a[j] = t;
  }
  *pn = r.n;
  return a;
}

void page_roadmap_svg(Req *p, int64_t idD, Date today){
  int n, i, y0, y1, yr, H;
  TlStep *a = tl_steps(p, idD, today, &n);
  Date t0 = today, t1 = today, d;
  Buf *b = &p->body;
  int ty, tm, td;
  if( n==0 ) return;
  for(i=0; i<n; i++){
    Date ad[3];
    int k;
    ad[0] = a[i].planned; ad[1] = a[i].started; ad[2] = a[i].done;
    for(k=0; k<3; k++){
      if( ad[k]==DATE_NONE ) continue;
      if( ad[k]<t0 ) t0 = ad[k];
      if( ad[k]>t1 ) t1 = ad[k];
    }
  }
  date_to_ymd(t0, &y0, &tm, &td);
  date_to_ymd(t1, &y1, &tm, &td);
  date_from_ymd(y0, 1, 1, &t0);
  date_from_ymd(y1+1, 1, 1, &t1);
  H = TL_TOP + n*TL_ROW + TL_BOTTOM;
  html_printf(b, "<figure class=\"chart\">\n<div class=\"scroll\">"
    "<svg class=\"chart timeline\" "
    "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
    "aria-labelledby=\"tl-title tl-desc\" "
    "xmlns=\"http://www.w3.org/2000/svg\">\n"
    "<title id=\"tl-title\">%h</title>\n<desc id=\"tl-desc\">",
    TL_W, H, TL_W, H, tr(p, "Roadmap timeline: planned against actual"));
  for(i=0; i<n; i++){
    const char *zLitCls;
    html_printf(b, "%h ", arena_printf(&p->arena,
      tr(p, "Step %s: planned %s; %s."),
      azRoman[a[i].iPos>0 && a[i].iPos<=20 ? a[i].iPos : 0],
      a[i].planned!=DATE_NONE ? page_day(p, a[i].planned) : tr(p, "no date"),
      step_slip(p, &a[i], today, &zLitCls)));
  }
  html_printf(b, "</desc>\n<defs><pattern id=\"tl-hatch\" width=\"6\" "
    "height=\"6\" patternUnits=\"userSpaceOnUse\" "
    "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" "
    "fill=\"#e6f4ea\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" "
    "stroke=\"" C_OK "\" stroke-width=\"2\"/></pattern></defs>\n");
  /* Years. */
  for(yr=y0; yr<=y1+1; yr++){
    double x;
    date_from_ymd(yr, 1, 1, &d);
    x = tl_x(d, t0, t1);
    html_printf(b, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
      "stroke=\"" C_LINE "\"/>\n", x, TL_TOP-6, x, TL_TOP + n*TL_ROW);
    if( yr<=y1 && ((y1-y0)<12 || yr%2==0) ){
      double x2;
      date_from_ymd(yr, 7, 1, &d);
      x2 = tl_x(d, t0, t1);
      html_printf(b, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" "
        "font-size=\"12\" fill=\"" C_MUTED "\">%d</text>\n", x2, TL_TOP-12,
        yr);
    }
  }
  /* Rows. */
  for(i=0; i<n; i++){
    const TlStep *s = &a[i];
    double yc = TL_TOP + i*TL_ROW + TL_ROW/2.0;
    html_printf(b, "<g><title>%h</title>\n", s->zTitle);
    if( i%2==0 ){
      html_printf(b, "<rect x=\"0\" y=\"%.1f\" width=\"%d\" height=\"%d\" "
        "fill=\"#f3f5f8\"/>\n", yc - TL_ROW/2.0, TL_W, TL_ROW);
    }
    html_printf(b, "<text x=\"8\" y=\"%.1f\" font-size=\"12\" "
      "font-weight=\"600\" fill=\"" C_INK "\">%h</text>\n", yc+4,
      azRoman[s->iPos>0 && s->iPos<=20 ? s->iPos : 0]);
    if( s->bOngoing && s->done==DATE_NONE ){
      Date from = s->started!=DATE_NONE ? s->started : s->planned;
      double x0, x1;
      if( from==DATE_NONE || from>today ) from = today - 90;
      x0 = tl_x(from, t0, t1);
      x1 = tl_x(today, t0, t1);
      html_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
        "height=\"10\" fill=\"url(#tl-hatch)\" stroke=\"" C_OK "\"/>\n"
        "<path d=\"M%.1f %.1f l8 5 l-8 5 z\" fill=\"" C_OK "\"/>\n"
        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"" C_INK "\">"
        "%h</text>\n", x0, yc-5, x1-x0 > 1 ? x1-x0 : 1, x1, yc-5,
        x1+12, yc+4, tr(p, "ongoing"));
    }
    if( s->planned!=DATE_NONE ){
      double xp = tl_x(s->planned, t0, t1);
      if( s->done!=DATE_NONE && s->done!=s->planned ){
        double xd = tl_x(s->done, t0, t1);
        html_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
          "y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"/>\n", xp, yc, xd, yc,
          s->done>s->planned ? C_WARN : C_OK);
      }else if( s->done==DATE_NONE && !s->bOngoing && today>s->planned ){
        double xt = tl_x(today, t0, t1);
        html_printf(b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
          "y2=\"%.1f\" stroke=\"" C_BAD "\" stroke-width=\"3\" "
          "stroke-dasharray=\"6 3\"/>\n<text x=\"%.1f\" y=\"%.1f\" "
          "font-size=\"11\" fill=\"" C_BAD "\">%h</text>\n",
          xp, yc, xt, yc, xt+6, yc+4, arena_printf(&p->arena,
          tr(p, "+%d days"), today - s->planned));
      }
      html_printf(b, "<path d=\"M%.1f %.1f l6 6 l-6 6 l-6 -6 z\" "
        "fill=\"#fff\" stroke=\"" C_ACCENT "\" stroke-width=\"2\"/>\n",
        xp, yc-6);
    }
    if( s->done!=DATE_NONE ){
      html_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"" C_OK
        "\" stroke=\"" C_INK "\"/>\n", tl_x(s->done, t0, t1), yc);
    }
    html_printf(b, "</g>\n");
  }
  /* Today. */
  {
    double xt = tl_x(today, t0, t1);
    html_printf(b, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
      "stroke=\"" C_INK "\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>"
      "\n<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
      "fill=\"" C_INK "\">%h</text>\n", xt, TL_TOP-4, xt,
      TL_TOP + n*TL_ROW, xt, TL_TOP + n*TL_ROW + 14,
      page_day_in(p, today==date_today() ? tr(p, "today %s")
                  : tr(p, "as of %s"), today));
  }
  /* Legend, laid out by the width of its labels. */
  ty = TL_TOP + n*TL_ROW + 34;
  {
    int x = 10;
    html_printf(b, "<g font-size=\"11\" fill=\"" C_INK "\">"
      "<path d=\"M%d %d l6 6 l-6 6 l-6 -6 z\" fill=\"#fff\" stroke=\""
      C_ACCENT "\" stroke-width=\"2\"/><text x=\"%d\" y=\"%d\">%h</text>",
      x, ty-6, x+12, ty+4, tr(p, "planned"));
    x += 12 + page_text_px(tr(p, "planned"), 11) + 24;
    html_printf(b, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"" C_OK
      "\" stroke=\"" C_INK "\"/><text x=\"%d\" y=\"%d\">%h</text>", x,
      ty, x+12, ty+4, tr(p, "done"));
    x += 12 + page_text_px(tr(p, "done"), 11) + 24;
    html_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
      "stroke=\"" C_WARN "\" stroke-width=\"3\"/><text x=\"%d\" y=\"%d\">"
      "%h</text>", x, ty, x+30, ty, x+36, ty+4, tr(p, "done late"));
    x += 36 + page_text_px(tr(p, "done late"), 11) + 24;
    html_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
      "stroke=\"" C_BAD "\" stroke-width=\"3\" stroke-dasharray=\"6 3\"/>"
      "<text x=\"%d\" y=\"%d\">%h</text>", x, ty, x+30, ty, x+36, ty+4,
      tr(p, "open, past the plan"));
    x += 36 + page_text_px(tr(p, "open, past the plan"), 11) + 24;
    html_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"30\" height=\"10\" "
      "fill=\"url(#tl-hatch)\" stroke=\"" C_OK "\"/><text x=\"%d\" "
      "y=\"%d\">%h</text></g>\n", x, ty-5, x+36, ty+4, tr(p, "ongoing"));
  }
  html_printf(b, "</svg></div>\n<figcaption class=\"note\">%h</figcaption>\n"
    "</figure>\n", tr(p, "Each row is a step of the roadmap; the table "
    "below gives the same in words."));
}

void page_roadmap_table(Req *p, int64_t idD, Date today){
  int n, i;
  TlStep *a = tl_steps(p, idD, today, &n);
  PageRows r;
  if( n==0 ){
    html_printf(&p->body, "<p class=\"note\">%h</p>\n",
                tr(p, "No roadmap steps yet."));
    return;
  }
  page_rows_by(p, ENT_STEP, "dialogue_id", idD, &r);
  html_printf(&p->body, "<div class=\"scroll\">"
    "<table>\n<caption>%h</caption>\n<thead><tr>"
    "<th scope=\"col\">#</th><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th><th scope=\"col\">%h</th>"
    "<th scope=\"col\">%h</th></tr></thead>\n<tbody>\n",
    tr(p, "Roadmap steps"), tr(p, "Step"), tr(p, "Planned"), tr(p, "Done"),
    page_day_in(p, tr(p, "Slippage on %s"), today));
  for(i=0; i<n; i++){
    const char *zLitCls, *zSlip = step_slip(p, &a[i], today, &zLitCls);
    const char *zLabel = "";
    int64_t idStep = 0;
    int k;
    for(k=0; k<r.n; k++){
      if( page_int(ENT_STEP, r.aaVal[k], "position")==a[i].iPos ){
        zLabel = web_tx(p, ENT_STEP, r.aaVal[k], "planned_label");
        idStep = r.aId[k];
      }
    }
    html_printf(&p->body, "<tr><td class=\"num\">%d</td><td><a href=\"/item"
      "/step/%lld\">%h</a></td><td>%h<br><span class=\"note\">%h</span>"
      "</td><td>%h</td><td><span class=\"st %s\">%h</span></td></tr>\n",
      a[i].iPos, (long long)idStep, a[i].zTitle, zLabel,
      page_day(p, a[i].planned), page_day(p, a[i].done), zLitCls, zSlip);
  }
  html_printf(&p->body, "</tbody>\n</table></div>\n<p class=\"actions\">");
  page_new_link(p, ENT_STEP, "dialogue_id", idD);
  html_printf(&p->body, "</p>\n");
}
