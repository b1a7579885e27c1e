"""Copying a whole register into another, empty database: from a SQLite file to the office's
PostgreSQL server when the office outgrows one machine, or back (``ombuds-desk copy``).

An admin's work. Everything is read in one snapshot of the source and written in one
transaction on the target, which must be empty (freshly made or migrated, no rows) and at
the same schema. Before the transaction is committed every table of the target is read back
and its row count and content hash (``store/table_copy.py``) compared with the source's; a
difference rolls the whole copy back, so the target is left empty, never half-filled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.store import migrate
from ombuds_desk.store.database import Database
from ombuds_desk.store.table_copy import (
    TableCheck,
    copy_tables,
    register_checks,
    tables_with_rows,
)

Progress = Callable[[str, int], None]


class CopyRefusedError(DomainError):
    """The copy cannot be made, or did not come out whole; nothing was written."""

    title = "Cannot copy the register"


@dataclass(frozen=True)
class CopyReport:
    """What was copied: each table's rows and content hash, equal on both databases."""

    source: str
    target: str
    tables: list[TableCheck]

    @property
    def rows(self) -> int:
        return sum(check.rows for check in self.tables)


def copy_register(
    source: Database, target: Database, actor: User, *, progress: Progress | None = None
) -> CopyReport:
    """Copy every row of ``source`` into the empty ``target``, checked table by table.

    Raises ``CopyRefusedError`` (the same database twice, a read-only or non-empty target,
    different schemas, or a copy that did not read back the same) with nothing written.
    """
    require(actor, Action.COPY_REGISTER)
    _refuse_unless_fit(source, target)
    with (
        _snapshot(source) as reading,
        target.write_engine.connect() as writing,
        reading.begin(),
        writing.begin(),
    ):
        occupied = tables_with_rows(writing)
        if occupied:
            listed = ", ".join(f"{name} ({count:,} rows)" for name, count in occupied[:5])
            raise CopyRefusedError(
                f"The database {target.display_name} is not empty: {listed}. Nothing was "
                "copied. Copy into a new, empty database."
            )
        copied = copy_tables(reading, writing, progress)
        written = {check.table: check for check in register_checks(writing)}
        for check in copied:
            if written[check.table] != check:
                got = written[check.table]
                raise CopyRefusedError(
                    f"The copy of the table {check.table} did not read back the same "
                    f"({check.rows:,} rows, hash {check.sha256[:16]}… in "
                    f"{source.display_name}; {got.rows:,} rows, hash {got.sha256[:16]}… "
                    f"in the copy). Nothing was copied; please report this."
                )
    return CopyReport(source.display_name, target.display_name, copied)


def _refuse_unless_fit(source: Database, target: Database) -> None:
    same_file = source.path is not None and source.path == target.path
    if same_file or (source.path is None and source.engine.url == target.engine.url):
        raise CopyRefusedError(
            f"{source.display_name} is both the source and the target: copy into another database."
        )
    if target.read_only:
        raise CopyRefusedError(f"{target.read_only_message} Nothing was copied.")
    have, want = migrate.current_revision(target.engine), migrate.current_revision(source.engine)
    if have != want:
        raise CopyRefusedError(
            f"The databases are at different schema versions ({want} in "
            f"{source.display_name}, {have} in {target.display_name}): open both with this "
            "version of Ombuds Desk first. Nothing was copied."
        )


def _snapshot(source: Database) -> Connection:
    """A connection that reads every table as of one moment, while others may write."""
    connection = source.engine.connect()
    if connection.dialect.name == "postgresql":
        connection = connection.execution_options(isolation_level="REPEATABLE READ")
    return connection
