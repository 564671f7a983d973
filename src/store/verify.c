/*
** verify.c: `accord verify` on an open database (see replay.h).
**
** The hash chain is walked once, each entry checked against the one
** before it and against its own hash, and replayed (replay.c).  Then the
** tables are read into the same form as the replay (one canonical JSON
** row per id) and compared with it.  The triggers are compared with those
** of a database made fresh from the migrations, in memory: a trigger
** dropped, changed or added outside Accord is named.  Each issued
** report's bytes are hashed again: against the hash stored beside them,
** and (through the replay) against the hash its audit entry recorded.
**
** The statements here are composed from the entity tables of model.c
** (identifiers only) and prepared once per run.
*/
#include "storeInt.h"
#include "replayInt.h"
#include "fixtureInt.h"
#include "sign.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JSON_CANON (JSON_COMPACT|JSON_SORT_KEYS|JSON_REAL_PRECISION(17))

static const char zGenesis[] =
  "0000000000000000000000000000000000000000000000000000000000000000";

void verify_chain_step(Replay *pR, Chain *pC, const AuditEntry *pE){
  char zHash[65];
  if( pC->n==0 ) memcpy(pC->zPrev, zGenesis, sizeof(zGenesis));
  pC->n++;
  if( pC->iPrev && pE->id!=pC->iPrev+1 ){
    replay_say(pR, 0, "entries %lld to %lld are missing: the ids jump from "
               "%lld to %lld", (long long)pC->iPrev+1, (long long)pE->id-1,
               (long long)pC->iPrev, (long long)pE->id);
  }
  if( strcmp(pE->zPrevHash, pC->zPrev)!=0 ){
    replay_say(pR, 0, "entry %lld does not follow the entry before it: an "
               "entry was removed, inserted or reordered",
               (long long)pE->id);
  }
  store_audit_hash(pE->zPrevHash, pE->zAt, pE->zActor, pE->zAction,
                   pE->zEntity, pE->iItem, pE->zData, zHash);
  if( strcmp(zHash, pE->zHash)!=0 ){
    replay_say(pR, 0, "entry %lld (%s %s %lld at %s) was altered: its "
               "content does not match its hash", (long long)pE->id,
               pE->zAction, pE->zEntity, (long long)pE->iItem, pE->zAt);
  }
  snprintf(pC->zPrev, sizeof(pC->zPrev), "%s", pE->zHash);
  pC->iPrev = pE->id;
  replay_entry(pR, pE);
}

void store_read_begin(Store *p){
  char zErr[200];
  /* PostgreSQL's default isolation takes a snapshot per statement. */
  if( !p->nTxn ) p->pDrv->xExec(p->pDb, STORE_PG(p)
      ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN", zErr,
      sizeof(zErr));
}

void store_read_end(Store *p){
  char zErr[200];
  if( !p->nTxn ) p->pDrv->xExec(p->pDb, "ROLLBACK", zErr, sizeof(zErr));
}

/* Walk the chain of the database, replaying each entry into pR. */
static void verify_chain(Store *p, Replay *pR, int64_t *pnEntry){
  DbStmt *pS = store_sq_stmt(p, SQ_AUDIT_ALL_ASC);
  const DbDriver *d = p->pDrv;
  Chain c;
  AuditEntry ent;
  memset(&c, 0, sizeof(c));
  while( d->xStep(pS)==DB_ROW ){
    ent.id = d->xColumnInt(pS, 0);
    ent.zAt = d->xColumnText(pS, 1);
    ent.zActor = d->xColumnText(pS, 2);
    ent.zAction = d->xColumnText(pS, 3);
    ent.zEntity = d->xColumnText(pS, 4);
    ent.iItem = d->xColumnType(pS, 5)==DB_NULL ? 0 : d->xColumnInt(pS, 5);
    ent.zData = d->xColumnText(pS, 6);
    ent.zPrevHash = d->xColumnText(pS, 7);
    ent.zHash = d->xColumnText(pS, 8);
    verify_chain_step(pR, &c, &ent);
  }
  d->xReset(pS);
  *pnEntry = c.n;
}

