"""Starting the desktop app: the QApplication, the bundled font, the top-level error
handler, and the main window with its features installed."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.errors import install_excepthook
from ombuds_desk.ui.common.fonts import apply_app_font
from ombuds_desk.ui.shell.features import install_features
from ombuds_desk.ui.shell.main_window import MainWindow

APP_NAME = "Ombuds Desk"

__all__ = ["MainWindow", "build_main_window", "make_application", "run_gui"]


def make_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created (named, with DejaVu Sans) if there is none yet."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    apply_app_font(app)
    return app


def build_main_window(
    db: Database,
    actor: User,
    today_fn: Callable[[], date] = date.today,
    settings: QSettings | None = None,
) -> MainWindow:
    """The main window on ``db`` acting as ``actor``, every feature installed."""
    window = MainWindow(db, actor, today_fn=today_fn, settings=settings)
    install_features(window)
    return window


def run_gui(db: Database, actor: User, argv: list[str] | None = None) -> int:
    """Show the main window on ``db`` acting as ``actor``; returns the exit code."""
    app = make_application(argv)
    install_excepthook()
    window = build_main_window(db, actor)
    window.show()
    return app.exec()
