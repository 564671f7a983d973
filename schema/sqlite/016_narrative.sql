-- 016_narrative.sql: the secretariat's narrative of a framework area for
-- a period.
--
-- A narrative is an item of kind "narrative" (src/core/model.c): written
-- in Markdown, in English and optionally in Serbian, for one framework
-- area and one reporting period (a quarter, or a year for the annual
-- report), at most one per area and period.  Reports of that period
-- carry it under the area's heading in every format (src/report/
-- report_narrative.c).  Like every item it is entered, changed and
-- removed through the audit log, so `accord verify` replays it; it is
-- not a published kind: the public reads it only in a report both
-- parties approved.
CREATE TABLE narrative(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
  area_id INTEGER NOT NULL REFERENCES area(id),
  period TEXT NOT NULL,
  text TEXT NOT NULL,
  text_sr TEXT,
  classification TEXT NOT NULL
    CHECK(classification IN ('public', 'internal', 'restricted')),
  UNIQUE(area_id, period)
);
CREATE INDEX narrative_dialogue ON narrative(dialogue_id);
