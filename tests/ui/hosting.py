"""A small real host for GUI tests: a window with tabs, menus and a status line that carries
one page or dialog, on a real database, without the other features of the main window.

It keeps what the page asked of it (cases opened, status messages, changes notified) so a
test can check that a page asked the window for the right thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QWidget

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.case_view import CaseDetails, case_details
from ombuds_desk.services.cases.person_query import PersonFilter
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.host import CaseTab
from ombuds_desk.ui.common.page_slot import PageSlot
from ombuds_desk.ui.common.window_host import WindowHost

P = TypeVar("P", bound=QWidget)


@dataclass
class ListedCases:
    """The person list as a test sets it."""

    current_filter: PersonFilter = field(default_factory=PersonFilter)
    listed: list[int] = field(default_factory=list)

    def ids(self) -> list[int]:
        return list(self.listed)


class BareHost(WindowHost):
    """Implements :class:`ombuds_desk.ui.common.host.Host` with plain widgets."""

    def __init__(
        self, db: Database, actor: User, today: date, settings: QSettings | None = None
    ) -> None:
        super().__init__(db, actor, lambda: today, settings or QSettings())
        self._today = today
        self.pages = QTabWidget(self)
        self.case_tabs = QTabWidget(self)
        self.pages.addTab(self.case_tabs, "Cases")
        self.setCentralWidget(self.pages)
        self.changes: list[Change] = []
        self.opened: list[int] = []
        self.messages: list[str] = []
        self.listed = ListedCases()
        self.shown_case: CaseDetails | None = None
        self._signals.changed.connect(self.changes.append)

    # -- the Host protocol ---------------------------------------------------------------

    def add_page(self, page: QWidget, title: str, shortcut: str | None = None) -> None:
        self.pages.addTab(page, title)

    def add_lazy_page(
        self, make: Callable[[], P], title: str, shortcut: str | None = None, name: str = ""
    ) -> PageSlot[P]:
        """Made at once here: a page's tests hold the page from the start (the main window's
        own tests show it made when first opened)."""
        page = make()
        self.add_page(page, title, shortcut)
        return PageSlot.made_now(page)

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def is_shown(self, page: QWidget) -> bool:
        return self.pages.currentWidget() is page

    def add_case_tab(self, tab: CaseTab, title: str) -> None:
        assert isinstance(tab, QWidget)
        self.case_tabs.addTab(tab, title)

    def show_case_tab(self, tab: QWidget) -> None:
        self.pages.setCurrentWidget(self.case_tabs)
        self.case_tabs.setCurrentWidget(tab)

    def open_case(self, person_id: int) -> None:
        self.opened.append(person_id)
        self.select_case(person_id)

    def current_case(self) -> CaseDetails | None:
        return self.shown_case

    def case_list(self) -> ListedCases:
        return self.listed

    def search_text(self) -> str:
        return ""

    def clear_search(self) -> None:
        pass

    def show_status(self, text: str, msecs: int = 8000) -> None:
        self.messages.append(text)
        super().show_status(text, msecs)

    # -- for the tests ---------------------------------------------------------------------

    def select_case(self, person_id: int | None) -> CaseDetails | None:
        """Make this case the one shown (as selecting it in the person list would)."""
        details = None
        if person_id is not None:
            with self.db.reading() as session:
                details = case_details(
                    session,
                    person_id,
                    today=self._today,
                    threshold_days=stalled_after_days(session),
                )
        self.shown_case = details
        self._signals.case_shown.emit(details)
        for index in range(self.case_tabs.count()):
            tab = self.case_tabs.widget(index)
            show_case = getattr(tab, "show_case", None)
            if callable(show_case):
                show_case(details)
        return details
