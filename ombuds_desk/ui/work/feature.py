"""The My work feature: the "My work" page (Alt+0), and "Reassign…" in the Case menu for
those who may reassign.

The shell puts the page first for a caseworker, whose day starts there; supervisors and
admins keep the Cases page first and find My work beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.work.my_work_page import TITLE, MyWorkPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("Work", text)


def install(host: Host) -> MyWorkPage:
    """Add the page (it reads its lists at once, so its tab shows their count)."""
    page = MyWorkPage(host)
    host.add_page(page, _tr(TITLE), "Alt+0")
    return page
