"""The main window's pages as tabs, some of them made only when first opened.

A lazy page's tab holds its stand-in (``ui/common/page_slot.py``) until the page is made;
then the page takes the stand-in's place: the same tab, title and position, and the tab in
front stays in front. ``widget(i)`` answers with the page at tab ``i``, made if need be, as
for a tab widget whose pages were all made at start; ``holder(i)`` answers without making it.
Once the tabs show, the lazy pages' modules are imported at idle (``page_warmer.py``), so a
first opening only builds its page.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from ombuds_desk.ui.common.page_slot import PageSlot
from ombuds_desk.ui.shell.page_warmer import PageWarmer, warm_pages


class PageTabs(QTabWidget):
    """A tab widget whose lazy pages are made at their first opening or first asking."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Every stand-in with its slot, kept after the page is made: whoever still holds a
        # stand-in (a Go menu entry, a feature) reaches the page through it.
        self._slots: dict[QWidget, PageSlot[QWidget]] = {}
        self.warmer: PageWarmer | None = None  # the lazy pages' modules, imported at idle

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.warmer is None:
            # The window (the host) is at work while its reads or layings-out are under way.
            tasks = getattr(self.window(), "tasks", None)
            self.warmer = warm_pages(self, lambda: tasks is not None and tasks.pending > 0)

    def add_waiting(self, slot: PageSlot[QWidget], title: str) -> int:
        """A tab for a page not made yet; its stand-in holds the place."""
        self._slots[slot.stand_in] = slot
        return self.addTab(slot.stand_in, title)

    def is_waiting(self, widget: QWidget | None) -> bool:
        """Whether ``widget`` is the stand-in of a page not made yet."""
        slot = self._slots.get(widget) if widget is not None else None
        return slot is not None and slot.made is None

    def made(self, widget: QWidget) -> QWidget:
        """``widget`` itself, or, if it stands in for a lazy page, that page (made now)."""
        slot = self._slots.get(widget)
        return slot.page() if slot is not None else widget

    def holder(self, index: int) -> QWidget | None:
        """What tab ``index`` holds now (a stand-in, if its page was never opened)."""
        return super().widget(index)

    def widget(self, index: int) -> QWidget | None:
        """The page at tab ``index``, made now if it was waiting."""
        held = super().widget(index)
        return self.made(held) if held is not None else None

    def put(self, stand_in: QWidget, page: QWidget) -> None:
        """Put a page just made in its stand-in's tab: its title, its place, in front if the
        stand-in was."""
        index = self.indexOf(stand_in)
        if index < 0:
            return
        title, tip = self.tabText(index), self.tabToolTip(index)
        in_front = self.currentIndex() == index
        # The tab in front moves only to the page itself: nothing need hear of it.
        blocked = self.blockSignals(True)
        try:
            self.insertTab(index, page, title)
            self.setTabToolTip(index, tip)
            # In front before the stand-in goes, so no other page comes forward meanwhile.
            if in_front:
                self.setCurrentIndex(index)
            self.removeTab(index + 1)
        finally:
            self.blockSignals(blocked)
        # Kept (hidden, nameless) for whoever still holds it: it leads to the page.
        stand_in.setObjectName("")
        stand_in.hide()
