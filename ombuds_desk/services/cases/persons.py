"""Registering and editing persons: case numbers, derived keys, the register's identity."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, func
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.collation import sort_key
from ombuds_desk.domain.column_types import utcnow
from ombuds_desk.domain.enums import CaseStatus, Category, StatusEventKind
from ombuds_desk.domain.errors import NotFoundError, ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.name_keys import name_keys
from ombuds_desk.domain.partial_dates import PartialDate
from ombuds_desk.domain.people import Person, PersonBase, PersonNameKey, StatusEvent
from ombuds_desk.domain.person_rules import clean_person
from ombuds_desk.domain.transliteration import LatinForm
from ombuds_desk.services.core.office_settings import LATIN_FORM, get_setting
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import check_version
from ombuds_desk.store.locks import lock_numbering

EDITABLE_FIELDS = tuple(PersonBase.model_fields)
# The reason the first status event records (stored data: English, translated when shown).
REGISTERED_REASON = QT_TRANSLATE_NOOP("StatusReasons", "Case registered")


def reason_shown(reason: str | None) -> str:
    """A status event's reason as the reader reads it: the program's own words translated,
    what a caseworker typed as typed."""
    if reason == REGISTERED_REASON:
        return translate("StatusReasons", reason)
    return reason or ""


def format_case_number(category: Category, year: int, seq: int) -> str:
    return f"{category.prefix}-{year:04d}-{seq:05d}"


def next_case_seq(session: Session, category: Category, year: int) -> int:
    lock_numbering(session, "case_number")  # a server's writers take turns (store/locks.py)
    current = session.exec(
        select(func.max(Person.case_seq)).where(
            Person.category == category, Person.case_year == year
        )
    ).one()
    return int(current or 0) + 1


def derived_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """Columns computed from what was typed: the sort key and birth year."""
    born = values.get("date_of_birth")
    return {
        "sort_name": sort_key(
            values.get("family_name"), values.get("given_name"), values.get("patronymic")
        ),
        "birth_year": _year_of(born) if born else None,
    }


@lru_cache(maxsize=65536)
def _year_of(typed: str) -> int:
    """The year of a typed partial date: an import of 100,000 persons repeats its birth
    dates (a pure function of the text)."""
    return PartialDate.parse(typed).year


def search_keys_of(person: Person | Mapping[str, Any]) -> set[str]:
    get = person.get if isinstance(person, Mapping) else lambda k: getattr(person, k)
    return name_keys(
        get("family_name"),
        get("given_name"),
        get("patronymic"),
        get("family_name_latin"),
        get("given_name_latin"),
        get("patronymic_latin"),
    )


def replace_search_keys(session: Session, person: Person) -> None:
    assert person.id is not None
    session.execute(delete(PersonNameKey).where(col(PersonNameKey.person_id) == person.id))
    for key in sorted(search_keys_of(person)):
        session.add(PersonNameKey(person_id=person.id, key=key[:120]))


def office_latin_form(session: Session) -> LatinForm:
    """The standard the office writes Cyrillic names in Latin letters by (LATIN_FORM)."""
    return LatinForm.of_setting(get_setting(session, LATIN_FORM))


def _checked(session: Session, raw: Mapping[str, Any], today: date) -> dict[str, Any]:
    values, problems = clean_person(raw, today, office_latin_form(session))
    if problems:
        raise ValidationError("", problems)
    return values


def register_person(
    session: Session,
    actor: User,
    raw: Mapping[str, Any],
    *,
    today: date,
    assigned_to_id: int | None = None,
    status_since: date | None = None,
) -> Person:
    """Register a new case in status *registered*; raises ValidationError with field problems."""
    require(actor, Action.REGISTER_PERSON)
    values = _checked(session, raw, today)
    category: Category = values["category"]
    seq = next_case_seq(session, category, today.year)
    person = Person(
        **{k: v for k, v in values.items() if k in EDITABLE_FIELDS},
        **derived_fields(values),
        case_number=format_case_number(category, today.year, seq),
        case_year=today.year,
        case_seq=seq,
        status=CaseStatus.REGISTERED,
        status_since=status_since or today,
        assigned_to_id=assigned_to_id if assigned_to_id is not None else actor.id,
    )
    session.add(person)
    session.flush()
    replace_search_keys(session, person)
    session.add(
        StatusEvent(
            person_id=person.id,  # type: ignore[arg-type]
            kind=StatusEventKind.REGISTERED,
            to_status=CaseStatus.REGISTERED,
            effective_on=person.status_since,
            reason=REGISTERED_REASON,  # stored in English; shown by reason_shown
            recorded_by_id=actor.id,
        )
    )
    session.flush()
    return person


def get_person(session: Session, person_id: int, *, for_update: bool = False) -> Person:
    """The person by id; ``for_update`` locks the row on a server database until commit."""
    person = session.get(Person, person_id, with_for_update=for_update or None)
    if person is None:
        raise NotFoundError(
            translate("Errors", "No case with id {id}; it may have been merged or removed.").format(
                id=person_id
            )
        )
    return person


def find_by_case_number(session: Session, case_number: str) -> Person | None:
    return session.exec(
        select(Person).where(Person.case_number == case_number.strip().upper())
    ).first()


def get_by_case_number(session: Session, case_number: str) -> Person:
    person = find_by_case_number(session, case_number)
    if person is None:
        raise NotFoundError(
            translate("Errors", "No case numbered “{number}”.").format(number=case_number)
        )
    return person


def update_person(
    session: Session,
    actor: User,
    person_id: int,
    raw: Mapping[str, Any],
    *,
    expected_version: int | None,
    today: date,
) -> Person:
    """Save an edited form. The category is fixed once the case number is given."""
    require(actor, Action.EDIT_PERSON)
    person = get_person(session, person_id, for_update=True)
    values = _checked(session, {**raw, "category": person.category}, today)
    check_version(person, expected_version, f"Case {person.case_number}")
    for key, value in values.items():
        if key in EDITABLE_FIELDS and key != "category":
            setattr(person, key, value)
    for key, value in derived_fields(values).items():
        setattr(person, key, value)
    person.updated_at = utcnow()
    session.add(person)
    session.flush()
    replace_search_keys(session, person)
    session.flush()
    return person


def assign_person(
    session: Session,
    actor: User,
    person_id: int,
    user_id: int | None,
    *,
    expected_version: int | None = None,
) -> Person:
    require(actor, Action.ASSIGN_CASE)
    person = get_person(session, person_id, for_update=True)
    check_version(person, expected_version, f"Case {person.case_number}")
    person.assigned_to_id = user_id
    person.updated_at = utcnow()
    session.add(person)
    session.flush()
    return person
