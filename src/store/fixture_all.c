/*
** fixture_all.c: the whole installation in `accord export all`, and its
** restore by `accord load` into an empty database (see fixture.h).
**
** The items of a fixture are written by code and loaded as new items;
** that cannot carry what the record is made of: accounts with their
** password hashes, sessions and API tokens, approvals with their
** signatures, signing keys, checkpoints, issued reports, publications
** and the audit log whose hash chain covers all of them.  So the fixture
** of `export all` also holds "installation": the schema version and
** every table of the database as it is, row by row with its ids, in the
** order the migrations made them.  Only tables that are derived are left
** out: SQLite's own and the full-text indexes, which triggers fill again
** as the rows go in.  Loaded into an empty database of the same schema
** version, the rows go in as they were, in one transaction, and nothing
** is added to the audit log: the restored database is the installation
** (`accord verify` checks it as it checked the original).
**
** Table and column names are composed into the statements, never data:
** the tables are those of this database's own schema, and a file's
** table or column that the schema lacks is refused before any SQL uses
** it.
*/
#include "storeInt.h"
#include "fixtureInt.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The tables the installation holds, by name (the same order on both
** databases, so that the same installation is the same file): not
** SQLite's own, not virtual tables, not their shadow tables. */
static const char zTableSql[] =
  "SELECT name FROM sqlite_master AS t WHERE type='table'"
  " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
  " AND sql NOT LIKE 'CREATE VIRTUAL%'"
  " AND NOT EXISTS (SELECT 1 FROM sqlite_master AS v WHERE v.type='table'"
  "  AND v.sql LIKE 'CREATE VIRTUAL%'"
  "  AND t.name LIKE v.name || '\\_%' ESCAPE '\\')"
  " ORDER BY name";
/* The same on PostgreSQL: the tables of the schema but its version and
** the full-text indexes (schema/pg); names sort bytewise on both. */
static const char zPgTableSql[] =
  "SELECT c.relname FROM pg_class c JOIN pg_namespace n"
  " ON n.oid=c.relnamespace WHERE c.relkind='r'"
  " AND n.nspname=current_schema() AND c.relname NOT IN"
  " ('accord_schema', 'search_doc', 'search_pub_doc') ORDER BY c.relname";

void fixture_tabcols_free(TabCols *pT){
  int i;
  for(i=0; i<pT->nCol; i++) free(pT->azCol[i]);
  free(pT->azCol);
  free(pT->abBlob);
  memset(pT, 0, sizeof(*pT));
}

void fixture_tabcols_read(Store *p, const char *zTable, TabCols *pT){
  DbStmt *pS = p->pDrv->xPrepare(p->pDb, STORE_PG(p)
      ? "SELECT attname, atttypid='bytea'::regtype FROM pg_attribute"
        " WHERE attrelid=to_regclass(?1) AND attnum>0 AND NOT attisdropped"
        " ORDER BY attnum"
      : "SELECT name, upper(type)='BLOB' FROM pragma_table_info(?1)"
        " ORDER BY cid");
  memset(pT, 0, sizeof(*pT));
  p->pDrv->xBindText(pS, 1, zTable);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    pT->azCol = acc_realloc(pT->azCol, sizeof(char*)*(pT->nCol+1));
    pT->abBlob = acc_realloc(pT->abBlob, sizeof(int)*(pT->nCol+1));
    pT->azCol[pT->nCol] = acc_strdup(p->pDrv->xColumnText(pS, 0));
    pT->abBlob[pT->nCol] = (int)p->pDrv->xColumnInt(pS, 1);
    pT->nCol++;
  }
  p->pDrv->xFinalize(pS);
}

json_t *fixture_table_names(Store *p){
  DbStmt *pS = p->pDrv->xPrepare(p->pDb, STORE_PG(p) ? zPgTableSql
                                                    : zTableSql);
  json_t *pArr = json_array();
  while( p->pDrv->xStep(pS)==DB_ROW ){
    json_array_append_new(pArr, json_string(p->pDrv->xColumnText(pS, 0)));
  }
  p->pDrv->xFinalize(pS);
  return pArr;
}

/* Bytes as {"hex": "..."}: BLOB columns, and text that is not UTF-8. */
static json_t *hex_value(const void *pData, int64_t n){
  char *z = acc_malloc((size_t)n*2 + 1);
  json_t *pJ;
  sodium_bin2hex(z, (size_t)n*2 + 1, pData, (size_t)n);
  pJ = json_pack("{s:s}", "hex", z);
  free(z);
  return pJ;
}

