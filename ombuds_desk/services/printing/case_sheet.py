"""Case sheet data: one case as printed for the office itself (the internal version).

The counterpart's version is not made here by leaving things out: it has its own data,
read from the allow-list alone (``counterpart_sheet.py``), and asking this module for it is
a mistake it refuses. Sheets are read in bulk (:func:`case_sheets_data`): a fixed handful
of queries per chunk of persons, so a batch of 2,000 sheets reads in a second or two.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import (
    Category,
    Direction,
    ItemStatus,
    LabelledEnum,
    ParcelStatus,
    StatusEventKind,
)
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel
from ombuds_desk.domain.partial_dates import display_iso
from ombuds_desk.domain.people import CaseNote, CaseReview, Contact, Person, StatusEvent
from ombuds_desk.domain.status_rules import days_between, is_final, is_stalled
from ombuds_desk.services.cases.block_reasons import reason_words
from ombuds_desk.services.cases.persons import reason_shown
from ombuds_desk.services.cases.reviews import local_day, review_sentence
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.printing.common import (
    Office,
    SheetVersion,
    chunks,
    joined,
    office_info,
)
from ombuds_desk.services.printing.languages import both
from ombuds_desk.services.printing.latin import latin_form, latin_name

LATEST_ITEMS = 5
LATEST_PARCELS = 5
LATEST_NOTES = 5
LATEST_REVIEWS = 8

Fact = tuple[str, str]


@dataclass(frozen=True)
class ContactLine:
    name: str
    relationship: str
    phone: str
    email: str
    address: str
    consent: str  # to be contacted: Yes, No, Not asked
    share_consent: str = ""  # to be named to the counterpart: Yes, No, Not asked


@dataclass(frozen=True)
class HistoryLine:
    effective_on: date
    event: str
    from_status: str
    to_status: str
    reason: str
    recorded_by: str


@dataclass(frozen=True)
class Count:
    label: str
    count: int


@dataclass(frozen=True)
class ItemLine:
    on: date
    kind: str
    direction: str
    author: str
    status: str
    description: str


@dataclass(frozen=True)
class ParcelLine:
    parcel_number: str
    status: str
    on: date
    contents: str
    weight_grams: int | None


@dataclass(frozen=True)
class NoteLine:
    created_at: datetime
    author: str
    text: str


@dataclass(frozen=True)
class CaseSheetData:
    office: Office
    today: date
    version: SheetVersion
    person_id: int
    case_number: str
    category: str
    name: str
    latin_name: str
    identity: tuple[Fact, ...]
    details_title: str  # "Captivity details" or "Evacuation details"
    details: tuple[Fact, ...]
    assigned_to: str
    status: str
    status_since: date
    days_in_status: int
    final: bool
    stalled: bool
    blocked: bool
    blocked_reason: str
    blocked_note: str
    contacts: tuple[ContactLine, ...]
    history: tuple[HistoryLine, ...]
    items_total: int
    items_by_status: tuple[Count, ...]
    latest_items: tuple[ItemLine, ...]
    parcels_total: int
    parcels_by_status: tuple[Count, ...]
    latest_parcels: tuple[ParcelLine, ...]
    notes_total: int
    latest_notes: tuple[NoteLine, ...]
    # The supervisors' reviews in words, newest first.
    reviews: tuple[str, ...] = ()
    reviews_total: int = 0

    @property
    def counterpart(self) -> bool:
        return self.version is SheetVersion.COUNTERPART


_IDENTITY = (
    ("date_of_birth", QT_TRANSLATE_NOOP("PersonFields", "Date of birth")),
    ("sex", QT_TRANSLATE_NOOP("PersonFields", "Sex")),
    ("citizenship", QT_TRANSLATE_NOOP("PersonFields", "Citizenship")),
    ("home_region", QT_TRANSLATE_NOOP("PersonFields", "Home region")),
)
_DETAILS = {
    Category.CAPTIVE: (
        ("service_number", QT_TRANSLATE_NOOP("PersonFields", "Service number")),
        ("rank", QT_TRANSLATE_NOOP("PersonFields", "Rank")),
        ("unit", QT_TRANSLATE_NOOP("PersonFields", "Unit")),
        ("captured_on", QT_TRANSLATE_NOOP("PersonFields", "Captured on")),
        ("captured_at", QT_TRANSLATE_NOOP("PersonFields", "Captured at")),
        ("holding_party", QT_TRANSLATE_NOOP("PersonFields", "Holding party")),
        ("detention_place", QT_TRANSLATE_NOOP("PersonFields", "Place of detention")),
        ("icrc_number", QT_TRANSLATE_NOOP("PersonFields", "ICRC registration no.")),
    ),
    Category.EVACUEE: (
        ("evacuated_from", QT_TRANSLATE_NOOP("PersonFields", "Evacuated from")),
        ("evacuated_on", QT_TRANSLATE_NOOP("PersonFields", "Evacuated on")),
        ("current_location", QT_TRANSLATE_NOOP("PersonFields", "Current location")),
        ("evacuated_by", QT_TRANSLATE_NOOP("PersonFields", "Evacuated by")),
    ),
}
_DATES = ("date_of_birth", "captured_on", "evacuated_on")


def _facts(person: Person, fields: Iterable[tuple[str, str]]) -> tuple[Fact, ...]:
    facts: list[Fact] = []
    for name, label in fields:
        value = getattr(person, name)
        if isinstance(value, LabelledEnum):
            text = value.label
        elif name in _DATES:
            text = display_iso(value)
        else:
            text = value or ""
        facts.append((both.translate("PersonFields", label), text or "—"))
    return tuple(facts)


def _latest(
    session: Session, model: Any, ids: list[int], order: Sequence[Any], limit: int
) -> list[Any]:
    """The newest ``limit`` rows of ``model`` per person, newest first (one query)."""
    rank = func.row_number().over(partition_by=model.person_id, order_by=list(order))
    ranked: Any = select(col(model.id).label("id"), rank.label("rank")).where(
        col(model.person_id).in_(ids)
    )
    sub = ranked.subquery()
    query = select(model).join(sub, col(model.id) == sub.c.id).where(sub.c.rank <= limit)
    return list(session.exec(query.order_by(*order)).all())


def _counts(
    session: Session, model: Any, ids: list[int], enum: type[LabelledEnum]
) -> dict[int, tuple[Count, ...]]:
    rows = session.exec(
        select(model.person_id, model.status, func.count())
        .where(col(model.person_id).in_(ids))
        .group_by(model.person_id, model.status)
    ).all()
    found: dict[int, dict[str, int]] = defaultdict(dict)
    for person_id, status, count in rows:
        found[person_id][str(status)] = count
    order = list(enum)
    return {
        pid: tuple(Count(m.label, counts[m.value]) for m in order if m.value in counts)
        for pid, counts in found.items()
    }


def _by_person(rows: Iterable[Any]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row.person_id].append(row)
    return grouped


def _local(moment: datetime) -> datetime:
    """Stored UTC shown in the machine's local time, as the UI shows it."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()


