-- 023_serbian.sql: the Serbian twins of the texts a person reads (the
-- PostgreSQL twin of schema/sqlite/023_serbian.sql).
--
-- Each titled kind gets a Serbian field beside each text a reader sees
-- (title_sr beside title, ...), entered in Latin or Cyrillic.  A column
-- added to a published kind is added to its pub_ table too.
ALTER TABLE dialogue ADD COLUMN title_sr TEXT;
ALTER TABLE pub_dialogue ADD COLUMN title_sr TEXT;
ALTER TABLE dialogue ADD COLUMN focus_sr TEXT;
ALTER TABLE pub_dialogue ADD COLUMN focus_sr TEXT;
ALTER TABLE dialogue ADD COLUMN long_term_goal_sr TEXT;
ALTER TABLE pub_dialogue ADD COLUMN long_term_goal_sr TEXT;
ALTER TABLE area ADD COLUMN description_sr TEXT;
ALTER TABLE pub_area ADD COLUMN description_sr TEXT;
ALTER TABLE working_group ADD COLUMN name_sr TEXT;
ALTER TABLE pub_working_group ADD COLUMN name_sr TEXT;
ALTER TABLE working_group ADD COLUMN mandate_sr TEXT;
ALTER TABLE pub_working_group ADD COLUMN mandate_sr TEXT;
ALTER TABLE benefit ADD COLUMN text_sr TEXT;
ALTER TABLE indicator ADD COLUMN name_sr TEXT;
ALTER TABLE pub_indicator ADD COLUMN name_sr TEXT;
ALTER TABLE indicator ADD COLUMN unit_sr TEXT;
ALTER TABLE pub_indicator ADD COLUMN unit_sr TEXT;
ALTER TABLE indicator ADD COLUMN description_sr TEXT;
ALTER TABLE pub_indicator ADD COLUMN description_sr TEXT;
ALTER TABLE goal ADD COLUMN title_sr TEXT;
ALTER TABLE pub_goal ADD COLUMN title_sr TEXT;
ALTER TABLE goal ADD COLUMN means_sr TEXT;
ALTER TABLE pub_goal ADD COLUMN means_sr TEXT;
ALTER TABLE goal ADD COLUMN note_sr TEXT;
ALTER TABLE pub_goal ADD COLUMN note_sr TEXT;
ALTER TABLE roadmap_step ADD COLUMN title_sr TEXT;
ALTER TABLE pub_roadmap_step ADD COLUMN title_sr TEXT;
ALTER TABLE roadmap_step ADD COLUMN planned_label_sr TEXT;
ALTER TABLE pub_roadmap_step ADD COLUMN planned_label_sr TEXT;
ALTER TABLE meeting ADD COLUMN title_sr TEXT;
ALTER TABLE pub_meeting ADD COLUMN title_sr TEXT;
ALTER TABLE meeting ADD COLUMN agenda_sr TEXT;
ALTER TABLE pub_meeting ADD COLUMN agenda_sr TEXT;
ALTER TABLE meeting ADD COLUMN minutes_sr TEXT;
ALTER TABLE pub_meeting ADD COLUMN minutes_sr TEXT;
ALTER TABLE decision ADD COLUMN text_sr TEXT;
ALTER TABLE pub_decision ADD COLUMN text_sr TEXT;
ALTER TABLE decision ADD COLUMN action_sr TEXT;
ALTER TABLE pub_decision ADD COLUMN action_sr TEXT;
ALTER TABLE document ADD COLUMN title_sr TEXT;
ALTER TABLE pub_document ADD COLUMN title_sr TEXT;
ALTER TABLE document ADD COLUMN body_sr TEXT;
ALTER TABLE pub_document ADD COLUMN body_sr TEXT;
ALTER TABLE risk ADD COLUMN description_sr TEXT;
ALTER TABLE pub_risk ADD COLUMN description_sr TEXT;
ALTER TABLE risk ADD COLUMN mitigation_sr TEXT;
ALTER TABLE pub_risk ADD COLUMN mitigation_sr TEXT;
ALTER TABLE release ADD COLUMN title_sr TEXT;
ALTER TABLE pub_release ADD COLUMN title_sr TEXT;
ALTER TABLE event ADD COLUMN title_sr TEXT;
ALTER TABLE pub_event ADD COLUMN title_sr TEXT;