/* Append the rows of table zTable to pRows, one JSON array a row. */
static void dump_table(Store *p, const char *zTable, const TabCols *pT,
                       json_t *pRows){
  Buf sql = BUF_INIT;
  DbStmt *pS;
  int i;
  buf_puts(&sql, "SELECT ");
  for(i=0; i<pT->nCol; i++){
    buf_appendf(&sql, "%s\"%s\"", i ? ", " : "", pT->azCol[i]);
  }
  /* The first column is each table's key (PostgreSQL has no rowid, and
  ** the published copies' rowids are not theirs). */
  buf_appendf(&sql, " FROM \"%s\" ORDER BY 1", zTable);
  pS = p->pDrv->xPrepare(p->pDb, buf_str(&sql));
  buf_free(&sql);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    json_t *pRow = json_array();
    for(i=0; i<pT->nCol; i++){
      json_t *pJ = 0;
      switch( p->pDrv->xColumnType(pS, i) ){
        case DB_NULL: pJ = json_null(); break;
        case DB_INT:  pJ = json_integer(p->pDrv->xColumnInt(pS, i)); break;
        case DB_REAL: pJ = json_real(p->pDrv->xColumnReal(pS, i)); break;
        default: {
          int64_t n;
          const void *pData = p->pDrv->xColumnBlob(pS, i, &n);
          if( !pT->abBlob[i] ) pJ = json_stringn((const char*)pData, n);
          if( pJ==0 ) pJ = hex_value(pData, n);
          break;
        }
      }
      json_array_append_new(pRow, pJ);
    }
    json_array_append_new(pRows, pRow);
  }
  p->pDrv->xFinalize(pS);
}

/* Whether table zTable's first column is "id", the key a counter gives
** out. */
static int table_has_id(Store *p, const char *zTable){
  TabCols t;
  int bId;
  fixture_tabcols_read(p, zTable, &t);
  bId = t.nCol>0 && strcmp(t.azCol[0], "id")==0;
  fixture_tabcols_free(&t);
  return bId;
}

json_t *fixture_all_seq(Store *p, json_t *pNames){
  json_t *pSeq = json_object();
  size_t k;
  for(k=0; k<json_array_size(pNames); k++){
    const char *zTable = json_string_value(json_array_get(pNames, k));
    Buf sql = BUF_INIT;
    DbStmt *pS;
    if( !table_has_id(p, zTable) ) continue;
    /* The table name is one of this schema's (fixture_table_names()). */
    if( STORE_PG(p) ){
      buf_appendf(&sql, "SELECT greatest(coalesce(pg_sequence_last_value("
          "CAST(pg_get_serial_sequence(CAST(?1 AS TEXT), 'id') AS regclass)),"
          " 0), coalesce((SELECT max(id) FROM \"%s\"), 0))"
          " WHERE pg_get_serial_sequence(CAST(?1 AS TEXT), 'id') IS NOT NULL",
          zTable);
    }else{
      buf_appendf(&sql, "SELECT max(coalesce((SELECT seq FROM sqlite_sequence"
          " WHERE name=?1), 0), coalesce((SELECT max(id) FROM \"%s\"), 0))"
          " WHERE EXISTS(SELECT 1 FROM pragma_table_info(?1)"
          " WHERE name='id' AND pk=1 AND upper(type)='INTEGER')", zTable);
    }
    pS = p->pDrv->xPrepare(p->pDb, buf_str(&sql));
    buf_free(&sql);
    p->pDrv->xBindText(pS, 1, zTable);
    if( p->pDrv->xStep(pS)==DB_ROW && p->pDrv->xColumnInt(pS, 0)>0 ){
      json_object_set_new(pSeq, zTable,
                          json_integer(p->pDrv->xColumnInt(pS, 0)));
    }
    p->pDrv->xFinalize(pS);
  }
  return pSeq;
}

json_t *fixture_all_dump(Store *p){
  json_t *pRoot = json_object();
  json_t *pNames = fixture_table_names(p);
  json_t *pTables = json_array();
  json_t *pSeq;
  size_t k;
  json_object_set_new(pRoot, "schema_version", json_integer(p->iVersion));
  for(k=0; k<json_array_size(pNames); k++){
    const char *zTable = json_string_value(json_array_get(pNames, k));
    TabCols t;
    json_t *pCols = json_array(), *pRows = json_array();
    int i;
    fixture_tabcols_read(p, zTable, &t);
    for(i=0; i<t.nCol; i++){
      json_array_append_new(pCols, json_string(t.azCol[i]));
    }
    dump_table(p, zTable, &t, pRows);
    json_array_append_new(pTables, json_pack("{s:s,s:o,s:o}", "name",
                          zTable, "columns", pCols, "rows", pRows));
    fixture_tabcols_free(&t);
  }
  pSeq = fixture_all_seq(p, pNames);
  json_decref(pNames);
  json_object_set_new(pRoot, "tables", pTables);
  json_object_set_new(pRoot, "sequences", pSeq);
  return pRoot;
}

