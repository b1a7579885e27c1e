"""The first page of a search read on its own (``person_ids_head``): always the head of the
whole list that ``person_ids`` reads, in the same order, whatever was typed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql
from sqlmodel import col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.name_match import (
    Check,
    counted_to,
    essential,
    names_plan,
    plan,
)
from ombuds_desk.services.cases.person_query import (
    PersonFilter,
    SortColumn,
    conditions,
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


# Several names as typed: prefixes of one name with prefixes of another, in either script and
# both ("Юрій kov"), with each apostrophe, one letter, three names, a name twice, and names
# that match nobody ("zz").
_PAIRS = [
    ("Yurii", "Yevtushenko"),
    ("Юрій", "Євтушенко"),
    ("Ivan", "Іваненко"),
    ("Олег", "Ґалаґан"),
    ("Ганна", "Пʼятницька"),
    ("Oleksandr", "Kovalchuk"),
    ("Ольга", "Kovalenko"),
    ("Smith", "John"),
]
_SEVERAL = sorted(
    {f"{a[:i]} {b[:j]}" for a, b in _PAIRS for i in (1, 2, 4) for j in (1, 2, 3, 9)}
    | {f"{b[:j]} {a[:i]}" for a, b in _PAIRS for i in (1, 3) for j in (2, 5)}
    | {"Пʼят ган", "П'ят ган", "П’ят ган", "pyatn hanna", "Пят Ганна", "пʼ г"}
    | {"o ko i", "ko o ko", "iv о ol", "zz o", "o zz", "yu ko", "юр kov", "Ков ol ko", "o o"}
)


def _plain(
    session: Any, filt: PersonFilter, today: date, sort: SortColumn, desc: bool
) -> list[int]:
    """The list as the general query reads it: every word's test (``conditions``), in order of
    the sort's column, then id."""
    column = col(Person.case_number) if sort is SortColumn.CASE_NUMBER else col(Person.sort_name)
    order = [column.desc(), col(Person.id).desc()] if desc else [column, col(Person.id)]
    query = select(Person.id).where(*conditions(filt, today, 30)).order_by(*order)
    return list(session.exec(query))


@pytest.mark.parametrize("scan_up_to", [0, 10**6])
def test_several_names_find_the_list_the_general_query_finds(
    register_book: Database, today: date, scan_up_to: float
) -> None:
    """The persons of several names found from the rarest name (``name_match.py``), the
    others each probed (``scan_up_to`` 0) or each scanned (10**6): the first page and the
    whole list are those of the general query, in every order an index keeps."""
    many = 0
    with register_book.reading() as session:
        for n, text in enumerate(_SEVERAL):
            sort = (SortColumn.CASE_NUMBER, SortColumn.NAME)[n % 2]
            descending, category = n % 3 == 0, (None, Category.CAPTIVE)[n % 5 == 0]
            filt = PersonFilter(text=text, category=category)
            plain = _plain(session, filt, today, sort, descending)
            head = person_ids_head(
                session,
                filt,
                today=today,
                threshold_days=30,
                sort=sort,
                descending=descending,
                limit=7,
                head_from=0,
                gather_up_to=10**6,  # every name under the cap: the persons found first
                scan_up_to=scan_up_to,
            )
            assert head == plain[:7], (text, sort, descending, category)
            whole = person_ids(
                session, filt, today=today, threshold_days=30, sort=sort, descending=descending
            )
            assert whole == plain, (text, sort, descending, category)
            many += len(plain) > 7
    assert many > 20


def test_the_rarest_name_is_read_first_and_the_others_probed_or_scanned() -> None:
    counts = {"yurii": 2290, "k": 4000, "ko": 7154, "kov": 2759, "zz": 0}
    assert plan(["yurii", "k", "kov"], counts, capped={"k"}) == [
        ("yurii", None),
        ("k", Check.PROBED),  # counted only up to its cap: may match any number
        ("kov", Check.SCANNED),  # 2,759 entries read beat 2,290 persons probed
    ]
    assert plan(["kov", "yurii", "ko", "yurii"], counts) == [
        ("yurii", None),
        ("kov", Check.SCANNED),
        ("ko", Check.SCANNED),  # after "kov": checked against the fewer persons it left
    ]
    assert plan(["yurii", "ko"], counts, scan_up_to=3) == [("yurii", None), ("ko", Check.PROBED)]
    assert plan(["yurii", "zz"], counts)[0] == ("zz", None)


