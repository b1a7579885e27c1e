"""The Help menu: the user guide in the interface's language, the keyboard shortcuts read
from the window's actions, About with the version and the database; every word of the Help
dialogs translatable (pseudo-language)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from ombuds_desk import APP_NAME, __version__
from ombuds_desk.domain.i18n import Language
from ombuds_desk.store.database import Database
from ombuds_desk.ui.shell.help_about import LICENCE, LICENCE_URL, AboutDialog, runtime
from ombuds_desk.ui.shell.help_guide import GuideWindow, guide_dir, guide_path
from ombuds_desk.ui.shell.help_menu import version_tip
from ombuds_desk.ui.shell.help_shortcuts import ShortcutsDialog, shortcut_groups
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import action
from tests.ui.untranslated import untranslated_texts

# The first line of each guide: the guide opened is the language's own, not the fallback.
GUIDE_TITLES = {
    Language.EN: "# Ombuds Desk: the user guide",
    Language.RU: "# Ombuds Desk: руководство пользователя",
    Language.UK: "# Ombuds Desk: посібник користувача",
}


def help_menu(window: MainWindow) -> QMenu:
    menu = window.findChild(QMenu, "helpMenu")
    assert isinstance(menu, QMenu)
    return menu


def _dialog(window: MainWindow, kind: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, f"one {kind.__name__} expected, found {found}"
    return found[0]


def test_help_is_the_last_menu_with_the_guide_on_f1(window: MainWindow) -> None:
    menus = [a for a in window.menuBar().actions() if a.isVisible()]
    assert menus[-1].menu() is help_menu(window)
    assert action(window, "helpGuide").shortcut().toString() == "F1"
    assert action(window, "helpShortcuts").shortcut().toString() == "Ctrl+F1"
    assert action(window, "helpAbout").shortcut().toString() == "Shift+F1"


def test_about_shows_the_version_database_and_licence(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    action(window, "helpAbout").trigger()
    about = _dialog(window, AboutDialog)
    assert isinstance(about, AboutDialog)
    assert about.version.text() == __version__ == "0.1.0"
    assert about.database.text() == db.display_name
    assert str(db.path) in about.database.text()
    assert LICENCE in about.licence.text() and LICENCE_URL in about.licence.text()
    assert about.runtime.text().startswith("Qt ")
    about.copy_details()
    copied = QApplication.clipboard().text()
    assert f"{APP_NAME} {__version__}" in copied and str(db.path) in copied


def test_about_says_a_demo_database_is_one(qtbot: QtBot, db: Database) -> None:
    db.demo = True
    about = AboutDialog(db)
    qtbot.addWidget(about)
    assert about.database.text() == f"{db.display_name} (demo database)"


def test_the_title_tooltip_carries_the_version(window: MainWindow) -> None:
    assert window.who.toolTip().startswith(f"Ombuds Desk, version {__version__}\n")
    assert window.windowTitle() in window.who.toolTip()
    assert version_tip() == "Ombuds Desk, version 0.1.0"


def test_shortcuts_lists_the_windows_real_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    action(window, "helpShortcuts").trigger()
    dialog = _dialog(window, ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    listed = dialog.shortcuts()
    assert listed["Quit"] == "Ctrl+Q"
    assert listed["Refresh"] == "F5"
    assert listed["User guide"] == "F1"
    assert listed["Keyboard shortcuts"] == "Ctrl+F1"
    # Every visible action of the window with a shortcut is there, with its own keys.
    expected = {
        a.text().replace("&", ""): a.shortcut().toString()
        for a in window.actions()
        if a.isVisible() and not a.shortcut().isEmpty()
    }
    assert expected and {k: listed.get(k) for k in expected} == expected
    # Grouped under the menus they are in, in the menu bar's order.
    groups = [group.text(0) for group, _ in dialog.groups()]
    assert groups[0] == "File" and groups[-1] == "Help"
    assert "Go" in groups


def test_shortcuts_never_go_stale(qtbot: QtBot, window: MainWindow) -> None:
    """An action added (or changed) after the window was built shows the next time."""
    added = QAction("Перевірити пломбу", window)
    added.setShortcut("Ctrl+Alt+J")
    window.menus[next(iter(window.menus))].addAction(added)
    action(window, "quit").setShortcut("Ctrl+Shift+Q")
    rows = {text: keys for _, group in shortcut_groups(window) for text, keys in group}
    assert rows["Перевірити пломбу"] == "Ctrl+Alt+J"
    assert rows["Quit"] == "Ctrl+Shift+Q"


def test_shortcut_filter_finds_by_action_or_key(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.filter.setText("ctrl+q")
    shown = list(dialog.shortcuts(shown_only=True))
    headings = [group.text(0) for group, _ in dialog.groups() if not group.isHidden()]
    assert headings == ["File"]
    assert shown == ["Quit"]


@pytest.mark.parametrize("language", list(Language))
def test_each_language_has_its_guide_with_its_screenshots(language: Language) -> None:
    path = guide_path(language)
    assert path is not None and path.name == f"{language.value}.md"
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == GUIDE_TITLES[language]
    folder = guide_dir()
    assert folder is not None
    images = [line.split("](", 1)[1].split(")")[0] for line in text.splitlines() if "![" in line]
    assert len(images) >= 4
    for image in images:
        assert (folder / image).is_file(), f"{path.name}: {image} is missing"


@pytest.mark.parametrize(
    ("fixture", "language"), [("ukrainian", Language.UK), ("russian", Language.RU)]
)
def test_f1_opens_the_guide_in_the_interfaces_language(
    qtbot: QtBot,
    window: MainWindow,
    request: pytest.FixtureRequest,
    fixture: str,
    language: Language,
) -> None:
    request.getfixturevalue(fixture)
    action(window, "helpGuide").trigger()
    guide = _dialog(window, GuideWindow)
    assert isinstance(guide, GuideWindow)
    assert guide.path.name == f"{language.value}.md"
    shown = guide.browser.toPlainText()
    assert shown.startswith(GUIDE_TITLES[language].removeprefix("# "))
    # The screenshots load (the browser finds them beside the guide).
    first = next(line for line in guide.path.read_text().splitlines() if "![" in line)
    image = first.split("](", 1)[1].split(")")[0]
    loaded = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(image))
    assert loaded is not None and not loaded.isNull()
    # Screenshots wider than the window are shrunk to it: nothing to scroll sideways.
    assert guide.browser.horizontalScrollBar().maximum() == 0
    # F1 again brings the same window forward.
    action(window, "helpGuide").trigger()
    assert _dialog(window, GuideWindow) is guide


def test_english_window_opens_the_english_guide(qtbot: QtBot, window: MainWindow) -> None:
    action(window, "helpGuide").trigger()
    guide = _dialog(window, GuideWindow)
    assert isinstance(guide, GuideWindow) and guide.path.name == "en.md"
    assert "Logging letters and parcels" in guide.browser.toPlainText()


def test_help_dialogs_are_translatable(qtbot: QtBot, pseudo_language: None, db: Database) -> None:
    about = AboutDialog(db)
    qtbot.addWidget(about)
    allow = [APP_NAME, __version__, db.display_name, LICENCE, runtime()]
    assert untranslated_texts(about, allow=allow) == []

    main = QMainWindow()
    qtbot.addWidget(main)
    menu = main.menuBar().addMenu("&Справа")
    act = QAction("&Нова справа", main)
    act.setShortcut("Ctrl+N")
    menu.addAction(act)
    loose = QAction("Оновити", main)
    loose.setShortcut("F5")
    main.addAction(loose)
    shortcuts = ShortcutsDialog(main)
    qtbot.addWidget(shortcuts)
    assert shortcuts.shortcuts() == {"Нова справа": "Ctrl+N", "Оновити": "F5"}
    assert untranslated_texts(shortcuts, allow=["Ctrl+N", "F5"]) == []

    path = guide_path(Language.UK)
    assert path is not None
    guide = GuideWindow(path)
    qtbot.addWidget(guide)
    assert untranslated_texts(guide) == []


def test_help_menu_is_translatable(qtbot: QtBot, pseudo_language: None, window: MainWindow) -> None:
    menu = help_menu(window)
    assert len([a for a in menu.actions() if not a.isSeparator()]) == 3
    assert untranslated_texts(menu, allow=["F1", "Ctrl+F1", "Shift+F1"]) == []
    assert menu.title() == "⟦&Help⟧"
