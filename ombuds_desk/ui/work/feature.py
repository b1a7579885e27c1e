"""The My work feature: the "My work" page (Alt+0), and "Reassign…" in the Case menu for
those who may reassign.

The shell puts the page first for a caseworker, whose day starts there (the page is then made
as the window opens); supervisors and admins keep the Cases page first and find My work
beside it, made when first opened. Until then its tab still says how many lines need the
signed-in user: :class:`WorkCount` reads that number off the GUI thread once the window
shows, and again after each change to what the lists are made of.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QTabWidget, QWidget
from sqlmodel import Session

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.formatting import number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import Loader
from ombuds_desk.ui.common.page_slot import PageSlot

TITLE = QT_TRANSLATE_NOOP("Work", "My work")
# What the lists are made of (the page's own SHOWN): a change to these can move the count.
COUNTED = (
    Change.CASES
    | Change.STATUS
    | Change.REVIEWS
    | Change.ITEMS
    | Change.PARCELS
    | Change.SHIPMENTS
    | Change.SETTINGS
    | Change.STAFF
)


def tab_title(count: int) -> str:
    """The tab's title: "My work (7)", or "My work" when nothing needs the user."""
    return (
        QCoreApplication.translate("Work", "My work ({count})").format(count=number(count))
        if count
        else QCoreApplication.translate("Work", TITLE)
    )


def set_tab_title(widget: QWidget, title: str) -> None:
    """The title of the tab holding ``widget`` (the window's tabs hold it in their stack)."""
    holder = widget.parentWidget()
    while holder is not None and not isinstance(holder, QTabWidget):
        holder = holder.parentWidget()
    if holder is not None and holder.indexOf(widget) >= 0:
        holder.setTabText(holder.indexOf(widget), title)


def my_work_page(host: Host) -> QWidget:
    from ombuds_desk.ui.work.my_work_page import MyWorkPage

    return MyWorkPage(host)


def own_count(session: Session, host: Host) -> int:
    from ombuds_desk.services.work.my_work import my_work

    return my_work(session, host.actor, today=host.today()).count


class WorkCount(QObject):
    """The count in the My work tab while the page is not made (the page keeps it after)."""

    def __init__(self, host: Host, slot: PageSlot[QWidget]) -> None:
        super().__init__(host.window())
        self.setObjectName("workCount")
        self.host = host
        self.slot = slot
        self.count: int | None = None
        self.loader = Loader(host, self)
        host.signals.changed.connect(self.on_changed)
        # Read once the window shows: the first turn of its event loop, not while it opens.
        QTimer.singleShot(0, self.refresh)

    @Slot()
    def refresh(self) -> None:
        if self.slot.made is None:
            host = self.host
            self.loader.load(lambda session: own_count(session, host), self.show_count)

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change & COUNTED:
            self.refresh()

    def show_count(self, count: int) -> None:
        if self.slot.made is None:  # once made, the page's own reads say it
            self.count = count
            set_tab_title(self.slot.stand_in, tab_title(count))


def install(host: Host) -> PageSlot[QWidget]:
    """Add the page, made when first opened; its tab shows the count from the start."""
    slot = host.add_lazy_page(
        lambda: my_work_page(host), QCoreApplication.translate("Work", TITLE), "Alt+0", "myWorkPage"
    )
    if slot.made is None:
        WorkCount(host, slot)
    return slot
