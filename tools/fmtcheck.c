/*
** fmtcheck.c: build-time check of the HTML writer's format strings.
**
**   fmtcheck FILE.c ...
**
** The compiler checks printf-style calls, but not html_printf(), whose
** conversions %h %t %j escape data.  For every call of html_printf(B,
** FORMAT, ...) in the files this tool checks that FORMAT is a string
** literal (adjacent literals are joined), that the number of conversions
** equals the number of arguments (upper-case macros between literals are
** taken as literals), and that every %s -- which writes its
** argument unescaped -- gets a literal of the program: a string literal,
** an upper-case macro, a constant name table (azStatusName[i]), a variable
** named zLit... that holds literals only, or a choice between those.
** It prints "FILE:LINE: message" for each problem and exits 1 if any.
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int nErr = 0;

/* Read a whole file. */
static char *read_all(const char *zPath){
  FILE *in = fopen(zPath, "rb");
  char *z;
  long n;
  if( in==0 ){ perror(zPath); exit(2); }
  fseek(in, 0, SEEK_END);
  n = ftell(in);
  rewind(in);
  z = malloc((size_t)n + 1);
  if( z==0 || fread(z, 1, (size_t)n, in)!=(size_t)n ){ exit(2); }
  z[n] = 0;
  fclose(in);
  return z;
}

/* Line number of position z in zText. */
static int line_of(const char *zText, const char *z){
  int n = 1;
  for(; zText<z; zText++) if( *zText=='\n' ) n++;
  return n;
}

/* Skip a string or character literal starting at z (at the quote). */
static const char *skip_literal(const char *z){
  char q = *z++;
  while( *z && *z!=q ){
    if( *z=='\\' && z[1] ) z++;
    z++;
  }
  return *z ? z+1 : z;
}

/* Split the arguments of a call whose '(' is at z.  Stores the start and
** end of each argument; returns the count, or -1. */
static int split_args(const char *z, const char **azS, const char **azE,
                      int nMax, const char **pzEnd){
  int depth = 0, n = 0;
  const char *zStart = z+1;
  for(z++; *z; z++){
    if( *z=='"' || *z=='\'' ){ z = skip_literal(z) - 1; continue; }
    if( *z=='/' && z[1]=='*' ){
      const char *e = strstr(z+2, "*/");
      if( !e ) return -1;
      z = e+1;
      continue;
    }
    if( *z=='(' || *z=='[' || *z=='{' ) depth++;
    else if( *z==')' || *z==']' || *z=='}' ){
      if( depth==0 ){
        if( n<nMax ){ azS[n] = zStart; azE[n] = z; n++; }
        *pzEnd = z;
        return n;
      }
      depth--;
    }else if( *z==',' && depth==0 ){
      if( n<nMax ){ azS[n] = zStart; azE[n] = z; n++; }
      zStart = z+1;
    }
  }
  return -1;
}

/* Trim spaces; return the first non-space character. */
static const char *trim(const char *z, const char *zEnd, const char **pzEnd){
  while( z<zEnd && isspace((unsigned char)*z) ) z++;
  while( zEnd>z && isspace((unsigned char)zEnd[-1]) ) zEnd--;
  *pzEnd = zEnd;
  return z;
}

/* The conversions of the joined literals from z to zEnd: a string of
** conversion letters ('h', 's', 'd', ...).  -1 if not all literals. */
static int format_convs(const char *z, const char *zEnd, char *zOut, int nOut){
  int n = 0;
  while( z<zEnd ){
    if( isspace((unsigned char)*z) ){ z++; continue; }
    if( isupper((unsigned char)*z) ){
      /* A macro of the program expanding to a literal (C_LINE). */
      while( z<zEnd && (isupper((unsigned char)*z) || isdigit((unsigned char)*z)
                        || *z=='_') ) z++;
      continue;
    }
    if( *z!='"' ) return -1;
    for(z++; z<zEnd && *z!='"'; z++){
      if( *z=='\\' ){ z++; continue; }
      if( *z=='%' ){
        z++;
        if( *z=='%' ) continue;
        while( strchr("0123456789.-+ #l", *z) ) z++;
        if( n<nOut-1 ) zOut[n++] = *z;
      }
    }
    z++;
  }
  zOut[n] = 0;
  return n;
}

