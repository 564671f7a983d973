/*
** store.c: the store's logic over a database driver (see store.h and
** storeInt.h).
**
** Statements for items are composed once per entity and operation from
** the const tables of model.c -- table and column names only, which are
** identifiers fixed at compile time -- and cached; all values are bound.
** Each write appends to the audit log in the same transaction.
*/
#include "storeInt.h"
#include "dimension.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Append placeholder number i in the driver's style. */
static void sql_param(Store *p, Buf *pB, int i){
  buf_appendf(pB, "%c%d", p->pDrv->cParam, i);
}

static void sql_visible(Store *p, Buf *pB, int e, int iV, int bPub);

/* Append the table entity e is read from: "goal", or for the public
** (bPub) its published rows under the same name, "pub_goal AS goal", so
** that every column reference stays valid. */
static void sql_from(Buf *pB, int e, int bPub){
  const char *zT = aEntity[e].zTable;
  if( bPub && store_pub_kind(e)!=PUB_NEVER ){
    buf_appendf(pB, "pub_%s AS %s", zT, zT);
  }else{
    buf_puts(pB, zT);
  }
}

/* Whether items of entity e can be hidden from some reader: it has a
** classification or a visibility parent; for the public (bPub) every
** kind can. */
static int entity_can_hide(int e, int bPub){
  return bPub || model_field_find(e, "classification")>=0
      || aEntity[e].iParent>=0;
}

/* Append the entity's column list: "id, a, b, c".  If iV>0, a reference
** to an item the reader (parameter iV, as in sql_visible()) may not see
** reads as NULL, so that no reply, page, export or report shows it: the
** one place where hidden references are left out (store_set_viewer()). */
static void sql_columns(Store *p, Buf *pB, int e, int iV, int bPub){
  const EntityDef *pE = &aEntity[e];
  int i;
  buf_puts(pB, "id");
  for(i=0; i<pE->nField; i++){
    const Field *pF = &pE->aField[i];
    if( iV>0 && pF->eType==FT_REF && entity_can_hide(pF->eRef, bPub) ){
      const EntityDef *pR = &aEntity[pF->eRef];
      buf_puts(pB, ", CASE WHEN ");
      sql_param(p, pB, iV);
      buf_puts(pB, ">=2 OR EXISTS(SELECT 1 FROM ");
      sql_from(pB, pF->eRef, bPub);
      buf_appendf(pB, " WHERE %s.id=%s.%s AND ", pR->zTable, pE->zTable,
                  pF->zName);
      sql_visible(p, pB, pF->eRef, iV, bPub);
      buf_appendf(pB, ") THEN %s.%s END", pE->zTable, pF->zName);
    }else{
      buf_appendf(pB, ", %s", pF->zName);
    }
  }
}

/* Append the visibility condition of entity e for a reader whose most
** secret readable classification is parameter iV (0 public, 1 internal,
** 2 restricted; see store_set_viewer()):
**   - its own classification, if it has one, is at most iV;
**   - its visibility parent, if set, is visible.
** The public's statements (bPub) read the published rows (sql_from()):
** a kind that is never public has none, and a dialogue's risks are
** public only if its published version says so (publish_risks).
** Only identifiers and constants of the entity tables go into the SQL. */
static void sql_visible(Store *p, Buf *pB, int e, int iV, int bPub){
  const EntityDef *pE = &aEntity[e];
  int iClass = model_field_find(e, "classification");
  buf_puts(pB, "(");
  sql_param(p, pB, iV);
  buf_puts(pB, ">=2 OR (TRUE");
  if( iClass>=0 ){
    buf_appendf(pB, " AND ((CASE %s.classification WHEN 'public' THEN 0"
                " WHEN 'internal' THEN 1 ELSE 2 END)<=", pE->zTable);
    sql_param(p, pB, iV);
    /* Or the reader's clearance in the item's scope (grant.c). */
    if( !bPub ) store_scope_sql(pB, e);
    buf_puts(pB, ")");
  }
  if( bPub && store_pub_kind(e)==PUB_NEVER ) buf_puts(pB, " AND FALSE");
  if( bPub && e==ENT_RISK ){
    buf_puts(pB, " AND EXISTS(SELECT 1 FROM pub_dialogue pd WHERE"
             " pd.id=risk.dialogue_id AND pd.publish_risks=1)");
  }
  if( pE->iParent>=0 ){
    const Field *pF = &pE->aField[pE->iParent];
    buf_appendf(pB, " AND (%s.%s IS NULL OR %s.%s IN (SELECT id FROM ",
                pE->zTable, pF->zName, pE->zTable, pF->zName);
    sql_from(pB, pF->eRef, bPub);
    buf_puts(pB, " WHERE ");
    sql_visible(p, pB, pF->eRef, iV, bPub);
    buf_puts(pB, "))");
  }
  buf_puts(pB, "))");
}