def _parcel_line(parcel: Parcel) -> ParcelLine:
    on = parcel.delivered_on or parcel.dispatched_on or parcel.packed_on
    return ParcelLine(
        parcel_number=parcel.parcel_number,
        status=parcel.status.label,
        on=on or _local(parcel.created_at).date(),
        contents=parcel.contents or "",
        weight_grams=parcel.weight_grams,
    )


def _item_line(item: CorrespondenceItem) -> ItemLine:
    relation = f" ({item.author_relationship.label.lower()})" if item.author_relationship else ""
    return ItemLine(
        on=item.received_on or _local(item.logged_at).date(),
        kind=item.kind.label,
        direction=(
            translate("CaseSheet", "To the person")
            if item.direction is Direction.TO_PERSON
            else translate("CaseSheet", "From the person")
        ),
        author=f"{item.author_name or ''}{relation}".strip(),
        status=item.status.label,
        description=item.description or "",
    )


def _history(session: Session, ids: list[int]) -> dict[int, list[HistoryLine]]:
    rows = session.exec(
        select(StatusEvent, User.full_name)
        .join(User, col(User.id) == StatusEvent.recorded_by_id, isouter=True)
        .where(col(StatusEvent.person_id).in_(ids))
        .order_by(col(StatusEvent.effective_on).desc(), col(StatusEvent.id).desc())
    ).all()
    grouped: dict[int, list[HistoryLine]] = defaultdict(list)
    for event, by in rows:
        reason = reason_shown(event.reason)
        if event.kind in (StatusEventKind.BLOCKED, StatusEventKind.UNBLOCKED):
            # The note on a block is internal, like the blocking note itself.
            note = f"— {reason}" if reason else None
            reason = joined(reason_words(event.blocked_reason), note)
        grouped[event.person_id].append(
            HistoryLine(
                effective_on=event.effective_on,
                event=event.kind.label,
                from_status=event.from_status.label if event.from_status else "",
                to_status=event.to_status.label,
                reason=reason,
                recorded_by=by or "—",
            )
        )
    return grouped


