"""Lists in and out: File → Import persons… (Ctrl+I), Import letters and items…, Save import
template…, Export… (Ctrl+E), and the "Duplicates" page (Alt+8; Case → Possible duplicates…).

``install(host)`` adds the actions to the File menu (after a separator; the shell puts Quit
after them) and the Case menu, and the page; the work is done by :class:`ImportDialog`,
:class:`ExportActions` and :class:`DuplicatesPage`. An import's service owns its transaction
(it runs as background work with Cancel), so once it is written this feature tells the window
what changed. The Duplicates page is made, and the import dialog's module imported, when
first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.services.core.phrases import said
from ombuds_desk.ui.common.actions import add_action
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.host import Host, MenuKey
from ombuds_desk.ui.lists.export_actions import ExportActions

if TYPE_CHECKING:
    from ombuds_desk.ui.lists.duplicates_page import DuplicatesPage
    from ombuds_desk.ui.lists.import_dialog import ImportDialog, ImportKind

TABLE_FILES = QT_TRANSLATE_NOOP(
    "Lists", "Spreadsheets (*.csv *.xlsx *.ods *.xls *.txt *.tsv);;All files (*)"
)
# What an import writes (by ImportKind, a StrEnum, whose members are these strings): persons
# with their status history, or correspondence items.
PERSONS, ITEMS = "persons", "items"
IMPORT_CHANGES = {
    PERSONS: Change.CASES | Change.STATUS,
    ITEMS: Change.ITEMS,
}


def import_kind(value: str) -> ImportKind:
    from ombuds_desk.ui.lists.import_dialog import ImportKind

    return ImportKind(value)


def duplicates_page(host: Host) -> DuplicatesPage:
    from ombuds_desk.ui.lists.duplicates_page import DuplicatesPage

    return DuplicatesPage(host)


class ListsFeature(QObject):
    """The actions of one host; ``import_dialog`` is the last import opened."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.window())
        self.setObjectName("lists")
        self.host = host
        self.import_dialog: ImportDialog | None = None
        self.exports = ExportActions(host)
        self.duplicates_slot = host.add_lazy_page(
            lambda: duplicates_page(host),
            QCoreApplication.translate("Lists", "Duplicates"),
            "Alt+8",
            "duplicatesPage",
        )
        add = self._action
        self.import_persons = add(
            "importPersons",
            QCoreApplication.translate("Lists", "&Import persons…"),
            "Ctrl+I",
            QCoreApplication.translate(
                "Lists",
                "Add or update cases from a CSV or Excel list, checked before anything is saved",
            ),
            lambda: self.choose_import(import_kind(PERSONS)),
        )
        self.import_items = add(
            "importItems",
            QCoreApplication.translate("Lists", "Import &letters and items…"),
            None,
            QCoreApplication.translate(
                "Lists", "Log letters, drawings and other items from a CSV or Excel list"
            ),
            lambda: self.choose_import(import_kind(ITEMS)),
        )
        self.template = add(
            "importTemplate",
            QCoreApplication.translate("Lists", "Save import &template…"),
            None,
            QCoreApplication.translate(
                "Lists", "An empty spreadsheet with the columns the person import reads"
            ),
            self.exports.on_template_triggered,
        )
        self.export = add(
            "export",
            QCoreApplication.translate("Lists", "E&xport…"),
            "Ctrl+E",
            QCoreApplication.translate(
                "Lists",
                "Save the person list as filtered, a case's items or a shipment's parcels "
                "to CSV or Excel",
            ),
            self.exports.on_export_triggered,
        )
        self.find_duplicates = add(
            "possibleDuplicates",
            QCoreApplication.translate("Lists", "Possible &duplicates…"),
            None,
            QCoreApplication.translate(
                "Lists", "Pairs of cases that may be one person, to open or merge"
            ),
            self.on_duplicates_triggered,
        )
        # Exports of personal data are a supervisor's (the role table): not offered to others.
        self.export.setVisible(allowed(host.actor.role, Action.EXPORT_PERSONAL_DATA))
        self.export.setEnabled(self.export.isVisible())
        file_menu = host.menu(MenuKey.FILE)
        file_menu.addSeparator()
        for action in (self.import_persons, self.import_items, self.template, self.export):
            file_menu.addAction(action)
        case_menu = host.menu(MenuKey.CASE)
        case_menu.addSeparator()
        case_menu.addAction(self.find_duplicates)

    def _action(
        self, name: str, text: str, keys: str | None, tip: str, slot: Callable[[], Any]
    ) -> QAction:
        return add_action(self.host.window(), text, keys, tip, slot, name=name)

    @property
    def duplicates(self) -> DuplicatesPage:
        """The Duplicates page, made now if it was not yet."""
        return self.duplicates_slot.page()

    def choose_import(self, kind: ImportKind) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        title = (
            QCoreApplication.translate("Lists", "Import persons")
            if kind == PERSONS
            else QCoreApplication.translate("Lists", "Import letters and items")
        )
        dialog = QFileDialog(
            self.host.window(), title, folder, QCoreApplication.translate("Lists", TABLE_FILES)
        )
        dialog.setObjectName("importFile")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.open_import(kind, Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_import(self, kind: ImportKind, path: Path) -> ImportDialog:
        from ombuds_desk.ui.lists.import_dialog import ImportDialog

        dialog = ImportDialog(self.host, kind, path, self.host.window())
        self.import_dialog = dialog
        dialog.imported.connect(lambda summary: self._imported(kind, summary))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _imported(self, kind: ImportKind, summary: object) -> None:
        self.host.notify(IMPORT_CHANGES[kind])
        self.host.show_status(
            QCoreApplication.translate("Lists", "Imported: {summary}.").format(
                summary=said(summary)
            ),
            10_000,
        )

    @Slot()
    def on_duplicates_triggered(self) -> None:
        self.host.show_page(self.duplicates_slot.page())


def install(host: Host) -> None:
    """Add the import and export actions and the duplicates page to ``host``."""
    ListsFeature(host)
