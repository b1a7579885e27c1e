"""Logging correspondence items (letters, cards, drawings, photos) and screening them.

The logging form stays open for the next item, so :func:`log_item` takes the typed values as
a mapping and returns the saved item; its errors name the form's fields. The author is either
one of the person's contacts (``author_contact_id``; their name, family name first as
everywhere, and relationship are copied, so the item keeps them if the contact is removed) or typed (``author_name`` and an optional
``author_relationship``). Items sent to the person need an author; items from the person
do not (the author is the person).

Whether a logged item must be screened before it may be packed is the office's setting
(``screening_required``): when it says no, :func:`log_item` screens the item at once and its
history says so. An item logged by mistake is removed with a reason (:func:`remove_item`,
the removal's audit entry carries it) while it is logged or screened, and put back by
:func:`restore_item` (the undo); a packed or dispatched item stays on record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus, Relationship
from ombuds_desk.domain.errors import NotFoundError, TransitionError, ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import CorrespondenceItem, MailEvent, Parcel
from ombuds_desk.domain.partial_dates import PartialDate
from ombuds_desk.domain.people import Contact
from ombuds_desk.domain.person_rules import clean_name, clean_text
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.core.audit import note_removal_reason
from ombuds_desk.services.core.office_settings import get_setting
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import check_version
from ombuds_desk.services.mail.mail_events import (
    add_with_first_event,
    check_item_move,
    clean_reason,
    item_title,
    move_item,
    verify_version,
)
from ombuds_desk.services.mail.problems import from_one_to, too_long

EDITABLE_STATUSES = frozenset({ItemStatus.LOGGED, ItemStatus.SCREENED})
REMOVABLE_STATUSES = EDITABLE_STATUSES
MAX_PAGES = 500
SCREENING_REQUIRED = "screening_required"  # the office setting (yes / no)
SCREENED_AT_ONCE = "Screened at once: the office's settings do not require screening"


def screening_required(session: Session) -> bool:
    """Whether logged items wait for screening (the office setting; yes unless set to no)."""
    return get_setting(session, SCREENING_REQUIRED).strip().lower() != "no"


def parse_date(value: Any) -> date | None:
    """A date from a date, or text as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY; None when empty."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    parsed = PartialDate.parse(text)
    if parsed.month is None or parsed.day is None:
        raise ValueError(translate("MailProblems", "give the full date (day, month and year)"))
    return date(parsed.year, parsed.month, parsed.day)


def _enum(raw: Mapping[str, Any], field: str, cls: Any, problems: dict[str, str]) -> Any:
    value = raw.get(field)
    if value is None or str(value).strip() == "":
        problems[field] = translate("MailProblems", "is required")
        return None
    try:
        return cls.parse(str(value))
    except ValueError:
        problems[field] = translate("MailProblems", "choose one of {choices}").format(
            choices=", ".join(m.label for m in cls)
        )
        return None


def _author(
    session: Session,
    person_id: int,
    raw: Mapping[str, Any],
    values: dict[str, Any],
    problems: dict[str, str],
) -> None:
    contact_id = raw.get("author_contact_id")
    if contact_id not in (None, ""):
        contact = session.get(Contact, int(contact_id))
        if contact is None or contact.person_id != person_id:
            problems["author_contact_id"] = translate(
                "MailProblems", "is not one of this person's contacts"
            )
            return
        values["author_contact_id"] = contact.id
        values["author_name"] = " ".join(
            p for p in (contact.family_name, contact.given_name, contact.patronymic) if p
        )
        values["author_relationship"] = contact.relationship
        return
    values["author_contact_id"] = None
    values["author_name"] = clean_name(raw.get("author_name"))
    relationship = raw.get("author_relationship")
    values["author_relationship"] = None
    if relationship not in (None, ""):
        try:
            values["author_relationship"] = Relationship.parse(str(relationship))
        except ValueError:
            problems["author_relationship"] = translate("MailProblems", "choose a relationship")
    if values["author_name"] and len(values["author_name"]) > 200:
        problems["author_name"] = too_long(200)
    if values.get("direction") is Direction.TO_PERSON and not values["author_name"]:
        problems["author_name"] = translate(
            "MailProblems", "pick one of the person's contacts or type the author's name"
        )


