/*
** status_source.c: the status engine's rules on sources (docs/status.md,
** "Sources").
**
** status_compute() (status.c) judges the goal once on the resolved
** series; status_sources() then looks at where the figures it judged came
** from.  One source for all of them (or the owner's choice): the sentence
** names it.  A period the judgement used whose sources disagree, or a
** growth or level comparison across sources: each source's own series is
** judged, and the verdicts either agree (and say so) or make the goal
** STATUS_DISPUTED.  Pure computation, like the rest of the engine.
*/
#include "statusInt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* The order in which sources are preferred when nothing else decides:
** named sources by id, then values that name none.  Returns <0 if source
** a comes first. */
int status_source_cmp(int64_t a, int64_t b){
  if( a==b ) return 0;
  if( a==0 ) return 1;
  if( b==0 ) return -1;
  return a<b ? -1 : 1;
}

int status_source_order(int64_t a, int64_t b){
  return status_source_cmp(a, b);
}

/* The short name of source id (0: values that name no source). */
static const char *source_short(const GoalSpec *g, int64_t id){
  int i;
  if( id==0 ) return "values without a source";
  for(i=0; i<g->nSource; i++){
    if( g->aSource[i].id==id && g->aSource[i].zShort
     && g->aSource[i].zShort[0] ){
      return g->aSource[i].zShort;
    }
  }
  return "an unnamed source";
}

/*
** The source that gives every figure judged.  Over the used periods
** without a preferred value, the sources whose latest value is the value
** that counts are intersected; preferred values (the owner's choice) fit
** any source.  Returns 1 with *piSource set (0 if the figures name no
** source or none was used, STATUS_SRC_MIXED if the owner's choices come
** from another source than the rest), or 0 if no one source gives every
** figure (a disagreement, or a comparison across sources).
*/
static int used_source(const StatusCtx *p, int64_t *piSource){
  int64_t aOut[STATUS_SLOTSRC], iPref = 0;
  int i, j, k, n = -1, bPref = 0, bPrefMixed = 0;
  for(i=0; i<STATUS_WINDOW; i++){
    const StatusSlot *s = &p->aSlot[i];
    int64_t aHere[STATUS_SLOTSRC];
    int nHere = 0, nKeep = 0;
    if( !s->bUsed ) continue;
    if( s->bPref || s->bEv ){
      if( bPref && s->iSource!=iPref ) bPrefMixed = 1;
      iPref = s->iSource;
      bPref = 1;
      continue;
    }
    for(j=0; j<s->nE; j++){
      if( s->aE[j].value==s->value ) aHere[nHere++] = s->aE[j].iSource;
    }
    if( s->bDiffer ) nHere = 0;
    if( n<0 ){
      memcpy(aOut, aHere, sizeof(int64_t)*(size_t)nHere);
      n = nHere;
      continue;
    }
    for(j=0; j<n; j++){
      for(k=0; k<nHere && aHere[k]!=aOut[j]; k++){}
      if( k<nHere ) aOut[nKeep++] = aOut[j];
    }
    n = nKeep;
  }
  if( n==0 ) return 0;
  if( n<0 ){
    *piSource = bPrefMixed ? STATUS_SRC_MIXED : iPref;
    return 1;
  }
  *piSource = aOut[0];
  for(i=1; i<n; i++){
    if( status_source_cmp(aOut[i], *piSource)<0 ) *piSource = aOut[i];
  }
  if( bPref && (bPrefMixed || iPref!=*piSource) ){
    *piSource = STATUS_SRC_MIXED;
  }
  return 1;
}

/*
** The sources to judge one by one: every source with a value in a period
** the judgement used, in status_source_cmp() order, at most STATUS_MAXSRC.
*/
static int used_sources(const StatusCtx *p, int64_t *aOut){
  int i, j, k, n = 0;
  for(i=0; i<STATUS_WINDOW; i++){
    const StatusSlot *s = &p->aSlot[i];
    if( !s->bUsed || s->bPref || s->bEv ) continue;
    for(j=0; j<s->nE; j++){
      int64_t id = s->aE[j].iSource;
      for(k=0; k<n && aOut[k]!=id; k++){}
      if( k<n ) continue;
      if( n<STATUS_MAXSRC ){
        aOut[n++] = id;
      }else if( status_source_cmp(id, aOut[n-1])<0 ){
        aOut[n-1] = id;
      }else{
        continue;
      }
      for(k=n-1; k>0 && status_source_cmp(aOut[k], aOut[k-1])<0; k--){
        int64_t t = aOut[k]; aOut[k] = aOut[k-1]; aOut[k-1] = t;
      }
    }
  }
  return n;
}

