"""The person list: filter, search and sort in SQL, rows fetched by id.

A table view asks :func:`person_ids` once per filter or sort (ids only, in order) and then
:func:`person_rows` (``person_rows.py``) for the rows it shows, so 100,000 cases never become
100,000 objects.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, or_
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.people import Person, PersonNameKey
from ombuds_desk.domain.status_rules import StalledRule
from ombuds_desk.services.cases.name_match import (
    SCAN_UP_TO,
    Plan,
    counted_to,
    essential,
    names_plan,
    persons_matched,
    plan_shape,
    plan_values,
)
from ombuds_desk.services.cases.person_rows import (  # where they were first: re-exported
    CASE_LINE_COLUMNS as CASE_LINE_COLUMNS,
)
from ombuds_desk.services.cases.person_rows import PersonRow as PersonRow
from ombuds_desk.services.cases.person_rows import person_rows as person_rows
from ombuds_desk.services.cases.search_estimate import GATHER_UP_TO, estimate
from ombuds_desk.services.cases.search_estimate import expected_matches as expected_matches
from ombuds_desk.services.cases.search_text import (
    case_number_range,
    is_number,
    named,
    other_number_ranges,
    probed,
    query_keys,
    slot_ranges,
    slot_values,
    text_condition,
    word_keys,
)
from ombuds_desk.services.cases.stalled import stalled_condition
from ombuds_desk.store.collation import collated


class SortColumn(StrEnum):
    CASE_NUMBER = "case_number"
    NAME = "name"
    LATIN_NAME = "latin_name"
    CATEGORY = "category"
    STATUS = "status"
    DAYS_IN_STATUS = "days_in_status"
    ASSIGNED_TO = "assigned_to"


@dataclass(frozen=True)
class PersonFilter:
    text: str = ""
    category: Category | None = None
    status: CaseStatus | None = None
    blocked_only: bool = False
    stalled_only: bool = False
    assigned_to_id: int | None = None


def conditions(
    filt: PersonFilter, today: date, threshold_days: StalledRule | int, *, walk: bool = False
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if filt.category is not None:
        where.append(col(Person.category) == filt.category.value)
    if filt.status is not None:
        where.append(col(Person.status) == filt.status.value)
    if filt.blocked_only:
        where.append(col(Person.blocked).is_(True))
    if filt.stalled_only:
        where.append(stalled_condition(today, threshold_days))
    if filt.assigned_to_id is not None:
        where.append(col(Person.assigned_to_id) == filt.assigned_to_id)
    searched = text_condition(filt.text, walk=walk)
    if searched is not None:
        where.append(searched)
    return where


def _sort_keys(sort: SortColumn) -> list[Any]:
    # Names in the office's collation (store/collation.py): "Černý" among the C's, і ї є ґ
    # in their places; the Latin name by family name, then given name. Only the asked
    # order's keys are made (making every order's for each read was a tenth of a search).
    if sort is SortColumn.LATIN_NAME:
        return [
            collated(func.coalesce(col(Person.family_name_latin), "")),
            collated(func.coalesce(col(Person.given_name_latin), "")),
        ]
    if sort is SortColumn.ASSIGNED_TO:
        return [collated(func.coalesce(col(User.full_name), ""))]
    column = {
        SortColumn.CASE_NUMBER: Person.case_number,
        SortColumn.NAME: Person.sort_name,
        SortColumn.CATEGORY: Person.category,
        SortColumn.STATUS: Person.status,
        # More days in status means an earlier start.
        SortColumn.DAYS_IN_STATUS: Person.status_since,
    }[sort]
    return [col(column)]


def _order(sort: SortColumn, descending: bool) -> list[Any]:
    keys = _sort_keys(sort)
    ascending = not descending if sort is SortColumn.DAYS_IN_STATUS else descending
    ordered = [key.desc() if ascending else key.asc() for key in keys]
    tie = col(Person.id).desc() if descending else col(Person.id).asc()
    return [*ordered, tie]


def person_ids(
    session: Session,
    filt: PersonFilter,
    *,
    today: date,
    threshold_days: StalledRule | int,
    sort: SortColumn = SortColumn.CASE_NUMBER,
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Ids of the matching persons in display order."""
    filt = _essential(filt)
    if (keys := _one_name(filt)) is not None:
        statement = _one_name_ids(sort, descending, _Matched.NAMED, len(keys), limit)
        return fetch_ids(session, statement, slot_values(0, keys))
    if (planned := names_plan(session, filt.text.split())) is not None:
        return _names_ids(session, filt, today, threshold_days, sort, descending, limit, planned)
    query = _ids_select(sort)
    for condition in conditions(filt, today, threshold_days):
        query = query.where(condition)
    query = query.order_by(*_order(sort, descending))
    if limit:
        query = query.limit(limit)
    return fetch_ids(session, query)


