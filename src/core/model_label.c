/*
** model_label.c: the label of a field as forms and `accord show` give it,
** before translation: "indicator_id" -> "Indicator", "wg_id" ->
** "Working group", "title_sr" -> "Title" with the mark of a Serbian twin.
*/
#include "model.h"

#include <stdio.h>
#include <string.h>

void model_label_key(const char *zName, char *zOut, size_t nOut,
                     int *pbTwin){
  size_t n;
  char *c;
  snprintf(zOut, nOut, "%s", zName);
  n = strlen(zOut);
  *pbTwin = 0;
  if( n>3 && strcmp(zOut+n-3, "_id")==0 ) zOut[n-=3] = 0;
  if( n>3 && strcmp(zOut+n-3, "_sr")==0 ){
    zOut[n-=3] = 0;
    *pbTwin = 1;
    if( n>3 && strcmp(zOut+n-3, "_id")==0 ) zOut[n-=3] = 0;
  }
  for(c=zOut; *c; c++) if( *c=='_' ) *c = ' ';
  if( zOut[0]>='a' && zOut[0]<='z' ) zOut[0] = (char)(zOut[0] - 'a' + 'A');
  if( strcmp(zOut, "Wg")==0 ) snprintf(zOut, nOut, "Working group");
}
