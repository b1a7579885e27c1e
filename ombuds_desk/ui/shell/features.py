"""The features that add themselves to the main window: pages, menus, actions.

Each is a function ``install(window: MainWindow) -> None`` in the feature's own module; it
may add pages (``window.add_page``), menus and actions (``window.menuBar()``), and listen to
``window.data_changed``. List it below; the main window calls them in this order at the end
of its construction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ombuds_desk.ui.shell.main_window import MainWindow

Installer = Callable[["MainWindow"], None]


def installers() -> list[Installer]:
    """Imported here, not at module level, so a feature may import the main window's module."""
    found: list[Installer] = []
    from ombuds_desk.ui.workflow import feature as workflow_feature

    found.append(workflow_feature.install)
    from ombuds_desk.ui.printing import feature as printing_feature

    found.append(printing_feature.install)
    from ombuds_desk.ui.mail import feature as mail_feature

    found.append(mail_feature.install)
    from ombuds_desk.ui.lists import feature as lists_feature

    found.append(lists_feature.install)
    return found
