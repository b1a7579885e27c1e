"""The fault dialog on its own: each fault the store words gets its heading and only the
ways out that fit it; Restore only for a damaged file that has a backup; Quit when closed.
(Each fault made on a real file at start: ``test_start.py``.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ombuds_desk.store import db_messages as words
from ombuds_desk.store.db_messages import said
from ombuds_desk.ui.shell.fault_dialog import Choice, Fault, FaultDialog, fault_of
from tests.ui.helpers import settle_layouts

DAMAGED = (
    "The file /home/olena/ombuds-desk.sqlite3 is not an Ombuds Desk database or is damaged. "
    "Restore it from a backup or choose another file."
)
DISK_FULL = "The disk is full: nothing was saved. Free some space and try again."
EVERY_WAY = [Choice.RETRY, Choice.OTHER_DATABASE, Choice.QUIT]
NO_RETRY = [Choice.OTHER_DATABASE, Choice.QUIT]


@pytest.mark.parametrize(
    ("message", "fault", "offered"),
    [
        (DAMAGED, Fault.DAMAGED, NO_RETRY),
        (
            "The database /d/x.sqlite3 is damaged (*** in database main ***). Restore it from "
            "a backup.",
            Fault.DAMAGED,
            NO_RETRY,
        ),
        (
            "This database was made by a newer Ombuds Desk (schema zzzz). Install the newer "
            "version to open it.",
            Fault.NEWER,
            NO_RETRY,
        ),
        (
            "The database /d/x.sqlite3 is locked by another program or user. Wait a moment and "
            "try again.",
            Fault.LOCKED,
            EVERY_WAY,
        ),
        (DISK_FULL, Fault.DISK_FULL, EVERY_WAY),
        (
            "Cannot reach the database server db.office.local/ombuds: connection refused",
            Fault.SERVER,
            EVERY_WAY,
        ),
        (
            "The database /media/cdrom/x.sqlite3 is read-only and needs an upgrade. Open a "
            "writable copy.",
            Fault.READ_ONLY,
            EVERY_WAY,
        ),
        ("Something nobody foresaw", Fault.OTHER, EVERY_WAY),
    ],
    ids=["damaged", "quick-check", "newer", "locked", "disk-full", "server", "read-only", "other"],
)
def test_each_fault_offers_what_fits(
    qtbot: QtBot, message: str, fault: Fault, offered: list[Choice]
) -> None:
    assert fault_of(message) is fault
    dialog = FaultDialog(message, backup="made 25.11.2026 at 18:02")
    qtbot.addWidget(dialog)
    assert dialog.offered() == (
        [Choice.RESTORE_BACKUP, *offered] if fault is Fault.DAMAGED else offered
    )
    assert dialog.message.text() == message


def test_restore_is_offered_only_when_a_backup_is_there(qtbot: QtBot) -> None:
    dialog = FaultDialog(DAMAGED, backup=None)
    qtbot.addWidget(dialog)
    assert Choice.RESTORE_BACKUP not in dialog.offered()
    with_backup = FaultDialog(DAMAGED, backup="made 25.11.2026 at 18:02")
    qtbot.addWidget(with_backup)
    note = with_backup.findChild(type(with_backup.message), "backupNote")
    assert note is not None and note.text() == "The newest backup was made 25.11.2026 at 18:02."


def test_the_first_way_out_is_the_default_and_escape_quits(qtbot: QtBot) -> None:
    dialog = FaultDialog("The database /d/x.sqlite3 is locked by another program or user.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.buttons[Choice.RETRY].isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is Choice.QUIT and not dialog.isVisible()


def test_a_choice_is_kept(qtbot: QtBot) -> None:
    dialog = FaultDialog(DAMAGED)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons[Choice.OTHER_DATABASE].click()
    assert dialog.choice is Choice.OTHER_DATABASE
    assert dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.usefixtures("russian")
def test_in_russian_every_button_and_the_whole_message_are_shown(qtbot: QtBot) -> None:
    """Russian and Ukrainian buttons are long: the dialog was as narrow as two thirds of a
    small screen, the Restore button's words cut and the message's last line lost."""
    message = said(
        words.DAMAGED_LOG,
        4,
        name="/home/olena/ombuds-desk.sqlite3",
        log="ombuds-desk.sqlite3-wal",
        kept="ombuds-desk.sqlite3-wal.damaged-20261202-061532",
    )
    assert message.startswith("Журнал рядом с базой данных")
    dialog = FaultDialog(message, backup="01.12.2026 18:02")
    qtbot.addWidget(dialog)
    assert Choice.RESTORE_BACKUP in dialog.offered()
    dialog.show()
    qtbot.waitExposed(dialog)
    settle_layouts()
    for button in dialog.buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()
    label = dialog.message
    assert label.height() >= label.heightForWidth(label.width())
