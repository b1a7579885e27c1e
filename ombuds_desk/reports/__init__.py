"""Printed documents built with ReportLab platypus from the plain data of
``services/report_data``: case sheets (single, batch; internal or counterpart version), the
stalled-cases report, shipment manifests and parcel label sheets.

No Qt and no SQL here. Every ``render_*`` function writes a PDF to a path or a binary
stream and returns its page count; ``write_case_sheets`` runs a whole batch with progress
and cancel. The GUI preview, printing and the CLI ``print`` command call these.
"""

from ombuds_desk.reports.batch import BatchResult, render_case_sheets, write_case_sheets
from ombuds_desk.reports.case_sheet import render_case_sheet
from ombuds_desk.reports.counterpart_manifest import render_counterpart_manifest
from ombuds_desk.reports.counterpart_sheet import render_counterpart_sheet
from ombuds_desk.reports.labels import render_labels
from ombuds_desk.reports.manifest import render_manifest
from ombuds_desk.reports.stalled_report import render_stalled_report

__all__ = [
    "BatchResult",
    "render_case_sheet",
    "render_case_sheets",
    "render_counterpart_manifest",
    "render_counterpart_sheet",
    "render_labels",
    "render_manifest",
    "render_stalled_report",
    "write_case_sheets",
]
