"""The main window: the pages as tabs, the menus, the status line; the features' host.

The window itself knows no feature: :func:`~ombuds_desk.ui.shell.app.build_main_window`
installs them (``features.py``), and each reaches the window only through the
:class:`~ombuds_desk.ui.common.host.Host` protocol, which this class implements. The Cases
page is attached as the window's :class:`CaseDesk`, so that any feature can open a case,
ask which one is shown or which are listed, and add a tab to the case view.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ombuds_desk.ui.common.actions import add_action
from ombuds_desk.ui.common.changes import EVERYTHING
from ombuds_desk.ui.common.fonts import register_fonts
from ombuds_desk.ui.common.host import CaseList, CaseTab, MenuKey
from ombuds_desk.ui.common.page_slot import PageSlot
from ombuds_desk.ui.common.window_host import WindowHost
from ombuds_desk.ui.shell.page_tabs import PageTabs

if TYPE_CHECKING:
    # Named in annotations only: the window's frame shows before the pages' modules load,
    # and a demo start's before the database's (ui/shell/app.py).
    from ombuds_desk.domain.accounts import User
    from ombuds_desk.domain.enums import Role
    from ombuds_desk.services.cases.case_view import CaseDetails
    from ombuds_desk.store.database import Database
    from ombuds_desk.ui.shell.idle_lock import IdleLock

P = TypeVar("P", bound=QWidget)

APP_NAME = "Ombuds Desk"  # a name, the same in every language
DEMO_STYLE = "background: #7a1f1f; color: white; font-weight: bold; padding: 5px 8px;"


class Place(Protocol):
    """What the window says of its database: the open :class:`Database`, or, while a demo
    start opens it, the start's forecast (``store/start_peek.DemoStart``)."""

    @property
    def display_name(self) -> str: ...

    @property
    def demo(self) -> bool: ...

    @property
    def read_only(self) -> bool: ...


class Signer(Protocol):
    """What the window says of who is signed in: the :class:`User`, or the forecast's."""

    @property
    def full_name(self) -> str: ...

    @property
    def role(self) -> Role: ...


def window_title(db: Place, actor: Signer) -> str:
    """What the title bar says: who is signed in to which database, and how.

    A demo database signs its demo supervisor in by itself, and says so; a real database
    never does. A database that cannot be written says that too.
    """
    role = actor.role.label.lower()
    where = db.display_name
    if db.read_only:
        where = QCoreApplication.translate("MainWindow", "{database} (read-only)").format(
            database=where
        )
    if db.demo:
        who = QCoreApplication.translate(
            "MainWindow", "signed in automatically as {name} (demo {role})"
        ).format(name=actor.full_name, role=role)
        demo = QCoreApplication.translate("MainWindow", "DEMO")
        return " — ".join((APP_NAME, demo, who, where))
    who = QCoreApplication.translate("MainWindow", "{name} ({role})").format(
        name=actor.full_name, role=role
    )
    return " — ".join((APP_NAME, who, where))


class CaseDesk(Protocol):
    """What the Cases page answers for the whole window."""

    def open_case(self, person_id: int) -> None: ...

    def current_case(self) -> CaseDetails | None: ...

    def case_list(self) -> CaseList: ...

    def search_text(self) -> str: ...

    def clear_search(self) -> None: ...

    def add_case_tab(self, tab: CaseTab, title: str) -> None: ...

    def show_case_tab(self, tab: QWidget) -> None: ...


