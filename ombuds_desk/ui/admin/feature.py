"""The office's administration in the window: File → Settings… for everyone (read-only
where the role may not change a setting), for supervisors and admins File → Retention of
closed cases…, and for admins the Administration page (staff accounts and the audit trail).

The page is added only when the signed-in role may run the staff
(``permissions.allowed(role, Action.MANAGE_STAFF)``): a caseworker or supervisor never
sees it. The services refuse the same actions to them anyway. The page (and its module) is
made when first opened, the Settings dialog's module when the dialog is first opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction

from ombuds_desk.services.core.office_settings import all_settings
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.ui.common.actions import menu_action
from ombuds_desk.ui.common.host import Host, MenuKey
from ombuds_desk.ui.common.operations import QueryOp
from ombuds_desk.ui.common.page_slot import PageSlot

if TYPE_CHECKING:
    from ombuds_desk.ui.admin.admin_page import AdminPage
    from ombuds_desk.ui.admin.retention_dialog import RetentionDialog
    from ombuds_desk.ui.admin.settings_dialog import SettingsDialog


@dataclass
class AdminFeature:
    """What the feature added to one host."""

    settings: QAction
    slot: PageSlot[AdminPage] | None
    retention: QAction | None = None

    @property
    def page(self) -> AdminPage | None:
        """The Administration page (made now if it was not yet), for an admin."""
        return self.slot.page() if self.slot is not None else None


def admin_page(host: Host) -> AdminPage:
    from ombuds_desk.ui.admin.admin_page import AdminPage

    return AdminPage(host)


class SettingsOpener(QObject):
    """File → Settings…; ``dialog`` is the last one opened."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.window())
        self.setObjectName("settingsOpener")
        self._host = host
        self.dialog: SettingsDialog | None = None

    @Slot()
    def open(self) -> SettingsDialog | None:
        from ombuds_desk.ui.admin.settings_dialog import SettingsDialog

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
        QCoreApplication.translate("Admin", "Se&ttings…"),
        None,
        QCoreApplication.translate(
            "Admin", "The office's name, thresholds, paper size, idle lock and backup folder"
        ),
        opener.open,
    )
    retention = None
    if allowed(host.actor.role, Action.APPLY_RETENTION):
        retention = menu_action(
            host,
            MenuKey.FILE,
            "retention",
            QCoreApplication.translate("Admin", "&Retention of closed cases…"),
            None,
            QCoreApplication.translate(
                "Admin", "Closed cases past the retention period: export them, then anonymise them"
            ),
            lambda: _open_retention(host),
        )
    slot = None
    if allowed(host.actor.role, Action.MANAGE_STAFF):
        slot = host.add_lazy_page(
            lambda: admin_page(host),
            QCoreApplication.translate("Admin", "Administration"),
            name="adminPage",
        )
    return AdminFeature(settings, slot, retention)


def _open_retention(host: Host) -> RetentionDialog | None:
    from ombuds_desk.ui.admin.retention_dialog import open_retention

    return open_retention(host)
