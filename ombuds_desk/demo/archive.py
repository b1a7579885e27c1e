"""Older mail for a demo register of a long conflict: a national register's million letters.

The demo's usual mail (``demo/mail.py``) covers the last ``MAIL_DAYS`` for a share of the
captives. Asked for more items and parcels than that gives (``ombuds-desk demo --items N
--parcels M``), the rest is planned here, before that window, for every captive registered
earlier: monthly shipments alternating the ICRC and the counterpart ombudsman, all long since
delivered (closed); parcels from the family in them, each with the family's letters,
drawings and photos packed; and the letters the captives wrote home, screened (a few
withheld). Every date lies between the captive's registration and the end of their case,
and every step is one the mail rules allow (``demo/mail_rows.py`` checks each as it writes
it). The plans join the usual ones, so numbering and rows are made by the same code.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

from ombuds_desk.demo.mail import (
    MAIL_DAYS,
    REFERENCE_PREFIX,
    Captive,
    DemoMail,
    ItemPlan,
    ParcelPlan,
    ShipmentPlan,
    family_kind,
    handed_over,
    plan_item,
    shipment_note,
)
from ombuds_desk.demo.texts import CONTENTS, WITHHELD_REASONS
from ombuds_desk.domain.enums import Channel, Direction, ItemKind, ParcelStatus

# Of the older items, the share the family sends (packed into parcels); the rest are letters
# the captives wrote home.
FAMILY_SHARE = 0.35
MAX_PER_PARCEL = 12
SHIPMENT_EVERY = 28  # days, give or take a few
FIRST_SHIPMENT = 720  # days before today
DELIVERY_DAYS = 30  # a shipment is delivered within this; its parcels end before the case


def _window(captive: Captive, today: date) -> tuple[date, date]:
    """The days of a captive's older mail: from registration to the usual mail's start."""
    end = min(captive.final_on or today, today - timedelta(days=MAIL_DAYS + 1))
    return captive.registered_on + timedelta(days=2), end


def _between(rng: random.Random, low: date, high: date) -> date:
    return low + timedelta(days=rng.randint(0, max((high - low).days, 0)))


def plan_archive_shipments(
    rng: random.Random, mail: DemoMail, staff: list[tuple[int, str]], office: str, taken: set[str]
) -> list[ShipmentPlan]:
    """Closed shipments every four weeks or so before the usual mail's first one."""
    today = mail.today
    handed = [s.handover_on for s in mail.shipments if not s.preparing]
    last = min([*handed, today - timedelta(days=MAIL_DAYS)]) - timedelta(days=14)
    used = taken | {s.reference.casefold() for s in mail.shipments}
    counters: dict[tuple[Channel, int], int] = defaultdict(int)
    plans: list[ShipmentPlan] = []
    on = today - timedelta(days=FIRST_SHIPMENT)
    while on <= last:
        channel = (Channel.ICRC, Channel.COUNTERPART_OMBUDSMAN)[len(plans) % 2]
        while True:
            counters[channel, on.year] += 1
            reference = f"{REFERENCE_PREFIX[channel]}-{on.year}-{counters[channel, on.year]:02d}"
            if reference.casefold() not in used:
                used.add(reference.casefold())
                break
        created = on - timedelta(days=rng.randint(12, 20))
        plan = ShipmentPlan(reference, channel, on, False, created, notes=shipment_note(channel))
        handed_over(rng, plan, staff, office)
        plan.wave_on = on + timedelta(days=rng.randint(14, DELIVERY_DAYS - 2))
        plans.append(plan)
        on += timedelta(days=SHIPMENT_EVERY + rng.randint(-4, 4))
    return plans


def _family_items(
    rng: random.Random, captive: Captive, parcel: ParcelPlan, count: int, start: date
) -> list[ItemPlan]:
    """The family's items packed into ``parcel``, worked back from the day each went in."""
    items = []
    packed = parcel.packed_on or parcel.created_on
    for _ in range(count):
        added = _between(rng, parcel.created_on, packed)
        screened = max(added - timedelta(days=rng.randint(0, 3)), start)
        logged = max(screened - timedelta(days=rng.randint(0, 2)), start)
        received = max(logged - timedelta(days=rng.randint(0, 6)), start)
        item = plan_item(
            rng,
            captive.person_id,
            captive.clerk,
            family_kind(rng),
            Direction.TO_PERSON,
            captive.authors,
            received,
            logged,
            captive.language,
        )
        item.screened_on, item.packed_on, item.parcel = screened, added, parcel
        items.append(item)
    return items


