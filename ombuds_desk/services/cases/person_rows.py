"""The person list's rows: what a line about a case shows, read by id as plain values.

:func:`person_rows` reads the rows a table view shows (``person_query.person_ids`` gives
their ids in order), so 100,000 cases never become 100,000 objects; ``CASE_LINE_COLUMNS``
are the same values for other lists of cases (the stalled-cases report).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import bindparam
from sqlalchemy import select as core_select
from sqlmodel import Session, col

from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.people import Person, full_name
from ombuds_desk.domain.person_rules import shown_latin
from ombuds_desk.domain.status_rules import StalledRule, as_rule, is_stalled
from ombuds_desk.domain.transliteration import LatinForm
from ombuds_desk.services.core.office_settings import DEFAULTS, LATIN_FORM
from ombuds_desk.store.driver_dates import driver_day


@dataclass(frozen=True)
class PersonRow:
    id: int
    case_number: str
    name: str
    latin_name: str
    category: Category
    status: CaseStatus
    status_since: date
    days_in_status: int
    assigned_to: str
    blocked: bool
    blocked_reason: str | None
    stalled: bool
    version: int


# What a line about a case shows, read as plain values (no Person objects: building 200 of
# them was half the time of a page): the person list's rows, the stalled-cases report's.
CASE_LINE_COLUMNS = (
    col(Person.id),
    col(Person.case_number),
    col(Person.family_name),
    col(Person.given_name),
    col(Person.patronymic),
    col(Person.family_name_latin),
    col(Person.given_name_latin),
    col(Person.patronymic_latin),
    col(Person.category),
    col(Person.status),
    col(Person.status_since),
    col(Person.blocked),
    col(Person.blocked_reason),
)
# The office's LATIN_FORM read in the same statement as the rows: an ORM look-up of a setting
# the office never changed goes to the database on every call (nothing to keep), and was a
# sixth of the time of a page.
_LATIN_FORM_VALUE = (
    core_select(col(OfficeSetting.value)).where(col(OfficeSetting.key) == LATIN_FORM)
).scalar_subquery()
_ROW_COLUMNS = (
    *CASE_LINE_COLUMNS,
    col(Person.version),
    col(User.full_name),
    _LATIN_FORM_VALUE,
)


# Built once: putting the statement together again for every page cost as much as running it.
_ROWS_QUERY = (
    core_select(*_ROW_COLUMNS)
    .select_from(Person)
    .join(User, col(User.id) == Person.assigned_to_id, isouter=True)
    .where(col(Person.id).in_(bindparam("ids", expanding=True)))
)


_CATEGORIES = {category.value: category for category in Category}
_new_row = object.__new__
_STATUSES = {status.value: status for status in CaseStatus}


@lru_cache(maxsize=16384)
def _shown_latin(name: str | None, stored: str | None, form: LatinForm) -> str | None:
    # Names repeat (given names, patronymics, common surnames): working out each one's Latin
    # form afresh (three transliterations) was two thirds of the time of a page of rows.
    return shown_latin(name, stored, form)


def person_rows(
    session: Session, ids: Sequence[int], *, today: date, threshold_days: StalledRule | int
) -> dict[int, PersonRow]:
    """Display rows for the given ids (any order; look them up by id)."""
    if not ids:
        return {}
    result = session.connection().execute(_ROWS_QUERY, {"ids": list(ids)})
    try:
        # The driver's own rows (as in fetch_ids): SQLAlchemy's row objects and its value
        # conversions, one call per value, were a third of the time of a page; the few
        # values that need it are converted below.
        plain = result.cursor.fetchall()
    finally:
        result.close()
    rows: dict[int, PersonRow] = {}
    if not plain:
        return rows
    stored = plain[0][-1]  # as office_latin_form reads it: the stored value, else the default
    form = LatinForm.of_setting(DEFAULTS[LATIN_FORM] if stored is None else stored)
    rule = as_rule(threshold_days)
    for (
        person_id,
        case_number,
        family,
        given,
        patronymic,
        family_latin,
        given_latin,
        patronymic_latin,
        category,
        status,
        status_since,
        blocked,
        blocked_reason,
        version,
        assigned,
        _form,
    ) in plain:
        category, status = _CATEGORIES[category], _STATUSES[status]
        status_since, blocked = driver_day(status_since), bool(blocked)
        # Filled in directly, not through the frozen dataclass's __init__ (which sets each
        # of the 13 fields through object.__setattr__): that was a third of the Python time
        # of a page of 200 rows. The row is the same object, compared and hashed alike.
        row = _new_row(PersonRow)
        row.__dict__.update(
            id=person_id,
            case_number=case_number,
            name=full_name(family, given, patronymic),
            latin_name=full_name(
                _shown_latin(family, family_latin, form),
                _shown_latin(given, given_latin, form),
                _shown_latin(patronymic, patronymic_latin, form),
            ),
            category=category,
            status=status,
            status_since=status_since,
            days_in_status=(today - status_since).days,
            assigned_to=assigned or "",
            blocked=blocked,
            blocked_reason=blocked_reason,
            stalled=is_stalled(status, blocked, status_since, today, rule, category=category),
            version=version,
        )
        rows[person_id] = row
    return rows
