"""Several names typed ("yurii kov"): the persons every name matches, found from the rarest.

``person_query`` counts each typed name's key index entries (``search_estimate``) and, when
one name is rare enough, reads the list (its first page, and the whole of it) from the
persons :func:`persons_matched` finds, sorting only those, instead of walking the list or
checking every person of the name with the longest key. The rarest name's key entries give
its persons; each other name is then checked one of two ways, whichever reads less
(measured at 100,000 persons):

- probed: each person found so far has its own keys looked into (an ``EXISTS`` seek, some
  1.7 µs a person), when the name matches many (the "k" of "yurii k": 36,000 entries);
- scanned: the name's own key entries are read, each checked against the persons found so
  far (some 0.3 µs an entry, after 0.2 µs a person to gather them), when it matches not many
  more than the persons found ("kov": 2,759 entries against 2,290 Yuriis, 1.2 ms in place of
  4 ms).

Either way a person is found when every name has a key of theirs (a prefix of it), as in
``search_text.text_condition``: the same persons, so the same list. A name that another
typed name implies is left out first (:func:`essential`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import literal_column
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from ombuds_desk.domain.people import PersonNameKey
from ombuds_desk.services.cases.search_estimate import GATHER_UP_TO, estimate
from ombuds_desk.services.cases.search_text import is_number, key_ranges, query_keys, slot_values

# A name's entries are scanned when they are at most this many times the persons found so
# far (an entry scanned costs about a sixth of a person probed).
SCAN_UP_TO = 6
# Several names of more than one letter are counted up to this many entries: if each is
# under it, and each other than the rarest can be scanned, reading them costs less than a
# walk that may pass most of the list before it meets a page, however common they all are
# ("ivan pet": 8,120 and 8,874 entries, 290 persons: 9 ms of CPU on a busy machine, where
# the walk took 40).
RECOUNT_UP_TO = 12_000


class Check(StrEnum):
    """How one name other than the rarest is checked (see the module's docstring)."""

    PROBED = "probed"
    SCANNED = "scanned"


# The names in the order the statement takes them, each with how it is checked.
Plan = list[tuple[str, Check | None]]


def implies(word: str, other: str) -> bool:
    """Whether every person the typed name ``word`` finds is found by ``other`` too: each of
    its keys starts with one of the other's ("yurii" and "yu": "iuri" starts with "iu")."""
    keys, others = query_keys(word), query_keys(other)
    return bool(keys and others) and all(k.startswith(others) for k in keys)


def essential(words: list[str]) -> list[str]:
    """The typed words less the names another typed name implies (of names that imply each
    other, "Юрій yurii", the first kept): "ivan iv" finds what "ivan" finds, and is read as
    that, one name's quick ways. Read as two, the persons of "ivan" (8,120) would all be
    looked up and sorted, where a walk in list order meets a page of them at once."""

    def implied(i: int, word: str) -> bool:
        return not is_number(word) and any(
            j != i
            and not is_number(other)
            and implies(other, word)
            and (j < i or not implies(word, other))
            for j, other in enumerate(words)
        )

    return [word for i, word in enumerate(words) if not implied(i, word)]


def plan(
    words: Sequence[str],
    counts: Mapping[str, int],
    capped: Collection[str] = (),
    scan_up_to: float = SCAN_UP_TO,
) -> Plan:
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


def counted_to(words: list[str], cap: int, recount_up_to: int = RECOUNT_UP_TO) -> int:
    """How far the typed words' key entries are counted: to ``cap``, or, for several names of
    more than one letter, on to ``recount_up_to`` (all common, "ivan pet", they may still be
    read from the rarest: counted so far at once, not counted again)."""
    several = len(set(words)) > 1 and not any(map(is_number, words))
    return max(cap, recount_up_to) if several and all(map(_longer, words)) else cap


def _longer(word: str) -> bool:
    """The typed name has letters to match, and no key of one letter (whose entries are many
    more wherever it is typed, a twentieth of them all: counting them costs more than probing)."""
    keys = query_keys(word)
    return bool(keys) and min(map(len, keys)) > 1


def names_plan(
    session: Session,
    words: list[str],
    counted: tuple[dict[str, int], int] | None = None,
    cap: int = GATHER_UP_TO,
    scan_up_to: float = SCAN_UP_TO,
    recount_up_to: int = RECOUNT_UP_TO,
) -> Plan | None:
    """How the persons of several typed names are found (:func:`plan`), or None: not several
    names each with letters to match, or none of them rarer than ``cap`` key entries nor, if
    each name was counted on (:func:`counted_to`), than that with every other name scanned.
    ``counted``: each name's entries and how far they were counted (the estimate's; counted
    here if not given).

    A name counted to the end may still be scanned if it has no more entries than
    ``scan_up_to`` times the rarest name's: it is counted on that far ("ko", 7,154 entries
    against 2,290 Yuriis: 0.3 ms more counting, 3 ms less checking); not a name of one
    letter."""
    if len(set(words)) < 2 or any(map(is_number, words)) or not all(map(query_keys, words)):
        return None
    if counted is None:
        to = counted_to(words, cap, recount_up_to)
        counted = estimate(session, words, to)[1], to
    counts, to = counted
    capped = {word for word in counts if counts[word] >= to}
    rarest = min(counts.values())
    if rarest >= cap:
        if rarest >= to:
            return None  # a walk in list order meets a page soon ("o k")
        planned = plan(words, counts, capped, scan_up_to)
        return None if any(check is Check.PROBED for _word, check in planned) else planned
    further = int(scan_up_to * rarest)
    for word in sorted(capped) if further > to else ():
        if _longer(word):
            counts[word] = estimate(session, [word], further + 1)[0]
            if counts[word] <= further:
                capped.discard(word)
    return plan(words, counts, capped, scan_up_to)


def plan_values(planned: Plan) -> dict[str, str]:
    """The key bounds of the planned names, name ``i`` in slot ``i``."""
    values: dict[str, str] = {}
    for slot, (word, _check) in enumerate(planned):
        values |= slot_values(slot, query_keys(word))
    return values


def plan_shape(planned: Plan) -> tuple[tuple[int, Check | None], ...]:
    """What :func:`persons_matched` is built from: each planned name's number of keys, and
    how it is checked."""
    return tuple((len(query_keys(word)), check) for word, check in planned)


@lru_cache(maxsize=256)
def persons_matched(shape: tuple[tuple[int, Check | None], ...]) -> Any:
    """The ids of the persons every planned name matches (some more than once), for a plan of
    this ``shape`` (:func:`plan_shape`), its bounds left as parameters (:func:`plan_values`):
    built once per shape, as putting a statement together costs about a millisecond."""
    (rarest_keys, _none), *others = shape
    # The probed names come first (``plan``): their probes look into the rarest name's rows.
    rarest = aliased(PersonNameKey)
    found = select(rarest.person_id).where(key_ranges(rarest.key, 0, rarest_keys))
    for slot, (keys, check) in enumerate(others, start=1):
        other = aliased(PersonNameKey)
        ranges = key_ranges(other.key, slot, keys)
        if check is Check.PROBED:
            own = other.person_id == rarest.person_id
            found = found.where(select(other.person_id).where(own, ranges).exists())
        else:
            # ``+ 0``: the persons found so far are gathered once and each entry is looked up
            # among them, not each of them looked up in the key table.
            kept = (other.person_id + literal_column("0")).in_(found)
            found = select(other.person_id).where(ranges, kept)
    return found
