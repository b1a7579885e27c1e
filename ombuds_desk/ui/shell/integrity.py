"""The whole-file integrity check of the database, off the start path: after the window has
shown (on a worker thread) and on demand, File → Check the database for damage.

Opening a database checks only what is cheap (``store/database.open_database``: the header,
the schema, a small file whole), so that the window opens in a second whatever the file's
size; SQLite's ``quick_check`` of a large file (seconds, growing with it) runs here instead.
Damage found is said in a message box that stays until read, with what to do; the check on
demand also says when nothing is wrong. A database on a server has nothing to check here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from ombuds_desk.store.database import check_integrity
from ombuds_desk.ui.common.actions import add_action
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class IntegrityCheck(QObject):
    """File → Check the database for damage, and the check after the window opened;
    ``message`` is the last box shown, ``running`` whether a check is under way."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("integrityCheck")
        self._window = window
        self.message: QMessageBox | None = None
        self.running = False
        self.action: QAction = add_action(
            window,
            QCoreApplication.translate("IntegrityCheck", "&Check the database for damage"),
            None,
            QCoreApplication.translate(
                "IntegrityCheck",
                "Read the whole database file and say whether any of it is damaged",
            ),
            self.on_check_triggered,
            name="checkDatabase",
            menu=window.menus[MenuKey.FILE],
        )
        self.action.setVisible(window.db.path is not None)

    def start(self, *, on_demand: bool = False) -> None:
        """Check the whole file on a worker thread; damage is said in a message box (and,
        ``on_demand``, also that none was found)."""
        if self.running or self._window.db.path is None:
            return
        self.running = True
        self.action.setEnabled(False)
        db = self._window.db
        if on_demand:
            self._window.show_status(
                QCoreApplication.translate("IntegrityCheck", "Checking the database for damage…")
            )

        def done(problem: str | None, error: BaseException | None) -> None:
            self.running = False
            self.action.setEnabled(True)
            if error is not None:
                show_error(self._window, error)
            elif problem is not None:
                log.error("The database check found damage: %s", problem)
                self._say(
                    QMessageBox.Icon.Critical,
                    QCoreApplication.translate("IntegrityCheck", "The database is damaged"),
                    problem,
                )
            elif on_demand:
                self._window.show_status(
                    QCoreApplication.translate(
                        "IntegrityCheck", "No damage found in the database."
                    ),
                    10_000,
                )
                self._say(
                    QMessageBox.Icon.Information,
                    QCoreApplication.translate("IntegrityCheck", "No damage found"),
                    QCoreApplication.translate(
                        "IntegrityCheck", "The whole database {name} was read: no damage was found."
                    ).format(name=db.display_name),
                )
            else:
                log.info("Database check: no damage found in %s", db.display_name)

        self._window.tasks.run(lambda: check_integrity(db), done)

    def _say(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self._window)
        box.setObjectName("databaseDamaged" if icon is QMessageBox.Icon.Critical else "noDamage")
        if icon is QMessageBox.Icon.Critical:
            box.setInformativeText(
                QCoreApplication.translate(
                    "IntegrityCheck",
                    "Changes may be lost or refused from now on. Stop entering data, restore "
                    "the newest backup (File → Restore a backup…, or ask an admin) and tell "
                    "your administrator.",
                )
            )
        if self.message is not None:
            self.message.deleteLater()
        self.message = box
        box.open()

    @Slot()
    def on_check_triggered(self) -> None:
        self.start(on_demand=True)


def install(window: MainWindow) -> IntegrityCheck:
    return IntegrityCheck(window)


def start_integrity_check(window: MainWindow) -> None:
    """The check after the window has shown (nothing is said unless damage is found)."""
    check = window.findChild(IntegrityCheck, "integrityCheck")
    if check is not None:
        check.start()