def _essential(filt: PersonFilter) -> PersonFilter:
    """The filter with the names another typed name implies left out (``name_match``)."""
    words = filt.text.split()
    kept = essential(words)
    return filt if len(kept) == len(words) else replace(filt, text=" ".join(kept))


def _ids_select(sort: SortColumn) -> Any:
    query = select(Person.id)
    if sort is SortColumn.ASSIGNED_TO:
        query = query.join(User, col(User.id) == Person.assigned_to_id, isouter=True)
    return query


def _one_name(filt: PersonFilter) -> tuple[str, ...] | None:
    """The keys of the one name typed, when that is the whole filter (the commonest search,
    key by key: its statements are built once for their shape, :func:`_one_name_ids`)."""
    words = filt.text.split()
    if len(words) != 1 or is_number(words[0]) or replace(filt, text="") != PersonFilter():
        return None
    return query_keys(words[0]) or None


class _Matched(StrEnum):
    """How a statement of one name finds its persons (``search_text``): the key index's
    persons looked up (the whole list); gathered into a set that a walk in list order checks
    each person against (``+ 0``: so the planner walks the sort's index and looks into the
    set, instead of looking up each of the set's persons and sorting them all); a probe of
    each walked person's own keys."""

    NAMED = "named"
    GATHERED = "gathered"
    PROBED = "probed"


@lru_cache(maxsize=256)
def _one_name_ids(
    sort: SortColumn, descending: bool, matched: _Matched, keys: int, limit: int | None
) -> Any:
    """The ids of one typed name's persons in list order, its ``keys`` key ranges' bounds left
    as parameters (``slot_values(0, keys)``): the same statement as the general path builds,
    built once. Putting it together, and SQLAlchemy's look-up of a new statement's compiled
    form, cost as much as reading a few hundred persons, at every key typed."""
    ranges = slot_ranges(0, keys)
    condition: ColumnElement[bool]
    if matched is _Matched.GATHERED:
        gathered = select(PersonNameKey.person_id).where(ranges)
        condition = (col(Person.id) + literal_column("0")).in_(gathered)
    else:
        condition = named(ranges) if matched is _Matched.NAMED else probed(ranges)
    query = _ids_select(sort).where(condition).order_by(*_order(sort, descending))
    return query.limit(limit) if limit else query


# Sorts an index keeps in list order (key, then id): a walk along it can stop at a page.
_WALKABLE = (SortColumn.CASE_NUMBER, SortColumn.NAME)
# Below this many expected matches the whole list is quick to read (each match costs a look
# into its person row and a place in the sort, some 3 µs); above it a walk in sort order
# meets a page of matches sooner (measured at 100,000 persons: about 4 ms either way here).
HEAD_FROM = 1300


def person_ids_head(
    session: Session,
    filt: PersonFilter,
    *,
    today: date,
    threshold_days: StalledRule | int,
    sort: SortColumn = SortColumn.CASE_NUMBER,
    descending: bool = False,
    limit: int = 200,
    head_from: int = HEAD_FROM,
    gather_up_to: int = GATHER_UP_TO,
    scan_up_to: float = SCAN_UP_TO,
) -> list[int] | None:
    """The first ``limit`` ids of :func:`person_ids`, read quickly, or None when there is no
    quicker way than reading the whole list (few matches: that is quick itself). With no
    filter at all, the head of the sort's index.

    A short prefix matches tens of thousands of persons; reading them all and sorting them
    costs far more than the first page needs. When many are expected, the persons are read
    in list order along the sort's index, each checked against the search, until a page is
    found. The whole list, for its count and for scrolling, is then :func:`person_ids`
    (``PersonTableModel`` reads it right after, off the GUI thread). ``head_from``: the
    expected matches that make a walk worth it; ``gather_up_to``: the most persons of the
    narrowest word gathered for the walk to check against (more: a key probe per person).
    Several names, one of them with fewer key entries than that ("yurii kov"), or each of
    more than one letter and none very common ("ivan pet"): the persons they all match are
    found from the rarest name and only they are sorted, as for the whole list
    (``name_match.py``; ``scan_up_to`` there).
    """
    filt = _essential(filt)
    words = filt.text.split()
    if sort not in _WALKABLE:
        return None
    order = _order(sort, descending)
    if filt == PersonFilter():
        # The whole register in the order of an index: its first page is the head of the
        # index (about a millisecond, while every id in order takes some 40 ms at 100,000).
        return fetch_ids(session, select(Person.id).order_by(*order).limit(limit))
    if not words:
        return None  # a filter without a search: the walk may meet few matches
    if any(is_number(w) for w in words):
        if len(words) == 1 and sort is SortColumn.CASE_NUMBER:
            return _number_head(session, filt, today, threshold_days, descending, limit)
        return None  # a number among names: few match, the whole list is quick
    cap = max(head_from, gather_up_to)
    counted = counted_to(words, cap)
    expected, counts = estimate(session, words, counted)
    narrowest = min(counts, key=lambda word: counts[word])
    if (planned := names_plan(session, words, (counts, counted), cap, scan_up_to)) is not None:
        return _names_ids(session, filt, today, threshold_days, sort, descending, limit, planned)
    # Every word capped ("o k"): the estimate is only a lower bound, but the whole list would
    # read thousands of persons; the walk meets a page soon if the words are common at all.
    if counts[narrowest] < cap and expected < head_from:
        return None
    if (keys := _one_name(filt)) is not None:
        matched = _Matched.GATHERED if counts[narrowest] < gather_up_to else _Matched.PROBED
        statement = _one_name_ids(sort, descending, matched, len(keys), limit)
        return fetch_ids(session, statement, slot_values(0, keys))
    query = select(Person.id)
    if counts[narrowest] < gather_up_to and (ranges := word_keys(narrowest)) is not None:
        # The narrowest word's persons gathered once; the walk checks each person it passes
        # against them (``+ 0``: so the planner walks the sort's index and looks into the set,
        # instead of looking up each of the set's persons and sorting them all), and only
        # those in it against the other words.
        gathered = select(PersonNameKey.person_id).where(ranges)
        query = query.where((col(Person.id) + literal_column("0")).in_(gathered))
        filt = replace(filt, text=" ".join(w for w in words if w != narrowest))
    for condition in conditions(filt, today, threshold_days, walk=True):
        query = query.where(condition)
    return fetch_ids(session, query.order_by(*order).limit(limit))