int fixture_all_empty(Store *p){
  DbStmt *pS = p->pDrv->xPrepare(p->pDb, "SELECT 1 FROM audit_log LIMIT 1");
  int bEmpty = p->pDrv->xStep(pS)!=DB_ROW;
  p->pDrv->xFinalize(pS);
  return bEmpty;
}

/* Delete the rows of table zTable: in a database whose log is empty,
** only rows a migration wrote (which the file holds as well) or rows
** no one is accountable for (failed logins). */
static void clear_table(Store *p, const char *zTable){
  Buf sql = BUF_INIT;
  DbStmt *pS;
  buf_appendf(&sql, "DELETE FROM \"%s\"", zTable);
  pS = p->pDrv->xPrepare(p->pDb, buf_str(&sql));
  buf_free(&sql);
  p->pDrv->xStep(pS);
  p->pDrv->xFinalize(pS);
}

/* Bind JSON value pJ of a row as parameter i (column iCol of pT).  0, or
** -1 if the value is of no kind a column holds. */
static int bind_value(Store *p, DbStmt *pS, int i, json_t *pJ,
                      const TabCols *pT, int iCol, Buf *pHold){
  switch( json_typeof(pJ) ){
    case JSON_NULL:    p->pDrv->xBindNull(pS, i); return 0;
    case JSON_INTEGER: p->pDrv->xBindInt(pS, i, json_integer_value(pJ));
                       return 0;
    case JSON_REAL:    p->pDrv->xBindReal(pS, i, json_real_value(pJ));
                       return 0;
    case JSON_STRING:
      p->pDrv->xBindTextStatic(pS, i, json_string_value(pJ),
                               (int)json_string_length(pJ));
      return 0;
    case JSON_OBJECT: {
      json_t *pHex = json_object_get(pJ, "hex");
      const char *zHex = json_string_value(pHex);
      size_t nHex, nBin = 0;
      if( zHex==0 || json_object_size(pJ)!=1 ) return -1;
      nHex = strlen(zHex);
      if( nHex%2 ) return -1;
      buf_reset(pHold);
      buf_append(pHold, zHex, nHex/2 + 1);   /* room for the bytes */
      if( sodium_hex2bin((unsigned char*)pHold->z, nHex/2, zHex, nHex, 0,
                         &nBin, 0)!=0 || nBin!=nHex/2 ){
        return -1;
      }
      if( pT->abBlob[iCol] ){
        p->pDrv->xBindBlob(pS, i, pHold->z, (int64_t)nBin);
      }else{
        p->pDrv->xBindTextStatic(pS, i, pHold->z, (int)nBin);
      }
      return 0;
    }
    default:
      return -1;
  }
}

