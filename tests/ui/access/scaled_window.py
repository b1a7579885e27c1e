"""Run by ``test_screen_fit.py`` in a process of its own (the scale is read when Qt starts):
the main window at ``QT_SCALE_FACTOR=2`` on a 1920×1080 screen, a case open; prints the
window's and each page's smallest size and each main dialog's size as JSON."""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from ombuds_desk.services.core.users import create_first_admin
from ombuds_desk.ui.shell.app import build_main_window, make_application
from tests.backends import make_sqlite_template, sqlite_from_template
from tests.ui.helpers import register_people


def main(folder: Path) -> None:
    app = make_application(["scaled"], "uk")
    db = sqlite_from_template(make_sqlite_template(folder), folder / "office.sqlite3")
    admin = create_first_admin(db, "admin", "Адміністратор", "a long enough password 1")
    ids = register_people(db, admin, 6, date.today())
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    window = build_main_window(db, admin, settings=settings)
    window.show()

    def pump(seconds: float) -> None:
        end = time.time() + seconds
        while time.time() < end or window.tasks.pending:
            app.processEvents()
            time.sleep(0.01)
            if time.time() > end + 20:
                break

    pump(0.5)
    window.open_case(ids[1])
    pump(0.5)
    room = app.primaryScreen().availableGeometry().size()
    found: dict[str, object] = {
        "scale": app.primaryScreen().devicePixelRatio(),
        "room": [room.width(), room.height()],
        "window": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    }
    for entry in ("newCase", "logItems", "newParcel", "settings"):
        action = window.findChild(QAction, entry)
        assert isinstance(action, QAction), entry
        action.trigger()
        pump(0.5)
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                found[type(dialog).__name__] = [dialog.width(), dialog.height()]
                dialog.hide()
    pages: dict[str, list[int]] = {}
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        pump(0.3)
        page = window.pages.currentWidget()
        hint = page.minimumSizeHint()
        pages[page.objectName()] = [hint.width(), hint.height()]
    # (a page too wide once built holds the whole window as wide: they are measured last)
    found["pages"] = pages
    print(json.dumps(found))
    window.hide()
    window.tasks.shutdown()
    db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
