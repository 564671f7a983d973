/*
** migrate.c: a whole installation copied from one database to another
** (`accord migrate`), through the drivers of storeInt.h, so that SQLite
** and PostgreSQL go either way (see migrate.h).
**
** The tables are those of `export all` (fixture_all.c): every table of
** the schema but the full-text indexes, which the target's triggers fill
** as the rows go in.  Each is read in one snapshot of the source, by its
** key, and written row by row with its ids into the target inside one
** bulk transaction (references checked at the commit on PostgreSQL, not
** row by row on SQLite), the values bound as what they are: NULL, an
** integer, a real, text or bytes.  Then the id counters, the same
** numbers `export all` writes.  Table and column names are composed into
** the statements, never data: they are those of both databases' own
** schemas, and the two must have the same tables with the same columns.
*/
#include "storeInt.h"
#include "fixtureInt.h"
#include "migrate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Whether the n bytes at z can be PostgreSQL text: valid UTF-8 without a
** NUL (SQLite keeps any bytes as text). */
static int migrate_text_ok(const unsigned char *z, int64_t n){
  int64_t i = 0;
  while( i<n ){
    unsigned char c = z[i];
    int nMore, k;
    unsigned int cp;
    if( c==0 ) return 0;
    if( c<0x80 ){ i++; continue; }
    if( c>=0xC2 && c<=0xDF ){ nMore = 1; cp = c & 0x1F; }
    else if( c>=0xE0 && c<=0xEF ){ nMore = 2; cp = c & 0x0F; }
    else if( c>=0xF0 && c<=0xF4 ){ nMore = 3; cp = c & 0x07; }
    else return 0;
    if( i+nMore>=n ) return 0;
    for(k=1; k<=nMore; k++){
      if( (z[i+k] & 0xC0)!=0x80 ) return 0;
      cp = (cp<<6) | (z[i+k] & 0x3F);
    }
    if( (nMore==2 && (cp<0x800 || (cp>=0xD800 && cp<=0xDFFF)))
     || (nMore==3 && (cp<0x10000 || cp>0x10FFFF)) ){
      return 0;
    }
    i += nMore+1;
  }
  return 1;
}

/* ACC_OK if the n bytes z of column zCol, row iKey of table zTable are
** text PostgreSQL keeps; else ACC_INVALID, saying so in zErr. */
static AccRc migrate_text_kept(const void *z, int64_t n, const char *zTable,
                               int64_t iKey, const char *zCol, char *zErr,
                               int nErr){
  if( migrate_text_ok(z, n) ) return ACC_OK;
  snprintf(zErr, nErr, "table %s, row %lld, column %s: text that is not "
           "UTF-8 (or holds a NUL), which PostgreSQL does not keep", zTable,
           (long long)iKey, zCol);
  return ACC_INVALID;
}

