/*
** mkman.c: build-time tool that writes the manual page accord(1) from
** the program's own help, so that the two cannot disagree.
**
**   mkman PATH-TO-ACCORD > accord.1
**
** It runs `accord help` (the synopsis and the list of commands), `accord
** help COMMAND` for each command of that list, `accord help kinds` and
** `accord KIND --help` for each kind, and writes them as roff (man(7)):
** the help texts are laid out by hand for a terminal, so each goes into
** a no-fill block, with roff's special characters escaped.  Only the
** sections a manual page has and --help does not (ENVIRONMENT, FILES,
** SEE ALSO) are written here.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NAMES 200

static const char *zAccord;   /* the binary */

/* Run the binary with zArgs; return its standard output (malloced). */
static char *run(const char *zArgs){
  char zCmd[1200];
  FILE *in;
  char *z = 0;
  size_t n = 0, nAlloc = 0, k;
  int rc;
  snprintf(zCmd, sizeof(zCmd), "'%s' %s", zAccord, zArgs);
  in = popen(zCmd, "r");
  if( in==0 ){
    fprintf(stderr, "mkman: cannot run %s\n", zCmd);
    exit(1);
  }
  for(;;){
    if( n+4096+1>nAlloc ){
      nAlloc = nAlloc*2 + 8192;
      z = realloc(z, nAlloc);
      if( z==0 ){ fprintf(stderr, "mkman: out of memory\n"); exit(1); }
    }
    k = fread(z+n, 1, 4096, in);
    if( k==0 ) break;
    n += k;
  }
  z[n] = 0;
  rc = pclose(in);
  if( rc!=0 || n==0 ){
    fprintf(stderr, "mkman: `%s` failed (status %d)\n", zCmd, rc);
    exit(1);
  }
  return z;
}

/* Write one line of text for roff: backslashes as \e, hyphens as \-
** (so that options can be searched for and copied), and a line that
** starts with a control character ('.' or '\'') protected with \&. */
static void roff_line(const char *z, size_t n){
  size_t i;
  if( n>0 && (z[0]=='.' || z[0]=='\'') ) fputs("\\&", stdout);
  for(i=0; i<n; i++){
    switch( z[i] ){
      case '\\': fputs("\\e", stdout); break;
      case '-':  fputs("\\-", stdout); break;
      default:   putchar(z[i]); break;
    }
  }
  putchar('\n');
}

/* Write text z as a no-fill block (lines as they are). */
static void roff_block(const char *z){
  fputs(".nf\n", stdout);
  while( *z ){
    const char *zEnd = strchr(z, '\n');
    size_t n = zEnd ? (size_t)(zEnd - z) : strlen(z);
    if( n==0 ){
      fputs(".sp\n", stdout);
    }else{
      roff_line(z, n);
    }
    z += n;
    if( *z=='\n' ) z++;
  }
  fputs(".fi\n", stdout);
}

/* The names of the two-space indented list that follows the line
** zHead in z, up to the first line that is not indented: "  NAME  text".
** Returns how many were put into azName (malloced). */
static int list_names(const char *z, const char *zHead, char **azName,
                      int nMax){
  const char *zAt = strstr(z, zHead);
  int nName = 0;
  if( zAt==0 ) return 0;
  zAt = strchr(zAt+1, '\n');
  while( zAt && zAt[1]==' ' && zAt[2]==' ' && zAt[3]!=' ' && nName<nMax ){
    const char *zName = zAt + 3;
    size_t n = strcspn(zName, " \n");
    azName[nName] = malloc(n+1);
    memcpy(azName[nName], zName, n);
    azName[nName][n] = 0;
    nName++;
    zAt = strchr(zName, '\n');
  }
  return nName;
}

/* The text after the first line and the blank line under it (what
** cli_print_help() writes after "accord NAME: summary"). */
static const char *after_title(const char *z){
  const char *zBody = strstr(z, "\n\n");
  return zBody ? zBody + 2 : z;
}

