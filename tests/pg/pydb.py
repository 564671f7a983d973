# tests/pg/pydb.py: a test's Python look into its database, on either
# backend.  On SQLite a database is a file, opened with Python's sqlite3;
# under ACCORD_PG_TEST (tests/pg/run) the path names a database of the
# throw-away cluster (tests/pg/pgdb.py), opened with psycopg2 (Debian's
# python3-psycopg2, tools/install-deps) in autocommit, so that every
# statement sees what the server has committed, as a read of the SQLite
# file does.  Used by tests/http/matrix.py, tests/http/serbian_walk.py and
# tests/cli/tamper.py:
#
#   connect(PATH, readonly)  the connection; its execute(SQL, ARGS) takes
#                            SQLite's '?' and '?N' on both backends and
#                            returns a cursor (fetchone, iteration,
#                            description); close()
#   tables(DB)               the names of the tables, sorted
#   columns(DB, TABLE)       the names of a table's columns, in order
#   Error                    the exception of a failed statement
import os, re, sqlite3, sys

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pgdb

PG = bool(os.environ.get("ACCORD_PG_TEST"))
Error = sqlite3.DatabaseError

if PG:
    try:
        import psycopg2
    except ImportError:
        # Debian's package, when python3 is another build of the same
        # version (pyenv) that does not look in Debian's dist-packages.
        sys.path.append("/usr/lib/python3/dist-packages")
        try:
            import psycopg2
        except ImportError:
            sys.exit("tests/pg/pydb.py: no psycopg2 for PostgreSQL "
                     "(install python3-psycopg2: tools/install-deps)")
    Error = psycopg2.Error
    # BYTEA as bytes, as sqlite3 gives a BLOB: psycopg2's memoryview has
    # an address in its repr(), which made matrix.py's digest of a table
    # with a BYTEA column (document_file, report_version) differ between
    # two reads of the same rows.
    _bytea = psycopg2.extensions.new_type(
        psycopg2.BINARY.values, "BYTEA_AS_BYTES",
        lambda v, cur: None if v is None
        else psycopg2.BINARY(v, cur).tobytes())


class PgDb:
    """A psycopg2 connection with sqlite3's execute() and '?'."""

    def __init__(self, path, readonly):
        self.conn = psycopg2.connect(pgdb.conninfo(pgdb.db_name(path)))
        self.conn.autocommit = True
        psycopg2.extensions.register_type(_bytea, self.conn)
        if readonly:
            self.conn.cursor().execute(
                "SET default_transaction_read_only=on")

    def execute(self, sql, args=()):
        """SQLite's '?' becomes psycopg2's %s, its '?N' %(pN)s."""
        cur = self.conn.cursor()
        sql = sql.replace("%", "%%")
        if re.search(r"\?[0-9]", sql):
            cur.execute(re.sub(r"\?([0-9]+)", r"%(p\1)s", sql),
                        {"p%d" % (i + 1): v for i, v in enumerate(args)})
        else:
            cur.execute(sql.replace("?", "%s"), tuple(args))
        return cur

    def close(self):
        self.conn.close()


def connect(path, readonly=False):
    if PG:
        return PgDb(path, readonly)
    if readonly:
        return sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    return sqlite3.connect(path)


def tables(db):
    if PG:
        sql = ("SELECT tablename FROM pg_tables"
               " WHERE schemaname=current_schema()")
    else:
        sql = "SELECT name FROM sqlite_master WHERE type='table'"
    return sorted(r[0] for r in db.execute(sql))


def columns(db, table):
    if PG:
        return [r[0] for r in db.execute(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema=current_schema() AND table_name=?"
            " ORDER BY ordinal_position", (table,))]
    return [r[1] for r in db.execute('PRAGMA table_info("%s")' % table)]
