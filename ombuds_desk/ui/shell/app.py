"""Starting the desktop app: the QApplication, the bundled font, the main window."""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtWidgets import QApplication

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.fonts import apply_app_font
from ombuds_desk.ui.shell.main_window import MainWindow

APP_NAME = "Ombuds Desk"

__all__ = ["MainWindow", "make_application", "run_gui"]


def make_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created (named, with DejaVu Sans) if there is none yet."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    apply_app_font(app)
    return app


def run_gui(db: Database, actor: User, argv: list[str] | None = None) -> int:
    """Show the main window on ``db`` acting as ``actor``; returns the exit code."""
    app = make_application(argv)
    window = MainWindow(db, actor, today_fn=date.today)
    window.show()
    return app.exec()
