"""One sheet's flowables whichever its version: internal or for the counterpart."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from ombuds_desk.reports.case_sheet import case_sheet_story
from ombuds_desk.reports.counterpart_sheet import counterpart_sheet_story
from ombuds_desk.services.printing.counterpart_sheet import CounterpartSheetData
from ombuds_desk.services.printing.sheets import Sheet


def sheet_story(data: Sheet, *, on_start: Callable[[], None] | None = None) -> list[Flowable]:
    if isinstance(data, CounterpartSheetData):
        return counterpart_sheet_story(data, on_start=on_start)
    return case_sheet_story(data, on_start=on_start)
