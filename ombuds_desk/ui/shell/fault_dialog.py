"""The dialog shown when the database cannot be used at start: what is wrong, in words, and
only the ways out that fit the fault.

Try again fits what can pass (a lock held by another program, a server that is down, a
full disk once space is freed, a medium made writable); it does not fit a damaged file or
one from a newer version. Restoring the newest backup fits a damaged file, and is offered
only when a backup is there. Opening another database and quitting always fit.
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.store.db_messages import kind_of


class Fault(Enum):
    """What kind of fault a ``DatabaseUnavailableError``'s message describes."""

    LOCKED = auto()
    DAMAGED = auto()
    NEWER = auto()
    SERVER = auto()
    DISK_FULL = auto()
    READ_ONLY = auto()
    OTHER = auto()


# The store words each fault for the user (store/database.py); the tests open a real file
# with each fault, so a change of wording there that this no longer recognises fails them.
_SIGNS: tuple[tuple[Fault, tuple[str, ...]], ...] = (
    (Fault.DISK_FULL, ("disk full", "disk is full", "no space")),
    (Fault.NEWER, ("newer",)),
    (Fault.LOCKED, ("locked", "busy")),
    (Fault.READ_ONLY, ("read-only", "readonly", "read only")),
    (Fault.DAMAGED, ("damaged", "malformed", "corrupt", "not an ombuds desk database")),
    (Fault.SERVER, ("server", "connection", "could not connect")),
)

HEADINGS = {
    Fault.LOCKED: QT_TRANSLATE_NOOP("FaultDialog", "The database is locked"),
    Fault.DAMAGED: QT_TRANSLATE_NOOP(
        "FaultDialog", "The database file is damaged or not an Ombuds Desk database"
    ),
    Fault.NEWER: QT_TRANSLATE_NOOP("FaultDialog", "The database was made by a newer Ombuds Desk"),
    Fault.SERVER: QT_TRANSLATE_NOOP("FaultDialog", "The database server cannot be reached"),
    Fault.DISK_FULL: QT_TRANSLATE_NOOP("FaultDialog", "The disk is full"),
    Fault.READ_ONLY: QT_TRANSLATE_NOOP("FaultDialog", "The database cannot be written"),
    Fault.OTHER: QT_TRANSLATE_NOOP("FaultDialog", "The database cannot be used"),
}


def fault_of(message: str) -> Fault:
    kind = kind_of(message)  # the store's words, also in the reader's language
    if kind is not None:
        return Fault[kind.upper()]
    lowered = message.lower()
    for fault, signs in _SIGNS:
        if any(sign in lowered for sign in signs):
            return fault
    return Fault.OTHER


class Choice(Enum):
    """The way out the user chose."""

    RETRY = auto()
    OTHER_DATABASE = auto()
    RESTORE_BACKUP = auto()
    QUIT = auto()


RETRY_FITS = {Fault.LOCKED, Fault.SERVER, Fault.DISK_FULL, Fault.READ_ONLY, Fault.OTHER}
RESTORE_FITS = {Fault.DAMAGED}


class FaultDialog(QDialog):
    """``exec()`` it; :attr:`choice` says what the user chose (Quit when closed).

    ``backup`` names the newest backup (e.g. "made 25.11.2026 at 18:02") when there is one;
    the Restore button is offered for a damaged file only.
    """

    def __init__(self, message: str, backup: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("faultDialog")
        self.setWindowTitle(
            QCoreApplication.translate("FaultDialog", "Ombuds Desk cannot open the database")
        )
        self.fault = fault_of(message)
        self.choice = Choice.QUIT
        self.buttons: dict[Choice, QPushButton] = {}

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(QCoreApplication.translate("FaultDialog", HEADINGS[self.fault]), self)
        heading.setObjectName("faultHeading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setWordWrap(True)
        self.message = QLabel(message, self)
        self.message.setObjectName("faultMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.setSpacing(8)
        text.addWidget(heading)
        text.addWidget(self.message)
        if backup is not None and self.fault in RESTORE_FITS:
            note = QLabel(
                QCoreApplication.translate("FaultDialog", "The newest backup was {backup}.").format(
                    backup=backup
                ),
                self,
            )
            note.setObjectName("backupNote")
            note.setWordWrap(True)
            text.addWidget(note)
        text.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)

        box = QDialogButtonBox(self)
        offered: list[tuple[Choice, str, QDialogButtonBox.ButtonRole]] = []
        if self.fault in RETRY_FITS:
            offered.append(
                (
                    Choice.RETRY,
                    QCoreApplication.translate("FaultDialog", "&Try again"),
                    QDialogButtonBox.ButtonRole.AcceptRole,
                )
            )
        if backup is not None and self.fault in RESTORE_FITS:
            offered.append(
                (
                    Choice.RESTORE_BACKUP,
                    QCoreApplication.translate("FaultDialog", "&Restore the newest backup"),
                    QDialogButtonBox.ButtonRole.AcceptRole,
                )
            )
        offered.append(
            (
                Choice.OTHER_DATABASE,
                QCoreApplication.translate("FaultDialog", "&Open another database…"),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
        )
        offered.append(
            (
                Choice.QUIT,
                QCoreApplication.translate("FaultDialog", "&Quit"),
                QDialogButtonBox.ButtonRole.RejectRole,
            )
        )
        for choice, label, role in offered:
            button = QPushButton(label, self)
            button.setObjectName(f"fault_{choice.name.lower()}")
            button.setAutoDefault(False)
            box.addButton(button, role)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            self.buttons[choice] = button
        first = self.buttons[offered[0][0]]
        first.setDefault(True)
        first.setFocus()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 14)
        layout.setSpacing(18)
        layout.addLayout(top, 1)
        layout.addWidget(box)
        # As wide as its buttons' words (Ukrainian and Russian ones are long), so that none
        # is cut: a window is opened at most two thirds of the screen wide otherwise.
        margins = layout.contentsMargins()
        self.setMinimumWidth(max(560, box.sizeHint().width() + margins.left() + margins.right()))

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.QUIT:
            self.reject()
        else:
            self.accept()

    def offered(self) -> list[Choice]:
        """The ways out shown, in button order."""
        return list(self.buttons)