/* Column i of the current row as JSON, by its stored type (a text in an
** integer column shows as text); bReal: an integer read as a real. */
static json_t *col_json(Store *p, DbStmt *pS, int i, int bReal){
  switch( p->pDrv->xColumnType(pS, i) ){
    case DB_NULL: return json_null();
    case DB_INT:
      return bReal ? json_real((double)p->pDrv->xColumnInt(pS, i))
                   : json_integer(p->pDrv->xColumnInt(pS, i));
    case DB_REAL: return json_real(p->pDrv->xColumnReal(pS, i));
    default:      return json_string(p->pDrv->xColumnText(pS, i));
  }
}

/* The BLAKE2b-256 of n bytes, hex. */
static void bytes_hash(const void *pData, int64_t n, char zOut[65]){
  unsigned char a[32];
  crypto_generichash(a, sizeof(a), pData, (unsigned long long)n, 0, 0);
  sodium_bin2hex(zOut, 65, a, sizeof(a));
}

/* Whether table zTable has every column of entity e (its columns read
** once, by fixture_tabcols_read()). */
static int table_fits(Store *p, const char *zTable, int e){
  TabCols t;
  int i, j, bOk = 1;
  fixture_tabcols_read(p, zTable, &t);
  for(i=-1; i<aEntity[e].nField && bOk; i++){
    const char *zName = i<0 ? "id" : aEntity[e].aField[i].zName;
    for(j=0; j<t.nCol && strcmp(t.azCol[j], zName)!=0; j++){}
    bOk = j<t.nCol;
  }
  fixture_tabcols_free(&t);
  return bOk;
}

/* Read the rows of entity e from zTable into kind zKind of pTab. */
static void read_entity(Store *p, Replay *pTab, int e, const char *zTable,
                        const char *zKind){
  const EntityDef *pE = &aEntity[e];
  Buf sql = BUF_INIT;
  DbStmt *pS;
  char zKey[24];
  int i;
  buf_puts(&sql, "SELECT id");
  for(i=0; i<pE->nField; i++) buf_appendf(&sql, ", %s", pE->aField[i].zName);
  buf_appendf(&sql, " FROM %s ORDER BY id", zTable);
  pS = p->pDrv->xPrepare(p->pDb, buf_str(&sql));
  buf_free(&sql);
  replay_kind(pTab, zKind);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    json_t *pRow = json_object();
    json_object_set_new(pRow, "id", col_json(p, pS, 0, 0));
    for(i=0; i<pE->nField; i++){
      json_object_set_new(pRow, pE->aField[i].zName,
                          col_json(p, pS, i+1,
                                   pE->aField[i].eType==FT_REAL));
    }
    snprintf(zKey, sizeof(zKey), "%lld",
             (long long)p->pDrv->xColumnInt(pS, 0));
    replay_set(pTab, zKind, zKey, pRow, 0);
  }
  p->pDrv->xFinalize(pS);
}

/* Whether the database has a table named zName. */
static int table_exists(Store *p, const char *zName){
  DbStmt *pS = p->pDrv->xPrepare(p->pDb, STORE_PG(p)
      ? "SELECT 1 FROM pg_tables WHERE schemaname=current_schema()"
        " AND tablename=?1"
      : "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?1");
  int bYes;
  p->pDrv->xBindText(pS, 1, zName);
  bYes = p->pDrv->xStep(pS)==DB_ROW;
  p->pDrv->xFinalize(pS);
  return bYes;
}

