-- 035_report_cut.sql: how an issued report was cut (the PostgreSQL twin
-- of schema/sqlite/035_report_cut.sql): its goals under their own
-- framework area ('area') or under the agreement's sectors ('sector').
-- Reports issued before were all cut by area.  A constant default adds
-- the column without rewriting a row, so the trigger report_issue_frozen
-- (020), which refuses any change of a row, does not fire.
ALTER TABLE report_issue ADD COLUMN cut TEXT NOT NULL DEFAULT 'area'
  CHECK(cut IN ('area', 'sector'));
