-- 015_events.sql: events, the records a count goal counts.
--
-- An event is one thing that happened on one day ("Platinum Wolf 2026,
-- 2026-06-09"), attached to the indicator of a count goal ("joint
-- military exercises").  A period's count is the number of its events:
-- two exercises in one year are two rows, never two competing readings
-- of one value (docs/status.md, "Count per period").  An event has no
-- classification of its own: like an observation it is seen by whoever
-- may see its indicator.  The public sees the version every party of the
-- indicator's dialogue approved, from pub_event (010_publication.sql).
CREATE TABLE event(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  indicator_id INTEGER NOT NULL REFERENCES indicator(id),
  occurred_on TEXT NOT NULL CHECK(date(occurred_on)=occurred_on),
  title TEXT NOT NULL,
  source_id INTEGER REFERENCES source(id),
  entered_by TEXT NOT NULL,
  entered_at TEXT NOT NULL,
  note TEXT
);
CREATE INDEX event_indicator ON event(indicator_id, occurred_on);

CREATE TABLE pub_event AS SELECT * FROM event WHERE 0;
ALTER TABLE pub_event ADD COLUMN pub_version INTEGER;
ALTER TABLE pub_event ADD COLUMN pub_at TEXT;
CREATE UNIQUE INDEX pub_event_id ON pub_event(id);
CREATE INDEX pub_event_indicator ON pub_event(indicator_id, occurred_on);

-- A dialogue's staleness limit (docs/status.md, "Staleness and
-- completeness"): a growth or level goal whose latest usable figure is
-- this many closed periods old or older is not graded ("No data: no
-- figure since 2019").  NULL: the default, two periods.  The published
-- copy has the same column.
ALTER TABLE dialogue ADD COLUMN stale_periods INTEGER
  CHECK(stale_periods IS NULL OR stale_periods>=1);
ALTER TABLE pub_dialogue ADD COLUMN stale_periods INTEGER;