/* Read rows of statement zSql into kind zKind: column names azCol; the
** key is column 0 (or, for approvals, the first four joined by '/'). */
static void read_rows(Store *p, Replay *pTab, const char *zKind,
                      const char *zSql, const char *const *azCol, int nCol){
  DbStmt *pS = p->pDrv->xPrepare(p->pDb, zSql);
  char zKey[200], zDig[65];
  int i, bAppr = strcmp(zKind, "approval")==0;
  replay_kind(pTab, zKind);
  while( p->pDrv->xStep(pS)==DB_ROW ){
    json_t *pRow = json_object();
    for(i=0; i<nCol; i++){
      const char *zCol = azCol[i];
      if( strcmp(zCol, "name")==0 || strcmp(zCol, "password_hash")==0 ){
        /* Accounts: digests, as the log has them. */
        const char *zOut = zCol[0]=='n' ? "name_digest" : "password_digest";
        if( p->pDrv->xColumnType(pS, i)==DB_NULL ){
          json_object_set_new(pRow, zOut, json_null());
        }else{
          store_token_hash(p->pDrv->xColumnText(pS, i), zDig);
          json_object_set_new(pRow, zOut, json_string(zDig));
        }
      }else if( strcmp(zCol, "body")==0 ){
        int64_t n = 0;
        const void *pB = p->pDrv->xColumnBlob(pS, i, &n);
        const char *zStored = json_string_value(json_object_get(pRow,
                                                "body_hash"));
        bytes_hash(pB, n, zDig);
        json_object_set_new(pRow, "bytes_hash", json_string(zDig));
        if( zStored && strcmp(zStored, zDig)!=0 ){
          replay_say(pTab, 0, "issued report version %lld: its bytes do "
                     "not hash to the hash stored with them",
                     (long long)p->pDrv->xColumnInt(pS, 0));
        }
      }else{
        json_object_set_new(pRow, zCol, col_json(p, pS, i, 0));
      }
    }
    if( bAppr ){
      snprintf(zKey, sizeof(zKey), "%s/%lld/%lld/%lld",
               p->pDrv->xColumnText(pS, 0),
               (long long)p->pDrv->xColumnInt(pS, 1),
               (long long)p->pDrv->xColumnInt(pS, 2),
               (long long)p->pDrv->xColumnInt(pS, 3));
    }else{
      snprintf(zKey, sizeof(zKey), "%lld",
               (long long)p->pDrv->xColumnInt(pS, 0));
    }
    replay_set(pTab, zKind, zKey, pRow, 0);
  }
  p->pDrv->xFinalize(pS);
}

static const char *const azAccCol[] = {
  "id", "login", "name", "role", "party_id", "lang", "disabled",
  "password_hash" };
static const char *const azGrantCol[] = {
  "id", "account_id", "role", "dialogue_id", "wg_id", "clearance",
  "created_at" };
static const char *const azSessCol[] = {
  "id", "account_id", "token_hash", "created_at", "expires_at" };
static const char *const azTokCol[] = {
  "id", "token_hash", "account_id", "label", "scope", "created_at" };
static const char *const azApprCol[] = {
  "entity", "item_id", "version", "party_id", "account_id", "at",
  "content_hash", "key_id", "signature" };
static const char *const azCkCol[] = {
  "id", "audit_id", "head_hash", "key_id", "party_id", "signature" };
static const char *const azKeyCol[] = { "id", "public_key", "party_id" };
static const char *const azRetCol[] = {
  "id", "entity", "item_id", "version", "party_id", "reason" };
static const char *const azRepCol[] = {
  "id", "report_id", "version", "kind", "body_hash", "data_hash",
  "made_by", "state", "dialogue_id", "period_from", "period_to", "lang",
  "format", "viewer", "cut", "body" };