/* Whether the expression starting at z is a literal of the program: a
** string literal, an upper-case macro (C_OK), a constant name table
** (azStatusName[i]) or a variable named zLit... that the code fills with
** literals only. */
static int literal_start(const char *z){
  const char *m;
  while( isspace((unsigned char)*z) ) z++;
  if( *z=='"' || strncmp(z, "az", 2)==0 || strncmp(z, "zLit", 4)==0 ){
    return 1;
  }
  /* A member zLit... of a struct: c->zLitColor, c.zLitColor. */
  for(m=z; isalnum((unsigned char)*m) || *m=='_'; m++){}
  if( m>z && ((m[0]=='-' && m[1]=='>' && strncmp(m+2, "zLit", 4)==0)
              || (m[0]=='.' && strncmp(m+1, "zLit", 4)==0)) ){
    return 1;
  }
  if( isupper((unsigned char)*z) ){
    while( isupper((unsigned char)*z) || isdigit((unsigned char)*z)
        || *z=='_' ) z++;
    return !isalpha((unsigned char)*z);
  }
  return 0;
}

/* Whether z..zEnd is a literal, or "COND ? A : B" (nested as well) whose
** every branch is a literal (see literal_start). */
static int literal_expr(const char *z, const char *zEnd){
  const char *e, *zLastColon = 0;
  int nQ = 0, depth = 0;
  for(e=z; e<zEnd; e++){
    if( *e=='"' || *e=='\'' ){ e = skip_literal(e) - 1; continue; }
    if( *e=='(' ) depth++;
    else if( *e==')' ) depth--;
    else if( depth==0 && *e=='?' ){
      if( !literal_start(e+1) ) return 0;
      nQ++;
    }else if( depth==0 && *e==':' ){
      zLastColon = e;
    }
  }
  if( nQ==0 ) return literal_start(z);
  return zLastColon && literal_start(zLastColon+1);
}

static void check_file(const char *zPath){
  char *zText = read_all(zPath);
  const char *z = zText;
  while( (z = strstr(z, "html_printf("))!=0 ){
    const char *azS[64], *azE[64], *zEnd, *zA, *zAE;
    char zConv[64];
    int nArg, nConv, i;
    if( z>zText && (isalnum((unsigned char)z[-1]) || z[-1]=='_') ){
      z++;
      continue;
    }
    /* Skip the definition, declarations and mentions in comments. */
    if( strncmp(z+12, "Buf *pB, const char *zFmt", 25)==0 || z[12]==')' ){
      z++;
      continue;
    }
    nArg = split_args(z+11, azS, azE, 64, &zEnd);
    if( nArg<2 ){
      fprintf(stderr, "%s:%d: html_printf: cannot read the arguments\n",
              zPath, line_of(zText, z));
      nErr++;
      z++;
      continue;
    }
    zA = trim(azS[1], azE[1], &zAE);
    nConv = format_convs(zA, zAE, zConv, sizeof(zConv));
    if( nConv<0 ){
      fprintf(stderr, "%s:%d: html_printf: the format must be a string "
              "literal\n", zPath, line_of(zText, z));
      nErr++;
    }else if( nConv!=nArg-2 ){
      fprintf(stderr, "%s:%d: html_printf: %d conversions but %d "
              "arguments\n", zPath, line_of(zText, z), nConv, nArg-2);
      nErr++;
    }else{
      for(i=0; i<nConv; i++){
        if( zConv[i]!='s' ) continue;
        zA = trim(azS[i+2], azE[i+2], &zAE);
        if( !literal_expr(zA, zAE) ){
          fprintf(stderr, "%s:%d: html_printf: %%s (unescaped) needs a "
                  "string literal or an az... name table, got \"%.*s\"; "
                  "use %%h for data\n", zPath, line_of(zText, z),
                  (int)(zAE-zA), zA);
          nErr++;
        }
      }
    }
    z = zEnd;
  }
  free(zText);
}

int main(int argc, char **argv){
  int i;
  for(i=1; i<argc; i++) check_file(argv[i]);
  return nErr ? 1 : 0;
}
