"""How many persons a typed search may match, from its names' key index entries counted up to
a cap: what ``person_query`` and ``name_match`` choose their way of reading the list by."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import func, literal_column, union_all
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from ombuds_desk.domain.people import Person, PersonNameKey
from ombuds_desk.services.cases.search_text import query_keys, slot_range, slot_values

# A word's matches are counted up to this many. Fewer: they are gathered into a set first and
# the walk checks each person it passes against it (some 0.25 µs a person passed, after
# 0.5 µs a match to gather them). More: gathering would cost more than the walk needs (it
# meets a match in every 25 persons or fewer), so each person passed is probed for a key of
# its own instead (0.75 µs).
GATHER_UP_TO = 4000


@lru_cache(maxsize=256)
def _statement(shape: tuple[int, ...], cap: int) -> Any:
    """How many index entries each typed name matches, up to ``cap`` (a person has a few
    keys; no letters to match: none), for names of ``shape[i]`` keys each (their bounds as
    parameters, ``slot_values(i, keys)``); with several, the highest person id beside."""
    values: list[Any] = []
    for slot, keys in enumerate(shape):
        if not keys:
            values.append(literal_column("0"))
            continue
        # A range each, one after the other, up to the cap in all: ORed, the ranges were read
        # together and each entry kept aside so as not to count it twice (twice the time).
        key = col(PersonNameKey.key)
        ranges = [
            select(PersonNameKey.person_id).where(slot_range(key, slot, n)) for n in range(keys)
        ]
        matching = (union_all(*ranges) if keys > 1 else ranges[0]).limit(cap)
        counted = core_select(func.count()).select_from(matching.subquery())
        values.append(counted.scalar_subquery())
    if len(shape) > 1:
        values.append(core_select(func.max(col(Person.id))).scalar_subquery())
    return core_select(*values)


def estimate(
    session: Session, words: list[str], cap: int = GATHER_UP_TO
) -> tuple[int, dict[str, int]]:
    """The expected matches of the typed words as if they fell independently, and each
    word's count of key entries (a person's several keys each; an entry in two of a word's
    ranges twice), up to ``cap``: a capped word counts as that many, so the estimate is then
    a lower bound. One statement: a statement each cost more in making and sending than in
    counting."""
    distinct = list(dict.fromkeys(words))
    keys = [query_keys(word) for word in distinct]
    bounds: dict[str, str] = {}
    for slot, its_keys in enumerate(keys):
        bounds |= slot_values(slot, its_keys)
    statement = _statement(tuple(map(len, keys)), cap)
    found = session.connection().execute(statement, bounds).one()
    counts = {word: int(count) for word, count in zip(distinct, found, strict=False)}
    if len(distinct) == 1:
        return counts[distinct[0]], counts
    total = max(int(found[-1] or 0), 1)
    share = 1.0
    for word in words:
        share *= min(counts[word], total) / total
    return round(share * total), counts


def expected_matches(session: Session, text: str) -> int:
    """An estimate of the persons the typed text matches, from its words' index entries as if
    the words fell independently (a lower bound when a word matches very many)."""
    words = text.split()
    return estimate(session, words)[0] if words else 0