/* Every table the log speaks for, into pTab (whose callback gets the
** findings that need no log: bytes that do not hash to their own hash). */
void verify_read_tables(Store *p, Replay *pTab){
  char zPub[80], zKind[80];
  int e;
  for(e=0; e<ENT__MAX; e++){
    read_entity(p, pTab, e, aEntity[e].zTable, aEntity[e].zName);
    /* The published copies (the joint record), once their tables exist. */
    snprintf(zPub, sizeof(zPub), "pub_%s", aEntity[e].zTable);
    if( table_exists(p, zPub) ){
      snprintf(zKind, sizeof(zKind), "pub:%s", aEntity[e].zName);
      if( table_fits(p, zPub, e) ){
        read_entity(p, pTab, e, zPub, zKind);
      }else{
        replay_say(pTab, 1, "table %s lacks columns of %s: not compared",
                   zPub, aEntity[e].zName);
      }
    }
  }
  read_rows(p, pTab, "account", "SELECT id, login, name, role, party_id,"
            " lang, disabled, password_hash FROM account ORDER BY id",
            azAccCol, 8);
  if( table_exists(p, "account_grant") ){
    read_rows(p, pTab, "grant", "SELECT id, account_id, role,"
              " coalesce(dialogue_id, 0), coalesce(wg_id, 0), clearance,"
              " created_at FROM account_grant ORDER BY id", azGrantCol, 7);
  }
  read_rows(p, pTab, "session", "SELECT id, account_id, token_hash,"
            " created_at, expires_at FROM session ORDER BY id", azSessCol, 5);
  read_rows(p, pTab, "api_token", "SELECT id, token_hash, account_id, label,"
            " scope, created_at FROM api_token ORDER BY id", azTokCol, 6);
  read_rows(p, pTab, "approval", "SELECT entity, item_id, version, party_id,"
            " account_id, at, content_hash, key_id, signature FROM approval"
            " ORDER BY id", azApprCol, 9);
  read_rows(p, pTab, "checkpoint", "SELECT id, audit_id, head_hash, key_id,"
            " party_id, signature FROM checkpoint ORDER BY id", azCkCol, 6);
  read_rows(p, pTab, "signing_key", "SELECT id, public_key, party_id"
            " FROM signing_key ORDER BY id", azKeyCol, 3);
  read_rows(p, pTab, "item_return", "SELECT id, entity, item_id, version,"
            " party_id, reason FROM item_return ORDER BY id", azRetCol, 6);
  read_rows(p, pTab, "report", "SELECT v.id, v.report_id, v.version,"
            " i.kind, v.body_hash, v.data_hash, v.made_by, v.state,"
            " i.dialogue_id, i.period_from, i.period_to, i.lang, i.format,"
            " i.viewer, i.cut, v.body FROM report_version v"
            " LEFT JOIN report_issue i ON i.id=v.report_id ORDER BY v.id",
            azRepCol, 16);
}

/* Reports asked for (report_issue) of which no version exists. */
static void verify_report_orphans(Store *p, Replay *pR){
  DbStmt *pS = p->pDrv->xPrepare(p->pDb, "SELECT id FROM report_issue"
      " WHERE id NOT IN (SELECT report_id FROM report_version) ORDER BY id");
  while( p->pDrv->xStep(pS)==DB_ROW ){
    replay_say(pR, 0, "issued report %lld: in the table but no version of "
               "it in any audit entry", (long long)p->pDrv->xColumnInt(pS,
                                                                    0));
  }
  p->pDrv->xFinalize(pS);
}

