"""Plain data for printed documents: case sheets, the stalled-cases report, manifests, labels.

Read-only functions taking a Session and returning frozen dataclasses of display-ready
values (labels rather than enums, names already joined), so ``reports/`` lays documents out
without touching the database.

The names below are read from their modules when first used (``__getattr__``): the window's
Print menu names ``SheetVersion`` at start, and importing every document's module with it
was some 25 ms of each start.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ombuds_desk.services.printing.case_sheet import (
        CaseSheetData,
        ContactLine,
        Count,
        HistoryLine,
        ItemLine,
        NoteLine,
        ParcelLine,
        case_sheet_data,
        case_sheets_data,
    )
    from ombuds_desk.services.printing.common import Office, SheetVersion, office_info
    from ombuds_desk.services.printing.shipments import (
        LabelSheetData,
        ManifestData,
        ParcelEntry,
        label_data,
        manifest_data,
    )
    from ombuds_desk.services.printing.stalled import (
        StalledGroup,
        StalledReportData,
        StalledRow,
        no_change_reason,
        stalled_report_data,
    )

# Each name of the package, and the module that defines it.
_MODULE_OF = {
    "CaseSheetData": "case_sheet",
    "ContactLine": "case_sheet",
    "Count": "case_sheet",
    "HistoryLine": "case_sheet",
    "ItemLine": "case_sheet",
    "LabelSheetData": "shipments",
    "ManifestData": "shipments",
    "NoteLine": "case_sheet",
    "Office": "common",
    "ParcelEntry": "shipments",
    "ParcelLine": "case_sheet",
    "SheetVersion": "common",
    "StalledGroup": "stalled",
    "StalledReportData": "stalled",
    "StalledRow": "stalled",
    "case_sheet_data": "case_sheet",
    "case_sheets_data": "case_sheet",
    "label_data": "shipments",
    "manifest_data": "shipments",
    "no_change_reason": "stalled",
    "office_info": "common",
    "stalled_report_data": "stalled",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # read from the module once
    return value


__all__ = [
    "CaseSheetData",
    "ContactLine",
    "Count",
    "HistoryLine",
    "ItemLine",
    "LabelSheetData",
    "ManifestData",
    "NoteLine",
    "Office",
    "ParcelEntry",
    "ParcelLine",
    "SheetVersion",
    "StalledGroup",
    "StalledReportData",
    "StalledRow",
    "case_sheet_data",
    "case_sheets_data",
    "label_data",
    "manifest_data",
    "no_change_reason",
    "office_info",
    "stalled_report_data",
]
