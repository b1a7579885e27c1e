"""Copying a whole register into another, empty database: from a SQLite file to the office's
PostgreSQL server when the office outgrows one machine, or back (``ombuds-desk copy``).

An admin's work. Everything is read in one snapshot of the source and written in one
transaction on the target, which must be empty (freshly made or migrated, no rows; or holding
only what its own making and first opening wrote, which the copy replaces: ``copy_target.py``)
and at the same schema. Before the transaction is committed every table of the target is read back
and its row count and content hash (``store/table_copy.py``) compared with the source's; a
difference rolls the whole copy back, so the target is left empty, never half-filled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.core.copy_target import clear_bookkeeping, register_rows
from ombuds_desk.services.core.messages import tr
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.store import migrate
from ombuds_desk.store.database import Database
from ombuds_desk.store.table_copy import TableCheck, copy_tables, register_checks

Progress = Callable[[str, int], None]


class CopyRefusedError(DomainError):
    """The copy cannot be made, or did not come out whole; nothing was written."""

    title = QT_TRANSLATE_NOOP("Errors", "Cannot copy the register")


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
        occupied = register_rows(writing)
        if occupied:
            listed = ", ".join(
                tr("{table} (%n rows)", "", count).format(table=name)
                for name, count in occupied[:5]
            )
            raise CopyRefusedError(
                translate(
                    "Copy",
                    "The database {name} is not empty: {listed}. Nothing was copied. "
                    "Copy into a new, empty database.",
                ).format(name=target.display_name, listed=listed)
            )
        clear_bookkeeping(writing)  # of a target opened before: its making, not a register
        copied = copy_tables(reading, writing, progress)
        written = {check.table: check for check in register_checks(writing)}
        for check in copied:
            if written[check.table] != check:
                got = written[check.table]
                raise CopyRefusedError(
                    translate(
                        "Copy",
                        "The copy of the table {table} did not read back the same ({rows} rows, "
                        "hash {hash}… in {source}; {got_rows} rows, hash {got_hash}… in the "
                        "copy). Nothing was copied; please report this.",
                    ).format(
                        table=check.table,
                        rows=f"{check.rows:,}",
                        hash=check.sha256[:16],
                        source=source.display_name,
                        got_rows=f"{got.rows:,}",
                        got_hash=got.sha256[:16],
                    )
                )
    return CopyReport(source.display_name, target.display_name, copied)


def _refuse_unless_fit(source: Database, target: Database) -> None:
    same_file = source.path is not None and source.path == target.path
    if same_file or (source.path is None and source.engine.url == target.engine.url):
        raise CopyRefusedError(
            translate(
                "Copy", "{name} is both the source and the target: copy into another database."
            ).format(name=source.display_name)
        )
    if target.read_only:
        nothing = translate("Copy", "Nothing was copied.")
        raise CopyRefusedError(f"{target.read_only_message} {nothing}")
    have, want = migrate.current_revision(target.engine), migrate.current_revision(source.engine)
    if have != want:
        raise CopyRefusedError(
            translate(
                "Copy",
                "The databases are at different schema versions ({want} in {source}, {have} in "
                "{target}): open both with this version of Ombuds Desk first. Nothing was copied.",
            ).format(want=want, source=source.display_name, have=have, target=target.display_name)
        )


def _snapshot(source: Database) -> Connection:
    """A connection that reads every table as of one moment, while others may write."""
    connection = source.engine.connect()
    if connection.dialect.name == "postgresql":
        connection = connection.execution_options(isolation_level="REPEATABLE READ")
    return connection