/* The triggers of schema/pg (020 and later) as pg_get_triggerdef() writes
** them, the schema's name left out: what verify_triggers() compares a PostgreSQL
** database's with (a later migration that adds one adds it here). */
static const char *const azPgTrigger[][3] = {
  { "audit_no_delete", "audit_log", "BEFORE DELETE ON audit_log FOR EACH"
    " ROW EXECUTE FUNCTION accord_refuse('the audit log is append-only')" },
  { "audit_no_update", "audit_log", "BEFORE UPDATE ON audit_log FOR EACH"
    " ROW EXECUTE FUNCTION accord_refuse('the audit log is append-only')" },
  /* 030_pgnotify.sql: a change notifies the listening servers. */
  { "audit_notify", "audit_log", "AFTER INSERT ON audit_log FOR EACH ROW"
    " WHEN (((new.action <> 'session'::text) OR (COALESCE(new.item_id,"
    " (0)::bigint) = 0))) EXECUTE FUNCTION accord_data_notify()" },
  { "report_issue_frozen", "report_issue", "BEFORE UPDATE ON report_issue"
    " FOR EACH ROW EXECUTE FUNCTION accord_refuse('an issued report cannot"
    " be changed')" },
  { "report_issue_kept", "report_issue", "BEFORE DELETE ON report_issue"
    " FOR EACH ROW EXECUTE FUNCTION accord_refuse('an issued report cannot"
    " be deleted')" },
  { "report_version_frozen", "report_version", "BEFORE UPDATE ON"
    " report_version FOR EACH ROW WHEN (((old.state <> 'pending'::text) OR"
    " (new.state <> 'issued'::text) OR (new.body IS DISTINCT FROM old.body)"
    " OR (new.body_hash IS DISTINCT FROM old.body_hash) OR (new.data_hash"
    " IS DISTINCT FROM old.data_hash) OR (new.report_id IS DISTINCT FROM"
    " old.report_id) OR (new.version IS DISTINCT FROM old.version) OR"
    " (new.reason IS DISTINCT FROM old.reason) OR (new.made_at IS DISTINCT"
    " FROM old.made_at) OR (new.made_by IS DISTINCT FROM old.made_by)))"
    " EXECUTE FUNCTION accord_refuse('an issued report cannot be changed')" },
  { "report_version_kept", "report_version", "BEFORE DELETE ON"
    " report_version FOR EACH ROW EXECUTE FUNCTION accord_refuse('an issued"
    " report cannot be deleted')" },
  /* 024_projects.sql, 025_reports.sql and 040_search_serbian.sql:
  ** accord_search_item() keeps the indexes in step with every kind. */
  { "search_activity", "activity", "AFTER INSERT OR DELETE OR UPDATE OF"
    " note, note_sr, title, title_sr ON activity FOR EACH ROW EXECUTE"
    " FUNCTION accord_search_item('search_doc')" },
  { "search_area", "area", "AFTER INSERT OR DELETE OR UPDATE OF"
    " description, description_sr, name, name_sr ON area FOR EACH ROW"
    " EXECUTE FUNCTION accord_search_item('search_doc')" },
  { "search_area_crosswalk", "area_crosswalk", "AFTER INSERT OR DELETE OR"
    " UPDATE OF note, note_sr ON area_crosswalk FOR EACH ROW EXECUTE"
    " FUNCTION accord_search_item('search_doc')" },
  { "search_benefit", "benefit", "AFTER INSERT OR DELETE OR UPDATE OF"
    " text, text_sr ON benefit FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_decision", "decision", "AFTER INSERT OR DELETE OR UPDATE OF"
    " action, action_sr, text, text_sr ON decision FOR EACH ROW EXECUTE"
    " FUNCTION accord_search_item('search_doc')" },
  { "search_dialogue", "dialogue", "AFTER INSERT OR DELETE OR UPDATE OF"
    " focus, focus_sr, launch_note, launch_note_sr, long_term_goal,"
    " long_term_goal_sr, title, title_sr ON dialogue FOR EACH ROW EXECUTE"
    " FUNCTION accord_search_item('search_doc')" },
  { "search_document", "document", "AFTER INSERT OR DELETE OR UPDATE OF"
    " body, body_sr, title, title_sr ON document FOR EACH ROW EXECUTE"
    " FUNCTION accord_search_item('search_doc')" },
  { "search_event", "event", "AFTER INSERT OR DELETE OR UPDATE OF note,"
    " note_sr, title, title_sr ON event FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_goal", "goal", "AFTER INSERT OR DELETE OR UPDATE OF means,"
    " means_sr, note, note_sr, title, title_sr ON goal FOR EACH ROW"
    " EXECUTE FUNCTION accord_search_item('search_doc')" },
  { "search_indicator", "indicator", "AFTER INSERT OR DELETE OR UPDATE OF"
    " description, description_sr, name, name_sr, statistics_of,"
    " statistics_of_sr ON indicator FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_meeting", "meeting", "AFTER INSERT OR DELETE OR UPDATE OF"
    " agenda, agenda_sr, level, level_sr, minutes, minutes_sr, title,"
    " title_sr ON meeting FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_narrative", "narrative", "AFTER INSERT OR DELETE OR UPDATE OF"
    " period, text, text_sr ON narrative FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_observation", "observation", "AFTER INSERT OR DELETE OR UPDATE"
    " OF note, note_sr, period ON observation FOR EACH ROW EXECUTE"
    " FUNCTION accord_search_item('search_doc')" },
  { "search_participant", "participant", "AFTER INSERT OR DELETE OR UPDATE"
    " OF role, role_sr ON participant FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_party", "party", "AFTER INSERT OR DELETE OR UPDATE OF name,"
    " name_sr ON party FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_person", "person", "AFTER INSERT OR DELETE OR UPDATE OF name,"
    " name_sr, \"position\", position_sr ON person FOR EACH ROW EXECUTE"
    " FUNCTION accord_search_item('search_doc')" },
  { "search_project", "project", "AFTER INSERT OR DELETE OR UPDATE OF"
    " description, description_sr, note, note_sr, title, title_sr ON"
    " project FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_project_funding", "project_funding", "AFTER INSERT OR DELETE"
    " OR UPDATE OF note, note_sr ON project_funding FOR EACH ROW EXECUTE"
    " FUNCTION accord_search_item('search_doc')" },
  { "search_project_link", "project_link", "AFTER INSERT OR DELETE OR"
    " UPDATE OF note, note_sr ON project_link FOR EACH ROW EXECUTE"
    " FUNCTION accord_search_item('search_doc')" },
  { "search_project_party", "project_party", "AFTER INSERT OR DELETE OR"
    " UPDATE OF agency, note, note_sr ON project_party FOR EACH ROW"
    " EXECUTE FUNCTION accord_search_item('search_doc')" },
  { "search_pub_activity", "pub_activity", "AFTER INSERT OR DELETE ON"
    " pub_activity FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_area", "pub_area", "AFTER INSERT OR DELETE ON pub_area FOR"
    " EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc')" },
  { "search_pub_area_crosswalk", "pub_area_crosswalk", "AFTER INSERT OR"
    " DELETE ON pub_area_crosswalk FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_benefit", "pub_benefit", "AFTER INSERT OR DELETE ON"
    " pub_benefit FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_decision", "pub_decision", "AFTER INSERT OR DELETE ON"
    " pub_decision FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_dialogue", "pub_dialogue", "AFTER INSERT OR DELETE ON"
    " pub_dialogue FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_document", "pub_document", "AFTER INSERT OR DELETE ON"
    " pub_document FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_event", "pub_event", "AFTER INSERT OR DELETE ON pub_event"
    " FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc')" },
  { "search_pub_goal", "pub_goal", "AFTER INSERT OR DELETE ON pub_goal FOR"
    " EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc')" },
  { "search_pub_indicator", "pub_indicator", "AFTER INSERT OR DELETE ON"
    " pub_indicator FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_meeting", "pub_meeting", "AFTER INSERT OR DELETE ON"
    " pub_meeting FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_narrative", "pub_narrative", "AFTER INSERT OR DELETE ON"
    " pub_narrative FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_observation", "pub_observation", "AFTER INSERT OR DELETE"
    " ON pub_observation FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_party", "pub_party", "AFTER INSERT OR DELETE ON pub_party"
    " FOR EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc')" },
  { "search_pub_project", "pub_project", "AFTER INSERT OR DELETE ON"
    " pub_project FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_project_funding", "pub_project_funding", "AFTER INSERT OR"
    " DELETE ON pub_project_funding FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_project_link", "pub_project_link", "AFTER INSERT OR DELETE"
    " ON pub_project_link FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_project_party", "pub_project_party", "AFTER INSERT OR"
    " DELETE ON pub_project_party FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_readiness_criterion", "pub_readiness_criterion", "AFTER"
    " INSERT OR DELETE ON pub_readiness_criterion FOR EACH ROW EXECUTE"
    " FUNCTION accord_search_item('search_pub_doc')" },
  { "search_pub_release", "pub_release", "AFTER INSERT OR DELETE ON"
    " pub_release FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_risk", "pub_risk", "AFTER INSERT OR DELETE ON pub_risk FOR"
    " EACH ROW EXECUTE FUNCTION accord_search_item('search_pub_doc')" },
  { "search_pub_roadmap_step", "pub_roadmap_step", "AFTER INSERT OR DELETE"
    " ON pub_roadmap_step FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_source", "pub_source", "AFTER INSERT OR DELETE ON"
    " pub_source FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_step_fulfilment", "pub_step_fulfilment", "AFTER INSERT OR"
    " DELETE ON pub_step_fulfilment FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_pub_working_group", "pub_working_group", "AFTER INSERT OR"
    " DELETE ON pub_working_group FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_pub_doc')" },
  { "search_readiness_criterion", "readiness_criterion", "AFTER INSERT OR"
    " DELETE OR UPDATE OF note, note_sr ON readiness_criterion FOR EACH"
    " ROW EXECUTE FUNCTION accord_search_item('search_doc')" },
  { "search_release", "release", "AFTER INSERT OR DELETE OR UPDATE OF"
    " title, title_sr ON release FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_risk", "risk", "AFTER INSERT OR DELETE OR UPDATE OF"
    " description, description_sr, mitigation, mitigation_sr ON risk FOR"
    " EACH ROW EXECUTE FUNCTION accord_search_item('search_doc')" },
  { "search_roadmap_step", "roadmap_step", "AFTER INSERT OR DELETE OR"
    " UPDATE OF note, note_sr, planned_label, planned_label_sr, title,"
    " title_sr ON roadmap_step FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_source", "source", "AFTER INSERT OR DELETE OR UPDATE OF note,"
    " note_sr, publisher, title ON source FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_step_fulfilment", "step_fulfilment", "AFTER INSERT OR DELETE"
    " OR UPDATE OF note, note_sr ON step_fulfilment FOR EACH ROW EXECUTE"
    " FUNCTION accord_search_item('search_doc')" },
  { "search_wg_log", "wg_log", "AFTER INSERT OR DELETE OR UPDATE OF"
    " summary, summary_sr ON wg_log FOR EACH ROW EXECUTE FUNCTION"
    " accord_search_item('search_doc')" },
  { "search_working_group", "working_group", "AFTER INSERT OR DELETE OR"
    " UPDATE OF mandate, mandate_sr, name, name_sr ON working_group FOR"
    " EACH ROW EXECUTE FUNCTION accord_search_item('search_doc')" },
};

