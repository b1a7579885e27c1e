"""The office's collation in SQL: ``ORDER BY collated(column)`` sorts names alphabetically in
any script on either database, in the query itself.

Databases compare text by code point by default, which puts "Černý" after "Zima" and
Ukrainian і ї є ґ after я. On SQLite every connection gets a function,
``office_sort_key(text)`` (registered in :mod:`ombuds_desk.store.engine`), returning the
sort key of :mod:`ombuds_desk.domain.collation` (letters re-coded by their place in one
Latin-then-Cyrillic alphabet, accents set aside: Č and Ć are C's), followed by the text
itself in lower case so that "Cerny" and "Černý" keep a fixed order. SQLite evaluates it once a
row, not once a comparison, and the keys of names seen before are kept (names repeat). On
PostgreSQL the column is compared under the database's ICU root collation
(``COLLATE "und-x-icu"``), which orders both alphabets the same way.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from ombuds_desk.domain.collation import sort_key

SQLITE_FUNCTION = "office_sort_key"
POSTGRESQL_COLLATION = "und-x-icu"
# Below every character a sort key is made of, so a key that is a prefix of another sorts first.
_SEPARATOR = "\x01"


@lru_cache(maxsize=100_000)
def office_sort_key(text: str | None) -> str:
    """The key SQLite sorts ``text`` by under the office's collation."""
    if not text:
        return ""
    return sort_key(text) + _SEPARATOR + text.casefold()


def register_sqlite_collation(dbapi_connection: Any) -> None:
    """Make ``office_sort_key(text)`` callable in this SQLite connection's SQL."""
    dbapi_connection.create_function(SQLITE_FUNCTION, 1, office_sort_key, deterministic=True)


class collated(FunctionElement[str]):  # noqa: N801 - reads as SQL: ORDER BY collated(x)
    """``column`` as the office's collation orders it (for ``ORDER BY``)."""

    type = String()
    inherit_cache = True
    name = "collated"

    def __init__(self, column: ColumnElement[Any] | Any) -> None:
        super().__init__(column)


@compiles(collated)
def _collated_default(element: collated, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(collated, "sqlite")
def _collated_sqlite(element: collated, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{SQLITE_FUNCTION}({compiler.process(element.clauses, **kw)})"


@compiles(collated, "postgresql")
def _collated_postgresql(element: collated, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "{POSTGRESQL_COLLATION}"'
