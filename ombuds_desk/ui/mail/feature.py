"""Letters and parcels in the main window: pages, the case view's tab, the Mail menu, scanning.

``install(window)`` adds the "Mail" tab (letters & parcels) to the case view, the Parcels (Alt+5),
Shipments (Alt+6) and No news pages, a Mail menu, the campaign line in the status bar, and
the scan hook: Enter in the main search box with a parcel number opens that parcel at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from ombuds_desk.domain.mail_rules import parse_parcel_number
from ombuds_desk.services.mail.campaigns import campaign_progress
from ombuds_desk.services.mail.parcels import find_parcel_by_number
from ombuds_desk.ui.mail.campaign_widget import summary_text
from ombuds_desk.ui.mail.mail_tab import MailTab
from ombuds_desk.ui.mail.news_page import NewsPage
from ombuds_desk.ui.mail.parcel_dialog import ParcelDialog, open_parcel_dialog
from ombuds_desk.ui.mail.parcels_page import ParcelsPage
from ombuds_desk.ui.mail.shipments_page import ShipmentsPage
from ombuds_desk.ui.shell.actions import add_action

if TYPE_CHECKING:
    from ombuds_desk.ui.shell.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MailFeature", text)


class MailFeature(QObject):
    """Holds the mail pages of one window and keeps them current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("mailFeature")
        self.window = window
        self.mail_tab = MailTab(window)
        window.case_panel.add_tab(self.mail_tab, _tr("Mail"))
        self.parcels_page = ParcelsPage(window)
        window.add_page(self.parcels_page, _tr("Parcels"), "Alt+5")
        self.shipments_page = ShipmentsPage(window)
        window.add_page(self.shipments_page, _tr("Shipments"), "Alt+6")
        self.news_page = NewsPage(window)
        window.add_page(self.news_page, _tr("No news"))
        self.campaign_line = QLabel(window)
        self.campaign_line.setObjectName("campaignLine")
        self.campaign_line.setToolTip(
            _tr("Campaign progress — details on the Parcels page (Alt+5)")
        )
        window.statusBar().addPermanentWidget(self.campaign_line)
        self._build_menu()
        window.filter_panel.search.returnPressed.connect(self.on_search_return_pressed)
        window.data_changed.connect(self.on_data_changed)
        self.on_data_changed()

    def _action(self, text: str, keys: str | None, tip: str, slot: Callable[[], Any]) -> QAction:
        return add_action(self.window, _tr(text), keys, _tr(tip), slot)

    def _build_menu(self) -> None:
        w = self.window
        self.log_items = self._action(
            "&Log letters and items…",
            "Ctrl+L",
            "Log letters, drawings and photos on the selected case, one after another",
            self.on_log_items_triggered,
        )
        self.new_parcel = self._action(
            "&New parcel",
            None,
            "Start a parcel for the selected case",
            self.parcels_page.on_new_clicked,
        )
        actions = [
            self.log_items,
            self.new_parcel,
            None,
            self._action(
                "&Parcels",
                None,
                "All parcels, with campaign progress (Alt+5)",
                lambda: w.show_page(self.parcels_page),
            ),
            self._action(
                "&Shipments",
                None,
                "Shipments: handover, receipts, delivery (Alt+6)",
                lambda: w.show_page(self.shipments_page),
            ),
            self._action(
                "No ne&ws list",
                None,
                "Captives without news for too long",
                lambda: w.show_page(self.news_page),
            ),
            None,
            self._action(
                "&Campaigns…",
                None,
                "Set up campaign targets (supervisor)",
                self.parcels_page.open_campaigns,
            ),
            self._action(
                "&Import acknowledgement…",
                None,
                "Reconcile the other side's list of delivered parcels",
                self.shipments_page.on_import_clicked,
            ),
        ]
        menu = w.menuBar().addMenu(_tr("&Mail"))
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    # -- slots ---------------------------------------------------------------

    @Slot()
    def on_log_items_triggered(self) -> None:
        if self.window.details is None:
            self.window.statusBar().showMessage(_tr("Select a case first."), 5000)
            return
        self.window.show_page(self.window.cases_page)
        self.window.case_panel.tabs.setCurrentWidget(self.mail_tab)
        self.mail_tab.log_items()

    @Slot()
    def on_data_changed(self) -> None:
        current = self.window.pages.currentWidget()
        for page in (self.parcels_page, self.shipments_page, self.news_page):
            if page is current:
                page.refresh()
        with self.window.db.reading() as session:
            progress = campaign_progress(session, today=self.window.today_fn())
        self.campaign_line.setText(summary_text(progress))

    @Slot()
    def on_search_return_pressed(self) -> None:
        text = self.window.filter_panel.search.text()
        if parse_parcel_number(text) is not None:
            self.scan(text)

    def scan(self, text: str) -> ParcelDialog | None:
        """Open the parcel whose number was scanned or typed; None when there is none."""
        with self.window.db.reading() as session:
            parcel = find_parcel_by_number(session, text)
        if parcel is None or parcel.id is None:
            self.window.statusBar().showMessage(_tr("No parcel numbered %s.") % text.strip(), 8000)
            return None
        self.window.filter_panel.search.clear()
        self.window.show_page(self.parcels_page)
        self.parcels_page.select_parcel(parcel.id)
        return open_parcel_dialog(self.window, parcel.id)


def install(window: MainWindow) -> None:
    MailFeature(window)