/* The triggers of a database: name -> [table, sql] (on PostgreSQL the
** definition after "CREATE TRIGGER name ", without the schema's name,
** and "disabled: " before it if it is off). */
static json_t *triggers_of(Store *p){
  DbStmt *pS = p->pDrv->xPrepare(p->pDb, STORE_PG(p)
      ? "SELECT t.tgname, c.relname, CASE WHEN t.tgenabled='D'"
        " THEN 'disabled: ' ELSE '' END || regexp_replace(substr("
        "pg_get_triggerdef(t.oid), length(t.tgname)+17), ' ON [^ .]+\\.',"
        " ' ON ') FROM pg_trigger t JOIN pg_class c ON c.oid=t.tgrelid"
        " JOIN pg_namespace n ON n.oid=c.relnamespace"
        " WHERE NOT t.tgisinternal AND n.nspname=current_schema()"
        " ORDER BY 1"
      : "SELECT name, tbl_name, sql FROM sqlite_master WHERE type='trigger'"
        " ORDER BY name");
  json_t *pAll = json_object();
  while( p->pDrv->xStep(pS)==DB_ROW ){
    json_object_set_new(pAll, p->pDrv->xColumnText(pS, 0),
        json_pack("[ss]", p->pDrv->xColumnText(pS, 1),
                  p->pDrv->xColumnType(pS, 2)==DB_NULL ? ""
                  : p->pDrv->xColumnText(pS, 2)));
  }
  p->pDrv->xFinalize(pS);
  return pAll;
}

