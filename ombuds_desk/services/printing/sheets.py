"""Case sheets of either version, for a batch: the internal data or the counterpart's own.

The counterpart version is not the internal one with fields removed: it is read by
``counterpart_sheet.py`` from the allow-list alone. A batch asks here for the version it
prints and lays out whichever type comes back (``reports/sheet_story.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session

from ombuds_desk.services.printing.case_sheet import CaseSheetData, case_sheets_data
from ombuds_desk.services.printing.common import SheetVersion
from ombuds_desk.services.printing.counterpart_sheet import (
    CounterpartSheetData,
    counterpart_sheets_data,
)

Sheet = CaseSheetData | CounterpartSheetData


def sheets_data(
    session: Session, person_ids: Sequence[int], *, today: date, version: SheetVersion
) -> list[Sheet]:
    """The sheets of ``person_ids`` in that order, in ``version``."""
    if version is SheetVersion.COUNTERPART:
        return list(counterpart_sheets_data(session, person_ids, today=today))
    return list(case_sheets_data(session, person_ids, today=today, version=version))
