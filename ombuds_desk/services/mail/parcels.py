"""Parcels for one person: create, fill with screened items and other contents, seal (pack).

Items become *packed* the moment they are added to a parcel (their ``parcel_id`` is set at
the same time), and go back to *screened* when taken out. So "in a parcel" and "packed or
later" are the same thing, and an item can never sit in two parcels. Packing (sealing) the
parcel needs a seal number, unique among parcels, and at least one item or a description of
other contents. A packed parcel not yet in a shipment can be reopened; its seal is then void.

A parcel created by mistake is deleted while it is empty and was never sealed
(:func:`delete_parcel`); its removal is audited with its number, and numbers are never given
again: :func:`next_parcel_seq` counts the highest deleted number of the year as used (kept in
one office-setting row a year), so a label once printed can never name another parcel. :func:`restore_parcel` is
the undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus
from ombuds_desk.domain.errors import NotFoundError, TransitionError, ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import AcknowledgementLine, CorrespondenceItem, MailEvent, Parcel
from ombuds_desk.domain.mail_rules import (
    PARCEL_PREFIX,
    format_parcel_number,
    normalize_parcel_number,
    packing_problem,
    parse_parcel_number,
    seal_problem,
)
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.core.audit import note_removal_reason
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import check_version
from ombuds_desk.services.mail.correspondence import get_item
from ombuds_desk.services.mail.mail_events import (
    add_with_first_event,
    check_date,
    check_parcel_move,
    clean_reason,
    item_title,
    move_item,
    move_parcel,
    verify_version,
)
from ombuds_desk.store.locks import lock_numbering

MAX_WEIGHT_GRAMS = 100_000
ParcelRef = int | str  # an id, or a parcel number as typed or scanned


def _kept_key(year: int) -> str:
    """The office-setting row that remembers the year's highest number of a deleted parcel
    (not one of the settings a person changes; its changes are audited like any row)."""
    return f"deleted_parcel_seq_{year:04d}"


def _kept_seq(session: Session, year: int) -> int:
    row = session.get(OfficeSetting, _kept_key(year))
    return int(row.value) if row is not None and row.value.isdigit() else 0


def _keep_number(session: Session, number: str) -> None:
    """Remember a deleted parcel's number so that it is never given again (one row a year,
    read by :func:`next_parcel_seq` at no cost)."""
    parsed = parse_parcel_number(number)
    if parsed is None:
        return
    year, seq = parsed
    if seq <= _kept_seq(session, year):
        return
    key = _kept_key(year)
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(key=key, value=str(seq)))
    else:
        row.value = str(seq)
        session.add(row)


def next_parcel_seq(session: Session, year: int) -> int:
    """The next sequence number of the year's parcels never given (deleted ones count)."""
    lock_numbering(session, "parcel_number")  # a server's writers take turns (store/locks.py)
    last = session.exec(
        select(func.max(Parcel.parcel_number)).where(
            col(Parcel.parcel_number).like(f"{PARCEL_PREFIX}-{year:04d}-%")
        )
    ).one()
    parsed = parse_parcel_number(last) if last else None
    return max(parsed[1] if parsed else 0, _kept_seq(session, year)) + 1


def _clean_weight(weight_grams: int | str | None) -> int | None:
    if weight_grams is None or str(weight_grams).strip() == "":
        return None
    try:
        grams = int(str(weight_grams).strip())
    except ValueError:
        raise ValidationError(
            "", {"weight_grams": translate("MailProblems", "must be a whole number of grams")}
        ) from None
    if not 1 <= grams <= MAX_WEIGHT_GRAMS:
        raise ValidationError(
            "",
            {
                "weight_grams": translate(
                    "MailProblems", "must be from 1 to {highest} grams"
                ).format(highest=MAX_WEIGHT_GRAMS)
            },
        )
    return grams


