"""Which status may follow which for correspondence items and parcels, and the packing rules.

The one place that knows these transitions; services, the UI, the CLI and reports ask here.

Items: logged → screened → packed → dispatched → delivered, or withheld (at screening, or
later while screened and in no parcel) or returned (with their parcel). A packed item goes back to screened when it is taken out of its
parcel while the parcel is still being assembled.

Parcels: assembling → packed → dispatched → delivered, or returned / lost. A packed parcel
not yet handed over may be reopened (back to assembling). A lost parcel may still turn up
delivered (the other side acknowledges it); a delivered or returned parcel is final.
"""

from __future__ import annotations

import re
from datetime import date

from ombuds_desk.domain.enums import Direction, ItemStatus, LabelledEnum, ParcelStatus
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel

IS = ItemStatus
PS = ParcelStatus

ITEM_NEXT: dict[ItemStatus, frozenset[ItemStatus]] = {
    IS.LOGGED: frozenset({IS.SCREENED, IS.WITHHELD}),
    IS.SCREENED: frozenset({IS.PACKED, IS.WITHHELD}),  # kept back after all, before packing
    IS.PACKED: frozenset({IS.SCREENED, IS.DISPATCHED}),
    IS.DISPATCHED: frozenset({IS.DELIVERED, IS.RETURNED}),
    IS.DELIVERED: frozenset(),
    IS.RETURNED: frozenset(),
    IS.WITHHELD: frozenset(),
}

PARCEL_NEXT: dict[ParcelStatus, frozenset[ParcelStatus]] = {
    PS.ASSEMBLING: frozenset({PS.PACKED}),
    PS.PACKED: frozenset({PS.ASSEMBLING, PS.DISPATCHED}),
    PS.DISPATCHED: frozenset({PS.DELIVERED, PS.RETURNED, PS.LOST}),
    PS.LOST: frozenset({PS.DELIVERED}),
    PS.DELIVERED: frozenset(),
    PS.RETURNED: frozenset(),
}

# What a parcel's move does to the items in it; lost parcels leave their items dispatched
# (there is no "lost" item status), so a parcel that turns up can still deliver them.
ITEM_STATUS_FOR_PARCEL: dict[ParcelStatus, ItemStatus] = {
    PS.DISPATCHED: IS.DISPATCHED,
    PS.DELIVERED: IS.DELIVERED,
    PS.RETURNED: IS.RETURNED,
}

# Parcels that have left the office and are still on their way.
IN_TRANSIT: frozenset[ParcelStatus] = frozenset({PS.DISPATCHED})

PARCEL_PREFIX = "PCL"
PARCEL_SEQ_DIGITS = 6
MAX_RECEIPT_BYTES = 20 * 1024 * 1024

_PARCEL_NUMBER = re.compile(rf"^{PARCEL_PREFIX}-(\d{{4}})-(\d{{{PARCEL_SEQ_DIGITS},}})$")
_DASHES = re.compile(r"[\u2010-\u2015\u2212_ ]")


def _options(labels: list[str]) -> str:
    return ", ".join(f"“{label}”" for label in labels)


# The sentences, for an item and for a parcel, with "a" or "an" as the English status needs
# (a translator writes each pair the same).
_ALREADY = {
    "item": QT_TRANSLATE_NOOP("Problems", "the item is already “{status}”"),
    "parcel": QT_TRANSLATE_NOOP("Problems", "the parcel is already “{status}”"),
}
_NO_MORE = {
    ("item", "a"): QT_TRANSLATE_NOOP(
        "Problems", "a {status} item cannot change any more (not to “{new}”)"
    ),
    ("item", "an"): QT_TRANSLATE_NOOP(
        "Problems", "an {status} item cannot change any more (not to “{new}”)"
    ),
    ("parcel", "a"): QT_TRANSLATE_NOOP(
        "Problems", "a {status} parcel cannot change any more (not to “{new}”)"
    ),
    ("parcel", "an"): QT_TRANSLATE_NOOP(
        "Problems", "an {status} parcel cannot change any more (not to “{new}”)"
    ),
}
_CANNOT_BECOME = {
    ("item", "a"): QT_TRANSLATE_NOOP(
        "Problems", "a {status} item cannot become “{new}”; it can become {options}"
    ),
    ("item", "an"): QT_TRANSLATE_NOOP(
        "Problems", "an {status} item cannot become “{new}”; it can become {options}"
    ),
    ("parcel", "a"): QT_TRANSLATE_NOOP(
        "Problems", "a {status} parcel cannot become “{new}”; it can become {options}"
    ),
    ("parcel", "an"): QT_TRANSLATE_NOOP(
        "Problems", "an {status} parcel cannot become “{new}”; it can become {options}"
    ),
}


