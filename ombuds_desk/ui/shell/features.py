"""The features the application installs into the main window, in this order.

Each feature is a function ``install(host: Host)`` in its folder's ``feature.py``: it adds
its pages, menu entries and case-view tabs through the host and listens to the host's
change notification. The Cases feature comes first and returns its page, which the window
keeps as its case desk (opening a case, the case shown, the person list).

My work comes right after Cases; for a caseworker it is moved first and shown when the window
opens, since their day starts with what needs them. Supervisors and admins keep the Cases
page first (their My work holds the team's and their workloads, a click away).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ombuds_desk.domain.enums import Role
from ombuds_desk.ui.admin import feature as admin
from ombuds_desk.ui.cases import feature as cases
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.lists import feature as lists
from ombuds_desk.ui.mail import feature as mail
from ombuds_desk.ui.printing import feature as printing
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.work import feature as work
from ombuds_desk.ui.workflow import feature as workflow

Installer = Callable[[Host], object]

# After the Cases page, in the order of their tabs and menus.
FEATURES: tuple[Installer, ...] = (
    work.install,
    workflow.install,
    printing.install,
    mail.install,
    lists.install,
    admin.install,
)


def install_features(window: MainWindow, features: tuple[Installer, ...] = FEATURES) -> None:
    window.attach_case_desk(cases.install(window))
    for install in features:
        install(window)
    if window.actor.role is Role.CASEWORKER:
        first_page(window, "myWorkPage")
    window.finish_menus()
    window.restore_settings()


def first_page(window: MainWindow, name: str) -> None:
    """Move the page named ``name`` (if installed) to the first tab and show it."""
    page = window.pages.findChild(QWidget, name)
    index = window.pages.indexOf(page) if page is not None else -1
    if index > 0:
        window.pages.tabBar().moveTab(index, 0)
    if index >= 0:
        window.pages.setCurrentIndex(0)
