"""The Print menu in a window: its entries and shortcuts, the case sheet of the case shown,
the stalled-cases report, and a shipment's manifest and labels, each built in the background
and opened in the preview."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.services.printing import SheetVersion
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.printing.feature import PrintingFeature
from ombuds_desk.ui.printing.label_dialog import LabelOptionsDialog
from ombuds_desk.ui.printing.pdf_preview import PdfPreviewDialog
from ombuds_desk.ui.printing.sheet_version_dialog import SheetVersionDialog
from tests.reports.builders import SHIPMENT, build_case_file
from tests.ui.helpers import action
from tests.ui.hosting import BareHost
from tests.ui.printing.windows import visible


def test_menu_and_shortcuts(host: BareHost, feature: PrintingFeature) -> None:
    assert feature.menu is host.menu(MenuKey.PRINT)
    entries = [None if a.isSeparator() else a.text() for a in feature.menu.actions()]
    assert entries == [
        "&Case sheet…",
        "Case sheets for the &list…",
        None,
        "&Stalled cases report…",
        "Shipment &manifest…",
        "Parcel la&bels…",
        "E&xport the list for the counterpart…",
    ]
    # An export of personal data: a supervisor's; hidden from this caseworker.
    assert not action(host, "exportForCounterpart").isVisible()
    assert feature.case_sheet.shortcut().toString() == "Ctrl+P"
    assert feature.case_sheets.shortcut().toString() == "Ctrl+Shift+P"
    assert all(a.statusTip() for a in feature.menu.actions() if not a.isSeparator())
    names = ["printCaseSheet", "printCaseSheets", "printStalled", "printManifest", "printLabels"]
    assert all(action(host, name).parent() is host for name in names)  # window-wide keys
    assert host.tasks.pending == 0  # installing reads nothing


def test_case_sheet_preview_of_the_case_shown(
    qtbot: QtBot,
    host: BareHost,
    feature: PrintingFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    files = build_case_file(db, caseworker, today)
    details = host.select_case(files.evacuee_id)
    assert details is not None
    feature.case_sheet.trigger()
    (chooser,) = visible(SheetVersionDialog)
    assert chooser.version is SheetVersion.INTERNAL
    chooser.counterpart.setChecked(True)
    chooser.accept()
    qtbot.waitUntil(lambda: len(visible(PdfPreviewDialog)) == 1, timeout=30_000)
    (preview,) = visible(PdfPreviewDialog)
    assert preview.windowTitle() == f"Case sheet {details.case_number} (counterpart version)"
    assert preview.page_count >= 1
    assert preview.suggested_name == f"{details.case_number} case sheet counterpart.pdf"
    assert printed(db) == [
        (
            files.evacuee_id,
            caseworker.id,
            {"document": "case sheet", "version": "counterpart", "via": "window"},
        )
    ]
    preview.close()
    qtbot.waitUntil(lambda: not feature.previews)


def printed(db: Database) -> list[tuple[int | None, int | None, dict[str, str]]]:
    """The PRINT entries of the audit trail: (record, who, what)."""
    with db.reading() as session:
        rows = session.exec(
            select(AuditEntry)
            .where(col(AuditEntry.action) == AuditAction.PRINT.value)
            .order_by(col(AuditEntry.id))
        ).all()
    return [(row.entity_id, row.user_id, json.loads(row.changes)) for row in rows]


def test_case_sheet_needs_a_case_shown(host: BareHost, feature: PrintingFeature) -> None:
    assert host.current_case() is None
    feature.case_sheet.trigger()
    assert not visible(SheetVersionDialog)
    assert host.messages == ["Select a case first, then print its sheet."]


def test_stalled_report_manifest_and_labels_open_in_the_preview(
    qtbot: QtBot,
    host: BareHost,
    feature: PrintingFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    files = build_case_file(db, caseworker, today)
    action(host, "printStalled").trigger()
    qtbot.waitUntil(lambda: len(feature.previews) == 1, timeout=30_000)
    assert feature.previews[0].windowTitle() == "Stalled cases"
    assert feature.previews[0].suggested_name == f"Stalled cases {today.isoformat()}.pdf"

    action(host, "printManifest").trigger()
    (chooser,) = visible(QInputDialog, "chooseShipment")
    assert chooser.windowTitle() == "Shipment manifest"
    assert chooser.comboBoxItems() == [f"{SHIPMENT} · ICRC · handed over"]
    chooser.accept()
    (version,) = visible(SheetVersionDialog)  # a manifest is internal or the counterpart's
    assert version.windowTitle() == "Print a manifest" and version.internal.isChecked()
    version.accept()
    qtbot.waitUntil(lambda: len(feature.previews) == 2, timeout=30_000)
    manifest = feature.previews[1]
    assert manifest.windowTitle() == f"Shipment manifest {SHIPMENT}"
    assert manifest.page_count == 1

    action(host, "printLabels").trigger()
    (chooser,) = visible(QInputDialog, "chooseShipment")
    assert chooser.windowTitle() == "Parcel labels"
    chooser.accept()
    qtbot.waitUntil(lambda: bool(visible(LabelOptionsDialog, "labelOptions")), timeout=30_000)
    (options,) = visible(LabelOptionsDialog, "labelOptions")
    assert options.first_position == 1 and options.warning is None
    options.accept()
    qtbot.waitUntil(lambda: len(feature.previews) == 3, timeout=30_000)
    labels = feature.previews[2]
    assert labels.windowTitle() == f"Parcel labels {SHIPMENT}"
    assert labels.suggested_name == f"{SHIPMENT} labels.pdf"
    assert labels.page_count >= 1 and files.parcel_numbers
    documents = [what["document"] for _record, _who, what in printed(db)]
    assert documents.count("manifest") == 1 and documents.count("parcel labels") == 1
    assert "stalled-cases report" in documents  # one entry per case in the report
    for preview in list(feature.previews):
        preview.close()
    qtbot.waitUntil(lambda: not feature.previews)


def test_no_shipment_yet_says_so(host: BareHost, feature: PrintingFeature) -> None:
    feature.choose_shipment(labels=False)
    assert not visible(QInputDialog)
    (box,) = visible(QMessageBox)
    assert (box.windowTitle(), box.text()) == ("No shipments", "No shipment has been recorded yet.")
    assert not feature.previews
