"""Items waiting in the office, counted in words: "3 letters and 1 drawing wait for
screening". The empty lists of the mail part say why they are empty with these."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.mail.mail_query import ItemRow
from ombuds_desk.ui.mail.plurals import plurals

# One function per kind, so that lupdate sees each plural (Russian and Ukrainian have three
# forms: 1 лист, 2 листи, 5 листів).
_COUNTED: dict[ItemKind, Callable[[int], str]] = {
    ItemKind.LETTER: lambda n: plurals().letters(n),
    ItemKind.POSTCARD: lambda n: plurals().cards(n),
    ItemKind.DRAWING: lambda n: plurals().drawings(n),
    ItemKind.PHOTO: lambda n: plurals().photos(n),
    ItemKind.OTHER: lambda n: plurals().other_items(n),
}


def kinds_text(kinds: Iterable[ItemKind]) -> str:
    """``3 letters and 1 drawing``, kinds in their usual order; "" for none."""
    counts = Counter(kinds)
    parts = [_COUNTED[kind](counts[kind]) for kind in ItemKind if counts[kind]]
    if len(parts) < 2:
        return "".join(parts)
    return translate("WaitingWords", "{first} and {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )


def to_person(rows: Iterable[ItemRow], status: ItemStatus) -> list[ItemRow]:
    """The person's items to them in ``status`` and in no parcel."""
    return [
        r
        for r in rows
        if r.direction is Direction.TO_PERSON and r.status is status and r.parcel_id is None
    ]


def waiting_text(rows: Sequence[ItemRow], packing: bool = False) -> str:
    """``3 letters and 1 drawing wait for screening`` (or ``… wait to be packed``); the verb
    agrees with the count, as a translator's plural forms say."""
    items = kinds_text(r.kind for r in rows)
    if packing:
        return plurals().wait_to_be_packed(len(rows)).format(items=items)
    return plurals().wait_for_screening(len(rows)).format(items=items)
