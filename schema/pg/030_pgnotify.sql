-- 030_pgnotify.sql: a new audit entry that changes the data version
-- notifies the channel accord_data, so that several `accord serve`
-- processes on one database keep their caches coherent without asking
-- the database for the data version on every request
-- (src/store/pgwatch.c; docs/design.md "Two databases").
--
-- The entries that count are those of SQ_DATA_VERSION (src/store/store.c):
-- a session opened changes no page, one closed does.  The payload is
-- empty, so that the notifications of one transaction (an import, a
-- load) reach a listener as one, at the commit; a rolled-back
-- transaction notifies nobody.  The SQLite twin of this file is empty:
-- on SQLite each request reads the data version from the file.
CREATE FUNCTION accord_data_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('accord_data', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER audit_notify AFTER INSERT ON audit_log
  FOR EACH ROW WHEN (NEW.action<>'session' OR coalesce(NEW.item_id, 0)=0)
  EXECUTE FUNCTION accord_data_notify();
