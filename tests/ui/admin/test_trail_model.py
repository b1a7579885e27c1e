"""The trail's paged model: its columns and starting widths, a refused sign-in standing out,
and a change of several fields shown by its first line with every field in the tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Role
from ombuds_desk.services.core import auth
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.admin.trail_model import TRAIL_COLUMNS, TrailTableModel, column_widths
from ombuds_desk.ui.common.palette import BLOCKED_BACKGROUND
from tests.ui.conftest import HostFactory
from tests.ui.helpers import wait_idle


def test_widths_hold_a_moment_and_the_longest_kind(
    qtbot: QtBot, make_host: HostFactory, admin: User
) -> None:
    host = make_host(admin)
    metrics = host.fontMetrics()
    widths = column_widths(metrics)
    assert len(widths) == len(TRAIL_COLUMNS)
    assert widths[1] > metrics.horizontalAdvance("00.00.0000 00:00")
    assert widths[3] > metrics.horizontalAdvance("Sign-in refused")


def test_rows_as_the_browser_shows_them(
    qtbot: QtBot, make_host: HostFactory, admin: User, caseworker: User, db: Database
) -> None:
    with pytest.raises(auth.SignInError):
        auth.sign_in(db, "o.bondar", "не той пароль")
    with unit_of_work(db, admin) as session:
        user = session.get(User, caseworker.id)
        assert user is not None
        user.role = Role.SUPERVISOR  # two fields in one entry
        user.full_name = "Олег Бондар-Ґава"
    host = make_host(admin)
    model = TrailTableModel(host)
    model.refresh()
    wait_idle(qtbot, host)
    assert model.data(model.index(0, 5)) == "Full name: Олег Бондар → Олег Бондар-Ґава …"
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole) == (
        "Full name: Олег Бондар → Олег Бондар-Ґава\nRole: Caseworker → Supervisor"
    )
    refused = model.index(1, 3)
    assert model.data(refused) == "Sign-in refused"
    background = model.data(refused, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == BLOCKED_BACKGROUND
    assert model.data(model.index(2, 3), Qt.ItemDataRole.BackgroundRole) is None
