"""What a typed search matches: the SQL tests of the person list's search box.

Names through their stored search keys (``person_name_key``, prefixes of the keys that
``domain/name_keys.py`` makes, so any spelling matches), numbers through the case, service
and ICRC number columns. ``person_query.py`` puts these into the list's queries: the whole
list, and the walks that read its first page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, false, or_
from sqlalchemy.orm import aliased
from sqlmodel import col, select

from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.lookalikes import as_latin, script_forms
from ombuds_desk.domain.name_keys import query_keys as keys_of_text
from ombuds_desk.domain.people import Person, PersonNameKey

# A typed word with a digit in it is a number (names have no digits).
NUMBER_LIKE = re.compile(r"^[\w\-/]*\d[\w\-/]*$")
# The case numbers' category prefixes (CAP-, EVA-), typed before their first digit.
_CASE_PREFIXES = frozenset(f"{category.prefix}-" for category in Category)


def is_number(word: str) -> bool:
    """Whether a typed word is searched as a number only: it has a digit, or it is a case
    number's prefix with its dash ("EVA-", "cap-", "САР-" in look-alike Cyrillic), which as a
    name would find nothing (no name key ends in a dash)."""
    return bool(NUMBER_LIKE.match(word)) or as_latin(word.upper()) in _CASE_PREFIXES


@lru_cache(maxsize=4096)
def query_keys(word: str) -> tuple[str, ...]:
    """The keys a typed word matches (``name_keys.query_keys``), worked out once per word: a
    search asked for them some ten times (for the estimate, the narrowest word, each
    condition), at some 20 µs each, and the words typed before stay the same key by key."""
    return tuple(keys_of_text(word))


def prefix_bounds(prefix: str) -> tuple[str, str]:
    """The texts that start with ``prefix``: from it up to (not including) the next prefix."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as a range an index answers (LIKE would scan)."""
    lower, upper = prefix_bounds(prefix)
    return and_(column >= lower, column < upper)


@lru_cache(maxsize=256)
def slot_ranges(slot: int, count: int) -> ColumnElement[bool]:
    """``count`` key ranges of one typed word (its place ``slot``) with their bounds left as
    parameters (:func:`slot_values`): a statement made of these is built once for its shape
    and sent again with other bounds, instead of being put together at every key typed."""
    return key_ranges(col(PersonNameKey.key), slot, count)


def key_ranges(key: Any, slot: int, count: int) -> ColumnElement[bool]:
    """:func:`slot_ranges` on ``key``, the key column of any copy of the key table."""
    return or_(*(slot_range(key, slot, n) for n in range(count)))


def slot_range(key: Any, slot: int, n: int) -> ColumnElement[bool]:
    """The ``n``-th key range of the typed word in place ``slot``, on the ``key`` column."""
    return and_(key >= bindparam(f"k{slot}_{n}_lo"), key < bindparam(f"k{slot}_{n}_hi"))


def slot_values(slot: int, keys: Sequence[str]) -> dict[str, str]:
    """The bounds of ``keys`` for :func:`slot_ranges` (``slot``, ``len(keys)``)."""
    values: dict[str, str] = {}
    for n, key in enumerate(keys):
        values[f"k{slot}_{n}_lo"], values[f"k{slot}_{n}_hi"] = prefix_bounds(key)
    return values


def named(key_ranges: ColumnElement[bool]) -> ColumnElement[bool]:
    """The person is one of those with a key in ``key_ranges`` (read through the key index)."""
    return col(Person.id).in_(select(PersonNameKey.person_id).where(key_ranges))


def probed(key_ranges: ColumnElement[bool]) -> ColumnElement[bool]:
    """The person has a key of its own in ``key_ranges`` (an ``EXISTS`` probe of its keys)."""
    own = col(PersonNameKey.person_id) == col(Person.id)
    return select(PersonNameKey.person_id).where(own, key_ranges).exists()


