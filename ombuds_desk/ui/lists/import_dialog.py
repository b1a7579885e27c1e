"""Import persons, or letters and items, from a CSV, XLSX, ODS or XLS file: read, check,
then import.

The dialog reads the file (showing the encoding and delimiter it detected, which the user may
override; a text that reads as a mix of letters is refused, and the message asks for the
encoding to be chosen), shows its first rows, and on **Check** the services' plan: the
problems by line and column (the first 200, and how many in all), the warnings that stop
nothing (a caseworker not on the staff here), what the valid rows would do, and the existing
cases a new person may duplicate.
**Import** runs the one-transaction import; reading, checking and importing each run in a
:class:`BackgroundJob` with progress and Cancel (a cancelled import writes nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.errors import DomainError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.phrases import said
from ombuds_desk.services.lists.import_report import SHOWN
from ombuds_desk.services.lists.import_summary import PlanSummary, TableSource
from ombuds_desk.services.lists.import_table import DELIMITERS
from ombuds_desk.services.lists.tabular_files import Table, cell_text, is_workbook
from ombuds_desk.services.lists.text_encodings import ENCODING_NAMES, GarbledTextError
from ombuds_desk.ui.common.background_job import BackgroundJob, Work
from ombuds_desk.ui.common.columns import value_columns
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.palette import problem_style
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.common.tables import RowsView, fit_columns
from ombuds_desk.ui.lists.import_problems_model import (
    Row,
    check_work,
    counts_text,
    duplicate_rows,
    import_work,
    problem_rows,
    problems_model,
    read_work,
)
from ombuds_desk.ui.lists.plurals import ImportDialogPlurals

PREVIEW_ROWS = 50
QUICK_MS = 400
WORKBOOK_KINDS = {
    "xlsx": QT_TRANSLATE_NOOP("ImportDialog", "an Excel workbook"),
    "xls": QT_TRANSLATE_NOOP("ImportDialog", "an old Excel (.xls) workbook"),
    "ods": QT_TRANSLATE_NOOP("ImportDialog", "an OpenDocument spreadsheet"),
}


class ImportKind(StrEnum):
    PERSONS = "persons"
    ITEMS = "items"


def _view(
    model: RowsTableModel[Row], name: str, parent: QWidget, sortable: bool = False
) -> RowsView:
    """A table of ``model`` whose columns fit its rows whenever they are replaced."""
    view = RowsView(model, name, parent, sortable=sortable)
    view.fit_on_reset()
    return view


class ImportDialog(QDialog):
    """``imported`` carries the summary once the import is written (the caller tells the
    window what changed: the import's service owns its transaction, not the operation
    helper)."""

    imported = Signal(object)

    def __init__(
        self, host: Host, kind: ImportKind, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.kind = kind
        self.path = Path(path)
        self.table: Table | None = None  # its first PREVIEW_ROWS rows: ``rows_read`` in all
        self.rows_read = 0
        self.plan: PlanSummary | None = None
        self.job: BackgroundJob | None = None
        self.setObjectName("importDialog")
        title = (
            QCoreApplication.translate("ImportDialog", "Import persons from {file}")
            if kind is ImportKind.PERSONS
            else QCoreApplication.translate("ImportDialog", "Import letters and items from {file}")
        )
        self.setWindowTitle(title.format(file=self.path.name))
        # A workbook has no encoding or delimiter: the choices are not shown for one (they
        # showed UTF-8 and comma, and were offered again when its reading failed).
        self.text_file = not is_workbook(self.path)

        self.encoding = QComboBox(self)
        self.encoding.setObjectName("encoding")
        for code, name in ENCODING_NAMES.items():
            self.encoding.addItem(QCoreApplication.translate("ImportDialog", name), code)
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("delimiter")
        for mark, name in DELIMITERS.items():
            self.delimiter.addItem(QCoreApplication.translate("ImportDialog", name), mark)
        self.file_note = QLabel(self)
        self.file_note.setWordWrap(True)
        self.preview: RowsTableModel[Row] = RowsTableModel([], self)
        self.problems = problems_model(parent=self)
        self.warnings = problems_model(
            parent=self, what=QCoreApplication.translate("ImportDialog", "Warning")
        )
        self.duplicates: RowsTableModel[Row] = RowsTableModel(
            value_columns(
                [
                    QCoreApplication.translate("ImportDialog", "Line"),
                    QCoreApplication.translate("ImportDialog", "In the file"),
                    QCoreApplication.translate("ImportDialog", "May be the same person as"),
                    QCoreApplication.translate("ImportDialog", "Why"),
                ]
            ),
            self,
        )
        self.tabs = QTabWidget(self)
        self.tabs.currentChanged.connect(self._fit_current)
        self.preview_view = _view(self.preview, "previewTable", self)
        self.problems_view = _view(self.problems, "problemsTable", self, sortable=True)
        self.duplicates_view = _view(self.duplicates, "duplicatesTable", self)
        self.warnings_view = _view(self.warnings, "warningsTable", self, sortable=True)
        self.tabs.addTab(
            self.preview_view, QCoreApplication.translate("ImportDialog", "First rows")
        )
        self.tabs.addTab(self.problems_view, QCoreApplication.translate("ImportDialog", "Problems"))
        self.tabs.addTab(
            self.duplicates_view, QCoreApplication.translate("ImportDialog", "Possible duplicates")
        )
        self.tabs.addTab(self.warnings_view, QCoreApplication.translate("ImportDialog", "Warnings"))
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)  # a longer language must not widen the dialog
        self.valid_only = QCheckBox(
            QCoreApplication.translate(
                "ImportDialog", "Import only the &valid rows (skip the rows with problems)"
            )
        )
        self.valid_only.setObjectName("validOnly")
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.check_button = QPushButton(QCoreApplication.translate("ImportDialog", "&Check"), self)
        self.import_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "&Import"), self
        )
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()
        self.encoding.activated.connect(self.on_reading_changed)
        self.delimiter.activated.connect(self.on_reading_changed)
        self.check_button.clicked.connect(self.on_check_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.valid_only.toggled.connect(self._explain)
        self.buttons.rejected.connect(self.reject)
        self.resize(960, 620)
        self.read()

    def _lay_out(self) -> None:
        reading = QHBoxLayout()
        for text, combo in (
            (QCoreApplication.translate("ImportDialog", "&Encoding:"), self.encoding),
            (QCoreApplication.translate("ImportDialog", "&Delimiter:"), self.delimiter),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            caption.setVisible(self.text_file)
            combo.setVisible(self.text_file)
            reading.addWidget(caption)
            reading.addWidget(combo)
        reading.addWidget(self.file_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(reading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot(int)
    def _fit_current(self, _index: int) -> None:
        # A hidden table measures no rows: fit the columns once its tab is shown.
        view = self.tabs.currentWidget()
        if isinstance(view, QTableView):
            fit_columns(view)

    # -- jobs ------------------------------------------------------------------------------

    def _start(
        self, label: str, work: Work, on_success: Callable[[Any], object], quick: bool = True
    ) -> None:
        job = BackgroundJob(
            self,
            label,
            work,
            report_errors=False,
            show_after_ms=QUICK_MS if quick else 0,
        )
        self.job = job
        for widget in (self.check_button, self.import_button, self.encoding, self.delimiter):
            widget.setEnabled(False)
        job.succeeded.connect(on_success)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(
            lambda: self._say(
                QCoreApplication.translate("ImportDialog", "Cancelled. Nothing was imported.")
            )
        )
        job.finished.connect(self._job_ended)
        job.start()

    @Slot()
    def _job_ended(self) -> None:
        self.job = None
        text = self.text_file and not (self.table is not None and self.table.is_workbook)
        self.encoding.setEnabled(text)
        self.delimiter.setEnabled(text)
        self.check_button.setEnabled(self.table is not None)
        self._update_import()

    def _on_failed(self, exc: object) -> None:
        if not isinstance(exc, DomainError) and isinstance(exc, BaseException):
            show_error(self, exc)  # logged, and said plainly
        text = str(getattr(exc, "message", exc))
        if isinstance(exc, GarbledTextError):
            self._show_encoding(exc.encoding)
            text += " " + QCoreApplication.translate(
                "ImportDialog", "Choose it under “Encoding” above."
            )
            self.encoding.setFocus()
        if self.plan is not None:
            self.plan = None  # the register or the file changed under it: check again
            self._show_plan()
            text += " " + QCoreApplication.translate(
                "ImportDialog", "Press Check to check the file again."
            )
        self._say(text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(problem_style() if error else "")
        self.message.setText(text)

    # -- reading ---------------------------------------------------------------------------

    def read(self, encoding: str | None = None, delimiter: str | None = None) -> None:
        path = self.path
        self.table = self.plan = None
        self._show_plan()
        self.preview.set_rows([], [])
        self.file_note.clear()  # what it said of the last reading is no longer so
        self._start(
            QCoreApplication.translate("ImportDialog", "Reading {file}…").format(file=path.name),
            read_work(self.host.db, TableSource(path, encoding, delimiter), PREVIEW_ROWS),
            self._on_read,
        )

    @Slot()
    def on_reading_changed(self) -> None:
        self.read(self.encoding.currentData(), self.delimiter.currentData())

    def _show_encoding(self, encoding: str | None) -> None:
        if self.encoding.findData(encoding) < 0:
            self.encoding.addItem(str(encoding), encoding)
        self.encoding.setCurrentIndex(self.encoding.findData(encoding))

    def _on_read(self, read: tuple[Table, int]) -> None:
        table, rows = read
        self.table, self.rows_read = table, rows
        if table.is_workbook:
            note = ImportDialogPlurals.tr(
                "{file}: {kind}, %n rows; dates are read as dates.", "", rows
            ).format(
                file=table.name,
                kind=QCoreApplication.translate(
                    "ImportDialog", WORKBOOK_KINDS.get(table.kind, table.kind)
                ),
            )
            if table.sheets > 1:  # the list may be on another: say which one is read
                note += " " + QCoreApplication.translate(
                    "ImportDialog", "The sheet read is “{sheet}”, the first shown of {count}."
                ).format(sheet=table.sheet, count=table.sheets)
            self.file_note.setText(note)
        else:
            self._show_encoding(table.encoding)
            self.delimiter.setCurrentIndex(self.delimiter.findData(table.delimiter))
            self.file_note.setText(
                ImportDialogPlurals.tr(
                    "{file}: %n rows. Both were detected; if the names look garbled, choose another.",
                    "",
                    rows,
                ).format(file=table.name)
            )
        self.preview.set_rows(
            [(r.line, *(cell_text(c) for c in r.cells)) for r in table.rows[:PREVIEW_ROWS]],
            value_columns([QCoreApplication.translate("ImportDialog", "Line"), *table.headers]),
        )
        self.tabs.setCurrentIndex(0)
        self._say(
            ImportDialogPlurals.tr(
                "%n rows read. Press Check to find any problems before importing.",
                "",
                rows,
            )
        )

    # -- checking --------------------------------------------------------------------------

    @Slot()
    def on_check_clicked(self) -> None:
        if self.table is not None:
            host = self.host
            # The check's worker reads the file as it was read here (the rows need not
            # travel to it); a workbook has no encoding or delimiter.
            source = TableSource(self.path, self.table.encoding, self.table.delimiter)
            work = check_work(
                self.kind is ImportKind.PERSONS, host.db, host.actor, source, host.today()
            )
            self._start(
                ImportDialogPlurals.tr("Checking %n rows…", "", self.rows_read),
                work,
                self._on_checked,
            )

    def _on_checked(self, plan: PlanSummary) -> None:
        self.plan = plan
        self._show_plan()
        self.tabs.setCurrentIndex(1 if plan.problem_count else 0)
        self._explain()

    def _show_plan(self) -> None:
        plan = self.plan
        # Thousands of problems (the wrong file, a shifted column): the first 200 (all the
        # summary holds, import_report.SHOWN) say what is wrong; the tab and counts how many.
        self.problems.set_rows(problem_rows(plan.problems if plan else []))
        self.warnings.set_rows(problem_rows(plan.warnings if plan else []))
        self.duplicates.set_rows(duplicate_rows(plan))
        problems, duplicates = (
            QCoreApplication.translate("ImportDialog", "Problems"),
            QCoreApplication.translate("ImportDialog", "Possible duplicates"),
        )
        warned = QCoreApplication.translate("ImportDialog", "Warnings")
        if plan is not None:
            problems += f" ({plan.problem_count})"
            duplicates += f" ({self.duplicates.rowCount()})"
            warned += f" ({plan.warning_count})"
        self.tabs.setTabText(1, problems)
        self.tabs.setTabText(2, duplicates)
        self.tabs.setTabText(3, warned)
        if plan is None:
            self.counts.setText("")
            return
        text = counts_text(plan)
        if plan.problem_count > SHOWN:
            text += ImportDialogPlurals.tr(
                " — the first {shown} of %n problems are listed", "", plan.problem_count
            ).format(shown=SHOWN)
        if plan.warning_count:
            text += ImportDialogPlurals.tr(" — %n warning(s): see Warnings", "", plan.warning_count)
        self.counts.setText(text)

    def _blocked(self) -> bool:
        """Any problem and not "valid rows only": the import would write nothing."""
        return (
            self.plan is not None
            and bool(self.plan.problem_count)
            and not self.valid_only.isChecked()
        )

    def _update_import(self) -> None:
        plan = self.plan
        can = plan is not None and self.job is None and bool(plan.valid) and not self._blocked()
        self.import_button.setEnabled(can)

    @Slot()
    def _explain(self) -> None:
        """Say what Import would do now (or why it cannot)."""
        self._update_import()
        plan = self.plan
        if plan is None:
            return
        if self._blocked():
            self._say(
                ImportDialogPlurals.tr(
                    "%n problem(s) in {rows}. Nothing will be imported while any row is "
                    "invalid: correct the file and check again, or tick “Import only the "
                    "valid rows”.",
                    "",
                    plan.problem_count,
                ).format(rows=ImportDialogPlurals.tr("%n row(s)", "", plan.invalid)),
                error=True,
            )
        elif not plan.valid:
            self._say(
                QCoreApplication.translate("ImportDialog", "No row can be imported."), error=True
            )
        else:
            note = (
                ImportDialogPlurals.tr(" %n invalid row(s) will be skipped.", "", plan.invalid)
                if plan.invalid
                else ""
            )
            self._say(ImportDialogPlurals.tr("Ready to import %n row(s).", "", plan.valid) + note)

    # -- importing -------------------------------------------------------------------------

    @Slot()
    def on_import_clicked(self) -> None:
        if self.plan is not None:
            host, rows = self.host, self.plan.valid
            skip_invalid = self.valid_only.isChecked()
            work = import_work(host.db, host.actor, self.plan, skip_invalid, host.today())
            label = ImportDialogPlurals.tr("Importing %n rows from {file}…", "", rows).format(
                file=self.path.name
            )
            self._start(label, work, self._on_imported, quick=False)

    def _on_imported(self, summary: Any) -> None:
        self.plan = None
        self._show_plan()
        self.counts.setText(
            QCoreApplication.translate("ImportDialog", "Imported: {summary}.").format(
                summary=said(summary)
            )
        )
        self._say(
            QCoreApplication.translate(
                "ImportDialog", "Done: {summary}. The register is updated."
            ).format(summary=said(summary))
        )
        self.imported.emit(summary)

    def reject(self) -> None:
        """Close; a running job is cancelled first and the dialog closes when it has stopped."""
        if self.job is not None:
            self.job.finished.connect(self.reject)
            self.job.cancel()
            return
        super().reject()