def create_parcel(
    session: Session,
    actor: User,
    person_id: int,
    *,
    today: date,
    contents: str | None = None,
    weight_grams: int | str | None = None,
) -> Parcel:
    """A new parcel being assembled for the person, numbered ``PCL-<year>-<seq>``."""
    require(actor, Action.PACK_PARCELS)
    get_person(session, person_id)
    parcel = Parcel(
        parcel_number=format_parcel_number(today.year, next_parcel_seq(session, today.year)),
        person_id=person_id,
        status=ParcelStatus.ASSEMBLING,
        contents=(contents or "").strip() or None,
        weight_grams=_clean_weight(weight_grams),
        created_by_id=actor.id,
    )
    add_with_first_event(session, actor, parcel, on=today, reason="Parcel created")
    return parcel


def get_parcel(session: Session, parcel_id: int, *, for_update: bool = False) -> Parcel:
    parcel = session.get(Parcel, parcel_id, with_for_update=for_update or None)
    if parcel is None:
        raise NotFoundError(translate("Parcels", "No parcel with id {id}.").format(id=parcel_id))
    return parcel


def find_parcel_by_number(session: Session, text: str) -> Parcel | None:
    """The parcel whose number was typed or scanned (any case, spaces, keyboard layout)."""
    number = normalize_parcel_number(text)
    if not number:
        return None
    return session.exec(select(Parcel).where(Parcel.parcel_number == number)).first()


def resolve_parcel(session: Session, ref: ParcelRef, *, for_update: bool = False) -> Parcel:
    """A parcel by id or by number; NotFoundError names what was typed."""
    if isinstance(ref, int):
        return get_parcel(session, ref, for_update=for_update)
    found = find_parcel_by_number(session, ref)
    if found is None:
        raise NotFoundError(
            translate("Parcels", "No parcel numbered “{number}”.").format(number=ref.strip())
        )
    if for_update:
        assert found.id is not None
        return get_parcel(session, found.id, for_update=True)
    return found


def list_parcels(session: Session, person_id: int) -> list[Parcel]:
    """A person's parcels, the newest first."""
    return list(
        session.exec(
            select(Parcel).where(Parcel.person_id == person_id).order_by(col(Parcel.id).desc())
        )
    )


def parcel_items(session: Session, parcel_id: int) -> list[CorrespondenceItem]:
    return list(
        session.exec(
            select(CorrespondenceItem)
            .where(CorrespondenceItem.parcel_id == parcel_id)
            .order_by(col(CorrespondenceItem.id))
        )
    )


def _what(parcel: Parcel) -> str:
    """The parcel as a message names it, in the reader's language."""
    return translate("Parcels", "Parcel {number}").format(number=parcel.parcel_number)


def _stored(parcel: Parcel) -> str:
    """The parcel as a stored reason names it (stored data stays as written)."""
    return f"Parcel {parcel.parcel_number}"


def add_items_to_parcel(
    session: Session,
    actor: User,
    parcel_id: int,
    item_ids: Sequence[int],
    *,
    today: date,
    expected_version: int | None = None,
) -> list[CorrespondenceItem]:
    """Put screened items of the parcel's person into it (they become packed).

    Items already in this parcel are skipped; any other refused item refuses them all.
    """
    require(actor, Action.PACK_PARCELS)
    parcel = get_parcel(session, parcel_id, for_update=True)
    items = [get_item(session, i, for_update=True) for i in dict.fromkeys(item_ids)]
    new = [i for i in items if i.parcel_id != parcel.id]
    problems = [(i, packing_problem(i, parcel)) for i in new]
    refused = [f"{item_title(i)}: {p}" for i, p in problems if p]
    if refused:
        raise TransitionError(
            translate("Parcels", "Nothing was added to {parcel}. {problems}.").format(
                parcel=_what(parcel), problems="; ".join(refused)
            )
        )
    verify_version(parcel, expected_version, _what(parcel))
    for item in new:
        move_item(session, actor, item, ItemStatus.PACKED, today, _stored(parcel))
        item.parcel_id = parcel.id
    if new:
        parcel.version += 1
        session.add(parcel)
    session.flush()
    return new


