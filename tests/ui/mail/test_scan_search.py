"""Scanning a parcel number into the person list's search box opens that parcel at once."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.mail import Parcel
from ombuds_desk.store.database import Database
from ombuds_desk.ui.mail.parcel_dialog import ParcelDialog
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, packed
from tests.ui.helpers import cases_page, type_text, wait_idle
from tests.ui.mail.helpers import window_feature


@pytest.fixture
def parcels(db: Database, caseworker: User, today: date) -> list[Parcel]:
    first, _ = family(db, caseworker, today)
    second, _ = family(db, caseworker, today, family_name="Пʼятницький", given_name="Юрій")
    return [packed(db, caseworker, id_of(p), today, items=1) for p in (first, second, first)]


def _scan(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """What a barcode scanner does: focus is in the search box, it types, then Enter."""
    search = cases_page(window).filter_panel.search
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    wait_idle(qtbot, window)


@pytest.mark.parametrize("typed", ["{number}", " {lower} ", "ЗСД-{year_seq}"])
def test_scanning_a_parcel_number_lands_on_that_parcel(
    qtbot: QtBot, window: MainWindow, parcels: list[Parcel], typed: str
) -> None:
    feature = window_feature(window)
    target = parcels[1]
    number = target.parcel_number
    text = typed.format(number=number, lower=number.lower(), year_seq=number[4:])
    _scan(qtbot, window, text)

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ParcelDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ParcelDialog)
    assert dialog.parcel_id == target.id
    assert number in dialog.title.text()
    assert "Пʼятницький Юрій" in dialog.recipient.text()
    page = feature.parcels_page
    assert window.pages.currentWidget() is page
    wait_idle(qtbot, window)
    assert page.current_id() == target.id
    assert cases_page(window).filter_panel.search.text() == ""  # ready for the next scan
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_an_unknown_number_says_so_and_a_name_still_searches_persons(
    qtbot: QtBot, window: MainWindow, parcels: list[Parcel]
) -> None:
    cases = cases_page(window)
    _scan(qtbot, window, "PCL-2026-999999")
    assert "No parcel numbered PCL-2026-999999" in window.statusBar().currentMessage()
    assert window.pages.currentWidget() is cases
    cases.filter_panel.search.clear()
    _scan(qtbot, window, "Пʼятницький")
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1)
    assert QApplication.activeModalWidget() is None
    assert window.pages.currentWidget() is cases
