/*
** cmd_sign.c: approvals are signatures, from the command line.
**
**   accord hash KIND ID
**   accord approve KIND ID --hash H [--password-fd N]
**   accord approve KIND ID --hash H --signature S --key-id N
**   accord return KIND ID --reason TEXT [--password-fd N]
**   accord sign --key FILE KIND ID --version V --hash H --party P
**               --dialogue D
**   accord checkpoint [--password-fd N]
**
** The signer is the account of --as; its password is read from the
** terminal (/dev/tty, without echo) or from file descriptor N: --as alone
** never approves anything.  KIND is goal, document or report (ID then
** names a report version, as `accord report list` shows it).
*/
#include "cli.h"
#include "../store/sign.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* Read one line from fd into zOut (without its end); 0, or -1 if none. */
static int fd_line(int fd, char *zOut, int nOut){
  int n = 0;
  char c;
  ssize_t r;
  while( (r = read(fd, &c, 1))==1 ){
    if( c=='\n' ) break;
    if( n<nOut-1 ) zOut[n++] = c;
  }
  if( r<0 || (r==0 && n==0) ) return -1;
  if( n>0 && zOut[n-1]=='\r' ) n--;
  zOut[n] = 0;
  return 0;
}

int cli_read_password(const char *zFd, const char *zPrompt, char *zOut,
                      int nOut){
  struct termios old, quiet;
  int fd, rc, bTerm;
  if( zFd ){
    char *zEnd;
    long n = strtol(zFd, &zEnd, 10);
    if( *zEnd || n<0 || n>65535 ){
      return cli_error(ACC_INVALID, "--password-fd: expected a file "
                       "descriptor number, got \"%s\"", zFd);
    }
    if( fd_line((int)n, zOut, nOut) ){
      return cli_error(ACC_INVALID, "--password-fd %ld: no password to read "
                       "(%s)", n, errno ? strerror(errno) : "end of input");
    }
    return 0;
  }
  fd = open("/dev/tty", O_RDWR|O_NOCTTY);
  if( fd<0 ){
    return cli_error(ACC_INVALID, "the signer's password is needed and "
                     "there is no terminal to ask it on: give it with "
                     "--password-fd N (--as alone never signs)");
  }
  if( write(fd, zPrompt, strlen(zPrompt))<0 ){ /* the prompt is a nicety */ }
  bTerm = tcgetattr(fd, &old)==0;
  if( bTerm ){
    quiet = old;
    quiet.c_lflag &= ~(tcflag_t)ECHO;
    tcsetattr(fd, TCSAFLUSH, &quiet);
  }
  rc = fd_line(fd, zOut, nOut);
  if( bTerm ) tcsetattr(fd, TCSAFLUSH, &old);
  if( write(fd, "\n", 1)<0 ){ /* as above */ }
  close(fd);
  if( rc ) return cli_error(ACC_INVALID, "password: none given");
  return 0;
}

/* Resolve KIND (goal, document or report) into the entity name and the
** entity (-1 for report); 0 or the exit code. */
static int kind_arg(const char *zKind, const char **pzEntity, int *pe){
  int e = model_entity_find(zKind);
  if( strcmp(zKind, "report")==0 ){
    *pzEntity = "report";
    *pe = -1;
    return 0;
  }
  if( e<0 || !aEntity[e].bPublish ){
    return cli_usage(0, "KIND: a kind the public sees once approved "
                     "(dialogue, party, area, wg, indicator, step, meeting, "
                     "decision, goal, document, risk, release) or report (a "
                     "report version), not \"%s\"", zKind);
  }
  *pzEntity = aEntity[e].zName;
  *pe = e;
  return 0;
}

/* Resolve ID (a number, or a code for an item) into *pId. */
static int id_arg(Store *pStore, int e, const char *zId, int64_t *pId){
  char *zEnd;
  long long n = strtoll(zId, &zEnd, 10);
  if( *zEnd==0 && n>0 ){
    *pId = n;
    return 0;
  }
  if( e>=0 && store_item_find_code(pStore, e, zId, pId)==ACC_OK ) return 0;
  return cli_error(ACC_NOTFOUND, "ID: no %s \"%s\"", e>=0 ?
                   aEntity[e].zTitle : "report version", zId);
}

/* The account of --as, which must exist. */
static int signer(Cli *p, Store *pStore, Account *pAcc){
  if( store_account_get(pStore, p->zActor, pAcc) ){
    return cli_error(ACC_INVALID, "no account \"%s\": give the signer's "
                     "login with --as", p->zActor);
  }
  return 0;
}

