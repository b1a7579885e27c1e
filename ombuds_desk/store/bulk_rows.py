"""Inserting many rows of one table at once, by the driver's own ``executemany``.

``connection.execute(insert(table), rows)`` runs every value of every row through
SQLAlchemy's parameter machinery; for the 100,000 persons of a national register's list
(and their search keys, events and audit entries) that bookkeeping cost more than the
database's own work. :func:`insert_rows` compiles the statement once per table, dialect
and columns, converts each value by its column type's own bind processor (the very
conversion SQLAlchemy applies, so the stored values are the same) once per distinct value
of a column, and hands the driver plain tuples (or dictionaries, for a driver with named
parameters).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.engine import Dialect

Processor = Callable[[Any], Any]


@lru_cache(maxsize=64)
def _statement(
    table: Table, dialect: Dialect, names: tuple[str, ...]
) -> tuple[str, bool, tuple[str, ...], tuple[Processor | None, ...]]:
    """The INSERT's text, whether its parameters are positional, their order, and each
    one's bind processor."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    order = tuple(compiled.positiontup or ()) if compiled.positional else names
    processors = tuple(table.c[name].type._cached_bind_processor(dialect) for name in order)
    return str(compiled), compiled.positional, order, processors


def _converted(process: Processor, column: Sequence[Any]) -> list[Any]:
    """A column's values through ``process``, each distinct value once: a column repeats a
    few values (a status, a region, a date) over thousands of rows. The first of values
    that compare equal stands for them all, as a cache filled in row order would have it."""
    try:
        distinct = dict.fromkeys(column)
    except TypeError:  # a value not hashable
        return [process(value) for value in column]
    for value in distinct:
        distinct[value] = process(value)
    return list(map(distinct.__getitem__, column))


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (each with the same keys, column names of ``table``; a column left
    out must have no default) in one ``executemany`` in the connection's transaction."""
    if rows:
        connection.exec_driver_sql(*driver_rows(connection.dialect, table, rows))


def driver_rows(
    dialect: Dialect, table: Table, rows: Sequence[Mapping[str, Any]]
) -> tuple[str, list[Any]]:
    """The INSERT of :func:`insert_rows` and its rows as the driver takes them (plain values:
    they can be made in another process and sent through a pipe)."""
    text, positional, order, processors = _statement(table, dialect, tuple(rows[0]))
    # Every value through its column's processor, None too, as SQLAlchemy does: a column at
    # a time (the rows' values turned into columns and back by zip, not a loop per cell).
    pick = itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)
    picked = list(map(pick, rows))
    if any(processors):
        columns: list[Sequence[Any]] = list(zip(*picked, strict=True))
        for index, process in enumerate(processors):
            if process is not None:
                columns[index] = _converted(process, columns[index])
        picked = list(zip(*columns, strict=True))
    if positional:
        return text, picked
    return text, [dict(zip(order, cells, strict=True)) for cells in picked]
