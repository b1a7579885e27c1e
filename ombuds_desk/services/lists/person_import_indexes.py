"""The secondary indexes of the person table and of its status events set aside while an
import adds many cases to a register of few, and made again before the import commits.

Each new person goes into thirteen secondary indexes besides the table (the list's order,
the stalled and count indexes of the dashboard, the caseworker's, the birth year's…), and
its status events into three. Into a new database, those inserts were most of the person
table's cost: 100,000 persons took 5.2 s of CPU with them and 2.2 s without, and building
the person's indexes afterwards from the rows, sorted, 2.1 s (one ``sqlite3`` executemany,
a busy machine). Their 165,000 events took 1.9 s with their indexes, 1.4 s without and
built after; their 325,000 search keys 1.17 s with the key's index and 1.16 s without and
built after, so that one stays. On SQLite an index dropped inside a transaction comes back
with the rollback, so the import stays all or nothing: an import that fails or is
cancelled leaves the indexes as they were, and one that commits has made them again from
the very statements that defined them (read from ``sqlite_master``, as the migrations
wrote them). Other databases keep theirs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlmodel import Session

# Fewer new cases than this: their index inserts cost less than building the indexes.
FEW = 5000
# Set aside only while the register holds at most this share of what is added: building
# an index costs in proportion to all the rows, inserting into it to the new ones.
SHARE = 0.5
SORT_CACHE_KIB = 2048
# No import reads the new cases' events back by an index before it commits. Unique
# indexes have no sql (SQLite made them for the constraint) and stay.
TABLES = ("person", "status_event")
_INDEXES = (
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
    f"AND tbl_name IN {TABLES!r} AND sql IS NOT NULL ORDER BY tbl_name, name"
)


@contextmanager
def indexes_set_aside(session: Session, adding: int) -> Iterator[None]:
    """The secondary indexes of :data:`TABLES` (not their unique ones, which the import
    needs) dropped for the work inside when ``adding`` new cases is many against the
    register, made again after it; an error inside leaves them to the rollback. The caller
    passes 0 when the work inside reads the table by other columns than its id and case
    number (a registered case updated through the services): each read would scan it."""
    connection = session.connection()
    if connection.dialect.name != "sqlite" or adding < FEW:
        yield
        return
    have = connection.exec_driver_sql("SELECT count(*) FROM person").scalar_one()
    if have > adding * SHARE:
        yield
        return
    indexes = connection.exec_driver_sql(_INDEXES).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    # SQLite sorts an index's rows in as much memory as its page cache may hold (the
    # import's is 32 MB): with a smaller one for the sort, the import's peak stays where
    # it was (the plan of 100,000 rows is most of it).
    connection.exec_driver_sql(f"PRAGMA cache_size = -{SORT_CACHE_KIB}")
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)
