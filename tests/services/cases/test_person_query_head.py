"""The first page of a search read on its own (``person_ids_head``): always the head of the
whole list that ``person_ids`` reads, in the same order, whatever was typed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category
from ombuds_desk.services.cases.person_query import (
    PersonFilter,
    SortColumn,
    expected_matches,
    person_ids,
    person_ids_head,
)
from ombuds_desk.services.cases.persons import register_person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.built_once import fill_once

# Cyrillic and Latin names, with і ї є ґ ʼ and names whose prefixes many others share.
_NAMES = [
    ("Іваненко", "Іван", "Petrovych", "Ivanenko", "Ivan"),
    ("Іванова", "Олена", None, "Ivanova", "Olena"),
    ("Їжакевич", "Олексій", "Іванович", None, None),
    ("Пʼятницька", "Ганна", None, "Piatnytska", "Hanna"),
    ("Ґалаґан", "Олег", "Юрійович", "Halahan", "Oleh"),
    ("Євтушенко", "Юрій", None, "Yevtushenko", "Yurii"),
    ("Коваленко", "Ольга", "Петрівна", "Kovalenko", "Olha"),
    ("Ковальчук", "Oleksandr", None, "Kovalchuk", "Oleksandr"),
    ("Smith", "John", None, None, None),
    ("Харченко", "Дмитро", None, "Kharchenko", "Dmytro"),
    ("Олійник", "Оксана", None, "Oliinyk", "Oksana"),
    ("Шевченко", "Тарас", "Григорович", "Shevchenko", "Taras"),
]
# What people type: prefixes of these names in either script, any length, and two words.
_TYPED = sorted(
    {word[:length] for row in _NAMES for word in row if word for length in range(1, len(word) + 1)}
    | {"o", "O", "і", "ko", "Ков", "iv o", "о ів", "kh", "pyatn", "Пʼят", "zz"}
)


@pytest.fixture
def register_book(
    request: pytest.FixtureRequest, db: Database, caseworker: User, today: date
) -> Database:
    """120 cases: the names above over and over, statuses of different ages (registered
    through the services by the first test, put back for the others: ``tests/built_once.py``)."""
    fill_once(request, db, "register book", lambda: _register_book(db, caseworker, today))
    return db


def _register_book(db: Database, caseworker: User, today: date) -> None:
    with unit_of_work(db, caseworker) as session:
        for i in range(120):
            family, given, patronymic, family_latin, given_latin = _NAMES[i % len(_NAMES)]
            raw = {
                "category": "captive" if i % 3 else "evacuee",
                "family_name": family,
                "given_name": given,
                "patronymic": patronymic,
                "family_name_latin": family_latin,
                "given_name_latin": given_latin,
            }
            since = today - timedelta(days=i % 40)
            register_person(session, caseworker, raw, today=today, status_since=since)


def _both(
    db: Database,
    text: str,
    today: date,
    sort: SortColumn,
    descending: bool,
    limit: int,
    category: Category | None = None,
    gather_up_to: int = 10**6,
) -> tuple[list[int] | None, list[int]]:
    filt = PersonFilter(text=text, category=category)
    with db.reading() as session:
        head = person_ids_head(
            session,
            filt,
            today=today,
            threshold_days=30,
            sort=sort,
            descending=descending,
            limit=limit,
            head_from=0,  # walk whenever a walk is possible, however few match
            # Each person met checked against the narrowest word's persons gathered first
            # (10**6), or probed for a key of its own (0: as when a word matches thousands).
            gather_up_to=gather_up_to,
        )
        whole = person_ids(
            session, filt, today=today, threshold_days=30, sort=sort, descending=descending
        )
    return head, whole


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    text=st.sampled_from(_TYPED),
    sort=st.sampled_from([SortColumn.CASE_NUMBER, SortColumn.NAME]),
    descending=st.booleans(),
    limit=st.sampled_from([1, 7, 50]),
    category=st.sampled_from([None, Category.CAPTIVE, Category.EVACUEE]),
    gather_up_to=st.sampled_from([0, 10**6]),
)
def test_the_first_page_is_the_head_of_the_whole_list(
    register_book: Database,
    today: date,
    text: str,
    sort: SortColumn,
    descending: bool,
    limit: int,
    category: Category | None,
    gather_up_to: int,
) -> None:
    head, whole = _both(register_book, text, today, sort, descending, limit, category, gather_up_to)
    assert head is not None
    assert head == whole[:limit]


def test_typed_prefixes_find_pages_that_are_the_heads_of_their_lists(
    register_book: Database, today: date
) -> None:
    """Every prefix of every name above, not a sample: more than a few find many cases."""
    many = 0
    for text in _TYPED:
        for gather_up_to in (0, 10**6):
            head, whole = _both(
                register_book, text, today, SortColumn.CASE_NUMBER, False, 20, None, gather_up_to
            )
            assert head == whole[:20], (text, gather_up_to)
        many += len(whole) > 20
    assert many > 20


def test_few_expected_matches_read_the_whole_list_at_once(
    register_book: Database, today: date
) -> None:
    with register_book.reading() as session:
        assert expected_matches(session, "Харченко") == 10
        assert expected_matches(session, "") == 0
        for text, head_from in (("Харченко", 11), ("Харченко 12", 0)):
            head = person_ids_head(
                session,
                PersonFilter(text=text),
                today=today,
                threshold_days=30,
                head_from=head_from,
            )
            assert head is None, text


def test_the_whole_register_shows_the_head_of_its_index_first(
    register_book: Database, today: date
) -> None:
    """No filter at all (the list as it opens): the first page is read on its own, in each
    order an index keeps, and is the head of the whole list."""
    with register_book.reading() as session:
        for sort in (SortColumn.CASE_NUMBER, SortColumn.NAME):
            for descending in (False, True):
                whole = person_ids(
                    session,
                    PersonFilter(),
                    today=today,
                    threshold_days=30,
                    sort=sort,
                    descending=descending,
                )
                head = person_ids_head(
                    session,
                    PersonFilter(),
                    today=today,
                    threshold_days=30,
                    sort=sort,
                    descending=descending,
                    limit=50,
                )
                assert head == whole[:50], (sort, descending)
        # A filter without a search may match few: the walk could meet them late.
        for filt in (PersonFilter(category=Category.EVACUEE), PersonFilter(blocked_only=True)):
            assert person_ids_head(session, filt, today=today, threshold_days=30) is None


def test_a_sort_without_an_index_in_list_order_reads_the_whole_list(
    register_book: Database, today: date
) -> None:
    with register_book.reading() as session:
        for sort in (SortColumn.LATIN_NAME, SortColumn.ASSIGNED_TO, SortColumn.STATUS):
            head = person_ids_head(
                session,
                PersonFilter(text="o"),
                today=today,
                threshold_days=30,
                sort=sort,
                head_from=0,
            )
            assert head is None


def test_a_number_typed_finds_the_head_of_its_list_in_case_number_order(
    register_book: Database, caseworker: User, today: date
) -> None:
    """Case numbers in a run, and service numbers in any script (``НТ`` typed for ``HT``)."""
    with unit_of_work(register_book, caseworker) as session:
        for number in ("HT-100", "НТ-101", "ht-102", "EVA-1"):
            raw = {"category": "captive", "family_name": "Бондар", "given_name": "Їржі"}
            register_person(session, caseworker, {**raw, "service_number": number}, today=today)
    with register_book.reading() as session:
        numbers = sorted(
            str(n) for n in session.execute(sql("SELECT case_number FROM person")).scalars()
        )
    # Every prefix that a run of numbers shares; of the whole numbers (each finds its one
    # person, all alike), every seventh and the last.
    typed = {n[:length] for n in numbers for length in range(4, len(n))}
    typed |= {*numbers[::7], numbers[-1]}
    typed |= {"HT-1", "НТ-10", "ht", "EVA-1", "1", "evа-"}
    for number in sorted(typed):
        for descending in (False, True):
            for category in (None, Category.EVACUEE):
                filt = PersonFilter(text=number, category=category)
                with register_book.reading() as session:
                    # The whole list does not depend on the page's length: read once.
                    whole = person_ids(
                        session, filt, today=today, threshold_days=30, descending=descending
                    )
                    for limit in (1, 5, 30):
                        head = person_ids_head(
                            session,
                            filt,
                            today=today,
                            threshold_days=30,
                            descending=descending,
                            limit=limit,
                        )
                        if any(c.isdigit() for c in number):
                            assert head is not None, number
                        assert head is None or head == whole[:limit], (number, limit, category)


def test_several_names_find_the_persons_each_name_finds(
    register_book: Database, today: date
) -> None:
    """The whole list for several names typed (the other names probed inside the narrowest
    name's key subquery) is the persons every name finds on its own, in list order; a word
    with no letters to match finds nobody."""
    with register_book.reading() as session:

        def ids(text: str) -> list[int]:
            return person_ids(session, PersonFilter(text=text), today=today, threshold_days=30)

        everyone = ids("")
        for text in ("iv o", "о ів", "Ков ol", "kh d", "Олег ґал", "yurii yev", "o ko zz", "ʼ ko"):
            alone = [set(ids(word)) for word in text.split()]
            expected = [i for i in everyone if all(i in found for found in alone)]
            assert ids(text) == expected, text
        assert ids("iv o") and ids("Олег ґал") and not ids("ʼ ko")
