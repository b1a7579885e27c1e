"""The office's administration in the window: File → Settings… for everyone (read-only
where the role may not change a setting), and for admins the Administration page (staff
accounts and the audit trail).

The page is added only when the signed-in role may run the staff
(``permissions.allowed(role, Action.MANAGE_STAFF)``): a caseworker or supervisor never
sees it. The services refuse the same actions to them anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction

from ombuds_desk.services.core.office_settings import all_settings
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.ui.admin.admin_page import AdminPage
from ombuds_desk.ui.admin.settings_dialog import SettingsDialog
from ombuds_desk.ui.common.actions import menu_action
from ombuds_desk.ui.common.host import Host, MenuKey
from ombuds_desk.ui.common.operations import QueryOp


def _tr(text: str) -> str:
    return QCoreApplication.translate("Admin", text)


@dataclass
class AdminFeature:
    """What the feature added to one host."""

    settings: QAction
    page: AdminPage | None


class SettingsOpener(QObject):
    """File → Settings…; ``dialog`` is the last one opened."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.window())
        self.setObjectName("settingsOpener")
        self._host = host
        self.dialog: SettingsDialog | None = None

    @Slot()
    def open(self) -> SettingsDialog | None:
        values = QueryOp(self._host, self._host.window(), all_settings).run_now()
        if values is None:
            return None  # the database did not answer; the error was shown
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = SettingsDialog(self._host, values, self._host.window())
        self.dialog.open()
        return self.dialog


def install(host: Host) -> AdminFeature:
    """Add File → Settings…, and the Administration page for an admin."""
    opener = SettingsOpener(host)
    host.menu(MenuKey.FILE).addSeparator()  # the office's own, apart from the lists above
    settings = menu_action(
        host,
        MenuKey.FILE,
        "settings",
        _tr("Se&ttings…"),
        None,
        _tr("The office's name, thresholds, paper size, idle lock and backup folder"),
        opener.open,
    )
    page = None
    if allowed(host.actor.role, Action.MANAGE_STAFF):
        page = AdminPage(host)
        host.add_page(page, _tr("Administration"))
    return AdminFeature(settings, page)
