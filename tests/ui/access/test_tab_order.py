"""Tab goes through the main forms as they read: from the first field at the top left, each
Tab moves down, or right to the next column or button — never back up in the same column —
and reaches every control of the form on the way round."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.person_dialog import PersonDialog
from ombuds_desk.ui.common.accessibility import is_control
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import action, register_people, wait_idle

SLACK = 6  # pixels: fields of one row differ a little in height


def _reachable(dialog: QDialog, widget: QWidget) -> bool:
    return is_control(widget) and widget.isVisible() and widget.isEnabled()


def _where(dialog: QDialog, widget: QWidget) -> tuple[int, int]:
    point = widget.mapTo(dialog, QPoint(0, 0))
    return point.y(), point.x()


def tab_chain(dialog: QDialog) -> list[QWidget]:
    """The form's controls in Tab order, from the one at the top left."""
    controls = [w for w in dialog.findChildren(QWidget) if _reachable(dialog, w)]
    first = min(controls, key=lambda w: _where(dialog, w))
    chain: list[QWidget] = [first]
    widget = first.nextInFocusChain()
    while widget is not None and widget is not first and len(chain) < 500:
        if _reachable(dialog, widget) and widget.window() is dialog:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def backwards_steps(dialog: QDialog, chain: list[QWidget]) -> list[str]:
    """Each Tab that goes back up, other than to the next column on the right (the form
    read out of order)."""
    wrong = []
    for one, other in itertools.pairwise(chain):
        (y1, x1), (y2, x2) = _where(dialog, one), _where(dialog, other)
        # up is right only to the top of the next column, to the right of this field
        if y2 < y1 - SLACK and x2 < x1 + one.width() // 2:
            wrong.append(f"{one.objectName() or one.accessibleName()} → {other.objectName()}")
    return wrong


@pytest.mark.parametrize(
    ("entry", "form"),
    [("newCase", "PersonDialog"), ("logItems", "ItemDialog"), ("newParcel", "ParcelDialog")],
)
def test_tab_follows_the_form(
    entry: str,
    form: str,
    qtbot: QtBot,
    make_window: WindowFactory,
    admin: User,
    db: Database,
    today: date,
) -> None:
    ids = register_people(db, admin, 3, today)
    window = make_window(admin)
    window.open_case(ids[1])
    wait_idle(qtbot, window)
    action(window, entry).trigger()
    qtbot.waitUntil(lambda: _open_dialog() is not None)
    dialog = _open_dialog()
    assert dialog is not None and type(dialog).__name__ == form
    wait_idle(qtbot, window)
    chain = tab_chain(dialog)
    controls = {w for w in dialog.findChildren(QWidget) if _reachable(dialog, w)}
    assert controls - set(chain) == set()  # none left out of the round
    assert len(chain) >= 8
    assert backwards_steps(dialog, chain) == []
    dialog.reject()


def _open_dialog() -> QDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    return found[0] if found else None


def test_a_tab_order_read_out_of_order_is_found(
    qtbot: QtBot, make_window: WindowFactory, admin: User
) -> None:
    window = make_window(admin)
    action(window, "newCase").trigger()
    qtbot.waitUntil(lambda: _open_dialog() is not None)
    dialog = _open_dialog()
    assert isinstance(dialog, PersonDialog)
    assert backwards_steps(dialog, tab_chain(dialog)) == []
    # the family name moved after the date of birth: Tab then goes back up to it
    QWidget.setTabOrder(dialog.lines["date_of_birth"].edit, dialog.lines["family_name"].edit)
    assert backwards_steps(dialog, tab_chain(dialog)) != []
    dialog.reject()