def _key_range(key: str) -> ColumnElement[bool]:
    return _prefix_range(col(PersonNameKey.key), key)


def case_number_range(word: str) -> ColumnElement[bool]:
    # Case numbers are Latin; other numbers may be in either script (НТ-… / HT-…).
    return _prefix_range(col(Person.case_number), as_latin(word.upper()))


def other_number_ranges(word: str) -> list[ColumnElement[bool]]:
    return [
        _prefix_range(column, form)
        for column in (col(Person.service_number), col(Person.icrc_number))
        for typed in dict.fromkeys((word, word.upper(), word.lower()))
        for form in script_forms(typed)
    ]


def text_condition(text: str, *, walk: bool = False) -> ColumnElement[bool] | None:
    """Every word typed must match: a name key by prefix, or a case, service or ICRC number.

    Each test is an index range: name keys through ``person_name_key``'s key index (the
    persons found are then looked up by id, not every person probed), numbers through their
    columns' indexes; service and ICRC numbers match as typed, in capitals or in lower case,
    in either script's look-alike letters.
    A word with a digit, or a case number's prefix ("EVA-"), is a number only.
    With ``walk`` the same tests are put as a check of each person met while the list is read
    in its sort order (``person_query.person_ids_head``): a name key as an ``EXISTS`` probe
    of the person's own keys, a number on the person's columns.
    """
    words = text.split()
    if not words:
        return None
    # Several names typed ("yurii k"): the persons of the likely narrowest (longest key) are
    # read through the key index, the others checked on each of them (an ``EXISTS`` probe),
    # not every word's persons gathered (the "k" of 30,000) and intersected. The probes go
    # inside the narrowest word's subquery, on its key rows: only the persons who pass them
    # are looked up (a third less time for "yurii k" than looking up all 2,290 first).
    names = {w: max(map(len, query_keys(w)), default=0) for w in words if not is_number(w)}
    narrowest = max(names, key=lambda w: names[w]) if len(names) > 1 else None
    inner = None
    if not walk and narrowest is not None and query_keys(narrowest):
        inner = _names_probed(narrowest, list(names))
    conditions: list[ColumnElement[bool]] = []
    for word in words:
        options: list[ColumnElement[bool]] = []
        probe = walk or (narrowest is not None and word != narrowest)
        if inner is not None and word in names and query_keys(word):
            if word == narrowest:
                conditions.append(col(Person.id).in_(inner))
            continue  # an other name: probed inside the narrowest word's subquery
        if is_number(word):  # names hold no digits: a number is only a number
            ranges = [case_number_range(word), *other_number_ranges(word)]
            if walk:
                options.append(or_(*ranges))
            else:
                # A subquery, so the planner ORs the indexes instead of scanning in sort order.
                options.append(col(Person.id).in_(select(Person.id).where(or_(*ranges))))
        elif keys := query_keys(word):
            key_ranges = or_(*(_key_range(k) for k in keys))
            options.append(probed(key_ranges) if probe else named(key_ranges))
        conditions.append(or_(*options) if options else false())
    return and_(*conditions)


def _names_probed(narrowest: str, names: list[str]) -> Any:
    """The persons of the narrowest name's keys that also have a key of every other name (each
    an ``EXISTS`` probe of the same person's keys, correlated on the key row)."""
    found = select(PersonNameKey.person_id).where(
        or_(*(_key_range(k) for k in query_keys(narrowest)))
    )
    for word in names:
        if word == narrowest or not (keys := query_keys(word)):
            continue
        other = aliased(PersonNameKey)
        ranges = or_(*(_prefix_range(other.key, k) for k in keys))
        same = other.person_id == col(PersonNameKey.person_id)
        found = found.where(select(other.person_id).where(same, ranges).exists())
    return found


def word_keys(word: str) -> ColumnElement[bool] | None:
    """The key ranges one typed name matches (None: it has no letters to match)."""
    keys = query_keys(word)
    return or_(*(_key_range(k) for k in keys)) if keys else None
