"""The window's log file: ``ombuds-desk.log`` in the user data folder, rotated at 1 MB with
five old files kept.

A program started from the desktop menu has no terminal: what the top-level error handler
logs (an unexpected error, with its traceback), why a database could not be opened, and
who signed in when, go here, so that an administrator has something to read. Qt's own
warnings are sent here too. Nothing personal from the register is written: no names,
only user names, paths and errors.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from ombuds_desk.store.locations import data_dir
from ombuds_desk.store.url_redaction import RedactingFormatter

LOG_NAME = "ombuds-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("ombuds_desk")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_path(folder: Path | None = None) -> Path:
    """Where the log is written: ``folder`` (default: the user data folder)."""
    return (folder if folder is not None else data_dir()) / LOG_NAME


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("ombuds_desk.qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def install_log_file(folder: Path | None = None, *, qt_messages: bool = True) -> logging.Handler:
    """Send the app's log (``ombuds_desk.*``, INFO and up) to the rotating file; returns the
    handler (a test removes it again with ``logging.getLogger("ombuds_desk").removeHandler``).

    ``qt_messages``: Qt's warnings go to the file too (the running app; tests keep
    pytest-qt's own handler, which fails a test on a Qt warning).
    """
    path = log_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(RedactingFormatter(FORMAT))  # no database URL's password in the log
    handler.setLevel(logging.INFO)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    if qt_messages:
        qInstallMessageHandler(_qt_message)
    return handler
