/*
** store_grant.c: grants of a role for a scope, scoped clearance, and the
** store's check of every write by an account (src/store/grant.c,
** src/store/authz.c), on a real SQLite file.  Included by store_test.c
** (its helpers fresh(), add()).
*/

/* Change field zField of item id of entity e to zValue (text, as typed),
** as whoever the store acts for. */
static AccRc grant_set(Store *p, int e, int64_t id, const char *zField,
                       const char *zValue){
  Arena a = ARENA_INIT;
  Value *aV;
  int f = model_field_find(e, zField);
  AccRc rc;
  Class eView = store_viewer(p);
  store_set_viewer(p, CLASS_RESTRICTED);
  rc = store_item_get(p, e, id, &a, &aV);
  store_set_viewer(p, eView);
  if( rc==ACC_OK ){
    rc = model_value_parse(&aEntity[e].aField[f], zValue, &aV[f], zErr,
                           sizeof(zErr));
  }
  if( rc==ACC_OK && aEntity[e].aField[f].eType==FT_REF ){
    rc = store_ref_resolve(p, aEntity[e].aField[f].eRef, &aV[f], zErr,
                           sizeof(zErr));
  }
  if( rc==ACC_OK ) rc = store_item_update(p, e, id, aV, zErr, sizeof(zErr));
  arena_free(&a);
  return rc;
}

/* Add an observation of indicator idInd as account pAcc: its rc. */
static AccRc grant_obs(Store *p, const Account *pAcc, int64_t idInd,
                       const char *zPeriod){
  Value aV[MAX_FIELDS];
  int64_t id = 0;
  AccRc rc;
  memset(aV, 0, sizeof(aV));
  aV[0].eType = VAL_INT; aV[0].i = idInd;
  aV[1].eType = VAL_TEXT; aV[1].z = zPeriod;
  aV[2].eType = VAL_REAL; aV[2].r = 1;
  aV[4].eType = VAL_TEXT; aV[4].z = pAcc->zLogin;
  aV[5].eType = VAL_TEXT; aV[5].z = "2026-01-01T00:00:00Z";
  aV[6].eType = VAL_INT; aV[6].i = 0;
  store_set_account(p, pAcc);
  rc = store_item_insert(p, ENT_OBSERVATION, aV, &id, zErr, sizeof(zErr));
  store_set_account(p, 0);
  return rc;
}

/* Whether goal idGoal is visible to pAcc reading as eView. */
static int grant_sees(Store *p, const Account *pAcc, Class eView, int e,
                      int64_t id){
  Arena a = ARENA_INIT;
  Value *aV;
  int b;
  store_set_viewer(p, eView);
  store_set_account(p, pAcc);
  b = store_item_get(p, e, id, &a, &aV)==ACC_OK;
  store_set_account(p, 0);
  store_set_viewer(p, CLASS_RESTRICTED);
  arena_free(&a);
  return b;
}