def _contact_line(contact: Contact) -> ContactLine:
    return ContactLine(
        name=joined(contact.family_name, contact.given_name, contact.patronymic),
        relationship=contact.relationship.label,
        phone=contact.phone or "",
        email=contact.email or "",
        address=contact.address or "",
        consent=contact.consent.label,
        share_consent=contact.share_consent.label,
    )


def _notes(session: Session, ids: list[int]) -> tuple[dict[int, list[NoteLine]], dict[int, int]]:
    notes = _latest(
        session,
        CaseNote,
        ids,
        [col(CaseNote.created_at).desc(), col(CaseNote.id).desc()],
        LATEST_NOTES,
    )
    authors = {u.id: u.full_name for u in session.exec(select(User)).all()}
    grouped: dict[int, list[NoteLine]] = defaultdict(list)
    for note in notes:
        grouped[note.person_id].append(
            NoteLine(_local(note.created_at), authors.get(note.author_id, "—"), note.text)
        )
    totals = dict(
        session.exec(
            select(CaseNote.person_id, func.count())
            .where(col(CaseNote.person_id).in_(ids))
            .group_by(col(CaseNote.person_id))
        ).all()
    )
    return grouped, totals


def _reviews(session: Session, ids: list[int]) -> dict[int, list[str]]:
    """Each case's reviews in words, newest first (every one: the sheet shows the latest)."""
    names = {u.id: u.full_name for u in session.exec(select(User)).all()}
    found: dict[int, list[str]] = defaultdict(list)
    reviews = session.exec(
        select(CaseReview)
        .where(col(CaseReview.person_id).in_(ids))
        .order_by(col(CaseReview.id).desc())
    )
    for review in reviews:
        found[review.person_id].append(
            review_sentence(
                review.decision,
                reviewer=names.get(review.reviewed_by_id, "—"),
                recipient=names.get(review.to_user_id) if review.to_user_id else None,
                on=local_day(review.reviewed_at),
                note=review.note,
                next_review_on=review.next_review_on,
            )
        )
    return found


