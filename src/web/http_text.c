/*
** http_text.c: the text of a request, for http.c: decoding a form,
** checking that text is UTF-8, and finding the route of a method and
** path (see httpInt.h).
*/
#include "web.h"
#include "httpInt.h"

#include <stdlib.h>
#include <string.h>

/* Decode %XX and '+' in place. */
void http_url_decode(char *z){
  char *zOut = z;
  while( *z ){
    if( *z=='+' ){
      *zOut++ = ' '; z++;
    }else if( z[0]=='%' && z[1] && z[2] ){
      char h[3] = { z[1], z[2], 0 };
      char *zEnd;
      long v = strtol(h, &zEnd, 16);
      if( *zEnd==0 ){
        *zOut++ = v ? (char)v : (char)0xff;   /* as unescape() in http.c */
        z += 3;
      }else{
        *zOut++ = *z++;
      }
    }else{
      *zOut++ = *z++;
    }
  }
  *zOut = 0;
}

/* Whether a path or a pattern is the API's. */
static int is_api(const char *z){
  return strncmp(z, "/api/", 5)==0;
}

/* The tables of routes: the API's paths are all under /api/ and no other
** pattern can match one (none starts with a segment to capture), so a
** request looks in its own tables only (http_routes_check()). */
static size_t nApiSkip;   /* the leading bytes every API pattern shares */

int http_routes_check(void){
  int i;
  size_t n = nApiRoute>0 ? strcspn(aApiRoute[0].zPattern, ":") : 0;
  for(i=0; i<nApiRoute; i++){
    if( !is_api(aApiRoute[i].zPattern) ) return 0;
    while( n>0 && strncmp(aApiRoute[i].zPattern, aApiRoute[0].zPattern, n) ){
      n--;
    }
  }
  /* "/api/v1/": a request compares it once, not once for every route */
  nApiSkip = n;
  for(i=0; i<nRoute+nPageRoute; i++){
    const char *z = i<nRoute ? aRoute[i].zPattern
                             : aPageRoute[i-nRoute].zPattern;
    if( is_api(z) || z[1]==':' ) return 0;
  }
  return 1;
}

/* Find a route for method and path; fill the captured segments.  Returns
** the route, or NULL with *pbPath set if the path exists for another
** method.  A path under /api/ is first compared with the prefix all the
** API's patterns share (once http_routes_check() has measured it). */
const Route *http_route_find(Req *p, const char *zMethod,
                             const char *zPath, int *pbPath){
  const Route *aTab[3];
  int anTab[3], t, i, k, bApi = is_api(zPath);
  aTab[0] = aRoute; anTab[0] = nRoute;
  aTab[1] = aPageRoute; anTab[1] = nPageRoute;
  aTab[2] = aApiRoute; anTab[2] = nApiRoute;
  size_t nSkip = bApi ? nApiSkip : 0;
  *pbPath = 0;
  if( nSkip && strncmp(zPath, aApiRoute[0].zPattern, nSkip)!=0 ) return 0;
  for(t=bApi ? 2 : 0; t<(bApi ? 3 : 2); t++)
  for(i=0; i<anTab[t]; i++){
    const Route *pR = &aTab[t][i];
    const char *zP = pR->zPattern + nSkip, *zU = zPath + nSkip;
    const char *azCap[8];      /* the captured segments, copied only once */
    size_t anCap[8];           /* the route matches: a request tries most */
    int nCap = 0;              /* routes, and fails nearly all */
    while( *zP && *zU ){
      if( *zP==':' ){
        size_t n = strcspn(zU, "/");
        if( n==0 || nCap>=8 ) break;
        azCap[nCap] = zU;
        anCap[nCap] = n;
        nCap++;
        zU += n;
        while( *zP && *zP!='/' ) zP++;
      }else if( *zP==*zU ){
        zP++; zU++;
      }else{
        break;
      }
    }
    if( *zP==0 && *zU==0 ){
      if( strcmp(pR->zMethod, zMethod)==0
       || (strcmp(zMethod, "HEAD")==0 && strcmp(pR->zMethod, "GET")==0) ){
        for(k=0; k<nCap; k++){
          char *z = arena_alloc(&p->arena, anCap[k]+1);
          memcpy(z, azCap[k], anCap[k]);
          p->azPath[k] = z;
        }
        p->nPath = nCap;
        return pR;
      }
      *pbPath = 1;
    }
  }
  return 0;
}

/* The methods of the routes that match zPath, as "GET, POST" (for the
** Allow header of a 405). */
const char *http_route_methods(Req *p, const char *zPath){
  static const char *const azM[] = { "GET", "POST", "PUT", "PATCH",
                                     "DELETE" };
  Buf b = BUF_INIT;
  const char *z;
  size_t i;
  int bPath;
  for(i=0; i<sizeof(azM)/sizeof(azM[0]); i++){
    int nPath = p->nPath;
    if( http_route_find(p, azM[i], zPath, &bPath) ){
      buf_appendf(&b, "%s%s", b.n ? ", " : "", azM[i]);
    }
    p->nPath = nPath;
  }
  z = arena_strdup(&p->arena, buf_str(&b));
  buf_free(&b);
  return z;
}
