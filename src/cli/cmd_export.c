/*
** cmd_export.c: `accord export` (CSV and JSON; the kinds ical and sdmx
** go to cmd_feed.c), `accord prefer` and `accord conflicts`
** (observations whose sources disagree).
*/
#include "cli.h"
#include "../store/fixture.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* State of an export walk. */
typedef struct ExportCtx {
  FILE *out;
  int e;
  int bJson;
  json_t *pArr;
  char zErr[400];    /* a row that cannot be written */
  AccRc rc;
} ExportCtx;

/* Write one CSV field (quoted when needed, RFC 4180).  A text field
** (bText) that a spreadsheet would read as a formula gets a single quote
** in front (buf_csv_risky()); numbers are written as they are. */
static void csv_field(FILE *out, const char *z, int bFirst, int bText){
  char *zSafe = 0;
  if( !bFirst ) fputc(',', out);
  if( z[0]==0 ) return;
  if( bText && buf_csv_risky(z) ){
    size_t n = strlen(z);
    zSafe = acc_malloc(n + 2);
    zSafe[0] = '\'';
    memcpy(zSafe+1, z, n+1);
    z = zSafe;
  }
  if( strpbrk(z, ",\"\r\n")!=0 || z[0]==' ' ){
    csv_fwrite(out, z, strlen(z));
  }else{
    fputs(z, out);
  }
  free(zSafe);
}

static int export_row(void *pArg, int64_t id, const Value *aVal){
  ExportCtx *c = pArg;
  const EntityDef *pE = &aEntity[c->e];
  int i;
  char zNum[40];
  if( model_row_utf8(c->e, id, aVal, c->zErr, sizeof(c->zErr)) ){
    c->rc = ACC_INVALID;
    return 1;
  }
  if( c->bJson ){
    json_t *pObj = json_object();
    json_object_set_new(pObj, "id", json_integer(id));
    for(i=0; i<pE->nField; i++){
      const Value *v = &aVal[i];
      json_object_set_new(pObj, pE->aField[i].zName,
        v->eType==VAL_INT ? json_integer(v->i) : v->eType==VAL_REAL
        ? json_real(v->r) : v->eType==VAL_TEXT ? json_string(v->z)
        : json_null());
    }
    json_array_append_new(c->pArr, pObj);
    return 0;
  }
  snprintf(zNum, sizeof(zNum), "%lld", (long long)id);
  csv_field(c->out, zNum, 1, 0);
  for(i=0; i<pE->nField; i++){
    const Value *v = &aVal[i];
    const char *z = "";
    if( v->eType==VAL_INT ){
      snprintf(zNum, sizeof(zNum), "%lld", (long long)v->i);
      z = zNum;
    }else if( v->eType==VAL_REAL ){
      snprintf(zNum, sizeof(zNum), "%.15g", v->r);
      z = zNum;
    }else if( v->eType==VAL_TEXT ){
      z = v->z;
    }
    csv_field(c->out, z, 0, v->eType==VAL_TEXT);
  }
  fputs("\r\n", c->out);
  return 0;
}

