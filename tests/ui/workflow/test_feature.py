"""The workflow feature in a window: its three pages after Cases, with Alt+2, Alt+3 and Alt+4,
reading nothing until shown, and no menu entries of its own ("Correct status…" is the Cases
feature's)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.workflow import feature as workflow
from ombuds_desk.ui.workflow.dashboard_page import DashboardPage
from ombuds_desk.ui.workflow.operations_page import OperationsPage
from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


def test_install_adds_three_pages_and_reads_nothing(supervisor_host: BareHost) -> None:
    workflow.install(supervisor_host)
    pages = [supervisor_host.pages.widget(i) for i in range(1, supervisor_host.pages.count())]
    assert [type(p) for p in pages] == [ReviewQueuePage, DashboardPage, OperationsPage]
    assert [supervisor_host.pages.tabText(i) for i in range(1, 4)] == [
        "Review queue",
        "Dashboard",
        "Operations",
    ]
    names = [p.objectName() if p is not None else None for p in pages]
    assert names == ["reviewQueuePage", "dashboardPage", "operationsPage"]
    assert supervisor_host.tasks.pending == 0  # each page reads when it is shown
    assert all(supervisor_host.menu(key).isEmpty() for key in MenuKey)


def test_alt_keys_bring_the_pages_forward(qtbot: QtBot, supervisor_window: MainWindow) -> None:
    window = supervisor_window
    go = {a.text(): a.shortcut().toString() for a in window.menu(MenuKey.GO).actions()}
    assert {title: go[title] for title in ("Review queue", "Dashboard", "Operations")} == {
        "Review queue": "Alt+2",
        "Dashboard": "Alt+3",
        "Operations": "Alt+4",
    }
    for key, kind in (
        (Qt.Key.Key_4, OperationsPage),
        (Qt.Key.Key_3, DashboardPage),
        (Qt.Key.Key_2, ReviewQueuePage),
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        assert isinstance(window.pages.currentWidget(), kind)
        wait_idle(qtbot, window)
    # The supervisor's "Correct status…" comes once, from the Cases feature.
    assert len(window.findChildren(QAction, "correctStatus")) == 1