/* Print what an offline signer needs for the account's party. */
static void print_request(Store *pStore, const Account *pAcc,
                          const char *zEntity, int64_t id, int64_t iV,
                          const char *zHash){
  char zParty[80], zDial[80];
  printf("%s %lld version %lld: content hash %s\n", zEntity, (long long)id,
         (long long)iV, zHash);
  if( pAcc && store_party_codes(pStore, pAcc->iParty, zParty,
                                sizeof(zParty), zDial, sizeof(zDial), 0)==0 ){
    printf("to sign it offline for %s:\n  accord sign --key FILE %s %lld "
           "--version %lld --hash %s --party %s --dialogue %s\n", zParty,
           zEntity, (long long)id, (long long)iV, zHash, zParty, zDial);
  }
}

int cmd_hash(Cli *p, int argc, char **argv){
  Store *pStore;
  const char *zEntity;
  char zHash[SIGN_HASH_HEX];
  int64_t id = 0, iV = 0;
  Account acc;
  int e, rc;
  if( argc!=3 ) return cli_usage("hash", "hash: give KIND and ID");
  if( (rc = kind_arg(argv[1], &zEntity, &e))!=0 ) return rc;
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( (rc = id_arg(pStore, e, argv[2], &id))==0 ){
    if( store_content_hash(pStore, zEntity, id, &iV, zHash) ){
      rc = cli_error(ACC_NOTFOUND, "no %s %lld", zEntity, (long long)id);
    }else{
      print_request(pStore, store_account_get(pStore, p->zActor, &acc)
                    ? 0 : &acc, zEntity, id, iV, zHash);
    }
  }
  store_close(pStore);
  return rc;
}

/* Approve (zEntity, id) as pAcc with the options given. */
static int approve(Cli *p, Store *pStore, int e, const char *zEntity,
                   int64_t id, const Account *pAcc, const char *zHash,
                   const char *zPwFd, const char *zSig, const char *zKeyId){
  char zPw[1100], zErr[600];
  SignReq r;
  AccRc arc;
  int rc;
  (void)p;
  memset(&r, 0, sizeof(r));
  r.zHash = zHash;
  zPw[0] = 0;
  if( zSig ){
    char *zEnd;
    if( zKeyId==0 ) return cli_usage(0, "--signature needs --key-id N");
    r.iKey = strtoll(zKeyId, &zEnd, 10);
    if( *zEnd || r.iKey<=0 ){
      return cli_error(ACC_INVALID, "--key-id: expected a number, got "
                       "\"%s\"", zKeyId);
    }
    r.zSignature = zSig;
  }else{
    char zPrompt[120];
    snprintf(zPrompt, sizeof(zPrompt), "Password of %s, to sign: ",
             pAcc->zLogin);
    if( (rc = cli_read_password(zPwFd, zPrompt, zPw, sizeof(zPw)))!=0 ){
      return rc;
    }
    r.zPassword = zPw;
  }
  store_set_actor(pStore, pAcc->zLogin);
  if( e>=0 ){
    arc = store_approve(pStore, e, id, pAcc, &r, zErr, sizeof(zErr));
  }else{
    arc = store_report_approve(pStore, id, pAcc, &r, zErr, sizeof(zErr));
  }
  sodium_memzero(zPw, sizeof(zPw));
  if( arc ) return cli_error(arc, "not approved: %s", zErr);
  printf("%s %lld approved for %s's party, signed\n", zEntity,
         (long long)id, pAcc->zLogin);
  return 0;
}

