"""The administration feature in a window: File → Settings… for everyone, the Administration
page for admins only (a caseworker or a supervisor never sees it), reading nothing until
shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.ui.admin import feature as admin_feature
from ombuds_desk.ui.admin.admin_page import AdminPage
from ombuds_desk.ui.admin.settings_dialog import SettingsDialog
from ombuds_desk.ui.common.host import MenuKey
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.conftest import HostFactory, WindowFactory
from tests.ui.helpers import action, wait_idle


def _titles(window: MainWindow) -> list[str]:
    return [window.pages.tabText(i) for i in range(window.pages.count())]


def test_a_caseworker_and_a_supervisor_have_no_administration_page(
    window: MainWindow, supervisor_window: MainWindow
) -> None:
    for shown in (window, supervisor_window):
        assert "Administration" not in _titles(shown)
        assert shown.findChildren(AdminPage) == []
        assert action(shown, "settings").text() == "Se&ttings…"  # everyone reads the settings


def test_an_admin_has_it_last_with_the_next_alt_key(
    qtbot: QtBot, make_window: WindowFactory, admin: User
) -> None:
    shown = make_window(admin)
    assert _titles(shown)[-1] == "Administration"
    page = shown.pages.widget(shown.pages.count() - 1)
    assert isinstance(page, AdminPage)
    go = {a.text(): a.shortcut().toString() for a in shown.menu(MenuKey.GO).actions()}
    # The next Alt key after the other pages' (My work, moved next to Cases, has Alt+0).
    assert go["Administration"] == f"Alt+{shown.pages.count() - 1}" == "Alt+9"
    settings = action(shown, "settings")
    assert settings in shown.menu(MenuKey.FILE).actions()
    shown.page_actions[page].trigger()  # Go → Administration
    qtbot.waitUntil(lambda: shown.pages.currentWidget() is page)
    wait_idle(qtbot, shown)
    assert page.staff.model.rowCount() == 1  # read when shown: the first admin


def test_install_reads_nothing_and_settings_opens_the_dialog(
    qtbot: QtBot, make_host: HostFactory, admin: User
) -> None:
    host = make_host(admin)
    installed = admin_feature.install(host)
    assert isinstance(installed.page, AdminPage)
    assert host.tasks.pending == 0
    installed.settings.trigger()
    qtbot.waitUntil(lambda: host.findChild(SettingsDialog) is not None)
    dialog = host.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
