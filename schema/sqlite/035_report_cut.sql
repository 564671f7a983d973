-- 035_report_cut.sql: how an issued report was cut (accord report issue
-- KIND --by area|sector, src/store/issued.c): its goals under their own
-- framework area (the proposal's areas, 'area') or under the areas of the
-- agreement's sectors their area falls under ('sector').
--
-- Part of what was asked for, so a correction rebuilds the report cut the
-- same way, and a report cut otherwise is another report.  Reports issued
-- before were all cut by area.  Adding a column fires no trigger: the
-- report_issue_frozen trigger (005) keeps refusing any change of a row.
ALTER TABLE report_issue ADD COLUMN cut TEXT NOT NULL DEFAULT 'area'
  CHECK(cut IN ('area', 'sector'));
