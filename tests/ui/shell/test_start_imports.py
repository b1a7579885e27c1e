"""What the first window imports: its own pages and menus, not the modules of what its menu
entries do (printing a document, an export, a backup, a restore), nor SQLAlchemy's
PostgreSQL dialect on a SQLite file, nor asyncio. Those load at their first use; the entries
and their shortcuts are there from the start all the same.

The window is a real ``ombuds-desk --demo --db FILE`` process: this test process imported
most of these modules long ago.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.ui.shell.demo_process import what_the_window_saw

# Modules a menu entry needs only once chosen; the first window must not have imported them.
NOT_AT_START = (
    "sqlalchemy.dialects.postgresql",  # the deferred cases' index (domain/people.py)
    "asyncio.base_events",  # SQLAlchemy's, a stand-in (unused_modules.py)
    # SQLAlchemy's and pydantic's, a stand-in too: no entry point or version is read
    "importlib.metadata.",
    "email",
    "csv",
    "ssl",
    "argon2",  # a password hashed or checked (services/core/auth.py); the demo has none
    "iuliia",  # a name first written in Latin (domain/transliteration.py)
    "translitua",
    "reportlab",
    "ombuds_desk.services.printing.case_sheet",
    "ombuds_desk.services.printing.shipments",
    "ombuds_desk.services.printing.stalled",
    "ombuds_desk.services.printing.labels",
    "ombuds_desk.services.printing.counterpart_sheet",
    "ombuds_desk.services.printing.counterpart_manifest",
    "ombuds_desk.services.printing.counterpart_export",
    "ombuds_desk.ui.printing.label_dialog",
    "ombuds_desk.services.lists.export",
    "ombuds_desk.services.core.backups",
    "ombuds_desk.store.backup",
    "ombuds_desk.ui.cases.contact_dialog",
    "ombuds_desk.ui.common.conflict_dialog",
    "ombuds_desk.ui.common.reassign_dialog",
    "ombuds_desk.ui.common.archive_password",
)

# Once the main window is ready (its frame shown, then its pages in: ``app.open_window``):
# the modules loaded and the entries of its menus (by object name, with their keys); then
# the process ends.
WINDOW = """
import json, os, sys
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

original_show = QWidget.show

def show(self):
    original_show(self)
    if type(self).__name__ == "MainWindow":
        window = self

        def done():
            entries = {
                a.objectName(): a.shortcut().toString()
                for a in window.findChildren(QAction)
                if a.objectName()
            }
            wanted = tuple(json.loads(sys.argv[2]))
            loaded = sorted(m for m in sys.modules if m.startswith(wanted))
            print(json.dumps({"loaded": loaded, "entries": entries}), flush=True)
            os._exit(0)

        window.ready.connect(done)

QWidget.show = show
from ombuds_desk.cli import main
sys.exit(main(["--demo", "--db", sys.argv[1]]))
"""


def test_the_first_window_has_its_menu_entries_but_not_their_modules(tmp_path: Path) -> None:
    seen = what_the_window_saw(WINDOW, tmp_path, json.dumps(NOT_AT_START))
    assert seen["loaded"] == []
    entries = seen["entries"]
    # The demo's supervisor: the Print menu with its keys, the exports, Back up now.
    assert entries["printCaseSheet"] == "Ctrl+P"
    assert entries["printCaseSheets"] == "Ctrl+Shift+P"
    for name in ("printStalled", "printManifest", "printLabels", "exportForCounterpart"):
        assert name in entries
    assert "export" in entries
    assert "backUpNow" in entries