def _sheets(
    session: Session, ids: list[int], today: date, version: SheetVersion, office: Office
) -> dict[int, CaseSheetData]:
    threshold = stalled_after_days(session)
    form = latin_form(session)
    persons = session.exec(
        select(Person, User.full_name)
        .join(User, col(User.id) == Person.assigned_to_id, isouter=True)
        .where(col(Person.id).in_(ids))
    ).all()
    contacts = _by_person(
        session.exec(
            select(Contact).where(col(Contact.person_id).in_(ids)).order_by(col(Contact.id))
        )
    )
    history = _history(session, ids)
    item_counts = _counts(session, CorrespondenceItem, ids, ItemStatus)
    items = _by_person(
        _latest(
            session,
            CorrespondenceItem,
            ids,
            [col(CorrespondenceItem.logged_at).desc(), col(CorrespondenceItem.id).desc()],
            LATEST_ITEMS,
        )
    )
    parcel_counts = _counts(session, Parcel, ids, ParcelStatus)
    parcels = _by_person(_latest(session, Parcel, ids, [col(Parcel.id).desc()], LATEST_PARCELS))
    notes, note_totals = _notes(session, ids)
    reviews = _reviews(session, ids)
    sheets: dict[int, CaseSheetData] = {}
    for person, assigned in persons:
        pid: int = person.id  # type: ignore[assignment]
        sheets[pid] = CaseSheetData(
            office=office,
            today=today,
            version=version,
            person_id=pid,
            case_number=person.case_number,
            category=person.category.label,
            name=person.full_name,
            latin_name=latin_name(
                (person.family_name, person.given_name, person.patronymic),
                (person.family_name_latin, person.given_name_latin, person.patronymic_latin),
                form,
            ),
            identity=_facts(person, _IDENTITY),
            details_title=(
                both.translate("CaseSheet", "Captivity details")
                if person.category is Category.CAPTIVE
                else both.translate("CaseSheet", "Evacuation details")
            ),
            details=_facts(person, _DETAILS[person.category]),
            assigned_to=assigned or "—",
            status=person.status.label,
            status_since=person.status_since,
            days_in_status=days_between(person.status_since, today) or 0,
            final=is_final(person.status),
            stalled=is_stalled(
                person.status,
                person.blocked,
                person.status_since,
                today,
                threshold,
                category=person.category,
            ),
            blocked=person.blocked,
            blocked_reason=reason_words(person.blocked_reason),
            blocked_note=person.blocked_note or "",
            contacts=tuple(_contact_line(c) for c in contacts.get(pid, [])),
            history=tuple(history.get(pid, [])),
            items_total=sum(c.count for c in item_counts.get(pid, ())),
            items_by_status=item_counts.get(pid, ()),
            latest_items=tuple(_item_line(i) for i in items.get(pid, [])),
            parcels_total=sum(c.count for c in parcel_counts.get(pid, ())),
            parcels_by_status=parcel_counts.get(pid, ()),
            latest_parcels=tuple(_parcel_line(p) for p in parcels.get(pid, [])),
            notes_total=note_totals.get(pid, 0),
            latest_notes=tuple(notes.get(pid, [])),
            reviews=tuple(reviews.get(pid, [])[:LATEST_REVIEWS]),
            reviews_total=len(reviews.get(pid, [])),
        )
    return sheets


def case_sheets_data(
    session: Session,
    person_ids: Sequence[int],
    *,
    today: date,
    version: SheetVersion = SheetVersion.INTERNAL,
) -> list[CaseSheetData]:
    """Case sheets for ``person_ids`` in that order; ids no longer in the register are skipped.

    Internal only: the counterpart's sheets come from ``counterpart_sheets_data``."""
    if version is SheetVersion.COUNTERPART:
        raise ValueError(
            "the counterpart version is built from the allow-list: use counterpart_sheets_data"
        )
    office = office_info(session)
    found: dict[int, CaseSheetData] = {}
    for chunk in chunks(person_ids):
        found.update(_sheets(session, chunk, today, version, office))
    return [found[i] for i in person_ids if i in found]


def case_sheet_data(
    session: Session,
    person_id: int,
    *,
    today: date,
    version: SheetVersion = SheetVersion.INTERNAL,
) -> CaseSheetData:
    """One case sheet; raises NotFoundError when the person is gone."""
    sheets = case_sheets_data(session, [person_id], today=today, version=version)
    if not sheets:
        raise NotFoundError(
            translate("Errors", "No case with id {id}; it may have been merged or removed.").format(
                id=person_id
            )
        )
    return sheets[0]