def remove_item_from_parcel(
    session: Session, actor: User, parcel_id: int, item_id: int, *, today: date
) -> CorrespondenceItem:
    """Take an item out of a parcel still being assembled; it is screened again."""
    require(actor, Action.PACK_PARCELS)
    parcel = get_parcel(session, parcel_id, for_update=True)
    item = get_item(session, item_id, for_update=True)
    if item.parcel_id != parcel.id:
        raise TransitionError(
            translate("Parcels", "{item} is not in {parcel}.").format(
                item=item_title(item), parcel=_what(parcel)
            )
        )
    if parcel.status is not ParcelStatus.ASSEMBLING:
        raise TransitionError(
            translate(
                "Parcels",
                "{parcel} is {status}; items can only be taken out while it is being assembled.",
            ).format(parcel=_what(parcel), status=parcel.status.label.lower())
        )
    move_item(session, actor, item, ItemStatus.SCREENED, today, f"Taken out of {_stored(parcel)}")
    item.parcel_id = None
    parcel.version += 1
    session.add(parcel)
    session.flush()
    return item


def set_parcel_contents(
    session: Session,
    actor: User,
    parcel_id: int,
    *,
    contents: str | None,
    weight_grams: int | str | None,
    expected_version: int | None = None,
) -> Parcel:
    """Describe other contents ("warm socks") and the weight, until the parcel is dispatched."""
    require(actor, Action.PACK_PARCELS)
    parcel = get_parcel(session, parcel_id, for_update=True)
    if parcel.status not in (ParcelStatus.ASSEMBLING, ParcelStatus.PACKED):
        raise TransitionError(
            translate("Parcels", "{parcel} is {status}; its contents can no longer change.").format(
                parcel=_what(parcel), status=parcel.status.label.lower()
            )
        )
    weight = _clean_weight(weight_grams)
    text = (contents or "").strip() or None
    if parcel.status is ParcelStatus.PACKED and not text and not parcel_items(session, parcel_id):
        raise ValidationError(
            "",
            {
                "contents": translate(
                    "MailProblems", "a packed parcel without items needs its contents"
                )
            },
        )
    check_version(parcel, expected_version, _what(parcel))
    parcel.contents = text
    parcel.weight_grams = weight
    session.add(parcel)
    session.flush()
    return parcel


def pack_parcel(
    session: Session,
    actor: User,
    parcel_id: int,
    *,
    seal_number: str,
    today: date,
    on: date | None = None,
    expected_version: int | None = None,
) -> Parcel:
    """Seal the parcel (→ packed) with a seal number no other parcel carries."""
    require(actor, Action.PACK_PARCELS)
    parcel = get_parcel(session, parcel_id, for_update=True)
    check_parcel_move(parcel, ParcelStatus.PACKED)
    seal = " ".join((seal_number or "").split()).upper()
    problem = seal_problem(seal, len(parcel_items(session, parcel_id)), parcel.contents)
    if problem:
        raise ValidationError("", {"seal_number" if not seal else "contents": problem})
    other = session.exec(
        select(Parcel.parcel_number).where(Parcel.seal_number == seal, Parcel.id != parcel.id)
    ).first()
    if other:
        raise ValidationError(
            "",
            {
                "seal_number": translate(
                    "MailProblems", "is already used on parcel {number}"
                ).format(number=other)
            },
        )
    packed_on = on or today
    check_date("packed_on", packed_on, None, today)
    verify_version(parcel, expected_version, _what(parcel))
    move_parcel(session, actor, parcel, ParcelStatus.PACKED, packed_on, f"Seal {seal}")
    parcel.seal_number = seal
    parcel.packed_on = packed_on
    session.flush()
    return parcel


def reopen_parcel(
    session: Session,
    actor: User,
    parcel_id: int,
    *,
    reason: str,
    today: date,
    expected_version: int | None = None,
) -> Parcel:
    """Break the seal of a packed parcel not yet in a shipment (→ assembling), with a reason."""
    require(actor, Action.PACK_PARCELS)
    parcel = get_parcel(session, parcel_id, for_update=True)
    check_parcel_move(parcel, ParcelStatus.ASSEMBLING)
    if parcel.shipment_id is not None:
        raise TransitionError(
            translate("Parcels", "{parcel} is in a shipment; take it out of it first.").format(
                parcel=_what(parcel)
            )
        )
    text = clean_reason(reason, required=True)
    verify_version(parcel, expected_version, _what(parcel))
    move_parcel(
        session,
        actor,
        parcel,
        ParcelStatus.ASSEMBLING,
        today,
        f"Seal {parcel.seal_number} broken: {text}",
    )
    parcel.seal_number = None
    parcel.packed_on = None
    session.flush()
    return parcel