int cmd_approve(Cli *p, int argc, char **argv){
  const char *zHash = 0, *zPwFd = 0, *zSig = 0, *zKeyId = 0, *zEntity;
  const char *zKind = 0, *zId = 0;
  char zNow[SIGN_HASH_HEX];
  Store *pStore;
  Account acc;
  int64_t id = 0, iV = 0;
  int i, rc, e;
  for(i=1; i<argc; ){
    int r;
    if( (r = cli_opt_value(argc, argv, &i, "hash", &zHash))!=0
     || (r = cli_opt_value(argc, argv, &i, "password-fd", &zPwFd))!=0
     || (r = cli_opt_value(argc, argv, &i, "signature", &zSig))!=0
     || (r = cli_opt_value(argc, argv, &i, "key-id", &zKeyId))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    if( argv[i][0]!='-' && zKind==0 ){ zKind = argv[i++]; continue; }
    if( argv[i][0]!='-' && zId==0 ){ zId = argv[i++]; continue; }
    return cli_usage("approve", "approve: unexpected %s", argv[i]);
  }
  if( zKind==0 || zId==0 ) return cli_usage("approve", "approve: give KIND "
                                            "and ID");
  if( (rc = kind_arg(zKind, &zEntity, &e))!=0 ) return rc;
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( (rc = id_arg(pStore, e, zId, &id))!=0 ) goto out;
  if( (rc = signer(p, pStore, &acc))!=0 ) goto out;
  if( zHash==0 ){
    if( store_content_hash(pStore, zEntity, id, &iV, zNow)==ACC_OK ){
      print_request(pStore, &acc, zEntity, id, iV, zNow);
    }
    rc = cli_usage("approve", "approve: give --hash H, the content hash of "
                   "the version you approve (above)");
    goto out;
  }
  rc = approve(p, pStore, e, zEntity, id, &acc, zHash, zPwFd, zSig, zKeyId);
out:
  store_close(pStore);
  return rc;
}

/* The report approval of `accord report approve ID [--version N]`:
** version id iVersionId, whose content hash is the one shown. */
int cli_report_approve(Cli *p, Store *pStore, int64_t iVersionId,
                       const char *zHash, const char *zPwFd){
  char zNow[SIGN_HASH_HEX];
  int64_t iV = 0;
  Account acc;
  int rc;
  if( (rc = signer(p, pStore, &acc))!=0 ) return rc;
  if( zHash==0 ){
    /* A report version never changes: the hash of the version named is
    ** the one approved. */
    if( store_content_hash(pStore, "report", iVersionId, &iV, zNow) ){
      return cli_error(ACC_NOTFOUND, "no report version %lld",
                       (long long)iVersionId);
    }
    printf("report version %lld: content hash %s\n", (long long)iVersionId,
           zNow);
    zHash = zNow;
  }
  return approve(p, pStore, -1, "report", iVersionId, &acc, zHash, zPwFd,
                 0, 0);
}

int cmd_return(Cli *p, int argc, char **argv){
  const char *zReason = 0, *zPwFd = 0, *zEntity, *zKind = 0, *zId = 0;
  char zPw[1100], zErr[400], zPrompt[120];
  Store *pStore;
  Account acc, chk;
  int64_t id = 0;
  int i, rc, e;
  AccRc arc;
  for(i=1; i<argc; ){
    int r;
    if( (r = cli_opt_value(argc, argv, &i, "reason", &zReason))!=0
     || (r = cli_opt_value(argc, argv, &i, "password-fd", &zPwFd))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    if( argv[i][0]!='-' && zKind==0 ){ zKind = argv[i++]; continue; }
    if( argv[i][0]!='-' && zId==0 ){ zId = argv[i++]; continue; }
    return cli_usage("return", "return: unexpected %s", argv[i]);
  }
  if( zKind==0 || zId==0 ) return cli_usage("return", "return: give KIND "
                                            "and ID");
  if( (rc = kind_arg(zKind, &zEntity, &e))!=0 ) return rc;
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( (rc = id_arg(pStore, e, zId, &id))!=0 ) goto out;
  if( (rc = signer(p, pStore, &acc))!=0 ) goto out;
  snprintf(zPrompt, sizeof(zPrompt), "Password of %s: ", acc.zLogin);
  if( (rc = cli_read_password(zPwFd, zPrompt, zPw, sizeof(zPw)))!=0 ){
    goto out;
  }
  if( store_login_verify(pStore, acc.zLogin, zPw, &chk) ){
    rc = cli_error(ACC_INVALID, "password: wrong for %s", acc.zLogin);
    goto out;
  }
  store_set_actor(pStore, acc.zLogin);
  arc = store_item_return(pStore, zEntity, id, &acc, zReason, zErr,
                          sizeof(zErr));
  if( arc ){
    rc = cli_error(arc, "not returned: %s", zErr);
    goto out;
  }
  printf("%s %lld returned for changes\n", zEntity, (long long)id);
out:
  sodium_memzero(zPw, sizeof(zPw));
  store_close(pStore);
  return rc;
}

int cmd_sign(Cli *p, int argc, char **argv){
  const char *zKeyFile = 0, *zVersion = 0, *zHash = 0, *zParty = 0;
  const char *zDial = 0, *zKind = 0, *zId = 0;
  char zSecret[SIGN_SK_HEX+8], zSig[SIGN_SIG_HEX], zPub[SIGN_PK_HEX];
  char *zEnd;
  Buf m = BUF_INIT;
  int64_t id, iV;
  FILE *in;
  int i, rc, e;
  const char *zEntity;
  (void)p;
  for(i=1; i<argc; ){
    int r;
    if( (r = cli_opt_value(argc, argv, &i, "key", &zKeyFile))!=0
     || (r = cli_opt_value(argc, argv, &i, "version", &zVersion))!=0
     || (r = cli_opt_value(argc, argv, &i, "hash", &zHash))!=0
     || (r = cli_opt_value(argc, argv, &i, "party", &zParty))!=0
     || (r = cli_opt_value(argc, argv, &i, "dialogue", &zDial))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    if( argv[i][0]!='-' && zKind==0 ){ zKind = argv[i++]; continue; }
    if( argv[i][0]!='-' && zId==0 ){ zId = argv[i++]; continue; }
    return cli_usage("sign", "sign: unexpected %s", argv[i]);
  }
  if( zKeyFile==0 || zKind==0 || zId==0 || zVersion==0 || zHash==0
   || zParty==0 || zDial==0 ){
    return cli_usage("sign", "sign: give --key FILE KIND ID --version V "
                     "--hash H --party P --dialogue D (as `accord approve "
                     "KIND ID` prints them)");
  }
  if( (rc = kind_arg(zKind, &zEntity, &e))!=0 ) return rc;
  id = strtoll(zId, &zEnd, 10);
  if( *zEnd || id<=0 ) return cli_error(ACC_INVALID, "ID: expected a "
                                        "number, got \"%s\"", zId);
  iV = strtoll(zVersion, &zEnd, 10);
  if( *zEnd || iV<=0 ) return cli_error(ACC_INVALID, "--version: expected "
                                        "a number, got \"%s\"", zVersion);
  if( strlen(zHash)!=64 || strspn(zHash, "0123456789abcdef")!=64 ){
    return cli_error(ACC_INVALID, "--hash: 64 lower-case hex digits");
  }
  in = fopen(zKeyFile, "r");
  if( in==0 ){
    return cli_error(ACC_IO, "--key: cannot open %s: %s", zKeyFile,
                     strerror(errno));
  }
  if( fgets(zSecret, sizeof(zSecret), in)==0 ) zSecret[0] = 0;
  fclose(in);
  zSecret[strcspn(zSecret, "\r\n")] = 0;
  if( sign_public_of(zSecret, zPub) ){
    sodium_memzero(zSecret, sizeof(zSecret));
    return cli_error(ACC_INVALID, "--key: %s does not hold a secret key "
                     "(128 hex digits, as `accord key create --offline` "
                     "writes)", zKeyFile);
  }
  sign_approval_message(&m, zEntity, id, iV, zHash, zParty, zDial);
  sign_detached(zSecret, buf_str(&m), strlen(buf_str(&m)), zSig);
  sodium_memzero(zSecret, sizeof(zSecret));
  buf_free(&m);
  printf("%s\n", zSig);
  return 0;
}

int cmd_checkpoint(Cli *p, int argc, char **argv){
  const char *zPwFd = 0;
  char zPw[1100], zErr[400], zPrompt[120];
  Store *pStore;
  Account acc;
  int64_t iCk = 0;
  int i, rc;
  AccRc arc;
  for(i=1; i<argc; ){
    int r = cli_opt_value(argc, argv, &i, "password-fd", &zPwFd);
    if( r<0 ) return EXIT_USAGE;
    if( r>0 ) continue;
    return cli_usage("checkpoint", "checkpoint: unexpected %s", argv[i]);
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( (rc = signer(p, pStore, &acc))!=0 ) goto out;
  snprintf(zPrompt, sizeof(zPrompt), "Password of %s, to sign: ",
           acc.zLogin);
  if( (rc = cli_read_password(zPwFd, zPrompt, zPw, sizeof(zPw)))!=0 ){
    goto out;
  }
  store_set_actor(pStore, acc.zLogin);
  arc = store_checkpoint(pStore, &acc, zPw, &iCk, zErr, sizeof(zErr));
  sodium_memzero(zPw, sizeof(zPw));
  if( arc ){
    rc = cli_error(arc, "no checkpoint: %s", zErr);
    goto out;
  }
  printf("checkpoint %lld: the audit chain's head signed by %s\n",
         (long long)iCk, acc.zLogin);
out:
  store_close(pStore);
  return rc;
}