def _letters_home(rng: random.Random, captive: Captive, count: int, today: date) -> list[ItemPlan]:
    start, end = _window(captive, today)
    letters = []
    for _ in range(count):
        received = _between(rng, start, end)
        logged = min(received + timedelta(days=rng.randint(0, 3)), end)
        kind = ItemKind.LETTER if rng.random() < 0.75 else ItemKind.POSTCARD
        item = plan_item(
            rng,
            captive.person_id,
            captive.clerk,
            kind,
            Direction.FROM_PERSON,
            [],
            received,
            logged,
            captive.language,
        )
        item.screened_on = min(logged + timedelta(days=rng.randint(0, 3)), end)
        if rng.random() < 0.03:
            item.withheld = rng.choice(WITHHELD_REASONS)
        letters.append(item)
    return letters


def plan_archive(
    rng: random.Random,
    mail: DemoMail,
    *,
    items: int,
    parcels: int,
    staff: list[tuple[int, str]],
    office: str,
    taken: set[str],
) -> int:
    """Add older mail to ``mail`` until it holds about ``items`` items and ``parcels``
    parcels (never fewer than the usual mail made); returns the items added."""
    captives = mail.captives
    if captives is None:
        raise ValueError("older mail needs a DemoMail made with keep_captives=True")
    today = mail.today
    extra_parcels = max(parcels - len(mail.parcels), 0)
    extra_items = max(items - len(mail.items), 0)
    windows = {c.person_id: _window(c, today) for c in captives}
    shipments = plan_archive_shipments(rng, mail, staff, office, taken)
    eligible: list[tuple[ShipmentPlan, list[Captive]]] = []
    for shipment in shipments:
        h = shipment.handover_on
        fits = [
            c
            for c in captives
            if windows[c.person_id][0] + timedelta(days=4) <= h
            and h + timedelta(days=DELIVERY_DAYS) <= windows[c.person_id][1]
        ]
        if fits:
            eligible.append((shipment, fits))
    family = round(extra_items * FAMILY_SHARE) if eligible else 0
    mean = min(family / extra_parcels, MAX_PER_PARCEL) if extra_parcels else 0.0
    added_parcels: dict[int, list[ParcelPlan]] = defaultdict(list)
    added_items: dict[int, list[ItemPlan]] = defaultdict(list)
    received: dict[int, set[int]] = defaultdict(set)  # persons by shipment (its index)
    for _ in range(extra_parcels if eligible else 0):
        which = rng.randrange(len(eligible))
        shipment, fits = eligible[which]
        captive = fits[rng.randrange(len(fits))]
        for _retry in range(4):  # one parcel a shipment for most captives
            if captive.person_id not in received[which]:
                break
            captive = fits[rng.randrange(len(fits))]
        received[which].add(captive.person_id)
        h = shipment.handover_on
        start = windows[captive.person_id][0]
        created = max(h - timedelta(days=rng.randint(4, 25)), start)
        packed = h - timedelta(days=rng.randint(0, min(6, (h - created).days)))
        parcel = ParcelPlan(
            captive.person_id, captive.clerk, created, packed, shipment, ParcelStatus.PACKED
        )
        mail.outcome(rng, parcel, shipment)
        count = rng.randint(int(mean * 0.5), int(mean * 1.5 + 0.5)) if captive.authors else 0
        parcel.contents = rng.choice(
            CONTENTS["Russian" if captive.language == "Russian" else "Ukrainian"]
        )
        parcel.weight_grams = rng.randrange(800, 5001, 50)
        shipment.parcels += 1
        added_parcels[captive.person_id].append(parcel)
        added_items[captive.person_id] += _family_items(rng, captive, parcel, count, start)
    home = extra_items - sum(len(i) for i in added_items.values())
    writers = [c for c in captives if (windows[c.person_id][1] - windows[c.person_id][0]).days >= 7]
    days = sum((windows[c.person_id][1] - windows[c.person_id][0]).days for c in writers)
    for captive in writers if home > 0 else []:
        start, end = windows[captive.person_id]
        expected = home * (end - start).days / days
        count = int(expected) + (rng.random() < expected - int(expected))
        added_items[captive.person_id] += _letters_home(rng, captive, count, today)
    mail.shipments[:0] = [s for s in shipments if s.parcels]
    added = 0
    for person_id in sorted(added_parcels.keys() | added_items.keys()):
        person_parcels, person_items = added_parcels[person_id], added_items[person_id]
        mail.parcels.extend(person_parcels)
        mail.items.extend(person_items)
        mail.by_person.append((person_parcels, person_items))
        added += len(person_items)
    return added