DbStmt *store_item_stmt(Store *p, int e, int op, int iField){
  const EntityDef *pE = &aEntity[e];
  /* The public reads the published rows: statements of its own. */
  int bPub = p->eView==CLASS_PUBLIC && op!=OP_INSERT && op!=OP_UPDATE
          && op!=OP_DELETE;
  DbStmt **ppS = bPub ? &p->aPubOp[e][op] : &p->aOp[e][op];
  Buf b = BUF_INIT;
  int i;
  if( iField>=0 ){
    if( bPub ){
      ppS = op==OP_EACH ? &p->aPubEachBy[e][iField]
                        : &p->aPubCountBy[e][iField];
    }else{
      ppS = op==OP_EACH ? &p->aEachBy[e][iField] : &p->aCountBy[e][iField];
    }
  }
  if( *ppS ) return *ppS;
  switch( op ){
    case OP_INSERT:
      buf_appendf(&b, "INSERT INTO %s(", pE->zTable);
      for(i=0; i<pE->nField; i++){
        buf_appendf(&b, "%s%s", i ? ", " : "", pE->aField[i].zName);
      }
      buf_puts(&b, ") VALUES(");
      for(i=0; i<pE->nField; i++){
        if( i ) buf_puts(&b, ", ");
        sql_param(p, &b, i+1);
      }
      buf_puts(&b, ")");
      break;
    case OP_UPDATE:
      buf_appendf(&b, "UPDATE %s SET ", pE->zTable);
      for(i=0; i<pE->nField; i++){
        buf_appendf(&b, "%s%s=", i ? ", " : "", pE->aField[i].zName);
        sql_param(p, &b, i+1);
      }
      buf_puts(&b, " WHERE id=");
      sql_param(p, &b, pE->nField+1);
      break;
    case OP_DELETE:
      buf_appendf(&b, "DELETE FROM %s WHERE id=", pE->zTable);
      sql_param(p, &b, 1);
      break;
    case OP_GET:
    case OP_GETRAW:
      buf_puts(&b, "SELECT ");
      sql_columns(p, &b, e, op==OP_GET ? 2 : 0, bPub);
      buf_puts(&b, " FROM ");
      sql_from(&b, e, bPub);
      buf_puts(&b, " WHERE id=");
      sql_param(p, &b, 1);
      buf_puts(&b, " AND ");
      sql_visible(p, &b, e, 2, bPub);
      break;
    case OP_CODE:
      buf_puts(&b, "SELECT id FROM ");
      sql_from(&b, e, bPub);
      buf_puts(&b, " WHERE code=");
      sql_param(p, &b, 1);
      buf_puts(&b, " AND ");
      sql_visible(p, &b, e, 2, bPub);
      break;
    case OP_EXISTS:
      buf_puts(&b, "SELECT 1 FROM ");
      sql_from(&b, e, bPub);
      buf_puts(&b, " WHERE id=");
      sql_param(p, &b, 1);
      buf_puts(&b, " AND ");
      sql_visible(p, &b, e, 2, bPub);
      break;
    case OP_EACH:
    case OP_COUNT:
      if( op==OP_EACH ){
        buf_puts(&b, "SELECT ");
        sql_columns(p, &b, e, iField>=0 ? 2 : 1, bPub);
      }else{
        buf_puts(&b, "SELECT count(*)");
      }
      buf_puts(&b, " FROM ");
      sql_from(&b, e, bPub);
      buf_puts(&b, " WHERE ");
      if( iField>=0 ){
        buf_appendf(&b, "%s=", pE->aField[iField].zName);
        sql_param(p, &b, 1);
        buf_puts(&b, " AND ");
      }
      sql_visible(p, &b, e, iField>=0 ? 2 : 1, bPub);
      if( op==OP_EACH ) buf_puts(&b, " ORDER BY id");
      break;
  }
  *ppS = p->pDrv->xPrepare(p->pDb, buf_str(&b));
  buf_free(&b);
  return *ppS;
}

void store_set_viewer(Store *p, Class eMax){
  p->eView = eMax;
}

Class store_viewer(Store *p){
  return p->eView;
}

