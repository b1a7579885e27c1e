"""The Help menu, last in the menu bar: the user guide (F1), the keyboard shortcuts, About.

Installed by ``features.install_features`` after every other menu, so the shortcuts dialog
finds every action; the dialogs themselves are in ``help_shortcuts.py``, ``help_about.py``
and ``help_guide.py``, imported when first opened. The version is also the tooltip of the
status line's who-and-where label, which repeats the window's title: a title bar is drawn
by the system and cannot carry a tooltip of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from ombuds_desk import APP_NAME, __version__
from ombuds_desk.ui.common.actions import add_action
from ombuds_desk.ui.shell.main_window import MainWindow


def version_tip() -> str:
    """``Ombuds Desk 0.1.0``, in the interface's words."""
    return QCoreApplication.translate("HelpMenu", "{app}, version {version}").format(
        app=APP_NAME, version=__version__
    )


def install_help_menu(window: MainWindow) -> QMenu:
    """Add the Help menu to ``window`` and the version to its title's tooltip."""
    QApplication.setApplicationVersion(__version__)
    window.who.setToolTip(version_tip() + "\n" + window.windowTitle())
    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    menu.setObjectName("helpMenu")
    add_action(
        window,
        QCoreApplication.translate("HelpMenu", "&User guide"),
        "F1",
        QCoreApplication.translate(
            "HelpMenu", "Open the user guide: logging mail, stalled cases, printing case sheets"
        ),
        lambda: _show_guide(window),
        name="helpGuide",
        menu=menu,
    )
    add_action(
        window,
        QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"),
        "Ctrl+F1",
        QCoreApplication.translate("HelpMenu", "List every action of the window with its shortcut"),
        lambda: _show_shortcuts(window),
        name="helpShortcuts",
        menu=menu,
    )
    menu.addSeparator()
    about = add_action(
        window,
        QCoreApplication.translate("HelpMenu", "&About Ombuds Desk"),
        "Shift+F1",
        QCoreApplication.translate("HelpMenu", "The version, the database in use and the licence"),
        lambda: _show_about(window),
        name="helpAbout",
        menu=menu,
    )
    about.setMenuRole(QAction.MenuRole.AboutRole)
    return menu


def _show_guide(window: MainWindow) -> None:
    from ombuds_desk.ui.shell.help_guide import show_guide

    show_guide(window)


def _show_shortcuts(window: MainWindow) -> None:
    from ombuds_desk.ui.shell.help_shortcuts import ShortcutsDialog

    ShortcutsDialog(window, window).open()


def _show_about(window: MainWindow) -> None:
    from ombuds_desk.ui.shell.help_about import AboutDialog

    AboutDialog(window.db, window).open()
