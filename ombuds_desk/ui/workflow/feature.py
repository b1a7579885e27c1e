"""The repatriation workflow in the main window: the Review queue, Dashboard and Operations
pages, and, for supervisors, "Correct status…" in the Case menu (also for closed cases,
which "Change status…" cannot move)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ombuds_desk.domain.enums import Role
from ombuds_desk.ui.cases.status_dialog import StatusDialog
from ombuds_desk.ui.shell.actions import add_action
from ombuds_desk.ui.workflow.dashboard_page import DashboardPage
from ombuds_desk.ui.workflow.operations_page import OperationsPage
from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage

if TYPE_CHECKING:
    from ombuds_desk.ui.shell.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def install(window: MainWindow) -> None:
    """Add the three pages; Alt+2, Alt+3 and Alt+4 bring them forward (tab titles carry no
    mnemonic, so Alt+letter stays free for the pages' own buttons)."""
    window.add_page(ReviewQueuePage(window), _tr("Review queue"), "Alt+2")
    window.add_page(DashboardPage(window), _tr("Dashboard"), "Alt+3")
    window.add_page(OperationsPage(window), _tr("Operations"), "Alt+4")
    if window.actor.role.rank >= Role.SUPERVISOR.rank:
        _add_correct_status(window)


def _add_correct_status(window: MainWindow) -> None:
    def correct() -> None:
        details = window.details
        if details is None:
            window.statusBar().showMessage(_tr("Select a case first."), 4000)
            return
        dialog = StatusDialog(
            window.db, window.actor, details, window.today_fn(), window, correcting=True
        )
        dialog.accepted.connect(lambda: window.on_case_changed(details.id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    action = add_action(
        window,
        _tr("Co&rrect status…"),
        "Ctrl+Shift+K",
        _tr("Put right a mistaken status of the selected case (supervisors)"),
        correct,
        name="correctStatus",
    )
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu_action.text() == _tr("&Case") and isinstance(menu, QMenu):
            menu.insertAction(window.actions_.block, action)
            break
