"""The person list: filters, any-spelling search, sorting in Cyrillic order."""

from datetime import date, timedelta
from typing import Any

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.people import Person, full_name
from ombuds_desk.services.cases import case_status, persons
from ombuds_desk.services.cases.person_query import (
    PersonFilter,
    SortColumn,
    person_ids,
    person_ids_head,
    person_rows,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register


def _ids(
    db: Database,
    today: date,
    sort: SortColumn = SortColumn.CASE_NUMBER,
    descending: bool = False,
    **filt: Any,
) -> list[int]:
    with db.reading() as session:
        return person_ids(
            session,
            PersonFilter(**filt),
            today=today,
            threshold_days=30,
            sort=sort,
            descending=descending,
        )


def _people(db: Database, admin: User, caseworker: User, today: date) -> dict[str, int]:
    """Five cases by nickname, as ids."""
    people = {
        "yakiv": register(db, admin, today, family_name="Яковенко", given_name="Яків"),
        "ivan": register(
            db, admin, today, family_name="Іваненко", given_name="Юрій", service_number="ZS-4411"
        ),
        "galagan": register(
            db,
            caseworker,
            today,
            family_name="Ґалаґан",
            given_name="Олег",
            category="evacuee",
            status_since=today - timedelta(days=31),
        ),
        "smith": register(
            db,
            caseworker,
            today,
            family_name="Smith",
            given_name="John",
            category="evacuee",
            status_since=today - timedelta(days=30),
        ),
        "pyat": register(
            db,
            admin,
            today,
            family_name="Пʼятницька",
            given_name="Євгенія",
            icrc_number="ICRC-77-123",
        ),
    }
    with unit_of_work(db, admin) as session:
        case_status.block_case(
            session, admin, id_of(people["yakiv"]), "No contact with family", today=today
        )
    return {name: id_of(person) for name, person in people.items()}


def test_filters(db: Database, admin: User, caseworker: User, today: date) -> None:
    p = _people(db, admin, caseworker, today)
    assert set(_ids(db, today, category=Category.EVACUEE)) == {p["galagan"], p["smith"]}
    assert _ids(db, today, blocked_only=True) == [p["yakiv"]]
    assert set(_ids(db, today, stalled_only=True)) == {p["yakiv"], p["galagan"]}
    assert set(_ids(db, today, assigned_to_id=caseworker.id)) == {p["galagan"], p["smith"]}
    assert len(_ids(db, today, status=CaseStatus.REGISTERED)) == 5


def test_search_any_spelling_and_numbers(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    p = _people(db, admin, caseworker, today)
    assert _ids(db, today, text="ivanenko") == [p["ivan"]]
    assert _ids(db, today, text="Іван") == [p["ivan"]]
    assert _ids(db, today, text="yurii ivan") == [p["ivan"]]
    assert _ids(db, today, text="pyatnytska yevheniia") == [p["pyat"]]
    assert _ids(db, today, text="Пятницька") == [p["pyat"]]
    assert _ids(db, today, text="halahan") == [p["galagan"]]
    assert _ids(db, today, text="EVA-2026-0000") == [p["galagan"], p["smith"]]
    assert _ids(db, today, text="zs-44") == [p["ivan"]]
    assert _ids(db, today, text="ICRC-77") == [p["pyat"]]
    assert _ids(db, today, text="100%_") == []
    assert _ids(db, today, text="nobody") == []


def test_sorting_by_name_follows_the_alphabet(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    p = _people(db, admin, caseworker, today)
    by_name = _ids(db, today, sort=SortColumn.NAME)
    assert by_name == [p["smith"], p["galagan"], p["ivan"], p["pyat"], p["yakiv"]]
    assert _ids(db, today, sort=SortColumn.NAME, descending=True) == list(reversed(by_name))
    longest_first = _ids(db, today, sort=SortColumn.DAYS_IN_STATUS, descending=True)
    assert longest_first[:2] == [p["galagan"], p["smith"]]


def test_rows_show_days_assigned_and_stalled(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    p = _people(db, admin, caseworker, today)
    with db.reading() as session:
        rows = person_rows(session, [p["galagan"], p["smith"]], today=today, threshold_days=30)
    galagan, smith = rows[p["galagan"]], rows[p["smith"]]
    assert (galagan.days_in_status, galagan.stalled, galagan.assigned_to) == (
        31,
        True,
        "Олег Бондар",
    )
    assert (smith.days_in_status, smith.stalled, smith.latin_name) == (30, False, "Smith John")
    assert galagan.name == "Ґалаґан Олег" and galagan.latin_name == "Galagan Oleg"


def test_status_change_moves_a_case_between_filters(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    p = _people(db, admin, caseworker, today)
    with unit_of_work(db, caseworker) as session:
        case_status.change_status(
            session,
            caseworker,
            p["galagan"],
            CaseStatus.RETURN_REQUESTED,
            effective_on=today,
            today=today,
        )
    assert p["galagan"] not in _ids(db, today, stalled_only=True)
    assert _ids(db, today, status=CaseStatus.RETURN_REQUESTED) == [p["galagan"]]
    with db.reading() as session:
        assert persons.get_person(session, p["galagan"]).version == 2


def test_numbers_match_across_look_alike_scripts(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    cyrillic = register(db, admin, today, family_name="Орлов", service_number="НТ-215648")
    latin = register(db, admin, today, family_name="Бойко", service_number="AB-100200")
    assert _ids(db, today, text="HT-2156") == [cyrillic.id]  # Latin H and T typed
    assert _ids(db, today, text="нт-215648") == [cyrillic.id]
    assert _ids(db, today, text="АВ-1002") == [latin.id]  # Cyrillic А and В typed
    assert _ids(db, today, text="САР-2026-00001") == [cyrillic.id]  # case number, Cyrillic САР


def test_a_case_number_prefix_without_a_digit_finds_its_cases(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    """ "EVA-" typed before the first digit finds the evacuees' cases (as a name it found
    nothing), in any letter case and in look-alike Cyrillic ("САР-"), with a name beside it
    too; the first page read on its own is the head of the same list."""
    p = _people(db, admin, caseworker, today)
    evacuees = _ids(db, today, category=Category.EVACUEE)
    captives = _ids(db, today, category=Category.CAPTIVE)
    assert evacuees == [p["galagan"], p["smith"]] and len(captives) == 3
    assert _ids(db, today, text="EVA-") == evacuees
    assert _ids(db, today, text="eva-") == evacuees
    assert _ids(db, today, text="САР-") == captives  # Cyrillic С, А, Р typed
    assert _ids(db, today, text="cap- ivan") == [p["ivan"]]
    assert _ids(db, today, text="EVA- ivan") == []
    assert _ids(db, today, text="EVA-", descending=True) == list(reversed(evacuees))
    with db.reading() as session:
        for typed, descending in (("EVA-", False), ("cap-", True)):
            filt = PersonFilter(text=typed)
            whole = person_ids(session, filt, today=today, threshold_days=30, descending=descending)
            for limit in (1, 2, 30):
                head = person_ids_head(
                    session,
                    filt,
                    today=today,
                    threshold_days=30,
                    descending=descending,
                    limit=limit,
                )
                assert head == whole[:limit], (typed, limit)


def test_rows_read_as_plain_values_are_the_persons_as_stored(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    """``person_rows`` reads the driver's own rows and converts the few values that need it
    (enums, the date, the flag): every row says what the stored person says, in the same
    types, on either back end; a blocked case is blocked and stalled."""
    p = _people(db, admin, caseworker, today)
    with db.reading() as session:
        rows = person_rows(session, list(p.values()), today=today, threshold_days=30)
        assert sorted(rows) == sorted(p.values())
        for person_id, row in rows.items():
            person = session.get(Person, person_id)
            assert person is not None
            assert (row.id, row.case_number, row.version) == (
                person.id,
                person.case_number,
                person.version,
            )
            assert row.name == full_name(person.family_name, person.given_name, person.patronymic)
            assert type(row.category) is Category and row.category is person.category
            assert type(row.status) is CaseStatus and row.status is person.status
            assert type(row.status_since) is date and row.status_since == person.status_since
            assert row.days_in_status == (today - person.status_since).days
            assert row.blocked is person.blocked
            assert row.blocked_reason == person.blocked_reason
    assert rows[p["yakiv"]].blocked is True and rows[p["yakiv"]].stalled is True
    assert rows[p["smith"]].blocked is False
