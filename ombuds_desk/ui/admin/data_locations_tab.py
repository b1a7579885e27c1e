"""The admins' "Where the data is" tab: the database, backups, log and exports, where each
goes and whether it is encrypted; the last successful backup and the last check of the
audit trail (``services/core/data_locations.py``). Read when the tab is brought forward."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core.data_locations import DataLocations, data_locations
from ombuds_desk.ui.common.formatting import local_time
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import Loader
from ombuds_desk.ui.common.palette import muted_style, problem_style

INTACT_STYLE = "color: #1b7a33; font-weight: bold;"
PLACES = ("Database", "Backups", "Log", "Exports")
PARTS = ("what", "where", "encrypted", "how")


def window_log_file() -> Path | None:
    """The file the window logs to (its rotating handler on the app's logger), if any."""
    for handler in logging.getLogger("ombuds_desk").handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def exports_folder() -> Path:
    """The folder the export dialogs offer first (the user's documents)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder)


def _label(text: str, parent: QWidget, name: str | None = None, style: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if name:
        label.setObjectName(name)
    if style:
        label.setStyleSheet(style)
    return label


class DataLocationsTab(QWidget):
    """Where the data is; :attr:`shown` is what was read last (None before)."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.setObjectName("dataLocationsTab")
        self.shown: DataLocations | None = None
        self.loader = Loader(host, self, self)
        intro = _label(
            self.tr(
                "Where this office's data is kept, and who could read it if a file were "
                "copied. Personal data must be protected wherever it goes."
            ),
            self,
        )
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(3, 3)
        for column, title in enumerate(
            (self.tr("What"), self.tr("Where"), self.tr("Encrypted"), self.tr("What that means"))
        ):
            heading = QLabel(title, self)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.grid.addWidget(heading, 0, column)
        # The four kinds of data the service names, a row each, made now (a label added to
        # a shown layout later would show only at the next event loop turn).
        self.cells: dict[tuple[str, str], QLabel] = {}
        for row, what in enumerate(PLACES, start=1):
            for column, part in enumerate(PARTS):
                cell = _label("", self, f"{what.lower()}_{part}")
                self.cells[(what, part)] = cell
                self.grid.addWidget(cell, row, column)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.last_backup = _label("", self, "lastBackup")
        self.last_verification = _label("", self, "lastVerification")
        self.refresh_button = QPushButton(self.tr("&Read again"), self)
        self.refresh_button.setObjectName("refreshLocations")
        self.refresh_button.clicked.connect(self.on_refresh_clicked)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(line)
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.addWidget(
            QLabel(self.tr("Last successful backup:"), self), 0, 0, Qt.AlignmentFlag.AlignTop
        )
        form.addWidget(self.last_backup, 0, 1)
        form.addWidget(
            QLabel(self.tr("Last check of the audit trail:"), self), 1, 0, Qt.AlignmentFlag.AlignTop
        )
        form.addWidget(self.last_verification, 1, 1)
        form.setColumnStretch(1, 1)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(bar)

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        db, actor = self._host.db, self._host.actor
        log_file, exports = window_log_file(), exports_folder()
        self.loader.load(
            lambda _session: data_locations(db, actor, log_file=log_file, exports_folder=exports),
            self._show,
        )

    @Slot()
    def on_refresh_clicked(self) -> None:
        self.refresh()

    def _show(self, found: DataLocations) -> None:
        self.shown = found
        for place in found.places:
            if place.encrypted is None:
                word, style = self.tr("the server's"), muted_style()
            elif place.encrypted:
                word, style = self.tr("Yes"), INTACT_STYLE
            elif place.what == "Backups" and found.plain_backups:
                word, style = self.tr("Partly"), problem_style()  # new ones are, older ones not
            else:
                word, style = self.tr("No"), problem_style()
            texts = (translate("DataLocations", place.what), place.where, word, place.how)
            styles = ("font-weight: bold;", "", style, muted_style())
            for part, text, cell_style in zip(PARTS, texts, styles, strict=True):
                cell = self.cells[(place.what, part)]
                cell.setText(text)
                cell.setStyleSheet(cell_style)
        self._show_backup(found)
        self._show_verification(found)

    def _show_backup(self, found: DataLocations) -> None:
        last = found.last_backup
        if last is None:
            self.last_backup.setText(
                self.tr("none yet: back up from File → Back up now (or ombuds-desk backup).")
            )
            self.last_backup.setStyleSheet(problem_style())
            return
        kind = {"daily": self.tr("the daily backup"), "on_demand": self.tr("on demand")}.get(
            last.kind, last.kind.replace("_", " ")
        )
        self.last_backup.setText(
            self.tr("{when}, {kind}, by {who}\n{path}").format(
                when=local_time(last.made_at), kind=kind, who=last.by, path=last.path
            )
        )
        self.last_backup.setStyleSheet("")

    def _show_verification(self, found: DataLocations) -> None:
        last = found.last_verification
        if last is None:
            self.last_verification.setText(
                self.tr("never: verify it on the Audit trail tab (or ombuds-desk audit verify).")
            )
            self.last_verification.setStyleSheet(problem_style())
            return
        when, who = local_time(last.at), last.by
        if last.intact:
            self.last_verification.setText(
                self.tr(
                    "{when}, by {who}: intact, %n entries as they were written.", "", last.entries
                ).format(when=when, who=who)
            )
            self.last_verification.setStyleSheet(INTACT_STYLE)
        else:
            self.last_verification.setText(
                self.tr("{when}, by {who}: TAMPERED WITH: {problem}.").format(
                    when=when, who=who, problem=last.problem or ""
                )
            )
            self.last_verification.setStyleSheet(problem_style())
