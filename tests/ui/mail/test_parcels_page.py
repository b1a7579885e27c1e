"""The Parcels page: its paging model, filters, and a parcel filled, sealed and labelled."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ItemStatus, ParcelStatus
from ombuds_desk.services.mail.mail_query import ParcelFilter
from ombuds_desk.store.database import Database
from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.mail.parcel_dialog import ParcelDialog
from ombuds_desk.ui.mail.parcel_model import ParcelTableModel
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.mail_helpers import family, packed, reload_items, reload_parcel, screened
from tests.ui.helpers import type_text


@pytest.fixture
def feature(window: MainWindow) -> MailFeature:
    found = window.findChild(MailFeature)
    assert found is not None
    return found


def test_the_parcel_model_pages_sorts_and_passes_the_model_tester(
    qtmodeltester: ModelTester, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    numbers = [packed(db, caseworker, person.id, today, items=1).parcel_number for _ in range(5)]
    model = ParcelTableModel(db)
    model.PAGE = 2
    model.refresh()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    assert model.index(0, 0).data() == max(numbers)  # the newest first
    assert model.cached_rows <= 4  # only the pages shown were fetched
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(5)] == sorted(numbers)
    assert model.index(0, 3).data() == "Packed"
    assert model.index(0, 2).data() == "Іваненко Петро"
    model.set_filter(ParcelFilter(text=numbers[2].lower()))
    assert model.rowCount() == 1 and model.index(0, 0).data() == numbers[2]
    qtmodeltester.check(model, force_py=True)


def test_new_parcel_fill_seal_and_label_it(
    qtbot: QtBot,
    window: MainWindow,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    person, _ = family(db, caseworker, today)
    letters = screened(db, caseworker, person.id, today, 3)
    window.on_refresh_triggered()
    assert window.table.select_person(person.id)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    page = feature.parcels_page
    assert window.pages.currentWidget() is page
    page.new_button.click()
    dialog = window.findChild(ParcelDialog)
    assert isinstance(dialog, ParcelDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.available.count() == 3
    for row in (0, 2):
        dialog.available.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.add_button.click()
    assert dialog.inside.count() == 2 and dialog.available.count() == 1
    type_text(qtbot, dialog.contents, "Теплі шкарпетки, чай")
    dialog.weight.edit.setText("abc")
    dialog.pack_button.click()
    assert dialog.weight.problem == "Must be a whole number of grams"
    dialog.weight.edit.setText("1200")
    dialog.pack_button.click()
    assert dialog.seal.problem == "A packed parcel needs a seal number"
    assert reload_parcel(db, dialog.parcel_id).status is ParcelStatus.ASSEMBLING
    type_text(qtbot, dialog.seal.edit, "sl-0042")
    qtbot.keyClick(dialog.seal.edit, Qt.Key.Key_Return)
    parcel = reload_parcel(db, dialog.parcel_id)
    assert (parcel.status, parcel.seal_number, parcel.weight_grams) == (
        ParcelStatus.PACKED,
        "SL-0042",
        1200,
    )
    assert parcel.contents == "Теплі шкарпетки, чай"
    assert {i.id for i in reload_items(db, parcel.id or 0)} == {letters[0].id, letters[2].id}
    assert {i.status for i in reload_items(db, parcel.id or 0)} == {ItemStatus.PACKED}
    assert "Packed" in dialog.title.text() and not dialog.add_button.isEnabled()
    assert dialog.save_label(str(tmp_path / "label.pdf"))
    assert (tmp_path / "label.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 3).data() == "Packed"
    assert page.model.index(0, 6).data() == "SL-0042"


def test_filters_narrow_the_page(
    qtbot: QtBot,
    window: MainWindow,
    feature: MailFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    person, _ = family(db, caseworker, today)
    first = packed(db, caseworker, person.id, today, items=1, seal="AA-1")
    packed(db, caseworker, person.id, today, items=1, seal="BB-2")
    page = feature.parcels_page
    window.show_page(page)
    assert page.model.rowCount() == 2
    assert page.count.text() == "2 parcels"
    type_text(qtbot, page.search, "aa-")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == first.parcel_number
    page.search.clear()
    page.status.set_current(ParcelStatus.ASSEMBLING)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.select_parcel(first.id or 0)  # clears the filters that hide it
    assert page.current_id() == first.id and page.model.rowCount() == 2
