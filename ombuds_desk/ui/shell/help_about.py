"""Help → About: the version, the database in use, the licence, and what it runs on.

What a caseworker reads out to the office's administrator when something goes wrong: the
version (``ombuds_desk.__version__``, the one the PDFs' metadata and ``--version`` give),
the database file or server (its password never shown), and the Qt, PySide6 and Python
versions; *Copy details* puts them on the clipboard in one block for a message.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk import APP_NAME, __version__
from ombuds_desk.store.database import Database

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def icon_path() -> Path | None:
    """``packaging/icons/ombuds-desk-128.png`` of the source tree or the bundle."""
    here = Path(__file__).resolve()
    for base in (here.parents[3], here.parents[2]):
        candidate = base / "packaging" / "icons" / "ombuds-desk-128.png"
        if candidate.is_file():
            return candidate
    return None


def runtime() -> str:
    """``Qt 6.11.3 · PySide6 6.11.3 · Python 3.11.7 · Linux``."""
    return (
        f"Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"Python {platform.python_version()} · {platform.system()} {platform.release()}"
    )


class AboutDialog(QDialog):
    """About Ombuds Desk."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Ombuds Desk"))
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        path = icon_path()
        if path is not None:
            icon = QLabel(self)
            icon.setPixmap(QIcon(str(path)).pixmap(64, 64))
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            top.addWidget(icon)
        heading = QLabel(
            "<h2>{app}</h2><p>{what}</p>".format(
                app=APP_NAME,
                what=self.tr(
                    "Case management for ombudsman staff looking after prisoners of war, "
                    "detainees and evacuees, their families, letters and parcels."
                ),
            ),
            self,
        )
        heading.setObjectName("aboutHeading")
        heading.setWordWrap(True)
        top.addWidget(heading, 1)
        layout.addLayout(top)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.version = self._value(__version__, "aboutVersion")
        form.addRow(self.tr("Version:"), self.version)
        where = db.display_name
        if db.demo:
            where = self.tr("{where} (demo database)").format(where=where)
        if db.read_only:
            where = self.tr("{where} (read-only)").format(where=where)
        self.database = self._value(where, "aboutDatabase")
        form.addRow(self.tr("Database:"), self.database)
        self.licence = self._value(
            self.tr(
                '{licence}: free software under the <a href="{url}">GNU General Public '
                "License</a>, version 3 or (at your choice) any later version. It comes with "
                "no warranty."
            ).format(licence=LICENCE, url=LICENCE_URL),
            "aboutLicence",
        )
        self.licence.setOpenExternalLinks(True)
        self.licence.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        form.addRow(self.tr("Licence:"), self.licence)
        self.runtime = self._value(runtime(), "aboutRuntime")
        form.addRow(self.tr("Runs on:"), self.runtime)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.setToolTip(
            self.tr("Copy the version, database and system to the clipboard, for a message")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _value(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def details(self) -> str:
        """The block *Copy details* copies (English labels: read by the administrator)."""
        return "\n".join(
            (
                f"{APP_NAME} {__version__}",
                f"Database: {self.database.text()}",
                f"Licence: {LICENCE}",
                runtime(),
                f"Executable: {sys.executable}",
            )
        )

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
