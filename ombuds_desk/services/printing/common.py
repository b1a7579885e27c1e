"""What every printed document's data shares: the office, the sheet version, small helpers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlmodel import Session

from ombuds_desk.domain.enums import LabelledEnum
from ombuds_desk.domain.people import full_name
from ombuds_desk.services.core.office_settings import OFFICE_NAME, PAPER_SIZE, get_setting

CHUNK = 500  # ids per IN (…) list


class SheetVersion(LabelledEnum):
    """Internal (everything, for the office's own files) or for the counterpart: then built
    from the allow-list alone (``counterpart_fields.py``), with its own data and layout."""

    INTERNAL = "internal"
    COUNTERPART = "counterpart"


@dataclass(frozen=True)
class Office:
    """The office a document is printed for, and its paper."""

    name: str
    paper_size: str  # "A4" or "Letter"


def office_info(session: Session) -> Office:
    paper = get_setting(session, PAPER_SIZE)
    return Office(get_setting(session, OFFICE_NAME), paper if paper == "Letter" else "A4")


# Non-empty parts separated by spaces: the domain's rule for a name, used for any text here.
joined = full_name


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])
