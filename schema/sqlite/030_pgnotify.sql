-- 030_pgnotify.sql: nothing on SQLite.  The PostgreSQL twin
-- (schema/pg/030_pgnotify.sql) makes a new audit entry notify the
-- servers that listen for changes; on SQLite every request reads the
-- data version (the latest audit entry) from the file, which sees
-- another process's commit at once.  The number is kept so that the
-- two schemas keep the same versions.
SELECT 1;
