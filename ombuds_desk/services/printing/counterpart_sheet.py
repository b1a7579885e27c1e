"""Case sheet data for the counterpart: built from the allow-list, nothing else.

Its own types, not the internal :class:`CaseSheetData` with fields blanked: a field the
allow-list (``counterpart_fields.py``) does not name has no place in these classes and is
not read from the database. There is no staff name here (the office signs), no review or
stalled state, no days in status, no notes, no free text; a block shows only by a reason the
office marked shareable; relatives only when they said yes to being named to the counterpart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session, col, select

from ombuds_desk.domain.enums import (
    CaseStatus,
    Category,
    Consent,
    Direction,
    ItemKind,
    LabelledEnum,
    ParcelStatus,
    Relationship,
    StatusEventKind,
)
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.domain.partial_dates import display_iso
from ombuds_desk.domain.people import Contact, Person, StatusEvent, full_name
from ombuds_desk.services.cases.block_reasons import is_shareable, reason_words, shareable_reasons
from ombuds_desk.services.printing import counterpart_fields as allow
from ombuds_desk.services.printing.common import Office, chunks, office_info
from ombuds_desk.services.printing.languages import both
from ombuds_desk.services.printing.latin import latin_form, latin_name

LATEST_ITEMS = 5
LATEST_PARCELS = 5

Fact = tuple[str, str]


@dataclass(frozen=True)
class Relative:
    name: str
    relationship: str


@dataclass(frozen=True)
class StatusStep:
    on: date
    event: str  # "Registered", "Listed for exchange", "Obstacle: …", "Obstacle resolved"


@dataclass(frozen=True)
class MailCount:
    label: str  # "Letters to the person"
    count: int
    last_on: date | None
    to_person: bool = True  # the direction (the export counts each apart)


@dataclass(frozen=True)
class MailDate:
    on: date
    kind: str
    direction: str


@dataclass(frozen=True)
class ParcelDate:
    parcel_number: str
    status: str
    on: date


@dataclass(frozen=True)
class CounterpartSheetData:
    office: Office
    today: date
    person_id: int
    case_number: str
    category: str
    name: str
    latin_name: str
    identity: tuple[Fact, ...]
    details_title: str
    details: tuple[Fact, ...]
    status: str
    status_since: date
    obstacle: str  # a shareable block reason, else empty
    history: tuple[StatusStep, ...]
    relatives: tuple[Relative, ...]
    items_total: int
    mail_counts: tuple[MailCount, ...]
    latest_items: tuple[MailDate, ...]
    parcels_total: int
    parcels_by_status: tuple[tuple[str, int], ...]
    latest_parcels: tuple[ParcelDate, ...]


_DATES = ("date_of_birth", "captured_on", "evacuated_on")
_IDENTITY_FACTS = ("date_of_birth", "sex", "citizenship", "home_region")


def _text(name: str, value: Any) -> str:
    if isinstance(value, LabelledEnum):
        return value.label
    if name in _DATES:
        return display_iso(value) or ""
    return str(value) if value else ""


def _facts(row: Any, fields: Sequence[allow.Allowed]) -> tuple[Fact, ...]:
    return tuple(
        (both.translate("PersonFields", f.label), _text(f.name, getattr(row, f.name)) or "—")
        for f in fields
    )


def _local_day(moment: datetime) -> date:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone().date()


def _history(
    session: Session, ids: list[int], shareable: frozenset[str]
) -> dict[int, list[StatusStep]]:
    rows = session.exec(
        select(col(StatusEvent.person_id), *allow.columns(allow.HISTORY))
        .where(col(StatusEvent.person_id).in_(ids))
        .order_by(col(StatusEvent.effective_on).desc(), col(StatusEvent.id).desc())
    ).all()
    found: dict[int, list[StatusStep]] = defaultdict(list)
    for row in rows:
        kind = StatusEventKind(row.kind)
        if kind in (StatusEventKind.BLOCKED, StatusEventKind.UNBLOCKED):
            # An internal reason (or typed free text) leaves no trace, not even "blocked".
            if not is_shareable(row.blocked_reason, shareable):
                continue
            words = (
                translate("CounterpartSheet", "Obstacle: {reason}")
                if kind is StatusEventKind.BLOCKED
                else translate("CounterpartSheet", "Obstacle resolved: {reason}")
            ).format(reason=reason_words(row.blocked_reason))
        elif kind is StatusEventKind.REGISTERED:
            words = translate("CounterpartSheet", "Registered")
        else:
            words = CaseStatus(row.to_status).label
        found[row.person_id].append(StatusStep(row.effective_on, words))
    return found


def _relatives(session: Session, ids: list[int]) -> dict[int, list[Relative]]:
    rows = session.exec(
        select(col(Contact.person_id), *allow.columns(allow.RELATIVES))
        .where(col(Contact.person_id).in_(ids))
        # Only a yes: "no" and "not asked" keep the relative off every counterpart page.
        .where(col(Contact.share_consent) == Consent.GIVEN.value)
        .order_by(col(Contact.id))
    ).all()
    found: dict[int, list[Relative]] = defaultdict(list)
    for row in rows:
        found[row.person_id].append(
            Relative(
                full_name(row.family_name, row.given_name, row.patronymic),
                Relationship(row.relationship).label,
            )
        )
    return found


# One phrase for each kind and direction: word order and case differ by language.
_COUNT_WORDS = {
    (ItemKind.LETTER, Direction.TO_PERSON): QT_TRANSLATE_NOOP(
        "CounterpartSheet", "Letters to the person"
    ),
    (ItemKind.LETTER, Direction.FROM_PERSON): QT_TRANSLATE_NOOP(
        "CounterpartSheet", "Letters from the person"
    ),
    (ItemKind.POSTCARD, Direction.TO_PERSON): QT_TRANSLATE_NOOP(
        "CounterpartSheet", "Postcards to the person"
    ),
    (ItemKind.POSTCARD, Direction.FROM_PERSON): QT_TRANSLATE_NOOP(
        "CounterpartSheet", "Postcards from the person"
    ),
    (ItemKind.DRAWING, Direction.TO_PERSON): QT_TRANSLATE_NOOP(
        "CounterpartSheet", "Drawings to the person"
    ),
    (ItemKind.DRAWING, Direction.FROM_PERSON): QT_TRANSLATE_NOOP(
        "CounterpartSheet", "Drawings from the person"
    ),
    (ItemKind.PHOTO, Direction.TO_PERSON): QT_TRANSLATE_NOOP(
        "CounterpartSheet", "Photos to the person"
    ),
    (ItemKind.PHOTO, Direction.FROM_PERSON): QT_TRANSLATE_NOOP(
        "CounterpartSheet", "Photos from the person"
    ),
    (ItemKind.OTHER, Direction.TO_PERSON): QT_TRANSLATE_NOOP(
        "CounterpartSheet", "Other items to the person"
    ),
    (ItemKind.OTHER, Direction.FROM_PERSON): QT_TRANSLATE_NOOP(
        "CounterpartSheet", "Other items from the person"
    ),
}
_DIRECTION_WORDS = {
    Direction.TO_PERSON: QT_TRANSLATE_NOOP("CounterpartSheet", "To the person"),
    Direction.FROM_PERSON: QT_TRANSLATE_NOOP("CounterpartSheet", "From the person"),
}


def _mail(
    session: Session, ids: list[int]
) -> tuple[dict[int, list[MailCount]], dict[int, list[MailDate]]]:
    item = CorrespondenceItem
    rows = session.exec(
        select(col(item.person_id), *allow.columns(allow.CORRESPONDENCE))
        .where(col(item.person_id).in_(ids))
        .order_by(col(item.logged_at).desc(), col(item.id).desc())
    ).all()
    tally: dict[int, dict[tuple[ItemKind, Direction], list[date]]] = defaultdict(
        lambda: defaultdict(list)
    )
    latest: dict[int, list[MailDate]] = defaultdict(list)
    for row in rows:
        kind, direction = ItemKind(row.kind), Direction(row.direction)
        on = row.received_on or _local_day(row.logged_at)
        tally[row.person_id][(kind, direction)].append(on)
        if len(latest[row.person_id]) < LATEST_ITEMS:
            latest[row.person_id].append(
                MailDate(on, kind.label, translate("CounterpartSheet", _DIRECTION_WORDS[direction]))
            )
    counts: dict[int, list[MailCount]] = {}
    for pid, groups in tally.items():
        counts[pid] = [
            MailCount(
                translate("CounterpartSheet", _COUNT_WORDS[(k, d)]),
                len(dates),
                max(dates),
                d is Direction.TO_PERSON,
            )
            for d in Direction
            for k in ItemKind
            if (dates := groups.get((k, d)))
        ]
    return counts, latest


def _parcels(
    session: Session, ids: list[int]
) -> tuple[dict[int, dict[str, int]], dict[int, list[ParcelDate]]]:
    rows = session.exec(
        select(col(Parcel.person_id), *allow.columns(allow.PARCELS))
        .where(col(Parcel.person_id).in_(ids))
        .order_by(col(Parcel.id).desc())
    ).all()
    by_status: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    latest: dict[int, list[ParcelDate]] = defaultdict(list)
    for row in rows:
        status = ParcelStatus(row.status)
        by_status[row.person_id][status.value] += 1
        if len(latest[row.person_id]) < LATEST_PARCELS:
            on = row.delivered_on or row.dispatched_on or row.packed_on
            latest[row.person_id].append(
                ParcelDate(row.parcel_number, status.label, on or _local_day(row.created_at))
            )
    return by_status, latest


def _sheets(
    session: Session, ids: list[int], today: date, office: Office
) -> dict[int, CounterpartSheetData]:
    shareable = shareable_reasons(session)
    fields = (*allow.IDENTITY, *allow.CAPTIVITY, *allow.EVACUATION, *allow.STATUS)
    persons = session.exec(
        select(col(Person.id), *allow.columns(fields)).where(col(Person.id).in_(ids))
    ).all()
    history = _history(session, ids, shareable)
    relatives = _relatives(session, ids)
    mail_counts, latest_items = _mail(session, ids)
    parcel_counts, latest_parcels = _parcels(session, ids)
    identity = [f for f in allow.IDENTITY if f.name in _IDENTITY_FACTS]
    form = latin_form(session)
    sheets: dict[int, CounterpartSheetData] = {}
    for row in persons:
        pid: int = row.id
        category = Category(row.category)
        name = full_name(row.family_name, row.given_name, row.patronymic)
        latin = latin_name(
            (row.family_name, row.given_name, row.patronymic),
            (row.family_name_latin, row.given_name_latin, row.patronymic_latin),
            form,
        )
        statuses = parcel_counts.get(pid, {})
        counts = mail_counts.get(pid, [])
        obstacle = row.blocked_reason if row.blocked else ""
        sheets[pid] = CounterpartSheetData(
            office=office,
            today=today,
            person_id=pid,
            case_number=row.case_number,
            category=category.label,
            name=name,
            latin_name=latin,
            identity=_facts(row, identity),
            details_title=(
                both.translate("CaseSheet", "Captivity details")
                if category is Category.CAPTIVE
                else both.translate("CaseSheet", "Evacuation details")
            ),
            details=_facts(row, allow.DETAILS[category]),
            status=CaseStatus(row.status).label,
            status_since=row.status_since,
            # Stored in English when standard: said in the copy's language.
            obstacle=reason_words(obstacle) if is_shareable(obstacle, shareable) else "",
            history=tuple(history.get(pid, [])),
            relatives=tuple(relatives.get(pid, [])),
            items_total=sum(c.count for c in counts),
            mail_counts=tuple(counts),
            latest_items=tuple(latest_items.get(pid, [])),
            parcels_total=sum(statuses.values()),
            parcels_by_status=tuple(
                (s.label, statuses[s.value]) for s in ParcelStatus if s.value in statuses
            ),
            latest_parcels=tuple(latest_parcels.get(pid, [])),
        )
    return sheets


def counterpart_sheets_data(
    session: Session, person_ids: Sequence[int], *, today: date
) -> list[CounterpartSheetData]:
    """Counterpart sheets for ``person_ids`` in that order; ids no longer there are skipped."""
    office = office_info(session)
    found: dict[int, CounterpartSheetData] = {}
    for chunk in chunks(person_ids):
        found.update(_sheets(session, chunk, today, office))
    return [found[i] for i in person_ids if i in found]


def counterpart_sheet_data(
    session: Session, person_id: int, *, today: date
) -> CounterpartSheetData:
    """One counterpart sheet; raises NotFoundError when the person is gone."""
    sheets = counterpart_sheets_data(session, [person_id], today=today)
    if not sheets:
        raise NotFoundError(
            translate("Errors", "No case with id {id}; it may have been merged or removed.").format(
                id=person_id
            )
        )
    return sheets[0]