/* Insert the rows of one table of the file, pTab, whose columns must be
** those of the database's table of the same name. */
static AccRc restore_table(Store *p, json_t *pTab, json_t *pNames,
                           int64_t *pnRow, char *zErr, int nErr){
  const char *zTable = json_string_value(json_object_get(pTab, "name"));
  json_t *pCols = json_object_get(pTab, "columns");
  json_t *pRows = json_object_get(pTab, "rows");
  TabCols t;
  Buf sql = BUF_INIT, *aHold;
  DbStmt *pS;
  size_t k, r;
  int i, bKnown = 0;
  AccRc rc = ACC_OK;
  if( zTable==0 || !json_is_array(pCols) || !json_is_array(pRows) ){
    snprintf(zErr, nErr, "installation: each table needs a name, columns "
             "and rows");
    return ACC_INVALID;
  }
  for(k=0; k<json_array_size(pNames); k++){
    if( strcmp(json_string_value(json_array_get(pNames, k)), zTable)==0 ){
      bKnown = 1;
    }
  }
  if( !bKnown ){
    snprintf(zErr, nErr, "installation: table \"%s\" is not in this "
             "database's schema", zTable);
    return ACC_INVALID;
  }
  fixture_tabcols_read(p, zTable, &t);
  clear_table(p, zTable);
  if( (int)json_array_size(pCols)!=t.nCol ){
    snprintf(zErr, nErr, "installation: table %s: %d columns, the schema "
             "has %d", zTable, (int)json_array_size(pCols), t.nCol);
    fixture_tabcols_free(&t);
    return ACC_INVALID;
  }
  for(i=0; i<t.nCol; i++){
    const char *zCol = json_string_value(json_array_get(pCols, i));
    if( zCol==0 || strcmp(zCol, t.azCol[i])!=0 ){
      snprintf(zErr, nErr, "installation: table %s: column %d is \"%s\", "
               "the schema's is \"%s\"", zTable, i+1, zCol ? zCol : "?",
               t.azCol[i]);
      fixture_tabcols_free(&t);
      return ACC_INVALID;
    }
  }
  buf_appendf(&sql, "INSERT INTO \"%s\"(", zTable);
  for(i=0; i<t.nCol; i++){
    buf_appendf(&sql, "%s\"%s\"", i ? ", " : "", t.azCol[i]);
  }
  buf_puts(&sql, ") VALUES(");
  for(i=0; i<t.nCol; i++) buf_appendf(&sql, "%s?%d", i ? ", " : "", i+1);
  buf_puts(&sql, ")");
  pS = p->pDrv->xPrepare(p->pDb, buf_str(&sql));
  buf_free(&sql);
  /* Bytes decoded from hex, one buffer a column, bound until the step. */
  aHold = acc_malloc(sizeof(Buf)*t.nCol);
  memset(aHold, 0, sizeof(Buf)*t.nCol);
  for(r=0; r<json_array_size(pRows) && rc==ACC_OK; r++){
    json_t *pRow = json_array_get(pRows, r);
    int s;
    if( !json_is_array(pRow) || (int)json_array_size(pRow)!=t.nCol ){
      snprintf(zErr, nErr, "installation: table %s, row %d: expected an "
               "array of %d values", zTable, (int)r+1, t.nCol);
      rc = ACC_INVALID;
      break;
    }
    for(i=0; i<t.nCol; i++){
      if( bind_value(p, pS, i+1, json_array_get(pRow, i), &t, i,
                     &aHold[i]) ){
        snprintf(zErr, nErr, "installation: table %s, row %d, column %s: "
                 "expected null, a number, text or {\"hex\": BYTES}",
                 zTable, (int)r+1, t.azCol[i]);
        rc = ACC_INVALID;
        break;
      }
    }
    if( rc==ACC_OK ){
      s = p->pDrv->xStep(pS);
      if( s<0 ){
        snprintf(zErr, nErr, "installation: table %s, row %d: %s", zTable,
                 (int)r+1, p->pDrv->xErrmsg(p->pDb));
        rc = (AccRc)-s;
      }else{
        (*pnRow)++;
      }
    }
    p->pDrv->xReset(pS);
  }
  p->pDrv->xFinalize(pS);
  for(i=0; i<t.nCol; i++) buf_free(&aHold[i]);
  free(aHold);
  fixture_tabcols_free(&t);
  return rc;
}

/* Set the AUTOINCREMENT counters of the file, pSeq (on PostgreSQL the
** identity sequences). */
static AccRc restore_seq(Store *p, json_t *pSeq, json_t *pNames,
                         char *zErr, int nErr){
  DbStmt *pDel = 0, *pIns;
  json_t *pV;
  const char *zKey;
  size_t k;
  AccRc rc = ACC_OK;
  if( STORE_PG(p) ){
    pIns = p->pDrv->xPrepare(p->pDb, "SELECT setval(pg_get_serial_sequence("
        "CAST(?1 AS TEXT), 'id'), ?2)");
  }else{
    pDel = p->pDrv->xPrepare(p->pDb,
        "DELETE FROM sqlite_sequence WHERE name=?1");
    /* The counters of tables without AUTOINCREMENT are their largest
    ** ids, which the rows bring. */
    pIns = p->pDrv->xPrepare(p->pDb,
        "INSERT INTO sqlite_sequence(name, seq) SELECT ?1, ?2"
        " WHERE EXISTS(SELECT 1 FROM sqlite_master WHERE type='table'"
        " AND name=?1 AND sql LIKE '%AUTOINCREMENT%')");
  }
  /* Every name is checked before any counter is set: PostgreSQL's
  ** setval() is not undone by the rollback of a refused load. */
  json_object_foreach(pSeq, zKey, pV){
    int bKnown = 0;
    for(k=0; k<json_array_size(pNames); k++){
      if( strcmp(json_string_value(json_array_get(pNames, k)), zKey)==0 ){
        bKnown = 1;
      }
    }
    if( !bKnown || !json_is_integer(pV) ){
      snprintf(zErr, nErr, "installation: sequences: \"%s\" is not a "
               "table of this schema with a number", zKey);
      rc = ACC_INVALID;
      break;
    }
  }
  json_object_foreach(pSeq, zKey, pV){
    if( rc!=ACC_OK ) break;
    if( pDel ){
      p->pDrv->xBindText(pDel, 1, zKey);
      p->pDrv->xStep(pDel);
      p->pDrv->xReset(pDel);
    }
    if( STORE_PG(p) && json_integer_value(pV)<1 ) continue;
    p->pDrv->xBindText(pIns, 1, zKey);
    p->pDrv->xBindInt(pIns, 2, json_integer_value(pV));
    p->pDrv->xStep(pIns);
    p->pDrv->xReset(pIns);
  }
  p->pDrv->xFinalize(pDel);
  p->pDrv->xFinalize(pIns);
  return rc;
}