void store_audit_head(Store *p, AuditHead *pOut){
  DbStmt *pS = p->pDrv->xPrepare(p->pDb,
      "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
  memset(pOut, 0, sizeof(*pOut));
  if( p->pDrv->xStep(pS)==DB_ROW ){
    pOut->id = p->pDrv->xColumnInt(pS, 0);
    snprintf(pOut->zHash, sizeof(pOut->zHash), "%s",
             p->pDrv->xColumnText(pS, 1));
  }
  p->pDrv->xFinalize(pS);
}

/* Whether the two JSON arrays of names hold the same names in the same
** order; if not, the first that one has and the other lacks into zErr. */
static int same_tables(json_t *pA, json_t *pB, char *zErr, int nErr){
  size_t i, j;
  for(i=0; i<json_array_size(pA); i++){
    const char *z = json_string_value(json_array_get(pA, i));
    int bFound = 0;
    for(j=0; j<json_array_size(pB) && !bFound; j++){
      bFound = strcmp(z, json_string_value(json_array_get(pB, j)))==0;
    }
    if( !bFound ){
      snprintf(zErr, nErr, "the source has table %s, the target's schema "
               "has not (are both of this accord's schema?)", z);
      return 0;
    }
  }
  if( json_array_size(pA)!=json_array_size(pB) ){
    snprintf(zErr, nErr, "the target's schema has tables the source's "
             "has not");
    return 0;
  }
  return 1;
}

/* The first table of pNames in p that holds a row, into zOut ("" if
** none). */
static void first_full_table(Store *p, json_t *pNames, char *zOut,
                             int nOut){
  size_t k;
  zOut[0] = 0;
  for(k=0; k<json_array_size(pNames) && zOut[0]==0; k++){
    const char *zTable = json_string_value(json_array_get(pNames, k));
    Buf sql = BUF_INIT;
    DbStmt *pS;
    buf_appendf(&sql, "SELECT 1 FROM \"%s\" LIMIT 1", zTable);
    pS = p->pDrv->xPrepare(p->pDb, buf_str(&sql));
    buf_free(&sql);
    if( p->pDrv->xStep(pS)==DB_ROW ) snprintf(zOut, nOut, "%s", zTable);
    p->pDrv->xFinalize(pS);
  }
}

/* Append n bytes of text z to b in COPY's text format. */
static void copy_text(Buf *b, const unsigned char *z, int64_t n){
  int64_t i, j = 0;
  for(i=0; i<n; i++){
    const char *zEsc = 0;
    switch( z[i] ){
      case '\\': zEsc = "\\\\"; break;
      case '\n':  zEsc = "\\n"; break;
      case '\r':  zEsc = "\\r"; break;
      case '\t':  zEsc = "\\t"; break;
      default: continue;
    }
    if( i>j ) buf_append(b, (const char*)z+j, (size_t)(i-j));
    buf_puts(b, zEsc);
    j = i+1;
  }
  if( n>j ) buf_append(b, (const char*)z+j, (size_t)(n-j));
}

/* The rows of pSel (the target's columns tT, in order) into pTo's table
** zTable by COPY, a few megabytes at a time: one round trip for
** thousands of rows where an INSERT costs one each.  The same checks and
** values as the INSERT path of copy_table(): text that PostgreSQL keeps,
** numbers as they are, bytes as bytea's hex. */
static AccRc copy_rows(Store *pFrom, Store *pTo, DbStmt *pSel,
                       const char *zTable, const TabCols *tT, int64_t *pnRow,
                       char *zErr, int nErr){
  const DbDriver *dF = pFrom->pDrv, *dT = pTo->pDrv;
  Buf sql = BUF_INIT, data = BUF_INIT;
  AccRc rc = ACC_OK;
  int64_t iFirst = 0, nIn = 0;
  int i, bMore = 1;
  buf_appendf(&sql, "COPY \"%s\"(", zTable);
  for(i=0; i<tT->nCol; i++){
    buf_appendf(&sql, "%s\"%s\"", i ? ", " : "", tT->azCol[i]);
  }
  buf_puts(&sql, ") FROM STDIN");
  while( rc==ACC_OK && bMore ){
    bMore = dF->xStep(pSel)==DB_ROW;
    if( bMore ){
      int64_t iKey = dF->xColumnInt(pSel, 0);
      if( nIn==0 ) iFirst = iKey;
      for(i=0; i<tT->nCol && rc==ACC_OK; i++){
        int64_t n, k;
        const unsigned char *pData;
        char z[40];
        if( i ) buf_append(&data, "\t", 1);
        switch( dF->xColumnType(pSel, i) ){
          case DB_NULL: buf_puts(&data, "\\N"); break;
          case DB_INT:
            snprintf(z, sizeof(z), "%lld", (long long)dF->xColumnInt(pSel, i));
            buf_puts(&data, z);
            break;
          case DB_REAL:
            snprintf(z, sizeof(z), "%.17g", dF->xColumnReal(pSel, i));
            buf_puts(&data, z);
            break;
          default:
            pData = dF->xColumnBlob(pSel, i, &n);
            if( tT->abBlob[i] ){
              buf_puts(&data, "\\\\x");
              for(k=0; k<n; k++){
                snprintf(z, sizeof(z), "%02x", pData[k]);
                buf_append(&data, z, 2);
              }
            }else{
              rc = migrate_text_kept(pData, n, zTable, iKey, tT->azCol[i],
                                     zErr, nErr);
              if( rc==ACC_OK ) copy_text(&data, pData, n);
            }
            break;
        }
      }
      buf_append(&data, "\n", 1);
      nIn++;
    }
    if( rc==ACC_OK && nIn>0 && (!bMore || data.n>=(4u<<20)) ){
      char zWhy[400];
      rc = dT->xCopyIn(pTo->pDb, buf_str(&sql), buf_str(&data),
                       data.n, zWhy, sizeof(zWhy));
      if( rc ){
        snprintf(zErr, nErr, "table %s, the %lld rows from row %lld on: %s",
                 zTable, (long long)nIn, (long long)iFirst, zWhy);
      }else{
        *pnRow += nIn;
      }
      buf_reset(&data);
      nIn = 0;
    }
  }
  buf_free(&sql);
  buf_free(&data);
  return rc;
}

/* Copy the rows of table zTable from pFrom to pTo; *pnRow gets their
** count. */
static AccRc copy_table(Store *pFrom, Store *pTo, const char *zTable,
                        int64_t *pnRow, char *zErr, int nErr){
  const DbDriver *dF = pFrom->pDrv, *dT = pTo->pDrv;
  TabCols tF, tT;
  Buf sel = BUF_INIT, ins = BUF_INIT;
  DbStmt *pSel = 0, *pIns = 0;
  AccRc rc = ACC_OK;
  int i, j, bPgTo = STORE_PG(pTo);
  *pnRow = 0;
  fixture_tabcols_read(pFrom, zTable, &tF);
  fixture_tabcols_read(pTo, zTable, &tT);
  /* The same columns, maybe in another order: the target's order. */
  for(i=0; i<tT.nCol && rc==ACC_OK; i++){
    for(j=0; j<tF.nCol && strcmp(tF.azCol[j], tT.azCol[i])!=0; j++){}
    if( j==tF.nCol ){
      snprintf(zErr, nErr, "table %s: the target has column %s, the "
               "source has not", zTable, tT.azCol[i]);
      rc = ACC_INVALID;
    }
  }
  if( rc==ACC_OK && tF.nCol!=tT.nCol ){
    snprintf(zErr, nErr, "table %s: the source has %d columns, the target "
             "%d", zTable, tF.nCol, tT.nCol);
    rc = ACC_INVALID;
  }
  if( rc==ACC_OK ){
    buf_puts(&sel, "SELECT ");
    buf_appendf(&ins, "INSERT INTO \"%s\"(", zTable);
    for(i=0; i<tT.nCol; i++){
      buf_appendf(&sel, "%s\"%s\"", i ? ", " : "", tT.azCol[i]);
      buf_appendf(&ins, "%s\"%s\"", i ? ", " : "", tT.azCol[i]);
    }
    buf_appendf(&sel, " FROM \"%s\" ORDER BY 1", zTable);
    buf_puts(&ins, ") VALUES(");
    for(i=0; i<tT.nCol; i++) buf_appendf(&ins, "%s?%d", i ? ", " : "", i+1);
    buf_puts(&ins, ")");
    pSel = dF->xPrepare(pFrom->pDb, buf_str(&sel));
    if( dT->xCopyIn ){
      rc = copy_rows(pFrom, pTo, pSel, zTable, &tT, pnRow, zErr, nErr);
    }else{
      pIns = dT->xPrepare(pTo->pDb, buf_str(&ins));
    }
  }
  while( rc==ACC_OK && pIns && dF->xStep(pSel)==DB_ROW ){
    int64_t iKey = dF->xColumnInt(pSel, 0);
    int s;
    for(i=0; i<tT.nCol && rc==ACC_OK; i++){
      int64_t n;
      const void *pData;
      switch( dF->xColumnType(pSel, i) ){
        case DB_NULL: dT->xBindNull(pIns, i+1); break;
        case DB_INT:  dT->xBindInt(pIns, i+1, dF->xColumnInt(pSel, i)); break;
        case DB_REAL: dT->xBindReal(pIns, i+1, dF->xColumnReal(pSel, i));
                      break;
        default:
          pData = dF->xColumnBlob(pSel, i, &n);
          if( tT.abBlob[i] ){
            dT->xBindBlob(pIns, i+1, pData, n);
          }else if( bPgTo && (rc = migrate_text_kept(pData, n, zTable, iKey,
                                                     tT.azCol[i], zErr,
                                                     nErr))!=ACC_OK ){
            /* the loop ends on rc */
          }else{
            /* Valid until the source's next step, after the insert. */
            dT->xBindTextStatic(pIns, i+1, pData, (int)n);
          }
          break;
      }
    }
    if( rc!=ACC_OK ) break;
    s = dT->xStep(pIns);
    if( s<0 ){
      snprintf(zErr, nErr, "table %s, row %lld: %s", zTable,
               (long long)iKey, dT->xErrmsg(pTo->pDb));
      rc = (AccRc)-s;
    }else{
      (*pnRow)++;
    }
    dT->xReset(pIns);
  }
  if( pSel ) dF->xFinalize(pSel);
  if( pIns ) dT->xFinalize(pIns);
  buf_free(&sel);
  buf_free(&ins);
  fixture_tabcols_free(&tF);
  fixture_tabcols_free(&tT);
  return rc;
}

/* End pTo's transaction: commit, with the failure's message in zErr. */
static AccRc migrate_commit(Store *pTo, char *zErr, int nErr){
  AccRc rc = pTo->pDrv->xExec(pTo->pDb, "COMMIT", zErr, nErr);
  if( rc==ACC_OK ) pTo->nTxn = 0;
  /* Ends the bulk load; rolls back what a failed commit left open. */
  store_rollback(pTo);
  return rc;
}

AccRc store_migrate_copy(Store *pFrom, Store *pTo, MigrateTableFn x,
                         void *pArg, AuditHead *pHead, int64_t *pnRow,
                         char *zErr, int nErr){
  json_t *pNames = 0, *pNamesTo = 0, *pSeq = 0;
  char zFull[200], zTxn[200];
  size_t k;
  AccRc rc = ACC_OK;
  *pnRow = 0;
  memset(pHead, 0, sizeof(*pHead));
  if( pFrom->iVersion!=pTo->iVersion ){
    snprintf(zErr, nErr, "the source is at schema version %d, the target "
             "at %d", pFrom->iVersion, pTo->iVersion);
    return ACC_INVALID;
  }
  /* One snapshot of the source (PostgreSQL's default takes one per
  ** statement). */
  pFrom->pDrv->xExec(pFrom->pDb, STORE_PG(pFrom)
      ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN", zTxn,
      sizeof(zTxn));
  if( store_begin_bulk(pTo) ){
    pFrom->pDrv->xExec(pFrom->pDb, "ROLLBACK", zTxn, sizeof(zTxn));
    snprintf(zErr, nErr, "the target is busy");
    return ACC_BUSY;
  }
  pNames = fixture_table_names(pFrom);
  pNamesTo = fixture_table_names(pTo);
  if( !same_tables(pNames, pNamesTo, zErr, nErr)
   || !same_tables(pNamesTo, pNames, zErr, nErr) ){
    rc = ACC_INVALID;
  }
  if( rc==ACC_OK ){
    first_full_table(pTo, pNamesTo, zFull, sizeof(zFull));
    if( zFull[0] ){
      snprintf(zErr, nErr, "the target is not empty: its table %s holds "
               "rows (migrate copies only into a new database, or one "
               "`accord init` made)", zFull);
      rc = ACC_CONFLICT;
    }
  }
  if( rc==ACC_OK ) store_audit_head(pFrom, pHead);
  for(k=0; k<json_array_size(pNamesTo) && rc==ACC_OK; k++){
    const char *zTable = json_string_value(json_array_get(pNamesTo, k));
    int64_t n = 0;
    rc = copy_table(pFrom, pTo, zTable, &n, zErr, nErr);
    *pnRow += n;
    if( rc==ACC_OK && x ) x(pArg, zTable, n);
  }
  if( rc==ACC_OK ){
    pSeq = fixture_all_seq(pFrom, pNames);
    rc = fixture_all_seq_set(pTo, pSeq, pNamesTo, zErr, nErr);
  }
  if( rc==ACC_OK ){
    rc = migrate_commit(pTo, zTxn, sizeof(zTxn));
    if( rc ){
      snprintf(zErr, nErr, "the target refused the copy at its commit: %s",
               zTxn);
    }
  }else{
    store_rollback(pTo);
  }
  pFrom->pDrv->xExec(pFrom->pDb, "ROLLBACK", zTxn, sizeof(zTxn));
  json_decref(pNames);
  json_decref(pNamesTo);
  json_decref(pSeq);
  return rc;
}

/* Whether table zName is made by one of Accord's PostgreSQL migrations
** (schema/pg: a "CREATE TABLE zName" in one of them). */
static int pg_is_accord_table(const char *zName){
  size_t n = strlen(zName);
  int i;
  for(i=0; i<nPgMigration; i++){
    const char *z = aPgMigration[i].zSql;
    while( (z = strstr(z, "CREATE TABLE "))!=0 ){
      z += 13;
      if( strncmp(z, "IF NOT EXISTS ", 14)==0 ) z += 14;
      if( strncmp(z, zName, n)==0
       && !((z[n]>='a' && z[n]<='z') || (z[n]>='0' && z[n]<='9')
            || z[n]=='_') ){
        return 1;
      }
    }
  }
  return 0;
}

/* The statement that drops Accord's objects of the current schema: its
** tables (all in one statement, without CASCADE, so that anything else
** that depends on them makes it fail), functions and text search
** objects.  No data in it: the names come from the catalogue. */
static const char zPgDrop[] =
  "DO $$ DECLARE z text; BEGIN"
  " SELECT string_agg(format('%I', c.relname), ', ') INTO z FROM pg_class c"
  "  JOIN pg_namespace n ON n.oid=c.relnamespace"
  "  WHERE n.nspname=current_schema() AND c.relkind IN ('r','p');"
  " IF z IS NOT NULL THEN EXECUTE 'DROP TABLE ' || z; END IF;"
  " SELECT string_agg(CAST(CAST(p.oid AS regprocedure) AS text), ', ')"
  "  INTO z FROM pg_proc p JOIN pg_namespace n ON n.oid=p.pronamespace"
  "  WHERE n.nspname=current_schema() AND p.proname LIKE 'accord\\_%';"
  " IF z IS NOT NULL THEN EXECUTE 'DROP FUNCTION ' || z; END IF;"
  " DROP TEXT SEARCH CONFIGURATION IF EXISTS accord_search;"
  " DROP TEXT SEARCH DICTIONARY IF EXISTS accord_stem;"
  " END $$";

/* Remove Accord's objects from the PostgreSQL database zPath names: its
** tables, functions and text search objects, in one transaction; refused
** (ACC_CONFLICT, nothing dropped) if its schema holds a table no
** migration of Accord's made, or anything else depends on them. */
static AccRc pg_remove(const char *zPath, char *zErr, int nErr){
  const DbDriver *d = &pgDriver;
  char zForeign[200], zMsg[300];
  DbStmt *pS;
  Db *pDb = 0;
  AccRc rc = d->xOpen(zPath, STORE_CREATE, &pDb, zErr, nErr);
  if( rc ) return rc;
  zForeign[0] = 0;
  pS = d->xPrepare(pDb, "SELECT c.relname FROM pg_class c"
      " JOIN pg_namespace n ON n.oid=c.relnamespace"
      " WHERE n.nspname=current_schema() AND c.relkind IN ('r','p','v','m','f')"
      " ORDER BY c.relname");
  while( zForeign[0]==0 && d->xStep(pS)==DB_ROW ){
    const char *zName = d->xColumnText(pS, 0);
    if( !pg_is_accord_table(zName) ){
      snprintf(zForeign, sizeof(zForeign), "%s", zName);
    }
  }
  d->xFinalize(pS);
  if( zForeign[0] ){
    snprintf(zErr, nErr, "%s holds \"%s\", which is not Accord's: nothing "
             "was removed (give Accord a database of its own)", zPath,
             zForeign);
    d->xClose(pDb);
    return ACC_CONFLICT;
  }
  rc = d->xExec(pDb, "BEGIN", zMsg, sizeof(zMsg));
  if( rc==ACC_OK ) rc = d->xExec(pDb, zPgDrop, zMsg, sizeof(zMsg));
  if( rc==ACC_OK ) rc = d->xExec(pDb, "COMMIT", zMsg, sizeof(zMsg));
  if( rc ){
    char zIgnore[100];
    d->xExec(pDb, "ROLLBACK", zIgnore, sizeof(zIgnore));
    snprintf(zErr, nErr, "cannot remove the Accord database at %s: %s "
             "(nothing was removed)", zPath, zMsg);
    if( rc==ACC_IO ) rc = ACC_CONFLICT;
  }
  d->xClose(pDb);
  return rc;
}

int store_db_exists(const char *zPath){
  char zErr[300];
  Db *pDb = 0;
  AccRc rc;
  if( !store_pg_wants(zPath) ) return access(zPath, F_OK)==0;
  /* A test path's database exists as a file does, schema or not. */
  rc = store_pg_test_db(zPath, 0, zErr, sizeof(zErr));
  if( rc!=ACC_INVALID ) return rc==ACC_OK;
  if( pgDriver.xOpen(zPath, 0, &pDb, zErr, sizeof(zErr))!=ACC_OK ) return 0;
  pgDriver.xClose(pDb);
  return 1;
}

AccRc store_db_remove(const char *zPath, char *zErr, int nErr){
  static const char *const azSuffix[] = { "", "-wal", "-shm" };
  size_t i;
  if( store_pg_wants(zPath) ){
    AccRc rc = store_pg_test_db(zPath, 1, zErr, nErr);
    return rc==ACC_INVALID ? pg_remove(zPath, zErr, nErr) : rc;
  }
  for(i=0; i<sizeof(azSuffix)/sizeof(azSuffix[0]); i++){
    char *z = acc_malloc(strlen(zPath) + 5);
    sprintf(z, "%s%s", zPath, azSuffix[i]);
    unlink(z);
    free(z);
  }
  return ACC_OK;
}
