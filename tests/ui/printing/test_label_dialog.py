"""Print → Parcel labels: the start position on a partly used sheet, and the parcels without
a place of detention named before anything is printed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.printing.feature import PrintingFeature
from ombuds_desk.ui.printing.label_dialog import LabelOptionsDialog, ask_labels
from tests.reports.builders import SHIPMENT, build_case_file
from tests.ui.hosting import BareHost
from tests.ui.printing.windows import visible

SHOTS = Path("/work/shots/17L")


def _options(qtbot: QtBot, feature: PrintingFeature) -> LabelOptionsDialog:
    ask_labels(feature, SHIPMENT)
    qtbot.waitUntil(lambda: bool(visible(LabelOptionsDialog, "labelOptions")), timeout=30_000)
    (dialog,) = visible(LabelOptionsDialog, "labelOptions")
    return dialog


def test_labels_start_where_the_sheet_is_free(
    qtbot: QtBot,
    host: BareHost,
    feature: PrintingFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    files = build_case_file(db, caseworker, today)
    dialog = _options(qtbot, feature)
    assert dialog.warning is None and dialog.preview.isDefault()
    assert dialog.sheets.text() == "Uses 1 sheet."
    dialog.start.setValue(7)
    assert dialog.sheets.text().startswith("Uses 2 sheets; labels 1–6")
    assert "background: #d0d4d8" in dialog.cells[5].styleSheet()
    assert "background: white" in dialog.cells[6].styleSheet()
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "label-options.png"))
    dialog.preview.click()
    qtbot.waitUntil(lambda: len(feature.previews) == 1, timeout=30_000)
    preview = feature.previews[0]
    assert preview.page_count == 2  # labels 7 and 8, then the third on a new sheet
    assert files.parcel_numbers


def test_parcels_without_a_place_are_named_before_printing(
    qtbot: QtBot,
    host: BareHost,
    feature: PrintingFeature,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    files = build_case_file(db, caseworker, today)
    with unit_of_work(db, caseworker) as session:
        person = session.get(Person, files.russian_id)
        assert person is not None
        person.detention_place = None
        session.add(person)
    dialog = _options(qtbot, feature)
    assert dialog.warning is not None and dialog.warning.isVisible()
    text = dialog.warning.text()
    assert text.startswith("1 of these parcels lacks a place of detention; its label")
    assert files.russian_case in text and "Воробьёв" in text
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert isinstance(cancel, QPushButton) and cancel.isDefault()
    assert dialog.preview.text() == "&Preview anyway" and not dialog.preview.isDefault()
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "label-options-missing-place.png"))
    cancel.click()
    assert not feature.previews  # nothing printed
