"""Items waiting in the office, counted in words: "3 letters and 1 drawing wait for
screening". The empty lists of the mail part say why they are empty with these."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from ombuds_desk.domain.enums import Direction, ItemKind, ItemStatus
from ombuds_desk.services.mail.mail_query import ItemRow

_ONE = {
    ItemKind.LETTER: "%d letter",
    ItemKind.POSTCARD: "%d card",
    ItemKind.DRAWING: "%d drawing",
    ItemKind.PHOTO: "%d photo",
    ItemKind.OTHER: "%d other item",
}
_MANY = {
    ItemKind.LETTER: "%d letters",
    ItemKind.POSTCARD: "%d cards",
    ItemKind.DRAWING: "%d drawings",
    ItemKind.PHOTO: "%d photos",
    ItemKind.OTHER: "%d other items",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("WaitingWords", text)


def kinds_text(kinds: Iterable[ItemKind]) -> str:
    """``3 letters and 1 drawing``, kinds in their usual order; "" for none."""
    counts = Counter(kinds)
    parts = [
        _tr(_ONE[kind] if counts[kind] == 1 else _MANY[kind]) % counts[kind]
        for kind in ItemKind
        if counts[kind]
    ]
    if len(parts) < 2:
        return "".join(parts)
    return _tr("%s and %s") % (", ".join(parts[:-1]), parts[-1])


def verb(count: int) -> str:
    return _tr("waits") if count == 1 else _tr("wait")


def to_person(rows: Iterable[ItemRow], status: ItemStatus) -> list[ItemRow]:
    """The person's items to them in ``status`` and in no parcel."""
    return [
        r
        for r in rows
        if r.direction is Direction.TO_PERSON and r.status is status and r.parcel_id is None
    ]


def waiting_text(rows: Sequence[ItemRow], what: str) -> str:
    """``3 letters and 1 drawing wait for screening`` (``what``: "for screening")."""
    return f"{kinds_text(r.kind for r in rows)} {verb(len(rows))} {what}"
