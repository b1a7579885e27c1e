"""The shared row of counted filters: a choice tells the page, Clear filters empties every
choice at once, and the choices come back in the next session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.counted_combo import CountedCombo
from ombuds_desk.ui.common.filter_bar import UNASSIGNED, FilterBar, caseworker_choices


def _bar(qtbot: QtBot, parent: QWidget) -> FilterBar:
    bar = FilterBar("test/filter", parent)
    worker = CountedCombo("worker", "Any caseworker", bar)
    worker.set_choices(
        caseworker_choices({7: 12, None: 3}, [(7, "Олег Бондар"), (9, "Ґанна Їжак")]), 15
    )
    status = CountedCombo("status", "Any status", bar)
    status.set_choices([("confirmed", "Confirmed", 5), ("registered", "Registered", 10)], 15)
    bar.lay_out({"worker": worker, "status": status}, worker)
    qtbot.addWidget(parent)
    return bar


def test_the_caseworker_choices_count_each_and_the_cases_nobody_holds() -> None:
    choices = caseworker_choices({7: 12, None: 3}, [(7, "Олег Бондар"), (9, "Ґанна Їжак")])
    assert choices[:2] == [("7", "Олег Бондар", 12), ("9", "Ґанна Їжак", 0)]
    assert choices[2][0] == UNASSIGNED and choices[2][2] == 3
    assert caseworker_choices({7: 1}, [(7, "Олег Бондар")]) == [("7", "Олег Бондар", 1)]


def test_a_choice_tells_the_page_and_clear_empties_every_choice(qtbot: QtBot) -> None:
    holder = QWidget()  # the bar's parent, kept alive for the test
    bar = _bar(qtbot, holder)
    assert not bar.is_filtered() and not bar.clear_button.isEnabled()
    with qtbot.waitSignal(bar.changed):
        bar.combos["status"].set_key("confirmed")
    assert bar.is_filtered() and bar.clear_button.isEnabled()
    bar.combos["worker"].set_key("9")
    with qtbot.waitSignal(bar.changed):
        bar.clear_button.click()
    assert [c.key() for c in bar.combos.values()] == ["", ""]
    assert not bar.clear_button.isEnabled()


def test_the_choices_come_back_in_the_next_session(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    holders = QWidget(), QWidget()
    first = _bar(qtbot, holders[0])
    first.combos["worker"].set_key(UNASSIGNED)
    first.combos["status"].set_key("registered")
    first.save(settings)
    second = _bar(qtbot, holders[1])
    with qtbot.assertNotEmitted(second.changed):
        second.restore(settings)
    assert {n: c.key() for n, c in second.combos.items()} == {
        "worker": UNASSIGNED,
        "status": "registered",
    }
    assert second.clear_button.isEnabled()