/* SQL of the other statements, with '?' placeholders rewritten for the
** driver by store_sq_stmt(). */
static const char *const azSq[SQ__MAX] = {
  /* SQ_AUDIT_LAST */
  "SELECT hash, id FROM audit_log ORDER BY id DESC LIMIT 1",
  /* SQ_AUDIT_INSERT: the id is the last one's + 1, given by the store
  ** (a PostgreSQL sequence does not give back the ids of a rolled-back
  ** transaction, and the chain's ids have no gaps) */
  "INSERT INTO audit_log(id, at, actor, action, entity, item_id, data,"
  " prev_hash, hash) VALUES(?9, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  /* SQ_AUDIT_ALL_ASC */
  "SELECT id, at, actor, action, entity, item_id, data, prev_hash, hash"
  " FROM audit_log ORDER BY id",
  /* SQ_AUDIT_RECENT */
  "SELECT id, at, actor, action, entity, item_id, data, prev_hash, hash"
  " FROM audit_log ORDER BY id DESC LIMIT ?1",
  /* SQ_AUDIT_ITEM: an item's changes ('publish' entries are not: the
  ** item did not change) */
  "SELECT id, at, actor, action, entity, item_id, data, prev_hash, hash"
  " FROM audit_log WHERE entity=?1 AND item_id=?2 AND action<>'publish'"
  " ORDER BY id DESC LIMIT ?3",
  /* SQ_OBS_INSERT */
  "INSERT INTO observation(indicator_id, period, value, source_id,"
  " entered_by, entered_at, preferred, note)"
  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)",
  /* SQ_SOURCE_FIND */
  "SELECT id FROM source WHERE title IS NOT DISTINCT FROM ?1"
  " AND url IS NOT DISTINCT FROM ?2 ORDER BY id"
  " LIMIT 1",
  /* SQ_ACC_INSERT */
  "INSERT INTO account(login, name, role, party_id, password_hash,"
  " created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
  /* SQ_ACC_GET */
  "SELECT id, login, name, role, party_id, lang, password_hash FROM account"
  " WHERE login=?1 AND disabled=0",
  /* SQ_ACC_BY_ID */
  "SELECT id, login, name, role, party_id, lang, password_hash FROM account"
  " WHERE id=?1 AND disabled=0",
  /* SQ_ACC_EACH */
  "SELECT id, login, name, role, party_id, lang, password_hash FROM account"
  " ORDER BY id",
  /* SQ_ACC_PASSWORD */
  "UPDATE account SET password_hash=?2 WHERE login=?1",
  /* SQ_FAIL_ADDR */
  "SELECT count(*), coalesce(max(at), 0) FROM login_failure"
  " WHERE ip=?1 AND at>?2",
  /* SQ_FAIL_LOGIN */
  "SELECT count(*), coalesce(max(at), 0) FROM login_failure"
  " WHERE login_key=?1 AND at>?2",
  /* SQ_FAIL_ADD */
  "INSERT INTO login_failure(login_key, ip, at) VALUES(?1, ?2, ?3)",
  /* SQ_FAIL_CLEAR */
  "DELETE FROM login_failure WHERE login_key=?1 AND ip=?2",
  /* SQ_FAIL_PRUNE */
  "DELETE FROM login_failure WHERE at<=?1"
  " OR id<=(SELECT max(id) FROM login_failure)-?2",
  /* SQ_DEV_GET */
  "SELECT id, failures FROM login_device WHERE token_hash=?1"
  " AND account_id=?2 AND last_used>?3",
  /* SQ_DEV_FAIL */
  "UPDATE login_device SET failures=failures+1 WHERE id=?1",
  /* SQ_DEV_USED */
  "UPDATE login_device SET failures=0, last_used=?2 WHERE id=?1",
  /* SQ_DEV_ADD */
  "INSERT INTO login_device(token_hash, account_id, last_used)"
  " VALUES(?1, ?2, ?3) ON CONFLICT DO NOTHING",
  /* SQ_DEV_PRUNE */
  "DELETE FROM login_device WHERE last_used<=?1 OR id IN (SELECT id FROM"
  " login_device WHERE account_id=?2 ORDER BY last_used DESC, id DESC"
  " LIMIT 9223372036854775807 OFFSET ?3)",
  /* SQ_SESS_INSERT */
  "INSERT INTO session(token_hash, account_id, csrf, created_at, expires_at)"
  " VALUES(?1, ?2, ?3, ?4, ?5)",
  /* SQ_SESS_GET */
  "SELECT account_id, csrf, expires_at FROM session WHERE token_hash=?1"
  " AND expires_at>?2",
  /* SQ_SESS_DEL */
  "DELETE FROM session WHERE token_hash=?1 RETURNING account_id, id",
  /* SQ_TOK_INSERT */
  "INSERT INTO api_token(token_hash, account_id, label, created_at, scope)"
  " VALUES(?1, ?2, ?3, ?4, ?5)",
  /* SQ_TOK_GET */
  "SELECT account_id FROM api_token WHERE token_hash=?1 AND scope=?2",
  /* SQ_TOK_USED */
  "UPDATE api_token SET last_used=?2 WHERE token_hash=?1",
  /* SQ_APPR_INSERT */
  "INSERT INTO approval(entity, item_id, version, party_id, account_id, at)"
  " VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
  /* SQ_APPR_EACH */
  "SELECT a.party_id, p.name, c.login, c.name, a.at, a.version=?3"
  " FROM approval a JOIN party p ON p.id=a.party_id"
  " JOIN account c ON c.id=a.account_id"
  " WHERE a.entity=?1 AND a.item_id=?2 ORDER BY a.id DESC",
  /* SQ_ITEM_VERSION: the latest change (a publication is none) */
  "SELECT max(id) FROM audit_log WHERE entity=?1 AND item_id=?2"
  " AND action<>'publish'",
  /* SQ_APPR_COUNT */
  "SELECT count(DISTINCT party_id) FROM approval WHERE entity=?1"
  " AND item_id=?2 AND version=?3",
  /* SQ_PARTY_COUNT */
  "SELECT count(*) FROM party WHERE dialogue_id=?1",
  /* SQ_DATA_VERSION: a session opened (an entry since 013) changes no
  ** page: it does not count; one closed does */
  "SELECT coalesce((SELECT id FROM audit_log WHERE action<>'session'"
  " OR coalesce(item_id, 0)=0 ORDER BY id DESC LIMIT 1), 0)",
  /* SQ_OBS_SERIES */
  "SELECT id, period, value, source_id, entered_at, preferred,"
  " preferred_upto, breakdown FROM observation"
  " WHERE indicator_id=?1 AND period>=?2 AND period<=?3",
  /* SQ_OBS_RECENT */
  "SELECT id, period, value, source_id, entered_by, entered_at, note,"
  " preferred, preferred_upto, breakdown, note_sr FROM observation"
  " WHERE id IN (SELECT id FROM observation"
  " WHERE indicator_id=?1 ORDER BY id DESC LIMIT ?2)",
  /* SQ_OBS_DISPUTED: the values of each period and cell of a breakdown
  ** (the total is a cell) whose values disagree */
  "SELECT id, period, value, source_id, entered_by, entered_at, note,"
  " preferred, preferred_upto, breakdown, note_sr FROM observation o"
  " WHERE indicator_id=?1 AND EXISTS"
  " (SELECT 1 FROM observation d WHERE d.indicator_id=?1"
  " AND d.period=o.period"
  " AND coalesce(d.breakdown, '')=coalesce(o.breakdown, '')"
  " AND d.value<>o.value)",
  /* SQ_OBS_PERIOD */
  "SELECT id, period, value, source_id, entered_by, entered_at, note,"
  " preferred, preferred_upto, breakdown, note_sr FROM observation"
  " WHERE indicator_id=?1 AND period=?2",
  /* SQ_OBS_ADD: one row of a batch (obs.c); ?1 and ?2 stay bound (one
  ** row: OR FAIL of the batch's statement would change nothing) */
  "INSERT INTO observation(indicator_id, period, value, source_id,"
  " entered_by, entered_at, preferred, note, breakdown, note_sr)"
  " VALUES(?3, ?4, ?5, ?6, ?1, ?2, 0, ?7, ?8, ?9)",
  /* SQ_OBS_MAX_ID */
  "SELECT coalesce(max(id), 0) FROM observation",
  /* SQ_OBS_COUNT_AFTER */
  "SELECT count(*) FROM observation WHERE id>?1",
  /* SQ_AUDIT_ITEM_ASC: an item's entries, oldest first (history.c) */
  "SELECT id, at, actor, action, entity, item_id, data, prev_hash, hash"
  " FROM audit_log WHERE entity=?1 AND item_id=?2 AND action<>'publish'"
  " ORDER BY id",
  /* SQ_ACC_ANY: an account, disabled or not (account_admin.c) */
  "SELECT id, login, name, role, party_id, lang, password_hash, disabled"
  " FROM account WHERE login=?1",
  /* SQ_ACC_ALL */
  "SELECT id, login, name, role, party_id, lang, password_hash, disabled,"
  " (SELECT max(created_at) FROM session s WHERE s.account_id=account.id)"
  " FROM account ORDER BY login",
  /* SQ_ACC_SET */
  "UPDATE account SET role=?2, party_id=?3, name=?4, lang=?5 WHERE id=?1",
  /* SQ_ACC_DISABLE */
  "UPDATE account SET disabled=?2 WHERE id=?1",
  /* SQ_ACC_REFS: what the record says an account did */
  "SELECT (SELECT count(*) FROM approval WHERE account_id=?1),"
  " (SELECT count(*) FROM report_issue WHERE created_by=?2)"
  " + (SELECT count(*) FROM report_version WHERE made_by=?2),"
  " (SELECT count(*) FROM observation WHERE entered_by=?2),"
  " (SELECT count(*) FROM signing_key WHERE account_id=?1)",
  /* SQ_ACC_DEL */
  "DELETE FROM account WHERE id=?1",
  /* SQ_SESS_END_ALL: every session of an account but one (hash ?2) */
  "DELETE FROM session WHERE account_id=?1 AND token_hash<>?2"
  " RETURNING id",
  /* SQ_SESS_EACH */
  "SELECT id, token_hash, created_at, expires_at FROM session"
  " WHERE account_id=?1 AND expires_at>?2 ORDER BY id",
  /* SQ_SESS_DEL_ID */
  "DELETE FROM session WHERE id=?1 AND account_id=?2 RETURNING id",
  /* SQ_TOK_EACH */
  "SELECT t.id, a.login, t.label, t.scope, t.created_at, t.last_used"
  " FROM api_token t JOIN account a ON a.id=t.account_id"
  " WHERE ?1=0 OR t.account_id=?1 ORDER BY t.id",
  /* SQ_TOK_DEL */
  "DELETE FROM api_token WHERE id=?1 AND (?2=0 OR account_id=?2)"
  " RETURNING account_id, scope",
  /* SQ_TOK_DEL_ALL */
  "DELETE FROM api_token WHERE account_id=?1 RETURNING id",
  /* SQ_GRANT_OF (grant.c) */
  "SELECT id, role, coalesce(dialogue_id, 0), coalesce(wg_id, 0),"
  " clearance FROM account_grant WHERE account_id=?1 ORDER BY id",
  /* SQ_GRANT_ALL */
  "SELECT a.login, g.id, g.role, coalesce(g.dialogue_id, 0),"
  " coalesce(g.wg_id, 0), g.clearance FROM account_grant g"
  " JOIN account a ON a.id=g.account_id WHERE ?1=0 OR g.account_id=?1"
  " ORDER BY a.login, g.id",
  /* SQ_GRANT_ADD */
  "INSERT INTO account_grant(account_id, role, dialogue_id, wg_id,"
  " clearance, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
  /* SQ_GRANT_FIND */
  "SELECT id FROM account_grant WHERE account_id=?1 AND role=?2"
  " AND coalesce(dialogue_id, 0)=?3 AND coalesce(wg_id, 0)=?4",
  /* SQ_GRANT_DEL */
  "DELETE FROM account_grant WHERE id=?1",
  /* SQ_ACC_PERSON_PARTY: the party of an account's person record */
  "SELECT pe.party_id FROM account a JOIN person pe ON pe.id=a.person_id"
  " WHERE a.id=?1",
  /* SQ_IND_WGS: the working groups whose goals measure an indicator */
  "SELECT DISTINCT wg_id FROM goal WHERE indicator_id=?1"
  " AND wg_id IS NOT NULL ORDER BY wg_id",
  /* SQ_SOURCE_CITED: official data cite the source */
  "SELECT EXISTS(SELECT 1 FROM observation WHERE source_id=?1)"
  " OR EXISTS(SELECT 1 FROM indicator WHERE source_id=?1)",
  /* SQ_ITEM_CHANGED: an item's latest change */
  "SELECT at, actor FROM audit_log WHERE entity=?1 AND item_id=?2"
  " AND action='update' ORDER BY id DESC LIMIT 1",
  /* SQ_ITEM_ENTERED: an item's first entry */
  "SELECT at, actor FROM audit_log WHERE entity=?1 AND item_id=?2"
  " AND action IN ('insert', 'import', 'load') ORDER BY id LIMIT 1",
  /* SQ_COLEAD_OF_PARTY: another co-lead of a group from a party */
  "SELECT pe.code FROM wg_member m JOIN person pe ON pe.id=m.person_id"
  " WHERE m.wg_id=?1 AND m.role='co-lead' AND pe.party_id=?2"
  " AND m.id<>?3 ORDER BY m.id LIMIT 1",
  /* SQ_WG_NO_COLEAD: the parties of a group's dialogue without a co-lead
  ** in it */
  "SELECT pa.id FROM party pa JOIN working_group w"
  " ON w.dialogue_id=pa.dialogue_id WHERE w.id=?1 AND NOT EXISTS("
  "SELECT 1 FROM wg_member m JOIN person pe ON pe.id=m.person_id"
  " WHERE m.wg_id=w.id AND m.role='co-lead' AND pe.party_id=pa.id)"
  " ORDER BY pa.id",
  /* SQ_SCOPE_CLEAR_DEL: the reader's scoped clearances (grant.c) */
  "DELETE FROM scope_clear",
  /* SQ_SCOPE_CLEAR_ADD */
  "INSERT INTO scope_clear(dialogue_id, wg_id, level)"
  " VALUES(?1, ?2, ?3)",
  /* SQ_PERSON_SEATS: a person's working-group seats and the dialogues of
  ** their groups (grant.c) */
  "SELECT w.code, w.dialogue_id, m.role, m.wg_id, m.id FROM wg_member m"
  " JOIN working_group w ON w.id=m.wg_id WHERE m.person_id=?1"
  " ORDER BY m.id",
  /* SQ_OBS_CHOICE_UPTO: the latest observation of an indicator's period,
  ** which an owner's choice made now covers (item.c) */
  "SELECT coalesce(max(id), 0) FROM observation WHERE indicator_id=?1"
  " AND period=?2 AND coalesce(breakdown, '')=coalesce(?3, '')",
  /* SQ_AUDIT_SEEN: the entries before ?1 newest first, 256 at a time,
  ** without their data, which for an import carries every row imported
  ** (item.c) */
  "SELECT id, at, action, entity, item_id FROM audit_log WHERE id<?1"
  " ORDER BY id DESC LIMIT 256",
  /* SQ_AUDIT_BETWEEN: the entries at ?1 or later and before ?2, newest
  ** first, their data left out (an import's carries every row) */
  "SELECT id, at, actor, action, entity, item_id, '', prev_hash, hash"
  " FROM audit_log WHERE at>=?1 AND at<?2 ORDER BY id DESC",
};