/*
** Name the source of the figures judged, in short form, before the final
** full stop of the sentence: "... target (U.S. Census Bureau)."
*/
static void why_source(StatusCtx *p, int64_t iSource){
  const GoalSpec *g = p->pGoal;
  char zNote[160];
  StatusResult *r = p->pRes;
  if( r->nFig==0 || p->nWhy==0 || r->zWhy[p->nWhy-1]!='.'
   || iSource==0 ){
    return;
  }
  if( iSource==STATUS_SRC_MIXED ){
    snprintf(zNote, sizeof(zNote), " (several sources).");
  }else{
    snprintf(zNote, sizeof(zNote), " (%s).", source_short(g, iSource));
  }
  p->nWhy--;
  r->zWhy[p->nWhy] = 0;
  status_say_unstop(p);
  status_why_force(p, "%s", zNote);
}

/* Append "2025: 1,157.9" for the latest figure of verdict v to the
** sentence, or nothing. */
static void why_verdict_figure(StatusCtx *p, const StatusVerdict *v){
  char zP[12], zV[STATUS_NUMSZ];
  if( !v->bLatest ) return;
  period_format(v->latest, zP);
  status_why_appendf(p, " (%s: %s%s)", zP, status_fmt_num(v->rLatest, zV),
                     p->zUnit);
}

/*
** The figures judged come from more than one source without the owner's
** choice (a period where they disagree, or a comparison of one source's
** figure with another's): judge each source's own series (its values and
** the owner's preferred ones).  Where every source gives the same verdict
** it stands, and the sentence says that the others agree; where they
** differ (a source whose series cannot be judged alone counts as "not
** judged") the status is DISPUTED, naming each source's verdict and
** latest figure and what resolves it.  If no source can be judged alone,
** NO_DATA says so.
*/
static void judge_sources(StatusCtx *p, const ObsPoint *aObs, int nObs,
                          const int64_t *aSrc, int nSrc, int nConflict){
  StatusResult *pRes = p->pRes;
  StatusResult aR[STATUS_MAXSRC];
  StatusVerdict aV[STATUS_MAXSRC];
  int i, iFirst = -1, bAgree = 1, nJudged = 0;
  for(i=0; i<nSrc; i++){
    /* The context is reused: the combined run is done with it. */
    StatusConfig cfg = p->cfg;
    status_ctx_init(p, p->pGoal, p->at, &cfg, &aR[i]);
    p->bOnly = 1;
    p->iOnly = aSrc[i];
    status_judge_once(p, aObs, nObs);
    why_source(p, aSrc[i]);
    aV[i].iSource = aSrc[i];
    aV[i].eStatus = aR[i].eStatus;
    aV[i].bLatest = aR[i].bLatest;
    aV[i].latest = aR[i].latest;
    aV[i].rLatest = aR[i].rLatest;
    if( aR[i].eStatus==STATUS_NO_DATA ) continue;
    nJudged++;
    if( iFirst<0 ) iFirst = i;
    else if( aR[i].eStatus!=aR[iFirst].eStatus ) bAgree = 0;
  }
  p->bOnly = 0;
  p->pRes = pRes;
  if( nJudged>0 && bAgree && nJudged==nSrc ){
    *pRes = aR[iFirst];
    pRes->iSource = aSrc[iFirst];
    p->nWhy = strlen(pRes->zWhy);
    p->bWhyFull = 0;
    p->nMsg = strlen(pRes->zMsg);
    p->bMsgFull = 0;
    for(i=0; i<nSrc; i++){
      if( i==iFirst ) continue;
      status_why_appendf(p, " The figures of %s give the same verdict",
                         source_short(p->pGoal, aSrc[i]));
      why_verdict_figure(p, &aV[i]);
      status_why_appendf(p, ".");
    }
  }else{
    memset(pRes, 0, sizeof(*pRes));
    p->nWhy = 0;
    p->bWhyFull = 0;
    p->nMsg = 0;
    p->bMsgFull = 0;
    pRes->eStatus = nJudged>0 ? STATUS_DISPUTED : STATUS_NO_DATA;
    if( nJudged>0 ){
      status_why_appendf(p, "Sources disagree:");
      for(i=0; i<nSrc; i++){
        status_why_appendf(p, "%s on the figures of %s the goal is %s",
                           i==0 ? "" : ";", source_short(p->pGoal, aSrc[i]),
                           aV[i].eStatus==STATUS_NO_DATA ? "not judged"
                           : azStatusLabel[aV[i].eStatus]);
        why_verdict_figure(p, &aV[i]);
      }
      status_why_appendf(p, ".");
    }else{
      status_why_appendf(p, "No single source gives every figure the"
                         " judgement needs (");
      for(i=0; i<nSrc; i++){
        status_why_appendf(p, "%s%s", i==0 ? "" : "; ",
                           source_short(p->pGoal, aSrc[i]));
      }
      status_why_appendf(p, ").");
    }
    status_why_force(p, "%s", " Choose the value that counts (accord"
                     " prefer) or set the indicator's source of record.");
    pRes->iSource = STATUS_SRC_MIXED;
    /* The figures judged: each source's latest. */
    for(i=0; i<nSrc; i++){
      if( aR[i].nFig>0 && pRes->nFig<STATUS_MAXFIG ){
        pRes->aFig[pRes->nFig++] = aR[i].aFig[aR[i].nFig-1];
      }
    }
  }
  pRes->nConflict = nConflict;
  pRes->nVerdict = nSrc;
  memcpy(pRes->aVerdict, aV, sizeof(StatusVerdict)*(size_t)nSrc);
}

