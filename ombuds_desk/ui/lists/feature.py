"""Lists in and out: File → Import persons… (Ctrl+I), Import letters and items…, Save import
template…, Export… (Ctrl+E), and the "Possible duplicates" page (Case → Possible duplicates…).

``install(window)`` adds the actions to the File and Case menus and the page; the work is
done by :class:`ImportDialog`, :class:`ExportActions` and :class:`DuplicatesPage`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from ombuds_desk.ui.lists.duplicates_page import DuplicatesPage
from ombuds_desk.ui.lists.export_actions import ExportActions
from ombuds_desk.ui.lists.import_dialog import ImportDialog, ImportKind
from ombuds_desk.ui.shell.actions import add_action

if TYPE_CHECKING:
    from ombuds_desk.ui.shell.main_window import MainWindow

TABLE_FILES = "Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Lists", text)


def _menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        menu = action.menu()
        if action.text() == title and isinstance(menu, QMenu):
            return menu
    return window.menuBar().addMenu(title)


class ListsFeature(QObject):
    """The actions of one main window; ``import_dialog`` is the last import opened."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("lists")
        self.window = window
        self.import_dialog: ImportDialog | None = None
        self.exports = ExportActions(window)
        self.duplicates = DuplicatesPage(window)
        window.add_page(self.duplicates, _tr("Duplicates"))
        add = self._action
        self.import_persons = add(
            "importPersons",
            _tr("&Import persons…"),
            "Ctrl+I",
            _tr("Add or update cases from a CSV or Excel list, checked before anything is saved"),
            lambda: self.choose_import(ImportKind.PERSONS),
        )
        self.import_items = add(
            "importItems",
            _tr("Import &letters and items…"),
            None,
            _tr("Log letters, drawings and other items from a CSV or Excel list"),
            lambda: self.choose_import(ImportKind.ITEMS),
        )
        self.template = add(
            "importTemplate",
            _tr("Save import &template…"),
            None,
            _tr("An empty spreadsheet with the columns the person import reads"),
            self.exports.on_template_triggered,
        )
        self.export = add(
            "export",
            _tr("E&xport…"),
            "Ctrl+E",
            _tr(
                "Save the person list as filtered, a case's items or a shipment's parcels "
                "to CSV or Excel"
            ),
            self.exports.on_export_triggered,
        )
        self.find_duplicates = add(
            "possibleDuplicates",
            _tr("Possible &duplicates…"),
            None,
            _tr("Pairs of cases that may be one person, to open or merge"),
            self.on_duplicates_triggered,
        )
        file_menu = _menu(window, _tr("&File"))
        quit_action = window.actions_.quit
        file_menu.insertSeparator(quit_action)
        for action in (self.import_persons, self.import_items, self.template, self.export):
            file_menu.insertAction(quit_action, action)
        file_menu.insertSeparator(quit_action)
        case_menu = _menu(window, _tr("&Case"))
        case_menu.addSeparator()
        case_menu.addAction(self.find_duplicates)

    def _action(
        self, name: str, text: str, keys: str | None, tip: str, slot: Callable[[], Any]
    ) -> QAction:
        return add_action(self.window, text, keys, tip, slot, name=name)

    def choose_import(self, kind: ImportKind) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        title = (
            _tr("Import persons") if kind is ImportKind.PERSONS else _tr("Import letters and items")
        )
        dialog = QFileDialog(self.window, title, folder, _tr(TABLE_FILES))
        dialog.setObjectName("importFile")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.open_import(kind, Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_import(self, kind: ImportKind, path: Path) -> ImportDialog:
        dialog = ImportDialog(self.window, kind, path)
        self.import_dialog = dialog
        dialog.imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _imported(self, summary: object) -> None:
        self.window.model.refresh()
        self.window.notify_changed()
        self.window.statusBar().showMessage(_tr("Imported: %s.") % summary, 10_000)

    @Slot()
    def on_duplicates_triggered(self) -> None:
        self.window.show_page(self.duplicates)


def install(window: MainWindow) -> None:
    """Add the import and export actions and the duplicates page to ``window``."""
    ListsFeature(window)