class MainWindow(WindowHost):
    """The pages (Alt+1… in tab order, and the Go menu), the menus in a fixed order, the status
    line with who is signed in, the DEMO banner; ``today_fn`` is injectable for tests."""

    # A window opened by ``app.open_window`` shows its frame first: this says its pages are
    # in (their first reads start right after).
    ready = Signal()

    def __init__(
        self,
        db: Database | None,
        actor: User | None,
        today_fn: Callable[[], date] = date.today,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        shown_as: tuple[Place, Signer] | None = None,
    ) -> None:
        """The window on ``db`` acting as ``actor``; or, with both None, its frame only,
        saying what ``shown_as`` says, until :meth:`attach` gives them (a demo start shows
        the frame while it opens the database: ``ui/shell/app.py``)."""
        register_fonts()
        super().__init__(db, actor, today_fn, settings, parent)
        place, signer = shown_as or (db, actor)
        assert place is not None and signer is not None, "a database and who signed in"
        self._desk: CaseDesk | None = None
        self.idle_lock: IdleLock | None = None  # the app's (ui/shell/app.py open_window)
        # A backup to restore once the window has closed (File → Restore a backup…).
        self.restore_request: Path | None = None
        # Its pages could not be made after its frame showed (ui/shell/app.finishing).
        self.start_failed = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(window_title(place, signer))

        # The window's contents, and in front of them, while the window is locked, the
        # lock screen (ui/shell/idle_lock.py): the contents stay as they are underneath.
        self.screens = QStackedWidget(self)
        self.screens.setObjectName("screens")
        central = QWidget(self.screens)
        central.setObjectName("contents")
        self.contents = central
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if place.demo:
            banner = QLabel(
                self.tr(
                    "DEMO DATABASE — every person here is invented, for trying Ombuds Desk. "
                    "Nothing entered here reaches the office's real database."
                ),
                self,
            )
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)  # a third longer in Russian and Ukrainian
            banner.setStyleSheet(DEMO_STYLE)
            banner.setWordWrap(True)  # at 200 % it would hold the window wider than a screen
            layout.addWidget(banner)
        self.pages = PageTabs(self)
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        layout.addWidget(self.pages, 1)
        self._layout = layout
        self.loading: QLabel | None = None  # while the pages load (show_loading)
        self.screens.addWidget(central)
        self.setCentralWidget(self.screens)

        self.who = QLabel(self._who_text(place, signer), self)
        self.statusBar().addWidget(self.who)
        self.go_menu = self.menus[MenuKey.GO]
        self._page_group = QActionGroup(self)
        self.page_actions: dict[QWidget, QAction] = {}
        self.pages.currentChanged.connect(self.on_page_changed)

    def _who_text(self, place: Place, signer: Signer) -> str:
        return self.tr("{name} ({role}) · {database}").format(
            name=signer.full_name, role=signer.role.label.lower(), database=place.display_name
        )

    # -- the frame shown before the pages are made (ui/shell/app.open_window) -------------

    def attach(self, db: Database, actor: User) -> None:
        """The open database and who signed in, for a frame shown while a demo start
        opened it: the title and status line say what the start found. (Only a demo
        database's start keeps the frame: any other's closes it before its first dialog.)"""
        super().attach(db, actor)
        self.setWindowTitle(window_title(db, actor))
        self.who.setText(self._who_text(db, actor))

    def show_loading(self) -> None:
        """Say "Loading…" where the pages go, until :meth:`pages_loaded`: the window shows
        its frame (title, menus, status line) before the pages' modules are imported."""
        if self.loading is not None:
            return
        # The same words as a page's loading badge, and their translations.
        self.loading = QLabel(QCoreApplication.translate("LoadingBadge", "Loading…"), self)
        self.loading.setObjectName("windowLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.hide()
        self._layout.addWidget(self.loading, 1)

    def pages_loaded(self) -> None:
        """The pages are in: they take the place of the "Loading…" line."""
        if self.loading is None:
            return
        self._layout.removeWidget(self.loading)
        self.loading.deleteLater()
        self.loading = None
        self.pages.show()

    # -- what the application does once the features are in ------------------------------

    def attach_case_desk(self, desk: CaseDesk) -> None:
        self._desk = desk

    @property
    def case_desk(self) -> CaseDesk | None:
        """The Cases page, once installed."""
        return self._desk

    def finish_menus(self) -> None:
        """The window's own entries, after every feature's: Quit last in File, Refresh."""
        file_menu = self.menus[MenuKey.FILE]
        file_menu.addSeparator()
        self.quit_action = add_action(
            self,
            self.tr("&Quit"),
            "Ctrl+Q",
            self.tr("Close Ombuds Desk"),
            self.close,
            name="quit",
            menu=file_menu,
        )
        view_menu = self.menus[MenuKey.VIEW]
        self.refresh_action = add_action(
            self,
            self.tr("&Refresh"),
            "F5",
            self.tr("Read every list again from the database (others' changes too)"),
            self.on_refresh_triggered,
            name="refresh",
        )
        first = view_menu.actions()[0] if view_menu.actions() else None
        if first is None:
            view_menu.addAction(self.refresh_action)
        else:
            view_menu.insertAction(first, self.refresh_action)
        for menu in self.menus.values():
            menu.menuAction().setVisible(not menu.isEmpty())

    def restore_settings(self) -> None:
        for key, restore in (
            ("main/geometry", self.restoreGeometry),
            ("main/state", self.restoreState),
        ):
            value = self._settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        if not self._settings.contains("main/geometry"):
            self.resize(1400, 850)
        page = self.pages.currentWidget()
        if page is not None:
            page.setFocus()  # the first page's own first field (Cases: the search box)

    # -- the Host protocol ---------------------------------------------------------------

    def add_page(self, page: QWidget, title: str, shortcut: str | None = None) -> None:
        """Add a page as a tab and as an entry of the Go menu.

        ``shortcut`` (e.g. "Alt+3") brings it forward; without one the page gets Alt+ its tab
        number while that is free (tab titles carry no mnemonic, so Alt+letter stays free
        for the pages' own buttons).
        """
        self._add_tab(page, self.pages.addTab(page, title), title, shortcut)

    def add_lazy_page(
        self, make: Callable[[], P], title: str, shortcut: str | None = None, name: str = ""
    ) -> PageSlot[P]:
        """Add a page made when first opened: its tab and Go menu entry now, held by a
        stand-in named ``name`` until then (``ui/shell/page_tabs.py``)."""
        stand_in = QWidget()
        stand_in.setObjectName(name)
        slot = PageSlot(make, stand_in, self._put_page)
        index = self.pages.add_waiting(slot, title)  # type: ignore[arg-type]
        self._add_tab(stand_in, index, title, shortcut)
        return slot

    def _put_page(self, stand_in: QWidget, page: QWidget) -> None:
        """A lazy page just made takes its stand-in's tab and Go menu entry."""
        self.pages.put(stand_in, page)
        action = self.page_actions.pop(stand_in, None)
        if action is not None:
            self.page_actions[page] = action

    def _add_tab(self, page: QWidget, index: int, title: str, shortcut: str | None) -> None:
        taken = {a.shortcut().toString() for a in self.page_actions.values()}
        keys = shortcut or (f"Alt+{index + 1}" if index < 9 else None)
        if keys in taken:
            keys = None
        action = add_action(
            self,
            title,
            keys,
            self.tr("Show the {page} page").format(page=title),
            partial(self.show_page, page),
            menu=self.go_menu,
        )
        action.setCheckable(True)
        action.setChecked(page is self.pages.currentWidget())
        self._page_group.addAction(action)
        self.page_actions[page] = action

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(self.pages.made(page))

    def is_shown(self, page: QWidget) -> bool:
        return self.pages.currentWidget() is page

    def add_case_tab(self, tab: CaseTab, title: str) -> None:
        if self._desk is not None:
            self._desk.add_case_tab(tab, title)

    def show_case_tab(self, tab: QWidget) -> None:
        if self._desk is not None:
            self._desk.show_case_tab(tab)

    def open_case(self, person_id: int) -> None:
        if self._desk is not None:
            self._desk.open_case(person_id)

    def current_case(self) -> CaseDetails | None:
        return self._desk.current_case() if self._desk is not None else None

    def case_list(self) -> CaseList:
        assert self._desk is not None, "the Cases page is installed first"
        return self._desk.case_list()

    def search_text(self) -> str:
        return self._desk.search_text() if self._desk is not None else ""

    def clear_search(self) -> None:
        if self._desk is not None:
            self._desk.clear_search()

    # -- slots ---------------------------------------------------------------------------

    @Slot(int)
    def on_page_changed(self, index: int) -> None:
        page = self.pages.widget(index)  # a lazy page is made at its first showing
        action = self.page_actions.get(page) if page is not None else None
        if action is not None:
            action.setChecked(True)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    @Slot()
    def on_refresh_triggered(self) -> None:
        self.notify(EVERYTHING)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.setValue("main/state", self.saveState())
        for index in range(self.pages.count()):  # pages never opened have nothing to save
            save = getattr(self.pages.holder(index), "save_settings", None)
            if callable(save):
                save(self._settings)
        self._settings.sync()
        self._tasks.shutdown()
        super().closeEvent(event)