/* Compare the triggers with those of a database made from the
** migrations. */
static void verify_triggers(Store *p, Replay *pR){
  Store *pFresh = 0;
  char zErr[300];
  json_t *pHave, *pWant, *pV;
  const char *zName;
  if( STORE_PG(p) ){
    size_t i;
    pWant = json_object();
    for(i=0; i<sizeof(azPgTrigger)/sizeof(azPgTrigger[0]); i++){
      json_object_set_new(pWant, azPgTrigger[i][0], json_pack("[ss]",
                          azPgTrigger[i][1], azPgTrigger[i][2]));
    }
    pHave = triggers_of(p);
  }else if( store_open(":memory:", STORE_CREATE, &pFresh, zErr,
                       sizeof(zErr)) ){
    replay_say(pR, 1, "the schema's triggers could not be made to compare: "
               "%s", zErr);
    return;
  }else{
    pHave = triggers_of(p);
    pWant = triggers_of(pFresh);
    store_close(pFresh);
  }
  json_object_foreach(pWant, zName, pV){
    json_t *pH = json_object_get(pHave, zName);
    const char *zTable = json_string_value(json_array_get(pV, 0));
    if( pH==0 ){
      replay_say(pR, 0, "trigger %s of table %s is missing%s", zName, zTable,
                 strcmp(zTable, "audit_log")==0
                 ? ": the audit log is no longer append-only" : "");
    }else if( !json_equal(pH, pV) ){
      replay_say(pR, 0, "trigger %s of table %s is not the schema's: it was "
                 "changed", zName, zTable);
    }
  }
  json_object_foreach(pHave, zName, pV){
    if( json_object_get(pWant, zName)==0 ){
      replay_say(pR, 0, "trigger %s of table %s is not part of the schema",
                 zName, json_string_value(json_array_get(pV, 0)));
    }
  }
  json_decref(pHave);
  json_decref(pWant);
}

