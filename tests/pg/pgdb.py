# tests/pg/pgdb.py: the PostgreSQL database of the test cluster that a
# test's database path names under ACCORD_PG_TEST, as src/store/pg.c
# (pg_test_name()) names it: "accord_t_" and the FNV-1a hash of the
# absolute path.  Used by tests/pg/bin/sqlite3 and tests/pg/db.
import os, subprocess, time

def db_name(path):
    if not path.startswith("/"):
        path = os.path.realpath(".") + "/" + path
    h = 1469598103934665603
    for b in path.encode():
        h ^= b
        h = (h * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    return "accord_t_%016x" % h

def conninfo(dbname):
    return os.environ["ACCORD_PG_TEST"] + " dbname=" + dbname

def psql(dbname, *sql):
    """Run each SQL text in turn on dbname; the completed process."""
    cmd = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
           "-d", conninfo(dbname)]
    for s in sql:
        cmd += ["-c", s]
    return subprocess.run(cmd, capture_output=True, text=True)

def exists(name):
    r = psql("postgres", "SELECT 1 FROM pg_database WHERE datname='%s'"
             % name)
    return r.stdout.strip() == "1"

def copy(src, dst):
    """DST becomes a copy of SRC (CREATE DATABASE ... TEMPLATE): as `cp`.
    The template must have no other session: a program that has just
    ended may still hold one for a moment, so try for a while."""
    s, d = db_name(src), db_name(dst)
    r = psql("postgres", "DROP DATABASE IF EXISTS %s WITH (FORCE)" % d)
    for _ in range(100):
        r = psql("postgres", "CREATE DATABASE %s TEMPLATE %s" % (d, s))
        if r.returncode == 0 or "being accessed" not in r.stderr:
            break
        time.sleep(0.1)
    return r

def remove(path):
    """As `rm -f`: the database goes, with any session on it."""
    return psql("postgres", "DROP DATABASE IF EXISTS %s WITH (FORCE)"
                % db_name(path))
