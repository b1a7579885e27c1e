"""Colour is never the only sign: a stalled or blocked row of the person list, and a blocked
row of the review queue, carry an icon beside their status and words in its tool tip, which
a screen reader reads as the cell's description."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.person_model import STATUS_COLUMN
from ombuds_desk.ui.common.row_markers import blocked_icon, stalled_icon
from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage
from ombuds_desk.ui.workflow.workflow_tables import QueueModel
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import cases_page, register_people, wait_idle

ROLE = Qt.ItemDataRole


def _same_icon(one: object, other: QIcon) -> bool:
    if not isinstance(one, QIcon):
        return False
    return bool(one.pixmap(16).toImage() == other.pixmap(16).toImage())


def _tinted_rows(model: QAbstractItemModel) -> list[int]:
    return [
        r for r in range(model.rowCount()) if model.data(model.index(r, 0), ROLE.BackgroundRole)
    ]


def test_stalled_and_blocked_persons_carry_a_mark_besides_their_tint(
    qtbot: QtBot, make_window: WindowFactory, supervisor: User, db: Database, today: date
) -> None:
    register_people(db, supervisor, 30, today)  # every fifth stalled, the 1st and 26th blocked
    window = make_window(supervisor)
    model = cases_page(window).model
    wait_idle(qtbot, window)
    tinted = _tinted_rows(model)
    assert len(tinted) > 2
    words = set()
    for row in range(model.rowCount()):
        status = model.index(row, STATUS_COLUMN)
        icon, tip = model.data(status, ROLE.DecorationRole), model.data(status, ROLE.ToolTipRole)
        if row not in tinted:
            assert icon is None
            continue
        said = model.data(status, ROLE.AccessibleDescriptionRole)
        assert said == tip and tip
        word = tip.split(":")[0]
        words.add(word)
        assert _same_icon(icon, blocked_icon() if word == "Blocked" else stalled_icon())
    assert words == {"Stalled", "Blocked"}


def test_blocked_cases_in_the_review_queue_carry_a_mark_besides_their_tint(
    qtbot: QtBot, make_window: WindowFactory, supervisor: User, db: Database, today: date
) -> None:
    register_people(db, supervisor, 30, today)
    window = make_window(supervisor)
    page = window.findChild(ReviewQueuePage)
    if page is None:
        made = window.pages.widget(_index(window, "reviewQueuePage"))
        assert made is not None
        window.show_page(made)
        page = window.findChild(ReviewQueuePage)
    assert isinstance(page, ReviewQueuePage)
    window.show_page(page)
    wait_idle(qtbot, window)
    model = page.model
    assert isinstance(model, QueueModel)
    tinted = _tinted_rows(model)
    assert len(tinted) == 2 and model.rowCount() > 2
    for row in range(model.rowCount()):
        status = model.index(row, QueueModel.STATUS_COLUMN)
        icon = model.data(status, ROLE.DecorationRole)
        if row in tinted:
            assert _same_icon(icon, blocked_icon())
            assert model.data(status, ROLE.ToolTipRole) == "Blocked: No contact with family"
            assert model.data(status, ROLE.AccessibleDescriptionRole) == (
                "Blocked: No contact with family"
            )
        else:
            assert icon is None


def _index(window: object, name: str) -> int:
    pages = window.pages  # type: ignore[attr-defined]
    for index in range(pages.count()):
        if pages.widget(index).objectName() == name:
            return int(index)
    raise AssertionError(name)
