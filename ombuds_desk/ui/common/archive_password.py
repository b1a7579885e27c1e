"""“Protect with a password”: a check box and the archive's password typed twice, for an
export written as an AES-encrypted ``.zip`` (``services/lists/archives.py``).

:meth:`ArchivePasswordBox.password` is the password once both fields agree and it is long
enough, None while the box is unchecked; :attr:`ArchivePasswordBox.ready` says whether the
dialog may go on, and ``changed`` tells it when that may have changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.services.lists.archives import MIN_PASSWORD
from ombuds_desk.ui.common.password_field import PasswordField


class ArchivePasswordBox(QWidget):
    """The check box ``protect`` and the fields ``first`` and ``again``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, checked: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("archivePassword")
        self.protect = QCheckBox(
            QCoreApplication.translate(
                "ArchivePassword", "Protect with a password (AES-encrypted .&zip archive)"
            ),
            self,
        )
        self.protect.setObjectName("protect")
        self.first = PasswordField(
            "archive_password",
            self,
            self.tr("at least %n characters", "", MIN_PASSWORD),
        )
        self.again = PasswordField(
            "archive_password_again",
            self,
            QCoreApplication.translate("ArchivePassword", "the same again"),
        )
        self.hint = QLabel(
            QCoreApplication.translate(
                "ArchivePassword",
                "Give the password to the recipient another way (by telephone, not in the "
                "same e-mail). It is not kept anywhere: without it the archive cannot be opened.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ArchivePassword", "Pass&word:"), self.first)
        form.addRow(QCoreApplication.translate("ArchivePassword", "&Repeat:"), self.again)
        self.fields = QWidget(self)
        fields_layout = QVBoxLayout(self.fields)
        fields_layout.setContentsMargins(20, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.protect)
        layout.addWidget(self.fields)
        self.protect.toggled.connect(self.on_protect_toggled)
        self.first.text_changed.connect(self.on_text_changed)
        self.again.text_changed.connect(self.on_text_changed)
        self.protect.setChecked(checked)
        self.on_protect_toggled(checked)

    @Slot(bool)
    def on_protect_toggled(self, checked: bool) -> None:
        self.fields.setVisible(checked)
        if checked:
            self.first.setFocus()
        self.on_text_changed()

    @Slot()
    def on_text_changed(self, _text: str = "") -> None:
        first, again = self.first.text(), self.again.text()
        typed = len(first)
        short = bool(first) and typed < MIN_PASSWORD
        self.first.set_problem(
            self.tr("%n characters; at least {least}", "", typed).format(least=MIN_PASSWORD)
            if short
            else None
        )
        differs = bool(again) and again != first
        self.again.set_problem(
            QCoreApplication.translate("ArchivePassword", "The two passwords differ")
            if differs
            else None
        )
        self.changed.emit()

    @property
    def ready(self) -> bool:
        """Unchecked, or a long enough password typed the same twice."""
        if not self.protect.isChecked():
            return True
        first = self.first.text()
        return len(first) >= MIN_PASSWORD and self.again.text() == first

    def password(self) -> str | None:
        return self.first.text() if self.protect.isChecked() and self.ready else None


class ArchivePasswordDialog(QDialog):
    """The archive's password typed twice, for an export that is always protected; ``ok``
    (labelled ``go``) is enabled once the two agree and the password is long enough."""

    def __init__(self, what: str, go: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("archivePasswordDialog")
        self.setWindowTitle(
            QCoreApplication.translate("ArchivePassword", "Password for the archive")
        )
        self.box = ArchivePasswordBox(self, checked=True)
        self.box.protect.hide()  # always protected here
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(go)
        self.ok.setEnabled(False)
        self.box.changed.connect(lambda: self.ok.setEnabled(self.box.ready))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(what, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.box)
        layout.addWidget(buttons)
