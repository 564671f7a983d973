/*
** store_report.c: an issued report's cut (schema 035_report_cut.sql,
** src/store/issued.c): stored with the report and read back, checked, kept
** by a correction, and in the audit entry of each version.  Included by
** store_test.c (its helper fresh()).
*/

/* Count the entries of reports that hold zNeedle (store_audit_each). */
typedef struct CutCount { const char *zNeedle; int n; } CutCount;
static int cut_count_cb(void *pArg, const AuditEntry *pE){
  CutCount *c = pArg;
  if( strcmp(pE->zEntity, "report")==0 && strcmp(pE->zAction, "insert")==0
   && strstr(pE->zData, c->zNeedle) ){
    c->n++;
  }
  return 0;
}

/* store-rep: the cut of an issued report. */
static void test_report_cut(void){
  Store *p = fresh("trep.db");
  Arena a = ARENA_INIT;
  IssuedReport in, got, back;
  CutCount c;
  int64_t iV;
  memset(&in, 0, sizeof(in));
  in.zKind = "portfolio";
  in.zFrom = "2026-07-01";
  in.zTo = "2026-09-30";
  in.zLang = "en";
  in.zFormat = "csv";
  in.zViewer = "restricted";
  in.pBody = (const unsigned char*)"a,b\r\n";
  in.nBody = 5;
  in.zDataHash = "d";
  in.zGenerated = "2026-10-01T00:00:00Z";

  /* store-rep.1: a cut other than area or sector, or none, is refused
  ** naming the field and stores nothing */
  iV = store_data_version(p);
  in.zCut = "diagonal";
  INT_EQ(store_report_issue(p, 0, &in, &a, &got, zErr, sizeof(zErr)),
         ACC_INVALID);
  STR_HAS(zErr, "by:");
  in.zCut = 0;
  INT_EQ(store_report_issue(p, 0, &in, &a, &got, zErr, sizeof(zErr)),
         ACC_INVALID);
  INT_EQ(store_data_version(p), iV);

  /* store-rep.2: cut by sector, read back so */
  in.zCut = "sector";
  INT_EQ(store_report_issue(p, 0, &in, &a, &got, zErr, sizeof(zErr)),
         ACC_OK);
  STR_EQ(got.zCut, "sector");
  INT_EQ(store_report_get(p, got.iReport, 0, &a, &back), ACC_OK);
  STR_EQ(back.zCut, "sector");

  /* store-rep.3: a correction keeps the cut: another is refused */
  in.zReason = "late figures";
  in.zCut = "area";
  INT_EQ(store_report_issue(p, got.iReport, &in, &a, &back, zErr,
                            sizeof(zErr)), ACC_INVALID);
  STR_HAS(zErr, "keeps the report's cut");
  in.zCut = "sector";
  INT_EQ(store_report_issue(p, got.iReport, &in, &a, &back, zErr,
                            sizeof(zErr)), ACC_OK);
  INT_EQ(back.iVersion, 2);
  STR_EQ(back.zCut, "sector");

  /* store-rep.4: the same report cut by area is another report */
  in.zReason = 0;
  in.zCut = "area";
  INT_EQ(store_report_issue(p, 0, &in, &a, &back, zErr, sizeof(zErr)),
         ACC_OK);
  OK(back.iReport!=got.iReport);
  STR_EQ(back.zCut, "area");

  /* store-rep.5: each version's audit entry records its cut */
  c.zNeedle = "\"cut\":\"sector\"";
  c.n = 0;
  store_audit_each(p, 0, 0, 0, cut_count_cb, &c);
  INT_EQ(c.n, 2);
  c.zNeedle = "\"cut\":\"area\"";
  c.n = 0;
  store_audit_each(p, 0, 0, 0, cut_count_cb, &c);
  INT_EQ(c.n, 1);
  arena_free(&a);
  store_close(p);
}
