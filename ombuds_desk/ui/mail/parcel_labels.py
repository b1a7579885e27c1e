"""A parcel's label sheet (its number, its person, a QR code) saved as a PDF: read and drawn
on a worker thread, for the parcel dialog and the Parcels page (many parcels at once).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from ombuds_desk.services.printing.labels import label_sheet
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import QueryOp


def save_labels(
    host: Host,
    parent: QWidget,
    parcel_ids: list[int],
    path: str,
    on_saved: Callable[[str], object] = lambda _path: None,
) -> None:
    """Read the parcels' labels and draw them as a PDF at ``path`` on a worker thread (a
    sheet of many labels takes a while); ``on_saved(path)`` once written, errors shown."""
    today = host.today()

    def draw(session: Session) -> str:
        # Here, not at the top: ReportLab is imported when labels are first drawn.
        from ombuds_desk.reports.labels import render_labels

        render_labels(label_sheet(session, today=today, parcel_ids=parcel_ids), path)
        return path

    QueryOp(host, parent, draw).on_success(on_saved).run()