def clean_item(
    session: Session, person_id: int, raw: Mapping[str, Any], today: date
) -> dict[str, Any]:
    """Checked values of the logging form; raises ValidationError naming every bad field."""
    problems: dict[str, str] = {}
    values: dict[str, Any] = {
        "kind": _enum(raw, "kind", ItemKind, problems),
        "direction": _enum(raw, "direction", Direction, problems),
    }
    _author(session, person_id, raw, values, problems)
    try:
        received = parse_date(raw.get("received_on"))
    except ValueError as exc:
        problems["received_on"] = str(exc)
        received = None
    if received is not None and received > today:
        problems["received_on"] = translate("MailProblems", "is in the future")
    values["received_on"] = received or today
    values["language"] = clean_text(raw.get("language"))
    if values["language"] and len(values["language"]) > 40:
        problems["language"] = too_long(40)
    pages = raw.get("pages")
    values["pages"] = None
    if pages not in (None, ""):
        try:
            values["pages"] = int(str(pages).strip())
        except ValueError:
            problems["pages"] = translate("MailProblems", "must be a whole number")
        else:
            if not 1 <= values["pages"] <= MAX_PAGES:
                problems["pages"] = from_one_to(MAX_PAGES)
    values["description"] = (str(raw.get("description") or "")).strip() or None
    if problems:
        raise ValidationError("", problems)
    return values


def log_item(
    session: Session, actor: User, person_id: int, raw: Mapping[str, Any], *, today: date
) -> CorrespondenceItem:
    """Log a received item in status *logged*; ``received_on`` defaults to ``today``."""
    require(actor, Action.LOG_ITEMS)
    get_person(session, person_id)
    values = clean_item(session, person_id, raw, today)
    item = CorrespondenceItem(
        person_id=person_id,
        status=ItemStatus.LOGGED,
        status_on=today,
        logged_by_id=actor.id,
        **values,
    )
    add_with_first_event(session, actor, item, on=today, reason="Logged")
    if not screening_required(session):
        # The office's rule, not the actor's decision: no SCREEN_ITEMS is asked for.
        move_item(session, actor, item, ItemStatus.SCREENED, today, SCREENED_AT_ONCE)
        session.flush()
    return item


def get_item(session: Session, item_id: int, *, for_update: bool = False) -> CorrespondenceItem:
    item = session.get(CorrespondenceItem, item_id, with_for_update=for_update or None)
    if item is None:
        raise NotFoundError(
            translate(
                "Correspondence", "No correspondence item with id {id}; it may have been removed."
            ).format(id=item_id)
        )
    return item


def edit_problem(title: str, status: ItemStatus) -> str | None:
    """Why an item in ``status`` may not be corrected (None: it may), and what to do."""
    if status in EDITABLE_STATUSES:
        return None
    if status is ItemStatus.PACKED:
        return translate(
            "Correspondence",
            "{item} is packed; only logged or screened items can be edited. "
            "Take it out of its parcel first, then correct it.",
        ).format(item=title)
    return translate(
        "Correspondence", "{item} is {status}; only logged or screened items can be edited."
    ).format(item=title, status=status.label.lower())


def update_item(
    session: Session,
    actor: User,
    item_id: int,
    raw: Mapping[str, Any],
    *,
    expected_version: int | None,
    today: date,
) -> CorrespondenceItem:
    """Correct a logged or screened item (not once it is packed); the status is kept."""
    require(actor, Action.LOG_ITEMS)
    item = get_item(session, item_id, for_update=True)
    problem = edit_problem(item_title(item), item.status)
    if problem:
        raise TransitionError(problem)
    values = clean_item(session, item.person_id, raw, today)
    check_version(item, expected_version, item_title(item))
    for key, value in values.items():
        setattr(item, key, value)
    session.add(item)
    session.flush()
    return item


def screen_item(
    session: Session,
    actor: User,
    item_id: int,
    *,
    passed: bool,
    reason: str | None = None,
    today: date,
    expected_version: int | None = None,
) -> CorrespondenceItem:
    """Pass a logged item (→ screened) or withhold a logged or screened one (→ withheld,
    with a reason)."""
    require(actor, Action.SCREEN_ITEMS)
    item = get_item(session, item_id, for_update=True)
    new = ItemStatus.SCREENED if passed else ItemStatus.WITHHELD
    check_item_move(item, new)
    text = clean_reason(reason, required=not passed)
    verify_version(item, expected_version, item_title(item))
    move_item(session, actor, item, new, today, text)
    item.withheld_reason = None if passed else text
    session.flush()
    return item


