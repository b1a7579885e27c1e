"""File → Export… and File → Save import template…: lists out to CSV, XLSX or ODS.

The user chooses what (the person list as filtered now, the selected case's letters and
items, or a shipment's parcels) and a file; the extension chosen (.xlsx, .ods or .csv)
decides the format (any other is refused by the export, which writes nothing); "Protect
with a password" writes it into an AES-encrypted ``.zip`` instead. The export runs in a :class:`BackgroundJob` with its own session; ``export.py``
writes under a temporary name, so a cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.disclosures import check_allowed, log_disclosure
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.permissions import Action
from ombuds_desk.services.core.reading import read
from ombuds_desk.ui.common.background_job import BackgroundJob, IsCancelled, Progress
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import QueryOp
from ombuds_desk.ui.lists.plurals import ExportPlurals

FILE_TYPES = QT_TRANSLATE_NOOP(
    "Export",
    "Excel workbook (*.xlsx);;OpenDocument spreadsheet, LibreOffice (*.ods);;"
    "CSV, UTF-8 for Excel (*.csv)",
)
QUICK_MS = 400


def _exporting(what: str) -> str:
    """The progress label of an export of ``what`` (persons, items, parcels): ``{file}``."""
    if what == "items":
        return QCoreApplication.translate("Export", "Exporting items to {file}…")
    if what == "parcels":
        return QCoreApplication.translate("Export", "Exporting parcels to {file}…")
    return QCoreApplication.translate("Export", "Exporting persons to {file}…")


def _exported(what: str, count: int) -> str:
    """What an export of ``count`` of ``what`` wrote: ``{file}``, ``{locked}``."""
    if what == "items":
        return ExportPlurals.tr("Exported %n items to {file}{locked}.", "", count)
    if what == "parcels":
        return ExportPlurals.tr("Exported %n parcels to {file}{locked}.", "", count)
    return ExportPlurals.tr("Exported %n persons to {file}{locked}.", "", count)


class ExportChoiceDialog(QDialog):
    """What to export: the list, the selected case's items, or a shipment's parcels."""

    def __init__(
        self, list_count: int, case: str | None, shipments: dict[str, int], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportChoice")
        self.setWindowTitle(QCoreApplication.translate("Export", "Export"))
        self.persons = QRadioButton(
            ExportPlurals.tr("The &person list as filtered now (%n cases)", "", list_count)
        )
        self.items = QRadioButton(
            QCoreApplication.translate("Export", "&Letters and items of case {number}").format(
                number=case
            )
            if case
            else QCoreApplication.translate("Export", "&Letters and items of a case (select one)")
        )
        self.parcels = QRadioButton(QCoreApplication.translate("Export", "Parcels of a &shipment:"))
        self.shipment = QComboBox(self)
        self.shipment.setObjectName("shipment")
        for text, shipment_id in shipments.items():
            self.shipment.addItem(text, shipment_id)
        self.items.setEnabled(case is not None)
        self.parcels.setEnabled(bool(shipments))
        self.shipment.setEnabled(bool(shipments))
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for button in (self.persons, self.items, self.parcels):
            group.addButton(button)
            layout.addWidget(button)
        layout.addWidget(self.shipment)
        from ombuds_desk.ui.common.archive_password import ArchivePasswordBox  # not at start

        self.archive = ArchivePasswordBox(self)
        layout.addWidget(self.archive)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Export",
                    "Next, choose the file: .xlsx for Excel, .ods for LibreOffice, or .csv.",
                ),
                self,
            )
        )
        self.persons.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.archive.changed.connect(lambda: self.ok.setEnabled(self.archive.ready))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def password(self) -> str | None:
        """The archive's password, or None for a plain file."""
        return self.archive.password()


def shipment_choices(session: Session) -> dict[str, int]:
    """``reference · channel · status`` of every shipment, for the choice's list."""
    # At the first export: the shipments' services are not the first window's.
    from ombuds_desk.services.mail.shipments import list_shipments

    return {
        f"{s.reference} · {s.channel.label} · {s.status.label.lower()}": int(s.id or 0)
        for s in list_shipments(session)
    }


def _suffix_of(file_filter: str) -> str:
    """``ods`` for "OpenDocument spreadsheet, LibreOffice (*.ods)"."""
    for suffix in ("csv", "ods"):
        if f"*.{suffix}" in file_filter:
            return suffix
    return "xlsx"


