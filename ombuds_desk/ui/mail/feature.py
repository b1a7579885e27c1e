"""Letters and parcels in the window: pages, the case view's tab, the Mail menu, scanning.

``install(host)`` adds the "Mail" tab (letters & parcels) to the case view, the Parcels
(Alt+5), Shipments (Alt+6) and No news pages, the Mail menu, the campaign line in the
status bar, and the scan hook: Enter in the person list's search box with a parcel number
(``host.signals.search_entered``) opens that parcel at once. Each page keeps itself current;
the feature keeps the campaign line current. The three pages (and their modules) are made
when first opened: from their tab, shortcut or Mail menu entry, a scan, or the page asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from ombuds_desk.domain.mail import Parcel
from ombuds_desk.domain.mail_rules import parse_parcel_number
from ombuds_desk.services.mail.campaigns import CampaignProgress, campaign_progress
from ombuds_desk.services.mail.parcels import find_parcel_by_number
from ombuds_desk.ui.common.actions import menu_action
from ombuds_desk.ui.common.case_tab_later import TabLater
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.host import Host, MenuKey
from ombuds_desk.ui.common.operations import Loader, QueryOp
from ombuds_desk.ui.mail.campaign_widget import summary_text

if TYPE_CHECKING:
    from ombuds_desk.ui.mail.mail_tab import MailTab
    from ombuds_desk.ui.mail.news_page import NewsPage
    from ombuds_desk.ui.mail.parcel_dialog import ParcelDialog
    from ombuds_desk.ui.mail.parcels_page import ParcelsPage
    from ombuds_desk.ui.mail.shipments_page import ShipmentsPage

# Campaign progress counts parcels packed, dispatched and delivered against each target.
CAMPAIGN_CHANGES = Change.PARCELS | Change.SHIPMENTS | Change.CAMPAIGNS


def parcels_page(host: Host) -> ParcelsPage:
    from ombuds_desk.ui.mail.parcels_page import ParcelsPage

    return ParcelsPage(host)


def shipments_page(host: Host) -> ShipmentsPage:
    from ombuds_desk.ui.mail.shipments_page import ShipmentsPage

    return ShipmentsPage(host)


def make_mail_tab(host: Host) -> MailTab:
    from ombuds_desk.ui.mail.mail_tab import MailTab

    return MailTab(host)


def news_page(host: Host) -> NewsPage:
    from ombuds_desk.ui.mail.news_page import NewsPage

    return NewsPage(host)


class MailFeature(QObject):
    """The mail pages, tab, menu and campaign line of one window."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.window())
        self.setObjectName("mailFeature")
        self.host = host
        self.scan_dialog: ParcelDialog | None = None
        # Made (its module imported) when first brought forward or acted on (case_tab_later.py).
        self.mail_tab_later: TabLater[MailTab] = TabLater(lambda: make_mail_tab(host))
        host.add_case_tab(self.mail_tab_later, self.tr("Mail"))
        self.parcels = host.add_lazy_page(
            lambda: parcels_page(host), self.tr("Parcels"), "Alt+5", "parcelsPage"
        )
        self.shipments = host.add_lazy_page(
            lambda: shipments_page(host), self.tr("Shipments"), "Alt+6", "shipmentsPage"
        )
        self.news = host.add_lazy_page(lambda: news_page(host), self.tr("No news"), name="newsPage")
        self.campaign_line = self._campaign_line()
        self.loader = Loader(host, self)
        self._build_menu()
        host.signals.search_entered.connect(self.on_search_entered)
        host.signals.changed.connect(self.on_changed)
        self.refresh_campaign_line()

    @property
    def mail_tab(self) -> MailTab:
        """The case view's Mail tab, made now if it was not yet."""
        return self.mail_tab_later.tab()

    @property
    def parcels_page(self) -> ParcelsPage:
        """The Parcels page, made now if it was not yet."""
        return self.parcels.page()

    @property
    def shipments_page(self) -> ShipmentsPage:
        """The Shipments page, made now if it was not yet."""
        return self.shipments.page()

    @property
    def news_page(self) -> NewsPage:
        """The No news page, made now if it was not yet."""
        return self.news.page()

    def _campaign_line(self) -> QLabel:
        window = self.host.window()
        line = QLabel(window)
        line.setObjectName("campaignLine")
        line.setToolTip(self.tr("Campaign progress — details on the Parcels page (Alt+5)"))
        self.host.add_status_widget(line)
        return line

    def _action(
        self, name: str, text: str, keys: str | None, tip: str, slot: Callable[[], Any]
    ) -> QAction:
        return menu_action(self.host, MenuKey.MAIL, name, text, keys, tip, slot)

    def _build_menu(self) -> None:
        host, menu = self.host, self.host.menu(MenuKey.MAIL)
        self.log_items = self._action(
            "logItems",
            self.tr("&Log letters and items…"),
            "Ctrl+L",
            self.tr("Log letters, drawings and photos on the selected case, one after another"),
            self.on_log_items_triggered,
        )
        self.edit_item = self._action(
            "editItem",
            self.tr("&Edit item…"),
            None,
            self.tr("Correct the item selected on the case's Mail tab (F2 there)"),
            lambda: self._on_mail_tab(self.mail_tab.edit_selected),
        )
        self.remove_items = self._action(
            "removeItems",
            self.tr("Re&move items…"),
            None,
            self.tr(
                "Remove the items selected on the case's Mail tab, logged in error (Delete there)"
            ),
            lambda: self._on_mail_tab(self.mail_tab.remove_selected),
        )
        self.new_parcel = self._action(
            "newParcel",
            self.tr("&New parcel"),
            None,
            self.tr("Start a parcel for the selected case"),
            lambda: self.parcels_page.on_new_clicked(),
        )
        menu.addSeparator()
        self._action(
            "showParcels",
            self.tr("&Parcels"),
            None,
            self.tr("All parcels, with campaign progress (Alt+5)"),
            lambda: host.show_page(self.parcels_page),
        )
        self._action(
            "showShipments",
            self.tr("&Shipments"),
            None,
            self.tr("Shipments: handover, receipts, delivery (Alt+6)"),
            lambda: host.show_page(self.shipments_page),
        )
        self._action(
            "showNoNews",
            self.tr("No ne&ws list"),
            None,
            self.tr("Captives without news for too long"),
            lambda: host.show_page(self.news_page),
        )
        menu.addSeparator()
        self._action(
            "campaigns",
            self.tr("&Campaigns…"),
            None,
            self.tr("Set up campaign targets (supervisor)"),
            lambda: self.parcels_page.open_campaigns(),
        )
        self._action(
            "importAcknowledgement",
            self.tr("&Import acknowledgement…"),
            None,
            self.tr("Reconcile the other side's list of delivered parcels"),
            lambda: self.shipments_page.on_import_clicked(),
        )

    # -- the campaign line -----------------------------------------------------------------

    def refresh_campaign_line(self) -> None:
        """Read the campaigns' progress (off the GUI thread) into the status bar."""
        today = self.host.today()
        self.loader.load(
            lambda session: campaign_progress(session, today=today), self._show_campaigns
        )

    def _show_campaigns(self, progress: list[CampaignProgress]) -> None:
        self.campaign_line.setText(summary_text(progress))

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def on_log_items_triggered(self) -> None:
        if self.host.current_case() is None:
            self.host.show_status(self.tr("Select a case first."), 5000)
            return
        self.host.show_case_tab(self.mail_tab)
        self.mail_tab.log_items()

    def _on_mail_tab(self, act: Callable[[], object]) -> None:
        """Act on the case's Mail tab (brought forward); the status line says when no case
        or no item is selected."""
        if self.host.current_case() is None:
            self.host.show_status(self.tr("Select a case first."), 5000)
            return
        self.host.show_case_tab(self.mail_tab)
        if not self.mail_tab.selected_item_ids():
            self.host.show_status(self.tr("Select an item on the Mail tab first."), 5000)
            return
        act()

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change & CAMPAIGN_CHANGES:
            self.refresh_campaign_line()

    @Slot(str)
    def on_search_entered(self, text: str) -> None:
        if parse_parcel_number(text) is not None:
            self.scan(text)

    def scan(self, text: str) -> None:
        """Open the parcel whose number was scanned or typed, once found (off the GUI
        thread); the status line says so when there is none."""
        QueryOp(
            self.host, self.host.window(), lambda session: find_parcel_by_number(session, text)
        ).on_success(lambda parcel: self._scanned(text, parcel)).run()

    def _scanned(self, text: str, parcel: Parcel | None) -> None:
        if parcel is None or parcel.id is None:
            self.host.show_status(
                self.tr("No parcel numbered {number}.").format(number=text.strip()), 8000
            )
            return
        self.host.clear_search()
        self.host.show_page(self.parcels_page)
        self.parcels_page.select_parcel(parcel.id)
        # Imported at the first scan: the parcel dialog's module is large.
        from ombuds_desk.ui.mail.parcel_dialog import open_parcel_dialog

        self.scan_dialog = open_parcel_dialog(self.host, parcel.id)


def install(host: Host) -> None:
    MailFeature(host)