/* A signature that does not verify: a finding of the replay. */
static void verify_sig_finding(void *pArg, const char *zTable, int64_t id,
                               const char *zWhat){
  replay_say((Replay*)pArg, 0, "%s %lld: signature: %s", zTable,
             (long long)id, zWhat);
}

int64_t store_verify(Store *p, VerifyFn x, void *pArg, int64_t *pnEntry){
  Replay exp, tab;
  int64_t nFind, nSig = 0;
  if( sodium_init()<0 ) acc_fatal("libsodium cannot start");
  replay_init(&exp, x, pArg);
  replay_init(&tab, x, pArg);
  /* One read transaction: the log and the tables as of one moment, even
  ** while a server writes. */
  store_read_begin(p);
  verify_chain(p, &exp, pnEntry);
  verify_triggers(p, &exp);
  verify_read_tables(p, &tab);
  verify_report_orphans(p, &exp);
  store_read_end(p);
  replay_compare(&exp, &tab);
  /* Every approval, checkpoint and key event is a signature, checked
  ** against the key that made it (sign_verify.c). */
  store_sig_verify_all(p, verify_sig_finding, &exp, &nSig);
  replay_say(&exp, 1, "signatures checked: %lld (approvals, checkpoints, "
             "key events)", (long long)nSig);
  nFind = exp.nFind + tab.nFind;
  replay_free(&exp);
  replay_free(&tab);
  return nFind;
}

