"""Every table of one database copied into another, and a content hash per table to prove it.

The tables go in the order their foreign keys need (``SQLModel.metadata.sorted_tables``),
rows in chunks, record numbers kept. A table's content hash is the SHA-256 of its rows read
in primary-key order, each row one line of JSON with its values in a form both databases
give alike: date-times in UTC without a zone, dates and times in ISO form, enums by their
value, binary data by its own SHA-256. Text keys are ordered by their bytes (``COLLATE "C"``
on PostgreSQL, SQLite's own order), so both databases walk a table in the same order.

On PostgreSQL the sequences behind the record numbers are moved past the copied numbers, so
the next record gets a new number.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Integer, String, Table, func, select, text
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel

import ombuds_desk.domain.models  # noqa: F401  (every table, as the app loads them)

CHUNK_ROWS = 2_000
# Tables a new database already has a row in, made by the migrations (the audit trail's head
# at its start): an empty register may hold them; the copy replaces them.
MADE_WITH_THE_SCHEMA = frozenset({"audit_head"})

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class TableCheck:
    """A table's row count and content hash."""

    table: str
    rows: int
    sha256: str


def register_tables() -> list[Table]:
    """The app's tables, each after the tables it refers to."""
    return list(SQLModel.metadata.sorted_tables)


def rows_in(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def tables_with_rows(connection: Connection) -> list[tuple[str, int]]:
    """The app's tables that hold rows of a register, with how many (the rows a new
    database is made with do not count)."""
    tables = [t for t in register_tables() if t.name not in MADE_WITH_THE_SCHEMA]
    counted = ((table.name, rows_in(connection, table)) for table in tables)
    return [(name, count) for name, count in counted if count]


def _order(connection: Connection, table: Table) -> list[ColumnElement[Any]]:
    keys: list[ColumnElement[Any]] = []
    for column in table.primary_key.columns:
        if isinstance(column.type, String) and connection.dialect.name == "postgresql":
            keys.append(column.collate("C"))
        else:
            keys.append(column)
    return keys


def _plain(value: Any) -> Any:
    """A value as both databases give it back alike, for hashing."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, Decimal | float):
        return str(value)
    return value


def _rows(connection: Connection, table: Table) -> Iterator[Sequence[Any]]:
    """The table's rows in primary-key order, a chunk at a time (never the whole table)."""
    query = select(table).order_by(*_order(connection, table))
    result = connection.execution_options(stream_results=True, yield_per=CHUNK_ROWS).execute(query)
    for partition in result.partitions():
        yield from partition


class _Hasher:
    def __init__(self, table: Table) -> None:
        self.table = table.name
        self.digest = hashlib.sha256()
        self.rows = 0

    def add(self, row: Sequence[Any]) -> None:
        line = json.dumps([_plain(v) for v in row], ensure_ascii=False, separators=(",", ":"))
        self.digest.update(line.encode("utf-8") + b"\n")
        self.rows += 1

    def check(self) -> TableCheck:
        return TableCheck(self.table, self.rows, self.digest.hexdigest())


def table_check(connection: Connection, table: Table) -> TableCheck:
    """The table's row count and content hash, as read through ``connection``."""
    hasher = _Hasher(table)
    for row in _rows(connection, table):
        hasher.add(row)
    return hasher.check()


def register_checks(connection: Connection) -> list[TableCheck]:
    return [table_check(connection, table) for table in register_tables()]


def copy_tables(
    source: Connection, target: Connection, progress: Progress | None = None
) -> list[TableCheck]:
    """Copies every row of every table from ``source`` into ``target`` (inside the callers'
    transactions; nothing is committed here); returns the source's checks, made from the
    rows as they were read. ``target`` holds no rows but those it was made with."""
    checks: list[TableCheck] = []
    for table in register_tables():
        if table.name in MADE_WITH_THE_SCHEMA:
            target.execute(table.delete())
        hasher = _Hasher(table)
        names = [column.name for column in table.columns]
        chunk: list[dict[str, Any]] = []
        for row in _rows(source, table):
            hasher.add(row)
            chunk.append(dict(zip(names, row, strict=True)))
            if len(chunk) >= CHUNK_ROWS:
                target.execute(table.insert(), chunk)
                chunk = []
                if progress:
                    progress(table.name, hasher.rows)
        if chunk:
            target.execute(table.insert(), chunk)
        if progress:
            progress(table.name, hasher.rows)
        checks.append(hasher.check())
    if target.dialect.name == "postgresql":
        _move_sequences_on(target)
    return checks


def _move_sequences_on(connection: Connection) -> None:
    """Each table's id sequence to its highest copied id (or back to 1 for an empty table)."""
    for table in register_tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        quoted = connection.dialect.identifier_preparer.format_table(table)
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, :column), "
                f"coalesce((SELECT max({keys[0].name}) FROM {quoted}), 1), "
                f"(SELECT max({keys[0].name}) FROM {quoted}) IS NOT NULL) "
                "WHERE pg_get_serial_sequence(:table, :column) IS NOT NULL"
            ),
            {"table": quoted, "column": keys[0].name},
        )
