"""The Mail feature in a window: its pages, case tab and menu where they always were, Ctrl+L,
the campaign line in the status bar, and a scanned parcel number opening its parcel."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import campaigns
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.mail.item_dialog import ItemDialog
from ombuds_desk.ui.mail.parcel_dialog import ParcelDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, packed
from tests.ui.helpers import action, wait_idle
from tests.ui.hosting import BareHost
from tests.ui.mail.helpers import modal, window_feature

ALT = Qt.KeyboardModifier.AltModifier


def test_pages_tab_and_menu_are_where_they_were(host: BareHost, feature: MailFeature) -> None:
    pages = [host.pages.tabText(i) for i in range(host.pages.count())]
    assert pages == ["Cases", "Parcels", "Shipments", "No news"]
    assert [host.case_tabs.tabText(i) for i in range(host.case_tabs.count())] == ["Mail"]
    entries = [a.text() for a in host.menu(MenuKey.MAIL).actions()]
    assert entries == [
        "&Log letters and items…",
        "&Edit item…",
        "Re&move items…",
        "&New parcel",
        "",
        "&Parcels",
        "&Shipments",
        "No ne&ws list",
        "",
        "&Campaigns…",
        "&Import acknowledgement…",
    ]
    assert feature.log_items.shortcut().toString() == "Ctrl+L"
    assert feature.campaign_line.parent() is host.statusBar()
    assert feature.campaign_line.isVisibleTo(host)


def test_alt_5_and_alt_6_and_the_menu_bring_the_pages_forward(
    qtbot: QtBot, window: MainWindow
) -> None:
    feature = window_feature(window)
    qtbot.keyClick(window, Qt.Key.Key_5, ALT)
    assert window.pages.currentWidget() is feature.parcels_page
    qtbot.keyClick(window, Qt.Key.Key_6, ALT)
    assert window.pages.currentWidget() is feature.shipments_page
    action(window, "showNoNews").trigger()
    assert window.pages.currentWidget() is feature.news_page
    wait_idle(qtbot, window)
    assert feature.news_page.title.text().startswith("<b>0 captives</b>")  # read when shown
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Mail" in titles


def test_ctrl_l_needs_a_case_then_opens_the_mail_tab_and_the_form(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    qtbot.keyClick(host, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert host.messages == ["Select a case first."]
    assert QApplication.activeModalWidget() is None
    person, _ = family(db, caseworker, today)
    host.select_case(id_of(person))
    host.show_page(feature.parcels_page)
    qtbot.keyClick(host, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert host.pages.currentWidget() is host.case_tabs
    assert host.case_tabs.currentWidget() is feature.mail_tab
    dialog = modal(qtbot)
    assert isinstance(dialog, ItemDialog)
    assert dialog.windowTitle() == "Log letters and items — Іваненко Петро"


def test_the_campaign_line_follows_parcels_and_campaigns_only(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    supervisor: User,
    caseworker: User,
    today: date,
) -> None:
    assert feature.campaign_line.text() == ""
    with unit_of_work(db, supervisor) as session:
        campaigns.create_campaign(session, supervisor, "Зима", 50, today + timedelta(days=9))
    host.notify(Change.NOTES)
    wait_idle(qtbot, host)
    assert feature.campaign_line.text() == ""  # notes do not move campaigns
    host.notify(Change.CAMPAIGNS)
    wait_idle(qtbot, host)
    assert feature.campaign_line.text() == "Зима: 0 / 50 delivered · 9 days left"
    person, _ = family(db, caseworker, today)
    packed(db, caseworker, id_of(person), today, items=1)
    host.notify(Change.PARCELS)
    wait_idle(qtbot, host)
    assert feature.campaign_line.text() == "Зима: 0 / 50 delivered · 9 days left"
    assert feature.parcels_page.campaigns.progress == []  # the page is not shown


def test_a_scanned_number_opens_its_parcel_and_other_text_is_left_alone(
    qtbot: QtBot,
    host: BareHost,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    person, _ = family(db, caseworker, today)
    parcel = packed(db, caseworker, id_of(person), today, items=1)
    host.signals.search_entered.emit("Іваненко")
    wait_idle(qtbot, host)
    assert host.messages == [] and QApplication.activeModalWidget() is None
    host.signals.search_entered.emit("PCL-2026-999999")
    wait_idle(qtbot, host)
    assert host.messages == ["No parcel numbered PCL-2026-999999."]
    host.signals.search_entered.emit(parcel.parcel_number.lower())
    dialog = modal(qtbot)
    assert isinstance(dialog, ParcelDialog) and dialog.parcel_id == parcel.id
    assert host.pages.currentWidget() is feature.parcels_page
    wait_idle(qtbot, host)
    assert feature.parcels_page.current_id() == parcel.id
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
