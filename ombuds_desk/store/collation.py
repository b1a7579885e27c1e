"""The office's collation in SQL: ``ORDER BY collated(column)`` sorts names alphabetically in
any script on either database, in the query itself.

Databases compare text by code point by default, which puts "Černý" after "Zima" and
Ukrainian і ї є ґ after я. On SQLite every connection gets a function,
``office_sort_key(text)`` (registered in :mod:`ombuds_desk.store.engine`), returning the
sort key of :mod:`ombuds_desk.domain.collation` (letters re-coded by their place in one
Latin-then-Cyrillic alphabet, accents set aside: Č and Ć are C's), followed by the text
itself in lower case so that "Cerny" and "Černý" keep a fixed order. SQLite evaluates it once a
row, not once a comparison, and the keys of names seen before are kept (names repeat).

PostgreSQL builds the same key in SQL: ``translate()`` re-codes each letter (either case,
accented Latin letters as their base letter) to one character whose code point is the
letter's place in the merged alphabet, drops the punctuation and marks the Python key drops,
and the key is compared byte by byte (``COLLATE "C"``), the lower-cased text after it. No
server collation does this: ICU's root collation sorts ґ as a г and ї as an і, its Ukrainian
one puts every Cyrillic name before every Latin one, and neither keeps ё apart from е.
Characters outside the Latin, Cyrillic and punctuation blocks stay in the PostgreSQL key
(Python drops them): only names in other scripts can sort differently.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from sqlalchemy import String, func, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from ombuds_desk.domain.collation import ALPHABET, base_letter, sort_key

SQLITE_FUNCTION = "office_sort_key"
# Below every character a sort key is made of, so a key that is a prefix of another sorts first.
_SEPARATOR = "\x01"
# PostgreSQL: the n-th letter of the merged alphabet becomes this code point plus n.
_FIRST_CODE = 0x100
# The blocks whose characters the PostgreSQL key re-codes (letters) or drops (the rest):
# Basic Latin to Latin Extended-B, spacing modifiers (ʼ), combining marks, Cyrillic,
# general punctuation (’ – —).
_BLOCKS = ((0x20, 0x250), (0x2B0, 0x370), (0x400, 0x530), (0x2000, 0x2070))


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


@lru_cache(maxsize=1)
def postgresql_translation() -> tuple[str, str]:
    """``translate(text, source, target)``'s two strings: each letter of ``source`` up to
    ``len(target)`` becomes its code in ``target``; the rest of ``source`` is dropped."""
    letters: list[str] = []
    codes: list[str] = []
    dropped: list[str] = []
    for first, end in _BLOCKS:
        for code in range(first, end):
            ch = chr(code)
            if unicodedata.category(ch) == "Cn":  # unassigned
                continue
            lower = ch.lower()
            base = base_letter(lower) if len(lower) == 1 else ""
            if base:
                letters.append(ch)
                codes.append(chr(_FIRST_CODE + ALPHABET.index(base)))
            else:
                dropped.append(ch)
    return "".join(letters + dropped), "".join(codes)


@compiles(collated, "postgresql")
def _collated_postgresql(element: collated, compiler: SQLCompiler, **kw: Any) -> str:
    (column,) = element.clauses.clauses
    source, target = postgresql_translation()
    trimmed = func.btrim(column)
    key = (
        func.translate(trimmed, literal(source), literal(target))
        .op("||")(literal(_SEPARATOR))
        .op("||")(func.lower(trimmed))
    )
    return f'({compiler.process(key, **kw)}) COLLATE "C"'
