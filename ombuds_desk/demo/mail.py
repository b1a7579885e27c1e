"""Demo mail: letters, drawings and parcels for a share of the demo captives, the shipments
that carried them, the other side's acknowledgement and the campaigns that count them.

Built in three steps. First the shipments are scheduled (a few handed over in the last
months, one still being prepared). Then each chosen captive gets a plan of dates only: parcels
in those shipments (or packed, or still being assembled), items from their family packed into
them, loose items logged, screened or withheld, and letters from the captive. Last, the plans
are numbered office-wide in the order things happened (parcel numbers and ids by creation
day, seals by packing day, item ids by logging day); ``demo_mail_rows.py`` writes them as
rows, each with the MailEvent history the services' moves would have left. Every step is one
that ``domain/mail_rules.py`` allows, dated in order and never after ``today``; parcels leave
only in a shipment's handover, so each dispatched parcel has its shipment's handover date.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ombuds_desk.demo.texts import (
    ACK_SOURCE,
    CONTENTS,
    COUNTERPART_OFFICERS,
    DESCRIPTIONS,
    FROM_PERSON_DESCRIPTIONS,
    ICRC_DELEGATES,
    LANGUAGES,
    LOST_REASONS,
    REOPEN_REASONS,
    RETURN_REASONS,
    WITHHELD_REASONS,
)
from ombuds_desk.domain.enums import Channel, Direction, ItemKind, ParcelStatus, Relationship
from ombuds_desk.domain.mail_rules import IN_TRANSIT, format_parcel_number

PS = ParcelStatus
MAIL_SHARE = 0.4  # of captives, who get mail
MAIL_DAYS = 240  # how far back the mail goes
REFERENCE_PREFIX = {Channel.ICRC: "ICRC", Channel.COUNTERPART_OMBUDSMAN: "CO"}
_TO_KINDS = (ItemKind.LETTER, ItemKind.POSTCARD, ItemKind.DRAWING, ItemKind.PHOTO, ItemKind.OTHER)
_TO_WEIGHTS = (45, 15, 20, 18, 2)
_PAGES = {
    ItemKind.LETTER: (1, 4),
    ItemKind.POSTCARD: (1, 1),
    ItemKind.DRAWING: (1, 2),
    ItemKind.PHOTO: (1, 3),
}

Author = tuple[int, str, Relationship]  # contact id, name as the item keeps it, relationship


def author_name(contact: Mapping[str, Any]) -> str:
    """The contact's name as ``correspondence.log_item`` copies it onto an item (family name
    first); the demo tests compare the two."""
    return " ".join(
        p for p in (contact["family_name"], contact["given_name"], contact["patronymic"]) if p
    )


def _between(rng: random.Random, low: date, high: date) -> date:
    return low + timedelta(days=rng.randint(0, max((high - low).days, 0)))


def _days(n: int) -> timedelta:
    return timedelta(days=n)


@dataclass(slots=True)
class ShipmentPlan:
    reference: str
    channel: Channel
    handover_on: date  # planned, for the one still being prepared
    preparing: bool
    created_on: date
    handler_id: int | None = None  # the staff member who handed it over
    handed_over_by: str | None = None
    handed_over_org: str | None = None
    received_by: str | None = None
    received_org: str | None = None
    notes: str | None = None
    wave_on: date | None = None  # most of its parcels were delivered on this day
    acknowledged: bool = False  # that delivery came with the other side's acknowledgement
    parcels: int = 0
    in_transit: int = 0
    id: int = 0


@dataclass(slots=True, eq=False)
class ParcelPlan:
    person_id: int
    clerk: int
    created_on: date
    packed_on: date | None
    shipment: ShipmentPlan | None
    status: ParcelStatus
    outcome_on: date | None = None  # day it was delivered, returned or lost
    outcome_reason: str | None = None
    acknowledged: bool = False
    contents: str | None = None
    weight_grams: int | None = None
    first_packed_on: date | None = None  # sealed once, then reopened on ``reopened_on``
    reopened_on: date | None = None
    reopen_reason: str | None = None
    id: int = 0
    number: str = ""
    seal: str | None = None
    void_seal: str | None = None


@dataclass(slots=True, eq=False)
class ItemPlan:
    person_id: int
    clerk: int
    kind: ItemKind
    direction: Direction
    author: Author | None
    received_on: date
    logged_on: date
    screened_on: date | None = None  # or withheld on that day
    withheld: str | None = None
    packed_on: date | None = None
    parcel: ParcelPlan | None = None
    language: str | None = None
    pages: int | None = None
    description: str | None = None
    id: int = 0


@dataclass(slots=True, frozen=True)
class Captive:
    """A captive as the older mail needs them (``demo/archive.py``)."""

    person_id: int
    registered_on: date
    final_on: date | None
    language: str
    authors: list[Author]
    clerk: int


def plan_item(
    rng: random.Random,
    person_id: int,
    clerk: int,
    kind: ItemKind,
    direction: Direction,
    authors: list[Author],
    received: date,
    logged: date,
    language: str,
) -> ItemPlan:
    """One item's plan: its author (to the person), language, pages and description."""
    low, high = _PAGES.get(kind, (0, 0))
    texts = DESCRIPTIONS if direction is Direction.TO_PERSON else FROM_PERSON_DESCRIPTIONS
    lang = "Russian" if language == "Ukrainian" and rng.random() < 0.1 else language
    return ItemPlan(
        person_id,
        clerk,
        kind,
        direction,
        rng.choice(authors) if direction is Direction.TO_PERSON else None,
        received,
        logged,
        language=lang,
        pages=rng.randint(low, high) if high and rng.random() < 0.8 else None,
        description=rng.choice(texts[lang][kind]) if rng.random() < 0.7 else None,
    )


