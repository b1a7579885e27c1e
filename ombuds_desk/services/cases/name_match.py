"""Several names typed ("yurii kov"): the persons every name matches, found from the rarest.

``person_query.person_ids_head`` counts each typed name's key index entries (its estimate)
and, when one name is rare, reads the first page from the persons this statement finds
instead of walking the list. The rarest name's key entries give its persons; each other name
is then checked one of two ways, whichever reads less (measured at 100,000 persons):

- probed: each person found so far has its own keys looked into (an ``EXISTS`` seek, some
  1.5 µs a person), when the name matches many (the "k" of "yurii k": 36,000 entries);
- scanned: the name's own key entries are read, each checked against the persons found so
  far (some 0.25 µs an entry, after 0.2 µs a person to gather them), when it matches not many
  more than the persons found ("kov": 2,759 entries against 2,290 Yuriis, 1.2 ms in place of
  4 ms).

Either way a person is found when every name has a key of theirs (a prefix of it), as in
``search_text.text_condition``: the same persons, so the same list.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, literal_column, or_
from sqlalchemy.orm import aliased
from sqlmodel import select

from ombuds_desk.domain.people import PersonNameKey
from ombuds_desk.services.cases.search_text import query_keys, slot_values

# A name's entries are scanned when they are at most this many times the persons found so
# far (an entry scanned costs about a sixth of a person probed).
SCAN_UP_TO = 6


class Check(StrEnum):
    """How one name other than the rarest is checked (see the module's docstring)."""

    PROBED = "probed"
    SCANNED = "scanned"


def plan(
    words: Sequence[str],
    counts: Mapping[str, int],
    capped: Collection[str] = (),
    scan_up_to: float = SCAN_UP_TO,
) -> list[tuple[str, Check | None]]:
    """The typed names in the order the statement takes them: the rarest first (no check),
    the probed names, then the scanned ones from the rarer up (each scan checks against the
    persons that the ones before it left). ``counts``: each name's key entries; those of the
    ``capped`` names were counted only so far (they may match any number more: probed)."""
    distinct = sorted(dict.fromkeys(words), key=lambda word: counts[word])
    rarest, others = distinct[0], distinct[1:]

    def scanned_at(word: str) -> bool:
        return word not in capped and counts[word] <= scan_up_to * counts[rarest]

    probed = [w for w in others if not scanned_at(w)]
    scanned = [w for w in others if scanned_at(w)]
    return [
        (rarest, None),
        *((w, Check.PROBED) for w in probed),
        *((w, Check.SCANNED) for w in scanned),
    ]


def plan_values(planned: Sequence[tuple[str, Check | None]]) -> dict[str, str]:
    """The key bounds of the planned names, name ``i`` in slot ``i``."""
    values: dict[str, str] = {}
    for slot, (word, _check) in enumerate(planned):
        values |= slot_values(slot, query_keys(word))
    return values


def plan_shape(planned: Sequence[tuple[str, Check | None]]) -> tuple[tuple[int, Check | None], ...]:
    """What :func:`matched` is built from: each planned name's number of keys and check."""
    return tuple((len(query_keys(word)), check) for word, check in planned)


def _ranges(key: Any, slot: int, count: int) -> ColumnElement[bool]:
    """``search_text.slot_ranges`` on another copy of the key table (its bounds the same
    parameters, ``slot_values(slot, keys)``)."""
    return or_(
        *(
            and_(key >= bindparam(f"k{slot}_{n}_lo"), key < bindparam(f"k{slot}_{n}_hi"))
            for n in range(count)
        )
    )


@lru_cache(maxsize=256)
def matched(shape: tuple[tuple[int, Check | None], ...]) -> Any:
    """The ids of the persons every planned name matches (some more than once), for a plan of
    this ``shape`` (:func:`plan_shape`), its bounds left as parameters (:func:`plan_values`):
    built once per shape, as putting a statement together costs about a millisecond."""
    (rarest_keys, _none), *others = shape
    rarest = aliased(PersonNameKey)
    found = select(rarest.person_id).where(_ranges(rarest.key, 0, rarest_keys))
    for slot, (keys, check) in enumerate(others, start=1):
        other = aliased(PersonNameKey)
        ranges = _ranges(other.key, slot, keys)
        if check is Check.PROBED:
            own = other.person_id == rarest.person_id
            found = found.where(select(other.person_id).where(own, ranges).exists())
        else:
            # ``+ 0``: the persons found so far are gathered once and each entry is looked up
            # among them, not each of them looked up in the key table.
            kept = (other.person_id + literal_column("0")).in_(found)
            found = select(other.person_id).where(ranges, kept)
    return found
