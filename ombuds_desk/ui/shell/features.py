"""The features the application installs into the main window, in this order.

Each feature is a function ``install(host: Host)`` in its folder's ``feature.py``: it adds
its pages, menu entries and case-view tabs through the host and listens to the host's
change notification. The Cases feature comes first and returns its page, which the window
keeps as its case desk (opening a case, the case shown, the person list).

My work is installed last (the other pages keep their Alt+number; it has Alt+0) and its tab
moved: first for a caseworker, and shown when the window opens, since their day starts with
what needs them; right after Cases for supervisors and admins, who keep the Cases page
first (their My work holds the team's lines and the workloads, a click away).

Only what the first window shows is made as it opens: the Cases page (and the case view's
tabs), or a caseworker's My work. Every other page is added as a lazy page
(``Host.add_lazy_page``): its tab, Go menu entry and shortcut are there at once, its module
is imported and the page built when it is first opened.
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
from ombuds_desk.ui.shell.help_menu import install_help_menu
from ombuds_desk.ui.shell.main_window import MainWindow
from ombuds_desk.ui.work import feature as work
from ombuds_desk.ui.workflow import feature as workflow

Installer = Callable[[Host], object]

# After the Cases page, in the order of their tabs and menus.
FEATURES: tuple[Installer, ...] = (
    workflow.install,
    printing.install,
    mail.install,
    lists.install,
    admin.install,
    # Last, so the others keep their Alt+number; its tab is then moved next to Cases.
    work.install,
)


def install_features(window: MainWindow, features: tuple[Installer, ...] = FEATURES) -> None:
    window.attach_case_desk(cases.install(window))
    for install in features:
        install(window)
    place_page(window, "myWorkPage", 0 if window.actor.role is Role.CASEWORKER else 1)
    window.finish_menus()
    install_help_menu(window)
    window.restore_settings()


def place_page(window: MainWindow, name: str, index: int) -> None:
    """Move the page named ``name`` (if installed) to tab ``index`` and its Go menu entry
    with it; at tab 0 it is the page the window opens on."""
    page = window.pages.findChild(QWidget, name)
    now = window.pages.indexOf(page) if page is not None else -1
    if now < 0 or page is None:
        return
    index = min(index, window.pages.count() - 1)
    window.pages.tabBar().moveTab(now, index)
    entry = window.page_actions.get(page)
    others = [a for a in window.go_menu.actions() if a is not entry]
    if entry is not None and index < len(others):
        window.go_menu.removeAction(entry)
        window.go_menu.insertAction(others[index], entry)
    if index == 0:
        window.pages.setCurrentIndex(0)