def family_kind(rng: random.Random) -> ItemKind:
    """The kind of an item from the family: mostly letters and drawings."""
    return rng.choices(_TO_KINDS, _TO_WEIGHTS)[0]


def handed_over(
    rng: random.Random, plan: ShipmentPlan, staff: list[tuple[int, str]], office: str
) -> None:
    """Who handed a shipment over, and to whom (by its channel)."""
    plan.handler_id, plan.handed_over_by = rng.choice(staff)
    plan.handed_over_org = office
    if plan.channel is Channel.ICRC:
        plan.received_by, plan.received_org = rng.choice(ICRC_DELEGATES), "ICRC delegation"
    else:
        plan.received_by = rng.choice(COUNTERPART_OFFICERS)
        plan.received_org = "Office of the counterpart ombudsman"


def shipment_note(channel: Channel) -> str:
    if channel is Channel.ICRC:
        return "Individual parcels for prisoners; the ICRC delegation delivers them."
    return "Handed over at the border crossing under the ombudsmen's agreement."


def plan_shipments(
    rng: random.Random, today: date, taken: set[str], staff: list[tuple[int, str]], office: str
) -> list[ShipmentPlan]:
    """Three to five shipments handed over in the last ~7 months and one being prepared,
    alternating ICRC and the counterpart ombudsman; oldest first."""
    handed = rng.randint(3, 5)
    step = 200 // handed
    offsets = sorted(
        (12 + step * i + rng.randint(0, step // 3) for i in range(handed)), reverse=True
    )
    counters = {Channel.ICRC: rng.randint(4, 8), Channel.COUNTERPART_OMBUDSMAN: rng.randint(3, 7)}
    plans: list[ShipmentPlan] = []
    for n, offset in enumerate([*offsets, None]):
        channel = (Channel.ICRC, Channel.COUNTERPART_OMBUDSMAN)[n % 2]
        preparing = offset is None
        on = today + _days(rng.randint(4, 12)) if offset is None else today - _days(offset)
        while True:
            counters[channel] += 1
            reference = f"{REFERENCE_PREFIX[channel]}-{on.year}-{counters[channel]:02d}"
            if reference.casefold() not in taken:
                break
        created = today - _days(rng.randint(3, 8)) if preparing else on - _days(rng.randint(12, 20))
        plan = ShipmentPlan(reference, channel, on, preparing, created)
        plan.notes = shipment_note(channel)
        if not preparing:
            handed_over(rng, plan, staff, office)
            if offset is not None and offset >= 35:
                plan.wave_on = on + _days(rng.randint(14, 28))
        plans.append(plan)
    waved = [p for p in plans if p.wave_on and p.channel is Channel.COUNTERPART_OMBUDSMAN]
    if waved:
        waved[-1].acknowledged = True  # the latest one came back with a list
    return plans


class DemoMail:
    """The mail of the demo register: planned per captive, then numbered and written."""

    def __init__(
        self,
        shipments: list[ShipmentPlan],
        today: date,
        importer_id: int,
        *,
        keep_captives: bool = False,
    ) -> None:
        self.shipments = shipments
        self.today = today
        self.importer_id = importer_id  # who imported the acknowledgement (demo_mail_rows)
        self.parcels: list[ParcelPlan] = []
        self.items: list[ItemPlan] = []
        self.by_person: list[tuple[list[ParcelPlan], list[ItemPlan]]] = []
        # Every captive, for the older mail of a bigger register (demo/archive.py).
        self.captives: list[Captive] | None = [] if keep_captives else None

    def note_captive(
        self,
        person_id: int,
        registered_on: date,
        final_on: date | None,
        origin: str,
        authors: list[Author],
        clerk: int,
    ) -> None:
        """Keep a captive for older mail, when asked to (``keep_captives``)."""
        if self.captives is not None:
            language = LANGUAGES.get(origin, "English")
            self.captives.append(
                Captive(person_id, registered_on, final_on, language, authors, clerk)
            )

    # --- planning one captive --------------------------------------------------------

    def plan_person(
        self,
        rng: random.Random,
        person_id: int,
        registered_on: date,
        final_on: date | None,
        origin: str,
        authors: list[Author],
        clerk: int,
    ) -> None:
        """Plan the mail of one captive (``final_on``: the day their case ended, if it has)."""
        today = self.today
        start = max(registered_on + _days(2), today - _days(MAIL_DAYS))
        end = final_on or today
        if (end - start).days < 7:
            return
        language = LANGUAGES.get(origin, "English")
        parcels: list[ParcelPlan] = []
        items: list[ItemPlan] = []

        def item(kind: ItemKind, direction: Direction, received: date, logged: date) -> ItemPlan:
            new = plan_item(
                rng, person_id, clerk, kind, direction, authors, received, logged, language
            )
            items.append(new)
            return new

        def to_kind() -> ItemKind:
            return family_kind(rng)

        def parcel(created: date, packed: date | None, shipment: ShipmentPlan | None) -> None:
            status = PS.PACKED if packed else PS.ASSEMBLING
            new = ParcelPlan(person_id, clerk, created, packed, shipment, status)
            if shipment is not None and not shipment.preparing:
                self.outcome(rng, new, shipment)
            count = rng.choices((0, 1, 2, 3), (22, 40, 26, 12))[0] if authors else 0
            last_add = packed or today
            for _ in range(count):  # worked back from the day it went in
                added = _between(rng, created, last_add)
                screened = max(added - _days(rng.randint(0, 3)), start)
                logged = max(screened - _days(rng.randint(0, 2)), start)
                received = max(logged - _days(rng.randint(0, 6)), start)
                new_item = item(to_kind(), Direction.TO_PERSON, received, logged)
                new_item.screened_on, new_item.packed_on, new_item.parcel = screened, added, new
            if packed is None and rng.random() < 0.25:
                new.first_packed_on = _between(rng, created, today)
                new.reopened_on = _between(rng, new.first_packed_on, today)
                new.reopen_reason = rng.choice(REOPEN_REASONS)
            just_created = count == 0 and packed is None and rng.random() < 0.4
            if not just_created and (count == 0 or rng.random() < 0.85):
                new.contents = rng.choice(CONTENTS["Russian" if origin == "ru" else "Ukrainian"])
            if packed is not None or rng.random() < 0.5:
                new.weight_grams = rng.randrange(800, 5001, 50)
            if shipment is not None:
                shipment.parcels += 1
                shipment.in_transit += new.status in IN_TRANSIT
            parcels.append(new)

        for shipment in self.shipments:
            h = shipment.handover_on
            if shipment.preparing:
                if final_on is None and rng.random() < 0.15:
                    created = max(today - _days(rng.randint(2, 20)), start)
                    parcel(created, _between(rng, created, today), shipment)
            elif h - start >= _days(4) and rng.random() < 0.3:
                final_ok = (
                    shipment.wave_on and not shipment.acknowledged and shipment.wave_on <= end
                )
                if final_on is None or final_ok:
                    created = max(h - _days(rng.randint(4, 25)), start)
                    parcel(created, h - _days(rng.randint(0, min(6, (h - created).days))), shipment)
        if final_on is None:
            if rng.random() < 0.06:  # sealed, waiting for the next shipment
                created = max(today - _days(rng.randint(2, 30)), start)
                parcel(created, _between(rng, created, today), None)
            if rng.random() < 0.08:
                parcel(max(today - _days(rng.randint(0, 12)), start), None, None)
        if authors:
            if final_on is None and rng.random() < 0.25:  # screened, waiting to be packed
                for _ in range(rng.randint(1, 2)):
                    logged = _between(rng, max(start, today - _days(30)), today)
                    received = max(logged - _days(rng.randint(0, 5)), start)
                    new_item = item(to_kind(), Direction.TO_PERSON, received, logged)
                    new_item.screened_on = min(logged + _days(rng.randint(0, 3)), today)
            if final_on is None and rng.random() < 0.15:  # logged, not screened yet
                for _ in range(rng.randint(1, 2)):
                    logged = _between(rng, max(start, today - _days(5)), today)
                    item(
                        to_kind(),
                        Direction.TO_PERSON,
                        max(logged - _days(rng.randint(0, 3)), start),
                        logged,
                    )
            if rng.random() < 0.06:
                logged = _between(rng, start, end)
                new_item = item(to_kind(), Direction.TO_PERSON, logged, logged)
                new_item.screened_on = min(logged + _days(rng.randint(0, 4)), end)
                new_item.withheld = rng.choice(WITHHELD_REASONS)
        if rng.random() < 0.55:  # the captive writes home; some fell silent months ago
            high = end
            if rng.random() < 0.3 and (min(end, today - _days(100)) - start).days > 0:
                high = min(end, today - _days(100))
            for _ in range(rng.randint(1, 4)):
                received = _between(rng, start, high)
                logged = min(received + _days(rng.randint(0, 3)), end)
                kind = ItemKind.LETTER if rng.random() < 0.75 else ItemKind.POSTCARD
                new_item = item(kind, Direction.FROM_PERSON, received, logged)
                if (today - logged).days <= 3 and rng.random() < 0.6:
                    continue  # still logged
                new_item.screened_on = min(logged + _days(rng.randint(0, 3)), end)
                if rng.random() < 0.05:
                    new_item.withheld = rng.choice(WITHHELD_REASONS)
        if parcels or items:
            self.parcels.extend(parcels)
            self.items.extend(items)
            self.by_person.append((parcels, items))

    def outcome(self, rng: random.Random, parcel: ParcelPlan, shipment: ShipmentPlan) -> None:
        """What became of a parcel after its shipment's handover."""
        h, today, roll = shipment.handover_on, self.today, rng.random()
        status, on, reason = PS.DISPATCHED, None, None
        if shipment.wave_on is None:  # handed over lately: mostly still on its way
            if roll < 0.12 and (today - h).days >= 3:
                status, on, reason = PS.DELIVERED, _between(rng, h + _days(3), today), None
            elif roll < 0.15 and (today - h).days >= 7:
                status, on = PS.RETURNED, _between(rng, h + _days(7), today)
        else:
            # A confirmed shipment delivers whatever is still on its way; an acknowledgement
            # only what it lists, so the rest of that shipment stays dispatched.
            last = today if shipment.acknowledged else shipment.wave_on
            if roll < 0.06:
                status, on = PS.DELIVERED, _between(rng, h + _days(5), last)
            elif roll < 0.11:
                status, on = PS.RETURNED, _between(rng, h + _days(10), last)
            elif roll < 0.14:
                status, on = PS.LOST, _between(rng, h + _days(12), last)
            elif not (shipment.acknowledged and roll < 0.26):
                status, on = PS.DELIVERED, shipment.wave_on
                parcel.acknowledged = shipment.acknowledged
                reason = (
                    f"Acknowledged by {ACK_SOURCE}"
                    if shipment.acknowledged
                    else f"Delivery of shipment {shipment.reference} confirmed"
                )
        if status is PS.DELIVERED and reason is None:
            reason = "Delivery confirmed"
        elif status is PS.RETURNED:
            reason = rng.choice(RETURN_REASONS)
        elif status is PS.LOST:
            reason = rng.choice(LOST_REASONS)
        parcel.status, parcel.outcome_on, parcel.outcome_reason = status, on, reason

    # --- numbering ---------------------------------------------------------------------

    def number(self, rng: random.Random, first_shipment_id: int) -> list[ShipmentPlan]:
        """Ids, parcel numbers and seals in the order things happened; returns the shipments
        kept (a handed-over one that got no parcel is dropped: it could not be handed over)."""
        kept = [s for s in self.shipments if s.preparing or s.parcels]
        for n, shipment in enumerate(kept, start=first_shipment_id):
            shipment.id = n
        seqs: dict[int, int] = {}
        for n, parcel in enumerate(sorted(self.parcels, key=lambda p: p.created_on), start=1):
            year = parcel.created_on.year
            seqs[year] = seqs.get(year, 0) + 1
            parcel.id, parcel.number = n, format_parcel_number(year, seqs[year])
        seals: list[tuple[date, ParcelPlan, bool]] = []
        for parcel in self.parcels:
            if parcel.first_packed_on is not None:
                seals.append((parcel.first_packed_on, parcel, True))
            if parcel.packed_on is not None:
                seals.append((parcel.packed_on, parcel, False))
        seal = rng.randint(10_000, 90_000) * 10
        for _, parcel, void in sorted(seals, key=lambda s: s[0]):
            seal += 1
            if void:
                parcel.void_seal = f"SL-{seal:07d}"
            else:
                parcel.seal = f"SL-{seal:07d}"
        for n, item in enumerate(sorted(self.items, key=lambda i: i.logged_on), start=1):
            item.id = n
        return kept
