"""Plain data for printed documents: case sheets, the stalled-cases report, manifests, labels.

Read-only functions taking a Session and returning frozen dataclasses of display-ready
values (labels rather than enums, names already joined), so ``reports/`` lays documents out
without touching the database.
"""

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
