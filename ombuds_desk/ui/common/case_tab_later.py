"""A feature's tab in the case view made when it is first needed, not with the window.

The window's first paint waited for every case tab to be built, with its modules imported:
the Mail tab alone (its lists, models and notes) was some 70 ms of CPU of the start, though
the tab is not in front and no case is shown yet. :class:`TabLater` holds the tab's place
(its title, its index) and the case shown; the real tab is made when the user brings the
tab forward (:meth:`showEvent`), or when the feature asks for it (:meth:`tab`: a menu entry
acting on the tab). Made, it takes the place's index and title in the tab widget, is brought
forward if the place was, and is shown the case the place was last shown; the place stays
behind, hidden, passing each case shown on to it (the case panel keeps the place in its list
of tabs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from ombuds_desk.services.cases.case_view import CaseDetails

T = TypeVar("T", bound=QWidget)


class TabLater(QWidget, Generic[T]):
    """The place of a case tab that ``make()`` makes at its first need (see the module)."""

    def __init__(self, make: Callable[[], T], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._tab: T | None = None
        self._details: CaseDetails | None = None

    @property
    def made(self) -> bool:
        return self._tab is not None

    def tab(self) -> T:
        """The real tab, made now (in this place) if it was not yet."""
        if self._tab is None:
            tab = self._make()
            self._tab = tab
            self._take_place(tab)
            show_case = getattr(tab, "show_case", None)
            if callable(show_case):
                show_case(self._details)
        return self._tab

    def show_case(self, details: CaseDetails | None) -> None:
        """Passed on to the real tab once made; until then kept for it."""
        self._details = details
        if self._tab is not None:
            show_case = getattr(self._tab, "show_case", None)
            if callable(show_case):
                show_case(details)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._tab is None:
            # Brought forward: made at the next turn, out of the tab widget's own change of
            # its current page.
            QTimer.singleShot(0, self, self._made_if_shown)

    def _made_if_shown(self) -> None:
        if self._tab is None and shiboken6.isValid(self) and self.isVisible():
            self.tab()

    def _take_place(self, tab: QWidget) -> None:
        tabs = self._tab_widget()
        if tabs is None:
            return
        index = tabs.indexOf(self)
        current = tabs.currentIndex() == index
        tabs.insertTab(index, tab, tabs.tabText(index))
        tabs.setTabToolTip(index, tabs.tabToolTip(index + 1))
        tabs.removeTab(index + 1)
        if current:
            tabs.setCurrentIndex(index)
        self.hide()

    def _tab_widget(self) -> QTabWidget | None:
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QTabWidget) and parent.indexOf(self) >= 0:
                return parent
            parent = parent.parentWidget()
        return None
