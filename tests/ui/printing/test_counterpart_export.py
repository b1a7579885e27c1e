"""Print menu ▸ Export the list for the counterpart: a supervisor's action that writes the
listed cases' allow-listed fields to a spreadsheet off the GUI thread and records it; and
the counterpart's manifest from the Print menu."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.store.database import Database
from ombuds_desk.ui.printing import feature as printing
from ombuds_desk.ui.printing.counterpart_export import CounterpartExport
from ombuds_desk.ui.printing.feature import PrintingFeature
from ombuds_desk.ui.printing.sheet_version_dialog import SheetVersionDialog
from tests.reports.builders import CAPTIVE_NAME, SHIPMENT, build_case_file
from tests.ui.helpers import action
from tests.ui.hosting import BareHost
from tests.ui.printing.windows import visible


def test_a_supervisor_exports_the_list_for_the_counterpart(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    files = build_case_file(db, caseworker, today)
    printing.install(supervisor_host)
    assert action(supervisor_host, "exportForCounterpart").isVisible()
    export = supervisor_host.findChild(QObject, "counterpartExport")
    assert isinstance(export, CounterpartExport)
    target = tmp_path / "for them.xlsx"
    job = export.export([files.captive_id, files.evacuee_id], target)
    qtbot.waitUntil(lambda: not job.running and export.job is None, timeout=30_000)
    book = load_workbook(target, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    assert [r[0] for r in rows] == ["Case number", files.captive_case, files.evacuee_case]
    assert rows[1][2] == CAPTIVE_NAME
    with db.reading() as session:
        entries = session.exec(
            select(AuditEntry).where(col(AuditEntry.action) == AuditAction.EXPORT.value)
        ).all()
    assert sorted(e.entity_id or 0 for e in entries) == sorted([files.captive_id, files.evacuee_id])
    assert json.loads(entries[0].changes)["export"] == "for the counterpart"


def test_the_counterpart_manifest_from_the_print_menu(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    build_case_file(db, caseworker, today)
    printing.install(host)
    feature = host.findChild(QObject, "printing")
    assert isinstance(feature, PrintingFeature)
    action(host, "printManifest").trigger()
    (chooser,) = visible(QInputDialog, "chooseShipment")
    chooser.accept()
    (version,) = visible(SheetVersionDialog)
    version.counterpart.setChecked(True)
    version.accept()
    qtbot.waitUntil(lambda: len(feature.previews) == 1, timeout=30_000)
    preview = feature.previews[0]
    assert preview.windowTitle() == f"Shipment manifest {SHIPMENT} (counterpart version)"
    assert preview.suggested_name == f"{SHIPMENT} manifest counterpart.pdf"


def test_the_file_is_named_in_the_windows_language(
    ukrainian: None, qtbot: QtBot, supervisor_host: BareHost
) -> None:
    """The file dialog offered "For the counterpart 2026-12-02.xlsx" in a Ukrainian window."""
    printing.install(supervisor_host)
    export = supervisor_host.findChild(QObject, "counterpartExport")
    assert isinstance(export, CounterpartExport)
    export.list_ids = lambda: [1]
    export.on_triggered()
    dialog = supervisor_host.findChild(QFileDialog, "counterpartExportFile")
    assert dialog is not None
    name = Path(dialog.selectedFiles()[0]).name
    dialog.reject()
    assert name == f"Для іншої сторони {supervisor_host.today().isoformat()}.xlsx"
