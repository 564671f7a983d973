/*
** password.c: what a new password must be (store_password_check()).
**
** At least PASSWORD_MIN characters, at most PASSWORD_MAX bytes, four
** different characters or more, not the login, and not a common password.
** The common passwords are data/common-passwords.txt, embedded in the
** binary (tools/embed.c): a password is common if, in lower case, it is
** on the list, or if what is left of it without the digits and
** punctuation at its end (at least four characters), read with the usual
** substitutions (@ for a, 0 for o, $ for s ...), is on the list.
*/
#include "storeInt.h"
#include "account.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define PASSWORD_MAX 1024

extern const char zCommonPasswords[];
extern const unsigned long zCommonPasswords_len;

/* Whether z (lower case) is a line of the common-password list. */
static int password_listed(const char *z){
  const char *zList = zCommonPasswords, *zEnd = zList + zCommonPasswords_len;
  size_t n = strlen(z);
  if( n==0 ) return 0;
  while( zList<zEnd ){
    const char *zEol = memchr(zList, '\n', (size_t)(zEnd-zList));
    size_t nLine = zEol ? (size_t)(zEol-zList) : (size_t)(zEnd-zList);
    if( nLine==n && memcmp(zList, z, n)==0 ) return 1;
    zList += nLine + 1;
  }
  return 0;
}

/* The letter a digit or symbol stands for in a "leet" password. */
static char password_unleet(char c){
  switch( c ){
    case '@': case '4': return 'a';
    case '0': return 'o';
    case '1': case '!': return 'i';
    case '3': return 'e';
    case '$': case '5': return 's';
    case '7': return 't';
    default: return c;
  }
}

/* Whether zPw is common (see the header comment). */
static int password_common(const char *zPw){
  char z[PASSWORD_MAX+1];
  size_t n, i;
  for(n=0; zPw[n] && n<PASSWORD_MAX; n++){
    z[n] = (char)tolower((unsigned char)zPw[n]);
  }
  z[n] = 0;
  if( password_listed(z) ) return 1;
  while( n>0 && (isdigit((unsigned char)z[n-1])
                 || ispunct((unsigned char)z[n-1])) ){
    z[--n] = 0;
  }
  if( n<4 ) return 0;
  if( password_listed(z) ) return 1;
  for(i=0; i<n; i++) z[i] = password_unleet(z[i]);
  return password_listed(z);
}

AccRc store_password_check(const char *zLogin, const char *zPw,
                           char *zErr, int nErr){
  const unsigned char *s;
  int nChar = 0, nDistinct = 0;
  unsigned char aSeen[256];
  memset(aSeen, 0, sizeof(aSeen));
  for(s=(const unsigned char*)zPw; *s; s++){
    if( (*s & 0xc0)!=0x80 ) nChar++;
    if( !aSeen[*s] ){ aSeen[*s] = 1; nDistinct++; }
  }
  if( nChar<PASSWORD_MIN ){
    snprintf(zErr, nErr, "password: at least %d characters", PASSWORD_MIN);
    return ACC_INVALID;
  }
  if( strlen(zPw)>PASSWORD_MAX ){
    snprintf(zErr, nErr, "password: at most %d bytes", PASSWORD_MAX);
    return ACC_INVALID;
  }
  if( nDistinct<4 ){
    snprintf(zErr, nErr, "password: use at least 4 different characters");
    return ACC_INVALID;
  }
  if( zLogin && strcasecmp(zLogin, zPw)==0 ){
    snprintf(zErr, nErr, "password: must not be the login");
    return ACC_INVALID;
  }
  if( password_common(zPw) ){
    snprintf(zErr, nErr, "password: too common (it is on the list of "
             "passwords that are tried first); choose another");
    return ACC_INVALID;
  }
  return ACC_OK;
}