def _names_ids(
    session: Session,
    filt: PersonFilter,
    today: date,
    threshold_days: StalledRule | int,
    sort: SortColumn,
    descending: bool,
    limit: int | None,
    planned: Plan,
) -> list[int]:
    """The ids in list order (the first ``limit``) when several names are typed and one is
    rare: the persons every name matches (at most the rarest name's few thousand) found
    first and only those sorted, instead of checking each of the rarest name's persons for
    the others' keys, or walking the list past the tens of thousands a common name ("k")
    matches."""
    shape = plan_shape(planned)
    others = conditions(replace(filt, text=""), today, threshold_days)
    if others:
        found = col(Person.id).in_(persons_matched(shape))
        statement = _ids_select(sort).where(found, *others).order_by(*_order(sort, descending))
        statement = statement.limit(limit) if limit else statement
    else:
        statement = _names_statement(sort, descending, shape, limit)
    return fetch_ids(session, statement, plan_values(planned))


@lru_cache(maxsize=256)
def _names_statement(sort: SortColumn, descending: bool, shape: Any, limit: int | None) -> Any:
    """:func:`_names_ids`'s statement for a search alone, built once for its shape."""
    found = col(Person.id).in_(persons_matched(shape))
    query = _ids_select(sort).where(found).order_by(*_order(sort, descending))
    return query.limit(limit) if limit else query


def _number_head(
    session: Session,
    filt: PersonFilter,
    today: date,
    threshold_days: StalledRule | int,
    descending: bool,
    limit: int,
) -> list[int]:
    """The first page when a number is typed, in case-number order: a number prefix matches
    a run of case numbers (``EVA-2`` ten thousand of them), read from the case-number index
    only as far as a page, and any service or ICRC numbers (elsewhere in the order): the
    first page of both together is the first page of the first pages of each."""
    word = filt.text.split()[0]
    others = conditions(replace(filt, text=""), today, threshold_days)
    order = _order(SortColumn.CASE_NUMBER, descending)
    found: list[int] = []
    # Other numbers as a subquery: the planner ORs their indexes instead of walking the
    # case numbers in order for the few there are.
    elsewhere = select(Person.id).where(or_(*other_number_ranges(word)))
    for matches in (case_number_range(word), col(Person.id).in_(elsewhere)):
        part = select(Person.id).where(matches, *others).order_by(*order).limit(limit)
        found += fetch_ids(session, part)
    if not found:
        return []
    merged = select(Person.id).where(col(Person.id).in_(found)).order_by(*order).limit(limit)
    return fetch_ids(session, merged)


def fetch_ids(session: Session, query: Any, values: dict[str, Any] | None = None) -> list[int]:
    """The first column of a query (with its parameters' ``values``) as ints, read straight
    from the driver's cursor.

    SQLAlchemy's row objects cost about 2 µs each, which is most of the time of listing
    100,000 ids; the values are plain integers, so nothing needs converting.
    """
    result = session.connection().execute(query, values or {})
    try:
        # The first values taken in C: a Python loop over 100,000 rows was a fifth of the
        # time of the person list's first page. Some queries carry their sort keys as more
        # columns (a DISTINCT ordered by them), so only the first is kept. (Both drivers
        # give ids as ints.)
        return list(map(itemgetter(0), result.cursor.fetchall()))
    finally:
        result.close()