DbStmt *store_sq_stmt(Store *p, int i){
  if( p->aSq[i]==0 ){
    char *z = acc_strdup(azSq[i]), *c;
    for(c=z; *c; c++){
      if( *c=='?' ) *c = p->pDrv->cParam;
    }
    p->aSq[i] = p->pDrv->xPrepare(p->pDb, z);
    free(z);
  }
  return p->aSq[i];
}

/* Bind value pV to parameter i of pS. */
void store_bind_value(Store *p, DbStmt *pS, int i, const Value *pV){
  switch( pV->eType ){
    case VAL_INT:  p->pDrv->xBindInt(pS, i, pV->i); break;
    case VAL_REAL: p->pDrv->xBindReal(pS, i, pV->r); break;
    case VAL_TEXT: p->pDrv->xBindText(pS, i, pV->z); break;
    default:       p->pDrv->xBindNull(pS, i); break;
  }
}

/* Bind NULL for a NULL id-like value (0), else the integer. */
void store_bind_id(Store *p, DbStmt *pS, int i, int64_t id){
  if( id ) p->pDrv->xBindInt(pS, i, id);
  else p->pDrv->xBindNull(pS, i);
}

/* Read column iCol of pS as field pF into *pV; text goes to pArena, or
** points into the statement if pArena is NULL.  For the public viewer,
** entered_by (a login) reads as NULL. */
void store_column_value(Store *p, DbStmt *pS, int iCol, const Field *pF,
                         Arena *pArena, Value *pV){
  memset(pV, 0, sizeof(*pV));
  if( p->pDrv->xColumnType(pS, iCol)==DB_NULL ) return;
  /* Who entered a record is a login: never shown to the public. */
  if( p->eView==CLASS_PUBLIC && strcmp(pF->zName, "entered_by")==0 ) return;
  switch( pF->eType ){
    case FT_INT: case FT_REF: case FT_BOOL:
      pV->eType = VAL_INT;
      pV->i = p->pDrv->xColumnInt(pS, iCol);
      break;
    case FT_REAL:
      pV->eType = VAL_REAL;
      pV->r = p->pDrv->xColumnReal(pS, iCol);
      break;
    default: {
      const char *z = p->pDrv->xColumnText(pS, iCol);
      pV->eType = VAL_TEXT;
      pV->z = pArena ? arena_strdup(pArena, z) : z;
      break;
    }
  }
}

