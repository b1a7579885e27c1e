"""The repatriation workflow in the window: the Review queue, Dashboard and Operations pages.

("Correct status…" in the Case menu, which this feature used to add, belongs to the Cases
feature now, beside "Change status…".)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.workflow.dashboard_page import DashboardPage
from ombuds_desk.ui.workflow.operations_page import OperationsPage
from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workflow", text)


def install(host: Host) -> None:
    """Add the three pages; Alt+2, Alt+3 and Alt+4 bring them forward (tab titles carry no
    mnemonic, so Alt+letter stays free for the pages' own buttons). Each page reads when it
    is shown, so installing them reads nothing."""
    host.add_page(ReviewQueuePage(host), _tr("Review queue"), "Alt+2")
    host.add_page(DashboardPage(host), _tr("Dashboard"), "Alt+3")
    host.add_page(OperationsPage(host), _tr("Operations"), "Alt+4")
