"""What My work is made of: the kinds of line, a line, and the lines of one member of staff
or of the team (``services/work/my_work.py`` reads them; ``case_lines`` and ``mail_lines``
write each kind).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ombuds_desk.domain.collation import sort_key
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.core.phrases import Plural


def office_day(on: date) -> str:
    """``on`` as the office writes a day (31.12.2026). Not ``strftime``: in the window each call
    imports ``time`` through PySide's import hook, a fifth of a team's read of 45,000 lines."""
    return f"{on.day:02d}.{on.month:02d}.{on.year:04d}"


class MyWorkPlurals(Plural):
    """Counted words of the lines of My work (``MyWorkPlurals.tr("%n …", "", n)``)."""


class WorkKind(StrEnum):
    """The lists of My work, in the order the page shows them."""

    ESCALATED = "escalated"
    REASSIGNED = "reassigned"
    REVIEW_DUE = "review_due"
    NO_NEWS = "no_news"
    TO_PACK = "to_pack"
    TO_SEAL = "to_seal"
    TO_HAND_OVER = "to_hand_over"
    NO_ACKNOWLEDGEMENT = "no_acknowledgement"

    @property
    def heading(self) -> str:
        """The list's heading, to the member of staff it is for."""
        return translate("MyWork", TITLES[self])

    @property
    def heading_of_others(self) -> str:
        """The list's heading as another reads it (a supervisor: "Escalated to them")."""
        return translate("MyWork", OTHERS_TITLES.get(self, TITLES[self]))


TITLES = {
    WorkKind.ESCALATED: QT_TRANSLATE_NOOP("MyWork", "Escalated to you"),
    WorkKind.REASSIGNED: QT_TRANSLATE_NOOP("MyWork", "Reassigned to you"),
    WorkKind.REVIEW_DUE: QT_TRANSLATE_NOOP("MyWork", "Next review due"),
    WorkKind.NO_NEWS: QT_TRANSLATE_NOOP("MyWork", "Captives with no news"),
    WorkKind.TO_PACK: QT_TRANSLATE_NOOP("MyWork", "Screened items to pack"),
    WorkKind.TO_SEAL: QT_TRANSLATE_NOOP("MyWork", "Parcels to seal"),
    WorkKind.TO_HAND_OVER: QT_TRANSLATE_NOOP("MyWork", "Parcels to hand over"),
    WorkKind.NO_ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("MyWork", "Shipments not acknowledged"),
}
OTHERS_TITLES = {
    WorkKind.ESCALATED: QT_TRANSLATE_NOOP("MyWork", "Escalated to them"),
    WorkKind.REASSIGNED: QT_TRANSLATE_NOOP("MyWork", "Reassigned to them"),
}


class Place(StrEnum):
    """Where a line is acted on: the case (its view), or a page of the window."""

    CASE = "case"
    SHIPMENTS = "shipments"


# Slots: no dictionary per line. A team's 45,000 lines are half as many objects for the
# window's garbage collector to walk (on the GUI thread) and to unpickle from a worker.
@dataclass(frozen=True, slots=True)
class WorkLine:
    kind: WorkKind
    owner_id: int | None  # the member of staff it is for; None: a case nobody holds
    person_id: int | None
    case_number: str  # or the shipment's reference
    name: str
    what: str  # the line, in words, to the member of staff it is for ("to you")
    since: date | None  # how long it has waited (older first)
    place: Place = Place.CASE
    # The line as someone else reads it ("to them"); None: the same words.
    of_others: str | None = None

    def said_to(self, owner: bool) -> str:
        """The line for its owner (``owner``), or for a supervisor reading another's."""
        return self.what if owner or self.of_others is None else self.of_others


@dataclass(frozen=True)
class Work:
    """The lines of one member of staff, or of the team."""

    lines: list[WorkLine]
    names: dict[int, str] = field(default_factory=dict)  # owner id → name

    @property
    def count(self) -> int:
        return len(self.lines)

    def of(self, owner_id: int | None) -> list[WorkLine]:
        return [line for line in self.lines if line.owner_id == owner_id]

    def counts(self) -> dict[WorkKind, int]:
        found = {kind: 0 for kind in WorkKind}
        for line in self.lines:
            found[line.kind] += 1
        return found

    def owners(self) -> list[int | None]:
        """Everyone with a line, by name (a case nobody holds last)."""
        ids = {line.owner_id for line in self.lines}
        return sorted(ids, key=lambda i: (i is None, sort_key(self.names.get(i or 0, ""))))
