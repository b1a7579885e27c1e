"""What every host window has in common: the database and who acts, the reads' worker
threads, the change notification, the menus in a fixed order and the status line.

The shell's main window builds on it, and so does the GUI tests' small host, so both
answer the :class:`~ombuds_desk.ui.common.host.Host` protocol the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.host import HostSignals, MenuKey
from ombuds_desk.ui.common.tasks import TaskRunner
from ombuds_desk.ui.common.undo_offer import UndoOffer

if TYPE_CHECKING:
    from ombuds_desk.domain.accounts import User
    from ombuds_desk.store.database import Database

MENU_TITLES = {
    MenuKey.FILE: QT_TRANSLATE_NOOP("WindowHost", "&File"),
    MenuKey.CASE: QT_TRANSLATE_NOOP("WindowHost", "&Case"),
    MenuKey.VIEW: QT_TRANSLATE_NOOP("WindowHost", "&View"),
    MenuKey.GO: QT_TRANSLATE_NOOP("WindowHost", "&Go"),
    MenuKey.PRINT: QT_TRANSLATE_NOOP("WindowHost", "&Print"),
    MenuKey.MAIL: QT_TRANSLATE_NOOP("WindowHost", "&Mail"),
}


class WindowHost(QMainWindow):
    """The parts of a host that do not depend on which pages it shows."""

    def __init__(
        self,
        db: Database | None,
        actor: User | None,
        today_fn: Callable[[], date] = date.today,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._today_fn = today_fn
        self._settings = settings or QSettings("Ombuds Desk", "Ombuds Desk")
        self._signals = HostSignals(self)
        self._tasks = TaskRunner(self)
        self.menus: dict[MenuKey, QMenu] = {}
        for key, title in MENU_TITLES.items():
            self.menus[key] = self.menuBar().addMenu(
                QCoreApplication.translate("WindowHost", title)
            )
            self.menus[key].setObjectName(f"{key.value}Menu")
        self.undo = UndoOffer(self.statusBar())

    def attach(self, db: Database, actor: User) -> None:
        """The database and who acts, for a window whose frame showed while the database
        was still being opened (None given then: ``ui/shell/app.py``)."""
        self._db = db
        self._actor = actor

    @property
    def db(self) -> Database:
        assert self._db is not None, "attached once the database is open (attach)"
        return self._db

    @property
    def actor(self) -> User:
        assert self._actor is not None, "attached once someone signed in (attach)"
        return self._actor

    @property
    def tasks(self) -> TaskRunner:
        return self._tasks

    @property
    def signals(self) -> HostSignals:
        return self._signals

    def today(self) -> date:
        return self._today_fn()

    def settings(self) -> QSettings:
        return self._settings

    def window(self) -> QWidget:
        return self

    def notify(self, change: Change) -> None:
        self._signals.changed.emit(change)

    def menu(self, key: MenuKey) -> QMenu:
        return self.menus[key]

    def show_status(self, text: str, msecs: int = 8000) -> None:
        self.statusBar().showMessage(text, msecs)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        self.undo.offer(text, undo)
