"""The Administration page (admins only): the staff accounts, the audit trail, and where
the data is, as tabs. Each tab reads when it is brought forward."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ombuds_desk.ui.admin.data_locations_tab import DataLocationsTab
from ombuds_desk.ui.admin.staff_tab import StaffTab
from ombuds_desk.ui.admin.trail_tab import TrailTab
from ombuds_desk.ui.common.host import Host


class AdminPage(QWidget):
    """Staff and Audit trail, as tabs."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.setObjectName("adminPage")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("adminTabs")
        self.staff = StaffTab(host, self.tabs)
        self.trail = TrailTab(host, self.tabs)
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.tabs.addTab(self.trail, self.tr("Audit trail"))
        self.locations = DataLocationsTab(host, self.tabs)
        self.tabs.addTab(self.locations, self.tr("Where the data is"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)

    def refresh(self) -> None:
        """Read the tab in front again (the host calls this when the page is shown)."""
        current = self.tabs.currentWidget()
        if isinstance(current, StaffTab | TrailTab | DataLocationsTab):
            current.refresh()

    @Slot(int)
    def on_tabs_current_changed(self, _index: int) -> None:
        if self._host.is_shown(self):
            self.refresh()

    def show_trail(self) -> None:
        self._host.show_page(self)
        self.tabs.setCurrentWidget(self.trail)