/* store-12: grants, scoped clearance and scoped writes. */
static void test_grant(void){
  Store *p = fresh("t12.db");
  Account lead, mem, sec1, adm, cc1;
  Arena a = ARENA_INIT;
  ItemStamp st;
  IdList l = IDLIST_INIT;
  int64_t idWgA, idWgB, idIndA, idIndB, idGoalA, idGoalB, idBen2, idP2;
  int64_t idSrc, idObs, idPer1, idPer2, idPer3, idM;
  OK(add(p, ENT_DIALOGUE, (const char *const[]){ "code", "d", "title", "D",
         "state", "established", "classification", "internal", 0 }));
  OK(add(p, ENT_PARTY, (const char *const[]){ "dialogue_id", "d",
         "code", "d/1", "name", "One", 0 }));
  idP2 = add(p, ENT_PARTY, (const char *const[]){ "dialogue_id", "d",
             "code", "d/2", "name", "Two", 0 });
  OK(add(p, ENT_AREA, (const char *const[]){ "dialogue_id", "d",
         "code", "d/a", "area_set", "s", "name", "Area", 0 }));
  idWgA = add(p, ENT_WG, (const char *const[]){ "dialogue_id", "d",
              "code", "d/wg-a", "name", "Group A", 0 });
  idWgB = add(p, ENT_WG, (const char *const[]){ "dialogue_id", "d",
              "code", "d/wg-b", "name", "Group B", 0 });
  idIndA = add(p, ENT_INDICATOR, (const char *const[]){ "dialogue_id", "d",
               "code", "ind-a", "name", "Exercises", "unit", "count",
               "frequency", "year", "aggregation", "sum",
               "classification", "restricted", 0 });
  idIndB = add(p, ENT_INDICATOR, (const char *const[]){ "dialogue_id", "d",
               "code", "ind-b", "name", "Trade", "unit", "USD",
               "frequency", "year", "aggregation", "sum",
               "classification", "internal", 0 });
  idGoalA = add(p, ENT_GOAL, (const char *const[]){ "dialogue_id", "d",
                "area_id", "d/a", "wg_id", "d/wg-a", "code", "goal-a",
                "title", "Three exercises", "kind", "count_period",
                "indicator_id", "ind-a", "target", "3", "period", "year",
                "classification", "restricted", 0 });
  idGoalB = add(p, ENT_GOAL, (const char *const[]){ "dialogue_id", "d",
                "area_id", "d/a", "wg_id", "d/wg-b", "code", "goal-b",
                "title", "Trade", "kind", "milestone",
                "indicator_id", "ind-b", "classification", "internal", 0 });
  OK(add(p, ENT_BENEFIT, (const char *const[]){ "dialogue_id", "d",
         "party_id", "d/1", "code", "ben-1", "text", "For one", 0 }));
  idBen2 = add(p, ENT_BENEFIT, (const char *const[]){ "dialogue_id", "d",
               "party_id", "d/2", "code", "ben-2", "text", "For two", 0 });
  idSrc = add(p, ENT_SOURCE, (const char *const[]){ "code", "census",
              "title", "Census", 0 });
  idObs = add(p, ENT_OBSERVATION, (const char *const[]){
              "indicator_id", "ind-b", "period", "2025", "value", "10",
              "source_id", "census", "entered_by", "store-test",
              "entered_at", "2026-01-01T00:00:00Z", 0 });
  idPer1 = add(p, ENT_PERSON, (const char *const[]){ "code", "p1",
               "name", "P One", "party_id", "d/1", 0 });
  idPer2 = add(p, ENT_PERSON, (const char *const[]){ "code", "p2",
               "name", "P Two", "party_id", "d/1", 0 });
  idPer3 = add(p, ENT_PERSON, (const char *const[]){ "code", "p3",
               "name", "P Three", "party_id", "d/2", 0 });
  OK(idWgA && idWgB && idIndA && idIndB && idGoalA && idGoalB && idBen2
     && idSrc && idObs && idPer1 && idPer2 && idPer3 && idP2);
  INT_EQ(store_account_add(p, "lead", "Lead", ROLE_OBSERVER, 0,
                           "a-long-password", 0, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_account_add(p, "mem", "Member", ROLE_OBSERVER, 0,
                           "a-long-password", 0, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_account_add(p, "sec1", "Sec", ROLE_SECRETARIAT, 2-1,
                           "a-long-password", 0, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_account_add(p, "adm", "Adm", ROLE_ADMIN, 0,
                           "a-long-password", 0, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_account_add(p, "cc1", "CC", ROLE_COCHAIR, 1,
                           "a-long-password", 0, zErr, sizeof(zErr)), ACC_OK);

  /* store-12.1: grants are added, listed with the account, refused with
  ** the field named, removed */
  INT_EQ(store_grant_add(p, "lead", ROLE_WG_LEAD, 0, idWgA,
                         CLASS_RESTRICTED, zErr, sizeof(zErr)), ACC_OK);
  INT_EQ(store_grant_add(p, "mem", ROLE_WG_MEMBER, 0, idWgB, -1, zErr,
                         sizeof(zErr)), ACC_OK);
  INT_EQ(store_grant_add(p, "lead", ROLE_WG_LEAD, 0, idWgA, -1, zErr,
                         sizeof(zErr)), ACC_CONFLICT);
  STR_HAS(zErr, "role:");
  INT_EQ(store_grant_add(p, "lead", ROLE_COCHAIR, 0, idWgA, -1, zErr,
                         sizeof(zErr)), ACC_INVALID);
  STR_HAS(zErr, "role:");
  INT_EQ(store_grant_add(p, "lead", ROLE_WG_LEAD, 0, 999, -1, zErr,
                         sizeof(zErr)), ACC_INVALID);
  STR_HAS(zErr, "wg:");
  INT_EQ(store_grant_add(p, "nobody", ROLE_WG_LEAD, 0, idWgA, -1, zErr,
                         sizeof(zErr)), ACC_NOTFOUND);
  STR_HAS(zErr, "login:");
  INT_EQ(store_grant_add(p, "lead", ROLE_WG_MEMBER, 1, 0, -1, zErr,
                         sizeof(zErr)), ACC_OK);
  INT_EQ(store_account_get(p, "lead", &lead), ACC_OK);
  INT_EQ(lead.nGrant, 2);
  INT_EQ(store_grant_remove(p, "lead", ROLE_WG_MEMBER, 1, 0, zErr,
                            sizeof(zErr)), ACC_OK);
  INT_EQ(store_grant_remove(p, "lead", ROLE_WG_MEMBER, 1, 0, zErr,
                            sizeof(zErr)), ACC_NOTFOUND);
  INT_EQ(store_account_get(p, "lead", &lead), ACC_OK);
  INT_EQ(lead.nGrant, 1);
  INT_EQ(lead.aGrant[0].eClear, CLASS_RESTRICTED);
  INT_EQ(store_account_get(p, "mem", &mem), ACC_OK);
  INT_EQ(mem.aGrant[0].eClear, CLASS_INTERNAL);
  INT_EQ(store_account_get(p, "sec1", &sec1), ACC_OK);
  INT_EQ(store_account_get(p, "adm", &adm), ACC_OK);
  INT_EQ(store_account_get(p, "cc1", &cc1), ACC_OK);
  OK(store_account_can(&lead, ACT_WRITE, ENT_GOAL));
  OK(!store_account_can(&mem, ACT_WRITE, ENT_GOAL));
  OK(store_account_can(&mem, ACT_WRITE, ENT_OBSERVATION));

  /* store-12.2: clearance per scope: the lead reads its group's
  ** restricted goal and indicator, the member and the dialogue's other
  ** internal readers do not */
  OK(grant_sees(p, &lead, CLASS_INTERNAL, ENT_GOAL, idGoalA));
  OK(grant_sees(p, &lead, CLASS_INTERNAL, ENT_INDICATOR, idIndA));
  OK(!grant_sees(p, &mem, CLASS_INTERNAL, ENT_GOAL, idGoalA));
  OK(!grant_sees(p, &mem, CLASS_INTERNAL, ENT_INDICATOR, idIndA));
  OK(!grant_sees(p, 0, CLASS_INTERNAL, ENT_GOAL, idGoalA));
  OK(grant_sees(p, &mem, CLASS_INTERNAL, ENT_GOAL, idGoalB));

  /* store-12.3: a group's lead records its own data; a member of another
  ** group cannot touch them, and nothing changes */
  INT_EQ(grant_obs(p, &lead, idIndA, "2025"), ACC_OK);
  INT_EQ(grant_obs(p, &mem, idIndA, "2026"), ACC_DENIED);
  STR_HAS(zErr, "indicator_id:");
  INT_EQ(store_item_count(p, ENT_OBSERVATION, -1, 0), 2);
  INT_EQ(grant_obs(p, &lead, idIndB, "2026"), ACC_DENIED);
  INT_EQ(grant_obs(p, &mem, idIndB, "2026"), ACC_OK);
  store_set_account(p, &mem);
  INT_EQ(grant_set(p, ENT_OBSERVATION, idObs, "value", "11"), ACC_OK);
  INT_EQ(grant_set(p, ENT_GOAL, idGoalB, "title", "x"), ACC_DENIED);
  store_set_account(p, &lead);
  INT_EQ(grant_set(p, ENT_GOAL, idGoalA, "title", "Three a year"), ACC_OK);
  /* moving the goal out of the group is a write outside it */
  INT_EQ(grant_set(p, ENT_GOAL, idGoalA, "wg_id", "d/wg-b"), ACC_DENIED);
  STR_HAS(zErr, "wg_id:");
  INT_EQ(grant_set(p, ENT_GOAL, idGoalB, "title", "x"), ACC_DENIED);
  INT_EQ(store_item_delete(p, ENT_OBSERVATION, idObs, zErr, sizeof(zErr)),
         ACC_DENIED);
  /* the store's fast path of imports asks too */
  INT_EQ(store_obs_insert(p, idIndB, "2027", 5, 0, 0, zErr, sizeof(zErr)),
         ACC_DENIED);
  store_set_account(p, 0);

  /* store-12.4: a party's own items are written by its accounts only */
  store_set_account(p, &sec1);
  INT_EQ(grant_set(p, ENT_BENEFIT, idBen2, "text", "rewritten"), ACC_DENIED);
  STR_HAS(zErr, "party_id:");
  INT_EQ(grant_set(p, ENT_PARTY, idP2, "name", "Renamed"), ACC_DENIED);
  INT_EQ(grant_set(p, ENT_PARTY, 1, "name", "One, renamed"), ACC_OK);
  store_set_account(p, &adm);
  INT_EQ(grant_set(p, ENT_BENEFIT, idBen2, "text", "rewritten"), ACC_DENIED);

  /* store-12.5: a source official data cite changes only through a
  ** secretariat */
  INT_EQ(grant_set(p, ENT_SOURCE, idSrc, "url", "http://x.test/"),
         ACC_DENIED);
  STR_HAS(zErr, "source:");
  store_set_account(p, &mem);
  INT_EQ(grant_set(p, ENT_SOURCE, idSrc, "url", "http://x.test/"),
         ACC_DENIED);
  store_set_account(p, &sec1);
  INT_EQ(grant_set(p, ENT_SOURCE, idSrc, "url", "http://census.test/"),
         ACC_OK);
  store_set_account(p, 0);

  /* store-12.6: one co-lead per party; a group lacking one is listed */
  OK((idM = add(p, ENT_WG_MEMBER, (const char *const[]){ "wg_id", "d/wg-a",
                "person_id", "p1", "role", "co-lead", 0 }))!=0);
  OK(add(p, ENT_WG_MEMBER, (const char *const[]){ "wg_id", "d/wg-a",
         "person_id", "p2", "role", "co-lead", 0 })==0);
  STR_HAS(zErr, "role: the working group has a co-lead of party d/1");
  OK(add(p, ENT_WG_MEMBER, (const char *const[]){ "wg_id", "d/wg-a",
         "person_id", "p2", "role", "member", 0 })!=0);
  INT_EQ(store_wg_colead_missing(p, idWgA, &l), ACC_OK);
  INT_EQ(l.n, 1);
  INT_EQ(l.n ? l.a[0] : 0, idP2);
  OK(grant_set(p, ENT_WG_MEMBER, idM, "role", "co-lead")==ACC_OK);
  OK(add(p, ENT_WG_MEMBER, (const char *const[]){ "wg_id", "d/wg-a",
         "person_id", "p3", "role", "co-lead", 0 })!=0);
  l.n = 0;
  INT_EQ(store_wg_colead_missing(p, idWgA, &l), ACC_OK);
  INT_EQ(l.n, 0);
  l.n = 0;
  INT_EQ(store_wg_colead_missing(p, idWgB, &l), ACC_OK);
  INT_EQ(l.n, 2);

  /* store-12.7: who changed an item and when, beside who entered it */
  store_set_actor(p, "mem");
  store_set_account(p, &mem);
  INT_EQ(grant_set(p, ENT_OBSERVATION, idObs, "value", "12"), ACC_OK);
  store_set_account(p, 0);
  store_set_actor(p, "store-test");
  store_item_stamp(p, ENT_OBSERVATION, idObs, &a, &st);
  STR_EQ(st.zEnteredBy, "store-test");
  STR_EQ(st.zChangedBy, "mem");
  OK(st.zChangedAt[0]!=0);
  store_set_viewer(p, CLASS_PUBLIC);
  store_item_stamp(p, ENT_OBSERVATION, idObs, &a, &st);
  STR_EQ(st.zChangedBy, "");
  store_set_viewer(p, CLASS_RESTRICTED);

  /* store-12.9: a working group's members serve the parties of its
  ** dialogue: a person of no party, or of another dialogue's, is refused
  ** with the field named and nothing added */
  OK(add(p, ENT_DIALOGUE, (const char *const[]){ "code", "e", "title", "E",
         "state", "established", "classification", "internal", 0 }));
  OK(add(p, ENT_PARTY, (const char *const[]){ "dialogue_id", "e",
         "code", "e/1", "name", "Other", 0 }));
  OK(add(p, ENT_PERSON, (const char *const[]){ "code", "p-e",
         "name", "P Other", "party_id", "e/1", 0 }));
  OK(add(p, ENT_PERSON, (const char *const[]){ "code", "p-none",
         "name", "P None", 0 }));
  {
    int64_t nM = store_item_count(p, ENT_WG_MEMBER, -1, 0);
    OK(add(p, ENT_WG_MEMBER, (const char *const[]){ "wg_id", "d/wg-b",
           "person_id", "p-e", "role", "member", 0 })==0);
    STR_HAS(zErr, "person_id: p-e serves a party of another dialogue");
    OK(add(p, ENT_WG_MEMBER, (const char *const[]){ "wg_id", "d/wg-b",
           "person_id", "p-none", "role", "member", 0 })==0);
    STR_HAS(zErr, "person_id: p-none serves no party");
    INT_EQ(store_item_count(p, ENT_WG_MEMBER, -1, 0), nM);
    /* nor may a seat be moved to such a person */
    INT_EQ(grant_set(p, ENT_WG_MEMBER, idM, "person_id", "p-e"),
           ACC_INVALID);
    STR_HAS(zErr, "person_id:");
    /* nor a seated person moved to another dialogue's party, to none, or
    ** to the party of the group's other co-lead */
    INT_EQ(grant_set(p, ENT_PERSON, idPer2, "party_id", "e/1"),
           ACC_INVALID);
    STR_HAS(zErr, "party_id: p2 sits in working group d/wg-a");
    INT_EQ(grant_set(p, ENT_PERSON, idPer2, "party_id", ""), ACC_INVALID);
    STR_HAS(zErr, "a member must serve a party");
    INT_EQ(grant_set(p, ENT_PERSON, idPer3, "party_id", "d/1"),
           ACC_INVALID);
    STR_HAS(zErr, "party_id: p3 is a co-lead of working group d/wg-a, "
            "which has a co-lead of this party already (p1)");
    INT_EQ(grant_set(p, ENT_PERSON, idPer2, "name", "P Two"), ACC_OK);
  }

  /* store-12.10: a party's people are its own: the other party's
  ** secretariat may not change or remove them */
  store_set_account(p, &sec1);
  INT_EQ(grant_set(p, ENT_PERSON, idPer3, "name", "Renamed"), ACC_DENIED);
  STR_HAS(zErr, "party_id: this person is party 2's own");
  INT_EQ(store_item_delete(p, ENT_PERSON, idPer3, zErr, sizeof(zErr)),
         ACC_DENIED);
  INT_EQ(grant_set(p, ENT_PERSON, idPer2, "name", "P Two, renamed"),
         ACC_OK);
  /* nor move its own person to the other party */
  INT_EQ(grant_set(p, ENT_PERSON, idPer2, "party_id", "d/2"), ACC_DENIED);
  store_set_account(p, 0);
  {
    Value *aV;
    store_set_viewer(p, CLASS_RESTRICTED);
    INT_EQ(store_item_get(p, ENT_PERSON, idPer3, &a, &aV), ACC_OK);
    STR_EQ(model_value(ENT_PERSON, aV, "name")->z, "P Three");
  }

  /* store-12.11: the classification an item is read under: its own, or
  ** its parents' (shown on its page), a source's own */
  {
    Value *aV;
    int eFrom;
    int64_t idFrom;
    INT_EQ(store_item_get(p, ENT_OBSERVATION, idObs, &a, &aV), ACC_OK);
    INT_EQ(store_item_class(p, ENT_OBSERVATION, aV, &eFrom, &idFrom),
           CLASS_INTERNAL);
    INT_EQ(eFrom, ENT_INDICATOR);
    OK(idFrom==idIndB);
    OK(grant_obs(p, &lead, idIndA, "2024")==ACC_OK);
    store_item_each(p, ENT_OBSERVATION, 0, idIndA, store_row_collect_id, &l);
    OK(l.n>0);
    INT_EQ(store_item_get(p, ENT_OBSERVATION, l.n ? l.a[l.n-1] : 0, &a,
                          &aV), ACC_OK);
    INT_EQ(store_item_class(p, ENT_OBSERVATION, aV, &eFrom, &idFrom),
           CLASS_RESTRICTED);
    OK(eFrom==ENT_INDICATOR && idFrom==idIndA);
    INT_EQ(store_item_get(p, ENT_PERSON, idPer1, &a, &aV), ACC_OK);
    INT_EQ(store_item_class(p, ENT_PERSON, aV, &eFrom, &idFrom),
           CLASS_INTERNAL);
    INT_EQ(eFrom, ENT_DIALOGUE);
    INT_EQ(store_item_get(p, ENT_SOURCE, idSrc, &a, &aV), ACC_OK);
    STR_EQ(model_value(ENT_SOURCE, aV, "classification")->z, "public");
    INT_EQ(store_item_class(p, ENT_SOURCE, aV, &eFrom, &idFrom),
           CLASS_PUBLIC);
    INT_EQ(eFrom, -1);
    INT_EQ(store_item_get(p, ENT_GOAL, idGoalB, &a, &aV), ACC_OK);
    INT_EQ(store_item_class(p, ENT_GOAL, aV, &eFrom, &idFrom),
           CLASS_INTERNAL);
    INT_EQ(eFrom, -1);
    /* a restricted source is hidden from internal readers */
    OK(grant_set(p, ENT_SOURCE, idSrc, "classification", "restricted")
       ==ACC_OK);
    OK(!grant_sees(p, &mem, CLASS_INTERNAL, ENT_SOURCE, idSrc));
    OK(grant_sees(p, &sec1, CLASS_RESTRICTED, ENT_SOURCE, idSrc));
    OK(grant_set(p, ENT_SOURCE, idSrc, "classification", "public")==ACC_OK);
  }

  /* store-12.12: history by scoped clearance: the lead, cleared for
  ** restricted in its group, reads its group's restricted goal's history;
  ** an entry of the time the other group's goal was restricted stays
  ** hidden from it and from that group's member */
  {
    Buf b = BUF_INIT;
    store_set_account(p, &lead);
    OK(strstr(hist_of(p, &b, CLASS_INTERNAL, ENT_GOAL, idGoalA),
              "Three a year")!=0);
    OK(strchr(buf_str(&b), '*')==0);
    store_set_account(p, 0);
    OK(grant_set(p, ENT_GOAL, idGoalB, "classification", "restricted")
       ==ACC_OK);
    OK(grant_set(p, ENT_GOAL, idGoalB, "title", "Quokka deal")==ACC_OK);
    OK(grant_set(p, ENT_GOAL, idGoalB, "classification", "internal")
       ==ACC_OK);
    store_set_account(p, &lead);
    OK(strstr(hist_of(p, &b, CLASS_INTERNAL, ENT_GOAL, idGoalB),
              "Quokka")==0);
    OK(strchr(buf_str(&b), '*')!=0);
    store_set_account(p, &mem);
    OK(strstr(hist_of(p, &b, CLASS_INTERNAL, ENT_GOAL, idGoalB),
              "Quokka")==0);
    STR_EQ(hist_of(p, &b, CLASS_INTERNAL, ENT_GOAL, idGoalA),
           "(not found)");
    store_set_account(p, 0);
    OK(strstr(hist_of(p, &b, CLASS_RESTRICTED, ENT_GOAL, idGoalB),
              "Quokka")!=0);
    buf_free(&b);
  }

  /* store-12.8: without an account (the command line's operator)
  ** nothing is checked; the log's chain holds */
  INT_EQ(grant_set(p, ENT_BENEFIT, idBen2, "text", "by the operator"),
         ACC_OK);
  INT_EQ(store_audit_verify(p, &(int64_t){0}, &(int64_t){0}, zErr,
                            sizeof(zErr)), ACC_OK);
  (void)cc1;
  free(l.a);
  arena_free(&a);
  store_close(p);
}