def test_a_name_counted_to_the_cap_is_counted_on_when_it_may_be_scanned(
    register_book: Database,
) -> None:
    """Smith: 10 key entries; "ko" 20 (Коваленко, Ковальчук), "o" more. Counted up to 12, "ko"
    is counted on as far as three times Smith's and then scanned; "o", one letter, is not
    counted on (its entries are many more wherever it is typed) and is probed."""
    with register_book.reading() as session:
        planned = names_plan(session, ["Smith", "ko", "o"], cap=12, scan_up_to=3)
        assert planned == [("Smith", None), ("o", Check.PROBED), ("ko", Check.SCANNED)]
        # Scanned only up to once Smith's (10), under the cap: not counted on, probed.
        planned = names_plan(session, ["Smith", "ko"], cap=12, scan_up_to=1, recount_up_to=12)
        assert planned == [("Smith", None), ("ko", Check.PROBED)]
        # Names of more than one letter are counted past the cap at once: scanned.
        assert counted_to(["Smith", "ko"], 12, recount_up_to=40) == 40
        assert counted_to(["Smith", "ko", "o"], 12, recount_up_to=40) == 12
        assert counted_to(["Smith"], 12, recount_up_to=40) == 12
        planned = names_plan(session, ["Smith", "ko"], cap=12, scan_up_to=3, recount_up_to=40)
        assert planned == [("Smith", None), ("ko", Check.SCANNED)]
        # Several names none of which is under the cap (nor counted on: "o" is one letter),
        # a number, one name, a name with no letters: not planned.
        assert names_plan(session, ["ko", "o"], cap=12) is None
        assert names_plan(session, ["Smith", "12"]) is None
        assert names_plan(session, ["Smith", "Smith"]) is None
        assert names_plan(session, ["Smith", "ʼ"]) is None


def test_names_all_counted_to_the_cap_are_counted_on_when_each_may_be_scanned(
    register_book: Database, today: date
) -> None:
    """Every name counted to the cap ("ivan pet" at 100,000 persons): names of more than one
    letter are counted on, and read from the rarest when each other one can be scanned."""
    with register_book.reading() as session:
        for text in ("Ков smith", "Ков ol", "iv o", "Ков ol Олег", "ol Ков smi"):
            filt = PersonFilter(text=text)
            head = person_ids_head(
                session, filt, today=today, threshold_days=30, head_from=0, gather_up_to=5
            )
            assert head == _plain(session, filt, today, SortColumn.CASE_NUMBER, False)[:200]
        planned = names_plan(session, ["Ков", "smith"], cap=5, recount_up_to=40)
        assert planned == [("smith", None), ("Ков", Check.SCANNED)]
        # Counted on, one is still past it: probed, so not planned (a walk).
        assert names_plan(session, ["Ков", "smith"], cap=5, recount_up_to=15) is None
        # Scanning would read too much more than the rarest: probed, not planned.
        assert (
            names_plan(session, ["Ков", "smith"], cap=5, recount_up_to=40, scan_up_to=1.5) is None
        )
        # A name of one letter is not counted on.
        assert names_plan(session, ["o", "smith"], cap=5, recount_up_to=10**6) is None


def test_names_another_name_implies_are_left_out() -> None:
    """Every person "yurii" finds has a key starting with "yu"'s: "yurii yu" is "yurii"."""
    assert essential(["yurii", "yu"]) == ["yurii"]
    assert essential(["yu", "Юрій", "yurii", "iurii"]) == ["Юрій"]  # the same keys: the first
    assert essential(["ivan", "iv", "Petro", "pet"]) == ["ivan", "Petro"]
    assert essential(["yurii", "k", "kov", "EVA-1"]) == ["yurii", "kov", "EVA-1"]
    # Numbers and names with no letters imply nothing and are kept; "k" also finds "h" keys.
    assert essential(["12", "1", "ʼ", "ʼ", "kh", "k"]) == ["12", "1", "ʼ", "ʼ", "kh"]
    assert essential(["yurii", "ko"]) == ["yurii", "ko"]