/* On PostgreSQL, rows inserted with their ids leave the identity
** sequences behind (SQLite takes the largest rowid plus one): move each
** past the largest id of its table and the file's counter. */
static void pg_seq_past_ids(Store *p, json_t *pNames, json_t *pSeq){
  size_t k;
  for(k=0; k<json_array_size(pNames); k++){
    const char *zTable = json_string_value(json_array_get(pNames, k));
    json_t *pV = pSeq ? json_object_get(pSeq, zTable) : 0;
    Buf sql = BUF_INIT;
    DbStmt *pS;
    if( !table_has_id(p, zTable) ) continue;
    /* The table name is one of this schema's (table_names()). */
    buf_appendf(&sql, "SELECT setval(pg_get_serial_sequence(?1, 'id'),"
                " greatest((SELECT max(id) FROM \"%s\"), ?2))"
                " WHERE pg_get_serial_sequence(?1, 'id') IS NOT NULL"
                " AND EXISTS(SELECT 1 FROM \"%s\")", zTable, zTable);
    pS = p->pDrv->xPrepare(p->pDb, buf_str(&sql));
    buf_free(&sql);
    p->pDrv->xBindText(pS, 1, zTable);
    p->pDrv->xBindInt(pS, 2, json_is_integer(pV) ? json_integer_value(pV) : 1);
    p->pDrv->xStep(pS);
    p->pDrv->xFinalize(pS);
  }
}

AccRc fixture_all_seq_set(Store *p, json_t *pSeq, json_t *pNames,
                          char *zErr, int nErr){
  AccRc rc = pSeq ? restore_seq(p, pSeq, pNames, zErr, nErr) : ACC_OK;
  if( rc==ACC_OK && STORE_PG(p) ) pg_seq_past_ids(p, pNames, pSeq);
  return rc;
}

AccRc fixture_all_restore(Store *p, json_t *pInst, int64_t *pnRow,
                          char *zErr, int nErr){
  json_t *pVer = json_object_get(pInst, "schema_version");
  json_t *pTables = json_object_get(pInst, "tables");
  json_t *pSeq = json_object_get(pInst, "sequences");
  json_t *pNames;
  size_t k;
  AccRc rc;
  *pnRow = 0;
  if( !json_is_object(pInst) || !json_is_integer(pVer)
   || !json_is_array(pTables) || (pSeq && !json_is_object(pSeq)) ){
    snprintf(zErr, nErr, "installation: expected schema_version, tables "
             "and sequences");
    return ACC_INVALID;
  }
  if( json_integer_value(pVer)!=p->iVersion ){
    snprintf(zErr, nErr, "installation: written at schema version %lld, "
             "this database has %d: load it with the accord that wrote it, "
             "then run this one on the database",
             (long long)json_integer_value(pVer), p->iVersion);
    return ACC_INVALID;
  }
  rc = store_begin_bulk(p);
  if( rc ){
    snprintf(zErr, nErr, "the database is busy");
    return rc;
  }
  if( !fixture_all_empty(p) ){
    store_rollback(p);
    snprintf(zErr, nErr, "a whole installation loads only into an empty "
             "database (`accord init`: its audit log is empty); give "
             "--items-only to load just its items");
    return ACC_CONFLICT;
  }
  pNames = fixture_table_names(p);
  for(k=0; k<json_array_size(pTables) && rc==ACC_OK; k++){
    rc = restore_table(p, json_array_get(pTables, k), pNames, pnRow, zErr,
                       nErr);
  }
  if( rc==ACC_OK ) rc = fixture_all_seq_set(p, pSeq, pNames, zErr, nErr);
  json_decref(pNames);
  if( rc==ACC_OK ) rc = store_commit(p);
  if( rc!=ACC_OK ) store_rollback(p);
  return rc;
}
