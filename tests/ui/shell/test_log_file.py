"""The window's log file: in the user data folder, rotated at 1 MB keeping five; an
unexpected error that escaped a slot is written there with its traceback (and shown in a
short message); Qt's own warnings go there too."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.errors import install_excepthook
from ombuds_desk.ui.shell.log_file import BACKUP_COUNT, LOG_NAME, install_log_file, log_path

APP_LOG = logging.getLogger("ombuds_desk")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[tuple[Path, logging.Handler]]:
    """The log installed into a folder of the test's; taken away again afterwards."""
    level = APP_LOG.level
    handler = install_log_file(tmp_path / "data", qt_messages=False)
    yield tmp_path / "data" / LOG_NAME, handler
    APP_LOG.removeHandler(handler)
    handler.close()
    APP_LOG.setLevel(level)


def shown_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_the_log_is_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert log_path() == tmp_path / "xdg" / "ombuds-desk" / "ombuds-desk.log"


def test_an_unexpected_error_is_written_with_its_traceback(
    qtbot: QtBot, log_file: tuple[Path, logging.Handler]
) -> None:
    path, handler = log_file
    window = QWidget()  # stands for the main window, over which the message opens
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def save_clicked() -> None:
        raise RuntimeError("Збій при збереженні: Їжакевич")

    old = sys.excepthook
    try:
        install_excepthook()
        QTimer.singleShot(0, save_clicked)
        qtbot.waitUntil(lambda: bool(shown_boxes()))
    finally:
        sys.excepthook = old
    [box] = shown_boxes()  # the short message
    assert box.windowTitle() == "Something went wrong" and box.parent() is window
    handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "ERROR ombuds_desk.ui.common.errors: Unexpected error" in text
    assert "Traceback (most recent call last)" in text
    assert "in save_clicked" in text
    assert "RuntimeError: Збій при збереженні: Їжакевич" in text


def test_the_log_rotates_at_a_megabyte_keeping_five(
    log_file: tuple[Path, logging.Handler],
) -> None:
    path, handler = log_file
    assert isinstance(handler, RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, BACKUP_COUNT) == (1_000_000, 5)
    line = "Посилка Ї-0042 " + "x" * 1000
    for _ in range(7 * 1000):  # about 7 MB
        logging.getLogger("ombuds_desk.test").info(line)
    handler.flush()
    kept = sorted(p.name for p in path.parent.iterdir())
    assert kept == [LOG_NAME, *(f"{LOG_NAME}.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 1_000_000 for p in path.parent.iterdir())


def test_qt_warnings_go_to_the_log(tmp_path: Path) -> None:
    level = APP_LOG.level
    pytest_qt = qInstallMessageHandler(None)  # pytest-qt's, to put back afterwards
    handler = install_log_file(tmp_path, qt_messages=True)
    try:
        qWarning("QFont: a font the app could not load")
    finally:
        # Give pytest-qt its own handler back before anything else warns.
        qInstallMessageHandler(pytest_qt)
        APP_LOG.removeHandler(handler)
        handler.close()
        APP_LOG.setLevel(level)
    text = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "WARNING ombuds_desk.qt: QFont: a font the app could not load" in text