/* Run a statement that returns no rows; reset it.  Returns ACC_OK,
** ACC_CONFLICT (constraint, message in zErr) or ACC_BUSY. */
AccRc store_run(Store *p, DbStmt *pS, char *zErr, int nErr){
  int rc = p->pDrv->xStep(pS);
  AccRc arc = ACC_OK;
  if( rc<0 ){
    arc = (AccRc)(-rc);
    if( zErr ) snprintf(zErr, nErr, "%s", p->pDrv->xErrmsg(p->pDb));
  }
  p->pDrv->xReset(pS);
  return arc;
}

void store_now(char zOut[21]){
  time_t t = time(0);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(zOut, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The schema version of a PostgreSQL database (0 if it has none yet),
** or -1 with zErr if it is not empty and not Accord's. */
static int store_pg_version(Store *p, char *zErr, int nErr){
  DbStmt *pS = p->pDrv->xPrepare(p->pDb, "SELECT to_regclass("
      "'accord_schema') IS NOT NULL");
  int bHave = 0, iHave = 0;
  int64_t nTable = 0;
  if( p->pDrv->xStep(pS)==DB_ROW ) bHave = (int)p->pDrv->xColumnInt(pS, 0);
  p->pDrv->xFinalize(pS);
  if( !bHave ){
    /* (pg_tables costs a few milliseconds: asked only here.) */
    pS = p->pDrv->xPrepare(p->pDb, "SELECT count(*) FROM pg_tables WHERE"
                           " schemaname=current_schema()");
    if( p->pDrv->xStep(pS)==DB_ROW ) nTable = p->pDrv->xColumnInt(pS, 0);
    p->pDrv->xFinalize(pS);
    if( nTable==0 ) return 0;
    snprintf(zErr, nErr, "not an Accord database (it belongs to another "
             "application)");
    return -1;
  }
  pS = p->pDrv->xPrepare(p->pDb, "SELECT version, application_id FROM"
                         " accord_schema");
  if( p->pDrv->xStep(pS)==DB_ROW
   && p->pDrv->xColumnInt(pS, 1)==ACCORD_APPLICATION_ID ){
    iHave = (int)p->pDrv->xColumnInt(pS, 0);
  }else{
    snprintf(zErr, nErr, "not an Accord database (it belongs to another "
             "application)");
    iHave = -1;
  }
  p->pDrv->xFinalize(pS);
  return iHave;
}

/* Apply the migrations the database lacks, each in a transaction. */
static AccRc store_migrate(Store *p, char *zErr, int nErr){
  const Migration *aMig = STORE_PG(p) ? aPgMigration : aSqliteMigration;
  int nMig = STORE_PG(p) ? nPgMigration : nSqliteMigration;
  DbStmt *pS;
  int i, iHave = 0, bDims = 0;
  AccRc rc = ACC_OK;
  if( STORE_PG(p) ){
    iHave = store_pg_version(p, zErr, nErr);
    if( iHave<0 ) return ACC_IO;
  }else{
    pS = p->pDrv->xPrepare(p->pDb, "PRAGMA user_version");
    if( p->pDrv->xStep(pS)==DB_ROW ) iHave = (int)p->pDrv->xColumnInt(pS, 0);
    p->pDrv->xFinalize(pS);
    /* Never take over another application's database: an Accord
    ** database has our application_id once the first migration ran, and
    ** one without a version must be empty. */
    pS = p->pDrv->xPrepare(p->pDb, iHave ? "PRAGMA application_id"
                           : "SELECT count(*) FROM sqlite_master");
    if( p->pDrv->xStep(pS)==DB_ROW ){
      int64_t v = p->pDrv->xColumnInt(pS, 0);
      if( (iHave && v!=ACCORD_APPLICATION_ID) || (!iHave && v!=0) ){
        p->pDrv->xFinalize(pS);
        snprintf(zErr, nErr, "not an Accord database (it belongs to another "
                 "application)");
        return ACC_IO;
      }
    }
    p->pDrv->xFinalize(pS);
  }
  if( iHave>aMig[nMig-1].iVersion ){
    snprintf(zErr, nErr, "the database has schema version %d, newer than "
             "this accord knows (%d): upgrade accord", iHave,
             aMig[nMig-1].iVersion);
    return ACC_IO;
  }
  for(i=0; i<nMig && rc==ACC_OK; i++){
    const Migration *pM = &aMig[i];
    char zSet[96];
    if( pM->iVersion<=iHave ) continue;
    /* The version is our own constant, not a value from outside. */
    if( STORE_PG(p) ){
      snprintf(zSet, sizeof(zSet), "UPDATE accord_schema SET version=%d",
               pM->iVersion);
    }else{
      snprintf(zSet, sizeof(zSet), "PRAGMA user_version=%d; PRAGMA "
               "application_id=%d;", pM->iVersion, ACCORD_APPLICATION_ID);
    }
    rc = p->pDrv->xExec(p->pDb, "BEGIN IMMEDIATE", zErr, nErr);
    if( rc==ACC_OK ) rc = p->pDrv->xExec(p->pDb, pM->zSql, zErr, nErr);
    if( rc==ACC_OK ) rc = p->pDrv->xExec(p->pDb, zSet, zErr, nErr);
    if( rc==ACC_OK ){
      rc = p->pDrv->xExec(p->pDb, "COMMIT", zErr, nErr);
    }else{
      char zMsg[300];
      snprintf(zMsg, sizeof(zMsg), "%s", zErr);
      snprintf(zErr, nErr, "migration %s failed: %s", pM->zName, zMsg);
      p->pDrv->xExec(p->pDb, "ROLLBACK", zMsg, sizeof(zMsg));
    }
    if( rc==ACC_OK && pM->iVersion==38 ) bDims = 1;
    iHave = pM->iVersion;
  }
  p->iVersion = iHave;
  /* Declare the dimensions recorded cells name (038_dimension.sql). */
  if( rc==ACC_OK && bDims ){
    store_set_actor(p, "migration 038");
    if( store_dims_declare_found(p, zErr, nErr)<0 ) rc = ACC_IO;
    store_set_actor(p, "unknown");
  }
  return rc;
}

AccRc store_open(const char *zPath, int flags, Store **ppStore,
                 char *zErr, int nErr){
  Store *p;
  AccRc rc;
  *ppStore = 0;
  p = acc_malloc(sizeof(*p));
  memset(p, 0, sizeof(*p));
  p->pDrv = store_pg_wants(zPath) ? &pgDriver : &sqliteDriver;
  p->zActor = acc_strdup("unknown");
  p->eView = CLASS_RESTRICTED;
  rc = p->pDrv->xOpen(zPath, flags, &p->pDb, zErr, nErr);
  /* The clearances of the account read for (grant.c): of this
  ** connection only, so read-only ones have it too. */
  if( rc==ACC_OK ) rc = store_scope_table(p, zErr, nErr);
  if( rc==ACC_OK && !(flags & STORE_READONLY) ){
    rc = store_migrate(p, zErr, nErr);
    if( rc ){
      char *zMsg = acc_strdup(zErr);
      snprintf(zErr, nErr, "%s: %s", zPath, zMsg);
      free(zMsg);
    }
  }
  if( rc!=ACC_OK ){
    store_close(p);
    return rc;
  }
  *ppStore = p;
  return ACC_OK;
}

void store_close(Store *p){
  int e, i;
  if( p==0 ) return;
  for(e=0; e<ENT__MAX; e++){
    for(i=0; i<OP__MAX; i++){
      p->pDrv->xFinalize(p->aOp[e][i]);
      p->pDrv->xFinalize(p->aPubOp[e][i]);
    }
    for(i=0; i<MAX_FIELDS; i++){
      p->pDrv->xFinalize(p->aEachBy[e][i]);
      p->pDrv->xFinalize(p->aCountBy[e][i]);
      p->pDrv->xFinalize(p->aPubEachBy[e][i]);
      p->pDrv->xFinalize(p->aPubCountBy[e][i]);
    }
    p->pDrv->xFinalize(p->aPubCopy[e]);
    p->pDrv->xFinalize(p->aPubDel[e]);
  }
  for(i=0; i<SQ__MAX; i++) p->pDrv->xFinalize(p->aSq[i]);
  for(i=0; i<PQ__MAX; i++) p->pDrv->xFinalize(p->aPq[i]);
  p->pDrv->xClose(p->pDb);
  buf_free(&p->obsLog);
  free(p->obsTouched.a);
  free(p->pWho);
  free(p->zActor);
  free(p);
}

int store_schema_version(Store *p){
  return p->iVersion;
}

void store_set_actor(Store *p, const char *zActor){
  free(p->zActor);
  p->zActor = acc_strdup(zActor && zActor[0] ? zActor : "unknown");
}

const char *store_actor(Store *p){
  return p->zActor;
}

AccRc store_begin(Store *p){
  char zErr[200];
  AccRc rc = p->pDrv->xExec(p->pDb, "BEGIN IMMEDIATE", zErr, sizeof(zErr));
  if( rc==ACC_OK ) p->nTxn = 1;
  p->bChanged = 0;
  buf_free(&p->obsLog);   /* rows of an import: see store_obs_log() */
  p->nObsLog = 0;
  store_obs_touch_reset(p);
  return rc;
}

AccRc store_begin_bulk(Store *p){
  char zErr[200];
  AccRc rc;
  /* The pragmas are no-ops (or errors) inside a transaction: before BEGIN. */
  p->pDrv->xBulk(p->pDb, 1);
  /* A change of temp_store drops the temporary tables (grant.c's). */
  store_scope_table(p, zErr, sizeof(zErr));
  rc = store_begin(p);
  if( rc==ACC_OK ){
    p->bBulk = 1;
  }else{
    p->pDrv->xBulk(p->pDb, 0);
    store_scope_table(p, zErr, sizeof(zErr));
  }
  return rc;
}

/* After the end of a transaction: back from a bulk load to the checks. */
static void store_end_bulk(Store *p){
  if( p->bBulk ){
    char zErr[200];
    p->pDrv->xBulk(p->pDb, 0);
    p->bBulk = 0;
    store_scope_table(p, zErr, sizeof(zErr));
  }
}

AccRc store_commit(Store *p){
  char zErr[200];
  AccRc rc = p->pDrv->xExec(p->pDb, "COMMIT", zErr, sizeof(zErr));
  if( rc==ACC_OK ){
    p->nTxn = 0;
    if( p->bChanged ) store_watch_bump();
    p->bChanged = 0;
    store_end_bulk(p);
  }
  return rc;
}

void store_rollback(Store *p){
  char zErr[200];
  if( p->nTxn ){
    p->pDrv->xExec(p->pDb, "ROLLBACK", zErr, sizeof(zErr));
    p->nTxn = 0;
  }
  p->bChanged = 0;
  store_end_bulk(p);
}

void store_busy_timeout(Store *p, int nMs){
  p->pDrv->xBusyTimeout(p->pDb, nMs);
}

int64_t store_data_version(Store *p){
  DbStmt *pS;
  int64_t v = 0;
  unsigned char aStamp[SQ_STAMP];
  int eKept;
  if( STORE_PG(p) && store_watch_version(&v) ) return v;
  eKept = store_sq_version_kept(p, &v, aStamp);
  if( eKept==1 ) return v;
  pS = store_sq_stmt(p, SQ_DATA_VERSION);
  if( p->pDrv->xStep(pS)==DB_ROW ) v = p->pDrv->xColumnInt(pS, 0);
  p->pDrv->xReset(pS);
  if( eKept==0 ) store_sq_version_keep(p, aStamp, v);
  return v;
}
