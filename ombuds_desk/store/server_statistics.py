"""Keep a PostgreSQL register's planner statistics up to date after a bulk change.

PostgreSQL plans from the table statistics ``ANALYZE`` takes. A register just built (the
demo, a large import, a copy from a file) has none, or the ones taken when its tables were
empty (the migrations' own ``ANALYZE``): the planner then takes a table of 150,000 mail
history rows for one of 50,000 and a case's few rows for hundreds, and reads whole tables
to open a case (60 ms instead of 1 at 5,000 persons). Autovacuum takes them in the end, but
only after a minute or more, and not at all where an office has turned it off. This is
the counterpart of ``database.keep_statistics`` (SQLite's): when a database is closed, the
tables whose size on disk has grown by a fifth since their statistics were taken (or that
never had any) are analysed; the check reads only the catalogue.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, text

log = logging.getLogger(__name__)

# Tables of fewer pages (8 kB each) are planned well enough from their size alone.
STATISTICS_FROM_PAGES = 16
STATISTICS_DRIFT = 0.2

# The register's tables in the current schema whose pages now number a fifth more than
# when their statistics were taken (reltuples < 0: never analysed), of those the signed-in
# role may analyse: its own (the owner's, as ``init``, ``copy`` and the demo sign in; staff
# sign in as a role that owns none, and the server's autovacuum keeps the tables).
_STALE_TABLES = text(
    """
    SELECT c.relname
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r'
      AND pg_has_role(c.relowner, 'USAGE')
      AND pg_relation_size(c.oid) / current_setting('block_size')::int >= :least
      AND (c.reltuples < 0
           OR pg_relation_size(c.oid) / current_setting('block_size')::int
              > c.relpages * (1 + :drift))
    ORDER BY c.relname
    """
)


def stale_tables(engine: Engine, least_pages: int = STATISTICS_FROM_PAGES) -> list[str]:
    """The tables :func:`keep_server_statistics` would analyse now."""
    with engine.connect() as connection:
        found = connection.execute(_STALE_TABLES, {"least": least_pages, "drift": STATISTICS_DRIFT})
        return [str(name) for (name,) in found]


def keep_server_statistics(engine: Engine, least_pages: int = STATISTICS_FROM_PAGES) -> list[str]:
    """Analyse the tables of a PostgreSQL register that need it (see the module's doc); the
    names of those analysed."""
    tables = stale_tables(engine, least_pages)
    if tables:
        with engine.begin() as connection:
            names = ", ".join(connection.dialect.identifier_preparer.quote(t) for t in tables)
            connection.execute(text(f"ANALYZE {names}"))
        log.info("analysed %s", ", ".join(tables))
    return tables
