/*
** store_cell.c: the cells of a breakdown (032_breakdown.sql,
** src/core/breakdown.c): the form of a cell, the key that lets one value
** be recorded once per cell, conflicts only within a cell, and the status
** that judges totals only and says when only a breakdown was recorded.
** Included by store_test.c (its helpers fresh(), add()).
*/
#include "../../src/core/breakdown.h"

/* Counts the rows store_obs_rows() gives, and the cells among them. */
typedef struct CellCount { int n, nCell; } CellCount;
static int cell_count_cb(void *pArg, const StoreObs *o){
  CellCount *c = pArg;
  c->n++;
  if( o->zCell ) c->nCell++;
  return 0;
}

/* store-cell: breakdowns. */
static void test_cell(void){
  Store *p = fresh("tcell.db");
  char zCell[BREAKDOWN_MAX];
  int64_t idD, idI, idS, idT, idG;
  ObsBatch *pB;
  CellCount c;
  Arena a = ARENA_INIT;
  GoalStatus g;
  StatusConfig cfg;
  int iBad = 0;
  Date at;
  const char *const azD[] = { "code", "d", "title", "D", "state",
                              "proposed", 0 };
  const char *const azA[] = { "dialogue_id", "d", "code", "a", "area_set",
                              "proposal", "name", "A", 0 };
  const char *const azI[] = { "dialogue_id", "d", "code", "jobs", "name",
    "Jobs", "unit", "persons", "frequency", "year", 0 };
  const char *const azS[] = { "code", "s", "title", "Survey", 0 };
  const char *const azT[] = { "code", "t", "title", "Register", 0 };
  const char *const azG[] = { "dialogue_id", "d", "area_id", "a", "code",
    "g", "title", "More jobs", "kind", "level", "indicator_id", "jobs",
    "target", "500", "deadline", "2030-12-31", 0 };
  const char *const azOk[] = { "indicator_id", "jobs", "period", "2024",
    "value", "60", "source_id", "s", "breakdown", "age=15-24;sex=female",
    "entered_by", "t", "entered_at", "2025-01-01T00:00:00Z", 0 };
  const char *const azSex[] = { "dialogue_id", "d", "code", "d/dim/sex",
    "name", "sex", "label", "Sex", 0 };
  const char *const azAge[] = { "dialogue_id", "d", "code", "d/dim/age",
    "name", "age", "label", "Age", 0 };
  const char *const azBadOrder[] = { "indicator_id", "jobs", "period",
    "2024", "value", "60", "breakdown", "sex=female;age=15-24", 0 };
  const char *const azBadName[] = { "indicator_id", "jobs", "period",
    "2024", "value", "60", "breakdown", "Sex=female", 0 };
  const char *const azBadPair[] = { "indicator_id", "jobs", "period",
    "2024", "value", "60", "breakdown", "female", 0 };

  /* store-cell.1: the form of a cell */
  zCell[0] = 0;
  INT_EQ(breakdown_add(zCell, sizeof(zCell), "Sex", " female ", zErr,
                       sizeof(zErr)), 0);
  INT_EQ(breakdown_add(zCell, sizeof(zCell), "age", "15-24", zErr,
                       sizeof(zErr)), 0);
  STR_EQ(zCell, "age=15-24;sex=female");
  INT_EQ(breakdown_add(zCell, sizeof(zCell), "sex", "male", zErr,
                       sizeof(zErr)), -1);
  STR_HAS(zErr, "given twice");
  INT_EQ(breakdown_check("age=15-24;sex=female", zErr, sizeof(zErr)), 0);
  INT_EQ(breakdown_check("sex=female;age=15-24", zErr, sizeof(zErr)), -1);
  INT_EQ(breakdown_check("sex=", zErr, sizeof(zErr)), -1);
  INT_EQ(breakdown_check("sex=a;b", zErr, sizeof(zErr)), -1);

  date_from_ymd(2025, 6, 30, &at);
  store_set_actor(p, "tester");
  idD = add(p, ENT_DIALOGUE, azD);
  OK(add(p, ENT_AREA, azA)>0);
  idI = add(p, ENT_INDICATOR, azI);
  idS = add(p, ENT_SOURCE, azS);
  idT = add(p, ENT_SOURCE, azT);
  idG = add(p, ENT_GOAL, azG);
  OK(idD>0 && idI>0 && idS>0 && idT>0 && idG>0);
  /* The dimensions the dialogue declares (038_dimension.sql); before
  ** them a cell is refused, naming the field. */
  INT_EQ(add(p, ENT_OBSERVATION, azOk), 0);
  STR_HAS(zErr, "breakdown: dimension \"age\" is not declared");
  OK(add(p, ENT_DIMENSION, azSex)>0);
  OK(add(p, ENT_DIMENSION, azAge)>0);

  /* store-cell.2: a cell in canonical form is recorded; others are
  ** refused naming the field */
  OK(add(p, ENT_OBSERVATION, azOk)>0);
  INT_EQ(add(p, ENT_OBSERVATION, azBadOrder), 0);
  STR_HAS(zErr, "breakdown: write the dimensions in the order");
  INT_EQ(add(p, ENT_OBSERVATION, azBadName), 0);
  STR_HAS(zErr, "breakdown: dimension 1 (Sex)");
  INT_EQ(add(p, ENT_OBSERVATION, azBadPair), 0);
  STR_HAS(zErr, "breakdown: dimension 1");

  /* store-cell.3: the same value, period and source once per cell; the
  ** same cell twice is a duplicate */
  INT_EQ(store_begin(p), ACC_OK);
  pB = store_obs_batch_begin(p);
  store_obs_batch_add_cell(pB, idI, "2024", 40, idS, 0, "sex=male", 0);
  store_obs_batch_add_cell(pB, idI, "2024", 40, idS, 0, "sex=female", 0);
  store_obs_batch_add_cell(pB, idI, "2023", 40, idS, 0, "sex=female", 0);
  INT_EQ(store_obs_batch_flush(pB, &iBad, zErr, sizeof(zErr)), ACC_OK);
  store_obs_batch_add_cell(pB, idI, "2024", 40, idS, 0, "sex=male", 0);
  INT_EQ(store_obs_batch_flush(pB, &iBad, zErr, sizeof(zErr)),
         ACC_CONFLICT);
  STR_HAS(zErr, "2024 (sex=male)");
  store_obs_batch_end(pB);
  store_rollback(p);
  INT_EQ(store_begin(p), ACC_OK);
  pB = store_obs_batch_begin(p);
  store_obs_batch_add_cell(pB, idI, "2024", 40, idS, 0, "sex=male", 0);
  store_obs_batch_add_cell(pB, idI, "2024", 45, idT, 0, "sex=male", 0);
  store_obs_batch_add_cell(pB, idI, "2024", 30, idT, 0, "sex=female", 0);
  INT_EQ(store_obs_batch_flush(pB, &iBad, zErr, sizeof(zErr)), ACC_OK);
  store_obs_batch_end(pB);
  INT_EQ(store_commit(p), ACC_OK);

  /* store-cell.4: disputed values are those of one cell that disagree:
  ** sex=male (40 and 45), not sex=female (60 with an age, 30 without)
  ** nor the cells against each other */
  memset(&c, 0, sizeof(c));
  INT_EQ(store_obs_rows(p, idI, 0, 0, cell_count_cb, &c), ACC_OK);
  INT_EQ(c.n, 2);
  INT_EQ(c.nCell, 2);

  /* store-cell.5: status judges totals only, and says that only a
  ** breakdown was recorded */
  goalstat_config(p, idD, &cfg);
  INT_EQ(goalstat_get(p, idG, at, &cfg, &a, &g),
         ACC_OK);
  INT_EQ(g.res.eStatus, STATUS_NO_DATA);
  STR_HAS(g.res.zWhy, "For 2024 only a breakdown was recorded, no total");
  arena_free(&a);
  {
    const char *const azTot[] = { "indicator_id", "jobs", "period", "2024",
      "value", "130", "source_id", "s", "entered_by", "t",
      "entered_at", "2025-01-01T00:00:00Z", 0 };
    OK(add(p, ENT_OBSERVATION, azTot)>0);
  }
  INT_EQ(goalstat_get(p, idG, at, &cfg, &a, &g),
         ACC_OK);
  OK(g.res.bLatest && g.res.rLatest==130);
  OK(strstr(g.res.zWhy, "only a breakdown")==0);
  arena_free(&a);
  store_close(p);
}