class ExportActions(QObject):
    """The exports of one host; ``job`` is the export running, if any."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.window())
        self.setObjectName("exportActions")
        self.host = host
        self.job: BackgroundJob | None = None

    def _say(self, text: str) -> None:
        self.host.show_status(text, 10_000)

    def ask_file(self, title: str, name: str, then: Callable[[Path], Any]) -> QFileDialog:
        """Where to save (Documents by default); the filter chosen sets the extension."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(
            self.host.window(),
            title,
            str(Path(folder) / name),
            QCoreApplication.translate("Export", FILE_TYPES),
        )
        dialog.setObjectName("exportFile")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(_suffix_of(chosen)))
        dialog.fileSelected.connect(lambda path: then(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- the template ---------------------------------------------------------------------

    @Slot()
    def on_template_triggered(self) -> None:
        self.ask_file(
            QCoreApplication.translate("Export", "Save the import template as"),
            QCoreApplication.translate("Export", "persons template.xlsx"),
            self.save_template,
        )

    def save_template(self, path: Path) -> None:
        from ombuds_desk.services.lists import export  # at the first export

        try:
            export.export_person_template(path)
        except (OSError, DomainError) as exc:  # a folder not writable, a disk full, a .txt
            show_error(self.host.window(), exc)
            return
        self._say(
            QCoreApplication.translate(
                "Export", "Template saved to {file}: fill in one person a row, then import it."
            ).format(file=path)
        )

    # -- exports --------------------------------------------------------------------------

    @Slot()
    def on_export_triggered(self) -> ExportChoiceDialog | None:
        details = self.host.current_case()
        shipments = QueryOp(self.host, self.host.window(), shipment_choices).run_now()
        if shipments is None:
            return None  # the database did not answer; the error was shown
        dialog = ExportChoiceDialog(
            len(self.host.case_list().ids()),
            details.case_number if details else None,
            shipments,
            self.host.window(),
        )
        dialog.accepted.connect(lambda: self._choose_file(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _choose_file(self, choice: ExportChoiceDialog) -> None:
        today = self.host.today().isoformat()
        details = self.host.current_case()
        password = choice.password()
        if choice.items.isChecked() and details is not None:
            person_id, number = details.id, details.case_number
            self.ask_file(
                QCoreApplication.translate("Export", "Export the items of {number}").format(
                    number=number
                ),
                QCoreApplication.translate("Export", "{number} items.xlsx").format(number=number),
                lambda path: self.export_items(person_id, path, password),
            )
        elif choice.parcels.isChecked() and choice.shipment.count():
            shipment_id = int(choice.shipment.currentData())
            reference = choice.shipment.currentText().split(" · ")[0]
            self.ask_file(
                QCoreApplication.translate("Export", "Export the parcels of {reference}").format(
                    reference=reference
                ),
                QCoreApplication.translate("Export", "{reference} parcels.xlsx").format(
                    reference=reference
                ),
                lambda path: self.export_parcels(shipment_id, path, password),
            )
        else:
            self.ask_file(
                QCoreApplication.translate("Export", "Export the person list"),
                QCoreApplication.translate("Export", "Persons {date}.xlsx").format(date=today),
                lambda path: self.export_persons(path, password),
            )

    def _run(
        self,
        path: Path,
        what: str,
        work: Callable[[Progress, IsCancelled], int],
        password: str | None = None,
    ) -> BackgroundJob:
        from ombuds_desk.services.lists import export  # at the first export

        # The import's modules (its planning and its writers) load with the first export or
        # import, not with the window: this module is imported at start for the File menu.
        from ombuds_desk.ui.lists.import_problems_model import cancellable

        job = BackgroundJob(
            self.host.window(),
            _exporting(what).format(file=path.name),
            cancellable(work),
            show_after_ms=QUICK_MS,
        )
        self.job = job
        written = export.exported_path(path, password)
        locked = (
            QCoreApplication.translate("Export", " (encrypted; give the password separately)")
            if password
            else ""
        )
        job.succeeded.connect(
            lambda count: self._say(_exported(what, count).format(file=written, locked=locked))
        )
        job.cancelled.connect(
            lambda: self._say(
                QCoreApplication.translate("Export", "Export cancelled; no file was written.")
            )
        )
        job.finished.connect(self._ended)
        return job.start()

    @Slot()
    def _ended(self) -> None:
        self.job = None

    def _exported(
        self, entity: str, ids: list[int], kind: str, path: Path, rows: int, password: str | None
    ) -> None:
        """Record the export (on the job's worker thread, once the file is whole)."""
        from ombuds_desk.services.lists import export  # at the first export

        details = export.export_details(kind, path, rows, "window", password)
        log_disclosure(
            self.host.db,
            self.host.actor,
            Action.EXPORT_PERSONAL_DATA,
            AuditAction.EXPORT,
            entity,
            ids,
            details,
        )

    def export_persons(self, path: Path, password: str | None = None) -> BackgroundJob:
        """The person list as the window filters it now (every row, not only those shown)."""
        from ombuds_desk.services.lists import export  # at the first export

        db, today, actor = self.host.db, self.host.today(), self.host.actor
        filt = self.host.case_list().current_filter
        listed = self.host.case_list().ids()

        def work(progress: Progress, cancelled: IsCancelled) -> int:
            check_allowed(actor, Action.EXPORT_PERSONAL_DATA)  # refused: no file at all

            def write(session: Session) -> int:
                return export.export_persons(
                    session,
                    filt,
                    path,
                    today=today,
                    threshold_days=stalled_after_days(session),
                    progress=progress,
                    is_cancelled=cancelled,
                    password=password,
                )

            count = read(db, write)
            self._exported("person", listed, "persons", path, count, password)
            return count

        return self._run(path, "persons", work, password)

    def export_items(
        self, person_id: int, path: Path, password: str | None = None
    ) -> BackgroundJob:
        from ombuds_desk.services.lists import export  # at the first export

        db, actor = self.host.db, self.host.actor

        def work(_progress: Progress, cancelled: IsCancelled) -> int:
            check_allowed(actor, Action.EXPORT_PERSONAL_DATA)
            count = read(
                db,
                lambda session: export.export_items(
                    session, person_id, path, is_cancelled=cancelled, password=password
                ),
            )
            self._exported("person", [person_id], "items", path, count, password)
            return count

        return self._run(path, "items", work, password)

    def export_parcels(
        self, shipment_id: int, path: Path, password: str | None = None
    ) -> BackgroundJob:
        from ombuds_desk.services.lists import export  # at the first export

        db, actor = self.host.db, self.host.actor

        def work(_progress: Progress, cancelled: IsCancelled) -> int:
            check_allowed(actor, Action.EXPORT_PERSONAL_DATA)
            count = read(
                db,
                lambda session: export.export_parcels(
                    session, shipment_id, path, is_cancelled=cancelled, password=password
                ),
            )
            self._exported("shipment", [shipment_id], "parcels", path, count, password)
            return count

        return self._run(path, "parcels", work, password)
