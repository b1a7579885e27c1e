"""Logging correspondence items (letters, cards, drawings, photos) and screening them.

The logging form stays open for the next item, so :func:`log_item` takes the typed values as
a mapping and returns the saved item; its errors name the form's fields. The author is either
one of the person's contacts (``author_contact_id``; their name, family name first as
everywhere, and relationship are copied, so the item keeps them if the contact is removed) or typed (``author_name`` and an optional
``author_relationship``). Items sent to the person need an author; items from the person
do not (the author is the person).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus, Relationship
from ombuds_desk.domain.errors import NotFoundError, TransitionError, ValidationError
from ombuds_desk.domain.mail import CorrespondenceItem, MailEvent
from ombuds_desk.domain.partial_dates import PartialDate
from ombuds_desk.domain.people import Contact
from ombuds_desk.domain.person_rules import clean_name, clean_text
from ombuds_desk.services.cases.persons import get_person
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

EDITABLE_STATUSES = frozenset({ItemStatus.LOGGED, ItemStatus.SCREENED})
MAX_PAGES = 500


def parse_date(value: Any) -> date | None:
    """A date from a date, or text as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY; None when empty."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    parsed = PartialDate.parse(text)
    if parsed.month is None or parsed.day is None:
        raise ValueError("give the full date (day, month and year)")
    return date(parsed.year, parsed.month, parsed.day)


def _enum(raw: Mapping[str, Any], field: str, cls: Any, problems: dict[str, str]) -> Any:
    value = raw.get(field)
    if value is None or str(value).strip() == "":
        problems[field] = "is required"
        return None
    try:
        return cls.parse(str(value))
    except ValueError:
        problems[field] = "choose one of " + ", ".join(m.label for m in cls)
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
            problems["author_contact_id"] = "is not one of this person's contacts"
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
            problems["author_relationship"] = "choose a relationship"
    if values["author_name"] and len(values["author_name"]) > 200:
        problems["author_name"] = "is too long (200 characters at most)"
    if values.get("direction") is Direction.TO_PERSON and not values["author_name"]:
        problems["author_name"] = "pick one of the person's contacts or type the author's name"


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
        problems["received_on"] = "is in the future"
    values["received_on"] = received or today
    values["language"] = clean_text(raw.get("language"))
    if values["language"] and len(values["language"]) > 40:
        problems["language"] = "is too long (40 characters at most)"
    pages = raw.get("pages")
    values["pages"] = None
    if pages not in (None, ""):
        try:
            values["pages"] = int(str(pages).strip())
        except ValueError:
            problems["pages"] = "must be a whole number"
        else:
            if not 1 <= values["pages"] <= MAX_PAGES:
                problems["pages"] = f"must be from 1 to {MAX_PAGES}"
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
    return item


def get_item(session: Session, item_id: int, *, for_update: bool = False) -> CorrespondenceItem:
    item = session.get(CorrespondenceItem, item_id, with_for_update=for_update or None)
    if item is None:
        raise NotFoundError(f"No correspondence item with id {item_id}; it may have been removed.")
    return item


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
    if item.status not in EDITABLE_STATUSES:
        raise TransitionError(
            f"{item_title(item)} is {item.status.label.lower()}; "
            "only logged or screened items can be edited."
        )
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
    """Pass a logged item (→ screened) or withhold it (→ withheld, with a reason)."""
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


def remove_item(
    session: Session, actor: User, item_id: int, *, expected_version: int | None = None
) -> None:
    """Delete an item logged by mistake; only while it is still *logged*."""
    require(actor, Action.LOG_ITEMS)
    item = get_item(session, item_id, for_update=True)
    if item.status is not ItemStatus.LOGGED:
        raise TransitionError(
            f"{item_title(item)} is {item.status.label.lower()}; only a logged item can be removed."
        )
    check_version(item, expected_version, item_title(item))
    for event in session.exec(select(MailEvent).where(MailEvent.item_id == item_id)):
        session.delete(event)
    session.flush()  # no ORM relationship tells SQLAlchemy to delete the events first
    session.delete(item)
    session.flush()
