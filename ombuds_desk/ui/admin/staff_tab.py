"""The staff list of the Administration page, and what an admin does with an account.

Add a member of staff, change a role, reset a password, unlock an account locked by wrong
passwords, deactivate (after a question naming the person) or reactivate. Every change goes
through the operation helper with ``Change.STAFF``; a refusal (one's own account, the
office's last admin) is shown as ``services/core/users.py`` words it. The list is read off
the GUI thread when the page is shown and after every change to the staff.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.column_types import utcnow
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.auth import locked_until
from ombuds_desk.services.core.staff_directory import roster
from ombuds_desk.services.core.users import deactivate, reactivate, unlock
from ombuds_desk.ui.admin.staff_dialogs import AddStaffDialog, PasswordDialog, RoleDialog
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import local_time
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, Loader, LoadingBadge
from ombuds_desk.ui.common.palette import deferred_text
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.common.tables import RowsView


class StaffWords(QObject):
    """The staff list's words that count (``self.tr`` is what pyside6-lupdate reads a plural
    of; ``QCoreApplication.translate`` with a count is read as a plain text)."""

    def wrong_passwords(self, count: int) -> str:
        return self.tr("not locked; %n wrong passwords", "", count)


def _locked(user: User) -> str:
    until = locked_until(user, utcnow())
    if until is not None:
        return local_time(until)
    if user.failed_sign_ins:
        return StaffWords().wrong_passwords(user.failed_sign_ins)
    return ""


def _yes() -> str:
    return QCoreApplication.translate("StaffTab", "yes")


def _deactivated() -> str:
    return QCoreApplication.translate("StaffTab", "deactivated")


STAFF_COLUMNS: list[Column[User]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "User name"), lambda u: u.username),
    Column(QT_TRANSLATE_NOOP("Columns", "Full name"), lambda u: u.full_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda u: u.role.label),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Active"), lambda u: _yes() if u.active else _deactivated()
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Locked until"), _locked),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Must change password"),
        lambda u: _yes() if u.must_change_password else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Last sign-in"),
        lambda u: (
            local_time(u.last_sign_in_at)
            if u.last_sign_in_at
            else QCoreApplication.translate("StaffTab", "never")
        ),
        value=lambda u: u.last_sign_in_at.isoformat() if u.last_sign_in_at else "",
    ),
]


class StaffModel(RowsTableModel[User]):
    """Every account, the deactivated ones greyed."""

    def foreground(self, row: User) -> QColor | None:
        return None if row.active else deferred_text()


class StaffTab(QWidget):
    """The staff list with its buttons; ``dialog`` is the last dialog or question opened."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.setObjectName("staffTab")
        self.dialog: QWidget | None = None
        self.model = StaffModel(STAFF_COLUMNS, self)
        self.view = RowsView(self.model, "staffView", self)
        # A few dozen accounts: every column as wide as its contents, the space left over at
        # the end of the rows rather than in "Last sign-in".
        self.view.horizontalHeader().setStretchLastSection(False)
        self.model.modelReset.connect(self.view.resizeColumnsToContents)
        self.loader = Loader(host, self, self)
        self.add_button = QPushButton(self.tr("&Add member of staff…"), self)
        self.role_button = QPushButton(self.tr("Change &role…"), self)
        self.password_button = QPushButton(self.tr("Reset &password…"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.active_button = QPushButton(self.tr("&Deactivate…"), self)
        self.active_button.setObjectName("activeButton")
        self.count = QLabel(self)
        bar = QHBoxLayout()
        for button in (
            self.add_button,
            self.role_button,
            self.password_button,
            self.unlock_button,
            self.active_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.loading = LoadingBadge(self.loader, self)

        self.add_button.clicked.connect(self.on_add_clicked)
        self.role_button.clicked.connect(self.on_role_clicked)
        self.password_button.clicked.connect(self.on_password_clicked)
        self.unlock_button.clicked.connect(self.on_unlock_clicked)
        self.active_button.clicked.connect(self.on_active_clicked)
        self.view.open_requested.connect(self.on_role_clicked)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        host.signals.changed.connect(self.on_changed)
        self.on_selection_changed()

    # -- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the accounts again, keeping the selected one selected."""
        keep = self.selected()
        keep_id = keep.id if keep is not None else None
        actor = self._host.actor
        self.loader.load(
            lambda session: roster(session, actor),
            lambda users: self._show(users, keep_id),
        )

    def _show(self, users: list[User], keep_id: int | None) -> None:
        self.model.set_rows(users)
        active = sum(1 for u in users if u.active)
        self.count.setText(
            self.tr("%n active", "", active)
            + ", "
            + self.tr("%n deactivated", "", len(users) - active)
        )
        row = next((i for i, u in enumerate(users) if u.id == keep_id), None)
        if row is not None:
            self.view.select_row(row)
        self.on_selection_changed()

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change & Change.STAFF:
            self.refresh()

    def selected(self) -> User | None:
        row = self.view.current_row()
        return self.model.row_at(row) if row is not None else None

    def select_user(self, username: str) -> None:
        rows = self.model.rows()
        row = next((i for i, u in enumerate(rows) if u.username == username), None)
        if row is not None:
            self.view.select_row(row)

    @Slot()
    def on_selection_changed(self) -> None:
        user = self.selected()
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(user is not None)
        self.unlock_button.setEnabled(
            user is not None and (user.locked_until is not None or user.failed_sign_ins > 0)
        )
        inactive = user is not None and not user.active
        self.active_button.setText(self.tr("Re&activate") if inactive else self.tr("&Deactivate…"))

    # -- the actions ---------------------------------------------------------------------

    def _open(self, dialog: QWidget) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        if isinstance(dialog, QDialog):
            dialog.open()

    @Slot()
    def on_add_clicked(self) -> None:
        dialog = AddStaffDialog(self._host, self._host.window())
        dialog.accepted.connect(lambda: self._added(dialog))
        self._open(dialog)

    def _added(self, dialog: AddStaffDialog) -> None:
        user = dialog.saved
        if user is not None:
            self._host.show_status(
                self.tr(
                    "{name} ({username}) added: they choose their own password when they first "
                    "sign in."
                ).format(name=user.full_name, username=user.username)
            )
            name = user.username
            self.loader.after_load(lambda: self.select_user(name))

    @Slot()
    def on_role_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(RoleDialog(self._host, user, self._host.window()))

    @Slot()
    def on_password_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            dialog = PasswordDialog(self._host, user, self._host.window())
            dialog.accepted.connect(
                lambda: self._host.show_status(
                    self.tr("A temporary password was set for {name}.").format(name=user.full_name)
                )
            )
            self._open(dialog)

    def _change(self, change: Callable[[Session], User], done: str) -> None:
        CollectionOp(self._host, self._host.window(), change, Change.STAFF).on_success(
            lambda _user: self._host.show_status(done)
        ).run()

    @Slot()
    def on_unlock_clicked(self) -> None:
        user = self.selected()
        if user is not None:
            actor, user_id = self._host.actor, int(user.id or 0)
            self._change(
                lambda s: unlock(s, actor, user_id),
                self.tr("{name} can sign in again.").format(name=user.full_name),
            )

    @Slot()
    def on_active_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor, user_id = self._host.actor, int(user.id or 0)
        if not user.active:
            self._change(
                lambda s: reactivate(s, actor, user_id),
                self.tr("{name} can sign in again.").format(name=user.full_name),
            )
            return
        self.ask_deactivate(user)

    def ask_deactivate(self, user: User) -> QMessageBox:
        """The question naming the person; deactivates only on its Deactivate button."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Deactivate an account"),
            self.tr(
                "Deactivate {name} ({username})?\n\nThey will no longer be able to sign in or "
                "act. Their past work keeps their name. You can reactivate the account later."
            ).format(name=user.full_name, username=user.username),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._host.window(),
        )
        box.setObjectName("deactivateQuestion")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Deactivate"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        actor, user_id, name = self._host.actor, int(user.id or 0), user.full_name

        def finished(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._change(
                    lambda s: deactivate(s, actor, user_id),
                    self.tr("{name} can no longer sign in.").format(name=name),
                )

        box.finished.connect(finished)
        box.open()
        return box