int main(int argc, char **argv){
  char *azCmd[MAX_NAMES], *azKind[MAX_NAMES];
  char *zUsage, *zVersion, *zKinds, *zSyn;
  int nCmd, nKind, i;
  if( argc!=2 ){
    fprintf(stderr, "usage: mkman PATH-TO-ACCORD > accord.1\n");
    return 1;
  }
  zAccord = argv[1];
  zUsage = run("help");
  zVersion = run("--version");
  zVersion[strcspn(zVersion, "\n")] = 0;
  zKinds = run("help kinds");
  nCmd = list_names(zUsage, "\nCommands:", azCmd, MAX_NAMES);
  nKind = list_names(zKinds, "Kinds of items", azKind, MAX_NAMES);
  if( nCmd<5 || nKind<5 ){
    fprintf(stderr, "mkman: no list of commands or kinds in the help\n");
    return 1;
  }
  printf(".\\\" accord.1: written by tools/mkman from the help of %s;\n"
         ".\\\" edit the help texts in src/cli/main.c, not this file.\n",
         zVersion);
  printf(".TH ACCORD 1 \"\" \"%s\" \"Accord\"\n", zVersion);
  printf(".SH NAME\naccord \\- strategic dialogues: goals, indicators, "
         "status, reports, and their web application\n");
  /* SYNOPSIS: the usage lines; DESCRIPTION: the rest of `accord help`. */
  zSyn = strstr(zUsage, "\n\n");
  printf(".SH SYNOPSIS\n");
  if( zSyn ){
    /* Without "usage: ", and its continuation lines 7 columns less. */
    char *zIn, *zOut;
    *zSyn = 0;
    zIn = zOut = strncmp(zUsage, "usage: ", 7)==0 ? zUsage+7 : zUsage;
    zSyn += 2;
    while( *zIn ){
      *zOut++ = *zIn;
      if( *zIn++=='\n' && strncmp(zIn, "       ", 7)==0 ) zIn += 7;
    }
    *zOut = 0;
    roff_block(strncmp(zUsage, "usage: ", 7)==0 ? zUsage+7 : zUsage);
  }else{
    zSyn = zUsage;
  }
  printf(".SH DESCRIPTION\n");
  roff_block(zSyn);
  printf(".SH COMMANDS\nEach command also answers \\fB\\-\\-help\\fR "
         "(or \\fB\\-h\\fR), after any of its arguments.\n");
  for(i=0; i<nCmd; i++){
    char zArgs[300];
    char *zHelp;
    if( strcmp(azCmd[i], "help")==0 || strcmp(azCmd[i], "version")==0 ){
      continue;
    }
    snprintf(zArgs, sizeof(zArgs), "help '%s'", azCmd[i]);
    zHelp = run(zArgs);
    printf(".SS %s\n", azCmd[i]);
    roff_block(after_title(zHelp));
    free(zHelp);
  }
  printf(".SH KINDS OF ITEMS\n");
  roff_block(zKinds);
  for(i=0; i<nKind; i++){
    char zArgs[300];
    char *zHelp;
    snprintf(zArgs, sizeof(zArgs), "'%s' --help", azKind[i]);
    zHelp = run(zArgs);
    printf(".SS %s\n", azKind[i]);
    roff_block(zHelp);
    free(zHelp);
  }
  printf(".SH ENVIRONMENT\n"
    ".TP\n.B ACCORD_DB\nthe database when \\fB\\-\\-db\\fR is not given "
    "(default ./accord.db)\n"
    ".TP\n.B ACCORD_USER\nwho acts, for the audit log, when \\fB\\-\\-as"
    "\\fR is not given (else \\fBUSER\\fR)\n"
    ".TP\n.B ACCORD_TLS\n1: \\fBaccord serve\\fR is behind a TLS proxy; "
    "its cookies are marked Secure\n"
    ".TP\n.B NO_COLOR\nnot empty: no colours on a terminal "
    "(\\fB\\-\\-color auto\\fR)\n"
    ".SH FILES\n"
    ".TP\n.I /var/lib/accord/accord.db\nthe database of the system "
    "service (accord.service)\n"
    ".TP\n.I /etc/accord/tls.crt\\fR, \\fI/etc/accord/tls.key\n"
    "the service's certificate and key (its credentials)\n"
    ".SH SEE ALSO\n"
    ".BR systemd.exec (5),\n.BR nginx (8);\n"
    "docs/cli.md, docs/install.md and docs/design.md of the "
    "documentation (installed in share/doc/accord).\n");
  for(i=0; i<nCmd; i++) free(azCmd[i]);
  for(i=0; i<nKind; i++) free(azKind[i]);
  free(zUsage);
  free(zVersion);
  free(zKinds);
  return ferror(stdout) ? 1 : 0;
}