/*
** After the judgement on the resolved series: name the source of the
** figures judged, or, if they are disputed or come from different
** sources without the owner's choice, judge each source apart.
*/
void status_sources(StatusCtx *p, const ObsPoint *aObs, int nObs){
  const GoalSpec *g = p->pGoal;
  StatusResult *pRes = p->pRes;
  int64_t aSrc[STATUS_MAXSRC];
  int nSrc, nConflict = pRes->nConflict;
  if( nConflict==0 && used_source(p, &pRes->iSource) ){
    /* One source gives every figure judged (or the owner chose). */
    why_source(p, pRes->iSource);
    return;
  }
  if( g->eKind!=GOAL_GROWTH && g->eKind!=GOAL_LEVEL && nConflict==0 ){
    /* Counts: each period stands alone; the figures name their sources. */
    pRes->iSource = STATUS_SRC_MIXED;
    why_source(p, STATUS_SRC_MIXED);
    return;
  }
  nSrc = used_sources(p, aSrc);
  judge_sources(p, aObs, nObs, aSrc, nSrc, nConflict);
}

/*
** A choice of the owner that a later value reopened: say so, naming the
** period, the source of the new value and what to do.  "The owner's
** choice for 2025 (1,157.9 million USD, U.S. Census Bureau) was reopened
** by a later value of Statistical Office of Serbia (1,100 million USD):
** choose again (accord prefer)."
*/
void status_why_reopen(StatusCtx *p, int nReopen, const StatusReopen *pRe){
  char zP[12], zOld[STATUS_NUMSZ], zNew[STATUS_NUMSZ];
  const char *zChosen = source_short(p->pGoal, pRe->iChosen);
  const char *zSrc = source_short(p->pGoal, pRe->iSource);
  period_format(pRe->period, zP);
  status_fmt_num(pRe->rChosen, zOld);
  status_fmt_num(pRe->rNew, zNew);
  if( nReopen>1 ){
    status_why_force(p, " The owner's choice for %s and %d other period%s"
                     " (%s%s, %s) was reopened by a later value of %s"
                     " (%s%s): choose again (accord prefer).", zP,
                     nReopen-1, nReopen==2 ? "" : "s", zOld, p->zUnit,
                     zChosen, zSrc, zNew, p->zUnit);
  }else{
    status_why_force(p, " The owner's choice for %s (%s%s, %s) was reopened"
                     " by a later value of %s (%s%s): choose again (accord"
                     " prefer).", zP, zOld, p->zUnit, zChosen, zSrc, zNew,
                     p->zUnit);
  }
}

int status_period_open(const ObsPoint *aObs, int nObs){
  StatusReopen re;
  int i, bDiffer = 0, bPref = 0, bFirst = 1;
  double r0 = 0.0;
  for(i=0; i<nObs; i++){
    if( aObs[i].bEvent || !isfinite(aObs[i].value) ) continue;
    if( bFirst ){ r0 = aObs[i].value; bFirst = 0; }
    else if( aObs[i].value!=r0 ) bDiffer = 1;
    if( aObs[i].bPreferred ) bPref = 1;
  }
  if( !bDiffer ) return 0;
  if( !bPref ) return STATUS_OPEN_UNCHOSEN;
  return status_choice_reopened(aObs, nObs, &re) ? STATUS_OPEN_REOPENED : 0;
}
