/*
** cli.c: helpers the commands share: errors and exit codes, opening the
** database, option parsing, colour, and aligned tables.
*/
#include "cli.h"
#include "../store/account.h"
#include "../core/l10n.h"
#include "../core/translit.h"
#include "../util/msgcat.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int cli_exit_code(AccRc rc){
  switch( rc ){
    case ACC_OK:       return 0;
    case ACC_INVALID:  return 2;
    case ACC_NOTFOUND: return 3;
    case ACC_CONFLICT: return 4;
    case ACC_BUSY:     return 5;
    case ACC_IO:       return 6;
    case ACC_DENIED:   return 7;
    default:           return 70;
  }
}

const char *cli_text(Cli *p, const char *z){
  Buf b = BUF_INIT;
  const char *zOut;
  buf_term_text(&b, z ? z : "", 0);
  zOut = arena_strdup(&p->arena, buf_str(&b));
  buf_free(&b);
  return zOut;
}

const char *cli_text_long(Cli *p, const char *z){
  Buf b = BUF_INIT;
  const char *zOut;
  buf_term_text(&b, z ? z : "", 1);
  zOut = arena_strdup(&p->arena, buf_str(&b));
  buf_free(&b);
  return zOut;
}

/* The language of the run's messages (cli_lang_set()). */
static int cliLang = L10N_EN;

int cli_lang_parse(const char *z){
  if( z==0 || z[0]==0 ) return -1;
  if( strcmp(z, "en")==0 ) return L10N_EN;
  if( strcmp(z, "sr-Latn")==0 ) return L10N_SR_LATN;
  if( strcmp(z, "sr-Cyrl")==0 || strcmp(z, "sr")==0 ) return L10N_SR_CYRL;
  return -1;
}

int cli_lang_env(void){
  static const char *const azVar[] = { "LC_ALL", "LC_MESSAGES", "LANG", 0 };
  const char *z = getenv("ACCORD_LANG");
  int i;
  if( cli_lang_parse(z)>=0 ) return cli_lang_parse(z);
  for(i=0; azVar[i]; i++){
    z = getenv(azVar[i]);
    if( z==0 || z[0]==0 ) continue;
    /* The first variable set decides, as for setlocale(). */
    if( strncmp(z, "sr", 2)==0 && (z[2]==0 || z[2]=='_' || z[2]=='.'
                                   || z[2]=='@') ){
      return strstr(z, "@latin") ? L10N_SR_LATN : L10N_SR_CYRL;
    }
    return L10N_EN;
  }
  return L10N_EN;
}

void cli_lang_set(int eLang){
  cliLang = eLang>=0 && eLang<L10N__MAX ? eLang : L10N_EN;
}

int cli_lang(void){
  return cliLang;
}

const char *cli_tr(const char *zMsg){
  return i18n_msg(cliLang, zMsg);
}

const char *cli_sr_text(Cli *p, const char *z){
  size_t n = TRANSLIT_MAX(strlen(z));
  char *zOut = arena_alloc(&p->arena, n);
  Script e = translit_script(z);
  if( cliLang==L10N_SR_CYRL && e==SCRIPT_LATN ){
    translit_to_cyrl(z, zOut, n);
  }else if( cliLang!=L10N_SR_CYRL && e==SCRIPT_CYRL ){
    translit_to_latn(z, zOut, n);
  }else{
    return cli_text(p, z);
  }
  return cli_text(p, zOut);
}

const char *cli_day(Cli *p, Date d){
  char z[L10N_DATESZ];
  return arena_strdup(&p->arena, l10n_date(d, cliLang, z));
}

const char *cli_day_in(Cli *p, const char *zFmt, Date d){
  const char *zPct = strstr(zFmt, "%s");
  char z[L10N_DATESZ];
  if( zPct && l10n_genitive_before(zFmt, (size_t)(zPct - zFmt)) ){
    l10n_date_gen(d, cliLang, z);
  }else{
    l10n_date(d, cliLang, z);
  }
  return arena_printf(&p->arena, zFmt, z);
}

const char *cli_say_tr(void *pCtx, const char *z){
  (void)pCtx;
  return cli_tr(z);
}

void cli_vmessage(FILE *out, const char *zFmt, va_list ap){
  Buf b = BUF_INIT, t = BUF_INIT;
  buf_vappendf(&b, zFmt, ap);
  if( cliLang!=L10N_EN ){
    size_t n = b.n*3 + 200;
    char *z = acc_malloc(n);
    l10n_err(buf_str(&b), cliLang, i18n_msg, z, n);
    buf_reset(&b);
    buf_puts(&b, z);
    free(z);
  }
  buf_term_text(&t, buf_str(&b), 1);
  fputs(buf_str(&t), out);
  buf_free(&b);
  buf_free(&t);
}

