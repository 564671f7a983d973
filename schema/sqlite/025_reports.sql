-- 025_reports.sql: the public report carries the benefits and the
-- narratives both parties approved.
--
-- Benefits (what the dialogue brings each party), the links of goals to
-- the benefits they serve, and the secretariat's narratives of an area
-- for a period become published kinds (aEntity[].bPublish in
-- src/core/model.c): each is public once every party of its dialogue
-- approved its current version, and the public reads these copies only
-- (src/store/publish.c).  Nothing is published by this migration.
CREATE TABLE pub_benefit AS SELECT * FROM benefit WHERE 0;
ALTER TABLE pub_benefit ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_benefit ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_benefit_id ON pub_benefit(id);
CREATE INDEX pub_benefit_dialogue ON pub_benefit(dialogue_id);

CREATE TABLE pub_goal_benefit AS SELECT * FROM goal_benefit WHERE 0;
ALTER TABLE pub_goal_benefit ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_goal_benefit ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_goal_benefit_id ON pub_goal_benefit(id);
CREATE INDEX pub_goal_benefit_goal ON pub_goal_benefit(goal_id);

CREATE TABLE pub_narrative AS SELECT * FROM narrative WHERE 0;
ALTER TABLE pub_narrative ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_narrative ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_narrative_id ON pub_narrative(id);
CREATE INDEX pub_narrative_area ON pub_narrative(area_id);
