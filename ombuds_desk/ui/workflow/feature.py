"""The repatriation workflow in the window: the Review queue, Dashboard and Operations pages.

("Correct status…" in the Case menu, which this feature used to add, belongs to the Cases
feature now, beside "Change status…".)

Each page's module is imported, and the page built, when it is first opened: installing the
feature adds only the tabs and their Go menu entries (``Host.add_lazy_page``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ombuds_desk.ui.common.host import Host


def review_queue_page(host: Host) -> QWidget:
    from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage

    return ReviewQueuePage(host)


def dashboard_page(host: Host) -> QWidget:
    from ombuds_desk.ui.workflow.dashboard_page import DashboardPage

    return DashboardPage(host)


def operations_page(host: Host) -> QWidget:
    from ombuds_desk.ui.workflow.operations_page import OperationsPage

    return OperationsPage(host)


def install(host: Host) -> None:
    """Add the three pages; Alt+2, Alt+3 and Alt+4 bring them forward (tab titles carry no
    mnemonic, so Alt+letter stays free for the pages' own buttons). Each page is made when
    first opened and reads when it is shown, so installing them reads nothing."""
    host.add_lazy_page(
        lambda: review_queue_page(host),
        QCoreApplication.translate("Workflow", "Review queue"),
        "Alt+2",
        "reviewQueuePage",
    )
    host.add_lazy_page(
        lambda: dashboard_page(host),
        QCoreApplication.translate("Workflow", "Dashboard"),
        "Alt+3",
        "dashboardPage",
    )
    host.add_lazy_page(
        lambda: operations_page(host),
        QCoreApplication.translate("Workflow", "Operations"),
        "Alt+4",
        "operationsPage",
    )
