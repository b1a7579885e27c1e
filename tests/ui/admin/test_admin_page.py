"""The Administration page: Staff and Audit trail as tabs, each read when brought forward."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.ui.admin.admin_page import AdminPage
from tests.ui.conftest import HostFactory
from tests.ui.helpers import wait_idle


def test_each_tab_reads_when_brought_forward(
    qtbot: QtBot, make_host: HostFactory, admin: User
) -> None:
    host = make_host(admin)
    page = AdminPage(host)
    host.add_page(page, "Administration")
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Staff",
        "Audit trail",
        "Where the data is",
    ]
    assert host.tasks.pending == 0  # built, nothing read
    host.show_page(page)
    wait_idle(qtbot, host)
    assert page.staff.model.rowCount() == 1 and page.trail.model.rowCount() == 0
    page.show_trail()
    wait_idle(qtbot, host)
    assert page.tabs.currentWidget() is page.trail
    assert page.trail.model.rowCount() == 1  # the first admin's account, made by the app