int cli_error(AccRc rc, const char *zFmt, ...){
  va_list ap;
  fflush(stdout);
  fputs("accord: ", stderr);
  va_start(ap, zFmt);
  cli_vmessage(stderr, zFmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  return cli_exit_code(rc);
}

int cli_usage(const char *zCmd, const char *zFmt, ...){
  va_list ap;
  fflush(stdout);
  fputs("accord: ", stderr);
  va_start(ap, zFmt);
  cli_vmessage(stderr, zFmt, ap);
  va_end(ap);
  fprintf(stderr, "\nTry `accord %s%s--help`.\n", zCmd ? zCmd : "",
          zCmd ? " " : "");
  return EXIT_USAGE;
}

/*
** The dialogue a command is about: z (a code or an id, from --dialogue),
** else the demo's us-rs, else the first one.  Returns 0 with its id in
** *pId, or prints why there is none and returns the exit code.
*/
int cli_dialogue(Store *pStore, const char *z, int64_t *pId){
  Value v;
  char zErr[200];
  if( z==0 ){
    if( store_item_find_code(pStore, ENT_DIALOGUE, "us-rs", pId)==ACC_OK ){
      return 0;
    }
    if( store_item_count(pStore, ENT_DIALOGUE, -1, 0)==0 ){
      return cli_error(ACC_NOTFOUND, "the database has no dialogue yet "
                       "(try `accord demo`, or `accord dialogue add`)");
    }
    z = "1";
  }
  memset(&v, 0, sizeof(v));
  v.eType = VAL_TEXT;
  v.z = z;
  if( z[0]>='0' && z[0]<='9' ){
    v.eType = VAL_INT;
    v.i = strtoll(z, 0, 10);
  }
  if( store_ref_resolve(pStore, ENT_DIALOGUE, &v, zErr, sizeof(zErr)) ){
    return cli_error(ACC_NOTFOUND, "--dialogue: %s", zErr);
  }
  *pId = v.i;
  return 0;
}

Store *cli_open_dialogue_at(Cli *p, const char *zDialogue, const char *zAt,
                            Date *pAt, int64_t *pId, int *pExit){
  Store *pStore;
  if( zAt==0 ){
    *pAt = date_today();
  }else if( date_parse(zAt, pAt) ){
    *pExit = cli_error(ACC_INVALID, "--at: expected a date YYYY-MM-DD, "
                       "got \"%s\"", zAt);
    return 0;
  }
  pStore = cli_open(p, 0, pExit);
  if( pStore==0 ) return 0;
  if( (*pExit = cli_dialogue(pStore, zDialogue, pId))!=0 ){
    store_close(pStore);
    return 0;
  }
  return pStore;
}

Store *cli_open(Cli *p, int flags, int *pExit){
  Store *pStore = 0;
  char zErr[400];
  AccRc rc = store_open(p->zDb, flags, &pStore, zErr, sizeof(zErr));
  if( rc ){
    *pExit = cli_error(rc, "%s", zErr);
    return 0;
  }
  store_set_actor(pStore, p->zActor);
  if( p->zAs ){
    /* --as an account: its writes are authorised as that account's
    ** (store_authorize()), as on the web and the API; a login that is
    ** no account only names the actor in the audit log. */
    Account acc;
    if( store_account_find(pStore, p->zAs, &acc)==ACC_OK ){
      if( acc.bDisabled ){
        store_close(pStore);
        *pExit = cli_error(ACC_DENIED, "--as: account %s is disabled",
                           p->zAs);
        return 0;
      }
      store_set_account(pStore, &acc);
      p->eAsRole = (int)acc.eRole;
    }
  }
  *pExit = 0;
  return pStore;
}

int cli_as_admin(Cli *p, const char *zWhat, const char *zSelf){
  if( p->zAs==0 || p->eAsRole<0 || p->eAsRole==ROLE_ADMIN ) return 0;
  if( zSelf && strcmp(zSelf, p->zAs)==0 ) return 0;
  return cli_error(ACC_DENIED, "--as: %s is %s; %s needs an administrator",
                   p->zAs, azRoleName[p->eAsRole], zWhat);
}

int cli_is_help(const char *z){
  return strcmp(z, "--help")==0 || strcmp(z, "-h")==0;
}

void cli_print_help(const CliCmd *pCmd){
  printf("accord %s: %s\n\n%s", pCmd->zName, pCmd->zSummary, pCmd->zHelp);
}

int cli_opt_value(int argc, char **argv, int *pi, const char *zName,
                  const char **pzOut){
  const char *z = argv[*pi];
  size_t n = strlen(zName);
  if( z[0]!='-' ) return 0;
  z += z[1]=='-' ? 2 : 1;
  if( strncmp(z, zName, n)!=0 ) return 0;
  if( z[n]=='=' ){
    *pzOut = z + n + 1;
    (*pi)++;
    return 1;
  }
  if( z[n]!=0 ) return 0;
  if( *pi + 1 >= argc ){
    fprintf(stderr, "accord: --%s needs a value\n", zName);
    return -1;
  }
  *pzOut = argv[*pi + 1];
  *pi += 2;
  return 1;
}

/* ANSI colours of the statuses, in Status order. */
static const char *const azColor[STATUS__MAX] = {
  "\033[1;31m",   /* overdue: bold red */
  "\033[31m",     /* off track: red */
  "\033[33m",     /* at risk: yellow */
  "\033[32m",     /* on track: green */
  "\033[1;32m",   /* achieved: bold green */
  "\033[36m",     /* not started: cyan */
  "\033[2m",      /* no data: dim */
  "\033[1;35m",   /* sources disagree: bold magenta */
};

const char *cli_status_color(Cli *p, int eStatus){
  if( !p->bColor || eStatus<0 || eStatus>=STATUS__MAX ) return "";
  return azColor[eStatus];
}

const char *cli_color_off(Cli *p){
  return p->bColor ? "\033[0m" : "";
}

int utf8_width(const char *z){
  int n = 0;
  for(; *z; z++){
    if( ((unsigned char)*z & 0xc0)!=0x80 ) n++;
  }
  return n;
}

/* Byte length of the first nChar code points of z. */
static size_t utf8_prefix(const char *z, int nChar){
  const char *zStart = z;
  while( *z ){
    if( ((unsigned char)*z & 0xc0)!=0x80 ){
      if( nChar==0 ) break;
      nChar--;
    }
    z++;
  }
  return (size_t)(z - zStart);
}

struct Table {
  int nCol;             /* columns */
  int nCell;            /* cells added, header excluded */
  int nAlloc;
  char **azCell;        /* the cells, row by row */
  const char *const *azHead;
};

Table *table_new(int nCol, const char *const *azHead){
  Table *p = acc_malloc(sizeof(*p));
  memset(p, 0, sizeof(*p));
  p->nCol = nCol;
  p->azHead = azHead;
  return p;
}

void table_cell(Table *p, const char *z){
  char *zCopy, *c;
  if( p->nCell>=p->nAlloc ){
    p->nAlloc = p->nAlloc ? p->nAlloc*2 : 64;
    p->azCell = acc_realloc(p->azCell, sizeof(char*)*p->nAlloc);
  }
  zCopy = acc_strdup(z ? z : "");
  for(c=zCopy; *c; c++){
    if( *c=='\n' || *c=='\r' || *c=='\t' ) *c = ' ';
  }
  {
    /* Other control characters are shown, not sent (buf_term_text()). */
    Buf b = BUF_INIT;
    buf_term_text(&b, zCopy, 0);
    free(zCopy);
    zCopy = acc_strdup(buf_str(&b));
    buf_free(&b);
  }
  p->azCell[p->nCell++] = zCopy;
}

void table_cellf(Table *p, const char *zFmt, ...){
  Buf b = BUF_INIT;
  va_list ap;
  va_start(ap, zFmt);
  buf_vappendf(&b, zFmt, ap);
  va_end(ap);
  table_cell(p, buf_str(&b));
  buf_free(&b);
}

/* Print one cell padded to w code points (cut to nMax). */
static void table_put(FILE *out, const char *z, int w, int nMax, int bLast){
  int n = utf8_width(z);
  if( n>nMax ){
    fwrite(z, 1, utf8_prefix(z, nMax-1), out);
    fputs("\xe2\x80\xa6", out);
    n = nMax;
  }else{
    fputs(z, out);
  }
  if( !bLast ){
    for(; n<w+2; n++) fputc(' ', out);
  }
}

void table_print(Table *p, FILE *out, int nMax){
  int *aW = acc_malloc(sizeof(int)*p->nCol);
  int i, j;
  for(j=0; j<p->nCol; j++) aW[j] = utf8_width(p->azHead[j]);
  for(i=0; i<p->nCell; i++){
    int w = utf8_width(p->azCell[i]);
    if( w>nMax ) w = nMax;
    if( w>aW[i%p->nCol] ) aW[i%p->nCol] = w;
  }
  for(j=0; j<p->nCol; j++){
    table_put(out, p->azHead[j], aW[j], nMax, j==p->nCol-1);
  }
  fputc('\n', out);
  for(i=0; i<p->nCell; i++){
    table_put(out, p->azCell[i], aW[i%p->nCol], nMax,
              i%p->nCol==p->nCol-1);
    if( i%p->nCol==p->nCol-1 ) fputc('\n', out);
  }
  free(aW);
}

void table_free(Table *p){
  int i;
  if( p==0 ) return;
  for(i=0; i<p->nCell; i++) free(p->azCell[i]);
  free(p->azCell);
  free(p);
}
