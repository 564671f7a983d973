-- 004_calendar_key.sql: calendar keys, API tokens that only read a feed.
--
-- A calendar client cannot log in or send an Authorization header, so a
-- person's calendar feed is a secret URL (/calendar.ics?key=KEY).  The
-- key is kept like an API token (only its BLAKE2b hash) in the same
-- table, with scope 'calendar': it opens that person's feed and nothing
-- else, so a URL pasted into a calendar service cannot call the API.
ALTER TABLE api_token ADD COLUMN scope TEXT NOT NULL DEFAULT 'api'
  CHECK(scope IN ('api', 'calendar'));
