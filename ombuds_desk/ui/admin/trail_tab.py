"""The audit trail browser of the Administration page: filters, the paged list, Export…,
and "Verify the trail".

Narrow by who, kind, record, a span of days and text (in the recorded values, or a case
number for everything about that case); the list is read off the GUI thread, newest first.
Export… writes what the filter shows to CSV or XLSX off the GUI thread, then records the
export in the trail. "Verify the trail" walks the whole chain off the GUI thread (with the
head the newest backup recorded, when there is one) and says what it found in words. No
entry can be edited or removed here or anywhere else.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.audit_check import verify_audit_trail
from ombuds_desk.services.core.audit_labels import kind_word
from ombuds_desk.services.core.audit_trail import (
    TrailFilter,
    trail_entities,
    trail_people,
    verification_words,
)
from ombuds_desk.services.core.audit_verify import ChainReport
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.lists.export import exported_path
from ombuds_desk.services.lists.trail_export import record_trail_export, write_trail
from ombuds_desk.ui.admin.trail_model import TrailTableModel, audit_word, column_widths
from ombuds_desk.ui.common.archive_password import ArchivePasswordDialog
from ombuds_desk.ui.common.background_job import BackgroundJob, IsCancelled, Progress
from ombuds_desk.ui.common.changes import NOTHING, Change
from ombuds_desk.ui.common.date_fields import date_edit, picked
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, LoadingBadge, QueryOp
from ombuds_desk.ui.common.tables import RowsView

FILE_TYPES = QT_TRANSLATE_NOOP("TrailTab", "Excel workbook (*.xlsx);;CSV, UTF-8 for Excel (*.csv)")
APP_ITSELF = -1  # the "who" choice for what the app did by itself
INTACT_STYLE = "background: #d4edc9; color: #1d3b10; padding: 6px 8px; border-radius: 3px;"
BROKEN_STYLE = "background: #f8c4b4; color: #5a1000; padding: 6px 8px; border-radius: 3px;"


class TrailTab(QWidget):
    """The trail browser; ``job`` is the export under way, ``report`` the last verification."""

    DEBOUNCE_MS = 250

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.setObjectName("trailTab")
        self.job: BackgroundJob | None = None
        self.report: ChainReport | None = None
        self._choices_read = False

        self.who = QComboBox(self)
        self.who.setObjectName("trailWho")
        self.kind = QComboBox(self)
        self.kind.setObjectName("trailKind")
        self.kind.addItem(self.tr("Any"), "")
        for action in AuditAction:
            self.kind.addItem(audit_word(kind_word(action)), action.value)
        self.record = QComboBox(self)
        self.record.setObjectName("trailRecord")
        today = host.today()
        self.use_since = QCheckBox(self.tr("&From"), self)
        self.since = date_edit(self, today - timedelta(days=30), latest=today)
        self.since.setObjectName("trailSince")
        self.use_until = QCheckBox(self.tr("&To"), self)
        self.until = date_edit(self, today, latest=today)
        self.until.setObjectName("trailUntil")
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.text = QLineEdit(self)
        self.text.setObjectName("trailText")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("A name, a value, or a case number (CAP-2026-00042)"))
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.count = QLabel(self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setStatusTip(self.tr("Save the entries listed to CSV or XLSX"))
        self.protected_button = QPushButton(self.tr("Export with a pass&word…"), self)
        self.protected_button.setObjectName("trailExportProtected")
        self.protected_button.setStatusTip(
            self.tr("Save the entries listed into an AES-encrypted .zip with a password")
        )
        self.verify_button = QPushButton(self.tr("&Verify the trail"), self)
        self.verify_button.setStatusTip(
            self.tr("Check that no entry was altered, removed or slipped in")
        )
        self.result = QLabel(self)
        self.result.setObjectName("verifyResult")
        self.result.setWordWrap(True)
        self.result.hide()

        self.model = TrailTableModel(host, self)
        self.view = RowsView(self.model, "trailView", self)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for column, width in enumerate(column_widths(self.view.fontMetrics())[:-1]):
            self.view.setColumnWidth(column, width)
        self._lay_out()
        self.loading = LoadingBadge(self.model.loader, self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self._debounce.start)
        for combo in (self.who, self.kind, self.record):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self.apply_filter)
            edit.dateChanged.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.on_clear_clicked)
        # Not the slot itself: ``clicked`` would hand it its ``checked`` as the password.
        self.export_button.clicked.connect(lambda: self.on_export_clicked())
        self.protected_button.clicked.connect(self.on_protected_clicked)
        self.verify_button.clicked.connect(self.on_verify_clicked)
        self.model.count_changed.connect(self.on_count_changed)
        host.signals.changed.connect(self.on_changed)

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        pairs: list[tuple[str, QWidget]] = [
            (self.tr("&Who:"), self.who),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Record:"), self.record),
        ]
        for column, (caption, widget) in enumerate(pairs):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        days = QHBoxLayout()
        for widget in (self.use_since, self.since, self.use_until, self.until):
            days.addWidget(widget)
        days.addStretch(1)
        grid.addLayout(days, 0, 6)
        find = QLabel(self.tr("&Find:"), self)
        find.setBuddy(self.text)
        grid.addWidget(find, 1, 0)
        grid.addWidget(self.text, 1, 1, 1, 5)
        grid.addWidget(self.clear_button, 1, 6, Qt.AlignmentFlag.AlignLeft)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.protected_button)
        bar.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addWidget(self.view, 1)

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the choices (once) and the list again."""
        if not self._choices_read:
            self._choices_read = True
            QueryOp(self._host, self, lambda s: (trail_people(s), trail_entities(s))).on_success(
                self._fill_choices
            ).run()
        self.apply_filter()

    def _fill_choices(self, choices: tuple[list[tuple[int, str]], list[tuple[str, str]]]) -> None:
        people, entities = choices
        for combo, items in (
            (self.who, [(self.tr("Anyone"), None), (self.tr("Ombuds Desk itself"), APP_ITSELF)]),
            (self.record, [(self.tr("Any"), None)]),
        ):
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.blockSignals(False)
        self.who.blockSignals(True)
        for user_id, name in people:
            self.who.addItem(name, user_id)
        self.who.blockSignals(False)
        self.record.blockSignals(True)
        for entity, word in entities:
            self.record.addItem(audit_word(word), entity)
        self.record.blockSignals(False)

    def current_filter(self) -> TrailFilter:
        who = self.who.currentData()
        kind = self.kind.currentData()
        return TrailFilter(
            user_id=who if isinstance(who, int) and who != APP_ITSELF else None,
            by_app=who == APP_ITSELF,
            action=AuditAction(kind) if kind else None,
            entity=self.record.currentData() or None,
            since=picked(self.since) if self.use_since.isChecked() else None,
            until=picked(self.until) if self.use_until.isChecked() else None,
            text=self.text.text().strip(),
        )

    @Slot()
    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        # Every change writes entries; read again only while the list is in front.
        if change != NOTHING and self.isVisible():
            self.apply_filter()

    @Slot(int)
    def on_count_changed(self, count: int) -> None:
        self.count.setText(self.tr("%n entries, newest first", "", count))
        self.export_button.setEnabled(count > 0)
        self.protected_button.setEnabled(count > 0)

    @Slot()
    def on_clear_clicked(self) -> None:
        for combo in (self.who, self.kind, self.record):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.use_since, self.use_until):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.apply_filter()

    # -- verifying -----------------------------------------------------------------------

    @Slot()
    def on_verify_clicked(self) -> None:
        actor, db = self._host.actor, self._host.db
        self.verify_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Verifying every entry of the trail…"))
        self.result.show()

        def check(_session: Session) -> ChainReport:
            # The service's whole check, which also records its result (data_locations).
            return verify_audit_trail(db, actor)

        QueryOp(self._host, self, check).on_success(self._verified).on_failure(
            lambda _error: self._verified(None)
        ).run()

    def _verified(self, report: ChainReport | None) -> None:
        self.verify_button.setEnabled(True)
        self.report = report
        if report is None:
            self.result.hide()
            return
        self.result.setStyleSheet(INTACT_STYLE if report.intact else BROKEN_STYLE)
        self.result.setText(verification_words(report))
        if not report.intact and report.first_bad_id is not None:
            bad = report.first_bad_id
            self.apply_filter()  # show what the entries say now, not what was read before
            self.model.after_load(lambda: self._select_entry(bad))

    def _select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            self.view.select_row(row)
            self.view.scrollTo(self.model.index(row, 0))

    # -- exporting -----------------------------------------------------------------------

    @Slot()
    def on_protected_clicked(self) -> ArchivePasswordDialog:
        """The password first, then the file: the entries go into an encrypted archive."""
        asking = ArchivePasswordDialog(
            self.tr("The entries listed are written into an AES-encrypted .zip."),
            self.tr("Choose where to save…"),
            self._host.window(),
        )
        asking.accepted.connect(lambda: self.on_export_clicked(asking.box.password()))
        asking.finished.connect(asking.deleteLater)
        asking.open()
        return asking

    @Slot()
    def on_export_clicked(self, password: str | None = None) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Audit trail {date}.xlsx").format(date=self._host.today().isoformat())
        dialog = QFileDialog(
            self._host.window(), self.tr("Export the audit trail"), str(Path(folder) / name)
        )
        dialog.setObjectName("trailExportFile")
        dialog.setNameFilter(self.tr(FILE_TYPES))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.filterSelected.connect(
            lambda chosen: dialog.setDefaultSuffix("csv" if "*.csv" in chosen else "xlsx")
        )
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), password))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_to(self, path: Path, password: str | None = None) -> BackgroundJob:
        """Write the entries listed to ``path`` (with ``password``: into the encrypted
        archive ``path.zip``) off the GUI thread, then record the export (if it cannot be
        recorded, the file is removed: no export goes unrecorded)."""
        db, actor, filt = self._host.db, self._host.actor, self.model.current_filter

        def work(progress: Progress, cancelled: IsCancelled) -> int:
            return read(
                db,
                lambda session: write_trail(
                    session,
                    actor,
                    path,
                    filt,
                    progress=progress,
                    is_cancelled=cancelled,
                    password=password,
                ),
            )

        job = BackgroundJob(
            self._host.window(),
            self.tr("Exporting the audit trail to {file}…").format(file=path.name),
            work,
        )
        self.job = job
        written = exported_path(path, password)
        job.succeeded.connect(
            lambda count: self._record_export(written, filt, int(count), password is not None)
        )
        job.finished.connect(self._ended)
        return job.start()

    @Slot()
    def _ended(self) -> None:
        self.job = None

    def _record_export(
        self, path: Path, filt: TrailFilter, count: int, encrypted: bool = False
    ) -> None:
        actor = self._host.actor
        saved = (
            CollectionOp(
                self._host,
                self._host.window(),
                lambda session: record_trail_export(
                    session, actor, path, filt, count, encrypted=encrypted
                ),
                NOTHING,
            )
            .on_success(
                lambda _none: self._host.show_status(
                    self.tr("Exported %n entries to {path}.", "", count).format(path=path),
                    10_000,
                )
            )
            .run()
        )
        if saved:
            self.apply_filter()  # the export's own entry is the newest now
        else:
            path.unlink(missing_ok=True)