int cmd_export(Cli *p, int argc, char **argv){
  const char *zFormat = 0, *zOut = 0, *zDialogue = 0, *zViewer = 0;
  ExportCtx c;
  Store *pStore;
  int i, rc, e = -1, bAll = 0, iField = -1;
  int64_t idDialogue = 0;
  AccRc arc = ACC_OK;
  memset(&c, 0, sizeof(c));
  if( argc>=2 && (strcmp(argv[1], "ical")==0 || strcmp(argv[1], "sdmx")==0) ){
    return cmd_export_feed(p, argc, argv);   /* cmd_feed.c */
  }
  if( argc>=2 && strcmp(argv[1], "iati")==0 ){
    return cmd_export_iati(p, argc-1, argv+1);
  }
  if( argc>=2 && strcmp(argv[1], "evidence")==0 ){
    return cmd_export_evidence(p, argc-1, argv+1);   /* cmd_verify.c */
  }
  for(i=1; i<argc; ){
    int r;
    if( (r = cli_opt_value(argc, argv, &i, "format", &zFormat))!=0
     || (r = cli_opt_value(argc, argv, &i, "o", &zOut))!=0
     || (r = cli_opt_value(argc, argv, &i, "dialogue", &zDialogue))!=0
     || (r = cli_opt_value(argc, argv, &i, "as-viewer", &zViewer))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    if( e<0 && !bAll && strcmp(argv[i], "all")==0 ){
      bAll = 1;
    }else if( e<0 && !bAll && (e = model_entity_find(argv[i]))>=0 ){
    }else{
      return cli_usage("export", "export: unexpected \"%s\" (give a kind "
                       "from `accord help kinds`, or all)", argv[i]);
    }
    i++;
  }
  if( e<0 && !bAll ) return cli_usage("export", "export: which kind?");
  if( zFormat==0 ) zFormat = bAll ? "json" : "csv";
  if( strcmp(zFormat, "csv") && strcmp(zFormat, "json") ){
    return cli_error(ACC_INVALID, "--format: expected csv or json, got "
                     "\"%s\"", zFormat);
  }
  if( bAll && strcmp(zFormat, "json") ){
    return cli_error(ACC_INVALID, "--format: `export all` writes json");
  }
  if( bAll && zViewer ){
    return cli_error(ACC_INVALID, "--as-viewer: `export all` writes the "
                     "whole database");
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  if( zViewer ){
    Class eView;
    char zErr[200];
    if( cli_viewer_parse(pStore, zViewer, &eView, zErr, sizeof(zErr)) ){
      store_close(pStore);
      return cli_error(ACC_INVALID, "%s", zErr);
    }
    store_set_viewer(pStore, eView);
  }
  if( zDialogue ){
    Value v;
    char zErr[200];
    if( bAll || aEntity[e].iDialogue<0 ){
      store_close(pStore);
      return cli_error(ACC_INVALID, "--dialogue: %s items do not belong to "
                       "a dialogue directly", bAll ? "all" : aEntity[e].zName);
    }
    v.eType = VAL_TEXT;
    v.z = zDialogue;
    if( store_ref_resolve(pStore, ENT_DIALOGUE, &v, zErr, sizeof(zErr)) ){
      store_close(pStore);
      return cli_error(ACC_NOTFOUND, "--dialogue: %s", zErr);
    }
    idDialogue = v.i;
    iField = aEntity[e].iDialogue;
  }
  c.out = stdout;
  if( zOut && strcmp(zOut, "-")!=0 ){
    /* `export all` holds password hashes and sealed keys: only the owner
    ** reads the file. */
    int fd = open(zOut, O_WRONLY|O_CREAT|O_TRUNC, bAll ? 0600 : 0666);
    if( fd>=0 && bAll ) fchmod(fd, 0600);
    c.out = fd>=0 ? fdopen(fd, "wb") : 0;
    if( c.out==0 ){
      if( fd>=0 ) close(fd);
      store_close(pStore);
      return cli_error(ACC_IO, "cannot write %s: %s", zOut, strerror(errno));
    }
  }
  if( bAll ){
    arc = fixture_dump(pStore, c.out, c.zErr, sizeof(c.zErr));
  }else{
    c.e = e;
    c.bJson = strcmp(zFormat, "json")==0;
    if( c.bJson ){
      c.pArr = json_array();
    }else{
      csv_field(c.out, "id", 1, 0);
      for(i=0; i<aEntity[e].nField; i++){
        csv_field(c.out, aEntity[e].aField[i].zName, 0, 0);
      }
      fputs("\r\n", c.out);
    }
    store_item_each(pStore, e, iField, idDialogue, export_row, &c);
    arc = c.rc;
    if( c.bJson && arc==ACC_OK ){
      json_dumpf(c.pArr, c.out, JSON_INDENT(2)|JSON_REAL_PRECISION(15));
      fputc('\n', c.out);
      json_decref(c.pArr);
    }
  }
  if( c.pArr && arc ) json_decref(c.pArr);
  if( ferror(c.out) ) arc = ACC_IO;
  if( c.out!=stdout && fclose(c.out) ) arc = ACC_IO;
  store_close(pStore);
  if( arc==ACC_INVALID ){
    return cli_error(arc, "export: %s; the export stops here", c.zErr);
  }
  if( arc ) return cli_error(arc, "cannot write %s", zOut ? zOut : "output");
  return 0;
}

int cmd_prefer(Cli *p, int argc, char **argv){
  Store *pStore;
  char *zEnd, zErr[300];
  int64_t id;
  int rc;
  AccRc arc;
  if( argc!=2 ) return cli_usage("prefer", "prefer: give one observation id");
  id = strtoll(argv[1], &zEnd, 10);
  if( *zEnd || id<=0 ){
    return cli_error(ACC_INVALID, "expected an observation id, got \"%s\"",
                     argv[1]);
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  /* an id with no observation: ACC_NOTFOUND, "no observation with id N" */
  arc = store_obs_prefer(pStore, id, 0, zErr, sizeof(zErr));
  store_close(pStore);
  if( arc ) return cli_error(arc, "%s", zErr);
  printf("observation %lld now counts for its period\n", (long long)id);
  return 0;
}

/* Prints each conflict of `accord conflicts`. */
typedef struct ConflictOut {
  Cli *p;
  Store *pStore;
  int n;
} ConflictOut;

static int conflict_print(void *pArg, const StoreConflict *c){
  ConflictOut *o = pArg;
  Cli *p = o->p;
  Value *aI, *aS;
  int k;
  o->n++;
  store_item_get(o->pStore, ENT_INDICATOR, c->iIndicator, &p->arena, &aI);
  printf("%s, %s%s%s%s: %d values disagree%s\n",
         cli_text(p, aI[model_field_find(ENT_INDICATOR, "name")].z),
         cli_text(p, c->zPeriod), c->zCell ? " (" : "",
         c->zCell ? cli_text(p, c->zCell) : "",
         c->zCell ? ")" : "", c->n, c->bReopened ? " (the owner's "
         "choice was reopened by a later value)" : "");
  for(k=0; k<c->n; k++){
    const char *zSrc = "(no source)";
    if( c->a[k].iSource && store_item_get(o->pStore, ENT_SOURCE,
                                          c->a[k].iSource, &p->arena,
                                          &aS)==ACC_OK ){
      zSrc = aS[model_field_find(ENT_SOURCE, "title")].z;
    }
    printf("  observation %-6lld %15.15g  %s\n", (long long)c->a[k].id,
           c->a[k].r, cli_text(p, zSrc));
  }
  return 0;
}

int cmd_conflicts(Cli *p, int argc, char **argv){
  ConflictOut o;
  int rc;
  (void)argv;
  if( argc!=1 ) return cli_usage("conflicts", "conflicts takes no arguments");
  memset(&o, 0, sizeof(o));
  o.p = p;
  o.pStore = cli_open(p, 0, &rc);
  if( o.pStore==0 ) return rc;
  rc = store_obs_conflicts(o.pStore, 0, conflict_print, &o);
  store_close(o.pStore);
  if( rc ) return cli_error(rc, "cannot read the observations");
  if( o.n ){
    printf("%d unresolved conflict%s: mark the value that counts with "
           "`accord prefer OBSERVATION-ID`.\n", o.n, o.n==1 ? "" : "s");
  }else{
    printf("no unresolved conflicts\n");
  }
  return 0;
}
