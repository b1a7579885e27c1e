"""The small host every page, dialog and feature of the window depends on.

A feature never sees the main window: it gets a :class:`Host`, which gives it the
database and the acting user, today's date, a place for its pages, menus and case-view
tabs, a way to open a case, the person list as filtered now, the status line, and the
change notification (:class:`HostSignals`). The shell's main window is one host; the GUI
tests build a smaller one, so a page can be tested with a real database and no window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.page_slot import PageSlot
from ombuds_desk.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from ombuds_desk.domain.accounts import User

    # Named in annotations only: the main window's frame shows before the pages' queries
    # are imported (ui/shell/app.open_window).
    from ombuds_desk.services.cases.case_view import CaseDetails
    from ombuds_desk.services.cases.person_query import PersonFilter
    from ombuds_desk.store.database import Database

P = TypeVar("P", bound=QWidget)


class MenuKey(StrEnum):
    """The window's menus, in menu-bar order; features add their actions to these."""

    FILE = "file"
    CASE = "case"
    VIEW = "view"
    GO = "go"
    PRINT = "print"
    MAIL = "mail"


class HostSignals(QObject):
    """What a host announces.

    ``changed(Change)`` after every successful change made in the window (one per change,
    saying what kind of records it touched); ``case_shown(CaseDetails | None)`` when the
    case view shows another case or the same one read again; ``search_entered(str)`` on
    Enter in the person list's search box (a scanned parcel number arrives so).
    """

    changed = Signal(object)
    case_shown = Signal(object)
    search_entered = Signal(str)


class CaseTab(Protocol):
    """A feature's tab in the case view: it follows the case shown."""

    def show_case(self, details: CaseDetails | None) -> None: ...


class CaseList(Protocol):
    """The person list as the user filtered and sorted it."""

    @property
    def current_filter(self) -> PersonFilter: ...

    def ids(self) -> list[int]: ...


class Host(Protocol):
    """What pages, dialogs and features may ask of the window around them."""

    @property
    def db(self) -> Database: ...

    @property
    def actor(self) -> User: ...

    @property
    def tasks(self) -> TaskRunner: ...

    @property
    def signals(self) -> HostSignals: ...

    def today(self) -> date: ...

    def settings(self) -> QSettings:
        """Where pages remember their layout and choices between sessions."""
        ...

    def window(self) -> QWidget:
        """The parent for dialogs and messages, and the owner of window-wide shortcuts."""
        ...

    def notify(self, change: Change) -> None:
        """Tell every view that records of these kinds changed."""
        ...

    def menu(self, key: MenuKey) -> QMenu: ...

    def add_page(self, page: QWidget, title: str, shortcut: str | None = None) -> None: ...

    def add_lazy_page(
        self, make: Callable[[], P], title: str, shortcut: str | None = None, name: str = ""
    ) -> PageSlot[P]:
        """A page made by ``make()`` when it is first opened; its tab and Go menu entry are
        there at once, held by a stand-in named ``name`` (the page's object name)."""
        ...

    def show_page(self, page: QWidget) -> None:
        """Bring ``page`` forward; a lazy page's stand-in makes the page first."""
        ...

    def is_shown(self, page: QWidget) -> bool:
        """Whether ``page`` is the page in front now."""
        ...

    def add_case_tab(self, tab: CaseTab, title: str) -> None: ...

    def show_case_tab(self, tab: QWidget) -> None:
        """Bring the Cases page and this tab of its case view forward."""
        ...

    def open_case(self, person_id: int) -> None:
        """Bring the Cases page forward with this case selected (clearing filters if need be)."""
        ...

    def current_case(self) -> CaseDetails | None: ...

    def case_list(self) -> CaseList: ...

    def search_text(self) -> str: ...

    def clear_search(self) -> None: ...

    def show_status(self, text: str, msecs: int = 8000) -> None: ...

    def add_status_widget(self, widget: QWidget) -> None:
        """A feature's lasting line in the status bar (e.g. campaign progress)."""
        ...

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        """Show ``text`` with an Undo button in the status line for a few seconds."""
        ...