def screen_items(
    session: Session,
    actor: User,
    item_ids: list[int],
    *,
    passed: bool,
    reason: str | None = None,
    today: date,
) -> list[CorrespondenceItem]:
    """Screen several items with one decision; any refused item refuses them all."""
    require(actor, Action.SCREEN_ITEMS)
    return [
        screen_item(session, actor, i, passed=passed, reason=reason, today=today) for i in item_ids
    ]


def list_items(
    session: Session, person_id: int, *, direction: Direction | None = None
) -> list[CorrespondenceItem]:
    """A person's items, the most recently received first."""
    query = select(CorrespondenceItem).where(CorrespondenceItem.person_id == person_id)
    if direction is not None:
        query = query.where(col(CorrespondenceItem.direction) == direction.value)
    order = (col(CorrespondenceItem.received_on).desc(), col(CorrespondenceItem.id).desc())
    return list(session.exec(query.order_by(*order)))


@dataclass(frozen=True)
class RemovedItem:
    """What :func:`restore_item` needs to put a removed item back: its values and history."""

    title: str
    values: dict[str, Any]
    events: tuple[dict[str, Any], ...]


def removal_problem(title: str, status: ItemStatus, parcel_number: str | None = None) -> str | None:
    """Why an item in ``status`` may not be removed (None: it may), and what to do instead."""
    if status in REMOVABLE_STATUSES:
        return None
    if status is ItemStatus.PACKED:
        where = (
            translate("Correspondence", "{item} is packed in parcel {number}").format(
                item=title, number=parcel_number
            )
            if parcel_number
            else translate("Correspondence", "{item} is packed").format(item=title)
        )
        return translate(
            "Correspondence",
            "{packed}; a packed or dispatched item cannot be removed, only "
            "withheld or returned. Take it out of the parcel first (it is screened again); "
            "then remove it, or withhold it.",
        ).format(packed=where)
    if status in (ItemStatus.DISPATCHED, ItemStatus.DELIVERED):
        return translate(
            "Correspondence",
            "{item} is {status}; a packed or dispatched item cannot be "
            "removed: it left the office and stays on record. If it comes back, mark its "
            "parcel returned.",
        ).format(item=title, status=status.label.lower())
    return translate(
        "Correspondence",
        "{item} is {status}; it stays on record and cannot be removed "
        "(only a logged or screened item can).",
    ).format(item=title, status=status.label.lower())


def remove_item(
    session: Session,
    actor: User,
    item_id: int,
    *,
    reason: str | None,
    expected_version: int | None = None,
) -> RemovedItem:
    """Delete an item logged by mistake, with a reason, while it is logged or screened."""
    require(actor, Action.LOG_ITEMS)
    item = get_item(session, item_id, for_update=True)
    parcel = session.get(Parcel, item.parcel_id) if item.parcel_id else None
    number = parcel.parcel_number if parcel is not None else None
    problem = removal_problem(item_title(item), item.status, number)
    if problem:
        raise TransitionError(problem)
    text = clean_reason(reason, required=True)
    assert text is not None
    check_version(item, expected_version, item_title(item))
    events = list(session.exec(select(MailEvent).where(MailEvent.item_id == item_id)))
    removed = RemovedItem(
        item_title(item),
        {k: v for k, v in item.model_dump().items() if k not in ("id", "version")},
        tuple(e.model_dump(exclude={"id", "item_id"}) for e in events),
    )
    for event in events:
        session.delete(event)
    session.flush()  # no ORM relationship tells SQLAlchemy to delete the events first
    note_removal_reason(session, item, text)
    session.delete(item)
    session.flush()
    return removed


def restore_item(session: Session, actor: User, removed: RemovedItem) -> CorrespondenceItem:
    """Put back an item removed by mistake (the undo), with its history, as it was."""
    require(actor, Action.LOG_ITEMS)
    values = dict(removed.values)
    get_person(session, values["person_id"])
    contact_id = values.get("author_contact_id")
    if contact_id is not None and session.get(Contact, contact_id) is None:
        values["author_contact_id"] = None  # the contact went meanwhile; the name stays
    item = CorrespondenceItem(**values)
    session.add(item)
    session.flush()
    for event in removed.events:
        session.add(MailEvent(**event, item_id=item.id))
    session.flush()
    return item