@dataclass(frozen=True)
class RemovedParcel:
    """What :func:`restore_parcel` needs to put a deleted parcel back."""

    number: str
    values: dict[str, Any]
    events: tuple[dict[str, Any], ...]


def _why_kept(session: Session, parcel: Parcel) -> str | None:
    """Why ``parcel`` may not be deleted, or None."""
    what = _what(parcel)
    if parcel.status is not ParcelStatus.ASSEMBLING:
        return translate(
            "Parcels",
            "{parcel} is {status}; only a parcel still being assembled, never sealed, can be "
            "deleted.",
        ).format(parcel=what, status=parcel.status.label.lower())
    count = len(parcel_items(session, parcel.id or 0))
    # Two texts, not a %n plural: pyside6-lupdate marks translate(…, n) as plural only when
    # n is a literal number. The translations of the second read for any count.
    if count == 1:
        return translate(
            "Parcels", "{parcel} holds 1 item; take them out first, then delete the empty parcel."
        ).format(parcel=what)
    if count:
        return translate(
            "Parcels",
            "{parcel} holds {count} items; take them out first, then delete the empty parcel.",
        ).format(parcel=what, count=count)
    sealed = session.exec(
        select(MailEvent.id).where(
            MailEvent.parcel_id == parcel.id, MailEvent.to_status == ParcelStatus.PACKED.value
        )
    ).first()
    if sealed is not None:
        return translate(
            "Parcels",
            "{parcel} was sealed once (its seal was broken since); it stays on record. "
            "Fill it again or leave it empty.",
        ).format(parcel=what)
    acknowledged = session.exec(
        select(AcknowledgementLine.id).where(AcknowledgementLine.parcel_id == parcel.id)
    ).first()
    if parcel.shipment_id is not None or acknowledged is not None:
        return translate(
            "Parcels", "{parcel} is named in a shipment or an acknowledgement; it stays on record."
        ).format(parcel=what)
    return None


def delete_parcel(
    session: Session,
    actor: User,
    parcel_id: int,
    *,
    reason: str | None = None,
    expected_version: int | None = None,
) -> RemovedParcel:
    """Delete an empty parcel that was never sealed (created by mistake); its number is
    never given again."""
    require(actor, Action.PACK_PARCELS)
    parcel = get_parcel(session, parcel_id, for_update=True)
    problem = _why_kept(session, parcel)
    if problem:
        raise TransitionError(problem)
    check_version(parcel, expected_version, _what(parcel))
    events = list(session.exec(select(MailEvent).where(MailEvent.parcel_id == parcel_id)))
    removed = RemovedParcel(
        parcel.parcel_number,
        {k: v for k, v in parcel.model_dump().items() if k not in ("id", "version")},
        tuple(e.model_dump(exclude={"id", "parcel_id"}) for e in events),
    )
    for event in events:
        session.delete(event)
    session.flush()  # the history rows go first: they point at the parcel
    note_removal_reason(session, parcel, clean_reason(reason) or "Empty, created by mistake")
    session.delete(parcel)
    _keep_number(session, removed.number)
    session.flush()
    return removed


def restore_parcel(session: Session, actor: User, removed: RemovedParcel) -> Parcel:
    """Put back a parcel deleted by mistake (the undo), under its own number."""
    require(actor, Action.PACK_PARCELS)
    values = dict(removed.values)
    get_person(session, values["person_id"])
    taken = find_parcel_by_number(session, removed.number)
    if taken is not None:
        raise TransitionError(
            translate("Parcels", "Parcel {number} is back already.").format(number=removed.number)
        )
    parcel = Parcel(**values)
    session.add(parcel)
    session.flush()
    for event in removed.events:
        session.add(MailEvent(**event, parcel_id=parcel.id))
    session.flush()
    return parcel
