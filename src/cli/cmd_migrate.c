/*
** cmd_migrate.c: `accord migrate --to TARGET`: the whole installation of
** --db copied into TARGET, SQLite or PostgreSQL either way.
**
** The source is checked first as `accord verify` checks it: a record
** that is not intact is not copied.  The target (a file, or a database
** named as --db names one) is made and migrated to this schema if it is
** new, and must be empty.  The copy is one transaction of the target
** (src/store/migrate.c); then the target is checked as the source was and
** the heads of the two audit chains are compared.  Exit 0 when both are
** intact and the heads are the same; 4 for a record that is not intact,
** a target that is not empty or heads that differ.
*/
#include "cli.h"
#include "../store/migrate.h"
#include "../store/replay.h"

#include <string.h>

/* VerifyFn: each finding on stderr; notes are left out (the counts say
** what was checked). */
static void migrate_say(void *pArg, int bNote, const char *zMsg){
  Cli *p = (Cli*)pArg;
  if( !bNote ) fprintf(stderr, "  %s\n", cli_text(p, zMsg));
}

/* MigrateTableFn: a line per table that held rows. */
static void migrate_table(void *pArg, const char *zTable, int64_t nRow){
  (void)pArg;
  if( nRow>0 ) printf("  %-24s %10lld\n", zTable, (long long)nRow);
}

int cmd_migrate(Cli *p, int argc, char **argv){
  const char *zTo = 0;
  Store *pFrom, *pTo = 0;
  AuditHead head, headTo;
  char zErr[800];
  int64_t nFind, nEntry = 0, nEntryTo = 0, nRow = 0;
  int i, rc, bExisted;
  AccRc arc;
  for(i=1; i<argc; ){
    int r = cli_opt_value(argc, argv, &i, "to", &zTo);
    if( r<0 ) return EXIT_USAGE;
    if( r>0 ) continue;
    return cli_usage("migrate", "migrate: unexpected \"%s\"", argv[i]);
  }
  if( zTo==0 || zTo[0]==0 ){
    return cli_usage("migrate", "migrate: --to: give the TARGET database");
  }
  if( strcmp(zTo, p->zDb)==0 ){
    return cli_usage("migrate", "migrate: --to names the source database "
                     "(--db) itself");
  }
  pFrom = cli_open(p, 0, &rc);
  if( pFrom==0 ) return rc;
  /* The source's record, checked as `accord verify` does. */
  nFind = store_verify(pFrom, migrate_say, p, &nEntry);
  if( nFind ){
    store_close(pFrom);
    return cli_error(ACC_CONFLICT, "%s: audit log NOT intact: %lld "
                     "finding%s (above); nothing was copied (`accord "
                     "verify` tells more)", p->zDb, (long long)nFind,
                     nFind==1 ? "" : "s");
  }
  printf("source %s: audit log intact, %lld entries\n", cli_text(p, p->zDb),
         (long long)nEntry);
  bExisted = store_db_exists(zTo);
  arc = store_open(zTo, STORE_CREATE | (bExisted ? 0 : STORE_MUSTBENEW),
                   &pTo, zErr, sizeof(zErr));
  if( arc ){
    store_close(pFrom);
    return cli_error(arc, "--to: %s (nothing was copied)", zErr);
  }
  store_set_actor(pTo, p->zActor);
  printf("copying into %s (schema version %d):\n", cli_text(p, zTo),
         store_schema_version(pTo));
  arc = store_migrate_copy(pFrom, pTo, migrate_table, 0, &head, &nRow, zErr,
                           sizeof(zErr));
  store_close(pFrom);
  if( arc ){
    store_close(pTo);
    /* A database this command made goes again; one that was there stays
    ** as it was. */
    if( !bExisted ){
      char zRm[300];
      store_db_remove(zTo, zRm, sizeof(zRm));
    }
    return cli_error(arc, "%s: %s; nothing was copied", zTo, zErr);
  }
  printf("copied %lld rows, with their ids; the search index was rebuilt; "
         "sessions and tokens were copied as they are\n", (long long)nRow);
  /* The target's record, checked the same way, and the chains' heads. */
  nFind = store_verify(pTo, migrate_say, p, &nEntryTo);
  store_audit_head(pTo, &headTo);
  store_close(pTo);
  if( nFind ){
    return cli_error(ACC_CONFLICT, "%s: audit log of the copy NOT intact: "
                     "%lld finding%s (above)", zTo, (long long)nFind,
                     nFind==1 ? "" : "s");
  }
  printf("target %s: audit log intact, %lld entries\n", cli_text(p, zTo),
         (long long)nEntryTo);
  if( headTo.id!=head.id || strcmp(headTo.zHash, head.zHash)!=0 ){
    return cli_error(ACC_CONFLICT, "the audit chains' heads differ: the "
                     "source's is entry %lld %s, the copy's entry %lld %s",
                     (long long)head.id, head.zHash, (long long)headTo.id,
                     headTo.zHash);
  }
  printf("audit chain heads equal: entry %lld, %s\n", (long long)head.id,
         head.zHash[0] ? head.zHash : "(empty log)");
  return 0;
}
