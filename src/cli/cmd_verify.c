/*
** cmd_verify.c: `accord verify` and `accord export evidence`.
**
**   accord verify [--json]                   the database
**   accord verify --against OLD.json [--json] the database, and that its
**                                            log extends OLD's
**   accord verify --evidence FILE [--keys KEYS] [--json]
**                                            an evidence file alone (its
**                                            keys also against a party's
**                                            copy, `key export --public`)
**   accord export evidence -o FILE           write one
**
** Each finding is one line on stderr (or an element of "findings" with
** --json); notes (checks that could not be made, for entries older than
** migration 013) go to stdout.  Exit 0 if there is no finding, else 4.
** The checks themselves are in src/store/verify.c and evidence.c.
*/
#include "cli.h"
#include "../store/docfile.h"
#include "../store/replay.h"
#include "../store/obsrow.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Where the findings of a run go. */
typedef struct VerifyOut {
  Cli *p;
  json_t *pFind, *pNote;   /* --json: the arrays */
} VerifyOut;

/* VerifyFn: print a finding or a note, or collect it. */
static void verify_say(void *pArg, int bNote, const char *zMsg){
  VerifyOut *pO = (VerifyOut*)pArg;
  if( pO->pFind ){
    json_array_append_new(bNote ? pO->pNote : pO->pFind, json_string(zMsg));
  }else if( bNote ){
    printf("note: %s\n", cli_text(pO->p, zMsg));
  }else{
    fprintf(stderr, "%s\n", cli_text(pO->p, zMsg));
  }
}

int cmd_verify(Cli *p, int argc, char **argv){
  const char *zEvidence = 0, *zAgainst = 0, *zKeys = 0;
  VerifyOut o;
  Store *pStore = 0;
  int64_t nFind = 0, nEntry = 0;
  int i, rc, bJson = 0;
  memset(&o, 0, sizeof(o));
  o.p = p;
  for(i=1; i<argc; ){
    int r;
    if( (r = cli_opt_value(argc, argv, &i, "evidence", &zEvidence))!=0
     || (r = cli_opt_value(argc, argv, &i, "against", &zAgainst))!=0
     || (r = cli_opt_value(argc, argv, &i, "keys", &zKeys))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    if( strcmp(argv[i], "--json")==0 ){
      bJson = 1;
      i++;
      continue;
    }
    return cli_usage("verify", "verify: unexpected \"%s\"", argv[i]);
  }
  if( zEvidence && zAgainst ){
    return cli_usage("verify", "verify: --evidence checks a file alone; "
                     "--against needs the database");
  }
  if( zKeys && zEvidence==0 ){
    return cli_usage("verify", "verify: --keys checks the keys of an "
                     "--evidence file");
  }
  if( bJson ){
    o.pFind = json_array();
    o.pNote = json_array();
  }
  if( zEvidence ){
    nFind = store_evidence_verify(zEvidence, verify_say, &o, &nEntry);
    if( nFind<0 ) nFind = 1;
    if( zKeys ){
      int64_t n = store_evidence_keys(zEvidence, zKeys, verify_say, &o);
      nFind += n<0 ? 1 : n;
    }
  }else{
    pStore = cli_open(p, 0, &rc);
    if( pStore==0 ){
      json_decref(o.pFind);
      json_decref(o.pNote);
      return rc;
    }
    nFind = store_verify(pStore, verify_say, &o, &nEntry);
    /* The files of documents against their hashes (docfile.c). */
    nFind += store_docfile_verify(pStore, verify_say, &o);
    /* Rows that break today's input rules: named, not failed (the log
    ** is intact all the same). */
    store_input_check(pStore, date_today(), verify_say, &o);
    if( zAgainst ){
      nFind += store_verify_against(pStore, zAgainst, verify_say, &o);
    }
    store_close(pStore);
  }
  if( bJson ){
    json_t *pOut = json_pack("{s:b,s:I,s:o,s:o}", "intact", nFind==0,
                             "entries", (json_int_t)nEntry, "findings",
                             o.pFind, "notes", o.pNote);
    json_dumpf(pOut, stdout, JSON_INDENT(2));
    printf("\n");
    json_decref(pOut);
    return nFind ? cli_exit_code(ACC_CONFLICT) : 0;
  }
  if( nFind ){
    return cli_error(ACC_CONFLICT, "audit log NOT intact: %lld finding%s",
                     (long long)nFind, nFind==1 ? "" : "s");
  }
  printf("audit log intact: %lld entries, hash chain verified; the tables, "
         "accounts, sessions, tokens, approvals and reports are what the "
         "log says%s\n", (long long)nEntry,
         zAgainst ? "; the log extends the evidence's" : "");
  return 0;
}

int cmd_export_evidence(Cli *p, int argc, char **argv){
  const char *zOut = 0;
  Store *pStore;
  FILE *out;
  char zErr[300];
  AccRc arc;
  int i, rc;
  for(i=1; i<argc; ){
    int r;
    if( (r = cli_opt_value(argc, argv, &i, "o", &zOut))!=0 ){
      if( r<0 ) return EXIT_USAGE;
      continue;
    }
    return cli_usage("export", "export evidence: unexpected \"%s\"",
                     argv[i]);
  }
  pStore = cli_open(p, 0, &rc);
  if( pStore==0 ) return rc;
  out = zOut ? fopen(zOut, "wb") : stdout;
  if( out==0 ){
    store_close(pStore);
    return cli_error(ACC_IO, "-o: cannot write %s", zOut);
  }
  arc = store_evidence_write(pStore, out, zErr, sizeof(zErr));
  store_close(pStore);
  if( out!=stdout && fclose(out)!=0 && arc==ACC_OK ){
    arc = ACC_IO;
    snprintf(zErr, sizeof(zErr), "cannot write %s", zOut);
  }
  if( arc ) return cli_error(arc, "export evidence: %s", zErr);
  return 0;
}