def _problem(kind: str, current: LabelledEnum, new: LabelledEnum, nexts: list[LabelledEnum]) -> str:
    if current is new:
        return translate("Problems", _ALREADY[kind]).format(status=current.label)
    article = "an" if current.source_label[:1].lower() in "aeiou" else "a"
    status, words = current.label.lower(), {"new": new.label}
    if not nexts:
        return translate("Problems", _NO_MORE[(kind, article)]).format(status=status, **words)
    options = _options([s.label for s in nexts])
    return translate("Problems", _CANNOT_BECOME[(kind, article)]).format(
        status=status, options=options, **words
    )


def item_transition_problem(current: ItemStatus, new: ItemStatus) -> str | None:
    """Why an item may not move from ``current`` to ``new``, or None when it may."""
    if new in ITEM_NEXT[current]:
        return None
    nexts: list[LabelledEnum] = [s for s in ItemStatus if s in ITEM_NEXT[current]]
    return _problem("item", current, new, nexts)


def parcel_transition_problem(current: ParcelStatus, new: ParcelStatus) -> str | None:
    """Why a parcel may not move from ``current`` to ``new``, or None when it may."""
    if new in PARCEL_NEXT[current]:
        return None
    nexts: list[LabelledEnum] = [s for s in ParcelStatus if s in PARCEL_NEXT[current]]
    return _problem("parcel", current, new, nexts)


def is_final_parcel(status: ParcelStatus) -> bool:
    """Delivered and returned parcels never change again (lost ones may turn up)."""
    return not PARCEL_NEXT[status]


def packing_problem(item: CorrespondenceItem, parcel: Parcel) -> str | None:
    """Why ``item`` may not go into ``parcel``: one person, screened, not in another parcel."""
    if parcel.status is not PS.ASSEMBLING:
        return translate(
            "Problems",
            "parcel {number} is {status}; items can only be added while it is being assembled",
        ).format(number=parcel.parcel_number, status=parcel.status.label.lower())
    if item.person_id != parcel.person_id:
        return translate("Problems", "the item belongs to another person's case")
    if item.parcel_id is not None and item.parcel_id != parcel.id:
        return translate(
            "Problems", "the item is already in another parcel; an item can be in one parcel only"
        )
    if item.direction is not Direction.TO_PERSON:
        return translate("Problems", "only items sent to the person go into a parcel")
    if item.status is not IS.SCREENED:
        return translate(
            "Problems", "only screened items can be packed; this item is {status}"
        ).format(status=item.status.label.lower())
    return None


def seal_problem(seal_number: str | None, item_count: int, contents: str | None) -> str | None:
    """Why a parcel may not be packed (sealed) yet, or None."""
    if not (seal_number or "").strip():
        return translate("Problems", "a packed parcel needs a seal number")
    if item_count == 0 and not (contents or "").strip():
        return translate(
            "Problems", "the parcel is empty: add at least one item or describe its contents"
        )
    return None


def date_problem(on: date, previous: date | None, today: date) -> str | None:
    """A status date may not be in the future nor before the previous status date."""
    if on > today:
        return translate("Problems", "is in the future")
    if previous is not None and on < previous:
        return translate("Problems", "is before the previous step ({day})").format(
            day=f"{previous:%d.%m.%Y}"
        )
    return None


def format_parcel_number(year: int, seq: int) -> str:
    return f"{PARCEL_PREFIX}-{year:04d}-{seq:0{PARCEL_SEQ_DIGITS}d}"


# A scanner on a Ukrainian or Russian keyboard layout types "ЗСД-2026-000123" for the label's
# "PCL-2026-000123": map the keys back.
_LAYOUT = str.maketrans(
    "ЙЦУКЕНГШЩЗФІЫВАПРОЛДЯЧСМИТЬ",
    "QWERTYUIOPASSDFGHJKLZXCVBNM",
)
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def normalize_parcel_number(text: str) -> str:
    """What a scanner or a person typed, as stored: trimmed, upper case, plain hyphens."""
    plain = _DASHES.sub("-", text.strip().upper())
    if _CYRILLIC.search(plain):
        typed = plain.translate(_LAYOUT)
        if _PARCEL_NUMBER.match(typed):
            return typed
    return plain


def parse_parcel_number(text: str) -> tuple[int, int] | None:
    """(year, sequence) of a well-formed parcel number, or None."""
    match = _PARCEL_NUMBER.match(normalize_parcel_number(text))
    return (int(match.group(1)), int(match.group(2))) if match else None
