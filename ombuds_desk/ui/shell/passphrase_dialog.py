"""The passphrase of an encrypted database, asked before anything else at start.

An office that keeps its register encrypted (``store/encryption.py``) types the passphrase
once per start; it is kept in this process's memory only, never written anywhere. A wrong
one is said in words under the field, which is cleared for the next try; the user may try
as often as needed, or cancel (the app then quits: nothing can be shown without it).

SQLCipher cannot tell a wrong passphrase from a file whose first page is damaged: a
passphrase that does not open the database but opens its newest encrypted backup is the
right one, so the database is damaged. That is said as the start says any damaged file, with
the offer to restore that backup (which the passphrase is then known to open), instead of
asking again and again for a passphrase that can never open it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.services.core.backups import backup_opened_by
from ombuds_desk.store import encryption
from ombuds_desk.store.locations import sqlite_path, to_url
from ombuds_desk.ui.common.dialog_parts import accept_buttons, problem_label, show_problem
from ombuds_desk.ui.common.palette import muted_style
from ombuds_desk.ui.common.password_field import PasswordField
from ombuds_desk.ui.shell.sign_in_dialog import heading_label, lay_out


class PassphraseDialog(QDialog):
    """The passphrase of the encrypted file ``path``; accepted once it opens the file (it is
    then known to this process: ``encryption.remember``)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(
            QCoreApplication.translate("PassphraseDialog", "Encrypted database — Ombuds Desk")
        )
        self._path = path
        self.tries = 0
        # The backup the passphrase opened when the database itself would not open.
        self.damaged_backup: Path | None = None

        self.passphrase = PasswordField("passphrase", self)
        self.passphrase.show_button.setToolTip(
            QCoreApplication.translate(
                "PassphraseDialog", "Show the passphrase as typed (check the keyboard layout)"
            )
        )
        self.problem = problem_label(self, "passphraseProblem")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(QCoreApplication.translate("PassphraseDialog", "&Passphrase:"), self.passphrase)
        buttons, self.open_button = accept_buttons(
            self,
            QCoreApplication.translate("PassphraseDialog", "&Open"),
            self.on_open_clicked,
            "openEncrypted",
        )
        self.open_button.setEnabled(False)
        self.passphrase.text_changed.connect(self.on_text_changed)

        intro = QLabel(
            QCoreApplication.translate(
                "PassphraseDialog",
                "This database is encrypted. Type the office's passphrase to open it. It is "
                "not stored anywhere: if nobody knows it, the database and its backups "
                "cannot be opened. Ask your admin.",
            ),
            self,
        )
        intro.setObjectName("passphraseIntro")
        intro.setWordWrap(True)
        heading = heading_label(
            QCoreApplication.translate("PassphraseDialog", "The database is encrypted"), self
        )
        where = where_label_for(path, self)
        lay_out(self, [heading, where, intro], form, self.problem, buttons, 520)
        self.passphrase.setFocus()

    @Slot(str)
    def on_text_changed(self, text: str) -> None:
        self.open_button.setEnabled(bool(text))

    @Slot()
    def on_open_clicked(self) -> None:
        text = self.passphrase.text()
        if not text:
            return
        self.tries += 1
        # A quarter of a second of key derivation: a wait cursor, no thread.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opens = encryption.passphrase_opens(self._path, text)
            if not opens:
                self.damaged_backup = backup_opened_by(to_url(self._path), text)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.damaged_backup is not None:
            encryption.remember(self.damaged_backup, text)
            self.accept()
            return
        if not opens:
            self.passphrase.clear()
            self.passphrase.setFocus()
            show_problem(
                self.problem,
                QCoreApplication.translate(
                    "PassphraseDialog",
                    "That passphrase does not open this database (try {tries}). Check capital "
                    "letters and the keyboard's language (Show lets you see what you type), "
                    "then try again.",
                ).format(tries=self.tries),
            )
            return
        encryption.remember(self._path, text)
        self.accept()


def where_label_for(path: Path, parent: QWidget) -> QLabel:
    """The line naming the file, as the other start dialogs name their database: small,
    grey, selectable (a caller on the phone reads it out)."""
    label = QLabel(
        QCoreApplication.translate("PassphraseDialog", "Database: {path}").format(path=path), parent
    )
    label.setObjectName("databaseLine")
    label.setStyleSheet(muted_style())
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def ask_passphrase_if_needed(url: str, parent: QWidget | None = None) -> bool:
    """At start, before the database at ``url`` is opened: when it is an encrypted file whose
    passphrase this process does not know, ask it. False when the user cancelled;
    ``DatabaseUnavailableError`` when the passphrase opens its backup but not the file."""
    path = sqlite_path(url)
    if path is None or not encryption.looks_encrypted(path):
        return True
    if encryption.passphrase_for(path) is not None:
        return True
    dialog = PassphraseDialog(path, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if dialog.damaged_backup is not None:
        raise DatabaseUnavailableError(
            QCoreApplication.translate(
                "PassphraseDialog",
                "The passphrase is right: it opens this database's backup {backup}. But the "
                "database file {path} cannot be read with it: the file is damaged. Restore "
                "the newest backup (what was entered after it was made is lost), or open "
                "another database.",
            ).format(backup=dialog.damaged_backup.name, path=path)
        )
    return accepted
