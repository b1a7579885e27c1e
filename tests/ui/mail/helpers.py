"""Helpers of the Mail feature's GUI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.shell.main_window import MainWindow


def window_feature(window: MainWindow) -> MailFeature:
    """The Mail feature installed in a main window."""
    found = window.findChild(MailFeature)
    assert isinstance(found, MailFeature)
    return found


def modal(qtbot: QtBot) -> QWidget:
    """The window-modal dialog or message now in front (waiting for it to open)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    found = QApplication.activeModalWidget()
    assert found is not None
    return found
