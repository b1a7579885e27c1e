"""The Print menu: case sheets (one, or every case in the list), the stalled-cases report,
shipment manifests and parcel labels, each built off the GUI thread and shown in the preview.

``install(host)`` adds the actions to the Print menu. The menu is this module's; what it
prints, and how, is :class:`~ombuds_desk.ui.printing.documents.DocumentPrinter`'s (which the
feature is), what it asks first ``print_choices``'s, and the batch of the whole list
``batch_sheets``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction

from ombuds_desk.services.printing import SheetVersion
from ombuds_desk.services.printing.languages import DocumentLanguage
from ombuds_desk.ui.common.actions import add_action
from ombuds_desk.ui.common.background_job import BackgroundJob
from ombuds_desk.ui.common.host import Host, MenuKey
from ombuds_desk.ui.printing import print_choices
from ombuds_desk.ui.printing.batch_sheets import BatchSheets
from ombuds_desk.ui.printing.documents import DocumentPrinter


class PrintingFeature(DocumentPrinter):
    """The Print menu of one window, and the jobs it started."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.setObjectName("printing")
        self.menu = host.menu(MenuKey.PRINT)
        add = self._action
        self.case_sheet = add(
            "printCaseSheet",
            QCoreApplication.translate("Printing", "&Case sheet…"),
            "Ctrl+P",
            QCoreApplication.translate(
                "Printing",
                "Preview and print the selected case's sheet (internal or for the counterpart)",
            ),
            self.on_case_sheet_triggered,
        )
        self.batch = BatchSheets(self, self.menu, self.list_ids)
        self.case_sheets = self.batch.action
        self.menu.addSeparator()
        add(
            "printStalled",
            QCoreApplication.translate("Printing", "&Stalled cases report…"),
            None,
            QCoreApplication.translate(
                "Printing", "Every stalled case, grouped by reason, longest stalled first"
            ),
            self.on_stalled_triggered,
        )
        add(
            "printManifest",
            QCoreApplication.translate("Printing", "Shipment &manifest…"),
            None,
            QCoreApplication.translate(
                "Printing", "The manifest of a shipment, with totals and signature lines"
            ),
            lambda: self.choose_shipment(labels=False),
        )
        add(
            "printLabels",
            QCoreApplication.translate("Printing", "Parcel la&bels…"),
            None,
            QCoreApplication.translate(
                "Printing", "A sheet of labels with QR codes for every parcel of a shipment"
            ),
            lambda: self.choose_shipment(labels=True),
        )

    def _action(
        self, name: str, text: str, keys: str | None, tip: str, slot: Callable[[], None]
    ) -> QAction:
        return add_action(self.window, text, keys, tip, slot, name=name, menu=self.menu)

    @Slot()
    def on_case_sheet_triggered(self) -> None:
        print_choices.ask_case_sheet(self)

    @Slot()
    def on_stalled_triggered(self) -> None:
        self.print_stalled()

    def choose_shipment(self, labels: bool) -> None:
        """Ask which shipment (newest first), then build its manifest or labels."""
        print_choices.choose_shipment(self, labels)

    def list_ids(self) -> list[int]:
        """The ids of the person list as filtered and sorted now."""
        return self.host.case_list().ids()

    @property
    def batch_job(self) -> BackgroundJob | None:
        """The batch of the list under way, if any (one at a time)."""
        return self.batch.job

    def print_list(
        self,
        ids: list[int],
        path: Path,
        version: SheetVersion,
        language: DocumentLanguage | None = None,
    ) -> BackgroundJob:
        """Write the case sheets of ``ids`` to ``path`` in the background (``batch_sheets``)."""
        return self.batch.print_list(ids, path, version, language)


def install(host: Host) -> None:
    """Add the Print menu's actions to ``host`` (the feature lives as long as its window)."""
    from ombuds_desk.ui.printing.counterpart_export import CounterpartExport

    feature = PrintingFeature(host)
    CounterpartExport(host, feature.menu, feature.list_ids)
